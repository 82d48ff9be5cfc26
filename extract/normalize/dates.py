"""Korean administrative dates: ’21. 4.~12., ’21년 상반기, (1월~3월), ’26년 초.

:func:`parse_date` reads one date expression (a cell, or the text after
"추진일정 ... : ") into a :class:`DateSpan`: the first and last day of the
period it names, how precise it is, whether it is vague, and the text exactly
as given.  :func:`find_dates` finds every date expression inside a sentence.

>>> parse_date("’24. 4.~12.")
DateSpan(start=datetime.date(2024, 4, 1), end=datetime.date(2024, 12, 31), \
precision='month', approximate=False, raw='’24. 4.~12.')
>>> parse_date("’22.10.12∼17").end
datetime.date(2022, 10, 17)
>>> parse_date("’21.6월~").end is None
True
>>> parse_date("(1월~3월)") is None
True
>>> s = parse_date("(1월~3월)", year=2024)
>>> (s.start, s.end)
(datetime.date(2024, 1, 1), datetime.date(2024, 3, 31))
>>> s = parse_date("’24. 1.~ ’26년 초")
>>> (s.end, s.precision, s.approximate)
(datetime.date(2026, 3, 31), 'month', True)
>>> [str(s.start) for s in find_dates("감소 (’19년 23건→’20년 13건)")]
['2019-01-01', '2020-01-01']

Rules (see docs/normalization.md for the full list):

* two-digit years need a quote mark (’21, ‘21, '21 ...): 00-69 are 2000-2069,
  70-99 are 1970-1999 (only a cell that is a day and nothing else, "24.12.20",
  is read without one, by :func:`parse_date`, and, with ``year=``, one whose months
  have their 월 after a dot, "26.3월~12월", a year near it); four-digit years are 1900-2099,
  with or without a quote mark (‘2026.05.31.);
* text without a year (3월, 상반기, 2/4분기, 연중) takes ``year=``; without it
  the result is None, never a guess;
* a range end without a year takes the start's year (and, for a day range,
  its month); if that puts the end before the start, it is the next year (or
  the next month for a day range): ’21. 11.~2. ends 2022-02-28;
* ``precision`` is the precision of the start; ``approximate`` is True when
  either end uses a vague word (초, 말, 중순, 경, 연말, ...);
* anything else returns None; only a bad ``year=`` raises ValueError.
"""

from __future__ import annotations

import bisect
import calendar
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, model_validator

from extract.normalize.date_grammar import (
    BARE_MONTH,
    CLOCK,
    FISCAL,
    FOLD_TABLE,
    M_DOT_RANGE,
    M_RANGE,
    MD_CELL,
    MD_DAY,
    MD_RANGE,
    SCAN,
    START_MARKS,
    STRICT,
    YMD_BARE,
    drop_weekdays,
)
from extract.normalize.multiplied import factor_month
from extract.normalize.vocab import (
    BARE_YEAR_NEAR,
    COMPARED_WORDS,
    HALVES,
    HALVES_HANJA,
    HALVES_SYLLABLE,
    QUARTERS,
    QUOTE_MARKS,
    SCHOOL_YEAR_WORDS,
    SEMESTERS,
    SEQUENCE_MARKS,
    VACATIONS,
    VAGUE_PARTS,
    YEAR_WORDS,
)

#: how far after a date a word of comparison is looked for ("3월 대비")
COMPARED_REACH = 6

__all__ = [
    "MAX_DATE_CHARS",
    "DateSpan",
    "Precision",
    "expand_year",
    "find_dates",
    "parse_date",
]

Precision = Literal["day", "month", "quarter", "half", "year"]

#: text longer than this is not one date expression: parse_date returns None
MAX_DATE_CHARS = 120

#: two-digit years below this are 20xx, the others 19xx (’69 -> 2069, ’70 -> 1970)
YEAR_PIVOT = 70

