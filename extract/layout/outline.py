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
* :func:`nest` - the tree: a top heading (Ⅰ., 붙임) closes everything; a
  marker kind already open closes what is under it and becomes its sibling;
  a new kind opens under the current item; notes (※) hang under the item
  above them; a line without a marker continues the item above it (the rules of
  where an item goes are in :mod:`extract.layout.placing`).

Tables are not part of the tree's text: their lines are skipped, and each
table is attached to the node it stands under.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from extract.document import Line
from extract.layout.captions import is_caption, is_title
from extract.layout.dividers import fold_divider_contents
from extract.layout.drawn import Drawn
from extract.layout.footnotes import attach_to_marked
from extract.layout.markers import WORD_KIND, Marker
from extract.layout.marking import (
    HEADING_NUMBERS,
    attributions,
    boxed_style,
    find_contents,
    heads_part,
    heads_section,
    kind_key,
    learn_order,
    mark_lines,
    numbered_by_overview,
    open_at,
    overview_items,
)
from extract.layout.nodes import (
    MAX_TITLE_CHARS,
    NO_TITLES,
    Marked,
    Node,
    NodeKind,
    Outline,
    TitleRules,
)
from extract.layout.placing import (
    MIN_INDENT,
    BBox,
    bands_a_list,
    beside_title,
    goes_on,
    node_kind,
    open_top,
    overview_again,
    pop_bullets,
    set_inside,
    titles_a_list,
)
from extract.layout.vocab import REFERENCE_TABS, SUMMARY_GLYPHS

__all__ = [
    "HEADING_NUMBERS", "MAX_TITLE_CHARS", "NO_TITLES", "Marked", "Node", "NodeKind", "Outline",
    "TitleRules", "attributions", "build_outline", "find_contents", "learn_order",
    "mark_lines", "nest", "overview_items",
]  # fmt: skip

#: this many lines in a row that continue no item are a figure (a chart, a diagram of
#: boxes) standing under the item before them; fewer are residue
FIGURE_MIN_LINES = 3
#: a line set at least this many times the height of the bullet right under it is a
#: tab's title over the part (a wrapped line is in its bullet's size, within 0.06)
TAB_SIZE = 1.08
#: ... and names its part in this many letters at least
TAB_MIN_LETTERS = 3
#: a line this much smaller than the bullet under it is set in small type (a tag)
SMALLER = 0.15


