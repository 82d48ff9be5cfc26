"""A hand-written PDF from its objects (for fonts and maps no generator writes: a CID font
whose Unicode map gives private-use codes, a schedule's marks in a symbol font).

The same writer as tools/make_bad_pdfs.py's, which imports reportlab (no test dependency)."""

from __future__ import annotations

import zlib


def stream(data: bytes) -> bytes:
    """A Flate-compressed stream object's body."""
    packed = zlib.compress(data)
    head = f"<< /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode()
    return head + packed + b"\nendstream"


def write_pdf(objects: list[bytes]) -> bytes:
    """Objects numbered from 1 (1 the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    tail = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return bytes(out + tail.encode())
