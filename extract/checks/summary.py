"""Cross-checks of the budget summary table (예산현황): its 계 rows against the rows
under them, side by side and account by account, and each row's 증감 and 증감률
against its two years."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from functools import partial

from extract.checks.base import (
    RATE_TOLERANCE,
    ROUNDED_NOTE,
    _check,
    _lines,
    _sum_check,
    fmt,
    rounding_place,
)
from extract.parse.budget_table import cells_of_records, read_rows
from extract.parse.budget_vocab import SUBTOTAL_WORDS
from extract.parse.budget_words import is_total_label
from extract.parse.text import squash
from schemas import BudgetSummary, Check, Report, TableCellRecord


def _summary_tree(report: Report) -> list[tuple[BudgetSummary, list[BudgetSummary], bool]] | None:
    """(row, the rows it is the sum of, whether it is the grand total) as the table the
    records were read from arranges them (계 over the units; 특별회계 over the accounts
    indented under it); None when a record stands in no table of the report."""
    rows = report.budget_summary
    if not rows:
        return []
    infos = {t.table_id: t for t in report.tables}
    cells: dict[int, list[TableCellRecord]] = {}
    for c in report.table_cells:
        cells.setdefault(c.table_id, []).append(c)
    out: list[tuple[BudgetSummary, list[BudgetSummary], bool]] = []
    placed = 0
    for table_id, info in infos.items():
        mine = [r for r in rows if info.line_start <= r.line_start <= info.line_end]
        if not mine or table_id not in cells:
            continue
        tree = read_rows(cells_of_records(cells[table_id]), info.header_rows, info.row_header_cols)
        at: dict[int, BudgetSummary] = {}
        for r in mine:
            row = next(
                (w for w in tree.by_row.values()
                 if any(r.line_start in c.lines for c in w.cells)), None
            )  # fmt: skip
            if row is None:
                return None
            at[row.row] = r
        placed += len(mine)
        if not tree.known:
            continue
        flat = len(tree.parents()) == 1
        # (rows grouped by what they break the total down by, 회계별 and 부서별: each group
        # adds up to it on its own)
        for parent, children in ((p, b) for p in tree.parents() for b in tree.breakdowns(p.row)):
            whole = at.get(parent.row)
            parts = [at.get(c.row) for c in children]
            if whole is None or not parts or any(p is None for p in parts):
                continue
            kept = [p for p in parts if p is not None]
            if flat and parent.total and not all(p.is_total for p in kept):
                # (rows all set alike under 계: those the figures say are subtotals, 일반회계
                # over the divisions after it, are no parts of it beside theirs)
                kept = [p for p in kept if not p.is_total]
            kept, nested = _under_subtotals(kept)
            out.append((whole, kept, parent.total))
            out.extend((sub, run, False) for sub, run in nested)
    return out if placed == len(rows) else None


def _under_subtotals(
    parts: list[BudgetSummary],
) -> tuple[list[BudgetSummary], list[tuple[BudgetSummary, list[BudgetSummary]]]]:
    """Rows set alike under one total where a subtotal among them sums the rows after it
    ("특별회계 소계" over 도시개발특별회계 and 주택사업특별회계): the rows without those it
    sums, and each subtotal with its rows (so no row is counted twice)."""
    kept: list[BudgetSummary] = []
    nested: list[tuple[BudgetSummary, list[BudgetSummary]]] = []
    i = 0
    while i < len(parts):
        row = parts[i]
        kept.append(row)
        i += 1
        want = row.budget_krw if row.budget_krw is not None else row.prev_budget_krw
        if not row.is_total or want is None:
            continue
        acc, j = 0, i
        while j < len(parts) and not parts[j].is_total and acc < want:
            got = parts[j].budget_krw if row.budget_krw is not None else parts[j].prev_budget_krw
            if got is None:
                break
            acc += got
            j += 1
        if acc == want and j - i >= 2:
            nested.append((row, parts[i:j]))
            i = j
    return kept, nested


def _led_runs(
    rows: list[BudgetSummary], top: BudgetSummary
) -> list[tuple[BudgetSummary, list[BudgetSummary]]]:
    """Each subtotal of a side with the rows it stands for, where the side's rows list
    each group after its subtotal ("수익적 수입 소 계" over 분양수익, 임대수익, …; the side's
    first row under its total a subtotal) or before it (its last row one): the run of rows
    up to the next subtotal, two at least."""
    body = [r for r in rows if r is not top]
    if len(body) < 3 or not any(r.is_total for r in body):
        return []
    if any(r.is_total and not squash(r.unit).endswith(tuple(SUBTOTAL_WORDS)) for r in body):
        return []  # (a subtotal its sums found, 일반회계 over two rows: its runs are drawn)
    leading = body[0].is_total
    if not leading and not body[-1].is_total:
        return []  # (subtotals among the rows: which rows each stands for is not drawn)
    out: list[tuple[BudgetSummary, list[BudgetSummary]]] = []
    run: list[BudgetSummary] = []
    for r in body if leading else reversed(body):
        if r.is_total:
            run = []
            out.append((r, run))
        else:
            run.append(r)
    return [(sub, run if leading else run[::-1]) for sub, run in out if len(run) >= 2]


def _truncated(rate: float, printed: float) -> bool:
    """``printed`` is ``rate`` cut (not rounded) to the decimals it is printed with."""
    decimals = len(repr(abs(printed)).partition(".")[2].rstrip("0"))
    scale = 10.0**decimals
    return bool(abs(math.trunc(rate * scale) / scale - printed) < 1e-9)


def _by_side(
    whole: BudgetSummary, parts: list[BudgetSummary], grand: bool
) -> list[tuple[BudgetSummary, list[BudgetSummary], bool]]:
    """A total of no side over the parts of both (a 공기업's 합계 over 수익적·자본적 수입 and
    지출, a balanced budget: "※ 합계는 수입의 합(지출 합계와 같음)"): each side's parts
    against it; any other total as it is."""
    sides = list(dict.fromkeys(p.side for p in parts))
    if whole.side is not None or len(sides) < 2 or None in sides:
        return [(whole, parts, grand)]
    return [(whole, [p for p in parts if p.side == side], grand) for side in sides]


def check_budget_summary(report: Report) -> Iterator[Check]:
    rows = report.budget_summary
    tree = _summary_tree(report)
    if not tree:  # rows read from lines alone, or a grid that draws no tree of them (a
        # side's total, "세 출 계", over the divisions): each side's 계 against its other rows
        tree = []
        for side in dict.fromkeys(r.side for r in rows):
            mine = [r for r in rows if r.side == side]
            top = next((r for r in mine if r.is_total and is_total_label(r.unit)), None)
            top = top or next((r for r in mine if r.is_total), None)
            parts = [r for r in mine if not r.is_total]
            if top is not None and parts:  # (a side told by its total alone adds nothing)
                tree.append((top, parts, True))
                tree.extend((sub, run, False) for sub, run in _led_runs(mine, top))
    fields = ("prev_budget_krw", "base_budget_krw", "budget_krw", "change_krw")
    tree = [t for whole, parts, grand in tree for t in _by_side(whole, parts, grand)]
    for whole, parts, grand in tree:
        if not grand:
            continue
        for field in _printed(fields, whole, parts):
            name = field.removesuffix("_krw")
            yield _sum_check(
                f"budget_summary.total.{name}",
                name,
                whole,
                parts,
                field,
                ("계 row", "the units"),
                partial(fmt, unit=whole.currency_unit),
                rounding_place(whole.currency_unit),
            )
    for whole, parts, grand in tree:
        if grand:
            continue
        for field in _printed(fields, whole, parts):
            name = field.removesuffix("_krw")
            yield _sum_check(
                f"budget_summary.subtotal.{name}",
                f"{whole.unit} {name}",
                whole,
                parts,
                field,
                (f"{whole.unit} row", "the rows under it"),
                partial(fmt, unit=whole.currency_unit),
                rounding_place(whole.currency_unit),
            )
    for r in rows:
        if r.prev_budget_krw is None and r.base_budget_krw is not None:
            # (a 추경 comparison: its 증감 and 증감률 are against the 기정예산)
            r = r.model_copy(update={"prev_budget_krw": r.base_budget_krw})
        if r.budget_krw is None or r.prev_budget_krw is None:
            continue
        diff = r.budget_krw - r.prev_budget_krw
        if r.change_krw is None:  # (no change printed: its rate alone is checked)
            yield from _rate_check(r, diff)
            continue
        # three rounded figures: the change may miss the difference by one place
        place = rounding_place(r.currency_unit, (r.budget_krw, r.prev_budget_krw, r.change_krw))
        rounded = r.change_krw is not None and 0 < abs(diff - r.change_krw) <= place
        yield _check(
            "budget_summary.change",
            diff == r.change_krw or rounded,
            fmt(diff, r.currency_unit),
            fmt(r.change_krw, r.currency_unit),
            f"{r.unit}: {fmt(r.budget_krw, r.currency_unit)} - "
            f"{fmt(r.prev_budget_krw, r.currency_unit)} is {fmt(diff, r.currency_unit)}, "
            f"the table says {fmt(r.change_krw, r.currency_unit)}"
            + (ROUNDED_NOTE if rounded else ""),
            _lines(r),
        )
        yield from _rate_check(r, diff)


def _rate_check(r: BudgetSummary, diff: int) -> Iterator[Check]:
    """증감률 against the two years: to its decimal, or within what the two amounts, rounded
    to the table's unit, leave open (7억원 → 7억원 may be 2.5% more)."""
    if r.change_pct is None or not r.prev_budget_krw or r.budget_krw is None:
        return
    exact = diff / r.prev_budget_krw * 100
    rate = round(exact, 2)
    ok = abs(rate - r.change_pct) <= RATE_TOLERANCE or _truncated(exact, r.change_pct)
    half = rounding_place(r.currency_unit, (r.budget_krw, r.prev_budget_krw)) / 2
    rounded = False
    if not ok and half and r.prev_budget_krw > half:
        bounds = [
            (r.budget_krw + b - r.prev_budget_krw - p) / (r.prev_budget_krw + p) * 100
            for b in (-half, half) for p in (-half, half)
        ]  # fmt: skip
        ok = rounded = (
            min(bounds) - RATE_TOLERANCE <= r.change_pct <= max(bounds) + RATE_TOLERANCE
        )
    yield _check(
        "budget_summary.rate",
        ok,
        f"{exact:.1f}%",  # (rounded once: -5.553 is -5.6, not -5.55's -5.5)
        f"{r.change_pct}%",
        f"{r.unit}: the change is {rate:.2f}% of last year, the table says {r.change_pct}%"
        + (" (within what the two years, rounded to the unit, leave open)" if rounded else ""),
        _lines(r),
    )



def _printed(
    fields: Sequence[str], whole: BudgetSummary, parts: Sequence[BudgetSummary]
) -> list[str]:
    """The fields a row under the total prints (a table with no 증감 column has none to
    add up, nor has a total whose last year only a change stated in words gives: "예산 :
    1,845,320천원 (전년 대비 123,400천원 증)" over each unit's amount)."""
    return [f for f in fields if any(getattr(r, f) is not None for r in parts)]
