"""The report's structure (outline, tables, cells, mentions) and its problems (checks, warnings,
residue): the tables every report has, whatever its records."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from schemas.base import ExactNumber, MeasureBase, Model, Record

# --- the structure: outline, tables, mentions ------------------------------------------

NodeKind = Literal[
    "front", "contents", "heading", "appendix", "item", "bullet", "note", "title", "figure"
]  # fmt: skip
ValueKind = Literal["krw", "count", "measure", "percent", "date", "text"]
MentionKind = Literal["krw", "count", "measure", "percent", "date", "text"]


class OutlineNode(Record):
    """One item of the report's outline: a heading, a numbered item or a bullet."""

    node: int = Field(description="node number, in document order / 항목 번호")
    parent: int | None = Field(description="node number of the item above (None at the top)")
    level: int = Field(description="depth in the tree: 1 for a top heading / 수준")
    kind: NodeKind = Field(
        description="heading, appendix, item, bullet, note, title (unmarked), figure (text "
        "of a chart or diagram that continues no item), front (cover), contents"
    )
    marker: str | None = Field(description="the marker as printed (Ⅰ., 1-1, □, ○) / 기호")
    number: str | None = Field(description="the item's number (1, 1-2, 가) / 번호")
    title: str = Field(description="the text on the marker line / 제목")
    text: str = Field(description="title and wrapped continuation lines / 내용")
    role: str | None = Field(description="section role (general, plans, ...) / 역할")


class TableInfo(Record):
    """One table of the report (a ruled grid, an HWP table, or rows of a text export)."""

    table_id: int = Field(description="table number, in document order / 표 번호")
    node: int | None = Field(description="the outline node the table stands under")
    parent_table: int | None = Field(
        default=None, description="the table in whose cell this one is drawn (a nested table)"
    )
    parent_row: int | None = Field(default=None, description="... and that cell's row")
    parent_col: int | None = Field(default=None, description="... and that cell's column")
    caption: str | None = Field(description="caption lines (unit, reference date) / 표 머리")
    unit_raw: str | None = Field(description='the unit as printed, e.g. "(단위: 백만원)"')
    currency_unit: str | None = Field(description="money unit of the table (천원, 백만원, ...)")
    count_unit: str | None = Field(description="count unit of the table (명, 개소, ...)")
    as_of: date | None = Field(description="reference date from the caption / 기준일")
    header_rows: int = Field(description="rows of column headers / 머리행 수")
    row_header_cols: int = Field(description="columns of row headers / 머리열 수")
    n_rows: int
    n_cols: int
    inferred: bool = Field(description="true for a table inferred from aligned text rows")


class TableCellRecord(Record):
    """One cell of a table, with its headers and its normalized value."""

    table_id: int
    row: int = Field(description="0-based row of the cell's top-left corner")
    col: int = Field(description="0-based column of the cell's top-left corner")
    row_span: int
    col_span: int
    is_header: bool
    row_header: str = Field(description='row header path, parts joined with " / "')
    col_header: str = Field(description='column header path, parts joined with " / "')
    raw: str = Field(description="the cell's text as read (paragraphs joined by newlines)")
    value: float | None = Field(
        description="the number the cell holds (won for money; a measure's as printed)"
    )
    value_kind: ValueKind
    value_krw: int | None = Field(description="integer won, where the cell is money")
    unit: str | None = Field(
        description="the unit of the value as printed: its header's (분담률(%), 예산(백만원)),"
        " else the caption's (백만원, 명); % for rates"
    )
    date_start: date | None
    date_end: date | None
    value2: float | None = Field(
        default=None,
        description="the second figure of a cell that holds two ('80 / 85', '51,288(30.7)'),"
        " in won where the first is money",
    )
    value2_unit: str | None = Field(default=None, description="its unit (% for a share)")
    pair: str | None = Field(
        default=None,
        description="what the two figures are, where a label or the table's item says"
        " ('정원/현원', '예산액/구성비')",
    )
    measure_value: ExactNumber | None = Field(
        default=None,
        description="a measure's value in its base unit, exactly (12.5 under 면적(㎢):"
        " 12500000), where the cell is an area, length, weight or volume",
    )
    measure_unit: MeasureBase | None = Field(
        default=None, description="that base unit: ㎡ (area), m (length), kg (weight), ㎥ (volume)"
    )


class Mention(Record):
    """An amount, count, percentage or date written in the outline's prose."""

    node: int = Field(description="the outline node whose text holds it")
    kind: MentionKind
    raw: str = Field(description="the text as written, e.g. 161억원")
    value: float | None = Field(description="the number (won for money; empty for dates)")
    value_krw: int | None
    date_start: date | None
    date_end: date | None
    precision: str | None = Field(description="date precision (day, month, ...)")
    char_start: int = Field(description="offset of the mention in its outline node's text")
    char_end: int
    context: str = Field(description="the clause around it")
    measure_value: ExactNumber | None = Field(
        default=None,
        description="a measure's value in its base unit, exactly (12.5㎢: 12500000),"
        " where the mention is an area, length, weight or volume",
    )
    measure_unit: MeasureBase | None = Field(
        default=None, description="that base unit: ㎡ (area), m (length), kg (weight), ㎥ (volume)"
    )


class Stats(Model):
    """How the report's lines were accounted for."""

    content_lines: int = Field(description="lines with text (not blank, not page furniture)")
    furniture_lines: int = Field(description="page numbers and other page furniture")
    outline_lines: int = Field(description="marker lines of the outline and their continuations")
    table_lines: int = Field(description="lines inside tables and their captions")
    domain_lines: int = Field(description="lines a domain parser used")
    residue_lines: int = Field(description="content lines in neither the outline nor a table")


# --- problems are data -------------------------------------------------------


class Check(Model):
    """The outcome of one cross-check of the report's own arithmetic."""

    check: str = Field(description="check code, e.g. budget_items.division_sum")
    passed: bool
    expected: str
    actual: str
    detail: str
    lines: list[str] = Field(
        default_factory=list, description='source lines involved: "n" or "first-last"'
    )


class ParseWarning(Model):
    """A problem met while parsing: a missing section, an unreadable value."""

    code: str
    message: str
    line_start: int | None = None
    line_end: int | None = None


class Residue(Model):
    """A content line that no parser used."""

    line: int
    page: int | None
    text: str
