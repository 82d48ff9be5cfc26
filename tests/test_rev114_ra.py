"""Review of round 114's budget, organisation and staff rules of a 공사's and a council
secretariat's report (rev114, part A), on near forms of a city's report.

- No sum runs over a row of the other side (영업수익 over 영업비용): a row's side was read
  from a side's word anywhere in its label, so a 세출 table's division ``세외수입과`` or
  expense ``수입대체경비`` stopped ``일반회계 세출``'s sum over its rows and it was no total
  any more.  Now the side is the label's last word's (``영업수익``, ``일반회계 세출``).
- A row naming a ratio of its own is no amount: a city's ``재정자립도`` beside its budget
  (``(단위 : 억원, %)``) was read as money.
- Staff counted apart on a labelled line: a line restating a form of employment the table
  has a column of (``임기제 | 5`` over ``○ 임기제공무원 : 정원 5명 / 현원 4명``) was a
  second row of the same staff.
"""

from __future__ import annotations

import pytest

from schemas import Report
from tests.hwpx_maker import cell, p, tbl
from tests.test_fix114_corp import _hwpx as corp_hwpx
from tests.test_fix114_corp import _text as corp_text

COVER = ["2025년 주요업무보고", "해솔시의회 기획행정위원회", "2025. 2.", "해솔시 재정국"]


def _table(rows: list[list[str]]) -> str:
    cells = [cell(r, c, p(x)) for r, row in enumerate(rows) for c, x in enumerate(row)]
    return p(tbl(len(rows), max(len(r) for r in rows), cells))


def _hwpx(*paras: str) -> Report:
    return corp_hwpx(*paras, cover=COVER)


def _text(lines: list[str]) -> Report:
    return corp_text(lines, cover=COVER)


#: (the sum's label, its rows' labels): a 세출 table whose rows hold a side's word in a name
SUMS = [
    pytest.param("일반회계 세출", ["세정과", "세외수입과", "징수과"], id="division-of-revenue"),
    pytest.param("세출예산", ["인건비", "수입대체경비", "사업비"], id="expense-named-by-revenue"),
]


@pytest.mark.parametrize(("total", "parts"), SUMS)
def test_a_side_word_inside_a_name_stops_no_sum(total: str, parts: list[str]) -> None:
    """`일반회계 세출 | 3,000` over its three rows adding up to it: the 세출's total."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 예산현황"), p("(단위 : 백만원)"),
        _table([["구 분", "2025년", "2024년", "증 감"],
                [total, "3,000", "2,800", "200"],
                [parts[0], "1,000", "900", "100"],
                [parts[1], "1,200", "1,100", "100"],
                [parts[2], "800", "800", "0"]]),
    )  # fmt: skip
    totals = {(b.year, b.amount_krw) for b in report.budget_lines if b.is_total}
    assert totals == {(2025, 3_000_000_000), (2024, 2_800_000_000)}


@pytest.mark.parametrize("ratio", ["재정자립도", "재정자주도", "재정자립도(%)"])
def test_a_citys_fiscal_ratio_row_is_no_amount(ratio: str) -> None:
    """`재정자립도 | 34.2 | 33.6` under `(단위 : 억원, %)`: percentages, no budget line."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 재정현황"), p("(단위 : 억원, %)"),
        _table([["구 분", "2024년", "2025년"], ["예산규모", "12,000", "12,800"],
                ["자체수입", "4,100", "4,300"], [ratio, "34.2", "33.6"]]),
    )  # fmt: skip
    assert not [b for b in report.budget_lines if b.raw in ("34.2", "33.6")]
    assert {b.amount_krw for b in report.budget_lines if b.item == "자체수입"} == {
        410_000_000_000, 430_000_000_000}


@pytest.mark.parametrize("line", ["○ 임기제공무원 : 정원 5명 / 현원 4명",
                                  "- 임기제 직원 : 정원 5명, 현원 4명"])
def test_a_line_restating_a_column_of_the_table_is_no_second_row(line: str) -> None:
    """`임기제 | 5 | 4` in the table and the line saying the same: one row of 임기제."""
    report = _text(["Ⅰ. 일반현황", "1. 인력현황", "(단위 : 명)",
                    "구 분    계     일반직   임기제   공무직",
                    "정 원    717    650      5        62",
                    "현 원    706    645      4        57",
                    line])  # fmt: skip
    rows = [(s.authorized, s.current) for s in report.staffing if s.employment == "임기제"]
    assert rows == [(5, 4)]


@pytest.mark.parametrize("line", [" ○ 사장 직속 : 감사실(감사팀·청렴팀)",
                                  " ○ 사장 직속 : 감사실(감사팀ㆍ청렴팀), 비서실"])
def test_teams_in_a_units_bracket_set_apart_by_a_middle_dot(line: str) -> None:
    """`감사실(감사팀·청렴팀)`: two teams under 감사실, as with a comma (the line was lost)."""
    report = _text(["Ⅰ. 경영현황", "1. 조직현황", "□ 조 직 : 1본부 2처 1실 5팀", line,
                    " ○ 경영본부 : 기획처(기획팀, 예산팀), 사업처(사업팀)"])  # fmt: skip
    got = {(u.name, u.parent) for u in report.organization}
    assert {("감사팀", "감사실"), ("청렴팀", "감사실"), ("기획팀", "기획처")} <= got
    assert not [u for u in report.organization if "·" in u.name or "ㆍ" in u.name]
