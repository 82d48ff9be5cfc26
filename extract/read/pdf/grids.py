"""A page's content: its lines (with boxes and the cells they came from) and its grids.

* :func:`page_content` - one page in reading order, every ruled table as a
  :class:`~extract.read.pdf.regions.PageGrid` beside the lines;
* :func:`document_grids` - a page's grids as Document grids: cells with their
  paragraphs and the Document lines their text became, nested tables inside
  their cells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from extract.document import Cell, Grid, LineKind
from extract.read.glyphs import normalize_text
from extract.read.pdf.base import BBox, Glyph, TextLine, WrapSpace, bullet_sized
from extract.read.pdf.content import PageObjects
from extract.read.pdf.framedrows import framed_tables
from extract.read.pdf.lines import blank_page, classify, find_vertical_words
from extract.read.pdf.marginalia import in_margin, side_tabs, watermarks
from extract.read.pdf.pagecolumns import column_turns
from extract.read.pdf.regions import (
    PICTURE_BLOCK_WIDTH,
    CellRef,
    PageGrid,
    Region,
    TaggedLine,
    build_regions,
    picture_blocks,
    tagged_region_lines,
)
from extract.read.pdf.rules import find_ruled_tables
from extract.read.pdf.shadedrows import shaded_tables
from extract.read.pdf.strikes import struck_glyphs


@dataclass(slots=True)
class PageLine:
    """One line of a page: text as drawn, kind, box, and the cells it came from."""

    text: str
    kind: LineKind
    box: BBox
    cells: frozenset[CellRef] = field(default_factory=frozenset)
    #: the line ends in a drawn space (an engine that draws the space of a wrap)
    trail: bool = False
    #: the line opens the right column of a stretch set in two text columns: how far
    #: (pt) right of the left column's margin that column's margin stands
    turn: float | None = None


#: a drawn bullet (:func:`~extract.read.pdf.base.bullet_sized`) stands at most this far (pt)
#: left of the line it marks
BULLET_REACH = 24.0
#: the glyph a drawn square bullet is read as
DRAWN_BULLET = "□"


def take_drawn_bullets(region: Region) -> list[BBox]:
    """Pull the empty letter-sized boxes out of the region's tables: Hancom draws the □
    of "□ 추진계획" as a shape, not a character, and it must not become a table."""
    found: list[BBox] = []
    keep = []
    for table, cells in region.tables:
        empty = all(not r.glyphs and not r.words and not r.tables for r in cells)
        if empty and bullet_sized(*table.bbox):
            found.append(table.bbox)
            continue
        keep.append((table, cells))
        for r in cells:
            found.extend(take_drawn_bullets(r))
    region.tables = keep
    return found


def mark_drawn_bullets(
    lines: list[TaggedLine], bullets: Sequence[tuple[BBox, str]]
) -> list[TaggedLine]:
    """Each line that a drawn bullet stands in front of, with the bullet's glyph."""
    out = list(lines)
    for (bx0, btop, bx1, bbottom), glyph in bullets:
        cy = (btop + bbottom) / 2
        best = None
        for i, t in enumerate(out):
            ln = t.line
            near = ln.top <= cy <= ln.bottom and 0 <= ln.x0 - bx1 <= BULLET_REACH
            if near and (best is None or ln.x0 < out[best].line.x0):
                best = i
        # a line that already starts with a mark of its own keeps it (a picture before a
        # chapter's numeral, "Ⅰ.", is an ornament)
        if best is not None and _starts_with_word(out[best].line.text) and not (
            glyph != DRAWN_BULLET and _NUMBERED.match(out[best].line.text)
        ):
            ln = out[best].line
            text = f"{glyph} {ln.text}"
            out[best] = TaggedLine(TextLine(text, bx0, ln.top, ln.x1, ln.bottom), out[best].cells)
    return out


#: a line numbered by its own mark: a chapter's numeral, "1.", "가." (no picture's bullet)
_NUMBERED = re.compile(r"^\s*(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]+\s*\.|\d{1,2}\s*[.)]|[가-하]\s*[.)])")


def _starts_with_word(text: str) -> bool:
    head = text.lstrip()[:1]
    return bool(head) and (head.isalnum() or head in "(「『'\"‘’“[<")


