"""The layout stage: markers, the outline tree, tables with headers and units."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.document import BBox, Cell, Document, Grid, Line
from extract.layout import Layout, Node, layout, with_blank_gaps
from extract.layout.caption_units import unit_declaration
from extract.layout.captions import is_caption, is_title, read_as_of, read_unit
from extract.layout.cellgrid import infer_cell_grids
from extract.layout.cells import is_unit_count, is_value
from extract.layout.drawn import Drawn
from extract.layout.headers import is_band
from extract.layout.lostglyphs import glyph_numbers, lost_glyph_kinds
from extract.layout.markers import read_marker
from extract.layout.marking import mark_lines
from extract.layout.outline import NO_TITLES, build_outline
from extract.layout.stacked import unstack_rows
from extract.layout.tables import build_tables, with_caption
from extract.layout.textgrid import infer_grids
from extract.layout.textheads import split_header
from extract.layout.vocab import (
    BOUND_WORDS,
    BULLETS,
    CIRCLED,
    CLOSED_ENDS,
    DITTO_MARKS,
    FLOW_BULLETS,
    FRAME_GLYPHS,
    ITEM_WORDS,
    REFERENCE_TABS,
    ROMAN,
    RUN_ON_ENDS,
    STATUS_TAGS,
    TITLE_BRACKETS,
)
from extract.normalize.spacing import despace
from extract.normalize.vocab import ORG_UNIT_WORDS
from extract.read import read_bytes
from extract.read.glyphs import lost_glyph
from extract.read.text import split_lines
from extract.structure import cell_value, table_records
from extract.title_roles import TITLES

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_TXT = ROOT / "samples" / "seoul-innovation-bureau-2021.txt"
SAMPLE_PDF = ROOT / "tests" / "fixtures" / "seoul-innovation-bureau-2021.pdf"


# --- markers ---------------------------------------------------------------------------------

MARKERS = [
    ("Ⅱ. 정책목표", "roman", "2", "정책목표"),
    ("Ⅲ 주요업무 추진계획", "roman", "3", "주요업무 추진계획"),
    ("IV. 주요 현안", "roman", "4", "주요 현안"),
    # chapters numbered in words are chapter numerals too
    ("제1장 일반현황", "roman", "1", "일반현황"),
    ("제 2 장  주요업무 추진계획", "roman", "2", "주요업무 추진계획"),
    ("PART 3. 주요 현안", "roman", "3", "주요 현안"),
    ("PART Ⅱ 정책목표", "roman", "2", "정책목표"),
    ("붙임 1. 2025년 주요행사 일정", "appendix", "1", "2025년 주요행사 일정"),
    ("붙 임 2", "appendix", "2", ""),
    ("[별첨] 국립국어원 일반현황", "appendix", "별첨", "국립국어원 일반현황"),
    ("1. 기구현황", "num.dot", "1", "기구현황"),
    ("1 .  사회혁신 생태계", "num.dot", "1", "사회혁신 생태계"),
    ("2) 추진계획", "num.paren", "2", "추진계획"),
    ("(3) 향후계획", "num.enclosed", "3", "향후계획"),
    ("1-2   차별화된 관광 콘텐츠", "num.dash", "1-2", "차별화된 관광 콘텐츠"),
    ("1-➊ 다각적 기초학력 진단", "num.dash", "1-➊", "다각적 기초학력 진단"),
    ("1-1-2 창의·융합적 사고력", "num.dash3", "1-1-2", "창의·융합적 사고력"),
    ("⦁인성교육 기반 교육과정 편성", "bullet:•", None, "인성교육 기반 교육과정 편성"),
    ("⏩ 다양한 체험을 통해", "bullet:▶", None, "다양한 체험을 통해"),
    ("3  혁신 인재양성을 위한 캠퍼스 운영", "num.bare", "3", "혁신 인재양성을 위한 캠퍼스 운영"),
    ("6 2050 탄소중립 추진", "num.bare", "6", "2050 탄소중립 추진"),
    ("가. 총괄", "hangul.dot", "가", "총괄"),
    # a lettered list (and what a text layer without its font's map reads for "Ⅰ.")
    ("a. 기본 현황", "latin.dot", "a", "기본 현황"),
    ("B. 2025년 추진 계획", "latin.dot", "B", "2025년 추진 계획"),
    ("나) 세부", "hangul.paren", "나", "세부"),
    ("(다) 기타", "hangul.enclosed", "다", "기타"),
    ("④ 예산안 확정", "circled", "4", "예산안 확정"),
    # a number set on a square is a □ bullet alone (a list of lost boxed numbers it goes
    # on makes it that list's next item: squared_numbers)
    ("□10 건전재정 운용을 위한", "bullet:□", None, "10 건전재정 운용을 위한"),
    ("□10대 과제 발굴", "bullet:□", None, "10대 과제 발굴"),
    ("□ 10개 사업", "bullet:□", None, "10개 사업"),
    ("□ (UN Tourism 협력 강화) 네트워크", "bullet:□", None, "(UN Tourism 협력 강화) 네트워크"),
    ("ㅇ 일반회계 : 세입 161억원", "bullet:ㅇ", None, "일반회계 : 세입 161억원"),
    ("ㅇ(수행기관) 부산광역시 금정구", "bullet:ㅇ", None, "(수행기관) 부산광역시 금정구"),
    ("- 혁신 교육 등", "bullet:-", None, "혁신 교육 등"),
    ("※ 2021년 소요예산", "note:※", None, "2021년 소요예산"),
    ("* 부산불꽃축제 등", "note:*", None, "부산불꽃축제 등"),
    ("-(수 도 권) 팝업스토어 운영", "bullet:-", None, "(수 도 권) 팝업스토어 운영"),
    ("-「우리 반 온 책 읽기」지원", "bullet:-", None, "「우리 반 온 책 읽기」지원"),
    ("-‘부산형’ 워케이션", "bullet:-", None, "‘부산형’ 워케이션"),
    ("현안1", "word:현안", "1", ""),
    ("현안 2 부산청년만원 문화패스", "word:현안", "2", "부산청년만원 문화패스"),
    ("현안", "word:현안", None, ""),
    ("과제3 지역경제 활성화", "word:과제", "3", "지역경제 활성화"),
    # a task numbered under its strategy (the dash number had kept "과제 1-1" in the title)
    ("과제 1-1 소장품 디지털 아카이브 고도화", "word:과제", "1-1", "소장품 디지털 아카이브 고도화"),
    ("중점과제 2-3 지역 순회전시", "word:중점과제", "2-3", "지역 순회전시"),
]

NOT_MARKERS = [
    # a line of text that starts like a chapter numbered in words
    "제3장 주민참여 조항 신설(’25. 3월)",
    "PART 1 기후위기와 사회혁신(4월~6월)",
    "제2장 제12조에 따른 위원회 구성",
    "2024.11. 2,696,477",  # a date and a figure
    "12. 5.",  # a date
    "-1,234",  # a negative amount
    "-",  # a nil cell
    "3과 13팀",  # a count
    "25 / 27",  # staffing figures
    "2023 1,820,057",  # a year and a figure
    "12 2024 1,234",  # a row of figures
    "51 건",  # a count wrapped onto its line
    "3 억원 증액",  # an amount
    "·담장개방 조성",  # a middle dot inside a word
    "부산광역시",
    "I am",  # a Latin numeral needs its dot
    "e. g. the same",  # a Latin letter numbers a Korean title only
    "a.m. 10시",  # a time
    "현안사항",  # a word that numbers items, inside a word
    "과제 발굴",  # ... with no number
    "과제",  # a chart's "핵심 / 과제" label: only 현안 stands alone
    "과제 3건",  # a count
    "-(1,234)",  # a negative figure in brackets
    "-(△5)",
    "-어절 중간",  # a dash inside a word, wrapped to the line's start
    "⇨ ⇨ ⇨",  # arrows between a diagram's boxes
    "➲ ➲",
    "+ •",
]


def _placed_nodes(rows: list[tuple[str, str, float]]) -> dict[str, Node]:
    """The outline's nodes by title, of a PDF's lines (text, raw, left edge), one a row."""
    lines = [Line(n, text, raw, 1) for n, (text, raw, _) in enumerate(rows, start=1)]
    boxes = {n: (x, 20.0 * n, x + 80.0, 20.0 * n + 16.0) for n, (*_, x) in enumerate(rows, 1)}
    doc = Document("x.pdf", lines, format="pdf", boxes=boxes)
    return {n.title: n for n in layout(doc).outline.nodes if n.lines}


def test_a_bullet_whose_glyph_was_lost_takes_the_kind_of_its_place() -> None:
    """"\uf000 향후계획" (its □ lost in the export) at the x and size of the □ lines above it
    is a □: a sibling of them, not a child of the last one; elsewhere it stays a •."""
    rows = [
        ("Ⅳ. 현안", "Ⅳ. 현안", 40.0), ("□ 추진상황", "□ 추진상황", 51.0),
        ("ㅇ 보고회 개최", "ㅇ 보고회 개최", 66.0), ("□ 주요내용", "□ 주요내용", 51.0),
        ("ㅇ 기업 발굴", "ㅇ 기업 발굴", 66.0), ("• 향후계획", "\uf000 향후계획", 51.0),
        ("ㅇ 계획 수립", "ㅇ 계획 수립", 66.0), ("• 참고", "\uf000 참고", 90.0),
    ]  # fmt: skip
    nodes = _placed_nodes(rows)
    plan, later = nodes["향후계획"], nodes["참고"]
    assert plan.parent is nodes["현안"] and plan.marker is not None
    assert plan.marker.kind == "bullet:□" and plan.marker.text == "•"
    assert nodes["계획 수립"].parent is plan
    assert later.marker is not None and later.marker.kind == "bullet:•"


def test_a_lost_glyph_is_the_mark_of_the_one_lost_before_at_its_place() -> None:
    """청년산학국 p27: " 이용환경" (a □ lost), "○ …" lines whose boxes start at the
    same margin (a space drawn before the ○), then " 역할 강화": the second lost
    glyph is the first's mark, a sibling of it, not a ○ under it."""
    rows = [
        ("6 도서관 운영", "6 도서관 운영", 40.0), ("• 이용환경 조성", " 이용환경 조성", 51.0),
        ("○ 이용환경 개선", "○ 이용환경 개선", 51.0), ("- 홍보 강화", "- 홍보 강화", 74.5),
        ("• 역할 강화", " 역할 강화", 51.0), ("○ 교류협력", "○ 교류협력", 51.0),
    ]  # fmt: skip
    nodes = _placed_nodes(rows)
    assert nodes["역할 강화"].parent is nodes["도서관 운영"]
    assert nodes["교류협력"].parent is nodes["역할 강화"]


@pytest.mark.parametrize(
    ("pages", "extra", "told", "numbered"),
    [
        ((1, 2, 3), None, False, True),  # one mark on each page, each over a ➊ list: numbers
        ((1, 2, 3), "ㅇ 개요", False, True),  # one strategy says something before its list
        ((1, 1, 1), None, False, False),  # all on one page: bullets the page does not show
        ((1, 2, 3), "□ 추진계획", False, False),  # a □ is set at that mark: they are □s
        # ... unless the export told the glyphs apart and each is another (boxed 1, 2, 3)
        ((1, 2, 3), "□ 추진계획", True, True),
    ],
)
def test_lost_glyphs_each_over_a_list_from_1_number_a_list_of_their_own(
    pages: tuple[int, int, int], extra: str | None, told: bool, numbered: bool
) -> None:
    """A strategy's boxed "1" .. "3" lost in the export ("\uf000 대중교통 친화도시"), each at
    the head of its page over a ➊ list: the strategies are numbered items, siblings under
    the heading, each ➊ list under its own strategy, not one list going on.  Not where a
    bullet of the document is set at that place in that size: they are that bullet."""
    rows = [("Ⅴ. 주요 역점 시책", "Ⅴ. 주요 역점 시책", 1, 40.0)]
    for n, page in enumerate(pages, start=1):
        glyph = lost_glyph(10 + n) if told else "\uf000"
        rows.append((f"• 전략{n}", f"{glyph} 전략{n}", page, 59.0))
        if extra is not None and n == 2:
            rows.append((extra, extra, page, 59.0 if extra.startswith("□") else 66.0))
        rows += [(f"➊ 과제{n}-1", f"➊ 과제{n}-1", page, 59.0),
                 (f"ㅇ 내용{n}", f"ㅇ 내용{n}", page, 66.0),
                 (f"➋ 과제{n}-2", f"➋ 과제{n}-2", page, 59.0)]  # fmt: skip
    lines = [Line(n, text, raw, page) for n, (text, raw, page, _) in enumerate(rows, start=1)]
    boxes = {n: (x, 20.0 * n, x + 80.0, 20.0 * n + 16.0) for n, (*_, x) in enumerate(rows, 1)}
    doc = Document("x.pdf", lines, format="pdf", boxes=boxes)
    nodes = {n.title: n for n in layout(doc).outline.nodes if n.lines}
    if numbered:
        assert [nodes[f"전략{n}"].number for n in (1, 2, 3)] == ["1", "2", "3"]
        assert all(nodes[f"전략{n}"].parent is nodes["주요 역점 시책"] for n in (1, 2, 3))
        if not (extra or "").startswith("□"):  # (else the ➊ list of 전략2 is its □'s)
            assert all(nodes[f"과제{n}-2"].parent is nodes[f"전략{n}"] for n in (1, 2, 3))
    else:
        assert all(nodes[f"전략{n}"].number is None for n in (1, 2, 3))


@pytest.mark.parametrize(
    ("glyphs", "numbers"),
    [
        ("abcab", {"a": 1, "b": 2, "c": 3}),  # boxed 1-3, then 1-2 under the next heading
        ("ababc", {"a": 1, "b": 2, "c": 3}),
        ("abab", {"a": 1, "b": 2}),
        ("abc", {}),  # one list: nothing says its glyphs are numbers, not marks
        ("aaa", {}),  # one mark set again
        ("abaab", {}),  # a run of one: a □ set again before a □ ➡ pair
        ("abcacb", {}),  # out of order
        ("abca", {}),  # a run of one at the end
        ("abbab", {}),  # a glyph twice in a run: a mark set again, no number
        ("", {}),
    ],
)
def test_lost_glyphs_that_run_again_from_the_first_are_numbers(
    glyphs: str, numbers: dict[str, int]
) -> None:
    assert glyph_numbers(glyphs) == numbers


def test_lost_boxed_numbers_name_the_tasks_and_keep_the_tree() -> None:
    """nikl p19-29: the tasks under Ⅳ's two headings are boxed 1, 2 / 1, 2, 3, each digit
    a glyph of its own whose code the export lost: the tasks get their numbers, and
    stand where they stood (□ lines under each)."""
    one, two, three = lost_glyph(5), lost_glyph(6), lost_glyph(7)
    rows = [(t, t, x) for t, x in (("Ⅳ. 역점추진 과제", 40.0), ("1 핵심성과 과제", 42.0))]
    for heading, digits in (("", (one, two)), ("2 현안 과제", (one, two, three))):
        if heading:
            rows.append((heading, heading, 42.0))
        for n, glyph in enumerate(digits, start=1):
            rows += [(f"• 과제{heading[:1]}{n}", f"{glyph} 과제{heading[:1]}{n}", 45.0)]
            rows += [(f"□ 배경{heading[:1]}{n}", f"□ 배경{heading[:1]}{n}", 51.0)]
    nodes = _placed_nodes(rows)
    numbers = {t: n.number for t, n in nodes.items() if t.startswith("과제")}
    assert numbers == {"과제1": "1", "과제2": "2", "과제21": "1", "과제22": "2", "과제23": "3"}
    assert nodes["과제23"].parent is nodes["현안 과제"]
    assert nodes["배경23"].parent is nodes["과제23"]


@pytest.mark.parametrize(("square", "sibling"), [("□3", True), ("□4", False)])
def test_a_number_on_a_square_goes_on_the_list_of_lost_boxed_numbers(
    square: str, sibling: bool
) -> None:
    """기획조정실 p16: tasks boxed 1 .. 9 (glyphs of a font the export lost) go on as
    "□10" .. "□18", a square and the digits: each is the next task, a sibling of 9 with
    its own number, not an item under it.  A square whose number does not follow is a □
    bullet, its digits its text's."""
    one, two = lost_glyph(5), lost_glyph(6)
    rows = [(t, t, x) for t, x in (("Ⅳ. 역점추진 과제", 40.0), ("1 핵심성과 과제", 42.0))]
    for heading in ("", "2 현안 과제"):
        if heading:
            rows.append((heading, heading, 42.0))
        for n, glyph in enumerate((one, two), start=1):
            rows += [(f"• 과제{heading[:1]}{n}", f"{glyph} 과제{heading[:1]}{n}", 45.0)]
            rows += [(f"ㅇ 배경{heading[:1]}{n}", f"ㅇ 배경{heading[:1]}{n}", 51.0)]
    rows += [(f"{square} 과제23", f"{square} 과제23", 45.0), ("ㅇ 배경23", "ㅇ 배경23", 51.0)]
    nodes = _placed_nodes(rows)
    assert nodes["과제22"].number == "2"
    task = nodes["과제23"] if sibling else nodes[f"{square[1:]} 과제23"]
    assert (task.parent is nodes["현안 과제"]) is sibling
    assert task.number == (square[1:] if sibling else None)
    if sibling:
        assert nodes["배경23"].parent is task


def test_lost_glyphs_told_apart_are_marks_of_their_own_where_they_share_no_place() -> None:
    """환경물정책실 p38: a □ and a ➡ whose glyphs the export lost, told apart by the reader:
    the ➡ lines under each ㅇ are that ㅇ's (not siblings of it, as one kind with the □
    would make them); two glyphs set at one place (a boxed 1 and 2 of one list, the
    font numbering them apart) stay one mark."""
    box, arrow = lost_glyph(0), lost_glyph(1)
    one, two = lost_glyph(2), lost_glyph(3)
    rows = [
        ("Ⅴ. 주요 현안", "Ⅴ. 주요 현안", 40.0), ("• 사업 하나", f"{one} 사업 하나", 45.0),
        ("• 현안 및 대책", f"{box} 현안 및 대책", 51.0), ("ㅇ 협약 체결", "ㅇ 협약 체결", 58.0),
        ("• 용역 시행", f"{arrow} 용역 시행", 72.4), ("• 협약 체결(12월)", f"{arrow} 협약", 72.4),
        ("ㅇ 주민 동의 필요", "ㅇ 주민 동의", 58.0), ("• 특별법 추진", f"{arrow} 특별법", 72.4),
        ("• 향후계획", f"{box} 향후계획", 51.0), ("ㅇ 준공", "ㅇ 준공", 58.0),
        ("• 사업 둘", f"{two} 사업 둘", 45.0), ("• 현안", f"{box} 현안", 51.0),
    ]  # fmt: skip
    lines = [Line(n, text, raw, 1) for n, (text, raw, _) in enumerate(rows, start=1)]
    boxes = {n: (x, 20.0 * n, x + 80.0, 20.0 * n + 16.0) for n, (*_, x) in enumerate(rows, 1)}
    doc = Document("x.pdf", lines, format="pdf", boxes=boxes)
    nodes = {n.title: n for n in layout(doc).outline.nodes if n.lines}
    parent = {t: n.parent.title if n.parent else None for t, n in nodes.items()}
    assert parent["용역 시행"] == parent["협약 체결(12월)"] == "협약 체결"
    assert parent["특별법 추진"] == "주민 동의 필요"
    assert parent["주민 동의 필요"] == "현안 및 대책"
    assert parent["향후계획"] == "사업 하나"
    assert parent["사업 둘"] == parent["사업 하나"] == "주요 현안"


@pytest.mark.parametrize(
    ("x", "height", "wraps"),
    [
        (59.0, 14.0, True), (70.0, 14.0, True),  # under the text
        (59.0, 14.8, True),  # glyphs a little taller (brackets, digits)
        (200.0, 14.0, False),  # a caption centred over the page's chart
        (55.0, 15.9, False), (68.0, 20.0, False),  # a title heading the page, in a box
    ],
)  # fmt: skip
def test_a_line_across_a_page_break_wraps_where_it_starts_under_the_text(
    x: float, height: float, wraps: bool
) -> None:
    """The first line of a page after an item that ended the page before wraps that item
    when it starts under the item's text in its size, not when it is set far right of it
    (a caption "❘❙ 부산형 대중교통 혁신방안❙❘" centred over the next page's chart) or in a
    bigger size (기획조정실 p16's boxed "정책목표 및 추진과제", 18.0 pt after 15.9)."""
    rows = [("Ⅳ. 주요업무", 1, 40.0, 20.0, 14.0), ("ㅇ 복합물류 플랫폼 구축", 1, 59.0, 780.0, 14.0),
            ("다음 쪽에 이어지는 말", 2, x, 60.0, height)]  # fmt: skip
    lines = [Line(n, text, text, page) for n, (text, page, *_) in enumerate(rows, start=1)]
    boxes = {n: (x0, top, x0 + 120.0, top + h) for n, (_, _, x0, top, h) in enumerate(rows, 1)}
    doc = Document("x.pdf", lines, format="pdf", boxes=boxes)
    bullet = next(n for n in layout(doc).outline.nodes if n.title.startswith("복합물류"))
    assert (bullet.text == "복합물류 플랫폼 구축 다음 쪽에 이어지는 말") == wraps


@pytest.mark.parametrize(
    ("x", "height", "wraps"),
    [(165.0, 14.0, True), (60.0, 14.0, True), (165.0, 20.0, False), (300.0, 14.0, False)],
)
def test_a_deep_item_wraps_across_a_page_under_its_own_text(
    x: float, height: float, wraps: bool
) -> None:
    """A deep item's wrap across a page break hangs under its own text, far right of the
    chapter's margin; a line in a bigger size there is a title, one far right of both a
    caption."""
    rows = [("Ⅳ. 주요업무", 1, 40.0, 20.0, 14.0), ("□ 상위 과제", 1, 59.0, 740.0, 14.0),
            ("- 하위 항목의 긴 내용", 1, 150.0, 780.0, 14.0),
            ("다음 쪽에 이어지는 말", 2, x, 60.0, height)]  # fmt: skip
    lines = [Line(n, text, text, page) for n, (text, page, *_) in enumerate(rows, start=1)]
    boxes = {n: (x0, top, x0 + 120.0, top + h) for n, (_, _, x0, top, h) in enumerate(rows, 1)}
    doc = Document("x.pdf", lines, format="pdf", boxes=boxes)
    item = next(n for n in layout(doc).outline.nodes if n.title.startswith("하위"))
    assert (item.text == "하위 항목의 긴 내용 다음 쪽에 이어지는 말") == wraps


@pytest.mark.parametrize(
    ("pitch", "gap", "wraps"),
    [
        (14.0, 4.0, True), (14.0, 20.0, False),  # a body set tight: a wide gap ends the item
        (24.0, 14.0, True), (24.0, 30.0, False),  # a body double-spaced (a text printed)
    ],
)  # fmt: skip
def test_a_wrap_is_as_close_as_the_bodys_usual_lines(pitch: float, gap: float, wraps: bool) -> None:
    """A line wraps the item above it when it sits no further under it than the body's
    lines usually do: a text file printed as it stands (a blank line after each line) sets
    every line 1.4 heights under the one before, its wraps too."""
    body = ["Ⅰ. 현황", "○ 첫째 항목", "○ 둘째 항목", "○ 셋째 항목", "○ 넷째 항목", "○ 긴 항목의"]
    tops = [20.0 + pitch * k for k in range(len(body))]
    rows = [*zip(body, tops, strict=True), ("다음 줄에 이어지는 말", tops[-1] + 10.0 + gap)]
    lines = [Line(n, text, text, 1) for n, (text, _) in enumerate(rows, start=1)]
    boxes = {n: (40.0, top, 200.0, top + 10.0) for n, (_, top) in enumerate(rows, start=1)}
    doc = Document("x.pdf", lines, format="pdf", boxes=boxes)
    item = next(n for n in layout(doc).outline.nodes if n.title.startswith("긴 항목"))
    assert (item.text == "긴 항목의 다음 줄에 이어지는 말") == wraps


def test_a_printed_texts_gaps_and_short_pages_are_its_blank_lines() -> None:
    """Lines set one under the other, a gap of a line between groups, a page that ends a
    line short of the fullest page's foot (its last line was blank) and one that ends at
    its foot: blank lines where the printed text had them, none inside a group."""
    rows = [("A", 1, 100.0), ("B", 1, 111.0), ("C", 1, 134.0), ("D", 1, 145.0),  # p1 short
            ("E", 2, 100.0), ("F", 2, 156.0),  # p2 full
            ("G", 3, 100.0)]  # fmt: skip
    lines = [Line(n, text, text, page) for n, (text, page, _) in enumerate(rows, start=1)]
    boxes = {n: (40.0, top, 80.0, top + 10.0) for n, (_, _, top) in enumerate(rows, start=1)}
    doc = Document("x.pdf", lines, format="pdf", boxes=boxes)
    shape = "".join(ln.text or "_" for ln in with_blank_gaps(doc))
    assert shape == "AB_CD_E_FG"
    assert with_blank_gaps(Document("x.txt", lines)) == lines  # (a text has its own)


@pytest.mark.parametrize(
    ("marker", "after", "titled"),
    [
        ("붙 임 1", "2021년 세부사업 예산 현황", True),  # a top heading at a page's foot
        ("Ⅳ.", "주요업무 추진계획", True),
        ("1", "주요업무 추진계획", False),  # a card number: its title is on its own page
        ("붙 임 1", "○ 세부사업 예산", False),  # an item starts the next page: no title
    ],
)
def test_a_top_heading_alone_at_a_pages_foot_takes_the_next_pages_first_line(
    marker: str, after: str, titled: bool
) -> None:
    """A printed text breaks a page wherever it falls, between "붙 임 1" and its title."""
    lines = [
        Line(1, "○ 앞 장의 마지막 항목", "○ 앞 장의 마지막 항목", 1),
        Line(2, marker, marker, 1),
        Line(3, after, after, 2),
    ]
    heading = mark_lines(lines)[1]
    assert heading.marker is not None
    assert (heading.title, len(heading.lines)) == ((after, 2) if titled else ("", 1))


def test_boxes_numbered_by_a_word_are_items_in_their_order() -> None:
    """"현안" boxes without their numbers are the first, second, ... issue of the report; a
    "현안" with no title after it is a word of the text."""
    text = "\n".join([
        "Ⅳ. 현안사항", "현안", "재정 신속집행 추진", "❖ 요약", "□ 추진목표", "○ 대상", "현안",
        "□ 정리", "현안", "지역화폐 발행", "❖ 요약",
    ])  # fmt: skip
    nodes = [n for n in build_outline(read_bytes(text.encode(), "x.txt").lines).nodes if n.lines]
    items = [(n.marker.kind, n.number, n.title, n.parent.title) for n in nodes
             if n.marker and n.marker.kind.startswith("word:")]  # fmt: skip
    assert items == [
        ("word:현안", "1", "재정 신속집행 추진", "현안사항"),
        ("word:현안", "2", "지역화폐 발행", "현안사항"),
    ]
    summary = next(n for n in nodes if n.title == "요약")
    assert summary.parent is not None and summary.parent.title == "재정 신속집행 추진"


@pytest.mark.parametrize(("text", "kind", "number", "rest"), MARKERS)
def test_marker(text: str, kind: str, number: str | None, rest: str) -> None:
    read = read_marker(text)
    assert read is not None
    marker, after = read
    assert (marker.kind, marker.number, after) == (kind, number, rest)


@pytest.mark.parametrize("text", NOT_MARKERS)
def test_not_a_marker(text: str) -> None:
    assert read_marker(text) is None


@pytest.mark.parametrize("numeral", sorted(ROMAN))
def test_every_roman_numeral_is_a_top_heading(numeral: str) -> None:
    read = read_marker(f"{numeral}. 일반현황")
    assert read is not None and read[0].kind == "roman" and read[0].ordinal == ROMAN[numeral]


@pytest.mark.parametrize("glyph", sorted(BULLETS))
def test_every_bullet_glyph_is_a_bullet(glyph: str) -> None:
    read = read_marker(f"{glyph} 추진계획")
    assert read is not None and read[0].kind == f"bullet:{BULLETS[glyph]}"


@pytest.mark.parametrize("glyph", sorted(CIRCLED))
def test_every_circled_number_is_numbered(glyph: str) -> None:
    read = read_marker(f"{glyph} 추진계획")
    assert read is not None and read[0].number == str(CIRCLED[glyph])


# --- the outline -----------------------------------------------------------------------------


def lines_of(*texts: str) -> list[Line]:
    return split_lines("\n".join(texts))


def tree(texts: list[str], titled: bool = False) -> list[tuple[int, str, str]]:
    """(depth, marker kind, text) of every node: the shape of the outline (``titled``:
    with the roles' vocabulary of titles)."""
    outline = build_outline(lines_of(*texts), titles=TITLES if titled else NO_TITLES)
    return [
        (n.depth, n.marker.kind if n.marker else n.kind, " ".join(n.text.split()))
        for n in outline.nodes
    ]


REPORT = [
    "2025년 주요업무계획",
    "보고순서",
    "Ⅰ. 기본현황 1",
    "Ⅱ. 주요업무계획 3",
    "Ⅰ. 기본현황",
    "1. 기구현황",
    "□ 기 구 : 3과 13팀",
    "□ 인 력 : 정원 80명",
    "ㅇ 정원 80명, 현원 85명",
    "Ⅱ. 주요업무계획",
    "1-1 관광 경쟁력 강화",
    "□ (UN Tourism 협력) 플랫폼 구축",
    "ㅇ (서밋) 국내 최고 교류 플랫폼",
    "- (규모) 300여명",
    "※ 부산 크루즈 입항현황",
    "ㅇ (워케이션) 홍보 및 유치",
    "wrapped continuation of the bullet",
    "□ (IP 강화) 유치 확대",
    "1-2 지역특화 콘텐츠 육성",
    "□ (야간관광) 도시 육성",
    "붙임 1. 주요행사 일정",
    "ㅇ 3월 행사",
]


