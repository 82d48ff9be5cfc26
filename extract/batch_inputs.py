"""The inputs of a batch: files, folders (searched for report files) and globs."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from pathlib import Path

#: file endings picked up when a folder is given
REPORT_SUFFIXES = (".txt", ".pdf", ".text", ".hwpx", ".hwp")


def _report_files(folder: Path) -> list[Path]:
    """The report files under ``folder`` (hidden ones aside), sorted; a folder linked in
    is searched too, once; a subfolder that cannot be read is kept, after them, and fails
    with its reason (none is passed over in silence)."""
    found: list[Path] = []
    unreadable: list[Path] = []
    seen: set[str] = set()

    def failed(exc: OSError) -> None:
        if exc.filename:
            unreadable.append(Path(exc.filename))

    for root, dirs, files in os.walk(folder, onerror=failed, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:  # (a link back up the tree: searched already)
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [
            f for name in files
            if not name.startswith(".")
            and (f := Path(root, name)).suffix.lower() in REPORT_SUFFIXES and f.is_file()
        ]  # fmt: skip
    return sorted(found) + sorted(unreadable)


def find_inputs(items: Iterable[str | Path]) -> list[Path]:
    """Files, folders (their .txt/.pdf/.hwpx/.hwp files, recursively, hidden ones
    skipped) and globs.

    Each item's files are sorted; a file named twice (by links too) is kept once.  A
    plain path that does not exist is kept: it becomes a failed input.
    """
    found: list[Path] = []
    for item in items:
        text = str(item)
        p = Path(item)
        if p.is_dir():
            found += _report_files(p)
        elif not p.exists() and any(ch in text for ch in "*?["):
            for match in sorted(glob.glob(text, recursive=True)):
                m = Path(match)
                found += _report_files(m) if m.is_dir() else [m]
        else:
            found.append(p)
    unique: dict[Path, Path] = {}
    for f in found:
        unique.setdefault(f.resolve(), f)
    return list(unique.values())


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1
