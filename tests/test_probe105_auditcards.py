"""Forms of the probe of a 구 복지국's report printed by LibreOffice (auditcards): audit
findings written as prose cards whose title's bracket opens with the label of the division
in charge, `1. … 미흡 (소관: 복지정책과)`."""

from __future__ import annotations

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

CARDS = """도담구 복지국
2026년 주요업무보고

Ⅰ. 주요업무계획
1. 복지 강화
□ 긴급복지

Ⅱ. 2025년 행정사무감사 처리결과
□ 감사개요
○ 감사기간 : 2025. 11. 17. ~ 11. 26.
□ 세부 처리내역
< 시정요구 : 2건 >
1. 위기가구 발굴 후 사후관리 미흡 (소관: 복지정책과)
□ 지적내용
○ 지원 불가 판정 가구에 대한 사후 모니터링이 이루어지지 않음
□ 처리결과 : 처리완료
○ 지원 불가 가구 사후관리 지침 수립·시행
□ 향후계획
○ 분기별 사후관리 실태 점검
2. 종사자 처우개선비 지급기준 불명확 (소관: 복지정책과, 가족정책과)
□ 지적내용
○ 시설 유형별 처우개선비 지급기준이 달라 형평성 문제 제기
□ 처리결과 : 추진중
○ 지급기준 통합안 마련
□ 향후계획
○ 2026년 하반기 통합 기준 시행
< 건의 : 2건 >
3. 경로당 운영비 정산 부적정 (소관부서 : 어르신장애인과)
□ 지적내용
○ 경로당 운영비 정산 시 증빙자료 누락
□ 처리결과 : 처리완료
○ 부적정 집행액 환수
□ 향후계획
○ 상·하반기 정산 점검
4. 다함께돌봄센터 미설치 지역 해소 (담당 가족정책과)
□ 지적내용
○ 돌봄센터가 없는 동이 남아 있음
□ 처리결과 : 추진중
○ 설치 후보지 검토
□ 향후계획
○ 2026년 2개소 추가 설치
"""


def test_a_cards_title_bracket_opening_with_the_division_label_names_its_divisions() -> None:
    """`1. … 미흡 (소관: 복지정책과)` over `□ 지적내용` / `□ 처리결과 : 처리완료` /
    `□ 향후계획`: the bracket's divisions, its label `소관` (or `소관부서 :`, or `담당` and a
    space) no part of them (every finding had had no division)."""
    report = _text(CARDS)
    got = [(f.no, f.divisions, f.finding, f.status) for f in report.audit_findings]
    assert got == [
        (1, ["복지정책과"], "지원 불가 판정 가구에 대한 사후 모니터링이 이루어지지 않음",
         "completed"),
        (2, ["복지정책과", "가족정책과"],
         "시설 유형별 처우개선비 지급기준이 달라 형평성 문제 제기", "in_progress"),
        (3, ["어르신장애인과"], "경로당 운영비 정산 시 증빙자료 누락", "completed"),
        (4, ["가족정책과"], "돌봄센터가 없는 동이 남아 있음", "in_progress"),
    ]  # fmt: skip


def test_a_finding_whose_title_is_its_words_drops_the_labelled_bracket() -> None:
    """`1. … 지연 (소관: 생활보장과)` over `○ 조치결과 : …` / `○ 처리상황 : 완료`: the
    finding is its title without the bracket, the bracket its division."""
    report = _hwpx(
        p("Ⅰ. 주요업무계획"), p("1. 복지 강화"), p("□ 긴급복지"),
        p("Ⅱ. 2025년 행정사무감사 처리결과"),
        p("1. 긴급복지 지원 후 사후조사 지연 (소관: 생활보장과)"),
        p("○ 조치결과 : 미조사 312가구 일괄 사후조사"), p("○ 처리상황 : 완료"),
        p("2. 자활사업단 수익금 관리 소홀 (주관부서: 생활보장과·복지정책과)"),
        p("○ 조치결과 : 수익금 관리 지침 시달"), p("○ 처리상황 : 추진중"),
    )  # fmt: skip
    got = [(f.finding, f.divisions, f.status) for f in report.audit_findings]
    assert got == [
        ("긴급복지 지원 후 사후조사 지연", ["생활보장과"], "completed"),
        ("자활사업단 수익금 관리 소홀", ["생활보장과", "복지정책과"], "in_progress"),
    ]


