"""Budget lines, prose totals and the budget checks, one form at a time.

Each case is a short report written by hand in the style of one form seen in
real reports (a table by division written across, divisions as rows with two
years, accounts indented under 특별회계, funds, categories behind bullets, two
구분 | 예산액 pairs side by side, the city's budget in a bureau's report) -
never a copy of one.  The tables are drawn as ruled grids (as a PDF or HWP
reader gives them), with each row also written as a line of text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

from extract.cover import cover_body
from extract.document import Cell, Document, Grid, Line
from extract.parse import budget_words
from extract.parse.budget_prose import line_totals, side_of
from extract.parse.budget_scope import other_body
from extract.parse.budget_summary import _subtotals
from extract.parse.budget_sums import summed_rows
from extract.parse.budget_table import GridCell, read_rows
from extract.parse.budget_words import (
    amount,
    clean_label,
    is_difference_or_rate,
    is_unit_name,
    unit_axis,
)
from extract.pipeline import check, parse_document
from schemas import BudgetLine, Report
from tests.regex_agree import assert_same_matches


@dataclass
class T:
    """A ruled table: rows of cell texts (None where a merged cell covers) and spans."""

    rows: list[list[str | None]]
    spans: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)


def document(*parts: str | T) -> Document:
    """A report from lines of text and tables; each table row is also a line."""
    lines: list[Line] = []
    grids: list[Grid] = []
    for part in parts:
        if isinstance(part, str):
            lines.append(Line(len(lines) + 1, part, part, 1))
            continue
        cells: list[Cell] = []
        for r, row in enumerate(part.rows):
            no = len(lines) + 1
            texts = [t for t in row if t]
            lines.append(Line(no, " ".join(texts), " ".join(texts), 1))
            for c, text in enumerate(row):
                if text is None:
                    continue
                rs, cs = part.spans.get((r, c), (1, 1))
                cells.append(Cell(r, c, rs, cs, (text,) if text else (), (no,), 1))
        grids.append(Grid(cells, len(part.rows), len(part.rows[0]), page_start=1, page_end=1))
    return Document("budget.pdf", lines, format="pdf", pages=1, tables=grids)


COVER = ("2031년 주요업무계획", "미 래 도 시 국")


def report(*parts: str | T) -> Report:
    return check(parse_document(document(*COVER, "Ⅰ. 일반현황", *parts), "t"))


def lines_of(
    rep: Report,
) -> list[tuple[str, bool, str | None, str | None, str | None, int | None, int | None]]:
    return [
        (b.unit, b.is_total, b.account, b.side, b.item, b.year, b.amount_krw)
        for b in rep.budget_lines
    ]


def budget_checks(rep: Report) -> dict[str, list[bool]]:
    out: dict[str, list[bool]] = {}
    for c in rep.validation:
        if c.check.startswith(("budget_lines", "budget_summary")):
            out.setdefault(c.check, []).append(c.passed)
    return out


def failed(rep: Report) -> list[str]:
    return [c.detail for c in rep.validation if not c.passed and c.check.startswith("budget")]


M = 1_000_000  # 백만원
E = 100_000_000  # 억원

# --- divisions written across, 세입 and 세출 as rows --------------------------------------


def across(revenue: str = "1,230") -> Report:
    return report(
        "2. 예산",
        "ㅇ 일반회계 : 세입 12억원, 세출 35억원",
        "(단위: 백만원)",
        T([
            ["구 분", "계", "도시정책과", "도시재생과", "건 축 과"],
            ["세 입", revenue, "1,000", "230", "-"],
            ["세 출", "3,540", "2,000", "1,040", "500"],
        ]),
    )  # fmt: skip


def test_divisions_across_with_revenue_and_expenditure_rows() -> None:
    rep = across()
    assert lines_of(rep) == [
        ("계", True, "일반회계", "revenue", None, 2031, 1230 * M),
        ("도시정책과", False, "일반회계", "revenue", None, 2031, 1000 * M),
        ("도시재생과", False, "일반회계", "revenue", None, 2031, 230 * M),
        ("건축과", False, "일반회계", "revenue", None, 2031, 0),
        ("계", True, "일반회계", "expenditure", None, 2031, 3540 * M),
        ("도시정책과", False, "일반회계", "expenditure", None, 2031, 2000 * M),
        ("도시재생과", False, "일반회계", "expenditure", None, 2031, 1040 * M),
        ("건축과", False, "일반회계", "expenditure", None, 2031, 500 * M),
    ]
    assert all(b.currency_unit == "백만원" and b.table_id == 1 for b in rep.budget_lines)
    assert rep.budget_summary == []  # not the template's 예산현황
    stated = {(t.key, t.value) for t in rep.stated_totals}
    assert stated == {
        ("budget.revenue.일반회계", 12 * E),
        ("budget.expenditure.일반회계", 35 * E),
    }
    # 1,230 백만원 is written 12억원 (cut), 3,540 백만원 35억원
    assert budget_checks(rep) == {
        "budget_lines.units": [True, True],
        "budget_lines.stated": [True, True],
    }


def test_a_division_column_that_does_not_add_up_fails() -> None:
    rep = across(revenue="1,330")
    bad = failed(rep)
    assert any("1,330백만원" in d and "1,230백만원" in d for d in bad), bad
    # and the prose's 12억원 is no longer the table's 1,330 백만원 (13억원)
    assert any("세입 12억원: the table says 1,330백만원" in d for d in bad), bad


# --- divisions as rows, this year first, 증감 and 증감률 ---------------------------------------


def test_divisions_as_rows_with_two_years_and_their_change() -> None:
    rep = report(
        "3. 예 산",
        "(단위 : 백만원)",
        T([
            ["구 분", "2031년", "2030년", "증 감", "증감률"],
            ["계", "2,500", "2,000", "500", "25.0%"],
            ["교통기획과", "1,500", "1,250", "250", "20.0%"],
            ["교통운영과", "1,000", "750", "250", "33.3%"],
        ]),
    )  # fmt: skip
    assert lines_of(rep) == [
        ("계", True, None, None, None, 2031, 2500 * M),
        ("계", True, None, None, None, 2030, 2000 * M),
        ("교통기획과", False, None, None, None, 2031, 1500 * M),
        ("교통기획과", False, None, None, None, 2030, 1250 * M),
        ("교통운영과", False, None, None, None, 2031, 1000 * M),
        ("교통운영과", False, None, None, None, 2030, 750 * M),
    ]
    assert [b.label for b in rep.budget_lines[:2]] == ["2031년", "2030년"]
    # the wide view: last year first, whatever the column order
    summary = [
        (s.unit, s.prev_year, s.prev_budget_krw, s.year, s.budget_krw) for s in rep.budget_summary
    ]
    assert summary[0] == ("계", 2030, 2000 * M, 2031, 2500 * M)
    assert failed(rep) == []
    assert "budget_summary.total.budget" in budget_checks(rep)
    assert "budget_lines.units" not in budget_checks(rep)  # checked once, as the summary


def test_this_year_against_last_years_two_footings() -> None:
    """기획조정실 p4: this year's 당초예산, its 증감률 against last year's 당초 and 최종,
    then last year's 당초 and 최종; no 증감 column.  The wide view sets this year against
    last year's 당초 (one footing), with the rate against it; the rates are checked
    within what amounts rounded to 억원 leave open (7 → 7억원 may be 2.5% more)."""
    rep = report(
        "3. 예산현황",
        "(단위 : 억원, %)",
        T(
            [
                ["구 분", "’31년 당초예산", None, None, "’30년 당초예산", "’30년 최종예산"],
                [None, "예 산 액", "증 감 률(%)", None, None, None],
                [None, None, "’30년 당초 대비", "’30년 최종 대비", None, None],
                ["합 계", "17,862", "4.2", "△3.1", "17,144", "18,437"],
                ["예산담당관", "17,855", "4.2", "△3.1", "17,137", "18,430"],
                ["재정협력담당관", "7", "2.5", "△1.5", "7", "7"],
            ],
            spans={(0, 0): (3, 1), (0, 1): (1, 3), (0, 4): (3, 1), (0, 5): (3, 1),
                   (1, 1): (2, 1), (1, 2): (1, 2)},
        ),
    )  # fmt: skip
    got = [(s.unit, s.prev_year, s.prev_budget_krw, s.year, s.budget_krw, s.change_krw,
            s.change_pct) for s in rep.budget_summary]  # fmt: skip
    assert got == [
        ("계", 2030, 17_144 * 10**8, 2031, 17_862 * 10**8, None, 4.2),
        ("예산담당관", 2030, 17_137 * 10**8, 2031, 17_855 * 10**8, None, 4.2),
        ("재정협력담당관", 2030, 7 * 10**8, 2031, 7 * 10**8, None, 2.5),
    ]
    checks = budget_checks(rep)
    assert checks["budget_summary.rate"] == [True, True, True]
    assert "budget_summary.change" not in checks  # (no 증감 printed: nothing to check)
    assert "budget_summary.total.change" not in checks


def test_the_wide_view_says_which_side_each_table_is() -> None:
    """nikl p35: "□ 세입예산" and "□ 세출예산", each a table of two years with its 계: the
    rows say which side they are of, so the two 계 are not one table's."""
    rep = report(
        "□ 예산",
        "□ 세입예산",
        "(단위: 백만원)",
        T([["구 분", "2030년", "2031년", "증 감", "증감률"],
           ["계", "1,125", "1,128", "3", "0.27"],
           ["토지대여료", "94", "97", "3", "3.19"],
           ["기타잡수입", "1,031", "1,031", "0", "0"]]),
        "□ 세출예산",
        "(단위: 백만원)",
        T([["구 분", "2030년", "2031년", "증 감", "증감률"],
           ["합 계", "22,565", "24,887", "2,322", "10.3"],
           ["사업비", "18,583", "20,639", "2,056", "11.06"],
           ["운영비", "3,982", "4,248", "266", "6.7"]]),
    )  # fmt: skip
    got = [(s.unit, s.side, s.is_total) for s in rep.budget_summary]
    assert got == [
        ("계", "revenue", True), ("토지대여료", "revenue", False),
        ("기타잡수입", "revenue", False), ("계", "expenditure", True),
        ("사업비", "expenditure", False), ("운영비", "expenditure", False),
    ]  # fmt: skip