def nest(
    items: Sequence[Marked],
    order: Counter[tuple[str, str]],
    titles: TitleRules = NO_TITLES,
    continues: Callable[[Node, Line], bool] | None = None,
    box_of: Mapping[int, int] | None = None,
    overview: frozenset[int] = frozenset(),
    display: frozenset[int] = frozenset(),
    attributed: frozenset[int] = frozenset(),
    indents: Mapping[int, float] = {},
    box_left: Mapping[int, float] = {},
    box_bounds: Mapping[int, BBox] = {},
    spots: Mapping[int, BBox] = {},
) -> list[Node]:
    """The top-level nodes built from ``items`` (contents and front matter set apart).

    A line without a marker continues the node above it when ``continues`` says
    so (always, without it).  Lines that do not are a figure node under that
    node when there are :data:`FIGURE_MIN_LINES` of them in a row (a chart's
    text), else they are left out of the tree: residue (a stray caption).

    ``box_of`` gives the drawn box (a one-cell table around text) a line is in:
    a bullet inside a box (a ◇ or ❖ summary) ends where its box ends, so what
    follows the box is not under it; a numbered heading in a box stays open.

    ``indents`` gives where a line starts on its page (PDF): a list numbered from 1
    set right of the bullet before it is that bullet's own; ``box_left`` where each
    box starts.
    """
    root = Node("root")
    stack: list[Node] = [root]  # open nodes with a marker kind (root first)
    last: Node = root
    loose: list[Line] = []  # lines that continue no item, not yet placed
    last_roman = 0  # the last chapter numeral (Ⅱ = 2)
    holders: set[int] = set()  # ids of the bullets that hold a numbered list of their own

    def open_node(node: Node, parent: Node) -> None:
        node.parent = parent
        parent.children.append(node)

    def place_loose() -> None:
        if len(loose) >= FIGURE_MIN_LINES:
            owner = last.parent if last.kind == "note" and last.parent else last
            if last.lines and loose[0].page != last.lines[-1].page:
                # a figure that starts a page of its own (a chart of the chapter's
                # indicators) is the open item's or heading's, not its last bullet's
                owner = next(
                    (n for n in reversed(stack[1:]) if n.marker is None or n.marker.number),
                    owner,
                )
            figure = Node("figure", None, loose[0].text.strip(), list(loose), 1)
            open_node(figure, owner)
        loose.clear()

    boxes = box_of or {}
    drawn = Drawn(boxes, box_left, box_bounds, spots, indents)
    drawn.measure(items)
    box_size = drawn.box_size
    box_titles: set[int] = set()  # ids of the nodes that title a box
    box_heads: dict[int, Node] = {}  # box -> the note that opens it, over its items
    title_opened: set[int] = set()  # the boxes a title opens: their items end where they end
    band_titles: set[int] = set()  # ids of the nodes set in a band of their own
    named_parts: set[int] = set()  # ids of the part titles the vocabulary names
    tabs: set[int] = set()  # ids of the tab titles (tab_title)
    step_titles: set[int] = set()  # ids of a box's titles over steps inside an item

    def floors() -> list[bool]:
        """Which open nodes hold a list of their own (numbered items, titles): a bullet
        is looked for only below the nearest.  A band's title does not: the bullets
        around it go on past it."""
        return [
            (n.marker is None and id(n) not in band_titles and id(n) not in step_titles)
            or (n.marker is not None and n.marker.number is not None)
            for n in stack
        ]

    def listed_kind(n: Node) -> str | None:
        """The marker kind of an open node below the top heading: a band title's is
        that of its first item."""
        if n.marker is None and id(n) in band_titles and n.children:
            n = n.children[0]
        if n.marker is None or n.marker.is_top:
            return None
        return n.marker.kind

    def close_bands() -> None:
        """A part's title or a section's number closes the band titles open (and their
        lists)."""
        band = next((i for i, n in enumerate(stack) if id(n) in band_titles), None)
        if band is not None:
            del stack[band:]

    #: box -> the item set in the box beside it that titles its list
    titled_boxes: dict[int, Node] = {}

    def close_boxed_bullets(line: Line) -> None:
        here = boxes.get(line.no)
        # a list set in a box beside its title ends where its box ends
        while len(stack) > 1 and stack[-1].lines:
            box = boxes.get(stack[-1].lines[0].no)
            if box is None or box == here or box not in titled_boxes:
                break
            stack.pop()
        while len(stack) > 1:
            n = stack[-1]
            box = boxes.get(n.lines[0].no)
            if box is None or box == here or (here is not None and titled_boxes.get(here) is n):
                break  # (nor the item that titles the box beside its own)
            if (
                id(n) not in box_titles
                and (n.marker is None or n.marker.number is not None)
                and box not in title_opened  # (the steps of a titled box end with it)
            ):
                break
            stack.pop()


    def bands(it: Marked, after: Sequence[Marked]) -> bool:
        """A line alone in a band titles the bullets under it where they start a list of
        their own, or where the band is set no further right than they are: a box set
        inside the bullet above, before more of its kind, is that bullet's callout."""
        if not bands_a_list(it, after, boxes, box_size):
            return False
        own, under = spots.get(it.lines[0].no), spots.get(after[0].lines[0].no)
        if own is not None and under is not None:
            size = max(under[3] - under[1], 1.0)
            if (own[3] - own[1]) < (1 - SMALLER) * size:
                return False  # a tag in small type ("(국정과제) …") notes the item above
        first = after[0].marker
        assert first is not None
        if open_at(open_kinds(), floors(), first) is None:
            return True
        left = box_left.get(boxes[it.lines[0].no])
        there = indents.get(after[0].lines[0].no)
        return left is None or there is None or left < there + MIN_INDENT




    framed_titles: set[int] = set()  # ids of the bracketed titles open over their box

    def close_framed(owner: Node, title: str) -> Node | None:
        """Close the bracketed title open over its box where the next bracketed ``title``
        set at ``owner`` is the next box's (it stands in or beside the box, or is bracketed
        alike: "< 1단계 >" / "< 2단계 >"), not a title inside one of its items ("【수상실적】"
        / "✔ …" / "<성과지표 달성 현황>"): the node the box stands under."""
        at = next((i for i, n in enumerate(stack) if id(n) in framed_titles), None)
        if at is None:
            return None
        framed = stack[at]
        alike = framed.title.strip()[:1] == title.strip()[:1]
        if not alike and owner is not framed and owner is not framed.parent:
            return None
        del stack[at:]
        return stack[-1]


    def open_kinds() -> list[str]:
        return [n.marker.kind if n.marker else n.kind for n in stack]

    def open_title(it: Marked, first: Marker | None, index: int) -> Node:
        """A title standing where its first item (``first``) would, in place of a band's
        title open there."""
        assert first is not None
        at = open_at(open_kinds(), floors(), first)
        if at is not None:
            del stack[at:]
        if len(stack) > 1 and id(stack[-1]) in band_titles:
            stack.pop()
        while len(stack) > 1 and drawn.starts_right(stack[-1], it):
            stack.pop()  # (a box drawn left of a bullet is not inside it)
        if (
            at is None
            and first.number is None
            and it.lines[0].no not in spots
            and it.lines[0].no not in indents
            and drawn.box_sums_up(
                items, index, lambda mk: open_at(open_kinds(), floors(), mk) is not None
            )
        ):
            # (no page to tell where the box is drawn, HWPX/HWP: a box titled over a list
            # of bullets of its own, after which no open bullet's list goes on, closes the
            # item's bullets, as "변화하는 정책" sums up its task; a box of numbered steps,
            # or a bullet's facts before its list goes on, stays in the bullet)
            pop_bullets(stack, lambda n: n.marker)
        place_loose()
        node = Node("title", None, it.title, list(it.lines), len(it.lines))
        open_node(node, stack[-1])
        stack.append(node)
        return node



    def tab_title(it: Marked, after: Sequence[Marked]) -> bool:
        """A short unmarked line that wraps nothing, set larger than the bullet right under
        it on its page: the title of a tab over a part ("2025년 경제여건" over its □
        lines; PDF)."""
        if continues is None or len(it.lines) != 1 or len(it.title) > MAX_TITLE_CHARS:
            return False
        if sum(ch.isalpha() for ch in it.title) < TAB_MIN_LETTERS:
            return False  # (a figure's count, "7개")
        if titles.part(it.title, open_top(stack)):
            return False  # (a part the vocabulary names: "노인복지과")
        if not after or (mk := after[0].marker) is None or mk.is_top or mk.is_note:
            return False
        line, below = it.lines[0], after[0].lines[0]
        own, under = spots.get(line.no), spots.get(below.no)
        if own is None or under is None or below.page != line.page or below.no != line.no + 1:
            return False  # (a title over a table or a chart is its caption)
        if (last.lines and continues(last, line)) or (loose and loose[-1].page == line.page):
            return False  # (a wrapped line; a label of the figure above it)
        return own[3] - own[1] >= TAB_SIZE * (under[3] - under[1])

    def open_part_title(it: Marked, tab: bool = False) -> Node:
        """A part's title: it takes the place of the part title open before it, else it
        opens under the numbered item it stands in ("2. 부서별 성과" / "복지정책과"); a
        tab's title (``tab``) stays inside a part the vocabulary names ("복지정책과")."""
        close_bands()
        opened = [i for i, n in enumerate(stack) if n.kind == "title"]
        named = [i for i in opened if id(stack[i]) in named_parts]
        if tab:  # (only a title after the named part's)
            opened = [i for i in opened if not named or i > named[-1]]
        elif named:
            opened = named[-1:]
        if opened:
            del stack[opened[-1] :]
        else:
            pop_bullets(stack, lambda n: n.marker)
        node = Node("title", None, it.title, list(it.lines), len(it.lines))
        open_node(node, stack[-1])
        stack.append(node)
        return node

    def close_tab(it: Marked, m: Marker) -> None:
        """A tab heads the marks of its page: on a later page, a mark of another kind than
        its first ends it ("1. 전략적 재정운용" on the page after the tab "재정여건 및 운용
        방향" over its □ lines is the plan's, not the tab's)."""
        for i, n in enumerate(stack):
            first = n.children[0].marker if id(n) in tabs and n.children else None
            if first is None or not n.lines or it.lines[0].page == n.lines[0].page:
                continue
            if kind_key(m) != kind_key(first):
                del stack[i:]
                return


    listed: set[int] = set()  # ids of the overview entries placed
    entries: set[int] = set()  # ids of overview entries open over the bullets after them

    tab: list[Line] = []  # a 참고 tab's line, waiting for the title beside it
    references: set[int] = set()  # ids of the titles 참고 tabs opened

    def open_reference(it: Marked) -> Node:
        """The reference a tab opens ("참고" / "금련산청소년수련원 zone 구성(안)") is the
        numbered item's it stands in, not its last bullet's nor an earlier reference's."""
        close_bands()
        while len(stack) > 1 and (
            id(stack[-1]) in references
            or ((mk := stack[-1].marker) is not None and not mk.is_top and mk.number is None)
        ):
            stack.pop()
        node = Node("title", None, it.title, [*tab, *it.lines], len(tab) + len(it.lines))
        open_node(node, stack[-1])
        stack.append(node)
        references.add(id(node))
        return node

    def close_reference(m: Marker) -> None:
        """A mark of a kind the item used before its reference goes on the item's list
        (□ 향후계획 after the 참고 page), out of the reference; unless it goes on or nests
        in a list of the reference's own (its ① items with - lines under them)."""
        at = next((i for i, n in enumerate(stack) if id(n) in references), None)
        if at is None:
            return
        ref, item = stack[at], stack[at - 1]
        kinds = {c.marker.kind for c in item.children[: item.children.index(ref)] if c.marker}
        k = kind_key(m)
        inside = [o for n in stack[at + 1 :] if (o := listed_kind(n)) is not None]
        if any(o == k or order[(o, k)] > order[(k, o)] for o in inside):
            return
        if m.kind in kinds:
            del stack[at:]

    for index, it in enumerate(items):
        m = it.marker
        after = items[index + 1 : index + 2]
        if tab:
            last = open_reference(it)
            tab = []
            continue
        if (
            m is None
            and last.kind not in ("root", "front")
            and len(it.lines) == 1
            and "".join(it.title.split()) in REFERENCE_TABS
            and after
            and after[0].marker is None
            and len(after[0].title) <= MAX_TITLE_CHARS
        ):
            place_loose()
            tab = list(it.lines)
            continue
        if m is not None and references:
            close_reference(m)
        # the first item of a box drawn beside the box of the item before it, on the same
        # rows: a list that item titles (its box does not close it)
        beside = (
            m is not None and not m.is_top and not m.is_note and any(n is last for n in stack)
            and beside_title(it, m, last, boxes, box_size, box_bounds, spots)
        )  # fmt: skip
        if beside:
            titled_boxes[boxes[it.lines[0].no]] = last
        if boxes and (m is None or not m.is_top) and not beside:
            # a bullet its box closed takes no more lines (a note is never open: it
            # keeps its wrapped lines)
            closing = last.kind == "bullet" and any(n is last for n in stack)
            close_boxed_bullets(it.lines[0])
            if closing and not any(n is last for n in stack) and m is None:
                last = stack[-1] if len(stack) > 1 else last
        if index in attributed and last.kind == "item" and not last.children:
            # "1-1-1 체험과 실천 중심 인성교육" / "초등교육과" / "미래생활교육과": the
            # divisions that run the item, said before anything under it
            last.lines.extend(it.lines)
            continue
        if m is None and last.kind not in ("root", "front") and drawn.titles_box(it, after):
            # the box's title sits where the box's first item would, and heads its items
            last = open_title(it, after[0].marker, index)
            box_titles.add(id(last))
            title_opened.add(boxes[it.lines[0].no])
            continue
        if m is None and last.kind not in ("root", "front") and bands(it, after):
            # the title of a part set in a band of its own ("여성 관련 현황" over its ❍ lines)
            last = open_title(it, after[0].marker, index)
            band_titles.add(id(last))
            continue
        unnumbered = m is None or (m.number is None and not m.is_note and not m.is_top)
        if (
            unnumbered
            and last.kind not in ("root", "front")
            and (
                it.lines[0].no in display
                or (m is None and titles_a_list(it, after, boxes, box_size))
            )
        ):
            # a line set in display type (a strategy's title on its cover page, with
            # or without a glyph before it) heads what follows under the top heading;
            # its second line goes on the title
            prev = last.lines[-1] if last.lines else None
            if (
                last.kind == "title"
                and prev is not None
                and prev.no in display
                and prev.page == it.lines[0].page
            ):
                last.title = f"{last.title} {it.title}"
                last.lines.extend(it.lines)
                last.head = len(last.lines)
                continue
            place_loose()
            # a display line heads a part of the chapter; a box's title over a list, in an
            # item that names a part (a "현안4" card's diagram of steps), stays where it is
            # set (under the bullet the steps show), beside the box title before it
            boxed = it.lines[0].no not in display and any(
                n.marker is not None and heads_part(n.marker) for n in stack[1:]
            )
            shown = [i for i, n in enumerate(stack) if id(n) in step_titles]
            if boxed and shown:
                del stack[shown[-1] :]
            while (
                not boxed
                and len(stack) > 1
                and not (stack[-1].marker and stack[-1].marker.is_top)
            ):
                stack.pop()
            node = Node("title", None, it.title, list(it.lines), len(it.lines))
            if boxed and stack[-1].marker is not None and not stack[-1].marker.is_top:
                step_titles.add(id(node))  # the item's bullets go on past its steps
            open_node(node, stack[-1])
            stack.append(node)
            last = node
            continue
        if m is None and drawn.callout(it, after, last, bool(loose)):
            # a box set inside the bullet above it ("ㅇ 국비 확보" / [💡 공모사업 선정 이점
            # 확보]): what the bullet leads to, said in a box; the bullet's own text
            last.lines.extend(it.lines)
            continue
        if m is None and last.kind not in ("root", "front") and _drawn(it.title):
            loose.extend(it.lines)  # arrows between a diagram's boxes ("⇨ ⇨ ⇨"): no text
            continue
        if m is None and last.kind not in ("root", "front") and tab_title(it, after):
            place_loose()
            last = open_part_title(it, tab=True)
            tabs.add(id(last))
            continue
        if m is None and last.kind not in ("root", "front") and continues:
            in_figure = bool(loose) and loose[-1].page == it.lines[0].page
            titled = len(it.title) <= MAX_TITLE_CHARS and titles.part(it.title, open_top(stack))
            if (
                len(it.lines) == 1
                and is_title(it.lines[0])
                and not is_caption(it.lines[0])  # ("[단위: 백만원]" is a unit, no title)
                and not in_figure
                and drawn.set_apart(it, last)
            ):
                # a bracketed title ("【수상실적 및 성과지표】", "<… 용역 개요>") heads a box
                # or a figure: a line of its own, not the bullet's above it
                place_loose()
                owner = last.parent if last.kind == "note" and last.parent else last
                while owner.parent is not None and drawn.starts_right(owner, it):
                    owner = owner.parent
                if (at_framed := close_framed(owner, it.title)) is not None:
                    owner = at_framed  # (a box after a box: beside it, not in it)
                framed = Node("title", None, it.title, list(it.lines), 1)
                open_node(framed, owner)
                nxt = after[0].marker if after else None
                if (
                    nxt is not None
                    and not nxt.is_note
                    and not nxt.is_top
                    and any(n is owner for n in stack)
                    and open_at(open_kinds(), floors(), nxt) is None
                ):
                    # (the items after it, of a kind not open, are the box's: "✔ …"
                    # under "【수상실적 및 성과지표】", not under the bullet above)
                    close_after(stack, owner)
                    stack.append(framed)
                    band_titles.add(id(framed))  # (the bullets around it go on past it)
                    framed_titles.add(id(framed))
                    last = framed
                continue
            if (in_figure or not continues(last, it.lines[0])) and not titled:
                loose.extend(it.lines)
                continue
        place_loose()
        if m is None:
            if len(it.title) <= MAX_TITLE_CHARS and titles.part(it.title, open_top(stack)):
                last = open_part_title(it)  # an unmarked part title ("조직현황")
                named_parts.add(id(last))
                continue
            if last is root:
                front = Node("front", None, "", [])
                open_node(front, root)
                last = front
            last.lines.extend(it.lines)
            continue
        numeral = m.ordinal if m.kind == "roman" else None
        if numeral is not None:
            if numeral < last_roman and it.title and not titles.chapter(it.title):
                # Ⅰ after Ⅸ, titled with no role: a diagram's or an appendix's own
                # numbering, not a new chapter (a report may order its chapters freely)
                m = m._replace(kind="roman.inner")
            else:
                last_roman = numeral
        node = Node(node_kind(m), m, it.title, list(it.lines), len(it.lines))
        if m.is_top:
            del stack[1:]
            open_node(node, root)
            stack.append(node)
            last = node
            continue
        if m.is_note and (at := drawn.heads_bullets(it, after, last, stack)) is not None:
            # a note mark set at an item's margin with bullets set under it ("* 주요
            # 국제회의 유치" / "- …" in a 참고 box): a heading beside that item
            node = Node("bullet", m._replace(kind=f"bullet:{m.text}"), it.title,
                        list(it.lines), len(it.lines))  # fmt: skip
            del stack[at:]
            open_node(node, stack[-1])
            stack.append(node)
            last = node
            continue
        if m.is_note and drawn.heads_box(items, index):
            # a note that opens a box with items after it in the box ("* 공립유치원 운영
            # 유형" / "- 통합형 …"; "※ 외국국적자의 … 자격 취득 경로" / "- (3급) …"): the
            # box's title, the items its own (a note still: it goes where its mark says)
            if any(n is last for n in stack):
                close_after(stack, last)
            open_node(node, stack[-1])
            stack.append(node)
            box_heads[boxes[it.lines[0].no]] = node
            last = node
            continue
        if m.is_note:
            open_node(node, last if last.kind not in ("front", "note") else stack[-1])
            last = node
            continue
        if not beside:
            close_tab(it, m)
        if m.number is not None and (
            at_entry := next((i for i, n in enumerate(stack) if id(n) in entries), None)
        ):
            del stack[at_entry:]  # the overview entry's bullets are over
        if index in overview:
            # an entry of an overview list told again in detail later: it stays where it
            # is listed and opens nothing, so the detailed items nest as they would; after
            # the entry before it in its list, it is that entry's sibling
            if (j := _list_closed_before(stack, m)) is not None:
                del stack[j + 1 :]
            elif len(stack) > 2 and goes_on(stack[-1], m):
                stack.pop()
            open_node(node, stack[-1])
            last = node
            listed.add(id(node))
            if _bullets_next(items, index):
                # (a divider page's part, its bullets under it: "1/ 양성평등 환경 조성" over
                # "• 양성평등정책 추진체계 확립 …", each told again in detail later; the
                # next numbered item closes it)
                stack.append(node)
                entries.add(id(node))
            continue
        if id(last) in listed and goes_on(last, m) and any(n is last.parent for n in stack):
            # the item after an overview entry, its list going on ("2." listed, "3." not)
            assert last.parent is not None
            close_after(stack, last.parent)
            open_node(node, last.parent)
            stack.append(node)
            last = node
            continue
        k = kind_key(m)
        kinds = open_kinds()
        numbered = floors()
        ordinals = [n.marker.ordinal if n.marker else None for n in stack]
        here = indents.get(it.lines[0].no)
        offsets = (
            [abs(indents.get(n.lines[0].no, 1e9) - here) if n.lines else 1e9 for n in stack]
            if here is not None
            else []
        )
        # (inside a box a note heads, the items nest under the note: the lists open
        # above it are not theirs)
        head = box_heads.get(boxes.get(it.lines[0].no, -1))
        h = next((i for i, n in enumerate(stack) if n is head), None) if head else None
        floor = 0 if h is None else h + 1
        at = open_at(kinds[floor:], numbered[floor:], m, ordinals[floor:],
                     offsets[floor:], step_lists=True)  # fmt: skip
        at = None if at is None else at + floor
        if at is None and m.number is None and here is not None and h is None:
            # a bullet of a kind whose bullet holds a list of its own goes on after it
            # ("ㅇ (지능형교통체계)" / "➊ ... ➍" / "ㅇ (자율주행차)"), where nothing open since
            # starts left of it
            at = next(
                (i for i in range(len(stack) - 2, 0, -1)
                 if kinds[i] == k and id(stack[i]) in holders
                 and all(indents.get(n.lines[0].no, -1e9) > here + 2 for n in stack[i + 1 :])),
                None,
            )  # fmt: skip
        inside = beside or (at is not None and set_inside(it, stack[at], stack[-1], m, indents))
        if beside:  # (the title is open: ``beside`` asks for it in the stack)
            close_after(stack, last)
        if inside:
            at = None
        open_item = stack[at] if at is not None else None
        # "2. 부서별 실적" then at once "1. 첫째": a list that starts again right under
        # an item of the same kind is a list of its own, under that item; so is one that
        # starts again inside a bullet under it ("➊ 첨단 기술" / "ㅇ (지능형교통체계)" /
        # "➊ 스마트 교차로")
        restarts = (
            open_item is not None
            and m.ordinal == 1
            and open_item.marker is not None
            and (
                (open_item is stack[-1] and (open_item.marker.ordinal or 0) > 1)
                or (open_item is not stack[-1] and drawn.opens_inside(stack[-1], it, last))
            )
        )
        if restarts and open_item is not stack[-1]:
            holders.add(id(stack[-1]))
        if at is not None and not restarts and overview_again(open_item, m):
            # the open list was an overview (items with nothing under them), now told
            # again in detail: close the overview, place the new list anew
            del stack[at:]
            at = None
        if at is not None and not restarts:
            del stack[at:]
        elif at is None and m.ordinal == 1 and drawn.opens_inside(stack[-1], it, last):
            holders.add(id(stack[-1]))  # a list of its own inside the bullet, opened below
        elif h is not None and at is None and not inside:
            pass  # (the first item of its kind in the box: under what is open in it)
        elif at is None and not inside and (j := _list_closed_before(stack, m)) is not None:
            # "1/ 전략" (a divider page) / "1 전략" (its page, another kind) / ... / "2/
            # 전략", or "1 조직" / a chart's stray box read as a title / "2 인력": a numbered
            # item goes on the list its number continues, which an item of another kind or
            # a title had closed
            del stack[j + 1 :]
        elif at is None and not inside and (j := _word_box_open(stack, m)) is not None:
            # "정책방향 5" / its "5-①" .. "5-③" / "중점과제 1": a word's numbered box after
            # another word's box that holds its own numbered items groups them alike
            del stack[j:]
        elif at is None and not inside and (j := _box_before(stack, m, it, boxes)) is not None:
            # a boxed bullet after the bullets of its kind's box before it ("◇ 요약" /
            # □ ... ㅇ ... / "◇ 요약"): the boxes are one list, which their boxes closed
            del stack[j + 1 :]
        elif at is None and not inside:
            if heads_section(m):
                close_bands()
                pop_bullets(stack, lambda n: n.marker)
            # close the open items that this kind usually contains (a band's title goes
            # with the items under it)
            while len(stack) > 1 and (open_kind := listed_kind(stack[-1])) is not None:
                contained = order[(k, open_kind)] > order[(open_kind, k)]
                if contained or _leads(stack[-1], here, indents):
                    stack.pop()
                else:
                    break
        top = stack[-1]
        first = top.children[0].marker if top.children else None
        if id(top) in framed_titles and first is not None and kind_key(first) != k:
            stack.pop()  # (a box holds the items of its first item's kind)
        open_node(node, stack[-1])
        stack.append(node)
        last = node
    place_loose()
    return root.children


