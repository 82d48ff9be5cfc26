"""Grids -> tables a reader can use: header rows, header paths, captions and units.

Stages, each a plain function:

* :func:`data_grids` - a grid of one row or one column is a box drawn around
  text (a numeral beside its title, a boxed summary): its text stays in the
  outline; the tables nested in it are looked at in turn;
* :func:`join_continued` - a table that ends a page and one of the same columns
  that starts the next page are one table (a repeated header is dropped);
* :func:`header_rows` / :func:`row_header_cols` - the leading rows with no
  values are the column headers, the leading columns with no values the row
  headers (a header cell spanning rows or columns widens them);
* :func:`header_paths` - every body cell's row and column header path;
* :func:`build_tables` - tables with their captions (:mod:`extract.layout.captions`),
  units and reference dates.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from extract.document import Cell, Grid, Line
from extract.layout.captions import (
    column_units,
    find_caption,
    is_caption,
    listed_units,
    read_as_of,
    read_unit,
    unit_declaration,
)
from extract.layout.vocab import (
    BOUND_WORDS,
    BULLETS,
    CIRCLED,
    DATE_COLUMN_ENDINGS,
    DITTO_MARKS,
    IMPLIED_COUNT_UNITS,
    ROW_LABELS,
    STATUS_TAGS,
)
from extract.normalize import parse_date
from extract.normalize.vocab import (
    AS_OF_WORDS,
    COUNT_UNITS,
    FACILITY_WORDS,
    ORG_UNIT_WORDS,
    PERCENT_SIGNS,
    UNITS,
)
from extract.normalize.wraps import join_wrapped

#: most header rows a table has (a fourth text row is a body row)
MAX_HEADER_ROWS = 4
#: most row-header columns (구분 | 세부 | ...)
MAX_ROW_HEADER_COLS = 3
#: a column whose body cells are labels at least this often is a row-header column
LABEL_SHARE = 0.75

#: what may follow a figure in a value cell: counters, money units, rates, numerals
_SUFFIXES = {*COUNT_UNITS, *UNITS, "%p", "%", "배", "억", "만", "조", "천"}
_UNITS = "|".join(re.escape(u) for u in sorted(_SUFFIXES, key=len, reverse=True))
#: ... or, after a numeral of its own, any short word of a unit ("0.31억 어절", "2.1만 가구")
_FIGURE = rf"[△▽▲+\-]?\s*\d[\d,.]*\s*(?:[억만천조] ?[가-힣]{{1,3}}(?![가-힣])|{_UNITS})?"
#: a cell that holds a value: an amount, a count, a percentage, "a / b", a dash
#: ... a figure may carry a short note in parentheses: "4,962 (22룸)"
_VALUE = re.compile(
    rf"^\(?{_FIGURE}\)?(?:\s*[/(~]\s*{_FIGURE}\)?)*(?:\s*\([^()]{{1,12}}\))?$|^[-–—]$"
)
_ORG_WORDS = "|".join(sorted(map(re.escape, ORG_UNIT_WORDS), key=len, reverse=True))
_FACILITY = "|".join(FACILITY_WORDS)
#: a count of organisation units: "3국 2담당관 14과", "2청", "1본부 2실 9팀 1TF", and of
#: the bodies and facilities it runs: "2실 4부 4수탁시설", "3산하기관"
_ORG_COUNT = re.compile(
    rf"^(?:\d{{1,3}}\s*(?:{_ORG_WORDS}|[가-힣]{{0,3}}(?:{_FACILITY}))[\s,·]*)+$"
)
_DIGITS = re.compile(r"\d+")
#: a run of one character ("★★★")
_RUNS = re.compile(r"(.)\1+")
#: a month, a quarter or a half heading a column of a schedule ("3월", "7~8월", "1분기")
_MONTH_HEAD = re.compile(
    r"^(?:\d{1,2}\s*(?:[~∼～-]\s*\d{1,2}\s*)?월|(?:\d\s*/\s*4|\d)\s*분기|[상하]\s*반\s*기)$"
)
#: a year and month standing for a row ("2024.11.", "2023. 12.")
_PERIOD_LABEL = re.compile(r"^['’‘]?\d{2,4}\s*[.년]\s*(?:\d{1,2}\s*[.월]?)?\s*$")
#: list marks in front of a header's text ("□ 언어정보자원", "- 한국어교육", "➋노후 전동차
#: 교체"): not the name
_HEADER_MARK = re.compile(r"^(?:[□■○◦●▪•·\-ㅇ※*◇◆❖▶▷]\s+|[" + "".join(CIRCLED) + r"]\s*)")
#: the number in front of a listed task ("➌ 긴급차량 우선 신호체계 확대")
_LISTED = re.compile(r"^[" + "".join(CIRCLED) + r"]\s*")
#: (a tag may be letter-spaced as its line is: "희 망 키 움 사 업 확 대")
_STATUS_TAG = re.compile(
    r"(?<=\S)\s+(?:" + "|".join(r"\s?".join(tag) for tag in STATUS_TAGS) + r")$"
)
#: a mark that opens an item of a list inside a cell ("• 신산업 선도 연구인재 육성 • ...")
_LIST_ITEM = re.compile(
    r"(?:^|\s)[" + re.escape("".join(g for g in BULLETS if g not in "-+·")) + r"]\s"
)
#: a year standing as a column header ("2023", "2024년", "’25년")
_YEAR = re.compile(
    r"^(?:['’‘]\d{2}|(?:19|20)\d{2}|\d{2}(?=\s*년))\s*(?:년|년도)?\.?(?:\s*\([^()]{1,8}\))?$"
)
_COUNT_UNITS = frozenset(COUNT_UNITS)
_BOUND = "|".join(BOUND_WORDS)
#: a figure and its unit; single spaces only (is_band folds runs of spaces first)
_MEASURE = rf"\d[\d,.]*\s?(?:{_UNITS})"
#: a band of values ("30명 이하", "31명~40명", "132㎡이상~198㎡미만"): a class of rows
_BAND = re.compile(
    rf"^[△▽▲+\-]?\d[\d,.]*\s?(?:{_UNITS})?\s?(?:{_BOUND})$"
    rf"|^{_MEASURE}\s?(?:{_BOUND})?\s?[~∼～]\s?{_MEASURE}\s?(?:{_BOUND})?$"
)


def is_value(text: str) -> bool:
    """A cell that holds a number (not a label).

    >>> [is_value(t) for t in ("16,167", "80 / 85", "△28.3%", "-", "2,553대", "3급", "관광정책과")]
    [True, True, True, True, True, False, False]
    >>> [is_value(t) for t in ("0.31억 어절", "1분기", "2030 비전")]
    [True, False, False]
    """
    t = " ".join(text.split())
    return bool(t) and bool(_VALUE.match(t))


def is_unit_count(text: str) -> bool:
    """A count of organisation units ("3국 2담당관 14과", "2청"): a table's figure, though
    a line of text that says it is a count line, not a table's row.

    >>> [is_unit_count(t) for t in ("3국 2담당관 14과", "1본부, 2실, 5팀", "3급", "1과장")]
    [True, True, False, False]
    >>> [is_unit_count(t) for t in ("2실 4부 4수탁시설", "3산하기관", "4시설물")]
    [True, True, False]
    """
    return bool(_ORG_COUNT.match(" ".join(text.split())))


@dataclass(slots=True)
class TableCell:
    """A cell of a table with its place among the headers."""

    row: int
    col: int
    row_span: int
    col_span: int
    text: str
    is_header: bool = False
    row_header: str = ""
    col_header: str = ""
    lines: tuple[int, ...] = ()
    page: int | None = None
    where: str | None = None


@dataclass(slots=True)
class Table:
    """A table: one grid, or several that continue over pages, read with its headers."""

    id: int
    grids: list[Grid]
    cells: list[TableCell]
    n_rows: int
    n_cols: int
    header_rows: int = 0
    row_header_cols: int = 0
    caption: str | None = None
    caption_lines: list[Line] = field(default_factory=list)
    unit_raw: str | None = None
    currency_unit: str | None = None
    count_unit: str | None = None
    #: the unit of each top column header where the caption lists several ("[단위: 교,
    #: 학급, 명]": 학교 수 -> 교, 학급 수 -> 학급, 학생 수 -> 명)
    column_units: dict[str, str] = field(default_factory=dict)
    as_of: date | None = None
    inferred: bool = False
    #: seq of the outline node the table stands under (set by the layout)
    node: int | None = None

    @property
    def lines(self) -> list[int]:
        out = {no for g in self.grids for no in g.lines}
        out.update(ln.no for ln in self.caption_lines)
        return sorted(out)

    @property
    def pages(self) -> tuple[int | None, int | None]:
        pages = [c.page for c in self.cells if c.page is not None]
        return (min(pages), max(pages)) if pages else (None, None)

    def at(self, row: int, col: int) -> TableCell | None:
        for c in self.cells:
            if c.row <= row < c.row + c.row_span and c.col <= col < c.col + c.col_span:
                return c
        return None

    def body(self) -> list[TableCell]:
        return [c for c in self.cells if not c.is_header]

    def rows(self) -> list[list[TableCell]]:
        """Cells by the row they start in, left to right."""
        out: list[list[TableCell]] = [[] for _ in range(self.n_rows)]
        for c in self.cells:
            out[c.row].append(c)
        return [sorted(r, key=lambda c: c.col) for r in out]


# --- stages ----------------------------------------------------------------------------


def is_box(grid: Grid) -> bool:
    """A box drawn around text, not a table: fewer than two rows hold two or more cells
    of text (a numeral beside its title; a title over its summary; a boxed paragraph)."""
    by_row: dict[int, int] = {}
    for c in grid.cells:
        if not c.is_empty or c.tables:
            by_row[c.row] = by_row.get(c.row, 0) + 1
    return sum(1 for n in by_row.values() if n >= 2) < 2


def data_grids(grids: Sequence[Grid]) -> list[Grid]:
    """The grids that are tables: boxes opened to the tables inside them, and a table
    drawn inside a table's cell (a project's budget in its 사업내용 cell) a table too."""
    return [g for g, _ in boxed_grids(grids)]


def boxed_grids(grids: Sequence[Grid], box: int | None = None) -> list[tuple[Grid, int | None]]:
    """:func:`data_grids` with the box each stands in (an id shared by the tables drawn
    side by side in one box: "[세입]" and "[세출]" under one caption), or None."""
    out: list[tuple[Grid, int | None]] = []
    for g in grids:
        opened = is_box(g)
        inner = boxed_grids([t for c in g.cells for t in c.tables], id(g) if opened else box)
        if not opened:
            out.append((g, box))
        out.extend(inner)
    return out


def _boxed(cell: Cell) -> list[Cell]:
    """The cells of the boxes drawn inside a cell (a name in a box of its own, a note
    below it), boxes inside them too: no table of their own, so their text is the cell's
    (a table drawn inside the cell is one: :func:`data_grids`)."""
    own = set(cell.lines)  # (a PDF cell's paragraphs hold what is drawn inside it already)
    return [
        inner
        for t in cell.tables
        if is_box(t)
        for c in t.cells
        for inner in (c, *_boxed(c))
        if not own.issuperset(inner.lines)
    ]


def _text(cell: Cell) -> str:
    boxed = _boxed(cell)
    if not boxed:
        return join_wrapped(cell.paragraphs)
    # in reading order where each paragraph has its line (a label boxed between two lines)
    parts = [cell, *boxed]
    if all(len(c.lines) == len(c.paragraphs) for c in parts):
        return join_wrapped([p for _, p in sorted(pair for c in parts for pair in _numbered(c))])
    return join_wrapped([p for c in parts for p in c.paragraphs])


def _numbered(cell: Cell) -> list[tuple[int, str]]:
    return list(zip(cell.lines, cell.paragraphs, strict=True))


def _lines(cell: Cell) -> tuple[int, ...]:
    return tuple(sorted({*cell.lines, *(no for b in _boxed(cell) for no in b.lines)}))


def header_rows(cells: Sequence[TableCell], n_rows: int) -> int:
    """How many leading rows are column headers."""
    by_row: list[list[TableCell]] = [[] for _ in range(n_rows)]
    for c in cells:
        by_row[c.row].append(c)
    # days in a column down its rows say when each row's thing was: body rows (a header
    # row of days, "2023. 12. 31. | 2024. 12. 31.", has them in that row only)
    days = Counter(c.col for c in cells if _is_day(c.text))
    has_value = [
        any(
            (is_value(c.text) and not _YEAR.match(c.text)) or (days[c.col] > 1 and _is_day(c.text))
            for c in row
        )
        for row in by_row
    ]
    if not any(has_value):
        # a table of text: its first row is a header when its cells are short labels
        first = [c for c in by_row[0] if c.text] if by_row else []
        short = first and all(len(c.text) <= 20 for c in first) and len(first) >= 2
        head = 1 if short and n_rows > 1 and not _like_the_body(first, cells) else 0
    else:
        head = 0
        while head < min(MAX_HEADER_ROWS, n_rows) and not has_value[head]:
            head += 1
        if head == n_rows:
            head = 0
    # a header cell that spans rows widens the header to its last row, but never over a
    # labelled row of figures (a cell drawn into the 계 row below it: "’26년 이후" over
    # its "-"); a row of years under a label spanning both rows is the header's
    labelled = {c.row for c in cells if c.col == 0 and c.text}
    changed = True
    while changed and head:
        changed = False
        for c in cells:
            end = c.row + c.row_span
            if c.row < head < end <= n_rows - 1 and not any(
                has_value[r] and r in labelled for r in range(head, end)
            ):
                head = end
                changed = True
    return head


def _shape(text: str) -> str:
    """A cell's text with its figures as 0 and runs of one mark as one: "3년 연속" and "6년
    연속" are alike, and "★★★" and "★★"."""
    return _RUNS.sub(r"\1", _DIGITS.sub("0", "".join(text.split())))


