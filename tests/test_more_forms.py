"""Still more forms of the genre, from reports written for the purpose (a 상수도사업본부's
text export, a 특별자치도 실's Chromium PDF, a 구청 국's Writer PDF, a 공사's Hangul file, a
광역시 국's text export of 2019): what each must give, worked out from its lines, and what
had been lost or misfiled before."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table
from tests.test_probed import failed

# --- the duties of the divisions as a chapter of their own ----------------------------------


def test_a_chapter_of_duties() -> None:
    """"Ⅱ. 부서별 주요기능" is a chapter of its own, not a part of 일반현황: its table gives
    the duties (the chapter had had no role, and no duty was read)."""
    duties = _table([
        ["부 서", "주 요 기 능"],
        ["관광정책과", "• 관광정책 종합계획 수립\n• 관광 통계 관리"],
        ["관광자원과", "• 관광지 개발 및 관리"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 2과 5팀"),
        p("Ⅱ. 부서별 주요기능"), p(duties),
        p("Ⅲ. 2024년 주요업무계획"), p("1. 관광 지원"), p("○ 사업비 : 10억원"),
    )  # fmt: skip
    got = [(f.division, f.function) for f in report.functions]
    assert got == [
        ("관광정책과", "관광정책 종합계획 수립"), ("관광정책과", "관광 통계 관리"),
        ("관광자원과", "관광지 개발 및 관리"),
    ]  # fmt: skip
    assert not failed(report)


# --- findings whose category the report does not name ----------------------------------------


def test_findings_of_no_named_category_are_counted_all_together() -> None:
    """A findings table with no column of categories, under a summary by category: what
    was done ("… 환수 완료", "… 개선") names no category, so each finding has none, and the
    summary's statuses are checked against the findings all together (a category guessed
    from those words had given three false failed checks)."""
    summary = _table([
        ["구 분", "계", "완 료", "추진중"],
        ["계", "3", "2", "1"],
        ["시정요구", "2", "1", "1"],
        ["건의사항", "1", "1", "-"],
    ])  # fmt: skip
    findings = _table([
        ["번호", "지 적 사 항", "처 리 결 과", "부 서", "처리상황"],
        ["1", "경로당 운영비 정산 지연", "정산 일제점검 실시", "복지정책과", "완료"],
        ["2", "부정수급 환수 지연", "부정수급 38건 전액 환수 완료", "생활보장과", "완료"],
        ["3", "생활문화센터 운영 개선", "운영 개선계획 수립 중", "문화체육과", "추진중"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 3과 5팀"),
        p("Ⅱ. 2022년 행정사무감사 처리결과"), p("1. 총괄"), p(summary),
        p("2. 세부 처리결과"), p(findings),
    )  # fmt: skip
    got = [(f.no, f.category, f.status) for f in report.audit_findings]
    assert got == [(1, None, "completed"), (2, None, "completed"), (3, None, "in_progress")]
    checks = [c for c in report.validation if c.check.startswith("audit_findings.count")]
    assert checks and all(c.passed for c in checks)
    assert not failed(report)


def test_a_measure_names_its_category() -> None:
    """A measure demanded ("시정(환수)", "권고", "주의") names the category; what was done
    names none."""
    from extract.parse.findings import category_of

    cases = {"시정(환수)": "correction", "권고": "suggestion", "주의": "other",
             "부정수급 38건 전액 환수 완료": None, "운영 개선계획 수립": None}  # fmt: skip
    assert {t: category_of(t) for t in cases} == cases
