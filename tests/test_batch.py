"""Batch conversion: outcomes, report ids, re-runs, interruptions, limits, engines."""

from __future__ import annotations

import fcntl
import json
import os
import random
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from extract.batch import (
    BatchError,
    BatchResult,
    FileDone,
    Notice,
    convert_batch,
    find_inputs,
    run_batch,
)
from extract.batch_folder import assign_report_ids, read_manifest
from extract.batch_types import BatchOptions
from extract.pipeline import convert
from schemas import Report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "seoul-innovation-bureau-2021.txt"
SAMPLE_PDF = ROOT / "tests" / "fixtures" / "seoul-innovation-bureau-2021.pdf"
BAD = ROOT / "tests" / "fixtures" / "bad"


# --- converters plugged into the workers (imported there by name) ----------------------------


def hanging_convert(path: Path, report_id: str) -> Report:
    """Hangs on files named hang*: records its pid so the test can see it was killed."""
    if path.name.startswith("hang"):
        path.with_name(path.name + ".pid").write_text(str(os.getpid()))
        time.sleep(600)
    return convert(path, report_id)


def greedy_convert(path: Path, report_id: str) -> Report:
    """Asks for 4 GB on files named greedy*."""
    if path.name.startswith("greedy"):
        hog = bytearray(4 * 1024**3)
        hog[-1] = 1
    return convert(path, report_id)


def crashing_convert(path: Path, report_id: str) -> Report:
    """The worker process dies on files named crash*."""
    if path.name.startswith("crash"):
        os._exit(7)
    return convert(path, report_id)


# --- a folder of reports ------------------------------------------------------------------------


def make_corpus(root: Path, pdf: bool = False) -> Path:
    """Copies and variants of the sample, and broken files."""
    text = SAMPLE.read_text(encoding="utf-8")
    inputs = root / "reports"
    for year in ("2021", "2022"):
        (inputs / year).mkdir(parents=True)
        shutil.copy(SAMPLE, inputs / year / "seoul.txt")
    (inputs / "no-audit.txt").write_text(
        "".join(text.splitlines(keepends=True)[:1191]), encoding="utf-8"
    )
    (inputs / "empty.txt").write_bytes(b"")
    noise = random.Random(0)
    (inputs / "noise.txt").write_bytes(bytes(noise.randrange(256) for _ in range(4096)))
    shutil.copy(BAD / "png-renamed.pdf", inputs / "not-a-pdf.pdf")
    (inputs / ".hidden").mkdir()
    shutil.copy(SAMPLE, inputs / ".hidden" / "ignored.txt")
    (inputs / "notes.md").write_text("not a report", encoding="utf-8")
    if pdf:
        shutil.copy(SAMPLE_PDF, inputs / "2021" / "seoul.pdf")
    return inputs


def tree(folder: Path) -> dict[str, bytes]:
    """Every file of a batch folder but the manifest (it holds timings) and the lock."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name not in ("manifest.json", ".bogoseo.lock")
    }


def manifest_without_timings(folder: Path) -> dict[str, object]:
    """The manifest without what differs from run to run: timings, which run made or
    reused each output (tested in tests/test_defects.py)."""
    data = read_manifest(folder)
    assert data is not None
    data.pop("run")
    data["summary"].pop("reused")
    for item in data["inputs"]:
        for key in ("timings", "run", "reused"):
            item.pop(key)
    return data


def run(inputs: list[Path], out: Path, **options: object) -> BatchResult:
    opts = BatchOptions(**{"jobs": 2, **options})  # type: ignore[arg-type]
    return convert_batch(inputs, out, opts)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def clean_run(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus converted once, in one go: what every other run must reproduce."""
    out = tmp_path_factory.mktemp("clean") / "out"
    run(find_inputs([corpus]), out)
    return out


# --- inputs and report ids ----------------------------------------------------------------------


def test_find_inputs_walks_folders_and_globs(corpus: Path) -> None:
    found = find_inputs([corpus])
    names = [p.relative_to(corpus).as_posix() for p in found]
    assert names == [
        "2021/seoul.txt",
        "2022/seoul.txt",
        "empty.txt",
        "no-audit.txt",
        "noise.txt",
        "not-a-pdf.pdf",
    ]  # hidden folders and other extensions are skipped
    assert find_inputs([str(corpus / "20*" / "*.txt")]) == found[:2]
    # a file named twice is kept once; a missing file is kept (it fails with a reason)
    twice = find_inputs([corpus / "empty.txt", corpus, corpus / "missing.txt"])
    assert len(twice) == len(found) + 1
    assert twice[-1].name == "missing.txt"


