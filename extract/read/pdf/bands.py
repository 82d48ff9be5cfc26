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
the last, so that text on one side only, above or under it, keeps its place.  The page
is then read in parts (:func:`page_parts`): what is above the band, its left side, its
right side, what is under it.  Text in two columns with no frames is
:mod:`extract.read.pdf.pagecolumns`'s.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from extract.read.pdf.base import BBox, PdfObj, free_stretches
from extract.read.pdf.content import PageObjects

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


@dataclass(frozen=True, slots=True)
class Band:
    """Ink from ``top`` to ``bottom`` set in two sides parted at x ``gutter``."""

    top: float
    bottom: float
    gutter: float


def _box(o: PdfObj) -> BBox:
    return float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"])


def _ink(objects: PageObjects) -> list[tuple[BBox, bool]]:
    """Every drawn thing's box, each with whether it is a horizontal rule."""
    out = [(_box(c), False) for c in objects.chars if str(c["text"]).strip()]
    out += [(_box(e), e["orientation"] == "h") for e in objects.edges]
    out += [(_box(i), False) for i in objects.images]
    out += [(box, False) for box, colour in objects.fills if colour]
    return out


def _stacks(ink: Sequence[tuple[BBox, bool]]) -> list[list[tuple[BBox, bool]]]:
    """The ink grouped into stacks whose heights overlap or touch (a table's rows), top down."""
    stacks: list[list[tuple[BBox, bool]]] = []
    bottom = float("-inf")
    for item in sorted(ink, key=lambda i: i[0][1]):
        if stacks and item[0][1] <= bottom:
            stacks[-1].append(item)
            bottom = max(bottom, item[0][3])
        else:
            stacks.append([item])
            bottom = item[0][3]
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


def _narrowed(
    free: Sequence[tuple[float, float]], stack: Sequence[tuple[BBox, bool]]
) -> list[tuple[float, float]]:
    """The stretches of ``free`` no ink of the stack covers, of a gutter's width."""
    covered = [(b[0], b[2]) for b, _ in stack]
    out = [piece for lo, hi in free for piece in free_stretches(lo, hi, covered)]
    return [f for f in out if f[1] - f[0] >= MIN_GUTTER]


def _both_sides(stack: Sequence[tuple[BBox, bool]], gutter: float) -> bool:
    return any(b[2] <= gutter for b, _ in stack) and any(b[0] >= gutter for b, _ in stack)


def _column_end(run: Sequence[Sequence[tuple[BBox, bool]]], first: int, last: int) -> int:
    """The band's last stack: its last with ink on both sides, or past it the lines of
    one side that go on at the band's usual spacing (a column one line longer than the
    other), not what stands under the band after a wider space (the page's next block)."""

    def gap(i: int) -> float:
        return min(b[1] for b, _ in run[i]) - max(b[3] for b, _ in run[i - 1])

    gaps = sorted(gap(i) for i in range(first + 1, last + 1))
    if not gaps:
        return last
    usual = gaps[len(gaps) // 2] + SPACING_SLACK
    while last + 1 < len(run) and gap(last + 1) <= usual:
        last += 1
    return last


def _opens_flush(
    part: Sequence[tuple[BBox, bool]], glyphs: Sequence[BBox], lo: float, hi: float
) -> bool:
    """Whether a side's first line of text opens at the side's left edge (a column's
    heading, a box's label over it), not within it (a chart's boxes, their names set
    centred in them)."""
    top, bottom = min(b[1] for b, _ in part), max(b[3] for b, _ in part)
    own = [b for b in glyphs if lo <= b[0] and b[2] <= hi and top <= b[1] and b[3] <= bottom]
    if not own:
        return False
    top = min(b[1] for b in own)
    first = [b for b in own if b[1] <= top + LINE_TOLERANCE * (b[3] - b[1])]
    sizes = sorted(b[3] - b[1] for b in own)
    reach = FLUSH_REACH * sizes[len(sizes) // 2]
    edge = min(b[0] for b, _ in part if lo <= b[0] and b[2] <= hi)
    return min(b[0] for b in first) - edge <= reach


def _band(
    run: Sequence[Sequence[tuple[BBox, bool]]], glyphs: Sequence[BBox], gutter: float
) -> Band | None:
    """The band of a run of stacks with a free gutter: from its first stack with ink on
    both sides to its last, if each side holds a frame."""
    both = [i for i, s in enumerate(run) if _both_sides(s, gutter)]
    if not both:
        return None
    first, last = both[0], _column_end(run, both[0], both[-1])
    part = [item for s in run[first : last + 1] for item in s]
    left = [b for b, _ in part if b[2] <= gutter]
    right = [b for b, _ in part if b[0] >= gutter]
    lo, hi = min(b[0] for b in left), max(b[2] for b in right)
    widths = gutter - lo, hi - gutter
    if min(widths) < EVEN_SIDES * max(widths):
        return None
    rules = [b for b, is_rule in part if is_rule]
    if not (_frame(rules, lo, gutter) and _frame(rules, gutter, hi)):
        return None
    if not (_opens_flush(part, glyphs, lo, gutter) and _opens_flush(part, glyphs, gutter, hi)):
        return None
    return Band(min(b[1] for b, _ in part), max(b[3] for b, _ in part), gutter)


def side_by_side(objects: PageObjects) -> list[Band]:
    """The page's bands of framed blocks side by side, top down."""
    glyphs = [c for c in objects.chars if str(c["text"]).strip()]
    if not glyphs:
        return []
    x0 = min(float(c["x0"]) for c in glyphs)
    x1 = max(float(c["x1"]) for c in glyphs)
    mid, half = (x0 + x1) / 2, (x1 - x0) * MIDDLE
    stacks = _stacks(_ink(objects))
    boxes = [_box(c) for c in glyphs]
    zone = [(mid - half, mid + half)]
    bands: list[Band] = []
    floor = start = 0
    while start < len(stacks):
        # (a gutter the stack leaves, followed down and then up to the band above: a
        # title over each side, "< 세 입 >" | "< 세 출 >", is the band's too)
        free = _narrowed(zone, stacks[start])
        end = start + 1
        while free and end < len(stacks) and (narrower := _narrowed(free, stacks[end])):
            free, end = narrower, end + 1
        top = start
        while free and top > floor and (narrower := _narrowed(free, stacks[top - 1])):
            free, top = narrower, top - 1
        if free:
            widest = max(free, key=lambda f: f[1] - f[0])
            if band := _band(stacks[top:end], boxes, sum(widest) / 2):
                bands.append(band)
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
