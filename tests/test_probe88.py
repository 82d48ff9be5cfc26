"""Forms of the eleventh round of probes: runs wrapped in a paragraph's hp:switch
(hwpxswitch), a page set in two columns whose last items are short (columns), cells that
pack two figures (packedcounts), budget tables in accounting notation (formulaheaders)."""

from __future__ import annotations

import pytest

from extract.normalize.mentions import find_mentions
from extract.normalize.money import change_rate, parse_count
from extract.read import read_bytes
from extract.read.pdf.base import Glyph
from extract.read.pdf.pagecolumns import text_columns
from schemas import Report
from tests.hwpx_maker import Raw, hwpx, p, sec, t
from tests.test_other_reports import _hwpx, _table


def test_runs_in_a_paragraphs_switch_are_read_once() -> None:
    """Hancom may wrap a paragraph's runs in hp:switch (hp:case / hp:default) right under
    hp:p: the default's runs are the paragraph (the line had been dropped, unseen)."""
    run = '<hp:run charPrIDRef="0">{}</hp:run>'
    para = Raw(
        '<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
        f'<hp:switch><hp:case hp:required-namespace="urn:x">{run.format(t("새 방식"))}</hp:case>'
        f"<hp:default>{run.format(t('○ 사업기간 : '))}{run.format(t('2026. 1. ~ 2027. 12.'))}"
        "</hp:default></hp:switch></hp:p>"
    )
    doc = read_bytes(hwpx(sec(p("앞"), para, p("뒤"))), "switch.hwpx")
    assert [ln.text for ln in doc.lines] == ["앞", "○ 사업기간 : 2026. 1. ~ 2027. 12.", "뒤"]


@pytest.mark.parametrize(
    ("rate", "change", "want"),
    [("-", "-", 0.0),  # no change: no rate of change
     ("-", "0", 0.0),
     ("-", "1,200", None),  # a rate that cannot be given (nothing last year)
     ("(5.5)", "(120)", -5.5),  # accounting brackets
     ("△2.5", "△30", -2.5),
     ("12.0", None, 12.0)],
)  # fmt: skip
def test_a_dash_for_a_rate_is_zero_where_nothing_changed(
    rate: str, change: str | None, want: float | None
) -> None:
    assert change_rate(rate, change) == want


def _glyphs(text: str, x: float, y: float) -> list[Glyph]:
    return [
        Glyph(ch, x + i * 10, x + i * 10 + 10, y, y + 10, 10.0) for i, ch in enumerate(text)
    ]


def test_a_zone_of_two_columns_goes_on_down_its_short_items() -> None:
    """Columns shown by lines that run up to the gutter go on down while the gutter stays
    free, their last items short (the zone had ended where the full lines did, the last
    rows read across)."""
    long_left, long_right = "가나다라마바사아자차카타", "하거너더러머버서어저처커"
    rows = []
    for i in range(8):
        y = 100 + i * 14
        left = long_left if i % 3 == 0 else "○ 가나다라마바사"
        rows.append([*_glyphs(left, 50, y), *_glyphs(long_right, 200, y)])
    for i in range(8, 12):  # short items on the left under them
        y = 100 + i * 14
        rows.append([*_glyphs("○ 기초연금 지급", 50, y), *_glyphs("○ 대기질 관리", 200, y)])
    zones = text_columns(rows)
    assert len(zones) == 1
    assert zones[0].bottom >= 100 + 11 * 14


def test_packed_staff_cells() -> None:
    """`정원(현원)` over `45(43)`: both figures; `정 원` over `52(1)`, the bracket an aside
    (`※ ( )는 무기계약직으로 외수`): the first; a `결 원` of `△2` or `2` is a shortfall (a
    negative balance), its `-` none (it had been a unit named 결원 of 0 / 0)."""
    by_unit = [["구 분", "정원(현원)", "결 원"], ["계", "83(81)", "△2"],
               ["복지정책과", "45(43)", "2"], ["노인복지과", "38(38)", "-"]]  # fmt: skip
    by_grade = [["구 분", "계", "5급", "6급"], ["정 원", "83(2)", "20", "63(2)"],
                ["현 원", "81(2)", "19", "62(2)"]]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 인 력"), p("(단위 : 명)"), p(_table(by_unit)),
        p("(단위 : 명)"), p(_table(by_grade)), p("※ ( )는 무기계약직으로 외수"),
        p("Ⅱ. 주요업무계획"), p("1. 복지"), p("□ 복지안전망 구축"),
    )  # fmt: skip
    got = {(s.unit, s.grade): (s.authorized, s.current) for s in report.staffing}
    assert got[("복지정책과", None)] == (45, 43)
    assert got[("노인복지과", None)] == (38, 38)
    assert got[("계", None)] == (83, 81)
    assert got[("계", "6급")] == (63, 62)
    balance = [c for c in report.validation if c.check == "staffing.balance"]
    assert len(balance) == 3 and all(c.passed for c in balance)
    assert "결원" not in {s.unit for s in report.staffing}
    assert not [c for c in report.validation if not c.passed]


def _budget_report(rows: list[list[str]], *notes: str) -> Report:
    """A report whose general part is a budget table in 백만원 (and the notes under it)."""
    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 예 산"), p("(단위 : 백만원)"), p(_table(rows)), *map(p, notes),
        p("Ⅱ. 주요업무계획"), p("1. 복지"), p("□ 복지안전망 구축"),
    )  # fmt: skip


