"""The open nodes of the outline as it is built, and where unmarked lines go in it.

:class:`Titling` holds the state of one walk down the marked lines (the stack of
open nodes, the lines not yet placed, which open nodes are titles of what) and the
rules for lines without a marker: a box's or a band's title, a tab's or a part's
title, a 참고 tab's reference, a bracketed title over its box, a matrix row's label over
the list beside it, a figure's lines.
:class:`extract.layout.nesting.Nesting` walks the lines with it and places the
marked ones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from extract.document import Line
from extract.layout.drawn import Drawn
from extract.layout.markers import Marker
from extract.layout.marking import kind_key, open_at
from extract.layout.nodes import MAX_TITLE_CHARS, Marked, Node, TitleRules
from extract.layout.placing import MIN_INDENT, SAME_ROWS, bands_a_list, open_top, pop_bullets
from extract.layout.vocab import DRAWN_ALONE, FLOW_ARROWS
from extract.normalize.wraps import join_wrapped

#: this many lines in a row that continue no item are a figure (a chart, a diagram of
#: boxes) standing under the item before them; fewer are residue
FIGURE_MIN_LINES = 3
#: a line alone in its box titles a table that starts at most this many lines after it
#: (its caption, its unit line between)
TABLE_TITLE_REACH = 2
#: a line set at least this many times the height of the bullet right under it is a
#: tab's title over the part (a wrapped line is in its bullet's size, within 0.06)
TAB_SIZE = 1.08
#: ... and names its part in this many letters at least
TAB_MIN_LETTERS = 3
#: a line this much smaller than the bullet under it is set in small type (a tag)
SMALLER = 0.15


def close_after(stack: list[Node], node: Node) -> None:
    """Close the nodes open above ``node`` (which is open in ``stack``)."""
    del stack[next(i for i, n in enumerate(stack) if n is node) + 1 :]


class Titling:
    """The open nodes of one walk down ``items``, and the titles among them.

    ``drawn`` tells where each line and box is drawn (:class:`extract.layout.drawn.Drawn`:
    the box a line is in, where lines and boxes start, their bounds).
    """

    def __init__(
        self,
        items: Sequence[Marked],
        order: Counter[tuple[str, str]],
        titles: TitleRules,
        continues: Callable[[Node, Line], bool] | None,
        drawn: Drawn,
    ) -> None:
        self.items = items
        self.order = order
        self.titles = titles
        self.continues = continues
        self.drawn = drawn
        self.boxes: Mapping[int, int] = drawn.boxes
        self.indents = drawn.indents
        self.box_left = drawn.box_left
        self.box_bounds = drawn.box_bounds
        self.spots = drawn.spots
        self.drawn.measure(items)
        self.box_size = self.drawn.box_size
        self.root = Node("root")
        self.stack: list[Node] = [self.root]  # open nodes with a marker kind (root first)
        self.last: Node = self.root
        self.loose: list[Line] = []  # lines that continue no item, not yet placed
        self.box_titles: set[int] = set()  # ids of the nodes that title a box
        self.title_opened: set[int] = set()  # the boxes a title opens: their items end there
        self.tab_boxes: dict[int, int] = {}  # id of a tab's title -> the box it titles
        self.band_titles: set[int] = set()  # ids of the nodes set in a band of their own
        self.named_parts: set[int] = set()  # ids of the part titles the vocabulary names
        self.tabs: set[int] = set()  # ids of the tab titles (tab_title)
        self.step_titles: set[int] = set()  # ids of a box's titles over steps inside an item
        self.framed_titles: set[int] = set()  # ids of the bracketed titles open over their box
        self.band_bullets: set[int] = set()  # ids of the bullets in bands over their groups
        #: box -> the item set in the box beside it that titles its list
        self.titled_boxes: dict[int, Node] = {}
        self.tab: list[Line] = []  # a 참고 tab's line, waiting for the title beside it
        self.references: set[int] = set()  # ids of the titles 참고 tabs opened
        self.row_labels: set[int] = set()  # ids of the labels of a matrix's rows
        self.row_lists: dict[int, Node] = {}  # box -> the row's label beside it, over its list
        self.taken: set[int] = set()  # indexes of the items a label took as its own lines

    # -- the open nodes ---------------------------------------------------------------

    def open_node(self, node: Node, parent: Node) -> None:
        node.parent = parent
        parent.children.append(node)

    def push(self, node: Node, parent: Node) -> Node:
        """Open ``node`` under ``parent`` and keep it open (the last node)."""
        self.open_node(node, parent)
        self.stack.append(node)
        self.last = node
        return node

    def place_loose(self, drawn: bool = False) -> None:
        """The lines that continue no item: a figure under the item before them, when there
        are enough of them, or (``drawn``) when boxes hold them all, on one page (a matrix's
        column heads: "추진전략" | "중점추진과제"), or when one box holds them (two lines or
        more, or all its lines), or when they are only the arrows drawn between a
        diagram's boxes ("⇨ ⇨ ⇨"); else residue."""
        loose, last = self.loose, self.last
        boxed = drawn and bool(loose) and all(ln.no in self.boxes for ln in loose)
        if boxed and any(ln.page != loose[0].page for ln in loose):
            boxed = False
        # lines of one drawn box: drawn content, no stray text (a divider's slogan in its
        # corner; a line alone in its box, a chart's head "중점 추진 과제")
        box = self.boxes.get(loose[0].no) if loose else None
        boxed = boxed or (
            box is not None
            and (len(loose) >= 2 or self.box_size[box] == 1)
            and all(self.boxes.get(ln.no) == box for ln in loose)
            and len({ln.page for ln in loose}) == 1
        )  # fmt: skip
        # lines each alone in a box of its own (a chart's officials, "이사장" / "대표이사";
        # two pictures' captions): one figure each
        alone = not boxed and _alone_in_boxes(loose, self.boxes, self.box_size)
        arrows = bool(loose) and all(
            ln.text.split() and set(ln.text.split()) <= FLOW_ARROWS | DRAWN_ALONE for ln in loose
        )
        if len(loose) >= FIGURE_MIN_LINES or boxed or arrows or alone:
            owner = last.parent if last.kind == "note" and last.parent else last
            if last.lines and loose[0].page != last.lines[-1].page:
                # a figure that starts a page of its own (a chart of the chapter's
                # indicators) is the open item's or heading's, not its last bullet's
                owner = next(
                    (n for n in reversed(self.stack[1:]) if n.marker is None or n.marker.number),
                    owner,
                )
            parts = [[ln] for ln in loose] if alone and len(loose) < FIGURE_MIN_LINES else [loose]
            for lines in parts:
                self.open_node(Node("figure", None, lines[0].text.strip(), list(lines), 1), owner)
        loose.clear()

    def floors(self) -> list[bool]:
        """Which open nodes hold a list of their own (numbered items, titles): a bullet
        is looked for only below the nearest.  A band's title does not: the bullets
        around it go on past it."""
        return [
            (n.marker is None and id(n) not in self.band_titles and id(n) not in self.step_titles)
            or (n.marker is not None and n.marker.number is not None)
            for n in self.stack
        ]

    def open_kinds(self) -> list[str]:
        return [n.marker.kind if n.marker else n.kind for n in self.stack]

    def is_open(self, m: Marker) -> bool:
        """Whether a list the marker ``m`` goes on is open."""
        return open_at(self.open_kinds(), self.floors(), m) is not None

    def listed_kind(self, n: Node) -> str | None:
        """The marker kind of an open node below the top heading: a band title's is
        that of its first item."""
        if n.marker is None and id(n) in self.band_titles and n.children:
            n = n.children[0]
        if n.marker is None or n.marker.is_top:
            return None
        return n.marker.kind

    def close_bands(self) -> None:
        """A part's title or a section's number closes the band titles open (and their
        lists)."""
        stack = self.stack
        band = next((i for i, n in enumerate(stack) if id(n) in self.band_titles), None)
        if band is not None:
            del stack[band:]

    def close_boxed_bullets(self, line: Line) -> None:
        stack, boxes = self.stack, self.boxes
        here = boxes.get(line.no)
        # a list set in a box beside its title ends where its box ends
        while len(stack) > 1 and stack[-1].lines:
            box = boxes.get(stack[-1].lines[0].no)
            if box is None or box == here or box not in self.titled_boxes:
                break
            stack.pop()
        while len(stack) > 1:
            n = stack[-1]
            box = self.tab_boxes.get(id(n), boxes.get(n.lines[0].no))
            if (
                box is None
                or box == here
                or (here is not None and self.titled_boxes.get(here) is n)
                or id(n) in self.band_bullets
            ):
                break  # (nor the item that titles the box beside its own, nor a band's)
            if (
                id(n) not in self.box_titles
                and (n.marker is None or n.marker.number is not None)
                and box not in self.title_opened  # (the steps of a titled box end with it)
            ):
                break
            stack.pop()

    # -- titles -----------------------------------------------------------------------

    def bands(self, it: Marked, after: Sequence[Marked]) -> bool:
        """A line alone in a band titles the bullets under it where they start a list of
        their own, or where the band is set no further right than they are: a box set
        inside the bullet above, before more of its kind, is that bullet's callout."""
        if not bands_a_list(it, after, self.boxes, self.box_size):
            return False
        own, under = self.spots.get(it.lines[0].no), self.spots.get(after[0].lines[0].no)
        if own is not None and under is not None:
            size = max(under[3] - under[1], 1.0)
            if (own[3] - own[1]) < (1 - SMALLER) * size:
                return False  # a tag in small type ("(국정과제) …") notes the item above
        first = after[0].marker
        assert first is not None
        if not self.is_open(first):
            return True
        left = self.box_left.get(self.boxes[it.lines[0].no])
        there = self.indents.get(after[0].lines[0].no)
        return left is None or there is None or left < there + MIN_INDENT

    def close_framed(self, owner: Node, title: str) -> Node | None:
        """Close the bracketed title open over its box where the next bracketed ``title``
        set at ``owner`` is the next box's (it stands in or beside the box, or is bracketed
        alike: "< 1단계 >" / "< 2단계 >"), not a title inside one of its items ("【수상실적】"
        / "✔ …" / "<성과지표 달성 현황>"): the node the box stands under."""
        stack = self.stack
        at = next((i for i, n in enumerate(stack) if id(n) in self.framed_titles), None)
        if at is None:
            return None
        framed = stack[at]
        alike = framed.title.strip()[:1] == title.strip()[:1]
        if not alike and owner is not framed and owner is not framed.parent:
            return None
        del stack[at:]
        return stack[-1]

    def open_title(self, it: Marked, first: Marker | None, index: int) -> Node:
        """A title standing where its first item (``first``) would, in place of a band's
        title open there."""
        assert first is not None
        stack = self.stack
        at = open_at(self.open_kinds(), self.floors(), first)
        if at is not None:
            del stack[at:]
        if len(stack) > 1 and id(stack[-1]) in self.band_titles:
            stack.pop()
        while len(stack) > 1 and self.drawn.starts_right(stack[-1], it):
            stack.pop()  # (a box drawn left of a bullet is not inside it)
        if at is None and (margin := self.drawn.margin_bullet(stack, it)) is not None:
            del stack[margin + 1 :]
        if (
            at is None
            and first.number is None
            and it.lines[0].no not in self.spots
            and it.lines[0].no not in self.indents
            and self.drawn.box_sums_up(self.items, index, self.is_open)
        ):
            # (no page to tell where the box is drawn, HWPX/HWP: a box titled over a list
            # of bullets of its own, after which no open bullet's list goes on, closes the
            # item's bullets, as "변화하는 정책" sums up its task; a box of numbered steps,
            # or a bullet's facts before its list goes on, stays in the bullet)
            pop_bullets(stack, lambda n: n.marker)
        self.place_loose()
        node = Node("title", None, it.title, list(it.lines), len(it.lines))
        return self.push(node, stack[-1])

    def tab_title(self, it: Marked, after: Sequence[Marked]) -> bool:
        """A short unmarked line that wraps nothing, set larger than the bullet right under
        it on its page: the title of a tab over a part ("2025년 경제여건" over its □
        lines; PDF)."""
        continues = self.continues
        if continues is None or len(it.lines) != 1 or len(it.title) > MAX_TITLE_CHARS:
            return False
        if sum(ch.isalpha() for ch in it.title) < TAB_MIN_LETTERS:
            return False  # (a figure's count, "7개")
        if self.titles.part(it.title, open_top(self.stack)):
            return False  # (a part the vocabulary names: "노인복지과")
        if not after or (mk := after[0].marker) is None or mk.is_top or mk.is_note:
            return False
        line, below = it.lines[0], after[0].lines[0]
        own, under = self.spots.get(line.no), self.spots.get(below.no)
        if own is None or under is None or below.page != line.page or below.no != line.no + 1:
            return False  # (a title over a table or a chart is its caption)
        last, loose = self.last, self.loose
        if (last.lines and continues(last, line)) or (loose and loose[-1].page == line.page):
            return False  # (a wrapped line; a label of the figure above it)
        return own[3] - own[1] >= TAB_SIZE * (under[3] - under[1])

    def titles_table(self, it: Marked, after: Sequence[Marked]) -> bool:
        """A line alone in a box of its own, right over a table (its caption or its unit
        line between them, at most :data:`TABLE_TITLE_REACH` lines on), with no item
        between them and no numbered item open: the title of the part the table is ("지방
        공기업 현황" over the table of the city's enterprises), not a stray line."""
        if len(it.lines) != 1 or len(it.title) > MAX_TITLE_CHARS:
            return False
        if sum(ch.isalpha() for ch in it.title) < TAB_MIN_LETTERS:
            return False
        if self.titles.part(it.title, open_top(self.stack)):
            return False  # (a part the vocabulary names: its own rule)
        if any(n.marker is not None and n.marker.is_numbered for n in self.stack):
            return False  # (a table of a numbered item: a part's title would close it)
        line = it.lines[0]
        box = self.boxes.get(line.no)
        if box is None or self.box_size[box] != 1:
            return False
        starts = [t for t in self.drawn.table_starts if 0 < t - line.no <= TABLE_TITLE_REACH]
        if not starts or (after and after[0].lines[0].no < min(starts)):
            return False
        last, loose = self.last, self.loose
        continues = self.continues
        wraps = continues is not None and bool(last.lines) and continues(last, line)
        return not wraps and not (loose and loose[-1].page == line.page)

    def open_part_title(self, it: Marked, tab: bool = False) -> Node:
        """A part's title: it takes the place of the part title open before it, else it
        opens under the numbered item it stands in ("2. 부서별 성과" / "복지정책과"); a
        tab's title (``tab``) stays inside a part the vocabulary names ("복지정책과")."""
        stack = self.stack
        self.close_bands()
        opened = [i for i, n in enumerate(stack) if n.kind == "title"]
        named = [i for i in opened if id(stack[i]) in self.named_parts]
        if tab:  # (only a title after the named part's)
            opened = [i for i in opened if not named or i > named[-1]]
        elif named:
            opened = named[-1:]
        if opened:
            del stack[opened[-1] :]
        else:
            pop_bullets(stack, lambda n: n.marker)
        node = Node("title", None, it.title, list(it.lines), len(it.lines))
        return self.push(node, stack[-1])

    def close_tab(self, it: Marked, m: Marker) -> None:
        """A tab heads the marks of its page: on a later page, a mark of another kind than
        its first ends it ("1. 전략적 재정운용" on the page after the tab "재정여건 및 운용
        방향" over its □ lines is the plan's, not the tab's)."""
        for i, n in enumerate(self.stack):
            first = n.children[0].marker if id(n) in self.tabs and n.children else None
            if first is None or not n.lines or it.lines[0].page == n.lines[0].page:
                continue
            if kind_key(m) != kind_key(first):
                del self.stack[i:]
                return

    def open_reference(self, it: Marked) -> Node:
        """The reference a tab opens ("참고" / "금련산청소년수련원 zone 구성(안)") is the
        numbered item's it stands in, not its last bullet's nor an earlier reference's."""
        stack = self.stack
        self.close_bands()
        while len(stack) > 1 and (
            id(stack[-1]) in self.references
            or ((mk := stack[-1].marker) is not None and not mk.is_top and mk.number is None)
        ):
            stack.pop()
        lines = [*self.tab, *it.lines]
        node = Node("title", None, it.title, lines, len(lines))
        self.references.add(id(node))
        return self.push(node, stack[-1])

    def close_reference(self, m: Marker) -> None:
        """A mark of a kind the item used before its reference goes on the item's list
        (□ 향후계획 after the 참고 page), out of the reference; unless it goes on or nests
        in a list of the reference's own (its ① items with - lines under them)."""
        stack = self.stack
        at = next((i for i, n in enumerate(stack) if id(n) in self.references), None)
        if at is None:
            return
        ref, item = stack[at], stack[at - 1]
        kinds = {c.marker.kind for c in item.children[: item.children.index(ref)] if c.marker}
        k = kind_key(m)
        inside = [o for n in stack[at + 1 :] if (o := self.listed_kind(n)) is not None]
        if any(o == k or self.order[(o, k)] > self.order[(k, o)] for o in inside):
            return
        if m.kind in kinds:
            del stack[at:]

    def open_framed(self, it: Marked, after: Sequence[Marked]) -> None:
        """A bracketed title ("【수상실적 및 성과지표】", "<… 용역 개요>") heads a box or a
        figure: a line of its own, not the bullet's above it."""
        self.place_loose()
        last, stack = self.last, self.stack
        owner = last.parent if last.kind == "note" and last.parent else last
        while owner.parent is not None and self.drawn.starts_right(owner, it):
            owner = owner.parent
        if (at_framed := self.close_framed(owner, it.title)) is not None:
            owner = at_framed  # (a box after a box: beside it, not in it)
        framed = Node("title", None, it.title, list(it.lines), 1)
        self.open_node(framed, owner)
        nxt = after[0].marker if after else None
        if (
            nxt is not None
            and not nxt.is_note
            and not nxt.is_top
            and any(n is owner for n in stack)
            and not self.is_open(nxt)
        ):
            # (the items after it, of a kind not open, are the box's: "✔ …" under
            # "【수상실적 및 성과지표】", not under the bullet above)
            close_after(stack, owner)
            stack.append(framed)
            self.band_titles.add(id(framed))  # (the bullets around it go on past it)
            self.framed_titles.add(id(framed))
            self.last = framed

    def open_row_label(self, index: int, at: int) -> None:
        """The label of a matrix's row (:meth:`Drawn.labels_row`), all its box's lines,
        over the list in the box beside it (``items[at]`` first): it ends the row before.
        What stands before the first row (the matrix's column heads) is the figure's."""
        box = self.boxes[self.items[index].lines[0].no]
        own = self.items[index : index + self.box_size[box]]
        self.taken.update(range(index + 1, index + len(own)))
        stack = self.stack
        row = next((i for i, n in enumerate(stack) if id(n) in self.row_labels), None)
        if row is not None:
            del stack[row:]
        else:  # (as its list's first item would close a tab and bullets set right of it)
            first = self.items[at]
            assert first.marker is not None
            self.close_tab(first, first.marker)
            while len(stack) > 1 and self.drawn.starts_right(stack[-1], self.items[index]):
                stack.pop()
        self.place_loose(drawn=True)
        lines = [ln for o in own for ln in o.lines]
        node = Node("title", None, join_wrapped([o.title for o in own]), lines, len(lines))
        self.row_labels.add(id(node))
        self.row_lists[self.boxes[self.items[at].lines[0].no]] = node
        self.push(node, stack[-1])

    def leave_row(self, it: Marked) -> None:
        """A line past a matrix's open row closes it: one drawn in no box, on another page,
        or below the row's label in a box that starts below it (what follows the matrix,
        "□ 추진 배경", is not the last row's)."""
        stack = self.stack
        row = next((i for i, n in enumerate(stack) if id(n) in self.row_labels), None)
        if row is None:
            return
        label, line = stack[row].lines[0], it.lines[0]
        band = self.box_bounds.get(self.boxes.get(label.no, -1))
        box = self.box_bounds.get(self.boxes.get(line.no, -1))
        spot = self.spots.get(line.no)
        if band is None:
            return
        # (a line in a box: the row's list, the next row's label (close_row), or a box
        # drawn over the rows, "7대 / 추진 / 과제", all start within the matrix)
        if box is not None and line.page == label.page and (
            spot is None or spot[1] <= band[3] or box[1] <= band[3] - SAME_ROWS
        ):
            return
        del stack[row:]
        if not any(n is self.last for n in stack):
            self.last = stack[-1]

    def close_row(self, it: Marked) -> None:
        """A box drawn under a row's label, as wide as it and at its place, starts the next
        row: the row before is closed ("추진 전략" / its six items, then "추진과제" over
        its tasks in the next row, whatever they are drawn in)."""
        stack = self.stack
        row = next((i for i, n in enumerate(stack) if id(n) in self.row_labels), None)
        box = self.boxes.get(it.lines[0].no)
        if row is None or box is None or self.drawn.box_start.get(box) != it.lines[0].no:
            return
        label = stack[row].lines[0]
        here, there = self.box_bounds.get(box), self.box_bounds.get(self.boxes[label.no])
        if (
            here is not None and there is not None and label.page == it.lines[0].page
            and abs(here[0] - there[0]) <= SAME_ROWS and abs(here[2] - there[2]) <= SAME_ROWS
            and here[1] >= there[3] - SAME_ROWS
        ):  # fmt: skip
            del stack[row:]
            if not any(n is self.last for n in stack):
                self.last = stack[-1]


def _alone_in_boxes(
    loose: Sequence[Line], boxes: Mapping[int, int], box_size: Mapping[int, int]
) -> bool:
    """Whether ``loose`` are two lines or more on one page, each alone in a drawn box of
    its own: a chart's boxes of officials over its units ("이사장" / "대표이사"), drawn
    content, no stray text."""
    owners = [boxes.get(ln.no) for ln in loose]
    return (
        len(loose) >= 2
        and len({ln.page for ln in loose}) == 1
        and all(b is not None and box_size.get(b) == 1 for b in owners)
        and len(set(owners)) == len(owners)
    )
