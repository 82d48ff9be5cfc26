"""A city corporation's 주요업무보고 to its council committee (probe 114, corp: a 도시공사 or
시설관리공단, in a Hancom-like PDF and in HWPX).

Its budget is set by kind of account, each over its own sides, the kind merged down
beside them (`수익적 | 수 입` / `| 지 출`, `자본적 | 수 입` / `| 지 출`): each row was read as
its side's whole (`계`, is_total, no item), two totals of one side, and the headline's
`수입 281,720백만원` (the parts' sum) failed against the first.  Its 손익 table under
`(단위 : 백만원, %)` lists `부채비율` beside 영업수익: a ratio, read as money (128.4 백만원).
Its chart written as lines names a unit with its teams in a bracket, `○ 이사장 직속 :
감사실(감사팀)`, `○ 경영기획본부 : 기획조정처(기획예산팀, 홍보팀), …`: those lines were lost.
"""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import cell, hwpx, p, sec, tbl

Cell = str | tuple[str, int, int]  # (text, rows spanned, columns spanned)

COVER = ["2025년 주요업무보고", "해솔시의회 도시건설위원회", "2025. 2.", "해 솔 도 시 공 사"]


def _table(rows: list[list[Cell]]) -> str:
    """A ruled table of ``rows``, a merged cell given as (text, rows, columns)."""
    taken: set[tuple[int, int]] = set()
    cells = []
    ncols = 0
    for r, row in enumerate(rows):
        c = 0
        for x in row:
            text, rs, cs = x if isinstance(x, tuple) else (x, 1, 1)
            while (r, c) in taken:
                c += 1
            cells.append(cell(r, c, p(text), rs=rs, cs=cs))
            taken |= {(r + i, c + j) for i in range(rs) for j in range(cs)}
            c += cs
            ncols = max(ncols, c)
    return p(tbl(len(rows), ncols, cells))


def _hwpx(*paras: str, cover: list[str] = COVER) -> Report:
    body = [p(x) for x in cover] + list(paras)
    return check(parse_document(read_bytes(hwpx(sec(*body)), "report.hwpx"), "report"))


def _text(lines: list[str], cover: list[str] = COVER) -> Report:
    body = "\n".join([*cover, "", *lines]) + "\n"
    return check(parse_document(read_bytes(body.encode(), "report.txt"), "report"))


# --- a side's parts ------------------------------------------------------------------------

