"""A line that lists a body's branch offices under their kind (a 군's `○ 보건지소(5) :
한내보건지소, …`, `○ 보건진료소(12) : …`, or a 농업기술센터's `○ 읍면 농업인상담소(8) :
가온읍상담소, …`): each name a unit of that kind
(:data:`extract.parse.org_vocab.BRANCH_OFFICE_WORDS`), in a body's own chart and in a
chapter of a report by unit alike."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.parse.org_vocab import BRANCH_OFFICE_WORDS, BRANCH_SHORT_WORDS


def branch_kind(label: str, names: Sequence[str]) -> str | None:
    """The kind of branch office a list's label (spaces aside) names where each name ends
    in the kind's word (or its short form) and is longer than it; None for any other list.

    >>> branch_kind("보건진료소", ["금곡보건진료소", "대평보건진료소"])
    '보건진료소'
    >>> branch_kind("읍면농업인상담소", ["가온읍상담소", "서창면상담소"])
    '농업인상담소'
    >>> branch_kind("보건지소", ["진료", "예방접종"]) is None
    True
    """
    kind = max((w for w in BRANCH_OFFICE_WORDS if label.endswith(w)), key=len, default=None)
    if kind is None or not names:
        return None
    ends = (kind, BRANCH_SHORT_WORDS.get(kind, kind))
    ok = all(any(n.endswith(e) and len(n) > len(e) for e in ends) for n in names)
    return kind if ok else None


#: a branch office's place in a bracket after its name ("한내보건지소(한내면)",
#: "금곡보건진료소 (금곡리)"): where it stands, no part of its name
_PLACE = regex.compile(r"(?<=\p{Hangul})\s{0,2}+[(（]\s{0,2}+\p{Hangul}{1,8}+\s{0,2}+[)）]")
#: the label's count of its offices after it, "보건지소 2개소 :", as in a bracket
_COUNT_AFTER = regex.compile(r"(?<=\p{Hangul})\s{1,3}+(\d{1,3}+)\s{0,2}+개(?:소|所)?+(?=\s*+[:：])")


def branch_text(text: str) -> str:
    """A line listing branch offices by kind as its plain form reads: each office's place
    in a bracket left out, the label's count after it set in a bracket; ``text`` itself for
    a line whose label names no kind of branch office.

    >>> branch_text("○ 보건지소(2) : 한내보건지소(한내면), 서창보건지소(서창면)")
    '○ 보건지소(2) : 한내보건지소, 서창보건지소'
    >>> branch_text("○ 보건진료소 3개소 : 금곡보건진료소, 대평보건진료소, 신촌보건진료소")
    '○ 보건진료소(3) : 금곡보건진료소, 대평보건진료소, 신촌보건진료소'
    >>> branch_text("○ 사업소(2) : 은평의마을(은평구), 영보자애원")
    '○ 사업소(2) : 은평의마을(은평구), 영보자애원'
    """
    label, colon, names = text.partition(":")
    if not colon:
        label, colon, names = text.partition("：")
    # (a count opens after no digit: a long run of digits is tried once, not at each one)
    word = "".join(regex.sub(r"[(（][^()（）]*+[)）]|(?<!\d)\d++\s*+개소?+", "", label).split())
    if not colon or not any(word.endswith(w) for w in BRANCH_OFFICE_WORDS):
        return text
    return str(_COUNT_AFTER.sub(r"(\1)", label + colon)) + str(_PLACE.sub("", names))