#: a line this short with no letter or digit is drawn, not written (arrows, a "+")
MAX_DRAWN_CHARS = 20


def close_after(stack: list[Node], node: Node) -> None:
    """Close the nodes open above ``node`` (which is open in ``stack``)."""
    del stack[next(i for i, n in enumerate(stack) if n is node) + 1 :]


def _drawn(text: str) -> bool:
    """A short line of marks only ("⇨ ⇨ ⇨", "➲ ➲"), set between a diagram's boxes."""
    return 0 < len(text) <= MAX_DRAWN_CHARS and not any(ch.isalnum() for ch in text)


def _leads(node: Node, here: float | None, indents: Mapping[int, float]) -> bool:
    """Whether ``node`` is a summary line ("❖ ...") set right of a bullet that starts at
    ``here``: the bullet stands beside it, under the title both are set under."""
    m = node.marker
    if m is None or m.number is not None or here is None or not node.lines:
        return False
    there = indents.get(node.lines[0].no)
    return m.text[:1] in SUMMARY_GLYPHS and there is not None and here <= there - MIN_INDENT


def _list_closed_before(stack: Sequence[Node], m: Marker) -> int | None:
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


def _word_box_open(stack: Sequence[Node], m: Marker) -> int | None:
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


def _bullets_next(items: Sequence[Marked], index: int) -> bool:
    """Whether unnumbered bullets (no notes) follow the item at ``index``."""
    nxt = items[index + 1].marker if index + 1 < len(items) else None
    return nxt is not None and nxt.number is None and not nxt.is_note and not nxt.is_top


