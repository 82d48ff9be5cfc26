"""A report by division (a 군's 군정 주요업무계획: "Ⅰ. 기획감사실", "Ⅱ. 행정복지과", …): each
division's chapter states its own teams in its general part ("1. 일반현황" / "○ 조직 : 4팀
(기획팀, 예산팀, 감사팀, 법무팀)"): the teams of that division, under it in the organisation
(the division added where the report's own chart does not list it).  A report by bureau (a
시's 시정 주요업무계획: "Ⅰ. 기획조정실", "Ⅱ. 경제산업국") lists each bureau's divisions with
their teams ("- 기획예산과(4팀) : 기획팀, 예산팀, …"): the bureau over its divisions, each
over its teams; and its staff ("○ 정원 68명 / 현원 66명") is the bureau's.

Its projects and findings are read by the plan's and the audit's readers, each division's
part a section of its own (:func:`extract.sections.division_chapter`).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.document import Line
from extract.layout import Layout, Node
from extract.layout.captions import as_of_in
from extract.normalize.vocab import Level
from extract.parse.base import prov
from extract.parse.org_boxes import TEAM_WORDS, Box, branch_listing
from extract.parse.org_parts import key, unit_word
from extract.parse.org_table import listing_boxes
from extract.parse.org_vocab import UNIT_WORDS
from extract.parse.project_facts import labelled
from extract.parse.staff_grid import employment_of, grid_cells, read_figures
from extract.parse.staff_tables import caption_field, read_staff_text, rows_of
from extract.sections import Section, Sections, division_chapter
from extract.title_roles import part_role
from schemas import BudgetItem, OrgUnit, Staffing

#: the bracket after a count of teams that names them ("4팀 (기획팀, 예산팀, …)")
_NAMED_TEAMS = regex.compile(r"[(（](?P<names>[^()（）]++)[)）]")
#: longest name of a team listed so
MAX_TEAM_NAME = 16


def _teams(value: str) -> list[str]:
    """The teams a value names in its bracket, each ending in a team's word; [] where any
    name is no team's ("4팀 (기획팀, 예산팀)" -> 기획팀, 예산팀)."""
    m = _NAMED_TEAMS.search(value)
    return _listed_teams(m["names"], "[,，、·]") if m is not None else []


def _listed_teams(value: str, separators: str = "[,，、]") -> list[str]:
    """The teams a value lists parted by commas, each ending in a team's word; [] where any
    name is no team's ("기획팀, 예산팀, 평가팀")."""
    names = [key(n) for n in regex.split(separators, value) if n.strip()]
    ok = bool(names) and all(len(n) <= MAX_TEAM_NAME and unit_word(n, TEAM_WORDS) for n in names)
    return names if ok else []


def _division_over_teams(label: str, value: str) -> tuple[str, list[str]] | None:
    """A division named with the teams it is over: "기획예산과(4팀) : 기획팀, 예산팀, …"."""
    name = key(_COUNT_BRACKET.sub("", label.strip()))
    teams = _listed_teams(value)
    if not teams or len(name) > MAX_TEAM_NAME or not name:
        return None
    # (or of a word of no division, its teams counted in its bracket and listed after it:
    # "감사위원회(3팀) : 감사총괄팀, 조사팀, 공직윤리팀")
    counted = _COUNT_BRACKET.search(label.strip())
    if not unit_word(name, DIVISION_WORDS) and (
        counted is None or counted["word"] not in TEAM_WORDS or int(counted["n"]) != len(teams)
    ):
        return None
    return name, teams


def listed_divisions(sections: Sections) -> list[str]:
    """The divisions each bureau's chapter lists over their teams in its general part
    ("- 감사위원회(3팀) : 감사총괄팀, …"), for the readers of its tables before the
    organisation is read whole."""
    out: list[str] = []
    for _, node in _general_parts(sections):
        for n in node.walk():
            label, colon, value = n.title.partition(":")
            if colon and (over := _division_over_teams(label, value)) is not None:
                out.append(over[0])
    return out


#: a count in brackets after a unit's name ("기획예산과(4팀)")
_COUNT_BRACKET = regex.compile(
    r"[(（]\s*+(?P<n>\d++)\s*+(?P<word>\p{Hangul}{1,2})\s*+[)）]$"
)
#: the words of a division a bureau's chapter lists over its teams
DIVISION_WORDS: tuple[str, ...] = ("과", "담당관", "센터", "사업소")


