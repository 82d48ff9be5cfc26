"""Ruled tables: rules to cells, cells to tables, regions, and linearized rows."""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex
from pdfplumber import table as pdftable

from extract.read.linearize import rows_to_lines
from extract.read.pdf.base import (
    MIN_EDGE,
    SNAP_TOLERANCE,
    SPACE_EM,
    BBox,
    Glyph,
    PdfObj,
    TextLine,
    WrapSpace,
)
from extract.read.pdf.lines import chars_to_lines


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


def find_ruled_tables(edges: list[PdfObj]) -> list[RuledTable]:
    """Cells bounded by ruling lines on all four sides, grouped into tables.

    Hancom draws rules as thin filled rectangles and reportlab as stroked ones; merging
    edges within :data:`SNAP_TOLERANCE` makes both one line.  Merged cells come out as
    one bigger cell because no rule runs through them.  A table drawn without its
    left and right borders gets them (:func:`close_open_sides`).
    """
    rules = close_open_sides(reach_moved_rules(edges, merge_rules(edges)))
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


def close_open_sides(rules: Sequence[PdfObj], tolerance: float = 2.0) -> list[PdfObj]:
    """Rules plus the side borders an open-sided table leaves out.

    Hancom tables often draw no left and right border: the row rules end at the
    table's edge with nothing joining them, so the first and last columns have no
    cells.  Two row rules that end at the same x, with an inner column rule running
    from one to the other, get a border between them at that end.
    """
    hs = sorted((r for r in rules if r["orientation"] == "h"), key=lambda r: r["top"])
    vs = [r for r in rules if r["orientation"] == "v"]
    added: list[PdfObj] = []
    for end in ("x0", "x1"):
        for i, a in enumerate(hs):
            for b in hs[i + 1 :]:
                if b["top"] - a["top"] < MIN_EDGE:
                    continue
                if abs(a[end] - b[end]) > tolerance:
                    continue
                x = a[end]
                lo, hi = max(a["x0"], b["x0"]), min(a["x1"], b["x1"])
                inner = [
                    v for v in vs
                    if lo + tolerance < v["x0"] < hi - tolerance
                    and v["top"] <= a["top"] + tolerance and v["bottom"] >= b["top"] - tolerance
                ]  # fmt: skip
                side = [
                    v for v in vs
                    if abs(v["x0"] - x) <= tolerance
                    and v["top"] <= a["top"] + tolerance and v["bottom"] >= b["top"] - tolerance
                ]  # fmt: skip
                if inner and not side:
                    added.append(_edge("v", x, a["top"], b["top"]))
                break  # only the next rule ending here: rows, not the whole table
    return [*rules, *added]


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
                        out.append(_edge(orient, pos, start, end))
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


def _edge(orient: str, pos: float, start: float, end: float) -> PdfObj:
    if orient == "h":
        return {
            "orientation": "h",
            "x0": start,
            "x1": end,
            "top": pos,
            "bottom": pos,
            "width": end - start,
            "height": 0.0,
        }
    return {
        "orientation": "v",
        "x0": pos,
        "x1": pos,
        "top": start,
        "bottom": end,
        "width": 0.0,
        "height": end - start,
    }


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


def _inside(point: tuple[float, float], box: BBox) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