# --- accounts indented under 특별회계 -------------------------------------------------------


def accounts(special: str = "3,000") -> Report:
    return report(
        "2. 예  산",
        "(기준 : ’31년 본예산 / 단위 : 억원)",
        T(
            [
                ["구 분", None, "2031년 예산", "2030년 예산"],
                ["총 계", None, "5,000", "4,600"],
                ["일 반 회 계", None, "2,000", "1,900"],
                ["특 별 회 계", None, special, "2,700"],
                ["", "상수도사업특별회계", "1,800", "1,500"],
                [None, "주 차 장 특 별 회 계", "1,200", "1,200"],
            ],
            {(0, 0): (1, 2), (1, 0): (1, 2), (2, 0): (1, 2), (3, 0): (1, 2), (4, 0): (2, 1)},
        ),
    )


def test_accounts_indented_under_special_accounts() -> None:
    rep = accounts()
    assert [(b.unit, b.is_total, b.account, b.year, b.amount_krw) for b in rep.budget_lines] == [
        ("계", True, None, 2031, 5000 * E),
        ("계", True, None, 2030, 4600 * E),
        ("미래도시국", False, "일반회계", 2031, 2000 * E),
        ("미래도시국", False, "일반회계", 2030, 1900 * E),
        ("미래도시국", True, "특별회계", 2031, 3000 * E),  # the sum of the two below
        ("미래도시국", True, "특별회계", 2030, 2700 * E),
        ("미래도시국", False, "상수도사업특별회계", 2031, 1800 * E),
        ("미래도시국", False, "상수도사업특별회계", 2030, 1500 * E),
        ("미래도시국", False, "주차장특별회계", 2031, 1200 * E),
        ("미래도시국", False, "주차장특별회계", 2030, 1200 * E),
    ]
    # 총계 = 일반 + 특별 and 특별 = its two accounts, for each year; nothing counted twice
    # (two years' budgets, no 증감 beside them: the summary's rows too, checked as such in
    # the lines' stead)
    assert budget_checks(rep) == {
        f"budget_summary.{level}.{field}": [True]
        for level in ("total", "subtotal") for field in ("budget", "prev_budget")
    }  # fmt: skip


