"""Audit follow-ups met in a 도's 복지여성국 (LibreOffice PDF), a 도's 기후환경국 (Chromium
PDF) and a 보건소 (CP949 text): what each must give, worked out from its lines, and what had
been lost or misread before."""

from __future__ import annotations

from datetime import date

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

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


# --- a summary by 처분 with a column of the findings not started; a stated audit period ----


def _climate() -> Report:
    return _hwpx(
        p("Ⅰ. 주요업무계획"), p("1. 대기질 개선"), p("□ 미세먼지 저감"),
        p("Ⅴ. 2025년 행정사무감사 처리결과"), p("○ 감사기간 : 2025. 11. 10. ~ 11. 21."),
        p("1. 처리현황 총괄"), p("(단위: 건)"),
        p(_table([
            ["구 분", "계", "완 료", "추진중", "미추진"],
            ["계", "4", "2", "1", "1"],
            ["시 정", "1", "1", "-", "-"],
            ["처 리", "2", "1", "1", "-"],
            ["건 의", "1", "-", "-", "1"],
        ])),
        p("2. 지적사항별 처리결과"),
        p(_table([
            ["연번", "지적사항", "조치결과", "처리상황", "소관과"],
            ["1", "협의내용 사후관리 부실", "이행명령", "완료", "환경정책과"],
            ["2", "측정기 관리 미흡", "측정기 교체 추진", "추진중", "대기보전과"],
            ["3", "충전기 고장 방치", "충전기 점검", "완료", "대기보전과"],
            ["4", "주민지원기금 확대", "중장기 검토", "미추진", "자원순환과"],
        ])),
    )  # fmt: skip


def test_a_summary_row_of_a_categorys_short_form_and_a_column_not_started() -> None:
    """"구 분 | 계 | 완 료 | 추진중 | 미추진" over rows 계, 시 정, 처 리, 건 의: 처리 is the
    short form of 처리요구 (a correction), 미추진 counts the findings not acted on, as
    미조치 does (the row 처리 had been dropped, "unknown category", and the column not read,
    so the 계 row failed its sum and the categories theirs)."""
    report = _climate()
    got = [
        (s.category, s.category_raw, s.total, s.completed, s.in_progress, s.not_reflected)
        for s in report.audit_summary
    ]
    assert got == [
        ("total", "계", 4, 2, 1, 1), ("correction", "시정", 1, 1, 0, 0),
        ("correction", "처리", 2, 1, 1, 0), ("suggestion", "건의", 1, 0, 0, 1),
    ]  # fmt: skip
    assert not [w for w in report.warnings if w.code.startswith("audit_summary")]
    assert not [v for v in report.validation if v.check.startswith("audit") and not v.passed]


def test_a_finding_not_started_and_the_period_stated_above_the_findings() -> None:
    """A 처리상황 "미추진" is a finding not acted on (not_reflected; it had been no status);
    "○ 감사기간 : 2025. 11. 10. ~ 11. 21." above the findings is when each was audited (it
    had been left out)."""
    report = _climate()
    got = [
        (f.no, f.divisions, f.status, f.status_raw, f.audited_raw, f.audited_start,
         f.audited_end)
        for f in report.audit_findings
    ]
    when = ("2025. 11. 10. ~ 11. 21.", date(2025, 11, 10), date(2025, 11, 21))
    assert got == [
        (1, ["환경정책과"], "completed", "완료", *when),
        (2, ["대기보전과"], "in_progress", "추진중", *when),
        (3, ["대기보전과"], "completed", "완료", *when),
        (4, ["자원순환과"], "not_reflected", "미추진", *when),
    ]


def test_the_period_stated_above_the_templates_findings() -> None:
    """The template's findings (a finding over its "(division)", "□ 추진상황", "□ 추진내용")
    take the period stated above them too."""
    report = _text("""한빛시 혁신국
2026년 주요업무보고

Ⅰ. 주요업무계획
1. 혁신 강화
□ 혁신파크

붙임 2025년 행정사무감사 처리결과 보고서
○ 감사기간 : ’25. 11. 10. ~ 11. 21.

시정·처리 요구사항

○ 혁신파크 시설물 관리 감독을
철저히 하길 바람
(사회혁신담당관)
□ 추진상황: 추진 중
□ 추진내용
◦ 가설건축물 정비
""")
    got = [(f.finding, f.status, f.audited_raw, f.audited_start, f.audited_end)
           for f in report.audit_findings]  # fmt: skip
    assert got == [
        ("혁신파크 시설물 관리 감독을 철저히 하길 바람", "in_progress", "’25. 11. 10. ~ 11. 21.",
         date(2025, 11, 10), date(2025, 11, 21)),
    ]  # fmt: skip


# --- a findings table of a text export, set with spaces, its cells wrapped --------------

SPACED = """새벌군 보건소
2026년 주요업무보고

Ⅰ. 주요업무계획
1. 공공보건 강화
○ 보건지소 운영

Ⅱ. 2025년 행정사무감사 처리결과
○ 총 2건 : 완료 1, 추진중 1
    연번 지 적 사 항                 조 치 결 과               처리상황 담  당
    1    보건지소 공중보건의사       복무관리지침 시달 및      완료     보건행정과
         복무관리 소홀               분기별 불시점검

    2    치매쉼터 송영차량           동승보호자 배치           추진중   건강증진과
         안전관리 미흡                                                  방문보건과
"""


def test_a_findings_table_of_a_text_export_set_with_spaces() -> None:
    """"연번 | 지적사항 | 조치결과 | 처리상황 | 담당" set with runs of spaces, each cell
    wrapped onto the lines under its row's first: a finding a row, its cells' lines
    joined, two divisions one a line (the rows had been outline items, no finding read,
    "audit_findings.none"); the header is no part of the headline above it."""
    report = _text(SPACED)
    got = [
        (f.no, f.divisions, f.finding, f.actions, f.status, f.status_raw, f.line_start,
         f.line_end)
        for f in report.audit_findings
    ]  # fmt: skip
    assert got == [
        (1, ["보건행정과"], "보건지소 공중보건의사 복무관리 소홀",
         "복무관리지침 시달 및 분기별 불시점검", "completed", "완료", 11, 12),
        (2, ["건강증진과", "방문보건과"], "치매쉼터 송영차량 안전관리 미흡", "동승보호자 배치",
         "in_progress", "추진중", 14, 15),
    ]  # fmt: skip
    assert [s.raw for s in report.audit_summary] == ["○ 총 2건 : 완료 1, 추진중 1"]
    assert "audit_findings.none" not in {w.code for w in report.warnings}
    assert not [v for v in report.validation if v.check.startswith("audit") and not v.passed]
    assert report.residue == []
