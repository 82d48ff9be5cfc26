"""Combined tables -> an SQLite database with primary keys, foreign keys and indexes.

Loading is idempotent: inside one transaction, the rows of every report
being loaded are deleted from every table, then inserted again.  Loading the
same folder twice gives the same database; loading another folder adds its
reports.  Ready for ``datasette reports.sqlite`` or any SQL client.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from extract.emit.combined import Table, TableSpec
from extract.emit.tables import cell

SQL_TYPES = {
    "string": "TEXT",
    "integer": "INTEGER",
    "number": "REAL",
    "boolean": "INTEGER",  # 0/1
    "date": "TEXT",  # ISO 8601, as SQLite's date functions expect
}

#: columns that get an index of their own where a table has them (report_id leads every key)
INDEXED = (
    "project_id",
    "table_id",
    "node",
    "role",
    "kind",
    "side",
    "account",
    "division",
    "report_year",
    "report_bureau",
    "year",
    "bureau",
    "outcome",
    "category",
    "status",
    "check",
    "code",
)


class LoadError(Exception):
    """The database cannot take these tables; the message says how to fix it."""


@dataclass(frozen=True)
class LoadResult:
    reports: int
    #: rows of each table inserted by this load
    inserted: dict[str, int]
    #: rows of each table in the database afterwards
    total: dict[str, int]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_statements(spec: TableSpec) -> list[str]:
    """CREATE TABLE (with keys) and CREATE INDEX statements for one table."""
    cols = []
    for c in spec.columns:
        null = " NOT NULL" if c.required or c.name in spec.primary_key else ""
        cols.append(f"{_q(c.name)} {SQL_TYPES[c.kind]}{null}")
    cols.append(f"PRIMARY KEY ({', '.join(map(_q, spec.primary_key))})")
    for fk in spec.foreign_keys:
        cols.append(
            f"FOREIGN KEY ({', '.join(map(_q, fk.fields))}) "
            f"REFERENCES {_q(fk.table)} ({', '.join(map(_q, fk.ref_fields))})"
        )
    body = ",\n  ".join(cols)
    out = [f"CREATE TABLE IF NOT EXISTS {_q(spec.name)} (\n  {body}\n)"]
    names = spec.names
    for col in INDEXED:
        # a key that starts with the column already serves as its index
        if col in names and spec.primary_key[0] != col:
            out.append(
                f"CREATE INDEX IF NOT EXISTS {_q(f'ix_{spec.name}_{col}')} "
                f"ON {_q(spec.name)} ({_q(col)})"
            )
    return out


def _check_columns(con: sqlite3.Connection, spec: TableSpec, db: Path) -> None:
    have = [row[1] for row in con.execute(f"PRAGMA table_info({_q(spec.name)})")]
    if have and have != spec.names:
        raise LoadError(
            f"{db}: table {spec.name} has other columns than this bogoseo writes "
            "(made by another version?); load into a new database file or delete this one"
        )


def _sql_value(value: Any) -> Any:
    if value is None or isinstance(value, int | float):
        return int(value) if isinstance(value, bool) else value
    if isinstance(value, Decimal):
        return float(value)  # (REAL, as the column is: exact in CSV and report.json)
    # (dates -> ISO, lists -> ";"-joined; an empty text is NULL, as the CSV's empty cell
    # is missing)
    return cell(value) or None


def _check_same_reports(con: sqlite3.Connection, reports: Table, db: Path) -> None:
    """A report is loaded again in its own place only: one of the same report_id made
    from another file (another folder's "2025년 주요업무계획.pdf") is refused, not
    replaced."""
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'reports'").fetchone() is None:
        return
    for row in reports.rows:
        had = con.execute(
            "SELECT source_file, sha256 FROM reports WHERE report_id = ?", (row["report_id"],)
        ).fetchone()
        if had is not None and had[0] != row.get("source_file") and had[1] != row.get("sha256"):
            raise LoadError(
                f"{db}: report_id {row['report_id']} is already another report's ({had[0]}, "
                f"not {row.get('source_file')}); the database was left unchanged: load such "
                "folders into databases of their own, or give the files names of their own"
            )


def load(db: str | Path, tables: Mapping[str, Table]) -> LoadResult:
    """Load combined tables (``extract.emit.combined.Table``) into the database ``db``.

    ``tables`` must hold ``reports`` and be ordered parents first (as
    :data:`extract.emit.combined.SPECS` is).  All or nothing.
    """
    db = Path(db)
    if not db.parent.is_dir():
        raise LoadError(f"{db}: the folder {db.parent} does not exist; create it first")
    report_ids = [(row["report_id"],) for row in tables["reports"].rows]
    # autocommit mode and explicit BEGIN: sqlite3 would otherwise commit each CREATE at once
    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        for table in tables.values():
            _check_columns(con, table.spec, db)
        _check_same_reports(con, tables["reports"], db)
        inserted: dict[str, int] = {}
        con.execute("BEGIN")
        try:
            for table in tables.values():
                for stmt in create_statements(table.spec):
                    con.execute(stmt)
            for table in reversed(list(tables.values())):  # children before parents
                con.executemany(
                    f"DELETE FROM {_q(table.spec.name)} WHERE report_id = ?", report_ids
                )
            for name, table in tables.items():
                names = table.spec.names
                sql = (
                    f"INSERT INTO {_q(name)} ({', '.join(map(_q, names))}) "
                    f"VALUES ({', '.join('?' for _ in names)})"
                )
                con.executemany(
                    sql, ([_sql_value(row.get(c)) for c in names] for row in table.rows)
                )
                inserted[name] = len(table.rows)
            broken = con.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise LoadError(
                    f"{db}: {len(broken)} rows refer to missing rows (first: table "
                    f"{broken[0][0]} -> {broken[0][2]}); the database was left unchanged"
                )
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
        total = {
            name: con.execute(f"SELECT count(*) FROM {_q(name)}").fetchone()[0] for name in tables
        }
    except sqlite3.DatabaseError as exc:
        raise LoadError(f"{db}: {exc}; is it an SQLite database written by bogoseo?") from None
    finally:
        con.close()
    return LoadResult(len(report_ids), inserted, total)
