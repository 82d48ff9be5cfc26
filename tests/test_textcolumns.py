"""Tables drawn with row rules only (extract.read.pdf.textcolumns): hand-made pages of
rules and glyphs, each a layout that real reports use or a look-alike that is no table.

The cells come out of :func:`find_ruled_tables` with the glyphs, as the PDF reader
calls it; without them it reads the rules as drawn (no cell, or the header only)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from extract.read.pdf.base import BBox, Glyph, rule_edge
from extract.read.pdf.rules import find_ruled_tables
from extract.read.pdf.textcolumns import column_rules

SIZE = 10.0
LEFT, RIGHT = 50.0, 450.0


def word(text: str, x: float, bottom: float, size: float = SIZE) -> list[Glyph]:
    """Glyphs of ``text`` from ``x`` on a baseline: a syllable a size wide, a space a
    third of it."""
    out, pos = [], x
    for ch in text:
        w = size / 3 if ch == " " else size
        out.append(Glyph(ch, pos, pos + w, bottom - size, bottom, size))
        pos += w
    return out


def h(y: float, x0: float = LEFT, x1: float = RIGHT) -> dict[str, Any]:
    return rule_edge("h", y, x0, x1)


def v(x: float, top: float, bottom: float) -> dict[str, Any]:
    return rule_edge("v", x, top, bottom)


def row(y: float, *cells: tuple[float, str]) -> list[Glyph]:
    """One line of a table: each (x, text) a cell's words, on the baseline ``y``."""
    return [g for x, text in cells for g in word(text, x, y)]


def cells_of(edges: Sequence[dict[str, Any]], glyphs: Sequence[Glyph]) -> list[list[BBox]]:
    tables = find_ruled_tables(list(edges), glyphs)
    return [[c for r in t.rows() for c in r] for t in tables]


def shape(edges: Sequence[dict[str, Any]], glyphs: Sequence[Glyph]) -> list[list[int]]:
    """Each table's cells per row (its widths in cells), top to bottom."""
    return [[len(r) for r in t.rows()] for t in find_ruled_tables(list(edges), glyphs)]


#: a budget table: header 구 분 / '20년 / '21년 / 증감, two rows of figures, rules between
#: rows only; the columns at 60, 160, 260, 360 (values right of each start)
BUDGET_RULES = [h(100), h(120), h(140), h(160)]
BUDGET_TEXT = [
    *row(114, (60, "구 분"), (170, "’20년"), (270, "’21년"), (370, "증감")),
    *row(134, (60, "사회혁신과"), (190, "13,233"), (290, "9,230"), (380, "△4,003")),
    *row(154, (60, "전환도시과"), (200, "2,948"), (290, "2,190"), (390, "△758")),
]


def test_a_table_of_row_rules_gets_its_columns() -> None:
    assert shape(BUDGET_RULES, []) == []  # (read as drawn: no cell closed)
    assert shape(BUDGET_RULES, BUDGET_TEXT) == [[4, 4, 4]]
    (cells,) = cells_of(BUDGET_RULES, BUDGET_TEXT)
    assert {c[0] for c in cells} == {LEFT, *(x for x in {c[0] for c in cells} if x > LEFT)}
    assert min(c[0] for c in cells) == LEFT and max(c[2] for c in cells) == RIGHT
    # each column rule runs in the room between two columns of words
    inner = sorted({c[0] for c in cells} - {LEFT})
    assert len(inner) == 3
    assert 60 + 6 * SIZE < inner[0] < 170 and 230 < inner[1] < 270 and 330 < inner[2] < 370


def test_a_shaded_header_keeps_its_boxes_and_the_body_gets_its_rules() -> None:
    """The header's cells are drawn (a fill's sides, "집행계획" over the quarters); the
    body's column rules continue them, where the header says the columns end."""
    rules = [
        h(100), h(120, 150, RIGHT), h(140), h(160),
        v(LEFT, 100, 140), v(150, 100, 140), v(RIGHT, 100, 140),  # the fills' sides
        v(300, 120, 140),
    ]  # fmt: skip
    text = [
        *row(114, (270, "집행계획")),
        *row(127, (70, "사업명")),
        *row(134, (200, "1분기"), (350, "2분기")),
        *row(154, (60, "캠퍼스 운영"), (240, "1,000"), (380, "98,000")),
    ]
    (cells,) = cells_of(rules, text)
    body = sorted(c for c in cells if c[1] == 140)
    assert [(c[0], c[2]) for c in body] == [(LEFT, 150), (150, 300), (300, RIGHT)]
    head = sorted(c for c in cells if c[1] == 100)
    assert [(c[0], c[2]) for c in head] == [(LEFT, 150), (150, RIGHT)]  # 집행계획 spans