def _contains(outer: BBox, inner: BBox, slack: float = 1.0) -> bool:
    return (
        outer[0] - slack <= inner[0]
        and outer[1] - slack <= inner[1]
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def _area(box: BBox) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


@dataclass(slots=True)
class Region:
    """A page or a table cell: its own glyphs and vertical words, and tables inside it."""

    bbox: BBox | None
    glyphs: list[Glyph] = field(default_factory=list)
    words: list[TextLine] = field(default_factory=list)
    tables: list[tuple[RuledTable, list[Region]]] = field(default_factory=list)


#: height (pt) of the bands :func:`build_regions` indexes cells by
_BAND = 24.0


def build_regions(
    glyphs: Sequence[Glyph], words: Sequence[TextLine], tables: Sequence[RuledTable]
) -> Region:
    """Put every glyph and vertical word in the smallest cell that holds it.

    A table lies in the smallest cell of another table that contains it (boxes drawn
    around content), otherwise on the page.
    """
    page = Region(None)
    all_cells: list[tuple[BBox, Region]] = []
    for t in sorted(tables, key=lambda t: _area(t.bbox), reverse=True):  # outer tables first
        cell_regions = [Region(c) for c in t.cells]
        parent = page
        best = math.inf
        for box, region in all_cells:
            if _contains(box, t.bbox) and _area(box) < best:
                parent, best = region, _area(box)
        parent.tables.append((t, cell_regions))
        all_cells.extend(zip(t.cells, cell_regions, strict=True))
    all_cells.sort(key=lambda item: _area(item[0]))  # smallest first: first hit is innermost
    # cells by horizontal band, so a glyph is tested only against the cells of its band
    bands: dict[int, list[tuple[BBox, Region]]] = {}
    for box, region in all_cells:
        for band in range(int(box[1] // _BAND), int(box[3] // _BAND) + 1):
            bands.setdefault(band, []).append((box, region))

    def home(point: tuple[float, float]) -> Region:
        for box, region in bands.get(int(point[1] // _BAND), ()):
            if _inside(point, box):
                return region
        return page

    for g in glyphs:
        home((g.cx, g.cy)).glyphs.append(g)
    for w in words:
        home(((w.x0 + w.x1) / 2, w.top + 1.0)).words.append(w)
    return page


#: cell edges closer than this (pt) are one grid line
AXIS_TOLERANCE = 2.0

#: a cell of a page grid: (grid index on the page, cell index in the grid)
CellRef = tuple[int, int]


@dataclass(slots=True)
class PageGrid:
    """A ruled table of one page: cells on a grid, and the table it sits in (if nested)."""

    bbox: BBox
    n_rows: int
    n_cols: int
    #: (row, col, row_span, col_span) per cell, in the table's cell order
    cells: list[tuple[int, int, int, int]]
    #: the cell of another grid this one is drawn inside, if any
    parent: CellRef | None = None
    #: each cell's own lines of text, as drawn (before one-line cells are joined)
    paragraphs: list[list[str]] = field(default_factory=list)

    #: leading rows drawn as a header band of their own, if any
    header_rows: int | None = None


@dataclass(slots=True)
class TaggedLine:
    """A rebuilt line and the table cells its text came from (empty outside tables)."""

    line: TextLine
    cells: frozenset[CellRef] = frozenset()


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


def _index(positions: Sequence[float], v: float) -> int:
    return min(range(len(positions)), key=lambda i: abs(positions[i] - v))


def _places(positions: Sequence[float], spans: Sequence[tuple[float, float]]) -> list[int]:
    """The grid line each position is: a gap between two positions that no cell spans
    (the gutter between two boxes of one table) is no row or column."""
    out = [0]
    for a, b in itertools.pairwise(positions):
        covered = any(lo <= a + AXIS_TOLERANCE and hi >= b - AXIS_TOLERANCE for lo, hi in spans)
        out.append(out[-1] + covered)
    return out


def grid_of(table: RuledTable) -> tuple[int, int, list[tuple[int, int, int, int]]]:
    """(rows, cols, cells as (row, col, row_span, col_span)) of a ruled table."""
    xs = axis([c[0] for c in table.cells] + [c[2] for c in table.cells])
    ys = axis([c[1] for c in table.cells] + [c[3] for c in table.cells])
    col_at = _places(xs, [(c[0], c[2]) for c in table.cells])
    row_at = _places(ys, [(c[1], c[3]) for c in table.cells])
    cells = []
    for x0, top, x1, bottom in table.cells:
        c0, c1 = col_at[_index(xs, x0)], col_at[_index(xs, x1)]
        r0, r1 = row_at[_index(ys, top)], row_at[_index(ys, bottom)]
        cells.append((r0, c0, max(1, r1 - r0), max(1, c1 - c0)))
    return max(1, row_at[-1]), max(1, col_at[-1]), cells


def _rows(table: RuledTable, tolerance: float = 2.0) -> list[list[int]]:
    """Cell indexes grouped as :meth:`RuledTable.rows` groups the cells."""
    order = sorted(range(len(table.cells)), key=lambda i: (table.cells[i][1], table.cells[i][0]))
    rows: list[list[int]] = []
    for i in order:
        if rows and abs(table.cells[rows[-1][0]][1] - table.cells[i][1]) <= tolerance:
            rows[-1].append(i)
        else:
            rows.append([i])
    return [sorted(r, key=lambda i: table.cells[i][0]) for r in rows]


def _join(run: list[TaggedLine]) -> list[TaggedLine]:
    if not run:
        return []
    lines = [t.line for t in run]
    joined = TextLine(
        " ".join(ln.text for ln in lines),
        lines[0].x0,
        min(ln.top for ln in lines),
        lines[-1].x1,
        max(ln.bottom for ln in lines),
    )
    return [TaggedLine(joined, frozenset().union(*(t.cells for t in run)))]


def _tagged_cells_to_lines(
    table: RuledTable, grid_id: int, cell_lines: Sequence[Sequence[TaggedLine]]
) -> list[TaggedLine]:
    """:func:`extract.read.pdf.cells_to_lines`, keeping which cells each line came from."""

    def cell(i: int) -> tuple[list[TaggedLine], bool]:
        own = frozenset({(grid_id, i)})
        lines = [TaggedLine(t.line, t.cells | own) for t in cell_lines[i] if t.line.text.strip()]
        return lines, True

    return rows_to_lines(((cell(i) for i in row) for row in _rows(table)), _join)


def _blocks(
    lines: Sequence[TaggedLine],
    tables: Sequence[Sequence[TaggedLine]],
    boxes: Sequence[BBox],
    pictures: Sequence[BBox] = (),
    lists: Sequence[bool] = (),
) -> list[TaggedLine]:
    """:func:`extract.read.pdf.lines_to_blocks` on tagged lines (the same order); the lines
    set over a picture are one block at the picture's top (see :func:`picture_blocks`),
    and so are those set just left of a box that is a list (``lists``: one column of
    rows), within its rows, at the box's top (:func:`_titles_beside`)."""
    lists = list(lists) or [False] * len(boxes)
    drawn = [box for t, box, listed in zip(tables, boxes, lists, strict=True) if t and listed]
    titled = _titles_beside([t for t in lines if _picture_of(t.line, pictures) is None], drawn)
    taken = {id(t) for _, group in titled for t in group}
    held: dict[int, list[TaggedLine]] = {}
    blocks: list[tuple[float, float, list[TaggedLine]]] = []
    for t in lines:
        if id(t) in taken:
            continue
        at = _picture_of(t.line, pictures)
        if at is not None:
            held.setdefault(at, []).append(t)
        else:
            blocks.append((t.line.top, t.line.x0, [t]))
    for i, items in held.items():
        blocks.append((pictures[i][1], pictures[i][0], _top_down(items)))
    for box, group in titled:
        blocks.append((box[1], min(t.line.x0 for t in group), group))
    blocks += [(box[1], box[0], list(t)) for t, box in zip(tables, boxes, strict=True) if t]
    blocks.sort(key=lambda b: (b[0], b[1]))
    ordered: list[TaggedLine] = []
    i = 0
    while i < len(blocks):
        j = i + 1
        while j < len(blocks) and blocks[j][0] - blocks[i][0] <= 2.0:
            j += 1
        for _, _, items in sorted(blocks[i:j], key=lambda b: b[1]):
            ordered.extend(items)
        i = j
    return ordered


#: a picture holding text is a block when it is at most this share of the page's width
#: (a banner or a page's background is none)
PICTURE_BLOCK_WIDTH = 0.5


def _picture_of(line: TextLine, pictures: Sequence[BBox]) -> int | None:
    """The picture the line is set over, if any."""
    cx, cy = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
    for i, (x0, top, x1, bottom) in enumerate(pictures):
        if x0 <= line.x0 and line.x1 <= x1 + 1.0 and top <= cy <= bottom and x0 <= cx <= x1:
            return i
    return None


#: a title set left of a box that is a list, within its rows, at most this far (pt) from
#: it, is the list's
BESIDE_GAP = 80.0
#: ... when the first of those lines starts with a list's mark: a boxed number whose
#: glyph the export lost (a private-use code), a bullet, a circled number
_TITLE_MARK = regex.compile(
    r"^\s*(?:[\ue000-\uf8ff\U000f0000-\U000ffffd•◈❖◆◇■□▪●○◦❍]|[①-⑳➀-➓❶-❿➊-➓])"
)


def _titles_beside(
    lines: Sequence[TaggedLine], boxes: Sequence[BBox]
) -> list[tuple[BBox, list[TaggedLine]]]:
    """The title set just left of each box that is a list, within its rows: a goal's name
    in a column of its own beside the box of its tasks, read with the box, before it,
    not after the box's first rows.  The title's lines form one column (left edges
    together), the first starts with a list's mark and has a letter, the column ends
    within the box's rows (a paragraph that runs on past them is no title), and its
    right edge is at most :data:`BESIDE_GAP` from the box (the nearest box, where two
    are in reach)."""
    out: list[tuple[BBox, list[TaggedLine]]] = []
    taken: set[int] = set()
    for box in boxes:
        x0, top, _, bottom = box
        left = [t for t in lines if t.line.x1 <= x0 + 1.0 and id(t) not in taken]
        inside = _top_down(
            [t for t in left if top - 1.0 <= t.line.top and t.line.bottom <= bottom + 1.0]
        )
        if not inside:
            continue
        first = inside[0].line
        size = max(first.bottom - first.top, 1.0)
        column = [t for t in inside if abs(t.line.x0 - first.x0) <= 2.0 * size]
        edge = max(t.line.x1 for t in column)
        nearer = any(
            b is not box and edge <= b[0] + 1.0 and b[0] - edge < x0 - edge
            and b[1] - 1.0 <= first.top and first.bottom <= b[3] + 1.0
            for b in boxes
        )  # fmt: skip
        runs_on = any(
            t not in column and abs(t.line.x0 - first.x0) <= 2.0 * size
            and (0.0 <= t.line.top - bottom <= 1.5 * size
                 or 0.0 <= top - t.line.bottom <= 1.5 * size)
            for t in left
        )  # fmt: skip
        if (
            _TITLE_MARK.match(first.text) and any(ch.isalnum() for ch in first.text)
            and x0 - edge <= BESIDE_GAP and not nearer and not runs_on
        ):  # fmt: skip
            out.append((box, column))
            taken.update(id(t) for t in column)
    return out


def _top_down(items: Sequence[TaggedLine]) -> list[TaggedLine]:
    return sorted(items, key=lambda t: (t.line.top, t.line.x0))


def picture_blocks(
    pictures: Sequence[BBox], tables: Sequence[RuledTable], width: float
) -> list[BBox]:
    """The pictures whose text is read as one block at the picture's top: a goal's title
    set over an illustration, centred on the rows of the box of tasks beside it, is read
    before that box (the box is a block at its top), not after its first task.  A picture
    as wide as half the page, or one a ruled table overlaps, is the page's background."""
    out = []
    for box in pictures:
        x0, top, x1, bottom = box
        if x1 - x0 > PICTURE_BLOCK_WIDTH * width:
            continue
        if any(t.bbox[0] < x1 and x0 < t.bbox[2] and t.bbox[1] < bottom and top < t.bbox[3]
               for t in tables):  # fmt: skip
            continue
        out.append(box)
    return out


def tagged_region_lines(
    region: Region,
    grids: list[PageGrid],
    parent: CellRef | None = None,
    pictures: Sequence[BBox] = (),
    wraps: WrapSpace | None = None,
) -> list[TaggedLine]:
    """A region's text in reading order (as ``region_lines``), each line with its cells;
    every table met is appended to ``grids``; ``pictures``: :func:`picture_blocks`;
    ``wraps``: how the engine draws the space where it wraps between two words
    (:data:`~extract.read.pdf.base.WRAP_SPACE_PRODUCERS`), so that a cell's line wrapped
    inside a word goes on with the next as one line (:func:`broken_wraps`)."""
    lines = [TaggedLine(ln) for ln in chars_to_lines(region.glyphs) + list(region.words)]
    linearized: list[list[TaggedLine]] = []
    boxes: list[BBox] = []
    lists: list[bool] = []  # which tables are one column of rows (a list in boxes)
    for table, cells in region.tables:
        grid_id = len(grids)
        n_rows, n_cols, spans = grid_of(table)
        grids.append(PageGrid(table.bbox, n_rows, n_cols, spans, parent))
        if table.head_bottom is not None:
            grids[grid_id].header_rows = max(
                r + rs for (r, _, rs, _), box in zip(spans, table.cells, strict=True)
                if box[3] <= table.head_bottom + AXIS_TOLERANCE
            )  # fmt: skip
        cell_lines = [
            tagged_region_lines(r, grids, (grid_id, i), wraps=wraps) for i, r in enumerate(cells)
        ]
        if wraps is not None:
            cell_lines = [
                _join_broken(lines, box, wraps)
                for lines, box in zip(cell_lines, table.cells, strict=True)
            ]
        grids[grid_id].paragraphs = [
            [t.line.text for t in lines if t.line.text.strip()] for lines in cell_lines
        ]
        linearized.append(_tagged_cells_to_lines(table, grid_id, cell_lines))
        boxes.append(table.bbox)
        lists.append(n_cols == 1 and n_rows >= 2 and table.head_bottom is None)
    return _blocks(lines, linearized, boxes, pictures, lists)


#: marks a line may end in where it wraps inside a word ("실태조사," / "교육용역준공",
#: "2020.10." / "현재"), and marks the next may start with ("현행" / "(사업별")
_BROKEN_END = frozenset(",.·~-")
_BROKEN_START = frozenset("(「『[<")
#: a cell's padding is at most this many times the height of its lines
CELL_PADDING = 0.6


def broken_wraps(
    lines: Sequence[TextLine], box: BBox, wraps: WrapSpace = "every"
) -> list[bool]:
    """For each two lines of a cell in a row, whether the first was wrapped inside a word:
    it ends in no drawn space where the engine would have drawn one (``wraps``:
    :data:`~extract.read.pdf.base.WRAP_SPACE_PRODUCERS`), and not even the next line's
    first character (after a mark: its first word) would have fitted after it
    ("기부및사회협력" / "활성화").

    "every": the engine breaks between two letters only inside a word too long for its
    line, so the line is one word, or ends where a mark allows a break inside a bracket
    ("내역(2018~2020.10." / "현재)").  "fitting": the engine breaks between any two
    syllables and draws the space of a wrap between words where it fits, so a line set
    left with room for a space at its end and none drawn was wrapped inside a word
    ("위해서는 2" / "5개")."""
    if len(lines) < 2:
        return []
    # the width its lines may take: the cell less its padding on both sides (the widest
    # line's gap to the cell's left side, at most CELL_PADDING of a line's height: lines
    # set centred stand further in), whether they are set left or centred
    height = min(ln.bottom - ln.top for ln in lines)
    margin = min(max(min(ln.x0 - box[0] for ln in lines), 0.0), CELL_PADDING * height)
    room = box[2] - box[0] - 2 * margin
    out = []
    for a, b in itertools.pairwise(lines):
        # what would have had to fit: after a letter the next line's first character (a
        # word broken anywhere), after a mark its first word (a break the mark allows)
        glyph = (b.x1 - b.x0) / max(len(b.text), 1)
        at_mark = a.text[-1] in _BROKEN_END or b.text[0] in _BROKEN_START
        marks = (a.text[-1].isalnum() or a.text[-1] in _BROKEN_END) and (
            b.text[0].isalnum() or b.text[0] in _BROKEN_START
        )
        if wraps == "fitting":  # (the room at the end of a line set left)
            left_set = a.x0 - box[0] <= margin + 0.5
            end = box[2] - margin - a.x1
            broken = left_set and SPACE_EM * (a.bottom - a.top) <= end < glyph - 0.5
        else:  # (the room the line left, whether set left or centred)
            need = glyph if a.text[-1].isalnum() else glyph * len(b.text.split()[0])
            broken = (
                (len(a.text.split()) == 1 or (at_mark and _closes_bracket(a.text, b.text)))
                and not (a.text[-1].isdigit() and b.text[0].isdigit())  # two figures
                and (a.x1 - a.x0) + need > room + 0.5
            )
        out.append(not a.trail and marks and broken)
    return out


def _closes_bracket(a: str, b: str) -> bool:
    """Whether ``b`` closes a bracket left open in ``a`` ("내역(2018~2020.10." / "현재)"):
    a line the text broke itself seldom ends inside a bracket (one before a bracket, "…
    하반기" / "(지정 이후)", is as often the text's own as a wrap)."""
    return a.count("(") > a.count(")") and ")" in b.split()[0]


def _join_broken(
    lines: Sequence[TaggedLine], box: BBox, wraps: WrapSpace
) -> list[TaggedLine]:
    """A cell's lines with each line wrapped inside a word joined to the next."""
    kept = [t for t in lines if t.line.text.strip()]
    broken = broken_wraps([t.line for t in kept], box, wraps)
    if not any(broken):
        return list(lines)
    out = kept[:1]
    for t, joined in zip(kept[1:], broken, strict=True):
        if joined:
            a, b = out[-1].line, t.line
            line = TextLine(a.text + b.text, min(a.x0, b.x0), a.top, max(a.x1, b.x1), b.bottom,
                            b.trail)  # fmt: skip
            out[-1] = TaggedLine(line, out[-1].cells | t.cells)
        else:
            out.append(t)
    return out


def region_lines(region: Region) -> list[TextLine]:
    """A region's text in reading order: its lines and its tables' linearized rows."""
    return [t.line for t in tagged_region_lines(region, [])]


def cells_to_lines(table: RuledTable, cell_lines: Sequence[Sequence[TextLine]]) -> list[TextLine]:
    """Linearize a table row by row (the rule the parsers rely on).

    Cells left to right; consecutive one-line cells are joined into one line with single
    spaces; a cell of several lines is emitted as its own lines; a cell spanning rows is
    emitted with the first row it spans; empty cells are skipped.
    """
    tagged = [[TaggedLine(ln) for ln in lines] for lines in cell_lines]
    return [t.line for t in _tagged_cells_to_lines(table, 0, tagged)]


def lines_to_blocks(
    lines: Sequence[TextLine],
    tables: Sequence[Sequence[TextLine]],
    boxes: Sequence[BBox],
    pictures: Sequence[BBox] = (),
    lists: Sequence[bool] = (),
) -> list[TextLine]:
    """Free lines and whole tables in reading order: by top, then left to right.

    A table is one block at its top edge, and so are the lines set over one of
    ``pictures`` (:func:`picture_blocks`) and a marked title set left of a table that
    is a list (``lists``); items whose tops are within a couple of points (boxes side by
    side, a label and its unit) are ordered by x.
    """
    tagged = [[TaggedLine(ln) for ln in t] for t in tables]
    free = [TaggedLine(ln) for ln in lines]
    return [t.line for t in _blocks(free, tagged, boxes, pictures, lists)]
