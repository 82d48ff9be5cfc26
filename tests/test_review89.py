"""What a review found the twelfth round's rules doing to ordinary reports, each case the
smallest input it built."""

from __future__ import annotations

from tests.hwpx_maker import BR, cell, p, t, tbl
from tests.test_other_reports import _hwpx, _text

_HEAD = "2026년 주요업무계획\n\nⅠ. 일반현황\n\n 1. 조직 및 인력\n\n  □ 조    직 : 1국 2과 6팀\n\n"


def test_a_labelled_fact_line_is_no_sub_project() -> None:
    """`- 사업물량 : 10개소, 400백만원`, `- 지원내용 : 120백만원` under `○ 사업개요`: facts of
    the item, no sub-projects named 사업물량 and 지원내용."""
    report = _text(
        _HEAD + "Ⅱ. 2026년 주요업무계획\n\n 1. 농촌 생활환경 개선\n\n  ○ 사업개요\n"
        "    - 사업기간 : 2026. 1. ~ 12.\n    - 사업물량 : 10개소, 400백만원\n\n"
        " 2. 농업인 안전보험 지원\n\n  ○ 사업개요\n    - 사업기간 : 2026. 1. ~ 12.\n"
        "    - 지원내용 : 120백만원\n"
    )
    assert [pr.project_id for pr in report.projects] == ["1", "2"]


def test_a_place_in_a_titles_bracket_is_no_division() -> None:
    """`□ 어르신 건강교실 운영 (가온복지관, ’26. 3.~11., 20백만원)` under `1. 노인복지과`: the
    item's division (the venue had been taken for it)."""
    report = _text(
        _HEAD + "Ⅱ. 2026년 주요업무계획\n\n 1. 노인복지과\n\n"
        "  □ 어르신 건강교실 운영 (가온복지관, ’26. 3.~11., 20백만원)\n"
        "  □ 경로당 냉난방비 지원 (’26. 1.~12., 180백만원)\n"
    )
    assert {pr.division for pr in report.projects} == {"노인복지과"}


def test_an_issue_over_its_costed_measures_stays_an_issue() -> None:
    """An issue over measures each with its facts in its bracket, `○ 폭염 저감대책 (’26.
    6.~9., 300백만원)`: the issue a record, its measures its sub-projects with their costs
    (the issue had been dropped; a measure ending in 대책 had been taken for a block)."""
    report = _text(
        _HEAD + "Ⅱ. 2026년 주요업무계획\n\n 1. 재난안전 체계 강화\n\n"
        "  ○ 사업기간 : 2026. 1. ~ 12.\n  ○ 사 업 비 : 1,200백만원\n\n"
        "Ⅲ. 주요 현안사항\n\n 1. 여름철 자연재난 대응\n\n"
        "  ○ 현    황 : 최근 3년간 집중호우 피해 연평균 45억원 발생\n"
        "  ○ 폭염 저감대책 (’26. 6.~9., 300백만원)\n"
        "    - 무더위쉼터 120개소 운영\n"
        "  ○ 침수 방지대책 (’26. 3.~9., 500백만원)\n"
        "    - 반지하 주택 침수방지시설 200가구 설치\n"
    )
    got = {pr.project_id: pr.cost_krw for pr in report.projects if pr.project_id[0] == "현"}
    assert got == {"현안1": None, "현안1-1": 300_000_000, "현안1-2": 500_000_000}


def test_a_forced_line_break_in_a_duty_is_no_second_duty() -> None:
    """`- 지역경제 활성화 종합계획 수립 및` <lineBreak> `추진상황 점검`: one duty (its second
    line had been taken for a paragraph of its own)."""

    def duty(*parts: str) -> str:
        return p(t(*parts))

    rows = [
        [p("팀"), p("인 원"), p("주 요 업 무")],
        [p("경제정책팀"), p("6"),
         duty("- 지역경제 활성화 종합계획 수립 및", BR, "  추진상황 점검") + p("- 물가 안정 관리")],
    ]  # fmt: skip
    cells = [cell(r, c, v) for r, row in enumerate(rows) for c, v in enumerate(row)]
    report = _hwpx(
        p("Ⅰ. 일반 현황"), p("가. 조직 및 인력"), p(tbl(2, 3, cells)),
        p("Ⅱ. 2026년 업무 추진계획"), p("1) 전통시장 활성화 지원"), p("❍ 기 간 : 2026. 1. ~ 12."),
    )  # fmt: skip
    assert [f.function for f in report.functions] == [
        "지역경제 활성화 종합계획 수립 및 추진상황 점검", "물가 안정 관리"]


def test_another_chapters_audit_names_no_source_of_these_findings() -> None:
    """`○ 2025년 행정사무감사 (’25. 11. 10. ~ 11. 19.)` in Ⅰ, the findings in `Ⅲ. 2025년
    종합감사 결과 처리상황`: their source 종합감사, no period (they had been given Ⅰ's)."""
    report = _text(
        "2026년 업무보고\n\nⅠ. 2025년 주요성과\n\n 1. 의회 활동 지원\n\n"
        "  ○ 2025년 행정사무감사 (’25. 11. 10. ~ 11. 19.)\n"
        "    - 지적사항 12건 중 10건 조치 완료\n\n"
        "Ⅱ. 역점 추진사업\n\n 1. 대기질 개선\n\n  ○ 사업기간 : 2026. 1. ~ 12.\n\n"
        "Ⅲ. 2025년 종합감사 결과 처리상황\n\n"
        " 1. 전기차 충전시설 사후관리 부실 (대기보전과)\n"
        "    - 지적요지 : 급속충전기 고장 장기 방치\n"
        "    - 조치내용 : 유지보수 관리기준 마련\n    - 조치상황 : 추진중\n\n"
        " 2. 보조금 정산 검증 소홀 (기후정책과)\n    - 지적요지 : 민간보조금 정산서류 검증 미흡\n"
        "    - 조치내용 : 정산 검증 체크리스트 마련\n    - 조치상황 : 완료\n"
    )
    assert {(f.source, f.audited_start) for f in report.audit_findings} == {("종합감사", None)}


def test_a_bracket_that_counts_research_institutes_keeps_its_cost() -> None:
    """`○ (3개 연구소, 45억원) 지역특화 기술개발 과제 지원`: 연 inside 연구소 is no word of a
    year (the bracket had been refused)."""
    report = _text(
        _HEAD + "Ⅱ. 2026년 주요업무계획\n\n 1. 지역 연구개발 역량 강화\n\n"
        "  ○ (3개 연구소, 45억원) 지역특화 기술개발 과제 지원\n"
        "  ○ (120개 연구실, 12억원) 대학 실험실 안전장비 보급\n"
    )
    assert [pr.cost_krw for pr in report.projects if pr.project_id.startswith("1-")] == [
        4_500_000_000, 1_200_000_000]


def test_a_sides_word_opening_a_rows_own_name_is_no_merged_label() -> None:
    """`세입 예산 | 500 …` over `세출 예산 | 4,200 …`: no block of either side (the revenue
    row had been made expenditure)."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 일반현황\n\n 1. 예산현황\n"
        "                                                      (단위 : 백만원)\n"
        "      구   분       2026년 예산    2025년 예산     증  감    증감률(%)\n"
        "      세입 예산          500            400          100        25.0\n"
        "      세출 예산        4,200          4,000          200         5.0\n\n"
        "Ⅱ. 주요업무 추진계획\n\n 1. 축제\n  ㅇ 사업비 : 100백만원\n"
    )
    assert "revenue" not in {s.side for s in report.budget_summary if "세출" in s.raw}
