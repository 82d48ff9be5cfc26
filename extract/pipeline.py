"""One report file: read -> split -> parse -> check -> emit.

Each stage is a plain function; :func:`convert` runs them in order and
:func:`extract.emit.write_report` writes the result.  Nothing here prints.

    >>> from extract.pipeline import convert
    >>> report = convert("samples/seoul-innovation-bureau-2021.txt")  # doctest: +SKIP
    >>> [c for c in report.validation if not c.passed]                # doctest: +SKIP
    []
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from functools import partial
from pathlib import Path

import regex

from extract import __version__
from extract.checks import run_checks
from extract.cover import cover_body, cover_lines, cover_title, header_front
from extract.cover_office import office_of
from extract.cover_year import cover_year, heading_year
from extract.document import PICTURE_MARK, BBox, Document
from extract.errors import NotAReportError
from extract.indicators import indicator_records
from extract.layout import Table, layout
from extract.letters import letter_as_furniture
from extract.link import assign_divisions, link_projects
from extract.names import report_id_for as report_id_for
from extract.normalize.hanja import hanja_as_hangul
from extract.normalize.leaders import leaders_as_colons
from extract.normalize.signs import resolve_triangles
from extract.normalize.split_figures import split_figures_whole
from extract.parse.audit import parse_audit, summary_elsewhere
from extract.parse.base import Context, Parsed
from extract.parse.budget_codes import code_groups, item_code
from extract.parse.budget_items import parse_budget_items
from extract.parse.budget_summary import parse_budget_summary
from extract.parse.division_parts import (
    appendix_bureau,
    division_duties,
    division_staff,
    division_teams,
    division_unit_staff,
)
from extract.parse.finding_outline import reads_as_outline
from extract.parse.functions import chart_duties, functions_from_grids, parse_functions
from extract.parse.org_notes import unit_change_note
from extract.parse.org_remarks import row_change_note
from extract.parse.org_vocab import PLACE_UNIT_WORDS
from extract.parse.organization import division_names, groups_from_appendix, parse_organization
from extract.parse.plan_years import plan_year_records
from extract.parse.policy import parse_policy, plan_policy
from extract.parse.project_facts import unbudgeted
from extract.parse.project_quantity import project_quantity
from extract.parse.projects import parse_projects
from extract.parse.records import parse_records
from extract.parse.schedule_tables import unmarked
from extract.parse.spelling import spell_units_as_named
from extract.parse.staff_tables import unit_tables_staff
from extract.parse.staffing import parse_staffing
from extract.parse.tags import split_tags
from extract.parse.vocab import EVIDENCE_BRACKET
from extract.prose_mentions import mention_records
from extract.read import MAX_BYTES as MAX_BYTES
from extract.read import file_bytes as file_bytes
from extract.read import read_bytes as read_bytes
from extract.roles import NOT_A_REPORT_ALONE, ROLES
from extract.sections import Section, Sections, assign_roles, sections_by_role
from extract.structure import line_stats, outline_records, table_records
from extract.title_roles import TITLES
from extract.unit_names import closing_units
from extract.unitless import unitless_money
from schemas import (
    BudgetItem,
    Meta,
    OrgUnit,
    PageQuality,
    PolicyTask,
    Project,
    Report,
    Residue,
    SectionInfo,
    SourceInfo,
    Staffing,
)

_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})\s*년")
# --- parse ----------------------------------------------------------------------------------


def _year_from(sections: Sections, ctx: Context) -> int | None:
    """The report's year: its cover's or its plan chapter's (set before the parsers ran),
    else this year's budget, else the appendix title, else the commonest."""
    if ctx.year:
        return ctx.year
    items = sections.get("budget_items")
    if items is not None:
        m = _YEAR.search(items.title)
        if m:
            return int(m[1])
    counts = Counter(
        int(m[1])
        for s in sections.found.values()
        for ln in s.content
        for m in _YEAR.finditer(ln.text)
    )
    return counts.most_common(1)[0][0] if counts else None


Parser = Callable[[Section, Context], Parsed]


