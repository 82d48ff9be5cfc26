"""The format of facts files (tests/facts/*.toml): what a real document says.

``python tests/facts_model.py FILE...`` checks files against it.  See
tests/facts/README.md for how facts are read (from the page, never from
bogoseo's output).
"""

from __future__ import annotations

import sys
import tomllib
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

FACTS = Path(__file__).parent / "facts"

Role = Literal[
    "general", "organization", "staffing", "budget_summary", "functions", "policy",
    "achievements", "environment", "plans", "issues", "budget_items", "audit", "appendix", "",
]  # fmt: skip


class Fact(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: the page says this but bogoseo does not read it yet, and why: the test is an
    #: expected failure that must fail (it turns into an error once bogoseo reads it)
    gap: str = ""


class Heading(Fact):
    marker: str
    title: str
    role: Role
    page: int | None = None


class OutlinePath(Fact):
    path: list[str] = Field(min_length=3)
    page: int | None = None
    children: int
    #: the number printed in the node's marker, where the page shows one ("2" for a boxed 2)
    number: str = ""


class ContentsFact(Fact):
    """A divider page's list of the items of the part it opens: one contents node under
    the part, holding the entries in order (not items of their own)."""

    under: str
    page: int
    entries: list[str] = Field(min_length=2)


class CellFact(Fact):
    page: int | None = None
    row_header: str
    col_header: str
    raw: str
    unit: str = ""
    note: str = ""


class UnitFact(Fact):
    page: int | None = None
    caption: str
    unit: str


class Mention(Fact):
    page: int | None = None
    raw: str
    kind: Literal["krw", "count", "percent", "date"]
    value_krw: int | None = None
    value: float | None = None
    date_start: date | None = None
    date_end: date | None = None
    context: str = ""


class OrgUnitFact(Fact):
    name: str
    unit_type: str
    level: Literal["bureau", "division", "team"]
    parent: str = ""
    teams: int | None = None


class Organization(Fact):
    count_line: str = ""
    counts: dict[str, int] = {}
    page: int | None = None
    units: list[OrgUnitFact] = []


class StaffRow(Fact):
    unit: str
    grade: str = ""
    employment: str = ""
    authorized: int | None = None
    current: int | None = None


class Staffing(Fact):
    as_of: date | None = None
    page: int | None = None
    stated_authorized: int | None = None
    stated_current: int | None = None
    rows: list[StaffRow] = []


class BudgetFact(Fact):
    page: int | None = None
    unit: str
    is_total: bool = False
    account: str = ""
    side: Literal["revenue", "expenditure", ""] = ""
    item: str = ""
    label: str = ""
    year: int | None = None
    printed: str
    currency_unit: str
    amount_krw: int


class BudgetProse(Fact):
    page: int | None = None
    raw: str
    side: Literal["revenue", "expenditure", ""] = ""
    amount_krw: int


class ProjectFact(Fact):
    page: int | None = None
    number: str = ""
    title: str
    division: str = ""
    period_raw: str = ""
    period_start: date | None = None
    period_end: date | None = None
    cost_raw: str = ""
    cost_label: str = ""
    cost_krw: int | None = None


class ScheduleFact(Fact):
    page: int | None = None
    project: str = ""
    raw: str
    start: date | None = None
    end: date | None = None
    #: the whole task as printed, where a fact says it (else its first words are checked)
    task: str = ""


class FunctionFact(Fact):
    """A division's duties in a 부서별 주요기능 table: how many, the first and the last."""

    page: int | None = None
    division: str
    count: int
    first: str
    last: str


class EventFact(Fact):
    """A row of a table of events that belongs to no project (주요행사 일정)."""

    page: int | None = None
    event: str
    raw: str
    start: date | None = None
    end: date | None = None
    place: str = ""
    division: str = ""


class PolicyGoalFact(Fact):
    """A goal of the 정책목표 page with its tasks, in the page's order."""

    page: int | None = None
    goal_no: int
    goal: str
    tasks: list[str]
    #: the statement of the page's 비전 box (or of a 목표 box over one line), if it has one
    vision: str = ""


class FindingFact(Fact):
    page: int | None = None
    text: str
    status: Literal["completed", "in_progress", "under_review", "not_reflected", ""] = ""
    #: what was audited and the body audited, as printed (compared without spaces)
    subject: str = ""
    auditee: str = ""
    audited_start: date | None = None
    audited_end: date | None = None


class FailedCheck(Fact):
    page: int | None = None
    what: str
    printed: list[str] = []


class Facts(Fact):
    file: str
    pages: int | None = None
    bureau: str = ""
    year: int | None = None
    refused: bool = False  # a file that is not a work report (a press release)
    headings: list[Heading] = []
    outline: list[OutlinePath] = []
    contents: list[ContentsFact] = []
    cells: list[CellFact] = []
    units: list[UnitFact] = []
    mentions: list[Mention] = []
    organization: Organization | None = None
    staffing: Staffing | None = None
    budget: list[BudgetFact] = []
    budget_prose: list[BudgetProse] = []
    projects: list[ProjectFact] = []
    schedules: list[ScheduleFact] = []
    #: dated steps already taken (a project's 추진경과), read as schedules are
    progress: list[ScheduleFact] = []
    functions: list[FunctionFact] = []
    events: list[EventFact] = []
    policy_goals: list[PolicyGoalFact] = []
    findings: list[FindingFact] = []
    failed_checks: list[FailedCheck] = []


def load(path: Path) -> Facts:
    with path.open("rb") as f:
        return Facts.model_validate(tomllib.load(f))


def all_facts() -> list[tuple[str, Facts]]:
    """Every facts file, by its stem."""
    return [(p.stem, load(p)) for p in sorted(FACTS.glob("*.toml"))]


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        facts = load(Path(arg))
        counts = {k: len(v) for k, v in facts.model_dump().items() if isinstance(v, list)}
        print(f"{arg}: ok {counts}")
