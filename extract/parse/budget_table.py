"""A budget table read for its structure: rows with their labels, levels and parents.

A budget table is written in many shapes: divisions as rows (계 first) or as
columns; accounts as rows with 특별회계 indented over its accounts; categories
marked "□ 인건비" under "운 영 비"; two pairs of 구분 | 예산액 side by side.
This module reads what every shape shares, from the cells alone (the words of its
labels and the won of its amount cells in :mod:`extract.parse.budget_words`):

* :func:`read_rows` - each body row's innermost label (markers and footnote
  marks dropped), the group labels spanning it, and its level: a label set one
  column further right, or behind a bullet not seen above it, is one level
  down; the row it is a part of (its parent) is the nearest row above with a
  lower level; the grand total (계, 합계, 총지출(a+b)) is the parent of the
  top rows, wherever it stands; a 계 inside a group (a label spanning rows)
  totals that group;
* :func:`group_units` / :func:`subtotal_units` - the organisation unit each row of a
  group of units, or of a unit's subtotal, is of.

The cells come from the layout (:class:`extract.layout.tables.Table`) or from
a report's ``table_cells`` (the checks read the same structure back):
:func:`cells_of_table` and :func:`cells_of_records` make the
:class:`GridCell` both share.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import regex

from extract.layout.tables import Table
from extract.parse.budget_vocab import (
    SUBTOTAL_WORDS,
)
from extract.parse.budget_words import (
    KIND_WORDS,
    amount,
    bare,
    clean_label,
    is_account_name,
    is_breakdown_label,
    is_difference_or_rate,
    is_figure,
    is_subtotal_label,
    is_total_label,
    is_unit_name,
    marker_of,
    name_of,
    opens_side,
    unit_axis,
)
from extract.parse.text import collapse
from extract.parse.vocab import TOTAL_LABELS
from schemas import TableCellRecord


@dataclass(slots=True)
class GridCell:
    """A table cell as both readers see it: place, spans, header flag, text, lines."""

    row: int
    col: int
    row_span: int
    col_span: int
    is_header: bool
    text: str
    row_header: str = ""
    col_header: str = ""
    lines: tuple[int, ...] = ()

    @property
    def rows(self) -> range:
        return range(self.row, self.row + self.row_span)

    @property
    def cols(self) -> range:
        return range(self.col, self.col + self.col_span)


def cells_of_table(table: Table) -> list[GridCell]:
    """The cells of a layout table."""
    return [
        GridCell(c.row, c.col, c.row_span, c.col_span, c.is_header, collapse(c.text),
                 c.row_header, c.col_header, tuple(c.lines))
        for c in table.cells
    ]  # fmt: skip


#: a row label that names a year's budget ("2025년 예산", "’26 예산", "2026년")
#: (squashed, its brackets aside: :func:`~extract.parse.budget_words.bare`)
_YEAR_LABEL = regex.compile(r"^[’‘']?(?:19|20)?\d{2}년?도?(?:본?예산|결산)?$")


def transposed(table: Table, known: Iterable[str] = ()) -> Table | None:
    """A table of units set across by years down, turned to the usual way round (units
    down, years across), or None for any other table: "구 분 | 계 | 기획팀 | 예산팀" over
    rows "2025년 예산", "2026년 예산" and "증 감" (a rate row too) is read as "구 분 |
    2025년 예산 | 2026년 예산 | 증 감" over the rows 계, 기획팀, 예산팀."""
    if table.header_rows != 1 or any(c.row_span != 1 or c.col_span != 1 for c in table.cells):
        return None
    heads = [c for c in table.cells if c.row == 0 and c.col > 0]
    labels = [c for c in table.cells if c.col == 0 and c.row > 0]
    names = [bare(c.text) for c in heads]
    rows = [bare(c.text) for c in labels]
    years = sum(1 for r in rows if _YEAR_LABEL.match(r))
    others = [r for r in rows if not _YEAR_LABEL.match(r)]
    if (
        len(heads) < 2 or years < 2 or not names or names[0] not in TOTAL_LABELS
        or not all(is_unit_name(n, known) for n in names[1:])
        or not all(is_difference_or_rate(r) for r in others)
    ):  # fmt: skip
        return None
    cells = [
        replace(c, row=c.col, col=c.row, row_header=c.col_header, col_header=c.row_header)
        for c in table.cells
    ]
    cells.sort(key=lambda c: (c.row, c.col))
    return replace(table, cells=cells, n_rows=table.n_cols, n_cols=table.n_rows,
                   header_rows=1, row_header_cols=1)  # fmt: skip