#: the tables each role's parsers fill
ROLE_TABLES: dict[str, tuple[str, ...]] = {
    "organization": ("organization",),
    "staffing": ("staffing",),
    "budget_summary": ("budget_summary",),
    "functions": ("functions",),
    "policy": ("policy_goals",),
    "plans": ("projects", "project_budgets", "schedules", "progress"),
    "budget_items": ("budget_items", "budget_notes"),
    "audit": ("audit_summary", "audit_findings"),
}


def parse_sections(
    sections: Sections, tables: Sequence[Table] = (), boxes: Mapping[int, BBox] | None = None
) -> tuple[Parsed, Context]:
    """Run every section parser, in the order their evidence flows (``tables``: the
    layout's; ``boxes``: where each line is drawn, for PDFs).

    Duties before the org chart (they help assign teams), the org chart
    before the tables that name its units, the appendix before the cards
    (its item names help split table cells), Ⅲ's themes before Ⅱ's goals.
    """
    # the cover says what the report is for and whose it is, before any table does
    # (no cover: the year the plan chapter names, "Ⅴ. 2025년 주요업무계획")
    first = [s.title for s in (sections.get("plans"),) if s is not None]
    titles = first + [s.title for s in (*sections.found.values(), *sections.others)]
    year = cover_year(sections.front) or heading_year(titles)
    # (a cover's name spaced out with its government's, "해 온 구 복 지 국": the office the
    # report's own organisation names alone)
    org_part = sections.get("organization") or sections.get("general")
    bureau = office_of(
        cover_body(sections.front), sections.front, org_part.lines if org_part else ()
    )
    ctx = Context(year=year, bureau=bureau)
    out = Parsed()
    org = sections.get("organization")
    if org is not None:
        ctx.divisions = division_names(org)
    plan: list[tuple[str, Parser]] = [
        ("organization", parse_organization),
        ("budget_summary", parse_budget_summary),
        ("budget_items", partial(parse_budget_items, tables=tables)),
    ]
    drawn = {no for t in tables for no in t.lines}
    duties = sections.get("functions")
    if duties is not None:
        out.merge(parse_functions(duties, ctx, tables))
    elif (general := sections.get("general") or org) is not None:
        # (an organisation table with a column of duties: "과 | 담당 | 주요업무"; else a
        # chart's row of duties under its units)
        found = functions_from_grids(general, tables, ctx)
        out.merge(found if found.tables.get("functions") else chart_duties(general, tables, ctx))
    else:
        for part in division_duties(sections):  # (a report by unit: each chapter's)
            out.merge(parse_functions(part, ctx, tables))
    for key, parser in plan:
        section = sections.get(key)
        if section is not None:
            out.merge(parser(section, ctx))
    ctx.year = _year_from(sections, ctx)
    staffing = sections.get("staffing")
    if staffing is not None:
        out.merge(parse_staffing(staffing, ctx, tables))
    plans = sections.get("plans")
    if plans is not None:
        names = [
            r.item
            for r in out.tables.get("budget_items", [])
            if isinstance(r, BudgetItem) and r.level == "item"
        ]
        out.merge(parse_projects(plans, ctx, names, drawn, tables))
    policy = sections.get("policy")
    ctx.plan_text = [ln.text for ln in plans.content] if plans is not None else []
    read = parse_policy(policy, ctx, boxes, tables) if policy is not None else Parsed()
    if plans is not None and not read.tables.get("policy_goals"):
        opening = plan_policy(plans, boxes or {}, ctx, tables)
        if opening.tables.get("policy_goals"):
            # the goals stand on the plan's first page: Ⅱ's want of them is no problem
            read.warnings = [w for w in read.warnings if not w.code.startswith("policy_goals.")]
        read.merge(opening)
    out.merge(read)
    audit = sections.get("audit")
    if audit is not None:
        read = parse_audit(audit, ctx, findings=not reads_as_outline(audit))
        out.merge(summary_elsewhere(read, audit, sections.others))
    return out, ctx


