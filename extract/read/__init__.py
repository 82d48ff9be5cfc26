"""Readers: bytes of one input -> :class:`extract.document.Document`.

The format is chosen by content, not by the file's extension; each reader
lives in a module of its own and is imported only when a file needs it
(pdfplumber is slow to import).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from extract.document import Document
from extract.errors import ReadError

#: largest input accepted; a work report is a few MB at most
MAX_BYTES = 200 * 1024 * 1024
#: the first bytes of an OLE compound file (HWP 5 is one)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_bytes(data: bytes, name: str) -> Document:
    """Bytes of a text export, a PDF, HWPX or HWP -> Document (by content, not by extension)."""
    if not data:
        raise ReadError("the file is empty")
    if len(data) > MAX_BYTES:
        raise ReadError(
            f"the file is {len(data) // 2**20} MB; bogoseo reads reports up to "
            f"{MAX_BYTES // 2**20} MB"
        )
    if data.startswith(b"PK\x03\x04"):
        from extract.read.hwpx import is_hwpx, read_hwpx

        if is_hwpx(data):
            return read_hwpx(data, name)
        raise ReadError(
            "a zip file that is not HWPX (no application/hwp+zip mimetype, no "
            "Contents/content.hpf, no Contents/section0.xml); is it a .docx or another "
            "format renamed?"
        )
    if data.startswith(OLE_MAGIC):
        from extract.read.hwp import read_hwp

        return read_hwp(data, name)
    if data.startswith(b"HWP Document File V3"):
        raise ReadError("an HWP 3 file; open it in Hancom Office and save it as HWP or HWPX")
    if data[:1024].lstrip().startswith(b"%PDF-"):
        from extract.read.pdf import read_pdf

        return read_pdf(data, name)
    if name.lower().endswith(".pdf"):
        raise ReadError(
            "named .pdf but is not a PDF (no %PDF- header); is it an image or "
            "another format renamed?"
        )
    from extract.read.text import read_text

    return read_text(data, name)


#: what a path that is not a regular file is, by its stat mode
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def file_problem(path: str | Path) -> tuple[str, os.stat_result | None]:
    """Why ``path`` cannot be a report, from its metadata alone ("" when it can), and
    its stat.  Nothing is opened: a FIFO, a device or a huge file is refused here,
    before anything would block or fill memory reading it."""
    try:
        st = Path(path).stat()
    except OSError as exc:
        return f"cannot read the file: {exc.strerror or exc}", None
    if stat.S_ISDIR(st.st_mode) and not os.access(path, os.R_OK | os.X_OK):
        return "a folder that cannot be read (permission denied): its reports are not read", st
    if not stat.S_ISREG(st.st_mode):
        kind = next((what for test, what in _KINDS if test(st.st_mode)), "not a file")
        return f"not a regular file ({kind}); bogoseo reads report files", st
    if st.st_size > MAX_BYTES:
        return (
            f"the file is {st.st_size // 2**20} MB; bogoseo reads reports up to "
            f"{MAX_BYTES // 2**20} MB",
            st,
        )
    return "", st


def file_bytes(path: str | Path) -> bytes:
    """The bytes of ``path``, or a ReadError that says why not (a FIFO or a device is
    refused from its metadata, never opened)."""
    problem, _ = file_problem(path)
    if problem:
        raise ReadError(problem)
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read the file: {exc.strerror or exc}") from None
