"""Batch throughput: reports per second at --jobs 1 and --jobs 2, and the fixed costs.

    .venv/bin/python bench/bench_batch.py                 # 80 text + 4 PDF copies of the sample
    .venv/bin/python bench/bench_batch.py --text 25 --pdf 0 --repeat 5

Run by hand, never in tests: the numbers depend on the machine.  Both
settings convert the same copies of the sample on the same machine, taking
turns, into fresh folders (the combined tables included); the best of
``--repeat`` runs each is kept.  In the same run a calibration says how much
two CPU-bound processes gain on this machine at the moment (measured before
and after: another job running lowers every figure), so the speed-up at
--jobs 2 is read against it.  Then the fixed costs of the command line: one
small report end to end, and a re-run in which nothing changed.  Peak memory
per worker is the largest resident set of any worker process (ru_maxrss of
the waited-for children).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this tree's bogoseo, not whichever one is installed

from extract.batch import convert_batch  # noqa: E402
from extract.batch_types import BatchOptions  # noqa: E402

SAMPLE = ROOT / "samples" / "seoul-innovation-bureau-2021.txt"
SAMPLE_PDF = ROOT / "tests" / "fixtures" / "seoul-innovation-bureau-2021.pdf"


def make_inputs(folder: Path, texts: int, pdfs: int) -> list[Path]:
    folder.mkdir(parents=True)
    for i in range(texts):
        shutil.copy(SAMPLE, folder / f"report-{i:04d}.txt")
    for i in range(pdfs):
        shutil.copy(SAMPLE_PDF, folder / f"scan-{i:04d}.pdf")
    return sorted(folder.iterdir())


def peak_child_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return kb / 1024 if sys.platform.startswith("linux") else kb / 2**20  # macOS: bytes


def cpu_seconds() -> tuple[float, float]:
    """CPU time (user + system) of this process and of its waited-for children so far."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def run(files: list[Path], root: Path, settings: tuple[int, ...], repeat: int) -> list[float]:
    """Reports per second at each ``--jobs`` setting: the best of ``repeat`` fresh runs.

    The settings take turns (1, 2, 1, 2, ...) so a change in the machine's
    other load weighs on both alike.  Also prints where the CPU time of a
    ``--jobs 1`` run goes: the batch process (serial) and its workers, and the
    speed-up two jobs would reach on two idle CPUs if only that serial part
    stayed serial (Amdahl's bound; it holds on a busy machine too).
    """
    best = dict.fromkeys(settings, float("inf"))
    serial = parallel = float("inf")
    for i in range(repeat):
        for jobs in settings:
            me0, kids0 = cpu_seconds()
            start = time.perf_counter()
            result = convert_batch(files, root / f"jobs{jobs}-{i}", BatchOptions(jobs=jobs))
            best[jobs] = min(best[jobs], time.perf_counter() - start)
            me1, kids1 = cpu_seconds()
            if jobs == 1:
                serial, parallel = min(serial, me1 - me0), min(parallel, kids1 - kids0)
            assert result.count("failed") == 0, [e.reason for e in result.entries if e.reason]
    rates = []
    for jobs, seconds in best.items():
        rates.append(len(files) / seconds)
        print(f"--jobs {jobs}: {len(files)} reports in {seconds:.2f} s = {rates[-1]:.1f} reports/s")
    bound = (serial + parallel) / (serial + parallel / 2)
    print(
        f"CPU time at --jobs 1: batch process {serial:.2f} s, workers {parallel:.2f} s; "
        f"on two idle CPUs --jobs 2 could reach {bound:.2f}x"
    )
    return rates


def _burn(n: int) -> int:
    return sum(i * i for i in range(n))


def calibrate() -> float:
    """How much faster two CPU-bound processes are than one right now (other load lowers it)."""
    import multiprocessing

    n = 4_000_000
    start = time.perf_counter()
    _burn(n), _burn(n)
    serial = time.perf_counter() - start
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_burn, [1000, 1000])  # start-up out of the measure
        start = time.perf_counter()
        pool.map(_burn, [n, n])
        parallel = time.perf_counter() - start
    return serial / parallel


def cli_seconds(args: list[str], repeat: int) -> float:
    """Wall time of ``python -m extract ARGS`` (best of ``repeat``), as a person sees it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "extract", *args], capture_output=True, env=env, cwd=ROOT
        )
        best = min(best, time.perf_counter() - start)
        assert proc.returncode == 0, proc.stderr
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", type=int, default=80, help="copies of the text sample")
    parser.add_argument("--pdf", type=int, default=4, help="copies of the PDF sample")
    parser.add_argument("--repeat", type=int, default=3, help="runs per setting; best kept")
    args = parser.parse_args()
    before = calibrate()
    print(f"{os.cpu_count()} CPUs; 2 CPU-bound processes run {before:.2f}x as fast as 1 now")
    with tempfile.TemporaryDirectory(prefix="bogoseo-bench-") as tmp:
        root = Path(tmp)
        files = make_inputs(root / "in", args.text, args.pdf)
        print(f"{args.text} text + {args.pdf} PDF copies of the sample")
        one, two = run(files, root, (1, 2), args.repeat)
        after = calibrate()
        single = root / "single.txt"
        shutil.copy(SAMPLE, single)
        first = cli_seconds(["convert", str(single), "--out", str(root / "cli")], 1)
        fresh = min(
            cli_seconds(["convert", str(single), "--out", str(root / f"cli{i}")], 1)
            for i in range(args.repeat)
        )
        rerun = cli_seconds(["convert", str(single), "--out", str(root / "cli")], args.repeat)
    baseline = min(before, after)
    print(
        f"speed-up at --jobs 2: {two / one:.2f}x "
        f"(two CPU-bound processes: {before:.2f}x before, {after:.2f}x after; "
        f"{two / one / max(baseline, 1e-9):.0%} of the lower)"
    )
    print(f"one small report end to end (bogoseo convert): {fresh:.2f} s (first run {first:.2f} s)")
    print(f"the same command again, nothing changed: {rerun:.2f} s")
    print(f"peak memory per worker (largest ru_maxrss of a worker): {peak_child_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