def _box_before(
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
) -> Outline:
    """The outline of the content ``lines``, leaving out the lines in ``skip``.

    ``tables`` are (table id, first line number) pairs: each table is attached
    to the node the line before it belongs to.  ``titles`` says which short
    unmarked lines title a part, and which titles name a role of the genre.
    ``kinds`` gives the marker kind (and number) of lines whose own glyph says nothing.
    """
    content = [ln for ln in lines if ln.is_content and ln.no not in skip]
    items = (
        [boxed_style(it, box_of) for it in mark_lines(content)] if box_of else mark_lines(content)
    )
    if kinds:  # a bullet whose glyph was lost takes the kind the page shows it has
        items = [_with_kind(it, kinds[it.lines[0].no]) if it.lines[0].no in kinds else it
                 for it in items]  # fmt: skip
    tabled = mark_lines([ln for ln in lines if ln.is_content and ln.no in skip])
    items = numbered_by_overview(items, [it for it in tabled if it.marker is not None])
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
    overview = overview_items(body, titles.appendix)
    attributed = attributions(body, titles.unit)
    order = learn_order(body, overview)
    tops = nest(
        body, order, titles, continues, box_of, overview, display, attributed, indents, box_left,
        box_bounds, spots,
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
    fold_divider_contents(root)  # (an entry with a table under it lists nothing)
    nodes = [n for n in root.walk() if n is not root]
    line_node: dict[int, Node] = {}
    for seq, n in enumerate(nodes, start=1):
        n.seq = seq
        for ln in n.lines:
            line_node[ln.no] = n
    return Outline(root, nodes, line_node)


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
