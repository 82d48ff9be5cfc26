"""Issue 12: defects found trying bogoseo as a new user would, and under faults.

One section per item of the issue; each test failed before its fix.  The
damaged inputs of ../shared/repro/ are made again here by helpers (the same
damage to the sample, or to a PDF made in the test), so nothing here needs
that folder; where a test also reads a file from it, it skips without it.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from extract.read.glyphs import normalize_text
from schemas import Report
from tests.profiles import FUZZ, examples
from tests.test_properties import records
from tests.variants import VARIANTS, Spec, render

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "seoul-innovation-bureau-2021.txt"
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
