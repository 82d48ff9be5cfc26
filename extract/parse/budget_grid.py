"""The budget appendix read from its drawn grid, where its lines are not the template's:
columns of the programmes over the items (``부 서 | 정책사업 | 단위사업 | 세부사업``), each
merged down over its rows, and columns of amounts by year (``2024년 | 2025년 | 증 감``).

A row whose labels say it totals is the bureau's (합계, the first) or its division's (소계,
the division the first column names over it); any other row with an amount is an item,
named by the item column (세부사업, 사업명) or else its last label, of the division its first
column names.  The amount is the year the plan is for (or the latest year, or the column
headed 예산); a year before it, and the 증감, stay in the table's cells.

The division may stand in a column of its own after the amounts instead (``정책사업 |
단위사업 | 세부사업 | 2026 예산 | 소관팀``): a column headed by a word of
:data:`DIVISION_HEADS` names each row's division wherever it stands (a column of the
divisions before the teams' first, ``실과 | 팀 | 세부사업``; never one of the officials in
charge, ``담 당`` over "주무관 김○○"); an item whose division has no row of its own adds
up into the total's row.  There a 소계 row whose division cell is empty sums a programme:
the 정책사업 merged down over it and its 세부사업 (``도시계획 수립 및 관리 | 소 계 | …``).
It is an item row by that name (as a 단위사업 row over its 세부사업 is in the template's
appendix), of the one division its 세부사업 name, adding up into the total's row; the
세부사업 under the merged cell add up into it.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.document import Line
from extract.layout import Table
from extract.layout.tables import TableCell
from extract.normalize.money import parse_money
from extract.parse.base import Context, Parsed, prov
from extract.parse.budget_flat import flat_columns, flat_items
from extract.parse.budget_words import is_unit_name
from extract.parse.org_table import column_kind
from extract.parse.project_facts import MASKED_NAME, division_value, team_of_head
from extract.parse.text import collapse, squash
from extract.parse.titled_division import titled_division
from extract.parse.vocab import DIVISION_COLUMNS, PERSON_RANKS, TOTAL_LABELS
from schemas import BudgetItem

#: headers of the column that names the items (the deepest programme level)
ITEM_COLUMNS: tuple[str, ...] = (
    "세부사업", "세부사업명", "사업명", "내역사업", "단위사업",
    # (a plan's tasks with their budgets: "붙임 과제별 소요예산" / "과 제 | 예산(백만원)")
    "과제", "과제명", "추진과제", "중점과제",
)  # fmt: skip
#: ... of them, the headers of the items of a body table by division (not 단위사업 nor a
#: plan's tasks)
BODY_ITEM_COLUMNS: frozenset[str] = frozenset({"세부사업", "세부사업명", "사업명", "내역사업"})
#: headers of the programme levels, an item's column the deepest of them
PROGRAMME_HEADS: frozenset[str] = frozenset({"정책사업", "정책사업명", *ITEM_COLUMNS})
#: headers of a column of the row's division: the 부서 of the programme tables (or the
#: 과 itself, merged down beside its teams: "과 | 팀 | 세부사업"), and the team or
#: division that runs the item where the column comes last (소관팀, 소관, 담당)
DIVISION_HEADS: frozenset[str] = DIVISION_COLUMNS | frozenset(
    {"과", "과명", "소관", "소관팀", "담당", "담당팀", "팀", "팀명"}
)
#: ... of them, the headers of a column of the teams: where a column of the divisions
#: stands beside it ("과 | 팀 | 세부사업"), the division is the 과's, the team the finer unit
TEAM_HEADS: frozenset[str] = frozenset({"소관팀", "담당팀", "팀", "팀명"})
#: a header of the amount of a year ("2025년", "2025년 예산", "’25년"; a year of four
#: digits may go without 년: "2026 예산"; its footing may follow: "2025 본예산", "2026
#: 예산안", "2025년 최종예산"; and the letter the table marks it by: "2026 예산(B)")
_YEAR = regex.compile(
    r"^[’‘']?(?:(?P<y>(?:19|20)\d{2})(?:년도?)?|(?P<y>\d{2})년도?)"
    r"(?:(?:본|당초|최종|추경)?예산(?:액|안)?)?(?:[(（][A-Za-z][)）])?$"
)
#: headers of the amount column where no year heads one, the first found the one: a 추경's
#: new budget before the budget it changes (`기정액 | 추경액 | 증 감`: 추경액)
AMOUNT_HEADS: tuple[str, ...] = (
    "추경액", "추경예산", "추경예산액", "예산", "예산액", "소요예산",
)  # fmt: skip
#: a bracket of the kinds a column holds after its header's word ("부서(과)")
_KINDS_BRACKET = regex.compile(r"[(（][\p{Hangul}·,/]++[)）]$")
#: a draft's mark after a header ("추경예산(안)")
_DRAFT = regex.compile(r"[(（]안[)）]$")
#: a header's unit in brackets ("예산(백만원)")
_UNIT_BRACKET = regex.compile(r"[(（][^()（）]*원[)）]$")
#: words of a subtotal's label
SUBTOTALS = frozenset({"소계"})
#: headers of a column of the budget codes an item is spent under ("편성목": "201-01
#: 사무관리비"), right of the items: its 소계 row is the item's own, its codes the item's
#: lines (no items of their own)
CODE_HEADS: frozenset[str] = frozenset({"편성목", "통계목", "세목", "목"})
#: the level a programme's 소계 row is read at, before it is given as an item
PROGRAMME = "programme"
#: a body row read: (level, name, division, its cells)
_Row = tuple[str, str, str | None, list[TableCell]]


def _year(header: str) -> int | None:
    m = _YEAR.match(squash(header))
    if m is None:
        return None
    y = int(m["y"])
    return y + 2000 if y < 100 else y


def _amount_column(table: Table, year: int | None) -> int | None:
    """The column of the plan year's amounts: the year's (the 계 under a year over several
    columns), else the latest year's, else one headed 예산 (not 예산현액)."""
    header = [c for c in table.cells if c.row < table.header_rows]
    heads = {c.col: squash(c.text) for c in header if c.col_span == 1}
    years = {col: y for col, h in heads.items() if (y := _year(h)) is not None}
    for c in header:
        # (a year over its columns, "2026년 예산" over "계 | 국비 | 도비": its 계's, else its
        # first)
        if c.col_span > 1 and (y := _year(squash(c.text))) is not None:
            under = [d.col for d in header if d.row > c.row and c.col <= d.col < c.col + c.col_span
                     and squash(d.text) in TOTAL_LABELS]  # fmt: skip
            years.setdefault(under[0] if under else c.col, y)
    if years:
        mine = [col for col, y in years.items() if y == year]
        return mine[0] if mine else max(years, key=lambda col: years[col])
    # (a unit in brackets aside, "예산(백만원)", and a draft's mark, "추경예산(안)")
    bare = {col: _DRAFT.sub("", _UNIT_BRACKET.sub("", h)) for col, h in heads.items()}
    return next((col for word in AMOUNT_HEADS for col, h in bare.items() if h == word), None)


