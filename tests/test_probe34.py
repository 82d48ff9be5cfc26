"""Forms of the genre met in a 사업소's text export numbered without roman numerals (its
cards' facts as numbered parts, a 공모사업 table lined up by spaces), a 구 기획재정국's HWPX
(an appendix of its major projects' budgets), a 도 bureau's HWPX written as Hancom writes it
(cards of labels two to a row, the cost in a table drawn in its cell) and an older 시 report
(a cover spaced out letter by letter, halves in hanja): what each must give, worked out
from its lines, and what had been lost or misread before."""

from __future__ import annotations

import pytest

from extract.cover import cover_body
from extract.document import Cell, Grid, Line
from extract.layout.gapgrid import gap_grid
from extract.layout.tables import build_tables
from extract.normalize import parse_date
from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx, _table, _text

# --- numbered parts of a card that are its facts ----------------------------------------

CARD = """2026년 주요업무보고
가온광역시 공원녹지사업소

1. 일반현황

가. 조직 : 소장 - 2과 - 6팀

2. 2026년 주요업무 추진계획

가. 시민이 함께 누리는 도심공원 조성

  1) 가온중앙공원 노후시설 리모델링 (공원관리과)

    (1) 사업개요
      ○ 사업기간 : 2026. 1. ~ 2026. 12.
      ○ 사업내용 : 노후 산책로 정비, 화장실 3개소 리모델링

    (2) 사업비 : 2,300백만원 (국비 1,150 / 시비 1,150)

    (3) 추진일정
      · 2월 : 실시설계 용역 착수
      · 6월~11월 : 정비공사 시행

  2) 무장애 통합놀이터 조성 (공원관리과)

    (1) 사업개요
      ○ 사업기간 : 2026. 3. ~ 2026. 11.

    (2) 사업비 : 1,200백만원 (시비 1,200)

    (3) 추진일정
      · 4월 : 실시설계 완료

3. 주요 현안사항

가. 민간공원 특례사업 추진 지연
"""


def test_numbered_parts_that_label_a_cards_facts_are_its_blocks() -> None:
    """"1) 가온중앙공원 …" over "(1) 사업개요", "(2) 사업비 : 2,300백만원 (…)" and "(3)
    추진일정": one project, its cost and steps from its parts (each "(2) 사업비 : …" had
    been a project of its own, titled with the cost, and the card's steps lost)."""
    report = _text(CARD)
    got = [(r.project_id, r.title, r.division, r.cost_krw) for r in report.projects
           if r.theme_no]  # fmt: skip
    assert got == [
        ("1-1", "가온중앙공원 노후시설 리모델링", "공원관리과", 2_300_000_000),
        ("1-2", "무장애 통합놀이터 조성", "공원관리과", 1_200_000_000),
    ]
    funding = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
    assert funding == [
        ("1-1", "국비", 1_150_000_000), ("1-1", "시비", 1_150_000_000),
        ("1-2", "시비", 1_200_000_000),
    ]  # fmt: skip
    steps = [(s.project_id, s.task, str(s.start)) for s in report.schedules]
    assert steps == [
        ("1-1", "실시설계 용역 착수", "2026-02-01"),
        ("1-1", "정비공사 시행", "2026-06-01"),
        ("1-2", "실시설계 완료", "2026-04-01"),
    ]


# --- a text table of words lined up by spaces ------------------------------------------

GAP_ROWS = [
    "  사  업  명               공모기관   선정일          사업비   비  고",
    "  정원도시 조성 지원사업   산림청     2025. 4. 18.     1,000   신규",
    "  무장애 나눔길 조성       산림청     2025. 8. 5.        600",
    "  탄소중립 그린도시 조성   환경부     2025. 10. 30.    1,500   신규",
]


def test_a_text_table_of_words_set_apart_by_runs_of_spaces() -> None:
    """A layout export's table with columns of words between the label and the figure
    (기관, a date with its own spaces): each phrase in the column it stands under (the row
    had been read as one cell beside its name)."""
    lines = [Line(i, t.strip(), t) for i, t in enumerate(GAP_ROWS, start=1)]
    grid = gap_grid(lines[0], lines[1:])
    assert grid is not None and (grid.n_rows, grid.n_cols) == (4, 5)
    rows = [[c.text for c in grid.cells if c.row == r] for r in range(grid.n_rows)]
    assert rows[0] == ["사 업 명", "공모기관", "선정일", "사업비", "비 고"]
    assert rows[2] == ["무장애 나눔길 조성", "산림청", "2025. 8. 5.", "600", ""]
    assert rows[3] == ["탄소중립 그린도시 조성", "환경부", "2025. 10. 30.", "1,500", "신규"]


