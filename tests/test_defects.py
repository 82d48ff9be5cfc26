"""Issue 12: defects found trying bogoseo as a new user would, and under faults.

One section per item of the issue; each test failed before its fix.  The
damaged inputs of ../shared/repro/ are made again here by helpers (the same
damage to the sample, or to a PDF made in the test), so nothing here needs
that folder; where a test also reads a file from it, it skips without it.
"""

from __future__ import annotations

import base64
import errno
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.batch import summarize
from extract.batch_folder import read_manifest
from extract.batch_types import Entry
from extract.cli import main
from extract.errors import ReadError
from extract.normalize import find_dates, parse_date
from extract.normalize.vocab import QUOTE_MARKS
from extract.pipeline import check, parse_document
from extract.read import read_bytes
from extract.read.glyphs import normalize_text
from schemas import Report
from tests.profiles import FUZZ, examples
from tests.test_properties import records
from tests.variants import VARIANTS, Spec, render

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "seoul-innovation-bureau-2021.txt"
SAMPLE_PDF = ROOT / "tests" / "fixtures" / "seoul-innovation-bureau-2021.pdf"
REPRO = ROOT.parent / "shared" / "repro"


def convert_text(text: str, name: str = "input.txt") -> Report:
    return check(parse_document(read_bytes(text.encode("utf-8"), name), "input"))


def repro(name: str) -> Path:
    path = REPRO / name
    if not path.is_file():
        pytest.skip(f"{path} is not here (a clean clone)")
    return path


# --- 2. invisible format characters -------------------------------------------------------

#: bidi marks and embeddings, isolates, the Arabic letter mark, zero-width characters,
#: the soft hyphen, the word joiner, the BOM: all of Unicode category Cf
FORMAT_CHARS = (
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069", "\u061c", "\u200b", "\u200c",
    "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\U000e0001",
)  # fmt: skip

SAMPLE_LINES = SAMPLE.read_text(encoding="utf-8").split("\n")
#: lines whose words a parser matches: block labels, table headers, total rows, headings
LABEL_LINES = [
    i
    for i, ln in enumerate(SAMPLE_LINES)
    if any(
        w in ln for w in ("추진일정", "예산 집행계획", "추진방향", "추진계획", "사업개요", "구 분")
    )
    or ln.startswith(("계 ", "정 원", "현 원", "붙 임", "Ⅰ", "Ⅱ", "Ⅲ"))
]


@functools.cache
def sample_records() -> dict[str, Any]:
    return records(convert_text("\n".join(SAMPLE_LINES)))


def with_char(lines: list[str], line: int, col: int, ch: str) -> str:
    """The text with ``ch`` inserted at ``col`` (modulo its length + 1) of line ``line``."""
    out = list(lines)
    text = out[line]
    col %= len(text) + 1
    out[line] = text[:col] + ch + text[col:]
    return "\n".join(out)


def test_every_format_character_is_folded() -> None:
    fmt = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"]
    assert len(fmt) > 150
    assert normalize_text("가" + "".join(fmt) + "나") == "가나"


def test_a_right_to_left_mark_in_a_label_loses_no_schedule(sample_report: Report) -> None:
    # the damage of ../shared/repro/text-rlm-in-label-schedules-lost.txt, made here
    line = next(i for i, ln in enumerate(SAMPLE_LINES) if ln.endswith("추진일정"))
    report = convert_text(with_char(SAMPLE_LINES, line, -2, "\u200f"))
    assert records(report) == records(sample_report)
    raw = read_bytes(with_char(SAMPLE_LINES, line, -2, "\u200f").encode(), "x.txt")
    assert "\u200f" in raw.line(line + 1).raw and "\u200f" not in raw.line(line + 1).text


def test_a_mark_before_the_total_row_keeps_it_a_total(sample_report: Report) -> None:
    line = next(i for i, ln in enumerate(SAMPLE_LINES) if ln.startswith("계 16,873"))
    report = convert_text(with_char(SAMPLE_LINES, line, 0, "\u200e"))
    assert [s.is_total for s in report.budget_summary] == [
        s.is_total for s in sample_report.budget_summary
    ]
    assert records(report) == records(sample_report)


