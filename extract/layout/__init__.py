"""Document -> layout: its tables (with headers and units) and its outline tree.

:func:`layout` runs the stages in order: the reader's grids (or, for a text
export and a PDF that draws no table, the tables inferred from rows that line up)
become tables with captions and header paths (:mod:`extract.layout.tables`); the
other content lines become the outline (:mod:`extract.layout.outline`), each table
attached to the node it stands under.  Every content line ends up in a table
or in the outline, or is residue.
"""

from __future__ import annotations

import bisect
import statistics
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from extract.document import BBox, Document, Grid, Line, LineKind
from extract.layout.boxes import is_box
from extract.layout.boxrows import set_apart_cells
from extract.layout.breaks import same_text_box
from extract.layout.bureaus import bureau_chapters
from extract.layout.cellgrid import infer_cell_grids
from extract.layout.colsplit import page_gaps
from extract.layout.lostglyphs import lost_glyph_kinds, lost_list_numbers, squared_numbers
from extract.layout.namedrows import infer_named_rows
from extract.layout.outline import NO_TITLES, Node, Outline, TitleRules, build_outline, numbered
from extract.layout.pictured import chapters_from_contents
from extract.layout.pictures import add_captions, captions_after_pictures
from extract.layout.stacked import unstack_rows
from extract.layout.tables import Table, build_tables
from extract.layout.textflow import infer_flows
from extract.layout.textgrid import infer_grids
from extract.layout.textlists import infer_list_grids
from extract.layout.yeartable import figures_row, heads_row

__all__ = ["Layout", "Node", "Outline", "Table", "TitleRules", "layout"]


@dataclass(slots=True)
class Layout:
    """A document's tables and outline, and where each line is drawn (PDF: line number
    -> (x0, top, x1, bottom) on its page; empty for text, HWP and HWPX)."""

    tables: list[Table]
    outline: Outline
    boxes: dict[int, BBox] = field(default_factory=dict)

    @property
    def table_lines(self) -> set[int]:
        """The lines of the tables, and those between the parts of a table that goes on
        over a page (its "(계속)" and its unit again: captions only, or it would not)."""
        out = {no for t in self.tables for no in t.lines}
        for t in self.tables:
            for a, b in pairwise(t.grids):
                if a.lines and b.lines:
                    out.update(range(max(a.lines) + 1, min(b.lines)))
            for g in t.grids:  # (a table cut by columns onto the next page, one grid)
                out.update(page_gaps(g))
        return out

    @property
    def outline_lines(self) -> set[int]:
        return set(self.outline.line_node)


#: a wrapped line starts at most this many line heights left of its item's first line
#: (some reports wrap under the marker, some at the paragraph's margin)
INDENT_SLACK = 1.5
#: ... and at most this many line heights below the line before it, or where the body's
#: lines are set wider apart than that (a text file printed double-spaced: a blank line
#: after each), this much more than their usual gap
WRAP_GAP = 1.2
WRAP_GAP_SLACK = 0.3
#: ... and across a page break is set in the same size (its height within this share of
#: the line before's: a wrapped line's glyphs measure within 0.06 of it, the titles that
#: head a page 0.13 and more), and starts no further right of that line than this many
#: line heights (a caption centred over the next page's table is no wrap), or hangs under
#: the item's own text (at most this many heights right of it)
SAME_HEIGHT = 0.1
PAGE_WRAP_INDENT = 6.0
PAGE_WRAP_HANG = 3.0


#: formats whose lines are lines as printed (a paragraph wraps over several), not the
#: file's paragraphs (HWPX, HWP)
WRAPPED_FORMATS = frozenset({"text", "pdf"})
#: the nodes that head a chapter: a title of their own, no list's margin
_HEADINGS = frozenset({"heading", "appendix"})


