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
* the facts of each project, :mod:`extract.parse.plan_facts`; the bullets that are
  projects of their own, :mod:`extract.parse.plan_units`.

The issues section (주요현안) is read the same way: its numbered items state a
period and a cost like the plan's; their ids start with "현안".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from extract.document import Line
from extract.layout import Node
from extract.layout.vocab import BANNER_GLYPHS, SERIES_TITLE_WORDS
from extract.normalize import DateSpan
from extract.parse.costs import Cost, read_cost
from extract.parse.org_notes import closing_change_note
from extract.parse.project_facts import ANY_YEAR, label_kind, labelled
from extract.parse.tags import tagged_closing_units
from extract.parse.tails import read_tail
from extract.parse.text import collapse, squash
from extract.parse.title_units import labelled_closing_units, names_units, title_set_apart
from extract.parse.vocab import BLOCK_LABELS
from extract.unit_names import titled_unit

#: the id prefix of the issues section's projects
ISSUE_PREFIX = "현안"
#: a bullet titled with one of these (or ending in 개요) holds the project's own facts
OVERVIEW_LABELS: frozenset[str] = frozenset({"사업개요", "개요", "추진개요", "사업내용"})
#: ... and a label that ends with one of these ("연구용역 개요", "(기본사항) 기간(’24.5~’25.7),
#: 용역비(7.56억원, 시비)")
OVERVIEW_ENDINGS: tuple[str, ...] = ("개요", "기본사항")
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
    "주요성과",
    "추진성과",
)
#: ... unless it also names what is planned (추진경과 및 계획) or aimed at (주요 성과지표,
#: 주요성과 목표)
PLAN_WORDS: tuple[str, ...] = ("계획", "일정", "향후", "목표", "지표")


def is_past_label(key: str) -> bool:
    """Whether a block's label (squashed) tells what was done before the plan (추진경과,
    그간 추진실적, 2024년 주요성과), not what is planned too (추진경과 및 계획)."""
    return any(w in key for w in PAST_WORDS) and not any(w in key for w in PLAN_WORDS)

LEAD_LABEL = regex.compile(r"^[(（](?P<label>[^()（）]{2,30})[)）]\s*")
#: a bracket at the end with the spaces before it; a match starts only where those spaces
#: start (a search on a long run of spaces is linear)
TRAILING_PAREN = regex.compile(r"(?<!\s)\s*+[(（][^()（）]*+[)）]\s*+$")
_NOISE = str.maketrans("", "", "·ㆍ()[]「」『』<>《》〈〉\"'‘’“”,.:;!")


# --- the tree of numbered items ---------------------------------------------------------


@dataclass(eq=False)
class PItem:
    """A numbered item or a part title of the plan, with the items under it."""

    node: Node
    parent: PItem | None = None
    kids: list[PItem] = field(default_factory=list)
    #: the title whole, where the item wraps it over lines and an overview has it on one
    whole: str = ""

    @property
    def title(self) -> str:
        return self.whole or self.node.title

    #: a bullet over numbered items, that titles them as a part title does ("□ 전략 1 …"
    #: over "① …", "② …")
    banner: bool = False

    @property
    def is_title(self) -> bool:
        return self.node.kind == "title" or self.banner

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
        """The number of the item's id: as printed, but a letter's its place in the order
        ("가." under "1." is 1-1, as ids of numbers are: ids stack whatever the marks)."""
        m = self.node.marker
        if m is not None and m.kind.startswith("hangul") and m.ordinal:
            return str(m.ordinal)
        if m is not None and m.kind.startswith("num.decimal") and m.number is not None:
            return _decimal_number(self.node, m.number)
        return m.number if m is not None and m.number is not None else ""

    def add(self, kid: PItem) -> None:
        kid.parent = self
        self.kids.append(kid)

    def walk(self) -> Iterator[PItem]:
        yield self
        for k in self.kids:
            yield from k.walk()


