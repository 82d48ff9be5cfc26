"""Fixes of the 117th round (agri): a 군 농업기술센터's 주요업무보고 as HWP 5 (and HWPX).

A facility's area in the one-glyph ㏊ (`시험포 | 12.5㏊`) is a measure, and a row that
holds one a row of the body, no header; a staffing table whose series 지도직 is set out by
its grades alone, beside 일반직 and 공무직 of no grades, adds up to its 계 with those
grades; a list of 시범사업 by quantity and cost, `사업명 | 개소 | 사업비 | 국비 | 도비 |
군비 | 자부담`, lists projects (their 사업량, cost and sources); a training plan's table,
`교육명 | 기간 | 인원`, dates its courses.
"""

from __future__ import annotations

import pytest

from extract.normalize.figures import is_value
from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import grid, hwpx, p, sec, to_hwp

pytest.importorskip("hwpx")

FORMS = ["hwp", "hwpx"]


def _doc(paras: list[str], form: str) -> Report:
    data = hwpx(sec(*paras))
    if form == "hwp":
        return check(parse_document(read_bytes(to_hwp(data), "report.hwp"), "report"))
    return check(parse_document(read_bytes(data, "report.hwpx"), "report"))


def _general(*paras: str) -> list[str]:
    return [
        p("2025 주요업무보고"), p("솔뫼군 농업기술센터"), p("Ⅰ. 일반현황"),
        p("1. 조직 및 인력"), p("○ 조 직 : 1소 2과 4팀"), *paras,
        p("Ⅱ. 2025 주요업무계획"), p("1. 농업인 상담"), p("○ 사업기간 : ’25. 1.~12."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12.5㏊", True), ("3,200㎥", True), ("150㎏", True), ("2.5ℓ", True)],
)
def test_a_figure_in_any_unit_of_measure_is_a_value(text: str, expected: bool) -> None:
    assert is_value(text) is expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("first", "value", "base"),
    [("12.5㏊", 125_000, "㎡"), ("300㎏", 300, "kg"), ("0.8㏊", 8_000, "㎡")],
)
def test_a_facilitys_area_in_ha_is_a_measure_of_the_body(
    form: str, first: str, value: int, base: str
) -> None:
    report = _doc(_general(
        p("2. 주요 시설"),
        p(grid([
            ["시 설 명", "규 모", "위 치"],
            ["시험포", first, "솔뫼읍 구룡리"],
            ["유리온실", "3,300㎡", "솔뫼읍 구룡리"],
        ])),
    ), form)  # fmt: skip
    cell = next(c for c in report.table_cells if c.raw == first)
    assert not cell.is_header
    assert cell.row_header == "시험포"
    assert cell.col_header == "규모"
    assert cell.value_kind == "measure"
    assert cell.measure_value == value
    assert cell.measure_unit == base
    assert cell.value_krw is None


def _staff(total: tuple[str, str]) -> list[str]:
    return _general(
        p("○ 인 력 (’25. 1. 1. 기준)"),
        p("(단위 : 명)"),
        p(grid([
            ["구 분", "계", "지도직", "", "", "일반직", "공무직"],
            ["", "", "지도관", "지도사", "지도관리직", "", ""],
            ["정 원", total[0], "4", "38", "6", "18", "12"],
            ["현 원", total[1], "4", "36", "6", "17", "12"],
        ], {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 3), (0, 5): (2, 1), (0, 6): (2, 1)})),
    )  # fmt: skip


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("total", "passed", "actual"),
    [
        (("78", "75"), {"authorized": True, "current": True}, {"authorized": 78, "current": 75}),
        (("80", "75"), {"authorized": False, "current": True}, {"authorized": 78, "current": 75}),
    ],
)
def test_a_series_set_out_by_its_grades_adds_up_to_the_total(
    form: str, total: tuple[str, str], passed: dict[str, bool], actual: dict[str, int]
) -> None:
    report = _doc(_staff(total), form)
    graded = {(s.unit, s.grade): (s.authorized, s.current) for s in report.staffing}
    assert graded[("지도직", "지도사")] == (38, 36)
    assert graded[("일반직", None)] == (18, 17)
    for field in ("authorized", "current"):
        found = [c for c in report.validation if c.check == f"staffing.total.{field}"]
        assert len(found) == 1
        assert found[0].passed is passed[field]
        assert found[0].actual == str(actual[field])


