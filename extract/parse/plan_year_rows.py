"""An investment plan by years laid down the rows (연차별 투자계획 in a card:
``구 분 | 계 | 국 비 | 시 비`` over rows ``총사업비``, ``기투자(~’24)``, ``2025년``,
``2026년 이후``) -> plan_years, one per period's row and source's column.

The same plan as :mod:`extract.parse.plan_years` reads across its columns, turned: its
periods name the rows and its sources (or 계) the columns.  It is known by its rows naming
what was spent before the years shown or what comes after them (as the columns do there)
and by a column naming a source.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from extract.parse.budget_words import clean_label, is_pure_total
from extract.parse.costs import OTHER_SOURCES, is_source, source_name
from extract.parse.plan_ordinals import as_year, first_year, ordinal_kind
from extract.parse.text import despace, squash
from extract.parse.vocab import PLAN_WHOLE_COLUMNS
from extract.parse.years_plan import (
    WHOLE_COST_HEADS,
    head_year,
    is_investment_plan,
    period_head,
    range_period,
)
from schemas import PlanYear, Project, TableCellRecord, TableInfo

#: the kinds of period :func:`period_head` names, as plan_years spells them
KINDS: dict[str, str] = {"spent": "before", "year": "year", "after": "after"}


def _period(label: str, years: Sequence[int] = ()) -> tuple[str, int | None] | None:
    """(period kind, year) a row's label names (a range of years by the single ``years``
    of the other rows); the whole cost's row (총사업비, 계) is ``total``; None for a row of
    no period."""
    kind = period_head(label) or range_period(label, years)
    if kind is not None:
        return KINDS[kind], head_year(label) if kind == "year" else None
    if (ordinal := ordinal_kind(label)) is not None:
        return ordinal, None  # (a year counted from a start no one states)
    if squash(label) in WHOLE_COST_HEADS or is_pure_total(label):
        return "total", None
    return None


def _source(header: str) -> tuple[bool, str | None]:
    """(a column of a source or of their 계, the source: None for the 계)."""
    last = clean_label(despace(header.split(" / ")[-1]))
    if is_source(last) or squash(last) in OTHER_SOURCES:
        return True, source_name(squash(last))
    # (its 계, or the column of each period's whole by name: 사업비, 총사업비)
    whole = squash(last) in WHOLE_COST_HEADS or squash(last) in PLAN_WHOLE_COLUMNS
    return is_pure_total(last) or whole, None


def row_plan_cells(
    info: TableInfo,
    cells: Sequence[TableCellRecord],
    card: Project | None,
    project_id_of: Callable[[str], str | None],
) -> list[PlanYear]:
    """The amounts of a plan whose rows are its periods and whose columns its sources;
    [] for any other table.  A row header's part above the period names the project
    (``도시철도 2호선 / 2025년``); else the card the table stands in does."""
    body = [c for c in cells if not c.is_header and c.col >= info.row_header_cols]
    rows = {c.row: c.row_header for c in body if c.row_header}
    # (a year counted from the start, "2차년도", as the year it is where the table or its
    # card states the first)
    start = card.period_start.year if card is not None and card.period_start else None
    first = first_year([p for h in rows.values() for p in h.split(" / ")], start)
    labels = [as_year(p, first) for h in rows.values() for p in h.split(" / ")]
    if not is_investment_plan(labels):
        return []
    columns = {c.col: _source(c.col_header) for c in body if c.col_header and c.col_span == 1}
    if not any(source for named, source in columns.values() if named):
        return []
    years = [y for h in labels if period_head(h) == "year" and (y := head_year(h))]
    out = []
    for c in sorted(body, key=lambda c: (c.row, c.col)):
        parts = [p for p in c.row_header.split(" / ") if p.strip()]
        period = _period(as_year(parts[-1], first), years) if parts else None
        named, source = columns.get(c.col, (False, None))
        if period is None or not named or c.value_krw is None or c.row_span != 1:
            continue
        upper = [clean_label(despace(p)) for p in parts[:-1]]
        names = [p for p in upper if any(ch.isalpha() for ch in p) and not is_pure_total(p)]
        project = names[-1] if names else card.title if card else None
        kind, year = period
        out.append(
            PlanYear(
                seq=0, node=info.node, project=project,
                project_id=project_id_of(project) if project else None,
                is_total=False, source=source, period=kind, year=year,
                label=c.row_header, amount_krw=c.value_krw,
                currency_unit=info.currency_unit or c.unit, raw=c.raw,
                table_id=info.table_id, row=c.row, col=c.col, line_start=c.line_start,
                line_end=c.line_end, page_start=c.page_start, page_end=c.page_end,
            )
        )  # fmt: skip
    return out