def test_a_findings_table_with_no_division_column_reads_the_labelled_bracket() -> None:
    """A findings table of no column of divisions, each finding closing with `(소관:
    …)`: that bracket its division, no part of the finding."""
    report = _hwpx(
        p("Ⅰ. 주요업무계획"), p("1. 복지 강화"), p("□ 긴급복지"),
        p("Ⅱ. 2025년 행정사무감사 처리결과"),
        p(_table([
            ["연번", "지적사항", "조치결과", "처리상황"],
            ["1", "경로당 운영비 정산 부적정 (소관: 어르신장애인과)", "부적정 집행액 환수", "완료"],
            ["2", "어린이집 보조금 환수 지연 (소관 : 가족정책과)", "분할납부 계획 제출", "추진중"],
        ])),
    )  # fmt: skip
    got = [(f.finding, f.divisions, f.status) for f in report.audit_findings]
    assert got == [
        ("경로당 운영비 정산 부적정", ["어르신장애인과"], "completed"),
        ("어린이집 보조금 환수 지연", ["가족정책과"], "in_progress"),
    ]


def test_a_finding_card_tables_labelled_bracket() -> None:
    """A finding drawn as a card of labels beside their values, its 지적사항 closing with
    `(소관: 복지정책과)` and no row of divisions: the bracket its division."""
    report = _hwpx(
        p("Ⅰ. 주요업무계획"), p("1. 복지 강화"), p("□ 긴급복지"),
        p("Ⅱ. 2025년 행정사무감사 처리결과"),
        p(_table([
            ["연 번", "1"],
            ["지적사항", "위기가구 사후관리 미흡 (소관: 복지정책과)"],
            ["조치결과", "사후관리 지침 수립·시행"],
            ["처리상황", "완료"],
        ])),
    )  # fmt: skip
    got = [(f.finding, f.divisions, f.status) for f in report.audit_findings]
    assert got == [("위기가구 사후관리 미흡", ["복지정책과"], "completed")]


# --- a note under a card's 추진계획 that dates an outside law's taking effect -------------

PLAN = """도담구 복지국
2026년 주요업무보고

Ⅰ. 주요업무계획
1. 돌봄 안전망 강화
가. 통합돌봄 지역 체계 구축 (복지정책과)
□ 사업개요
○ 사업기간 : 2026. 3. ~ 2028. 12.
○ 사 업 비 : 1,200,000천원 (국비 600,000, 시비 300,000, 구비 300,000)
□ 추진계획
○ ’26. 3. : 통합돌봄 전담창구 설치
○ ’26. 7.~’27. 2. : 대상자별 통합돌봄 서비스 제공
※ 「의료·요양 등 지역 돌봄의 통합지원에 관한 법률」 시행(’26. 3. 27.)
* ’28.12. : 돌봄복합센터 준공
"""


def _steps(report: Report, project_id: str) -> list[tuple[str, str]]:
    return [
        (s.task, s.start.isoformat())
        for s in report.schedules
        if s.project_id == project_id and s.start is not None
    ]


def test_a_note_dating_a_statutes_taking_effect_is_no_step() -> None:
    """`※ 「…에 관한 법률」 시행(’26. 3. 27.)` under a card's 추진계획: the day an outside law
    takes effect, the plan's background, no step (it had been a step of 2026-03-27); a note
    that dates the project's own work, `* ’28.12. : 준공`, stays a step."""
    steps = _steps(_text(PLAN), "1-1")
    assert steps == [
        ("통합돌봄 전담창구 설치", "2026-03-01"),
        ("대상자별 통합돌봄 서비스 제공", "2026-07-01"),
        ("돌봄복합센터 준공", "2028-12-01"),
    ]


def test_a_statute_note_under_a_labelled_plan_line_is_no_step() -> None:
    """The same note under `○ 추진계획` over dated dashes, the law's taking effect followed
    by what it brings (`… 시행(’26. 3. 27.)에 따라 전국 확대`): no step; the dashes are."""
    report = _text(
        "2026년 주요업무계획\n새봄시 복지국\n\n"
        "Ⅰ. 2026년 주요업무 추진계획\n 1. 돌봄 안전망 강화\n"
        "  가. 새봄형 의료·돌봄 통합지원 추진 (노인복지과)\n"
        "   ○ 사 업 비 : 1,234백만원 (국 500, 도 300, 시 434)\n"
        "   ○ 추진계획\n"
        "    - ’26. 2. : 시행계획 수립\n"
        "    - ’26. 5. : 서비스 제공기관 지정\n"
        "    ※ 「의료·요양 등 지역 돌봄의 통합지원에 관한 법률」 시행(’26. 3. 27.)에 따라"
        " 전국 확대\n"
    )
    assert _steps(report, "1-1") == [
        ("시행계획 수립", "2026-02-01"),
        ("서비스 제공기관 지정", "2026-05-01"),
    ]
