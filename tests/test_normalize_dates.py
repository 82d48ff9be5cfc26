"""Korean administrative dates: every form the reports use, expected values by hand."""

from __future__ import annotations

import doctest
from datetime import date
from types import ModuleType

import pytest
from pydantic import ValidationError

import extract.normalize as normalize_pkg
from extract.normalize import DateSpan, expand_year, find_dates, parse_date
from extract.normalize import dates as dates_mod
from extract.normalize import money as money_mod
from extract.normalize import vocab as vocab_mod
from extract.normalize.vocab import (
    HALVES,
    MIDDLE_DOTS,
    NOW_WORDS,
    QUARTERS,
    QUOTE_MARKS,
    RANGE_DASHES,
    RECURRENCE_WORDS,
    SEMESTERS,
    TILDES,
    VACATIONS,
    VAGUE_PARTS,
    YEAR_WORDS,
)
from extract.normalize.when import bare_year_date, recurring_date

D = date

# text, year=, start, end, precision, approximate
CASES: list[tuple[str, int | None, date, date | None, str, bool]] = [
    # the API examples
    ("’21. 4.~12.", None, D(2021, 4, 1), D(2021, 12, 31), "month", False),
    ("1월~3월", 2021, D(2021, 1, 1), D(2021, 3, 31), "month", False),
    ("’21.6월~", None, D(2021, 6, 1), None, "month", False),
    # single months, every spelling
    ("’21. 3.", None, D(2021, 3, 1), D(2021, 3, 31), "month", False),
    ("’21.3.", None, D(2021, 3, 1), D(2021, 3, 31), "month", False),
    ("’21.3", None, D(2021, 3, 1), D(2021, 3, 31), "month", False),
    ("2021. 3.", None, D(2021, 3, 1), D(2021, 3, 31), "month", False),
    ("2021년 3월", None, D(2021, 3, 1), D(2021, 3, 31), "month", False),
    ("2021년3월", None, D(2021, 3, 1), D(2021, 3, 31), "month", False),
    ("’21.3월", None, D(2021, 3, 1), D(2021, 3, 31), "month", False),
    ("’21. 3월", None, D(2021, 3, 1), D(2021, 3, 31), "month", False),
    ("’21년 2월", None, D(2021, 2, 1), D(2021, 2, 28), "month", False),
    # a two-digit year without its quote mark, where 년 and a month or half say it is one
    ("26년 3월", None, D(2026, 3, 1), D(2026, 3, 31), "month", False),
    ("26년 3월~6월", None, D(2026, 3, 1), D(2026, 6, 30), "month", False),
    ("25년 하반기", None, D(2025, 7, 1), D(2025, 12, 31), "half", False),
    ("26.下", None, D(2026, 7, 1), D(2026, 12, 31), "half", False),
    ("’20.03.", None, D(2020, 3, 1), D(2020, 3, 31), "month", False),
    ("’15.12.", None, D(2015, 12, 1), D(2015, 12, 31), "month", False),
    ("’20. 2.", None, D(2020, 2, 1), D(2020, 2, 29), "month", False),  # leap year
    ("(’21.1월 현재)", None, D(2021, 1, 1), D(2021, 1, 31), "month", False),
    # days
    ("’21. 1. 31.", None, D(2021, 1, 31), D(2021, 1, 31), "day", False),
    ("2020. 12. 24.", None, D(2020, 12, 24), D(2020, 12, 24), "day", False),
    ("’21.1.7.", None, D(2021, 1, 7), D(2021, 1, 7), "day", False),
    ("2020.11.10.", None, D(2020, 11, 10), D(2020, 11, 10), "day", False),
    ("’20.12.28.", None, D(2020, 12, 28), D(2020, 12, 28), "day", False),
    ("’20.10.15.", None, D(2020, 10, 15), D(2020, 10, 15), "day", False),
    ("’20.12. 9.", None, D(2020, 12, 9), D(2020, 12, 9), "day", False),
    ("‘20. 11.18.", None, D(2020, 11, 18), D(2020, 11, 18), "day", False),
    ("’21. 2. 5.", None, D(2021, 2, 5), D(2021, 2, 5), "day", False),
    ("2021년 3월 5일", None, D(2021, 3, 5), D(2021, 3, 5), "day", False),
    ("2021-03-12", None, D(2021, 3, 12), D(2021, 3, 12), "day", False),
    ("(’21. 1. 31. 기준)", None, D(2021, 1, 31), D(2021, 1, 31), "day", False),
    ("’21. 3. 5.(금)", None, D(2021, 3, 5), D(2021, 3, 5), "day", False),
    ("’24. 2. 29.", None, D(2024, 2, 29), D(2024, 2, 29), "day", False),
    # ranges: the end takes the start's year (and month, for days)
    ("’21. 4.~ ’22. 2.", None, D(2021, 4, 1), D(2022, 2, 28), "month", False),
    ("’20.10.~11.", None, D(2020, 10, 1), D(2020, 11, 30), "month", False),
    ("’21. 1. ~12.", None, D(2021, 1, 1), D(2021, 12, 31), "month", False),
    # a weekday in brackets after each day of a range (환경물정책실's 감사 기간)
    ("‘24.12.30.(월) ~ 12.31.(화)", None, D(2024, 12, 30), D(2024, 12, 31), "day", False),
    ("’25. 3. 5.(수)~3. 7.(금)", None, D(2025, 3, 5), D(2025, 3, 7), "day", False),
    ("’21. 5.~ 6.", None, D(2021, 5, 1), D(2021, 6, 30), "month", False),
    ("’21. 4.~ ’21.12.", None, D(2021, 4, 1), D(2021, 12, 31), "month", False),
    ("’20. 3. ~ ’21.12.", None, D(2020, 3, 1), D(2021, 12, 31), "month", False),
    ("’17. 7. ~ ’25. 4.", None, D(2017, 7, 1), D(2025, 4, 30), "month", False),
    ("’21. 1월 ~ ’21. 3월", None, D(2021, 1, 1), D(2021, 3, 31), "month", False),
    ("’21. 3월~12월", None, D(2021, 3, 1), D(2021, 12, 31), "month", False),
    ("’21. 1.~12. 31.", None, D(2021, 1, 1), D(2021, 12, 31), "month", False),
    ("’22.10.12∼17", None, D(2022, 10, 12), D(2022, 10, 17), "day", False),
    ("’22.10.12~17.", None, D(2022, 10, 12), D(2022, 10, 17), "day", False),
    ("’20. 6. 10.∼’22. 6.", None, D(2020, 6, 10), D(2022, 6, 30), "day", False),
    ("’21. 1. 1. ~ ’23.12.31.", None, D(2021, 1, 1), D(2023, 12, 31), "day", False),
    ("’21. 1. 1. ~ ’23.12.31.(3년)", None, D(2021, 1, 1), D(2023, 12, 31), "day", False),
    ("’21. 1. 1 ~ ’23.12.31(3년)", None, D(2021, 1, 1), D(2023, 12, 31), "day", False),
    ("’21. 1. 1. ~‘23.12.31.(3년)", None, D(2021, 1, 1), D(2023, 12, 31), "day", False),
    ("2021. 1. 1. ~ 2023.12.31.", None, D(2021, 1, 1), D(2023, 12, 31), "day", False),
    ("’21. 3. 10.~ 4. 15.", None, D(2021, 3, 10), D(2021, 4, 15), "day", False),
    ("3월 10일~15일", 2021, D(2021, 3, 10), D(2021, 3, 15), "day", False),
    ("’21. 4.-12.", None, D(2021, 4, 1), D(2021, 12, 31), "month", False),
    ("2021-2025", None, D(2021, 1, 1), D(2025, 12, 31), "year", False),
    ("2021–2025", None, D(2021, 1, 1), D(2025, 12, 31), "year", False),
    # a yearless end before the start is next year (next month for a day)
    ("’21. 11.~2.", None, D(2021, 11, 1), D(2022, 2, 28), "month", False),
    ("’21.11월~3월", None, D(2021, 11, 1), D(2022, 3, 31), "month", False),
    ("’22.10.28~3", None, D(2022, 10, 28), D(2022, 11, 3), "day", False),
    ("’22.12.28~3", None, D(2022, 12, 28), D(2023, 1, 3), "day", False),
    ("11월~2월", 2021, D(2021, 11, 1), D(2022, 2, 28), "month", False),
    # a year, then months or days with the month or day word written once
    ("2026년 3~4월", None, D(2026, 3, 1), D(2026, 4, 30), "month", False),
    ("2026년 7~12월", None, D(2026, 7, 1), D(2026, 12, 31), "month", False),
    ("2026년 3 ~ 11월", None, D(2026, 3, 1), D(2026, 11, 30), "month", False),
    ("’26년 11~2월", None, D(2026, 11, 1), D(2027, 2, 28), "month", False),
    ("2026년 3월 2~5일", None, D(2026, 3, 2), D(2026, 3, 5), "day", False),
    ("’26. 3월 30 ~ 2일", None, D(2026, 3, 30), D(2026, 4, 2), "day", False),
    ("3월 2~5일", 2026, D(2026, 3, 2), D(2026, 3, 5), "day", False),
    ("’21년 하반기~상반기", None, D(2021, 7, 1), D(2022, 6, 30), "half", False),
    # open ranges
    ("2021. 2.~", None, D(2021, 2, 1), None, "month", False),
    ("’21. 3월~", None, D(2021, 3, 1), None, "month", False),
    ("’21.3월~", None, D(2021, 3, 1), None, "month", False),
    ("’21년 상반기 ~", None, D(2021, 1, 1), None, "half", False),
    ("(’21. 1.~)", None, D(2021, 1, 1), None, "month", False),
    ("(’20.12월~)", None, D(2020, 12, 1), None, "month", False),
    ("(2015. 5.~)", None, D(2015, 5, 1), None, "month", False),
    ("’21년 1월~", None, D(2021, 1, 1), None, "month", False),
    ("(‘15년~", None, D(2015, 1, 1), None, "year", False),
    ("2018~현재", None, D(2018, 1, 1), None, "year", False),
    # 이후 and 부터 after a date leave it open, as a tilde does (OPEN_WORDS)
    ("’26.이후", None, D(2026, 1, 1), None, "year", False),
    ("2020년부터", None, D(2020, 1, 1), None, "year", False),
    ("’25. 3월 이후", None, D(2025, 3, 1), None, "month", False),
    ("3월~", 2021, D(2021, 3, 1), None, "month", False),
    # "현재" after a date is an as-of remark, not an open end
    ("2018~2020.10.현재", None, D(2018, 1, 1), D(2020, 10, 31), "year", False),
    # halves, quarters, the whole year
    ("’21년 상반기", None, D(2021, 1, 1), D(2021, 6, 30), "half", False),
    ("’21년 하반기", None, D(2021, 7, 1), D(2021, 12, 31), "half", False),
    ("’21 하반기", None, D(2021, 7, 1), D(2021, 12, 31), "half", False),
    ("2021년 상반기", None, D(2021, 1, 1), D(2021, 6, 30), "half", False),
    ("하반기", 2021, D(2021, 7, 1), D(2021, 12, 31), "half", False),
    ("(하반기)", 2021, D(2021, 7, 1), D(2021, 12, 31), "half", False),
    ("’21년 상·하반기", None, D(2021, 1, 1), D(2021, 12, 31), "half", False),
    ("상·하반기", 2022, D(2022, 1, 1), D(2022, 12, 31), "half", False),
    ("1분기", 2021, D(2021, 1, 1), D(2021, 3, 31), "quarter", False),
    ("2/4분기", 2021, D(2021, 4, 1), D(2021, 6, 30), "quarter", False),
    ("4/4 분기", 2021, D(2021, 10, 1), D(2021, 12, 31), "quarter", False),
    ("3사분기", 2021, D(2021, 7, 1), D(2021, 9, 30), "quarter", False),
    ("1/4분기~3/4분기", 2021, D(2021, 1, 1), D(2021, 9, 30), "quarter", False),
    ("’21년 1/4분기", None, D(2021, 1, 1), D(2021, 3, 31), "quarter", False),
    ("’21년 2분기~’22년 1분기", None, D(2021, 4, 1), D(2022, 3, 31), "quarter", False),
    # quarters written as one range ("1~2분기"), and a half or quarter "중" (within it)
    ("’25년 1~2분기", None, D(2025, 1, 1), D(2025, 6, 30), "quarter", False),
    ("1/4~2/4분기", 2025, D(2025, 1, 1), D(2025, 6, 30), "quarter", False),
    ("’25. 3~4분기 중", None, D(2025, 7, 1), D(2025, 12, 31), "quarter", True),
    ("4/4분기 중", 2025, D(2025, 10, 1), D(2025, 12, 31), "quarter", True),
    ("’25. 상반기 중", None, D(2025, 1, 1), D(2025, 6, 30), "half", True),
    ("’25. 하반기내", None, D(2025, 7, 1), D(2025, 12, 31), "half", True),
    # terms of the school year (학년도 runs from March): 2학기 ends in the next February
    ("1학기", 2026, D(2026, 3, 1), D(2026, 8, 31), "half", False),
    ("제2학기", 2026, D(2026, 9, 1), D(2027, 2, 28), "half", False),
    ("2027학년도 2학기", None, D(2027, 9, 1), D(2028, 2, 29), "half", False),
    ("’26학년도 1학기 중", None, D(2026, 3, 1), D(2026, 8, 31), "half", True),
    ("1학기~2학기", 2026, D(2026, 3, 1), D(2027, 2, 28), "half", False),
    ("1~2학기", 2026, D(2026, 3, 1), D(2027, 2, 28), "half", False),
    ("1·2학기", 2026, D(2026, 3, 1), D(2027, 2, 28), "half", False),
    ("여름방학 중", 2026, D(2026, 7, 1), D(2026, 8, 31), "month", True),
    ("겨울 방학", 2026, D(2026, 12, 1), D(2027, 2, 28), "month", True),
    ("연중", 2021, D(2021, 1, 1), D(2021, 12, 31), "year", False),
    ("연말", 2021, D(2021, 10, 1), D(2021, 12, 31), "year", True),
    ("연초", 2021, D(2021, 1, 1), D(2021, 3, 31), "year", True),
    ("’21년 연중", None, D(2021, 1, 1), D(2021, 12, 31), "year", False),
    # vague parts: approximate, narrowed
    ("’26년 초", None, D(2026, 1, 1), D(2026, 3, 31), "year", True),
    ("’21년말", None, D(2021, 10, 1), D(2021, 12, 31), "year", True),
    ("’21. 2월말", None, D(2021, 2, 21), D(2021, 2, 28), "month", True),
    ("2월 말", 2021, D(2021, 2, 21), D(2021, 2, 28), "month", True),
    ("2월 말", 2024, D(2024, 2, 21), D(2024, 2, 29), "month", True),
    ("’21. 3월 중순", None, D(2021, 3, 11), D(2021, 3, 20), "month", True),
    ("’21. 3월 상순", None, D(2021, 3, 1), D(2021, 3, 10), "month", True),
    ("’21. 3월 초순", None, D(2021, 3, 1), D(2021, 3, 10), "month", True),
    ("’21. 4월 하순", None, D(2021, 4, 21), D(2021, 4, 30), "month", True),
    ("’21. 10월중", None, D(2021, 10, 1), D(2021, 10, 31), "month", True),
    ("’20. 11월 말", None, D(2020, 11, 21), D(2020, 11, 30), "month", True),
    ("(’19. 7월)", None, D(2019, 7, 1), D(2019, 7, 31), "month", False),
    ("’21. 3월경", None, D(2021, 3, 1), D(2021, 3, 31), "month", True),
    ("’21. 3월 말경", None, D(2021, 3, 21), D(2021, 3, 31), "month", True),
    ("’24. 1.~ ’26년 초", None, D(2024, 1, 1), D(2026, 3, 31), "month", True),
    # years and year spans
    ("2021~2025", None, D(2021, 1, 1), D(2025, 12, 31), "year", False),
    ("’20년~’24년", None, D(2020, 1, 1), D(2024, 12, 31), "year", False),
    ("’16년~’17년", None, D(2016, 1, 1), D(2017, 12, 31), "year", False),
    ("’15년", None, D(2015, 1, 1), D(2015, 12, 31), "year", False),
    ("2021년", None, D(2021, 1, 1), D(2021, 12, 31), "year", False),
    ("2021년도", None, D(2021, 1, 1), D(2021, 12, 31), "year", False),
    ("2021", None, D(2021, 1, 1), D(2021, 12, 31), "year", False),
    ("’21", None, D(2021, 1, 1), D(2021, 12, 31), "year", False),
    # month-only text with the report's year
    ("(1월~3월)", 2021, D(2021, 1, 1), D(2021, 3, 31), "month", False),
    ("(3월)", 2021, D(2021, 3, 1), D(2021, 3, 31), "month", False),
    ("3월~12월", 2021, D(2021, 3, 1), D(2021, 12, 31), "month", False),
    ("(3월~5월)", 2021, D(2021, 3, 1), D(2021, 5, 31), "month", False),
    # an explicit year beats year=
    ("’20. 3.", 2021, D(2020, 3, 1), D(2020, 3, 31), "month", False),
    # a half in hanja after a year, a month in hanja, the month word once for a range
    ("’25.上", None, D(2025, 1, 1), D(2025, 6, 30), "half", False),
    ("’25.상", None, D(2025, 1, 1), D(2025, 6, 30), "half", False),  # one syllable
    ("‘25. 하", None, D(2025, 7, 1), D(2025, 12, 31), "half", False),
    ("’25. 下", None, D(2025, 7, 1), D(2025, 12, 31), "half", False),
    ("(‘24.下~‘25.上)", None, D(2024, 7, 1), D(2025, 6, 30), "half", False),
    ("’25.1月", None, D(2025, 1, 1), D(2025, 1, 31), "month", False),
    ("(7~10월)", 2025, D(2025, 7, 1), D(2025, 10, 31), "month", False),
    ("11~2월", 2025, D(2025, 11, 1), D(2026, 2, 28), "month", False),
    # the read stage's folded forms and raw full-width forms
    ("’２１. ４.～１２.", None, D(2021, 4, 1), D(2021, 12, 31), "month", False),
    ("’21．4．〜12．", None, D(2021, 4, 1), D(2021, 12, 31), "month", False),
    ("’21.\u00a04.~12.", None, D(2021, 4, 1), D(2021, 12, 31), "month", False),
    # padding: spaces, trailing dots
    ("  ’21. 3.  ", None, D(2021, 3, 1), D(2021, 3, 31), "month", False),
    ("’21. 3..", None, D(2021, 3, 1), D(2021, 3, 31), "month", False),
]


