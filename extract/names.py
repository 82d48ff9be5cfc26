"""Report ids from file names: light, so the command line and the batch need not import
the converter to name a folder."""

from __future__ import annotations

from pathlib import Path

import regex

#: what a folder name keeps of a file's stem (\w is Unicode: Hangul stays)
_SAFE = regex.compile(r"[^\w.-]+")


def report_id_for(path: str | Path) -> str:
    """The output folder name of a report: the file's stem, made safe.

    >>> report_id_for("reports/2024 도시계획국 (최종).txt")
    '2024-도시계획국-최종'
    """
    stem = Path(path).stem
    return _SAFE.sub("-", stem).strip("-.") or "report"
