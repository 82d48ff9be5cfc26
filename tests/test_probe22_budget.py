"""Budget tables of the probe-22 reports: a 세부사업 appendix with a 소계 row per
programme (HWPX), a summary grouped by account and by division (PDF), a heading that
names its account in brackets, and a 세입 / 세출 summary whose 세출 rows are divisions
(text export).  What each must give is worked out from the rows written here."""

from __future__ import annotations

from extract.checks.template import check_budget_items
from schemas import BudgetItem, Report
from tests.hwpx_maker import Raw, cell, p, tbl
from tests.test_other_reports import _hwpx, _text
from tests.test_probed import failed

#: a cell of a grid: its text, with the rows and columns it spans
Cell = tuple[str, int, int]


def _grid(rows: list[list[Cell | str]]) -> Raw:
    """A drawn table: each row's cells from the left, a cell (text, row span, col span)
    covering the places under and right of it, which later rows then skip."""
    covered: set[tuple[int, int]] = set()
    cells = []
    width = 0
    for r, row in enumerate(rows):
        c = 0
        for spec in row:
            while (r, c) in covered:
                c += 1
            text, rs, cs = (spec, 1, 1) if isinstance(spec, str) else spec
            cells.append(cell(r, c, *map(p, text.split("\n")), rs=rs, cs=cs))
            covered |= {(r + i, c + j) for i in range(rs) for j in range(cs)}
            c += cs
        width = max(width, c)
    return tbl(len(rows), width, cells)


# --- 1. a 세부사업 appendix with a 소계 row per programme --------------------------------

#: 정책사업 | 단위사업 | 세부사업 | two years | 증감 | 소관: each programme merged down over
#: its 소계 row (the 소계 across 단위사업 and 세부사업) and its 세부사업, the 총계 across
#: the three name columns
PROGRAMMES: list[list[Cell | str]] = [
    ["정책사업", "단위사업", "세부사업", "2025년", "2026년", "증    감", "소    관"],
    [("총    계", 1, 3), "1,500,000", "1,800,000", "300,000", ""],
    [("하천 정비", 3, 1), ("소    계", 1, 2), "1,000,000", "1,200,000", "200,000", ""],
    ["하천관리", "소하천 정비사업", "700,000", "800,000", "100,000", "치수과"],
    ["하천정비", "하천 준설", "300,000", "400,000", "100,000", "치수과"],
    [("도로 관리", 2, 1), ("소    계", 1, 2), "500,000", "600,000", "100,000", ""],
    ["도로유지", "도로 보수", "500,000", "600,000", "100,000", "도로과"],
]


def _appendix(rows: list[list[Cell | str]]) -> Report:
    return _hwpx(
        p("2026년 주요업무계획"), p("건설교통국"),
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 하천 정비"), p("○ 사업비 : 12억원"),
        p("붙임. 2026년 세부사업 예산"), p("(단위 : 천원)"), p(_grid(rows)),
    )  # fmt: skip


def test_a_programmes_subtotal_row_keeps_its_name_and_heads_its_items() -> None:
    """A 소계 row names its 정책사업 (merged down over it and its 세부사업), its 소관 cell
    empty: an item row of that name, of the one division its 세부사업 name, adding up
    into the 총계; each 세부사업 adds up into it (the 소계 rows had been divisions of no
    name, every 세부사업 set under the 총계, and the sums failed: "the division row says
    1,200,000천원, its items add up to 0천원", and 예산현액 "(none)" against 0천원)."""
    report = _appendix(PROGRAMMES)
    got = [(b.level, b.division, b.parent, b.item, b.budget_krw) for b in report.budget_items]
    assert got == [
        ("bureau", None, None, "총계", 1_800_000_000),
        ("item", "치수과", "총계", "하천 정비", 1_200_000_000),
        ("item", "치수과", "하천 정비", "소하천 정비사업", 800_000_000),
        ("item", "치수과", "하천 정비", "하천 준설", 400_000_000),
        ("item", "도로과", "총계", "도로 관리", 600_000_000),
        ("item", "도로과", "도로 관리", "도로 보수", 600_000_000),
    ]
    sums = [(c.check, c.expected) for c in report.validation if c.check.startswith("budget_items")]
    assert sums == [
        ("budget_items.division_sum.budget", "1,200,000천원"),
        ("budget_items.division_sum.budget", "600,000천원"),
        ("budget_items.bureau_sum.budget", "1,800,000천원"),
    ]
    assert not failed(report)


def test_a_programme_its_items_do_not_make_fails_against_them() -> None:
    """A programme's 소계 its 세부사업 do not add up to (1,250,000 against 800,000 +
    400,000) fails its own sum, and the 총계 then fails against the programmes."""
    rows = [list(r) for r in PROGRAMMES]
    rows[2][3] = "1,250,000"
    report = _appendix(rows)
    bad = [(c.check, c.expected, c.actual) for c in report.validation if not c.passed]
    assert bad == [
        ("budget_items.division_sum.budget", "1,250,000천원", "1,200,000천원"),
        ("budget_items.bureau_sum.budget", "1,800,000천원", "1,850,000천원"),
    ]


