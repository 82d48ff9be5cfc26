"""What a review of the sixteenth round's changes found (tests/test_probe67.py): each
rule kept to the reports it is for."""

from __future__ import annotations

import pytest

from tests.test_other_reports import _text
from tests.test_probe67 import EXECUTION
from tests.test_probed import failed

#: review case audit2
AUDIT2 = """2026년 주요업무보고
한빛도 건설교통국

Ⅰ. 일반현황
 1. 조 직 : 1국 3과
  □ 기구 : 도로과, 교통정책과, 건설지원과
Ⅱ. 2026년 주요업무 추진계획
 1. 국도 확포장 (도로과)
  ○ 사 업 비 : 1,200백만원 (국비 600, 도비 600)
Ⅲ. 2025년 국정감사 처리결과
  ○ 총 2건(시정 1, 건의 1) : 완료 1, 추진중 1
   1. 도로 유지보수 예산 과다 집행 (시정 / 도로과)
    ○ 조치결과 : 집행기준 정비
    ○ 처리상황 : 완료
   2. 광역버스 노선 확충 (건의 / 교통정책과)
    ○ 조치결과 : 노선 검토 중
    ○ 처리상황 : 추진중
Ⅳ. 2025년 행정사무감사 처리결과
  ○ 총 2건(시정요구 1, 건의 1) : 완료 1, 추진중 1
   1. 공사 감독 소홀 (시정요구 / 건설지원과)
    ○ 조치결과 : 감독 강화
    ○ 처리상황 : 완료
   2. 교통약자 이동지원 확대 (건의 / 교통정책과)
    ○ 조치결과 : 계획 수립 중
    ○ 처리상황 : 추진중
"""

#: review case func3
FUNC3 = """2026년 주요업무보고
한빛도 건설교통국

Ⅰ. 일반현황
 1. 조 직 : 1국 3과
  □ 부서별 주요기능
   ○ 도로과 : 도로 건설 및 유지관리, 도로 안전시설 정비
   ○ 교통정책과 : 대중교통 정책 수립, 교통안전 관리
   ○ 건설지원과 : 건설공사 품질관리, 건설업 등록
 2. 인 력 : 정원 85명, 현원 82명
 3. 주요기능
   ○ 도로·교통 정책 총괄 및 광역교통망 구축
   ○ 건설공사 품질 및 안전 관리
Ⅱ. 2026년 주요업무 추진계획
 1. 국도 확포장 (도로과)
  ○ 사 업 비 : 1,200백만원 (국비 600, 도비 600)
"""

#: review case exec1
EXEC1 = """2026년 업무보고
한별도농업기술원

Ⅰ. 일반현황
 1. 조 직 : 1원 3과
  □ 기구 : 지도기획과, 작물연구과, 원예연구과
 2. 예 산
  □ 2026년 예산 : 89,450백만원
Ⅱ. 2026년 주요업무 추진계획
 1. 재정 신속집행 추진 (지도기획과)
  □ 2026년 예산 상반기 신속집행 목표
                                       (단위 : 백만원, %)
    구    분        대상액        목표액       목표율
    계                38,790      23,274        60.0
    지도기획과        18,620      11,172        60.0
    작물연구과        11,240       6,744        60.0
    원예연구과         8,930       5,358        60.0
 2. 기후위기 대응 농업기술 개발 (작물연구과)
  ○ 사 업 비 : 1,560백만원 (국비 780, 도비 780)
"""

#: review case top1
TOP1 = """2026년 주요업무보고

Ⅰ. 일반현황
 1. 조 직
  □ 조 직 : 1소 1과 4팀
   ○ 보건행정과 : 행정팀, 보건팀
   ○ 소장 직속 : 건강증진팀, 방역팀
Ⅱ. 주요업무 추진계획
 1. 감염병 대응
  ○ 사업비 : 100백만원
"""

#: review case team1
TEAM1 = """2026년 주요업무보고
한빛도 건설교통국

Ⅰ. 일반현황
 1. 조 직
  □ 조 직 : 1국 2과 4팀
   ○ 과 : 도로과, 교통정책과
   ○ 팀 : 도로계획팀, 도로시설팀, 교통기획팀, 대중교통팀
Ⅱ. 2026년 주요업무 추진계획
 1. 국도 확포장 (도로과)
  ○ 사 업 비 : 1,200백만원 (국비 600, 도비 600)
"""

#: review case exec_noyear: the budget stated with no year
EXEC_NOYEAR = EXECUTION.replace("□ 2026년 예산 : 89,450백만원", "□ 예 산 : 89,450백만원 (일반회계)")

#: review case dated
DATED = """2026년 주요업무보고
한솔광역시 감사위원회

Ⅰ. 일반현황
 1. 인 력
  □ 감사인력 현황
                                                    (2025. 12. 31. 기준)
    직  급         정  원        현  원       비  고
    4급                 2             2
    5급                 8             7       1명 파견
Ⅱ. 2026년 주요업무 추진계획
 1. 2026년 감사계획
  □ 감사 실시계획 : 총 2회
    감사종류       대상기관(분야)         감사기간        주관부서
    종합감사       한솔교통공사          ’26. 3.~4.       감사총괄과
    복무감찰       연말연시 공직기강     ’26. 12.         조사과
                                              (2026. 1. 15. 현재)
 2. 감사 역량 강화
  ○ 사 업 비 : 320,000천원 (시비 320,000)
"""

