"""Outline -> sections by role: which part of the report is the budget, the plan, ...

Stages: :func:`assign_roles` (each top heading's title names its role by
the vocabulary of :mod:`extract.roles`; inside the general section, the
parts 조직/인력/예산/주요기능 wherever they sit in the tree) ->
:func:`sections_by_role` (a role's section is its node's lines through the
end of its subtree, tables included).  Sections are found by their titles,
not by their order or their numbering, so a report with sections in another
order, with other numerals, or with one missing still splits; a heading with
no known role keeps its title and stays in the outline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from extract.audit_overviews import audit_overviews
from extract.cover import cover_body
from extract.document import Line, Span
from extract.layout.footnotes import FOOTNOTE_KIND, is_page_footnote, raised_marks
from extract.layout.outline import Node, Outline, build_outline
from extract.normalize.spacing import collapse, despace, squash
from extract.own_chapter import joined, own_chapter
from extract.roles import (
    APPENDIX_ROLES,
    COUNCIL_AUDIT_WORDS,
    GENERAL_BLOCK_BODIES,
    GENERAL_BLOCK_LEADS,
    GENERAL_PARTS,
    LESSER_GENERAL_WORDS,
    PLAN_KIND_WORDS,
    PLAN_MIN_LINES,
    PLAN_WHOLE_WORDS,
    PLEDGE_WORDS,
    STATUS_AFTER_ENDINGS,
    STATUS_AFTER_WORDS,
    STATUS_REASON_WORDS,
    STATUS_SUMMARY_ENDINGS,
    STATUS_SUMMARY_TITLES,
    SUBSIDIARY_WORDS,
    WHOLE_TOP_TITLES,
)
from extract.title_roles import (
    LEADING_YEAR,
    MAX_PART_TITLE,
    TITLES,
    chapter_role,
    chapter_word_role,
    node_part_role,
    part_role,
    tells_status,
    top_role,
)
from extract.unit_names import titled_unit, unglossed


@dataclass(frozen=True, slots=True)
class Section:
    """A titled run of lines: the heading lines, then the body."""

    key: str
    title: str
    heading: tuple[Line, ...]
    lines: tuple[Line, ...]
    node: Node | None = None

    @property
    def content(self) -> list[Line]:
        return [ln for ln in self.lines if ln.is_content]

    @property
    def span(self) -> Span:
        return Span.of(self.heading + self.lines)


@dataclass(slots=True)
class Sections:
    """The sections found in a document, by role."""

    found: dict[str, Section] = field(default_factory=dict)
    #: top-level sections with no role, or a second section of a role already found
    others: list[Section] = field(default_factory=list)
    #: content lines before the first heading (a cover page, a table of contents)
    front: list[Line] = field(default_factory=list)
    outline: Outline | None = None

    def get(self, key: str) -> Section | None:
        return self.found.get(key)

    @property
    def heading_lines(self) -> set[int]:
        return {ln.no for s in [*self.found.values(), *self.others] for ln in s.heading}

    def appendix_parts(self, roles: frozenset[str]) -> list[Section]:
        """The appendices that hold a part of the general section of one of ``roles``
        ("붙임 1. 조직 및 인력 현황", "붙임 2. 2026년 예산 현황"), beside the body's own."""
        return [
            s for s in [*self.found.values(), *self.others]
            if s.node is not None and s.node.kind == "appendix"
            and (s.key in roles or part_role(s.title) in roles)
        ]  # fmt: skip

    def lines_by_no(self) -> dict[int, Line]:
        """Every line of the sections and the front matter, by number."""
        out: dict[int, Line] = {}
        for s in [*self.found.values(), *self.others]:
            for ln in (*s.heading, *s.lines):
                out[ln.no] = ln
        for ln in self.front:
            out[ln.no] = ln
        return out


# --- roles ---------------------------------------------------------------------------


#: how many roles a report's top-level numbered items or bullets must name to be its parts
#: where it has no chapter headings, one of them the general section by a chapter word
#: (일반현황, 기본현황; a press release's "1. 추진 성과" / "2. 향후 추진계획", a notice's
#: "1. 일반사항" / "2. 사업 추진계획" / "3. 선정 평가" are no report's parts); two do where
#: the other is the plan ("1. 일반현황" / "2. 주요업무계획" / "3. 건의사항")
TOP_ITEM_ROLES = 3


