"""A province's fire headquarters' 주요업무보고 to its council committee (probe 115, fire: a
소방본부 in HWPX, and the same content printed to a PDF).

Its count line counts stations beside the places it names by numbered words, `□ 조 직 :
본부 4과 1실, 소방서 8, 119안전센터 52, 119구조대 9, 119구급대 60`: the comma after `9` let
`119구조대` be read as 119 teams (a wrong stated total).  Its chart table labels the stations by
their kind across the chart, `소 방 서 (8)`, over two rows of four: the label was read as a
unit `소방서` under the first box above it.  Its budget table lists the sources down its rows,
`합 계` over `국 비`, `소방안전교부세`, `도 비` under `2025년 예산 | 2024년 예산`: each row's
amounts were an item `국비`, no source, where the same shares set across the columns are
sources.
"""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import hwpx, p, sec
from tests.test_fix114_corp import Cell, _table

COVER = ["2025년 주요업무보고", "한빛도의회 안전건설위원회", "2025. 2.", "한 빛 도 소 방 본 부"]


def _hwpx(*paras: str) -> Report:
    body = [p(x) for x in COVER] + list(paras)
    return check(parse_document(read_bytes(hwpx(sec(*body)), "report.hwpx"), "report"))


# --- the count line: a name that opens with digits, its count after it ----------------------

#: (the count line, the counts it states by unit word)
COUNT_LINES = [
    pytest.param(
        "□ 조 직 : 본부 4과 1실, 소방서 8, 119안전센터 52, 119구조대 9, 119구급대 60",
        {"과": 4, "실": 1},
        id="rescue-squads-then-ambulances",
    ),
    pytest.param(
        "□ 조 직 : 4과 1실, 119안전센터 30, 119구조대 6, 119구급대 41",
        {"과": 4, "실": 1},
        id="no-station-count",
    ),
    pytest.param(
        "○ 기 구 : 3과, 119구조대 4, 119특수구조대 1",
        {"과": 3},
        id="special-rescue-after",
    ),
    pytest.param(
        "○ 조 직 : 본부(4과 1실), 소방서(8), 119안전센터(52), 119구조대(9)",
        {"과": 4, "실": 1},
        id="counts-in-brackets",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("line", "counts"), COUNT_LINES)
def test_a_count_after_a_numbered_name_is_that_name_s(line: str, counts: dict[str, int]) -> None:
    """`119구조대 9,`: nine squads of the name 119구조대, no count of 119 구조대."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조 직"), p(line),
        p("○ 본 부 : 소방행정과, 예방안전과, 대응구조과, 구급정책과, 119종합상황실"),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 노후 소방차량 교체"), p("○ 사업기간 : 2025. 1. ~ 12."),
    )  # fmt: skip
    stated = {
        t.unit: t.value for t in report.stated_totals if t.key.startswith("organization.")
    }
    assert stated == counts


# --- the chart table: a kind's label across it over rows of its units ------------------------

#: (the label's cell, the units under it in rows, the label's unit word)
KIND_ROWS = [
    pytest.param(
        "소 방 서 (8)",
        [["한빛소방서", "새솔소방서", "가람소방서", "누리소방서"],
         ["은하소방서", "미르소방서", "다솜소방서", "해든소방서"]],
        id="eight-stations-in-two-rows",
    ),
    pytest.param(
        "소방서(6)",
        [["한빛소방서", "새솔소방서", "가람소방서"], ["누리소방서", "은하소방서", "미르소방서"]],
        id="six-stations-unspaced",
    ),
    pytest.param(
        "소 방 서 (7)",
        [["한빛소방서", "새솔소방서", "가람소방서"], ["누리소방서", "은하소방서", "미르소방서"],
         ["다솜소방서", "", ""]],
        id="seven-in-three-rows",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("label", "rows"), KIND_ROWS)
def test_a_kind_label_over_rows_of_its_units_is_no_unit(
    label: str, rows: list[list[str]]
) -> None:
    """Each station the 소방본부's, of its kind; the label no unit."""
    width = max(3, *(len(r) for r in rows))
    heads = ["소방행정과", "예방안전과", "대응구조과"] + [""] * (width - 3)
    chart = [
        [("소 방 본 부 장", 1, width)], heads, [(label, 1, width)],
        *[r + [""] * (width - len(r)) for r in rows],
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조 직"), _table(chart),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 노후 소방차량 교체"), p("○ 사업기간 : 2025. 1. ~ 12."),
    )  # fmt: skip
    units = {u.name: (u.parent, u.unit_type) for u in report.organization}
    stations = [n for r in rows for n in r if n]
    assert "소방서" not in units
    assert all(units.get(n) == ("소방본부", "소방서") for n in stations)
    assert all(units.get(n) == ("소방본부", "과") for n in heads if n)


