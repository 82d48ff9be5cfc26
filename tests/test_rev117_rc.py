"""Review of round 117's readers (part C): forms near the new rules that they must not catch.

- a PDF page whose schedule marks (● in each month's cell) are drawn in a symbol font that
  maps them to private-use codes is read: its marks are a few kinds, a text's letters many
  (`read.page_needs_ocr` had dropped the whole page as text in private-use glyphs);
- a UTF-8 text with one stray Latin-1 byte before an ASCII letter on a line without Hangul
  (`25\\xb0C`) is UTF-8 with a byte replaced, as before: no line read as CP949 into a
  rare syllable (`25캜`), no warning of mixed encodings;
- a zip holding `Contents/section0.xml` of another format (no HWPX mimetype, no manifest)
  is not HWPX: the error says so (it had been read as an HWPX that holds no text);
- a short PDF report's two numbered pages each topped by a title that differs from the
  other's in its digits alone (`[참고 1]`, `[참고 2]`; `2024년 주요성과`, `2025년 …`) keep
  their titles: on so few pages a running head is the same text, digits too (the rule
  of round 117 took them for one running head, digits aside, and dropped both);
- a table cut by columns onto the next page is one table also where the next page says its
  title again with `(계속)`, or its unit alone where the first page's title held it
  (`1. … 배분 계획 (단위 : 백만원)`): each part had been a table of its own, the 계 checked
  against the left part's columns alone;
- an HWPX zip cut short is rebuilt from its local headers in time linear in its entries
  (each entry's name had been checked against a set built anew of all before it: ten
  thousand entries took seconds).
"""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from extract.errors import ReadError
from extract.read import read_bytes
from extract.read.pdf.reader import read_pdf
from extract.read.text import decode
from extract.read.zip_salvage import rebuilt_zip
from tests.pdf_objects import stream, write_pdf
from tests.test_fix114_multi import _pages_pdf
from tests.test_fix117_wide import CITIES, HEAD, SHARES, _page, _report, _table
from tests.test_probe110_rotated import UP


def _pdf(pages: list[list[str]], private: dict[str, int]) -> bytes:
    """Pages of rows (cells apart on `|`) in one CID font whose Unicode map gives each
    character its own code, those of ``private`` the private-use code given."""
    chars = sorted({c for page in pages for row in page for c in row})
    code = {c: i + 1 for i, c in enumerate(chars)}
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n"
        + "".join(f"<{code[c]:04X}> <{private.get(c, ord(c)):04X}>\n" for c in chars)
        + "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    desc = add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /HCRBatang /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>"
    )
    unicode = add(stream(cmap.encode()))
    font = add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /HCRBatang /Encoding /Identity-H "
        f"/DescendantFonts [{desc} 0 R] /ToUnicode {unicode} 0 R >>".encode()
    )
    kids = []
    for page in pages:
        body = []
        for i, row in enumerate(page):
            x = 60
            for k, cell in enumerate(row.split("|")):
                if cell.strip():
                    glyphs = "".join(f"{code[c]:04X}" for c in cell.strip())
                    body.append(f"BT /F1 10 Tf {x} {790 - 22 * i} Td <{glyphs}> Tj ET")
                x += 130 if k == 0 else 30
        content = add(stream("\n".join(body).encode()))
        kids.append(add(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        ))  # fmt: skip
    refs = " ".join(f"{k} 0 R" for k in kids)
    objects[1] = f"<< /Type /Pages /Kids [{refs}] /Count {len(kids)} >>".encode()
    return write_pdf(objects)


FIRST_PAGE = [
    "Ⅰ. 일반현황", "1. 인력 현황", "○ 정원 120명, 현원 118명",
    "Ⅱ. 2025년 주요업무계획", "1. 스마트 도시 조성", "○ 사업기간 : 2025. 1. ~ 2025. 12.",
]  # fmt: skip