def _section_infos(sections: Sections, parsed: Parsed) -> list[SectionInfo]:
    """Every role (found or not), then the top sections with no role or a second of a role."""
    infos = []
    for key in ROLES:
        # (or a division's part of that role, in a report by division: its first)
        s = sections.get(key) or next((o for o in sections.others if o.key == key), None)
        n = sum(len(parsed.tables.get(t, [])) for t in ROLE_TABLES.get(key, ()))
        infos.append(
            SectionInfo(
                key=key,
                title=s.title if s else None,
                found=s is not None,
                line_start=s.span.first if s else None,
                line_end=s.span.last if s else None,
                records=n,
            )
        )
    for other in sections.others:
        infos.append(
            SectionInfo(
                key="other",
                title=other.title,
                found=True,
                line_start=other.span.first,
                line_end=other.span.last,
                records=0,
            )
        )
    return infos


def _not_a_report(doc: Document) -> NotAReportError:
    ocr = [message for code, message in doc.problems if code == "read.page_needs_ocr"]
    quality = (
        f" (the PDF's text layer is unusable: {ocr[0]})" if ocr
        else " (the PDF's text layer is unusable; see quality)"
        if any(q.get("needs_ocr") for q in doc.quality)
        else ""
    )  # fmt: skip
    return NotAReportError(
        "no section of a work report found (일반현황, 정책목표, 주요업무계획, 현안, "
        f"붙임 예산/행정사무감사){quality}; is this a 주요업무보고?"
    )


def refine(doc: Document) -> Document:
    """The Document as the layout reads it: its genre's words in Hangul where it writes
    them in Hanja ("事業期間"), its leader dots between a label and a value a colon,
    its figures an OCR'd text tore with a stray space whole ("1, 320,000천원"),
    which way its ▲ points (a decrease in some reports, an
    increase in others), the 공문 it is sent under made furniture (not its
    text).  ``bogoseo debug`` shows its stages from it too."""
    doc = split_figures_whole(leaders_as_colons(hanja_as_hangul(doc)))
    return letter_as_furniture(resolve_triangles(doc))


#: the audit's wants that its findings, once read, meet
_MET_BY_FINDINGS = ("audit_findings.none", "audit_summary.no_header")


