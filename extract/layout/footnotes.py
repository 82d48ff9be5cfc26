"""Notes that name the item they note: a run of asterisks, or a footnote's number, set
after a word of it.

A report sets its notes right under the item they note, or gathers them in a box after
a run of items, each marked with as many asterisks as the word it notes ("「여기, 지금
책방*」 운영" ... "* 여기, 지금 책방"; "시험*", "(PSAT)**" ... "* KBS …", "** PSAT …").
Nesting puts every note under the item just before it; a note whose asterisks that item
does not carry goes to the nearest item before it, under the same parent's parent, that
does and has no note of that mark under it yet.  A note whose mark no item carries, or
a ※ note, stays where it is.

A page's footnotes, numbered "1)", "2)" at its foot (관광마이스국 p28 "1) UCLG(United Cities
…) : 세계지방정부연합, …" under "ㅇ UCLG1), CITYNET2)(7월), …"), are notes, not a list of
items (:func:`page_footnotes`): each goes under the item on its page that carries its
term and number.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache

from extract.document import Line
from extract.layout.markers import note_mark
from extract.layout.nodes import Marked, Node

#: the asterisks a note is marked with (full-width ones read alike)
_STARS = "*＊"
#: the kind a page's footnote takes ("1) UCLG …" at the foot of the page)
FOOTNOTE_KIND = "note:fn"
#: a footnote's number and the term it explains, as its line starts
_FOOTNOTE = re.compile(r"^(?P<num>\d{1,2})\)$")
_TERM = re.compile(r"^[^\s(:：]{2,}")


@cache
def _reference(term: str, num: str) -> re.Pattern[str]:
    """The term with the footnote's number raised after it ("UCLG1)", "UCLG 1)")."""
    return re.compile(re.escape(term) + r"\s?" + num + r"\)")


#: a footnote's mark the PDF reader wrote as superscripts after its word ("쉼터⁹⁾")
_RAISED = re.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})⁾")
_FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_TO_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
#: a line a footnote's number opens ("1) 2026. 1. 1. 조직개편으로 …")
_NUMBERED = re.compile(r"^\s*+(\d{1,2})\)\s")


def raised_marks(lines: Sequence[Line]) -> dict[int, dict[int, int]]:
    """Page -> the number of each footnote mark set raised on it (in a table's cell too),
    as the lines' raw text keeps them, and the first line it is set in."""
    out: dict[int, dict[int, int]] = {}
    for ln in lines:
        if ln.page is not None and "⁾" in ln.raw:
            marks = out.setdefault(ln.page, {})
            for m in _RAISED.finditer(ln.raw):
                if m.start() and not ln.raw[m.start() - 1].isspace():  # (not a note's own)
                    marks.setdefault(int(m[1].translate(_FROM_SUPERSCRIPT)), ln.no)
    return out


def _marked_before(n: int, line: Line, marks: Mapping[int, Mapping[int, int]]) -> bool:
    """Whether footnote ``n``'s mark is set raised on ``line``'s page, before it."""
    at = marks.get(line.page, {}).get(n) if line.page is not None else None
    return at is not None and at < line.no


def is_page_footnote(line: Line, marks: Mapping[int, Mapping[int, int]]) -> bool:
    """A line a footnote's number opens whose mark is set raised on its page before it."""
    m = _NUMBERED.match(line.text)
    return m is not None and _marked_before(int(m[1]), line, marks)


def page_footnotes(
    items: Sequence[Marked], marks: Mapping[int, Mapping[int, int]] | None = None
) -> list[Marked]:
    """``items`` with each page's footnotes made notes: an item numbered "N)" whose first
    word, with its number raised after it ("UCLG1)"), stands in a line earlier on its
    page, or whose mark the page sets raised (``marks``, :func:`raised_marks`: "기후에너지
    과¹⁾" in a table's cell), and the footnotes after it on the page.  A file without
    pages (a text export) has none."""
    out = list(items)
    page_text: dict[int, list[str]] = {}
    last_note: dict[int, int] = {}  # page -> the number of its last footnote
    for i, it in enumerate(items):
        m = it.marker
        page = it.lines[0].page
        if page is None:
            continue  # (a text export has no page foot: its "1)" lists are lists)
        num = _FOOTNOTE.match(m.text) if m is not None else None
        if m is not None and num is not None:
            n = int(num["num"])
            term = _TERM.match(it.title)
            text = "\n".join(page_text.get(page, ()))  # (a page is short; notes are few)
            raised = _marked_before(n, it.lines[0], marks or {}) or (
                term is not None and _reference(term[0], num["num"]).search(text) is not None
            )
            if raised or last_note.get(page) == n - 1:  # (or the next of the page's notes)
                out[i] = replace(it, marker=m._replace(kind=FOOTNOTE_KIND))
                last_note[page] = n
                continue
        page_text.setdefault(page, []).extend(ln.text for ln in it.lines)
    return out


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

    for note in [n for n in order if _is_footnote(n)]:
        _to_reference(note, order, pos)
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


def _is_footnote(node: Node) -> bool:
    return node.marker is not None and node.marker.kind == FOOTNOTE_KIND


def _to_reference(note: Node, order: list[Node], pos: dict[int, int]) -> None:
    """Move a page's footnote under the nearest node before it on its page whose text
    carries its term and number."""
    assert note.marker is not None
    num, term = _FOOTNOTE.match(note.marker.text), _TERM.match(note.title)
    if num is None or term is None or not note.lines or note.parent is None:
        return
    ref, page = _reference(term[0], num["num"]), note.lines[0].page
    # (or its mark set raised after any word: "공사 착공⁶⁾", kept in the lines' raw text)
    raised = num["num"].translate(_TO_SUPERSCRIPT) + "⁾"
    for k in range(pos[id(note)] - 1, -1, -1):
        n = order[k]
        if not n.lines or n.lines[0].page != page:
            break
        if n is not note.parent and (
            ref.search(n.text) or any(raised in ln.raw for ln in n.lines)
        ):
            note.parent.children.remove(note)
            note.parent = n
            n.children.append(note)
            n.children.sort(key=lambda c: c.first_line() or 0)
            return


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