def _numbered_parts(tops: Sequence[Node]) -> dict[int, str]:
    """The roles of a report's top-level numbered items (or bullets) where it has no
    chapter headings ("1. 일반현황", "2. 2025년 주요성과", "3. 2026년 주요업무계획"),
    by node id: only where they name :data:`TOP_ITEM_ROLES` roles, the general section
    by a word of :data:`~extract.roles.TOP_TITLES`."""
    if any(t.kind == "heading" for t in tops):
        return {}
    # (an appendix's role counts too: "붙임 1 세부사업 예산 현황" is a report's)
    appended = {role for t in tops if t.kind == "appendix" and (role := top_role(t.title))}
    for kind in ("item", "bullet"):
        roles = {
            id(t): role
            for t in tops
            if t.kind == kind and (role := _part_role(t)) is not None
        }  # fmt: skip
        general = any(t.kind == kind and chapter_word_role(t.title) == "general" for t in tops)
        found = set(roles.values()) | appended
        # (a short report's two: "1. 일반현황" / "2. 주요업무계획" / "3. 건의사항")
        if general and (len(found) >= TOP_ITEM_ROLES or "plans" in found):
            return roles
        # (an agency's general section by its leading word, "1. 기관 현황", one more role
        # beside it: a notice's "1. 일반사항" / "2. 사업 추진계획" / "3. 선정 평가" names three)
        if "general" in roles.values() and len(found) > TOP_ITEM_ROLES:
            return roles
    return {}


def _part_role(node: Node) -> str | None:
    """The role a top-level item's title names: its own line's, else (a title wrapped
    onto the next line: "2. 2024년 복지국 소관" / "정책목표와 추진전략") the whole."""
    return _titled_role(_own_title(node)) or _titled_role(node.title)


def _titled_role(title: str) -> str | None:
    """The role a part's title names, where it is short enough to be a title (a part of
    the general section too, as for a chapter: "2. 부서별 주요기능")."""
    return chapter_role(title) if len(collapse(title)) <= MAX_PART_TITLE else None


def _own_title(node: Node) -> str:
    """The title on a numbered item's own line, without the line after it that a text
    export's wrapping joined to it ("2. 정책목표와 추진전략" / "비전 …")."""
    if node.marker is None or node.head < 2 or not node.lines:
        return node.title
    first = node.lines[0].text.strip()
    if not first.startswith(node.marker.text):
        return node.title
    return first[len(node.marker.text) :].strip() or node.title


def _pledge_cards(top: Node) -> bool:
    """Whether a chapter of pledges titled with how they stand ("Ⅲ. 민선8기 공약사업
    추진상황") sets them out as cards, half its items at least stating a project's facts
    ("1. 하천 산책로 정비" / "○ 사업기간 : …" / "○ 총사업비 : …"): the plan's projects,
    each with its status; not items that sum up, rate and explain them (총괄, a table of a
    pledge a row, 부진공약 사유 및 대책)."""
    key = squash(unglossed(top.title))
    if not any(w in key for w in PLEDGE_WORDS) or not tells_status(key):
        return False
    items = [c for c in top.children if c.kind == "item" and not _sums_pledges_up(c)]
    # (under "… 추진현황 및 향후계획", a pledge with its next step, "○ 향후계획 : …", is its
    # card too)
    nexts = any(w in key for w in STATUS_AFTER_WORDS)
    cards = [
        i for i in items
        if any(_states_card_fact(n) or (nexts and _states_next_step(n)) for n in i.walk()
               if n is not i)
    ]  # fmt: skip
    return bool(cards) and 2 * len(cards) >= len(items)


def _sums_pledges_up(item: Node) -> bool:
    """Whether a status chapter's item sums the pledges up ("1. 총 괄", "공약사업 총괄") or
    explains those that lag ("2. 부진공약 사유 및 대책", "부진공약 대책", "향후 추진계획"
    stating no card's facts), not a pledge ("도심 침수피해 예방대책" over its 사업기간)."""
    key = squash(item.title)
    if key in STATUS_SUMMARY_TITLES or key.endswith(STATUS_SUMMARY_ENDINGS):
        return True
    if any(w in key for w in STATUS_REASON_WORDS):
        return True
    return key.endswith(STATUS_AFTER_ENDINGS) and not any(
        _states_card_fact(n) for n in item.walk() if n is not item
    )


