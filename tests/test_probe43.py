"""Forms of the genre met in five more reports (a foundation's cards of facts, footnote
marks on figures, Hancom's stacked row labels and headers broken inside a word, a
public enterprise's budget, a province's allocations by city): what each must give,
worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

import pytest
import regex

from extract.document import Line
from extract.normalize import parse_money
from extract.normalize.marks import is_mark, without_mark
from extract.normalize.vocab import FIGURE_NOTE_MARKS
from extract.parse.budget_prose import line_totals
from extract.parse.costs import read_cost
from extract.parse.text import tokens
from extract.read.pdf.paths import curve_edges
from extract.title_roles import top_role
from schemas import Report
from tests.hwpx_maker import cell, p, tbl
from tests.test_layout import _placed_nodes
from tests.test_other_reports import _hwpx, _table, _text


def test_a_step_of_how_often_in_a_cell_of_steps_is_a_step_of_its_own() -> None:
    """A card's 추진일정 cell of paragraphs, the last "분기별 : 관객 만족도 조사": a step
    of the whole year (it had been taken for the wrapped end of the step before)."""
    card = _table([
        ["구 분", "내 용"], ["사업기간", "2026. 1. ~ 12."], ["사 업 비", "420,000천원 (시 출연금)"],
        ["추진일정", "’26. 1. : 연간 공연 라인업 확정\n’26. 2.~12. : 기획공연 운영\n"
                    "분기별 : 관객 만족도 조사"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1처 2팀"),
        p("Ⅱ. 2026년 주요사업계획"), p("1. 아트센터 기획공연 운영"), p(card),
    )  # fmt: skip
    got = [(s.task, s.raw, str(s.start), str(s.end)) for s in report.schedules]
    assert got == [
        ("연간 공연 라인업 확정", "’26. 1.", "2026-01-01", "2026-01-31"),
        ("기획공연 운영", "’26. 2.~12.", "2026-02-01", "2026-12-31"),
        ("관객 만족도 조사", "분기별", "2026-01-01", "2026-12-31"),
    ]  # fmt: skip


# --- the marks of notes on figures ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("42주1)", "42"), ("187,640*", "187,640"), ("4,700¹⁾", "4,700"), ("12.5*", "12.5"),
        ("1,652,410 1)", "1,652,410"), ("12,480백만원주1)", "12,480백만원"), ("45명**", "45명"),
        ("(1,920)", "(1,920)"), ("3주", "3주"), ("(3주)", "(3주)"), ("1)", "1)"), ("원주", "원주"),
    ],
)  # fmt: skip
def test_a_figure_without_the_mark_of_its_note(text: str, bare: str) -> None:
    assert without_mark(text) == bare


def test_every_mark_of_the_vocabulary_is_read_as_one() -> None:
    """Each pattern of FIGURE_NOTE_MARKS, set after a figure, is no part of it."""
    for mark in ("*", "**", "＊", "주1)", "주 2)", "¹", "²⁾", "¹²"):
        assert any(regex.fullmatch(p, mark) for p in FIGURE_NOTE_MARKS), mark
        assert is_mark(mark) and without_mark(f"1,234{mark}") == "1,234", mark
        assert parse_money(f"1,234{mark}", unit="백만원") == 1_234_000_000, mark


@pytest.mark.parametrize(
    ("text", "cost", "funding"),
    [
        ("4,500*백만원 (국 2,250 도 1,350 시군 900)", 4_500_000_000,
         [("국비", 2_250_000_000), ("도비", 1_350_000_000), ("시군비", 900_000_000)]),
        ("12,480백만원 주1) (국 6,240 도 1,872 시군 4,368)", 12_480_000_000,
         [("국비", 6_240_000_000), ("도비", 1_872_000_000), ("시군비", 4_368_000_000)]),
        ("45,000백만원 1) (국 16,000 도 29,000)", 45_000_000_000,
         [("국비", 16_000_000_000), ("도비", 29_000_000_000)]),
    ],
)  # fmt: skip
def test_a_cost_with_a_note_mark_keeps_its_sources(
    text: str, cost: int, funding: list[tuple[str, int]]
) -> None:
    """The mark between an amount and its unit, or between it and its bracket of sources,
    is no word of the line: the sources are read (they had been lost, and "4,500*백만원"
    was no cost at all)."""
    found = read_cost(text)
    assert found is not None and found.krw == cost
    assert [(s.source, s.amount_krw) for s in found.funding] == funding


def test_a_raised_mark_read_apart_is_no_row_of_a_table() -> None:
    """"노인장애인과 1,652,410 1) 1,548,270": the "1)" read apart from its figure is no
    word that starts the next row (the row's figures had been split over two rows)."""
    line = Line(1, "노인장애인과 1,652,410 1) 1,548,270 104,140 6.7", "")
    assert [t.text for t in tokens([line])] == [
        "노인장애인과", "1,652,410", "1,548,270", "104,140", "6.7"]  # fmt: skip


FOOTNOTED = [
    p("Ⅰ. 일반현황"), p("1. 조 직"), p("○ 2과 4팀"), p("2. 인 력"), p("(단위 : 명)"),
    p(_table([["구 분", "정 원", "현 원"], ["계", "80", "77"], ["복지정책과", "38주1)", "37"],
              ["보건정책과", "42", "40"]])),
    p("주1) 감염병 대응 한시정원 2명 포함"), p("※ 2025.12.31. 기준"),
    p("3. 예 산"), p("(단위 : 백만원)"),
    p(_table([["구 분", "2026년 예산", "2025년 예산주1)"], ["계", "25,000", "24,000"],
              ["복지정책과", "15,000*", "14,500"], ["보건정책과", "10,000", "9,500¹⁾"]])),
    p("주1) 제2회 추경 포함"), p("* 국비 내시액 기준"), p("¹⁾ 한시사업 포함"),
    p("Ⅱ. 2026년 주요업무계획"), p("1. 응급의료 체계 구축 (보건정책과)"),
    p("○ 사업기간 : 2026. 1. ~ 12."), p("○ 사업비 : 4,500*백만원 (국 2,250 도 2,250)"),
    p("* 권역응급의료센터 운영비 제외"),
]  # fmt: skip


def test_marks_of_notes_on_a_reports_figures() -> None:
    """Staff and budget tables whose figures carry the marks of the notes under them,
    and a cost with one: each figure read as printed, its header without the mark, the
    table dated by the note under its notes ("※ 2025.12.31. 기준" after "주1) …"), and
    the numbered notes notes (they had been residue)."""
    report = _hwpx(*FOOTNOTED)
    staff = [(s.unit, s.authorized, s.current, str(s.as_of)) for s in report.staffing]
    assert staff == [
        ("계", 80, 77, "2025-12-31"), ("복지정책과", 38, 37, "2025-12-31"),
        ("보건정책과", 42, 40, "2025-12-31"),
    ]  # fmt: skip
    lines = [(b.unit, b.label, b.amount_krw) for b in report.budget_lines]
    assert ("복지정책과", "2026년 예산", 15_000_000_000) in lines
    assert ("보건정책과", "2025년 예산", 9_500_000_000) in lines
    assert [(u.title, u.cost_krw) for u in report.projects] == [
        ("응급의료 체계 구축", 4_500_000_000)]  # fmt: skip
    assert [f.source for f in report.project_funding] == ["국비", "도비"]
    notes = {n.title: n.kind for n in report.outline if n.marker in ("주1)", "¹⁾")}
    assert notes == {"감염병 대응 한시정원 2명 포함": "note", "제2회 추경 포함": "note",
                     "한시사업 포함": "note"}  # fmt: skip
    assert report.residue == []
    assert [c.detail for c in report.validation if not c.passed] == []


def test_a_numbered_note_at_an_items_margin_heads_nothing() -> None:
    """"¹⁾ 취업알선형 포함" set at the numbered item's margin, left of "○ 추진일정": a note
    of a table's figure, under the item before it; the ○ line after it is the card's (it
    had been taken for a heading over that line, the schedule lost)."""
    rows = [
        ("1. 노인일자리 지원", "", 40.0), ("○ 추진내용", "", 51.0), ("- 일자리 제공", "", 66.0),
        ("¹⁾ 취업알선형 포함", "", 40.0), ("○ 추진일정", "", 51.0),
        ("- ’26. 1. : 참여자 모집", "", 66.0),
    ]  # fmt: skip
    nodes = _placed_nodes([(t, t, x) for t, _, x in rows])
    assert nodes["취업알선형 포함"].kind == "note"
    assert nodes["추진일정"].parent is nodes["노인일자리 지원"]


# --- Hancom's tables: a unit's name broken in its header cell, totals that count once ------


def test_a_units_name_broken_in_its_header_cell_is_spelled_as_the_organisation_names_it() -> None:
    """Rows of teams named "복지" / "정책팀" (the name broken in a narrow cell, read with a
    space): the organisation's "복지정책팀" (the staff had been of "복지 정책팀")."""
    report = _hwpx(
        p("2026년 주요업무계획"), p("한빛구 복지정책과"),
        p("Ⅰ. 일반현황"), p("1. 조 직"), p("○ 1과 2팀 : 복지정책팀, 기초보장팀"),
        p("2. 인 력"), p("(단위 : 명)"),
        p(_table([["구 분", "정 원", "현 원"], ["계", "17", "16"], ["복지\n정책팀", "7", "6"],
                  ["기초\n보장팀", "10", "10"]])),
    )  # fmt: skip
    assert {s.unit for s in report.staffing} == {"계", "복지정책팀", "기초보장팀"}


def test_a_table_whose_note_says_its_total_counts_once_is_not_added_up() -> None:
    """"계 | 생계급여 | 의료급여 | …" over "※ 급여별 중복 수급으로 급여별 합계와 계는 일치하지
    않음": no failed check of the 계 column (it had failed, the report's note aside); the
    same table without the note is checked."""
    def report(*note: str) -> Report:
        return _hwpx(
            p("Ⅰ. 일반현황"), p("1. 조 직"), p("○ 1과 2팀"), p("2. 수급자 현황"),
            p("(단위 : 가구, 명)"),
            p(_table([["구 분", "계", "생계급여", "의료급여"], ["가 구", "8,420", "5,136", "5,902"],
                      ["인 원", "11,260", "6,874", "7,981"]])),
            *map(p, note),
        )  # fmt: skip

    noted = report("※ 급여별 중복 수급으로 급여별 합계와 계는 일치하지 않음")
    assert [c for c in noted.validation if c.check == "tables.column_total"] == []
    plain = [c for c in report().validation if c.check == "tables.column_total"]
    assert len(plain) == 2 and not any(c.passed for c in plain)


# --- a public enterprise's budget prose ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("- 수익적 지출 : 인건비 412억원, 동력비 186억원, 원수구입비 274억원 등", []),
        ("- 자본적 지출 : 관로 정비 및 확충 1,142억원, 기업채 상환 214억원 등", []),
        ("○ 2026년 예산규모 : 3,986억원 (전년 대비 274억원, 7.4% 증)",
         [("budget.total", 398_600_000_000)]),
        ("○ 2026년 예산 : 수익 3,853억원, 비용 3,548억원",
         [("budget.revenue", 385_300_000_000), ("budget.expenditure", 354_800_000_000)]),
        ("○ 세출예산 : 약 758억원", [("budget.expenditure", 75_800_000_000)]),
        ("○ 세출예산 : 총 758억원", [("budget.expenditure", 75_800_000_000)]),
        ("○ 예산 : 일반회계 758억원", [("budget.total.일반회계", 75_800_000_000)]),
    ],
)  # fmt: skip
def test_an_amount_a_part_names_after_the_labels_colon_is_no_total(
    text: str, stated: list[tuple[str, int]]
) -> None:
    """"수익적 지출 : 인건비 412억원, …": 412억원 is the 인건비's, not the 지출's (it had been
    stated as the expenditure); a side, an account or a word of the total after the colon
    still names the total."""
    assert [(s.key, s.value) for s in line_totals(Line(1, text, text))] == stated