def test_outline_of_a_report() -> None:
    assert tree(REPORT) == [
        (1, "front", "2025년 주요업무계획"),
        (1, "contents", "보고순서 Ⅰ. 기본현황 1 Ⅱ. 주요업무계획 3"),
        (1, "roman", "기본현황"),
        (2, "num.dot", "기구현황"),
        (3, "bullet:□", "기 구 : 3과 13팀"),
        (3, "bullet:□", "인 력 : 정원 80명"),
        (4, "bullet:ㅇ", "정원 80명, 현원 85명"),
        (1, "roman", "주요업무계획"),
        (2, "num.dash", "관광 경쟁력 강화"),
        (3, "bullet:□", "(UN Tourism 협력) 플랫폼 구축"),
        (4, "bullet:ㅇ", "(서밋) 국내 최고 교류 플랫폼"),
        (5, "bullet:-", "(규모) 300여명"),
        (6, "note:※", "부산 크루즈 입항현황"),
        (4, "bullet:ㅇ", "(워케이션) 홍보 및 유치 wrapped continuation of the bullet"),
        (3, "bullet:□", "(IP 강화) 유치 확대"),
        (2, "num.dash", "지역특화 콘텐츠 육성"),
        (3, "bullet:□", "(야간관광) 도시 육성"),
        (1, "appendix", "주요행사 일정"),
        (2, "bullet:ㅇ", "3월 행사"),
    ]


def test_a_marker_alone_on_its_line_takes_the_next_line_as_its_title() -> None:
    split = [
        "Ⅰ.", "일 반 현 황", "1", "혁신 인재양성", "• 추진계획", "○ 내용",
    ]  # fmt: skip
    joined = ["Ⅰ. 일 반 현 황", "1 혁신 인재양성", "• 추진계획", "○ 내용"]
    shape = [(d, k, t) for d, k, t in tree(split)]
    assert shape == [(d, k, t) for d, k, t in tree(joined)]
    assert shape[0] == (1, "roman", "일 반 현 황")


@pytest.mark.parametrize("numerals", [("Ⅰ.", "Ⅱ."), ("I.", "II."), ("I .", "II .")])
def test_a_chapter_numeral_alone_on_its_line_takes_the_next_line_as_its_title(
    numerals: tuple[str, str],
) -> None:
    """A chapter's numeral boxed apart from its title reads alone on its line, Roman or
    Latin letters alike."""
    split = [numerals[0], "일 반 현 황", "□ 조직", numerals[1], "정책목표", "□ 목표"]
    joined = [f"{numerals[0]} 일 반 현 황", "□ 조직", f"{numerals[1]} 정책목표", "□ 목표"]
    assert tree(split) == tree(joined)
    assert [(d, k) for d, k, _ in tree(split)] == [(1, "roman"), (2, "bullet:□")] * 2


def test_bullets_nest_by_the_order_the_report_uses() -> None:
    """○ under □ in one report and □ under ○ in another both nest."""
    a = tree(["Ⅰ. 현황", "□ 가", "○ 나", "○ 다", "□ 라", "○ 마"])
    b = tree(["Ⅰ. 현황", "○ 가", "□ 나", "□ 다", "○ 라", "□ 마"])
    assert [d for d, _, _ in a] == [d for d, _, _ in b] == [1, 2, 3, 3, 2, 3]


def test_a_glyph_an_overview_used_does_not_close_a_numbered_item() -> None:
    """• lists the tasks under the theme, then • again inside each numbered task."""
    shape = tree([
        "Ⅲ. 추진계획", "1. 첫째 주제", "• 과제 하나", "• 과제 둘",
        "1 과제 하나", "• 요약", "○ 내용", "2 과제 둘", "• 요약",
    ])  # fmt: skip
    depth = {t: d for d, _, t in shape}
    assert depth["과제 하나"] == 3 and depth["요약"] == 4 and depth["내용"] == 5


@pytest.mark.parametrize("steps", [["① 단계 하나", "② 단계 둘"], ["1) 단계 하나", "2) 단계 둘"],
                                   ["(1) 단계 하나", "(2) 단계 둘"]])  # fmt: skip
def test_a_list_of_steps_inside_a_bullet_does_not_hold_the_bullets_after_it(
    steps: list[str],
) -> None:
    """"○ 내용 가" / "① 단계" "② 단계" / "○ 내용 나": the second ○ goes back beside the
    first, and "□ 사업 나" beside "□ 사업 가" (not under the last step)."""
    shape = tree(["Ⅲ. 추진계획", "1. 과제", "□ 사업 가", "○ 내용 가", *steps, "○ 내용 나",
                  "□ 사업 나", "○ 내용 다"])  # fmt: skip
    depth = {t: d for d, _, t in shape}
    assert depth["내용 가"] == depth["내용 나"] == depth["내용 다"] == 4
    assert depth["사업 가"] == depth["사업 나"] == 3
    assert depth["단계 하나"] == depth["단계 둘"] == 5


def test_a_numbered_item_keeps_the_bullets_under_it() -> None:
    """"□ 주요현안" / "현안5 축제" / "❖ 목적" / "□ 사업개요": the item holds its parts."""
    shape = tree(["Ⅴ. 주요현안", "□ 현안 총괄", "현안5 독서축제", "❖ 축제 목적", "□ 사업개요",
                  "ㅇ 사업비 8억원", "현안6 문화공간", "□ 사업개요"])  # fmt: skip
    items = [d for d, k, _ in shape if k == "word:현안"]
    assert items == [3, 3]
    assert all(d > 3 for d, _, t in shape if t == "사업개요")


def test_a_run_of_circled_numbers_wrapped_onto_the_next_line_goes_on() -> None:
    """"□ (도약) ➊ 협력, ➋ IP 활용," / "➌ 워케이션, ➍ 미식" / "❺ 야간관광": one □, its run
    wrapped over three lines; a list that starts its lines with ① ② is a list."""
    shape = tree(["Ⅱ. 성과", "□ (도약) ➊ 협력 강화, ➋ IP 활용", "➌ 워케이션, ➍ 미식관광",
                  "❺ 야간관광 강화", "- 협력 의향서", "□ (마이스) ➊ 전시공간", "① 단계",
                  "② 단계"])  # fmt: skip
    assert [(d, t[:4]) for d, _, t in shape] == [
        (1, "성과"), (2, "(도약)"), (3, "협력 의"), (2, "(마이스"), (3, "단계"), (3, "단계"),
    ]


def test_three_part_numbers_sit_under_two_part_ones() -> None:
    shape = tree(
        ["Ⅲ. 정책 방향", "1-1 인성교육", "1-1-1 체험 중심", "□ 성찰", "1-1-2 독서", "1-2 융합"]
    )
    assert [(d, k) for d, k, _ in shape] == [
        (1, "roman"), (2, "num.dash"), (3, "num.dash3"), (4, "bullet:□"), (3, "num.dash3"),
        (2, "num.dash"),
    ]  # fmt: skip


def test_unit_names_under_an_item_say_who_runs_it() -> None:
    """A unit name ("초등교육과") right under an item is the item's division, where
    every unit name of the chapter stands right under an item."""
    shape = tree(
        ["Ⅲ. 주요업무 추진계획", "1. 돌봄 강화", "초등교육과", "미래생활교육과", "□ 성찰",
         "2. 안전 강화", "안전총괄과", "□ 점검"],
        titled=True,
    )  # fmt: skip
    assert shape == [
        (1, "roman", "주요업무 추진계획"),
        (2, "num.dot", "돌봄 강화 초등교육과 미래생활교육과"),
        (3, "bullet:□", "성찰"),
        (2, "num.dot", "안전 강화 안전총괄과"),
        (3, "bullet:□", "점검"),
    ]


def test_unit_names_after_text_title_the_parts_of_a_chapter() -> None:
    """Where a unit name follows an item's text, the chapter is split by division:
    each name titles a part, under the item it stands in ("2. 부서별 성과")."""
    shape = tree(
        ["Ⅱ. 2024년 주요업무 추진실적", "1. 주요 성과", "□ 요약", "2. 부서별 성과",
         "복지정책과", "□ 위기가구 발굴", "노인복지과", "□ 일자리 확대", "3. 향후 과제"],
        titled=True,
    )  # fmt: skip
    assert shape == [
        (1, "roman", "2024년 주요업무 추진실적"),
        (2, "num.dot", "주요 성과"),
        (3, "bullet:□", "요약"),
        (2, "num.dot", "부서별 성과"),
        (3, "title", "복지정책과"),
        (4, "bullet:□", "위기가구 발굴"),
        (3, "title", "노인복지과"),
        (4, "bullet:□", "일자리 확대"),
        (2, "num.dot", "향후 과제"),
    ]


def test_an_appendix_restating_the_items_leaves_them_in_place() -> None:
    """The items told again in a closing summary are not an overview of them."""
    shape = tree(
        ["Ⅲ. 정책 방향", "1-1 문예체 체험 중심의 인성교육", "1-1-1 체험과 실천 중심 인성교육",
         "□ 성찰", "Ⅵ. 부록", "1-① 문예체 체험 중심의 인성교육", "◦ 체험과 실천 중심 인성교육"],
        titled=True,
    )  # fmt: skip
    assert [d for d, _, _ in shape] == [1, 2, 3, 4, 1, 2, 3]


@pytest.mark.parametrize(("summary_x", "nested"), [(60.2, False), (51.0, True)])
def test_a_summary_line_set_right_of_the_bullets_after_it_does_not_hold_them(
    summary_x: float, nested: bool
) -> None:
    """"현안1" / "❖ 인식개선 유도" (set right of the □ after it) / "□ 행사개요" / "□ 추진상황":
    the □ sections are the item's, beside its summary line, though every ❖ of the
    report comes before a □; set where the □ are, the ❖ holds them as the order says."""
    lines = lines_of(
        "Ⅳ. 당면현안", "현안1 청년 기업 매칭", "❖ 인식개선 유도", "□ 행사개요",
        "ㅇ 사업기간 : ’25. 1. ~ 12.", "□ 추진상황", "ㅇ ’24. 4. : 100개사 선정",
        "현안2 문화패스", "❖ 문화 향유", "□ 사업개요", "ㅇ 대상 : 청년",
    )  # fmt: skip
    indents = {3: summary_x, 4: 51.0, 5: 55.0, 6: 51.0, 7: 55.0, 9: summary_x, 10: 51.0,
               11: 55.0}  # fmt: skip
    outline = build_outline(lines, indents=indents)
    parent = {n.title: n.parent.title if n.parent else None for n in outline.nodes}
    under = "인식개선 유도" if nested else "청년 기업 매칭"
    assert parent["행사개요"] == parent["추진상황"] == under
    assert parent["사업개요"] == ("문화 향유" if nested else "문화패스")


def test_a_numbered_item_goes_on_the_list_an_item_of_another_kind_closed() -> None:
    """A strategy's divider page "2/ 출산 양육" after the bullets of strategy 1's plan:
    it goes on the list of "1/" (an overview entry of "1 양성평등 환경 조성", a number of
    another kind set in a box on the next page), not under the last bullet."""
    lines = lines_of(
        "Ⅳ. 주요업무계획", "1/ 양성평등 환경 조성", "• 추진체계 확립", "1 양성평등 환경 조성",
        "1. 추진체계 확립", "□ 제도 운영", "ㅇ (정책총괄) 계획 수립", "- 비전 마련",
        "2/ 출산 양육", "• 문화 조성", "2 출산 양육 친화 환경", "1. 문화 조성", "□ 결혼",
        "ㅇ (주거) 지원", "- 대출 이자", "3/ 사업소 업무계획", "• 여성회관", "3 사업소 업무계획",
        "1. 여성회관",
    )  # fmt: skip
    outline = build_outline(lines, box_of={4: 1, 5: 2, 11: 3, 12: 4, 18: 5, 19: 6})
    depth = {(n.marker.text if n.marker else "", n.title): n.depth for n in outline.nodes}
    assert depth[("2/", "출산 양육")] == depth[("1/", "양성평등 환경 조성")] == 2
    assert depth[("2", "출산 양육 친화 환경")] == depth[("1", "양성평등 환경 조성")] == 2
    # "3/" is an overview entry ("3 사업소 업무계획" tells it in detail): it opens nothing,
    # and goes on its list all the same
    assert depth[("3/", "사업소 업무계획")] == depth[("3", "사업소 업무계획")] == 2


def test_an_item_told_again_in_a_later_chapter_keeps_its_bullets() -> None:
    """"3-2-2 특수교육" with its bullets in the plan, told again as "2-➊ 특수교육" in a
    later chapter (중점 추진과제): the first is the detail, not an overview entry; the
    items of a 정책목표 page that only list (nothing but numbered items after them) are
    (test_an_overview_list_goes_on_whichever_of_its_items_are_told_again)."""
    shape = tree([
        "Ⅲ. 정책 방향", "3-2 맞춤교육", "3-2-1 유아교육", "□ 유치원 신·증설",
        "3-2-2 통합과 자립의 특수교육", "⏩ 특수교육 지원체계 구축", "□ 특수학교 설립",
        "Ⅳ. 중점 추진과제", "2-➊ 통합과 자립의 특수교육", "□ 특수학교 설립",
    ])  # fmt: skip
    assert shape[4:6] == [
        (3, "num.dash3", "통합과 자립의 특수교육"),
        (4, "bullet:▶", "특수교육 지원체계 구축"),  # (⏩ folds to ▶)
    ]
    assert shape[6][0] >= 4 and shape[7] == (1, "roman", "중점 추진과제")


@pytest.mark.parametrize("deeper", ["ㅇ (협력) 포럼 개최", "- 관련 행사 연계"])
def test_a_boxed_banner_after_the_bullets_of_the_banner_before_goes_beside_it(
    deeper: str,
) -> None:
    """"◇ 요약" in a box over □ / ㅇ bullets, then the next "◇ 요약" box: the two banners
    are one list under their task (the first box's end closed the first banner), not the
    second under the last ㅇ."""
    lines = lines_of(
        "1-1 글로벌관광도시 경쟁력 강화", "◇ 관광도시 위상 강화", "□ (협력 강화) 네트워크 연계",
        deeper, "◇ 하이엔드 관광콘텐츠 확장", "□ (IP 강화) 글로벌 IP 유치",
        "ㅇ (서커스) 부산 공연",
    )  # fmt: skip
    outline = build_outline(lines, box_of={2: 1, 5: 2})
    parent = {n.title: n.parent.title if n.parent else None for n in outline.nodes}
    assert parent["하이엔드 관광콘텐츠 확장"] == parent["관광도시 위상 강화"]
    assert parent["하이엔드 관광콘텐츠 확장"] == "글로벌관광도시 경쟁력 강화"
    assert parent["(IP 강화) 글로벌 IP 유치"] == "글로벌관광도시 경쟁력 강화"
    # not boxed, a glyph after a deeper bullet nests as the document's order says
    plain = build_outline(lines)
    assert [n.depth for n in plain.nodes] != [n.depth for n in outline.nodes]


def test_a_boxed_title_over_numbered_items_groups_them() -> None:
    """A short line ("노동시장 격차 해소") drawn alone in a box before ① .. ②: a group's title."""
    lines = lines_of(
        "Ⅲ. 중점 추진과제", "노동시장 격차 해소", "① 청년 일할 기회", "□ 추진배경",
        "② 임금 격차 해소", "□ 주요내용", "인구구조 변화 대응", "① 중장년 지원", "□ 추진배경",
    )  # fmt: skip
    boxes = {2: 1, 3: 2, 5: 3, 7: 4, 8: 5}  # every title and item in a box of its own
    outline = build_outline(lines, box_of=boxes)
    shape = [(n.depth, n.kind, n.title) for n in outline.nodes]
    assert shape == [
        (1, "heading", "중점 추진과제"),
        (2, "title", "노동시장 격차 해소"),
        (3, "item", "청년 일할 기회"),
        (4, "bullet", "추진배경"),
        (3, "item", "임금 격차 해소"),
        (4, "bullet", "주요내용"),
        (2, "title", "인구구조 변화 대응"),
        (3, "item", "중장년 지원"),
        (4, "bullet", "추진배경"),
    ]
    # not boxed, the same line is the heading's text
    plain = build_outline(lines)
    assert [n.kind for n in plain.nodes].count("title") == 0


def test_a_figure_that_starts_a_page_is_the_items_not_its_last_bullets() -> None:
    """"2. 아쉬운 점" / "□ (재정) ..." at a page's foot, then a page of a chart's labels (a
    figure): the chart is the item's, beside the □, not under it; on the □'s own page the
    labels are its figure."""
    texts = ["Ⅱ. 2024년 주요성과", "2. 아쉬운 점", "□ (재정) 무임승차 비중 증가",
             "주요 정책 지표", "대중교통 수송분담률 44.4%", "동백패스 가입자수 61만명"]  # fmt: skip
    for pages, under in (([1, 1, 1, 2, 2, 2], "아쉬운 점"), ([1] * 6, "(재정) 무임승차 비중 증가")):
        lines = [Line(n, t, t, p) for n, (t, p) in enumerate(zip(texts, pages, strict=True), 1)]
        outline = build_outline(lines, continues=lambda node, line: False)
        (figure,) = [n for n in outline.nodes if n.kind == "figure"]
        assert figure.parent is not None and figure.parent.title == under


def test_a_line_of_arrows_continues_no_text() -> None:
    """"ㅇ 사업내용 : 홍보 지원" / "⇨ ⇨ ⇨" (drawn between a diagram's boxes): the arrows are
    no bullet and no words of the bullet above."""
    lines = lines_of("1. 사업", "ㅇ 사업내용 : 홍보 지원", "⇨ ⇨ ⇨", "ㅇ 사업비 : 5억원")
    outline = build_outline(lines)
    texts = [n.text for n in outline.nodes if n.kind != "figure"]
    assert texts == ["사업", "사업내용 : 홍보 지원", "사업비 : 5억원"]
    # (drawn content of the diagram: a figure of its own, not residue)
    assert [n.text for n in outline.nodes if n.kind == "figure"] == ["⇨ ⇨ ⇨"]


def test_the_steps_of_a_titled_box_end_with_their_box() -> None:
    """A diagram of stage boxes, each titled ("【1단계-발굴】" over ➊ ➋): a stage's numbered
    steps end where its box ends, so the next box's title stands beside the first, and
    the ㅇ after the diagram goes on the list of ㅇ before it."""
    lines = lines_of(
        "현안1 청년이 끌리는 기업", "□ 행사개요", "ㅇ 사업내용 : 홍보 지원", "【1단계-발굴】",
        "➊ 기업 발굴", "➋ 매니저 운영", "【2단계-성장】", "➊ 설명회 개최",
        "ㅇ 사 업 비 : 500백만원",
    )  # fmt: skip
    outline = build_outline(lines, box_of={4: 1, 5: 1, 6: 1, 7: 2, 8: 2})
    parent = {n.title: n.parent.title if n.parent else None for n in outline.nodes}
    assert parent["【2단계-성장】"] == parent["【1단계-발굴】"] == "사업내용 : 홍보 지원"
    assert parent["설명회 개최"] == "【2단계-성장】"
    assert parent["사 업 비 : 500백만원"] == "행사개요"


def test_a_box_titled_by_its_first_line_heads_its_items() -> None:
    """A tab over a box of facts ("추모공원 봉안당 증축 사업(’21.~’25.)" over its ㅇ lines)
    sits where the box's first item would and heads the box's items; after the box the
    list goes on where it was."""
    lines = lines_of(
        "5 공설 장사시설 수급", "□ 장사시설 확충", "ㅇ (확충) 봉안당 증축 추진", "- 자연장지 조성",
        "추모공원 봉안당 증축 사업(’21.~’25.)", "ㅇ (사업기간) 2021년 ~ 2025년",
        "ㅇ (사 업 비) 108억원", "ㅇ (공영장례) 지원 확대", "□ 공영장례 지원",
    )  # fmt: skip
    boxes = {5: 1, 6: 1, 7: 1}
    outline = build_outline(lines, box_of=boxes)
    shape = [(n.depth, n.kind, n.title) for n in outline.nodes]
    assert shape == [
        (1, "item", "공설 장사시설 수급"),
        (2, "bullet", "장사시설 확충"),
        (3, "bullet", "(확충) 봉안당 증축 추진"),
        (4, "bullet", "자연장지 조성"),
        (3, "title", "추모공원 봉안당 증축 사업(’21.~’25.)"),
        (4, "bullet", "(사업기간) 2021년 ~ 2025년"),
        (4, "bullet", "(사 업 비) 108억원"),
        (3, "bullet", "(공영장례) 지원 확대"),
        (2, "bullet", "공영장례 지원"),
    ]


@pytest.mark.parametrize(
    ("box_left", "box_right", "owner", "bullet_x"),
    [
        (66.0, 545.0, "(기쁨통장) 자산형성 지원", 58.8),  # between the ㅇ and the -: the ㅇ's
        (55.0, 545.0, "청년 재직자 지원", 58.8),  # left of the ㅇ too: the □'s
        (80.0, 545.0, "월 소득 359만원 이하", 58.8),  # right of the -: inside it
        # one of a chart's boxes side by side (nikl p19's year boxes): the line's above
        (55.0, 150.0, "월 소득 359만원 이하", 58.8),
        # the ㅇ's glyph drawn from the □'s margin (사회복지국 p19, the box of ❖ lines
        # after the last ㅇ's - line): a box from that margin is the outermost one's
        (52.0, 545.0, "청년 재직자 지원", 51.0),
        (52.0, 150.0, "월 소득 359만원 이하", 51.0),  # (a chart's box: as before)
    ],
)
def test_a_boxed_title_is_inside_no_bullet_set_right_of_its_box(
    box_left: float, box_right: float, owner: str, bullet_x: float
) -> None:
    """A box's title ("【청년 체감형 사업 지원 확대】" over its ◦ lines) after a - line
    is under the nearest bullet above that starts left of the box: a box drawn left of a
    bullet's marker is not inside that bullet (청년산학국 p13); a box drawn from the
    margin two bullets start at is the outer one's.  A box narrower than the line above
    is a chart's, beside other boxes: where it starts says nothing."""
    lines = lines_of(
        "□ 청년 재직자 지원", "ㅇ (기쁨통장) 자산형성 지원", "- 월 소득 359만원 이하",
        "【청년 체감형 사업 지원 확대】", "◦ 기쁨카드 : 1,650명→2,000명", "□ 신용회복 지원",
    )  # fmt: skip
    indents = {1: 51.0, 2: bullet_x, 3: 75.0, 4: box_left + 5, 5: box_left + 9, 6: 51.0}
    spots = {3: (75.0, 490.0, 442.0, 507.0)}
    outline = build_outline(
        lines, box_of={4: 1, 5: 1}, indents=indents, box_left={1: box_left},
        box_bounds={1: (box_left, 515.0, box_right, 560.0)}, spots=spots,
    )  # fmt: skip
    nodes = {n.title: n for n in outline.nodes}
    title = nodes["【청년 체감형 사업 지원 확대】"]
    assert title.parent is not None and title.parent.title == owner
    assert nodes["기쁨카드 : 1,650명→2,000명"].parent is title
    assert nodes["신용회복 지원"].depth == 1


@pytest.mark.parametrize(("box_left", "owner"), [(58.0, "인공지능 평가 체계 개발"),
                                               (75.0, "평가의 자동화, 표준화")])
def test_a_note_opening_a_box_from_the_bullets_margin_is_not_the_last_bullets(
    box_left: float, owner: str
) -> None:
    """nikl p28: the page-long box "※ 2023년 예산 세부 내역" over its own □ lines, after
    p27's "□ 기대효과" / "ㅇ …" list: drawn from the margin the card's bullets start at, it
    stands beside them under the card, not inside the last ㅇ; a box drawn inside the ㅇ
    (right of its mark) is that ㅇ's."""
    texts = ["• 인공지능 평가 체계 개발", "□ 기대효과", "ㅇ 평가의 자동화, 표준화",
             "※ 2023년 예산 세부 내역", "□ 평가체계 개발, 운영 : 20.7억원",
             "ㅇ 자료 구축 : 1,500백만원"]  # fmt: skip
    pages = [1, 1, 1, 2, 2, 2]
    lines = [ln._replace(page=p) for ln, p in zip(lines_of(*texts), pages, strict=True)]
    indents = {1: 56.6, 2: 56.6, 3: 64.1, 4: box_left + 8, 5: box_left + 2, 6: box_left + 8}
    spots = {n: (x, 100.0 + 20 * n, 530.0, 115.0 + 20 * n) for n, x in indents.items()}
    outline = build_outline(
        lines, box_of={4: 1, 5: 1, 6: 1}, indents=indents, box_left={1: box_left},
        box_bounds={1: (box_left, 70.0, 538.0, 585.0)}, spots=spots,
    )  # fmt: skip
    nodes = {n.title: n for n in outline.nodes}
    note = nodes["2023년 예산 세부 내역"]
    assert note.parent is not None and note.parent.title == owner
    assert nodes["평가체계 개발, 운영 : 20.7억원"].parent is note


@pytest.mark.parametrize(("x", "under"), [(61.3, True), (55.0, False), (95.0, False)])
def test_a_bullet_set_under_anothers_text_is_its_whatever_the_usual_order(
    x: float, under: bool
) -> None:
    """여성가족국 p39: "① 공간기획 ▸ …" (its ① lost, read "•") at 53.9 with "ㅇ 사업비 …" set
    at 61.3: the ㅇ is set under the ①'s text, though in the report a • usually stands
    under a ㅇ; no box need hold them (the page shows where each is set).  One set at its
    margin, or far right (a column), is not."""
    first, second = lines_of("• 공간기획 ▸ 전체공간 재정비", "ㅇ 사업비 : 약 900억")
    first, second = first._replace(page=1), second._replace(page=1)
    (bullet, item) = mark_lines([first, second])
    assert bullet.marker is not None
    node = Node("bullet", bullet.marker, bullet.title, list(bullet.lines), 1)
    drawn = Drawn({}, indents={first.no: 53.9, second.no: x})
    assert drawn.set_under(node, item) is under


BANDED = [
    "Ⅰ. 기본현황", "□ 일반현황", "여성 관련 현황", "❍ 여성인구 : 1,678천명", "❍ 여성단체 : 68개",
    "가족 관련 현황", "❍ 한부모가족 : 16,721가구", "1. 정책환경 진단", "□ (대외) 기술 발달",
]  # fmt: skip


@pytest.mark.parametrize(
    ("band_left", "shape"),
    [
        # each band set where its bullets start: a part title over them
        (70.0, [(1, "heading", "기본현황"), (2, "bullet", "일반현황"),
                (3, "title", "여성 관련 현황"), (4, "bullet", "여성인구 : 1,678천명"),
                (4, "bullet", "여성단체 : 68개"), (3, "title", "가족 관련 현황"),
                (4, "bullet", "한부모가족 : 16,721가구"), (2, "item", "정책환경 진단"),
                (3, "bullet", "(대외) 기술 발달")]),
        # the second band set well right of the ❍ it goes on to: a callout of the bullet
        # above it, no title (the ❍ list goes on)
        (110.0, [(1, "heading", "기본현황"), (2, "bullet", "일반현황"),
                 (3, "title", "여성 관련 현황"), (4, "bullet", "여성인구 : 1,678천명"),
                 (4, "bullet", "여성단체 : 68개"), (4, "bullet", "한부모가족 : 16,721가구"),
                 (2, "item", "정책환경 진단"), (3, "bullet", "(대외) 기술 발달")]),
    ],
)  # fmt: skip
def test_a_line_alone_in_a_band_titles_the_bullets_under_it(
    band_left: float, shape: list[tuple[int, str, str]]
) -> None:
    """"여성 관련 현황" in a shaded band over ❍ lines titles them; the next band closes
    it, a numbered section closes both.  A band that starts a list of a new kind always
    titles it; one before more bullets of the kind open titles them only where it is set
    no further right than they start."""
    lines = lines_of(*BANDED)
    boxes = {3: 1, 6: 2}
    indents = {1: 40.0, 2: 55.0, 3: 75.0, 4: 74.0, 5: 74.0, 6: band_left + 5, 7: 74.0,
               8: 55.0, 9: 55.0}  # fmt: skip
    outline = build_outline(
        lines, box_of=boxes, indents=indents, box_left={1: 75.0, 2: band_left}
    )
    assert [(n.depth, n.kind, n.title) for n in outline.nodes] == shape


@pytest.mark.parametrize(("note_x", "heading"), [(57.5, True), (80.0, False)])
def test_a_note_mark_at_an_items_margin_over_bullets_heads_them(
    note_x: float, heading: bool
) -> None:
    """관광마이스국 p11, a 참고 box: "⑯ … 수상" / "- …" / "* 주요 국제회의 유치" set at the
    ⑯'s margin / "- 2028 세계전산역학학술대회": the * line heads the - lines under it,
    beside ⑯.  A note set under its item's text is a note of that item."""
    lines = lines_of("□ 주요 시정성과", "⑯ 관광산업 발전 우수기관 수상", "- 문체부 선정 우수",
                     "* 주요 국제회의 유치", "- 2028 세계전산역학학술대회",
                     "- 2024 포상관광단 회의", "* 의료·웰니스 관광 추진사항",
                     "- 2024 공모사업 선정")  # fmt: skip
    indents = {1: 51.0, 2: 57.5, 3: 70.4, 4: note_x, 5: 68.5 + (note_x - 57.5),
               6: 68.5 + (note_x - 57.5), 7: note_x, 8: 68.8 + (note_x - 57.5)}  # fmt: skip
    outline = build_outline(lines, indents=indents)
    parent = {n.title: n.parent.title if n.parent else None for n in outline.nodes}
    if heading:
        assert parent["주요 국제회의 유치"] == "주요 시정성과"
        assert parent["의료·웰니스 관광 추진사항"] == "주요 시정성과"
        assert parent["2028 세계전산역학학술대회"] == "주요 국제회의 유치"
        assert parent["2024 공모사업 선정"] == "의료·웰니스 관광 추진사항"
    else:
        assert {n.kind for n in outline.nodes if n.title.endswith(("유치", "추진사항"))} == {"note"}


