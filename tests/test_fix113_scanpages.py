"""PDFs part of whose text cannot be read (probe 113, scanpages): a heading whose letters
are drawn as outlines (filled curves, no text layer) is named with its page, a page drawn
wholly so needs OCR as a scanned page does, and a wholly scanned or wholly outlined PDF
fails with one line saying how to fix it (OCR it first, e.g. ocrmypdf).

The PDFs are written by hand here: Helvetica text, a grey picture, and letters drawn as
closed Bezier paths of letter sizes (each letter its own path, as a font converted to
paths draws them)."""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import pytest

from extract.errors import ReadError
from extract.read.pdf import read_pdf
from extract.read.pdf.outlined import outlined_rows
from extract.read.pdf.unmapped import unmapped_codes
from tests.test_read_pdf import pdf_file

PAGE_W, PAGE_H = 595, 842


def _stream(data: bytes, extra: str = "") -> bytes:
    packed = zlib.compress(data, 9)
    head = f"<< /Length {len(packed)} /Filter /FlateDecode {extra} >>\nstream\n".encode()
    return head + packed + b"\nendstream"


def _write(objects: list[bytes]) -> bytes:
    return pdf_file(objects)


def _letter(x: float, y: float, w: float, h: float) -> str:
    """A closed filled outline of a letter's box (an oval of four Bezier curves)."""
    k = 0.55
    cx, cy, rx, ry = x + w / 2, y + h / 2, w / 2, h / 2
    return (
        f"{cx:.2f} {y + h:.2f} m "
        f"{cx + k * rx:.2f} {y + h:.2f} {x + w:.2f} {cy + k * ry:.2f} {x + w:.2f} {cy:.2f} c "
        f"{x + w:.2f} {cy - k * ry:.2f} {cx + k * rx:.2f} {y:.2f} {cx:.2f} {y:.2f} c "
        f"{cx - k * rx:.2f} {y:.2f} {x:.2f} {cy - k * ry:.2f} {x:.2f} {cy:.2f} c "
        f"{x:.2f} {cy + k * ry:.2f} {cx - k * rx:.2f} {y + h:.2f} {cx:.2f} {y + h:.2f} c h f\n"
    )


def _outlined_line(y: float, letters: int = 12, size: float = 14.0) -> str:
    """A line of ``letters`` letters drawn as outlines, baseline at ``y`` (PDF units)."""
    out, x = [], 72.0
    for i in range(letters):
        w = size * (0.45 + 0.1 * (i % 4))
        h = size * (0.6 + 0.1 * (i % 3))
        out.append(_letter(x, y, w, h))
        x += w + size * (0.15 if i % 5 else 0.6)
    return "".join(out)


def _text(y: float, words: str, size: int = 11) -> str:
    return f"BT /F1 {size} Tf 72 {y:.0f} Td ({words}) Tj ET\n"


def _footer(number: int) -> str:
    return f"BT /F1 10 Tf 285 30 Td (- {number} -) Tj ET\n"


def _leader(y: float) -> str:
    """A contents entry's dotted leader: many dots, all of one size."""
    return "".join(_letter(200 + 6 * i, y, 1.6, 1.6) for i in range(40))


def _markers(y: float) -> str:
    """A chart's markers on one row: letter-sized, but all one shape."""
    return "".join(_letter(100 + 40 * i, y, 6, 6) for i in range(8))


def _bars(y: float, heights: Sequence[float], width: float = 13.5) -> str:
    """A bar chart's columns on the baseline ``y``, each a closed path with a rounded top
    (two curves), one width, heights as the data goes."""
    out, r = [], 3.0
    for i, h in enumerate(heights):
        x = 80 + 21 * i
        out.append(
            f"{x} {y} m {x} {y + h - r} l {x} {y + h} {x} {y + h} {x + r} {y + h} c "
            f"{x + width - r} {y + h} l {x + width} {y + h} {x + width} {y + h} "
            f"{x + width} {y + h - r} c {x + width} {y} l h f\n"
        )
    return "".join(out)


