"""A 도 국's 주요업무보고 laid out with boxes (probe 113, hwpxbox): each card's title in a
shaded box over a frame of its bullets, the division that runs the card set apart from
the title — in a cell of its own beside it, after a tab, on a paragraph of its own under
it in the box — or, in a text export, after a wide gap.  The division is the project's,
no part of its title (it had stayed in the title, or been lost)."""

from __future__ import annotations

import pytest

from schemas import Report
from tests.hwpx_maker import FW, TAB, cell, p, t, tbl
from tests.test_other_reports import _hwpx, _text


def _frame(*lines: str) -> str:
    """A frame table of one cell holding the card's paragraphs."""
    return p(tbl(1, 1, [cell(0, 0, *map(p, lines))]))


def _card_body(period: str, cost: str) -> str:
    return _frame(
        "□ 사업개요",
        f"○ 기 간 : {period}",
        f"○ 사업비 : {cost}",
        "□ 추진계획",
        "○ 참여기업 모집 및 매칭",
        "- 도내 기업 300개소 참여",
        "※ 2024년 실적 : 1,050명 참여",
    )


def _boxed(title_box: str) -> Report:
    """A plan chapter boxed as `Ⅱ | …`, the card's title box given, its frame, and a
    second card boxed with no division."""
    return _hwpx(
        p("2025 주요업무보고"),
        p("일자리경제국"),
        p(tbl(1, 2, [cell(0, 0, p("Ⅱ")), cell(0, 1, p("2025년 주요업무 추진계획"))])),
        p(title_box),
        _card_body("2025. 1. ~ 12.", "12,500백만원"),
        p(tbl(1, 1, [cell(0, 0, p(t("2", FW, FW, "소상공인 경영안정 지원")))])),
        _card_body("2025. 3. ~ 11.", "3,200백만원"),
    )


_TITLE = t("1", FW, FW, "청년 일자리 확대")

#: the first card's title box -> its division and how it was told
BOXES = {
    "a cell of its own": (
        tbl(1, 2, [cell(0, 0, p(_TITLE)), cell(0, 1, p("일자리정책과"))]),
        "일자리정책과",
        "title_bracket",
    ),
    "after a tab": (
        tbl(1, 1, [cell(0, 0, p(t("1", FW, FW, "청년 일자리 확대", TAB, "일자리정책과")))]),
        "일자리정책과",
        "title_bracket",
    ),
    "its bracket on the box's next paragraph": (
        tbl(1, 1, [cell(0, 0, p(_TITLE), p("(일자리정책과)"))]),
        "일자리정책과",
        "unit_line",
    ),
    "a labelled bracket on the box's next paragraph": (
        tbl(1, 1, [cell(0, 0, p(_TITLE), p("(담당 : 일자리정책과 청년일자리팀)"))]),
        "일자리정책과",
        "label",
    ),
    "a cell of the 과 over its team": (
        tbl(1, 2, [cell(0, 0, p(_TITLE)), cell(0, 1, p("일자리정책과"), p("청년일자리팀"))]),
        "일자리정책과",
        "unit_line",
    ),
}


@pytest.mark.parametrize("case", list(BOXES))
def test_a_boxed_titles_division(case: str) -> None:
    box, division, evidence = BOXES[case]
    report = _boxed(box)
    got = {pr.title: (pr.division, pr.division_evidence) for pr in report.projects}
    assert got == {
        "청년 일자리 확대": (division, evidence),
        "소상공인 경영안정 지원": (None, None),
    }
    first = next(pr for pr in report.projects if pr.title == "청년 일자리 확대")
    assert (str(first.period_start), str(first.period_end)) == ("2025-01-01", "2025-12-31")
    assert first.cost_krw == 12_500_000_000


_TEXT = """\
2025 주요업무보고
일자리경제국

Ⅱ. 2025년 주요업무 추진계획

 1. 청년 일자리 확대                    일자리정책과
  □ 사업개요
   ○ 기 간 : 2025. 1. ~ 12.
   ○ 사업비 : 12,500백만원

 2. 창업 보육공간  조성
  □ 사업개요
   ○ 기 간 : 2025. 3. ~ 11.

 3. 소상공인 경영안정 지원 (담당 : 경제정책과)
  □ 사업개요
   ○ 기 간 : 2025. 3. ~ 11.

 4. 청년 주거 지원 (대상 : 청년)
  □ 사업개요
   ○ 기 간 : 2025. 3. ~ 11.
"""


def test_a_text_exports_title_sets_its_division_apart() -> None:
    """`1. 청년 일자리 확대      일자리정책과` (the title's box gone, the gap kept): the
    division; a gap inside a title naming no unit (`창업 보육공간  조성`) parts nothing; a
    closing bracket that labels the division, `(담당 : 경제정책과)`, is it, one of another
    label, `(대상 : 청년)`, the title's."""
    report = _text(_TEXT)
    got = {pr.title: (pr.division, pr.division_evidence) for pr in report.projects}
    assert got == {
        "청년 일자리 확대": ("일자리정책과", "title_bracket"),
        "창업 보육공간 조성": (None, None),
        "소상공인 경영안정 지원": ("경제정책과", "label"),
        "청년 주거 지원 (대상 : 청년)": (None, None),
    }
