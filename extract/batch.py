"""Batch conversion: many report files -> one dataset folder, safe to re-run.

    >>> from extract.batch import BatchOptions, find_inputs, run_batch
    >>> for event in run_batch(find_inputs(["reports/"]), "dataset/", BatchOptions(jobs=4)):
    ...     print(event)                                               # doctest: +SKIP

Each file is converted in a worker process of its own (a child Python that
converts one file at a time), so a file that hangs can be killed at its time
limit and one that eats memory hits its own ``RLIMIT_AS``, without taking the
batch down.  The local engine runs ``jobs`` such workers; the Dask engine runs
one per Dask task slot, on any machine of the cluster.

What a batch folder holds:

- ``<report_id>/``: report.json and one CSV per table (written by the worker,
  all or nothing);
- ``manifest.json``: every input with its sha256, outcome, reason, counts and
  timings; rewritten (atomically) every few seconds while the batch runs, with
  ``"complete": false`` until it has finished;
- the combined tables (``<table>.csv``, ``reports.csv``, optionally Parquet),
  ``datapackage.json`` and ``report.schema.json``, rebuilt from the
  per-report folders at the end of every run.

Nothing here prints: :func:`run_batch` yields :class:`Planned`,
:class:`FileDone`, :class:`Notice` and a final :class:`Finished`.

This module runs the batch.  Its inputs are found by :mod:`extract.batch_inputs`; what a
re-run takes over from the last is :mod:`extract.batch_resume`; the folder's bookkeeping
(report ids, the manifest, the lock, the sweep of an interrupted run) is
:mod:`extract.batch_folder`; the options and the record of an input both use are
:mod:`extract.batch_types`.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import os
import stat
import sys
import time
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from extract import __version__
from extract.batch_folder import (
    MANIFEST,
    ForeignManifestError,
    _unusable,
    assign_report_ids,
    locked,
    new_run_id,
    read_manifest,
    sweep,
    write_manifest,
)
from extract.batch_inputs import default_jobs
from extract.batch_inputs import find_inputs as find_inputs  # (public: the README's example)
from extract.batch_resume import old_entries, reusable, reused
from extract.batch_types import FORMATS, Engine, Entry
from extract.batch_types import BatchOptions as BatchOptions  # the public entry point (README)
from extract.emit.combined import (
    Converted,
    Stage,
    Table,
    combine,
    combined_csv,
    parquet_problem,
    report_fragments,
    report_info,
    table_files,
    write_parquet,
)
from extract.emit.datapackage import write_datapackage
from extract.errors import BatchError, OutputError, shown
from extract.read import file_problem
from extract.workers import (
    Job,
    Results,
    WorkerConfig,
    run_dask,
    run_local,
)
from extract.workers import summarize as summarize
from schemas import Report

#: seconds between two rewrites of the manifest while a batch runs
MANIFEST_EVERY = 2.0


# --- events ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Planned:
    """The batch is about to start: how many inputs, and how many are unchanged."""

    total: int
    to_convert: int
    skipped: int
    jobs: int
    engine: Engine


@dataclass(frozen=True)
class FileDone:
    """One input has its outcome (``skipped``: unchanged since the last run, its outputs
    reused)."""

    entry: Entry
    skipped: bool
    done: int
    total: int
    failed: int


@dataclass(frozen=True)
class Notice:
    """Something the person running the batch should know; not an error."""

    message: str


@dataclass(frozen=True)
class BatchResult:
    out_dir: Path
    entries: list[Entry]
    #: the combined files written (tables, datapackage.json, manifest.json)
    files: list[Path]

    def count(self, outcome: str) -> int:
        return sum(1 for e in self.entries if e.outcome == outcome)

    @property
    def failed_checks(self) -> int:
        return sum(e.failed_checks for e in self.entries)


@dataclass(frozen=True)
class Finished:
    result: BatchResult


Event = Planned | FileDone | Notice | Finished


# --- inputs ------------------------------------------------------------------------------


# --- the batch -------------------------------------------------------------------------------


def _load_report(out_dir: Path, entry: Entry) -> Report | None:
    """The entry's report.json; a damaged or missing one turns the entry into a failure."""
    if entry.outcome not in ("ok", "partial"):
        return None
    path = out_dir / entry.report_id / "report.json"
    try:
        return Report.model_validate_json(path.read_bytes())
    except (OSError, ValueError) as exc:
        entry.outcome = "failed"
        entry.reason = (
            f"its output {entry.report_id}/report.json cannot be read "
            f"({type(exc).__name__}); run the batch again"
        )
        return None


