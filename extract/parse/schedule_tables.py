"""A plan's dated tasks from tables: a table of periods (a task column and quarter, half
or month columns whose cells list "· task(3월)" entries or mark the months a task runs:
a mark in each, "■", a bar drawn across a cell that spans them, "━━━━", or cells shaded
as a Gantt chart's bar; the same table set as lines in a text export:
:mod:`extract.parse.line_charts`), and a table of dated tasks (a task column and a date
column, 주요행사 일정)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

import regex

from extract.document import Line
from extract.layout import Table
from extract.layout.tables import TableCell
from extract.layout.vocab import CIRCLED
from extract.link import similarity
from extract.normalize import DateSpan, parse_date
from extract.normalize.figures import is_value
from extract.normalize.when import schedule_date
from extract.parse.chart_heads import column_span, head_spans, head_word
from extract.parse.clauses import shared_steps
from extract.parse.plan import Unit
from extract.parse.project_facts import EVENT_WORDS, label_kind, prep_date
from extract.parse.steps import Found, does_something, read_clause, refines
from extract.parse.text import collapse, despace, squash
from extract.parse.vocab import TOTAL_LABELS
from extract.unit_names import unglossed

#: marks that say a task runs in a month column
MONTH_MARKS = frozenset("●○◎■□▲△◆◇▶►★☆✓✔◯⬤▬━─=●OoVv◼◻")
#: the arrowheads that end a bar drawn between them ("◀━━▶", "◁──▷", "├──┤"; "◀▶" a
#: month's), left and right; typed ones ("<──>", "|──|") end a bar only with a shaft
#: between
BAR_HEADS = ("◀◁◄←├", "▶▷►→┤")
BAR_HEADS_TYPED = ("<|", ">|")
#: the glyphs a bar's shaft is drawn of (one of them however long)
BAR_SHAFTS = "━─═=▬―-"
_SHAFT = "(?:" + "|".join(f"{regex.escape(g)}++" for g in BAR_SHAFTS) + ")"
_LEFT, _RIGHT = (regex.escape(h) for h in BAR_HEADS)
_TYPED_LEFT, _TYPED_RIGHT = (regex.escape(h) for h in BAR_HEADS_TYPED)
#: a bar drawn between arrows: its shaft one glyph however long, or none
_ARROW_BAR = regex.compile(
    f"[{_LEFT}]{_SHAFT}?+[{_RIGHT}]|[{_LEFT}{_TYPED_LEFT}]{_SHAFT}[{_RIGHT}{_TYPED_RIGHT}]"
)
#: headers of a date column and of a task column (a table of dated tasks, 주요행사 일정)
DATE_HEADERS: tuple[str, ...] = (
    "기간", "일시", "일자", "시기", "일정", "추진일정", "날짜", "시행일",
)  # fmt: skip
#: headers of the column that names the events ("행사명", "대 회 명"; a table of 사업명
#: and 감사기간 is none)
EVENT_HEADERS: tuple[str, ...] = (
    *(f"{w}명" for w in EVENT_WORDS), "행사", "행사내용", "회기",
)  # fmt: skip
#: (in order of preference: of "단계 | 기간 | 주요내용", the task is what is done)
TASK_HEADERS: tuple[str, ...] = (
    *(f"{w}명" for w in EVENT_WORDS),
    "사업명", "과제", "과제명", "추진과제", "세부과제", "행사", "추진내용", "주요내용", "세부내용",
    "추진사항", "단계", "추진단계", "내용",
    # (a council's sessions: "회 기 | 기 간 | 일수 | 주요안건")
    "회기",
    # (an audit body's plan: "감사종류 | 대상기관(분야) | 감사기간 | 주관부서")
    "대상기관", "감사대상",
    # (a training plan: "교육명 | 기간 | 인원", "과정명 | 교육기간 | 대상")
    "교육명", "과정명", "교육과정",
)  # fmt: skip
#: headers of the column that says where an event is held
PLACE_HEADERS: tuple[str, ...] = ("장소", "개최장소", "행사장소", "개최지", "위치")
#: labels of a row of a table by years that lists what is done each year
PLAN_ROWS: tuple[str, ...] = ("추진계획", "사업내용", "추진일정", "추진방향")
#: a task this similar to a project's title is that project's (schedule tables by row)
SAME_TASK = 0.5
_CIRCLED = "".join(CIRCLED)
#: (a Latin "o" set alone is the bullet a keyboard gives: "발표(4월) o 말뭉치 배포")
_ENTRY_MARKS = regex.compile(
    r"(?:^|\s)(?:(?:[ㅇ○◦•·∙ㆍ▪\-]|[" + _CIRCLED + r"])\s*|o\s+)(?=\S)"
)


#: a cell of a period column that holds no step
_NONE = regex.compile(r"^\s*+[-－–—―]?\s*+$")


def period_columns(table: Table, year: int | None) -> dict[int, DateSpan]:
    """Column -> the period its header names, for a table of quarters, halves or months."""
    return _periods(table, year)[0]


def _periods(table: Table, year: int | None) -> tuple[dict[int, DateSpan], int]:
    """:func:`period_columns`, and the first row under the periods' labels (the rows of
    text under them are the table's body, whatever its header rows)."""
    out: dict[int, DateSpan] = {}
    last = 0
    head = [c for c in table.cells if c.row < max(table.header_rows, 1)]
    # (a year merged over its quarters, "2025년" over "1/4 | 2/4 | 3/4 | 4/4": theirs)
    years: dict[int, int] = {}
    for c in head:
        over = column_span(c.text, year) if c.col_span > 1 else None
        if over is not None and over.precision == "year" and over.start is not None:
            years.update((k, over.start.year) for k in range(c.col, c.col + c.col_span))
    for c in head:
        if c.col_span != 1:
            continue
        # (a half in one letter under its year, "2026년" over "상 | 하")
        span = column_span(head_word(c.text.strip(), c.col in years), years.get(c.col, year))
        if span is not None:
            out[c.col] = span
            last = max(last, c.row)
    grouped = any(c.col_span > 1 and any(k in out for k in range(c.col, c.col + c.col_span))
                  for c in head)  # fmt: skip
    if not grouped and len({c.row for c in head if c.col in out}) == 1:
        # (no years nor other names over them, "계획" over 1/4 … 4/4 and "실적" over the
        # next: periods that start the year again, "1 | … | 12 | 1 | … | 6", the plan's
        # year's and the next's)
        texts = {c.col: c.text for c in head if c.col in out and c.col_span == 1}
        order = sorted(out)
        again = head_spans([texts[k] for k in order], year)
        if len(again) == len(order):
            out = dict(zip(order, again, strict=True))
    return (out, last + 1) if len(out) >= 2 else ({}, 0)


