"""Combined tables: every report of a batch folder in one table per kind.

A combined table is the per-report table with, after ``report_id``, the
report's ``report_year`` and ``report_bureau`` (from ``report.meta``; not
``year``, which budget_summary already uses for its budget year).  Tables
without a natural key get a ``seq`` column: the record's 1-based position in
its report.  Rows are sorted by report_id, then record order, so the same
reports always give the same bytes.

``reports`` has one row per input of the batch, failed ones included.

The column specs here (type, unit, key) are the single source for CSV,
Parquet, the Data Package and SQLite.
"""

from __future__ import annotations

import os
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from extract.emit.tables import cell, columns, table_rows
from extract.emit.write import csv_text
from schemas import TABLES, Report

FieldType = Literal["string", "integer", "number", "boolean", "date"]

#: tables whose records have no key of their own; they get a ``seq`` column
ADDED_SEQ = frozenset({"budget_notes", "audit_summary", "stated_totals", "validation", "warnings"})

#: primary key of each combined table (documented in the README)
PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "reports": ("report_id",),
    "organization": ("report_id", "seq"),
    "staffing": ("report_id", "seq"),
    "budget_summary": ("report_id", "seq"),
    "functions": ("report_id", "division", "seq"),
    "policy_goals": ("report_id", "goal_no", "task_no"),
    "projects": ("report_id", "project_id"),
    "project_budgets": ("report_id", "project_id", "seq"),
    "schedules": ("report_id", "project_id", "seq"),
    "budget_items": ("report_id", "seq"),
    "budget_notes": ("report_id", "seq"),
    "audit_summary": ("report_id", "seq"),
    "audit_findings": ("report_id", "no"),
    "stated_totals": ("report_id", "seq"),
    "validation": ("report_id", "seq"),
    "warnings": ("report_id", "seq"),
    "residue": ("report_id", "line"),
}

#: foreign keys beyond ``report_id -> reports``: table -> [(fields, table, fields)]
PROJECT_REF = (("report_id", "project_id"), "projects", ("report_id", "project_id"))
EXTRA_FOREIGN_KEYS: dict[str, list[tuple[tuple[str, ...], str, tuple[str, ...]]]] = {
    "project_budgets": [PROJECT_REF],
    "schedules": [PROJECT_REF],
}

#: outcome of one input of a batch
OUTCOMES = ("ok", "partial", "failed")


@dataclass(frozen=True)
class Column:
    name: str
    kind: FieldType
    unit: str | None = None
    enum: tuple[str, ...] | None = None
    required: bool = False
    #: the pydantic model the column comes from (None for added columns)
    model: type[BaseModel] | None = None


@dataclass(frozen=True)
class ForeignKey:
    fields: tuple[str, ...]
    table: str
    ref_fields: tuple[str, ...]


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


@dataclass
class Table:
    spec: TableSpec
    rows: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Source:
    """What the ``reports`` table needs from the batch manifest about one input."""

    report_id: str
    path: str
    sha256: str | None
    size: int | None
    outcome: str
    reason: str
    tool_version: str


# --- column specs --------------------------------------------------------------------------


def _unit(table: str, name: str) -> str | None:
    if name.endswith("_krw"):
        return "KRW"
    if name.endswith("_pct"):
        return "percent"
    if table == "staffing" and name in ("authorized", "current"):
        return "persons"
    if table == "audit_summary" and name in (
        "total",
        "completed",
        "in_progress",
        "under_review",
        "not_reflected",
    ):
        return "findings"
    return None


