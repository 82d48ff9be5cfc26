"""Review 111 of the Gantt charts of a text export: a chart whose task rows open right of
the task column's label (`구  분   1월 … 12월` over `ㅇ 실시설계   ●●●●`) is a chart, its rows
no names of columns; heads followed by a column of remarks (`비 고`) or by their unit in
square brackets or a caption's (`[월]`, `(단위:월)`), and bars drawn between `├` and `┤`."""

from __future__ import annotations

import re

from schemas import Report
from tests.test_fix111_gantt import _HEAD as CARD_HEAD
from tests.test_fix111_gantt import bar_line
from tests.test_other_reports import _text

_HEAD = CARD_HEAD.replace("수변공원", "체육공원")


def _row(head: str, task: str, *bars: tuple[int, int, str]) -> str:
    """A task's line under ``head``, each bar (first month, last month, how it is drawn:
    its ends and its shaft, "├─┤", or one glyph, "●") set from under its first month's
    number to the end of its last's."""
    at = {int(m[1]): (m.start(), m.end()) for m in re.finditer(r"\b(\d{1,2})(?:월)?(?!\d)", head)}
    return bar_line(at, task, *bars)


def _chart(head: str, drawn: str, indent: str = "") -> Report:
    """A card whose 추진일정 is a chart under ``head`` of three tasks drawn ``drawn``."""
    rows = [
        _row(head, f"{indent}실시설계", (1, 2, drawn)),
        _row(head, f"{indent}조성공사", (3, 5, drawn), (9, 10, drawn)),
        _row(head, f"{indent}준공", (12, 12, drawn)),
    ]
    return _text(_HEAD + "".join(f"    {ln}\n" for ln in (head, *rows)))


def _steps(report: Report) -> list[tuple[str, str, str]]:
    return sorted(
        (s.task, s.start.isoformat(), s.end.isoformat())
        for s in report.schedules if s.start and s.end
    )  # fmt: skip


_EXPECTED = [
    ("실시설계", "2026-01-01", "2026-02-28"),
    ("조성공사", "2026-03-01", "2026-05-31"),
    ("조성공사", "2026-09-01", "2026-10-31"),
    ("준공", "2026-12-01", "2026-12-31"),
]


def _no_junk(report: Report) -> None:
    """No step whose task is the chart's lines joined, none undated."""
    assert all(s.start for s in report.schedules), [s.task for s in report.schedules]


def test_bulleted_task_rows_right_of_the_label_are_a_charts_rows() -> None:
    """`구  분   1월 … 12월` over `ㅇ 실시설계   ●●` set right of `구  분`: each task's runs
    of ● its steps (the month heads had been taken for a table's header, its rows the
    names of its columns: one step of the heads, tasks undated)."""
    head = "구  분                1월 2월 3월 4월 5월 6월 7월 8월 9월 10월 11월 12월"
    report = _chart(head, "●", indent="        ㅇ ")
    assert _steps(report) == _EXPECTED
    _no_junk(report)


def test_dashed_task_rows_under_month_numbers_and_their_unit() -> None:
    """`구  분   1  2 … 12 (월)` over `- 실시설계   ■■` set right of `구  분`: a chart."""
    head = "구  분                1  2  3  4  5  6  7  8  9 10 11 12 (월)"
    report = _chart(head, "■", indent="        - ")
    assert _steps(report) == _EXPECTED
    _no_junk(report)


def test_a_remarks_column_after_the_months() -> None:
    """`1 … 12  비 고`: the remarks' head no period, the months still the chart's heads."""
    head = "추 진 내 용                   1  2  3  4  5  6  7  8  9 10 11 12  비 고"
    report = _chart(head, "◀━▶")
    assert _steps(report) == _EXPECTED
    _no_junk(report)


def test_the_months_unit_in_square_brackets_or_a_captions() -> None:
    """`[월]` and `(단위:월)` after the month numbers are their unit (the colon of the
    caption's no bullet's line of months)."""
    for unit in ("[월]", "(단위:월)", "(단위 : 월)"):
        head = f"추 진 내 용                   1  2  3  4  5  6  7  8  9 10 11 12 {unit}"
        report = _chart(head, "■")
        assert _steps(report) == _EXPECTED, unit
        _no_junk(report)


def test_bars_between_box_drawing_ends() -> None:
    """`├──┤` marks the months it spans, `├┤` one month's (they had been no mark: the
    chart marked nothing); typed, `|──|`, with its shaft."""
    head = "추 진 내 용                   1  2  3  4  5  6  7  8  9 10 11 12 (월)"
    report = _chart(head, "├─┤")
    assert _steps(report) == _EXPECTED
    assert not any(w.code == "schedules.unmarked" for w in report.warnings)
    report = _chart(head, "|─|")
    assert _steps(report)[:3] == _EXPECTED[:3]


def test_a_year_header_over_column_names_stays_no_chart() -> None:
    """`구  분   2025년   2026년` over `사업수  금 액  사업수  금 액`: no chart (the rule kept
    for years over their columns' names)."""
    report = _text(
        _HEAD.replace("   □ 추진일정\n", "")
        + """\
   □ 시군별 추진 현황
                                               (단위 : 개, 백만원)
    구  분              2025년                2026년
                    사업수      금  액    사업수      금  액
    계                  71      11,600        85      14,400
    서림시               9       1,480        10       1,680

   □ 추진계획
    ○ ’26. 3. : 착공
"""
    )
    assert not any(w.code == "schedules.unmarked" for w in report.warnings)
    assert [s.task for s in report.schedules] == ["착공"]
