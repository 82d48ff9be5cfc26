"""The HWP 5 container and its record streams, after Hancom's published format.

An HWP 5 file is an OLE compound file (read with ``olefile``).  Its ``FileHeader``
stream starts with ``HWP Document File``, then the version and a word of flags
(compressed, password, distribution-only 배포용, DRM, ...).  The text is in
``BodyText/Section0``, ``Section1``, ...: raw-deflate streams (when the compressed flag
is set) of records.  A distribution-only document keeps them in ``ViewText`` instead,
each encrypted (AES-128, ECB) with a key that its first record, scrambled, holds
(:func:`undistribute`): the text is readable by anyone, as Hancom's viewer shows it.  A
record is a 32-bit header -- tag (10 bits), level (10 bits), size (12 bits; 0xFFF means
a 32-bit size follows) -- and ``size`` bytes of data.  A record of level ``n + 1``
belongs to the last record of level ``n`` before it, so a stream is a forest of
:class:`Record` (:func:`record_tree`).  The ``DocInfo`` stream, compressed like the
sections, holds the document's styles and border fills (:func:`doc_info`).

Everything that can be wrong with the container is a :class:`ReadError` with a
one-line reason; a stream cut short or a record that runs past the end of its stream
is read up to there, with a problem for ``doc.problems``.
"""

from __future__ import annotations

import io
import logging
import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

import olefile  # type: ignore[import-untyped]

from extract.errors import ReadError

#: a section stream may inflate to at most this; a report's section is a few MB
MAX_STREAM_BYTES = 64 * 2**20
#: all the streams of one file together
MAX_TOTAL_BYTES = 256 * 2**20
SIGNATURE = b"HWP Document File"

# FileHeader flags
COMPRESSED = 1 << 0
PASSWORD = 1 << 1
DISTRIBUTION = 1 << 2
DRM = 1 << 4
CERT_ENCRYPTED = 1 << 8
CERT_DRM = 1 << 10

# record tags (HWPTAG_BEGIN = 0x10)
DOCUMENT_PROPERTIES = 0x10
DISTRIBUTE_DOC_DATA = 0x10 + 12
BORDER_FILL = 0x10 + 4
CHAR_SHAPE = 0x10 + 5
NUMBERING = 0x10 + 7
BULLET = 0x10 + 8
PARA_SHAPE = 0x10 + 9
PARA_HEADER = 0x10 + 50
PARA_TEXT = 0x10 + 51
PARA_CHAR_SHAPE = 0x10 + 52
PARA_RANGE_TAG = 0x10 + 54
CTRL_HEADER = 0x10 + 55
LIST_HEADER = 0x10 + 56
SHAPE_COMPONENT = 0x10 + 60
TABLE = 0x10 + 61
SHAPE_COMPONENT_PICTURE = 0x10 + 69

_SECTION = re.compile(r"^Section(\d+)$")
logging.getLogger("olefile").setLevel(logging.CRITICAL)


@dataclass(slots=True)
class Record:
    tag: int
    level: int
    data: bytes
    children: list[Record] = field(default_factory=list)


@dataclass(slots=True)
class Header:
    version: tuple[int, int, int, int]
    flags: int

    @property
    def compressed(self) -> bool:
        return bool(self.flags & COMPRESSED)

    @property
    def distribution(self) -> bool:
        return bool(self.flags & DISTRIBUTION)


def open_ole(data: bytes) -> olefile.OleFileIO:
    """The compound file, or a ReadError saying why not."""
    try:
        return olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:  # olefile raises OSError, struct.error, IndexError, ...
        raise ReadError(f"the HWP file is damaged or truncated ({_short(exc)})") from None


def read_stream(ole: olefile.OleFileIO, path: str) -> bytes:
    try:
        size = ole.get_size(path)
        if size > MAX_STREAM_BYTES:
            raise ReadError(f"{path} is {size // 2**20} MB; bogoseo reads reports up to that size")
        with ole.openstream(path) as f:
            data: bytes = f.read()
    except ReadError:
        raise
    except Exception as exc:
        raise ReadError(f"cannot read {path} ({_short(exc)}); the HWP file is damaged") from None
    return data