def test_a_note_on_an_accounts_row_names_no_account_of_the_whole_table() -> None:
    """"※ 특별회계 : 가람호관광지 특별회계(관광개발팀)" under a table whose rows are 계, 일반회계
    and 특별회계, over a table by team with those accounts as columns: the note is about
    the 특별회계 row, so the 계 row and the 계 column are of no account (they had been
    특별회계)."""
    report = _hwpx(
        p("2026년 주요업무계획"), p("가람군 문화관광과"),
        p("Ⅰ. 일반현황"), p("1. 조 직 : 1과 2팀"), p("3. 예 산"), p("(단위 : 천원)"),
        p(_table([["구 분", "2026년", "2025년"], ["계", "3,000", "2,800"],
                  ["일반회계", "2,500", "2,400"], ["특별회계", "500", "400"]])),
        p("※ 특별회계 : 가람호관광지 특별회계(관광개발팀)"), p("(단위 : 천원)"),
        p(_table([["구 분", "계", "일반회계", "특별회계"], ["계", "3,000", "2,500", "500"],
                  ["문화예술팀", "1,200", "1,200", "-"], ["관광개발팀", "1,800", "1,300", "500"]])),
    )  # fmt: skip
    totals = {(b.label, b.account) for b in report.budget_lines if b.unit == "계"}
    assert ("2026년", None) in totals and ("계", None) in totals
    assert ("일반회계", "일반회계") in totals and ("특별회계", "특별회계") in totals
    teams = {(b.unit, b.label): b.account for b in report.budget_lines if b.unit != "계"}
    assert teams[("관광개발팀", "계")] is None
    assert teams[("관광개발팀", "특별회계")] == "특별회계"


