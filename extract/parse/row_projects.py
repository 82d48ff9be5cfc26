"""Projects listed one a row of a table, as a plan sets them out by theme.

"연번 | 사업명 | 사업기간 | 사업비(백만원) 계 / 구비 / 시비 / 국비 | 주관부서 | 주요
추진일정": a row is a project, its name in the name column, its period, its cost (the
계 column, or its shares added up) and the shares in the columns headed by a source, its
division and its dated steps, a paragraph of the steps cell each.  A table is such a list
when it has a name column and at least :data:`MIN_FACT_COLUMNS` columns of the facts.

Stages: :func:`list_columns` (which column holds what, from the headers) ->
:func:`row_project` (one row) -> :func:`listed_projects` (a table's rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from extract.document import Line
from extract.layout.caption_units import header_unit
from extract.layout.markers import read_marker
from extract.layout.tables import Table, TableCell
from extract.normalize import find_dates, parse_money
from extract.normalize.vocab import COUNT_UNITS, PERCENT_SIGNS
from extract.parse.cell_projects import (
    STEP_WORDS,
    TOTAL_ROWS,
    CellProject,
    column_heads,
    row_division,
    steps_of,
)
from extract.parse.costs import (
    Cost,
    Share,
    is_source,
    read_cost,
    source_name,
    with_unit,
)
from extract.parse.project_facts import prep_date, read_period
from extract.parse.schedules import text_steps
from extract.parse.steps import Found
from extract.parse.tails import read_tail
from extract.parse.text import collapse, squash
from extract.parse.vocab import LIST_NAME_HEADERS, QUANTITY_FIELD, QUANTITY_HEADERS

#: header words of the columns of the facts: the period, the cost, the dated steps
PERIOD_HEADER_ENDS: tuple[str, ...] = ("기간", "시기")
COST_HEADER_WORDS: tuple[str, ...] = ("사업비", "예산", "소요액", "투자액", "재원", "연구비")
#: a row that sums the rows above it, no project ("소 계")
SUBTOTAL_ROWS = frozenset({"소계"})
#: header endings of the column of what each row does
TASK_HEADER_ENDS: tuple[str, ...] = ("추진내용", "세부내용", "주요내용")
#: a list has a name column and this many columns of facts at least (period, cost, steps)
MIN_FACT_COLUMNS = 2
#: a list names this many projects at least (one row of facts is its project's own)
MIN_LISTED = 2
#: the header of the column of the rows' numbers
NUMBER_HEADERS = frozenset({"연번", "번호", "순번", "no", "No", "NO"})
_BRACKETS = regex.compile(r"[(（][^()（）]*[)）]")


@dataclass(slots=True)
class ListColumns:
    """Which column of a table of projects holds what (None: it has no such column)."""

    name: int
    number: int | None = None
    period: int | None = None
    cost: int | None = None
    steps: int | None = None
    #: column -> the source its amounts pay (구비, 시비, 국비)
    shares: dict[int, str] = field(default_factory=dict)
    #: the money unit of the cost columns ("(백만원)" in their header, else the caption's)
    unit: str | None = None
    #: the column of what each row does, where the steps column holds its dates alone
    #: ("세부 추진내용 | 추진일정": "관광마을 공모 및 선정 | 2~3월")
    task: int | None = None
    #: column -> its header's text, squashed (where a row's division is looked up)
    heads: dict[int, str] = field(default_factory=dict)
    #: the cost column's header as printed, its unit's bracket aside ("총사업비")
    cost_label: str = "사업비"
    #: the column of each row's quantity ("개소", "사업량(개소)") and its counter, if the
    #: header names one
    quantity: int | None = None
    quantity_unit: str = ""


def _paths(table: Table, heads: dict[int, str]) -> dict[int, list[str]]:
    """Column -> its header path, outer first (a column of row headers: its own cell,
    ``heads``)."""
    out: dict[int, list[str]] = {}
    for c in table.cells:
        if c.is_header or c.col in out:
            continue
        if c.col_header:
            out[c.col] = [p.strip() for p in c.col_header.split(" / ")]
    for col, text in heads.items():
        out.setdefault(col, [text])
    return out


def _key(text: str) -> str:
    return squash(_BRACKETS.sub("", text))


def list_columns(table: Table) -> ListColumns | None:
    """The columns of a table that lists projects one a row; None for another table."""
    heads = column_heads(table)
    paths = _paths(table, heads)
    name = next((c for c, p in sorted(paths.items()) if _key(p[-1]) in LIST_NAME_HEADERS), None)
    if name is None:
        return None
    cols = ListColumns(name, heads=heads)
    share_tops: dict[int, str] = {}  # (the header group of each source's column)
    cost_top = ""
    totals: set[str] = set()  # (the groups with a total of their own besides the cost)
    for col, path in sorted(paths.items()):
        top, leaf = _key(path[0]), _key(path[-1])
        if col == name:
            continue
        if leaf in NUMBER_HEADERS and col < name:
            cols.number = col
        elif leaf.endswith(PERIOD_HEADER_ENDS) and cols.period is None:
            cols.period = col
        elif (
            len(path) == 1 and is_source(leaf) and cols.cost is not None
            and (col - 1 == cols.cost or col - 1 in cols.shares)
            and header_unit(path[0]) not in PERCENT_SIGNS  # (not "국비(%)": a rate)
        ):  # fmt: skip
            # (a source's column of its own right after the cost's, "총사업비(백만원) | 국비
            # | 도비 | 시군비": its share)
            cols.shares[col], share_tops[col] = source_name(leaf), cost_top
        elif any(w in top for w in COST_HEADER_WORDS):
            cols.unit = cols.unit or header_unit(" / ".join(path))
            if is_source(leaf) and len(path) > 1:
                cols.shares[col], share_tops[col] = source_name(leaf), top
            elif cols.cost is None:
                cols.cost, cost_top = col, top
                cols.cost_label = collapse(_BRACKETS.sub("", path[0])) or cols.cost_label
            elif len(path) > 1 and top != cost_top:
                totals.add(top)
        elif any(w in leaf for w in STEP_WORDS) and cols.steps is None:
            cols.steps = col
        elif leaf.endswith(TASK_HEADER_ENDS) and cols.task is None:
            cols.task = col
        elif len(path) == 1 and leaf in QUANTITY_HEADERS and cols.quantity is None:
            cols.quantity = col
            cols.quantity_unit = _counter(path[0])
    cols.unit = cols.unit or table.currency_unit
    # (the shares of another total than the cost, a year's budget under a header of its own
    # with its own 계, "총사업비 | 2026년 예산" over "계 | 국비 | 도비", are no shares of it)
    cols.shares = {c: src for c, src in cols.shares.items()
                   if share_tops[c] == cost_top or share_tops[c] not in totals}  # fmt: skip
    facts = [cols.period, cols.cost if cols.cost is not None else next(iter(cols.shares), None),
             cols.steps, cols.quantity]  # fmt: skip
    return cols if sum(f is not None for f in facts) >= MIN_FACT_COLUMNS else None


def _counter(header: str) -> str:
    """The counter a quantity's header names: its bracket's, "사업량(개소)", or the header
    itself where it is one, "개소" ("" for "사업량")."""
    unit = header_unit(header)
    if unit:
        return unit
    word = _key(header)
    return next((c for c in COUNT_UNITS if word == c), "")


def _quantity(table: Table, row: int, cols: ListColumns) -> str:
    """The row's quantity as the page gives it, with the header's counter where the cell
    prints the figure alone ("5" under "개소": "5개소")."""
    text = _text(_cell(table, row, cols.quantity))
    if not text or not text[-1].isdigit():
        return text
    return f"{text}{cols.quantity_unit}"


def _cell(table: Table, row: int, col: int | None) -> TableCell | None:
    return table.at(row, col) if col is not None else None


def _text(cell: TableCell | None) -> str:
    return collapse(cell.text) if cell is not None else ""


def _cost(table: Table, row: int, cols: ListColumns) -> Cost | None:
    """The row's cost: its 계 column's amount, or its shares added up, with the shares."""
    unit = cols.unit
    if unit is None:
        return None
    shares: list[Share] = []
    for col, source in cols.shares.items():
        text = _text(_cell(table, row, col))
        krw = parse_money(text, unit=unit) if text else None
        if krw:
            shares.append(Share(source, krw, f"{source} {text}"))
    text = _text(_cell(table, row, cols.cost))
    total = parse_money(text, unit=unit) if text else None
    if total is None and text and not shares:
        # (its shares in a bracket under it: "2,100" / "(국 1,050 / 시 1,050)")
        cost = read_cost(with_unit(text, unit))
        if cost is not None:
            return cost
    if total is None:
        total = sum(s.amount_krw or 0 for s in shares) if shares else None
        text = ""
    if total is None:
        return None
    return Cost(f"{text}{unit}" if text else "", total, unit, tuple(shares))


#: a group's heading set as a row among the projects, bracketed whole
_GROUP_HEADING = regex.compile(r"^[<‹〈《\[【][^<>‹›〈〉《》\[\]【】]*+[>›〉》\]】]$")
#: a count of the projects listed, in a total's name cell ("7개 사업", "12개 과제")
_COUNT_OF_PROJECTS = regex.compile(r"^\d{1,4}개(?:사업|과제|공약)?$")


def row_project(
    table: Table, row: int, cols: ListColumns, by_no: dict[int, Line], year: int | None
) -> CellProject | None:
    """The project of one body row; None for a row of no name or a total's."""
    name_cell = _cell(table, row, cols.name)
    if name_cell is None or name_cell.row != row:
        return None
    title = collapse(name_cell.text)  # (joined as its wraps say: "한솔" / "~누리")
    if not title or squash(title) in TOTAL_ROWS | SUBTOTAL_ROWS:
        return None
    number = _text(_cell(table, row, cols.number))
    if _GROUP_HEADING.match(title):
        return None  # (a group's heading among the rows: "< 대중교통 분야 >")
    named = squash(regex.sub(r"[(（][^()（）]*+[)）]", "", title))
    if (
        squash(number) in TOTAL_ROWS | SUBTOTAL_ROWS or _COUNT_OF_PROJECTS.match(squash(title))
        or named in TOTAL_ROWS | SUBTOTAL_ROWS
    ):  # fmt: skip
        return None  # (the total's row: "계 | 7개 사업 | | 40,360", "| 계 (8개 사업) | …")
    marked = read_marker(title)  # ("① 야간관광 특화도시 조성 (’25~’27)": its number, period)
    if marked is not None and marked[0].number is not None and marked[1]:
        title = marked[1]
    tail = read_tail(title, year)
    own_period = tail.period if tail is not None and tail.cost is None and tail.title else None
    if own_period is not None and tail is not None:
        title = tail.title
    cells = [c for col in range(table.n_cols) if (c := table.at(row, col)) is not None]
    lines = sorted({by_no[n] for c in cells for n in c.lines if n in by_no}, key=lambda ln: ln.no)
    if not lines:
        return None
    seq = int(number) if number.isdigit() else 0
    proj = CellProject("", title, "", seq, lines)
    period_text = _text(_cell(table, row, cols.period))
    proj.period = read_period(period_text, year) if period_text else own_period
    proj.cost = _cost(table, row, cols)
    proj.cost_raw = proj.cost.raw if proj.cost is not None else None
    proj.cost_label = cols.cost_label if proj.cost is not None else None
    if quantity := _quantity(table, row, cols):
        proj.fields[QUANTITY_FIELD] = quantity
    proj.division = row_division(table, name_cell, cols.heads)
    proj.steps = _row_steps(table, row, name_cell.row_span, cols, by_no, lines[0], year)
    return proj


