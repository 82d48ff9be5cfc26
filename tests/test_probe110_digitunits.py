"""Units numbered among their siblings, a digit before the name's ending (`세무1과`,
`세무2과`, `민원1팀`), as a 구's report names them (probe 110, excelpdf): units, while a
count (`3팀`, `12과`, `1국 2과 6팀`) stays a count."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_ORG = """\

                    2026년 주요업무보고

                       재 무 국

Ⅰ. 일반현황
 1. 조    직
  □ 조    직 : 3과 8팀
   - 재무과(2팀) : 재무운영팀, 기금관리팀
   - 세무1과(3팀) : 세무행정팀, 재산세팀, 취득세팀
   - 세무2과(3팀) : 법인세원팀, 세외수입팀, 세무조사팀
 2. 인    력
  □ 인    력 : 정원 60명 / 현원 58명

Ⅱ. 2026년 주요업무계획
 1. 세원 관리
  가. AI 기반 탈루세원 분석 (세무2과)
   □ 사업개요
    ○ 사업기간 : ’26. 1.~12.
    ○ 사 업 비 : 95,000천원
     - 구비 95,000천원
   □ 추진계획
    ○ ’26. 3. : 분석모형 구축 용역 발주
"""


def test_numbered_divisions_and_their_teams_are_the_organisation() -> None:
    """`- 세무1과(3팀) : …` under `□ 조직 : 3과 8팀`: the 과 and its three teams (the line
    had been left out, and the count warned `3과 stated, 1 found`)."""
    report = _text(_ORG)
    got = {o.name: (o.level, o.parent) for o in report.organization}
    assert got["세무1과"] == ("division", "재무국")
    assert got["세무2과"] == ("division", "재무국")
    assert {n for n, (_, parent) in got.items() if parent == "세무1과"} == {
        "세무행정팀", "재산세팀", "취득세팀",
    }  # fmt: skip
    assert {n for n, (_, parent) in got.items() if parent == "세무2과"} == {
        "법인세원팀", "세외수입팀", "세무조사팀",
    }  # fmt: skip
    assert not any(w.code == "organization.count_mismatch" for w in report.warnings)


def test_a_cards_bracket_of_a_numbered_division() -> None:
    """`가. AI 기반 탈루세원 분석 (세무2과)`: the title without the bracket, the division
    from it (the bracket had stayed in the title)."""
    report = _text(_ORG)
    (project,) = report.projects
    assert project.title == "AI 기반 탈루세원 분석"
    assert (project.division, project.division_evidence) == ("세무2과", "title_bracket")


_OPENING = """\

                    2026년 주요업무보고

                       재 무 국

Ⅰ. 일반현황
 1. 조    직
   - 세무1과(3팀) : 세무행정팀, 재산세팀, 취득세팀
   - 세무2과(2팀) : 법인세원팀, 세무조사팀
 2. 인    력
  □ 인    력 : 정원 60명 / 현원 58명

Ⅱ. 2026년 주요업무계획
 1. 세원 관리
  가. 세원 발굴
   □ 추진계획
    ○ ’26. 3. : 분석모형 구축 용역 발주
"""


def test_a_numbered_division_opening_a_part_is_no_count_line() -> None:
    """A part that opens with `- 세무1과(3팀) : …`, no count line above: the 과 and its
    teams, and no count `1과 3팀` read from the name to check the chart against."""
    report = _text(_OPENING)
    got = {o.name: (o.level, o.parent) for o in report.organization}
    assert got["세무1과"] == got["세무2과"] == ("division", "재무국")
    assert got["재산세팀"] == ("team", "세무1과")
    assert got["세무조사팀"] == ("team", "세무2과")
    assert not any(w.code == "organization.count_mismatch" for w in report.warnings)


def test_a_budget_table_set_across_by_numbered_divisions() -> None:
    """`구 분 | 계 | 세무1과 | 세무2과` over the years' rows: a table by unit, a summary row
    each (no budget had been read: the 과 were no units)."""
    rows = [
        ["구 분", "계", "세무1과", "세무2과"],
        ["2025년 예산", "250,000", "100,000", "150,000"],
        ["2026년 예산", "300,000", "120,000", "180,000"],
        ["증 감", "50,000", "20,000", "30,000"],
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 예산현황"), p("(단위 : 천원)"), p(_table(rows)),
        p("Ⅱ. 주요업무계획"), p("1. 세원 관리"), p("□ 세원 발굴"),
    )  # fmt: skip
    got = {b.unit: (b.budget_krw, b.prev_budget_krw) for b in report.budget_summary}
    assert got["세무1과"] == (120_000_000, 100_000_000)
    assert got["세무2과"] == (180_000_000, 150_000_000)


def test_a_unit_name_needs_letters_before_its_number() -> None:
    """A name holds its number after letters of its own; a count, a count's word before a
    count (`1본부3과`), a date or a 과제 is none."""
    from extract.parse.budget_words import is_unit_name
    from extract.unit_names import closing_units
    from extract.unit_names import is_unit_name as is_title_unit

    for name in ("세무1과", "세무2과", "건축2과", "민원1팀", "교통１팀"):
        assert is_unit_name(name) and is_title_unit(name), name
    for text in ("2과", "12과", "3팀", "1국 2과 6팀", "본부3과", "제1과", "2026년", "세무2과제"):
        assert not is_unit_name(text) and not is_title_unit(text), text
    assert closing_units("청년 창업 지원 (2과)") == ("청년 창업 지원 (2과)", [])