def test_a_column_of_an_employment_form_beside_the_grades() -> None:
    """"구 분 | 계 | 임원 | 1급 | 2급 | 3급 | 무기계약" (a corporation's staff): 무기계약 is how
    they are employed, no grade (it had been a grade), and the 계 and its 과부족 still add
    up with it."""
    report = _hwpx(
        p("2026년 주요업무보고"), p("가온도시공사"), p("Ⅰ. 일반현황"), p("1. 조 직 : 2본부 5팀"),
        p("2. 인 력"), p("(단위 : 명)"),
        p(_table([["구 분", "계", "임원", "1급", "2급", "3급", "무기계약"],
                  ["정 원", "60", "3", "5", "12", "25", "15"],
                  ["현 원", "57", "3", "5", "11", "24", "14"],
                  ["과부족", "△3", "-", "-", "△1", "△1", "△1"]])),
    )  # fmt: skip
    got = {(s.grade, s.employment): (s.authorized, s.current) for s in report.staffing}
    assert got[(None, "무기계약")] == (15, 14) and got[("3급", None)] == (25, 24)
    grades = [c for c in report.validation if c.check.startswith("staffing.grades")]
    assert grades and all(c.passed for c in grades)
    sums = [c for c in report.validation if c.check == "staffing.balance_sum"]
    assert [c.passed for c in sums] == [True]


