"""The bogoseo command: exit codes, messages, help, progress, kill and resume."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.batch_folder import read_manifest
from extract.cli import EXIT_CHECKS_FAILED, EXIT_FILE_FAILED, EXIT_USAGE, Progress, main
from tests.test_batch import tree

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "seoul-innovation-bureau-2021.txt"
BAD = ROOT / "tests" / "fixtures" / "bad"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def bad_sums(folder: Path) -> Path:
    """The sample with a staffing total that no longer adds up (two checks fail)."""
    text = SAMPLE.read_text(encoding="utf-8").replace("정 원 54 23 19 12", "정 원 55 23 19 12")
    path = folder / "bad-sums.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_convert_prints_one_line_per_file(tmp_path: Path) -> None:
    code, out, err = invoke("convert", str(SAMPLE), "--out", str(tmp_path), "--jobs", "1")
    assert code == 0
    target = tmp_path / "seoul-innovation-bureau-2021"
    (line,) = out.splitlines()
    assert re.fullmatch(
        rf"{re.escape(str(SAMPLE))}: \d+/13 roles, \d+ records, checks \d+ passed / 0 failed, "
        rf"residue 0 lines, domain \d+% -> {re.escape(str(target))}",
        line,
    )
    assert err.splitlines()[-1].startswith("1 files: 1 ok, 0 partial, 0 failed (0 unchanged)")
    code, out, _ = invoke("convert", str(SAMPLE), "--out", str(tmp_path))
    assert code == 0 and out.strip().endswith("(unchanged, skipped)")


def test_a_bad_file_gets_a_one_line_error_and_exit_3(tmp_path: Path) -> None:
    empty = tmp_path / "in" / "empty.txt"
    empty.parent.mkdir()
    empty.write_bytes(b"")
    png = BAD / "png-renamed.pdf"
    dest = tmp_path / "out"
    code, out, err = invoke("convert", str(SAMPLE), str(empty), str(png), "--out", str(dest))
    assert code == EXIT_FILE_FAILED
    assert f"{empty}: error: the file is empty\n" in err
    assert f"{png}: error: named .pdf but is not a PDF (no %PDF- header); " in err
    assert "Traceback" not in err + out
    assert len(out.splitlines()) == 1  # the sample's summary
    assert not (dest / "empty").exists() and not (dest / "png-renamed").exists()
    assert (dest / "seoul-innovation-bureau-2021" / "report.json").exists()


def test_strict_exits_1_when_a_check_fails(tmp_path: Path) -> None:
    path = bad_sums(tmp_path)
    code, out, _ = invoke("convert", str(path), "--out", str(tmp_path / "a"))
    assert code == 0 and re.search(r"checks \d+ passed / [1-9]\d* failed", out)
    code, _, _ = invoke("convert", str(path), "--out", str(tmp_path / "a"), "--strict")
    assert code == EXIT_CHECKS_FAILED  # also when the report was skipped as unchanged
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, _, _ = invoke("convert", str(path), str(empty), "--out", str(tmp_path / "b"), "--strict")
    assert code == EXIT_FILE_FAILED  # a failed file outranks a failed check


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["convert", "{tmp}", "--out", "{tmp}/out"], "no report files found in the inputs"),
        (
            ["convert", str(SAMPLE), "--out", "{tmp}/out", "--scheduler", "tcp://x:8786"],
            "--scheduler is for the Dask engine: add --engine dask",
        ),
        (["load", "{tmp}", "--db", "{tmp}/x.sqlite"], "has no manifest.json: make it with"),
    ],
)
def test_setup_errors_are_one_line_and_exit_2(
    args: list[str], message: str, tmp_path: Path
) -> None:
    code, out, err = invoke(*(a.format(tmp=tmp_path) for a in args))
    assert code == EXIT_USAGE
    assert err.startswith("error: ") and message in err and err.count("\n") == 1
    assert out == ""


def test_every_command_has_help_with_an_example() -> None:
    code, out, _ = invoke("--help")
    assert code == 0 and "Example" in out
    for name in main.commands:
        code, out, _ = invoke(name, "--help")
        assert code == 0, name
        assert "Example" in out and f"bogoseo {name} " in out, name


def test_python_m_extract_runs_the_command(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "extract", "convert", str(SAMPLE), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"{SAMPLE}: 9/13 roles")
    assert (tmp_path / "projects.csv").exists()


def test_a_reader_that_stops_reading_stops_the_command_quietly() -> None:
    """`bogoseo debug report | head`: no "internal error" when the pipe closes."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "extract", "debug", str(SAMPLE), "--stage", "lines"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline()
    proc.stdout.close()  # as head does after its lines
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 141
    assert err == b""


