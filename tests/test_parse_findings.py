"""Audit follow-up sections (민간위탁 감사 결과 and the like) as findings.

The excerpts are hand-written in the style of such sections: a table of findings with
the responsible division merged over its rows or written "〃", several findings in one
cell, and the measures taken, whose words give the status.
"""

from __future__ import annotations

from extract.parse.findings import split_items, status_of
from extract.pipeline import check, parse_document, read_bytes
from schemas import Report
from tests.hwpx_maker import cell, hwpx, p, sec, tbl

HEADER = ["소관부서", "위탁 사업명", "수탁기관", "점검 기간", "지적사항", "조치사항"]
ROWS = [
    ["청년정책과", "청년센터 운영", "(사)청년숲", "2024. 5. 2.",
     "·회의록 작성 소홀 ·물품대장 관리 미흡", "현지시정"],
    ["〃", "창업공간 운영", "(재)창업원", "2024. 9. 10.", "보조금 정산 지연", "정산 보완중"],
    ["일자리과", "취업지원센터 운영", "(학)미래학원", "2024.11. 4.", "-", "-"],
    ["", "직업훈련 운영", "(사)기술원", "2024.12. 1.", "① 강사료 과다 지급 ② 출장비 증빙 누락",
     "시정(환수) 주의"],
]  # fmt: skip


def _report(rows: list[list[str]] = ROWS, division_merged: bool = True) -> Report:
    cells = [cell(0, k, p(h)) for k, h in enumerate(HEADER)]
    for r, row in enumerate(rows, start=1):
        for k, text in enumerate(row):
            if k == 0 and division_merged and r == 4:
                continue  # merged into the row above (일자리과 spans rows 3 and 4)
            rs = 2 if (k == 0 and division_merged and r == 3) else 1
            cells.append(cell(r, k, p(text), rs=rs))
    data = hwpx(
        sec(
            p("Ⅲ. 2025년 주요업무계획"),
            p("1. 청년 정책"),
            p("□ 청년 지원"),
            p("Ⅵ. 민간위탁 감사 실시 결과"),
            p("○ 점검근거 : 민간위탁 조례"),
            p("○ 점검결과"),
            p(tbl(len(rows) + 1, len(HEADER), cells)),
        )
    )
    return check(parse_document(read_bytes(data, "audit.hwpx"), "audit"))


def test_each_listed_finding_is_a_record_with_its_division_and_source() -> None:
    report = _report()
    got = [(f.divisions, f.finding, f.status, f.status_raw) for f in report.audit_findings]
    assert got == [
        (["청년정책과"], "회의록 작성 소홀", "completed", "현지시정"),
        (["청년정책과"], "물품대장 관리 미흡", "completed", "현지시정"),
        (["청년정책과"], "보조금 정산 지연", "in_progress", "정산 보완중"),
        (["일자리과"], "강사료 과다 지급", None, "시정(환수)"),
        (["일자리과"], "출장비 증빙 누락", None, "주의"),
    ]
    assert {f.source for f in report.audit_findings} == {"민간위탁 감사 실시 결과"}
    assert [f.no for f in report.audit_findings] == [1, 2, 3, 4, 5]
    assert report.audit_findings[3].category == "correction"


def test_a_row_without_a_finding_gives_none() -> None:
    report = _report()
    assert not any("취업지원" in f.finding for f in report.audit_findings)


def test_status_words() -> None:
    assert status_of("현지시정 및 사유서 제출") == "completed"
    assert status_of("규정 정비중") == "in_progress"
    assert status_of("검토중") == "under_review"
    assert status_of("시정조치 1건") is None  # a measure demanded, not whether it is done


def test_split_items() -> None:
    assert split_items("- 계약 서류 미비 - 복무 관리 부적정") == [
        "계약 서류 미비",
        "복무 관리 부적정",
    ]
    assert split_items("예산 집행절차 미준수 등") == ["예산 집행절차 미준수 등"]
