"""Rows of a text export's table that leave columns empty.

A row may fill fewer of the table's columns than the others do: a council's members by
party, ``구 분   계   미래당   새빛당   무소속`` over ``정 수   45`` (its seats counted as a
whole) and ``현 원   44   25   17   2``.  Counting the values of each row, the commonest
count would take the short row's; in a layout export, where the columns stand apart with
runs of spaces, each figure goes to the column it stands under instead
(:func:`~extract.layout.gapgrid.gap_grid`), the short row's other cells empty.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.document import Grid, Line
from extract.layout.gapgrid import gap_grid
from extract.layout.textrows import TOTALS, value_count
from extract.normalize.spacing import words


def sparse_grid(head: Line, body: Sequence[Line], k: int, remark: bool = False) -> Grid | None:
    """The table of ``head`` over ``body`` read by where its figures stand, where a row
    leaves columns empty that rows after it fill (``k``: the commonest count of values a
    row has; a total's row, ``계``, may leave one empty, the caller reads it so, but not
    more: ``계   12,400`` under ``2025년  2024년  증 감`` stands under its year), or fills
    more columns than that, and the header names as many columns as the fullest row
    fills; None otherwise (the caller reads it by counting).

    >>> rows = ["구 분   계   미래당   새빛당   무소속",
    ...         "정 수   45",
    ...         "현 원   44   25       17       2"]
    >>> lines = [Line(i, t, t) for i, t in enumerate(rows, 1)]
    >>> grid = sparse_grid(lines[0], lines[1:], 1)
    >>> for r in range(grid.n_rows):
    ...     print([c.text for c in grid.cells if c.row == r])
    ['구 분', '계', '미래당', '새빛당', '무소속']
    ['정 수', '45', '', '', '']
    ['현 원', '44', '25', '17', '2']
    """
    counts = [value_count(words(ln.text), remark) for ln in body]
    most = max(counts, default=0)
    # (a short row before a full one, no total's: counting, the table would end at it)
    short = next(
        (i for i, (ln, c) in enumerate(zip(body, counts, strict=True))
         if 0 < c < k and (words(ln.text)[0] not in TOTALS or c < k - 1)),
        None,
    )  # fmt: skip
    # (... or the last row, short: "계   1,234" under "2024년  2025년  증 감", or "정 수  45"
    # under "계  미래당  새빛당"; counting, it would be dropped or set under the last column)
    cut = short is not None and (
        any(c == k for c in counts[short:]) or short == len(body) - 1
    )
    if (most <= k and not cut) or len(body) < 2:
        return None
    grid = gap_grid(head, body)
    if grid is None or grid.n_cols != most + 1 or grid.n_rows != len(body) + 1:
        return None
    return grid
