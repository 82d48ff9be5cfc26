"""Files of the genre partly unreadable (probe 117, broken): what can be read is read,
and the user is told which part could not be and why.

- an HWPX section whose XML breaks off, or whose compressed bytes do, is read up to its
  last whole paragraph, the other sections as they are (`hwpx.section` names it);
- an HWPX zip that lost both `mimetype` and `Contents/content.hpf` is still HWPX;
- PDF pages whose text layer is private-use glyphs (a font whose Unicode map gives
  Hancom's private codes) need OCR, and the messages say so;
- a UTF-8 text with lines pasted in CP949 is read line by line.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from extract.errors import NotAReportError, ReadError
from extract.pipeline import parse_document
from extract.read import read_bytes
from tests.hwpx_maker import hwpx, p, sec
from tests.pdf_objects import stream, write_pdf

# --- a small report in three sections -------------------------------------------------

FIRST = ["Ⅰ. 일반현황", "1. 조직 현황", "○ 조직 : 1과 3팀", "- 도시재생팀, 주거환경팀, 도시경관팀"]
SECOND = [
    "Ⅲ. 2025년 주요업무계획",
    "1. 원도심 도시재생 활성화",
    "○ 사업기간 : 2025. 1. ~ 12.",
    "○ 사업비 : 8,000백만원",
    "2. 노후 주거환경 개선",
    "○ 사업기간 : 2025. 2. ~ 11.",
    "○ 사업비 : 4,500백만원",
]
THIRD = ["Ⅳ. 감사 지적사항 및 조치결과", "○ 보조금 정산 부적정", "- 조치결과 : 환수 완료"]


def _sections(second: bytes | None = None) -> list[bytes]:
    return [sec(*map(p, FIRST)), second or sec(*map(p, SECOND)), sec(*map(p, THIRD))]


def _texts(data: bytes) -> list[str]:
    return [ln.text for ln in read_bytes(data, "r.hwpx").lines]


def _cut_at(part: bytes, line: str) -> bytes:
    """The section's XML broken right after the paragraph holding ``line``."""
    at = part.index(line.encode())
    end = part.index(b"</hp:p>", at) + len(b"</hp:p>")
    return part[:end] + b"<hp:p><hp:run><hp:t>\xff\xfe"


