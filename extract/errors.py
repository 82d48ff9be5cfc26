"""Errors that end the conversion of one file.

Every error carries a one-line reason meant for the person running the tool:
what is wrong and, where it helps, how to fix it.  The CLI prints
``FILE: reason`` and exits non-zero; the library never prints.
"""

from __future__ import annotations

import os
import unicodedata


class BogoseoError(Exception):
    """Base class: one file could not be converted."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ReadError(BogoseoError):
    """The bytes could not be read as a text or PDF report."""


class OutputError(BogoseoError):
    """The outputs could not be written (disk full, no permission, ...)."""


class NotAReportError(BogoseoError):
    """The file was read, but nothing in it looks like a work report."""


def shown(name: str | os.PathLike[str]) -> str:
    """A file name as one printable line: names are data, and may hold anything.

    Bytes that are not UTF-8 (kept by Python as lone surrogates) become ``\\xNN``,
    and control, format and line-separator characters (a newline in a name)
    become escapes such as ``\\n`` or ``\\u200f``; everything else is kept.

    >>> shown("보고서\\n(최종).txt")
    '보고서\\\\n(최종).txt'
    >>> shown(os.fsdecode(b"report-\\xff.txt"))
    'report-\\\\xff.txt'
    """
    text = os.fsdecode(name) if not isinstance(name, str) else name
    if text.isprintable() and text.isascii():
        return text
    text = os.fsencode(text).decode("utf-8", "backslashreplace") if _has_surrogates(text) else text
    return "".join(_escape(ch) for ch in text)


def _has_surrogates(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def _escape(ch: str) -> str:
    if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Zl", "Zp"):
        return ch
    return ch.encode("unicode_escape").decode("ascii")


class BatchError(BogoseoError):
    """The batch as a whole cannot run (folder locked, engine missing...)."""
