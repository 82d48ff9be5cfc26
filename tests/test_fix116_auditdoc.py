"""Fixes of the 116th round (auditdoc): a 행정사무감사 결과 처리보고서 as its own document, its
summary in a chapter of no role between the audit's overview and the findings (`Ⅰ. 감사 개요`
/ `Ⅱ. 처리 총괄` / `Ⅲ. 지적사항별 처리결과`), a finding drawn as a card with its `향후계획`
row, a findings table's cell closed by its category alone, `… 부진 (시정)`; and a council's
list of what it found and demands, `1. 복지정책과` / `○ 지적내용 : …` / `○ 요구사항 : …`
(HWP 5, HWPX and text)."""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import hwpx, p, sec, to_hwp
from tests.test_other_reports import _table


def _doc(paras: list[str], form: str) -> Report:
    data = hwpx(sec(*paras))
    if form == "hwp":
        return check(parse_document(read_bytes(to_hwp(data), "report.hwp"), "report"))
    return check(parse_document(read_bytes(data, "report.hwpx"), "report"))


def _text(text: str) -> Report:
    return check(parse_document(read_bytes(text.encode(), "report.txt"), "report"))


def _card(no: str, kind: str, finding: str, result: str, plan: str, dept: str, status: str) -> str:
    rows = [["연  번", no], ["구  분", kind], ["지적사항", finding], ["조치결과", result],
            ["향후계획", plan], ["담  당", dept], ["처리상황", status]]  # fmt: skip
    return p(_table(rows))


def _report(summary_completed: str, form: str, overview_title: str = "Ⅰ. 감사 개요") -> Report:
    return _doc(
        [
            p("2024년도 행정사무감사 결과 처리보고서"), p("2025. 2."), p("가 람 시 복 지 환 경 국"),
            p(overview_title), p("○ 감사기간 : 2024. 11. 12. ~ 11. 21."),
            p("○ 감사기관 : 가람시의회 복지환경위원회"),
            p("Ⅱ. 처리 총괄"), p("(단위 : 건)"),
            p(_table([
                ["구  분", "계", "시정", "주의", "건의"],
                ["지적건수", "4", "2", "1", "1"],
                ["처리완료", summary_completed, "1", "1", "0"],
                ["추진중", "2", "1", "0", "1"],
            ])),
            p("Ⅲ. 지적사항별 처리결과"), p("1. 복지정책과"),
            _card("1", "시정", "기초생활수급자 사후관리 조사 지연", "사후관리 조사 전수 완료",
                  "분기별 정기 조사 체계 운영", "복지정책과 기초생활팀", "완료"),
            _card("2", "주의", "경로당 운영비 정산 서류 미비", "정산 지침 시달 및 교육 실시",
                  "연 2회 정산 점검 실시", "복지정책과 노인시설팀", "완료"),
            p("2. 환경정책과"),
            p(_table([
                ["번호", "지적사항", "처리결과", "비고"],
                ["3", "미세먼지 저감사업 집행 부진 (시정)", "하반기 집행률 제고", "추진중"],
                ["4", "전기차 충전시설 확충 필요 (건의)", "국비 확보 추진", "추진중"],
            ])),
        ],
        form,
    )  # fmt: skip


@pytest.mark.parametrize("form", ["hwp", "hwpx"])
def test_a_finding_cards_plans_row(form: str) -> None:
    """A card's `향후계획 | …` row is its plans: the card is one finding (its rows had each
    been read as a finding of a table, `조치결과`, `향후계획`, … their words)."""
    report = _report("2", form)
    got = [(f.no, f.finding, f.category_raw, f.actions, f.plans, f.status, f.divisions[:1])
           for f in report.audit_findings[:2]]  # fmt: skip
    assert got == [
        (1, "기초생활수급자 사후관리 조사 지연", "시정", "사후관리 조사 전수 완료",
         "분기별 정기 조사 체계 운영", "completed", ["복지정책과"]),
        (2, "경로당 운영비 정산 서류 미비", "주의", "정산 지침 시달 및 교육 실시",
         "연 2회 정산 점검 실시", "completed", ["복지정책과"]),
    ]  # fmt: skip
    assert len(report.audit_findings) == 4


@pytest.mark.parametrize("form", ["hwp", "hwpx"])
def test_a_findings_cell_closed_by_its_category_alone(form: str) -> None:
    """`미세먼지 저감사업 집행 부진 (시정)` in a findings table's cell: its category, the
    finding without the bracket; the heading over the table, `2. 환경정책과`, its division."""
    report = _report("2", form)
    got = [(f.no, f.finding, f.category, f.category_raw, f.status, f.divisions)
           for f in report.audit_findings[2:]]  # fmt: skip
    assert got == [
        (3, "미세먼지 저감사업 집행 부진", "correction", "시정", "in_progress", ["환경정책과"]),
        (4, "전기차 충전시설 확충 필요", "suggestion", "건의", "in_progress", ["환경정책과"]),
    ]


