"""A sheet printed with two pages side by side (2-up, 모아찍기): each page read on its own.

Council staff often post a report imposed two A4 pages to a landscape sheet.  Read as one
page, the two pages' lines interleave by height and each page's tables land under the
other's headings.  A landscape sheet whose middle stretch no glyph and no rule crosses,
from top to bottom, with text on both sides, and a page number at the foot of each side
(``- 3 -`` | ``- 4 -``), is cut there (:func:`sheet_halves`); each half is read as a page
(its objects shifted to start at 0), the left first, and their lines and grids joined
(:func:`joined_content`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.read.glyphs import drawn_char
from extract.read.pdf.base import MARGIN_FRACTION, PdfObj, free_stretches
from extract.read.pdf.content import PageObjects
from extract.read.pdf.grids import PageLine
from extract.read.pdf.paths import Box4
from extract.read.pdf.regions import PageGrid
from extract.read.pdf.turns import page_turn, turned_upright
from extract.read.text import PAGE_FOOTER

#: where the cut may stand: within this share of the sheet's width either side of its middle
MIDDLE = 0.1
#: the narrowest gutter (pt) between the two pages
MIN_GUTTER = 6.0
#: fewest glyphs of text on each side
MIN_SIDE_GLYPHS = 40


def _free_at(objects: PageObjects) -> tuple[float, float] | None:
    """The widest stretch of the sheet's middle no glyph and no horizontal rule covers."""
    lo = objects.width * (0.5 - MIDDLE)
    hi = objects.width * (0.5 + MIDDLE)
    covered = [
        (float(c["x0"]), float(c["x1"])) for c in objects.chars if str(c["text"]).strip()
    ] + [
        (float(e["x0"]), float(e["x1"])) for e in objects.edges
        if e["orientation"] == "h" and float(e["x1"]) - float(e["x0"]) > 1
    ]  # fmt: skip
    free = free_stretches(lo, hi, covered)
    widest = max(free, key=lambda f: f[1] - f[0], default=None)
    return widest if widest is not None and widest[1] - widest[0] >= MIN_GUTTER else None


def _footers(chars: Sequence[PdfObj], height: float) -> bool:
    """Whether the glyphs at the foot of a side spell a page number ("- 3 -")."""
    foot = [c for c in chars if float(c["top"]) >= height * (1 - MARGIN_FRACTION)]
    foot.sort(key=lambda c: float(c["x0"]))
    # (a space drawn as a control character, U+0001 in Chromium's PDFs, is a space)
    text = "".join(drawn_char(str(c["text"])) for c in foot)
    return bool(PAGE_FOOTER.match("".join(text.split())))


def _side(objects: PageObjects, a: float, b: float, origin: float) -> PageObjects:
    """The objects between x ``a`` and ``b``, shifted to start at ``origin``."""

    def within(o: PdfObj) -> bool:
        return a <= (float(o["x0"]) + float(o["x1"])) / 2 < b

    def shifted(o: PdfObj) -> PdfObj:
        return {**o, "x0": float(o["x0"]) - origin, "x1": float(o["x1"]) - origin}

    def moved(box: Box4) -> Box4 | None:
        """The box shifted, if it is the side's (its centre between a and b)."""
        x0, top, x1, bottom = box
        return (x0 - origin, top, x1 - origin, bottom) if a <= (x0 + x1) / 2 < b else None

    # (a cell's shading and a Gantt chart's bars, and the pictures a list's bullets are)
    return PageObjects(
        [shifted(c) for c in objects.chars if within(c)],
        [shifted(e) for e in objects.edges if within(e)],
        [shifted(i) for i in objects.images if within(i)],
        b - origin,
        objects.height,
        [(box, colour) for f, colour in objects.fills if (box := moved(f)) is not None],
        [(box, glyph) for f, glyph in objects.bullets if (box := moved(f)) is not None],
    )


def sheet_halves(objects: PageObjects, two_up: bool = False) -> list[PageObjects]:
    """The pages of a sheet: its two halves where it holds two pages side by side, else
    the sheet itself; ``two_up``: in a document whose other sheets hold two pages, any
    sheet with a free middle does (a cover beside its contents, no page numbers)."""
    if objects.width <= objects.height:
        return [objects]
    free = _free_at(objects)
    if free is None:
        return [objects]
    cut = (free[0] + free[1]) / 2
    # (the right page from the sheet's middle, where the imposition set it, so that a table
    # going on from the left page to the right stands where it stood: its columns' places
    # tell it is one; from its leftmost object where that lies left of the middle)
    right = min([objects.width / 2] + [
        float(o["x0"]) for o in (*objects.chars, *objects.edges)
        if (float(o["x0"]) + float(o["x1"])) / 2 >= cut
    ])  # fmt: skip
    halves = [_side(objects, 0.0, cut, 0.0), _side(objects, cut, objects.width, right)]
    if two_up:
        return halves if all(any(drawn(c) for c in h.chars) for h in halves) else [objects]
    texts = [sum(1 for c in h.chars if drawn(c)) for h in halves]
    # (a side may hold a landscape page turned to fit it: its number at its foot once upright)
    upright = [turned_upright(h) for h in halves]
    if min(texts) < MIN_SIDE_GLYPHS or not all(_footers(h.chars, h.height) for h in upright):
        return [objects]
    return halves


def upright_pages(
    objects: PageObjects, two_up: bool = False
) -> tuple[PageObjects, list[PageObjects]]:
    """The sheet, turned upright where nearly all its text is turned (:mod:`.turns`), and its
    pages (:func:`sheet_halves`); a sheet of two pages has each turned upright on its own (a
    landscape table turned to fit its half, beside an upright page), but a sheet turned
    whole whose halves bear no page numbers is turned first, then cut (if at all)."""
    halves = sheet_halves(objects, two_up)
    if len(halves) == 2:
        upright = [turned_upright(h) for h in halves]
        # (a sheet whose text is nearly all turned, its halves no numbered pages: one page
        # turned whole, the gap between two of its lines no gutter)
        if not page_turn(objects.chars) or all(_footers(h.chars, h.height) for h in upright):
            return objects, upright
    objects = turned_upright(objects)
    return objects, sheet_halves(objects, two_up)


def drawn(c: PdfObj) -> bool:
    """A glyph that draws something (not a space, nor a control character drawn as one)."""
    return bool(drawn_char(str(c["text"])).strip())


def joined_content(
    parts: Sequence[tuple[list[PageLine], list[PageGrid]]],
    sides: Sequence[int | None] | None = None,
) -> tuple[list[PageLine], list[PageGrid]]:
    """The lines and grids of a sheet's pages, one after another (each line's cells and each
    grid's parent renumbered past the grids before it); ``sides``: each part's page on a
    sheet of two (0 left, 1 right), which its grids keep (:attr:`PageGrid.side`)."""
    lines: list[PageLine] = []
    grids: list[PageGrid] = []
    for n, (part_lines, part_grids) in enumerate(parts):
        side = sides[n] if sides is not None else None
        k = len(grids)
        lines += [
            replace(ln, cells=frozenset((g + k, i) for g, i in ln.cells)) for ln in part_lines
        ]
        grids += [
            replace(g, parent=(g.parent[0] + k, g.parent[1]) if g.parent is not None else None,
                    side=side)
            for g in part_grids
        ]
    return lines, grids