def _like_the_body(first: Sequence[TableCell], cells: Sequence[TableCell]) -> bool:
    """Whether two or more cells of a first row of text are shaped as cells below them in
    their column are: a row of the body, not a header ("평가 최우수 | 3년 연속 | ★★★" over
    "재정 분석 최우수 | 6년 연속 | ★★★★★★")."""
    below = {(c.col, _shape(c.text)) for c in cells if c.row > 0 and c.text}
    return sum(1 for c in first if (c.col, _shape(c.text)) in below) >= 2


def _is_day(text: str) -> bool:
    """A cell that is one day or a range of days ("2024. 7.25.", "2024. 9.26. ~ 2024. 9.27."):
    what happened when, a body row's, not a header's (which names a year or a month, or a
    day something stands at: "2024.12.31. 기준")."""
    t = " ".join(text.split())
    if not t or any(w in t for w in AS_OF_WORDS):
        return False
    span = parse_date(t)
    return span is not None and span.precision == "day"


def is_band(text: str) -> bool:
    """A band of values naming a class of rows.

    >>> [is_band(t) for t in ("30명 이하", "31명~40명", "132㎡이상~198㎡미만", "40명")]
    [True, True, True, False]
    >>> [is_band(t) for t in ("5~10%", "9.21.~10.3.")]
    [False, False]
    """
    t = " ".join(text.split())
    return bool(_BAND.match(t)) and not t.endswith(tuple(PERCENT_SIGNS))


