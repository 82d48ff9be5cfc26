"""Tables of a text export whose columns runs of spaces set apart, read by where
their words stand.

* :func:`gap_grid` - a header of three phrases or more over rows whose words stand
  under them ("회  기   기  간   일수   주 요 안 건");
* :func:`aligned_table` - such a table with no known row label, its rows each with a
  figure or a date;
* :func:`two_labels` - rows that set a second column of labels (a group's name over its
  items) before their values.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from extract.document import Cell, Grid, Line
from extract.layout.captions import inline_unit, is_caption
from extract.layout.cells import is_value
from extract.layout.markers import read_marker
from extract.layout.textspans import COLUMN_GAP, SINGLE_LETTER, line_spans, phrases
from extract.layout.vocab import DATE_COLUMN_ENDINGS, SERIAL_LABELS, WORD_TABLE_HEADERS
from extract.normalize import parse_date
from extract.normalize.when import says_when

#: the most columns a letter-spaced header word's letters stand apart ("사  업  명")
LETTER_GAP = 3


#: the most lines under a header that tell its letters spaced wide apart one word
SPREAD_ROWS = 6
#: the most letters of a header word (or a cell's word) spaced out one by one
MAX_SPACED_LETTERS = 8

#: a line's phrases and where each starts (to find those under a stretch by bisection)
_Row = tuple[list[tuple[str, int, int]], list[int]]


def header_phrases(head: Line, below: Sequence[Line] = ()) -> list[tuple[str, int, int]]:
    """A header line's phrases (:func:`phrases`), the letters of a word spaced out one by
    one joined into it ("사  업  명", "비  고"), and, however wide apart, where the rows
    ``below`` it set a phrase under two of them and never one under each ("근        거"
    over "지방재정법 제33조")."""
    out: list[tuple[str, int, int]] = []
    rows: list[_Row] = []
    # (the rows before the next item: "3. 위원회 운영 현황" is none)
    for ln in itertools.islice(itertools.takewhile(_no_item, below), SPREAD_ROWS):
        found = phrases(line_spans(ln))
        rows.append((found, [a for _, a, _ in found]))
    for word, a, b in letter_phrases(line_spans(head)):
        if out and SINGLE_LETTER.match(word) and _spread(out[-1], (word, a, b), rows):
            w, a0, _ = out[-1]
            out[-1] = (f"{w} {word}", a0, b)
        else:
            out.append((word, a, b))
    return out


def _no_item(ln: Line) -> bool:
    """Whether a line opens no item of the outline (a row's bare serial number may)."""
    found = read_marker(ln.text)
    return found is None or found[0].kind == "num.bare"


def _under(row: _Row, a: int, b: int) -> list[tuple[str, int, int]]:
    """The phrases of a row that stand under the stretch from ``a`` to ``b``."""
    found, starts = row
    out = []
    for k in range(bisect.bisect_left(starts, b) - 1, -1, -1):
        if found[k][2] <= a:
            break
        out.append(found[k])
    return out


def _spread(left: tuple[str, int, int], right: tuple[str, int, int], rows: Sequence[_Row]) -> bool:
    """Whether ``left`` (one letter or letters spaced out) and the letter ``right`` are
    one header word spaced wide: rows set phrases under ``left``, and none a phrase under
    ``right`` alone ("개      관" over "’09. 11.")."""
    letters = left[0].split()
    if len(letters) >= MAX_SPACED_LETTERS or not all(SINGLE_LETTER.match(w) for w in letters):
        return False
    filled = False
    for row in rows:
        under_l = _under(row, left[1], left[2])
        under_r = _under(row, right[1], right[2])
        if _letters_alike(under_l, under_r, left, right):
            continue  # (a row's word spaced out as its header's is: "합    계" under it)
        if any(p not in under_l for p in under_r):
            return False
        filled |= bool(under_l)
    return filled


def _letters_alike(
    under_l: Sequence[tuple[str, int, int]],
    under_r: Sequence[tuple[str, int, int]],
    left: tuple[str, int, int],
    right: tuple[str, int, int],
) -> bool:
    """Whether a row sets one letter under ``right`` and one under the last letter of
    ``left``, each where the header's stands: one word of the row justified in the same
    cell ("합    계" under "공    약    명"), no phrase of a column of its own."""
    if len(under_r) != 1 or not SINGLE_LETTER.match(under_r[0][0]):
        return False
    last = next((p for p in under_l if p[2] <= under_r[0][1]), None)  # (nearest first)
    return (
        last is not None and SINGLE_LETTER.match(last[0]) is not None
        and abs(last[2] - left[2]) <= 1 and abs(under_r[0][1] - right[1]) <= 1
    )  # fmt: skip


def letter_phrases(spans: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """:func:`phrases` of ``spans``, the letters of a word spaced out one by one joined, as
    evenly as they stand apart: "운 수 업 체   운   행   구   간" is two words, each
    justified in its cell, not one.

    >>> [w for w, _, _ in letter_phrases([("운 수 업 체", 0, 11), ("운", 14, 16),
    ...                                   ("행", 19, 21), ("구", 24, 26)])]
    ['운 수 업 체', '운 행 구']
    """
    out: list[tuple[str, int, int]] = []
    # (how far apart the letters of the last phrase stand: one space in a phrase, None for
    # one letter alone)
    inner: int | None = None
    for word, a, b in phrases(spans):
        gap = a - out[-1][2] if out else 0
        if (
            out
            and SINGLE_LETTER.match(word)
            and all(SINGLE_LETTER.match(w) for w in out[-1][0].split())
            and gap <= LETTER_GAP
            and (inner is None or abs(gap - inner) <= 1)
        ):
            w, a0, _ = out[-1]
            out[-1] = (f"{w} {word}", a0, b)
            inner = gap
        else:
            out.append((word, a, b))
            inner = None if SINGLE_LETTER.match(word) else 1
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def gap_grid(
    head: Line,
    body: Sequence[Line],
    serial: bool = False,
    cols: Sequence[tuple[str, int, int]] | None = None,
) -> Grid | None:
    """A table whose columns a layout export sets apart with runs of spaces, words among
    them (``사  업  명 | 공모기관 | 선정일 | 사업비 | 비  고`` over ``정원도시 조성 지원사업
    산림청  2025. 4. 18.  1,000  신규``): each phrase of a row in the header's column it
    stands under; None where a phrase stands under none of them, two share one, or the
    first row leaves its label empty (a later one goes on the label above it, merged down
    in the file: "경영본부  경영기획처 …" / "          고객지원처 …").  Under a header
    that opens with 연번 (``serial``), a row with no number is the total's ("   계 (8개
    사업)  284,250"), or, with no figure or date, the wrapped words of the row above.

    >>> from extract.document import Line
    >>> rows = ["사  업  명        기관      선정일          사업비   비  고",
    ...         "정원도시 조성     산림청    2025. 4. 18.     1,000   신규",
    ...         "나눔길 조성       환경부    2025. 8. 5.        600"]
    >>> lines = [Line(i, t, t) for i, t in enumerate(rows, 1)]
    >>> grid = gap_grid(lines[0], lines[1:])
    >>> for r in range(grid.n_rows):
    ...     print([c.text for c in grid.cells if c.row == r])
    ['사 업 명', '기관', '선정일', '사업비', '비 고']
    ['정원도시 조성', '산림청', '2025. 4. 18.', '1,000', '신규']
    ['나눔길 조성', '환경부', '2025. 8. 5.', '600', '']
    """
    cols = cols if cols is not None else header_phrases(head, body)  # (the caller's, read)
    if len(cols) < 3 or not body:
        return None
    rows: list[tuple[Line, list[str]]] = []
    wraps: dict[int, list[tuple[Line, list[str]]]] = {}  # (row index -> its wrapped lines)
    for ln in body:
        row = _gap_row(cols, ln)
        if row is None:
            return None
        if serial and rows and _wrapped(ln, row):
            wraps.setdefault(len(rows) - 1, []).append((ln, row))
            continue
        if not row[0] and not rows and not serial:
            return None  # (an empty first cell goes on the label above it: a merged cell)
        rows.append((ln, row))
    cells = [
        Cell(0, c, paragraphs=(w,), lines=(head.no,), page=head.page)
        for c, (w, _, _) in enumerate(cols)
    ]
    label: Cell | None = None  # (the last row label: an empty one below it, merged down)
    for r, (ln, row) in enumerate(rows, start=1):
        below = wraps.get(r - 1, [])
        for c, text in enumerate(row):
            if c == 0 and not text and label is not None and not serial:
                label.row_span += 1
                continue
            more = [(w, t[c]) for w, t in below if t[c]]
            paras = tuple(x for x in (text, *(t for _, t in more)) if x)
            nos = (ln.no, *(w.no for w, _ in more))
            cell = Cell(r, c, paragraphs=paras, lines=nos, page=ln.page)
            cells.append(cell)
            if c == 0:
                label = cell
    return Grid(cells, len(rows) + 1, len(cols), "inferred", head.page, body[-1].page)


#: how far (in columns) a phrase may stand off the nearest header's edge and be its cell
NEAR_COLUMN = 2


def _gap_row(cols: Sequence[tuple[str, int, int]], ln: Line) -> list[str] | None:
    """A row's phrases, each in the header's column it stands under; None where one stands
    under none of them or two share one."""
    row = [""] * len(cols)
    last, spaced = -1, 0
    for word, a, b in phrases(line_spans(ln)):
        c = max(range(len(cols)), key=lambda j: _overlap((a, b), cols[j][1:]))
        if _overlap((a, b), cols[c][1:]) <= 0 and -_overlap((a, b), cols[c][1:]) <= NEAR_COLUMN:
            # (a cell set a letter past its header's edge, as a layout export may set a
            # left-aligned cell under a centred header: "문화예술과" under "주관부서")
            a, b = cols[c][1], cols[c][2]
        if (
            c == last
            and SINGLE_LETTER.match(word)
            and 0 < spaced < MAX_SPACED_LETTERS
        ):
            row[c], spaced = f"{row[c]} {word}", spaced + 1  # (a word spaced out: "건  의")
            continue
        if _overlap((a, b), cols[c][1:]) <= 0 or c <= last:
            return None
        row[c], last = word, c
        spaced = 1 if SINGLE_LETTER.match(word) else 0  # (the letters of its word so far)
    return row


def _figures_under_caption(cols: Sequence[tuple[str, int, int]], content: Sequence[Line],
                           i: int) -> bool:
    """Whether the header at ``i`` stands under a caption of its unit over one row that is
    a figure in each column ("(단위 : 백만원)" / "예산액  집행액  집행률(%)" / "640  598
    93.4"): a table of one row."""
    row = _gap_row(cols, content[i + 1])
    over = content[i - 1] if i > 0 else None
    # (the caption on a line of its own, or closing the title over the table: "○ 예산
    # 집행실적   (단위 : 백만원)")
    caption = over is not None and (is_caption(over) or inline_unit(over) is not None)
    return row is not None and all(row) and all(is_value(c) for c in row) and caption


def _one_full_row(cols: Sequence[tuple[str, int, int]], content: Sequence[Line], i: int) -> bool:
    """Whether the header at ``i`` stands over one row that fills its label and most of its
    columns, two figures or more among them ("지  표  명   단위   2024 실적   2025 목표" /
    "민간자원 모금액   천원   438,200   450,000"; a figure not yet known left blank): a
    card's table of one indicator."""
    row = _gap_row(cols, content[i + 1])
    return (
        row is not None and bool(row[0]) and 2 * sum(map(bool, row)) > len(row)
        and sum(map(is_value, row)) >= MIN_ROW_FIGURES
    )  # fmt: skip


#: figures a lone row under a header of its own holds at least, to be a table's row
MIN_ROW_FIGURES = 2


_RUN_OF_SPACES = re.compile(r"\s{2,}")
#: fewest rows of a table with no known row label that its columns alone make one
MIN_ALIGNED_ROWS = 2


#: a year to read a date that names none by (whether it is a date, not which)
ANY_YEAR = 2000


def _figure_or_date(text: str) -> bool:
    """A cell that is a figure, or a date ("’26. 3.~4.", in a plan of audits by period)."""
    return is_value(text) or (  # (a date of the report's year too: "3~4월", "12월")
        any(ch.isdigit() for ch in text) and parse_date(text, year=ANY_YEAR) is not None
    )


def aligned_table(content: Sequence[Line], i: int) -> tuple[Grid, int] | None:
    """A table whose header names no known row label ("회  기   기  간   일수   주 요 안
    건") but whose rows line up under its three or more columns, set apart by runs of
    spaces, each row with a figure or a date (:func:`gap_grid`): the grid and the index
    after its last row; None for any other line."""
    head = content[i]
    # (its columns apart by runs of two spaces or more, counted as characters: one wide
    # space, an ideographic one, parts no columns)
    runs = [p for p in _RUN_OF_SPACES.split(head.text.strip()) if p]
    if len(runs) < 3:
        return None
    cols = header_phrases(head, content[i + 1 : i + 1 + SPREAD_ROWS])
    if len(cols) < 3:
        return None
    if any(is_value(w) for w, _, _ in phrases(line_spans(head))):
        return None
    # (under a header that opens with 연번, a row's bare number is its serial, no item's:
    # "1     도시철도 2호선 시민설명회  2026. 5월 중 …")
    serial = "".join(cols[0][0].split()).casefold() in SERIAL_LABELS
    # (a header of a table of words, "직 위 | 직 급 | 성 명 | 전화번호": its rows need no
    # figure where they fill every column)
    heads = ["".join(w.split()) for w, _, _ in cols]
    of_words = sum(h in WORD_TABLE_HEADERS for h in heads) * 2 > len(heads)
    # (a column of dates, "추 진 내 용 | 추진기간 | 비  고": a row is one where it says when,
    # in words too, "수시", "매  월", "2026년 말", or its year's quote mark left out,
    # "26.3월~12월")
    dated = [c for c, h in enumerate(heads) if c and h.endswith(DATE_COLUMN_ENDINGS)]
    j = i + 1
    numbered: list[str] | None = None  # (the last row numbered under 연번)
    # (row by row, each read once: the grid is built for the rows that all fit)
    while j < len(content) and (
        (found := read_marker(content[j].text)) is None
        or (serial and found[0].kind == "num.bare")
    ):
        if is_caption(content[j]):
            break  # (a line under the table that dates it: "(2026. 1. 15. 현재)")
        row = _gap_row(cols, content[j])
        if row is None or (j == i + 1 and not row[0] and not serial):
            break
        # (the last row's wrapped words stand right under it, no blank line between)
        under = content[j].no == content[j - 1].no + 1 and _fills_under(row, numbered)
        when = any(says_when(row[c]) for c in dated if row[c])
        if not any(_figure_or_date(w) for w, _, _ in phrases(line_spans(content[j]))) and not (
            serial and not row[0] and j > i + 1
            and (_serial_next(cols, content, j + 1) or under)
        ) and not (of_words and all(row)) and not when:
            break  # (a row with no figure or date: prose under the table; not a row's
            # words wrapped onto a line of their own, nor a group's heading, "< 대중교통
            # 분야 >", the next row numbered under 연번 or the last one's cells above them,
            # nor a row that says when under a column of dates)
        if row[0]:
            numbered = row
        j += 1
    if j - (i + 1) < MIN_ALIGNED_ROWS and not (
        j == i + 2 and (_figures_under_caption(cols, content, i) or _one_full_row(cols, content, i))
    ):
        return None
    grid = gap_grid(head, content[i + 1 : j], serial, cols)
    return (grid, j) if grid is not None else None


#: how a line opens that is a group's heading inside a table, no row's wrapped words
_GROUP_OPEN = ("<", "‹", "〈", "《", "[", "【", "(", "（", "□", "■", "○", "◈", "※")
#: how a wrapped cell's note opens, "(구정질문)", "[5분발언]" under its member's name
_NOTE_OPEN = ("(", "（", "[")


def _wrapped(ln: Line, row: Sequence[str]) -> bool:
    """Whether a line of a table numbered under 연번 holds the wrapped words of the row
    above it: no number, no figure or date, no heading of a group ("< 대중교통 분야 >")."""
    # (a round bracket that opens a line of words in several cells, "(구정질문)  해소 대책
    # 공실 해소", is a wrapped cell's note; a group's heading fills one, and one set in a
    # heading's brackets, "< 도시안전 분야 >  침수·교통 안전", is one whatever follows it)
    text = ln.text.strip()
    return (
        not row[0] and not any(is_value(t) for t in row if t)
        and not (text.startswith(_GROUP_OPEN) and (
            sum(map(bool, row)) == 1 or not text.startswith(_NOTE_OPEN)
        ))
    )  # fmt: skip


#: what closes a table's last row, no words of it ("이하 여백")
TABLE_ENDS = frozenset({"이하여백", "끝", "이하빈칸"})


def _fills_under(row: Sequence[str], numbered: Sequence[str] | None) -> bool:
    """Whether the words of ``row`` each stand under a cell the last numbered row fills:
    the wrapped words of the table's last row ("6  건 의  청년창업센터 졸업기업  …" /
    "         후속 지원방안 마련  (입주 연장 심사, 판로 지원)")."""
    return numbered is not None and any(row) and all(
        numbered[c] for c, text in enumerate(row) if text
    ) and "".join("".join(row).split()) not in TABLE_ENDS  # fmt: skip


def _serial_next(cols: Sequence[tuple[str, int, int]], content: Sequence[Line], j: int) -> bool:
    """Whether line ``j`` is a row of the table numbered under its 연번 column."""
    if j >= len(content):
        return False
    row = _gap_row(cols, content[j])
    return row is not None and row[0].isdigit()


def two_labels(
    body: Sequence[Line], rows: Sequence[list[str] | None]
) -> list[tuple[str, str]] | None:
    """Each row's two labels where the rows set a second column of labels (a group's
    name on its first row only, "계    정원" / "      현원", "수  입    계" / "      요금수입"):
    (group, label), the group empty on the rows under its first; None where the labels are
    one column (no row's label starts further in, at the column another row's second
    label starts)."""
    spans: list[list[tuple[str, int, int]]] = []
    for ln, row in zip(body, rows, strict=True):
        n = len(row[0].split()) if row is not None and row[0] else 0
        spans.append(line_spans(ln)[:n])
    starts = [ws[0][1] for ws in spans if ws]
    if not starts:
        return None
    base = min(starts)
    inner = Counter(ws[0][1] for ws in spans if ws and ws[0][1] > base + 1)
    if sum(inner.values()) < 2:
        return None
    second = inner.most_common(1)[0][0]
    out: list[tuple[str, str]] = []
    split = False
    for ws in spans:
        names = [w for w, _, _ in ws]
        if not ws:
            out.append(("", ""))
        elif ws[0][1] > base + 1:
            if abs(ws[0][1] - second) > 1:
                return None  # (labels set in at several depths: one column, indented)
            out.append(("", " ".join(names)))
        else:
            cut = next(
                (j for j in range(1, len(ws))
                 if abs(ws[j][1] - second) <= 1 and ws[j][1] - ws[j - 1][2] >= COLUMN_GAP),
                None,
            )  # fmt: skip
            split = split or cut is not None
            parts = (names[:cut], names[cut:]) if cut else (names, [])
            out.append((" ".join(parts[0]), " ".join(parts[1])))
    return out if split else None


def two_label_grid(
    head: Line,
    label: Sequence[str],
    header: Sequence[str],
    body: Sequence[Line],
    rows: Sequence[list[str] | None],
    levels: Sequence[tuple[str, str]],
    more: Mapping[tuple[int, int], Sequence[tuple[str, int]]] | None = None,
) -> Grid:
    """A text table with two columns of labels: a group's cell spans the rows under it
    that name none, a row with one label spans both columns; ``more`` the rest of a label
    its narrow cell wrapped, with its lines, by (row, column) (0 the group's)."""
    more = more or {}

    def cell(r: int, c: int, text: str, ln: Line, rows: int = 1, cols: int = 1) -> Cell:
        rest = more.get((r - 1, c), ())
        paras = tuple(p for p in (text, *(t for t, _ in rest)) if p)
        return Cell(r, c, rows, cols, paragraphs=paras, lines=(ln.no, *(no for _, no in rest)),
                    page=ln.page)  # fmt: skip

    cells = [
        Cell(0, 0, col_span=2, paragraphs=(" ".join(label),), lines=(head.no,), page=head.page)
    ]
    cells += [
        Cell(0, c + 2, paragraphs=(h,), lines=(head.no,), page=head.page)
        for c, h in enumerate(header)
    ]
    covered: set[int] = set()
    for i, (ln, row, (group, name)) in enumerate(zip(body, rows, levels, strict=True)):
        assert row is not None
        r = i + 1
        if group and name:  # a group's first row: its cell spans the rows that name none
            end = i + 1
            while end < len(levels) and not levels[end][0]:
                end += 1
            covered.update(range(i + 1, end))
            cells.append(cell(r, 0, group, ln, rows=end - i))
            cells.append(cell(r, 1, name, ln))
        elif group:  # one label over both columns
            cells.append(cell(r, 0, group, ln, cols=2))
        else:
            if i not in covered:
                cells.append(Cell(r, 0, lines=(ln.no,), page=ln.page))
            cells.append(cell(r, 1, name, ln))
        cells += [
            Cell(r, c + 2, paragraphs=(text,) if text else (), lines=(ln.no,), page=ln.page)
            for c, text in enumerate(row[1:])
        ]
    return Grid(cells, len(body) + 1, len(header) + 2, "inferred", head.page, body[-1].page)