@pytest.mark.parametrize(("text", "year", "start", "end", "precision", "approximate"), CASES)
def test_parse_date(
    text: str, year: int | None, start: date, end: date | None, precision: str, approximate: bool
) -> None:
    assert parse_date(text, year=year) == DateSpan(
        start=start, end=end, precision=precision, approximate=approximate, raw=text
    )


NOT_DATES = [
    "",
    " ",
    "-",
    "－",
    "–",
    "~",
    "2021-",  # a dash is a range mark only between two dates
    "1990년대",  # a decade, no year ("1990년대 조성된 신도시")
    "’90년대",
    "21. 3.",  # a two-digit year needs its quote mark
    "’21. 13.",
    "’21. 2. 30.",
    "’23. 2. 29.",
    "2021. 3. 32.",
    "’21. 4.~ ’21. 3.",  # ends before it starts
    "’21. 4.~abc",
    "157,280",
    "157280",
    "2100",
    "1899년",
    "12개",
    "3년",
    "30년 3개월",  # a length: a bare two-digit year needs a month or a half after 년
    "30년 이상",
    "126년 3월",
    "54명",
    "23건",
    "중순",  # a part of which month?
    "반기별",
    "분기별",
    "5분기",
    "2~1분기",  # a range of quarters that ends before it starts
    "1~5분기",
    "자유학기",  # a kind of term, no term of the year
    "11학기",
    "2~1학기",
    "여름방학식",  # a ceremony, no holiday
    "상반기 중점",  # 중 is part of another word
    "’21년 중순",  # 중순 is a part of a month, not of a year
    "사업 수행 : ’21. 4.~11.",  # text around the date: use find_dates
    "’21. 3. 추진",
    "’21. 3.~’21. 5.~’21. 7.",
    "△4,774",
    "28.3%",
    "’21년~12.",  # a year start cannot end in a bare month
    "2021~25",
    "2026년 3~4개월",  # a length, not months
    "2026년 3월 2~5회",
    "’" * 10,
    "’21" + " " * 200,  # longer than MAX_DATE_CHARS
]


