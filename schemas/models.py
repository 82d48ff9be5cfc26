"""The contract: one pydantic model per output table, and the report.

Every table model is flat, so a record is one CSV row (lists become
";"-joined cells; ``Project.blocks`` is JSON only).  Every record carries its
provenance: the first and last source line, and the pages for PDFs.  Amounts
are integer won; ``raw`` keeps the source text a record was read from.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from schemas.base import ExactNumber, Model, Record
from schemas.structure import (
    Check,
    Mention,
    OutlineNode,
    ParseWarning,
    Residue,
    Stats,
    TableCellRecord,
    TableInfo,
)

SCHEMA_VERSION = "1.3"

Level = Literal["bureau", "division", "team"]
Precision = Literal["day", "month", "quarter", "half", "year"]
AuditCategory = Literal["correction", "suggestion", "other", "total"]
AuditStatus = Literal["completed", "in_progress", "under_review", "not_reflected"]
Basis = Literal["예산현액", "예산액"]


# --- Ⅰ. 일반현황 -----------------------------------------------------------


class OrgUnit(Record):
    """조직현황: one bureau, division or team."""

    seq: int = Field(description="order in the org chart / 순번")
    name: str = Field(description="unit name / 조직명")
    level: Level = Field(description="bureau (실·국·기획관), division (과·담당관) or team (팀)")
    parent: str | None = Field(description="name of the unit above / 상위 조직")
    unit_type: str | None = Field(
        default=None, description="the unit word as printed: 국, 과, 담당관, 사업소, 팀, TF / 유형"
    )
    change_note: str | None = Field(
        default=None,
        description="the change a bracket after its name notes, as printed (’25. 신설, "
        "2025. 7. 개편, 폐지 예정) / 변동",
    )


class Staffing(Record):
    """인력현황: authorized (정원) and current (현원) staff per division."""

    seq: int
    unit: str = Field(description="division name, or 계 for the total / 구분")
    is_total: bool = Field(
        description="the figures are the sum of other rows: 계, 소계, or a unit's figure of "
        "all grades beside its grades' rows / 합계 여부"
    )
    as_of: date | None = Field(description="reference date / 기준일")
    authorized: int | None = Field(description="정원 (persons)")
    current: int | None = Field(description="현원 (persons)")
    raw: str
    grade: str | None = Field(
        default=None, description="grade (3급, 6급, 연구관, 공무직); empty for all grades / 직급"
    )
    employment: str | None = Field(
        default=None, description="정규직, 계약직, 공무직 where the report says / 고용형태"
    )


Side = Literal["revenue", "expenditure"]
#: the footing a budget column states its amounts on (당초예산 is the 본예산; 기정 the budget
#: in force before a 추경; 계획 a plan's figure for its year)
Footing = Literal["본예산", "기정", "추경", "최종", "계획"]
#: the state of the year's budget a budget line's amount is: the 본예산 (당초예산), the 기정
#: (the budget as it stood before a revision), a 추경 (the revised) or the 최종 (최종예산,
#: 예산현액)
LineBasis = Literal["본예산", "기정", "추경", "최종"]


class BudgetSummary(Record):
    """예산현황: this year's budget against last year's, per division."""

    seq: int
    unit: str = Field(description="division name, or 계 for the total / 구분")
    is_total: bool = Field(
        description="the row is the sum of other rows: 계, or a subtotal (특별회계 over its "
        "accounts) / 합계 여부"
    )
    side: Side | None = Field(
        default=None,
        description="revenue (세입) or expenditure (세출) where the table says which (a "
        "report may give both, each with its 계); empty where it does not / 세입·세출",
    )
    currency_unit: str = Field(description="unit the table is written in, e.g. 백만원 / 단위")
    prev_year: int | None = Field(description="previous budget year / 전년도")
    prev_budget_krw: int | None = Field(description="previous year's budget, won / 전년 예산(원)")
    year: int | None = Field(description="budget year / 당해연도")
    budget_krw: int | None = Field(description="this year's budget, won / 예산(원)")
    change_krw: int | None = Field(
        description="증감, won (negative for △): against prev_budget_krw, or against "
        "base_budget_krw in a 추경 comparison"
    )
    change_pct: float | None = Field(
        description="증감률, percent (negative for △), against the same budget as change_krw"
    )
    raw: str
    budget_basis: Footing | None = Field(
        default=None,
        description="the footing budget_krw is stated on, where its column's header says: "
        "본예산 (당초예산), 추경 (추경예산(안), 제1회 추경), 최종 (최종예산), 계획 (a plan's "
        "figure for its year, 2026 계획); empty where it says none (2026년 예산) / 예산 구분",
    )
    base_budget_krw: int | None = Field(
        default=None,
        description="in a 추경 comparison of one year (기정예산(A) | 추경예산(안)(B)), the "
        "budget the 추경 amends, 기정예산 or 본예산, won; change_krw and change_pct are then "
        "against it, and prev_year and prev_budget_krw empty (they are last year's) / "
        "기정예산(원)",
    )


class BudgetLine(Record):
    """One budget amount of the general section: a cell of a budget table, in won.

    Amounts only: differences (증감) and rates (증감률) stay in budget_summary.
    """

    seq: int
    unit: str = Field(
        description="organisation unit, 계 for a total, or the body for a "
        "table of the whole body / 부서"
    )
    is_total: bool = Field(
        description="the amount is the sum of other rows: 계, 소계, or a row the table sets "
        "others under (특별회계 over its accounts) / 합계 여부"
    )
    account: str | None = Field(description="일반회계, a 특별회계 or a 기금 by name / 회계")
    side: Side | None = Field(
        description="revenue (세입) or expenditure (세출); empty for a one-sided table / 세입·세출"
    )
    item: str | None = Field(
        description="the category where a table is by category (인건비, 사업비, 국고보조금) / 항목"
    )
    source: str | None = Field(
        default=None,
        description="the funding source a column names where the table splits a year's "
        "amounts by source (2026년 예산 / 국비: 국비; 시비, 도비, 구비, 군비, 기금) / 재원",
    )
    label: str = Field(description="the column header as printed, e.g. 2025년 예산 / 구분")
    basis: LineBasis | None = Field(
        default=None,
        description="the state of the year's budget the amount is, where its header says: "
        "본예산 (당초예산), 기정 (기정예산액: before this revision), 추경 (추경예산(안), 제1회 "
        "추경), 최종 (최종예산, 예산현액); empty where it says none (2026년 예산) / 예산 구분",
    )
    year: int | None = Field(description="the year the amount is for / 연도")
    amount_krw: int | None = Field(description="amount, won / 금액(원)")
    currency_unit: str = Field(description="unit the table is written in / 단위")
    raw: str = Field(description="the cell as printed")
    table_id: int | None = Field(default=None, description="the table it was read from")


class Function(Record):
    """부서별 주요기능: one duty of a division."""

    division: str
    seq: int = Field(description="order within the division")
    function: str


class StatedTotal(Record):
    """A total the report states in its text ("1기획관 3담당관 10팀", "총 51 건").

    Kept so the checks can compare it with the records counted or summed.
    """

    key: str = Field(description="what is counted, e.g. organization.team, audit.total")
    value: int
    unit: str | None = Field(description="the counting word as written, e.g. 팀, 명, 건")
    raw: str


# --- Ⅱ. 정책목표와 핵심과제 -----------------------------------------------------


class PolicyTask(Record):
    """One core task (핵심과제) under its goal (목표)."""

    vision: str | None
    goal_no: int
    goal: str
    area: str | None = Field(description="column heading of the goal, e.g. 사회혁신 / 분야")
    task_no: int = Field(description="order within the goal")
    task: str


# --- Ⅲ. 주요업무 추진계획 -------------------------------------------------------


class Bullet(Model):
    """A bullet of a card's labelled block, with its sub-bullets."""

    text: str
    level: int = Field(description="1 for ○, 2 for -, 3 for ·/•, 0 for notes (※, *)")
    line_start: int
    line_end: int
    children: list[Bullet] = Field(default_factory=list)


