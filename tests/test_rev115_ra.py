"""Review of round 115's budget rules (part A): forms near the new rules' that they read
wrong, and variations of their own forms that real reports print.

* A 추경 report's grid under a part titled by the report's own bureau (`1. 도시교통국`
  over `정책사업 | 단위사업 | 세부사업 | 기정예산액 | 추경예산액(안)`): the titled-division
  rule made its 합계 a division `도시교통국`; it is the bureau's own row.
* `○ 주요 세출내역` whose lines are not all amounts (`- 교통약자 이동지원 : 계속사업`):
  no line was read; the lines with amounts are the main items, the worded one none.
* `○ 주요 세출내역 (단위 : 백만원)` over bare figures (`- 시내버스 재정지원 : 9,250`):
  no line was read; the label's note is the unit of its lines' figures.
"""

from __future__ import annotations

import pytest

from schemas import Report
from tests.hwpx_maker import p
from tests.test_fix114_council import COVER, STAFF, _failed
from tests.test_fix114_council import _report as _council
from tests.test_fix115_supp import _DETAIL, _HEAD, _detail
from tests.test_other_reports import _hwpx, _table

# --- a grid under the report's own bureau's title ----------------------------------------


def _bureau_grid(title: str) -> Report:
    """A bureau's 추경 report whose detail grid stands under a part titled by the bureau."""
    return _hwpx(
        p("2026년 제1회 추가경정예산안 설명"), p("도 시 교 통 국"), p("2026. 4."),
        p("Ⅰ. 일반현황"), p("1. 조 직 : 1국 2과 8팀"),
        p("Ⅱ. 추경예산안 총괄"),
        p("1. 세출예산안 (부서별)"), p("(단위 : 백만원)"),
        p(_table([
            _HEAD,
            ["합 계", "3,300", "3,600", "300", ""],
            ["교통정책과", "1,300", "1,100", "△200", ""],
            ["대중교통과", "2,000", "2,500", "500", ""],
        ])),
        p("Ⅲ. 세부사업별 세출예산안"),
        p(title), p("(단위 : 천원)"),
        p(_detail([
            ["3,300,000", "3,600,000", "300,000", ""],
            ["교통정책 수립", "교통계획 수립", "교통 기본계획 용역", "600,000", "500,000",
             "△100,000", ""],
            ["교통정책 수립", "교통계획 수립", "교통안전 캠페인", "700,000", "600,000",
             "△100,000", ""],
            ["대중교통 활성화", "버스 서비스 개선", "저상버스 도입", "2,000,000", "2,500,000",
             "500,000", ""],
        ])),
    )  # fmt: skip


@pytest.mark.parametrize("title", ["1. 도시교통국", "가. 도시교통국"])
def test_a_grid_under_the_reports_own_bureau(title: str) -> None:
    """The grid's 합계 is the bureau's row (no division of the bureau's name), its
    세부사업 items of no division."""
    assert len(_DETAIL) == 7
    got = [(i.level, i.division, i.item, i.budget_krw) for i in _bureau_grid(title).budget_items]
    assert got == [
        ("bureau", None, "합계", 3_600_000_000),
        ("item", None, "교통 기본계획 용역", 500_000_000),
        ("item", None, "교통안전 캠페인", 600_000_000),
        ("item", None, "저상버스 도입", 2_500_000_000),
    ]


# --- main items listed in words: a worded line, a unit note ------------------------------

_BUDGET = ["Ⅱ. 예산 현황", "1. 2025년 예산 개요", "○ 세출예산 : 15,234백만원"]
_PLAN = [
    "Ⅲ. 주요업무 추진계획", "1. 의정활동 지원", "□ 의정활동 지원 강화", "○ 추진기간 : ’25. 1.~12."
]  # fmt: skip