@pytest.mark.parametrize("text", NOT_DATES)
@pytest.mark.parametrize("year", [None, 2021])
def test_not_a_date(text: str, year: int | None) -> None:
    assert parse_date(text, year=year) is None


YEARLESS = ["3월", "(1월~3월)", "3월~12월", "상반기", "2/4분기", "연중", "연말", "2월 말"]
YEARLESS += ["1분기~3분기", "3월 10일~15일"]


@pytest.mark.parametrize("text", YEARLESS)
def test_no_year_no_guess(text: str) -> None:
    assert parse_date(text) is None
    assert parse_date(text, year=2021) is not None
    assert find_dates(f"가나다 {text} 라마바") == []


@pytest.mark.parametrize("year", [0, -1, 10_000, True, "2021", 20.5])
def test_bad_year_argument_raises(year: object) -> None:
    with pytest.raises(ValueError):
        parse_date("3월", year=year)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        find_dates("3월", year=year)  # type: ignore[arg-type]


def test_two_digit_year_window() -> None:
    assert [expand_year(y) for y in (0, 21, 69, 70, 99)] == [2000, 2021, 2069, 1970, 1999]
    assert parse_date("’69. 1.") == DateSpan(
        start=D(2069, 1, 1), end=D(2069, 1, 31), precision="month", raw="’69. 1."
    )
    assert parse_date("’70. 1.") == DateSpan(
        start=D(1970, 1, 1), end=D(1970, 1, 31), precision="month", raw="’70. 1."
    )
    span = parse_date("’99.12.~’00. 2.")
    assert span is not None
    assert (span.start, span.end) == (D(1999, 12, 1), D(2000, 2, 29))


