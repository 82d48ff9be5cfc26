"""Forms of the probes of round 110 in a plan's project cards: a card's title closing with
a bracket of its 과 and the 과's team (statusglyphs), and a ※ note under a card that sets a
count by year side by side or states a year's statistic (policecomm)."""

from __future__ import annotations

import pytest

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _text

_CARDS = """\

                         2026년 주요업무계획

                          다 온 군   경 제 관 광 국

Ⅰ. 일반현황
 1. 조    직
  □ 조    직 : 1국 1과 2팀
   ○ 경제정책과(2팀) : 경제정책팀, 일자리지원팀

Ⅱ. 2026년 주요업무계획
 1. 활력 넘치는 지역경제
  □ 다온사랑상품권 발행 확대 (경제정책과)
    ○ 사업기간 : ’26. 1.~12.
    ○ 사 업 비 : 2,400,000천원
    ○ 추진계획
      - ’26. 3.~12. : 상품권 발행 및 판매

  □ 청년 창업공간 조성 {bracket}
    ○ 사업기간 : ’25. 3.~’26. 6.
    ○ 사 업 비 : 3,600,000천원
    ○ 추진계획
      - ’26. 5. : 준공 및 입주기업 모집
"""


@pytest.mark.parametrize(
    "bracket",
    ["(경제정책과 일자리지원팀)", "(경제정책과, 일자리지원팀)", "(경제정책과/일자리지원팀)"],
)
def test_a_card_titles_bracket_of_its_division_and_team(bracket: str) -> None:
    """`□ 청년 창업공간 조성 (경제정책과 일자리지원팀)`: the 과 runs the card and its team is
    the 과's, so the division is 경제정책과 and the bracket no part of the title, as with
    `(경제정책과)` alone (the bracket had stayed in the title, with no division)."""
    report = _text(_CARDS.format(bracket=bracket))
    got = [(x.title, x.division, x.division_evidence) for x in report.projects]
    assert got == [
        ("다온사랑상품권 발행 확대", "경제정책과", "title_bracket"),
        ("청년 창업공간 조성", "경제정책과", "title_bracket"),
    ]


def test_a_numbered_cards_bracket_of_its_division_and_team() -> None:
    """`가. 아동·여성 안심귀갓길 조성 (자치경찰협력과 생활안전협력팀)`: a numbered card's
    bracket of its 과 and team names the 과; two divisions each with its team, the two."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 시민 체감형 생활안전"),
        p("가. 아동·여성 안심귀갓길 조성 (자치경찰협력과 생활안전협력팀)"),
        p("□ 사업기간 : ’26. 3.~11."), p("□ 사 업 비 : 900백만원 (시비 900)"),
        p("□ 추진계획"), p("○ 4월~6월 : 안심귀갓길 시설물 설치"),
        p("나. 범죄예방 환경개선 (자치경찰정책과 정책기획팀, 자치경찰협력과 생활안전협력팀)"),
        p("□ 사업기간 : ’26. 1.~12."), p("□ 사 업 비 : 1,200백만원 (시비 1,200)"),
        p("□ 추진계획"), p("○ ’26. 6.~10. : 환경개선 공사 시행"),
    )  # fmt: skip
    got = [(x.title, x.division) for x in report.projects]
    assert got == [
        ("아동·여성 안심귀갓길 조성", "자치경찰협력과"),
        ("범죄예방 환경개선", "자치경찰정책과, 자치경찰협력과"),
    ]


def test_a_note_of_a_count_by_year_under_a_cards_steps_is_no_step() -> None:
    """`※ 안심귀갓길 누적 조성 : ’25년 152개 구간 → ’26년 182개 구간` under a card's steps sets
    a count of two years side by side: no step of the plan (it had been a 2026 step
    `182개 구간`), its figures still mentions; `※ ’25년 고령 보행자 교통사고 사망자 18명 (…)`
    states a year's statistic, no step done (it had been progress of 2025). Steps by year
    that each say what is done stay steps."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 시민 체감형 생활안전"),
        p("가. 아동·여성 안심귀갓길 조성 (자치경찰협력과)"),
        p("□ 사업기간 : ’26. 3.~11."), p("□ 사 업 비 : 900백만원 (시비 900)"),
        p("□ 추진계획"), p("○ 3월 : 자치구·경찰서 합동 현장점검"),
        p("○ 4월~6월 : 안심귀갓길 시설물 설치(30개 구간)"),
        p("※ 안심귀갓길 누적 조성 : ’25년 152개 구간 → ’26년 182개 구간"),
        p("나. 고령 보행자 교통사고 예방 (자치경찰협력과)"),
        p("□ 사업기간 : ’26. 3.~10."), p("□ 사 업 비 : 350백만원(시비)"),
        p("□ 추진계획"), p("○ 3~4월 : 고령자 교통사고 다발지역 분석"),
        p("○ 10월 : 사업 성과 분석 및 개선방안 마련"),
        p("※ ’25년 고령 보행자 교통사고 사망자 18명 (전체 보행 사망자의 56%)"),
        p("다. 통합관제센터 증축 (자치경찰정책과)"),
        p("□ 사업기간 : ’25. 1.~’27. 12."), p("□ 사 업 비 : 3,000백만원(시비)"),
        p("□ 추진계획"), p("○ ’25년 1단계 준공 → ’26년 2단계 착공"),
    )  # fmt: skip
    steps = {(s.project_id, s.task, s.start.year) for s in report.schedules if s.start}
    assert steps == {
        ("1-1", "자치구·경찰서 합동 현장점검", 2026),
        ("1-1", "안심귀갓길 시설물 설치(30개 구간)", 2026),
        ("1-2", "고령자 교통사고 다발지역 분석", 2026),
        ("1-2", "사업 성과 분석 및 개선방안 마련", 2026),
        ("1-3", "2단계 착공", 2026),
    }
    assert [(d.project_id, d.task) for d in report.progress] == [("1-3", "1단계 준공")]
    assert any(m.raw == "182개" for m in report.mentions)


_NOTES = """\

                         2026년 주요업무계획

                          다 온 군   안 전 건 설 국

Ⅰ. 일반현황
 1. 조    직
  □ 조    직 : 1국 1과 2팀
   ○ 안전총괄과(2팀) : 안전정책팀, 교통안전팀

Ⅱ. 2026년 주요업무계획
 1. 안전한 생활환경
  □ 어린이보호구역 개선 (안전총괄과)
    ○ 사업기간 : ’26. 1.~12.
    ○ 사 업 비 : 1,200,000천원
    ○ 추진계획
      - ’26. 3.~6. : 옐로카펫 설치
        ※ 보호구역 누적 정비 : 2025년 40개 구역 → 2026년 65개 구역
      - ’26. 10. : 효과 분석
        ※ ’25년 어린이 교통사고 29건 (전년 대비 12% 감소)
        * ’28. 12. : 전 구역 정비 완료
"""


def test_notes_of_figures_by_year_in_a_text_export_card() -> None:
    """A text export's card: the ※ note of a count by year with the years spelt out
    (`2025년 40개 구역 → 2026년 65개 구역`) and the note of a year's statistic (`’25년 어린이
    교통사고 29건 (…)`) are no steps nor steps done; a note that says what is done by its
    date (`* ’28. 12. : 전 구역 정비 완료`) stays a step."""
    report = _text(_NOTES)
    steps = {(s.task, s.start.year) for s in report.schedules if s.start}
    assert steps == {("옐로카펫 설치", 2026), ("효과 분석", 2026), ("전 구역 정비 완료", 2028)}
    assert not report.progress
