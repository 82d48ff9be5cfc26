"""Chapters whose headings the body draws as pictures: a banner image over each chapter
(`Ⅰ. 일반현황` set in a picture, no text of it in the file), so that the body's numbered
items run on with no heading over them, their numbers starting again at `1.` at each
chapter.  The table of contents names the chapters: where its entries are as many as
the runs of items numbered from 1, each run is the chapter its entry names, in order.

The heading a picture stands for has no line of its own: the node holds none (its
place is its first item's), its marker and title are the contents entry's.
"""

from __future__ import annotations

from extract.layout.contents import PAGE_REF
from extract.layout.markers import Marker, read_marker
from extract.layout.nodes import Node, Outline

#: what follows a contents entry's title, before its page number: leader dots
_LEADERS = " ·.…‥-\t"


def contents_entries(contents: Node) -> list[tuple[Marker, str]]:
    """The chapters a table of contents lists: (numeral, title) in order."""
    out = []
    for ln in contents.lines:
        found = read_marker(ln.text.strip())
        if found is None or not found[0].is_top:
            continue
        title = PAGE_REF.sub("", found[1]).rstrip(_LEADERS).strip()
        if title:
            out.append((found[0], title))
    return out


def _runs(nodes: list[Node]) -> list[list[Node]] | None:
    """The nodes in runs, each opened by an item numbered 1; None where a node stands
    before the first."""
    runs: list[list[Node]] = []
    for n in nodes:
        first = n.kind == "item" and n.marker is not None and n.marker.ordinal == 1
        if first:
            runs.append([n])
        elif runs:
            runs[-1].append(n)
        else:
            return None
    return runs


def chapters_from_contents(outline: Outline) -> Outline:
    """The outline with a heading over each run of items the contents names a chapter
    (as it is where the body heads its chapters itself, or the counts differ)."""
    root = outline.root
    kids = root.children
    if any(k.kind == "heading" for k in kids):
        return outline
    at = next((i for i, k in enumerate(kids) if k.kind == "contents"), None)
    if at is None:
        return outline
    entries = contents_entries(kids[at])
    runs = _runs(kids[at + 1 :])
    if len(entries) < 2 or runs is None or len(runs) != len(entries):
        return outline
    heads = []
    for (marker, title), run in zip(entries, runs, strict=True):
        head = Node("heading", marker, title, [], 0, root, run)
        for n in run:
            n.parent = head
        heads.append(head)
    root.children = [*kids[: at + 1], *heads]
    return Outline.of(root)