def test_the_repro_file_gives_the_samples_records(sample_report: Report) -> None:
    path = repro("text-rlm-in-label-schedules-lost.txt")
    report = convert_text(path.read_text(encoding="utf-8"))
    assert records(report) == records(sample_report)


@settings(
    max_examples=examples(12),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(LABEL_LINES),
            st.integers(min_value=0, max_value=200),
            st.sampled_from(FORMAT_CHARS),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_format_characters_in_labels_change_no_record(inserts: list[tuple[int, int, str]]) -> None:
    lines = list(SAMPLE_LINES)
    for line, col, ch in inserts:
        lines = with_char(lines, line, col, ch).split("\n")
    assert records(convert_text("\n".join(lines))) == sample_records()


# --- 3. deterministic properties; a blank line inside a wrapped cell ----------------------


@pytest.mark.skipif(bool(FUZZ), reason="make fuzz runs random examples on purpose")
def test_hypothesis_is_derandomized_by_default() -> None:
    from tests import test_hardening_properties as props

    assert settings.default is not None
    assert settings.default.derandomize and settings.default.database is None
    # a property's own settings inherit it (they are made after conftest loads the profile)
    test = props.test_blank_lines_and_page_footers_do_not_change_a_variant
    assert test._hypothesis_internal_use_settings.derandomize  # type: ignore[attr-defined]


def wrapped_cells(spec: Spec) -> list[str]:
    """The variant with a blank line inside every wrapped cell of its cards' budget tables."""
    lines = render(spec).split("\n")
    cells = [
        cell
        for theme in spec.themes
        for card in theme.cards
        for row in card.rows
        for cell in (row.name, row.notes)
        if len(cell) > 1
    ]
    for cell in cells:
        at = next(i for i in range(len(lines)) if tuple(lines[i : i + len(cell)]) == cell)
        for k in range(len(cell) - 1, 0, -1):
            lines[at + k : at + k] = [""]
    return lines


@pytest.mark.parametrize("spec", VARIANTS, ids=[s.name for s in VARIANTS])
def test_a_blank_line_inside_a_wrapped_cell_does_not_split_it(spec: Spec) -> None:
    lines = wrapped_cells(spec)
    assert len(lines) > len(render(spec).split("\n"))
    report = convert_text("\n".join(lines))
    assert records(report, False) == records(convert_text(render(spec)), False)
    assert not report.warnings and not report.residue


# --- 1 and 4. PDF pages that cannot be read ---------------------------------------------
#
# In the test PDF page N is object N + 2 (pages 1-48: objects 3-50) and the page tree's
# node is object 65.


def in_object(data: bytes, objnum: int, old: bytes, new: bytes) -> bytes:
    """``data`` with ``old`` replaced by ``new`` inside object ``objnum`` (bytes flipped)."""
    start = data.index(b"\n%d 0 obj\n" % objnum) + 1
    end = data.index(b"endobj", start)
    body = data[start:end]
    assert old in body, (objnum, old)
    return data[:start] + body.replace(old, new, 1) + data[end:]


def renumbered(data: bytes, objnum: int) -> bytes:
    """The object renumbered: the page tree's entry for it points at nothing (the damage
    of ../shared/repro/pdf-page-silently-dropped-objnum.pdf)."""
    return data.replace(b"\n%d 0 obj\n" % objnum, b"\n999999 0 obj\n", 1)


def pdf_report(data: bytes) -> Report:
    return check(parse_document(read_bytes(data, "damaged.pdf"), "damaged"))


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    return SAMPLE_PDF.read_bytes()


def test_a_page_the_tree_points_past_is_a_warning_and_partial(pdf_bytes: bytes) -> None:
    doc = read_bytes(renumbered(pdf_bytes, 22), "x.pdf")  # page 20
    assert doc.pages == 48
    assert 20 not in {ln.page for ln in doc.lines} and 21 in {ln.page for ln in doc.lines}
    [(code, message)] = doc.problems
    assert code == "read.page_unreadable"
    assert message.startswith("page 20 of 48 could not be read (the page tree points at")
    report = pdf_report(renumbered(pdf_bytes, 22))
    assert [w.code for w in report.warnings] == ["read.page_unreadable"]
    summary = summarize(report)
    assert summary["outcome"] == "partial" and "page 20 of 48" in summary["reason"]


@pytest.mark.parametrize(
    ("damage", "page", "reason"),
    [
        # a MediaBox with a byte that is not a digit (pdfplumber: MalformedPDFException)
        (lambda d: in_object(d, 7, b"841.8898 ]", b"841.8\x9998 ]"), 5, "MalformedPDFException"),
        # the page's /Type name damaged: not a page any more
        (lambda d: in_object(d, 12, b"/Type /Page\n", b"/\x9bype /Page\n"), 10, "not a page"),
        # a content stream reference that points at nothing
        (lambda d: in_object(d, 30, b"/Contents 93 0 R", b"/Contents 10 0 Q"), 28, "content"),
    ],
    ids=["mediabox", "type", "contents"],
)
def test_a_damaged_page_costs_that_page_only(
    pdf_bytes: bytes, damage: Any, page: int, reason: str
) -> None:
    doc = read_bytes(damage(pdf_bytes), "x.pdf")
    assert doc.pages == 48
    assert {ln.page for ln in doc.lines} == set(range(1, 49)) - {page}
    [(_, message)] = doc.problems
    assert message.startswith(f"page {page} of 48 could not be read (") and reason in message


def test_a_pdf_none_of_whose_pages_can_be_read_is_a_one_line_error(pdf_bytes: bytes) -> None:
    data = pdf_bytes.replace(b"841.8898 ]", b"841.8\x9998 ]")
    with pytest.raises(ReadError) as err:
        read_bytes(data, "x.pdf")
    assert err.value.reason.startswith("the PDF is damaged: none of its 48 pages could be read")
    assert "\n" not in err.value.reason


def test_a_damaged_page_tree_reads_the_page_objects_and_says_so(pdf_bytes: bytes) -> None:
    doc = read_bytes(in_object(pdf_bytes, 65, b"/Kids [", b"/Kids <"), "x.pdf")
    assert doc.pages == 48 and {ln.page for ln in doc.lines} == set(range(1, 49))
    assert [code for code, _ in doc.problems] == ["read.page_tree"]


def test_debug_names_the_pages_it_could_not_read_and_never_prints_a_traceback(
    pdf_bytes: bytes, tmp_path: Path
) -> None:
    partly = tmp_path / "partly.pdf"
    partly.write_bytes(in_object(pdf_bytes, 7, b"841.8898 ]", b"841.8\x9998 ]"))
    code, stdout, stderr = cli("debug", str(partly), "--stage", "lines")
    assert code == 0 and "Traceback" not in stderr
    assert stderr.startswith(f"{partly}: warning: page 5 of 48 could not be read (")
    assert " p4 " in stdout and " p5 " not in stdout and " p6 " in stdout
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(pdf_bytes.replace(b"841.8898 ]", b"841.8\x9998 ]"))
    for stage in ("lines", "checks"):
        code, _, stderr = cli("debug", str(broken), "--stage", stage)
        assert code == 3 and stderr.startswith(f"{broken}: error: the PDF is damaged: none of")
        assert len(stderr.splitlines()) == 1


def test_a_bug_in_any_command_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from extract import pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug\nover two lines")

    monkeypatch.setattr(pipeline, "convert", broken)
    code, stdout, stderr = cli("debug", str(SAMPLE), "--stage", "checks")
    assert code == 3 and stdout == ""
    assert stderr == (
        "error: internal error (RuntimeError: a bug over two lines); please report it with "
        "the command and the file\n"
    )


REPRO_PDFS = [
    "pdf-internal-error-bbox.pdf",
    "pdf-internal-error-dict.pdf",
    "pdf-internal-error-invalid-octal.pdf",
    "pdf-page-silently-dropped-objnum.pdf",
    "pdf-real-damaged-typeerror.pdf",
]


@pytest.mark.parametrize("name", REPRO_PDFS)
def test_the_repro_pdfs_convert_partial_or_fail_in_one_line(name: str, tmp_path: Path) -> None:
    path = repro(name)
    result = CliRunner().invoke(main, ["convert", str(path), "--out", str(tmp_path / "o")])
    assert "internal error" not in result.output and "Traceback" not in result.output
    assert result.exit_code == 0, result.output
    assert "(partial: " in result.output and "could not be read" in result.output
    for stage in ("lines", "sections", "residue", "checks"):
        result = CliRunner().invoke(main, ["debug", str(path), "--stage", stage])
        assert result.exit_code == 0 and "Traceback" not in result.output, result.output


# --- 12. a quote mark before a four-digit year; an as-of word before the date -------------

#: dates as real reports write them, with a four-digit year: (text, start, end)
FOUR_DIGIT = [
    ("2026.05.31.", date(2026, 5, 31), date(2026, 5, 31)),
    ("2026. 5.", date(2026, 5, 1), date(2026, 5, 31)),
    ("2026년 3월", date(2026, 3, 1), date(2026, 3, 31)),
    ("2026년 상반기", date(2026, 1, 1), date(2026, 6, 30)),
    ("2025. 4.~2026. 2.", date(2025, 4, 1), date(2026, 2, 28)),
    ("2021~2025", date(2021, 1, 1), date(2025, 12, 31)),
]


def quoted(text: str, mark: str) -> str:
    """Every four-digit year of ``text`` with a quote mark before it."""
    return re.sub(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])", mark + r"\1", text)