#: (the kinds of account, their rows' figures of 2025 and 2024, the headline's sums)
PARTS = [
    pytest.param(
        ("수익적", "자본적"),
        [("185,420", "172,310"), ("178,950", "168,240"), ("96,300", "88,150"),
         ("102,600", "91,480")],
        ("281,720", "281,550"),
        id="running-and-capital",
    ),
    pytest.param(
        ("수 익 적", "자 본 적"),
        [("12,400", "11,900"), ("11,800", "11,300"), ("3,100", "2,700"), ("3,600", "3,250")],
        ("15,500", "15,400"),
        id="spaced-out-kinds",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("kinds", "figures", "sums"), PARTS)
def test_a_side_under_its_kind_of_account_is_that_part(
    kinds: tuple[str, str], figures: list[tuple[str, str]], sums: tuple[str, str]
) -> None:
    """`수익적 | 수 입`: item `수익적 수입`, revenue, no total; the summary's row so named;
    the headline's 수입, the parts' sum, agrees with the table."""
    first, second = kinds
    rows: list[list[Cell]] = [["구 분", "", "2025년(A)", "2024년(B)", "증감(A-B)"]]
    for i, (kind, side) in enumerate([(first, "수 입"), (first, "지 출"),
                                      (second, "수 입"), (second, "지 출")]):  # fmt: skip
        this, last = figures[i]
        change = f"{int(this.replace(',', '')) - int(last.replace(',', '')):,}"
        lead: list[Cell] = [(kind, 2, 1)] if i % 2 == 0 else []
        rows.append([*lead, side, this, last, change])
    report = _hwpx(
        p("Ⅰ. 경영현황"), p("1. 예산현황"),
        p(f"□ 2025년 예산 : 수입 {sums[0]}백만원, 지출 {sums[1]}백만원"),
        p("(단위 : 백만원)"), _table(rows),
    )  # fmt: skip
    names = [k.replace(" ", "") for k in kinds]
    expected = {
        (f"{names[0]} 수입", "revenue", 2025, int(figures[0][0].replace(",", "")) * 1_000_000),
        (f"{names[0]} 지출", "expenditure", 2025, int(figures[1][0].replace(",", "")) * 1_000_000),
        (f"{names[1]} 수입", "revenue", 2025, int(figures[2][0].replace(",", "")) * 1_000_000),
        (f"{names[1]} 지출", "expenditure", 2025, int(figures[3][0].replace(",", "")) * 1_000_000),
    }  # fmt: skip
    got = {(b.item, b.side, b.year, b.amount_krw) for b in report.budget_lines if b.year == 2025}
    assert got == expected
    assert not any(b.is_total for b in report.budget_lines)
    summary = {(s.unit, s.side, s.is_total) for s in report.budget_summary}
    assert summary == {(item, side, False) for item, side, _, _ in expected}
    stated = [c for c in report.validation if c.check == "budget_lines.stated"]
    assert stated and all(c.passed for c in stated)


# --- a ratio's row ---------------------------------------------------------------------------


@pytest.mark.parametrize("ratio", ["부채비율", "부 채 비 율", "자기자본비율", "영업이익률"])
def test_a_ratio_row_is_no_amount(ratio: str) -> None:
    """`부채비율 | 128.4 | 121.7` under `(단위 : 백만원, %)`: percentages, no budget line;
    영업수익 beside it stays the revenue it is."""
    report = _hwpx(
        p("Ⅰ. 경영현황"), p("1. 손익현황"), p("(단위 : 백만원, %)"),
        _table([["구 분", "2024년 결산", "2025년 예산"],
                ["영업수익", "171,250", "184,100"],
                ["영업비용", "163,900", "175,300"],
                [ratio, "121.7", "115.2"]]),
    )  # fmt: skip
    items = {(b.item, b.year): b.amount_krw for b in report.budget_lines}
    assert items[("영업수익", 2025)] == 184_100_000_000
    assert not [b for b in report.budget_lines if b.raw in ("121.7", "115.2")]


# --- teams in a unit's bracket ---------------------------------------------------------------

#: (the chart's lines under its count line, the units expected as (name, parent))
CHARTS = [
    pytest.param(
        [" ○ 이사장 직속 : 감사실(감사팀)",
         " ○ 경영기획본부 : 기획조정처, 경영지원처",
         "  - 기획조정처 : 기획예산팀, 홍보팀",
         "  - 경영지원처 : 인사총무팀, 재무회계팀"],
        {("감사실", "해솔도시공사"), ("감사팀", "감사실"), ("기획예산팀", "기획조정처"),
         ("인사총무팀", "경영지원처"), ("기획조정처", "경영기획본부")},
        id="top-unit-with-its-team",
    ),
    pytest.param(
        [" ○ 사장 직속 : 감사실 (감사팀, 청렴팀)",
         " ○ 경영기획본부 : 기획조정처(기획예산팀, 홍보팀), 경영지원처(인사총무팀, 재무회계팀)"],
        {("감사팀", "감사실"), ("청렴팀", "감사실"), ("기획조정처", "경영기획본부"),
         ("홍보팀", "기획조정처"), ("재무회계팀", "경영지원처"), ("경영지원처", "경영기획본부")},
        id="each-unit-with-its-teams",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("chart", "expected"), CHARTS)
@pytest.mark.parametrize("form", ["text", "hwpx"])
def test_a_units_bracket_of_teams_gives_its_teams(
    chart: list[str], expected: set[tuple[str, str]], form: str
) -> None:
    """`감사실(감사팀)` after a line's label: the unit 감사실, its team 감사팀 under it."""
    teams = sum(x.count("팀") for x in chart)
    lines = ["Ⅰ. 경영현황", "1. 조직현황", f"□ 조    직 : 사장 - 1본부 2처 1실 {teams}팀", *chart]
    report = _text(lines) if form == "text" else _hwpx(*[p(x) for x in lines])
    got = {(u.name, u.parent) for u in report.organization}
    assert expected <= got
    assert not [u for u in report.organization if "(" in u.name]


@pytest.mark.parametrize("kinds", [("수익적", "자본적"), ("수 익 적", "자 본 적")])
def test_a_kind_of_account_under_its_side_is_named_as_that_part(kinds: tuple[str, str]) -> None:
    """`수 입 | 계` over `| 수익적` and `| 자본적`: the 계 the side's total, each kind that
    part of it, `수익적 수입`, as the table set the other way round names it."""
    first, second = kinds
    rows: list[list[Cell]] = [
        ["구 분", "", "2025년", "2024년", "증 감"],
        [("수 입", 3, 1), "계", "281,720", "260,460", "21,260"],
        [first, "185,420", "172,310", "13,110"],
        [second, "96,300", "88,150", "8,150"],
        [("지 출", 3, 1), "계", "281,550", "259,720", "21,830"],
        [first, "178,950", "168,240", "10,710"],
        [second, "102,600", "91,480", "11,120"],
    ]
    report = _hwpx(p("Ⅰ. 경영현황"), p("1. 예산현황"), p("(단위 : 백만원)"), _table(rows))
    got = {(b.item, b.side, b.is_total, b.amount_krw) for b in report.budget_lines
           if b.year == 2025}  # fmt: skip
    assert got == {
        (None, "revenue", True, 281_720_000_000),
        ("수익적 수입", "revenue", False, 185_420_000_000),
        ("자본적 수입", "revenue", False, 96_300_000_000),
        (None, "expenditure", True, 281_550_000_000),
        ("수익적 지출", "expenditure", False, 178_950_000_000),
        ("자본적 지출", "expenditure", False, 102_600_000_000),
    }
    units = {(s.unit, s.side) for s in report.budget_summary if not s.is_total}
    assert units == {("수익적 수입", "revenue"), ("자본적 수입", "revenue"),
                     ("수익적 지출", "expenditure"), ("자본적 지출", "expenditure")}  # fmt: skip


@pytest.mark.parametrize(
    ("revenue", "expense", "profit"),
    [
        (("162,400", "171,250"), ("154,800", "163,900"), ("7,600", "7,350")),
        (("48,200", "50,100"), ("45,900", "47,300"), ("2,300", "2,800")),
    ],
)
def test_revenue_is_no_sum_of_the_costs_and_profit_under_it(
    revenue: tuple[str, str], expense: tuple[str, str], profit: tuple[str, str]
) -> None:
    """`영업수익` over `영업비용` and `영업이익`: its figures are theirs added up (as profit
    is what revenue leaves over costs), yet it is revenue, no total of the costs."""
    report = _hwpx(
        p("Ⅰ. 경영현황"), p("1. 손익현황"), p("(단위 : 백만원)"),
        _table([["구 분", "2024년 결산", "2025년 예산"],
                ["영업수익", *revenue], ["영업비용", *expense], ["영업이익", *profit]]),
    )  # fmt: skip
    got = {(b.item, b.side, b.is_total) for b in report.budget_lines}
    assert got == {("영업수익", "revenue", False), ("영업비용", "expenditure", False),
                   ("영업이익", None, False)}  # fmt: skip
