"""Boxes and tables set side by side: a band of the page read left side first, then right.

A card page of a slide deck, or a Hancom page laid out in two columns, sets framed
blocks side by side: ``□ 사업개요`` over a box of its facts beside ``□ 추진일정`` over a
ruled table; a staff table in the left column beside a budget table in the right.  Read
by baseline, each row runs across both sides: the two labels become one line, and the
left box's facts hang under the right side's label.

Here the page's ink (glyphs, rules, fills, pictures) is grouped into stacks that
overlap in height (:func:`_stacks`); a run of stacks that leaves one vertical gutter
near the middle of the text free of every glyph and rule, with a frame on each side (a
rule at least :data:`FRAME_SHARE` of that side wide: a box or a table), is a band
(:func:`side_by_side`).  The band runs from the first stack with ink on both sides to
the last, so that text on one side only, above or under it, keeps its place (a side's
lines going on under it at its spacing are the side's, unless one opens as a side's first
line did: the page's next block, :func:`_column_end`); a grid of boxes is a band a row
(:func:`_grid_rows`).  The page
is then read in parts (:func:`page_parts`): what is above the band, its left side, its
right side, what is under it.  Text in two columns with no frames is
:mod:`extract.read.pdf.pagecolumns`'s.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from extract.read.pdf.base import BBox, PdfObj, free_stretches
from extract.read.pdf.content import PageObjects
from extract.read.pdf.pagecolumns import Zone as Band  # (ink top .. bottom parted at a gutter)

#: where the gutter may stand: within this share of the text's width either side of its
#: middle
MIDDLE = 0.15
#: the narrowest gutter (pt)
MIN_GUTTER = 6.0
#: a side's frame: a rule (pieces on one line less than RULE_JOIN pt apart joined) at
#: least this share of the side's width
FRAME_SHARE = 0.5
RULE_JOIN = 1.5
#: a line of one side under the band goes on with it when the space above it is at most
#: the band's usual space between stacks and this (pt)
SPACING_SLACK = 1.0
#: a side's first line opens within this many of its glyphs' sizes of the side's left
#: edge; glyphs whose tops are within LINE_TOLERANCE sizes of the first's are its line
FLUSH_REACH = 3.0
LINE_TOLERANCE = 0.5
#: each side is this share of the other's width at least (a label column is no side)
EVEN_SIDES = 0.5
#: a box's corner: its top rule's end and its side within this (pt); boxes on both sides
#: whose tops are within ROW_ALIGN (pt) start a row of a grid of boxes
CORNER = 1.5
ROW_ALIGN = 3.0
#: a chapter's numeral opening a line
CHAPTER_NUMERALS = frozenset("ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ")
#: a line opened by a number or a letter as a heading's mark ("5. 주요 현안", "가. …")
_NUMBERED = regex.compile(r"^(?:(\d{1,2})|[가-하])[.)]")


def _box(o: PdfObj) -> BBox:
    return float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"])


class Ink(NamedTuple):
    """A drawn thing: its box, what it is ("glyph", "h" or "v" rule, "other": a picture or
    a fill) and its text (a glyph's)."""

    box: BBox
    kind: str
    text: str = ""


def _ink(objects: PageObjects) -> list[Ink]:
    out = [Ink(_box(c), "glyph", str(c["text"])) for c in objects.chars if str(c["text"]).strip()]
    out += [Ink(_box(e), str(e["orientation"])) for e in objects.edges]
    out += [Ink(_box(i), "other") for i in objects.images]
    out += [Ink(box, "other") for box, colour in objects.fills if colour]
    return out


Stack = list[Ink]


def _stacks(ink: Sequence[Ink]) -> list[Stack]:
    """The ink grouped into stacks whose heights overlap or touch (a table's rows), top down."""
    stacks: list[Stack] = []
    bottom = float("-inf")
    for item in sorted(ink, key=lambda i: i.box[1]):
        if stacks and item.box[1] <= bottom:
            stacks[-1].append(item)
            bottom = max(bottom, item.box[3])
        else:
            stacks.append([item])
            bottom = item.box[3]
    return stacks


def _frame(rules: Sequence[BBox], lo: float, hi: float) -> bool:
    """Whether rules between x ``lo`` and ``hi`` draw one at least FRAME_SHARE that wide."""
    need = FRAME_SHARE * (hi - lo)
    by_line: dict[float, list[tuple[float, float]]] = {}
    for x0, top, x1, _ in rules:
        if lo <= x0 and x1 <= hi:
            by_line.setdefault(round(top), []).append((x0, x1))
    for pieces in by_line.values():
        pieces.sort()
        start, end = pieces[0]
        for a, b in pieces[1:]:
            if a - end > RULE_JOIN:
                if end - start >= need:
                    return True
                start = a
            end = max(end, b)
        if end - start >= need:
            return True
    return False


def _narrowed(free: Sequence[tuple[float, float]], stack: Stack) -> list[tuple[float, float]]:
    """The stretches of ``free`` no ink of the stack covers, of a gutter's width."""
    if not free:
        return []
    lo, hi = min(f[0] for f in free), max(f[1] for f in free)
    # (only what reaches into the stretches: most of a line's glyphs stand clear of them)
    covered = [(i.box[0], i.box[2]) for i in stack if i.box[2] > lo and i.box[0] < hi]
    out = [piece for a, b in free for piece in free_stretches(a, b, covered)]
    return [f for f in out if f[1] - f[0] >= MIN_GUTTER]


def _meet(
    a: Sequence[tuple[float, float]], b: Sequence[tuple[float, float]]
) -> list[tuple[float, float]]:
    """Where stretches of ``a`` and of ``b`` overlap, of a gutter's width."""
    out = [(max(x0, y0), min(x1, y1)) for x0, x1 in a for y0, y1 in b]
    return [f for f in out if f[1] - f[0] >= MIN_GUTTER]


def _both_sides(stack: Stack, gutter: float) -> bool:
    return any(i.box[2] <= gutter for i in stack) and any(i.box[0] >= gutter for i in stack)


def _first_line(ink: Sequence[Ink]) -> list[Ink]:
    """The glyphs of the topmost line among ``ink``, left to right."""
    glyphs = [i for i in ink if i.kind == "glyph"]
    if not glyphs:
        return []
    top = min(g.box[1] for g in glyphs)
    line = [g for g in glyphs if g.box[1] <= top + LINE_TOLERANCE * (g.box[3] - g.box[1])]
    return sorted(line, key=lambda g: g.box[0])


def _opening(line: Sequence[Ink]) -> str | None:
    """How a line opens, as a heading's or a list's mark: "N." for a number, "가." for a
    letter, "Ⅰ" for a chapter's numeral, else its first glyph where it is no letter nor
    digit (□, ○, -); None for a line of words."""
    text = "".join(g.text for g in line).lstrip()
    if m := _NUMBERED.match(text):
        return "N." if m[1] else "가."
    if text[:1] in CHAPTER_NUMERALS:
        return "Ⅰ"
    return text[0] if text and not text[0].isalnum() else None


def _column_end(run: Sequence[Stack], first: int, last: int, opens: set[str | None]) -> int:
    """The band's last stack: its last with ink on both sides, or past it the lines of
    one side that go on at the band's usual spacing (a column one line longer than the
    other); not what stands under the band after a wider space, nor a line that opens as
    a side's first did (`□ 추진계획` under `□ 사업개요` | `□ 추진일정`, `5.` under `1.` |
    `2.`) or as a chapter: the page's next block."""

    def gap(i: int) -> float:
        return min(g.box[1] for g in run[i]) - max(g.box[3] for g in run[i - 1])

    gaps = sorted(gap(i) for i in range(first + 1, last + 1))
    if not gaps:
        return last
    usual = gaps[len(gaps) // 2] + SPACING_SLACK
    while last + 1 < len(run) and gap(last + 1) <= usual:
        mark = _opening(_first_line(run[last + 1]))
        if mark is not None and (mark in opens or mark == "Ⅰ"):
            break
        last += 1
    return last


def _opens_flush(part: Sequence[Ink], lo: float, hi: float) -> bool:
    """Whether a side's first line of text opens at the side's left edge (a column's
    heading, a box's label over it), not within it (a chart's boxes, their names set
    centred in them)."""
    own = [i for i in part if lo <= i.box[0] and i.box[2] <= hi]
    first = _first_line(own)
    if not first:
        return False
    sizes = sorted(g.box[3] - g.box[1] for g in own if g.kind == "glyph")
    reach = FLUSH_REACH * sizes[len(sizes) // 2]
    return first[0].box[0] - min(i.box[0] for i in own) <= reach


def _frame_tops(stack: Stack, part: Sequence[Ink], lo: float, hi: float) -> list[float]:
    """The heights in the stack where a box of the side opens: a rule at least
    FRAME_SHARE of the side wide whose left end a vertical rule starts down from, and no
    rule comes down to from a wide rule above (a table's row rule: its sides or its
    cells' rules come down to it from the rule over the row; a tab drawn on a box's top
    is narrow)."""
    need = FRAME_SHARE * (hi - lo)
    wide = [i.box for i in part if i.kind == "h" and lo <= i.box[0] and i.box[2] <= hi
            and i.box[2] - i.box[0] >= need]  # fmt: skip
    verticals = [i.box for i in part if i.kind == "v"]

    def from_wide(v: BBox) -> bool:
        return any(abs(w[1] - v[1]) <= CORNER and w[0] - CORNER <= v[0] <= w[2] + CORNER
                   for w in wide)  # fmt: skip

    out = []
    for x0, y, x1, _ in (i.box for i in stack if i.kind == "h"):
        if not (lo <= x0 and x1 <= hi) or x1 - x0 < need:
            continue
        at_end = [v for v in verticals if abs(v[0] - x0) <= CORNER]
        starts = any(abs(v[1] - y) <= CORNER and v[3] > y + CORNER for v in at_end)
        inside = any(v[1] < y - CORNER and v[3] >= y - CORNER and from_wide(v) for v in at_end)
        if starts and not inside:
            out.append(y)
    return out


def _grid_rows(
    run: Sequence[Stack], first: int, last: int, gutter: float, lo: float, hi: float
) -> list[int]:
    """Where the band's boxes start a new row on both sides at one height (a grid of
    boxes, read row by row: A B, then C D), as the stacks it is cut before; each cut moved
    up over the lines of text right above it (the titles over the new row's boxes)."""
    part = [i for s in run[first : last + 1] for i in s]
    cuts: list[int] = []
    for k in range(first + 1, last + 1):
        left = _frame_tops(run[k], part, lo, gutter)
        right = _frame_tops(run[k], part, gutter, hi)
        if not any(abs(a - b) <= ROW_ALIGN for a in left for b in right):
            continue
        above = [i.box for s in run[first:k] for i in s if i.kind == "h"]
        if not (_frame(above, lo, gutter) and _frame(above, gutter, hi)):
            continue  # (the band's first row of boxes: no row above it to end)
        # (the new row's titles over its boxes: lines, or tabs drawn in boxes of their own
        # narrower than a frame)
        while k - 1 > first and not (
            _frame(rules := [i.box for i in run[k - 1] if i.kind == "h"], lo, gutter)
            or _frame(rules, gutter, hi)
        ):
            k -= 1
        if k > (cuts[-1] if cuts else first):
            cuts.append(k)
    return cuts


def _bands(run: Sequence[Stack], gutter: float) -> list[Band]:
    """The bands of a run of stacks with a free gutter: from its first stack with ink on
    both sides to its last (a grid of boxes a band a row), each whose sides each hold a
    frame and open at their edges."""
    both = [i for i, s in enumerate(run) if _both_sides(s, gutter)]
    if not both:
        return []
    first = both[0]
    head = [i for i in run[first] if i.kind == "glyph"]
    opens = {_opening(_first_line([i for i in head if i.box[2] <= gutter])),
             _opening(_first_line([i for i in head if i.box[0] >= gutter]))}  # fmt: skip
    last = _column_end(run, first, both[-1], opens - {None})
    part = [i for s in run[first : last + 1] for i in s]
    lo = min(i.box[0] for i in part if i.box[2] <= gutter)
    hi = max(i.box[2] for i in part if i.box[0] >= gutter)
    out = []
    edges = [first, *_grid_rows(run, first, last, gutter, lo, hi), last + 1]
    for a, b in itertools.pairwise(edges):
        if band := _band([i for s in run[a:b] for i in s], gutter):
            out.append(band)
    return out


def _band(part: Sequence[Ink], gutter: float) -> Band | None:
    """The band of these stacks, if each side holds a frame and opens at its edge."""
    left = [i.box for i in part if i.box[2] <= gutter]
    right = [i.box for i in part if i.box[0] >= gutter]
    if not left or not right:
        return None
    lo, hi = min(b[0] for b in left), max(b[2] for b in right)
    widths = gutter - lo, hi - gutter
    if min(widths) < EVEN_SIDES * max(widths):
        return None
    rules = [i.box for i in part if i.kind == "h"]
    if not (_frame(rules, lo, gutter) and _frame(rules, gutter, hi)):
        return None
    if not (_opens_flush(part, lo, gutter) and _opens_flush(part, gutter, hi)):
        return None
    return Band(min(i.box[1] for i in part), max(i.box[3] for i in part), gutter)


def side_by_side(objects: PageObjects) -> list[Band]:
    """The page's bands of framed blocks side by side, top down."""
    rules = [_box(e) for e in objects.edges if e["orientation"] == "h"]
    if not rules or not any(str(c["text"]).strip() for c in objects.chars):
        return []
    # (the middle of all that is drawn: a side may be a framed picture under its label)
    drawn = [_box(o) for o in (*objects.chars, *objects.edges, *objects.images)]
    drawn += [box for box, colour in objects.fills if colour]
    x0, x1 = min(b[0] for b in drawn), max(b[2] for b in drawn)
    mid, half = (x0 + x1) / 2, (x1 - x0) * MIDDLE
    if not (any(b[2] <= mid + half for b in rules) and any(b[0] >= mid - half for b in rules)):
        return []  # (no rule that could frame a side on each: most pages, read at once)
    stacks = _stacks(_ink(objects))
    # (each stack's free stretches once: a run's gutter is where they all meet)
    frees = [_narrowed([(mid - half, mid + half)], s) for s in stacks]
    bands: list[Band] = []
    floor = start = 0
    while start < len(stacks):
        # (a gutter the stack leaves, followed down and then up to the band above: a
        # title over each side, "< 세 입 >" | "< 세 출 >", is the band's too)
        free = frees[start]
        end = start + 1
        while free and end < len(stacks) and (narrower := _meet(free, frees[end])):
            free, end = narrower, end + 1
        top = start
        while free and top > floor and (narrower := _meet(free, frees[top - 1])):
            free, top = narrower, top - 1
        if free:
            widest = max(free, key=lambda f: f[1] - f[0])
            if found := _bands(stacks[top:end], sum(widest) / 2):
                bands += found
                floor = start = end
                continue
        start += 1
    return bands


def _within(objects: PageObjects, keep: object) -> PageObjects:
    """The page's objects whose centre ``keep(x, y)`` holds (the same page, fewer objects)."""

    def centre(box: BBox) -> tuple[float, float]:
        return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2

    def held(box: BBox) -> bool:
        return bool(keep(*centre(box)))  # type: ignore[operator]

    return PageObjects(
        [c for c in objects.chars if held(_box(c))],
        [e for e in objects.edges if held(_box(e))],
        [i for i in objects.images if held(_box(i))],
        objects.width,
        objects.height,
        [f for f in objects.fills if held(f[0])],
        [b for b in objects.bullets if held(b[0])],
    )


def _pieces(bands: Sequence[Band]) -> Iterator[tuple[float, float, float | None, bool]]:
    """(top, bottom, gutter, right side) of each part in reading order; no gutter: the
    page's width, between the bands (a band holds its top and bottom, what is between them
    neither)."""
    top = float("-inf")
    for band in bands:
        yield top, band.top, None, False
        yield band.top, band.bottom, band.gutter, False
        yield band.top, band.bottom, band.gutter, True
        top = band.bottom
    yield top, float("inf"), None, False


def page_parts(objects: PageObjects) -> list[PageObjects]:
    """The page in the parts it is read in, one after another: itself where nothing is
    set side by side (see the module)."""
    bands = side_by_side(objects)
    if not bands:
        return [objects]
    parts = []
    for top, bottom, gutter, right in _pieces(bands):

        def keep(
            x: float, y: float, top: float = top, bottom: float = bottom,
            gutter: float | None = gutter, right: bool = right,
        ) -> bool:  # fmt: skip
            if not (top <= y <= bottom if gutter is not None else top < y < bottom):
                return False
            return gutter is None or (x >= gutter) == right

        part = _within(objects, keep)
        if part.chars or part.edges or part.images:
            parts.append(part)
    return parts