def _is_word(text: str) -> bool:
    return _is_label(text) and not any(ch.isdigit() for ch in text)


def _is_label(text: str) -> bool:
    """A row label: words, a band of values ("30명 이하"), or a year or month standing for
    its row ("2024.11.", "’23년")."""
    if is_unit_count(text):
        return False
    return not is_value(text) or bool(
        _YEAR.match(text) or _PERIOD_LABEL.match(text) or is_band(text)
    )


def _is_list(text: str) -> bool:
    """A cell that lists two or more items, each after its mark: entries, not a label."""
    return bool(_LIST_ITEM.match(text)) and len(_LIST_ITEM.findall(text)) >= 2


def _dates_column(header: str) -> bool:
    """A header over a column of dates ("준공연도", "설립일"), not one year ("2025년도")."""
    key = squash_label(header)
    return key.endswith(DATE_COLUMN_ENDINGS) and not any(ch.isdigit() for ch in key)


def row_header_cols(cells: Sequence[TableCell], n_cols: int, head: int) -> int:
    """How many leading columns are row headers (labels, not values).

    A leading column is a row header when its body holds labels only, or when
    it is the first and its header says so (연번, 연도: serial numbers and years
    label rows).
    """
    body = [c for c in cells if c.row >= head]
    # a table of text (labels in every column after the first): its first column labels
    # the rows, and a later column only where it groups them (a cell over several rows)
    text_table = all(_is_label(c.text) for c in body if c.text and c.col > 0)
    accepted = 0
    k = 0
    while k < min(MAX_ROW_HEADER_COLS, n_cols - 1):
        col = [c for c in body if c.col == k and c.text]
        named = k == 0 and any(
            c.row < head and c.col == 0 and squash_label(c.text) in ROW_LABELS for c in cells
        )
        if not col:  # an empty column (a ruled margin) is passed over
            k += 1
            continue
        if any(c.row < head and c.col <= k < c.col + c.col_span and is_period(c.text)
               for c in cells):  # fmt: skip
            break  # a column headed by a year holds that year's entries, labels or not
        if k and any(c.row < head and c.col == k and _dates_column(c.text) for c in cells):
            break  # a column of its rows' dates ("준공연도": "2015년 9월"), not their labels
        if text_table and accepted and not any(c.row_span > 1 for c in col):
            break
        if text_table and all(_is_list(c.text) for c in col):
            break  # lists side by side under their headers (유형별 과제): no row labels
        labels = sum(1 for c in col if _is_label(c.text))
        if not (named or labels >= LABEL_SHARE * len(col)):
            break
        accepted += 1
        k += 1
    # a header cell over the row-header columns ("구 분" spanning two) widens them
    for c in cells:  # (not a cell over the whole panel: the panel's own title)
        if c.row < head and c.col < k <= c.col + c.col_span - 1 and c.col_span < n_cols:
            k = c.col + c.col_span
    return k