def _states_next_step(node: Node) -> bool:
    """Whether a node is a labelled line of a pledge's next step ("○ 향후계획 : …")."""
    return ":" in node.title and squash(node.title.partition(":")[0]).endswith("계획")


def _states_card_fact(node: Node) -> bool:
    """Whether a node is a labelled line of a project card's facts ("○ 사 업 비 : …")."""
    return ":" in node.title and squash(node.title.partition(":")[0]) in CARD_FACT_LABELS


def _size(top: Node) -> int:
    return sum(len(n.lines) for n in top.walk())


def assign_roles(outline: Outline) -> None:
    """Set ``role`` on the nodes whose titles name one."""
    numbered = _numbered_parts(outline.root.children)
    front = [
        ln for n in outline.root.children if n.kind in ("front", "contents")
        for ln in n.lines if ln.is_content
    ]  # fmt: skip
    first_heading = next(
        (i for i, t in enumerate(outline.root.children) if t.kind == "heading"), None
    )
    for at, top in enumerate(outline.root.children):
        if first_heading is not None and at < first_heading and top.kind == "item":
            # (a part of the general section before the first chapter, its chapter's
            # title lost: on a page that is a picture, "2. 인 력" / "3. 예 산" over tables)
            role = node_part_role(top)
            top.role = role if role in GENERAL_PARTS else top.role
        units = _division_chapters(top)
        if division_chapter(top) or units:
            # ("Ⅰ. 기획감사실": no audit, a division's chapter; "Ⅱ. 과별 주요업무" over
            # "1. 문화정책과": no duties, a chapter of divisions' chapters)
            top.role = None
            for unit in units or [top]:
                for part in unit.children:
                    if part.kind in _PART_KINDS and len(part.title) <= MAX_PART_TITLE:
                        part.role = chapter_role(part.title)
                    elif part.kind == "appendix":  # (a bureau's own 붙임 in a compiled report)
                        role = top_role(part.title)
                        part.role = role if role in APPENDIX_ROLES else "appendix"
            continue
        if top.kind == "heading":
            # (a chapter may be one part of the general section: "Ⅱ. 부서별 주요기능"; the
            # cover's unit's own, "Ⅱ. 기획감사실 현황", is general)
            top.role = chapter_role(top.title) or ("general" if own_chapter(top, front) else None)
            if top.role is None and _pledge_cards(top):
                top.role = "plans"  # (the pledges' cards under a title of their status)
        elif id(top) in numbered:
            top.role = numbered[id(top)]
            own = _own_title(top)
            if own != top.title and _titled_role(own):
                # a part's title is its own line's: the line after it is its text
                top.title, top.head = own, 1
        elif top.kind == "appendix":
            role = top_role(top.title)
            top.role = role if role in APPENDIX_ROLES else "appendix"
        if top.kind == "title" and top.role is None:
            # (or a chapter with no numeral, "총 괄" over the body's 조직, 인력, 예산)
            top.role = node_part_role(top) or WHOLE_TOP_TITLES.get(squash(top.title))
        general = top.role == "general" or top.kind in ("front",)
        if not general:
            continue
        for node in top.walk():
            if node is top or node.kind in ("note", "contents"):
                continue
            role = node_part_role(node)
            if role in GENERAL_PARTS:
                node.role = role
    _general_in_chapter(outline)
    _policy_that_is_the_plan(outline)
    _duties_that_are_the_plan(outline)


def _general_in_chapter(outline: Outline) -> None:
    """Where no chapter is the general section nor a part of it, a block titled as it in
    a chapter of no role is it ("Ⅰ. 예산 편성 개요" / "□ 일반현황" / "○ 조 직 : 6과 22팀"),
    and the parts that chapter states are its parts (its 조직 and 인력, and the budget its
    overview states, "○ 2026년 세출예산(일반회계) : …"): the chapter the report opens
    opens with or a later one, under a title of its own, where it describes the report's
    own body (not "Ⅱ. 출연기관 운영 관리" / "□ 재단현황": a foundation the 국 funds)."""
    if any(n.role in _GENERAL_CHAPTERS for n in outline.nodes):
        return
    front = [
        ln for n in outline.root.children if n.kind in ("front", "contents")
        for ln in n.lines if ln.is_content
    ]  # fmt: skip
    # (the first such chapter before any chapter of a role: a report may open with its
    # vision, "Ⅰ. 비전 및 추진방향", and state its general block in the next, "Ⅱ. 국 운영
    # 현황" / "□ 일반현황"; after its plan, "Ⅲ. 시립박물관 운영", a facility's is its own)
    heads = [n for n in outline.root.children if n.kind == "heading"]
    first_roled = next(
        (i for i, n in enumerate(heads) if n.role not in _PREFACE_ROLES), len(heads)
    )
    found = next(
        (
            (top, block)
            for top in heads[:first_roled]
            if top.role is None and _own_general(top)
            and (block := _general_block(top, front)) is not None
        ),
        None,
    )  # fmt: skip
    if found is None:
        return
    top, block = found
    block.role = "general"
    for node in top.walk():
        if node is top or node is block or node.kind in ("note", "contents"):
            continue
        role = node_part_role(node)
        if role in GENERAL_PARTS:
            node.role = role