def test_datespan_is_frozen_and_checked() -> None:
    span = parse_date("’21. 3.")
    assert span is not None
    with pytest.raises(ValidationError):
        span.start = D(2020, 1, 1)  # type: ignore[misc]
    with pytest.raises(ValidationError):
        DateSpan(start=D(2021, 2, 1), end=D(2021, 1, 1), precision="month", raw="x")
    with pytest.raises(ValidationError):
        DateSpan(start=D(2021, 2, 1), end=None, precision="week", raw="x")


def test_raw_is_the_input_exactly() -> None:
    text = "  (’21. 1.~12.)  "
    span = parse_date(text)
    assert span is not None
    assert span.raw == text


# ---------------------------------------------------------------- the tables, row by row


@pytest.mark.parametrize("mark", QUOTE_MARKS)
def test_every_quote_mark(mark: str) -> None:
    assert parse_date(f"{mark}21. 3.") == DateSpan(
        start=D(2021, 3, 1), end=D(2021, 3, 31), precision="month", raw=f"{mark}21. 3."
    )
    assert parse_date(f"{mark}21. 4.~ {mark}22. 2.") is not None


@pytest.mark.parametrize("tilde", TILDES)
def test_every_tilde(tilde: str) -> None:
    span = parse_date(f"’21. 4.{tilde}12.")
    assert span is not None
    assert (span.start, span.end) == (D(2021, 4, 1), D(2021, 12, 31))
    open_span = parse_date(f"’21. 4.{tilde}")
    assert open_span is not None
    assert open_span.end is None


