"""Where the lines without an item's marker go as the outline is built: a title (a box's,
a band's, a tab's, a part's, one set in display type), a figure's line, the wrap of the
title above, or the text of the item above.

:class:`Unmarked` holds these rules; :class:`extract.layout.nesting.Nesting` walks the
lines with it and places the marked ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extract.layout.captions import is_caption, is_title
from extract.layout.markers import Marker
from extract.layout.marking import heads_part
from extract.layout.nodes import MAX_TITLE_CHARS, Marked, Node
from extract.layout.placing import MIN_INDENT, open_top, titles_a_list
from extract.layout.titling import Titling
from extract.layout.vocab import CLOSED_ENDS, RUN_ON_ENDS, SERIES_TITLE_WORDS
from extract.normalize.spacing import despace
from extract.normalize.vocab import CLOSING_BRACKETS, OPENING_BRACKETS

#: a title of a numbered series ("목표 2 선제적 …", "전략3 …"): its word and number
_SERIES = re.compile(r"^\s*(?P<word>[가-힣]{1,4})\s*(?P<n>\d{1,2})(?![\d.),])\s+\S")

#: what parts the names in a bracket of divisions ("(복지정책과, 가족청소년과)")
_NAMES_APART = re.compile(r"[\s,，·ㆍ/]++")

#: a line this short with no letter or digit is drawn, not written (arrows, a "+")
MAX_DRAWN_CHARS = 20


#: how many columns further in than its title's line a line after a blank one may open and
#: still be the title's wrap (a chart's box centred under the item is further)
MAX_WRAP_SHIFT = 12


class Unmarked(Titling):
    """The rules for lines without an item's marker (see the module's doc)."""

    display: frozenset[int]  # the lines set in display type
    wrapped: bool  # the lines are lines as printed: a numbered item's title may wrap
    wrapped_titles: set[int]  # ids of the items whose title took its wrap
    after_blank: frozenset[int]  # the lines a blank line stands right before

    def place_title(
        self, index: int, it: Marked, m: Marker | None, after: Sequence[Marked]
    ) -> bool:
        """Place an unmarked line (or an unnumbered bullet in display type) that titles
        something, is drawn, or is a figure's; whether it did."""
        last, stack, drawn = self.last, self.stack, self.drawn
        in_body = last.kind not in ("root", "front")
        if m is None:
            self.close_row(it)
            last = self.last
        if m is None and in_body and (at := drawn.labels_row(self.items, index)) is not None:
            self.open_row_label(index, at)
            return True
        if m is None and in_body and (box := drawn.tabs_box(it, after)) is not None:
            # a tab on the box's top edge: the box's title, over its items
            self.place_loose(drawn=True)
            node = self.open_title(it, after[0].marker, index)
            self.box_titles.add(id(node))
            self.title_opened.add(box)
            self.tab_boxes[id(node)] = box
            return True
        if m is None and in_body and drawn.titles_box(it, after):
            # the box's title sits where the box's first item would, and heads its items
            node = self.open_title(it, after[0].marker, index)
            self.box_titles.add(id(node))
            self.title_opened.add(self.boxes[it.lines[0].no])
            return True
        if m is None and in_body and self.bands(it, after):
            # the title of a part set in a band of its own ("여성 관련 현황" over its ❍ lines)
            node = self.open_title(it, after[0].marker, index)
            self.band_titles.add(id(node))
            return True
        unnumbered = m is None or (m.number is None and not m.is_note and not m.is_top)
        if (
            unnumbered
            and in_body
            and (
                it.lines[0].no in self.display
                or (m is None and titles_a_list(it, after, self.boxes, self.box_size))
            )
        ):
            self.open_display_title(it)
            return True
        if m is None and drawn.callout(self.items, index, last, bool(self.loose)):
            # a box set inside the bullet above it ("ㅇ 국비 확보" / [💡 공모사업 선정 이점
            # 확보]): what the bullet leads to, said in a box; the bullet's own text.  A box
            # of more lines, or set from the bullet's mark, is a figure under it, its title
            # and facts the bullet's own (review R3)
            box = self.boxes[it.lines[0].no]
            size = self.box_size[box]
            left, there = self.box_left.get(box), self.indents.get(last.lines[0].no)
            if size == 1 and left is not None and there is not None and left >= there + MIN_INDENT:
                last.lines.extend(it.lines)
                return True
            own = self.items[index : index + size]
            self.taken.update(range(index + 1, index + size))
            lines = [ln for o in own for ln in o.lines]
            self.open_node(Node("figure", None, it.title, lines, 1), last)
            return True
        if m is None and in_body and _drawn(it.title):
            self.loose.extend(it.lines)  # arrows between a diagram's boxes ("⇨ ⇨ ⇨"): no text
            return True
        if m is None and in_body and self.titles_table(it, after):
            # a line alone in its box over a table: the part's title, as the boxed titles
            # of the parts before it ("재산현황" / "지방 공기업 현황")
            self.place_loose()
            self.open_part_title(it)
            return True
        if m is None and in_body and self.tab_title(it, after):
            self.place_loose()
            self.tabs.add(id(self.open_part_title(it, tab=True)))
            return True
        if m is None and in_body and self.continues is not None:
            loose = self.loose
            in_figure = bool(loose) and loose[-1].page == it.lines[0].page
            titled = (
                len(it.title) <= MAX_TITLE_CHARS
                and not _runs_on(last)
                and self.titles.part(it.title, open_top(stack))
            )
            if (
                len(it.lines) == 1
                and not titled  # ("【 해양정책과 】" titles a part: the items after it its)
                and is_title(it.lines[0])
                and not is_caption(it.lines[0])  # ("[단위: 백만원]" is a unit, no title)
                and not in_figure
                and drawn.set_apart(it, last)
            ):
                self.open_framed(it, after)
                return True
            if (in_figure or not self.continues(last, it.lines[0])) and not titled:
                loose.extend(it.lines)
                return True
        return False

    def open_display_title(self, it: Marked) -> None:
        """A line set in display type (a strategy's title on its cover page, with or
        without a glyph before it) heads what follows under the top heading; its second
        line goes on the title."""
        last, stack = self.last, self.stack
        prev = last.lines[-1] if last.lines else None
        if (
            last.kind == "title"
            and prev is not None
            and prev.no in self.display
            and prev.page == it.lines[0].page
        ):
            last.title = f"{last.title} {it.title}"
            last.lines.extend(it.lines)
            last.head = len(last.lines)
            return
        self.place_loose()
        # a display line heads a part of the chapter; a box's title over a list, in an
        # item that names a part (a "현안4" card's diagram of steps), stays where it is
        # set (under the bullet the steps show), beside the box title before it
        boxed = (
            it.lines[0].no not in self.display
            and any(n.marker is not None and heads_part(n.marker) for n in stack[1:])
            and not self.goes_on_titles(it.title)
        )
        shown = [i for i, n in enumerate(stack) if id(n) in self.step_titles]
        if boxed and shown:
            del stack[shown[-1] :]
        while not boxed and len(stack) > 1 and not (stack[-1].marker and stack[-1].marker.is_top):
            stack.pop()
        node = Node("title", None, it.title, list(it.lines), len(it.lines))
        if boxed and stack[-1].marker is not None and not stack[-1].marker.is_top:
            self.step_titles.add(id(node))  # the item's bullets go on past its steps
        self.push(node, stack[-1])

    def goes_on_titles(self, title: str) -> bool:
        """A title that numbers on from a title set under the chapter's heading ("목표 2 …"
        after "목표 1 …"): the next part of the chapter, however deep the last part's
        items went."""
        m = _SERIES.match(title)
        if m is None:
            return False
        top = next((n for n in reversed(self.stack) if n.marker and n.marker.is_top), None)
        want = f"{m['word']}{int(m['n']) - 1}"
        return top is not None and any(
            k.kind == "title" and (k2 := _SERIES.match(k.title)) is not None
            and f"{k2['word']}{int(k2['n'])}" == want
            for k in top.children
        )  # fmt: skip

    def place_text(self, it: Marked, after: Sequence[Marked] = ()) -> None:
        """An unmarked line that goes on the node above it (the second line of its title,
        where it wraps a numbered item's), or titles a part the vocabulary names
        ("조직현황") unless the line above runs on into it, or one of a numbered series
        ("목표 2  선제적 화재예방": the chapter's next part)."""
        series = _SERIES.match(it.title)
        if (
            series is not None
            and series["word"] in SERIES_TITLE_WORDS
            and len(it.title) <= MAX_TITLE_CHARS
            and self.last.kind not in ("root", "front")
            and not _runs_on(self.last)
        ):
            self.open_display_title(it)
            return
        if (
            len(it.title) <= MAX_TITLE_CHARS
            and not _runs_on(self.last)
            and self.titles.part(it.title, open_top(self.stack))
        ):
            self.named_parts.add(id(self.open_part_title(it)))
            return
        if self.last is self.root:
            front = Node("front", None, "", [])
            self.open_node(front, self.root)
            self.last = front
        last = self.last
        if last.marker is not None and last.marker.is_top and is_title(it.lines[0]):
            # "Ⅲ. 2025년 주요업무 추진계획" / "< 2025년 업무추진 방향 >": a title under the
            # heading, over what follows, not the heading's second line
            self.open_framed(it, after)
            return
        wraps = (
            self.wrapped
            and id(last) not in self.wrapped_titles  # (a title wraps once)
            and not self._set_apart(last, it)
            and _wraps_title(last, it, self.titles.unit)
            and self.drawn.same_size(last, it)
            # (not after a part's whole title, "4. 부서별 주요기능", nor a unit's name alone:
            # a table's header or its first row, "구 분 담 당 업 무" / "보건행정과")
            and not self.titles.part(last.title, open_top(self.stack))
            and not self.titles.unit(it.title)
        )
        last.lines.extend(it.lines)
        if wraps:  # ("1. 전략적 재정운용과" / "효율적 예산편성": one title, wrapped)
            last.title = f"{despace(last.title)} {despace(it.title)}"
            last.head = len(last.lines)
            self.wrapped_titles.add(id(last))


    def _set_apart(self, node: Node, it: Marked) -> bool:
        """Whether ``it`` stands apart from ``node``'s title, no wrap of it: after a blank
        line and set far right of the title's line (a chart's top box centred under the
        item, "가. 조 직 : 2본부 6팀" / "" / "                 이  사  장"; a text that
        parts every line by a blank one wraps its titles flush left)."""
        if not it.lines or not node.lines or it.lines[0].no not in self.after_blank:
            return False  # (a node of no line of its own, a page's bare title: no place)
        return _lead(it.lines[0].raw) - _lead(node.lines[0].raw) > MAX_WRAP_SHIFT


