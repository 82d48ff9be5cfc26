"""Budget and staff tables pasted from a sheet into a Hancom report (probe 115, excel: a
bureau's 주요업무계획 in HWPX, and the same written as HWP 5).

A long table the author cut in two (표 나누기), the second opening with the header again,
nothing between them but a blank line or the unit again, `(단위 : 천원)`: read as two
tables, the budget appendix's bureau total was held to the first part's divisions alone (a
false alarm).  Under `증 감` over `금액 | 비율(%)`, a rate in accounting brackets, `(5.6)`,
was read as a share (5.6 %), not a fall (−5.6 %).  A staff table with each 과's subtotal
after its teams and the 합계 at its foot (`문화체육과 소계` in one cell, or `과 | 소 계`)
gave the 과's row as a unit named `… 소계` that was no total, or had the headline held to
the first subtotal.
"""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import Raw, Spans, grid, hwpx, p, sec, to_hwp

COVER = ["2025년 주요업무계획", "문화관광국", "한 솔 구"]
FORMS = ["hwpx", "hwp"]


def _report(paras: list[str], form: str) -> Report:
    # (a string is a paragraph's text; a table is a paragraph already)
    data = hwpx(sec(*[x if isinstance(x, Raw) else p(x) for x in [*COVER, *paras]]))
    if form == "hwp":
        data = to_hwp(data)
    return check(parse_document(read_bytes(data, f"report.{form}"), "report"))


def _grid(rows: list[list[str]], spans: Spans | None = None) -> Raw:
    return p(grid(rows, spans))


def _failed(report: Report, prefix: str) -> list[str]:
    return [c.detail for c in report.validation if c.check.startswith(prefix) and not c.passed]


# --- a table cut in two, its header again ---------------------------------------------------

HEAD = ["구 분", "세부사업", "2025년 예산", "국 비", "구 비"]
FIRST = [
    HEAD,
    ["합 계", "", "3,345,000", "650,000", "2,695,000"],
    ["문화체육과", "소 계", "2,635,000", "500,000", "2,135,000"],
    ["", "문화예술 진흥", "900,000", "300,000", "600,000"],
    ["", "생활체육 활성화", "585,000", "200,000", "385,000"],
    ["", "체육시설 운영", "1,150,000", "-", "1,150,000"],
]
SECOND = [
    HEAD,
    ["관광진흥과", "소 계", "710,000", "150,000", "560,000"],
    ["", "관광축제 개최", "560,000", "150,000", "410,000"],
    ["", "관광안내 운영", "150,000", "-", "150,000"],
]
FIRST_SPANS: Spans = {(1, 0): (1, 2), (2, 0): (4, 1)}
SECOND_SPANS: Spans = {(1, 0): (3, 1)}