@pytest.mark.parametrize(
    ("paths", "expected"),
    [
        (["a/x.txt"], ["x"]),
        (["a/x.txt", "a/x.pdf"], ["x-txt", "x-pdf"]),
        (["2021/x.txt", "2022/x.txt"], ["2021-x", "2022-x"]),
        (
            ["2021/x.txt", "2021/x.pdf", "2022/x.txt"],
            ["2021-x-txt", "2021-x-pdf", "2022-x-txt"],
        ),
        (["a/X.txt", "b/x.txt", "c/y.txt"], ["a-X", "b-x", "y"]),
        (["a/2021 보고서 (최종).txt"], ["2021-보고서-최종"]),
    ],
)
def test_report_ids_are_distinct_and_decided_by_the_inputs(
    paths: list[str], expected: list[str]
) -> None:
    assert assign_report_ids([Path("/data", p) for p in paths]) == expected
    # the same inputs in another order get the same ids
    assert assign_report_ids([Path("/data", p) for p in reversed(paths)]) == expected[::-1]


def test_report_ids_never_take_a_batch_file_name() -> None:
    (rid,) = assign_report_ids([Path("/data/manifest.json.txt")])
    assert rid.startswith("manifest.json-") and len(rid) == len("manifest.json-") + 8


# --- outcomes -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BatchResult]:
    corpus = make_corpus(tmp_path_factory.mktemp("with-pdf"), pdf=True)
    out = tmp_path_factory.mktemp("outcomes") / "out"
    return out, run(find_inputs([corpus]), out)


def test_each_file_gets_an_outcome_and_a_reason(outcomes: tuple[Path, BatchResult]) -> None:
    out, result = outcomes
    by_id = {e.report_id: e for e in result.entries}
    assert {rid: e.outcome for rid, e in by_id.items()} == {
        "2021-seoul-txt": "ok",
        "2021-seoul-pdf": "ok",
        "2022-seoul-txt": "ok",
        # a report without an audit follow-up lacks a role: it is not partial for that
        "no-audit": "ok",
        "empty": "failed",
        "noise": "failed",
        "not-a-pdf": "failed",
    }
    audit = {"no-audit": False, "2021-seoul-txt": True}
    for rid, found in audit.items():
        assert by_id[rid].sections_found == 9 - (not found), rid
    assert by_id["empty"].reason == "the file is empty"
    assert "not a text file" in by_id["noise"].reason
    assert "not a PDF" in by_id["not-a-pdf"].reason
    assert all(e.reason == "" for e in by_id.values() if e.outcome == "ok")
    # no output folder for a failed file; one per converted file
    folders = {p.name for p in out.iterdir() if p.is_dir()}
    assert folders == {rid for rid, e in by_id.items() if e.outcome != "failed"}


