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

import contextlib
import os
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from extract.emit.tables import cell, columns, table_rows
from extract.emit.write import csv_body, csv_header, csv_text
from extract.errors import shown
from extract.roles import ROLES
from schemas import DOMAIN_TABLES, TABLES, Report

FieldType = Literal["string", "integer", "number", "boolean", "date"]

#: tables whose records have no key of their own; they get a ``seq`` column
ADDED_SEQ = frozenset(
    {"budget_notes", "audit_summary", "stated_totals", "validation", "warnings", "mentions"}
)

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
    "progress": ("report_id", "project_id", "seq"),
    "budget_items": ("report_id", "seq"),
    "budget_notes": ("report_id", "seq"),
    "audit_summary": ("report_id", "seq"),
    "audit_findings": ("report_id", "no"),
    "stated_totals": ("report_id", "seq"),
    "validation": ("report_id", "seq"),
    "warnings": ("report_id", "seq"),
    "residue": ("report_id", "line"),
    "budget_lines": ("report_id", "seq"),
    "project_funding": ("report_id", "project_id", "seq"),
    "events": ("report_id", "seq"),
    "indicators": ("report_id", "seq"),
    "plan_years": ("report_id", "seq"),
    "outline": ("report_id", "node"),
    "tables": ("report_id", "table_id"),
    "table_cells": ("report_id", "table_id", "row", "col"),
    "mentions": ("report_id", "seq"),
}

