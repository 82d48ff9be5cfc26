"""Names of organisation units in titles and brackets: what is a unit's name ("복지정책과",
"세무2과", "Wee센터"), the unit a title names alone, the units a text's closing bracket
names, and titles without their English glosses.

Shared by :mod:`extract.sections` (a chapter split by division) and the parsers that tell
a unit's name from a task or an amount.
"""

from __future__ import annotations

from collections.abc import Collection

import regex

from extract.layout.vocab import TITLE_BRACKETS
from extract.normalize.vocab import ORG_UNIT_WORDS
from extract.roles import (
    COUNT_PLACE_WORDS,
    NUMBERED_UNIT_ENDINGS,
    TEAM_NAME_ENDINGS,
    UNIT_NAME_ENDINGS,
    UNIT_NUMBER_DIGITS,
)

#: longest organisation unit name standing as a title
MAX_UNIT_NAME = 12
#: an English gloss in brackets that closes a title ("4. 2026 주요 국제행사 일정
#: (International Events Calendar)", "1. 글로벌 도시외교 [Global City Diplomacy]"): it
#: names no word of the genre, and a title is matched against the vocabulary without it;
#: its inside, and its brackets, closing -> opening
_GLOSS_INSIDE = regex.compile(r"[A-Za-z][A-Za-z0-9 &.,'’/·:+-]*+")
_GLOSS_BRACKETS: dict[str, str] = {")": "(（", "）": "(（", "]": "["}


def unglossed(title: str) -> str:
    """``title`` without the English glosses in brackets it closes with (the title whole
    where it is nothing else).

    >>> unglossed("2026 주요 국제행사 일정 (International Events Calendar)")
    '2026 주요 국제행사 일정'
    >>> unglossed("국제행사 유치 [International Events & MICE]"), unglossed("연수 (2026)")
    ('국제행사 유치', '연수 (2026)')
    >>> unglossed("조직 (Organization) (Team 3)"), unglossed("(Annex)")
    ('조직', '(Annex)')
    """
    # (read back from the end, each letter once: a title of many brackets stays linear)
    end = len(title)
    while True:
        while end and title[end - 1].isspace():
            end -= 1
        opens = _GLOSS_BRACKETS.get(title[end - 1]) if end else None
        if opens is None:
            break
        at = end - 2
        while at >= 0 and title[at] not in opens and title[at] not in _GLOSS_BRACKETS:
            at -= 1
        inside = at + 1
        while inside < end - 1 and title[inside].isspace():
            inside += 1
        if at < 0 or title[at] not in opens or not _GLOSS_INSIDE.fullmatch(title, inside, end - 1):
            break
        cut = at
        while cut and title[cut - 1].isspace():
            cut -= 1
        if not cut:
            break
        end = cut
    return title[:end] if end < len(title.rstrip()) else title


#: a unit's name with the number that tells it from its siblings before its ending
#: ("세무2과"): two Hangul letters at least before the number, so that no count ("3팀",
#: "1국 2과 6팀", "12과") nor a name after a count ("1본부3과") is one
_NUMBERED_UNIT = regex.compile(
    rf"^(?P<stem>[가-힣·]{{2,12}}+)[{UNIT_NUMBER_DIGITS}]{{1,2}}+(?P<end>[가-힣]{{1,3}}+)$"
)


def unnumbered(name: str) -> str:
    """``name`` without the number a unit's name holds before its ending ("세무2과" ->
    "세무과"), for the tests of what a name is made of; ``name`` itself where it holds no
    such number (a count, a date, an amount).

    >>> unnumbered("세무2과"), unnumbered("민원１팀"), unnumbered("3팀"), unnumbered("본부3과")
    ('세무과', '민원팀', '3팀', '본부3과')
    >>> unnumbered("본청4과"), unnumbered("시본청12과")
    ('본청4과', '시본청12과')
    """
    m = _NUMBERED_UNIT.match(name)
    if (
        m is None
        or m["end"] not in NUMBERED_UNIT_ENDINGS
        # (a count's word before the number: "본부3과" is what "1본부3과" counts)
        or m["stem"].replace("·", "") in ORG_UNIT_WORDS
        # (a place's: "본청4과" is what the 본청 holds)
        or m["stem"].endswith(COUNT_PLACE_WORDS)
    ):
        return name
    return str(m["stem"]) + str(m["end"])


