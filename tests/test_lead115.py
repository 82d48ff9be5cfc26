"""Forms the lead met while merging round 115: what a report of the genre must give."""

from __future__ import annotations

import pytest

from tests.test_other_reports import _text

HEAD = "2026년 주요업무보고\n한빛시 문화국\n\nⅠ. 일반현황\n 1. 조직 : 1국 2과\n"
PLAN = "Ⅱ. 주요업무 추진계획\n 1. 문화 행사\n  ○ 사업비 : 100백만원\n"

#: an audit follow-up that lists its findings and sums them up nowhere
FINDINGS_ALONE = (
    "Ⅲ. 2025년 행정사무감사 처리결과\n\n"
    "  연번   지 적 사 항                    조치결과              담당과\n"
    "  1      용역 과업지시서 미이행         과업 이행 완료        문화정책과\n"
    "  2      수입금 정산 지연               정산 절차 개선 중     문화시설과\n"
)


@pytest.mark.parametrize("summary", ["", "  ○ 총 2건 : 완료 1, 추진중 1\n"])
def test_findings_listed_with_no_summary_table_want_none(summary: str) -> None:
    """A follow-up may list its findings without a table that sums them up: the findings
    read, no summary is wanting (the report had been partial for a table it never had)."""
    head, rest = FINDINGS_ALONE.split("\n\n", 1)
    report = _text(HEAD + PLAN + head + "\n" + summary + "\n" + rest)
    assert [f.finding for f in report.audit_findings] == [
        "용역 과업지시서 미이행", "수입금 정산 지연",
    ]  # fmt: skip
    assert not [w for w in report.warnings if w.code == "audit_summary.no_header"]
