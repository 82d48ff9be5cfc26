"""A bureau's plan of multi-year investment (probe 115, midterm: 중기지방재정계획, 연차별
투자계획, in HWPX).

Its table of the projects, `사업명 | 사업기간 | 구 분 | 총사업비 | 기투자 | 2025 | … |
2030이후`, lists each project over rows of its sources, the name and the period merged
down beside a column `계`, `국비`, `시비`, `민자`: every figure's row was named by the
project alone (its source lost), and nothing checked that the years add up to the whole
cost, nor the sources to the project's 계, nor the projects to the 합계.  A card's
`○ 총사업비 : 1,250억원(국 500, 시 650, 민 100)` gave a source `민`.
"""

from __future__ import annotations

import pytest

from schemas import Report
from tests.test_fix114_corp import Cell, _hwpx, _table

COVER = ["2026년 주요업무계획", "도시교통국", "2026. 1."]
HEAD = ["Ⅰ. 일반현황", "1. 주요 투자사업 연차별 투자계획", "(단위 : 억원)"]


def _report(rows: list[list[Cell]], unit: str = "(단위 : 억원)") -> Report:
    from tests.hwpx_maker import p

    return _hwpx(*map(p, [*HEAD[:-1], unit]), _table(rows), cover=COVER)


def _project(name: str, period: str, label: str, figures: list[list[str]]) -> list[list[Cell]]:
    """A project's rows: its name and period merged down beside its 계 and sources."""
    sources = ["계", "국비", "시비", "민자"][: len(figures)]
    first: list[Cell] = [(name, len(figures), 1), (period, len(figures), 1), sources[0]]
    rows: list[list[Cell]] = [[*first, *figures[0]]]
    rows += [[s, *f] for s, f in zip(sources[1:], figures[1:], strict=True)]
    return rows


YEARS = ["2025", "2026", "2027", "2028", "2029", "2030이후"]
RAIL = [  # 총사업비, 기투자, 2025 … 2030이후 (계, 국비, 시비, 민자)
    ["1,250", "80", "120", "300", "400", "250", "100", "-"],
    ["500", "30", "50", "120", "160", "100", "40", "-"],
    ["650", "50", "70", "150", "200", "130", "50", "-"],
    ["100", "-", "-", "30", "40", "20", "10", "-"],
]
HUB = [
    ["900", "-", "-", "70", "180", "270", "240", "140"],
    ["300", "-", "-", "30", "60", "90", "80", "40"],
    ["400", "-", "-", "40", "80", "120", "100", "60"],
    ["200", "-", "-", "-", "40", "60", "60", "40"],
]
GRAND = ["2,150", "80", "120", "370", "580", "520", "340", "140"]


def _plan(label: str = "구 분", rail: list[list[str]] = RAIL) -> list[list[Cell]]:
    return [
        ["사업명", "사업기간", label, "총사업비", "기투자", *YEARS],
        *_project("도시철도 2호선 건설", "2023 ~ 2029", label, rail),
        *_project("광역환승센터 건립", "2026 ~ 2031", label, HUB),
        [("합 계", 1, 3), *GRAND],
    ]


# --- each figure's row names its project and its source ----------------------------------

#: (the source column's header, (row header, column header) of a figure, its amount in won)
CELLS = [
    pytest.param("구 분", "도시철도 2호선 건설 / 국비", "2026", 12_000_000_000, id="구분-국비"),
    pytest.param("구 분", "도시철도 2호선 건설 / 계", "기투자", 8_000_000_000, id="구분-계"),
    pytest.param("재 원", "광역환승센터 건립 / 민자", "2030이후", 4_000_000_000, id="재원-민자"),
    pytest.param("재 원", "광역환승센터 건립 / 시비", "총사업비", 40_000_000_000, id="재원-총"),
]


@pytest.mark.parametrize(("label", "row_header", "col_header", "krw"), CELLS)
def test_a_figure_row_names_its_source(
    label: str, row_header: str, col_header: str, krw: int
) -> None:
    report = _report(_plan(label))
    found = [
        c.value_krw for c in report.table_cells
        if c.row_header == row_header and c.col_header == col_header
    ]  # fmt: skip
    assert found == [krw]
    # (the period beside the sources stays the project's, no source on its path)
    periods = {c.row_header for c in report.table_cells if c.col_header == "사업기간"}
    assert periods == {"도시철도 2호선 건설", "광역환승센터 건립"}


