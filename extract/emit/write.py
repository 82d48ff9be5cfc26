"""Write one report's outputs: ``DIR/<report_id>/report.json`` and a CSV per table.

Files are written into a temporary folder next to the target and moved into
place at the end, so an interrupted run leaves either the old outputs or the
new ones, never half of them.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from extract.emit.tables import cell, columns, table_rows
from extract.errors import OutputError, shown
from schemas import TABLES, Report

#: first characters that make a spreadsheet treat a cell as a formula
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _number_like(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def excel_cell(text: str) -> str:
    """Make a cell inert for spreadsheets: a text cell starting like a formula gets a ``'``."""
    if text.startswith(FORMULA_START) and not _number_like(text):
        return "'" + text
    return text


def csv_text(cols: Sequence[str], rows: Sequence[dict[str, Any]], excel: bool = False) -> str:
    """A CSV document (RFC 4180, ``\\n`` line ends); ``excel`` adds a BOM and inert cells."""
    return csv_header(cols, excel) + csv_body(cols, rows, excel)


def csv_header(cols: Sequence[str], excel: bool = False) -> str:
    """The first line of a CSV document (after a BOM with ``excel``)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(cols)
    return ("\ufeff" if excel else "") + buf.getvalue()


def csv_body(cols: Sequence[str], rows: Sequence[dict[str, Any]], excel: bool = False) -> str:
    """The rows of a CSV document, without its header: bodies of the same columns concatenate."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in rows:
        cells = [cell(row.get(c)) for c in cols]
        writer.writerow([excel_cell(c) for c in cells] if excel else cells)
    return buf.getvalue()


def report_files(report: Report, excel: bool = False) -> dict[str, str]:
    """File name -> content for one report."""
    name = report.source.file
    if not is_utf8(name):  # a file name with bytes that are not UTF-8: its readable form
        report = report.model_copy(
            update={"source": report.source.model_copy(update={"file": shown(name)})}
        )
    files = {"report.json": report.model_dump_json(indent=2) + "\n"}
    rows = table_rows(report)
    for name, model in TABLES.items():
        files[f"{name}.csv"] = csv_text(columns(model), rows[name], excel)
    return files


def is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def hidden_name(target: Path, suffix: str) -> str:
    """A hidden temporary name beside ``target`` (``.NAME.<suffix>``), short enough for
    any file system: a long name is cut (the suffix is unique on its own)."""
    stem = target.name
    while len(f".{stem}.{suffix}".encode(errors="surrogateescape")) > 250:
        stem = stem[: len(stem) // 2]
    return f".{stem}.{suffix}"


def write_files(target: Path, files: dict[str, str]) -> Path:
    """Write ``files`` into folder ``target`` atomically (all or nothing)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # mkdtemp adds 8 characters and the suffix to the prefix
        prefix = hidden_name(target, "12345678.tmp")[: -len("12345678.tmp")]
        tmp = Path(tempfile.mkdtemp(prefix=prefix, suffix=".tmp", dir=target.parent))
    except OSError as exc:
        raise OutputError(
            f"cannot write to {shown(target.parent)}: {exc.strerror or exc}"
        ) from None
    old: Path | None = None
    try:
        # mkdtemp makes the folder private (0700); outputs are shared like any folder
        tmp.chmod(0o755)
        for name, content in files.items():
            (tmp / name).write_text(content, encoding="utf-8", newline="")
        if target.exists():
            old = target.with_name(hidden_name(target, f"{os.getpid()}.old"))
            os.replace(target, old)
        os.replace(tmp, target)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and not target.exists():
            os.replace(old, target)  # put the previous output back
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {shown(target)}: {exc.strerror or exc}") from None
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return target


def write_report(report: Report, out_dir: str | Path, excel: bool = False) -> Path:
    """Write ``report`` under ``out_dir/<report_id>/``; returns that folder."""
    return write_files(Path(out_dir) / report.report_id, report_files(report, excel))