@pytest.mark.parametrize("rates", [False, True])
def test_the_wide_view_marks_the_special_account_over_its_accounts_a_total(rates: bool) -> None:
    """budget_summary, as budget_lines: 특별회계 is the total of the accounts set under it,
    so the rows that are not totals add up to 총계, nothing counted twice (교통혁신국 p5).
    With a rate column the table is the template's, read line by line (by the sums); without,
    the grid's (by the rows set under 특별회계)."""
    rows = [
        ["구 분", None, "2031년", "2030년", "증 감", "증감률"],
        ["총 계", None, "5,000", "4,600", "400", "8.7%"],
        ["일 반 회 계", None, "2,000", "1,900", "100", "5.3%"],
        ["특 별 회 계", None, "3,000", "2,700", "300", "11.1%"],
        ["", "상수도사업특별회계", "1,800", "1,500", "300", "20.0%"],
        [None, "주 차 장 특 별 회 계", "1,200", "1,200", "0", "0.0%"],
    ]
    spans = {(0, 0): (1, 2), (1, 0): (1, 2), (2, 0): (1, 2), (3, 0): (1, 2), (4, 0): (2, 1)}
    rep = report("2. 예  산", "(단위 : 억원)", T([r if rates else r[:-1] for r in rows], spans))
    totals = [(s.unit, s.is_total) for s in rep.budget_summary]
    assert totals[1:] == [("일반회계", False), ("특별회계", True),
                          ("상수도사업특별회계", False), ("주차장특별회계", False)]  # fmt: skip
    assert totals[0][1]
    parts = [s.budget_krw or 0 for s in rep.budget_summary if not s.is_total]
    assert sum(parts) == 5000 * E


