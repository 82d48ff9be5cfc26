"""Tables of dated items that belong to no project -> events.

A report's appendix often lists the year's events (붙임 4. 2025년 주요행사 일정: 월별 |
행사명 | 기간 | 장소 | 담당부서), and an overview of a chapter may list its tasks with the
date each takes effect (분야 | 추진과제 | As-Is | To-Be | 시행일).  Inside a project such a
table is the project's schedule (:mod:`extract.parse.plan_records`); anywhere else each
row is an event, with its date read as the schedules' are, its place and the division
that runs it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.document import Line
from extract.layout import Layout, Table
from extract.layout.tables import TableCell
from extract.layout.vocab import CIRCLED
from extract.normalize import find_dates
from extract.parse.base import Context, Parsed, prov
from extract.parse.plan_records import plan_year
from extract.parse.schedule_tables import (
    DATE_HEADERS,
    EVENT_HEADERS,
    PLACE_HEADERS,
    TASK_HEADERS,
    dated_rows,
    header_col,
)
from extract.parse.steps import span_fields
from extract.parse.text import collapse, despace, squash
from extract.sections import Sections
from extract.unit_names import is_unit_name
from schemas import Event, Schedule

#: headers of a column that says when a task takes effect or is done, as printed (spaces
#: aside): a table of tasks (추진과제, 사업명) with one is dated items; 기간 is none
#: (감사(점검) 기간 says when a task was inspected, 사업기간 how long a project runs), nor
#: is a 점검시기 or an 집행시기
WHEN_HEADERS: tuple[str, ...] = (
    "시행일", "시행시기", "추진시기", "추진일정", "완료시기", "일정", "시기",
)  # fmt: skip
#: the number in front of a listed task ("➋ 공영 주차장 요금 확대"): no part of its name
#: (a status tag after it, set small above the line, cannot be told from the name's last
#: word in the text, and stays)
_NUMBER = re.compile(r"^[" + "".join(CIRCLED) + r"]\s*")
#: a year a table's caption or heading names
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*년")
#: a phone number, spaces aside ("888-5221", "051-888-5221")
_PHONE = re.compile(r"(?:\d{2,4}-)?\d{3,4}-\d{4}")
#: headers of the column that says who runs it
DIVISION_HEADERS: tuple[str, ...] = (
    "담당부서", "주관부서", "소관부서", "담당과", "주관팀", "담당팀", "소관팀", "부서", "주관",
)  # fmt: skip


def parse_events(lay: Layout, sections: Sections, ctx: Context, parsed: Parsed) -> Parsed:
    """Every row of a table of events whose rows are no project's schedule."""
    out = Parsed()
    scheduled = {
        no
        for r in parsed.tables.get("schedules", [])
        if isinstance(r, Schedule)
        for no in range(r.line_start, r.line_end + 1)
    }
    by_no = sections.lines_by_no()
    plan = plan_year(sections, ctx)  # (a month and day take the plan's year ...)
    seq = 0
    for table in lay.tables:
        year = _table_year(lay, table) or plan  # (... unless the table names its own)
        rows = dated_rows(table, year, by_no, _date_column)
        if not rows:
            continue
        if any(ln.no in scheduled or ln.no in parsed.used for f, _, _ in rows for ln in f.lines):
            continue  # a project's schedule, or rows another table's parser read
        for found, row, head in rows:
            seq += 1
            out.add(
                "events",
                Event(
                    seq=seq,
                    event=despace(_NUMBER.sub("", found.task)),
                    raw=found.raw,
                    **span_fields(found.span),
                    place=_under(table, row, head, PLACE_HEADERS),
                    division=_without_phone(_under(table, row, head, DIVISION_HEADERS)),
                    **prov(found.lines),
                ),
            )
            out.use(found.lines)
    if not out.tables.get("events"):
        lines = [ln for _, ln in sorted(by_no.items()) if ln.is_content]
        free = [ln for ln in lines if ln.no not in parsed.used and ln.no not in scheduled]
        for event in _line_events(free, plan):
            out.add("events", event)
            out.use([ln for ln in lines if event.line_start <= ln.no <= event.line_end])
    return out


