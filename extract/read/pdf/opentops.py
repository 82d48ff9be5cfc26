"""Rows a page break cut, drawn open at their top: the rest of a table on the next page.

Chromium (and Word) draw a table split over two pages with no rule across the top of its
part on the second page: the column rules start together at the page's head and the
first row rule comes under the row the break carried over.  Read as drawn, that row is
outside the table and its text falls out of it (a budget table's ``영업비용 | 241,200 | …``
under ``수익적 지출`` merged down from the page before).  :func:`close_open_tops` draws the
missing rule, as :func:`~extract.read.pdf.frames.close_open_bottoms` does at a page's foot.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.read.pdf.base import MIN_EDGE, Glyph, PdfObj, rule_edge

#: fewest column rules that start together over one row rule to close a row a page cut
MIN_OPEN_COLUMNS = 3
#: where a page's head ends, as a share of its height: a row open there was cut
PAGE_HEAD = 0.15


def _spans(rule: PdfObj, y: float, left: float, right: float, tolerance: float) -> bool:
    """A row rule at ``y`` that runs from ``left`` to ``right``."""
    return bool(
        abs(rule["top"] - y) <= tolerance
        and rule["x0"] <= left + tolerance
        and rule["x1"] >= right - tolerance
    )


def _cut_row(
    glyphs: Sequence[Glyph], xs: Sequence[float], top: float, under: float, through: bool
) -> bool:
    """Whether the band from ``top`` down to the row rule ``under``, between the column
    rules at ``xs``, holds a row's text: some glyph in it (no band of a column rule drawn
    past its table's top rule), and where the columns end at that rule (a part of one row)
    a first line whose text stands in two columns at least (a row's cells, not the labels
    over a chart's bars, each at its own height)."""
    inside = [g for g in glyphs if top < (g.top + g.bottom) / 2 < under
              and xs[0] < (g.x0 + g.x1) / 2 < xs[-1] and g.text.strip()]  # fmt: skip
    if not inside:
        return False
    if through:
        return True
    first = min(g.top for g in inside)
    line = [g for g in inside if g.top < first + min(g.size for g in inside) / 2]
    return len({sum(x < (g.x0 + g.x1) / 2 for x in xs) for g in line}) >= 2


def close_open_tops(
    rules: Sequence[PdfObj], page_height: float, tolerance: float = 2.0,
    glyphs: Sequence[Glyph] | None = None,
) -> list[PdfObj]:
    """Rules plus the top border of a row a page break carried over: column rules (three
    at least) that start together at the page's head with no rule across their tops and
    run down through a row rule that spans them all (the table's own) get one there; with
    the page's ``glyphs``, only where the band over that rule holds a row (:func:`_cut_row`)."""
    hs = [r for r in rules if r["orientation"] == "h"]
    vs = [r for r in rules if r["orientation"] == "v"]
    starts: dict[int, list[PdfObj]] = {}
    for v in vs:
        starts.setdefault(round(v["top"] / tolerance), []).append(v)
    added: list[PdfObj] = []
    for group in starts.values():
        if len(group) < MIN_OPEN_COLUMNS:
            continue
        top, bottom = min(v["top"] for v in group), min(v["bottom"] for v in group)
        left, right = min(v["x0"] for v in group), max(v["x0"] for v in group)
        if top > page_height * PAGE_HEAD or right - left < MIN_EDGE:
            continue
        # (a rule that crosses them all under the cut row: the table's, not a chart's boxes)
        crossed = [
            h["top"] for h in hs
            if top + tolerance < h["top"] <= bottom + tolerance
            and _spans(h, h["top"], left, right, tolerance)
        ]  # fmt: skip
        if not crossed or any(_spans(h, top, left, right, tolerance) for h in hs):
            continue
        if glyphs is None:
            if max(crossed) > top + MIN_EDGE:
                added.append(rule_edge("h", top, left, right))
            continue
        # (the band over the first rule that spans them holds a row's text: none where that
        # rule is the table's top and its column rules were drawn past it)
        under = min(crossed)
        xs = sorted(v["x0"] for v in group)
        if _cut_row(glyphs, xs, top, under, under < bottom - MIN_EDGE):
            added.append(rule_edge("h", top, left, right))
    return [*rules, *added]