def cells_of_records(records: Iterable[TableCellRecord]) -> list[GridCell]:
    """The cells of one table of a report (its ``table_cells``)."""
    return [
        GridCell(c.row, c.col, c.row_span, c.col_span, c.is_header, collapse(c.raw),
                 c.row_header, c.col_header,
                 tuple(range(c.line_start, c.line_end + 1)) if c.line_start else ())
        for c in records
    ]  # fmt: skip


def group_units(rows: Rows, known: Iterable[str] = ()) -> dict[int, str]:
    """Each row of a group whose rows are units (the rows one label merged down their left
    spans: ``세 출`` over 계 and its 과, where ``세 입`` is over 국비 and 도비; or the rows
    after a side's own row, ``세 출 계``) -> its unit's name; a group's 계 or 소계 is no
    unit's."""
    known = list(known)
    groups: dict[tuple[str, ...], list[Row]] = {}
    sides = rows.sides()
    for r in rows.by_row.values():
        if r.outer and r.label:
            groups.setdefault(r.outer, []).append(r)
        elif r.label and r.row in sides and not opens_side(r.label):
            # (no label merged down them, the side's own row opening them: "세 출 계" over
            # its teams, as a text export sets the table)
            groups.setdefault(("", sides[r.row]), []).append(r)
    out: dict[int, str] = {}
    for members in groups.values():
        if unit_axis([r.label for r in members], known):
            out.update(
                (r.row, name_of(r.label)) for r in members
                if not is_total_label(r.label) and not is_subtotal_label(r.label)
            )  # fmt: skip
    return out


def subtotal_units(rows: Rows) -> dict[int, str]:
    """Each row of a unit's subtotal that names it ("안전총괄과 소계") and each row it
    stands for -> that unit's name."""
    out: dict[int, str] = {}
    for r in rows.by_row.values():
        key = bare(r.label) if r.subtotal else ""
        name = key.removesuffix(next((w for w in SUBTOTAL_WORDS if key.endswith(w)), ""))
        if name and name != key and is_unit_name(name):
            out[r.row] = name
            out.update((c.row, name) for c in rows.children(r.row))
    return out


# --- rows ------------------------------------------------------------------------------


@dataclass(slots=True)
class Row:
    """One body row of a table, read for its label and its place in the hierarchy."""

    row: int
    label: str = ""
    raw: str = ""
    #: labels of the cells spanning this row left of its own (group labels), outer first
    outer: tuple[str, ...] = ()
    col: int = -1
    marker: str | None = None
    level: int = 0
    total: bool = False
    #: a 계/소계 row that totals the rows of its group
    subtotal: bool = False
    parent: int | None = None
    #: the rows above it, nearest first, with a lower level (their labels give context)
    ancestors: tuple[int, ...] = ()
    cells: list[GridCell] = field(default_factory=list)


@dataclass(slots=True)
class Rows:
    """The body rows of a table by row index, in order, and whether the tree is known."""

    by_row: dict[int, Row]
    #: false when a subtotal could not be placed: the sums of this table are not checked
    known: bool = True

    def children(self, parent: int) -> list[Row]:
        return [r for r in self.by_row.values() if r.parent == parent]

    def sides(self, opens: Callable[[str], str | None] = opens_side) -> dict[int, str]:
        """Row -> the side the last row that opens one names (:func:`opens_side`): "세 입"
        then "세 출 계" over the divisions, in a table that draws no tree of them (or, by
        ``opens``, a fund's 조성액 계 and 운용액 계)."""
        out: dict[int, str] = {}
        side: str | None = None
        for r in sorted(self.by_row.values(), key=lambda r: r.row):
            side = opens(r.label) or side
            if side is not None:
                out[r.row] = side
        return out

    def parents(self) -> list[Row]:
        """Rows that are the sum of others, in order."""
        have = {r.parent for r in self.by_row.values() if r.parent is not None}
        return [r for r in self.by_row.values() if r.row in have]

    def breakdowns(self, parent: int) -> list[list[Row]]:
        """The sets of a row's children that each add up to it: all of them, or, where
        they stand under group labels that name a breakdown of it (``합 계`` over
        ``회계별`` and ``부서별``, each merged down its rows), each such group on its own
        (and the children under none, together)."""
        kids = self.children(parent)
        groups: dict[str, list[Row]] = {}
        for kid in kids:
            by = next((o for o in reversed(kid.outer) if is_breakdown_label(o)), "")
            groups.setdefault(by, []).append(kid)
        if len([by for by in groups if by]) < 2:
            return _accounts_then_units(kids) or ([kids] if kids else [])
        return list(groups.values())