def file_header(ole: olefile.OleFileIO) -> Header:
    """The FileHeader: a ReadError for other OLE files and for protected documents."""
    if not ole.exists("FileHeader"):
        raise ReadError(
            "an OLE compound file without an HWP FileHeader (a .doc, .xls or .msg renamed?)"
        )
    raw = read_stream(ole, "FileHeader")
    if not raw.startswith(SIGNATURE) or len(raw) < 40:
        raise ReadError("an OLE compound file that is not an HWP 5 document (bad FileHeader)")
    ver, flags = struct.unpack_from("<II", raw, 32)
    header = Header((ver >> 24 & 0xFF, ver >> 16 & 0xFF, ver >> 8 & 0xFF, ver & 0xFF), flags)
    if flags & PASSWORD:
        raise ReadError(
            "the HWP file is password-protected; remove the password in Hancom Office "
            "and save it again"
        )
    if flags & (DRM | CERT_ENCRYPTED | CERT_DRM):
        raise ReadError("the HWP file is DRM-protected or encrypted; ask for an unprotected copy")
    return header


def section_paths(ole: olefile.OleFileIO, storage: str = "BodyText") -> list[str]:
    """``BodyText/SectionN`` (or ``ViewText/SectionN``) streams in order of N."""
    found = []
    for entry in ole.listdir(streams=True, storages=False):
        if len(entry) == 2 and entry[0] == storage and (m := _SECTION.match(entry[1])):
            found.append((int(m[1]), "/".join(entry)))
    return [path for _, path in sorted(found)]


def _msvc_rand(seed: int) -> Iterator[int]:
    """The C runtime's ``rand()`` after ``srand(seed)``, which scrambles the key."""
    while True:
        seed = (seed * 214013 + 2531011) & 0xFFFFFFFF
        yield (seed >> 16) & 0x7FFF


def distribution_key(head: bytes) -> bytes:
    """The AES key a distribution-only section's first record holds: its 256 bytes are
    XOR-ed, after the first four (the seed), with runs of bytes from ``rand()``; the
    key is the first 16 bytes of the SHA-1 (as UTF-16 hex digits) found at offset
    ``4 + (seed & 15)``."""
    if len(head) != 256:
        raise ValueError(f"a key record of {len(head)} bytes, not 256")
    data = bytearray(head)
    seed = int.from_bytes(head[:4], "little")
    rand = _msvc_rand(seed)
    key = run = 0
    for i in range(256):
        if run == 0:
            key, run = next(rand) & 0xFF, (next(rand) & 0xF) + 1
        if i >= 4:
            data[i] ^= key
        run -= 1
    offset = 4 + (seed & 0xF)
    return bytes(data[offset : offset + 16])


