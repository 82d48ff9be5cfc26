"""What review 107 found the table by grade and by series missing: a matrix whose series
carry `기 타`, or a group of series that is a grade word elsewhere (`연구직`, `지도직`,
`기능직`), beside grades such as `연구사`.  Most of its labels being series, the grades are
the whole body's (unit 계), each its 계 column's; the series' columns give no rows (each
grade had been read as a unit, the series as its grades, and staffing.total had passed on
the grades summed as units).  A table by unit under the same header stays one by unit."""

from __future__ import annotations

from tests.test_other_reports import _text
from tests.test_probe107_staffmatrix import _OPENING, _PLAN, _grade_rows, turned_matrix
from tests.test_probed import failed

_OTHER = (
    " 2. 인    력 : 정원 40명 / 현원 38명\n\n"
    "  가. 직급별·직렬별 현황\n"
    "                                         (단위 : 명, 정원/현원)\n"
    "  구  분           계    행  정    세  무    기  타\n"
    "  계            40/38     20/19     14/13       6/6\n"
    "  5급             2/2       1/1       1/1         -\n"
    "  6급           10/10       5/5       3/3       2/2\n"
    "  7급           16/15       8/7       6/6       2/2\n"
    "  9급            8/7       4/4       2/1       2/2\n"
    "  공무직          4/4       2/2       2/2         -\n"
)

_RESEARCH = (
    " 2. 인    력 : 정원 20명 / 현원 19명\n\n"
    "                                         (단위 : 명, 정원/현원)\n"
    "  구  분           계    행정직    농업직    연구직\n"
    "  계            20/19      8/8       8/7       4/4\n"
    "  5급             2/2       1/1       1/1         -\n"
    "  6급             8/8       3/3       5/5         -\n"
    "  7급             6/5       4/4       2/1         -\n"
    "  연구사          4/4        -         -        4/4\n"
)


_rows = _grade_rows


def _checks(report: object) -> set[str]:
    validation = report.validation  # type: ignore[attr-defined]
    return {c.check for c in validation if c.check.startswith("staffing.")}


def test_a_series_column_of_the_rest_keeps_the_matrix() -> None:
    """`행 정 | 세 무 | 기 타` across, grades down: the grades of the 계 column, no row of a
    series nor of 기타; the grades checked against the 계, none summed as units."""
    report = _text(_OPENING + _OTHER + _PLAN)
    assert _rows(report) == [
        ("계", True, None, 40, 38),
        ("계", False, "5급", 2, 2),
        ("계", False, "6급", 10, 10),
        ("계", False, "7급", 16, 15),
        ("계", False, "9급", 8, 7),
        ("계", False, "공무직", 4, 4),
    ]
    checks = _checks(report)
    assert {"staffing.grades.authorized", "staffing.grades.current"} <= checks
    assert not [c for c in checks if c.startswith("staffing.total")]
    assert not [f for f in failed(report) if f.startswith("staffing")]


def test_a_research_series_beside_research_grades() -> None:
    """`행정직 | 농업직 | 연구직` over `5급 … 연구사`: 연구직 a series of the matrix, 연구사 a
    grade; a grade's 계 that does not add up fails staffing.grades."""
    report = _text(_OPENING + _RESEARCH + _PLAN)
    assert _rows(report) == [
        ("계", True, None, 20, 19),
        ("계", False, "5급", 2, 2),
        ("계", False, "6급", 8, 8),
        ("계", False, "7급", 6, 5),
        ("계", False, "연구사", 4, 4),
    ]
    assert not [c for c in _checks(report) if c.startswith("staffing.total")]
    wrong = _RESEARCH.replace("  6급             8/8", "  6급             9/8")
    report = _text(_OPENING + wrong + _PLAN)
    failing = {c.check for c in report.validation if not c.passed}
    assert "staffing.grades.authorized" in failing


def test_series_groups_down_grades_across() -> None:
    """Turned, in HWPX: `행정직 | 지도직 | 기능직 | 기 타` down, `5급 | 6급 | 지도사` across:
    the grades of the 계 row, unit 계; the series' rows none."""
    rows = [["구 분", "계", "5급", "6급", "지도사"],
            ["계", "20/19", "2/2", "10/10", "8/7"],
            ["행정직", "8/8", "1/1", "7/7", "-"],
            ["지도직", "8/7", "-", "-", "8/7"],
            ["기능직", "3/3", "1/1", "2/2", "-"],
            ["기 타", "1/1", "-", "1/1", "-"]]  # fmt: skip
    report = turned_matrix(rows)
    assert _rows(report) == [
        ("계", True, None, 20, 19),
        ("계", False, "5급", 2, 2),
        ("계", False, "6급", 10, 10),
        ("계", False, "지도사", 8, 7),
    ]


def test_a_table_by_unit_under_series_stays_by_unit() -> None:
    """`구 분 | 계 | 행정직 | 연구직 | 기 타` over `총무과 | 세무과` (a guard, as before the
    change): the rows are units, each with its 계 and its series as grades; no matrix."""
    table = (
        " 2. 인    력\n"
        "                                         (단위 : 명, 정원/현원)\n"
        "  구  분           계    행정직    연구직    기  타\n"
        "  계            20/19     12/11       6/6       2/2\n"
        "  총무과         12/11      8/7       3/3       1/1\n"
        "  세무과           8/8      4/4       3/3       1/1\n"
    )
    report = _text(_OPENING + table + _PLAN)
    units = [(u, t, g) for u, t, g, _, _ in _rows(report) if g is None]
    assert units == [("계", True, None), ("총무과", True, None), ("세무과", True, None)]
    assert ("총무과", False, "연구직", 3, 3) in _rows(report)


def test_grades_beside_a_unit_across_are_no_matrix() -> None:
    """`계 | 총무과 | 세무과 | 기 타` across `5급 | 연구사` (a guard): a unit among the
    labels across makes them units, no series, however few."""
    table = (
        " 2. 인    력\n"
        "                                         (단위 : 명, 정원/현원)\n"
        "  구  분           계    총무과    세무과    기  타\n"
        "  계              6/6      3/3       2/2       1/1\n"
        "  5급             2/2      1/1       1/1         -\n"
        "  연구사          4/4      2/2       1/1       1/1\n"
    )
    report = _text(_OPENING + table + _PLAN)
    assert {u for u, *_ in _rows(report)} >= {"총무과", "세무과"}
