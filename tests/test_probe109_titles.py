"""Card titles wrapped onto a second line (probe 109, intlcoop): a title whose English
gloss is still open at the line's end goes on over the wrap, `가. … ODA 사업 (KOICA-Haeon
Smart Water` / `Project) (국제개발협력팀)`, and the bracket of divisions alone on the wrap
line is the title's however long the first line, `가. 2026 해온 국제도시포럼 개최 (Haeon
International City Forum, HICF 2026)` / `(국제행사팀)`."""

from __future__ import annotations

from tests.test_other_reports import _text

_HEAD = """\

                        2026년 주요업무 보고

                           국 제 협 력 관

Ⅰ. 일 반 현 황

 1. 조    직

  □ 조 직 : 1관 3팀

    ○ 국제협력관 : 국제교류팀, 국제개발협력팀, 국제행사팀

Ⅱ. 2026년 주요업무 추진계획

"""

_GLOSS = _HEAD + """\
 1. 국제개발협력(ODA) 확대

  가. KOICA 협력 수라바야 스마트 상수도 ODA 사업 (KOICA-Haeon Smart Water
      Project) (국제개발협력팀)

    ○ 사업기간 : 2026. 1. ~ 12.
    ○ 사 업 비 : 1,680백만원

  나. WHO 건강도시연맹(AFHC) 연계 울란바토르 모자보건 ODA [Healthy Cities
      ODA] (국제개발협력팀)

    ○ 사업기간 : 2026. 3. ~ 12.
    ○ 사 업 비 : 420백만원

 2. 국제행사 유치 및 MICE 연계

  가. 2026 해온 국제도시포럼 개최 (Haeon International City Forum, HICF 2026)
      (국제행사팀)

    ○ 사업기간 : 2026. 1. ~ 10.
    ○ 사 업 비 : 950백만원

  나. 글로벌 시민 교류 축제 (Global Citizen Festival) (국제교류팀)

    ○ 사업기간 : 2026. 5. ~ 10.
    ○ 사 업 비 : 300백만원
"""


def test_a_gloss_left_open_at_the_lines_end_goes_on_over_the_wrap() -> None:
    """`… ODA 사업 (KOICA-Haeon Smart Water` / `Project) (국제개발협력팀)`: the title closes
    its gloss and the division is the bracket after it (the title had ended inside the
    open bracket, the division empty); a square bracket too, `[Healthy Cities` / `ODA]`."""
    report = _text(_GLOSS)
    got = {p.project_id: (p.title, p.division) for p in report.projects}
    assert got["1-1"] == (
        "KOICA 협력 수라바야 스마트 상수도 ODA 사업 (KOICA-Haeon Smart Water Project)",
        "국제개발협력팀",
    )
    assert got["1-2"] == (
        "WHO 건강도시연맹(AFHC) 연계 울란바토르 모자보건 ODA [Healthy Cities ODA]",
        "국제개발협력팀",
    )


def test_a_division_bracket_alone_under_a_long_first_line() -> None:
    """`… (Haeon International City Forum, HICF 2026)` / `(국제행사팀)`: the first line
    alone is longer than a short title, and the bracket on the wrap line still names the
    card's division (it had been empty); a card on one line keeps its own."""
    report = _text(_GLOSS)
    got = {p.project_id: (p.title, p.division) for p in report.projects}
    assert got["2-1"] == (
        "2026 해온 국제도시포럼 개최 (Haeon International City Forum, HICF 2026)",
        "국제행사팀",
    )
    assert got["2-2"] == ("글로벌 시민 교류 축제 (Global Citizen Festival)", "국제교류팀")


def test_the_outline_titles_the_card_with_both_lines() -> None:
    """In outline.csv the card's `title` holds the wrap line as its `text` does (it had
    held the first line only)."""
    report = _text(_GLOSS)
    items = {n.title.split(" (")[0]: n for n in report.outline if n.kind == "item"}
    koica = items["KOICA 협력 수라바야 스마트 상수도 ODA 사업"]
    assert koica.title == (
        "KOICA 협력 수라바야 스마트 상수도 ODA 사업 (KOICA-Haeon Smart Water Project) "
        "(국제개발협력팀)"
    )
    forum = items["2026 해온 국제도시포럼 개최"]
    assert forum.title.endswith("HICF 2026) (국제행사팀)")


_BLOCKS = _HEAD + """\
 1. 국제개발협력(ODA) 확대

  가. KOICA 협력 수라바야 스마트 상수도 ODA 사업 (KOICA-Haeon Smart Water
      Project) (국제개발협력팀)
    □ 사업개요
      ○ 사업기간 : 2026. 3. ~ 2028. 12.
      ○ 사 업 비 : 총 2,400,000천원 (국비 1,680,000 시비 720,000)
    □ 추진계획
      ○ 사업수행 협약 체결 및 PMC 선정
    □ 추진일정
      ○ ’26. 3. : 사업수행 협약 체결
      ○ ’26. 7.~12. : 기본설계 및 시범구역 시스템 설치

  나. 아시아 도시 공무원 초청 상하수도 관리 역량강화 연수 과정 운영
      (국제개발협력팀)
    □ 사업개요
      ○ 사업기간 : 2026. 4. ~ 11.
      ○ 사 업 비 : 350,000천원
    □ 추진계획
      ○ 연수생 선발 및 교육과정 설계
    □ 추진일정
      ○ ’26. 4.~5. : 연수생 선발
      ○ ’26. 9.~11. : 초청연수 운영

 2. 국제행사 유치 및 MICE 연계

  가. 2026 해온 국제도시포럼 개최 (Haeon International City Forum, HICF 2026)
      (국제행사팀)
    □ 사업개요
      ○ 사업기간 : 2026. 1. ~ 10.
      ○ 사 업 비 : 950,000천원
    □ 추진계획
      ○ 포럼 기본계획 수립 및 참가도시 초청
    □ 추진일정
      ○ ’26. 3. : 기본계획 수립
      ○ ’26. 9. : 포럼 개최
"""


def test_cards_of_labelled_blocks_take_the_wrapped_title_too() -> None:
    """Cards each of `□ 사업개요` / `□ 추진계획` / `□ 추진일정` blocks, read card by card:
    the wrapped title is whole there too, its division the bracket on the wrap line, and
    the wrap line no summary (the title had been the first line alone, the division empty
    and `Project) (국제개발협력팀)` the summary)."""
    report = _text(_BLOCKS)
    got = {p.project_id: (p.title, p.division, p.summary) for p in report.projects}
    assert got["1-1"] == (
        "KOICA 협력 수라바야 스마트 상수도 ODA 사업 (KOICA-Haeon Smart Water Project)",
        "국제개발협력팀",
        "",
    )
    assert got["1-2"] == (
        "아시아 도시 공무원 초청 상하수도 관리 역량강화 연수 과정 운영", "국제개발협력팀", ""
    )
    assert got["2-1"] == (
        "2026 해온 국제도시포럼 개최 (Haeon International City Forum, HICF 2026)",
        "국제행사팀",
        "",
    )
