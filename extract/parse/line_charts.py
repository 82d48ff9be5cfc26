"""A plan's table of periods set as lines in a text export: a line of period heads
("추진내용    1/4   2/4   3/4   4/4") over a line a task, its marks or bars under the periods
it runs in ("대상지 현장조사    ■"), or the months of its step written in them ("쿨링포그
설치   5~6월"): each task's steps as :func:`extract.parse.schedule_tables.table_rows`
reads them from a drawn table."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from extract.document import Line
from extract.layout.markers import read_marker
from extract.layout.textspans import column_spans
from extract.normalize import DateSpan, parse_date
from extract.normalize.figures import consecutive_runs, is_value
from extract.normalize.periods import period_head
from extract.normalize.spacing import word_spans
from extract.normalize.vocab import NOTE_MARKS
from extract.parse.chart_heads import column_span, head_spans, remark_head, year_words
from extract.parse.project_facts import prep_date
from extract.parse.schedule_tables import is_mark, span_through
from extract.parse.steps import Found, date_first
from extract.parse.text import collapse, squash
from extract.parse.vocab import HALF_LETTERS, REMARK_HEADS

#: a word and where it stands on its line (first column, last + 1)
_Span = tuple[str, int, int]


def _line_spans(text: str, wide: bool) -> list[_Span]:
    """The words of a line where they stand: in the columns a monospaced text sets a
    Hangul letter in (two wide), or, ``wide`` false, one a character (a layout export
    that places each glyph in one column, as ``pdftotext -layout`` does)."""
    return column_spans(text) if wide else word_spans(text)


#: the unit a chart's heads may be followed by ("추진내용  1  2 … 12 (월)"), in brackets
#: or not, or as a caption's ("(단위:월)"): a word of no period
HEAD_UNITS = ("월", "분기", "반기", "년", "연도")
_HEAD_UNIT = regex.compile(
    r"[(（\[［]?+(?:단위:?+)?+(?:" + "|".join(HEAD_UNITS) + r")[)）\]］]?+"
)
#: the most words a unit or a remarks' head is spaced into ("(단위 : 월)", "비 고")
_TAIL_WORDS = 3


def _unit_after(words: Sequence[str]) -> int:
    """How many of a line's last words follow the period heads before them: their unit
    ("(월)", "[월]", "(단위:월)"), the head of a column of remarks ("비 고"), or both;
    0 for none."""
    n = 0
    for _ in range(2):  # (a unit and a remarks' head at most)
        k = _tail_word(words[: len(words) - n])
        if not k:
            break
        n += k
    return n


def _tail_word(words: Sequence[str]) -> int:
    """How many of the last words spell a unit or a remarks' head, spaced or not, with
    words before them; 0 where they do not (the most words that do: "(단위 : 월)" whole,
    not its "월)")."""
    for k in range(min(_TAIL_WORDS, len(words) - 1), 0, -1):
        tail = "".join(words[-k:])
        if _HEAD_UNIT.fullmatch(tail) or tail in REMARK_HEADS:
            return k
    return 0


def _period_heads(
    words: Sequence[str], year: int | None, above: Sequence[int] = (), wrap: bool = True
) -> int:
    """How many of a line's last words head columns of periods, in order ("추진내용 1/4
    2/4 3/4 4/4": 4; the unit after them aside, "1 2 … 12 (월)": 12), or in runs of the
    years ``above`` them ("상 하 상 하": 4, :func:`head_spans`); 0 where fewer than two do."""
    return len(head_spans(words[: len(words) - _unit_after(words)], year, above, wrap))


def _marks_at_end(words: Sequence[str]) -> int:
    """How many of a row's last words are marks ("쉼터 현장조사 ■ ■": 2), with words before
    them (the task); 0 for another line."""
    n = 0
    for w in reversed(words):
        if not is_mark(w):
            break
        n += 1
    return n if 0 < n < len(words) else 0


#: a month or a run of months written alone in a period's column ("2월", "10~12월",
#: "4월~6월", "9월중", "10월말")
_MONTH_WORD = regex.compile(r"\d{1,2}월?~\d{1,2}월(?:중|초|말)?|\d{1,2}월(?:중|초|말)?")


def _months_at_end(words: Sequence[str]) -> int:
    """How many of a row's last words are months, with words before them (the task):
    "중간 공정점검  6월  9월": 2; 0 for another line."""
    n = 0
    for w in reversed(words):
        if not _MONTH_WORD.fullmatch(w):
            break
        n += 1
    return n if 0 < n < len(words) else 0


def _covered(mark: _Span, heads: Sequence[_Span]) -> list[int]:
    """The period columns a mark or bar stands under: each column its own stretch of the
    line, from halfway to the column before to halfway to the next; a mark under the one
    its middle is in, a bar under each whose stretch it covers the most of."""
    mids = [(a + b) / 2 for _, a, b in heads]
    gaps = [b - a for a, b in itertools.pairwise(mids)] or [heads[0][2] - heads[0][1]]
    edges = [mids[0] - gaps[0] / 2, *((a + b) / 2 for a, b in itertools.pairwise(mids))]
    edges.append(mids[-1] + gaps[-1] / 2)
    _, a, b = mark
    out = []
    for k in range(len(heads)):
        lo, hi = edges[k], edges[k + 1]
        overlap = min(b, hi) - max(a, lo)
        if overlap > 0 and overlap * 2 >= min(hi - lo, b - a):
            out.append(k)
    if not out:  # (a mark set past the outer columns' stretches: the nearest column)
        mid = (a + b) / 2
        out.append(min(range(len(heads)), key=lambda k: abs(mids[k] - mid)))
    return out


def _misfit(heads: Sequence[_Span], rows: Sequence[Sequence[_Span]]) -> float:
    """How far a reading of where words stand sets the rows' marks from the heads' edges
    (or from the bounds of the columns' stretches, a bar drawn across its cells whole),
    and how unevenly from row to row (a mark set a column aside of its head in each row
    alike, "●" under " 1", lines up): the smaller, the columns the text lines up by."""
    mids = [(a + b) / 2 for _, a, b in heads]
    bounds = [(a + b) / 2 for a, b in itertools.pairwise(mids)]
    if len(mids) > 1:  # (the outer columns' outer bounds, as wide as the next's)
        bounds += [mids[0] - (mids[1] - mids[0]) / 2, mids[-1] + (mids[-1] - mids[-2]) / 2]
    starts = [a for _, a, _ in heads] + bounds
    ends = [b for _, _, b in heads] + bounds
    marks = [(a, b) for row in rows for _, a, b in row]
    if not marks:
        return 0.0
    into = [min((s - a for s in starts), key=abs) for a, _ in marks]
    out = [min((e - b for e in ends), key=abs) for _, b in marks]
    return sum(_spread(o) + sum(map(abs, o)) / 2 for o in (into, out))


def _spread(offsets: Sequence[float]) -> float:
    """How far offsets lie from their median."""
    mid = sorted(offsets)[len(offsets) // 2]
    return sum(abs(o - mid) for o in offsets)


def line_rows(lines: Sequence[Line], year: int | None) -> tuple[list[Found], set[int]]:
    """A table of periods in a text export, set as lines (a line of period heads,
    "추진내용    1/4   2/4   3/4   4/4", over a line a task, its marks or bars under the
    periods it runs in, "대상지 현장조사    ■"): each task's runs of marked periods as
    :func:`table_rows` reads them from a drawn table; the steps, and the lines they took."""
    found, taken, _ = line_charts(lines, year)
    return found, taken


def line_charts(
    lines: Sequence[Line], year: int | None
) -> tuple[list[Found], set[int], list[Line]]:
    """:func:`line_rows` of every such table among ``lines``, and the heads of those whose
    rows mark no period ("추진내용  1월 … 12월" over lines of tasks alone: a chart whose
    shading the text export dropped), whose lines are taken too (their tasks are no
    dated steps: a reader is told, :func:`extract.parse.projects.read_card`)."""
    found: list[Found] = []
    taken: set[int] = set()
    blank: list[Line] = []
    i = 0
    while i < len(lines):
        head = lines[i]
        # (a line of heads, "추진내용  1월 … 12월": no bullet's line of months after its
        # colon, "○ 분기별 점검회의 개최 : 3월  6월  9월  12월"; a unit's, "(단위:월)", aside;
        # under the years its runs of periods are of, "2026년   2027년" over "상 하 상 하")
        head_words = [w for w, _, _ in word_spans(head.text)]
        before_unit = head_words[: len(head_words) - _unit_after(head_words)]
        plain = read_marker(head.text) is None and ":" not in "".join(before_unit)
        # (the line over it read only where the line ends in a period's head)
        ends = plain and bool(before_unit) and (
            period_head(before_unit[-1]) or before_unit[-1] in HALF_LETTERS
        )
        above = year_words(lines[i - 1].text) if ends and i else []
        # (the head of the remarks' column on the line of the heads or of the years)
        tops = [head, *([lines[i - 1]] if above else [])]
        remarks = next((ln for ln in tops if remark_head(ln.text.split())), None)
        wrap = not (ends and i) or not _names_over(lines[i - 1], head)
        n = _period_heads(head_words, year, above, wrap) if ends else 0
        i += 1
        if n and i < len(lines) and _over_heads(head, lines[i], year):
            continue  # (the years over a line of heads: read with it)
        if not n or (i < len(lines) and _names_columns(head, n, lines[i], year)):
            continue
        at = (n, _unit_after(head_words))
        rows = []
        for ln in lines[i:]:
            words = [w for w, _, _ in word_spans(ln.text)]
            # (or the months of its step written in the periods' columns: "쿨링포그 설치
            # 5~6월" under 2/4; or its marks followed by a remark, "■■■□□  완료", where
            # the chart has a column of them)
            plain_row = read_marker(ln.text) is None and ":" not in ln.text
            # (a mark or a month under the remarks' head is the remark, "■ ■ ■  ○")
            r = _under_remarks(ln, (head, at), remarks) if remarks is not None else 0
            body = words[: len(words) - r]
            k = _marks_at_end(body) or (_months_at_end(body) if plain_row else 0)
            if not k and remarks is not None:
                k, r = _marks_and_remark(words)
            if not k:
                break  # (the table ends at its first line with no mark)
            rows.append((ln, k, r))
        if not rows:
            tasks = _task_lines(lines[i:], year)
            if tasks:
                blank.append(head)
                taken.update([head.no, *(ln.no for ln in tasks)])
                i += len(tasks)
            continue
        i += len(rows)
        cols = head_spans(before_unit, year, above, wrap)
        found += _chart_steps(head, (n, _unit_after(head_words)), cols, rows, year)
        taken.update([head.no, *(ln.no for ln, _, _ in rows)])
        if above:  # (the line of the years over the heads)
            taken.add(lines[i - len(rows) - 2].no)
    return found, taken, blank


def _over_heads(line: Line, below: Line, year: int | None) -> bool:
    """Whether a line of years stands over a line of period heads of those years ("2026년
    2027년" over "상  하  상  하"), no chart's heads of its own."""
    years = year_words(line.text)
    if len(years) < 2:
        return False
    words = below.text.split()
    return _period_heads(words, year, years) > 0


#: the longest a name over a run of a chart's period heads is ("계 획", "실  적"; spaces
#: aside)
MAX_GROUP_NAME = 4


def _names_over(line: Line, head: Line) -> bool:
    """Whether a line names runs of a chart's period heads under it otherwise than by their
    years ("계  획            실  적" over "1/4 … 4/4  1/4 … 4/4"): short words of no bracket,
    two or more, over the heads (from the first's column on)."""
    if read_marker(line.text) is not None or year_words(line.text):
        return False
    spans = word_spans(head.text)
    words = [w for w, _, _ in spans]
    k = len(words) - _unit_after(words)
    while k and (period_head(words[k - 1]) or words[k - 1] in HALF_LETTERS):
        k -= 1
    if k == len(words):
        return False
    over = [w for w, a, _ in word_spans(line.text) if a >= spans[k][1]]
    return len(over) >= 2 and all(
        len(w) <= MAX_GROUP_NAME and not regex.search(r"[()<>〈〉《》\[\]]", w) for w in over
    )


#: the most words a remark after a task's marks is (in a column of remarks, "비 고")
MAX_REMARK_WORDS = 4


def _under_remarks(row: Line, head: tuple[Line, tuple[int, int]], remarks: Line) -> int:
    """How many of a row's last words stand under the head of the column of remarks (on
    the line ``remarks``, of the heads or the years over them) rather than under the last
    period's head (``head``: the line of heads and :func:`_heads`'s ``at``), however where
    a word stands is counted: the whole remark, its words one space apart judged where
    the phrase stands ("12월 준공", "’26. 5월 완료", wider than `비 고`), then each word
    before it by itself; up to :data:`MAX_REMARK_WORDS`, 0 for none."""
    plain = word_spans(row.text)
    phrase = 1
    while phrase < min(len(plain), MAX_REMARK_WORDS) and (
        plain[-phrase][1] - plain[-phrase - 1][2] == 1
    ):
        phrase += 1
    count = MAX_REMARK_WORDS
    for wide in (True, False):
        spans, tops = _line_spans(row.text, wide), _line_spans(remarks.text, wide)
        k = remark_head([w for w, _, _ in tops])
        periods = _heads(head[0], head[1], wide)
        if not spans or not k or not periods:
            return 0
        remark = (tops[-k][1] + tops[-1][2]) / 2
        last = (periods[-1][1] + periods[-1][2]) / 2

        at = (remark, last)
        n = phrase if phrase <= len(spans) and _nearer(spans[-phrase], spans[-1], at) else 0
        while n and n < min(count, len(spans)) and _nearer(spans[-n - 1], spans[-n - 1], at):
            n += 1
        count = min(n, count)
    return count


def _nearer(first: _Span, end: _Span, at: tuple[float, float]) -> bool:
    """Whether the words from ``first`` to ``end`` stand nearer the first of ``at`` (the
    remarks' head's middle) than the second (the last period head's)."""
    mid = (first[1] + end[2]) / 2
    return abs(mid - at[0]) < abs(mid - at[1])


def _marks_and_remark(words: Sequence[str]) -> tuple[int, int]:
    """How many of a row's words are its marks, and how many words after them are its
    remark ("기본계획 수립  ■ ■ ■ □ □  완료": 5, 1); (0, 0) for another line."""
    last = next((k for k in range(len(words) - 1, -1, -1) if is_mark(words[k])), None)
    if last is None or not 0 < len(words) - 1 - last <= MAX_REMARK_WORDS:
        return 0, 0
    k = _marks_at_end(words[: last + 1])
    return (k, len(words) - 1 - last) if k else (0, 0)


def _task_lines(lines: Sequence[Line], year: int | None) -> list[Line]:
    """The lines of tasks alone under a line of period heads: no mark, no bullet, no
    note, no date, no figure (a row of visitors by month), up to the first that is one."""
    out = []
    for ln in lines:
        text = ln.text.strip()
        if (
            not text or read_marker(text) is not None or text.startswith(NOTE_MARKS)
            or date_first(prep_date(text), year) is not None or len(squash(text)) > MAX_TASK
            or any(is_value(w) for w in text.split())
        ):  # fmt: skip
            break
        out.append(ln)
    return out


#: the longest a task's name under a chart's heads is (spaces aside)
MAX_TASK = 30


def _heads(head: Line, at: tuple[int, int], wide: bool) -> list[_Span]:
    """The period heads of a chart's line of heads, ``at`` (how many, and how many words
    after them: the unit, "(월)"), where they stand."""
    n, unit = at
    spans = _line_spans(head.text, wide)
    return spans[len(spans) - unit - n : len(spans) - unit]


#: the most period heads, not years, a line of column names may stand under (halves or
#: quarters, "상반기  하반기" over "계획  실적  계획  실적"; no month's)
MAX_NAMED_HEADS = 4


def _names_columns(head: Line, n: int, below: Line, year: int | None) -> bool:
    """Whether the line under a line of period heads names the columns under each head
    (a table's second header row, "구  분   2025년   2026년" over "사업수  금액  사업수
    금액"), no task: heads that are years, or few; under them a line of no mark that
    opens right of the words before the heads (the task column's label) and has a word
    under each head, in either way of counting where a word stands. (A task's row set
    right of the label, "ㅇ 실시설계  ●●●●" under "구 분  1월 … 12월", marks its
    months or names no column under most.)"""
    below_words = [w for w, _, _ in word_spans(below.text)]
    if any(is_mark(w) for w in below_words) or _months_at_end(below_words):
        return False
    head_words = [w for w, _, _ in word_spans(head.text)]
    after = _unit_after(head_words)
    periods = [column_span(w, year) for w in head_words[len(head_words) - after - n :][:n]]
    if n > MAX_NAMED_HEADS and not all(p is not None and p.precision == "year" for p in periods):
        return False
    for wide in (True, False):
        spans = _line_spans(head.text, wide)
        label, heads = spans[: len(spans) - n - after], _heads(head, (n, after), wide)
        names = _line_spans(below.text, wide)
        if not label or len(names) < n or names[0][1] <= label[-1][2]:
            return False
        if len({k for name in names for k in _covered(name, heads)}) < n:
            return False
    return True


def _chart_steps(
    head: Line,
    at: tuple[int, int],
    cols: Sequence[DateSpan],
    rows: Sequence[tuple[Line, int, int]],
    year: int | None,
) -> list[Found]:
    """The steps of one chart set as lines (``at``: :func:`_heads`; ``cols``: the period
    each head names): each row's runs of marked periods (``rows``: each line, how many
    of its words are marks and how many after them a remark)."""
    # (of the two ways to count where a word stands, the one the marks line up by)
    wide = min(
        (True, False),
        key=lambda w: _misfit(
            _heads(head, at, w), [_marks(_line_spans(ln.text, w), k, r) for ln, k, r in rows]
        ),
    )
    heads = _heads(head, at, wide)
    found: list[Found] = []
    for ln, k, r in rows:
        spans = _line_spans(ln.text, wide)
        task = collapse(" ".join(w for w, _, _ in spans[: len(spans) - k - r]))
        # (a task's row set as a bullet, "ㅇ 실시설계  ●●●●": the task its words)
        if (bullet := read_marker(task)) is not None and bullet[1]:
            task = bullet[1]
        marks = _marks(spans, k, r)
        months = [span for w, _, _ in marks if (span := _month_span(w, year)) is not None]
        if len(months) == k:  # (each its own step, as written: "6월", "9월")
            found += [Found(task, span, span.raw, (ln,)) for span in months]
            continue
        marked = sorted({c for m in marks for c in _covered(m, heads)})
        for run in consecutive_runs(marked):
            span = span_through(cols[run[0]], cols[run[-1]])
            found.append(Found(task, span, span.raw, (ln,)))
    return found


def _marks(spans: Sequence[_Span], k: int, r: int) -> Sequence[_Span]:
    """A row's ``k`` marks, before its ``r`` words of remark."""
    return spans[len(spans) - k - r : len(spans) - r]


def _month_span(word: str, year: int | None) -> DateSpan | None:
    """The months a word of a period's column writes ("5~6월"), of the plan's year."""
    return parse_date(word, year=year) if year and _MONTH_WORD.fullmatch(word) else None


