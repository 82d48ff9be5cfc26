"""A budget table set as a budget book in the body's 예산현황: its rows tagged with their
programme level, outer first (``[정책사업] 탄소중립 녹색도시 조성``, ``[단위사업] …``,
``[세부사업] …``), each 세부사업 over the lines of its statistical objects, by code
(``201-01 사무관리비``, ``401-01 시설비``).

Its lines are budget lines: each programme's item its name without the tag, a total
where rows of a level under it follow (as its tag says, whatever the sums); each object's
line the item ``세부사업 / 201-01 사무관리비`` (so that the seven 사무관리비 stay apart), no
total.  Programmes are no units of the summary: only the table's 계 is.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.parse.budget_flat import LEVEL_TAGS, level_tag
from schemas import BudgetLine, BudgetSummary

#: a statistical object's code and name ("201-01 사무관리비", "307-05 민간위탁금")
_OBJECT = regex.compile(r"^\d{3}-\d{2}\s++\S")
#: the level of an object's line, under the innermost programme
OBJECT_TIER = len(LEVEL_TAGS)


def book_tier(label: str | None) -> int | None:
    """A row's level in a budget book: 0 정책사업, 1 단위사업, 2 세부사업, 3 an object's
    line; None for any other row.

    >>> [book_tier(x) for x in ("[정책사업] 녹색도시", "[세부사업] 수소", "201-01 사무관리비")]
    [0, 2, 3]
    """
    if not label:
        return None
    tier, _ = level_tag(label)
    if tier is not None:
        return tier
    return OBJECT_TIER if _OBJECT.match(label.strip()) else None


def book_lines(lines: Sequence[BudgetLine]) -> list[BudgetLine]:
    """One table's budget lines read as a budget book's (as they are where no row is
    tagged with its level)."""
    # (a row by its item and where it stands: seven 세부사업 each have a 사무관리비)
    booked = [ln for ln in lines if book_tier(ln.item) is not None]
    rows = list(dict.fromkeys((ln.item, ln.line_start) for ln in booked))
    tiers = [book_tier(item) or 0 for item, _ in rows]
    if all(t == OBJECT_TIER for t in tiers):
        return list(lines)
    named: dict[tuple[str | None, int | None], tuple[str, bool]] = {}
    over: list[str] = []  # (the programmes the row stands under, outer first)
    for k, (row, tier) in enumerate(zip(rows, tiers, strict=True)):
        name = level_tag(row[0] or "")[1].strip()
        if tier < OBJECT_TIER:
            over = [*over[:tier], name]
        else:
            name = " / ".join([*over[-1:], name])
        # (a total where the next row stands a level under it)
        named[row] = (name, k + 1 < len(rows) and tiers[k + 1] > tier)
    return [
        ln.model_copy(update={"item": named[key][0], "is_total": named[key][1]})
        if (key := (ln.item, ln.line_start)) in named else ln
        for ln in lines
    ]  # fmt: skip


def summary_units(records: Sequence[BudgetSummary]) -> list[BudgetSummary]:
    """The summary's rows of a table: not a budget book's programmes nor its objects."""
    return [r for r in records if book_tier(r.unit) is None]
