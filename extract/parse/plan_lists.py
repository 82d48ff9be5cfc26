"""The plan's sections and the projects its tables set out: which sections' items are
projects (:func:`plan_sections`), which project each outline node belongs to
(:func:`node_owner`), and the tables that list projects one a row or as cards, under a
project's title (:func:`listed_in_units`, :func:`card_lists`) or under none
(:func:`loose_lists`, :func:`titled_lists`).
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from extract.document import Line
from extract.layout import Layout, Table
from extract.parse.blocks import is_overview
from extract.parse.card_tables import card_project
from extract.parse.cell_projects import CellProject
from extract.parse.plan import ISSUE_PREFIX, Unit, title_key
from extract.parse.plan_facts import labelled_cost
from extract.parse.row_projects import listed_projects
from extract.parse.text import squash
from extract.parse.title_cards import title_cards
from extract.roles import LISTED_KIND_WORDS, RESULT_WORDS
from extract.sections import Section, Sections, division_chapter
from extract.title_roles import top_role
from extract.unit_names import closing_units

#: the id prefix of the projects an appendix lists ("붙임 3": A3-1, A3-2, …)
APPENDIX_PREFIX = "A"


def plan_sections(sections: Sections, have_cards: bool) -> list[tuple[Section, str]]:
    """(section, id prefix) of every section whose items are projects."""
    out: list[tuple[Section, str]] = []
    plans = sections.get("plans")
    if plans is not None and not have_cards:
        out.append((plans, ""))
    for other in sections.others:
        node = other.node
        planned = other.key == "plans" or (other.key == "other" and _sets_out_projects(other))
        chapter = node.parent if node is not None else None
        if planned and chapter is not None and division_chapter(chapter):
            # (a division's plan in a report by division: numbered by its chapter, "Ⅱ." /
            # "가." -> 2-1)
            assert chapter.marker is not None
            out.append((other, f"{chapter.marker.number}-"))
        elif planned and node is not None and node.marker is not None:
            out.append((other, f"{node.marker.text.rstrip('.')}-"))
    # (last year's results told project by project, each with its period and cost: "Ⅲ.
    # 2025년 주요업무 추진실적" / "1. … (안전총괄과)" / "○ 사 업 비 : 1,200백만원")
    done = sections.get("achievements")
    if (
        done is not None and done.node is not None and done.node.marker is not None
        and _sets_out_projects(done, direct=True)
    ):  # fmt: skip
        out.append((done, f"{done.node.marker.text.rstrip('.')}-"))
    issues = sections.get("issues")
    if issues is not None:
        out.append((issues, ISSUE_PREFIX))
    # (an appendix that lists the plan's projects, "붙임 3. 주요사업 목록": its rows are
    # projects where the plan's cards do not tell them)
    appendices = [
        s for s in sorted([*sections.found.values(), *sections.others], key=lambda s: s.span.first)
        if s.node is not None and s.node.kind == "appendix"
    ]  # fmt: skip
    for at, s in enumerate(appendices, start=1):
        if top_role(s.title) != "plans":
            continue
        # (its number, "붙임 3" -> A3-; a 붙임 with none, by its place among them)
        number = str(s.node.marker.number) if s.node and s.node.marker else ""
        out.append((s, f"{APPENDIX_PREFIX}{number if number.isdigit() else at}-"))
    return [(s, p) for s, p in out if s.node is not None]


def contest_sections(sections: Sections, have_cards: bool) -> list[tuple[Section, str]]:
    """(section, id prefix) of the chapters no title names a role that are of the projects
    the bureau competes for state money with, where no other reading takes them ("Ⅲ.
    공모사업 추진현황" / "1. 2026년 공모사업 추진현황" over "연번 | 공모사업명 | …"): the
    projects their tables list one a row are the bureau's (its items are no projects:
    criteria, status); so too a chapter of how the head's pledges stand ("Ⅱ. 민선8기
    공약사항 추진현황")."""
    planned = {id(s) for s, _ in plan_sections(sections, have_cards)}
    return [
        (s, f"{s.node.marker.text.rstrip('.')}-") for s in sections.others
        if s.key == "other" and id(s) not in planned and s.node is not None
        and s.node.marker is not None and any(w in squash(s.title) for w in LISTED_KIND_WORDS)
        and not any(w in squash(s.title) for w in RESULT_WORDS)  # (last year's results)
    ]  # fmt: skip


