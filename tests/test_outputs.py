"""Outputs for data teams: Data Package, Parquet, SQLite, Excel-safe CSV, keys."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from extract.batch import convert_batch, dataset_tables, summarize
from extract.batch_types import BatchOptions
from extract.emit.combined import PRIMARY_KEYS, SPECS, Source, combine, duplicate_keys
from extract.emit.datapackage import package
from extract.emit.sqlite import LoadError, load
from schemas import Report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "seoul-innovation-bureau-2021.txt"
#: lines a spreadsheet would run as formulas; the parsers leave them as residue
FORMULAS = ["=1+2 메모", "@참고 사항"]


def make_inputs(folder: Path) -> list[Path]:
    folder.mkdir(parents=True)
    lines = SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    (folder / "formula.txt").write_text(
        "".join(lines[:130] + [f"{f}\n" for f in FORMULAS] + lines[130:]), encoding="utf-8"
    )
    shutil.copy(SAMPLE, folder / "seoul.txt")
    (folder / "empty.txt").write_bytes(b"")
    return sorted(folder.iterdir())


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dataset")
    out = root / "out"
    convert_batch(make_inputs(root / "in"), out, BatchOptions(jobs=2, formats=("csv", "parquet")))
    return out


@pytest.fixture(scope="module")
def excel_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("excel")
    out = root / "out"
    convert_batch(make_inputs(root / "in"), out, BatchOptions(jobs=2, excel=True))
    return out


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


# --- Data Package ---------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["dataset", "excel_dataset"])
def test_datapackage_is_valid(which: str, request: pytest.FixtureRequest) -> None:
    frictionless = pytest.importorskip("frictionless")
    folder: Path = request.getfixturevalue(which)
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "type", "note"])[:5]


def test_frictionless_sees_a_broken_key(dataset: Path, tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    copy = tmp_path / "copy"
    shutil.copytree(dataset, copy)
    with open(copy / "schedules.csv", "a", encoding="utf-8") as fh:
        fh.write("no-such-report,2021,x,9-9,1,task,raw,,,,false,1,1,,\n")
    report = frictionless.validate(str(copy / "datapackage.json"))
    assert not report.valid
    assert {e[0] for e in report.flatten(["type"])} == {"foreign-key"}


def test_every_field_is_described_in_korean_and_english() -> None:
    import regex

    for resource in package()["resources"]:
        for f in resource["schema"]["fields"]:
            where = f"{resource['name']}.{f['name']}"
            assert regex.search(r"\p{Hangul}", f["description"]), where
            assert regex.search(r"[A-Za-z]{2,}", f["description"]), where
            assert regex.search(r"\p{Hangul}", f["title"]), where


def test_field_types_units_and_keys() -> None:
    resources = {r["name"]: r for r in package()["resources"]}
    assert list(resources) == list(SPECS)
    fields = {(name, f["name"]): f for name, r in resources.items() for f in r["schema"]["fields"]}
    krw = [f for (_, col), f in fields.items() if col.endswith("_krw")]
    assert len(krw) > 10
    assert all(f["type"] == "integer" and f["unit"] == "KRW" for f in krw)
    assert fields[("budget_summary", "change_pct")]["type"] == "number"
    assert fields[("schedules", "start")]["type"] == "date"
    assert fields[("validation", "passed")]["type"] == "boolean"
    assert fields[("staffing", "current")]["unit"] == "persons"
    assert fields[("projects", "line_start")]["type"] == "integer"
    assert fields[("reports", "outcome")]["constraints"]["enum"] == ["ok", "partial", "failed"]
    assert resources["projects"]["schema"]["primaryKey"] == ["report_id", "project_id"]
    assert resources["validation"]["schema"]["primaryKey"] == ["report_id", "seq"]
    for name, r in resources.items():
        keys = r["schema"].get("foreignKeys", [])
        if name == "reports":
            assert keys == []
            continue
        assert {
            "fields": ["report_id"],
            "reference": {"resource": "reports", "fields": ["report_id"]},
        } in keys
    assert resources["project_budgets"]["schema"]["foreignKeys"][1] == {
        "fields": ["report_id", "project_id"],
        "reference": {"resource": "projects", "fields": ["report_id", "project_id"]},
    }


def test_datapackage_points_at_the_report_json_schema(dataset: Path) -> None:
    descriptor = json.loads((dataset / "datapackage.json").read_text(encoding="utf-8"))
    schema = dataset / descriptor["bogoseo"]["report_json_schema"]
    assert json.loads(schema.read_text(encoding="utf-8")) == Report.model_json_schema()


# --- keys ----------------------------------------------------------------------------------


def test_primary_keys_hold_in_the_combined_tables(dataset: Path) -> None:
    for name, key in PRIMARY_KEYS.items():
        rows = read_csv(dataset / f"{name}.csv")
        keys = [tuple(r[c] for c in key) for r in rows]
        assert len(keys) == len(set(keys)), name
        assert all(all(k) for k in keys), name


def test_a_repeated_key_is_left_out_of_the_combined_tables(sample_report: Report) -> None:
    twice = sample_report.model_copy(
        update={"projects": [*sample_report.projects, sample_report.projects[2]]}
    )
    assert duplicate_keys(sample_report) == []
    problems = duplicate_keys(twice)
    assert len(problems) == 1 and problems[0].startswith("projects (project_id=1-3)")
    source = Source("r", "r.txt", None, None, "partial", "", "0")
    tables = combine([(source, twice)])
    assert len(tables["projects"].rows) == len(sample_report.projects)
    summary = summarize(twice)
    assert summary["outcome"] == "partial"
    assert "repeated key" in summary["reason"]


# --- Parquet --------------------------------------------------------------------------------


def test_parquet_has_integer_won_and_date_columns(dataset: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    budgets = pq.read_table(dataset / "project_budgets.parquet")
    assert budgets.schema.field("amount_krw").type == pa.int64()
    assert budgets.schema.field("q1_krw").type == pa.int64()
    schedules = pq.read_table(dataset / "schedules.parquet")
    assert schedules.schema.field("start").type == pa.date32()
    assert schedules.num_rows == len(read_csv(dataset / "schedules.csv"))
    csv_amounts = [r["amount_krw"] for r in read_csv(dataset / "project_budgets.csv")]
    assert [
        "" if v is None else str(v) for v in budgets.column("amount_krw").to_pylist()
    ] == csv_amounts
    reports = pq.read_table(dataset / "reports.parquet")
    assert reports.column("outcome").to_pylist() == ["failed", "partial", "ok"]


# --- CSV for Excel -------------------------------------------------------------------------


def test_default_csv_is_plain_utf8(dataset: Path) -> None:
    data = (dataset / "residue.csv").read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    texts = [r["text"] for r in read_csv(dataset / "residue.csv")]
    assert texts == FORMULAS


def test_excel_csv_has_a_bom_and_inert_formulas(excel_dataset: Path) -> None:
    for name in SPECS:
        assert (excel_dataset / f"{name}.csv").read_bytes().startswith(b"\xef\xbb\xbf"), name
    texts = [r["text"] for r in read_csv(excel_dataset / "residue.csv")]
    assert texts == ["'" + f for f in FORMULAS]
    # numbers stay numbers: a negative amount is not a formula
    changes = [r["change_krw"] for r in read_csv(excel_dataset / "budget_summary.csv")]
    assert changes[0].startswith("-") and int(changes[0]) < 0
    # the per-report CSVs too
    assert (excel_dataset / "formula" / "residue.csv").read_bytes().startswith(b"\xef\xbb\xbf")


# --- SQLite ---------------------------------------------------------------------------------


def counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in SPECS}
    finally:
        con.close()


def test_sqlite_load_twice_gives_the_same_rows(dataset: Path, tmp_path: Path) -> None:
    db = tmp_path / "reports.sqlite"
    first = load(db, dataset_tables(dataset))
    once = counts(db)
    second = load(db, dataset_tables(dataset))
    assert counts(db) == once == first.total == second.total
    assert once["reports"] == 3
    assert once["projects"] == 2 * len(read_csv(dataset / "seoul" / "projects.csv"))
    assert once["residue"] == len(FORMULAS)


def test_sqlite_has_keys_indexes_and_types(dataset: Path, tmp_path: Path) -> None:
    db = tmp_path / "reports.sqlite"
    load(db, dataset_tables(dataset))
    con = sqlite3.connect(db)
    try:
        fks = con.execute("PRAGMA foreign_key_list(project_budgets)").fetchall()
        assert {(row[2], row[3], row[4]) for row in fks} == {
            ("reports", "report_id", "report_id"),
            ("projects", "report_id", "report_id"),
            ("projects", "project_id", "project_id"),
        }
        pk = [row[1] for row in sorted(con.execute("PRAGMA table_info(projects)")) if row[5]]
        assert pk == ["report_id", "project_id"]
        indexes = {row[1] for row in con.execute("PRAGMA index_list(projects)")}
        assert {"ix_projects_division", "ix_projects_report_year"} <= indexes
        kinds = {row[0] for row in con.execute("SELECT typeof(amount_krw) FROM project_budgets")}
        assert kinds <= {"integer", "null"} and "integer" in kinds
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        joined = con.execute(
            "SELECT count(*) FROM project_budgets b JOIN projects p "
            "USING (report_id, project_id) JOIN reports r USING (report_id)"
        ).fetchone()[0]
        assert joined == counts(db)["project_budgets"]
    finally:
        con.close()


def test_sqlite_load_adds_other_folders_and_replaces_reloaded_reports(
    dataset: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SAMPLE, inputs / "another.txt")
    convert_batch([inputs / "another.txt"], other, BatchOptions(jobs=1))
    db = tmp_path / "reports.sqlite"
    load(db, dataset_tables(dataset))
    before = counts(db)
    load(db, dataset_tables(other))
    load(db, dataset_tables(other))
    after = counts(db)
    assert after["reports"] == before["reports"] + 1
    assert after["projects"] == before["projects"] + len(read_csv(other / "projects.csv"))


def test_sqlite_refuses_a_database_of_another_layout(dataset: Path, tmp_path: Path) -> None:
    db = tmp_path / "reports.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE projects (report_id TEXT, name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(LoadError, match="other columns"):
        load(db, dataset_tables(dataset))
    tables: list[Any] = [
        row[0] for row in sqlite3.connect(db).execute("SELECT name FROM sqlite_master")
    ]
    assert tables == ["projects"]  # nothing else was created: one transaction
