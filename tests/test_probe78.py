"""Forms of the fifth round of probes: a Gantt chart whose months are marked by shaded
cells (a PDF from LibreOffice, a native HWPX), tables set side by side under one line of
their titles, a page number typed as a paragraph of an HWPX, and a printer's fake bold
drawn a point over. tests/fixtures/side-gantt.pdf (tools/make_side_gantt.py) is read from
its page: 세입 계 1,800 -> 2,100, 세출 계 9,500 -> 10,300 (백만원), side by side; the card's
three tasks shaded 1~2월 (one merged cell) and 4~10월 (single cells), and ■ in 11~12월."""

from __future__ import annotations

import datetime as dt
import struct
from functools import cache
from pathlib import Path

import pytest

from extract.document import shade
from extract.pipeline import check, parse_document
from extract.read import read_bytes
from extract.read.hwp import border_shade
from extract.read.pdf.base import Glyph
from extract.read.pdf.chars import dedupe_chars
from extract.read.pdf.grids import cell_shades
from extract.read.pdf.paths import fill_colour, filled_rect
from extract.read.pdf.sidecaptions import side_captions
from schemas import Report
from tests.hwpx_maker import cell, header_xml, hwpx, p, sec, tbl, to_hwp
from tests.test_probed import failed

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "side-gantt.pdf"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "realworld" / "hwp"
M = 1_000_000  # 백만원


# --- a cell's shading, as each format says it ------------------------------------------


@pytest.mark.parametrize(
    ("colour", "kept"),
    [
        ("#c0c0c0", "#C0C0C0"), ("#DCE6F2", "#DCE6F2"), ("#FFFFFF", ""), ("#FAFAFA", ""),
        ("none", ""), ("", ""), ("#FF000000", ""), ("#12345G", ""),
    ],
)  # fmt: skip
def test_a_background_as_kept(colour: str, kept: str) -> None:
    assert shade(colour) == kept


@pytest.mark.parametrize(
    ("colour", "kept"),
    [
        ((0.75,), "#BFBFBF"), (0.75, "#BFBFBF"), ((1, 1, 1), ""), ((0, 0, 0), "#000000"),
        ((0.8, 0.9, 1.0), "#CCE6FF"), ((0, 0, 0, 0.25), "#BFBFBF"), ((0, 0, 0, 0), ""),
        ("P1", ""), (None, ""), ((0.5, 0.5), ""),
    ],
)  # fmt: skip
def test_a_pdf_fill_colour(colour: object, kept: str) -> None:
    """Gray, RGB and CMYK fills as one colour; a pattern or no colour, none."""
    assert fill_colour(colour) == kept


#: four border fills: 1 plain, 2 grey, 3 white (no shading), 4 a pale tint
_FILLS = [("SOLID",) * 4] * 4
_FACES = {2: "#C0C0C0", 3: "#FFFFFF", 4: "#EEF3FA"}


def _shaded_grid() -> bytes:
    cells = [cell(0, 0, p("추진내용")), cell(0, 1, p("1월")), cell(0, 2, p("2월")),
             cell(1, 0, p("설계")), cell(1, 1, fill=2), cell(1, 2, fill=3)]  # fmt: skip
    header = header_xml(_FILLS, faces=_FACES)
    return hwpx(sec(p(tbl(2, 3, cells))), extra={"Contents/header.xml": header})


@pytest.mark.parametrize("fmt", ["hwpx", "hwp"])
def test_a_native_cells_fill(fmt: str) -> None:
    """A cell's border fill's solid colour (``hc:winBrush`` faceColor in HWPX, the
    BORDER_FILL record's background in HWP); white is no shading."""
    data = _shaded_grid()
    doc = read_bytes(data if fmt == "hwpx" else to_hwp(data), f"x.{fmt}")
    fills = {(c.row, c.col): c.fill for c in doc.tables[0].cells}
    assert fills == {(0, 0): "", (0, 1): "", (0, 2): "", (1, 0): "", (1, 1): "#C0C0C0", (1, 2): ""}


