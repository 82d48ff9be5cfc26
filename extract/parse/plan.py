"""The plan's projects from the outline, whatever the report's numbering.

A project is a lowest numbered item of the plan section: the cards under the
themes ("1.", "1"), the tasks under the strategies (전략 > 과제 > 세부사업), the
"1-1" boxes under "1/".  Stages, each a plain function:

* :func:`plan_tree` - the section's numbered items and part titles (a division's
  name standing over its tasks), bullets left out; an item the outline nested
  inside the bullets of the item before it, that goes on that item's numbering
  ("2" inside "1"), is put back beside it;
* :func:`drop_overview` - an overview that lists the items before their pages
  (the same titles, no content of their own) is not a second set of items;
* :func:`units` - the leaves are the projects; ids are the numbers of the path
  ("1-2" under "1" stays "1-2"); where the numbering starts again under one
  parent (strategies whose titles are in pictures, a plan split by division)
  each run is numbered in turn;
* :func:`sub_units` - a bullet of a project that states its own cost ("□ 국어
  말뭉치 구축(3,180백만원)", "○ 청년센터 운영▹5.8억원", "ㅇ (사업명) ...
  사업비 10억원") is a project of its own, numbered under its project;
* :func:`read_unit` - the period, cost (with who pays) and labelled fields of a
  project, from its title's tail and its labelled lines (:mod:`.project_facts`).

The issues section (주요현안) is read the same way: its numbered items state a
period and a cost like the plan's; their ids start with "현안".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from extract.document import Line
from extract.layout import Node
from extract.normalize import DateSpan
from extract.parse.base import prov
from extract.parse.project_facts import (
    TAIL_ARROWS,
    Cost,
    Labelled,
    Tail,
    label_kind,
    labelled,
    read_cost,
    read_period,
    read_tail,
)
from extract.parse.text import collapse, squash
from extract.sections import is_unit_name

#: the id prefix of the issues section's projects
ISSUE_PREFIX = "현안"
#: a bullet titled with one of these (or ending in 개요) holds the project's own facts
OVERVIEW_LABELS: frozenset[str] = frozenset({"사업개요", "개요", "추진개요", "사업내용"})
#: longest title of an overview block ("사업개요(2022~2028)" without its tail)
MAX_BLOCK_LABEL = 14
#: a block titled with one of these words tells what was done (추진상황, 추진경과) ...
PAST_WORDS: tuple[str, ...] = (
    "추진상황",
    "추진경과",
    "추진실적",
    "그간",
    "경과",
    "실적",
    "추진현황",
)
#: ... unless it also names what is planned (추진경과 및 계획)
PLAN_WORDS: tuple[str, ...] = ("계획", "일정", "향후")

_LEAD_LABEL = regex.compile(r"^[(（](?P<label>[^()（）]{2,30})[)）]\s*")
_TRAILING = regex.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_NOISE = str.maketrans("", "", "·ㆍ()[]「」『』<>《》〈〉\"'‘’“”")


# --- the tree of numbered items ---------------------------------------------------------


@dataclass(eq=False)
class PItem:
    """A numbered item or a part title of the plan, with the items under it."""

    node: Node
    parent: PItem | None = None
    kids: list[PItem] = field(default_factory=list)

    @property
    def is_title(self) -> bool:
        return self.node.kind == "title"

    @property
    def kind(self) -> str:
        m = self.node.marker
        return m.kind if m is not None else self.node.kind

    @property
    def ordinal(self) -> int:
        m = self.node.marker
        return m.ordinal if m is not None and m.ordinal is not None else 0

    @property
    def number(self) -> str:
        m = self.node.marker
        return m.number if m is not None and m.number is not None else ""

    def add(self, kid: PItem) -> None:
        kid.parent = self
        self.kids.append(kid)

    def walk(self) -> Iterator[PItem]:
        yield self
        for k in self.kids:
            yield from k.walk()


def plan_tree(section: Node) -> PItem:
    """The section's numbered items and part titles as a tree (bullets left out)."""
    root = PItem(section)
    made: dict[int, PItem] = {}

    def last_of(parent: PItem, kind: str) -> PItem | None:
        return next((k for k in reversed(parent.kids) if k.kind == kind), None)

    def walk(node: Node, stack: list[PItem], via_bullet: bool) -> None:
        for child in node.children:
            if child.kind == "item" and child.marker is not None:
                kind = child.marker.kind
                ordinal = child.marker.ordinal or 0
                at = next((i for i in range(len(stack) - 1, 0, -1) if stack[i].kind == kind), None)
                if at is not None:
                    prev = last_of(stack[at - 1], kind)
                    if prev is not None and ordinal == prev.ordinal + 1:
                        # goes on the numbering of an item above: it is that item's sibling
                        item = PItem(child)
                        stack[at - 1].add(item)
                        made[id(child)] = item
                        walk(child, [*stack[:at], item], False)
                        continue
                if via_bullet:
                    continue  # a list inside a project's text (①, 1), 가.)
                item = PItem(child)
                stack[-1].add(item)
                made[id(child)] = item
                walk(child, [*stack, item], False)
            elif child.kind == "title" and len(stack) == 1:
                item = PItem(child)
                stack[0].add(item)
                walk(child, [stack[0], item], False)
            elif child.kind in ("bullet", "note", "figure", "title"):
                under_item = len(stack) > 1 and not stack[-1].is_title
                walk(child, stack, via_bullet or under_item)

    walk(section, [root], False)
    return root