def _dots(y: float) -> str:
    """A chart's markers of several sizes on one row: circles, each as wide as tall."""
    return "".join(_letter(84 + 13 * i, y, 4.5 + 1.5 * (i % 4), 4.5 + 1.5 * (i % 4))
                   for i in range(8))  # fmt: skip


_HEIGHTS = [15, 26.2, 21, 28.5, 11.2, 24.7, 18.7, 27.7]


def _body(kind: str, number: int) -> str:
    text = "".join(_text(700 - 18 * i, f"line {i + 1} of the body text on page {number}")
                   for i in range(6))  # fmt: skip
    if kind == "text":
        return _text(760, f"Heading of page {number}", 16) + text + _footer(number)
    if kind == "heading":  # the title drawn as outlines, the body text
        return _outlined_line(760) + text + _footer(number)
    if kind == "headings":  # a chapter's title and a card's, both outlines
        return _outlined_line(780, 16, 17) + _outlined_line(740) + text + _footer(number)
    if kind == "drawn":  # every line drawn as outlines, the page number text
        return "".join(_outlined_line(760 - 24 * i) for i in range(8)) + _footer(number)
    if kind == "drawn_bare":  # every line outlines, nothing else
        return "".join(_outlined_line(760 - 24 * i) for i in range(8))
    if kind == "leaders":  # text with dotted leaders and chart markers: no outlined text
        return _text(760, "Contents", 16) + _leader(720) + _markers(600) + text + _footer(number)
    if kind == "leaders_heading":
        return _outlined_line(760) + _leader(720) + _markers(600) + text + _footer(number)
    if kind == "chart":  # two bar charts and a row of markers, a short caption of text
        return (_text(760, "Chart 1", 12) + _bars(620, _HEIGHTS) + _bars(450, _HEIGHTS[::-1])
                + _dots(380))  # fmt: skip
    if kind == "drawn_caption":  # every line outlines, a short caption of text
        return "".join(_outlined_line(760 - 24 * i) for i in range(8)) + _text(500, "Fig. 2")
    if kind == "image":
        return "q 595 0 0 842 0 0 cm /Im1 Do Q\n"
    raise ValueError(kind)