def _item_column(table: Table) -> int | None:
    heads = [(c.col, squash(c.text)) for c in table.cells if c.row < table.header_rows]
    return next((col for word in ITEM_COLUMNS for col, h in heads if h == word), None)


def _division_column(table: Table) -> int | None:
    """The column of the rows' divisions: one that names the divisions beside the teams'
    (``과 | 팀 | 세부사업``, ``실과 | 팀``, ``과(소) | 담당``, ``팀 | … | 소관과``), else one
    headed by a word of :data:`DIVISION_HEADS` wherever it stands, else the first (the 부서
    merged down before the programmes); None where the first is headed by a programme's level
    (``정책사업 | 단위사업 | 세부사업``: a programme is no division).  A column of the
    officials in charge (``담 당`` over "주무관 김○○") is none of them."""
    heads = sorted((c.col, squash(c.text)) for c in table.cells if c.row < table.header_rows)
    units = [(col, h) for col, h in heads if not _officials(table, col)]
    teams = [col for col, h in units if _is_team_head(h)]
    if teams:
        # (the 과 merged down beside its teams: the division is the 과's, the team finer)
        # (before them, or after them, "팀 | 세부사업 | … | 소관과")
        over = next(
            (col for col, h in units if col not in teams and _is_division_head(h)), None
        )  # fmt: skip
        if over is not None:
            return over
    named = next(
        (col for col, h in units if h in DIVISION_HEADS or _is_division_head(h)), None
    )  # fmt: skip
    if named is not None:
        return named
    first = [h for col, h in heads if col == 0]
    return None if first and first[0] in PROGRAMME_HEADS else 0


def _is_division_head(head: str) -> bool:
    """Whether a header names a column of divisions, not of teams or of officials: 과, 과명,
    부서 (:data:`DIVISION_COLUMNS`), or the words of an organisation table's (실과, 실·과,
    과(소), 과·센터); a bracket of kinds after 부서 aside ("부서(과)")."""
    bare = _KINDS_BRACKET.sub("", head) or head
    return (
        head in DIVISION_COLUMNS or bare in DIVISION_COLUMNS
        or column_kind(head) == "division" or column_kind(bare) == "division"
    )  # fmt: skip