#: roles of the chapters a report may open with before its general block ("Ⅰ. 비전 및
#: 추진방향", "Ⅰ. 정책 환경"); none where the chapter has no role
_PREFACE_ROLES: frozenset[str | None] = frozenset({None, "policy", "environment"})


def _own_general(top: Node) -> bool:
    """Whether a chapter of no role may hold the report's own general block: not a
    division's chapter (its parts are its own), nor one of the bodies the report oversees
    ("Ⅰ. 출연기관 운영 관리" / "□ 재단현황")."""
    if division_chapter(top) or _division_chapters(top):
        return False
    return not any(w in squash(unglossed(top.title)) for w in SUBSIDIARY_WORDS)


def _general_block(top: Node, front: Sequence[Line]) -> Node | None:
    """The block of a chapter titled as the general section: by a chapter word of it
    ("□ 일반현황", "□ 조직 및 인력"), or by an agency's leading word ("□ 기관 현황",
    "□ 재단현황") in the report of such a body (the one its cover, ``front``, names)."""
    for part in top.children:
        if part.kind in ("note", "contents") or len(collapse(part.title)) > MAX_PART_TITLE:
            continue
        if chapter_word_role(part.title) == "general":
            return part
        lead = LEADING_YEAR.sub("", squash(unglossed(part.title)))
        if lead.startswith(GENERAL_BLOCK_LEADS) and _agency_body(lead, cover_body(front)):
            return part
    return None


def _agency_body(lead: str, body: str | None) -> bool:
    """Whether the body a report's cover names is of the kind an agency's general block
    names ("재단현황" in a 재단's report, "기관 현황" in a 공단's or a 진흥원's)."""
    if body is None:
        return False
    kinds = next((ends for word, ends in GENERAL_BLOCK_BODIES if lead.startswith(word)), ())
    return body.endswith(kinds)


#: fewest parts with roles of their own that make a chapter titled with a unit's name
#: that unit's chapter ("Ⅱ. 행정복지과" / "1. 일반현황" / "2. 주요업무 추진계획")
MIN_DIVISION_PARTS = 2


#: the roles of a chapter that holds the body's own organisation, staff or budget
_GENERAL_CHAPTERS = frozenset({"general", "organization", "staffing", "budget_summary"})


#: the kinds of a unit's chapter's parts: numbered items, titles, and the chapters of a
#: bureau's own report in a committee's compiled one (:mod:`extract.layout.bureaus`)
_PART_KINDS: tuple[str, ...] = ("item", "title", "heading")


def _division_chapters(top: Node) -> list[Node]:
    """The items of a chapter of divisions, each a division's chapter ("Ⅱ. 과별 주요업무" /
    "1. 문화정책과" / "2. 관광과"): two at least and most of its items, in a chapter that
    is no part of the general section (a 과's own parts listed in "Ⅰ. 일반현황" after its
    조직, 인력 and 예산 leave the chapter general)."""
    role = chapter_role(top.title) if top.kind == "heading" else None
    if role in _GENERAL_CHAPTERS:
        return []
    items = [c for c in top.children if c.kind == "item"]
    units = [c for c in items if division_chapter(c)]
    return units if len(units) >= MIN_DIVISION_PARTS and 2 * len(units) >= len(items) else []