def is_period(text: str) -> bool:
    """A header that is a year, a range of years, a quarter, a half or a month, nothing
    else.

    >>> [is_period(t) for t in ("2025", "’25~’26년", "2025. 3.", "3월", "2024년 실적", "구분")]
    [True, True, True, True, False, False]
    >>> [is_period(t) for t in ("1분기", "3/4분기", "하반기", "분기별")]
    [True, True, True, False]
    """
    t = text.strip()
    if _YEAR.match(t) or _MONTH_HEAD.match(t):
        return True
    span = parse_date(t)
    return span is not None and span.raw.strip() == t


def header_name(text: str) -> str:
    """A header cell's text as a part of a path: without a list mark in front, nor the
    status tag after a listed task's name ("➌ 긴급차량 우선 신호체계 확대")."""
    if _LISTED.match(text):
        return _STATUS_TAG.sub("", _LISTED.sub("", text))
    return _HEADER_MARK.sub("", text)


def squash_label(text: str) -> str:
    return "".join(text.split())


def panel_width(cells: Sequence[TableCell], head: int, n_cols: int) -> int:
    """How many columns one panel of the table spans: a table printed as panels side by
    side repeats its header ("구 분 | 예산액 | 구 분 | 예산액"); n_cols when it does not.

    Each panel's first columns label its own rows (세외수입 beside 지방세).
    """
    if head == 0:
        return n_cols
    heads = [c for c in cells if c.row < head]
    for width in range(2, n_cols // 2 + 1):
        if n_cols % width:
            continue
        if any(c.col // width != (c.col + c.col_span - 1) // width for c in heads):
            continue  # a header cell over two panels: one table
        panels: list[list[tuple[int, int, int, int, str]]] = [[] for _ in range(n_cols // width)]
        for c in heads:
            panels[c.col // width].append(
                (c.row, c.col % width, c.row_span, c.col_span, squash_label(c.text))
            )
        first = sorted(panels[0])
        if any(t for *_, t in first) and all(sorted(p) == first for p in panels[1:]):
            return width
    return grouped_panel_width(cells, head, n_cols)


def grouped_panel_width(cells: Sequence[TableCell], head: int, n_cols: int) -> int:
    """Panels that a top header row names, one cell over each ("정원별 인력 차등 지원" |
    "면적별 설치비 차등 지원"), each panel's first column labelling its own rows (bands
    "30명 이하" beside "132㎡ 미만"); n_cols when the table is not such."""
    top = [c for c in cells if c.row == 0]
    if head < 2 or len(top) < 2 or any(c.row_span != 1 or not c.text for c in top):
        return n_cols
    width = top[0].col_span
    if width < 2 or sorted(c.col for c in top) != list(range(0, n_cols, width)):
        return n_cols
    if any(c.col_span != width for c in top):
        return n_cols
    body = [c for c in cells if c.row >= head and c.text]
    for first in range(0, n_cols, width):
        col = [c for c in body if c.col == first]
        # (words, or bands, each once: "채용 50명" or "완료, 완료, 추진중" under a group are
        # entries, not rows' labels)
        if not col or not all(is_band(c.text) or _is_word(c.text) for c in col):
            return n_cols
        if len({squash_label(c.text) for c in col}) < len(col):
            return n_cols
    return width


def group_labels(
    grid: Mapping[tuple[int, int], TableCell], head: int, side: int, n_cols: int
) -> dict[tuple[int, int], TableCell]:
    """Empty header places that a group label to their left covers: "증감(B-A)" printed over
    its first column, a rule drawn under it only there, "%" under the empty place beside it.

    An empty header cell with a sub-header below it takes the label of the header cell
    on its left in the same row."""
    out: dict[tuple[int, int], TableCell] = {}
    for r in range(head - 1):
        for k in range(side + 1, n_cols):
            here, left = grid.get((r, k)), grid.get((r, k - 1))
            if here is None or here.text or left is None or not left.text or left.col < side:
                continue
            below = [grid.get((b, k)) for b in range(r + 1, head)]
            if any(h is not None and h is not here and h.text for h in below):
                out[(r, k)] = out.get((r, k - 1), left)
    return out


#: row labels of a total: the rows set in under one are not its parts in a path (a reader
#: would take a part for the total)
TOTAL_ROW_LABELS = frozenset({"계", "합계", "총계", "소계", "총괄"})


def bracket_labels(
    grid: Mapping[tuple[int, int], TableCell], head: int, side: int, shape: tuple[int, int, int]
) -> dict[tuple[int, int], TableCell]:
    """Empty row-header places under a row label that spans the header columns: the rows
    set in by one column under it (a bracket) are its parts ("특 별 회 계" over two columns,
    then an empty cell beside "교통사업특별회계", "광역교통시설특별회계", ...).

    The place must have nothing but empty places left of it in its row; one empty cell
    of one row goes on from the place above it, but a merged empty cell closes its group
    where it ends; a total's label (합계) is no group's."""
    n_rows, n_cols, width = shape  # (width: a panel's, where panels stand side by side)
    out: dict[tuple[int, int], TableCell] = {}
    for base in range(0, n_cols, max(width, 1)):
        for k in range(base, base + side - 1):
            for r in range(head + 1, n_rows):
                here, above = grid.get((r, k)), grid.get((r - 1, k))
                if here is None or here.text or here.row != r or above is None:
                    continue
                if any((c := grid.get((r, j))) is not None and c.text for j in range(base, k)):
                    continue  # a label left of it: this is no set-in row
                label = out.get((r - 1, k), above) if above.row_span == 1 else above
                spans = label.col + label.col_span > k + 1
                if label.text and spans and squash_label(label.text) not in TOTAL_ROW_LABELS:
                    for rr in range(r, r + here.row_span):
                        out[(rr, k)] = label
    return out


def header_paths(
    cells: list[TableCell], n_rows: int, n_cols: int, drawn_head: int | None = None
) -> tuple[int, int]:
    """Mark header cells and give every body cell its row and column header path (in its
    own panel, where the table is printed as panels side by side); ``drawn_head`` is the
    header the drawing sets apart, where it does."""
    head = header_rows(cells, n_rows) if drawn_head is None else drawn_head
    width = panel_width(cells, head, n_cols)
    side = row_header_cols([c for c in cells if c.col < width], width, head)
    grid: dict[tuple[int, int], TableCell] = {}
    for c in cells:
        for r in range(c.row, c.row + c.row_span):
            for k in range(c.col, c.col + c.col_span):
                grid[(r, k)] = c
    grid.update(group_labels(grid, head, side, n_cols))
    grid.update(bracket_labels(grid, head, side, (n_rows, n_cols, width)))
    for c in cells:
        base = c.col - c.col % width  # the first column of the cell's panel
        c.is_header = c.row < head or c.col < base + side
        col_parts: list[TableCell] = []
        for r in range(head):
            h = grid.get((r, c.col))
            if (
                h is not None and h is not c and h.text and h not in col_parts
                and h.col + h.col_span > base + side
            ):  # fmt: skip
                col_parts.append(h)
        row_parts: list[TableCell] = []
        # a body cell merged over several rows stands in each: it has each row's header
        for r in range(c.row, c.row + (c.row_span if c.col >= base + side else 1)):
            for k in range(base, base + side):
                h = grid.get((r, k))
                if (
                    h is not None and h is not c and h.text and h not in row_parts
                    and h.row >= head
                ):  # fmt: skip
                    row_parts.append(h)
        c.col_header = " / ".join(header_name(h.text) for h in col_parts) if c.row >= head else ""
        row_names = [header_name(_undittoed(h, grid, head)) for h in row_parts]
        c.row_header = " / ".join(row_names) if c.col >= base + side else ""
    return head, side


def _undittoed(cell: TableCell, grid: Mapping[tuple[int, int], TableCell], head: int) -> str:
    """A row header's text, or where it is a ditto mark ("〃"), that of the nearest cell
    above it in its column that is not one."""
    if cell.text.strip() not in DITTO_MARKS:
        return cell.text
    for r in range(cell.row - 1, head - 1, -1):
        above = grid.get((r, cell.col))
        if above is not None and above.text.strip() and above.text.strip() not in DITTO_MARKS:
            return above.text
    return cell.text


# --- joining and building ---------------------------------------------------------------


def _cells_of(grid: Grid, row_offset: int = 0) -> list[TableCell]:
    return [
        TableCell(
            c.row + row_offset, c.col, c.row_span, c.col_span, _text(c),
            lines=_lines(c), page=c.page, where=c.where,
        )
        for c in grid.cells
    ]  # fmt: skip


def _row_texts(grid: Grid, rows: int) -> list[str]:
    return ["".join(_text(c).split()) for c in grid.cells if c.row < rows]


def continues(a: Grid, b: Grid, lines: Sequence[Line], pos: dict[int, int]) -> bool:
    """Does ``b`` continue ``a`` on the next page (same columns, nothing in between)?"""
    if a.page_end is None or b.page_start != a.page_end + 1 or a.n_cols != b.n_cols:
        return False
    if not a.lines or not b.lines:
        return False
    if (
        a.bbox is not None
        and b.bbox is not None
        and (abs(a.bbox[0] - b.bbox[0]) > 6 or abs(a.bbox[2] - b.bbox[2]) > 6)
    ):
        return False
    between = [
        ln for ln in lines[pos[a.lines[-1]] + 1 : pos[b.lines[0]]]
        if ln.is_content and not is_caption(ln)
    ]  # fmt: skip
    return not between


def join_continued(grids: Sequence[Grid], lines: Sequence[Line]) -> list[list[Grid]]:
    """Grids grouped into tables: a grid continuing the one before joins it."""
    pos = {ln.no: i for i, ln in enumerate(lines)}
    groups: list[list[Grid]] = []
    for g in grids:
        if groups and continues(groups[-1][-1], g, lines, pos):
            groups[-1].append(g)
        else:
            groups.append([g])
    return groups


def build_table(table_id: int, parts: Sequence[Grid]) -> Table:
    """One table from its grids: cells, headers and paths."""
    cells = _cells_of(parts[0])
    n_rows = parts[0].n_rows
    drawn = parts[0].header_rows
    first_head = header_rows(cells, n_rows) if drawn is None else drawn
    for g in parts[1:]:
        more = _cells_of(g, n_rows)
        skip = 0
        # a header repeated at the top of the next page is dropped
        if first_head and _row_texts(g, first_head) == _row_texts(parts[0], first_head):
            skip = first_head
            more = [replace(c, row=c.row - skip) for c in more if c.row - n_rows >= skip]
        cells += more
        n_rows += g.n_rows - skip
    n_cols = max(g.n_cols for g in parts)
    head, side = header_paths(cells, n_rows, n_cols, drawn)
    return Table(
        table_id, list(parts), cells, n_rows, n_cols, head, side,
        inferred=all(g.source == "inferred" for g in parts),
    )  # fmt: skip


def with_caption(
    table: Table, caption: Sequence[Line], inline: str | None = None, year: int | None = None
) -> Table:
    """The table with its caption lines, unit and reference date."""
    if not caption and not inline:
        return table
    text = " ".join([ln.text.strip() for ln in caption] + ([inline] if inline else []))
    money, count = read_unit(text)
    declared = unit_declaration(inline) if inline and "단위" in squash_label(inline) else None
    unit_raw = next((unit_declaration(ln.text) for ln in caption if "단위" in ln.text), declared)
    table.caption = " ".join(ln.text.strip() for ln in caption) or None
    table.caption_lines = list(caption)
    table.unit_raw = unit_raw
    table.currency_unit = money
    table.count_unit = count
    tops = [c.col_header.split(" / ")[0] for c in table.cells if c.col_header]
    table.column_units = column_units(listed_units(text), list(dict.fromkeys(tops)))
    # else each line on its own: a unit line under the heading's date is another caption
    pieces = [text] + [ln.text for ln in caption] + ([inline] if inline else [])
    table.as_of = next((d for d in (read_as_of(t, year) for t in pieces) if d), None)
    return table


def build_tables(grids: Sequence[Grid], lines: Sequence[Line]) -> list[Table]:
    """Every table of a document, in order, with captions and headers."""
    pos = {ln.no: i for i, ln in enumerate(lines)}
    tables: list[Table] = []
    used: set[int] = set()
    boxes = {id(g): box for g, box in boxed_grids(grids)}
    box_captions: dict[int, str] = {}
    data = data_grids(grids)
    in_grids = frozenset(no for g in data for no in g.lines)  # (not a frame's: its title)
    for n, parts in enumerate(join_continued(data, lines), start=1):
        table = build_table(n, parts)
        caption, inline = find_caption(parts[0].lines, lines, pos, used, in_grids)
        used.update(ln.no for ln in caption)
        box = boxes.get(id(parts[0]))
        if box is not None:
            # the tables of one box share the caption over the box
            # (its lines stay the first table's; the others take its text as their unit)
            if caption or inline:
                box_captions.setdefault(
                    box, " ".join([ln.text.strip() for ln in caption] + [inline or ""]).strip()
                )
            else:
                inline = box_captions.get(box)
        tables.append(implied_unit(with_caption(table, caption, inline)))
    return tables


def implied_unit(table: Table) -> Table:
    """A table with no unit of its own counts what its header words name (정원, 현원: 명)."""
    if table.currency_unit or table.count_unit:
        return table
    for c in table.cells:
        unit = IMPLIED_COUNT_UNITS.get("".join(c.text.split()))
        if c.is_header and unit:
            table.count_unit = unit
            break
    return table
