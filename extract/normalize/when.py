"""When a plan's task is done, as a schedule says it after the task: a date, how often
("매월", "분기별", "연 2회", "연중 수시", "매년 12월"), or a date whose year has no quote
mark ("25. 3.").

A schedule may say how often a task is done instead of, or beside, its date.  The
words are kept as written (the ``raw`` of the span); where no date is said, the task
runs through the plan's year, as "연중" does.  Where a date is expected, two digits and
a month ("25. 3.~12.") are a year near the report's, with the quote mark left out.

>>> recurring_date("매월", 2025).end, recurring_date("매월 둘째 주", 2025).raw
(datetime.date(2025, 12, 31), '매월 둘째 주')
>>> recurring_date("매년 12월", 2025).start, recurring_date("매년 12월", 2025).raw
(datetime.date(2025, 12, 1), '매년 12월')
>>> recurring_date("연중 수시", 2025).precision
'year'
>>> recurring_date("’25. 3월", 2025) is None  # a date alone is parse_date's
True
>>> schedule_date("25. 3.~12.", 2025).end, schedule_date("매월", 2025).precision
(datetime.date(2025, 12, 31), 'year')
>>> schedule_date("27. 1.~ 29년 초", 2024).end, schedule_date("21. 3.", 2035)
(datetime.date(2029, 3, 31), None)
"""

from __future__ import annotations

from datetime import date

import regex

from extract.normalize.dates import DateSpan, expand_year, parse_date
from extract.normalize.spacing import despace
from extract.normalize.vocab import BARE_YEAR_NEAR, QUOTE_MARKS, RECURRENCE_WORDS

_WORD = "|".join(sorted(RECURRENCE_WORDS, key=len, reverse=True))
_COUNT = r"(?:연|월|주|일|분기|반기)\s*+\d{1,2}\s*+회"
#: the week of the month (and its day) a task recurs on: "둘째 주", "마지막 주 금요일"
_WEEK = r"(?:첫째|둘째|셋째|넷째|다섯째|마지막)\s*+주(?:\s*+[월화수목금토일]요일)?"
#: how often, as words ("매월", "분기별", "연중 수시", "연중수시") and counts ("연 2회",
#: "월1회", "분기 1회", "매월 1회"), one after another: the one pattern of how often
OFTEN = (
    rf"(?:연중\s*+)?(?:{_WORD}|{_COUNT})"
    rf"(?:\s*+(?:{_WORD}|{_COUNT}|{_WEEK}|\d{{1,2}}\s*+회))*+"
)
#: ... as words of their own (not "상시근로자", "수시모집": words of other words)
_OFTEN = regex.compile(rf"(?<![가-힣])(?:{OFTEN})(?![가-힣])")
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


#: a year of two digits with no quote mark, then a month: "21. 3.", "21.3월", "24. 1.~"
#: ("26년 하반기", "26년 3월": the year word, then a part of the year)
_BARE_YEAR = regex.compile(
    r"^(?P<yy>\d{2})(?=\s*+\.\s*+\d{1,2}(?!\d)"
    r"|\s*+년\s*+(?:\d{1,2}\s*+월|[상하]\s*+반\s*+기|\d\s*+(?:/\s*+4\s*+)?분\s*+기))"
)
#: ... and where it stands again after the range mark ("21. 4.~ 21.12.", "27. 1.~ 29년 초")
_BARE_AGAIN = regex.compile(
    r"(?<=[~∼～\-]\s*+)(?P<yy>\d{2})(?=\s*+\.\s*+\d{1,2}(?!\d)|\s*+년)"
)


def bare_year_date(text: str, year: int | None) -> DateSpan | None:
    """A date whose two-digit years lack their quote mark ("21. 3.", "20. 7.~21. 6."),
    read where a date is expected, when each year is within
    :data:`~extract.normalize.vocab.BARE_YEAR_NEAR` of the report's ``year``; the raw as
    written."""
    t = text.strip()
    if year is None or len(t) > 40 or not (_BARE_YEAR.match(t) or _BARE_AGAIN.search(t)):
        return None  # (a quote mark on the first year only: "’21. 3.~22. 6.")
    quote = QUOTE_MARKS[0]
    quoted = _BARE_AGAIN.sub(lambda m: quote + m["yy"], _BARE_YEAR.sub(quote + r"\g<yy>", t))
    span = parse_date(quoted, year=year)
    if span is None:
        return None
    ends = [span.start, *([span.end] if span.end else [])]
    if any(abs(d.year - year) > BARE_YEAR_NEAR for d in ends):
        return None
    return span.model_copy(update={"raw": t})


def schedule_date(text: str, year: int | None) -> DateSpan | None:
    """The span of a schedule's "when": a date, a date with its years' quote marks left
    out (:func:`bare_year_date`), months with their dots and no year
    (:func:`month_range`), or how often (:func:`recurring_date`)."""
    found = (
        parse_date(text, year=year) or bare_year_date(text, year) or month_range(text, year)
        or recurring_date(text, year)
    )  # fmt: skip
    spaced = despace(text)  # (how often, its letters spaced out: "매 월", "분 기 별")
    often = recurring_date(spaced, year) if not found and spaced != text else None
    return found or (often.model_copy(update={"raw": text}) if often else None)


#: two months with their dots and no year, a range: "4.~11.", "5. ~ 10."
_MONTH_RANGE = regex.compile(r"^(?P<a>\d{1,2})\s*+\.\s*+[~∼～\-]\s*+(?P<b>\d{1,2})\s*+\.?$")


def month_range(text: str, year: int | None) -> DateSpan | None:
    """Two months of the plan's ``year`` with their dots, where a date is expected (a
    single "4." is an item's number, a range is not); the raw as written.

    >>> month_range("4.~11.", 2026).end, month_range("13.~14.", 2026)
    (datetime.date(2026, 11, 30), None)
    """
    m = _MONTH_RANGE.match(text.strip())
    if m is None or year is None or not 1 <= int(m["a"]) < int(m["b"]) <= 12:
        return None
    span = parse_date(f"{year}. {m['a']}.~{m['b']}.", year=year)
    return None if span is None else span.model_copy(update={"raw": text.strip()})


#: Hangul letters set apart one by one ("매 월")
_SPACED_OUT = regex.compile(r"^[가-힣](?: [가-힣])++$")
#: a year to read a "when" that names none by (whether it says when, not which)
_ANY_YEAR = 2000


def says_when(text: str) -> bool:
    """Whether ``text`` is a schedule's "when" of whatever year (:func:`schedule_date`): a
    date, one whose two-digit years lack their quote mark (read by the year it names),
    months with their dots, or how often.

    >>> [says_when(t) for t in ("26.3월~12월", "수시", "매  월", "2026년 말", "분기 1회 이상")]
    [True, True, True, True, False]
    """
    t = " ".join(text.split())
    if _SPACED_OUT.match(t):
        t = t.replace(" ", "")  # (a word spaced out letter by letter to fill its cell: "수  시")
    lead = _BARE_YEAR.match(t)
    year = expand_year(int(lead["yy"])) if lead is not None else _ANY_YEAR
    return schedule_date(t, year) is not None