@pytest.mark.parametrize("text", [True, False], ids=["text", "hwpx"])
@pytest.mark.parametrize(
    ("lines", "want"),
    [
        pytest.param(
            ["○ 주요 세출내역", "- 의정운영 공통경비 : 1,250백만원",
             "- 의원 국외여비 : 450백만원", "- 의정활동 홍보 : 계속사업"],
            [("의정운영 공통경비", 1_250_000_000, "백만원"),
             ("의원 국외여비", 450_000_000, "백만원")],
            id="a-worded-line",
        ),
        pytest.param(
            ["○ 주요 세출내역 (단위 : 백만원)", "- 의정운영 공통경비 : 1,250",
             "- 의원 국외여비 : 450"],
            [("의정운영 공통경비", 1_250_000_000, "백만원"),
             ("의원 국외여비", 450_000_000, "백만원")],
            id="unit-note",
        ),
        pytest.param(
            ["○ 세출 주요사업(단위: 천원)", "- 의정활동 지원 : 3,100,000 (전년 동)",
             "- 의회 홍보 : 520,000"],
            [("의정활동 지원", 3_100_000_000, "천원"), ("의회 홍보", 520_000_000, "천원")],
            id="unit-note-thousands",
        ),
    ],
)  # fmt: skip
def test_main_items_listed_in_words(
    lines: list[str], want: list[tuple[str, int, str]], text: bool
) -> None:
    """Each line with an amount is an expenditure line of its item; a worded line none; a
    label's unit note the unit of bare figures; the label's words without the note."""
    report = _council([*COVER, "Ⅰ. 일반현황", "1. 인력 현황", "(단위 : 명)", STAFF,
                       *_BUDGET, *lines, *_PLAN], text)  # fmt: skip
    got = [(b.item, b.amount_krw, b.currency_unit) for b in report.budget_lines]
    assert got == want
    assert {b.side for b in report.budget_lines} == {"expenditure"}
    assert all("단위" not in (b.label or "") for b in report.budget_lines)
    assert not _failed(report, "budget_lines.")


# --- a 추경 table's amount kinds: an ordinal before, a draft's 안 after -------------------


@pytest.mark.parametrize(
    ("base", "amended"),
    [("본 예 산", "제1회 추경"), ("기정예산", "추경예산안"), ("기 정 액", "제2회 추경예산안")],
)
def test_a_supplementary_tables_amount_kinds(base: str, amended: str) -> None:
    """`제1회 추경`, `추경예산안`: the 추경's amounts (as `추경예산액(안)`), no category of
    the budget: each division's lines of no item."""
    report = _hwpx(
        p("2026년 제1회 추가경정예산안 설명"), p("도 시 교 통 국"), p("2026. 4."),
        p("Ⅰ. 일반현황"), p("1. 조 직 : 1국 2과 8팀"),
        p("Ⅱ. 추경예산안 총괄"),
        p("1. 세출예산안 (부서별)"), p("(단위 : 백만원)"),
        p(_table([
            ["구 분", base, amended, "증 감", "증감률"],
            ["합 계", "8,500", "9,550", "1,050", "12.4"],
            ["교통정책과", "3,300", "3,600", "300", "9.1"],
            ["대중교통과", "5,200", "5,950", "750", "14.4"],
        ])),
    )  # fmt: skip
    got = {(b.unit, b.amount_krw, b.item) for b in report.budget_lines}
    assert got == {
        ("계", 8_500_000_000, None), ("계", 9_550_000_000, None),
        ("교통정책과", 3_300_000_000, None), ("교통정책과", 3_600_000_000, None),
        ("대중교통과", 5_200_000_000, None), ("대중교통과", 5_950_000_000, None),
    }  # fmt: skip


# --- sources down under each unit's row ------------------------------------------------------

_BY_UNIT = """\
구 분        2025년 예산   2024년 예산   증 감
합 계        12,000        11,000        1,000
총무담당관   4,000         3,600         400
국 비        1,500         1,400         100
시 비        2,500         2,200         300
의사담당관   8,000         7,400         600
국 비        3,000         2,800         200
시 비        5,000         4,600         400"""


