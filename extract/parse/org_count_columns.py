"""An organisation table whose column of the units' counts is headed by the word for a
body's structure ("구 분 | 기 구 | 부 서" over "본 부 | 4과 1실 | 소방행정과, …"): the counts'
column is the one a row of counts lists its units beside (as "부 서" over "4과 1실" is, with
"하 부 조 직" over the names), the names' column after it the one that lists them.
"""

from __future__ import annotations

from collections.abc import Callable

from extract.layout.tables import Table
from extract.parse.org_parts import key
from extract.parse.org_vocab import COUNT_COLUMN_HEADS, ORG_TABLE_COLUMNS, TOTAL_LABELS


def column_below(table: Table, head: int, col: int) -> list[str]:
    """The keys of a column's filled cells below the header row ``head``, the 계 row's
    aside (its count of every kind: "계 | 4팀 3개동")."""
    totals = {c.row for c in table.cells if c.col == 0 and key(c.text) in TOTAL_LABELS}
    return [
        key(c.text) for c in table.cells
        if c.row > head and c.col == col and c.text.strip() and c.row not in totals
    ]  # fmt: skip


def counts_before_names(
    table: Table, head: int, cols: dict[int, str], counts_only: Callable[[str], bool]
) -> None:
    """Where a column headed by :data:`~extract.parse.org_vocab.COUNT_COLUMN_HEADS` holds
    counts of units alone (``counts_only``) on each row but the 계's, and the column after
    it is headed as one of divisions or teams ("부 서", "하부조직"), set the first as the
    divisions' column (each row's counts) and the second as the teams' (their names)."""
    heads = {c.col: key(c.text) for c in table.cells if c.row == head and c.col_span == 1}
    col = next((k for k, v in heads.items() if v in COUNT_COLUMN_HEADS), None)
    if col is None or ORG_TABLE_COLUMNS.get(heads.get(col + 1, "")) not in ("division", "teams"):
        return
    under = column_below(table, head, col)
    if len(under) >= 2 and all(map(counts_only, under)):
        for k in [k for k, v in cols.items() if v in ("division", "teams")]:
            del cols[k]
        cols[col], cols[col + 1] = "division", "teams"
