"""Properties of bad input (hypothesis): nothing crashes, nothing vanishes, nothing half-written.

* any bytes given to the CLI: a summary or a one-line error per file, exit 0/1/3;
* every content line is used by a parser, a heading, or listed as residue;
* white space, blank lines, page footers, line ends and the Unicode
  normalization form do not change any record of a report variant;
* a report's output folder is written completely or not at all.

tests/test_properties.py has the same kind of properties for the sample and
for the library; these add the CLI, the variants and the line accounting.
"""

from __future__ import annotations

import os
import random
import tempfile
import unicodedata
from pathlib import Path
from typing import Any, Literal

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extract.cli import main
from extract.document import LineKind
from extract.emit.write import report_files, write_report
from extract.errors import BogoseoError, OutputError
from extract.layout import layout
from extract.pipeline import check, parse_document, parse_sections, read_bytes
from extract.sections import split_sections
from extract.title_roles import TITLES
from schemas import Report
from tests.profiles import examples
from tests.test_properties import records
from tests.variants import VARIANTS, Spec, actual, damage, expected, render

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "seoul-innovation-bureau-2021.txt"
SETTINGS = settings(
    max_examples=examples(12),
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.large_base_example,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
variants = st.sampled_from(VARIANTS)


def convert_text(text: str) -> Report:
    return check(parse_document(read_bytes(text.encode(), "input.txt"), "input"))




# --- the CLI on any bytes ---------------------------------------------------------------------

#: what one input file holds: random bytes, random text, or a damaged report
blobs = st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8", errors="surrogatepass")),
    st.binary(max_size=2000).map(lambda b: b"%PDF-1.4\n" + b),
    st.tuples(variants, st.integers(min_value=0)).map(
        lambda vs: "\n".join(damage(render(vs[0]).split("\n"), vs[1])).encode()
    ),
)


