"""Report ids from file names: light, so the command line and the batch need not import
the converter to name a folder."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import regex

#: what a folder name keeps of a file's stem (\w is Unicode: Hangul stays)
_SAFE = regex.compile(r"[^\w.-]+")


def report_id_for(path: str | Path) -> str:
    """The output folder name of a report: the file's stem, made safe.

    >>> report_id_for("reports/2024 도시계획국 (최종).txt")
    '2024-도시계획국-최종'

    A name macOS wrote decomposed (NFD: 한 as ᄒ ᅡ ᆫ) gives the id the same name
    composed gives, so that the copies of one report join:

    >>> report_id_for(unicodedata.normalize("NFD", "업무계획.hwp")) == "업무계획"
    True
    """
    stem = unicodedata.normalize("NFC", Path(path).stem)
    return _SAFE.sub("-", stem).strip("-.") or "report"