class Block(Model):
    """A labelled block of a project card (추진방향, 추진계획, 사업개요, ...)."""

    label: str
    line_start: int
    line_end: int
    items: list[Bullet] = Field(default_factory=list)


class Project(Record):
    """A project card of Ⅲ."""

    project_id: str = Field(description='"theme-card", e.g. 1-3')
    theme_no: int
    theme: str
    seq: int = Field(description="card number within the theme")
    title: str = Field(description="the title, its status marks taken off (see tags)")
    tags: str | None = Field(
        default=None,
        description="status marks the title carried, '; '-joined as printed in order: 신규, "
        "계속, 공약, 국정과제, 역점, ... ('【신규】 …', '<계속> …', '★ 공약 : …', '… (국정과제)')",
    )
    summary: str = Field(description="the card's summary bullets, one per line")
    division: str | None = Field(description="responsible division, where the document shows it")
    division_evidence: str | None = Field(
        description="how the division was derived: part_title (a division's part), label "
        "(담당/소관), unit_line (a line naming it), title_bracket (a bracket closing its "
        "title, '(유초등교육과)'), column (a 부서명 column of its row), "
        "appendix (the budget appendix lists its item under the division), goal_area (its "
        "theme's goal column in Ⅱ is headed with the division's name), duty (one division's "
        "duties in 부서별 주요기능 name it)"
    )
    blocks: list[Block] = Field(default_factory=list, description="labelled blocks (JSON only)")
    period_raw: str | None = Field(default=None, description="사업기간 as printed / 사업기간")
    period_start: date | None = Field(default=None, description="first day of the period")
    period_end: date | None = Field(default=None, description="last day of the period")
    cost_label: str | None = Field(
        default=None,
        description="the cost's label as printed, its letter-spacing undone (총사업비, 사업비, "
        "예산) / 비용 구분",
    )
    cost_raw: str | None = Field(default=None, description="the cost as printed / 사업비")
    cost_krw: int | None = Field(default=None, description="the cost, won / 사업비(원)")
    quantity_raw: str | None = Field(
        default=None,
        description="how much of the work it does, as its labelled fact prints it (사업량, "
        "사업규모, 수량, 규모) / 사업량",
    )
    quantity: float | None = Field(
        default=None, description="the first count or measure of quantity_raw / 수량"
    )
    quantity_unit: str | None = Field(
        default=None, description="that figure's unit as printed (개소, 대, 교, km, ㎡) / 단위"
    )
    fields: dict[str, str] = Field(
        default_factory=dict,
        description="labelled facts of the project (사업량, 규모, 위치, 사업내용; JSON only)",
    )