#: what the number that opens a listed row is ("1 서울복지박람회 …": its 연번)
_ROW_NUMBER = re.compile(r"^\s*\d{1,3}\s+")


def _line_events(lines: Sequence[Line], year: int | None) -> list[Event]:
    """The rows of a table of events a text export wrote one a line, under a header that
    names the events and their dates ("연번 행 사 명 일 시 장 소 주관부서" / "1 서울복지박람회
    ’22. 5.24.~26. 서울광장 복지정책과"): each the words before its date, the division a
    unit's name at its end, the place between."""
    out: list[Event] = []
    for i, head in enumerate(lines):
        key = squash(head.text)
        if not (any(w in key for w in EVENT_HEADERS) and any(w in key for w in DATE_HEADERS)):
            continue
        placed = any(w in key for w in PLACE_HEADERS)
        run = []
        for ln in lines[i + 1 :]:
            text = _ROW_NUMBER.sub("", ln.text)
            found = find_dates(text, year=year)
            if len(found) != 1 or not found[0].raw or text.find(found[0].raw) < 2:
                break  # (the table ends at a line that is no row of one dated event)
            run.append((ln, text, found[0]))
        for ln, text, span in run:
            at = text.find(span.raw)
            after = text[at + len(span.raw) :].split()
            division = after.pop() if after and is_unit_name(after[-1]) else None
            place = " ".join(after) if placed and after else None
            out.append(
                Event(
                    seq=len(out) + 1, event=collapse(text[:at]), raw=span.raw,
                    **span_fields(span), place=place, division=division, **prov([ln]),
                )
            )  # fmt: skip
        if run:
            break
    return out


def _date_column(head: Sequence[TableCell]) -> int | None:
    """The date column of a table of dated items: any date column where the task column
    names events (행사명 | 기간), else one whose header says when each task takes effect,
    exactly (시행일; not 점검시기, nor 사업기간); None for neither (사업명 beside a 연계행사
    column)."""
    task = _column(head, TASK_HEADERS)
    if task is not None and _column(head, EVENT_HEADERS) == task:
        return header_col(head, DATE_HEADERS)
    return next((c.col for c in head if squash(c.text) in WHEN_HEADERS), None)


def _column(head: Sequence[TableCell], words: tuple[str, ...]) -> int | None:
    """The column a header names: one that is a word exactly, in the words' order (담당부서
    before 협조부서 for "부서"), else one that ends with one."""
    for w in words:
        col = next((c.col for c in head if squash(c.text) == w), None)
        if col is not None:
            return col
    return header_col(head, words)


def _under(
    table: Table, row: Sequence[TableCell], head: Sequence[TableCell], words: tuple[str, ...]
) -> str | None:
    """The text of the row's cell (or the cell merged over it) under the header ``words``
    name, letter-spacing undone ("관 광 정 책 과" -> "관광정책과")."""
    col = _column(head, words)
    cell = table.at(row[0].row, col) if col is not None and row else None
    return (despace(collapse(cell.text)) or None) if cell is not None else None


def _without_phone(division: str | None) -> str | None:
    """The division without the phone number printed after it ("관광정책과 (888-5221)"):
    the name joins the organisation's units (the cell keeps both, in table_cells)."""
    if division is None:
        return None
    text = division.rstrip()
    if text.endswith((")", "）")):
        i = max(text.rfind("("), text.rfind("（"))
        if i > 0 and _PHONE.fullmatch("".join(text[i + 1 : -1].split())):
            return text[:i].rstrip() or division
    return division


def _table_year(lay: Layout, table: Table) -> int | None:
    """The year the table's caption or the heading it stands under names ("2024년 주요행사
    개최 실적" in a 2025 plan)."""
    node = lay.outline.nodes[table.node - 1] if table.node else None
    for text in (table.caption or "", node.title if node is not None else ""):
        m = _YEAR.search(text)
        if m:
            return int(m[1])
    return None