@settings(
    max_examples=examples(5),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    st.lists(st.tuples(blobs, st.sampled_from([".txt", ".pdf"])), min_size=1, max_size=5),
    st.booleans(),
)
def test_the_cli_gives_a_line_per_file_and_a_known_exit_code(
    files: list[tuple[bytes, str]], strict: bool
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = []
        for n, (data, ext) in enumerate(files):
            path = folder / f"input{n}{ext}"
            path.write_bytes(data)
            paths.append(path)
        args = ["convert", *map(str, paths), "--out", str(folder / "out")]
        result = CliRunner().invoke(main, [*args, *(["--strict"] if strict else [])])
    assert result.exit_code in ({0, 1, 3} if strict else {0, 3}), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert "internal error" not in result.output, result.output
    lines = result.output.splitlines()
    for path in paths:
        mine = [ln for ln in lines if ln.startswith(f"{path}: ")]
        assert len(mine) == 1, (path, result.output)
        assert mine[0].startswith(f"{path}: error: ") or " roles, " in mine[0]


# --- every line is accounted for -----------------------------------------------------------------


def account(text: str) -> tuple[set[int], set[int], Report]:
    """(content lines, lines used by a parser or a heading, report); checks the residue.

    Every content line is in the outline, in a table, or residue, and residue is
    exactly the content lines in neither.
    """
    doc = read_bytes(text.encode(), "input.txt")
    sections = split_sections(doc.lines)
    parsed, _ = parse_sections(sections)
    report = check(parse_document(doc, "input"))
    content = {ln.no for ln in doc.lines if ln.is_content}
    used = parsed.used | sections.heading_lines
    lay = layout(doc, TITLES)
    placed = lay.outline_lines | lay.table_lines
    residue = {r.line for r in report.residue}
    assert content <= placed | residue, "a content line vanished"
    assert residue == content - placed, "residue is not exactly the unplaced content lines"
    assert report.stats is not None and report.stats.residue_lines == len(residue)
    by_no = {ln.no: ln for ln in doc.lines}
    for r in report.residue:
        assert r.text == by_no[r.line].text.strip()
    # what no parser may take: blank lines and page furniture are never residue
    assert not {n for n, ln in by_no.items() if ln.kind is not LineKind.CONTENT} & residue
    # every record points at lines that exist
    for name, rows in records(report).items():
        for row in rows:
            for key in ("line_start", "line_end"):
                if isinstance(row, dict) and row.get(key) is not None:
                    assert 1 <= row[key] <= len(doc.lines), (name, row)
    return content, used, report


def test_every_line_of_the_sample_is_used() -> None:
    content, used, report = account(SAMPLE.read_text(encoding="utf-8"))
    assert content <= used and not report.residue


@pytest.mark.parametrize("spec", VARIANTS, ids=[s.name for s in VARIANTS])
def test_every_line_of_a_variant_is_used(spec: Spec) -> None:
    content, used, report = account(render(spec))
    assert content <= used and not report.residue


@SETTINGS
@given(st.one_of(st.just(None), variants), st.integers(min_value=0))
def test_damaged_reports_lose_no_line(spec: Spec | None, seed: int) -> None:
    text = SAMPLE.read_text(encoding="utf-8") if spec is None else render(spec)
    damaged = "\n".join(damage(text.split("\n"), seed))
    try:
        account(damaged)
    except BogoseoError as exc:
        assert exc.reason and "\n" not in exc.reason


# --- formatting does not change records ---------------------------------------------------


@SETTINGS
@given(
    variants,
    st.lists(st.integers(min_value=0, max_value=1200), max_size=40),
    st.sampled_from(["", " ", "\u3000", "- 7 -"]),
)
# found on a fresh clone (issue 12): a blank line inside the wrapped name cell of a
# card's budget row ("문화지역공동체지원" / "사업") split the name
@example(next(s for s in VARIANTS if s.name == "small-2019"), [219], "")
def test_blank_lines_and_page_footers_do_not_change_a_variant(
    spec: Spec, positions: list[int], filler: str
) -> None:
    lines = render(spec).split("\n")
    for pos in sorted({p % len(lines) for p in positions}, reverse=True):
        lines[pos:pos] = [filler]
    report = convert_text("\n".join(lines))
    assert actual(report) == expected(spec)
    assert records(report, False) == records(convert_text(render(spec)), False)
    assert not report.residue and not report.warnings


@SETTINGS
@given(
    variants,
    st.lists(st.sampled_from([" ", "  ", "\t", " \t ", "\u3000", "\u00a0"]), min_size=1),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.integers(min_value=0),
)
def test_trailing_spaces_and_line_ends_do_not_change_a_variant(
    spec: Spec, pads: list[str], eol: str, seed: int
) -> None:
    rnd = random.Random(seed)
    lines = [
        ln + (rnd.choice(pads) if rnd.random() < 0.5 else "") for ln in render(spec).split("\n")
    ]
    report = convert_text(eol.join(lines))
    assert records(report) == records(convert_text(render(spec)))


@pytest.mark.parametrize("form", ["NFD", "NFKC"])
@pytest.mark.parametrize("spec", VARIANTS, ids=[s.name for s in VARIANTS])
def test_unicode_normalization_form_does_not_change_a_variant(
    spec: Spec, form: Literal["NFD", "NFKC"]
) -> None:
    text = render(spec)
    changed = unicodedata.normalize(form, text)
    assert changed != text
    if form == "NFD":
        assert records(convert_text(changed)) == records(convert_text(text))
    else:  # NFKC also folds look-alikes (Ⅰ -> I, ․ -> .): the tables must still come out
        assert actual(convert_text(changed)) == expected(spec)


# --- all files written or none ------------------------------------------------------------------


@pytest.fixture(scope="module")
def report() -> Report:
    return convert_text(render(VARIANTS[1]))


def _fail_after(n: int) -> Any:
    real = Path.write_text
    calls = {"n": 0}

    def write_text(self: Path, *args: Any, **kwargs: Any) -> int:
        calls["n"] += 1
        if calls["n"] > n:
            raise OSError(28, "No space left on device")
        return real(self, *args, **kwargs)

    return write_text


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@SETTINGS
@given(st.integers(min_value=0, max_value=40), st.booleans())
def test_a_failure_mid_write_leaves_all_or_nothing(report: Report, n: int, previous: bool) -> None:
    files = len(report_files(report))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        before: dict[str, bytes] = {}
        if previous:
            old = report.model_copy(
                update={"meta": report.meta.model_copy(update={"title": "old"})}
            )
            before = _snapshot(write_report(old, out))
        mp = pytest.MonkeyPatch()
        mp.setattr(Path, "write_text", _fail_after(n))
        try:
            target = write_report(report, out)
        except OutputError:
            target = None
        finally:
            mp.undo()
        assert [p.name for p in out.iterdir()] == ([report.report_id] if previous or target else [])
        folder = out / report.report_id
        if target is None:
            assert n < files
            if previous:
                assert _snapshot(folder) == before  # the old output, untouched
        else:
            assert n >= files
            assert _snapshot(folder) == {
                name: text.encode("utf-8") for name, text in report_files(report).items()
            }


def test_a_failure_while_swapping_keeps_the_old_output(
    report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _snapshot(write_report(report, tmp_path))
    real = os.replace
    calls: list[tuple[Any, Any]] = []

    def replace(src: Any, dst: Any) -> None:
        calls.append((src, dst))
        if len(calls) == 2:  # old -> aside worked; new -> target fails
            raise OSError(18, "Invalid cross-device link")
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OutputError):
        write_report(report, tmp_path)
    monkeypatch.undo()
    assert (tmp_path / report.report_id).is_dir(), sorted(p.name for p in tmp_path.iterdir())
    assert _snapshot(tmp_path / report.report_id) == before


def test_write_report_fails_when_the_folder_cannot_be_made(report: Report, tmp_path: Path) -> None:
    """OUT is a file: a one-line OutputError, and nothing is left behind next to it."""
    out = tmp_path / "out"
    out.write_text("a file, not a folder", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write"):
        write_report(report, out)
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