@pytest.mark.parametrize(
    ("kinds", "colour", "kept"),
    [
        (1, 0x00C0C0C0, "#C0C0C0"), (1, 0x00F2E6DC, "#DCE6F2"), (1, 0x00FFFFFF, ""),
        (0, 0x00C0C0C0, ""), (4, 0x00C0C0C0, ""), (5, 0x00C0C0C0, "#C0C0C0"),
    ],
)  # fmt: skip
def test_an_hwp_border_fills_background(kinds: int, colour: int, kept: str) -> None:
    """After the four sides and the diagonal (6 bytes each), the fill kinds (bit 0: a
    solid colour) and the colour as a COLORREF, 0x00BBGGRR; cut short, none."""
    sides = b"".join(struct.pack("<BBI", 1, 1, 0) for _ in range(5))
    record = struct.pack("<H", 0) + sides + struct.pack("<III", kinds, colour, 0)
    assert border_shade(record) == kept
    assert border_shade(record[:36]) == ""


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared/realworld")
def test_the_same_report_shaded_alike_as_hwp_and_hwpx() -> None:
    """moel_2025_report: its HWP and its HWPX give every cell the same fill; it shades
    cells #FFFFCC and #DFE6F7 (as its header.xml says)."""
    views = []
    for name in ("moel_2025_report.hwp", "moel_2025_report.hwpx"):
        doc = read_bytes((SHARED / name).read_bytes(), name)
        fills: list[str] = []
        grids = list(doc.tables)
        while grids:
            g = grids.pop(0)
            fills += [c.fill for c in g.cells]
            grids += [t for c in g.cells for t in c.tables]
        views.append(fills)
    assert views[0] == views[1]
    assert {"#FFFFCC", "#DFE6F7"} <= set(views[0])


# --- a Gantt chart marked by shading ---------------------------------------------------

_MONTHS = [f"{m}월" for m in range(1, 13)]


def _gantt_report(
    rows: list[tuple[str, list[int]]], merged: bool = False, ground: int = 1
) -> Report:
    """A card whose 추진일정 is a Gantt chart: each task's months shaded (fill 2), the
    task's own cell in fill ``ground``; ``merged``: a task's months one merged cell."""
    cells = [cell(0, 0, p("추진내용"))] + [cell(0, k + 1, p(m)) for k, m in enumerate(_MONTHS)]
    for r, (task, months) in enumerate(rows, start=1):
        cells.append(cell(r, 0, p(task), fill=ground))
        k = 1
        while k <= 12:
            if k in months and merged:
                run = [m for m in months if m >= k]
                n = next((i for i, m in enumerate(run) if m != k + i), len(run))
                cells.append(cell(r, k, cs=n, fill=2))
                k += n
                continue
            cells.append(cell(r, k, fill=2 if k in months else ground))
            k += 1
    paras = [
        p("Ⅲ. 2026년 주요업무 추진계획"),
        p("1. 스마트농업 확산 (농업정책과)"),
        p("○ 사업기간 : ’26. 1.~12."),
        p("○ 사 업 비 : 500백만원 (국비 250, 군비 250)"),
        p("○ 추진일정"),
        p(tbl(len(rows) + 1, 13, cells)),
    ]
    data = hwpx(sec(*paras), extra={"Contents/header.xml": header_xml(_FILLS, faces=_FACES)})
    return check(parse_document(read_bytes(data, "gantt.hwpx"), "gantt"))


def _steps(report: Report) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(s.task, s.start, s.end) for s in report.schedules]


