"""Projects drawn each as a card table titled by its first row ("① 청솔역세권 지구단위계획
재정비" merged across the card) over rows of labels beside their values ("사업기간 | 2025. 3.
~ 2026. 12. | 사업위치 | …"), its cost in a table drawn in its cell ("사업비(천원)" beside
"계 | 구비 | 시비 | 국비"), what was done and what is planned side by side ("추진실적 |
향후계획" over a row of dated lines): a 구's plan of cards under its divisions' titles
("< 도시계획과 >", the caption of the division's first card).

Stages: :func:`card_title` (is it such a card) -> :func:`title_card` (its facts) ->
:func:`title_cards` (the cards of a plan, numbered by division).
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.document import Line
from extract.layout import Table
from extract.layout.caption_units import header_unit
from extract.layout.markers import read_marker
from extract.layout.tables import TableCell
from extract.parse.card_tables import inner_cost, inner_table, table_lines
from extract.parse.cell_projects import CellProject
from extract.parse.costs import read_labelled_cost
from extract.parse.facts_tables import fact_kind
from extract.parse.project_facts import read_period
from extract.parse.schedules import text_steps
from extract.parse.side_blocks import block_kind
from extract.parse.steps import Found
from extract.parse.text import collapse, squash
from extract.unit_names import titled_unit

#: fewest columns of a titled card
MIN_CARD_COLS = 2


def card_title(table: Table) -> str | None:
    """The project a card table is of: its first row one cell across the table ("①
    청솔역세권 …", its mark dropped) over rows that label a period or a cost; None for any
    other table."""
    rows = [r for r in table.rows() if r]
    if len(rows) < 3 or table.n_cols < MIN_CARD_COLS or len(rows[0]) != 1:
        return None
    head = rows[0][0]
    if head.col_span != table.n_cols:
        return None
    text = collapse(head.text)
    found = read_marker(text)
    title = found[1] if found is not None and found[1] else text
    labelled = [c for r in rows[1:] for c in r if _label_kind(c.text) in ("period", "cost")]
    return title if labelled and title else None


def _label_kind(text: str) -> str | None:
    return fact_kind(collapse(text)) if len(squash(text)) <= 12 else None


def _cell_steps(
    table: Table, cell: TableCell, by_no: dict[int, Line], year: int | None
) -> list[Found]:
    lines = tuple(by_no[n] for n in cell.lines if n in by_no)
    out: list[Found] = []
    for para in table.paragraphs(cell):
        text = collapse(para)
        found = read_marker(text)
        text = found[1] if found is not None and found[1] else text
        out.extend(Found(task, span, raw, lines) for span, task, raw in text_steps(text, year)
                   if task)  # fmt: skip
    return out


def title_card(
    table: Table, tables: Sequence[Table], by_no: dict[int, Line], year: int | None
) -> CellProject | None:
    """The project of a titled card table (``tables``: the layout's, where a table drawn in
    its cost's cell is); None for another table."""
    title = card_title(table)
    lines = table_lines(table, by_no)
    if title is None or not lines:
        return None
    proj = CellProject("", title, "", 0, lines)
    rows = [r for r in table.rows() if r][1:]
    for k, row in enumerate(rows):
        for i, label in enumerate(row):
            kind = _label_kind(label.text)
            value = row[i + 1] if i + 1 < len(row) else None
            if kind == "period" and value is not None and proj.period is None:
                proj.period = read_period(collapse(value.text), year)
            elif kind == "cost" and value is not None and proj.cost is None:
                unit = header_unit(label.text)
                inner = inner_table(table, value, tables)
                if inner is not None:
                    proj.cost = inner_cost(inner, unit)
                elif value.text.strip():
                    proj.cost = read_labelled_cost(collapse(value.text) + (unit or ""))
                if proj.cost is not None:
                    proj.cost_raw, proj.cost_label = proj.cost.raw, collapse(label.text)
        # ("추진실적 | 향후계획" over the row of their lines, cell under cell)
        if all(block_kind(c.text) for c in row) and k + 1 < len(rows):
            for below in rows[k + 1]:
                if any(c.col == below.col for c in row):
                    proj.steps += _cell_steps(table, below, by_no, year)
    return proj


def title_cards(
    tables: Sequence[Table], all_tables: Sequence[Table], by_no: dict[int, Line],
    year: int | None, prefix: str = "",
) -> list[tuple[Table, CellProject]]:
    """The titled cards among ``tables`` (a plan's, in order), each numbered under the
    division whose title captions the first of its cards ("< 도시계획과 >": 1-1, 1-2, …),
    or in one run where none does."""
    out: list[tuple[Table, CellProject]] = []
    division: str | None = None
    group = seq = 0
    for table in tables:
        named = titled_unit(collapse(table.caption or ""))
        proj = title_card(table, all_tables, by_no, year)
        if proj is None:
            continue
        if named is not None or group == 0:
            division, group, seq = named or division, group + 1, 0
        seq += 1
        proj.seq, proj.division = seq, proj.division or division
        proj.theme, proj.theme_no = division or "", group if division else 0
        proj.project_id = f"{prefix}{group}-{seq}" if division else f"{prefix}{seq}"
        out.append((table, proj))
    return out
