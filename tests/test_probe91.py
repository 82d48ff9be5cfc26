"""Forms of the fourteenth round of probes: statistics beside the budget (statsgeneral),
a multi-year card's whole cost and its year's share (yearshare), a card's photo beside
its lines (photocards), a long report of every part (bigreport)."""

from __future__ import annotations

import pytest

from extract.parse.costs import source_name
from extract.parse.schedules import names_aim
from extract.read.pdf.base import TextLine
from extract.read.pdf.wraps import broken_wraps
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _text

_CARD = """\
2026년 주요업무보고

Ⅰ. 일반현황
 1. 조직
  □ 조    직 : 1국 4과 16팀

Ⅱ. 2026년 주요업무 추진계획

 1. 기업이 성장하는 경제 도시

  가. 중소기업 수출 바우처 지원 (기업지원과)

   □ 사업개요
     ○ 사업기간 : ’26. 2.~12.
     ○ 사 업 비 : 3,200백만원 (국비 1,280, 시비 1,920)

   □ 추진일정
     추진기간                      추  진  내  용
     ’26. 2.~3.        참여기업 공모 및 선정(120개사)
     ’26. 4.~10.       해외 전시회 참가 및 마케팅 바우처 지원
     ’26. 11.~12.      성과 점검 및 정산
"""


def test_a_schedules_table_of_dates_beside_tasks_in_a_text_export() -> None:
    """`추진기간   추 진 내 용` over rows of a date and a task a run of spaces apart: a step
    a row (they had been one step of every line, dated by the last)."""
    report = _text(_CARD)
    assert [(s.task, str(s.start), str(s.end)) for s in report.schedules] == [
        ("참여기업 공모 및 선정(120개사)", "2026-02-01", "2026-03-31"),
        ("해외 전시회 참가 및 마케팅 바우처 지원", "2026-04-01", "2026-10-31"),
        ("성과 점검 및 정산", "2026-11-01", "2026-12-31"),
    ]


def test_a_row_of_rates_under_a_caption_that_lists_percent() -> None:
    """`(단위 : 십억원, %)` over `고용률 | 61.8 | 62.4` beside `지역내총생산 | 38,412 | …`: the
    rate's row in %, not in 십억원 (61.8 had been 61,800,000,000 won)."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 일반현황\n 1. 조직\n  □ 조    직 : 1국 4과 16팀\n"
        " 2. 지역경제 현황\n                                      (단위 : 십억원, %)\n"
        "   구    분              2023년      2024년\n"
        "   지역내총생산(GRDP)     41,873      43,205\n"
        "   고용률                   61.8        62.4\n"
        "   실업률                    3.1         2.9\n"
        "\nⅡ. 주요업무 추진계획\n 1. 경제\n  ○ 사업기간 : 2026. 1. ~ 12.\n"
    )
    cells = {(c.row_header, c.raw): (c.value_kind, c.value_krw) for c in report.table_cells}
    assert cells[("고용률", "61.8")] == ("percent", None)
    assert cells[("지역내총생산(GRDP)", "41,873")] == ("krw", 41_873_000_000_000)


@pytest.mark.parametrize(
    ("line", "aim"),
    [("- ’26. 4.~12. : 골조공사 및 설비 공사 추진(공정률 45% 목표)", False),
     # (a target, no step)
     ("… → 2026년 2등급 목표", True), ("이용률 70% 달성 (’26년 목표)", True)],
)  # fmt: skip
def test_a_target_in_a_dated_steps_closing_bracket_is_an_aside(line: str, aim: bool) -> None:
    """`(공정률 45% 목표)` closing a dated step: an aside, the step kept (it had been taken
    for a target and dropped)."""
    assert names_aim(line) is aim


def test_a_sources_name_broken_by_a_wrap_is_the_source() -> None:
    """`구` / `비` wrapped in a narrow column: 구비, so that it stacks."""
    assert (source_name("구 비"), source_name("국"), source_name("민자*")) == (
        "구비", "국비", "민자")


def test_a_themes_lead_line_over_its_cards() -> None:
    """`◈ 간선도로망 확충과 …` under the theme, over its `□` cards (an HWPX sets no indent):
    each card a project of the theme, the one whose cost is in a table too (the cards had
    been the line's, and the line the theme's only project)."""
    report = _hwpx(
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 안전하고 촘촘한 광역도로망 구축"),
        p("◈ 간선도로망 확충과 위험도로 개선으로 도내 30분 생활권 실현"),
        p("□ 국지도 58호선 확포장 (도로과)"), p("○ 사업기간 : 2021 ~ 2029"),
        p("○ 총사업비 : 1,200억원 (국 600, 도 360, 시군 240) / ’26년 예산 : 150억원"),
        p("□ 지방도 1023호선 동서 연결도로 건설 (도로과)"), p("○ 사업기간 : 2019 ~ 2030"),
        p("○ 투자계획 : ~’25년 300억원, ’26년 120억원, ’27년 이후 580억원 (총 1,000억원)"),
        p("○ 추진계획"), p("- ’26. 10. : 1단계 구간(3.2㎞) 부분 개통"),
    )  # fmt: skip
    got = {pr.project_id: (pr.title, pr.cost_krw) for pr in report.projects}
    assert got["1-1"] == ("국지도 58호선 확포장", 120_000_000_000)
    assert got["1-2"] == ("지방도 1023호선 동서 연결도로 건설", 100_000_000_000)
    assert "1-2-1" not in got  # (the investment plan's line is the card's cost, no project)
    steps = [s.task for s in report.schedules if s.project_id == "1-2"]
    assert steps == ["1단계 구간(3.2㎞) 부분 개통"]


def test_units_names_one_a_line_in_a_narrow_column_are_not_one_word() -> None:
    """A chart's narrow column of teams, each name filling its line (LibreOffice, centred):
    `노인일자리팀` over `노인시설팀`, two teams (they had been glued into one name)."""
    box = (57.2, 431.2, 129.0, 467.6)
    first = TextLine("노인일자리팀", 63.4, 436.0, 122.6, 446.0)
    second = TextLine("노인시설팀", 68.3, 451.0, 117.8, 461.0)
    assert broken_wraps([first, second], box) == [False]
    word = TextLine("장애인가족지원센", 60.0, 436.0, 126.0, 446.0)
    assert broken_wraps([word, TextLine("터 운영", 78.0, 451.0, 108.0, 461.0)], box) == [True]


def test_a_notes_fund_flow_names_no_account_and_a_tables_line_its_side() -> None:
    """`※ 세입은 국고보조금, 기금전입금 및 세외수입` names no 기금 (every line had been of
    the account 기금); the table under `○ 세출예산` is of expenditure."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 일반현황\n 1. 예산\n"
        "  ○ 세입예산\n                                        (단위 : 백만원)\n"
        "   구    분       2026년 예산    2025년 예산\n"
        "   계                 3,000          2,800\n"
        "   국고보조금         2,000          1,900\n"
        "   세외수입           1,000            900\n"
        "  ※ 세입은 국고보조금, 기금전입금 및 세외수입\n"
        "  ○ 세출예산\n                                        (단위 : 백만원)\n"
        "   구    분       2026년 예산    2025년 예산\n"
        "   계                 5,000          4,600\n"
        "   복지정책과         3,000          2,800\n"
        "   노인복지과         2,000          1,800\n"
        "\nⅡ. 주요업무 추진계획\n 1. 복지\n  ○ 사업기간 : 2026. 1. ~ 12.\n"
    )
    assert {b.account for b in report.budget_lines} == {None}
    assert {b.side for b in report.budget_lines if b.unit == "복지정책과"} == {"expenditure"}