#: the ``year=`` argument must lie in this range (a bad argument raises ValueError)
MIN_CONTEXT_YEAR, MAX_CONTEXT_YEAR = 1, 9998


class DateSpan(BaseModel):
    """A period named by a date expression.

    ``start`` and ``end`` are the first and last day of the period (``end`` is
    None for an open range such as "’21. 3월~"); ``precision`` is the
    precision of the start; ``approximate`` is True when a vague word (초, 말,
    중순, 경, 연말, ...) narrowed either end; ``raw`` is the text as given.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: date
    end: date | None
    precision: Precision
    approximate: bool = False
    raw: str

    @model_validator(mode="after")
    def _end_not_before_start(self) -> DateSpan:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


def expand_year(two_digits: int) -> int:
    """The year meant by a two-digit year (’21): 00-69 -> 20xx, 70-99 -> 19xx.

    >>> expand_year(24), expand_year(69), expand_year(70)
    (2024, 2069, 1970)
    """
    return (2000 if two_digits < YEAR_PIVOT else 1900) + two_digits


# --------------------------------------------------------------------------- meaning


class _Period(NamedTuple):
    first: date
    last: date
    precision: Precision
    approximate: bool


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _last_day(year: int, month: int) -> int:
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month]


def _months(year: int, months: tuple[int, int], precision: Precision, approx: bool) -> _Period:
    m1, m2 = months
    return _Period(date(year, m1, 1), date(year, m2, _last_day(year, m2)), precision, approx)


def _school_term(
    year: int, months: tuple[int, int], precision: Precision, approx: bool
) -> _Period:
    """A term of the school year ``year`` (학년도): a last month before the first falls in
    the next calendar year."""
    m1, m2 = months
    last_year = year + (m2 < m1)
    last = date(last_year, m2, _last_day(last_year, m2))
    return _Period(date(year, m1, 1), last, precision, approx)


def _year_of(g: dict[str, Any], p: str) -> int | None:
    if (y2 := g[p + "y2"]) is not None:
        return expand_year(int(y2))
    if (y4 := g[p + "y4"]) is not None:
        return int(y4)
    return None


def _period(g: dict[str, Any], p: str, year: int | None) -> _Period | None:
    """The period named by the point with group prefix ``p``.

    ``year`` is used when the point has no year of its own.  Returns None for
    an impossible day (’21. 2. 30.) or a point without any year.
    """
    if g[p + "iy"] is not None:
        day = date(int(g[p + "iy"]), int(g[p + "im"]), int(g[p + "id"]))
        return _Period(day, day, "day", False)
    own = _year_of(g, p)
    y = own if own is not None else year
    if g[p + "nx"] is not None:  # ("익년 2.": the year after the one it is read in)
        y = None if year is None else year + 1
    if y is None:
        return None
    within = g[p + "pv"] is not None  # "상반기 중": some time within it
    if (half := g[p + "h"]) is not None:
        return _months(y, HALVES[half], "half", within)
    if (half := g[p + "hh"]) is not None:
        return _months(y, {**HALVES_HANJA, **HALVES_SYLLABLE}[half.strip()], "half", within)
    if (term := g[p + "t"]) is not None:
        # ("1~2학기", "1·2학기": both terms, the first's start to the last's end)
        last_term = int(g[p + "t2"] or term)
        if last_term < int(term):
            return None
        first = _school_term(y, SEMESTERS[int(term)], "half", within)
        return first._replace(last=_school_term(y, SEMESTERS[last_term], "half", within).last)
    if (holiday := g[p + "tv"]) is not None:
        return _school_term(y, VACATIONS[holiday], "month", True)
    if (school := g[p + "sy"]) is not None:
        return _school_term(y, SCHOOL_YEAR_WORDS[school], "year", within)
    if (quarter := g[p + "q"]) is not None:
        last = int(g[p + "q2"] or quarter)
        if last < int(quarter):
            return None
        return _months(y, (QUARTERS[int(quarter)][0], QUARTERS[last][1]), "quarter", within)
    if (word := g[p + "w"]) is not None:
        part = YEAR_WORDS[word]
        return _months(y, part.months, "year", part.approximate)
    if (month_text := g[p + "m"]) is not None:
        month = int(month_text)
        last = _last_day(y, month)
        if (day_text := g[p + "d"]) is not None:
            if int(day_text) > last:
                return None
            day = date(y, month, int(day_text))
            return _Period(day, day, "day", False)
        if (vague := g[p + "v"]) is not None:
            d1, d2 = VAGUE_PARTS[vague].days
            return _Period(date(y, month, d1), date(y, month, min(d2, last)), "month", True)
        return _Period(date(y, month, 1), date(y, month, last), "month", False)
    if (vague := g[p + "yv"]) is not None:
        months = VAGUE_PARTS[vague].months
        assert months is not None  # the pattern only offers words with months
        return _months(y, months, "year", True)
    return _months(y, (1, 12), "year", False)


def _numeric_end(g: dict[str, Any], start: _Period) -> _Period | None:
    """A range end written as bare numbers, read against the start."""
    if start.precision not in ("day", "month"):
        return None
    y, m = start.first.year, start.first.month
    n1 = int(g["e_n1"])
    if g["e_n2"] is not None:  # month and day
        month, day = n1, int(g["e_n2"])
        if not 1 <= month <= 12 or not 1 <= day <= 31:
            return None
        if (month, day) < (m, start.first.day):
            y += 1
        if day > _last_day(y, month):
            return None
        end = date(y, month, day)
        return _Period(end, end, "day", False)
    if g["e_n1d"] is not None or start.precision == "day":  # a day of the start's month
        if not 1 <= n1 <= 31:
            return None
        if n1 < start.first.day:
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        if n1 > _last_day(y, m):
            return None
        end = date(y, m, n1)
        return _Period(end, end, "day", False)
    if not 1 <= n1 <= 12:  # a month of the start's year
        return None
    if n1 < m:
        y += 1
    return _months(y, (n1, n1), "month", False)


def _bare_year(g: dict[str, Any], start: _Period) -> bool:
    """Whether a range's start is its year alone ("2025" of "2025~2026학년도")."""
    return start.precision == "year" and all(g[k] is None for k in ("s_yn", "s_w", "s_yv", "s_sy"))


