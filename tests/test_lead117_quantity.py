"""A project's quantity from its labelled fact (사업량, 사업규모, 수량, 규모): the fact as
printed, its first count or measure and that one's unit, in the projects table's columns."""

from __future__ import annotations

import pytest

from extract.parse.project_quantity import project_quantity
from extract.parse.vocab import QUANTITY_LABELS
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_REPORT = """\
2025년 주요업무보고

가온시 소방본부

Ⅰ. 일반현황
1. 조  직 : 3과 12팀

Ⅲ. 2025년 주요업무 추진계획

1. 소방장비 보강
□ 노후 소방차 교체
○ 사업기간 : ’25. 1.~12.
○ {label} : {value}
○ 사 업 비 : 7,200백만원 (국 2,160, 도 5,040)
"""

_CASES = [
    ("사 업 량", "노후 소방차 24대", 24.0, "대"),
    ("사업규모", "119안전센터 3개소 신축", 3.0, "개소"),
    ("수    량", "12.5km", 12.5, "km"),
    ("규    모", "연면적 3,500㎡, 지상 2층", 3500.0, "㎡"),
    ("사업량", "교육 20회 600명", 20.0, "회"),
]  # fmt: skip


@pytest.mark.parametrize(("label", "value", "number", "unit"), _CASES)
def test_a_cards_quantity(label: str, value: str, number: float, unit: str) -> None:
    report = _text(_REPORT.format(label=label, value=value))
    got = [(p.title, p.quantity_raw, p.quantity, p.quantity_unit) for p in report.projects]
    assert got == [("노후 소방차 교체", value, number, unit)]
    assert report.projects[0].cost_krw == 7_200_000_000


def test_no_quantity_where_no_label_states_one() -> None:
    report = _text(_REPORT.format(label="사업내용", value="노후 소방차 24대 교체"))
    assert [(p.quantity_raw, p.quantity) for p in report.projects] == [(None, None)]


@pytest.mark.parametrize("label", QUANTITY_LABELS)
def test_every_quantity_label_is_read(label: str) -> None:
    assert project_quantity({label: "3개소"}) == ("3개소", 3.0, "개소")


@pytest.mark.parametrize(
    ("fields", "want"),
    [
        ({"사업량": "별도 지정"}, None),  # (no figure: no quantity)
        ({"사업량": "1,200백만원"}, None),  # (money is a cost, no quantity)
        ({"규모": "5개소", "사업량": "24대"}, ("24대", 24.0, "대")),  # (사업량 first)
        # (a figure in ten thousands is read whole, its unit without the 만)
        ({"규모": "994만㎡(약300만평)"}, ("994만㎡(약300만평)", 9_940_000.0, "㎡")),
        ({"사업량": "1.2만명"}, ("1.2만명", 12_000.0, "명")),
        ({"규모": "도시숲 12.5ha"}, ("도시숲 12.5ha", 12.5, "ha")),
    ],
)
def test_which_fact_gives_the_quantity(
    fields: dict[str, str], want: tuple[str, float, str] | None
) -> None:
    assert project_quantity(fields) == want


@pytest.mark.parametrize(
    ("head", "cells", "want"),
    [
        ("사업량", ["3개소", "20농가"], [("3개소", 3.0, "개소"), ("20농가", 20.0, "농가")]),
        ("사업량(개소)", ["3", "20"], [("3개소", 3.0, "개소"), ("20개소", 20.0, "개소")]),
        ("수 량", ["3식", ""], [(None, None, None), (None, None, None)]),
    ],
)
def test_a_list_tables_quantity_column(
    head: str, cells: list[str], want: list[tuple[str | None, float | None, str | None]]
) -> None:
    """A table of projects one a row, `사업명 | 사업량 | 사업비 | 추진시기`: each row's
    quantity from its column (a bare figure of the header's unit, `사업량(개소)`)."""
    report = _hwpx(
        p("2025년 주요업무보고"), p("가온시 농업기술센터"), p("Ⅰ. 일반현황"),
        p("1. 조  직 : 4과 12팀"), p("Ⅲ. 2025년 주요업무계획"), p("1. 시범사업 추진"),
        p("(단위 : 백만원)"),
        p(_table([
            ["사업명", head, "사업비", "추진시기"],
            ["스마트팜 시범", cells[0], "150", "’25. 3.~11."],
            ["신품종 보급", cells[1], "60", "’25. 4.~10."],
        ])),
    )  # fmt: skip
    got = [(x.quantity_raw, x.quantity, x.quantity_unit) for x in report.projects]
    assert got == want
    assert [x.cost_krw for x in report.projects] == [150_000_000, 60_000_000]