#: what stands between the two parts: nothing, a blank paragraph, the unit again
BETWEEN = [
    pytest.param([], id="nothing"),
    pytest.param([p("")], id="blank"),
    pytest.param(["(단위 : 천원)"], id="unit-again"),
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("between", BETWEEN)
def test_a_table_cut_in_two_is_one(between: list[str], form: str) -> None:
    paras = [
        "Ⅰ. 일반현황", "○ 조 직 : 2과 4팀", "붙임  세부사업별 예산 현황", "(단위 : 천원)",
        _grid(FIRST, FIRST_SPANS), *between, _grid(SECOND, SECOND_SPANS),
    ]  # fmt: skip
    report = _report(paras, form)
    of = {c.raw: c.table_id for c in report.table_cells}
    assert of["문화예술 진흥"] == of["관광축제 개최"]
    cells = {(c.row_header, c.col_header): c for c in report.table_cells if not c.is_header}
    assert cells[("관광진흥과 / 관광축제 개최", "2025년 예산")].value_krw == 560_000_000
    assert cells[("관광진흥과 / 관광안내 운영", "국비")].value == 0
    # (the bureau's 합계 is the two 과' subtotals, 2,635,000 + 710,000)
    assert not _failed(report, "budget_items"), _failed(report, "budget_items")
    assert any(c.check.startswith("budget_items.bureau_sum") for c in report.validation)


# --- a change's rate under 증 감 -------------------------------------------------------------

BUDGET = [
    ["구 분", "", "2024년 예산", "", "", "2025년 예산", "", "", "", "증 감", ""],
    ["", "", "계", "국비", "구비", "계", "국비", "구비", "", "전년 대비", ""],
    ["", "", "", "", "", "", "", "", "", "금액", "비율(%)"],
    ["문화체육과", "문화예술 진흥", "850,000", "300,000", "550,000", "900,000", "300,000",
     "600,000", "", "50,000", "5.9"],
    ["", "생활체육 활성화", "620,000", "200,000", "420,000", "585,000", "200,000", "385,000",
     "", "(35,000)", "(5.6)"],
    ["", "소 계", "1,470,000", "500,000", "970,000", "1,485,000", "500,000", "985,000", "",
     "15,000", "1.0"],
    ["합 계", "", "1,470,000", "500,000", "970,000", "1,485,000", "500,000", "985,000", "",
     "15,000", "1.0"],
]  # fmt: skip
BUDGET_SPANS: Spans = {
    (0, 0): (3, 2), (0, 2): (1, 3), (0, 5): (1, 3), (0, 8): (3, 1), (0, 9): (1, 2),
    (1, 2): (2, 1), (1, 3): (2, 1), (1, 4): (2, 1), (1, 5): (2, 1), (1, 6): (2, 1),
    (1, 7): (2, 1), (1, 9): (1, 2), (3, 0): (3, 1), (6, 0): (1, 2),
}  # fmt: skip

#: the labels over 금액 | 비율(%): the group's, the one under it
RATES = [
    pytest.param("증 감", "전년 대비", id="change-over-year"),
    pytest.param("전년 대비", "증 감", id="year-over-change"),
    pytest.param("증 감 (B-A)", "’24년 대비", id="letters"),
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("top", "middle"), RATES)
def test_a_rate_under_a_change_is_signed(top: str, middle: str, form: str) -> None:
    rows = [list(r) for r in BUDGET]
    rows[0][9], rows[1][9] = top, middle
    paras = ["Ⅰ. 일반현황", "1. 예산현황", "(단위 : 천원)", _grid(rows, BUDGET_SPANS)]
    report = _report(paras, form)
    got = {
        c.raw: c.value for c in report.table_cells
        if c.row_header == "문화체육과 / 생활체육 활성화" and c.col_header.endswith("비율(%)")
    }  # fmt: skip
    # (a fall of 35,000 on 620,000: -5.6 %)
    assert got == {"(5.6)": -5.6}
    assert not _failed(report, "budget_summary.rate"), _failed(report, "budget_summary.rate")


# --- a staff table with each 과's subtotal after its teams, 합계 at the foot -----------------

FLAT = (
    [
        ["구 분", "정 원", "현 원", "과부족"],
        ["문화예술팀", "6", "6", "-"],
        ["체육진흥팀", "5", "4", "-1"],
        ["문화체육과 소계", "11", "10", "-1"],
        ["관광정책팀", "7", "8", "1"],
        ["관광마케팅팀", "5", "5", "-"],
        ["관광진흥과 소계", "12", "13", "1"],
        ["합 계", "23", "23", "-"],
    ],
    {},
)
MERGED = (
    [
        ["구 분", "부 서", "정 원", "현 원", "과부족"],
        ["문화체육과", "문화예술팀", "6", "6", "-"],
        ["", "체육진흥팀", "5", "4", "△1"],
        ["", "소 계", "11", "10", "△1"],
        ["관광진흥과", "관광정책팀", "7", "8", "1"],
        ["", "관광마케팅팀", "5", "5", "-"],
        ["", "소 계", "12", "13", "1"],
        ["합 계", "", "23", "23", "-"],
    ],
    {(1, 0): (3, 1), (4, 0): (3, 1), (7, 0): (1, 2)},
)
STAFF = [pytest.param(*FLAT, id="named-subtotal"), pytest.param(*MERGED, id="merged-subtotal")]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("rows", "spans"), STAFF)
def test_subtotals_after_their_teams(rows: list[list[str]], spans: Spans, form: str) -> None:
    paras = [
        "Ⅰ. 일반현황", "1. 인력현황", "□ 인 력 : 정원 23명 / 현원 23명", "(단위 : 명)",
        _grid(rows, spans),
    ]  # fmt: skip
    report = _report(paras, form)
    got = {(r.unit, r.is_total, r.authorized, r.current) for r in report.staffing}
    assert ("문화체육과", True, 11, 10) in got
    assert ("관광진흥과", True, 12, 13) in got
    assert ("계", True, 23, 23) in got
    assert ("체육진흥팀", False, 5, 4) in got
    assert not _failed(report, "staffing"), _failed(report, "staffing")
    assert {"staffing.total.authorized", "staffing.headline.current"} <= {
        c.check for c in report.validation
    }
