"""Forms of the genre met in four more reports (a city-wide table of 조직·인력·예산 with
units in its header cells, amounts of 억 and 만 together, a 추진내용 | 일정 table in a card
under a goal, a note that dates the table over it, a count line's "1소"): what each must
give, worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extract.document import Cell, Grid, Line
from extract.layout.boxes import is_box
from extract.layout.cells import TableCell
from extract.layout.pagebreaks import rejoin_split_groups
from extract.layout.tables import build_tables
from extract.parse.cell_projects import steps_of
from extract.parse.costs import read_cost
from extract.parse.steps import read_clause
from extract.read.pdf import read_pdf
from extract.read.pdf.base import Glyph
from extract.read.pdf.lines import ZONE_RUN, chars_to_lines
from extract.read.pdf.pagecolumns import text_columns
from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_read_pdf import tiny_pdf


def test_a_table_of_units_staff_and_budget_under_one_title() -> None:
    """"□ 조직·인력·예산 현황" over "실국 | 과 | 팀 | 정원 | 현원 | 예산(백만원)", captioned
    "(2026. 1. 1. 기준, 단위 : 개, 명, 백만원)": a part about the organisation (its
    words had run together once their dots went, no title), so its 정원 and 현원 are
    staffing of that day; the column that says 백만원 is the budget (no unit in the
    caption's first place), and each column has the unit the caption lists for it."""
    report = _hwpx(
        p("2026년 시정 주요업무계획"), p("해람시"),
        p("Ⅰ. 총괄"), p("□ 조직·인력·예산 현황"), p("(2026. 1. 1. 기준, 단위 : 개, 명, 백만원)"),
        p(_table([["실국", "과", "팀", "정원", "현원", "예산(백만원)"],
                  ["계", "8", "29", "140", "135", "174,000"],
                  ["기획조정실", "4", "14", "68", "66", "45,320"],
                  ["경제산업국", "4", "15", "72", "69", "128,680"]])),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 시민참여예산제 확대 운영 (기획예산과)"),
        p("○ 사업기간 : 2026. 1. ~ 12."), p("○ 사업비 : 850백만원(시 850)"),
    )  # fmt: skip
    staff = [(s.unit, s.authorized, s.current, str(s.as_of)) for s in report.staffing]
    assert staff == [
        ("계", 140, 135, "2026-01-01"), ("기획조정실", 68, 66, "2026-01-01"),
        ("경제산업국", 72, 69, "2026-01-01"),
    ]  # fmt: skip
    budget = [(b.unit, b.amount_krw, b.currency_unit) for b in report.budget_lines]
    assert budget == [
        ("계", 174_000_000_000, "백만원"), ("기획조정실", 45_320_000_000, "백만원"),
        ("경제산업국", 128_680_000_000, "백만원"),
    ]  # fmt: skip
    units = {c.col_header: c.unit for c in report.table_cells if c.row == 1 and c.col}
    assert units == {"과": "개", "팀": "개", "정원": "명", "현원": "명", "예산(백만원)": "백만원"}
    assert [c.detail for c in report.validation if not c.passed] == []


@pytest.mark.parametrize(
    ("text", "krw", "unit", "funding"),
    [
        ("12억 3천만원 (국비 2억원, 시비 10억 3천만원)", 1_230_000_000, "억원",
         [("국비", 200_000_000), ("시비", 1_030_000_000)]),
        ("3억 2,500만원(국 1억, 시 2억 2,500만원)", 325_000_000, "억원",
         [("국비", 100_000_000), ("시비", 225_000_000)]),
        # (억 with no 만 after it stays as it was)
        ("12억 3개소", 1_200_000_000, "억원", []),
        ("1조 2,340억원(국 340, 시 2,000)", 1_234_000_000_000, "억원",
         [("국비", 34_000_000_000), ("시비", 200_000_000_000)]),
    ],
)  # fmt: skip
def test_an_amount_of_eok_and_man_together(
    text: str, krw: int, unit: str, funding: list[tuple[str, int]]
) -> None:
    """"12억 3천만원" is 1,230,000,000 won (it had been cut at 12억, its funding bracket
    then unread), written in 억원."""
    cost = read_cost(text)
    assert cost is not None
    assert (cost.krw, cost.unit) == (krw, unit)
    assert [(s.source, s.amount_krw) for s in cost.funding] == funding


def _card(number: str, title: str) -> list[str]:
    return [
        p(f"{number}. {title} (문화정책과)"), p("□ 사업개요"), p("○ 기간 : 2026. 1.~12."),
        p("○ 사업비 : 2,300백만원 (국 800, 시 1,500)"), p("□ 추진일정"),
        p(_table([["추진내용", "일정"], ["창업기업 공모·선정", "’26. 1분기"],
                  ["찾아가는 문화공연 운영", "’26. 4.~10."], ["성과평가 및 환류", "’26. 하반기"]])),
    ]  # fmt: skip


def test_a_table_of_tasks_and_dates_in_a_card_under_a_goal() -> None:
    """"□ 추진일정" over "추진내용 | 일정" in a "1-1." card under a "1." goal: a step per
    row (the table had been one step, its task every cell run together, dated by the
    last row)."""
    report = _hwpx(
        p("2026년 주요업무계획"), p("문화체육관광국"), p("Ⅰ. 2026년 주요업무계획"),
        p("1. 생활 속 문화향유 기반 확대"), *_card("1-1", "시민 문화예술 향유권 확대"),
        *_card("1-2", "생활권 문화시설 확충"),
    )  # fmt: skip
    steps = [(s.project_id, s.task, str(s.start), str(s.end)) for s in report.schedules]
    assert steps[:3] == [
        ("1-1", "창업기업 공모·선정", "2026-01-01", "2026-03-31"),
        ("1-1", "찾아가는 문화공연 운영", "2026-04-01", "2026-10-31"),
        ("1-1", "성과평가 및 환류", "2026-07-01", "2026-12-31"),
    ]
    assert len(steps) == 6


def test_a_note_under_a_table_that_gives_its_date() -> None:
    """"※ 2026. 1. 1. 기준" under the staffing table: the table's date (a note under a
    table had been read as no caption); a note that says more is not."""
    report = _hwpx(
        p("2026년 주요업무계획"), p("문화체육관광국"), p("Ⅰ. 일반현황"), p("1. 인력"),
        p(_table([["구 분", "계", "4급", "5급"], ["정 원", "20", "4", "16"],
                  ["현 원", "19", "4", "15"]])),
        p("※ 2026. 1. 1. 기준"),
        p("2. 기구"),
        p(_table([["과", "팀", "인원"], ["문화정책과", "5", "40"]])),
        p("※ 인원은 2026. 1. 1. 현원 기준(국장 제외)"),
    )  # fmt: skip
    (staff,) = [t for t in report.tables if t.caption]
    assert (staff.caption, str(staff.as_of)) == ("※ 2026. 1. 1. 기준", "2026-01-01")
    assert {str(s.as_of) for s in report.staffing if s.grade} == {"2026-01-01"}


def test_a_count_lines_short_word_for_a_research_institute() -> None:
    """"□ 기 구 : 1원장 3과 1소 11팀" with 과수연구소 among the 과: the 1소 is the
    연구소 (it had been counted with the 과, "3과 stated, 4 in the chart")."""
    report = _text(
        "2026년 주요업무보고\n가람도농업기술원\nⅠ. 일반현황\n1. 조 직\n"
        "□ 기 구 : 1원장 3과 1소 11팀\n"
        "○ 기술지원과(3팀) : 기획운영팀, 지도기획팀, 인력육성팀\n"
        "○ 작물연구과(3팀) : 식량작물팀, 원예작물팀, 스마트농업팀\n"
        "○ 환경연구과(3팀) : 토양비료팀, 병해충방제팀, 농식품가공팀\n"
        "○ 과수연구소(2팀) : 과수육종팀, 재배기술팀\n"
        "Ⅱ. 2026년 주요업무계획\n1. 스마트팜 보급 (기술지원과)\n○ 사업비 : 640백만원(도 640)\n"
    )
    counts = [(c.detail, c.passed) for c in report.validation if c.check == "organization.counts"]
    assert counts and all(ok for _, ok in counts), counts
    assert any("1소" in d for d, _ in counts)


def test_staff_headers_that_close_with_their_unit() -> None:
    """"구 분 | 정원(명) | 현원(명) | 과부족(명)" by 과: each 과's staff (a header closed by
    its unit had named no figure, and the table gave no staffing)."""
    report = _hwpx(
        p("2026년 주요업무보고"), p("경제산업국"), p("Ⅰ. 일반현황"), p("1. 인력"),
        p(_table([["구 분", "정원(명)", "현원(명)", "과부족(명)"], ["계", "58", "56", "△2"],
                  ["산업정책과", "32", "30", "△2"], ["투자유치과", "26", "26", "-"]])),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 산업단지 조성 (산업정책과)"),
        p("○ 사업비 : 850백만원(시 850)"),
    )  # fmt: skip
    got = [(s.unit, s.authorized, s.current) for s in report.staffing]
    assert got == [("계", 58, 56), ("산업정책과", 32, 30), ("투자유치과", 26, 26)]


def test_a_budget_table_whose_columns_state_its_unit() -> None:
    """The template's 예산 table with no unit line, its columns "2026년 예산(백만원)" …: its
    amounts in 백만원 (they had been left empty, "no unit line")."""
    report = _text(
        "2026년 주요업무보고\n경제산업국\nⅠ. 일반현황\n1. 예산\n"
        "구 분 2026년 예산(백만원) 2025년 예산(백만원) 증감(백만원) 증감률(%)\n"
        "계 451,110 430,630 20,480 4.8\n"
        "일반회계 412,350 385,420 26,930 7.0\n"
        "특별회계 38,760 45,210 △6,450 △14.3\n"
        "Ⅱ. 2026년 주요업무계획\n1. 산업단지 조성 (산업정책과)\n○ 사업비 : 850백만원(시 850)\n"
    )
    got = [(b.unit, b.budget_krw, b.change_krw, b.currency_unit) for b in report.budget_summary]
    assert got == [
        ("계", 451_110_000_000, 20_480_000_000, "백만원"),
        ("일반회계", 412_350_000_000, 26_930_000_000, "백만원"),
        ("특별회계", 38_760_000_000, -6_450_000_000, "백만원"),
    ]
    assert "budget_summary.no_unit" not in {w.code for w in report.warnings}


def test_a_chapter_of_capital_projects_listed_one_a_row() -> None:
    """"Ⅳ. 주요 투자사업" over "사업명 | 총사업비(억원) | 사업기간 | 담당부서": a chapter of
    the plan, its rows projects (it had had no role, its table no records); an amount a
    bullet's bracket labels as a scale ("(융자규모 1,500억원)") is no sub-project's cost."""
    report = _hwpx(
        p("2026년 주요업무보고"), p("경제산업국"), p("Ⅰ. 2026년 주요업무계획"),
        p("1. 소상공인 경영안정 지원 (일자리경제과)"), p("○ 사업비 : 2,150백만원(시 2,150)"),
        p("○ 주요내용"), p("- 소상공인 특례보증 이차보전 지원 (융자규모 1,500억원)"),
        p("Ⅱ. 주요 투자사업"),
        p(_table([["사업명", "총사업비(억원)", "사업기간", "담당부서"],
                  ["미래모빌리티 실증센터 구축", "1,250", "2024~2028", "산업정책과"],
                  ["일자리 종합지원센터 건립", "420", "2025~2027", "일자리경제과"]])),
    )  # fmt: skip
    got = [(r.project_id, r.title, r.cost_krw, r.division) for r in report.projects]
    assert got == [
        ("1", "소상공인 경영안정 지원", 2_150_000_000, "일자리경제과"),
        ("Ⅱ-1", "미래모빌리티 실증센터 구축", 125_000_000_000, "산업정책과"),
        ("Ⅱ-2", "일자리 종합지원센터 건립", 42_000_000_000, "일자리경제과"),
    ]


def test_a_list_of_the_projects_gives_a_card_its_period() -> None:
    """"연번 | 사업명 | 사업기간 | 사업비 | 담당부서" over cards that state no period: each
    card's period from its row (the card had none; the row is no project of its own)."""
    report = _hwpx(
        p("2026년 주요업무계획"), p("복지국"), p("Ⅰ. 주요사업 총괄"),
        p(_table([["연번", "사업명", "사업기간", "사업비(백만원)", "담당부서"],
                  ["1", "통합돌봄 체계 구축", "2026.~2026.", "4,850", "복지정책과"],
                  ["2", "국공립어린이집 확충", "2025.~2026.", "3,600", "아동보육과"]])),
        p("Ⅱ. 주요사업 추진계획"), p("1. 통합돌봄 체계 구축"),
        p("○ 사업비 : 4,850백만원(시 4,850)"),
        p("2. 국공립어린이집 확충"), p("○ 사업비 : 3,600백만원(시 3,600)"),
    )  # fmt: skip
    got = [(r.title, str(r.period_start), str(r.period_end)) for r in report.projects]
    assert got == [
        ("통합돌봄 체계 구축", "2026-01-01", "2026-12-31"),
        ("국공립어린이집 확충", "2025-01-01", "2026-12-31"),
    ]


def test_a_count_line_that_names_only_the_divisions_words() -> None:
    """"○ 복지국 : 2과 3팀" beside "○ 사업소 : 장사시설관리사업소": the 2과 are the 과 (the
    사업소 had been counted with them, "2과 stated, 3 in the chart")."""
    report = _text(
        "2026년 주요업무계획\n복지국\nⅠ. 일반현황\n1. 조직\n○ 복지국 : 2과 3팀\n"
        "- 복지정책과(2팀) : 복지정책팀, 통합돌봄팀\n- 노인복지과(1팀) : 노인정책팀\n"
        "○ 사업소 : 장사시설관리사업소\n"
        "Ⅱ. 2026년 주요업무계획\n1. 통합돌봄 (복지정책과)\n○ 사업비 : 850백만원(시 850)\n"
    )
    counts = [(c.expected, c.actual, c.passed) for c in report.validation
              if c.check == "organization.counts"]  # fmt: skip
    assert counts == [("2", "2", True), ("3", "3", True)]


@pytest.mark.parametrize(
    ("clause", "task", "start", "end"),
    [
        ("상반기 수행기관 현장점검 : ’26. 6월", "상반기 수행기관 현장점검",
         "2026-06-01", "2026-06-30"),
        ("하반기 제공기관 지도점검 : ’26. 9월", "하반기 제공기관 지도점검",
         "2026-09-01", "2026-09-30"),
        # (the half alone before the colon is the date: its task after it)
        ("상반기 : 계획 수립", "계획 수립", "2026-01-01", "2026-06-30"),
    ],
)  # fmt: skip
def test_a_half_in_a_steps_name_dated_after_the_colon(
    clause: str, task: str, start: str, end: str
) -> None:
    """The month after the colon is the step's date, the half names which check (the step
    had been the whole half, its date left in the task)."""
    read = read_clause(clause, 2026)
    assert read is not None
    span, got, _ = read
    assert (got, str(span.start), str(span.end)) == (task, start, end)


def test_a_group_cut_by_a_page_break_beside_the_rows_numbers() -> None:
    """"분야 | 연번 | 사업명 | …": 노인복지 merged down its rows ends page 4, its part on page
    5 drawn empty: one cell again over both pages' rows (the numbers between it and the
    names had hidden the labels beside it, the rows under the break left out of every
    group, the 합계 checks failing)."""
    above = [
        TableCell(0, 0, 2, 1, "노인복지"), TableCell(0, 1, 1, 1, "15"),
        TableCell(0, 2, 1, 1, "기초연금 지급"), TableCell(1, 1, 1, 1, "16"),
        TableCell(1, 2, 1, 1, "노인일자리 지원"),
    ]  # fmt: skip
    more = [
        TableCell(2, 0, 2, 1, ""), TableCell(2, 1, 1, 1, "17"),
        TableCell(2, 2, 1, 1, "경로당 운영 지원"), TableCell(3, 1, 1, 1, "18"),
        TableCell(3, 2, 1, 1, "노인복지관 운영"),
    ]  # fmt: skip
    cells = rejoin_split_groups(above, more, 2)
    assert [(c.row, c.row_span, c.text) for c in cells if c.col == 0] == [(0, 4, "노인복지")]
    numbers = [replace(c, text="1,000") if c.col == 2 else c for c in more]
    kept = rejoin_split_groups(above, numbers, 2)  # (no labels beside: not the group's)
    assert [(c.row, c.row_span) for c in kept if c.col == 0] == [(0, 2), (2, 2)]


# --- probe 39: a picture page, justified text, six levels, a council's secretariat ------


def test_parts_of_the_general_section_whose_chapter_title_was_lost() -> None:
    """"2. 인 력" and "3. 예 산" before the first chapter, "Ⅰ. 일반현황" lost on a page that
    is a picture: parts of the general section all the same (they had been sections of
    no role, their tables read as nothing)."""
    report = _hwpx(
        p("2026년도 주요업무계획"), p("도시재생국"), p("2. 인 력"),
        p(_table([["구 분", "계", "5급", "6급이하"], ["정 원", "30", "5", "25"],
                  ["현 원", "28", "5", "23"]])),
        p("3. 예 산"), p("(단위 : 백만원)"),
        p(_table([["구 분", "2026년 예산", "2025년 예산", "증 감"],
                  ["계", "58,420", "55,100", "3,320"]])),
        p("Ⅱ. 2026 주요업무계획"), p("1. 도시재생 뉴딜 (도시재생과)"),
        p("○ 사업비 : 850백만원(국 425, 시 425)"),
    )  # fmt: skip
    assert [(s.grade, s.authorized) for s in report.staffing] == [
        (None, 30), ("5급", 5), ("6급이하", 25),
    ]  # fmt: skip
    assert [(b.unit, b.budget_krw) for b in report.budget_summary] == [("계", 58_420_000_000)]


def test_police_beside_the_general_service_are_forms_alike() -> None:
    """"구 분 계 일반직 경찰직 공무직": three forms of employment of one kind, each counted
    in the 계 (경찰직 had been a grade and the others forms: four checks failing)."""
    report = _text(
        "2026년 주요업무보고\n자치경찰위원회 사무국\nⅠ. 일반현황\n1. 인력\n(단위 : 명)\n"
        "구 분 계 일반직 경찰직 공무직\n정 원 45 20 22 3\n현 원 43 19 21 3\n"
        "Ⅱ. 2026년 주요업무계획\n1. 안전 (자치경찰정책과)\n□ 소요예산 : 350,000천원(시비)\n"
    )
    got = [(s.grade, s.employment, s.authorized) for s in report.staffing]
    assert got == [
        (None, None, 45), (None, "일반직", 20), (None, "경찰직", 22), (None, "공무직", 3),
    ]  # fmt: skip
    assert [c.detail for c in report.validation if not c.passed] == []


def test_a_councils_secretariat_named_on_its_cover() -> None:
    """"서하광역시의회 사무처" on the cover: the office is 사무처 (the line had been read as
    the meeting, or joined whole, "서하광역시의회사무처", as if letter-spaced)."""
    report = _text(
        "2026년 주요업무보고\n서하광역시의회 사무처\nⅠ. 일반현황\n1. 조직\n"
        "○ 1처 1담당관 1과 2팀\n- 의회운영담당관 : 운영팀\n- 의사과 : 의사팀\n"
        "Ⅱ. 2026년 주요업무계획\n1. 의정활동 지원 (의사과)\n○ 사업비 : 120,000천원(시비)\n"
    )
    top = [u for u in report.organization if u.parent is None]
    assert [(u.name, u.unit_type) for u in top] == [("사무처", "처")]


def test_a_text_table_whose_header_names_no_known_row_label() -> None:
    """"회  기      기  간      일수   주 요 안 건" over rows set under its columns by runs of
    spaces: a table (its first header is no 구 분, and it had been read as the heading's
    text), its sessions events."""
    report = _text(
        "2026년 주요업무보고\n서하광역시의회 사무처\nⅠ. 2026년 회기 운영 계획\n"
        "                                         (단위 : 일)\n"
        "  회  기                 기  간            일수   주 요 안 건\n"
        "  계                                        32   정례회 1회, 임시회 2회\n"
        "  제331회 임시회         2. 10.~2. 20.       11   2026년 주요업무보고\n"
        "  제332회 임시회         3. 17.~3. 27.       11   조례안 및 동의안 심사\n"
        "  제336회 제1차 정례회   7. 21.~7. 30.       10   2025회계연도 결산 승인\n"
        "  ※ 일정은 변경될 수 있음\n"
        "Ⅱ. 2026년 주요업무계획\n1. 의정활동 지원 (의사과)\n○ 사업비 : 120,000천원(시비)\n"
    )
    (table,) = report.tables
    assert (table.n_rows, table.n_cols, table.inferred) == (5, 4, True)
    header = [c.raw for c in report.table_cells if c.row == 0]
    assert header == ["회 기", "기 간", "일수", "주 요 안 건"]
    assert [(e.event, str(e.start)) for e in report.events][:2] == [
        ("제331회 임시회", "2026-02-10"), ("제332회 임시회", "2026-03-17"),
    ]  # fmt: skip


def test_budget_headers_spaced_out_letter_by_letter() -> None:
    """"2 0 2 6 년 예 산 ( A )" over a column (a justified cell spreading its letters): the
    year 2026, the other column's 2025, and so the table's two years seen wide (both had
    been of the report's year, no item of theirs, no budget summary)."""
    report = _hwpx(
        p("2026년 주요업무보고"), p("자치경찰위원회 사무국"), p("Ⅰ. 일반현황"), p("1. 예산"),
        p("(단위 : 천원)"),
        p(_table([["구 분", "2 0 2 6 년 예 산 ( A )", "2 0 2 5 년 예 산 ( B )", "증 감 ( A - B )"],
                  ["계", "8,077,750", "7,922,020", "155,730"],
                  ["자치경찰정책과", "4,812,350", "4,503,120", "309,230"],
                  ["자치경찰협력과", "3,265,400", "3,418,900", "△153,500"]])),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 안전 (자치경찰정책과)"),
        p("○ 사업비 : 350,000천원(시비)"),
    )  # fmt: skip
    lines = [(b.unit, b.year, b.item) for b in report.budget_lines][:2]
    assert lines == [("계", 2026, None), ("계", 2025, None)]
    summary = [(s.unit, s.prev_year, s.year, s.change_krw) for s in report.budget_summary]
    assert summary[0] == ("계", 2025, 2026, 155_730_000)


# --- probe 40: a half-year report, an audit board, two text columns ------------------------


def _glyph_row(pieces: list[tuple[float, str]], top: float, size: float = 10.0) -> list[Glyph]:
    """A row of glyphs: each piece's text set from its x, a syllable ``size`` wide."""
    row = []
    for x, text in pieces:
        for k, ch in enumerate(text):
            row.append(Glyph(ch, x + k * size, x + (k + 1) * size, top, top + size, size))
    return row


def test_text_set_in_two_columns_is_read_column_by_column() -> None:
    """Rows of two columns of text (a chapter set in 다단): a zone cut at the gutter, the
    left column read whole before the right (its lines had been glued to the lines beside
    them); a column of labels set centred beside their items is none."""
    left = ["○ 관광객 유치 실적 개선", "- 전년 대비 관광객 증가", "- 외국인 관광객 회복세"]
    right = ["○ 크루즈 관광 재도약 추진", "- 국제 크루즈 입항 확대", "- 기항지 관광상품 운영"]
    rows = [
        _glyph_row([(60, left[i % 3]), (310, right[i % 3])], 100 + 20 * i) for i in range(9)
    ]
    (zone,) = text_columns(rows)
    assert 60 + 10 * 14 < zone.gutter < 310
    lines = chars_to_lines([g for row in rows for g in row])
    assert {ln.column for ln in lines} == {(ZONE_RUN, 0), (ZONE_RUN, 1)}
    assert [ln.text for ln in lines if ln.column == (ZONE_RUN, 0)][:3] == left
    labels = ["빅데이터 기반", "시내버스 노선 개편", "도시 고속형 버스"]
    boxed = [
        _glyph_row([(150 - 5 * len(labels[i % 3]), labels[i % 3]), (310, right[i % 3])],
                   100 + 20 * i)
        for i in range(9)
    ]  # fmt: skip
    assert text_columns(boxed) == []


@pytest.mark.parametrize(
    ("lines", "steps"),
    [
        # a range of months with their dots, no year: the plan's
        (["○ 추진일정", "- 4.~11. : 통합 캠페인 추진"], [("통합 캠페인 추진", "2026-04-01")]),
        # a block's label with its half in brackets: no step, its steps under it
        (["○ 향후계획 (하반기)", "- ’26. 9월 : 2차 모집"], [("2차 모집", "2026-09-01")]),
        # the span of the steps under a labelled schedule: no step of its own
        (["○ 추진일정 : 2026. 1.~12.", "- 1월 : 계획 수립", "- 3월~11월 : 감사 실시"],
         [("계획 수립", "2026-01-01"), ("감사 실시", "2026-03-01")]),
    ],
)  # fmt: skip
def test_schedule_lines_of_a_half_year_report(
    lines: list[str], steps: list[tuple[str, str]]
) -> None:
    """Lines a clerk reads as these steps (each had given a step of the label, of the
    whole span with the steps' text as its task, or none)."""
    report = _text(
        "2026년 주요업무보고\n감사위원회\nⅠ. 2026년 주요업무계획\n1. 자체감사 내실화 (감사기획과)\n"
        "○ 소요예산 : 85,000천원(시비)\n" + "\n".join(lines) + "\n"
    )
    assert [(s.task, str(s.start)) for s in report.schedules] == steps


def page_grid(rows: list[list[str]], page: int, first_line: int) -> Grid:
    """A ruled grid of ``rows`` on ``page``, its rows on lines from ``first_line``."""
    cells = [
        Cell(r, c, paragraphs=(t,), lines=(first_line + r,), page=page)
        for r, row in enumerate(rows) for c, t in enumerate(row)
    ]  # fmt: skip
    return Grid(cells, len(rows), len(rows[0]), "ruled", page, page, (50, 100, 550, 300))


def test_a_row_a_page_break_leaves_alone_goes_on_with_its_table() -> None:
    """One row atop the next page, no header again ("12 | 남부권 농촌 일손 연계 지원 | … |
    540 | 480 | 60"): a row of the table above (alone, a box by its shape, it had been read
    as text: project 12 titled with its figures, the 합계 checks failing)."""
    above = page_grid([["연번", "사업명", "사업비"], ["1", "일자리 지원", "4,200"]], 3, 1)
    cut = page_grid([["2", "남부권 농촌 일손 연계 지원", "540"]], 4, 3)
    lines = [Line(n, "x", "x", page=3 if n < 3 else 4) for n in (1, 2, 3)]
    assert is_box(cut)
    (table,) = build_tables([above, cut], lines)
    assert table.n_rows == 3
    assert [c.text for c in table.cells if c.row == 2] == ["2", "남부권 농촌 일손 연계 지원", "540"]
    box = page_grid([["Ⅱ", "2026년 주요업무계획"]], 4, 3)  # (a chapter's title box: no row)
    assert [t.n_rows for t in build_tables([above, box], lines)] == [2]


def test_a_listing_of_units_with_the_tops_own_row_and_units_among_teams() -> None:
    """"본 부 | 팀 | 정 원 | 현 원" with a row "이사장 직속 | 감사실" and 고용센터 in the
    teams' column: 감사실 the top's unit, each 센터 of its 본부 at the teams' rank, as
    units of a 센터 (the table had been read as nothing: neither names a team)."""
    report = _hwpx(
        p("2026년 주요업무계획"), p("한빛도 일자리재단"), p("Ⅰ. 일반현황"), p("1. 조직현황"),
        p(_table([["본 부", "팀", "정 원", "현 원"], ["계", "", "20", "19"],
                  ["이사장 직속", "감사실", "3", "3"], ["경영기획본부", "경영지원팀", "9", "9"],
                  ["", "기획예산팀", "7", "6"], ["고용지원본부", "기업지원팀", "6", "6"],
                  ["", "북부고용센터", "5", "5"]], spans={(3, 0): 2, (5, 0): 2})),
        p("Ⅱ. 2026년 주요사업"), p("1. 청년 일자리 (경영기획본부)"), p("○ 사업비 : 850백만원"),
    )  # fmt: skip
    got = [(u.name, u.level, u.parent, u.unit_type) for u in report.organization]
    assert ("감사실", "bureau", "일자리재단", "실") in got
    assert ("북부고용센터", "team", "고용지원본부", "센터") in got
    assert ("기획예산팀", "team", "경영기획본부", "팀") in got


@pytest.mark.parametrize(
    ("cell", "steps"),
    [
        ("3월 공모, 6월 선정, 12월 평가",
         [("공모", "2026-03-01"), ("선정", "2026-06-01"), ("평가", "2026-12-01")]),
        # (a day with no year: of the year of the step before it)
        ("’24. 7.~12. 실증 매칭, 개소(12.30.)",
         [("실증 매칭", "2024-07-01"), ("개소", "2024-12-30")]),
        # (one date for a task that lists its parts: one step)
        ("’26. 3월 공모 및 선정, 평가", [("공모 및 선정, 평가", "2026-03-01")]),
    ],
)  # fmt: skip
def test_a_schedule_cell_that_lists_its_steps_with_commas(
    cell: str, steps: list[tuple[str, str]]
) -> None:
    """"3월 공모, 6월 선정, 12월 평가" in a list's 추진일정 cell: a step each (it had been
    one step of March, the rest its task)."""
    got = steps_of([(cell, Line(1, cell, cell))], 2026)
    assert [(f.task, str(f.span.start)) for f in got] == steps


def test_a_sides_total_and_a_lists_sources_under_one_header() -> None:
    """"수 입 | 계" rows: each side's whole, unit 계 (as the wide view of the same table
    has it; it had been the body's name); "재 원" over "출연금 | 자 체" in a list of
    projects: each row's funding (no column had been a source)."""
    budget = [["구 분", "", "2026", "2025", "증 감"],
              ["수 입", "계", "31,000", "28,950", "2,050"],
              ["", "출연금", "28,000", "26,000", "2,000"],
              ["", "자체수입", "3,000", "2,950", "50"]]  # fmt: skip
    head = [cell(0, c, p(t), rs=2) for c, t in enumerate(["연번", "사업명", "사업기간", "사업비"])]
    head += [cell(0, 4, p("재 원"), cs=2), cell(1, 4, p("출연금")), cell(1, 5, p("자 체"))]
    rows = [["1", "청년 일자리 지원", "2026. 1.~12.", "4,200", "3,900", "300"],
            ["2", "신중년 재취업", "2026. 3.~11.", "850", "800", "50"]]  # fmt: skip
    body = [cell(r, c, p(t)) for r, row in enumerate(rows, start=2) for c, t in enumerate(row)]
    report = _hwpx(
        p("2026년 주요업무계획"), p("한빛도 일자리재단"), p("Ⅰ. 일반현황"), p("1. 예산현황"),
        p("(단위 : 백만원)"), p(_table(budget, spans={(1, 0): 3})),
        p("Ⅱ. 2026년 주요사업"), p("(단위 : 백만원)"), p(tbl(4, 6, head + body)),
    )  # fmt: skip
    totals = [(b.unit, b.side, b.year) for b in report.budget_lines if b.is_total]
    assert totals == [("계", "revenue", 2026), ("계", "revenue", 2025)]
    funding = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
    assert funding[:2] == [("1", "출연금", 3_900_000_000), ("1", "자체", 300_000_000)]


def test_committee_offices_listed_by_their_stems() -> None:
    """"- 전문위원실(7) : 의회운영, 행정자치, …": each 전문위원실 by its full name (they had
    been named 의회운영, 행정자치)."""
    report = _text(
        "2026년 주요업무보고\n서하광역시의회 사무처\nⅠ. 일반현황\n1. 조직\n"
        "○ 1처 1담당관 2전문위원실 1팀\n- 의회운영담당관 : 운영팀\n"
        "- 전문위원실(2) : 의회운영, 행정자치\n"
        "Ⅱ. 2026년 주요업무계획\n1. 의정활동 지원 (의회운영담당관)\n○ 사업비 : 120,000천원(시비)\n"
    )
    offices = [(u.name, u.unit_type) for u in report.organization if u.unit_type == "전문위원실"]
    assert offices == [("의회운영전문위원실", "전문위원실"), ("행정자치전문위원실", "전문위원실")]


def test_a_drawn_appendix_whose_amounts_are_headed_by_year_and_word() -> None:
    """"부 서 | 정책사업 | 단위사업 | 세부사업 | 2026년 예산 | 2025년 예산 | 증 감", the
    programmes merged down: read from its grid (its header, worded as the template's, had
    sent it to the template's lines: the merged labels run into each group's first name,
    no amount read)."""
    rows = [
        ["부 서", "정책사업", "단위사업", "세부사업", "2026년 예산", "2025년 예산", "증 감"],
        ["합 계", "", "", "", "1,200", "1,100", "100"],
        ["정책기획과", "소 계", "", "", "800", "700", "100"],
        ["", "도정 기획·조정", "도정 기획", "중장기 발전계획 수립", "350", "300", "50"],
        ["", "", "", "도정 시책 연구", "450", "400", "50"],
        ["세정과", "소 계", "", "", "400", "400", "-"],
        ["", "공정한 지방세정", "도세 징수", "체납액 징수 강화", "400", "400", "-"],
    ]
    report = _hwpx(
        p("2026년 주요업무계획"), p("기획조정실"), p("Ⅰ. 2026년 주요업무계획"), p("1. 도정 기획"),
        p("○ 사업비 : 10억원"), p("붙임 1. 세부사업별 예산현황"), p("(단위 : 백만원)"),
        p(_table(rows, {(2, 0): 3, (5, 0): 2, (3, 1): 2, (3, 2): 2})),
    )  # fmt: skip
    got = [(b.level, b.item, b.budget_krw) for b in report.budget_items]
    assert got == [
        ("bureau", "합계", 1_200_000_000), ("division", "정책기획과", 800_000_000),
        ("item", "중장기 발전계획 수립", 350_000_000), ("item", "도정 시책 연구", 450_000_000),
        ("division", "세정과", 400_000_000), ("item", "체납액 징수 강화", 400_000_000),
    ]  # fmt: skip


def test_duties_listed_under_each_divisions_bullet() -> None:
    """"□ 농업지원과" over "○ …" duties in 부서별 주요기능: each division's duties (a
    division's name after a bullet had been no division)."""
    report = _text(
        "2026년 주요업무계획\n농업기술센터\nⅠ. 일반현황\n1. 조  직\n○ 기  구 : 1소장 2과 4팀\n"
        "- 농업지원과 : 지도기획팀, 농업교육팀\n- 농업연구과 : 작물연구팀, 환경연구팀\n"
        "2. 부서별 주요기능\n□ 농업지원과\n○ 농촌지도사업 종합계획 수립\n○ 청년농업인 육성\n"
        "□ 농업연구과\n○ 지역특화작목 시험연구\n"
        "Ⅱ. 2026년 주요업무계획\n1. 스마트팜 (농업지원과)\n○ 사업비 : 120,000천원(군비)\n"
    )
    got = [(f.division, f.function) for f in report.functions]
    assert got == [
        ("농업지원과", "농촌지도사업 종합계획 수립"), ("농업지원과", "청년농업인 육성"),
        ("농업연구과", "지역특화작목 시험연구"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("clause", "task", "start", "end", "raw"),
    [
        ("연중 수시 : 농기계 임대", "농기계 임대", "2026-01-01", "2026-12-31", "연중 수시"),
        ("매월 둘째 주 : 현장 컨설팅", "현장 컨설팅", "2026-01-01", "2026-12-31", "매월 둘째 주"),
        ("영농기(4~10월) : 병해충 예찰", "병해충 예찰", "2026-04-01", "2026-10-31",
         "영농기(4~10월)"),
        ("동계(12~2월) : 농업인 교육", "농업인 교육", "2026-12-01", "2027-02-28", "동계(12~2월)"),
    ],
)  # fmt: skip
def test_when_a_step_is_done_as_a_plan_words_it(
    clause: str, task: str, start: str, end: str, raw: str
) -> None:
    """How often in two words, a week of the month, a season's months in its bracket: the
    step's span and its task after the colon (the first had kept 수시 in the task, the
    others had been no step)."""
    read = read_clause(clause, 2026, in_plan=True)
    assert read is not None
    span, got, written = read
    assert (got, str(span.start), str(span.end), written) == (task, start, end, raw)


def test_a_letter_spaced_row_label_that_opens_with_a_header_word() -> None:
    """"과 부 족  △2  △1  -" under "구 분 | 계 | …": a row of the table (its first letter
    is the header word 과: it had ended the table, left as residue)."""
    report = _text(
        "2026년 주요업무계획\n농업기술센터\nⅠ. 일반현황\n1. 인  력\n(단위 : 명)\n"
        " 구    분        계      농촌지도사     행  정\n"
        " 정    원        38          30            8\n"
        " 현    원        36          29            7\n"
        " 과 부 족        △2         △1            △1\n"
        "Ⅱ. 2026년 주요업무계획\n1. 스마트팜 (농업지원과)\n○ 사업비 : 120,000천원(군비)\n"
    )
    assert report.residue == []
    assert [t.n_rows for t in report.tables] == [4]
    assert any(c.check.startswith("staffing.balance") for c in report.validation)


def test_a_report_of_the_audits_results_alone() -> None:
    """"Ⅱ. 부서별 처리결과" over "1. 기획예산과 (2건)" and its table (no chapter named the
    audit): its findings, each of the division its heading names, what was done one bullet
    a line, audited when the summary before them says (no finding had been read)."""
    done = "○ 공시 일정 단축" + chr(10) + "○ 담당자 교육 실시"  # (two paragraphs)
    rows = [["연번", "지적사항", "요구유형", "조치결과", "처리상황"],
            ["1", "재정 공시 지연", "시정", done, "완료"],
            ["2", "기금 운용 부적정", "주의", "○ 운용계획 재수립", "추진중"]]  # fmt: skip
    report = _hwpx(
        p("2025년도 행정사무감사"), p("지적사항 처리결과 보고"), p("기획조정실"),
        p("Ⅰ. 총  괄"), p("○ 감사기간 : 2025. 11. 12. ~ 11. 21."), p("○ 총 2건 : 완료 1, 추진중 1"),
        p("Ⅱ. 부서별 처리결과"), p("1. 기획예산과 (2건)"), p(_table(rows)),
    )  # fmt: skip
    got = [(f.divisions, f.finding, f.actions, str(f.audited_start)) for f in report.audit_findings]
    assert got == [
        (["기획예산과"], "재정 공시 지연", done, "2025-11-12"),
        (["기획예산과"], "기금 운용 부적정", "○ 운용계획 재수립", "2025-11-12"),
    ]


def test_a_sheet_of_two_pages_side_by_side_is_read_page_by_page() -> None:
    """A landscape sheet holding two pages (2-up), each with its page number at its foot:
    the left page's lines, then the right page's (read across, each row had joined the two
    pages' lines at its height); a sheet with one page number is one page."""
    left = [b"A%d left page line of text" % i for i in range(6)]
    right = [b"B%d right page line of text" % i for i in range(6)]
    body = b"".join(
        b"BT /F1 10 Tf %d %d Td (%s) Tj ET\n" % (x, 500 - 20 * i, t)
        for i in range(6) for x, t in ((60, left[i]), (480, right[i]))
    )  # fmt: skip
    feet = b"BT /F1 10 Tf 200 30 Td (- 1 -) Tj ET\nBT /F1 10 Tf 620 30 Td (- 2 -) Tj ET\n"
    sheet = tiny_pdf(body + feet).replace(b"[0 0 595 842]", b"[0 0 842 595]")
    texts = [ln.text for ln in read_pdf(sheet, "x").lines if ln.is_content]
    assert texts == [t.decode() for t in left + right]
    one = tiny_pdf(body + feet[: feet.index(b"\n") + 1]).replace(b"[0 0 595 842]", b"[0 0 842 595]")
    assert [ln.text for ln in read_pdf(one, "x").lines if ln.is_content][:2] == [
        "A0 left page line of text B0 right page line of text",
        "A1 left page line of text B1 right page line of text",
    ]


def test_an_event_table_whose_first_day_has_its_hours() -> None:
    """"’25. 9. 24.(수)" over "10:00~17:00" in the first row of 행사명 | 일시 | 장소: an event
    of that day (the row had been read as a second header row: no day in it)."""
    report = _hwpx(
        p("2025년 하반기 주요업무보고"), p("일자리경제국"), p("Ⅰ. 주요업무 추진계획"),
        p("1. 청년 일자리 (일자리정책과)"), p("○ 사업비 : 850백만원(시 850)"),
        p("Ⅱ. 하반기 주요 행사"),
        p(_table([["행 사 명", "일 시", "장 소", "담당부서"],
                  ["일자리박람회", "’25. 9. 24.(수)" + chr(10) + "10:00~17:00", "컨벤션센터",
                   "일자리정책과"],
                  ["청년창업 페스티벌", "’25. 10. 16.(목)~10. 17.(금)", "열린광장",
                   "일자리정책과"]])),
    )  # fmt: skip
    got = [(e.event, str(e.start), str(e.end)) for e in report.events]
    assert got == [("일자리박람회", "2025-09-24", "2025-09-24"),
                   ("청년창업 페스티벌", "2025-10-16", "2025-10-17")]  # fmt: skip


# --- probe 42: pledges, decimals, pictures --------------------------------------------------


def test_a_divisions_count_line_that_lists_its_teams() -> None:
    """"○ 1과 4팀 : 문화정책팀, …" in a 과's own report: its teams, under it (only the 과
    had been read, its teams' count unchecked)."""
    report = _text(
        "2026년 주요업무보고\n한빛구 문화관광과\nⅠ. 일반현황\n1. 조직\n"
        "○ 1과 2팀 : 문화정책팀, 관광진흥팀\n"
        "Ⅱ. 2026년 주요업무계획\n1. 축제 (관광진흥팀)\n○ 사업비 : 450,000천원(구비)\n"
    )
    got = [(u.name, u.level, u.parent) for u in report.organization]
    assert got == [("문화관광과", "division", None), ("문화정책팀", "team", "문화관광과"),
                   ("관광진흥팀", "team", "문화관광과")]  # fmt: skip
    assert [c.passed for c in report.validation if c.check == "organization.counts"] == [True] * 2


def test_a_target_and_a_saving_with_amounts_are_no_sub_projects() -> None:
    """"- 상반기 신속집행 목표 : 대상액의 65% (4조 2,318.6억원)" and "- … 이자비용 절감 (연
    45.6억원)" under a project: a target and what the work saves (each had been a
    sub-project with that cost, the target a step of 상반기)."""
    report = _text(
        "2026년 주요업무계획\n재정국\nⅠ. 2026년 주요업무계획\n1. 신속집행 추진 (예산담당관)\n"
        "○ 사업비 : 12.3억원 (도 12.3)\n○ 추진내용\n"
        "- 상반기 신속집행 목표 : 대상액의 65% (4조 2,318.6억원)\n"
        "- 고금리 지방채 조기상환으로 이자비용 절감 (연 45.6억원)\n"
        "- 하수찌꺼기 건조시설 개선(’26.1.~6., 19.8억원), 위탁비용 절감(약 7억원/년)\n"
    )
    got = [(p.project_id, p.cost_krw) for p in report.projects]
    assert got == [("1", 1_230_000_000), ("1-1", 1_980_000_000)]
    assert [s.task for s in report.schedules if "목표" in s.task] == []


def test_a_budget_tables_sub_accounts_set_with_dashes() -> None:
    """"- 지역개발특별회계 1,245.6 …" under "특별회계": a row of that account (each dash had
    been a nil value, a row of no name before it)."""
    report = _text(
        "2026년 주요업무계획\n재정국\nⅠ. 일반현황\n1. 예산\n(단위 : 억원)\n"
        "구 분 2026년 2025년 증감 증감률\n계 3,456.7 3,300.0 156.7 4.7\n"
        "특별회계 3,456.7 3,300.0 156.7 4.7\n- 지역개발특별회계 1,245.6 1,369.0 △123.4 △9.0\n"
        "- 상수도사업특별회계 2,211.1 1,931.0 280.1 14.5\n"
        "Ⅱ. 2026년 주요업무계획\n1. 세입 확충 (세정과)\n○ 사업비 : 5.0억원 (도 5.0)\n"
    )
    units = [s.unit for s in report.budget_summary]
    assert units == ["계", "특별회계", "지역개발특별회계", "상수도사업특별회계"]


def test_a_chapter_of_pledges_listed_in_a_table() -> None:
    """"Ⅱ. 민선8기 공약사업 추진상황" over "1. 공약사업 총괄" and "2. 주요 공약사업" with
    "연번 | 공약명 | 총사업비(억원) | 기간 | 이행률(%) | 담당부서": each pledge a project of
    the plan (the chapter had had no role), the summary no project; a unit's own report
    whose chart line names it over its teams ("- 정책기획관 : 정책기획팀, …"): its teams."""
    report = _hwpx(
        p("2026년 주요업무보고"), p("정책기획관"), p("Ⅰ. 일반현황"), p("1. 조  직"),
        p("○ 1관 2팀"), p("- 정책기획관 : 정책기획팀, 공약관리팀"), p("○ 팀별 주요업무"),
        p("- 정책기획팀"), p("· 시정 주요 현안 조정"), p("- 공약관리팀"), p("· 공약 이행관리"),
        p("Ⅱ. 민선8기 공약사업 추진상황"), p("1. 공약사업 총괄"), p("○ 총 48개 공약 : 완료 21"),
        p("2. 주요 공약사업 추진현황"),
        p(_table([["연번", "공약명", "총사업비(억원)", "기간", "이행률(%)", "담당부서"],
                  ["1", "도시철도 2호선 조기 착공", "8,245.5", "’22~’30", "62.5", "철도건설과"],
                  ["2", "청년 월세 지원", "185.0", "’23~’26", "85.0", "청년정책과"]])),
    )  # fmt: skip
    got = [(x.title, x.cost_krw, x.division) for x in report.projects]
    assert got == [("도시철도 2호선 조기 착공", 824_550_000_000, "철도건설과"),
                   ("청년 월세 지원", 18_500_000_000, "청년정책과")]  # fmt: skip
    # (each team once: its duties' heading names it again)
    teams = [(u.name, u.parent) for u in report.organization if u.level == "team"]
    assert teams == [("정책기획팀", "정책기획관"), ("공약관리팀", "정책기획관")]
    assert [c.passed for c in report.validation if c.check == "organization.counts"] == [True] * 2


def test_a_word_space_in_a_line_spread_letter_by_letter() -> None:
    """"한빛도 재정국" set with wide letter-spacing: the space drawn between the words is
    the word's end, two spaces as a text export writes it (every gap had been one space,
    the cover's office read as 한빛도재정국)."""
    row = []
    for k, ch in enumerate("한빛도 재정국"):
        x = 100 + 20 * k
        row.append(Glyph(ch, x, x + (3 if ch == " " else 10), 100, 110, 10))
    (line,) = chars_to_lines(row)
    assert line.text == "한 빛 도  재 정 국"
    tight = [
        Glyph(ch, 100 + 10 * k, 110 + 10 * k, 100, 110, 10) for k, ch in enumerate("한빛도 재정국")
    ]
    assert chars_to_lines(tight)[0].text == "한빛도 재정국"
