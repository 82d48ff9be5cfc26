"""A chart of a plan's tasks set apart from its cards (`< 2026년 주요업무 추진일정 총괄 >`):
each row's steps are the schedules of the card it names.

Split from :mod:`extract.parse.projects`, which calls it once the cards are read.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.layout.tables import Table
from extract.parse.base import Parsed
from extract.parse.plan_records import found_schedule
from extract.parse.schedule_tables import lists_events, match_titles, table_rows
from extract.parse.text import squash
from extract.sections import Section
from schemas import Project


def chart_of_the_plan(
    section: Section, year: int | None, tables: Sequence[Table], out: Parsed
) -> None:
    """A chart of the plan's tasks set apart from the cards (`< 2026년 주요업무 추진일정
    총괄 >`, each card named in a cell merged down over its tasks; a card says `※ 세부
    추진일정 : 『…총괄』 참조`): each row's steps are those of the card it names."""
    cards = [p for p in out.tables.get("projects", []) if isinstance(p, Project)]
    inside = {n for p in cards for n in range(p.line_start or 0, (p.line_end or -1) + 1)}
    by_no = {ln.no: ln for ln in section.lines}
    for table in tables:
        if not table.lines or not set(table.lines) <= by_no.keys() or inside & set(table.lines):
            continue
        rows = table_rows(table, year, by_no)
        names = [(label, subject) for label, _, subject in rows]
        # (row by card where the chart says it dates the plan's tasks, `추진일정 총괄`; else
        # by name alone: a chart of the year's events may have as many rows, of no card)
        caption = squash(table.caption or "")
        in_order = "추진일정" in caption and not lists_events(caption)
        matches = match_titles(names, [p.title for p in cards], in_order=in_order)
        for (_, steps, _), i in zip(rows, matches, strict=True):
            if i is None:
                continue
            pid = cards[i].project_id
            had = out.tables.get("schedules", [])
            n = sum(1 for s in had if getattr(s, "project_id", None) == pid)
            for f in steps:
                n += 1
                out.add("schedules", found_schedule(pid, n, f))
                out.use(f.lines)