@pytest.mark.parametrize(
    "rows",
    [
        # a phrase under no header's column
        [GAP_ROWS[0], "  정원도시 조성 지원사업   산림청     2025. 4. 18.     1,000   신규   추가"],
        # two phrases under one column
        [GAP_ROWS[0], "  정원도시  조성  지원사업   산림청   2025. 4. 18.   1,000   신규"],
        # a row with no label
        [GAP_ROWS[0], "                           산림청     2025. 4. 18.     1,000   신규"],
    ],
)
def test_rows_that_do_not_line_up_are_no_gap_table(rows: list[str]) -> None:
    lines = [Line(i, t.strip(), t) for i, t in enumerate(rows, start=1)]
    assert gap_grid(lines[0], lines[1:]) is None


def test_a_report_reads_the_lined_up_table() -> None:
    text = "\n".join([
        "2026년 주요업무보고", "가온광역시 공원녹지사업소", "", "1. 일반현황", "",
        "가. 조직 : 소장 - 2과 - 6팀", "", "2. 2026년 주요업무 추진계획", "",
        "가. 도심공원 리모델링", "", "3. 주요 현안사항", "", "가. 특례사업 지연", "",
        "4. 공모사업 추진현황", "",
        "                                                              (단위 : 백만원)",
        *GAP_ROWS, "", "  ※ 사업비는 국비·시비 합계임",
    ])  # fmt: skip
    report = _text(text)
    cells = {(c.row, c.col): c for c in report.table_cells if c.table_id == 1}
    assert cells[(1, 1)].raw == "산림청" and cells[(1, 1)].col_header == "공모기관"
    assert cells[(3, 3)].value_krw == 1_500_000_000


# --- cards of labels two to a row, the cost in a table drawn in its cell ----------------


def _card(title: str, period: str, division: str, cost: list[str], steps: list[str]) -> str:
    inner = tbl(2, 4, [cell(r, c, p(text)) for r, row in enumerate([
        ["계", "국비", "도비", "시군비"], cost]) for c, text in enumerate(row)])
    cells = [
        cell(0, 0, p("사 업 명")), cell(0, 1, p(title), cs=3),
        cell(1, 0, p("사업기간")), cell(1, 1, p(period)), cell(1, 2, p("담당부서")),
        cell(1, 3, p(division)),
        cell(2, 0, p("사 업 비"), p("(백만원)")), cell(2, 1, p(inner), cs=3),
        cell(3, 0, p("추진일정")), cell(3, 1, *map(p, steps), cs=3),
    ]  # fmt: skip
    return tbl(4, 4, cells)


def test_cards_of_labels_two_to_a_row_with_the_cost_drawn_in_a_table() -> None:
    """"사 업 명 | …" over "사업기간 | … | 담당부서 | …", "사 업 비 (백만원)" beside a table
    "계 | 국비 | 도비 | 시군비": each card a project of its theme, with its period, division,
    cost, funding and steps (no card of four columns had been read, nor a cost drawn in
    a table)."""
    report = _hwpx(
        *map(p, ["2026년 주요업무계획", "충청남도 보건복지여성국", "Ⅰ. 일반현황", "1. 조직",
                 "○ 기구 : 1국 3과", "Ⅱ. 2026년 주요업무계획",
                 "1. 촘촘한 복지안전망, 도민 삶의 질 향상"]),
        p(_card("위기가구 발굴·지원 체계 고도화", "2026. 1. ~ 12.", "복지정책과",
                ["4,860", "2,430", "729", "1,701"],
                ["’26. 1월 : 사업계획 수립", "’26. 3.~12. : 위기가구 발굴 및 지원"])),
        p(_card("지역자활센터 기능 보강", "2026. 3. ~ 12.", "복지정책과",
                ["18,400", "14,720", "1,104", "2,576"], ["’26. 4월 : 자활기업 공모"])),
    )  # fmt: skip
    got = [(r.project_id, r.title, r.division, r.cost_krw, str(r.period_start))
           for r in report.projects]  # fmt: skip
    assert got == [
        ("1-1", "위기가구 발굴·지원 체계 고도화", "복지정책과", 4_860_000_000, "2026-01-01"),
        ("1-2", "지역자활센터 기능 보강", "복지정책과", 18_400_000_000, "2026-03-01"),
    ]
    funding = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
    assert funding[:3] == [
        ("1-1", "국비", 2_430_000_000), ("1-1", "도비", 729_000_000),
        ("1-1", "시군비", 1_701_000_000),
    ]  # fmt: skip
    assert [(s.project_id, s.task) for s in report.schedules] == [
        ("1-1", "사업계획 수립"), ("1-1", "위기가구 발굴 및 지원"), ("1-2", "자활기업 공모"),
    ]  # fmt: skip


