"""A 추경 report's chapter of the items the 추경 changes (`Ⅱ. 2026년 제1회 추가경정예산(안)`
over `부  서 | 세부사업명 | 기정액 | 추경액 | 증 감 | 사  유`): budget items, 추경액 each
one's budget; a list of some items only, its total held to no summary."""

from __future__ import annotations

import pytest

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table

_ROWS = [
    ["부  서", "세부사업명", "기정액", "추경액", "증 감", "사  유"],
    ["합  계", "", "5,000,000", "6,200,000", "1,200,000", ""],
    ["경제정책과", "소  계", "3,000,000", "3,700,000", "700,000", ""],
    ["", "골목상권 활성화 지원", "1,000,000", "1,900,000", "900,000", "공모 선정"],
    ["", "지역화폐 발행 지원", "2,000,000", "1,800,000", "△200,000", "국비 감액"],
    ["일자리정책과", "소  계", "2,000,000", "2,500,000", "500,000", ""],
    ["", "청년 일경험 드림 지원", "2,000,000", "2,500,000", "500,000", "수요 증가"],
]


def _report(title: str, amount_head: str = "추경액") -> Report:
    rows = [[amount_head if c == "추경액" else c for c in r] for r in _ROWS]
    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과 6팀"),
        p("2. 예산"), p("(단위 : 천원)"),
        p(_table([
            ["구  분", "2026년 예산", "2025년 예산", "증 감"],
            ["합  계", "40,000,000", "38,000,000", "2,000,000"],
            ["경제정책과", "25,000,000", "24,000,000", "1,000,000"],
            ["일자리정책과", "15,000,000", "14,000,000", "1,000,000"],
        ])),
        p(title), p("1. 편성 개요"), p("□ 세출 : 기정 5,000,000천원 → 추경 6,200,000천원"),
        p("2. 세출 추경 세부사업"), p("(단위 : 천원)"), p(_table(rows)),
        p("Ⅲ. 2026년 주요업무 추진계획"), p("1. 지역경제 활성화"), p("□ 골목상권 활성화"),
    )  # fmt: skip


@pytest.mark.parametrize(
    "title", ["Ⅱ. 2026년 제1회 추가경정예산(안)", "Ⅱ. 2026년 제1회 추경예산(안) 편성"]
)
@pytest.mark.parametrize("head", ["추경액", "추경예산(안)", "추 경 예 산"])
def test_a_supplementary_chapters_items_are_budget_items(title: str, head: str) -> None:
    report = _report(title, head)
    assert "budget_items" in {s.key for s in report.sections if s.found}
    items = {(b.division, b.item): b.budget_krw for b in report.budget_items if b.level == "item"}
    assert items == {
        ("경제정책과", "골목상권 활성화 지원"): 1_900_000_000,
        ("경제정책과", "지역화폐 발행 지원"): 1_800_000_000,
        ("일자리정책과", "청년 일경험 드림 지원"): 2_500_000_000,
    }
    divisions = {b.item: b.budget_krw for b in report.budget_items if b.level == "division"}
    assert divisions == {"경제정책과": 3_700_000_000, "일자리정책과": 2_500_000_000}


def test_a_supplementary_list_is_held_to_no_summary() -> None:
    """The 추경's items add up to 6,200,000천원, the bureau's budget is 40,000,000천원: the
    list is of the items the 추경 changes, no whole budget, so no check compares them."""
    report = _report("Ⅱ. 2026년 제1회 추가경정예산(안)")
    assert report.budget_items  # (read, as above)
    assert not [c for c in report.validation if c.check == "budget_summary.vs_appendix"]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Ⅱ. 하반기 주요업무 추진계획 (추경예산 반영)", "plans"),
        ("Ⅱ. 2025년 추경예산 확보사업 추진실적", "achievements"),
    ],
)
def test_a_chapter_that_names_the_supplementary_budget_it_draws_on(title: str, role: str) -> None:
    """A plan or its results that name the 추경 they draw on keep their role (the plan's
    cards had been lost as budget items)."""
    report = _report(title)
    assert role in {s.key for s in report.sections if s.found}
    assert "budget_items" not in {s.key for s in report.sections if s.found}