@pytest.mark.parametrize("text", [True, False], ids=["text", "hwpx"])
def test_sources_down_under_each_unit(text: bool) -> None:
    """`총무담당관` over `국 비`, `시 비`: the unit's row its whole, the sources' rows its
    shares of each year (source, no item), not the body's items `국비`, `시비`."""
    report = _council([*COVER, "Ⅰ. 일반현황", "1. 인력 현황", "(단위 : 명)", STAFF,
                       "Ⅱ. 예산 현황", "1. 2025년 예산", "(단위 : 백만원)", _BY_UNIT,
                       *_PLAN], text)  # fmt: skip
    got = {
        (b.unit, b.source, b.item, b.is_total, b.amount_krw)
        for b in report.budget_lines if b.year == 2025
    }
    assert got == {
        ("계", None, None, True, 12_000_000_000),
        ("총무담당관", None, None, True, 4_000_000_000),
        ("총무담당관", "국비", None, False, 1_500_000_000),
        ("총무담당관", "시비", None, False, 2_500_000_000),
        ("의사담당관", None, None, True, 8_000_000_000),
        ("의사담당관", "국비", None, False, 3_000_000_000),
        ("의사담당관", "시비", None, False, 5_000_000_000),
    }
    assert not _failed(report, "budget_")


# --- a public budget's column beside the private share ----------------------------------------

_SUPPORT = """\
사 업 명            {cost}      국 비     도 비     시 비     자부담
친환경 농자재 지원   {a}         100       100       200       100
농기계 임차 지원     {b}         0         90        210       60"""


@pytest.mark.parametrize("text", [True, False], ids=["text", "hwpx"])
def test_a_public_budget_beside_the_private_share(text: bool) -> None:
    """`예산액 | 국 비 | 도 비 | 시 비 | 자부담`: the 예산액 is the governments' shares (400 =
    100 + 100 + 200), the 자부담 beside it no part of it: tables.sources passes."""
    table = _SUPPORT.format(cost="예산액", a="400", b="300")
    report = _council([*COVER, "Ⅰ. 일반현황", "1. 인력 현황", "(단위 : 명)", STAFF,
                       "Ⅱ. 주요업무 추진계획", "1. 농업인 지원", "□ 농업인 지원사업 현황",
                       "(단위 : 백만원)", table], text)  # fmt: skip
    checks = [c for c in report.validation if c.check == "tables.sources"]
    assert len(checks) == 2
    assert all(c.passed for c in checks)


# --- an investment plan's spent column named with its years --------------------------------

_INVEST = """\
사 업 명           총사업비    {spent}    2025     2026     2027     향 후
도시철도 2호선      12,000      3,000      1,500    1,800    2,000    3,700
환승센터 건립       850         100        250      300      200      -"""


@pytest.mark.parametrize(
    ("spent", "text"),
    [("기투자(~’24)", True), ("기투자(~’24)", False),
     ("’24년까지 기투자", False), ("기투자 (’24까지)", False)],
)  # fmt: skip
def test_an_investment_plans_spent_column_with_its_years(spent: str, text: bool) -> None:
    """`총사업비 | 기투자(~’24) | 2025 | … | 향 후`: the spent column is one of the periods
    (12,000 = 3,000 + 1,500 + 1,800 + 2,000 + 3,700): tables.years_total passes.  (A text
    header `기투자 (’24까지)` is set apart at its bracket by the text's columns: HWPX only.)"""
    report = _council([*COVER, "Ⅰ. 일반현황", "1. 인력 현황", "(단위 : 명)", STAFF,
                       "Ⅱ. 주요 투자사업", "1. 연차별 투자계획", "(단위 : 억원)",
                       _INVEST.format(spent=spent)], text)  # fmt: skip
    checks = [c for c in report.validation if c.check == "tables.years_total"]
    assert len(checks) == 2
    assert all(c.passed for c in checks)