def _column(table: str, model: type[BaseModel], name: str) -> Column:
    """A model field -> Column: the type from its annotation, required if not Optional."""
    ann: Any = model.model_fields[name].annotation
    optional = False
    if typing.get_origin(ann) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(ann) if a is not type(None)]
        optional = len(args) < len(typing.get_args(ann))
        ann = args[0] if len(args) == 1 else ann
    enum: tuple[str, ...] | None = None
    kind: FieldType
    if typing.get_origin(ann) is Literal or (
        typing.get_origin(ann) in (typing.Union, types.UnionType)
        and all(typing.get_origin(a) is Literal for a in typing.get_args(ann))
    ):
        literals = [ann] if typing.get_origin(ann) is Literal else list(typing.get_args(ann))
        enum = tuple(str(v) for lit in literals for v in typing.get_args(lit))
        kind = "string"
    elif ann is bool:
        kind = "boolean"
    elif ann is int:
        kind = "integer"
    elif ann is float:
        kind = "number"
    elif ann is date:
        kind = "date"
    else:  # str, and lists (";"-joined in CSV)
        kind = "string"
    # an empty string is a missing value in CSV: only non-text fields can be required
    required = not optional and kind != "string"
    return Column(name, kind, _unit(table, name), enum, required, model)


def _record_spec(name: str, model: type[BaseModel]) -> TableSpec:
    cols = [
        Column("report_id", "string", required=True),
        Column("report_year", "integer"),
        Column("report_bureau", "string"),
    ]
    if name in ADDED_SEQ:
        cols.append(Column("seq", "integer", required=True))
    cols += [_column(name, model, c) for c in columns(model)[1:]]
    cols = [replace(c, required=True) if c.name in PRIMARY_KEYS[name] else c for c in cols]
    fks = [ForeignKey(("report_id",), "reports", ("report_id",))]
    fks += [ForeignKey(f, t, r) for f, t, r in EXTRA_FOREIGN_KEYS.get(name, [])]
    return TableSpec(name, tuple(cols), PRIMARY_KEYS[name], tuple(fks))


REPORTS_SPEC = TableSpec(
    "reports",
    (
        Column("report_id", "string", required=True),
        Column("source_file", "string"),
        Column("format", "string", enum=("text", "pdf")),
        Column("encoding", "string"),
        Column("sha256", "string"),
        Column("size_bytes", "integer", unit="bytes"),
        Column("year", "integer"),
        Column("bureau", "string"),
        Column("title", "string"),
        Column("pages", "integer"),
        Column("lines", "integer"),
        Column("outcome", "string", enum=OUTCOMES, required=True),
        Column("reason", "string"),
        Column("sections_found", "integer"),
        Column("records", "integer"),
        Column("checks", "integer"),
        Column("failed_checks", "integer"),
        Column("warnings", "integer"),
        Column("residue_lines", "integer"),
        Column("tool_version", "string"),
    ),
    PRIMARY_KEYS["reports"],
)

#: every combined table, ``reports`` first (the others refer to it)
SPECS: dict[str, TableSpec] = {
    "reports": REPORTS_SPEC,
    **{name: _record_spec(name, model) for name, model in TABLES.items()},
}


# --- rows ------------------------------------------------------------------------------------


def _record_rows(report: Report) -> dict[str, list[dict[str, Any]]]:
    """The report's records in combined form (report columns added), all of them."""
    out: dict[str, list[dict[str, Any]]] = {}
    extra = {"report_year": report.meta.year, "report_bureau": report.meta.bureau}
    for name, rows in table_rows(report).items():
        combined = []
        for i, row in enumerate(rows, start=1):
            new = {"report_id": row["report_id"], **extra}
            if name in ADDED_SEQ:
                new["seq"] = i
            new.update((k, v) for k, v in row.items() if k != "report_id")
            combined.append(new)
        out[name] = combined
    return out