def _build(g: dict[str, Any], year: int | None, raw: str) -> DateSpan | None:
    start = _period(g, "s_", year)
    if start is None:
        return None
    end: _Period | None
    if g["end"] is None:
        # a tilde with nothing after it, or 이후/부터: open
        end = None if g["tl"] is not None or g.get("ow") is not None else start
    elif g["e_now"] is not None:
        end = None  # "~현재": until now
    elif g["e_n1"] is not None:
        end = _numeric_end(g, start)
        if end is None:
            return None
    elif g["e_nx"] is not None:
        end = _period(g, "e_", start.first.year)  # ("익년 2.": the year after the start's)
        if end is None or end.last < start.first:
            return None
    elif g["e_iy"] is not None or g["e_yr"] is not None:
        end = _period(g, "e_", None)
        if end is None or end.last < start.first:
            return None
        if g["e_sy"] is not None and _bare_year(g, start):  # ("2025~2026학년도": both)
            start = _school_term(start.first.year, SCHOOL_YEAR_WORDS[g["e_sy"]], "year", False)
    else:  # a point without a year: the start's year, or the next one
        end = _period(g, "e_", start.first.year)
        if end is not None and end.last < start.first:
            end = _period(g, "e_", start.first.year + 1)
        if end is None or end.last < start.first:
            return None
    return DateSpan(
        start=start.first,
        end=None if end is None else end.last,
        precision=start.precision,
        approximate=start.approximate or (end is not None and end.approximate),
        raw=raw,
    )


