"""A column of labels that breaks each group of rows down, set after the group's own
attributes instead of beside its name.

An investment plan lists each project over rows of its sources, the name and the period
merged down over them and the sources in a column of their own after the period::

    사업명        | 사업기간      | 구분 | 총사업비 | 기투자 | 2025 | …
    도시철도 2호선 | 2023 ~ 2029  | 계   | 1,250    | 80     | 120  | …
    (merged)      | (merged)     | 국비 | 500      | 30     | 50   | …

The row headers stop at the period (a value), but each figure's row is named by the
project and its source: ``도시철도 2호선 건설 / 국비``.  :func:`sub_label_column` finds
that column, which then goes on the row header path of the cells after it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from extract.layout.cells import TableCell, is_value
from extract.layout.vocab import SUB_LABEL_HEADS


def squash_label(text: str) -> str:
    return "".join(text.split())


def sub_label_column(
    cells: Sequence[TableCell], head: int, side: int, width: int
) -> int | None:
    """The column after the row headers whose one-row labels (headed ``구 분``,
    ``재 원``) break down the groups the columns before it merge down over, where every
    body cell between the row headers and it is merged over several rows (the group's
    attributes, its period), the same labels come in two groups or more and figures
    stand after it; None where there is none."""
    if not head or not side or width != max(c.col + c.col_span for c in cells):
        return None  # (not a table printed as panels)
    body = [c for c in cells if c.row >= head and c.text.strip()]
    by_col: dict[int, list[TableCell]] = defaultdict(list)
    for c in body:
        by_col[c.col].append(c)
    heads = {c.col for c in cells if c.row < head and squash_label(c.text) in SUB_LABEL_HEADS}
    for k in range(side, width - 1):
        col = by_col.get(k, [])
        if k not in heads:
            if any(c.row_span == 1 for c in col):
                return None  # (a column of the rows' own values before any such)
            continue
        between = [c for c in body if side <= c.col < k]
        if len(col) < 4 or any(c.row_span > 1 or c.col_span > 1 for c in col):
            return None
        if any(is_value(c.text) for c in col) or any(c.row_span < 2 for c in between):
            return None
        counts = Counter(squash_label(c.text) for c in col)
        if sum(1 for n in counts.values() if n >= 2) < 2:
            return None  # (labels that name no parts of groups alike)
        if not any(c.col > k and is_value(c.text) for c in body):
            return None
        return k
    return None