@pytest.mark.parametrize("mark", QUOTE_MARKS)
@pytest.mark.parametrize(("text", "start", "end"), FOUR_DIGIT)
def test_a_quote_mark_before_a_four_digit_year_is_read(
    text: str, start: date, end: date, mark: str
) -> None:
    span = parse_date(quoted(text, mark))
    assert span is not None and (span.start, span.end) == (start, end)
    assert [(s.start, s.end) for s in find_dates(f"기간: {quoted(text, mark)} 까지")] == [
        (start, end)
    ]


@pytest.mark.parametrize(
    "text", ["※ 기준‘2026.05.31.", "기준 ’2026. 5. 31.", "※ 기준: 2026.05.31.", "* 현재 ’26.5.31."]
)
def test_an_as_of_note_is_a_date(text: str) -> None:
    span = parse_date(text)
    assert span is not None and span.start == span.end == date(2026, 5, 31)
    assert span.raw == text


# --- batch helpers ---------------------------------------------------------------------------


def cli(*args: str) -> tuple[int, str, str]:
    """The command in this process (to inject faults), with stdout and stderr apart."""
    result = CliRunner().invoke(main, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def cli_process(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The command in a process of its own, killed after ``timeout``: a hang fails the test
    (subprocess.TimeoutExpired) instead of stalling the suite."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "extract", *args],
        capture_output=True,
        text=True,
        errors="backslashreplace",
        cwd=ROOT,
        env=env,
        timeout=timeout,
    )


def one_line_errors(stderr: str) -> None:
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr


def combined_files(folder: Path) -> dict[str, bytes]:
    """The batch folder's own files (not the report folders, the manifest or the lock)."""
    return {
        p.name: p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name not in ("manifest.json", ".bogoseo.lock")
    }


# --- 5. inputs that would hang the batch ----------------------------------------------------


def test_a_fifo_a_device_and_a_huge_sparse_file_fail_alone(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    shutil.copy(SAMPLE, good)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(20 * 2**30)  # 20 GB, sparse: no disk used
    out = tmp_path / "out"
    proc = cli_process(
        "convert", str(fifo), "/dev/zero", str(huge), str(good), "--out", str(out), timeout=120
    )
    one_line_errors(proc.stderr)
    assert proc.returncode == 3, proc.stderr
    assert proc.stdout.startswith(f"{good}: 9/13 roles")
    errors = [ln for ln in proc.stderr.splitlines() if ": error: " in ln]
    assert errors == [
        f"{fifo}: error: not a regular file (a named pipe (FIFO)); bogoseo reads report files",
        "/dev/zero: error: not a regular file (a character device); bogoseo reads report files",
        f"{huge}: error: the file is 20480 MB; bogoseo reads reports up to 200 MB",
    ]


def test_the_library_refuses_a_fifo_and_a_device_without_opening_them(tmp_path: Path) -> None:
    # convert() from Python looks before it reads, as the batch does: nothing blocks
    from extract.pipeline import convert

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for path, kind in ((fifo, "a named pipe"), (Path("/dev/zero"), "a character device")):
        with pytest.raises(ReadError, match=f"not a regular file \\({kind}"):
            convert(path)


def test_a_file_is_hashed_by_its_worker_within_the_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the batch process never reads an input (a FIFO would block it before any time
    # limit): its worker hashes it, within the file's --timeout
    from extract import batch, workers

    reads: list[str] = []
    real = workers.file_digest

    def spy(path: Path, limit: int | None = None) -> tuple[str | None, int | None]:
        reads.append(str(path))
        return real(path, limit)

    monkeypatch.setattr(workers, "file_digest", spy)
    shutil.copy(SAMPLE, tmp_path / "a.txt")
    result = batch.convert_batch([tmp_path / "a.txt"], tmp_path / "out", batch.BatchOptions(jobs=1))
    assert reads == [] and result.entries[0].sha256 is not None


# --- 6. file names are data ------------------------------------------------------------------


def test_a_name_that_is_not_utf8_converts_and_is_kept_reversibly(tmp_path: Path) -> None:
    raw = b"report-\xff\xfe.txt"
    bad = tmp_path / os.fsdecode(raw)
    shutil.copy(SAMPLE, bad)
    shutil.copy(SAMPLE, tmp_path / "good.txt")
    out = tmp_path / "out"
    code, stdout, stderr = cli("convert", str(bad), str(tmp_path / "good.txt"), "--out", str(out))
    one_line_errors(stderr)
    assert code == 0, stderr
    assert any(
        ln.startswith(f"{tmp_path}/report-\\xff\\xfe.txt: 9/13 roles")
        for ln in stdout.splitlines()
    )
    manifest = read_manifest(out)
    assert manifest is not None
    item = next(i for i in manifest["inputs"] if i["report_id"] != "good")
    assert item["path"].endswith("report-\\xff\\xfe.txt")
    assert base64.b64decode(item["path_bytes"]) == os.fsencode(bad)
    assert Entry.from_json(item).path == str(bad)
    reports = (out / "reports.csv").read_text(encoding="utf-8")
    assert "report-\\xff\\xfe.txt" in reports
    report = json.loads((out / item["report_id"] / "report.json").read_text(encoding="utf-8"))
    assert report["source"]["file"] == "report-\\xff\\xfe.txt"


def test_a_newline_in_a_name_keeps_every_message_on_one_line(tmp_path: Path) -> None:
    odd = tmp_path / "two\nlines.txt"
    shutil.copy(SAMPLE, odd)
    empty = tmp_path / "empty\r.txt"
    empty.write_bytes(b"")
    code, stdout, stderr = cli("convert", str(odd), str(empty), "--out", str(tmp_path / "out"))
    assert code == 3
    assert stdout.splitlines()[0].startswith(f"{tmp_path}/two\\nlines.txt: 9/13 roles")
    assert len(stdout.splitlines()) == 1
    assert f"{tmp_path}/empty\\r.txt: error: the file is empty" in stderr.splitlines()


def test_long_names_are_cut_to_a_bounded_report_id(tmp_path: Path) -> None:
    long_name = tmp_path / ("가" * 82 + ".txt")  # 250 bytes: as long as a name may be
    assert len(long_name.name.encode()) == 250
    shutil.copy(SAMPLE, long_name)
    twins = [tmp_path / (c * 240) / "report.txt" for c in "ab"]  # ids from the folders
    for path in twins:
        path.parent.mkdir()
        shutil.copy(SAMPLE, path)
    out = tmp_path / "out"
    code, _, stderr = cli("convert", str(long_name), *map(str, twins), "--out", str(out))
    one_line_errors(stderr)
    assert code == 0, stderr
    ids = [e["report_id"] for e in read_manifest(out)["inputs"]]  # type: ignore[index]
    assert len(set(ids)) == 3 and all(len(i.encode()) <= 200 for i in ids), ids
    assert all((out / i / "report.json").is_file() for i in ids)


# --- 7. output faults ------------------------------------------------------------------------


def oserror(code: int) -> OSError:
    return OSError(code, os.strerror(code))


def test_an_empty_out_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, stderr = cli("convert", str(SAMPLE), "--out", "")
    assert code == 2 and stderr.startswith("error: --out is empty")
    assert list(tmp_path.iterdir()) == []


def test_an_out_under_a_regular_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    code, _, stderr = cli("convert", str(SAMPLE), "--out", str(tmp_path / "file" / "out"))
    one_line_errors(stderr)
    assert code == 2 and len(stderr.splitlines()) == 1
    assert stderr.startswith("error: cannot create the output folder")


@pytest.mark.parametrize("where", ["lock", "manifest"])
def test_a_read_only_out_is_a_usage_error_before_any_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    from extract import batch_folder
    from extract.emit import combined

    def refuse(*args: object, **kwargs: object) -> None:
        raise oserror(errno.EROFS)

    if where == "lock":
        monkeypatch.setattr(batch_folder, "open_lock", refuse)
    else:
        monkeypatch.setattr(combined, "atomic_write", refuse)
    out = tmp_path / "out"
    code, stdout, stderr = cli("convert", str(SAMPLE), "--out", str(out))
    one_line_errors(stderr)
    assert code == 2, stderr
    assert stderr.startswith("error: cannot write") and "Read-only file system" in stderr
    assert stdout == "" and not (out / "seoul-innovation-bureau-2021").exists()


def test_a_full_disk_while_the_tables_are_written_keeps_the_previous_dataset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extract.emit import combined

    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SAMPLE, inputs / "a.txt")
    out = tmp_path / "out"
    assert cli("convert", str(inputs), "--out", str(out))[0] == 0
    before = combined_files(out)
    shutil.copy(SAMPLE, inputs / "b.txt")  # a second report: every table changes
    calls = 0
    real = combined.write_bytes

    def full(path: Path, data: bytes) -> None:
        nonlocal calls
        calls += 1
        if calls == 5:
            raise oserror(errno.ENOSPC)
        real(path, data)

    monkeypatch.setattr(combined, "write_bytes", full)
    code, _, stderr = cli("convert", str(inputs), "--out", str(out))
    one_line_errors(stderr)
    assert code == 3, stderr
    assert "error: cannot write the combined tables" in stderr
    assert "No space left on device" in stderr and "previous ones are kept" in stderr
    assert combined_files(out) == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    monkeypatch.setattr(combined, "write_bytes", real)
    code, _, stderr = cli("convert", str(inputs), "--out", str(out))
    assert code == 0, stderr
    assert (out / "reports.csv").read_text(encoding="utf-8").count("\n") == 3


# --- 8. a missing optional dependency -------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "modules", "pip"),
    [
        (["--format", "parquet"], ["pyarrow", "pyarrow.parquet"], "bogoseo[parquet]"),
        (["--engine", "dask"], ["distributed"], "bogoseo[dask]"),
    ],
)
def test_a_missing_optional_dependency_is_a_usage_error_before_any_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    option: list[str],
    modules: list[str],
    pip: str,
) -> None:
    for name in modules:
        monkeypatch.setitem(sys.modules, name, None)  # import raises ImportError
    out = tmp_path / "out"
    code, stdout, stderr = cli("convert", str(SAMPLE), "--out", str(out), *option)
    one_line_errors(stderr)
    assert code == 2 and stdout == ""
    assert len(stderr.splitlines()) == 1 and f"pip install '{pip}'" in stderr
    assert not out.exists()


