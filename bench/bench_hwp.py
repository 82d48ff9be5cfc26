"""HWPX/HWP speed beside the PDF path's, measured in the same run.

    .venv/bin/python bench/bench_hwp.py [--repeat N] [--pdf FILE]

On the moel report (``../shared/realworld/hwp/moel_2025_report.hwpx`` and ``.hwp``,
the same 고용노동부 업무보고 in both formats) prints seconds per report for

* the reader alone (``extract.read.read_bytes``), and
* the whole pipeline (``extract.pipeline.convert``: read, split, parse, check),

and beside them the PDF path's seconds per page (and per report) on a PDF work report
of similar size (by default the 21-page 부산 신공항추진본부 plan, about as much text as
the moel report).  Last, the standard library's ElementTree (what the reader uses)
against lxml: the time to parse each HWPX section, and ``read_hwpx`` with either parser
(lxml parses faster but its elements are slower to walk; see README, "Reading HWP and
HWPX").

The measures are taken in rounds (one of each per round, a garbage collection before
each) and the median of N rounds is printed.  Skips, saying so, when
``../shared/realworld`` is absent.  Run by hand, never in tests.
"""

from __future__ import annotations

import argparse
import gc
import io
import statistics
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # python-hwpx's (a dev dependency)

import extract.read.hwpx as hwpx_reader
from extract.pipeline import convert
from extract.read import read_bytes

ROOT = Path(__file__).resolve().parent.parent
REALWORLD = ROOT.parent / "shared" / "realworld"
MOEL = REALWORLD / "hwp" / "moel_2025_report"
PDF = REALWORLD / "busan" / "2025년 신공항추진본부 주요업무계획.pdf"
DAEJEON = REALWORLD / "hwp" / "daejeon_edu_2026_plan.hwpx"


def timed(fn: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def rounds(measures: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Median seconds of each measure over ``repeat`` interleaved rounds."""
    times: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(repeat):
        for name, fn in measures.items():
            times[name].append(timed(fn))
    return {name: statistics.median(ts) for name, ts in times.items()}


LXML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def lxml_fromstring(data: bytes) -> Any:
    return etree.fromstring(data, LXML)


def read_with_lxml(data: bytes) -> object:
    """``read_hwpx`` with lxml parsing the XML (the walk is the same code)."""
    original = hwpx_reader.ET.fromstring
    hwpx_reader.ET.fromstring = lxml_fromstring  # type: ignore[assignment]
    try:
        return hwpx_reader.read_hwpx(data, "x")
    finally:
        hwpx_reader.ET.fromstring = original


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--pdf", type=Path, default=PDF)
    args = ap.parse_args()
    files = [MOEL.with_suffix(".hwpx"), MOEL.with_suffix(".hwp"), args.pdf]
    missing = [f for f in files if not f.is_file()]
    if missing:
        print(f"skipped: {', '.join(map(str, missing))} not found (../shared/realworld)")
        return 0
    hwpx_path, _, pdf_path = files
    pdf_doc = read_bytes(pdf_path.read_bytes(), pdf_path.name)
    pages = pdf_doc.pages or 1
    data = {f: f.read_bytes() for f in files}
    measures: dict[str, Callable[[], object]] = {}
    for f in files:
        measures[f"read {f.suffix}"] = lambda f=f: read_bytes(data[f], f.name)  # type: ignore[misc]
        measures[f"convert {f.suffix}"] = lambda f=f: convert(f)  # type: ignore[misc]
    med = rounds(measures, args.repeat)

    print(f"median of {args.repeat} rounds, one run")
    print(f"moel report: {len(read_bytes(data[hwpx_path], 'm').lines)} lines; "
          f"PDF: {pdf_path.name}, {pages} pages, {len(pdf_doc.lines)} lines")  # fmt: skip
    print(f"{'':34} {'s / report':>11} {'s / page':>9}")
    for stage in ("read", "convert"):
        for f in files:
            sec = med[f"{stage} {f.suffix}"]
            per_page = f"{sec / pages:9.4f}" if f is pdf_path else f"{'':>9}"
            print(f"{stage + ' ' + f.suffix + ' (' + f.stem[:14] + ')':34} {sec:11.4f} {per_page}")
    for stage in ("read", "convert"):
        pdf_sec = med[f"{stage} .pdf"]
        for suffix in (".hwpx", ".hwp"):
            print(
                f"{stage} {suffix}: one report in the time of "
                f"{med[f'{stage} {suffix}'] / (pdf_sec / pages):.1f} PDF pages "
                f"({pdf_sec / med[f'{stage} {suffix}']:.1f}x faster than the PDF report)"
            )

    print("\nlxml against xml.etree.ElementTree (HWPX):")
    for path in (hwpx_path, DAEJEON):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            section = zf.read("Contents/section0.xml")
        m = rounds(
            {
                "parse lxml": lambda s=section: lxml_fromstring(s),
                "parse etree": lambda s=section: ET.fromstring(s),
                "read lxml": lambda r=raw: read_with_lxml(r),
                "read etree": lambda r=raw: hwpx_reader.read_hwpx(r, "x"),
            },
            args.repeat,
        )
        print(
            f"  {path.name} ({len(section) / 2**20:.1f} MB of XML): parse "
            f"lxml {m['parse lxml'] * 1000:.1f} ms, etree {m['parse etree'] * 1000:.1f} ms; "
            f"read_hwpx lxml {m['read lxml'] * 1000:.1f} ms, etree {m['read etree'] * 1000:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