def _deflate_broken(data: bytes, name: str) -> bytes:
    """``data`` with the compressed bytes of entry ``name`` damaged near their end."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    start = info.header_offset + 30 + len(name.encode()) + len(info.extra)
    buf = bytearray(data)
    for k in range(info.compress_size - 12, info.compress_size - 4):
        buf[start + k] ^= 0xA5
    return bytes(buf)


def _stored_copy(data: bytes, drop: set[str]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n in src.namelist():
            if n not in drop:
                zf.writestr(n, src.read(n), compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("case", "read_of_second"),
    [
        # the XML breaks off after the first card's cost: the lines before it are read
        ("xml cut", SECOND[:4]),
        # a bad byte inside the first paragraph: nothing of the section is read
        ("xml bad first", []),
    ],
)
def test_a_damaged_section_is_read_up_to_the_damage(case: str, read_of_second: list[str]) -> None:
    whole = sec(*map(p, SECOND))
    second = _cut_at(whole, SECOND[3]) if case == "xml cut" else whole.replace(
        SECOND[0].encode(), SECOND[0].encode() + b"\x00"
    )  # fmt: skip
    doc = read_bytes(hwpx(*_sections(second)), "r.hwpx")
    assert [ln.text for ln in doc.lines] == FIRST + read_of_second + THIRD
    ((code, message),) = doc.problems
    assert code == "hwpx.section" and "section 2 of 3 (Contents/section1.xml)" in message
    assert ("read up to its paragraph 4" if read_of_second else "none of its text") in message
    assert "\n" not in message
    # no section readable: the file is an error, as before
    bad = sec(p("가")).replace(b"<hp:t>", b"<hp:t>\x00")
    with pytest.raises(ReadError, match=r"section0\.xml is not well-formed XML"):
        read_bytes(hwpx(bad, bad), "r.hwpx")


def test_a_section_whose_compressed_bytes_break_is_read_up_to_there() -> None:
    many = [f"○ 세부사업 {i} : 마을공동체 거점시설 조성 {i}개소" for i in range(400)]
    data = _deflate_broken(hwpx(*_sections(sec(*map(p, many)))), "Contents/section1.xml")
    doc = read_bytes(data, "r.hwpx")
    texts = [ln.text for ln in doc.lines]
    assert texts[: len(FIRST)] == FIRST and texts[-len(THIRD) :] == THIRD
    read = texts[len(FIRST) : -len(THIRD)]
    assert 0 < len(read) < len(many) and read == many[: len(read)]
    ((code, message),) = doc.problems
    assert code == "hwpx.section" and "its compressed data is damaged" in message


def test_a_damaged_section_converts_as_partial() -> None:
    second = _cut_at(sec(*map(p, SECOND)), SECOND[3])
    report = parse_document(read_bytes(hwpx(*_sections(second)), "r.hwpx"), "r")
    assert [(pr.title, pr.cost_krw) for pr in report.projects] == [
        ("원도심 도시재생 활성화", 8_000_000_000)
    ]
    assert len(report.audit_findings) == 1
    assert any(w.code == "hwpx.section" and "section 2 of 3" in w.message
               for w in report.warnings)  # fmt: skip


@pytest.mark.parametrize("drop", [{"mimetype", "Contents/content.hpf"}])
def test_an_hwpx_that_lost_its_mimetype_and_manifest(drop: set[str]) -> None:
    data = _stored_copy(hwpx(*_sections()), drop)
    doc = read_bytes(data, "r.hwpx")
    assert doc.format == "hwpx" and [ln.text for ln in doc.lines] == FIRST + SECOND + THIRD
    assert [c for c, _ in doc.problems] == ["hwpx.manifest"]


def test_a_zip_with_no_hwpx_part_is_still_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", b"<w/>")
    with pytest.raises(ReadError, match=r"no Contents/section0\.xml"):
        read_bytes(buf.getvalue(), "r.hwpx")


# --- PDF pages of private-use glyphs ------------------------------------------------------

REPORT_LINES = [*FIRST, *SECOND, *THIRD] * 2


def _pdf(pages: list[tuple[list[str], str]]) -> bytes:
    """Pages of Korean lines in a CID font; per page, how its Unicode map writes Hangul:
    "hangul" (as the letters), "private" (private-use codes, as some Hancom exports do)."""
    chars = sorted({c for lines, _ in pages for ln in lines for c in ln})
    code = {c: i + 1 for i, c in enumerate(chars)}
    objects: list[bytes] = [b"", b""]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    fonts = {}
    for kind in ("hangul", "private"):
        def uni(c: str, kind: str = kind) -> int:
            return 0xE000 + code[c] if kind == "private" and "가" <= c <= "힣" else ord(c)

        cmap = (
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            f"{len(chars)} beginbfchar\n"
            + "".join(f"<{code[c]:04X}> <{uni(c):04X}>\n" for c in chars)
            + "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
        )
        desc = add(
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /HCRBatang /CIDSystemInfo "
            b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>"
        )
        tounicode = add(stream(cmap.encode()))
        fonts[kind] = add(
            f"<< /Type /Font /Subtype /Type0 /BaseFont /HCRBatang /Encoding /Identity-H "
            f"/DescendantFonts [{desc} 0 R] /ToUnicode {tounicode} 0 R >>".encode()
        )
    kids = []
    for lines, kind in pages:
        body = "\n".join(
            f"BT /F1 11 Tf 60 {790 - 26 * i} Td <{''.join(f'{code[c]:04X}' for c in ln)}> Tj ET"
            for i, ln in enumerate(lines)
        )
        content = add(stream(body.encode()))
        kids.append(add(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R "
            f"/Resources << /Font << /F1 {fonts[kind]} 0 R >> >> >>".encode()
        ))  # fmt: skip
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    refs = " ".join(f"{k} 0 R" for k in kids)
    objects[1] = f"<< /Type /Pages /Kids [{refs}] /Count {len(kids)} >>".encode()
    return write_pdf(objects)


def test_pages_of_private_use_glyphs_need_ocr() -> None:
    half = len(REPORT_LINES) // 2
    data = _pdf([(REPORT_LINES[:half], "hangul"), (REPORT_LINES[half:], "private")])
    doc = read_bytes(data, "r.pdf")
    assert [q["needs_ocr"] for q in doc.quality] == [False, True]
    assert {ln.page for ln in doc.lines} == {1}
    (message,) = [m for c, m in doc.problems if c == "read.page_needs_ocr"]
    assert message.startswith("page 2 of 2 needs OCR (text in private-use glyphs")


@pytest.mark.parametrize("pages", [1, 2])
def test_a_pdf_all_of_private_use_glyphs_says_so(pages: int) -> None:
    size = len(REPORT_LINES) // pages
    data = _pdf([(REPORT_LINES[i * size : (i + 1) * size], "private") for i in range(pages)])
    with pytest.raises((ReadError, NotAReportError)) as exc:
        parse_document(read_bytes(data, "r.pdf"), "r")
    assert "private-use glyphs" in exc.value.reason and "OCR" in exc.value.reason


# --- text in two encodings ----------------------------------------------------------------

TEXT = "\n".join(["2025년 주요업무보고", *FIRST, *SECOND, *THIRD]) + "\n"


def test_utf8_text_with_lines_in_cp949_is_read_line_by_line() -> None:
    lines = TEXT.splitlines(keepends=True)
    pasted = range(6, 9)  # the first card's lines, pasted from an old CP949 file
    data = b"".join(
        ln.encode("cp949") if i in pasted else ln.encode() for i, ln in enumerate(lines)
    )
    doc = read_bytes(data, "r.txt")
    assert [ln.text for ln in doc.lines] == [ln.strip() for ln in lines]
    ((code, message),) = doc.problems
    assert code == "read.mixed_encoding" and "lines 7-9 are CP949" in message
    report = parse_document(doc, "r")
    assert [pr.cost_krw for pr in report.projects] == [8_000_000_000, 4_500_000_000]
    # a UTF-8 line with one damaged byte is still UTF-8, its byte replaced
    damaged = TEXT.encode().replace("현황".encode(), "현황".encode()[:-1] + b" ", 1)
    assert read_bytes(damaged, "r.txt").encoding == "utf-8 (1 invalid byte sequence replaced)"


@pytest.mark.parametrize("where", ["in its last section", "in its zip directory"])
def test_an_hwpx_cut_short_is_read_up_to_the_cut(where: str) -> None:
    many = [f"○ 세부사업 {i} : 마을공동체 거점시설 조성 {i}개소" for i in range(400)]
    data = hwpx(*_sections()[:2], sec(*map(p, many)))
    last = zipfile.ZipFile(io.BytesIO(data)).getinfo("Contents/section2.xml")
    cut = last.header_offset + last.compress_size // 2 if where.startswith("in its last") else (
        len(data) - 40
    )  # fmt: skip
    doc = read_bytes(data[:cut], "r.hwpx")
    texts = [ln.text for ln in doc.lines]
    assert texts[: len(FIRST) + len(SECOND)] == FIRST + SECOND
    read = texts[len(FIRST) + len(SECOND) :]
    assert read == many[: len(read)] and (len(read) < len(many)) == where.startswith("in its last")
    codes = [c for c, _ in doc.problems]
    assert codes[0] == "hwpx.truncated" and "cut short" in doc.problems[0][1]
    assert ("hwpx.section" in codes) == where.startswith("in its last")
