"""Cross-checks of the sections the template parsers read (the Seoul-style report):
org counts, staffing and budget totals (the budget summary's:
:mod:`extract.checks.summary`), the budget appendix, the cards' budget plans, the
audit summary."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial

import regex

from extract.checks import org_staff
from extract.checks.base import (
    ROUNDED_NOTE,
    _check,
    _lines,
    _money_check,
    _sum,
    _sum_check,
    agrees,
    fmt,
    rounding_place,
)
from extract.checks.summary import check_budget_summary
from extract.link import Link, appendix_amount, link_projects
from extract.parse.budget_words import is_total_label
from extract.parse.card_budget import PLAN_TOTAL_KEY
from extract.parse.text import squash
from schemas import AuditSummary, BudgetItem, Check, Report

# --- Ⅰ ----------------------------------------------------------------------------------


def check_organization(report: Report) -> Iterator[Check]:
    """The count line against the chart (:func:`extract.checks.org_staff.count_checks`)."""
    yield from org_staff.count_checks(report)


def check_staffing(report: Report) -> Iterator[Check]:
    """Staffing sums and stated totals (:func:`extract.checks.org_staff.staffing_checks`)."""
    yield from org_staff.staffing_checks(report)


# --- 붙임: budget appendix ------------------------------------------------------------------


def _groups(items: Sequence[BudgetItem]) -> list[tuple[BudgetItem, list[BudgetItem]]]:
    """Each division row with the item rows under it, and each item row that others add
    up into (a 단위사업 over its 세부사업; a programme's 소계 row, with no division row over
    it, over its 세부사업) with those."""
    out: list[tuple[BudgetItem, list[BudgetItem]]] = []
    heads: list[tuple[BudgetItem, list[BudgetItem]]] = []
    #: the last item row of each name: the rows after it it is the parent of add up into
    #: it, at any depth (a 정책사업's 소계 over its 단위사업, each over its 세부사업)
    named: dict[str, tuple[BudgetItem, list[BudgetItem]]] = {}
    for it in items:
        if it.level == "division":
            out.append((it, []))
            named = {}
        elif it.level == "item":
            if out and it.parent in (None, out[-1][0].item):
                out[-1][1].append(it)
            elif it.parent is not None and it.parent in named:
                named[it.parent][1].append(it)
            elif out:
                continue
            heads.append((it, []))  # (an item others may add up into)
            if it.item != it.parent:  # (not a 세부사업 named as its 단위사업 is)
                named[it.item] = heads[-1]
    return out + [(head, kids) for head, kids in heads if kids]


#: a labelled figure of a note and the money unit it is written in ("예산(1,200백만원)")
_NOTE_FIGURE = regex.compile(
    r"(?<![가-힣])(?P<label>[가-힣]++)\s*+\(\s*+[△▽-]?[\d,.]++\s*+"
    r"(?P<unit>조원|억원|백만원|천만원|천원|만원|원)"
)


def _note_unit(text: str, field: str) -> str | None:
    """The unit the note writes its 예산 (``budget_krw``) or 예산현액 in."""
    want = ("예산현액",) if field == "budget_current_krw" else ("예산", "예산액")
    return next(
        (m["unit"] for m in _NOTE_FIGURE.finditer(text)
         if m["label"].endswith(want) and not (want != ("예산현액",)
                                              and m["label"].endswith("예산현액"))),
        None,
    )  # fmt: skip


def _near(a: int | None, b: int | None, *units: str | None) -> tuple[bool, str]:
    """Whether two amounts agree to the coarser unit's place
    (:func:`~extract.normalize.money.agrees`), and what a check passed only so adds to
    its detail."""
    ok = agrees(a, b, *units)
    return ok, ROUNDED_NOTE if ok and a != b else ""


def _item_fields(
    columns: Sequence[tuple[str, str]], whole: BudgetItem, parts: Sequence[BudgetItem]
) -> list[tuple[str, str]]:
    """The columns a row is checked in against its parts: none where it has no parts
    (nothing adds up into it), and not one that neither it nor any part prints (예산현액
    where the appendix gives 예산 alone: absent on both sides, no sum)."""
    if not parts:
        return []
    return [
        (f, name) for f, name in columns
        if any(getattr(r, f) is not None for r in (whole, *parts))
    ]  # fmt: skip


def check_budget_items(report: Report) -> Iterator[Check]:
    items = report.budget_items
    groups = _groups(items)
    columns = (("budget_krw", "예산"), ("budget_current_krw", "예산현액"))
    for division, children in groups:
        for field, name in _item_fields(columns, division, children):
            yield _sum_check(
                f"budget_items.division_sum.{field.removesuffix('_krw')}",
                f"{division.item} {name}",
                division,
                children,
                field,
                (f"{'division ' if division.level == 'division' else ''}row", "its items"),
                partial(fmt, unit=division.currency_unit),
                rounding_place(division.currency_unit),
            )
    for bureau in (it for it in items if it.level == "bureau"):
        # (the rows that add up into it: its divisions, and a group's, as a 기획관's; where
        # the table gives no division a row, its divisions named in a column, its items)
        divisions = [d for d in items if d.level != "item" and d.parent == bureau.item]
        # (and a division's one item where it has no 소계 row, set right under the bureau:
        # "관로관리과 | 노후 상수관로 정비 | 46,800" beside the others' 소계)
        rowed = {d.division for d in divisions}
        alone = [it for it in items if it.level == "item" and it.parent == bureau.item
                 and it.division is not None and it.division not in rowed]  # fmt: skip
        parts = divisions + alone if divisions else [d for d in items if d.parent == bureau.item]
        for field, name in _item_fields(columns, bureau, parts):
            yield _sum_check(
                f"budget_items.bureau_sum.{field.removesuffix('_krw')}",
                f"{bureau.item} {name}",
                bureau,
                parts,
                field,
                ("bureau row", "its divisions" if divisions else "its items"),
                partial(fmt, unit=bureau.currency_unit),
                rounding_place(bureau.currency_unit),
            )
    # (the note states the whole appendix's: the bureau's row, not a group's under it)
    bureau_rows = [it for it in items if it.level == "bureau" and it.parent is None]
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
                stated, row = getattr(note, field), getattr(bureau, field)
                if stated is None or row is None:
                    continue  # (an appendix without that column)
                ok, rounded = _near(stated, row, _note_unit(note.text, field), bureau.currency_unit)
                yield _check(
                    f"budget_items.note_vs_table.{field.removesuffix('_krw')}",
                    ok,
                    fmt(stated, bureau.currency_unit),
                    fmt(row, bureau.currency_unit),
                    f"the note states {fmt(stated, bureau.currency_unit)}, the "
                    f"{bureau.item} row says {fmt(row, bureau.currency_unit)}{rounded}",
                    _lines(note, bureau),
                )


#: words of an appendix's title that say it lists some items only: the major projects,
#: or those a 추경 changes ("Ⅱ. 2026년 제1회 추가경정예산(안)" over `기정액 | 추경액`)
MAJOR_ONLY_WORDS: tuple[str, ...] = ("주요사업", "중점사업", "핵심사업", "추가경정", "추경")


def _major_only(report: Report, row: BudgetItem) -> bool:
    """Whether the section the appendix's row stands in is titled for the major projects
    alone ("붙임 2026년 주요사업 예산 현황"), or for a 추경's items."""
    return any(
        s.title and s.line_start is not None and s.line_end is not None
        and s.line_start <= (row.line_start or 0) <= s.line_end
        # (not a whole budget by programme, "주요사업별 예산현황")
        and any(w in squash(s.title) and f"{w}별" not in squash(s.title) for w in MAJOR_ONLY_WORDS)
        for s in report.sections
    )  # fmt: skip


