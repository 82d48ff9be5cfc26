"""A text table of columns set apart by runs of spaces under a header of two rows: a
group's name on the header line over its columns' names on the line under it, the
other names spanning both, the first (the rows' label) among them::

    위원회명      근거 법령   위원 수(명)            개최 실적(회)
                              계   당연직  위촉직    ’23년   ’24년
    건축위원회    건축법      30   4       26        11      12

:func:`~extract.layout.gapgrid.aligned_table` reads a header of one line; under a header
of two its rows stood under no column, and the table was lost into the item above it.
:func:`stacked_aligned_table` gives each name of the line under the header the header
phrase it stands under (between the gaps that part them from the phrases beside), reads
the rows by those columns (:func:`~extract.layout.gapgrid.gap_grid`), and sets the header
in two rows: each group over its columns, each other name merged down.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.document import Cell, Grid, Line
from extract.layout.captions import is_caption
from extract.layout.cells import is_value
from extract.layout.gapgrid import (
    MIN_ALIGNED_ROWS,
    MIN_ROW_FIGURES,
    _figure_or_date,
    _gap_row,
    gap_grid,
    header_phrases,
    letter_phrases,
)
from extract.layout.markers import read_marker
from extract.layout.textspans import COLUMN_GAP, line_spans, phrases

Phrase = tuple[str, int, int]
_RUN_OF_SPACES = re.compile(r"\s{2,}")
#: the fewest names under one group's name that make the header one of two rows
MIN_UNDER = 2


def _owners(tops: Sequence[Phrase], lows: Sequence[Phrase]) -> list[int] | None:
    """For each phrase of the lower line, the header phrase whose stretch (up to halfway
    into the gaps beside it) holds its middle; None where one stands under none."""
    out: list[int] = []
    for _, a, b in lows:
        mid = (a + b) / 2
        for k, (_, ta, tb) in enumerate(tops):
            left = (tops[k - 1][2] + ta) / 2 if k else float("-inf")
            right = (tb + tops[k + 1][1]) / 2 if k + 1 < len(tops) else float("inf")
            if left <= mid < right:
                out.append(k)
                break
        else:
            return None
    return out


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def stacked_aligned_table(content: Sequence[Line], i: int) -> tuple[Grid, int] | None:
    """The table whose two-row header opens at ``content[i]`` (see the module docstring)
    and the index after its last row; None where the lines are no such table."""
    if i + 2 >= len(content):
        return None
    head, under = content[i], content[i + 1]
    if under.no != head.no + 1 or len(_RUN_OF_SPACES.split(head.text.strip())) < 2:
        return None
    # (the names under stand right of the first, the rows' label merged down: indented
    # deeper than the header line)
    if _indent(under.text) <= _indent(head.text) + COLUMN_GAP:
        return None
    if read_marker(head.text) or read_marker(under.text):
        return None
    tops = header_phrases(head, content[i + 2 : i + 8])
    lows = letter_phrases(line_spans(under))
    if len(tops) < 2 or not lows or any(is_value(w) for w, _, _ in (*tops, *lows)):
        return None
    if any(is_value(w) for w, _, _ in phrases(line_spans(head))):
        return None
    owners = _owners(tops, lows)
    # (the first name, the rows' label, spans both lines: nothing under it)
    if owners is None or owners[0] == 0:
        return None
    per = [owners.count(k) for k in range(len(tops))]
    if max(per) < MIN_UNDER:
        return None
    cols: list[Phrase] = []
    for k, top in enumerate(tops):
        mine = [low for low, o in zip(lows, owners, strict=True) if o == k]
        cols += mine or [top]
    if len(cols) < 3:
        return None
    body: list[Line] = []
    j = i + 2
    while j < len(content) and read_marker(content[j].text) is None:
        ln = content[j]
        if is_caption(ln):
            break
        row = _gap_row(cols, ln)
        if row is None or (not body and not row[0]):
            break
        if not any(_figure_or_date(w) for w, _, _ in phrases(line_spans(ln))):
            break
        body.append(ln)
        j += 1
    if len(body) < MIN_ALIGNED_ROWS and not (
        body and sum(map(is_value, _gap_row(cols, body[0]) or [])) >= MIN_ROW_FIGURES
    ):
        return None
    grid = gap_grid(head, body, False, cols)
    if grid is None:
        return None
    cells: list[Cell] = []
    c = 0
    for k, (word, _, _) in enumerate(tops):
        n = per[k]
        cells.append(Cell(0, c, row_span=1 if n else 2, col_span=max(n, 1), paragraphs=(word,),
                          lines=(head.no,), page=head.page))  # fmt: skip
        names = [low for low, o in zip(lows, owners, strict=True) if o == k]
        cells += [Cell(1, c + m, paragraphs=(w,), lines=(under.no,), page=under.page)
                  for m, (w, _, _) in enumerate(names)]  # fmt: skip
        c += max(n, 1)
    for cell in grid.cells:
        if cell.row:
            cell.row += 1
            cells.append(cell)
    cells.sort(key=lambda x: (x.row, x.col))
    return Grid(cells, grid.n_rows + 1, grid.n_cols, "inferred", head.page, body[-1].page), j
