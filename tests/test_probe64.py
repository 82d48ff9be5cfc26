"""Forms of the genre met in a fifteenth round of reports (data in 붙임 tables, a 보건소's
CP949 export, a 도's own budget beside the 실's, a table that sums up the cards, a chart
drawn with boxes, 공약사항, borderless PDF tables): what each must give, worked out from
its lines, and what had been lost or misread before."""

from __future__ import annotations

from tests.test_other_reports import _text
from tests.test_probed import failed

#: a report whose chapters point to the appendix, and the appendix holds the tables
APPENDIX = """2026년 주요업무보고
한솔시 교통국

Ⅰ. 일반현황
 1. 조직 및 인력
  □ 조 직 : 1국 2과 8팀
  □ 인 력 : 정원 58명 / 현원 56명
   ※ 과별 현황은 붙임 1 참조
 2. 예 산
  □ 2026년 예산 : 10,500백만원
Ⅱ. 2026년 주요업무 추진계획
 1. 대중교통 중심의 교통체계 구축
  ○ 주요사업 : 트램 건설 등 2개 사업 (붙임 3 연번 1~2)
Ⅲ. 2025년 행정사무감사 처리결과
  ○ 총 3건(시정요구 2, 건의 1) : 완료 2, 추진중 1
붙임 1. 조직 및 인력 현황
                                   (단위 : 명)
  구  분      팀 수    정  원    현  원
  계              8        58        56
  교통정책과      4        30        29
  대중교통과      4        28        27
붙임 2. 2026년 예산 현황
                                                        (단위 : 백만원)
  부  서        정 책 사 업        2026년 예산(A)   2025년 예산(B)   증 감(A-B)
  합  계                                   10,500           10,000          500
  교통정책과    소  계                      4,000            4,200         △200
                교통안전 증진               4,000            4,200         △200
  대중교통과    소  계                      6,500            5,800          700
                트램 건설                   5,000            4,500          500
                광역교통 협력               1,500            1,300          200
붙임 3. 주요사업 목록
                                                        (단위 : 백만원)
  연번   사 업 명              사업기간      총사업비     2026 예산    담당과
  1      트램 건설             2022~2028      486,500        5,000     대중교통과
  2      광역교통 협력         ’26. 1.~12.      1,500        1,500     대중교통과
"""


def test_the_staff_of_each_division_in_an_appendix_table() -> None:
    """"붙임 1. 조직 및 인력 현황" under a count line in Ⅰ: the table's rows (only the line's
    total had been read, the appendix's table never)."""
    report = _text(APPENDIX)
    assert [(s.unit, s.is_total, s.authorized, s.current) for s in report.staffing] == [
        ("계", True, 58, 56), ("교통정책과", False, 30, 29), ("대중교통과", False, 28, 27),
    ]  # fmt: skip


def test_a_budget_by_division_and_programme_in_an_appendix() -> None:
    """"붙임 2. 2026년 예산 현황" by 부서 and 정책사업: each division's 소계 is its row of the
    summary (named for the division), the programmes are budget lines of their division,
    no rows of the summary; a year split from its header's words in a text export stays
    with them ("2026년 예산(A)")."""
    report = _text(APPENDIX)
    summary = report.budget_summary
    assert [(b.unit, b.is_total, b.prev_budget_krw, b.budget_krw) for b in summary] == [
        ("계", True, 10_000_000_000, 10_500_000_000),
        ("교통정책과", False, 4_200_000_000, 4_000_000_000),
        ("대중교통과", False, 5_800_000_000, 6_500_000_000),
    ]  # fmt: skip
    lines = [(b.unit, b.item, b.label, b.amount_krw) for b in report.budget_lines if b.year == 2026]
    assert ("대중교통과", "트램 건설", "2026년 예산(A)", 5_000_000_000) in lines
    assert not failed(report)


def test_an_appendix_that_lists_the_projects() -> None:
    """"붙임 3. 주요사업 목록": its rows are projects (numbered A3-1, …), with their period,
    cost and division (none had been read)."""
    report = _text(APPENDIX)
    listed = [p for p in report.projects if p.project_id.startswith("A")]
    assert [(p.project_id, p.title, p.division, p.cost_krw, str(p.period_end)) for p in listed] == [
        ("A3-1", "트램 건설", "대중교통과", 486_500_000_000, "2028-12-31"),
        ("A3-2", "광역교통 협력", "대중교통과", 1_500_000_000, "2026-12-31"),
    ]  # fmt: skip


def test_an_audit_summary_in_the_chapter_its_findings_in_the_appendix() -> None:
    """"Ⅲ. … 처리결과" sums the findings up in a line, "붙임 4." lists them: the line is the
    summary (it had been lost to the appendix, the longer section of the role)."""
    text = APPENDIX + (
        "붙임 4. 2025년 행정사무감사 처리결과\n\n"
        "  연번   구 분      지 적 사 항                    처리상황   소관부서\n"
        "  1      시정요구   용역 과업지시서 미이행         완료       교통정책과\n"
        "  2      시정요구   수입금 정산 지연               추진중     대중교통과\n"
        "  3      건 의      수요응답형 버스 확대 검토      완료       대중교통과\n"
    )
    report = _text(text)
    assert [(s.category, s.total, s.completed, s.in_progress) for s in report.audit_summary] == [
        ("total", 3, 2, 1), ("correction", 2, None, None), ("suggestion", 1, None, None),
    ]  # fmt: skip
    assert not [w for w in report.warnings if w.code == "audit_summary.no_header"]
