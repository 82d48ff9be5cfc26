"""Audit follow-ups met in a 도's 복지여성국 (LibreOffice PDF), a 도's 기후환경국 (Chromium
PDF) and a 보건소 (CP949 text): what each must give, worked out from its lines, and what had
been lost or misread before."""

from __future__ import annotations

from tests.test_other_reports import _text

# --- findings as cards under labels alone on their lines ---------------------------------

CARDS = """한빛도 복지국
2026년 주요업무계획

Ⅰ. 주요업무계획
1. 복지 강화
□ 긴급복지

Ⅱ. 2025년 행정사무감사 처리결과
1. 처리결과 총괄
○ 총 2건(시정요구 1, 건의 1) : 완료 1, 추진중 1
2. 세부 처리결과
가. 긴급복지 사후조사 지연 (복지정책과)
□ 지적내용
○ 사후조사가 기한 내에 이루어지지 않아
사후관리 강화 필요
□ 조치결과
○ 처리현황 분기별 점검
○ 관리 지침 시달
□ 추진상황 : 완료
나. 돌봄센터 설치 지연 해소 (여성가족과, 아동청소년과)
□ 지적내용
○ 돌봄센터 설치 지연
□ 조치결과
○ 협의체 구성·운영
□ 추진상황 : 추진중(2026년 9월 완료 예정)
"""


def test_finding_cards_under_labels_alone_on_their_lines() -> None:
    """"가. 제목 (담당과)" over "□ 지적내용" / "○ …", "□ 조치결과" / "○ …", "□ 추진상황 :
    완료": each card a finding, its words the 지적내용's, its divisions the title's bracket,
    its actions the 조치결과's bullets one a line, no category where none is named (each
    finding had been the last bullet of its own 조치결과, its actions the next card's title
    and 지적내용, no division, every one a correction)."""
    report = _text(CARDS)
    got = [
        (f.no, f.category, f.divisions, f.finding, f.status, f.status_raw, f.actions)
        for f in report.audit_findings
    ]
    assert got == [
        (1, None, ["복지정책과"], "사후조사가 기한 내에 이루어지지 않아 사후관리 강화 필요",
         "completed", "완료", "처리현황 분기별 점검\n관리 지침 시달"),
        (2, None, ["여성가족과", "아동청소년과"], "돌봄센터 설치 지연", "in_progress",
         "추진중(2026년 9월 완료 예정)", "협의체 구성·운영"),
    ]  # fmt: skip
    assert [(f.line_start, f.line_end) for f in report.audit_findings] == [(12, 19), (20, 25)]