def _pdf(kinds: Sequence[str]) -> bytes:
    objects: list[bytes] = [b"", b""]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    pixels = bytes((40 if (r // 6) % 3 == 0 and 8 < c < 90 else 235)
                   for r in range(148) for c in range(105))  # fmt: skip
    image = add(_stream(pixels, "/Type /XObject /Subtype /Image /Width 105 /Height 148 "
                                "/ColorSpace /DeviceGray /BitsPerComponent 8"))  # fmt: skip
    kids = []
    for number, kind in enumerate(kinds, start=1):
        content = add(_stream(_body(kind, number).encode()))
        kids.append(add(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
            f"/Contents {content} 0 R /Resources << /Font << /F1 {font} 0 R >> "
            f"/XObject << /Im1 {image} 0 R >> >> >>".encode()
        ))  # fmt: skip
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    refs = " ".join(f"{k} 0 R" for k in kids)
    objects[1] = f"<< /Type /Pages /Kids [{refs}] /Count {len(kids)} >>".encode()
    return _write(objects)


OUTLINED = "text drawn as outlines (curves, no text layer) on "
NOT_READ = ": those lines are not read (headings among them?); OCR is not supported"


@pytest.mark.parametrize(
    ("kinds", "problems"),
    [
        # a heading drawn as outlines over a body of text: the page is named, its text read
        (["text", "heading", "text"],
         [("read.outlined_text", f"{OUTLINED}page 2 (1 line) of 3{NOT_READ}")]),
        (["text", "headings", "text", "heading"],
         [("read.outlined_text", f"{OUTLINED}pages 2 (2 lines), 4 (1 line) of 4{NOT_READ}")]),
        # dotted leaders and a row of markers are no letters; the heading beside them is
        (["text", "leaders_heading"],
         [("read.outlined_text", f"{OUTLINED}page 2 (1 line) of 2{NOT_READ}")]),
        # a page drawn wholly as outlines needs OCR, as a scanned page does
        (["text", "drawn", "text"],
         [("read.page_needs_ocr", "page 2 of 3 needs OCR (text drawn as outlines, no text "
                                  "layer): its text is not read; run OCR")]),
        (["text", "image", "drawn_bare", "heading", "text"],
         [("read.page_needs_ocr", "2 of 5 pages need OCR, their text not read: 2 (a picture "
                                  "with no text layer), 3 (text drawn as outlines, no text "
                                  "layer); run OCR on them"),
          ("read.outlined_text", f"{OUTLINED}page 4 (1 line) of 5{NOT_READ}")]),
        # a chart's bars (rounded tops, one width) and markers (circles of several sizes)
        # are no letters: the page's few characters are read, nothing is said
        (["text", "chart", "text"], []),
        (["chart"], []),
    ],
)  # fmt: skip
def test_text_drawn_as_outlines_is_named_with_its_page(
    kinds: list[str], problems: list[tuple[str, str]]
) -> None:
    doc = read_pdf(_pdf(kinds), "outlined.pdf")
    assert doc.problems == problems
    # (pdfplumber's objects give the same: the outlines are read alike by both engines)
    assert read_pdf(_pdf(kinds), "outlined.pdf", engine="pdfplumber").problems == problems
    # the pages of text are read as usual: every body line of every page not drawn
    for page, kind in enumerate(kinds, start=1):
        got = [ln.text for ln in doc.content() if ln.page == page]
        want = ([f"line {i + 1} of the body text on page {page}" for i in range(6)]
                if kind in ("text", "heading", "headings", "leaders_heading") else [])  # fmt: skip
        assert [t for t in got if t.startswith("line ")] == want
        if kind == "chart":
            assert "Chart 1" in got


def test_a_page_drawn_as_outlines_keeps_its_characters() -> None:
    """A page drawn as outlines needs OCR, but its few characters are still read: a text
    layer is never dropped because of outlines."""
    doc = read_pdf(_pdf(["text", "drawn_caption"]), "drawn.pdf")
    assert doc.problems == [
        ("read.page_needs_ocr", "page 2 of 2 needs OCR (text drawn as outlines, no text "
                                "layer): its text is not read; run OCR")]  # fmt: skip
    assert "Fig. 2" in [ln.text for ln in doc.content() if ln.page == 2]


@pytest.mark.parametrize(
    ("kinds", "reason"),
    [
        (["image", "image", "image"],
         "the PDF has no text layer (scanned pages?); run OCR first (e.g. ocrmypdf) and "
         "convert the result: no text on any of its 3 pages"),
        (["image"],
         "the PDF has no text layer (scanned pages?); run OCR first (e.g. ocrmypdf) and "
         "convert the result: no text on its only page"),
        (["drawn", "drawn_bare"],
         "the PDF has no text layer: its text is drawn as outlines (curves); OCR it first "
         "(e.g. ocrmypdf) and convert the result"),
    ],
)  # fmt: skip
def test_a_pdf_with_no_text_on_any_page_fails_saying_how_to_fix_it(
    kinds: list[str], reason: str
) -> None:
    with pytest.raises(ReadError) as err:
        read_pdf(_pdf(kinds), "scanned.pdf")
    assert err.value.reason == reason


def _boxes(kind: str) -> list[tuple[float, float, float, float]]:
    """The boxes of the filled paths a row of ``kind`` draws (top-down coordinates)."""
    if kind == "leader":
        return [(200 + 6 * i, 100.0, 201.6 + 6 * i, 101.6) for i in range(40)]
    if kind == "markers":
        return [(100 + 40 * i, 100.0, 106 + 40 * i, 106.0) for i in range(8)]
    if kind == "icons":  # pictograms of an infographic, set well apart
        return [(72 + 60 * i, 100.0, 92 + 60 * i + 3 * (i % 3), 120.0 + i % 4) for i in range(8)]
    if kind == "bars":  # a bar chart's columns: one width, one baseline, heights vary
        return [(80 + 21 * i, 200 - h, 93.5 + 21 * i, 200.0) for i, h in enumerate(_HEIGHTS)]
    if kind == "dots":  # markers of several sizes: circles
        return [(84 + 13 * i, 100.0, 88.5 + 13 * i + 1.5 * (i % 4), 104.5 + 1.5 * (i % 4))
                for i in range(8)]  # fmt: skip
    if kind == "letters":
        return [(72 + 10 * i, 100.0 - i % 3, 78 + 10 * i + i % 4, 110.0) for i in range(10)]
    raise ValueError(kind)


@pytest.mark.parametrize(
    ("kind", "chars", "rows"),
    [
        ("letters", [], [(72, 98, 169, 110)]),
        # letters drawn over the same words of the text layer (a shadow, an effect)
        ("letters", [{"text": "가", "x0": 80, "x1": 90, "top": 99, "bottom": 109}], []),
        ("leader", [], []),
        ("markers", [], []),
        ("icons", [], []),
        ("bars", [], []),
        ("dots", [], []),
    ],
)  # fmt: skip
def test_outlined_rows(
    kind: str, chars: list[dict[str, object]], rows: list[tuple[int, ...]]
) -> None:
    assert [tuple(round(v) for v in r) for r in outlined_rows(_boxes(kind), chars)] == rows


def _font_pdf(font: str, codes: str) -> bytes:
    """Page 1 text in Helvetica; page 2 twelve lines of ``codes`` in the font ``font`` (its
    dictionary, GLYPH standing for the object number of the one glyph all codes draw)."""
    objects: list[bytes] = [b"", b""]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    helvetica = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    glyph = add(_stream(b"600 0 0 0 500 700 d1 0 0 400 600 re f"))
    special = add(font.replace("GLYPH", str(glyph)).encode())
    kids = []
    for number in (1, 2):
        if number == 1:
            body = "".join(_text(760 - 18 * i, f"line {i + 1} of a page with a text layer")
                           for i in range(6))  # fmt: skip
        else:
            body = "".join(f"BT /F2 11 Tf 72 {760 - 18 * i} Td <{codes}> Tj ET\n"
                           for i in range(12))  # fmt: skip
        content = add(_stream((body + _footer(number)).encode()))
        kids.append(add(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] /Contents "
            f"{content} 0 R /Resources << /Font << /F1 {helvetica} 0 R /F2 {special} 0 R "
            ">> >> >>".encode()
        ))  # fmt: skip
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    refs = " ".join(f"{k} 0 R" for k in kids)
    objects[1] = f"<< /Type /Pages /Kids [{refs}] /Count {len(kids)} >>".encode()
    return _write(objects)


def _type3(names: Sequence[str], first: int) -> str:
    """A Type 3 font of drawn glyphs named ``names`` from the code ``first``, with no map
    to Unicode."""
    procs = " ".join(f"/{n} GLYPH 0 R" for n in names)
    differences = " ".join("/" + n for n in names)
    return (
        f"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] "
        f"/FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << {procs} >> "
        f"/Encoding << /Type /Encoding /Differences [{first} {differences}] >> "
        f"/FirstChar {first} /LastChar {first + len(names) - 1} "
        f"/Widths [{' '.join(['600'] * len(names))}] /Resources << >> >>"
    )


_CODES = "".join(f"{33 + (i * 7) % 30:02X}" for i in range(30))
_NAMED = [f"g{i}" for i in range(1, 31)]
_LATIN = [chr(ord("a") + i % 26) for i in range(30)]
_UNI = [f"uni{0xAC00 + i:04X}" for i in range(30)]


@pytest.mark.parametrize(
    ("font", "page2", "problems"),
    [
        # glyphs named with no character (g1, g2, ...) read as the base encoding's `!(/6=`
        # before: now undecodable, so the page needs OCR and gives no garbage line
        (_type3(_NAMED, 33), [],
         [("read.page_needs_ocr", "page 2 of 2 needs OCR (text that cannot be decoded): its "
                                  "text is not read; run OCR")]),
    ],
)  # fmt: skip
def test_glyphs_named_with_no_character_are_not_read_as_garbage(
    font: str, page2: list[str], problems: list[tuple[str, str]]
) -> None:
    doc = read_pdf(_font_pdf(font, _CODES), "type3.pdf")
    assert [ln.text for ln in doc.content() if ln.page == 2] == page2
    assert doc.problems == problems
    assert read_pdf(_font_pdf(font, _CODES), "type3.pdf", engine="pdfplumber").problems == problems
    assert [ln.text for ln in doc.content() if ln.page == 1] == [
        f"line {i + 1} of a page with a text layer" for i in range(6)
    ]


@pytest.mark.parametrize(
    ("names", "codes"),
    [
        (_NAMED, set(range(33, 63))),
        (_LATIN, set()),  # named as letters: pdfminer reads them right
        (_UNI, set()),  # uniAC00: 가
        (["a", "g7", "space", "cid12"], {34, 36}),
    ],
)  # fmt: skip
def test_unmapped_codes(names: list[str], codes: set[int]) -> None:
    from pdfminer.psparser import LIT

    spec = {"Subtype": LIT("Type3"),
            "Encoding": {"Differences": [33, *(LIT(n) for n in names)]}}  # fmt: skip
    assert unmapped_codes(spec) == codes
    assert unmapped_codes({**spec, "ToUnicode": object()}) == frozenset()
    assert unmapped_codes({**spec, "Subtype": LIT("Type0")}) == frozenset()


_DIGITS = [f"g{48 + i}" for i in range(10)]


@pytest.mark.parametrize(
    ("first", "names", "base", "codes"),
    [
        # glyphs named by their own codes (/g48 at 48): the base encoding reads them right
        (48, _DIGITS, "WinAnsiEncoding", set()),
        (48, _DIGITS, "", set()),
        (48, [f"cid{48 + i}" for i in range(10)], "", set()),
        # named by glyph index at the codes of capitals: the base encoding reads letters
        (65, [f"g{3 + i}" for i in range(26)], "WinAnsiEncoding", set()),
        # one off its code among those named by theirs: that one alone, a `#` of no text
        (35, ["g35", "g7", "g37"], "", {36}),
    ],
)  # fmt: skip
def test_unmapped_codes_where_the_base_encoding_reads_the_text(
    first: int, names: list[str], base: str, codes: set[int]
) -> None:
    from pdfminer.psparser import LIT

    encoding: dict[str, object] = {"Differences": [first, *(LIT(n) for n in names)]}
    if base:
        encoding["BaseEncoding"] = LIT(base)
    assert unmapped_codes({"Subtype": LIT("Type1"), "Encoding": encoding}) == codes


def test_digits_named_by_their_codes_read_as_digits() -> None:
    """A Type 1 font whose digits are named /g48 ... /g57 at their ASCII codes, no
    ToUnicode: the page reads its figures as the base encoding gives them."""
    differences = " ".join(f"/g{48 + i}" for i in range(10))
    font = ("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
            f"/BaseEncoding /WinAnsiEncoding /Differences [48 {differences}] >> >>")  # fmt: skip
    doc = read_pdf(_font_pdf(font, b"Budget 2025 1,200 won".hex()), "digits.pdf")
    assert [ln.text for ln in doc.content() if ln.page == 2] == ["Budget 2025 1,200 won"] * 12
    assert doc.problems == []
