"""The batch folder's bookkeeping: the report id (folder name) of each input, the
manifest (``manifest.json``, written atomically, read back by the next run), the lock
that lets one batch at a time write to a folder, and the sweep of what an interrupted
run left.  :mod:`extract.batch` runs the batch in the folder."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from extract import __version__
from extract.batch_types import FORMATS, BatchOptions, Entry
from extract.emit.combined import SPECS
from extract.errors import BatchError, OutputError, shown
from extract.names import report_id_for

MANIFEST = "manifest.json"
MANIFEST_VERSION = 1
LOCK = ".bogoseo.lock"


# --- report ids --------------------------------------------------------------------------


def assign_report_ids(paths: Sequence[Path]) -> list[str]:
    """A distinct report_id (output folder name) per input, decided by the inputs alone.

    The file's stem (:func:`extract.names.report_id_for`) when no other
    input has the same one.  Inputs sharing a stem get, in turn, the least
    that tells them apart: the extension (``x.txt``, ``x.pdf`` -> ``x-txt``,
    ``x-pdf``), then the nearest parent folders (``2021/x.txt``,
    ``2022/x.txt`` -> ``2021-x``, ``2022-x``), then both.  Names are
    compared ignoring case, as some file systems do.
    """
    absolute = [p.absolute() for p in paths]
    groups: dict[str, list[int]] = {}
    for i, p in enumerate(absolute):
        groups.setdefault(report_id_for(p).casefold(), []).append(i)
    ids = [report_id_for(p) for p in absolute]
    for members in groups.values():
        if len(members) == 1:
            continue
        names = _telling_apart([absolute[i] for i in members])
        for i, name in zip(members, names, strict=True):
            ids[i] = name
    # a name too long for a folder (with the temporary names' few more bytes) is cut
    ids = [_bounded(rid) for rid in ids]
    # a qualified id can still meet another input's plain one, or names differ in case or
    # punctuation alone: add a digest of the file's name (not of where the folder is, so
    # that the ids stay when it moves, and tell no one's folders)
    seen: set[str] = set()
    for i, rid in enumerate(ids):
        if rid.casefold() in seen or rid.casefold() in _RESERVED:
            digest = hashlib.sha256(os.fsencode(absolute[i].name)).hexdigest()[:8]
            ids[i] = f"{_bounded(rid, MAX_ID_BYTES - 9)}-{digest}"
        seen.add(ids[i].casefold())
    return ids


#: the longest report_id in bytes: a file name is at most 255 bytes, and the hidden
#: temporary names of a report folder add about 20
MAX_ID_BYTES = 200


def _bounded(rid: str, limit: int = MAX_ID_BYTES) -> str:
    """``rid`` if it fits in ``limit`` UTF-8 bytes, else its start and a short hash of it."""
    if len(rid.encode()) <= limit:
        return rid
    digest = hashlib.sha256(rid.encode()).hexdigest()[:8]
    head = rid.encode()[: limit - 9].decode("utf-8", "ignore").rstrip("-.")
    return f"{head}-{digest}"


#: file names of the batch folder a report folder must not take
_RESERVED = frozenset(
    {MANIFEST, "datapackage.json", "report.schema.json"}
    | {f"{name}.{fmt}" for name in SPECS for fmt in FORMATS}
)


def _telling_apart(paths: Sequence[Path]) -> list[str]:
    """The least qualified names that tell same-stem files apart (extension, nearest
    parents, both); where none does (``보고서(최종).txt`` and ``보고서 (최종).txt``: names
    that differ in case or punctuation alone), each stem and extension."""
    depth = max(len(p.parent.parts) for p in paths)
    for k in range(depth + 1):
        for with_ext in (False, True):
            names = [_qualified_id(p, k, with_ext) for p in paths]
            if len({n.casefold() for n in names}) == len(names):
                return names
    return [_qualified_id(p, 0, True) for p in paths]


def _qualified_id(path: Path, parents: int, with_ext: bool) -> str:
    parts = list(path.parent.parts[1:])[-parents:] if parents else []
    parts.append(path.stem)
    if with_ext and path.suffix:
        parts.append(path.suffix.lstrip(".").lower())
    return report_id_for("-".join(parts) + ".x")


# --- manifest ----------------------------------------------------------------------------


def new_run_id() -> str:
    """A run's id: when it started (UTC, ISO 8601 to the microsecond)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def manifest_json(
    entries: Sequence[Entry],
    options: BatchOptions,
    complete: bool,
    run: str = "",
    dataset: str = "",
) -> str:
    counts = {o: sum(1 for e in entries if e.outcome == o) for o in (*_OUTCOMES, "pending")}
    data = {
        "manifest_version": MANIFEST_VERSION,
        "tool": "bogoseo",
        "tool_version": __version__,
        "complete": complete,
        "run": run,
        "options": {"excel": options.excel, "formats": list(options.formats)},
        "summary": {
            "inputs": len(entries),
            **counts,
            "reused": sum(1 for e in entries if e.reused),
        },
        # what the combined tables were made from (see dataset_signature)
        "dataset": dataset,
        "inputs": [e.to_json() for e in entries],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


_OUTCOMES = ("ok", "partial", "failed")


def write_manifest(
    out_dir: Path,
    entries: Sequence[Entry],
    options: BatchOptions,
    complete: bool,
    run: str = "",
    dataset: str = "",
) -> Path:
    """Write ``manifest.json`` atomically; an :class:`OutputError` when it cannot be."""
    from extract.emit.combined import atomic_write

    path = out_dir / MANIFEST
    text = manifest_json(entries, options, complete, run, dataset)
    try:
        atomic_write(path, text.encode("utf-8"))
    except OSError as exc:
        raise OutputError(
            f"cannot write {shown(path)} ({exc.strerror or exc}); the previous manifest is kept"
        ) from exc
    return path


class ForeignManifestError(ValueError):
    """A manifest.json that some other tool wrote (one that cannot be read is a damaged
    one of bogoseo's: converting again mends it)."""


def read_manifest(out_dir: Path) -> dict[str, Any] | None:
    """The manifest of a batch folder; None when there is none.

    Raises ValueError when it exists but is not a bogoseo manifest.
    """
    path = Path(out_dir) / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path} cannot be read ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("inputs"), list):
        raise ForeignManifestError(f"{path} is not a bogoseo manifest")
    return data


# --- sweep and lock ----------------------------------------------------------------------


def sweep(out_dir: Path) -> list[str]:
    """Remove what an interrupted run left: hidden ``*.tmp`` and ``*.old`` files and folders."""
    removed = []
    for p in out_dir.iterdir():
        if p.name.startswith(".") and p.name.endswith((".tmp", ".old")):
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
            removed.append(p.name)
    return removed


def _unusable(out_dir: Path, exc: OSError) -> BatchError:
    """The error of an output folder that cannot be used: before any file converts."""
    return BatchError(
        f"cannot write to the output folder {shown(out_dir)} ({exc.strerror or exc}); "
        "choose another --out or fix its permissions or free space"
    )


@contextlib.contextmanager
def locked(out_dir: Path) -> Iterator[None]:
    """One batch at a time per folder (on systems with fcntl)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    try:
        fh = open_lock(out_dir / LOCK)
    except OSError as exc:
        raise _unusable(out_dir, exc) from None
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise BatchError(
                f"another bogoseo batch is writing to {shown(out_dir)}; wait for it or use "
                "another --out folder"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def open_lock(path: Path) -> Any:
    """Open (create) the lock file; the first write into the output folder."""
    return open(path, "a+")
