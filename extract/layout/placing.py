"""Where an item of the outline goes: the rules :func:`extract.layout.nesting.nest` asks.

Each is a small predicate over the item, the items after it and the stack of open
nodes: a bullet set inside the one before it (PDF indents), a short line alone in its
box that titles the list after it, an overview told again in detail, which open items a
new section closes.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from extract.layout.markers import WORD_KIND, Marker
from extract.layout.marking import kind_key
from extract.layout.nodes import MAX_TITLE_CHARS, Marked, Node, NodeKind
from extract.layout.vocab import SUMMARY_GLYPHS

#: a box on a page: (x0, top, x1, bottom), in points from the top left
BBox = tuple[float, float, float, float]
#: how far (pt) two boxes' tops and bottoms may differ and still stand on the same rows
SAME_ROWS = 3.0

#: a line starting this far (pt) right of a bullet's line is set inside the bullet
MIN_INDENT = 5.0
MAX_INDENT = 30.0


def set_inside(
    it: Marked, open_item: Node, top: Node, m: Marker, indents: Mapping[int, float]
) -> bool:
    """A bullet drawn in a private-use glyph (its code lost in the export, so two
    different marks read as one kind) of a kind open higher up, set right of both that
    item and the last open one: one step under the last (a "⇨" under a "-" item, read
    as the "□" of the labels above), not the next of that higher list (PDF)."""
    here = indents.get(it.lines[0].no)
    glyph = it.lines[0].raw.lstrip()[:1]
    if here is None or m.number is not None or open_item is top or not top.lines:
        return False
    if not glyph or unicodedata.category(glyph) != "Co":
        return False
    left = indents.get(open_item.lines[0].no) if open_item.lines else None
    last = indents.get(top.lines[0].no)
    return (
        left is not None and last is not None
        and here - left >= MIN_INDENT and here - last >= MIN_INDENT
    )  # fmt: skip


def overview_again(open_item: Node | None, m: Marker) -> bool:
    """A list starting again at 1 where the open item of its kind has nothing under it."""
    return (
        open_item is not None
        and m.ordinal == 1
        and open_item.marker is not None
        and (open_item.marker.ordinal or 0) > 1
        and not open_item.children
        and not open_item.body_lines
    )


def pop_bullets(stack: list[Any], marker_of: Callable[[Any], Marker | None]) -> None:
    """A heading number closes the bullets open above it."""
    while len(stack) > 1:
        m = marker_of(stack[-1])
        if m is None or m.is_top or m.number is not None:
            break
        stack.pop()


def node_kind(m: Marker) -> NodeKind:
    if m.kind == "roman":
        return "heading"
    if m.kind == "appendix":
        return "appendix"
    if m.is_note:
        return "note"
    if m.number is not None:
        return "item"
    return "bullet"


def boxed_before(
    it: Marked, after: Sequence[Marked], box_of: Mapping[int, int], box_size: Counter[int]
) -> Marker | None:
    """The marker of the line right after ``it`` on its page, where ``it`` is a short
    unmarked line alone in its box (a picture's caption at a page's foot titles nothing)."""
    box = box_of.get(it.lines[0].no)
    if (
        box is None
        or len(it.lines) != 1
        or len(it.title) > MAX_TITLE_CHARS
        or box_size[box] != 1
        or not after
        or after[0].marker is None
        or after[0].marker.is_top
        or after[0].lines[0].page != it.lines[0].page
    ):
        return None
    return after[0].marker


def titles_a_list(
    it: Marked, after: Sequence[Marked], box_of: Mapping[int, int], box_size: Counter[int]
) -> bool:
    """A short unmarked line alone in its box, right before a numbered item: the
    title of a group of items ("노동시장 격차 해소" over ① .. ③)."""
    m = boxed_before(it, after, box_of, box_size)
    return m is not None and m.number is not None


def bands_a_list(
    it: Marked, after: Sequence[Marked], box_of: Mapping[int, int], box_size: Counter[int]
) -> bool:
    """A short unmarked line alone in its box, right before a bullet (not in a box of
    its own) on its page: the title of the part the bullets make ("여성 관련 현황" in a
    shaded band over ❍ lines)."""
    m = boxed_before(it, after, box_of, box_size)
    return (
        m is not None
        and m.number is None
        and not m.is_note
        and box_of.get(after[0].lines[0].no) is None
    )


def open_top(stack: Sequence[Node]) -> Node | None:
    """The open top heading, if any."""
    return stack[1] if len(stack) > 1 and stack[1].marker is not None else None


#: a title set in no box is at most this far (pt) left of the box of its list (as the
#: PDF reader groups it: extract.read.pdf.regions.BESIDE_GAP)
TITLE_REACH = 80.0


def beside_title(
    it: Marked,
    m: Marker,
    title: Node,
    box_of: Mapping[int, int],
    box_size: Counter[int],
    bounds: Mapping[int, BBox],
    spots: Mapping[int, BBox] = {},
) -> bool:
    """The first item of a box drawn right of a box of the same rows that holds one item
    only: that item titles the list ("1 글로벌 수준의 관광 콘텐츠 특화도시 조성" in its box,
    "① … ④" in the box beside it), so the list is under it (PDF).  A title set in no box
    titles the list too when all its lines stand left of the list's box, within its rows
    (``spots``: where each line is set)."""
    own = box_of.get(it.lines[0].no)
    other = box_of.get(title.lines[0].no) if title.lines else None
    if own is None or own == other or own not in bounds or box_of.get(it.lines[0].no - 1) == own:
        return False  # the item is in no box, or not the first of its box
    if box_size[own] < 2 or (title.marker is not None and title.marker.kind == m.kind):
        return False  # no list beside it, or a row of boxes alike ("전략 1" | "전략 2")
    x0, top, _, bottom = bounds[own]
    if other is None:
        page = it.lines[0].page
        at = [spots.get(ln.no) if ln.page == page else None for ln in title.lines]
        return (
            bool(at)
            and all(
                s is not None and s[2] <= x0 + SAME_ROWS
                and s[1] >= top - SAME_ROWS and s[3] <= bottom + SAME_ROWS
                for s in at
            )
            and x0 - max(s[2] for s in at if s is not None) <= TITLE_REACH
        )  # fmt: skip
    if other not in bounds or len(title.lines) != box_size[other]:
        return False  # the title box holds more than the title
    _, o_top, o_x1, o_bottom = bounds[other]
    return (
        o_x1 <= x0 + SAME_ROWS
        and abs(top - o_top) <= SAME_ROWS and abs(bottom - o_bottom) <= SAME_ROWS
    )  # fmt: skip


def goes_on(prev: Node, m: Marker) -> bool:
    """Whether ``m`` numbers the item after ``prev`` in one list (same kind, next)."""
    mk = prev.marker
    return (
        mk is not None and mk.kind == m.kind and mk.ordinal is not None
        and m.ordinal == mk.ordinal + 1
    )  # fmt: skip


def leads(node: Node, here: float | None, indents: Mapping[int, float]) -> bool:
    """Whether ``node`` is a summary line ("❖ ...") set right of a bullet that starts at
    ``here``: the bullet stands beside it, under the title both are set under."""
    m = node.marker
    if m is None or m.number is not None or here is None or not node.lines:
        return False
    there = indents.get(node.lines[0].no)
    return m.text[:1] in SUMMARY_GLYPHS and there is not None and here <= there - MIN_INDENT


def list_closed_before(stack: Sequence[Node], m: Marker) -> int | None:
    """Where a numbered marker continues a list that is no longer open: the nearest open
    node whose last item of the marker's kind is numbered just before it."""
    if m.number is None or m.ordinal is None or m.ordinal < 2:
        return None
    k = kind_key(m)
    for j in range(len(stack) - 1, -1, -1):
        before = next(
            (c.marker for c in reversed(stack[j].children)
             if c.marker is not None and kind_key(c.marker) == k),
            None,
        )  # fmt: skip
        if before is not None:
            return j if before.ordinal == m.ordinal - 1 else None
    return None