def page_content(
    objects: PageObjects, glyphs: Sequence[Glyph], wraps: WrapSpace | None = None
) -> tuple[list[PageLine], list[PageGrid]]:
    """One page's lines in reading order (text, kind, box, cells) and its ruled grids
    (``wraps``: see :func:`~extract.read.pdf.regions.tagged_region_lines`)."""
    marks, glyphs = watermarks(glyphs, objects.width)
    edges, glyphs = struck_glyphs(objects.edges, glyphs)  # (a revision's struck figures)
    # (a table told apart by shading alone: the rule under its last row)
    edges = shaded_tables(edges, objects.fills, glyphs)
    tables = find_ruled_tables(edges, glyphs, objects.height)
    # (a table ruled round its frame only: its columns from the room between its words)
    tables = framed_tables(tables, edges, glyphs, objects.height)
    cells = [c for t in tables for c in t.cells]
    # (a box drawn round a side tab, within the margin, is no table of the page's)
    boxed = [c for t in tables if not in_margin(t.bbox[0], t.bbox[2], objects.width)
             for c in t.cells]  # fmt: skip
    tabs, glyphs = side_tabs(glyphs, objects.width, boxed, objects.height)
    words, rest = find_vertical_words(glyphs, cells)
    root = build_regions(rest, words, tables)
    # (a box drawn empty, and a small picture, a 그림 글머리표: each the bullet of the line
    # it stands in front of)
    bullets = [(b, DRAWN_BULLET) for b in take_drawn_bullets(root)] + objects.bullets
    grids: list[PageGrid] = []
    pictured = {b for b, _ in objects.bullets}
    pictures = [box for i in objects.images
                if (box := (i["x0"], i["top"], i["x1"], i["bottom"])) not in pictured]  # fmt: skip
    over = picture_blocks(pictures, tables, objects.width)
    # (a photo's caption is a line of its own: not a banner's, as wide as the page)
    photos = [b for b in pictures if b[2] - b[0] <= PICTURE_BLOCK_WIDTH * objects.width]
    region_lines = tagged_region_lines(
        root, grids, None, over, wraps, photos, objects.width / 2
    )
    tagged = mark_drawn_bullets(region_lines, bullets)
    turns = column_turns([t.line for t in tagged])
    lines = [
        PageLine(
            t.line.text,
            classify(t.line, objects.height),
            (t.line.x0, t.line.top, t.line.x1, t.line.bottom),
            t.cells,
            t.line.trail,
            turns.get(k),
        )
        for k, t in enumerate(tagged)
    ]
    lines += [
        PageLine(m.text, LineKind.FURNITURE, (m.x0, m.top, m.x1, m.bottom)) for m in (*marks, *tabs)
    ]
    if blank_page([ln.text for ln in lines if ln.kind is LineKind.CONTENT]):
        lines = [replace(ln, kind=LineKind.FURNITURE) for ln in lines]
    for g in grids:
        g.fills = cell_shades(g.boxes, objects.fills)
    return lines, grids


#: a fill covering this share of a cell shades it
SHADE_COVER = 0.8
#: ... and so does a bar drawn across it: a fill set within the cell's height, at least
#: BAR_HEIGHT of it, that runs across BAR_WIDTH of its width (a Gantt chart's bar drawn
#: as a shape over the month columns of its task's row: a one-month bar set in from the
#: rules covers 74-79% of its month, an arrow's head most of its last)
BAR_HEIGHT = 0.2
BAR_WIDTH = 0.6


#: height (pt) of the bands fills are looked up by (a page of thousands of fills: a chart
#: of small squares beside a table of hundreds of cells)
_FILL_BAND = 24.0


def cell_shades(boxes: Sequence[BBox], fills: Sequence[tuple[BBox, str]]) -> list[str]:
    """Each cell's background: the colour of the smallest fill that covers
    :data:`SHADE_COVER` of it ("" for none or white), else of a bar drawn across it.  The
    smallest, as a bar drawn in a month's cell is painted over the table's own background,
    or a white cell over it."""
    if not fills:
        return [""] * len(boxes)
    bands: dict[int, list[int]] = {}
    for k, ((_, top, _, bottom), _) in enumerate(fills):
        for band in range(int(top // _FILL_BAND), int(bottom // _FILL_BAND) + 1):
            bands.setdefault(band, []).append(k)
    out = []
    for x0, top, x1, bottom in boxes:
        area = (x1 - x0) * (bottom - top)
        best: tuple[float, str] | None = None
        bar = ""
        near = {k for band in range(int(top // _FILL_BAND), int(bottom // _FILL_BAND) + 1)
                for k in bands.get(band, ())}  # fmt: skip
        for k in sorted(near):
            (a, b, c, d), colour = fills[k]
            w, h = min(x1, c) - max(x0, a), min(bottom, d) - max(top, b)
            if w <= 0 or h <= 0:
                continue
            if w * h >= SHADE_COVER * area:
                size = (c - a) * (d - b)
                if best is None or size < best[0]:
                    best = (size, colour)
            elif (
                top <= b and d <= bottom and h >= BAR_HEIGHT * (bottom - top)
                and w >= BAR_WIDTH * (x1 - x0)
            ):  # fmt: skip
                bar = bar or colour
        out.append(best[1] if best else bar)
    return out


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
                     page_no, tuple(sorted(kids, key=lambda k: (k.bbox or (0, 0))[1])),
                     fill=g.fills[i] if i < len(g.fills) else "")
            )  # fmt: skip
        cells.sort(key=lambda c: (c.row, c.col))
        grid = Grid(cells, g.n_rows, g.n_cols, "ruled", page_no, page_no, g.bbox,
                    header_rows=g.header_rows, side=g.side)  # fmt: skip
        built[gid] = grid
        if g.parent is not None:
            nested.setdefault(g.parent, []).append(grid)
    tops = [built[gid] for gid in range(len(grids)) if grids[gid].parent is None]
    # (a sheet of two pages: the left page's tables before the right's, as its lines)
    return sorted(tops, key=lambda g: (g.side or 0, *(g.bbox or (0.0, 0.0))[1::-1]))
