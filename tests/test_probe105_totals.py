"""Sentences that state no total of the report's year's budget (probes `trillion` and
`waterworks`): a projection for a later year, last year's figure, a sum over several years
and a change by an amount are no stated totals; and a budget appendix whose 과 of one
item prints no 소계 adds up to its 합계."""

from __future__ import annotations

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_CITY = [
    ["구 분", "2025년 예산(A)", "2024년 예산(B)", "증 감(A-B)"],
    ["합 계", "152,340", "147,528", "4,812"],
    ["일반회계", "118,560", "114,236", "4,324"],
    ["특별회계", "33,780", "33,292", "488"],
]


def _report(*prose: str) -> Report:
    """A 2025 report of a 기획조정실 whose budget part states the budget over its table,
    then ``prose``."""
    return _hwpx(
        p("2025년 주요업무보고"), p("청운광역시 기획조정실"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조 직 : 2관 4팀"),
        p("2. 예산 현황"), p("□ 2025년 예산 : 152,340억원"), p("(단위 : 억원)"),
        p(_table(_CITY)), *prose,
        p("Ⅱ. 2025년 주요업무 추진계획"), p("1. 재정 건전성 강화"),
        p("가. 중기지방재정계획 수립 (예산담당관)"), p("□ 추진계획"),
        p("○ ’25. 9. : 계획 수립"),
    )  # fmt: skip


def _stated(report: Report) -> list[int]:
    return [s.value for s in report.stated_totals if s.key.startswith("budget.")]


def _failed(report: Report) -> list[str]:
    return [c.detail for c in report.validation if not c.passed]


def test_a_projection_after_the_arrow_is_no_total_of_the_year() -> None:
    """`□ 재정규모 : 2025년 15조 2,340억원 → 2029년 17조 550억원`: the 2025 budget is stated,
    the 2029 projection is not (it had been held to the 2025 table, and failed)."""
    report = _report(
        p("3. 중기지방재정계획 (2025~2029)"),
        p("□ 재정규모 : 2025년 15조 2,340억원 → 2029년 17조 550억원"),
    )  # fmt: skip
    assert 17_055_000_000_000 not in _stated(report)
    assert 15_234_000_000_000 in _stated(report)
    assert not _failed(report)


def test_a_sum_over_several_years_is_no_total_of_the_year() -> None:
    """`○ 5년간 총 재정규모 80조 7,290억원` and `○ 2025~2029년 총 재정규모 …`: sums over
    five years, no budget of 2025."""
    report = _report(
        p("3. 중기지방재정계획 (2025~2029)"),
        p("○ 5년간 총 재정규모 80조 7,290억원, 연평균 2.9% 증가"),
        p("○ 2025~2029년 총 재정규모 80조 7,290억원"),
    )  # fmt: skip
    assert 80_729_000_000_000 not in _stated(report)
    assert not _failed(report)


def test_a_figure_a_word_opens_with_stays_in_the_stated_text() -> None:
    """`○ 2025년 제1회 추경예산 : 152,340억원`: the stated text keeps the `1` of `제1회` (it
    had kept `제회 추경예산`)."""
    report = _report(p("○ 2025년 제1회 추경예산 : 152,340억원"))
    (raw,) = [s.raw for s in report.stated_totals if "추경" in s.raw]
    assert raw == "제1회 추경예산 152,340억원"


_SPECIAL = [
    ["구 분", "2024년 예산(A)", "2023년 예산(B)", "증 감(A-B)"],
    ["세 입 계", "512,340", "494,080", "18,260"],
    ["영업수익", "356,420", "341,950", "14,470"],
    ["자본적 수입", "155,920", "152,130", "3,790"],
    ["세 출 계", "512,340", "494,080", "18,260"],
    ["영업비용", "314,220", "306,380", "7,840"],
    ["자본적 지출", "198,120", "187,700", "10,420"],
]


def _waterworks(*paras: str) -> Report:
    """A 2024 report of a 상수도사업본부: ``paras`` in its general part."""
    return _hwpx(
        p("2024년 주요업무보고"), p("청람광역시 상수도사업본부"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조 직 : 1본부 3부"),
        p("2. 요금 수입 및 예산"), *paras,
        p("Ⅱ. 2024년 주요업무계획"), p("1. 안정적 급수"),
        p("가. 노후 상수관로 정비 (관로관리과)"), p("□ 추진계획"),
        p("○ ’24. 3. : 착공"),
    )  # fmt: skip


def test_last_years_income_and_a_change_are_no_totals() -> None:
    """`□ 2023년 요금 수입 301,260백만원 (…)` in a 2024 report is last year's income, and
    `○ 세출 : … 자본적 지출 10,420백만원 증` a change: neither is a stated total (both had
    been, and failed against the table's 512,340백만원)."""
    report = _waterworks(
        p("가. 요금 수입 현황"),
        p("□ 2023년 요금 수입 301,260백만원 (전년 대비 11,530백만원, 4.0% 증)"),
        p("나. 2024년 예산 현황"),
        p("□ 2024년 상수도사업 특별회계 예산 : 512,340백만원 (전년 대비 18,260백만원, 3.7% 증)"),
        p("(단위 : 백만원)"), p(_table(_SPECIAL)),
        p("○ 세출 : 노후 상수관로 정비, 고도정수처리시설 개량 등 자본적 지출 10,420백만원 증"),
    )  # fmt: skip
    assert _stated(report) == [512_340_000_000]
    stated = [c for c in report.validation if c.check == "budget_lines.stated"]
    assert [c.passed for c in stated] == [True]


_APPENDIX = """\

                         2024년 주요업무보고

                       청람광역시 상수도사업본부

Ⅰ. 일반현황
 1. 조    직
  □ 조    직 : 1본부 5과

Ⅱ. 2024년 주요업무계획
 1. 노후 상수관로 정비 (관로관리과)
  □ 사업개요
   ○ 사업기간 : 2024. 1. ~ 12.
   ○ 사 업 비 : 46,800백만원
  □ 추진계획
   ○ ’24. 3. : 착공

붙임  2024년 부서별 주요사업 예산 현황

                                                      (단위 : 백만원)
 부 서 명      사 업 명                        2024년 예산   2023년 예산    증  감
 합    계                                          68,200       54,880      13,320
 경영기획과    소    계                             1,570          980         590
               수돗물 음용률 향상 홍보              1,250          980         270
               상수도 경영진단 용역                   320            -         320
 급수운영과    소    계                            10,030        1,400       8,630
               스마트 관망관리 인프라 구축          8,400          600       7,800
               옥내 노후 급수관 개량 지원           1,630          800         830
 관로관리과    노후 상수관로 정비                  46,800       44,100       2,700
 스마트급수과  스마트 미터링(AMI) 구축              9,800        8,400       1,400
"""


def test_an_appendix_division_of_one_item_without_its_subtotal_adds_up() -> None:
    """`관로관리과 노후 상수관로 정비 46,800` beside 과 with `소 계` rows: its one item stands
    for it in the 합계 (the check had added the 소계 rows alone, 11,600백만원, and failed)."""
    report = _text(_APPENDIX)
    items = {(b.division, b.item, b.budget_krw) for b in report.budget_items if b.level == "item"}
    assert ("관로관리과", "노후 상수관로 정비", 46_800_000_000) in items
    sums = [c for c in report.validation if c.check.startswith("budget_items.bureau_sum")]
    assert sums and all(c.passed for c in sums), [c.detail for c in sums]


def test_a_drawn_appendix_division_of_one_item_without_its_subtotal_adds_up() -> None:
    """The same appendix drawn as a grid, `부 서 명` merged down beside each 과's 소계 and
    items, and `관로관리과` beside its one item alone: the 합계 is its 과' 소계 and that item
    (the check had added the 소계 rows alone, 11,600백만원, and failed)."""
    rows = [
        ["부 서 명", "사 업 명", "2024년 예산", "2023년 예산", "증 감"],
        ["합 계", "", "68,200", "54,880", "13,320"],
        ["경영기획과", "소 계", "1,570", "980", "590"],
        ["", "수돗물 음용률 향상 홍보", "1,250", "980", "270"],
        ["", "상수도 경영진단 용역", "320", "-", "320"],
        ["급수운영과", "소 계", "10,030", "1,400", "8,630"],
        ["", "스마트 관망관리 인프라 구축", "8,400", "600", "7,800"],
        ["", "옥내 노후 급수관 개량 지원", "1,630", "800", "830"],
        ["관로관리과", "노후 상수관로 정비", "46,800", "44,100", "2,700"],
        ["스마트급수과", "스마트 미터링(AMI) 구축", "9,800", "8,400", "1,400"],
    ]
    report = _hwpx(
        p("2024년 주요업무보고"), p("청람광역시 상수도사업본부"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조 직 : 1본부 5과"),
        p("Ⅱ. 2024년 주요업무계획"), p("1. 노후 상수관로 정비 (관로관리과)"),
        p("□ 사업개요"), p("○ 사업기간 : 2024. 1. ~ 12."), p("○ 사 업 비 : 46,800백만원"),
        p("붙임  2024년 부서별 주요사업 예산 현황"), p("(단위 : 백만원)"),
        p(_table(rows, {(2, 0): 3, (5, 0): 3})),
    )  # fmt: skip
    items = {(b.division, b.item, b.budget_krw) for b in report.budget_items if b.level == "item"}
    assert ("관로관리과", "노후 상수관로 정비", 46_800_000_000) in items
    sums = [c for c in report.validation if c.check.startswith("budget_items.bureau_sum")]
    assert sums and all(c.passed for c in sums), [c.detail for c in sums]
