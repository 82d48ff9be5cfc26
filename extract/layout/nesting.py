"""Marked lines -> the outline's tree: each line placed in one walk down the document.

A top heading (Ⅰ., 붙임) closes everything; a marker kind already open closes what
is under it and becomes its sibling; a new kind opens under the current item; notes
(※) hang under the item above them; a line without a marker continues the item above
it, titles a part, a box or a band, or is a figure's (:mod:`extract.layout.unmarked`,
:mod:`extract.layout.titling`).  The rules of where an item goes are in
:mod:`extract.layout.placing`; the geometry of boxes and lines in :mod:`extract.layout.drawn`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from extract.document import Line
from extract.layout.drawn import Drawn
from extract.layout.markers import Marker
from extract.layout.marking import INNER_ROMAN, heads_section, kind_key, open_at
from extract.layout.nodes import MAX_TITLE_CHARS, NO_TITLES, Marked, Node, TitleRules
from extract.layout.placing import (
    MIN_INDENT,
    BBox,
    beside_title,
    box_before,
    bullets_next,
    goes_on,
    leads,
    list_closed_before,
    node_kind,
    overview_again,
    pop_bullets,
    set_inside,
    word_box_open,
)
from extract.layout.titling import close_after
from extract.layout.unmarked import Unmarked
from extract.layout.vocab import REFERENCE_TABS


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
    wrapped: bool = True,
    table_starts: frozenset[int] = frozenset(),
    margins: Mapping[int, int] = {},
    after_blank: frozenset[int] = frozenset(),
) -> list[Node]:
    """The top-level nodes built from ``items`` (contents and front matter set apart).

    A line without a marker continues the node above it when ``continues`` says
    so (always, without it).  Lines that do not are a figure node under that
    node when there are :data:`extract.layout.titling.FIGURE_MIN_LINES` of them in a
    row (a chart's text), else they are left out of the tree: residue (a stray caption).

    ``box_of`` gives the drawn box (a one-cell table around text) a line is in:
    a bullet inside a box (a ◇ or ❖ summary) ends where its box ends, so what
    follows the box is not under it; a numbered heading in a box stays open.

    ``indents`` gives where a line starts on its page (PDF): a list numbered from 1
    set right of the bullet before it is that bullet's own; ``box_left`` where each
    box starts.  ``wrapped``: the lines are lines as printed (text, PDF), so a numbered
    item's title may wrap onto the next.  ``table_starts``: the first lines of the tables
    (a short line alone in a box right over one titles it: :meth:`Titling.titles_table`).
    ``margins``: the spaces each line of a text that indents its lists opens with (an item
    closes the bullets open set right of it).  ``after_blank``: the lines a blank line
    stands right before (a title never wraps over one).
    """
    drawn = Drawn(
        box_of or {}, box_left, box_bounds, spots, indents, table_starts=table_starts,
        paragraphs=not wrapped,
    )  # fmt: skip
    walk = Nesting(
        items, order, titles, continues, drawn,
        overview=overview, display=display, attributed=attributed, wrapped=wrapped,
        margins=margins,
    )  # fmt: skip
    walk.after_blank = after_blank
    for index, it in enumerate(items):
        walk.place(index, it)
    walk.place_loose()
    return walk.root.children


class Nesting(Unmarked):
    """One walk down the marked lines, placing each in the tree (see :func:`nest`)."""

    def __init__(
        self,
        items: Sequence[Marked],
        order: Counter[tuple[str, str]],
        titles: TitleRules,
        continues: Callable[[Node, Line], bool] | None,
        drawn: Drawn,
        *,
        overview: frozenset[int],
        display: frozenset[int],
        attributed: frozenset[int],
        wrapped: bool = True,
        margins: Mapping[int, int] = {},
    ) -> None:
        super().__init__(items, order, titles, continues, drawn)
        self.margins = margins
        self.overview = overview
        self.display = display
        self.attributed = attributed
        self.wrapped = wrapped
        self.wrapped_titles: set[int] = set()  # ids of the items whose title took its wrap
        self.after_blank: frozenset[int] = frozenset()  # the lines right after a blank one
        self.last_roman = 0  # the last chapter numeral (Ⅱ = 2)
        self.holders: set[int] = set()  # ids of the bullets that hold a numbered list of their own
        self.box_heads: dict[int, Node] = {}  # box -> the note that opens it, over its items
        self.listed: set[int] = set()  # ids of the overview entries placed
        self.entries: set[int] = set()  # ids of overview entries open over the bullets after them

    def place(self, index: int, it: Marked) -> None:
        """Place the item at ``index`` (``it``) in the tree."""
        m = it.marker
        after = self.items[index + 1 : index + 2]
        last, stack = self.last, self.stack
        if index in self.taken:
            return
        if self.row_labels:
            self.leave_row(it)
            last = self.last
        if self.tab:
            self.open_reference(it)
            self.tab = []
            return
        if (
            m is None
            and last.kind not in ("root", "front")
            and len(it.lines) == 1
            and "".join(it.title.split()) in REFERENCE_TABS
            and after
            and after[0].marker is None
            and len(after[0].title) <= MAX_TITLE_CHARS
        ):
            self.place_loose()
            self.tab = list(it.lines)
            return
        if m is not None and self.references:
            self.close_reference(m)
        # the first item of a box drawn beside the box of the item before it, on the same
        # rows: a list that item titles (its box does not close it)
        beside = (
            m is not None and not m.is_top and not m.is_note and any(n is last for n in stack)
            and beside_title(it, m, last, self.boxes, self.box_size, self.box_bounds, self.spots)
        )  # fmt: skip
        if m is not None and not beside and any(n is last for n in stack):
            beside = self.row_lists.get(self.boxes.get(it.lines[0].no, -1)) is last
        if beside:
            self.titled_boxes[self.boxes[it.lines[0].no]] = last
        if self.boxes and (m is None or not m.is_top) and not beside:
            # a bullet its box closed takes no more lines (a note is never open: it
            # keeps its wrapped lines)
            closing = last.kind == "bullet" and any(n is last for n in stack)
            self.close_boxed_bullets(it.lines[0])
            if closing and not any(n is last for n in stack) and m is None:
                self.last = stack[-1] if len(stack) > 1 else last
        if index in self.attributed and self.last.kind == "item" and not self.last.children:
            # "1-1-1 체험과 실천 중심 인성교육" / "초등교육과" / "미래생활교육과": the
            # divisions that run the item, said before anything under it
            self.last.lines.extend(it.lines)
            return
        if self.place_title(index, it, m, after):
            return
        self.place_loose()
        if m is None:
            self.place_text(it, after)
            return
        numeral = m.ordinal if m.kind == "roman" else None
        if numeral is not None:
            if (
                numeral < self.last_roman
                and it.title
                and (not self.titles.chapter(it.title) or self.set_in_chapter(it))
            ):
                # Ⅰ after Ⅸ, titled with no role or set right of the chapter's heading: a
                # diagram's, an item's or an appendix's own numbering, not a new chapter
                # (a report may order its chapters freely, but sets them at one margin)
                m = m._replace(kind=INNER_ROMAN)
            else:
                self.last_roman = numeral
        node = Node(node_kind(m), m, it.title, list(it.lines), len(it.lines))
        if m.is_top:
            del stack[1:]
            self.push(node, self.root)
            return
        if m.is_note:
            self.place_note(index, it, node, after)
            return
        self.place_item(index, it, m, node, beside)

    def close_inner_numbers(self, it: Marked) -> None:
        """Close the items an inner Roman numbering opened (an item's own "Ⅰ", "Ⅱ", set
        inside it) that start right of ``it``: a line set left of them is not theirs
        ("Ⅱ 지역사회보장 발전 전략체계 : …" / "□ 2024년 추진실적"), on their page or
        the next."""
        here = self.indents.get(it.lines[0].no)
        stack = self.stack
        inner = next(
            (i for i, n in enumerate(stack) if n.marker and n.marker.kind == INNER_ROMAN), None
        )
        if here is None or inner is None:
            return
        n = stack[inner]
        there = self.indents.get(n.lines[0].no) if n.lines else None
        if there is not None and there > here + MIN_INDENT:  # (margins hold across pages)
            del stack[inner:]

    def set_in_chapter(self, it: Marked) -> bool:
        """Whether ``it`` starts right of where the open chapter's heading starts (PDF):
        inside the chapter ("Ⅸ. 기타보고" / "❍ (추진체계) …" / "Ⅰ 지자체 사회보장사업
        전략체계 : …", set under the ❍)."""
        top = self.stack[1] if len(self.stack) > 1 else None
        if top is None or top.marker is None or not top.marker.is_top or not top.lines:
            return False
        here, there = self.indents.get(it.lines[0].no), self.indents.get(top.lines[0].no)
        if here is None or there is None or here <= there + MIN_INDENT:
            return False
        # (in body type, not the chapters' own: a centred chapter heading of another
        # report bound in the file is set right of a longer one, in their size)
        return self.drawn.smaller(it, top)

    def place_note(self, index: int, it: Marked, node: Node, after: Sequence[Marked]) -> None:
        """A note (※, *): under the item above it, or heading what is set under it."""
        last, stack = self.last, self.stack
        m = node.marker
        assert m is not None
        # (a numbered note, "주1) …", "¹⁾ …", notes the figure that carries its mark: it
        # heads nothing)
        numbered = any(ch.isdigit() for ch in m.text)
        if not numbered and (at := self.drawn.heads_bullets(it, after, last, stack)) is not None:
            # a note mark set at an item's margin with bullets set under it ("* 주요
            # 국제회의 유치" / "- …" in a 참고 box): a heading beside that item
            heading = Node("bullet", m._replace(kind=f"bullet:{m.text}"), it.title,
                           list(it.lines), len(it.lines))  # fmt: skip
            del stack[at:]
            self.push(heading, stack[-1])
            return
        if not numbered and self.drawn.heads_box(self.items, index):
            # a note that opens a box with items after it in the box ("* 공립유치원 운영
            # 유형" / "- 통합형 …"; "※ 외국국적자의 … 자격 취득 경로" / "- (3급) …"): the
            # box's title, the items its own (a note still: it goes where its mark says)
            if any(n is last for n in stack):
                close_after(stack, last)
            if (at := self.drawn.margin_bullet(stack, it)) is not None:
                # (a box drawn from the margin of the bullets set there, "※ 2023년 예산
                # 세부 내역" over its □ lines on the page after a ㅇ list: not the last
                # bullet's, but beside them under the outermost, as a titled box is)
                del stack[at + 1 :]
            self.push(node, stack[-1])
            self.box_heads[self.boxes[it.lines[0].no]] = node
            return
        host = last if last.kind not in ("front", "note") else stack[-1]
        if self.set_left_of(it, host):
            # (set left of the item above it in a text that indents its lists: the note of
            # the nearest open node set left of it, "※ 2026년 … 소요 사업비는 …" at the
            # margin of a project's bullets after its last step is the project's)
            host = next((n for n in reversed(stack) if self.set_left_of(n, it)), host)
        self.open_node(node, host)
        self.last = node

    def place_item(self, index: int, it: Marked, m: Marker, node: Node, beside: bool) -> None:
        """A numbered item or a bullet: on the list its kind has open, else under the open
        node its kind nests in."""
        stack, indents = self.stack, self.indents
        if not beside:
            self.close_tab(it, m)
        if m.number is not None and (
            at_entry := next((i for i, n in enumerate(stack) if id(n) in self.entries), None)
        ):
            del stack[at_entry:]  # the overview entry's bullets are over
        if index in self.overview:
            self.place_entry(index, m, node)
            return
        last = self.last
        if id(last) in self.listed and goes_on(last, m) and any(n is last.parent for n in stack):
            # the item after an overview entry, its list going on ("2." listed, "3." not)
            assert last.parent is not None
            close_after(stack, last.parent)
            self.push(node, last.parent)
            return
        k = kind_key(m)
        self.close_inner_numbers(it)
        kinds = self.open_kinds()
        numbered = self.floors()
        ordinals = [n.marker.ordinal if n.marker else None for n in stack]
        here = indents.get(it.lines[0].no)
        offsets = (
            [abs(indents.get(n.lines[0].no, 1e9) - here) if n.lines else 1e9 for n in stack]
            if here is not None
            else []
        )
        # (inside a box a note heads, the items nest under the note: the lists open
        # above it are not theirs)
        head = self.box_heads.get(self.boxes.get(it.lines[0].no, -1))
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
                 if kinds[i] == k and id(stack[i]) in self.holders
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
                or (open_item is not stack[-1] and self.drawn.opens_inside(stack[-1], it, last))
            )
        )
        if restarts and open_item is not stack[-1]:
            self.holders.add(id(stack[-1]))
        if at is not None and not restarts and overview_again(open_item, m):
            # the open list was an overview (items with nothing under them), now told
            # again in detail: close the overview, place the new list anew
            del stack[at:]
            at = None
        if at is not None and not restarts:
            del stack[at:]
        elif at is None and m.ordinal == 1 and self.drawn.opens_inside(stack[-1], it, last):
            self.holders.add(id(stack[-1]))  # a list of its own inside the bullet, opened below
        elif h is not None and at is None and not inside:
            pass  # (the first item of its kind in the box: under what is open in it)
        elif at is None and not inside and (j := list_closed_before(stack, m)) is not None:
            # "1/ 전략" (a divider page) / "1 전략" (its page, another kind) / ... / "2/
            # 전략", or "1 조직" / a chart's stray box read as a title / "2 인력": a numbered
            # item goes on the list its number continues, which an item of another kind or
            # a title had closed
            del stack[j + 1 :]
        elif at is None and not inside and (j := word_box_open(stack, m)) is not None:
            # "정책방향 5" / its "5-①" .. "5-③" / "중점과제 1": a word's numbered box after
            # another word's box that holds its own numbered items groups them alike
            del stack[j:]
        elif at is None and not inside and (j := box_before(stack, m, it, self.boxes)) is not None:
            # a boxed bullet after the bullets of its kind's box before it ("◇ 요약" /
            # □ ... ㅇ ... / "◇ 요약"): the boxes are one list, which their boxes closed
            del stack[j + 1 :]
        elif at is None and not inside:
            if heads_section(m):
                self.close_bands()
                pop_bullets(stack, lambda n: n.marker)
            # close the open items that this kind usually contains (a band's title goes
            # with the items under it)
            while len(stack) > 1 and (open_kind := self.listed_kind(stack[-1])) is not None:
                contained = self.order[(k, open_kind)] > self.order[(open_kind, k)] or (
                    self.set_left_of(it, stack[-1])
                )
                summary = leads(stack[-1], here, indents) and id(stack[-1]) not in self.band_bullets
                if (contained and not self.drawn.set_under(stack[-1], it)) or summary:
                    stack.pop()
                else:
                    break
        top = stack[-1]
        first = top.children[0].marker if top.children else None
        if id(top) in self.framed_titles and first is not None and kind_key(first) != k:
            stack.pop()  # (a box holds the items of its first item's kind)
        elif (
            top.kind == "title" and len(stack) > 2 and first is not None
            and first.kind.startswith("bullet") and heads_section(m)
            and stack[-2].marker is not None and stack[-2].marker.is_top
            and self.titles.role(top.title) == "policy"
        ):  # fmt: skip
            # (a title of the chapter's direction over bullets, "【 2026년 업무 추진 방향 】"
            # / "○ 추진 방향": the chapter's numbered parts after it are the chapter's)
            stack.pop()
        self.push(node, stack[-1])
        if self.drawn.bands_bullets(self.items, index):
            self.band_bullets.add(id(node))  # (its band does not close it)

    def set_left_of(self, it: Marked | Node, node: Marked | Node) -> bool:
        """Whether ``it`` opens with fewer spaces than ``node`` in a text that indents its
        lists ("◈ 과제" at the margin after "    · 운영방향 …": not under it)."""
        margins = self.margins
        if not margins or not node.lines or not it.lines:
            return False
        return margins.get(it.lines[0].no, 0) < margins.get(node.lines[0].no, 0)

    def place_entry(self, index: int, m: Marker, node: Node) -> None:
        """An entry of an overview list told again in detail later: it stays where it is
        listed and opens nothing, so the detailed items nest as they would; after the
        entry before it in its list, it is that entry's sibling."""
        stack = self.stack
        if (j := list_closed_before(stack, m)) is not None:
            del stack[j + 1 :]
        elif len(stack) > 2 and goes_on(stack[-1], m):
            stack.pop()
        self.open_node(node, stack[-1])
        self.last = node
        self.listed.add(id(node))
        if bullets_next(self.items, index):
            # (a divider page's part, its bullets under it: "1/ 양성평등 환경 조성" over
            # "• 양성평등정책 추진체계 확립 …", each told again in detail later; the
            # next numbered item closes it)
            stack.append(node)
            self.entries.add(id(node))

