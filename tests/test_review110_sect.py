"""Review of round 110's sections (686cf40): a general block read as the report's own only
where it describes the report's own body (not a foundation's in a 국's chapter on the
bodies it funds); an audit overview whose headline counts no status compared on none."""

from __future__ import annotations

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _text
from tests.test_probe110_sections import _follow_up

_PLAN = """Ⅰ. 2026년 주요업무계획
 1. 생활문화센터 건립
  ○ 사업기간 : 2025. 1.~2027. 12.
  ○ 사 업 비 : 12,000백만원 (국비 6,000, 시비 6,000)
  ○ 추진계획 : 건축공사 착공(’26. 4.)
 2. 지역축제 활성화
  ○ 사업기간 : 2026. 1.~12.
  ○ 사 업 비 : 800백만원 (시비 800)
"""

_FOUNDATION = """ □ 재단현황
  ○ 기관명 : 청림문화재단 (2015. 3. 설립)
  ○ 조    직 : 1처 2본부 7팀
  ○ 인    력 : 정원 86명 / 현원 81명
  ○ 예    산 : 24,500백만원 (출연금 18,000, 자체수입 6,500)
 □ 2026년 운영 방향
  ○ 시민 참여형 문화예술 프로그램 확대
  ○ 경영평가 결과 반영 조직 진단(’26. 5.)
"""


def _states_none(report: Report) -> None:
    """No staff, budget or organisation of the report's body, nor any total of them."""
    for table in ("staffing", "budget_summary", "budget_lines", "organization"):
        assert getattr(report, table) == [], table
    keys = ("staffing.", "budget.", "organization.")
    assert not any(s.key.startswith(keys) for s in report.stated_totals)


def test_a_foundations_status_in_a_chapter_on_the_bodies_the_bureau_funds() -> None:
    """A 국's report with no general chapter: `Ⅱ. 출연기관 운영 관리` / `□ 재단현황` (the
    foundation's 조직, 인력 and 예산) is not the 국's general section; the report states
    no staff, budget or organisation of the 국 (they had been the foundation's)."""
    report = _text("2026년 주요업무보고\n문 화 관 광 국\n\n" + _PLAN
                   + "Ⅱ. 출연기관 운영 관리\n" + _FOUNDATION)  # fmt: skip
    _states_none(report)
    assert not any(s.key == "general" and s.found for s in report.sections)
    assert [p.title for p in report.projects] == ["생활문화센터 건립", "지역축제 활성화"]


def test_a_foundations_status_opening_a_bureaus_report() -> None:
    """The same block in the chapter a 국's report opens with, `Ⅰ. 2026년 업무 개요` / `□
    재단현황`, or in a first chapter on the bodies it funds, `Ⅰ. 출연기관 운영 현황`, is
    not the 국's either: a 재단's status is a 재단's report's own, `(재)청림문화재단`."""
    plan = _PLAN.replace("Ⅰ.", "Ⅱ.")
    for chapter in ("Ⅰ. 2026년 업무 개요", "Ⅰ. 출연기관 운영 관리"):
        report = _text(f"2026년 주요업무보고\n문 화 관 광 국\n\n{chapter}\n{_FOUNDATION}{plan}")
        _states_none(report)
    cover = "2026년 주요업무보고\n(재)청림문화재단\n\n"
    own = _text(f"{cover}Ⅰ. 2026년 업무 개요\n{_FOUNDATION}{plan}")
    total = next(s for s in own.staffing if s.is_total)
    assert (total.authorized, total.current) == (86, 81)
    assert any(s.key == "general" and s.found for s in own.sections)


def test_a_headline_that_counts_no_status_is_compared_on_none() -> None:
    """`Ⅰ. 감 사 개 요` whose headline counts the findings by kind only, `○ 지적건수 : 총
    3건 (시정요구 1건, 처리요구 1건, 건의 1건)`, over 2 findings done and 1 under way:
    no status it does not state fails (they had failed as 0 done, 0 under way)."""
    headline = p("○ 지적건수 : 총 3건 (시정요구 1건, 처리요구 1건, 건의 1건)")
    report = _hwpx(p("2026년 주요업무보고"), p("문화관광국"), *_follow_up(headline))
    assert [f.status for f in report.audit_findings] == ["completed", "completed", "in_progress"]
    failed = [c.check for c in report.validation if not c.passed]
    assert not [c for c in failed if c.startswith("audit")], failed
    counts = {c.check: c.passed for c in report.validation if c.check.startswith("audit_findings")}
    assert counts == {"audit_findings.count.total": True}
