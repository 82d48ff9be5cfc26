"""A project's budget plan (예산 집행계획) from its table: amounts by quarter.

A table whose quarter columns (1분기 .. 4분기, 1/4분기) hold amounts is a budget
plan, not a schedule, whatever its caption: each row with amounts is an item (its
name in the row-header column, its amount in the column headed 예산현액 or 예산액,
else the amount left of the quarters); a row under it without amounts (what is done
each quarter) and a 비고 column are the item's notes.  A note under the table that
states a carried-over amount (※ ’20년 사고이월액 200,000천원 포함) is the item's when
the table has one item.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from extract.document import Line
from extract.layout import Table
from extract.layout.tables import TableCell, is_value
from extract.normalize import parse_money
from extract.parse.base import prov
from extract.parse.text import collapse, squash
from extract.parse.vocab import BASIS_WORDS, CARRYOVER_WORDS
from schemas import ProjectBudget

_QUARTER = regex.compile(r"^(?P<q>[1-4])\s*(?:/\s*4\s*)?분기$")
#: an amount with its unit; a match starts only where a run of digits starts (linear)
_MONEY = regex.compile(r"(?<![\d,])[\d,]++\s*+(?:천원|백만원|억원|만원|원)")
#: fewest quarter columns of a budget plan
MIN_QUARTERS = 2


@dataclass(slots=True)
class _Row:
    """An item row of the plan with the rows of notes under it."""

    name: str
    amount: str
    quarters: dict[int, str]
    cells: list[TableCell] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def quarter_columns(table: Table) -> dict[int, int]:
    """Column -> quarter (1-4) of the columns a header names as a quarter."""
    out: dict[int, int] = {}
    for c in table.cells:
        if c.row >= max(table.header_rows, 1) or c.col_span != 1:
            continue
        m = _QUARTER.match("".join(c.text.split()))
        if m:
            out[c.col] = int(m["q"])
    return out if len(out) >= MIN_QUARTERS else {}


def _body(table: Table) -> list[list[TableCell]]:
    return [r for r in table.rows() if r and r[0].row >= max(table.header_rows, 1)]


def is_budget_plan(table: Table) -> bool:
    """Quarter columns that hold amounts: a budget plan (a schedule's hold tasks)."""
    cols = quarter_columns(table)
    return any(
        sum(1 for c in row if c.col in cols and c.text and is_value(c.text)) >= MIN_QUARTERS
        for row in _body(table)
    )


def _basis(table: Table) -> tuple[str, int | None]:
    """What the amount is (예산현액, 예산액) and its column, from the header."""
    for c in table.cells:
        if c.row < max(table.header_rows, 1) and squash(c.text) in BASIS_WORDS:
            return BASIS_WORDS[squash(c.text)], c.col
    return "", None


def _rows(table: Table) -> list[_Row]:
    cols = quarter_columns(table)
    first = min(cols)
    _, amount_col = _basis(table)
    out: list[_Row] = []
    for row in _body(table):
        quarters = {cols[c.col]: c.text for c in row if c.col in cols and is_value(c.text)}
        if len(quarters) < MIN_QUARTERS:
            if out:  # what is done each quarter, or a note across the row
                out[-1].notes.extend(c.text for c in row if c.text)
                out[-1].cells.extend(row)
            continue
        values = [c for c in row if c.col < first and c.text and is_value(c.text)]
        amount = next((c for c in values if c.col == amount_col), values[-1] if values else None)
        taken = {id(c) for c in values}
        name = " ".join(c.text for c in row if c.col < first and id(c) not in taken and c.text)
        notes = [c.text for c in row if c.col > first and c.col not in cols and c.text]
        out.append(_Row(collapse(name), amount.text if amount else "", quarters, list(row), notes))
    return out


def carryover(notes: Sequence[Line]) -> tuple[int, Line] | None:
    """The amount of a note that states a carried-over amount, and its line."""
    for ln in notes:
        if any(w in squash(ln.text) for w in CARRYOVER_WORDS):
            m = _MONEY.search(ln.text)
            amount = parse_money(m[0]) if m else None
            if amount is not None:
                return amount, ln
    return None


def _money(text: str, unit: str | None) -> int | None:
    return parse_money(text, unit=unit) if unit and text else None


def budget_records(
    table: Table, project_id: str, by_no: dict[int, Line], notes: Sequence[Line] = ()
) -> list[ProjectBudget]:
    """The items of a budget plan table (``notes``: the note lines under it)."""
    basis, _ = _basis(table)
    unit = table.currency_unit
    rows = _rows(table)
    carry = carryover(notes) if len(rows) == 1 else None
    out: list[ProjectBudget] = []
    for seq, row in enumerate(rows, start=1):
        nos = sorted({n for c in row.cells for n in c.lines})
        lines = [by_no[n] for n in nos if n in by_no]
        if carry is not None:
            lines.append(carry[1])
        out.append(
            ProjectBudget(
                project_id=project_id,
                seq=seq,
                item=row.name,
                basis=basis,
                currency_unit=unit or "",
                amount_krw=_money(row.amount, unit),
                q1_krw=_money(row.quarters.get(1, ""), unit),
                q2_krw=_money(row.quarters.get(2, ""), unit),
                q3_krw=_money(row.quarters.get(3, ""), unit),
                q4_krw=_money(row.quarters.get(4, ""), unit),
                notes=collapse(" ".join(row.notes)),
                carryover_krw=carry[0] if carry is not None else None,
                raw=" | ".join(ln.text.strip() for ln in lines),
                **prov(lines),
            )
        )
    return out
