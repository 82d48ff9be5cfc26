"""What a review of the command's surfaces found: an output folder that holds other files,
a mistyped input path, an unreadable file's reason, option values no clock can set."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from extract.batch import find_inputs
from extract.batch_folder import assign_report_ids, read_manifest
from extract.cli import EXIT_USAGE
from extract.pipeline import convert
from extract.workers import Job, WorkerConfig, convert_one
from tests.test_cli import SAMPLE, invoke


def test_a_folder_of_other_files_is_no_output_folder(tmp_path: Path) -> None:
    """`--out` at a folder that holds files bogoseo did not write, and no manifest of its
    own: refused before anything is written (a run replaces what it finds there: a
    folder named like a report's id had been deleted with what it held)."""
    folder = tmp_path / "work"
    (folder / "seoul-innovation-bureau-2021").mkdir(parents=True)
    (folder / "seoul-innovation-bureau-2021" / "analysis.xlsx").write_text("mine")
    code, out, err = invoke("convert", str(SAMPLE), "--out", str(folder))
    assert code == EXIT_USAGE and out == ""
    assert "holds files bogoseo did not write" in err and "Traceback" not in err
    assert (folder / "seoul-innovation-bureau-2021" / "analysis.xlsx").read_text() == "mine"
    assert not (folder / "manifest.json").exists()


def test_a_manifest_of_another_tool_is_kept(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text('{"name": "my-app"}')
    code, _, err = invoke("convert", str(SAMPLE), "--out", str(tmp_path))
    assert code == EXIT_USAGE and "is not a bogoseo manifest" in err
    assert (tmp_path / "manifest.json").read_text() == '{"name": "my-app"}'


def test_an_earlier_runs_folder_and_an_empty_one_are_used(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert invoke("convert", str(SAMPLE), "--out", str(out))[0] == 0
    code, _, err = invoke("convert", str(SAMPLE), "--out", str(out))
    assert code == 0 and "(1 unchanged)" in err


def test_a_mistyped_input_path_writes_nothing(tmp_path: Path) -> None:
    """A path that names nothing is the command's mistake: exit 2, and a dataset an
    earlier run made is kept whole (it had been a failed input that emptied it)."""
    out = tmp_path / "out"
    assert invoke("convert", str(SAMPLE), "--out", str(out))[0] == 0
    before = read_manifest(out)
    tables = sorted(p.name for p in out.glob("*.csv"))
    code, _, err = invoke("convert", str(tmp_path / "reprots"), "--out", str(out))
    assert code == EXIT_USAGE
    assert f"no such file or folder: {tmp_path / 'reprots'}" in err
    assert read_manifest(out) == before
    assert sorted(p.name for p in out.glob("*.csv")) == tables


@pytest.mark.parametrize("value", ["inf", "nan", "1e300"])
def test_a_timeout_no_clock_can_set_is_a_usage_error(tmp_path: Path, value: str) -> None:
    code, _, err = invoke("convert", str(SAMPLE), "--out", str(tmp_path / "o"), "--timeout", value)
    assert code == EXIT_USAGE and "--timeout" in err and "Traceback" not in err
    assert not (tmp_path / "o").exists()


def test_schemas_into_a_path_under_a_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    code, _, err = invoke("schema", "--out", str(tmp_path / "file" / "sub"))
    assert code == EXIT_USAGE and "cannot write the schemas" in err
    assert "internal error" not in err


def test_an_unreadable_file_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that cannot be opened fails with the system's reason (it had said the file
    changed while it was read)."""

    def denied(path: Path, limit: int | None = None) -> tuple[str | None, int | None]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("extract.workers.file_digest", denied)
    cfg = WorkerConfig(out_dir=str(tmp_path), excel=False, max_memory_mb=None, converter="")
    done = convert_one(Job(str(SAMPLE), "sample"), cfg, lambda p, rid: convert(p, rid))
    assert done["outcome"] == "failed"
    assert done["reason"] == "cannot read the file: Permission denied"


def test_another_reports_id_is_not_replaced_in_a_database(tmp_path: Path) -> None:
    """Two folders each with its `plan.txt`, different reports: the second load is refused
    and the database keeps the first (it had been replaced without a word)."""
    text = SAMPLE.read_text(encoding="utf-8")
    for city, body in (("a", text), ("b", text.replace("서울혁신기획관", "가람혁신기획관"))):
        (tmp_path / city).mkdir()
        (tmp_path / city / "plan.txt").write_text(body, encoding="utf-8")
        assert invoke("convert", str(tmp_path / city), "--out", str(tmp_path / f"ds{city}"))[0] == 0
    db = tmp_path / "all.sqlite"
    assert invoke("load", str(tmp_path / "dsa"), "--db", str(db))[0] == 0
    code, _, err = invoke("load", str(tmp_path / "dsb"), "--db", str(db))
    assert code != 0 and "is already another report's" in err
    with sqlite3.connect(db) as con:
        (source,) = con.execute("SELECT source_file FROM reports").fetchone()
    assert source.endswith(str(Path("a") / "plan.txt"))
    # (the same folder again replaces its own report)
    assert invoke("load", str(tmp_path / "dsa"), "--db", str(db))[0] == 0


def test_a_linked_folder_is_searched_and_a_linked_file_kept_once(tmp_path: Path) -> None:
    (tmp_path / "reports" / "2024").mkdir(parents=True)
    (tmp_path / "elsewhere" / "2023").mkdir(parents=True)
    (tmp_path / "reports" / "2024" / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "elsewhere" / "2023" / "c.txt").write_text("c", encoding="utf-8")
    (tmp_path / "reports" / "2023").symlink_to(tmp_path / "elsewhere" / "2023")
    (tmp_path / "reports" / "alias.txt").symlink_to(tmp_path / "reports" / "2024" / "a.txt")
    (tmp_path / "reports" / "2024" / "up").symlink_to(tmp_path / "reports")  # (a loop)
    found = find_inputs([tmp_path / "reports"])
    assert sorted(p.resolve().name for p in found) == ["a.txt", "c.txt"]


def test_a_folder_that_cannot_be_searched_is_a_failed_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "reports" / "2025").mkdir(parents=True)
    (tmp_path / "reports" / "a.txt").write_text("a", encoding="utf-8")
    locked_out = tmp_path / "reports" / "2025"
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path) == locked_out:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert find_inputs([tmp_path / "reports"])[-1] == locked_out


def test_debug_lines_say_where_a_hangul_files_line_is() -> None:
    """`debug --stage lines` of an HWPX file names each line's place (`s0/p5/t0/r1c0/p0`),
    as the README says (its page column had been empty)."""
    hwpx = Path(__file__).parent / "fixtures" / "seoul-innovation-bureau-2021.hwpx"
    code, out, _ = invoke("debug", str(hwpx), "--stage", "lines")
    assert code == 0
    assert re.search(r"^\s+1 s0/p0\S* content", out, re.M)


def test_names_that_differ_in_punctuation_alone_keep_their_ids_when_moved() -> None:
    """`보고서(최종).txt` and `보고서 (최종).txt`: ids of the names alone, the same wherever
    the folder is (they had been made of the whole path, the user's folders in them)."""
    names = ["보고서(최종).txt", "보고서 (최종).txt"]
    here = assign_report_ids([Path("/home/kim/f5") / n for n in names])
    moved = assign_report_ids([Path("/srv/data/2026/f5moved") / n for n in names])
    assert here == moved
    assert len(set(here)) == 2 and not any("home" in i or "kim" in i for i in here)


def test_an_empty_text_is_missing_in_every_format(tmp_path: Path) -> None:
    """The CSV's empty cell is a missing value; Parquet and SQLite hold NULL there too (they
    had held an empty string, so each format counted other values missing)."""
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out"
    assert invoke("convert", str(SAMPLE), "--out", str(out), "--format", "parquet")[0] == 0
    db = tmp_path / "r.sqlite"
    assert invoke("load", str(out), "--db", str(db))[0] == 0
    with sqlite3.connect(db) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for col in [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]:
                n = con.execute(f'SELECT count(*) FROM "{table}" WHERE "{col}" = \'\'').fetchone()
                assert n == (0,), (table, col)
    for path in out.glob("*.parquet"):
        for column in pq.read_table(path).to_pylist():
            assert "" not in column.values(), path.name


def test_a_damaged_output_is_not_loaded_as_a_report_of_nothing(tmp_path: Path) -> None:
    """A report folder gone from a finished dataset: `load` is refused, the database
    keeps the report's rows (it had deleted them and said it loaded the folder)."""
    out = tmp_path / "out"
    assert invoke("convert", str(SAMPLE), "--out", str(out))[0] == 0
    db = tmp_path / "r.sqlite"
    assert invoke("load", str(out), "--db", str(db))[0] == 0
    with sqlite3.connect(db) as con:
        before = con.execute("SELECT count(*) FROM projects").fetchone()
    (out / "seoul-innovation-bureau-2021" / "report.json").write_text('{"broken":')
    code, _, err = invoke("load", str(out), "--db", str(db))
    assert code != 0 and "report.json cannot be read" in err
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM projects").fetchone() == before