def _is_team_head(head: str) -> bool:
    """Whether a header names a column of teams (팀, 팀명, 소관팀; 담당 beside a 과)."""
    return head in TEAM_HEADS or column_kind(head) == "teams"


def _officials(table: Table, col: int) -> bool:
    """Whether every filled body cell of a column names an official, not a unit ("주무관
    김○○", "김주무관", "팀장 이○○"): the person in charge of the row, no division."""
    body = [c.text for c in table.cells if c.row >= table.header_rows and c.col == col]
    filled = [t for t in body if t.strip() and squash(t) not in TOTAL_LABELS | SUBTOTALS]
    return bool(filled) and all(_is_official(t) for t in filled)


def _is_official(text: str) -> bool:
    # (a rank alone or after a one-letter surname, or a surname with the name masked,
    # "김○○"; 담당관 is an office; a unit named before its official, "안전정책팀 주무관
    # 김○○", is the unit's)
    first = next(iter(text.split()), "")
    if not first or is_unit_name(first) or team_of_head(first):  # (or its head's, "시설팀장 김○○")
        return False
    if _unit_named(text) is not None:
        return False  # (the unit after its official: "주무관 이○○ (안전정책팀)")
    ranks = [r for r in PERSON_RANKS if r != "담당관"]
    return any(
        w in ranks or w[1:] in ranks or MASKED_NAME.match(w) is not None for w in text.split()
    )


def _cell_division(text: str) -> str:
    """The division a cell of the division column names: as labelled (its phone and
    official aside), else the unit among its words ("주무관 이○○ (안전정책팀)")."""
    named = division_value(text)
    if is_unit_name(named) or (unit := _unit_named(text)) is None:
        return named
    return unit


def _unit_named(text: str) -> str | None:
    """The unit a cell names among its words, brackets aside ("주무관 이○○ (안전정책팀)")."""
    return next((w for w in regex.split(r"[\s()（）,/]++", text) if w and is_unit_name(w)), None)


def body_items(tables: Sequence[Table], lines: Sequence[Line], ctx: Context) -> Parsed:
    """Budget items of the general section's tables of items by division, read as the
    appendix's are (:func:`grid_items`): a column headed by the divisions, one by the items
    and a year's amounts after them (``부  서 | 사 업 명 | 2026년 예산 | 2025년 예산``, ``부 서
    | 세 부 사 업 | 편 성 목 | 2026 예산 | …``), whatever the part is titled; the 세부사업 or
    주요사업 rows are items wherever they stand.  Not a table by programme alone, with no
    column of divisions, nor one of the divisions' totals alone."""
    listing = [t for t in tables if _lists_items(t)]
    return grid_items(listing, lines, ctx, None, aligned=True) if listing else Parsed()


def _lists_items(table: Table) -> bool:
    heads = {c.col: squash(c.text) for c in table.cells if c.row < table.header_rows}
    item = _item_column(table)
    division = next((col for col, h in sorted(heads.items()) if _is_division_head(h)), None)
    return (
        item is not None and heads.get(item) in BODY_ITEM_COLUMNS
        and division is not None and division < item
    )  # fmt: skip


