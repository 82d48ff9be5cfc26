"""Cross-checks of the sections the template parsers read (the Seoul-style report):
org counts, staffing and budget totals, the budget appendix, the cards' budget
plans, the audit summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import partial

from extract.checks.base import RATE_TOLERANCE, _check, _lines, _sum, _sum_check, fmt
from extract.link import Link, appendix_amount, link_projects
from extract.normalize import parse_money
from extract.parse.text import squash
from schemas import BudgetItem, Check, Report

# --- Ⅰ ----------------------------------------------------------------------------------


def check_organization(report: Report) -> Iterator[Check]:
    counted = Counter(u.level for u in report.organization)
    for stated in report.stated_totals:
        if not stated.key.startswith("organization."):
            continue
        level = stated.key.split(".", 1)[1]
        n = counted.get(level, 0)  # type: ignore[call-overload]
        yield _check(
            "organization.counts",
            n == stated.value,
            stated.value,
            n,
            f"{stated.raw}: {stated.value}{stated.unit or ''} stated, {n} in the chart",
            _lines(stated, *(u for u in report.organization if u.level == level)),
        )


def check_staffing(report: Report) -> Iterator[Check]:
    totals = [s for s in report.staffing if s.is_total]
    parts = [s for s in report.staffing if not s.is_total]
    for total in totals:
        for field in ("authorized", "current"):
            yield _sum_check(
                f"staffing.total.{field}", field, total, parts, field, ("계 row", "the units")
            )
    for stated in report.stated_totals:
        if stated.key.startswith("staffing.") and totals:
            field = stated.key.split(".", 1)[1]
            got = getattr(totals[0], field)
            yield _check(
                f"staffing.headline.{field}",
                got == stated.value,
                stated.value,
                got,
                f"{stated.raw}: {stated.value} stated, the 계 row says {got}",
                _lines(stated, totals[0]),
            )


def check_budget_summary(report: Report) -> Iterator[Check]:
    rows = report.budget_summary
    totals = [r for r in rows if r.is_total]
    parts = [r for r in rows if not r.is_total]
    for total in totals:
        for field in ("prev_budget_krw", "budget_krw", "change_krw"):
            name = field.removesuffix("_krw")
            yield _sum_check(
                f"budget_summary.total.{name}",
                name,
                total,
                parts,
                field,
                ("계 row", "the units"),
                partial(fmt, unit=total.currency_unit),
            )
    for r in rows:
        if r.budget_krw is None or r.prev_budget_krw is None:
            continue
        diff = r.budget_krw - r.prev_budget_krw
        yield _check(
            "budget_summary.change",
            diff == r.change_krw,
            fmt(diff, r.currency_unit),
            fmt(r.change_krw, r.currency_unit),
            f"{r.unit}: {fmt(r.budget_krw, r.currency_unit)} - "
            f"{fmt(r.prev_budget_krw, r.currency_unit)} is {fmt(diff, r.currency_unit)}, "
            f"the table says {fmt(r.change_krw, r.currency_unit)}",
            _lines(r),
        )
        if r.change_pct is not None and r.prev_budget_krw:
            rate = round(diff / r.prev_budget_krw * 100, 2)
            ok = abs(rate - r.change_pct) <= RATE_TOLERANCE
            yield _check(
                "budget_summary.rate",
                ok,
                f"{rate:.1f}%",
                f"{r.change_pct}%",
                f"{r.unit}: the change is {rate:.2f}% of last year, the table says {r.change_pct}%",
                _lines(r),
            )


# --- 붙임: budget appendix ------------------------------------------------------------------


def _groups(items: Sequence[BudgetItem]) -> list[tuple[BudgetItem, list[BudgetItem]]]:
    """Each division row with the item rows under it."""
    out: list[tuple[BudgetItem, list[BudgetItem]]] = []
    for it in items:
        if it.level == "division":
            out.append((it, []))
        elif it.level == "item" and out:
            out[-1][1].append(it)
    return out


def check_budget_items(report: Report) -> Iterator[Check]:
    items = report.budget_items
    groups = _groups(items)
    columns = (("budget_krw", "예산"), ("budget_current_krw", "예산현액"))
    for division, children in groups:
        for field, name in columns:
            yield _sum_check(
                f"budget_items.division_sum.{field.removesuffix('_krw')}",
                f"{division.item} {name}",
                division,
                children,
                field,
                ("division row", "its items"),
                partial(fmt, unit=division.currency_unit),
            )
    for bureau in (it for it in items if it.level == "bureau"):
        divisions = [d for d, _ in groups]
        for field, name in columns:
            yield _sum_check(
                f"budget_items.bureau_sum.{field.removesuffix('_krw')}",
                f"{bureau.item} {name}",
                bureau,
                divisions,
                field,
                ("bureau row", "its divisions"),
                partial(fmt, unit=bureau.currency_unit),
            )
    bureau_rows = [it for it in items if it.level == "bureau"]
    for note in report.budget_notes:
        if None not in (note.budget_current_krw, note.budget_krw, note.carryover_krw):
            got = (note.budget_krw or 0) + (note.carryover_krw or 0)
            show = partial(fmt, unit=items[0].currency_unit if items else "")
            yield _check(
                "budget_items.note_carryover",
                got == note.budget_current_krw,
                show(note.budget_current_krw),
                show(got),
                f"the note's 예산 {show(note.budget_krw)} + 사고이월액 "
                f"{show(note.carryover_krw)} is {show(got)}, it states "
                f"예산현액 {show(note.budget_current_krw)}",
                _lines(note),
            )
        for bureau in bureau_rows:
            for field in ("budget_krw", "budget_current_krw"):
                stated = getattr(note, field)
                if stated is None:
                    continue
                row = getattr(bureau, field)
                yield _check(
                    f"budget_items.note_vs_table.{field.removesuffix('_krw')}",
                    stated == row,
                    fmt(stated, bureau.currency_unit),
                    fmt(row, bureau.currency_unit),
                    f"the note states {fmt(stated, bureau.currency_unit)}, the "
                    f"{bureau.item} row says {fmt(row, bureau.currency_unit)}",
                    _lines(note, bureau),
                )


def check_summary_vs_appendix(report: Report) -> Iterator[Check]:
    """The 백만원 summary agrees with the 천원 appendix to within one unit of the summary."""
    appendix = {squash(it.item): it for it in report.budget_items if it.level != "item"}
    bureau = next((it for it in report.budget_items if it.level == "bureau"), None)
    for row in report.budget_summary:
        item = bureau if row.is_total else appendix.get(squash(row.unit))
        if item is None or row.budget_krw is None or item.budget_krw is None:
            continue
        unit = parse_money("1", unit=row.currency_unit) or 1
        ok = abs(row.budget_krw - item.budget_krw) < unit
        yield _check(
            "budget_summary.vs_appendix",
            ok,
            fmt(item.budget_krw, item.currency_unit),
            fmt(row.budget_krw, row.currency_unit),
            f"{row.unit}: the summary says {fmt(row.budget_krw, row.currency_unit)}, the "
            f"appendix {fmt(item.budget_krw, item.currency_unit)} (tolerance: one "
            f"{row.currency_unit})",
            _lines(row, item),
        )


# --- Ⅲ: project budgets -----------------------------------------------------------------------


def check_project_budgets(report: Report, links: dict[str, Link]) -> Iterator[Check]:
    for b in report.project_budgets:
        quarters = [b.q1_krw, b.q2_krw, b.q3_krw, b.q4_krw]
        got = _sum(quarters)
        u = b.currency_unit
        yield _check(
            "project_budgets.quarters",
            got == b.amount_krw,
            fmt(b.amount_krw, u),
            fmt(got, u),
            f"{b.project_id} {b.item}: the quarters add up to {fmt(got, u)}, the "
            f"{b.basis or 'amount'} is {fmt(b.amount_krw, u)}",
            _lines(b),
        )
    if not report.budget_items:
        return
    for project in report.projects:
        rows = [b for b in report.project_budgets if b.project_id == project.project_id]
        if not rows:
            continue
        link = links.get(project.project_id)
        if link is None:
            yield _check(
                "project_budgets.vs_appendix",
                False,
                "an appendix item",
                "none found",
                f"{project.project_id} {project.title}: no item of the "
                "budget appendix matches this card's budget table",
                _lines(*rows),
            )
            continue
        pairs = list(zip(rows, link.items, strict=True)) if link.how == "rows" else []
        if link.how == "total":
            item = link.items[0]
            want = appendix_amount(item, rows[0].basis)
            got = _sum(r.amount_krw for r in rows)
            u = item.currency_unit
            yield _check(
                "project_budgets.vs_appendix",
                want == got,
                fmt(want, u),
                fmt(got, u),
                f"{project.project_id}: the card's items add up to {fmt(got, u)}, the "
                f"appendix item {item.item!r} has {fmt(want, u)}",
                _lines(*rows, item),
            )
        for row, item in pairs:
            want = appendix_amount(item, row.basis)
            u = item.currency_unit
            yield _check(
                "project_budgets.vs_appendix",
                want == row.amount_krw,
                fmt(want, u),
                fmt(row.amount_krw, u),
                f"{project.project_id} {row.item}: the card says "
                f"{fmt(row.amount_krw, u)}, the appendix item {item.item!r} has "
                f"{fmt(want, u)}",
                _lines(row, item),
            )
            if row.carryover_krw is not None and item.budget_krw is not None:
                total = item.budget_krw + row.carryover_krw
                yield _check(
                    "project_budgets.carryover",
                    total == row.amount_krw,
                    fmt(row.amount_krw, u),
                    fmt(total, u),
                    f"{project.project_id}: 예산 {fmt(item.budget_krw, u)} + 사고이월액 "
                    f"{fmt(row.carryover_krw, u)} is {fmt(total, u)}, the card's "
                    f"{row.basis} is {fmt(row.amount_krw, u)}",
                    _lines(row, item),
                )


# --- 붙임: audit -------------------------------------------------------------------------------

STATUS_FIELDS = ("completed", "in_progress", "under_review", "not_reflected")


def check_audit(report: Report) -> Iterator[Check]:
    rows = report.audit_summary
    total = next((r for r in rows if r.category == "total"), None)
    cats = [r for r in rows if r.category != "total"]
    for r in rows:
        got = _sum(getattr(r, f) or 0 for f in STATUS_FIELDS)
        yield _check(
            "audit_summary.row",
            got == r.total,
            r.total,
            got,
            f"{r.category_raw}: the statuses add up to {got}, the 계 column says {r.total}",
            _lines(r),
        )
    if total is not None:
        for field in ("total", *STATUS_FIELDS):
            yield _sum_check(
                f"audit_summary.total.{field}",
                field,
                total,
                cats,
                field,
                ("계 row", "the categories"),
            )
        for stated in report.stated_totals:
            if stated.key == "audit.total":
                yield _check(
                    "audit_summary.headline",
                    stated.value == total.total,
                    stated.value,
                    total.total,
                    f"{stated.raw}: {stated.value} stated, the 계 row says {total.total}",
                    _lines(stated, total),
                )
    if not report.audit_findings:
        return
    counted: Counter[tuple[str, str | None]] = Counter(
        (f.category, f.status) for f in report.audit_findings
    )
    for r in cats:
        for field in STATUS_FIELDS:
            want = getattr(r, field) or 0
            got = counted.get((r.category, field), 0)
            findings = [
                f for f in report.audit_findings if f.category == r.category and f.status == field
            ]
            yield _check(
                f"audit_findings.count.{field}",
                want == got,
                want,
                got,
                f"{r.category_raw} {field}: the summary counts {want}, the findings "
                f"listed are {got}",
                _lines(r, *findings),
            )
    if total is not None:
        n = len(report.audit_findings)
        yield _check(
            "audit_findings.count.total",
            n == total.total,
            total.total,
            n,
            f"the summary counts {total.total} findings, {n} are listed",
            _lines(total),
        )


def check_card_budgets(report: Report) -> Iterator[Check]:
    """The cards' budget plans against the appendix (the links are made here)."""
    links = link_projects(report.projects, report.project_budgets, report.budget_items)
    yield from check_project_budgets(report, links)


CHECKS: tuple[Callable[[Report], Iterator[Check]], ...] = (
    check_organization,
    check_staffing,
    check_budget_summary,
    check_budget_items,
    check_summary_vs_appendix,
    check_audit,
    check_card_budgets,
)
