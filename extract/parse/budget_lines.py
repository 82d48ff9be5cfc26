"""The general section's budget tables and budget prose -> BudgetLine, StatedTotal and
BudgetSummary records.

A structure parser (see :mod:`extract.parse.records`): it reads the tables of
the general section (일반현황, and the 예산현황 part wherever it stands) that
are written in a money unit and speak of a budget, whatever their shape
(:mod:`extract.parse.budget_table` reads the rows), and gives every amount
cell its meaning from its headers (what they say: :mod:`extract.parse.budget_headers`),
the rows above it and the title over the table:

* ``unit`` - the organisation unit of a table by division (a row or a column
  header), 계 for the bureau's total, or the body (the bureau, or another body
  named over the table: "부산시 재정현황") for a table of the whole body;
* ``account`` - 일반회계, a 특별회계 or 기금 by name (a row, a column, the row
  it is indented under: "공기업" under 특별회계 is 공기업특별회계, or the title:
  "일반회계 : 세입 161억원"); ``side`` - revenue (세입, 수입) or expenditure
  (세출, 지출) by the same evidence; ``item`` - the category of a table by
  category (인건비, 국고보조금);
* ``label`` - the column header as printed, ``year`` from it ("’24년 최종예산",
  "2025년도말 예상액"), else from the table's reference date, else the report's.

Differences (증감) and rates (증감률, 구성비) are not amounts.  Where the
template parser found no 예산현황 and a table has its wide shape (two years'
amounts, their difference and rate), its rows become BudgetSummary records
(:mod:`extract.parse.budget_wide`).
Totals stated in the section's prose ("세입 161억원, 세출 758억원",
"기금운용 : 58,327,935천원") become StatedTotal records with keys
``budget.<revenue|expenditure|total>[.<account>]`` (:mod:`extract.parse.budget_prose`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from extract.cover_year import cover_year
from extract.document import Line
from extract.layout import Layout, Table
from extract.normalize.marks import without_mark
from extract.normalize.spacing import despace_label
from extract.normalize.vocab import UNITS
from extract.parse.base import Context, Parsed, prov
from extract.parse.budget_book import book_lines, summary_units
from extract.parse.budget_grid import body_items
from extract.parse.budget_headers import (
    column_unit,
    columns_money,
    excluded_kind,
    header_parts,
    in_row_label,
    is_category,
    is_difference_row,
    is_side_total,
    label_year,
    named_account,
    row_account,
    row_money,
    rows_money,
)
from extract.parse.budget_parts import row_side, side_part
from extract.parse.budget_prose import prose_totals, side_of
from extract.parse.budget_scope import (
    Scope,
    Surroundings,
    execution_tables,
    header_year,
    is_budget_table,
    known_units,
    only_one,
    other_body,
    own_body,
    surroundings,
)
from extract.parse.budget_shape import (
    Found,
    Shape,
    bracket_shares,
    fund_sides,
    grand_total,
    header_totals,
    merged_units,
    one_fund,
    subtotals_under,
)
from extract.parse.budget_sources import (
    own_and_granted,
    row_source,
    rows_of_sources,
    units_over_sources,
)
from extract.parse.budget_sums import SUM_TOLERANCE, summed_rows
from extract.parse.budget_table import (
    Amount,
    GridCell,
    Reading,
    Rows,
    cells_of_table,
    group_units,
    read_rows,
    subtotal_units,
    transposed,
)
from extract.parse.budget_vocab import (
    GOVERNMENT_SOURCES,
    PRIVATE_SHARES,
    PROGRAMME_HEADERS,
)
from extract.parse.budget_wide import wide_view
from extract.parse.budget_words import (
    amount,
    clean_label,
    is_account_name,
    is_own_cost,
    is_pure_total,
    is_subtotal_label,
    is_total_label,
    line_basis,
    name_of,
    opens_side,
    unit_axis,
)
from extract.parse.costs import is_source, source_name
from extract.parse.division_parts import general_sections, listed_divisions
from extract.parse.text import collapse, squash
from extract.sections import Sections
from schemas import BudgetLine, BudgetSummary

# --- reading a table --------------------------------------------------------------------------

def _by_programme(table: Table, titles: Sequence[str] = ()) -> bool:
    """Whether a table's first column names its rows programmes ("정책사업 | 단위사업 |
    세부사업 | …"; not a table by units and their programmes, "부 서 | 정 책 사 업 | …"), or
    its caption or a title line right over it says it is by them ("‹ 2026년 세출예산
    정책사업별 내역 >", "사업별")."""
    return any(
        c.is_header and c.col == 0 and squash(c.text) in PROGRAMME_HEADERS for c in table.cells
    ) or any("사업별" in squash(t) for t in (table.caption or "", *titles))


def _nested(records: Sequence[BudgetSummary]) -> bool:
    """Whether a table's rows do not add up to its 계, so that some sum others (a table
    by programme whose levels only its indent shows); not where they add up, one level."""
    total = next((r for r in records if r.unit == "계"), None)
    parts = [r.budget_krw or 0 for r in records if r.unit != "계" and not r.is_total]
    return total is not None and bool(parts) and sum(parts) != (total.budget_krw or 0)


#: the longest line over a table that may title it
MAX_TITLE = 40

#: what a total's row is named, no item of its own
_TOTAL_ITEMS = frozenset({"소계", "계", "합계"})


def read_table(
    table: Table,
    cells: Sequence[GridCell],
    unit: str,
    around: Surroundings,
    body: str,
    own: bool,
    year: int | None,
    known: Sequence[str],
) -> Reading:
    """Every amount of a budget table with its unit, account, side, item, label and year."""
    side_cols = table.row_header_cols
    rows = read_rows(cells, table.header_rows, side_cols)
    reading = Reading(rows, [])
    found: list[Found] = []
    for c in cells:
        if c.is_header:
            continue
        parts = header_parts(c.col_header)
        kind = excluded_kind(parts)
        if kind in ("difference", "rate"):
            reading.columns.setdefault(c.col, (despace_label(c.col_header), kind))
        # (or its row's: a column of units, "구 분 | 단 위 | 2026년", "기금 | 천원 | …")
        declared = column_unit(table, c.col_header) or row_money(table, c.row_header)
        if declared is not None and declared not in UNITS:
            continue  # (a column of counts beside the money: "정원(명)", "과" in 개)
        value = amount(c.text, declared or unit)
        if value is None or kind is not None:
            continue
        row = rows.by_row.get(c.row)
        f = Found(c, value, parts, row, in_row_label(c, cells, side_cols, table.header_rows))
        f.money = declared
        labels = [f.inrow] if f.inrow else ([*row.outer, row.label] if row is not None else [])
        if any(is_difference_row(lb) for lb in labels if lb):
            continue
        reading.columns[c.col] = (despace_label(c.col_header), "amount")
        found.append(f)
    row_labels = [f.row.label for f in found if f.row is not None and not f.inrow]
    by_rows = not any(f.inrow for f in found) and unit_axis(row_labels, known)
    by_cols = not by_rows and unit_axis([f.leaf for f in found if f.leaf], known)
    # (units merged down a first column over their programmes: "부 서 | 세 부 사 업 | …",
    # 농업정책과 over its 소계 and items)
    outer_units = merged_units(rows, known) if not by_rows and not by_cols else {}
    values: dict[int, dict[int, int]] = {}
    for f in found:
        if f.row is not None and not f.inrow and not f.row.total:
            values.setdefault(f.row.row, {})[f.cell.col] = f.value
    stops = frozenset(
        r.row for r in rows.by_row.values()
        if is_total_label(r.label) or is_subtotal_label(r.label)
    )  # fmt: skip
    groups = frozenset(r.row for r in rows.by_row.values() if is_account_name(r.label))
    # (the side each row's own label names by its last word: no sum runs over a row of the
    # other side; not a division's or an expense's name that holds a side's word,
    # 세외수입과 or 수입대체경비 under 일반회계 세출)
    sides = {r.row: s for r in rows.by_row.values() if (s := row_side(r.label))}
    if rows.known:
        sums = frozenset(r.row for r in rows.parents())
        if len({r.level for r in rows.by_row.values() if r.label and not r.total}) == 1:
            # (rows all set alike: the rows the figures say sum the rows under them,
            # 일반회계 over its divisions, a 기획관 over its 과, are groups all the same)
            sums |= summed_rows(dict(sorted(values.items())), stops, groups, sides)
    else:  # no tree drawn: the rows the figures say are sums of the rows under them
        sums = summed_rows(dict(sorted(values.items())), stops, groups, sides)
    reading.sums = sums
    shape = Shape(rows, by_rows, by_cols, unit, around, body, own, year, known, sums)
    shape.outer_units = outer_units
    shape.panel_units = unit_axis([f.inrow for f in found if f.inrow], known)
    # (or, in a fund's own table, what its totals open: "조 성 액 계" over its sources,
    # "운 용 액 계" over its uses)
    shape.row_sides = rows.sides() or fund_sides(rows)
    leaves = {squash(f.leaf) for f in found if f.leaf}
    shares = {w for w in leaves if w in GOVERNMENT_SOURCES}
    shape.years_across = len({y for f in found if (y := header_year(f.leaf))}) >= 2
    # (or a year's amount beside them, "2026 예산 | 국 비 | 시 비 | 구 비": their whole)
    years = {y for w in leaves if (y := header_year(w))}
    # (another source among the governments' shares, "국 비 | 소방안전교부세 | 도 비", too)
    # (or a 공사's split between its city's grant and its own money, "시 전출금 | 자 체")
    shape.sources_across = (len(shares) >= 2 or own_and_granted(leaves)) and all(
        w in GOVERNMENT_SOURCES or w in PRIVATE_SHARES or is_source(w) or is_pure_total(w)
        or (len(years) == 1 and header_year(w))
        for w in leaves
    )
    # (not a left panel of sources beside a right one of units: "국 비 | … | 농업정책과 | …")
    shape.sources_down = (
        not by_rows and not by_cols and not any(f.inrow for f in found)
        and rows_of_sources(row_labels)
    )  # fmt: skip
    if not by_rows and not by_cols and not outer_units:
        # (a group of units beside one of categories: 세출 by 과 under 세입 by source)
        shape.group_units = group_units(rows, known)
    # (a unit's subtotal that names it over its rows, "안전총괄과 소계": theirs)
    shape.group_units.update(subtotal_units(rows))
    if not by_rows and not by_cols and not outer_units and not shape.sources_down:
        # (or each unit's row over its sources' rows, 교통정책과 over 국 비 and 시 비)
        under = units_over_sources(
            [(r.row, r.label) for r in sorted(rows.by_row.values(), key=lambda r: r.row)], known
        ) if not any(f.inrow for f in found) else {}  # fmt: skip
        shape.group_units.update(under)
        shape.sources_down = bool(under)
    heads = {squash(c.text) for c in cells if c.is_header and c.col < max(side_cols, 1)}
    if heads & set(PROGRAMME_HEADERS):
        shape.rows_side = "expenditure"  # ("사 업 명 | 계 | 국비 | 도비 | 군비")
    if by_rows or not (by_cols or outer_units):
        # (or a table by category: "교육비특별회계" over the sources that add up to it)
        shape.groups = _group_accounts(rows, sums, values)
    reading.amounts = [_meaning(f, shape) for f in found]
    reading.amounts += bracket_shares(reading.amounts, shape)
    reading.amounts += header_totals(table, cells, found, shape)
    reading.amounts.sort(key=lambda a: (a.cell.row, a.cell.col))
    return reading



def _meaning(f: Found, shape: Shape) -> Amount:
    """What one amount is, from its row, its column and the table's surroundings."""
    row, label = f.row, f.label
    outer = list(row.outer) if row is not None and not f.inrow else []
    ancestors = (
        [shape.rows.by_row[a].label for a in row.ancestors]
        if row is not None and not f.inrow
        else []
    )
    # (a side named under the part it is of, "수익적 | 수 입": that part, no whole)
    part = side_part(label, outer)
    row_total = bool(row is not None and row.total and not f.inrow) or (
        f.inrow is not None and is_total_label(f.inrow)  # (the right panel's own "계")
    ) or bool(  # ("세 입" over nothing of its own, in a table by rows: the side's whole)
        row is not None and not f.inrow and not shape.by_cols and opens_side(label)
        and part is None
    )
    # a row others are parts of (특별회계 over its accounts, a 소계) totals them too
    sums = row is not None and not f.inrow and row.row in shape.sums
    col_total = bool(f.leaf) and is_total_label(f.leaf)
    # unit: a table by division names it; a total of the bureau's own table is 계
    account_row = shape.by_rows and bool(label) and is_account_name(label)
    if account_row:
        unit = shape.body  # (일반회계 over the divisions: the bureau's, in that account)
    elif f.inrow is not None and shape.panel_units:
        unit = "계" if row_total else name_of(f.inrow)
    elif shape.by_rows:
        # (an account's 소계 over its 과: the bureau's, in that account; so are its own
        # running costs, "행정운영경비" below its teams)
        own = is_subtotal_label(label) or is_own_cost(label)
        unit = "계" if row_total else shape.body if own else name_of(label)
    elif shape.by_cols:
        unit = "계" if col_total else name_of(f.leaf)
    elif row is not None and not f.inrow and row.row in shape.outer_units:
        unit = shape.outer_units[row.row]
    elif row is not None and not f.inrow and row.row in shape.group_units:
        unit = shape.group_units[row.row]
    elif shape.own and (
        (row_total and (is_pure_total(label) or is_side_total(label)))
        # (a side's 계 under its label merged down, "세 입 | 계": that side's whole, as the
        # wide view of the table reads it; so is its 소계 in a table of no grand total)
        or (
            (is_pure_total(label) or (
                is_subtotal_label(label) and not grand_total(shape)
                and subtotals_under(shape, outer[-1] if outer else "") == 1
            ))
            and bool(outer) and side_of(outer[-1]) is not None
        )
        # (the 계 column beside 국비 | 도비 | 군비 on an item's row is that item's: the body's)
        or (col_total and is_pure_total(f.leaf) and (row is None or row_total or not label))
    ):
        unit = "계"
    else:
        unit = shape.body
    # side: the cell's own headers, the rows it is part of, the title over the table
    side = (
        side_of(label)
        or only_one(side_of(p) for p in outer)
        # (not a source's column whose name ends in a side's word, "자체수입": who pays)
        or next((s for p in reversed(f.parts) if not (shape.sources_across and is_source(p))
                 and (s := side_of(p))), None)
        or next((s for a in ancestors if (s := side_of(a))), None)
        or (shape.row_sides.get(row.row) if row is not None and not f.inrow else None)
        or shape.around.side
        or shape.rows_side
    )
    # account: the row's own name, a name under a 특별회계 or 기금 row, a column, the title
    account = row_account(label, ancestors) if not f.inrow and not shape.by_rows else None
    if account is None and label and is_account_name(label) and not is_total_label(label):
        account = named_account(label)
    from_row = account is not None
    if account is None:
        account = next((name_of(p) for p in reversed(f.parts) if is_account_name(p)), None)
    if account is None and row is not None and not f.inrow:
        account = shape.groups.get(row.row)
    if account is None:
        # (an account merged down a column left of its rows: "일반회계" over its 과)
        account = next((named_account(p) for p in reversed(outer) if is_account_name(p)), None)
    if account is None:
        account = shape.around.account
    # source: who pays, where a year's column is split by it ("2026년 예산 / 국비"): no
    # category (not a column of revenue by kind, "교부세", "보조금", beside "지방세")
    split = len(f.parts) >= 2 and header_year(f.parts[-2]) is not None
    split = split or shape.sources_across  # (or every column a government's share)
    source = source_name(f.leaf) if split and is_source(f.leaf) else None
    # (or its row's, "국 비" under "2025년 예산": the row no item)
    row_source_of = (
        source is None and shape.sources_down and bool(label) and is_source(label) and not f.inrow
    )
    if row_source_of:
        source = row_source(label)
    # item: the category of a table by category
    item: str | None = None
    if part is not None:
        item = part
    elif label and not from_row and not row_source_of and (
        (not shape.by_rows and is_category(label, shape.known))
        or (shape.by_rows and is_own_cost(label))
    ):
        item = clean_label(label)
    elif (
        label and not shape.by_rows and not from_row and is_total_label(label)
        and not is_pure_total(label) and opens_side(label) is None  # (not "세 출 계")
    ):  # fmt: skip
        item = clean_label(label)  # 총지출(a+b): a total that names what it totals
    elif f.leaf and not shape.by_cols and source is None and is_category(f.leaf, shape.known):
        item = clean_label(f.leaf)
    # (a category under a group of them is named with the group: "이전수입 / 기타" is not
    # the 기타 of the table's own rows)
    groups = [clean_label(p) for p in outer if is_category(p, shape.known)]
    if item is not None and groups and item == clean_label(label):
        item = " / ".join([*groups, item])
    parts = item.split(" / ") if item is not None else []
    if len(parts) > 1 and squash(parts[-1]) in _TOTAL_ITEMS:
        # (a group's 소계 is the group's own: "맑은 공기 도시 조성 / 소계" is of that
        # programme; a 소계 alone, no group's, tells a subtotal from the total beside it)
        item = " / ".join(parts[:-1])
    subtotal = is_total_label(label) or is_subtotal_label(label)
    if item is None and groups and is_pure_total(label):
        item = " / ".join(groups)  # (a 세부사업's 계 beside it merged down: that 세부사업's)
    elif shape.outer_units and item is not None and subtotal and not groups:
        item = None  # (a unit's 소계: the unit's, of no item)
    label_parts = f.parts[:-1] if shape.by_cols else f.parts
    year = label_year(label_parts) or header_year(label) or label_year(outer)
    if year is None and not (col_total and shape.years_across and is_pure_total(f.leaf)):
        # (not the 계 of the years' columns beside it, "계 | 2025 | … | 2029": of no year)
        year = shape.around.year or shape.year
    return Amount(
        cell=f.cell,
        value=f.value,
        unit=unit,
        # (a 소계 by its label, whether or not its figures add up: "수익적 수입 / 소 계")
        is_total=row_total or col_total or sums
        or bool(row is not None and not f.inrow and is_subtotal_label(label)),
        account=account,
        side=side,
        item=item,
        source=source,
        # (a header's note mark, "2025년 예산(B) 주1)", is no word of the label)
        label=despace_label(" / ".join(without_mark(collapse(p)) for p in label_parts)),
        year=year,
        currency_unit=f.money,
    )


def _group_accounts(
    rows: Rows, sums: frozenset[int], values: Mapping[int, Mapping[int, int]]
) -> dict[int, str]:
    """In a table by units, each unit's row set under an account's row (일반회계 over its
    divisions) -> that account: the rows drawn under it, else the rows after it that add
    up to it (``values``: row -> column -> amount; ``sums``: the rows that are sums)."""
    out: dict[int, str] = {}
    by_row = rows.by_row
    left: dict[int, int] = {}  # what the open account's rows have still to add up to
    whole: dict[int, int] = {}
    account: str | None = None
    for r in sorted(by_row.values(), key=lambda r: r.row):
        drawn = next((by_row[a].label for a in r.ancestors if is_account_name(by_row[a].label)),
                     None)  # fmt: skip
        if drawn is not None:
            out[r.row] = name_of(drawn)
        elif is_account_name(r.label) and r.row in sums:
            account, whole = name_of(r.label), dict(values.get(r.row, {}))
            left = dict(whole)
        elif account is not None and not is_total_label(r.label):
            out[r.row] = account
            for col, v in values.get(r.row, {}).items():
                left[col] = left.get(col, 0) - v
            if all(abs(v) <= SUM_TOLERANCE * abs(whole[c]) for c, v in left.items()):
                account = None  # (its rows are all read)
    return out


# --- the parser -------------------------------------------------------------------------------


def parse_budget_lines(lay: Layout, sections: Sections, ctx: Context, parsed: Parsed) -> Parsed:
    """Every budget amount of the general section, its wide view, and its prose totals; and
    of each unit's chapter's general part in a report by unit ("Ⅰ. 기획재정국" / "1. 일반현황"
    / "다. 예 산"), its 계 that unit's."""
    out = Parsed()
    own = own_body(sections, ctx, parsed)
    scope = Scope.of(sections, own=own)
    if scope is None or not any(t.lines and t.lines[0] in scope.nos for t in lay.tables):
        # (the body's own part draws no table: an appendix's, where the part points to it)
        scope = Scope.of(sections, appendix=True, own=own) or scope
    # (each unit's chapter's budget, where the report states none of its own body's)
    chapters = [] if scope is not None else [
        (unit, Scope.of_lines(part.content)) for unit, part in general_sections(sections)
    ]  # fmt: skip
    if scope is None and not chapters:
        return out
    year = cover_year(sections.front) or ctx.year
    known = known_units(ctx, parsed) + (listed_divisions(sections) if chapters else [])
    nodes = {n.seq: n for n in lay.outline.nodes}
    if scope is not None:
        # (a results chapter's table of the budget's execution by unit: read as the section's)
        executed, execution_years = execution_tables(lay.tables, nodes, sections.lines_by_no(),
                                                     scope, known)  # fmt: skip
        scope = scope.with_lines(executed)
    else:
        execution_years = {}
    table_lines = lay.table_lines
    # (the 예산현황 rows the template read: a table of the other side beside them, "정 책 사
    # 업 | 2026년 예산(A) | …" after its 세입 table, is read wide; not one of a side they
    # sum up already, the same 세출 by kind after it by division)
    template = [r for r in parsed.tables.get("budget_summary", []) if isinstance(r, BudgetSummary)]
    summed = {n for r in template for n in range(r.line_start, r.line_end + 1)}
    summed_sides = {r.side for r in template}
    seqs = [len(template), 0]  # (of the summary's rows, of the budget lines)
    # (the own body's budget tables read, with the lines of their part: a table of items by
    # division among them gives the budget items too, where no appendix gives them)
    listed: list[tuple[Table, list[Line]]] = []

    def read_part(scope: Scope, own: str, chapter: str | None) -> None:
        """The tables of one part (``chapter``: the unit whose chapter it is, its 계)."""
        by_no = {ln.no: ln for ln in scope.lines}
        told: set[tuple[str | None, int | None, int | None]] = set()  # (side, year, won)
        for table in lay.tables:
            if not table.lines or table.lines[0] not in scope.nos:
                continue
            node = nodes.get(table.node) if table.node is not None else None
            around = surroundings(table, node, scope, table_lines)
            if around.year is None and table.id in execution_years:
                around.year = execution_years[table.id]  # ("Ⅱ. 2025년 … 추진실적"'s)
            cells = cells_of_table(table)
            unit = table.currency_unit or around.unit or columns_money(table) or rows_money(table)
            counts = bool(table.column_units)
            if not unit or not is_budget_table(cells, table.header_rows, around, counts):
                continue
            turned = transposed(table, known)
            if turned is not None:  # (units across, years down: read the usual way round)
                table, cells = turned, cells_of_table(turned)
            other = scope.body_before(table.lines[0])
            body = other or own
            reading = read_table(table, cells, unit, around, body, other is None, year, known)
            if other is None and turned is None:
                listed.append((table, scope.lines))
            made: list[BudgetLine] = []
            for a in reading.amounts:
                lines = [by_no[n] for n in a.cell.lines if n in by_no]
                if not lines:
                    continue
                seqs[1] += 1
                made.append(
                    BudgetLine(
                        seq=seqs[1], unit=chapter if chapter and a.unit == "계" else a.unit,
                        is_total=a.is_total, account=a.account, side=a.side, item=a.item,
                        source=a.source, label=a.label, basis=line_basis(a.label), year=a.year,
                        amount_krw=a.value,
                        currency_unit=a.currency_unit or unit, raw=a.cell.text,
                        table_id=table.id, **prov(lines),
                    ),
                )  # fmt: skip
                out.use(lines)
            for line in book_lines(made):  # (a budget book's levels: their tags)
                out.add("budget_lines", line)
            wide = not template or (
                around.side is not None
                and around.side not in summed_sides
                and not summed.intersection(table.lines)
            )
            # (another body's budget is none of the report's own, nor a fund's sources and uses)
            if wide and other is None and not one_fund(reading):
                records = summary_units(wide_view(reading, unit, by_no, seqs[0], year))
                # (the same side's budget again by programme: "정책사업 | 단위사업 | …";
                # not 세출 by programme after 세입 of the same sum)
                totals = {(r.side, r.year, r.budget_krw) for r in records if r.unit == "계"}
                over = [by_no[n].text for n in range(table.lines[0] - 2, table.lines[0])
                        if n in by_no and len(by_no[n].text.strip()) <= MAX_TITLE]  # fmt: skip
                # (or by its title: "나. 세부사업별 예산 현황" after the 총괄 by 과)
                if _by_programme(table, over) and totals & told:
                    continue
                if _by_programme(table, over) and _nested(records):
                    # (its rows are programmes at several levels, its indent shows which,
                    # no units: the summary is its 계 alone, as its sums cannot be checked)
                    records = [r for r in records if r.unit == "계"]
                told.update(totals)
                for record in records:
                    seqs[0] += 1
                    if chapter and record.unit == "계":
                        record = record.model_copy(update={"unit": chapter})
                    out.add("budget_summary", record)

    if scope is not None:
        read_part(scope, own, None)
    for unit, part in chapters:
        read_part(part, unit, unit)
    if not parsed.tables.get("budget_items"):
        # (its 세부사업 or 주요사업 rows are the items, as in an appendix; its amounts stay
        # budget lines too, every year's and every code's, each once; of two tables that
        # list items, a 과별 주요사업 and a 세부사업별, the fuller one, so none is counted twice)
        read = [body_items([table], lines, ctx) for table, lines in listed]
        fullest = max(read, key=lambda p: len(p.tables.get("budget_items", [])), default=None)
        if fullest is not None:
            out.merge(fullest)
    if scope is None:
        return out

    def stated_body(ln: Line) -> str | None:
        """The other body a line states a budget of, as its tables': its label's ("□ 2026년
        청람시 예산 : …"; "" for the report's own, "… 기획재정국 소관 예산 : …"), else the
        last title's before it ("3. 2026년 시 재정 현황")."""
        assert scope is not None
        head, colon, _ = ln.text.partition(":")
        named = other_body(head) if colon else None
        return scope.whose(named) if named is not None else scope.body_before(ln.no)

    out.merge(prose_totals(lay, scope.lines, year, stated_body))
    return out
