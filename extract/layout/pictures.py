"""Captions of pictures: a short line set right under or over a picture drawn on the
page ("조감도①" over a bird's-eye view, "[BIG BUS] [스마트 버스 스테이션]" under two
photographs), or one that says it is a caption ("<그림 1> 시설 전경", in any
format), is the picture's caption, drawn content kept in the outline as a figure, not
stray text (residue).

Only the lines the outline left out are looked at; where they are drawn only where the
reader says where pictures and lines are (PDF).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from extract.document import PICTURE_MARK, BBox, Line
from extract.layout.markers import read_marker
from extract.layout.nodes import Node, Outline
from extract.layout.vocab import FIGURE_WORDS
from extract.normalize.vocab import CLOSE_CLASS, COUNT_UNITS, OPEN_CLASS

#: how far (x the line's height) a caption stands from the edge of its picture, at most
CAPTION_GAP = 2.0
#: the longest caption (a sentence under a picture is text of its own)
MAX_CAPTION = 80
#: nodes a caption is never put under: a note (it may stand moved under the item its
#: mark names), a list of contents, another figure
SET_ASIDE = frozenset({"note", "contents", "figure"})


def _owner(node: Node, caption: Line) -> Node:
    """The node a caption goes under: ``node``, the node of the line before it; where
    that line is on a page before the caption's, the open item or heading above an
    unnumbered bullet (a picture that starts a page is the item's, not its last
    bullet's)."""
    if node.lines and node.lines[-1].page == caption.page:
        return node
    while node.parent is not None and node.parent.kind != "root" and (
        node.marker is not None and node.marker.number is None
    ):
        node = node.parent
    return node


#: counters a figure's number may be one of, where it is no caption's ("사진 3 매")
COUNTERS = sorted({*COUNT_UNITS, "매", "위", "장", "점"}, key=len, reverse=True)


#: a picture's or a chart's caption by its words: "<그림 1> …", "[사진 2] …", "그림 3."
_FIGURE_CAPTION = regex.compile(
    rf"^\s*+[{OPEN_CLASS}]?\s*+(?:" + "|".join(FIGURE_WORDS) + r")\s*+\d{1,3}(?:[-.]\d{1,3})?+"
    # (its number, then a closing bracket, a stop or a colon, or a space and no counter:
    # not "사진 3매 첨부", "차트 1위 달성")
    + rf"(?:[{CLOSE_CLASS}.:：]|\s++(?!(?:{'|'.join(COUNTERS)})(?![가-힣])))"
)


def is_figure_caption(text: str) -> bool:
    """A line that captions a picture or chart by its words, wherever it is drawn (a
    Hangul file says nothing of where its picture stands).

    >>> is_figure_caption("<그림 1> 시설 전경"), is_figure_caption("그림자 노동")
    (True, False)
    >>> is_figure_caption("【그림 2】 조직도"), is_figure_caption("사진 3매 첨부")
    (True, False)
    """
    return len(text.strip()) <= MAX_CAPTION and bool(_FIGURE_CAPTION.match(text))


def is_caption(spot: BBox, pictures: Sequence[BBox]) -> bool:
    """Whether a line drawn at ``spot`` stands right under or over one of ``pictures``,
    within their width.

    >>> photo = (100.0, 100.0, 300.0, 250.0)
    >>> is_caption((150.0, 256.0, 250.0, 266.0), [photo])  # under it
    True
    >>> is_caption((150.0, 80.0, 250.0, 92.0), [photo])  # over it
    True
    >>> is_caption((150.0, 300.0, 250.0, 310.0), [photo])  # further down the page
    False
    >>> is_caption((320.0, 256.0, 450.0, 266.0), [photo])  # beside its foot
    False
    """
    x0, top, x1, bottom = spot
    gap = CAPTION_GAP * (bottom - top)
    near = [
        p for p in pictures
        if -gap / 2 <= top - p[3] <= gap or -gap / 2 <= p[1] - bottom <= gap
    ]  # fmt: skip
    if not near:
        return False
    left, right = min(p[0] for p in near), max(p[2] for p in near)
    return left <= (x0 + x1) / 2 <= right


def captions_after_pictures(lines: Sequence[Line]) -> set[int]:
    """The lines right after a picture a Hangul file draws in its text's flow (a blank
    line of :data:`~extract.document.PICTURE_MARK`) that caption it: short, no item of
    the outline, set in angle brackets or naming a picture ("‹ 구민체육대회 (’25. 10.
    12.) ›", "<사진 1> 착공식")."""
    out: set[int] = set()
    after = False
    for ln in lines:
        if ln.raw == PICTURE_MARK:
            after = True
        elif ln.is_content:
            text = ln.text.strip()
            if after and len(text) <= MAX_CAPTION and read_marker(text) is None and (
                _ANGLED.match(text) or is_figure_caption(text)
            ):
                out.add(ln.no)
            after = False
    return out


#: a caption set in angle brackets ("‹ 구민체육대회 (’25. 10. 12.) ›", "< 착공식 >"); not a
#: title in lenticular ones, "【 추진 계획 】"
_ANGLED = regex.compile(r"^[<‹〈《＜].*[>›〉》＞]$")


def add_captions(
    outline: Outline,
    lines: Sequence[Line],
    skip: set[int] | frozenset[int],
    spots: Mapping[int, BBox],
    pictures: Mapping[int, Sequence[BBox]],
    captions: set[int] | frozenset[int] = frozenset(),
) -> Outline:
    """``outline`` with each caption it left out a figure under the node of the line
    before it (none before it: the caption stays out, residue); ``captions``: lines
    known to caption a picture (:func:`captions_after_pictures`)."""
    placed = outline.line_node
    added = False
    owner: Node | None = None
    for ln in lines:
        if ln.no in placed:
            node = placed[ln.no]
            # (a note may stand moved under the item its mark names, and a divider's list
            # is its part's: the caption goes by the item in the text's flow)
            if node.kind not in SET_ASIDE:
                owner = node
            continue
        if not ln.is_content or ln.no in skip or len(ln.text.strip()) > MAX_CAPTION:
            continue
        spot, drawn = spots.get(ln.no), pictures.get(ln.page or 0, ())
        by_place = (spot is not None and is_caption(spot, drawn)) or ln.no in captions
        if owner is None or not (by_place or is_figure_caption(ln.text)):
            continue
        parent = _owner(owner, ln)
        figure = Node("figure", None, ln.text.strip(), [ln], 1, parent)
        kids = parent.children
        at = next((i for i, k in enumerate(kids) if (k.first_line() or 0) > ln.no), len(kids))
        kids.insert(at, figure)  # (in document order among the node's children)
        added = True
    if not added:
        return outline
    return Outline.of(outline.root)
