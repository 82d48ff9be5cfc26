"""A text export hard-wrapped at a narrow width (probe 107, narrowwrap): a range's end
wrapped alone onto its line, `’26. 1. ~` / `12.`, is no numbered item; a card's division
bracket wrapped alone onto the title's second line; a cost's sources wrapped between a
figure and its unit."""

from __future__ import annotations

from datetime import date

from tests.test_other_reports import _text

_HEAD = """\

                        2026년 주요업무 보고

                           복 지 문 화 국

Ⅰ. 일 반 현 황

 1. 조    직

  □ 조 직 : 1국 2과 4팀

    ○ 복지정책과(2팀) : 복지기획팀, 희망복지팀
    ○ 어르신장애인과(2팀) : 어르신정책팀, 장애인복지팀

Ⅱ. 2026년 주요업무 추진계획

"""

_RANGES = _HEAD + """\
 1. 촘촘한 복지안전망 구축

  가. 위기가구 발굴 및 통합사례관리 강화 (복지정책과)

    ○ 사업기간 : ’26. 1. ~
       12.
    ○ 사 업 비 : 1,250백만원
      - 국비 500백만원, 구비 750백만원
    ○ 추진일정
      - ’26. 3.~6. : 상반기 복지사각지대 일제조사
      - ’26. 7.~12. : 대상자 서비스 연계

  나. 복지타운 건립 (복지정책과)

    ○ 사업기간 : ’25. 3. ~ ’27.
       12.
    ○ 사 업 비 : 8,600백만원 (국비 1,500, 구비 7,100)
    ○ 추진일정
      - ’26. 6. : 착공
      - ’26. 9. ~
 2. 어르신이 행복한 돌봄 공동체

  가. 경로당 운영 지원 (어르신장애인과)

    ○ 사업기간 : ’26. 1. ~ 12.
    ○ 사 업 비 : 4,860백만원
"""


def test_a_ranges_end_wrapped_alone_is_no_item() -> None:
    """`○ 사업기간 : ’26. 1. ~` / `12.`: the range's end, wrapped under the bullet's text (it
    had been item `12.` beside the card, the card's bullets under it and its period open);
    so is a month wrapped from its year, `’27.` / `12.`. A numbered title under an open
    range, `- ’26. 9. ~` / `2. 어르신이 …`, is still the next theme."""
    report = _text(_RANGES)
    got = {p.project_id: (p.title, p.period_start, p.period_end) for p in report.projects}
    assert got == {
        "1-1": ("위기가구 발굴 및 통합사례관리 강화", date(2026, 1, 1), date(2026, 12, 31)),
        "1-2": ("복지타운 건립", date(2025, 3, 1), date(2027, 12, 31)),
        "2-1": ("경로당 운영 지원", date(2026, 1, 1), date(2026, 12, 31)),
    }
    funding = {(f.project_id, f.source, f.amount_krw) for f in report.project_funding}
    assert ("1-1", "국비", 500_000_000) in funding
    assert ("1-1", "구비", 750_000_000) in funding
    tasks = [(s.project_id, s.task) for s in report.schedules]
    assert ("1-1", "상반기 복지사각지대 일제조사") in tasks
    assert ("1-1", "대상자 서비스 연계") in tasks


_BRACKET = _HEAD + """\
 1. 어르신과 장애인이 함께 누리는 돌봄 공동체 조성

  가. 경로당 냉난방비 지원 및 여가 프로그램 운영 내실화
      (어르신장애인과)

    ○ 사업기간 : ’26. 1. ~ 12.
    ○ 사 업 비 : 4,860백만원
      - 시비 1,458백만원, 구비 3,402백만원

  나. 장애인 활동지원 및 발달장애인 주간활동서비스 확충
      (어르신장애인과, 복지정책과)

    ○ 사업기간 : ’26. 1. ~ 12.
    ○ 사 업 비 : 1,200백만원
"""


def test_a_division_bracket_wrapped_alone_onto_the_titles_line() -> None:
    """`나. 경로당 냉난방비 지원 및 …` / `(어르신장애인과)`: the bracket on the wrap line
    ends the card's title and names its division (it had been dropped: division '')."""
    report = _text(_BRACKET)
    got = {p.project_id: (p.title, p.division) for p in report.projects}
    assert got["1-1"] == ("경로당 냉난방비 지원 및 여가 프로그램 운영 내실화", "어르신장애인과")
    assert got["1-2"][0] == "장애인 활동지원 및 발달장애인 주간활동서비스 확충"
    assert "어르신장애인과" in got["1-2"][1] and "복지정책과" in got["1-2"][1]


_UNIT_WRAP = _HEAD + """\
 1. 일상에서 누리는 문화 기반 확충

  가. 스마트도서관 구축 (복지정책과)

    ○ 사업기간 : ’26. 3. ~ 11.
    ○ 사 업 비 : 6,420백만원
      - 시비 1,800
        백만원, 구비 4,620백만원
    ○ 사업내용
      - 스마트도서관 5개소 설치
"""


def test_sources_wrapped_between_a_figure_and_its_unit() -> None:
    """`- 시비 1,800` / `백만원, 구비 4,620백만원` under `○ 사 업 비 : 6,420백만원`: both
    shares (the line's first line alone, `시비 1,800`, had been read: none)."""
    report = _text(_UNIT_WRAP)
    got = {(f.project_id, f.source, f.amount_krw) for f in report.project_funding}
    assert got == {("1-1", "시비", 1_800_000_000), ("1-1", "구비", 4_620_000_000)}
