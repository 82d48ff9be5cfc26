"""One clause of a plan read as dated steps: its date, its task, the date as written.

A clause starts with its date ("’25. 2. : 사업계획 수립", "(’25.6.) 오시리아 구간 시범운행"),
ends with it ("중기지방재정계획 수립(11월)", "기본계획 수립 용역(3월~12월, 0.8억원)"), says
"task : date", or lists months ("(1,7월)") or names each dated in its bracket.  A clause
is a part of a line cut at arrows and at commas outside brackets (:func:`clauses`).  Which
lines of a project are read, and with which year, is :mod:`extract.parse.schedules`'.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

from extract.document import Line
from extract.normalize import DateSpan, find_dates, parse_date
from extract.normalize.vocab import AS_OF_LEADS, COUNT_UNITS, QUOTE_CLASS, TILDES, UNITS
from extract.normalize.when import OFTEN, bare_year_date, month_range, recurring_date, schedule_date
from extract.parse.project_facts import (
    ANY_YEAR,
    prep_date,
    split_top,
)
from extract.parse.text import collapse, squash

#: words after a date in brackets that make it a deadline ("(12.16.까지)")
DEADLINE_WORDS: tuple[str, ...] = ("까지", "限", "한")
#: particles after a date that say when ("3월에 착공", "12월말까지 준공"): the step after
#: them is the date's; and those that make the date part of a noun ("’25년의 목표")
DATE_PARTICLE = regex.compile(r"^(?:부터|까지|에서|에)(?!\p{Hangul})")
DATE_OF_A_NOUN = regex.compile(r"^(?:의|로)(?!\p{Hangul})")

#: what a step in a row of them ends with: what is done (see STEP_WORDS, too)
ACTION_WORDS: tuple[str, ...] = (
    "설계", "조사", "수립", "구축", "승인", "착수", "용역", "개원", "개관", "확충", "확대",
    "도입", "지정", "신설", "검토", "보고", "제출", "공모", "평가", "마련", "정비", "조성",
    "건립", "설치", "이전", "입주", "고시", "협의", "계약", "발주", "준비", "개발", "시범",
    "공사", "보상",
)  # fmt: skip
#: how often a task recurs within its period ("3월~11월 매주 수", "4월~10월 매월"), said
#: after the period
_RECURRENCE = regex.compile(  # (a match starts only where the spaces before it start)
    r"(?<!\s)\s++(?:" + OFTEN + r")(?:\s*+\S{1,3})?\s*+$"
)
#: the word a deadline's date ends in, in the brackets after a step: "제출(11.11.까지)"
_DEADLINE = regex.compile(r"(?<=[\d.월말초순])\s*+" + "(?:" + "|".join(DEADLINE_WORDS) + r")$")
#: a figure with its unit at the end of a text (a match starts only where a figure does)
FIGURE_END = regex.compile(
    r"(?<![\d,.])\d[\d,.]*+\s*+(?:"
    + "|".join(map(regex.escape, sorted({*COUNT_UNITS, *UNITS, "억원", "억", "조원", "%"},
                                        key=len, reverse=True)))
    + r")\s*+$"
)  # fmt: skip
#: a date that names its year ("’25년", "‘24.1.", "2025. 3.")
_YEARED = regex.compile(QUOTE_CLASS + r"\s*+\d{2}|\d{4}")
#: words in a figure's bracket of months that make it a tally of them, not what was done
#: in them ("42명 (’24. 1월 ~ 11월 누계)")
TALLY_WORDS: tuple[str, ...] = ("누계", "누적", "기간중")
#: a conjunction a clause cut at a comma may open with ("…(’25.2.), 및 2차 보고(’25.9.)")
_LEADING_AND = regex.compile(r"^(?:및|또는|그리고)\s++")
#: a place, then the date: "프랑크푸르트 5월", "서울 11.5.~7."
_PLACE_DATE = regex.compile(
    r"^(?P<place>[가-힣A-Za-z]{2,12})\s++(?P<date>[\d’‘'][\d.~∼～\s월일]*+)$"
)
#: words before a date in brackets that say which year or which plan, not where: the
#: date is then not the step's ("(익년 2월)", "(당초 3월, 변경 6월)")
NOT_PLACES: tuple[str, ...] = ("년", "년도", "당초", "변경", "최초", "예정", "기존")
#: where the parts of a bracket part: commas, and a slash that is no fraction ("1/4분기")
_BRACKET_PARTS = regex.compile(r"(?<!\s)\s*+(?:[,，]|/(?!\s*+\d\s*+분기))\s*+")
PAREN_END = regex.compile(r"[(（](?P<inner>[^()（）]*+)[)）]\s*+(?:등\s*+)?+[.。]?+\s*+$")
#: the word a step's date in brackets may stand before, at the end ("기후심포지엄(’25.8.)
#: 개최 등", "매년(5월) 실시"): what is done, the date the step's
STEP_WORDS: tuple[str, ...] = (
    "개최", "실시", "추진", "완료", "운영", "시행", "착공", "준공", "예정", "체결", "발표",
    "선정", "공고", "개통", "개소", "출범",
)  # fmt: skip
_PAREN_THEN_STEP = regex.compile(
    r"[(（](?P<inner>[^()（）]*+)[)）]\s*+(?P<word>" + "|".join(STEP_WORDS)
    + r")\s*+(?:등\s*+)?+[.。]?+\s*+$"
)


@dataclass(frozen=True, slots=True)
class Found:
    """A task with its date, and where it is written."""

    task: str
    span: DateSpan
    raw: str
    lines: tuple[Line, ...]


def span_fields(span: DateSpan) -> dict[str, Any]:
    """A date span as the record fields start, end, precision and approximate."""
    return {
        "start": span.start,
        "end": span.end,
        "precision": span.precision,
        "approximate": span.approximate,
    }


# --- one clause --------------------------------------------------------------------------


def as_written(original: str, raw: str) -> str:
    """The date as the report wrote it, where :func:`prep_date` spelled it out."""
    if raw in original:
        return raw
    start = original.lstrip(" (（")
    for k in range(1, min(len(start), len(raw) + 8) + 1):
        if k < len(start) and start[k - 1].isalpha() and start[k].isalpha():
            continue  # not inside a word ("’25. 상|반기")
        if prep_date(start[:k]).strip() == raw.strip():
            return start[:k].strip()
    back = regex.sub(r"(\d{1,2})월([~∼～\-])(\d{1,2})월", r"\1\2\3월", raw)
    return back if back in original else raw


#: a date's last dot set apart by a space, and a tilde that leaves it open ("’24 . 12 .~")
_SPACED_DOT = regex.compile(r"\s++\.(?P<open>\s*+[~∼〜～])?(?!\d)")
#: the hours after a step's day, its date's too ("’26. 4. 15.(수) 14:00 : 추진위원회 개최",
#: "10:00~17:00")
_HOURS = regex.compile(r"\s*+\d{1,2}:\d{2}(?!\d)(?:\s*+[~∼〜～]\s*+(?:\d{1,2}:\d{2}(?!\d))?+)?+")


def date_first(clause: str, year: int | None) -> tuple[DateSpan, str] | None:
    """ "’25. 2. : 사업계획 수립" -> (date, task)."""
    t = prep_date(clause)
    opened = t.lstrip().startswith(("(", "（"))
    body = t.lstrip().lstrip("(（").lstrip()
    # "~’24. 2월 : 1차년 사업추진": a step done by then (when it began is not said)
    by = body.startswith(TILDES) and not body[1:].lstrip().startswith(TILDES)
    if by:
        body = body[1:].lstrip()
    found = find_dates(body, year=year)
    if not found or not body.startswith(found[0].raw):
        found = bare_head(body, year)
    if not found:
        return None
    span = found[0]
    rest = body[len(span.raw) :]
    tail = _SPACED_DOT.match(rest)  # ("’24 . 12 .~ : 성과평가": the date's own dot, spaced)
    if tail is not None:
        rest = rest[tail.end() :]
        written = span.raw + tail[0]
        span = span.model_copy(update={"raw": written} | ({"end": None} if tail["open"] else {}))
    hours = _HOURS.match(rest) if span.precision == "day" else None
    if hours is not None:  # (the hour the day's step is held at: of the date, not the task)
        rest = rest[hours.end() :]
        span = span.model_copy(update={"raw": span.raw + hours[0]})
    if by:
        if span.end is None:
            return None
        span = span.model_copy(update={"approximate": True, "raw": f"~{span.raw}"})
    if regex.match(DATE_OF_A_NOUN, rest):
        return None  # the date says which ("’25년의 목표"), not when a step is
    rest = DATE_PARTICLE.sub("", rest, count=1)  # "’25. 3월에 착공", "12월말까지 준공"
    if opened:
        rest = regex.sub(r"^\s*[)）]", "", rest)
    rest = regex.sub(r"^\s*[(（][^()（）]{0,12}[)）]", "", rest)  # "(6개월)" after the date
    # (a stop the date's own set twice aside: "’24.12.. : 중간평가")
    rest = regex.sub(r"^\.++(?=\s*+[:：])", "", rest).lstrip(" :：)-,，").rstrip(" :：-")
    if rest.endswith((")", "）")) and rest.count("(") + rest.count("（") < rest.count(
        ")"
    ) + rest.count("）"):
        rest = rest[:-1]  # a bracket that closed the date's: "(’25.下 : 착공)"
    return span, collapse(rest)


def bare_head(body: str, year: int | None) -> list[DateSpan]:
    """The date before a step's colon with its years' quote marks left out ("26.3월 :
    기초조사", "26.6.~26.8. : 공청회", "26년 하반기 : 착공"), near the plan's ``year``, or
    its months alone ("4.~11. : 통합 캠페인 추진")."""
    head, colon, _ = body.partition(":")
    span = (
        bare_year_date(head, year) or month_range(head, year)
        if colon and year is not None else None
    )  # fmt: skip
    return [span.model_copy(update={"raw": head.strip()})] if span is not None else []


def does_something(task: str) -> bool:
    """Whether a task ends with what is done ("공사 착공", "기본 및 실시설계"), not a figure
    or a state ("80교", "중위권 진입")."""
    words = task.replace("등", " ").split()
    return bool(words) and words[-1].endswith((*STEP_WORDS, *ACTION_WORDS))


def _months_over(inner: str, year: int | None) -> bool:
    """Whether a bracket after a figure holds the months it was reached over, a range of
    months or days ("조기폐차 지원 : 1,120대 (’16. 3월 ~ 11월)": what was done in them, a
    step), not the year or the day it is of ("75개소(‘25년)", "87건(’25. 6월)")."""
    if any(w in inner for w in (*AS_OF_LEADS, *TALLY_WORDS)):
        return False  # ("85명 (’16. 1월 ~ 10월 기준)", "42명 (’24. 1월 ~ 11월 누계)": a tally)
    found = find_dates(prep_date(inner), year=year)
    if len(found) != 1 or found[0].precision not in ("month", "day"):
        return False
    span = found[0]
    end = span.end or span.start
    return (end.year, end.month) > (span.start.year, span.start.month)


def figure_over_months(clause: str, year: int | None) -> bool:
    """A figure closed by the bracket of the months it was reached over ("주의보 발령 : 12회
    (’16. 1월 ~ 11월)"): a step done in a block of results or of the plan, a statistic in a
    block of how things stand or why (□ 현황, □ 추진배경)."""
    m = PAREN_END.search(clause)
    return (
        m is not None and _YEARED.match(m["inner"].strip()) is not None
        and FIGURE_END.search(clause[: m.start()]) is not None
        and _months_over(m["inner"], year)
    )  # fmt: skip


def date_last(clause: str, year: int | None) -> tuple[DateSpan, str, str] | None:
    """ "중기지방재정계획 수립(11월)" -> (date, task, the date as written); "심포지엄(’25.8.)
    개최 등" -> the task with its word after the bracket."""
    m = PAREN_END.search(clause)
    stepped = _PAREN_THEN_STEP.search(clause) if m is None else None
    word = stepped["word"] if stepped is not None else ""
    m = m or stepped
    if m is None:
        return None
    if (_YEARED.match(m["inner"].strip()) and FIGURE_END.search(clause[: m.start()])
            and not _months_over(m["inner"], year)):  # fmt: skip
        return None  # "설치 목표 : 75개소(‘25년)": the year of a figure, not of a step
    head = prep_date(clause[: m.start()]).rstrip()
    dated = find_dates(head, year=ANY_YEAR)
    if dated and head.endswith(dated[-1].raw) and dated[-1].precision in ("half", "quarter"):
        return None  # the brackets say a half's days ("운영 : 상반기(4.1.~6.30.)")
    # the first part of the brackets that is a date: "(후쿠오카, 11월)", "(’25.1, 35억원)",
    # one after a place ("(프랑크푸르트 5월)")
    for i, part in enumerate(_BRACKET_PARTS.split(m["inner"].strip())):
        part = _RECURRENCE.sub("", part)  # "3월~11월 매주 수": the months are the period
        # a deadline is dated by its day ("(11.11.까지)", "(8월말까지)")
        by = _DEADLINE.search(part)
        span = parse_date(prep_date(_DEADLINE.sub("", part)), year=year, bare_days=True)
        if by is not None and span is not None:
            span = span.model_copy(update={"approximate": True})  # (done by then)
        after = _PLACE_DATE.match(part) if span is None else None
        if after is not None and not after["place"].endswith(NOT_PLACES):
            part = after["date"]
            span = parse_date(prep_date(part), year=year, bare_days=True)
        if word and span is not None and span.end is not None and span.end.year > span.start.year:
            return None  # ("제4차 국가계획(’26~’30) 발표": the plan's years, not the step's)
        if span is not None and (i == 0 or span.precision != "year"):
            # (after a name, years are whose, not when: "(ILO 사무총장, 2020년)")
            task = _LEADING_AND.sub("", collapse(clause[: m.start()]))
            return span, f"{task} {word}" if word else task, part.strip()
    return None


#: a bracket inside a line
_BRACKET = regex.compile(r"[(（](?P<inner>[^()（）]{2,24}+)[)）]")


def _date_mid(clause: str, year: int | None) -> tuple[DateSpan, str, str] | None:
    """(date, task, the date as written) of a step dated in the one bracket after its word
    of what is done, more words after it: "사업자 선정(’25.8.) 후 도입 방안 협의", "협약
    체결(‘25.12.) : 우리시 우선 공급에 협조하는 지역" (the step is what the bracket
    follows); not years, which name a plan ("진흥계획(‘25.~‘29.) 수립")."""
    dated = []
    for m in _BRACKET.finditer(clause):
        span = parse_date(prep_date(m["inner"]), year=year, bare_days=True)
        if span is not None:
            dated.append((m, span))
    if len(dated) != 1:
        return None
    m, span = dated[0]
    head = collapse(clause[: m.start()])
    words = head.split()
    if span.precision == "year" or not words or not words[-1].endswith(STEP_WORDS + ACTION_WORDS):
        return None
    return span, collapse(_LEADING_AND.sub("", head)), m["inner"].strip()


#: a date set against the last word of its step, as a superscript is drawn ("추진방식
#: 결정‘25.3.", "공사‘28.~’31."): its year's quote mark right after a syllable
_GLUED_DATE = regex.compile(r"(?<=\p{Hangul})(?P<date>" + QUOTE_CLASS + r"\d{2}[\d.~\s’‘`'ˊ]*+)$")


def _glued_date(clause: str, year: int | None) -> tuple[DateSpan, str, str] | None:
    """(date, task, the date as written) of a step its date is set against, else None."""
    m = _GLUED_DATE.search(clause.rstrip())
    if m is None:
        return None
    span = parse_date(prep_date(m["date"].strip()), year=year)
    if span is None:
        return None
    task = clause[: m.start()]
    if dated_colon(task):  # ("’26. ~ ’30. : 개발제한구역 해제’26.": the step's own date)
        task = task.split(":", 1)[1] if ":" in task else task.split("：", 1)[1]
    return span, collapse(_LEADING_AND.sub("", task)), m["date"].strip()


def colon_date(
    clause: str, year: int | None, *, recur: bool = True
) -> tuple[DateSpan, str, str] | None:
    """ "공사 착공 및 준공 : ’23. 5.~ ’25. 4." -> (date, task, the date as written);
    ``recur``: in a block of plans, "점검 : 분기별", "표창 : 매년 12월" (how often, with
    the plan's year) and "설계 : 21. 3." (a year's quote mark left out) too."""
    head, sep, tail = clause.rpartition(":")
    if not sep or not head.strip():
        return None
    t = prep_date(tail.strip())
    span = parse_date(t, year=year)
    if span is None and recur and (span := schedule_date(t, year)) is not None:
        return span, collapse(head), tail.strip()
    if span is None:
        found = find_dates(t, year=year)
        if not found or not t.startswith(found[0].raw):
            return None
        span = found[0]
        if span.precision == "year" and t[len(span.raw) :].lstrip()[:1].isdigit():
            return None  # a figure of that year: "배출량: ’18년 16,628천톤CO2 ⇨ ’21년 …"
    return span, collapse(head), as_written(tail.strip(), span.raw)


def dated_colon(clause: str) -> bool:
    """Whether ``clause`` is "date : task" ("’25. 1. : 기본계획 수립"; months with their dots
    and no year, "5.~7. : 실시설계", too)."""
    t = prep_date(clause).lstrip(" (（")
    found = find_dates(t, year=ANY_YEAR)
    if not found or not t.startswith(found[0].raw):
        head, colon, task = t.replace("：", ":").partition(":")
        return bool(colon and task.strip()) and month_range(head, ANY_YEAR) is not None
    rest = t[len(found[0].raw) :]
    hours = _HOURS.match(rest) if found[0].precision == "day" else None
    return bool(regex.match(r"\s*[)）]?\s*[:：]", rest[hours.end() :] if hours else rest))


_LEAD_BRACKET = regex.compile(r"^\s*+[(（](?P<inner>[^()（）]{2,30}+)[)）]\s*+(?P<rest>\S.*+)$")


#: words of a bracket that says how things stand as of its date, not when a step is
STATE_WORDS: tuple[str, ...] = ("현황", "기준", "실적", "현재", "당초", "성과")


def _bracket_first(clause: str, year: int | None) -> tuple[DateSpan, str, str] | None:
    """(date, task, date as written) of a line that opens with a bracket naming a stage
    and its date ("(사전 준비 단계, 1~3월) 신규사업 발굴", "(1분기 3.31.) 대상액의 40.0%
    신속집행"): the date is the bracket's last part (not a year, whose after a name; not
    before a figure, a state: "(현황, ’24년) 129천명")."""
    m = _LEAD_BRACKET.match(clause)
    if m is None or m["rest"][:1].isdigit():
        return None
    parts = split_top(m["inner"].strip())
    if len(parts) > 1 and all(
        parse_date(prep_date(p.strip()), year=year, bare_days=True) for p in parts
    ):
        return None  # (a list of dates: "(6월, 12월) 정기 점검", not a stage and its date)
    if len(parts) == 1:
        parts = parts[0].rsplit(None, 1)  # ("(1분기 3.31.)": the quarter, its last day)
    if len(parts) < 2:
        return None  # (a bracket of a date alone: _date_first reads it)
    if squash(parts[0]).endswith(STATE_WORDS) or date_last(m["rest"], year) is not None:
        return None  # (a state as of a date; a step dated at its own end: "… 착수(3월)")
    raw = parts[-1].strip()
    span = parse_date(prep_date(raw), year=year, bare_days=True)
    if span is None or span.precision == "year":
        return None
    return span, collapse(m["rest"]), raw


def _dated_brackets(clause: str) -> int:
    """How many brackets of ``clause`` hold a date."""
    return sum(
        1 for m in _BRACKET.finditer(clause)
        if parse_date(prep_date(m["inner"]), year=ANY_YEAR, bare_days=True) is not None
    )  # fmt: skip


def within(inner: DateSpan, outer: DateSpan) -> bool:
    """Whether ``inner`` lies within ``outer``, or is it."""
    return refines(inner, outer) or (inner.start, inner.end) == (outer.start, outer.end)


def refines(inner: DateSpan, outer: DateSpan) -> bool:
    """Whether ``inner`` is a finer date within ``outer`` (a month of a half)."""
    return (
        outer.end is not None
        and inner.end is not None
        and outer.start <= inner.start
        and inner.end <= outer.end
        and (inner.start, inner.end) != (outer.start, outer.end)
    )


#: labels of a block of steps that a line of them may open with, to its colon
STEP_BLOCK_LABELS: frozenset[str] = frozenset(
    {"추진실적", "추진경과", "주요실적", "그간실적", "그간추진실적", "추진상황", "향후계획",
     "향후일정", "추진일정", "추진계획", "추진배경", "배경"}
)  # fmt: skip

#: a label of the schedule a task opens with, to its colon ("지특회계(지역자율계정)
#: 추진일정 : (기재부)기본한도 통보(4월)")
_SCHEDULE_LABEL = regex.compile(
    r"^(?:[^:：]{0,24}?[\s)）])?(?:추진|향후|세부\s*+추진)?(?:일정|계획)\s*+[:：]\s*+(?=\S)"
)


#: the mark a note after a line's text opens with, set apart by spaces
_NOTE_SPLIT = regex.compile(r"(?<=\S)\s++[*※]\s++(?=\S)")


def read_clause(
    clause: str, year: int | None, *, in_plan: bool = False
) -> tuple[DateSpan, str, str] | None:
    """(date, task, date as written) of a dated clause, or None; a label of the schedule
    the task opens with is none of it."""
    head, colon, rest = clause.partition(":")
    if colon and rest.strip() and squash(head) in STEP_BLOCK_LABELS:
        clause = rest.strip()  # ("추진실적 : ’24. 3월 …": the block's label, no task)
    read = _read_clause(clause, year, in_plan=in_plan)
    if read is None and outcome_after(clause, year):
        # (what came of a step dated in its bracket, a figure after a colon: "… 개최 (5월)
        # : 참여 4,200명": the step and its date before it)
        clause = clause.partition(":")[0].strip()
        read = _read_clause(clause, year, in_plan=in_plan)
    if read is None and _DATED_STATUS.search(clause):
        # (a status after the date in its bracket: "… 개소 (’25. 4. 완료)")
        clause = _DATED_STATUS.sub(r"\g<date>", clause)
        read = _read_clause(clause, year, in_plan=in_plan)
    if read is None:
        return None
    span, task, raw = read
    if FIGURE_END.fullmatch(task.strip()):
        return None  # a figure of that date, not a step ("… : ’24년 6,812명 → ’25년 7,145명")
    # a note set after a step, dated at its end, is the step dated ("사업자 선정 * 차기
    # 사업자 업무개시(’25.8.7.～)": the 업무개시 is on 8.7.)
    notes = list(_NOTE_SPLIT.finditer(clause))
    if notes and clause.rfind(raw) > notes[-1].start():
        task = _NOTE_SPLIT.split(task)[-1]
    return span, _SCHEDULE_LABEL.sub("", _as_printed(task, clause)), raw


#: what a step's bracket may say of it after its date ("(’25. 4. 완료)", "(’25. 9. 준공)")
DATED_STATUS_WORDS: tuple[str, ...] = (
    "완료", "준공", "개소", "개관", "개최", "착공", "시행", "예정",
)  # fmt: skip
_DATED_STATUS = regex.compile(
    rf"(?P<date>\d\s*+[.월]?)\s++(?:{'|'.join(DATED_STATUS_WORDS)})(?=\s*+[)）])"
)
#: a bracket of dates that closes a text ("(5월, 10월)", "(’25. 4.)")
_DATED_BRACKET_END = regex.compile(r"[(（][^()（）\d]*+\d[^()（）]*+[)）]\s*+$")


def outcome_after(clause: str, year: int | None) -> bool:
    """Whether a clause is a step dated in its closing bracket, with its words before it,
    and what came of it after a colon, a figure and no date ("청년 취업박람회 개최 (5월, 10월)
    : 참여 4,200명"; not "1단계 (’26. 1.~6.) : 실시설계", a stage and its task, nor "’26.
    3월 (1차) : 공모 신청", a date and its task)."""
    head, colon, rest = clause.partition(":")
    bracket = _DATED_BRACKET_END.search(head)
    return (
        bool(colon) and bracket is not None
        and find_dates(head[: bracket.start()], year=year) == []
        and not find_dates(rest, year=year) and regex.search(r"\d", rest) is not None
    )  # fmt: skip


#: a range of months each spelt with its 월, as the dates are read ("7월~8월")
_SPELT_MONTHS = regex.compile(r"(?<![\d.])(\d{1,2})월([~∼～\-])(\d{1,2})월")


def _as_printed(task: str, clause: str) -> str:
    """The task as its line prints it: a range of months the reading spelt out ("우기
    7~8월 제외" read as 7월~8월) as written."""
    if task in clause:
        return task
    printed = _SPELT_MONTHS.sub(r"\1\2\3월", task)
    return printed if printed in collapse(clause) else task


def _read_clause(
    clause: str, year: int | None, *, in_plan: bool = False
) -> tuple[DateSpan, str, str] | None:
    staged = _bracket_first(clause, year)
    if staged is not None:
        return staged
    first = date_first(clause, year)
    if first is not None and first[0].precision != "year":
        last = date_last(clause, first[0].start.year)  # (a day with no year: the line's)
        one = len(split_top(PAREN_END.sub("", first[1]))) == 1  # (not "a, b, c(12.30.)")
        # (a half with no year and no colon names which check: "상반기 실적 점검 (6월)",
        # and "상반기 성과 점검 및 보고회 개최(’26. 7월)", held after the half it reviews)
        named = date_first(clause, None) is None and not dated_colon(clause)
        a_part = named and first[0].precision in ("half", "quarter")
        if (last is not None and one and (refines(last[0], first[0]) or a_part)
                and _dated_brackets(clause) == 1):  # fmt: skip
            # "ˊ24. 9. 감정평가 의뢰(9.27.)": the day the month holds; "상반기 실적 점검
            # (6월)": the half stays in the task's name
            task = collapse(PAREN_END.sub("", clause if named else first[1]))
            return last[0], _LEADING_AND.sub("", task), last[2]
        # "상반기 수행기관 현장점검 : ’26. 6월": the half names which check, the date after
        # the colon says when
        after = colon_date(clause, year, recur=False) if a_part else None
        # (or the same term, its year after the colon: "2학기 연수 : 2025학년도 2학기")
        same = after is not None and (after[0].start, after[0].end) == (
            first[0].start, first[0].end)
        if after is not None and (refines(after[0], first[0]) or same):
            return after
        return first[0], first[1], as_written(clause, first[0].raw)
    # "’26년도 기금운용계획 수립(8~11월)": a year in the task's name, the date at the end
    last = date_last(clause, year) or _glued_date(clause, year) or _date_mid(clause, year)
    if last is not None:
        return last
    if first is not None:
        # "2026년 국비 추가 확보 건의 : ’25. 5.~8.": a year in the task's name, its date
        # after the colon
        after = colon_date(clause, year, recur=False)
        if after is not None and after[0].precision != "year":
            return after
        # ("연중 수시 : 농기계 임대": how often all of it, the task after the colon)
        often = often_colon(clause, year) if first[0].precision == "year" else None
        if often is not None:
            return often
        span, task = first
        colon = ":" in clause[: clause.find(task)] if task else True
        if colon or in_plan:
            return span, task, as_written(clause, span.raw)
    # how often, with no date ("정기회의 : 매월"), only where plans are listed: elsewhere
    # "점검주기 : 분기별" states a fact
    return colon_date(clause, year, recur=in_plan) or (
        (often_colon(clause, year) or _season_colon(clause, year)) if in_plan else None
    )


#: a season's name with its months in a bracket before a step's colon: "영농기(4~10월) :"
_SEASON_HEAD = regex.compile(
    r"^\s*+\p{Hangul}{1,6}\s*+[(（](?P<when>[^()（）:]{1,20})[)）]\s*+[:：]"
)


def _season_colon(clause: str, year: int | None) -> tuple[DateSpan, str, str] | None:
    """ "영농기(4~10월) : 병해충 예찰": the months in the season's bracket, the task after
    the colon."""
    m = _SEASON_HEAD.match(clause)
    task = clause[m.end() :].strip() if m is not None else ""
    span = parse_date(prep_date(m["when"]), year=year) if m is not None and task else None
    if span is None or m is None:
        return None
    written = m[0].strip().rstrip(":：").strip()  # (as written, its season's name too)
    return span.model_copy(update={"raw": written}), collapse(task), written


def often_colon(clause: str, year: int | None) -> tuple[DateSpan, str, str] | None:
    """ "분기별 : 지원실적 모니터링", "매  월 : 실적 점검": how often, then the task (the
    plan's year, with the words as written)."""
    head, colon, task = clause.partition(":")
    when = squash(head.lstrip(" -·•ㅇ○◦"))
    span = recurring_date(when, year) if colon and task.strip() and when else None
    if span is None:
        return None
    raw = head.strip(" -·•ㅇ○◦")
    return span.model_copy(update={"raw": raw}), collapse(task), raw


#: a row of a text export's table of dates beside tasks: its date, a run of spaces, its
#: task ("’26. 4.~10.       해외 전시회 참가 및 …")
_DATE_THEN_TASK = regex.compile(r"^\s*+(?P<when>\S(?:\S| (?! ))*+)\s{2,}+(?P<what>\S.*+)$")


def dated_rows(lines: Sequence[Line], year: int | None) -> tuple[list[Found], set[int]]:
    """The steps of a text export's table set under a block's label, `추진기간   추 진 내
    용` over rows of a date and a task apart by a run of spaces: a step a row (two rows at
    least), and the lines they take with their header."""
    rows = []
    for ln in lines:
        m = _DATE_THEN_TASK.match(ln.text)
        found = date_first(m["when"], year) if m is not None else None
        if m is not None and found is not None and not found[1].strip(" :："):
            rows.append((ln, found[0], m["what"]))
    if len(rows) < MIN_DATED_ROWS:
        return [], set()
    first = rows[0][0].no
    # (and the header right over them, "추진기간   추 진 내 용")
    taken = {ln.no for ln, _, _ in rows} | {ln.no for ln in lines if ln.no == first - 1}
    return [
        Found(collapse(what).lstrip(":： "), span, span.raw, (ln,)) for ln, span, what in rows
    ], taken


#: fewest rows of dates beside tasks that make a table of them
MIN_DATED_ROWS = 2
