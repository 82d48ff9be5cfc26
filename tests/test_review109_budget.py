"""The division column of a 세부사업 appendix (review 109, items 5 and 8): a column of the
divisions before the teams' is read under the headers 구/군 reports give it (실과, 실·과,
과(소), 부서(과)), and a column of the officials in charge (담 당 over "주무관 김○○") is
never the items' division.  What each must give is worked out from the rows written here."""

from __future__ import annotations

import pytest

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx
from tests.test_probe22_budget import Cell, _grid
from tests.test_probed import failed


def _appendix(rows: list[list[Cell | str]]) -> Report:
    return _hwpx(
        p("2026년 주요업무보고"), p("안전도시국"),
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 2과 4팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 안전문화 확산"), p("○ 사업비 : 2억원"),
        p("붙임  2026년 세부사업별 예산 현황"), p("(단위 : 천원)"), p(_grid(rows)),
    )  # fmt: skip


def _by_division(division: str, team: str) -> list[list[Cell | str]]:
    """구 분 over a column of the divisions headed ``division`` and one of the teams headed
    ``team``, then 세 부 사 업; each 과 merged down over its 소 계 and its teams' items."""
    return [
        [("구    분", 1, 3), ("2026년 예산", 2, 1), ("2025년 예산", 2, 1)],
        [division, team, "세 부 사 업"],
        [("합    계", 1, 3), "1,000", "900"],
        [("안전총괄과", 4, 1), ("소    계", 1, 2), "600", "500"],
        [("안전정책팀", 2, 1), "안전문화 확산", "200", "150"],
        ["지역안전지수 개선", "100", "100"],
        ["재난대응팀", "재난상황실 운영", "300", "250"],
        [("도로과", 3, 1), ("소    계", 1, 2), "400", "400"],
        ["도로시설팀", "보도 정비", "250", "300"],
        ["도로행정팀", "도로명주소 관리", "150", "100"],
    ]


#: each 과's 소 계 row its division's, each item of the 과 merged down beside it
BY_DIVISION = [
    ("bureau", None, None, "합계", 1_000_000),
    ("division", "안전총괄과", "합계", "안전총괄과", 600_000),
    ("item", "안전총괄과", "안전총괄과", "안전문화 확산", 200_000),
    ("item", "안전총괄과", "안전총괄과", "지역안전지수 개선", 100_000),
    ("item", "안전총괄과", "안전총괄과", "재난상황실 운영", 300_000),
    ("division", "도로과", "합계", "도로과", 400_000),
    ("item", "도로과", "도로과", "보도 정비", 250_000),
    ("item", "도로과", "도로과", "도로명주소 관리", 150_000),
]


@pytest.mark.parametrize(
    ("division", "team"),
    [("실과", "팀"), ("실 · 과", "팀"), ("과(소)", "팀"), ("실과소", "팀 명"),
     ("부서(과)", "팀"), ("실과", "담 당")],
)  # fmt: skip
def test_a_column_of_the_divisions_before_the_teams_under_any_of_its_headers(
    division: str, team: str
) -> None:
    """`실과 | 팀 | 세부사업` is read as `과 | 팀 | 세부사업` is: the 소 계 rows are the
    divisions', the items theirs (the teams had been the divisions, the 소계 rows lost)."""
    report = _appendix(_by_division(division, team))
    got = [(b.level, b.division, b.parent, b.item, b.budget_krw) for b in report.budget_items]
    assert got == BY_DIVISION
    sums = [(c.check, c.expected) for c in report.validation if c.check.startswith("budget_items")]
    assert sums == [
        ("budget_items.division_sum.budget", "600천원"),
        ("budget_items.division_sum.budget", "400천원"),
        ("budget_items.bureau_sum.budget", "1,000천원"),
    ]
    assert not failed(report)


@pytest.mark.parametrize(
    ("head", "officials"),
    [("담 당", ("주무관 김○○", "주무관 이○○", "주무관 박○○")),
     ("소 관", ("김주무관", "이주무관", "팀장 박○○"))],
)  # fmt: skip
def test_a_trailing_column_of_officials_is_no_division(
    head: str, officials: tuple[str, str, str]
) -> None:
    """`팀 | 세부사업 | 2026년 예산 | 담 당`, the last column the official in charge of each
    item: each item is of the 팀 merged down beside it (the officials had been the
    divisions), and so is the plan's project the appendix's item names."""
    first, second, third = officials
    rows: list[list[Cell | str]] = [
        [("구    분", 1, 2), ("2026년 예산", 2, 1), (head, 2, 1)],
        ["팀", "세 부 사 업"],
        [("합    계", 1, 2), "600", ""],
        [("안전정책팀", 2, 1), "안전문화 확산", "200", first],
        ["지역안전지수 개선", "100", second],
        ["재난대응팀", "재난상황실 운영", "300", third],
    ]
    report = _appendix(rows)
    got = [(b.level, b.division, b.item, b.budget_krw) for b in report.budget_items]
    assert got == [
        ("bureau", None, "합계", 600_000),
        ("item", "안전정책팀", "안전문화 확산", 200_000),
        ("item", "안전정책팀", "지역안전지수 개선", 100_000),
        ("item", "재난대응팀", "재난상황실 운영", 300_000),
    ]
    assert [(x.title, x.division) for x in report.projects] == [("안전문화 확산", "안전정책팀")]
    # (the budget's checks only: the 조직 line's 4팀 against this table's two is no matter here)
    assert not [f for f in failed(report) if f.startswith("budget")]


def test_a_column_of_teams_with_their_officials_gives_the_teams() -> None:
    """`세부사업 | 2026년 예산 | 담 당` over "안전정책팀 주무관 김○○": the 담당 cell names the
    team before its official, so each item is the team's, and so is the plan's project
    (the column had been taken for one of officials and no division given; second review
    109 item 9)."""
    rows: list[list[Cell | str]] = [
        ["세 부 사 업", "2026년 예산", "담 당"],
        ["합    계", "600", ""],
        ["안전문화 확산", "200", "안전정책팀 주무관 김○○"],
        ["지역안전지수 개선", "100", "안전정책팀 주무관 이○○"],
        ["보도 정비", "300", "도로시설팀 주무관 박○○"],
    ]
    report = _appendix(rows)
    got = [(b.level, b.division, b.item) for b in report.budget_items]
    assert got == [
        ("bureau", None, "합계"),
        ("item", "안전정책팀", "안전문화 확산"),
        ("item", "안전정책팀", "지역안전지수 개선"),
        ("item", "도로시설팀", "보도 정비"),
    ]
    assert [(p.title, p.division) for p in report.projects] == [("안전문화 확산", "안전정책팀")]
