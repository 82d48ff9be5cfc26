"""The parsers that read the genre's records from the structure (outline and tables).

The template parsers (organization.py, staffing.py, ...) read the line shapes of
one report family; the parsers listed here read any report of the genre from its
layout: the outline's nodes by role and the tables' cells with their header
paths.  Each takes the layout, the sections by role, the shared context and what
was parsed so far (to fill what the template parsers did not find, never to read
the same thing twice) and returns what it found.

Each parser lives in a module of its own and is listed in :data:`PARSERS` in the
order their evidence flows: the organisation first (its unit names help read
the tables), then staffing, budget, the plan's projects and schedules, audits.
"""

from __future__ import annotations

from collections.abc import Callable

from extract.layout import Layout
from extract.parse.base import Context, Parsed
from extract.parse.budget_lines import parse_budget_lines
from extract.parse.budget_listed import parse_budget_listed
from extract.parse.budget_text import parse_budget_text
from extract.parse.events import parse_events
from extract.parse.findings import parse_findings
from extract.parse.org_chart import parse_org_structure
from extract.parse.plan_records import parse_plan
from extract.parse.staff_apart import parse_staff_apart
from extract.parse.staff_tables import parse_staff_structure
from extract.sections import Sections

#: (layout, sections, context, parsed so far) -> new records
StructureParser = Callable[[Layout, Sections, Context, Parsed], Parsed]

#: every structure parser, in the order they run
PARSERS: tuple[StructureParser, ...] = (
    # organisation and staffing first (their unit names help read the budget tables)
    parse_org_structure,
    parse_staff_structure,
    # (the staff a part counts apart on a line of their own, after its table's)
    parse_staff_apart,
    parse_budget_lines,
    # (a budget told in words, where no table gives one)
    parse_budget_text,
    # (a budget part's main items listed in words, "○ 주요 세출내역", where no table gives
    # its lines)
    parse_budget_listed,
    parse_plan,
    parse_findings,
    # after the plan and the findings: a project's own table of events is its schedule,
    # and an audit table dated by 완료시기 is findings
    parse_events,
)


def parse_records(lay: Layout, sections: Sections, ctx: Context, parsed: Parsed) -> Parsed:
    """Run every structure parser; each sees the records of those before it."""
    out = Parsed()
    for parser in PARSERS:
        so_far = Parsed()
        so_far.merge(parsed)
        so_far.merge(out)
        out.merge(parser(lay, sections, ctx, so_far))
    return out
