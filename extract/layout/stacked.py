"""Rows stacked in one ruled row: a table drawn without rules between its body rows.

A PDF table may rule only its outline and header, its body one ruled row whose cells
each hold a column of lines (국립국어원's 정·현원 table: 14 grades, their 정원, 현원
and 과부족, each cell one line per grade).  Where the lines of such a row's cells stand
on common baselines, each baseline is a row of the table: the row is cut into them, so
every figure gets its own row header.  Where a label column's names stand each centred
on a run of the lines beside them (divisions beside their functions), each run is a
row under its name (:func:`extract.read.linearize.group_bands`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from extract.document import BBox, Cell, Grid
from extract.read.linearize import baseline_of, group_bands, stack_bands

Bands = list[tuple[float, float]]


def _cut(cells: Sequence[Cell], boxes: Mapping[int, BBox]) -> Bands:
    """The rows a ruled row of ``cells`` cuts into: the baselines its cells' lines
    share, where the row is a stack (none where it is not)."""
    if any(c.tables or len(c.lines) != len(c.paragraphs) for c in cells):
        return []  # (a cell's text not on lines of its own, or a table in it, stays whole)
    lined = [c for c in cells if c.lines]
    if any(no not in boxes for c in lined for no in c.lines):
        return []
    drawn = [[(boxes[no], p) for no, p in zip(c.lines, c.paragraphs, strict=True)] for c in lined]
    return stack_bands(drawn) or group_bands(drawn)


def unstack_rows(grid: Grid, boxes: Mapping[int, BBox]) -> Grid:
    """``grid`` with each ruled row that stacks several rows cut into them (nested
    tables too); the grid itself where no row does."""
    cells = [
        replace(c, tables=tuple(unstack_rows(t, boxes) for t in c.tables)) if c.tables else c
        for c in grid.cells
    ]
    cuts: dict[int, Bands] = {}
    if boxes:
        spanned = {r for c in cells if c.row_span > 1 for r in range(c.row, c.row + c.row_span)}
        by_row: dict[int, list[Cell]] = {}
        for c in cells:
            by_row.setdefault(c.row, []).append(c)
        cuts = {r: b for r, row in by_row.items() if r not in spanned and (b := _cut(row, boxes))}
    if not cuts:
        return grid if cells == grid.cells else replace(grid, cells=cells)
    return _regrid(grid, cells, cuts, boxes)


def _regrid(
    grid: Grid, cells: list[Cell], cuts: Mapping[int, Bands], boxes: Mapping[int, BBox]
) -> Grid:
    """The grid with row r cut into the rows of its baselines cuts[r]."""
    first: list[int] = []
    n = 0
    for r in range(grid.n_rows):
        first.append(n)
        n += len(cuts.get(r, ())) or 1
    out: list[Cell] = []
    for c in cells:
        bands = cuts.get(c.row)
        if bands is None:
            last = c.row + c.row_span - 1
            span = first[last] + (len(cuts.get(last, ())) or 1) - first[c.row]
            out.append(replace(c, row=first[c.row], row_span=span))
            continue
        parts: list[list[int]] = [[] for _ in bands]
        for i, no in enumerate(c.lines):
            parts[baseline_of(boxes[no], bands)].append(i)
        for b, idx in enumerate(parts):
            out.append(replace(
                c, row=first[c.row] + b, row_span=1, tables=(),
                paragraphs=tuple(c.paragraphs[i] for i in idx),
                lines=tuple(c.lines[i] for i in idx),
            ))  # fmt: skip
    out.sort(key=lambda c: (c.row, c.col))
    return replace(grid, cells=out, n_rows=n)