class ProjectFunding(Record):
    """One source of a project's cost: 국비, 시비, 구비, 기금, 민자, ..."""

    project_id: str
    seq: int
    source: str = Field(
        description="the source as printed (국비, 시비, 도비, 구비, 기금, 민자) / 재원"
    )
    amount_krw: int | None = Field(description="amount, won / 금액(원)")
    raw: str


class ProjectBudget(Record):
    """One row of a card's 예산 집행계획 table."""

    project_id: str
    seq: int
    item: str = Field(description="사업명")
    basis: str = Field(description="what the amount is: 예산현액 or 예산액")
    currency_unit: str
    amount_krw: int | None
    q1_krw: int | None
    q2_krw: int | None
    q3_krw: int | None
    q4_krw: int | None
    notes: str
    carryover_krw: int | None = Field(
        default=None, description="사고이월액 stated in a ※ note under the table, won"
    )
    raw: str


class DatedStep(Record):
    """A project's step and its date (the fields :class:`Schedule` and :class:`Progress`
    share)."""

    project_id: str
    seq: int
    task: str = Field(description="the step, as printed / 추진 내용")
    raw: str = Field(description="the date as written")
    start: date | None
    end: date | None = Field(description="None for an open range")
    precision: Precision | None
    approximate: bool = False


