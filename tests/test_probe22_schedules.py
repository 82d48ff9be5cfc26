"""A Gantt table of a plan's quarters (a Chromium PDF's project cards: "추진내용 | 1/4 | 2/4 |
3/4 | 4/4" over each task, its quarters filled with "■" or bridged by a merged cell holding a
bar "━━━━"): what each task's steps must be, worked out from the rows written here, in a
drawn table (HWPX) and in a text export alike; and what had been lost before."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from extract.layout.headers import header_rows, is_period
from extract.layout.tables import TableCell
from extract.parse.schedule_tables import is_mark
from schemas import Report
from tests.hwpx_maker import Raw, cell, p, tbl
from tests.test_other_reports import _hwpx, _text

QUARTERS = ["추진내용", "1/4", "2/4", "3/4", "4/4"]
#: (task, the quarters marked, 1-4): a run, one quarter, two runs apart, the year through
TASKS: list[tuple[str, tuple[int, ...]]] = [
    ("대상지 현장조사", (1,)),
    ("쉼터 조성 공사", (2, 3)),
    ("시설 안전점검", (2, 4)),
    ("사후관리", (1, 2, 3, 4)),
]
#: what each must give: a step per run of quarters side by side, from the first one's
#: first day to the last one's last day (the plan's year, 2026)
EXPECTED = [
    ("대상지 현장조사", date(2026, 1, 1), date(2026, 3, 31)),
    ("쉼터 조성 공사", date(2026, 4, 1), date(2026, 9, 30)),
    ("시설 안전점검", date(2026, 4, 1), date(2026, 6, 30)),
    ("시설 안전점검", date(2026, 10, 1), date(2026, 12, 31)),
    ("사후관리", date(2026, 1, 1), date(2026, 12, 31)),
]

HEAD = [
    "Ⅱ. 2026년 주요업무계획", "1. 폭염 쉼터 조성 (기후환경정책과)", "○ 사업기간 : 2026. 1. ~ 12.",
]  # fmt: skip


def steps(report: Report) -> list[tuple[str, date | None, date | None]]:
    return sorted((s.task, s.start, s.end) for s in report.schedules)


def _marks(row: int, task: str, marked: tuple[int, ...]) -> list[Raw]:
    """A task's row, "■" in each quarter marked."""
    return [cell(row, 0, p(task))] + [
        cell(row, q, p("■" if q in marked else "")) for q in range(1, 5)
    ]


def _bars(row: int, task: str, marked: tuple[int, ...]) -> list[Raw]:
    """A task's row, each run of quarters one merged cell holding a bar four "━" a
    quarter (as the PDF draws it)."""
    cells = [cell(row, 0, p(task))]
    q = 1
    while q <= 4:
        if q not in marked:
            cells.append(cell(row, q, p("")))
            q += 1
            continue
        n = 1
        while q + n in marked:
            n += 1
        cells.append(cell(row, q, p("━" * 4 * n), cs=n))
        q += n
    return cells


def _gantt_hwpx(row_of: Callable[[int, str, tuple[int, ...]], list[Raw]]) -> Report:
    head = [cell(0, k, p(text)) for k, text in enumerate(QUARTERS)]
    body = [c for r, (task, q) in enumerate(TASKS, start=1) for c in row_of(r, task, q)]
    return _hwpx(
        *map(p, HEAD), p("□ 추진계획"), p(tbl(len(TASKS) + 1, 5, head + body)),
        p("□ 기대효과"), p("○ 온열질환 예방"),
    )  # fmt: skip


# --- the header row and the marks -----------------------------------------------------------


def test_a_row_of_quarters_written_as_fractions_heads_the_table() -> None:
    """"추진내용 | 1/4 | 2/4 | 3/4 | 4/4" over rows of "■": one header row (it had been
    none: "1/4" read as a figure, a fraction, made the row one of values)."""
    rows = [QUARTERS, ["현장조사", "■", "", "", ""], ["공사", "", "■", "■", ""]]
    cells = [
        TableCell(r, c, 1, 1, text) for r, row in enumerate(rows) for c, text in enumerate(row)
    ]
    assert header_rows(cells, len(rows)) == 1
    assert is_period("1/4") and is_period("4/4")


