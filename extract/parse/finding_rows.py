"""A findings table of a text export: its columns set apart by runs of spaces, each cell
wrapped onto the lines under its row's first ("연번 | 지적사항 | 조치결과 | 처리상황 |
담당" over "1   보건지소 공중보건의사   공중보건의사 복무관리지침   완료   보건행정과" /
"    복무관리 소홀 및 근무지     시달 및 분기별 불시"), read back into a table for
:func:`extract.parse.findings.table_findings`.

The layout infers a text export's tables from rows that end in values (counts, amounts);
a findings table holds words in every cell, so it is found here, in an audit section, from
its header: a line that names a finding column and a column of what was done, how far, or
who does it.  Its columns are where its lines' words stand (a Hangul letter two wide),
apart by two spaces at least in every line; the header's words go to the column they
stand over.  A row starts at a line with a number in the serial column (연번), else after
a blank line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from extract.document import Cell, Grid, Line
from extract.layout import Table
from extract.layout.tables import build_table
from extract.layout.textspans import COLUMN_GAP, line_spans, phrases
from extract.layout.vocab import SERIAL_LABELS
from extract.normalize.wraps import Lexicon
from extract.parse.finding_words import (
    ACTION_HEADERS,
    DIVISION_HEADERS,
    FINDING_HEADERS,
    REMARK_HEADERS,
    STATUS_HEADERS,
    word_key,
)
from extract.parse.text import split_marker
from extract.sections import Sections

#: longest header line, squashed (a sentence that names a finding is no header)
MAX_HEADER = 60
#: the words that name a findings table's columns (a sub-header line holds these alone)
_COLUMN_WORDS: tuple[str, ...] = (
    *FINDING_HEADERS, *ACTION_HEADERS, *STATUS_HEADERS, *DIVISION_HEADERS, *REMARK_HEADERS,
)  # fmt: skip
#: a word (its text) and the columns it stands in (first, last + 1)
Word = tuple[str, int, int]


def is_header(ln: Line) -> bool:
    """A header line of a findings table: unmarked, short, naming a finding column and
    one of what was done, how far or who ("연번 지 적 사 항   조 치 결 과   처리상황  담  당")."""
    key = word_key(ln.text)
    if not ln.is_content or len(key) > MAX_HEADER or split_marker(ln.text)[0] is not None:
        return False
    others = (*ACTION_HEADERS, *STATUS_HEADERS, *DIVISION_HEADERS)
    return any(w in key for w in FINDING_HEADERS) and any(w in key for w in others)


def _body(lines: Sequence[Line], head: Line) -> list[Line]:
    """The lines of the table under its header: up to a marked line or one that starts
    left of the header (the next part, "○ …", "Ⅴ. …"); blank lines kept (they part rows),
    the header printed again on the next page and page furniture left out."""
    left = line_spans(head)[0][1]
    key = word_key(head.text)
    out: list[Line] = []
    for ln in lines:
        if ln.is_blank:
            out.append(ln)
            continue
        if not ln.is_content or word_key(ln.text) == key:
            continue
        words = line_spans(ln)
        if split_marker(ln.text)[0] is not None or words[0][1] < left:
            break
        out.append(ln)
    while out and out[-1].is_blank:
        out.pop()
    return out


def _columns(body: Sequence[Line]) -> list[tuple[int, int]]:
    """Where the columns stand: the runs of positions the lines' words cover, apart by
    :data:`COLUMN_GAP` spaces at least in every line."""
    spans = sorted((a, b) for ln in body if ln.is_content for _, a, b in line_spans(ln))
    cols: list[tuple[int, int]] = []
    for a, b in spans:
        if cols and a - cols[-1][1] < COLUMN_GAP:
            cols[-1] = (cols[-1][0], max(cols[-1][1], b))
        else:
            cols.append((a, b))
    return cols


def _column_of(cols: Sequence[tuple[int, int]], a: int, b: int) -> int:
    """The column a word from ``a`` to ``b`` stands over: the one its middle falls in, or
    the nearest."""
    mid = (a + b) / 2
    return min(
        range(len(cols)),
        key=lambda k: 0 if cols[k][0] <= mid < cols[k][1] else min(
            abs(mid - cols[k][0]), abs(mid - cols[k][1])
        ),
    )  # fmt: skip


def _sub_header(ln: Line) -> bool:
    """A header's second line, its sub-headers under a group's word (`처 리 결 과` over
    `조치내용   처리상황`): each of its phrases names a column of the genre."""
    if not ln.is_content or split_marker(ln.text)[0] is not None:
        return False
    said = phrases(line_spans(ln))
    return bool(said) and all(any(w in word_key(p) for w in _COLUMN_WORDS) for p, _, _ in said)


def _headed(
    cols: list[tuple[int, int]], head: Line, sub: Line | None = None
) -> tuple[list[tuple[int, int]], list[str]]:
    """The columns each under a word of the header, and their headers: a column no header
    word stands over is the rest of the one left of it (a cell set apart inside itself);
    under a ``sub`` line of sub-headers, a column's is its sub-header, not the group's
    word over it."""
    names = ["" for _ in cols]
    for w, a, b in line_spans(head):
        names[_column_of(cols, a, b)] += w
    if sub is not None:
        subs = ["" for _ in cols]
        for w, a, b in line_spans(sub):
            subs[_column_of(cols, a, b)] += w
        names = [s or n for n, s in zip(names, subs, strict=True)]
    kept: list[tuple[int, int]] = []
    heads: list[str] = []
    for (a, b), name in zip(cols, names, strict=True):
        if not name and kept:
            kept[-1] = (kept[-1][0], b)
            heads[-1] += name
        else:
            kept.append((a, b))
            heads.append(name)
    return kept, heads


def _cells_of(ln: Line, cols: Sequence[tuple[int, int]]) -> list[str]:
    """The line's text in each column."""
    parts: list[list[str]] = [[] for _ in cols]
    for w, a, b in line_spans(ln):
        parts[_column_of(cols, a, b)].append(w)
    return [" ".join(p) for p in parts]


