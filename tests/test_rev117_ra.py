"""Review of round 117's table, budget and grammar rules (part A).

A school year alone reads as March to February (6a6ceab), but a school year followed by the
part of it that a line names ("2025학년도 3월", "2025학년도 상반기", "2025학년도 말") is no
date of its own: the line's date is that part (as before the rule), not the whole school
year read first beside it.
"""

from __future__ import annotations

import pytest

from extract.normalize.dates import find_dates
from tests.test_fix117_foundation import _text as _lines
from tests.test_other_reports import _text

SCHOOL_YEAR_PARTS = [
    pytest.param("2025학년도 3월 입학식", [("2025-03-01", "2025-03-31")], id="month"),
    pytest.param("2025학년도 상반기 연수", [("2025-01-01", "2025-06-30")], id="half"),
    pytest.param("2025학년도 말 평가", [], id="end-of"),
    pytest.param("2025학년도 초 배정", [], id="start-of"),
    pytest.param("2025학년도 하반기", [("2025-07-01", "2025-12-31")], id="second-half"),
]


@pytest.mark.parametrize(("text", "spans"), SCHOOL_YEAR_PARTS)
def test_school_year_before_its_part(text: str, spans: list[tuple[str, str]]) -> None:
    found = [(str(d.start), str(d.end)) for d in find_dates(text, 2025)]
    assert found == spans


# --- a row of rates whose 계 is 100 as each column's is (975e8a4) -----------------------------

_EQUIPMENT = """\
2025년 주요업무보고

한빛도 소방본부

Ⅰ. 일반현황

 1. 장비 현황
                                                  (단위 : 대, %)
 구  분          계     동부서   서부서   남부서
 보유 차량       30       10       12        8
 {label}    {rates}

Ⅱ. 2025년 주요업무계획
 1. 노후 소방차 교체
  ○ 사업기간 : 2025. 1. ~ 2025. 12.
  ○ 사업비 : 500백만원
"""

#: (the row's label, its figures under 계 and each station)
FULL_RATES = [
    pytest.param("확보율(%)", "100.0    100.0    100.0    100.0", id="all-full"),
    pytest.param("충 원 율", "100      100      100      100", id="spaced-whole-numbers"),
]  # fmt: skip


@pytest.mark.parametrize(("label", "rates"), FULL_RATES)
def test_a_row_of_full_rates_is_no_parts_of_its_total(label: str, rates: str) -> None:
    """`확보율(%) | 100.0 | 100.0 | 100.0 | 100.0`: each station's rate is 100 as the whole's
    is, no shares of it (a 계 of 100 had been taken for a row of shares, and
    `tables.column_total` failed: 300 against 100)."""
    report = _text(_EQUIPMENT.format(label=label, rates=rates))
    failing = [c.detail for c in report.validation
               if c.check == "tables.column_total" and not c.passed]  # fmt: skip
    assert failing == []


# --- a budget's category after a cost is no grant's source (25d7708's GRANT_SHORT) ---------------

#: the cost line as printed: the bracket names the budget's category (편성목), what is paid
#: to the private or into a fund, not who gives the money
CATEGORIES = [
    pytest.param(" ○ 사 업 비 : 150,000천원 (민간자본보조)", id="private-capital"),
    pytest.param(" ○ 사 업 비 : 80,000천원 (민간 보조)", id="private"),
    pytest.param(" ○ 사 업 비 : 45백만원 (기금 출연)", id="into-a-fund"),
]  # fmt: skip


@pytest.mark.parametrize("cost", CATEGORIES)
def test_a_budget_category_after_a_cost_is_no_source(cost: str) -> None:
    """`(시 출연)`, `(도 보조)` name the government that gives the grant (a source); a grant's
    word after one who receives it, `(민간자본보조)`, `(기금 출연)`, names an expense: no
    funding record (they had been taken for sources, as the word before `보조` was any
    source's, 민간자본 among them)."""
    report = _lines([
        "Ⅰ. 2025년 주요사업 추진계획", "", "1. 복지정책 연구 및 실태조사", "",
        " ○ 사업기간 : 2025. 3. ~ 11.", cost,
        " ○ 사업내용 : 복지욕구 실태조사 및 정책과제 연구 (3건)", "",
    ])  # fmt: skip
    assert [f.source for f in report.project_funding] == []


# --- a first row of bands in ㏊ heads the columns (0c546c8 made ㏊ a unit) ---------------

_FARMS = """\
2025년 주요업무보고

한빛군 농업기술센터

Ⅰ. 일반현황

 1. 경지 규모별 농가
                                                  (단위 : 호)
 구  분       계     {bands}
 농가수      1,200       500        300      250       150
 전업농        400        50        100      150       100

Ⅱ. 2025년 주요업무계획
 1. 과수 재해 예방
  ○ 사업기간 : 2025. 1. ~ 2025. 12.
  ○ 사업비 : 500백만원
"""

#: the bands heading the columns, as printed
BANDS = [
    pytest.param("0.5㏊ 미만   0.5~1㏊   1~3㏊   3㏊ 이상", id="hectares"),
    pytest.param("0.5㏊미만    0.5~1㏊   1~3㏊   3㏊이상", id="hectares-joined"),
    pytest.param("100㎡ 미만   100~300㎡   300~500㎡   500㎡ 이상", id="square-metres"),
]  # fmt: skip


@pytest.mark.parametrize("bands", BANDS)
def test_a_first_row_of_bands_heads_the_columns(bands: str) -> None:
    """`계 | 0.5㏊ 미만 | 0.5~1㏊ | 1~3㏊ | 3㏊ 이상` over the farms' counts: the bands head
    the columns (`0.5~1㏊`, its unit written once after the range, had been read as a value
    since ㏊ is a unit, and the table lost its header: no column paths, no 계 checked)."""
    report = _text(_FARMS.format(bands=bands))
    cells = [c for c in report.table_cells if c.row_header == "농가수" and not c.is_header]
    heads = [h.strip() for h in bands.split("   ") if h.strip()]
    assert [c.col_header for c in cells][1:] == heads
    assert any(c.check == "tables.column_total" and c.passed for c in report.validation)