@pytest.mark.parametrize(("height", "titled"), [(12.0, False), (15.0, True)])
def test_a_tag_in_small_type_titles_no_bullets(height: float, titled: bool) -> None:
    """환경물정책실 p15: a box in small type under a □ ("(국정과제) 과학적 탄소중립 …")
    notes the □; the ㅇ lines after it are the □'s.  A band in the bullets' size over
    them titles them (see the test above)."""
    lines = lines_of("□ 탄소중립 이행 강화", "(국정과제) 과학적 탄소중립 이행방안 마련",
                     "ㅇ 저탄소 그린도시 감축", "ㅇ 폐기물 감량 및 재자원화")  # fmt: skip
    indents = {1: 51.0, 2: 57.5, 3: 58.5, 4: 58.5}
    tops = {1: 560.0, 2: 593.0, 3: 620.0, 4: 643.0}
    sizes = {1: 16.0, 2: height, 3: 15.0, 4: 15.0}
    spots = {n: (indents[n], tops[n], 520.0, tops[n] + sizes[n]) for n in indents}
    outline = build_outline(
        lines, box_of={2: 1}, indents=indents, box_left={1: 52.4}, spots=spots,
        continues=lambda node, ln: True,
    )  # fmt: skip
    nodes = {n.title: n for n in outline.nodes}
    parent = nodes["저탄소 그린도시 감축"].parent
    assert parent is not None
    assert (parent.title == "(국정과제) 과학적 탄소중립 이행방안 마련") is titled
    assert (parent.title == "탄소중립 이행 강화") is not titled


def test_a_part_title_after_a_band_closes_the_band() -> None:
    """"재산현황" (a part title of the genre) after the band "부산시 재정현황" under
    "예산현황" takes the place of "예산현황"; it is not a part of it."""
    texts = ["Ⅰ. 기본현황", "□ 기구 : 1실", "예산현황", "부산시 재정현황", "□ 예산 (시 전체)",
             "□ 세입 : 16조", "재산현황", "□ 공유재산 : 총"]  # fmt: skip
    outline = build_outline(lines_of(*texts), titles=TITLES, box_of={4: 1})
    shape = [(n.depth, n.kind, n.title) for n in outline.nodes]
    assert shape == [
        (1, "heading", "기본현황"), (2, "bullet", "기구 : 1실"), (2, "title", "예산현황"),
        (3, "title", "부산시 재정현황"), (4, "bullet", "예산 (시 전체)"),
        (4, "bullet", "세입 : 16조"), (2, "title", "재산현황"), (3, "bullet", "공유재산 : 총"),
    ]  # fmt: skip


def test_a_box_set_inside_the_bullet_above_it_is_that_bullets_text() -> None:
    """A callout ("ㅇ 국비 확보" / a box "공모사업 선정 이점 확보" set right of the ㅇ) is the
    bullet's text; a box the same way before unmarked lines starts a chart (a figure)."""
    lines = lines_of(
        "Ⅵ. 현안", "□ 현안 및 대책", "ㅇ 국비 확보", "공모사업 선정 이점 확보", "ㅇ 방식 결정",
        "□ 체계도", "ㅇ 조직도", "복지국", "복지정책과", "노인복지과", "□ 향후계획",
    )  # fmt: skip
    indents = {1: 40.0, 2: 51.0, 3: 63.0, 4: 100.0, 5: 63.0, 6: 51.0, 7: 63.0, 8: 100.0,
               9: 70.0, 10: 200.0, 11: 51.0}  # fmt: skip
    outline = build_outline(
        lines, box_of={4: 1, 8: 2}, indents=indents, box_left={1: 95.0, 2: 95.0},
        continues=lambda node, ln: False,
    )  # fmt: skip
    nodes = {n.title: n for n in outline.nodes}
    assert nodes["국비 확보"].text == "국비 확보 공모사업 선정 이점 확보"
    assert nodes["방식 결정"].parent is nodes["현안 및 대책"]
    assert [n.kind for n in nodes["조직도"].children] == ["figure"]
    assert nodes["조직도"].text == "조직도"


@st.composite
def outlines(draw: st.DrawFn) -> list[tuple[int, str]]:
    """(level, text) items: a random tree under two top headings."""
    items: list[tuple[int, str]] = []
    for h in range(2):
        items.append((0, f"제목{h}"))
        level = 0
        for i in range(draw(st.integers(1, 8))):
            level = draw(st.integers(1, min(level + 1, 3)))
            items.append((level, f"항목{h}{i} 내용"))
    return items


GLYPHS = ["□", "○", "-", "·", "ㅇ", "◇", "■", "▸"]


def render(items: list[tuple[int, str]], glyphs: list[str], split: frozenset[int]) -> list[str]:
    out: list[str] = []
    for n, (level, text) in enumerate(items):
        if level == 0:
            marker = "ⅠⅡ"[len([1 for lv, _ in items[:n] if lv == 0])] + "."
        else:
            marker = glyphs[level - 1]
        if n in split:
            out += [marker, text]
        else:
            out.append(f"{marker} {text}")
    return out


@given(
    outlines(),
    st.permutations(GLYPHS),
    st.sets(st.integers(0, 30)),
)
def test_splitting_markers_or_changing_glyphs_keeps_the_tree(
    items: list[tuple[int, str]], glyphs: list[str], split: set[int]
) -> None:
    base = [(d, t) for d, _, t in tree(render(items, ["□", "○", "-"], frozenset()))]
    other = [(d, t) for d, _, t in tree(render(items, glyphs[:3], frozenset(split)))]
    assert other == base
    assert [d for d, _ in base] == [level + 1 for level, _ in items]


def test_a_table_of_contents_is_not_the_body() -> None:
    shape = tree(["목 차", "Ⅰ. 일반현황 ········ 1", "Ⅱ. 추진계획 ········ 3",
                  "Ⅰ. 일반현황", "□ 조직", "Ⅱ. 추진계획", "□ 과제"])  # fmt: skip
    kinds = [k for _, k, _ in shape]
    assert kinds == ["contents", "roman", "bullet:□", "roman", "bullet:□"]


def test_contents_end_at_the_first_heading_past_their_pages() -> None:
    """Entries whose numerals the text layer lost ("a. 기본현황 1" for "Ⅰ. 기본현황 1":
    a PDF run through Ghostscript) are no headings to meet again in the body: the body
    starts at the first heading on a page after the contents' own, not at the appendix
    whose entry was the first one read as a heading."""
    texts = ["보고순서", "a. 기본현황 1", "b. 주요업무계획 3", "붙임 1. 행사 일정 9",
             "Ⅰ. 기본현황", "□ 조직", "Ⅱ. 주요업무계획", "□ 과제",
             "붙임 1. 행사 일정", "□ 행사"]  # fmt: skip
    pages = [1, 1, 1, 1, 2, 2, 3, 3, 9, 9]
    lines = [ln._replace(page=p) for ln, p in zip(lines_of(*texts), pages, strict=True)]
    tops = build_outline(lines).root.children
    assert [(n.kind, " ".join(n.title.split())) for n in tops] == [
        ("contents", "보고순서"), ("heading", "기본현황"), ("heading", "주요업무계획"),
        ("appendix", "행사 일정"),
    ]  # fmt: skip
    # ... and where the body's chapters are lettered as well, at the first of them
    texts[4], texts[6] = "a. 기본현황", "b. 주요업무계획"
    lines = [ln._replace(page=p) for ln, p in zip(lines_of(*texts), pages, strict=True)]
    tops = build_outline(lines).root.children
    assert [(n.kind, n.lines[0].no) for n in tops] == [
        ("contents", 1), ("item", 5), ("item", 7), ("appendix", 9),
    ]  # fmt: skip


@pytest.mark.parametrize("tab", sorted(REFERENCE_TABS))
def test_a_reference_tab_opens_a_part_of_the_item_it_stands_in(tab: str) -> None:
    """"참고" alone over a title (a 여성가족국 plan, page 39): the reference page belongs
    to the numbered item, not to the last bullet of its last block; the next item closes
    it; it is marked a reference (what it states is the item's again, no sub-project)."""
    shape = tree(["Ⅰ. 주요현안", "1. 수련원 활성화 추진", "□ 향후계획", "ㅇ ’25. 1. 정책연구용역",
                  "ㅇ ’28. 2. 설계공모", tab, "수련원 zone 구성(안)", "ㅇ 사업비 : 약 900억원",
                  "2. 여성회관 재건축", "□ 사업개요"])  # fmt: skip
    assert [(d, k) for d, k, _ in shape] == [
        (1, "roman"), (2, "num.dot"), (3, "bullet:□"), (4, "bullet:ㅇ"), (4, "bullet:ㅇ"),
        (3, "title"), (4, "bullet:ㅇ"), (2, "num.dot"), (3, "bullet:□"),
    ]
    texts = ["Ⅰ. 주요현안", "1. 추진", "□ 향후계획", "ㅇ 용역", tab, "zone 구성(안)", "ㅇ 사업비"]
    nodes = build_outline(lines_of(*texts), titles=NO_TITLES).nodes
    assert [n.is_reference for n in nodes] == [False] * 4 + [True, False]
    assert nodes[4].title == "zone 구성(안)" and nodes[4].lines[0].text == tab


# --- tables ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [("16,167", True), ("80 / 85", True), ("△28.3%", True), ("-", True), ("2,553대", True),
     ("11.6조", True), ("3급", False), ("관광정책과", False), ("2024년도말 조성액", False),
     ("1과장", False), ("2025년 3월", False)],
)  # fmt: skip
def test_is_value(text: str, value: bool) -> None:
    assert is_value(text) is value


@pytest.mark.parametrize("word", sorted(ORG_UNIT_WORDS))
def test_a_count_of_units_is_a_figure_of_a_table(word: str) -> None:
    """A cell counting organisation units ("2청", "14과") is a figure, not a row label."""
    assert is_unit_count(f"2{word}") and is_unit_count(f"1{word} 12 {word}")
    assert not is_unit_count(f"{word}장") and not is_unit_count(f"1{word}장")
    g = grid([["구분", "본청", "지원청"], ["구성", f"3{word} 14과", f"2{word}"]], {})
    (table,) = build_tables([g], [Line(1, "x", "x"), Line(2, "x", "x")])
    assert table.row_header_cols == 1


@pytest.mark.parametrize(
    ("line", "declared"),
    [("2026. 1. 1. 기준, [단위: 명]", "[단위: 명]"),
     ("2026. 1. 1. 기준(유치원은 ’25.10.1.) [단위: 교, 학급, 명]", "[단위: 교, 학급, 명]"),
     ("(’25. 1. 19. 기준, 단위: 명)", "(’25. 1. 19. 기준, 단위: 명)"),
     ("(단위 : 천명, ( )인구수 대비 백분율)", "(단위 : 천명, ( )인구수 대비 백분율)")],
)  # fmt: skip
def test_the_unit_is_the_bracket_that_declares_it(line: str, declared: str) -> None:
    assert unit_declaration(line) == declared


@pytest.mark.parametrize(
    ("caption", "money", "count", "as_of"),
    [
        ("(단위: 백만원)", "백만원", None, None),
        ("(단위: 천원, %)", "천원", None, None),
        ("(’25. 1. 19. 기준, 단위: 명)", None, "명", "2025-01-19"),
        ("(2025. 1. 1. 기준, 단위: 명)", None, "명", "2025-01-01"),
        ("(단위 : 억원)", "억원", None, None),
        ("(‘24. 12. 31. 기준, 단위: 개소)", None, "개소", "2024-12-31"),
        # a month's reference date is its last day; parts split by slashes too
        ("(기준 : ’24. 12.)", None, None, "2024-12-31"),
        ("(2021. 12. 현재 기준, 단위: 명)", None, "명", "2021-12-31"),
        ("(’25. 1. 1. 기준 / 단위: 명)", None, "명", "2025-01-01"),
        ("(’24. 1.~12. 기준)", None, None, None),  # a span of months: no one date
        # the end of a month is its last day; 기준일 is one word; angle brackets
        ("(’21. 1월말 기준, 단위: 명)", None, "명", "2021-01-31"),
        ("(기준일: 2021. 1. 31.)", None, None, "2021-01-31"),
        ("<단위: 백만원>", "백만원", None, None),
        ("〈’25. 1. 1. 기준, 단위 : 명〉", None, "명", "2025-01-01"),
        ("‹’21. 1. 31. 기준›", None, None, "2021-01-31"),
        ("［단위: 천원］", "천원", None, None),
    ],
)
def test_caption(caption: str, money: str | None, count: str | None, as_of: str | None) -> None:
    assert read_unit(caption) == (money, count)
    got = read_as_of(caption)
    assert (got.isoformat() if got else None) == as_of


def grid(rows: list[list[str | None]], spans: dict[tuple[int, int], tuple[int, int]]) -> Grid:
    """A grid from rows of texts; None marks a position a merged cell covers."""
    cells = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text is None:
                continue
            rs, cs = spans.get((r, c), (1, 1))
            cells.append(Cell(r, c, rs, cs, (text,) if text else (), (r + 1,), 1))
    return Grid(cells, len(rows), len(rows[0]))


#: a cell's two lines as printed, what the document writes elsewhere, and the cell's text
WRAPPED_CELLS = [
    # 사회복지국 p41: a narrow cell wraps inside a name the report writes whole elsewhere
    (("장애인가족지원센", "터 운영"), "장애인가족지원센터는 돕는다", "장애인가족지원센터 운영"),
    (("문화체육", "관광부"), "문화체육관광부 공모", "문화체육관광부"),
    # ... but between two words where the report never writes them as one
    (("다이룸자활센터", "관리·운영"), "다이룸자활센터 관리·운영 지원", "다이룸자활센터 관리·운영"),
    # ... or where it writes them both ways (the sample: "‘전문가토론회’", "전문가 토론회")
    (("전문가", "토론회"), "‘전문가토론회’ ·전문가 토론회 개최", "전문가 토론회"),
    # ... with a particle after them ("전문가 토론회를"), and a one-letter word after it
    (("전문가", "토론회 개최"), "‘전문가토론회’ 전문가 토론회를 열고", "전문가 토론회 개최"),
    (("장애인가족지원센", "터 및 운영"), "장애인가족지원센터는", "장애인가족지원센터 및 운영"),
    # ... and beside a letter-spaced word (its letters are no word of the report's)
    (("공공기관", "담 당 관"), "공공기관담당관", "공공기관 담 당 관"),
]


def test_contents_over_two_pages_go_on_past_an_entry_without_its_page() -> None:
    """A contents page that goes on over the next, its sub-entries without page numbers
    ("3. 교통 혁신" on page 3 before "Ⅲ. 현안사항 …… 30"): the body starts at page 4."""
    texts = ["목 차", "Ⅰ. 일반현황 ······ 1", "1. 조직", "Ⅱ. 추진계획 ······ 5", "3. 교통 혁신",
             "Ⅲ. 현안사항 ······ 30", "Ⅰ. 일반현황", "□ 조직", "Ⅱ. 추진계획", "□ 과제",
             "Ⅲ. 현안사항", "□ 현안"]  # fmt: skip
    pages = [2, 2, 2, 2, 3, 3, 4, 4, 5, 5, 30, 30]
    lines = [ln._replace(page=p) for ln, p in zip(lines_of(*texts), pages, strict=True)]
    tops = build_outline(lines).root.children
    assert [(n.kind, n.lines[0].no) for n in tops] == [
        ("contents", 1), ("heading", 7), ("heading", 9), ("heading", 11),
    ]  # fmt: skip


def test_latin_letters_number_a_list_only_from_a_then_b() -> None:
    """"Q. 지원 대상은?" / "A. 만 19세 청년" under a bullet are its text, not a list (no
    "B." follows "A."); "a. 기본 현황", "b. …" are."""
    shape = tree(["1. 청년 일자리 확대", "ㅇ 자주 묻는 질문", "Q. 지원 대상은 누구인가요?",
                  "A. 부산 거주 만 19~39세 청년", "2. 주거 지원 강화"])  # fmt: skip
    assert [k for _, k, _ in shape] == ["num.dot", "bullet:ㅇ", "num.dot"]
    shape = tree(["a. 기본 현황", "□ 조직", "b. 주요업무계획", "□ 과제"])
    assert [(d, k) for d, k, _ in shape] == [
        (1, "latin.dot"), (2, "bullet:□"), (1, "latin.dot"), (2, "bullet:□"),
    ]  # fmt: skip


@pytest.mark.parametrize(("lines", "elsewhere", "text"), WRAPPED_CELLS)
def test_a_cell_wrapped_inside_a_word_the_document_writes_whole_is_one_word(
    lines: tuple[str, str], elsewhere: str, text: str
) -> None:
    """A PDF (Hancom's) draws no space at a wrap, inside a word or between two: the words
    the document writes elsewhere say which.  A file's paragraphs (HWPX) are the
    author's, never a wrap: they stay apart."""
    g = Grid([Cell(0, 0, 1, 1, ("구 분",), (1,), 1), Cell(0, 1, 1, 1, ("건수",), (1,), 1),
              Cell(1, 0, 1, 1, lines, (2, 3), 1), Cell(1, 1, 1, 1, ("12",), (2,), 1)], 2, 2)
    doc = [Line(1, "구 분 건수", "구 분 건수"), Line(2, lines[0] + " 12", lines[0] + " 12"),
           Line(3, lines[1], lines[1]), Line(4, elsewhere, elsewhere)]  # fmt: skip
    (table,) = build_tables([g], doc, wrapped=True)
    assert table.at(1, 0) is not None and table.at(1, 0).text == text
    (table,) = build_tables([g], doc)
    assert table.at(1, 0) is not None and table.at(1, 0).text == " ".join(lines)


@pytest.mark.parametrize("boxed", [False, True])
def test_a_table_drawn_in_a_cell_is_not_the_cells_text_too(boxed: bool) -> None:
    """관광마이스국 p40: the 사업내용 cell of a 공모사업 holds its facts and a table of its
    budget; the budget is a table of its own, so its figures are not the cell's text too
    (they were read twice).  A box drawn in a cell (a name boxed) is the cell's text."""
    inner = (
        Grid([Cell(0, 0, 1, 1, ("예산 5,600",), (4,), 1)], 1, 1)
        if boxed
        else Grid([Cell(0, 0, 1, 1, ("구 분",), (4,), 1), Cell(0, 1, 1, 1, ("총사업비",), (4,), 1),
                   Cell(1, 0, 1, 1, ("계",), (5,), 1), Cell(1, 1, 1, 1, ("5,600",), (5,), 1)],
                  2, 2)
    )  # fmt: skip
    paragraphs = ("• 사 업 명 : 야간관광", "• 총사업비 :", *(
        ("예산 5,600",) if boxed else ("구 분 총사업비", "계 5,600")), "• 사업효과 : 체류형")
    lines = (2, 3, 4, 6) if boxed else (2, 3, 4, 5, 6)
    outer = Grid([Cell(0, 0, 1, 1, ("연번",), (1,), 1), Cell(0, 1, 1, 1, ("사업내용",), (1,), 1),
                  Cell(1, 0, 1, 1, ("1",), (2,), 1),
                  Cell(1, 1, 1, 1, paragraphs, lines, 1, (inner,))], 2, 2)  # fmt: skip
    tables = build_tables([outer], [Line(n, "x", "x") for n in range(1, 7)])
    cell = next(c for c in tables[0].cells if c.row == 1 and c.col == 1)
    assert ("5,600" in cell.text) is boxed
    assert cell.text.startswith("• 사 업 명 : 야간관광") and cell.text.endswith("체류형")
    assert len(tables) == (1 if boxed else 2)
    # the budget table says which cell it is drawn in
    assert [t.parent for t in tables] == ([None] if boxed else [None, (1, 1, 1)])


def _page_of_projects(page: int, first: int) -> Grid:
    """A page of a table of projects (연번 | 사업명 | 사업내용), the header repeated, each
    project's budget drawn as a table of its own inside its 사업내용 cell."""
    no = first
    cells = [Cell(0, 0, 1, 1, ("연번",), (no,), page), Cell(0, 1, 1, 1, ("사업명",), (no,), page),
             Cell(0, 2, 1, 1, ("사업내용",), (no,), page)]  # fmt: skip
    for r in (1, 2):
        no += 3
        budget = Grid([Cell(0, 0, 1, 1, ("구 분",), (no + 1,), page),
                       Cell(0, 1, 1, 1, ("총사업비",), (no + 1,), page),
                       Cell(1, 0, 1, 1, ("국비",), (no + 2,), page),
                       Cell(1, 1, 1, 1, ("40",), (no + 2,), page)], 2, 2, page_start=page,
                      page_end=page)  # fmt: skip
        own = (no, no + 1, no + 2)
        cells += [Cell(r, 0, 1, 1, (str(page * 10 + r),), (no,), page),
                  Cell(r, 1, 1, 1, ("공모사업",), (no,), page),
                  Cell(r, 2, 1, 1, ("사업개요",), own, page, (budget,))]  # fmt: skip
    return Grid(cells, 3, 3, page_start=page, page_end=page, bbox=(50.0, 80.0, 540.0, 700.0))


def test_a_table_with_tables_in_its_cells_continues_on_the_next_page() -> None:
    """사회복지국 p45-47: the table of projects goes on over three pages, each project's
    budget a table in its cell; the outer pages are one table, the budgets their own."""
    pages = [_page_of_projects(45, 1), _page_of_projects(46, 10)]
    lines = [Line(n, "x", "x", 45 if n < 10 else 46) for n in range(1, 19)]
    tables = build_tables(pages, lines)
    outer = [t for t in tables if len(t.grids) > 1]
    assert len(outer) == 1 and [g.page_start for g in outer[0].grids] == [45, 46]
    assert outer[0].n_rows == 5  # the header once, two projects a page
    assert len(tables) == 1 + 4  # and the four budgets
    # each in its project's 사업내용 cell, the rows counted over both pages
    assert [t.parent for t in tables if t is not outer[0]] == [
        (outer[0].id, row, 2) for row in (1, 2, 3, 4)
    ]


@pytest.mark.parametrize("when", ["2024. 7.25.", "2024. 9.26. ~ 2024. 9.27."])
def test_a_row_of_days_is_a_body_row(when: str) -> None:
    """민간위탁 감사 결과: rows of text whose days say when each audit was ("2024. 7.25.")
    are the body under one header row, though no cell holds a figure."""
    g = grid(
        [
            ["소관 부서", "사업명", "감사 기간", "지적사항", "비 고"],
            ["여 성 가족과", "여성인력개발 센터 운영", when, "·지출 증빙자료 누락", "정기감사"],
            [None, "동구여성인력개발 센터", "2024. 7.19.", "·센터 운영규정 미비", "정기감사"],
            ["출 산 보육과", "으뜸어린이집 운영", "2024.10.14.", "·정보공시 관리 소홀", "정기감사"],
        ],
        {(1, 0): (2, 1)},
    )
    lines = [Line(n, "x", "x", 1) for n in range(1, 5)]
    (table,) = build_tables([g], lines)
    assert table.header_rows == 1
    paths = {(c.row, c.col): c.col_header for c in table.body()}
    assert paths[(2, 2)] == "감사 기간"


@pytest.mark.parametrize(
    ("rows", "head"),
    [  # a first row of short labels over text: the header
     ([["구분", "내용", "비고"], ["교육", "캠퍼스 운영", "신규"]], 1),
     # ... but not a first row shaped as the rows below it (대전교육청 수상 목록)
     ([["평가 최우수", "3년 연속", "★★★"], ["재정 분석 최우수", "6년 연속", "★★★★★★"],
       ["감사 최우수기관", "2년 연속", "★★"]], 0),
     # years and a range of years over each year's tasks and budget (국립국어원 p27)
     ([["2023", "2024", "2025~2027"], ["◆ 과제 구축", "◆ 자료 구축", "◆ 시스템 개발"],
       ["2,070백만 원", "2,070백만 원", "5,400백만 원"]], 1),
     # ... but dated body rows, and ranges of years in the body, are the body's
     ([["일자", "추진내용", "사업비"], ["2023.3.", "기본계획 수립", ""],
       ["2024.11.", "실시설계", ""], ["2025.12.", "착공", "300"]], 1),
     ([["구 분", "1단계", "2단계"], ["기 간", "2025~2026", "2027~2030"],
       ["사업비", "100", "200"]], 1)],
)  # fmt: skip
def test_a_first_row_of_text_is_a_header_unless_shaped_as_the_body(
    rows: list[list[str | None]], head: int
) -> None:
    (table,) = build_tables([grid(rows, {})], [Line(n, "x", "x") for n in range(1, 5)])
    assert table.header_rows == head


@pytest.mark.parametrize("drawn_in_the_cell", [False, True])
def test_a_box_inside_a_cell_is_the_cells_text(drawn_in_the_cell: bool) -> None:
    """대전교육청's directory: a name in the cell, a note under it in a box of its own
    (HWPX: a 1x1 table inside the cell); the note is the cell's text, in reading order,
    and its line the cell's.  A PDF cell's paragraphs hold what is drawn inside it
    already: not twice."""
    note = Grid([Cell(0, 0, 1, 1, ("과학교육 실시",), (4,), 1)], 1, 1)
    own = ("대전교육과학연구원", "https://desre.djsch.kr")
    paragraphs, lines = (*own, "과학교육 실시") if drawn_in_the_cell else own, (2, 3, 4)
    cells = [Cell(0, 0, 1, 1, ("기관명",), (1,), 1), Cell(0, 1, 1, 1, ("비고",), (1,), 1),
             Cell(1, 0, 1, 1, paragraphs, lines[: len(paragraphs)], 1, (note,)),
             Cell(1, 1, 1, 1, ("직속기관",), (5,), 1)]  # fmt: skip
    g = Grid(cells, 2, 2)
    (table,) = build_tables([g], [Line(n, "x", "x") for n in range(1, 6)])
    cell = next(c for c in table.cells if c.row == 1 and c.col == 0)
    assert cell.text == "대전교육과학연구원 https://desre.djsch.kr 과학교육 실시"
    assert cell.lines == (2, 3, 4)


@pytest.mark.parametrize(
    "rows",
    [  # an empty column between the labels and the body (대전교육청 정책 방향 | | 핵심 과제)
     [["정책 방향", "", "핵심 과제"], ["➊ 창의융합교육", "", "1-1. 인성교육 1-2. 융합교육"],
      ["➋ 혁신교육", "", "2-1. 교육과정 2-2. 교육공동체"]],
     # ... under a row of the header's own
     [["정책 방향", "", "핵심 과제"], ["", "", ""], ["➊ 창의융합교육", "", "1-1. 인성교육"],
      ["➋ 혁신교육", "", "2-1. 교육과정"]]],
)  # fmt: skip
def test_empty_columns_after_the_labels_are_no_row_headers(rows: list[list[str | None]]) -> None:
    (table,) = build_tables([grid(rows, {})], [Line(n, "x", "x") for n in range(1, 5)])
    assert table.row_header_cols == 1


def test_two_header_rows_and_a_row_header() -> None:
    """기금현황: 2025년도 조성계획 spans 수입/지출/증감; 기금명 spans both header rows."""
    g = grid(
        [
            ["기 금 명", "2024년도말 조성액", "2025년도 조성계획", None, None, "2025년도말 조성액"],
            [None, None, "수 입", "지 출", "증 감", None],
            ["관광기금", "6,147", "3,263", "0", "3,263", "9,410"],
        ],
        {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 3), (0, 5): (2, 1)},
    )
    lines = [Line(n, "x", "x", 1) for n in range(1, 4)]
    (table,) = build_tables([g], lines)
    assert (table.header_rows, table.row_header_cols) == (2, 1)
    paths = {(c.row, c.col): (c.text, c.row_header, c.col_header) for c in table.body()}
    assert paths[(2, 2)] == ("3,263", "관광기금", "2025년도 조성계획 / 수 입")
    assert paths[(2, 4)] == ("3,263", "관광기금", "2025년도 조성계획 / 증 감")
    assert paths[(2, 1)] == ("6,147", "관광기금", "2024년도말 조성액")
    assert paths[(2, 5)] == ("9,410", "관광기금", "2025년도말 조성액")


@pytest.mark.parametrize(
    ("rows", "spans", "want"),
    [
        # 증감(B-A) printed over its first column only; % under the empty place beside it
        ([["구 분", "2021년(A)", "2022년(B)", "증감(B-A)", ""], [None, None, None, None, "%"],
          ["계", "1,125", "1,128", "3", "0.27"]],
         {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (2, 1)},
         {"3": "증감(B-A)", "0.27": "증감(B-A) / %"}),
        # an empty place with nothing under it stays empty
        ([["구 분", "예산", ""], ["계", "10", "비고 없음"]], {}, {"비고 없음": ""}),
    ],
)  # fmt: skip
def test_a_group_label_covers_the_empty_header_beside_it(
    rows: list[list[str | None]], spans: dict[tuple[int, int], tuple[int, int]],
    want: dict[str, str],
) -> None:  # fmt: skip
    (table,) = build_tables([grid(rows, spans)], [Line(n, "x", "x") for n in (1, 2, 3)])
    got = {c.text: c.col_header for c in table.body()}
    assert {k: got[k] for k in want} == want


def test_a_cell_merged_over_rows_has_each_rows_header() -> None:
    """비고 "신축 이전" merged over the rows of three districts stands in each of them."""
    g = grid(
        [["구 분", "사업비", "비고"], ["영도구", "10", "신축 이전"], ["연제구", "20", None],
         ["동래구", "30", None], ["사하구", "40", "완료"]],
        {(1, 2): (3, 1)},
    )  # fmt: skip
    (table,) = build_tables([g], [Line(n, "x", "x") for n in range(1, 6)])
    cells = {c.text: c.row_header for c in table.body()}
    assert cells["신축 이전"] == "영도구 / 연제구 / 동래구"
    assert (cells["완료"], cells["20"]) == ("사하구", "연제구")


def test_a_label_drawn_split_off_the_empty_cell_left_of_it_heads_the_rows_set_in() -> None:
    """기획조정실 p6: "기 타 특 별 회 계" is drawn in the second column with an empty cell
    left of it (its sibling "공 기 업 특 별 회 계" spans both); the accounts under it are
    set in under one empty cell over their rows: they are its parts, as 상수도사업 is
    공기업특별회계's.  Rows each with an empty cell of their own are siblings."""
    rows: list[list[str | None]] = [
        ["회 계 별", None, None, "2025년"],
        ["특 별 회 계", None, None, "33,632"],
        ["", "공 기 업 특 별 회 계", None, "8,718"],
        [None, "", "상 수 도 사 업", "4,560"],
        [None, None, "하 수 도 사 업", "4,158"],
        [None, "", "기 타 특 별 회 계", "24,914"],
        [None, "", "의 료 급 여 기 금", "12,077"],
        [None, None, "교 통 사 업", "797"],
    ]
    spans = {(0, 0): (1, 3), (1, 0): (1, 3), (2, 0): (6, 1), (2, 1): (1, 2), (3, 1): (2, 1),
             (6, 1): (2, 1)}  # fmt: skip
    (table,) = build_tables([grid(rows, spans)], [Line(n, "x", "x") for n in range(1, 9)])
    got = {c.text: c.row_header for c in table.body()}
    assert got["12,077"] == "특 별 회 계 / 기 타 특 별 회 계 / 의 료 급 여 기 금"
    assert got["797"] == "특 별 회 계 / 기 타 특 별 회 계 / 교 통 사 업"
    assert got["4,560"] == "특 별 회 계 / 공 기 업 특 별 회 계 / 상 수 도 사 업"
    assert got["24,914"] == "특 별 회 계 / 기 타 특 별 회 계"


