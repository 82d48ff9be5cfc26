"""Where a line is drawn on its page and in which box: the outline's geometric tests.

The nesting (:mod:`extract.layout.nesting`) asks these of a line or an item: is a box
set left of a bullet (outside it), does a title stand apart from the item above, does a
note open a box, does a box sum up its item.  They read only where each line and box
is drawn (PDF; HWPX and HWP give boxes without places, text neither), and the nodes
handed to them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import regex

from extract.document import Line
from extract.layout.markers import Marker
from extract.layout.marking import heads_section, kind_key
from extract.layout.nodes import MAX_TITLE_CHARS, Marked, Node
from extract.layout.placing import MAX_INDENT, MIN_INDENT, SAME_ROWS, BBox
from extract.layout.vocab import ASIDE_BRACKETS
from extract.normalize.wraps import join_wrapped

#: how many items after a note are looked at for the first item of the box it heads
MAX_BOX_NOTES = 8
#: a bracketed title that counts what follows it ("< 처리요구 : 2건 >", "【 시정 : 3건 】"):
#: a heading over the items after it, never a wrapped line's end
_COUNTS_WHAT_FOLLOWS = regex.compile(r"[:：]\s*+\d{1,4}\s*+건\s*+\W?\s*+$")
#: how far right of its item's first line (in its line heights) a box's title is set,
#: more than a wrapped line is (교통혁신국 p7: 4 heights; a wrap: 1)
TITLE_INDENT = 2.5
#: ... and how little right of it a line may start and stand at the item's margin
MARK_SLACK = 0.5
#: how much two lines' heights may differ and be one size
SAME_SIZE = 0.1
#: ... and a title's two lines (the first may hold a larger numeral)
WRAP_SIZE = 0.25
#: how far (pt) a tab's box may stand above the box it titles, or reach into it
TAB_GAP = 8.0
#: most lines of a box that says what the bullet above it leads to (a callout)
MAX_CALLOUT_LINES = 3
#: most lines of a row's label in a matrix of strategies and their tasks
MAX_LABEL_LINES = 4
#: most items between a row's label and its list (boxes over all the rows: "7대 추진 과제")
MAX_LABEL_GAP = 6


@dataclass(slots=True)
class Drawn:
    """The boxes lines are drawn in (line -> box) and where lines and boxes are drawn."""

    boxes: Mapping[int, int]
    box_left: Mapping[int, float] = field(default_factory=dict)
    box_bounds: Mapping[int, BBox] = field(default_factory=dict)
    spots: Mapping[int, BBox] = field(default_factory=dict)
    indents: Mapping[int, float] = field(default_factory=dict)
    #: how many lines each box holds, and its first line
    box_size: Counter[int] = field(default_factory=Counter)
    box_start: dict[int, int] = field(default_factory=dict)
    #: page -> where its furthest line ends (PDF)
    right_edge: dict[int | None, float] = field(default_factory=dict)
    #: the first lines of the tables
    table_starts: frozenset[int] = frozenset()
    #: each line is a paragraph of the file (HWPX, HWP), never a wrap of the one above
    paragraphs: bool = False

    def __post_init__(self) -> None:
        self.box_size = Counter(self.boxes.values())
        for no, box in sorted(self.boxes.items()):
            self.box_start.setdefault(box, no)

    def measure(self, items: Sequence[Marked]) -> None:
        """Where each page's furthest line ends, from ``items``' lines."""
        for it in items:
            for ln in it.lines:
                if (spot := self.spots.get(ln.no)) is not None:
                    page = ln.page
                    self.right_edge[page] = max(self.right_edge.get(page, 0.0), spot[2])

    def _heights(self, line: Line | None, it: Marked) -> tuple[float, float] | None:
        """The heights of ``line`` and of ``it``'s first line on the page (None where the
        format says no size)."""
        a = self.spots.get(line.no) if line is not None else None
        b = self.spots.get(it.lines[0].no)
        return None if a is None or b is None else (a[3] - a[1], b[3] - b[1])

    def smaller(self, it: Marked, node: Node) -> bool:
        """Whether ``it`` is set in smaller type than ``node``'s first line (True where the
        format says no size)."""
        sizes = self._heights(node.lines[0] if node.lines else None, it)
        return sizes is None or sizes[1] < (1 - SAME_SIZE) * sizes[0]

    def same_size(self, node: Node, it: Marked) -> bool:
        """Whether ``it``'s first line is set in about the size of ``node``'s last, as a
        title's wrapped line is (its first line's box grows with a larger numeral: 기획조정실
        p17 "1. 전략적 재정운용과" 30 pt / "효율적 예산편성" 24 pt); True where the format
        says no size."""
        sizes = self._heights(node.lines[-1] if node.lines else None, it)
        if sizes is None:
            return True
        height = max(sizes[0], 1.0)
        return abs(sizes[1] - height) <= WRAP_SIZE * height

    def set_under(self, bullet: Node, it: Marked) -> bool:
        """Whether ``it`` is set under ``bullet``'s text, on its page in its box (or both
        in none): right of its glyph by an indent at least (inside a box titled by a tab,
        "❖ 동천 해수도수 관로 보수" / "- 1·2차 도수관로 …"; a 참고 page's lost "①" over its
        ㅇ lines), whatever the kinds' usual order."""
        m = bullet.marker
        if m is None or m.number is not None or m.is_note or not bullet.lines:
            return False
        first, line = bullet.lines[0], it.lines[0]
        box = self.boxes.get(line.no)
        if first.page != line.page or self.boxes.get(first.no) != box:
            return False
        here, there = self.indents.get(line.no), self.indents.get(first.no)
        return here is not None and there is not None and MIN_INDENT <= here - there <= MAX_INDENT

    def bands_bullets(self, items: Sequence[Marked], index: int) -> bool:
        """A bullet alone in a band (a box of its one line, set no further right than the
        bullets of another kind right after it) that another such band of its glyph, over
        bullets of its own too, follows or goes before in the same part: the bands title
        the groups of bullets under them (관광마이스국 1-1: "◇ UN Tourism 연계 …" over
        its □ item, "◇ 글로벌 IP 융합 …" over its three).  One band alone in its part
        sums it up (a chapter's headline), as a boxed ◇ that ends a part does."""
        if not self._band_over_bullets(items, index):
            return False
        m = items[index].marker
        assert m is not None
        return self._band_of(items, range(index + 1, len(items)), m.text) or (
            self._band_of(items, range(index - 1, -1, -1), m.text)
        )

    def _band_over_bullets(self, items: Sequence[Marked], index: int) -> bool:
        """Whether the bullet at ``index`` is alone in its band, over bullets of another
        kind set in no box, no further left than the band."""
        it = items[index]
        m, box = it.marker, self.boxes.get(it.lines[0].no)
        if m is None or m.number is not None or m.is_note or m.is_top or box is None:
            return False
        if self.box_size[box] != 1 or index + 1 >= len(items):
            return False
        nxt = items[index + 1]
        mk = nxt.marker
        if mk is None or mk.number is not None or mk.is_note or kind_key(mk) == kind_key(m):
            return False
        left, there = self.box_left.get(box), self.indents.get(nxt.lines[0].no)
        if self.boxes.get(nxt.lines[0].no) is not None or left is None or there is None:
            return False
        return left <= there + MIN_INDENT  # (a box set inside the bullet above: a callout)

    def _band_of(self, items: Sequence[Marked], where: Iterable[int], glyph: str) -> bool:
        """Whether the items at ``where`` (after or before a band, outward) hold another
        band of ``glyph`` over bullets of its own before the part ends (a section number,
        a top heading)."""
        for j in where:
            om = items[j].marker
            if om is None:
                continue
            if om.is_top or heads_section(om):
                return False
            if om.text == glyph:
                return self._band_over_bullets(items, j)
        return False

    def opens_inside(self, bullet: Node, it: Marked, last: Node) -> bool:
        """A numbered list set right of a bullet's glyph starts inside the bullet ("ㅇ
        (지능형교통체계) ..." / "  ➊ 스마트 교차로 ..."), whatever the kinds' usual order."""
        if bullet.marker is None or bullet.marker.number is not None or bullet.marker.is_note:
            return False
        if not bullet.lines or bullet.lines[0].page != it.lines[0].page:
            return False  # (a diagram's numbers on the next page are no list of the bullet)
        if bullet is not last:
            return False  # the list starts right after the bullet's own text
        here, there = self.indents.get(it.lines[0].no), self.indents.get(bullet.lines[0].no)
        # (a title centred on a theme's cover page is not indented, but far right)
        return here is not None and there is not None and MIN_INDENT <= here - there <= MAX_INDENT

    def starts_right(self, node: Node, it: Marked) -> bool:
        """Whether ``node`` is a bullet (numbers aside) set right of where the box or line
        ``it`` starts on the same page: ``it`` is outside it.  (A box narrower than the
        bullet's line is one of a chart's self.boxes side by side: not set by the margin.)"""
        if node.marker is None or node.marker.number is not None or not node.lines:
            return False
        first = node.lines[0]
        box = self.boxes.get(it.lines[0].no)
        left = self.box_left.get(box) if box is not None else None
        bounds = self.box_bounds.get(box) if box is not None else None
        line = self.spots.get(first.no)
        if bounds is not None and line is not None and bounds[2] < line[2] - MIN_INDENT:
            return False
        if left is None:
            spot = self.spots.get(it.lines[0].no)
            left = spot[0] if spot is not None else None
        there = self.indents.get(first.no)
        return (
            left is not None
            and there is not None
            and first.page == it.lines[0].page
            and there > left + MARK_SLACK
        )

    def margin_bullet(self, stack: Sequence[Node], it: Marked) -> int | None:
        """Where in the stack the outermost open bullet is that is set at the left edge
        of the box ``it`` starts, when no open bullet is set left of that edge: a box
        drawn from the list's margin after a bullet's list stands beside the bullets set
        at that margin, under the outermost of them (as a box of the list's own bullets
        is placed by their kind), not inside the last one (PDF)."""
        box = self.boxes.get(it.lines[0].no)
        left = self.box_left.get(box) if box is not None else None
        bounds = self.box_bounds.get(box) if box is not None else None
        if left is None or bounds is None:
            return None
        if bounds[2] < self.right_edge.get(it.lines[0].page, 0.0) - MAX_INDENT:
            return None  # (one of a chart's boxes side by side: not set by the margin)
        for i, n in enumerate(stack):
            if n.marker is None or n.marker.number is not None or not n.lines:
                continue
            there = self.indents.get(n.lines[0].no)
            if there is None:
                continue
            if there < left - MIN_INDENT:
                return None  # (a bullet set left of the box: the box may be inside it)
            if there <= left + MIN_INDENT:
                return i
        return None

    def heads_bullets(
        self, it: Marked, after: Sequence[Marked], last: Node, stack: Sequence[Node]
    ) -> int | None:
        """Where in the stack the open item is that a note mark set at its margin stands
        beside, where unnumbered bullets set right of the note follow it (PDF)."""
        here = self.indents.get(it.lines[0].no)
        nxt = after[0] if after else None
        if here is None or nxt is None or nxt.marker is None or nxt.marker.is_note:
            return None
        if any(ln.no == it.lines[0].no for ln in last.lines):
            return None  # (a note set aside on the item's own line)
        there = self.indents.get(nxt.lines[0].no)
        if nxt.marker.number is not None or there is None or there < here + MIN_INDENT:
            return None
        for i in range(len(stack) - 1, 0, -1):
            n = stack[i]
            if n.marker is None or n.marker.is_top or not n.lines:
                return None
            x = self.indents.get(n.lines[0].no)
            if x is not None and n.lines[0].page == it.lines[0].page and abs(x - here) <= 1.0:
                return i
        return None

    def heads_box(self, items: Sequence[Marked], index: int) -> bool:
        """Whether the note of ``items[index]`` is the first line of a box whose next
        marked line, in the box, is an item (not another note); unmarked lines between
        are the note's own."""
        it = items[index]
        box = self.boxes.get(it.lines[0].no)
        if box is None or self.box_start.get(box) != it.lines[0].no:
            return False
        if index > 0 and items[index - 1].lines[0].no == it.lines[0].no:
            return False  # (a note set aside on the line of the box's first note)
        for nxt in items[index + 1 : index + 1 + MAX_BOX_NOTES]:
            if nxt.lines[0].no == it.lines[0].no:
                continue  # (the note's own aside)
            if self.boxes.get(nxt.lines[0].no) != box:
                return False
            if nxt.marker is not None:
                m = nxt.marker
                return not m.is_note and not m.is_top and not heads_section(m)
        return False

    def box_sums_up(
        self, items: Sequence[Marked], index: int, is_open: Callable[[Marker], bool]
    ) -> bool:
        """Whether nothing after the box of ``items[index]`` goes on a bullet open above
        it: the box ends its item (a summary), not a bullet's facts."""
        box = self.boxes.get(items[index].lines[0].no)
        for x in items[index + 1 :]:
            if box is not None and self.boxes.get(x.lines[0].no) == box:
                continue
            mk = x.marker
            if mk is None:
                continue
            if mk.is_top or mk.number is not None or mk.is_note:
                return True
            return not is_open(mk)
        return True

    def callout(self, items: Sequence[Marked], index: int, last: Node, loose: bool) -> bool:
        """A box of a few unmarked lines set under the bullet just above it (from its mark
        rightwards), on its page, with a bullet after it (not the first box of a chart):
        ``items[index]`` is its first line."""
        it = items[index]
        box = self.boxes.get(it.lines[0].no)
        if box is None or self.box_start.get(box) != it.lines[0].no or loose:
            return False
        size = self.box_size[box]
        own = items[index : index + size]
        if size > MAX_CALLOUT_LINES or len(own) < size or any(o.marker for o in own):
            return False
        after = items[index + size : index + size + 1]
        if not after or after[0].marker is None or after[0].marker.number is not None:
            return False  # (a chart's title box over its numbered parts is no callout)
        if last.kind not in ("bullet", "item") or not last.lines:
            return False
        left, there = self.box_left.get(box), self.indents.get(last.lines[0].no)
        return (
            left is not None
            and there is not None
            and left >= there - MIN_INDENT
            and last.lines[-1].page == it.lines[0].page
        )

    def set_apart(self, it: Marked, last: Node) -> bool:
        """A bracketed title's line set apart from the item above as a box's title is
        (centred, at the item's margin, or in a size of its own), not as its wrapped line
        (under its text, in its size); in a text export, with a blank line before it (a
        wrap must not change the outline), or where it counts what follows ("< 처리요구 :
        1건 >" right under a finding's status line); in a file of paragraphs (HWPX), which
        wraps none, always, but in a bracket that sets an aside as often ("○ 처리상황 :
        완료" / "< 처리요구 : 2건 >"; not "[학교: …]")."""
        own = self.spots.get(it.lines[0].no)
        first = self.spots.get(last.lines[0].no) if last.lines else None
        if own is None or first is None:
            text = it.lines[0].text.strip()
            framed = text[:1] not in ASIDE_BRACKETS  # (not "[완료 : 110건, …]", an aside)
            return (
                not last.lines
                or it.lines[0].no > last.lines[-1].no + 1
                or (self.paragraphs and framed)
                or (framed and _COUNTS_WHAT_FOLLOWS.search(text) is not None)
            )
        height = max(first[3] - first[1], 1.0)
        resized = abs((own[3] - own[1]) - height) > SAME_SIZE * height
        # (a wrapped line starts under the item's text: right of where the item starts,
        # and not much; a title is set at the item's own margin, or centred)
        indent = own[0] - first[0]
        if resized or indent <= MARK_SLACK * height or indent > TITLE_INDENT * height:
            return True
        # (nor where its first word had room at the end of the item's last line)
        end, page = self.spots.get(last.lines[-1].no), it.lines[0].page
        word = it.lines[0].text.split()[0]
        limit = self.right_edge.get(page, 0.0)
        box = self.boxes.get(last.lines[-1].no)
        if box is not None and box in self.box_bounds:  # (in a box, its own right side)
            limit = min(limit, self.box_bounds[box][2] - height)
        return end is not None and end[2] + (len(word) + 1) * height <= limit

    def titles_box(self, it: Marked, after: Sequence[Marked]) -> bool:
        """A short unmarked line that opens a box of marked lines (the tab over a
        project's facts: "추모공원 봉안당 증축 사업(’21.~’25.)" over its ㅇ lines)."""
        no = it.lines[0].no
        box = self.boxes.get(no)
        return (
            box is not None
            and self.box_start.get(box) == no
            and len(it.lines) == 1
            and len(" ".join(it.title.split())) <= MAX_TITLE_CHARS  # (spaces set it right)
            and bool(after)
            and after[0].marker is not None
            and not after[0].marker.is_top
            and self.boxes.get(after[0].lines[0].no) == box
        )

    def labels_row(self, items: Sequence[Marked], index: int) -> int | None:
        """Where the list starts that the box of unmarked lines opened at ``index`` labels:
        a row of a matrix of strategies and their tasks, the label's box ("탄탄한 청년지대"
        / "구축으로 청년 성장") left of the box of the marked tasks and on its rows.  Only
        boxes drawn over those rows may stand between them ("7대 / 추진 / 과제" beside
        every row).  None where the box labels no list (PDF)."""
        first = items[index].lines[0]
        box = self.boxes.get(first.no)
        if box is None or self.box_start.get(box) != first.no or box not in self.box_bounds:
            return None
        size = self.box_size[box]
        own = items[index : index + size]
        if (
            size > MAX_LABEL_LINES
            or len(own) < size
            or any(o.marker is not None or self.boxes.get(o.lines[0].no) != box for o in own)
            or len(join_wrapped([o.title for o in own])) > MAX_TITLE_CHARS
        ):
            return None
        _, top, x1, bottom = self.box_bounds[box]
        end = min(len(items), index + size + MAX_LABEL_GAP + 1)
        at = next((j for j in range(index + size, end) if items[j].marker is not None), None)
        if at is None:
            return None
        m, start = items[at].marker, items[at].lines[0]
        other = self.boxes.get(start.no)
        assert m is not None
        if (
            m.is_top or m.is_note or start.page != first.page or other is None
            or self.box_start.get(other) != start.no or other not in self.box_bounds
        ):  # fmt: skip
            return None
        l_x0, l_top, _, l_bottom = self.box_bounds[other]
        rows = abs(l_top - top) <= SAME_ROWS and abs(l_bottom - bottom) <= SAME_ROWS
        if l_x0 < x1 - SAME_ROWS or not rows:
            return None
        for between in items[index + size : at]:
            b = self.boxes.get(between.lines[0].no)
            bounds = self.box_bounds.get(b) if b is not None else None
            if bounds is None or bounds[0] < x1 - SAME_ROWS or bounds[2] > l_x0 + SAME_ROWS:
                return None
            if bounds[1] > top + SAME_ROWS or bounds[3] < bottom - SAME_ROWS:
                return None  # (a box between them, not drawn over their rows)
        return at

    def tabs_box(self, it: Marked, after: Sequence[Marked]) -> int | None:
        """The box ``it`` is the tab of: a short line alone in a box set on the top edge of
        the next box, within its sides and narrower ("추진 전략" over the box of its three
        ◈ strategies), the next box opening with a marked item.  None where it is none."""
        no = it.lines[0].no
        own = self.boxes.get(no)
        if own is None or self.box_size[own] != 1 or len(it.lines) != 1 or not after:
            return None
        if len(" ".join(it.title.split())) > MAX_TITLE_CHARS:
            return None
        nxt = after[0]
        m, start = nxt.marker, nxt.lines[0]
        box = self.boxes.get(start.no)
        if m is None or m.is_top or m.is_note or box is None or box == own:
            return None
        if self.box_start.get(box) != start.no or start.page != it.lines[0].page:
            return None
        tab, under = self.box_bounds.get(own), self.box_bounds.get(box)
        if tab is None or under is None:
            return None
        on_edge = under[1] - TAB_GAP <= tab[3] <= under[1] + TAB_GAP
        within = tab[0] >= under[0] - SAME_ROWS and tab[2] <= under[2] + SAME_ROWS
        narrower = tab[2] - tab[0] < under[2] - under[0] - 2 * SAME_ROWS
        return box if on_edge and within and narrower else None
