"""Gantt charts of a text export headed by month numbers with their unit after them
(`1  2 … 12 (월)`), bars drawn between arrows (`◀━━▶`, a month's `◀▶`, `◁──▷`, `<──>`),
and a table's year header over its columns' names, which is no chart of periods."""

from __future__ import annotations

import re

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_HEAD = """\
Ⅰ. 일반현황
 1. 조    직
  □ 조직 : 1과 2팀

Ⅱ. 2026년 주요업무 추진계획
 1. 살기 좋은 도시
  가. 수변공원 조성 (공원녹지과)
   □ 사업개요
    ○ 사업기간 : 2026. 1. ~ 12.
    ○ 사 업 비 : 300백만원

   □ 추진일정
"""


def _chart(head: str, *rows: str) -> Report:
    """A card whose 추진일정 is a chart set as lines under ``head``."""
    return _text(_HEAD + "".join(f"    {ln}\n" for ln in (head, *rows)))


def _steps(report: Report) -> list[tuple[str, str, str]]:
    return sorted(
        (s.task, s.start.isoformat(), s.end.isoformat())
        for s in report.schedules if s.start and s.end
    )  # fmt: skip


_MONTHS = "추 진 내 용                   1  2  3  4  5  6  7  8  9 10 11 12"
#: where each month's number stands on the line of heads (first character, last + 1)
_AT = {int(m.group()): (m.start(), m.end()) for m in re.finditer(r"\d+", _MONTHS)}


def _row(task: str, *bars: tuple[int, int, str]) -> str:
    """A task's line under :data:`_MONTHS` (:func:`bar_line`)."""
    return bar_line(_AT, task, *bars)


def bar_line(at: dict[int, tuple[int, int]], task: str, *bars: tuple[int, int, str]) -> str:
    """A task's line, each bar (first month, last month, how it is drawn: its ends and
    its shaft, "◀━▶", or one glyph, "■") set from under its first month's number to the
    end of its last's (``at``: where each month's number stands, first character, last + 1)."""
    line = task
    for first, last, drawn in bars:
        start, end = at[first][0], at[last][1]
        line = line.ljust(start)
        width = end - start
        if len(drawn) == 1:
            line += drawn * width
        elif width <= 2:
            line += drawn[0] + drawn[-1]
        else:
            line += drawn[0] + drawn[1] * (width - 2) + drawn[-1]
    return line


def test_month_numbers_with_their_unit_head_a_chart() -> None:
    """`1  2 … 12 (월)`: the months' heads, the unit after them aside; each task's runs of
    ■ its steps (the chart had been one step whose task was all its lines joined)."""
    report = _chart(
        _MONTHS + " (월)",
        _row("실시설계 보완", (1, 2, "■")),
        _row("산책로 조성공사", (3, 5, "■"), (9, 10, "■")),
    )
    assert _steps(report) == [
        ("산책로 조성공사", "2026-03-01", "2026-05-31"),
        ("산책로 조성공사", "2026-09-01", "2026-10-31"),
        ("실시설계 보완", "2026-01-01", "2026-02-28"),
    ]
    assert not any(w.code == "schedules.no_date" for w in report.warnings)


def test_a_task_named_by_a_half_is_no_date() -> None:
    """`월` alone after the heads, bars `●───●` and a month's `●`: `하반기 정기 안전점검` is a
    task of its row (no step dated 하반기)."""
    report = _chart(
        _MONTHS + " 월",
        _row("대상 선정", (1, 2, "●─●")),
        _row("용역 계약", (3, 3, "●")),
        _row("하반기 정기 안전점검", (8, 11, "●─●")),
    )
    assert _steps(report) == [
        ("대상 선정", "2026-01-01", "2026-02-28"),
        ("용역 계약", "2026-03-01", "2026-03-31"),
        ("하반기 정기 안전점검", "2026-08-01", "2026-11-30"),
    ]


def test_bars_between_arrows_mark_their_months() -> None:
    """`◀━━▶` over the months it spans, `◀▶` one month's, `◁──▷` and `<──>` alike (they
    had been taken for no mark, and the chart said to mark none)."""
    report = _chart(
        _MONTHS,
        _row("용역 착수", (1, 2, "◀━▶")),
        _row("기초조사", (2, 5, "◀━▶")),
        _row("의견청취", (8, 8, "◀▶")),
        _row("위원회 심의", (9, 10, "◁─▷")),
        _row("결정 고시", (11, 12, "<─>")),
    )
    assert _steps(report) == [
        ("결정 고시", "2026-11-01", "2026-12-31"),
        ("기초조사", "2026-02-01", "2026-05-31"),
        ("용역 착수", "2026-01-01", "2026-02-28"),
        ("위원회 심의", "2026-09-01", "2026-10-31"),
        ("의견청취", "2026-08-01", "2026-08-31"),
    ]
    assert not any(w.code == "schedules.unmarked" for w in report.warnings)


def test_an_arrow_bar_in_a_drawn_tables_cell_marks_its_month() -> None:
    """In a drawn table of months, a cell `◀▶` or `◀━▶` marks its month."""
    rows = [
        ["추진내용", "1월", "2월", "3월", "4월"],
        ["실시설계", "◀━▶", "◀━▶", "", ""],
        ["착공", "", "", "◀▶", ""],
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1과 2팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 안전한 도시"), p("가. 빗물펌프장 증설 (치수과)"),
        p("□ 사업개요"), p("○ 사업기간 : 2026. 1. ~ 12."), p("□ 추진일정"), p(_table(rows)),
    )  # fmt: skip
    assert _steps(report) == [
        ("실시설계", "2026-01-01", "2026-02-28"),
        ("착공", "2026-03-01", "2026-03-31"),
    ]


def test_a_year_header_over_column_names_is_no_chart() -> None:
    """`구  분   2025년   2026년` over `사업수  금  액  사업수  금  액`: a table's two header
    rows, no chart of periods whose rows mark none (no `schedules.unmarked`, no step)."""
    report = _text(
        _HEAD.replace("   □ 추진일정\n", "")
        + """\
   □ 시군별 추진 현황
                                               (단위 : 개, 백만원)
    구  분              2025년                2026년
                    사업수      금  액    사업수      금  액
    계                  71      11,600        85      14,400
    서림시               9       1,480        10       1,680
    동하시               8       1,260         9       1,460

   □ 추진계획
    ○ ’26. 3. : 착공
"""
    )
    assert not any(w.code == "schedules.unmarked" for w in report.warnings)
    assert [s.task for s in report.schedules] == ["착공"]