def _lead(raw: str) -> int:
    """The columns of spaces a line opens with (an ideographic space two)."""
    body = raw.lstrip(" \u3000")
    return len(raw) - len(body) + raw[: len(raw) - len(body)].count("\u3000")


def _runs_on(node: Node) -> bool:
    """Whether ``node``'s last line runs on into the next (it ends with a comma, or one
    middle dot: "···", Korean "etc.", ends a list)."""
    if not node.lines:
        return False
    text = node.lines[-1].text.rstrip()
    return text.endswith(RUN_ON_ENDS) and not text.endswith(CLOSED_ENDS)


def _wraps_title(node: Node, it: Marked, unit: Callable[[str], bool]) -> bool:
    """Whether ``it`` is the second line of a numbered item's title, wrapped on its page:
    the item holds its title and nothing else yet, both lines make a title's
    length, and the line opens with a word, not a figure, a bracket or a quote (the item's
    text under a label: "1. 추진근거" / "「사회보장기본법」 제35조 …", "(단위: 백만원)"),
    or is the bracket of the divisions that run it alone ("나. 경로당 냉난방비 지원 및 …"
    / "(어르신장애인과)"), which ends the title as it does unwrapped, however long the
    first line ("… (Haeon International City Forum, HICF 2026)" / "(국제행사팀)"); or it
    closes a bracket the title left open, with nothing after but that bracket of divisions
    ("… ODA 사업 (KOICA-Haeon Smart Water" / "Project) (국제개발협력팀)"): a gloss is
    long, and the title is cut inside it otherwise."""
    second = it.title.lstrip()
    if not (
        node.kind == "item"
        and not node.children
        and node.head == len(node.lines)
        and len(it.lines) == 1
        and node.lines[0].page == it.lines[0].page
        and not node.title.rstrip().endswith(".")
        and not is_caption(it.lines[0])
    ):
        return False
    if _names_units(second, unit) or _closes_open(node.title, second, unit):
        return True
    return len(node.title) + len(second) <= MAX_TITLE_CHARS and second[:1].isalpha()


