"""A side's whole as the sum of its parts: a 공기업's budget totalled by kind of account.

A 공기업's table gives each part of a side its own 계 (``수익적 수입 | 계``, ``자본적 수입 |
계``) and none of the side's whole; the report's line over it states the whole, ``수입
344,800백만원``: the sum of the parts' totals (:func:`part_sums`), not any one of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from extract.parse.budget_vocab import SIDE_QUALIFIERS, SIDE_WORDS
from extract.parse.text import squash
from schemas import BudgetLine

#: a part of a side by its name, "수익적수입": (its qualifier, its side)
_PARTS: dict[str, str] = {q + w: side for q in SIDE_QUALIFIERS for w, side in SIDE_WORDS}


def part_sums(totals: Sequence[BudgetLine]) -> list[tuple[BudgetLine, list[BudgetLine]]]:
    """(the sum, its lines) of each table's totals of two parts of one side or more, of one
    year and column, where each total's item names its part (``수익적 수입``, ``자본적
    수입``): the side's whole the table does not draw.

    (tests/test_fix116_water.py has cases.)
    """
    groups: dict[tuple[object, ...], list[BudgetLine]] = defaultdict(list)
    for b in totals:
        side = _PARTS.get(squash(b.item or ""))
        if side is not None and side == b.side and b.amount_krw is not None:
            groups[(b.table_id, b.year, b.label, b.side, b.account)].append(b)
    out: list[tuple[BudgetLine, list[BudgetLine]]] = []
    for group in groups.values():
        if len(group) < 2 or len({squash(b.item or "") for b in group}) < len(group):
            continue
        total = sum(b.amount_krw or 0 for b in group)
        out.append((group[0].model_copy(update={"amount_krw": total, "item": "sum"}), group))
    return out