# --- the years add up to the whole cost ---------------------------------------------------

#: (a figure changed: (row, column) in RAIL and its new text; the checks expected to
#: fail, each with the sum the page states and the one its parts make)
YEAR_SUMS = [
    pytest.param(None, [], id="as-printed"),
    pytest.param(((1, 4), "170"), [("tables.years_total", "500", "510"),
                                   ("tables.source_total", "400", "410")], id="국비-2027-off"),
    pytest.param(((0, 1), "90"), [("tables.years_total", "1,250", "1,260"),
                                  ("tables.source_total", "90", "80"),
                                  ("tables.source_total", "80", "90")], id="기투자-off"),
    pytest.param(((3, 0), "120"), [("tables.years_total", "120", "100"),
                                   ("tables.source_total", "1,250", "1,270")], id="민자-whole-off"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "failed"), YEAR_SUMS)
def test_the_years_add_up_to_the_whole_cost(
    change: tuple[tuple[int, int], str] | None, failed: list[tuple[str, str, str]]
) -> None:
    rail = [list(r) for r in RAIL]
    if change is not None:
        (r, c), text = change
        rail[r][c] = text
    report = _report(_plan(rail=rail))
    years = [v for v in report.validation if v.check == "tables.years_total"]
    sources = [v for v in report.validation if v.check == "tables.source_total"]
    assert len(years) == 9  # (each project's 4 rows and the 합계)
    # (each project's 계 against its 3 sources, in each column not all dashes: the
    # railway's 7, the hub's 6; the 합계 against the 2 projects' 계 in 8 columns)
    assert len(sources) == 7 + 6 + 8
    bad = [(v.check, v.expected, v.actual) for v in report.validation if not v.passed]
    assert sorted(bad) == sorted(failed)


#: (the header of the years' columns, the figures of one row: 총사업비 then its periods,
#: whether the check is run and passes)
OPEN_ENDED = [
    # (no column of what comes after: the years shown may stop before the work does)
    pytest.param(["’24까지", "2025", "2026", "2027"], ["1,000", "300", "200", "200", "300"],
                 True, id="up-to-and-years-equal"),
    pytest.param(["’24까지", "2025", "2026", "2027"], ["1,000", "300", "200", "400", "300"],
                 False, id="years-over-the-whole"),
    pytest.param(["기투자", "’25년", "’26년", "향 후"], ["1,000", "300", "200", "200", "200"],
                 False, id="closed-short"),
]  # fmt: skip


@pytest.mark.parametrize(("heads", "figures", "passed"), OPEN_ENDED)
def test_years_of_a_card_plan(heads: list[str], figures: list[str], passed: bool) -> None:
    rows: list[list[Cell]] = [
        ["구 분", "총사업비", *heads],
        ["계", *figures],
        ["국 비", "600", *["-"] * (len(heads) - 1), "600"],
        ["시 비", "400", *["-"] * (len(heads) - 1), "400"],
    ]
    report = _report(rows, "(단위 : 백만원)")
    checks = [(v.expected, v.passed) for v in report.validation if v.check == "tables.years_total"]
    # (the 국비 and 시비 rows, all of it in the last column, add up)
    assert checks == [("1,000", passed), ("600", True), ("400", True)]


def test_years_short_of_the_whole_are_no_failure() -> None:
    """A plan whose years stop before the work does (no column of what comes after)
    checks the rows whose years make the whole, and not the others."""
    rows: list[list[Cell]] = [
        ["사 업 명", "총사업비", "기투자", "2026", "2027"],
        ["순환도로 개설", "500", "100", "200", "200"],
        ["하천 정비", "900", "100", "200", "200"],
    ]
    report = _report(rows)
    checks = [(v.expected, v.passed) for v in report.validation if v.check == "tables.years_total"]
    assert checks == [("500", True)]


# --- a card's sources --------------------------------------------------------------------

SHARES = [
    pytest.param("○ 총사업비 : 1,250억원(국 500, 시 650, 민 100)",
                 {"국비": 50_000_000_000, "시비": 65_000_000_000, "민자": 10_000_000_000},
                 id="민"),
    pytest.param("○ 사 업 비 : 900억원 (국 300 / 시 400 / 민 200)",
                 {"국비": 30_000_000_000, "시비": 40_000_000_000, "민자": 20_000_000_000},
                 id="민-slash"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "shares"), SHARES)
