"""Text pipeline speed against a floor measured in the same run.

    .venv/bin/python bench/bench_text.py [FILE] [--repeat N]

Floor: read the file's bytes, decode them and run one regex over every line
(the least any converter must do).  Pipeline: bogoseo's read -> split ->
parse -> check on the same file, with the name-matching caches cleared
before every run so that repeated runs do not flatter it.  Emitting files is
timed separately.  Prints the median of N runs and the ratio.
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from extract.emit.write import report_files
from extract.link import _pairs, name_key
from extract.pipeline import convert

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "seoul-innovation-bureau-2021.txt"
_ANY_DIGIT = re.compile(r"\d")


def floor(path: Path) -> int:
    text = path.read_bytes().decode("utf-8", errors="replace")
    return sum(1 for line in text.splitlines() if _ANY_DIGIT.search(line))


def pipeline(path: Path) -> object:
    _pairs.cache_clear()
    name_key.cache_clear()
    return convert(path)


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm up imports and compiled patterns
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    path: Path = args.file
    lines = len(path.read_bytes().splitlines())
    report = convert(path)
    base = median_ms(lambda: floor(path), args.repeat)
    full = median_ms(lambda: pipeline(path), args.repeat)
    with tempfile.TemporaryDirectory():
        emit = median_ms(lambda: report_files(report), args.repeat)
    print(f"file: {path.name} ({lines} lines, {path.stat().st_size:,} bytes)")
    print(f"floor (read + decode + one regex pass): {base:8.2f} ms")
    print(f"bogoseo read -> split -> parse -> check: {full:8.2f} ms   ratio {full / base:5.1f}x")
    print(f"emit report.json + CSVs (in memory):    {emit:8.2f} ms")
    print(f"lines per second through the pipeline:  {lines / full * 1000:,.0f}")


if __name__ == "__main__":
    main()
