"""Round 115 (invest): budget_lines.basis, the state of the year's budget an amount is
(본예산, 기정, 추경, 최종) where its column's header says, so that a 추경 report's two lines
per item and year are told apart; and (below) plan_years, a multi-year investment plan's
amounts by project and period."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.cli import main
from schemas import Report
from tests.hwpx_maker import Spans, grid, hwpx, p, sec
from tests.test_other_reports import _hwpx


def _table(rows: list[list[str]], spans: Spans | None = None) -> str:
    return p(grid(rows, spans))


def _budget(title: str, unit: str, rows: list[list[str]]) -> Report:
    """A report whose general section holds one budget table under ``title``."""
    return _hwpx(
        p("2026년 주요업무계획"), p("도시교통국"), p("Ⅰ. 일반현황"), p("1. 조 직 : 1국 3과"),
        p("○ 교통정책과, 대중교통과, 주차관리과"), p(title), p(f"(단위 : {unit})"),
        _table(rows), p("Ⅱ. 주요업무 추진계획"), p("1. 교통안전 강화"),
        p("□ 어린이보호구역 정비 (교통정책과)"), p("○ 사업기간 : 2026. 1. ~ 12."),
    )  # fmt: skip


_SUPP = [
    ["구 분", "기정예산액", "추경예산액(안)", "증 감", "비 고"],
    ["합 계", "11,000", "12,345", "1,345", ""],
    ["교통정책과", "4,100", "4,600", "500", ""],
    ["대중교통과", "5,200", "5,950", "750", ""],
    ["주차관리과", "1,700", "1,795", "95", ""],
]
_ROUND = [
    ["구 분", "2026 본예산(A)", "2026 제1회 추경(B)", "증감(B-A)"],
    ["합 계", "9,000", "9,600", "600"],
    ["교통정책과", "5,000", "5,400", "400"],
    ["대중교통과", "4,000", "4,200", "200"],
]
_FINAL = [
    ["구 분", "2025년 최종예산", "2026년 예산", "증 감"],
    ["합 계", "8,000", "8,800", "800"],
    ["교통정책과", "3,000", "3,300", "300"],
    ["대중교통과", "5,000", "5,500", "500"],
]
_CURRENT = [
    ["구 분", "2025년 예산현액", "2026년 당초예산", "증 감"],
    ["합 계", "7,000", "7,700", "700"],
    ["교통정책과", "3,000", "3,200", "200"],
    ["대중교통과", "4,000", "4,500", "500"],
]

#: (unit, year, basis, amount in won) of every line a table gives
Line = tuple[str, int | None, str | None, int]

BASIS_CASES: list[tuple[str, list[list[str]], str, set[Line]]] = [
    (
        "supp",
        _SUPP,
        "백만원",
        {
            ("계", 2026, "기정", 11_000_000_000), ("계", 2026, "추경", 12_345_000_000),
            ("교통정책과", 2026, "기정", 4_100_000_000),
            ("교통정책과", 2026, "추경", 4_600_000_000),
            ("대중교통과", 2026, "기정", 5_200_000_000),
            ("대중교통과", 2026, "추경", 5_950_000_000),
            ("주차관리과", 2026, "기정", 1_700_000_000),
            ("주차관리과", 2026, "추경", 1_795_000_000),
        },
    ),
    (
        "original-and-first-supp",
        _ROUND,
        "백만원",
        {
            ("계", 2026, "본예산", 9_000_000_000), ("계", 2026, "추경", 9_600_000_000),
            ("교통정책과", 2026, "본예산", 5_000_000_000),
            ("교통정책과", 2026, "추경", 5_400_000_000),
            ("대중교통과", 2026, "본예산", 4_000_000_000),
            ("대중교통과", 2026, "추경", 4_200_000_000),
        },
    ),
    (
        "final-and-plain",
        _FINAL,
        "백만원",
        {
            ("계", 2025, "최종", 8_000_000_000), ("계", 2026, None, 8_800_000_000),
            ("교통정책과", 2025, "최종", 3_000_000_000),
            ("교통정책과", 2026, None, 3_300_000_000),
            ("대중교통과", 2025, "최종", 5_000_000_000),
            ("대중교통과", 2026, None, 5_500_000_000),
        },
    ),
    (
        "current-and-original",
        _CURRENT,
        "백만원",
        {
            ("계", 2025, "최종", 7_000_000_000), ("계", 2026, "본예산", 7_700_000_000),
            ("교통정책과", 2025, "최종", 3_000_000_000),
            ("교통정책과", 2026, "본예산", 3_200_000_000),
            ("대중교통과", 2025, "최종", 4_000_000_000),
            ("대중교통과", 2026, "본예산", 4_500_000_000),
        },
    ),
]


@pytest.mark.parametrize(
    ("name", "rows", "unit", "want"), BASIS_CASES, ids=[c[0] for c in BASIS_CASES]
)
def test_budget_line_basis(name: str, rows: list[list[str]], unit: str, want: set[Line]) -> None:
    report = _budget("2. 예산 현황", unit, rows)
    got = {(b.unit, b.year, b.basis, b.amount_krw) for b in report.budget_lines}
    assert got == want


def test_supp_lines_told_apart() -> None:
    """Two lines per unit and year, no two of the same basis."""
    report = _budget("2. 추경예산 현황", "백만원", _SUPP)
    keys = [(b.unit, b.year, b.basis) for b in report.budget_lines]
    assert len(keys) == 8 and len(set(keys)) == 8


# --- plan_years ------------------------------------------------------------------------

#: (project, is_total, source, period, year, amount in won)
Amount = tuple[str | None, bool, str | None, str, int | None, int]


def _plan(*body: str) -> Report:
    """A report with a chapter of investment plans holding ``body``, then two cards."""
    return _hwpx(
        p("2026년 주요업무계획"), p("도시교통국"), p("Ⅰ. 일반현황"), p("1. 조 직 : 1국 2과"),
        p("○ 도시철도과, 대중교통과"), p("Ⅱ. 중기 투자계획"),
        p("1. 주요 투자사업 연차별 투자계획"), *body,
        p("Ⅲ. 2026년 주요업무 추진계획"), p("1. 도시철도 2호선 건설 (도시철도과)"),
        p("○ 사업기간 : 2023 ~ 2029"), p("○ 총사업비 : 1,250억원"),
        p("○ 2026년 추진계획"), p("- ’26. 3월 : 차량기지 착공"),
        p("2. 간선급행버스(BRT) 구축 (대중교통과)"), p("○ 사업기간 : 2025 ~ 2028"),
        p("○ 총사업비 : 480억원"), p("○ 2026년 추진계획"), p("- ’26. 5월 : 공사 착공"),
    )  # fmt: skip


def _amounts(report: Report) -> set[Amount]:
    return {
        (r.project, r.is_total, r.source, r.period, r.year, r.amount_krw or 0)
        for r in report.plan_years
    }


E8 = 100_000_000  # (억원)

_BY_SOURCE = _table(
    [
        ["사업명", "사업기간", "구분", "총사업비", "기투자", "2026", "2027", "2028이후"],
        ["도시철도 2호선 건설", "2023 ~ 2029", "계", "1,250", "80", "300", "400", "470"],
        ["", "", "국비", "500", "30", "120", "160", "190"],
        ["", "", "시비", "750", "50", "180", "240", "280"],
        ["간선급행버스(BRT) 구축", "2025 ~ 2028", "계", "480", "80", "160", "160", "80"],
        ["", "", "국비", "240", "40", "80", "80", "40"],
        ["", "", "시비", "240", "40", "80", "80", "40"],
    ],
    {(1, 0): (3, 1), (1, 1): (3, 1), (4, 0): (3, 1), (4, 1): (3, 1)},
)
_BY_PROJECT = _table(
    [
        ["사 업 명", "총사업비", "’25까지", "2026년", "2027년", "향 후"],
        ["도시철도 2호선 건설", "1,250", "200", "300", "400", "350"],
        ["트램 도입 타당성 조사", "12", "-", "5", "7", "-"],
        ["합 계", "1,262", "200", "305", "407", "350"],
    ]
)

PLAN_CASES: list[tuple[str, list[str], set[Amount]]] = [
    (
        "projects-by-source",
        [p("(단위 : 억원)"), _BY_SOURCE],
        {
            ("도시철도 2호선 건설", False, None, "total", None, 1_250 * E8),
            ("도시철도 2호선 건설", False, None, "before", None, 80 * E8),
            ("도시철도 2호선 건설", False, "국비", "year", 2026, 120 * E8),
            ("도시철도 2호선 건설", False, "시비", "year", 2027, 240 * E8),
            ("도시철도 2호선 건설", False, "시비", "after", None, 280 * E8),
            ("간선급행버스(BRT) 구축", False, None, "year", 2026, 160 * E8),
            ("간선급행버스(BRT) 구축", False, "국비", "before", None, 40 * E8),
            ("간선급행버스(BRT) 구축", False, "시비", "total", None, 240 * E8),
        },
    ),
    (
        "projects-and-total",
        [p("(단위 : 억원)"), _BY_PROJECT],
        {
            ("도시철도 2호선 건설", False, None, "total", None, 1_250 * E8),
            ("도시철도 2호선 건설", False, None, "before", None, 200 * E8),
            ("도시철도 2호선 건설", False, None, "year", 2026, 300 * E8),
            ("도시철도 2호선 건설", False, None, "year", 2027, 400 * E8),
            ("도시철도 2호선 건설", False, None, "after", None, 350 * E8),
            ("트램 도입 타당성 조사", False, None, "total", None, 12 * E8),
            ("트램 도입 타당성 조사", False, None, "year", 2026, 5 * E8),
            (None, True, None, "total", None, 1_262 * E8),
            (None, True, None, "year", 2027, 407 * E8),
        },
    ),
]


@pytest.mark.parametrize(("name", "body", "want"), PLAN_CASES, ids=[c[0] for c in PLAN_CASES])
def test_plan_years(name: str, body: list[str], want: set[Amount]) -> None:
    got = _amounts(_plan(*body))
    assert want <= got, sorted(want - got, key=str)


def test_plan_years_whole_rows() -> None:
    """Every figure of the plan by projects, one row each (5 columns x 3 rows)."""
    report = _plan(p("(단위 : 억원)"), _BY_PROJECT)
    assert len(report.plan_years) == 15
    assert {r.raw for r in report.plan_years if r.project == "트램 도입 타당성 조사"} == {
        "12", "-", "5", "7",
    }  # fmt: skip


def test_plan_years_link_cards() -> None:
    """A row of the name of a card is that card's; a row of no card's name is none's."""
    report = _plan(p("(단위 : 억원)"), _BY_PROJECT)
    ids = {r.project: r.project_id for r in report.plan_years}
    titles = {pr.project_id: pr.title for pr in report.projects}
    assert titles[ids["도시철도 2호선 건설"] or ""] == "도시철도 2호선 건설"
    assert ids["트램 도입 타당성 조사"] is None


