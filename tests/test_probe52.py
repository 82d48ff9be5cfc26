"""Forms of the genre met in more reports (a 교육지원청's plan dated by school terms, ...):
what each must give, worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

from datetime import date

import pytest

from extract.document import Line
from extract.layout.tables import build_tables
from extract.parse.project_facts import division_value
from extract.parse.schedules import text_steps
from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probe38 import page_grid


def test_steps_dated_by_the_terms_of_the_school_year() -> None:
    """"○ 1학기 : …", "○ 여름방학 중 : …", "○ 2학기 : …" under a 교육지원청's project: the
    term is the step's date, 2학기 ending in the next February (each had been one step with
    no date, the term left in its task)."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 2국 6과\n\nⅡ. 2026년 주요업무계획\n\n"
        "1. 기초학력 책임지도 강화 (초등교육지원과)\n"
        " ○ 사업기간 : 2026. 3. 1.~2027. 2. 28.\n ○ 추진일정\n"
        "   - 1학기 : 학습지원 대상학생 선별 진단\n   - 여름방학 중 : 기초학력 집중 캠프 운영\n"
        "   - 2학기 : 학습지원 효과성 분석\n"
    )
    steps = [(s.task, s.raw, s.start, s.end, s.approximate) for s in report.schedules]
    assert steps == [
        ("학습지원 대상학생 선별 진단", "1학기", date(2026, 3, 1), date(2026, 8, 31), False),
        ("기초학력 집중 캠프 운영", "여름방학 중", date(2026, 7, 1), date(2026, 8, 31), True),
        ("학습지원 효과성 분석", "2학기", date(2026, 9, 1), date(2027, 2, 28), False),
    ]


def test_what_was_done_and_what_is_planned_side_by_side_under_a_project() -> None:
    """"1. 청년 창업 지원 (창업지원과)" over "2025년 추진실적 | 2026년 추진계획" and one row of
    their bulleted lines: the plan's column gives the project's period, cost, funding and
    steps, the other its steps done; last year's 사업비 is no cost of the plan (nothing in
    the table had been read)."""
    sides = _table([
        ["2025년 추진실적", "2026년 추진계획"],
        ["○ 청년창업사관학교 운영 : 지원기업 120개사, 사업비 2,400백만원\n"
         "○ 우수 창업기업 투자유치 설명회 개최(’25. 10. 22.)",
         "○ 사업기간 : 2026. 1.~12.\n○ 사업비 : 2,600백만원(국 1,000 시 1,600)\n"
         "○ 추진일정 : ’26. 2. 공고 → 4. 선정 → 5.~12. 지원"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 4과"),
        p("Ⅱ. 2025년 성과 및 2026년 추진계획"), p("1. 청년 창업 지원 (창업지원과)"), p(sides),
    )  # fmt: skip
    [proj] = report.projects
    assert (proj.cost_krw, proj.period_start, proj.period_end) == (
        2_600_000_000, date(2026, 1, 1), date(2026, 12, 31),
    )
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("국비", 1_000_000_000), ("시비", 1_600_000_000),
    ]
    assert [(s.task, s.raw, s.start, s.end) for s in report.schedules] == [
        ("공고", "’26. 2.", date(2026, 2, 1), date(2026, 2, 28)),
        ("선정", "4.", date(2026, 4, 1), date(2026, 4, 30)),
        ("지원", "5.~12.", date(2026, 5, 1), date(2026, 12, 31)),
    ]
    assert [(x.task, x.start) for x in report.progress] == [
        ("우수 창업기업 투자유치 설명회 개최", date(2025, 10, 22)),
    ]


def test_a_chain_of_steps_dated_by_their_months_after_the_first() -> None:
    """"’26. 11. 공고 → 2. 선정 → 5.~12. 지원": each step after an arrow takes the year of
    the one before, the next where its month goes back (only the first had been read)."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 4과\n\nⅡ. 2026년 주요업무계획\n\n"
        "1. 청년 창업 지원 (창업지원과)\n ○ 사업기간 : 2026. 1.~2027. 12.\n"
        " ○ 추진일정 : ’26. 11. 공고 → 2. 선정 → 5.~12. 지원\n"
    )
    assert [(s.task, s.raw, s.start, s.end) for s in report.schedules] == [
        ("공고", "’26. 11.", date(2026, 11, 1), date(2026, 11, 30)),
        ("선정", "2.", date(2027, 2, 1), date(2027, 2, 28)),
        ("지원", "5.~12.", date(2027, 5, 1), date(2027, 12, 31)),
    ]


def test_a_row_a_page_break_cut_keeps_the_paragraphs_of_both_pages() -> None:
    """A row cut by a page break, its number above and its cells going on below: each
    cell's paragraphs are those of both parts (the title and the steps below the break had
    been lost, though the cell's text held them)."""
    head = ["연번", "사업명", "추진일정"]
    above = page_grid([head, ["3", "지방도 터널 방재시설", "’26. 3. 실시설계 착수"]], 4, 1)
    below = page_grid([head, ["", "확충", "’26. 7. 공사 발주"], ["4", "교량 보수", "’26. 5. 착공"]],
                      5, 3)  # fmt: skip
    lines = [Line(n, "x", "x", page=4 if n < 3 else 5) for n in range(1, 6)]
    (table,) = build_tables([above, below], lines)
    row = [c for c in table.cells if c.row == 1]
    assert [table.paragraphs(c) for c in row] == [
        ("3",), ("지방도 터널 방재시설", "확충"), ("’26. 3. 실시설계 착수", "’26. 7. 공사 발주"),
    ]
    assert [table.paragraphs(c) for c in table.cells if c.row == 2][1] == ("교량 보수",)


_ROWS = [
    ["연번", "사업명", "사업기간", "총사업비", "2026년 예산", "", "", "추진일정", "담당부서"],
    ["", "", "", "", "계", "국비", "도비", "", ""],
    ["1. 안전한 도로망 구축"],
    ["1", "위험도로 구조개선 사업", "’24~’28", "36,400", "8,400", "4,200", "4,200",
     "’26. 3. 실시설계", "도로관리과"],
    ["2", "노후 교량 성능개선", "’25~’27", "18,900", "6,300", "", "6,300", "’26. 4. 착공",
     "도로관리과"],
    ["2. 기후위기 대응 하천 정비"],
    ["3", "지방하천 한내천 정비", "’23~’27", "88,400", "15,200", "7,600", "7,600",
     "’26. 5. 보상", "하천과"],
]  # fmt: skip
def _across_table(rows: list[list[str]], spans: dict[tuple[int, int], tuple[int, int]]) -> str:
    """An HWPX table of ``rows`` (a row of one cell spans the table) with ``spans``."""
    width = max(len(r) for r in rows)
    return tbl(len(rows), width, [
        cell(r, c, p(text), rs=spans.get((r, c), (1, width if len(row) == 1 else 1))[0],
             cs=spans.get((r, c), (1, width if len(row) == 1 else 1))[1])
        for r, row in enumerate(rows) for c, text in enumerate(row)
        if (r, c) in spans or r > 1 or (r == 1 and 4 <= c <= 6)
    ])  # fmt: skip


#: (row, col) -> (rows, cols) it spans: the header's groups
_SPANS = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (2, 1), (0, 4): (1, 3),
          (0, 7): (2, 1), (0, 8): (2, 1)}  # fmt: skip
