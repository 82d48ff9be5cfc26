"""Units' names as the report's organisation spells them.

A narrow cell breaks a unit's name over two lines ("복지" / "정책팀" in a staffing table's
header), and a reader that cannot tell a break inside a word from one between two joins
them with a space ("복지 정책팀").  Where the organisation names that unit in one piece
(``○ 1과 5팀 : 복지정책팀, …``), the records of other tables take its spelling.
"""

from __future__ import annotations

from extract.parse.base import Parsed
from extract.parse.text import squash
from schemas import OrgUnit

#: the tables and the field of each that names a unit of the organisation
UNIT_FIELDS: dict[str, str] = {
    "staffing": "unit", "budget_summary": "unit", "budget_lines": "unit",
    "functions": "division",
}  # fmt: skip


def spell_units_as_named(parsed: Parsed) -> None:
    """Each unit's name that a space splits ("복지 정책팀"), as the organisation spells it
    where it names that unit in one piece ("복지정책팀")."""
    named = {
        squash(u.name): u.name
        for u in parsed.tables.get("organization", [])
        if isinstance(u, OrgUnit) and " " not in u.name
    }
    for table, name in UNIT_FIELDS.items():
        records = parsed.tables.get(table, [])
        for i, rec in enumerate(records):
            value = getattr(rec, name, None)
            if isinstance(value, str) and " " in value and squash(value) in named:
                records[i] = rec.model_copy(update={name: named[squash(value)]})

