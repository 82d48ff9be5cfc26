"""A staffing table by grade and by series at once (probe 107, staffmatrix): `구 분 | 계 |
행 정 | 세 무 | …` over `7급 | 44/42 | 16/15 | 14/13 | …`.  The grades are the whole
body's (unit 계), each grade's figures its 계 column's; the series' columns, counted within
the grades, give no rows (the grade rows had each been read as a unit, the series as its
grades, and the 계 check had passed on the grades summed as units)."""

from __future__ import annotations

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probed import failed

_OPENING = (
    "2026년 주요업무보고\n미르구 행정지원국\n\nI. 일반현황\n 1. 조직\n  ○ 기    구 : 2과\n\n"
    "                행 정 지 원 국 장\n          총무과        세무과\n\n"
)
_PLAN = "\nII. 2026년 주요업무계획\n 1. 총무과\n  1) 청사 관리\n   ○ 사업기간: '26. 1.~12.\n"

_MATRIX = (
    " 2. 인    력 : 정원 40명 / 현원 38명\n\n"
    "  가. 직급별·직렬별 현황\n"
    "                                         (단위 : 명, 정원/현원)\n"
    "  구  분           계    행  정    세  무    전  산\n"
    "  계            40/38     20/19     14/13       6/6\n"
    "  5급             2/2       1/1       1/1         -\n"
    "  6급           10/10       5/5       3/3       2/2\n"
    "  7급           16/15       8/7       6/6       2/2\n"
    "  9급            8/7       4/4       2/1       2/2\n"
    "  공무직          4/4       2/2       2/2         -\n"
)


def _grade_rows(report: Report) -> list[tuple[str, bool, str | None, int | None, int | None]]:
    return [(s.unit, s.is_total, s.grade, s.authorized, s.current) for s in report.staffing]


def turned_matrix(rows: list[list[str]]) -> Report:
    """A report whose 인력 part is ``rows``, a matrix drawn in HWPX under `(단위 : 명,
    정원/현원)`."""
    return _hwpx(p("Ⅰ. 일반현황"), p("1. 인 력"), p("(단위 : 명, 정원/현원)"),
                 p(_table(rows)), p("Ⅱ. 주요업무계획"), p("1. 청사 관리"),
                 p("○ 사업비 : 10억원"))  # fmt: skip


def test_grades_down_series_across_are_the_bodys_grades() -> None:
    """Each grade row of the matrix is a grade of the whole (unit 계, no total), its 정원 and
    현원 the 계 column's; the 계 row the total; no row of a series, none a grade as a unit."""
    report = _text(_OPENING + _MATRIX + _PLAN)
    assert _grade_rows(report) == [
        ("계", True, None, 40, 38),
        ("계", False, "5급", 2, 2),
        ("계", False, "6급", 10, 10),
        ("계", False, "7급", 16, 15),
        ("계", False, "9급", 8, 7),
        ("계", False, "공무직", 4, 4),
    ]
    assert not [f for f in failed(report) if f.startswith("staffing")]


def test_the_matrix_is_checked_as_grades_not_as_units() -> None:
    """The grades add up to the 계 (staffing.grades), and no staffing.total sums them as
    units; a grade's 계 that does not add up then fails, where a series' figures do."""
    report = _text(_OPENING + _MATRIX + _PLAN)
    checks = {(c.check, c.passed) for c in report.validation if c.check.startswith("staffing.")}
    assert {("staffing.grades.authorized", True), ("staffing.grades.current", True)} <= checks
    assert not [c for c, _ in checks if c.startswith("staffing.total")]
    wrong = _MATRIX.replace("  7급           16/15", "  7급           17/15")
    report = _text(_OPENING + wrong + _PLAN)
    failing = {c.check for c in report.validation if not c.passed}
    assert "staffing.grades.authorized" in failing


def test_series_down_grades_across() -> None:
    """The same matrix turned (series down, grades across, drawn in HWPX): the grades of
    the 계 row, unit 계; the series' rows none."""
    rows = [["구 분", "계", "5급", "6급", "7급"],
            ["계", "20/19", "2/2", "8/8", "10/9"],
            ["행 정", "12/11", "1/1", "5/5", "6/5"],
            ["세 무", "8/8", "1/1", "3/3", "4/4"]]  # fmt: skip
    report = turned_matrix(rows)
    assert _grade_rows(report) == [
        ("계", True, None, 20, 19),
        ("계", False, "5급", 2, 2),
        ("계", False, "6급", 8, 8),
        ("계", False, "7급", 10, 9),
    ]


def test_grades_under_a_lone_total_column_are_no_totals() -> None:
    """`구 분 | 계` over grade rows (no unit, no series): the 계 column names no unit, each
    grade's row a part of the whole (`is_total` false), the 계 row the total (every grade
    row had been a total)."""
    table = (
        " 2. 인    력\n"
        "                                         (단위 : 명, 정원/현원)\n"
        "  구  분           계\n"
        "  계            26/25\n"
        "  5급             2/2\n"
        "  6급           10/10\n"
        "  7급           14/13\n"
    )
    report = _text(_OPENING + table + _PLAN)
    assert _grade_rows(report) == [
        ("계", True, None, 26, 25),
        ("계", False, "5급", 2, 2),
        ("계", False, "6급", 10, 10),
        ("계", False, "7급", 14, 13),
    ]
