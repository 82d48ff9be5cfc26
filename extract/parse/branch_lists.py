"""A line that lists a body's branch offices under their kind (a 군's `○ 보건지소(5) :
한내보건지소, …`, `○ 보건진료소(12) : …`, or a 농업기술센터's `○ 읍면 농업인상담소(8) :
가온읍상담소, …`): each name a unit of that kind
(:data:`extract.parse.org_vocab.BRANCH_OFFICE_WORDS`), in a body's own chart and in a
chapter of a report by unit alike."""

from __future__ import annotations

from collections.abc import Sequence

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