def _item(seq: int, level: str, item: str, parent: str | None, krw: int | None) -> BudgetItem:
    return BudgetItem(
        seq=seq, level=level, division=None if level == "bureau" else item, parent=parent,
        item=item, currency_unit="천원", budget_krw=krw, budget_current_krw=None, raw=item,
        line_start=seq, line_end=seq,
    )  # fmt: skip


def test_no_sum_of_nothing_and_none_of_a_column_no_row_prints() -> None:
    """A division row with no item under it has nothing to add up, and 예산현액, which no
    row prints, is no sum (each had failed: "its items add up to 0천원", "(none)" against
    0천원)."""
    items = [
        _item(1, "bureau", "총계", None, 1_000_000),
        _item(2, "division", "치수과", "총계", 1_000_000),
    ]
    checks = list(check_budget_items(Report.model_construct(budget_items=items, budget_notes=[])))
    assert [(c.check, c.passed) for c in checks] == [("budget_items.bureau_sum.budget", True)]


# --- 2. a budget table broken down by account and, again, by division ------------------

#: 합 계 over two groups merged down their rows, 회계별 and 부서별, each the whole again;
#: three years (its 예산현황 the last two, whose 증감 it gives; the 결산's amounts budget
#: lines, checked as such)
BREAKDOWNS: list[list[Cell | str]] = [
    [("구    분", 1, 2), "2024 결산", "2025 예산", "2026 예산(안)", "증감(’26-’25)"],
    [("합    계", 1, 2), "900", "1,000", "1,200", "200"],
    [("회계별", 2, 1), "일반회계", "650", "700", "800", "100"],
    ["기후대응기금", "250", "300", "400", "100"],
    [("부서별", 2, 1), "기후정책과", "500", "600", "700", "100"],
    ["환경정책과", "400", "400", "500", "100"],
]


def _general(rows: list[list[Cell | str]]) -> Report:
    return _hwpx(
        p("2026년 주요업무계획"), p("기후환경국"),
        p("Ⅰ. 일반현황"), p("1. 예    산"), p("(단위: 백만원)"), p(_grid(rows)),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 탄소중립 실천"), p("○ 사업비 : 10억원"),
    )  # fmt: skip


def _sums(report: Report, prefix: str) -> list[tuple[str, str, str, bool]]:
    return [
        (c.check, c.expected, c.actual, c.passed)
        for c in report.validation if c.check.startswith(prefix)
    ]  # fmt: skip


def test_each_breakdown_of_the_total_adds_up_to_it_on_its_own() -> None:
    """The rows under 회계별 add up to the 합계, and so do those under 부서별, each on its
    own: the accounts' sum and the divisions' sum pass in each year (the four rows had
    been summed as one set, 1,800 against 900, and failed): the 결산's as budget lines,
    the two years the summary compares as its totals."""
    report = _general(BREAKDOWNS)
    assert _sums(report, "budget_lines") == [
        ("budget_lines.accounts", "900백만원", "900백만원", True),
        ("budget_lines.units", "900백만원", "900백만원", True),
    ]
    totals = [(c[1], c[3]) for c in _sums(report, "budget_summary.total")]
    assert totals == [
        ("1,000백만원", True), ("1,200백만원", True), ("200백만원", True),  # (회계별)
        ("1,000백만원", True), ("1,200백만원", True), ("200백만원", True),  # (부서별)
    ]
    assert not failed(report)


def test_a_breakdown_that_misses_the_total_fails_alone() -> None:
    """A division's 2026 figure off by 50 fails the divisions' sum only (the accounts'
    holds), and its own 증감 (550 - 400 is 150, not the 100 printed)."""
    rows = [list(r) for r in BREAKDOWNS]
    rows[5][3] = "550"
    report = _general(rows)
    bad = [(c.check, c.expected, c.actual) for c in report.validation if not c.passed]
    assert bad == [
        ("budget_summary.total.budget", "1,200백만원", "1,250백만원"),
        ("budget_summary.change", "150백만원", "100백만원"),
    ]


def test_the_total_of_the_bureaus_table_is_its_total_its_accounts_the_bureaus() -> None:
    """The 합계 row is 계 (the documented unit of a total of the report's own body), each
    row by account the bureau's in that account, each row by division that division's."""
    report = _general(BREAKDOWNS)
    got = [(b.unit, b.is_total, b.account, b.amount_krw) for b in report.budget_lines
           if b.year == 2026]  # fmt: skip
    assert got == [
        ("계", True, None, 1_200_000_000),
        ("기후환경국", False, "일반회계", 800_000_000),
        ("기후환경국", False, "기후대응기금", 400_000_000),
        ("기후정책과", False, None, 700_000_000),
        ("환경정책과", False, None, 500_000_000),
    ]


