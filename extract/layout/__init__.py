"""Document -> layout: its tables (with headers and units) and its outline tree.

:func:`layout` runs the stages in order: the reader's grids (or, for a text
export, the tables inferred from rows that line up) become tables with
captions and header paths (:mod:`extract.layout.tables`); the other content
lines become the outline (:mod:`extract.layout.outline`), each table
attached to the node it stands under.  Every content line ends up in a table
or in the outline, or is residue.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from extract.document import BBox, Document, Grid, Line
from extract.layout.markers import read_marker
from extract.layout.outline import NO_TITLES, Node, Outline, TitleRules, build_outline
from extract.layout.stacked import unstack_rows
from extract.layout.tables import Table, build_tables, is_box
from extract.layout.textflow import infer_flows
from extract.layout.textgrid import infer_grids

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
        return {no for t in self.tables for no in t.lines}

    @property
    def outline_lines(self) -> set[int]:
        return set(self.outline.line_node)


#: a wrapped line starts at most this many line heights left of its item's first line
#: (some reports wrap under the marker, some at the paragraph's margin)
INDENT_SLACK = 1.5
#: ... and at most this many line heights below the line before it
WRAP_GAP = 1.2
#: ... and across a page break is set in the same size (its height within this share of
#: the line before's: a wrapped line's glyphs measure within 0.06 of it, the titles that
#: head a page 0.13 and more), and starts no further right of that line than this many
#: line heights (a caption centred over the next page's table is no wrap), or hangs under
#: the item's own text (at most this many heights right of it)
SAME_HEIGHT = 0.1
PAGE_WRAP_INDENT = 6.0
PAGE_WRAP_HANG = 3.0


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
    under the item's text (:data:`PAGE_WRAP_INDENT`).
    A text export has no geometry: there every other such line continues.
    """
    boxes = doc.boxes
    tables = sorted(skip)
    first: dict[int | None, int] = {}
    last: dict[int | None, int] = {}
    for ln in doc.lines:
        if ln.is_content and ln.no not in skip:
            first.setdefault(ln.page, ln.no)
            last[ln.page] = ln.no

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
        if i < len(tables) and tables[i] < ln.no:
            return False
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
        height = max(a[3] - a[1], 1.0)
        if b[0] < left - INDENT_SLACK * height:
            return False
        if ln.page != prev.page:
            if last.get(prev.page) != prev.no or first.get(ln.page) != ln.no:
                return False
            if abs((b[3] - b[1]) - height) > SAME_HEIGHT * height:
                return False  # a title set at the head of the page ("지방 공기업 현황")
            own = boxes.get(node.lines[0].no)
            under_text = (
                own is not None
                and own[0] - 0.5 * height <= b[0] <= own[0] + PAGE_WRAP_HANG * height
            )  # (a deep item's wrap hangs under its own text)
            return under_text or b[0] <= left + PAGE_WRAP_INDENT * height
        return -0.5 * height <= b[1] - a[3] <= WRAP_GAP * height

    return continues


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


#: what an export leaves where a symbol's code was lost: a bullet of no known kind
LOST_GLYPH = "\uf000"
#: how close (pt) two bullets' left edges and heights are when they are the same mark
SAME_PLACE = 1.0
SAME_SIZE = 0.5
#: the kind of a run of lost glyphs that each open a list numbered from 1: they are the
#: numbers of a list of their own, lost in the export (a strategy's boxed "1" .. "5")
LOST_NUMBERS = "num.lost"