@pytest.mark.parametrize(
    ("amounts", "step", "subtotals"),
    [
        # 계 over two accounts, 특별회계 over the next three (교통혁신국 p5, in 억원)
        ([(8059, 10753), (4906, 7361), (3153, 3392), (759, 796), (92, 94), (2302, 2502)],
         1, {0, 2}),
        # a subtotal inside a subtotal counts once for its rows (nikl 사업비 / 국어진흥연구)
        ([(30, 33), (10, 11), (4, 5), (6, 6), (20, 22)], 1, {0, 1}),
        # off by one unit where the report rounded each part (moel 66,657 = 59,082 + 7,576)
        ([(57549, 66657), (51469, 59082), (6080, 7576)], 1, {0}),
        ([(57549, 66661), (51469, 59082), (6080, 7576)], 1, set()),
        # one row alone is no sum; rows that add up to nothing above them are no total
        ([(5, 5), (5, 5)], 1, set()), ([(1, 2), (3, 4), (5, 6)], 1, set()),
        # one unit of slack in all, not one a part; rows of nothing are no sums
        ([(3, 3), (1, 2), (1, 1)], 1, set()), ([(0, 0), (0, 0), (0, 0)], 1, set()),
    ],
)  # fmt: skip
def test_template_subtotals(
    amounts: list[tuple[int, int]], step: int, subtotals: set[int]
) -> None:
    assert _subtotals([(a, b) for a, b in amounts], step) == subtotals  # type: ignore[arg-type]


def test_a_special_account_that_is_not_the_sum_of_its_accounts_fails() -> None:
    rep = accounts(special="3,100")
    bad = failed(rep)
    assert len(bad) == 2, bad  # 총계 against 일반 + 특별, and 특별 against its accounts
    assert any("3,100억원" in d and "3,000억원" in d for d in bad)
    assert any("5,000억원" in d and "5,100억원" in d for d in bad)


@pytest.mark.parametrize(("water", "summed"), [("1,800", True), ("1,700", False)])
def test_accounts_whose_nesting_is_not_drawn_are_summed_where_the_figures_say_so(
    water: str, summed: bool
) -> None:
    """A text export loses the indentation: 특별회계 and its accounts look like siblings.
    Where its figures are theirs added up, in every column, it is their sum (기획조정실
    p6); where they are not, it is not marked as one."""
    rep = report(
        "2. 예 산",
        "(단위: 억원)",
        T([
            ["구 분", "2031년 예산", "2030년 예산"],
            ["총 계", "5,000", "4,600"],
            ["일반회계", "2,000", "1,900"],
            ["특별회계", "3,000", "2,700"],
            ["상수도사업특별회계", water, "1,500"],
            ["주차장특별회계", "1,200", "1,200"],
        ]),
    )  # fmt: skip
    assert len(rep.budget_lines) == 10
    flags = [b.is_total for b in rep.budget_lines]
    assert flags == [True] * 2 + [False] * 2 + [summed] * 2 + [False] * 4
    if summed:  # (no check of the lines; the summary's rows, two years' budgets, add up)
        checks = budget_checks(rep)
        assert all(k.startswith("budget_summary") and all(v) for k, v in checks.items())


