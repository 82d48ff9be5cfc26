"""Bytes of a text export -> :class:`Document`.

Stages: :func:`decode` (detect the encoding) -> :func:`split_lines`
(CRLF/CR, one :class:`Line` per physical line, normalized text next to the
raw text) -> :class:`Document`.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from itertools import pairwise

import regex

from extract.document import Cell, Document, Grid, Line, LineKind
from extract.errors import ReadError
from extract.normalize.leaders import LEADER_DOTS
from extract.read.boxdrawn import box_grids
from extract.read.glyphs import LOST_GLYPH, normalize_text
from extract.read.markdown import is_markdown, markdown_lines, pipe_grids
from extract.read.mixed_text import decode_by_line, mixed_problem

#: encodings tried, in order, for bytes without a byte-order mark
FALLBACK_ENCODINGS = ("utf-8", "cp949")

#: byte-order marks and the codec each one implies
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# `re` rather than `regex` on this hot path: plain classes, several times faster
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


#: a page number line such as "- 3 -", "- 12 -" or "- 3 / 18 -", which is page furniture
PAGE_FOOTER = regex.compile(r"^\s*[-–—]\s*\d{1,4}\s*(?:/\s*\d{1,4}\s*)?[-–—]\s*$")
#: a rule drawn with characters under a table's header or round it ("──────", "=====",
#: "┌────┐"): it draws, it says nothing
RULE_LINE = regex.compile(r"^\s*[\u2500-\u257f=_\-–—━]{5,}\s*$")


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: Korean and ASCII text leave NULs on one side."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode report bytes; return ``(text, encoding name)``.

    UTF-8 (with or without BOM), UTF-16 (BOM or NUL pattern) and
    CP949/EUC-KR are recognized, and UTF-8 with some lines in CP949 (each line read in
    its own); UTF-8 with a few invalid bytes is read with
    U+FFFD in their place (the encoding name says how many).  Raises
    :class:`ReadError` for anything else.

    >>> decode("보고서".encode("cp949"))
    ('보고서', 'cp949')
    """
    if not data:
        raise ReadError("the file is empty")
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec.replace("-sig", "")), codec
            except UnicodeDecodeError as exc:
                raise ReadError(
                    f"starts with a {codec} byte-order mark but is not {codec}: {exc.reason}"
                ) from None
    utf16 = _sniff_utf16(data)
    encodings = ((utf16,) if utf16 else ()) + FALLBACK_ENCODINGS
    for codec in encodings:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            break
        return text, codec
    else:
        # UTF-8 with some lines in CP949 (a paragraph pasted from an older file)
        mixed = decode_by_line(data)
        if mixed is not None and not _looks_binary(mixed[0]):
            return mixed
        # UTF-8 with a few damaged bytes (a truncated copy, one stray byte): read it, and
        # say in the encoding how many characters were replaced
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        if bad <= max(3, len(data) // 10_000) and not _looks_binary(text):
            return text, f"utf-8 ({bad} invalid byte sequence{'s' if bad > 1 else ''} replaced)"
    raise ReadError(
        "not a text file in a known encoding (tried UTF-8, UTF-16, CP949/EUC-KR); "
        "convert it to UTF-8 or give the PDF instead"
    )


def _looks_binary(text: str) -> bool:
    """Control characters (other than tab/CR/LF/FF) mean this is not text."""
    sample = text[:65536]
    if not sample:
        return False
    bad = len(_CONTROL.findall(sample))
    return bad > max(8, len(sample) // 200)


def classify(text: str) -> LineKind:
    """Blank, page furniture ("- 3 -") or content; ``text`` is already right-stripped."""
    if not text or text.isspace():
        return LineKind.BLANK
    if "-" in text and PAGE_FOOTER.match(text):
        return LineKind.FURNITURE
    if RULE_LINE.match(text):
        return LineKind.FURNITURE
    return LineKind.CONTENT


#: how many page numbers a text must have before a line beside them may be a running head
MIN_PAGES_FOR_HEADS = 3
#: blank lines looked past between a page number and the line beside it
HEAD_REACH = 3


#: a list's number at a line's start ("1. ", "2) "): an item, no running head
_LISTED = re.compile(r"^\s*\d{1,2}\s*[.)]\s")
#: what a running head may open with besides a letter or a digit
_HEAD_OPENERS = "(<[【〈《「『〔"


def _may_head(text: str) -> bool:
    """Whether a line may be a running head: it opens with a word or a bracket, not a
    bullet or a list's number (a card's "□ 예산 집행계획" atop many pages is no head)."""
    s = text.strip()
    return bool(s) and (s[0].isalnum() or s[0] in _HEAD_OPENERS) and not _LISTED.match(s)


def running_heads(lines: list[Line], breaks: Sequence[int] = ()) -> set[int]:
    """The indexes of lines that are a running head or foot: the same text beside the
    page numbers ("- 3 -") or the page breaks (``breaks``: the lines a form feed ends, as
    pdftotext writes them) of half the pages at least, three at least ("○○국 2025년
    주요업무보고" on top of every page).  Only where a head stands, beside a page
    number or break: the same words elsewhere (the org chart's bureau, a cover's title)
    are content, and so is the first page's head, which stands beside none."""
    footers = [i for i, ln in enumerate(lines) if ln.kind is LineKind.FURNITURE]
    # (where a page ends: the last line above it and the first one under it, each looked
    # for from there past blank lines)
    sides = [(f - 1, f + 1) for f in footers] + [(b, b + 1) for b in breaks]
    if max(len(footers), len(breaks)) < MIN_PAGES_FOR_HEADS:
        return set()
    beside: dict[str, set[int]] = {}
    for above, below in sides:
        for start, step in ((above, -1), (below, 1)):
            j, blanks = start, 0
            while 0 <= j < len(lines) and lines[j].kind is LineKind.BLANK and blanks < HEAD_REACH:
                j, blanks = j + step, blanks + 1
            if (
                0 <= j < len(lines)
                and lines[j].kind is LineKind.CONTENT
                and _may_head(lines[j].text)
            ):
                beside.setdefault(" ".join(lines[j].text.split()), set()).add(j)
    enough = max(MIN_PAGES_FOR_HEADS, max(len(footers), len(breaks)) // 2)
    return {j for at in beside.values() if len(at) >= enough for j in at}


#: encodings whose encoder writes "?" for a character the code page lacks (Hancom's
#: text export in 완성형: the bullets ◦ ▸ ➤ and the middle dots ‧ ∙ ･ it has no code for)
LEGACY_ENCODINGS = frozenset({"cp949"})  # (EUC-KR is read as CP949, its superset)
#: where such a "?" stands for a glyph: before a line's words, a bullet (a lost glyph);
#: between two syllables or set apart between words, a middle dot (a question mark
#: follows its word and is never set apart before the next)
_LEGACY_BULLET = re.compile(r"(?m)^([^\S\n]*)\?(?=[^\S\n]|[^\x00-\x7f])")
_LEGACY_DOT = re.compile(r"(?<=[가-힣])\?(?=[가-힣])|(?<=[가-힣] )\?(?= [가-힣])")


def unlost_legacy(text: str) -> str:
    r"""A legacy encoding's "?" where it stands for a glyph (:data:`_LEGACY_BULLET`).

    >>> unlost_legacy("? 사업개요 / 혁신 인재양성?교류 / 생태적 ? 포용적 / 왜 그런가? 검토")
    '\uf000 사업개요 / 혁신 인재양성·교류 / 생태적 · 포용적 / 왜 그런가? 검토'
    """
    return _LEGACY_DOT.sub("·", _LEGACY_BULLET.sub(rf"\1{LOST_GLYPH}", text))


#: a text whose words are this many times as often set apart by a space as by a tab
#: sets a tab for a run of spaces (a wider gap: between the words of a letter-spaced cell,
#: between columns), not for a space
TAB_RUNS = 4


def widened_tabs(text: str) -> str:
    r"""``text`` with each tab two spaces where the text sets its words apart with
    spaces and a tab for a wider gap (a letter-spaced cell's words, columns); as it is
    where tabs stand for every space.

    >>> widened_tabs("시 민 의\t안 전 을\t지 키 는 도 시")
    '시 민 의  안 전 을  지 키 는 도 시'
    >>> widened_tabs("정책\t목표\t비전")
    '정책\t목표\t비전'
    """
    tabs = text.count("\t")
    if not tabs or text.count(" ") < TAB_RUNS * tabs:
        return text
    return text.replace("\t", "  ")


#: an end of a line: CR LF, CR, LF, and Unicode's line and paragraph separators (not a
#: form feed, a vertical tab or the file separators, which ``str.splitlines`` ends lines at)
_LINE_END = regex.compile("\r\n|[\r\n\x85\u2028\u2029]")


#: a page or line break (a form feed, a word processor's soft line break)
_BREAKS = regex.compile(r"[\f\v\x1c-\x1e]++")
_WORD = regex.compile(r"[^\s\x1c-\x1e]")


def _parted(line: str) -> list[str]:
    """A physical line, parted after each break inside it with words on both sides ("- 1
    -\fⅡ. …" with no newline before the next page, "○ 사업기간 …\v○ 사업비 …"); a form feed
    that opens or closes a line keeps it whole, as an editor counts it."""
    if _BREAKS.search(line) is None:
        return [line]
    words = [m.start() for m in _WORD.finditer(line)]
    if not words:
        return [line]
    first, last = words[0], words[-1]
    out, start = [], 0
    for m in _BREAKS.finditer(line):
        if first < m.start() and m.end() <= last:
            out.append(line[start : m.end()])  # (the break kept at its end: a page's end)
            start = m.end()
    return [*out, line[start:]]


def split_lines(text: str, legacy: bool = False) -> list[Line]:
    """One :class:`Line` per physical line; a running head beside the page numbers is
    page furniture, as the page numbers are (:func:`running_heads`); ``legacy``: the
    text was decoded from a legacy encoding (:func:`unlost_legacy`)."""
    # lines as an editor and `sed -n` count them: a form feed (a page break) or a vertical
    # tab that opens or closes a line is no end of one, or every line number after page 1
    # would point past its line (one with words on both sides parts it: :func:`_parted`);
    # a final newline does not start another line
    raws = [
        part for line in _LINE_END.split(text) for part in _parted(line)
    ]  # fmt: skip
    if raws and raws[-1] == "":
        raws.pop()
    if not raws:
        return []
    # normalize all lines in one pass: newlines survive normalization, so the
    # normalized text splits into the same lines
    joined = widened_tabs("\n".join(raws))
    norms = normalize_text(unlost_legacy(joined) if legacy else joined).split("\n")
    lines = [
        Line(no=i, text=(norm := text.rstrip()), raw=raw, kind=classify(norm))
        for i, (raw, text) in enumerate(zip(raws, norms, strict=True), start=1)
    ]
    # (the last line of each page: one a form feed ends, or the one before a form feed
    # that opens a line)
    breaks = sorted(
        i if r.rstrip(" ").endswith("\f") else i - 1
        for i, r in enumerate(raws)
        if r.rstrip(" ").endswith("\f") or (i and r.lstrip(" ").startswith("\f"))
    ) if "\f" in text else []  # fmt: skip
    for j in running_heads(lines, breaks):
        lines[j] = lines[j]._replace(kind=LineKind.FURNITURE)
    return lines


#: the largest share of a text's lines with a tab for its tabs to part cells (a text whose
#: every line has tabs sets its words apart with them)
MAX_TAB_SHARE = 0.5


def tab_grids(lines: Sequence[Line]) -> list[Grid]:
    """The tables of a text copied out of a document with their cells parted by tabs:
    runs of two lines or more, each with a tab, one row a line, a cell a tab apart (an
    empty cell where a merged cell stood), the first row the header; none in a text that
    parts its words with tabs everywhere.  A title in brackets alone on its line between
    two rows, the one under it a row of the body, is a row of one cell across the table
    ("【 시정요구 : 3건 】" over its findings), no end of it."""
    content = [ln for ln in lines if ln.is_content]
    tabbed = [ln for ln in content if _tabbed(ln)]
    if not tabbed or len(tabbed) > MAX_TAB_SHARE * len(content):
        return []
    runs: list[list[Line]] = []
    for k, ln in enumerate(content):
        follows = bool(runs) and runs[-1][-1].no == ln.no - 1
        if _tabbed(ln):
            if follows:
                runs[-1].append(ln)
            else:
                runs.append([ln])
        elif follows and ln.raw.startswith("\t") and len(_fields(ln)) <= len(_fields(runs[-1][0])):
            # (a row whose first cells are empty, under a cell merged down over it: "계 | 16"
            # then "⇥⇥해양환경팀"; a line set in by a tab opens no table)
            runs[-1].append(ln)
        elif follows and _band_between(ln, runs[-1][0], content[k + 1 : k + 2]):
            runs[-1].append(ln)
    return [_tab_grid(run) for run in runs if len(run) > 1]


#: a title in brackets alone on its line ("【 시정요구 : 3건 】", "< 대중교통 분야 >"): in a
#: tabbed table, a row of one cell across it (a merged row has no tab)
_BAND = regex.compile(
    r"^[ ]*+[【<〈《\[［〔＜][^【】<>〈〉《》\[\]［］〔〕＜＞\t]++[】>〉》\]］〕＞][ ]*+$"
)
#: a year alone, a header's over its column ("2025"), no figure of a row
_YEAR_CELL = re.compile(r"^(?:19|20)\d{2}$")


def _band_between(ln: Line, head: Line, after: Sequence[Line]) -> bool:
    """Whether ``ln``, with no tab inside it, is a row across the tabbed table headed by
    ``head``: a title in brackets, right over a row of the body (one of no more cells than
    the header, a figure in one: its number, "1", or an amount), not a table's header of
    its own (the next table's caption, "< 세 출 >", over "구 분 | 2026 | 2025")."""
    if "\t" in ln.raw.strip() or _BAND.match(_fields(ln)[0]) is None or any(_fields(ln)[1:]):
        return False
    if not after or after[0].no != ln.no + 1 or not _tabbed(after[0]):
        return False
    row = _fields(after[0])
    return len(row) <= len(_fields(head)) and any(
        _FIGURE_CELL.match(c) and not _YEAR_CELL.match(c) for c in row if c
    )


def _is_band(row: Sequence[str]) -> bool:
    """A row of one cell across the table (:func:`_band_between`)."""
    return bool(row) and _BAND.match(row[0]) is not None and not any(row[1:])


#: leader dots before a tab: a label and its value, "○ 사업기간 ·····⇥2026. 2. ~ 12."
_LEADER_TAB = regex.compile(rf"[{LEADER_DOTS}]{{3,}}+[ ]*+\t")


def _tabbed(ln: Line) -> bool:
    """Whether a line parts cells with tabs (not a label from its value by leaders)."""
    return "\t" in ln.raw.strip() and _LEADER_TAB.search(ln.raw) is None


#: the fewest cells of a row of a table a Hangul file types as tabbed paragraphs (a
#: label and its value parted by a tab, "○ 사업기간⇥: 2026", or a contents entry and its
#: page are two)
MIN_PARAGRAPH_CELLS = 3
#: how an outline's item opens (a mark, not a letter nor a figure; a number with its dot
#: or bracket, "1)", "가.", "(2)", "①"): a line so led is no row of a tabbed table
_ITEM_LEAD = regex.compile(
    r"^(?:[^\p{L}\p{N}\s(（\[「『'\"‘“<〈《△▽]|[①-⑳❶-❿➀-➓]"
    r"|\d{1,2}[.)](?!\d)|[가-하][.)]|[(（]\d{1,2}[)）])"
)
#: a cell that only parts a label from its value ("사업기간⇥:⇥2026. 1.~12.")
_COLONS = frozenset({":", "："})


def paragraph_tab_grids(lines: Sequence[Line], taken: set[int]) -> list[Grid]:
    """The tables a Hangul file types as paragraphs, their cells parted by tabs (one
    paragraph a row, the header first): :func:`tab_grids` of the lines outside its
    tables (``taken``), each row of three cells or more, none an outline's item nor a
    label parted from its value by a colon of its own."""
    out = []
    for grid in tab_grids([ln for ln in lines if ln.no not in taken]):
        firsts = [c.text.strip() for c in grid.cells if c.col == 0 and c.text.strip()]
        rows = {c.row: 0 for c in grid.cells if c.col_span < grid.n_cols}  # (a band aside)
        for c in grid.cells:
            if c.row in rows:
                rows[c.row] += bool(c.text.strip())
        if (
            grid.n_cols >= MIN_PARAGRAPH_CELLS and min(rows.values()) >= 2
            and not any(_ITEM_LEAD.match(f) for f in firsts)
            and not any(c.text.strip() in _COLONS for c in grid.cells)
        ):  # fmt: skip
            out.append(grid)
    return out


def _fields(ln: Line) -> list[str]:
    """The cells of a line parted by tabs (a leading tab is an empty cell)."""
    return [normalize_text(c).strip() for c in ln.raw.strip("\r\n").split("\t")]


#: a cell that holds a figure: no header's ("91,891", "△2,620", "16.2", "-")
_FIGURE_CELL = re.compile(r"^[△▲-]?\s*[\d,.]+%?$|^-$")


#: a row's number under 연번 ("1", "12."), no amount
_ROW_NUMBER = re.compile(r"^\d{1,3}\.?$")


def _tab_grid(run: Sequence[Line]) -> Grid:
    rows = [_fields(ln) for ln in run]
    width = max(len(r) for r in rows)
    # (the header goes on over rows that hold no figure and leave their first cell to the
    # one above: "구 분 | … | 증 감(A-B)" over " |  |  | 금 액 | 비율(%)")
    head = 1
    while (
        head < len(rows) - 1
        and not rows[head][0]
        and not any(_FIGURE_CELL.match(c) for c in rows[head] if c)
    ):
        head += 1
    numbered = _numbered([r[0] for r in rows if r[0] and not _is_band(r)])
    if numbered and _ROW_NUMBER.match(rows[0][0]):
        head = 0  # (the rest of a numbered table a page break cut, no header again: "4 | …")
    groups = _wrapped_rows(run, rows, head) if numbered else _one_a_line(run, rows)
    cells: list[Cell] = []
    for r, group in enumerate(groups):
        if len(group) == 1 and _is_band(group[0][1]):
            ln = group[0][0]
            cells.append(Cell(r, 0, 1, width, (group[0][1][0],), (ln.no,), ln.page))
            continue
        for c in range(width):
            said = [(ln, row[c]) for ln, row in group if c < len(row) and row[c]]
            nos = tuple(ln.no for ln, _ in said) or (group[0][0].no,)
            cells.append(Cell(r, c, paragraphs=tuple(t for _, t in said), lines=nos,
                              page=group[0][0].page))  # fmt: skip
    n_rows = 1 + max(c.row for c in cells)
    return Grid(cells, n_rows, width, "tabbed", run[0].page, run[-1].page, header_rows=head)


def _numbered(firsts: Sequence[str]) -> bool:
    """Whether a table's first cells (the filled ones) number its rows: two numbers or
    more, each greater than the one before (a 계 row among them aside)."""
    numbers = [int(f.rstrip(".")) for f in firsts if _ROW_NUMBER.match(f)]
    return len(numbers) >= 2 and all(a < b for a, b in pairwise(numbers))


#: the lines of one row of a tabbed table, each with its cells
_Lined = list[tuple[Line, list[str]]]


def _one_a_line(run: Sequence[Line], rows: Sequence[list[str]]) -> list[_Lined]:
    return [[(ln, row)] for ln, row in zip(run, rows, strict=True)]


#: a cell that is a date of its own, a year first ("’26. 5. 5.", "2026. 10. 1.(목)",
#: "’26. 3.~4.", "’26. 상반기"): no wrap's (a range's end wrapped, "~5. 6.", opens with
#: its tilde; a date inside words, "- 개정 중(’26. 3. 완료 예정)", is none)
_DATE_CELL = regex.compile(
    r"^[’‘']?+(?:\d{2}|\d{4})\s*+\.\s*+(?:[상하]반기|\d{1,2}\s*+\.(?:\s*+\d{1,2}\s*+\.)?+)"
    r"(?:\s*+[~∼-]\s*+(?:[’‘']?+\d{2,4}\s*+\.)?+(?:\s*+\d{1,2}\s*+\.){0,2}+)?+"
    r"(?:\s*+[(（][월화수목금토일][)）])?+$"
)


def _own_row(row: Sequence[str], width: int) -> bool:
    """Whether a line that leaves the row number's cell empty is a row of its own (a
    sub-event under an event: " | 부대행사 : 가족 체험마당 | ’26. 5. 5. | 시청광장 | 체육진흥과"),
    not the row above wrapped: it fills every cell after the first, or one of its cells is
    a date (a wrap goes on some cells and leaves the rest empty)."""
    full = len(row) >= width and all(row[1:width])
    return full or any(_DATE_CELL.match(c) for c in row[1:])


def _wrapped_rows(run: Sequence[Line], rows: Sequence[list[str]], head: int) -> list[_Lined]:
    """The lines of a table whose rows are numbered down its first column ("연번": 1, 2,
    3 …) grouped into its rows: a line under a numbered row that leaves that number's cell
    empty, holds no figure and is no row of its own (:func:`_own_row`) goes on that row's
    cells, wrapped ("1 | 특별교통수단 배차 대기시간 | …" / " | 과다 해소 대책 마련 |  | -
    배차 콜센터 …"); any other line a row."""
    out: list[_Lined] = []
    width = max(len(r) for r in rows)
    open_row = False  # (the row above is numbered: a wrapped line goes on it)
    for i, (ln, row) in enumerate(zip(run, rows, strict=True)):
        if (
            open_row and i >= head and not row[0] and any(row)
            and not any(_FIGURE_CELL.match(c) for c in row if c)
            and not _own_row(row, width)
        ):  # fmt: skip
            out[-1].append((ln, row))
            continue
        out.append([(ln, row)])
        open_row = i >= head and _ROW_NUMBER.match(row[0]) is not None
    return out


#: a vertical rule a row of a table set with spaces may keep at its edges (OCR of a
#: printed table: "|계   8,215,300   8,652,400 |")
_EDGE_RULES = "|｜"


def _unframed(ln: Line) -> Line:
    """A line of a table set with spaces, its edge rules (one on each side) read as the
    table's border, not as its first and last words; any other line as it is."""
    raw, t = ln.raw.strip(), ln.text.strip()
    if len(raw) < 3 or raw[0] not in _EDGE_RULES or raw[-1] not in _EDGE_RULES or not t:
        return ln
    text = ln.text
    if t[0] in _EDGE_RULES:
        a = text.index(t[0])
        text = f"{text[:a]} {text[a + 1 :]}"
    if t[-1] in _EDGE_RULES:
        text = text[: text.rindex(t[-1])]
    return ln._replace(text=text.rstrip())


def read_text(data: bytes, name: str) -> Document:
    """Read a text export of a report."""
    text, encoding = decode(data)
    lines = split_lines(text, legacy=encoding in LEGACY_ENCODINGS)
    piped: list[Grid] = []
    if is_markdown(lines):  # (a converter's Markdown: "## 1. 조직", "| 구 분 | 정 원 |")
        piped, lines = pipe_grids(markdown_lines(lines))
    drawn, lines = box_grids(lines)
    drawn += piped
    taken = {no for g in drawn for no in g.lines}
    lines = [ln if ln.no in taken else _unframed(ln) for ln in lines]
    tables = sorted(
        [*drawn, *(g for g in tab_grids(lines) if not taken & set(g.lines))],
        key=lambda g: min(g.lines, default=0),
    )
    return Document(name=name, lines=lines, format="text", encoding=encoding, tables=tables,
                    problems=mixed_problem(encoding))  # fmt: skip
