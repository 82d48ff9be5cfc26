"""Sections of the hundred-and-tenth round of probes: an audit follow-up bundled as a
document of its own, its overview one chapter and its findings the next (tworeports); the
general part as a block of a chapter titled otherwise (excelpdf)."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table


def _finding(no: int, kind: str, finding: str, action: str, status: str, unit: str) -> str:
    rows = [
        [str(no), "구 분", kind],
        ["", "지적사항", finding],
        ["", "조치결과", action],
        ["", "처리상황", status],
        ["", "담당부서", unit],
    ]
    return p(_table(rows, {(0, 0): 5}))


def _follow_up(*overview: str) -> list[str]:
    return [
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조 직 : 2과 4팀"),
        p("○ 문화예술과 : 문화정책팀, 예술진흥팀"), p("○ 관광진흥과 : 관광기획팀, 관광마케팅팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 생활문화 확산"), p("□ 생활문화센터 운영"),
        p("○ 사업기간 : 2026. 1. ~ 12."),
        p("Ⅰ. 감 사 개 요"), p("□ 감사개요"),
        p("○ 감사기간 : 2025. 11. 17. ~ 11. 26. (10일간)"),
        p("○ 감사기관 : 청림구의회 행정복지위원회"),
        *overview,
        p("Ⅱ. 지적사항 처리결과"),
        p("1. 생활문화센터 대관 운영 부적정"),
        _finding(1, "시정요구", "대관 사용료를 임의로 감면함", "- 부당 감면액 환수 완료", "완료",
                 "문화예술과"),
        p("2. 관광안내소 위탁운영 정산 소홀"),
        _finding(2, "처리요구", "위탁사업비 정산이 지연됨", "- 정산 점검표 도입", "완료",
                 "관광진흥과"),
        p("3. 구립도서관 야간 개관 확대"),
        _finding(3, "건의", "야간 개관 도서관 확대 건의", "- 하반기 1개관 추가 추진", "추진중",
                 "문화예술과"),
    ]  # fmt: skip


def test_an_audit_overview_chapter_sums_up_the_findings_of_the_next() -> None:
    """`Ⅰ. 감 사 개 요` (its `□ 처리 현황` table) before `Ⅱ. 지적사항 처리결과` (the
    findings), numbered again from Ⅰ. after the report: the table is the follow-up's
    summary (it had been a chapter of no role, the summary empty)."""
    table = [
        ["구 분", "계", "시 정", "처 리", "건 의"],
        ["지적건수", "3", "1", "1", "1"],
        ["처리완료", "2", "1", "1", "-"],
        ["추진중", "1", "-", "-", "1"],
    ]
    report = _hwpx(*_follow_up(p("□ 처리 현황"), p("(단위 : 건)"), p(_table(table))))
    got = {(s.category_raw, s.total, s.completed, s.in_progress) for s in report.audit_summary}
    assert got == {("계", 3, 2, 1), ("시정", 1, 1, 0), ("처리", 1, 1, 0), ("건의", 1, 0, 1)}
    assert [(f.no, f.category_raw, f.status) for f in report.audit_findings] == [
        (1, "시정요구", "completed"), (2, "처리요구", "completed"), (3, "건의", "in_progress"),
    ]  # fmt: skip
    audit = next(s for s in report.sections if s.key == "audit")
    assert audit.line_start is not None and audit.records == 7
    assert not any(s.key == "other" and "감사개요" in (s.title or "") for s in report.sections)


def test_an_audit_overviews_headline_counts_the_findings() -> None:
    """The overview states its counts in a line alone (`○ 지적건수 : 총 3건 (시정요구 1건,
    처리요구 1건, 건의 1건)`): read as the summary of the findings after it."""
    report = _hwpx(*_follow_up(p("○ 지적건수 : 총 3건 (시정요구 1건, 처리요구 1건, 건의 1건)")))
    got = {(s.category, s.total) for s in report.audit_summary if s.category == "total"}
    assert got == {("total", 3)}
    got = {(s.category_raw, s.total) for s in report.audit_summary if s.category != "total"}
    assert got == {("시정요구", 1), ("처리요구", 1), ("건의", 1)}
    assert len(report.audit_findings) == 3


def test_a_general_block_in_a_chapter_titled_otherwise() -> None:
    """`Ⅰ. 예산 편성 개요` (no role's title) over `□ 예산 편성 개요` and `□ 일반현황` (조직,
    인력): the block is the general section, and its chapter's budget line the budget's
    total (organisation, staff and budget had all been empty)."""
    report = _hwpx(
        p("2026년도 세출예산 사업별 설명서"), p("- 재무국 -"), p("청 림 구"),
        p("Ⅰ. 예산 편성 개요"), p("□ 예산 편성 개요"),
        p("○ 2026년 세출예산(일반회계) : 2,460,000천원"),
        p("- 전년도 2,100,000천원 대비 360,000천원(17.1%) 증가"),
        p("○ 신규사업 : 2개 사업 120,000천원 반영"),
        p("□ 일반현황"), p("○ 조 직 : 2과 5팀"),
        p("- 재무과(2팀) : 재무운영팀, 기금관리팀"),
        p("- 회계과(3팀) : 회계운영팀, 계약팀, 청사관리팀"),
        p("○ 인 력 : 정원 46명 / 현원 44명 (’26. 1. 1. 기준)"),
        p("Ⅱ. 주요 신규사업"), p("1. 주민참여 재정학교 운영 (재무과)"),
        p("○ 사업기간 : 2026. 3. ~ 11."), p("○ 사 업 비 : 18,000천원"),
        p("○ 추진계획"), p("- ’26. 3. : 수강생 모집"),
    )  # fmt: skip
    units = {o.name: (o.level, o.parent) for o in report.organization}
    assert units["재무과"] == units["회계과"] == ("division", "재무국")
    teams = {"재무운영팀", "기금관리팀", "회계운영팀", "계약팀", "청사관리팀"}
    assert {n for n, (level, _) in units.items() if level == "team"} == teams
    assert units["계약팀"][1] == "회계과"
    total = next(s for s in report.staffing if s.is_total)
    assert (total.authorized, total.current) == (46, 44)
    (budget,) = [b for b in report.budget_summary if b.is_total]
    assert (budget.budget_krw, budget.prev_budget_krw) == (2_460_000_000, 2_100_000_000)
    assert any(s.key == "general" and s.found for s in report.sections)
