"""A table's cells as lines, row by row: the one rule every reader follows, so a report
saved as PDF, HWP or HWPX gives the same lines; and the rows a PDF stacks in one ruled
row (a table drawn without rules between its body rows), which its reader and the
layout both cut apart."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from extract.document import BBox
from extract.normalize.figures import is_value

T = TypeVar("T")


def rows_to_lines(
    rows: Iterable[Iterable[tuple[Sequence[T], bool]]], join: Callable[[list[T]], list[T]]
) -> list[T]:
    """The lines of a table's rows, in order.

    ``rows`` gives, row by row and left to right, each cell's lines and whether the
    cell may join its neighbours (a cell holding a table may not).  Consecutive cells
    of one line each are joined into one line (``join``); a cell of several lines is
    emitted as its own lines; an empty cell is skipped.
    """
    out: list[T] = []
    for row in rows:
        run: list[T] = []
        for lines, joinable in row:
            if len(lines) == 1 and joinable:
                run.append(lines[0])
            elif lines:
                out.extend(join(run))
                run = []
                out.extend(lines)
        out.extend(join(run))
    return out


# --- rows stacked in one ruled row ---------------------------------------------------

#: two lines whose centres are closer than this share of a line's height stand on one
#: baseline
SAME_ROW = 0.5
#: fewest rows a stack holds: two lines side by side are as often a wrapped label beside
#: a figure and its note
MIN_STACK = 3


def baselines(boxes: Iterable[BBox]) -> list[tuple[float, float]]:
    """(top, bottom) of each baseline the boxes stand on, top to bottom."""
    out: list[list[float]] = []
    for _, top, _, bottom in sorted(boxes, key=lambda b: b[1] + b[3]):
        centre, height = (top + bottom) / 2, bottom - top
        if out and abs(centre - (out[-1][0] + out[-1][1]) / 2) <= SAME_ROW * max(height, 1.0):
            out[-1][0], out[-1][1] = min(out[-1][0], top), max(out[-1][1], bottom)
        else:
            out.append([top, bottom])
    return [(t, b) for t, b in out]


def baseline_of(box: BBox, bands: Sequence[tuple[float, float]]) -> int:
    """The band of ``bands`` (a baseline, or a run of lines) that ``box`` stands in: the
    one its middle is in, else the nearest."""
    centre = (box[1] + box[3]) / 2
    inside = [i for i, (top, bottom) in enumerate(bands) if top <= centre <= bottom]
    if inside:
        return inside[0]
    return min(range(len(bands)), key=lambda i: abs(centre - (bands[i][0] + bands[i][1]) / 2))


def _figures(texts: Sequence[str]) -> bool:
    """A column of figures, one per line; not a figure with its share or change in
    brackets under it ("1,000" / "(50%)")."""
    return all(is_value(t) and not t.lstrip().startswith(("(", "（")) for t in texts)


def stack_bands(cells: Sequence[Sequence[tuple[BBox, str]]]) -> list[tuple[float, float]]:
    """The baselines a ruled row cuts into where it stacks several rows of a table drawn
    without rules between its body rows (``cells``: each cell's lines, box and text, left
    to right); none where it does not.

    A stack's deepest cells (:data:`MIN_STACK` lines or more) are two or more, one of
    them a column of figures one per line; a cell of several lines but fewer is a column
    of figures with blanks (과부족 left empty where nothing is missing), not wrapped
    text; and every cell has one line on each baseline it uses.
    """
    lined = [c for c in cells if c]
    deepest = max((len(c) for c in lined), default=0)
    if deepest < MIN_STACK:
        return []
    texts = [[t for _, t in c] for c in lined]
    full = [t for t in texts if len(t) == deepest]
    if len(full) < 2 or not any(_figures(t) for t in full):
        return []
    if any(1 < len(t) < deepest and not _figures(t) for t in texts):
        return []
    bands = baselines([box for c in lined for box, _ in c])
    if len(bands) != deepest:
        return []
    for c in lined:
        if len({baseline_of(box, bands) for box, _ in c}) != len(c):
            return []
    return bands


def group_bands(cells: Sequence[Sequence[tuple[BBox, str]]]) -> list[tuple[float, float]]:
    """The groups a ruled row cuts into where its labels stand each centred on a run of
    another cell's lines (a table with no rules between its body rows: "기획예산과"
    beside its eight functions, "복지정책과" beside the next seven); none where they
    do not.  ``cells``: each cell's lines, box and text, left to right.

    One cell holds the runs, one line per baseline; every other cell holds one line per
    run, on common baselines, fewer than the runs' lines, set a line's height apart at
    least (names, not the lines of a wrapped text); each run, of two lines or more, ends
    where its lines' middle meets its label's, and the last run ends with the cell.
    """
    lined = [c for c in cells if c]
    if len(lined) < 2:
        return []
    deep = max(lined, key=len)
    labels = [c for c in lined if c is not deep]
    k = len(labels[0])
    if k < 2 or any(len(c) != k for c in labels) or len(deep) <= k:
        return []
    marks = baselines([box for c in labels for box, _ in c])
    boxes = sorted((box for box, _ in deep), key=lambda b: b[1])
    if len(marks) != k or len(baselines(boxes)) != len(boxes):
        return []
    if any(b[0] - a[1] < a[1] - a[0] for a, b in itertools.pairwise(marks)):
        return []  # (lines of one text, wrapped: no names of runs)
    out: list[tuple[float, float]] = []
    i = 0
    for top, bottom in marks:
        centre, height = (top + bottom) / 2, bottom - top
        start = i
        while i < len(boxes) and (boxes[start][1] + boxes[i][3]) / 2 < centre - height / 2:
            i += 1
        if i == len(boxes) or abs((boxes[start][1] + boxes[i][3]) / 2 - centre) > height / 2:
            return []
        if i == start:
            return []  # (a name beside one line is a row of its own: a stack's)
        out.append((boxes[start][1], boxes[i][3]))
        i += 1
    return out if i == len(boxes) else []
