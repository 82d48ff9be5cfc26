"""A report by division (a 군's 군정 주요업무계획: "Ⅰ. 기획감사실", "Ⅱ. 행정복지과", …): each
division's chapter states its own teams in its general part ("1. 일반현황" / "○ 조직 : 4팀
(기획팀, 예산팀, 감사팀, 법무팀)"): the teams of that division, under it in the organisation
(the division added where the report's own chart does not list it).

Its projects and findings are read by the plan's and the audit's readers, each division's
part a section of its own (:func:`extract.sections.division_chapter`).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.document import Line
from extract.normalize.vocab import Level
from extract.parse.base import prov
from extract.parse.org_boxes import TEAM_WORDS
from extract.parse.org_parts import key, unit_word
from extract.parse.org_vocab import UNIT_WORDS
from extract.parse.project_facts import labelled
from extract.sections import Sections, division_chapter, part_role
from schemas import OrgUnit

#: the bracket after a count of teams that names them ("4팀 (기획팀, 예산팀, …)")
_NAMED_TEAMS = regex.compile(r"[(（](?P<names>[^()（）]++)[)）]")
#: longest name of a team listed so
MAX_TEAM_NAME = 16


def _teams(value: str) -> list[str]:
    """The teams a value names in its bracket, each ending in a team's word; [] where any
    name is no team's ("4팀 (기획팀, 예산팀)" -> 기획팀, 예산팀)."""
    m = _NAMED_TEAMS.search(value)
    if m is None:
        return []
    names = [key(n) for n in regex.split(r"[,，、·]", m["names"]) if n.strip()]
    ok = all(len(n) <= MAX_TEAM_NAME and unit_word(n, TEAM_WORDS) for n in names)
    return names if ok else []


def division_teams(sections: Sections, units: Sequence[OrgUnit]) -> list[OrgUnit]:
    """The teams each division's chapter lists in its general part, as units under that
    division (numbered on from ``units``, the organisation read so far)."""
    names = {u.name for u in units}
    top = next((u.name for u in units if not u.parent), None)
    out: list[OrgUnit] = []

    def add(name: str, level: Level, parent: str | None, lines: Sequence[Line]) -> None:
        names.add(name)
        word = unit_word(name, tuple(UNIT_WORDS))
        out.append(OrgUnit(seq=len(units) + len(out) + 1, name=name, level=level,
                           parent=parent, unit_type=word, **prov(lines)))  # fmt: skip

    for part in sections.others:
        node = part.node
        chapter = node.parent if node is not None else None
        division = division_chapter(chapter) if chapter is not None else None
        if part.key != "general" or node is None or division is None:
            continue
        for n in node.walk():
            for item in labelled(n.title):
                teams = _teams(item.value) if part_role(item.label) == "organization" else []
                if not teams:
                    continue
                if division not in names:
                    add(division, "division", top, n.lines)
                for team in teams:
                    if team not in names:
                        add(team, "team", division, n.lines)
    return out
