"""JSON Schema files generated from the models (kept in sync by a test).

``report.schema.json`` describes report.json; ``tables/<table>.schema.json``
describe one row of each table.
"""

from __future__ import annotations

import json
from pathlib import Path

from schemas.models import TABLES, Report


def schema_texts() -> dict[str, str]:
    """Relative file name -> JSON text of every schema file."""
    files = {"report.schema.json": Report.model_json_schema()}
    for name, model in TABLES.items():
        files[f"tables/{name}.schema.json"] = model.model_json_schema()
    return {
        k: json.dumps(v, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        for k, v in files.items()
    }


def write_schemas(out_dir: Path) -> list[Path]:
    written = []
    for name, text in schema_texts().items():
        path = out_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
