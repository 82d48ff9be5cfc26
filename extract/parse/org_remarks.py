"""A unit's note of change in a cell of its own on the unit's row of a table (a 비고
column: "경영지원실 | 인사, 예산 | " over "안전관리실 | 안전점검 | (’25. 7. 신설)").

The note is the row's unit's: the unit named in the rightmost cell left of the note that
spans the note's rows and no more (a 본부 whose cell spans its 실's rows is not the one a
실's row notes).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from extract.document import Cell, Grid
from extract.parse.org_notes import NOTE_WHEN, NOTE_WORDS

#: a cell that is wholly a note of change, bracketed or not ("(’25. 7. 신설)", "신설")
_WHOLE = regex.compile(
    r"^\s*+[(（]?+\s{0,2}+("
    + NOTE_WHEN
    + rf"(?:{NOTE_WORDS})(?:\s?+예정)?+)\s{{0,2}}+[)）]?+\s*+$"
)


def remark_note(text: str) -> str | None:
    """The note of change a cell wholly is, as printed; None for another cell.

    >>> remark_note("(’25. 7. 신설)"), remark_note("2025.7. 개편"), remark_note("신설")
    ('’25. 7. 신설', '2025.7. 개편', '신설')
    >>> remark_note("수영장 3개소 포함"), remark_note("신설 추진"), remark_note("")
    (None, None, None)
    """
    m = _WHOLE.match(text.strip())
    return " ".join(m[1].split()) if m is not None else None


def _squash(text: str) -> str:
    return "".join(text.split())


def _cells(grids: Iterable[Grid]) -> Iterable[tuple[Grid, Cell]]:
    for g in grids:
        for c in g.cells:
            yield g, c
            yield from _cells(c.tables)


def row_change_note(
    name: str, line: int, names: Sequence[str], grids: Sequence[Grid]
) -> str | None:
    """The note of change a cell of its own sets on the row of the table cell that names
    unit ``name`` (on document line ``line``), where that unit is the row's (of
    ``names``, the units read, the rightmost one left of the note whose cell spans the
    note's rows); None where no such cell does."""
    want = _squash(name)
    units = {_squash(n) for n in names}
    for grid, cell in _cells(grids):
        if line not in cell.lines or _squash(cell.text) != want:
            continue
        row = [
            c for c in grid.cells
            if c.row == cell.row and c.row_span == cell.row_span and c is not cell
        ]  # fmt: skip
        notes = [(c, n) for c in row if c.col > cell.col and (n := remark_note(c.text))]
        if len(notes) != 1:
            continue
        at, note = notes[0]
        nearer = any(
            cell.col < c.col < at.col and _squash(c.text) in units for c in row
        )
        if not nearer:
            return note
    return None
