"""Tables written one cell per line: a text taken out of a PDF cell by cell (pdftotext
without ``-layout``) writes a ruled table's header, then each row's label and figures,
every cell on a line of its own::

    구분
    ’23년 예산
    ’24년 예산
    증감
    계
    4,210
    4,650
    440
    복지정책과
    1,520
    ...

Read back, a header label (구 분, 부서명: :data:`~extract.layout.vocab.HEADER_LABELS`) alone
on its line, the column headers after it, then rows of a label and as many figures as
there are columns, two rows at least, is a table.  The columns are the lines between
the header label and the first row's label (the line before the first figure).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.document import Cell, Grid, Line
from extract.layout.cells import is_value
from extract.layout.markers import read_marker
from extract.layout.scan import scan_tables
from extract.layout.vocab import HEADER_LABELS

#: fewest rows of figures a table written cell by cell has (one is as often prose)
MIN_ROWS = 2
#: most columns of figures, and the longest line that is a column's header or a label
MAX_COLUMNS = 12
MAX_CELL_CHARS = 30


#: a column's header that reads as a figure: a year ("2024년", "2025년도")
_YEAR_HEAD = re.compile(r"^(?:19|20)\d{2}\s*년도?$")


def _figure(text: str) -> bool:
    t = text.strip()
    return is_value(t) and _YEAR_HEAD.match(t) is None


def _label(ln: Line) -> bool:
    text = ln.text.strip()
    return 0 < len(text) <= MAX_CELL_CHARS and not _figure(text) and read_marker(text) is None


def _table_at(lines: Sequence[Line], i: int) -> tuple[Grid, int] | None:
    """The table whose header label is ``lines[i]``, and the index after it."""
    first = next((j for j in range(i + 1, len(lines)) if _figure(lines[j].text)), None)
    if first is None or first - i - 2 < 1 or first - i - 2 > MAX_COLUMNS:
        return None
    heads, k = lines[i + 1 : first - 1], first - i - 2
    if not all(_label(h) for h in [*heads, lines[first - 1]]):
        return None
    rows: list[list[Line]] = []
    j = first - 1
    while j + k < len(lines) and _label(lines[j]):
        figures = lines[j + 1 : j + 1 + k]
        if len(figures) < k or not all(_figure(f.text) for f in figures):
            break
        rows.append([lines[j], *figures])
        j += 1 + k
    if len(rows) < MIN_ROWS:
        return None
    head = lines[i]
    cells = [Cell(0, c, paragraphs=(ln.text.strip(),), lines=(ln.no,), page=ln.page)
             for c, ln in enumerate([head, *heads])]  # fmt: skip
    for r, row in enumerate(rows, start=1):
        cells += [
            Cell(r, c, paragraphs=(ln.text.strip(),), lines=(ln.no,), page=ln.page)
            for c, ln in enumerate(row)
        ]
    grid = Grid(cells, len(rows) + 1, k + 1, "inferred", head.page, rows[-1][-1].page,
                header_rows=1)  # fmt: skip
    return grid, j


def infer_cell_grids(lines: Sequence[Line]) -> list[Grid]:
    """The tables written one cell per line among ``lines`` (see the module docstring)."""
    return scan_tables([ln for ln in lines if ln.is_content], _headed_table_at)


def _headed_table_at(lines: Sequence[Line], i: int) -> tuple[Grid, int] | None:
    if "".join(lines[i].text.split()) not in HEADER_LABELS:
        return None
    return _table_at(lines, i)
