"""Hardening: bad input never crashes, hangs, loses data or lets bad data through.

Every input has a defined outcome: converted; converted with warnings that
name what is missing; or one :class:`extract.errors.BogoseoError` whose
one-line ``reason`` names the problem.  Sections:

* encodings and forms (what tests/test_properties.py does not cover yet);
* inputs that are not a report at all, huge files and pathological lines;
* every compiled regular expression of ``extract`` against adversarial text;
* wrong data: converted as written, flagged by the check that names it;
* the CLI's exit codes for each of these.

Inputs are made in ``tmp_path`` from the sample or from a report variant
(tests/variants.py), whose expected records are computed by the generator.
"""

from __future__ import annotations

import json
import queue
import random
import re
import subprocess
import sys
import textwrap
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO, Any

import pytest
from click.testing import CliRunner

from extract.cli import main
from extract.emit.write import write_report
from extract.errors import BogoseoError, NotAReportError, ReadError
from extract.pipeline import MAX_BYTES, check, convert, parse_document, parse_sections, read_bytes
from extract.sections import split_sections
from schemas import Report
from tests.test_properties import records
from tests.variants import (
    CATEGORY_HEADINGS,
    PUA,
    SMALL,
    VARIANTS,
    actual,
    expected,
    render,
    render_lines,
)

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "tests" / "fixtures" / "bad"


def convert_bytes(data: bytes, name: str = "input.txt") -> Report:
    return check(parse_document(read_bytes(data, name), "input"))


def convert_lines(lines: list[str]) -> Report:
    return convert_bytes(("\n".join(lines) + "\n").encode())


def tables(report: Report) -> dict[str, Any]:
    """The tables as CSV sees them (no provenance, no JSON-only blocks)."""
    return actual(report)


def in_subprocess(code: str, timeout: float) -> subprocess.CompletedProcess[str] | None:
    """Run ``code`` in a fresh Python; None if it did not finish within ``timeout`` s."""
    try:
        return subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        return None


def finishes(code: str, timeout: float) -> str:
    """The output of ``code`` run in a fresh Python; TimeoutError if it takes too long."""
    done = in_subprocess(code, timeout)
    if done is None:
        raise TimeoutError(f"not finished in {timeout} s")
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


# --- encodings and forms ------------------------------------------------------------------------


#: what an EUC-KR export writes for characters KS X 1001 lacks
EUC_KR_LOOKALIKES = str.maketrans({PUA: "□", "∙": "·", "․": "·", "◦": "○"})


def euc_kr_text(text: str) -> str:
    """A text as an EUC-KR export writes it (look-alikes for what EUC-KR lacks)."""
    return text.translate(EUC_KR_LOOKALIKES)


def test_euc_kr_with_crlf_gives_the_same_records() -> None:
    """EUC-KR proper (KS X 1001 only, no CP949 extensions), CRLF line ends."""
    text = euc_kr_text(render(SMALL))
    data = text.replace("\n", "\r\n").encode("euc-kr")
    report = convert_bytes(data)
    assert report.source.encoding == "cp949"
    assert records(report) == records(convert_bytes(text.encode()))
    want = expected(SMALL)
    # audit_findings keep their bullets as written, and EUC-KR writes ○ for ◦
    for table in (t for t in want if t != "audit_findings"):
        assert tables(report)[table] == want[table], table


def test_cp949_with_question_marks_for_what_it_lacks_gives_the_same_records(
    sample_text: str,
) -> None:
    """An export that writes "?" for each character CP949 lacks (bullets ◦ ▸ ➤ and the
    middle dots ‧ ∙ ･ of the sample): a "?" before a line's words is a bullet, one
    between two syllables or set apart between words a middle dot.  The records are the
    UTF-8 file's but the audit findings, whose texts keep their bullets as written."""
    report = convert_bytes(sample_text.encode("cp949", errors="replace"))
    assert report.source.encoding == "cp949"
    base = tables(convert_bytes(sample_text.encode()))
    got = tables(report)
    assert [t for t in base if got[t] != base[t]] == ["audit_findings"]


@pytest.mark.parametrize("mark", ["□", "■"])
def test_square_bullets_do_not_join_theme_titles(sample_text: str, mark: str) -> None:
    base = convert_bytes(sample_text.encode())
    report = convert_bytes(sample_text.replace(PUA, mark).encode())
    assert [p.theme for p in report.projects] == [p.theme for p in base.projects]
    assert [g.goal for g in report.policy_goals] == [g.goal for g in base.policy_goals]


@pytest.mark.parametrize("mark", ["", "?"], ids=["dropped", "question-mark"])
def test_block_labels_without_their_bullet_are_still_labels(sample_text: str, mark: str) -> None:
    base = convert_bytes(sample_text.encode())
    report = convert_bytes(sample_text.replace(PUA, mark).encode())
    assert len(report.project_budgets) == len(base.project_budgets)
    assert len(report.schedules) == len(base.schedules)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be"])
