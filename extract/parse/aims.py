"""A line that states the level a figure is to reach in a year ("⇒ ’17년 미세먼지 농도
42㎍/㎥ 이하로 개선", "’18년 재활용률 65% 이상 달성"): an aim, no step of a schedule, though
its year dates it (a step dated by a month stays one: "’17. 6월 : … 이하로 개선"; so does a
dated line of work, "’17년 : 노후관 40km 교체로 유수율 85% 이상 달성", or of a scope, "2025년 :
지원 대상 65세 이상")."""

from __future__ import annotations

import regex

from extract.normalize import find_dates
from extract.parse.project_facts import prep_date
from extract.parse.steps import ACTION_WORDS, STEP_WORDS
from extract.parse.text import collapse, split_marker
from extract.parse.vocab import (
    AIM_MARKS,
    AIM_WORDS,
    LEVEL_VERBS,
    LEVEL_WORDS,
    REACH_PARTICLES,
    STATE_FIGURE_ENDINGS,
    WORK_WORDS,
)

#: a level at a line's end: a figure, its unit, the level's word, then the verb that
#: reaches it, if any ("42㎍/㎥ 이하로 개선", "65%이상 달성", "30분 이내 수준")
_LEVEL_END = regex.compile(
    r"\d[\d,.]{0,20}+\s{0,3}+[^\s\d]{0,8}?\s{0,3}+(?:"
    + "|".join(LEVEL_WORDS)
    + r")(?:으로|로)?+(?:\s{1,3}+(?:"
    + "|".join(LEVEL_VERBS)
    + r"))?+\s{0,3}+[.。]?+$"
)

#: ... or a figure a verb says is reached, with no word of a level: "85%까지 향상", "85%로
#: 향상", "85% 달성" (an aim only where marked as one or of a state's figure)
_REACHED_END = regex.compile(
    r"\d[\d,.]{0,20}+\s{0,3}+[^\s\d]{0,8}?(?:"
    + "|".join(REACH_PARTICLES)
    + r")?+\s{0,3}+(?:"
    + "|".join(LEVEL_VERBS)
    + r")\s{0,3}+[.。]?+$"
)

#: how far back from a line's end its level is looked for
LEVEL_REACH = 60
#: the particles a word of work may take before the level ("교체로", "확대를 통해")
_PARTICLE = regex.compile(r"(?:으로|로|를|을|하여|해|및|과|와)$")
_WORKS = (*STEP_WORDS, *ACTION_WORDS, *WORK_WORDS)


def names_level(text: str, year: int | None) -> bool:
    """Whether a line is a year's aim: dated by years alone, it ends in a level a figure
    is to reach and what reaches it.

    >>> names_level("⇒ ’17년 미세먼지 농도 42㎍/㎥ 이하로 개선", 2017)
    True
    >>> names_level("’17. 6월 : 미세먼지 42㎍/㎥ 이하로 개선", 2017)
    False
    >>> names_level("’17년 충전기 100기 설치", 2017)
    False
    >>> names_level("- ’17년 : 노후관 40km 교체로 유수율 85% 이상 달성", 2017)
    False
    >>> names_level("- 2025년 : 지원 대상 65세 이상", 2025)
    False
    >>> names_level("- ’18년 : 누수율 10% 이하 유지", 2018)
    True
    >>> names_level("ㅇ ’17년 하천 BOD 3㎎/ℓ 이하 달성", 2017)
    True
    >>> names_level("- ’17 ~ ’18년 : 2단계 구간 20km 이상", 2017)
    False
    >>> names_level("⇒ ’17년 유수율 85%까지 향상", 2017)
    True
    >>> names_level("- ’17년 : 이용객 5% 증가", 2017)
    False
    """
    marker, line = split_marker(collapse(text))
    # (the level first, at the line's end alone: a long line is read no further)
    tail = line[-LEVEL_REACH:]
    level = _LEVEL_END.search(tail)
    bare = level is None  # (no word of a level: "⇒ ’17년 유수율 85%까지 향상")
    if level is None and (level := _REACHED_END.search(tail)) is None:
        return False
    found = find_dates(prep_date(line), year=year)
    if not found or any(f.precision != "year" for f in found):
        return False
    before = line[: len(line) - len(tail) + level.start()].split()
    if any(_PARTICLE.sub("", w).endswith(_WORKS) for w in before):
        return False  # (work done that reaches it: "노후관 40km 교체로 유수율 85% 이상 달성")
    marked = (marker or "").startswith(AIM_MARKS) or line.startswith(AIM_MARKS)
    # (marked as an aim, or a verb that says the level is reached, "… 이하 달성", or a
    # state's figure at a level, "유수율 85% 이상"; not a bare scope, "지원 대상 65세 이상")
    reached = level[0].rstrip(" .。").endswith(LEVEL_VERBS) and not bare
    return (
        marked or reached or any(w in line for w in AIM_WORDS)
        or (bool(before) and before[-1].endswith(STATE_FIGURE_ENDINGS))
    )  # fmt: skip
