"""Two names letter-spaced on one line of an org chart, a wider gap between them.

A chart sets its boxes' names letter by letter: "이  사  장   감  사" (two spaces between
the letters of a name, three between the names), "감  사  실   기  획  실".  Despaced
whole, such a line read as one name ("이사장감사").  Where the letters are all set apart by
one same gap and some gaps are wider, the wider gaps part names: the line reads as the
names set apart ("이사장   감사"), unless the letters joined whole are one unit's name and
the parts are not each one ("관  광  정   책  과", a name whose gaps the layout made
uneven, is 관광정책과).

>>> respaced("이  사  장   감  사"), respaced("감  사  실   기  획  실")
('이사장   감사', '감사실   기획실')
>>> respaced("관  광  정   책  과"), respaced("관 광 정 책 과"), respaced("이 사 장   감 사")
('관  광  정   책  과', '관 광 정 책 과', '이 사 장   감 사')
"""

from __future__ import annotations

import regex

from extract.parse.org_parts import unit_word
from extract.parse.org_vocab import OFFICIALS

_GAP = regex.compile(r"\s++")
#: one letter of a name (no figure, no mark)
_LETTER = regex.compile(r"\p{Hangul}")


def _named(name: str) -> bool:
    return name in OFFICIALS or unit_word(name) is not None


def respaced(text: str) -> str:
    """``text`` with the names a wider gap parts each joined, set apart by that gap (the
    text as it is where its letters are not so spaced)."""
    t = text.strip()
    letters = _GAP.split(t)
    gaps = [len(g) for g in _GAP.findall(t)]
    if len(letters) < 4 or not all(_LETTER.fullmatch(x) for x in letters):
        return text
    narrow = min(gaps)
    if narrow < 2 or max(gaps) == narrow:
        return text  # (a name's letters one space apart, "이 사 장", as despace reads them)
    names: list[str] = [letters[0]]
    for gap, letter in zip(gaps, letters[1:], strict=True):
        if gap == narrow:
            names[-1] += letter
        else:
            names.append(letter)
    if any(len(n) < 2 for n in names):
        return text
    whole = "".join(names)
    if _named(whole) and not all(_named(n) for n in names):
        return text
    return (" " * (narrow + 1)).join(names)
