"""A 군 보건소's report as a text export (its staff by 과 and 직렬, its branch offices listed
after the chart, its duties by division): what each part must give, worked out from its
lines, and what had been lost or misread before."""

from __future__ import annotations

from tests.test_other_reports import _text
from tests.test_probed import failed

#: the report's opening: a cover, the chart (1소 2과), then the part on staff
_OPENING = (
    "2026년 주요업무보고\n한빛군 보건소\n\nI. 일반현황\n 1. 조직\n  ○ 기    구 : 1소 2과\n\n"
    "                보 건 소 장\n          보건행정과        건강증진과\n\n"
)
_PLAN = (
    "\nIII. 2026년 주요업무 추진계획\n 1. 보건행정과\n  1) 응급의료 지원\n"
    "   ○ 사업기간: '26. 1.~12.\n"
)

# --- a staffing table by 과, each 과's rows by 직렬 -------------------------------------------


def test_staff_by_division_then_series() -> None:
    """"보건행정과 | 소 계" over "| 보 건 직", "| 간 호 직": the 과 is the unit of its rows,
    each 직렬 a grade of it, its 소계 its total (the 직렬 had been taken for the unit, 소계
    too, and the second 과's rows merged into the first's: 5 rows were lost and the
    과부족 of 건강증진과's 간호직 was checked against 보건행정과's)."""
    report = _text(
        _OPENING + " 2. 인력\n"
        "                                        ('26. 1. 1. 기준, 단위: 명)\n"
        "  구        분                 정  원    현  원    과부족\n"
        "  합        계                     16        14       △2\n"
        "  보건소장                          1         1         -\n"
        "  보건행정과      소    계          8         7       △1\n"
        "                  보 건 직          5         4       △1\n"
        "                  간 호 직          3         3         -\n"
        "  건강증진과      소    계          7         6       △1\n"
        "                  간 호 직          4         3       △1\n"
        "                  공 무 직          3         3         -\n" + _PLAN
    )
    got = [(s.unit, s.is_total, s.grade, s.authorized, s.current) for s in report.staffing]
    assert got == [
        ("계", True, None, 16, 14),
        ("보건소장", False, None, 1, 1),
        ("보건행정과", True, None, 8, 7),
        ("보건행정과", False, "보건직", 5, 4),
        ("보건행정과", False, "간호직", 3, 3),
        ("건강증진과", True, None, 7, 6),
        ("건강증진과", False, "간호직", 4, 3),
        ("건강증진과", False, "공무직", 3, 3),
    ]
    assert not [f for f in failed(report) if f.startswith("staffing")]
    checked = {c.check for c in report.validation if c.passed}
    assert {"staffing.balance", "staffing.grades.authorized", "staffing.grades.current"} <= checked


def test_staff_by_division_then_series_with_no_subtotals() -> None:
    """The same without 소계 rows (as many 과 labels as 직렬 ones): the 과 still the unit
    (the rows' side had been taken for grades whole, every unit lost to 계, and the
    직렬 of two 과 merged: the grades failed to add up to the 합계)."""
    report = _text(
        _OPENING + " 2. 인력\n"
        "                                        ('26. 1. 1. 기준, 단위: 명)\n"
        "  구        분                 정  원    현  원\n"
        "  합        계                     15        13\n"
        "  보건행정과      보 건 직          5         4\n"
        "                  간 호 직          3         3\n"
        "  건강증진과      간 호 직          4         4\n"
        "                  행 정 직          3         2\n" + _PLAN
    )
    got = [(s.unit, s.is_total, s.grade, s.authorized, s.current) for s in report.staffing]
    assert got == [
        ("계", True, None, 15, 13),
        ("보건행정과", False, "보건직", 5, 4),
        ("보건행정과", False, "간호직", 3, 3),
        ("건강증진과", False, "간호직", 4, 4),
        ("건강증진과", False, "행정직", 3, 2),
    ]
    assert not [f for f in failed(report) if f.startswith("staffing")]