def test_a_row_of_the_bodys_own_running_costs_beside_its_teams() -> None:
    """"디자인정책팀 | … / 공공디자인팀 | … / 행정운영경비 | …": a table by team whose last row
    is the division's own running costs; each team's lines are the team's (they had all
    been the division's, of no item, the teams' names lost), the costs the division's,
    item 행정운영경비."""
    report = _hwpx(
        p("2026년 주요업무계획"), p("한빛구 도시디자인과"),
        p("Ⅰ. 일반현황"), p("1. 조 직 : 1과 2팀"), p("3. 예 산"), p("(단위 : 천원)"),
        p(_table([["구 분", "2026년", "2025년"], ["계", "3,048", "2,846"],
                  ["디자인정책팀", "1,000", "900"], ["공공디자인팀", "2,000", "1,900"],
                  ["행정운영경비", "48", "46"]])),
    )  # fmt: skip
    got = [(b.unit, b.item, b.amount_krw) for b in report.budget_lines if b.label == "2026년"]
    assert got == [
        ("계", None, 3_048_000), ("디자인정책팀", None, 1_000_000),
        ("공공디자인팀", None, 2_000_000), ("도시디자인과", "행정운영경비", 48_000),
    ]  # fmt: skip


# --- a short report: two parts numbered 1. and 2., no chapter numerals ---------------------

TINY = """솔뫼군 청솔면
2026년 주요업무계획

1. 일반현황
○ 조직 : 3팀 12명 (정원 12, 현원 11)

2. 주요업무계획
□ 민원실 환경개선
○ 사업비 : 30,000천원 (군비)
○ 추진시기 : ’26. 3.~6.
□ 마을안길 정비
○ 사업비 : 120,000천원 (도비 60,000, 군비 60,000)
○ 추진시기 : ’26. 4.~9.

3. 건의사항
□ 청솔천 제방 보강 사업비 지원
○ 집중호우 시 제방 유실 우려, 도비 350,000천원 지원 건의
"""