@pytest.mark.parametrize("merged", [True, False])
def test_rows_set_in_under_a_label_over_both_header_columns_are_its_parts(merged: bool) -> None:
    """예산: "특 별 회 계" spans both 구분 columns; the rows under it leave the first one
    empty (one cell over them, or one each), a bracket: they are its parts.  A row label
    over both columns after them ("기 금") is no part of it."""
    rows: list[list[str | None]] = [
        ["구 분", None, "2025년도", "증 감"],
        ["일 반 회 계", None, "7,361", "2,455"],
        ["특 별 회 계", None, "3,392", "239"],
        ["", "교통사업특별회계", "796", "37"],
        [None if merged else "", "광역교통시설특별회계", "94", "△56"],
        ["기 금", None, "50", "1"],
    ]
    spans = {(0, 0): (1, 2), (1, 0): (1, 2), (2, 0): (1, 2), (5, 0): (1, 2)}
    if merged:
        spans[(3, 0)] = (2, 1)
    (table,) = build_tables([grid(rows, spans)], [Line(n, "x", "x") for n in range(1, 7)])
    assert table.row_header_cols == 2
    got = {c.text: c.row_header for c in table.body()}
    assert got["△56"] == "특 별 회 계 / 광역교통시설특별회계"
    assert got["37"] == "특 별 회 계 / 교통사업특별회계"
    assert (got["239"], got["2,455"], got["50"]) == ("특 별 회 계", "일 반 회 계", "기 금")


def test_a_bracket_group_ends_with_its_merged_cell_and_needs_an_empty_left() -> None:
    """Under 특별회계: 공기업특별회계 over two columns, its parts set in under a merged empty
    cell; 기타특별회계 after that cell is 특별회계's again.  A row with a label left of the
    empty place (본청) and a total's label (합계) over it take no bracket."""
    rows: list[list[str | None]] = [
        ["구 분", None, None, "예산"],
        ["특 별 회 계", None, None, "20"],
        ["", "공기업특별회계", None, "10"],
        [None, "", "상수도사업", "6"],
        [None, None, "하수도사업", "4"],
        [None, "", "기타특별회계", "10"],
        ["합 계", None, None, "100"],
        ["본 청", "", "국 장", "30"],
    ]
    spans = {(0, 0): (1, 3), (1, 0): (1, 3), (2, 0): (4, 1), (2, 1): (1, 2), (3, 1): (2, 1),
             (6, 0): (1, 3)}  # fmt: skip
    (table,) = build_tables([grid(rows, spans)], [Line(n, "x", "x") for n in range(1, 9)])
    got = {c.text: c.row_header for c in table.body()}
    assert got["6"] == "특 별 회 계 / 공기업특별회계 / 상수도사업"
    assert got["10"] in ("특 별 회 계 / 공기업특별회계", "특 별 회 계 / 기타특별회계")
    assert [c.row_header for c in table.body() if c.row == 5] == ["특 별 회 계 / 기타특별회계"]
    assert got["30"] == "본 청 / 국 장"


def test_a_staffing_table_without_a_unit_counts_people() -> None:
    rows: list[list[str | None]] = [
        ["구 분", "계", "5급"], ["정 원", "149", "25"], ["현 원", "149", "24"],
    ]  # fmt: skip
    g = grid(rows, {})
    lines = [Line(n, "x", "x", 1) for n in range(1, 4)]
    (table,) = build_tables([g], lines)
    assert (table.currency_unit, table.count_unit) == (None, "명")
    other = grid([["구 분", "계"], ["세 입", "16,167"]], {})
    (plain,) = build_tables([other], lines[:2])
    assert plain.count_unit is None


def test_the_caption_above_gives_the_unit() -> None:
    text = "ㅇ 예산\n(단위: 백만원)\n구 분 계 관광정책과 국제협력과\n세 입 16,167 6,335 9,832\n"
    doc = read_bytes(text.encode(), "x.txt")
    (table,) = layout(doc).tables
    assert (table.currency_unit, table.unit_raw, table.inferred) == (
        "백만원",
        "(단위: 백만원)",
        True,
    )
    cell = next(c for c in table.body() if c.text == "6,335")
    assert (cell.row_header, cell.col_header) == ("세 입", "관광정책과")


@pytest.mark.parametrize("caption", ["(기준:’23.12.)", "(기준 : ’23. 12.)", "(’23. 12. 기준)"])
def test_a_date_caption_above_a_table_is_its_caption(caption: str) -> None:
    """교통혁신국 p6: "(기준:’23.12.)" set right over the 수송분담률 table is its caption (its
    date), not a wrapped line of the bullet above; "선정기준: …" is no caption."""
    text = f"ㅇ 수송분담률\n{caption}\n구 분 계 버스 도시철도\n분담률 100 30 20\n"
    (table,) = layout(read_bytes(text.encode(), "x.txt")).tables
    assert (table.caption, table.as_of) == (caption, date(2023, 12, 31))
    assert not is_caption(Line(1, "선정기준: 소득 50% 이하", "선정기준: 소득 50% 이하"))


@pytest.mark.parametrize(
    ("heading", "as_of", "unit_raw"),
    [("□ 인력 : 정원 84명 / 현원 90명 (‘25. 1. 1. 기준)", date(2025, 1, 1), None),
     ("□ 인력 현황 (단위 : 명)", None, "(단위 : 명)"),
     # after the heading's pointer, with no bracket; letter-spaced, a unit after it
     ("□ 기  금 ▷ ’25. 1. 1. 기준", date(2025, 1, 1), None),
     ("□ 일반·특별회계 ▷   ’ 2 5 .   1 .  1  .  기  준      (단위 : 백만원)",
      date(2025, 1, 1), "(단위 : 백만원)"),
     ("□ 인력 현황 : 2024. 12. 31. 현재", date(2024, 12, 31), None),
     # a date that is the heading's own text, not where its figures stand; a time
     ("□ 추진일정 : ’25. 3. 착공", None, None),
     ("□ 집계 : 14:00 기준", None, None),
     ("□ 기금 ⇒ ′25. 1. 1. 기준", date(2025, 1, 1), None)],
)  # fmt: skip
def test_the_heading_line_above_gives_the_date_or_the_unit(
    heading: str, as_of: date | None, unit_raw: str | None
) -> None:
    """A heading line that ends in the date its figures stand at, or in their unit, is
    the table's caption as far as that goes; the line stays in the outline."""
    text = f"{heading}\n구 분 계 복지정책과 노인복지과\n정 원 84 37 26\n현 원 90 39 28\n"
    doc = read_bytes(text.encode(), "x.txt")
    (table,) = layout(doc).tables
    assert (table.as_of, table.unit_raw) == (as_of, unit_raw)


def test_the_heading_gives_the_date_and_the_line_under_it_the_unit() -> None:
    """"□ 기  금 ▷ ’25. 1. 1. 기준" over "(단위 : 백만원)" over the table (사회복지국 p5)."""
    text = ("□ 기  금 ▷ ’25. 1. 1. 기준\n(단위 : 백만원)\n구 분 계 복지기금 장애인기금\n"
            "수 입 900 600 300\n지 출 700 500 200\n")  # fmt: skip
    (table,) = layout(read_bytes(text.encode(), "x.txt")).tables
    assert (table.as_of, table.unit_raw, table.currency_unit) == (
        date(2025, 1, 1), "(단위 : 백만원)", "백만원",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("above", "below", "caption", "unit_raw"),
    [  # a bracketed title over the table (nikl p20), over its unit line too
     (["<국립국어원 국어사전 현황>"], [], "<국립국어원 국어사전 현황>", None),
     (["《 부서별 예산 현황 》", "(단위: 백만원)"], [],
      "《 부서별 예산 현황 》 (단위: 백만원)", "(단위: 백만원)"),
     # its source under it (여성가족국 p8), in a bracket or after 자료
     ([], ["(통계청 : 부산지역 고용률)"], "(통계청 : 부산지역 고용률)", None),
     (["(단위: 명)"], ["자료: 통계청"], "(단위: 명) 자료: 통계청", "(단위: 명)"),
     # not a title: two brackets, an empty one, a marker; not a source: a bracket without
     # a colon (a division), text that goes on
     (["<기초> <심화>"], ["(사회혁신담당관)"], None, None),
     (["【  】"], ["○ 통계청 : 고용률 조사"], None, None)],
)  # fmt: skip
def test_a_title_over_a_table_and_its_source_under_it(
    above: list[str], below: list[str], caption: str | None, unit_raw: str | None
) -> None:
    """A line that is one bracketed title right over a table is its title; a line right
    under it that names a source is its note: both are the table's caption, not residue."""
    rows = [["구 분", "2023년", "2024년"], ["고용률", "56.1%", "57.2%"]]
    texts = ["□ 고용 현황", *above, "구 분 2023년 2024년", "고용률 56.1% 57.2%", *below]
    first = 2 + len(above)
    g = grid(rows, {})
    g = Grid([Cell(c.row, c.col, 1, 1, c.paragraphs, (first + c.row,), None) for c in g.cells],
             g.n_rows, g.n_cols)  # fmt: skip
    lines = [Line(n, t, t, 1) for n, t in enumerate(texts, start=1)]
    (table,) = build_tables([g], lines)
    assert (table.caption, table.unit_raw) == (caption, unit_raw)


def test_a_unit_line_between_two_tables_is_the_next_ones() -> None:
    """"(단위 : 천원)" under one table and over the next is the next one's unit, no source;
    a title between a heading that declares the unit and its table keeps that unit."""
    rows = [["구 분", "예산"], ["사업비", "1,000"]]

    def at(first: int) -> Grid:
        g = grid(rows, {})
        return Grid([Cell(c.row, c.col, 1, 1, c.paragraphs, (first + c.row,), None)
                     for c in g.cells], g.n_rows, g.n_cols)  # fmt: skip

    texts = ["(단위 : 백만원)", "구 분 예산", "사업비 1,000", "(단위 : 천원)", "구 분 예산",
             "사업비 1,000"]  # fmt: skip
    lines = [Line(n, t, t, 1) for n, t in enumerate(texts, start=1)]
    one, two = build_tables([at(2), at(5)], lines)
    assert (one.currency_unit, two.currency_unit) == ("백만원", "천원")
    texts = ["□ 예산 현황 (단위: 백만원)", "< 세 입 >", "구 분 예산", "사업비 1,000"]
    lines = [Line(n, t, t, 1) for n, t in enumerate(texts, start=1)]
    (table,) = build_tables([at(3)], lines)
    assert (table.caption, table.currency_unit) == ("< 세 입 >", "백만원")


def test_tables_side_by_side_in_a_box_share_its_caption() -> None:
    """재정 현황 [단위: 억원] over one box holding [세입] and [세출] side by side."""

    def numbered(rows: list[list[str]], first: int) -> Grid:
        g = grid(list(rows), {})
        cells = [Cell(c.row, c.col, 1, 1, c.paragraphs, (first + c.row,), None) for c in g.cells]
        return Grid(cells, g.n_rows, g.n_cols)

    revenue = numbered([["구 분", "예산액"], ["중앙정부", "23,841"], ["합 계", "29,141"]], 3)
    spending = numbered([["구 분", "예산액"], ["인 건 비", "14,969"], ["합 계", "29,141"]], 7)
    box = Grid([Cell(0, 0, tables=(revenue,)), Cell(0, 1, tables=(spending,))], 1, 2)
    texts = ["4. 재정 현황 (예산 규모) 2조 9,141억원 [단위: 억원]", "[세입]", "구 분 예산액",
             "중앙정부 23,841", "합 계 29,141", "[세출]", "구 분 예산액", "인 건 비 14,969",
             "합 계 29,141"]  # fmt: skip
    lines = [Line(n, t, t) for n, t in enumerate(texts, start=1)]
    tables = build_tables([box], lines)
    assert [t.currency_unit for t in tables] == ["억원", "억원"]
    # tables that stand alone: one right under another of the same header, only its title
    # between them, is of the same unit; one of another header takes nothing
    alone = build_tables([revenue, spending], lines)
    assert [t.currency_unit for t in alone] == ["억원", "억원"]
    other = numbered([["구 분", "결산액"], ["인 건 비", "14,969"], ["합 계", "29,141"]], 7)
    texts[6] = "구 분 결산액"
    lines = [Line(n, t, t) for n, t in enumerate(texts, start=1)]
    assert [t.currency_unit for t in build_tables([revenue, other], lines)] == ["억원", None]


@pytest.mark.parametrize(
    "years",
    [["2025", "2026", "2027"], ["’19~’22년", "’23~’24년", "’25~’26년"], ["3월", "4월", "5월"]],
)
def test_a_column_headed_by_a_year_is_not_a_row_header(years: list[str]) -> None:
    """A time line of text ("적용 대상 | 초4~고3 | 초3~고3 | ..."): its columns are years."""
    g = grid([["구분", *years], ["적용 대상", "초4~고3", "초3~고3", "초1~고3"]], {})
    (table,) = build_tables([g], [Line(n, "x", "x") for n in (1, 2)])
    assert table.row_header_cols == 1
    cell = next(c for c in table.body() if c.text == "초3~고3")
    assert (cell.row_header, cell.col_header) == ("적용 대상", years[1])


@pytest.mark.parametrize(
    ("header", "row", "row_header"),
    [
        # 연번 then the name of each row (관광마이스국 p7 업체명, p39 공모명): both label it
        (["연번", "업 체 명", "주 소", "등록일"], ["2", "세븐럭카지노", "부산 중구", "2005.1.28."],
         "2 / 세븐럭카지노"),
        (["연번", "주관부처", "공 모 명", "추진여부"], ["1", "문체부", "야간관광 사업", "추진"],
         "1 / 야간관광 사업"),
        # ... not the name of who runs it (부서명), nor where no column names the rows
        (["연번", "부서명", "사업명(사업내용)", "주관부처"],
         ["1", "청년정책과", "청년친화도시", "국조실"], "1 / 청년친화도시"),
        (["연번", "부서명", "사업내용", "주관부처"], ["3", "지산학협력과", "글로컬대학", "교육부"],
         "3"),
        # ... nor one that explains it (사업설명); a 명칭 names it
        (["연번", "사업설명", "시설명칭", "비고"], ["1", "노후 시설 보수", "명례정수장", "완료"],
         "1 / 명례정수장"),
        (["구분", "사업명", "금액", "비고"], ["가", "캠퍼스 운영", "1,000", "-"],
         "가 / 캠퍼스 운영"),
    ],
)  # fmt: skip
def test_rows_numbered_by_serials_are_named_by_their_name_column(
    header: list[str], row: list[str], row_header: str
) -> None:
    """A reader names a row of a list by its name (업체명, 공모명), not its 연번 alone;
    the name stays a cell of its own column."""
    (table,) = build_tables([grid([header, row], {})], [Line(n, "x", "x") for n in (1, 2)])
    last = next(c for c in table.body() if c.col == 3)
    assert last.row_header.split(" / ")[: row_header.count(" / ") + 1] == row_header.split(" / ")
    if header[1] == "주관부처":  # (the name stays a cell of its own column)
        assert any(c.col == 2 and not c.is_header for c in table.body())


@pytest.mark.parametrize(
    ("rows", "spans", "side"),
    [
        # a table of text: the serial number labels the rows, the rest are entries
        ([["연번", "부서명", "사업내용", "주관부처"],
          ["3", "지산학협력과", "글로컬대학", "교육부"]], {}, 1),
        ([["사업명", "사업기간", "사업내용"], ["캠퍼스 운영", "’25. 1.~12.", "교육과정 운영"]],
         {}, 1),
        # ... a column whose cells group several rows labels them too
        ([["분야", "과제", "내용"], ["교육", "캠퍼스", "교육과정"], [None, "연구", "연구과제"]],
         {(1, 0): (2, 1), (1, 1): (1, 1)}, 1),
        ([["분야", "과제", "내용"], ["교육", "캠퍼스", "교육과정"], [None, "연구", "연구과제"],
          ["복지", "돌봄", "돌봄과정"], [None, None, "보육과정"]],
         {(1, 0): (2, 1), (3, 0): (2, 1), (3, 1): (2, 1)}, 2),
        # figures in a column: the labels before them are row headers
        ([["구분", "세부", "금액"], ["교육", "캠퍼스", "1,000"]], {}, 2),
        # a plan by quarter or by half: each column a period's tasks (고용노동부 이행계획)
        ([["1분기", "2분기", "3분기", "4분기"],
          ["· 청년대책 보완(3월)", "· 채용박람회(4월)", "· 일경험", "· 홍보(12월)"]], {}, 0),
        ([["상반기", "하반기"], ["· 설명회 개최", "· 성과 공유"]], {}, 0),
        # ... but not a column of the rows' dates (환경물정책실 p7 준공연도, 관광 p6 설립일)
        ([["시설명", "준공연도", "처리용량"], ["명례", "2015년 9월", "1,600"]], {}, 1),
        ([["기관명", "설 립 일", "자본금"], ["관광공사", "2012. 11.15.", "230.5"]], {}, 1),
        # lists side by side under their headers: entries, no label (청년산학국 p17)
        ([["연구중심형대학", "교육중심형대학"],
          ["• 연구인재 육성 • 창업 지원", "• 실무인재 양성 • 기술사업화"]], {}, 0),
        # a column of lists beside figures: entries, not labels (청년산학국 p41 사업내용)
        ([["연번", "부서명", "사업내용", "주관부처", "추진여부"],
          ["1", "청년정책과", "• 사업명 : 친화도시 • 공모기간 : 3월", "국조실", "-"]], {}, 2),
        # ... but one item after its mark is a label like any other
        ([["구분", "내용"], ["• 연구인재", "• 실무인재 양성 • 기술사업화"]], {}, 1),
        # a label column after one that names each row once holds the rows' attributes
        # (환경물정책실 p6 소재지, 교통혁신국 p13 As-Is), not a lower level of labels
        ([["시설명", "소재지", "처리용량"], ["명례", "기장군 장안읍", "1,600"],
          ["생곡", "강서구 생곡동", "900"]], {}, 1),
        ([["분야", "과제", "As-Is", "To-Be"], ["복지", "요금 감면", "혜택 없음", "50%"],
          [None, "주차 혜택", "실물카드만", "80%"]], {(1, 0): (2, 1)}, 2),
        # ... under 구분 too (a header word, no serial number: review D2)
        ([["구분", "소재지", "처리용량"], ["명례", "기장군 장안읍", "1,600"],
          ["생곡", "강서구 생곡동", "900"]], {}, 1),
        # ... a column that groups its rows by a ditto mark or a repeated label labels them
        ([["분야", "세부", "금액"], ["교육", "캠퍼스", "1,000"], ["〃", "연구", "2,000"]], {}, 2),
        # ... or by a label over the empty cells of the rows after it (review D1)
        ([["분야", "세목", "금액"], ["지방세", "취득세", "1,000"], ["", "재산세", "800"],
          ["세외수입", "사용료", "50"], ["", "수수료", "20"]], {}, 2),
        ([["분야", "세부", "금액"], ["교육", "캠퍼스", "1,000"], ["교육", "연구", "2,000"]],
         {}, 2),
    ],
)  # fmt: skip
def test_row_headers_of_a_table_of_text(
    rows: list[list[str | None]], spans: dict[tuple[int, int], tuple[int, int]], side: int
) -> None:
    g = grid(rows, spans)
    (table,) = build_tables([g], [Line(n, "x", "x") for n in range(1, len(rows) + 1)])
    assert table.row_header_cols == side


@pytest.mark.parametrize(
    ("rows", "panels"),
    [
        ([["구 분", "예산액", "구 분", "예산액"], ["지 방 세", "5,000", "세외수입", "1,000"]], 2),
        ([["등급", "학년", "어휘수", "등급", "학년", "어휘수"],
          ["1등급", "유치원", "5,000", "4등급", "초5~초6", "23,000"]], 2),
        ([["구 분", "2024", "구 분", "2025"], ["지 방 세", "5,000", "세외수입", "1,000"]], 1),
        ([["구 분", "본청", "사업소", "계"], ["정 원", "50", "10", "60"]], 1),
    ],
)  # fmt: skip
def test_panels_side_by_side_label_their_own_rows(rows: list[list[str]], panels: int) -> None:
    """A table printed as panels side by side repeats its header: each panel's first
    column labels its own rows; a header that does not repeat is one table."""
    (table,) = build_tables([grid(list(rows), {})], [Line(1, "x", "x"), Line(2, "x", "x")])
    last = table.body()[-1]
    if panels == 2:
        half = len(rows[0]) // 2
        assert last.row_header == " / ".join(rows[1][half : half + table.row_header_cols])
        assert last.col_header == rows[0][-1]
    else:
        assert last.row_header == rows[1][0]


@pytest.mark.parametrize("word", BOUND_WORDS)
def test_a_bound_word_makes_a_band(word: str) -> None:
    assert is_band(f"30명 {word}") and is_band(f"132㎡{word}~198㎡미만")
    assert not is_band(f"{word} 30명")


@pytest.mark.parametrize(
    ("top", "side_by_side"),
    [
        (["정원별 지원", "면적별 지원"], True),
        # one group over the whole table: one table
        (["차등 지원"], False),
    ],
)
def test_panels_named_by_a_top_header_row(top: list[str], side_by_side: bool) -> None:
    """Two tables side by side under titles of their own ("정원별 인력 차등 지원" |
    "면적별 설치비 차등 지원"): each panel's bands label its rows, and the title heads
    the panel's columns."""
    rows: list[list[str | None]] = [
        [top[0], None, top[1] if len(top) > 1 else None, None],
        ["이용정원", "지원인력", "전용면적", "설치비"],
        ["30명 이하", "센터장 1인", "132㎡ 미만", "70백만원"],
        ["31명~40명", "센터장 1인, 전일제 1인", "132㎡이상~198㎡미만", "105백만원"],
    ]
    spans = {(0, 0): (1, 2), (0, 2): (1, 2)} if len(top) > 1 else {(0, 0): (1, 4)}
    (table,) = build_tables([grid(rows, spans)], [Line(n, "x", "x") for n in range(1, 5)])
    by_text = {c.text: c for c in table.body()}
    if side_by_side:
        assert (by_text["105백만원"].row_header, by_text["105백만원"].col_header) == (
            "132㎡이상~198㎡미만", "면적별 지원 / 설치비")
        assert by_text["센터장 1인"].row_header == "30명 이하"
        assert by_text["센터장 1인"].col_header == "정원별 지원 / 지원인력"
    else:
        assert by_text["105백만원"].row_header.startswith("31명~40명")


def test_groups_over_entries_are_not_panels() -> None:
    """"사업 개요 | 추진 실적" over "사업명 | 예산 | 성과 | 비고": the second group's first
    column holds entries ("채용 50명"), so the table is one, labelled by 사업명."""
    rows: list[list[str | None]] = [
        ["사업 개요", None, "추진 실적", None],
        ["사업명", "예산", "성과", "비고"],
        ["청년일자리 지원", "100", "채용 50명", "-"],
    ]
    (table,) = build_tables([grid(rows, {(0, 0): (1, 2), (0, 2): (1, 2)})],
                            [Line(n, "x", "x") for n in range(1, 4)])  # fmt: skip
    dash = next(c for c in table.body() if c.text == "-")
    assert dash.row_header.startswith("청년일자리 지원")


def test_groups_over_a_status_column_are_not_panels() -> None:
    rows: list[list[str | None]] = [
        ["사업 개요", None, "추진 실적", None],
        ["사업명", "예산", "상태", "비고"],
        ["청년일자리 지원", "100", "완료", "-"],
        ["창업 지원", "200", "완료", "-"],
    ]
    (table,) = build_tables([grid(rows, {(0, 0): (1, 2), (0, 2): (1, 2)})],
                            [Line(n, "x", "x") for n in range(1, 5)])  # fmt: skip
    assert table.body()[-1].row_header.startswith("창업 지원")


@pytest.mark.parametrize(
    ("tokens", "k", "cells"),
    [
        ("’20년 예산 ’21년 예산 증감 증감률", 4, ["’20년 예산", "’21년 예산", "증감", "증감률"]),
        ("계 완 료 추진중 검토중 미반영", 5, ["계", "완 료", "추진중", "검토중", "미반영"]),
        ("계 사회혁신담당관 전환도시담당관", 3, ["계", "사회혁신담당관", "전환도시담당관"]),
        ("’21년 예산 ’21년 예산현액", 2, ["’21년 예산", "’21년 예산현액"]),
        ("정 원 현 원", 2, ["정 원", "현 원"]),
    ],
)
def test_split_header(tokens: str, k: int, cells: list[str]) -> None:
    assert split_header(tokens.split(), k) == cells


#: tables as a layout export (pdftotext -layout) sets them: the columns padded apart with
#: spaces, a header word over each value column, "△" set apart from its figure
LAYOUT_TABLES = [
    (
        [
            "    구 분            계      2 ‧ 3급        4급          5급        9급",
            "     정원         145         1            6           28          -",
            "     현원         154         1            6           30          -",
            "    과부족            9        -            -           2          -",
        ],
        ["계", "2 · 3급", "4급", "5급", "9급"],  # (the reader folds "‧" to "·")
        ["9", "-", "-", "2", "-"],
    ),
    (
        [
            "     구 분              2025년도          2024년도        증 감      증감률",
            "      총      계           10,753             8,059        2,694      33.4%",
            "  광역교통시설특별회계         94               150      △  56   △   37.3%",
        ],
        ["2025년도", "2024년도", "증 감", "증감률"],
        ["94", "150", "△56", "△37.3%"],
    ),
    (  # headers centred over figures set right
        [
            "  구 분       계       7급       8급      기능직",
            "  정원        10         4         5          1",
        ],
        ["계", "7급", "8급", "기능직"],
        ["10", "4", "5", "1"],
    ),
]


@pytest.mark.parametrize(("rows", "header", "last"), LAYOUT_TABLES)
def test_a_layout_export_table_splits_by_where_its_words_stand(
    rows: list[str], header: list[str], last: list[str]
) -> None:
    (grid,) = infer_grids(lines_of(*rows))
    cells = {(c.row, c.col): c.text for c in grid.cells}
    assert [cells[0, c] for c in range(1, grid.n_cols)] == header
    assert [cells[grid.n_rows - 1, c] for c in range(1, grid.n_cols)] == last


def test_a_table_set_with_single_spaces_splits_by_its_words() -> None:
    """A Hancom text export sets cells one space apart: where its words stand says nothing,
    and the header is split by its words ("’20년 예산" is one header)."""
    (grid,) = infer_grids(lines_of("구 분 ’20년 예산 ’21년 예산 증감", "계 100 120 20"))
    assert [c.text for c in grid.cells if c.row == 0][1:] == ["’20년 예산", "’21년 예산", "증감"]


def test_text_tables_equal_the_pdf_grids() -> None:
    """Every table inferred from the sample text is the ruled grid of the test PDF."""
    text = read_bytes(SAMPLE_TXT.read_bytes(), SAMPLE_TXT.name)
    pdf = read_bytes(SAMPLE_PDF.read_bytes(), SAMPLE_PDF.name)

    def cells(t: Grid) -> list[tuple[int, int, int, int, str]]:
        return [(c.row, c.col, c.row_span, c.col_span, "".join(c.text.split())) for c in t.cells]

    inferred = infer_grids(text.lines)
    assert len(inferred) == 4  # staffing, budget, the budget appendix, the audit summary
    ruled = {tuple(cells(g)[:3]): g for g in layout(pdf).tables for g in g.grids}
    for g in inferred:
        match = ruled.get(tuple(cells(g)[:3]))
        assert match is not None, cells(g)[:3]
        assert (g.n_rows, g.n_cols) == (match.n_rows, match.n_cols)
        assert cells(g) == cells(match)


def test_a_pdf_table_over_two_pages_is_one_table() -> None:
    """The budget appendix of the LibreOffice rendering breaks from page 21 to 22."""
    path = ROOT / "tests" / "fixtures" / "seoul-innovation-bureau-2021-lo.pdf"
    doc = read_bytes(path.read_bytes(), path.name)
    tables = layout(doc, TITLES).tables
    appendix = next(t for t in tables if any("부서명" in c.text for c in t.cells if c.row == 0))
    assert len(appendix.grids) == 2 and appendix.pages == (21, 22)
    assert appendix.n_rows == 25


def test_every_content_line_is_outline_table_or_residue() -> None:
    doc = read_bytes(SAMPLE_TXT.read_bytes(), SAMPLE_TXT.name)
    lay = layout(doc, TITLES)
    content = {ln.no for ln in doc.content()}
    assert lay.outline_lines | lay.table_lines == content
    assert not lay.outline_lines & lay.table_lines


def test_document_without_tables_still_has_an_outline() -> None:
    doc = Document("x.txt", lines_of("Ⅰ. 현황", "□ 조직"))
    lay = layout(doc)
    assert lay.tables == [] and [n.title for n in lay.outline.nodes] == ["현황", "조직"]


def _stacked(
    columns: list[list[str]], tops: list[list[float]]
) -> tuple[Grid, dict[int, tuple[float, float, float, float]]]:
    """A grid of a header row and one ruled body row whose cells hold lines at ``tops``."""
    cells = [Cell(0, k, 1, 1, (f"h{k}",), (k + 1,), 1) for k in range(len(columns))]
    boxes: dict[int, tuple[float, float, float, float]] = {
        k + 1: (k * 50.0, 0.0, k * 50.0 + 40, 10.0) for k in range(len(columns))
    }
    no = len(columns)
    for k, (texts, ys) in enumerate(zip(columns, tops, strict=True)):
        lines = []
        for _, y in zip(texts, ys, strict=True):
            no += 1
            boxes[no] = (k * 50.0, y, k * 50.0 + 40, y + 10)
            lines.append(no)
        cells.append(Cell(1, k, 1, 1, tuple(texts), tuple(lines), 1))
    return Grid(cells, 2, len(columns)), boxes


