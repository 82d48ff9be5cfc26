"""Notes that name the item they note: a run of asterisks set after a word of it.

A report sets its notes right under the item they note, or gathers them in a box after
a run of items, each marked with as many asterisks as the word it notes ("「여기, 지금
책방*」 운영" ... "* 여기, 지금 책방"; "시험*", "(PSAT)**" ... "* KBS …", "** PSAT …").
Nesting puts every note under the item just before it; a note whose asterisks that item
does not carry goes to the nearest item before it, under the same parent's parent, that
does and has no note of that mark under it yet.  A note whose mark no item carries, or
a ※ note, stays where it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from extract.layout.markers import note_mark
from extract.layout.nodes import Node

#: the asterisks a note is marked with (full-width ones read alike)
_STARS = "*＊"


def attach_to_marked(root: Node) -> None:
    """Each asterisk note under ``root`` moved under the item whose text carries its mark,
    where that is not the item it stands under (see the module's docstring): looked for
    back from the note, in walk order, no higher than its parent's parent nor above the
    numbered item it stands in."""
    order = [n for n in root.walk() if n is not root]
    pos = {id(n): i for i, n in enumerate(order)}  # (a subtree is a slice of the walk)
    texts: dict[int, str] = {}
    carriers: dict[int, list[int]] = {}  # stars -> the walk positions of texts with the mark

    def text(n: Node) -> str:
        if id(n) not in texts:
            texts[id(n)] = n.text
        return texts[id(n)]

    for note in [n for n in order if _stars(n)]:
        parent = note.parent
        if parent is None or parent.parent is None:
            continue
        stars = _stars(note)
        mark = note_mark(stars)
        if mark.search(text(parent)):
            continue
        numbered = parent.marker is not None and parent.marker.number is not None
        scope = parent if numbered or parent.parent.parent is None else parent.parent
        marked = carriers.get(stars)
        if marked is None:  # (where in the walk the texts that carry the mark stand)
            marked = carriers[stars] = [i for i, n in enumerate(order) if mark.search(text(n))]
        lo, hi = pos[id(scope)], pos[id(note)]
        target = None
        for k in range(bisect_left(marked, hi) - 1, -1, -1):
            if marked[k] < lo:
                break  # (out of the scope)
            n = order[marked[k]]
            if _open_marks(n, mark, stars, text(n)):
                target = n
                break
        if target is None:
            continue
        parent.children.remove(note)
        note.parent = target
        target.children.append(note)
        target.children.sort(key=lambda n: n.first_line() or 0)


def _open_marks(node: Node, mark: re.Pattern[str], stars: int, text: str) -> int:
    """How many of ``node``'s marks of ``stars`` asterisks (in its ``text``) have no note
    under it yet."""
    found = len(mark.findall(text))
    if not found:
        return 0
    return max(0, found - sum(1 for child in node.children if _stars(child) == stars))


def _stars(node: Node) -> int:
    """How many asterisks mark ``node`` as a note (0: none, or no note)."""
    if node.kind != "note" or node.marker is None:
        return 0
    text = node.marker.text.strip()
    return len(text) if text and all(c in _STARS for c in text) else 0