_THEMED = _across_table(_ROWS, _SPANS)


def test_a_table_of_projects_titled_by_theme_rows_across_it() -> None:
    """Rows one cell across the table, "1. 안전한 도로망 구축", title the projects under them:
    themes, no projects, each project numbered under its theme (1-1, 1-2, 2-1); the cost is
    the 총사업비 column, so labelled, and the shares of the year's budget, under a header
    of their own with its own 계, are no shares of it (they had been checked against it)."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 4과"), p("Ⅱ. 2026년 주요업무계획"),
        p("□ 3대 정책과제 추진"), p("(단위 : 백만원)"), p(_THEMED),
    )  # fmt: skip
    got = [(x.project_id, x.theme_no, x.theme, x.title, x.cost_label, x.cost_krw)
           for x in report.projects]  # fmt: skip
    assert got == [
        ("1-1", 1, "안전한 도로망 구축", "위험도로 구조개선 사업", "총사업비", 36_400_000_000),
        ("1-2", 1, "안전한 도로망 구축", "노후 교량 성능개선", "총사업비", 18_900_000_000),
        ("2-1", 2, "기후위기 대응 하천 정비", "지방하천 한내천 정비", "총사업비", 88_400_000_000),
    ]
    assert not report.project_funding
    assert not [c for c in report.validation if c.check == "projects.funding_sum"]


def test_a_card_opening_the_next_page_is_no_part_of_the_card_above() -> None:
    """A card table ending at a page's foot and the next starting the next page, both
    opening "사업명 | …": two tables, two projects (they had been joined into one, the
    second card's steps and shares the first's)."""
    card = [["사업명", "가족센터 기능 강화"], ["사업기간", "2026. 1.~12."]]
    nxt = [["사업명", "아이돌봄 지원 확대"], ["사업기간", "2026. 3.~12."]]
    rest = [["추진일정", "’26. 3. 운영"], ["담당부서", "가족정책과"]]
    lines = [Line(n, "x", "x", page=1 if n < 3 else 2) for n in range(1, 6)]
    two = build_tables([page_grid(card, 1, 1), page_grid(nxt, 2, 3)], lines)
    assert [t.n_rows for t in two] == [2, 2]
    # (a table whose next part opens otherwise goes on)
    one = build_tables([page_grid(card, 1, 1), page_grid(rest, 2, 3)], lines)
    assert [t.n_rows for t in one] == [4]


@pytest.mark.parametrize(("value", "division"), [
    ("가족정책과 (☎ 888-1234)", "가족정책과"),
    ("보육정책과(☎888-1242)", "보육정책과"),
    ("청소년정책과 (T. 051-888-1252)", "청소년정책과"),
    ("도시계획과 (내선 1234)", "도시계획과"),
    ("도시계획과 (도시재생팀)", "도시계획과"),  # (its team in brackets: the division)
    ("가족정책과 (☎ 888-1234, 1235)", "가족정책과"),
    ("가족정책과 ☎ 888-1234", "가족정책과"),
    ("교통과 (888-1234)", "교통과"),
    ("도시재생과 (2026)", "도시재생과 (2026)"),  # (no phone: a number alone)
    ("민원봉사과 (120)", "민원봉사과 (120)"),
])  # fmt: skip
def test_a_divisions_phone_is_no_part_of_its_name(value: str, division: str) -> None:
    assert division_value(value) == division


def test_a_roster_gives_each_duty_once_and_no_heads_line() -> None:
    """A 사무분장 table a row a person ("과 | 팀 | 직위 | 성명 | 담당업무"): "팀 업무 총괄" is
    the head's line, no duty; a duty two members share is told once."""
    roster = _table([
        ["과", "팀", "직위", "성명", "담당업무"],
        ["기후정책과", "", "과장", "김○○", "과 업무 총괄"],
        ["", "기후정책팀", "팀장", "이○○", "팀 업무 총괄"],
        ["", "기후정책팀", "주무관", "박○○", "온실가스 감축목표 관리"],
        ["", "기후정책팀", "주무관", "최○○", "물품·복무 관리"],
        ["", "탄소중립팀", "주무관", "정○○", "물품·복무 관리"],
    ], spans={(1, 0): 5})  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 4과"), p("2. 부서별 사무분장"), p(roster),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 탄소중립 실천"), p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip
    assert [(f.division, f.function) for f in report.functions] == [
        ("기후정책과", "온실가스 감축목표 관리"), ("기후정책과", "물품·복무 관리"),
    ]


