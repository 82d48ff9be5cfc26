"""Cross-checks: all pass on the sample; a copy with one number changed fails the right one.

Each case changes one figure of the sample on one line (line numbers of the
sample file) and names the check that must fail.  The converted value stays
as written in the document: wrong data is flagged, not corrected.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.checks.prose import check_change_rates, check_products, check_products_of
from extract.checks.summary import check_budget_summary
from extract.checks.tables import check_table_totals
from extract.pipeline import convert
from schemas import BudgetSummary, OutlineNode, Report, TableCellRecord, TableInfo


def test_every_check_passes_on_the_sample(sample_report: Report) -> None:
    failed = [c.detail for c in sample_report.validation if not c.passed]
    assert failed == []
    codes = {c.check.split(".")[0] for c in sample_report.validation}
    assert codes == {
        "organization",
        "staffing",
        "budget_summary",
        "budget_items",
        "project_budgets",
        "audit_summary",
        "audit_findings",
    }


# (line, old, new, check that must fail)
MUTATIONS = [
    (3, "10팀", "11팀", "organization.counts"),
    (106, "54/52명", "55/52명", "staffing.headline.authorized"),
    (111, "정 원 54 23 19 12", "정 원 54 23 19 13", "staffing.total.authorized"),
    (123, "13,233", "13,234", "budget_summary.total.prev_budget"),
    (123, "△4,003", "△4,013", "budget_summary.change"),
    (127, "△1.9%", "△2.9%", "budget_summary.rate"),
    (1140, "9,230,143", "9,330,143", "budget_summary.vs_appendix"),
    (1150, "157,280 157,280", "157,281 157,280", "budget_items.division_sum.budget"),
    (1154, "- 7,903", "- 7,913", "budget_items.division_sum.budget_current"),
    (1158, "2,189,789 2,189,789", "2,189,780 2,189,789", "budget_items.bureau_sum.budget"),
    (1188, "247,503천원", "247,500천원", "budget_items.note_carryover"),
    (1188, "(12,099,481천원)", "(12,099,418천원)", "budget_items.note_vs_table.budget"),
    (341, "38,280", "38,281", "project_budgets.quarters"),
    (980, "20,000 40,000 40,000 23,500", "20,000 40,000 40,000 23,600", "project_budgets.quarters"),
    (436, "200,000천원", "210,000천원", "project_budgets.carryover"),
    (1206, "총 51 건", "총 52 건", "audit_summary.headline"),
    (1218, "6 1 5 - -", "6 1 4 - -", "audit_summary.row"),
    (1218, "6 1 5 - -", "7 1 6 - -", "audit_findings.count.in_progress"),
    (1306, "추진상황: 추진 중", "추진상황: 추진완료", "audit_findings.count.completed"),
]


def _mutate(text: str, line: int, old: str, new: str) -> str:
    lines = text.split("\n")
    assert old in lines[line - 1], f"line {line} does not contain {old!r}: {lines[line - 1]!r}"
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    return "\n".join(lines)


@pytest.mark.parametrize(("line", "old", "new", "check"), MUTATIONS)
def test_a_wrong_number_fails_the_right_check(
    tmp_path: Path, sample_text: str, line: int, old: str, new: str, check: str
) -> None:
    path = tmp_path / "mutated.txt"
    path.write_text(_mutate(sample_text, line, old, new), encoding="utf-8")
    report = convert(path)
    failed = [c for c in report.validation if not c.passed]
    assert check in {c.check for c in failed}, [c.detail for c in failed]
    hit = next(c for c in failed if c.check == check)
    spans = [tuple(map(int, s.split("-"))) if "-" in s else (int(s), int(s)) for s in hit.lines]
    assert any(a <= line <= b for a, b in spans), hit.detail
    assert re.search(r"\(lines [\d, -]+\)$", hit.detail), hit.detail


def test_project_budget_against_appendix(tmp_path: Path, sample_text: str) -> None:
    # the card's amount and one quarter changed together: the quarters still add up,
    # but the card no longer agrees with its appendix item (157,280 in 붙임 1)
    text = _mutate(_mutate(sample_text, 340, "157,280", "157,290"), 341, "38,280", "38,290")
    path = tmp_path / "mutated.txt"
    path.write_text(text, encoding="utf-8")
    report = convert(path)
    failed = {c.check: c for c in report.validation if not c.passed}
    assert set(failed) == {"project_budgets.vs_appendix"}
    assert "157,290천원" in failed["project_budgets.vs_appendix"].detail
    assert "157,280천원" in failed["project_budgets.vs_appendix"].detail
    budget = next(b for b in report.project_budgets if b.project_id == "1-1")
    assert budget.amount_krw == 157_290_000  # converted as written


def test_wrong_data_is_kept_as_written(tmp_path: Path, sample_text: str) -> None:
    path = tmp_path / "mutated.txt"
    path.write_text(_mutate(sample_text, 111, "54 23 19 12", "54 23 19 13"), encoding="utf-8")
    report = convert(path)
    row = next(s for s in report.staffing if s.unit == "갈등조정담당관")
    assert row.authorized == 13


# --- the totals of any table -------------------------------------------------------------


def _table_report(rows: list[list[str]], heads: list[str] | None = None) -> Report:
    """A report holding one table: a header row, then body rows labelled in column 0;
    ``heads`` overrides the column header paths (a total column under a group)."""
    heads = heads or rows[0][1:]
    cells = []
    for r, row in enumerate(rows):
        for k, text in enumerate(row):
            line = 100 + r
            cells.append(TableCellRecord.model_construct(
                table_id=1, row=r, col=k, row_span=1, col_span=1, is_header=r == 0 or k == 0,
                row_header="" if r == 0 or k == 0 else row[0],
                col_header="" if r == 0 or k == 0 else heads[k - 1], raw=text, value=None,
                value_kind="text", value_krw=None, unit=None, date_start=None, date_end=None,
                line_start=line, line_end=line, page_start=1, page_end=1,
            ))  # fmt: skip
    info = TableInfo.model_construct(
        table_id=1, node=None, caption=None, unit_raw=None, currency_unit=None, count_unit=None,
        as_of=None, header_rows=1, row_header_cols=1, n_rows=len(rows), n_cols=len(rows[0]),
        inferred=False, line_start=100, line_end=100 + len(rows) - 1,
    )  # fmt: skip
    return Report.model_construct(
        tables=[info], table_cells=cells, budget_lines=[], staffing=[], budget_summary=[],
        budget_items=[], audit_summary=[], project_budgets=[],
    )  # fmt: skip


#: (rows, column header paths, the checks that fail; None: nothing is checked), after
#: 저상버스 도입 현황 of a 교통혁신국 plan (마을버스's 계 printed 27 for 37)
TOTALS = [
    ([["연도", "계", "’24", "’25"], ["합 계", "569", "331", "238"],
      ["시내버스", "535", "308", "227"], ["마을버스", "24", "23", "11"]], None,
     ["tables.column_total", "tables.row_total"]),
    ([["연도", "계", "’24", "’25"], ["합 계", "569", "331", "238"],
      ["시내버스", "535", "308", "227"], ["마을버스", "34", "23", "11"]], None, []),
    # a dash is none; figures with decimals may each be rounded (10.12 printed 10.1)
    ([["구분", "계", "국비", "시비"], ["계", "10.1", "3.35", "6.77"], ["A", "10.1", "3.35", "6.77"],
      ["B", "-", "-", "-"]], None, []),
    # negative figures (△)
    ([["구분", "금액"], ["합계", "7"], ["A", "△5"], ["B", "12"]], None, []),
    ([["구분", "금액"], ["합계", "17"], ["A", "△5"], ["B", "12"]], None, ["tables.row_total"]),
    # rates are not added up, nor a table printed as panels side by side
    ([["구분", "비율(%)"], ["계", "100"], ["A", "40"], ["B", "50"]], None, None),
    ([["구분", "정원", "구분", "정원"], ["계", "9", "A", "1"], ["B", "2", "C", "3"]],
     ["정원", "구분", "정원"], None),
    # a 계 column under a group adds up its siblings only
    ([["구분", "예산 / 계", "예산 / 국비", "예산 / 시비", "비고"], ["A", "10", "4", "6", "3"]],
     ["예산 / 계", "예산 / 국비", "예산 / 시비", "비고"], []),
    # a rate named after a column beside the 계 is its share of it (환경물정책실 p7: 소하천
    # 개수율 52.25% for 74.12 / 141.81 = 52.27%); the rate is no part of the 계
    ([["구분", "개수현황 / 계", "개수현황 / 개수", "개수현황 / 미개수", "개수현황 / 개수율"],
      ["소하천", "141.81", "74.12", "67.69", "52.25%"]],
     ["개수현황 / 계", "개수현황 / 개수", "개수현황 / 미개수", "개수현황 / 개수율"],
     ["tables.rate"]),
    ([["구분", "개수현황 / 계", "개수현황 / 개수", "개수현황 / 미개수", "개수현황 / 개수율"],
      ["계", "626.27", "400.35", "225.92", "63.93%"]],
     ["개수현황 / 계", "개수현황 / 개수", "개수현황 / 미개수", "개수현황 / 개수율"], []),
    # not added up: a row of averages or rates under the total, an average column, a count
    # beside amounts, a top 계 beside groups it may count too, parts that hold their own
    # subtotals (a nesting the table does not draw)
    ([["구분", "금액"], ["계", "30"], ["A", "10"], ["B", "20"], ["평균", "15"]], None, None),
    ([["구분", "평균연령"], ["계", "40"], ["A", "30"], ["B", "50"]], None, None),
    ([["구분", "사업수", "계", "국비", "시비"], ["A", "3", "100", "40", "60"]], None, None),
    ([["구분", "계", "국비", "지방비 / 시비", "지방비 / 구비"], ["A", "100", "40", "30", "30"]],
     ["계", "국비", "지방비 / 시비", "지방비 / 구비"], None),
    ([["구분", "정원"], ["계", "30"], ["본청", "10"], ["a", "4"], ["b", "6"], ["사업소", "20"],
      ["c", "15"], ["d", "5"]], None, None),
    # 증감률 beside 증감 is a change on last year, not a share of the 계
    ([["구분", "’25 / 계", "’25 / 국비", "’25 / 시비", "’25 / 증감", "’25 / 증감률"],
      ["A", "10", "4", "6", "2", "25.0"]],
     ["’25 / 계", "’25 / 국비", "’25 / 시비", "’25 / 증감", "’25 / 증감률"], []),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "heads", "failing"), TOTALS)
def test_table_totals(
    rows: list[list[str]], heads: list[str] | None, failing: list[str] | None
) -> None:
    checks = list(check_table_totals(_table_report(rows, heads)))
    if failing is None:
        assert checks == []
    else:
        assert checks, "nothing was checked"
        assert sorted(c.check for c in checks if not c.passed) == sorted(failing)


# --- arithmetic written out in the text ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        # 국립국어원 plan p28: 2 x 3.5 is 7, not 70
        ("- 학예(연구)보조 공무직 2명*3.5백만원 = 70백만원", False),
        ("- 학예(연구)보조 공무직 2명*3.5백만원 = 7백만원", True),
        ("검증(20만원×3,000명 = 6억원)", True),
        ("3명 × 12개월 × 2.5백만원 = 90백만원", True),
        ("1,000원 x 30명 = 30,000원", True),
        ("1,000원 x 30명 = 3만원", True),
        ("1,000원 x 30명 = 3만 명", None),  # a count that comes out as money: not checked
        ("검증(20만원×3,000명)", None),  # no result written
        # a result rounded to its last digit (460.8백만원; 75,276천원)
        ("3명*12.8백만원*12개월 = 461백만원", True),
        ("3명 × 2,091천원 × 12개월 = 75백만원", True),
        ("3명 × 2,091천원 × 12개월 = 76백만원", False),
        ("1/2 × 20만원 = 10만원", None),  # a fraction before it: not read
        ("1일 3천명 × 300일 = 90만명", None),  # a count scaled by its word: not read
    ],
)  # fmt: skip
def test_products_written_out(text: str, passed: bool | None) -> None:
    node = OutlineNode.model_construct(
        node=1, parent=None, level=1, kind="bullet", marker="-", number=None, title=text,
        text=text, role=None, line_start=7, line_end=7,
    )  # fmt: skip
    checks = list(check_products(Report.model_construct(outline=[node])))
    assert [c.passed for c in checks] == ([] if passed is None else [passed])
    assert all(c.lines == ["7"] for c in checks)


def test_a_product_in_a_table_cell_is_checked_too() -> None:
    """A budget appendix's 산출기초 cell: "보도 정비 : 30,000천원 × 40개소 = 1,250,000천원"
    multiplies to 1,200,000천원 (cells had not been read for products)."""
    cell = TableCellRecord.model_construct(
        table_id=1, row=3, col=2, raw="○ 보도 정비 : 30,000천원 × 40개소 = 1,250,000천원",
        line_start=187, line_end=187,
    )  # fmt: skip
    checks = list(check_products(Report.model_construct(outline=[], table_cells=[cell])))
    assert [(c.passed, c.actual, c.lines) for c in checks] == [(False, "1,200,000천원", ["187"])]


def _node(no: int, text: str, parent: int | None) -> OutlineNode:
    return OutlineNode.model_construct(
        node=no, parent=parent, level=1 if parent is None else 2, kind="bullet", marker="-",
        number=None, title=text, text=text, role=None, line_start=no, line_end=no,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("amount", "product", "passed"),
    [
        # 국립국어원 plan p28: 3 x 12.8 x 12 is 460.8, not 100
        ("ㅇ 공무직 인건비 : 100백만원", "- 학예보조 공무직 3명*12.8백만원*12개월", False),
        ("ㅇ 공무직 인건비 : 460.8백만원", "- 학예보조 공무직 3명*12.8백만원*12개월", True),
        ("ㅇ 공무직 인건비 : 100백만원", "- 공무직 채용 계획", None),  # no product
        ("ㅇ 공무직 인건비", "- 학예보조 공무직 3명*12.8백만원*12개월", None),  # no amount
        ("ㅇ 공무직 인건비 : 461백만원", "- 학예보조 공무직 3명*12.8백만원*12개월", True),
        # another product before it: the line adds up parts, not checked
        ("ㅇ 인건비 : 108백만원", "- 3명×2백만원×12개월 + 1명×3백만원×12개월", None),
    ],
)  # fmt: skip
def test_a_line_that_multiplies_out_the_amount_above(
    amount: str, product: str, passed: bool | None
) -> None:
    outline = [_node(1, amount, None), _node(2, product, 1)]
    checks = list(check_products_of(Report.model_construct(outline=outline)))
    assert [c.passed for c in checks] == ([] if passed is None else [passed])
    # with a second line under the amount, the product is only a part of it
    outline.append(_node(3, "- 기타 운영비 10백만원", 1))
    assert list(check_products_of(Report.model_construct(outline=outline))) == []


def _noted_table(total: str, unit: str | None, note: str, gap: int = 1) -> Report:
    """A table of one row ('계 | 승용차' over '1,559,310 | 1,327,272', lines 57-58), and a
    note ``gap`` lines below it."""
    heads, values = ["계", "승용차"], [total, "1,327,272"]
    cells = [
        TableCellRecord.model_construct(
            table_id=1, row=r, col=k, row_span=1, col_span=1, is_header=r == 0,
            row_header="", col_header="" if r == 0 else heads[k],
            raw=heads[k] if r == 0 else values[k],
            value=None if r == 0 else float(values[k].replace(",", "")),
            value_kind="text" if r == 0 else "count", value_krw=None,
            unit=None if r == 0 else unit, date_start=None, date_end=None,
            line_start=57 + r, line_end=57 + r, page_start=6, page_end=6,
        )
        for r in (0, 1) for k in (0, 1)
    ]  # fmt: skip
    info = TableInfo.model_construct(
        table_id=1, node=None, caption=None, unit_raw="(단위: 대)", currency_unit=None,
        count_unit=unit, as_of=None, header_rows=1, row_header_cols=0, n_rows=2, n_cols=2,
        inferred=False, line_start=57, line_end=58,
    )  # fmt: skip
    node = OutlineNode.model_construct(
        node=1, parent=None, level=1, kind="note", marker="*", number=None, title=note,
        text=note, role=None, line_start=58 + gap, line_end=58 + gap,
    )  # fmt: skip
    return Report.model_construct(tables=[info], table_cells=cells, outline=[node])


@pytest.mark.parametrize(
    ("total", "unit", "note", "gap", "passed"),
    [
        # 교통혁신국 p6: 1,527,748 -> 1,559,310 is 2.07%, printed 1.02% (the ratio 1.02)
        ("1,559,310", "대", "2023년도 1,527,748대 대비 1.02% 증가", 1, False),
        ("1,559,310", "대", "2023년도 1,527,748대 대비 2.07% 증가", 1, True),
        ("1,559,310", "대", "2023년도 1,527,748대 대비 2.1% 증가", 1, True),
        ("1,496,186", "대", "2023년도 1,527,748대 대비 2.07% 감소", 1, True),
        ("1,559,310", "대", "2023년도 1,527,748대 대비 2.07% 감소", 1, False),
        ("1,559,310", "명", "2023년도 1,527,748대 대비 1.02% 증가", 1, None),  # another unit
        ("1,559,310", "대", "2023년도 15,277대 대비 1.02% 증가", 1, None),  # another scale
        ("1,559,310", "대", "2023년도 1,527,748대 대비 1.02% 증가", 4, None),  # far below
        ("1,559,310", "대", "전년 대비 소폭 증가", 1, None),  # no figures
    ],
)  # fmt: skip
def test_a_change_noted_under_a_table(
    total: str, unit: str | None, note: str, gap: int, passed: bool | None
) -> None:
    checks = list(check_change_rates(_noted_table(total, unit, note, gap)))
    assert [c.passed for c in checks] == ([] if passed is None else [passed])


# --- figures rounded into a large unit --------------------------------------------------


def _summary(unit: str, rows: list[tuple[str, bool, int, int, int]]) -> Report:
    """A budget summary read from lines alone (no table): (name, total, prev, now, change)."""
    mult = {"억원": 100_000_000, "천원": 1_000}[unit]
    recs = [
        BudgetSummary.model_construct(
            seq=i, unit=name, is_total=total, currency_unit=unit, prev_year=2025,
            prev_budget_krw=prev * mult, year=2026, budget_krw=now * mult,
            change_krw=change * mult, change_pct=None, raw=name, line_start=i, line_end=i,
        )
        for i, (name, total, prev, now, change) in enumerate(rows, start=1)
    ]  # fmt: skip
    return Report.model_construct(budget_summary=recs, tables=[], table_cells=[])


@pytest.mark.parametrize(
    ("unit", "total", "part", "passed"),
    [
        # 억원 figures rounded from 백만원 (고용노동부 2026: 66,657 over 59,082 + 7,576)
        ("억원", 66_657, 59_082, True),
        ("억원", 66_657, 59_083, False),  # two places off: no rounding explains it
        ("천원", 66_657, 59_082, False),  # 천원 figures are the budget's own: exact
    ],
)
def test_rounded_figures_add_up_within_their_rounding(
    unit: str, total: int, part: int, passed: bool
) -> None:
    report = _summary(unit, [("계", True, 10, total, 0), ("일반회계", False, 5, part, 0),
                             ("특별회계", False, 5, 7_576, 0)])  # fmt: skip
    checks = check_budget_summary(report)
    check = next(c for c in checks if c.check == "budget_summary.total.budget")
    assert check.passed is passed
    assert ("rounding" in check.detail) is passed


def test_figures_with_a_decimal_are_rounded_to_their_decimal() -> None:
    """58.9억 over 12.3억 + 45.6억 (57.9억): a whole 억 off where figures show tenths."""
    rows = [("계", True, 1, 589, 0), ("일반", False, 1, 123, 0), ("특별", False, 1, 456, 0)]
    report = _summary("억원", rows)
    for r in report.budget_summary:  # the figures in tenths of 억: 58.9, 12.3, 45.6
        r.budget_krw = (r.budget_krw or 0) // 10
    checks = check_budget_summary(report)
    check = next(c for c in checks if c.check == "budget_summary.total.budget")
    assert not check.passed


@pytest.mark.parametrize(
    ("unit", "change", "passed"),
    [("억원", 7_612, True), ("억원", 7_611, False), ("천원", 7_612, False)],
)
def test_a_rounded_change_may_miss_the_difference_by_one_place(
    unit: str, change: int, passed: bool
) -> None:
    """59,082 - 51,469 is 7,613; the report prints 7,612 (each figure rounded to 억원)."""
    report = _summary(unit, [("일반회계", False, 51_469, 59_082, change)])
    check = next(c for c in check_budget_summary(report) if c.check == "budget_summary.change")
    assert check.passed is passed
