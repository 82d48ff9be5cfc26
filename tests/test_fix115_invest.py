"""Round 115 (invest): budget_lines.basis, the state of the year's budget an amount is
(본예산, 기정, 추경, 최종) where its column's header says, so that a 추경 report's two lines
per item and year are told apart; and (below) plan_years, a multi-year investment plan's
amounts by project and period."""

from __future__ import annotations

import pytest

from schemas import Report
from tests.hwpx_maker import Spans, grid, p
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
