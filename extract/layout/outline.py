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
  above them; a line without a marker continues the item above it.

Tables are not part of the tree's text: their lines are skipped, and each
table is attached to the node it stands under.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from extract.document import Line, Span
from extract.layout.markers import Marker, read_marker
from extract.layout.vocab import BULLETS, CONTENTS_TITLES

NodeKind = Literal[
    "root", "front", "contents", "heading", "appendix", "item", "bullet", "note", "title",
    "figure",
]  # fmt: skip

#: longest line that can be a title split from its marker (a sentence is not a title)
MAX_TITLE_CHARS = 60
#: this many lines in a row that continue no item are a figure (a chart, a diagram of
#: boxes) standing under the item before them; fewer are residue
FIGURE_MIN_LINES = 3
#: a table-of-contents entry ends in its page number ("Ⅱ. 2024년 주요업무성과 6")
_PAGE_REF = re.compile(r"(?<=[\s·.…‥])\d{1,3}\s*$")
#: a strategy number set in a box with a slash ("1/", "2 /"): a marker alone
_SLASH_NUMBER = re.compile(r"^(?P<num>\d{1,2})\s*/\s*$")


@dataclass(eq=False)
class Node:
    """One item of the outline with the lines it holds.

    ``lines`` are its marker line(s) first (``head`` of them), then the lines
    that continue it; children are the items under it.  ``title`` is the text
    of the marker line(s) after the marker.
    """

    kind: NodeKind
    marker: Marker | None = None
    title: str = ""
    lines: list[Line] = field(default_factory=list)
    head: int = 0
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    #: ids of the tables that stand directly under this node
    tables: list[int] = field(default_factory=list)
    #: the section role of this node ("general", "plans", ...), set by extract.sections
    role: str | None = None
    #: 1-based position in document order (0 for the root)
    seq: int = 0

    @property
    def depth(self) -> int:
        d, n = 0, self.parent
        while n is not None:
            d, n = d + 1, n.parent
        return d

    @property
    def head_lines(self) -> list[Line]:
        return self.lines[: self.head]

    @property
    def body_lines(self) -> list[Line]:
        return self.lines[self.head :]

    @property
    def text(self) -> str:
        """Title and continuation lines, joined with single spaces."""
        parts = [self.title] + [ln.text.strip() for ln in self.body_lines]
        return " ".join(" ".join(p for p in parts if p).split())

    @property
    def number(self) -> str | None:
        return self.marker.number if self.marker else None

    def walk(self) -> Iterator[Node]:
        """This node and every node under it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def path(self) -> list[Node]:
        """The nodes from the top heading down to this one (the root left out)."""
        out: list[Node] = []
        n: Node | None = self
        while n is not None and n.kind != "root":
            out.append(n)
            n = n.parent
        return out[::-1]

    def first_line(self) -> int | None:
        return self.lines[0].no if self.lines else None

    def last_line(self) -> int | None:
        """The last line of this node's subtree (children included)."""
        last = self.lines[-1].no if self.lines else None
        for child in self.children:
            c = child.last_line()
            if c is not None and (last is None or c > last):
                last = c
        return last

    def span(self) -> Span | None:
        lines = [ln for n in self.walk() for ln in n.lines]
        return Span.of(lines) if lines else None


def _never_part(_text: str, _top: Node | None) -> bool:
    return False


def _never_chapter(_text: str) -> bool:
    return False


@dataclass(frozen=True, slots=True)
class TitleRules:
    """What the roles' vocabulary says about titles (it lives with the sections).

    ``part(text, top heading)``: a line without a marker that titles a part
    ("조직현황", "복지정책과"); ``chapter(text)``: a title that names a role of
    the genre ("일반현황", "주요업무계획"); ``unit(text)``: a line that is only a
    unit's name ("미래생활교육과"), which right under an item says who runs it;
    ``appendix(text)``: a chapter title that names an appendix ("부록").
    """

    part: Callable[[str, Node | None], bool] = _never_part
    chapter: Callable[[str], bool] = _never_chapter
    unit: Callable[[str], bool] = _never_chapter
    appendix: Callable[[str], bool] = _never_chapter


#: no vocabulary: every unmarked line is text, every numeral a chapter
NO_TITLES = TitleRules()


@dataclass(slots=True)
class Outline:
    """The tree, and which node each outline line belongs to."""

    root: Node
    nodes: list[Node]
    line_node: dict[int, Node]

    def find(self, predicate: Callable[[Node], bool]) -> list[Node]:
        return [n for n in self.nodes if predicate(n)]