# --- an appendix of the major projects' budgets ----------------------------------------

APPENDIX = [
    ["정책사업", "단위사업", "세부사업", "예산액", "국비", "시비", "구비"],
    ["합 계", "", "", "615,000", "-", "173,250", "441,750"],
    ["건전재정 운영", "소 계", "", "203,000", "-", "-", "203,000"],
    ["건전재정 운영", "예산 편성 및 운영", "주민참여예산제 운영", "165,000", "-", "-", "165,000"],
    ["건전재정 운영", "성과관리 및 평가", "구정 성과평가 운영", "38,000", "-", "-", "38,000"],
    ["세원 발굴", "소 계", "", "412,000", "-", "173,250", "238,750"],
    ["세원 발굴", "지방세 부과 관리", "지방세 정보화 운영", "412,000", "-", "173,250", "238,750"],
]
DIVISIONS = [
    ["부 서", "2026년", "2025년", "증 감"],
    ["합 계", "38,652,400", "35,981,200", "2,671,200"],
    ["예산과", "30,000,000", "28,000,000", "2,000,000"],
    ["세무과", "8,652,400", "7,981,200", "671,200"],
]


def test_an_appendix_of_major_projects_budgets_is_read_and_no_whole_budget() -> None:
    """"붙임 주요사업 예산 현황": its items by 정책사업 (the appendix had been read as no
    section), and its 합계, the major projects' alone, is not checked against the whole
    budget of the divisions (a false failure)."""
    report = _hwpx(
        *map(p, ["2026년 주요업무계획", "한빛구 기획재정국", "Ⅰ. 일반현황", "1. 예산 현황",
                 "(단위 : 천원)"]),
        p(_table(DIVISIONS)),
        *map(p, ["Ⅱ. 2026년 주요업무 추진계획", "1. 주민참여예산제 내실화",
                 "붙임 주요사업 예산 현황", "(단위 : 천원)"]),
        p(_table(APPENDIX, {(2, 0): 3, (5, 0): 2})),
    )  # fmt: skip
    items = [(b.level, b.item, b.budget_krw) for b in report.budget_items]
    assert items[:3] == [
        ("bureau", "합계", 615_000_000),
        ("item", "건전재정 운영", 203_000_000),
        ("item", "주민참여예산제 운영", 165_000_000),
    ]
    assert not [c for c in report.validation if c.check == "budget_summary.vs_appendix"]
    assert [c.detail for c in report.validation if not c.passed] == []


# --- an older report: a cover spaced out letter by letter, halves in hanja ---------------


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        (["한빛시의회 산업건설위원회", "한 빛 시 경 제 환 경 국"], "경제환경국"),
        (["충청남도의회 복지환경위원회", "충 청 남 도 보 건 복 지 국"], "보건복지국"),
        # (a body its region names keeps it: no council names the region)
        (["2026년 업무계획", "한 빛 도 경 제 진 흥 원"], "한빛도경제진흥원"),
        # (the council's government is no prefix of the office's name)
        (["한빛시의회 산업건설위원회", "문 화 시 설 관 리 과"], "문화시설관리과"),
    ],
)
def test_a_cover_spaced_out_names_the_office_without_its_government(
    lines: list[str], body: str
) -> None:
    assert cover_body([Line(i, t, t) for i, t in enumerate(lines, start=1)]) == body