def test_plan_years_of_a_card() -> None:
    """A card's own plan, its rows sources only: the card's project."""
    report = _hwpx(
        p("2026년 주요업무계획"), p("도시교통국"), p("Ⅰ. 일반현황"), p("1. 조 직 : 1국 1과"),
        p("○ 교통정책과"), p("Ⅱ. 2026년 주요업무 추진계획"),
        p("1. 광역환승센터 건립 (교통정책과)"), p("○ 사업기간 : 2026 ~ 2031"),
        p("○ 총사업비 : 900억원"), p("○ 연차별 투자계획"), p("(단위 : 백만원)"),
        _table([
            ["구 분", "총사업비", "기투자", "2026", "2027", "2028이후"],
            ["계", "90,000", "-", "7,000", "18,000", "65,000"],
            ["국 비", "30,000", "-", "3,000", "6,000", "21,000"],
            ["시 비", "60,000", "-", "4,000", "12,000", "44,000"],
        ]),
        p("○ 2026년 추진계획"), p("- ’26. 4월 : 기본 및 실시설계 착수"),
    )  # fmt: skip
    card = [pr for pr in report.projects if pr.title == "광역환승센터 건립"]
    assert len(card) == 1
    got = {
        (r.project, r.project_id, r.source, r.period, r.year, r.amount_krw)
        for r in report.plan_years
    }
    pid = card[0].project_id
    assert {
        ("광역환승센터 건립", pid, None, "total", None, 90_000_000_000),
        ("광역환승센터 건립", pid, "국비", "year", 2026, 3_000_000_000),
        ("광역환승센터 건립", pid, "시비", "after", None, 44_000_000_000),
        ("광역환승센터 건립", pid, "국비", "before", None, 0),
    } <= got
    assert len(report.plan_years) == 15


