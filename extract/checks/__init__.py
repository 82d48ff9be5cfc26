"""Cross-checks of the report's own arithmetic.

Each check is a small function that takes the parsed report and yields
:class:`schemas.Check` records, passed or failed; a failed check names the
numbers and the source lines.  The CLI decides what a failure means
(``--strict`` exits 1); the checks only report.  Each module holds the checks
of some records and lists them in its ``CHECKS``; :func:`run_checks` runs them
all in a stable order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from extract.checks import (
    budget,
    indicators,
    org_staff,
    plan,
    prose,
    source_columns,
    tables,
    template,
    years,
)
from schemas import Check, Report

#: every module's checks, in the order they run
CHECKS: tuple[Callable[[Report], Iterator[Check]], ...] = (
    *template.CHECKS,
    *org_staff.CHECKS,
    *budget.CHECKS,
    *plan.CHECKS,
    *tables.CHECKS,
    *source_columns.CHECKS,
    *years.CHECKS,
    *prose.CHECKS,
    *indicators.CHECKS,
)


def run_checks(report: Report) -> list[Check]:
    """Every cross-check of ``report``, in a stable order."""
    out: list[Check] = []
    for check in CHECKS:
        out.extend(check(report))
    return out
