"""Words struck through: a revised report (the version a council's review changed) keeps
the figure it replaced with a line drawn across it ("~~1,200~~ 1,500", Chromium's
``line-through``, a word processor's 취소선), the new one after it.  The struck glyphs are
no text of the page: a clerk types the new figure only.

A strike is a level rule no longer than the run of glyphs it crosses, drawn through their
middle (an underline runs under them, a table's rule between rows; neither crosses a
glyph's middle).
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.read.pdf.base import Glyph, PdfObj

#: the band of a glyph's height a strike crosses (from its top, as shares of its height)
STRIKE_BAND = (0.3, 0.75)
#: a strike is this thick (pt) at most: a level edge at the end of a longer upright side
#: is a box's (a fill behind the words, a highlighter's band)
MAX_STRIKE = 1.6
#: glyphs smaller than this share of their row's are a sub- or superscript's
SMALL = 0.9
#: how far (x the glyphs' size) a strike may run past the glyphs it crosses
OVERRUN = 0.5


def struck_glyphs(
    edges: Sequence[PdfObj], glyphs: Sequence[Glyph]
) -> tuple[list[PdfObj], list[Glyph]]:
    """``edges`` without the strikes, and ``glyphs`` without those struck through (the
    spaces between them too)."""
    rows: dict[int, list[Glyph]] = {}
    for g in glyphs:
        rows.setdefault(int(g.cy // 10), []).append(g)
    # (the sides of boxes: a level edge at a side's end is a box's top or bottom, a fill
    # behind words, a highlighter's band, no strike)
    sides = [
        (float(e["x0"]), float(e["top"]), float(e["bottom"])) for e in edges
        if e["orientation"] == "v" and float(e["bottom"]) - float(e["top"]) > MAX_STRIKE
    ]  # fmt: skip
    strikes: list[int] = []
    struck: set[int] = set()
    for k, e in enumerate(edges):
        if e["orientation"] != "h":
            continue
        y, x0, x1 = float(e["top"]), float(e["x0"]), float(e["x1"])
        near = [g for b in (int(y // 10) - 1, int(y // 10), int(y // 10) + 1)
                for g in rows.get(b, ())]  # fmt: skip
        crossed = [
            g for g in near
            if x0 - 0.5 <= g.cx <= x1 + 0.5
            and g.top + STRIKE_BAND[0] * (g.bottom - g.top)
            <= y <= g.top + STRIKE_BAND[1] * (g.bottom - g.top)
        ]  # fmt: skip
        ink = [g for g in crossed if not g.is_space]
        # (a line under the words crosses a subscript's middle, set small and low: "CO₂")
        if not ink or min(g.size for g in ink) < SMALL * max(g.size for g in near):
            continue
        over = OVERRUN * max(g.size for g in ink)
        if x0 < min(g.x0 for g in ink) - over or x1 > max(g.x1 for g in ink) + over:
            continue  # (a rule that runs on past the words: a table's, not a strike)
        # (last, as few edges get this far: the sides are as many as a table's cells)
        if any(
            min(abs(x - x0), abs(x - x1)) <= 1.0 and top - 1.0 <= y <= bottom + 1.0
            for x, top, bottom in sides
        ):
            continue
        strikes.append(k)
        struck |= {id(g) for g in crossed}
    if not strikes:
        return list(edges), list(glyphs)
    gone = set(strikes)
    return (
        [e for k, e in enumerate(edges) if k not in gone],
        [g for g in glyphs if id(g) not in struck],
    )
