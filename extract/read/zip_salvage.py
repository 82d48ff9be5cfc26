"""What can be read of a zip cut short: the entries before the cut, from their local headers.

A zip's directory sits at its end, so a copy that lost its tail (a download broken off,
a full disk) cannot be opened at all, though every entry before the cut is whole.  Each
entry also has a local header in front of its data: :func:`rebuilt_zip` walks those
from the start, inflates each entry (the one the cut falls in, up to the cut) and
writes a new zip of them, which the HWPX reader then reads as any other, the cut entry
being damaged as a part whose XML breaks off is.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from extract.document import Document
from extract.errors import ReadError

#: a local file header's signature, and that of the data descriptor after some entries
LOCAL = b"PK\x03\x04"
DESCRIPTOR = b"PK\x07\x08"
#: at most this many entries (an HWPX file holds a few dozen)
MAX_ENTRIES = 10_000
#: all entries inflated together at most (as the HWPX reader allows)
MAX_TOTAL_BYTES = 256 * 2**20


def _entry(data: bytes, at: int, limit: int) -> tuple[str, bytes, int, bool] | None:
    """``(name, content, where the next header is, whole)`` of the entry at ``at``."""
    head = data[at : at + 30]
    if len(head) < 30:
        return None
    flags = int.from_bytes(head[6:8], "little")
    method = int.from_bytes(head[8:10], "little")
    size = int.from_bytes(head[18:22], "little")
    name_len = int.from_bytes(head[26:28], "little")
    extra_len = int.from_bytes(head[28:30], "little")
    raw_name = data[at + 30 : at + 30 + name_len]
    name = raw_name.decode("utf-8" if flags & 0x800 else "cp437", errors="replace")
    start = at + 30 + name_len + extra_len
    if method == zipfile.ZIP_STORED:
        if flags & 0x8:  # its size only after the data: cannot be found
            return None
        content = data[start : start + size]
        return name, content[:limit], start + size, len(content) == size
    if method != zipfile.ZIP_DEFLATED:
        return None
    inflater = zlib.decompressobj(-15)
    end = start + size if size and not flags & 0x8 else len(data)
    try:
        content = inflater.decompress(data[start:end], limit + 1)
    except zlib.error:
        content, whole = b"", False
        return name, content, len(data), whole
    if len(content) > limit:
        return None
    whole = inflater.eof
    after = end - len(inflater.unused_data) if whole else len(data)
    if whole and flags & 0x8:  # the data descriptor: its signature is optional
        after += 16 if data.startswith(DESCRIPTOR, after) else 12
    return name, content, after, whole


def rebuilt_zip(data: bytes, limit: int) -> tuple[bytes, int, str] | None:
    """A new zip of the entries of ``data`` read from their local headers (each at most
    ``limit`` bytes): ``(zip, entries whole, the name of the entry cut short or "")``;
    None when not even one entry can be read."""
    at = 0
    entries: list[tuple[str, bytes]] = []
    seen: set[str] = set()
    whole = total = 0
    cut = ""
    while data.startswith(LOCAL, at) and len(entries) < MAX_ENTRIES:
        entry = _entry(data, at, limit)
        if entry is None:
            break
        name, content, at, complete = entry
        if name in seen:  # (a second copy: the first stands)
            continue
        seen.add(name)
        total += len(content)
        if total > MAX_TOTAL_BYTES:  # (a zip bomb cut short is no report)
            return None
        entries.append((name, content))
        if not complete:
            cut = name
            break
        whole += 1
    if not entries:
        return None
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, content in entries:
            kind = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            if name.split("\0")[0].strip("/"):  # (a name damaged to nothing: left out)
                zf.writestr(name, content, compress_type=kind)
    return buf.getvalue(), whole, cut


def read_cut_hwpx(data: bytes, name: str, reason: str) -> Document:
    """The Document of an HWPX file whose zip cannot be opened (``reason`` says why),
    read from the entries before the cut, with a problem saying so; ``reason`` is
    raised when nothing of the report can be read so."""
    from extract.read.hwpx import MAX_PART_BYTES, read_hwpx

    rebuilt = rebuilt_zip(data, MAX_PART_BYTES)
    if rebuilt is None:
        raise ReadError(f"{reason}; damaged?")
    zipped, whole, cut = rebuilt
    try:
        doc = read_hwpx(zipped, name)
    except ReadError:
        raise ReadError(
            f"{reason}; damaged or truncated before any of its text: copy or download it again"
        ) from None
    upto = f", and {cut} up to the cut" if cut else ""
    doc.problems.insert(
        0,
        (
            "hwpx.truncated",
            f"the HWPX file is cut short (its zip directory is lost): read the {whole} "
            f"parts before the cut{upto}; the rest is missing: copy or download it again",
        ),
    )
    return doc