@pytest.mark.parametrize("merged", [False, True])
def test_months_marked_by_shaded_cells(merged: bool) -> None:
    """Each run of shaded months is a step, as a run of ■ is; a bar as one merged cell
    over its months the same as the single cells; a break in a bar, two steps."""
    report = _gantt_report(
        [("기본계획 수립", [1, 2]), ("시범사업 추진", [4, 5, 6, 7, 8, 9, 10]),
         ("성과평가", [6, 12])],
        merged=merged,
    )  # fmt: skip
    assert _steps(report) == [
        ("기본계획 수립", dt.date(2026, 1, 1), dt.date(2026, 2, 28)),
        ("시범사업 추진", dt.date(2026, 4, 1), dt.date(2026, 10, 31)),
        ("성과평가", dt.date(2026, 6, 1), dt.date(2026, 6, 30)),
        ("성과평가", dt.date(2026, 12, 1), dt.date(2026, 12, 31)),
    ]
    assert not failed(report)


def _chart(
    head: list[str], rows: list[list[tuple[str, int, int]]], periods: list[str] = _MONTHS
) -> Report:
    """A card's 추진일정 of columns ``head`` then ``periods``; each row's cells given as
    (text, col_span, fill) in order."""
    cells = [cell(0, k, p(h)) for k, h in enumerate([*head, *periods])]
    for r, row in enumerate(rows, start=1):
        k = 0
        for text, span, fill in row:
            cells.append(cell(r, k, *([p(text)] if text else []), cs=span, fill=fill))
            k += span
    paras = [
        p("Ⅲ. 2026년 주요업무 추진계획"), p("1. 하천 정비 (하천과)"),
        p("○ 사업기간 : ’26. 1.~12."), p("○ 추진일정"),
        p(tbl(len(rows) + 1, len(head) + len(periods), cells)),
    ]  # fmt: skip
    data = hwpx(sec(*paras), extra={"Contents/header.xml": header_xml(_FILLS, faces=_FACES)})
    return check(parse_document(read_bytes(data, "chart.hwpx"), "chart"))


def _blank(n: int) -> list[tuple[str, int, int]]:
    return [("", 1, 1)] * n


