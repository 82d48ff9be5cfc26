"""PDF speed: bogoseo against bare text extraction, measured in the same run.

    .venv/bin/python bench/bench_pdf.py [FILE] [--repeat N]

Measures, on one PDF (the test PDF by default), in pages per second:

* bogoseo's whole PDF pipeline: ``extract.pipeline.convert`` (read -> split -> parse ->
  check; no files written);
* bogoseo's reader alone: ``read_pdf`` with its default engine, and with the
  "pdfplumber" engine (pdfplumber's ``page.chars``/``edges``/``images``, the reference
  the default engine must equal);
* pdfplumber's bare ``page.extract_text()`` over all pages (opening included);
* pypdfium2's text extraction (``get_textpage().get_text_range()``, opening included).

The measures are taken in rounds (one of each per round, so a busy machine slows all
of them alike, with a garbage collection before each) and the median of N rounds is
printed, then the ratios.  Last, how many
of the space characters drawn on the pages pdfium's text page keeps (why bogoseo does
not read through pdfium: see README, "Reading PDFs").  Run by hand, never in tests.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extract.pipeline import convert
from extract.read.pdf import glyphs_of, page_objects, read_pdf

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "seoul-innovation-bureau-2021.pdf"


def bogoseo_convert(path: Path) -> object:
    return convert(path)


def bogoseo_read(path: Path) -> object:
    return read_pdf(path.read_bytes(), path.name)


def bogoseo_read_plumber(path: Path) -> object:
    return read_pdf(path.read_bytes(), path.name, engine="pdfplumber")


def pdfplumber_text(path: Path) -> object:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() for page in pdf.pages]


def pdfium_text(path: Path) -> object:
    doc = pdfium.PdfDocument(path.read_bytes())
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


MEASURES: dict[str, Callable[[Path], object]] = {
    "bogoseo convert (whole pipeline)": bogoseo_convert,
    "bogoseo read_pdf (default engine)": bogoseo_read,
    "bogoseo read_pdf (pdfplumber engine)": bogoseo_read_plumber,
    "pdfplumber extract_text": pdfplumber_text,
    "pypdfium2 get_text_range": pdfium_text,
}


def spaces_kept_by_pdfium(path: Path) -> tuple[int, int]:
    """(space characters pdfium's text page keeps as drawn, space characters drawn)."""
    drawn = kept = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            glyphs = glyphs_of(page_objects(pdf, page).chars)  # bold drawn once
            drawn += sum(1 for g in glyphs if g.text == " ")
    doc = pdfium.PdfDocument(path.read_bytes())
    try:
        for i in range(len(doc)):
            textpage = doc[i].get_textpage()
            raw = textpage.raw
            kept += sum(
                1
                for n in range(textpage.count_chars())
                if pdfium_c.FPDFText_GetUnicode(raw, n) == 32
                and not pdfium_c.FPDFText_IsGenerated(raw, n)
            )
    finally:
        doc.close()
    return kept, drawn


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--repeat", type=int, default=5, help="rounds (default 5)")
    args = parser.parse_args()
    path: Path = args.file
    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
    for fn in MEASURES.values():  # warm up imports, fonts and compiled patterns
        fn(path)
    times: dict[str, list[float]] = {name: [] for name in MEASURES}
    for _ in range(args.repeat):
        for name, fn in MEASURES.items():
            gc.collect()  # the garbage of the measure before is not this one's to collect
            start = time.perf_counter()
            fn(path)
            times[name].append(time.perf_counter() - start)
    rate = {name: pages / statistics.median(t) for name, t in times.items()}
    print(f"file: {path.name} ({pages} pages), median of {args.repeat} rounds")
    for name, r in rate.items():
        print(f"  {name:38} {r:8.1f} pages/s")
    plumber = rate["pdfplumber extract_text"]
    print("ratios (pages/s over pdfplumber extract_text):")
    for label, name in (
        ("bogoseo convert / pdfplumber", "bogoseo convert (whole pipeline)"),
        ("bogoseo read_pdf / pdfplumber", "bogoseo read_pdf (default engine)"),
        ("pypdfium2 / pdfplumber", "pypdfium2 get_text_range"),
    ):
        print(f"  {label:32} {rate[name] / plumber:6.2f}")
    kept, drawn = spaces_kept_by_pdfium(path)
    print(f"space characters drawn: {drawn}; kept as drawn by pdfium's text page: {kept}")


if __name__ == "__main__":
    main()
