"""Round 114: performance indicators (성과지표) as a record table, one row per figure, from
tables of indicators (one header row or two, a 단위 column or the unit in the name's
brackets, a 공단's 경영목표, rows by 목표 | 실적) and from lines that state one
(``○ 성과지표 : 청년 고용률 45%(’24년 43.2%)``); and the check ``indicators.rate``."""

from __future__ import annotations

from decimal import Decimal

import pytest

from schemas import Report
from tests.hwpx_maker import Spans, grid, p
from tests.test_other_reports import _hwpx, _text

#: (indicator, unit, year, kind, value as printed)
Figure = tuple[str, str | None, int | None, str, str]


def _table(rows: list[list[str]], spans: Spans | None = None) -> str:
    """A table; ``spans``: (row, col) -> (rows, cols) it covers."""
    return p(grid(rows, spans))


def _card(*body: str) -> Report:
    """A plan of one card (청년 취업 지원, 1-1) holding ``body``."""
    return _hwpx(
        p("2025년 주요업무계획"), p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 1과 2팀"),
        p("Ⅱ. 2025년 주요업무 추진계획"), p("1. 청년 일자리 확대"),
        p("□ 청년 취업 지원 (청년정책과)"), p("○ 사업기간 : 2025. 1. ~ 12."),
        p("○ 사 업 비 : 1,200백만원"), *body,
        p("○ 추진일정"), p("- ’25. 3. : 취업 상담 운영"),
    )  # fmt: skip


def _figures(report: Report) -> set[Figure]:
    return {
        (i.indicator, i.unit, i.year, i.kind, f"{i.value:f}" if i.value is not None else "")
        for i in report.indicators
    }


_TWO_ROWS = _table(
    [
        ["지 표 명", "단위", "2024년", "", "", "2025년\n목표"],
        ["", "", "목표", "실적", "달성률", ""],
        ["월세 지원 청년 수", "명", "5,000", "5,400", "108.0", "6,000"],
        ["수혜자 만족도", "점", "80", "83.5", "104.4", "85"],
    ],
    {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 3), (0, 5): (2, 1)},
)
_GOALS = _table(
    [
        ["성과목표", "성과지표", "단위", "’23 실적", "’24 목표", "’24 실적", "’25 목표"],
        ["청년 일자리 창출", "청년 고용률(%)", "", "42.1", "43.0", "43.2", "45.0"],
        ["", "취업 상담 건수", "건", "8,120", "9,000", "9,450", "10,000"],
    ],
    {(1, 0): (2, 1)},
)
_AGENCY = _table(
    [
        ["경영목표", "단위", "2024 목표", "2024 실적", "달성률(%)"],
        ["청년센터 이용자 만족도", "점", "85.0", "87.2", "102.6"],
        ["청년공간 가동률", "%", "70.0", "63.0", "90.0"],
    ]
)
_TITLED = _table(
    [
        ["구 분", "’24 실적", "’25 목표"],
        ["청년 고용률(%)", "43.2", "45.0"],
        ["일자리 박람회 참여기업(개사)", "120", "150"],
    ]
)
_BY_ROWS = _table(
    [
        ["지표명", "구분", "2024년", "2025년"],
        ["청년 정책 인지도(%)", "목표", "35.0", "40.0"],
        ["", "실적", "33.8", "-"],
    ],
    {(1, 0): (2, 1)},
)

