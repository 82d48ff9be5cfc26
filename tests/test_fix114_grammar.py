"""Forms of dates, amounts, counts and rates as work reports print them that the grammar
did not read: fiscal years ("FY2025", "2025회계연도"), the year after the start's as a
range's end ("’25. 11.~ 익년 2."), quarters after their figure ("’25. 1Q"), a sign in
brackets of its own ("(-)2.5%", "(-)1,234"), a rate's arrow after it ("3.2%↓"), ▼ before a
figure in running text, counts in 백 ("5백명") and compound counts ("1만 2천명"), and a
count's figure in 만 in a table of people ("2.5만" is 25,000 명, no won)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extract.normalize import find_dates, parse_count, parse_date, parse_money, parse_percent
from extract.normalize.mentions import find_mentions
from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table
from tests.test_probe105_units import _cell

Y = 2025

# --------------------------------------------------------------------------- dates

#: text -> start, end (None: open), precision; in a report of 2025
DATE_CASES: list[tuple[str, date, date | None, str]] = [
    ("FY2025", date(2025, 1, 1), date(2025, 12, 31), "year"),
    ("FY 2026", date(2026, 1, 1), date(2026, 12, 31), "year"),
    ("2025회계연도", date(2025, 1, 1), date(2025, 12, 31), "year"),
    ("2024 회계연도", date(2024, 1, 1), date(2024, 12, 31), "year"),
    ("2025회계년도", date(2025, 1, 1), date(2025, 12, 31), "year"),
    ("’25. 11. ~ 익년 2.", date(2025, 11, 1), date(2026, 2, 28), "month"),
    ("’25. 3월 ~ 익년 2월", date(2025, 3, 1), date(2026, 2, 28), "month"),
    # (익년 is the year after the start's, also where its month comes later than the start's)
    ("’25. 1월 ~ 익년 3월", date(2025, 1, 1), date(2026, 3, 31), "month"),
    ("’24. 7. 1. ~ 익년 6. 30.", date(2024, 7, 1), date(2025, 6, 30), "day"),
    ("’25. 하반기 ~ 익년 상반기", date(2025, 7, 1), date(2026, 6, 30), "half"),
    ("’25. 1Q", date(2025, 1, 1), date(2025, 3, 31), "quarter"),
    ("2025년 3Q", date(2025, 7, 1), date(2025, 9, 30), "quarter"),
    ("’25. 1~2Q", date(2025, 1, 1), date(2025, 6, 30), "quarter"),
    # (after a year, "/4" alone says a quarter: not January)
    ("’25. 1/4", date(2025, 1, 1), date(2025, 3, 31), "quarter"),
    ("연내", date(2025, 1, 1), date(2025, 12, 31), "year"),
    ("’25. 3.~내년 2월", date(2025, 3, 1), date(2026, 2, 28), "month"),
]


@pytest.mark.parametrize(("text", "start", "end", "precision"), DATE_CASES)
def test_parse_date(text: str, start: date, end: date | None, precision: str) -> None:
    span = parse_date(text, year=Y)
    assert span is not None
    assert (span.start, span.end, span.precision) == (start, end, precision)


#: a sentence -> the dates in it (raw, start, end), report of 2025
FOUND_CASES: list[tuple[str, list[tuple[str, date, date | None]]]] = [
    ("○ FY2025 성과계획 수립", [("FY2025", date(2025, 1, 1), date(2025, 12, 31))]),
    ("○ 2025회계연도 결산 검사", [("2025회계연도", date(2025, 1, 1), date(2025, 12, 31))]),
    (
        "○ 동절기 공사중지 : ’25. 12. ~ 익년 2.",
        [("’25. 12. ~ 익년 2.", date(2025, 12, 1), date(2026, 2, 28))],
    ),
    ("○ 발주 : ’25. 3Q", [("’25. 3Q", date(2025, 7, 1), date(2025, 9, 30))]),
    (
        "○ 설계 ’25. 1/4 발주, 연내 완료",
        [
            ("’25. 1/4", date(2025, 1, 1), date(2025, 3, 31)),
            ("연내", date(2025, 1, 1), date(2025, 12, 31)),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND_CASES)
def test_find_dates(text: str, expected: list[tuple[str, date, date | None]]) -> None:
    got = [(s.raw, s.start, s.end) for s in find_dates(text, year=Y, carry=True)]
    assert got == expected


#: a date beside words that are none: only the date
NEAR_DATES: list[tuple[str, str]] = [
    ("○ FY2025 수익년도 정산", "FY2025"),
    ("○ FY 사업 : 2025회계연도", "2025회계연도"),
    ("○ 공연내용 변경 : 연내", "연내"),
    ("○ 1/4 수준 감축 : ’25. 1/4", "’25. 1/4"),
    # (익년 and 내년 alone, no date: "내년 보궐 선거"; only a range's end takes them)
    ("○ 내년 보궐 선거 등 변수, 익년 예산 반영 : ’25. 11. ~ 익년 2.", "’25. 11. ~ 익년 2."),
    ("○ 발주 : ’25. 3Q, 1QA 등급 12Q", "’25. 3Q"),
]


@pytest.mark.parametrize(("text", "raw"), NEAR_DATES)
def test_only_the_date(text: str, raw: str) -> None:
    assert [s.raw for s in find_dates(text, year=Y)] == [raw]


# --------------------------------------------------------------------------- figures

#: text -> percent
PERCENT_CASES: list[tuple[str, float]] = [
    ("3.2%↓", -3.2),
    ("3.2%↑", 3.2),
    ("3.2↓", -3.2),
    ("(-)2.5%", -2.5),
    ("(+)2.5%", 2.5),
    ("(-)2.5", -2.5),
    ("(△2.1)", -2.1),  # a rate's fall in brackets, its mark inside
    ("(△ 2.1%)", -2.1),
]


@pytest.mark.parametrize(("text", "value"), PERCENT_CASES)
def test_parse_percent(text: str, value: float) -> None:
    assert parse_percent(text) == value


#: a sign written once reads, twice not: (text, percent, the same with a second sign)
TWICE_SIGNED: list[tuple[str, float, str]] = [
    ("3.2%↓", -3.2, "△3.2%↓"),
    ("(-)2.5", -2.5, "(-)△2.5"),
    ("(-)2.5%", -2.5, "(-)(2.5%)"),
    ("(+)2.5", 2.5, "(-)+2.5"),
]


@pytest.mark.parametrize(("text", "value", "twice"), TWICE_SIGNED)
def test_a_second_sign_is_no_percent(text: str, value: float, twice: str) -> None:
    assert (parse_percent(text), parse_percent(twice)) == (value, None)


#: (text, table unit) -> won
MONEY_CASES: list[tuple[str, str, int]] = [
    ("(-)1,234", "백만원", -1_234_000_000),
    ("(-) 1,234", "백만원", -1_234_000_000),
    ("(+)1,234", "천원", 1_234_000),
    ("(△)500", "천원", -500_000),
]


@pytest.mark.parametrize(("text", "unit", "won"), MONEY_CASES)
def test_parse_money(text: str, unit: str, won: int) -> None:
    assert parse_money(text, unit=unit) == won


#: (text, table unit or None) -> value, unit
COUNT_CASES: list[tuple[str, str | None, int | Decimal, str]] = [
    ("5백명", None, 500, "명"),
    ("3백여명", None, 300, "명"),
    ("1만 2천명", None, 12_000, "명"),
    ("1만2천여명", None, 12_000, "명"),
    ("2억 5,000만명", None, 250_000_000, "명"),
    ("1만 2,500명", None, 12_500, "명"),
    ("2.5만", "명", 25_000, "명"),
    ("1.2만", "건", 12_000, "건"),
    ("(-)12", "명", -12, "명"),
]


@pytest.mark.parametrize(("text", "unit", "value", "name"), COUNT_CASES)
def test_parse_count(text: str, unit: str | None, value: int | Decimal, name: str) -> None:
    count = parse_count(text, unit=unit)
    assert count is not None
    assert (count.value, count.unit) == (value, name)


def test_a_compound_count_s_parts_are_less_than_their_group() -> None:
    """"1만 2천명" is 12,000, "1만 12,000명" no count; "2.5만" is a count only in a table of
    a counter."""
    assert [parse_count(t) for t in ("1만 2천명", "1만 12,000명", "2.5만")] == [
        parse_count("12000명"), None, None
    ]


#: a sentence -> its mentions (kind, raw, value)
MENTION_CASES: list[tuple[str, list[tuple[str, str, float]]]] = [
    ("○ 민원 처리기간 : 전년 대비 ▼3.1% 감소", [("percent", "▼3.1%", -3.1)]),
    ("○ 출생아 수 3.2%↓, 혼인 건수 1.5%↑", [("percent", "3.2%↓", -3.2), ("percent", "1.5%↑", 1.5)]),
    ("○ 재정자립도 (-)2.5% 하락", [("percent", "(-)2.5%", -2.5)]),
    ("○ 정원 ▼2명 감축", [("count", "▼2명", -2)]),
    ("○ 세출 ▼1,234백만원 감액", [("krw", "▼1,234백만원", -1_234_000_000)]),
    ("○ 설명회 5백명 참석", [("count", "5백명", 500)]),
    # (△ set apart before a rate: a fall, but where it opens an item, the item's mark)
    ("○ 재정자립도 전년 대비 △ 1.9% 하락", [("percent", "△ 1.9%", -1.9)]),
    (
        "○ 주요내용 : △ 3.5% 증가 목표, 전년 대비 △ 1.2%",
        [("percent", "3.5%", 3.5), ("percent", "△ 1.2%", -1.2)],
    ),
    # (▼ set apart before a figure opens an item of a list, as △ does)
    (
        "○ 주요내용 : ▼ 3개 노선 신설, 전년 대비 ▼ 2명",
        [("count", "3개", 3), ("count", "▼ 2명", -2)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MENTION_CASES)
def test_mentions(text: str, expected: list[tuple[str, str, float]]) -> None:
    got = [(m.kind, m.raw, m.value) for m in find_mentions(text, year=Y)]
    assert got == expected


def test_mentions_of_fiscal_years_and_next_years() -> None:
    got = [
        (m.kind, m.raw, m.date_start, m.date_end)
        for m in find_mentions("○ FY2025 결산, ’25. 11. ~ 익년 2. 동절기 공사중지", year=Y)
    ]
    assert got == [
        ("date", "FY2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("date", "’25. 11. ~ 익년 2.", date(2025, 11, 1), date(2026, 2, 28)),
    ]


# --------------------------------------------------------------------------- table cells


def _report(*paras: str) -> Report:
    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1본부 2부"), p("2. 주요 현황"),
        *paras,
        p("Ⅱ. 2025년 주요업무계획"), p("1. 시민 참여"), p("□ 시민참여단 운영"),
        p("○ 운영기간 : ’25. 3.~12."),
    )  # fmt: skip


#: (caption, header, figure) -> kind, value (won for money; start, end for dates)
CELL_CASES: list[tuple[str, str, str, tuple[str, object]]] = [
    ("(단위: %)", "증감률", "▼3.1", ("percent", -3.1)),
    ("(단위: %)", "증감률", "3.2↓", ("percent", -3.2)),
    ("(단위: %)", "증감률", "3.2↑", ("percent", 3.2)),
    ("(단위: %)", "증감률", "(△2.1)", ("percent", -2.1)),
    ("(단위: %)", "증감률", "(-)2.5", ("percent", -2.5)),
    ("(단위: 백만원)", "증감", "(-)1,234", ("krw", -1_234_000_000)),
    ("(단위: 명)", "인원", "2.5만", ("count", 25_000.0)),
    ("(단위: 명)", "인원", "1만 2천명", ("count", 12_000.0)),
    ("(단위: 명)", "인원", "(-)12", ("count", -12.0)),
    ("", "추진기간", "FY2025", ("date", (date(2025, 1, 1), date(2025, 12, 31)))),
    ("", "추진기간", "2025회계연도", ("date", (date(2025, 1, 1), date(2025, 12, 31)))),
    ("", "추진기간", "’25. 11. ~ 익년 2.", ("date", (date(2025, 11, 1), date(2026, 2, 28)))),
]


@pytest.mark.parametrize(("caption", "header", "figure", "expected"), CELL_CASES)
def test_table_cells(caption: str, header: str, figure: str, expected: tuple[str, object]) -> None:
    rows = [["구분", header], ["솔빛사업", figure]]
    report = _report(*([p(caption)] if caption else []), p(_table(rows)))
    c = _cell(report, "솔빛사업", header)
    kind, value = expected
    assert c.value_kind == kind
    if kind == "krw":
        assert c.value_krw == value
    elif kind == "date":
        assert (c.date_start, c.date_end) == value
    else:
        assert c.value == value
