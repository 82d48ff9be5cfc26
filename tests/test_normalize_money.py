"""Amounts in won, percentages, counts and unit declarations, expected values by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from extract.normalize import Count, parse_count, parse_money, parse_percent, parse_unit
from extract.normalize.signs import resolve_triangles, triangle_sign
from extract.normalize.vocab import (
    COUNT_UNITS,
    NEGATIVE_MARKS,
    NIL_CELLS,
    NUMERAL_UNITS,
    UNITS,
)

# text, unit=, won
MONEY: list[tuple[str, str | None, int]] = [
    # the API examples
    ("157,280", "천원", 157_280_000),
    ("△4,774", "백만원", -4_774_000_000),
    ("642억원", None, 64_200_000_000),
    # plain figures under a table unit
    ("16,873", "백만원", 16_873_000_000),
    ("1,000", "천원", 1_000_000),
    ("98000", "천원", 98_000_000),
    ("12,099,481", "천원", 12_099_481_000),
    ("0", "천원", 0),
    ("7", "원", 7),
    ("3", "만원", 30_000),
    ("5", "억원", 500_000_000),
    ("2", "천만원", 20_000_000),
    ("1", "조원", 1_000_000_000_000),
    ("1.5", "천원", 1_500),
    ("0.25", "억원", 25_000_000),
    (" 157,280 ", "천원", 157_280_000),
    ("１５７,２８０", "천원", 157_280_000),
    # the unit argument may come with spaces and parentheses, or as a declaration
    ("1,234", "(천원)", 1_234_000),
    ("1,234", "천 원", 1_234_000),
    ("1,234", " 백만원 ", 1_234_000_000),
    ("1,234", "(단위: 천원)", 1_234_000),
    # units written on the figure
    ("5천만원", None, 50_000_000),
    ("1억2천만원", None, 120_000_000),
    ("3천5백만원", None, 35_000_000),
    ("10억5천만원", None, 1_050_000_000),
    ("1조 2,345억원", None, 1_234_500_000_000),
    ("12.03억원", None, 1_203_000_000),
    ("50억 원", None, 5_000_000_000),
    ("824백만원", None, 824_000_000),
    ("200,000천원", None, 200_000_000),
    ("367억", None, 36_700_000_000),
    ("180억", None, 18_000_000_000),
    ("4억원", None, 400_000_000),
    ("1만5천원", None, 15_000),
    ("3천500만원", None, 35_000_000),
    ("12,346,984천원", None, 12_346_984_000),
    ("1,000원", None, 1_000),
    ("0원", None, 0),
    ("1억원", None, 100_000_000),
    ("2조원", None, 2_000_000_000_000),
    # the figure's own unit wins over unit=
    ("642억원", "천원", 64_200_000_000),
    ("200,000천원", "백만원", 200_000_000),
    # a Korean numeral without 원 or 만/억/조 is just a number, scaled by the table unit
    ("3천5백", "천원", 3_500_000),
    # negatives
    ("▽4,774", "백만원", -4_774_000_000),
    ("△ 4,003", "백만원", -4_003_000_000),
    ("(1,920)", "천원", -1_920_000),
    ("( 1,920 )", "천원", -1_920_000),
    ("-1,920", "천원", -1_920_000),
    ("−1,920", "천원", -1_920_000),
    ("+1,920", "천원", 1_920_000),
    ("△5천만원", None, -50_000_000),
    ("(12.03억원)", None, -1_203_000_000),
    # a dash alone: nothing planned
    ("-", "천원", 0),
    ("－", "천원", 0),
    ("–", None, 0),
    ("—", None, 0),
    (" - ", "천원", 0),
]


@pytest.mark.parametrize(("text", "unit", "won"), MONEY)
def test_parse_money(text: str, unit: str | None, won: int) -> None:
    result = parse_money(text, unit=unit)
    assert result == won
    assert type(result) is int


NOT_MONEY: list[tuple[str, str | None]] = [
    ("157,280", None),  # a plain figure without a unit: scale unknown
    ("", "천원"),
    (" ", "천원"),
    ("원", None),
    ("억원", None),
    ("천원", None),
    ("5천USD", None),
    ("5천USD", "천원"),
    ("100달러", None),
    ("100엔", "원"),
    ("$100", "원"),
    ("1,23", "원"),  # bad thousands grouping
    ("1,2345", "원"),
    ("0.5원", None),  # not a whole number of won
    ("0.0001", "원"),
    ("1억2천", None),  # 1억2천만? 1억2천원? ambiguous
    ("1억 5000", None),
    ("1만2억원", None),  # units must decrease
    ("1억 12,000만원", None),
    ("5백3천원", None),
    ("3천5000원", None),
    ("1 000원", None),
    ("5원원", None),
    ("원5", None),
    ("(1,920", "천원"),
    ("△", "천원"),
    ("--", "천원"),
    ("1,000원 내외", None),
    ("총 4억원", None),
    ("28.3%", "원"),
    ("54명", None),
    ("▲1,000", "원"),  # ▲ means increase in some reports, decrease in others
    ("1" * 61, "원"),  # longer than MAX_AMOUNT_CHARS
]


@pytest.mark.parametrize(("text", "unit"), NOT_MONEY)
def test_not_money(text: str, unit: str | None) -> None:
    assert parse_money(text, unit=unit) is None


@pytest.mark.parametrize("unit", ["천USD", "달러", "", "kg", "명", "천 원 원"])
def test_unknown_unit_argument_raises(unit: str) -> None:
    with pytest.raises(ValueError):
        parse_money("1,000", unit=unit)
    with pytest.raises(ValueError):
        parse_money("junk that is not money", unit=unit)  # the argument is checked first


# ---------------------------------------------------------------- the tables, row by row


@pytest.mark.parametrize(("name", "won"), UNITS.items())
def test_every_unit(name: str, won: int) -> None:
    assert parse_money(f"1{name}") == won
    assert parse_money(f"1 {name}") == won
    assert parse_money("1", unit=name) == won
    assert parse_money("2,000", unit=f"({name})") == 2_000 * won
    assert parse_unit(f"(단위: {name})") == name
    assert parse_unit(f"({name})") == name


@pytest.mark.parametrize(("word", "value"), NUMERAL_UNITS.items())
def test_every_numeral_unit(word: str, value: int) -> None:
    assert parse_money(f"1{word}원") == value
    assert parse_money(f"3{word}원") == 3 * value


@pytest.mark.parametrize("mark", NEGATIVE_MARKS)
def test_every_negative_mark(mark: str) -> None:
    assert parse_money(f"{mark}1,000", unit="원") == -1_000
    assert parse_money(f"{mark} 5억원") == -500_000_000
    assert parse_percent(f"{mark}28.3%") == -28.3
    assert parse_count(f"{mark}3명") == Count(value=-3, unit="명")


@pytest.mark.parametrize("cell", NIL_CELLS)
def test_every_nil_cell(cell: str) -> None:
    assert parse_money(cell, unit="천원") == 0
    assert parse_money(cell) == 0
    assert parse_percent(cell) is None


@pytest.mark.parametrize("unit", COUNT_UNITS)
def test_every_count_unit(unit: str) -> None:
    assert parse_count(f"7{unit}") == Count(value=7, unit=unit)
    assert parse_count(f"1,024 {unit}") == Count(value=1024, unit=unit)
    assert parse_count("7", unit=unit) == Count(value=7, unit=unit)
    # letter-spaced in a table's cell (교통혁신국 p6: "2 개 소")
    assert parse_count(f"3 {' '.join(unit)}") == Count(value=3, unit=unit)


@pytest.mark.parametrize("text", ["9 개 구 · 군", "3 명 이", "2 개 소 등"])
def test_letter_spaced_words_that_are_no_unit_are_no_count(text: str) -> None:
    assert parse_count(text) is None


# ---------------------------------------------------------------- percentages

PERCENTS: list[tuple[str, float]] = [
    ("△28.3%", -28.3),
    ("28.3", 28.3),
    ("28.3%", 28.3),
    ("-1.9%", -1.9),
    ("▽ 1.9 %", -1.9),
    ("△30.3%", -30.3),
    ("0%", 0.0),
    ("100％", 100.0),
    ("1,234.5%", 1234.5),
    ("(28.3%)", -28.3),
]


@pytest.mark.parametrize(("text", "value"), PERCENTS)
def test_parse_percent(text: str, value: float) -> None:
    assert parse_percent(text) == value


@pytest.mark.parametrize("text", ["", "-", "%", "3%p", "28.3%%", "abc", "28.3억원", "1" * 100])
def test_not_a_percent(text: str) -> None:
    assert parse_percent(text) is None


# ---------------------------------------------------------------- counts

COUNTS: list[tuple[str, str | None, Count]] = [
    ("54명", None, Count(value=54, unit="명")),
    ("29개동", None, Count(value=29, unit="개동")),
    ("48,898㎡", None, Count(value=48_898, unit="㎡")),
    ("51 건", None, Count(value=51, unit="건")),
    ("16개", None, Count(value=16, unit="개")),
    ("3년", None, Count(value=3, unit="년")),
    ("4개년", None, Count(value=4, unit="개년")),
    ("12개월", None, Count(value=12, unit="개월")),
    ("2회", None, Count(value=2, unit="회")),
    ("1.5㎡", None, Count(value=Decimal("1.5"), unit="㎡")),
    ("54", "명", Count(value=54, unit="명")),
    ("54명", "건", Count(value=54, unit="명")),  # the figure's own unit wins
    ("△2", "명", Count(value=-2, unit="명")),
    ("(2)", "명", Count(value=2, unit="명")),  # brackets enclose a count, never negate it
    ("(△0.3)", "명", Count(value=Decimal("-0.3"), unit="명")),
]


@pytest.mark.parametrize(("text", "unit", "count"), COUNTS)
def test_parse_count(text: str, unit: str | None, count: Count) -> None:
    result = parse_count(text, unit=unit)
    assert result == count
    assert result is not None
    assert type(result.value) is type(count.value)


@pytest.mark.parametrize("text", ["", "54", "명", "54/52명", "54명명", "5kgs", "3월 5일", "1,23명"])
def test_not_a_count(text: str) -> None:
    assert parse_count(text) is None


def test_count_unit_argument() -> None:
    with pytest.raises(ValueError):
        parse_count("54", unit="천원")
    with pytest.raises(ValidationError):
        Count(value=1, unit="명").value = 2  # type: ignore[misc]


# ---------------------------------------------------------------- unit declarations

UNIT_DECLS: list[tuple[str, str | None]] = [
    ("(단위: 천원)", "천원"),
    ("(단위 : 백만원)", "백만원"),
    ("단위:천원", "천원"),
    ("(단위：천원)", "천원"),
    ("(단위: 천 원)", "천원"),
    ("(단 위 : 천원)", "천원"),
    ("(단위: 천원, %)", "천원"),
    (" 예산 집행계획 (단위: 천원)", "천원"),
    ("단위: 천원 사업명 예산현액", "천원"),
    ("분기별 단위로 점검 (단위: 백만원)", "백만원"),
    ("(천원)", "천원"),
    # in angle brackets of any width
    ("<단위: 백만원>", "백만원"),
    ("〈단위 : 천원〉", "천원"),
    ("《단위: 억원》", "억원"),
    ("＜단위：천원＞", "천원"),
    ("（단위：천원）", "천원"),
    ("예산 현황 <단위: 백만원>", "백만원"),
    ("백만원", "백만원"),
    ("(단위: 천USD)", None),
    ("(단위: 명)", None),  # not a money unit
    ("(단위: %)", None),
    ("단위", None),
    ("", None),
    ("예산 집행계획", None),
]


@pytest.mark.parametrize(("text", "unit"), UNIT_DECLS)
def test_parse_unit(text: str, unit: str | None) -> None:
    assert parse_unit(text) == unit


def test_parse_unit_result_is_a_valid_unit_argument() -> None:
    for text, _ in UNIT_DECLS:
        unit = parse_unit(text)
        if unit is not None:
            assert parse_money("1", unit=unit) == UNITS[unit]


@pytest.mark.parametrize(
    ("texts", "sign"),
    [
        (["계 16,873 12,099 ▲4,774 ▲28.3%", "A과 692 679 ▲13 ▲1.9%"], -1),  # decreases
        (["계 12,099 16,873 ▲4,774 ▲39.5%"], 1),  # an increase
        (["계 16,873 12,099 ▲4,774", "계 12,099 16,873 ▲4,774"], None),  # both: unsaid
        (["인원 ▲3명 증가, ▼2명 감소"], 1),  # ▼ beside it: ▲ is the increase
        (["▲ 청년 일자리 창출 1,000개"], None),  # a bullet
        (["건 의 사 항 6 1 5 - -", "계 100 90 ▲5"], None),  # sums say nothing; 90-100≠5
        (["계 △4,774"], None),  # no ▲
    ],
)
def test_which_way_a_reports_triangle_points(texts: list[str], sign: int | None) -> None:
    assert triangle_sign(texts) == sign


def test_a_decreasing_triangle_reads_as_negative_in_lines_and_cells() -> None:
    from extract.document import Cell, Document, Grid, Line

    cell = Cell(0, 0, paragraphs=("▲4,774",))
    doc = Document(
        "x.txt",
        [Line(1, "계 16,873 12,099 ▲4,774 ▲28.3%", "계 16,873 12,099 ▲4,774 ▲28.3%"),
         Line(2, "▲ 청년 지원", "▲ 청년 지원")],
        tables=[Grid([cell], 1, 1)],
    )  # fmt: skip
    out = resolve_triangles(doc)
    assert [ln.text for ln in out.lines] == ["계 16,873 12,099 △4,774 △28.3%", "▲ 청년 지원"]
    assert out.lines[0].raw.count("▲") == 2 and out.line(1).text.startswith("계")
    assert cell.paragraphs == ("△4,774",)
    assert parse_money(out.lines[0].text.split()[-2], unit="백만원") == -4_774_000_000
