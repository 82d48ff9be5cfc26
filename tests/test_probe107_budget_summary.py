"""예산현황 tables of the 107th round of probes that gave no budget_summary rows: a 추경
report's comparison of one year's budgets, `기정예산(A) | 추경예산(안)(B) | 증 감(B-A) |
증감률` (supplementary), and a two-year plan's `2025 예산 | 2026 계획 | 합 계` (twoyear)."""

from __future__ import annotations

import pytest

from schemas import BudgetSummary, Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text


def _report(caption: str, rows: list[list[str]], spans: dict[tuple[int, int], int]) -> Report:
    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조    직"), p("□ 조직 : 1국 2과 6팀"),
        p("2. 예 산 (제1회 추경안 기준)"), p(caption), p(_table(rows, spans)),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 지역경제 활성화"), p("□ 골목상권 활성화"),
    )  # fmt: skip


def _amending(head: list[str]) -> Report:
    """세입 and 세출 by 과, each side merged down over its 계 and its 과."""
    rows = [
        ["구  분", "", *head],
        ["세 입", "계", "9,400", "9,900", "500", "5.3"],
        ["", "경제정책과", "5,400", "5,700", "300", "5.6"],
        ["", "투자유치과", "4,000", "4,200", "200", "5.0"],
        ["세 출", "계", "52,000", "51,600", "△400", "△0.8"],
        ["", "경제정책과", "30,000", "30,800", "800", "2.7"],
        ["", "투자유치과", "22,000", "20,800", "△1,200", "△5.5"],
    ]
    return _report("(단위 : 천원, %)", rows, {(1, 0): 3, (4, 0): 3})


def _row(report: Report, unit: str, side: str) -> BudgetSummary:
    (row,) = [r for r in report.budget_summary if r.unit == unit and r.side == side]
    return row


@pytest.mark.parametrize(
    "head",
    [
        ["기정예산(A)", "추경예산(안)(B)", "증 감(B-A)", "증감률"],
        ["2026 본예산(A)", "2026 제1회 추경(B)", "증 감(B-A)", "증감률(%)"],
        ["기 정 예 산", "제1회 추경예산(안)", "증  감", "증감률"],
    ],
)
def test_a_supplementary_budget_against_the_budget_it_amends(head: list[str]) -> None:
    """Each side's 계 and each 과 a row: the 추경 its budget, the 기정 (or 본예산) of the
    same year the budget it amends, not last year's; the change and rate as printed."""
    report = _amending(head)
    assert len(report.budget_summary) == 6
    total = _row(report, "계", "revenue")
    assert total.is_total
    assert (total.budget_krw, total.base_budget_krw) == (9_900_000, 9_400_000)
    assert total.budget_basis == "추경"
    assert (total.prev_year, total.prev_budget_krw) == (None, None)
    assert total.year == 2026
    cut = _row(report, "투자유치과", "expenditure")
    assert not cut.is_total
    assert (cut.budget_krw, cut.base_budget_krw) == (20_800_000, 22_000_000)
    assert (cut.change_krw, cut.change_pct) == (-1_200_000, -5.5)
    # (`예산액 | 집행액` of one year is no comparison of budgets: no rows)
    spent = _amending(["예산액(A)", "집행액(B)", "증 감(B-A)", "증감률"])
    assert spent.budget_summary == []


def test_the_change_of_a_supplementary_budget_is_checked_against_what_it_amends() -> None:
    """The 증감 against 추경 less 기정 (not skipped for want of last year's budget)."""
    report = _amending(["기정예산(A)", "추경예산(안)(B)", "증 감(B-A)", "증감률"])
    changes = [c for c in report.validation if c.check == "budget_summary.change"]
    assert len(changes) == 6 and all(c.passed for c in changes)


@pytest.mark.parametrize(
    "head",
    [
        ["구  분", "2025 예산", "2026 계획", "합 계"],
        ["구  분", "2025년 예산", "2026년 계획"],
    ],
)
def test_a_two_year_plans_budget_and_plan(head: list[str]) -> None:
    """`2025 예산 | 2026 계획` (beside their sum, `합 계`, of no year): the plan's year its
    budget (its basis 계획), the year before the budget it is against; no 증감 printed."""
    rows = [
        ["계", "186,420", "194,000", "380,420"],
        ["기후환경과", "24,350", "27,180", "51,530"],
        ["자원순환과", "162,070", "166,820", "328,890"],
    ]
    rows = [r[: len(head)] for r in rows]
    report = _report("(단위 : 백만원)", [head, *rows], {})
    assert [r.unit for r in report.budget_summary] == ["계", "기후환경과", "자원순환과"]
    row = report.budget_summary[1]
    assert (row.year, row.budget_krw, row.budget_basis) == (2026, 27_180_000_000, "계획")
    assert (row.prev_year, row.prev_budget_krw) == (2025, 24_350_000_000)
    assert (row.change_krw, row.base_budget_krw) == (None, None)
    assert report.budget_summary[0].is_total
    # (`2024년 결산 | 2025년 예산` and no 증감: a 결산 is no year's budget to compare)
    settled = [["구  분", "2024년 결산", "2025년 예산"], *(r[:3] for r in rows)]
    assert _report("(단위 : 백만원)", settled, {}).budget_summary == []


_AMENDING_TEXT = """\

                    2026년 주요업무보고 (제1회 추경(안) 관련)

                           한 솔 시   경 제 산 업 국

Ⅰ. 일반현황
 1. 조    직
  □ 조    직 : 1국 2과 6팀
 2. 예 산 (제1회 추경안 기준)
                                                        (단위 : 천원, %)
   구    분        기정예산(A)     추경예산(안)(B)    증 감(B-A)     증감률
   계                 9,400           9,900              500          5.3
   경제정책과         5,400           5,700              300          5.6
   투자유치과         4,000           4,200              200          5.0

Ⅱ. 2026년 주요업무 추진계획
 1. 지역경제 활성화
  가. 골목상권 활성화 (경제정책과)
   □ 추진계획
    ○ ’26. 3. : 상인회 간담회
"""


def test_a_supplementary_budget_in_a_text_export() -> None:
    """The same comparison set in lines of text: each row's 추경 and 기정."""
    report = _text(_AMENDING_TEXT)
    rows = {r.unit: r for r in report.budget_summary}
    assert set(rows) == {"계", "경제정책과", "투자유치과"}
    assert (rows["경제정책과"].budget_krw, rows["경제정책과"].base_budget_krw) == (
        5_700_000, 5_400_000
    )
    assert rows["경제정책과"].prev_budget_krw is None
    assert rows["계"].budget_basis == "추경"


def test_the_footing_a_template_tables_header_states() -> None:
    """`’25년 당초예산 | ’26년 당초예산` in lines of text: each row's budget a 본예산."""
    text = _AMENDING_TEXT.replace("(제1회 추경안 기준)", "").replace(
        "   구    분        기정예산(A)     추경예산(안)(B)    증 감(B-A)     증감률",
        "   구    분       ’25년 당초예산   ’26년 당초예산      증  감       증감률",
    )
    report = _text(text)
    assert {r.unit for r in report.budget_summary} == {"계", "경제정책과", "투자유치과"}
    assert {(r.year, r.budget_basis) for r in report.budget_summary} == {(2026, "본예산")}
    assert report.budget_summary[0].prev_budget_krw == 9_400_000
