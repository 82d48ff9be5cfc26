"""Review of round 114's normalization and indicators (rev114, part C): an indicator where
less is better (민원처리기간, 사고율) whose 달성률 is 목표 / 실적 × 100 passes the rate check
(either direction is accepted: the table does not say which way its indicator points); a
table of indicators whose first row holds words (A등급) keeps its 단위 column; a compound
count of 천 and 백 parts ("1천2백명") is no count of its last part; an arrow after a rate
that bounds it ("기준중위소득 120%↓ 가구") is no fall; a range of quarters written
"’25. 1/4 ~ 2/4"; 연내 (and 연중, 연말) only where it opens its word, not in "공연내"; a table of
indicators in a unit of measure ("(단위 : ㎡)") gives its figures that unit."""

from __future__ import annotations

from datetime import date

import pytest

from extract.normalize import parse_date
from extract.normalize.mentions import find_mentions
from tests.hwpx_maker import p
from tests.test_fix114_indicators import _card, _table

# ----------------------------------------------------------------- indicators.rate


LESS_IS_BETTER: list[tuple[str, str, str, str, str]] = [
    ("민원처리기간", "일", "5.0", "4.0", "125.0"),
    ("산업재해율", "%", "0.50", "0.40", "125.0"),
    ("안전사고 건수", "건", "10", "8", "125.0"),
    ("평균 출동시간", "분", "7.0", "6.5", "107.7"),
]


@pytest.mark.parametrize(("name", "unit", "target", "actual", "rate"), LESS_IS_BETTER)
def test_a_rate_of_an_indicator_where_less_is_better(
    name: str, unit: str, target: str, actual: str, rate: str
) -> None:
    """목표 / 실적 × 100: the actual under its target is an achievement over 100%."""
    rows = [["성과지표", "단위", "2024년 목표", "2024년 실적", "달성률"],
            [name, unit, target, actual, rate]]  # fmt: skip
    report = _card(p("○ 성과지표"), _table(rows))
    checks = [c for c in report.validation if c.check == "indicators.rate"]
    assert [c.passed for c in checks] == [True]


def test_a_first_row_of_words_keeps_the_unit_column() -> None:
    """A grade's row first (청렴도 평가 | 등급 | A등급) read as a header row under 단위: the
    column is still the rows' units."""
    rows = [["성과지표", "단위", "’24 목표", "’24 실적", "’25 목표"],
            ["청렴도 평가", "등급", "A등급", "B등급", "A등급"],
            ["민원 만족도", "점", "85", "87.2", "88"]]  # fmt: skip
    report = _card(p("○ 성과지표"), _table(rows))
    got = {(i.indicator, i.unit, i.kind, i.raw) for i in report.indicators}
    assert ("민원 만족도", "점", "actual", "87.2") in got
    assert {u for _, u, _, _ in got} == {"점"}


# ----------------------------------------------------------------- mentions

COMPOUND_COUNTS: list[str] = ["○ 교육 1천2백명 참여", "○ 3천5백개소 점검", "○ 1만 2천5백명 지원"]


@pytest.mark.parametrize("text", COMPOUND_COUNTS)
def test_a_compound_count_of_hundreds_is_no_count_of_its_last_part(text: str) -> None:
    """Not "2백명" (200) alone: the count's parts are not read, no wrong figure is given."""
    counts = [m for m in find_mentions(text, year=2025) if m.kind == "count"]
    assert not [m for m in counts if m.start > 0 and text[m.start - 1] in "천백"]


BOUNDS: list[tuple[str, str, float]] = [
    ("○ 기준중위소득 120%↓ 가구 지원", "120%", 120.0),
    ("○ 장애정도 심한 60%↓ 대상 확대", "60%", 60.0),
    ("○ 중위소득 50%↓(4인 기준) 가구", "50%", 50.0),
]


@pytest.mark.parametrize(("text", "raw", "value"), BOUNDS)
def test_an_arrow_that_bounds_a_rate_is_no_fall(text: str, raw: str, value: float) -> None:
    rates = [(m.raw, m.value) for m in find_mentions(text, year=2025) if m.kind == "percent"]
    assert rates == [(raw, value)]


# ----------------------------------------------------------------- dates

QUARTER_RANGES: list[tuple[str, date, date]] = [
    ("’25. 1/4 ~ 2/4", date(2025, 1, 1), date(2025, 6, 30)),
    ("’25. 1/4~2/4", date(2025, 1, 1), date(2025, 6, 30)),
    ("2025. 3/4 ~ 4/4", date(2025, 7, 1), date(2025, 12, 31)),
]


@pytest.mark.parametrize(("text", "start", "end"), QUARTER_RANGES)
def test_a_range_of_quarters_written_as_its_start(text: str, start: date, end: date) -> None:
    span = parse_date(text, year=2025)
    assert span is not None and (span.start, span.end, span.precision) == (start, end, "quarter")


INSIDE_A_WORD: list[str] = ["○ 주요 공연내 좌석 확대", "○ 공연중 안전관리 강화", "○ 주연말 정산"]


@pytest.mark.parametrize("text", INSIDE_A_WORD)
def test_a_year_word_inside_a_word_is_no_date(text: str) -> None:
    """연내/연중/연말 open their word: "공연내" (in the performance) is no date."""
    assert [m.raw for m in find_mentions(text, year=2025) if m.kind == "date"] == []


def test_a_table_of_indicators_in_a_unit_of_measure() -> None:
    """"(단위 : ㎡)" over a table of indicators: its figures are in ㎡ (the table records no
    count unit since 1f21e34; the indicators read the unit it declares)."""
    rows = [["성과지표", "’24 목표", "’24 실적", "’25 목표"],
            ["녹지 조성 면적", "5,000", "5,200", "6,000"]]  # fmt: skip
    report = _card(p("○ 성과지표 (단위 : ㎡)"), _table(rows))
    assert {(i.kind, i.unit) for i in report.indicators} == {("target", "㎡"), ("actual", "㎡")}