def _split_duplicates(
    name: str, rows: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows whose primary key was seen before are set apart (first one wins)."""
    key = PRIMARY_KEYS[name]
    seen: set[tuple[Any, ...]] = set()
    kept: list[dict[str, Any]] = []
    dropped: list[dict[str, Any]] = []
    for row in rows:
        k = tuple(row[c] for c in key)
        (dropped if k in seen else kept).append(row)
        seen.add(k)
    return kept, dropped


def duplicate_keys(report: Report) -> list[str]:
    """Records the combined tables leave out because their key repeats an earlier one.

    Keys come from the document (a card number written twice gives two
    projects "1-3"); the combined tables keep the first so their primary keys
    hold, and the per-report outputs keep everything.
    """
    problems = []
    for name, rows in _record_rows(report).items():
        for row in _split_duplicates(name, rows)[1]:
            key = ", ".join(f"{c}={row[c]}" for c in PRIMARY_KEYS[name][1:])
            problems.append(f"{name} ({key}) line {row.get('line_start', row.get('line'))}")
    return problems


def _report_row(source: Source, report: Report | None) -> dict[str, Any]:
    row: dict[str, Any] = {
        "report_id": source.report_id,
        "source_file": source.path,
        "sha256": source.sha256,
        "size_bytes": source.size,
        "outcome": source.outcome,
        "reason": source.reason or None,
        "tool_version": source.tool_version,
    }
    if report is not None:
        failed = sum(1 for c in report.validation if not c.passed)
        row.update(
            format=report.source.format,
            encoding=report.source.encoding,
            year=report.meta.year,
            bureau=report.meta.bureau,
            title=report.meta.title,
            pages=report.source.pages,
            lines=report.source.lines,
            sections_found=sum(1 for s in report.sections if s.found and s.key != "other"),
            records=sum(s.records for s in report.sections),
            checks=len(report.validation),
            failed_checks=failed,
            warnings=len(report.warnings),
            residue_lines=len(report.residue),
        )
    return {c: row.get(c) for c in REPORTS_SPEC.names}


def combine(inputs: Iterable[tuple[Source, Report | None]]) -> dict[str, Table]:
    """One table per kind across all inputs (``Report`` None for a failed input).

    ``inputs`` may be a generator loading one report at a time: only rows are kept.
    """
    tables = {name: Table(spec) for name, spec in SPECS.items()}
    for source, report in inputs:
        tables["reports"].rows.append(_report_row(source, report))
        if report is None:
            continue
        for name, rows in _record_rows(report).items():
            tables[name].rows += _split_duplicates(name, rows)[0]
    for table in tables.values():  # stable: record order is kept within a report
        table.rows.sort(key=lambda row: str(row["report_id"]))
    return tables


# --- files -----------------------------------------------------------------------------------


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``path`` through a hidden temporary file and a rename: never half a file.

    The temporary name (``.NAME.PID.tmp``) is what the next batch run sweeps up
    if this one is killed mid-write.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_csv(out_dir: Path, tables: Mapping[str, Table], excel: bool = False) -> list[Path]:
    """``OUT/<table>.csv`` for every table (``excel``: BOM and inert formula cells)."""
    written = []
    for name, table in tables.items():
        path = out_dir / f"{name}.csv"
        atomic_write(path, csv_text(table.spec.names, table.rows, excel).encode("utf-8"))
        written.append(path)
    return written


def arrow_type(column: Column) -> Any:
    import pyarrow as pa

    return {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
    }[column.kind]


def write_parquet(out_dir: Path, tables: Mapping[str, Table]) -> list[Path]:
    """``OUT/<table>.parquet``: won as int64, dates as date32, lists ";"-joined."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - depends on the install
        raise RuntimeError("Parquet output needs pyarrow: pip install 'bogoseo[parquet]'") from None
    written = []
    for name, table in tables.items():
        schema = pa.schema([pa.field(c.name, arrow_type(c)) for c in table.spec.columns])
        data = {
            c.name: [_arrow_value(c, row.get(c.name)) for row in table.rows]
            for c in table.spec.columns
        }
        path = out_dir / f"{name}.parquet"
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            pq.write_table(pa.Table.from_pydict(data, schema=schema), tmp)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        written.append(path)
    return written


def _arrow_value(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.kind == "string" and not isinstance(value, str):
        return cell(value)  # lists -> ";"-joined, like the CSV
    return value


def table_files(formats: Sequence[str]) -> list[str]:
    """The file names the combined tables take in a batch folder."""
    return [f"{name}.{fmt}" for fmt in formats for name in SPECS]
