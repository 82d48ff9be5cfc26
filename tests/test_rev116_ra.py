"""Review of round 116's budget and grammar rules (part A), each case built here.

A month after a note's sign is a date: "*" marks a note as often as it multiplies
("(* 12월 완료)", "3월 착공 * 12월 준공"), so it (and a latin x) is a computation's sign only
between a figure and the month ("10,000천원*12월"); the product's "=" only before its
figure ("12월 = 120,000천원").  (normalize/multiplied, round 116's rule narrowed; the
computations it reads stay test_fix116_left115's and test_fix116_budgetbook's cases.)"""

from __future__ import annotations

from datetime import date

import pytest

from extract.normalize.mentions import find_mentions
from tests.hwpx_maker import p
from tests.test_fix116_budgetbook import _GENERAL, _WANT, _text_book
from tests.test_other_reports import _hwpx, _text

Y = 2025

#: a line -> its months: (kind, raw, value, start date)
NOTE_MONTHS: list[tuple[str, list[tuple[str, str, float | None, date | None]]]] = [
    # (a note's sign before a month: a date, as before round 116)
    ("○ 시설 개선 : 2개소 (* 12월 완료)", [("date", "12월", None, date(Y, 12, 1))]),
    ("○ 추진일정 : 3월 착공 * 12월 준공", [("date", "3월", None, date(Y, 3, 1)),
                                   ("date", "12월", None, date(Y, 12, 1))]),
    ("- 정산 : 12월 = 결산 후 반납", [("date", "12월", None, date(Y, 12, 1))]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NOTE_MONTHS)
def test_a_month_after_a_notes_sign_is_a_date(
    text: str, expected: list[tuple[str, str, float | None, date | None]]
) -> None:
    got = [(m.kind, m.raw, m.value, m.date_start) for m in find_mentions(text, year=Y)
           if "월" in m.raw]  # fmt: skip
    assert got == expected


def test_a_cards_note_of_its_month_is_its_schedule() -> None:
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 하천 관리"), p("□ 하천 정비 (하천과)"),
        p("○ 사업기간 : 2025. 1. ~ 12."), p("○ 사업비 : 1,000백만원"),
        p("○ 주요내용 : 하천 3개소 정비 (* 12월 완료)"),
    )  # fmt: skip
    starts = [s.start for s in report.schedules]
    assert date(Y, 12, 1) in starts


# --------------------------------------------------------------------------- a book's sources

#: the ways a clerk sets a 세부사업's sources under its row beside those of
#: test_fix116_budgetbook: in a bracket, labelled after a bullet, spaced apart
_SHARE_FORMS = {
    "in a bracket": {
        "shares": "(국 120,000 / 시 202,000)", "one_share": "(시 84,000)", "bullet": "○",
    },
    "labelled": {
        "shares": "- 재원 : 국 120,000 / 시 202,000", "one_share": "- 재원 : 시 84,000",
        "bullet": "○",
    },
    "spaced": {"shares": "국비 120,000  시비 202,000", "one_share": "시비 84,000", "bullet": "○"},
}  # fmt: skip


@pytest.mark.parametrize("form", list(_SHARE_FORMS))
def test_a_books_sources_line_is_no_row_nor_wrap(form: str) -> None:
    """The sources' line under a 세부사업 is neither an item (`재원 : 시`) nor the start of
    the next row's name (`(시 84,000) 201-01 사무관리비`): each row under the one it adds
    up into, as test_fix116_budgetbook's forms."""
    report = _text(_GENERAL + _text_book(_SHARE_FORMS[form]))
    got = [(i.item, i.code, i.parent, i.budget_krw) for i in report.budget_items]
    assert got == _WANT


# --------------------------------------------------------------------------- a plan turned


@pytest.mark.parametrize("whole", ["사업비", "총사업비", "투자액"])
def test_a_turned_plans_column_of_the_whole_by_name_gives_plan_years(whole: str) -> None:
    """A plan turned (periods down the rows) whose column of each period's whole is named
    `사업비` (not `계`): its amounts plan_years of no source, as the 계's are
    (parse/plan_year_rows had read the sources' columns only)."""
    from tests.test_lead116_plan_rows import ROWS, _report

    rows = [list(r) for r in ROWS]
    rows[0][1] = whole
    got = {(y.source, y.period, y.year): y.amount_krw for y in _report(rows).plan_years}
    e = 100_000_000
    assert {k: v for k, v in got.items() if k[0] is None} == {
        (None, "total", None): 1000 * e, (None, "before", None): 300 * e,
        (None, "year", 2025): 200 * e, (None, "after", None): 500 * e,
    }  # fmt: skip
