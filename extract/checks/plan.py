"""Cross-checks of the plan's projects: who pays adds up to the cost, and a project's
cost is what its sub-projects' costs add up to.

Both compare amounts the report prints; a project's cost is compared to the
precision it is printed with (57억원 for 5,767백만원 is 57.67억원 truncated).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

import regex

from extract.checks.base import _check, _lines, _money_check, fmt
from schemas import Check, Project, ProjectFunding, Report

_FIGURE = regex.compile(r"(\d[\d,]*)(?:\.(\d+))?\s*(조|억|천만|백만|만|천)?\s*원?")
_UNIT_KRW = {"조": 10**12, "억": 10**8, "천만": 10**7, "백만": 10**6, "만": 10**4, "천": 10**3}


def printed_step(raw: str | None) -> int | None:
    """The value of the last printed digit of an amount: 57억원 -> 1억, 12.03억원 ->
    100만, 3,180백만원 -> 100만.

    >>> printed_step("57억원"), printed_step("12.03억원"), printed_step("총 13억원")
    (100000000, 1000000, 100000000)
    """
    if not raw:
        return None
    m = _FIGURE.search(raw)
    if m is None:
        return None
    unit = _UNIT_KRW.get(m[3] or "", 1)
    decimals = len(m[2] or "")
    return int(max(1, unit // 10**decimals))


def _agrees(stated: int, total: int, step: int) -> bool:
    """The stated amount is the total to its printed precision (rounded or truncated)."""
    if stated == total:
        return True
    exact = Decimal(total) / step
    return int(exact) * step == stated or int(exact + Decimal("0.5")) * step == stated


def _unit_of(raw: str | None) -> str:
    m = _FIGURE.search(raw or "")
    return f"{m[3]}원" if m and m[3] else "원"


def check_funding(report: Report) -> Iterator[Check]:
    """Who pays (국비, 시비, 기금 ...) adds up to the project's cost."""
    by_project: dict[str, list[ProjectFunding]] = {}
    for f in report.project_funding:
        by_project.setdefault(f.project_id, []).append(f)
    for p in report.projects:
        shares = by_project.get(p.project_id, [])
        if p.cost_krw is None or len(shares) < 2 or any(s.amount_krw is None for s in shares):
            continue
        total = sum(s.amount_krw or 0 for s in shares)
        unit = _unit_of(p.cost_raw)
        parts = ", ".join(s.raw for s in shares)
        yield _money_check(
            "projects.funding_sum",
            p.cost_krw,
            total,
            unit,
            f"{p.project_id} {p.title}: {p.cost_label or 'cost'} {p.cost_raw}, its sources "
            f"({parts}) add up to {fmt(total, unit)}",
            _lines(p, *shares),
        )


def _children(report: Report) -> dict[str, list[Project]]:
    """A project's sub-projects: the projects whose id is its id and one more part."""
    ids = {p.project_id for p in report.projects}
    out: dict[str, list[Project]] = {}
    for p in report.projects:
        parent, sep, last = p.project_id.rpartition("-")
        if sep and parent in ids and last.isdigit():
            out.setdefault(parent, []).append(p)
    return out


def check_subprojects(report: Report) -> Iterator[Check]:
    """A project's cost is the sum of its sub-projects' costs, where each of them (two
    or more) states one in the same way (in its title)."""
    kids = _children(report)
    for p in report.projects:
        parts = kids.get(p.project_id, [])
        if p.cost_krw is None or len(parts) < 2 or p.cost_label not in (None, "총"):
            continue
        if any(k.cost_krw is None or k.cost_label not in (None, "총") for k in parts):
            continue
        total = sum(k.cost_krw or 0 for k in parts)
        step = printed_step(p.cost_raw) or 1
        unit = _unit_of(p.cost_raw)
        listed = ", ".join(f"{k.cost_raw}" for k in parts)
        yield _check(
            "projects.subproject_sum",
            _agrees(p.cost_krw, total, step),
            p.cost_raw,
            fmt(total, unit),
            f"{p.project_id} {p.title}: {p.cost_raw} stated, its {len(parts)} sub-projects "
            f"({listed}) add up to {fmt(total, unit)}",
            _lines(p, *parts),
        )


CHECKS: tuple[Callable[[Report], Iterator[Check]], ...] = (check_funding, check_subprojects)