@pytest.mark.parametrize(
    ("columns", "tops", "rows"),
    [
        # grades, their 정원 and 과부족 (blank where nothing is missing): three rows
        ([["서기관", "사무관", "주사"], ["1", "4", "2"], ["△1", "1"]],
         [[20, 32, 44], [20, 32, 44], [20, 44]], 4),
        # a wrapped description beside an amount and its note: one row
        ([["연구개발", "지원사업", "추진"], ["1,000", "(국비 500)"]],
         [[20, 32, 44], [20, 32]], 2),
        # two lines of labels, no figure: one row
        ([["서기관", "사무관"], ["본청", "사업소"]], [[20, 32], [20, 32]], 2),
        # a wrapped label beside figures with their share in brackets under them: one row
        ([["청년", "일자리", "지원사업"], ["1,000", "(50%)", "(국 500)"], ["2,000", "(△12)", "-"]],
         [[20, 32, 44], [20, 32, 44], [20, 32, 44]], 2),
        # division names each centred on a run of its functions: a row per division
        ([["기획과", "운영과"], ["· 가", "· 나", "· 다", "· 라"]], [[26, 62], [20, 32, 56, 68]], 3),
    ],
)  # fmt: skip
def test_rows_stacked_in_one_ruled_row_are_rows(
    columns: list[list[str]], tops: list[list[float]], rows: int
) -> None:
    g, boxes = _stacked(columns, tops)
    out = unstack_rows(g, boxes)
    assert out.n_rows == rows and not out.coverage_errors()
    if rows == 3:
        assert [c.paragraphs for c in out.cells if c.row == 2] == [("운영과",), ("· 다", "· 라")]
    elif rows > 2:
        last = [c for c in out.cells if c.row == rows - 1]
        assert [c.paragraphs for c in last] == [("주사",), ("2",), ("1",)]
        assert [c.paragraphs for c in out.cells if c.row == 1][2] == ("△1",)


@pytest.mark.parametrize("indented", [True, False])
def test_a_list_set_inside_a_bullet_is_the_bullets(indented: bool) -> None:
    """"➊ .. ➋" set right of the bullet "ㅇ (지능형교통체계)" before it are that bullet's
    own list: the next "ㅇ" goes on after the bullet, the next outer "➋" after "➊ 첨단"."""
    lines = lines_of(
        "Ⅲ. 추진계획", "➊ 첨단 기술", "ㅇ (태그리스) 도입", "ㅇ (지능형교통체계) 추진",
        "➊ 스마트 교차로", "✓ 정보수집", "➋ 실시간 신호", "ㅇ (자율주행차) 인프라",
        "➋ 사람 중심",
    )  # fmt: skip
    x0 = [40.0, 59.0, 63.0, 63.0, 76.0, 81.0, 76.0, 63.0, 59.0] if indented else [40.0] * 9
    outline = build_outline(lines, indents={i + 1: x for i, x in enumerate(x0)})
    shape = [(n.depth, n.title) for n in outline.nodes]
    if indented:
        assert shape == [
            (1, "추진계획"), (2, "첨단 기술"), (3, "(태그리스) 도입"),
            (3, "(지능형교통체계) 추진"), (4, "스마트 교차로"), (5, "정보수집"),
            (4, "실시간 신호"), (3, "(자율주행차) 인프라"), (2, "사람 중심"),
        ]  # fmt: skip
    else:  # nothing says the list is inside: it goes on the outer one
        assert (2, "스마트 교차로") in shape


def test_an_outer_number_after_an_inner_list_goes_on_the_outer_list() -> None:
    """"➋ 첨단" / "ㅇ A" / "➊ 하나" "➋ 둘" (inside the bullet) / "➌ 사람 중심": both lists
    go on to ➌; the one set where the line is set takes it."""
    lines = lines_of("Ⅲ. 계획", "➋ 첨단", "ㅇ A 추진", "➊ 하나", "➋ 둘", "➌ 사람 중심")
    outline = build_outline(lines, indents=dict(enumerate([40.0, 59, 63, 76, 76, 59], 1)))
    assert [(n.depth, n.title) for n in outline.nodes][-1] == (2, "사람 중심")


def test_a_bullet_after_a_block_set_left_of_it_is_not_taken_back() -> None:
    """A bullet whose list was inside it is gone on from only where nothing opened since
    starts left of the new bullet ("□ 추진상황" at the margin keeps its "ㅇ")."""
    lines = lines_of(
        "Ⅲ. 계획", "□ 사업개요", "ㅇ 사업내용", "① 첫째", "- 세부", "□ 추진상황 및 계획",
        "ㅇ 시범 사업",
    )  # fmt: skip
    outline = build_outline(lines, indents=dict(enumerate([40.0, 51, 58, 65, 80, 51, 58], 1)))
    node = next(n for n in outline.nodes if n.title == "시범 사업")
    assert node.parent is not None and node.parent.title == "추진상황 및 계획"


@pytest.mark.parametrize(
    ("glyph", "x0", "parent"),
    [
        ("\uf0f0", 72.0, "신속한 집행"),  # a lost glyph set inside the "-" item
        ("\uf0f0", 40.0, None),  # at the labels' margin: the next label
        ("□", 72.0, None),  # a mark of its own is the labels' kind, wherever it is set
    ],
)
def test_a_lost_glyph_set_inside_a_bullet_is_the_bullets(
    glyph: str, x0: float, parent: str | None
) -> None:
    """A private-use glyph (its code lost in the export, so "⇨" and the labels' "□"
    read as one kind) set right of the "-" item before it is that item's, not the next
    label's sibling; the "○" after it goes on its own list."""
    lines = lines_of(
        "Ⅲ. 계획", f"{glyph} 추진계획", "○ (사전 준비) 발굴", "- 신속한 집행",
        f"{glyph} 보고회 개최", "○ (정부 예산) 대응",
    )  # fmt: skip
    indents = dict(enumerate([30.0, 40.0, 48.0, 58.0, x0, 48.0], 1))
    outline = build_outline(lines, indents=indents)
    node = next(n for n in outline.nodes if n.title == "보고회 개최")
    after = next(n for n in outline.nodes if n.title == "(정부 예산) 대응")
    if parent is None:
        assert node.parent is not None and node.parent.title == "계획"
    else:
        assert node.parent is not None and node.parent.title == parent
        assert after.parent is not None and after.parent.title == "추진계획"


def test_a_cell_whose_text_is_not_on_lines_of_its_own_keeps_the_row_whole() -> None:
    g, boxes = _stacked([["서기관", "사무관", "주사"], ["1", "4", "2"]], [[20, 32, 44]] * 2)
    note = Cell(1, 2, 1, 1, ("※ 별도",), (), 1, (Grid([Cell(0, 0, 1, 1, ("x",))], 1, 1),))
    g = Grid([*g.cells, Cell(0, 2, 1, 1, ("비고",), (), 1), note], 2, 3)
    out = unstack_rows(g, boxes)
    assert out.n_rows == 2 and note in out.cells


@pytest.mark.parametrize("arrow", sorted(g for g, k in BULLETS.items() if k in FLOW_BULLETS))
def test_an_arrow_going_on_a_flow_is_not_a_new_item(arrow: str) -> None:
    """"✓ 1단계(…) → 2단계(…)" / "→ 3단계(…)": the flow wrapped; an arrow after a line that
    does not run through one is a mark of its own."""
    shape = tree([
        "Ⅰ. 계획", "□ 보호구역 정비", f"✓ 1단계(416개소) {arrow} 2단계(250개소)",
        f"{arrow} 3단계(251개소)", "□ 시설정비", f"{arrow} 회전교차로 3개소",
    ])  # fmt: skip
    flow = f"1단계(416개소) {arrow} 2단계(250개소) {arrow} 3단계(251개소)"
    assert shape[2] == (3, "bullet:✓", flow)
    assert shape[-1][1].startswith("bullet:") and shape[-1][2] == "회전교차로 3개소"


@pytest.mark.parametrize(
    ("texts", "items"),
    [
        # a list of arrow items, each with a flow of its own: three items
        (["⇒ 기본계획 수립(3월) ⇒ 착공(6월)", "⇒ 실시설계(4월) ⇒ 준공(12월)",
          "⇒ 시운전(1월) ⇒ 개통(3월)"], 3),
        # another arrow glyph after a figure's change: a conclusion of its own
        (["○ 예산 ’24년 100억원 → ’25년 120억원", "⇒ 취약계층 지원 강화로 체감도 제고"], 2),
        # a flow wrapped over three lines: one item
        (["- 접수 → 심사 → 선정", "→ 협약 체결", "→ 교부"], 1),
    ],
)  # fmt: skip
def test_arrows_that_are_items_of_their_own(texts: list[str], items: int) -> None:
    shape = tree(["Ⅰ. 계획", "□ 추진일정", *texts])
    assert len(shape) - 2 == items


def test_a_header_the_drawing_sets_apart_is_the_header() -> None:
    """A table drawn as a header band over groups of rows (a 교통혁신국 plan, page 13):
    its body is words and tasks, which would read as more header rows, and the group
    label 복지 spans its rows; the drawing's one header row is the header.  A listed task
    names its row without its mark and the status tag set after it."""
    rows: list[list[str | None]] = [
        ["분야", "추 진 과 제", "As-Is", "To-Be", "시행일"],
        ["복지", "➊ 동백패스+K패스 확대", "실물카드만 사용", "모바일 동백패스 도입", "’25.下"],
        [None, "➋ 공영 주차장 요금 확대", "임산부 혜택 無", "임산부 50% 감면", "’25.1月"],
        [None, "➍ 희 망 키 움 사 업 확 대", "6개월 이하", "月 40만원", "’25.1月"],
        [None, "➎ 교통약자 콜택시 확대", "장애인·임산부 분리", "장애인·임산부 통합", "’25.下"],
        ["안전", "➊ 생체 인식 음주 측정기 신규", "기 술 개 발", "상 용 화", "’25.上"],
        [None, "➎ 시각 장애인 음향신호기 확대", "47.4%", "50%", "’25.上"],
    ]
    g = grid(rows, {(1, 0): (4, 1), (5, 0): (2, 1)})
    lines = [Line(n, "x", "x") for n in range(1, 8)]
    (guessed,) = build_tables([g], lines)
    # (the words alone say so too now: a row dated with its own year, "’25.下", under
    # 시행일 is a body row; they had said 5, all of 복지)
    assert guessed.header_rows == 1
    (table,) = build_tables([replace(g, header_rows=1)], lines)
    assert table.header_rows == 1
    got = {c.text: (c.row_header.split(" / ")[:2], c.col_header) for c in table.body()}
    assert got["임산부 50% 감면"] == (["복지", "공영 주차장 요금"], "To-Be")
    assert got["月 40만원"] == (["복지", "희 망 키 움 사 업"], "To-Be")


@pytest.mark.parametrize("tag", STATUS_TAGS)
def test_a_status_tag_is_no_part_of_a_listed_tasks_name(tag: str) -> None:
    g = grid([["구 분", "예산"], [f"① 청년 일자리 {tag}", "10"], [f"청년 일자리 {tag}", "20"],
              [f"- 청년 일자리 {tag}", "30"]], {})  # fmt: skip
    (table,) = build_tables([g], [Line(n, "x", "x") for n in range(1, 5)])
    got = {c.text: c.row_header for c in table.body()}
    # the tag goes with a task's number; a name without one keeps its last word
    want = {"10": "청년 일자리", "20": f"청년 일자리 {tag}", "30": f"청년 일자리 {tag}"}
    assert got == want


def test_a_reference_closes_where_the_item_goes_on() -> None:
    """After the 참고 page, a mark of a kind the item used before it (□ 향후계획) goes on
    the item's list; a second 참고 page is the item's too, not the first one's; a long
    sentence after 참고 is no title."""
    shape = tree(["Ⅰ. 주요현안", "1. 수련원 활성화 추진", "□ 추진현황", "ㅇ 연구용역", "참고",
                  "zone 구성(안)", "ㅇ 사업비", "참고", "기본현황", "ㅇ 개장 1989", "□ 향후계획",
                  "ㅇ 체험관 신축"])  # fmt: skip
    assert [(d, t) for d, _, t in shape] == [
        (1, "주요현안"), (2, "수련원 활성화 추진"), (3, "추진현황"), (4, "연구용역"),
        (3, "zone 구성(안)"), (4, "사업비"), (3, "기본현황"), (4, "개장 1989"),
        (3, "향후계획"), (4, "체험관 신축"),
    ]
    # the reference's own list goes on in it, though the item used its kinds too
    shape = tree(["Ⅰ. 성과", "1. 관광", "- 협력 의향서", "참고", "주요 시정성과", "① 해변도시 선정",
                  "- 해변 소개", "② 트립닷컴 수상", "- 어워즈"])  # fmt: skip
    assert [d for d, _, _ in shape] == [1, 2, 3, 3, 4, 5, 4, 5]
    long = "이 사업은 청소년과 시민 모두가 함께 이용하는 복합 문화 공간으로 새로 조성하여 "
    long += "수련원의 효용을 크게 높이려는 것임"
    shape = tree(["Ⅰ. 주요현안", "1. 추진", "□ 현황", "참고", long])
    assert all(k != "title" for _, k, _ in shape)


def test_a_notes_wrapped_lines_stay_its_own_on_a_page_with_boxes() -> None:
    """On a page with boxes, a wrapped line after a note (an item's second note, "**")
    goes on the note, not on the bullet above it (국립국어원 plan, page 16)."""
    lines = lines_of(
        "□ 국어 홍보", "ㅇ (홍보 강화) 국어 홍보* 및 추진체계 개선**", "* 온라인 소식지 발행",
        "** 연간 홍보계획 수립, 역점 홍보 추진(기관장 기자", "간담회 개최 등)", "□ 공공언어 지원",
    )  # fmt: skip
    outline = build_outline(lines, box_of={6: 1}, continues=lambda node, ln: True)
    shape = [(n.depth, n.kind, n.marker.text if n.marker else "", n.text) for n in outline.nodes]
    wrapped = "연간 홍보계획 수립, 역점 홍보 추진(기관장 기자 간담회 개최 등)"
    assert shape[3] == (3, "note", "**", wrapped)
    assert shape[1][3] == "(홍보 강화) 국어 홍보* 및 추진체계 개선**"


@pytest.mark.parametrize(
    "title", ["【수상실적 및 성과지표】", "<트라이포트 혁신전략 수립 용역 개요(’24.~’25.)>"]
)
def test_a_bracketed_title_under_a_bullet_is_a_line_of_its_own(title: str) -> None:
    """A box's bracketed title set under a bullet, where the layout would take it for the
    bullet's wrapped line (교통혁신국 p7, p22): a title node, not the bullet's text, over
    the box's items (of a kind not open: the box's own).  In a text export a blank line
    sets it apart; right under the bullet it is the bullet's wrapped line (a wrap must not
    change the outline)."""
    for blank, titled in (([""], True), ([], False)):
        lines = lines_of("□ 교통 편의", "ㅇ (디자인) 도시브랜드 반영한 BIG BUS 도입", *blank,
                         title, "✔ 대한민국 디자인대상 수상", "□ 교통 안전")  # fmt: skip
        outline = build_outline(lines, continues=lambda node, ln: True)
        shape = [(n.depth, n.kind, n.text) for n in outline.nodes]
        if titled:
            assert shape[1] == (2, "bullet", "(디자인) 도시브랜드 반영한 BIG BUS 도입")
            assert shape[2] == (3, "title", title)
            assert [d for d, _, _ in shape] == [1, 2, 3, 4, 1]
        else:
            assert shape[1][2] == f"(디자인) 도시브랜드 반영한 BIG BUS 도입 {title}"


@pytest.mark.parametrize(("left", "titled"), [(81.0, False), (63.0, True), (200.0, True)])
def test_a_bracketed_line_under_its_items_text_is_its_wrap(left: float, titled: bool) -> None:
    """On a PDF page a bracketed line set under the item's text, in its size, is its
    wrapped line ("ㅇ 하반기 국제행사 개최" / "《2025 세계 해양도시 포럼》"); one set at the
    item's margin or centred over a box is a title of its own (교통혁신국 p7)."""
    rows = [("Ⅰ. 성과", 63.0, 60.0), ("□ 교통 편의 증진", 63.0, 100.0),
            ("ㅇ 하반기 국제행사 개최", 63.0, 130.0), ("《2025 세계 해양도시 포럼》", left, 150.0),
            ("□ 교통 안전", 63.0, 200.0)]  # fmt: skip
    lines = [Line(n, text, text, 1) for n, (text, _, _) in enumerate(rows, start=1)]
    boxes = {n: (x, top, x + 300.0, top + 16.0) for n, (_, x, top) in enumerate(rows, start=1)}
    out = layout(Document("x.pdf", lines, format="pdf", boxes=boxes)).outline
    kinds = {n.title: n.kind for n in out.nodes if n.lines}
    assert (kinds.get("《2025 세계 해양도시 포럼》") == "title") is titled


@pytest.mark.parametrize(
    ("item_end", "box_right", "titled"),
    [(504.0, None, True), (540.0, None, False),
     # in a box ending right after the item's line: no room there (the page's is the box's)
     (504.0, 520.0, False)],
)  # fmt: skip
def test_a_bracketed_line_whose_first_word_had_room_above_is_no_wrap(
    item_end: float, box_right: float | None, titled: bool
) -> None:
    """nikl p26: "ㅇ … 진단체계 개발 : 총80억원" ends 42 pt short of the page's lines, and
    "< 1단계(’23년~’25년) 50억원 >" starts under its text: its first word had room on the
    item's line, so it is no wrap but a title of its own (over the - lines of 1단계)."""
    rows = [("□ 주요 내용", 56.6, 70.0, 153.0),
            ("ㅇ 진단체계 개발 : 총80억원", 63.7, 98.0, item_end),
            ("< 1단계(’23년~’25년) 50억원 >", 77.6, 126.0, 269.0),
            ("- (쓰기 현황 조사) 국민의 연령별 글쓰기 현황", 79.0, 148.0, 546.0)]  # fmt: skip
    lines = [Line(n, text, text, 1) for n, (text, *_) in enumerate(rows, start=1)]
    spots = {n: (x, top, x1, top + 15.0) for n, (_, x, top, x1) in enumerate(rows, start=1)}
    indents = {n: box[0] for n, box in spots.items()}
    in_box = {2: 1, 3: 1} if box_right is not None else {}
    out = build_outline(
        lines, box_of=in_box, indents=indents, spots=spots,
        box_left={1: 60.0}, box_bounds={1: (60.0, 95.0, box_right or 0.0, 145.0)},
        continues=lambda node, ln: True,
    )  # fmt: skip
    kinds = {n.title: n.kind for n in out.nodes if n.lines}
    assert (kinds.get("< 1단계(’23년~’25년) 50억원 >") == "title") is titled


@pytest.mark.parametrize(("page", "noted"), [(1, True), (None, False)])
def test_a_double_space_sets_a_note_aside_only_on_a_page(page: int | None, noted: bool) -> None:
    """A PDF line keeps the gap drawn before a note set aside; text typed by hand has
    double spaces anywhere ("가로 30m  * 세로 40m"), so there a wider gap is asked for."""
    lines = [ln._replace(page=page) for ln in lines_of("□ 부지", "ㅇ 면적 : 가로 30m  * 세로 40m")]
    (item,) = [n for n in build_outline(lines).nodes if n.title.startswith("면적")]
    assert bool([c for c in item.children if c.kind == "note"]) is noted


@pytest.mark.parametrize(
    ("line", "marked"),
    [("- 외국인 관광객 300만 시대 -", False), ("– 2025년도 –", False),
     ("- 관광객 유치 확대 - 목표 달성", True), ("- 마을버스 재정지원", True)],
)  # fmt: skip
def test_a_line_framed_by_dashes_is_a_subtitle_not_an_item(line: str, marked: bool) -> None:
    """관광마이스국 p14: "- 외국인 관광객 300만 시대 -" in the goal's box is its subtitle;
    read as a "-" item it took the strategies after it as its children."""
    (item,) = mark_lines(lines_of(line))
    assert (item.marker is not None) is marked


@pytest.mark.parametrize(
    ("line", "title", "note"),
    [
        ("- 방한 관광객 94.1% 회복(‘24.11. 기준)   *아태지역 회복율(85%) 상회",
         "방한 관광객 94.1% 회복(‘24.11. 기준)", "아태지역 회복율(85%) 상회"),
        ("ㅇ ’24. 4 : 상생협약 체결  * 협약해지(4.26.)", "’24. 4 : 상생협약 체결",
         "협약해지(4.26.)"),
        ("ㅇ 특정도서 현황: 3개소     ※ 2004.1.7. 지정", "특정도서 현황: 3개소", "2004.1.7. 지정"),
        # a note mark one space after the text: the item's own, unless the text before
        # it carries that mark (the note of "9개*", set small after it: 교통혁신국 p25)
        ("ㅇ 9개 분야 지원 * 1차년도", "9개 분야 지원 * 1차년도", None),
        ("ㅇ 9개* 분야 지원 * 1차년도", "9개* 분야 지원", "1차년도"),
        # a unit set aside is the caption of the table under the item, not a note
        ("ㅇ 세출예산        ※ 단위 : 백만원", "세출예산        ※ 단위 : 백만원", None),
    ],
)  # fmt: skip
def test_a_note_set_flush_right_on_an_items_line_is_a_note_under_it(
    line: str, title: str, note: str | None
) -> None:
    """관광마이스국 p12: a note set after a wide gap on the item's own line (the line keeps
    the spaces) is a note of its own under the item, not the end of its text."""
    outline = build_outline([ln._replace(page=1) for ln in lines_of("□ 관광 동향", line)])
    (item,) = [n for n in outline.nodes if n.parent is not None and n.parent.title == "관광 동향"]
    assert item.title == title
    assert [c.title for c in item.children if c.kind == "note"] == ([note] if note else [])


def test_a_note_flush_right_on_a_title_after_its_boxed_number_is_a_note_under_it() -> None:
    """여성가족국 p33: "1." boxed on its own line, then "공동육아 나눔터   * 여성가족부 소관":
    the note set flush right on the title's line is a note under the item, as on a line
    that holds its mark too; so the divider's entry "• 공동육아나눔터" names the item and
    its list folds (it had stayed items beside the items it lists)."""
    texts = ["Ⅴ 마을돌봄사업", "• 공동육아나눔터", "• 다함께돌봄센터", "1.",
             "공동육아 나눔터        * 여성가족부 소관", "□ 사업개요", "2.",
             "다함께돌봄센터        * 보건복지부 소관", "□ 사업개요"]  # fmt: skip
    pages = [1, 1, 1, 2, 2, 2, 3, 3, 3]
    lines = [ln._replace(page=p) for ln, p in zip(lines_of(*texts), pages, strict=True)]
    outline = build_outline(lines)
    (heading,) = [n for n in outline.nodes if n.depth == 1]
    assert [c.kind for c in heading.children] == ["contents", "item", "item"]
    assert [c.title for c in heading.children[1:]] == ["공동육아 나눔터", "다함께돌봄센터"]
    first = heading.children[1]
    assert [(c.kind, c.title) for c in first.children] == [
        ("note", "여성가족부 소관"), ("bullet", "사업개요")]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "titles"),
    [
        ("◾ (취 항 일) ’24.10.30.(수) 17:50     ◾ (운 항 사) 에어부산",
         ["(취 항 일) ’24.10.30.(수) 17:50", "(운 항 사) 에어부산"]),
        ("❖ 하수슬러지 처리시설: 1개소 / ❖ 분뇨처리시설 : 1개소",
         ["하수슬러지 처리시설: 1개소", "분뇨처리시설 : 1개소"]),
        ("◈ 우수사례 선정(환경부) ◈ 경연대회 우수기관 선정",
         ["우수사례 선정(환경부)", "경연대회 우수기관 선정"]),
        ("- 2024 - 2025 추진", ["2024 - 2025 추진"]),  # a dash between words is prose
        ("• 관리 •운영", ["관리 •운영"]),  # a glyph glued to its word: a list in a label
        ("▪ 추진 ▪ 완료", ["추진 ▪ 완료"]),  # too short to be two items
    ],
)  # fmt: skip
def test_a_bullet_set_again_in_its_line_starts_an_item_beside_it(
    line: str, titles: list[str]
) -> None:
    """Two columns of a box on one line ("◾ (취항일) … ◾ (운항사) 에어부산", 신공항추진본부
    p9) are two items, each under what the line stands under."""
    outline = build_outline(lines_of("□ 직항노선 개설", line))
    (box,) = [n for n in outline.nodes if n.title == "직항노선 개설"]
    assert [c.title for c in box.children] == titles


@pytest.mark.parametrize(
    ("text", "raw", "after"),
    [
        # a flow of stages, not columns
        ("▶ 사업공고(3월) ▶ 신청접수(4월) ▶ 최종선정(6월)", None, None),
        # two glyphs the export lost, both read "•" (a ➡ set in the line): one item
        ("• 실물카드만 사용 불편 개선 • 모바일 동백패스 도입",
         f"{lost_glyph(0)} 실물카드만 사용 불편 개선 "
         f"{lost_glyph(1)} 모바일 동백패스 도입", None),
        # columns that wrap onto the next line: whose each wrap is cannot be told
        ("• 계획적 재정운용 및 전략적 • 재정 효율성 제고 및", None, "재원배분 재정의 지속가능성"),
    ],
)  # fmt: skip
def test_a_line_is_one_item_where_its_columns_cannot_be_told(
    text: str, raw: str | None, after: str | None
) -> None:
    lines = [Line(1, "□ 추진과제", "□ 추진과제", 1), Line(2, text, raw or text, 1)]
    if after:
        lines.append(Line(3, after, after, 1))
    outline = build_outline(lines)
    (top,) = [n for n in outline.nodes if n.title == "추진과제"]
    assert len(top.children) == 1


@pytest.mark.parametrize(("text", "mark"), [("** 둘째 주석", "**"), ("***셋째", "***"),
                                            ("* 첫째", "*"), ("※ 참고", "※")])  # fmt: skip
def test_runs_of_asterisks_mark_notes(text: str, mark: str) -> None:
    found = read_marker(text)
    assert found is not None and found[0].is_note and found[0].text == mark


@pytest.mark.parametrize("alike", [False, True])
def test_a_list_in_a_box_beside_a_titled_box_is_under_the_title(alike: bool) -> None:
    """"1 글로벌 수준의 관광 콘텐츠 특화도시 조성" in a box, "① … ④" in the box beside it
    on the same rows: the list is the title's.  A row of boxes alike ("전략 1" | "전략 2")
    is no title and its list."""
    glyph = "①" if alike else "\uf000"
    lines = lines_of(
        "Ⅳ. 정책목표", "◈ (관광) 글로벌 관광시장 공략", f"{glyph} 글로벌 수준의 관광 콘텐츠",
        "① 글로벌관광도시 경쟁력 강화", "② 지역특화 융합관광 콘텐츠 육성",
        f"{'②' if alike else glyph} 글로벌 해양관광", "① 해양레저관광 거점도시 조성",
        "② 크루즈 관광 경쟁력 강화",
    )  # fmt: skip
    boxes = {3: 1, 4: 2, 5: 2, 6: 3, 7: 4, 8: 4}
    bounds = {1: (65.0, 389.0, 193.0, 475.0), 2: (206.0, 389.0, 530.0, 475.0),
              3: (65.0, 488.0, 193.0, 552.0), 4: (206.0, 488.0, 530.0, 552.0)}  # fmt: skip
    outline = build_outline(lines, box_of=boxes, box_bounds=bounds)
    parent = {n.title: n.parent.title if n.parent else None for n in outline.nodes}
    if alike:
        assert parent["글로벌관광도시 경쟁력 강화"] != "글로벌 수준의 관광 콘텐츠"
    else:
        assert parent["글로벌관광도시 경쟁력 강화"] == "글로벌 수준의 관광 콘텐츠"
        assert parent["지역특화 융합관광 콘텐츠 육성"] == "글로벌 수준의 관광 콘텐츠"
        assert parent["크루즈 관광 경쟁력 강화"] == "글로벌 해양관광"
        assert parent["글로벌 해양관광"] == parent["글로벌 수준의 관광 콘텐츠"]


@pytest.mark.parametrize("told_again", [(1, 2, 4), (1, 2, 3, 4), (1, 4)])
def test_an_overview_list_goes_on_whichever_of_its_items_are_told_again(
    told_again: tuple[int, ...],
) -> None:
    """A goal's tasks "1." … "4." listed on a 정책목표 page, some told again in detail in
    the plan (overview entries, which open nothing) and some not: all four are one list
    under the goal, the ones not told again too ("3." after "2." is "2."'s sibling)."""
    tasks = ["건설 신속 추진", "적기 보상 추진", "마스터플랜 수립", "복합도시 개발 추진"]
    texts = ["Ⅱ. 정책목표", "□ 가덕도신공항 건설"]
    texts += [f"{n}. {t}" for n, t in enumerate(tasks, start=1)]
    texts += ["Ⅲ. 주요업무계획"]
    for n in told_again:
        texts += [f"{n}. {tasks[n - 1]}", "□ 추진계획", "○ 계획 수립"]
    shape = tree(texts)
    goal = shape.index((2, "bullet:□", "가덕도신공항 건설"))
    assert shape[goal + 1 : goal + 5] == [(3, "num.dot", t) for t in tasks]


def test_a_divider_pages_part_holds_the_bullets_under_it() -> None:
    """A divider page "1/ 양성평등 환경 조성" over its bullets, each told again in detail
    (여성가족국 p11): the part is an overview entry, and its bullets are under it; the
    detailed item after them is no child of it."""
    shape = tree([
        "Ⅳ. 주요 업무계획", "1/ 양성평등 환경 조성", "• 양성평등정책 추진체계 확립",
        "• 다양한 가족의 안정적 삶 지원", "1 양성평등 환경 조성", "1. 양성평등정책 추진체계 확립",
        "□ 제도 운영", "2. 다양한 가족의 안정적 삶 지원", "□ 가족센터 운영",
    ])  # fmt: skip
    assert shape[:6] == [
        (1, "roman", "주요 업무계획"), (2, "num.slash", "양성평등 환경 조성"),
        (3, "bullet:•", "양성평등정책 추진체계 확립"),
        (3, "bullet:•", "다양한 가족의 안정적 삶 지원"),
        (2, "num.bare", "양성평등 환경 조성"), (3, "num.dot", "양성평등정책 추진체계 확립"),
    ]