# --- branch offices listed after the chart ---------------------------------------------------


def test_branch_offices_listed_after_the_chart() -> None:
    """"○ 보건지소(3) : 한내보건지소, 서곡보건지소," wrapped onto "북천보건지소", then "○
    보건진료소(2) : …": each a unit of its kind under the 보건소, counted by the count line's
    "보건지소 3개소, 보건진료소 2개소" (the lists had been read as nothing, or the wrapped
    line's name alone as a 과, failing "2과 stated, 3 in the chart")."""
    report = _text(
        "2026년 주요업무보고\n한빛군 보건소\n\nI. 일반현황\n 1. 조직\n"
        "  ○ 기    구 : 1소 2과 4팀, 보건지소 3개소, 보건진료소 2개소\n\n"
        "                보 건 소 장\n\n"
        "          보건행정과        건강증진과\n\n"
        "          보건행정팀        건강증진팀\n"
        "          감염병관리팀      정신건강팀\n\n"
        "  ○ 보건지소(3) : 한내보건지소, 서곡보건지소,\n"
        "                  북천보건지소\n"
        "  ○ 보건진료소(2) : 용바위보건진료소, 솔재보건진료소\n"
        "   * 공중보건의사 3명 보건지소 배치\n\n"
        " 2. 인력\n  ○ 정원 20명, 현원 19명\n" + _PLAN
    )
    got = [(u.name, u.level, u.parent, u.unit_type) for u in report.organization]
    assert got[-5:] == [
        ("한내보건지소", "division", "보건소", "보건지소"),
        ("서곡보건지소", "division", "보건소", "보건지소"),
        ("북천보건지소", "division", "보건소", "보건지소"),
        ("용바위보건진료소", "division", "보건소", "보건진료소"),
        ("솔재보건진료소", "division", "보건소", "보건진료소"),
    ]
    wrapped = next(u for u in report.organization if u.name == "북천보건지소")
    assert wrapped.line_start == wrapped.line_end == 16  # (the line it was wrapped onto)
    assert [u.name for u in report.organization if u.unit_type == "과"] == [
        "보건행정과", "건강증진과",
    ]  # fmt: skip
    counts = [c for c in report.validation if c.check == "organization.counts"]
    got_counts = [(c.passed, c.expected, c.actual) for c in counts]
    # (and "1소" is the 보건소 itself, the top)
    assert got_counts == [(True, "1", "1"), (True, "7", "7"), (True, "4", "4")]


# --- a division's name wrapped in its cell of the duties table -------------------------------


def test_a_division_name_wrapped_after_a_middle_dot() -> None:
    """"보건지소·" over "진료소" in the duties table's first column, each line beside a duty:
    one division, 보건지소·진료소, with its three duties (it had been two divisions, the
    first with one duty, the second with two)."""
    report = _text(
        _OPENING + "II. 부서별 주요기능\n\n"
        "   부     서                        주  요  기  능\n"
        "  보건행정과      ○ 보건소 인사·예산·회계 및 청사 관리\n"
        "                  ○ 의약업소 인허가 및 지도점검\n\n"
        "  보건지소·      ○ 공중보건의사 배치 및 일차진료\n"
        "  진료소          ○ 보건진료 전담공무원 상주 진료\n"
        "                  ○ 예방접종 및 건강검진 결과 사후관리\n\n" + _PLAN
    )
    got = [(f.division, f.seq, f.function) for f in report.functions]
    assert got == [
        ("보건행정과", 1, "보건소 인사·예산·회계 및 청사 관리"),
        ("보건행정과", 2, "의약업소 인허가 및 지도점검"),
        ("보건지소·진료소", 1, "공중보건의사 배치 및 일차진료"),
        ("보건지소·진료소", 2, "보건진료 전담공무원 상주 진료"),
        ("보건지소·진료소", 3, "예방접종 및 건강검진 결과 사후관리"),
    ]
