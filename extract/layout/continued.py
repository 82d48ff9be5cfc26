"""An item a report carries over to its next page under the same number and title with a
page mark ("1. 스마트 관광도시 조성 (1/2)" / "1. 스마트 관광도시 조성 (2/2)", a slide deck's or a
card's second page): one item, not two.

The second's heading stays in the tree as a ``title`` node under the first (its line is
read, not residue), holding what the second page holds; the first loses its page mark.
"""

from __future__ import annotations

import regex

from extract.layout.nodes import Node

#: a page mark closing a title: "(1/2)", "( 2 / 3 )", "[2/2]"
_PAGE_MARK = regex.compile(r"(?<!\s)\s*+[(（\[]\s*+(?P<k>\d)\s*+/\s*+(?P<n>\d)\s*+[)）\]]\s*+$")


def page_mark(title: str) -> tuple[str, int, int] | None:
    """(the title without it, its page, its pages) of a title closed by a page mark;
    None for any other title.

    >>> page_mark("스마트 관광도시 조성 (2/2)"), page_mark("2025 추진실적(3)")
    (('스마트 관광도시 조성', 2, 2), None)
    """
    m = _PAGE_MARK.search(title)
    if m is None or not 1 <= int(m["k"]) <= int(m["n"]) <= 9 or not title[: m.start()].strip():
        return None
    return title[: m.start()].rstrip(), int(m["k"]), int(m["n"])


def _same_item(first: Node, later: Node) -> bool:
    a, b = first.marker, later.marker
    if a is None or b is None or a.kind != b.kind or a.number != b.number:
        return False
    one, other = page_mark(first.title), page_mark(later.title)
    return one is not None and other is not None and one[0] == other[0] and other[1] > one[1]


def merge_continued(root: Node) -> None:
    """Each item carried over to later pages under its number and title with page marks
    made one: the later headings ``title`` nodes under it, with what they hold."""
    for node in list(root.walk()):
        kids = node.children
        i = 0
        while i < len(kids):
            later = kids[i]
            mark = page_mark(later.title) if later.marker is not None else None
            first = None if mark is None or mark[1] < 2 else next(
                (k for k in reversed(kids[:i]) if _same_item(k, later)), None
            )  # fmt: skip
            if first is None:
                i += 1
                continue
            del kids[i]
            later.kind, later.marker, later.parent = "title", None, first
            first.children.append(later)
        for k in kids:
            if (mark := page_mark(k.title)) is not None and any(
                c.kind == "title" and page_mark(c.title) is not None for c in k.children
            ):
                k.title = mark[0]
