"""The JSON Schema files in schemas/ are generated from the models and kept in sync."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from schemas import Report
from schemas.generate import schema_texts

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


@pytest.mark.parametrize("name", sorted(schema_texts()))
def test_schema_file_is_in_sync(name: str) -> None:
    path = SCHEMAS / name
    assert path.exists(), f"{name} missing: run `bogoseo schema --out schemas`"
    assert path.read_text(encoding="utf-8") == schema_texts()[name], (
        f"{name} is out of date: run `bogoseo schema --out schemas`"
    )


def test_no_stale_schema_files() -> None:
    on_disk = {p.relative_to(SCHEMAS).as_posix() for p in SCHEMAS.rglob("*.schema.json")}
    assert on_disk == set(schema_texts())


def test_report_json_validates_against_its_schema(sample_report: Report) -> None:
    # round trip through JSON: what a consumer reads back is a valid Report
    data = json.loads(sample_report.model_dump_json())
    assert Report.model_validate(data) == sample_report
    schema = json.loads((SCHEMAS / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    # and the schema is strict enough to catch a wrong record
    data["staffing"][0]["authorized"] = "fifty-four"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