def parse_document(doc: Document, report_id: str, sha256: str = "") -> Report:
    """Document -> Report (structure, records, residue); checks are run by :func:`check`."""
    doc = refine(doc)
    lay = layout(doc, TITLES)
    assign_roles(lay.outline)
    sections = sections_by_role(lay.outline, doc.lines)
    roles = set(sections.found) | {o.key for o in sections.others if o.key in ROLES}
    if not roles - NOT_A_REPORT_ALONE:
        raise _not_a_report(doc)
    if not cover_lines(sections.front):  # (no cover: the running header names the report)
        sections.front.extend(header_front(doc.lines))
    parsed, ctx = parse_sections(sections, lay.tables, lay.boxes)
    records = parse_records(lay, sections, ctx, parsed)
    parsed.merge(records)
    if parsed.tables.get("audit_findings"):
        # the findings read (by the template's reader or the structure's): the template's
        # want of them is none, nor that of a table summing them up (a follow-up may list
        # its findings and sum them up nowhere)
        parsed.warnings = [w for w in parsed.warnings if w.code not in _MET_BY_FINDINGS]
    groups_from_appendix(  # (the chart's readers ran last: the appendix was read before)
        [u for u in parsed.tables.get("organization", []) if isinstance(u, OrgUnit)],
        [r for r in parsed.tables.get("budget_items", []) if isinstance(r, BudgetItem)],
    )
    if items := [r for r in parsed.tables.get("budget_items", []) if isinstance(r, BudgetItem)]:
        parsed.tables["budget_items"] = list(appendix_bureau(sections, items))  # (a bureau's 붙임)
    org = [u for u in parsed.tables.get("organization", []) if isinstance(u, OrgUnit)]
    for unit in division_teams(sections, org, lay):  # (a report by division: each its teams)
        parsed.add("organization", unit)
        parsed.used.update(range(unit.line_start, unit.line_end + 1))
    if not parsed.tables.get("staffing"):  # (... and each its staff)
        for row in division_staff(sections):
            parsed.add("staffing", row)
            parsed.used.update(range(row.line_start, row.line_end + 1))
    known = [s for s in parsed.tables.get("staffing", []) if isinstance(s, Staffing)]
    for row in division_unit_staff(lay, sections, known, ctx.year):  # (... its teams' staff)
        parsed.add("staffing", row)
        parsed.used.update(range(row.line_start, row.line_end + 1))
    known = [s for s in parsed.tables.get("staffing", []) if isinstance(s, Staffing)]
    # (a table of the chart's units by 정원 and 현원 under a title of no staff part: "3. 동
    # 행정복지센터 현황")
    for row in unit_tables_staff(lay, sections, known, [u.name for u in org], parsed.used,
                                 ctx.year):  # fmt: skip
        parsed.add("staffing", row)
        parsed.used.update(range(row.line_start, row.line_end + 1))
    spell_units_as_named(parsed)  # ("복지 정책팀" of a narrow header cell: 복지정책팀)
    _chart_as_picture(sections, parsed)
    if doc.encoding and "replaced" in doc.encoding:
        parsed.warn("read.replaced_bytes", f"the text is not valid {doc.encoding}")
    for code, message in doc.problems:
        parsed.warn(code, message)
    stats, residue_lines = line_stats(doc.lines, lay, parsed.used)
    residue = [Residue(line=ln.no, page=ln.page, text=ln.text.strip()) for ln in residue_lines]
    tables = {name: list(records) for name, records in parsed.tables.items()}
    infos, cells = table_records(lay, doc.lines, ctx.year)
    by_no = {ln.no: ln for ln in doc.lines}
    for info, header in unitless_money(infos, cells, parsed.used):
        parsed.warn(
            "tables.no_unit",
            f"table {info.table_id}: amounts under '{header}' with no unit stated (단위); "
            "kept as numbers, not read in won",
            [by_no[n] for n in (info.line_start, info.line_end) if n is not None and n in by_no],
        )
    for table in lay.tables:
        if unmarked(table, ctx.year):
            parsed.warn(
                "schedules.unmarked",
                f"table {table.id}: a chart of periods whose rows mark none (no ●, ■ or "
                "shading read); its bars may be drawn as pictures: dates not read",
                [by_no[n] for n in table.lines[:1] if n in by_no],
            )
    report = Report(
        tool_version=__version__,
        report_id=report_id,
        source=SourceInfo(
            file=doc.name,
            format=doc.format,
            encoding=doc.encoding,
            lines=len(doc.lines),
            pages=doc.pages,
            sha256=sha256,
        ),
        meta=Meta(
            title=cover_title(sections.front),
            bureau=ctx.bureau,
            year=ctx.year,
        ),
        sections=_section_infos(sections, parsed),
        warnings=parsed.warnings,
        residue=residue,
        quality=[PageQuality(**q) for q in doc.quality],
        outline=outline_records(lay),
        tables=infos,
        table_cells=cells,
        mentions=mention_records(lay, ctx.year),
        stats=stats,
        **tables,
    )
    # (a division's name, not a place's: "(백운읍, 청솔면)" lists where the work is)
    names = {
        u.name for u in report.organization
        if u.level == "division" and not u.name.endswith(tuple(PLACE_UNIT_WORDS))
    }  # fmt: skip
    tagged = [
        _quantified(_unbudgeted(_run_by(_untagged(p), names)), ctx.year) for p in report.projects
    ]
    links = link_projects(tagged, report.project_budgets, report.budget_items)
    projects: list[Project] = assign_divisions(
        tagged,
        links,
        [g for g in report.policy_goals if isinstance(g, PolicyTask)],
        ctx.divisions,
        report.functions,
        report.budget_items,
        report.tables,
        report.table_cells,
    )
    report = report.model_copy(update={"projects": projects})
    report = report.model_copy(update={"organization": _noted(report.organization, doc)})
    report = report.model_copy(update={"budget_items": _coded(report.budget_items)})
    report = report.model_copy(update={"indicators": indicator_records(report)})
    return report.model_copy(update={"plan_years": plan_year_records(report)})


