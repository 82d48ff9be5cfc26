"""Report -> tidy rows, one list per table, ready for CSV, Parquet or SQLite.

Every table starts with ``report_id``; then the record's fields in model
order, provenance last.  Lists become ";"-joined cells, dates ISO strings,
booleans true/false; ``Project.blocks`` stays in report.json only.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from schemas import TABLES, Report

PROVENANCE = ("line_start", "line_end", "page_start", "page_end")
#: fields that are nested structures, kept in report.json only
JSON_ONLY = frozenset({"blocks", "fields"})


def columns(model: type[BaseModel]) -> list[str]:
    """The CSV columns of a table model."""
    names = [f for f in model.model_fields if f not in JSON_ONLY]
    data = [f for f in names if f not in PROVENANCE]
    return ["report_id", *data, *(f for f in PROVENANCE if f in names)]


def cell(value: Any) -> str:
    """One CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:f}"  # (an exact number in full: 12500000, 0.455; no exponent)
    if isinstance(value, list | tuple):
        return ";".join(cell(v) for v in value)
    return str(value)


def table_rows(report: Report) -> dict[str, list[dict[str, Any]]]:
    """Each table of ``report`` as rows of typed values (None for empty)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name, model in TABLES.items():
        cols = columns(model)
        rows = []
        for record in getattr(report, name):
            values = {k: getattr(record, k) for k in cols[1:]}
            rows.append({"report_id": report.report_id, **values})
        out[name] = rows
    return out