def general_sections(sections: Sections) -> list[tuple[str, Section]]:
    """(the unit whose chapter it is, the general part) of a report by division."""
    out = []
    for part in sections.others:
        node = part.node
        chapter = node.parent if node is not None else None
        unit = division_chapter(chapter) if chapter is not None else None
        if part.key == "general" and node is not None and unit is not None:
            out.append((unit, part))
    return out


def _general_parts(sections: Sections) -> list[tuple[str, Node]]:
    """(the unit whose chapter it is, the general part's node) of a report by division."""
    return [(unit, part.node) for unit, part in general_sections(sections) if part.node]


def division_duties(sections: Sections) -> list[Section]:
    """The parts of each unit's chapter's general part that list its units' duties ("가. 조
    직" / "○ 주요기능" over "- 기획예산담당관 : 예산 편성, …"), each a section of its own."""
    out: list[Section] = []
    for _, node in _general_parts(sections):
        for n in node.walk():
            if n is node or part_role(n.title) != "functions":
                continue
            body = sorted({ln.no: ln for k in n.walk() for ln in k.lines}.items())
            head = {ln.no for ln in n.head_lines}
            lines = tuple(ln for no, ln in body if no not in head)
            out.append(Section("functions", n.title, tuple(n.head_lines), lines, n))
    return out


def division_teams(
    sections: Sections, units: Sequence[OrgUnit], lay: Layout | None = None
) -> list[OrgUnit]:
    """The teams each division's chapter lists in its general part, as units under that
    division, and the divisions a bureau's chapter lists over their teams, on lines or in a
    table (``과 | 팀 수 | 팀 명``, ``lay``'s) (numbered on from ``units``, the organisation
    read so far)."""
    names = {u.name for u in units}
    top = next((u.name for u in units if not u.parent), None)
    out: list[OrgUnit] = []

    def add(
        name: str, level: Level, parent: str | None, lines: Sequence[Line], kind: str | None = None
    ) -> None:
        names.add(name)
        word = kind or unit_word(name, tuple(UNIT_WORDS)) or (name if name in UNIT_WORDS else None)
        out.append(OrgUnit(seq=len(units) + len(out) + 1, name=name, level=level,
                           parent=parent, unit_type=word, **prov(lines)))  # fmt: skip

    for unit, node in _general_parts(sections):
        for n in node.walk():
            for item in labelled(n.title):
                teams = _teams(item.value) if part_role(item.label) == "organization" else []
                if unit not in names and teams:
                    add(unit, "division", top, n.lines)
                for team in teams:
                    if team not in names:
                        add(team, "team", unit, n.lines)
            if (branches := branch_listing(n.text)) is not None:
                # (its branch offices: "○ 보건지소(5) : 한내보건지소, …", each of that kind)
                kind, listed = branches
                for name in listed:
                    if name not in names:
                        add(name, UNIT_WORDS[kind], unit, n.lines, kind)
                continue
            label, colon, value = n.title.partition(":")
            if colon and (over := _division_over_teams(label, value)) is not None:
                # (the chapter's unit over divisions: a bureau)
                if unit not in names:
                    add(unit, "bureau", top, node.lines[:1] or n.lines)
                division, listed = over
                if division not in names:
                    add(division, "division", unit, n.lines)
                for team in listed:
                    if team not in names:
                        add(team, "team", division, n.lines)
    for unit, part in general_sections(sections) if lay is not None else ():
        assert lay is not None
        boxes = _listed_in_tables(lay, part, sections)
        # (the chapter's unit listed in its own table, "기획감사실 | 2 | 기획팀, 감사팀": a
        # division over its teams, no unit over itself)
        own = any(b.name == unit for b in boxes)
        for box in boxes:
            if box.name in names or box.kind not in ("unit", "team"):
                continue
            if box.parent is None and unit not in names and not own:
                add(unit, "bureau", top, part.heading[:1] or box.lines)  # (over its 과)
            if box.name == unit:
                add(unit, "division", top, box.lines)
                continue
            parent = box.parent.name if box.parent is not None else unit
            add(box.name, "team" if box.kind == "team" else "division", parent, box.lines)
    return out