#: review case dated_noyear: the plan dated by month alone, no caption under it
DATED_NOYEAR = DATED.replace("’26. 3.~4.       ", "3~4월            ").replace(
    "’26. 12.         ", "12월             "
).replace("                                              (2026. 1. 15. 현재)\n", "")

#: review case exec_caption_inline: the card's caption closing its title's line
EXEC_CAPTION_INLINE = EXECUTION.replace(
    "○ 예산 집행실적\n                               (단위 : 백만원)",
    "○ 예산 집행실적                    (단위 : 백만원)",
)


def test_findings_of_each_proceedings_chapter_are_kept() -> None:
    """"Ⅲ. 2025년 국정감사 처리결과" and "Ⅳ. 2025년 행정사무감사 처리결과": the findings of
    both (the council's chapter had dropped every other audit chapter); "(시정 / 도로과)" a
    measure's category with its division."""
    report = _text(AUDIT2)
    got = sorted((f.finding, f.category, f.divisions) for f in report.audit_findings)
    assert got == sorted([
        ("도로 유지보수 예산 과다 집행", "correction", ["도로과"]),
        ("광역버스 노선 확충", "suggestion", ["교통정책과"]),
        ("공사 감독 소홀", "correction", ["건설지원과"]),
        ("교통약자 이동지원 확대", "suggestion", ["교통정책과"]),
    ])


def test_the_divisions_functions_are_not_replaced_by_the_bodys_own() -> None:
    """"□ 부서별 주요기능" under "1. 조 직", then "3. 주요기능" (the body's own): the
    divisions' (the shallower part had won by its depth alone)."""
    report = _text(FUNC3)
    assert [f.division for f in report.functions] == ["도로과"] * 2 + ["교통정책과"] * 2 + [
        "건설지원과"
    ] * 2


def test_a_target_of_quick_spending_is_no_execution_table() -> None:
    """"□ 2026년 예산 상반기 신속집행 목표" over "구 분 | 대상액 | 목표액 | 목표율" in the plan:
    no budget lines (no column of what was spent, no results chapter), the stated budget
    checked against nothing else."""
    report = _text(EXEC1)
    assert [(b.label, b.amount_krw) for b in report.budget_lines] == [
        ("2026년 예산", 89_450_000_000)
    ]
    assert not failed(report)


def test_a_stated_budget_of_no_year_is_not_held_to_last_years_execution() -> None:
    """"□ 예 산 : 89,450백만원 (일반회계)" beside "Ⅱ. 2025년 주요업무 추진실적"'s execution
    table: no check against its 계 (it had failed: "the table says 38,790백만원")."""
    report = _text(EXEC_NOYEAR)
    assert {b.year for b in report.budget_lines if b.label in ("예산현액", "집행액")} == {2025}
    assert not failed(report)


@pytest.mark.parametrize("text", [TOP1, TOP1.replace("1소 1과 4팀", "1단 1과 4팀")])
def test_a_division_is_no_top_where_the_count_line_counts_another_unit(text: str) -> None:
    """"□ 조 직 : 1소 1과 4팀" (or 1단) with no cover naming the body: the one 과 is not the
    top (its 직속 teams had been set under it)."""
    report = _text(text)
    assert not any(u.level == "bureau" and u.unit_type == "과" for u in report.organization)
    assert not any(u.parent == "보건행정과" and u.name in ("건강증진팀", "방역팀")
                   for u in report.organization)  # fmt: skip


def test_teams_of_no_named_division_after_divisions_listed() -> None:
    """"○ 과 : 도로과, 교통정책과" / "○ 팀 : 도로계획팀, …" under a 국: the teams are no 국's
    (they had all been set under it)."""
    report = _text(TEAM1)
    assert not any(u.level == "team" and u.parent == "건설교통국" for u in report.organization)


def test_a_date_under_a_text_table_is_no_row_of_it() -> None:
    """"(2026. 1. 15. 현재)" under the audit plan: its caption, no third row."""
    report = _text(DATED)
    plan = [t for t in report.tables if t.n_cols == 4 and t.line_start > 10]
    assert [t.n_rows for t in plan] == [3]


def test_an_audit_plan_dated_by_month_alone() -> None:
    """"3~4월", "12월" in the plan's 감사기간 column: a table, each row a step."""
    report = _text(DATED_NOYEAR)
    assert [(s.task, s.raw) for s in report.schedules if s.project_id == "1"] == [
        ("한솔교통공사", "3~4월"), ("연말연시 공직기강", "12월"),
    ]  # fmt: skip


def test_a_one_row_table_under_a_title_that_closes_with_its_unit() -> None:
    """"○ 예산 집행실적   (단위 : 백만원)" over "예산액 집행액 집행률(%)" / "640 598 93.4": the
    card's cost (the caption on a line of its own only had been heard)."""
    report = _text(EXEC_CAPTION_INLINE)
    costs = {p.project_id: (p.cost_label, p.cost_krw) for p in report.projects}
    assert costs["Ⅱ-3"] == ("예산액", 640_000_000)
