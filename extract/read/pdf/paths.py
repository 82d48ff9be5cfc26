"""Drawn paths -> the rules a page draws: a rectangle's four sides, a path's straight
steps, a box with rounded corners squared, and what draws no rule at all (the strips
of a shading, a glyph or an icon drawn as its outline).

Edges are dicts with pdfplumber's keys (orientation, x0, x1, top, bottom), so both
engines (:func:`extract.read.pdf.content.page_objects` and pdfplumber's own objects)
give the grid stages the same rules.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Sequence
from typing import Any

from extract.document import shade
from extract.read.pdf.base import SNAP_TOLERANCE, PdfObj

#: a box: x0, top, x1, bottom
Box4 = tuple[float, float, float, float]

#: a filled rectangle this thin is one strip of a shading, not a rule, where MIN_STRIPS or
#: more side by side (each starting within STRIP_GAP of the last one's end) cover more
#: than SHADE_WIDTH: Hancom draws a gradient as strips of 0.1 pt, or of 4 pt (기획조정실
#: p15, whose strips had made a table of 50 columns of one letter each)
STRIP_THICKNESS = 6.0
STRIP_GAP = 0.2
SHADE_WIDTH = 2 * SNAP_TOLERANCE
MIN_STRIPS = 4


def drop_shading(rects: Sequence[PdfObj]) -> list[PdfObj]:
    """``rects`` without the strips of a gradient fill.

    Hancom draws a gradient (a heading's numbered box) as hundreds of 0.1 pt strips side
    by side, and the PDF clips them to the box; unclipped, their sides merge into a rule
    that runs through the table above the box and joins the two.
    """
    strips: set[int] = set()
    # (thin across, long along): strips side by side, then strips one above the other
    for (lo, hi), (a, b) in ((("x0", "x1"), ("top", "bottom")), (("top", "bottom"), ("x0", "x1"))):
        groups: dict[tuple[float, float], list[int]] = {}
        for i, r in enumerate(rects):
            if float(r[hi]) - float(r[lo]) < STRIP_THICKNESS:
                groups.setdefault((round(float(r[a]), 1), round(float(r[b]), 1)), []).append(i)
        for members in groups.values():
            members.sort(key=lambda i: float(rects[i][lo]))
            run = [members[0]]
            for i in [*members[1:], -1]:
                if i >= 0 and float(rects[i][lo]) <= float(rects[run[-1]][hi]) + STRIP_GAP:
                    run.append(i)
                    continue
                wide = float(rects[run[-1]][hi]) - float(rects[run[0]][lo]) > SHADE_WIDTH
                if wide and len(run) >= MIN_STRIPS:
                    strips.update(run)
                run = [i]
    return [r for i, r in enumerate(rects) if i not in strips]


#: a filled rectangle thicker than this both ways may be a paragraph's shading inside a
#: cell; one that draws no side of the rules round it within INSET_REACH of each side is
#: one (LibreOffice shades a header cell's paragraph, inset from the cell's rules: its
#: sides had cut the header into rows that are not there)
FILL_THICKNESS = 3.0
INSET_REACH = 30.0
#: a fill's side this close to a rule is on it (a Hancom cell's shading, to its rules)
ON_RULE = 1.0


def drop_inset_fills(rects: Sequence[PdfObj], lines: Sequence[PdfObj]) -> list[PdfObj]:
    """``rects`` without the fills set inside a ruled cell, clear of its rules."""
    rules = [*lines, *(e for r in rects if _thin(r) for e in rect_edges(r))]
    hs = [e for e in rules if e["orientation"] == "h"]
    vs = [e for e in rules if e["orientation"] == "v"]
    return [r for r in rects if _thin(r) or not _inset(r, hs, vs)]


def _thin(r: PdfObj) -> bool:
    return min(float(r["x1"]) - float(r["x0"]), float(r["bottom"]) - float(r["top"])) <= (
        FILL_THICKNESS
    )


def _inset(r: PdfObj, hs: Sequence[PdfObj], vs: Sequence[PdfObj]) -> bool:
    """Whether rules enclose ``r`` on all four sides, each apart from its side by more
    than :data:`ON_RULE` and within :data:`INSET_REACH`."""
    x0, top, x1, bottom = float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])
    tol = ON_RULE

    def across(e: PdfObj) -> bool:
        return float(e["x0"]) <= x0 + tol and float(e["x1"]) >= x1 - tol

    def down(e: PdfObj) -> bool:
        return float(e["top"]) <= top + tol and float(e["bottom"]) >= bottom - tol

    def gaps(edges: Sequence[PdfObj], key: str, at: float, fits: Any) -> list[float]:
        return [at - float(e[key]) for e in edges if fits(e)]

    above = gaps(hs, "top", top, across)
    below = [-g for g in gaps(hs, "top", bottom, across)]
    left = gaps(vs, "x0", x0, down)
    right = [-g for g in gaps(vs, "x0", x1, down)]
    sides = (above, below, left, right)
    # (no rule on its sides: a Hancom cell's shading fills the cell to its rules)
    if any(abs(g) <= tol for side in sides for g in side):
        return False
    return all(any(tol < g <= INSET_REACH for g in side) for side in sides)


def fill_colour(colour: Any) -> str:
    """A PDF fill colour (pdfminer's: a gray, RGB or CMYK tuple of 0-1 values, a lone gray
    value, or a pattern's name) as :func:`~extract.document.shade` keeps it.

    >>> fill_colour((0.75,)), fill_colour((1, 1, 1)), fill_colour((0, 0, 0, 0.25))
    ('#BFBFBF', '', '#BFBFBF')
    """
    if isinstance(colour, (int, float)):
        colour = (colour,)
    if not isinstance(colour, (tuple, list)) or not all(
        isinstance(v, (int, float)) for v in colour
    ):
        return ""  # (a pattern, or no colour said)
    v = [min(1.0, max(0.0, float(x))) for x in colour]
    if len(v) == 1:
        rgb = [v[0]] * 3
    elif len(v) == 3:
        rgb = v
    elif len(v) == 4:
        rgb = [(1 - c) * (1 - v[3]) for c in v[:3]]
    else:
        return ""
    return shade("#" + "".join(f"{round(c * 255):02X}" for c in rgb))


def filled_rect(pts: Sequence[tuple[float, float]], filled: bool, stroked: bool) -> Box4 | None:
    """The box of a path that is a filled rectangle drawn as a path of straight steps
    (LibreOffice draws a shape's bar from the middle of a side, six points round), not
    stroked and thicker than a rule both ways; None for any other path.

    >>> filled_rect([(5, 9), (0, 9), (0, 0), (10, 0), (10, 9), (5, 9)], True, False)
    (0, 0, 10, 9)
    >>> filled_rect([(0, 0), (10, 0), (10, 9), (0, 9), (0, 0)], True, True) is None
    True
    """
    if not filled or stroked or len(pts) < 4:
        return None
    xs, ys = sorted({x for x, _ in pts}), sorted({y for _, y in pts})
    x0, x1, top, bottom = xs[0], xs[-1], ys[0], ys[-1]
    if x1 - x0 <= FILL_THICKNESS or bottom - top <= FILL_THICKNESS:
        return None
    on_side = all((x in (x0, x1)) or (y in (top, bottom)) for x, y in pts)
    steps = all(a[0] == b[0] or a[1] == b[1] for a, b in itertools.pairwise([*pts, pts[0]]))
    corners = {(x, y) for x, y in pts if x in (x0, x1) and y in (top, bottom)}
    return (x0, top, x1, bottom) if on_side and steps and len(corners) == 4 else None


#: the most points a filled shape laid over a table (an arrow, a chevron) has, and the
#: least share of its box it fills (a long arrow fills half of it)
MAX_SHAPE_POINTS = 12
SHAPE_FILL = 0.4


def filled_shape(
    pts: Sequence[tuple[float, float]], ops: Sequence[str], filled: bool, stroked: bool
) -> Box4 | None:
    """The box of a filled shape of straight steps, some slanted, that is not stroked and
    is thicker than a rule both ways (a Gantt chart's bar drawn as an arrow, its head
    slanted: tail to tip): it draws no rules, it shades what it lies over; None for any
    other path (a box, a curve, a rule).

    >>> arrow = [(214.4, 448.4), (444.1, 448.4), (444.1, 446.1), (452.6, 450.7),
    ...          (444.1, 455.2), (444.1, 453.0), (214.4, 453.0), (214.4, 448.4)]
    >>> filled_shape(arrow, ["m", "l", "l", "l", "l", "l", "l", "l", "h"], True, False)
    (214.4, 446.1, 452.6, 455.2)
    """
    if not filled or stroked or not 4 <= len(pts) <= MAX_SHAPE_POINTS:
        return None
    if any(op not in ("m", "l", "h") for op in ops):
        return None  # (a curve: a rounded box, a glyph's outline)
    xs, ys = [x for x, _ in pts], [y for _, y in pts]
    box = (min(xs), min(ys), max(xs), max(ys))
    if box[2] - box[0] <= FILL_THICKNESS or box[3] - box[1] <= FILL_THICKNESS:
        return None
    tol = AXIS_TOLERANCE
    slanted = any(
        abs(a[0] - b[0]) > tol and abs(a[1] - b[1]) > tol for a, b in itertools.pairwise(pts)
    )
    # (most of its box filled: a bar's arrow, not a thin arrow drawn slantwise from one
    # bar to another, whose box spans rows it does not lie over)
    area = abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in itertools.pairwise([*pts, pts[0]])))
    full = area / 2 >= SHAPE_FILL * (box[2] - box[0]) * (box[3] - box[1])
    return box if slanted and full else None


def shading_boxes(filled: Sequence[tuple[Box4, str]]) -> list[tuple[Box4, str]]:
    """The filled rectangles that may shade a cell: thicker than a rule both ways."""
    return [
        (b, colour) for b, colour in filled
        if b[2] - b[0] > FILL_THICKNESS and b[3] - b[1] > FILL_THICKNESS
    ]  # fmt: skip


def rect_edges(r: PdfObj) -> list[PdfObj]:
    """pdfplumber's ``rect_to_edges``: top, bottom, left and right side; a dash
    (:data:`MAX_DASH`) one stretch of its rule."""
    x0, top, x1, bottom = float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])
    if _short_dash(x1 - x0, bottom - top):
        return [_centre_edge(x0, top, x1, bottom)]
    return [
        {"orientation": "h", "x0": r["x0"], "x1": r["x1"], "top": r["top"], "bottom": r["top"]},
        {
            "orientation": "h",
            "x0": r["x0"],
            "x1": r["x1"],
            "top": r["top"] + r["height"],
            "bottom": r["bottom"],
        },
        {"orientation": "v", "x0": r["x0"], "x1": r["x0"], "top": r["top"], "bottom": r["bottom"]},
        {"orientation": "v", "x0": r["x1"], "x1": r["x1"], "top": r["top"], "bottom": r["bottom"]},
    ]


#: a closed path whose straight sides run at least this share of its width and height,
#: on all four sides, is a box with rounded corners
ROUNDED_SIDE = 0.5
#: a path of more corners than a rectangle's that fits in a square this wide (pt) draws
#: a glyph or an icon, not rules: a PDF printed again by cairo draws a Type 3 heading
#: numeral "Ⅰ" as its outline, whose stems and serifs had boxed the numeral apart from
#: its title
GLYPH_PATH = 30.0
#: ... unless it is a dash of a dashed rule: at most this thick, and at least DASH_RATIO
#: times as long as thick (Hancom draws each round-capped dash, 0.84 x 2.5 pt, as a
#: closed path of 8 points: 사회복지국 p37 has 329 of them)
DASH_WIDTH = 1.5
DASH_RATIO = 2.0
#: a filled dash at most this long is one stretch of its rule, along its middle: its
#: ends drew no rules across (Chromium draws a dashed cell border as filled quads, 2.25 x
#: 0.75 pt, whose ends had cut the figures above them into columns)
MAX_DASH = 6.0
#: how far in from a rounded box's edge its straight side may run (x its smaller size)
SIDE_SNAP = 0.1


def curve_edges(pts: Sequence[tuple[float, float]], stroked: bool) -> list[PdfObj]:
    """The rules a path draws: its straight, axis-parallel steps (:func:`_curve_edges`),
    each tagged ``rounded`` with the path's box where the path is a box with rounded
    corners (a closed, stroked path whose four sides are straight over most of their
    length: Hancom's rounded rectangle, a roadmap's step); :func:`square_rounded_boxes`
    then makes such a box its four sides met at the corners.  A small path of more
    corners than a rectangle's (:data:`GLYPH_PATH`) that is neither such a box nor a dash
    of a dashed rule draws no rules: a glyph or an icon drawn as its outline."""
    edges = _curve_edges(pts)
    xs, ys = [x for x, _ in pts], [y for _, y in pts]
    x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
    width, height = x1 - x0, bottom - top
    thin, long = min(width, height), max(width, height)
    dash = thin <= DASH_WIDTH and long >= DASH_RATIO * thin
    glyph = len(pts) > 5 and long <= GLYPH_PATH and not dash
    if _short_dash(width, height) and not stroked:
        return [_centre_edge(x0, top, x1, bottom)]
    if not stroked or len(pts) < 8 or pts[0] != pts[-1]:
        return [] if glyph else edges
    if width <= 0 or height <= 0:
        return edges

    # (a side within a tenth of the box from its edge: a glyph's stem beside its serif
    # is no side of a box)
    snap = min(SNAP_TOLERANCE, SIDE_SNAP * min(width, height))

    def side(orient: str, pos: float) -> bool:
        return any(
            e["orientation"] == orient
            and abs((e["top"] if orient == "h" else e["x0"]) - pos) <= snap
            and (e["x1"] - e["x0"] if orient == "h" else e["bottom"] - e["top"])
            >= ROUNDED_SIDE * (width if orient == "h" else height)
            for e in edges
        )

    if side("h", top) and side("h", bottom) and side("v", x0) and side("v", x1):
        return [{**e, "rounded": (x0, top, x1, bottom)} for e in edges]
    return [] if glyph else edges


def square_rounded_boxes(edges: Sequence[PdfObj]) -> list[PdfObj]:
    """``edges`` with each box drawn with rounded corners (edges tagged ``rounded``) its
    four sides met at the corners, so that it holds its text as a square box does, but
    where another rule runs through it (a highlight drawn over a table's row: squared, its
    sides would cut the table's cells), and without the tags."""
    boxes: dict[tuple[float, float, float, float], list[PdfObj]] = {}
    out: list[PdfObj] = []
    for e in edges:
        if "rounded" in e:
            boxes.setdefault(e["rounded"], []).append(e)
        else:
            out.append(e)
    if not boxes:
        return out
    # the other rules by where they stand across their run, to look up those near a box
    hs = sorted((float(e["top"]), i) for i, e in enumerate(out) if e["orientation"] == "h")
    vs = sorted((float(e["x0"]), i) for i, e in enumerate(out) if e["orientation"] == "v")
    for (x0, top, x1, bottom), own in boxes.items():
        inside = (x0 + SNAP_TOLERANCE, top + SNAP_TOLERANCE, x1 - SNAP_TOLERANCE,
                  bottom - SNAP_TOLERANCE)  # fmt: skip
        near = [out[i] for _, i in hs[bisect.bisect_right(hs, (inside[1], math.inf)):
                                      bisect.bisect_left(hs, (inside[3], -1))]]
        near += [out[i] for _, i in vs[bisect.bisect_right(vs, (inside[0], math.inf)):
                                       bisect.bisect_left(vs, (inside[2], -1))]]
        others = [e for e in edges if e.get("rounded") not in (None, (x0, top, x1, bottom))]
        if any(_crosses(e, inside) for e in near + others):
            out += [{k: v for k, v in e.items() if k != "rounded"} for e in own]
        else:
            out += rect_edges(
                {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "height": bottom - top}
            )
    return out


def _crosses(e: PdfObj, box: tuple[float, float, float, float]) -> bool:
    """Whether the rule ``e`` runs inside ``box`` (x0, top, x1, bottom)."""
    x0, top, x1, bottom = box
    ex0, etop, ex1, ebottom = (float(e[k]) for k in ("x0", "top", "x1", "bottom"))
    if e["orientation"] == "h":
        return top < etop < bottom and ex0 < x1 and x0 < ex1
    return x0 < ex0 < x1 and etop < bottom and top < ebottom


def _short_dash(width: float, height: float) -> bool:
    """A box of a dash of a dashed rule (:data:`DASH_WIDTH`, :data:`MAX_DASH`)."""
    thin, long = min(width, height), max(width, height)
    return thin <= DASH_WIDTH and DASH_RATIO * thin <= long <= MAX_DASH


def _centre_edge(x0: float, top: float, x1: float, bottom: float) -> PdfObj:
    """The rule along the middle of a thin box (a dash)."""
    if x1 - x0 >= bottom - top:
        y = (top + bottom) / 2
        return {"orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y}
    x = (x0 + x1) / 2
    return {"orientation": "v", "x0": x, "x1": x, "top": top, "bottom": bottom}


#: how far apart (pt) the ends of a step may be across it and the step still run along an
#: axis: a page stored turned (/Rotate 90) draws its rules through a turned matrix, their
#: ends apart by a rounding error (149.24999378125 / 149.24999378125005)
AXIS_TOLERANCE = 1e-3


def _curve_edges(pts: Sequence[tuple[float, float]]) -> list[PdfObj]:
    """pdfplumber's ``curve_to_edges``: each straight, axis-parallel step of a path (its
    ends met on the axis where a rounding error keeps them apart)."""
    out = []
    for (ax, ay), (bx, by) in itertools.pairwise(pts):
        orient = (
            "v" if abs(ax - bx) <= AXIS_TOLERANCE else "h" if abs(ay - by) <= AXIS_TOLERANCE
            else None
        )  # fmt: skip
        if orient == "v":
            bx = ax
        elif orient == "h":
            by = ay
        if orient:
            out.append(
                {
                    "orientation": orient,
                    "x0": min(ax, bx),
                    "x1": max(ax, bx),
                    "top": min(ay, by),
                    "bottom": max(ay, by),
                }
            )
    return out