def _cell_lines(cell_lines: Iterable[int], by_no: Mapping[int, Line]) -> tuple[Line, ...]:
    return tuple(by_no[n] for n in cell_lines if n in by_no)


def entries(text: str) -> list[str]:
    """A cell's listed entries ("ㅇ말뭉치 공개(5월) ㅇ만족도 조사(12월)")."""
    parts = [p.strip() for p in _ENTRY_MARKS.split(" " + text) if p.strip()]
    return parts or ([text.strip()] if text.strip() else [])


def is_mark(text: str) -> bool:
    """A cell that marks its period: a mark or two ("●", "■"), or a bar drawn of one glyph
    however long across the periods its cell spans ("━━━━━━━━"), an arrowhead at its
    end ("━━━▶"), a dot at each ("●───●"), or drawn between two arrows ("◀━━━▶",
    "◁──▷", "<──>"; "◀▶" a month's).

    >>> [is_mark(t) for t in ("●", "■ ■", "━━━━━━━━", "━━━▶", "◀━━▶", "◀▶", "<──>",
    ...                       "━━ 착공", "OK", "<>", "◀━▶━")]
    [True, True, True, True, True, True, True, False, False, False, False]
    """
    t = "".join(text.split())
    if _ARROW_BAR.fullmatch(t):
        return True
    return bool(t) and all(ch in MONTH_MARKS for ch in t) and (len(t) <= 2 or len(set(t)) <= 2)


#: a year a chart's caption names ("< 2025년 추진일정 대비 실적 >"): its periods' year
_CAPTION_YEAR = regex.compile(r"(?<![\d.])((?:19|20)\d{2})\s*+년|[’‘']\s*+(\d{2})\s*+년")
#: the words of a row of a pair a chart sets for each task, planned over done
PLAN_ROW, DONE_ROW = "계획", "실적"


def caption_year(caption: str) -> int | None:
    """The one year a chart's caption names, if it names one.

    >>> caption_year("< 2025년 추진일정 대비 실적 >"), caption_year("(’26. 1. 1. 기준)")
    (2025, None)
    """
    years = {int(m[1]) if m[1] else 2000 + int(m[2]) for m in _CAPTION_YEAR.finditer(caption)}
    return years.pop() if len(years) == 1 else None


