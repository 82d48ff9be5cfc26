"""Forms of the seventeenth round of probes: a card's cost in its investment plan alone
(investtxt), a division's report by team (teamreport), the plan as one table of projects
(excelgrid); an HWPX file's tracked changes and memos (hwpxrevisions) read right already."""

from __future__ import annotations

from extract.read.pdf.base import Glyph, rule_edge
from extract.read.pdf.frames import close_open_bottoms
from extract.read.pdf.strikes import struck_glyphs
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_INVESTMENT = """\
2026년 주요업무보고

Ⅰ. 일반현황
 1. 조직
  □ 조    직 : 1국 4과 16팀

Ⅱ. 2026년 주요업무 추진계획
 1. 미래 도시공간 조성
   가. 가람역세권 복합개발 (도시계획과)

     □ 사업개요
       ○ 사업기간 : 2023. ~ 2029.
       ○ 사업내용 : 복합환승센터, 업무·상업시설, 공공주택 800세대 조성

     □ 연차별 투자계획
                                                                 (단위 : 억원)
       구  분        총사업비       ~’24      ’25      ’26   ’27 이후
         계               4,860       85      240      615      3,920
       국  비               720       20       60      140        500
       시  비             1,140       65      180      275        620
       민  자             3,000        -        -      200      2,800

     □ 추진일정
       ○ ’26. 2.~4. : 민간사업자 공모 및 사업계획서 접수
       ○ ’26. 6. : 우선협상대상자 선정
"""


def test_a_cards_cost_in_its_investment_plan_alone() -> None:
    """`□ 연차별 투자계획` over `구 분 | 총사업비 | ~’24 | …` and no cost line: the card's
    cost is the 계 row's 총사업비, each source's its share (it had none)."""
    report = _text(_INVESTMENT)
    (project,) = report.projects
    assert project.cost_krw == 486_000_000_000
    shares = {f.source: f.amount_krw for f in report.project_funding}
    assert shares == {"국비": 72_000_000_000, "시비": 114_000_000_000, "민자": 300_000_000_000}


_TEAMS = """\
해솔시 일자리정책과
2026년 주요업무보고

Ⅰ. 일반현황
 1. 조직 및 인력
  □ 조  직 : 1과 2팀
   ○ 팀 구성 : 일자리기획팀, 청년일자리팀
 2. 팀별 주요기능
  □ 일자리기획팀 : 일자리 정책 총괄, 일자리 박람회 운영
  □ 청년일자리팀 : 청년 일자리 사업 추진, 청년 창업 지원

Ⅱ. 팀별 주요업무

 1. 일자리기획팀

  □ 해솔 일자리박람회 개최
     ○ 사업기간 : 2026. 3. ~ 10.
     ○ 사 업 비 : 150,000천원 (시비 150,000)
     ○ 추진일정
       - ’26. 9. : 박람회 개최

  □ 팀 현안 : 일자리 국비 공모사업 확보 대응
     ○ 현    황 : 공모사업 경쟁 심화

 2. 청년일자리팀

  □ 청년 월세 지원
     ○ 사업기간 : 2026. 1. ~ 12.
     ○ 사 업 비 : 960,000천원 (국비 480,000, 시비 480,000)
"""


def test_a_divisions_report_of_its_teams_work() -> None:
    """`Ⅱ. 팀별 주요업무` over `1. 일자리기획팀` / `□ …` cards: the plan, each card its
    team's (the chapter had been the duties', its cards read as none), the `□ 팀 현안` no
    project, the team no project of its own; `○ 팀 구성 : …` lists the teams."""
    report = _text(_TEAMS)
    assert [(p.title, p.division) for p in report.projects] == [
        ("해솔 일자리박람회 개최", "일자리기획팀"), ("청년 월세 지원", "청년일자리팀"),
    ]  # fmt: skip
    teams = {u.name for u in report.organization if u.level == "team"}
    assert teams == {"일자리기획팀", "청년일자리팀"}