@pytest.mark.parametrize(("text", "months"), [("上半期", (1, 6)), ("下半期", (7, 12))])
def test_halves_in_hanja(text: str, months: tuple[int, int]) -> None:
    span = parse_date(text, year=2016)
    assert span is not None and span.precision == "half"
    assert (span.start.month, span.end.month if span.end else None) == months


def test_steps_of_halves_in_hanja() -> None:
    """"- 上半期 : 1차 융자추천" under "○ 추진일정 :": a step of the first half (two had been
    lost beside the dated ones)."""
    report = _text("\n".join([
        "2016년 주요업무보고", "한빛시 경제환경국", "Ⅰ. 일반현황", "1. 조 직", "○ 조 직 : 1국 4과",
        "Ⅲ. 2016년 주요업무계획", "1. 중소기업 육성자금 이차보전 지원 (경제정책과)",
        "○ 사 업 비 : 850백만원 (시비 850)", "○ 추진일정 :",
        "- '16. 1월 : 지원계획 공고", "- 上半期 : 1차 융자추천", "- 下半期 : 2차 융자추천",
    ]))  # fmt: skip
    got = [(s.task, str(s.start), str(s.end)) for s in report.schedules]
    assert got == [
        ("지원계획 공고", "2016-01-01", "2016-01-31"),
        ("1차 융자추천", "2016-01-01", "2016-06-30"),
        ("2차 융자추천", "2016-07-01", "2016-12-31"),
    ]


def test_a_cost_label_spaced_out_is_one_word() -> None:
    """"○ 사 업 비 : 850백만원": cost_label 사업비, as the project's fields name it (four
    probes' clerks typed it so; the spacing had been kept)."""
    report = _text("\n".join([
        "2016년 주요업무보고", "한빛시 경제환경국", "Ⅰ. 일반현황", "1. 조 직", "○ 조 직 : 1국 4과",
        "Ⅲ. 2016년 주요업무계획", "1. 중소기업 육성자금 이차보전 지원 (경제정책과)",
        "○ 사 업 비 : 850백만원 (시비 850)", "2. 전통시장 시설현대화 (경제정책과)",
        "○ 총 사업비 : 1,230백만원",
    ]))  # fmt: skip
    assert [(r.cost_label, r.cost_krw) for r in report.projects] == [
        ("사업비", 850_000_000), ("총 사업비", 1_230_000_000),
    ]  # fmt: skip


# --- two tables side by side under one line of their units ------------------------------


def _grid(rows: list[list[str]], first: int, page: int = 4) -> Grid:
    cells = [
        Cell(r, c, paragraphs=(text,), lines=(first + r,), page=page)
        for r, row in enumerate(rows) for c, text in enumerate(row)
    ]  # fmt: skip
    return Grid(cells, len(rows), len(rows[0]), "ruled", page, page)


def test_tables_side_by_side_share_out_their_line_of_units() -> None:
    """"(단위 : 명, ’26. 1. 1. 기준) (단위 : 백만원, %)" over a staff table beside a budget
    table (a slide deck's page): the first bracket the left table's, the second the right
    one's (both had been read in 백만원 by the left, its 정원 112 a budget of 112백만원 that
    failed the check against the stated budget, the right in none)."""
    staff = [["구 분", "계", "4급", "5급"], ["정원", "112", "5", "18"], ["현원", "108", "5", "17"]]
    money = [["구 분", "2026", "2025", "증 감"], ["계", "267,030", "250,920", "16,110"],
             ["일반회계", "248,350", "231,870", "16,480"]]  # fmt: skip
    texts = ["◆ 인력현황 ◆ 예산현황", "(단위 : 명, ’26. 1. 1. 기준) (단위 : 백만원, %)",
             *(" ".join(r) for r in staff), *(" ".join(r) for r in money)]  # fmt: skip
    lines = [Line(i, t, t, 4) for i, t in enumerate(texts, start=1)]
    tables = build_tables([_grid(staff, 3), _grid(money, 6)], lines)
    units = [(t.count_unit, t.currency_unit, t.unit_raw) for t in tables]
    assert units == [
        ("명", None, "(단위 : 명, ’26. 1. 1. 기준)"),
        (None, "백만원", "(단위 : 백만원, %)"),
    ]
    assert tables[0].as_of is not None and str(tables[0].as_of) == "2026-01-01"