def test_no_plan_years_of_a_budget() -> None:
    """A budget table of two years (no 기투자, no 이후) is no investment plan."""
    report = _budget("2. 예산 현황", "백만원", _FINAL)
    assert report.plan_years == []


LINE_CASES: list[tuple[str, str, set[tuple[str, int | None, int]]]] = [
    (
        "arrows",
        "○ 연차별 투자 : ’25년 120억 → ’26년 300억 → ’27년 400억",
        {("year", 2025, 120 * E8), ("year", 2026, 300 * E8), ("year", 2027, 400 * E8)},
    ),
    (
        "commas-and-brackets",
        "○ 연도별 투자계획 : 기투자 80억원, 2026년 1,200억원(국 500, 시 700), 2027년 이후 50억원",
        {("before", None, 80 * E8), ("year", 2026, 1_200 * E8), ("after", None, 50 * E8)},
    ),
]


@pytest.mark.parametrize(("name", "line", "want"), LINE_CASES, ids=[c[0] for c in LINE_CASES])
def test_plan_years_of_a_card_line(
    name: str, line: str, want: set[tuple[str, int | None, int]]
) -> None:
    """A card's line of its investment by years: one row a period, the card's project."""
    report = _hwpx(
        p("2026년 주요업무계획"), p("도시교통국"), p("Ⅰ. 일반현황"), p("1. 조 직 : 1국 1과"),
        p("○ 도시철도과"), p("Ⅱ. 2026년 주요업무 추진계획"),
        p("1. 도시철도 2호선 건설 (도시철도과)"), p("○ 사업기간 : 2023 ~ 2029"),
        p("○ 총사업비 : 1,250억원"), p(line),
        p("○ 2026년 추진계획"), p("- ’26. 3월 : 차량기지 착공"),
    )  # fmt: skip
    card = [pr for pr in report.projects if pr.title == "도시철도 2호선 건설"]
    assert len(card) == 1
    rows = report.plan_years
    assert {(r.period, r.year, r.amount_krw) for r in rows} == want
    assert {(r.project, r.project_id, r.source, r.table_id) for r in rows} == {
        ("도시철도 2호선 건설", card[0].project_id, None, None),
    }