@dataclass(frozen=True, slots=True)
class Marked:
    """A line (or a marker line and the title line joined to it) and its marker."""

    lines: tuple[Line, ...]
    marker: Marker | None
    title: str


# --- stages ----------------------------------------------------------------------------


def _read(ln: Line) -> tuple[Marker, str] | None:
    text = ln.text.strip()
    m = _SLASH_NUMBER.match(text)
    if m:
        n = m["num"]
        return Marker("num.slash", text, n, int(n)), ""
    if text in BULLETS:  # a glyph alone ("-"): outside a table it is a marker, not a nil cell
        return Marker("bullet:" + BULLETS[text], text), ""
    return read_marker(text)


def _title_after(lines: Sequence[Line], i: int, marker: Marker) -> int | None:
    """Where the title of a marker alone on line ``i`` is: the next short unmarked line
    on its page; a top heading looks one line further, past a line too long to be a
    title (a note set beside it)."""
    reach = 2 if marker.is_top else 1
    for j in range(i + 1, min(i + 1 + reach, len(lines))):
        nxt = lines[j]
        if nxt.page != lines[i].page or _read(nxt) is not None:
            return None
        if len(nxt.text.strip()) <= MAX_TITLE_CHARS:
            return j
    return None


def mark_lines(lines: Sequence[Line]) -> list[Marked]:
    """Each line with its marker; a marker alone on its line takes the next line as title."""
    out: list[Marked] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        read = _read(ln)
        if read is None:
            out.append(Marked((ln,), None, ln.text.strip()))
            i += 1
            continue
        marker, rest = read
        j = None if rest else _title_after(lines, i, marker)
        if j is not None:
            out.append(Marked(tuple(lines[i : j + 1]), marker, lines[j].text.strip()))
            i = j + 1
            continue
        out.append(Marked((ln,), marker, rest))
        i += 1
    return out


_CONTENTS_KEYS = frozenset("".join(t.split()).casefold() for t in CONTENTS_TITLES)


def _is_contents_title(text: str) -> bool:
    return "".join(text.split()).casefold() in _CONTENTS_KEYS


def find_contents(items: Sequence[Marked]) -> tuple[int, int] | None:
    """The (start, end) indexes of a table of contents in ``items``, if there is one.

    It starts at a contents title (보고순서, 목차) or at the first of two top
    headings in a row that end in page numbers; it ends before the first top
    heading that does not end in a page number.
    """
    start = None
    for i, it in enumerate(items):
        if it.marker is None and _is_contents_title(it.title):
            start = i
            break
        if (
            it.marker is not None
            and it.marker.is_top
            and _PAGE_REF.search(it.title)
            and any(
                j.marker is not None and j.marker.is_top and _PAGE_REF.search(j.title)
                for j in items[i + 1 : i + 4]
            )
        ):
            start = i
            break
    if start is None:
        return None
    # the body starts where the first entry's heading comes again without its page number
    tops = [j for j in range(start, len(items)) if _is_top(items[j])]
    at = tops[0] if tops else None
    if at is not None:
        first = _bare_title(items[at].title)
        for j in range(at + 1, len(items)):
            it = items[j]
            if (
                it.marker is not None
                and it.marker.is_top
                and not _PAGE_REF.search(it.title)
                and _bare_title(it.title) == first
            ):
                return start, j
    for j in range(start + 1, len(items)):
        it = items[j]
        if it.marker is not None and it.marker.kind == "roman" and not _PAGE_REF.search(it.title):
            return start, j
    return None


def _is_top(item: Marked) -> bool:
    return item.marker is not None and item.marker.is_top


def _bare_title(title: str) -> str:
    """A contents entry's title without its leader dots and page number, squashed."""
    return "".join(_PAGE_REF.sub("", title).rstrip(" ·.…‥").split())


def _boxed(item: Marked, box_of: Mapping[int, int]) -> Marked:
    """A numbered item drawn in a box of its own is another style than the same number
    inline: "➊ 첨단 기술 ..." boxed heads the inline "➊ 스마트 교차로 ..." under it."""
    m = item.marker
    if m is None or m.is_top or m.number is None or item.lines[0].no not in box_of:
        return item
    return Marked(item.lines, m._replace(kind=m.kind + ".boxed"), item.title)


