"""The workers of a batch: one file converted in a child process, and the engines that
run them.

:func:`convert_one` converts one file and writes its folder (all or nothing), in a
:class:`Sandbox`: a child Python started once and fed jobs over a pipe, killed at a
file's time limit and held to its memory limit (``RLIMIT_AS``), dying with the batch.
:func:`run_local` runs ``jobs`` such sandboxes on this machine; :func:`run_dask` one
per Dask task slot, on any machine of a cluster.  :mod:`extract.batch` plans the batch
and writes its dataset; only the workers read the input files.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing.connection import Connection, Pipe, wait
from pathlib import Path
from typing import Any

from extract.emit.combined import (
    KNOWN_SECTIONS,
    domain_records,
    duplicate_keys,
    report_fragments,
    report_info,
)
from extract.errors import BatchError, BogoseoError
from extract.read import MAX_BYTES, file_problem
from schemas import Report


def file_digest(path: Path, limit: int | None = None) -> tuple[str | None, int | None]:
    """(sha256, size) of a file, (None, None) when it holds more than ``limit`` bytes;
    an OSError when it cannot be read (its reason is the file's: permission denied)."""
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
            if limit is not None and size > limit:
                return None, None
    return h.hexdigest(), size


# --- the worker ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    path: str
    report_id: str
    #: the sha256 of the outputs the last run made: if the file still has it, the worker
    #: says so instead of converting it again
    expect_sha256: str | None = None


@dataclass(frozen=True)
class WorkerConfig:
    out_dir: str
    excel: bool
    max_memory_mb: int | None
    converter: str
    #: the parent's import path, so a converter importable there is here too
    sys_path: tuple[str, ...] = ()
    #: pid of the batch process the worker dies with (Linux); 0: none (Dask's threads)
    parent_pid: int = 0


Converter = Callable[[Path, str], Report]


def load_converter(spec: str) -> Converter:
    module, _, name = spec.partition(":")
    fn: Converter = getattr(importlib.import_module(module), name)
    return fn


def summarize(report: Report) -> dict[str, Any]:
    """Outcome, reason and counts of a converted report.

    ``partial`` when the reader could not read part of the file (a PDF page),
    a parser left a warning, a content line is in neither the outline nor a
    table (residue), or a record's key
    repeats (it is left out of the combined tables).  Failed cross-checks do
    not make a report partial: they are the document's own arithmetic, counted
    in ``failed_checks`` (``--strict`` turns them into exit status 1).
    """
    found = [s.key for s in report.sections if s.found and s.key in KNOWN_SECTIONS]
    # what the reader could not read (a PDF page) comes first: it explains the rest
    unread = [w for w in report.warnings if w.code.startswith("read.")]
    warns = [w for w in report.warnings if w not in unread]
    dups = duplicate_keys(report)
    reasons = [w.message for w in unread]
    if warns:
        reasons.append(f"{len(warns)} parse warning(s), first: {warns[0].message}")
    if report.residue:
        reasons.append(f"{len(report.residue)} residue line(s) in neither the outline nor a table")
    if dups:
        reasons.append(
            f"{len(dups)} record(s) with a repeated key left out of the combined "
            f"tables, first: {dups[0]}"
        )
    stats = report.stats
    return {
        "outcome": "partial" if reasons else "ok",
        "reason": "; ".join(reasons),
        "sha256": report.source.sha256,
        "records": domain_records(report),
        "checks": len(report.validation),
        "failed_checks": sum(1 for c in report.validation if not c.passed),
        "warnings": len(report.warnings),
        "residue_lines": len(report.residue),
        "sections_found": len(found),
        "sections_known": len(KNOWN_SECTIONS),
        "content_lines": stats.content_lines if stats else 0,
        "domain_lines": stats.domain_lines if stats else 0,
    }


def _failure(reason: str, **timings: Any) -> dict[str, Any]:
    return {"outcome": "failed", "reason": reason, "timings": timings}


def convert_one(job: Job, cfg: WorkerConfig, convert: Converter) -> dict[str, Any]:
    """Hash, convert and write one file; every problem becomes a failed outcome with a
    reason.  Runs in the worker, inside the file's time limit.

    The result holds the outcome and counts (:func:`summarize`), the file's sha256,
    size and mtime, and the report's ``reports`` row data and combined-table
    fragments (so the batch process only joins them); or ``unchanged`` when the file
    still has ``job.expect_sha256`` and its outputs are there.
    """
    from extract.emit.write import write_report

    t0 = time.perf_counter()

    def elapsed() -> float:
        return round(time.perf_counter() - t0, 3)

    path = Path(job.path)
    problem, st = file_problem(path)
    if problem or st is None:
        return _failure(problem or "cannot read the file", total_s=elapsed())
    try:
        sha, size = file_digest(path, limit=MAX_BYTES)
    except OSError as exc:
        return _failure(f"cannot read the file: {exc.strerror or exc}", total_s=elapsed())
    if sha is None:
        return _failure("cannot read the file (it changed while it was read?)", total_s=elapsed())
    hashed = {"sha256": sha, "size": size, "mtime_ns": st.st_mtime_ns}
    if job.expect_sha256 == sha and (Path(cfg.out_dir) / job.report_id / "report.json").is_file():
        return {"unchanged": True, **hashed, "timings": {"total_s": elapsed()}}
    try:
        report = convert(path, job.report_id)
        t1 = time.perf_counter()
        write_report(report, cfg.out_dir, excel=cfg.excel)
        t2 = time.perf_counter()
        result = summarize(report)
        result["info"] = report_info(report)
        result["fragments"] = report_fragments(report, cfg.excel)
    except BogoseoError as exc:
        return {**_failure(exc.reason, total_s=elapsed()), **hashed}
    except MemoryError:
        return {
            **_failure(
                f"ran out of memory (limit --max-memory {cfg.max_memory_mb} MB); "
                "raise it for this file",
                total_s=elapsed(),
            ),
            **hashed,
        }
    except Exception as exc:  # a bug must not hide the other files' results
        return {
            **_failure(
                f"internal error ({type(exc).__name__}: {exc}); please report it with the file",
                total_s=elapsed(),
            ),
            **hashed,
        }
    result.update(hashed)
    result["timings"] = {
        "convert_s": round(t1 - t0, 3),
        "write_s": round(t2 - t1, 3),
        "total_s": round(t2 - t0, 3),
    }
    return result


def limit_memory(mb: int | None) -> None:
    """Cap this process's address space (Linux; elsewhere RLIMIT_AS is not enforced)."""
    if not mb or not sys.platform.startswith("linux"):
        return
    import resource

    limit = mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def die_with_parent(parent_pid: int) -> None:
    """Have the kernel kill this worker when the batch process dies, even by kill -9.

    Without it an orphaned worker could still be writing a report folder while
    the next run starts.  Linux only; not for Dask, whose threads come and go.
    """
    if not parent_pid or not sys.platform.startswith("linux"):
        return
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent_pid:  # the parent died before prctl
        os._exit(1)


def serve(fd: int) -> None:
    """The worker's main loop: a WorkerConfig, then Jobs until None or end of input."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when workers stop
    conn = Connection(fd)
    cfg: WorkerConfig = conn.recv()
    die_with_parent(cfg.parent_pid)
    sys.path += [p for p in cfg.sys_path if p not in sys.path and os.path.isdir(p)]
    limit_memory(cfg.max_memory_mb)
    try:
        convert: Converter | None = load_converter(cfg.converter)
        broken = ""
    except Exception as exc:
        convert, broken = None, f"the worker cannot load {cfg.converter} ({exc})"
    conn.send(READY)  # a file's time limit starts now, not while Python starts
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        conn.send(_failure(broken) if convert is None else convert_one(job, cfg, convert))


_SERVE = "import sys; from extract.workers import serve; serve(int(sys.argv[1]))"
#: what a worker sends once it has imported the converter
READY = "ready"
#: seconds a worker may take to start (import Python and the converter)
STARTUP_LIMIT = 60.0


class Sandbox:
    """A worker process converting one file at a time; can be killed at any moment."""

    def __init__(self, cfg: WorkerConfig) -> None:
        self.cfg = cfg
        self.conn, child = Pipe()
        # the worker imports the same extract package as this process, installed or not
        here = str(Path(__file__).resolve().parent.parent)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH")) if p)
        # a plain child process rather than multiprocessing's: it may be started
        # from a daemonic Dask worker, and its imports do not depend on __main__
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _SERVE, str(child.fileno())],
            pass_fds=(child.fileno(),),
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        child.close()
        self.conn.send(cfg)
        self.job: Job | None = None
        self.started = ""
        self.deadline = 0.0
        self.timeout = 0.0
        #: the worker has imported the converter (it said READY)
        self.ready = False

    def start(self, job: Job, timeout: float) -> None:
        """Send ``job``; its time limit runs from now, or from when the worker is ready."""
        self.job = job
        self.timeout = timeout
        self.started = datetime.now(UTC).isoformat(timespec="seconds")
        self.deadline = time.monotonic() + timeout + (0 if self.ready else STARTUP_LIMIT)
        self.conn.send(job)

    def receive(self) -> dict[str, Any] | None:
        """The result of the current job; a failure if the worker died; None when the
        worker only said it is ready (its job's time limit starts then)."""
        try:
            result: Any = self.conn.recv()
        except (EOFError, OSError):
            result = _failure(self.death())
            self.kill()
        if result == READY:
            self.ready = True
            self.deadline = time.monotonic() + self.timeout
            return None
        assert isinstance(result, dict)
        result.setdefault("timings", {})["started"] = self.started
        return result

    def expired(self) -> dict[str, Any]:
        """Kill the worker at its deadline; the failure this means."""
        self.kill()
        if not self.ready:
            return _failure(f"the worker did not start within {STARTUP_LIMIT:g} s")
        return timed_out(self.timeout, self.started)

    def run(self, job: Job, timeout: float) -> dict[str, Any]:
        """Convert one file, waiting at most ``timeout`` seconds (then the worker is killed)."""
        self.start(job, timeout)
        while self.conn.poll(max(0.0, self.deadline - time.monotonic())):
            result = self.receive()
            if result is not None:
                return result
        return self.expired()

    def death(self) -> str:
        try:
            rc = self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            return "the worker stopped answering"
        if rc < 0:
            name = signal.Signals(-rc).name
            limit = self.cfg.max_memory_mb
            return f"the worker died ({name}) while converting it; out of memory?" + (
                f" (limit --max-memory {limit} MB)" if limit else ""
            )
        return f"the worker exited with status {rc} while converting it"

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self.conn.close()

    def close(self) -> None:
        """Ask an idle worker to exit; kill it if it does not."""
        with contextlib.suppress(OSError):
            self.conn.send(None)
        try:
            self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.conn.close()


def timed_out(timeout: float, started: str) -> dict[str, Any]:
    return _failure(
        f"timed out after {timeout:g} s (raise --timeout if the file is just big)",
        started=started,
        total_s=timeout,
    )


# --- engines ---------------------------------------------------------------------------------

Results = Iterator[tuple[Job, dict[str, Any]]]


def shared_timeout(timeout: float, workers: int, cpus: int | None = None) -> float:
    """The time limit of one file where ``workers`` share ``cpus`` (default: this
    machine's): ``timeout`` is a file's time on a CPU of its own, so with more workers than
    CPUs each gets its share of the clock (8 workers on 2 CPUs: 4 times ``timeout``), and
    a file that takes 11 s alone does not fail at 120 s for want of a CPU.

    >>> shared_timeout(120, 8, cpus=2), shared_timeout(120, 2, cpus=8)
    (480.0, 120.0)
    """
    cpus = cpus or os.cpu_count() or 1
    return timeout * max(1.0, workers / cpus)


def run_local(jobs: Sequence[Job], cfg: WorkerConfig, workers: int, timeout: float) -> Results:
    """Convert ``jobs`` in ``workers`` worker processes; yield results as they come (each
    file within :func:`shared_timeout`)."""
    timeout = shared_timeout(timeout, workers)
    queue = deque(jobs)
    busy: list[Sandbox] = []
    idle: list[Sandbox] = []
    try:
        while queue or busy:
            while queue and len(busy) < workers:
                sandbox = idle.pop() if idle else Sandbox(cfg)
                sandbox.start(queue.popleft(), timeout)
                busy.append(sandbox)
            soonest = min(s.deadline for s in busy)
            ready = wait([s.conn for s in busy], timeout=max(0.0, soonest - time.monotonic()))
            now = time.monotonic()
            for sandbox in list(busy):
                job = sandbox.job
                assert job is not None
                if sandbox.conn in ready:
                    result = sandbox.receive()
                    if result is None:  # ready: the job's time limit starts now
                        continue
                elif now >= sandbox.deadline:
                    result = sandbox.expired()
                else:
                    continue
                busy.remove(sandbox)
                if sandbox.alive:
                    idle.append(sandbox)
                yield job, result
    finally:
        for sandbox in busy:
            sandbox.kill()
        for sandbox in idle:
            sandbox.close()


# Dask tasks run in threads of a Dask worker: each takes a Sandbox from this pool
_POOL: list[Sandbox] = []
_POOL_LOCK = threading.Lock()
_LIVE: set[Sandbox] = set()


def dask_task(job: Job, cfg: WorkerConfig, timeout: float) -> dict[str, Any]:
    """One file on a Dask worker, in a sandbox like the local engine's."""
    with _POOL_LOCK:
        matching = [s for s in _POOL if s.cfg == cfg and s.alive]
        sandbox = matching[0] if matching else None
        if sandbox is not None:
            _POOL.remove(sandbox)
    if sandbox is None:
        sandbox = Sandbox(cfg)
        with _POOL_LOCK:
            _LIVE.add(sandbox)
    result = sandbox.run(job, timeout)
    with _POOL_LOCK:
        if sandbox.alive:
            _POOL.append(sandbox)
        else:
            _LIVE.discard(sandbox)
    return result


def close_sandboxes() -> int:
    """Stop this process's Dask sandboxes (run on every worker when a batch ends)."""
    with _POOL_LOCK:
        live = list(_LIVE)
        _LIVE.clear()
        _POOL.clear()
    for sandbox in live:
        sandbox.kill()
    return len(live)


def run_dask(
    jobs: Sequence[Job], cfg: WorkerConfig, workers: int, timeout: float, scheduler: str | None
) -> Results:
    """Convert ``jobs`` on a Dask cluster (a local one without ``scheduler``)."""
    try:
        # untyped library, optional extra: used through Any
        distributed: Any = importlib.import_module("distributed")
    except ImportError:
        raise BatchError("the dask engine needs Dask: pip install 'bogoseo[dask]'") from None
    cluster = None
    futures: dict[Any, Job] = {}
    try:
        if scheduler:
            client = distributed.Client(scheduler, timeout=30)
        else:
            # threads are enough: each task waits on its own worker process
            cluster = distributed.LocalCluster(
                n_workers=1,
                threads_per_worker=workers,
                processes=False,
                dashboard_address="127.0.0.1:0",  # loopback only: no port 8787 clash
            )
            client = distributed.Client(cluster)
    except OSError as exc:
        if cluster is not None:
            cluster.close()
        raise BatchError(
            f"cannot reach the Dask scheduler {scheduler} ({exc}); is it running, "
            "and is the address tcp://HOST:8786?"
        ) from None
    try:
        futures = {client.submit(dask_task, job, cfg, timeout, pure=False): job for job in jobs}
        for future in distributed.as_completed(futures):
            job = futures[future]
            try:
                result = future.result()
            except Exception as exc:  # the task itself failed: a worker lost, say
                result = _failure(f"the Dask task failed ({type(exc).__name__}: {exc})")
            yield job, result
    finally:
        client.cancel(list(futures))
        with contextlib.suppress(Exception):
            client.run(close_sandboxes)
        client.close()
        if cluster is not None:
            cluster.close()
