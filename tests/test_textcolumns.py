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
A4 = 841.89


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
        *row(154, (60, "내용"), (220, "교육 및 홍보, 과정운영과 성과 공유")),
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
    (a finding's words going on in both columns), a running head in the margin over it.
    The same band under the page's own text is no table, nor on a page of unknown size."""
    rules = [h(120), h(160)]
    text = [
        *row(134, (60, "이에 대한 대책방안을"), (250, "- 해외 혁신기관과의 교류")),
        *row(148, (60, "검토하기 바람"), (250, "◦ 제2기 비전 설정")),
    ]
    head = row(40, (300, "주요업무보고"))
    assert [[len(r) for r in t.rows()] for t in find_ruled_tables(rules, [*head, *text], A4)] == [
        [2]
    ]
    above = [*row(90, (LEFT, "□ 추진내용")), *row(104, (LEFT, "○ 개요"))]
    assert find_ruled_tables(rules, [*head, *above, *text], A4) == []
    assert find_ruled_tables(rules, text) == []


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


# --- cases a review of the first version found (review 5) --------------------------


def test_a_row_across_the_table_keeps_its_header() -> None:
    """A row of one cell across the table ("【 일반회계 】") between the header and the
    figures: one table, its header over the figures (before, the header was cut off
    and the figures read under no year)."""
    rules = [h(100), h(120), h(140), h(160), h(180)]
    text = [
        *row(114, (60, "구 분"), (170, "’20년"), (270, "’21년"), (370, "증감")),
        *row(134, (220, "【 일반회계 】")),
        *row(154, (60, "사회혁신과"), (190, "13,233"), (290, "9,230"), (380, "△4,003")),
        *row(174, (60, "전환도시과"), (200, "2,948"), (290, "2,190"), (390, "△758")),
    ]
    assert shape(rules, text) == [[4, 1, 4, 4]]


def test_teams_under_the_divisions_over_them() -> None:
    """Each division's name is centred over its teams and crosses the room between
    them: a header over two columns, not one column."""
    rules = [h(100), h(120), h(140)]
    text = [
        *row(114, (110, "관광정책과"), (310, "관광진흥과")),
        *row(134, (70, "정책기획팀"), (150, "마케팅팀"), (265, "관광진흥팀"), (355, "축제운영팀")),
    ]
    assert shape(rules, text) == [[2, 4]]


def test_a_month_with_no_mark_is_a_column_of_its_own() -> None:
    months = [(130 + 50 * k, f"{k + 1}월") for k in range(6)]
    rules = [h(100), h(120), h(140), h(160)]
    text = [
        *row(114, (60, "추진내용"), *months),
        *row(134, (60, "기본계획"), (185, "●"), (235, "●")),
        *row(154, (60, "사업추진"), (285, "●"), (385, "●")),
    ]
    assert shape(rules, text) == [[7, 7, 7]]


def test_remarks_at_the_ends_of_lines_stay_with_their_lines() -> None:
    rules = [h(100), h(140), h(180)]
    text = [
        *row(114, (60, "○ 관광 마케팅 강화"), (410, "(신규)")),
        *row(128, (60, "○ 안내소 운영 개선"), (410, "(계속)")),
        *row(154, (60, "○ 축제 지원 확대"), (410, "(계속)")),
        *row(168, (60, "○ 관광 인력 양성")),
    ]
    assert column_rules(rules, text) == rules


@pytest.mark.parametrize("numbers", [("1", "2"), ("01", "02"), ("Ⅰ", "Ⅱ"), ("❶", "❷"),
                                     ("과제1", "과제2")])  # fmt: skip
def test_the_numbers_of_boxed_items_are_no_column(numbers: tuple[str, str]) -> None:
    rules = [h(100), h(120), h(140)]
    text = [*row(114, (60, numbers[0]), (120, "관광객 1,000만 시대 기반 조성")),
            *row(134, (60, numbers[1]), (120, "글로벌 마이스 도시 도약"))]  # fmt: skip
    assert column_rules(rules, text) == rules


def test_a_header_centred_over_empty_columns_spans_them() -> None:
    """"집행계획" centred over four quarters crosses only the room in their middle; the
    quarters beside it are empty in its row: one cell over all four (no fill drawn)."""
    rules = [h(100), h(120, 150, RIGHT), h(140), h(160)]
    text = [
        *row(114, (280, "집행계획")),
        *row(127, (70, "사업명")),
        *row(134, (170, "1분기"), (245, "2분기"), (320, "3분기"), (395, "4분기")),
        *row(154, (60, "운영"), (180, "100"), (255, "200"), (330, "300"), (405, "400")),
    ]
    (cells,) = cells_of(rules, text)
    head = sorted(c for c in cells if c[1] == 100)
    assert [round(c[2] - c[0]) for c in head][-1] == RIGHT - 150
    assert len([c for c in cells if c[1] == 140]) == 5


def test_two_tables_side_by_side() -> None:
    """A line across the page holds a row of each: each table reads its own words."""
    left, right = (LEFT, 240.0), (260.0, 470.0)
    rules = [h(y, *side) for y in (100, 120, 140, 160) for side in (left, right)]
    text = [
        *row(114, (60, "구분"), (130, "정원"), (190, "현원"), (270, "구분"), (320, "2024년"),
             (395, "2025년")),
        *row(134, (60, "관광과"), (140, "42"), (200, "41"), (270, "일반"), (320, "13,233"),
             (405, "9,230")),
        *row(154, (60, "계"), (140, "80"), (200, "77"), (270, "계"), (320, "16,181"),
             (395, "11,420")),
    ]  # fmt: skip
    assert shape(rules, text) == [[3, 3, 3], [3, 3, 3]]


def test_a_title_box_at_the_top_of_a_page_is_no_table() -> None:
    rules = [h(65, 118, RIGHT), h(99, 118, RIGHT)]
    text = [*row(84, (60, "1.")), *row(86, (130, "공동육아 나눔터"), (360, "· 여성가족부 소관"))]
    assert find_ruled_tables(rules, text, A4) == []


# --- cases a second review found (review 6) -----------------------------------------


def test_a_caption_between_two_tables_keeps_them_apart() -> None:
    """A centred caption between two tables of one width is no row across one table:
    the tables around it have columns of their own."""
    rules = [h(100), h(120), h(140), h(170), h(190), h(210)]
    text = [
        *row(114, (60, "구 분"), (170, "’24년"), (270, "’25년"), (370, "증감")),
        *row(134, (60, "관광과"), (190, "13,233"), (290, "9,230"), (380, "△4,003")),
        *row(157, (215, "< 사업별 예산 >")),
        *row(184, (70, "사업명"), (210, "기 간"), (360, "사업비")),
        *row(204, (60, "관광 마케팅"), (200, "2024~2026"), (370, "1,200")),
    ]
    assert shape(rules, text) == [[4, 4], [3, 3]]


def test_a_step_under_the_header_spans_only_the_months_it_crosses() -> None:
    months = [(130 + 50 * k, f"{k + 1}월") for k in range(6)]
    rules = [h(100), h(120), h(140), h(160)]
    text = [
        *row(114, (60, "추진내용"), *months),
        *row(134, (60, "기본계획"), (135, "●"), (185, "●")),
        *row(154, (60, "공모기간"), (245, "공모기간")),  # (centred over 3월-4월)
    ]
    (cells,) = cells_of(rules, text)
    widths = sorted(round(c[2] - c[0]) for c in cells if c[1] == 140)
    assert widths == [50, 50, 50, 65, 85, 100]  # (its label, 1월, 2월, 3-4월, 5월, 6월)


def test_an_outline_framed_by_rules_is_no_table() -> None:
    """Items of an outline in a box of row rules, their values set apart to the right
    ("○ 사업비 │ 1,200백만원"): the items stay lines, their amounts with them."""
    rules = [h(100), h(140), h(180)]
    text = [
        *row(114, (60, "○ 사업기간"), (200, "2025. 1. ~ 12.")),
        *row(128, (60, "○ 사업비"), (200, "1,200백만원(시비 100%)")),
        *row(154, (60, "○ 지역축제 15개 보조"), (380, "850백만원")),
        *row(168, (60, "○ 관광 인력 양성"), (380, "120백만원")),
    ]
    assert column_rules(rules, text) == rules
