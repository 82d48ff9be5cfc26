"""Shared fixtures: the sample report, converted once per session; hypothesis profiles.

Hypothesis runs derandomized by default (profile ``ci``: the same examples on
every run and every machine, no example database), so ``make test`` and CI
pass or fail the same way each time.  ``make fuzz`` sets ``BOGOSEO_FUZZ=N``:
profile ``fuzz``, random seeds, and N times the examples each property asks
for (:func:`tests.profiles.examples`).  A failure found by fuzzing is added to
its property as an ``@example``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from extract.pipeline import convert
from schemas import Report
from tests.profiles import PROFILE

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("fuzz", derandomize=False, print_blob=True)
settings.load_profile(PROFILE)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "seoul-innovation-bureau-2021.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_report() -> Report:
    return convert(SAMPLE)
