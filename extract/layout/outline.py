"""Lines -> the report's outline: a tree of headings, numbered items and bullets.

Stages, each a plain function:

* :func:`mark_lines` - each line's marker (:mod:`extract.layout.markers`); a
  marker alone on its line ("Ⅰ." above "일 반 현 황", a card number in its own
  box, "1-1" above its title) is joined with the line after it;
* :func:`find_contents` - a table of contents (보고순서, 목차, or a run of
  headings that end in page numbers) is set apart: it is not the body;
* :func:`learn_order` - which marker kind nests under which, learned from the
  document itself (what follows what), so "□ > ○ > -" in one report and
  "○ > □" in another both nest right;
* :func:`extract.layout.nesting.nest` - the tree: a top heading (Ⅰ., 붙임) closes
  everything; a marker kind already open closes what is under it and becomes its
  sibling; a new kind opens under the current item; notes (※) hang under the item
  above them; a line without a marker continues the item above it (the rules of
  where an item goes are in :mod:`extract.layout.placing`).

Tables are not part of the tree's text: their lines are skipped, and each
table is attached to the node it stands under.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise

from extract.document import Line
from extract.layout.breaks import join_broken_titles
from extract.layout.chapters import bracketed_chapters
from extract.layout.contents import find_contents
from extract.layout.continued import merge_continued
from extract.layout.dividers import fold_divider_contents, merge_part_dividers
from extract.layout.footnotes import attach_to_marked, page_footnotes, raised_marks
from extract.layout.markers import read_squared
from extract.layout.marking import (
    HEADING_NUMBERS,
    attributions,
    boxed_style,
    learn_order,
    mark_lines,
    numbered_by_overview,
    overview_items,
)
from extract.layout.nesting import nest
from extract.layout.nodes import (
    MAX_TITLE_CHARS,
    NO_TITLES,
    Marked,
    Node,
    NodeKind,
    Outline,
    TitleRules,
)
from extract.layout.placing import BBox
from extract.layout.vocab import SUMMARY_GLYPHS
from extract.normalize.spacing import squash

__all__ = [
    "HEADING_NUMBERS", "MAX_TITLE_CHARS", "NO_TITLES", "Marked", "Node", "NodeKind", "Outline",
    "TitleRules", "attributions", "build_outline", "find_contents", "learn_order",
    "mark_lines", "nest", "overview_items",
]  # fmt: skip


#: the share of a text's items that open with spaces for its spaces to say how far in
#: each is set
INDENTED_SHARE = 0.5


def _margins(items: Sequence[Marked]) -> dict[int, int]:
    """The spaces each item's first line opens with, by line number, in a text that
    indents its lists: where most of its items open with spaces (a few lines that do in a
    text set flush left are no indents); {} in any other."""
    out = {
        it.lines[0].no: len(it.lines[0].raw) - len(it.lines[0].raw.lstrip(" \u3000"))
        for it in items if it.lines
    }  # fmt: skip
    marked = [out[it.lines[0].no] for it in items if it.marker and not it.marker.is_top]
    indented = sum(1 for n in marked if n)
    return out if marked and indented >= INDENTED_SHARE * len(marked) else {}


def _heads_over_headings(items: Sequence[Marked]) -> list[Marked]:
    """A chapter's running head right over the chapter's own heading on its first page
    ("Ⅰ. 일반현황" in small type at the top, then "Ⅰ. 일반현황"): one heading of both lines,
    not the chapter opened twice."""
    out: list[Marked] = []
    for it in items:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.marker is not None and prev.marker.is_top
            and it.marker is not None and it.marker.is_top
            and prev.lines[-1].page == it.lines[0].page
            and squash(prev.marker.text + prev.title) == squash(it.marker.text + it.title)
        ):  # fmt: skip
            out[-1] = Marked((*prev.lines, *it.lines), it.marker, it.title)
            continue
        out.append(it)
    return out


def build_outline(
    lines: Sequence[Line],
    skip: frozenset[int] | set[int] = frozenset(),
    tables: Sequence[tuple[int, int]] = (),
    titles: TitleRules = NO_TITLES,
    continues: Callable[[Node, Line], bool] | None = None,
    box_of: Mapping[int, int] | None = None,
    display: frozenset[int] = frozenset(),
    kinds: Mapping[int, tuple[str, int | None]] | None = None,
    indents: Mapping[int, float] = {},
    box_left: Mapping[int, float] = {},
    box_bounds: Mapping[int, BBox] = {},
    spots: Mapping[int, BBox] = {},
    wrapped: bool = True,
    spaced: bool = False,
) -> Outline:
    """The outline of the content ``lines``, leaving out the lines in ``skip``.

    ``tables`` are (table id, first line number) pairs: each table is attached
    to the node the line before it belongs to.  ``titles`` says which short
    unmarked lines title a part, and which titles name a role of the genre.
    ``kinds`` gives the marker kind (and number) of lines whose own glyph says nothing.
    ``wrapped``: the lines are lines as printed, a paragraph wrapped over several (text,
    PDF), not paragraphs whole (HWPX, HWP).  ``spaced``: the spaces a line opens with say
    how far in it is set (a text file; a Hangul file's are typed at random).
    """
    content = [ln for ln in lines if ln.is_content and ln.no not in skip]
    items = (
        [boxed_style(it, box_of) for it in mark_lines(content)] if box_of else mark_lines(content)
    )
    items = _heads_over_headings(items)
    if not wrapped:  # (a Hangul file's paragraph broken by its writer, not by the page)
        items = join_broken_titles(items)
    items = bracketed_chapters(items, titles.role)  # ("【 일반현황 】": a chapter)
    if kinds:  # a bullet whose glyph was lost takes the kind the page shows it has
        items = [_with_kind(it, kinds[it.lines[0].no]) if it.lines[0].no in kinds else it
                 for it in items]  # fmt: skip
    tabled = mark_lines([ln for ln in lines if ln.is_content and ln.no in skip])
    items = numbered_by_overview(items, [it for it in tabled if it.marker is not None])
    items = page_footnotes(items, raised_marks(lines))
    contents = find_contents(items)
    root = Node("root")
    body = list(items)
    toc: Node | None = None
    if contents is not None:
        a, b = contents
        toc = Node(
            "contents", None, items[a].title, [ln for it in items[a:b] for ln in it.lines], 1
        )
        before = body[:a]
        body = body[b:]
    else:
        before = []
    overview = overview_items(body, titles.appendix, titles.chapter)
    attributed = attributions(body, titles.unit)
    margins = _margins(body) if spaced else {}
    order = learn_order(body, overview, margins)
    tops = nest(
        body, order, titles, continues, box_of, overview, display, attributed, indents, box_left,
        box_bounds, spots, wrapped, frozenset(first for _, first in tables),
        margins, after_blank=frozenset(
            b.no for a, b in pairwise(lines) if a.is_blank and b.is_content
        ),
    )  # fmt: skip
    if before:
        front = Node("front", None, "", [ln for it in before for ln in it.lines])
        front.parent = root
        root.children.append(front)
    if toc is not None:
        toc.parent = root
        root.children.append(toc)
    for n in tops:
        if n.kind == "front" and before:
            root.children[0].lines.extend(n.lines)
            continue
        n.parent = root
        root.children.append(n)
    root.children.sort(key=lambda n: n.first_line() or 0)
    attach_to_marked(root)
    _attach_tables(root, [n for n in root.walk() if n is not root], tables, content)
    fold_divider_contents(root, content)  # (an entry with a table under it lists nothing)
    merge_part_dividers(root)
    merge_continued(root)  # ("1. … (1/2)" / "1. … (2/2)": one item)
    lift_lead_lines(root, indents)
    return Outline.of(root)


def lift_lead_lines(root: Node, indents: Mapping[int, float] = {}) -> None:
    """An item's summary line ("◈ 간선도로망 확충과 …", "❖ 유엔 창설 80주년 계기, …",
    :data:`SUMMARY_GLYPHS`), its only child, nested over the item's cards or blocks
    (bullets each over lines of their own), where no indent says how it stands: they are
    the item's, after the line (they had been the line's, and a theme lost its cards)."""
    for node in list(root.walk()):
        kids = node.children
        if node.kind not in ("item", "heading") or len(kids) != 1:
            continue
        lead = kids[0]
        mark = lead.marker
        if mark is None or mark.number is not None or mark.text[:1] not in SUMMARY_GLYPHS:
            continue
        cards = lead.children
        if len(cards) < 2 or not all(c.kind == "bullet" and c.children for c in cards):
            continue
        if lead.lines and lead.lines[0].no in indents:
            continue  # (where the page sets it, it holds what its indent says: placing.leads)
        for c in cards:
            c.parent = node
        node.children = [lead, *cards]
        lead.children = []


def numbered(node: Node, ordinal: int) -> None:
    """``node`` with the number its lost mark stands for, once nested: the number names
    the bullet (a boxed task number), it does not make it an item of its own rank."""
    if node.marker is not None:
        node.marker = node.marker._replace(number=str(ordinal), ordinal=ordinal)


def _with_kind(it: Marked, kind: tuple[str, int | None]) -> Marked:
    """The item with its marker's kind (and number) replaced."""
    if it.marker is None:
        return it
    name, ordinal = kind
    squared = read_squared(it.lines[0].text, name)
    if squared is not None:
        # a □10 that goes on a list of lost glyphs: nests as they do, numbered once nested
        return replace(it, marker=squared[0], title=squared[1])
    number = str(ordinal) if ordinal is not None else it.marker.number
    return replace(it, marker=it.marker._replace(kind=name, number=number, ordinal=ordinal))


def _attach_tables(
    root: Node, nodes: Sequence[Node], tables: Sequence[tuple[int, int]], content: Sequence[Line]
) -> None:
    """Each table goes to the node of the last outline line before it (the root if none)."""
    if not tables:
        return
    owner: list[tuple[int, Node]] = sorted(
        ((ln.no, n) for n in nodes for ln in n.lines), key=lambda p: p[0]
    )
    keys = [no for no, _ in owner]
    for table_id, first in tables:
        i = bisect.bisect_left(keys, first) - 1
        (owner[i][1] if i >= 0 else root).tables.append(table_id)
