"""Cross-checks of an investment plan by years (연차별 투자계획, 중기지방재정계획).

* ``tables.years_total`` - on each row, a column of the whole cost (``총사업비``) against
  the columns of its periods beside it: what was spent so far (``기투자``, ``’24까지``),
  each year's (``2025``, ``’26년``) and what comes after (``2030이후``).  Where no column
  holds what comes after, the years shown may stop before the work does: their sum may
  fall short of the whole (no check), never pass it;
* ``tables.source_total`` - rows of a project's sources under its name merged down
  beside them (``도시철도 2호선 건설`` over ``계``, ``국비``, ``시비``, ``민자`` in a column
  of their own after its period's): the 계 row against the sources' rows, column by
  column, and a 합계 row of the table against every project's 계 row.  (Where that
  column is one of the row header's, ``tables.row_total`` adds them up.)

Figures are added up as printed (a dash is none), in the table's unit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence

from extract.checks.base import _check, _lines
from extract.checks.source_rows import source_column, source_label
from extract.checks.tables import (
    _adds_up,
    _show,
    figure,
    sum_detail,
    tables_to_sum,
)
from extract.parse.budget_words import is_total_label
from extract.parse.plan_ordinals import is_ordinal_year
from extract.parse.text import squash
from extract.parse.years_plan import WHOLE_COST_HEADS, is_year_range, period_head
from schemas import Check, Report, TableCellRecord, TableInfo


def _period_of(header: str) -> str | None:
    """The kind of period (:func:`period_head`) a column's header path names, at any of
    its levels ("’24년 / 예산": a year's)."""
    # (a range of years, "’24~’25", is a period of the plan whichever side it stands; a
    # year counted from the start, "2차년도", a year's)
    return next(
        (k for part in header.split(" / ")
         if (k := period_head(part) or ("range" if is_year_range(part) else None)
             or ("year" if is_ordinal_year(part) else None))),
        None,
    )  # fmt: skip


def _last(header: str) -> str:
    return header.split(" / ")[-1]


def check_years(report: Report) -> Iterator[Check]:
    """Each investment plan's whole cost against its periods, and its projects' sources
    against their 계 rows."""
    for info, cells, summed in tables_to_sum(report):
        if not summed:
            continue
        yield from _years_totals(info, cells)
        yield from _source_totals(info, cells)


def _years_totals(info: TableInfo, cells: Sequence[TableCellRecord]) -> Iterator[Check]:
    by_row: dict[int, list[TableCellRecord]] = defaultdict(list)
    by_col: dict[int, list[TableCellRecord]] = defaultdict(list)
    for c in cells:
        if not c.is_header and c.col_header:
            by_row[c.row].append(c)
        if not c.is_header and c.row_header and c.col >= info.row_header_cols:
            by_col[c.col].append(c)
    for row_cells in by_row.values():
        yield from _years_line(info, row_cells, lambda c: c.col_header, lambda c: c.col)
    # (the plan turned: its periods down the rows of each source's column)
    for col_cells in by_col.values():
        yield from _years_line(info, col_cells, lambda c: c.row_header, lambda c: c.row)


def _years_line(
    info: TableInfo,
    line: Sequence[TableCellRecord],
    head: Callable[[TableCellRecord], str],
    at: Callable[[TableCellRecord], int],
) -> Iterator[Check]:
    """One row's (or column's) whole cost against its periods, each cell's period named
    by ``head`` and its place along the line by ``at``."""
    wholes = [c for c in line if squash(_last(head(c))) in WHOLE_COST_HEADS]
    kinds = {at(c): _period_of(head(c)) for c in line}
    parts = [c for c in line if kinds[at(c)] is not None]
    if len(wholes) != 1 or len(parts) < 2 or not any(kinds[at(c)] == "year" for c in parts):
        return
    if any(_period_of(_last(head(p))) is None for p in parts):
        return  # (a period over columns of its own, "’24년" over 예산 and 집행: which of
        # them the whole counts, unsaid)
    whole = wholes[0]
    if any(at(p) < at(whole) for p in parts):
        return  # (the whole closes the years: a 계 of its own, not this)
    w = figure(whole.raw)
    got = [figure(p.raw) for p in parts]
    if w is None or not w[0] or any(g is None for g in got):
        return
    if any(p.unit != whole.unit for p in parts):
        return
    figures = [g for g in got if g is not None]
    rounded = bool(info.currency_unit)
    total = sum(f[0] for f in figures)
    fits = _adds_up(w, figures, rounded)
    closed = any(kinds[at(p)] == "after" for p in parts)
    if not fits and not closed and total < w[0]:
        return  # (years after the last shown may hold the rest)
    places = max([w[1], *(f[1] for f in figures)])
    where = " / ".join(x for x in (whole.row_header, whole.col_header) if x)
    shown = ", ".join(f"{_last(head(p))} {p.raw}" for p in parts[:7])
    yield _check(
        "tables.years_total",
        fits,
        whole.raw,
        _show(total, places),
        f"table {info.table_id} ({where or info.table_id}): the "
        f"{_last(head(whole))} says {whole.raw}, its periods ({shown}"
        f"{', ...' if len(parts) > 7 else ''}) make {_show(total, places)}",
        _lines(whole, *parts),
    )


def _source_totals(info: TableInfo, cells: Sequence[TableCellRecord]) -> Iterator[Check]:
    col = source_column(info, cells)
    if col is None:
        return
    body = [c for c in cells if not c.is_header]
    label_of = {c.row: source_label(c.raw) for c in body if c.col == col}
    figures: dict[int, dict[int, TableCellRecord]] = defaultdict(dict)
    for c in body:
        if c.col > col and figure(c.raw) is not None and c.col_span == 1:
            figures[c.row][c.col] = c
    by_row: dict[int, list[TableCellRecord]] = defaultdict(list)
    for c in cells:
        by_row[c.row].append(c)
    # each project: its 계 row and its sources' rows after it, under one name
    groups: list[tuple[int, list[int]]] = []
    grand: list[int] = []
    for row in sorted({c.row for c in cells if c.row >= info.header_rows}):
        label = label_of.get(row)
        if label == "계":
            groups.append((row, []))
        elif label is not None and groups:
            groups[-1][1].append(row)
        elif label is None and any(  # (its label merged across, a header's cell)
            is_total_label(c.raw) for c in by_row.get(row, []) if c.col < col
        ):
            grand.append(row)
    for total_row, kids in groups:
        if len(kids) >= 2:
            yield from _sum_rows(info, figures, total_row, kids, "its sources' rows")
    for row in grand:
        heads = [g for g, _ in groups]
        if len(heads) >= 2:
            yield from _sum_rows(info, figures, row, heads, "the 계 rows")


def _sum_rows(
    info: TableInfo,
    figures: dict[int, dict[int, TableCellRecord]],
    total_row: int,
    rows: Sequence[int],
    of: str,
) -> Iterator[Check]:
    for col, whole in sorted(figures.get(total_row, {}).items()):
        parts = [figures.get(r, {}).get(col) for r in rows]
        found = [p for p in parts if p is not None]
        if len(found) != len(parts) or any(p.unit != whole.unit for p in found):
            continue
        w = figure(whole.raw)
        got = [f for p in found if (f := figure(p.raw)) is not None]
        if w is None or all(f == (0.0, 0) for f in [w, *got]):
            continue
        places = max([w[1], *(f[1] for f in got)])
        total = sum(f[0] for f in got)
        yield _check(
            "tables.source_total",
            _adds_up(w, got, bool(info.currency_unit)),
            whole.raw,
            _show(total, places),
            sum_detail(info, whole.row_header, whole, "the row", of, found, _show(total, places)),
            _lines(whole, *found),
        )


CHECKS = (check_years,)
