"""Lines that a wrap split, joined back: with a space, unless typography says none.

Neither a text export nor a PDF says whether a wrap fell between two words or inside
one; a space keeps both readable.  Some marks say it, whatever the layout engine:
nothing stands between an opening bracket and what it opens, between a word and the
closing bracket, comma or full stop after it, or around a middle dot, a tilde or a
hyphen set inside a word ("환경·경제가 융합·" / "순환되는", "’21.3월~" / "12월",
"70-" / "80억씩", "(" / "민간위탁금 포함" / ")").

>>> join_wrapped(["서울혁신파크 운영 (", "민간위탁금 포함", ")"])
'서울혁신파크 운영 (민간위탁금 포함)'
>>> join_wrapped(["갈등유형·", "사례별 교육"])
'갈등유형·사례별 교육'
>>> join_wrapped(["추진", "’25.上"])  # a year's apostrophe
'추진 ’25.上'
>>> join_wrapped(["연구용역", "’ 최종보고"])  # a quote that closes, as it stands
'연구용역’ 최종보고'
"""

from __future__ import annotations

from collections.abc import Iterable

from extract.normalize.vocab import MIDDLE_DOTS, QUOTE_MARKS, TILDES

#: brackets that open: nothing stands between one and what follows it
OPENING = frozenset("(「『[〈《【｛{")
#: brackets and marks that close or end a clause: nothing stands between the word and one
CLOSING = frozenset(")」』]〉》】｝},.?!")
#: quote marks, which open or close as they stand (one glyph does both in reports, and
#: the same glyphs are a year's apostrophe: "’25.")
QUOTES = frozenset((*QUOTE_MARKS, "“", "”", '"'))
#: marks that join two words set tight ("융합·순환", "3월~12월")
JOINERS = frozenset(MIDDLE_DOTS + TILDES)
#: hyphens that join two words or figures set tight ("70-80억씩", "지자체-대학")
HYPHENS = frozenset("-‐‑")


def tight(before: str, after: str) -> bool:
    """Whether a wrap between ``before`` and ``after`` (both stripped, non-empty) fell
    inside a word, as the marks at the wrap say."""
    last, first = before[-1], after[0]
    inside = len(before) > 1 and not before[-2].isspace()
    if last in OPENING or (last in QUOTES and not inside):
        return True  # "(" / "민간위탁금", "과 ‘" / "생태문명"
    if first in CLOSING:
        return True
    if last in JOINERS and inside and (first.isalnum() or first in QUOTES):
        return True  # "보건·" / "복지", "’25.3.~" / "’25.12."
    if first in QUOTES:
        # "연구용역" / "’ 최종" closes; "’ 24. 1." (letter-spaced) is a year's apostrophe
        rest = after[1:]
        return not rest or (rest[0].isspace() and not rest.lstrip()[:1].isdigit())
    return last in HYPHENS and inside and before[-2].isalnum() and first.isalnum()


def join_wrapped(parts: Iterable[str]) -> str:
    """``parts`` (lines of one paragraph) joined: single spaces, none where :func:`tight`
    says the wrap fell inside a word; the spaces inside each part collapsed."""
    out = ""
    for part in parts:
        text = " ".join(part.split())
        if not text:
            continue
        out = f"{out}{'' if tight(out, text) else ' '}{text}" if out else text
    return out