# --- 9. a run where every file failed --------------------------------------------------------


def test_a_run_where_every_file_failed_writes_no_empty_tables(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "x"
    code, _, stderr = cli("convert", str(empty), "--out", str(out))
    assert code == 3 and "empty.txt: error: the file is empty" in stderr
    assert sorted(p.name for p in out.iterdir() if p.name != ".bogoseo.lock") == [
        "manifest.json",
        "reports.csv",
    ]
    rows = (out / "reports.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 2 and ",failed,the file is empty," in rows[1]


# --- 10. reuse is recorded -------------------------------------------------------------------


def test_a_rerun_records_which_outputs_it_reused_and_from_which_run(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copy(SAMPLE, a)
    shutil.copy(SAMPLE, b)
    out = tmp_path / "out"
    assert cli("convert", str(a), str(b), "--out", str(out))[0] == 0
    first = read_manifest(out)
    assert first is not None and not any(i["reused"] for i in first["inputs"])
    assert {i["run"] for i in first["inputs"]} == {first["run"]}
    os.utime(b, ns=(0, 10**18))  # touched, not changed: its worker compares the sha256
    code, stdout, _ = cli("convert", str(a), str(b), "--out", str(out))
    assert code == 0 and stdout.count("(unchanged, skipped)") == 2
    second = read_manifest(out)
    assert second is not None and second["run"] != first["run"]
    assert [i["reused"] for i in second["inputs"]] == [True, True]
    assert [i["run"] for i in second["inputs"]] == [first["run"]] * 2
    assert second["summary"]["reused"] == 2
    with open(b, "a", encoding="utf-8") as fh:
        fh.write("\n")
    cli("convert", str(a), str(b), "--out", str(out))
    third = read_manifest(out)
    assert third is not None
    assert [(i["reused"], i["run"]) for i in third["inputs"]] == [
        (True, first["run"]),
        (False, third["run"]),
    ]


# --- 11. small-file overhead -----------------------------------------------------------------


def test_the_batch_process_does_not_reparse_what_its_workers_converted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extract import batch

    loads: list[str] = []
    real = batch._load_report

    def spy(out_dir: Path, entry: Entry) -> Report | None:
        loads.append(entry.report_id)
        return real(out_dir, entry)

    monkeypatch.setattr(batch, "_load_report", spy)
    files = [tmp_path / f"r{i}.txt" for i in range(3)]
    for f in files:
        shutil.copy(SAMPLE, f)
    out = tmp_path / "out"
    batch.convert_batch(files, out, batch.BatchOptions(jobs=2))
    assert loads == []  # the workers sent their rows: no report.json parsed again


def test_a_rerun_that_changes_nothing_starts_no_worker_and_rewrites_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extract import batch, workers

    files = [tmp_path / f"r{i}.txt" for i in range(3)]
    for f in files:
        shutil.copy(SAMPLE, f)
    out = tmp_path / "out"
    batch.convert_batch(files, out, batch.BatchOptions(jobs=2))
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.suffix == ".csv"}

    def no_worker(*args: object, **kwargs: object) -> None:
        raise AssertionError("a worker was started")

    monkeypatch.setattr(workers, "Sandbox", no_worker)
    result = batch.convert_batch(files, out, batch.BatchOptions(jobs=2))
    assert [e.reused for e in result.entries] == [True, True, True]
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.suffix == ".csv"} == stamps