def lost_glyph_kinds(doc: Document) -> dict[int, tuple[str, int | None]]:
    """The marker kind (and number) of each line that starts with a lost glyph.

    It is that of the last bullet before it on its page that starts at the same place,
    in the same size ("□ 향후계획" at a page's foot, its □ lost in the export, is a □ like
    the ones above it).  Lost glyphs set where no bullet of the document is, at one place
    in one size, that each open a list of the same numbers (➊ ➋ ➌) on two pages or more
    of one chapter, number a list of their own (a strategy's boxed number over its ➊
    list), and so do the other lost glyphs there in that chapter.
    """
    out: dict[int, tuple[str, int | None]] = {}
    seen: list[tuple[int | None, float, float, str]] = []  # page, left, height, kind
    # lost glyphs read so far: page, left, height, kind (None: none known)
    lost: list[tuple[int | None, float, float, str | None]] = []
    # lost lines of no kind on their page: line, left, height, chapter
    pending: list[tuple[int, float, float, int]] = []
    opening = _opening_lists(doc)
    chapter = 0
    for ln in doc.lines:
        box = doc.boxes.get(ln.no)
        read = read_marker(ln.text) if ln.is_content and box is not None else None
        if read is not None and read[0].is_top:
            chapter += 1
        if box is None or read is None or not read[0].kind.startswith("bullet:"):
            continue
        height = box[3] - box[1]
        if not ln.raw.lstrip().startswith(LOST_GLYPH):
            seen.append((ln.page, box[0], height, read[0].kind))
            continue
        # a lost glyph where one was lost before on the page, in the same size, is that
        # one's mark, whatever was set there since ("□ 이용환경" / "○ ..." / "□ 역할 강화":
        # the ○ line's box starts at a space drawn at the margin, where the □ starts)
        twins = [k for p, x, h, k in lost if p == ln.page and _same_mark(x, h, box[0], height)]
        kind = twins[-1] if twins else _kind_on_page(seen, ln.page, box[0], height)
        lost.append((ln.page, box[0], height, kind))
        if kind is not None:
            out[ln.no] = (kind, None)
        else:
            pending.append((ln.no, box[0], height, chapter))
    marks = [(x, h) for _, x, h, _ in seen]
    runs: dict[tuple[float, float, int, str], list[int]] = {}  # mark, chapter, numbers
    for no, left, height, ch in pending:
        if no in opening and not any(_same_mark(x, h, left, height) for x, h in marks):
            same = [k for k in runs if k[2:] == (ch, opening[no])]
            key = next(
                (k for k in same if _same_mark(k[0], k[1], left, height)),
                (left, height, ch, opening[no]),
            )
            runs.setdefault(key, []).append(no)
    for (left, height, ch, _), lines in runs.items():
        if len({doc.line(no).page for no in lines}) < 2:
            continue
        members = [no for no, x, h, c in pending if c == ch and _same_mark(x, h, left, height)]
        out.update((no, (LOST_NUMBERS, i)) for i, no in enumerate(members, start=1))
    return out


def _kind_on_page(
    seen: Sequence[tuple[int | None, float, float, str]],
    page: int | None,
    left: float,
    height: float,
) -> str | None:
    """The kind of the last bullet ``seen`` on ``page`` at that place, in that size."""
    for p, x, h, kind in reversed(seen):
        if p != page:
            return None
        if _same_mark(x, h, left, height):
            return kind
    return None


def _same_mark(left: float, height: float, other_left: float, other_height: float) -> bool:
    return abs(left - other_left) <= SAME_PLACE and abs(height - other_height) <= SAME_SIZE


def _opening_lists(doc: Document) -> dict[int, str]:
    """Lines outside tables (boxes aside) whose next marked line, on the same page, is
    numbered 1 ("➊", "1.", "①"), with the kind of that number."""
    in_tables = {no for g in doc.tables if not is_box(g) for c in g.cells for no in c.lines}
    out: dict[int, str] = {}
    before: list[int] = []  # lines since the last marked one
    for ln in doc.lines:
        if not ln.is_content or ln.no in in_tables:
            continue
        read = read_marker(ln.text)
        if read is None:
            continue
        m = read[0]
        if m.number is not None and m.ordinal == 1 and not m.is_top:
            out.update((no, m.kind) for no in before if doc.line(no).page == ln.page)
        before = [ln.no]
    return out


def text_grids(lines: Sequence[Line]) -> list[Grid]:
    """The tables of a text export, in document order: rows that line up, and diagrams
    of stages."""
    grids = infer_grids(lines) + infer_flows(lines)
    return sorted(grids, key=lambda g: min(g.lines, default=0))


def layout(
    doc: Document,
    titles: TitleRules = NO_TITLES,
) -> Layout:
    """The tables and the outline of ``doc``.

    ``titles`` carries what the roles' vocabulary says about titles (it lives
    with the sections, after this stage).
    """
    grids = doc.tables if doc.tables else text_grids(doc.lines) if doc.format == "text" else []
    grids = [unstack_rows(g, doc.boxes) for g in grids]
    tables = build_tables(grids, doc.lines)
    skip = {no for t in tables for no in t.lines}
    anchors = [(t.id, t.lines[0]) for t in tables if t.lines]
    outline = build_outline(
        doc.lines,
        skip,
        anchors,
        titles,
        continuation(doc, skip),
        box_lines(doc.tables),
        display_lines(doc, skip),
        lost_glyph_kinds(doc),
        {no: box[0] for no, box in doc.boxes.items()},
        box_lefts(doc.tables),
        box_bounds(doc.tables),
        doc.boxes,
    )
    for node in outline.nodes:
        for table_id in node.tables:
            tables[table_id - 1].node = node.seq
    return Layout(tables, outline, dict(doc.boxes))