def test_a_short_report_of_two_numbered_parts_is_read() -> None:
    """"1. 일반현황" / "2. 주요업무계획" / "3. 건의사항" with no chapter numeral: a report of
    the genre (it had been refused, "no section of a work report found"), its projects
    read, and the staff the bracket after the count line states ("12명 (정원 12, 현원
    11)")."""
    report = _text(TINY)
    assert [(u.title, u.cost_krw, str(u.period_start)) for u in report.projects] == [
        ("민원실 환경개선", 30_000_000, "2026-03-01"), ("마을안길 정비", 120_000_000, "2026-04-01"),
    ]  # fmt: skip
    assert [(s.unit, s.authorized, s.current) for s in report.staffing] == [("계", 12, 11)]


# --- a page stored turned; a year's header over its columns -------------------------------


def test_a_turned_pages_rules_whose_ends_a_rounding_error_keeps_apart_are_rules() -> None:
    """A box drawn through a turned matrix (/Rotate 90): its bottom side's ends at
    149.24999378125005 and 149.24999378125 is a rule along the axis (it had been no rule,
    the table's grid lost)."""
    pts = [(147.75, 108.0), (396.75, 108.0), (396.75, 149.24999378125005),
           (147.75, 149.24999378125), (147.75, 108.0)]  # fmt: skip
    edges = curve_edges(pts, stroked=False)
    assert sorted((e["orientation"], round(e["top"], 2), round(e["bottom"], 2)) for e in edges) == [
        ("h", 108.0, 108.0), ("h", 149.25, 149.25), ("v", 108.0, 149.25), ("v", 108.0, 149.25)]
    assert all(e["top"] == e["bottom"] for e in edges if e["orientation"] == "h")


def test_the_plans_year_over_its_columns_gives_the_appendix_its_amounts() -> None:
    """붙임 세부사업별 예산 현황 headed "2026년 예산" over "계 | 국 비 | 도 비" beside "2025년
    예산": each item's amount is the 2026 계 (it had been the 2025 column's, the one year
    header of a single column)."""
    head = [
        cell(0, 0, p("팀 명"), rs=2), cell(0, 1, p("세부사업명"), rs=2),
        cell(0, 2, p("2026년 예산"), cs=3), cell(0, 5, p("2025년 예산"), rs=2),
        cell(1, 2, p("계")), cell(1, 3, p("국 비")), cell(1, 4, p("도 비")),
    ]  # fmt: skip
    rows = [["합 계", "", "1,680", "900", "780", "1,450"],
            ["산업정책팀", "지역산업 혁신 클러스터 육성", "1,500", "900", "600", "1,300"],
            ["산업정책팀", "산업정책 연구용역", "180", "-", "180", "150"]]  # fmt: skip
    body = [cell(r, c, p(t)) for r, row in enumerate(rows, start=2) for c, t in enumerate(row)]
    report = _hwpx(
        p("2026년 주요업무계획"), p("한솔도 산업정책과"), p("Ⅰ. 일반현황"), p("1. 조 직 : 1과 2팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 지역산업 혁신 (산업정책팀)"),
        p("○ 사업비 : 1,500백만원"),
        p("붙임 1. 세부사업별 예산 현황"), p("(단위 : 백만원)"), p(tbl(5, 6, [*head, *body])),
    )  # fmt: skip
    got = [(b.item, b.budget_krw) for b in report.budget_items if b.level == "item"]
    assert got == [
        ("지역산업 혁신 클러스터 육성", 1_500_000_000), ("산업정책 연구용역", 180_000_000)]


# --- a mid-year report: costs changed by the 추경 ------------------------------------------


