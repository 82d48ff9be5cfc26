"""A table's cells as lines, row by row: the one rule every reader follows, so a report
saved as PDF, HWP or HWPX gives the same lines."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

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
