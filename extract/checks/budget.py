"""Cross-checks of the budget lines and the budget totals stated in prose.

* ``budget_lines.units`` / ``.accounts`` / ``.sources`` / ``.items`` - the rows of a table add
  up to the row they are part of (the divisions to 계, 일반회계 and 특별회계 to
  the total, the accounts indented under 특별회계 to it, □ items to their
  category), column by column; and in a table by division written across, the
  division columns add up to the 계 column, as a year's sources do ("2026년 예산" over
  "계 | 구비 | 시비 | 국비"), in a table the 예산현황 records cover too;
* ``budget_lines.fund_balance`` - a fund's balance at the end of last year plus
  its revenue less its expenditure is its balance at the end of this year;
* ``budget_lines.stated`` - a total stated in prose ("세입 161억원") is the
  table's, to the precision it is written in (16,167 백만원 is 161억원, by
  rounding or by truncation): the report's own body's (``budget.…``) its own tables',
  another body's (``budget.청람시.…``) that body's tables'.

Which rows are part of which is read again from the report's table cells
(:func:`extract.parse.budget_table.read_rows`: indentation, bullets, 계 rows),
so the checks need nothing but the report.  A table that the 예산현황 records
(budget_summary) already cover is checked there, not twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from extract.checks.base import _check, _lines, fmt
from extract.checks.side_parts import part_sums
from extract.normalize import parse_money
from extract.parse.budget_scope import budget_year
from extract.parse.budget_table import GridCell, Rows, cells_of_records, read_rows
from extract.parse.budget_vocab import OTHER_BODY_ENDINGS
from extract.parse.budget_words import is_difference_or_rate, is_total_label
from extract.parse.text import squash
from schemas import BudgetLine, Check, OutlineNode, Report, StatedTotal, TableInfo

#: the unit words a stated figure may end in, smallest first, with their size in won
_FIGURE_UNITS: tuple[tuple[str, int], ...] = (
    ("천원", 1_000), ("만원", 10_000), ("백만원", 1_000_000), ("억원", 100_000_000),
    ("조원", 1_000_000_000_000), ("원", 1), ("만", 10_000), ("억", 100_000_000),
    ("조", 1_000_000_000_000),
)  # fmt: skip


@dataclass(slots=True)
class Placed:
    """A budget line with the table cell it was read from."""

    line: BudgetLine
    row: int
    col: int
    header: bool


@dataclass(slots=True)
class TableView:
    """One budget table as the checks see it: its rows and its placed lines."""

    info: TableInfo
    cells: list[GridCell]
    rows: Rows
    placed: list[Placed]


def table_views(report: Report) -> list[TableView]:
    """The tables budget lines were read from, with each line's cell."""
    infos = {t.table_id: t for t in report.tables}
    by_table: dict[int, list[BudgetLine]] = defaultdict(list)
    for b in report.budget_lines:
        if b.table_id is not None:
            by_table[b.table_id].append(b)
    records = defaultdict(list)
    for c in report.table_cells:
        if c.table_id in by_table:
            records[c.table_id].append(c)
    views = []
    for table_id, lines in by_table.items():
        info = infos.get(table_id)
        if info is None:
            continue
        cells = records[table_id]
        at: dict[tuple[int, int, str], list[tuple[int, int, bool]]] = defaultdict(list)
        for c in cells:
            at[(c.line_start, c.line_end, " ".join(c.raw.split()))].append(
                (c.row, c.col, c.is_header)
            )
        placed = []
        for b in lines:  # in the order of the cells: a figure twice in a row is two cells
            spots = at.get((b.line_start, b.line_end, b.raw), [])
            if spots:
                row, col, header = spots.pop(0)
                placed.append(Placed(b, row, col, header))
        grid = cells_of_records(cells)
        rows = read_rows(grid, info.header_rows, info.row_header_cols)
        views.append(TableView(info, grid, rows, placed))
    return views