def test_a_cost_changed_by_the_supplementary_budget_its_sources_and_an_issues_risk() -> None:
    """"○ 사업비 : 4,200백만원 → 5,100백만원 (추경 900백만원 증액)" over "- 재원 : 국비 4,080백만원,
    시비 1,020백만원": the cost is what it was changed to, shared as the 재원 line says (no
    cost had been read, nor any share); an issue's "○ 문 제 점" dates a risk, no step."""
    report = _hwpx(
        p("2026년 주요업무보고"), p("청람광역시 복지국"),
        p("Ⅰ. 일반현황"), p("1. 조 직 : 4과 17팀"),
        p("Ⅱ. 하반기 주요업무 추진계획"), p("1. 위기가구 발굴 및 긴급복지 지원 (복지정책과)"),
        p("○ 사업비 : 4,200백만원 → 5,100백만원 (추경 900백만원 증액)"),
        p("- 재원 : 국비 4,080백만원, 시비 1,020백만원"),
        p("○ 추진일정"), p("- ’26. 7.~9. : 위기가구 집중 발굴"),
        p("Ⅲ. 현안사항"), p("1. 생계급여 국비 부족분 대응"), p("○ 문 제 점"),
        p("- 11월 이후 급여 지급 재원 부족 우려"), p("○ 대응계획"),
        p("- 부족 시 예비비 활용 등 재정부서와 사전 협의(’26. 9.)"),
    )  # fmt: skip
    first = report.projects[0]
    assert (first.cost_krw, first.cost_raw) == (5_100_000_000, "5,100백만원")
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("국비", 4_080_000_000), ("시비", 1_020_000_000)]  # fmt: skip
    assert [(s.project_id, s.task) for s in report.schedules] == [
        ("1", "위기가구 집중 발굴"),
        ("현안1", "부족 시 예비비 활용 등 재정부서와 사전 협의"),
    ]  # fmt: skip
    assert [c.detail for c in report.validation if not c.passed] == []


# --- chapters in brackets, a text that indents its lists ---------------------------------

BRACKETED = """2026년 주요업무보고
청운군농업기술센터

보 고 순 서
【 일반현황 】 …………………… 1
【 2026년 주요업무계획 】 ……… 2

【 일반현황 】

 ▸ 조    직 : 1소 3과 9팀
   · 농업정책과 : 농정기획팀, 농산물유통팀, 친환경농업팀

【 2026년 주요업무계획 】

 ▸ 운영방향
   · 기후변화 대응 현장 밀착형 신기술 보급 확대

◈ 청년농업인 스마트팜 창업 지원 (미래농업팀)
  ▸ 사업기간 : 2026. 1. ~ 12.
  ▸ 사 업 비 : 1,200,000천원 (국비 480,000 / 군비 720,000)
  ▸ 추진일정
    · ’26. 2월 : 대상자 모집 공고

◈ 벼 병해충 드론 공동방제 (작물환경팀)
  ▸ 사업기간 : 2026. 5. ~ 9.
  ▸ 사 업 비 : 850,000천원 (군비)
  ▸ 추진일정
    · ’26. 7월 ~ 8월 : 드론 공동방제 실시
"""


def test_chapters_titled_in_brackets_and_a_list_set_left_of_the_one_before() -> None:
    """"【 일반현황 】" and "【 2026년 주요업무계획 】" with no numeral: chapters (the report
    had been refused, its contents and first chapter taken for the cover), the contents
    kept apart; "◈ 과제" at the margin after "   · 운영방향" is a project beside it, not
    under it (the first project had been lost)."""
    report = _text(BRACKETED)
    titles = {s.key: s.title for s in report.sections if s.found}
    assert (titles["general"], titles["plans"]) == ("일반현황", "2026년 주요업무계획")
    got = [(u.title, u.division, u.cost_krw) for u in report.projects]
    assert got == [("청년농업인 스마트팜 창업 지원", "미래농업팀", 1_200_000_000),
                   ("벼 병해충 드론 공동방제", "작물환경팀", 850_000_000)]  # fmt: skip
    assert [s.task for s in report.schedules] == ["대상자 모집 공고", "드론 공동방제 실시"]


def test_a_budget_table_whose_rows_say_their_units() -> None:
    """"구 분 | 단 위 | 2026년 | 2025년 | 증 감" with no caption of a unit, a fund's row in 천원
    among rows in 백만원: each row's amounts in its own unit (the table had given no budget
    line: no unit; its 단위 cells had been taken for labels), the summary's too, and the
    합계 row is not added up across units (it had failed, 546,750 against 21,276)."""
    report = _hwpx(
        p("2026년 주요업무계획"), p("한솔시 환경정책과"), p("Ⅰ. 일반현황"), p("1. 조 직 : 1과 4팀"),
        p("3. 예 산"), p("□ 세출예산"),
        p(_table([["구 분", "단 위", "2026년", "2025년", "증 감"],
                  ["합 계", "백만원", "21,276", "19,571", "1,705"],
                  ["일반회계", "백만원", "20,750", "19,140", "1,610"],
                  ["기후대응기금", "천원", "526,000", "431,000", "95,000"]])),
    )  # fmt: skip
    lines = [(b.unit, b.account, b.year, b.amount_krw) for b in report.budget_lines]
    assert ("계", None, 2026, 21_276_000_000) in lines
    assert (report.meta.bureau or "", "기후대응기금", 2026, 526_000_000) in lines
    fund = next(s for s in report.budget_summary if s.unit == "기후대응기금")
    got = (fund.currency_unit, fund.budget_krw, fund.change_krw)
    assert got == ("천원", 526_000_000, 95_000_000)
    assert [c.detail for c in report.validation if not c.passed] == []