def grid_items(
    tables: Sequence[Table], lines: Sequence[Line], ctx: Context, unit: str | None,
    aligned: bool = False,
) -> Parsed:
    """Budget items of the appendix's drawn tables (no records where none is of this form;
    ``aligned``: a text's table read from its aligned words too)."""
    out = Parsed()
    by_no = {ln.no: ln for ln in lines}
    for table in tables:
        seq0 = len(out.tables.get("budget_items", []))  # (the tables' rows numbered on)
        # (a text's table read from its aligned words is the template's lines' to read;
        # one whose cells its tabs part is a grid, and so is one whose names a narrow cell
        # wrapped onto lines of their own, "위기가구 발굴 및" / "통합사례관리": read as
        # lines, a wrap runs into the next row's name; in the general section no template
        # reads its lines: its grid)
        inferred = any(g.source == "inferred" for g in table.grids) and not any(
            len(c.lines) > 1 for c in table.cells
        )
        if (inferred and not aligned) or not table.lines or not set(table.lines) <= by_no.keys():
            continue
        if (flat := flat_columns(table, ctx.year)) is not None:
            # (every level in one column: "세부사업 / 통계목")
            out.merge(flat_items(table, flat, by_no, unit, ctx.divisions))
            continue
        amount, item_col = _amount_column(table, ctx.year), _item_column(table)
        if amount is None or item_col is None or amount <= item_col:
            continue
        money = unit or table.currency_unit
        if money is None:
            continue
        division_col, code_col = _division_column(table), _code_column(table)
        rows = _rows(table, amount, item_col, division_col, code_col, money)
        if not rows:
            continue
        rows = _division_rows(rows, ctx.divisions, amount, money)
        if division_col is None and not any(level == "division" for level, *_ in rows):
            rows = _titled(rows, titled_division(table, by_no, ctx.bureau))
        bureau: str | None = None
        division: str | None = None
        # (the divisions with a row of their own: an item adds up into its division's row,
        # else, its division named in a column only, into the total's)
        rowed = {name for level, name, _, _ in rows if level == "division"}
        programmes = _programme_divisions(rows)
        # (the programmes open, outer first: each its name and its merged label cell)
        opened: list[tuple[str, TableCell]] = []
        for k, (level, name, div, cells) in enumerate(rows, start=1):
            value = next((c for c in cells if c.col == amount), None)
            # (the programmes whose label cells are merged down over this row)
            over = [p for p in opened if any(c is p[1] for c in cells)]
            if level == "bureau":
                bureau, parent, opened = name, None, []
            elif level == "division":
                division, parent, opened = name, bureau, []
            elif level == PROGRAMME:
                label = _label_cell(cells, name)
                over = [p for p in over if p[1] is not label]
                level, opened = "item", [*over, (name, label)]
                division = programmes.get(k - 1)
                parent = over[-1][0] if over else bureau  # (a 단위사업 under its 정책사업)
            else:
                # (a blank cell: the division above, merged down; an official's: none)
                division = None if div == "" else div or division
                parent = (
                    over[-1][0] if over else division if division in rowed else bureau
                )  # fmt: skip
            # (the row's own cells: a programme merged down over it stands on earlier lines)
            own = [c for c in cells if c.row == _row_of(cells)] or cells
            src = [by_no[n] for c in own for n in c.lines if n in by_no]
            out.add(
                "budget_items",
                BudgetItem(
                    seq=seq0 + k,
                    level=level,
                    division=division if level != "bureau" else None,
                    parent=parent,
                    item=name,
                    currency_unit=money,
                    budget_krw=parse_money(value.text, unit=money) if value else None,
                    budget_current_krw=None,
                    raw=" | ".join(collapse(c.text) for c in cells if c.text.strip()),
                    **prov(sorted(set(src), key=lambda ln: ln.no)),
                ),
            )
            out.use(src)
        out.use(by_no[n] for n in table.lines if n in by_no)
    return out


def _titled(rows: list[_Row], division: str | None) -> list[_Row]:
    """A table of one division's part, titled by it (``division``): its 합계 row that
    division's, its items of it (:func:`~extract.parse.titled_division.titled_division`)."""
    if division is None:
        return rows
    return [
        ("division", division, division, cells) if level == "bureau"
        else (level, name, div or division if level == "item" else div, cells)
        for level, name, div, cells in rows
    ]  # fmt: skip


def _division_rows(
    rows: list[_Row], divisions: Sequence[str], amount: int, money: str = "원"
) -> list[_Row]:
    """The rows named by a division alone among the items, over the items that follow it
    ("도시계획과 | 6,164,000" / "가온역세권 … | 310,000"): that division's rows, where no
    row is one already: each a division the report lists (else a unit's name), whose
    amount the items after it add up to, up to the next such row."""
    if any(level == "division" for level, _, _, _ in rows):
        return rows
    known = {squash(d) for d in divisions}

    def names_one(name: str) -> bool:
        return squash(name) in known if known else is_unit_name(name)

    def won(cells: Sequence[TableCell]) -> int | None:
        value = next((c for c in cells if c.col == amount), None)
        return parse_money(value.text, unit=money) if value is not None else None

    heads = [k for k, (level, name, _, _) in enumerate(rows) if level == "item" and names_one(name)]
    out = list(rows)
    for n, k in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(rows)
        items = [won(c) for level, _, _, c in rows[k + 1 : end] if level == "item"]
        total = won(rows[k][3])
        if items and None not in items and total == sum(i for i in items if i is not None):
            _, name, _, cells = rows[k]
            out[k] = ("division", name, name, cells)
    return out


def _label_cell(cells: Sequence[TableCell], name: str) -> TableCell:
    """The cell that names a programme's 소계 row (merged down over its 세부사업)."""
    return next(c for c in cells if c.text.strip() and collapse(c.text) == name)