def continuation(doc: Document, skip: set[int]) -> Callable[[Node, Line], bool]:
    """Whether a line without a marker is a wrapped line of the node above it.

    Never across a table: text after a table does not wrap the text before it.
    On a PDF page a wrapped line sits right under the line before it (within
    :data:`WRAP_GAP` line heights) and not much further left than the first
    line of its item or of an item above it (:data:`INDENT_SLACK`: some reports
    wrap under the text, some at the paragraph's margin); across a page break,
    it is the first line of the next page after the last of the previous one, set
    under the item's text (:data:`PAGE_WRAP_INDENT`), and so is the head of a page's
    right text column after the foot of its left (``Document.column_turns``), measured
    from that column's margin.
    A text export has no geometry: there every other such line continues.
    """
    boxes = doc.boxes
    drawn_in = box_lines(doc.tables)
    tables = sorted(skip)
    wrap_gap = max(WRAP_GAP, usual_gap(doc, skip) + WRAP_GAP_SLACK)
    first: dict[int | None, int] = {}
    last: dict[int | None, int] = {}
    turns = doc.column_turns
    next_of: dict[int, int] = {}  # each content line's next content line outside the tables
    before: int | None = None
    for ln in doc.lines:
        if ln.is_content and ln.no not in skip:
            first.setdefault(ln.page, ln.no)
            last[ln.page] = ln.no
            if before is not None:
                next_of[before] = ln.no
            before = ln.no

    def margin(node: Node) -> float | None:
        """The leftmost first line of the node and the items above it."""
        xs = []
        n: Node | None = node
        while n is not None and n.kind not in ("root", "heading", "appendix", "front"):
            box = boxes.get(n.lines[0].no) if n.lines else None
            if box is not None:
                xs.append(box[0])
            n = n.parent
        return min(xs) if xs else None

    def continues(node: Node, ln: Line) -> bool:
        prev = node.lines[-1]
        i = bisect.bisect_right(tables, prev.no)
        if i < len(tables) and tables[i] < ln.no and not same_text_box(prev, ln):
            return False
        if figures_row(ln) and not _under_heads(node):
            return False  # (a row of figures no table took: not the item's words)
        a, b = boxes.get(prev.no), boxes.get(ln.no)
        left = margin(node)
        if a is not None and b is not None and left is None and node.kind in _HEADINGS:
            # a chapter's title wraps onto the next line in its own size, not onto the
            # boxes set under it (Ⅳ. 정책 목표 및 전략 / "목 표" / the goal in a box)
            height = max(a[3] - a[1], 1.0)
            return (
                ln.page == prev.page
                and abs((b[3] - b[1]) - height) <= SAME_HEIGHT * height
                and -0.5 * height <= b[1] - a[3] <= WRAP_GAP * height
            )
        if a is None or b is None or left is None:
            return True
        if ln.page == prev.page and drawn_in.get(ln.no) not in (None, drawn_in.get(prev.no)):
            return False  # (a wrapped line starts no box: it is drawn in its text's box)
        height = max(a[3] - a[1], 1.0)
        # (from the foot of a page's left text column to the head of its right one, as
        # over a page break, each column at its own margin)
        shift = turns.get(ln.no) if ln.page == prev.page and next_of.get(prev.no) == ln.no else None
        if shift is not None:
            b = (b[0] - shift, b[1], b[2] - shift, b[3])
        if b[0] < left - INDENT_SLACK * height:
            return False
        if ln.page != prev.page or shift is not None:
            if shift is None and (last.get(prev.page) != prev.no or first.get(ln.page) != ln.no):
                return False
            if abs((b[3] - b[1]) - height) > SAME_HEIGHT * height:
                return False  # a title set at the head of the page ("지방 공기업 현황")
            own = boxes.get(node.lines[0].no)
            under_text = (
                own is not None
                and own[0] - 0.5 * height <= b[0] <= own[0] + PAGE_WRAP_HANG * height
            )  # (a deep item's wrap hangs under its own text)
            return under_text or b[0] <= left + PAGE_WRAP_INDENT * height
        return -0.5 * height <= b[1] - a[3] <= wrap_gap * height

    return continues