def undistribute(raw: bytes, path: str) -> bytes:
    """A distribution-only section stream decrypted: its first record holds the key
    (:func:`distribution_key`), the rest is AES-128-ECB ciphertext of the stream as
    ``BodyText`` would hold it (compressed or not)."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    try:
        (head,) = struct.unpack_from("<I", raw, 0)
        size = head >> 20
        if head & 0x3FF != DISTRIBUTE_DOC_DATA or size != 256:
            raise ValueError("it does not start with the key record")
        key = distribution_key(raw[4:260])
        body = raw[260:]
        body = body[: len(body) - len(body) % 16]
        decryptor = Cipher(algorithms.AES(key), modes.ECB()).decryptor()
        return decryptor.update(body) + decryptor.finalize()
    except (ValueError, struct.error) as exc:
        raise ReadError(
            f"{path} of this distribution-only (배포용) HWP file cannot be decrypted "
            f"({_short(exc)}); ask for an ordinary copy"
        ) from None


def inflate(raw: bytes, path: str) -> tuple[bytes, bool]:
    """Raw deflate, at most :data:`MAX_STREAM_BYTES`; True when the stream was complete."""
    d = zlib.decompressobj(-15)
    try:
        out = d.decompress(raw, MAX_STREAM_BYTES + 1)
    except zlib.error as exc:
        raise ReadError(f"{path} does not inflate ({exc}); the HWP file is damaged") from None
    if len(out) > MAX_STREAM_BYTES:
        raise ReadError(
            f"{path} inflates past {MAX_STREAM_BYTES // 2**20} MB (a zip bomb?); "
            "bogoseo reads reports up to that size"
        )
    return out, d.eof


def records(data: bytes, path: str, problems: list[tuple[str, str]]) -> list[Record]:
    """The records of a stream, in order; a record past the end stops the reading."""
    out = []
    pos, end = 0, len(data)
    unpack = struct.unpack_from
    while pos < end:
        if pos + 4 > end:
            problems.append(("hwp.record", f"{path}: {end - pos} stray bytes at the end"))
            break
        (head,) = unpack("<I", data, pos)
        pos += 4
        size = head >> 20
        if size == 0xFFF:
            if pos + 4 > end:
                problems.append(("hwp.record", f"{path}: the last record's size is cut off"))
                break
            (size,) = unpack("<I", data, pos)
            pos += 4
        if pos + size > end:
            problems.append(
                (
                    "hwp.record",
                    f"{path}: a record of {size} bytes at byte {pos} runs past the end of "
                    f"the stream ({end - pos} left); the rest is not read",
                )
            )
            break
        out.append(Record(head & 0x3FF, (head >> 10) & 0x3FF, data[pos : pos + size]))
        pos += size
    return out


def record_tree(flat: list[Record]) -> list[Record]:
    """Records of level ``n + 1`` become children of the last record of level ``n``.

    A record that skips levels (damage) hangs from the deepest record open.
    """
    roots: list[Record] = []
    stack: list[Record] = []
    for rec in flat:
        del stack[rec.level :]
        if stack:
            stack[-1].children.append(rec)
        else:
            roots.append(rec)
        stack.append(rec)
    return roots


def looks_like_records(data: bytes) -> bool:
    """A section stream starts with a paragraph header at level 0."""
    if len(data) < 4:
        return False
    (head,) = struct.unpack_from("<I", data, 0)
    return bool(head & 0x3FF == PARA_HEADER and (head >> 10) & 0x3FF == 0)


def starts_doc_info(data: bytes) -> bool:
    """A DocInfo stream starts with the document properties at level 0."""
    if len(data) < 4:
        return False
    (head,) = struct.unpack_from("<I", data, 0)
    return bool(head & 0x3FF == DOCUMENT_PROPERTIES and (head >> 10) & 0x3FF == 0)


def doc_info(ole: olefile.OleFileIO, header: Header) -> list[Record]:
    """The DocInfo stream's records, flat and in order; [] when it cannot be read.

    DocInfo gives hints for the parsers (cells' borders), not text: a missing or damaged
    stream is no reason to refuse the file or to warn, and a cut-short one is read up to
    the cut.  A stream stored otherwise than the compression flag says is read anyway.
    """
    if not ole.exists("DocInfo"):
        return []
    try:
        raw = read_stream(ole, "DocInfo")
    except ReadError:
        return []
    ways = (True, False) if header.compressed else (False, True)
    for compressed in ways:
        try:
            data = inflate(raw, "DocInfo")[0] if compressed else raw
        except ReadError:
            continue
        if starts_doc_info(data):
            return records(data, "DocInfo", [])
    return []


def section_records(
    ole: olefile.OleFileIO, path: str, header: Header, problems: list[tuple[str, str]]
) -> tuple[list[Record], int]:
    """One section's record forest, and the size of its inflated stream.

    A stream stored otherwise than the header's compression flag says (a flipped flag)
    is read the other way, with a problem; a stream cut short is read up to the cut.
    """
    raw = read_stream(ole, path)
    if not path.startswith("ViewText/"):
        return _stream_records(raw, path, header, problems)
    try:
        return _stream_records(undistribute(raw, path), path, header, problems)
    except ReadError as exc:
        if "배포용" in exc.reason:
            raise
        raise ReadError(
            f"{path} of this distribution-only (배포용) HWP file does not decrypt to its "
            "text (a damaged key record?); ask for an ordinary copy"
        ) from None


def _stream_records(
    raw: bytes, path: str, header: Header, problems: list[tuple[str, str]]
) -> tuple[list[Record], int]:
    if header.compressed:
        try:
            data, complete = inflate(raw, path)
        except ReadError:
            if not looks_like_records(raw):
                raise
            problems.append(("hwp.compression", f"{path} is not compressed, as the header says"))
            data, complete = raw, True
        else:
            if not looks_like_records(data) and looks_like_records(raw):
                problems.append(
                    ("hwp.compression", f"{path} is not compressed, as the header says")
                )
                data = raw
        if not complete:
            problems.append(("hwp.truncated", f"{path} is cut short; read up to the cut"))
    elif looks_like_records(raw):
        data = raw
    else:
        try:
            data, complete = inflate(raw, path)
        except ReadError:
            data = b""
        if not looks_like_records(data):
            raise ReadError(f"{path} holds no records; the HWP file is damaged") from None
        problems.append(("hwp.compression", f"{path} is compressed, though the header says not"))
    if not looks_like_records(data):
        raise ReadError(f"{path} does not start with a paragraph; the HWP file is damaged")
    return record_tree(records(data, path, problems)), len(data)


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:160]
