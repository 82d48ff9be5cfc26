"""The HWP 5 reader: the corpus, HWP written from hand-made HWPX, and damaged copies.

HWP inputs without the corpus are written by python-hwpx's HWP 5 writer (a test
dependency) from the files of :mod:`tests.hwpx_maker`; damaged copies are rebuilt
with its compound-file writer.  Corpus tests skip when ../shared/realworld/ is absent.
"""

from __future__ import annotations

import io
import struct
import time
import zlib
from pathlib import Path

import olefile  # type: ignore[import-untyped]
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.document import Document
from extract.errors import ReadError
from extract.read import hwp_records, read_bytes
from extract.read.hwp import (
    _Walker,
    border_sides,
    bullet_char,
    cell_fill,
    compose_text,
    deletions,
    doc_heads,
    numbering,
    para_shape_heading,
)
from extract.read.hwp_records import BORDER_FILL, LIST_HEADER, PARA_SHAPE, TABLE, Record
from extract.read.hwp_tree import Numbering
from tests.hwpx_maker import (
    BORDERED,
    BR,
    FW,
    NB,
    TAB,
    bordered_table,
    cell,
    container,
    document_view,
    footnote,
    header,
    hwpx,
    p,
    rect,
    reference_view,
    sec,
    t,
    tbl,
    to_hwp,
    without_pictures,
)
from tests.profiles import examples

pytest.importorskip("hwpx")
from hwpx.hwp5.cfb import build_compound_file

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "realworld" / "hwp"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="no ../shared/realworld/hwp")


def same(a: Document, b: Document) -> None:
    """Two readings of one report: the same lines, grids and problems."""
    assert [(ln.no, ln.text, ln.raw, ln.kind, ln.where) for ln in a.lines] == [
        (ln.no, ln.text, ln.raw, ln.kind, ln.where) for ln in b.lines
    ]
    assert a.tables == b.tables
    assert a.problems == b.problems


EVERYTHING = hwpx(
    sec(
        p(header(p("머리말")), t("Ⅰ.", FW, "일반현황")),
        p(t("a", FW, FW, "tail", TAB, "x", NB, "y", BR, "둘째 줄")),
        p(
            "앞",
            tbl(
                3,
                3,
                [
                    cell(0, 0, p("구분"), rs=2),
                    cell(0, 1, p("예산"), cs=2),
                    cell(1, 1, p("2025")),
                    cell(1, 2, p("2026")),
                    cell(2, 0, p("계", footnote(p("각주")))),
                    cell(2, 1, p("1,000")),
                    cell(
                        2, 2, p("1,200"), p(tbl(1, 2, [cell(0, 0, p("안1")), cell(0, 1, p("안2"))]))
                    ),
                ],
                caption=[p("(단위: 백만원)")],
            ),
            "뒤",
        ),
        p("본문 ", rect(p("상자 글")), "이어서"),
        p(container(rect(p("➊")), rect(p("창의융합"), p("교육")))),
    ),
    sec(p("둘째 구역")),
)


@pytest.fixture(scope="module")
def small_hwp() -> bytes:
    return to_hwp(EVERYTHING)


def test_every_construct_reads_as_from_hwpx(small_hwp: bytes) -> None:
    doc = read_bytes(small_hwp, "x.hwp")
    assert doc.format == "hwp" and doc.pages is None
    ref = read_bytes(EVERYTHING, "x.hwpx")
    same(doc, ref)
    assert "상자 글" in [ln.text for ln in doc.lines]
    assert doc.tables[0].cells[-1].tables[0].where == "s0/p2/t0/r2c2/p1/t0"


def test_read_by_content_not_by_name(small_hwp: bytes) -> None:
    assert read_bytes(small_hwp, "report.pdf.txt").format == "hwp"


# --- building damaged copies --------------------------------------------------------


def streams(data: bytes) -> dict[str, bytes]:
    ole = olefile.OleFileIO(io.BytesIO(data))
    out = {"/".join(e): ole.openstream(e).read() for e in ole.listdir()}
    ole.close()
    return out


def rebuild(parts: dict[str, bytes]) -> bytes:
    return bytes(build_compound_file(sorted(parts.items())))


