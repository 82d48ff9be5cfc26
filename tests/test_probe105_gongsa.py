"""Forms of the probe of a city corporation's report (gongsa, Chromium PDF): an audit
summary set the other way round, its categories the columns, with the findings' table
under it."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_SUMMARY_THEN_FINDINGS = """\
한솔도시공사

2026년도 주요업무보고

Ⅰ. 일반현황

1. 조직
□ 조    직 : 3처 12팀

Ⅱ. 2025년 행정사무감사 지적사항 처리결과

□ 처리현황 : 총 6건 (시정요구 2, 처리요구 3, 건의 1) / 완료 4, 추진중 2
                                                      (단위 : 건)
  구    분       계     시정요구   처리요구    건    의
  건    수        6         2          3           1
  완    료        4         2          1           1
  추 진 중        2         -          2           -

                          < 지적사항별 처리내역 >
 연번  지 적 사 항                   처분요구  조 치 결 과                 처리상태  소관부서
  1    공공임대주택 하자보수 지연     시정요구  ○ 하자접수 통합관리 구축   완료      임대관리팀
  2    분양가 산정 근거 공개 확대     처리요구  ○ 조례 개정 협의 중        추진중    주택건설팀
"""

#: the summary's columns, as the table states them: (category_raw, total, completed, in progress)
_COLUMNS = {
    ("계", 6, 4, 2),
    ("시정요구", 2, 2, 0),
    ("처리요구", 3, 1, 2),
    ("건의", 1, 1, 0),
}


def test_a_summary_by_category_columns_over_a_findings_table() -> None:
    """`구 분 | 계 | 시정요구 | 처리요구 | 건 의` over `건 수`, `완 료`, `추 진 중`, with the
    caption of the findings' table, `< 지적사항별 처리내역 >`, under it: one row a column
    (the caption had been read as a fourth row, and the table the other way round: each
    row an unknown category)."""
    report = _text(_SUMMARY_THEN_FINDINGS)
    got = {(a.category_raw, a.total, a.completed, a.in_progress) for a in report.audit_summary}
    assert got == _COLUMNS
    assert not any(w.code == "audit_summary.row" for w in report.warnings)
    assert [f.status for f in report.audit_findings] == ["completed", "in_progress"]


def test_a_summary_by_category_columns_over_a_findings_table_in_hwpx() -> None:
    """The same in HWPX: the summary's table, the caption, then the findings' table."""
    summary = [
        ["구    분", "계", "시정요구", "처리요구", "건    의"],
        ["건    수", "6", "2", "3", "1"],
        ["완    료", "4", "2", "1", "1"],
        ["추 진 중", "2", "-", "2", "-"],
    ]
    findings = [
        ["연번", "지 적 사 항", "처분요구", "조 치 결 과", "처리상태", "소관부서"],
        ["1", "공공임대주택 하자보수 처리기간", "시정요구", "○ 하자접수 통합관리시스템 구축",
         "완료", "임대관리팀"],
        ["2", "분양가 산정 근거 공개 확대", "처리요구", "○ 조례 개정 협의 중", "추진중",
         "주택건설팀"],
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 3처 12팀"),
        p("Ⅱ. 2025년 행정사무감사 지적사항 처리결과"),
        p("□ 처리현황 : 총 6건 (시정요구 2, 처리요구 3, 건의 1) / 완료 4, 추진중 2"),
        p("(단위 : 건)"), p(_table(summary)),
        p("< 지적사항별 처리내역 >"), p(_table(findings)),
    )  # fmt: skip
    got = {(a.category_raw, a.total, a.completed, a.in_progress) for a in report.audit_summary}
    assert got == _COLUMNS
    assert not any(w.code == "audit_summary.row" for w in report.warnings)