def _check_year(year: int | None) -> None:
    if year is None:
        return
    if (
        not isinstance(year, int)
        or isinstance(year, bool)
        or not MIN_CONTEXT_YEAR <= year <= MAX_CONTEXT_YEAR
    ):
        raise ValueError(
            f"year must be an int from {MIN_CONTEXT_YEAR} to {MAX_CONTEXT_YEAR}, got {year!r}"
        )


def _nfc(text: str) -> str:
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------- API


def parse_date(text: str, year: int | None = None, *, bare_days: bool = False) -> DateSpan | None:
    """Read one date expression; None if ``text`` is not one.

    The text may be wrapped in parentheses, padded with spaces, end in dots,
    an as-of word (기준, 현재) or one short parenthesized remark such as
    "(3년)" or "(금)", and may start with an as-of word (after a note mark:
    "※ 기준 ’26.5.31."); anything else around the date makes it None (use
    :func:`find_dates` for dates inside a sentence).  ``year`` is the year of
    the report, used only by text without a year of its own.  ``bare_days``: the text
    stands where a date is expected (a 기간 column, a schedule's brackets), so month.day.
    alone ("1.14.", "8.29.~8.31.") is a day of ``year`` (elsewhere "2.5." may be a
    figure).  Text longer
    than :data:`MAX_DATE_CHARS` is None.  Raises ValueError only for a bad
    ``year`` argument, never for the text.

    >>> parse_date("’21. 1. 1. ~ ’23.12.31.(3년)").end
    datetime.date(2023, 12, 31)
    >>> parse_date("’21년 상·하반기").precision
    'half'
    >>> parse_date("-") is None
    True
    >>> parse_date("※ 기준‘2026.05.31.").start
    datetime.date(2026, 5, 31)
    >>> parse_date("24.12.20").start, parse_date("(7~10월)", year=2025).end
    (datetime.date(2024, 12, 20), datetime.date(2025, 10, 31))
    >>> parse_date("1.14.", year=2025, bare_days=True).start
    datetime.date(2025, 1, 14)
    >>> parse_date("8.29.~8.31.", year=2025, bare_days=True).end, parse_date("2.5.", year=2025)
    (datetime.date(2025, 8, 31), None)
    >>> parse_date("’25. 9. 24.(수) 10:00~17:00").end, parse_date("’25. 9. 10:00")
    (datetime.date(2025, 9, 24), None)
    >>> parse_date("26.3월~12월", year=2026).end, parse_date("26.3월~12월")
    (datetime.date(2026, 12, 31), None)
    """
    _check_year(year)
    if not isinstance(text, str) or len(text) > MAX_DATE_CHARS:
        return None
    folded = drop_weekdays(_nfc(text).translate(FOLD_TABLE))[0].strip()
    m = STRICT.fullmatch(folded)
    if m is None and (hours := CLOCK.search(folded)) is not None and hours.start() > 0:
        # (a day and its hours: "’25. 9. 24.(수) 10:00~17:00" is that day)
        m = STRICT.fullmatch(folded[: hours.start()].strip())
        m = m if m is not None and m["s_d"] else None
    if m is not None:
        return _build(m.groupdict(), year, text)
    bare = folded.strip("()[] ")
    if (m := M_RANGE.fullmatch(bare)) is not None:
        return _month_range(m, year, text)
    if bare_days and (m := MD_RANGE.fullmatch(bare) or MD_CELL.fullmatch(bare)):
        return _day_range(m, year, text)  # ("8.29.~8.31.", "1.14." in the report's year)
    if year is not None and BARE_MONTH.match(bare) is not None:
        return _bare_months(bare, year, text)  # ("26.3월~12월": its year's quote mark left out)
    if (m := YMD_BARE.fullmatch(bare)) is not None and int(m["y"]) < YEAR_PIVOT:
        y = expand_year(int(m["y"]))
        if int(m["d"]) > _last_day(y, int(m["m"])):
            return None
        day = date(y, int(m["m"]), int(m["d"]))
        return DateSpan(start=day, end=day, precision="day", raw=text)
    return None