def plan_tree(section: Node) -> PItem:
    """The section's numbered items and part titles as a tree (bullets left out).

    An item of the same kind as one above it is that item's sibling when it goes on
    its numbering ("2" nested in the bullets of "1"), or when its numbering starts
    again after the item's own text (the next strategy's tasks, its title in a picture);
    items of another kind under an item's bullets are lists inside its text.
    """
    root = PItem(section)
    # bullets that title the items under them, two or more of them ("□ 전략 1 …" over
    # "① …", "□ 전략 2 …" over "③ …"): part titles, as a title line is
    heads = [
        n for n in section.walk()
        if n.kind == "bullet" and n.marker is not None and n.marker.text[:1] in BANNER_GLYPHS
        and any(k.kind == "item" and k.marker is not None for k in n.children)
    ]  # fmt: skip
    banners = {id(n) for n in heads} if len(heads) > 1 else set()

    def last_of(parent: PItem, kind: str) -> PItem | None:
        return next((k for k in reversed(parent.kids) if k.kind == kind), None)

    def place(child: Node, parent: PItem, stack: list[PItem]) -> None:
        item = PItem(child)
        parent.add(item)
        walk(child, [*stack, item], False)

    def walk(node: Node, stack: list[PItem], via_bullet: bool, content: bool = False) -> None:
        # content: the item's own text was seen before this child
        for child in node.children:
            if (
                child.kind == "item"
                and len(stack) > 1
                and not stack[-1].is_title
                and _block_title(child.title)
            ):
                walk(child, stack, True, True)  # ("(1) 추진배경": a block of the item's)
                continue
            if child.kind == "item" and child.marker is not None:
                kind = child.marker.kind
                ordinal = child.marker.ordinal or 0
                level = next(
                    (
                        i
                        for i in range(len(stack) - 1, -1, -1)
                        if (prev := last_of(stack[i], kind)) is not None
                        and ordinal == prev.ordinal + 1
                    ),
                    None,
                )
                if level is not None:  # goes on the numbering of an item placed before
                    place(child, stack[level], stack[: level + 1])
                    continue
                if len(stack) > 1 and stack[-1].kind == kind and content and ordinal <= 1:
                    place(child, stack[-2], stack[:-1])  # starts again after the item's text
                    continue
                if via_bullet:
                    continue  # a list inside a project's text (①, 1), 가.)
                place(child, stack[-1], stack)
            elif child.kind == "title" and len(stack) == 1:
                place(child, stack[0], stack)
            elif child.kind == "bullet" and len(stack) == 1 and not via_bullet and banners:
                if id(child) not in banners:
                    walk(child, stack, False)
                    continue
                banner = PItem(child, banner=True)  # ("□ 전략 1 …" over its items)
                stack[0].add(banner)
                walk(child, [*stack, banner], False)
            elif child.kind in ("bullet", "note", "figure", "title"):
                content = content or bool(child.lines)
                under_item = len(stack) > 1 and not stack[-1].is_title
                walk(child, stack, via_bullet or under_item, content and under_item)

    walk(section, [root], False)
    return root


#: the titles of an item's numbered parts that are its blocks, not projects of their own
#: ("1 해상풍력 집적화단지 지정 추진" / "(1) 추진배경" / "(2) 사업개요" / "(3) 향후계획")
NUMBERED_BLOCKS: frozenset[str] = frozenset(
    {*BLOCK_LABELS, "대응계획", "대응방안", "추진상황", "향후일정", "조치계획", "현황및문제점",
     # (an issue's requests of the council or the ministry: "다) 건의사항")
     "건의사항", "요청사항", "건의내용"}
)


