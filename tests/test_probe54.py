"""Forms of the genre met in a fifth round of reports (a 구's bureau over its 동, a bureau
with affiliated bodies): what each must give, worked out from its lines, and what had
been lost or misread before."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table


def test_an_org_table_of_divisions_and_dongs_with_their_teams() -> None:
    """"구 분 | 과·동 | 팀" with a row "동 행정복지센터 (3개동) | 가온1동, 가온2동, 솔빛동": the
    과 over their teams, each 동 a unit of the bureau, no unit of the row's label (the
    whole table had been refused for its 동 row and its "과·동" header)."""
    chart = _table([
        ["구 분", "과·동", "팀"],
        ["계", "2과 3동", "4팀"],
        ["행정지원국", "자치행정과", "자치행정팀, 주민자치팀"],
        ["", "총무과", "총무팀, 인사팀"],
        ["", "동 행정복지센터 (3개동)", "가온1동, 가온2동, 솔빛동"],
    ], spans={(2, 0): 3})  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무보고"), p("서하구 행정지원국"), p("Ⅰ. 일반현황"), p("1. 조직"), p(chart),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 주민자치 활성화"), p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip
    assert [(u.name, u.level, u.parent, u.unit_type) for u in report.organization] == [
        ("행정지원국", "bureau", None, "국"),
        ("자치행정과", "division", "행정지원국", "과"),
        ("자치행정팀", "team", "자치행정과", "팀"), ("주민자치팀", "team", "자치행정과", "팀"),
        ("총무과", "division", "행정지원국", "과"),
        ("총무팀", "team", "총무과", "팀"), ("인사팀", "team", "총무과", "팀"),
        ("가온1동", "division", "행정지원국", "동"), ("가온2동", "division", "행정지원국", "동"),
        ("솔빛동", "division", "행정지원국", "동"),
    ]  # fmt: skip


def test_a_division_across_both_columns_after_a_divisions_group_is_its_own() -> None:
    """"자치행정과" merged down over "소 계" and two programmes, then "총무과" across both
    columns: 총무과's amounts are its own (they had been 자치행정과's)."""
    budget = _table([
        ["구 분", "", "2026년 예산", "2025년 예산"],
        ["합 계", "", "24,395", "23,097"],
        ["자치행정과", "소 계", "15,968", "15,189"],
        ["", "자치행정 일반", "6,842", "6,315"],
        ["", "동 행정복지센터 운영", "9,126", "8,874"],
        ["총무과", "", "8,427", "7,908"],
    ], spans={(2, 0): 3})  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 2과"), p("2. 예산"), p("(단위 : 백만원)"), p(budget),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 주민자치 활성화"), p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip
    units = [(b.unit, b.amount_krw) for b in report.budget_lines if b.year == 2026]
    assert units[-1] == ("총무과", 8_427_000_000)
    assert [u for u, _ in units].count("자치행정과") == 3


def test_a_budget_stated_after_affiliated_bodies_is_theirs() -> None:
    """"□ 출자·출연기관 등 4개 기관 (정원 186명, 2026년 예산 98,420백만원)": no stated total
    of the bureau's budget (it had been one, its check against the bureau's table failing)."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 2과"), p("2. 예산"),
        p("□ 2026년 세출예산(일반회계) : 378,900백만원"), p("3. 소관 공공기관 현황"),
        p("□ 출자·출연기관 등 4개 기관 (정원 186명, 2026년 예산 98,420백만원)"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 문화예술 진흥"), p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip
    assert [(s.key, s.value) for s in report.stated_totals if s.key.startswith("budget")] == [
        ("budget.expenditure.일반회계", 378_900_000_000),
    ]