@pytest.mark.parametrize("ditto", sorted(DITTO_MARKS))
def test_a_ditto_mark_repeats_the_row_header_above(ditto: str) -> None:
    """소관부서 "복지정책과" then "〃" rows: each row is 복지정책과's."""
    rows: list[list[str | None]] = [
        ["소관부서", "사업명", "조치사항"], ["복지정책과", "희망센터", "시정"],
        [ditto, "자활센터", "주의"], [ditto, "마리아마을", "시정"], ["노인복지과", "쉼터", "주의"],
    ]  # fmt: skip
    (table,) = build_tables([grid(rows, {})], [Line(n, "x", "x") for n in range(1, 6)])
    got = [c.row_header.split(" / ")[0] for c in table.body() if c.col == 2]
    assert got == ["복지정책과", "복지정책과", "복지정책과", "노인복지과"]


@pytest.mark.parametrize(
    ("rows", "caption", "want"),
    [
        # a figure alone with no unit anywhere: its number, of no kind
        ([["구 분", "2023", "2024"], ["통행량", "5,571", "△4.9"]], None,
         {"5,571": ("text", 5571.0, None), "△4.9": ("text", -4.9, None)}),
        # "-" is zero of the column's kind, and no money where no unit says so
        ([["구 분", "정 원", "현 원"], ["과장", "-", "(2)"]], "(단위: 명)",
         {"-": ("count", 0.0, "명"), "(2)": ("count", 2.0, "명")}),
        ([["구 분", "계", "미반영"], ["건의사항", "6", "-"]], None,
         {"6": ("text", 6.0, None), "-": ("text", 0.0, None)}),
        ([["구 분", "예산", "집행"], ["계", "1,000", "-"]], "(단위: 백만원)",
         {"-": ("krw", 0.0, "백만원")}),
        # a header part that is only a unit: a rate
        ([["구 분", "증 감", None], [None, "액", "%"], ["계", "3", "0.27"]], "(단위: 백만원)",
         {"3": ("krw", 3_000_000.0, "백만원"), "0.27": ("percent", 0.27, "%")}),
        # a figure with its parts or its share in brackets: the figure
        ([["사업명", "면적", "총 사 업 비"], ["공공시설", "760", "30억(국15, 시7.5, 구7.5)"]], None,
         {"30억(국15, 시7.5, 구7.5)": ("krw", 3_000_000_000.0, "억원")}),
        ([["구 분", "예산액(구성비)", "비고"], ["일반회계", "51,288(30.7)", "2024(예정)"]],
         "(단위: 억원)", {"51,288(30.7)": ("krw", 5_128_800_000_000.0, "억원"),
                        "2024(예정)": ("date", None, None)}),
        # ... or what it is (교통혁신국 p6: "8개소(누계)", "47.4%(보급률)")
        ([["구 분", "As-Is", "To-Be"], ["신호체계", "8개소(누계)", "47.4%(보급률)"]], None,
         {"8개소(누계)": ("count", 8.0, "개소"), "47.4%(보급률)": ("percent", 47.4, "%")}),
        # ... but a day with its weekday is no figure
        ([["구 분", "일정", "비고", "기타"], ["설명회", "3.5(목)", "3.5(목~금)", "3.14(금요일)"]],
         None, {"3.5(목)": ("text", None, None), "3.5(목~금)": ("text", None, None),
                "3.14(금요일)": ("text", None, None)}),
        # a rate's header says more than the caption's unit (기획조정실 p6, 관광마이스국 p6)
        ([["구 분", "예 산", "증감률"], ["일반회계", "51,288", "△3.3"]], "(단위: 억원, %)",
         {"51,288": ("krw", 5_128_800_000_000.0, "억원"), "△3.3": ("percent", -3.3, "%")}),
        ([["구 분", "예 산", "증 감 율"], ["일반회계", "100", "2.5"]], "(단위: 억원)",
         {"2.5": ("percent", 2.5, "%")}),
        ([["국 가", "인 원", "비율"], ["중 국", "1,200", "14.4"]], "(단위: 명, %)",
         {"1,200": ("count", 1200.0, "명"), "14.4": ("percent", 14.4, "%")}),
        # ... but not its own unit: "증감(억원)"; a rate under a part in 억원 is a rate
        ([["구 분", "증감률(억원)"], ["계", "3"]], None, {"3": ("krw", 300_000_000.0, "억원")}),
        ([["구 분", "예산(억원)", None], [None, "금액", "증감률"], ["계", "3,000", "6.3"]], None,
         {"3,000": ("krw", 300_000_000_000.0, "억원"), "6.3": ("percent", 6.3, "%")}),
        # a quotient of the columns is a rate where the caption lists % (고용노동부 예산)
        ([["구 분", "예산(A)", "예산(B)", "(B-A)/A"], ["계", "100", "106", "△0.4"]],
         "(단위 : 억원, %)", {"106": ("krw", 10_600_000_000.0, "억원"),
                               "△0.4": ("percent", -0.4, "%")}),
        ([["구 분", "예산(A)", "B/A"], ["계", "100", "3"]], "(단위: 억원)",
         {"3": ("krw", 300_000_000.0, "억원")}),
        # a figure of a unit that is no money nor count keeps its number and unit (환경 p7)
        ([["구 분", "시설용량", "처리량"], ["수영", "452", "1.1"]], "(단위: 천㎥/일)",
         {"452": ("text", 452.0, "천㎥/일"), "1.1": ("text", 1.1, "천㎥/일")}),
        # a count in thousands is a count, the size applied, its unit as printed (round 116;
        # 사회복지국 p6: "(단위 : 천명, ( )인구수 대비 백분율)", its share in brackets)
        ([["구 분", "장애인 수"], ["부 산", "174(5.3%)"]], "(단위 : 천명, ( )인구수 대비 백분율)",
         {"174(5.3%)": ("count", 174_000.0, "천명")}),
        # a column of years in a table of amounts: years, not money (기획조정실 p7)
        ([["기금명", "조성액", "설치 년도"], ["재난기금", "1,234", "2005"]], "(단위: 억원)",
         {"2005": ("date", None, None), "1,234": ("krw", 123_400_000_000.0, "억원")}),
        ([["구 분", "전년도", "금년도"], ["계", "3,900", "3,700"], ["일반", "2005", "-"]],
         "(단위: 억원)", {"2005": ("krw", 200_500_000_000.0, "억원"), "-": ("krw", 0.0, "억원")}),
    ],
)  # fmt: skip
def test_cell_values(
    rows: list[list[str | None]], caption: str | None, want: dict[str, tuple[str, float, str]]
) -> None:
    spans = {(0, 0): (2, 1), (0, 1): (1, 2)} if rows[1][0] is None else {}
    lines = [Line(n, "x", "x") for n in range(1, len(rows) + 1)]
    (table,) = build_tables([grid(rows, spans)], lines)
    if caption:
        money, counted = read_unit(caption)
        table = replace(table, currency_unit=money, count_unit=counted, unit_raw=caption)
    got = {c.text: cell_value(c.text, table, c.col_header, 2025, c.row_header)
           for c in table.body()}  # fmt: skip
    assert {k: (got[k][0], got[k][1], got[k][5]) for k in want} == want


@pytest.mark.parametrize(
    ("caption", "units"),
    [  # one unit a group of columns, named by its header or the one left for the rest
     ("2026. 1. 1. 기준 [단위: 교, 학급, 명]", ["교", "교", "학급", "명", "명"]),
     # one unit for all
     ("[단위: 명]", ["명"] * 5),
     # a unit no header names, and two left for the rest: the caption's first unit
     ("[단위: 개소, 대, 명]", ["개소"] * 5),
     # money and counts: which columns are which the caption does not say
     ("(단위: 백만원, 명, 개소)", ["백만원"] * 5)],
)  # fmt: skip
def test_a_caption_listing_units_gives_each_column_group_its_own(
    caption: str, units: list[str]
) -> None:
    rows = [["학교급", "학교 수*", None, "학급 수", "학생 수", "교원수**"],
            [None, "공립", "사립", None, None, None],
            ["초등학교", "149", "2", "3,400", "67,213", "5,562"]]  # fmt: skip
    spans = {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (2, 1), (0, 4): (2, 1), (0, 5): (2, 1)}
    lines = [Line(n, "x", "x") for n in range(1, len(rows) + 1)]
    (table,) = build_tables([grid(rows, spans)], lines)
    table = with_caption(table, [Line(9, caption, caption)])
    got = [cell_value(c.text, table, c.col_header, 2026, c.row_header) for c in table.body()]
    assert [(v[0], v[5]) for v in got] == [("krw" if u == "백만원" else "count", u) for u in units]


@pytest.mark.parametrize(
    ("labels", "paths"),
    [
        # 청년산학국 p48: a 계 row over each block of sources
        (["계(부경대)", "국 비", "시 비", "계(부산대)", "국 비", "시 비"],
         ["계(부경대)", "계(부경대) / 국 비", "계(부경대) / 시 비", "계(부산대)",
          "계(부산대) / 국 비", "계(부산대) / 시 비"]),
        # 환경물정책실 p6: "· 생활폐기물" under two "◦" rows
        (["◦ 순환이용률", "· 생활폐기물", "◦ 최종처분율", "· 생활폐기물"],
         ["순환이용률", "순환이용률 / 생활폐기물", "최종처분율", "최종처분율 / 생활폐기물"]),
        # labels all told apart: nothing added
        (["계", "국 비", "시 비"], ["계", "국 비", "시 비"]),
        # a plain label over each block, a total over all: no group tells them apart
        (["합계", "A사업", "국비", "시비", "B사업", "국비", "시비"],
         ["합계", "A사업", "국비", "시비", "B사업", "국비", "시비"]),
        # 계획 is no total (a word that begins as 계 does)
        (["계획", "국비", "시비", "실적", "국비", "시비"],
         ["계획", "국비", "시비", "실적", "국비", "시비"]),
    ],
)  # fmt: skip
def test_rows_alike_under_two_groups_take_their_groups_label(
    labels: list[str], paths: list[str]
) -> None:
    rows = [["구분", "2025년"], *[[label, str(100 + i)] for i, label in enumerate(labels)]]
    lines = [Line(n, "x", "x") for n in range(1, len(rows) + 1)]
    (table,) = build_tables([grid(rows, {})], lines)
    assert [c.row_header for c in table.body() if c.col == 1] == paths


@pytest.mark.parametrize(
    ("column", "value"),
    [
        (["-", "보조금 정산 철저"], None),  # a column of text: "-" is nothing, no zero
        (["-", "3"], 0.0),  # a column of figures: "-" is none of them
        (["-", "-"], 0.0),  # nil marks only (the sample's 미반영: -): none there
        (["-", "1998"], 0.0),  # a figure that reads as a year is a count too (review D10)
    ],
)
def test_a_nil_mark_is_zero_only_in_a_column_of_figures(
    column: list[str], value: float | None
) -> None:
    """민간위탁 감사 (여성가족국 p45): "조치 사항" of an audit with no finding reads "-":
    nothing was done, not zero of something."""
    rows = [["수탁기관", "감사기간", "조치 사항"], ["육아지원센터", "’24. 5.", column[0]],
            ["보육센터", "’24. 6.", column[1]]]  # fmt: skip
    lines = [Line(n, "x", "x") for n in range(1, len(rows) + 1)]
    tables = build_tables([grid(rows, {})], lines)
    _, cells = table_records(Layout(tables, build_outline([]), {}), lines, 2025)
    nils = [c for c in cells if c.raw == "-"]
    assert nils and all(c.value == value for c in nils)


def test_a_nil_mark_in_a_column_of_dates_is_no_amount() -> None:
    """기금 현황 (기획조정실 p7, 단위: 억원): 존속기한 "-" for a fund with no end is no
    0억원, nor is a cell listing two dates an amount; the amounts' "-" is 0억원."""
    rows = [["기금명", "조성액", "존속기한"], ["재난관리기금", "-", "-"],
            ["청년기금", "120", "2028.12.31."], ["통합기금", "80", "2025.12.31. 2028.12.31."]]
    lines = [Line(n, "x", "x") for n in range(1, len(rows) + 1)]
    (table,) = build_tables([grid(rows, {})], lines)
    table = with_caption(table, [Line(9, "(단위: 억원)", "(단위: 억원)")])
    _, cells = table_records(Layout([table], build_outline([]), {}), lines, 2025)
    got = {(c.row, c.col): (c.value_kind, c.value_krw, c.unit) for c in cells}
    assert got[(1, 1)] == ("krw", 0, "억원")
    assert got[(1, 2)] == ("text", None, None)
    assert got[(3, 2)] == ("text", None, None)


@pytest.mark.parametrize(("second", "unit"), [("마을버스(대)", "대"), ("정류소(개소)", None)])
def test_a_total_row_takes_the_unit_all_its_rows_state(second: str, unit: str | None) -> None:
    """교통혁신국 p18: "합계" over "시내버스(대)" and "마을버스(대)", no caption unit: the total
    counts 대 too; rows of two units leave the total's unit unsaid."""
    rows = [["구분", "계", "’24"], ["합계", "1,798", "331"], ["시내버스(대)", "1,500", "300"],
            [second, "298", "31"]]  # fmt: skip
    lines = [Line(n, "x", "x") for n in range(1, len(rows) + 1)]
    tables = build_tables([grid(rows, {})], lines)
    _, cells = table_records(Layout(tables, build_outline([]), {}), lines, 2025)
    total = next(c for c in cells if c.raw == "1,798")
    assert total.unit == unit and total.value == 1798.0


def test_a_merged_cell_of_text_makes_each_column_it_covers_one_of_text() -> None:
    """A note merged over 조치 사항 and 비고 in one row, "-" under 비고 in the next: the
    비고 column holds words, so its "-" is nothing (a review)."""
    rows = [["수탁기관", "지적 건수", "조치 사항", "비고"],
            ["육아지원센터", "2", "보조금 정산 철저", None],
            ["보육센터", "1", "시정 완료", "-"]]  # fmt: skip
    lines = [Line(n, "x", "x") for n in range(1, len(rows) + 1)]
    tables = build_tables([grid(rows, {(1, 2): (1, 2)})], lines)
    _, cells = table_records(Layout(tables, build_outline([]), {}), lines, 2025)
    (nil,) = [c for c in cells if c.raw == "-"]
    assert not nil.is_header and nil.value is None


def test_a_boxed_title_over_steps_stays_in_its_card() -> None:
    """"현안4 글로컬대학" / □ 사업개요 / [2단계 : 본지정] over ① … ③ / □ 추진상황: the
    box's title heads the steps inside the card; the card goes on after them."""
    texts = [
        "Ⅳ. 당면현안", "현안4 글로컬대학", "□ 사업개요", "ㅇ 지정규모 : 30개", "2단계 : 본지정",
        "① 대학", "② 연합대학", "③ 광역지자체", "□ 추진상황", "ㅇ 공모 신청", "현안5 독서축제",
    ]  # fmt: skip
    lines = [ln._replace(page=1) for ln in lines_of(*texts)]
    outline = build_outline(lines, titles=NO_TITLES, box_of={lines[4].no: 1})
    shape = {" ".join(n.text.split()): (n.depth, n.parent.text if n.parent else "")
             for n in outline.nodes}  # fmt: skip
    assert shape["2단계 : 본지정"][0] > shape["글로컬대학"][0]
    assert shape["대학"][1] == "2단계 : 본지정"
    assert shape["추진상황"][0] == shape["사업개요"][0]
    assert shape["독서축제"][0] == shape["글로컬대학"][0]


def test_a_numbered_item_goes_on_the_list_a_title_closed() -> None:
    """"1 조직" / a stray box read as the title of a list ("【 관광트렌드 】" over
    "2 예산") / "3 사업": items 2 and 3 go beside item 1, not under the title."""
    texts = ["Ⅰ. 기본현황", "1 조 직", "□ 3과 9팀", "【 관광트렌드 】", "2 예 산", "3 사 업"]
    lines = [ln._replace(page=1) for ln in lines_of(*texts)]
    outline = build_outline(lines, titles=NO_TITLES, box_of={lines[3].no: 1})
    depth = {" ".join(n.text.split()): n.depth for n in outline.nodes}
    assert depth["조 직"] == depth["예 산"] == depth["사 업"] == 2


@pytest.mark.parametrize(
    ("rows", "spans", "head"),
    [
        # "’26년 이후" drawn into the 계 row below it: the header stops above 계
        ([["구 분", "총사업비", "’25년", "’26년 이후"], ["계", "196", "196", None],
          ["국 비", "98", "98", "-"]], {(0, 3): (2, 1)}, 1),
        # a row of years under a label spanning both rows: two header rows
        ([["추진 내용", "연도별 계획", None], [None, "23", "24"], ["진단 체계", "", ""],
          ["평가 체계", "", ""]], {(0, 0): (2, 1), (0, 1): (1, 2)}, 2),
    ],
)  # fmt: skip
def test_a_header_cell_spanning_rows_stops_at_a_labelled_row_of_figures(
    rows: list[list[str | None]], spans: dict[tuple[int, int], tuple[int, int]], head: int
) -> None:
    (table,) = build_tables([grid(rows, spans)], [Line(n, "x", "x") for n in range(1, 5)])
    assert table.header_rows == head


def test_an_outline_records_title_undoes_letter_spacing() -> None:
    from extract.pipeline import check, parse_document

    text = "Ⅰ. 기 본 현 황\n□ 조 직 현 황 : 3과\nⅡ. 주요업무계획\n1. 과제\n□ 추진계획\n"
    report = check(parse_document(read_bytes(text.encode(), "r.txt"), "r"))
    titles = {n.title: n.text for n in report.outline}
    assert titles["기본현황"] == "기 본 현 황"
    assert "조직현황: 3과" in titles


@pytest.mark.parametrize(("line", "kind"), [
    ("□ 3. 부서별 주요업무", "num.dot"),  # a banner's box read as a glyph before the number
    ("□ 1-2 예산 현황", "num.dash"),
    ("□11 지방재정의 자율성 확대", "bullet:□"),  # a boxed number: no heading's number
    ("□ 3개 과제 추진", "bullet:□"),
])  # fmt: skip
def test_a_box_glyph_before_a_headings_number_is_that_number(line: str, kind: str) -> None:
    shape = tree(["Ⅰ. 기본현황", "1. 기구현황", "□ 조직", "2. 일반현황", "□ 관광객", line])
    assert shape[-1][1] == kind


def test_a_row_of_figures_with_a_word_of_a_unit_is_a_body_row() -> None:
    """nikl p3: "원시 말뭉치* | 0.31억 어절 | 18억 어절": figures (a numeral and a unit of
    its own), not a second header row."""
    rows: list[list[str | None]] = [
        ["연도", "‘18년", "‘19년"], ["원시 말뭉치*", "0.31억 어절", "18억 어절"],
        ["분석 말뭉치**", "-", "11종"],
    ]  # fmt: skip
    (table,) = build_tables([grid(rows, {})], [Line(n, "x", "x") for n in range(1, 4)])
    assert table.header_rows == 1


def test_two_box_titles_over_lists_in_an_item_stand_side_by_side() -> None:
    texts = ["Ⅰ. 현황", "1. 추진 현황", "노동시장 격차 해소", "① 임금 격차", "② 고용 격차",
             "일자리 창출 지원", "① 청년 일자리", "② 노인 일자리"]  # fmt: skip
    lines = [ln._replace(page=1) for ln in lines_of(*texts)]
    outline = build_outline(lines, titles=NO_TITLES, box_of={lines[2].no: 1, lines[5].no: 2})
    depth = {" ".join(n.text.split()): n.depth for n in outline.nodes}
    assert depth["노동시장 격차 해소"] == depth["일자리 창출 지원"] == 3
    assert depth["청년 일자리"] == depth["임금 격차"] == 4


@pytest.mark.parametrize(
    ("title", "height", "titled"),
    [
        ("2025년 경제여건", 18.0, True),  # a tab's title, set larger than its □ lines
        ("2025년 경제여건", 16.5, False),  # in the bullets' size: a stray line
        ("7개", 18.0, False),  # a figure's count names no part
    ],
)
def test_a_tab_title_set_larger_heads_the_bullets_under_it(
    title: str, height: float, titled: bool
) -> None:
    """기획조정실 p15: "2025년 경제여건" and "재정여건 및 운용 방향" sit in tabs over their □
    lines, in a size larger than theirs (18.0 pt over 16.0): each titles its part, the
    second taking the first's place."""
    rows = [("Ⅲ. 2025년 주요업무계획", 60.0, 20.0), ("◊ 안정적인 재정 운영", 120.0, 16.0),
            (title, 200.0, height), ("□ (대내외여건) 완만한 회복세 예상", 240.0, 16.0),
            ("○ 세계경제는 완만한 성장세 예상", 265.0, 16.0),
            ("재정여건 및 운용 방향", 320.0, height),
            ("□ (재정여건) 재정의 역할 확대", 360.0, 16.0),
            ("○ 의무지출 증가로 가용재원 부족", 385.0, 16.0)]  # fmt: skip
    lines = [Line(n, text, text, 1) for n, (text, _, _) in enumerate(rows, start=1)]
    boxes = {n: (58.0, top, 400.0, top + h) for n, (_, top, h) in enumerate(rows, start=1)}
    out = layout(Document("x.pdf", lines, format="pdf", boxes=boxes)).outline
    nodes = {n.title: n for n in out.nodes if n.lines}
    first = nodes["(대내외여건) 완만한 회복세 예상"]
    if titled:
        assert first.parent is nodes[title] and nodes[title].kind == "title"
        assert nodes["(재정여건) 재정의 역할 확대"].parent is nodes["재정여건 및 운용 방향"]
        chapter = nodes["2025년 주요업무계획"]
        assert nodes[title].parent is nodes["재정여건 및 운용 방향"].parent is chapter
    else:
        assert title not in nodes and 3 not in out.line_node  # residue


@pytest.mark.parametrize(
    ("second", "top", "height", "wraps"),
    [  # a chapter's title wraps onto the next line in its own size, right under it
     ("및 전략", 84.0, 20.0, True),
     # not onto a box's label set under it in another size (교통혁신국 p12: "목 표" over
     # the goal), nor onto a line far below it
     ("목 표", 100.0, 14.0, False), ("및 전략", 160.0, 20.0, False)],
)  # fmt: skip
def test_a_chapters_title_wraps_in_its_own_size(
    second: str, top: float, height: float, wraps: bool
) -> None:
    rows = [("Ⅳ. 정책 목표", 60.0, 20.0), (second, top, height),
            ("1. 스마트 모빌리티", 300.0, 16.0)]  # fmt: skip
    lines = [Line(n, text, text, 1) for n, (text, _, _) in enumerate(rows, start=1)]
    boxes = {n: (58.0, t, 400.0, t + h) for n, (_, t, h) in enumerate(rows, start=1)}
    out = layout(Document("x.pdf", lines, format="pdf", boxes=boxes)).outline
    heading = next(n for n in out.nodes if n.kind == "heading")
    assert (heading.text == f"정책 목표 {second}") is wraps


@pytest.mark.parametrize(
    ("item", "page", "under_tab"),
    [  # the plan's numbered theme on the next page is the chapter's (기획조정실 p16)
     ("1. 전략적 재정운용", 2, False),
     # on the tab's page, or a mark of the tab's first kind, it is the tab's
     ("1. 전략적 재정운용", 1, True),
     ("□ (재정운용) 효율 극대화", 2, True)],
)  # fmt: skip
def test_a_tab_heads_the_marks_of_its_page(item: str, page: int, under_tab: bool) -> None:
    rows = [("Ⅲ. 2025년 주요업무계획", 60.0, 20.0, 1), ("◊ 안정적인 재정 운영", 120.0, 16.0, 1),
            ("재정여건 및 운용 방향", 320.0, 18.0, 1),
            ("□ (재정여건) 재정의 역할 확대", 360.0, 16.0, 1),
            ("○ 의무지출 증가로 가용재원 부족", 385.0, 16.0, 1),
            (item, 100.0 if page == 2 else 420.0, 17.0, page)]  # fmt: skip
    lines = [Line(n, text, text, pg) for n, (text, _, _, pg) in enumerate(rows, start=1)]
    boxes = {n: (58.0, top, 400.0, top + h) for n, (_, top, h, _) in enumerate(rows, start=1)}
    out = layout(Document("x.pdf", lines, format="pdf", boxes=boxes)).outline
    nodes = {" ".join(n.text.split()): n for n in out.nodes if n.lines}
    tab = nodes["재정여건 및 운용 방향"]
    node = next(n for n in out.nodes if n.lines and n.lines[0].no == 6)
    assert (node.parent is tab) is under_tab
    if not under_tab:
        assert node.parent is next(n for n in out.nodes if n.lines and n.lines[0].no == 1)


def test_a_tab_title_stays_inside_the_division_it_stands_in() -> None:
    """A tab's title under a division's part ("복지정책과") heads its bullets inside that
    part; the next division takes the part's place, tab or not."""
    rows = [("Ⅲ. 2025년 주요업무계획", 60.0, 20.0), ("복지정책과", 100.0, 18.0),
            ("2025년 중점 추진과제", 200.0, 18.0), ("□ 복지 안전망 강화", 240.0, 16.0),
            ("○ 위기가구 발굴 체계 구축", 265.0, 16.0), ("노인복지과", 320.0, 18.0),
            ("□ 노인 일자리 확대", 360.0, 16.0)]  # fmt: skip
    lines = [Line(n, text, text, 1) for n, (text, _, _) in enumerate(rows, start=1)]
    boxes = {n: (58.0, top, 400.0, top + h) for n, (_, top, h) in enumerate(rows, start=1)}
    out = layout(Document("x.pdf", lines, format="pdf", boxes=boxes), TITLES).outline
    nodes = {n.title: n for n in out.nodes if n.lines}
    assert nodes["2025년 중점 추진과제"].parent is nodes["복지정책과"]
    assert nodes["복지 안전망 강화"].parent is nodes["2025년 중점 추진과제"]
    assert nodes["노인복지과"].parent is nodes["2025년 주요업무계획"]
    assert nodes["노인 일자리 확대"].parent is nodes["노인복지과"]


def _note_parents(*texts: str) -> dict[str, str]:
    """Each note's text -> the title of the node it stands under."""
    outline = build_outline(lines_of(*texts))
    return {n.title: n.parent.title for n in outline.nodes if n.kind == "note" and n.parent}


@pytest.mark.parametrize(
    ("texts", "parents"),
    [
        (  # a box of notes after a run of items: each goes to the item with its mark
            ["□ 독서교육 활성화", "⦁ 「여기, 지금 책방*」 운영", "⦁ 「너와누리 책두레**」 운영",
             "⦁ 복합문화 체험 운영", "* 여기, 지금 책방", "** 너와누리 책두레"],
            {"여기, 지금 책방": "「여기, 지금 책방*」 운영",
             "너와누리 책두레": "「너와누리 책두레**」 운영"},
        ),
        (  # a conclusion arrow under a dash, the dash's notes after it (nikl p24)
            ["ㅇ (현황) 진단 부재", "- 현행 시험*은 객관식(PSAT)**", "→ 실질적 능력 진단 불가",
             "* KBS 한국어능력시험", "** PSAT 언어논리영역"],
            {"KBS 한국어능력시험": "현행 시험*은 객관식(PSAT)**",
             "PSAT 언어논리영역": "현행 시험*은 객관식(PSAT)**"},
        ),
        (  # a mark that has its note already is no other note's (moel L315)
            ["□ 장시간 노동 개선", "ㅇ 법적근거 마련*", "* 「실노동시간 단축 지원법」",
             "ㅇ 노동시간 관리방안 마련", "* 예) 최소 휴식시간"],
            {"「실노동시간 단축 지원법」": "법적근거 마련*",
             "예) 최소 휴식시간": "노동시간 관리방안 마련"},
        ),
        (  # the item above carries the mark: the note stays; a ※ note is no asterisk's
            ["□ 추진계획", "ㅇ 가 사업*", "ㅇ 나 사업*", "* 나 사업 설명", "※ 가 사업 참고"],
            {"나 사업 설명": "나 사업*", "가 사업 참고": "나 사업*"},
        ),
    ],
)  # fmt: skip
def test_an_asterisk_note_goes_to_the_item_with_its_mark(
    texts: list[str], parents: dict[str, str]
) -> None:
    assert _note_parents(*texts) == parents


@pytest.mark.parametrize("word", list(ITEM_WORDS))
def test_a_word_and_a_number_in_a_box_head_the_items_under_them(word: str) -> None:
    """대전교육청's 성과 appendix: a box "정책방향 1" over its title on the next line, then
    the "1-①" items of that strategy: each box an item with its title, over its own
    items (not words of the item before, nor one flat list of 1-① .. 2-③); a count
    after the word ("과제 3건") is no number."""
    texts = [
        "Ⅰ. 추진 성과", "① 추진 실적", f"{word} 1", "미래를 선도하는 교육",
        "1-① 인성교육", "◦ 체험 중심 인성교육", "- 인성 브랜드 운영", f"{word} 2",
        "배움이 있는 교육", "2-① 교육과정", "◦ 교육과정 혁신",
    ]  # fmt: skip
    got = tree(texts)
    kind = f"word:{word}"
    assert (3, kind, "미래를 선도하는 교육") in got and (3, kind, "배움이 있는 교육") in got
    assert [d for d, _, t in got if t in ("인성교육", "교육과정")] == [4, 4]
    count = read_marker(f"{word} 3건 추진")
    assert count is None or count[0].kind != kind


@pytest.mark.parametrize(
    ("second", "depth"),
    [
        ("after_items", 3),  # 정책방향 2's items, then 중점과제 1: a box beside the others
        ("first_item", 4),  # 전략 1 / 과제 1 at once: the strategy's first task, under it
    ],
)
def test_a_box_of_another_word_opens_beside_a_box_that_holds_items(
    second: str, depth: int
) -> None:
    texts = ["Ⅰ. 추진 성과", "① 추진 실적", "정책방향 1", "미래교육", "1-① 인성교육",
             "◦ 체험 중심 인성교육", "- 인성 브랜드 운영", "정책방향 2", "혁신교육"]  # fmt: skip
    if second == "after_items":
        texts += ["2-① 교육과정", "◦ 교육과정 혁신", "- 교육과정 운영"]
    texts += ["중점과제 1", "진로교육", "1-① 진로 지원", "◦ 진로 체험"]
    got = tree(texts)
    assert (depth, "word:중점과제", "진로교육") in got
    assert [d for d, _, t in got if t == "진로 지원"] == [depth + 1]