def _summed_years(report: Report, info: TableInfo) -> set[int | None]:
    """The years of a table the 예산현황 records were read from (checked by the summary's
    checks); its other years' lines ("2024년 결산" beside the two it compares) are the
    budget lines' to check."""
    return {
        y for r in report.budget_summary
        if info.line_start <= r.line_start <= info.line_end for y in (r.prev_year, r.year)
    }  # fmt: skip


def _what(parts: Sequence[BudgetLine]) -> str:
    """What the parts of a sum are: units, accounts, funding sources or items."""
    units = {p.unit for p in parts}
    if len(units) > 1:
        return "units"
    if all(p.account for p in parts) and len({p.account for p in parts}) == len(parts):
        return "accounts"
    if all(p.source for p in parts) and len({p.source for p in parts}) == len(parts):
        return "sources"
    return "items"


def _name(b: BudgetLine, what: str = "items") -> str:
    """What a line is called in a message: its unit, account or item."""
    if what == "units":
        return b.unit
    if what == "accounts":
        return b.account or b.item or b.unit
    if what == "sources":
        return b.source or "계"
    return b.item or b.account or b.unit


def _sum_check(
    code: str, whole: BudgetLine, parts: Sequence[BudgetLine], where: str, along: str = "row"
) -> Check:
    """The whole against its parts; ``along`` says whether the whole is a row or a column."""
    unit = whole.currency_unit
    got = sum(p.amount_krw or 0 for p in parts)
    want = whole.amount_krw
    what = code.rpartition(".")[2]
    names = ", ".join(_name(p, what) for p in parts[:4]) + (", ..." if len(parts) > 4 else "")
    return _check(
        code,
        want == got,
        fmt(want, unit),
        fmt(got, unit),
        f"{where}: the {_name(whole, what)} {along} says {fmt(want, unit)}, its parts ({names}) "
        f"add up to {fmt(got, unit)}",
        _lines(whole, *parts),
    )


def check_budget_sums(report: Report) -> Iterator[Check]:
    """Rows add up to the row they are part of; division columns to the 계 column."""
    for view in table_views(report):
        # (the summary checks no year's sources, "2026년 예산 / 국비": its columns against
        # the year's 계, and down the rows)
        yield from _column_sums(view)
        years = _summed_years(report, view.info)
        if years:
            view.placed = [
                p for p in view.placed if p.line.year not in years or p.line.source is not None
            ]  # fmt: skip
            if not view.placed:
                continue
        yield from _row_sums(view)


def _row_sums(view: TableView) -> Iterator[Check]:
    if not view.rows.known:
        return
    by_row_col: dict[tuple[int, int], BudgetLine] = {}
    for p in view.placed:
        if not p.header:
            by_row_col[(p.row, p.col)] = p.line
    # (a column with a figure on a row the labels name not, as the right half of a table
    # set side by side, 세입 | 세출, whose last row only the right half fills: the rows'
    # tree is the left half's, and says nothing of the column's sums)
    unnamed = {
        col for (row, col) in by_row_col
        if not (r := view.rows.by_row.get(row)) or not r.label
    }  # fmt: skip
    cols = sorted({p.col for p in view.placed} - unnamed)
    for parent in view.rows.parents():
        # (rows grouped by what they break the total down by, 회계별 and 부서별: each
        # group adds up to it on its own)
        for children in view.rows.breakdowns(parent.row):
            for col in cols:
                whole = by_row_col.get((parent.row, col))
                parts = [by_row_col.get((c.row, col)) for c in children]
                if whole is None or not parts or any(p is None for p in parts):
                    continue
                found = [p for p in parts if p is not None]
                label = f" ({whole.label})" if whole.label else ""
                where = f"{_name(whole)}{label}"
                yield _sum_check(f"budget_lines.{_what(found)}", whole, found, where)
    # a figure in the header over a column: the total of the column's top rows
    for p in (q for q in view.placed if q.header):
        tops = [
            r
            for r in view.rows.by_row.values()
            if r.label and not r.total and (r.parent is None or view.rows.by_row[r.parent].total)
        ]
        parts = [by_row_col.get((r.row, p.col)) for r in tops]
        found = [q for q in parts if q is not None]
        if found and len(found) == len(parts):
            yield _sum_check(
                f"budget_lines.{_what(found)}", p.line, found, p.line.label or "column", "column"
            )


