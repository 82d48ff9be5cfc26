"""Blocks set side by side: tests/fixtures/side-by-side.pdf (tools/make_side_by_side.py)
and small pages built here.

Page 1 sets the general part in two columns (`1. 인 력` and its staff table, then
`3. 주요기능`, on the left; `2. 예 산` and its budget table, then `4. 주요시설`, on the
right).  Page 2 is a card whose `□ 사업개요` box stands beside `□ 추진일정` over a ruled
table.  Page 3 is a slide with boxes titled by tabs, a grid of two rows of two.  Read row by
row, the two sides' lines had interleaved: the two labels one line, the staff table
under the budget's caption, the box's facts under 추진일정.  The facts are the HTML's.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extract.document import Document
from extract.pipeline import check, parse_document
from extract.read import read_bytes
from extract.read.pdf.bands import page_parts, side_by_side
from extract.read.pdf.content import PageObjects
from extract.read.pdf.sheets import sheet_halves
from schemas.models import Report

PDF = Path(__file__).resolve().parent / "fixtures" / "side-by-side.pdf"
M = 1_000_000  # 백만원


@cache
def _doc() -> Document:
    return read_bytes(PDF.read_bytes(), PDF.name)


@cache
def _report() -> Report:
    return check(parse_document(_doc(), "side-by-side"))


def _bare(text: str) -> str:
    return "".join(text.split())


def _texts(page: int) -> list[str]:
    return [_bare(ln.text) for ln in _doc().lines if ln.page == page and ln.is_content]


def test_each_column_of_the_general_page_is_read_whole() -> None:
    lines = _texts(1)
    left = ["1.인력", "가.과별인력(단위:명)", "3.주요기능", "○가로수및녹지관리"]
    right = ["2.예산", "가.과별세출예산(단위:백만원)", "4.주요시설", "○산림휴양시설3개소"]
    at = [lines.index(t) for t in left + right]
    assert at == sorted(at)  # the left column's last line before the right's first


def test_the_card_labels_are_lines_of_their_own_over_their_blocks() -> None:
    lines = _texts(2)
    assert "□사업개요□추진일정" not in lines
    at = [
        lines.index(t) for t in ("□사업개요", "○사업기간:2026.3.~11.", "□추진일정", "시기추진내용")
    ]
    assert at == sorted(at)
    assert lines.index("□추진계획") > lines.index("’26.11.준공및유지관리인계")


def test_the_slides_boxes_are_read_row_by_row_each_whole() -> None:
    """Two rows of boxes under tabs, their tops at one height: 사업개요 | 추진일정, then
    추진현황 | 기대효과, each box whole."""
    lines = _texts(3)
    order = ["사업개요", "○사업내용:산불감시카메라24대교체", "추진일정",
             "’26.3.~6.카메라구매및설치", "추진현황", "기대효과"]  # fmt: skip
    at = [lines.index(t) for t in order]
    assert at == sorted(at)


def test_the_staff_table_beside_the_budget_gives_its_rows_in_persons() -> None:
    got = {_bare(s.unit): (s.authorized, s.current) for s in _report().staffing}
    assert got == {"계": (64, 61), "산림정책과": (22, 21), "공원녹지과": (25, 24),
                   "녹색도시과": (17, 16)}  # fmt: skip
    cells = [c for c in _report().table_cells if c.row_header == "계" and c.col_header == "정원"]
    assert [(c.unit, c.value) for c in cells] == [("명", 64.0)]


def test_the_budget_table_beside_the_staff_table() -> None:
    got = {(_bare(b.unit), b.year): b.amount_krw for b in _report().budget_lines}
    assert got[("계", 2026)] == 38_420 * M
    assert got[("공원녹지과", 2025)] == 16_020 * M


def test_the_cards_facts_and_their_schedule_beside_them() -> None:
    report = _report()
    first, second = report.projects
    assert (first.title, first.division) == ("도시숲 조성", "공원녹지과")
    assert (str(first.period_start), str(first.period_end)) == ("2026-03-01", "2026-11-30")
    assert first.cost_krw == 2_400 * M
    assert first.summary == "하천변 유휴부지 도시숲 6개소 조성"
    steps = [(s.task, str(s.start), str(s.end)) for s in report.schedules if s.project_id == "1"]
    assert steps == [
        ("실시설계 및 주민설명회", "2026-03-01", "2026-04-30"),
        ("식재 공사", "2026-05-01", "2026-10-31"),
        ("준공 및 유지관리 인계", "2026-11-01", "2026-11-30"),
    ]
    funding = {(f.project_id, f.source): f.amount_krw for f in report.project_funding}
    assert funding == {("1", "국비"): 1_200 * M, ("1", "시비"): 1_200 * M, ("2", "시비"): 860 * M}
    assert second.cost_krw == 860 * M


# Small pages: what is no band.


def _glyphs(text: str, x: float, y: float, size: float = 10.0) -> list[dict[str, object]]:
    return [
        {"text": ch, "x0": x + i * size, "x1": x + (i + 1) * size, "top": y,
         "bottom": y + size, "size": size, "upright": True, "fontname": "F"}
        for i, ch in enumerate(text)
    ]  # fmt: skip


def _box(x0: float, top: float, x1: float, bottom: float) -> list[dict[str, object]]:
    h = {"orientation": "h", "x0": x0, "x1": x1}
    v = {"orientation": "v", "top": top, "bottom": bottom}
    return [
        {**h, "top": top, "bottom": top}, {**h, "top": bottom, "bottom": bottom},
        {**v, "x0": x0, "x1": x0}, {**v, "x0": x1, "x1": x1},
    ]  # fmt: skip


def _page(chars: list[dict[str, object]], edges: list[dict[str, object]]) -> PageObjects:
    return PageObjects(chars, edges, [], 600.0, 800.0)


def _boxed_columns(left_x: float, right_x: float, label_shift: float = 0.0) -> PageObjects:
    chars, edges = [], []
    for x in (left_x, right_x):
        chars += _glyphs("사업개요라벨", x + label_shift, 100)
        for i in range(4):
            chars += _glyphs("○ 사업기간 내용 설명", x + 5, 125 + i * 15)
        edges += _box(x, 118, x + 240, 190)
    return _page(chars, edges)


def test_two_boxes_under_their_labels_are_a_band_read_left_then_right() -> None:
    page = _boxed_columns(50, 310)
    (band,) = side_by_side(page)
    assert 290 < band.gutter < 310
    parts = page_parts(page)
    assert [min(float(c["x0"]) for c in p.chars) for p in parts] == [50, 310]


def test_boxes_whose_names_are_set_inside_them_are_a_chart_not_columns() -> None:
    """A chart's boxes side by side, their names centred in them (기획연수부 over its
    과), open no column: the page's first lines are set well inside the side."""
    assert side_by_side(_boxed_columns(50, 310, label_shift=80)) == []