# --- the budget table: sources down its rows ---------------------------------------------------

#: (its rows below the header, each label and the two years' amounts in 백만원)
SOURCE_ROWS = [
    pytest.param(
        [("합 계", 412580, 398460), ("국 비", 18240, 16900), ("소방안전교부세", 62350, 58720),
         ("도 비", 331990, 322840)],
        {"국비", "소방안전교부세", "도비"},
        id="fire-grant-between",
    ),
    pytest.param(
        [("계", 9800, 9100), ("국비", 2400, 2000), ("도비", 1600, 1500), ("시비", 5800, 5600)],
        {"국비", "도비", "시비"},
        id="three-governments",
    ),
    pytest.param(
        [("국 비", 1200, 1000), ("도 비", 800, 700), ("기 금", 500, 400), ("합 계", 2500, 2100)],
        {"국비", "도비", "기금"},
        id="total-last-with-a-fund",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "sources"), SOURCE_ROWS)
def test_rows_that_are_funding_sources_give_the_source(
    rows: list[tuple[str, int, int]], sources: set[str]
) -> None:
    """Each row's amount of each year: its source, no item; the 합계 the total."""
    grid: list[list[Cell]] = [["구 분", "2025년 예산(A)", "2024년 예산(B)"]]
    grid += [[label, f"{a:,}", f"{b:,}"] for label, a, b in rows]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 예 산"), p("(단위 : 백만원)"), _table(grid),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 노후 소방차량 교체"), p("○ 사업기간 : 2025. 1. ~ 12."),
    )  # fmt: skip
    parts = [b for b in report.budget_lines if not b.is_total]
    assert {b.source for b in parts} == sources
    assert all(b.item is None for b in parts)
    for label, a, b in rows:
        if label.replace(" ", "") in ("합계", "계"):
            continue
        got = {x.year: x.amount_krw for x in parts if x.source and x.source[:1] == label[:1]}
        assert got == {2025: a * 1_000_000, 2024: b * 1_000_000}
    totals = {b.year: b.amount_krw for b in report.budget_lines if b.is_total}
    total = next((a, b) for label, a, b in rows if label.replace(" ", "") in ("합계", "계"))
    assert totals == {2025: total[0] * 1_000_000, 2024: total[1] * 1_000_000}


#: (the header of sources across, each year's row's amounts in 백만원)
SOURCE_COLUMNS = [
    pytest.param(
        ["계", "국 비", "소방안전교부세", "도 비"],
        [("2025년", [298760, 9420, 41880, 247460]), ("2024년", [287310, 8960, 39540, 238810])],
        id="fire-grant-across",
    ),
    pytest.param(
        ["계", "국비", "도비", "기금"],
        [("2025년", [5000, 2000, 1800, 1200]), ("2024년", [4600, 1900, 1700, 1000])],
        id="a-fund-across",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("heads", "rows"), SOURCE_COLUMNS)
def test_columns_of_sources_with_another_source_among_the_governments(
    heads: list[str], rows: list[tuple[str, list[int]]]
) -> None:
    """`국 비 | 소방안전교부세 | 도 비` beside their 계: each column a source, as `국 비 | 도 비`
    alone are; its amounts no item."""
    grid: list[list[Cell]] = [["구 분", *heads]]
    grid += [[year, *(f"{v:,}" for v in values)] for year, values in rows]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 예 산"), p("(단위 : 백만원)"), _table(grid),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 노후 소방차량 교체"), p("○ 사업기간 : 2025. 1. ~ 12."),
    )  # fmt: skip
    got = {(b.year, b.source): b.amount_krw for b in report.budget_lines if not b.is_total}
    want = {
        (int(year[:4]), head.replace(" ", "")): v * 1_000_000
        for year, values in rows for head, v in zip(heads[1:], values[1:], strict=True)
    }  # fmt: skip
    assert got == want
    assert all(b.item is None for b in report.budget_lines)


