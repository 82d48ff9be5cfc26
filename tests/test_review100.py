"""What a review of the command's surfaces found: an output folder that holds other files,
a mistyped input path, an unreadable file's reason, option values no clock can set."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.batch_folder import read_manifest
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