def _bare_months(bare: str, year: int, raw: str) -> DateSpan | None:
    """Months after two-digit years written with no quote mark ("26.3월~12월", as a
    schedule's cell may leave it out), each year within
    :data:`~extract.normalize.vocab.BARE_YEAR_NEAR` of the report's ``year``."""
    span = parse_date(BARE_MONTH.sub(lambda m: QUOTE_MARKS[0] + m["yy"], bare), year=year)
    if span is None or any(
        abs(d.year - year) > BARE_YEAR_NEAR for d in (span.start, span.end) if d is not None
    ):
        return None
    return span.model_copy(update={"raw": raw})


def find_dates(text: str, year: int | None = None, carry: bool = False) -> list[DateSpan]:
    """Every date expression inside ``text``, in order.

    Stricter than :func:`parse_date` about what counts as a date: a bare
    four-digit number ("2020 지속가능한 ...") is a year only as part of a
    range ("2021~2025"), and numbers followed by a counter (23건, 12개, 3명)
    are not dates.  Text without a year uses ``year`` and is skipped without
    it; with ``carry``, it uses the year of the last date before it that names
    one ("’24. 7. 열람·공고(7.12.~7.31.)": July 2024), or the year after where that
    would set it wholly before the date an arrow leads from ("’25. 12. 착수 → 3월 준공":
    March 2026).
    ``raw`` is the matched text (after NFC normalization).  Runs in linear time.

    >>> [s.raw for s in find_dates("○ 사업 수행(’21. 4.~11.) 및 평가(12월)")]
    ['’21. 4.~11.']
    >>> [s.raw for s in find_dates("○ 사업 수행(’21. 4.~11.) 및 평가(12월)", year=2024)]
    ['’21. 4.~11.', '12월']
    >>> [str(s.start) for s in find_dates("’24. 7. 공고(7.12.~7.31.)", year=2025, carry=True)]
    ['2024-07-01', '2024-07-12']
    """
    _check_year(year)
    if not isinstance(text, str):
        return []
    text = _nfc(text)
    folded, where = drop_weekdays(text.translate(FOLD_TABLE))

    def printed(start: int, end: int) -> str:
        # a weekday cut right after the date is part of it as printed ("12.31.(화)")
        return text[where[start] : where[end]] if end > start else ""
    # each candidate: where it stands, how to read it in a year, the year it names itself
    # (a term of the school year without a year of its own is of the report's 학년도, not
    # of the last date before it: "’26. 12.~’27. 2. : 겨울방학 중 공사" is 2026's 겨울방학)
    found: list[tuple[int, int, Callable[[int | None], DateSpan | None], int | None, bool]] = []
    for m in SCAN.finditer(folded):
        g = m.groupdict()
        if g["tl"] is None and g["end"] is None and all(g[k] is None for k in START_MARKS):
            continue  # a bare number such as 2020 is not a date on its own
        if _rate_after(folded, m.end()):
            continue
        raw = printed(m.start(), m.end()).rstrip(" ")
        if factor_month(folded, m.start(), m.end()):
            continue  # ("500천원 × 12월": twelve months of a computation, no December)
        own = _year_of(g, "s_") or (int(g["s_iy"]) if g["s_iy"] else None)
        school = g["s_t"] is not None or g["s_tv"] is not None
        found.append((m.start(), m.end(), partial(_build, g, raw=raw), own, school))
    # the forms without a year of their own, where no other date stands (a month range
    # takes the place of the month it ends with: "(7~10월)", not "10월"); the candidates
    # kept sorted by start, so each overlap is looked up, not scanned for
    starts = [c[0] for c in found]
    for pattern, read in ((M_RANGE, _month_range), (M_DOT_RANGE, _month_range),
                          (MD_RANGE, _day_range), (MD_DAY, _day_range)):  # fmt: skip
        for m in pattern.finditer(folded):
            lo = bisect.bisect_left(starts, m.start())
            hi = bisect.bisect_left(starts, m.end())
            before = found[lo - 1] if lo else None
            if (before is not None and before[1] > m.start()) or (
                hi > lo and read is not _month_range
            ):
                continue  # another date stands there
            raw = printed(m.start(), m.end())
            found[lo:hi] = [(m.start(), m.end(), partial(read, m, raw=raw), None, False)]
            starts[lo:hi] = [m.start()]
    out: list[DateSpan] = []
    context = year
    named = False  # (whether ``context`` is a year a date before named)
    last = 0  # (where the last date read ends)
    for at, to, read_in, own, school in found:
        carried = own is None and carry and not school and context is not None
        span = read_in(own if own is not None else (context if carried else year))
        step = carried and named and any(mark in folded[last:at] for mark in SEQUENCE_MARKS)
        # (not the point a figure is compared with: "’25. 11. 기준 … → 3월 대비 15% 감소")
        step = step and not folded[to : to + COMPARED_REACH].lstrip().startswith(COMPARED_WORDS)
        if step and span is not None and (span.end or span.start) < out[-1].start:
            # (a step after the dated one an arrow leads from, wholly before it in that
            # one's year: "’25. 10.~12. → 착공(3월)" is March of the year after; not a
            # figure's date, "(’24.12.) … 3분기 기준 98%", 2024's)
            later = read_in(context + 1) if context is not None else None
            if later is not None:
                span, context = later, context + 1 if context is not None else None
        if span is not None:
            out.append(span)
            last = to
            if own is not None and carry:
                # (a fiscal year is what a plan is for, not when: "’26년도 성과계획서
                # 작성(8월)" is August of the report's year)
                fiscal = FISCAL.search(span.raw) is not None
                context = year if fiscal else (span.end or span.start).year
                named = not fiscal
    return out


