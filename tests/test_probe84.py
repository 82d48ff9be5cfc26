"""Forms of the seventh round of probes: a staff table by unit and grade (gradespdf), a
one-syllable header over a 계 (sigun), a council copy under a slanted watermark with a side
tab down its margin (watermark), a landscape table shown on its side (rotatedpage)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.document import LineKind
from extract.pipeline import check, parse_document
from extract.read.pdf import Glyph, find_vertical_words
from extract.read.pdf.content import PageObjects
from extract.read.pdf.marginalia import side_tabs, watermarks
from extract.read.pdf.reader import read_pdf
from extract.read.pdf.turns import page_turn, turned_upright
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table
from tests.test_probed import failed

#: tools/make_turned_pages.py
TURNED = Path(__file__).parent / "fixtures" / "turned-pages.pdf"


def test_a_units_figure_of_all_grades_beside_its_grades_is_a_total() -> None:
    """`복지정책과 | 6 | - | 2 | 4`: the 과's figure of all grades is the sum of its grades'
    (as its `소 계` is where a table sets the grades under it), so the rows that are no
    totals add up to the table's 계 (they had added up to twice it); the 과 still add up
    to the 계 of all grades, and each 과's grades to its own figure."""
    rows = [
        ["구 분", "계", "4급", "5급", "6급"],
        ["계", "12", "1", "3", "8"],
        ["국 장", "1", "1", "-", "-"],
        ["복지정책과", "6", "-", "2", "4"],
        ["여성가족과", "5", "-", "1", "4"],
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 인력"), p("(’26. 1. 1. 기준 정원, 단위: 명)"), p(_table(rows)),
        p("Ⅱ. 주요업무계획"), p("1. 복지 증진"), p("□ 위기가구 지원"),
    )  # fmt: skip
    got = {(s.unit, s.grade): (s.is_total, s.authorized) for s in report.staffing}
    assert got[("계", None)] == (True, 12) and got[("계", "4급")] == (True, 1)
    assert got[("복지정책과", None)] == (True, 6) and got[("국장", None)] == (True, 1)
    assert got[("복지정책과", "6급")] == (False, 4)
    assert sum(s.authorized or 0 for s in report.staffing if not s.is_total) == 12
    checked = {c.check for c in report.validation if c.passed}
    assert {"staffing.total.authorized", "staffing.grades.authorized"} <= checked
    units = [c for c in report.validation if c.check == "staffing.total.authorized"]
    assert any(c.expected == "12" and c.passed for c in units)
    assert not [f for f in failed(report) if f.startswith("staffing")]


def test_a_syllable_heading_a_column_and_the_total_under_it_are_no_word() -> None:
    """`과` alone in a header cell over `계` alone in the cell under it, lined up and a
    rule apart: two cells' words (they were read as one, `과계`, and the org table's
    header with it was lost, and its teams); stacked in one cell they are a word."""
    head, body = (50.0, 90.0, 80.0, 105.0), (50.0, 105.0, 80.0, 120.0)
    gwa = Glyph("과", 60.0, 70.0, 93.0, 103.0, 10.0)
    gye = Glyph("계", 60.0, 70.0, 107.0, 117.0, 10.0)
    words, rest = find_vertical_words([gwa, gye], [head, body])
    assert words == [] and rest == [gwa, gye]
    one = (50.0, 90.0, 80.0, 120.0)
    assert [w.text for w in find_vertical_words([gwa, gye], [one])[0]] == ["과계"]


# --- a council copy: watermark, side tabs, a page shown on its side ----------------------


@pytest.mark.parametrize("engine", ["pdfminer", "pdfplumber"])
def test_watermark_and_side_tabs_are_furniture_and_a_turned_page_reads_upright(
    engine: str,
) -> None:
    """The fixture's pages each lie under `한빛도 의회 제출용` set slanted in 50-pt letters
    (they had woven themselves into the body's rows), pages 1 and 3 carry a side tab down
    the right margin in a box, `Ⅰ 일반현황` (it had split lines and joined rows), and
    page 2 is a landscape page stored with /Rotate 90, its 세출 table on its side (read
    column by column, backwards, and lost)."""
    doc = read_pdf(TURNED.read_bytes(), TURNED.name, engine=engine)  # type: ignore[arg-type]
    furniture = [(ln.page, ln.text) for ln in doc.lines if ln.kind is LineKind.FURNITURE]
    assert [t for _, t in furniture if "제출용" in t] == ["한빛도의회제출용"] * 3
    assert (1, "Ⅰ 일반현황") in furniture and (3, "Ⅱ 주요업무") in furniture
    content = [ln.text for ln in doc.lines if ln.kind is LineKind.CONTENT]
    assert not [t for t in content if "제출" in t or t.strip() in ("Ⅰ", "Ⅱ", "주요업무")]
    assert "구 분 2025년 예산 2026년 예산 증 감" in content
    assert "축산과 12,910 12,360 △550" in content
    assert [ln.text for ln in doc.lines if ln.page == 2][:2] == [
        "3. 2026년 과별 세출예산", "(단위 : 백만원)",
    ]  # fmt: skip