def test_teams_after_a_sides_own_row_in_a_text_budget_table() -> None:
    """"세  입      계" / sources / "세  출      계" / teams, as a text export sets the table:
    each team's rows are its budget lines, each side's own row its whole, unit 계 (the
    teams had been the body's, of no item; the sides' rows items "세입계", "세출계")."""
    report = _text(
        "Ⅰ. 일반현황\n\n 1. 조    직\n\n  ○ 기    구 : 3팀\n\n 2. 예    산\n\n"
        "                                               (단위 : 천원)\n"
        "   구    분                2026년 예산      2025년 예산\n"
        "   세  입      계             5,602,100        5,212,400\n"
        "           국고보조금         3,104,000        2,861,500\n"
        "           세외수입           2,498,100        2,350,900\n"
        "   세  출      계            11,886,900       11,101,500\n"
        "           환경정책팀         4,918,500        4,402,300\n"
        "           자원순환팀         5,842,300        5,611,800\n"
        "           위생팀             1,126,100        1,087,400\n\n"
        "Ⅱ. 2026년 주요업무계획\n\n 1. 폐기물 감량\n  ○ 사업기간 : 2026. 1.~12.\n"
    )
    got = [(b.side, b.unit, b.item, b.amount_krw) for b in report.budget_lines if b.year == 2026]
    assert got == [
        ("revenue", "계", None, 5_602_100_000),
        ("revenue", "", "국고보조금", 3_104_000_000),  # (the body's: no cover names it)
        ("revenue", "", "세외수입", 2_498_100_000),
        ("expenditure", "계", None, 11_886_900_000),
        ("expenditure", "환경정책팀", None, 4_918_500_000),
        ("expenditure", "자원순환팀", None, 5_842_300_000),
        ("expenditure", "위생팀", None, 1_126_100_000),
    ]


def test_theme_rows_numbered_apart_from_the_plans_other_projects() -> None:
    """Two bullets each over a table with its own theme rows: the second table's projects
    are numbered after their bullet (they had taken the first table's ids, and their steps
    had been lost); a total across the table is no theme nor project."""
    second = _across_table([*_ROWS[:2], ["합계 110,900"], *_ROWS[2:]], {
        **{k: v for k, v in _SPANS.items()},
    })  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 4과"), p("Ⅱ. 2026년 주요업무계획"),
        p("□ 도로 분야"), p("(단위 : 백만원)"), p(_THEMED),
        p("□ 하천 분야"), p("(단위 : 백만원)"), p(second),
    )  # fmt: skip
    ids = [x.project_id for x in report.projects]
    assert len(ids) == len(set(ids)) == 6
    assert ids[3:] == ["2-1-1", "2-1-2", "2-2-1"]
    assert not [x for x in report.projects if x.title.startswith("합계")]