# --- funds -----------------------------------------------------------------------------------


def funds(closing: str = "2,300") -> Report:
    return report(
        "ㅇ 기금현황",
        "(단위: 백만원)",
        T(
            [
                [
                    "기 금 명",
                    "2030년도말 조성액",
                    "2031년도 조성계획",
                    None,
                    None,
                    "2031년도말 조성액",
                ],
                [None, None, "수 입", "지 출", "증 감", None],
                ["녹 색 성 장 기 금 *", "2,000", "500", "200", "300", closing],
                ["도시재생기금", "800", "100", "150", "△50", "750"],
            ],
            {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 3), (0, 5): (2, 1)},
        ),
    )


def test_funds_balance_and_their_labels() -> None:
    rep = funds()
    got = [(b.account, b.side, b.label, b.year, b.amount_krw) for b in rep.budget_lines]
    assert got[:4] == [
        ("녹색성장기금", None, "2030년도말 조성액", 2030, 2000 * M),
        # (a label's letter-spacing undone: "수 입" is 수입)
        ("녹색성장기금", "revenue", "2031년도 조성계획 / 수입", 2031, 500 * M),
        ("녹색성장기금", "expenditure", "2031년도 조성계획 / 지출", 2031, 200 * M),
        ("녹색성장기금", None, "2031년도말 조성액", 2031, 2300 * M),
    ]
    assert len(got) == 8  # 증감 is not an amount of its own
    assert {b.unit for b in rep.budget_lines} == {"미래도시국"}  # the bureau's table
    assert budget_checks(rep) == {"budget_lines.fund_balance": [True, True]}


def test_a_fund_whose_year_end_balance_is_wrong_fails_with_both_numbers() -> None:
    (detail,) = failed(funds(closing="3,300"))
    assert "2,300백만원" in detail and "3,300백만원" in detail
    assert detail.startswith("녹색성장기금")


def test_a_fund_table_whose_total_is_in_the_header() -> None:
    rep = report(
        "ㅇ 기  금(3개) : 1,500억원 (단위 : 억원)",
        T(
            [
                ["구 분", "기 금 명", "2031년 운용규모", "소관부서"],
                [None, None, "1,500", None],
                ["법정기금 (2개)", "재난관리기금", "900", "안전정책과"],
                [None, "재해구호기금", "400", "복지정책과"],
                ["조례기금", "체육진흥기금", "200", "체육정책과"],
            ],
            {(0, 0): (2, 1), (0, 1): (2, 1), (0, 3): (2, 1), (2, 0): (2, 1)},
        ),
    )
    total = rep.budget_lines[0]
    assert (total.unit, total.is_total, total.account, total.label, total.amount_krw) == (
        "계", True, "기금", "2031년 운용규모", 1500 * E,
    )  # fmt: skip
    assert [b.account for b in rep.budget_lines[1:]] == [
        "재난관리기금",
        "재해구호기금",
        "체육진흥기금",
    ]
    assert ("budget.total.기금", 1500 * E) in {(t.key, t.value) for t in rep.stated_totals}
    assert failed(rep) == []
    assert budget_checks(rep)["budget_lines.accounts"] == [True]


# --- categories behind bullets ----------------------------------------------------------------


def test_categories_nested_by_their_bullets() -> None:
    rep = report(
        "Ⅱ-1. 세출예산",
        "(단위: 백만원)",
        T(
            [
                ["구 분", "2030년 (A)", "2031년 (B)", "증 감 (B-A)", ""],
                [None, None, None, None, "%"],
                ["합 계", "900", "1,000", "100", "11.1"],
                ["사 업 비", "600", "700", "100", "16.7"],
                ["□ 국어진흥", "400", "450", "50", "12.5"],
                ["- 국어연구", "250", "300", "50", "20"],
                ["- 국어교육", "150", "150", "-", "-"],
                ["□ 정보화", "200", "250", "50", "25"],
                ["운 영 비", "300", "300", "-", "-"],
                ["□ 인건비", "300", "300", "-", "-"],
            ],
            {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (2, 1)},
        ),
    )
    items = [
        (b.unit, b.is_total, b.side, b.item, b.year) for b in rep.budget_lines if b.year == 2031
    ]
    assert items == [
        ("계", True, "expenditure", None, 2031),
        # 사업비 sums 국어진흥 and 정보화, 국어진흥 its two, 운영비 its 인건비: totals
        ("미래도시국", True, "expenditure", "사업비", 2031),
        ("미래도시국", True, "expenditure", "국어진흥", 2031),
        ("미래도시국", False, "expenditure", "국어연구", 2031),
        ("미래도시국", False, "expenditure", "국어교육", 2031),
        ("미래도시국", False, "expenditure", "정보화", 2031),
        ("미래도시국", True, "expenditure", "운영비", 2031),
        ("미래도시국", False, "expenditure", "인건비", 2031),
    ]
    # two years' amounts, their difference and a rate: the wide view, checked by level
    assert len(rep.budget_summary) == 8
    assert failed(rep) == []
    checks = budget_checks(rep)
    assert checks["budget_summary.total.budget"] == [True]
    assert checks["budget_summary.subtotal.budget"] == [True, True, True]