def test_a_private_share_is_min_ja(line: str, shares: dict[str, int]) -> None:
    from tests.hwpx_maker import p

    lines = ["Ⅰ. 2026년 주요업무 추진계획", "1. 도시철도 2호선 건설 (도시철도과)",
             "○ 사업기간 : 2023 ~ 2029 (7년간)", line]  # fmt: skip
    report = _hwpx(*map(p, lines), cover=COVER)
    got = {f.source: f.amount_krw for f in report.project_funding}
    assert got == shares


# --- a plan by years in the general section is no budget ----------------------------------

#: (the header of the column of what was spent before the years or comes after them)
NOT_BUDGETS = [
    pytest.param(["기 투 자", "2026", "2027", "2028"], id="기투자"),
    pytest.param(["’25까지", "’26년", "’27년", "’28년"], id="까지"),
    pytest.param(["2026", "2027", "2028", "2029 이후"], id="이후"),
    pytest.param(["2026", "2027", "2028", "향 후"], id="향후"),
]


@pytest.mark.parametrize("heads", NOT_BUDGETS)
def test_a_plan_by_years_gives_no_budget_lines(heads: list[str]) -> None:
    from tests.hwpx_maker import p

    budget: list[list[Cell]] = [
        ["구 분", "2026년 예산", "2025년 예산", "증 감"],
        ["합 계", "185,400", "162,300", "23,100"],
        ["교통정책과", "110,400", "96,300", "14,100"],
        ["대중교통과", "75,000", "66,000", "9,000"],
    ]
    plan: list[list[Cell]] = [
        ["사 업 명", "총사업비", *heads],
        ["계", "1,000", "100", "300", "400", "200"],
        ["순환도로 개설", "400", "100", "100", "100", "100"],
        ["환승센터 건립", "600", "-", "200", "300", "100"],
    ]
    lines = ["Ⅰ. 일반현황", "1. 예산현황", "(단위 : 백만원)"]
    report = _hwpx(*map(p, lines), _table(budget), p("2. 중기 투자계획"), p("(단위 : 백만원)"),
                   _table(plan), cover=COVER)  # fmt: skip
    lines_of = {(b.table_id, b.year) for b in report.budget_lines}
    assert lines_of and {t for t, _ in lines_of} == {report.tables[0].table_id}


#: (the periods' headers, over sub-columns or not; whether the whole is checked)
GROUPED = [
    # (a group over the years: each year a column of its own)
    pytest.param([("연차별 투자계획", 3, ["기투자", "2026", "2027 이후"])], True, id="grouped"),
    # (a year over its 예산 and 집행: which of them the whole counts, unsaid)
    pytest.param([("’24년 이전", 1, ["예산", "집행"]), ("’25년", 1, ["예산", "집행"])], False,
                 id="budget-and-spent"),
]  # fmt: skip


@pytest.mark.parametrize(("groups", "checked"), GROUPED)
def test_years_under_a_group(groups: list[tuple[str, int, list[str]]], checked: bool) -> None:
    from tests.hwpx_maker import p

    top: list[Cell] = [("구 분", 2, 1), ("총사업비", 2, 1)]
    low: list[Cell] = []
    for head, n, subs in groups:
        if n == 1:
            top.append((head, 1, len(subs)))
        else:
            top.append((head, 1, n))
        low += subs
    figures = ["300", "200", "100"] if checked else ["300", "300", "200", "200"]
    rows: list[list[Cell]] = [top, low, ["계", "600", *figures]]
    plain: list[list[Cell]] = [["사 업 명", "총사업비", "기투자", "2026", "2027 이후"],
                               ["하천 정비", "900", "100", "200", "600"]]  # fmt: skip
    report = _hwpx(*map(p, HEAD), _table(rows), p("(단위 : 억원)"), _table(plain), cover=COVER)
    years = [v for v in report.validation if v.check == "tables.years_total"]
    first = report.tables[0].table_id
    checks = [(v.expected, v.passed) for v in years if v.detail.startswith(f"table {first} ")]
    # (the one row's whole against its 3 periods; none under 예산 and 집행 — and the
    # budget-and-spent row is then no failure although 300 + 300 + 200 + 200 is not 600)
    assert checks == ([("600", True)] if checked else [])
    assert [(v.expected, v.passed) for v in years if (v.expected, v.passed) not in checks] == [
        ("900", True)
    ]  # (the plain plan beside it is checked)
    assert [v for v in report.validation if not v.passed] == []
