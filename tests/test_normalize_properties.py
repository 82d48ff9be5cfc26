"""Properties: parse(format(x)) == x in every writing style, and no input ever raises.

The formatters below write a random period or amount the way reports do
(apostrophe or four-digit years, spaces or not, trailing dots, 년/월 words,
tilde variants; commas, △, table units, 억/만 combinations).  The expected
value comes from the drawn numbers, never from the parser.
"""

from __future__ import annotations

import calendar
import time
from collections.abc import Callable
from datetime import date
from typing import Any, NamedTuple

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.normalize import (
    Count,
    DateSpan,
    find_dates,
    parse_count,
    parse_date,
    parse_money,
    parse_percent,
    parse_unit,
)
from extract.normalize.vocab import QUOTE_MARKS, TILDES, UNITS
from tests.profiles import examples

SETTINGS = settings(
    max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


class Expected(NamedTuple):
    start: date
    end: date | None
    precision: str
    approximate: bool


# ---------------------------------------------------------------- date formatter


@st.composite
def year_text(draw: st.DrawFn, year: int) -> str:
    """’21, ‘ 21 or 2021."""
    if 1970 <= year <= 2069 and draw(st.booleans()):
        mark = draw(st.sampled_from(QUOTE_MARKS))
        return f"{mark}{draw(st.sampled_from(['', ' ']))}{year % 100:02d}"
    return str(year)


SP = st.sampled_from(["", " "])


@st.composite
def month_text(draw: st.DrawFn, year_part: str, month: int, *, with_day: int | None) -> str:
    """A year and month (and day) in one of the report styles."""
    m = f"{month:02d}" if draw(st.booleans()) and month < 10 else str(month)
    style = draw(st.sampled_from(["dots", "words", "dot-month-word"]))
    if style == "words" or (style == "dot-month-word" and with_day is None):
        sep = draw(SP)
        head = f"{year_part}년{sep}{m}월" if style == "words" else f"{year_part}.{sep}{m}월"
        if with_day is None:
            return head
        return f"{head}{draw(SP)}{with_day}일"
    sep = draw(SP)
    text = f"{year_part}.{sep}{m}"
    if with_day is not None:
        text += f".{draw(SP)}{with_day}"
    return text + draw(st.sampled_from([".", ""]))


class Drawn(NamedTuple):
    text: str
    expected: Expected
    needs_year: int | None  # the year= to pass (text without a year of its own)


YEARS = st.integers(1970, 2069)


@st.composite
def month_or_day_point(draw: st.DrawFn) -> tuple[str, date, date, str]:
    year = draw(YEARS)
    month = draw(st.integers(1, 12))
    if draw(st.booleans()):
        day = draw(st.integers(1, last_day(year, month)))
        text = draw(month_text(draw(year_text(year)), month, with_day=day))
        return text, date(year, month, day), date(year, month, day), "day"
    text = draw(month_text(draw(year_text(year)), month, with_day=None))
    return text, date(year, month, 1), date(year, month, last_day(year, month)), "month"


@st.composite
def single_dates(draw: st.DrawFn) -> Drawn:
    text, first, last, precision = draw(month_or_day_point())
    return Drawn(text, Expected(first, last, precision, False), None)


@st.composite
def ranges(draw: st.DrawFn) -> Drawn:
    """A start, a tilde, and an end written in full or shortened (year, month left out)."""
    text, first, _, precision = draw(month_or_day_point())
    tilde = f"{draw(SP)}{draw(st.sampled_from(TILDES))}{draw(SP)}"
    if draw(st.integers(0, 4)) == 0:
        return Drawn(text + tilde.rstrip(), Expected(first, None, precision, False), None)
    if precision == "day" and draw(st.booleans()):  # a day range: ’22.10.12~17
        day = draw(st.integers(first.day, last_day(first.year, first.month)))
        end = date(first.year, first.month, day)
        return Drawn(f"{text}{tilde}{day}", Expected(first, end, precision, False), None)
    if precision == "month" and draw(st.booleans()):  # the end's year left out: ’21. 4.~12.
        month = draw(st.integers(first.month, 12))
        end_text = f"{month}{draw(st.sampled_from(['.', '월', '']))}"
        end = date(first.year, month, last_day(first.year, month))
        return Drawn(f"{text}{tilde}{end_text}", Expected(first, end, precision, False), None)
    end_text, _, end, _ = draw(
        month_or_day_point().filter(lambda p: p[2] >= first and p[2].year <= first.year + 30)
    )
    return Drawn(f"{text}{tilde}{end_text}", Expected(first, end, precision, False), None)


HALF_WORDS = {"상반기": (1, 6), "하반기": (7, 12), "상·하반기": (1, 12)}
VAGUE_DAYS = {"초": (1, 10), "중순": (11, 20), "하순": (21, 31), "말": (21, 31), "중": (1, 31)}


@st.composite
def year_parts(draw: st.DrawFn) -> Drawn:
    """Years, year spans, halves, quarters and vague parts, with or without a year."""
    year = draw(YEARS)
    y = draw(year_text(year))
    kind = draw(st.sampled_from(["year", "span", "half", "quarter", "vague"]))
    with_year = draw(st.booleans())
    if kind == "year":
        text = f"{y}년" if y[0].isdigit() or draw(st.booleans()) else y
        return Drawn(text, Expected(date(year, 1, 1), date(year, 12, 31), "year", False), None)
    if kind == "span":
        end_year = draw(st.integers(year, 2069))
        word = draw(st.sampled_from(["년", ""]))
        text = f"{y}{word}{draw(st.sampled_from(TILDES))}{draw(year_text(end_year))}{word}"
        return Drawn(
            text, Expected(date(year, 1, 1), date(end_year, 12, 31), "year", False), None
        )
    if kind == "half":
        word = draw(st.sampled_from(sorted(HALF_WORDS)))
        m1, m2 = HALF_WORDS[word]
        text = f"{y}년{draw(SP)}{word}" if with_year else word
        expected = Expected(date(year, m1, 1), date(year, m2, last_day(year, m2)), "half", False)
        return Drawn(text, expected, None if with_year else year)
    if kind == "quarter":
        q = draw(st.integers(1, 4))
        form = draw(st.sampled_from(["{}분기", "{}/4분기", "{}/4 분기"])).format(q)
        text = f"{y}년 {form}" if with_year else form
        m1, m2 = 3 * q - 2, 3 * q
        expected = Expected(
            date(year, m1, 1), date(year, m2, last_day(year, m2)), "quarter", False
        )
        return Drawn(text, expected, None if with_year else year)
    month = draw(st.integers(1, 12))
    word = draw(st.sampled_from(sorted(VAGUE_DAYS)))
    d1, d2 = VAGUE_DAYS[word]
    month_part = f"{month}월{draw(SP)}{word}"
    text = f"{y}.{draw(SP)}{month_part}" if with_year else month_part
    expected = Expected(
        date(year, month, d1), date(year, month, min(d2, last_day(year, month))), "month", True
    )
    return Drawn(text, expected, None if with_year else year)


def _check(drawn: Drawn) -> None:
    span = parse_date(drawn.text, year=drawn.needs_year)
    assert span is not None, drawn.text
    assert (span.start, span.end, span.precision, span.approximate) == drawn.expected, drawn.text
    assert span.raw == drawn.text
    # the same text inside a sentence is found, with the same meaning
    found = find_dates(f"○ 추진 : {drawn.text} 완료", year=drawn.needs_year)
    assert [(s.start, s.end, s.precision, s.approximate) for s in found] == [drawn.expected]
    if drawn.needs_year is not None:
        assert parse_date(drawn.text) is None  # no year, no guess


@SETTINGS
@given(single_dates())
def test_single_dates_round_trip(drawn: Drawn) -> None:
    _check(drawn)


@SETTINGS
@given(ranges())
def test_ranges_round_trip(drawn: Drawn) -> None:
    _check(drawn)


@SETTINGS
@given(year_parts())
def test_year_parts_round_trip(drawn: Drawn) -> None:
    _check(drawn)


# ---------------------------------------------------------------- amount formatter


def with_commas(n: int) -> str:
    return f"{n:,}"


NEGATIVE = st.sampled_from(["△", "▽", "-", "△ ", "−"])


@st.composite
def table_figures(draw: st.DrawFn) -> tuple[str, str, int]:
    """A plain figure under a table unit: ("△4,774", "백만원", -4774000000)."""
    unit = draw(st.sampled_from(sorted(UNITS)))
    figure = draw(st.integers(0, 10**12))
    text = with_commas(figure) if draw(st.booleans()) else str(figure)
    won = figure * UNITS[unit]
    sign = draw(st.sampled_from(["", "", "neg", "paren"]))
    if sign == "neg":
        text, won = draw(NEGATIVE) + text, -won
    elif sign == "paren":
        text, won = f"({text})", -won
    return text, unit, won


def korean_group(n: int, style: str) -> str:
    """One group of four digits (1..9999): "2,345", "2345" or "2천3백4십5"."""
    if style == "digits":
        return str(n)
    if style == "commas":
        return with_commas(n)
    parts = []
    for value, word in ((1000, "천"), (100, "백"), (10, "십")):
        if n >= value:
            parts.append(f"{n // value}{word}")
            n %= value
    if n:
        parts.append(str(n))
    return "".join(parts)


@st.composite
def korean_amounts(draw: st.DrawFn) -> tuple[str, int]:
    """An amount with its units on the figure: "1조 2,345억원", "3천5백만원", "50억 원"."""
    won = draw(st.integers(1, 10**16 - 1))
    groups = [(won // 10**12, "조"), (won // 10**8 % 10**4, "억"), (won // 10**4 % 10**4, "만")]
    rest = won % 10**4
    pieces = []
    for n, word in groups:
        if n:
            n_text = korean_group(n, draw(st.sampled_from(["digits", "commas", "words"])))
            pieces.append(f"{n_text}{word}")
    if rest:
        pieces.append(korean_group(rest, draw(st.sampled_from(["digits", "commas", "words"]))))
    text = "".join(f"{draw(SP)}{p}" if i else p for i, p in enumerate(pieces))
    if rest or draw(st.booleans()):  # 원 may be left out only after 만/억/조
        text += f"{draw(SP)}원"
    if draw(st.booleans()):
        return draw(NEGATIVE) + text, -won
    return text, won


@st.composite
def decimal_eok(draw: st.DrawFn) -> tuple[str, int]:
    """Decimals of 억: "12.03억원" is exactly 1,203,000,000."""
    places = draw(st.integers(1, 4))
    mantissa = draw(st.integers(1, 10**8))
    whole, frac = divmod(mantissa, 10**places)
    text = f"{with_commas(whole)}.{frac:0{places}d}억{draw(st.sampled_from(['원', ' 원', '']))}"
    return text, mantissa * 10 ** (8 - places)


@SETTINGS
@given(table_figures())
def test_table_figures_round_trip(case: tuple[str, str, int]) -> None:
    text, unit, won = case
    result = parse_money(text, unit=unit)
    assert result == won
    assert type(result) is int


@SETTINGS
@given(korean_amounts())
def test_korean_amounts_round_trip(case: tuple[str, int]) -> None:
    text, won = case
    result = parse_money(text)
    assert result == won, text
    assert type(result) is int
    assert parse_money(text, unit="천원") == won  # the figure's own unit wins


@SETTINGS
@given(decimal_eok())
def test_decimal_eok_round_trip(case: tuple[str, int]) -> None:
    text, won = case
    result = parse_money(text)
    assert result == won, text
    assert type(result) is int


@SETTINGS
@given(st.integers(-(10**9), 10**9), st.integers(0, 3), st.sampled_from(["%", " %", ""]))
def test_percent_round_trip(hundredths: int, places: int, sign: str) -> None:
    value = hundredths / 10**places
    text = f"{abs(value):,.{places}f}{sign}"
    if value < 0:
        text = "△" + text
    assert parse_percent(text) == float(f"{value:.{places}f}")


@SETTINGS
@given(st.integers(0, 10**12), st.sampled_from(["명", "개동", "건", "㎡", "년", "개소", "회"]))
def test_count_round_trip(value: int, unit: str) -> None:
    assert parse_count(f"{value:,}{unit}") == Count(value=value, unit=unit)


# ---------------------------------------------------------------- never raise

ALPHABET = (
    "0123456789 .,~-∼〜～–—－()[]/:%△▽▼+’‘'′`＇년도월일분기상하반전후연중초말순경현재기준"
    "억만천백십조원USD명개동건㎡\u00a0\u3000\n·ㆍ０１２"
)
TEXTS = st.one_of(st.text(max_size=80), st.text(alphabet=ALPHABET, max_size=80))
YEAR_ARGS = st.one_of(st.none(), st.integers(1900, 2099))


@settings(max_examples=examples(400), deadline=None)
@given(TEXTS, YEAR_ARGS)
def test_dates_never_raise(text: str, year: int | None) -> None:
    span = parse_date(text, year=year)
    assert span is None or (isinstance(span, DateSpan) and span.raw == text)
    for found in find_dates(text, year=year):
        assert isinstance(found, DateSpan)
        assert found.raw and found.raw in text
        assert found.end is None or found.end >= found.start


@settings(max_examples=examples(400), deadline=None)
@given(TEXTS, st.sampled_from([None, *sorted(UNITS)]))
def test_amounts_never_raise(text: str, unit: str | None) -> None:
    won = parse_money(text, unit=unit)
    assert won is None or type(won) is int
    percent = parse_percent(text)
    assert percent is None or type(percent) is float
    count = parse_count(text)
    assert count is None or isinstance(count, Count)
    declared = parse_unit(text)
    assert declared is None or declared in UNITS


# ---------------------------------------------------------------- hostile input, linear time

HOSTILE = [
    "1" * 1_000_000,
    "’21. " * 200_000,  # 200,000 dates: too many to find quickly (see DENSE)
    "’2" * 500_000,
    "~" * 1_000_000,
    "1 " * 500_000,
    "1,0" * 333_333,
    "(" * 1_000_000,
    "가" * 1_000_000,
    "1억" * 500_000,
    "△" * 1_000_000,
    "단위" * 500_000,
    "3월~" * 20_000 + "x" * 900_000,
]

FUNCTIONS: list[Callable[[str], Any]] = [
    parse_date,
    parse_money,
    parse_percent,
    parse_count,
    parse_unit,
    lambda s: parse_money(s, unit="천원"),
]


# text full of dates: find_dates costs about 10 µs per date found
DENSE = [
    "’21. " * 20_000, "3월" * 20_000, "’21. 3.~’2" * 10_000, "2021-" * 20_000,
    "1~2월 " * 8_000, "(4.18.)" * 8_000, "(4.1.~6.30.) " * 5_000,  # the forms looked up after
]  # fmt: skip


def test_hostile_input_is_fast() -> None:
    # (the CPU time of this process, not the clock: a loaded machine, other tests running
    # beside, does not make the bound fail; backtracking gone wrong takes minutes)
    for text in HOSTILE:
        for fn in FUNCTIONS:
            t0 = time.process_time()
            fn(text)
            assert time.process_time() - t0 < 0.05, (text[:10], fn)
    for text in [HOSTILE[0], HOSTILE[3], HOSTILE[6], HOSTILE[7], HOSTILE[-1], *DENSE]:
        t0 = time.process_time()
        find_dates(text, year=2021)
        assert time.process_time() - t0 < 2.0, text[:10]