class Schedule(DatedStep):
    """One line of a card's 추진일정."""


class Progress(DatedStep):
    """One dated step a project has already taken: a line of its 추진경과 (추진상황, 그간
    추진실적, 주요성과), where the plan tells how it got here."""


class Event(Record):
    """One row of a table of dated items that belongs to no project: an event (주요행사
    일정: 월별 | 행사명 | 기간 | 장소 | 담당부서) or a task with the date it takes effect
    (추진과제 | As-Is | To-Be | 시행일)."""

    seq: int = Field(description="order in the report / 순번")
    event: str = Field(description="the event or task as printed / 행사명, 추진과제")
    raw: str = Field(description="the date as written / 기간")
    start: date | None
    end: date | None = Field(description="None for an open range")
    precision: Precision | None
    approximate: bool = False
    place: str | None = Field(default=None, description="where it is held / 장소")
    division: str | None = Field(default=None, description="who runs it / 담당부서")


# --- 성과지표 ---------------------------------------------------------------------

IndicatorKind = Literal["target", "actual", "baseline", "rate"]


class Indicator(Record):
    """One figure of a performance indicator (성과지표), long form: a target (목표), an
    actual (실적), a baseline (기준치, 현재) or an achievement rate (달성률) of one year,
    read from a table of indicators or from a line that states one."""

    seq: int = Field(description="order in the report / 순번")
    node: int | None = Field(description="the outline node it stands under / 항목 번호")
    project_id: str | None = Field(
        default=None, description="the project card it stands in, if any / 과제 번호"
    )
    indicator: str = Field(description="the indicator's name as printed / 지표명")
    unit: str | None = Field(description="the figure's unit as printed (%, 명, 건, 점) / 단위")
    year: int | None = Field(description="the year the figure is for / 연도")
    kind: IndicatorKind = Field(
        description="target (목표), actual (실적), baseline (기준치, 현재) or rate (달성률)"
        " / 구분"
    )
    raw: str = Field(description="the figure as printed / 원문")
    value: ExactNumber | None = Field(
        description="the number, exactly as printed (43.20 stays 43.20) / 값"
    )
    table_id: int | None = Field(default=None, description="the table it was read from / 표 번호")
    row: int | None = Field(default=None, description="0-based row of its cell / 행")
    col: int | None = Field(default=None, description="0-based column of its cell / 열")


# --- 연차별 투자계획 -----------------------------------------------------------------

PeriodKind = Literal["before", "year", "after", "total"]


class PlanYear(Record):
    """One amount of a multi-year investment plan (중기지방재정계획, 연차별 투자계획), long
    form: a project's (and a source's) amount for one period: what was spent before the
    years shown (기투자, ’24까지), one year's, what comes after them (2030이후, 향후) or the
    whole cost (총사업비)."""

    seq: int = Field(description="order in the report / 순번")
    node: int | None = Field(description="the outline node it stands under / 항목 번호")
    project: str | None = Field(
        description="the plan's row name as printed (the project), or the card's title where "
        "the table names none (a card's own 연차별 투자계획) / 사업명"
    )
    project_id: str | None = Field(
        default=None,
        description="the project card of the same name, or the card the table stands in "
        "/ 과제 번호",
    )
    is_total: bool = Field(
        description="a row of the table's total over its projects (합계) / 합계 여부"
    )
    source: str | None = Field(
        description="the funding source of the row (국비, 시비, 민자); empty for the "
        "project's 계 / 재원"
    )
    period: PeriodKind = Field(
        description="before (기투자, ’24까지), year, after (2030이후, 향후) or total "
        "(총사업비) / 기간 구분"
    )
    year: int | None = Field(description="the year, for a period of kind year / 연도")
    label: str = Field(description="the column header as printed / 구분")
    amount_krw: int | None = Field(description="amount, won (a dash is 0) / 금액(원)")
    currency_unit: str | None = Field(description="unit the table is written in / 단위")
    raw: str = Field(description="the cell or figure as printed / 원문")
    table_id: int | None = Field(default=None, description="the table it was read from / 표 번호")
    row: int | None = Field(default=None, description="0-based row of its cell / 행")
    col: int | None = Field(default=None, description="0-based column of its cell / 열")