def test_a_list_of_projects_with_a_column_of_each_source() -> None:
    """`사업명 | 사업기간 | 총사업비(백만원) | 국비 | 도비 | 시군비 | 담당과`: each source's
    column its share of the row's cost (they had been read as none: no group header over
    them named the cost)."""
    rows = [
        ["연번", "사업명", "사업기간", "총사업비(백만원)", "국비", "도비", "시군비", "담당과"],
        ["1", "뉴딜 거점 조성", "2025~2027", "12,000", "6,000", "3,000", "3,000", "균형발전과"],
        ["2", "인구감소지역 생활인구 유치", "2026", "3,000", "1,500", "900", "600", "인구정책과"],
    ]
    report = _hwpx(
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 지역균형 성장 기반 구축"), p(_table(rows)),
    )  # fmt: skip
    shares = {(f.project_id, f.source): f.amount_krw for f in report.project_funding}
    assert shares[("1-1", "국비")] == 6_000_000_000
    assert shares[("1-2", "시군비")] == 600_000_000


def test_a_staff_table_with_a_second_header_line_of_grades() -> None:
    """`구 분 | 정원 | 현원 | 직급별 현원` over `4급 | 5급 | …` (a box drawn in a text
    export): each unit's 정원 and 현원, and its 현원 by grade (the line reader had glued
    the grades' line to the 계 and cut each unit's nine figures into three rows)."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 일반현황\n 1. 조직 및 인력\n  □ 조  직 : 1과 2팀\n"
        "  □ 인  력 : 정원 17명 / 현원 16명\n"
        "                                    (’26. 1. 1. 기준, 단위 : 명)\n"
        "┌──────────────┬──────┬──────┬─────────────────────┐\n"
        "│   구    분   │ 정원 │ 현원 │     직급별 현원     │\n"
        "│              │      │      ├──────┬──────┬───────┤\n"
        "│              │      │      │ 5급  │ 6급  │ 7급   │\n"
        "├──────────────┼──────┼──────┼──────┼──────┼───────┤\n"
        "│      계      │  17  │  16  │  2   │  6   │  8    │\n"
        "├──────────────┼──────┼──────┼──────┼──────┼───────┤\n"
        "│ 일자리기획팀 │  9   │  8   │  1   │  3   │  4    │\n"
        "├──────────────┼──────┼──────┼──────┼──────┼───────┤\n"
        "│ 청년일자리팀 │  8   │  8   │  1   │  3   │  4    │\n"
        "└──────────────┴──────┴──────┴──────┴──────┴───────┘\n"
    )
    units = {(s.unit, s.authorized, s.current) for s in report.staffing if s.grade is None}
    assert units == {("계", 17, 16), ("일자리기획팀", 9, 8), ("청년일자리팀", 8, 8)}
    # (and each grade's 현원 under the group's word: "직급별 현원" over "6급")
    grades = {(s.unit, s.grade): s.current for s in report.staffing if s.grade is not None}
    assert grades[("일자리기획팀", "6급")] == 3 and grades[("계", "7급")] == 8


def test_a_row_cut_at_the_foot_of_a_page_its_cells_drawn_each_on_its_own() -> None:
    """Chromium draws each cell's sides on their own: the last row's, from the row rule
    over it down to the page's foot, no rule under them, are closed there (the row had
    fallen out of the table, with the theme's row over it, the plan's rows after it read
    as another table)."""
    xs = (40.0, 80.0, 300.0, 560.0, 800.0)
    rules = [rule_edge("h", y, xs[0], xs[-1]) for y in (80.0, 100.0, 505.0)]
    rules += [rule_edge("v", x, 80.0, 100.0) for x in xs]
    rules += [rule_edge("v", x, 505.0, 556.0) for x in xs]
    added = [r for r in close_open_bottoms(rules, 595.0) if r not in rules]
    assert [(r["orientation"], r["top"], r["x0"], r["x1"]) for r in added] == [
        ("h", 556.0, 40.0, 800.0)
    ]
    # (sides hung from a rule alone, no row rule of a table over it, or boxes of a chart
    # under a title's frame, no column of theirs over them: no row)
    alone = [rule_edge("h", 505.0, xs[0], xs[-1]), *(rule_edge("v", x, 505.0, 556.0) for x in xs)]
    assert close_open_bottoms(alone, 595.0) == alone
    framed = [*alone, rule_edge("h", 480.0, xs[0], xs[-1]), rule_edge("v", 40.0, 480.0, 505.0)]
    assert close_open_bottoms(framed, 595.0) == framed


# --- round eighteen: a revision's struck figures, other currencies --------------------------


def _word(text: str, x0: float, top: float = 100.0, size: float = 10.0) -> list[Glyph]:
    return [Glyph(ch, x0 + k * 6.0, x0 + k * 6.0 + 5.5, top, top + size, size)
            for k, ch in enumerate(text)]  # fmt: skip


def test_a_figure_struck_through_is_no_text_of_the_page() -> None:
    """`~~1,200~~ 1,500` (a revised report keeps the figure it replaced, a line drawn
    across it): the new figure alone (both had been read, the old one winning)."""
    old, new = _word("1,200", 100.0), _word("1,500", 140.0)
    strike = rule_edge("h", 104.5, 100.0, 129.5)
    under = rule_edge("h", 109.8, 140.0, 169.5)  # (an underline: under the glyphs)
    rule = rule_edge("h", 104.5, 40.0, 400.0)  # (a rule across the cell: runs past them)
    edges, glyphs = struck_glyphs([strike, under], old + new)
    assert "".join(g.text for g in glyphs) == "1,500" and edges == [under]
    assert struck_glyphs([rule], old + new)[1] == old + new


def test_a_columns_amount_in_another_currency_is_its_own() -> None:
    """`운영비(천달러)` beside `원화환산(백만원)` under `(단위 : 명, 천달러, 백만원)`: the
    dollars are the column's own unit, no won (they had been read in 백만원)."""
    rows = [
        ["사무소", "인원", "운영비(천달러)", "원화환산(백만원)"],
        ["뉴욕", "3", "650", "845"], ["상하이", "2", "560", "728"],
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조    직 : 1과 4팀"), p("2. 해외사무소 현황"),
        p("(단위 : 명, 천달러, 백만원)"), p(_table(rows)),
    )  # fmt: skip
    cells = {(c.row_header, c.col_header): c for c in report.table_cells if not c.is_header}
    assert cells[("뉴욕", "운영비(천달러)")].unit == "천달러"
    assert cells[("뉴욕", "운영비(천달러)")].value_krw is None
    assert cells[("뉴욕", "원화환산(백만원)")].value_krw == 845_000_000