@pytest.mark.parametrize("dash", RANGE_DASHES)
def test_every_range_dash(dash: str) -> None:
    span = parse_date(f"2021{dash}2025")
    assert span is not None
    assert (span.start, span.end) == (D(2021, 1, 1), D(2025, 12, 31))
    assert parse_date(f"’21. 4.{dash}") is None  # no open range with a dash
    assert parse_date(dash) is None


@pytest.mark.parametrize(("word", "months"), HALVES.items())
def test_every_half(word: str, months: tuple[int, int]) -> None:
    span = parse_date(f"’21년 {word}")
    assert span is not None
    assert (span.start.month, span.end and span.end.month) == months
    assert (span.precision, span.approximate) == ("half", False)
    assert parse_date(word, year=2021) == span.model_copy(update={"raw": word})


@pytest.mark.parametrize(("term", "months"), SEMESTERS.items())
@pytest.mark.parametrize("form", ["{}학기", "{} 학기", "제{}학기", "’26학년도 {}학기"])
def test_every_semester(term: int, months: tuple[int, int], form: str) -> None:
    span = parse_date(form.format(term), year=2026)
    assert span is not None and span.end is not None
    assert (span.start.month, span.end.month) == months
    # a term ending before its first month ends in the next calendar year
    assert span.end.year == 2026 + (months[1] < months[0])
    assert span.precision == "half"


def test_a_term_is_of_the_reports_school_year_not_the_last_date_before_it() -> None:
    """A term without a year of its own names the report's 학년도, even after a range that
    ends in the next year (the last date's year is carried to a month, not to a term)."""
    spans = find_dates("’26. 12. ~ ’27. 2. : 겨울방학 중 공사, 3월 준공", year=2026, carry=True)
    assert [(s.raw, s.start) for s in spans] == [
        ("’26. 12. ~ ’27. 2.", D(2026, 12, 1)),
        ("겨울방학 중", D(2026, 12, 1)),
        ("3월", D(2027, 3, 1)),
    ]