def test_only_the_shares_of_the_costs_own_header_are_its_funding() -> None:
    """"총사업비 (계 | 국비 | 도비) | 2026년 예산 (계 | 국비 | 도비)": the 총사업비 group's
    shares fund the cost; the year's are no shares of it (all four had been, the sum check
    failing)."""
    rows = [
        ["연번", "사업명", "사업기간", "총사업비", "", "", "2026년 예산", "", "", "담당부서"],
        ["", "", "", "계", "국비", "도비", "계", "국비", "도비", ""],
        ["1", "위험도로 구조개선", "’24~’28", "36,400", "18,200", "18,200", "8,400", "4,200",
         "4,200", "도로관리과"],
        ["2", "노후 교량 성능개선", "’25~’27", "18,900", "", "18,900", "6,300", "", "6,300",
         "도로관리과"],
    ]  # fmt: skip
    spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (1, 3), (0, 6): (1, 3),
             (0, 9): (2, 1)}  # fmt: skip
    table = tbl(4, 10, [
        cell(r, c, p(t), rs=spans.get((r, c), (1, 1))[0], cs=spans.get((r, c), (1, 1))[1])
        for r, row in enumerate(rows) for c, t in enumerate(row)
        if t or r > 1 or (r == 1 and 3 <= c <= 8)
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 4과"), p("Ⅱ. 2026년 주요업무계획"),
        p("□ 도로 분야"), p("(단위 : 백만원)"), p(table),
    )  # fmt: skip
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("국비", 18_200_000_000), ("도비", 18_200_000_000), ("도비", 18_900_000_000),
    ]
    assert not [c for c in report.validation if not c.passed]


def test_side_by_side_columns_of_the_years_their_labels_name() -> None:
    """Under a chapter titled by two years, each column's steps are of the year its label
    names: "2025년 추진실적" / "○ 3월 : 입교" is March 2025, "2026년 추진계획" / "- 2월 :
    공고" February 2026; a PDF cell's wrapped line goes on its bullet."""
    sides = _table([
        ["2025년 추진실적", "2026년 추진계획"],
        ["○ 3월 : 1기 입교", "○ 사업비 : 2,600백만원(국 1,000\n시 1,600)\n○ 추진일정\n"
         "- 2월 : 공고"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 4과"),
        p("Ⅱ. 2025년 성과 및 2026년 추진계획"), p("1. 청년 창업 지원 (창업지원과)"), p(sides),
    )  # fmt: skip
    assert [(x.task, x.start) for x in report.progress] == [("1기 입교", date(2025, 3, 1))]
    assert [(s.task, s.start) for s in report.schedules] == [("공고", date(2026, 2, 1))]
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("국비", 1_000_000_000), ("시비", 1_600_000_000),
    ]


@pytest.mark.parametrize(("line", "steps"), [
    # (each step after the one before it opens with, not after where that one ends)
    ("’26. 1.~12. 추진 → 3. 평가", [("추진", "2026-01-01"), ("평가", "2026-03-01")]),
    ("’26. 상반기 공고 → 3. 선정", [("공고", "2026-01-01"), ("선정", "2026-03-01")]),
    ("’26. 2. 공고 → 4. 선정(’24년 실적 반영) → 5. 지원",
     [("공고", "2026-02-01"), ("선정(’24년 실적 반영)", "2026-04-01"), ("지원", "2026-05-01")]),
    ("’26. 2. 공고 ⇨ 4. 1차 선정 → 6. 2차 선정",
     [("공고", "2026-02-01"), ("1차 선정", "2026-04-01"), ("2차 선정", "2026-06-01")]),
    ("’26. 2. 공고 → 2. 5억원 지원", [("공고", "2026-02-01")]),  # (a figure, no month)
])  # fmt: skip
def test_a_chain_of_steps_dated_by_the_step_before(line: str, steps: list[tuple[str, str]]) -> None:
    assert [(t, str(s.start)) for s, t, _ in text_steps(line, 2026)] == steps


def test_a_month_spelt_out_maps_back_to_itself_where_the_text_writes_it_too() -> None:
    """"’26. 3. 공고 → 3. 접수": the first step keeps its date as written."""
    assert [r for _, _, r in text_steps("’26. 3. 공고 → 3. 접수", 2026)] == ["’26. 3.", "3."]
