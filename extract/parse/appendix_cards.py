"""A project told twice: briefly in the plan ("□ 가온역세권 지구단위계획 재정비" / "○ 사업비 :
620백만원, 기간 : … ☞ [붙임 1] 1-1") and in full in an appendix's card ("붙임 1. 주요사업
세부내역": "사업명 | 가온역세권 …", "총사업비 (구비/시비/국비) | 620,000천원 (구비 372,000 / 시비
248,000)", "추진일정 | ○ ’26. 3. : …").  One project: the plan's, with what only its card
states (its period, its shares, its division, its steps) where the plan states none.

:func:`appendix_cards` finds each card's project by its name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from extract.document import Line
from extract.layout import Layout, Node
from extract.parse.base import prov
from extract.parse.card_tables import card_name, card_project
from extract.parse.cell_projects import CellProject
from extract.parse.plan import Unit
from extract.parse.tags import name_key
from extract.sections import Sections
from schemas import ProjectFunding


def _appendix_lines(sections: Sections) -> set[int]:
    """The lines of the report's appendices (붙임, 별첨, 부록)."""
    out: set[int] = set()
    for sec in [*sections.found.values(), *sections.others]:
        node: Node | None = sec.node
        while node is not None and node.parent is not None and node.parent.parent is not None:
            node = node.parent
        if node is not None and node.kind == "appendix":
            out.update(ln.no for ln in (*sec.heading, *sec.lines))
    return out


def appendix_cards(
    lay: Layout,
    sections: Sections,
    units: Sequence[Unit],
    by_no: Mapping[int, Line],
    year: int | None,
    taken: set[int],
) -> dict[int, CellProject]:
    """Each plan project (by ``id`` of its unit) with the appendix card that tells it again,
    matched by name (one card a project, one project a card); ``taken``: ids of the tables
    read already, to which the cards used are added."""
    appended = _appendix_lines(sections)
    by_name: dict[str, list[Unit]] = {}
    for u in units:
        by_name.setdefault(name_key(u.title), []).append(u)
    out: dict[int, CellProject] = {}
    for table in lay.tables:
        if id(table) in taken or not table.lines or table.lines[0] not in appended:
            continue
        name = card_name(table)
        owners = by_name.get(name_key(name), []) if name else []
        if len(owners) != 1 or id(owners[0]) in out:
            continue
        card = card_project(table, lay.tables, dict(by_no), year)
        if card is None:
            continue
        taken.add(id(table))
        out[id(owners[0])] = card
    return out


def fill_from_card(u: Unit, card: CellProject) -> None:
    """The plan's project ``u`` with its card's period and division where it states none."""
    if u.period is None and card.period is not None:
        u.period = card.period
    if u.division is None and card.division:
        u.division = card.division
        u.fields.setdefault("담당부서", card.division)  # (its evidence: the card's label)


def card_funding(project_id: str, card: CellProject) -> list[ProjectFunding]:
    """The shares the card's cost states, as the project's funding."""
    shares = card.cost.funding if card.cost is not None else ()
    lines = [ln for ln in card.lines if card.cost is not None and card.cost.raw in ln.text]
    return [
        ProjectFunding(project_id=project_id, seq=i, source=s.source, amount_krw=s.amount_krw,
                       raw=s.raw, **prov(lines[:1] or card.lines))
        for i, s in enumerate(shares, start=1)
    ]  # fmt: skip
