"""A box's row that closes with a cell of units' names: the names set apart on its line.

A reader writes a table's row of one-line cells as one line, the cells a single space
apart (:func:`extract.read.linearize.rows_to_lines`): a card's title boxed beside the
division that runs it, ``1  청년 일자리 확대`` | ``일자리정책과``, reads as one title with the
division's name at its end.  Where a box (:func:`~extract.layout.boxes.is_box`) joins its
row so and the row's last cell holds units' names alone, the outline is given that line
with a wide gap (:data:`CELL_GAP`) before that cell, as a tab on the title's line sets it
(``1  청년 일자리 확대⇥일자리정책과``), so the project's title and division part there
(:mod:`extract.parse.title_units`).  Only the text's spaces change; a box of a numeral
and its title, ``Ⅰ | 일반현황``, is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from extract.document import Grid, Line
from extract.layout.boxes import is_box

#: the gap a box's cell of units' names is set apart by (wider than a word's space)
CELL_GAP = "   "


def _boxes(grids: Sequence[Grid]) -> Iterator[Grid]:
    for g in grids:
        if is_box(g):
            yield g
        yield from _boxes([t for c in g.cells for t in c.tables])


def _names_units(text: str) -> bool:
    from extract.unit_names import is_unit_name  # (it reads layout's vocabulary: no cycle)

    names = text.strip().strip("()（）").replace("，", ",").split(",")
    return all(is_unit_name(n.strip()) for n in names)


def _set_apart(grid: Grid, by_no: dict[int, Line]) -> dict[int, str]:
    """Line number -> its text with the gap, for each row of ``grid`` so joined."""
    out: dict[int, str] = {}
    for r in sorted({c.row for c in grid.cells}):
        row = sorted((c for c in grid.cells if c.row == r), key=lambda c: c.col)
        full = [c for c in row if c.paragraphs and any(p.strip() for p in c.paragraphs)]
        if len(full) < 2 or any(len(c.lines) != 1 or c.tables for c in full):
            continue
        nos = {c.lines[0] for c in full}
        ln = by_no.get(next(iter(nos))) if len(nos) == 1 else None
        texts = [" ".join(c.paragraphs[0].split()) for c in full]
        if ln is None or " ".join(ln.text.split()) != " ".join(texts):
            continue  # (not the row's cells joined: a PDF's line set otherwise)
        if not _names_units(texts[-1]) or _names_units(texts[-2]):
            continue  # (a row of units alone, a chart's, is no title beside its division)
        at = ln.text.rstrip().rfind(texts[-1].split()[0])
        if at > 0:
            out[ln.no] = ln.text[:at].rstrip() + CELL_GAP + ln.text[at:]
    return out


def set_apart_cells(grids: Sequence[Grid], lines: Sequence[Line]) -> Sequence[Line]:
    """``lines``, each box row's line that closes with a cell of units' names alone given
    :data:`CELL_GAP` before that cell (``lines`` themselves where no box has one)."""
    boxes = list(_boxes(grids))
    if not boxes:
        return lines
    by_no = {ln.no: ln for ln in lines}
    texts: dict[int, str] = {}
    for g in boxes:
        texts.update(_set_apart(g, by_no))
    if not texts:
        return lines
    return [ln._replace(text=texts[ln.no]) if ln.no in texts else ln for ln in lines]
