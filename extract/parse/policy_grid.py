"""Ⅱ's matrix read from its drawn grid: the cells of the rows its left column labels
(비전, 목표, 핵심과제: :data:`~extract.parse.vocab.POLICY_LABELS`; 추진전략 as the goal
columns under a 목표 of one aim).

Where the reader drew the table (PDF, HWPX, HWP), each cell is whole however its text
wrapped, so no line cutting is needed (:mod:`extract.parse.policy` cuts the flattened
lines of a text export into cells by their phrases).
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.document import Cell, Grid, Line
from extract.layout.tables import Table
from extract.parse.text import collapse, despace, squash
from extract.parse.vocab import DIVISION_SUFFIXES, POLICY_COLUMN_LABELS, POLICY_LABELS


def labelled_rows(grid: Grid) -> dict[str, list[list[Cell]]]:
    """The grid's rows by the part their left column labels (a label cell may span
    several rows), each row the cells right of the label, left to right."""
    parts: dict[str, list[list[Cell]]] = {}
    for label in (c for c in grid.cells if c.col == 0):
        part = POLICY_LABELS.get(squash(label.text))
        if part is None:
            continue
        rows = range(label.row, label.row + label.row_span)
        cells = [
            sorted((c for c in grid.cells if c.row == r and c.col > 0), key=lambda c: c.col)
            for r in rows
        ]
        # (two rows of one part go on it: 경영목표 of one aim over the 전략목표 in columns)
        parts.setdefault(part, []).extend(r for r in cells if r)
    return parts


def cell_text(cell: Cell) -> str:
    """A cell's text, its letter-spacing undone and its lines joined."""
    return collapse(" ".join(despace(p) for p in cell.paragraphs))


def areas_of(row: Sequence[Cell], divisions: Sequence[str]) -> list[str] | None:
    """The goal columns' headings, if ``row`` is that row: each cell names a division
    (its name without 담당관/과), or is set letter-spaced ("사 회 혁 신")."""
    keys = [squash(c.text) for c in row]
    stems = {division_stem(d) for d in divisions}
    spaced = all(len(t) == 1 for c in row for t in c.text.split())
    if keys and all(keys) and (spaced or all(k in stems for k in keys)):
        return keys
    return None


def division_stem(division: str) -> str:
    """A division's name without its ending: 도시계획과 -> 도시계획."""
    for suffix in DIVISION_SUFFIXES:
        if division.endswith(suffix) and len(division) > len(suffix):
            return division[: -len(suffix)]
    return division


def policy_grid(
    tables: Sequence[Table], by_no: dict[int, Line], divisions: Sequence[str] = ()
) -> tuple[str | None, list[Cell], list[str] | None, list[list[Cell]], list[Line]] | None:
    """The first drawn table of ``by_no``'s lines with goals and tasks in columns:
    (vision, goal cells, column headings, task rows, the label and heading lines)."""
    for table in tables:
        if table.inferred or not table.lines or not set(table.lines) <= by_no.keys():
            continue
        for grid in table.grids:
            parts = labelled_rows(grid)
            tasks = parts.get("tasks", [])
            # the goal columns: the 목표 row, or the strategies' under a 목표 of one aim
            heads = [r for r in (*parts.get("goals", []), *parts.get("strategies", [])) if r]
            goals = next((r for r in heads if tasks and len(r) == len(tasks[-1])), None)
            if goals is None or not tasks:
                continue
            ncols = len(goals)
            areas = areas_of(tasks[0], divisions) if len(tasks[0]) == ncols else None
            rows = tasks[1:] if areas else tasks
            if not rows or any(len(r) != ncols for r in rows):
                continue
            aims = [r[0] for r in heads if len(r) == 1 and r is not goals]
            vision_cells = [c for r in parts.get("vision", []) for c in r] or aims[:1]
            vision = collapse(" ".join(cell_text(c) for c in vision_cells)) or None
            labels = [c for c in grid.cells if c.col == 0]
            used = [*labels, *vision_cells, *(tasks[0] if areas else [])]
            used += [c for r in heads if r is not goals for c in r]
            lines = [by_no[n] for c in used for n in c.lines if n in by_no]
            return vision, goals, areas, rows, lines
    return None


#: rows a goals-and-tasks table may set above its header (a 비전 row across it)
MAX_HEAD_ROW = 2


def policy_columns(
    tables: Sequence[Table], by_no: dict[int, Line]
) -> tuple[Cell | None, list[tuple[Cell, list[tuple[Cell | None, Cell]]]]] | None:
    """The goals and tasks of a drawn table that sets them in columns, a goal down the
    first ("정책목표 | 정책과제": "1. 기본이 탄탄한 책임교육" over the rows of its tasks
    "1-1. …", "1-2. …"; a column of strategies between them, "정책목표 | 추진전략 |
    추진과제", each merged down over its tasks): the vision's cell where a row above the
    header states it ("비 전 | …"), and each goal's cell with its tasks' cells, each with
    its strategy's cell (None where no column sets them); None for no such table."""
    for table in tables:
        if table.inferred or not table.lines or not set(table.lines) <= by_no.keys():
            continue
        for grid in table.grids:
            labels = {
                (c.row, c.col): POLICY_COLUMN_LABELS.get(squash(c.text))
                for c in grid.cells if c.row <= MAX_HEAD_ROW
            }  # fmt: skip
            # (the tasks' column is the one right of the goals' label, however wide that
            # is: "경영목표" over two columns, "전략과제" the third)
            width = {(c.row, c.col): c.col_span for c in grid.cells}
            head = next(
                (r for r in range(MAX_HEAD_ROW + 1)
                 if labels.get((r, 0)) == "goals"
                 and labels.get((r, width.get((r, 0), 1))) in ("tasks", "strategies")),
                None,
            )  # fmt: skip
            if head is None:
                continue
            task_col = width.get((head, 0), 1)
            area_col: int | None = None
            if labels.get((head, task_col)) == "strategies":
                area_col, task_col = task_col, task_col + width.get((head, task_col), 1)
                if labels.get((head, area_col)) != "strategies" or (
                    labels.get((head, task_col)) != "tasks"
                ):
                    continue
            vision = next(
                (c for c in grid.cells
                 if c.row < head and c.col > 0 and labels.get((c.row, 0)) == "vision"),
                None,
            )  # fmt: skip
            goals = sorted((c for c in grid.cells if c.col == 0 and c.row > head),
                           key=lambda c: c.row)  # fmt: skip
            areas = [c for c in grid.cells if c.col == area_col and c.row > head]
            out = [
                (g, [(_spanning(areas, c.row), c) for c in sorted(
                    (c for c in grid.cells if c.col == task_col
                     and g.row <= c.row < g.row + g.row_span and c.text.strip()),
                    key=lambda c: c.row)])
                for g in goals if g.text.strip()
            ]  # fmt: skip
            if len(out) >= 2 and all(tasks for _, tasks in out):
                return vision, out
    return None


def _spanning(cells: Sequence[Cell], row: int) -> Cell | None:
    """The cell of ``cells`` merged down over ``row``, if any."""
    return next((c for c in cells if c.row <= row < c.row + c.row_span), None)
