"""Boxes drawn around text, and the text of a grid's cell with the boxes drawn in it.

A grid of fewer than two rows of two cells of text is a box (a numeral beside its title, a
boxed summary), no table (:func:`is_box`): its text stays in the outline and the tables
drawn inside it are looked at in turn (:func:`data_grids`); a box drawn inside a cell is
part of that cell's text (:func:`cell_text`).  Below :mod:`extract.layout.tables` and
:mod:`extract.layout.tablepages`, which both ask.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.document import Cell, Grid
from extract.normalize.periods import period_head
from extract.normalize.wraps import Lexicon, join_wrapped

#: the least periods that head a chart (상반기 | 하반기; 2026년 | 2027년), and the least
#: months by their numbers alone ("1 | 2 | … | 12"; two numbers alone head no chart)
MIN_PERIOD_HEADS = 2
MIN_MONTH_NUMBERS = 6


def _periods_head(grid: Grid) -> bool:
    """Whether one of the grid's first two rows heads its columns with periods
    (:func:`~extract.normalize.periods.period_head`)."""
    for r in (0, 1):
        heads = [c.text.strip() for c in grid.cells if c.row == r and period_head(c.text)]
        bare = sum(1 for h in heads if h.isdigit())
        if len(heads) - bare >= MIN_PERIOD_HEADS or bare >= MIN_MONTH_NUMBERS:
            return True
    return False


def is_box(grid: Grid) -> bool:
    """A box drawn around text, not a table: fewer than two rows hold two or more cells
    of text (a numeral beside its title; a title over its summary; a boxed paragraph).
    A grid headed by periods is a chart, a table however little its rows hold (a Gantt
    chart's rows hold a task and its bar's shading)."""
    if _periods_head(grid):
        return False
    by_row: dict[int, int] = {}
    for c in grid.cells:
        if not c.is_empty or c.tables:
            by_row[c.row] = by_row.get(c.row, 0) + 1
    return sum(1 for n in by_row.values() if n >= 2) < 2


def data_grids(grids: Sequence[Grid]) -> list[Grid]:
    """The grids that are tables: boxes opened to the tables inside them, and a table
    drawn inside a table's cell (a project's budget in its 사업내용 cell) a table too."""
    return [g for g, _ in boxed_grids(grids)]


def boxed_grids(grids: Sequence[Grid], box: int | None = None) -> list[tuple[Grid, int | None]]:
    """:func:`data_grids` with the box each stands in (an id shared by the tables drawn
    side by side in one box: "[세입]" and "[세출]" under one caption), or None."""
    out: list[tuple[Grid, int | None]] = []
    for g in grids:
        opened = is_box(g)
        inner = boxed_grids([t for c in g.cells for t in c.tables], id(g) if opened else box)
        if not opened:
            out.append((g, box))
        out.extend(inner)
    return out


def _boxed(cell: Cell) -> list[Cell]:
    """The cells of the boxes drawn inside a cell (a name in a box of its own, a note
    below it), boxes inside them too: no table of their own, so their text is the cell's
    (a table drawn inside the cell is one: :func:`data_grids`)."""
    own = set(cell.lines)  # (a PDF cell's paragraphs hold what is drawn inside it already)
    return [
        inner
        for t in cell.tables
        if is_box(t)
        for c in t.cells
        for inner in (c, *_boxed(c))
        if not own.issuperset(inner.lines)
    ]


def cell_text(cell: Cell, whole: Lexicon | None = None) -> str:
    """The cell's text, boxes drawn in it included; a table drawn in it (a project's
    budget in its 사업내용 cell, a table of its own) left out, where the paragraphs
    have their lines (a PDF cell's paragraphs hold what is drawn inside it)."""
    boxed = _boxed(cell)
    own = _numbered(cell)
    if not boxed:
        return join_wrapped(
            [p for _, p in own] if own is not None else list(cell.paragraphs), whole
        )
    # in reading order where each paragraph has its line (a label boxed between two lines)
    pairs = [own, *(_numbered(c) for c in boxed)]
    if all(p is not None for p in pairs):
        return join_wrapped(
            [p for _, p in sorted(pair for ps in pairs for pair in ps or ())], whole
        )
    return join_wrapped([p for c in [cell, *boxed] for p in c.paragraphs], whole)


def _numbered(cell: Cell) -> list[tuple[int, str]] | None:
    """The cell's paragraphs with their lines, those of a table drawn in it left out;
    None where the paragraphs do not each have a line."""
    if len(cell.lines) != len(cell.paragraphs):
        return None
    tables = {no for t in cell.tables if not is_box(t) for no in t.lines}
    return [(no, p) for no, p in zip(cell.lines, cell.paragraphs, strict=True) if no not in tables]


def cell_lines(cell: Cell) -> tuple[int, ...]:
    return tuple(sorted({*cell.lines, *(no for b in _boxed(cell) for no in b.lines)}))
