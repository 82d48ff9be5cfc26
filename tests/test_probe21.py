"""Forms of the genre met in a 군's 기획감사실 (LibreOffice PDF), a 자치구's 안전건설국 (HWPX
with boxes nested in boxes) and a 도시철도공사 (Chromium PDF): what each must give,
worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

from datetime import date

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table
from tests.test_probed import failed

# --- a schedule table whose columns are spans of months ------------------------------------


def test_schedule_columns_that_are_spans_of_months() -> None:
    """"추진일정 | 1월~3월 | 4월~6월 | 7월~9월 | 10월~12월" with ● under the spans a task
    runs: each task a step from its first span's start to its last's end (the steps had
    all been lost; quarters and months were read)."""
    report = _hwpx(
        p("Ⅱ. 2026년 주요업무계획"), p("1. 스마트 재난상황관리 시스템 구축 (안전재난과)"),
        p("○ 사업기간 : 2026. 1. ~ 12."),
        p(_table([
            ["추진일정", "1월~3월", "4월~6월", "7월~9월", "10월~12월"],
            ["기본계획 수립", "●", "", "", ""],
            ["센서 설치 및 시스템 구축", "", "", "●", "●"],
            ["시범운영", "", "", "", "●"],
        ])),
    )  # fmt: skip
    got = [(s.task, s.start, s.end) for s in report.schedules]
    assert got == [
        ("기본계획 수립", date(2026, 1, 1), date(2026, 3, 31)),
        ("센서 설치 및 시스템 구축", date(2026, 7, 1), date(2026, 12, 31)),
        ("시범운영", date(2026, 10, 1), date(2026, 12, 31)),
    ]


# --- a note on a grade's excess staff under the staffing table ---------------------------


def test_a_note_on_a_grades_excess_is_no_stated_total() -> None:
    """"※ 6급 현원 초과 1명은 7급 결원에 따른 상위직 보임" under the staffing table: the
    figure is of an excess, not the 현원 (it had been stated as 현원 1, failing the check
    against the table's 30)."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 인 력"), p("(2026. 1. 31. 기준, 단위 : 명)"),
        p(_table([
            ["구 분", "계", "6급", "7급"],
            ["정 원", "30", "10", "20"],
            ["현 원", "30", "11", "19"],
        ])),
        p("※ 6급 현원 초과 1명은 7급 결원에 따른 상위직 보임"),
    )  # fmt: skip
    assert not [t for t in report.stated_totals if t.key.startswith("staffing.")]
    assert failed(report) == []