def _dates_only(texts: Sequence[str], year: int | None) -> bool:
    """Whether a cell's lines hold dates and nothing more ("2월, 8월", "연중", "3~6월")."""
    rest = prep_date(collapse(" ".join(texts)))
    spans = find_dates(rest, year=year)
    for span in spans:
        rest = rest.replace(span.raw, " ")
    return bool(spans) and not regex.search(r"\p{Hangul}", rest)


def _row_steps(
    table: Table,
    row: int,
    span: int,
    cols: ListColumns,
    by_no: dict[int, Line],
    first: Line,
    year: int | None,
) -> list[Found]:
    """The dated steps of the rows a project's name spans: each steps cell's lines, or,
    where that cell holds a date alone, the date of what the task column says on its row
    ("관광마을 공모 및 선정 | 2~3월")."""
    out: list[Found] = []
    seen: set[int] = set()
    for r in range(row, row + max(span, 1)):
        steps = _cell(table, r, cols.steps)
        if steps is None or id(steps) in seen:
            continue
        seen.add(id(steps))
        at = next((by_no[n] for n in steps.lines if n in by_no), first)
        texts = [p for p in table.paragraphs(steps) if p.strip()]
        task = _cell(table, r, cols.task)
        found = steps_of([(p, at) for p in texts], year)
        if task is not None and task.row == r and texts and _dates_only(texts, year):
            told = collapse(" ".join(table.paragraphs(task)))
            dated = text_steps(f"{collapse(' '.join(texts))} : {told}", year)
            found = [Found(t, span, raw, (at,)) for span, t, raw in dated if t]
        out.extend(found)
    return out