def _accounts_then_units(kids: list[Row]) -> list[list[Row]]:
    """A total's rows set alike, its accounts first and then its divisions, or the other
    way ("계 / 일반회계 / 특별회계 / 도로계획과 / 교통정책과"): the two breakdowns of it, each
    on its own; [] for any other rows."""
    accounts = [is_account_name(k.label) for k in kids]
    for first in (True, False):
        n = next((i for i, a in enumerate(accounts) if a is not first), len(kids))
        if n >= 2 and len(kids) - n >= 2 and all(a is not first for a in accounts[n:]):
            return [kids[:n], kids[n:]]
    return []


def _grid(cells: Sequence[GridCell]) -> dict[tuple[int, int], GridCell]:
    out: dict[tuple[int, int], GridCell] = {}
    for c in cells:
        for r in c.rows:
            for k in c.cols:
                out[(r, k)] = c
    return out


def read_rows(cells: Sequence[GridCell], header_rows: int, side: int) -> Rows:
    """The body rows of a table with their labels, levels, parents and total."""
    grid = _grid(cells)
    n_rows = max((c.row + c.row_span for c in cells), default=0)
    rows: dict[int, Row] = {}
    for r in range(header_rows, n_rows):
        labels: list[GridCell] = []
        for k in range(side):
            c = grid.get((r, k))
            if c is not None and c not in labels and c.text.strip():
                labels.append(c)
        row = Row(r, cells=[c for c in cells if c.row == r])
        if labels:
            inner = max(labels, key=lambda c: c.col)
            row.raw = inner.text
            row.label = clean_label(inner.text)
            row.col = inner.col
            row.marker = marker_of(inner.text)
            row.outer = tuple(clean_label(c.text) for c in labels if c is not inner)
        rows[r] = row
    known = _levels(rows, grid) and not _ambiguous_indent(rows, grid)
    return Rows(rows, known)


def _levels(rows: dict[int, Row], grid: dict[tuple[int, int], GridCell]) -> bool:
    labelled = [r for r in rows.values() if r.label]
    cols = sorted({r.col for r in labelled})
    marks: list[str] = []
    for r in labelled:
        if r.marker and r.marker not in marks:
            marks.append(r.marker)
    for r in labelled:
        r.level = cols.index(r.col) + (marks.index(r.marker) + 1 if r.marker else 0)
    known = True
    total: Row | None = None
    groups: dict[int, list[Row]] = {}
    for r in labelled:
        group = _group_cell(r, grid)
        if is_total_label(r.label) or is_subtotal_label(r.label):
            if group is not None:
                r.subtotal = True
                groups[r.row] = [o for o in labelled if o is not r and o.row in group.rows]
            elif total is None and not is_subtotal_label(r.label):
                r.total = True
                total = r
            else:
                known = False
    groups.update(_named_subtotals(labelled, groups))
    order = [r for r in rows.values()]
    for i, r in enumerate(order):
        if not r.label or r.total:
            continue
        chain: list[int] = []
        level = r.level
        for prev in reversed(order[:i]):
            if prev.label and not prev.total and prev.level < level:
                chain.append(prev.row)
                level = prev.level
        r.ancestors = tuple(chain)
        r.parent = next((a for a in chain if rows[a].cells and _has_values(rows[a])), None)
    for sub, members in groups.items():
        for m in members:
            if m.parent is None or m.parent not in {o.row for o in members}:
                m.parent = sub
        # (a group inside another's, a 세부사업's 계 under its 과's 소계: a part of that one)
        within = [s for s, ms in groups.items() if s != sub and rows[sub] in ms]
        rows[sub].parent = min(within, key=lambda s: len(groups[s])) if within else None
        rows[sub].level = min((m.level for m in members), default=rows[sub].level)
    if total is not None:
        for r in labelled:
            if r is not total and r.parent is None:
                r.parent = total.row
    return known and not _flattened(labelled)