def title_key(title: str) -> str:
    """A title compared without its lead label, its tail and spacing."""
    t = collapse(title)
    tail = read_tail(t, None)
    if tail is not None and tail.title:
        t = tail.title
    t = _LEAD_LABEL.sub("", t)
    return "".join(t.split()).translate(_NOISE)


def _own_size(node: Node) -> int:
    """Lines of a node and of the bullets under it (numbered items left out)."""
    n = len(node.lines)
    for c in node.children:
        if c.kind != "item":
            n += _own_size(c)
    return n


def _size(node: Node) -> int:
    return sum(len(n.lines) for n in node.walk())


def drop_overview(root: PItem) -> None:
    """Remove the entries of an overview list: an item whose title comes again later
    with more under it (its own items, if any, take its place)."""
    items = [p for p in root.walk() if p is not root and not p.is_title]
    order = {id(p.node): p.node.seq for p in items}
    for x in items:
        key = title_key(x.node.title)
        if not key:
            continue
        own = _own_size(x.node)
        later = any(
            title_key(y.node.title) == key
            and order[id(y.node)] > order[id(x.node)]
            and _size(y.node) > own
            for y in items
            if y is not x
        )
        if later and x.parent is not None:
            parent = x.parent
            i = parent.kids.index(x)
            for k in x.kids:
                k.parent = parent
            parent.kids[i : i + 1] = x.kids


# --- projects and their ids ---------------------------------------------------------------


@dataclass(eq=False)
class Unit:
    """A project (or a bullet with a cost of its own under one), with what it states."""

    node: Node
    project_id: str
    title: str
    theme: str
    theme_no: int
    seq: int
    division: str | None = None
    parent: Unit | None = None
    head: list[Line] = field(default_factory=list)
    period: DateSpan | None = None
    cost: Cost | None = None
    cost_label: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    period_line: Line | None = None
    cost_line: Line | None = None
    #: the period and cost were read from a labelled line (not from the title's tail)
    period_labelled: bool = False
    cost_labelled: bool = False

    @property
    def label_lines(self) -> set[int]:
        """The labelled lines the period and cost were read from (not dated tasks)."""
        out = set()
        if self.period_labelled and self.period_line is not None:
            out.add(self.period_line.no)
        if self.cost_labelled and self.cost_line is not None:
            out.add(self.cost_line.no)
        return out


def _groups(parent: PItem) -> list[list[PItem]]:
    """The parent's kids split where a numbering starts again, and at each part title."""
    groups: list[list[PItem]] = []
    last: PItem | None = None
    for k in parent.kids:
        if k.is_title:
            groups.append([k])
            last = None
            continue
        if last is None or k.kind != last.kind or k.ordinal <= last.ordinal:
            groups.append([])
        groups[-1].append(k)
        last = k
    return groups


def _join(parts: list[str]) -> str:
    out = ""
    for p in parts:
        if not p:
            continue
        # "1-2" under "1" is "1-2"
        out = p if out and p.startswith(out + "-") else (f"{out}-{p}" if out else p)
    return out