def across(table: Table, row: int) -> TableCell | None:
    """The one cell of a row drawn across the whole table, if it is such a row."""
    cells = [c for c in table.cells if c.row == row]
    whole = len(cells) == 1 and cells[0].col == 0 and cells[0].col_span == table.n_cols
    return cells[0] if whole else None


def theme_row(cell: TableCell) -> tuple[int | None, str] | None:
    """(its number, its title) of a row across the table that titles the projects under
    it, numbered as the plan numbers its themes ("1. 안전한 도로망 구축", "가. …"); None
    for another (a total across it, "합계 143,700백만원", a note, "< 신규사업 >")."""
    marked = read_marker(collapse(cell.text))
    if marked is None or not marked[1] or marked[0].number is None:
        return None
    return marked[0].ordinal, marked[1]  # ("가." is the first)


def listed_projects(
    table: Table, by_no: dict[int, Line], year: int | None
) -> list[CellProject] | None:
    """The projects a table lists one a row, numbered by their 연번 or their order; None
    for a table that is no such list (or names fewer than :data:`MIN_LISTED`).  Rows
    across the table that title the rows under them are themes: each project under one
    has its title and number (``theme_no``), numbered in order under it."""
    cols = list_columns(table)
    if cols is None:
        return None
    out: list[CellProject] = []
    theme: tuple[int, str] | None = None
    seq = 0
    for row in range(max(table.header_rows, 1), table.n_rows):
        if (whole := across(table, row)) is not None:
            # (a theme over the rows under it; no project is one cell: a total, a note)
            if (titled := theme_row(whole)) is not None:
                theme, seq = (titled[0] or (theme[0] if theme else 0) + 1, titled[1]), 0
            continue
        proj = row_project(table, row, cols, by_no, year)
        if proj is None:
            continue
        seq += 1
        if theme is not None:
            proj.theme_no, proj.theme, proj.seq = theme[0], theme[1], seq
        proj.seq = proj.seq or len(out) + 1
        out.append(proj)
    return out if len(out) >= MIN_LISTED else None