# --- 붙임 1: 세부사업 예산 현황 ----------------------------------------------------


class BudgetItem(Record):
    """One row of the detailed budget appendix."""

    seq: int
    level: Level | Literal["item"]
    division: str | None
    parent: str | None = Field(
        default=None,
        description="the row it adds up into: an item's division, a division's bureau or "
        "the 기획관 over it / 상위 행",
    )
    item: str
    code: str | None = Field(
        default=None,
        description="the statistical object's code (통계목) printed before the item's name, "
        "201-01; the item named without it / 통계목 코드",
    )
    currency_unit: str
    budget_krw: int | None = Field(description="예산, won")
    budget_current_krw: int | None = Field(description="예산현액, won")
    raw: str


class BudgetNote(Record):
    """A ※ note of the budget appendix, e.g. 예산현액 = 예산 + 사고이월액."""

    text: str
    budget_current_krw: int | None
    budget_krw: int | None
    carryover_krw: int | None


# --- 붙임 2: 행정사무감사 처리결과 ---------------------------------------------------


class AuditSummary(Record):
    """One row of the audit summary table (조치내역)."""

    category: AuditCategory
    category_raw: str
    total: int | None
    completed: int | None
    in_progress: int | None
    under_review: int | None
    not_reflected: int | None
    raw: str


class AuditFinding(Record):
    """One finding of last year's audit and how it was handled."""

    no: int = Field(description="order in the report")
    category: AuditCategory | None = Field(
        description="what the report names it (a category column, a row across the table, "
        "a heading over it, a measure demanded: 시정, 권고); empty where it names none"
    )
    category_raw: str | None = Field(
        default=None,
        description="the category as the report words it (시정요구, 처리요구, 주의, 권고), "
        "letter-spacing undone; empty where it names none / 처분 구분",
    )
    divisions: list[str] = Field(description='responsible divisions (";"-joined in CSV)')
    finding: str
    demand: str = Field(
        default="",
        description="what the council demanded be done about it (요구사항, 요구내용), where "
        "the report words it apart from the finding; empty where it does not",
    )
    status: AuditStatus | None
    status_raw: str
    actions: str = Field(description="추진내용 / 검토내용, one bullet per line")
    plans: str = Field(description="향후계획, one bullet per line")
    source: str | None = Field(
        default=None,
        description="the proceeding or audit it comes from, as the section's (or a heading's) "
        "title names it, its year and what is reported of it aside (행정사무감사, 군정질문, "
        "민간위탁 감사) / 출처",
    )
    subject: str | None = Field(
        default=None,
        description="what was audited: the entrusted service or facility (민간위탁 사업명, "
        "시설명), where the table names it / 감사 대상",
    )
    auditee: str | None = Field(
        default=None, description="the body audited (수탁기관, 대상기관) / 피감 기관"
    )
    audited_raw: str | None = Field(
        default=None, description="when it was audited, as printed / 감사(점검) 기간"
    )
    audited_start: date | None = Field(default=None, description="first day audited")
    audited_end: date | None = Field(default=None, description="last day audited")


# --- the report ----------------------------------------------------------------