def combined_tables(out_dir: Path, entries: Sequence[Entry]) -> dict[str, Table]:
    """The combined tables of a batch folder, rebuilt from its per-report folders."""
    ordered = sorted(entries, key=lambda e: e.report_id)
    loaded = [(e, _load_report(out_dir, e)) for e in ordered]
    return combine((e.source(), report) for e, report in loaded)


def dataset_tables(out_dir: str | Path) -> dict[str, Table]:
    """The combined tables of a finished batch folder (for ``bogoseo load``)."""
    out = Path(out_dir)
    try:
        data = read_manifest(out)
    except ValueError as exc:
        raise BatchError(f"{exc}; run bogoseo convert ... --out {out} again") from None
    if data is None:
        raise BatchError(
            f"{out} has no {MANIFEST}: make it with bogoseo convert REPORTS --out {out}"
        )
    if not data.get("complete"):
        raise BatchError(
            f"the last bogoseo convert into {out} did not finish; run it again to complete it"
        )
    entries = [Entry.from_json(item) for item in data["inputs"]]
    converted = {e.report_id for e in entries if e.outcome in ("ok", "partial")}
    tables = combined_tables(out, entries)
    # (a report whose output is gone or damaged is no report of none: loading it would
    # delete its rows from the database)
    lost = [e for e in entries if e.report_id in converted and e.outcome == "failed"]
    if lost:
        raise BatchError(
            f"{out}: {lost[0].reason} (of {shown(Path(lost[0].path))}); the database was left "
            f"unchanged: run bogoseo convert ... --out {out} again"
        )
    return tables


def _unreferenced(out_dir: Path, entries: Sequence[Entry]) -> list[str]:
    ours = {e.report_id for e in entries if e.outcome in ("ok", "partial")}
    return sorted(
        p.name
        for p in out_dir.iterdir()
        if p.is_dir()
        and not p.name.startswith(".")
        and p.name not in ours
        and (p / "report.json").is_file()
    )


def dependency_problem(options: BatchOptions) -> str | None:
    """What the options need that is not installed (pyarrow, Dask), with the pip command."""
    if "parquet" in options.formats:
        problem = parquet_problem()
        if problem:
            return problem
    if options.engine == "dask":
        try:
            importlib.import_module("distributed")
        except ImportError as exc:
            return (
                f"--engine dask needs Dask, which cannot be imported ({exc}): "
                "pip install 'bogoseo[dask]'"
            )
    return None


def run_batch(
    inputs: Sequence[str | Path], out_dir: str | Path, options: BatchOptions | None = None
) -> Generator[Event, None, None]:
    """Convert ``inputs`` (files) into the batch folder ``out_dir``; yield progress events.

    Inputs unchanged since the last run into the same folder (same size and
    modification time, or else the same sha256; same bogoseo version, same
    report_id, output folder present) are skipped unless ``options.force``;
    failed ones are tried again.  If the run is stopped (an exception, or the
    caller closing the generator), the manifest is left with ``"complete":
    false`` and the next run picks up from it.

    Raises :class:`BatchError` before any file is converted when the batch cannot
    run (bad options, a missing optional dependency, an output folder that cannot
    be written or is locked), and :class:`extract.errors.OutputError` when writing
    the combined outputs fails after files were converted (the previous ones are
    kept).
    """
    opts = options or BatchOptions()
    if opts.engine not in ("local", "dask"):
        raise BatchError(f"unknown engine {opts.engine!r}: use local or dask")
    unknown = set(opts.formats) - set(FORMATS)
    if unknown:
        raise BatchError(f"unknown format {sorted(unknown)}: use csv or parquet")
    problem = dependency_problem(opts)
    if problem:
        raise BatchError(problem)
    if not str(out_dir).strip():
        raise BatchError("the output folder is empty: name one, e.g. --out dataset/")
    out = Path(out_dir).absolute()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(
            f"cannot create the output folder {shown(out)} ({exc.strerror or exc})"
        ) from None
    foreign = _foreign_folder(out)
    if foreign:
        raise BatchError(foreign)
    workers = opts.jobs or default_jobs()
    with locked(out):
        yield from _run(list(map(Path, inputs)), out, opts, workers)