def test_an_appendix_by_budget_code_gives_each_item_its_subtotal() -> None:
    """붙임 세출예산 사업별 내역 as 지방재정 e호조 prints it, "정책사업 | 단위사업 | 세부사업 |
    편성목", each 세부사업 merged down over its "소 계" and its codes ("201-01 사무관리비"):
    each 세부사업 an item of its 소계 (each had taken its first code's amount, and each
    소계 had been an item named after its 정책사업), the codes no items."""
    head = [cell(0, c, p(t)) for c, t in enumerate(
        ["정책사업", "단위사업", "세부사업", "편성목", "2026년 예산", "2025년 예산"])]
    rows = [
        [cell(1, 0, p("합 계"), cs=4), cell(1, 4, p("89,800")), cell(1, 5, p("83,000"))],
        [cell(2, 0, p("건전재정 운영"), rs=6), cell(2, 1, p("재정관리"), rs=6),
         cell(2, 2, p("재무행정 운영"), rs=3), cell(2, 3, p("소 계")),
         cell(2, 4, p("64,800")), cell(2, 5, p("63,000"))],
        [cell(3, 3, p("201-01 사무관리비")), cell(3, 4, p("48,000")), cell(3, 5, p("45,000"))],
        [cell(4, 3, p("202-01 국내여비")), cell(4, 4, p("16,800")), cell(4, 5, p("18,000"))],
        [cell(5, 2, p("구금고 운영"), rs=3), cell(5, 3, p("소 계")),
         cell(5, 4, p("25,000")), cell(5, 5, p("20,000"))],
        [cell(6, 3, p("201-01 사무관리비")), cell(6, 4, p("21,500")), cell(6, 5, p("18,000"))],
        [cell(7, 3, p("301-09 행사실비지원금")), cell(7, 4, p("3,500")), cell(7, 5, p("2,000"))],
    ]  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("서하구 재무과"), p("Ⅰ. 일반현황"), p("1. 조 직 : 1과 4팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 재정관리 (재무관리팀)"), p("○ 사업비 : 64,800천원"),
        p("붙임. 2026년 세출예산 사업별 내역"), p("(단위 : 천원)"),
        p(tbl(8, 6, [*head, *[c for row in rows for c in row]])),
    )  # fmt: skip
    got = [(b.item, b.budget_krw) for b in report.budget_items if b.level == "item"]
    assert got == [("재무행정 운영", 64_800_000), ("구금고 운영", 25_000_000)]
    assert [c.detail for c in report.validation if not c.passed] == []


def test_the_day_a_figure_is_of_is_no_step() -> None:
    """"○ 변상금 체납액 : 412,350천원(87건), 2025. 12. 31. 기준" in an issue: no step "기준"
    (it had been one done on 2025-12-31)."""
    report = _hwpx(
        p("2026년 주요업무계획"), p("서하구 재무과"), p("Ⅰ. 일반현황"), p("1. 조 직 : 1과 4팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 체납액 정리 (세무팀)"), p("○ 사업비 : 5,000천원"),
        p("○ 추진일정"), p("- ’26. 4월 : 일제 정리기간 운영"),
        p("Ⅲ. 현    안"), p("1. 구유재산 무단점유 변상금 체납 해소"), p("□ 현황"),
        p("○ 변상금 체납액 : 412,350천원(87건), 2025. 12. 31. 기준"),
        p("- 5년 이상 장기체납 31건, 168,200천원"), p("□ 대응방안"),
        p("○ 체납자 일제 정리기간 운영(’26. 4.~6.)"),
    )  # fmt: skip
    assert [s.task for s in report.schedules] == ["일제 정리기간 운영", "체납자 일제 정리기간 운영"]
    assert report.progress == []


# --- a converter's Markdown; facts under a block of the plan; what is lent --------------

