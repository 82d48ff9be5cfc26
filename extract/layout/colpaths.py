"""Row labels set out by levels in columns of their own (a 세입 table by 관, 항 and 목:
`세외수입` in the first column on its row, `경상적세외수입` in the second on the next, then
`사용료수입` in the third, the places left of each empty): each empty place takes the label
above it in its column, so that a row's header path is its levels from the top,
`세외수입 / 경상적세외수입 / 사용료수입`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from extract.layout.cells import TableCell


def _deeper(grid: Mapping[tuple[int, int], TableCell], r: int, k: int, end: int) -> bool:
    """Whether row ``r`` holds a label of its own right of column ``k`` (before ``end``)."""
    return any(
        (c := grid.get((r, j))) is not None and c.text.strip() and c.row == r
        for j in range(k + 1, end)
    )  # fmt: skip


def level_labels(
    grid: Mapping[tuple[int, int], TableCell], head: int, side: int,
    shape: tuple[int, int, int], is_total: Callable[[str], bool],
) -> dict[tuple[int, int], TableCell]:
    """Empty row-header places of a row labelled further right that go on under a level's
    label: the label on the row above in that column, a row of its own level (no label
    right of it; not a total's, `합 계`: ``is_total``), or the one that place took in turn."""
    n_rows, n_cols, width = shape  # (width: a panel's, where panels stand side by side)
    out: dict[tuple[int, int], TableCell] = {}
    for base in range(0, n_cols, max(width, 1)):
        end = base + side
        for k in range(base, end - 1):
            for r in range(head + 1, n_rows):
                here, above = grid.get((r, k)), grid.get((r - 1, k))
                if (
                    here is None or here.text.strip() or (here.row_span, here.col_span) != (1, 1)
                    or above is None or not _deeper(grid, r, k, end)
                ):  # fmt: skip
                    continue
                label = out.get((r - 1, k))
                if (
                    label is None and above.text.strip() and above.col == k
                    and (above.row_span, above.col_span) == (1, 1)
                    and not _deeper(grid, r - 1, k, end)
                    and not is_total(above.text)
                ):  # fmt: skip
                    label = above
                if label is not None:
                    out[(r, k)] = label
    return out