def division_chapter(node: Node) -> str | None:
    """The unit a chapter of a report by division is of: a top heading titled with the
    unit's name alone, over numbered parts of which two at least name roles of the
    genre ("Ⅰ. 기획감사실" over "1. 일반현황", "2. 주요업무 추진계획", "3. … 조치결과"),
    or such a numbered item of a chapter ("Ⅱ. 과별 주요업무" / "1. 문화정책과" over "가. 현
    황", "나. 주요사업", "다. 현안 및 대책"); None for any other node."""
    if node.parent is None:
        return None
    if node.kind == "heading" and node.parent.parent is not None:
        return None
    if node.kind != "heading" and not (
        node.kind == "item" and node.parent.kind == "heading" and node.parent.parent is not None
        and node.parent.parent.parent is None
    ):  # fmt: skip
        # (or a numbered item of a chapter of divisions: "Ⅱ. 과별 주요업무" / "1. 문화정책과"
        # over "가. 현황", "나. 주요사업", "다. 현안 및 대책")
        return None
    unit = titled_unit(collapse(despace(node.title)))
    if unit is None:
        return None
    parts = [
        c for c in node.children
        if c.kind in _PART_KINDS and len(c.title) <= MAX_PART_TITLE
        and chapter_role(c.title) is not None
    ]  # fmt: skip
    return unit if len(parts) >= MIN_DIVISION_PARTS else None


def _duties_that_are_the_plan(outline: Outline) -> None:
    """A chapter titled as the units' duties ("Ⅱ. 팀별 주요업무") whose parts are units
    over cards that state their period or cost ("1. 일자리기획팀" / "□ …" / "○ 사업기간 :
    …") is the plan, where no chapter is titled as one: a 과's report of its teams' work."""
    tops = outline.root.children
    if any(t.role == "plans" for t in tops):
        return
    for top in tops:
        units = [k for k in top.children if k.kind == "item" and titled_unit(k.title)]
        facts = sum(1 for n in top.walk() if _states_card_fact(n))
        if top.role == "functions" and len(units) >= 2 and facts >= len(units):
            top.role = "plans"


#: the labels of a project card's facts, which no chapter of duties states
CARD_FACT_LABELS: tuple[str, ...] = ("사업기간", "사업비", "총사업비", "추진기간")


def _policy_that_is_the_plan(outline: Outline) -> None:
    """A section titled as policy (정책 방향) that holds the whole plan, bigger than any
    section titled as a plan, is the plan (a vision and its strategies fill a page)."""
    tops = outline.root.children
    plans = max((_size(t) for t in tops if t.role == "plans"), default=0)
    for top in tops:
        if top.role == "policy" and _size(top) >= PLAN_MIN_LINES and _size(top) > plans:
            top.role = "plans"


# --- sections ------------------------------------------------------------------------


def _subtree_end(node: Node, order: Sequence[Node], index: dict[int, int]) -> int | None:
    """The first line of the node after ``node``'s subtree, or None at the end."""
    i = index[id(node)]
    depth = node.depth
    for nxt in order[i + 1 :]:
        if nxt.depth <= depth and (first := nxt.opening_line()) is not None:
            return first.no
    return None


def _section(node: Node, lines: Sequence[Line], pos: dict[int, int], end: int | None) -> Section:
    head = tuple(node.head_lines)
    # (a heading drawn as a picture holds no line: its section starts at its first item)
    first = node.opening_line()
    start = pos[head[-1].no] + 1 if head else pos[first.no] if first else len(lines)
    stop = pos[end] if end is not None and end in pos else len(lines)
    title = collapse(despace(node.title)) if node.title else ""
    return Section(node.role or "other", title, head, tuple(lines[start:stop]), node)