def _programme_divisions(rows: Sequence[_Row]) -> dict[int, str]:
    """Each programme's 소계 row (by index) -> the division its 세부사업 name, where they
    name one: the items after it whose cells hold its merged label cell."""
    out: dict[int, str] = {}
    for k, (level, name, _, cells) in enumerate(rows):
        if level != PROGRAMME:
            continue
        label = _label_cell(cells, name)
        names = {
            div for lvl, _, div, kids in rows[k + 1 :]
            if lvl == "item" and div and any(c is label for c in kids)
        }  # fmt: skip
        if len(names) == 1:
            out[k] = names.pop()
    return out


def _row_of(cells: Sequence[TableCell]) -> int:
    """The row a row's cells stand for: the deepest a cell of them starts in."""
    return max(c.row for c in cells)


#: a label that is a unit's name and the word of its subtotal ("해양정책과 소계", "… 소 계")
_UNIT_SUBTOTAL = regex.compile(r"^(?P<name>\S.*?\S)\s*소\s*계$")


def _subtotal_of(labels: Sequence[TableCell]) -> str | None:
    """The unit a row's label names before its subtotal's word, in one cell ("해양정책과
    소계"); None for any other row (a programme's name before it is no unit's)."""
    for c in labels:
        m = _UNIT_SUBTOTAL.match(collapse(c.text))
        if m is not None and is_unit_name(squash(m["name"])):
            return collapse(m["name"])
    return None


def _code_column(table: Table) -> int | None:
    return next(
        (c.col for c in table.cells if c.row < table.header_rows and squash(c.text) in CODE_HEADS),
        None,
    )


def _rows(
    table: Table, amount: int, item_col: int, division_col: int | None, code_col: int | None,
    money: str = "원",
) -> list[_Row]:
    """(level, name, division, the row's cells) of each body row with an amount
    (``division_col``: the column that names its division; ``code_col``: the column of
    the budget codes its items are spent under; ``money``: the unit of the amounts, in
    which "5,034.8" 억원 is an amount as "5,034" is)."""
    out: list[_Row] = []
    first_total = True
    for r in range(table.header_rows, table.n_rows):
        cells = [c for c in table.cells if c.row <= r < c.row + c.row_span]
        value = next((c for c in cells if c.col == amount and c.row == r), None)
        if value is None or parse_money(value.text, unit=money) is None:
            continue
        labels = sorted((c for c in cells if c.col < amount), key=lambda c: c.col)
        keys = [squash(c.text) for c in labels]
        named_by = next((c for c in cells if c.col == division_col), None)
        # (the unit alone where its official follows it, "안전정책팀 주무관 김○○"; none
        # where the cell names the official alone, "주무관 이○○", in a column of units)
        division = (
            None if named_by is None or not named_by.text.strip()
            else "" if _is_official(named_by.text) else _cell_division(named_by.text)
        )  # fmt: skip
        code = next((c for c in cells if c.col == code_col and c.col_span == 1), None)
        item = next((c for c in cells if c.col == item_col and c.text.strip()), None)
        if code is not None and item is not None and not first_total:
            # (an item's own 소계 over its budget codes: the item's row; a code's row is
            # a line of the item, "201-01 사무관리비")
            if squash(code.text) in SUBTOTALS | TOTAL_LABELS:
                out.append(("item", collapse(item.text), division, cells))
            continue
        if any(k in TOTAL_LABELS for k in keys) and first_total and not any(
            k in SUBTOTALS for k in keys
        ):
            first_total = False
            label = next(c.text for c in labels if c.text.strip())
            out.append(("bureau", "".join(label.split()), None, cells))
        elif any(k in SUBTOTALS or k in TOTAL_LABELS for k in keys):
            # (no division in its cell, a programme's name before the 소계: that programme's)
            named = [
                c for c in labels
                if c.col != division_col and c.text.strip() and squash(c.text) not in TOTAL_LABELS
                and parse_money(c.text, unit=money) is None  # (not last year's amount)
            ]  # fmt: skip
            if not (division or "").strip() and named:
                # (the innermost: "정책사업 | 단위사업 | 소 계" is the 단위사업's)
                out.append((PROGRAMME, collapse(named[-1].text), None, cells))
                continue
            if division is None or squash(division) in TOTAL_LABELS | SUBTOTALS:
                continue
            out.append(("division", division, division, cells))
        elif (unit := _subtotal_of(labels)) is not None:
            # ("해양정책과 소계" in one cell over its items: that division's row)
            out.append(("division", unit, unit, cells))
        else:
            named = [c for c in labels if c.col == item_col and c.text.strip()]
            name = named[0].text if named else next(
                (c.text for c in reversed(labels) if c.text.strip()), ""
            )
            if name:
                out.append(("item", collapse(name), division, cells))
    return out
