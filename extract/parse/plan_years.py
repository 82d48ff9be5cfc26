"""A multi-year investment plan (중기지방재정계획, 연차별 투자계획) -> plan_years, one row per
project, source and period (long form).

Read after the structure, from its records: a table whose column headers name what was
spent before the years shown or what comes after them (:func:`is_investment_plan`:
``총사업비 | 기투자 | 2025 | … | 2030이후``) gives one amount per money cell of a period's
column: ``before`` (기투자, ’24까지), ``year`` (2026, ’27년), ``after`` (2030이후, 향후) or
``total`` (총사업비, or a 계 column).  Its row header path names the project and the
source (``도시철도 2호선 건설 / 국비``, :mod:`extract.layout.sublabels`); a project's 계 row
has no source, the table's 합계 row is a total of no project.  A card's line of its
investment by years (``○ 연차별 투자 : ’25년 120억 → ’26년 300억``) gives its amounts too
(:mod:`extract.parse.plan_year_lines`), where no table gives them.  A table inside a card
whose rows name sources only (계 | 국 비 | 시 비) is that card's project's.  A column
header may name the source under its period instead (``2026 / 국비``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.parse.budget_words import clean_label, is_pure_total
from extract.parse.costs import OTHER_SOURCES, is_source, source_name
from extract.parse.plan_ordinals import as_year, first_year, ordinal_kind
from extract.parse.plan_year_lines import line_plan_years
from extract.parse.plan_year_rows import KINDS, row_plan_cells
from extract.parse.text import despace, squash
from extract.parse.years_plan import (
    WHOLE_COST_HEADS,
    head_year,
    is_investment_plan,
    period_head,
    range_period,
)
from schemas import PlanYear, Project, Report, TableCellRecord, TableInfo

#: a total row that names its part, "계(부경대)", "합계 (1단계)"
_PART_TOTAL = regex.compile(r"^(?:계|합계|소계|총계)\s*+[(（](?P<part>[^()（）]{1,30}+)[)）]$")


def _card_at(projects: Sequence[Project], line: int) -> Project | None:
    """The innermost project card whose lines hold ``line``."""
    inside = [p for p in projects if p.line_start <= line <= p.line_end]
    return min(inside, key=lambda p: (p.line_end - p.line_start, -p.line_start), default=None)


def _column(
    header: str, years: Sequence[int] = ()
) -> tuple[str, int | None, str | None] | None:
    """(period kind, year, source) a column's header path names (a range of years by the
    single ``years`` beside it), None for a column of no period (사업기간, 비고)."""
    parts = [p for p in header.split(" / ") if p.strip()]
    if not parts:
        return None
    last, upper = parts[-1], parts[:-1]
    source = source_name(squash(last)) if upper and is_source(last) else None
    if source is not None or (upper and is_pure_total(last)):
        parts = upper  # (a year's column split by source, "2026 / 국비", or its "2026 / 계")
        last, upper = parts[-1], parts[:-1]
    kind = period_head(last) or range_period(last, years)
    if kind is not None:
        return KINDS[kind], head_year(last) if kind == "year" else None, source
    if (ordinal := ordinal_kind(last)) is not None:
        return ordinal, None, source  # (a year counted from a start no one states)
    if squash(last) in WHOLE_COST_HEADS or (not upper and is_pure_total(last)):
        return "total", None, source
    return None


def _row(
    row_header: str, card: Project | None
) -> tuple[str | None, bool, str | None]:
    """(project, is the table's total, source) a row header path names."""
    raw = [despace(p) for p in row_header.split(" / ") if p.strip()]
    # (a total that names its part in a bracket, "계(부경대)": that part's, no plan's 합계)
    part = next((m["part"] for p in raw if (m := _PART_TOTAL.match(p))), None)
    parts = [clean_label(p) for p in raw]
    source = None
    if parts and (is_source(parts[-1]) or squash(parts[-1]) in OTHER_SOURCES):
        source = source_name(squash(parts.pop()))
    elif parts and is_pure_total(parts[-1]):
        parts.pop()  # (a project's 계: all its sources)
    names = [p for p in parts if any(ch.isalpha() for ch in p) and not is_pure_total(p)]
    if names:
        return names[-1], False, source
    if card is not None:  # (a card's own plan: its rows are sources)
        return (f"{card.title} ({part})" if part else card.title), False, source
    if part is not None:
        return part, False, source
    return None, source is None, source  # (the plan's 합계 over its projects)


def _project_id(name: str, card: Project | None, by_name: dict[str, str]) -> str | None:
    """The id of the project ``name`` names: a card's by its title, or the card the
    table stands in."""
    found = by_name.get(squash(name))
    if found is None and card is not None and name == card.title:
        return card.project_id
    return found


def _plan_cells(
    info: TableInfo,
    cells: Sequence[TableCellRecord],
    projects: Sequence[Project],
    node_lines: dict[int, int] | None = None,
) -> list[PlanYear]:
    body = [c for c in cells if not c.is_header and c.col >= info.row_header_cols]
    printed = {c.col: c.col_header for c in body if c.col_header and c.col_span == 1}
    # (the card it stands in: the card whose lines hold it, or the line it stands under,
    # a table after the card's last bullet)
    under = (node_lines or {}).get(info.node) if info.node is not None else None
    card = _card_at(projects, info.line_start) or (
        _card_at(projects, under) if under is not None else None
    )
    # (a year counted from the start, "2차년도", as the year it is where the table or its
    # card states the first)
    start = card.period_start.year if card is not None and card.period_start else None
    first = first_year([p for h in printed.values() for p in h.split(" / ")], start)
    heads = {
        col: " / ".join(as_year(p, first) for p in h.split(" / ")) for col, h in printed.items()
    }
    parts = [p for h in heads.values() for p in h.split(" / ")]
    by_name = {squash(p.title): p.project_id for p in projects}
    if not is_investment_plan(parts):
        # (the plan turned: its periods down the rows, its sources across)
        return row_plan_cells(info, cells, card, lambda name: _project_id(name, card, by_name))
    years = [y for h in parts if period_head(h) == "year" and (y := head_year(h))]
    columns = {col: _column(h, years) for col, h in heads.items()}
    out = []
    for c in sorted(body, key=lambda c: (c.row, c.col)):
        column = columns.get(c.col)
        if column is None or c.value_krw is None or c.col_span != 1:
            continue
        kind, year, col_source = column
        project, is_total, row_source = _row(c.row_header, card)
        if col_source is not None and row_source is not None:
            continue  # (a source under a source: no plan's)
        project_id = _project_id(project, card, by_name) if project else None
        out.append(
            PlanYear(
                seq=0, node=info.node, project=project, project_id=project_id,
                is_total=is_total, source=col_source or row_source, period=kind,
                year=year, label=c.col_header, amount_krw=c.value_krw,
                currency_unit=info.currency_unit or c.unit, raw=c.raw,
                table_id=info.table_id, row=c.row, col=c.col, line_start=c.line_start,
                line_end=c.line_end, page_start=c.page_start, page_end=c.page_end,
            )
        )  # fmt: skip
    return out


def plan_year_records(report: Report) -> list[PlanYear]:
    """Every amount of the report's investment plans by years, in the order they stand."""
    by_table: dict[int, list[TableCellRecord]] = {}
    for c in report.table_cells:
        by_table.setdefault(c.table_id, []).append(c)
    found: list[PlanYear] = []
    node_lines = {n.node: n.line_start for n in report.outline}
    for info in report.tables:
        found.extend(
            _plan_cells(info, by_table.get(info.table_id, []), report.projects, node_lines)
        )
    # (a card's line of its years, where no table gives the card's periods)
    told = {(r.project_id, r.period, r.year) for r in found if r.source is None}
    found.extend(
        r for r in line_plan_years(report.outline, report.projects)
        if (r.project_id, r.period, r.year) not in told
    )  # fmt: skip
    found.sort(key=lambda r: (r.line_start, r.row or 0, r.col or 0))
    return [r.model_copy(update={"seq": k}) for k, r in enumerate(found, 1)]