def test_a_share_in_brackets_under_an_amount() -> None:
    """`812,345` over `(국 524,000)` in one cell: the amount, and the 국비 share a line of
    its own (each bracket had been read as a row of the summary); the note under the table,
    `※ 일반회계 세출 기준`, gives the side."""
    rows = [["구 분", "2026년 예산", "2025년 예산", "증 감", "증감률(%)"],
            ["계", "1,000\n(국 600)", "900\n(국 500)", "100", "11.1"],
            ["복지정책과", "700\n(국 400)", "600\n(국 300)", "100", "16.7"],
            ["노인복지과", "300\n(국 200)", "300\n(국 200)", "-", "-"]]  # fmt: skip
    report = _budget_report(rows, "※ 일반회계 세출 기준, ( )는 국비")
    summary = {s.unit: s for s in report.budget_summary}
    assert set(summary) == {"계", "복지정책과", "노인복지과"}
    assert summary["복지정책과"].prev_budget_krw == 600_000_000
    assert summary["노인복지과"].change_pct == 0.0
    assert {s.side for s in summary.values()} == {"expenditure"}
    shares = {(b.unit, b.year): b.amount_krw for b in report.budget_lines if b.source == "국비"}
    assert shares[("복지정책과", 2026)] == 400_000_000
    assert shares[("계", 2025)] == 500_000_000
    assert not [c for c in report.validation if not c.passed]


def test_rates_in_accounting_notation() -> None:
    """Under `증감률(B/A, %)` in a table of 백만원: `(21.6)` is −21.6 % and `-` 0 % (they
    had been read as money: −21,600,000 won, 0 won)."""
    rows = [["구 분", "2025년 예산(A)", "2026년 예산(B)", "증감(B-A)", "증감률(B/A, %)"],
            ["계", "1,000", "784", "(216)", "(21.6)"],
            ["경제정책과", "500", "500", "-", "-"],
            ["산업과", "500", "284", "(216)", "(43.2)"]]  # fmt: skip
    report = _budget_report(rows)
    cells = {(c.row, c.col): c for c in report.table_cells}
    assert (cells[(1, 4)].value_kind, cells[(1, 4)].value) == ("percent", -21.6)
    assert (cells[(2, 4)].value_kind, cells[(2, 4)].value) == ("percent", 0.0)
    assert (cells[(2, 3)].value_kind, cells[(2, 3)].value_krw) == ("krw", 0)
    assert {s.unit: s.change_pct for s in report.budget_summary}["경제정책과"] == 0.0


# --- what an audit of the value grammar found -------------------------------------------


@pytest.mark.parametrize(
    ("text", "starts"),
    [("실시설계 용역(’25. 10.~12.) → 착공(3월) → 준공(12월)",
      ["2025-10-01", "2026-03-01", "2026-12-01"]),
     ("’25. 12. 착수 → 3월 준공", ["2025-12-01", "2026-03-01"]),
     # (within the dated span, or after it, or no arrow between: its year)
     ("’25. 3.~12. 추진 → 6월 점검", ["2025-03-01", "2025-06-01"]),
     ("3~6월 상반기 발굴 → 9~10월 하반기", ["2026-03-01", "2026-01-01", "2026-09-01",
                                       "2026-07-01"]),
     ("(’24.12.) 3분기 기준 98% 회복", ["2024-12-01", "2024-07-01"]),
     ("’24. 7. 공고(7.12.~7.31.)", ["2024-07-01", "2024-07-12"])],
)  # fmt: skip
def test_a_step_after_a_dated_one_is_not_set_before_it(text: str, starts: list[str]) -> None:
    """The year carried from the date before a yearless one: the year after where the
    carried one would set it before that date (it had been March 2025 after ’25. 10.~12.)."""
    assert [str(m.date_start) for m in find_mentions(text, 2026) if m.kind == "date"] == starts


@pytest.mark.parametrize(
    ("text", "value"),
    [("정원 △5명 감축", -5.0), ("증감 △1,234건", -1234.0), ("▽3개소 감소", -3.0),
     ("총 12명", 12.0),
     # (a △ set apart is an item's mark: "△ 2개 노선 신설")
     ("△ 12명 신규 채용", 12.0)],
)  # fmt: skip
def test_a_count_after_a_decrease_mark_is_negative(text: str, value: float) -> None:
    """△ before a count in prose makes it negative, as before an amount or a rate (it had
    been dropped: 정원 △5명 was 5)."""
    (count,) = [m for m in find_mentions(text, 2026) if m.kind == "count"]
    assert count.value == value


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("1만명", 10_000, "명"), ("2.5만명", 25_000, "명"), ("1,000만명", 10_000_000, "명"),
     ("3천명", 3_000, "명"), ("50여명", 50, "명"), ("35개팀", 35, "팀"), ("12명", 12, "명")],
)  # fmt: skip
def test_a_cells_count_with_its_size_word(text: str, value: int, unit: str) -> None:
    """A count in a cell as prose writes it: its 만 or 천, 여 ("about"), 개 before the
    counter (each had been no count)."""
    count = parse_count(text)
    assert count is not None and (count.value, count.unit) == (value, unit)