def _kind_key(m: Marker) -> str:
    return m.kind


#: numbered kinds that head sections (1., 1, 1-1, 1/, 가.): never under a bullet; the
#: smaller numbers (1), (1), ①, 가)) may sit in a bullet's list
HEADING_NUMBERS = frozenset(
    {"num.dot", "num.bare", "num.dash", "num.dash3", "num.slash", "hangul.dot"}
)


def _heads(m: Marker) -> bool:
    return m.kind.removesuffix(".boxed") in HEADING_NUMBERS or m.kind == "roman.inner"


def _overview_again(open_item: Node | None, m: Marker) -> bool:
    """A list starting again at 1 where the open item of its kind has nothing under it."""
    return (
        open_item is not None
        and m.ordinal == 1
        and open_item.marker is not None
        and (open_item.marker.ordinal or 0) > 1
        and not open_item.children
        and not open_item.body_lines
    )


def _pop_bullets(stack: list[Any], marker_of: Callable[[Any], Marker | None]) -> None:
    """A heading number closes the bullets open above it."""
    while len(stack) > 1:
        m = marker_of(stack[-1])
        if m is None or m.is_top or m.number is not None:
            break
        stack.pop()


def _open_at(kinds: Sequence[str], numbered: Sequence[bool], m: Marker) -> int | None:
    """Where the marker's kind is open in the stack, if it is.

    A numbered kind (1., 가), 1-1) is looked for in the whole stack; a bullet only
    below the nearest numbered item: the bullets under each item are a list of
    their own, so a glyph an overview used higher up does not close the item.
    """
    k = _kind_key(m)
    floor = 0
    if m.number is None:
        floor = max((i for i, n in enumerate(numbered) if n), default=0)
    for i in range(len(kinds) - 1, floor - 1, -1):
        if kinds[i] == k:
            return i
    return None


#: shortest title that can tell an overview entry and its detailed item are the same
MIN_OVERVIEW_TITLE = 6


def overview_items(
    items: Sequence[Marked], is_appendix: Callable[[str], bool] = _never_chapter
) -> frozenset[int]:
    """Numbered items an overview lists before telling them again in detail: an item
    whose title comes again, later, in another numbered item.  An appendix that
    restates the items (a summary table of the tasks) tells nothing in detail."""
    appended = [False] * len(items)
    inside = False
    for i, it in enumerate(items):
        if it.marker is not None and it.marker.is_top:
            inside = it.marker.kind == "appendix" or is_appendix(it.title)
        appended[i] = inside
    seen: dict[str, int] = {}
    out: set[int] = set()
    for i in range(len(items) - 1, -1, -1):
        it = items[i]
        m = it.marker
        if m is None or m.is_top or m.number is None or appended[i]:
            continue
        key = "".join(it.title.split())
        if len(key) < MIN_OVERVIEW_TITLE:
            continue
        if key in seen:
            out.add(i)
        else:
            seen[key] = i
    return frozenset(out)


def learn_order(
    items: Sequence[Marked], overview: frozenset[int] = frozenset()
) -> Counter[tuple[str, str]]:
    """How often kind B opened directly under kind A, in a first plain nesting."""
    edges: Counter[tuple[str, str]] = Counter()
    kinds: list[str] = []
    numbered: list[bool] = []
    for index, it in enumerate(items):
        m = it.marker
        if m is None or m.is_note or index in overview:
            continue
        if m.is_top:
            kinds, numbered = [m.kind], [True]
            continue
        at = _open_at(kinds, numbered, m)
        if at is not None:
            del kinds[at + 1 :], numbered[at + 1 :]
        else:
            if _heads(m):
                while len(kinds) > 1 and not numbered[-1]:
                    kinds.pop()
                    numbered.pop()
            if kinds:
                edges[(kinds[-1], _kind_key(m))] += 1
            kinds.append(_kind_key(m))
            numbered.append(m.number is not None)
    return edges


def _node_kind(m: Marker) -> NodeKind:
    if m.kind == "roman":
        return "heading"
    if m.kind == "appendix":
        return "appendix"
    if m.is_note:
        return "note"
    if m.number is not None:
        return "item"
    return "bullet"


