"""When a plan's task recurs: "매월", "분기별", "연 2회", "연중 수시", "매년 12월".

A schedule may say how often a task is done instead of, or beside, its date.  The
words are kept as written (the ``raw`` of the span); where no date is said, the task
runs through the plan's year, as "연중" does.

>>> recurring_date("매월", 2021).end
datetime.date(2021, 12, 31)
>>> recurring_date("매년 12월", 2021).start, recurring_date("매년 12월", 2021).raw
(datetime.date(2021, 12, 1), '매년 12월')
>>> recurring_date("연중 수시", 2021).precision
'year'
>>> recurring_date("’21. 3월", 2021) is None  # a date alone is parse_date's
True
"""

from __future__ import annotations

from datetime import date

import regex

from extract.normalize.dates import DateSpan, parse_date
from extract.normalize.vocab import RECURRENCE_WORDS

#: how often, as a word ("매월", "분기별") or a count ("연 2회", "월1회", "분기 1회");
#: a word of its own (not "상시근로자", "수시모집" are words of other words)
_OFTEN = regex.compile(
    r"(?<![가-힣])(?:"
    + "|".join(sorted(RECURRENCE_WORDS, key=len, reverse=True))
    + r"|(?:연|월|주|분기|반기)\s*+\d{1,2}\s*+회)(?![가-힣])"
)
#: what may stand between the words and the date: spaces, commas, brackets
_BETWEEN = regex.compile(r"^[\s,，·()（）]*+$")


def recurring_date(text: str, year: int | None) -> DateSpan | None:
    """The span of a schedule's "when" that says how often (with its words in ``raw``),
    or None where it says no recurrence or holds more than a date and those words."""
    if len(text) > 60 or _OFTEN.search(text) is None:
        return None
    rest = _OFTEN.sub(" ", text).strip(" ,，·")
    raw = text.strip()
    if _BETWEEN.match(rest):
        if year is None:
            return None
        return DateSpan(
            start=date(year, 1, 1), end=date(year, 12, 31), precision="year", raw=raw
        )
    span = parse_date(rest, year=year)
    return None if span is None else span.model_copy(update={"raw": raw})