@pytest.mark.parametrize(
    ("texts", "numbers"),
    [
        # an org chart's boxes, each name over its head count: counts, not items 53, 25
        (["원 장", "(53)", "기획연수부", "(25)", "어문연구실", "(28)", "기획운영과"], []),
        # a list whose numbers are set alone over their titles: items 1, 2, 3
        (["(1)", "추진 배경", "(2)", "추진 내용", "(3)", "향후 계획"], ["1", "2", "3"]),
        (["1)", "추진 배경", "2)", "추진 내용"], ["1", "2"]),
        # a list going on after an item with its title on its line
        (["(1) 추진 배경", "(2)", "추진 내용"], ["1", "2"]),
        # a count with words after it on its line is read as it always was
        (["(53) 기획연수부"], ["53"]),
        # a count over a list of its own (the sample's 조례 by 담당관) heads that list
        (["사회혁신담당관", "(4)", "", "․ 조례 하나", "전환도시담당관", "(2)", "", "․ 조례 둘"],
         ["4", "2"]),
    ],
)
def test_a_bracketed_number_alone_is_an_item_only_where_it_numbers_a_list(
    texts: list[str], numbers: list[str]
) -> None:
    items = mark_lines([ln for ln in lines_of(*texts) if ln.is_content])
    assert [it.marker.number for it in items if it.marker and it.marker.number] == numbers


def test_an_unmarked_title_an_overview_numbers_goes_on_its_list() -> None:
    """고용노동부: the plan lists its tasks ➊ .. ➓ ⓫; the body tells them again as ① .. ⑨
    and then, its ⑩ ⑪ composed by Hancom (no character a reader can spell), as titles
    alone: each is the item the overview numbers, beside ⑨, not a title under it."""
    got = tree([
        "Ⅲ. 주요 과제", "➊ 청년 일할 기회 보장", "➋ 노동기본권 보장", "➌ 공정일터 조성",
        "① 청년 일할 기회 보장 (국정 90)", "□ 현황",
        "② 노동기본권 보장 (국정 93)", "□ 현황", "공정일터 조성 (국정 92)", "□ 현황",
    ])  # fmt: skip
    told = [(d, k) for d, k, t in got if "(국정" in t]
    assert len(told) == 3 and len(set(told)) == 1 and told[0][1] == "circled"


def test_a_sentence_that_begins_with_an_overview_title_is_no_item() -> None:
    """대전교육청: a chapter's cover sentence "소통하고 협력하는 교육행정을 펼치겠습니다."
    begins with the title of the contents' "5." but ends as a sentence: no item 5."""
    got = tree([
        "Ⅲ. 주요 과제", "➊ 청년 일할 기회 보장", "➋ 노동기본권 보장",
        "① 청년 일할 기회 보장 (국정 90)", "□ 현황", "노동기본권 보장을 펼치겠습니다.", "□ 현황",
    ])  # fmt: skip
    assert not any(k == "circled" and "펼치겠습니다" in t for _, k, t in got)


@pytest.mark.parametrize(
    ("texts", "parents"),
    [
        (  # 교통혁신국 p7: a framed box's ✔ lines are the box's, the next □ the chapter's
            ["Ⅰ. 성과", "□ 체감 만족도 높은 정책", "ㅇ (편의시설) 버스정보안내기 설치", "",
             "【수상실적 및 성과지표】", "", "✔ 동백패스 우수사례 선정", "✔ 만족도 조사 결과",
             "□ 안전시설 확충", "ㅇ (도시철도) 전동차 교체"],
            {"동백패스 우수사례 선정": "【수상실적 및 성과지표】",
             "만족도 조사 결과": "【수상실적 및 성과지표】", "안전시설 확충": "성과"},
        ),
        (  # nikl p26: two stage labels, each over its dashes; the ㅇ after them goes on
            ["Ⅰ. 계획", "ㅇ 주요 내용", "", "< 1단계 50억원 >", "", "- 쓰기 현황 조사",
             "- 자료 구축", "", "< 2단계 30억원 >", "", "- 진단체계 구축", "ㅇ 기대효과"],
            {"쓰기 현황 조사": "< 1단계 50억원 >", "진단체계 구축": "< 2단계 30억원 >",
             "< 2단계 30억원 >": "주요 내용", "기대효과": "계획"},
        ),
    ],
)  # fmt: skip
def test_a_bracketed_title_holds_the_items_of_its_box(
    texts: list[str], parents: dict[str, str]
) -> None:
    doc = read_bytes("\n".join(texts).encode(), "plan.txt")
    nodes = layout(doc).outline.nodes
    got = {n.title: n.parent.title for n in nodes if n.parent and n.title in parents}
    assert got == parents


@pytest.mark.parametrize(
    ("line", "note"),
    [
        # 교통혁신국 p25: the note of "민자*" set on the item's line after one space
        ("ㅇ (사업비) 845억원 (국비 119, 민자* 726) * LG CNS 등 11개 참여업체 분담액",
         "LG CNS 등 11개 참여업체 분담액"),
        ("- (관리채무*현황) 3조 5,682억원 * 관리채무=채무+BTL임차료잔액",
         "관리채무=채무+BTL임차료잔액"),
        ("ㅇ 학예보조 공무직 2명 * 3.5백만원 = 70백만원", None),  # no mark before: a product
        ("ㅇ 운영 확대 ** 부속 설명", None),  # no word marked ** before it
    ],
)  # fmt: skip
def test_a_note_set_after_its_marked_word_on_the_items_line(line: str, note: str | None) -> None:
    """On a page (PDF); in typed text a mark one space before its words is the item's
    own (test_a_note_set_flush_right_on_an_items_line_is_a_note_under_it)."""
    items = mark_lines([Line(1, line, line, 1)])
    notes = [it.title for it in items if it.marker is not None and it.marker.is_note]
    assert notes == ([note] if note else [])


def test_a_plus_alone_between_a_diagrams_boxes_is_no_bullet() -> None:
    """교통혁신국 p28: "+" drawn alone between two boxes is no bullet with no text that
    takes the "-" lines after it; they stay the item's."""
    got = tree(["1. 택시 지원", "ㅇ 신규 채용 확대", "- 희망키움사업", "+", "- 경영혁신 워크숍"])
    assert ("+" not in [k.removeprefix("bullet:") for _, k, _ in got])
    assert [d for d, _, t in got if t in ("희망키움사업", "경영혁신 워크숍")] == [3, 3]


@pytest.mark.parametrize(("opening", "closing"), sorted(TITLE_BRACKETS.items()))
def test_each_title_bracket_sets_a_title_apart(opening: str, closing: str) -> None:
    assert is_title(Line(1, f"{opening} 세입 현황 {closing}", "", 1))
    assert not is_title(Line(1, f"{opening} 세입 {closing} 현황", "", 1))


# --- cases a review of the session's rules found (each a misfire of a rule above) ---------


def _parents(outline_nodes: list[Node]) -> dict[str, str | None]:
    return {n.title: n.parent.title if n.parent else None for n in outline_nodes}


def test_a_box_of_a_bullets_facts_stays_in_the_bullet() -> None:
    """With no page (HWPX), a box over bullets closes the bullets above it only where it
    ends its item; a project's "사업 개요" box, its bullet's list going on after it, is
    that bullet's."""
    lines = lines_of("Ⅱ. 계획", "1. 문화 인프라 확충", "□ 거점 도서관 건립", "ㅇ 거점 도서관 건립",
                     "사업 개요", "- 사업기간: 2024~2026년", "- 사업비: 100억원", "ㅇ 개관 준비",
                     "□ 작은도서관 지원")  # fmt: skip
    got = _parents(build_outline(lines, box_of={5: 1, 6: 1, 7: 1}).nodes)
    assert got["사업 개요"] == "거점 도서관 건립" and got["개관 준비"] == "거점 도서관 건립"


@pytest.mark.parametrize(
    ("texts", "box", "parents"),
    [
        (  # a box that opens with a note takes no section number
            ["Ⅰ. 현황", "1. 추진배경", "□ 가 사업", "ㅇ 내용", "※ 참고 사항", "2. 추진계획",
             "□ 나 사업", "3. 향후계획"],
            {5: 1, 6: 1, 7: 1}, {"나 사업": "추진계획"},
        ),
        (  # the aside on a box's first line is not the box's head; the note before it is
            ["Ⅰ. 성과", "□ 재정운용", "- 관리채무비율 18.8%",
             "* 통합재정운용평가 대통령상 수상    ※ 재정인센티브 3억원", "- 재정운용역량 종합 평가",
             "□ 신속집행"],
            {4: 1, 5: 1}, {"재정운용역량 종합 평가": "통합재정운용평가 대통령상 수상"},
        ),
    ],
)  # fmt: skip
def test_a_note_heads_only_the_items_of_its_box(
    texts: list[str], box: dict[int, int], parents: dict[str, str]
) -> None:
    lines = [ln._replace(page=1) for ln in lines_of(*texts)]
    got = _parents(build_outline(lines, box_of=box).nodes)
    assert {t: got[t] for t in parents} == parents
    assert got.get("추진계획") != "참고 사항"  # (a section number is never a note's)


def test_a_wrapped_line_that_begins_with_the_next_entrys_title_is_no_item() -> None:
    texts = [
        "Ⅰ. 정책목표", "1. 지역경제 활성화", "2. 청년 일자리 창출", "Ⅱ. 주요업무계획",
        "1. 지역경제 활성화", "□ 소상공인 지원", "ㅇ 경영안정자금을 지원하여 창업과 연계하고",
        "청년 일자리 창출 기반을 함께 마련", "ㅇ 다음 내용", "2. 청년 일자리 창출",
        "□ 청년 사업",
    ]  # fmt: skip
    got = tree(texts)
    assert [t for _, k, t in got if k == "num.dot"].count("청년 일자리 창출") == 2  # entry, item
    assert not any(t.startswith("청년 일자리 창출 기반") for _, _, t in got)


def test_a_note_does_not_leave_its_numbered_item() -> None:
    got = _parents(build_outline(lines_of(
        "Ⅱ. 주요업무계획", "1. 교통 인프라 확충", "□ 도시철도 민자* 사업 추진", "ㅇ 사업비: 1조원",
        "※ 민자: 민간투자사업(BTO)", "2. 관광 활성화", "* 2024년 관광객 조사 결과 반영",
        "□ 관광 콘텐츠 개발",
    )).nodes)  # fmt: skip
    assert got["2024년 관광객 조사 결과 반영"] == "관광 활성화"


def test_a_task_box_after_a_strategy_with_its_own_list_is_the_strategys() -> None:
    got = tree([
        "Ⅱ. 주요업무계획", "전략 1 지역경제 활성화", "① 목표: 일자리 1만개", "② 목표: 창업 500건",
        "과제 1 소상공인 지원", "□ 자금", "과제 2 창업 생태계 조성", "□ 공간",
        "전략 2 복지 확대", "과제 1 돌봄 강화", "□ 돌봄센터",
    ])  # fmt: skip
    assert all(d > 2 for d, k, _ in got if k == "word:과제")  # (none beside its strategy)


@pytest.mark.parametrize(
    "texts",
    [
        ["Ⅰ. 현황", "(1) 추진 배경", "(2) 추진 경과", "(3) 향후 계획", "Ⅱ. 조직", "원 장", "(53)",
         "기획연수부", "(4)", "어문연구과", "(12)", "언어정보과"],  # a list before the chart
        ["Ⅱ. 조직", "원 장", "(53)", "기획연수부", "(25)", "특수언어진흥과", "(5)"],  # its last
    ],
)  # fmt: skip
def test_a_charts_head_counts_are_no_items(texts: list[str]) -> None:
    items = mark_lines([ln for ln in lines_of(*texts) if ln.is_content])
    chart = items[next(i for i, it in enumerate(items) if it.title == "조직") + 1 :]
    assert [it.marker for it in chart] == [None] * len(chart)


def test_a_figures_title_inside_a_boxs_item_keeps_the_box_open() -> None:
    doc = read_bytes("\n".join([
        "Ⅰ. 성과", "□ 스마트 교통체계 구축", "", "【수상실적 및 성과지표】", "", "✔ 대통령상 수상",
        "- 우수기관 선정", "", "<성과지표 달성 현황>", "", "- 지표 달성률 95%", "✔ 장관상 수상",
        "□ 다음 사업",
    ]).encode(), "plan.txt")  # fmt: skip
    got = _parents([n for n in layout(doc).outline.nodes if n.lines])
    assert got["장관상 수상"] == "【수상실적 및 성과지표】"


def test_a_unit_declaration_after_a_bullet_is_no_title() -> None:
    doc = read_bytes("\n".join(
        ["Ⅰ. 예산", "□ 세출 예산", "ㅇ 부서별 예산", "", "[단위: 백만원]", "", "- 관광정책과 100"]
    ).encode(), "plan.txt")  # fmt: skip
    assert not any(n.kind == "title" for n in layout(doc).outline.nodes)


def test_a_marker_alone_takes_no_drawn_plus_as_its_title() -> None:
    got = tree(["1. 택시 지원", "-", "+", "- 경영혁신 워크숍"])
    assert not any(t == "+" for _, kind, t in got if kind != "figure")


@pytest.mark.parametrize(("inner_x", "chapters", "turn"), [(89.5, 1, False), (64.0, 3, False),
                                                           (89.5, 1, True)])  # fmt: skip
def test_a_roman_numeral_set_inside_an_item_numbers_it_not_the_chapters(
    inner_x: float, chapters: int, turn: bool
) -> None:
    """사회복지국 p56: under "Ⅸ. 기타보고", "❍ (추진체계) 8대 추진전략" lists "Ⅰ 지자체
    사회보장사업 전략체계 : …" and "Ⅱ 지역사회보장 발전 전략체계 : …" set right of it (x
    89.5 against 64.0 for Ⅸ): the item's own numbering, though 전략체계 names the policy
    role, and the □ after them, set left of them, is the part's again, on the next page
    too (``turn``: review D9).  Set at the chapters' margin, the numerals are chapters (a
    report may order them freely)."""
    lines = lines_of(
        "Ⅸ. 기타보고", "▣ 지역사회보장계획 연차별 계획 수립", "□ 개 요",
        "❍ (추진체계) 8대 추진전략, 52개 세부사업",
        "Ⅰ 지자체 사회보장사업 전략체계 : 4대 추진전략, 28개 세부사업",
        "Ⅱ 지역사회보장 발전 전략체계 : 4대 추진전략, 24개 세부사업",
        "□ 2024년 추진실적", "❍ 지역사회보장계획 시행결과 평가 우수상",
    )  # fmt: skip
    indents = {1: 64.0, 2: 50.0, 3: 56.6, 4: 63.6, 5: inner_x, 6: inner_x, 7: 56.6, 8: 63.6}
    # (the chapter's heading in display type, the numbered lines in body type)
    spots = {no: (x, 100.0 + 20 * no, 500.0, (120.0 if no == 1 else 114.0) + 20 * no)
             for no, x in indents.items()}  # fmt: skip
    lines = [ln._replace(page=2 if turn and ln.no >= 7 else 1) for ln in lines]
    outline = build_outline(lines, titles=TITLES, indents=indents, spots=spots)
    parent = {n.title: n.parent.title if n.parent else None for n in outline.nodes}
    assert sum(1 for n in outline.nodes if n.depth == 1) == chapters
    if chapters == 1:
        assert parent["지자체 사회보장사업 전략체계 : 4대 추진전략, 28개 세부사업"] == (
            "(추진체계) 8대 추진전략, 52개 세부사업"
        )
        assert parent["2024년 추진실적"] == "지역사회보장계획 연차별 계획 수립"


@pytest.mark.parametrize("bands", [2, 1, 0])
def test_bullets_alone_in_bands_title_the_groups_under_them(bands: int) -> None:
    """관광마이스국 1-1 (p16): "◇ UN Tourism 연계 …" and "◇ 글로벌 IP 융합 …", each alone in
    a full-width band, each over its own □ items: the bands head the groups (the ◇ glyph
    set right of the □ by the band's padding).  One band alone in its part is its
    headline, beside the □ (a chapter's summary)."""
    texts = [
        "Ⅴ. 주요업무계획", "1-1 글로벌관광도시 경쟁력 강화", "◇ UN Tourism 연계, 위상 강화",
        "□ (UN Tourism 협력 강화) 도시 선정", "ㅇ (서밋) 교류 플랫폼 구축",
        "◇ 글로벌 IP 융합 콘텐츠 확장", "□ (글로벌 IP 관광콘텐츠 강화) 유치 확대",
        "ㅇ (태양의 서커스) 공연", "□ (부산형 워케이션 세계화) 트렌드 확산",
        "1-2 지역특화 융합관광 콘텐츠 육성", "□ (야간관광) 도시 육성",
    ]  # fmt: skip
    if bands < 2:
        texts[5] = "□ (글로벌 IP 융합) 콘텐츠 확장"
    if bands == 0:  # (a boxed ◇ that ends the part sums it up, as its headline does)
        texts.insert(9, "◇ 기대효과 : 외래관광객 300만명 유치")
    lines = lines_of(*texts)
    x = {"◇": 60.8, "□": 51.0, "ㅇ": 58.3}
    indents = {ln.no: x.get(ln.text[:1], 40.0) for ln in lines}
    box_of = {3: 1, 6: 2} if bands == 2 else {3: 1, 10: 2} if bands == 0 else {3: 1}
    outline = build_outline(
        lines, box_of=box_of, indents=indents, box_left={1: 52.4, 2: 52.4},
        box_bounds={1: (52.4, 120.3, 542.5, 146.6), 2: (52.4, 373.9, 545.3, 400.2)},
    )  # fmt: skip
    parent = {n.title: n.parent.title if n.parent else None for n in outline.nodes}
    if bands == 2:
        assert parent["(UN Tourism 협력 강화) 도시 선정"] == "UN Tourism 연계, 위상 강화"
        assert parent["(부산형 워케이션 세계화) 트렌드 확산"] == "글로벌 IP 융합 콘텐츠 확장"
        assert parent["글로벌 IP 융합 콘텐츠 확장"] == "글로벌관광도시 경쟁력 강화"
    else:
        assert parent["(UN Tourism 협력 강화) 도시 선정"] == "글로벌관광도시 경쟁력 강화"
    assert parent["(야간관광) 도시 육성"] == "지역특화 융합관광 콘텐츠 육성"


@pytest.mark.parametrize(("dash_x", "under_box_item"), [(83.8, True), (72.4, False)])
def test_a_line_set_under_a_bullet_in_its_box_is_its_own(
    dash_x: float, under_box_item: bool
) -> None:
    """환경물정책실 p25: in the box its tab titles ("동천 수질개선 및 생태하천 복원 추진"),
    "- 1·2차 도수관로 …" is set under "❖ 동천 해수도수 관로 보수" (x 83.8 against 72.4):
    the ❖'s, though the report's order, learned where the boxes' ❖ came after a "-",
    has "-" over "❖".  Set at the ❖'s margin, the order decides."""
    lines = lines_of(
        "Ⅳ. 주요업무계획", "□ 동천 생태하천 복원", "ㅇ (주요내용) 해수도수 관로 보수",
        "- 동천 단절보행로 연결", "❖ 비점오염 저감시설 설치", "- 부전천 침사지 철거",
        "❖ 성지곡 유지용수 확보", "ㅇ (향후계획) 단계적 복원",
        "동천 수질개선 및 생태하천 복원 추진", "❖ 동천 해수도수 관로 보수 및 준설",
        "- 1·2차 도수관로 파손부위 조사", "❖ 성지곡 계곡수 동천 직유입",
    )  # fmt: skip
    indents = {1: 50.0, 2: 51.0, 3: 58.1, 4: 68.0, 5: 72.4, 6: 68.0, 7: 72.4, 8: 58.1,
               9: 110.7, 10: 72.4, 11: dash_x, 12: 72.4}  # fmt: skip
    outline = build_outline(
        lines, box_of={9: 1, 10: 1, 11: 1, 12: 1}, indents=indents, box_left={1: 67.1},
        box_bounds={1: (67.1, 271.4, 542.8, 362.7)},
        spots={9: (110.7, 275.1, 386.5, 288.9), 10: (72.4, 298.9, 514.7, 311.3),
               11: (dash_x, 314.0, 530.0, 326.0), 12: (72.4, 330.0, 500.0, 342.0)},
    )  # fmt: skip
    parent = {n.title: n.parent.title if n.parent else None for n in outline.nodes}
    assert parent["동천 해수도수 관로 보수 및 준설"] == "동천 수질개선 및 생태하천 복원 추진"
    assert (parent["1·2차 도수관로 파손부위 조사"] == "동천 해수도수 관로 보수 및 준설") == (
        under_box_item
    )


@pytest.mark.parametrize(
    ("second", "wrapped", "title"),
    [
        ("효율적 예산편성", True, "전략적 재정운용과 효율적 예산편성"),
        ("효율적 예산편성", False, "전략적 재정운용과"),  # HWPX/HWP: a line is a paragraph
        ("모 빌 리 티", True, "전략적 재정운용과 모빌리티"),  # letter-spaced, word kept apart
        # the item's text under its label, no wrap of it (review D1)
        ("「사회보장기본법」 제35조 및 시행령", True, "전략적 재정운용과"),
        ("(단위: 백만원)", True, "전략적 재정운용과"),
        ("2025. 1. ~ 12.", True, "전략적 재정운용과"),
    ],
)
def test_a_numbered_title_wrapped_onto_the_next_line_is_one_title(
    second: str, wrapped: bool, title: str
) -> None:
    """기획조정실 p17: "1. 전략적 재정운용과" / "효율적 예산편성", a divider's title on two
    lines, is one title; in a file whose lines are its paragraphs it is not a wrap."""
    lines = lines_of("Ⅴ. 2025년 주요업무계획", "1. 전략적 재정운용과", second, "□ 예산편성")
    outline = build_outline(lines, wrapped=wrapped)
    node = next(n for n in outline.nodes if n.marker is not None and n.marker.text == "1.")
    assert despace(node.title) == title


@pytest.mark.parametrize(
    ("end", "part"),
    [*((e, False) for e in RUN_ON_ENDS), ("", True), *((f" 등{e}", True) for e in CLOSED_ENDS)],
)
def test_a_line_after_one_that_runs_on_titles_no_part(end: str, part: bool) -> None:
    """사회복지국 p49: "ㅇ 체결기관 : 부산광역시, 부산보건대산학협력단, 동서대산학협력단," runs
    on into "만덕종합사회복지관", a unit's name that would title a part; after a line
    that ends its sentence it does."""
    lines = lines_of(
        "Ⅷ. 업무협약 체결 및 추진상황", "1 2024년 부산청년사회서비스사업단 업무협약",
        "ㅇ 체결일시 : 2024. 3. 4.", f"ㅇ 체결기관 : 부산광역시, 동서대산학협력단{end}",
        "만덕종합사회복지관", "ㅇ 추진경과", "- ’24. 2. : 공모 및 선정",
    )  # fmt: skip
    outline = build_outline(lines, titles=TITLES)
    titles = {n.title for n in outline.nodes}
    parent = {n.title: n.parent.title if n.parent else None for n in outline.nodes}
    assert ("만덕종합사회복지관" in titles) == part
    if not part:
        assert parent["추진경과"] == "2024년 부산청년사회서비스사업단 업무협약"


def test_a_pages_footnotes_go_under_the_item_that_raises_their_number() -> None:
    """관광마이스국 p28: "1) UCLG(…) : 세계지방정부연합" and "2) CITYNET : …" at the page's foot
    explain "ㅇ UCLG1), CITYNET2)(7월) …": notes of that item, not items of the last ㅇ;
    a "1)" list whose first word no line raises its number stays a list."""
    lines = on_page(
        "Ⅴ. 주요업무계획", "□ (글로벌 인지도 제고) 도시외교력 강화",
        "ㅇ UCLG1), CITYNET2)(7월) 등 주요 국제회의체 활동 증대", "- 공동 문제 해결방안 논의",
        "ㅇ 아태도시 써미트 참여", "1) 공동 과제 발굴", "2) 교류 사업 추진",
        "1) UCLG(United Cities and Local Governments) : 세계지방정부연합",
        "2) CITYNET : 아태지역 인간정주개발 지방정부회의",
    )  # fmt: skip
    outline = build_outline(lines)
    by_title = {n.title: n for n in outline.nodes}
    carrier = "UCLG1), CITYNET2)(7월) 등 주요 국제회의체 활동 증대"
    for title in ("UCLG(United Cities and Local Governments) : 세계지방정부연합",
                  "CITYNET : 아태지역 인간정주개발 지방정부회의"):  # fmt: skip
        node = by_title[title]
        assert node.kind == "note" and node.parent is not None and node.parent.title == carrier
    assert by_title["공동 과제 발굴"].kind == "item"


@pytest.mark.parametrize(("between", "mapped"), [(True, True), (False, False)])
def test_a_lost_glyph_is_the_bullet_set_at_its_place_over_a_list_of_its_own(
    between: bool, mapped: bool
) -> None:
    """사회복지국 p30: "□ 건강한 노후 …" (its □ lost, told apart as a glyph of its own) and
    "□ 노년기에 …" (its □ kept) at x 56.6, each over its ㅇ lines: the glyph is a □, on
    every page.  A lost glyph right over a □ set at its place, nothing between them, heads
    them (nikl's 현안 number over its □ sections): no □."""
    lost = "\U000f0001"
    rows = [
        ("Ⅳ. 주요업무계획", 50.0, 1),
        (f"{lost} 건강한 노후를 위한 돌봄체계 마련", 56.6, 1),
        *([("ㅇ (기초연금 지급액 인상) 소득지원 증액", 63.0, 1)] if between else []),
        ("□ 노년기에 쉽게 걸음할 수 있는 커뮤니티 조성", 56.6, 1),
        ("ㅇ (HAHA 365 프로젝트) 정책 추진", 63.0, 1),
        (f"{lost} 안정적인 노후소득 보장", 56.6, 2),
    ]
    lines = [
        Line(i, "• " + t[2:] if t.startswith(lost) else t, t, page)
        for i, (t, _, page) in enumerate(rows, start=1)
    ]
    boxes = {i: (x, 100.0 + 20 * i, 400.0, 115.0 + 20 * i) for i, (_, x, _) in enumerate(rows, 1)}
    doc = Document("p30.pdf", lines, format="pdf", boxes=boxes)
    kinds = lost_glyph_kinds(doc)
    lost_lines = [i for i, (t, _, _) in enumerate(rows, start=1) if t.startswith(lost)]
    assert all((kinds[i][0] == "bullet:□") == mapped for i in lost_lines)


@pytest.mark.parametrize(("kept", "mapped"), [("□", True), ("ㅇ", False), ("-", False)])
def test_a_lost_glyph_set_where_a_letter_is_is_no_letter(kept: str, mapped: bool) -> None:
    """여성가족국 p41: "➡ ’24년 2회 추경 …" (its ➡ lost, U+F000) set at the very place of the
    "ㅇ" above it, the answer to it: a lost glyph is drawn by a symbol font, never a
    letter of the text (ㅇ, -), so it is no ㅇ; where a □ is set, it is a □."""
    rows = [("□ 현안 및 대책", 52.0), (f"{kept} 아동보호전문기관 개소 지연", 60.8),
            ("\uf000 ’24년 2회 추경(명시이월) 반영", 60.8)]  # fmt: skip
    lines = [Line(i, "• " + t[2:] if t.startswith("\uf000") else t, t, 1)
             for i, (t, _) in enumerate(rows, start=1)]  # fmt: skip
    boxes = {i: (x, 100.0 + 20 * i, 400.0, 115.0 + 20 * i) for i, (_, x) in enumerate(rows, 1)}
    kinds = lost_glyph_kinds(Document("p41.pdf", lines, format="pdf", boxes=boxes))
    assert (kinds.get(3, ("",))[0] == f"bullet:{kept}") == mapped


def test_a_lost_glyph_at_a_letters_place_is_no_older_bullet_there() -> None:
    """Review D8: a □ and then a ㅇ set at one place (Hancom draws the ㅇ's box from the □'s
    margin), then a lost ➡ there: the nearest bullet at its place is the ㅇ, a letter, so
    the glyph is a mark of its own, not the □ (a heading) further up."""
    rows = [("□ 현안 및 대책", 60.8), ("ㅇ 아동보호전문기관 개소 지연", 60.8),
            ("\uf000 ’24년 2회 추경(명시이월) 반영", 60.8)]  # fmt: skip
    lines = [Line(i, "• " + t[2:] if t.startswith("\uf000") else t, t, 1)
             for i, (t, _) in enumerate(rows, start=1)]  # fmt: skip
    boxes = {i: (x, 100.0 + 20 * i, 400.0, 115.0 + 20 * i) for i, (_, x) in enumerate(rows, 1)}
    kinds = lost_glyph_kinds(Document("p41.pdf", lines, format="pdf", boxes=boxes))
    assert kinds.get(3, ("",))[0] not in ("bullet:□", "bullet:ㅇ")


@pytest.mark.parametrize("glyph", sorted(FRAME_GLYPHS))
def test_a_line_framed_by_one_glyph_is_a_title_not_an_item(glyph: str) -> None:
    """"◈ 2024년 사회복지국 주요 수상내역 ◈" (사회복지국 p11) over its ◇ awards, "- 외국인
    관광객 300만 시대 -": a title framed by its glyph, not an item of that glyph's list."""
    framed = f"{glyph} 2024년 주요 수상내역 {glyph}"
    [item] = mark_lines(lines_of(framed))
    assert item.marker is None and item.title == item.lines[0].text  # (dashes normalized)


def test_a_centred_chapter_heading_of_a_bound_report_is_a_chapter() -> None:
    """Two reports bound in one file, their chapter headings centred (review D2): the
    second's "Ⅰ. 일반현황", set right of the first's longer "Ⅱ. …" in the chapters' own
    size, is a chapter, not a number inside Ⅱ."""
    lines = lines_of(
        "Ⅰ. 일반현황", "□ 조직 및 인력", "Ⅱ. 2025년 주요업무 추진계획 및 현안사항",
        "□ 청년 일자리 확대", "Ⅰ. 일반현황", "□ 조직 및 인력",
    )  # fmt: skip
    indents = {1: 250.0, 2: 56.6, 3: 160.0, 4: 56.6, 5: 250.0, 6: 56.6}
    spots = {no: (x, 100.0 + 30 * no, 400.0, (120.0 if no in (1, 3, 5) else 114.0) + 30 * no)
             for no, x in indents.items()}  # fmt: skip
    outline = build_outline(lines, titles=TITLES, indents=indents, spots=spots)
    assert [n.title for n in outline.nodes if n.depth == 1] == [
        "일반현황", "2025년 주요업무 추진계획 및 현안사항", "일반현황"
    ]


