"""Tables of amounts that state no unit: said, not guessed.

A table whose header names money (예산, 사업비, 복구비, …) over figures, with no unit in
its caption, its headers or its cells, cannot be read in won: the figures are kept as
numbers in table_cells, and the report says which table lacks its unit, so a reader
knows why its amounts are in no budget table (``tables.no_unit``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet

from extract.normalize.spacing import squash
from extract.normalize.vocab import COUNT_UNITS
from extract.parse.budget_vocab import BUDGET_WORDS
from extract.parse.budget_words import is_not_amount_header
from schemas import TableCellRecord, TableInfo

#: words of a column header over amounts of money, beside those a budget's tables name
#: (:data:`~extract.parse.budget_vocab.BUDGET_WORDS`)
MONEY_HEADER_WORDS: tuple[str, ...] = (
    *BUDGET_WORDS, "금액", "결산", "집행액", "투자", "복구비", "지원금", "보조금", "위탁금",
    "출연금", "국비", "도비", "시비", "군비", "구비", "소요액",
)  # fmt: skip
#: a bare figure, as a cell of amounts holds one (a sign or a 계's comma aside)
_FIGURE = re.compile(r"^[△▽-]?\d{1,3}(?:,\d{3})+$|^[△▽-]?\d{4,}$")
#: the least of such figures under money headers that makes a table one of amounts
MIN_FIGURES = 2


def unitless_money(
    tables: Sequence[TableInfo],
    cells: Sequence[TableCellRecord],
    used: AbstractSet[int] = frozenset(),
) -> Iterator[tuple[TableInfo, str]]:
    """Each table of figures under a money header that states no money unit anywhere,
    with the first such header; not one a domain parser read (``used``: its lines), which
    knew the unit from elsewhere (an appendix's one caption over the parts of its table)."""
    by_table: dict[int, list[TableCellRecord]] = {}
    for c in cells:
        by_table.setdefault(c.table_id, []).append(c)
    for t in tables:
        if t.currency_unit is not None:
            continue
        own = by_table.get(t.table_id, [])
        if any(c.value_kind == "krw" for c in own):
            continue  # (its cells state their units: "1,234백만원")
        money = [
            c for c in own
            if not c.is_header and c.col_header and _FIGURE.match(c.raw.strip())
            and c.unit is None and _money_header(c.col_header)
        ]  # fmt: skip
        if len(money) >= MIN_FIGURES and not any(c.line_start in used for c in money):
            yield t, money[0].col_header or ""


def _money_header(path: str) -> bool:
    """Whether a column's header path names money, not a count of it ("지원금 지급가구",
    "지원금 지급인원": households and people)."""
    last = path.split(" / ")[-1]
    if is_not_amount_header(last) or squash(last).endswith(_COUNTERS):
        return False
    return any(w in squash(path) for w in MONEY_HEADER_WORDS)


#: what a column of counts is headed with at its end ("지급가구", "참여인원", "처리건수")
_COUNTERS = tuple(sorted(COUNT_UNITS, key=len, reverse=True))