def _schedule(marks: str) -> list[str]:
    """A schedule's page: each task's months marked (the marks taken in turn)."""
    months = {
        "기본계획 수립": range(1, 4), "실시설계": range(3, 7), "공사 발주": range(7, 9),
        "시범운영": range(9, 12), "성과 평가": range(11, 13), "홍보": range(1, 13),
        "상시 점검": range(1, 13), "모니터링": range(1, 13), "교육": range(1, 13, 2),
    }  # fmt: skip
    rows = ["□ 세부 추진일정", "추진과제|" + "|".join(str(m) for m in range(1, 13))]
    for k, (task, marked) in enumerate(months.items()):
        mark = marks[k % len(marks)]
        rows.append(task + "|" + "|".join(mark if m in marked else "" for m in range(1, 13)))
    return rows


#: (the marks, their private-use codes: a symbol font's)
MARKS = [
    pytest.param("●", {"●": 0xF06C}, id="one-kind"),
    pytest.param("●◐○", {"●": 0xF06C, "◐": 0xF09E, "○": 0xF06D}, id="three-kinds"),
    pytest.param("■□", {"■": 0xF06E, "□": 0xF06F}, id="squares"),
]  # fmt: skip


@pytest.mark.parametrize(("marks", "private"), MARKS)
def test_a_schedule_of_marks_in_private_use_codes_is_read(
    marks: str, private: dict[str, int]
) -> None:
    """More marks than Hangul letters on the page (the task names short, the months
    many), each drawn in private-use code: the page is text, its tasks read."""
    data = _pdf([FIRST_PAGE, _schedule(marks)], private)
    doc = read_bytes(data, "r.pdf")
    assert [q["needs_ocr"] for q in doc.quality] == [False, False]
    assert not [c for c, _ in doc.problems if c == "read.page_needs_ocr"]
    tasks = {ln.text.split()[0] for ln in doc.lines if ln.page == 2}
    assert {"기본계획", "실시설계", "시범운영", "모니터링"} <= tasks


_BODY = "2025년 주요업무계획\n\nⅠ. 일반현황\n○ 정원 120명, 현원 118명\n".encode()

#: (a line with a stray byte from a Latin-1 or Windows-1252 copy, how it reads)
STRAY = [
    pytest.param(b"Temp 25\xb0C", "Temp 25\ufffdC", id="degree-sign"),
    pytest.param(b"R\xb7D 2.0", "R\ufffdD 2.0", id="middle-dot"),
    pytest.param(b"Smart City\xa9Busan", "Smart City\ufffdBusan", id="copyright"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "read"), STRAY)
def test_a_stray_byte_before_a_letter_is_no_cp949_line(line: bytes, read: str) -> None:
    text, encoding = decode(_BODY + line + b"\n")
    assert text.splitlines()[-1] == read
    assert encoding == "utf-8 (1 invalid byte sequence replaced)"


#: (a zip's entries: another format's section parts)
OTHER_ZIPS = [
    pytest.param({"Contents/section0.xml": '<?xml version="1.0"?><document><para>2025년 '
                  "주요업무보고</para></document>".encode()}, id="own-xml"),
    pytest.param({"META-INF/manifest.xml": b"<manifest/>",
                  "Contents/section1.xml": b"<office:text xmlns:office='urn:x'>text</office:text>"},
                 id="office-text"),
]  # fmt: skip


@pytest.mark.parametrize("entries", OTHER_ZIPS)
def test_a_zip_with_another_formats_section_part_is_not_hwpx(entries: dict[str, bytes]) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    with pytest.raises(ReadError) as exc:
        read_bytes(buf.getvalue(), "r.hwpx")
    assert "not HWPX" in exc.value.reason


#: (the titles over the two numbered pages, one each)
TITLES = [
    pytest.param(("[참고 1]", "[참고 2]"), id="references"),
    pytest.param(("2024년 주요성과", "2025년 주요성과"), id="years"),
    pytest.param(("<붙임 1> 조직도", "<붙임 2> 조직도"), id="attachments"),
]  # fmt: skip