@pytest.mark.parametrize(("season", "months"), VACATIONS.items())
def test_every_vacation(season: str, months: tuple[int, int]) -> None:
    span = parse_date(f"{season}방학", year=2026)
    assert span is not None and span.end is not None
    assert (span.start.month, span.end.month, span.approximate) == (*months, True)


@pytest.mark.parametrize("dot", MIDDLE_DOTS)
def test_every_middle_dot(dot: str) -> None:
    span = parse_date(f"’21년 상{dot}하반기")
    assert span is not None
    assert (span.start, span.end, span.precision) == (D(2021, 1, 1), D(2021, 12, 31), "half")


@pytest.mark.parametrize(("quarter", "months"), QUARTERS.items())
@pytest.mark.parametrize("form", ["{}분기", "{}/4분기", "{} / 4 분기", "{}사분기"])
def test_every_quarter(quarter: int, months: tuple[int, int], form: str) -> None:
    text = form.format(quarter)
    span = parse_date(text, year=2021)
    assert span is not None
    assert (span.start.month, span.end and span.end.month) == months
    assert span.precision == "quarter"


@pytest.mark.parametrize(("word", "part"), VAGUE_PARTS.items())
def test_every_vague_part(word: str, part: vocab_mod.VaguePart) -> None:
    for text in (f"’21. 4월 {word}", f"’21. 4월{word}", f"4월 {word}"):
        span = parse_date(text, year=2021)
        assert span is not None, text
        assert span.approximate
        assert span.precision == "month"
        assert span.start == D(2021, 4, part.days[0])
        assert span.end == D(2021, 4, min(part.days[1], 30))
    year_span = parse_date(f"’21년 {word}")
    if part.months is None:
        assert year_span is None
    else:
        assert year_span is not None
        assert (year_span.start.month, year_span.end and year_span.end.month) == part.months
        assert (year_span.precision, year_span.approximate) == ("year", True)


@pytest.mark.parametrize(("word", "meaning"), YEAR_WORDS.items())
def test_every_year_word(word: str, meaning: vocab_mod.YearWord) -> None:
    span = parse_date(word, year=2021)
    assert span is not None
    assert (span.start.month, span.end and span.end.month) == meaning.months
    assert (span.precision, span.approximate) == ("year", meaning.approximate)
    assert parse_date(word) is None


# ---------------------------------------------------------------- find_dates

FIND_CASES: list[tuple[str, int | None, list[str]]] = [
    ("○ 미래전환을 위한 사회혁신 캠퍼스 중장기 계획 수립(1월~3월)", 2021, ["1월~3월"]),
    ("○ 미래전환을 위한 사회혁신 캠퍼스 중장기 계획 수립(1월~3월)", None, []),
    ("감소 (’19년 23건→’20년 13건)", None, ["’19년", "’20년"]),
    ("○ 사업 수행 : ’21. 4.~11.", None, ["’21. 4.~11."]),
    ("○ 공사 착공 및 준공 : ’24. 1.~ ’26년 초", None, ["’24. 1.~ ’26년 초"]),
    ("- 수탁기간: ’21. 1. 1. ~ ’23.12.31.(3년)", None, ["’21. 1. 1. ~ ’23.12.31."]),
    ("2020 지속가능한 도시전환랩 추진 계획(국장 방침, ’20. 3.)", None, ["’20. 3."]),
    ("※「공유서울 3기(2021~2025) 기본계획」수립(’21. 2. 5.)", None, ["2021~2025", "’21. 2. 5."]),
    ("은평구 통일로 684 일대/29개동, 연면적 48,898㎡", 2021, []),
    ("혁신지원시설(B2∼6층), 혁신주택(7∼18층)", 2021, []),
    ("“70-80억씩 매년 투입됨", 2021, []),
    ("1분기 2분기 3분기 4분기", 2021, ["1분기", "2분기", "3분기", "4분기"]),
    ("분기별 모니터링, 반기별 운영위원회", 2021, []),
    ("내역(2018~2020.10.현재)", None, ["2018~2020.10."]),
    ("(2018~현재)", None, ["2018~현재"]),
    ("‘2040 서울플랜’", None, []),
    ("(‘15년~, 더존회계프로그램)에 의해 처리", None, ["‘15년~"]),
    ("가치를 제고하는 컨설팅을 실시 중임(’20년 12개 완료)", None, ["’20년"]),
    ("◦ 서울시 가설건축물 관리현황 지도점검 추진: ’21년 상·하반기", None, ["’21년 상·하반기"]),
    ("◦ 입주기관 대상 만족도 조사 실시: ’21. 10월중", None, ["’21. 10월중"]),
    ("◦ 무단점유 단체: 2개 단체(’20. 11월 말)", None, ["’20. 11월 말"]),
    ("◦ 사업계획 수립 3월 중점 추진", 2021, ["3월"]),  # 중점 is not 중
    ("’26. 3월 중간보고회 개최", None, ["’26. 3월"]),  # 중간 is not 중 and 간
    ("’26. 3~5월간 시범운영", None, ["’26. 3~5월"]),
    ("연중무휴 운영, 연말까지 완료", 2021, ["연말"]),
    ("3월 초등학교 방문", 2021, ["3월"]),
    ("총 3개월, 12개월 과정", 2021, []),
    ("전화 02-2133-1234", None, []),
    ("인력현황 54/52명(정원/현원)", None, []),
    # days of the report's year, month.day. ~ month.day. (never without the year)
    ("체납액 일제정리 : 상반기(4.1.∼6.30.)", 2025, ["상반기", "4.1.∼6.30."]),
    ("여성폭력추방주간(11.25.∼12.1.) 운영", 2025, ["11.25.∼12.1."]),
    ("개최(5.2.~5.4.)", 2026, ["5.2.~5.4."]),
    ("개최(5.2.~5.4.)", None, []),
    ("(5.12.~4.)", 2025, []),  # the end before the start in one month
    ("3.5~4.2배 증가", 2025, []),  # decimals
    # a day alone in brackets; a range of months with the month word once
    ("착수보고회(4.18.) 및 중간보고회(9.23.)", 2024, ["4.18.", "9.23."]),
    # last in the brackets after a comma, or with a word that closes it (환경물정책실 p40)
    ("지정(환경부, 10.30.), 제출(11.11.까지)", 2024, ["10.30.", "11.11."]),
    ("비율(3.5, 1.25)", 2024, []),  # no dot after the day: a decimal
    ("평균 2.5. 증가, 비율(1.5)", 2024, []),  # decimals
    ("부산유엔위크(10~11월) 개최", 2025, ["10~11월"]),
    # a range of months with both dots alone in brackets; not decimals nor a bare range
    ("센터 3개소 추가 조성(9.~12.)", 2025, ["9.~12."]),
    ("비율(2.5~3.0), 구간 3.~6.", 2025, []),
    ("공모(3~5월 중)", 2025, ["3~5월"]),
    ("B2~6층, 7~18층", 2025, []),
    ("‘25.上 육지보상, ‘25.下 수용재결", None, ["‘25.上", "‘25.下"]),
    ("以上", 2025, []),  # a hanja half only after a year
    ("’25.상수도 ’25.하 준공", None, ["’25.", "’25.하"]),  # a syllable half is a word
    ("2024년 상 수상", None, ["2024년"]),  # ... after a dotted year, or closing a bracket
    ("추가 개소(’25년 상, 사하구)", None, ["’25년 상"]),
]


