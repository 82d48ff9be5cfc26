"""The units a cell of an org table lists beside their count, each maybe with a bracket of
counts after it: ``경영지원부(4팀), 급수운영부(3팀)``, ``가람소방서(119안전센터 5, 구조대 1)``.

Such a bracket counts what the unit holds (its teams, its centres, its staff); the unit is
the name before it.  The cell is parted at the commas outside brackets.
"""

from __future__ import annotations

import regex

from extract.parse.org_bracket_teams import top_level

#: a bracket closing a name
_CLOSING = regex.compile(r"(?<!\s)\s*+[(（](?P<inner>[^()（）]{1,80}+)[)）]\s*+$")
#: one count of a bracket: words maybe, then a figure and its counter ("4팀", "정원 25명",
#: "119안전센터 5", "3개팀")
_COUNT = regex.compile(r"^(?:[^,，]{0,20}?\D)?\d{1,4}+\s*+\p{Hangul}{0,3}+$")


def listed_names(text: str) -> list[str]:
    """The names a cell lists, parted at the commas outside brackets, each's closing
    bracket of counts aside (a bracket of names stays).

    >>> listed_names("경영지원부(4팀), 급수운영부(3팀)")
    ['경영지원부', '급수운영부']
    >>> listed_names("가람소방서(119안전센터 5, 구조대 1), 솔내소방서")
    ['가람소방서', '솔내소방서']
    >>> listed_names("경영지원부(총무팀, 재무팀), 수질관리실")
    ['경영지원부(총무팀, 재무팀)', '수질관리실']
    """
    out: list[str] = []
    for part in top_level(text):
        m = _CLOSING.search(part)
        if m is not None and part[: m.start()].strip() and all(
            _COUNT.match(x.strip()) for x in regex.split(r"[,，]", m["inner"])
        ):
            part = part[: m.start()]
        out.append(part.strip())
    return out


def name_before_bracket(name: str) -> str:
    """A listed name without the bracket that closes it (its teams or its counts)."""
    m = _CLOSING.search(name)
    return name[: m.start()].strip() if m is not None and name[: m.start()].strip() else name
