"""Convert every file of ../shared/realworld and say what came out of each (`make corpus`).

Per file: outcome, the roles found, tables and cells, prose mentions, the
share of content lines left as residue, records per domain table, checks
passed/failed, and seconds; for PDFs also pdfplumber's ``extract_text``
seconds on the same file in the same run and the ratio.  A line of totals
ends it.  Nothing here is a test: it is how the project measures itself on
documents it did not write.

    python bench/corpus.py [--no-baseline] [FOLDER]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.errors import BogoseoError  # noqa: E402
from extract.pipeline import convert  # noqa: E402

REALWORLD = ROOT.parent / "shared" / "realworld"
SUFFIXES = (".pdf", ".hwpx", ".hwp", ".txt")
DOMAIN = (
    "organization", "staffing", "budget_summary", "budget_lines", "functions", "policy_goals",
    "projects", "project_funding", "schedules", "progress", "events", "indicators",
    "plan_years", "budget_items", "audit_findings",
)  # fmt: skip


def plumber_seconds(path: Path) -> float:
    """pdfplumber ``extract_text`` on every page: the baseline the PDF path is measured by."""
    import pdfplumber

    gc.collect()  # each side starts from a collected heap: neither pays for the other's garbage
    start = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(REALWORLD))
    parser.add_argument("--no-baseline", action="store_true", help="skip pdfplumber's timing")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"{folder}: not here (the corpus lives in ../shared/realworld)", file=sys.stderr)
        return 2
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in SUFFIXES)
    totals = {"files": 0, "ok": 0, "partial": 0, "refused": 0, "tables": 0, "cells": 0,
              "mentions": 0, "content": 0, "residue": 0, "records": 0, "passed": 0,
              "failed": 0, "seconds": 0.0, "baseline": 0.0}  # fmt: skip
    for path in files:
        name = str(path.relative_to(folder))
        totals["files"] += 1
        gc.collect()
        start = time.perf_counter()
        try:
            report = convert(path)
        except BogoseoError as exc:
            totals["refused"] += 1
            print(f"{name}: refused: {exc.reason}")
            continue
        seconds = time.perf_counter() - start
        totals["seconds"] += seconds
        stats = report.stats
        content = stats.content_lines if stats else 0
        residue = stats.residue_lines if stats else len(report.residue)
        share = residue / content if content else 0.0
        partial = bool(report.warnings or report.residue)
        totals["partial" if partial else "ok"] += 1
        roles = [s.key for s in report.sections if s.found and s.key != "other"]
        records = {t: len(getattr(report, t, [])) for t in DOMAIN}
        passed = sum(1 for c in report.validation if c.passed)
        failed = len(report.validation) - passed
        for key, value in (("tables", len(report.tables)), ("cells", len(report.table_cells)),
                           ("mentions", len(report.mentions)), ("content", content),
                           ("residue", residue), ("records", sum(records.values())),
                           ("passed", passed), ("failed", failed)):  # fmt: skip
            totals[key] += value
        timing = f"{seconds:.2f}s"
        if path.suffix.lower() == ".pdf" and not args.no_baseline:
            base = plumber_seconds(path)
            totals["baseline"] += base
            timing += f" (pdfplumber {base:.2f}s, {base / seconds:.1f}x)"
        print(
            f"{name}: {'partial' if partial else 'ok'}; roles {len(roles)} ({', '.join(roles)}); "
            f"{len(report.tables)} tables, {len(report.table_cells)} cells, "
            f"{len(report.mentions)} mentions; residue {residue}/{content} ({share:.1%}); "
            f"records {' '.join(f'{k}={v}' for k, v in records.items() if v)}; "
            f"checks {passed} passed / {failed} failed; warnings {len(report.warnings)}; {timing}"
        )
    share = totals["residue"] / totals["content"] if totals["content"] else 0.0
    ratio = (
        f", pdfplumber {totals['baseline']:.1f}s on the PDFs"
        if totals["baseline"] else ""
    )  # fmt: skip
    print(
        f"TOTAL {totals['files']} files: {totals['ok']} ok, {totals['partial']} partial, "
        f"{totals['refused']} refused; {totals['tables']} tables, {totals['cells']} cells, "
        f"{totals['mentions']} mentions; residue {totals['residue']}/{totals['content']} "
        f"({share:.1%}); {totals['records']} records; checks {totals['passed']} passed / "
        f"{totals['failed']} failed; {totals['seconds']:.1f}s{ratio}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