MARKDOWN = """# 2026년 주요업무계획

**자 치 행 정 과**

---

# Ⅰ. 일반현황

## 1. 조직

- ○ 1과 2팀 : 자치행정팀, 총무팀

## 2. 인력

| 구 분 | 정 원 | 현 원 |
|---|---|---|
| 계 | 20 | 19 |
| 자치행정팀 | 11 | 10 |
| 총무팀 | 9 | 9 |

# Ⅱ. 2026년 주요업무계획

### 1. 주민자치회 역량강화 (자치행정팀)

- □ 추진계획

- ○ 사업기간 : 2026. 1.~12.
- ○ 사업비 : 312,000천원 (시비 120,000, 구비 192,000)
- ○ 추진일정
  - ’26. 3월 : 주민총회 개최 지원
"""


def test_a_report_converted_to_markdown() -> None:
    """"# Ⅰ. 일반현황", "- ○ 1과 2팀 …", a pipe table: the report's own headings, bullets
    and a table (nothing had been read: the headings were the contents', the tables
    text, the bullets under list marks); the facts under "□ 추진계획" are the project's
    (its cost and period had been lost)."""
    report = _text(MARKDOWN)
    assert [(s.unit, s.authorized, s.current) for s in report.staffing] == [
        ("계", 20, 19), ("자치행정팀", 11, 10), ("총무팀", 9, 9)]  # fmt: skip
    assert [o.name for o in report.organization if o.unit_type == "팀"] == ["자치행정팀", "총무팀"]
    (project,) = report.projects
    assert (project.title, project.cost_krw, str(project.period_start)) == (
        "주민자치회 역량강화", 312_000_000, "2026-01-01")  # fmt: skip
    assert [f.source for f in report.project_funding] == ["시비", "구비"]
    assert [s.task for s in report.schedules] == ["주민총회 개최 지원"]


def test_a_loan_under_a_bullet_makes_it_no_project() -> None:
    """"- 소상공인 경영안정자금 대출이자 일부 지원" over "· 융자규모 : 3,000억원": what is lent,
    no cost of a project of its own (it had been project 1-1 of 3,000억원)."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조 직 : 5과 20팀"), p("Ⅱ. 2026년 주요업무계획"),
        p("1. 소상공인 경영안정 지원 (소상공인과)"), p("○ 사업비 : 12,000백만원 (도 12,000)"),
        p("○ 추진내용"), p("- 소상공인 경영안정자금 대출이자 일부 지원"),
        p("· 융자규모 : 3,000억원(업체당 5천만원 이내)"),
    )  # fmt: skip
    assert [(u.project_id, u.cost_krw) for u in report.projects] == [("1", 12_000_000_000)]


@pytest.mark.parametrize(
    ("title", "role"),
    [("Ⅳ. 핵심 추진과제", "plans"), ("중점 추진과제", "plans"), ("역점추진 과제", None),
     ("정책목표와 핵심과제", "policy")],
)  # fmt: skip
def test_a_ministrys_chapter_of_core_tasks_is_its_plan(title: str, role: str | None) -> None:
    """A ministry's "Ⅳ. 핵심 추진과제" (its 과제 1-1, 1-2 …) is the plan (it had no role:
    no project was read); a chapter of tasks of emphasis, 역점추진 과제, still none."""
    assert top_role(title) == role


def test_a_ministrys_task_and_its_budget_in_a_note() -> None:
    """"1-1 청년 일자리 도약 지원 강화" over "※ 예산 1조 2,345억원(’25년 1조 1,200억원)": the
    task's cost, last year's in its bracket no share of it (no cost had been read)."""
    report = _hwpx(
        p("2026년 업무계획"), p("고용노동부"),
        p("Ⅰ. 2025년 주요 성과"), p("□ 청년 일자리 12.3만개 창출"),
        p("Ⅳ. 핵심 추진과제"), p("전략 1. 일할 기회 확대"), p("1-1 청년 일자리 도약 지원 강화"),
        p("※ 예산 1조 2,345억원(’25년 1조 1,200억원)"), p("□ (계획) 청년 구직단념 조기 발굴"),
        p("- 미취업 졸업생 정보연계 시스템 개통(’26.3월~)"),
    )  # fmt: skip
    task = next(u for u in report.projects if u.title == "청년 일자리 도약 지원 강화")
    assert (task.cost_label, task.cost_krw) == ("예산", 1_234_500_000_000)
    assert report.project_funding == []