@pytest.mark.parametrize(
    ("cell", "day"),
    [("24.12.20", D(2024, 12, 20)), ("23.3.29.", D(2023, 3, 29)), ("12.3.1", D(2012, 3, 1)),
     ("1.2.3", None), ("99.1.1", None), ("24.2.30", None)],
)  # fmt: skip
def test_a_cells_day_with_a_two_digit_year_and_no_quote_mark(cell: str, day: date | None) -> None:
    """A cell that is only "24.12.20" is a day (a two-digit year under the pivot); in a
    sentence such figures are not read (a section number, a version)."""
    span = parse_date(cell)
    assert (span.start if span else None) == day
    assert find_dates(f"가 {cell} 나") == []


def test_carry_the_year_of_the_date_before() -> None:
    """With ``carry``, a date without a year takes the year of the last one that names
    one ("’24. 7. 보상계획 열람·공고(7.12.~7.31.)"), not the report's."""
    text = "ˊ24. 7. 열람·공고(7.12.~7.31.), 감정평가(9월)"
    assert [s.start for s in find_dates(text, year=2025, carry=True)] == [
        D(2024, 7, 1), D(2024, 7, 12), D(2024, 9, 1)
    ]
    assert [s.start.year for s in find_dates(text, year=2025)] == [2024, 2025, 2025]
    assert [s.start.year for s in find_dates("(9월) ’24. 7.", year=2025, carry=True)] == [
        2025, 2024
    ]
    # after a range, the year its end names
    spans = find_dates("’24. 12.~’25. 2., 3월", year=2023, carry=True)
    assert spans[-1].start == D(2025, 3, 1)
    # a fiscal year is what a plan is for, not when it is done (기획조정실 p21)
    spans = find_dates("’26년도 성과계획서 작성(8월)", year=2025, carry=True)
    assert [(s.raw, s.start) for s in spans] == [("’26년도", D(2026, 1, 1)), ("8월", D(2025, 8, 1))]
    # ... the report's year, not a year carried from before it
    spans = find_dates("’24. 12월 착수, ’26년도 계획 작성(8월)", year=2025, carry=True)
    assert spans[-1].start == D(2025, 8, 1)


def test_a_day_range_in_the_reports_year() -> None:
    (span,) = find_dates("(12.26.~1.3.)", year=2025)
    assert (span.start, span.end, span.precision) == (D(2025, 12, 26), D(2026, 1, 3), "day")
    (span,) = find_dates("(5.2.~8.)", year=2026)
    assert (span.start, span.end) == (D(2026, 5, 2), D(2026, 5, 8))


@pytest.mark.parametrize(("text", "year", "raws"), FIND_CASES)
def test_find_dates(text: str, year: int | None, raws: list[str]) -> None:
    assert [span.raw for span in find_dates(text, year=year)] == raws


def test_find_dates_values() -> None:
    spans = find_dates("○ 사업 수행 : ’21. 4.~11. 성과 공유회 등 : ’21.12.")
    assert [(s.start, s.end) for s in spans] == [
        (D(2021, 4, 1), D(2021, 11, 30)),
        (D(2021, 12, 1), D(2021, 12, 31)),
    ]
    assert find_dates("2021년 세부사업 예산 현황")[0].precision == "year"
    assert find_dates("") == []


