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


@pytest.mark.parametrize(
    "tasks",
    [["·가", "·나", "", "·다", "·라"],  # one group a stage
     ["·가", "", "·나", "", "·다", "·라"],  # a blank line splits the first stage's group
     ["·가", "·나", "", "·다", "", "", "·라"]],  # ... or the last's
)  # fmt: skip
def test_a_stages_group_split_by_a_blank_line_is_one(tasks: list[str]) -> None:
    (g,) = grids(["○ 추진", "’15년", "➤", "’16년", "", *tasks])
    texts = cell_texts(g)
    assert (texts[(1, 0)], texts[(1, 2)]) == ("·가 ·나", "·다 ·라")


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


def test_a_change_ends_at_the_next_numbered_item() -> None:
    texts = [
        "1. 민원처리 개선", "", "□ 추진내용", "", "ㅇ 접수방식 개선", "", "< 현 행 > < 개 선 >",
        "", "▸ 방문·우편 접수", "", "➡", "", "▸ 온라인 접수", "", "2. 갈등관리 강화", "",
        "ㅇ 갈등진단 실시",
    ]  # fmt: skip
    (g,) = grids(texts)
    assert cell_texts(g)[(1, 2)] == "▸ 온라인 접수"
    assert max(g.lines) == texts.index("▸ 온라인 접수") + 1


def test_a_change_in_the_lists_own_glyph_leaves_the_rest_to_the_list() -> None:
    """Where the boxes use the glyph of the list around them, the text does not say where
    the last box ends: it ends at the first such line, and nothing is lost."""
    texts = [
        "ㅇ 접수방식 개선", "- 접수창구 일원화", "< 기 존 > < 개 선 >", "▸ 방문 접수", "➩",
        "▸ 온라인 접수", "- 24시간 신청", "- 담당자 교육",
    ]  # fmt: skip
    (g,) = grids(texts)
    assert max(g.lines) == texts.index("▸ 온라인 접수") + 1


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


#: a chart of boxes with no tasks, then the report's own list (review, 2026-11-30)
PROCEDURE = [
    "1. 청년창업 지원", "", "□ 사업개요", "ㅇ 추진절차", "", "신청접수", "", "→", "", "서류심사",
    "", "→", "", "최종선정", "", "ㅇ 지원내용: 1개소당 5천만원", "", "ㅇ 향후계획: 하반기 2차 공모",
    "", "□ 추진실적", "ㅇ 2024년 30개 기업 지원", "", "2. 다음 사업",
]  # fmt: skip


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        (PROCEDURE, "the groups are bullets of the list the chart stands in"),
        (["○ 추진", "’15년", "➤", "’16년", "", "·가", "", "·나", "", "·다"],
         "more groups than stages"),
        (["○ 추진", "’15년", "➤", "’16년", "", "·가", "", "∙나"], "groups of two glyphs"),
        (["○ 추진", "’15년", "➤", "’16년", "", "·가", "", "·나", "□ 다음"],
         "a group that runs into another mark"),
        (["ㅇ 접수 개선", "< 현 행 > < 개 선 >", "▸ 방문 접수", "➡", "▸ 온라인 접수", "",
          "▸ 24시간"], "a box that nothing ends"),
    ],
)
def test_no_diagram_in_a_list(texts: list[str], why: str) -> None:
    assert grids(texts) == [], why


def test_a_diagram_is_a_table_of_the_text_not_lines_of_the_item_before() -> None:
    doc = Document("plan.txt", split_lines("\n".join(["Ⅲ. 주요업무 추진계획", *STAGES])))
    lay = layout(doc)
    (table,) = lay.tables
    item = next(n for n in lay.outline.nodes if n.title.startswith("추진계획"))
    assert item.text == "추진계획: 단계적으로 조성 추진"
    assert table.id in item.tables
    assert not any(n.title.startswith(("’16년", "담장개방")) for n in lay.outline.nodes)
