"""Budget forms of the probe-109 reports: a 세부사업 appendix whose 구 분 spans a column of
과 and one of 팀 (verticalheads), a fund's own 운용계획 table under the budget part and a
line of one account's items (specialaccount).  What each must give is worked out from the
rows written here."""

from __future__ import annotations

from extract.document import Line
from extract.parse.budget_prose import line_totals
from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx
from tests.test_probe22_budget import Cell, _grid
from tests.test_probed import failed
from tests.test_review109_budget import BY_DIVISION

# --- 1. an appendix by 과, each over its 소계 and its teams' items --------------------------

#: 구 분 over 과 | 팀 | 세 부 사 업; each 과 merged down over its rows, the first its 소 계
#: across the 팀 and 세부사업 columns; each 팀 merged down over its items
BY_TEAMS: list[list[Cell | str]] = [
    [("구    분", 1, 3), ("2026년 예산", 2, 1), ("2025년 예산", 2, 1), ("증    감", 2, 1)],
    ["과", "팀", "세 부 사 업"],
    [("합    계", 1, 3), "1,000", "900", "100"],
    [("안전총괄과", 4, 1), ("소    계", 1, 2), "600", "500", "100"],
    [("안전정책팀", 2, 1), "안전문화 확산", "200", "150", "50"],
    ["지역안전지수 개선", "100", "100", "-"],
    ["재난대응팀", "재난상황실 운영", "300", "250", "50"],
    [("도로과", 3, 1), ("소    계", 1, 2), "400", "400", "-"],
    ["도로시설팀", "보도 정비", "250", "300", "△50"],
    ["도로행정팀", "도로명주소 관리", "150", "100", "50"],
]


def _appendix(rows: list[list[Cell | str]]) -> Report:
    return _hwpx(
        p("2026년 주요업무보고"), p("안전도시국"),
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 2과 4팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 안전문화 확산"), p("○ 사업비 : 2억원"),
        p("붙임  2026년 세부사업별 예산 현황"), p("(단위 : 천원)"), p(_grid(rows)),
    )  # fmt: skip


def test_an_appendix_by_division_and_team_gives_each_item_its_division() -> None:
    """Each 과's 소 계 row is its division's row (it had been dropped, the 팀 column read as
    the divisions'), and each item is of the 과 merged down beside it, adding up into the
    과's row (it had been given its 팀 as the division and the 합계 as its parent)."""
    report = _appendix(BY_TEAMS)
    got = [(b.level, b.division, b.parent, b.item, b.budget_krw) for b in report.budget_items]
    assert got == BY_DIVISION
    sums = [(c.check, c.expected) for c in report.validation if c.check.startswith("budget_items")]
    assert sums == [
        ("budget_items.division_sum.budget", "600천원"),
        ("budget_items.division_sum.budget", "400천원"),
        ("budget_items.bureau_sum.budget", "1,000천원"),
    ]
    assert not failed(report)


# --- 2. a fund's own 운용계획 under the budget part -----------------------------------------

#: the body's budget by account (no rate: read from its grid, as the fund's table is), then
#: one fund's sources (조성) and uses (운용) over two years
ACCOUNTS = [
    ["구 분", "2025년", "2026년", "증 감"],
    ["합 계", "10,000", "11,000", "1,000"],
    ["일반회계", "4,000", "4,400", "400"],
    ["상수도사업 특별회계", "6,000", "6,600", "600"],
]
FUND = [
    ["구 분", "2025년", "2026년", "증 감", "비 고"],
    ["조 성 액 계", "2,400", "2,600", "200", ""],
    ["전년도 이월금", "1,100", "1,200", "100", ""],
    ["이자수입", "1,300", "1,400", "100", ""],
    ["운 용 액 계", "2,400", "2,600", "200", ""],
    ["주민지원사업", "1,200", "1,350", "150", ""],
    ["예 치 금", "1,200", "1,250", "50", "정기예탁"],
]


def _fund_report() -> Report:
    return _hwpx(
        p("2026년 주요업무보고"), p("상하수도사업본부"),
        p("Ⅰ. 일반현황"), p("1. 조직 : 1본부 2과"), p("2. 예산 현황"),
        p("가. 회계별 예산"), p("(단위 : 천원)"), p(_grid(ACCOUNTS)),
        p("나. 기금 운용계획"), p("□ 다온시 주민지원기금"),
        p("< 2026년 기금 운용계획 >"), p("(단위 : 천원)"), p(_grid(FUND)),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 관로 정비"), p("○ 사업비 : 2억원"),
    )  # fmt: skip


def test_a_funds_sources_and_uses_are_no_units_of_the_summary() -> None:
    """The fund's table gives no budget_summary rows (its 이월금, 이자수입 and 예치금 had
    been units, 조성액계 and 운용액계 two totals): the summary is the accounts' table's."""
    report = _fund_report()
    assert [(s.unit, s.budget_krw) for s in report.budget_summary] == [
        ("계", 11_000_000),
        ("일반회계", 4_400_000),
        ("상수도사업 특별회계", 6_600_000),
    ]


def test_a_funds_rows_are_of_the_side_its_total_over_them_opens() -> None:
    """In the fund's budget lines, 조성 (what comes in) is revenue and 운용 (what it goes
    to) expenditure, each row of the side of the total over it (only 이자수입 had a side)."""
    report = _fund_report()
    rows = ("조성액계", "전년도 이월금", "이자수입", "운용액계", "주민지원사업", "예치금")
    sides = {(b.item, b.side) for b in report.budget_lines if b.year == 2026 and b.item in rows}
    assert sides == {
        ("조성액계", "revenue"), ("전년도 이월금", "revenue"), ("이자수입", "revenue"),
        ("운용액계", "expenditure"), ("주민지원사업", "expenditure"), ("예치금", "expenditure"),
    }  # fmt: skip


# --- 3. a line of one account's items ------------------------------------------------------


def test_a_line_of_one_accounts_items_states_no_total_of_a_side() -> None:
    """"○ 상수도 : 수익적 수입(…) 98,415,200천원, 자본적 지출(…) 47,821,800천원": parts of
    each side, one account's (they had been stated as the whole 수입 and 지출, and checked
    against the table's 수입 계 and 지출 계)."""
    text = (
        "○ 상수도 : 수익적 수입(요금수익 등) 98,415,200천원, "
        "자본적 지출(관로 정비 등) 47,821,800천원"
    )
    assert line_totals(Line(1, text, text)) == []
    whole = "○ 2026년 예산 : 수입 324,142,300천원, 지출 324,142,300천원"
    assert [(s.key, s.value) for s in line_totals(Line(1, whole, whole))] == [
        ("budget.revenue", 324_142_300_000), ("budget.expenditure", 324_142_300_000)
    ]