def _results_of_pairs(
    table: Table, labelled: list[tuple[str, list[TableCell]]], first: int
) -> list[tuple[str, list[TableCell]]]:
    """A chart of a 계획 row and a 실적 row per task ("추진내용 | 구분 | 1월 …", the task
    merged down over both): the 실적 rows, each named by its task (what was planned is
    no step); other charts as they are."""
    # (by a cell that says it alone, a 구분 column's: not a row labelled 추진계획 over one
    # labelled 추진실적 in a table by years, both of which are read)
    kinds = [
        1 if any(squash(c.text) == PLAN_ROW for c in row if c.col < first)
        else -1 if any(squash(c.text) == DONE_ROW for c in row if c.col < first) else 0
        for _, row in labelled
    ]  # fmt: skip
    if 1 not in kinds or -1 not in kinds:
        return labelled
    out = []
    for (label, row), kind in zip(labelled, kinds, strict=True):
        if kind == 1:
            continue
        r = row[0].row
        over = [
            c.text.strip() for c in sorted(table.cells, key=lambda c: c.col)
            if c.col < first and c.row <= r < c.row + c.row_span and c.text.strip()
            and squash(c.text) != DONE_ROW
        ]  # fmt: skip
        out.append((" ".join(over) or label, row))
    return out


def _task_column(heads: Sequence[TableCell]) -> int | None:
    """The one column left of the periods that names the task, of 연번 | 사업명 | 담당부서
    (not the others); None where none or several do (과제 over 세부과제: both name it)."""
    cols = {c.col for c in heads if header_col([c], TASK_HEADERS, by_word=True) is not None}
    return next(iter(cols)) if len(cols) == 1 else None


def _bars(
    rows: Sequence[Sequence[TableCell]], cols: Mapping[int, DateSpan], year: int | None
) -> set[int]:
    """The cells (ids) of a table of periods that mark their periods by their shading, as
    a Gantt chart's bars: shaded otherwise than their row's task (a zebra stripe shades
    both) and than every period's cell of the table (the months' area tinted), in a
    column not shaded down every row, in a shade of its own, while holding words there
    (the plan's year highlighted); empty, or, in a chart of such bars, holding a word of
    no date and no figure ("착공": a note on the bar)."""
    first = min(cols)
    period = [c for row in rows for c in row if c.col in cols]
    fills = {c.fill for c in period}
    if not any(fills) or (len(fills) == 1 and len(period) > 1):
        return set()
    highlit = set()
    for col in cols:
        down = [c for c in period if c.col == col]
        shade = {c.fill for c in down}
        if (
            len(down) == len(rows) > 1 and len(shade) == 1
            and any(c.text.strip() and not is_mark(c.text) for c in down)
            and not any(c.fill in shade for c in period if c.col != col)
        ):  # fmt: skip
            # (not bars that share the month: the column's shade is theirs elsewhere too)
            highlit.add(col)
    shaded: list[TableCell] = []
    for row in rows:
        heads = [c for c in row if c.col < first]
        ground = heads[-1].fill if heads else ""
        shaded += [c for c in row if c.col in cols and c.col not in highlit
                   and c.fill and c.fill != ground]  # fmt: skip
    if not any(not c.text.strip() for c in shaded):
        return set()
    return {
        id(c) for c in shaded
        if not c.text.strip() or (
            not is_value(c.text) and read_clause(c.text, year, in_plan=True) is None
        )
    }  # fmt: skip


def span_through(start: DateSpan, end: DateSpan) -> DateSpan:
    """A run of marked periods: from the first one's start to the last one's end (the
    later's, should the columns not stand in time's order)."""
    raw = start.raw if start is end else f"{start.raw}~{end.raw}"
    first = min((d for d in (start.start, end.start) if d is not None), default=None)
    last = max((d for d in (start.end, end.end) if d is not None), default=None)
    return DateSpan(start=first, end=last, precision=start.precision, raw=raw)


def _runs(marked: Sequence[TableCell]) -> list[list[TableCell]]:
    """Marked cells in runs of columns side by side."""
    out: list[list[TableCell]] = []
    for c in sorted(marked, key=lambda c: c.col):
        if out and c.col == out[-1][-1].col + out[-1][-1].col_span:
            out[-1].append(c)
        else:
            out.append([c])
    return out