@pytest.mark.parametrize("titles", TITLES)
def test_titles_differing_in_digits_on_two_numbered_pages_stay(titles: tuple[str, str]) -> None:
    """A cover, then two pages numbered `- 1 -`, `- 2 -`, each opening with its title
    in the top margin: the titles are the pages' content."""
    cover = [((UP, 150, 600, 20), "2025년 주요업무보고"), ((UP, 220, 300, 16), "한빛군 보건소")]
    bodies = [
        ["1. 인 력", "○ 정원 56명, 현원 54명", "2. 예 산", "○ 총 12,300백만원"],
        ["1. 방문건강관리", "○ 사업기간 : 2025. 1. ~ 12.", "○ 사업비 : 420백만원"],
    ]
    pages = [
        [((UP, 60, 810, 13), title), *[((UP, 60, 780 - 20 * i, 11), t) for i, t in enumerate(body)],
         ((UP, 285, 25, 9), f"- {k} -")]
        for k, (title, body) in enumerate(zip(titles, bodies, strict=True), start=1)
    ]  # fmt: skip
    lines = read_pdf(_pages_pdf([cover, *pages]), "x").lines
    assert [(ln.page, ln.is_content) for ln in lines if ln.text in titles] == [(2, True), (3, True)]


_UNIT = (470.0, 795.0, 8.0, "(단위 : 백만원)")
_TITLE = (60.0, 765.0, 11.0, "1. 농촌개발사업 시·군별 배분 계획")

#: (the heading over the left part, what the next page says over the right part)
COLUMN_SPLITS = [
    pytest.param(HEAD, [(60.0, 815.0, 11.0, "1. 농촌개발사업 시·군별 배분 계획(계속)"), _UNIT],
                 id="title-goes-on"),
    pytest.param(HEAD, [(60.0, 815.0, 11.0, "1. 농촌개발사업 시·군별 배분 계획 <계속>")],
                 id="title-goes-on-no-unit"),
    pytest.param([HEAD[0], (60.0, 765.0, 11.0, _TITLE[3] + " (단위 : 백만원)")], [_UNIT],
                 id="unit-in-the-title"),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "again"), COLUMN_SPLITS)
def test_a_table_cut_by_columns_under_its_title_again_is_one_table(
    heading: list[tuple[float, float, float, str]], again: list[tuple[float, float, float, str]]
) -> None:
    left = 6
    first = [["구 분", "계", *CITIES[:left]]] + [
        [name, f"{sum(v):,}", *(f"{x:,}" for x in v[:left])] for name, v in SHARES.items()
    ]
    second = [["구 분", *CITIES[left:]]] + [
        [name, *(f"{x:,}" for x in v[left:])] for name, v in SHARES.items()
    ]
    report = _report([
        _page(heading, _table(740, 60, [80, 40] + [36] * left, first)),
        _page(again, _table(790, 60, [80] + [36] * (len(CITIES) - left), second)),
    ])  # fmt: skip
    cells = [c for c in report.table_cells if c.row_header == "마을 안길 포장"]
    assert {c.table_id for c in cells} == {1}
    assert {c.col_header for c in cells} == {"계", *CITIES}
    assert [c.detail for c in report.validation if not c.passed] == []


def _cut_zip(entries: int) -> bytes:
    """A zip of so many small parts, cut before its directory."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for i in range(entries):
            zf.writestr(f"Contents/part{i}.xml", b"<a/>", compress_type=zipfile.ZIP_STORED)
    data = buf.getvalue()
    return data[: data.index(b"PK\x01\x02") - 5]


def test_a_cut_zip_of_many_entries_is_rebuilt_in_linear_time() -> None:
    def seconds(entries: int) -> float:
        data = _cut_zip(entries)
        start = time.perf_counter()
        rebuilt = rebuilt_zip(data, 2**20)
        assert rebuilt is not None and rebuilt[1] == entries - 1
        return time.perf_counter() - start

    small, large = seconds(1_000), seconds(10_000)
    assert large < 20 * small  # (ten times the entries: about ten times the time)