def _column_sums(view: TableView) -> Iterator[Check]:
    """In a row, the columns under one header whose leaf is 계 against their siblings."""
    head = {(c.row, c.col): c for c in view.cells}
    by_row: dict[int, list[Placed]] = defaultdict(list)
    for p in view.placed:
        if not p.header:
            by_row[p.row].append(p)
    for row, placed in by_row.items():
        paths = {
            p.col: head[(row, p.col)].col_header.split(" / ")
            for p in placed
            if (row, p.col) in head
        }
        for p in placed:
            path = paths.get(p.col)
            if not path or not is_total_label(path[-1]):
                continue
            siblings = _parts_beside(p, placed, paths)
            prefix = path[:-1]
            others = [
                c for c in view.cells
                if c.row <= row < c.row + c.row_span and not c.is_header
                and c.col not in {q.col for q in placed} and c.text.strip()
                and c.col_header.split(" / ")[: len(prefix)] == prefix
                and len(c.col_header.split(" / ")) > len(prefix)
                and not is_difference_or_rate(c.col_header)
            ]  # fmt: skip
            if len(siblings) < 2 or others:
                continue
            lines = [q.line for q in siblings]
            where = p.line.side or p.line.account or p.line.label or "row"
            yield _sum_check(f"budget_lines.{_what(lines)}", p.line, lines, where, "column")


def _parts_beside(
    total: Placed, placed: Sequence[Placed], paths: dict[int, list[str]]
) -> list[Placed]:
    """The columns a 계 column sums in its row: those under its header's group, beside it
    ("2026년 예산 / 국비") or under a group of their own with no 계 of its own
    ("2026년 예산 / 재 원 / 국 비")."""
    prefix = paths[total.col][:-1]
    under = [
        q for q in placed
        if q is not total and q.col in paths and len(paths[q.col]) > len(prefix)
        and paths[q.col][: len(prefix)] == prefix
    ]  # fmt: skip
    summed = {tuple(paths[q.col][:-1]) for q in under if is_total_label(paths[q.col][-1])}
    return [
        q for q in under
        if not is_total_label(paths[q.col][-1])
        and not any(tuple(paths[q.col][:k]) in summed for k in range(len(prefix) + 1,
                                                                     len(paths[q.col])))
    ]  # fmt: skip


# --- funds --------------------------------------------------------------------------------


def check_fund_balance(report: Report) -> Iterator[Check]:
    """조성액 + 수입 − 지출 = 연말 조성액, row by row of a fund table."""
    for view in table_views(report):
        by_row: dict[int, list[Placed]] = defaultdict(list)
        for p in view.placed:
            if not p.header:
                by_row[p.row].append(p)
        for placed in by_row.values():
            placed.sort(key=lambda p: p.col)
            lines = [p.line for p in placed]
            stocks = [b for b in lines if b.side is None]
            flows = {s: [b for b in lines if b.side == s] for s in ("revenue", "expenditure")}
            if len(stocks) != 2 or any(len(f) != 1 for f in flows.values()):
                continue
            opening, closing = stocks
            if not _is_balance(opening, closing):
                continue
            rev, exp = flows["revenue"][0], flows["expenditure"][0]
            values = (opening.amount_krw, rev.amount_krw, exp.amount_krw, closing.amount_krw)
            if any(v is None for v in values):
                continue
            a, r, e, c = (v or 0 for v in values)
            got = a + r - e
            u = closing.currency_unit
            name = closing.account or closing.unit
            yield _check(
                "budget_lines.fund_balance",
                got == c,
                fmt(c, u),
                fmt(got, u),
                f"{name}: {opening.label} {fmt(a, u)} + {rev.label} {fmt(r, u)} - "
                f"{exp.label} {fmt(e, u)} is {fmt(got, u)}, the table says "
                f"{closing.label} {fmt(c, u)}",
                _lines(*lines),
            )


