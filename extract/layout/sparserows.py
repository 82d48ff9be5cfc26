"""Rows of a text export's table that leave columns empty.

A row may fill fewer of the table's columns than the others do: a council's members by
party, ``구 분   계   미래당   새빛당   무소속`` over ``정 수   45`` (its seats counted as a
whole) and ``현 원   44   25   17   2``.  Counting the values of each row, the commonest
count would take the short row's; in a layout export, where the columns stand apart with
runs of spaces, each figure goes to the column it stands under instead
(:func:`~extract.layout.gapgrid.gap_grid`), the short row's other cells empty.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from extract.document import Grid, Line
from extract.layout.gapgrid import gap_grid


def sparse_grid(head: Line, body: Sequence[Line], counts: Counter[int], k: int) -> Grid | None:
    """The table of ``head`` over ``body`` read by where its figures stand, where a row
    fills more columns than the commonest count ``k`` of values a row has and the header
    names as many; None otherwise (the caller reads it by counting).

    >>> rows = ["구 분   계   미래당   새빛당   무소속",
    ...         "정 수   45",
    ...         "현 원   44   25       17       2"]
    >>> lines = [Line(i, t, t) for i, t in enumerate(rows, 1)]
    >>> grid = sparse_grid(lines[0], lines[1:], Counter({1: 1, 4: 1}), 1)
    >>> for r in range(grid.n_rows):
    ...     print([c.text for c in grid.cells if c.row == r])
    ['구 분', '계', '미래당', '새빛당', '무소속']
    ['정 수', '45', '', '', '']
    ['현 원', '44', '25', '17', '2']
    """
    most = max(counts, default=0)
    if most <= k or len(body) < 2:
        return None
    grid = gap_grid(head, body)
    if grid is None or grid.n_cols != most + 1 or grid.n_rows != len(body) + 1:
        return None
    return grid
