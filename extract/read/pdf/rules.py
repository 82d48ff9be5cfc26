"""Ruled tables, the first stage of reading a page's tables: the page's drawn edges
merged into ruling lines, the lines into cells, the cells into tables (boxes drawn as
one table's columns, or as its header band, joined into it).

:mod:`extract.read.pdf.regions` then puts the page's text into those tables' cells.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from pdfplumber import table as pdftable

from extract.read.pdf.base import (
    MIN_EDGE,
    SNAP_TOLERANCE,
    BBox,
    Glyph,
    PdfObj,
    rule_edge,
)
from extract.read.pdf.frames import close_open_bottoms, close_open_sides, lift_tabbed_tops
from extract.read.pdf.opentops import close_open_tops
from extract.read.pdf.textcolumns import column_rules


@dataclass(slots=True)
class RuledTable:
    """A ruled table: its cells (merged cells are one bigger cell) and outline."""

    cells: list[BBox]
    #: the bottom of a header drawn as a band of boxes of its own (:func:`join_gutters`)
    head_bottom: float | None = None
    bbox: BBox = field(init=False)

    def __post_init__(self) -> None:
        self.bbox = (
            min(c[0] for c in self.cells),
            min(c[1] for c in self.cells),
            max(c[2] for c in self.cells),
            max(c[3] for c in self.cells),
        )

    def rows(self, tolerance: float = 2.0) -> list[list[BBox]]:
        """Cells grouped by their top edge, left to right; a spanning cell is in its first row."""
        rows: list[list[BBox]] = []
        for cell in sorted(self.cells, key=lambda c: (c[1], c[0])):
            if rows and abs(rows[-1][0][1] - cell[1]) <= tolerance:
                rows[-1].append(cell)
            else:
                rows.append([cell])
        return [sorted(row, key=lambda c: c[0]) for row in rows]


# --- ruled tables --------------------------------------------------------------------

#: how far a rule may stop short of the rule it meets and still join it: merging two
#: close parallel rules (a table's border beside its cell's) moves the merged rule by up
#: to half the snap tolerance, and the rules that met the one that moved still meet it
JOIN_TOLERANCE = SNAP_TOLERANCE / 2


def find_ruled_tables(
    edges: list[PdfObj], glyphs: Sequence[Glyph] = (), page_height: float = 0.0
) -> list[RuledTable]:
    """Cells bounded by ruling lines on all four sides, grouped into tables.

    Hancom draws rules as thin filled rectangles and reportlab as stroked ones; merging
    edges within :data:`SNAP_TOLERANCE` makes both one line.  Merged cells come out as
    one bigger cell because no rule runs through them.  A table drawn without its
    left and right borders gets them (:func:`close_open_sides`); a box with a title tab
    on its top is one box with the tab inside (:func:`lift_tabbed_tops`).  A table drawn
    with row rules only gets its column rules from where the text (``glyphs``) leaves
    room (:func:`~extract.read.pdf.textcolumns.column_rules`).
    """
    rules = close_open_sides(lift_tabbed_tops(reach_moved_rules(edges, merge_rules(edges))))
    # (a row a page break cut: open at its bottom, at the page's foot)
    rules = close_open_bottoms(rules, page_height) if page_height else rules
    # (and its part on the next page, open at its top, at the page's head)
    rules = close_open_tops(rules, page_height, glyphs=glyphs) if page_height else rules
    rules = column_rules(rules, glyphs, page_height) if glyphs else rules
    if not rules:
        return []
    points = pdftable.edges_to_intersections(rules, JOIN_TOLERANCE, JOIN_TOLERANCE)
    cells = [
        (float(c[0]), float(c[1]), float(c[2]), float(c[3]))
        for c in pdftable.intersections_to_cells(points)
    ]
    # a hairline "cell" between two rules of one Hancom border is not a cell
    cells = [c for c in cells if c[2] - c[0] >= MIN_EDGE and c[3] - c[1] >= MIN_EDGE]
    return join_stacked(join_gutters([RuledTable(group) for group in group_cells(cells)]))


#: cell edges closer than this (pt) are one grid line
AXIS_TOLERANCE = 2.0


def axis(values: Sequence[float], tolerance: float = AXIS_TOLERANCE) -> list[float]:
    """Sorted positions, values within ``tolerance`` of the previous one merged.

    >>> axis([10.0, 10.5, 50.0, 49.2, 90.0])
    [10.0, 49.2, 90.0]
    """
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tolerance:
            out.append(v)
    return out


#: the widest gap (pt) between the boxes of one table drawn as a box per column
GUTTER = 30.0


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= AXIS_TOLERANCE


def _bands(tables: Sequence[RuledTable]) -> list[list[RuledTable]]:
    """Runs of two or more tables side by side with the same top and bottom, each the
    next within :data:`GUTTER` of the last."""
    bands: list[list[RuledTable]] = []
    for t in sorted(tables, key=lambda t: t.bbox[0]):
        for band in bands:
            last = band[-1].bbox
            if (
                _same(last[1], t.bbox[1])
                and _same(last[3], t.bbox[3])
                and -AXIS_TOLERANCE <= t.bbox[0] - last[2] <= GUTTER
            ):
                band.append(t)
                break
        else:
            bands.append([t])
    return [b for b in bands if len(b) > 1]


def _columns(band: Sequence[RuledTable]) -> list[tuple[float, float]]:
    return [(t.bbox[0], t.bbox[2]) for t in band]


def _same_columns(a: Sequence[RuledTable], b: Sequence[RuledTable]) -> bool:
    return len(a) == len(b) and all(
        _same(x0, y0) and _same(x1, y1)
        for (x0, x1), (y0, y1) in zip(_columns(a), _columns(b), strict=True)
    )


def _row_lines(t: RuledTable) -> list[float]:
    return axis([c[1] for c in t.cells] + [c[3] for c in t.cells])


#: rows a box of a band must be split into to be the columns of a table (an organisation
#: chart's boxes have two: the unit's name over its teams)
MIN_BAND_ROWS = 3


def _split(band: Sequence[RuledTable]) -> list[list[float]]:
    """The row lines of the boxes of a band that are split into rows."""
    return [ys for t in band if len(ys := _row_lines(t)) > 2]


def _rows_agree(band: Sequence[RuledTable]) -> bool:
    """The boxes of a band that are split into rows are split at the same heights."""
    split = _split(band)
    return all(
        len(ys) == len(split[0]) and all(_same(a, b) for a, b in zip(ys, split[0], strict=True))
        for ys in split
    )


def _is_table(stack: Sequence[Sequence[RuledTable]]) -> bool:
    """Bands stacked as one table: two or more, the boxes split into rows split into
    :data:`MIN_BAND_ROWS` or more, and a header band of single boxes over them or a
    label box over each band's rows (분야 | 추진과제 ...).  An organisation chart's rows of
    units, each box the unit over its teams, have neither."""
    rows = [len(ys) - 1 for band in stack for ys in _split(band)]
    if not rows or min(rows) < MIN_BAND_ROWS:
        return False
    if len(stack) == 1:
        # one band of boxes of one column each, all with the same rows: a box per year
        # or per strategy, each a title over its text over its figure (2023 | 2024 | …)
        return len(rows) == len(stack[0]) and all(len(_column_lines(t)) == 2 for t in stack[0])
    body = stack[1:] if not _split(stack[0]) else stack
    return len(body) < len(stack) or all(len(_split(band)) < len(band) for band in body)


def join_gutters(tables: list[RuledTable]) -> list[RuledTable]:
    """Boxes drawn as the columns of one table, joined into that table.

    Hancom lays some wide tables out as a box per column and per group of rows, with
    gutters between the boxes (an arrow in one) and rows told apart by shading (whose
    edges rule them).  Boxes side by side with the same top and bottom are a band;
    bands stacked within :data:`GUTTER` with the same columns are one table, where a
    box of one of them has rows (a row of single boxes alone is a flow chart).
    """
    bands = sorted(
        (b for b in _bands(tables) if _rows_agree(b)), key=lambda b: b[0].bbox[1]
    )
    stacks: list[list[list[RuledTable]]] = []
    for band in bands:
        under = next(
            (
                stack
                for stack in stacks
                if _same_columns(stack[-1], band)
                and -AXIS_TOLERANCE <= band[0].bbox[1] - stack[-1][0].bbox[3] <= GUTTER
            ),
            None,
        )
        if under is not None:
            under.append(band)
        else:
            stacks.append([band])
    joined: list[RuledTable] = []
    taken: set[int] = set()
    for stack in stacks:
        if not _is_table(stack):
            continue
        members = [t for band in stack for t in band]
        # a first band of single boxes over bands with rows is the header
        head = stack[0][0].bbox[3] if not _split(stack[0]) else None
        joined.append(RuledTable([c for t in members for c in t.cells], head))
        taken.update(id(t) for t in members)
    rest = [t for t in tables if id(t) not in taken]
    return sorted(rest + joined, key=lambda t: (t.bbox[1], t.bbox[0]))


#: the widest gap (pt) between a table's header band and its body drawn as boxes of their
#: own (a double rule wider than SNAP_TOLERANCE): less than a line of text
STACK_GAP = 6.0


def _column_lines(t: RuledTable) -> list[float]:
    return axis([c[0] for c in t.cells] + [c[2] for c in t.cells])


def join_stacked(tables: list[RuledTable]) -> list[RuledTable]:
    """A header band drawn as a box of one row over its table's body, with no room for
    text between them, on the same column lines: one table, the band its header (a
    double rule 3.8 pt wide parts them on 청년산학국 p17)."""
    out: list[RuledTable] = []
    for t in sorted(tables, key=lambda t: (t.bbox[1], t.bbox[0])):
        cols = _column_lines(t)
        above = next(
            (
                i for i in range(len(out) - 1, -1, -1)
                if 0 < t.bbox[1] - out[i].bbox[3] <= STACK_GAP
                and len(cols) > 2
                and len(_row_lines(out[i])) == 2
                and len(_column_lines(out[i])) == len(cols)
                and all(_same(a, b) for a, b in zip(_column_lines(out[i]), cols, strict=True))
            ),
            None,
        )  # fmt: skip
        if above is None:
            out.append(t)
            continue
        top = out[above]
        out[above] = RuledTable([*top.cells, *t.cells], top.bbox[3])
    return sorted(out, key=lambda t: (t.bbox[1], t.bbox[0]))


def merge_rules(edges: Sequence[PdfObj]) -> list[PdfObj]:
    """Edges merged into ruling lines (pdfplumber edge dicts), short bits dropped.

    Parallel edges closer than :data:`SNAP_TOLERANCE` are one line only where their
    extents overlap: pdfplumber's page-wide ``snap_edges`` would also pull a box's side
    onto an unrelated table's column rule a few points away and break both.  Collinear
    pieces that touch are then joined.
    """
    out: list[PdfObj] = []
    for orient in ("h", "v"):
        # (position, start, end) of each edge along its own axis
        segs = sorted(
            (float(e["top"]), float(e["x0"]), float(e["x1"]))
            if orient == "h"
            else (float(e["x0"]), float(e["top"]), float(e["bottom"]))
            for e in edges
            if e.get("orientation") == orient
        )
        # Two edges connect when their positions are within the tolerance and their
        # extents overlap (with the tolerance as slack).  Comparing all pairs is
        # quadratic in a row of hundreds of dots, so the edges of one exact position
        # are first chained into runs (each edge connects to the run so far exactly
        # when it starts within the tolerance of the run's end); two runs then connect
        # exactly when their hulls would, so runs stand in for their edges.
        runs: list[tuple[float, float, float]] = []
        run_of: list[int] = []
        for pos, start, end in segs:
            if runs and runs[-1][0] == pos and start <= runs[-1][2] + SNAP_TOLERANCE:
                runs[-1] = (pos, runs[-1][1], max(runs[-1][2], end))
            else:
                runs.append((pos, start, end))
            run_of.append(len(runs) - 1)
        parent = list(range(len(runs)))
        for i, (pos, start, end) in enumerate(runs):
            for j in range(i + 1, len(runs)):
                other = runs[j]
                if other[0] - pos > SNAP_TOLERANCE:
                    break
                if other[1] <= end + SNAP_TOLERANCE and start <= other[2] + SNAP_TOLERANCE:
                    parent[_root(parent, j)] = _root(parent, i)
        clusters: dict[int, list[tuple[float, float, float]]] = {}
        for seg, run in zip(segs, run_of, strict=True):
            clusters.setdefault(_root(parent, run), []).append(seg)
        for members in clusters.values():
            pos = sum(m[0] for m in members) / len(members)
            pieces = sorted((m[1], m[2]) for m in members)
            start, end = pieces[0]
            for a, b in [*pieces[1:], (math.inf, math.inf)]:
                if a > end + SNAP_TOLERANCE:
                    if end - start >= MIN_EDGE:
                        out.append(rule_edge(orient, pos, start, end))
                    start, end = a, b
                else:
                    end = max(end, b)
    return out


#: a rule merged this far (pt) from where an edge of it was drawn has moved: the rules
#: that met that edge may no longer reach it within :data:`JOIN_TOLERANCE`
_MOVED = 0.5


def reach_moved_rules(edges: Sequence[PdfObj], rules: Sequence[PdfObj]) -> list[PdfObj]:
    """Rules whose ends met an edge that merging moved, stretched to where it went.

    A nested table's side drawn 2.7 pt inside its cell's border merges with that
    border, whose many pieces pull the merged rule further off than
    :data:`JOIN_TOLERANCE`: the nested table's row rules then end short of it and its
    last column is lost.  A rule that ended on the edge as drawn ends on the merged rule.
    Every test is made on the rules as merged, so the order of the edges does not matter.
    """
    out = [dict(r) for r in rules]
    axes = {"h": ("top", "x0", "x1"), "v": ("x0", "top", "bottom")}
    # each orientation's rules sorted by position, and by where they start and end
    index: dict[tuple[str, str], list[tuple[float, int]]] = {}
    for o, (at, lo, hi) in axes.items():
        for key in (at, lo, hi):
            index[(o, key)] = sorted(
                (float(r[key]), i) for i, r in enumerate(out) if r["orientation"] == o
            )

    def near(orient: str, key: str, lo_pos: float, hi_pos: float) -> list[int]:
        keys = index[(orient, key)]
        i = bisect.bisect_left(keys, (lo_pos, -1))
        j = bisect.bisect_right(keys, (hi_pos, len(out)))
        return [k for _, k in keys[i:j]]

    stretch: dict[tuple[int, str], float] = {}
    for e in edges:
        orient = e.get("orientation")
        if orient not in axes:
            continue
        at, lo, hi = axes[orient]
        pos, start, end = float(e[at]), float(e[lo]), float(e[hi])
        home = [
            out[i] for i in near(orient, at, pos - SNAP_TOLERANCE, pos + SNAP_TOLERANCE)
            if float(out[i][lo]) <= start + SNAP_TOLERANCE
            and end <= float(out[i][hi]) + SNAP_TOLERANCE
        ]  # fmt: skip
        if not home:
            continue
        moved = float(min(home, key=lambda r: abs(float(r[at]) - pos))[at])
        if abs(moved - pos) <= _MOVED:
            continue
        cross = "v" if orient == "h" else "h"
        c_at, c_lo, c_hi = axes[cross]
        for key, pick in ((c_lo, min), (c_hi, max)):
            for i in near(cross, key, pos - JOIN_TOLERANCE, pos + JOIN_TOLERANCE):
                if start - JOIN_TOLERANCE <= float(out[i][c_at]) <= end + JOIN_TOLERANCE:
                    was = stretch.get((i, key), float(out[i][key]))
                    stretch[(i, key)] = pick(was, moved)
    for (i, key), value in stretch.items():
        out[i][key] = value
    for r in out:  # keep the derived sizes true to the stretched ends
        r["width"] = float(r["x1"]) - float(r["x0"])
        r["height"] = float(r["bottom"]) - float(r["top"])
    return out


def _root(parent: list[int], i: int) -> int:
    """Union-find: the representative of ``i`` (halving the path on the way)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def group_cells(cells: Sequence[BBox]) -> list[list[BBox]]:
    """Cells that share a corner belong to one table (a lone box is a table too).

    pdfplumber's ``cells_to_tables`` drops one-cell tables, but a box around a title or
    a vertical team name is exactly what has to keep its text together.
    """
    parent = list(range(len(cells)))
    owner: dict[tuple[float, float], int] = {}
    for i, (x0, top, x1, bottom) in enumerate(cells):
        for corner in ((x0, top), (x0, bottom), (x1, top), (x1, bottom)):
            if corner in owner:
                parent[_root(parent, i)] = _root(parent, owner[corner])
            else:
                owner[corner] = i
    groups: dict[int, list[BBox]] = {}
    for i, cell in enumerate(cells):
        groups.setdefault(_root(parent, i), []).append(cell)
    return sorted(groups.values(), key=lambda g: min((c[1], c[0]) for c in g))
