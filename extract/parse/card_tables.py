"""Projects drawn each as a table of labels beside their values, its name the first row's.

"사 업 명 | 기후변화 대응 벼 신품종 육성" over "사업기간 | …", "사 업 비 | …", "추진일정 | …",
"담당부서 | …": a card of one project, set under the theme it belongs to ("1. 기후위기
대응 …" over two such tables).  The steps are the 추진일정 cell's paragraphs, or the rows
of a table drawn in that cell ("시 기 | 내 용").

Stages: :func:`card_name` (the table's project) -> :func:`card_project` (its facts).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from extract.document import Line
from extract.layout import Table
from extract.layout.caption_units import header_unit
from extract.layout.tables import TableCell
from extract.parse.cell_projects import CellProject
from extract.parse.costs import Cost, is_source, read_cost, read_labelled_cost, source_name
from extract.parse.facts_tables import (
    INVESTMENT_TOTALS,
    fact_items,
    fact_kind,
    fact_steps,
    investment_items,
    is_cost_total,
    is_facts_table,
    labelled_rows,
)
from extract.parse.plan import OVERVIEW_ENDINGS, OVERVIEW_LABELS
from extract.parse.project_facts import division_value, read_period
from extract.parse.schedule_tables import event_rows, table_rows
from extract.parse.steps import Found
from extract.parse.text import collapse, split_marker, squash
from extract.parse.vocab import EVIDENCE_BRACKET, EVIDENCE_LABEL, NAME_LABELS
from extract.unit_names import closing_units


def label_pairs(table: Table) -> list[tuple[TableCell, TableCell]]:
    """(label, value) of each fact of a card table: each cell beside the next in its row
    (``사 업 명 | …`` over ``사업기간 | …``), or, in a row of labels over one row of values
    (``사 업 명 | 사업기간 | 사 업 비 | …`` over the project's), each label over its value."""
    rows = labelled_rows(table)
    if (
        len(rows) == 2 and len(rows[0]) == len(rows[1]) >= 2
        and squash(rows[0][0].text) in NAME_LABELS and fact_kind(rows[0][1].text) is not None
        and squash(rows[1][0].text) not in NAME_LABELS and fact_kind(rows[1][0].text) is None
    ):  # fmt: skip
        return list(zip(rows[0], rows[1], strict=True))
    return [pair for row in rows for pair in itertools.pairwise(row)]


def card_name(table: Table) -> str | None:
    """The project a facts table is the card of: the value of its 사업명 label, the first
    of its row (or of the row of labels); None for another table."""
    if not is_facts_table(table):
        return None
    for label, value in label_pairs(table):
        if label.col == 0 and squash(label.text) in NAME_LABELS and value.text.strip():
            return collapse(value.text)
    return None


def inner_table(table: Table, cell: TableCell, tables: Sequence[Table]) -> Table | None:
    """The table drawn in ``cell`` of ``table``, if any."""
    return next((t for t in tables if t.parent == (table.id, cell.row, cell.col)), None)


def inner_cost(inner: Table, unit: str | None) -> Cost | None:
    """The cost a table drawn in the cost's cell states: its 계 column's figure, each
    source column's its share ("계 | 구비 | 시비 | 국비" over "850,000 | 510,000 | 340,000 |
    -"), in the label's unit; of several rows, its total's ("총사업비 | 8,400 | …" over
    "’26년 | 3,900 | …": the whole cost, not the year's), else none."""
    rows = [r for r in inner.rows() if r]
    if len(rows) < 2 or unit is None:
        return None
    body = rows[1:]
    if len(body) > 1:
        # (of the years' rows, whose the card's cost is, is unsaid without a total's)
        totals = [r for r in body if r[0].col == 0 and is_cost_total(r[0].text)]
        if len(totals) != 1:
            return None
        body = totals
    heads = {c.col: squash(c.text) for c in rows[0]}
    values = {c.col: collapse(c.text) for c in body[0]}
    return columns_cost(heads, values, unit)


def row_costs(table: Table, unit: str | None) -> list[tuple[str, Cost]]:
    """The cost each body row of a table of sources states under its headers' last parts,
    a group header over the sources aside ("구 분 | 계 | 재 원 별" over "국 비 | 도 비 |
    시군비"; rows "총사업비 …", "2026년 …"), each with its row's label; :func:`inner_cost`'s
    where one row heads it; or an investment plan's, sources by row over years (its 계
    row's total, each source's its share: "총사업비")."""
    if unit is None:
        return []
    planned = [
        ("총사업비", c) for item, _ in investment_items(table) if (c := read_cost(item.value))
    ]
    if table.header_rows < 2:
        found = inner_cost(table, unit)
        return [("", found), *planned] if found is not None else planned
    out = planned
    for row in table.rows()[table.header_rows :]:
        heads = {c.col: squash(c.col_header.split(" / ")[-1]) for c in row if c.col_header}
        values = {c.col: collapse(c.text) for c in row}
        label = next((squash(c.text) for c in row if c.col == 0), "")
        if (cost := columns_cost(heads, values, unit)) is not None:
            out.append((label, cost))
    return out


def columns_cost(heads: Mapping[int, str], values: Mapping[int, str], unit: str) -> Cost | None:
    """The cost a row of figures under "계 | 구비 | 시비 | 국비" states (columns by index)."""
    total = next((values.get(k) for k, h in heads.items() if h in INVESTMENT_TOTALS), None)
    if not total or not any(ch.isdigit() for ch in total):
        return None
    shares = [
        f"{source_name(h)} {values[k]}" for k, h in heads.items()
        if is_source(h) and any(ch.isdigit() for ch in values.get(k, ""))
    ]  # fmt: skip
    return read_cost(f"{total}{unit}({', '.join(shares)})" if shares else f"{total}{unit}")


def _drawn_cost(
    table: Table, tables: Sequence[Table]
) -> tuple[Cost, str] | None:
    """The cost a table drawn beside the cost's label states ("사 업 비 (백만원)" beside
    "계 | 국비 | 도비 | 시군비", or "사 업 비" beside "(단위 : 백만원)" over it), with the
    label."""
    for label, value in label_pairs(table):
        if fact_kind(collapse(label.text)) == "cost":
            inner = inner_table(table, value, tables)
            # (the unit in the label's bracket, else the inner table's own caption: "(단위 :
            # 백만원)" over it in the cell)
            unit = header_unit(label.text) or (inner.currency_unit if inner is not None else None)
            cost = inner_cost(inner, unit) if inner is not None else None
            if cost is not None:
                return cost, collapse(label.text)
    return None


def overview(table: Table) -> str:
    """A card table's overview, the cell beside its 사업개요 (or 사업내용) label, one
    paragraph a line, bullets aside."""
    for label, value in label_pairs(table):
        key = squash(label.text)
        if key in OVERVIEW_LABELS or key.endswith(OVERVIEW_ENDINGS):
            paras = [split_marker(t)[1] for t in table.paragraphs(value) if t.strip()]
            return "\n".join(collapse(t) for t in paras if t)
    return ""


def table_lines(table: Table, by_no: dict[int, Line]) -> list[Line]:
    """The lines a table's cells hold, in order."""
    return sorted({by_no[n] for c in table.cells for n in c.lines if n in by_no},
                  key=lambda ln: ln.no)  # fmt: skip


def card_project(
    table: Table, tables: Sequence[Table], by_no: dict[int, Line], year: int | None
) -> CellProject | None:
    """The project of a card table (``tables``: the layout's, where a table drawn in its
    cell of steps is); None for a table that names none."""
    name = card_name(table)
    lines = table_lines(table, by_no)
    if name is None or not lines:
        return None
    proj = CellProject("", name, "", 0, lines)
    title, units = closing_units(name)
    if len(units) == 1 and title:  # ("결핵 환자관리 강화 (감염병관리과)": its division)
        proj.title, proj.division, proj.division_evidence = title, units[0], EVIDENCE_BRACKET
    for item, _ in fact_items(table):
        kind = fact_kind(item.label)
        if kind == "period" and proj.period is None:
            proj.period = read_period(item.value, year)
        elif kind == "cost" and proj.cost is None:
            proj.cost = read_labelled_cost(item.value)
            proj.cost_raw = proj.cost.raw if proj.cost is not None else None
            proj.cost_label = collapse(item.label) if proj.cost is not None else None
        elif kind == "division" and proj.division is None:
            proj.division = "".join(division_value(item.value).split())
            proj.division_evidence = EVIDENCE_LABEL  # (its 담당 row: a label beside it)
    if proj.cost is None and (drawn := _drawn_cost(table, tables)) is not None:
        proj.cost, proj.cost_label = drawn
        proj.cost_raw = proj.cost.raw
    proj.summary = overview(table)
    proj.steps = fact_steps(table, year, by_no)
    proj.done = fact_steps(table, year, by_no, done=True)
    proj.steps += inner_steps(table, tables, year, by_no)
    return proj


def inner_steps(
    table: Table, tables: Sequence[Table], year: int | None, by_no: Mapping[int, Line],
    skip: frozenset[int] = frozenset(),
) -> list[Found]:
    """The steps of the tables drawn in a card table's cells: a table of periods, months
    marked with ● or shaded; else one of dates and tasks, "시 기 | 내 용" (not those whose
    lines are in ``skip``: read already)."""
    out: list[Found] = []
    for inner in tables:
        if inner.parent is None or inner.parent[0] != table.id or skip.intersection(inner.lines):
            continue
        rows = table_rows(inner, year, by_no)
        out += [f for _, found, _ in rows for f in found] or event_rows(inner, year, dict(by_no))
    return out