def check_summary_vs_appendix(report: Report) -> Iterator[Check]:
    """The 백만원 summary agrees with the 천원 appendix to within one unit of the summary."""
    appendix = {squash(it.item): it for it in report.budget_items if it.level != "item"}
    # (a bureau's row by the bureau it is of: a bureau's 붙임 in a committee's compiled report,
    # held to that bureau's total among the others')
    appendix |= {squash(it.division): it for it in report.budget_items
                 if it.level == "bureau" and it.division and squash(it.division) not in appendix}
    bureau = next((it for it in report.budget_items if it.level == "bureau"), None)
    # (an appendix of items alone, with no division's row, may list only the plan's tasks,
    # "과제별 소요예산", or its major projects, "주요사업 예산 현황": its total is no whole
    # budget's, whether the summary is by kind of spending or by division)
    if not any(it.level == "division" for it in report.budget_items):
        bureau = None
    # (nor does one titled for the major projects alone, with its divisions' 소계 rows:
    # "붙임 2026년 주요사업 예산 현황", each row a sum of the major projects only)
    if bureau is not None and _major_only(report, bureau):
        return
    for row in report.budget_summary:
        if row.side == "revenue":
            continue  # (the appendix lists what is spent: 세출)
        # (the bureau's total against the bureau's row; a subtotal, 일반회계, by its name)
        grand = row.is_total and is_total_label(row.unit)
        item = bureau if grand else appendix.get(squash(row.unit))
        if item is None or row.budget_krw is None or item.budget_krw is None:
            continue
        ok = agrees(row.budget_krw, item.budget_krw, row.currency_unit, item.currency_unit)
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
    for stated in report.stated_totals:
        if not stated.key.startswith(PLAN_TOTAL_KEY + "."):
            continue
        project_id = stated.key.removeprefix(PLAN_TOTAL_KEY + ".")
        rows = [b for b in report.project_budgets if b.project_id == project_id]
        got = _sum(b.amount_krw for b in rows)
        u = stated.unit or ""
        yield _money_check(
            "project_budgets.total",
            stated.value,
            got,
            u,
            f"{project_id}: the 계 row says {fmt(stated.value, u)}, the "
            f"{len(rows)} items add up to {fmt(got, u)}",
            _lines(stated, *rows),
        )
    for b in report.project_budgets:
        quarters = [b.q1_krw, b.q2_krw, b.q3_krw, b.q4_krw]
        if all(q is None for q in quarters):
            continue  # (no quarter read: nothing to add up; the row's warning says why)
        got, u = _sum(quarters), b.currency_unit
        yield _money_check(
            "project_budgets.quarters",
            b.amount_krw,
            got,
            u,
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
            if want is None:
                continue  # (an appendix without the card's column: 예산현액)
            ok, rounded = _near(want, got, u, rows[0].currency_unit)
            yield _check(
                "project_budgets.vs_appendix",
                ok,
                fmt(want, u),
                fmt(got, u),
                f"{project.project_id}: the card's items add up to {fmt(got, u)}, the "
                f"appendix item {item.item!r} has {fmt(want, u)}{rounded}",
                _lines(*rows, item),
            )
        for row, item in pairs:
            want = appendix_amount(item, row.basis)
            u = item.currency_unit
            if want is None:
                continue  # (an appendix without the card's column: 예산현액)
            ok, rounded = _near(want, row.amount_krw, u, row.currency_unit)
            yield _check(
                "project_budgets.vs_appendix",
                ok,
                fmt(want, u),
                fmt(row.amount_krw, u),
                f"{project.project_id} {row.item}: the card says "
                f"{fmt(row.amount_krw, u)}, the appendix item {item.item!r} has "
                f"{fmt(want, u)}{rounded}",
                _lines(row, item),
            )
            if row.carryover_krw is not None and item.budget_krw is not None:
                total = item.budget_krw + row.carryover_krw
                ok, rounded = _near(total, row.amount_krw, u, row.currency_unit)
                yield _check(
                    "project_budgets.carryover",
                    ok,
                    fmt(row.amount_krw, u),
                    fmt(total, u),
                    f"{project.project_id}: 예산 {fmt(item.budget_krw, u)} + 사고이월액 "
                    f"{fmt(row.carryover_krw, u)} is {fmt(total, u)}, the card's "
                    f"{row.basis} is {fmt(row.amount_krw, u)}{rounded}",
                    _lines(row, item),
                )


# --- 붙임: audit -------------------------------------------------------------------------------

STATUS_FIELDS = ("completed", "in_progress", "under_review", "not_reflected")


def _has_statuses(row: AuditSummary) -> bool:
    return any(getattr(row, f) is not None for f in STATUS_FIELDS)


def check_audit(report: Report) -> Iterator[Check]:
    rows = report.audit_summary
    total = next((r for r in rows if r.category == "total"), None)
    cats = [r for r in rows if r.category != "total"]
    # (a headline's categories may count no status, "총 7건(시정 3, 주의 2, 건의 2)")
    for r in (r for r in rows if _has_statuses(r)):
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
        # (a headline's counts alone, "총 12건 (완료 9, 추진중 3)", sum no categories)
        for field in ("total", *STATUS_FIELDS) if cats else ():
            if any(getattr(r, field) is None for r in cats) and getattr(total, field) is not None:
                continue  # (a status the categories do not count, only the total)
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
    # (rows of one category together: 시정요구 and 처리요구 are both corrections; where
    # a finding's category is not named, the categories all together)
    named = all(f.category is not None for f in report.audit_findings)
    if total is not None and cats and not any(_has_statuses(r) for r in cats):
        # (the categories count no status: the total's statuses count the findings)
        cats, named = [total], False
    by_category: dict[str | None, list[AuditSummary]] = {}
    for r in cats:
        by_category.setdefault(r.category if named else None, []).append(r)
    for category, rs in by_category.items():
        if not any(_has_statuses(r) for r in rs):
            continue  # (a headline that counts no status, "총 3건 (시정요구 1건, …)")
        name = " + ".join(r.category_raw for r in rs) if named else "all categories"
        for field in STATUS_FIELDS:
            want = sum(getattr(r, field) or 0 for r in rs)
            findings = [
                f for f in report.audit_findings
                if f.status == field and (not named or f.category == category)
            ]  # fmt: skip
            got = len(findings)
            yield _check(
                f"audit_findings.count.{field}",
                want == got,
                want,
                got,
                f"{name} {field}: the summary counts {want}, the findings listed are {got}",
                _lines(*rs, *findings),
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
