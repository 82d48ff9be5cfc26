"""The outline's types: nodes, what the vocabulary says about titles, marked lines.

Shared by the passes that read the lines (:mod:`extract.layout.marking`) and the
nesting (:mod:`extract.layout.outline`), and by the sections after them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from extract.document import Line, Span
from extract.layout.markers import Marker
from extract.layout.vocab import REFERENCE_TABS
from extract.normalize.wraps import join_wrapped

#: longest line that can be a title split from its marker (a sentence is not a title)
MAX_TITLE_CHARS = 60

NodeKind = Literal[
    "root", "front", "contents", "heading", "appendix", "item", "bullet", "note", "title",
    "figure",
]  # fmt: skip


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
    #: 1-based position in the tree's walk (0 for the root): document order, but for a note
    #: moved under the item its asterisks name (extract.layout.footnotes)
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
        """Title and continuation lines, joined with single spaces (none where the marks at
        a wrap say it fell inside a word: :func:`~extract.normalize.wraps.join_wrapped`)."""
        return join_wrapped([self.title] + [ln.text for ln in self.body_lines])

    @property
    def number(self) -> str | None:
        return self.marker.number if self.marker else None

    def opening_line(self) -> Line | None:
        """The node's first line, or its first item's (a heading drawn as a picture holds
        none: :mod:`extract.layout.pictured`)."""
        return next((n.lines[0] for n in self.walk() if n.lines), None)

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

    @property
    def is_reference(self) -> bool:
        """A title opened by a 참고 tab: reference material of the item it stands in
        (its figures are that item's again, not a part of its own)."""
        return (
            self.kind == "title"
            and self.head > 1
            and "".join(self.lines[0].text.split()) in REFERENCE_TABS
        )

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


def never_part(_text: str, _top: Node | None) -> bool:
    return False


def never(_text: str) -> bool:
    return False


def no_role(_text: str) -> str | None:
    return None


@dataclass(frozen=True, slots=True)
class TitleRules:
    """What the roles' vocabulary says about titles (it lives with the sections).

    ``part(text, top heading)``: a line without a marker that titles a part
    ("조직현황", "복지정책과"); ``chapter(text)``: a title that names a role of
    the genre ("일반현황", "주요업무계획"); ``unit(text)``: a line that is only a
    unit's name ("미래생활교육과"), which right under an item says who runs it;
    ``appendix(text)``: a chapter title that names an appendix ("부록"); ``role(text)``:
    the role a chapter title names ("일반현황": general), None for another.
    """

    part: Callable[[str, Node | None], bool] = never_part
    chapter: Callable[[str], bool] = never
    unit: Callable[[str], bool] = never
    appendix: Callable[[str], bool] = never
    role: Callable[[str], str | None] = no_role


#: no vocabulary: every unmarked line is text, every numeral a chapter
NO_TITLES = TitleRules()


@dataclass(slots=True)
class Outline:
    """The tree, and which node each outline line belongs to."""

    root: Node
    nodes: list[Node]
    line_node: dict[int, Node]

    @classmethod
    def of(cls, root: Node) -> Outline:
        """The outline of the tree under ``root``: its nodes numbered in walk order
        (``seq``), and each line's node."""
        nodes = [n for n in root.walk() if n is not root]
        line_node: dict[int, Node] = {}
        for seq, n in enumerate(nodes, start=1):
            n.seq = seq
            for ln in n.lines:
                line_node[ln.no] = n
        return cls(root, nodes, line_node)

    def find(self, predicate: Callable[[Node], bool]) -> list[Node]:
        return [n for n in self.nodes if predicate(n)]


@dataclass(frozen=True, slots=True)
class Marked:
    """A line (or a marker line and the title line joined to it) and its marker."""

    lines: tuple[Line, ...]
    marker: Marker | None
    title: str
