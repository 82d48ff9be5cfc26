"""Table headers: the header rows and row-header columns of a table.

* :func:`header_rows` / :func:`row_header_cols` - the leading rows with no
  values are the column headers, the leading columns with no values the row
  headers (a header cell spanning rows or columns widens them).

Every body cell's header path is :mod:`extract.layout.header_paths`'s.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from extract.layout.cells import TableCell, is_unit_count, is_value
from extract.layout.graderow import graded_row
from extract.layout.vocab import (
    BAND_HEADER_WORDS,
    BANNER_GLYPHS,
    BOUND_WORDS,
    BULLETS,
    CARD_LABELS,
    CIRCLED,
    DATE_COLUMN_ENDINGS,
    DITTO_MARKS,
    ROW_LABELS,
    SERIAL_LABELS,
    STATUS_TAGS,
    YEAR,
)
from extract.normalize import parse_date
from extract.normalize.figures import FIGURE_UNITS
from extract.normalize.periods import period_head
from extract.normalize.vocab import (
    AS_OF_WORDS,
    CLOSING_BRACKETS,
    OPENING_BRACKETS,
    PERCENT_SIGNS,
)

#: most header rows a table has (a fourth text row is a body row)
MAX_HEADER_ROWS = 4
#: the longest cell of a header (it names a column in a word or two, "2026년 예산(B)"; a
#: longer cell is a body row's sentence)
HEADER_CHARS = 20
#: most row-header columns (구분 | 세부 | ...)
MAX_ROW_HEADER_COLS = 3
#: a column whose body cells are labels at least this often is a row-header column
LABEL_SHARE = 0.75

_DIGITS = re.compile(r"\d+")
#: a run of one character ("★★★")
_RUNS = re.compile(r"(.)\1+")
#: a month, a quarter or a half heading a column of a schedule ("3월", "7~8월", "1분기")
_MONTH_HEAD = re.compile(
    r"^(?:\d{1,2}\s*(?:[~∼～-]\s*\d{1,2}\s*)?월|(?:\d\s*/\s*4|\d)\s*분기|[상하]\s*반\s*기)$"
)
#: a quarter written as a fraction of the year alone ("1/4" .. "4/4"): a column's head
#: only in a row that sets two or more in order ("1/4 | 2/4 | 3/4 | 4/4"), else a figure
_QUARTER_HEAD = re.compile(r"^[1-4]\s*/\s*4$")
#: a year and month standing for a row ("2024.11.", "2023. 12.")
_PERIOD_LABEL = re.compile(r"^['’‘]?\d{2,4}\s*[.년]\s*(?:\d{1,2}\s*[.월]?)?\s*$")
#: list marks in front of a header's text ("□ 언어정보자원", "- 한국어교육", "➋노후 전동차
#: 교체", a programme's level "▣ 보건행정 운영 및 지원"): not the name (the cell keeps it)
_HEADER_MARK = re.compile(
    r"^(?:[○◦●▪•·\-ㅇ※*◇◆❖▶▷" + "".join(sorted(BANNER_GLYPHS)) + r"]\s+|["
    + "".join(CIRCLED) + r"]\s*)"
)
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
#: a range of years standing as a column header ("2025~2027", "’26~’27년")
_YEARS = re.compile(
    r"^(?:['’‘]?\d{2}|(?:19|20)\d{2})\s*(?:년도?)?\s*[~∼～\-]\s*(?:['’‘]?\d{2}|(?:19|20)\d{2})"
    r"\s*(?:년도?)?$"
)
#: a year written in a date ("2025. 1.", "’25. 3월")
_HAS_YEAR = re.compile(YEAR)
_BOUND = "|".join(BOUND_WORDS)
#: a figure and its unit; single spaces only (is_band folds runs of spaces first)
_MEASURE = rf"\d[\d,.]*\s?(?:{FIGURE_UNITS})"
#: a band of values ("30명 이하", "31명~40명", "132㎡이상~198㎡미만"): a class of rows
_BAND = re.compile(
    rf"^[△▽▲+\-]?\d[\d,.]*\s?(?:{FIGURE_UNITS})?\s?(?:{_BOUND})$"
    rf"|^{_MEASURE}\s?(?:{_BOUND})?\s?[~∼～]\s?{_MEASURE}\s?(?:{_BOUND})?$"
    # (its unit written once, after the range: "0.5~1㏊", "100~300㎡")
    rf"|^\d[\d,.]*\s?[~∼～]\s?{_MEASURE}\s?(?:{_BOUND})?$"
)

#: a range of whole figures, its unit in its column's header ("51~300" under "사용구간(㎥)")
_FIGURE_RANGE = re.compile(r"^\d[\d,]*+\s?[~∼～]\s?\d[\d,]*+$")

#: an amount over the bracket that details it ("3,600 (국 1,800, 도 1,800)"): a body cell
_FIGURE_BRACKET = re.compile(r"^\s*[△▽-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*[(（]\S")


def _year_shape(text: str) -> bool:
    """Whether a year is written with its 년 (a column's years are written alike: a header
    `2024년` over counts `2015`, `1998` is none of them)."""
    return "년" in text


def header_rows(cells: Sequence[TableCell], n_rows: int) -> int:
    """How many leading rows are column headers."""
    by_row: list[list[TableCell]] = [[] for _ in range(n_rows)]
    for c in cells:
        by_row[c.row].append(c)
    # days in a column down its rows say when each row's thing was: body rows (a header
    # row of days, "2023. 12. 31. | 2024. 12. 31.", has them in that row only)
    days = Counter(c.col for c in cells if _is_day(c.text))
    # (and years down a column, two under its first row at least, written alike, "개관연도
    # | 2004 | 1998 | …", "2019년 | 개관" / "2021년 | 증축", are its rows' values: a row of
    # years heading the columns has them side by side)
    years = Counter(
        (c.col, _year_shape(c.text)) for c in cells if c.row > 0 and _YEAR.match(c.text)
    )
    quarters = {r for r, row in enumerate(by_row) if quarter_heads(row)}
    # (a date of its own year in a column the first row heads as one of dates, "추진기간"
    # over "’26. 1분기", is a body row's, however coarse: not a row of the header)
    heads = by_row[0] if by_row else []
    dated = {c.col for c in heads if c.col_span == 1 and _dates_column(c.text)}
    # (a first row of years and ranges of years heads the columns: "2023 | 2025~2027", and
    # a row of quarters written as fractions, "1/4 | 2/4 | 3/4 | 4/4")
    has_value = [
        any(
            (
                (is_value(c.text) or bool(_FIGURE_BRACKET.match(c.text)))
                and not (
                    (_YEAR.match(c.text) and years[(c.col, _year_shape(c.text))] < 2)
                    or (r == 0 and _YEARS.match(c.text))
                    # (nor a first row of bands heading the columns: "0.5~1㏊ | 1~3㏊")
                    or (r == 0 and is_band(c.text))
                )
                and not (r in quarters and _QUARTER_HEAD.match(c.text.strip()))
            )
            or (days[c.col] > 1 and _is_day(c.text))
            or (r > 0 and c.col in dated and _own_date(c.text))
            for c in row
        )
        for r, row in enumerate(by_row)
    ]
    # (a row of entries under the first, a 과's teams listed with commas beside its duties,
    # holds no figure and is the body's all the same: a header's rows are short labels)
    entries = [
        r > 0 and (
            any(_entries(c.text) for c in row)
            # (or grades an evaluation gave, "평가등급 | 다 | 나 | 가", a row of the body)
            or graded_row([c.text for c in sorted(row, key=lambda c: c.col)])
        )
        for r, row in enumerate(by_row)
    ]  # fmt: skip
    head = 0
    while head < min(MAX_HEADER_ROWS, n_rows) and not (has_value[head] or entries[head]):
        head += 1
    if head == n_rows or not any(has_value[: MAX_HEADER_ROWS + 1]):
        # a table of text (its figures, if any, further down than any header reaches: a
        # list of facilities whose last rows give an opening year): its first row is a
        # header when its cells are short labels
        first = [c for c in by_row[0] if c.text] if by_row else []
        short = first and all(len(c.text) <= HEADER_CHARS for c in first) and len(first) >= 2
        head = 1 if short and n_rows > 1 and not _like_the_body(first, cells) else 0
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
    if head and _labels_down(by_row):
        head = 0  # (a card of labels beside their values: no row heads the columns)
    # a row of one cell across the table under the headers is a band over the body's rows
    # ("【 시정·처리 요구사항 : 5건 】" over its findings), no header
    width = max((c.col + c.col_span for c in cells), default=0)
    while head > 1 and len(by_row[head - 1]) == 1 and by_row[head - 1][0].col_span == width:
        head -= 1
    return head


#: the least rows of a card of labels beside their values
MIN_CARD_ROWS = 3


def _labels_down(by_row: Sequence[Sequence[TableCell]]) -> bool:
    """Rows each led by a card's label (:data:`CARD_LABELS`), the first row too, beside
    one value each: a card's facts, "사업기간 | 2026. 1. ~ 12.", "사 업 비 | …" (not
    "사업내용 | 2025년 | 2026년", whose first row heads the columns)."""
    firsts = [min(row, key=lambda c: c.col) for row in by_row if row]
    width = max((c.col + c.col_span for row in by_row for c in row), default=0)
    labelled = [c.col == 0 and squash_label(c.text) in CARD_LABELS for c in firsts]
    return (
        width == 2 and len(firsts) >= MIN_CARD_ROWS and bool(labelled) and labelled[0]
        and sum(labelled) * 3 >= len(labelled) * 2
        and not any(period_head(c.text) for c in by_row[0] if c.col > 0)
    )  # fmt: skip


def quarter_heads(row: Sequence[TableCell]) -> bool:
    """Whether a row heads its columns with quarters written as fractions alone, two or
    more from left to right ("추진내용 | 1/4 | 2/4 | 3/4 | 4/4": the quarters of the plan's
    year, not figures).

    >>> from extract.layout.cells import TableCell
    >>> def row(*texts: str) -> list[TableCell]:
    ...     return [TableCell(0, k, 1, 1, t) for k, t in enumerate(texts)]
    >>> quarter_heads(row("구분", "1/4", "2/4")), quarter_heads(row("구분", "1/4", "5"))
    (True, False)
    >>> quarter_heads(row("구분", "2/4", "1/4"))
    False
    """
    cells = sorted(row, key=lambda c: c.col)
    qs = [c.text.strip()[0] for c in cells if _QUARTER_HEAD.match(c.text.strip())]
    return len(qs) >= 2 and all(a < b for a, b in itertools.pairwise(qs))


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


def _entries(text: str) -> bool:
    """A cell that lists entries, parted by commas outside brackets, each of words
    ("경영기획팀, 재무회계팀", "정수 수질검사, 정수시설 유지관리"; not "증감률(B/A, %)"), or
    a phrase longer than a header's: the text of a body row, not a header's label."""
    if len("".join(text.split())) > HEADER_CHARS:
        return True
    parts, depth, part = [], 0, ""
    for ch in text:
        depth += (ch in OPENING_BRACKETS) - (ch in CLOSING_BRACKETS)
        if ch == "," and depth <= 0:
            parts.append(part)
            part = ""
        else:
            part += ch
    parts.append(part)
    return len(parts) >= 2 and all(is_word(p.strip()) and len(p.strip()) >= 2 for p in parts)


def _is_day(text: str) -> bool:
    """A cell that is one day or a range of days ("2024. 7.25.", "2024. 9.26. ~ 2024. 9.27."),
    or months of a year ("2025. 1.~2."): what happened when, a body row's, not a header's
    (which names a year or a month, or a day something stands at: "2024.12.31. 기준")."""
    t = " ".join(text.split())
    if not t or any(w in t for w in AS_OF_WORDS):
        return False
    span = parse_date(t)
    if span is None:
        return False
    # (a month of a year is when too, "2025. 1.~2."; a month alone names a column, "3월")
    dated = _HAS_YEAR.search(t) is not None
    return span.precision == "day" or (span.precision == "month" and dated)


def _own_date(text: str) -> bool:
    """A cell that is a date naming its own year, finer than the year alone ("’26. 1분기",
    "2026. 상반기"; not "2026년", a column's head)."""
    t = " ".join(text.split())
    return bool(t) and _YEAR.match(t) is None and parse_date(t) is not None


def is_band(text: str) -> bool:
    """A band of values naming a class of rows.

    >>> [is_band(t) for t in ("30명 이하", "31명~40명", "132㎡이상~198㎡미만", "40명")]
    [True, True, True, False]
    >>> [is_band(t) for t in ("5~10%", "9.21.~10.3.")]
    [False, False]
    """
    t = " ".join(text.split())
    return bool(_BAND.match(t)) and not t.endswith(tuple(PERCENT_SIGNS))


def is_word(text: str) -> bool:
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


def bands_column(header: str) -> bool:
    """A header over a column of bands of values ("사용구간(㎥)"; not "구간별 사업비")."""
    key = squash_label(header).split("(", 1)[0]
    return key.endswith(BAND_HEADER_WORDS)


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
    k = end = 0
    serial, prev = False, list[TableCell]()  # (whether the last label column numbers rows)
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
        if sum(1 for c in col if _is_list(c.text)) >= LABEL_SHARE * len(col):
            break  # a column of lists ("• 사업명 : … • 공모기간 : …"): entries, no labels
        # (a column headed as one of bands, "사용구간(㎥)", classes its rows by its ranges)
        banded = k > 0 and any(
            c.row < head and c.col == k and bands_column(c.text) for c in cells
        )
        labels = sum(
            1 for c in col
            if _is_label(c.text) or (banded and _FIGURE_RANGE.match(" ".join(c.text.split())))
        )  # fmt: skip
        if not (named or labels >= LABEL_SHARE * len(col)):
            break
        if accepted and len({c.row for c in body}) > 1 and not (serial or _groups_rows(prev)):
            break  # (a label column beside one that groups nothing: the rows' attribute;
            # one row tells nothing of groups)
        serial = k == 0 and any(
            c.row < head and c.col == 0 and squash_label(c.text).casefold() in SERIAL_LABELS
            for c in cells
        )  # (연번: numbers that label the rows, not a group of them)
        prev = [c for c in body if c.col == k]
        accepted += 1
        k += 1
        end = k
    # (empty columns after the last label column are the body's, whatever fills them)
    k = end
    # a header cell over the row-header columns ("구 분" spanning two) widens them
    for c in cells:  # (not a cell over the whole panel: the panel's own title)
        if c.row < head and c.col < k <= c.col + c.col_span - 1 and c.col_span < n_cols:
            k = c.col + c.col_span
    return k


def _groups_rows(col: Sequence[TableCell]) -> bool:
    """Whether a row-header column groups the rows beside it: a cell over several rows,
    a ditto mark, or a label repeated in the next row ("세 입" over its divisions); a
    column naming each row once (기관명) does not, and the label column after it holds
    the rows' attributes (설립일자, 소재지, As-Is), not a lower level."""
    texts = [c.text.strip() for c in sorted(col, key=lambda c: c.row)]
    return (
        any(c.row_span > 1 for c in col)
        or any(t in DITTO_MARKS for t in texts)
        or any(a == b or (a and not b) for a, b in itertools.pairwise(texts))
    )  # (a label over empty cells of the rows after it: "지방세" / "" / "")


def is_period(text: str) -> bool:
    """A header that is a year, a range of years, a quarter, a half or a month, nothing
    else.

    >>> [is_period(t) for t in ("2025", "’25~’26년", "2025. 3.", "3월", "2024년 실적", "구분")]
    [True, True, True, True, False, False]
    >>> [is_period(t) for t in ("1분기", "3/4분기", "1/4", "하반기", "분기별")]
    [True, True, True, True, False]
    """
    t = text.strip()
    if _YEAR.match(t) or _MONTH_HEAD.match(t) or _QUARTER_HEAD.match(t):
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
