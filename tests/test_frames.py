"""The combined CSVs load into pandas with their declared types, no cleaning."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from extract.batch import convert_batch
from extract.batch_types import BatchOptions
from extract.emit.frames import read_dataset

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "seoul-innovation-bureau-2021.txt"


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    out = tmp_path_factory.mktemp("dataset")
    convert_batch([SAMPLE], out, BatchOptions(jobs=1))
    return read_dataset(out)


def test_amounts_are_exact_integers(tables: dict[str, pd.DataFrame]) -> None:
    items = tables["budget_items"]
    assert str(items["budget_krw"].dtype) == "Int64"
    # 붙임 1 of the sample: the bureau row and its three divisions, in won
    bureau = items[items["level"] == "bureau"]["budget_krw"].sum()
    divisions = items[items["level"] == "division"]["budget_krw"].sum()
    assert bureau == divisions == 12_099_481_000


def test_dates_rates_flags_and_missing_values(tables: dict[str, pd.DataFrame]) -> None:
    schedules = tables["schedules"]
    assert str(schedules["start"].dtype).startswith("datetime64")
    first = schedules.iloc[0]
    assert (first["project_id"], str(first["start"].date()), str(first["end"].date())) == (
        "1-1",
        "2021-03-01",
        "2021-03-31",
    )
    summary = tables["budget_summary"]
    assert str(summary["change_pct"].dtype) == "Float64"
    assert summary.loc[summary["is_total"], "change_pct"].tolist() == [-28.3]
    assert str(summary["is_total"].dtype) == "boolean"
    assert summary["page_start"].isna().all()  # a text file has no pages: missing, not 0
    assert str(tables["staffing"]["authorized"].dtype) == "Int64"
