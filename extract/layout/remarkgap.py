"""A text table with a column of remarks whose header names more columns than its rows
hold values: a column of words or dates among them, beside the remarks (``사업명 | 사업비
| 사업기간 | 비 고`` over ``도시숲 조성  1,200  ’17.3~’17.11  신규``).  The rows' values
alone would count one column for 사업비 and 사업기간 both, and put the period in the
remarks' cell; where the layout sets each header apart with a run of spaces, each phrase
of a row goes in the column it stands under (:func:`~extract.layout.gapgrid.gap_grid`)."""

from __future__ import annotations

from collections.abc import Sequence

from extract.document import Grid, Line
from extract.layout.gapgrid import gap_grid, header_phrases
from extract.layout.unitrow import units_under


def remark_gap_grid(head: Line, n_label: int, n_remark: int, k: int,
                    body: Sequence[Line], units: Line | None = None) -> Grid | None:  # fmt: skip
    """The grid of a table of remarks whose header line sets more columns apart than
    its rows hold values (``k``), read by where each phrase stands; else None (the rows'
    values read it).  ``units``: the line of units under the header ("(백만원)" under
    사업비), each set on the header it stands under."""
    # (the header's phrases, set apart by runs of spaces: "사업비      사업기간", two; not
    # "’21년 예산", one)
    heads = header_phrases(head, body)
    if len(heads) < 3:
        return None
    label = _phrases_of(heads, n_label)
    remarks = _phrases_of(heads[::-1], n_remark)
    if label is None or remarks is None or len(heads) - label - remarks <= k:
        return None
    grid = gap_grid(head, body)
    if grid is None or grid.n_cols != len(heads):
        return None
    if units is not None:
        tops = [c for c in grid.cells if c.row == 0]
        named = units_under(head, n_label, [c.text for c in tops[label:]], units)
        if named is None:
            return None
        for cell, name in zip(tops[label:], named, strict=True):
            if name != cell.text:
                cell.paragraphs, cell.lines = (name,), (*cell.lines, units.no)
    return grid


def _phrases_of(heads: Sequence[tuple[str, int, int]], n_words: int) -> int | None:
    """How many of the header's phrases, from its first, hold its first ``n_words`` words
    (None where a phrase holds more: the label's words and a column's run together)."""
    got = 0
    for n, (w, _, _) in enumerate(heads, 1):
        got += len(w.split())
        if got == n_words:
            return n
        if got > n_words:
            return None
    return None
