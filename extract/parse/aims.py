"""A line that states the level a figure is to reach in a year ("⇒ ’17년 미세먼지 농도
42㎍/㎥ 이하로 개선", "’18년 재활용률 65% 이상 달성"): an aim, no step of a schedule, though
its year dates it (a step dated by a month stays one: "’17. 6월 : … 이하로 개선")."""

from __future__ import annotations

import regex

from extract.normalize import find_dates
from extract.parse.project_facts import prep_date
from extract.parse.text import collapse, split_marker
from extract.parse.vocab import LEVEL_VERBS, LEVEL_WORDS

#: a level at a line's end: a figure, its unit, the level's word, then the verb that
#: reaches it, if any ("42㎍/㎥ 이하로 개선", "65%이상 달성", "30분 이내 수준")
_LEVEL_END = regex.compile(
    r"\d[\d,.]{0,20}+\s{0,3}+[^\s\d]{0,8}?\s{0,3}+(?:"
    + "|".join(LEVEL_WORDS)
    + r")(?:으로|로)?+(?:\s{1,3}+(?:"
    + "|".join(LEVEL_VERBS)
    + r"))?+\s{0,3}+[.。]?+$"
)

#: how far back from a line's end its level is looked for
LEVEL_REACH = 60


def names_level(text: str, year: int | None) -> bool:
    """Whether a line is a year's aim: dated by years alone, it ends in a level a figure
    is to reach and what reaches it.

    >>> names_level("⇒ ’17년 미세먼지 농도 42㎍/㎥ 이하로 개선", 2017)
    True
    >>> names_level("’17. 6월 : 미세먼지 42㎍/㎥ 이하로 개선", 2017)
    False
    >>> names_level("’17년 충전기 100기 설치", 2017)
    False
    """
    line = split_marker(collapse(text))[1]
    # (the level first, at the line's end alone: a long line is read no further)
    if _LEVEL_END.search(line[-LEVEL_REACH:]) is None:
        return False
    found = find_dates(prep_date(line), year=year)
    return bool(found) and all(f.precision == "year" for f in found)
