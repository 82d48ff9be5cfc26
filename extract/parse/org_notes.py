"""A unit's note of its change in a bracket after its name, on a line of an org chart:
"사업처(’25. 신설)", "홍보팀 (2025. 7. 개편)", "기술처(신설)".

The bracket says when and how the unit changed; the unit is the name before it.  A chart's
line is read without such brackets (they had made the name no unit's, and the line's
list of units none).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.document import Line
from extract.parse.org_vocab import UNIT_CHANGE_NOTES

NOTE_WORDS = "|".join(sorted(map(regex.escape, UNIT_CHANGE_NOTES), key=len, reverse=True))
#: a note of change's date, where it has one (’25., 2025. 7., 25년, ’25.7월; the day it takes
#: effect too: "’25.1.1.자 신설")
NOTE_WHEN = (
    r"(?:[’‘'`]?\d{2}(?:\d{2})?+\s?+(?:[.년]\s?+(?:\d{1,2}+\s?+[.월일]\s?+){0,2}+)?+"
    r"(?:자\s?+)?+)?+"
)
#: the bracket of a note of change: its date or none, a change's word, 예정 or not
_BRACKET = r"\s{0,2}+[(（]\s{0,2}+" + NOTE_WHEN + rf"(?:{NOTE_WORDS})(?:\s?+예정)?+\s{{0,2}}+[)）]"
_NOTE = regex.compile(r"(?<=\p{Hangul})" + _BRACKET)


def without_change_notes(text: str) -> str:
    """``text`` without the notes of change after its units' names.

    >>> without_change_notes("○ 사업본부 : 사업처(’25. 신설), 기술처, 안전처")
    '○ 사업본부 : 사업처, 기술처, 안전처'
    >>> without_change_notes("기획처          홍보팀 (2025. 7. 개편)")
    '기획처          홍보팀'
    >>> without_change_notes("○ 신규사업(’25. 신설) 추진"), without_change_notes("(신설)")
    ('○ 신규사업 추진', '(신설)')
    """
    return str(_NOTE.sub("", text))


def without_notes(line: Line) -> Line:
    """``line`` with its text read without notes of change (:func:`without_change_notes`);
    its raw kept."""
    text = without_change_notes(line.text)
    return line if text == line.text else line._replace(text=text)


#: ... closing a name ("지역축제 지원(’25. 7. 신설)")
_CLOSING = regex.compile(_NOTE.pattern + r"\s*+$")


def closing_change_note(name: str) -> tuple[str, str] | None:
    """(the name, its note as printed) of a name that closes with a note of change; None
    for another.

    >>> closing_change_note("지역축제 지원(’25. 7. 신설)")
    ('지역축제 지원', '’25. 7. 신설')
    >>> closing_change_note("문화누리 운영 (’25.1. 이관)"), closing_change_note("축제 (2차)")
    (('문화누리 운영', '’25.1. 이관'), None)
    """
    m = _CLOSING.search(name)
    if m is None or not name[: m.start()].strip():
        return None
    return name[: m.start()].rstrip(), " ".join(m[0].strip().strip("()（）").split())


def unit_change_note(name: str, texts: Sequence[str]) -> str | None:
    """The note of change a bracket right after a unit's name sets on its source lines
    (``texts``), as printed; None where none does.

    >>> unit_change_note("사업처", ["○ 사업본부 : 사업처(’25. 신설), 기술처"])
    '’25. 신설'
    >>> unit_change_note("기술처", ["○ 사업본부 : 사업처(’25. 신설), 기술처"]) is None
    True
    """
    # (its name letter-spaced as a chart's box sets it: "관 광 진 흥 과 (신설)")
    spaced = r"\s?+".join(map(regex.escape, name))
    named = regex.compile(r"(?<!\p{Hangul})" + spaced + _BRACKET)
    for text in texts:
        m = named.search(text)
        if m is not None:
            bracket = m[0][m[0].index("(" if "(" in m[0] else "（") :]
            return " ".join(bracket.strip().strip("()（）").split())
    return None


def theme_without_notes(theme: str | None) -> str | None:
    """A theme's path without the notes of change that close its parts: the theme named
    as it is, its note the tag of the item's own record ("관광 활성화 (’25. 신설)" ->
    관광 활성화).

    >>> theme_without_notes("관광 활성화 (’25. 신설) > 야간관광"), theme_without_notes(None)
    ('관광 활성화 > 야간관광', None)
    """
    if not theme:
        return theme
    parts = theme.split(" > ")
    return " > ".join(n[0] if (n := closing_change_note(t)) is not None else t for t in parts)