def test_a_fraction_alone_in_a_row_of_figures_is_no_quarter() -> None:
    """One "1/4" among figures, or fractions out of order, head no column: the row stays
    the body's."""
    for first in (["가", "1/4", "5"], ["가", "3/4", "1/4"]):
        rows = [first, ["나", "3", "2"]]
        cells = [
            TableCell(r, c, 1, 1, text) for r, row in enumerate(rows) for c, text in enumerate(row)
        ]
        assert header_rows(cells, len(rows)) == 0


@pytest.mark.parametrize(
    ("text", "mark"),
    [("■", True), ("■ ■", True), ("━━━━", True), ("━" * 16, True), ("━━━▶", True),
     ("━━ 착공", False), ("3,000", False), ("", False)],
)  # fmt: skip
def test_a_bar_drawn_across_a_cell_marks_its_periods(text: str, mark: bool) -> None:
    """A bar of one glyph however long is a mark (it had been one of two glyphs at most)."""
    assert is_mark(text) is mark


# --- the same table in each form ------------------------------------------------------------


def test_quarters_marked_in_a_drawn_table() -> None:
    """The ■ form in a drawn table: each task a step per run of marked quarters (no step
    had been read: the quarters were no header, "1/4" no period)."""
    assert steps(_gantt_hwpx(_marks)) == sorted(EXPECTED)


def test_quarters_bridged_by_a_bar_in_merged_cells() -> None:
    """The bar form: a cell merged over the quarters a task runs (col_span 2-4) holding
    "━━━━━━━━": one step from its first quarter to its last (bars of more than two
    glyphs had been no mark)."""
    assert steps(_gantt_hwpx(_bars)) == sorted(EXPECTED)


def _row(task: str, marked: tuple[int, ...], at: list[int], glyph: str, wide: bool) -> str:
    """A text export's row: the task, then a mark under each marked quarter's head (at
    the columns ``at`` the heads start in), or one bar from the first quarter of a run
    to the last; ``wide``: a Hangul letter takes two columns."""
    line = task
    width = (lambda s: sum(2 if "가" <= ch <= "힣" else 1 for ch in s)) if wide else len
    q = 1
    while q <= 4:
        if q not in marked:
            q += 1
            continue
        n = 1 if glyph == "■" else next(k for k in range(1, 6) if q + k not in marked)
        line += " " * (at[q - 1] - width(line))
        line += glyph if glyph == "■" else glyph * (at[q + n - 2] + 3 - at[q - 1])
        q += n
    return line


@pytest.mark.parametrize("glyph", ["■", "━"])
@pytest.mark.parametrize("wide", [True, False])
def test_quarters_marked_in_a_text_export(glyph: str, wide: bool) -> None:
    """The table as lines of a text export (each row a line the "□ 추진계획" line goes on
    with): each mark or bar read under the quarters it stands under, whether the export
    sets a Hangul letter two columns wide (a monospaced text) or one (a layout export of a
    PDF); the same steps as the drawn table's (the lines had been read as no step)."""
    at = [40, 48, 56, 64]
    width = (lambda s: sum(2 if "가" <= ch <= "힣" else 1 for ch in s)) if wide else len
    head = "추진내용"
    for k, q in enumerate(QUARTERS[1:]):
        head += " " * (at[k] - width(head)) + q
    rows = [_row(task, q, at, glyph, wide) for task, q in TASKS]
    report = _text("\n".join([
        *HEAD, "□ 추진계획", head, *rows, "□ 기대효과", "○ 온열질환 예방",
    ]))  # fmt: skip
    assert steps(report) == sorted(EXPECTED)