def word_box_open(stack: Sequence[Node], m: Marker) -> int | None:
    """Where a word's box numbered 1 ("중점과제 1") opens beside the box of another word
    ("정책방향 5"): the nearest open item numbered by another word whose children hold a
    numbered list of their own (else the new box is its first item: "전략 1" / "과제 1")."""
    if not (m.kind.startswith(WORD_KIND) and m.ordinal == 1):
        return None
    for j in range(len(stack) - 1, 0, -1):
        open_m = stack[j].marker
        if open_m is None or not open_m.kind.startswith(WORD_KIND) or open_m.number is None:
            continue
        if open_m.kind == m.kind:
            return None
        own = f"{open_m.number}-"  # (its own items carry its number: "5-①")
        lists = any(
            c.marker is not None and (c.marker.number or "").startswith(own)
            for c in stack[j].children
        )
        return j if lists else None
    return None


def bullets_next(items: Sequence[Marked], index: int) -> bool:
    """Whether unnumbered bullets (no notes) follow the item at ``index``."""
    nxt = items[index + 1].marker if index + 1 < len(items) else None
    return nxt is not None and nxt.number is None and not nxt.is_note and not nxt.is_top


def box_before(
    stack: Sequence[Node], m: Marker, it: Marked, boxes: Mapping[int, int]
) -> int | None:
    """Where a bullet set in a box goes on a list of boxes of its kind: the nearest open
    node with a child of the bullet's kind in a box of its own (which that box closed),
    looked for no higher than the item or title the bullet stands in."""
    if m.number is not None or m.is_note or boxes.get(it.lines[0].no) is None:
        return None
    k = kind_key(m)
    for j in range(len(stack) - 1, 0, -1):
        node = stack[j]
        for child in node.children:
            if (
                child.marker is not None
                and kind_key(child.marker) == k
                and child.lines
                and boxes.get(child.lines[0].no) is not None
            ):
                return j
        if node.marker is None or node.marker.number is not None:
            return None  # (an item or a title holds a list of its own)
    return None
