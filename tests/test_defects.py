"""Issue 12: defects found trying bogoseo as a new user would, and under faults.

One section per item of the issue; each test failed before its fix.  The
damaged inputs of ../shared/repro/ are made again here by helpers (the same
damage to the sample, or to a PDF made in the test), so nothing here needs
that folder; where a test also reads a file from it, it skips without it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.profiles import FUZZ
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