def test_a_costs_sources_on_the_line_under_it_in_its_unit() -> None:
    """`○ 사 업 비 : 1,500백만원` over `- 국비 900, 도비 180, 군비 420`: the shares in the
    cost's unit, as they add up to it (they had been read only with a unit of their own)."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 일반현황\n 1. 조직\n  □ 조    직 : 1과 4팀\n\n"
        "Ⅱ. 2026년 주요업무 추진계획\n 1. 농업 경쟁력 강화\n  가. 스마트팜 보급 (농업정책팀)\n"
        "   ○ 사업기간 : 2026. 1. ~ 12.\n   ○ 사 업 비 : 1,500백만원\n"
        "     - 국비 900, 도비 180, 군비 420\n"
    )
    shares = {f.source: f.amount_krw for f in report.project_funding}
    assert shares == {"국비": 900_000_000, "도비": 180_000_000, "군비": 420_000_000}


def test_a_highlight_or_an_underline_is_no_strike() -> None:
    """A highlighter's band behind the lower half of the words (a box: its top edge runs
    through their middle between its sides) and an underline crossing a subscript set
    small and low (`CO₂`) strike nothing (the words had been dropped)."""
    words = _word("32명", 100.0)
    band = [rule_edge("h", 104.5, 100.0, 122.0), rule_edge("h", 110.0, 100.0, 122.0),
            rule_edge("v", 100.0, 104.5, 110.0), rule_edge("v", 122.0, 104.5, 110.0)]  # fmt: skip
    assert struck_glyphs(band, words)[1] == words
    co = _word("CO", 100.0) + _word("2", 112.0, top=104.0, size=7.0)
    under = rule_edge("h", 108.0, 112.0, 117.5)
    assert struck_glyphs([under], co)[1] == co


def test_a_column_after_one_in_another_currency_is_money() -> None:
    """`인원 | 운영비(천달러) | 원화환산` under `(단위 : 명, 백만원)`: 원화환산 is of the kind of
    the column before it, money (it had been counted in 명)."""
    rows = [["사무소", "인원", "운영비(천달러)", "원화환산"], ["뉴욕", "3", "650", "845"],
            ["상하이", "2", "560", "728"]]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조    직 : 1과 4팀"), p("2. 해외사무소 현황"),
        p("(단위 : 명, 백만원)"), p(_table(rows)),
    )  # fmt: skip
    cells = {(c.row_header, c.col_header): c for c in report.table_cells if not c.is_header}
    assert cells[("뉴욕", "원화환산")].value_krw == 845_000_000


# --- round nineteen: an older report written with Hanja ------------------------------------

_HANJA = """\
2016年 主要業務報告