def _closes_open(title: str, second: str, unit: Callable[[str], bool]) -> bool:
    """Whether ``second`` (a short line) closes the bracket ``title`` ends inside, and
    holds nothing after it but a bracket of divisions ("Project) (국제개발협력팀)")."""
    depth = open_brackets(title)
    if depth <= 0 or len(second) > MAX_TITLE_CHARS:
        return False
    for i, ch in enumerate(second):
        depth += (ch in OPENING_BRACKETS) - (ch in CLOSING_BRACKETS)
        if depth == 0:
            rest = second[i + 1 :].strip()
            return not rest or _names_units(rest, unit)
    return False


def open_brackets(text: str) -> int:
    """How many brackets are open at ``text``'s end (a stray closing one, none)."""
    depth = 0
    for ch in text:
        depth = max(0, depth + (ch in OPENING_BRACKETS) - (ch in CLOSING_BRACKETS))
    return depth


def _names_units(text: str, unit: Callable[[str], bool]) -> bool:
    """A bracket that holds the names of units only ("(어르신장애인과)", "(복지정책과,
    가족청소년과)"), not a date, a unit of measure or a remark."""
    t = text.strip()
    if len(t) < 3 or t[0] not in OPENING_BRACKETS or t[-1] not in CLOSING_BRACKETS:
        return False
    names = [n for n in _NAMES_APART.split(t[1:-1]) if n]
    return bool(names) and all(unit(n) for n in names)


#: marks that close a bracket: a line of them alone closes the line above's ("… 지원
#: (노인장애인과" / ")"), its wrap, no drawing
_CLOSING_MARKS = frozenset(")）]］」』〉》】〕")


def _drawn(text: str) -> bool:
    """A short line of marks only ("⇨ ⇨ ⇨", "➲ ➲"), set between a diagram's boxes."""
    return 0 < len(text) <= MAX_DRAWN_CHARS and not any(
        ch.isalnum() or ch in _CLOSING_MARKS for ch in text
    )