def table_rows(
    table: Table, year: int | None, by_no: Mapping[int, Line]
) -> list[tuple[str, list[Found], str]]:
    """(task row label, its dated tasks, all its cells left of the periods: the project
    a cell merged down over its tasks names too) of a table of periods; [] for other
    tables."""
    year = caption_year(table.caption or "") or year
    cols, body = _periods(table, year)
    if not cols:
        return []
    first = min(cols)
    named = _task_column([c for c in table.cells if c.row < body and c.col < first])
    # (a column merged down over a group's tasks, "과제명" beside "세부 추진내용", names the
    # group: where no one column names the task, the others do)
    groups = {c.col for c in table.cells if c.row >= body and c.col < first and c.row_span > 1}
    labelled: list[tuple[str, list[TableCell]]] = []
    for row in table.rows():
        if not row or row[0].row < body:
            continue
        heads = [c for c in row if c.col < first]
        # (the task column's own cell, not one merged over several rows' tasks)
        own = [c for c in heads if c.col == named and c.row_span == 1 and c.text.strip()]
        if named is None and groups:
            own = [c for c in heads if c.col not in groups and c.text.strip()]
        label = (
            " ".join(c.text.strip() for c in own) if own
            else " ".join(c.text for c in heads if c.text).strip()
        )  # fmt: skip
        if label_kind(label) != "cost" and squash(label) not in TOTAL_LABELS:
            # (not a row of amounts by period: "사업비 | 120억원 | 480억원 | …", "계")
            labelled.append((label, row))
    labelled = _results_of_pairs(table, labelled, first)
    bars = _bars([row for _, row in labelled], cols, year)
    out: list[tuple[str, list[Found], str]] = []
    for label, row in labelled:
        heads = [c for c in row if c.col < first]
        steps_row = "".join(label.split()).endswith(TASK_HEADERS + PLAN_ROWS)
        found: list[Found] = []
        marked = [c for c in row if c.col in cols and (is_mark(c.text) or id(c) in bars)]
        for run in _runs(marked):
            # (each run of months marked one after another: "● ● ●" in 3~5월 and again
            # in 9~11월 is two steps, not one from March to November)
            start = cols[run[0].col]
            end = cols.get(run[-1].col + run[-1].col_span - 1, cols[run[-1].col])
            # (a shaded bar has no text: it stands on its task's line)
            cells = run if any(c.lines for c in run) else heads
            lines = _cell_lines([n for c in cells for n in c.lines], by_no)
            span = span_through(start, end)
            if lines:
                found.append(Found(label, span, span.raw, lines))
        for c in row:
            if c.col not in cols or c in marked or _NONE.match(c.text):
                continue  # (a mark, read above; "-", no step in that period)
            lines = _cell_lines(c.lines, by_no)
            if not lines:
                continue
            for entry in entries(c.text):
                shared = shared_steps(entry, year)
                if shared:  # "제3회(7월), 제4회(9월) 원내 토론회 개최": two steps
                    found.extend(Found(task, span, raw, lines) for span, task, raw in shared)
                    continue
                read = read_clause(entry, year, in_plan=True)
                # (a cell merged over periods, "설계" over 1~3월, runs through them)
                col = span_through(cols[c.col], cols.get(c.col + c.col_span - 1, cols[c.col]))
                if (
                    read is not None and refines(col, read[0])
                    and entry.lstrip().startswith(read[2]) and ":" not in entry
                ):  # fmt: skip
                    # ("상반기 채용박람회 개최" under 2분기: a name's word, the column's
                    # period; not "… 운영(연중)", a step that runs the year through)
                    read = None
                if read is not None:
                    span, task, raw = read
                    found.append(Found(task or label, span, raw, lines))
                elif entry and not is_value(entry) and (
                    col.precision != "year" or (does_something(entry) and steps_row)
                ):  # (a figure by period is no step; by year, only what is done in a row
                    # that says it lists it: not a target, "초3~고3", nor a diagram's box)
                    raw = collapse(c.col_header) or col.raw
                    found.append(Found(collapse(entry), col, raw, lines))
        if found:
            top = row[0].row
            over = [c for c in table.cells if c.col < first and c.row <= top < c.row + c.row_span]
            subject = " ".join(c.text.strip() for c in sorted(over, key=lambda c: c.col)
                               if c.text.strip())  # fmt: skip
            out.append((label, _once_a_year(found), subject))
    return out


