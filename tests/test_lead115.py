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


def test_plan_years_of_parts_and_other_sources() -> None:
    """A plan of two parts, each a total naming its part in a bracket over its sources,
    `기 타` among them (청년산학국's 글로컬대학 table): each part a project of its own, 기타 a
    source (they had been the plan's 합계 twice, 기타 a project, the sources no one's)."""
    from tests.hwpx_maker import p
    from tests.test_fix115_invest import _hwpx, _table

    report = _hwpx(
        p("2026년 주요업무계획"), p("청년산학국"), p("Ⅰ. 일반현황"), p("1. 조 직 : 1국 1과"),
        p("○ 대학협력과"), p("Ⅱ. 중기 투자계획"), p("1. 글로컬대학 육성 연차별 투자계획"),
        p("(단위 : 백만원)"),
        _table([
            ["구 분", "총사업비", "기투자", "2026", "2027이후"],
            ["계(가온대)", "1,200", "-", "300", "900"],
            ["국 비", "1,000", "-", "250", "750"],
            ["기 타", "200", "-", "50", "150"],
            ["계(나래대)", "600", "-", "100", "500"],
            ["국 비", "500", "-", "80", "420"],
            ["기 타", "100", "-", "20", "80"],
        ]),
        p("Ⅲ. 2026년 주요업무 추진계획"), p("1. 대학 협력 (대학협력과)"),
        p("○ 사업기간 : 2026 ~ 2028"), p("○ 사업비 : 100백만원"),
    )  # fmt: skip
    got = {
        (r.project, r.is_total, r.source, r.period, r.amount_krw)
        for r in report.plan_years if r.period in ("total", "year")
    }
    m = 1_000_000
    assert got == {
        ("가온대", False, None, "total", 1_200 * m), ("가온대", False, None, "year", 300 * m),
        ("가온대", False, "국비", "total", 1_000 * m), ("가온대", False, "국비", "year", 250 * m),
        ("가온대", False, "기타", "total", 200 * m), ("가온대", False, "기타", "year", 50 * m),
        ("나래대", False, None, "total", 600 * m), ("나래대", False, None, "year", 100 * m),
        ("나래대", False, "국비", "total", 500 * m), ("나래대", False, "국비", "year", 80 * m),
        ("나래대", False, "기타", "total", 100 * m), ("나래대", False, "기타", "year", 20 * m),
    }  # fmt: skip
