"""The examples in the docstrings are true: every module of extract that has one."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import extract

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(extract.__path__, "extract.")
    if ">>>" in Path(importlib.util.find_spec(m.name).origin or "").read_text(encoding="utf-8")  # type: ignore[union-attr]
)


def test_the_modules_with_examples_are_found() -> None:
    assert {"extract.cover", "extract.pipeline", "extract.read.text"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