TABLE_CASES: list[tuple[str, list[str], set[Figure]]] = [
    (
        "two header rows: 2024년 over 목표 | 실적 | 달성률, a 단위 column",
        [p("○ 성과지표"), _TWO_ROWS],
        {
            ("월세 지원 청년 수", "명", 2024, "target", "5000"),
            ("월세 지원 청년 수", "명", 2024, "actual", "5400"),
            ("월세 지원 청년 수", "%", 2024, "rate", "108.0"),
            ("월세 지원 청년 수", "명", 2025, "target", "6000"),
            ("수혜자 만족도", "점", 2024, "target", "80"),
            ("수혜자 만족도", "점", 2024, "actual", "83.5"),
            ("수혜자 만족도", "%", 2024, "rate", "104.4"),
            ("수혜자 만족도", "점", 2025, "target", "85"),
        },
    ),
    (
        "성과목표 | 성과지표 | 단위 | ’23 실적 | ’24 목표 ...: the goal is no name, the unit "
        "in the name's brackets",
        [p("○ 성과목표 및 지표"), _GOALS],
        {
            ("청년 고용률", "%", 2023, "actual", "42.1"),
            ("청년 고용률", "%", 2024, "target", "43.0"),
            ("청년 고용률", "%", 2024, "actual", "43.2"),
            ("청년 고용률", "%", 2025, "target", "45.0"),
            ("취업 상담 건수", "건", 2023, "actual", "8120"),
            ("취업 상담 건수", "건", 2024, "target", "9000"),
            ("취업 상담 건수", "건", 2024, "actual", "9450"),
            ("취업 상담 건수", "건", 2025, "target", "10000"),
        },
    ),
    (
        "a 공단's 경영목표 | 단위 | 2024 목표 | 2024 실적 | 달성률(%): the rate of that year",
        [p("○ 산하기관 경영목표"), _AGENCY],
        {
            ("청년센터 이용자 만족도", "점", 2024, "target", "85.0"),
            ("청년센터 이용자 만족도", "점", 2024, "actual", "87.2"),
            ("청년센터 이용자 만족도", "%", 2024, "rate", "102.6"),
            ("청년공간 가동률", "%", 2024, "target", "70.0"),
            ("청년공간 가동률", "%", 2024, "actual", "63.0"),
            ("청년공간 가동률", "%", 2024, "rate", "90.0"),
        },
    ),
    (
        "○ 성과지표 over 구 분 | ’24 실적 | ’25 목표: the title names the indicators",
        [p("○ 성과지표"), _TITLED],
        {
            ("청년 고용률", "%", 2024, "actual", "43.2"),
            ("청년 고용률", "%", 2025, "target", "45.0"),
            ("일자리 박람회 참여기업", "개사", 2024, "actual", "120"),
            ("일자리 박람회 참여기업", "개사", 2025, "target", "150"),
        },
    ),
    (
        "지표명 | 구분 | 2024년 | 2025년 with rows 목표 and 실적 (a '-' is no figure)",
        [p("○ 성과지표"), _BY_ROWS],
        {
            ("청년 정책 인지도", "%", 2024, "target", "35.0"),
            ("청년 정책 인지도", "%", 2025, "target", "40.0"),
            ("청년 정책 인지도", "%", 2024, "actual", "33.8"),
        },
    ),
    (
        "구 분 | 2024 목표 | 2024 실적 under a title of no indicator: none",
        [
            p("○ 상담 운영 현황"),
            _table([["구 분", "2024 목표", "2024 실적"], ["취업 상담", "900건", "950건"]]),
        ],
        set(),
    ),
]


@pytest.mark.parametrize(("body", "want"), [(b, w) for _, b, w in TABLE_CASES],
                         ids=[c[0][:40] for c in TABLE_CASES])  # fmt: skip
def test_a_table_of_indicators_gives_its_figures(body: list[str], want: set[Figure]) -> None:
    report = _card(*body)
    assert _figures(report) == want
    for i in report.indicators:  # (each in its cell, under its card's node)
        assert i.table_id is not None and i.row is not None and i.col is not None
        assert i.project_id == "1-1"


PROSE_CASES: list[tuple[str, list[str], set[Figure]]] = [
    (
        "성과지표 : name, target, (’24년 baseline)",
        [p("○ 성과지표 : 청년 고용률 45%(’24년 43.2%)")],
        {
            ("청년 고용률", "%", 2025, "target", "45"),
            ("청년 고용률", "%", 2024, "baseline", "43.2"),
        },
    ),
    (
        "성과지표 : two indicators, a 목표 year printed",
        [p("○ 성과지표 : 취업 상담 1,500건, 참여자 만족도 ’25년 85점")],
        {
            ("취업 상담", "건", 2025, "target", "1500"),
            ("참여자 만족도", "점", 2025, "target", "85"),
        },
    ),
    (
        "(성과지표) in brackets, as a 시's card labels its lines",
        [p("○ (성과지표) 청년 고용률 45%(’24년 43.2%)")],
        {
            ("청년 고용률", "%", 2025, "target", "45"),
            ("청년 고용률", "%", 2024, "baseline", "43.2"),
        },
    ),
    (
        "성과지표 : name over - 목 표 : figure",
        [p("○ 성과지표 : 창업기업 3년 생존율"), p("- 목 표 : 60%")],
        {("창업기업 3년 생존율", "%", 2025, "target", "60")},
    ),
    (
        "성과지표 : now → target",
        [p("○ 성과지표 : 청년 고용률 43.2% → 45%")],
        {
            ("청년 고용률", "%", None, "baseline", "43.2"),
            ("청년 고용률", "%", 2025, "target", "45"),
        },
    ),
    (
        "목표 : a figure under no indicator line, 추진실적 : a count: none",
        [p("○ 목 표 : 취업자 1,000명"), p("○ 추진실적 : 상담 1,200건")],
        set(),
    ),
]