def _rate_after(text: str, i: int) -> bool:
    """Whether the figure at ``i`` goes on into a percentage: then what looked like a date
    before it was a closing quote before a rate ("경험‘ 39.5%", "‘쇼핑’ 59%"), no year."""
    n = len(text)
    while i < n and text[i].isdigit():
        i += 1
    if i + 1 < n and text[i] == "." and text[i + 1].isdigit():
        i += 1
        while i < n and text[i].isdigit():
            i += 1
    if i < n and text[i] == " ":
        i += 1
    return i < n and text[i] == "%"


def _month_range(m: re.Match[str], year: int | None, raw: str) -> DateSpan | None:
    """Months of ``year``, the month word written once ("7~10월"; the end in the next
    year if it comes before the start: "11~2월")."""
    if year is None:
        return None
    m1, m2 = int(m["m1"]), int(m["m2"])
    y2 = year + 1 if m2 < m1 else year
    return DateSpan(start=date(year, m1, 1), end=date(y2, m2, _last_day(y2, m2)),
                    precision="month", raw=raw)  # fmt: skip


def _day_range(m: re.Match[str], year: int | None, raw: str) -> DateSpan | None:
    """A month.day. ~ month.day. range in ``year`` (the end in the next year if it
    comes before the start: "12.26.~1.3."), or one month.day. alone."""
    if year is None:
        return None
    groups = m.groupdict()
    m1, d1 = int(m["m1"]), int(m["d1"])
    if groups.get("d2") is None:
        if d1 > _last_day(year, m1):
            return None
        return DateSpan(start=date(year, m1, d1), end=date(year, m1, d1), precision="day",
                        raw=raw)  # fmt: skip
    d2 = int(m["d2"])
    m2 = int(m["m2"]) if m["m2"] else m1
    if not m["m2"] and d2 <= d1:
        return None  # "5.2.~4.": a later day of the month, or not this form
    if d1 > _last_day(year, m1):
        return None
    start = date(year, m1, d1)
    y2 = year + 1 if (m2, d2) < (m1, d1) else year
    if d2 > _last_day(y2, m2):
        return None
    return DateSpan(start=start, end=date(y2, m2, d2), precision="day", raw=raw)
