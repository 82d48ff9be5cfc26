"""Errors that end the conversion of one file.

Every error carries a one-line reason meant for the person running the tool:
what is wrong and, where it helps, how to fix it.  The CLI prints
``FILE: reason`` and exits non-zero; the library never prints.
"""

from __future__ import annotations


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
