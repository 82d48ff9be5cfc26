"""What can be read of a damaged XML part: its whole top-level elements before the damage.

An HWPX section whose XML breaks off (a bad byte, a cut copy, a tag left open) still
holds every paragraph written before the break.  :func:`parse_salvaged` parses the part
incrementally; at the first error it keeps the root and each of its children that was
closed before the error, and drops the child that was open (a paragraph half read), so
the caller reads the section up to its last whole paragraph and says where it stopped.
"""

from __future__ import annotations

import contextlib
import re
import xml.etree.ElementTree as ET
import zipfile
import zlib
from typing import Any

from extract.errors import ReadError

#: bytes fed to the parser at a time (an error is found in the chunk that holds it)
CHUNK = 64 * 1024


def parse_salvaged(data: bytes) -> tuple[Any, str]:
    """``(root, "")`` for well-formed XML; ``(root, error)`` where it breaks after the
    root opened (the root holding its children closed before the break; ``root`` is
    None when none was); raises nothing."""
    parser: Any = ET.XMLPullParser(events=("start", "end"))
    root: Any = None
    depth = 0
    closed = 0  # children of the root closed so far

    def count() -> None:
        nonlocal root, depth, closed
        for event, el in parser.read_events():
            if event == "start":
                if root is None:
                    root = el
                depth += 1
            else:
                depth -= 1
                if depth == 1:
                    closed += 1

    try:
        for at in range(0, len(data), CHUNK):
            parser.feed(data[at : at + CHUNK])
            count()
        parser.close()
        count()
    except (ET.ParseError, LookupError, ValueError) as exc:  # (an encoding damaged: Lookup)
        with contextlib.suppress(ET.ParseError, LookupError, ValueError):
            count()  # the events before the error, in the chunk that held it
        if root is not None:
            for child in list(root)[closed:]:
                root.remove(child)
        return root, str(exc)
    return root, ""


def salvage_section(
    data: bytes,
    part: str,
    place: tuple[int, int],
    problems: list[tuple[str, str]],
    error: ReadError,
) -> Any:
    """The root of a damaged section part (``error``: its XML is not well-formed, or its
    compressed bytes break off, ``data`` holding those inflated before the break),
    holding its paragraphs before the damage, with a problem that names the section and
    where it stops; None when nothing of it can be read.  A part that declares a DTD is
    refused: ``error`` is raised."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise error
    root, broken = parse_salvaged(data) if data else (None, "")
    if isinstance(error, InflateError):
        broken = "its compressed data is damaged"
    number, total = place
    detail = broken or ("it is empty" if not data else "not readable")
    where = f"section {number} of {total} ({part}) is damaged ({detail})"
    paras = 0 if root is None else sum(1 for el in root if el.tag.rpartition("}")[2] == "p")
    if not paras:
        problems.append(
            (
                "hwpx.section",
                f"{where}: none of its text could be read; repair it or save the file "
                "again in Hancom Office",
            )
        )
        return None
    problems.append(
        (
            "hwpx.section",
            f"{where}: read up to its paragraph {paras}, the rest of the section is "
            "missing; repair it or save the file again in Hancom Office",
        )
    )
    return root


#: the first element of an XML part (past its declaration and comments): its local name
_FIRST_ELEMENT = re.compile(rb"<(?![?!])(?:[\w.-]{1,64}:)?([\w.-]{1,64})")


def is_section_part(zf: zipfile.ZipFile, name: str) -> bool:
    """Whether entry ``name`` opens as an HWPX section does (``<hs:sec``), where nothing
    else says the zip is HWPX (another format's ``Contents/section0.xml`` is not); a part
    that cannot be read so far is given the benefit of the doubt."""
    try:
        with zf.open(name) as fp:
            head = fp.read(4096)
    except Exception:  # (damaged: its reader says how)
        return True
    m = _FIRST_ELEMENT.search(head)
    return m is None or m[1] == b"sec"


class MalformedXml(ReadError):
    """A part that is not well-formed XML."""


class InflateError(ReadError):
    """A zip entry whose compressed bytes are damaged (not a limit or a password)."""


def inflated_before_damage(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """The bytes of entry ``name`` inflated up to where its compressed data breaks
    (at most ``limit``); b"" when none can be had."""
    try:
        info = zf.getinfo(name)
        fp = zf.fp
        if fp is None:
            return b""
        fp.seek(info.header_offset)
        head = fp.read(30)
        if len(head) < 30 or head[:4] != b"PK\x03\x04":
            return b""
        skip = int.from_bytes(head[26:28], "little") + int.from_bytes(head[28:30], "little")
        fp.seek(info.header_offset + 30 + skip)
        raw = fp.read(info.compress_size)
    except (KeyError, OSError, ValueError):
        return b""
    if info.compress_type == zipfile.ZIP_STORED:
        return raw[:limit]
    if info.compress_type != zipfile.ZIP_DEFLATED:
        return b""
    inflater = zlib.decompressobj(-15)
    out = bytearray()
    for at in range(0, len(raw), 4096):
        try:
            out += inflater.decompress(raw[at : at + 4096], limit + 1 - len(out))
        except zlib.error:
            break
        if len(out) > limit:
            return b""
    return bytes(out)
