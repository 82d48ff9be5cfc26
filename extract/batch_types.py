"""What both halves of a batch share: its options (:class:`BatchOptions`) and the record
of one input (:class:`Entry`), which :mod:`extract.batch_folder` writes to the manifest
and :mod:`extract.batch` fills in as the batch runs."""

from __future__ import annotations

import base64
import contextlib
import os
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

from extract import __version__
from extract.emit.combined import Source
from extract.emit.write import is_utf8
from extract.errors import shown

DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_MEMORY_MB = 2048
#: ``module:function`` converting ``(path, report_id)`` to a Report, in the worker
DEFAULT_CONVERTER = "extract.pipeline:convert"
FORMATS = ("csv", "parquet")

Engine = Literal["local", "dask"]


@dataclass(frozen=True)
class BatchOptions:
    #: worker processes (local) or threads of the local Dask cluster; 0 = cores
    jobs: int = 0
    timeout: float = DEFAULT_TIMEOUT
    #: address-space limit per worker in MB (Linux); None or 0 for none
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB
    excel: bool = False
    force: bool = False
    #: combined table formats; CSV is always written
    formats: tuple[str, ...] = ("csv",)
    engine: Engine = "local"
    #: Dask scheduler address; None starts a local cluster
    scheduler: str | None = None
    converter: str = DEFAULT_CONVERTER


@dataclass
class Entry:
    """One input of the batch, as the manifest records it."""

    path: str
    report_id: str
    sha256: str | None
    size: int | None
    #: ok, partial, failed; pending while the batch has not reached it
    outcome: str = "pending"
    reason: str = ""
    tool_version: str = __version__
    records: int = 0
    checks: int = 0
    failed_checks: int = 0
    warnings: int = 0
    residue_lines: int = 0
    #: roles of the genre found, of all the roles there are
    sections_found: int = 0
    sections_known: int = 0
    #: content lines, and those a parser of the genre's records used
    content_lines: int = 0
    domain_lines: int = 0
    #: started (UTC, ISO 8601), convert_s, write_s, total_s
    timings: dict[str, Any] = field(default_factory=dict)
    #: the absolute path, to recognize the input when the batch is run again
    resolved: str = ""
    #: the file's modification time (ns) when it was hashed: with ``size``, what lets a
    #: re-run reuse the outputs without reading the file again
    mtime_ns: int | None = None
    #: the run that converted the file and wrote its outputs (see :func:`new_run_id`)
    run: str = ""
    #: True when this run reused the outputs of ``run`` (the input was unchanged)
    reused: bool = False
    #: the ``reports`` row data of a converted report (format, year, bureau, pages, ...)
    info: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        """The manifest's record: names that are not UTF-8 as their readable form, plus
        their bytes (base64) in ``path_bytes`` and ``resolved_bytes``."""
        data = asdict(self)
        for key in ("path", "resolved"):
            name = data[key]
            if not is_utf8(name):
                data[key] = shown(name)
                data[f"{key}_bytes"] = base64.b64encode(os.fsencode(name)).decode("ascii")
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entry:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for key in ("path", "resolved"):
            raw = data.get(f"{key}_bytes")
            if isinstance(raw, str):
                with contextlib.suppress(ValueError):
                    values[key] = os.fsdecode(base64.b64decode(raw, validate=True))
        return cls(**values)

    def source(self) -> Source:
        return Source(
            self.report_id,
            self.path,
            self.sha256,
            self.size,
            self.outcome,
            self.reason,
            self.tool_version,
        )