Ⅰ. 一般現況
 1. 組  織
  □ 組  織 : 1局 2課 6擔當
 2. 人  力
  ○ 定員 30명 / 現員 28명
 3. 豫  算
  □ 2016年 歲出豫算 : 45,000백만원

Ⅱ. 主要業務 推進計劃
 1. 道路網 擴充
  가. 國道 大橋 架設 (道路課)
   ○ 事業期間 : 2014. ~ 2018.
   ○ 事業費 : 12,000백만원 (國費 6,000, 道費 6,000)
   ○ 推進日程
     - ’16. 3. : 實施設計
"""


def test_an_older_report_that_writes_its_words_in_hanja() -> None:
    """`Ⅰ. 一般現況`, `○ 事業期間 : …`, `國費`, `2. 人  力`: read as their Hangul (the report
    had been refused: no section of the genre found); the line's raw keeps the Hanja."""
    report = _text(_HANJA)
    (project,) = report.projects
    assert (project.division, project.period_raw) == ("도로과", "2014. ~ 2018.")
    assert project.cost_krw == 12_000_000_000
    assert {f.source: f.amount_krw for f in report.project_funding} == {
        "국비": 6_000_000_000, "도비": 6_000_000_000,
    }  # fmt: skip
    assert "budget.expenditure" in {t.key.rsplit(".", 1)[0] for t in report.stated_totals} | {
        t.key for t in report.stated_totals
    }


_LEADERS = """\
가림군 경제농정과
2026년 주요업무보고

Ⅰ. 일반현황
 1. 조직
  □ 조    직 : 1과 2팀
   ○ 팀 ·················· 경제정책팀, 일자리투자팀
 2. 인력
   ○ 정 원 ·············· 12명
   ○ 현 원 .............. 11명

Ⅱ. 2026년 주요업무 추진계획
 1. 지역경제 활성화
  가. 전통시장 시설현대화 (경제정책팀)
   ○ 사업기간 ············ 2026. 1. ~ 12.
   ○ 사 업 비 ············ 850백만원 (국 340, 도 102, 군 408)
   ○ 추진일정
     - ’26. 3. ·········· 실시설계 용역 착수
     - ’26. 7.~11. ……… 공사 시행
"""


def test_leader_dots_between_a_label_and_its_value() -> None:
    """`○ 사업기간 ········ 2026. 1. ~ 12.`, `- ’26. 3. ······ 실시설계 …`, `○ 팀 ····
    경제정책팀, …`: leaders read as the colon (the card's period and cost, its steps'
    tasks, the teams, had been lost or kept the leaders)."""
    report = _text(_LEADERS)
    (project,) = report.projects
    assert (project.period_raw, project.cost_krw) == ("2026. 1. ~ 12.", 850_000_000)
    assert [(s.raw, s.task) for s in report.schedules] == [
        ("’26. 3.", "실시설계 용역 착수"), ("’26. 7.~11.", "공사 시행"),
    ]  # fmt: skip
    assert {u.name for u in report.organization if u.level == "team"} == {
        "경제정책팀", "일자리투자팀",
    }  # fmt: skip