def _untagged(project: Project) -> Project:
    """The project with the status marks of its title as its tags ("【신규】 …")."""
    title, tags = split_tags(project.title)
    if not tags:
        return project
    return project.model_copy(update={"title": title, "tags": "; ".join(tags)})


def _run_by(project: Project, known: Collection[str]) -> Project:
    """A project of no division whose title closes with a bracket of the organisation's
    divisions, whatever their word ("… 정비 (시설부)" of a 본부's 시설부): theirs."""
    if project.division is not None:
        return project
    title, units = closing_units(project.title, known)
    if not units:
        return project
    update = {"title": title, "division": units[0], "division_evidence": EVIDENCE_BRACKET}
    return project.model_copy(update=update)


def _unbudgeted(project: Project) -> Project:
    """A project whose cost label says it costs the budget nothing (``사 업 비 : 비예산``)
    with that label and value as its cost (no amount): stated, not left out."""
    if project.cost_raw is not None or project.cost_label is not None:
        return project
    found = unbudgeted(project.fields)
    if found is None:
        return project
    return project.model_copy(update={"cost_label": found[0], "cost_raw": found[1]})


def _noted(units: list[OrgUnit], doc: Document) -> list[OrgUnit]:
    """The units with the note of change a bracket after each one's name sets on its
    lines ("사업처(’25. 신설)"): the chart's readers read the names without it."""
    texts = {ln.no: ln.text for ln in doc.lines}
    names = [u.name for u in units]
    out = []
    for u in units:
        lines = [texts.get(n, "") for n in range(u.line_start, u.line_end + 1)]
        note = unit_change_note(u.name, lines) if u.change_note is None else None
        if u.change_note is None and note is None:
            # (or a cell of its own on the unit's row of a table: a 비고 column)
            note = row_change_note(u.name, u.line_start, names, doc.tables)
        out.append(u.model_copy(update={"change_note": note}) if note else u)
    return out


def _coded(items: list[BudgetItem]) -> list[BudgetItem]:
    """The budget items with the statistical object's code their name opens with apart
    ("201-01 사무관리비": code 201-01, item 사무관리비)."""
    groups = code_groups(b.item for b in items)
    out = []
    for b in items:
        update: dict[str, str] = {}
        if b.code is None and (found := item_code(b.item, groups)) is not None:
            update.update(code=found[0], item=found[1])
        if b.parent and (over := item_code(b.parent, groups)) is not None:
            update["parent"] = over[1]  # (the row it adds up into, named as that row is)
        out.append(b.model_copy(update=update) if update else b)
    return out


def _quantified(project: Project, year: int | None) -> Project:
    """The project with its quantity where a labelled fact states it ("사업량 : 24대")."""
    found = project_quantity(project.fields, year) if project.quantity_raw is None else None
    if found is None:
        return project
    raw, value, unit = found
    update = {"quantity_raw": raw, "quantity": value, "quantity_unit": unit}
    return project.model_copy(update=update)


def _chart_as_picture(sections: Sections, parsed: Parsed) -> None:
    """Say so where the organisation's part holds a picture and no chart was read from
    its text (a chart pasted as a picture: its units are not in the file's text)."""
    part = sections.get("organization")
    if part is None or not any(ln.raw == PICTURE_MARK for ln in part.lines):
        return
    if len(parsed.tables.get("organization", [])) > 1:
        return
    parsed.warn(
        "organization.picture",
        f"the chart under '{part.title}' is a picture: its units are not read",
        part.heading,
    )


def check(report: Report) -> Report:
    """The report with its cross-checks filled in."""
    return report.model_copy(update={"validation": run_checks(report)})


def convert(path: str | Path, report_id: str | None = None) -> Report:
    """Read, parse and check one report file.

    Raises :class:`extract.errors.BogoseoError` (with a one-line reason) when
    the file cannot be read or is not a work report.
    """
    p = Path(path)
    data = file_bytes(p)
    doc = read_bytes(data, p.name)
    report = parse_document(doc, report_id or report_id_for(p), hashlib.sha256(data).hexdigest())
    return check(report)
