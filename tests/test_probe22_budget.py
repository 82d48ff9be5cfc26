"""Budget tables of the probe-22 reports: a 세부사업 appendix with a 소계 row per
programme (HWPX), a summary grouped by account and by division (PDF), a heading that
names its account in brackets, and a 세입 / 세출 summary whose 세출 rows are divisions
(text export).  What each must give is worked out from the rows written here."""

from __future__ import annotations

from extract.checks.template import check_budget_items
from schemas import BudgetItem, Report
from tests.hwpx_maker import Raw, cell, p, tbl
from tests.test_other_reports import _hwpx
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
