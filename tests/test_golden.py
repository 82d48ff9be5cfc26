"""The whole output for the sample, compared with golden files checked by eye."""

from __future__ import annotations

import pytest

from tests.golden import SAMPLES, differences


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_output_matches_golden(name: str) -> None:
    diffs = differences(name)
    if diffs:
        shown = "\n".join(line for lines in diffs.values() for line in lines[:60])
        pytest.fail(
            f"output differs from tests/golden/{name} in {sorted(diffs)}; read the diff, and if "
            f"the new output is right run `python tests/golden.py --update`\n{shown}"
        )
