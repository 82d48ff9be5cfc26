"""Tables of lists in a text export: a column of names beside a column of bulleted lines.

A report sets the duties of its divisions as a table of two columns, each division's
name beside the list of its duties; the text export writes the name at the start of
the row's first line and the bullets all at one column, a long name wrapped onto the
next line of its row::

       부    서                          주   요   기   능
       경영지원과      ◦ 인사·조직·복무 및 직원 후생복지
                       ◦ 예산 편성·결산 및 상수도사업 경영평가
       청솔정수        ◦ 청솔정수장 운영 및 수돗물 생산·공급
       사업소          ◦ 정수 수질검사 및 먹는물 수질 관리
                         운영

Read back, a header line that opens with a row label (부 서, 구 분:
:data:`~extract.layout.vocab.HEADER_LABELS`) and names one more column, then lines
each a name and a bullet, a bullet alone, or the wrapped text of the bullet above
(set in further), all the bullets at one column, two names at least, is a table: a
row per name, its list one paragraph per bullet.  A line with no bullet in that column
ends it.  A name's second part on the next line joins it where only the two together
name a unit (청솔정수 / 사업소).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.document import Cell, Grid, Line
from extract.layout.markers import read_marker
from extract.layout.scan import scan_tables
from extract.layout.textheads import header_label
from extract.layout.textspans import line_spans
from extract.layout.vocab import HEADER_LABELS
from extract.normalize.spacing import word_spans, words
from extract.roles import UNIT_NAME_ENDINGS

#: the spaces, at least, between a row's name and its first bullet
NAME_GAP = 2
#: how far a bullet may stand from the list's column (a glyph of another width)
SLACK = 1
#: fewest rows (names) and bullets a table of lists has
MIN_ROWS = 2
MIN_BULLETS = 3
_HANGUL = re.compile("[가-힣]")
_HEAD_STARTS = tuple(HEADER_LABELS)


@dataclass(slots=True)
class _Row:
    name: str
    lines: list[Line]
    items: list[str] = field(default_factory=list)


def _is_bullet(text: str) -> bool:
    m = read_marker(text)
    return m is not None and m[0].kind.startswith("bullet")


def _shape(ln: Line) -> tuple[str, int, int, str] | None:
    """(the name before the second column, or "", where the first word starts, where the
    second column starts, its text) for a line that sets a name apart from its text by a
    run of spaces, or that is the second column's alone (a bullet, or text at the column
    the caller knows)."""
    spans = line_spans(ln)
    chars = word_spans(ln.text)
    if not spans:
        return None
    if _is_bullet(ln.text):
        return "", spans[0][1], spans[0][1], ln.text.strip()
    for i in range(1, len(spans)):
        if spans[i][1] - spans[i - 1][2] >= NAME_GAP:
            name = "".join(w for w, _, _ in spans[:i])
            return name, spans[0][1], spans[i][1], ln.text[chars[i][1] :].strip()
    return "", spans[0][1], spans[0][1], ln.text.strip()


def _joins(name: str, part: str) -> bool:
    """"청솔정수" + "사업소": the two together name a unit, the first alone does not."""
    return not name.endswith(UNIT_NAME_ENDINGS) and (name + part).endswith(UNIT_NAME_ENDINGS)


def _may_head(text: str) -> bool:
    """A cheap look first: the line opens with a row label's letters (most lines do not,
    and a report may be a hundred megabytes)."""
    key = "".join(text[:40].split())
    return key.startswith(_HEAD_STARTS)


def _table_at(lines: Sequence[Line], i: int) -> tuple[Grid, int] | None:
    head = lines[i]
    if not _may_head(head.text):
        return None
    toks = words(head.text)
    n_label = header_label(toks) if read_marker(head.text) is None else 0
    if not n_label or n_label == len(toks) or i + 1 >= len(lines):
        return None
    first = _shape(lines[i + 1])
    if first is None or not first[0] or not _HANGUL.search(first[3]):
        return None
    base, col = first[1], first[2]
    listed = _is_bullet(first[3])  # (a list in each row, else its text wrapped)
    rows: list[_Row] = []
    j = i + 1
    while j < len(lines):
        shape = _shape(lines[j])
        if shape is None:
            break
        name, start, at, text = shape
        if name and abs(start - base) <= SLACK and abs(at - col) <= SLACK:
            if listed != _is_bullet(text):
                break
            if not rows or not _joins(rows[-1].name, name):
                rows.append(_Row(name, []))
            else:
                rows[-1].name += name  # (청솔정수 / 사업소)
            if listed or not rows[-1].items:
                rows[-1].items.append(text)
            else:
                rows[-1].items[-1] += " " + text
        elif not name and abs(start - col) <= SLACK and (not listed or _is_bullet(text)):
            if listed:
                rows[-1].items.append(text)
            else:
                rows[-1].items[-1] += " " + text  # (the row's text, wrapped)
        elif not name and listed and start > col + SLACK:
            rows[-1].items[-1] += " " + text  # (a bullet's text, wrapped)
        else:
            break
        rows[-1].lines.append(lines[j])
        j += 1
    if len(rows) < MIN_ROWS or (listed and sum(len(r.items) for r in rows) < MIN_BULLETS):
        return None
    label = " ".join(toks[:n_label])
    cells = [
        Cell(0, 0, paragraphs=(label,), lines=(head.no,), page=head.page),
        Cell(0, 1, paragraphs=(" ".join(toks[n_label:]),), lines=(head.no,), page=head.page),
    ]
    for r, row in enumerate(rows, start=1):
        nos = tuple(ln.no for ln in row.lines)
        cells.append(Cell(r, 0, paragraphs=(row.name,), lines=nos[:1], page=row.lines[0].page))
        cells.append(Cell(r, 1, paragraphs=tuple(row.items), lines=nos, page=row.lines[0].page))
    grid = Grid(cells, len(rows) + 1, 2, "inferred", head.page, rows[-1].lines[-1].page,
                header_rows=1)  # fmt: skip
    return grid, j


def infer_list_grids(lines: Sequence[Line]) -> list[Grid]:
    """The tables of lists of a text export (see the module docstring)."""
    return scan_tables([ln for ln in lines if ln.is_content], _table_at)