def _foreign_folder(out: Path) -> str | None:
    """Why ``out`` is no folder to write a batch into: it holds files and no manifest of
    an earlier bogoseo convert (a run replaces what it finds there, so it writes only into
    a new or empty folder, or into its own); None for a folder it may use."""
    try:
        read_manifest(out)
    except ForeignManifestError as exc:
        return f"{exc}: bogoseo writes only into a new or empty folder or one it made"
    except ValueError:
        pass  # (a damaged manifest of its own: every input is converted again)
    if (out / MANIFEST).is_file():
        return None
    try:
        held = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    except OSError as exc:
        return f"cannot read the output folder {shown(out)} ({exc.strerror or exc})"
    if not held:
        return None
    return (
        f"the output folder {shown(out)} holds files bogoseo did not write ({held[0]}, ...) "
        "and no manifest.json of an earlier bogoseo convert: name a new or empty folder, "
        "e.g. --out dataset/"
    )


def dataset_signature(entries: Sequence[Entry], options: BatchOptions) -> str:
    """What the combined tables are made of: when a run ends with the same signature as
    the last complete one, and its files are all there, they are not written again."""
    items = sorted(
        (e.report_id, e.path, e.sha256, e.size, e.outcome, e.reason, e.tool_version, e.info)
        for e in entries
    )
    data = [__version__, options.excel, sorted(options.formats), items]
    text = json.dumps(data, ensure_ascii=False, default=str, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def _run(paths: list[Path], out: Path, opts: BatchOptions, workers: int) -> Iterator[Event]:
    run_id = new_run_id()
    try:
        swept = sweep(out)
    except OSError as exc:
        raise _unusable(out, exc) from None
    if swept:
        yield Notice(f"removed temporary files an interrupted run left in {shown(out)}")
    try:
        last = read_manifest(out) or {}
    except ValueError:
        last = {}
    old, notice = old_entries(out, opts)
    if notice:
        yield Notice(notice)
    entries: list[Entry] = []
    todo: list[tuple[int, Job]] = []
    settled: list[int] = []  # reused, or refused before any worker: their outcome is known
    for i, (path, rid) in enumerate(zip(paths, assign_report_ids(paths), strict=True)):
        entry = Entry(str(path), rid, None, None, resolved=str(path.absolute()), run=run_id)
        problem, st = file_problem(path)
        if st is not None and stat.S_ISREG(st.st_mode):
            entry.size = st.st_size
        previous = old.get(entry.resolved)
        if problem:
            entry.outcome, entry.reason = "failed", problem
            settled.append(i)
        elif not opts.force and reusable(previous, rid, out):
            assert previous is not None and st is not None
            if (previous.size, previous.mtime_ns) == (st.st_size, st.st_mtime_ns):
                entry = reused(previous, path, st)
                settled.append(i)
            else:  # touched, or recorded before mtimes were: the worker compares the sha256
                todo.append((i, Job(entry.resolved, rid, expect_sha256=previous.sha256)))
        else:
            todo.append((i, Job(entry.resolved, rid)))
        entries.append(entry)
    total = len(entries)
    skipped = sum(1 for i in settled if entries[i].reused)
    yield Planned(total, len(todo), skipped, min(workers, max(len(todo), 1)), opts.engine)
    done = failed = 0
    for i in settled:
        done += 1
        failed += entries[i].outcome == "failed"
        yield FileDone(entries[i], entries[i].reused, done, total, failed)
    try:
        write_manifest(out, entries, opts, complete=False, run=run_id)
    except OutputError as exc:  # nothing converted yet: the folder cannot be used
        cause = exc.__cause__ if isinstance(exc.__cause__, OSError) else OSError(exc.reason)
        raise _unusable(out, cause) from None
    complete = False
    fresh: dict[str, Mapping[str, str]] = {}
    results: Results = iter(())
    files: list[Path] = []
    try:
        cfg = WorkerConfig(
            str(out),
            opts.excel,
            opts.max_memory_mb or None,
            opts.converter,
            tuple(sys.path),
            parent_pid=0 if opts.engine == "dask" else os.getpid(),
        )
        index = {job.report_id: i for i, job in todo}
        # the biggest files first (PDFs take longest): no worker is left with one at the end
        jobs = [job for i, job in sorted(todo, key=lambda t: -(entries[t[0]].size or 0))]
        if jobs and opts.engine == "dask":
            results = run_dask(jobs, cfg, workers, opts.timeout, opts.scheduler)
        elif jobs:
            results = run_local(jobs, cfg, workers, opts.timeout)
        last_write = time.monotonic()
        manifest_failing = False
        for job, result in results:
            i = index[job.report_id]
            entry = entries[i]
            previous = old.get(entry.resolved)
            if result.get("unchanged") and previous is not None:
                entry = entries[i] = reused(previous, paths[i], None)
                entry.mtime_ns = result.get("mtime_ns")
            else:
                frags = result.pop("fragments", None)
                if frags is not None:
                    fresh[entry.report_id] = frags
                for key, value in result.items():
                    if key in _RESULT_FIELDS and not (key == "sha256" and value is None):
                        setattr(entry, key, value)
                entry.tool_version = __version__
            done += 1
            failed += entry.outcome == "failed"
            yield FileDone(entry, entry.reused, done, total, failed)
            if time.monotonic() - last_write > MANIFEST_EVERY:
                try:
                    write_manifest(out, entries, opts, complete=False, run=run_id)
                except OutputError as exc:  # the disk may free up: the run goes on
                    if not manifest_failing:
                        yield Notice(f"{exc.reason}; the run goes on")
                    manifest_failing = True
                last_write = time.monotonic()
        files = _write_outputs(out, entries, opts, fresh, last)
        signature = dataset_signature(entries, opts)
        files.append(
            write_manifest(out, entries, opts, complete=True, run=run_id, dataset=signature)
        )
        complete = True
    finally:
        if isinstance(results, Generator):
            results.close()  # stop the workers first: nothing may write after the manifest
        if not complete:
            with contextlib.suppress(OutputError):
                write_manifest(out, entries, opts, complete=False, run=run_id)
    stale = _unreferenced(out, entries)
    if stale:
        yield Notice(
            f"{len(stale)} report folder(s) in {shown(out)} are not outputs of these inputs "
            f"and are left out of the combined tables: {', '.join(stale[:5])}"
            + (" ..." if len(stale) > 5 else "")
        )
    yield Finished(BatchResult(out, entries, files))


#: the fields of a worker's result that are copied into the manifest entry
_RESULT_FIELDS = frozenset({f.name for f in fields(Entry)}) - {"path", "report_id", "resolved"}


def _write_outputs(
    out: Path,
    entries: list[Entry],
    opts: BatchOptions,
    fresh: Mapping[str, Mapping[str, str]],
    last: Mapping[str, Any],
) -> list[Path]:
    """The combined tables, datapackage.json and report.schema.json, all or nothing.

    Not written again when no input was converted in this run and nothing changed since
    the last complete run (same signature, files present); any input converted (changed,
    or ``--force``) writes them again, as its rows may differ with the same counts.  When
    no input converted, only ``reports.csv`` (it records the failures): no empty tables.
    """
    converted = [e for e in entries if e.outcome in ("ok", "partial")]
    names = ["reports.csv"] if not converted else _dataset_files(opts)
    if (
        converted
        and not fresh
        and last.get("complete")
        and last.get("dataset") == dataset_signature(entries, opts)
        and all((out / name).is_file() for name in names)
    ):
        return [out / name for name in names]
    stage = Stage(out)
    try:
        inputs = []
        for e in sorted(entries, key=lambda e: e.report_id):
            if e.report_id in fresh:
                inputs.append(Converted(e.source(), e.info, fresh[e.report_id]))
                continue
            report = _load_report(out, e)  # a reused input: its report.json
            if report is None:
                inputs.append(Converted(e.source()))
            else:
                e.info = report_info(report)
                inputs.append(Converted(e.source(), e.info, report_fragments(report, opts.excel)))
        for name, text in combined_csv(inputs, excel=opts.excel).items():
            if name in names:
                stage.write(name, text.encode("utf-8"))
        if converted and "parquet" in opts.formats:
            write_parquet(out, combined_tables(out, entries), stage)
        if converted:
            write_datapackage(out, excel=opts.excel, stage=stage)
        files = stage.commit()
    except OSError as exc:
        stage.abort()
        raise OutputError(
            f"cannot write the combined tables in {shown(out)} ({exc.strerror or exc}); the "
            "previous ones are kept: free space (or fix permissions) and run the same "
            "command again"
        ) from None
    # files of an earlier run that no longer describe these inputs
    for name in _dataset_files(BatchOptions(formats=FORMATS)):
        if name not in names:
            with contextlib.suppress(OSError):
                (out / name).unlink(missing_ok=True)
    return files


def _dataset_files(opts: BatchOptions) -> list[str]:
    """The combined files a run with these options writes."""
    return [*table_files(opts.formats), "datapackage.json", "report.schema.json"]


def convert_batch(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    options: BatchOptions | None = None,
    on_event: Callable[[Event], None] | None = None,
) -> BatchResult:
    """:func:`run_batch` to the end; returns its result."""
    result: BatchResult | None = None
    for event in run_batch(inputs, out_dir, options):
        if on_event is not None:
            on_event(event)
        if isinstance(event, Finished):
            result = event.result
    assert result is not None
    return result