# --- two 구분 | 예산액 pairs side by side -------------------------------------------------------


def test_pairs_side_by_side_take_the_side_from_the_title() -> None:
    rep = report(
        "○ 세    입 : 1조 2,000억원          (단위 : 억원, %)",
        T([
            ["구 분", "예산액(구성비)", "구 분", "예산액(구성비)"],
            ["지 방 세", "5,000(41.7)", "세외수입", "1,000(8.3)"],
            ["국고보조금", "6,000(50.0)", "", ""],
        ]),
    )  # fmt: skip
    got = [(b.item, b.side, b.label, b.year, b.amount_krw) for b in rep.budget_lines]
    assert got == [
        ("지방세", "revenue", "예산액(구성비)", 2031, 5000 * E),
        ("세외수입", "revenue", "예산액(구성비)", 2031, 1000 * E),
        ("국고보조금", "revenue", "예산액(구성비)", 2031, 6000 * E),
    ]
    # no total row: the stated 1조 2,000억원 is checked against the sum of the items
    assert budget_checks(rep) == {"budget_lines.stated": [True]}


# --- another body's budget in a bureau's report --------------------------------------------------


def test_a_category_under_a_group_of_them_is_named_with_the_group() -> None:
    """대전교육청 세입: 이전 수입 spans 중앙정부, 지방자치단체 and 기타, and a 기타 of
    the table's own follows; each is told from the other."""
    rep = report(
        "2. 예산 현황", "[세입] (단위: 억원)",
        T([["구 분", None, "예산액"],
           ["이전 수입", "중앙정부", "23,841"], [None, "기타", "7"],
           ["자체수입", None, "87"], ["기타", None, "369"], ["합 계", None, "24,304"]],
          {(0, 0): (1, 2), (1, 0): (2, 1), (3, 0): (1, 2), (4, 0): (1, 2), (5, 0): (1, 2)}),
    )  # fmt: skip
    got = [(b.item, b.amount_krw) for b in rep.budget_lines if not b.is_total]
    assert got == [("이전 수입 / 중앙정부", 23_841 * E), ("이전 수입 / 기타", 7 * E),
                   ("자체수입", 87 * E), ("기타", 369 * E)]  # fmt: skip


def test_the_citys_budget_is_the_citys() -> None:
    rep = report(
        "가나시 재정현황",
        "• 예 산 (시 전체)",
        "(단위 : 억원, %)",
        T(
            [
                ["구 분", None, "’31년 예산", "’30년 예산"],
                ["합 계", None, "30,000", "28,000"],
                ["일 반 회 계", None, "24,000", "22,500"],
                ["특 별 회 계", None, "6,000", "5,500"],
                ["", "공 기 업", "2,500", "2,000"],
                [None, "기 타", "3,500", "3,500"],
            ],
            {(0, 0): (1, 2), (1, 0): (1, 2), (2, 0): (1, 2), (3, 0): (1, 2), (4, 0): (2, 1)},
        ),
    )
    got = [(b.unit, b.is_total, b.account, b.year) for b in rep.budget_lines if b.year == 2031]
    assert got == [
        ("가나시", True, None, 2031),
        ("가나시", False, "일반회계", 2031),
        ("가나시", True, "특별회계", 2031),
        ("가나시", False, "공기업특별회계", 2031),
        ("가나시", False, "기타특별회계", 2031),
    ]
    assert failed(rep) == []


# --- what is not a budget ----------------------------------------------------------------