def _named_subtotals(
    labelled: Sequence[Row], groups: Mapping[int, list[Row]]
) -> dict[int, list[Row]]:
    """Rows whose label names what they subtotal ("안전총괄과 소계") with the rows they
    stand for, where no group cell is drawn: the rows after each up to the next, where the
    first row under the total is one; the rows before each, where the last row is one."""
    body = [r for r in labelled if not r.total and r.row not in groups]
    named = [r for r in body if _names_subtotal(r.label)]
    if not named or len(named) == len(body):
        return {}
    leading = body[0] in named
    if not leading and body[-1] not in named:
        return {}
    out: dict[int, list[Row]] = {}
    run: list[Row] = []
    for r in body if leading else reversed(body):
        if r in named:
            run = []
            out[r.row] = run
            r.subtotal = True
        else:
            run.append(r)
    # (the last subtotal's rows end where they add up to it: "보전수입 등 및 내부거래" after
    # 의존재원 소계's is a part of the total's, set as its subtotals are)
    return {sub: _summing(next(r for r in body if r.row == sub), run) for sub, run in out.items()}


def _summing(sub: Row, run: list[Row]) -> list[Row]:
    """The first rows of ``run`` that add up to ``sub`` in its first column of figures,
    where fewer than all do; else all of them."""
    first = next(
        ((c.col, v) for c in sub.cells if not c.is_header and (v := amount(c.text, "원"))), None
    )
    if first is None:
        return run
    col, want = first
    total = 0
    for i, r in enumerate(run):
        got = next((amount(c.text, "원") for c in r.cells if c.col == col), None)
        if got is None:
            return run
        total += got
        if total == want:
            return run[: i + 1]
    return run


def _names_subtotal(label: str) -> bool:
    """A subtotal's label that names what it sums before its word: "안전총괄과 소계"."""
    key = bare(label)
    return key.endswith(tuple(SUBTOTAL_WORDS)) and key not in SUBTOTAL_WORDS


def _flattened(labelled: Sequence[Row]) -> bool:
    """All rows on one level, yet one is named by a kind only (특별회계, 기금) and others are
    accounts of that kind: a nested table whose nesting was not drawn (a text export)."""
    if any(r.level for r in labelled):
        return False
    keys = [bare(r.label) for r in labelled]
    kinds = {k for k in keys if k in KIND_WORDS}
    return any(k != kind and k.endswith(kind) for kind in kinds for k in keys)


def _ambiguous_indent(rows: dict[int, Row], grid: dict[tuple[int, int], GridCell]) -> bool:
    """A row whose label has one empty cell of its own left of it, in a column other rows
    use for labels or group brackets: indented, or a rule drawn across a wider label?"""
    used: dict[int, set[int]] = {}
    for (r, k), c in grid.items():
        if r in rows and (c.text.strip() or c.row_span > 1):
            used.setdefault(k, set()).add(r)
    for row in rows.values():
        if not row.label or row.col < 1:
            continue
        left = grid.get((row.row, row.col - 1))
        if (
            left is not None and not left.text.strip()
            and left.row_span == 1 and left.col_span == 1
            and used.get(row.col - 1, set()) - {row.row}
        ):  # fmt: skip
            return True
    return False


def _group_cell(row: Row, grid: dict[tuple[int, int], GridCell]) -> GridCell | None:
    """The label cell left of a row's own that spans it and other rows (its group)."""
    for k in range(row.col - 1, -1, -1):
        c = grid.get((row.row, k))
        if c is not None and c.row_span > 1 and c.text.strip():
            return c
    return None


def _has_values(row: Row) -> bool:
    return any(not c.is_header and is_figure(c.text) for c in row.cells)


@dataclass(slots=True)
class Amount:
    """One amount cell of a budget table with what its headers say."""

    cell: GridCell
    value: int
    unit: str
    is_total: bool
    account: str | None
    side: str | None
    item: str | None
    label: str
    year: int | None
    #: the money unit of its column where that is not the table's ("예산(백만원)")
    currency_unit: str | None = None
    #: the funding source its column names ("2026년 예산 / 국비")
    source: str | None = None


@dataclass(slots=True)
class Reading:
    """A budget table read: its rows and its amounts."""

    rows: Rows
    amounts: list[Amount]
    #: column -> (header path, kind): "amount", "difference" or "rate"
    columns: dict[int, tuple[str, str]] = field(default_factory=dict)
    #: the rows others are parts of (the table's tree, else its figures)
    sums: frozenset[int] = frozenset()
