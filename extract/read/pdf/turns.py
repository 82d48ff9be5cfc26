"""Pages whose text stands on its side: a landscape table shown turned on a portrait
page (a landscape page stored with ``/Rotate``, which pdfminer applies, or a table drawn
turned).  Where nearly all the letters of a page are turned one way, the page's objects
are turned back so that its text stands upright, and the page is read as any (as
pdftotext reads it); the glyphs' own turn decides, whatever the page says.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from extract.read.pdf.base import PdfObj, glyph_turn
from extract.read.pdf.content import PageObjects
from extract.read.pdf.paths import Box4

#: a page is turned where this share of its letters, and this many at least, are turned
#: the same way (a page number or a stamp left upright does not stop it)
TURNED_SHARE = 0.8
MIN_TURNED = 10


def page_turn(chars: Sequence[PdfObj]) -> int:
    """How far (degrees clockwise) the page must turn for its text to stand upright."""
    turns = Counter(
        glyph_turn(c.get("matrix")) for c in chars if str(c.get("text", "")).strip()
    )
    turns.pop(None, None)
    if not turns:
        return 0
    turn, n = turns.most_common(1)[0]
    if not turn or n < MIN_TURNED or n < TURNED_SHARE * sum(turns.values()):
        return 0
    return turn


def _matrix(m: Sequence[float], turn: int) -> tuple[float, ...]:
    """A glyph's a, b, c, d on the turned page (its baseline's place, e and f, dropped:
    the box is where it is drawn)."""
    a, b, c, d = (float(v) for v in m[:4])
    if turn == 90:  # (x, y) -> (y, -x)
        return (b, -a, d, -c, 0.0, 0.0)
    if turn == 270:  # (x, y) -> (-y, x)
        return (-b, a, -d, c, 0.0, 0.0)
    return (-a, -b, -c, -d, 0.0, 0.0)


def turned_upright(objects: PageObjects) -> PageObjects:
    """The page's objects turned so that most of its text is upright (as it is where
    :func:`page_turn` is 0: the objects themselves)."""
    turn = page_turn(objects.chars)
    if not turn:
        return objects
    width, height = objects.width, objects.height

    def box(x0: float, top: float, x1: float, bottom: float) -> Box4:
        if turn == 90:  # (x, top) -> (height - top, x)
            return height - bottom, x0, height - top, x1
        if turn == 270:  # (x, top) -> (top, width - x)
            return top, width - x1, bottom, width - x0
        return width - x1, height - bottom, width - x0, height - top

    def moved(o: PdfObj) -> PdfObj:
        x0, top, x1, bottom = box(float(o["x0"]), float(o["top"]), float(o["x1"]),
                                  float(o["bottom"]))  # fmt: skip
        out = {**o, "x0": x0, "top": top, "x1": x1, "bottom": bottom}
        if "height" in o:
            out["height"] = bottom - top
        if "width" in o:
            out["width"] = x1 - x0
        if "doctop" in o:
            out["doctop"] = float(o["doctop"]) - float(o["top"]) + top
        return out

    chars = []
    for c in objects.chars:
        m = c.get("matrix")
        char = moved(c)
        if m:
            char["matrix"] = turned = _matrix(m, turn)
            char["upright"] = turned[0] * turned[3] > 0 and turned[1] * turned[2] <= 0
            char["y0"] = None  # (see ``_matrix``)
        chars.append(char)
    quarter = turn != 180
    swap = {"h": "v", "v": "h"}
    edges = [
        {**e2, "orientation": swap.get(e["orientation"], e["orientation"])}
        if quarter and "orientation" in e else e2
        for e in objects.edges for e2 in (moved(e),)
    ]  # fmt: skip
    return replace(
        objects,
        chars=chars,
        edges=edges,
        images=[moved(i) for i in objects.images],
        width=height if quarter else width,
        height=width if quarter else height,
        fills=[(box(*b), colour) for b, colour in objects.fills],
    )
