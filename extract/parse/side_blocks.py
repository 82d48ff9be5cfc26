"""A project's blocks set side by side in a table under its title, each column headed by
its label: what was done and what is planned ("2025년 추진실적 | 2026년 추진계획" over a
row of their bulleted lines, "○ 사업기간 : 2026. 1.~12.", "○ 사업비 : 2,600백만원(국 1,000
시 1,600)", "○ 추진일정 : ’26. 2. 공고 → 4. 선정").

Each paragraph of a column's cell is read as the bullet it would be under its block's
label in the outline: the plan's column gives the project's period, cost and steps, the
other its steps done (progress); what was spent last year is no cost of the plan.

Stages: :func:`side_blocks` (is it such a table) -> :func:`cell_nodes` (a cell's bullets)
-> :func:`read_side_table` (the facts and steps of the project it stands under).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from extract.document import Line
from extract.layout import Node, Table
from extract.layout.markers import read_marker
from extract.layout.tables import TableCell
from extract.parse.plan import Unit, is_past_label
from extract.parse.plan_facts import apply_fact
from extract.parse.project_facts import labelled
from extract.parse.schedules import names_plan, node_schedules, stated_year
from extract.parse.steps import Found
from extract.parse.text import collapse, squash

#: longest block label (spaces aside) heading a column ("2025년주요추진실적")
MAX_BLOCK_LABEL = 12


def block_kind(text: str) -> str | None:
    """"progress" or "plan" for a label over dated lines (추진실적, 향후계획); else None."""
    key = squash(text)
    if not key or len(key) > MAX_BLOCK_LABEL:
        return None
    if is_past_label(key):
        return "progress"
    return "plan" if names_plan(key) else None


def side_blocks(table: Table) -> list[tuple[str, TableCell, TableCell]]:
    """(kind, label cell, cell) of each block a table sets side by side: a row of block
    labels, one a plan's, over one row of their cells; [] for another table."""
    rows = [r for r in table.rows() if r]
    if len(rows) != 2 or len(rows[0]) < 2:
        return []
    kinds = [block_kind(c.text) for c in rows[0]]
    if "plan" not in kinds or not all(kinds):
        return []
    below = {c.col: c for c in rows[1]}
    return [(k, h, below[h.col]) for k, h in zip(kinds, rows[0], strict=True)
            if k is not None and h.col in below]  # fmt: skip


def cell_nodes(table: Table, cell: TableCell, by_no: Mapping[int, Line]) -> list[Node]:
    """The paragraphs of ``cell`` as bullets, each on a line of its own at the cell's first
    line (a row of an HWPX table is one line of the Document); a paragraph with no marker
    goes on the bullet before it (a PDF cell's lines are its wraps)."""
    first = next((by_no[n] for n in cell.lines if n in by_no), None)
    if first is None:
        return []
    out: list[Node] = []
    for para in table.paragraphs(cell):
        text = collapse(para)
        found = read_marker(text)
        if not text:
            continue
        line = first._replace(text=text, raw=para)
        if found is None and out:
            out[-1].lines.append(line)
            continue
        title = found[1] if found is not None and found[1] else text
        out.append(Node("bullet", found[0] if found else None, title, [line], 1))
    return out


def read_side_table(
    u: Unit, table: Table, by_no: Mapping[int, Line], year: int | None
) -> tuple[list[Found], list[Found]]:
    """The steps planned and the steps done that a table of blocks side by side under the
    project ``u`` lists; the period and cost its plan's column states are taken into ``u``
    (where its lines stated none)."""
    planned: list[Found] = []
    done: list[Found] = []
    for kind, label, cell in side_blocks(table):
        # (each column of the year its label names: "2025년 추진실적 | 2026년 추진계획")
        y = stated_year(collapse(label.text)) or year
        for node in cell_nodes(table, cell, by_no):
            if kind == "plan":
                for item in labelled(node.text):
                    apply_fact(u, item, node.lines[0], y)
                planned += node_schedules(node, y, u.title, True)
            else:
                done += node_schedules(node, stated_year(node.title) or y, u.title, True)
    return planned, done


def side_tables(
    tables: Sequence[Table], owner: Mapping[int, Unit], by_no: Mapping[int, Line],
    year: int | None,
) -> dict[int, tuple[Unit, list[Found], list[Found]]]:
    """Table id -> (its project, steps planned, steps done) for each table of blocks side
    by side under a project (``owner``: outline node seq -> the project it belongs to)."""
    out: dict[int, tuple[Unit, list[Found], list[Found]]] = {}
    for table in tables:
        u = owner.get(table.node) if table.node is not None else None
        if u is not None and side_blocks(table):
            out[id(table)] = (u, *read_side_table(u, table, by_no, year))
    return out