def _block_title(title: str) -> bool:
    """A numbered part's title that is a block's label, alone or before its facts on the
    line ("(1) 추진배경", "1) 추진개요 : 기간 ’26. 3.~11. / 예산 45,000천원"), or a fact's
    label ("(2) 사업비 : 2,300백만원 (국비 1,150 / 시비 1,150)", "(1) 사업기간")."""
    label, colon, value = title.partition(":")
    key = squash(label if colon else title)
    return key in NUMBERED_BLOCKS or label_kind(key, value) is not None


def title_key(title: str) -> str:
    """A title compared without its lead label, its tail and spacing."""
    t = collapse(title)
    tail = read_tail(t, None)
    if tail is not None and tail.title:
        t = tail.title
    t = LEAD_LABEL.sub("", t)
    return "".join(t.split()).translate(_NOISE)


#: an overview list this long whose entries but one are told again is dropped whole
MIN_OVERVIEW = 4
#: shortest title looked for at the start of an item's text (a title wrapped in one place)
MIN_TITLE_PREFIX = 6


def _same_title(mine: tuple[str, str], other: tuple[str, str]) -> bool:
    """An overview entry's title (its first line and its whole text) against an item's:
    the same title, or the same title wrapped over two lines in one of them."""
    title, text = other
    if not title:
        return False
    # wrapped: one's first line is the start of the other's title, its text all of it
    # (a theme "가덕도신공항 건설" over its task "가덕도신공항 건설 신속 추진" is no wrap)
    key, key_text = mine
    return key == title or key_text in (title, text) or (
        len(key) >= MIN_TITLE_PREFIX and key.startswith(title) and text.startswith(key)
    )


def _own_size(node: Node) -> int:
    """Lines of a node and of the bullets under it (numbered items left out)."""
    n = len(node.lines)
    for c in node.children:
        if c.kind != "item":
            n += _own_size(c)
    return n


def _size(node: Node) -> int:
    return sum(len(n.lines) for n in node.walk())


def _take_whole(item: PItem, entry: PItem, key: str, item_key: str) -> None:
    """An item whose title goes on over its next line ("1. 사회혁신 생태계" / "기반 조성 및
    확장") takes the overview entry's title, printed on one line."""
    if len(key) > len(item_key) and key.startswith(item_key) and not item.whole:
        item.whole = entry.node.title


def drop_overview(root: PItem) -> None:
    """Remove the entries of an overview list: an item whose title comes again later
    with more under it, or again among its own items, which then take its place."""
    items = [p for p in root.walk() if p is not root and not p.is_title]
    order = {id(p.node): p.node.seq for p in items}
    keys = {id(p): (title_key(p.node.title), title_key(p.node.text)) for p in items}
    dropped: set[int] = set()
    for x in items:
        key = keys[id(x)][0]
        if not key:
            continue
        own = _own_size(x.node)
        inside = {id(k) for k in x.walk()}
        later = [
            y
            for y in items
            if y is not x
            and _same_title(keys[id(x)], keys[id(y)])
            and order[id(y.node)] > order[id(x.node)]
            and (id(y) in inside or _size(y.node) > own)
        ]
        if later:
            dropped.add(id(x))
            _take_whole(later[0], x, key, keys[id(later[0])][0])
    # the rest of a list whose other entries are all told again (one entry's page lost)
    for parent in [root, *items]:
        for kind in {k.kind for k in parent.kids if not k.is_title}:
            same = [k for k in parent.kids if k.kind == kind]
            gone = sum(1 for k in same if id(k) in dropped)
            if len(same) >= MIN_OVERVIEW and gone >= len(same) - 1:
                dropped.update(id(k) for k in same)
    for x in items:
        if id(x) in dropped and x.parent is not None:
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
    #: the division is the one the item over it names (a part title, a theme's bracket):
    #: a division its own labelled line names is its instead
    inherited: bool = False
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
    #: the period was labelled as when an event is held ("일 시 : …"): the work's own
    #: labelled period outranks it ("사업기간 : …")
    period_at_event: bool = False
    #: a labelled period of no date, a length counted from an event ("착공 후 24개월"): as
    #: written, where no date is stated
    period_raw: str | None = None
    cost_labelled: bool = False
    #: an item of a bullet that lists several, each with its own cost: its facts are the
    #: item's, and what stands under the bullet is the first item's only
    listed: bool = False

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


