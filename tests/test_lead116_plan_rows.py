"""A card's investment plan by years laid down the rows (연차별 투자계획: ``구 분 | 계 | 국 비 |
시 비`` over rows ``총사업비``, ``기투자``, ``2025년``, ``2026년 이후``) gave no plan_years, and
nothing checked that its periods add up to the whole cost of each source."""

from __future__ import annotations

import pytest

from schemas import Report
from tests.hwpx_maker import p
from tests.test_fix114_corp import _hwpx, _table

COVER = ["2025년 주요업무계획", "도시교통국", "2025. 2."]
CARD = ["Ⅲ. 2025년 주요업무계획", "1. 도시철도 차량기지 이전", "□ 사업개요",
        "○ 기 간 : 2023. ~ 2027.", "○ 사업비 : 1,000억원(국 500, 시 500)", "○ 연차별 투자계획",
        "(단위 : 억원)"]  # fmt: skip
ROWS = [
    ["구 분", "계", "국 비", "시 비"],
    ["총사업비", "1,000", "500", "500"],
    ["기투자(~’24)", "300", "150", "150"],
    ["2025년", "200", "100", "100"],
    ["2026년 이후", "500", "250", "250"],
]


def _report(rows: list[list[str]]) -> Report:
    table = _table(rows)  # type: ignore[arg-type]
    return _hwpx(*map(p, CARD), table, p("□ 추진계획"), p("○ 2025. 3. 실시설계"), cover=COVER)


def test_rows_of_periods_give_plan_years() -> None:
    r = _report(ROWS)
    got = {(y.source, y.period, y.year): y.amount_krw for y in r.plan_years}
    e = 100_000_000
    assert got == {
        (None, "total", None): 1000 * e, ("국비", "total", None): 500 * e,
        ("시비", "total", None): 500 * e, (None, "before", None): 300 * e,
        ("국비", "before", None): 150 * e, ("시비", "before", None): 150 * e,
        (None, "year", 2025): 200 * e, ("국비", "year", 2025): 100 * e,
        ("시비", "year", 2025): 100 * e, (None, "after", None): 500 * e,
        ("국비", "after", None): 250 * e, ("시비", "after", None): 250 * e,
    }  # fmt: skip
    card = next(x for x in r.projects if x.title == "도시철도 차량기지 이전")
    assert {(y.project, y.project_id) for y in r.plan_years} == {(card.title, card.project_id)}


@pytest.mark.parametrize(
    ("cell", "raw", "passed"),
    [
        ((2, 2), "150", [True, True, True]),  # as printed: every source adds up
        ((2, 2), "160", [True, False, True]),  # 기투자 국비 160: 국비 makes 510, not 500
        ((3, 3), "90", [True, True, False]),  # 시비's 2025 short by 10
    ],
)
def test_the_periods_add_up_to_each_source_whole(
    cell: tuple[int, int], raw: str, passed: list[bool]
) -> None:
    rows = [list(r) for r in ROWS]
    rows[cell[0]][cell[1]] = raw
    got = {
        c.detail.split("(")[1].split(")")[0]: c.passed
        for c in _report(rows).validation if c.check == "tables.years_total"
    }  # fmt: skip
    assert [got["총사업비 / 계"], got["총사업비 / 국비"], got["총사업비 / 시비"]] == passed


def test_a_table_of_sources_by_no_period_is_no_plan() -> None:
    rows = [["구 분", "계", "국 비", "시 비"], ["사업비", "1,000", "500", "500"]]
    assert _report(rows).plan_years == []