@pytest.mark.parametrize(("body", "want"), [(b, w) for _, b, w in PROSE_CASES],
                         ids=[c[0][:40] for c in PROSE_CASES])  # fmt: skip
def test_a_line_that_states_an_indicator_gives_its_figures(
    body: list[str], want: set[Figure]
) -> None:
    report = _card(*body)
    assert _figures(report) == want
    for i in report.indicators:  # (no cell; the node of its line, its card)
        assert (i.table_id, i.row, i.col) == (None, None, None)
        assert i.project_id == "1-1" and i.node is not None


def test_the_value_is_exact_and_keeps_its_printed_places() -> None:
    report = _card(p("○ 성과지표"), _TITLED)
    values = {i.raw: i.value for i in report.indicators}
    assert values["45.0"] == Decimal("45.0") and f"{values['45.0']:f}" == "45.0"


RATE_CASES: list[tuple[str, str, str, str, bool]] = [
    ("5,000", "5,400", "108.0", "exact", True),
    ("80", "83.5", "104.4", "rounded: 104.375", True),
    ("70.0", "63.0", "95.0", "wrong: 90.0", False),
    ("1,200", "1,350", "112.5", "exact", True),
    ("1,200", "1,350", "115", "wrong: 112.5", False),
]


@pytest.mark.parametrize(("target", "actual", "rate", "why", "passed"), RATE_CASES)
def test_the_rate_check(target: str, actual: str, rate: str, why: str, passed: bool) -> None:
    rows = [["성과지표", "단위", "2024년 목표", "2024년 실적", "달성률"],
            ["상담 건수", "건", target, actual, rate]]  # fmt: skip
    report = _card(p("○ 성과지표"), _table(rows))
    checks = [c for c in report.validation if c.check == "indicators.rate"]
    assert [c.passed for c in checks] == [passed], why


_TEXT_EXPORT = """2025년 주요업무계획

Ⅰ. 일반현황
1. 조직
□ 기 구 : 2과 5팀

Ⅱ. 2025년 주요업무 추진계획
1. 청년 일자리 확대
□ 청년 월세 지원 (청년활동지원과)
○ 사업기간 : 2025. 1. ~ 12.
○ 사 업 비 : 3,000백만원
○ 성과지표
  지 표 명            단위    ’24 목표    ’24 실적    달성률    ’25 목표
  월세 지원 청년 수    명       5,000       5,400      108.0      6,000
  수혜자 만족도        점          80        83.5      104.4         85
○ 추진일정
- ’25. 1. ~ 2. : 사업 공고 및 참여자 모집
"""


def test_a_text_exports_table_and_a_rate_of_no_year_beside_two_years() -> None:
    """Rows of a text export under `지 표 명 | 단위 | ’24 목표 | ’24 실적 | 달성률 | ’25
    목표`: the 달성률 is of 2024, the one year with both a target and an actual."""
    report = _text(_TEXT_EXPORT)
    assert _figures(report) == {
        ("월세 지원 청년 수", "명", 2024, "target", "5000"),
        ("월세 지원 청년 수", "명", 2024, "actual", "5400"),
        ("월세 지원 청년 수", "%", 2024, "rate", "108.0"),
        ("월세 지원 청년 수", "명", 2025, "target", "6000"),
        ("수혜자 만족도", "점", 2024, "target", "80"),
        ("수혜자 만족도", "점", 2024, "actual", "83.5"),
        ("수혜자 만족도", "%", 2024, "rate", "104.4"),
        ("수혜자 만족도", "점", 2025, "target", "85"),
    }
    assert {i.project_id for i in report.indicators} == {"1-1"}
    assert [c.passed for c in report.validation if c.check == "indicators.rate"] == [True, True]