def test_a_line_across_columns_is_a_cell_over_them() -> None:
    """A note across the quarters (one stretch of words) is one cell; the figures over
    it, set in columns, keep theirs."""
    rules = [h(100), h(120), h(140), h(160)]
    text = [
        *row(114, (60, "구분"), (200, "1분기"), (350, "2분기")),
        *row(134, (60, "운영"), (230, "1,000"), (380, "2,000")),
        *row(154, (60, "내용"), (170, "교육 및 홍보, 과정운영과 성과 공유")),
    ]
    assert shape(rules, text) == [[3, 3, 2]]


@pytest.mark.parametrize(
    ("case", "rules", "text"),
    [
        (
            # body text between two rules of the page's width: it starts at the margin
            "paragraphs",
            [h(100), h(140), h(180)],
            [*row(114, (LEFT, "□ 추진방향")),
             *row(128, (LEFT, "○ 교육 확대"), (300, "(단위: 천원)")),
             *row(154, (LEFT, "○ 운영")), *row(168, (60, "- 세부"), (380, "’21. 3."))],
        ),
        (
            # a contents page: each entry under a rule of its own, low in a tall band
            "contents",
            [h(100), h(160), h(220)],
            [*row(154, (60, "Ⅱ. 주요성과"), (430, "8")),
             *row(214, (60, "Ⅲ. 업무계획"), (425, "12"))],
        ),
        (
            # a list's numbers set apart from their items
            "numbered list",
            [h(100), h(120), h(140)],
            [*row(114, (60, "5."), (90, "행복한 출산 양육 문화 조성")),
             *row(134, (60, "6."), (90, "든든하고 촘촘한 양육 서비스"))],
        ),
        (
            # a label spread over its cell: its letters leave room between them
            "letter-spaced labels",
            [h(100), h(120), h(140), h(160)],
            [*row(114, (60, "관"), (90, "광"), (120, "과"), (170, "관광진흥 종합계획 수립")),
             *row(134, (60, "국"), (90, "제"), (120, "과"), (170, "도시외교 종합계획 수립")),
             *row(154, (60, "마"), (90, "이"), (120, "스"), (170, "의료관광 기획"))],
        ),
    ],
)
def test_no_table_where_no_columns(case: str, rules: list[dict[str, Any]],
                                   text: list[Glyph]) -> None:  # fmt: skip
    assert column_rules(rules, text) == rules, case


def test_a_ruled_table_is_read_as_drawn() -> None:
    rules = [*BUDGET_RULES, v(LEFT, 100, 160), v(RIGHT, 100, 160), v(150, 100, 160),
             v(250, 100, 160), v(350, 100, 160)]  # fmt: skip
    assert column_rules(rules, BUDGET_TEXT) == rules


def test_the_rest_of_a_table_at_the_top_of_a_page() -> None:
    """One row under the first rule of a page: the rest of a table the page before began
    (a finding's words going on in both columns).  The same band under text is no table."""
    rules = [h(60), h(100)]
    text = [
        *row(74, (60, "이에 대한 대책방안을"), (250, "- 해외 혁신기관과의 교류")),
        *row(88, (60, "검토하기 바람"), (250, "◦ 제2기 비전 설정")),
    ]
    assert shape(rules, text) == [[2]]
    above = [*row(40, (LEFT, "□ 추진내용")), *row(50, (LEFT, "○ 개요")), *row(56, (LEFT, "- 세부"))]
    assert shape(rules, [*above, *text]) == []


#: a chart whose label column is shaded down the whole table (its fill's side a rule
#: through every row) and whose goals beside it are set apart by room only
CHART_RULES = [h(100), h(130), h(160), h(190), v(LEFT, 100, 190), v(110, 100, 190)]
CHART_TEXT = [
    *row(120, (70, "목표"), (140, "혁신 생태계"), (260, "전환 정책"), (380, "상생 가치")),
    *row(150, (70, "과제"), (130, "인재양성 교류"), (250, "전환주체 역량"), (370, "주민참여")),
    *row(180, (130, "클러스터 조성"), (255, "공유서울 추진"), (370, "자율조정")),
]


def test_a_label_column_ruled_down_the_table_and_columns_beside_it() -> None:
    assert shape(CHART_RULES, []) == [[2, 2, 2]]
    assert shape(CHART_RULES, CHART_TEXT) == [[4, 4, 4]]


def test_two_columns_ruled_down_the_table_are_read_as_drawn() -> None:
    """A label column and a column of prose: the prose's room is no column, and a second
    rule down the table makes it a ruled table."""
    prose = [
        *row(120, (70, "관광과"), (130, "관광진흥 종합계획 수립 및 조정")),
        *row(150, (70, "마이스과"), (130, "지역 관광기업 육성"), (330, "(신규)")),
        *row(180, (70, "협력과"), (130, "도시외교 종합계획")),
    ]
    assert column_rules(CHART_RULES, prose) == CHART_RULES
    ruled = [*CHART_RULES, v(240, 100, 190), v(RIGHT, 100, 190)]
    assert column_rules(ruled, CHART_TEXT) == ruled
