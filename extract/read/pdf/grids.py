"""A page's content: its lines (with boxes and the cells they came from) and its grids.

* :func:`page_content` - one page in reading order, every ruled table as a
  :class:`~extract.read.pdf.tables.PageGrid` beside the lines;
* :func:`document_grids` - a page's grids as Document grids: cells with their
  paragraphs and the Document lines their text became, nested tables inside
  their cells.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.document import Cell, Grid, LineKind
from extract.read.glyphs import normalize_text
from extract.read.pdf.base import BBox, Glyph
from extract.read.pdf.content import PageObjects
from extract.read.pdf.lines import classify, find_vertical_words
from extract.read.pdf.tables import (
    CellRef,
    PageGrid,
    build_regions,
    find_ruled_tables,
    tagged_region_lines,
)


@dataclass(slots=True)
class PageLine:
    """One line of a page: text as drawn, kind, box, and the cells it came from."""

    text: str
    kind: LineKind
    box: BBox
    cells: frozenset[CellRef] = field(default_factory=frozenset)


def page_content(
    objects: PageObjects, glyphs: Sequence[Glyph]
) -> tuple[list[PageLine], list[PageGrid]]:
    """One page's lines in reading order (text, kind, box, cells) and its ruled grids."""
    words, rest = find_vertical_words(glyphs)
    tables = find_ruled_tables(objects.edges)
    root = build_regions(rest, words, tables)
    grids: list[PageGrid] = []
    tagged = tagged_region_lines(root, grids)
    lines = [
        PageLine(
            t.line.text,
            classify(t.line, objects.height),
            (t.line.x0, t.line.top, t.line.x1, t.line.bottom),
            t.cells,
        )
        for t in tagged
    ]
    return lines, grids


def document_grids(
    page_no: int,
    lines: Sequence[PageLine],
    line_nos: Sequence[int | None],
    grids: Sequence[PageGrid],
) -> list[Grid]:
    """The page's grids as Document grids (nested ones inside their cells).

    ``line_nos`` gives the Document line number of each page line (None for a
    line that normalized to nothing and was dropped).
    """
    of_cell: dict[CellRef, list[int]] = {}
    for ln, no in zip(lines, line_nos, strict=True):
        if no is None:
            continue
        for ref in ln.cells:
            of_cell.setdefault(ref, []).append(no)
    built: dict[int, Grid] = {}
    nested: dict[CellRef, list[Grid]] = {}
    for gid in range(len(grids) - 1, -1, -1):  # children were appended after their parents
        g = grids[gid]
        cells = []
        for i, (row, col, rs, cs) in enumerate(g.cells):
            paras = g.paragraphs[i] if i < len(g.paragraphs) else []
            texts = tuple(t for t in (normalize_text(p).strip() for p in paras) if t)
            kids = nested.get((gid, i), [])
            cells.append(
                Cell(row, col, rs, cs, texts, tuple(sorted(set(of_cell.get((gid, i), [])))),
                     page_no, tuple(sorted(kids, key=lambda k: (k.bbox or (0, 0))[1])))
            )  # fmt: skip
        cells.sort(key=lambda c: (c.row, c.col))
        grid = Grid(cells, g.n_rows, g.n_cols, "ruled", page_no, page_no, g.bbox)
        built[gid] = grid
        if g.parent is not None:
            nested.setdefault(g.parent, []).append(grid)
    tops = [built[gid] for gid in range(len(grids)) if grids[gid].parent is None]
    return sorted(tops, key=lambda g: (g.bbox or (0.0, 0.0))[1::-1])