def _listed_in_tables(lay: Layout, part: Section, sections: Sections) -> list[Box]:
    """The divisions and teams the tables of a chapter's general part list row by row
    (:func:`extract.parse.org_table.listing_boxes`)."""
    span, by_no = part.span, sections.lines_by_no()
    out: list[Box] = []
    for table in lay.tables:
        if table.lines and span.first <= table.lines[0] <= span.last:
            out += listing_boxes(table, by_no) or []
    return out


def division_staff(sections: Sections, seq: int = 0) -> list[Staffing]:
    """The staff each division's (or bureau's) chapter states in its general part, "○ 정원
    68명 / 현원 66명": that unit's (numbered on from ``seq``)."""
    out: list[Staffing] = []
    for unit, node in _general_parts(sections):
        for n in node.walk():
            if not n.lines:
                continue
            line = n.lines[0]
            figures = [f for f in read_staff_text(line) if f.employment is None and f.grade is None]
            fields = {f.field: f.value for f in figures}
            if not figures or len(fields) != len(figures) or not fields.keys() & {
                "authorized", "current"
            }:
                continue
            out.append(Staffing(
                seq=seq + len(out) + 1, unit=unit, is_total=False, as_of=None,
                authorized=fields.get("authorized"), current=fields.get("current"),
                raw=" ".join(line.text.split()), **prov([line]),
            ))  # fmt: skip
            break
    return out


def division_unit_staff(
    lay: Layout, sections: Sections, known: Sequence[Staffing], year: int | None
) -> list[Staffing]:
    """The staff of each division's teams a table in its general part gives ("구 분 | 계 |
    문화정책팀 | …" over 정원 and 현원 rows), the table's 계 the division's, each unit and
    grade the report's tables have not given yet (numbered on from ``known``)."""
    taken = {(s.unit, s.grade) for s in known}
    by_no = sections.lines_by_no()
    found: dict[tuple[str, str | None], Staffing] = {}
    for unit, part in general_sections(sections):
        span = part.span
        for table in lay.tables:
            if not table.lines or not span.first <= table.lines[0] <= span.last:
                continue
            figures = read_figures(grid_cells(table, by_no), caption_field(table.caption))
            as_of = table.as_of or as_of_in(table.caption or "", year)
            for r in rows_of(figures, by_no, as_of):
                name = unit if r.unit == "계" else r.unit
                key = (name, r.grade)
                if key in taken:
                    continue
                old = found.get(key)
                if old is not None:
                    told = sum(r.values.get(f) is not None for f in ("authorized", "current"))
                    if told <= sum(v is not None for v in (old.authorized, old.current)):
                        continue
                    del found[key]  # (the chapter's staff table, 정원 and 현원, over a
                    # chart's 인원 column)
                if not r.lines:
                    continue
                found[key] = Staffing(
                    # (the table's 계: the unit's total, its teams' rows adding up to it; a
                    # grade's row of a table by grade alone a part of it)
                    seq=0, unit=name, as_of=r.as_of,
                    is_total=(r.unit == "계" and r.grade is None) or r.sums_grades,
                    authorized=r.values.get("authorized"), current=r.values.get("current"),
                    raw=" | ".join(r.raw), grade=r.grade,
                    employment=r.employment or employment_of(r.grade or ""), **prov(r.lines),
                )  # fmt: skip
    return [
        r.model_copy(update={"seq": len(known) + i}) for i, r in enumerate(found.values(), start=1)
    ]


def appendix_bureau(sections: Sections, items: Sequence[BudgetItem]) -> list[BudgetItem]:
    """``items`` with the bureau's row of a budget appendix that stands in a bureau's
    chapter (a committee's compiled report: `Ⅱ. 행정국` / `붙임 세부사업 예산 현황`) that
    bureau's: its division the bureau, as its divisions' parent is in the organisation."""
    part = sections.get("budget_items")
    node = part.node if part is not None else None
    bureau = division_chapter(node.parent) if node is not None and node.parent else None
    if bureau is None:
        return list(items)
    return [
        r.model_copy(update={"division": bureau})
        if r.level == "bureau" and r.division is None and r.parent is None else r
        for r in items
    ]  # fmt: skip

