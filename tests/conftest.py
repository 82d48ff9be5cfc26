"""Shared fixtures: the sample report, converted once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.pipeline import convert
from schemas import Report

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
