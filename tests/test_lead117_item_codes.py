"""A budget item's statistical object code (통계목, "201-01") printed before its name is its
``code``, the item named without it (the whole budget book: tests/test_fix116_budgetbook.py)."""

from __future__ import annotations

import pytest

from extract.parse.budget_codes import item_code
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("201-01 사무관리비", ("201-01", "사무관리비")),
        ("(307-02) 민간경상사업보조", ("307-02", "민간경상사업보조")),
        ("（101-04）기간제근로자등보수", ("101-04", "기간제근로자등보수")),
        ("401-01시설비", ("401-01", "시설비")),
        ("119 구급대 운영", None),  # (a bare number is no code)
        ("2025-01 사업", None),  # (four digits: no 목)
        ("사무관리비", None),
        ("201-01", None),  # (a code with no name)
    ],
)
def test_item_code(text: str, want: tuple[str, str] | None) -> None:
    assert item_code(text) == want


def test_a_drawn_books_items_by_code() -> None:
    """A Hangul file's drawn budget book: the objects' codes apart from their names."""
    rows = [
        ["부서 / 정책사업 / 세부사업 / 편성목", "예산액", "전년도", "비교증감"],
        ["문화관광과", "22,000", "20,000", "2,000"],
        ["▣ 문화예술 진흥", "22,000", "20,000", "2,000"],
        ["□ 지역축제 운영", "22,000", "20,000", "2,000"],
        ["201-01 사무관리비", "16,000", "14,000", "2,000"],
        ["301-09 행사실비지원금", "6,000", "6,000", "0"],
    ]
    report = _hwpx(
        p("Ⅰ. 일 반 현 황"), p("1. 조  직"), p("□ 조 직 : 1국 2과 6팀"),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 지역축제 내실화"),
        p("가. 지역축제 운영 (문화관광과)"), p("○ 사업기간 : 2026. 3. ~ 10."),
        p("붙임  2026년 세출예산 사업명세서"), p("(단위 : 천원)"), p(_table(rows)),
    )  # fmt: skip
    got = [(i.code, i.item, i.parent, i.budget_krw) for i in report.budget_items if i.code]
    assert got == [
        ("201-01", "사무관리비", "지역축제 운영", 16_000_000),
        ("301-09", "행사실비지원금", "지역축제 운영", 6_000_000),
    ]
    assert "지역축제 운영" in {i.item for i in report.budget_items}


@pytest.mark.parametrize(
    ("text", "groups", "want"),
    [
        ("401 시설비및부대비", {"401"}, ("401", "시설비및부대비")),
        ("401 시설비및부대비", set(), None),  # (no 세목 of it coded: a number, no code)
        ("119 구급대 운영", {"401"}, None),
    ],
)
def test_a_bare_group_code(text: str, groups: set[str], want: tuple[str, str] | None) -> None:
    """A 목's three digits are its code where the book codes its 세목 ("401-01")."""
    assert item_code(text, groups) == want
