"""Issue 12: defects found trying bogoseo as a new user would, and under faults.

One section per item of the issue; each test failed before its fix.  The
damaged inputs of ../shared/repro/ are made again here by helpers (the same
damage to the sample, or to a PDF made in the test), so nothing here needs
that folder; where a test also reads a file from it, it skips without it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.batch import summarize
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
