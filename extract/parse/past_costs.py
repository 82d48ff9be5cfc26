"""A plan card's cost of an earlier year, beside its own.

A card may state what the project cost the year before beside this year's: "○ 전년도
사업비 : 120백만원" / "○ 사업비 : 150백만원".  The card's cost is this year's; the earlier
year's stays in its text (and its fields).  A label is an earlier year's where it names
one by a word (전년도, 작년) or by a year before the report's ("’24년 사업비").

>>> past_label("전년도 사업비", 2025), past_label("’24년 사업비", 2025)
(True, True)
>>> past_label("사업비", 2025), past_label("’25년 사업비", 2025), past_label("총사업비", None)
(False, False, False)
"""

from __future__ import annotations

import regex

from extract.parse.text import squash
from extract.parse.vocab import PAST_COST_WORDS

#: a year a label names: "2024년", "’24년", "24년도"
_YEAR = regex.compile(r"(?<!\d)(?:(?P<full>(?:19|20)\d{2})|[’‘']?(?P<short>\d{2}))\s?+년")


def past_label(label: str | None, year: int | None) -> bool:
    """Whether a cost's ``label`` names a year before the report's ``year``."""
    if not label:
        return False
    if any(w in squash(label) for w in PAST_COST_WORDS):
        return True
    m = _YEAR.search(label) if year is not None else None
    if m is None or year is None:
        return False
    named = int(m["full"]) if m["full"] else 2000 + int(m["short"])
    return named < year
