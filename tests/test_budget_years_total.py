"""A budget table whose amount columns are years beside their 계 (a 중기지방재정계획's
`구 분 | 계 | 2025 | … | 2029`, a two-year plan's `2025 예산 | 2026 계획 | 합계`): the 계 is
the sum of the years, of none of them; each year's column keeps its year."""

from __future__ import annotations

import pytest

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table


def _report(rows: list[list[str]]) -> Report:
    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 3과 10팀"),
        p("2. 예산현황"), p("□ 세입 재원별 전망"), p("(단위 : 억원)"), p(_table(rows)),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 재정 건전성 강화"), p("□ 지방채 관리"),
    )  # fmt: skip


@pytest.mark.parametrize(
    "head",
    [
        ["구  분", "계", "2025", "2026", "2027"],
        ["구  분", "2025", "2026", "2027", "계"],
        ["구  분", "2025년", "2026년", "2027년", "합 계"],
    ],
)
def test_the_sum_of_the_years_columns_is_of_no_year(head: list[str]) -> None:
    body = [["지 방 세", "600", "180", "200", "220"], ["세외수입", "300", "90", "100", "110"]]
    if head[1] != "계":  # (the 계 column last: its figures last too)
        body = [[r[0], *r[2:], r[1]] for r in body]
    report = _report([head, *body])
    lines = {(b.item, b.raw): b for b in report.budget_lines}
    assert lines[("지방세", "600")].year is None
    assert lines[("세외수입", "300")].year is None
    assert lines[("지방세", "600")].amount_krw == 60_000_000_000
    assert [lines[("지방세", raw)].year for raw in ("180", "200", "220")] == [2025, 2026, 2027]


def test_a_total_column_beside_one_year_keeps_the_reports_year() -> None:
    """`구 분 | 계 | 국 비 | 시 비` under a 2025 report: the 계 is that year's, as before."""
    report = _report([
        ["구  분", "계", "국 비", "시 비"],
        ["지 방 세", "600", "400", "200"],
        ["세외수입", "300", "100", "200"],
    ])  # fmt: skip
    years = {b.year for b in report.budget_lines if b.raw in ("600", "300")}
    assert years == {2025}