# --- the organisation table: a row of counts beside the units it counts ----------------------

#: (its rows under `구 분 | 부 서 | 하 부 조 직`, the units of the top they list)
COUNT_ROWS = [
    pytest.param(
        [["본 부", "4과 1실", "소방행정과, 예방안전과, 대응구조과, 구급정책과, 119종합상황실"],
         ["소방서", "6개 소방서",
          "한빛소방서, 새솔소방서, 가람소방서, 누리소방서, 은하소방서, 미르소방서"]],
        ["소방행정과", "예방안전과", "대응구조과", "구급정책과", "119종합상황실", "한빛소방서",
         "새솔소방서", "가람소방서", "누리소방서", "은하소방서", "미르소방서"],
        id="headquarters-and-stations",
    ),
    pytest.param(
        [["본 부", "3과", "소방행정과, 예방대응과, 119종합상황실"],
         ["소방서", "3개 소방서", "가온소방서, 누리소방서, 하늘소방서"]],
        ["소방행정과", "예방대응과", "119종합상황실", "가온소방서", "누리소방서", "하늘소방서"],
        id="three-and-three",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "units"), COUNT_ROWS)
def test_a_row_of_counts_lists_the_units_it_counts(
    rows: list[list[Cell]], units: list[str]
) -> None:
    """`본 부 | 4과 1실 | 소방행정과, …`: each listed unit the 소방본부's (a division), no unit
    named `4과1실` nor `6개소방서`."""
    grid: list[list[Cell]] = [["구 분", "부 서", "하 부 조 직"], *rows]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조 직"), _table(grid),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 노후 소방차량 교체"), p("○ 사업기간 : 2025. 1. ~ 12."),
    )  # fmt: skip
    got = [(u.name, u.parent, u.level) for u in report.organization if u.parent]
    assert got == [(n, "소방본부", "division") for n in units]


# --- a row of rates in its own % under columns of counts ---------------------------------------

#: (the columns' headers, the rate row's label, its raw figures and their values in %)
RATE_ROWS = [
    pytest.param(
        ["화재(건)", "구조(명)", "구급 이송(명)"], "증감률(%)", ["△4.0", "5.9", "3.5"],
        [-4.0, 5.9, 3.5], id="calls-by-kind",
    ),
    pytest.param(
        ["펌프차(대)", "구급차(대)"], "전년 대비 증감률(%)", ["2.1", "△1.5"], [2.1, -1.5],
        id="vehicles",
    ),
    pytest.param(
        ["예산(백만원)", "인원(명)"], "비 율(%)", ["12.5", "8.0"], [12.5, 8.0],
        id="money-and-people",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("heads", "label", "raws", "values"), RATE_ROWS)
def test_a_row_of_rates_in_its_own_percent(
    heads: list[str], label: str, raws: list[str], values: list[float]
) -> None:
    """`증감률(%) | △4.0 | 5.9` under `화재(건) | 구조(명)`: each a percentage, not a count."""
    grid: list[list[Cell]] = [["연 도", *heads]]
    grid += [["2023년", *("1,200" for _ in heads)], ["2024년", *("1,150" for _ in heads)]]
    grid += [[label, *raws]]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 출동 현황"), _table(grid),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 노후 소방차량 교체"), p("○ 사업기간 : 2025. 1. ~ 12."),
    )  # fmt: skip
    got = [
        (c.value_kind, c.value, c.unit) for c in report.table_cells
        if not c.is_header and c.raw in raws and c.row == 3
    ]  # fmt: skip
    assert got == [("percent", v, "%") for v in values]