@pytest.mark.parametrize(
    ("form", "overview_title"),
    [("hwp", "Ⅰ. 감사 개요"), ("hwpx", "Ⅰ. 감사 개요"), ("hwpx", "Ⅰ. 감 사 개 요")],
)
def test_a_summary_chapter_between_the_overview_and_the_findings(
    form: str, overview_title: str
) -> None:
    """`Ⅱ. 처리 총괄` (no role of its own) between `Ⅰ. 감사 개요` and the findings' chapter:
    its table is the audit's summary, checked against the findings listed (it had been read
    as a chapter of no role, no summary)."""
    report = _report("2", form, overview_title)
    got = [(s.category, s.category_raw, s.total, s.completed, s.in_progress)
           for s in report.audit_summary]  # fmt: skip
    assert got == [
        ("total", "계", 4, 2, 2), ("correction", "시정", 2, 1, 1), ("other", "주의", 1, 1, 0),
        ("suggestion", "건의", 1, 0, 1),
    ]
    failed = [c.check for c in report.validation if not c.passed]
    assert failed == []
    assert any(c.check.startswith("audit_findings.count") for c in report.validation)
    assert report.audit_findings[0].audited_start is not None


@pytest.mark.parametrize("form", ["hwp", "hwpx"])
def test_a_summary_count_off_by_one_fails_its_checks(form: str) -> None:
    """The summary's `처리완료` total one off (3 for the 2 its categories and the findings
    give): its checks fail, and only the summary's (the findings' counts by category hold)."""
    report = _report("3", form)
    failed = {c.check for c in report.validation if not c.passed}
    assert "audit_summary.total.completed" in failed
    assert not {c for c in failed if c.startswith("audit_findings")}


def test_a_chapter_of_no_role_titled_as_a_summary_joins_only_beside_the_audit() -> None:
    """A chapter titled with a summary's ending and the processing's word, `Ⅰ. 처리 총괄`,
    right before the findings' chapter, is read with it; one of another topic before it,
    `Ⅰ. 사업 개요`, is not (its table no summary of the audit)."""
    def summary(title: str) -> list[int | None]:
        report = _doc(
            [
                p("2024년도 행정사무감사 결과 처리보고서"), p("가 람 시 복 지 환 경 국"),
                p(title),
                p(_table([["구  분", "계", "시정", "건의"], ["건수", "2", "1", "1"],
                          ["완료", "1", "1", "0"], ["추진중", "1", "0", "1"]])),
                p("Ⅱ. 지적사항별 처리결과"),
                p("1. 민원 처리기한 초과 (복지정책과)"), p("○ 조치결과 : 처리기한 관리 강화"),
                p("○ 처리상황 : 완료"),
                p("2. 노인일자리 확대 필요 (노인복지과)"), p("○ 조치결과 : 사업량 확대 추진"),
                p("○ 처리상황 : 추진중"),
            ],
            "hwpx",
        )  # fmt: skip
        return [s.total for s in report.audit_summary]

    assert summary("Ⅰ. 처리 총괄")[:1] == [2]
    assert summary("Ⅰ. 사업 개요") == []


_COUNCIL = """\
2024년도 행정사무감사
시정 및 처리요구사항

가람시의회 복지환경위원회

Ⅰ. 감사 개요
  ○ 감사기간 : 2024. 11. 12. ~ 11. 21.
  ○ 감사대상 : 복지환경국 소관 3개 부서

Ⅱ. 시정 및 처리요구사항
{h1}
1. 복지정책과
  ○ 지적내용 : 기초생활수급자 사후관리 조사 지연
  ○ 요구사항 : 사후관리 조사를 조속히 완료할 것

2. 환경정책과
  ○ 지적내용 : 미세먼지 저감사업 예산 집행 부진
  ○ 요구사항 : 집행계획을 재수립할 것
{h2}
3. 노인복지과
  ○ 지적내용 : 노인일자리 참여 희망자 대비 일자리 부족
  ○ 요구사항 : 노인일자리 사업량 확대를 검토할 것
"""

_COUNCIL_FORMS = [
    ("titled", "", "", ["시정및처리요구사항"] * 3, ["correction"] * 3),
    (
        "headed", "< 시정요구 : 2건 >\n", "\n< 건의 : 1건 >\n",
        ["시정요구", "시정요구", "건의"], ["correction", "correction", "suggestion"],
    ),
]  # fmt: skip


@pytest.mark.parametrize("form", ["text", "hwp"])
@pytest.mark.parametrize(("name", "h1", "h2", "raws", "kinds"), _COUNCIL_FORMS)
def test_a_councils_list_of_findings_and_demands(
    form: str, name: str, h1: str, h2: str, raws: list[str], kinds: list[str]
) -> None:
    """`1. 복지정책과` over `○ 지적내용 : …` and `○ 요구사항 : …`: a finding of that
    division, what was found and, apart, what is demanded, no status (nothing is done yet); the
    category the section's title names, `Ⅱ. 시정 및 처리요구사항`, or the heading over them
    (they had been no findings at all)."""
    text = _COUNCIL.format(h1=h1, h2=h2)
    if form == "text":
        report = _text(text)
    else:
        report = _doc([p(ln.strip()) for ln in text.splitlines() if ln.strip()], "hwp")
    got = [(f.no, f.divisions, f.finding, f.demand, f.status) for f in report.audit_findings]
    assert got == [
        (1, ["복지정책과"], "기초생활수급자 사후관리 조사 지연", "사후관리 조사를 조속히 완료할 것",
         None),
        (2, ["환경정책과"], "미세먼지 저감사업 예산 집행 부진", "집행계획을 재수립할 것", None),
        (3, ["노인복지과"], "노인일자리 참여 희망자 대비 일자리 부족",
         "노인일자리 사업량 확대를 검토할 것", None),
    ]  # fmt: skip
    assert [f.category_raw for f in report.audit_findings] == raws
    assert [f.category for f in report.audit_findings] == kinds
    assert all(f.audited_start is not None for f in report.audit_findings)
