"""Diagrams flattened into a text export are read back as tables (extract/layout/textflow)."""

from __future__ import annotations

import pytest

from extract.document import Document, Grid
from extract.layout import layout
from extract.layout.textflow import infer_flows
from extract.read.text import split_lines

STAGES = [
    "○ 추진계획: 단계적으로 조성 추진", "’15년", "", "➤", "’16년~’17년", "", "➤", "’18년", "",
    "·담장개방 조성", "· 보안등, CCTV 설치", "", "· 1단계 조성사업설계", "",
    "·야외공간 조성 및 내진", "보강 공사시행", "", "□ 다음 계획",
]  # fmt: skip
TWO_LINE_STAGES = [
    "○ 추진내용", "", "사전준비·의제선정", "(3월~5월)", "", "➤", "", "결과발표·평가", "(9월~10월)",
    "", "∙관련 TF 구성", "∙전문수행기관 선정", "", "∙결과 공표", "", "－ 다음 일",
]  # fmt: skip
CHANGE = [
    "○ 갈등경보제 운영", "－ 유형별 분석 및 결과 활용", "", "< 기 존 > < 개 선 >", "",
    "▸ 분기별 모니터링", "", "(사례 진행상황 현행화)", "➩", "▸ 유형별 분석 후 결과 활용", "",
    "- 찬·반 비율 등 분석", "- 게시판 등 공유", "※ 기존 방식은 유지", "", "－ 협업 구조 구축",
]  # fmt: skip


def grids(texts: list[str]) -> list[Grid]:
    return infer_flows(split_lines("\n".join(texts)))


def cell_texts(g: Grid) -> dict[tuple[int, int], str]:
    return {(c.row, c.col): " ".join(c.paragraphs) for c in g.cells}


def test_a_row_of_stages_is_a_table_of_stages_and_their_tasks() -> None:
    (g,) = grids(STAGES)
    assert (g.n_rows, g.n_cols, g.header_rows, g.source) == (2, 5, 1, "inferred")
    assert cell_texts(g) == {
        (0, 0): "’15년", (0, 1): "➤", (0, 2): "’16년~’17년", (0, 3): "➤", (0, 4): "’18년",
        (1, 0): "·담장개방 조성 · 보안등, CCTV 설치", (1, 2): "· 1단계 조성사업설계",
        (1, 4): "·야외공간 조성 및 내진 보강 공사시행",
    }  # fmt: skip
    # the item before the diagram and the heading after it are no part of it
    assert min(g.lines) == 2 and max(g.lines) == 16


def test_a_stage_titled_on_two_lines() -> None:
    (g,) = grids(TWO_LINE_STAGES)
    texts = cell_texts(g)
    assert texts[(0, 0)] == "사전준비·의제선정 (3월~5월)"
    assert texts[(1, 0)] == "·관련 TF 구성 ·전문수행기관 선정"  # ∙ read as ·
    assert texts[(1, 2)] == "·결과 공표"


def test_a_change_is_a_table_of_its_boxes_with_the_note_across() -> None:
    (g,) = grids(CHANGE)
    assert (g.n_rows, g.n_cols) == (3, 3)
    assert cell_texts(g) == {
        (0, 0): "< 기 존 >", (0, 2): "< 개 선 >",
        (1, 0): "▸ 분기별 모니터링 (사례 진행상황 현행화)", (1, 1): "➩",
        (1, 2): "▸ 유형별 분석 후 결과 활용 - 찬·반 비율 등 분석 - 게시판 등 공유",
        (2, 0): "※ 기존 방식은 유지",
    }  # fmt: skip
    # "－" is the glyph of the list the boxes stand in: the list goes on after them
    assert max(g.lines) == CHANGE.index("※ 기존 방식은 유지") + 1


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        ([*STAGES[:13], "", "다음 문단은 글머리가 없다"], "two groups of tasks for three stages"),
        (["○ 추진", "’15년", "➤", "’16년", "", "이 줄은 글머리가 없는 문단이다", ""], "no tasks"),
        (["○ 추진", "’15년", "➤", "", "·담장개방 조성"], "the row ends with an arrow"),
        (["○ 추진", "’15년", "➤", "➤", "’16년", "", "·가", "", "·나"], "two arrows in a row"),
        (["가나다라마바사아자차카타파하" * 3, "➤", "’16년", "", "·가", "", "·나"],
         "a paragraph, not a stage's title"),
        (["< 기 존 > < 개 선 >", "▸ 분기별 모니터링", "▸ 유형별 분석"], "no arrow between boxes"),
        (["< 기 존 >", "▸ 분기별", "➩", "▸ 유형별"], "one title"),
        (["< 기 존 > < 개 선 >", "▸ 분기별", "➩", "▸ 유형별", "➩", "▸ 또"],
         "three boxes, two titles"),
    ],
)
def test_no_diagram(texts: list[str], why: str) -> None:
    assert grids(texts) == [], why


def test_a_diagram_is_a_table_of_the_text_not_lines_of_the_item_before() -> None:
    doc = Document("plan.txt", split_lines("\n".join(["Ⅲ. 주요업무 추진계획", *STAGES])))
    lay = layout(doc)
    (table,) = lay.tables
    item = next(n for n in lay.outline.nodes if n.title.startswith("추진계획"))
    assert item.text == "추진계획: 단계적으로 조성 추진"
    assert table.id in item.tables
    assert not any(n.title.startswith(("’16년", "담장개방")) for n in lay.outline.nodes)
