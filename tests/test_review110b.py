"""Corrections the second review of round 110 asked for."""

from __future__ import annotations

from extract.normalize.spacing import despace
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probe22_budget import Cell
from tests.test_review109_budget import _appendix
from tests.test_review109_units import _cells, _chapter

_CIRCLES = """\

                         2026년 주요업무계획

                          다 온 군   보 건 소

Ⅰ. 일반현황
 1. 예    산
  □ 2026년 예산 현황
                                                          (단위 : 천원)
   구    분                  2025년 예산    2026년 예산      증  감
   ○ 보건행정 운영 및 지원       875,090        900,000       24,910
     - 일반운영비                100,000        120,000       20,000
     - 시설관리                  775,090        780,000        4,910
   ○ 감염병 관리                 300,000        320,000       20,000
     - 방역소독                  300,000        320,000       20,000

Ⅱ. 2026년 주요업무계획
 1. 보건행정
  □ 보건소 시설 개선 (보건행정과)
    ○ 사 업 비 : 100,000천원 (군비 100,000)
"""


def test_rows_opened_by_a_circle_in_a_table_set_in_columns_are_its_rows() -> None:
    """`○ 보건행정 운영 및 지원   875,090   900,000   24,910` under `구 분 | 2025년 예산 |
    2026년 예산 | 증 감`, its figures in the table's columns: a row of the table, as a
    box glyph's is (only a box glyph's had been; set with single spaces, ○ stays the
    outline's)."""
    report = _text(_CIRCLES)
    got = {(b.item, b.year, b.amount_krw) for b in report.budget_lines}
    assert {
        ("보건행정 운영 및 지원", 2026, 900_000_000), ("감염병 관리", 2026, 320_000_000),
        ("방역소독", 2026, 320_000_000),
    } <= got  # fmt: skip


def _year(cover_title: str) -> int | None:
    report = _text(
        f"{cover_title}\n복 지 정 책 국\n\nⅠ. 일반현황\n 1. 조    직 : 1국 2과 6팀\n"
        "Ⅱ. 2026년 주요업무계획\n 1. 돌봄 확대\n  ○ 사업기간 : 2026. 1.~12.\n"
    )
    return report.meta.year


def test_a_title_of_last_years_plan_and_how_it_went_then_this_years_is_this_years() -> None:
    """`2025년 주요업무계획 추진상황 및 2026년 주요업무계획`: a report of 2026 (the first
    part's 계획 had made it 2025); `2026년 주요업무계획 및 2025년 주요업무 추진실적` too."""
    assert _year("2025년 주요업무계획 추진상황 및 2026년 주요업무계획") == 2026
    assert _year("2025년 업무계획 추진현황 및 2026년 업무추진 방향") == 2026
    assert _year("2026년 주요업무계획 및 2025년 주요업무 추진실적") == 2026


def test_only_the_values_first_words_join_after_a_spaced_label() -> None:
    """`대 상 : 65세 이상 어르신 및 그 가족`: the label joined, `및 그` two words (they had
    been joined, `및그`); `사 업 량 : 도 로 2 km` still `사업량: 도로 2 km`."""
    assert despace("대 상 : 65세 이상 어르신 및 그 가족") == "대상: 65세 이상 어르신 및 그 가족"
    assert despace("사 업 량 : 도 로 2 km") == "사업량: 도로 2 km"


def test_married_immigrants_beside_a_row_of_money_are_counted() -> None:
    """`결혼이민자` ends as 민자 does but is people: beside `사 업 비` under `(단위 : 명,
    백만원)`, 명 (민자 had made it money); a row `강 좌 수` counts no people, so `참 여 자`
    beside it is still heads."""
    rows = [
        ["구 분", "계", "2025년", "2026년"],
        ["결혼이민자", "2,300", "1,080", "1,220"],
        ["사 업 비", "540", "260", "280"],
    ]
    got = _cells(_hwpx(*_chapter(p("(단위 : 명, 백만원)"), p(_table(rows)))))
    assert got[("결혼이민자", "2026년")] == ("count", 1_220, None, "명")
    rows = [
        ["구 분", "계", "2025년", "2026년"],
        ["강 좌 수", "60", "28", "32"],
        ["참 여 자", "3,000", "1,400", "1,600"],
        ["사 업 비", "540", "260", "280"],
    ]
    got = _cells(_hwpx(*_chapter(p("(단위 : 명, 백만원)"), p(_table(rows)))))
    assert got[("참여자", "2026년")] == ("count", 1_600, None, "명")


def test_pledge_cards_beside_a_summary_and_measures_items() -> None:
    """`Ⅲ. 민선8기 공약사업 추진상황` over `1. 공약사업 총괄`, two pledge cards, `4. 부진공약
    대책` and `5. 향후 추진계획` (no card's facts): the two cards make the chapter a plan,
    so the pledges are projects (the summary and measures items had outnumbered them)."""
    report = _text(
        "2026년 주요업무보고\n일 자 리 경 제 과\n\nⅠ. 일반현황\n 1. 조    직 : 1과 4팀\n"
        "Ⅱ. 2026년 주요업무계획\n 1. 지역화폐 발행 확대\n  ○ 사업기간 : 2026. 1.~12.\n"
        "Ⅲ. 민선8기 공약사업 추진상황\n 1. 공약사업 총괄\n  ○ 공 약 수 : 2개\n"
        " 2. 청년 창업지원센터 건립\n  ○ 사업기간 : 2024. 3.~2027. 6.\n"
        "  ○ 총사업비 : 8,300백만원 (국비 4,000, 시비 4,300)\n"
        " 3. 전통시장 주차장 확충\n  ○ 사업기간 : 2025. 1.~2026. 12.\n"
        "  ○ 총사업비 : 3,000백만원 (시비 3,000)\n"
        " 4. 부진공약 대책\n  ○ 토지주 협의 강화 및 대체부지 검토\n"
        " 5. 향후 추진계획\n  ○ 분기별 공약 점검회의 개최\n"
    )
    costs = {p.title: p.cost_krw for p in report.projects}
    assert costs["청년 창업지원센터 건립"] == 8_300_000_000
    assert costs["전통시장 주차장 확충"] == 3_000_000_000


def test_a_cell_of_an_official_then_the_unit_gives_the_unit() -> None:
    """A 담당 cell `주무관 이○○ (안전정책팀)`: the unit it names after the official is the
    item's division (none had been given)."""
    rows: list[list[Cell | str]] = [
        ["세 부 사 업", "2026년 예산", "담 당"],
        ["합    계", "400", ""],
        ["안전문화 확산", "200", "안전정책팀 주무관 김○○"],
        ["지역안전지수 개선", "200", "주무관 이○○ (안전정책팀)"],
    ]
    got = [(b.item, b.division) for b in _appendix(rows).budget_items]
    assert ("지역안전지수 개선", "안전정책팀") in got


def test_units_listed_on_the_count_line_of_no_body_are_said_to_be_left_out() -> None:
    """`1. 조 직 : 2과 6팀 (문화예술과, 관광진흥과)` under a cover that names no body: the
    units listed on the count line itself are left out, so a warning says so."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 일반현황\n 1. 조    직 : 2과 6팀 (문화예술과, 관광진흥과)\n"
        "Ⅱ. 2026년 주요업무계획\n 1. 지역축제 활성화\n  ○ 사업기간 : 2026. 1.~12.\n"
    )
    assert "organization.no_top" in [w.code for w in report.warnings]
