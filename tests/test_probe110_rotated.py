"""Cells whose text is turned a quarter (probe 110, rotatedheads): LibreOffice's cell
written bottom to top (bt-lr), its letters drawn with the matrix (0, 1, -1, 0), in the
narrow headers of a staff table (`정원`, `현원`) and in the 과 merged down its left column;
and text turned the other way, read from the top down.  Each was read top to bottom, so
every rising word came out reversed (`원정`, `과책정지복`)."""

from __future__ import annotations

from collections.abc import Sequence

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from extract.read.pdf.reader import read_pdf
from schemas import Report
from tests.test_read_pdf import pdf_file

#: a glyph's matrix (a b c d) upright, turned to rise (bt-lr) and turned to fall
UP, RISE, FALL = b"1 0 0 1", b"0 1 -1 0", b"0 -1 1 0"

#: a piece of text: (matrix, x, y, size) where it starts, and the text
Text = tuple[tuple[bytes, float, float, float], str]
Rule = tuple[float, float, float, float]


def _hex(text: str) -> bytes:
    """The text as a string of two-byte codes, each its letter's code point."""
    return b"<" + "".join(f"{ord(ch):04X}" for ch in text).encode() + b">"


def _font(texts: Sequence[str]) -> list[bytes]:
    """A Type0 font (Identity-H, not embedded) whose codes are the letters' code points,
    with a ToUnicode map of the letters ``texts`` use: Hangul set without a font file."""
    chars = sorted({ch for t in texts for ch in t})
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def\n"
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        + b"%d beginbfchar\n" % len(chars)
        + b"".join(_hex(c) + b" " + _hex(c) + b"\n" for c in chars)
        + b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    )  # fmt: skip
    return [
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Gulim /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Gulim /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [32 126 500] >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]


def _pdf(texts: Sequence[Text], rules: Sequence[Rule] = ()) -> bytes:
    """A one-page A4 PDF of these texts and ruled lines (PDF coordinates, y up)."""
    content = b"".join(
        b"BT /K1 %g Tf %s %g %g Tm %s Tj ET\n" % (size, m, x, y, _hex(t))
        for (m, x, y, size), t in texts
    ) + b"0.6 w\n" + b"".join(b"%g %g m %g %g l S\n" % r for r in rules)
    return pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /K1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        *_font([t for _, t in texts]),
    ])  # fmt: skip


def _lines(data: bytes) -> list[str]:
    return [ln.text for ln in read_pdf(data, "x").lines if ln.is_content]


#: a staff table: `구 분` over the 과 and team columns, `정원` and `현원` each written
#: bottom to top in its narrow header; `복지정책과` written bottom to top down the left
#: column, merged over its two teams' rows
_STAFF: list[Text] = [
    ((UP, 60, 780, 16), "2026년 주요업무보고"),
    ((UP, 60, 750, 14), "복지국"),
    ((UP, 60, 710, 12), "Ⅰ. 일반현황"),
    ((UP, 60, 690, 12), "1. 조 직 : 1국 1과 2팀"),
    ((UP, 60, 670, 12), "2. 인 력"),
    ((UP, 240, 640, 9), "(단위 : 명)"),
    ((UP, 120, 606, 9), "구 분"),
    ((RISE, 224.5, 601, 9), "정원"),
    ((RISE, 264.5, 601, 9), "현원"),
    ((UP, 120, 576, 9), "합 계"),
    ((UP, 210, 576, 9), "30"),
    ((UP, 250, 576, 9), "28"),
    ((RISE, 79.5, 522.5, 9), "복지정책과"),
    ((UP, 100, 553, 9), "복지정책팀"),
    ((UP, 210, 553, 9), "16"),
    ((UP, 250, 553, 9), "15"),
    ((UP, 100, 528, 9), "희망복지팀"),
    ((UP, 210, 528, 9), "14"),
    ((UP, 250, 528, 9), "13"),
    ((UP, 60, 480, 12), "Ⅱ. 2026년 주요업무계획"),
    ((UP, 60, 460, 12), "1. 복지 안전망 강화"),
    ((UP, 60, 440, 12), "○ 사업기간 : 2026. 1.~12."),
]
_STAFF_RULES: list[Rule] = [
    (60, 630, 280, 630), (60, 590, 280, 590), (60, 570, 280, 570), (90, 545, 280, 545),
    (60, 520, 280, 520), (60, 630, 60, 520), (90, 570, 90, 520), (200, 630, 200, 520),
    (240, 630, 240, 520), (280, 630, 280, 520),
]  # fmt: skip


def _report(data: bytes) -> Report:
    return check(parse_document(read_bytes(data, "report.pdf"), "report"))


def test_headers_and_a_label_written_bottom_to_top_read_upward() -> None:
    """`정원`, `현원` and the merged `복지정책과`, each drawn rising: read from the bottom
    up, each one word of its cell's row (they had read `원정`, `원현`, `과책정지복`)."""
    lines = _lines(_pdf(_STAFF, _STAFF_RULES))
    assert "구 분 정원 현원" in lines
    assert "복지정책과 복지정책팀 16 15" in lines


def test_a_staff_table_of_rising_headers_gives_its_rows() -> None:
    """The table's cells are headed `정원` / `현원` and its teams' rows by their 과; its
    rows are staff rows, each team's figures as the row gives them."""
    report = _report(_pdf(_STAFF, _STAFF_RULES))
    cells = {(c.row_header, c.col_header): c.value for c in report.table_cells
             if not c.is_header}  # fmt: skip
    assert cells[("복지정책과 / 복지정책팀", "정원")] == 16
    assert cells[("복지정책과 / 희망복지팀", "현원")] == 13
    assert cells[("합계", "현원")] == 28
    staff = [(s.is_total, s.authorized, s.current) for s in report.staffing]
    assert staff == [(True, 30, 28), (False, 16, 15), (False, 14, 13)]
    assert report.staffing[0].unit == "계" and report.staffing[-1].unit == "희망복지팀"


def test_a_rising_label_wrapped_onto_a_second_column_is_one_line() -> None:
    """`장애인` / `복지과` written bottom to top on two lines of one cell (the second line
    the column to its right): one line, first line first; set falling, top to bottom
    (the second line the column to its left), the same."""
    rising = [((RISE, 100, 600, 10), "장애인"), ((RISE, 111, 600, 10), "복지과")]
    falling = [((FALL, 111, 640, 10), "장애인"), ((FALL, 100, 640, 10), "복지과")]
    assert _lines(_pdf(rising)) == ["장애인 복지과"]
    assert _lines(_pdf(falling)) == ["장애인 복지과"]


def test_rising_labels_of_neighbouring_cells_stay_apart() -> None:
    """Two rising headers a narrow column apart (`정원` | `현원`, a cell's padding and a
    rule between): two words, each read upward."""
    texts = [((RISE, 224.5, 601, 9), "정원"), ((RISE, 264.5, 601, 9), "현원")]
    rules = [(200, 630, 280, 630), (200, 590, 280, 590), (200, 630, 200, 590),
             (240, 630, 240, 590), (280, 630, 280, 590)]  # fmt: skip
    assert " ".join(_lines(_pdf(texts, rules))) == "정원 현원"