def _sets_out_projects(section: Section, direct: bool = False) -> bool:
    """Whether a chapter no title names a role sets out projects: each of its items opens
    with an overview of the project's facts that states a cost ("Ⅴ 마을돌봄사업 추진상황" /
    "1. 공동육아 나눔터" / "□ 사업개요" / "ㅇ (사 업 비) 1,048백만원(국 524, …)"); or,
    ``direct``, states it on a labelled line of its own, two items at least, the others
    naming their division over a table of their own ("1. … " / "○ 사 업 비 : 1,200백만원")."""
    top = section.node
    if top is None or top.parent is None or top.parent.parent is not None:
        return False
    items = [c for c in top.children if c.kind in ("item", "heading")]
    costed = [item for item in items if any(labelled_cost(b) for b in item.children)]
    if direct and len(costed) >= 2 and all(
        item in costed or (closing_units(item.title)[1] and any(n.tables for n in item.walk()))
        for item in items
    ):
        # (an item may state its money in a table of its own instead, "… (작물연구과)" over
        # "예산액 | 집행액 | 집행률"; not "3. 대외 평가 및 수상")
        return True
    return bool(items) and all(
        any(is_overview(b) and any(labelled_cost(f) for f in b.children) for b in item.children)
        for item in items
    )  # fmt: skip


def node_owner(units: Sequence[Unit]) -> dict[int, Unit]:
    """Outline node seq -> the (sub-)project it belongs to."""
    out: dict[int, Unit] = {}
    for u in units:  # sub-projects come after their project: theirs win
        for n in u.node.walk():
            out[n.seq] = u
    return out


def listed_in_units(
    lay: Layout, units: Sequence[Unit], by_no: dict[int, Line], year: int | None
) -> list[tuple[Unit, Table, list[CellProject]]]:
    """The tables under a project's title that list projects one a row
    (:mod:`extract.parse.row_projects`): the title is their theme, its number theirs."""
    owner = node_owner(units)
    out: list[tuple[Unit, Table, list[CellProject]]] = []
    used = {u.project_id for u in units}
    for table in lay.tables:
        u = owner.get(table.node) if table.node is not None else None
        rows = listed_projects(table, by_no, year) if u is not None else None
        if u is None or rows is None:
            continue
        # (the themes of its own rows, "1. 안전한 도로망 구축", number its projects as the
        # plan's themes, 1-1, where no other project has those ids; after the item's id
        # where one does or a numbered item titles the table, 1-1-1)
        own = [f"{p.theme_no}-{p.seq}" for p in rows if p.theme_no]
        marker = u.node.marker
        apart = (marker is None or marker.number is None) and not used & set(own)
        for p in rows:
            if p.theme_no:
                p.project_id = f"{'' if apart else u.project_id + '-'}{p.theme_no}-{p.seq}"
            else:
                p.project_id = f"{u.project_id}-{p.seq}"
                p.theme, p.theme_no = u.title, u.theme_no
        used.update(p.project_id for p in rows)
        out.append((u, table, rows))
    return out


