"""A table's cost column against the funding sources set beside it, row by row.

``tables.sources`` - in a list of projects with their cost and its shares, ``사업명 | 개소 |
사업비 | 국 | 도 | 군 | 자담``, each row's 사업비 is the sum of the source columns right after
it (two or more, each a funding source, :func:`extract.parse.costs.is_source`, under the
same header).  A column headed 계 is :mod:`extract.checks.tables`' own; tables whose
figures other checks add up, or whose note says they do not add up, are left alone.  A
public budget's column (``예산액 | 국 비 | 도 비 | 시 비 | 자부담``) may leave out what the
supported pay themselves: where the governments' columns alone make it, they are its
parts (the private share, 자부담, beside it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

import regex

from extract.checks.tables import _adds_up, _checked_elsewhere, _said_not_summed, _total, figure
from extract.parse.budget_vocab import PRIVATE_SHARES
from extract.parse.costs import is_source, source_name
from extract.parse.text import squash
from schemas import Check, Report, TableCellRecord

#: headers of a column of what each row costs in all, its sources beside it (a unit's
#: bracket aside: "사업비(천원)")
COST_COLUMN_HEADERS: frozenset[str] = frozenset({
    "사업비", "총사업비", "사업비계", "소요사업비", "소요예산", "사업예산", "예산액", "금액",
})  # fmt: skip
#: a bracket closing a header ("(천원)", "(A)")
_BRACKET = regex.compile(r"[(（][^()（）]{0,12}+[)）]$")
#: fewest source columns that make a split
MIN_SOURCES = 2


def _leaf(cell: TableCellRecord) -> tuple[list[str], str]:
    path = cell.col_header.split(" / ")
    return path[:-1], squash(_BRACKET.sub("", path[-1].strip()))


def _sources_after(row: Sequence[TableCellRecord], at: int) -> list[TableCellRecord]:
    """The cells right after ``row[at]`` under the same header, each a source's."""
    group, _ = _leaf(row[at])
    out: list[TableCellRecord] = []
    for c in row[at + 1 :]:
        g, leaf = _leaf(c)
        if g != group or not leaf or not is_source(leaf):
            break
        out.append(c)
    return out


def check_source_columns(report: Report) -> Iterator[Check]:
    """Each row's cost against the source columns beside it."""
    skip = _checked_elsewhere(report) | _said_not_summed(report)
    by_row: dict[tuple[int, int], list[TableCellRecord]] = defaultdict(list)
    for c in report.table_cells:
        if not c.is_header and c.col_header and c.table_id not in skip:
            by_row[(c.table_id, c.row)].append(c)
    infos = {t.table_id: t for t in report.tables}
    for (table_id, _), row in sorted(by_row.items()):
        row.sort(key=lambda c: c.col)
        for i, whole in enumerate(row):
            if _leaf(whole)[1] not in COST_COLUMN_HEADERS:
                continue
            parts = _public(whole, _sources_after(row, i))
            if len(parts) >= MIN_SOURCES:
                yield from _total(
                    "tables.sources", infos[table_id], whole, parts,
                    f"the {whole.col_header} column", "the sources",
                )  # fmt: skip


def _public(whole: TableCellRecord, parts: list[TableCellRecord]) -> list[TableCellRecord]:
    """``parts`` without the private shares where the cost is the governments' alone (and
    not all of them)."""
    public = [c for c in parts if source_name(_leaf(c)[1]) not in PRIVATE_SHARES]
    if len(public) == len(parts) or len(public) < MIN_SOURCES:
        return parts
    w = figure(whole.raw)
    got = [figure(c.raw) for c in public]
    figures = [f for f in got if f is not None]
    if w is None or len(figures) != len(got):
        return parts
    return public if _adds_up(w, figures, rounded=True) else parts


CHECKS = (check_source_columns,)