def test_unicode_encodings_with_crlf_give_the_same_records(encoding: str) -> None:
    """A variant (the sample is in test_properties) with a BOM or none, and CRLF."""
    text = render(SMALL)
    report = convert_bytes(text.replace("\n", "\r\n").encode(encoding))
    assert records(report) == records(convert_bytes(text.encode()))
    assert tables(report) == expected(SMALL)


@pytest.mark.parametrize(
    ("form", "table"),
    [
        ("full-width digits", str.maketrans({str(d): chr(0xFF10 + d) for d in range(10)})),
        ("ideographic spaces", str.maketrans({" ": "\u3000"})),
        ("tabs for spaces", str.maketrans({" ": "\t"})),
        ("no-break spaces", str.maketrans({" ": "\u00a0"})),
    ],
)
@pytest.mark.parametrize("source", ["sample", "variant"])
def test_full_width_digits_and_other_spaces_give_the_same_records(
    sample_text: str, source: str, form: str, table: dict[int, str]
) -> None:
    text = sample_text if source == "sample" else render(SMALL)
    changed = text.translate(table)
    assert changed != text
    assert records(convert_bytes(changed.encode())) == records(convert_bytes(text.encode()))


def test_a_tab_for_each_run_of_spaces_gives_the_same_records(sample_text: str) -> None:
    """An editor's tabs for runs of spaces (the gap between a letter-spaced cell's words,
    "삶 의  방 식 을"): a tab is a gap wider than a space, where spaces set the words
    apart."""
    changed = re.sub(r"(?<=\S) {2,}(?=\S)", "\t", sample_text)
    assert changed.count("\t") > 20
    assert records(convert_bytes(changed.encode())) == records(convert_bytes(sample_text.encode()))


def test_mixed_line_ends_in_one_file_give_the_same_records(sample_text: str) -> None:
    rnd = random.Random(3)
    lines = sample_text.split("\n")
    out = []
    for i, ln in enumerate(lines):
        # a lone CR before an empty line would make a CRLF and join two line breaks
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        out.append(ln + rnd.choice(["\n", "\r\n", "\r"] if nxt else ["\n", "\r\n"]))
    data = "".join(out).encode()
    assert records(convert_bytes(data)) == records(convert_bytes(sample_text.encode()))


@pytest.mark.parametrize("quote", ["’", "‘", "'", "′"])
def test_quote_marks_in_schedule_dates_give_the_same_schedules(quote: str) -> None:
    """Each card's 추진일정 rewritten with one quote mark: the same dates."""
    lines = render_lines(SMALL)
    rewritten = [
        ln.replace("’", quote) if ln.startswith("○ ") and " : " in ln else ln for ln in lines
    ]
    assert quote == "’" or rewritten != lines
    got = tables(convert_lines(rewritten))["schedules"]
    want = [(*s[:3], s[3].replace("’", quote), *s[4:]) for s in expected(SMALL)["schedules"]]
    assert got == want


@pytest.mark.parametrize("quote", ["‘", "'", "′", "`"])
def test_quote_marks_anywhere_give_the_same_records(sample_text: str, quote: str) -> None:
    """Every ’ of the sample (dates, budget headers, the staffing date) as another mark."""
    base = convert_bytes(sample_text.encode())
    report = convert_bytes(sample_text.replace("’", quote).encode())

    def dump(r: Report) -> str:
        return json.dumps(records(r), ensure_ascii=False, default=str).replace(quote, "’")

    assert dump(report) == dump(base)
    assert not report.warnings and not report.residue


# --- not a report at all ------------------------------------------------------------------------


def _png() -> bytes:
    return (BAD / "png-renamed.pdf").read_bytes()


def _sample_pdf() -> bytes:
    return (ROOT / "tests" / "fixtures" / "seoul-innovation-bureau-2021.pdf").read_bytes()


