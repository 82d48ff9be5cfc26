"""Teams in a bracket after the unit a chart line lists: ``감사실(감사팀)``.

A 공사's or 공단's chart written as lines names each unit with its teams in the bracket
after it, where it has few::

    ○ 이사장 직속 : 감사실(감사팀)
    ○ 경영기획본부 : 기획조정처(기획예산팀, 홍보팀), 경영지원처(인사총무팀)

Each name's bracket of teams is taken off the line (which is then read as any line of
units is) and given back by the unit's name, its teams under it.  A bracket of a count,
``경제정책과(4팀)``, ``(4팀, 30명)``, is no team's name and stays.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.parse.org_parts import key, unit_word

#: a unit's name and the bracket after it
_NAMED = regex.compile(
    r"^(?P<unit>[\p{Hangul}A-Za-z0-9]{2,24}+)\s*+[(（](?P<inner>[^()（）]{2,120}+)[)）]$"
)
#: a team's name: letters of a name before its word (not a count, "4팀")
_TEAM_NAME = regex.compile(r"^\p{Hangul}[\p{Hangul}A-Za-z0-9]{0,23}+$")
_SEPARATORS = regex.compile(r"[,，、]")


def top_level(names: str) -> list[str]:
    """``names`` parted at the commas outside brackets."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(names):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(depth - 1, 0)
        elif depth == 0 and _SEPARATORS.match(ch):
            out.append(names[start:i])
            start = i + 1
    out.append(names[start:])
    return [n.strip() for n in out]


def _names(inner: str, teams: Sequence[str]) -> list[str]:
    """The names a bracket lists, parted at its commas, and at a middle dot where each
    side of it is a team's name whole (``감사팀·청렴팀``; not ``예산·법무팀``, one team).

    >>> _names("감사팀·청렴팀, 홍보팀", ["팀"]), _names("예산·법무팀", ["팀"])
    (['감사팀', '청렴팀', '홍보팀'], ['예산·법무팀'])
    """
    out: list[str] = []
    for name in (t.strip() for t in _SEPARATORS.split(inner)):
        pieces = [x.strip() for x in _DOTS.split(name)]
        whole = len(pieces) > 1 and all(
            _TEAM_NAME.match(x) and len(x) > len(unit_word(x, teams) or x) for x in pieces
        )
        out.extend(pieces if whole else [name])
    return out


#: a middle dot between two names
_DOTS = regex.compile(r"[·ㆍ・]")


def bracket_teams(
    text: str, units: Sequence[str], teams: Sequence[str]
) -> tuple[str, dict[str, list[str]]]:
    """``text`` with each listed unit's bracket of its teams taken off, and those teams by
    the unit's name (``units``: words a unit's name ends in; ``teams``: a team's); the
    text as it is and no teams where no name carries such a bracket.

    >>> bracket_teams("○ 이사장 직속 : 감사실(감사팀)", ["실", "처"], ["팀"])
    ('○ 이사장 직속 : 감사실', {'감사실': ['감사팀']})
    >>> bracket_teams("○ 본부 : 기획처(기획팀, 홍보팀), 지원처", ["처"], ["팀"])[1]
    {'기획처': ['기획팀', '홍보팀']}
    >>> bracket_teams("○ 경제국 : 경제정책과(4팀), 일자리과(3팀)", ["과"], ["팀"])[1]
    {}
    >>> bracket_teams("○ 직속 : 감사실(감사팀·청렴팀)", ["실"], ["팀"])[1]
    {'감사실': ['감사팀', '청렴팀']}
    """
    label, colon, names = text.partition("：" if "：" in text and ":" not in text else ":")
    if not colon:
        return text, {}
    parts = top_level(names)
    found: dict[str, list[str]] = {}
    plain: list[str] = []
    for part in parts:
        m = _NAMED.match(part)
        inner = _names(m["inner"], teams) if m else []
        if (
            m is not None and unit_word(m["unit"], units) is not None
            and all(_TEAM_NAME.match(t) and len(t) > len(unit_word(t, teams) or t)
                    for t in inner)
        ):  # fmt: skip
            found[key(m["unit"])] = [key(t) for t in inner]
            plain.append(m["unit"])
        else:
            plain.append(part)
    if not found:
        return text, {}
    return f"{label}{colon} {', '.join(plain)}", found