def test_each_breakdown_of_a_two_year_summary_adds_up_on_its_own() -> None:
    """The same grouping in 예산현황 of two years with its 증감: each group against the
    합계 in each column (the four rows had been added up as one set)."""
    rows: list[list[Cell | str]] = [
        [("구    분", 1, 2), "2025년", "2026년", "증 감"],
        [("합    계", 1, 2), "1,000", "1,200", "200"],
        [("회계별", 2, 1), "일반회계", "700", "800", "100"],
        ["기후대응기금", "300", "400", "100"],
        [("부서별", 2, 1), "기후정책과", "600", "700", "100"],
        ["환경정책과", "400", "500", "100"],
    ]
    report = _general(rows)
    assert _sums(report, "budget_summary.total") == [
        ("budget_summary.total.prev_budget", "1,000백만원", "1,000백만원", True),
        ("budget_summary.total.budget", "1,200백만원", "1,200백만원", True),
        ("budget_summary.total.change", "200백만원", "200백만원", True),
        ("budget_summary.total.prev_budget", "1,000백만원", "1,000백만원", True),
        ("budget_summary.total.budget", "1,200백만원", "1,200백만원", True),
        ("budget_summary.total.change", "200백만원", "200백만원", True),
    ]
    assert not failed(report)


# --- 3. a heading that names its table's account in brackets ------------------------------

#: 계 over two divisions, two years and their 증감 (the 예산현황 of the general section)
BY_DIVISION = [
    ["구    분", "2025년 예산", "2026년 예산", "증    감"],
    ["계", "3,000", "3,500", "500"],
    ["도시계획과", "1,000", "1,500", "500"],
    ["주택과", "2,000", "2,000", "-"],
]


def _headed(heading: str) -> Report:
    return _hwpx(
        p("2026년 주요업무계획"), p("도시주택국"),
        p("Ⅰ. 일반현황"), p("□ 조    직 : 1국 2과"), p(heading), p("(단위 : 천원)"),
        p(_grid([list(r) for r in BY_DIVISION])),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("□ 도시공간 조성"), p("ㅇ 사업비 : 10억원"),
    )  # fmt: skip


def test_a_heading_names_the_account_in_its_brackets() -> None:
    """"□ 세출예산 (일반회계)" over the table: every amount of it is of 일반회계 (the
    bracket had been set aside as a note, and the account left empty)."""
    report = _headed("□ 세출예산 (일반회계)")
    got = {(b.unit, b.account, b.side) for b in report.budget_lines}
    assert got == {
        ("계", "일반회계", "expenditure"),
        ("도시계획과", "일반회계", "expenditure"),
        ("주택과", "일반회계", "expenditure"),
    }
    assert len(report.budget_lines) == 6


def test_a_bracket_that_is_a_note_names_no_account() -> None:
    """"(특별회계 포함)" says what the figures include, not the one account they are of."""
    report = _headed("□ 세출예산 (특별회계 포함)")
    assert {b.account for b in report.budget_lines} == {None}


# --- 4. a text export's 세입 by source over 세출 by division ------------------------------

SIDES = """2026년 주요업무계획
새 벌 군 보 건 소

 I. 일반현황

  1. 예산

   o 2026년 세입ㆍ세출 예산(일반회계, 당초예산 기준)
                                                            (단위: 천원)
    구     분                     2025년         2026년         증  감
    세  입    계               1,000,000      1,100,000        100,000
              국  비             600,000        650,000         50,000
              도  비             400,000        450,000         50,000
    세  출    계               2,000,000      2,300,000        300,000
              보건행정과       1,200,000      1,400,000        200,000
              건강증진과         800,000        900,000        100,000

 II. 2026년 주요업무계획

  1. 감염병 예방관리
   o 사업비 : 100,000천원
"""


#: the report's body, as its cover names it
BODY = "새벌군보건소"


def test_the_divisions_of_one_side_are_its_rows_units() -> None:
    """세출 by 과 under 세입 by source: each 세출 row's unit is its 과 (the table, not by
    unit as a whole, had given every row the body, the cover's 새벌군보건소, and no item:
    the 과 names lost); the 세입 rows stay the body's, each source its item, and each
    side's 계 is 계 (the side's whole, as the wide view of the table has it)."""
    report = _text(SIDES)
    got = [(b.unit, b.side, b.item, b.amount_krw) for b in report.budget_lines if b.year == 2026]
    assert got == [
        ("계", "revenue", None, 1_100_000_000),
        (BODY, "revenue", "국비", 650_000_000),
        (BODY, "revenue", "도비", 450_000_000),
        ("계", "expenditure", None, 2_300_000_000),
        ("보건행정과", "expenditure", None, 1_400_000_000),
        ("건강증진과", "expenditure", None, 900_000_000),
    ]