def units(root: PItem, prefix: str = "") -> list[Unit]:
    """The projects: the leaves of the tree, with their ids, themes and divisions.

    Where the numbering starts again under one parent and the ids would repeat, each
    run (and each part title) is numbered in turn before its items' numbers.
    """
    plain = _units(root, prefix, runs=False)
    ids = [u.project_id for u in plain]
    return plain if len(set(ids)) == len(ids) else _units(root, prefix, runs=True)


def _units(root: PItem, prefix: str, runs: bool) -> list[Unit]:
    out: list[Unit] = []

    def visit(p: PItem, parts: list[str], titles: list[str], division: str | None) -> None:
        groups = _groups(p)
        for g, group in enumerate(groups, start=1):
            own = [str(g)] if runs and len(groups) > 1 else []
            for k in group:
                if k.is_title:
                    name = collapse(k.node.title)
                    div = name if is_unit_name(name) else division
                    visit(k, parts + own, [*titles, name], div)
                    continue
                kid_parts = [*parts, *own, k.number]
                if k.kids:
                    visit(k, kid_parts, [*titles, _clean_title(k.node.title)], division)
                    continue
                first = kid_parts[0] if kid_parts else ""
                out.append(
                    Unit(
                        node=k.node,
                        project_id=f"{prefix}{_join(kid_parts)}",
                        title=_clean_title(k.node.title),
                        theme=" > ".join(t for t in titles if t),
                        theme_no=int(first) if first.isdigit() else 0,
                        seq=k.ordinal,
                        division=division,
                        head=list(k.node.head_lines),
                    )
                )

    visit(root, [], [], None)
    return out


def _clean_title(title: str) -> str:
    """A title without the facts of its tail."""
    t = collapse(title)
    tail = read_tail(t, None)
    return tail.title if tail is not None and tail.title else t


# --- facts --------------------------------------------------------------------------------


def is_overview(node: Node) -> bool:
    """A block holding the project's own facts ("□ 사업개요", "□ 사업개요(2022~2028)")."""
    key = block_key(node)
    return (
        bool(node.children) and key is not None and (key in OVERVIEW_LABELS or key.endswith("개요"))
    )


def block_key(node: Node) -> str | None:
    """The label of a block bullet ("□ 추진상황" -> 추진상황), None for a bullet of text."""
    if node.kind not in ("bullet", "item"):
        return None
    title = regex.split(f"[{TAIL_ARROWS}]", node.title)[0]
    title = _TRAILING.sub("", _LEAD_LABEL.sub("", title).strip() or title)
    key = squash(title)
    return key if 0 < len(key) <= MAX_BLOCK_LABEL else None


def is_block(node: Node, year: int | None) -> bool:
    """A labelled block of a project (□ 사업개요, □ 향후계획): a short title over lines,
    with no cost of its own in the title."""
    if block_key(node) is None or not node.children:
        return False
    tail = read_tail(node.title, year)
    return tail is None or tail.cost is None


def is_past(node: Node) -> bool:
    """A block of what was done before the plan (추진상황, 추진경과, 그간 추진실적)."""
    key = block_key(node)
    if key is None:
        return False
    return any(w in key for w in PAST_WORDS) and not any(w in key for w in PLAN_WORDS)


def starts_with_date(text: str) -> bool:
    """A line that starts with a date ("’24. 5. : ...", "(’25.上) ..."): a dated entry."""
    t = collapse(text).lstrip("(（[")
    return bool(regex.match(r"[’'‘`ˊ]?\s*\d{2,4}\s*[.년]", t))


def _take_period(u: Unit, span: DateSpan, line: Line, label: bool = False) -> None:
    """The first period stated is the project's (a later one is a phase or another's)."""
    if u.period is None:
        u.period, u.period_line, u.period_labelled = span, line, label


def _take_cost(
    u: Unit, cost: Cost, label: str | None, line: Line, from_label: bool = False
) -> None:
    """The first cost stated is the project's (a later one, in a 참고 box, is another's)."""
    if u.cost is None:
        u.cost, u.cost_label, u.cost_line, u.cost_labelled = cost, label, line, from_label