def test_a_label_column_beside_its_box_is_no_band() -> None:
    chars = _glyphs("추진배경", 50, 130) + _glyphs("○ 사업기간 내용 설명 길게 이어짐", 200, 120)
    edges = _box(45, 110, 110, 160) + _box(190, 110, 560, 160)
    assert side_by_side(_page(chars, edges)) == []


def test_two_columns_of_text_with_no_frames_are_left_to_the_text_columns() -> None:
    chars = []
    for i in range(8):
        chars += _glyphs("가나다라마바사아자차", 50, 100 + i * 15)
        chars += _glyphs("하거너더러머버서어저", 320, 100 + i * 15)
    assert side_by_side(_page(chars, [])) == []


def test_a_chapters_title_bar_over_each_slide_is_furniture_after_the_first() -> None:
    """`Ⅲ. 2025년 행정사무감사 처리결과` in the title bar of pages 4 and 5 (a box of one
    line): the second is no heading of a chapter of its own, so the findings table's
    page-5 part stays in the audit chapter."""
    bars = [ln for ln in _doc().lines if _bare(ln.text) == "Ⅲ.2025년행정사무감사처리결과"]
    assert [(ln.page, ln.is_content) for ln in bars] == [(4, True), (5, False)]
    heads = [n for n in _report().outline if n.kind == "heading"]
    audit = [n for n in heads if _bare(n.title) == "2025년행정사무감사처리결과"]
    assert [(n.page_start, n.role) for n in audit] == [(4, "audit")]
    assert [(f.no, f.status) for f in _report().audit_findings] == [
        (1, "completed"), (2, "completed"), (3, "in_progress")
    ]