def _plans(*paras: str) -> list[str]:
    return [
        p("2025 주요업무보고"), p("솔뫼군 농업기술센터"), p("Ⅰ. 일반현황"),
        p("○ 조 직 : 1소 2과 4팀"), p("Ⅱ. 2025 주요업무계획"),
        p("1. 스마트팜 시범사업 추진"), p("○ 사업기간 : ’25. 3.~11."), *paras,
    ]  # fmt: skip


PILOTS = [
    ("벼 드문모 심기 기술보급", "5", "200,000", "80,000", "24,000", "56,000", "40,000"),
    ("고품질 딸기 육묘 시범", "4", "240,000", "100,000", "30,000", "70,000", "40,000"),
    ("축산 악취저감 시범", "2", "120,000", "45,000", "13,500", "31,500", "30,000"),
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("head", "cells", "shown"),
    [
        ("개소", lambda n: n, lambda n: f"{n}개소"),
        ("사업량(개소)", lambda n: n, lambda n: f"{n}개소"),
        ("사업량", lambda n: f"{n}개소", lambda n: f"{n}개소"),
    ],
)
def test_a_list_of_pilot_projects_by_quantity_and_cost(
    form: str, head: str, cells: object, shown: object
) -> None:
    assert callable(cells) and callable(shown)
    rows = [[name, cells(n), *rest] for name, n, *rest in PILOTS]
    report = _doc(_plans(
        p("2. 2025년 신기술 보급 시범사업"),
        p("(단위 : 천원)"),
        p(grid([
            ["사 업 명", head, "사업비", "국 비", "도 비", "군 비", "자부담"],
            ["계", cells("11"), "560,000", "225,000", "67,500", "157,500", "110,000"],
            *rows,
        ])),
    ), form)  # fmt: skip
    projects = {pr.title: pr for pr in report.projects}
    for name, n, cost, nat, prov, county, own in PILOTS:
        pr = projects[name]
        assert pr.cost_krw == int(cost.replace(",", "")) * 1000
        assert pr.fields.get("사업량") == shown(n)
        funds = {f.source: f.amount_krw for f in report.project_funding
                 if f.project_id == pr.project_id}  # fmt: skip
        assert funds == {
            src: int(x.replace(",", "")) * 1000
            for src, x in (("국비", nat), ("도비", prov), ("군비", county), ("자부담", own))
        }
    assert "계" not in projects
    assert not [c for c in report.validation if not c.passed]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("head", ["교육명", "교 육 명", "과정명"])
def test_a_training_plans_courses_are_dated_tasks(form: str, head: str) -> None:
    report = _doc(_plans(
        p("2. 농업인 교육"),
        p(grid([
            [head, "기 간", "인 원"],
            ["새해 농업인 실용교육", "’25. 1. 6.~2. 14.", "3,500명"],
            ["귀농귀촌 교육", "’25. 3.~11.", "120명"],
            ["스마트농업 전문교육", "’25. 4. 7.~4. 25.", "60명"],
        ])),
    ), form)  # fmt: skip
    steps = {s.task: (str(s.start), str(s.end)) for s in report.schedules}
    assert steps["새해 농업인 실용교육"] == ("2025-01-06", "2025-02-14")
    assert steps["귀농귀촌 교육"] == ("2025-03-01", "2025-11-30")
    assert steps["스마트농업 전문교육"] == ("2025-04-07", "2025-04-25")
