"""What a batch re-run takes over from the last run into the same folder: the entries of
inputs whose file has not changed since, with their outputs."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from extract import __version__
from extract.batch_folder import read_manifest
from extract.batch_types import BatchOptions, Entry


def old_entries(out_dir: Path, options: BatchOptions) -> tuple[dict[str, Entry], str | None]:
    """Entries of the previous run that may be reused, by absolute path; and a notice."""
    try:
        data = read_manifest(out_dir)
    except ValueError as exc:
        return {}, f"{exc}; converting every input again"
    if data is None:
        return {}, None
    old_opts = data.get("options", {})
    if bool(old_opts.get("excel")) != options.excel:
        return {}, "--excel differs from the last run; converting every input again"
    entries = {}
    for item in data["inputs"]:
        with contextlib.suppress(TypeError):
            e = Entry.from_json(item)
            entries[e.resolved] = e
    return entries, None


def reusable(old: Entry | None, report_id: str, out_dir: Path) -> bool:
    """The last run's outputs of this input may be reused if the file has not changed."""
    return (
        old is not None
        and old.outcome in ("ok", "partial")
        and old.sha256 is not None
        and old.tool_version == __version__
        and old.report_id == report_id
        and (out_dir / report_id / "report.json").is_file()
    )


def reused(old: Entry, path: Path, st: os.stat_result | None) -> Entry:
    """The last run's entry of an unchanged input, as this run reuses it."""
    reused = Entry.from_json(old.to_json())
    reused.path = str(path)  # the same file, perhaps named from another folder
    reused.reused = True
    reused.run = old.run or "(a run before runs were recorded)"
    if st is not None:
        reused.mtime_ns = st.st_mtime_ns
    return reused