def _decimal_number(node: Node, number: str) -> str:
    """A decimal number as an id's parts: "3.1.1" under the chapter "3." is 1-1 (the
    chapter's own number is none of its ids', as "Ⅲ" is none); else "1-2-1"."""
    parts = number.split(".")
    up = node.parent
    while up is not None and (up.marker is None or up.marker.kind != "num.dot"):
        up = up.parent
    if up is not None and up.marker is not None and up.marker.number == parts[0]:
        parts = parts[1:]
    return "-".join(parts)


def _join(parts: list[str], printed: bool = False) -> str:
    out = ""
    for p in parts:
        if not p:
            continue
        # "1-2" under "1" is "1-2"; with ``printed``, so is a path under a number of
        # another series ("과제 1-3" under "전략 2": the task's number holds its goal's)
        path = p.startswith(out + "-") or (printed and "-" in p)
        out = p if out and path else (f"{out}-{p}" if out else p)
    return out


def units(root: PItem, prefix: str = "") -> list[Unit]:
    """The projects: the leaves of the tree, with their ids, themes and divisions.

    Where the numbering starts again under one parent and the ids would repeat, each
    run (and each part title) is numbered in turn before its items' numbers.
    """
    # (a printed path the id as printed where the ids stay apart: "과제 1-3" under "전략
    # 2"; else under its parents', "1-1" under "2." is 2-1-1)
    for printed in (True, False):
        plain = _units(root, prefix, runs=False, printed=printed)
        ids = [u.project_id for u in plain]
        if len(set(ids)) == len(ids):
            return plain
    return _units(root, prefix, runs=True)


def _units(root: PItem, prefix: str, runs: bool, printed: bool = False) -> list[Unit]:
    out: list[Unit] = []

    def visit(
        p: PItem, parts: list[str], titles: list[str], division: str | None,
        theme: int | None = None,
    ) -> None:  # fmt: skip
        groups = _groups(p)
        g = 1
        banners = 0
        for group in groups:
            own = [str(g)] if runs and len(groups) > 1 else []
            before = len(out)
            for k in group:
                if k.is_title:
                    name, unit = theme_division(unlabelled(collapse(k.node.title)))
                    banners += k.banner
                    # (the items under a banner, "□ 전략 2 …", are of its theme: the 2nd)
                    mine = banners if k.banner else theme
                    # (a vision over the plan, "비 전 : …", is no theme of it)
                    named = [] if _VISION.match(name) else [name]
                    visit(k, parts + own, [*titles, *named], unit or division, mine)
                    continue
                kid_parts = [*parts, *own, k.number]
                if k.kids and not _states_own_cost(k.node):
                    # (a numbered item that names a division, "1. 보건행정과", or closes
                    # with one's bracket, "1. … 구현 (자치행정과)", over its projects: theirs)
                    name, unit = theme_division(clean_title(k.title))
                    visit(k, kid_parts, [*titles, name], unit or division, theme)
                    continue
                first = kid_parts[0] if kid_parts else ""
                title, units = own_units(k.node, clean_title(k.title))
                stated = ", ".join(units) or _runs_it(k.node)
                out.append(
                    Unit(
                        node=k.node,
                        project_id=f"{prefix}{_join(kid_parts, printed)}",
                        title=title,
                        theme=" > ".join(t for t in titles if t),
                        # (a 현안's number is no theme of the plan: 현안3 is no goal 3's)
                        theme_no=theme if theme is not None
                        else _theme_no(first, len(kid_parts) > 1)
                        if prefix != ISSUE_PREFIX else 0,
                        seq=k.ordinal,
                        division=stated or division,
                        inherited=not stated and division is not None,
                        head=list(k.node.head_lines),
                    )
                )
            # a run with no project of its own (an overview's title, "2025년 중점 추진과제"
            # over the goals listed before they are told) takes no number
            g += len(out) > before

    visit(root, [], [], None)
    return out


