"""The dated steps of a card's blocks: its 추진일정 ("○ task : ’21. 4.~12."), a plan's block
of dated lines ("□ 추진계획" / "- ’26. 2.~3. : 공모 및 선정") and what was done (추진경과),
each line's wraps joined, a step over before the plan's year a step done.

:mod:`extract.parse.projects` reads a card's blocks with them.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.document import Line
from extract.layout.marking import in_note_box
from extract.normalize import DateSpan, find_dates
from extract.normalize.vocab import TILDES
from extract.normalize.when import schedule_date
from extract.parse.aims import names_level
from extract.parse.base import Parsed, prov
from extract.parse.plan_records import found_progress, found_schedule
from extract.parse.schedules import (
    above_year,
    dated_steps,
    names_aim,
    stated_year,
    states_cost,
    text_steps,
    went_back,
)
from extract.parse.step_notes import figure_note, statute_note
from extract.parse.steps import Found, date_first, dated_colon, dated_rows, span_fields
from extract.parse.table import CONTINUED_WORDS
from extract.parse.text import collapse, split_marker, squash
from schemas import Progress, Schedule

_DATE_SEP = regex.compile(r"\s*:\s*")


def _items(lines: Sequence[Line], year: int | None) -> list[list[Line]]:
    """A block's lines by item: each marked line with the unmarked lines wrapped after it
    (not a note that dates a statute's taking effect, "※ 「…법률」 시행(’26. 3. 27.)": the
    law's date, no step)."""
    items: list[list[Line]] = []
    for ln in lines:
        if not ln.is_content or in_note_box(ln):
            continue  # (a footnote is the outline's note, no task nor a task's words)
        marker, _ = split_marker(ln.text)
        if marker is None and items:
            items[-1].append(ln)
        else:
            items.append([ln])
    # (nor a note of a year's figure, "※ ’25년 … 사망자 18명": a statistic beside the plan)
    texts = [" ".join(ln.text for ln in g) for g in items]
    return [
        g for g, text in zip(items, texts, strict=True)
        if not (statute_note(text, year) or figure_note(text, year))
    ]  # fmt: skip


def _item_text(group: Sequence[Line]) -> str:
    return collapse(" ".join([split_marker(group[0].text)[1], *(g.text for g in group[1:])]))


def _marked(group: Sequence[Line]) -> str:
    """An item's text with its mark, which may say it is an aim ("⇒ ’17년 …")."""
    return collapse(" ".join(g.text for g in group))


def plan_steps(lines: Sequence[Line], year: int | None, topic: str) -> list[Found]:
    """The dated steps of a block of what is planned ("□ 추진계획" over "- ’26. 2.~3. : 공모
    및 선정"), where most of its items are dated: a block that tells the plan in words, a
    date in passing, holds none."""
    groups = _items(lines, year)
    found = [
        (g, [s for s in text_steps(_item_text(g), year, True, topic) if not states_cost(s[1])]
         if not names_aim(_marked(g)) else [])
        for g in groups
    ]  # fmt: skip
    if not groups or 2 * sum(1 for _, steps in found if steps) < len(groups):
        return []
    return [Found(task, span, raw, tuple(g)) for g, steps in found for span, task, raw in steps]


def read_progress(
    lines: Sequence[Line], project_id: str, year: int | None, first: int = 1
) -> list[Progress]:
    """A block of what was done ("□ 추진경과" / "○ 기본계획 수립(’17. 7.~’18. 8.)") ->
    Progress records, one per dated step, numbered from ``first``; a date with no year
    is in the year of the step before it (a timeline runs on), else in ``year``."""
    out: list[Progress] = []
    for group in _items(lines, year):
        text = _item_text(group)
        year = stated_year(text) or year
        for span, task, raw in dated_steps(text, year):
            out.append(Progress(project_id=project_id, seq=first + len(out), task=task,
                                raw=raw, **span_fields(span), **prov(group)))  # fmt: skip
            year = span.end.year if span.end else year
    return out


#: dates listed before the colon of the task they share ("4월, 9월 : …")
_LISTED_BEFORE_COLON = regex.compile(r"^[^:：,]{1,12},[^:：]{1,30}[:：]\s*\S")


def plan_block(
    steps: Sequence[Found], project_id: str, year: int | None, counts: tuple[int, int],
    parsed: Parsed,
) -> tuple[int, int]:
    """Add a plan block's steps, each one over before the plan's year began a step done;
    ``counts``: the card's steps and steps done so far, returned with these."""
    n_steps, n_done = counts
    for f in steps:
        if year is not None and f.span.end is not None and f.span.end.year < year:
            n_done += 1
            parsed.add("progress", found_progress(project_id, n_done, f))
        else:
            n_steps += 1
            parsed.add("schedules", found_schedule(project_id, n_steps, f))
    return n_steps, n_done


#: longest word of how often before a step's colon ("분기별", "매 월" spaced out)
MAX_OFTEN = 4


#: a step of a schedule line: its date (None where it says none), task, date as written,
#: and whether it is open at its start ("… : ~ ’21. 9.": until then)
_Step = tuple[DateSpan | None, str, str, bool]


def _line_steps(text: str, year: int | None) -> tuple[list[_Step], bool]:
    """The steps of one item of a 추진일정 block read in ``year``, and whether the item
    dates several by its own reading of them (a line of two dated clauses)."""
    listed = text_steps(text, year) if _LISTED_BEFORE_COLON.match(text) else []
    if len(listed) > 1:  # ("4월, 9월 : 학교폭력 실태조사": a step in each month)
        return [(when, what, written, False) for when, what, written in listed], False
    task, raw, span = text, "", None
    parts = _DATE_SEP.split(text)
    first = date_first(text, year) if dated_colon(text) else None
    head = parts[0].strip() if len(parts) > 1 else ""
    often = schedule_date(head, year) if 0 < len(squash(head)) <= MAX_OFTEN else None
    if first is not None:  # "date : task" ("1월 : 기본계획 수립", "2월 : 상반기 …")
        span, task = first
        raw = span.raw
    elif often is not None:  # ("매 월 : …", "분 기 별 : …": how often, spaced out)
        span, task, raw = often, collapse(" : ".join(parts[1:])), head
    elif len(parts) > 1:
        when = parts[-1]
        span = schedule_date(when, year)
        if span is not None:
            task, raw = collapse(" : ".join(parts[:-1])), parts[-1].strip()
    open_start = False
    if span is None:
        found = find_dates(text, year=year)
        clauses = text_steps(text, year) if len(found) > 1 else []
        if len(clauses) > 1:  # ("’25년 6개소 준공 완료, ’27년 잔여 시설 추진": each)
            return [(when, what, written, False) for when, what, written in clauses], True
        if found:
            span, raw = found[-1], found[-1].raw
            at = text.rfind(raw)
            head, tail = text[:at].rstrip(), text[at + len(raw) :]
            # "… 학술용역 : ~ ’21. 9.": until then, from no date said
            open_start = head[-1:] in TILDES
            if open_start:
                raw, head = f"~ {raw}", head[:-1]
            task = collapse(f"{head} {tail}".strip().rstrip(" :()"))
    return [(span, task, raw, open_start)], False


def read_schedule(
    lines: Sequence[Line], project_id: str, year: int | None, parsed: Parsed
) -> list[Schedule]:
    """ "○ task : ’21. 4.~12." lines -> Schedule records (wrapped lines continue; an
    undated line of another bullet under a dated step is its detail, no step; a date
    with no year continues the year of the step above it, the next where its month goes
    back: "’25. 3.~4. : 진단" / "5.~7. : 실시설계" is 2025's)."""
    out: list[Schedule] = []
    # (a text export's table of dates beside tasks under the block's label, "추진기간
    # 추 진 내 용" over "’26. 2.~3.        참여기업 공모 및 선정": a step a row)
    rows, taken = dated_rows(lines, year)
    for f in rows:
        out.append(found_schedule(project_id, len(out) + 1, f))
    lines = [ln for ln in lines if ln.no not in taken]
    dated_mark: str | None = None  # (the bullet of the last dated step)
    above: DateSpan | None = None  # (the last dated step)
    for group in _items(lines, year):
        text = _item_text(group)
        if squash(text) in CONTINUED_WORDS:
            continue  # ("(계속)" between its table's parts over a page: no step)
        if names_level(_marked(group), year):
            continue  # (a year's aim set among the steps, "⇒ ’17년 … 2% 이상 증가": none)
        steps, several = _line_steps(text, year if above is None else above_year(above))
        first = next((s[0] for s in steps if s[0] is not None), None)
        if above is not None and first is not None and went_back(first, above):
            steps, several = _line_steps(text, above_year(above) + 1)
        mark = split_marker(group[0].text)[0]
        if len(steps) > 1:
            for when, what, written, _ in steps:
                if when is None:
                    continue  # (each of several is dated)
                out.append(Schedule(project_id=project_id, seq=len(out) + 1, task=what,
                                    raw=written, **span_fields(when), **prov(group)))  # fmt: skip
            dated_mark = mark if several else dated_mark
            above = _last_dated(steps, above)
            continue
        span, task, raw, open_start = steps[0]
        if span is None and dated_mark is not None and mark != dated_mark:
            continue  # (a detail under a dated step, another bullet: "- 토목 공사 …")
        if span is None:
            parsed.warn(
                "schedules.no_date", f"{project_id}: no date in schedule line {text!r}", group
            )
        else:
            dated_mark = mark
            above = span
        out.append(
            Schedule(
                project_id=project_id,
                seq=len(out) + 1,
                task=task,
                raw=raw,
                start=span.start if span and not open_start else None,
                end=span.end if span else None,
                precision=span.precision if span else None,
                approximate=span.approximate if span else False,
                **prov(group),
            )
        )
    return out


def _last_dated(steps: Sequence[_Step], above: DateSpan | None) -> DateSpan | None:
    """The last dated one of ``steps`` (``above`` where none is dated)."""
    return next((s[0] for s in reversed(steps) if s[0] is not None), above)
