"""Rows stacked in one ruled row: a table drawn without rules between its body rows.

A PDF table may rule only its outline and header, its body one ruled row whose cells
each hold a column of lines (국립국어원's 정·현원 table: 14 grades, their 정원, 현원
and 과부족, each cell one line per grade).  Where the lines of such a row's cells stand
on common baselines, each baseline is a row of the table: the row is cut into them, so
every figure gets its own row header.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from extract.document import Cell, Grid
from extract.layout.tables import is_value

BBox = tuple[float, float, float, float]

#: two lines whose centres are closer than this share of a line's height stand on one
#: baseline
SAME_ROW = 0.5
#: fewest rows a stack holds: two lines side by side are as often a wrapped label beside
#: a figure and its note
MIN_STACK = 3


def _bands(boxes: Sequence[BBox]) -> list[tuple[float, float]]:
    """(top, bottom) of each baseline the boxes stand on, top to bottom."""
    out: list[list[float]] = []
    for _, top, _, bottom in sorted(boxes, key=lambda b: b[1] + b[3]):
        centre, height = (top + bottom) / 2, bottom - top
        if out and abs(centre - (out[-1][0] + out[-1][1]) / 2) <= SAME_ROW * max(height, 1.0):
            out[-1][0], out[-1][1] = min(out[-1][0], top), max(out[-1][1], bottom)
        else:
            out.append([top, bottom])
    return [(t, b) for t, b in out]


def _band_of(box: BBox, bands: Sequence[tuple[float, float]]) -> int:
    centre = (box[1] + box[3]) / 2
    return min(range(len(bands)), key=lambda i: abs(centre - (bands[i][0] + bands[i][1]) / 2))


def _figures(c: Cell) -> bool:
    """A column of figures, one per line; not a figure with its share or change in
    brackets under it ("1,000" / "(50%)")."""
    return all(is_value(p) and not p.lstrip().startswith(("(", "（")) for p in c.paragraphs)


def _cut(cells: Sequence[Cell], boxes: Mapping[int, BBox]) -> int:
    """Into how many rows a ruled row of ``cells`` cuts: the baselines its cells' lines
    share, where the row is a stack (1 where it is not)."""
    if any(c.tables or len(c.lines) != len(c.paragraphs) for c in cells):
        return 1  # (a cell's text not on lines of its own, or a table in it, stays whole)
    lined = [c for c in cells if c.lines]
    if any(no not in boxes for c in lined for no in c.lines):
        return 1
    deepest = max((len(c.lines) for c in lined), default=0)
    if deepest < MIN_STACK:
        return 1
    full = [c for c in lined if len(c.lines) == deepest]
    # a column of figures one per line, and a second column as deep (its labels)
    if len(full) < 2 or not any(_figures(c) for c in full):
        return 1
    # a cell of several lines but fewer than the deepest is wrapped text, unless it is a
    # column of figures with blanks (과부족 left empty where nothing is missing)
    if any(1 < len(c.lines) < deepest and not _figures(c) for c in lined):
        return 1
    bands = _bands([boxes[no] for c in lined for no in c.lines])
    if len(bands) != deepest:
        return 1
    for c in lined:  # one line per baseline in each cell
        if len({_band_of(boxes[no], bands) for no in c.lines}) != len(c.lines):
            return 1
    return deepest


def unstack_rows(grid: Grid, boxes: Mapping[int, BBox]) -> Grid:
    """``grid`` with each ruled row that stacks several rows cut into them (nested
    tables too); the grid itself where no row does."""
    cells = [
        _with_tables(c, [unstack_rows(t, boxes) for t in c.tables]) if c.tables else c
        for c in grid.cells
    ]
    if not boxes:
        return grid if cells == grid.cells else _regrid(grid, cells, {}, boxes)
    spanned = {r for c in cells if c.row_span > 1 for r in range(c.row, c.row + c.row_span)}
    by_row: dict[int, list[Cell]] = {}
    for c in cells:
        by_row.setdefault(c.row, []).append(c)
    cuts = {r: n for r, row in by_row.items() if r not in spanned and (n := _cut(row, boxes)) > 1}
    return _regrid(grid, cells, cuts, boxes) if cuts or cells != grid.cells else grid


def _with_tables(c: Cell, tables: list[Grid]) -> Cell:
    return Cell(c.row, c.col, c.row_span, c.col_span, c.paragraphs, c.lines, c.page,
                tuple(tables), c.where)  # fmt: skip


def _regrid(
    grid: Grid, cells: list[Cell], cuts: Mapping[int, int], boxes: Mapping[int, BBox]
) -> Grid:
    """The grid with row r cut into cuts[r] rows."""
    first: list[int] = []
    n = 0
    for r in range(grid.n_rows):
        first.append(n)
        n += cuts.get(r, 1)
    out: list[Cell] = []
    for c in cells:
        if c.row not in cuts:
            last = c.row + c.row_span - 1
            span = first[last] + cuts.get(last, 1) - first[c.row]
            out.append(Cell(first[c.row], c.col, span, c.col_span, c.paragraphs,
                            c.lines, c.page, c.tables, c.where))  # fmt: skip
            continue
        bands = _bands([boxes[no] for d in cells if d.row == c.row for no in d.lines])
        parts: list[list[int]] = [[] for _ in range(cuts[c.row])]
        for i, no in enumerate(c.lines):
            parts[_band_of(boxes[no], bands)].append(i)
        for b, idx in enumerate(parts):
            out.append(Cell(first[c.row] + b, c.col, 1, c.col_span,
                            tuple(c.paragraphs[i] for i in idx), tuple(c.lines[i] for i in idx),
                            c.page, (), c.where))  # fmt: skip
    out.sort(key=lambda c: (c.row, c.col))
    return Grid(out, n, grid.n_cols, grid.source, grid.page_start, grid.page_end, grid.bbox,
                grid.where)  # fmt: skip