def theme_division(title: str) -> tuple[str, str | None]:
    """A theme's title and the division it names: alone ("1. 보건행정과", "【 해양정책과 】",
    titled by that name) or in a bracket of one division it closes with ("1. 소통하고
    신뢰받는 자치행정 구현 (자치행정과)", titled without it); else the title and none (a
    bracket of several divisions names none of its cards').

    >>> theme_division("촘촘한 복지 실현 (주민복지과)"), theme_division("【 해양정책과 】")
    (('촘촘한 복지 실현', '주민복지과'), ('해양정책과', '해양정책과'))
    """
    unit = titled_unit(title)
    if unit is not None:
        return unit, unit
    bare, units = tagged_closing_units(title)
    return (bare, units[0]) if bare and len(units) == 1 else (title, None)


def _states_own_cost(node: Node) -> bool:
    """Whether an item's own lines state its cost ("1-3. 지역균형발전 협력사업" / "○ 총사업비 :
    35.0억원(국 8.0, 시 27.0)" over "1-3-1. …", each with its own): a project over its
    sub-projects, no theme."""
    return any(
        c.kind == "bullet" and any(
            label_kind(i.label, i.value) == "cost" and read_cost(i.value) is not None
            for i in labelled(c.title)
        )
        for c in node.children
    )  # fmt: skip


#: the letters that number a plan's parts in order ("가. …", "나. …")
LETTER_NUMBERS = "가나다라마바사아자차카타파하"


def _theme_no(first: str, above: bool = False) -> int:
    """The theme's number a project's first part gives: "2" -> 2, "나" -> 2; a dash
    number, that of a theme over the project (``above``) numbered under its chapter's,
    "1-3" -> 3, or the project's own, "2-1" -> 2; else 0."""
    if first.isdigit():
        return int(first)
    if regex.fullmatch(r"\d{1,2}(?:-\d{1,2})+", first):
        return int(first.rsplit("-", 1)[1] if above else first.split("-", 1)[0])
    return LETTER_NUMBERS.index(first) + 1 if len(first) == 1 and first in LETTER_NUMBERS else 0


#: words that label a part of the plan by its number ("목표 2 …", "□ 전략 1 …"): the
#: theme is the words after them (the layout's words of a series of titles, and those that
#: label a banner only)
THEME_LABELS: tuple[str, ...] = (*sorted(SERIES_TITLE_WORDS), "방향", "과제")
_THEME_LABEL = regex.compile(
    r"^(?:" + "|".join(THEME_LABELS) + r")\s*+\d{1,2}(?!\d)[.:)]?\s++(?=\S)"
)


#: a vision's line over the plan ("비 전 : 함께 돌보는 새솔")
_VISION = regex.compile(r"^비\s*전\s*[:：]")


def unlabelled(title: str) -> str:
    """A part's title without the label that numbers it: "목표 2 선제적 화재예방" ->
    "선제적 화재예방"."""
    return str(_THEME_LABEL.sub("", title))


def _runs_it(node: Node) -> str | None:
    """The divisions named right under an item's title ("초등교육과" / "미래생활교육과"),
    which the outline keeps as the item's own lines (a paragraph of its title's box, one
    bracketed too, "(경제정책과)"; a team after its 과 the 과's: :func:`names_units`)."""
    return ", ".join(names_units([ln.text for ln in node.body_lines])) or None