def _is_balance(opening: BudgetLine, closing: BudgetLine) -> bool:
    """Two stock columns of a fund: last year's end and this year's end."""
    fund = squash(closing.account or "").endswith(("기금", "계정"))
    dated = opening.year is not None and closing.year is not None and opening.year < closing.year
    ends = "말" in squash(opening.label) and "말" in squash(closing.label)
    return dated and (fund or ends)


# --- totals stated in prose ---------------------------------------------------------------


def stated_precision(raw: str) -> int:
    """The won of one unit of the last figure a stated amount is written in ("161억원": 1억)."""
    text = squash(raw)
    for word, size in sorted(_FIGURE_UNITS, key=lambda w: -len(w[0])):
        if text.endswith(word):
            digits = text[: -len(word)]
            decimals = len(digits.rpartition(".")[2]) if "." in digits else 0
            return max(size // int(10**decimals), 1)
    return 1


def _node_of(line: int, outline: Sequence[OutlineNode]) -> OutlineNode | None:
    found = [n for n in outline if n.line_start <= line <= n.line_end]
    return min(found, key=lambda n: n.line_end - n.line_start) if found else None


def _under(node: OutlineNode, outline: Sequence[OutlineNode]) -> set[int]:
    """The node and every node under it."""
    kids: dict[int, list[int]] = defaultdict(list)
    for n in outline:
        if n.parent is not None:
            kids[n.parent].append(n.node)
    out: set[int] = set()
    todo = [node.node]
    while todo:
        seq = todo.pop()
        out.add(seq)
        todo.extend(kids.get(seq, []))
    return out


_SIDES = ("revenue", "expenditure")


def stated_key(key: str) -> tuple[str | None, str | None, str | None]:
    """(body, side, account) of a budget total's key: the other body it names, None for the
    report's own ("budget.청람시.total.일반회계": 청람시, None, 일반회계).

    >>> stated_key("budget.expenditure.일반회계"), stated_key("budget.청람시.total")
    ((None, 'expenditure', '일반회계'), ('청람시', None, None))
    """
    parts = key.split(".")[1:]
    body = parts.pop(0) if len(parts) > 1 and parts[0] not in (*_SIDES, "total") else None
    side = parts[0] if parts and parts[0] in _SIDES else None
    return body, side, parts[1] if len(parts) > 1 else None


def _other_bodies(report: Report) -> set[str]:
    """The units of budget lines that are another body's: a body a stated total names, and
    the one unit of every line of a table that names a government ("청람시", "부산시": a
    city's budget in a bureau's report), not the report's own."""
    out = {body for s in report.stated_totals if (body := stated_key(s.key)[0])}
    by_table: dict[int | None, set[str]] = defaultdict(set)
    for b in report.budget_lines:
        by_table[b.table_id].add(squash(b.unit))
    for units in by_table.values():
        unit = next(iter(units)) if len(units) == 1 else ""
        if len(unit) >= 2 and unit.endswith(OTHER_BODY_ENDINGS):
            out.add(unit)
    return {squash(u) for u in out} - {squash(report.meta.bureau or "")}


def _candidates(
    stated: StatedTotal, report: Report, others: set[str]
) -> list[tuple[BudgetLine, list[BudgetLine]]]:
    """(the figure to compare, the lines it is made of) for a stated total: the matching
    totals of the tables under the prose (else of the section), or the sum of a side's
    lines where a table has no total; of the body the total is of (``others``: the units
    of other bodies' lines, none of the report's own)."""
    body, side, account = stated_key(stated.key)
    node = _node_of(stated.line_start, report.outline)
    near: set[int] = set()
    if node is not None:
        under = _under(node, report.outline)
        near = {t.table_id for t in report.tables if t.node in under}
    # (the one year the line gives its budget: "□ 2026년 예산 : …" is not last year's
    # execution)
    year = budget_year(node.text) if node is not None else None
    results = _results_tables(report) if year is None else set()

    def fits(b: BudgetLine) -> bool:
        unit = squash(b.unit)
        if (unit != squash(body)) if body else (unit in others):
            return False  # (a city's total is none of the bureau's, nor the other way)
        if side is not None and b.side != side:
            return False
        if year is not None and b.year is not None and b.year != year:
            return False
        if account is not None:
            return squash(b.account or "") == squash(account)
        return True

    for tables in (near, {b.table_id for b in report.budget_lines}):
        lines = [b for b in report.budget_lines if b.table_id in tables and fits(b)]
        if year is None:
            # (a line that names no year: not a results chapter's execution of another)
            lines = [b for b in lines if b.table_id not in results or b.table_id in near]
        totals = [b for b in lines if b.is_total or account is not None]
        if totals:
            # (a 공기업's totals of each part of the side, "수익적 수입" and "자본적 수입": the
            # side's whole their sum)
            return [(b, [b]) for b in totals] + part_sums(totals)
        if side is not None and lines and not any(b.is_total for b in report.budget_lines
                                                  if b.table_id in tables):  # fmt: skip
            by_table: dict[int | None, list[BudgetLine]] = defaultdict(list)
            for b in lines:
                by_table[b.table_id].append(b)
            # (the main items a line lists in words, "○ 주요 세출내역": a choice of them,
            # no sum of the side)
            return [
                (_summed(group), group) for key, group in by_table.items()
                if key is not None or not all(b.item for b in group)
            ]  # fmt: skip
    return []


def _results_tables(report: Report) -> set[int]:
    """The tables that stand in a results chapter (its budget's execution)."""
    by_no = {n.node: n for n in report.outline}

    def top(n: OutlineNode) -> OutlineNode:
        while n.parent is not None and n.parent in by_no:
            n = by_no[n.parent]
        return n

    return {
        t.table_id for t in report.tables
        if t.node in by_no and top(by_no[t.node]).role == "achievements"
    }  # fmt: skip


def _summed(group: Sequence[BudgetLine]) -> BudgetLine:
    first = group[0]
    total = sum(b.amount_krw or 0 for b in group)
    return first.model_copy(update={"amount_krw": total, "item": "sum", "label": first.label})


def _known_unit(unit: str | None) -> str:
    """``unit`` when amounts can be shown in it, else "" (won)."""
    try:
        return unit if unit and parse_money("1", unit=unit) else ""
    except ValueError:
        return ""


def check_stated_budget(report: Report) -> Iterator[Check]:
    """A total stated in prose is the table's, to the precision it is written in."""
    others = _other_bodies(report)
    for stated in report.stated_totals:
        if not stated.key.startswith("budget."):
            continue
        found = _candidates(stated, report, others)
        if not found:
            continue
        step = stated_precision(stated.raw)
        ok = [(b, g) for b, g in found if b.amount_krw is not None
              and -step < b.amount_krw - stated.value < step]  # fmt: skip
        best, group = (ok or found)[0]
        u = best.currency_unit
        what = _name(best) if len(group) == 1 else f"the sum of its {best.side} lines"
        yield _check(
            "budget_lines.stated",
            bool(ok),
            fmt(stated.value, _known_unit(stated.unit)),
            fmt(best.amount_krw, u),
            f"{stated.raw}: the table says {fmt(best.amount_krw, u)} ({what})",
            _lines(stated, *group),
        )


CHECKS: tuple[Callable[[Report], Iterator[Check]], ...] = (
    check_budget_sums,
    check_fund_balance,
    check_stated_budget,
)