def _rows(body: Sequence[Line], serial: int | None, cols: Sequence[tuple[int, int]]) -> list[
    list[tuple[Line, list[str]]]
]:
    """The body's lines by row, each with its text in each column: a row starts at a
    number in the serial column, else after a blank line."""
    rows: list[list[tuple[Line, list[str]]]] = []
    parted = True
    for ln in body:
        if ln.is_blank:
            parted = True
            continue
        cells = _cells_of(ln, cols)
        starts = cells[serial].isdigit() if serial is not None else parted
        if starts or not rows:
            rows.append([])
        rows[-1].append((ln, cells))
        parted = False
    return rows


def aligned_table(
    lines: Sequence[Line], words: Callable[[], Lexicon] | None = None
) -> Table | None:
    """The findings table set with spaces among ``lines`` (an audit section's), as a table
    whose header is its first row; None where there is none (``words``: the document's
    words, which say where a cell's line wrapped inside a word, read once a table is
    found)."""
    at = next((i for i, ln in enumerate(lines) if is_header(ln)), None)
    if at is None:
        return None
    head = lines[at]
    body = _body(lines[at + 1 :], head)
    sub = body[0] if body and _sub_header(body[0]) else None
    if sub is not None:  # (and printed again under the header on the next page)
        body = [ln for ln in body if ln.is_blank or word_key(ln.text) != word_key(sub.text)]
    if not any(ln.is_content for ln in body):
        return None
    cols, heads = _headed(_columns(body), head, sub)
    if len(cols) < 2:
        return None
    serial = next((k for k, h in enumerate(heads) if word_key(h).casefold() in SERIAL_LABELS), None)
    rows = _rows(body, serial, cols)
    cells = [
        Cell(0, k, paragraphs=(h,), lines=(head.no,), page=head.page) for k, h in enumerate(heads)
    ]
    for r, row in enumerate(rows, start=1):
        for k in range(len(cols)):
            own = [(ln, parts[k]) for ln, parts in row if parts[k]]
            cells.append(Cell(
                r, k, paragraphs=tuple(t for _, t in own), lines=tuple(ln.no for ln, _ in own),
                page=row[0][0].page,
            ))  # fmt: skip
    grid = Grid(cells, len(rows) + 1, len(cols), source="inferred")
    return build_table(0, [grid], words() if words is not None else None)


def whole(sections: Sections) -> Lexicon:
    """The words the document writes (the lines of its sections and front matter)."""
    return Lexicon(ln.text for ln in sections.lines_by_no().values())