def test_debt_and_property_are_not_budgets() -> None:
    rep = report(
        "ㅇ 관리채무 : 3조 1,000억원 (단위 : 억원, %)",
        T(
            [
                ["구 분", "2030년 최종", "2029년 결산"],
                ["관리채무액(비율)", "31,000(18.0%)", "30,000(17.5%)"],
            ]
        ),
        "ㅇ 공유재산 : 총 1,200건 9조 8,000억원",
        "※ 의료급여기금특별회계 1,000억원 포함",
    )
    assert rep.budget_lines == []
    assert [t for t in rep.stated_totals if t.key.startswith("budget")] == []


def test_the_template_does_not_read_a_table_of_another_form() -> None:
    rep = across()
    assert not [w for w in rep.warnings if w.code.startswith("budget_summary")]


# --- rates cut rather than rounded ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("rate", "ok"), [("7.5%", True), ("7.6%", True), ("7.4%", False), ("8%", False)]
)
def test_a_rate_may_be_cut_or_rounded(rate: str, ok: bool) -> None:
    rep = report(
        "3. 예 산",
        "(단위 : 백만원)",
        T([
            ["구 분", "2031년", "2030년", "증 감", "증감률"],
            ["계", "3,392", "3,153", "239", rate],
        ]),
    )  # fmt: skip
    assert budget_checks(rep)["budget_summary.rate"] == [ok]  # 239 / 3,153 is 7.58%


# --- pieces ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "won"),
    [
        ("51,288(30.7)", "억원", 51288 * E),
        ("35,682 (18.8%)", "억원", 35682 * E),
        ("△370", "백만원", -370 * M),
        ("-", "천원", 0),
        ("3억원", "백만원", 3 * E),
        ("2,553대", "백만원", None),
        ("33.4%", "억원", None),
    ],
)
def test_amount(text: str, unit: str, won: int | None) -> None:
    assert amount(text, unit) == won


@pytest.mark.parametrize(
    ("header", "excluded"),
    [
        ("증 감", True), ("증 감 률(%)", True), ("(B-A)/A", True), ("%", True),
        ("’24년 당초 대비", True), ("구성비", True), ("예산액(구성비)", False),
        ("2025년도 조성계획 / 수 입", False), ("2024년도말 조성액(A)", False),
    ],
)  # fmt: skip
def test_difference_and_rate_headers(header: str, excluded: bool) -> None:
    assert is_difference_or_rate(header) is excluded


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("·일반회계", "일반회계"), ("□ 인건비", "인건비"), ("- 국어연구", "국어연구"),
        ("기 후 대 응 기 금 *", "기후대응기금"), ("기 반시 설부 담구 역", "기반시설부담구역"),
        ("문화 및 관광", "문화 및 관광"), ("기본경비(총액인건비 )", "기본경비(총액인건비)"),
    ],
)  # fmt: skip
def test_clean_label(text: str, clean: str) -> None:
    assert clean_label(text) == clean


@pytest.mark.parametrize(
    "text",
    [
        "기 후 대 응 기 금 *", "세외수입¹", "세외수입²³", "기타 **", "보조금 ※", "일반회계",
        "기본경비(총액인건비 )", "국고보조금 * ", "지방채 ※ ¹\n", "* 주석", "", "   ", "*",
    ],
)  # fmt: skip
def test_footnote_marks_as_before_the_linear_pattern(text: str) -> None:
    """_FOOTNOTE starts only where the run of marks starts (linear on a long run)."""
    assert_same_matches(r"[\s*※¹²³⁴⁵⁶⁷⁸⁹]+$", budget_words._FOOTNOTE, text)


def test_unit_names_and_axes() -> None:
    assert all(
        is_unit_name(n)
        for n in ("관광정책과", "신 공 항 사 업 지 원 단", "부 산 도 서 관", "사업소")
    )
    assert not any(is_unit_name(n) for n in ("일반회계", "문화 및 관광", "세외수입", "인건비"))
    assert unit_axis(["계", "도시정책과", "교통과"])
    assert not unit_axis(["지방세", "세외수입"])
    assert not unit_axis(["계", "도서관"])  # no name that only a unit has