def test_find_dates_agrees_with_parse_date() -> None:
    for text, year, *_ in CASES:
        if text.strip().isdigit():
            continue  # a bare number is a year only for parse_date
        expected = parse_date(text, year=year)
        assert expected is not None
        found = find_dates(f"가 {text.strip()} 나", year=year)
        assert found, text
        first = found[0]
        assert (first.start, first.end, first.precision, first.approximate) == (
            expected.start,
            expected.end,
            expected.precision,
            expected.approximate,
        ), text


# ---------------------------------------------------------------- docs


@pytest.mark.parametrize("module", [normalize_pkg, dates_mod, money_mod, vocab_mod])
def test_doctests(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize(
    ("cell", "start", "end"),
    [("1.14.", D(2025, 1, 14), D(2025, 1, 14)), ("5. 5.", D(2025, 5, 5), D(2025, 5, 5)),
     ("8.29.~8.31.", D(2025, 8, 29), D(2025, 8, 31)),
     ("11.25.~12.1.", D(2025, 11, 25), D(2025, 12, 1)),
     ("1.14", None, None), ("13.1.", None, None), ("2.30.", None, None)],
)  # fmt: skip
def test_a_cells_day_of_the_reports_year(cell: str, start: date | None, end: date | None) -> None:
    """A 기간 cell of a schedule table ("1.14.", "8.29.~8.31.") is a day of the report's
    year; the dot after the day tells it from a decimal ("1.14"); without the year, or
    where no date is expected (bare_days), None."""
    span = parse_date(cell, year=2025, bare_days=True)
    assert (span.start, span.end) == (start, end) if span else start is None
    assert parse_date(cell, bare_days=True) is None
    assert parse_date(cell, year=2025) is None


def test_find_dates_keeps_the_weekdays_as_printed() -> None:
    """The raw text of a date found in a sentence is as printed, its weekdays with it."""
    got = find_dates("감사 ‘24.12.30.(월) ~ 12.31.(화) 실시, ’25. 3. 5.(수) 개최", year=2025)
    assert [s.raw for s in got] == ["‘24.12.30.(월) ~ 12.31.(화)", "’25. 3. 5.(수)"]
    assert [(s.start, s.end) for s in got] == [
        (D(2024, 12, 30), D(2024, 12, 31)), (D(2025, 3, 5), D(2025, 3, 5)),
    ]  # fmt: skip


@pytest.mark.parametrize("word", NOW_WORDS)
def test_every_word_of_an_open_end_leaves_the_range_open(word: str) -> None:
    span = parse_date(f"’21. 9. ~ {word}", year=2021)
    assert span is not None and span.raw == f"’21. 9. ~ {word}"
    assert (span.start, span.end) == (date(2021, 9, 1), None)


@pytest.mark.parametrize("word", RECURRENCE_WORDS)
def test_how_often_alone_is_the_plans_year_and_beside_a_date_keeps_the_date(word: str) -> None:
    alone = recurring_date(word, 2021)
    assert alone is not None
    assert (alone.start, alone.end, alone.precision, alone.raw) == (
        date(2021, 1, 1), date(2021, 12, 31), "year", word,
    )  # fmt: skip
    assert recurring_date(word, None) is None  # no year to run through
    for text in (f"{word} 3월", f"3월 {word}", f"{word}(3월)"):
        span = recurring_date(text, 2021)
        assert span is not None and (span.start, span.end, span.raw) == (
            date(2021, 3, 1), date(2021, 3, 31), text,
        ), text  # fmt: skip
    assert recurring_date(f"{word}모집", 2021) is None  # a word of another word
    assert recurring_date(f"{word} 점검", 2021) is None  # more than when


@pytest.mark.parametrize(
    "text",
    ["연 2회", "월1회", "분기 1회", "주 3회", "매월 1회", "분기별 1회", "연중수시", "연중 상시"],
)
def test_a_count_per_period_is_how_often(text: str) -> None:
    span = recurring_date(text, 2025)
    assert span is not None and (span.start, span.end) == (date(2025, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize(
    ("text", "year", "start", "end"),
    [
        ("21. 3.", 2021, D(2021, 3, 1), D(2021, 3, 31)),
        ("21. 4.~12.", 2021, D(2021, 4, 1), D(2021, 12, 31)),
        ("20. 7.~ 21. 6.", 2021, D(2020, 7, 1), D(2021, 6, 30)),
        ("27. 1.~ 29년 초", 2024, D(2027, 1, 1), D(2029, 3, 31)),
        ("21.3월", 2021, D(2021, 3, 1), D(2021, 3, 31)),
        ("’21. 3.~22. 6.", 2021, D(2021, 3, 1), D(2022, 6, 30)),  # the first year's only
    ],
)
def test_a_date_whose_years_lack_their_quote_mark(
    text: str, year: int, start: date, end: date
) -> None:
    span = bare_year_date(text, year)
    assert span is not None and (span.start, span.end, span.raw) == (start, end, text)


@pytest.mark.parametrize(
    ("text", "year"),
    [("21. 3.", None), ("21. 3.", 2035), ("1.5배", 2021), ("2.3.", 2021), ("21. 13.", 2021)],
)
def test_no_bare_year_date_without_a_year_near_or_a_month(text: str, year: int | None) -> None:
    assert bare_year_date(text, year) is None