#: (case, file name, content, error class, words the reason must contain)
NOT_A_REPORT: list[tuple[str, str, bytes, type[BogoseoError], str]] = [
    ("empty file", "empty.txt", b"", ReadError, "empty"),
    ("only white space", "blank.txt", " \r\n\t\n\u3000\n".encode(), NotAReportError, "no section"),
    ("binary noise", "noise.txt", random.Random(1).randbytes(4096), ReadError, "not a text file"),
    ("NUL bytes", "nul.txt", b"\x00" * 1000, ReadError, "not a text file"),
    ("image renamed .txt", "scan.txt", _png(), ReadError, "not a text file"),
    (
        "text, not a report",
        "poem.txt",
        "산 너머 남촌에는\n누가 살길래\n".encode() * 50,
        NotAReportError,
        "no section",
    ),
    (
        "English text",
        "readme.txt",
        b"This is not a work report.\n" * 100,
        NotAReportError,
        "no section",
    ),
    (
        # one or a few bad bytes are replaced and warned about (tests/test_sections.py);
        # this many mean the file is not UTF-8 at all
        "UTF-8 with many bad bytes",
        "bad-bytes.txt",
        "Ⅰ. 일반현황\n조직현황\n".encode() + b"\x80\xff" * 40 + b"\n",
        ReadError,
        "encoding",
    ),
]
#: the bad PDFs of tests/fixtures/bad (tools/make_bad_pdfs.py)
BAD_PDFS: list[tuple[str, str, type[BogoseoError], str]] = [
    ("image renamed .pdf", "png-renamed.pdf", ReadError, "not a PDF"),
    ("encrypted PDF", "encrypted.pdf", ReadError, "encrypted"),
    ("PDF with no text layer", "image-only.pdf", ReadError, "no text layer"),
    ("PDF of (cid:N) glyphs", "cid-only.pdf", ReadError, "cannot be decoded"),
    ("damaged PDF", "damaged.pdf", ReadError, "damaged"),
    ("truncated PDF", "truncated.pdf", ReadError, "damaged or truncated"),
    ("text layer only partly usable", "mixed-ocr-pages.pdf", NotAReportError, "unusable"),
]


def _assert_one_line(exc: BogoseoError, words: str) -> None:
    assert exc.reason and "\n" not in exc.reason and "\r" not in exc.reason
    assert words.lower() in exc.reason.lower(), exc.reason
    assert "Traceback" not in exc.reason


