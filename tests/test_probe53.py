"""Forms of the genre met in a fourth round of reports (a budget appendix of 통계목 lines
with their calculation basis, an org chart typed as a tree): what each must give, worked
out from its lines, and what had been lost or misread before."""

from __future__ import annotations

import pytest

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_FLAT = [
    ["세부사업 / 통계목", "예산액(천원)", "산출기초"],
    ["합계", "1,383,400", ""],
    ["도로과", "1,315,000", ""],
    ["보행환경 개선", "1,265,000", ""],
    ["시설비", "1,250,000", "○ 보도 정비 : 31,250천원 × 40개소 = 1,250,000천원"],
    ["시설부대비", "15,000", "○ 공사감독 경비 : 500천원 × 30개소 = 15,000천원"],
    ["도로 유지관리", "50,000", ""],
    ["재료비", "50,000", "○ 보수자재 : 50,000천원"],
    ["안전총괄과", "68,400", ""],
    ["재난안전 상황관리 운영", "68,400", ""],
    ["사무관리비", "8,400",
     "○ 홍보물 제작 : 8,000원 × 600부 = 4,800천원\n○ 매뉴얼 인쇄 : 12,000원 × 300부 = 3,600천원"],
    ["민간경상사업보조", "60,000", "○ 3,000천원 × 20개월 = 60,000천원"],
]  # fmt: skip


@pytest.mark.parametrize("basis", [True, False])
def test_a_budget_appendix_of_every_level_in_one_column(basis: bool) -> None:
    """"세부사업 / 통계목 | 예산액(천원) | 산출기초": the total the bureau's row, a unit's name
    its division's, a row with no basis an item of its division, a row with one a line
    of the item above it; with no basis column the sums say which rows are an item's
    lines (no record had been read); a basis's product that is not its amount fails."""
    rows = _FLAT if basis else [r[:2] for r in _FLAT]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 2과"), p("Ⅱ. 2026년 주요업무계획"), p("1. 보도 정비"),
        p("○ 사업기간 : 2026. 1.~12."), p("붙임. 2026년 세부사업별 예산 내역"), p(_table(rows)),
    )  # fmt: skip
    got = [(b.level, b.item, b.parent, b.budget_krw) for b in report.budget_items]
    assert got == [
        ("bureau", "합계", None, 1_383_400_000),
        ("division", "도로과", "합계", 1_315_000_000),
        ("item", "보행환경 개선", "도로과", 1_265_000_000),
        ("item", "시설비", "보행환경 개선", 1_250_000_000),
        ("item", "시설부대비", "보행환경 개선", 15_000_000),
        ("item", "도로 유지관리", "도로과", 50_000_000),
        ("item", "재료비", "도로 유지관리", 50_000_000),
        ("division", "안전총괄과", "합계", 68_400_000),
        ("item", "재난안전 상황관리 운영", "안전총괄과", 68_400_000),
        ("item", "사무관리비", "재난안전 상황관리 운영", 8_400_000),
        ("item", "민간경상사업보조", "재난안전 상황관리 운영", 60_000_000),
    ]
    sums = [c for c in report.validation if c.check.startswith("budget_items.")]
    assert sums and all(c.passed for c in sums)
    products = [c for c in report.validation if c.check == "prose.product"]
    assert [c.passed for c in products] == ([True] * 5 if basis else [])
    # (a product that holds says so: its detail gives both figures, no "not" between them)
    assert all(", not " not in c.detail and "; written " in c.detail for c in products)


def test_an_org_chart_typed_as_a_tree() -> None:
    """"환경위생과장" over "├─ 환경정책팀 (5명)", "│    └─ 재활용선별장 (3명)", "└─ 위생팀
    (4명)": each unit hangs from the branch its stroke stands under (the tree's lines had
    been wrapped text of the count line, no unit read)."""
    report = _text(
        "2026년 주요업무계획\n\n청하군 환경위생과\n\nⅠ. 일반현황\n\n 1. 조    직\n\n"
        "  ○ 기    구 : 3팀\n\n        환경위생과장\n"
        "          ├─ 환경정책팀 (5명)\n          ├─ 자원순환팀 (6명)\n"
        "          │    └─ 재활용선별장 (3명)\n          └─ 위생팀 (4명)\n\n"
        "     ※ ( )는 정원이며, 과장 1명은 별도\n\n"
        "Ⅱ. 2026년 주요업무계획\n\n 1. 폐기물 감량\n  ○ 사업기간 : 2026. 1.~12.\n"
    )
    assert [(u.name, u.parent) for u in report.organization] == [
        ("환경위생과", None), ("환경정책팀", "환경위생과"), ("자원순환팀", "환경위생과"),
        ("재활용선별장", "자원순환팀"), ("위생팀", "환경위생과"),
    ]


def test_a_flat_appendix_over_two_years_gives_the_plan_years_amounts() -> None:
    """"세부사업 / 통계목 | 2025년 예산액 | 2026년 예산액 | 산출기초": the plan's year's column
    (the first had been taken)."""
    rows = [["세부사업 / 통계목", "2025년 예산액(천원)", "2026년 예산액(천원)", "산출기초"]]
    rows += [[r[0], "1", r[1], r[2] if len(r) > 2 else ""] for r in _FLAT[1:]]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 2과"), p("Ⅱ. 2026년 주요업무계획"), p("1. 보도 정비"),
        p("○ 사업기간 : 2026. 1.~12."), p("붙임. 2026년 세부사업별 예산 내역"), p(_table(rows)),
    )  # fmt: skip
    assert report.budget_items[0].budget_krw == 1_383_400_000