def unmarked(table: Table, year: int | None) -> bool:
    """A table of periods whose task rows mark no period at all: every period's cell
    empty and unshaded (a Gantt chart whose bars the file draws in a way not kept, as
    a picture, or shading a text export drops)."""
    cols, body = _periods(table, year)
    rows = [r for r in table.rows() if r and r[0].row >= body]
    if not cols:
        return False
    tasks = [r for r in rows if any(c.col < min(cols) and c.text.strip() for c in r)]
    return bool(tasks) and all(
        not c.text.strip() and not c.fill for r in rows for c in r if c.col in cols
    )


def _once_a_year(found: list[Found]) -> list[Found]:
    """A row's steps, one written again in each column it runs through ("자료 감수 및
    정비(연중)" under 2/4, 3/4 and 4/4분기) once."""
    seen: set[tuple[str, object, object]] = set()
    out = []
    for f in found:
        key = (collapse(f.task), f.span.start, f.span.end)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


#: a bracket that closes a header ("대상기관(분야)")
_CLOSING = regex.compile(r"[(（][^()（）]*+[)）]$")


def header_col(
    cells: Sequence[TableCell], words: tuple[str, ...], by_word: bool = False
) -> int | None:
    """The column whose header is one of ``words`` (or ends in one): the leftmost, or
    ``by_word``, the one of the word met first in ``words``."""
    keys = [("".join(c.text.split()), c.col) for c in cells]
    if by_word:  # (a bracket closing the header aside: "대상기관(분야)")
        keys += [(bare, col) for key, col in keys if (bare := _CLOSING.sub("", key)) != key]
        return next((col for w in words for key, col in keys if key == w or key.endswith(w)), None)
    return next((col for key, col in keys if any(key == w or key.endswith(w) for w in words)), None)


def _event_span(text: str, year: int | None) -> DateSpan | None:
    """A date cell: with its year, or without one ("8.29.~8.31.", "5월중"), or how often
    over the plan's year ("수시", "매  월"), as a step's line says it."""
    t = prep_date(collapse(text))
    span = parse_date(t, year=year)
    if span is None and year is not None and regex.match(r"^\d{1,2}\s*[.월]", t):
        span = parse_date(f"{year}. {t}", year=year)
    return span or schedule_date(t, year) or schedule_date(despace(t), year)  # ("매  월")


def dated_rows(
    table: Table,
    year: int | None,
    by_no: dict[int, Line],
    date_col_of: Callable[[Sequence[TableCell]], int | None] | None = None,
) -> list[tuple[Found, list[TableCell], list[TableCell]]]:
    """Rows of a table of dated tasks, with the row and the header row they read under:
    a task column and a date column (월별 | 행사명 | 기간 | 장소 | 담당부서);
    ``date_col_of`` finds the date column in a header row (else one of DATE_HEADERS)."""
    rows = table.rows()
    for head in rows[: max(table.header_rows, 1)]:
        date_col = date_col_of(head) if date_col_of else header_col(head, DATE_HEADERS)
        task_col = header_col(head, TASK_HEADERS, by_word=True)
        if date_col is None or task_col is None or date_col == task_col:
            continue
        named = _named_by(head, task_col, date_col)
        out: list[tuple[Found, list[TableCell], list[TableCell]]] = []
        for row in rows[head[0].row + 1 if head else 1 :]:
            task_cell = next((c for c in row if c.col == task_col), None)
            date_cell = next((c for c in row if c.col == date_col), None)
            if task_cell is None or date_cell is None or not task_cell.text:
                continue
            task = collapse(task_cell.text)
            name = table.at(row[0].row, named) if named is not None and row else None
            if name is not None and (said := despace(collapse(name.text))):
                task = f"{said} : {task}"  # ("개 막 식" beside "개막공연, 불꽃쇼")
            for span, raw, date_lines in _cell_dates(date_cell, year, by_no):
                lines = _cell_lines([*task_cell.lines, *date_lines], by_no)
                if lines:
                    out.append((Found(task, span, raw, lines), row, head))
        return out
    return []


#: headers of a column of rows' own names ("구 분" over "개 막 식 | 주제공연"), and of a
#: column that only says what is in a row (its task's words): a row under both is its
#: name and what it holds
ROW_NAME_HEADERS: tuple[str, ...] = ("구분",)
CONTENT_HEADERS: tuple[str, ...] = ("내용",)


def _named_by(head: Sequence[TableCell], task_col: int, date_col: int) -> int | None:
    """The column that names each row a table's task column only says the content of
    ("구 분 | 일 시 | 장 소 | 내 용", a festival's programme: 개막식 is the step, its 내용
    what it holds); None where the task column names the task itself (행사명, 추진내용)."""
    task = next((squash(c.text) for c in head if c.col == task_col), "")
    if task not in CONTENT_HEADERS:
        return None
    return next(
        (c.col for c in head if squash(c.text) in ROW_NAME_HEADERS
         and c.col < task_col and c.col != date_col),
        None,
    )  # fmt: skip