def test_the_next_of_a_pages_footnotes_is_one_too() -> None:
    """A page's "2) CITYNET(시티넷) : …" after its footnote 1), though the text raises
    "시티넷2)", not its first word (review D13): a footnote too, not a list item."""
    lines = on_page(
        "Ⅴ. 주요업무계획", "□ (글로벌 인지도 제고) 도시외교력 강화",
        "ㅇ UCLG1), 시티넷2)(7월) 등 주요 국제회의체 활동 증대",
        "1) UCLG(United Cities and Local Governments) : 세계지방정부연합",
        "2) CITYNET(시티넷) : 아태지역 인간정주개발 지방정부회의",
    )  # fmt: skip
    kinds = [n.kind for n in build_outline(lines).nodes if n.marker and n.marker.text.endswith(")")]
    assert kinds == ["note", "note"]


def on_page(*texts: str) -> list[Line]:
    """``lines_of`` set on one page of a PDF (a page's foot holds its footnotes)."""
    return [Line(ln.no, ln.text, ln.raw, 1, ln.kind) for ln in lines_of(*texts)]


@pytest.mark.parametrize("between", [False, True])
def test_a_label_box_beside_a_list_titles_the_list(between: bool) -> None:
    """A strategy matrix (청년산학국 p9, nikl p7): each row's label, unmarked lines in a
    box, left of the box of its tasks on the same rows, is the title over them, the next
    row's label its sibling.  A box drawn over all the rows may stand between them
    ("7대 / 추진 / 과제")."""
    mid = ["7대", "추진", "과제"] if between else []
    texts = ["Ⅲ. 주요업무계획", "추진전략", "중점추진과제", "탄탄한 청년지대", "구축으로 청년 성장",
             *mid, "◈ 청년 정착 지원", "◈ 일자리 창출", "지역-대학혁신을", "통한 동력 확보",
             "◈ 글로컬대학 육성", "◈ 인재양성", "◈ 상생 발전"]  # fmt: skip
    lines = lines_of(*texts)
    no = {t: i for i, t in enumerate(texts, start=1)}
    boxes = {no["추진전략"]: 1, no["중점추진과제"]: 2}
    boxes |= {no[t]: 3 for t in ("탄탄한 청년지대", "구축으로 청년 성장")}
    boxes |= {no[t]: 4 for t in ("◈ 청년 정착 지원", "◈ 일자리 창출")}
    boxes |= {no[t]: 5 for t in mid}
    boxes |= {no[t]: 6 for t in ("지역-대학혁신을", "통한 동력 확보")}
    boxes |= {no[t]: 7 for t in ("◈ 글로컬대학 육성", "◈ 인재양성", "◈ 상생 발전")}
    left = 300.0 if between else 200.0
    bounds = {1: (53.0, 376.0, 194.0, 402.0), 2: (200.0, 376.0, 542.0, 402.0),
              3: (53.0, 406.0, 194.0, 511.0), 4: (left, 406.0, 542.0, 511.0),
              5: (200.0, 406.0, 290.0, 626.0),
              6: (53.0, 520.0, 194.0, 626.0), 7: (left, 520.0, 542.0, 626.0)}  # fmt: skip
    outline = build_outline(lines, box_of=boxes, box_bounds=bounds)
    parent = {n.title: n.parent.title if n.parent else None for n in outline.nodes}
    first, second = "탄탄한 청년지대 구축으로 청년 성장", "지역-대학혁신을 통한 동력 확보"
    assert parent[first] == parent[second] == "주요업무계획"
    assert [parent[t] for t in ("청년 정착 지원", "일자리 창출")] == [first, first]
    assert [parent[t] for t in ("글로컬대학 육성", "인재양성", "상생 발전")] == [second] * 3
    assert set(no.values()) <= set(outline.line_node)  # (no line of the matrix is residue)


@pytest.mark.parametrize(
    ("label", "tasks"),
    [
        ((53.0, 406.0, 194.0, 470.0), (200.0, 406.0, 542.0, 511.0)),  # not on its rows
        ((53.0, 406.0, 300.0, 511.0), (200.0, 406.0, 542.0, 511.0)),  # not left of it
        ((53.0, 300.0, 542.0, 330.0), (53.0, 406.0, 542.0, 511.0)),  # over it: a band
    ],
)
def test_a_box_not_beside_a_list_labels_no_row(
    label: tuple[float, float, float, float], tasks: tuple[float, float, float, float]
) -> None:
    """A box of unmarked lines that is not left of a list's box, on its rows, is no row's
    label: it titles no list."""
    lines = lines_of("Ⅲ. 주요업무계획", "탄탄한 청년지대", "구축으로 청년 성장", "◈ 청년 정착 지원",
                     "◈ 일자리 창출")  # fmt: skip
    outline = build_outline(lines, box_of={2: 1, 3: 1, 4: 2, 5: 2}, box_bounds={1: label, 2: tasks})
    assert not any(n.kind == "title" and n.children for n in outline.nodes)


@pytest.mark.parametrize("boxed", [True, False])
def test_a_wrapped_line_starts_no_box(boxed: bool) -> None:
    """A line right under a bullet, where its wrap would be, but drawn in a box the bullet's
    text is not in, is no wrap of the bullet: a roadmap's title over its boxes under the
    last ㅇ (신공항추진본부 p15) is not that step's text, which keeps its date alone."""
    rows = [("Ⅲ. 주요업무", 57.0, 60.0, 16.0), ("□ 추진계획", 57.0, 563.0, 16.0),
            ("ㅇ ’26. 下 종합계획 수립(확장안 반영)", 62.0, 661.0, 16.0),
            ("신공항 2단계 확장 추진 로드맵", 193.0, 695.0, 12.0)]  # fmt: skip
    lines = [Line(n, text, text, 1) for n, (text, *_) in enumerate(rows, start=1)]
    spots = {n: (x, top, x + 240.0, top + h) for n, (_, x, top, h) in enumerate(rows, start=1)}
    box = Grid([Cell(0, 0, 1, 1, (rows[3][0],), (4,), 1)], 1, 1, page_start=1, page_end=1,
               bbox=(133.0, 687.0, 458.0, 710.0))  # fmt: skip
    doc = Document("x.pdf", lines, format="pdf", boxes=spots, tables=[box] if boxed else [])
    nodes = {n.lines[0].no: n for n in layout(doc).outline.nodes if n.lines}
    assert (nodes[3].text == "’26. 下 종합계획 수립(확장안 반영)") is boxed


def test_a_box_of_a_few_lines_under_a_bullet_is_its_callout() -> None:
    """A box of two unmarked lines set under a "-" line (교통혁신국 p16: "【신설 BRT 노선
    (안)】 …" under the BRT step), with a bullet after it, is a figure under that line: the
    line's own text, its tail of facts, stays as printed (review R3)."""
    box = ["【신설 BRT 노선(안)】 문현~수영(6.8㎞),", "하단~주례(7㎞)"]
    lines = lines_of("Ⅲ. 주요업무", "ㅇ (BRT 확충) 노선 확충", "- 신설 노선 반영 추진(‘25.上)",
                     *box, "ㅇ (고속형 버스) 운행")  # fmt: skip
    boxed = {4: 1, 5: 1}
    outline = build_outline(
        lines, box_of=boxed, indents={1: 40.0, 2: 63.0, 3: 76.0, 4: 91.0, 5: 91.0, 6: 63.0},
        box_left={1: 86.0},
        continues=lambda node, ln: ln.no in boxed and node.lines[-1].no in boxed,
    )  # fmt: skip
    nodes = {n.lines[0].no: n for n in outline.nodes}
    assert nodes[3].text == "신설 노선 반영 추진(‘25.上)"
    (figure,) = nodes[3].children
    assert figure.kind == "figure" and [ln.text for ln in figure.lines] == box
    assert nodes[6].parent is nodes[2].parent


@pytest.mark.parametrize(
    ("tab", "titled"),
    [
        ((235.0, 214.0, 351.0, 240.0), True),  # on the box's top edge, within its sides
        ((235.0, 230.0, 351.0, 252.0), True),  # reaching into it
        ((235.0, 150.0, 351.0, 176.0), False),  # well above it
        ((40.0, 214.0, 351.0, 240.0), False),  # wider than it on the left
    ],
)
def test_a_tab_on_a_boxs_top_edge_titles_its_items(
    tab: tuple[float, float, float, float], titled: bool
) -> None:
    """"추진 전략" in a small box of its own on the top edge of the box of three ◈
    strategies (청년산학국 p9) is that box's title, over its items, and ends with it."""
    lines = lines_of("Ⅲ. 주요업무계획", "추진 전략", "◈ 청년 정착 지원", "◈ 혁신 동력 확보",
                     "◈ 교육도시 조성", "□ 다음 내용")  # fmt: skip
    outline = build_outline(
        lines, box_of={2: 1, 3: 2, 4: 2, 5: 2},
        box_bounds={1: tab, 2: (65.0, 244.0, 530.0, 335.0)},
        continues=lambda node, ln: False,
    )  # fmt: skip
    parent = {n.title: n.parent.title if n.parent else None for n in outline.nodes}
    under = "추진 전략" if titled else "주요업무계획"
    assert [parent[t] for t in ("청년 정착 지원", "혁신 동력 확보", "교육도시 조성")] == [under] * 3
    assert parent["다음 내용"] == "주요업무계획"


def test_a_caption_listing_a_unit_per_row_gives_each_row_its_unit() -> None:
    """관광마이스국 p8: "(단위: 개소/대)" over the rows 사업장수 and 등록기구수: the first
    counts 개소, the second 대 (a unit per column, as daejeon's "교, 학급, 명", is read by
    the columns' names first)."""
    rows = [["구 분", "총 계", "해수면"], ["사업장수", "54", "52"], ["등록기구수", "1,021", "950"]]
    lines = [Line(n, "x", "x") for n in range(1, len(rows) + 1)]
    (table,) = build_tables([grid(rows, {})], lines)
    table = with_caption(table, [Line(9, "(단위: 개소/대)", "(단위: 개소/대)")])
    _, cells = table_records(Layout([table], build_outline([]), {}), lines, 2025)
    got = {c.raw: (c.value, c.value_kind, c.unit) for c in cells if not c.is_header}
    assert got["54"] == (54.0, "count", "개소") and got["1,021"] == (1021.0, "count", "대")


@pytest.mark.parametrize(
    ("path", "label"),
    [("관 광 정 책 과", "관광정책과"), ("구        분", "구분"), ("정 원 / 현 원", "정원 / 현원"),
     ("교 통 혁 신 국 (192명)", "교통혁신국 (192명)"),
     ("해수면 수상레저사업장", "해수면 수상레저사업장"),
     ("시 정 ·처리요구 사 항", "시 정 ·처리요구 사 항"), ("1 2", "1 2")],
)  # fmt: skip
def test_header_paths_are_written_without_letter_spacing(path: str, label: str) -> None:
    """관광마이스국 p5's row labels are set justified ("관 광 정 책 과"): the cell's header
    path names 관광정책과, as the outline's titles do; a part with a word of its own stays."""
    rows = [["구 분", "계"], [path, "5"]]
    lines = [Line(n, "x", "x") for n in range(1, len(rows) + 1)]
    tables = build_tables([grid(rows, {})], lines)
    _, cells = table_records(Layout(tables, build_outline([]), {}), lines, 2025)
    (cell,) = [c for c in cells if c.raw == "5"]
    assert cell.row_header == label and cell.col_header == "계"


def test_a_column_of_units_gives_each_row_its_unit() -> None:
    """환경물정책실 p6: a "기준(단위)" column says each row's unit ("%", "kg/일-인", the
    standard "50㎍/㎥·년" of which the unit is ㎍/㎥·년): a row's figures are in it."""
    rows = [["구 분", "기준(단위)", "2024년"], ["미세먼지", "50㎍/㎥·년", "25"],
            ["발생량", "kg/일-인", "1.047"], ["순환이용률", "%", "91.2"],
            ["오존", "9ppm/8h", "0.033"]]  # fmt: skip
    lines = [Line(n, "x", "x") for n in range(1, len(rows) + 1)]
    tables = build_tables([grid(rows, {})], lines)
    _, cells = table_records(Layout(tables, build_outline([]), {}), lines, 2025)
    got = {c.raw: (c.value, c.value_kind, c.unit) for c in cells if c.col == 2 and c.row > 0}
    assert got["25"] == (25.0, "text", "㎍/㎥·년")
    assert got["1.047"] == (1.047, "text", "kg/일-인")
    assert got["91.2"] == (91.2, "percent", "%")
    assert got["0.033"][2] is None  # ("9ppm/8h": a unit of figures, not said plainly)


@pytest.mark.parametrize(
    ("caption", "unit"), [("(단위: 톤/일)", "톤/일"), ("(단위: 명/일)", "명/일")]
)  # fmt: skip
def test_a_rate_in_a_caption_is_no_unit_per_row(caption: str, unit: str) -> None:
    """"톤/일" over two rows is one unit, a rate, not 톤 for the first row and 일 for the
    second (review R1)."""
    rows = [["구 분", "2023"], ["처리용량", "1,200"], ["처리량", "1,000"]]
    lines = [Line(n, "x", "x") for n in range(1, len(rows) + 1)]
    (table,) = build_tables([grid(rows, {})], lines)
    table = with_caption(table, [Line(9, caption, caption)])
    _, cells = table_records(Layout([table], build_outline([]), {}), lines, 2025)
    assert {c.unit for c in cells if not c.is_header and c.col == 1} == {unit}


def test_a_nil_mark_in_a_column_of_units_says_no_unit() -> None:
    rows = [["구 분", "단위", "2024"], ["비고", "-", "3"], ["면적", "㎡", "120"]]
    lines = [Line(n, "x", "x") for n in range(1, len(rows) + 1)]
    tables = build_tables([grid(rows, {})], lines)
    _, cells = table_records(Layout(tables, build_outline([]), {}), lines, 2025)
    got = {c.raw: c.unit for c in cells if c.col == 2 and c.row > 0}
    assert got == {"3": None, "120": "㎡"}


def test_what_follows_a_strategy_matrix_is_not_its_last_rows() -> None:
    """A □ line drawn in no box after the matrix's last row closes the row (review R6): "□
    추진 배경" stands under the chapter, not under the last strategy."""
    texts = ["Ⅲ. 주요업무계획", "탄탄한 청년지대", "구축으로 청년 성장", "◈ 청년 정착 지원",
             "◈ 일자리 창출", "□ 추진 배경", "ㅇ 청년 인구 유출 심화"]  # fmt: skip
    boxes = {2: 1, 3: 1, 4: 2, 5: 2}
    bounds = {1: (53.0, 406.0, 194.0, 511.0), 2: (200.0, 406.0, 542.0, 511.0)}
    outline = build_outline(lines_of(*texts), box_of=boxes, box_bounds=bounds)
    parent = {n.title: n.parent.title if n.parent else None for n in outline.nodes}
    assert parent["청년 정착 지원"] == "탄탄한 청년지대 구축으로 청년 성장"
    assert parent["추진 배경"] == "주요업무계획"


@pytest.mark.parametrize("boxed", [True, False])
def test_a_line_alone_in_its_box_over_a_table_titles_the_table(boxed: bool) -> None:
    """기획조정실 p8: "지방 공기업 현황" alone in its box, its table right under it (the
    "(’25. 1. 15. 기준)" caption between): a part's title like the boxed "재산현황" before
    it, the table under it, not a stray line with the table under the last bullet of the
    page before.  The same line in no box is the table's (a caption's) business."""
    texts = ["Ⅰ. 기본현황", "재산현황", "• 공유재산 : 총 10,710,051건", "지방 공기업 현황",
             "(’25. 1. 15. 기준)", "공사·공단명 소재지", "부산교통공사 부산진구"]  # fmt: skip
    pages = [1, 1, 1, 2, 2, 2, 2]
    lines = [Line(n, t, t, p) for n, (t, p) in enumerate(zip(texts, pages, strict=True), 1)]
    spots = {1: (40.0, 60.0, 200.0, 80.0), 2: (60.0, 100.0, 140.0, 120.0),
             3: (60.0, 130.0, 300.0, 146.0), 4: (60.0, 70.0, 200.0, 90.0),
             5: (400.0, 100.0, 520.0, 112.0), 6: (60.0, 120.0, 300.0, 132.0),
             7: (60.0, 136.0, 300.0, 148.0)}  # fmt: skip
    box = [Grid([Cell(0, 0, 1, 1, ("재산현황",), (2,), 1)], 1, 1, page_start=1, page_end=1,
                bbox=(55.0, 95.0, 150.0, 125.0))]  # fmt: skip
    if boxed:
        box.append(Grid([Cell(0, 0, 1, 1, ("지방 공기업 현황",), (4,), 2)], 1, 1, page_start=2,
                        page_end=2, bbox=(55.0, 65.0, 210.0, 95.0)))  # fmt: skip
    table = Grid([Cell(0, 0, 1, 1, ("공사·공단명",), (6,), 2),
                  Cell(0, 1, 1, 1, ("소재지",), (6,), 2),
                  Cell(1, 0, 1, 1, ("부산교통공사",), (7,), 2),
                  Cell(1, 1, 1, 1, ("부산진구",), (7,), 2)], 2, 2, page_start=2, page_end=2,
                 bbox=(50.0, 118.0, 540.0, 150.0))  # fmt: skip
    doc = Document("x.pdf", lines, format="pdf", boxes=spots, tables=[*box, table])
    out = layout(doc)
    nodes = {n.title: n for n in out.outline.nodes if n.lines}
    (data,) = [t for t in out.tables if t.lines and t.lines[-1] == 7]
    owner = next(n for n in out.outline.nodes if n.seq == data.node)
    if boxed:
        assert owner is nodes["지방 공기업 현황"] and owner.kind == "title"
        assert owner.parent is nodes["기본현황"] and nodes["재산현황"].parent is nodes["기본현황"]
    else:
        assert owner is not nodes.get("지방 공기업 현황")


@pytest.mark.parametrize("boxed", [True, False])
def test_a_line_alone_in_its_box_is_a_figure_not_residue(boxed: bool) -> None:
    """여성가족국 p10: "중점 추진 과제", alone in its box between the box of the goals and
    the chart of strategies under it.  Drawn content of its own, kept in the outline as a
    figure; the same line in no box is stray text (residue)."""
    texts = ["Ⅰ. 주요업무계획", "◈ (애지중지) 행복한 출산·양육 친화 환경 조성",
             "◈ (아동행복) 함께 성장하는 아동행복도시 조성", "중점 추진 과제",
             "• 양성평등 환경조성", "① 양성평등 문화 확산"]  # fmt: skip
    lines = [Line(n, t, t, 1) for n, t in enumerate(texts, 1)]
    spots = {1: (60.0, 40.0, 300.0, 58.0), 2: (82.0, 100.0, 500.0, 114.0),
             3: (82.0, 130.0, 500.0, 144.0), 4: (250.0, 200.0, 360.0, 214.0),
             5: (70.0, 260.0, 150.0, 274.0), 6: (190.0, 260.0, 450.0, 274.0)}  # fmt: skip
    grids = [
        Grid([Cell(0, 0, 1, 1, (texts[1], texts[2]), (2, 3), 1)], 1, 1, page_start=1,
             page_end=1, bbox=(74.0, 90.0, 520.0, 150.0)),
        Grid([Cell(0, 0, 1, 1, (texts[4],), (5,), 1)], 1, 1, page_start=1, page_end=1,
             bbox=(64.0, 250.0, 170.0, 290.0)),
        Grid([Cell(0, 0, 1, 1, (texts[5],), (6,), 1)], 1, 1, page_start=1, page_end=1,
             bbox=(185.0, 250.0, 530.0, 290.0)),
    ]  # fmt: skip
    if boxed:
        grids.append(Grid([Cell(0, 0, 1, 1, (texts[3],), (4,), 1)], 1, 1, page_start=1,
                          page_end=1, bbox=(240.0, 195.0, 370.0, 220.0)))  # fmt: skip
    doc = Document("x.pdf", lines, format="pdf", boxes=spots, tables=grids)
    held = {ln.no: n for n in layout(doc).outline.nodes for ln in n.lines}
    if boxed:
        assert held[4].kind == "figure" and held[4].title == "중점 추진 과제"
    else:
        assert 4 not in held


@pytest.mark.parametrize(
    ("line", "figure"),
    [("⇨ ⇨ ⇨", True), ("➲ ➲", True), ("+", True), ("⇨ 조감도", False), ("조감도①", False)],
)
def test_a_line_of_arrows_between_boxes_is_a_figure_not_residue(line: str, figure: bool) -> None:
    """신공항추진본부 p12 "⇨ ⇨ ⇨", 청년산학국 p28 "➲ ➲": the arrows drawn between a
    diagram's boxes, alone on their line, are drawn content (a figure), not stray text;
    a line with a word in it is not."""
    texts = ["Ⅰ. 주요업무계획", "□ 신공항 건설", "ㅇ 기본계획 수립", line, "□ 보상 추진"]
    outline = build_outline(lines_of(*texts))
    held = {ln.no: n for n in outline.nodes for ln in n.lines}
    assert (4 in held and held[4].kind == "figure") is figure


@pytest.mark.parametrize(
    ("picture", "caption"),
    [
        ((60.0, 195.0, 530.0, 430.0), True),  # the caption set over its picture
        ((60.0, 260.0, 530.0, 430.0), False),  # a picture further down: no caption
        (None, False),  # no picture on the page
    ],
)
def test_a_line_by_a_picture_is_its_caption_not_residue(
    picture: BBox | None, caption: bool
) -> None:
    """신공항추진본부 p13: "조감도①" set right over a bird's-eye view is the picture's
    caption, kept under the item as a figure; the same line with no picture by it is
    stray text (residue)."""
    texts = ["Ⅰ. 주요업무계획", "□ 공항복합도시 개발", "ㅇ 토지이용계획 확정", "조감도①",
             "□ 접근교통망 구축"]  # fmt: skip
    lines = [Line(n, t, t, 1) for n, t in enumerate(texts, 1)]
    spots = {1: (60.0, 40.0, 300.0, 58.0), 2: (60.0, 70.0, 400.0, 84.0),
             3: (75.0, 90.0, 400.0, 104.0), 4: (63.0, 180.0, 115.0, 190.0),
             5: (60.0, 440.0, 400.0, 454.0)}  # fmt: skip
    pictures = {1: [picture]} if picture else {}
    doc = Document("x.pdf", lines, format="pdf", boxes=spots, pictures=pictures)
    out = layout(doc)
    held = {ln.no: n for n in out.outline.nodes for ln in n.lines}
    if caption:
        assert held[4].kind == "figure" and held[4].title == "조감도①"
        assert held[4].parent is held[3]
        assert [n.seq for n in out.outline.nodes] == list(range(1, len(out.outline.nodes) + 1))
    else:
        assert 4 not in held


@pytest.mark.parametrize(
    ("texts", "pages", "owner"),
    [
        # review 13 D3: a picture that starts a page is the item's, not its last bullet's
        (["Ⅰ. 주요업무계획", "1. 공항복합도시", "□ 토지이용계획 확정", "조감도①"],
         [1, 1, 1, 2], "공항복합도시"),
        # review 13 D2: a note before the caption is no owner (it may stand moved)
        (["Ⅰ. 주요업무계획", "1. 공항복합도시", "□ 토지이용계획 확정", "* 국토부 협의",
          "조감도①"], [1, 1, 1, 1, 1], "토지이용계획 확정"),
    ],
)  # fmt: skip
def test_a_captions_owner_is_the_item_in_the_texts_flow(
    texts: list[str], pages: list[int], owner: str
) -> None:
    lines = [Line(n, t, t, p) for n, (t, p) in enumerate(zip(texts, pages, strict=True), 1)]
    last = len(texts)
    spots = {n: (60.0, 40.0 + 20 * n, 400.0, 54.0 + 20 * n) for n in range(1, last)}
    spots[last] = (63.0, 300.0, 115.0, 310.0)
    doc = Document("x.pdf", lines, format="pdf", boxes=spots,
                   pictures={pages[-1]: [(60.0, 315.0, 530.0, 600.0)]})  # fmt: skip
    held = {ln.no: n for n in layout(doc).outline.nodes for ln in n.lines}
    assert held[last].kind == "figure" and held[last].parent is not None
    assert held[last].parent.title == owner


def test_a_boxed_title_over_a_table_of_a_numbered_item_closes_nothing() -> None:
    """Review 11 R1: a boxed line heading a page right over a table, inside item "1." of the
    boxed part "관광정책과": it titles no part (that would close item 1 and the part, and
    take item 2 under it); item 2 stays in 관광정책과."""
    texts = ["Ⅲ. 주요업무계획", "관광정책과", "1. 관광 활성화", "□ 관광객 유치 확대",
             "○ 해외 마케팅 강화", "연도별 관광객 현황", "(단위: 천명)", "구분 2023",
             "관광객 100", "2. 마이스 산업 육성", "□ 국제회의 유치"]  # fmt: skip
    pages = [1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3]
    lines = [Line(n, t, t, p) for n, (t, p) in enumerate(zip(texts, pages, strict=True), 1)]
    ys = [60, 100, 140, 170, 200, 70, 100, 120, 136, 180, 210]
    xs = [40, 60, 50, 60, 75, 60, 450, 60, 60, 50, 60]
    spots = {n: (float(x), float(y), 300.0, y + (18.0 if n == 6 else 14.0))
             for n, (x, y) in enumerate(zip(xs, ys, strict=True), 1)}  # fmt: skip

    def box(no: int, page: int, bbox: BBox) -> Grid:
        return Grid([Cell(0, 0, 1, 1, (texts[no - 1],), (no,), page)], 1, 1, page_start=page,
                    page_end=page, bbox=bbox)  # fmt: skip

    grids = [box(2, 1, (55.0, 95.0, 150.0, 120.0)), box(6, 2, (55.0, 65.0, 210.0, 90.0)),
             Grid([Cell(0, 0, 1, 1, ("구분",), (8,), 2), Cell(0, 1, 1, 1, ("2023",), (8,), 2),
                   Cell(1, 0, 1, 1, ("관광객",), (9,), 2), Cell(1, 1, 1, 1, ("100",), (9,), 2)],
                  2, 2, page_start=2, page_end=2, bbox=(50.0, 115.0, 540.0, 152.0))]  # fmt: skip
    out = layout(Document("x.pdf", lines, format="pdf", boxes=spots, tables=grids))
    nodes = {n.title: n for n in out.outline.nodes if n.lines}
    assert nodes["마이스 산업 육성"].parent is nodes["관광정책과"]


def test_a_footnote_of_a_hangul_file_is_a_note_of_the_item_it_notes() -> None:
    """A footnote's lines follow the paragraph that anchors it (HWPX): a note under that
    item, not the rest of its text, whatever it starts with; a task read off the lines
    keeps its own words (probe D: "계획 수립 : 민간 주체를 포함함")."""
    from tests.hwpx_maker import footnote, hwpx, p, sec

    data = hwpx(sec(
        p("Ⅲ. 주요업무 추진계획"), p("□ 추진일정"),
        p("○ 계획 수립 : ’21. 3.", footnote(p("민간 주체를 포함함"), p("둘째 문단"))),
        p("○ 공사 착공 : ’21. 5."),
    ))  # fmt: skip
    doc = read_bytes(data, "note.hwpx")
    lay = layout(doc, TITLES)
    item = next(n for n in lay.outline.root.walk() if n.title.startswith("계획 수립"))
    assert item.title == "계획 수립 : ’21. 3."
    assert [(c.kind, c.title) for c in item.children] == [("note", "민간 주체를 포함함")]
    assert [ln.text for ln in item.children[0].lines] == ["민간 주체를 포함함", "둘째 문단"]
    marked = mark_lines([ln for ln in doc.lines if ln.is_content])
    assert [m.marker.kind if m.marker else None for m in marked][2:4] == ["bullet:○", "note:fn"]


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("〈’21. 1. 31. 현재〉", True), ("<’21. 1. 31. 기준>", True),
        ("(기준일 ’21.1.31.)", True), ("(’25. 1. 19. 기준, 단위: 명)", True),
        # words that name a 기준, in any bracket: no caption (review 16)
        ("[편성 기준] 본예산 기준이며 추경은 미반영", False), ("‹평가 기준> 사업성 40점", False),
        ("【지원기준】 1인당 50만원", False), ("(기준일자 변경 예정)", False),
    ],
)  # fmt: skip
def test_a_caption_by_its_reference_date(text: str, caption: bool) -> None:
    from extract.layout.captions import is_caption

    assert is_caption(Line(1, text, text)) is caption


@pytest.mark.parametrize(
    ("texts", "shape"),
    [
        # pdftotext's cells, one per line (blank lines between them aside)
        (["(단위: 백만원)", "구분", "", "’20년 예산", "’21년 예산", "증감", "계", "16,873",
          "12,099", "△4,774", "사회혁신과", "13,233", "9,230", "△4,003", "○ 다음 항목"],
         [(3, 4)]),
        # one row of figures: as often prose after a label
        (["구분", "’20년", "’21년", "계", "1,000", "2,000", "○ 다음 항목"], []),
        # a label line that is an item, not a row's name
        (["구분", "’20년", "’21년", "○ 계획 수립", "1,000", "2,000", "○ 운영", "3", "4"], []),
    ],
)  # fmt: skip
def test_a_table_written_one_cell_per_line_is_a_table(
    texts: list[str], shape: list[tuple[int, int]]
) -> None:
    grids = infer_cell_grids(lines_of(*texts))
    assert [(g.n_rows, g.n_cols) for g in grids] == shape
    if grids:
        cells = {(c.row, c.col): c.paragraphs for c in grids[0].cells}
        assert cells[(0, 1)] == ("’20년 예산",) and cells[(2, 0)] == ("사회혁신과",)
        assert cells[(2, 3)] == ("△4,003",)