def test_the_turned_pages_records() -> None:
    report = check(parse_document(read_pdf(TURNED.read_bytes(), TURNED.name), "turned"))
    lines = {(b.unit, b.year): b.amount_krw for b in report.budget_lines}
    assert lines[("축산과", 2026)] == 12_360_000_000
    assert lines[("계", 2025)] == 45_600_000_000
    changes = {b.unit: b.change_krw for b in report.budget_summary}
    assert changes["축산과"] == -550_000_000
    assert [(s.unit, s.authorized) for s in report.staffing][:2] == [("계", 60), ("농업정책과", 22)]
    assert [p.summary for p in report.projects] == ["청년 교육생 60명 선발, 장기 보육과정 운영"]
    assert not failed(report)


def _char(text: str, x: float, top: float, matrix: tuple[float, ...], size: float = 10.0) -> dict:
    return {"text": text, "x0": x, "x1": x + size, "top": top, "bottom": top + size,
            "doctop": top, "size": size, "upright": matrix[0] * matrix[3] > 0,
            "matrix": matrix, "y0": None}  # fmt: skip


def test_a_page_is_turned_where_nearly_all_its_letters_are() -> None:
    """Letters turned a quarter round anticlockwise (read bottom to top): the page is
    turned clockwise, each letter upright, the first one leftmost; a page number left
    upright does not stop it; a page of a few turned labels is left as it is."""
    up = (0.0, 10.0, -10.0, 0.0, 0.0, 0.0)
    text = "세출예산총괄표입니다요"
    chars = [_char(ch, 100.0, 500.0 - 12.0 * i, up) for i, ch in enumerate(text)]
    chars.append(_char("3", 290.0, 800.0, (10.0, 0.0, 0.0, 10.0, 0.0, 0.0)))
    page = PageObjects(chars, [{"orientation": "v", "x0": 90.0, "x1": 90.0, "top": 300.0,
                                "bottom": 520.0}], [], 595.0, 842.0)  # fmt: skip
    assert page_turn(chars) == 90
    turned = turned_upright(page)
    assert (turned.width, turned.height) == (842.0, 595.0)
    letters = sorted(turned.chars[:-1], key=lambda c: c["x0"])
    assert "".join(c["text"] for c in letters) == text
    assert all(c["upright"] for c in letters) and len({c["top"] for c in letters}) == 1
    assert turned.edges[0]["orientation"] == "h"
    assert page_turn(chars[:3] + [_char(c, 100.0 + 12 * i, 50.0, (10.0, 0, 0, 10.0, 0, 0))
                                  for i, c in enumerate("가나다라마바사아자차카타")]) == 0


def _glyph(text: str, x: float, top: float, size: float = 10.0, **kw: bool) -> Glyph:
    return Glyph(text, x, x + size, top, top + size, size, **kw)


def test_a_chart_s_small_slanted_labels_stay_and_a_large_watermark_goes() -> None:
    body = [_glyph(c, 60.0 + 10 * i, 100.0) for i, c in enumerate("사업 추진 현황")]
    labels = [_glyph(c, 100.0 + 8 * i, 300.0 - 6 * i, 9.0, slanted=True)
              for i, c in enumerate("1분기")]  # fmt: skip
    mark = [_glyph(c, 80.0 + 40 * i, 600.0 - 28 * i, 50.0, slanted=True)
            for i, c in enumerate("대외비")]  # fmt: skip
    found, rest = watermarks(body + labels + mark, 595.0)
    assert [m.text for m in found] == ["대외비"]
    assert rest == body + labels


def test_a_side_tab_is_letters_one_under_the_next_in_the_margin_alone_on_their_rows() -> None:
    """Not a line of the body whose last letters reach the margin, nor a table's column."""
    tab = [_glyph(c, 577.0, 200.0 + 13 * i, 11.0) for i, c in enumerate("일반현황")]
    row = [_glyph(c, 60.0 + 10.5 * i, 230.0) for i, c in enumerate("가" * 45)]  # to x=542.5
    found, rest = side_tabs(tab + row, 595.0)
    assert [t.text for t in found] == ["일반현황"] and rest == row
    assert side_tabs(tab, 595.0, [(50.0, 190.0, 590.0, 260.0)])[0] == []  # a wide table's
    numbers = [_glyph(c, 20.0, 200.0 + 13 * i, 11.0) for i, c in enumerate("1234")]
    assert side_tabs(numbers, 595.0)[0] == []  # (a table's 연번 down its narrow column)
    # (an org chart's names stacked at the body's left edge: the body's lines start there)
    chart = [_glyph(c, 57.0, 200.0 + 13 * i, 11.0) for i, c in enumerate("혁신기획팀")]
    heading = [_glyph(c, 57.0 + 11 * i, 100.0, 11.0) for i, c in enumerate("Ⅰ. 일반현황")]
    assert side_tabs(chart + heading, 595.0)[0] == []
    # (a block's label stacked at a narrow page margin, 15 mm, beside its lines: no tab)
    label = [_glyph(c, 43.0, 200.0 + 13 * i, 11.0) for i, c in enumerate("추진배경")]
    lines = [_glyph(c, 75.0 + 11 * i, 200.0 + 20 * k, 11.0) for k in range(3)
             for i, c in enumerate("○ 도심 열섬")]  # fmt: skip
    assert side_tabs(label + lines, 595.0)[0] == []
    edge = [_glyph("다", 540.0, 100.0 + 14 * i) for i in range(4)]  # each after its line's words
    lines = [_glyph("가", 528.0, 100.0 + 14 * i) for i in range(4)]
    assert side_tabs(edge + lines, 595.0)[0] == []
