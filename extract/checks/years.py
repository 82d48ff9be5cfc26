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
from collections.abc import Iterator, Sequence

import regex

from extract.checks.base import _check, _lines
from extract.checks.tables import (
    _adds_up,
    _checked_elsewhere,
    _panelled,
    _said_not_summed,
    _show,
    figure,
)
from extract.parse.budget_words import is_pure_total, is_total_label
from extract.parse.costs import OTHER_SOURCES, is_source
from extract.parse.text import squash
from schemas import Check, Report, TableCellRecord, TableInfo

# --- vocabulary --------------------------------------------------------------------------

#: headers of a column of the whole cost of a piece of work, its years' sum
WHOLE_COST_HEADS: frozenset[str] = frozenset(
    {"총사업비", "총투자비", "총투자액", "사업비계", "총사업비계", "전체사업비", "총소요예산"}
)
#: headers of a column of what was spent before the years shown
SPENT_HEADS: frozenset[str] = frozenset({"기투자", "기투입", "기집행", "기투자액", "기투자비"})
#: headers (or their endings after a year) of a column of what comes after the years
#: shown: its presence says the periods cover the whole work
AFTER_WORDS: tuple[str, ...] = ("이후", "향후", "잔여", "잔액")
#: a year's column, alone or up to it ("2025", "’26년", "2025년까지", "2030이후")
_YEAR_HEAD = regex.compile(
    r"^[’'‘`]?+(?:\d{4}|\d{2})(?:년(?:도)?+)?+(?P<tail>까지|이전|이후|향후)?+$"
)


def period_head(header: str) -> str | None:
    """What a column of an investment plan by years holds: ``spent`` (기투자, ’24까지),
    ``year``, ``after`` (2030이후, 향후), or None for any other column.

    >>> [period_head(h) for h in ("기 투 자", "2026", "’27년", "2030 이후", "’24까지", "비 고")]
    ['spent', 'year', 'year', 'after', 'spent', None]
    """
    key = squash(header)
    if key in SPENT_HEADS:
        return "spent"
    if key in AFTER_WORDS:
        return "after"
    m = _YEAR_HEAD.match(key)
    if m is None:
        return None
    tail = m["tail"] or ""
    if tail in ("까지", "이전"):
        return "spent"
    return "after" if tail else "year"


def _last(header: str) -> str:
    return header.split(" / ")[-1]


def check_years(report: Report) -> Iterator[Check]:
    """Each investment plan's whole cost against its periods, and its projects' sources
    against their 계 rows."""
    skip = _checked_elsewhere(report) | _said_not_summed(report)
    by_table: dict[int, list[TableCellRecord]] = defaultdict(list)
    for c in report.table_cells:
        by_table[c.table_id].append(c)
    for info in report.tables:
        cells = by_table.get(info.table_id, [])
        if info.table_id in skip or not cells or _panelled(cells):
            continue
        yield from _years_totals(info, cells)
        yield from _source_totals(info, cells)


def _years_totals(info: TableInfo, cells: Sequence[TableCellRecord]) -> Iterator[Check]:
    by_row: dict[int, list[TableCellRecord]] = defaultdict(list)
    for c in cells:
        if not c.is_header and c.col_header:
            by_row[c.row].append(c)
    for row_cells in by_row.values():
        wholes = [c for c in row_cells if squash(_last(c.col_header)) in WHOLE_COST_HEADS]
        kinds = {c.col: period_head(_last(c.col_header)) for c in row_cells}
        parts = [c for c in row_cells if kinds[c.col] is not None]
        if len(wholes) != 1 or len(parts) < 2 or not any(kinds[c.col] == "year" for c in parts):
            continue
        whole = wholes[0]
        if any(p.col < whole.col for p in parts):
            continue  # (the whole closes the years: a 계 of its own, not this)
        w = figure(whole.raw)
        got = [figure(p.raw) for p in parts]
        if w is None or not w[0] or any(g is None for g in got):
            continue
        if any(p.unit != whole.unit for p in parts):
            continue
        figures = [g for g in got if g is not None]
        rounded = bool(info.currency_unit)
        total = sum(f[0] for f in figures)
        fits = _adds_up(w, figures, rounded)
        closed = any(kinds[p.col] == "after" for p in parts)
        if not fits and not closed and total < w[0]:
            continue  # (years after the last shown may hold the rest)
        places = max([w[1], *(f[1] for f in figures)])
        where = whole.row_header or f"table {info.table_id}"
        shown = ", ".join(f"{_last(p.col_header)} {p.raw}" for p in parts[:7])
        yield _check(
            "tables.years_total",
            fits,
            whole.raw,
            _show(total, places),
            f"table {info.table_id} ({where} / {whole.col_header}): the "
            f"{_last(whole.col_header)} says {whole.raw}, its periods ({shown}"
            f"{', ...' if len(parts) > 7 else ''}) make {_show(total, places)}",
            _lines(whole, *parts),
        )


def _source_label(raw: str) -> str | None:
    """``계`` for a total's cell, the source's name for a source's, else None."""
    text = " ".join(raw.split())
    if not text:
        return None
    if is_pure_total(text):
        return "계"
    key = squash(text)
    return key if is_source(key) or key in OTHER_SOURCES else None


def _source_column(info: TableInfo, cells: Sequence[TableCellRecord]) -> int | None:
    """The body column after the row header's that names each row's source (계 and two
    sources at least, every cell of it one of them)."""
    cols: dict[int, list[str | None]] = defaultdict(list)
    for c in cells:
        if not c.is_header and c.col >= info.row_header_cols and c.col_span == 1:
            cols[c.col].append(_source_label(c.raw))
    for col, labels in sorted(cols.items()):
        named = {x for x in labels if x is not None}
        if "계" in named and len(named) >= 3 and None not in labels:
            return col
    return None


def _source_totals(info: TableInfo, cells: Sequence[TableCellRecord]) -> Iterator[Check]:
    col = _source_column(info, cells)
    if col is None:
        return
    body = [c for c in cells if not c.is_header]
    label_of = {c.row: _source_label(c.raw) for c in body if c.col == col}
    figures: dict[int, dict[int, TableCellRecord]] = defaultdict(dict)
    for c in body:
        if c.col > col and figure(c.raw) is not None and c.col_span == 1:
            figures[c.row][c.col] = c
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
            is_total_label(c.raw) for c in cells if c.row == row and c.col < col
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
            f"table {info.table_id} ({whole.row_header} / {whole.col_header}): the row says "
            f"{whole.raw}, {of} ({', '.join(p.raw for p in found[:5])}"
            f"{', ...' if len(found) > 5 else ''}) make {_show(total, places)}",
            _lines(whole, *found),
        )


CHECKS = (check_years,)
