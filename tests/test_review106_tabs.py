"""A TAB-separated table whose first column numbers its rows (review 106): a line that
leaves 연번 empty wraps the row above only when it leaves cells empty and dates nothing;
a line that fills every cell after the first, or holds a date of its own, is a row of its
own (a sub-event under an event, a second event of the day)."""

from __future__ import annotations

from tests.test_other_reports import _text

_HEAD = """\
청람시 문화체육국
2026년 주요업무보고

Ⅰ. 일 반 현 황

1. 조   직

□ 조   직 : 1국 2과 4팀
 ○ 문화예술과(2팀) : 문화정책팀, 예술진흥팀
 ○ 체육진흥과(2팀) : 체육정책팀, 생활체육팀

Ⅱ. 2026년 주요업무계획

1. 2026년 주요행사 계획

연번\t행 사 명\t일    시\t장    소\t주관부서
"""
_TAIL = """
2. 문화도시 조성
□ 문화기반 확충
 ○ 사업기간 : 2026. 1. ~ 12.
"""


def _events(rows: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    report = _text(_HEAD + rows + _TAIL)
    return [
        (e.event, e.start.isoformat() if e.start else None,
         e.end.isoformat() if e.end else None, e.place, e.division)
        for e in report.events
    ]  # fmt: skip


def test_a_sub_event_that_fills_its_row_is_an_event_of_its_own() -> None:
    """`⇥부대행사 : 가족 체험마당⇥’26. 5. 5.⇥시청광장⇥체육진흥과` under event 1 has its own
    date, place and division: an event of its own, not event 1's cells wrapped; a line
    under event 3 that leaves place and division empty and only ends its date range
    (`~6. 14.`) still wraps it."""
    got = _events(
        "1\t청람 어린이 한마당 축제\t’26. 5. 5.\t청람근린공원\t문화예술과\n"
        "\t부대행사 : 가족 체험마당\t’26. 5. 5.\t시청광장\t체육진흥과\n"
        "2\t청람시민의 날 기념식\t’26. 10. 1.\t시민회관\t문화예술과\n"
        "\t시민 화합 한마당\t’26. 10. 2.\t종합운동장\t체육진흥과\n"
        "3\t생활체육 대축전\t’26. 6. 13.\t종합운동장\t체육진흥과\n"
        "\t(읍면동 예선 포함)\t~6. 14.\t\t\n"
    )
    assert got == [
        ("청람 어린이 한마당 축제", "2026-05-05", "2026-05-05", "청람근린공원", "문화예술과"),
        ("부대행사 : 가족 체험마당", "2026-05-05", "2026-05-05", "시청광장", "체육진흥과"),
        ("청람시민의 날 기념식", "2026-10-01", "2026-10-01", "시민회관", "문화예술과"),
        ("시민 화합 한마당", "2026-10-02", "2026-10-02", "종합운동장", "체육진흥과"),
        ("생활체육 대축전 (읍면동 예선 포함)", "2026-06-13", "2026-06-14", "종합운동장",
         "체육진흥과"),
    ]  # fmt: skip


def test_a_line_with_a_date_of_its_own_is_a_row_though_it_leaves_a_cell_empty() -> None:
    """`⇥시민 화합 한마당⇥’26. 10. 2.⇥종합운동장⇥` names no division, yet its date is its
    own (a wrap of the row above ends a range, `~10. 2.`, or dates nothing): an event."""
    got = _events(
        "1\t청람시민의 날 기념식\t’26. 10. 1.\t시민회관\t문화예술과\n"
        "\t시민 화합 한마당\t’26. 10. 2.\t종합운동장\t\n"
        "2\t생활체육 대축전\t’26. 6. 13.\t종합운동장\t체육진흥과\n"
    )
    assert [(e, s, p) for e, s, _, p, _ in got] == [
        ("청람시민의 날 기념식", "2026-10-01", "시민회관"),
        ("시민 화합 한마당", "2026-10-02", "종합운동장"),
        ("생활체육 대축전", "2026-06-13", "종합운동장"),
    ]


def test_a_line_that_fills_every_cell_after_the_first_is_a_row_without_a_date() -> None:
    """`⇥부대행사 : 체험마당⇥상시⇥시청광장⇥체육진흥과` dates nothing but fills every cell
    after 연번: a row of its own, its place and division not event 1's second ones."""
    report = _text(
        _HEAD
        + "1\t청람 어린이 한마당 축제\t’26. 5. 5.\t청람근린공원\t문화예술과\n"
        + "\t부대행사 : 체험마당\t상시\t시청광장\t체육진흥과\n"
        + "2\t생활체육 대축전\t’26. 6. 13.\t종합운동장\t체육진흥과\n"
        + _TAIL
    )
    first = report.events[0]
    assert (first.event, first.place, first.division) == (
        "청람 어린이 한마당 축제", "청람근린공원", "문화예술과"
    )  # fmt: skip