def own_units(node: Node, title: str) -> tuple[str, list[str]]:
    """A project's title without the units that run it, and those units: the bracket it
    closes with, or the names its line sets apart at its end (a tab's or a box's cell's
    gap: :func:`~extract.parse.title_units.title_set_apart`), or a bracket labelling them."""
    bare, units = tagged_closing_units(title)
    if not bare:  # (a title that is its bracket alone keeps it)
        return title, []
    if not units and node.head_lines:
        bare, units = title_set_apart(title, node.head_lines[-1].text)
    if not units:  # (a bracket that labels them: "… (담당 : 일자리정책과)")
        bare, units = labelled_closing_units(title)
    return bare, units


#: a pointer after a title to what it is in detail ("학자금 대출이자 지원▹ 대학(원)생 및
#: 졸업생", "도서관 개관시간 연장사업▹야간 도서관 개방지원"): the title ends there
DETAIL_POINTERS = "▹▸"
#: the syllables a title before a pointer has at least, to be a name
MIN_NAME = 4
_LABEL_ONLY = regex.compile(r"^\s*+[(（][^()（）]*+[)）]\s*+$")


def clean_title(title: str) -> str:
    """A title without the facts of its tail, the detail it points to, nor the block label
    it opens with.

    >>> clean_title("부전도서관 공공개발▹기본계획 수립 용역 추진(3월~12월, 0.8억원)")
    '부전도서관 공공개발'
    >>> clean_title("어린이 영어교육프로그램 확대 추진(3월~, 16억원)")
    '어린이 영어교육프로그램 확대 추진'
    >>> clean_title("(주요내용) ▹ 공공도서관 건립"), clean_title("신규 ▹ 청년 창업 지원(3억원)")
    ('▹ 공공도서관 건립', '신규 ▹ 청년 창업 지원')
    """
    t = collapse(title)
    if (noted := closing_change_note(t)) is not None:  # (a note of change kept: a tag)
        return f"{clean_title(noted[0])} ({noted[1]})"
    tail = read_tail(t, ANY_YEAR)  # (any year: "(3월~, 16억원)" is facts with none too)
    t = drop_block_label(tail.title if tail is not None and tail.title else t)
    head = regex.split(f"[{DETAIL_POINTERS}]", t, maxsplit=1)[0].rstrip()
    # (a name, not a label or a word of kind: "(주요내용) ▹ …", "신규 ▹ …" keep what follows)
    named = len(squash(head)) >= MIN_NAME and not _LABEL_ONLY.match(head)
    return head if named else t


#: a label of what stands as of a date: its line states facts, not what is to be done
STATUS_LABEL = "현황"


def drop_block_label(text: str) -> str:
    """Text without the label of a block it opens with ("(향후계획) 광역취수탑 건설",
    "(주요내용) …", "(현황 및 개요) …"): the block says what the line is, not what it
    names.  A topic's label ("(환승센터) …") stays.

    >>> drop_block_label("(향후계획) 광역취수탑 건설"), drop_block_label("(환승센터) 조성")
    ('광역취수탑 건설', '(환승센터) 조성')
    """
    m = LEAD_LABEL.match(text)
    if m is None or not text[m.end() :].strip():
        return text
    key = "".join(m["label"].split())
    if key.endswith(STATUS_LABEL):
        return text  # ("(이용현황) (‘24.9.) 전체 129천명": a status, dated, is no step)
    block = key.endswith(BLOCK_LABELS) or key in OVERVIEW_LABELS or key.endswith(OVERVIEW_ENDINGS)
    return text[m.end() :].strip() if block else text


def bullet_unit(
    node: Node, project_id: str, seq: int, theme: str = "", theme_no: int = 0,
    division: str | None = None,
) -> Unit:
    """A bullet that is a project: titled by its line without the units its bracket closes
    with, which are its division (else ``division``)."""
    title, units = tagged_closing_units(clean_title(node.title))
    return Unit(node=node, project_id=project_id, title=title, theme=theme, theme_no=theme_no,
                seq=seq, division=", ".join(units) or division,
                inherited=not units and division is not None, head=list(node.head_lines))
