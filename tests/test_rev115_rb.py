"""Review of round 115's organisation and staff rules (rb): the near forms of the rules'
own that they must read alike.

A staff table's subtotals named in one cell: a group's by where its units stand (`본청
소계`, `사업소 소계`) is its total as a unit's (`문화체육과 소계`) is; a sheet that names a
unit's subtotal with a total's word, `문화체육과 계`, gives the unit's total too.  (With
`사업소 소계` read as a subtotal and `본청 소계` as a unit, the 과부족 column was added up
over half the subtotals: a false alarm.)
"""

from __future__ import annotations

import pytest

from tests.hwpx_maker import p
from tests.test_fix115_excel import _failed, _grid, _report
from tests.test_fix115_fire import _hwpx, _table
from tests.test_fix115_health import _FARM, _chapters
from tests.test_other_reports import _text

_HEAD = ["구 분", "정 원", "현 원", "과부족"]

#: (the table's rows under its header, the subtotals as (unit, 정원, 현원))
SUBTOTALS = [
    pytest.param(
        [["기획팀", "6", "6", "-"], ["예산팀", "5", "4", "-1"], ["본청 소계", "11", "10", "-1"],
         ["가온사업소", "7", "8", "1"], ["나래사업소", "5", "5", "-"],
         ["사업소 소계", "12", "13", "1"], ["합 계", "23", "23", "-"]],
        [("본청", 11, 10), ("사업소", 12, 13)],
        id="seat-and-offices",
    ),
    pytest.param(
        [["문화예술팀", "6", "6", "-"], ["체육진흥팀", "5", "4", "-1"],
         ["문화체육과 계", "11", "10", "-1"], ["관광정책팀", "7", "8", "1"],
         ["관광마케팅팀", "5", "5", "-"], ["관광진흥과 계", "12", "13", "1"],
         ["합 계", "23", "23", "-"]],
        [("문화체육과", 11, 10), ("관광진흥과", 12, 13)],
        id="unit-with-total-word",
    ),
    pytest.param(
        [["합 계", "23", "22", "-1"], ["기획팀", "6", "6", "-"], ["예산팀", "5", "4", "-1"],
         ["본청 소 계", "11", "10", "-1"], ["가온사업소", "7", "7", "-"],
         ["나래사업소", "5", "5", "-"], ["직속기관·사업소 소계", "12", "12", "-"]],
        [("본청", 11, 10), ("직속기관·사업소", 12, 12)],
        id="total-on-top",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "subtotals"), SUBTOTALS)
def test_named_subtotals_of_groups(
    rows: list[list[str]], subtotals: list[tuple[str, int, int]]
) -> None:
    """Each subtotal its group's total, none a unit named with the word; the 합계 the sum of
    the subtotals, the 과부족 column adding up: no check fails."""
    paras = ["Ⅰ. 일반현황", "1. 인력현황", "(단위 : 명)", _grid([_HEAD, *rows])]
    report = _report(paras, "hwpx")
    got = {(r.unit, r.is_total, r.authorized, r.current) for r in report.staffing}
    assert {(u, True, a, c) for u, a, c in subtotals} <= got
    assert not any("계" in (r.unit or "")[1:] for r in report.staffing)
    assert not _failed(report, "staffing"), _failed(report, "staffing")
    assert {"staffing.total.authorized", "staffing.balance_sum"} <= {
        c.check for c in report.validation
    }



# --- branch offices listed by kind: each office's place in a bracket, the count after ---------

_HEALTH_TOP = "2025년 주요업무계획\n가온군 보건소\n\nⅠ. 일반현황\n 1. 조직\n"
_HEALTH_ORG = (
    "  ○ 조 직 : 1소 2과 4팀, 보건지소 2개소\n"
    "   - 보건행정과(2팀) : 보건정책팀, 의약관리팀\n"
    "   - 건강증진과(2팀) : 건강증진팀, 방문보건팀\n"
)
_HEALTH_PLAN = (
    "\nⅡ. 주요업무 추진계획\n 1. 찾아가는 방문건강관리\n"
    "  ○ 사업기간 : 2025. 1. ~ 12.\n  ○ 사 업 비 : 420,000천원\n"
)

#: the line listing the offices
BRANCH_LINES = [
    pytest.param("  ○ 보건지소(2) : 한내보건지소(한내면), 서창보건지소(서창면)\n", id="places"),
    pytest.param("  ○ 보건지소 2개소 : 한내보건지소, 서창보건지소\n", id="count-after"),
    pytest.param("  ○ 보건지소 2개소 : 한내보건지소 (한내면), 서창보건지소 (서창면)\n", id="both"),
]


@pytest.mark.parametrize("line", BRANCH_LINES)
@pytest.mark.parametrize("chapter", [False, True], ids=["own", "chapter"])
def test_branch_offices_with_places_or_counts(line: str, chapter: bool) -> None:
    """`○ 보건지소(2) : 한내보건지소(한내면), …` (each office's 면 in brackets) and `○ 보건지소
    2개소 : …` list the 보건소's offices as `○ 보건지소(2) : 한내보건지소, …` does, in its own
    report and in its chapter of a report by unit (they had been read as nothing)."""
    if chapter:
        text = _chapters(_HEALTH_ORG + line, _FARM)
    else:
        text = _HEALTH_TOP + _HEALTH_ORG + line + _HEALTH_PLAN
    report = _text(text)
    got = [(u.name, u.parent, u.unit_type) for u in report.organization
           if u.unit_type == "보건지소"]  # fmt: skip
    assert got == [("한내보건지소", "보건소", "보건지소"), ("서창보건지소", "보건소", "보건지소")]