def test_manifest_records_every_input(outcomes: tuple[Path, BatchResult]) -> None:
    out, result = outcomes
    data = read_manifest(out)
    assert data is not None and data["complete"] is True
    assert data["tool_version"] == result.entries[0].tool_version
    assert data["summary"] == {
        "inputs": 7,
        "ok": 4,
        "partial": 0,
        "failed": 3,
        "pending": 0,
        "reused": 0,
    }
    pdf = next(i for i in data["inputs"] if i["report_id"] == "2021-seoul-pdf")
    body = SAMPLE_PDF.read_bytes()
    assert pdf["size"] == len(body)
    assert pdf["path"].endswith("2021/seoul.pdf")
    assert pdf["records"] > 100 and pdf["checks"] > 0 and pdf["failed_checks"] == 0
    assert pdf["timings"]["total_s"] >= pdf["timings"]["convert_s"] > 0
    assert pdf["timings"]["started"].endswith("+00:00")
    empty = next(i for i in data["inputs"] if i["report_id"] == "empty")
    assert empty["sha256"] == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_combined_tables_hold_every_converted_report_in_order(
    outcomes: tuple[Path, BatchResult],
) -> None:
    import csv

    out, _ = outcomes
    with open(out / "projects.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0])[:4] == ["report_id", "report_year", "report_bureau", "project_id"]
    ids = [r["report_id"] for r in rows]
    assert ids == sorted(ids)
    assert set(ids) == {"2021-seoul-pdf", "2021-seoul-txt", "2022-seoul-txt", "no-audit"}
    with open(out / "2021-seoul-txt" / "projects.csv", encoding="utf-8", newline="") as fh:
        per_report = list(csv.DictReader(fh))
    assert [r["project_id"] for r in rows if r["report_id"] == "2021-seoul-txt"] == [
        r["project_id"] for r in per_report
    ]
    assert {r["report_year"] for r in rows} == {"2021"}
    assert {r["report_bureau"] for r in rows} == {"서울혁신기획관"}
    with open(out / "reports.csv", encoding="utf-8", newline="") as fh:
        reports = {r["report_id"]: r for r in csv.DictReader(fh)}
    assert len(reports) == 7
    assert reports["2021-seoul-pdf"]["format"] == "pdf"
    assert reports["2021-seoul-pdf"]["pages"] != ""
    assert reports["2021-seoul-txt"]["encoding"] == "utf-8"
    assert reports["empty"]["outcome"] == "failed" and reports["empty"]["format"] == ""


# --- re-runs and interruptions -------------------------------------------------------------


def test_rerun_skips_unchanged_inputs(corpus: Path, clean_run: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(clean_run, out)
    before = tree(out)
    events = list(run_batch(find_inputs([corpus]), out, BatchOptions(jobs=2)))
    done = [e for e in events if isinstance(e, FileDone)]
    skipped = {e.entry.report_id for e in done if e.skipped}
    assert skipped == {"2021-seoul", "2022-seoul", "no-audit"}  # failed ones are retried
    assert tree(out) == before
    assert manifest_without_timings(out) == manifest_without_timings(clean_run)


def test_changed_input_or_force_converts_again(corpus: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(corpus / "2021", inputs / "2021")
    shutil.copytree(corpus / "2022", inputs / "2022")
    out = tmp_path / "out"
    run(find_inputs([inputs]), out)
    with open(inputs / "2022" / "seoul.txt", "a", encoding="utf-8") as fh:
        fh.write("\n")
    result = run(find_inputs([inputs]), out)
    data = read_manifest(out)
    assert data is not None
    changed = next(i for i in data["inputs"] if i["report_id"] == "2022-seoul")
    assert changed["sha256"] == result.entries[1].sha256 != result.entries[0].sha256
    events = list(run_batch(find_inputs([inputs]), out, BatchOptions(jobs=2, force=True)))
    assert not any(isinstance(e, FileDone) and e.skipped for e in events)


def test_force_writes_the_combined_tables_again(corpus: Path, tmp_path: Path) -> None:
    # a combined table left by another build of the same version (or edited by hand) is
    # not kept by --force: its rows may differ while every count is the same
    inputs = tmp_path / "in"
    shutil.copytree(corpus / "2021", inputs / "2021")
    out = tmp_path / "out"
    run(find_inputs([inputs]), out)
    combined = out / "projects.csv"
    first = combined.read_bytes()
    combined.write_text("stale\n", encoding="utf-8")
    run(find_inputs([inputs]), out)
    assert combined.read_text(encoding="utf-8") == "stale\n"  # nothing converted: kept
    run(find_inputs([inputs]), out, force=True)
    assert combined.read_bytes() == first


def test_interrupted_run_is_completed_by_the_next(
    corpus: Path, clean_run: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    first = run_batch(find_inputs([corpus]), out, BatchOptions(jobs=1))
    for event in first:
        if isinstance(event, FileDone):
            break  # stop after the first file, as Ctrl-C would
    first.close()
    data = read_manifest(out)
    assert data is not None and data["complete"] is False
    assert data["summary"]["pending"] == 5
    assert not (out / "projects.csv").exists()
    # what a kill during a write leaves: a temporary folder and a half-written manifest copy
    stale = out / ".2022-seoul.k1w2.tmp"
    stale.mkdir()
    (stale / "report.json").write_text('{"report_id": "2022-se', encoding="utf-8")
    (out / ".manifest.json.999.tmp").write_text('{"inputs": [', encoding="utf-8")
    events = list(run_batch(find_inputs([corpus]), out, BatchOptions(jobs=2)))
    assert any(isinstance(e, Notice) and "interrupted run" in e.message for e in events)
    assert sum(isinstance(e, FileDone) and e.skipped for e in events) == 1
    assert tree(out) == tree(clean_run)
    assert manifest_without_timings(out) == manifest_without_timings(clean_run)


def test_damaged_manifest_means_converting_again(
    corpus: Path, clean_run: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    shutil.copytree(clean_run, out)
    text = (out / "manifest.json").read_text(encoding="utf-8")
    (out / "manifest.json").write_text(text[: len(text) // 2], encoding="utf-8")
    events = list(run_batch(find_inputs([corpus]), out, BatchOptions(jobs=2)))
    assert any(isinstance(e, Notice) and "cannot be read" in e.message for e in events)
    assert not any(isinstance(e, FileDone) and e.skipped for e in events)
    assert tree(out) == tree(clean_run)
    assert manifest_without_timings(out) == manifest_without_timings(clean_run)


def test_unreferenced_report_folders_are_reported_and_left_out(
    corpus: Path, clean_run: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    shutil.copytree(clean_run, out)
    # only one of the two copies now: 2021/seoul.txt gets the plain id, a new folder
    events = list(run_batch([corpus / "2021" / "seoul.txt"], out, BatchOptions(jobs=1)))
    notes = [e.message for e in events if isinstance(e, Notice)]
    assert any("2021-seoul, 2022-seoul, no-audit" in n for n in notes)
    reports = (out / "reports.csv").read_text(encoding="utf-8").splitlines()
    assert len(reports) == 2 and reports[1].startswith("seoul,")


def test_one_batch_per_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".bogoseo.lock", "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(BatchError, match="another bogoseo batch"):
            list(run_batch([SAMPLE], out))


# --- limits ---------------------------------------------------------------------------------


def copies(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / name for name in names]
    for p in paths:
        shutil.copy(SAMPLE, p)
    return paths


def test_timeout_kills_a_hanging_worker(tmp_path: Path) -> None:
    files = copies(tmp_path / "in", "hang.txt", "a.txt", "b.txt")
    # (a bound the sample's conversion keeps on a loaded machine; the hang outlasts any)
    result = run(files, tmp_path / "out", timeout=6, converter=f"{__name__}:hanging_convert")
    outcomes = {e.report_id: (e.outcome, e.reason) for e in result.entries}
    assert outcomes["hang"][0] == "failed"
    assert outcomes["hang"][1].startswith("timed out after 6 s")
    assert outcomes["a"] == outcomes["b"] == ("ok", "")
    pid = int((tmp_path / "in" / "hang.txt.pid").read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # killed and reaped


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is Linux-only")
def test_memory_limit_fails_only_the_greedy_file(tmp_path: Path) -> None:
    files = copies(tmp_path / "in", "greedy.txt", "a.txt")
    result = run(files, tmp_path / "out", max_memory_mb=400, converter=f"{__name__}:greedy_convert")
    greedy, ok = result.entries
    assert greedy.outcome == "failed" and "memory" in greedy.reason
    assert "400 MB" in greedy.reason
    assert ok.outcome == "ok"


def test_a_worker_that_dies_fails_its_file_only(tmp_path: Path) -> None:
    files = copies(tmp_path / "in", "a.txt", "crash.txt", "b.txt", "c.txt")
    result = run(files, tmp_path / "out", jobs=1, converter=f"{__name__}:crashing_convert")
    assert [e.outcome for e in result.entries] == ["ok", "failed", "ok", "ok"]
    assert result.entries[1].reason == "the worker exited with status 7 while converting it"


def test_a_converter_that_cannot_be_loaded_fails_every_file(tmp_path: Path) -> None:
    files = copies(tmp_path / "in", "a.txt")
    result = run(files, tmp_path / "out", converter="tests.no_such_module:convert")
    assert result.entries[0].outcome == "failed"
    assert "cannot load tests.no_such_module:convert" in result.entries[0].reason


# --- the Dask engine ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dask_scheduler() -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address="127.0.0.1:0"
    )
    yield cluster.scheduler_address
    cluster.close()


def test_dask_and_local_engines_give_the_same_outputs(
    corpus: Path, clean_run: Path, dask_scheduler: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = run(find_inputs([corpus]), out, engine="dask", scheduler=dask_scheduler)
    assert result.count("ok") == 3 and result.count("failed") == 3
    assert tree(out) == tree(clean_run)
    assert manifest_without_timings(out) == manifest_without_timings(clean_run)


def test_dask_engine_keeps_the_time_limit(dask_scheduler: str, tmp_path: Path) -> None:
    files = copies(tmp_path / "in", "hang.txt", "a.txt")
    result = run(
        files,
        tmp_path / "out",
        engine="dask",
        scheduler=dask_scheduler,
        timeout=6,
        converter=f"{__name__}:hanging_convert",
    )
    assert [e.outcome for e in result.entries] == ["failed", "ok"]
    assert result.entries[0].reason.startswith("timed out after 6 s")


def test_dask_engine_starts_a_local_cluster_without_an_address(
    corpus: Path, tmp_path: Path
) -> None:
    pytest.importorskip("distributed")
    result = run([corpus / "2021" / "seoul.txt", corpus / "empty.txt"], tmp_path, engine="dask")
    assert [e.outcome for e in result.entries] == ["ok", "failed"]
    assert json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))["complete"]


@pytest.mark.parametrize(
    ("workers", "cpus", "limit"), [(1, 2, 120.0), (2, 2, 120.0), (8, 2, 480.0), (3, 2, 180.0)]
)
def test_more_workers_than_cpus_share_the_clock(workers: int, cpus: int, limit: float) -> None:
    """--timeout is a file's time on a CPU of its own: 8 workers on 2 CPUs give each file
    four times it, so a file that takes 11 s alone does not time out for want of a CPU."""
    from extract.workers import shared_timeout

    assert shared_timeout(120.0, workers, cpus) == limit
