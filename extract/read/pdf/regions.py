"""The page's text put into its ruled tables, the stage after :mod:`extract.read.pdf.rules`:
every glyph in the smallest cell that holds it (:class:`Region`), each table's grid of
rows and columns (:class:`PageGrid`), a cell's lines joined where wrapped inside a word,
and a page or a cell read in order, its tables' rows linearized, each line tagged with
the cells its text came from (:class:`TaggedLine`).
"""
from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from extract.read.linearize import baseline_of, group_bands, rows_to_lines, stack_bands
from extract.read.pdf.base import (
    BBox,
    Glyph,
    TextLine,
    WrapSpace,
)
from extract.read.pdf.figures import picture_captions
from extract.read.pdf.lines import chars_to_lines
from extract.read.pdf.rules import AXIS_TOLERANCE, RuledTable, axis
from extract.read.pdf.sidecaptions import side_captions
from extract.read.pdf.wraps import broken_wraps, side_gap


def _inside(point: tuple[float, float], box: BBox) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


def _contains(outer: BBox, inner: BBox, slack: float = 1.0) -> bool:
    return (
        outer[0] - slack <= inner[0]
        and outer[1] - slack <= inner[1]
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def _area(box: BBox) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


@dataclass(slots=True)
class Region:
    """A page or a table cell: its own glyphs and vertical words, and tables inside it."""

    bbox: BBox | None
    glyphs: list[Glyph] = field(default_factory=list)
    words: list[TextLine] = field(default_factory=list)
    tables: list[tuple[RuledTable, list[Region]]] = field(default_factory=list)


#: height (pt) of the bands :func:`build_regions` indexes cells by
_BAND = 24.0


def build_regions(
    glyphs: Sequence[Glyph], words: Sequence[TextLine], tables: Sequence[RuledTable]
) -> Region:
    """Put every glyph and vertical word in the smallest cell that holds it.

    A table lies in the smallest cell of another table that contains it (boxes drawn
    around content), otherwise on the page.
    """
    page = Region(None)
    all_cells: list[tuple[BBox, Region]] = []
    for t in sorted(tables, key=lambda t: _area(t.bbox), reverse=True):  # outer tables first
        cell_regions = [Region(c) for c in t.cells]
        parent = page
        best = math.inf
        for box, region in all_cells:
            if _contains(box, t.bbox) and _area(box) < best:
                parent, best = region, _area(box)
        parent.tables.append((t, cell_regions))
        all_cells.extend(zip(t.cells, cell_regions, strict=True))
    all_cells.sort(key=lambda item: _area(item[0]))  # smallest first: first hit is innermost
    # cells by horizontal band, so a glyph is tested only against the cells of its band
    bands: dict[int, list[tuple[BBox, Region]]] = {}
    for box, region in all_cells:
        for band in range(int(box[1] // _BAND), int(box[3] // _BAND) + 1):
            bands.setdefault(band, []).append((box, region))

    def home(point: tuple[float, float]) -> Region:
        for box, region in bands.get(int(point[1] // _BAND), ()):
            if _inside(point, box):
                return region
        return page

    for g in glyphs:
        home((g.cx, g.cy)).glyphs.append(g)
    for w in words:
        home(((w.x0 + w.x1) / 2, w.top + 1.0)).words.append(w)
    return page


#: a cell of a page grid: (grid index on the page, cell index in the grid)
CellRef = tuple[int, int]


@dataclass(slots=True)
class PageGrid:
    """A ruled table of one page: cells on a grid, and the table it sits in (if nested)."""

    bbox: BBox
    n_rows: int
    n_cols: int
    #: (row, col, row_span, col_span) per cell, in the table's cell order
    cells: list[tuple[int, int, int, int]]
    #: the cell of another grid this one is drawn inside, if any
    parent: CellRef | None = None
    #: each cell's own lines of text, as drawn (before one-line cells are joined)
    paragraphs: list[list[str]] = field(default_factory=list)

    #: leading rows drawn as a header band of their own, if any
    header_rows: int | None = None
    #: each cell's box, in the table's cell order
    boxes: list[BBox] = field(default_factory=list)
    #: each cell's background colour (:func:`~extract.read.pdf.grids.cell_shades`)
    fills: list[str] = field(default_factory=list)
    #: on a sheet printed with two pages side by side, the page it is on (0 left, 1 right)
    side: int | None = None


@dataclass(slots=True)
class TaggedLine:
    """A rebuilt line and the table cells its text came from (empty outside tables)."""

    line: TextLine
    cells: frozenset[CellRef] = frozenset()


def _index(positions: Sequence[float], v: float) -> int:
    return min(range(len(positions)), key=lambda i: abs(positions[i] - v))


def _places(positions: Sequence[float], spans: Sequence[tuple[float, float]]) -> list[int]:
    """The grid line each position is: a gap between two positions that no cell spans
    (the gutter between two boxes of one table) is no row or column."""
    out = [0]
    for a, b in itertools.pairwise(positions):
        covered = any(lo <= a + AXIS_TOLERANCE and hi >= b - AXIS_TOLERANCE for lo, hi in spans)
        out.append(out[-1] + covered)
    return out


def grid_of(table: RuledTable) -> tuple[int, int, list[tuple[int, int, int, int]]]:
    """(rows, cols, cells as (row, col, row_span, col_span)) of a ruled table."""
    xs = axis([c[0] for c in table.cells] + [c[2] for c in table.cells])
    ys = axis([c[1] for c in table.cells] + [c[3] for c in table.cells])
    col_at = _places(xs, [(c[0], c[2]) for c in table.cells])
    row_at = _places(ys, [(c[1], c[3]) for c in table.cells])
    cells = []
    for x0, top, x1, bottom in table.cells:
        c0, c1 = col_at[_index(xs, x0)], col_at[_index(xs, x1)]
        r0, r1 = row_at[_index(ys, top)], row_at[_index(ys, bottom)]
        cells.append((r0, c0, max(1, r1 - r0), max(1, c1 - c0)))
    return max(1, row_at[-1]), max(1, col_at[-1]), cells


def _rows(table: RuledTable, tolerance: float = 2.0) -> list[list[int]]:
    """Cell indexes grouped as :meth:`RuledTable.rows` groups the cells."""
    order = sorted(range(len(table.cells)), key=lambda i: (table.cells[i][1], table.cells[i][0]))
    rows: list[list[int]] = []
    for i in order:
        if rows and abs(table.cells[rows[-1][0]][1] - table.cells[i][1]) <= tolerance:
            rows[-1].append(i)
        else:
            rows.append([i])
    return [sorted(r, key=lambda i: table.cells[i][0]) for r in rows]


def _join(run: list[TaggedLine]) -> list[TaggedLine]:
    if not run:
        return []
    lines = [t.line for t in run]
    joined = TextLine(
        " ".join(ln.text for ln in lines),
        lines[0].x0,
        min(ln.top for ln in lines),
        lines[-1].x1,
        max(ln.bottom for ln in lines),
    )
    return [TaggedLine(joined, frozenset().union(*(t.cells for t in run)))]


def _tagged_cells_to_lines(
    table: RuledTable,
    grid_id: int,
    cell_lines: Sequence[Sequence[TaggedLine]],
    spans: Sequence[tuple[int, int, int, int]] | None = None,
) -> list[TaggedLine]:
    """:func:`extract.read.pdf.cells_to_lines`, keeping which cells each line came from."""

    def cell(i: int) -> list[TaggedLine]:
        own = frozenset({(grid_id, i)})
        return [TaggedLine(t.line, t.cells | own) for t in cell_lines[i] if t.line.text.strip()]

    if spans is None:
        _, _, spans = grid_of(table)
    # (the rows a cell over several rows holds together: none of them is cut)
    held = {r for r0, _, n, _ in spans if n > 1 for r in range(r0, r0 + n)}
    rows = (
        [(lines, True) for lines in part]
        for row in _rows(table)
        for part in (
            [[cell(i) for i in row]]
            if len({spans[i][0] for i in row}) > 1 or spans[row[0]][0] in held
            else _unstacked([cell(i) for i in row])
        )
    )
    return rows_to_lines(rows, _join)


def _box(t: TaggedLine) -> BBox:
    return t.line.x0, t.line.top, t.line.x1, t.line.bottom


def _unstacked(lines: Sequence[list[TaggedLine]]) -> list[list[list[TaggedLine]]]:
    """A ruled row's cells' lines (``lines``, one list per cell) as the rows it stacks
    where it stacks several (:func:`extract.read.linearize.stack_bands`,
    :func:`~extract.read.linearize.group_bands`: a table drawn without rules between its
    body rows), so that each reads as one line, row by row; else the row as it is."""
    drawn = [[(_box(t), t.line.text) for t in c] for c in lines]
    bands = stack_bands(drawn) or group_bands(drawn)
    if not bands:
        return [list(lines)]
    parts: list[list[list[TaggedLine]]] = [[[] for _ in lines] for _ in bands]
    for k, c in enumerate(lines):
        for t in c:
            parts[baseline_of(_box(t), bands)][k].append(t)
    return parts


def _blocks(
    lines: Sequence[TaggedLine],
    tables: Sequence[Sequence[TaggedLine]],
    boxes: Sequence[BBox],
    pictures: Sequence[BBox] = (),
    lists: Sequence[bool] = (),
) -> list[TaggedLine]:
    """:func:`extract.read.pdf.lines_to_blocks` on tagged lines (the same order); the lines
    set over a picture are one block at the picture's top (see :func:`picture_blocks`),
    and so are those set just left of a box that is a list (``lists``: one column of
    rows), within its rows, at the box's top (:func:`_titles_beside`)."""
    lists = list(lists) or [False] * len(boxes)
    drawn = [box for t, box, listed in zip(tables, boxes, lists, strict=True) if t and listed]
    titled = _titles_beside([t for t in lines if _picture_of(t.line, pictures) is None], drawn)
    taken = {id(t) for _, group in titled for t in group}
    held: dict[int, list[TaggedLine]] = {}
    blocks: list[Block] = []
    free: list[TaggedLine] = []
    for t in lines:
        if id(t) in taken:
            continue
        at = _picture_of(t.line, pictures)
        if at is not None:
            held.setdefault(at, []).append(t)
        else:
            free.append(t)
    blocks += _line_blocks(free)
    for i, items in held.items():
        blocks.append((pictures[i][1], pictures[i][0], _in_order(_line_blocks(items))))
    for box, group in titled:
        blocks.append((box[1], min(t.line.x0 for t in group), group))
    blocks += [(box[1], box[0], list(t)) for t, box in zip(tables, boxes, strict=True) if t]
    return _in_order(blocks)


#: lines read together, at a place on the page: (top, left, lines)
Block = tuple[float, float, list[TaggedLine]]


def _line_blocks(lines: Sequence[TaggedLine]) -> list[Block]:
    """Each line a block of its own, but the lines of a run of side-by-side columns
    (:mod:`extract.read.pdf.columns`) one block, in the order the run reads its items."""
    runs: dict[int, list[TaggedLine]] = {}
    out: list[Block] = []
    for t in lines:
        if t.line.column is None:
            out.append((t.line.top, t.line.x0, [t]))
        else:
            runs.setdefault(t.line.column[0], []).append(t)
    for run in runs.values():
        ordered = sorted(run, key=lambda t: (t.line.column or (0, 0), t.line.top))
        out.append((min(t.line.top for t in run), min(t.line.x0 for t in run), ordered))
    return out


def _in_order(blocks: list[Block]) -> list[TaggedLine]:
    """The blocks' lines top-down, blocks within 2 pt of one top left to right."""
    blocks.sort(key=lambda b: (b[0], b[1]))
    ordered: list[TaggedLine] = []
    i = 0
    while i < len(blocks):
        j = i + 1
        while j < len(blocks) and blocks[j][0] - blocks[i][0] <= 2.0:
            j += 1
        for _, _, items in sorted(blocks[i:j], key=lambda b: b[1]):
            ordered.extend(items)
        i = j
    return ordered


#: a picture holding text is a block when it is at most this share of the page's width
#: (a banner or a page's background is none)
PICTURE_BLOCK_WIDTH = 0.5


def _picture_of(line: TextLine, pictures: Sequence[BBox]) -> int | None:
    """The picture the line is set over, if any."""
    cx, cy = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
    for i, (x0, top, x1, bottom) in enumerate(pictures):
        if x0 <= line.x0 and line.x1 <= x1 + 1.0 and top <= cy <= bottom and x0 <= cx <= x1:
            return i
    return None


#: a title set left of a box that is a list, within its rows, at most this far (pt) from
#: it, is the list's
BESIDE_GAP = 80.0
#: ... when the first of those lines starts with a list's mark: a boxed number whose
#: glyph the export lost (a private-use code), a bullet, a circled number
_TITLE_MARK = regex.compile(
    r"^\s*(?:[\ue000-\uf8ff\U000f0000-\U000ffffd•◈❖◆◇■□▪●○◦❍]|[①-⑳➀-➓❶-❿➊-➓])"
)


def _titles_beside(
    lines: Sequence[TaggedLine], boxes: Sequence[BBox]
) -> list[tuple[BBox, list[TaggedLine]]]:
    """The title set just left of each box that is a list, within its rows: a goal's name
    in a column of its own beside the box of its tasks, read with the box, before it,
    not after the box's first rows.  The title's lines form one column (left edges
    together), the first starts with a list's mark and has a letter, the column ends
    within the box's rows (a paragraph that runs on past them is no title), and its
    right edge is at most :data:`BESIDE_GAP` from the box (the nearest box, where two
    are in reach)."""
    out: list[tuple[BBox, list[TaggedLine]]] = []
    taken: set[int] = set()
    for box in boxes:
        x0, top, _, bottom = box
        left = [t for t in lines if t.line.x1 <= x0 + 1.0 and id(t) not in taken]
        inside = _top_down(
            [t for t in left if top - 1.0 <= t.line.top and t.line.bottom <= bottom + 1.0]
        )
        if not inside:
            continue
        first = inside[0].line
        size = max(first.bottom - first.top, 1.0)
        column = [t for t in inside if abs(t.line.x0 - first.x0) <= 2.0 * size]
        edge = max(t.line.x1 for t in column)
        nearer = any(
            b is not box and edge <= b[0] + 1.0 and b[0] - edge < x0 - edge
            and b[1] - 1.0 <= first.top and first.bottom <= b[3] + 1.0
            for b in boxes
        )  # fmt: skip
        runs_on = any(
            t not in column and abs(t.line.x0 - first.x0) <= 2.0 * size
            and (0.0 <= t.line.top - bottom <= 1.5 * size
                 or 0.0 <= top - t.line.bottom <= 1.5 * size)
            for t in left
        )  # fmt: skip
        if (
            _TITLE_MARK.match(first.text) and any(ch.isalnum() for ch in first.text)
            and x0 - edge <= BESIDE_GAP and not nearer and not runs_on
        ):  # fmt: skip
            out.append((box, column))
            taken.update(id(t) for t in column)
    return out


def _top_down(items: Sequence[TaggedLine]) -> list[TaggedLine]:
    return sorted(items, key=lambda t: (t.line.top, t.line.x0))


def picture_blocks(
    pictures: Sequence[BBox], tables: Sequence[RuledTable], width: float
) -> list[BBox]:
    """The pictures whose text is read as one block at the picture's top: a goal's title
    set over an illustration, centred on the rows of the box of tasks beside it, is read
    before that box (the box is a block at its top), not after its first task.  A picture
    as wide as half the page, or one a ruled table overlaps, is the page's background."""
    out = []
    for box in pictures:
        x0, top, x1, bottom = box
        if x1 - x0 > PICTURE_BLOCK_WIDTH * width:
            continue
        if any(t.bbox[0] < x1 and x0 < t.bbox[2] and t.bbox[1] < bottom and top < t.bbox[3]
               for t in tables):  # fmt: skip
            continue
        out.append(box)
    return out


def tagged_region_lines(
    region: Region,
    grids: list[PageGrid],
    parent: CellRef | None = None,
    pictures: Sequence[BBox] = (),
    wraps: WrapSpace | None = None,
    photos: Sequence[BBox] = (),
    middle: float | None = None,
) -> list[TaggedLine]:
    """A region's text in reading order (as ``region_lines``), each line with its cells;
    every table met is appended to ``grids``; ``pictures``: :func:`picture_blocks`;
    ``wraps``: how the engine draws the space where it wraps between two words
    (:data:`~extract.read.pdf.base.WRAP_SPACE_PRODUCERS`), so that a cell's line wrapped
    inside a word goes on with the next as one line (:func:`broken_wraps`); ``photos``:
    all the page's pictures, whose captions are lines of their own
    (:func:`~extract.read.pdf.figures.picture_captions`); ``middle``: the page's middle
    (x), for the page's own region (:func:`~extract.read.pdf.lines.chars_to_lines`)."""
    glyphs, captions = side_captions(region.glyphs, [t.bbox for t, _ in region.tables])
    glyphs, under = picture_captions(glyphs, photos)
    lines = [TaggedLine(ln) for ln in chars_to_lines(glyphs, middle) + chars_to_lines(under)]
    lines += [TaggedLine(ln) for ln in region.words]
    linearized: list[list[TaggedLine]] = []
    boxes: list[BBox] = []
    lists: list[bool] = []  # which tables are one column of rows (a list in boxes)
    for k, (table, cells) in enumerate(region.tables):
        grid_id = len(grids)
        n_rows, n_cols, spans = grid_of(table)
        grids.append(PageGrid(table.bbox, n_rows, n_cols, spans, parent, boxes=list(table.cells)))
        if table.head_bottom is not None:
            grids[grid_id].header_rows = max(
                r + rs for (r, _, rs, _), box in zip(spans, table.cells, strict=True)
                if box[3] <= table.head_bottom + AXIS_TOLERANCE
            )  # fmt: skip
        cell_lines = [
            tagged_region_lines(r, grids, (grid_id, i), wraps=wraps, photos=photos)
            for i, r in enumerate(cells)
        ]
        if wraps is not None:
            padding = cell_padding(cell_lines, table.cells)
            cell_lines = [
                _join_broken(lines, box, wraps, padding)
                for lines, box in zip(cell_lines, table.cells, strict=True)
            ]
        grids[grid_id].paragraphs = [
            [t.line.text for t in lines if t.line.text.strip()] for lines in cell_lines
        ]
        caption = [TaggedLine(ln) for ln in chars_to_lines(captions.get(k, []))]
        linearized.append(caption + _tagged_cells_to_lines(table, grid_id, cell_lines, spans))
        boxes.append(table.bbox)
        lists.append(n_cols == 1 and n_rows >= 2 and table.head_bottom is None)
    return _blocks(lines, linearized, boxes, pictures, lists)


#: cells whose nearest line stands as near a side as the table's nearest does, at least
#: (this share of its cells and MIN_PADDED of them): a padding the cells set left or
#: right show, not the room beside centred words or the gutter a table without column
#: rules got its columns in
PADDED_CELLS = 0.25
MIN_PADDED = 3
#: ... within this (pt)
PADDING_TOLERANCE = 0.5
def cell_padding(cell_lines: Sequence[Sequence[TaggedLine]], boxes: Sequence[BBox]) -> float:
    """A table's cell padding: how near a side of its cell a line stands (set left, or a
    figure set right) in most of its cells; 0 where its cells do not agree.  A line as
    far from both sides is centred and says nothing (equal columns of names as long, as
    an org chart's, agree on the room beside them)."""
    gaps = [
        min(set_aside)
        for lines, box in zip(cell_lines, boxes, strict=True)
        if (set_aside := [g for t in lines if (g := side_gap(t.line, box)) is not None])
    ]
    if not gaps:
        return 0.0
    least = min(gaps)
    near = sum(g <= least + PADDING_TOLERANCE for g in gaps)
    return max(least, 0.0) if near >= max(MIN_PADDED, PADDED_CELLS * len(gaps)) else 0.0


def _join_broken(
    lines: Sequence[TaggedLine], box: BBox, wraps: WrapSpace, padding: float = 0.0
) -> list[TaggedLine]:
    """A cell's lines with each line wrapped inside a word joined to the next."""
    kept = [t for t in lines if t.line.text.strip()]
    broken = broken_wraps([t.line for t in kept], box, wraps, padding)
    if not any(broken):
        return list(lines)
    out = kept[:1]
    for t, joined in zip(kept[1:], broken, strict=True):
        if joined:
            a, b = out[-1].line, t.line
            line = TextLine(a.text + b.text, min(a.x0, b.x0), a.top, max(a.x1, b.x1), b.bottom,
                            b.trail)  # fmt: skip
            out[-1] = TaggedLine(line, out[-1].cells | t.cells)
        else:
            out.append(t)
    return out


def region_lines(region: Region) -> list[TextLine]:
    """A region's text in reading order: its lines and its tables' linearized rows."""
    return [t.line for t in tagged_region_lines(region, [])]


def cells_to_lines(table: RuledTable, cell_lines: Sequence[Sequence[TextLine]]) -> list[TextLine]:
    """Linearize a table row by row (the rule the parsers rely on).

    Cells left to right; consecutive one-line cells are joined into one line with single
    spaces; a cell of several lines is emitted as its own lines; a cell spanning rows is
    emitted with the first row it spans; empty cells are skipped.
    """
    tagged = [[TaggedLine(ln) for ln in lines] for lines in cell_lines]
    return [t.line for t in _tagged_cells_to_lines(table, 0, tagged)]


def lines_to_blocks(
    lines: Sequence[TextLine],
    tables: Sequence[Sequence[TextLine]],
    boxes: Sequence[BBox],
    pictures: Sequence[BBox] = (),
    lists: Sequence[bool] = (),
) -> list[TextLine]:
    """Free lines and whole tables in reading order: by top, then left to right.

    A table is one block at its top edge, and so are the lines set over one of
    ``pictures`` (:func:`picture_blocks`) and a marked title set left of a table that
    is a list (``lists``); items whose tops are within a couple of points (boxes side by
    side, a label and its unit) are ordered by x.
    """
    tagged = [[TaggedLine(ln) for ln in t] for t in tables]
    free = [TaggedLine(ln) for ln in lines]
    return [t.line for t in _blocks(free, tagged, boxes, pictures, lists)]