def _cell_dates(
    cell: TableCell, year: int | None, by_no: dict[int, Line]
) -> list[tuple[DateSpan, str, tuple[int, ...]]]:
    """The date a cell states, or the dates its lines state where every line is one
    ("’25.下" over "’25.上": a task done in two steps), with the lines each is on; none
    where a line is no date."""
    span = _event_span(cell.text, year)
    if span is not None:
        return [(span, collapse(cell.text), cell.lines)]
    own = [(n, by_no[n].text) for n in cell.lines if n in by_no and by_no[n].text.strip()]
    each = [(_event_span(text, year), collapse(text), (n,)) for n, text in own]
    if len(each) < 2 or any(span is None for span, _, _ in each):
        return []
    return [(span, raw, lines) for span, raw, lines in each if span is not None]


def event_rows(table: Table, year: int | None, by_no: dict[int, Line]) -> list[Found]:
    """The dated tasks of a table of them (see :func:`dated_rows`)."""
    return [found for found, _, _ in dated_rows(table, year, by_no)]


#: what the title of an item that lists the year's events ends with ("2026년 주요
#: 교통행사 일정"), with 행사 in it: its table's rows are events, not its steps
EVENT_LIST_ENDINGS: tuple[str, ...] = ("일정", "계획", "현황", "목록")


def lists_events(title: str, words: tuple[str, ...] = ("행사",)) -> bool:
    """Whether an item's title names a list of events ("4. 2026년 주요 교통행사 일정"; not
    "가족축제 운영", whose table of 행사명 | 기간 is its schedule); ``words``: the words of
    events it may name (a card's block, "□ 동별 마을축제 개최 일정", names 축제 too)."""
    key = squash(unglossed(title))  # (its English gloss aside: "… 일정 (Events Calendar)")
    return any(w in key for w in words) and key.endswith(EVENT_LIST_ENDINGS)


#: words of a card's block that names events ("주요 행사 일정", "마을축제 개최 일정",
#: "2026년 유치 대회 일정"): any of the genre's words for one (its table must name them
#: and their places too, :func:`places_events`)
BLOCK_EVENT_WORDS: tuple[str, ...] = EVENT_WORDS


def places_events(table: Table) -> bool:
    """Whether a table's header names its events and their places ("행사명 | 일시 | 장소 |
    주관"): a table of events, not of a work's steps ("구 분 | 일 시 | 장 소 | 내 용" is
    a festival's own schedule)."""
    head = [c for c in table.cells if c.row < max(table.header_rows, 1)]
    return header_col(head, PLACE_HEADERS) is not None and header_col(
        head, EVENT_HEADERS, by_word=True
    ) is not None


def lists_block_events(title: str, table: Table) -> bool:
    """Whether a card's block that names events stands over a table of them and their
    places ("□ 주민자치회 주요 행사 일정", "○ 2026년 유치 대회 일정" over "대 회 명 | 일 시 |
    장 소 | 참가규모"): its rows are events, no steps of the card."""
    return lists_events(title, BLOCK_EVENT_WORDS) and places_events(table)


def match_titles(
    labels: Sequence[Sequence[str]], titles: Sequence[str], in_order: bool = True
) -> list[int | None]:
    """Each table row's project (its index in ``titles``): the same order when the table
    lists every project (``in_order``), else the project whose title is most like one of
    the row's names (its task, or all its cells left of the periods: "「솔내 2040 미래비전」
    수립" merged down over its tasks)."""
    if in_order and len(labels) == len(titles):
        return list(range(len(titles)))

    def alike(names: Sequence[str], i: int) -> float:
        return max((similarity(n, titles[i]) for n in names), default=0.0)

    out: list[int | None] = []
    for names in labels:
        best = max(range(len(titles)), key=lambda i: alike(names, i), default=None)
        out.append(best if best is not None and alike(names, best) >= SAME_TASK else None)
    return out


def match_rows(labels: Sequence[Sequence[str]], units: Sequence[Unit]) -> list[Unit | None]:
    """Each table row's project among the units that are no part of another
    (:func:`match_titles`)."""
    tops = [u for u in units if u.parent is None]
    return [None if i is None else tops[i] for i in match_titles(labels, [u.title for u in tops])]
