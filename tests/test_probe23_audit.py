"""An audit follow-up met in a 도's 문화관광체육국 (UTF-8 text): a headline that counts the
categories before its total, over a line of the statuses it counts, then the findings
under category headings ("< 처리요구 : 2건 >", or "‹ 처리요구 : 2건 >" as typed): what it
must give, worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

import pytest

from tests.test_other_reports import _text


def _report(opening: str) -> str:
    """The report, its category headings opened with ``opening``."""
    return f"""가람도 문화관광체육국
2026년 주요업무보고

Ⅰ. 주요업무계획
1. 문화 진흥
□ 축제 지원

Ⅱ. 2025년 행정사무감사 처리결과

○ 처리요구 2건, 건의 1건 (총 3건)
  - 처리결과 : 완료 2건, 추진중 1건

{opening} 처리요구 : 2건 >

① 보조금 정산 관리 철저 (문화예술과)
  - 요구내용 : 보조사업 정산 지연 개선
  - 처리결과 : 정산 체크리스트 마련
  - 추진상황 : 완료

② 박람회 성과지표 개선 (관광진흥과)
  - 요구내용 : 성과지표를 계약 실적 중심으로 개선
  - 처리결과 : 계약 실적을 성과지표에 반영
  - 추진상황 : 완료

{opening} 건의 : 1건 >

③ 수장고 확충 (문화유산과)
  - 요구내용 : 수장고 증축 방안 마련
  - 처리결과 : 타당성 검토 용역 착수
  - 추진상황 : 추진중
"""


@pytest.mark.parametrize("opening", ["<", "‹"])
def test_a_headline_that_counts_the_categories_before_its_total(opening: str) -> None:
    """"○ 처리요구 2건, 건의 1건 (총 3건)" / "- 처리결과 : 완료 2건, 추진중 1건": the
    total's row with the statuses of the line under it, and a row a category with its
    count (only the total's row had come out)."""
    report = _text(_report(opening))
    got = [
        (s.category, s.category_raw, s.total, s.completed, s.in_progress)
        for s in report.audit_summary
    ]
    assert got == [
        ("total", "총 3건", 3, 2, 1),
        ("correction", "처리요구", 2, None, None),
        ("suggestion", "건의", 1, None, None),
    ]


def test_category_counts_before_a_total_they_do_not_add_up_to() -> None:
    """Counts before the total that do not add up to it are no list of the categories:
    only the total's row."""
    text = _report("<").replace("(총 3건)", "(총 4건)")
    got = [(s.category, s.total) for s in _text(text).audit_summary]
    assert got == [("total", 4)]


def test_findings_under_a_headline_with_a_line_of_statuses() -> None:
    """The "- 처리결과 : 완료 2건, 추진중 1건" line under the headline nests the heading and
    "①" under it, and "①"'s own dashes under the headline: finding 1 is "①" with its
    category, its division and its own action (it had been the headline, with no division
    and no category, its actions opening with the summary's counts, over lines 10-30)."""
    report = _text(_report("<"))
    got = [
        (f.no, f.category, f.divisions, f.finding, f.status, f.actions, f.line_start, f.line_end)
        for f in report.audit_findings
    ]
    assert got == [
        (1, "correction", ["문화예술과"], "보조사업 정산 지연 개선", "completed",
         "정산 체크리스트 마련", 15, 18),
        (2, "correction", ["관광진흥과"], "성과지표를 계약 실적 중심으로 개선", "completed",
         "계약 실적을 성과지표에 반영", 20, 25),
        (3, "suggestion", ["문화유산과"], "수장고 증축 방안 마련", "in_progress",
         "타당성 검토 용역 착수", 27, 30),
    ]  # fmt: skip