def is_unit_name(text: str) -> bool:
    """A line that is only an organisation unit's name ("복지정책과", "관광정책과").

    >>> is_unit_name("복지정책과"), is_unit_name("관광정책과(5)"), is_unit_name("예산 집행계획")
    (True, False, False)
    >>> is_unit_name("119대응과"), is_unit_name("2025년"), is_unit_name("Wee센터")
    (True, False, True)
    >>> is_unit_name("세무2과"), is_unit_name("12과"), is_unit_name("1국2과")
    (True, False, False)
    """
    t = unnumbered(text.strip())
    # (a number or Latin letters the name opens with: "119대응과", "Wee센터", "ICT융합과")
    name = t.lstrip("0123456789").lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz&")
    return (
        2 < len(t) <= MAX_UNIT_NAME
        and len(name) >= 2
        and name.replace("·", "").isalpha()
        and all("가" <= ch <= "힣" or ch == "·" for ch in name)
        and t.endswith(UNIT_NAME_ENDINGS)
    )


def titled_unit(text: str) -> str | None:
    """The unit a line names alone, bare or in a title's brackets ("복지정책과",
    "【 해양정책과 】", "< 복지정책과 >"); None for any other line.

    >>> titled_unit("【 해양정책과 】"), titled_unit("[복지정책과]"), titled_unit("【 추진 현황 】")
    ('해양정책과', '복지정책과', None)
    """
    t = text.strip()
    if t[:1] in TITLE_BRACKETS and t.endswith(TITLE_BRACKETS[t[0]]):
        t = t[1:-1].strip()
    return t if is_unit_name(t) else None


#: a bracket that closes a text, of the units that run what it names ("… 대책 마련
#: (도시재생과)", "… 확충(복지정책과, 어르신복지과)")
_CLOSING_UNITS = regex.compile(r"(?<!\s)\s*+[(（](?P<units>[^()（）]++)[)）]\s*+$")


def closing_units(text: str, known: Collection[str] = ()) -> tuple[str, list[str]]:
    """``text`` without the bracket of units' names it closes with, and those names; the
    text whole and no name where it closes with no such bracket (``known``: the report's
    own units, whatever their word: a 본부's "시설부").

    >>> closing_units("기초학력 책임보장 (유초등교육과)")
    ('기초학력 책임보장', ['유초등교육과'])
    >>> closing_units("청년 창업 지원(3개소)")
    ('청년 창업 지원(3개소)', [])
    >>> closing_units("청년 창업공간 조성 (경제정책과 일자리지원팀)")  # (its team after it)
    ('청년 창업공간 조성', ['경제정책과'])
    """
    m = _CLOSING_UNITS.search(text)
    if m is None:
        return text, []
    parts = [u.strip() for u in regex.split(r"[,，·/]", m["units"])]
    units = [w for u in parts for w in _unit_and_teams(u, known)]
    if not all(is_unit_name(u) or u in known for u in units):
        return text, []
    # (a team named after its 과, "(경제정책과, 일자리지원팀)", "(경제정책과/일자리지원팀)", is
    # the 과's: the 과 runs the work)
    first = next((i for i, u in enumerate(units) if not u.endswith(TEAM_NAME_ENDINGS)), len(units))
    kept = [u for i, u in enumerate(units) if i <= first or not u.endswith(TEAM_NAME_ENDINGS)]
    return text[: m.start()].rstrip(), kept


def _unit_and_teams(part: str, known: Collection[str]) -> list[str]:
    """A bracket's part that names a unit and then its teams, a space apart ("경제정책과
    일자리지원팀"): each name; else the part as it is."""
    words = part.split()
    if len(words) < 2 or words[0].endswith(TEAM_NAME_ENDINGS):
        return [part]
    if not (is_unit_name(words[0]) or words[0] in known):
        return [part]
    teams = words[1:]
    if all(is_unit_name(w) and w.endswith(TEAM_NAME_ENDINGS) for w in teams):
        return words
    return [part]
