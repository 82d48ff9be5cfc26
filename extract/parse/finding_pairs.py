"""A findings table that sets each finding on two rows, read as one row a finding.

Some reports stack two headers in one header cell ("지적사항 / 조치결과", "소관부서 /
처리상태") and give each finding two rows under them, its number merged over both: the
finding and its division on the first, what was done and how far on the second, each
value after its label ("지적사항 : …" / "조치결과 : …").  :func:`unstacked` lays such a
table out flat, one column per stacked header, so that it reads as any other.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from extract.layout.cells import TableCell
from extract.layout.tables import Table
from extract.parse.text import collapse, squash

#: a value led by its label ("지적사항 : …", "조치결과: …")
_LABELLED = regex.compile(r"^(?P<label>[^:：]{2,12}?)\s*+[:：]\s*+(?P<value>.*)$", regex.S)
#: the share of body rows a number merged over two must cover
PAIRED_SHARE = 0.8


def stacked_headers(table: Table, cell: TableCell) -> list[str]:
    """The headers a header cell stacks: its paragraphs, or its text parted by "/"."""
    paras = [collapse(p) for p in table.paragraphs(cell) if p.strip()]
    if len(paras) == 1:
        paras = [p.strip() for p in paras[0].split("/") if p.strip()]
    return paras


def _unlabelled(text: str, label: str) -> str:
    """``text`` without the label it opens with where that is its column's header."""
    m = _LABELLED.match(text.strip())
    return m["value"].strip() if m and squash(m["label"]) == squash(label) else text


def unstacked(table: Table, header_row: int) -> Table | None:
    """The table laid out one row a finding, where its header cells stack two headers
    each (one at least) and a number merged over two rows begins each finding; None for
    a table not so set."""
    head = sorted((c for c in table.cells if c.row == header_row), key=lambda c: c.col)
    stacks = {c.col: stacked_headers(table, c) for c in head}
    if not any(len(s) == 2 for s in stacks.values()) or any(len(s) > 2 for s in stacks.values()):
        return None
    body = range(header_row + 1, table.n_rows)
    numbers = [
        c for c in table.cells
        if c.col == head[0].col and c.row in body and c.row_span == 2 and c.text.strip()
    ]  # fmt: skip
    if len(numbers) < 2 or 2 * len(numbers) < PAIRED_SHARE * len(body):
        return None
    cells: list[TableCell] = []
    cols: list[tuple[int, int, str]] = []  # (column, row in the pair, header)
    for c in head:
        cols += [(c.col, i, h) for i, h in enumerate(stacks[c.col] or [c.text])]
    for k, (_, _, h) in enumerate(cols):
        cells.append(TableCell(0, k, 1, 1, h, is_header=True))
    for n, first in enumerate(sorted(numbers, key=lambda c: c.row), start=1):
        for k, (col, i, h) in enumerate(cols):
            at = table.at(first.row + i, col)
            if at is not None:
                text = _unlabelled(at.text, h) if len(stacks[col]) == 2 else at.text
                cells.append(replace(at, row=n, col=k, row_span=1, col_span=1, text=text))
    return replace(table, grids=[], cells=cells, n_rows=len(numbers) + 1, n_cols=len(cols),
                   header_rows=1, offsets=[])  # fmt: skip