def test_a_word_in_a_bar_of_a_shaded_chart_is_a_note_on_it() -> None:
    """A chart whose bars are shaded cells: a shaded cell merged over 6~12월 that holds
    "착공" is the bar of its row's task (ganttshapes' 하부공 공사), not a step 착공 of June."""
    report = _chart(["추진내용"], [
        [("실시설계", 1, 1), ("", 1, 2), ("", 1, 2), ("", 1, 2), *_blank(9)],
        [("하부공 공사", 1, 1), *_blank(5), ("착공", 7, 2)],
    ])  # fmt: skip
    assert _steps(report) == [
        ("실시설계", dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
        ("하부공 공사", dt.date(2026, 6, 1), dt.date(2026, 12, 31)),
    ]


def test_a_word_merged_over_months_runs_through_them() -> None:
    """Unshaded, a cell merged over 3~5월 that says what is done is a step of 3~5월 (not
    of March alone); the task is what the 추진내용 column names, not the 연번 or 부서."""
    report = _chart(["연번", "추진내용", "부서"], [
        [("1", 1, 1), ("정비공사", 1, 1), ("하천과", 1, 1), *_blank(2), ("설계 용역", 3, 1),
         *_blank(7)],
        [("2", 1, 1), ("준공", 1, 1), ("하천과", 1, 1), *_blank(11), ("●", 1, 1)],
    ])  # fmt: skip
    assert _steps(report) == [
        ("설계 용역", dt.date(2026, 3, 1), dt.date(2026, 5, 31)),
        ("준공", dt.date(2026, 12, 1), dt.date(2026, 12, 31)),
    ]


def test_a_shaded_row_of_figures_is_no_bar() -> None:
    """A 소 계 row shaded over its amounts by year, in a table where a bar is shaded too
    (probe61's budget appendix): the figures are no bar's note, no step."""
    report = _chart(["구 분"], [
        [("설계", 1, 1), ("", 1, 2), ("", 1, 1)],
        [("소 계", 1, 1), ("1,000", 1, 2), ("1,200", 1, 2)],
    ], periods=["2026년", "2027년"])  # fmt: skip
    assert _steps(report) == [("설계", dt.date(2026, 1, 1), dt.date(2026, 12, 31))]


def test_marks_in_a_tinted_area_of_months() -> None:
    """The months' area tinted pale (the task column not): the ● marks are the steps, the
    tint no bar (the second review's g1)."""
    report = _chart(["추진내용"], [
        [("기본계획 수립", 1, 1), ("●", 1, 4), ("●", 1, 4), *[("", 1, 4)] * 10],
        [("성과평가", 1, 1), *[("", 1, 4)] * 11, ("●", 1, 4)],
    ])  # fmt: skip
    assert _steps(report) == [
        ("기본계획 수립", dt.date(2026, 1, 1), dt.date(2026, 2, 28)),
        ("성과평가", dt.date(2026, 12, 1), dt.date(2026, 12, 31)),
    ]


def test_zebra_rows_and_a_bar_over_them() -> None:
    """Rows striped pale, the task's cell too: no bar; a grey bar over a striped row is."""
    report = _chart(["추진내용"], [
        [("기본계획 수립", 1, 4), *[("", 1, 4)] * 12],
        [("시설 설치", 1, 1), *_blank(4), ("", 2, 2), *_blank(6)],
        [("운영", 1, 4), *[("", 1, 4)] * 12],
    ])  # fmt: skip
    assert _steps(report) == [("시설 설치", dt.date(2026, 5, 1), dt.date(2026, 6, 30))]


def test_the_plans_year_highlighted_down_a_table_by_years() -> None:
    """A table by years whose plan-year column is shaded down every row, holding a step
    in one: that step, no bar of the other row (the second review's g3)."""
    report = _chart(["구 분"], [
        [("추진계획", 1, 1), ("설계", 1, 1), ("착공", 1, 4), ("준공", 1, 1)],
        [("부대사업", 1, 1), ("", 1, 1), ("", 1, 4), ("", 1, 1)],
    ], periods=["2025년", "2026년", "2027년"])  # fmt: skip
    assert [s.task for s in report.schedules] == ["착공", "준공"]


def test_a_task_column_under_its_group_keeps_both() -> None:
    """과제 merged over its 세부과제 rows, both named as task columns: the row's task is
    both, as it was (the second review's g4)."""
    cells_rows = [
        [("스마트농업 확산", 1, 1), ("기본계획 수립", 1, 1), ("●", 1, 1), *_blank(11)],
        [("스마트농업 확산", 1, 1), ("시범사업", 1, 1), *_blank(3), ("●", 1, 1), *_blank(8)],
    ]
    report = _chart(["과제", "세부과제"], cells_rows)
    assert [s.task for s in report.schedules] == [
        "스마트농업 확산 기본계획 수립", "스마트농업 확산 시범사업",
    ]


def test_a_cover_of_shaded_strips_beside_its_lines_is_no_table() -> None:
    """A cover's lines each beside a shaded strip (the second review's b1): a box, its
    title the report's."""
    cells = [cell(0, 0, fill=2), cell(0, 1, p("2026년 주요업무계획")),
             cell(1, 0, fill=2), cell(1, 1, p("농업기술센터"))]  # fmt: skip
    paras = [p(tbl(2, 2, cells)), p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 조 직 : 1국 3과")]
    data = hwpx(sec(*paras), extra={"Contents/header.xml": header_xml(_FILLS, faces=_FACES)})
    report = check(parse_document(read_bytes(data, "cover.hwpx"), "cover"))
    assert (report.meta.title, report.tables) == ("2026년 주요업무계획", [])


def test_a_table_shaded_all_over_marks_no_month() -> None:
    """Cells shaded as their row's task is are the table's ground, no bar."""
    report = _gantt_report([("기본계획 수립", [1, 2])], ground=2)
    assert _steps(report) == []


def test_a_cover_framed_by_shaded_cells_is_no_table() -> None:
    """A cover's title in a table whose rows over and under it are shaded bands with
    nothing written (대전 교육청's plan): the title is the report's, no table's."""
    cells = [cell(0, 0, fill=2), cell(0, 1, fill=2), cell(1, 0, p("2026년 주요업무계획"), cs=2),
             cell(2, 0, fill=2), cell(2, 1, fill=2)]  # fmt: skip
    paras = [p(tbl(3, 2, cells)), p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 조 직 : 1국 3과")]
    data = hwpx(sec(*paras), extra={"Contents/header.xml": header_xml(_FILLS, faces=_FACES)})
    report = check(parse_document(read_bytes(data, "cover.hwpx"), "cover"))
    assert (report.meta.title, report.meta.year, report.tables) == ("2026년 주요업무계획", 2026, [])


# --- the PDF: shading, and captions over tables side by side ---------------------------


@cache
def _fixture() -> Report:
    doc = read_bytes(FIXTURE.read_bytes(), FIXTURE.name)
    return check(parse_document(doc, "side-gantt"))


def test_the_pdfs_cells_shaded_as_drawn() -> None:
    doc = read_bytes(FIXTURE.read_bytes(), FIXTURE.name)
    gantt = doc.tables[-1]
    head = {c.fill for c in gantt.cells if c.row == 0}
    assert head == {"#E7E6E6"}
    bars = sorted((c.row, c.col, c.col_span) for c in gantt.cells if c.fill == "#BFBFBF")
    assert bars == [(1, 1, 2), *((2, k, 1) for k in range(4, 11))]


def test_the_pdfs_gantt_chart() -> None:
    """Shaded cells, a merged shaded cell, ■ marks, and an arrow drawn over a merged cell
    of its months (a filled shape of seven points: no rules, a bar)."""
    assert _steps(_fixture()) == [
        ("공모 및 지원기업 선정", dt.date(2026, 1, 1), dt.date(2026, 2, 28)),
        ("스마트공장 구축 지원", dt.date(2026, 4, 1), dt.date(2026, 10, 31)),
        ("성과 점검 및 평가", dt.date(2026, 11, 1), dt.date(2026, 12, 31)),
        ("전문가 현장 컨설팅", dt.date(2026, 6, 1), dt.date(2026, 9, 30)),
    ]


def test_tables_side_by_side_each_under_its_own_title() -> None:
    """"< 세 입 >" over the left table, "< 세 출 >" over the right one, on one line: each
    table's rows of its own side, each 계 the sum of its own units."""
    rows = [(r.unit, r.side, r.prev_budget_krw, r.budget_krw) for r in _fixture().budget_summary]
    assert rows == [
        ("계", "revenue", 1_800 * M, 2_100 * M),
        ("경제정책과", "revenue", 1_000 * M, 1_150 * M),
        ("기업지원과", "revenue", 800 * M, 950 * M),
        ("계", "expenditure", 9_500 * M, 10_300 * M),
        ("경제정책과", "expenditure", 4_200 * M, 4_500 * M),
        ("기업지원과", "expenditure", 5_300 * M, 5_800 * M),
    ]
    assert not failed(_fixture())
    assert not _fixture().residue


@pytest.mark.parametrize(
    ("fill", "shade"),
    [
        ((10.0, 10.0, 50.0, 30.0), "#BFBFBF"),  # the cell's own shading, to its rules
        ((11.4, 16.0, 48.6, 24.0), "#BFBFBF"),  # a bar drawn across it, 40% of its height
        ((11.4, 16.0, 25.0, 24.0), ""),  # a bar that ends a third of the way in
        ((13.0, 16.0, 43.0, 24.0), "#BFBFBF"),  # a one-month bar set in: 75% of its width
        ((11.4, 29.0, 48.6, 37.0), ""),  # a bar of the row under it
        ((0.0, 0.0, 500.0, 500.0), "#BFBFBF"),  # the page's background, over it all
    ],
)
def test_a_pdf_cells_shading(fill: tuple[float, float, float, float], shade: str) -> None:
    assert cell_shades([(10.0, 10.0, 50.0, 30.0)], [(fill, "#BFBFBF")]) == [shade]


def test_the_smallest_fill_over_a_cell_is_its_shading() -> None:
    """A bar's cell painted over the table's own background: the bar's colour; a white
    cell over a grey background: none."""
    background = ((0.0, 0.0, 500.0, 500.0), "#F2F2F2")
    cell_box = (10.0, 10.0, 50.0, 30.0)
    assert cell_shades([cell_box], [background, (cell_box, "#BFBFBF")]) == ["#BFBFBF"]
    assert cell_shades([cell_box], [background, (cell_box, "")]) == [""]


@pytest.mark.parametrize(
    ("pts", "box"),
    [
        # LibreOffice's bar: from the middle of its bottom side, six points round
        ([(269.3, 355.0), (219.7, 355.0), (219.7, 346.0), (318.9, 346.0), (318.9, 355.0),
          (269.3, 355.0)], (219.7, 346.0, 318.9, 355.0)),
        ([(0, 0), (10, 0), (10, 9), (0, 9)], (0, 0, 10, 9)),
        ([(0, 0), (10, 0), (10, 2), (0, 2)], None),  # a rule drawn as a path
        ([(0, 0), (10, 0), (5, 9)], None),  # a triangle
        ([(0, 0), (10, 0), (10, 9), (5, 4), (0, 9)], None),  # a notch: not a box
    ],
)  # fmt: skip
def test_a_filled_path_that_is_a_box(
    pts: list[tuple[float, float]], box: tuple[float, float, float, float] | None
) -> None:
    assert filled_rect(pts, True, False) == box


def _glyphs(top: float, *words: tuple[float, str], size: float = 10.0) -> list[Glyph]:
    out = []
    for x, word in words:
        for k, ch in enumerate(word):
            out.append(Glyph(ch, x + k * size, x + (k + 1) * size, top, top + size, size))
    return out


#: two tables side by side, their tops at 100: x 50-250 and 270-470
_BOXES = [(50.0, 100.0, 250.0, 200.0), (270.0, 100.0, 470.0, 200.0)]


def _split(glyphs: list[Glyph]) -> dict[int, str]:
    _, taken = side_captions(glyphs, _BOXES)
    return {i: "".join(g.text for g in sorted(part, key=lambda g: (g.top, g.x0)))
            for i, part in taken.items()}  # fmt: skip


def test_a_caption_over_each_of_two_tables() -> None:
    titles = _glyphs(70, (120, "<세입>"), (340, "<세출>"))
    units = _glyphs(85, (200, "(단위)"), (420, "(단위)"))  # (")" overhangs each table)
    assert _split(titles + units) == {0: "<세입>(단위)", 1: "<세출>(단위)"}


@pytest.mark.parametrize(
    "row",
    [
        # a note over one and a unit over the other: the note's, no caption of each (the
        # second review's c4: the unit had left the left table, its rows lost)
        [(60, "※일반회계기준"), (420, "(단위)")],
        # a title over one, a unit over the other
        [(120, "<세입·세출>"), (420, "(단위)")],
        # a line of text across both tables: no wide space over the gutter
        [(60, "전년대비세입1,715백만원세출4,630백")],
        # a caption over the left table only
        [(120, "<세입>")],
        # a word beside the tables
        [(10, "※"), (120, "<세입>"), (340, "<세출>")],
    ],
)
def test_no_caption_over_each(row: list[tuple[float, str]]) -> None:
    assert _split(_glyphs(85, *row)) == {}


def test_dates_under_a_row_of_boxes_are_no_captions_of_the_row_under_them() -> None:
    """A chart of two rows of boxes side by side, each box's date under it (신공항추진본부
    p14's 보상 추진 로드맵): the dates under the first row are that row's."""
    boxes = [*_BOXES, (50.0, 50.0, 250.0, 82.0), (270.0, 50.0, 470.0, 82.0)]
    row = _glyphs(85, (120, "(’24.7.)"), (340, "(’25.上)"))
    assert side_captions(row, boxes)[1] == {}


def test_captions_far_over_the_tables_are_not_theirs() -> None:
    assert _split(_glyphs(40, (120, "<세입>"), (340, "<세출>"))) == {}


# --- a page number typed as a paragraph; fake bold a point over -------------------------


def test_a_page_number_typed_in_an_hwpx_is_furniture() -> None:
    """"- 1 -" typed as a paragraph after a table (as a text export pasted in has it) is
    no row of the table and no words of the item over it."""
    rows = [
        ["구 분", "2025년 예산", "2026년 예산"], ["계", "1,000", "1,200"],
        ["기획팀", "1,000", "1,200"],
    ]  # fmt: skip
    cells = [cell(r, c, p(v)) for r, row in enumerate(rows) for c, v in enumerate(row)]
    paras = [p("Ⅰ. 일반현황"), p("1. 예산현황"), p("(단위: 백만원)"), p(tbl(3, 3, cells)),
             p(""), p("- 1 -"), p("□ 추진배경"), p("- 3 -")]  # fmt: skip
    data = hwpx(sec(*paras))
    doc = read_bytes(data, "x.hwpx")
    kinds = {ln.text: ln.kind.value for ln in doc.lines if "-" in ln.text}
    assert kinds == {"- 1 -": "furniture", "- 3 -": "furniture"}
    report = check(parse_document(doc, "x"))
    assert [(r.unit, r.amount_krw) for r in report.budget_lines] == [
        ("계", 1_000 * M), ("계", 1_200 * M), ("기획팀", 1_000 * M), ("기획팀", 1_200 * M),
    ]  # fmt: skip
    assert not failed(report) and not report.residue and not report.warnings


def _char(text: str, x0: float, size: float, width: float | None = None) -> dict[str, object]:
    return {
        "text": text, "x0": x0, "x1": x0 + (width or size), "top": 100.0,
        "bottom": 100.0 + size, "doctop": 100.0, "size": size, "upright": True,
        "fontname": "F",
    }  # fmt: skip


def _twice(text: str, widths: list[float], size: float, dx: float) -> list[dict[str, object]]:
    """A title drawn twice, the copy ``dx`` pt over (each glyph then its copy)."""
    out, x = [], 100.0
    for ch, w in zip(text, widths, strict=True):
        out += [_char(ch, x, size, w), _char(ch, x + dx, size, w)]
        x += w
    return out


@pytest.mark.parametrize(
    ("chars", "kept"),
    [
        # a 15 pt title drawn again 1.1 pt over: one glyph
        ([_char("일", 100, 15), _char("일", 101.1, 15)], 1),
        # ... and 0.3 pt over at 10 pt
        ([_char("일", 100, 10), _char("일", 100.3, 10)], 1),
        # letters side by side: both, set tight too (11 pt periods 2.41 pt wide typed
        # 1.56 pt apart, as 관광마이스국 p40's "’24.12..")
        ([_char(".", 100, 10, 2.8), _char(".", 102.8, 10, 2.8)], 2),
        ([_char("2", 162.6, 11.04, 6.07), _char(".", 167.76, 11.04, 2.41),
          _char(".", 169.32, 11.04, 2.41)], 3),
        ([_char("일", 100, 10), _char("일", 110, 10)], 2),
        # a narrow letter alone 1.1 pt over: past its reach (a quarter of its width)
        ([_char("l", 100, 10, 2.5), _char("l", 101.1, 10, 2.5)], 2),
        # ... but the period of a title all drawn twice 1.1 pt over is its copy too
        (_twice("가.위기", [15, 4, 15, 15], 15, 1.1), 4),
        (_twice("가.위기", [15, 4, 15, 15], 15, 0.4), 4),
    ],
)  # fmt: skip
def test_a_glyph_drawn_twice_as_fake_bold(chars: list[dict[str, object]], kept: int) -> None:
    assert len(dedupe_chars(chars)) == kept  # type: ignore[arg-type]