def with_flags(parts: dict[str, bytes], set_bits: int = 0, clear_bits: int = 0) -> bytes:
    head = bytearray(parts["FileHeader"])
    (flags,) = struct.unpack_from("<I", head, 36)
    struct.pack_into("<I", head, 36, (flags | set_bits) & ~clear_bits)
    return rebuild({**parts, "FileHeader": bytes(head)})


def section0(parts: dict[str, bytes]) -> bytes:
    return zlib.decompress(parts["BodyText/Section0"], -15)


def deflate(data: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def read(data: bytes) -> Document:
    return read_bytes(data, "damaged.hwp")


# --- protected and foreign files ----------------------------------------------------


@pytest.mark.parametrize(
    ("bit", "message"),
    [
        (hwp_records.PASSWORD, "password-protected"),
        (hwp_records.DRM, "DRM"),
    ],
)
def test_protected_files_are_refused_in_one_line(small_hwp: bytes, bit: int, message: str) -> None:
    with pytest.raises(ReadError, match=message) as exc:
        read(with_flags(streams(small_hwp), set_bits=bit))
    assert "\n" not in exc.value.reason


def distributed(parts: dict[str, bytes], seed: int = 0x2F1A3B4C, password: bytes = b"12345",
                head: bytes | None = None) -> bytes:  # fmt: skip
    """A distribution-only (배포용) copy, made as Hancom makes one: each BodyText section
    moves to ViewText behind a record of 256 bytes that holds the key (the password's
    SHA-1 in UTF-16 hex digits at 4 + (seed & 15), scrambled by the C runtime's rand()
    after srand(seed)), AES-128-ECB encrypted with the digits' first 16 bytes."""
    from hashlib import sha1

    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    digits = sha1(password).hexdigest().upper().encode("utf-16le")
    plain = bytearray((i * 37 + 11) & 0xFF for i in range(256))
    plain[:4] = seed.to_bytes(4, "little")
    offset = 4 + (seed & 0xF)
    plain[offset : offset + 80] = digits
    scrambled = bytearray(plain)
    rand, key, run = seed, 0, 0
    for i in range(256):
        if run == 0:
            rand = (rand * 214013 + 2531011) & 0xFFFFFFFF
            key = (rand >> 16) & 0x7FFF & 0xFF
            rand = (rand * 214013 + 2531011) & 0xFFFFFFFF
            run = (((rand >> 16) & 0x7FFF) & 0xF) + 1
        if i >= 4:
            scrambled[i] ^= key
        run -= 1
    record = struct.pack("<I", 0x10 + 12 | 256 << 20) + (head or bytes(scrambled))
    out = dict(parts)
    for name in [n for n in parts if n.startswith("BodyText/")]:
        body = out.pop(name)
        body += bytes(-len(body) % 16)
        enc = Cipher(algorithms.AES(digits[:16]), modes.ECB()).encryptor()
        out["ViewText/" + name.split("/")[1]] = record + enc.update(body) + enc.finalize()
    return with_flags(out, set_bits=hwp_records.DISTRIBUTION)


def test_a_distribution_only_file_is_decrypted(small_hwp: bytes) -> None:
    """배포용 documents are how many public bodies publish: their text is encrypted with a
    key the file holds, so it reads as the ordinary file does."""
    ref = read(small_hwp)
    for seed in (0x2F1A3B4C, 7, 0xFFFFFFFF):
        doc = read(distributed(streams(small_hwp), seed))
        assert [ln.text for ln in doc.lines] == [ln.text for ln in ref.lines]
        assert doc.problems == ref.problems
    same(read(distributed(streams(small_hwp))), ref)


def test_a_distribution_only_file_whose_key_cannot_be_read(small_hwp: bytes) -> None:
    with pytest.raises(ReadError, match="distribution-only \\(배포용\\)") as exc:
        read(distributed(streams(small_hwp), head=bytes(255)))
    assert "\n" not in exc.value.reason
    wrong = bytes((i * 7) & 0xFF for i in range(256))  # (a key, but not the one used)
    with pytest.raises(ReadError):
        read(distributed(streams(small_hwp), head=wrong))


def test_an_ole_file_that_is_not_hwp() -> None:
    with pytest.raises(ReadError, match="without an HWP FileHeader"):
        read(rebuild({"WordDocument": b"\0" * 600}))


def test_a_bad_file_header() -> None:
    with pytest.raises(ReadError, match="not an HWP 5 document"):
        read(rebuild({"FileHeader": b"Something else".ljust(256, b"\0")}))


def test_hwp3_is_named() -> None:
    with pytest.raises(ReadError, match="HWP 3"):
        read(b"HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05" + bytes(100))


# --- damage -------------------------------------------------------------------------


def test_a_flipped_compression_flag_is_read_past(small_hwp: bytes) -> None:
    parts = streams(small_hwp)
    ref = read(small_hwp)
    cleared = read(with_flags(parts, clear_bits=hwp_records.COMPRESSED))  # streams compressed
    assert [ln.text for ln in cleared.lines] == [ln.text for ln in ref.lines]
    assert cleared.problems[0][0] == "hwp.compression"
    raw = {**parts, "BodyText/Section0": section0(parts), "BodyText/Section1": zlib.decompress(
        parts["BodyText/Section1"], -15)}  # fmt: skip
    flagged = read(rebuild(raw))  # header says compressed, streams are not
    assert [ln.text for ln in flagged.lines] == [ln.text for ln in ref.lines]
    assert flagged.problems[0][0] == "hwp.compression"


def test_a_truncated_section_is_read_up_to_the_cut(small_hwp: bytes) -> None:
    parts = streams(small_hwp)
    full = deflate(section0(parts) * 1)
    doc = read(rebuild({**parts, "BodyText/Section0": full[: len(full) * 2 // 3]}))
    assert ("hwp.truncated", "BodyText/Section0 is cut short; read up to the cut") in doc.problems
    assert doc.lines[0].text == "머리말"


def test_a_record_size_past_the_end(small_hwp: bytes) -> None:
    parts = streams(small_hwp)
    data = bytearray(section0(parts))
    # the last record of the stream claims 4000 bytes
    pos, last = 0, 0
    while pos < len(data):
        (head,) = struct.unpack_from("<I", data, pos)
        last, size = pos, head >> 20
        pos += 4
        if size == 0xFFF:
            (size,) = struct.unpack_from("<I", data, pos)
            pos += 4
        pos += size
    (head,) = struct.unpack_from("<I", data, last)
    struct.pack_into("<I", data, last, (head & 0xFFFFF) | (0xFFE << 20))
    doc = read(rebuild({**parts, "BodyText/Section0": deflate(bytes(data))}))
    assert any(code == "hwp.record" and "runs past the end" in msg for code, msg in doc.problems)
    assert "Ⅰ. 일반현황" in [ln.text for ln in doc.lines]


def test_a_section_that_is_not_records(small_hwp: bytes) -> None:
    parts = streams(small_hwp)
    with pytest.raises(ReadError, match="Section0"):
        read(rebuild({**parts, "BodyText/Section0": deflate(b"\x07" * 1000)}))
    with pytest.raises(ReadError, match="Section0"):
        read(rebuild({**parts, "BodyText/Section0": b"\xff" * 1000}))


def test_a_stream_of_zeros_past_the_limit_fails_cleanly(small_hwp: bytes) -> None:
    parts = streams(small_hwp)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(2**20)
    bomb = b"".join(c.compress(chunk) for _ in range(65)) + c.flush()
    assert len(bomb) < 200_000
    with pytest.raises(ReadError, match="inflates past 64 MB"):
        read(rebuild({**parts, "BodyText/Section0": bomb}))


def test_no_sections(small_hwp: bytes) -> None:
    parts = {k: v for k, v in streams(small_hwp).items() if not k.startswith("BodyText")}
    with pytest.raises(ReadError, match="no BodyText"):
        read(rebuild(parts))


def test_truncated_files_fail_cleanly(small_hwp: bytes) -> None:
    for cut in (100, 512, 1500, len(small_hwp) // 2, len(small_hwp) - 700):
        with pytest.raises(ReadError) as exc:
            read(small_hwp[:cut])
        assert "\n" not in exc.value.reason


def test_damaged_records_never_raise_anything_but_read_error(small_hwp: bytes) -> None:
    """Bytes flipped all over the inflated section: a Document or a ReadError, quickly."""
    parts = streams(small_hwp)
    data = section0(parts)
    start = time.monotonic()
    for i in range(0, len(data), max(1, len(data) // 150)):
        for value in (0x00, 0xFF, data[i] ^ 0x10):
            damaged = bytearray(data)
            damaged[i] = value
            try:
                read(rebuild({**parts, "BodyText/Section0": deflate(bytes(damaged))}))
            except ReadError as exc:
                assert "\n" not in exc.reason
    assert time.monotonic() - start < 60


def test_damaged_container_never_raises_anything_but_read_error(small_hwp: bytes) -> None:
    for i in range(0, len(small_hwp), max(1, len(small_hwp) // 200)):
        damaged = bytearray(small_hwp)
        damaged[i] ^= 0xFF
        try:
            read(bytes(damaged))
        except ReadError as exc:
            assert "\n" not in exc.reason


# --- borders ------------------------------------------------------------------------


def border_fill_record(*types: int) -> bytes:
    """A BORDER_FILL's data: properties, then (type, width, COLORREF) per side, diagonal."""
    sides = b"".join(struct.pack("<BBI", t, 1, 0x000000) for t in types)
    return struct.pack("<H", 0) + sides + struct.pack("<BBI", 1, 0, 0) + struct.pack("<I", 0)


def cell_header(col: int, row: int, fill: int) -> bytes:
    """A cell's LIST_HEADER data: paragraphs, properties, address and span, size,
    margins, border fill id, and the rest of the cell's properties."""
    return (
        struct.pack("<iI", 1, 0)
        + struct.pack("<HHHH", col, row, 1, 1)
        + struct.pack("<II", 4000, 1000)
        + struct.pack("<HHHH", 141, 141, 141, 141)
        + struct.pack("<H", fill)
        + bytes(13)
    )


def test_a_border_fill_record_and_a_cell_header() -> None:
    # line type 0 is no line (HWPX NONE), any other a line: 1 solid, 3 dash, 8 double
    assert border_sides(border_fill_record(0, 0, 0, 0)) == ""
    assert border_sides(border_fill_record(1, 1, 1, 1)) == "LRTB"
    assert border_sides(border_fill_record(1, 0, 3, 0)) == "LT"
    assert border_sides(border_fill_record(0, 8, 0, 2)) == "RB"
    assert border_sides(border_fill_record(1, 1, 1, 1)[:25]) == ""  # cut short
    assert cell_fill(cell_header(2, 1, 7)) == 7
    assert cell_fill(cell_header(2, 1, 7)[:33]) == 0  # cut short: no fill
    table = Record(0x10 + 55, 1, b" lbt", [  # CTRL_HEADER 'tbl '
        Record(TABLE, 2, struct.pack("<IHH", 0, 1, 3)),
        Record(LIST_HEADER, 2, cell_header(0, 0, 2)),
        Record(LIST_HEADER, 2, cell_header(1, 0, 9)),  # no fill 9: unknown
        Record(LIST_HEADER, 2, cell_header(2, 0, 1)[:20]),  # cut short: unknown
    ])  # fmt: skip
    fills = [
        (border_sides(border_fill_record(*types)), "") for types in ((0, 0, 0, 0), (1, 0, 1, 0))
    ]
    cells = _Walker([], fills).table(table, 1).cells
    assert [(c.row, c.col, c.borders) for c in cells] == [(0, 0, "LT"), (0, 1, ""), (0, 2, "")]


def test_overlapped_characters_are_their_text() -> None:
    """A 'tcps' control (글자 겹치기) holds a count of UTF-16 units and the characters, then
    its circle type, size and char shapes (as moel_2025_report.hwp writes them)."""

    def tcps(chars: str) -> bytes:
        units = chars.encode("utf-16-le")
        return b"spct" + struct.pack("<H", len(units) // 2) + units + bytes([0, 0xFD, 1, 10])

    assert compose_text(tcps("10") + b"\xff" * 40) == "10"
    assert compose_text(tcps("10")[:5]) == ""  # cut short
    text = b"\x17\x00spct" + bytes(8) + b"\x17\x00" + " 이행".encode("utf-16-le")
    para = Record(0x10 + 50, 0, bytes(24), [
        Record(0x10 + 51, 1, text),
        Record(0x10 + 55, 1, tcps("3")),
    ])  # fmt: skip
    assert _Walker([]).para(para, 0).items == ["3 이행"]
    para.children[1] = Record(0x10 + 55, 1, tcps("\U000f02ba\U000f02c3"))  # Hancom's ⑩
    assert _Walker([]).para(para, 0).items == ["⑩ 이행"]


def test_bullets_and_numbers_read_as_from_hwpx() -> None:
    """The heads of paragraph shapes: PARA_SHAPE headings, NUMBERING and BULLET records
    and the section's outline numbering, as python-hwpx writes the HWPX header's."""
    from tests.test_read_hwpx import HEADS, SEC_PR

    data = hwpx(
        sec(
            p(SEC_PR, "계획"),
            p("추진 배경", pr=1),
            p("기반 조성", pr=2),
            p("목표", pr=3),
            p("세부 과제", pr=4),
            p("소과제", pr=5),
            p("첫째", pr=6),
            p("과제", pr=3),
            p("세부", pr=4),
            p("일반현황", pr=7),
            p("조직", pr=8),
        ),
        extra={"Contents/header.xml": HEADS},
    )
    doc = read_bytes(to_hwp(data), "x.hwp")
    same(doc, read_bytes(data, "x.hwpx"))
    assert [ln.text for ln in doc.lines][1:] == [
        "○ 추진 배경", "● 기반 조성", "1. 목표", "가. 세부 과제", "(1) 소과제", "① 첫째",
        "2. 과제", "가. 세부", "Ⅰ. 일반현황", "1) 조직",
    ]  # fmt: skip


def test_text_deleted_under_track_changes_is_not_read() -> None:
    """python-hwpx writes tracked changes as PARA_RANGE_TAG ranges (kind 16 inserted, 17
    deleted), a deletion past a paragraph's end as ranges of one tag in the paragraphs it
    spans: read as the HWPX is, as Hancom shows the edit done."""
    from tests.test_read_hwpx import TRACKED

    data = hwpx(TRACKED)
    doc = read_bytes(to_hwp(data), "x.hwp")
    same(doc, read_bytes(data, "x.hwpx"))
    assert [ln.text for ln in doc.lines] == [
        "예산 12,099천원", "총 10개 사업", "□ 추진배경 및 추진경과", "○ 유지",
        "사업비 2,000 백만원", "끝 추가",
    ]  # fmt: skip


def test_deleted_ranges_and_the_controls_in_them() -> None:
    """A range (start, end: the end not in it) of kind 17 in PARA_TEXT code units; a
    control in it (eight units: a table's) is deleted too, and the one after it is read;
    other kinds (16 inserted, 1 a char style) are kept."""
    ctrl = b"\x0b\x00" + bytes(12) + b"\x0b\x00"
    text = "가나".encode("utf-16-le") + ctrl + "다라".encode("utf-16-le") + ctrl + b"\r\x00"
    tags = struct.pack("<III", 1, 11, 17 << 24 | 1) + struct.pack("<III", 11, 12, 16 << 24 | 2)
    tags += struct.pack("<III", 0, 20, 1 << 24)

    def table(rows: int, cols: int) -> Record:
        return Record(0x10 + 55, 1, b" lbt" + bytes(40), [
            Record(TABLE, 2, struct.pack("<IHH", 0, rows, cols))
        ])  # fmt: skip

    para = Record(0x10 + 50, 0, struct.pack("<I", 21) + bytes(20), [
        Record(0x10 + 51, 1, text),
        Record(0x10 + 54, 1, tags),
        table(1, 1),
        table(2, 3),
    ])  # fmt: skip
    items = _Walker([]).para(para, 0, deletions(para)).items
    assert items[0] == "가라" and len(items) == 2  # 나, the first table and 다 deleted
    assert (items[1].n_rows, items[1].n_cols) == (2, 3)  # type: ignore[union-attr]


def test_damaged_heads_records_are_read_up_to_the_cut() -> None:
    assert numbering(b"") == Numbering([])
    assert bullet_char(b"") == "•" and bullet_char(bytes(12) + "○".encode("utf-16-le")) == "○"
    assert para_shape_heading(bytes(20)) == ("NONE", 0, 0)
    heads = doc_heads([Record(PARA_SHAPE, 1, struct.pack("<I", 3 << 23) + bytes(26) + b"\x05\x00")])
    assert heads.head(0) == "•"  # bullet 5 of none: a picture's bullet
    assert heads.head(1) == ""


def test_borders_read_as_from_hwpx() -> None:
    """python-hwpx writes the fills into DocInfo and each cell's fill id into its header."""
    doc = read_bytes(to_hwp(bordered_table()), "x.hwp")
    assert {(c.row, c.col): c.borders for c in doc.tables[0].cells} == BORDERED
    assert doc.problems == []


def test_a_missing_or_damaged_doc_info_leaves_borders_unknown() -> None:
    parts = streams(to_hwp(bordered_table()))
    info = zlib.decompress(parts["DocInfo"], -15)
    assert any(r.tag == BORDER_FILL for r in hwp_records.records(info, "DocInfo", []))
    for damaged in (
        {k: v for k, v in parts.items() if k != "DocInfo"},
        {**parts, "DocInfo": b"\xff" * 100},
        {**parts, "DocInfo": deflate(b"\x07" * 100)},
        {**parts, "DocInfo": parts["DocInfo"][:20]},
    ):
        doc = read(rebuild(damaged))
        assert [c.borders for c in doc.tables[0].cells] == ["", "", "", ""]
        assert [ln.text for ln in doc.lines] == ["a b", "c d"] and doc.problems == []
    # stored uncompressed though the header says compressed: read all the same
    doc = read(rebuild({**parts, "DocInfo": info}))
    assert {(c.row, c.col): c.borders for c in doc.tables[0].cells} == BORDERED


# --- the corpus ---------------------------------------------------------------------


@needs_corpus
def test_moel_pair_gives_the_same_document() -> None:
    a = read_bytes((CORPUS / "moel_2025_report.hwpx").read_bytes(), "moel")
    b = read_bytes((CORPUS / "moel_2025_report.hwp").read_bytes(), "moel")
    same(a, b)
    assert (a.format, b.format) == ("hwpx", "hwp")
    assert len(b.lines) > 600 and len(b.tables) == 44


@needs_corpus
def test_moel_pair_cells_have_the_same_borders() -> None:
    """Every table's cells (nested ones too) draw the same sides in the HWP as in the HWPX."""

    def borders(doc: Document) -> list[tuple[str | None, int, int, str]]:
        out = []
        grids = list(doc.tables)
        while grids:
            g = grids.pop(0)
            out += [(g.where, c.row, c.col, c.borders) for c in g.cells]
            grids += [t for c in g.cells for t in c.tables]
        return out

    a = borders(read_bytes((CORPUS / "moel_2025_report.hwpx").read_bytes(), "moel"))
    b = borders(read_bytes((CORPUS / "moel_2025_report.hwp").read_bytes(), "moel"))
    assert a == b and len(a) == 1272
    drawn = [x for x in a if x[3]]
    assert len(drawn) == 814 and {x[3] for x in drawn} >= {"LRTB", "T", "B", "L", "R", "TB"}


@needs_corpus
def test_moel_pair_gives_the_same_records() -> None:
    """Converted, the two give the same records (or are refused for the same reason)."""
    from extract import convert
    from extract.errors import NotAReportError

    def records(path: Path) -> dict[str, object]:
        try:
            return convert(path).model_dump()
        except NotAReportError as exc:
            return {"refused": exc.reason}

    a = records(CORPUS / "moel_2025_report.hwpx")
    b = records(CORPUS / "moel_2025_report.hwp")
    assert a.keys() == b.keys()
    for key in a:
        if key not in ("source", "report_id"):
            assert a[key] == b[key], key


@needs_corpus
@pytest.mark.parametrize(
    ("name", "n_tables", "n_merged"),
    [("moel_2025_report.hwp", 44, 330), ("mosf_fiscal_2010_11.hwp", 2, 4)],
)
def test_corpus_agrees_with_python_hwpx(name: str, n_tables: int, n_merged: int) -> None:
    data = (CORPUS / name).read_bytes()
    doc = read_bytes(data, name)
    mine, ref = document_view(doc), reference_view(data)
    assert mine[0] == ref[0]
    assert mine[1] == ref[1]
    assert len(mine[1]) == n_tables
    assert (
        sum(1 for _, _, cells in mine[1].values() for c in cells if c[2] > 1 or c[3] > 1)
        == n_merged
    )
    assert doc.problems == []


@needs_corpus
def test_daejeon_written_as_hwp_reads_the_same() -> None:
    """The 대전 plan (text boxes in groups and cells, nested tables) through HWP 5."""
    # (python-hwpx's writer leaves its pictures out: compared without them)
    data = without_pictures((CORPUS / "daejeon_edu_2026_plan.hwpx").read_bytes())
    same(read_bytes(to_hwp(data), "daejeon.hwp"), read_bytes(data, "daejeon.hwpx"))


@needs_corpus
def test_mosf_table_is_read_exactly() -> None:
    doc = read_bytes((CORPUS / "mosf_fiscal_2010_11.hwp").read_bytes(), "mosf")
    title, grid = doc.tables
    assert title.cells[0].paragraphs == ("통 합 재 정 통 계",)
    assert (grid.n_rows, grid.n_cols) == (9, 8) and grid.coverage_errors() == []
    cells = {(c.row, c.col): c for c in grid.cells}
    assert cells[0, 0].col_span == 2 and cells[0, 0].paragraphs == ("구   분",)
    assert cells[0, 4].paragraphs == ("세입", "세출외")
    assert cells[8, 0].paragraphs == ("통합재정수지 (A-B)",)
    assert cells[8, 3].paragraphs == ("△18,308",)
    assert cells[1, 7].paragraphs == ("252,599",)
    # footnotes in cells follow the row that holds them, the row stays one line
    texts = [ln.text for ln in doc.lines]
    row = texts.index("경상수입 167,642 12,025 32 68,263 2,484 250,445")
    assert texts.index("·조세수입 : 사회보장기여금 포함") == row + 2  # (after "경상수입")
    assert texts[row + 4] == "자본수입 909 559 0 679 7 2,155"


# --- random documents: HWPX, the same as HWP, and python-hwpx's reading -------------

WORDS = ["예산", "2,025", "△9", "(단위: 억원)", "□ 추진", "ㅇ 계획", "’25.3.", " ", ""]


@st.composite
def run_text(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from([FW, NB, TAB, BR])), max_size=5)
    )
    return t(*parts)


@st.composite
def tiling(draw: st.DrawFn, rows: int, cols: int) -> list[tuple[int, int, int, int]]:
    """Cells (row, col, row span, col span) that cover a rows x cols grid exactly."""
    free = {(r, c) for r in range(rows) for c in range(cols)}
    cells = []
    for r in range(rows):
        for c in range(cols):
            if (r, c) not in free:
                continue
            rs = draw(st.integers(1, rows - r))
            cs = 1
            while c + cs < cols and all((r + i, c + cs) in free for i in range(rs)):
                cs += 1
            cs = draw(st.integers(1, cs))
            while any((r + i, c + j) not in free for i in range(rs) for j in range(cs)):
                rs -= 1
            free -= {(r + i, c + j) for i in range(rs) for j in range(cs)}
            cells.append((r, c, rs, cs))
    return cells


@st.composite
def paragraph(draw: st.DrawFn, depth: int = 0) -> str:
    kinds = ["text", "text", "table", "box", "note"] if depth < 2 else ["text"]
    content: list[str] = [draw(run_text())]
    for _ in range(draw(st.integers(0, 2))):
        kind = draw(st.sampled_from(kinds))
        if kind == "table":
            rows, cols = draw(st.integers(1, 3)), draw(st.integers(1, 3))
            cells = [
                cell(
                    r,
                    c,
                    *draw(st.lists(paragraph(depth + 1), min_size=1, max_size=2)),
                    rs=rs,
                    cs=cs,
                )
                for r, c, rs, cs in draw(tiling(rows, cols))
            ]
            caption = draw(
                st.one_of(st.none(), st.lists(paragraph(depth + 1), min_size=1, max_size=1))
            )
            content.append(
                tbl(
                    rows,
                    cols,
                    cells,
                    caption=caption,
                    side=draw(st.sampled_from(["TOP", "BOTTOM"])),
                )
            )
        elif kind == "box":
            box = rect(*draw(st.lists(paragraph(depth + 1), min_size=1, max_size=2)))
            content.append(draw(st.sampled_from([box, container(box, rect(p("둘째 상자")))])))
        elif kind == "note":
            content.append(footnote(draw(paragraph(depth + 1))))
        content.append(draw(run_text()))
    return p(*content)


@settings(max_examples=examples(25), deadline=None)
@given(st.lists(st.lists(paragraph(), min_size=1, max_size=4), min_size=1, max_size=2))
def test_random_documents_read_the_same_in_both_formats(sections: list[list[str]]) -> None:
    data = hwpx(*[sec(p("첫 줄"), *paras) for paras in sections])
    a = read_bytes(data, "x.hwpx")
    b = read_bytes(to_hwp(data), "x.hwp")
    same(a, b)
    assert a.problems == []
    assert document_view(a) == reference_view(data)
