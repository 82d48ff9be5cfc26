"""A column of a table's sources that breaks each of its groups of rows down (an
investment plan's `구 분` after each project's name and period merged down over `계`,
`국비`, `시비`, `민자`): where it stands after the row headers, ``tables.source_total``
(:mod:`extract.checks.years`) adds up each group and the 합계, and ``tables.row_total``
leaves its rows alone (it would add the 계 and its sources as one level)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from extract.parse.budget_words import is_pure_total
from extract.parse.costs import OTHER_SOURCES, is_source
from extract.parse.text import squash
from schemas import TableCellRecord, TableInfo


def source_label(raw: str) -> str | None:
    """``계`` for a total's cell, the source's name for a source's, else None."""
    text = " ".join(raw.split())
    if not text:
        return None
    if is_pure_total(text):
        return "계"
    key = squash(text)
    return key if is_source(key) or key in OTHER_SOURCES else None


def source_column(info: TableInfo, cells: Sequence[TableCellRecord]) -> int | None:
    """The body column after the row header's that names each row's source (계 and two
    sources at least, every cell of it one of them)."""
    cols: dict[int, list[str | None]] = defaultdict(list)
    for c in cells:
        if not c.is_header and c.col >= info.row_header_cols and c.col_span == 1:
            cols[c.col].append(source_label(c.raw))
    for col, labels in sorted(cols.items()):
        named = {x for x in labels if x is not None}
        if "계" in named and len(named) >= 3 and None not in labels:
            return col
    return None