def _under_heads(node: Node) -> bool:
    """Whether a node's last lines are a row of heads no table took and the rows of figures
    under it, if any: the next row of figures goes on with them (never apart from its
    heads)."""
    for ln in reversed(node.lines):
        if not figures_row(ln):
            return heads_row(ln)
    return False


def usual_gap(doc: Document, skip: set[int]) -> float:
    """The median gap between two successive content lines of a page outside the
    tables, in heights of the upper line (0 without geometry)."""
    gaps = []
    prev: Line | None = None
    for ln in doc.lines:
        if not ln.is_content or ln.no in skip:
            continue
        a = doc.boxes.get(prev.no) if prev is not None and prev.page == ln.page else None
        b = doc.boxes.get(ln.no)
        if a is not None and b is not None:
            gaps.append((b[1] - a[3]) / max(a[3] - a[1], 1.0))
        prev = ln
    return statistics.median(gaps) if gaps else 0.0


#: a line this many times the height of the body's usual line is set in display type
DISPLAY_SIZE = 2.0
#: ... and a display title is short
MAX_DISPLAY_CHARS = 40


def display_lines(doc: Document, skip: set[int]) -> frozenset[int]:
    """Lines set in display type: short lines far taller than the body's usual line."""
    heights = sorted(b[3] - b[1] for no, b in doc.boxes.items() if no not in skip and b[3] > b[1])
    if not heights:
        return frozenset()
    usual = heights[len(heights) // 2]
    return frozenset(
        no
        for no, b in doc.boxes.items()
        if no not in skip
        and b[3] - b[1] >= DISPLAY_SIZE * usual
        and b[2] - b[0] >= b[3] - b[1]  # not a word written downwards (a team's box)
        and len(doc.line(no).text.strip()) <= MAX_DISPLAY_CHARS
    )


def boxes_in(grids: Sequence[Grid]) -> Iterator[Grid]:
    """The boxes (grids of one row or column) among ``grids`` and the grids in their
    cells, outer ones first."""
    for g in grids:
        if is_box(g):
            yield g
        yield from boxes_in([t for c in g.cells for t in c.tables])


def box_lines(grids: Sequence[Grid]) -> dict[int, int]:
    """Line number -> the innermost box (a grid of one row or column) it is drawn in."""
    return {no: id(g) for g in boxes_in(grids) for no in g.lines}


def box_lefts(grids: Sequence[Grid]) -> dict[int, float]:
    """Box (as :func:`box_lines` names it) -> where it starts on its page (PDF)."""
    return {id(g): g.bbox[0] for g in boxes_in(grids) if g.bbox is not None}


def box_bounds(grids: Sequence[Grid]) -> dict[int, tuple[float, float, float, float]]:
    """Box (as :func:`box_lines` names it) -> its box on its page (PDF)."""
    return {id(g): g.bbox for g in boxes_in(grids) if g.bbox is not None}


#: a gap of this many line heights between two lines of a page stands for a blank line
#: (a text file printed as it stands: its blank lines are gaps)
BLANK_GAP = 0.8


def with_blank_gaps(doc: Document) -> list[Line]:
    """A PDF's lines with a blank line (numbered 0: no line of the file) in each gap
    between two lines of a page wide enough to hold one, and where a page ends that much
    above the foot of the fullest page (its last line was blank); a text's lines as they
    are."""
    if not doc.boxes:
        return list(doc.lines)
    feet = [doc.boxes[ln.no][3] for ln in doc.lines if ln.is_content and ln.no in doc.boxes]
    foot = max(feet, default=0.0)  # (page numbers under it aside)
    out: list[Line] = []
    above: tuple[int | None, BBox] | None = None
    for ln in doc.lines:
        box = doc.boxes.get(ln.no) if ln.is_content else None
        if box is not None and above is not None:
            a = above[1]
            below = box[1] if above[0] == ln.page else foot
            if below - a[3] >= BLANK_GAP * max(a[3] - a[1], 1.0):
                out.append(Line(0, "", "", ln.page, LineKind.BLANK))
        out.append(ln)
        if box is not None:
            above = (ln.page, box)
    return out


def text_grids(lines: Sequence[Line]) -> list[Grid]:
    """The tables of a text export, in document order: rows that line up, diagrams of
    stages, and tables written one cell per line."""
    grids = infer_grids(lines) + infer_flows(lines)
    taken = {no for g in grids for no in g.lines}
    # (a table written one cell per line: none of its lines in a table of rows)
    grids += [g for g in infer_cell_grids(lines) if not taken & set(g.lines)]
    taken = {no for g in grids for no in g.lines}
    # (a column of names beside one of lists: the duties of each division)
    grids += [g for g in infer_list_grids(lines) if not taken & set(g.lines)]
    taken = {no for g in grids for no in g.lines}
    # (... or of words with no bullets, a PDF printed with no borders)
    grids += [g for g in infer_named_rows(lines) if not taken & set(g.lines)]
    return sorted(grids, key=lambda g: min(g.lines, default=0))


def layout(
    doc: Document,
    titles: TitleRules = NO_TITLES,
) -> Layout:
    """The tables and the outline of ``doc``.

    ``titles`` carries what the roles' vocabulary says about titles (it lives
    with the sections, after this stage).
    """
    grids = list(doc.tables)
    if doc.format == "text" or (not grids and doc.format == "pdf"):
        # (a PDF that draws no table may be a text printed as it stands: read as the text;
        # a text's tables parted by tabs are the reader's, the rest found here)
        taken = {no for g in grids for no in g.lines}
        found = text_grids(with_blank_gaps(doc))
        grids = sorted([*grids, *(g for g in found if not taken & set(g.lines))],
                       key=lambda g: min(g.lines, default=0))  # fmt: skip
    grids = [unstack_rows(g, doc.boxes) for g in grids]
    wrapped = doc.format in WRAPPED_FORMATS and not doc.wraps_told
    # (a PDF's cell lines are its engine's wraps; a text export's lines may be the author's)
    tables = build_tables(grids, doc.lines, wrapped=wrapped, tails=doc.format == "pdf")
    skip = {no for t in tables for no in t.lines}
    anchors = [(t.id, t.lines[0]) for t in tables if t.lines]
    kinds = lost_glyph_kinds(doc)
    numbers = lost_list_numbers(doc, kinds)
    squared_kinds, squared = squared_numbers(doc, kinds, numbers)
    kinds, numbers = {**kinds, **squared_kinds}, {**numbers, **squared}
    captions = captions_after_pictures(doc.lines)  # (a Hangul file's, under its pictures)
    outline = build_outline(
        set_apart_cells(doc.tables, doc.lines),  # (a boxed title's division cell apart)
        skip | captions,
        anchors,
        titles,
        continuation(doc, skip),
        box_lines(doc.tables),
        display_lines(doc, skip),
        kinds,
        {no: box[0] for no, box in doc.boxes.items()},
        box_lefts(doc.tables),
        box_bounds(doc.tables),
        doc.boxes,
        wrapped=doc.format in WRAPPED_FORMATS,
        spaced=doc.format == "text",
    )
    outline = add_captions(outline, doc.lines, skip, doc.boxes, doc.pictures, captions)
    outline = chapters_from_contents(outline)  # (headings drawn as pictures)
    outline = bureau_chapters(outline, titles.unit, doc.lines, skip)  # (a committee's bureaus)
    for node in outline.nodes:
        for table_id in node.tables:
            tables[table_id - 1].node = node.seq
        if node.marker is not None and node.lines and node.lines[0].no in numbers:
            numbered(node, numbers[node.lines[0].no])
    return Layout(tables, outline, dict(doc.boxes))