# --- a chart table: a group's label across it over rows of its units ------------------------

_FIRE_HEADS = ["소방행정과", "예방안전과", "대응구조과", "구급정책과"]
_STATIONS = ["한빛소방서", "새솔소방서", "가람소방서", "누리소방서"]

#: (the group's label, its rows of units under it)
GROUP_ROWS = [
    pytest.param("직 속 기 관 (2)", [["소방학교", "119특수대응단", "", ""]], id="two"),
    pytest.param(
        "직속기관 · 사업소 (3)", [["소방학교", "119특수대응단"], ["소방정비사업소", ""]],
        id="two-rows",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("label", "rows"), GROUP_ROWS)
def test_a_group_label_over_rows_of_its_units(label: str, rows: list[list[str]]) -> None:
    """`직 속 기 관 (2)` across a 소방본부's chart table under `소 방 서 (4)` over its
    stations: the bodies under it are the 소방본부's units (`소방학교` had been lost, the label
    read as a unit `직속기관` under the first 과, `119특수대응단` under the second), the
    stations' kind label no parent of theirs."""
    width = len(_FIRE_HEADS)
    chart = [
        [("소 방 본 부 장", 1, width)], _FIRE_HEADS, [("소 방 서 (4)", 1, width)], _STATIONS,
        [(label, 1, width)], *[r + [""] * (width - len(r)) for r in rows],
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조 직"), _table(chart),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 노후 소방차량 교체"), p("○ 사업기간 : 2025. 1. ~ 12."),
    )  # fmt: skip
    units = {u.name: u.parent for u in report.organization}
    listed = [n for r in rows for n in r if n]
    assert {n: units.get(n) for n in listed} == {n: "소방본부" for n in listed}
    assert not any(n.startswith("직속기관") for n in units)
    assert all(units.get(n) == "소방본부" for n in _STATIONS)


# --- the organisation table: the counts' column headed 기 구 -----------------------------------

_COUNT_ROWS = [
    ["본 부", "4과 1실", "소방행정과, 예방안전과, 대응구조과, 구급정책과, 119종합상황실"],
    ["소방서", "3개 소방서", "가온소방서, 누리소방서, 하늘소방서"],
]
_COUNTED = ["소방행정과", "예방안전과", "대응구조과", "구급정책과", "119종합상황실",
            "가온소방서", "누리소방서", "하늘소방서"]  # fmt: skip


@pytest.mark.parametrize(
    "heads",
    [["구 분", "기 구", "부 서"], ["구 분", "기 구", "부서명"], ["구 분", "기구수", "하부조직"]],
    ids=["units", "units-named", "count-and-lower"],
)
def test_a_count_column_headed_by_the_structure_s_word(heads: list[str]) -> None:
    """`구 분 | 기 구 | 부 서` over `본 부 | 4과 1실 | 소방행정과, …`: the form of round 115's
    `구 분 | 부 서 | 하 부 조 직`, its counts' column headed 기 구: each listed unit the
    소방본부's (a division), no unit `4과1실` nor `3개소방서` (they had been read so)."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조 직"), _table([heads, *_COUNT_ROWS]),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 노후 소방차량 교체"), p("○ 사업기간 : 2025. 1. ~ 12."),
    )  # fmt: skip
    got = [(u.name, u.parent, u.level) for u in report.organization if u.parent]
    assert got == [(n, "소방본부", "division") for n in _COUNTED]


# --- a 농업기술센터's count of its offices by 소 ----------------------------------------------


def test_a_farm_centre_s_offices_counted_by_so() -> None:
    """`○ 조 직 : 2과 4팀, 2소` over the 센터's two 농업인상담소: `2소` counts the offices,
    not the 센터 (`1소` is the 센터 itself): no count fails (it had said 2소 stated, 1 found)."""
    report = _text(
        "2025년 주요업무계획\n가온군 농업기술센터\n\nⅠ. 일반현황\n 1. 조직\n"
        "  ○ 조 직 : 2과 4팀, 2소\n"
        "   - 농업지원과(2팀) : 농업정책팀, 식량작물팀\n"
        "   - 기술보급과(2팀) : 원예특작팀, 미래농업팀\n"
        "  ○ 농업인상담소(2) : 가온읍농업인상담소, 서창면농업인상담소\n\n"
        "Ⅱ. 주요업무 추진계획\n 1. 벼 병해충 공동방제 지원\n"
        "  ○ 사업기간 : 2025. 6. ~ 8.\n  ○ 사 업 비 : 119,000천원\n"
    )
    counts = [c for c in report.validation if c.check == "organization.counts"]
    assert counts
    assert [c.detail for c in counts if not c.passed] == []