def card_lists(
    lay: Layout, units: Sequence[Unit], by_no: dict[int, Line], year: int | None
) -> list[tuple[Unit, Table, list[CellProject]]]:
    """Each table under an item that is a card of a project of its own (a 사업명 that is
    not the item's title: :mod:`extract.parse.card_tables`), with the item as its theme
    and its number theirs; one entry a table, the projects numbered in order."""
    owner = node_owner(units)
    found: dict[int, list[tuple[Table, CellProject]]] = {}
    for table in lay.tables:
        u = owner.get(table.node) if table.node is not None else None
        if u is None or table.parent is not None:
            continue
        proj = card_project(table, lay.tables, by_no, year)
        if proj is not None and title_key(proj.title) != title_key(u.title):
            found.setdefault(id(u), []).append((table, proj))
    out: list[tuple[Unit, Table, list[CellProject]]] = []
    for u in units:
        for k, (table, proj) in enumerate(found.get(id(u), []), start=1):
            proj.project_id, proj.seq = f"{u.project_id}-{k}", k
            proj.theme, proj.theme_no = u.title, u.theme_no
            proj.division = proj.division or u.division
            out.append((u, table, [proj]))
    return out


def titled_lists(
    lay: Layout,
    sections: Sections,
    have_cards: bool,
    units: Sequence[Unit],
    by_no: dict[int, Line],
    year: int | None,
    taken: set[str],
    listing: AbstractSet[int],
) -> list[tuple[Table, CellProject]]:
    """The cards titled by their first row in the plan sections, under no project of the
    plan (:mod:`extract.parse.title_cards`), their ids new ones."""
    owned = set(node_owner(units))
    out: list[tuple[Table, CellProject]] = []
    for section, prefix in plan_sections(sections, have_cards):
        assert section.node is not None
        seqs = {n.seq for n in section.node.walk()}
        mine = [t for t in lay.tables if t.node in seqs and t.parent is None
                and t.node not in owned and id(t) not in listing]  # fmt: skip
        for table, proj in title_cards(mine, lay.tables, by_no, year, prefix):
            if proj.project_id not in taken:
                taken.add(proj.project_id)
                out.append((table, proj))
    return out


def loose_lists(
    lay: Layout,
    sections: Sections,
    have_cards: bool,
    units: Sequence[Unit],
    by_no: dict[int, Line],
    year: int | None,
    taken: set[str],
) -> list[tuple[Table, list[CellProject]]]:
    """The tables of a plan section that list projects one a row under no project's title
    ("□ 주요사업 추진계획" over "연번 | 사업명 | … | 담당과", the plan's one table): their rows
    are projects, numbered as listed, but those a project's own title tells again (a list
    that sums up the cards after it)."""
    owner = node_owner(units)
    told = {title_key(u.title): u for u in units}
    out: list[tuple[Table, list[CellProject]]] = []
    listed: set[str] = set()  # (the ids the lists before gave)
    chapters = [*plan_sections(sections, have_cards), *contest_sections(sections, have_cards)]
    for section, prefix in chapters:
        assert section.node is not None
        mine = {n.seq for n in section.node.walk()}
        for table in lay.tables:
            if table.node is None or table.node not in mine or table.node in owner:
                continue
            rows = listed_projects(table, by_no, year)
            fresh = [p for p in rows or [] if title_key(p.title) not in told]
            for p in rows or []:
                if (u := told.get(title_key(p.title))) is not None:
                    _fill_from_row(u, p)
            ids = [f"{p.theme_no}-{p.seq}" if p.theme_no else f"{p.seq}" for p in fresh]
            if listed & {f"{prefix}{i}" for i in ids}:
                # (a list numbered as one before it: numbered after its place among them)
                ids = [f"{len(out) + 1}-{i}" for i in ids]
            for p, i in zip(fresh, ids, strict=True):
                p.project_id = f"{prefix}{i}"
            fresh = [p for p in fresh if p.project_id not in taken]
            if fresh:
                taken.update(p.project_id for p in fresh)
                listed.update(p.project_id for p in fresh)
                out.append((table, fresh))
    return out


def _fill_from_row(u: Unit, row: CellProject) -> None:
    """The period a project's card leaves unsaid from the row of a list that sums up the
    projects ("연번 | 사업명 | 사업기간 | 사업비 | 담당부서" over the cards; its division is
    read from the list too, with that evidence: :func:`extract.link.assign_divisions`)."""
    if u.period is None and row.period is not None:
        u.period, u.period_line = row.period, row.lines[0]
