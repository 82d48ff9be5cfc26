"""The one loop of the text exports' table finders: try a table at each line in turn,
and go on after the table where one is found."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from extract.document import Grid, Line

#: a finder: the table that starts at ``lines[i]`` and the index after it, or None
TableAt = Callable[[Sequence[Line], int], "tuple[Grid, int] | None"]


def scan_tables(lines: Sequence[Line], table_at: TableAt) -> list[Grid]:
    """Every table ``table_at`` finds in ``lines``, none overlapping."""
    grids: list[Grid] = []
    i = 0
    while i < len(lines):
        found = table_at(lines, i)
        if found is None:
            i += 1
            continue
        grid, i = found
        grids.append(grid)
    return grids