def sections_by_role(outline: Outline, lines: Sequence[Line]) -> Sections:
    """Each role's section: the first node of the role (the longer one when a role's
    top heading is seen twice, e.g. in a table of contents and in the body)."""
    result = Sections(outline=outline)
    pos = {ln.no: i for i, ln in enumerate(lines)}
    order = outline.nodes
    index = {id(n): i for i, n in enumerate(order)}
    for n in outline.root.children:
        if n.kind in ("front", "contents"):
            result.front.extend(ln for ln in n.lines if ln.is_content)
    overviews = audit_overviews(outline.root.children)
    summed = {id(o) for run in overviews.values() for o in run}
    for node in order:
        if node.kind in ("front", "contents") or id(node) in summed:
            continue
        is_top = node.parent is outline.root
        if node.role is None and not is_top:
            continue
        section = _section(node, lines, pos, _subtree_end(node, order, index))
        if id(node) in overviews:
            # (the follow-up's summary, then its findings: read as under one chapter)
            summaries = [
                _section(o, lines, pos, _subtree_end(o, order, index)) for o in overviews[id(node)]
            ]
            section = replace(
                section,
                heading=tuple(ln for s in summaries for ln in s.heading) + section.heading,
                lines=tuple(ln for s in summaries for ln in s.lines) + section.lines,
            )
        if node.role is None:
            result.others.append(section)
            continue
        if (
            not is_top and node.parent is not None and division_chapter(node.parent)
            and node.kind != "appendix"
        ):  # fmt: skip
            # (one division's part: each read as its own; a bureau's 붙임 in a committee's
            # compiled report, its appendix, the report's)
            result.others.append(section)
            continue
        have = result.found.get(node.role)
        if have is None:
            result.found[node.role] = section
        elif node.role == "general" and is_top and own_chapter(node, result.front):
            # (the cover's unit's own chapter after the general one before it, "Ⅰ. 군정
            # 일반현황" / "Ⅱ. 기획감사실 현황": one general section)
            result.found[node.role] = joined(have, section)
        elif is_top and have.node is not None and have.node.parent is outline.root:
            keep, drop = (
                (section, have)
                if (names_council_audit(node), not _lesser(node), len(section.content))
                > (names_council_audit(have.node), not _lesser(have.node), len(have.content))
                else (have, section)
            )
            result.found[node.role] = keep
            result.others.append(drop)
        elif is_top:
            result.others.append(section)
        elif (
            node.role == "functions" and have.node is not None
            and _by_division(node) and not _by_division(have.node)
            and not _in_appendix(node) and node not in have.node.path()
        ):  # fmt: skip
            # (the divisions' functions over the body's own: "3. 부서별 주요기능" over "1.
            # 설치근거 및 기능" / "□ 주요기능")
            result.found[node.role] = section
            result.others.append(have)
    return result


#: how a title says its parts are by division ("부서별 주요기능", "과별 주요업무")
BY_DIVISION_WORDS: tuple[str, ...] = ("부서별", "과별", "팀별", "실과별", "기관별")


def _by_division(node: Node) -> bool:
    return any(w in squash(node.title) for w in BY_DIVISION_WORDS)


def _in_appendix(node: Node) -> bool:
    return node.path()[0].kind == "appendix"


def without_page_footnotes(section: Section) -> Section:
    """``section`` without the footnotes at its pages' feet whose marks its lines set
    raised (a line-by-line reader would take them for rows or steps)."""
    marks = raised_marks(section.lines)
    # (and those the outline made footnotes: their marks may stand on another part's lines)
    notes = {
        ln.no for n in (section.node.walk() if section.node is not None else ())
        if n.marker is not None and n.marker.kind == FOOTNOTE_KIND for ln in n.lines
    }  # fmt: skip
    if not marks and not notes:
        return section
    kept = tuple(
        ln for ln in section.lines if ln.no not in notes and not is_page_footnote(ln, marks)
    )
    return replace(section, lines=kept)


def _lesser(node: Node) -> bool:
    """Whether a chapter of a role is one part of it, where another chapter has the role:
    a kind of projects beside the plan (:func:`_plan_kind`), a 공단's 경영현황 (its
    finances) beside its 일반현황."""
    key = squash(node.title)
    return _plan_kind(node) or (node.role == "general" and key.startswith(LESSER_GENERAL_WORDS))


def _plan_kind(node: Node) -> bool:
    """Whether a plans chapter sets out one kind of the bureau's projects ("Ⅲ. 공모사업
    추진현황"), not its plan."""
    key = squash(node.title)
    return (
        node.role == "plans" and any(w in key for w in PLAN_KIND_WORDS)
        and not any(w in key for w in PLAN_WHOLE_WORDS)  # ("주요업무 및 공약사업 추진계획")
    )  # fmt: skip


def names_council_audit(node: Node) -> bool:
    """Whether an audit chapter's title names the council's audit (not the body's own)."""
    return node.role == "audit" and any(w in squash(node.title) for w in COUNCIL_AUDIT_WORDS)


def split_sections(lines: Sequence[Line], skip: frozenset[int] = frozenset()) -> Sections:
    """Find every section of a report (outline, then roles)."""
    outline = build_outline(lines, skip, titles=TITLES)
    assign_roles(outline)
    return sections_by_role(outline, lines)