def test_a_broken_pipe_that_is_not_stdout_is_an_internal_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A pipe to a worker that died is a bug to report, not a reader that went away."""

    def broken(*args: object, **kwargs: object) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("extract.read.read_bytes", broken)
    code, _, err = invoke("debug", str(SAMPLE), "--stage", "lines")
    assert code == 3 and err.startswith("error: internal error (BrokenPipeError")


def test_load_writes_a_database_once_however_often_it_runs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    db = tmp_path / "reports.sqlite"
    assert invoke("convert", str(SAMPLE), "--out", str(out))[0] == 0
    for _ in range(2):
        code, text, _ = invoke("load", str(out), "--db", str(db))
        assert code == 0
        assert text.startswith(f"{db}: loaded 1 reports (")
        assert text.rstrip().endswith("the database holds 1 reports")
    con = sqlite3.connect(db)
    projects = con.execute("SELECT count(*) FROM projects").fetchone()[0]
    con.close()
    with open(out / "projects.csv", encoding="utf-8", newline="") as fh:
        assert projects == len(list(csv.DictReader(fh))) > 0


def test_format_parquet_excel_and_dask_options(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    out = tmp_path / "out"
    code, _, err = invoke(
        "convert", str(SAMPLE), "--out", str(out), "--format", "parquet", "--excel",
        "--engine", "dask", "--jobs", "1",
    )  # fmt: skip
    assert code == 0, err
    assert (out / "projects.parquet").exists()
    assert (out / "projects.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_debug_and_schema_still_work(tmp_path: Path) -> None:
    code, out, _ = invoke("debug", str(SAMPLE), "--stage", "sections")
    assert code == 0 and out.startswith("general ")
    code, out, _ = invoke("schema", "--out", str(tmp_path))
    assert code == 0 and (tmp_path / "report.schema.json").exists()


def test_debug_outline_shows_the_text_of_a_node_with_no_title(tmp_path: Path) -> None:
    """A node with no title (the cover before the first heading, a divider's list of
    contents) shows its text in the outline stage, not an empty line."""
    report = tmp_path / "plan.txt"
    report.write_text("2025년 주요업무계획\nⅠ. 일반현황\n□ 조직\nⅡ. 주요업무계획\n1. 사업\n")
    code, out, _ = invoke("debug", str(report), "--stage", "outline")
    assert code == 0
    where_kind, text = out.splitlines()[0].split(":", 1)
    assert where_kind.endswith("front") and text == " 2025년 주요업무계획"


def test_progress_is_a_bar_on_a_terminal_and_log_lines_elsewhere() -> None:
    bar = io.StringIO()
    progress = Progress(bar, tty=True)
    progress.total, progress.to_convert = 4, 4
    progress.done = progress.converted = 1
    progress.draw()
    progress.clear()
    text = bar.getvalue()
    assert text.startswith("\r\x1b[K[######..................] 1/4 files, 0 failed, ")
    assert "files/s" in text and " left" in text and text.endswith("\r\x1b[K")
    log = io.StringIO()
    progress = Progress(log, tty=False)
    progress.total = progress.done = 2
    progress.draw()  # too soon for a log line
    progress.LOG_EVERY = 0.0
    progress.draw()
    assert log.getvalue().startswith("progress: 2/2 files, 0 failed, ")
    assert "\r" not in log.getvalue()


def test_a_killed_batch_is_completed_by_running_it_again(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(12):
        shutil.copy(SAMPLE, inputs / f"report-{i:02d}.txt")
    clean = tmp_path / "clean"
    out = tmp_path / "out"
    command = [sys.executable, "-m", "extract", "convert", str(inputs), "--jobs", "1"]
    proc = subprocess.Popen(
        [*command, "--out", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # one file done: kill it mid-batch
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert first.startswith(str(inputs / "report-00.txt"))
    manifest = read_manifest(out)
    assert manifest is not None and manifest["complete"] is False
    again = subprocess.run([*command, "--out", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert again.returncode == 0, again.stderr
    fresh = subprocess.run([*command, "--out", str(clean)], capture_output=True, cwd=ROOT)
    assert fresh.returncode == 0
    assert tree(out) == tree(clean)


def test_debug_indicators_shows_each_figure_and_where_it_was_read(tmp_path: Path) -> None:
    """`--stage indicators` lists each figure of a table of indicators: its kind, year,
    raw text and name, and the cell it came from."""
    report = tmp_path / "plan.txt"
    report.write_text(
        "2025년 주요업무계획\nⅠ. 일반현황\n□ 조직 : 1과 2팀\n"
        "Ⅱ. 2025년 주요업무계획\n1. 청년 일자리 확대\n□ 성과지표\n"
        "지 표 명         2024년 목표   2024년 실적   2025년 목표\n"
        "청년 취업자 수(명)      500           540           600\n"
    )
    code, out, _ = invoke("debug", str(report), "--stage", "indicators")
    assert code == 0
    rows = [ln.split() for ln in out.splitlines()]
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("target", "2024", "'500'"), ("actual", "2024", "'540'"), ("target", "2025", "'600'"),
    ]
    assert all("청년 취업자 수" in ln and "(table " in ln for ln in out.splitlines())