class PageQuality(Model):
    """How usable one PDF page's text layer is."""

    page: int
    chars: int
    hangul_ratio: float
    private_use_ratio: float
    replacement_ratio: float
    cid_runs: int
    needs_ocr: bool


class SourceInfo(Model):
    file: str = Field(description="file name as given")
    format: Literal["text", "pdf", "hwpx", "hwp"]
    encoding: str | None = Field(description="detected text encoding (text files)")
    lines: int
    pages: int | None
    sha256: str


class Meta(Model):
    title: str | None = Field(description="report title, where stated")
    bureau: str | None = Field(description="the reporting bureau / 실·국")
    year: int | None = Field(description="the report's year (this year's budget)")


class SectionInfo(Model):
    key: str
    title: str | None
    found: bool
    line_start: int | None
    line_end: int | None
    records: int


class Report(Model):
    """Everything bogoseo read from one report file."""

    schema_version: str = SCHEMA_VERSION
    tool_version: str
    report_id: str
    source: SourceInfo
    meta: Meta
    sections: list[SectionInfo]
    organization: list[OrgUnit] = Field(default_factory=list)
    staffing: list[Staffing] = Field(default_factory=list)
    budget_summary: list[BudgetSummary] = Field(default_factory=list)
    budget_lines: list[BudgetLine] = Field(default_factory=list)
    functions: list[Function] = Field(default_factory=list)
    policy_goals: list[PolicyTask] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    project_budgets: list[ProjectBudget] = Field(default_factory=list)
    schedules: list[Schedule] = Field(default_factory=list)
    progress: list[Progress] = Field(default_factory=list)
    project_funding: list[ProjectFunding] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    plan_years: list[PlanYear] = Field(default_factory=list)
    budget_items: list[BudgetItem] = Field(default_factory=list)
    budget_notes: list[BudgetNote] = Field(default_factory=list)
    audit_summary: list[AuditSummary] = Field(default_factory=list)
    audit_findings: list[AuditFinding] = Field(default_factory=list)
    stated_totals: list[StatedTotal] = Field(default_factory=list)
    validation: list[Check] = Field(default_factory=list)
    warnings: list[ParseWarning] = Field(default_factory=list)
    residue: list[Residue] = Field(default_factory=list)
    quality: list[PageQuality] = Field(default_factory=list)
    outline: list[OutlineNode] = Field(default_factory=list)
    tables: list[TableInfo] = Field(default_factory=list)
    table_cells: list[TableCellRecord] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    stats: Stats | None = None


#: the tables written as CSV, in order, with the model of one row
TABLES: dict[str, type[Model]] = {
    "organization": OrgUnit,
    "staffing": Staffing,
    "budget_summary": BudgetSummary,
    "budget_lines": BudgetLine,
    "functions": Function,
    "policy_goals": PolicyTask,
    "projects": Project,
    "project_budgets": ProjectBudget,
    "schedules": Schedule,
    "progress": Progress,
    "project_funding": ProjectFunding,
    "events": Event,
    "indicators": Indicator,
    "plan_years": PlanYear,
    "budget_items": BudgetItem,
    "budget_notes": BudgetNote,
    "audit_summary": AuditSummary,
    "audit_findings": AuditFinding,
    "stated_totals": StatedTotal,
    "validation": Check,
    "warnings": ParseWarning,
    "residue": Residue,
    "outline": OutlineNode,
    "tables": TableInfo,
    "table_cells": TableCellRecord,
    "mentions": Mention,
}

#: the tables of the genre's records (not the structure, not the problems)
DOMAIN_TABLES: tuple[str, ...] = (
    "organization", "staffing", "budget_summary", "budget_lines", "functions", "policy_goals",
    "projects", "project_budgets", "schedules", "progress", "project_funding", "events",
    "indicators", "plan_years", "budget_items", "budget_notes", "audit_summary",
    "audit_findings",
)  # fmt: skip