@pytest.mark.parametrize(
    ("case", "name", "data", "error", "words"), NOT_A_REPORT, ids=[c[0] for c in NOT_A_REPORT]
)
def test_not_a_report_is_a_one_line_error(
    tmp_path: Path, case: str, name: str, data: bytes, error: type[BogoseoError], words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(error) as info:
        convert(path)
    _assert_one_line(info.value, words)


@pytest.mark.parametrize(("case", "name", "error", "words"), BAD_PDFS, ids=[c[0] for c in BAD_PDFS])
def test_bad_pdf_is_a_one_line_error(
    case: str, name: str, error: type[BogoseoError], words: str
) -> None:
    with pytest.raises(error) as info:
        convert(BAD / name)
    _assert_one_line(info.value, words)


def test_a_pdf_named_txt_is_read_as_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "exported.txt"
    path.write_bytes(_sample_pdf())
    report = convert(path)
    assert report.source.format == "pdf"
    assert len(report.audit_findings) == 51


def test_paths_that_are_not_files_are_one_line_errors(tmp_path: Path) -> None:
    cases = [(tmp_path / "missing.txt", "cannot read the file"), (tmp_path, "(a folder)")]
    for path, words in cases:
        with pytest.raises(ReadError) as info:
            convert(path)
        _assert_one_line(info.value, words)


def test_zero_byte_pdf_says_the_file_is_empty() -> None:
    with pytest.raises(ReadError) as info:
        convert(BAD / "empty.pdf")
    _assert_one_line(info.value, "empty")


def test_every_bad_input_fails_alone_in_the_cli(tmp_path: Path) -> None:
    """One run over all bad inputs and a good one: exit 3, one line per bad file, the good
    file converted."""
    folder = tmp_path / "in"
    folder.mkdir()
    names = []
    for _, name, data, _, _ in NOT_A_REPORT:
        (folder / name).write_bytes(data)
        names.append(name)
    for name in [*(c[1] for c in BAD_PDFS), "empty.pdf"]:
        (folder / name).write_bytes((BAD / name).read_bytes())
        names.append(name)
    good = folder / "good.txt"
    good.write_text(render(SMALL), encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["convert", *(str(folder / n) for n in names), str(good), "--out", str(tmp_path / "o")],
    )
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    for name in names:
        errors = [ln for ln in result.output.splitlines() if f"{name}: error: " in ln]
        assert len(errors) == 1, (name, result.output)
    assert (tmp_path / "o" / "good" / "report.json").exists()
    assert not (tmp_path / "o" / "empty").exists()


def test_usage_error_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["convert", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


# --- huge and pathological input -----------------------------------------------------------------


@pytest.mark.slow
def test_a_100_mb_text_file_finishes(tmp_path: Path) -> None:
    """100 MB of Korean text that is not a report: the one-line `no section` error.

    Run in a child process with a time limit (120 s) and an address-space limit
    (4 GB): "it finished" is the only thing measured (about 3 s here).
    """
    rnd = random.Random(5)
    syllables = [chr(c) for c in range(0xAC00, 0xD7A4, 7)]
    words = [
        "".join(rnd.choice(syllables) for _ in range(rnd.randrange(1, 5))) for _ in range(3000)
    ]
    lines = [" ".join(rnd.choice(words) for _ in range(rnd.randrange(10, 60))) for _ in range(2000)]
    block = ("\n".join(lines) + "\n").encode()
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        for _ in range(100 * 2**20 // len(block) + 1):
            f.write(block)
    assert big.stat().st_size >= 100 * 2**20
    code = f"""
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (4 * 2**30, 4 * 2**30))
from extract.errors import BogoseoError
from extract.pipeline import convert
try:
    convert({str(big)!r})
except BogoseoError as exc:
    print("error:", exc.reason)
else:
    print("converted")
"""
    done = in_subprocess(code, timeout=120)
    assert done is not None, "did not finish in 120 s"
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("error: no section of a work report found"), done.stdout


@pytest.mark.slow
def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: no disk used
    with pytest.raises(ReadError) as info:
        convert(big)
    _assert_one_line(info.value, f"bogoseo reads reports up to {MAX_BYTES // 2**20} MB")


def _after_first_bullet(lines: list[str]) -> int:
    """Where a line continues the first bullet of the first card block of a variant."""
    return next(i for i, ln in enumerate(lines) if ln.startswith("○ ")) + 1


LONG_LINES: dict[str, str] = {
    "a million Hangul": "가" * 1_000_000,
    "a million characters of words": "가나 다라마 " * 125_000,
    "a million digits": "7" * 1_000_000,
    "100,000 spaces": " " * 100_000 + "끝",
    "100,000 △": "△" * 100_000,
    "a million ( and ’": "(’" * 500_000,
}


@pytest.mark.parametrize("line", list(LONG_LINES), ids=list(LONG_LINES))
def test_a_long_line_in_a_card_is_read_and_written(tmp_path: Path, line: str) -> None:
    """The line continues a bullet of a card block: every table is unchanged."""
    lines = render_lines(SMALL)
    at = _after_first_bullet(lines)
    report = convert_lines([*lines[:at], LONG_LINES[line], *lines[at:]])
    assert tables(report) == expected(SMALL)
    assert not report.warnings and not report.residue
    assert all(c.passed for c in report.validation)
    folder = write_report(report, tmp_path)
    assert json.loads((folder / "report.json").read_text(encoding="utf-8"))["report_id"]


@pytest.mark.parametrize("line", ["a million Hangul", "100,000 △", "a million digits"])
def test_a_long_line_anywhere_gives_a_result(line: str) -> None:
    """The line after headings, cards, bullets and findings: a result, and the line is kept.

    Kept means: read into a record, or in the outline (it continues a wrapped
    cell or bullet) or a table, or listed as residue; where it breaks a table
    (the org chart), a warning says so.
    """
    text = LONG_LINES[line]
    lines = render_lines(SMALL)
    starts = ("조직현황", "부서별", "붙 임", "1  ", "○", "□ 추진상황")
    places = [i for i, ln in enumerate(lines) if ln.startswith(starts)][::4]
    assert len(places) >= 10
    want = expected(SMALL)
    for at in places:
        changed = [*lines[: at + 1], text, *lines[at + 1 :]]
        data = ("\n".join(changed) + "\n").encode()
        doc = read_bytes(data, "long.txt")
        parsed, _ = parse_sections(split_sections(doc.lines))
        report = convert_bytes(data)
        residue = {r.line for r in report.residue}
        placed = {
            no for n in report.outline for no in range(n.line_start, n.line_end + 1)
        } | {no for c in report.table_cells for no in range(c.line_start, c.line_end + 1)}
        assert at + 2 in parsed.used | residue | placed, (at, lines[at])
        got = tables(report)
        if any(got[t] != want[t] for t in ("organization", "staffing", "budget_items")):
            assert report.warnings, (at, lines[at])


def test_deeply_nested_bullets_are_read_and_written(tmp_path: Path) -> None:
    """10,000 lines of ○ - · in a card block: three levels deep, records unchanged."""
    lines = render_lines(SMALL)
    at = _after_first_bullet(lines)
    nest = [m + " 내용" for m in ("○", "-", "·") * 3334][:10_000]
    report = convert_lines([*lines[:at], *nest, *lines[at:]])
    assert tables(report) == expected(SMALL)

    def depth(items: list[Any]) -> int:
        return 1 + max((depth(b.children) for b in items), default=0) if items else 0

    assert max(depth(b.items) for p in report.projects for b in p.blocks) == 3
    folder = write_report(report, tmp_path)
    assert (folder / "projects.csv").exists()


def test_consecutive_notes_are_siblings() -> None:
    lines = render_lines(SMALL)
    at = _after_first_bullet(lines)
    notes = ["※ 첫째 참고", "※ 둘째 참고", "※ 셋째 참고"]
    report = convert_lines([*lines[:at], *notes, *lines[at:]])
    block = report.projects[0].blocks[0]
    parent = next(b for b in block.items if b.line_start == at)  # the bullet above the notes
    assert [c.text for c in parent.children][:3] == notes


def test_ten_thousand_notes_are_written(tmp_path: Path) -> None:
    lines = render_lines(SMALL)
    at = _after_first_bullet(lines)
    report = convert_lines([*lines[:at], *(["※ 참고"] * 10_000), *lines[at:]])
    write_report(report, tmp_path)


def test_a_long_line_of_unit_marks_in_a_card_finishes() -> None:
    code = f"""
import sys
sys.path.insert(0, ".")
from extract.pipeline import check, parse_document, read_bytes
from tests.variants import SMALL, render_lines
lines = render_lines(SMALL)
at = next(i for i, ln in enumerate(lines) if ln.startswith("○ ")) + 1
text = "\\n".join([*lines[:at], "{PUA} " + "(단위" * 333_000, *lines[at:]])
check(parse_document(read_bytes(text.encode(), "unit.txt"), "unit"))
print("finished")
"""
    assert "finished" in finishes(code, timeout=4)


@pytest.mark.parametrize("unit", ["1억(", "1억 (", "1억원, ", "1억→"])
def test_a_long_line_of_amounts_in_a_card_finishes(unit: str) -> None:
    """40,000 characters of amounts after a cost label: each amount's clause and
    parenthesis are read within a reach, not to the ends of the line (was minutes)."""
    code = f"""
import sys
sys.path.insert(0, ".")
from extract.pipeline import check, parse_document, read_bytes
from tests.variants import SMALL, render_lines
lines = render_lines(SMALL)
at = next(i for i, ln in enumerate(lines) if ln.startswith("○ ")) + 1
text = "\\n".join([*lines[:at], "○ 사업비 : " + {unit!r} * {40_000 // len(unit)}, *lines[at:]])
check(parse_document(read_bytes(text.encode(), "amounts.txt"), "amounts"))
print("finished")
"""
    assert "finished" in finishes(code, timeout=15)


def test_many_goal_lines_finish() -> None:
    code = """
import sys
sys.path.insert(0, ".")
from extract.pipeline import check, parse_document, read_bytes
from tests.variants import SMALL, render_lines
lines = render_lines(SMALL)
at = lines.index("핵심")
extra = [f"목표 문장 {i}번째 줄 지속가능한 도시" for i in range(400)]
text = "\\n".join([*lines[:at], *extra, *lines[at:]])
check(parse_document(read_bytes(text.encode(), "goals.txt"), "goals"))
print("finished")
"""
    assert "finished" in finishes(code, timeout=4)


def test_numbers_without_a_row_label_are_warned() -> None:
    lines = render_lines(SMALL)
    at = next(i for i, ln in enumerate(lines) if ln.startswith("기본경비 "))
    report = convert_lines([*lines[:at], "- - - -", *lines[at:]])
    unnamed = [b for b in report.budget_items if not b.item]
    assert not unnamed or any(w.line_start == at + 1 for w in report.warnings)


def test_output_grows_linearly_with_a_long_table_line() -> None:
    lines = render_lines(SMALL)
    at = next(i for i, ln in enumerate(lines) if ln.startswith("기본경비 "))
    line = "- " * 10_000
    report = convert_lines([*lines[:at], line, *lines[at:]])
    raw = sum(len(b.raw) for b in report.budget_items)
    assert raw < 10 * len(line)


# --- regular expressions against adversarial text ------------------------------------------------

#: budget per (pattern, adversarial string): search + fullmatch + finditer
REGEX_BUDGET_S = 2.0
ADVERSARIAL_CHARS = 30_000
#: known-slow patterns run on strings this many times longer, so that a quadratic
#: pattern is over the budget on any machine (and a fixed one is far under it)
SLOW_FACTOR = 5

_WORKER = textwrap.dedent(
    """
    import importlib, json, sys, time
    N = int(sys.argv[1])
    ATOMS = {"digits": "1", "commas": ",", "spaces": " ", "dots": ".", "quotes": "’",
             "tildes": "~", "hangul": "가", "parens": "(", "closing": ")", "triangles": "△",
             "dashes": "-", "slashes": "/", "percent": "%", "newlines": "\\n"}
    MIXES = {"digit-comma": "1,", "digit-dot-space": "1. ", "year": "’21. ",
             "digit-space": "1 ", "word-space": "가 ", "paren-word": "(가", "amounts": "1,000 ",
             "date-range": "’21. 3.~", "mixed": "1,2. ’3~(가 △-", "fractions": "1/",
             "rates": "1.1%", "unit": "(단위", "label": "가나(1,", "bullets": "○ - · ",
             "colons": "가 : ", "products": "1 × ", "products-x": "1 x 2명*"}
    def strings():
        for name, atom in ATOMS.items():
            yield name, atom * N
            yield name + "+!", atom * (N - 1) + "!"
        for name, mix in MIXES.items():
            yield name, (mix * (N // len(mix) + 1))[:N]
        key = ["digits", "hangul", "spaces", "parens", "commas", "quotes", "dots"]
        for a in key:
            for b in key:
                if a != b:
                    yield f"{a}/{b}", ATOMS[a] * (N // 2) + ATOMS[b] * (N // 2)
    for line in sys.stdin:
        module, attr = json.loads(line)
        pattern = getattr(importlib.import_module(module), attr)
        for name, s in strings():
            if isinstance(pattern.pattern, bytes):
                s = s.encode()
            print(json.dumps(["start", name]), flush=True)
            t = time.perf_counter()
            pattern.search(s)
            pattern.fullmatch(s)
            for _ in pattern.finditer(s):
                pass
            print(json.dumps(["done", name, time.perf_counter() - t]), flush=True)
        print(json.dumps(["pattern"]), flush=True)
    """
)


def compiled_patterns() -> list[tuple[str, str, str]]:
    """(module, attribute, pattern) of every compiled pattern defined in ``extract``."""
    import importlib
    import pkgutil

    import regex

    import extract

    found: dict[int, tuple[str, str, str]] = {}
    for info in pkgutil.walk_packages(extract.__path__, "extract."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        for attr, value in vars(module).items():
            if not isinstance(value, re.Pattern | regex.Pattern):
                continue
            defined_here = re.search(rf"^{re.escape(attr)}\s*(?::[^=]*)?=", source, re.M)
            if id(value) not in found or defined_here:
                found[id(value)] = (info.name, attr, repr(value.pattern))
    return sorted(found.values())


PATTERNS = compiled_patterns()

#: patterns that once backtracked catastrophically (and how they were fixed); they run on
#: strings SLOW_FACTOR times longer, so a regression is over the budget on any machine
SLOW_PATTERNS: dict[tuple[str, str], str] = {
    ("extract.parse.organization", "_COUNT"): (
        r"(\d+)\s*([\p{Hangul}]+) is quadratic on a run of digits (30,000 digits: ~70 s); "
        r"today it only reads headings of <= 40 chars. Fix: (?<!\d)(\d++)\s*+(\p{Hangul}+)"
    ),
    ("extract.parse.budget_items", "_NOTE_AMOUNT"): (
        r"(?P<label>[\p{Hangul}]+)\s*\( is quadratic on a run of Hangul before '(' (it runs on "
        r"any ※ line of the budget appendix, of any length). Fix: (?<!\p{Hangul})\p{Hangul}{1,30}"
    ),
    ("extract.parse.card_blocks", "_UNIT_PART"): (
        r"\(\s*단\s*위.*?\) is quadratic on repeated '(단위' (label_of runs it on whole lines, "
        r"see test_a_long_line_of_unit_marks_in_a_card_finishes). Fix: \(\s*단\s*위[^()]*\)"
    ),
}


def _pump(stream: IO[str], into: queue.Queue[str]) -> None:
    for line in stream:
        into.put(line)


def _run_patterns(patterns: list[tuple[str, str]], chars: int) -> list[tuple[str, str, str, float]]:
    """(module, attr, string name, seconds) of every run; seconds is inf for a killed one.

    One worker process runs the patterns in turn; one that overruns the budget
    is killed and a new worker goes on with the next pattern.
    """
    results: list[tuple[str, str, str, float]] = []
    todo = list(patterns)
    while todo:
        proc = subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(chars)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert proc.stdin is not None and proc.stdout is not None
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=_pump, args=(proc.stdout, lines), daemon=True).start()
        for module, attr in todo:
            proc.stdin.write(json.dumps([module, attr]) + "\n")
        proc.stdin.close()
        current = ""
        started = False
        try:
            while todo:
                module, attr = todo[0]
                # the first message waits for the worker's imports
                limit = REGEX_BUDGET_S + 1.0 if started else 60.0
                try:
                    msg = json.loads(lines.get(timeout=limit))
                except queue.Empty:
                    results.append((module, attr, current, float("inf")))
                    todo.pop(0)
                    break  # kill the worker, start another on the rest
                started = True
                if msg[0] == "start":
                    current = msg[1]
                elif msg[0] == "done":
                    results.append((module, attr, msg[1], msg[2]))
                else:
                    todo.pop(0)
            else:
                proc.wait(timeout=10)
        finally:
            proc.kill()
            proc.wait()
    return results


@pytest.fixture(scope="module")
def regex_times() -> dict[tuple[str, str], list[tuple[str, float]]]:
    """Per pattern, the adversarial strings it took over the budget on (seconds)."""
    names = [(m, a) for m, a, _ in PATTERNS]
    known = [n for n in names if n in SLOW_PATTERNS]
    others = [n for n in names if n not in SLOW_PATTERNS]
    with ThreadPoolExecutor(1 + len(known)) as pool:  # each known-slow one in its own worker
        runs = [pool.submit(_run_patterns, others, ADVERSARIAL_CHARS)]
        runs += [pool.submit(_run_patterns, [n], SLOW_FACTOR * ADVERSARIAL_CHARS) for n in known]
        results = [r for run in runs for r in run.result()]
    slow: dict[tuple[str, str], list[tuple[str, float]]] = {n: [] for n in names}
    for module, attr, name, seconds in results:
        if seconds > REGEX_BUDGET_S:
            slow[(module, attr)].append((name, seconds))
    ran = {(m, a) for m, a, _, _ in results}
    assert ran == set(names), f"never run: {set(names) - ran}"
    return slow


def test_the_pattern_walk_finds_the_patterns() -> None:
    names = {(m, a) for m, a, _ in PATTERNS}
    assert len(PATTERNS) >= 25
    assert ("extract.normalize.date_grammar", "SCAN") in names
    assert ("extract.layout.markers", "_ROMAN") in names
    assert ("extract.parse.project_cards", "_CARD") in names
    assert set(SLOW_PATTERNS) <= names


@pytest.mark.parametrize(
    ("module", "attr"),
    [(m, a) for m, a, _ in PATTERNS],
    ids=[f"{m.removeprefix('extract.')}.{a}" for m, a, _ in PATTERNS],
)
def test_pattern_has_no_catastrophic_backtracking(
    regex_times: dict[tuple[str, str], list[tuple[str, float]]], module: str, attr: str
) -> None:
    slow = regex_times[(module, attr)]
    path = module.replace(".", "/") + ".py"
    pattern = next(p for m, a, p in PATTERNS if (m, a) == (module, attr))
    chars = ADVERSARIAL_CHARS * (SLOW_FACTOR if (module, attr) in SLOW_PATTERNS else 1)
    assert not slow, (
        f"{path} {attr} = {pattern}: over {REGEX_BUDGET_S} s on {chars:,} chars of "
        + ", ".join(f"{n} ({'killed' if t == float('inf') else f'{t:.1f} s'})" for n, t in slow)
    )


# --- data that is wrong ---------------------------------------------------------------------------


def _spans(lines: list[str]) -> list[tuple[int, int]]:
    out = []
    for s in lines:
        a, _, b = s.partition("-")
        out.append((int(a), int(b or a)))
    return out


def _failed(report: Report, code: str) -> list[Any]:
    return [c for c in report.validation if c.check == code and not c.passed]


def _covers(check_lines: list[str], line: int) -> bool:
    return any(a <= line <= b for a, b in _spans(check_lines))


def _finding_lines(lines: list[str], text: str) -> tuple[int, int]:
    """0-based [start, end) of the finding whose first line is "○" + text (with one blank)."""
    start = lines.index(f"○{text}")
    headings = {h for pair in CATEGORY_HEADINGS.values() for h in pair}
    end = next(
        (
            i
            for i in range(start + 1, len(lines))
            if (lines[i].startswith("○") and "자료 제출" not in lines[i]) or lines[i] in headings
        ),
        len(lines),
    )
    while not lines[end - 1].strip():
        end -= 1
    return start, end + 1


def _write(tmp_path: Path, lines: list[str], name: str = "wrong.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_division_sum_that_does_not_add_up(tmp_path: Path) -> None:
    spec = SMALL
    lines = render_lines(spec)
    div = spec.divisions[0]
    old = f"{div.name} {div.budget:,} {div.budget_current:,}"
    at = lines.index(old)
    lines[at] = f"{div.name} {div.budget + 5000:,} {div.budget_current:,}"
    report = convert(_write(tmp_path, lines))
    row = next(b for b in report.budget_items if b.item == div.name)
    assert row.budget_krw == (div.budget + 5000) * 1000  # converted as written
    (hit,) = _failed(report, "budget_items.division_sum.budget")
    assert f"{div.budget + 5000:,}천원" in hit.detail and f"{div.budget:,}천원" in hit.detail
    assert _covers(hit.lines, at + 1)
    assert _failed(report, "budget_items.bureau_sum.budget")
    assert not _failed(report, "budget_items.division_sum.budget_current")


def test_a_quarter_plan_that_exceeds_its_budget(tmp_path: Path) -> None:
    spec = SMALL
    card = spec.themes[1].cards[0]
    row = card.rows[0]
    lines = render_lines(spec)
    quarters = " ".join(f"{q:,}" if q else "-" for q in row.quarters)
    at = lines.index(quarters)
    more = [*row.quarters[:3], row.quarters[3] + 12_345]
    lines[at] = " ".join(f"{q:,}" if q else "-" for q in more)
    report = convert(_write(tmp_path, lines))
    budget = next(b for b in report.project_budgets if b.project_id == "2-1" and b.seq == 1)
    assert budget.q4_krw == more[3] * 1000 and budget.amount_krw == row.amount * 1000
    (hit,) = _failed(report, "project_budgets.quarters")
    assert f"add up to {sum(more):,}천원" in hit.detail
    assert f"{card.basis} is {row.amount:,}천원" in hit.detail
    assert sum(more) > row.amount
    assert _covers(hit.lines, at + 1)
    # the card still agrees with its appendix item: only the plan is wrong
    assert not _failed(report, "project_budgets.vs_appendix")


def test_a_missing_finding(tmp_path: Path) -> None:
    spec = SMALL
    lines = render_lines(spec)
    gone = next(f for f in spec.findings if f.category == "correction")
    start, end = _finding_lines(lines, gone.text[0])
    del lines[start:end]
    report = convert(_write(tmp_path, lines))
    assert len(report.audit_findings) == len(spec.findings) - 1
    (total,) = _failed(report, "audit_findings.count.total")
    assert (total.expected, total.actual) == (str(len(spec.findings)), str(len(spec.findings) - 1))
    (status,) = _failed(report, f"audit_findings.count.{gone.status}")
    assert "the findings listed are" in status.detail
    assert not report.warnings and not report.residue  # nothing else looks wrong


def test_a_duplicated_finding(tmp_path: Path) -> None:
    spec = SMALL
    lines = render_lines(spec)
    twice = spec.findings[2]
    start, end = _finding_lines(lines, twice.text[0])
    lines[end:end] = lines[start:end]
    report = convert(_write(tmp_path, lines))
    assert len(report.audit_findings) == len(spec.findings) + 1
    texts = [f.finding for f in report.audit_findings]
    assert texts.count(" ".join(twice.text)) == 2
    (total,) = _failed(report, "audit_findings.count.total")
    assert total.actual == str(len(spec.findings) + 1)
    assert _failed(report, f"audit_findings.count.{twice.status}")


def test_an_extra_appendix_item(tmp_path: Path) -> None:
    spec = SMALL
    lines = render_lines(spec)
    div = spec.divisions[1]
    at = lines.index(f"{div.name} {div.budget:,} {div.budget_current:,}") + 2
    lines[at:at] = ["추가 편성사업 45,000 45,000", ""]
    report = convert(_write(tmp_path, lines))
    extra = next(b for b in report.budget_items if b.item == "추가 편성사업")
    assert (extra.level, extra.division, extra.budget_krw) == ("item", div.name, 45_000_000)
    failed = {c.check for c in report.validation if not c.passed}
    assert failed == {
        "budget_items.division_sum.budget",
        "budget_items.division_sum.budget_current",
    }
    (budget,) = _failed(report, "budget_items.division_sum.budget")
    assert f"says {div.budget:,}천원" in budget.detail
    assert f"add up to {div.budget + 45_000:,}천원" in budget.detail
    assert _covers(budget.lines, at + 1)


def test_a_summary_count_that_does_not_match_the_findings(tmp_path: Path) -> None:
    spec = SMALL
    lines = render_lines(spec)
    at = next(i for i, ln in enumerate(lines) if ln.startswith("건 의 사 항 "))
    cells = lines[at].split()
    total = int(cells[4])
    cells[4] = str(total + 1)
    lines[at] = " ".join(cells)
    report = convert(_write(tmp_path, lines))
    row = next(r for r in report.audit_summary if r.category == "suggestion")
    assert row.total == total + 1
    (hit,) = _failed(report, "audit_summary.row")
    assert _covers(hit.lines, at + 1)
    assert _failed(report, "audit_summary.total.total")


# --- the CLI on wrong data ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wrong_and_right(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("cli")
    lines = render_lines(SMALL)
    right = _write(folder, lines, "right.txt")
    div = SMALL.divisions[0]
    at = lines.index(f"{div.name} {div.budget:,} {div.budget_current:,}")
    lines[at] = f"{div.name} {div.budget + 1:,} {div.budget_current:,}"
    wrong = _write(folder, lines, "wrong.txt")
    return wrong, right


@pytest.mark.parametrize(
    ("which", "strict", "code"),
    [("wrong", True, 1), ("wrong", False, 0), ("right", True, 0)],
)
def test_strict_exits_1_on_a_failed_check(
    tmp_path: Path, wrong_and_right: tuple[Path, Path], which: str, strict: bool, code: int
) -> None:
    path = wrong_and_right[0] if which == "wrong" else wrong_and_right[1]
    args = ["convert", str(path), "--out", str(tmp_path / "out"), *(["--strict"] if strict else [])]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == code, result.output
    failed = 2 if which == "wrong" else 0  # the division and the bureau sums
    assert f"/ {failed} failed" in result.output
    assert (tmp_path / "out" / path.stem / "validation.csv").exists()  # written either way


def test_variants_convert_in_the_cli(tmp_path: Path) -> None:
    paths = []
    for spec in VARIANTS:
        paths.append(_write(tmp_path, render_lines(spec), f"{spec.name}.txt"))
    result = CliRunner().invoke(
        main, ["convert", *map(str, paths), "--out", str(tmp_path / "out"), "--strict"]
    )
    assert result.exit_code == 0, result.output
    for spec in VARIANTS:
        assert (tmp_path / "out" / spec.name / "report.json").exists()