def test_rows_nest_by_column_and_by_bullet() -> None:
    def cell(r: int, c: int, text: str, rs: int = 1, cs: int = 1) -> GridCell:
        return GridCell(r, c, rs, cs, c < 2, text)

    cells: Sequence[GridCell] = [
        cell(0, 0, "구 분", cs=2), cell(0, 2, "예산"),
        cell(1, 0, "계", cs=2), cell(1, 2, "10"),
        cell(2, 0, "가", cs=2), cell(2, 2, "6"),
        cell(3, 0, "", rs=2), cell(3, 1, "□ 가1"), cell(3, 2, "4"),
        cell(4, 1, "- 가11"), cell(4, 2, "4"),
        cell(5, 0, "나", cs=2), cell(5, 2, "4"),
    ]  # fmt: skip
    rows = read_rows(cells, 1, 2)
    got = {
        r.label: (r.level, rows.by_row[r.parent].label if r.parent else None)
        for r in rows.by_row.values()
    }
    assert got == {
        "계": (0, None),
        "가": (0, "계"),
        "가1": (2, "가"),
        "가11": (3, "가1"),
        "나": (0, "계"),
    }
    assert rows.known


def test_side_body_and_prose_words() -> None:
    sides = [side_of(t) for t in ("세 입", "세외수입", "총지출(a+b)", "세입·세출")]
    assert sides == ["revenue", "revenue", "expenditure", None]
    assert other_body("가나시 재정현황") == "가나시" and other_body("예산현황") is None
    assert cover_body([Line(1, "2031년 다라원 업무계획", "")]) == "다라원"
    assert cover_body([Line(1, "행정문화위원회", "")]) is None
    stated = line_totals(
        Line(1, "ㅇ 일반회계 : 세입 161억원, 세출 758억원(전년 대비 12억원 증가)", "")
    )
    assert [(t.key, t.value) for t in stated] == [
        ("budget.revenue.일반회계", 161 * E),
        ("budget.expenditure.일반회계", 758 * E),
    ]


def test_budget_lines_are_records_of_the_schema() -> None:
    rep = across()
    assert all(isinstance(b, BudgetLine) for b in rep.budget_lines)
    assert [b.seq for b in rep.budget_lines] == list(range(1, 9))
    assert all(b.line_start == b.line_end and b.page_start == 1 for b in rep.budget_lines)


@pytest.mark.parametrize(
    ("values", "sums"),
    [  # 기획조정실 p6 (억원): 특별회계 over 공기업 (over 상수도, 하수도) and 기타 (over three)
     ([(133198, 125903), (33632, 31092), (8718, 7790), (4560, 4132), (4158, 3658),
       (24914, 23302), (12077, 12570), (797, 760), (12040, 9972)], {1, 2, 5}),
     # parts rounded as printed, within the tolerance ("단수 조정으로 상이할 수 있음")
     ([(8719, 7790), (4560, 4132), (4158, 3658)], {0}),
     # one part alone, or one column alone, is no sum: a repeated row, a coincidence
     ([(20, 22), (20, 22)], set()), ([(10,), (4,), (6,)], set()),
     # a sum off in one column is none
     ([(10, 11), (4, 5), (6, 7)], set()),
     # nor are rows of nothing, nor a row and its double with nothing beside it
     ([(0, 0), (0, 0), (0, 0)], set()), ([(5, 3), (5, 3), (0, 0)], set()),
     # parts in their sum's proportion in every column say no more than one column does
     # (a budget flat over the years: 2,000 | 2,000 = 1,200 | 1,200 + 800 | 800)
     ([(2000, 2000), (1200, 1200), (800, 800)], set()),
     ([(3000, 1500), (1200, 600), (1800, 900)], set())],
)  # fmt: skip
def test_rows_that_sum_the_rows_under_them(
    values: list[tuple[int, ...]], sums: set[int]
) -> None:
    rows = {r: dict(enumerate(v, start=3)) for r, v in enumerate(values)}
    assert set(summed_rows(rows)) == sums


def test_rows_summed_stop_at_a_subtotal_and_scan_a_long_table_once() -> None:
    """A sum's parts do not run over a 소계 row; a table of thousands of rows of △ figures
    (no early end to a scan) is read in time linear in its rows."""
    rows = {0: {3: 10, 4: 12}, 1: {3: 4, 4: 5}, 2: {3: 6, 4: 7}}
    assert set(summed_rows(rows)) == {0}
    assert set(summed_rows(rows, frozenset({2}))) == set()
    big = {r: {3: -r - 1, 4: -2 * r - 3} for r in range(5000)}
    assert summed_rows(big) == frozenset()