def nest(
    items: Sequence[Marked],
    order: Counter[tuple[str, str]],
    titles: TitleRules = NO_TITLES,
    continues: Callable[[Node, Line], bool] | None = None,
    box_of: Mapping[int, int] | None = None,
    overview: frozenset[int] = frozenset(),
    display: frozenset[int] = frozenset(),
    attributed: frozenset[int] = frozenset(),
) -> list[Node]:
    """The top-level nodes built from ``items`` (contents and front matter set apart).

    A line without a marker continues the node above it when ``continues`` says
    so (always, without it).  Lines that do not are a figure node under that
    node when there are :data:`FIGURE_MIN_LINES` of them in a row (a chart's
    text), else they are left out of the tree: residue (a stray caption).

    ``box_of`` gives the drawn box (a one-cell table around text) a line is in:
    a bullet inside a box (a ◇ or ❖ summary) ends where its box ends, so what
    follows the box is not under it; a numbered heading in a box stays open.
    """
    root = Node("root")
    stack: list[Node] = [root]  # open nodes with a marker kind (root first)
    last: Node = root
    loose: list[Line] = []  # lines that continue no item, not yet placed
    last_roman = 0  # the last chapter numeral (Ⅱ = 2)

    def open_node(node: Node, parent: Node) -> None:
        node.parent = parent
        parent.children.append(node)

    def place_loose() -> None:
        if len(loose) >= FIGURE_MIN_LINES:
            owner = last.parent if last.kind == "note" and last.parent else last
            figure = Node("figure", None, loose[0].text.strip(), list(loose), 1)
            open_node(figure, owner)
        loose.clear()

    boxes = box_of or {}
    box_size = Counter(boxes.values())

    def close_boxed_bullets(line: Line) -> None:
        here = boxes.get(line.no)
        while len(stack) > 1:
            n = stack[-1]
            box = boxes.get(n.lines[0].no)
            if box is None or box == here or n.marker is None or n.marker.number is not None:
                break
            stack.pop()

    for index, it in enumerate(items):
        m = it.marker
        if boxes and (m is None or not m.is_top):
            close_boxed_bullets(it.lines[0])
            if last.kind in ("bullet", "note") and last not in stack and m is None:
                last = stack[-1] if len(stack) > 1 else last
        if index in attributed and last.kind == "item" and not last.children:
            # "1-1-1 체험과 실천 중심 인성교육" / "초등교육과" / "미래생활교육과": the
            # divisions that run the item, said before anything under it
            last.lines.extend(it.lines)
            continue
        after = items[index + 1 : index + 2]
        unnumbered = m is None or (m.number is None and not m.is_note and not m.is_top)
        if (
            unnumbered
            and last.kind not in ("root", "front")
            and (
                it.lines[0].no in display
                or (m is None and _titles_a_list(it, after, boxes, box_size))
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
            while len(stack) > 1 and not (stack[-1].marker and stack[-1].marker.is_top):
                stack.pop()
            node = Node("title", None, it.title, list(it.lines), len(it.lines))
            open_node(node, stack[-1])
            stack.append(node)
            last = node
            continue
        if m is None and last.kind not in ("root", "front") and continues:
            in_figure = bool(loose) and loose[-1].page == it.lines[0].page
            titled = len(it.title) <= MAX_TITLE_CHARS and titles.part(it.title, _top(stack))
            if (in_figure or not continues(last, it.lines[0])) and not titled:
                loose.extend(it.lines)
                continue
        place_loose()
        if m is None:
            if len(it.title) <= MAX_TITLE_CHARS and titles.part(it.title, _top(stack)):
                # an unmarked part title ("조직현황", "복지정책과"): it takes the place of
                # the part title open before it, else it opens under the numbered item
                # it stands in ("2. 부서별 성과" / "복지정책과")
                opened = [i for i, n in enumerate(stack) if n.kind == "title"]
                if opened:
                    del stack[opened[-1] :]
                else:
                    _pop_bullets(stack, lambda n: n.marker)
                node = Node("title", None, it.title, list(it.lines), len(it.lines))
                open_node(node, stack[-1])
                stack.append(node)
                last = node
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
        node = Node(_node_kind(m), m, it.title, list(it.lines), len(it.lines))
        if m.is_top:
            del stack[1:]
            open_node(node, root)
            stack.append(node)
            last = node
            continue
        if m.is_note:
            open_node(node, last if last.kind not in ("front", "note") else stack[-1])
            last = node
            continue
        if index in overview:
            # an entry of an overview list told again in detail later: it stays where it
            # is listed and opens nothing, so the detailed items nest as they would
            open_node(node, stack[-1])
            last = node
            continue
        k = _kind_key(m)
        kinds = [n.marker.kind if n.marker else n.kind for n in stack]
        numbered = [n.marker is None or n.marker.number is not None for n in stack]
        at = _open_at(kinds, numbered, m)
        open_item = stack[at] if at is not None else None
        # "2. 부서별 실적" then at once "1. 첫째": a list that starts again right under
        # an item of the same kind is a list of its own, under that item
        restarts = (
            open_item is not None
            and open_item is stack[-1]
            and m.ordinal == 1
            and open_item.marker is not None
            and (open_item.marker.ordinal or 0) > 1
        )
        if at is not None and not restarts and _overview_again(open_item, m):
            # the open list was an overview (items with nothing under them), now told
            # again in detail: close the overview, place the new list anew
            del stack[at:]
            at = None
        if at is not None and not restarts:
            del stack[at:]
        elif at is None:
            if _heads(m):
                _pop_bullets(stack, lambda n: n.marker)
            # close the open items that this kind usually contains
            while len(stack) > 1 and stack[-1].marker is not None and not stack[-1].marker.is_top:
                open_kind = stack[-1].marker.kind
                if order[(k, open_kind)] > order[(open_kind, k)]:
                    stack.pop()
                else:
                    break
        open_node(node, stack[-1])
        stack.append(node)
        last = node
    place_loose()
    return root.children


def _titles_a_list(
    it: Marked, after: Sequence[Marked], box_of: Mapping[int, int], box_size: Counter[int]
) -> bool:
    """A short unmarked line alone in its box, right before a numbered item: the
    title of a group of items ("노동시장 격차 해소" over ① .. ③)."""
    box = box_of.get(it.lines[0].no)
    return (
        box is not None
        and len(it.lines) == 1
        and len(it.title) <= MAX_TITLE_CHARS
        and box_size[box] == 1
        and bool(after)
        and after[0].marker is not None
        and after[0].marker.number is not None
        and not after[0].marker.is_top
    )


def attributions(items: Sequence[Marked], is_unit: Callable[[str], bool]) -> frozenset[int]:
    """Unit names that say who runs the item right above them ("1-1-1 체험 중심
    인성교육" / "초등교육과"): in a chapter where no unit name comes after a bullet
    or a note.  Where one does, the chapter is split by division and the names
    title its parts."""
    out: set[int] = set()
    chapter: set[int] = set()
    mixed = False

    def close() -> None:
        if not mixed:
            out.update(chapter)

    for i, it in enumerate(items):
        m = it.marker
        if m is not None and m.is_top:
            close()
            chapter, mixed = set(), False
            continue
        if m is None and len(it.lines) == 1 and is_unit(it.title):
            j = i - 1  # the nearest marked line above: text between is the title's wrap
            while j >= 0 and items[j].marker is None:
                j -= 1
            before = items[j].marker if j >= 0 else None
            if before is None or before.number is None or before.is_top:
                mixed = True
            chapter.add(i)
    close()
    return frozenset(out)


def _top(stack: Sequence[Node]) -> Node | None:
    """The open top heading, if any."""
    return stack[1] if len(stack) > 1 and stack[1].marker is not None else None


def build_outline(
    lines: Sequence[Line],
    skip: frozenset[int] | set[int] = frozenset(),
    tables: Sequence[tuple[int, int]] = (),
    titles: TitleRules = NO_TITLES,
    continues: Callable[[Node, Line], bool] | None = None,
    box_of: Mapping[int, int] | None = None,
    display: frozenset[int] = frozenset(),
) -> Outline:
    """The outline of the content ``lines``, leaving out the lines in ``skip``.

    ``tables`` are (table id, first line number) pairs: each table is attached
    to the node the line before it belongs to.  ``titles`` says which short
    unmarked lines title a part, and which titles name a role of the genre.
    """
    content = [ln for ln in lines if ln.is_content and ln.no not in skip]
    items = [_boxed(it, box_of) for it in mark_lines(content)] if box_of else mark_lines(content)
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
    tops = nest(body, order, titles, continues, box_of, overview, display, attributed)
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
    nodes = [n for n in root.walk() if n is not root]
    line_node: dict[int, Node] = {}
    for seq, n in enumerate(nodes, start=1):
        n.seq = seq
        for ln in n.lines:
            line_node[ln.no] = n
    _attach_tables(root, nodes, tables, content)
    return Outline(root, nodes, line_node)


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