#: foreign keys beyond ``report_id -> reports``: table -> [(fields, table, fields)]
PROJECT_REF = (("report_id", "project_id"), "projects", ("report_id", "project_id"))
NODE_REF = (("report_id", "node"), "outline", ("report_id", "node"))
EXTRA_FOREIGN_KEYS: dict[str, list[tuple[tuple[str, ...], str, tuple[str, ...]]]] = {
    "project_budgets": [PROJECT_REF],
    "schedules": [PROJECT_REF],
    "progress": [PROJECT_REF],
    "project_funding": [PROJECT_REF],
    "outline": [(("report_id", "parent"), "outline", ("report_id", "node"))],
    "tables": [NODE_REF, (("report_id", "parent_table"), "tables", ("report_id", "table_id"))],
    "table_cells": [(("report_id", "table_id"), "tables", ("report_id", "table_id"))],
    "mentions": [NODE_REF],
    "indicators": [
        PROJECT_REF, NODE_REF, (("report_id", "table_id"), "tables", ("report_id", "table_id")),
    ],
    "plan_years": [
        PROJECT_REF, NODE_REF, (("report_id", "table_id"), "tables", ("report_id", "table_id")),
    ],
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


def _is_decimal(ann: Any) -> bool:
    """Whether an annotation is a Decimal (an exact number, ``ExactNumber`` too)."""
    if typing.get_origin(ann) is typing.Annotated:
        ann = typing.get_args(ann)[0]
    return ann is Decimal


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
    elif ann is float or _is_decimal(ann):
        kind = "number"  # (a Decimal written in full in CSV: Table Schema's number is exact)
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
        Column("format", "string", enum=("text", "pdf", "hwpx", "hwp")),
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
        Column("content_lines", "integer"),
        Column("domain_lines", "integer"),
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


#: the roles a section of a work report can have (a report has some of them)
KNOWN_SECTIONS: tuple[str, ...] = tuple(ROLES)


def domain_records(report: Report) -> int:
    """How many records of the genre's tables the report gave."""
    return sum(len(getattr(report, t)) for t in DOMAIN_TABLES)


def report_info(report: Report) -> dict[str, Any]:
    """What the ``reports`` table says about a converted report (beside its source)."""
    return {
        "format": report.source.format,
        "encoding": report.source.encoding,
        "year": report.meta.year,
        "bureau": report.meta.bureau,
        "title": report.meta.title,
        "pages": report.source.pages,
        "lines": report.source.lines,
        "sections_found": sum(1 for s in report.sections if s.found and s.key in ROLES),
        "records": domain_records(report),
        "checks": len(report.validation),
        "failed_checks": sum(1 for c in report.validation if not c.passed),
        "warnings": len(report.warnings),
        "residue_lines": len(report.residue),
        "content_lines": report.stats.content_lines if report.stats else None,
        "domain_lines": report.stats.domain_lines if report.stats else None,
    }


def _report_row(source: Source, info: Mapping[str, Any] | None) -> dict[str, Any]:
    row: dict[str, Any] = {
        "report_id": source.report_id,
        "source_file": shown(source.path),
        "sha256": source.sha256,
        "size_bytes": source.size,
        "outcome": source.outcome,
        "reason": source.reason or None,
        "tool_version": source.tool_version,
    }
    if info is not None:
        row.update(info)
    return {c: row.get(c) for c in REPORTS_SPEC.names}


def combine(inputs: Iterable[tuple[Source, Report | None]]) -> dict[str, Table]:
    """One table per kind across all inputs (``Report`` None for a failed input).

    ``inputs`` may be a generator loading one report at a time: only rows are kept.
    """
    tables = {name: Table(spec) for name, spec in SPECS.items()}
    for source, report in inputs:
        info = report_info(report) if report is not None else None
        tables["reports"].rows.append(_report_row(source, info))
        if report is None:
            continue
        for name, rows in _record_rows(report).items():
            tables[name].rows += _split_duplicates(name, rows)[0]
    for table in tables.values():  # stable: record order is kept within a report
        table.rows.sort(key=lambda row: str(row["report_id"]))
    return tables


# --- files -----------------------------------------------------------------------------------


def report_fragments(report: Report, excel: bool = False) -> dict[str, str]:
    """The report's rows of each combined table (not ``reports``) as CSV text without a
    header: a table is its header, then the fragments of its reports by report_id.

    A worker makes these as it converts, so the batch process only joins text.
    """
    return {
        name: csv_body(SPECS[name].names, _split_duplicates(name, rows)[0], excel)
        for name, rows in _record_rows(report).items()
    }


@dataclass(frozen=True)
class Converted:
    """One input of a batch as the combined tables need it: its source, and for a
    converted report its ``reports`` row data and its fragments."""

    source: Source
    info: Mapping[str, Any] | None = None
    fragments: Mapping[str, str] | None = None


def combined_csv(inputs: Sequence[Converted], excel: bool = False) -> dict[str, str]:
    """File name -> text of every combined CSV, from inputs sorted by report_id.

    The same bytes as :func:`write_csv` on :func:`combine` of the same reports.
    """
    ordered = sorted(inputs, key=lambda c: c.source.report_id)
    reports = [_report_row(c.source, c.info) for c in ordered]
    files = {"reports.csv": csv_text(REPORTS_SPEC.names, reports, excel)}
    for name, spec in SPECS.items():
        if name == "reports":
            continue
        body = "".join(c.fragments.get(name, "") for c in ordered if c.fragments is not None)
        files[f"{name}.csv"] = csv_header(spec.names, excel) + body
    return files


class Stage:
    """Files written under hidden temporary names, then renamed into place together.

    If any write fails, :meth:`abort` removes what was written and the files in place
    stay as they were: a dataset is replaced whole or not at all (short of a failing
    rename, which needs no space).  Temporary names are ``.NAME.PID.tmp``, which the
    next batch run sweeps up if this one is killed.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pending: list[tuple[Path, Path]] = []

    def _tmp(self, name: str) -> tuple[Path, Path]:
        final = self.folder / name
        tmp = final.with_name(f".{name}.{os.getpid()}.tmp")
        self.pending.append((tmp, final))
        return tmp, final

    def write(self, name: str, data: bytes) -> Path:
        tmp, final = self._tmp(name)
        write_bytes(tmp, data)
        return final

    def write_with(self, name: str, writer: Callable[[Path], None]) -> Path:
        """Have ``writer`` write the file at the temporary path it is given."""
        tmp, final = self._tmp(name)
        writer(tmp)
        return final

    def commit(self) -> list[Path]:
        done = []
        for tmp, final in self.pending:
            os.replace(tmp, final)
            done.append(final)
        self.pending = []
        return done

    def abort(self) -> None:
        for tmp, _ in self.pending:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
        self.pending = []


def write_bytes(path: Path, data: bytes) -> None:
    """Write a file (the one place the batch's combined outputs are written)."""
    with open(path, "wb") as fh:
        fh.write(data)


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


#: what to run when pyarrow is missing
PARQUET_INSTALL = "pip install 'bogoseo[parquet]'"


def parquet_problem() -> str | None:
    """Why Parquet cannot be written here (pyarrow missing), or None."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError as exc:
        return (
            f"--format parquet needs pyarrow, which cannot be imported ({exc}): {PARQUET_INSTALL}"
        )
    return None


def write_parquet(
    out_dir: Path, tables: Mapping[str, Table], stage: Stage | None = None
) -> list[Path]:
    """``OUT/<table>.parquet``: won as int64, dates as date32, lists ";"-joined.

    With ``stage`` the files are staged (renamed into place by its commit)."""
    problem = parquet_problem()
    if problem:
        raise RuntimeError(problem)
    import pyarrow as pa
    import pyarrow.parquet as pq

    written = []
    for name, table in tables.items():
        schema = pa.schema([pa.field(c.name, arrow_type(c)) for c in table.spec.columns])
        data = {
            c.name: [_arrow_value(c, row.get(c.name)) for row in table.rows]
            for c in table.spec.columns
        }
        arrow_table = pa.Table.from_pydict(data, schema=schema)
        if stage is not None:
            written.append(
                stage.write_with(f"{name}.parquet", partial(pq.write_table, arrow_table))
            )
            continue
        path = out_dir / f"{name}.parquet"
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            pq.write_table(arrow_table, tmp)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        written.append(path)
    return written


def _arrow_value(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.kind == "string":
        # (lists ";"-joined, like the CSV; an empty text is missing, as the CSV's empty
        # cell is, so that every format counts the same values missing)
        return cell(value) or None
    if isinstance(value, Decimal):
        return float(value)  # (float64 in Parquet: exact in CSV and report.json)
    return value


def table_files(formats: Sequence[str]) -> list[str]:
    """The file names the combined tables take in a batch folder."""
    return [f"{name}.{fmt}" for fmt in formats for name in SPECS]
