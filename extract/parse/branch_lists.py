"""A line that lists a body's branch offices under their kind, in a chapter of a report by
unit (a 군's `Ⅰ. 보건소` / `1. 일반현황` / `○ 보건지소(5) : 한내보건지소, …`, `○ 보건진료소(12) :
…`, or a 농업기술센터's `○ 읍면 농업인상담소(8) : 가온읍상담소, …`): each name a unit of that
kind under the chapter's unit (:data:`extract.parse.org_vocab.BRANCH_OFFICE_WORDS`)."""

from __future__ import annotations

from extract.parse.org_boxes import labelled_names
from extract.parse.org_vocab import BRANCH_OFFICE_WORDS, BRANCH_SHORT_WORDS


def branch_listing(text: str) -> tuple[str, list[str]] | None:
    """The kind of branch office a line lists and the names it lists, each ending in the
    kind's word (or its short form) and longer than it; None for any other line.

    >>> branch_listing("○ 보건진료소(2) : 금곡보건진료소, 대평보건진료소")
    ('보건진료소', ['금곡보건진료소', '대평보건진료소'])
    >>> branch_listing("○ 읍면 농업인상담소(2) : 가온읍상담소, 서창면상담소")
    ('농업인상담소', ['가온읍상담소', '서창면상담소'])
    >>> branch_listing("○ 보건지소(2) : 진료 및 예방접종, 건강검진") is None
    True
    """
    found = labelled_names(text)
    if found is None:
        return None
    label, names = found
    kind = max((w for w in BRANCH_OFFICE_WORDS if label.endswith(w)), key=len, default=None)
    if kind is None:
        return None
    ends = (kind, BRANCH_SHORT_WORDS.get(kind, kind))
    if not names or not all(any(n.endswith(e) and len(n) > len(e) for e in ends) for n in names):
        return None
    return kind, names
