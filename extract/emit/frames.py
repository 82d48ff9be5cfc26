"""A batch folder's combined tables as pandas DataFrames, typed by the table specs.

    >>> from extract.emit.frames import read_dataset   # doctest: +SKIP
    >>> tables = read_dataset("out/")   # doctest: +SKIP
    >>> tables["budget_items"].groupby("report_year")["budget_krw"].sum()   # doctest: +SKIP

Amounts and counts are nullable integers (``Int64``: exact won, empty cells
stay missing, never float), rates ``Float64``, flags ``boolean``, dates
``datetime64`` and text ``string``: the types the datapackage declares.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from extract.emit.combined import SPECS, FieldType

if TYPE_CHECKING:
    import pandas as pd

#: pandas dtype of each Table Schema field type
DTYPES: dict[FieldType, str] = {
    "string": "string",
    "integer": "Int64",
    "number": "Float64",
    "boolean": "string",  # "true"/"false", mapped to boolean after reading
    "date": "string",  # parsed to datetime64 after reading
}


def read_table(path: str | Path, table: str) -> pd.DataFrame:
    """One combined CSV (``OUT/<table>.csv``) with the column types of its spec."""
    import pandas as pd  # heavy: only when a caller asks for frames

    spec = SPECS[table]
    columns = {c.name: c for c in spec.columns}
    frame = pd.read_csv(
        path,
        dtype={name: DTYPES[c.kind] for name, c in columns.items()},
        keep_default_na=False,
        na_values={name: [""] for name in columns},
        encoding="utf-8-sig",  # plain UTF-8, and the --excel BOM
    )
    for name, c in columns.items():
        if c.kind == "boolean" and name in frame:
            frame[name] = frame[name].map({"true": True, "false": False}).astype("boolean")
        elif c.kind == "date" and name in frame:
            frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d")
    return frame


def read_dataset(folder: str | Path) -> dict[str, pd.DataFrame]:
    """Every combined table of a batch folder that exists, by name."""
    out = Path(folder)
    return {
        name: read_table(out / f"{name}.csv", name)
        for name in SPECS
        if (out / f"{name}.csv").exists()
    }
