"""A chart drawn as a table: the lines between its boxes, drawn by the cells' borders.

An organisation chart typed in Hancom as a table (고용노동부's 기구 및 조직 현황: 24 x 47
cells) draws each unit as a merged cell with its four sides, and the lines between
units as the borders of empty cells: a vertical stroke down from 차관, a bar along the
top of a row, a stroke down to each unit.  Where the cells say which sides they draw
(HWPX, HWP), a unit's parent is the box that line leads up to, not the box above it
whose columns overlap its own (a bar can run far to the side).

Stages: :func:`drawn_edges` (the grid's drawn unit segments) -> :func:`contacts` (what
a box's lines reach, through the officials' boxes, which pass a line on: 장관 -> 차관)
-> :func:`parents_by_lines`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence

from extract.layout.cells import TableCell
from extract.parse.org_boxes import Box

#: a corner of the grid: (row line, column line), 0 .. n_rows / n_cols
Vertex = tuple[int, int]
#: a drawn unit segment between two neighbouring corners (the smaller first)
Edge = tuple[Vertex, Vertex]


def _edge(a: Vertex, b: Vertex) -> Edge:
    return (a, b) if a <= b else (b, a)


def drawn_edges(cells: Sequence[TableCell], n_rows: int, n_cols: int) -> set[Edge]:
    """The unit segments of the grid that a cell on either side draws (none inside a
    merged cell)."""
    owner: list[list[TableCell | None]] = [[None] * n_cols for _ in range(n_rows)]
    for c in cells:
        for r in range(c.row, min(c.row + c.row_span, n_rows)):
            for k in range(c.col, min(c.col + c.col_span, n_cols)):
                owner[r][k] = c

    def at(r: int, k: int) -> TableCell | None:
        return owner[r][k] if 0 <= r < n_rows and 0 <= k < n_cols else None

    out: set[Edge] = set()
    for r in range(n_rows + 1):
        for k in range(n_cols):
            up, down = at(r - 1, k), at(r, k)
            if up is not None and up is down:
                continue
            if (up is not None and "B" in up.borders) or (down is not None and "T" in down.borders):
                out.add(((r, k), (r, k + 1)))
    for k in range(n_cols + 1):
        for r in range(n_rows):
            left, right = at(r, k - 1), at(r, k)
            if left is not None and left is right:
                continue
            if (left is not None and "R" in left.borders) or (
                right is not None and "L" in right.borders
            ):
                out.add(((r, k), (r + 1, k)))
    return out


def _corners(box: Box) -> tuple[int, int, int, int]:
    """A box's rows and columns as grid lines: top, left, bottom, right."""
    assert box.geo is not None
    c0, r0, c1, r1 = box.geo
    return int(r0), int(c0), int(r1), int(c1)


def _centre(box: Box) -> float:
    assert box.geo is not None
    return (box.geo[0] + box.geo[2]) / 2


def _outline(box: Box) -> Iterator[Vertex]:
    """The corners along a box's sides."""
    top, left, bottom, right = _corners(box)
    for k in range(left, right + 1):
        yield (top, k)
        yield (bottom, k)
    for r in range(top + 1, bottom):
        yield (r, left)
        yield (r, right)


def _sides(box: Box) -> set[Edge]:
    top, left, bottom, right = _corners(box)
    out = {_edge((r, k), (r, k + 1)) for r in (top, bottom) for k in range(left, right)}
    out |= {_edge((r, k), (r + 1, k)) for k in (left, right) for r in range(top, bottom)}
    return out


def _neighbours(v: Vertex) -> Iterator[Vertex]:
    r, k = v
    yield from ((r - 1, k), (r + 1, k), (r, k - 1), (r, k + 1))


def _index(boxes: Sequence[Box]) -> tuple[set[Edge], dict[Vertex, list[int]]]:
    """The boxes' own sides (no line between boxes runs along them) and, for each corner
    on a box's side, the boxes (by index) it is on."""
    sides: set[Edge] = set().union(*(_sides(b) for b in boxes if b.geo is not None))
    at: dict[Vertex, list[int]] = {}
    for i, b in enumerate(boxes):
        if b.geo is not None:
            for v in set(_outline(b)):
                at.setdefault(v, []).append(i)
    return sides, at


def _side(box: Box, v: Vertex) -> str:
    """Which side of ``box`` the corner ``v`` is on: its bottom or top where the line
    meets it between its corners (or it is one column wide), else a side."""
    top, left, bottom, right = _corners(box)
    between = left < v[1] < right or right - left == 1
    if v[0] == bottom and between:
        return "bottom"
    if v[0] == top and between:
        return "top"
    return "side"


def contacts(
    i: int, boxes: Sequence[Box], edges: set[Edge], index: tuple[set[Edge], dict[Vertex, list[int]]]
) -> dict[int, set[str]]:
    """The boxes the lines from ``boxes[i]`` reach (by index), with the side each is
    reached on ("top", "bottom", "side": a line that meets a box at its corner runs past
    it).  A line goes on through the box of an official or a count (장관, then 차관), not
    through a unit's.  ``index``: :func:`_index` of ``boxes``."""
    sides, at = index
    out: dict[int, set[str]] = {}
    start = list(dict.fromkeys(_outline(boxes[i])))
    seen = set(start)
    queue = deque(start)
    while queue:
        v = queue.popleft()
        stop = False
        for j in at.get(v, ()):
            if j == i:
                continue
            other = boxes[j]
            out.setdefault(j, set()).add(_side(other, v))
            if other.kind == "unit":
                stop = True
            else:  # (a line passes on through an official's box)
                for w in _outline(other):
                    if w not in seen:
                        seen.add(w)
                        queue.append(w)
        if stop and v not in start:
            continue
        for w in _neighbours(v):
            if w not in seen and _edge(v, w) in edges and _edge(v, w) not in sides:
                seen.add(w)
                queue.append(w)
    return out


def parents_by_lines(
    boxes: Sequence[Box], cells: Sequence[TableCell], n_rows: int, n_cols: int
) -> dict[int, Box | None]:
    """Each unit's parent (by index in ``boxes``) where its lines lead up to the bottom
    of a unit above it: the nearest such; None where its lines reach other boxes but no
    unit above (it hangs from an official's line: 감사관 beside 차관's, 기획조정실 under
    the bar below 차관), so the chart's top is its parent.  Units no line reaches, and
    charts whose cells say nothing of their borders, are left out."""
    if not any(c.borders for c in cells):
        return {}
    edges = drawn_edges(cells, n_rows, n_cols)
    index = _index(boxes)
    out: dict[int, Box | None] = {}
    for i, box in enumerate(boxes):
        if box.kind != "unit" or box.geo is None:
            continue
        top = _corners(box)[0]
        reached = contacts(i, boxes, edges, index)
        if not reached:
            continue
        above = [
            boxes[j] for j, got in reached.items()
            if boxes[j].kind == "unit" and "bottom" in got and _corners(boxes[j])[2] <= top
        ]  # fmt: skip
        centre = (box.geo[0] + box.geo[2]) / 2
        out[i] = max(
            above, key=lambda b: (_corners(b)[2], -abs(_centre(b) - centre)), default=None
        )
    return out