def test_debug_plan_years_stage(tmp_path: Path) -> None:
    """`--stage plan_years` lists each amount: its period, year, source, raw text, project
    and the cell it came from; the CSV and SQLite outputs carry the table."""
    report = tmp_path / "plan.hwpx"
    report.write_bytes(hwpx(sec(
        p("2026년 주요업무계획"), p("도시교통국"), p("Ⅰ. 일반현황"), p("1. 조 직 : 1국 2과"),
        p("○ 도시철도과, 대중교통과"), p("Ⅱ. 중기 투자계획"),
        p("1. 주요 투자사업 연차별 투자계획"), p("(단위 : 억원)"), _BY_PROJECT,
    )))  # fmt: skip
    result = CliRunner().invoke(main, ["debug", str(report), "--stage", "plan_years"])
    assert result.exit_code == 0, result.output
    rows = [ln.split() for ln in result.stdout.splitlines()]
    assert [(r[1], r[2]) for r in rows[:5]] == [
        ("total", "계"), ("before", "계"), ("year", "2026"), ("year", "2027"), ("after", "계"),
    ]
    assert all("(table " in ln for ln in result.stdout.splitlines())
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["convert", str(report), "--out", str(out), "--jobs", "1"])
    assert result.exit_code in (0, 1), result.output
    with (out / "plan" / "plan_years.csv").open(encoding="utf-8") as f:
        got = list(csv.DictReader(f))
    assert len(got) == 15
    assert {r["period"] for r in got} == {"total", "before", "year", "after"}
