"""Text tables' wrapped names, from the 107th review: a line of no values under a whole
name is a row of its own (an item whose figures are blank, a group's row under a name
that ends with 등), no rest of the name above it."""

from __future__ import annotations

from extract.document import Line
from extract.layout.textgrid import infer_grids
from tests.test_other_reports import _text

_HEAD = """\

                  2026년 주요업무보고

                  가 람 시   경 제 산 업 국

Ⅰ. 일반현황
1. 조    직
  □ 조    직 : 1국 2과
2. 예    산
                                                  (단위 : 백만원)
"""

_PLAN = """\

Ⅱ. 주요업무계획
1. 지역경제 활성화
가. 골목상권 활성화 (경제정책과)
  ○ 사업기간 : ’26. 1.~12.
"""


def _lines(text: str) -> list[Line]:
    return [Line(n, t, t) for n, t in enumerate(text.split("\n"), start=1) if t.strip()]


def _labels(text: str) -> list[tuple[str, ...]]:
    (grid,) = infer_grids(_lines(text))
    return [c.paragraphs for c in sorted(grid.cells, key=lambda c: c.row) if c.col == 0]


def test_an_item_with_blank_figures_under_a_whole_name_is_its_own_row() -> None:
    """`청년 창업공간 조성` (a new item, its figures blank) under `지역화폐 발행 지원  2,000
    …`: a row of its own, not the end of the name above; a deed alone under a name that
    has none yet (`… 빛 축제` / `개최`) still ends it."""
    text = "\n".join([
        "  사  업  명                    2025년    2026년    증  감",
        "  골목상권 활성화 지원             500       600       100",
        "  지역화폐 발행 지원             2,000     1,800      △200",
        "  청년 창업공간 조성",
        "  전통시장 시설 현대화             300       400       100",
        "  다온 한강 빛 축제                200       250        50",
        "  개최",
        "  상권 안내센터 설치               100       120        20",
    ])  # fmt: skip
    assert _labels(text) == [
        ("사 업 명",), ("골목상권 활성화 지원",), ("지역화폐 발행 지원",), ("청년 창업공간 조성",),
        ("전통시장 시설 현대화",), ("다온 한강 빛 축제", "개최"), ("상권 안내센터 설치",),
    ]  # fmt: skip


def test_a_group_row_under_a_name_ending_with_deung_is_its_own_row() -> None:
    """`인건비 및 경상경비 등  500 …` then the group's row `특별회계`: 등 ends a name, the
    group is a row; nor does a word that ends with the letter 등 (`양성평등`) leave its
    name open."""
    text = "\n".join([
        "  구    분                      2025년    2026년    증  감",
        "  일반회계                       2,800     2,800         0",
        "  인건비 및 경상경비 등            500       600       100",
        "  특별회계",
        "  지역개발기금                     300       400       100",
        "  양성평등                         100       100         0",
        "  기금",
        "  청소년육성기금                   200       250        50",
    ])  # fmt: skip
    assert _labels(text) == [
        ("구 분",), ("일반회계",), ("인건비 및 경상경비 등",), ("특별회계",), ("지역개발기금",),
        ("양성평등",), ("기금",), ("청소년육성기금",),
    ]  # fmt: skip


def test_the_budget_keeps_a_blank_item_and_a_group_row() -> None:
    """The report: the blank item and the group's row are units of the budget summary of
    their own, the names above them whole."""
    report = _text(_HEAD + """\
  사  업  명                    2025년    2026년    증  감
  골목상권 활성화 지원             500       600       100
  지역화폐 발행 지원             2,000     1,800      △200
  청년 창업공간 조성
  인건비 및 경상경비 등            500       600       100
  특별회계
  지역개발기금                     300       400       100
""" + _PLAN)
    units = [b.unit for b in report.budget_summary]
    assert units == [
        "골목상권 활성화 지원", "지역화폐 발행 지원", "청년 창업공간 조성", "인건비 및 경상경비 등",
        "특별회계", "지역개발기금",
    ]  # fmt: skip