def test_two_pages_on_a_sheet_keep_their_shading_and_picture_bullets() -> None:
    """A 2-up sheet's halves keep what is drawn on each (a Gantt chart's bars are its
    cells' fills; a picture is a list's bullet), shifted with the half's glyphs."""
    chars = []
    for x, page in ((40, "3"), (460, "4")):
        for i in range(6):
            chars += _glyphs("가나다라마바사아", x, 100 + i * 20)
        chars += _glyphs(f"- {page} -", x + 150, 560)
    sheet = PageObjects(
        chars, [], [], 840.0, 595.0,
        [((500.0, 95.0, 600.0, 115.0), "#BFBFBF")], [((40.0, 120.0, 48.0, 128.0), "○")],
    )  # fmt: skip
    left, right = sheet_halves(sheet)
    assert left.bullets == [((40.0, 120.0, 48.0, 128.0), "○")] and left.fills == []
    cut = 840.0 - right.width
    assert right.fills == [((500.0 - cut, 95.0, 600.0 - cut, 115.0), "#BFBFBF")]
    assert right.bullets == []


def _labelled_boxes(under: str) -> PageObjects:
    """`□ 사업개요` | `□ 추진일정` over their boxes, then a line of the left side's width
    right under the boxes, at the band's own spacing."""
    chars, edges = [], []
    for x, label in ((50, "□ 사업개요"), (310, "□ 추진일정")):
        chars += _glyphs(label, x, 100)
        chars += _glyphs("○ 사업기간 내용 설명", x + 5, 125)
        edges += _box(x, 118, x + 240, 140)
    chars += _glyphs(under, 50, 148)
    return _page(chars, edges)


def test_a_line_under_the_band_that_opens_as_a_sides_first_is_the_pages() -> None:
    """`□ 추진계획` right under the boxes opens as `□ 사업개요` did: the page's next block,
    read after both sides (it had been read into the left side, before 추진일정)."""
    (band,) = side_by_side(_labelled_boxes("□ 추진계획"))
    assert band.bottom < 148


def test_a_line_under_the_band_that_goes_on_with_a_side_is_the_sides() -> None:
    (band,) = side_by_side(_labelled_boxes("○ 가로수 및 녹지 관리"))
    assert band.bottom > 148


def test_a_grid_of_boxes_is_read_row_by_row() -> None:
    """Four boxes two by two, each titled inside: A B, then C D (a band a row; read as one
    band, A C B D)."""
    chars, edges = [], []
    for top in (100, 170):
        for x in (50, 310):
            chars += _glyphs("① 사업명 도시숲 조성", x + 5, top + 5)
            chars += _glyphs("○ 사업기간 내용 설명", x + 5, top + 25)
            edges += _box(x, top, x + 240, top + 50)
    bands = side_by_side(_page(chars, edges))
    assert [(b.top, b.bottom) for b in bands] == [(100, 150), (170, 220)]


def test_a_framed_picture_under_its_label_is_a_side() -> None:
    """`□ 조감도` over a framed picture beside `□ 사업개요` over its box: the middle is
    that of what is drawn, not of the text (the right side has little of it)."""
    chars = _glyphs("□ 사업개요", 50, 100) + _glyphs("□ 조감도", 310, 100)
    for i in range(4):
        chars += _glyphs("○ 사업기간 내용 설명", 55, 125 + i * 15)
    edges = _box(50, 118, 290, 190) + _box(310, 118, 550, 190)
    picture = {"x0": 315.0, "x1": 545.0, "top": 122.0, "bottom": 186.0}
    (band,) = side_by_side(PageObjects(chars, edges, [picture], 600.0, 800.0))
    assert 290 < band.gutter < 310
