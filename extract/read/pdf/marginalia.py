"""What a page draws over or beside its text that is none of it: a watermark set slanted
across the page (``농업기술원 의회 제출용``, large and pale), and a side tab down its outer
margin naming the chapter (``Ⅰ 일반현황``, one letter under the other).  Both are page
furniture: taken out before the page's lines are built (a watermark's letters, as tall
as several lines, had woven themselves into the body's rows), and kept as lines of their
own.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from extract.read.pdf.base import MARGIN_FRACTION, BBox, Glyph, TextLine

#: a slanted line this many times the size of the page's other letters, or running
#: across this share of the page's width, is a watermark (a chart's slanted labels are
#: neither: they stay with the page's text)
WATERMARK_SIZE = 1.5
WATERMARK_SPAN = 0.3
#: letters of one slanted line stand within this many sizes of each other
_SLANT_NEAR = 1.5
#: a side tab stands within this share of the page's width from its left or right edge
TAB_MARGIN = 0.12
#: ... each of its letters alone on its row, no other letter within this many sizes
TAB_CLEAR = 2.0
#: ... two letters at least (a column of figures, a table's 연번, is none)
TAB_LETTERS = 2
#: ... the letters one under the next: lined up within this many sizes, gaps under two
#: (a gap over half a size parts two words: "Ⅰ" / "일반현황")
TAB_ALIGN = 0.5
TAB_GAP = 2.0
#: ... and clear of all the body's text beside it by this many sizes (a block's label
#: stacked at a narrow margin beside its lines is not)
TAB_BODY_GAP = 3.0


def _text(glyphs: Sequence[Glyph], down: bool = False) -> TextLine:
    """A line of ``glyphs`` in the order given (control characters read as spaces; set
    ``down`` the page, a space where a gap parts them)."""
    raw = "".join(
        (" " if down and i and g.top - glyphs[i - 1].bottom > TAB_ALIGN * g.size else "")
        + (g.text if g.text.isprintable() else " ")
        for i, g in enumerate(glyphs)
    )
    return TextLine(
        " ".join(raw.split()),
        min(g.x0 for g in glyphs),
        min(g.top for g in glyphs),
        max(g.x1 for g in glyphs),
        max(g.bottom for g in glyphs),
    )


def _slanted_runs(slanted: Sequence[Glyph]) -> list[list[Glyph]]:
    """The slanted glyphs in groups of letters near each other (one line each)."""
    order = sorted(slanted, key=lambda g: g.cx)
    parent = list(range(len(order)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, g in enumerate(order):
        for j in range(i + 1, len(order)):
            h = order[j]
            near = _SLANT_NEAR * max(g.size, h.size)
            if h.cx - g.cx > near:
                break
            if abs(h.cy - g.cy) <= near:
                parent[root(j)] = root(i)
    runs: dict[int, list[Glyph]] = {}
    for i, g in enumerate(order):
        runs.setdefault(root(i), []).append(g)
    return list(runs.values())


def watermarks(glyphs: Sequence[Glyph], width: float) -> tuple[list[TextLine], list[Glyph]]:
    """The page's watermarks as lines, and its other glyphs."""
    slanted = [g for g in glyphs if g.slanted and not g.is_space]
    if not slanted:
        return [], list(glyphs)
    sizes = [g.size for g in glyphs if not g.slanted and not g.is_space]
    body = median(sizes) if sizes else 0.0
    marks: list[TextLine] = []
    taken: set[int] = set()
    for run in _slanted_runs(slanted):
        span = max(g.x1 for g in run) - min(g.x0 for g in run)
        if max(g.size for g in run) >= WATERMARK_SIZE * body or span >= WATERMARK_SPAN * width:
            marks.append(_text(run))
            taken.update(id(g) for g in run)
    # (a watermark's spaces, slanted too, go with it)
    rest = [g for g in glyphs if id(g) not in taken and not (g.slanted and g.is_space and marks)]
    return marks, rest


def in_margin(x0: float, x1: float, width: float) -> bool:
    """Whether a box from ``x0`` to ``x1`` stands within :data:`TAB_MARGIN` of an edge."""
    return x0 >= width * (1 - TAB_MARGIN) or x1 <= width * TAB_MARGIN


def _beyond(col: Sequence[Glyph], rest: Sequence[Glyph], width: float) -> bool:
    """Whether a column of letters stands clear of all the page's other letters, on the
    side of the page it is on."""
    clear = TAB_BODY_GAP * max(g.size for g in col)
    if col[0].cx > width / 2:
        return all(g.x1 < min(c.x0 for c in col) - clear for g in rest)
    return all(g.x0 > max(c.x1 for c in col) + clear for g in rest)


def _in_cell(g: Glyph, cells: Sequence[BBox]) -> bool:
    return any(c[0] <= g.cx <= c[2] and c[1] <= g.cy <= c[3] for c in cells)


def side_tabs(
    glyphs: Sequence[Glyph], width: float, cells: Sequence[BBox] = (), height: float = 0.0
) -> tuple[list[TextLine], list[Glyph]]:
    """The page's side tabs as lines, and its other glyphs: two letters or more, one
    under the next, within :data:`TAB_MARGIN` of the page's left or right edge, each alone
    on its row (no letter within :data:`TAB_CLEAR` sizes beside it), in none of ``cells``
    (those of the page's tables, not of a tab's own box)."""
    ink = [g for g in glyphs if g.upright and not g.is_space]
    edge = [
        g for g in ink
        if in_margin(g.x0, g.x1, width) and not _in_cell(g, cells)
    ]  # fmt: skip
    if len(edge) < 2:
        return [], list(glyphs)

    def alone(g: Glyph) -> bool:
        clear = TAB_CLEAR * g.size
        return not any(
            h is not g and h.top < g.bottom and h.bottom > g.top
            and h.x0 < g.x1 + clear and h.x1 > g.x0 - clear
            for h in ink
        )  # fmt: skip

    single = sorted((g for g in edge if alone(g)), key=lambda g: (g.top, g.x0))
    columns: list[list[Glyph]] = []
    for g in single:
        for col in columns:
            last = col[-1]
            gap, reach = g.top - last.bottom, TAB_ALIGN * last.size
            if abs(g.cx - last.cx) <= reach and -reach <= gap <= TAB_GAP * last.size:
                col.append(g)
                break
        else:
            columns.append([g])
    tabs = [col for col in columns if sum(g.text.isalpha() for g in col) >= TAB_LETTERS]
    # (beyond all the page's other text: an org chart's names stacked at the body's left
    # edge are none)
    stacked = {id(g) for col in tabs for g in col}
    # (the body's: not a page's number or running head in the margins above and below)
    band = height * MARGIN_FRACTION
    rest = [g for g in ink if id(g) not in stacked and (not height or band < g.cy < height - band)]
    tabs = [col for col in tabs if _beyond(col, rest, width)]
    if not tabs:
        return [], list(glyphs)
    taken = {id(g) for col in tabs for g in col}
    return [_text(col, down=True) for col in tabs], [g for g in glyphs if id(g) not in taken]