def _tail_of(node: Node, year: int | None) -> tuple[Tail, Line] | None:
    """The first of the node's lines that ends with facts."""
    for i, ln in enumerate(node.lines):
        text = node.title if i < node.head else ln.text
        tail = read_tail(text, year)
        if tail is not None:
            return tail, ln
    return None


def _apply(u: Unit, item: Labelled, line: Line, year: int | None) -> None:
    kind = label_kind(item.label, item.value)
    if kind == "period":
        span = read_period(item.value, year)
        if span is not None:
            _take_period(u, span, line, True)
    elif kind == "cost":
        cost = read_cost(item.value)
        if cost is not None:
            _take_cost(u, cost, collapse(item.label), line, True)
    elif kind == "division" and u.division is None:
        u.division = collapse(item.value)
    if kind is not None:
        u.fields.setdefault(item.key, collapse(item.value))


def own_facts(u: Unit, sub_nodes: set[int], year: int | None) -> None:
    """Read the unit's period, cost, division and fields from its title and its own
    labelled lines: those right under it and those in its overview blocks."""
    found = _tail_of(u.node, year)
    if found is not None:
        tail, ln = found
        if tail.period is not None:
            _take_period(u, tail.period, ln)
        if tail.cost is not None:
            _take_cost(u, tail.cost, tail.cost_label, ln)

    def visit(node: Node, own: bool) -> None:
        for c in node.children:
            if id(c) in sub_nodes or c.kind == "figure":
                continue
            overview = is_overview(c)
            if own or overview:
                head = regex.split(f"[{TAIL_ARROWS}]", c.title)[0]
                if overview and (tail := read_tail(head, year)) and tail.period is not None:
                    _take_period(u, tail.period, c.lines[0])
                for item in labelled(c.text):
                    _apply(u, item, c.lines[0], year)
            visit(c, overview)

    visit(u.node, True)


def _states_cost(node: Node, year: int | None) -> bool:
    """A bullet that states a cost of its own: in its tail, or in a labelled line right
    under it (a bullet whose cost is in an overview block under it is the project's
    summary, as an outline that nests the blocks under the summary box reads it)."""
    found = _tail_of(node, year)
    if found is not None and found[0].cost is not None:
        return True
    for c in node.children:
        for item in labelled(c.text):
            if label_kind(item.label, item.value) == "cost" and read_cost(item.value):
                return True
    return False


def sub_units(u: Unit, year: int | None) -> list[Unit]:
    """The bullets of a project that state their own cost, as projects under it."""
    out: list[Unit] = []

    def visit(node: Node) -> None:
        for c in node.children:
            if is_past(c):
                continue
            if (
                c.kind == "bullet"
                and not is_block(c, year)
                and not starts_with_date(c.title)
                and _states_cost(c, year)
            ):
                out.append(_sub_unit(u, c, len(out) + 1))
                continue
            if c.kind in ("bullet", "item", "note"):
                visit(c)

    visit(u.node)
    return out


def _sub_unit(parent: Unit, node: Node, seq: int) -> Unit:
    title = _clean_title(node.title)
    return Unit(
        node=node,
        project_id=f"{parent.project_id}-{seq}",
        title=title,
        theme=" > ".join(t for t in (parent.theme, parent.title) if t),
        theme_no=parent.theme_no,
        seq=seq,
        division=parent.division,
        parent=parent,
        head=list(node.head_lines),
    )


def read_units(section: Node, year: int | None, prefix: str = "") -> list[Unit]:
    """Every project of a section (sub-projects after their project), facts read."""
    root = plan_tree(section)
    drop_overview(root)
    out: list[Unit] = []
    for u in units(root, prefix):
        subs = sub_units(u, year)
        own_facts(u, {id(s.node) for s in subs}, year)
        out.append(u)
        for s in subs:
            own_facts(s, set(), year)
            out.append(s)
    return out


def unit_lines(u: Unit, skip: set[int]) -> list[Line]:
    """The lines of a unit's subtree (sub-projects' subtrees in ``skip`` left out)."""
    out: list[Line] = []

    def visit(n: Node) -> None:
        out.extend(n.lines)
        for c in n.children:
            if id(c) not in skip:
                visit(c)

    visit(u.node)
    return out


def provenance(u: Unit) -> dict[str, int | None]:
    lines = [ln for n in u.node.walk() for ln in n.lines]
    return prov(lines)
