"""A project's own facts, and whether a line states a cost of its own.

* :func:`own_facts` - the period, cost, division and labelled fields of a project, from
  its title's tail and its labelled lines: those right under it and those of its
  overview blocks (□ 사업개요); the first period and cost stated are the project's;
* :func:`states_cost` - a bullet that states a cost of its own (its tail, a labelled
  line under it, its overview); :mod:`extract.parse.plan_units` makes such bullets
  projects of their own.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

import regex

from extract.document import Line
from extract.layout import Node
from extract.normalize import DateSpan, find_dates
from extract.normalize.durations import length_from_event
from extract.normalize.vocab import QUOTE_CLASS, TILDES
from extract.parse.base import prov
from extract.parse.blocks import (
    ABOUT_ENDINGS,
    block_key,
    is_fact_block,
    is_overview,
    is_past,
    is_state,
)
from extract.parse.costs import Cost, read_cost, read_labelled_cost
from extract.parse.org_notes import without_change_notes
from extract.parse.paragraph_facts import labelled_line, own_lines
from extract.parse.past_costs import past_label
from extract.parse.plan import (
    LEAD_LABEL,
    OVERVIEW_ENDINGS,
    OVERVIEW_LABELS,
    Unit,
)
from extract.parse.project_facts import (
    COST_IF_AMOUNT_ENDINGS,
    Labelled,
    dates_a_moment,
    division_value,
    label_kind,
    labelled,
    names_division,
    names_the_works_period,
    prep_date,
    read_period,
    split_top,
)
from extract.parse.tails import (
    TAIL_ARROWS,
    Tail,
    bracket_facts,
    read_tail,
)
from extract.parse.text import collapse, squash

#: a period in brackets a line opens with, its words after it: "(‘24.~’25.) 수영강 등 3개
#: 하천 하천정비사업(29.5억원)"
_LEADING_PERIOD = regex.compile(r"^[(（](?P<when>[^()（）]{2,24})[)）]\s*+(?P<rest>\S.*+)$")


def leading_period(text: str, year: int | None) -> tuple[DateSpan | None, str]:
    """The range of years or months a line opens with in brackets, and the line after it
    ("(‘24.~’25.) 하천정비사업(29.5억원)": ’24.~’25., "하천정비사업(29.5억원)"); a single
    date there is a dated step's ("(’25.3.) 착공"), no period: (None, the line)."""
    m = _LEADING_PERIOD.match(collapse(text))
    if m is None or not any(t in m["when"] for t in TILDES):
        return None, text
    period, cost = bracket_facts(m["when"], year)
    if period is None or cost is not None or find_dates(prep_date(m["rest"]), year=year):
        return None, text  # (a line of steps, each dated: "(’25.1.~3.) 발주 → (’25.4.~12.) …")
    return period, m["rest"]


def starts_with_date(text: str) -> bool:
    """A line that starts with a date ("’24. 5. : ...", "(’25.上) ..."): a dated entry."""
    t = collapse(text).lstrip("(（[")
    return bool(regex.match(QUOTE_CLASS + r"?\s*\d{2,4}\s*[.년]", t))


def take_period(
    u: Unit,
    span: DateSpan,
    line: Line,
    label: bool = False,
    at_event: bool = False,
    works: bool = False,
) -> None:
    """The first period stated is the project's (a later one is a phase or another's),
    but the work's own labelled period (``works``) outranks an event's days labelled
    before it (``at_event``: "○ 일 시 : 2026. 5. 2.(토) ~ 5. 4.(월)" / "○ 사업기간 : ’26.
    1.~6."; not a phase's, "○ 참가접수기간 : ’26. 5. 1.~7. 31.")."""
    if u.period is None or (u.period_at_event and label and works):
        u.period, u.period_line, u.period_labelled = span, line, label
        u.period_at_event = at_event


def _scale(label: str | None) -> bool:
    """A label of a scale that states a cost only where it holds an amount ("지원규모")."""
    return squash(label or "").endswith(COST_IF_AMOUNT_ENDINGS)


def take_cost(
    u: Unit, cost: Cost, label: str | None, line: Line, from_label: bool = False,
    year: int | None = None,
) -> None:
    """The first cost stated is the project's (a later one, in a 참고 box, is another's),
    but a cost's own label (사 업 비) outranks a scale that states an amount before it
    ("지원규모 : 융자 700억원": what it lends, not what it costs), and one of an earlier
    year ("전년도 사업비 : 120백만원": the card's cost is this year's)."""
    scale = u.cost_labelled and _scale(u.cost_label)
    own = from_label and not _scale(label)
    past = u.cost_labelled and past_label(u.cost_label, year)
    if u.cost is None or (scale and own) or (past and own and not past_label(label, year)):
        u.cost, u.cost_label, u.cost_line, u.cost_labelled = cost, label, line, from_label


def _tail_of(node: Node, year: int | None) -> tuple[Tail, Line] | None:
    """The first of the node's lines that ends with facts (or its text as a whole, where
    its facts wrap onto the next line: "… : 3개 과정 90명, 60백만원(…)," / "’26. 3.~11.")."""
    if node.body_lines and node.kind in ("bullet", "item"):
        whole = read_tail(node.text, year)
        if whole is not None and whole.cost is not None and whole.period is not None:
            return whole, node.lines[0]
    for i, ln in enumerate(node.lines):
        # (a title's note of change dates no period: "지역축제 지원(’25. 7. 신설)")
        text = without_change_notes(node.title) if i < node.head else ln.text
        tail = read_tail(text, year)
        if tail is not None:
            return tail, ln
    return None


def apply_fact(u: Unit, item: Labelled, line: Line, year: int | None) -> None:
    """Take the period, cost or division a labelled item states (where none is yet)."""
    kind = label_kind(item.label, item.value)
    if kind is None and regex.sub(r"[^\p{Hangul}]", "", item.key) in OVERVIEW_LABELS:
        # "사업개요 : ’25. 1.~12., 도내 7개 시군, 사업비 …": the overview opens with the period
        first = split_top(item.value)[0] if item.value.strip() else ""
        span = read_period(first, year) if first else None
        if span is not None and prep_date(first).strip() == span.raw.strip():
            take_period(u, span, line, True)
    if kind == "period":
        span = read_period(item.value, year)
        if span is not None:
            take_period(u, span, line, True, dates_a_moment(item.label),
                        names_the_works_period(item.label))  # fmt: skip
        elif u.period_raw is None:
            u.period_raw = length_from_event(item.value)  # ("착공 후 24개월": no date)
    elif kind == "cost":
        cost = read_labelled_cost(item.value)
        if cost is not None:
            take_cost(u, cost, collapse(item.label), line, True, year)
    elif kind == "division" and (u.division is None or u.inherited) and names_division(item):
        # (its own 담당 line outranks the division of the item over it)
        u.division, u.inherited = division_value(item.value), False
    if kind is not None:
        u.fields.setdefault(item.key, collapse(item.value))


#: the endings of a team's or a division's name a title's bracket lists beside its facts
BESIDE_UNIT_ENDINGS: tuple[str, ...] = (
    "팀", "과", "담당관", "정책관", "기획관", "실", "단", "사업소", "센터", "본부", "처",
)  # fmt: skip


def own_facts(u: Unit, sub_nodes: set[int], year: int | None) -> None:
    """Read the unit's period, cost, division and fields from its title and its own
    labelled lines: those right under it and those in its overview blocks."""
    found = _tail_of(u.node, year)
    listed = False  # the title lists several costs: none of them is the unit's
    if found is not None:
        tail, ln = found
        periods, listed = tail_listed(tail, u.node, year)
        if tail.period is not None and not periods:
            take_period(u, tail.period, ln)
        if tail.cost is not None and not listed:
            take_cost(u, tail.cost, tail.cost_label, ln)
        if tail.beside is not None and tail.beside.endswith(BESIDE_UNIT_ENDINGS):
            # ("(소득작목팀, ’26. 1.~12., 95백만원 / 군 95)", "(기획조정실, …)"; not a place,
            # "(가온복지관, …)")
            u.division, u.inherited = tail.beside, False

    for ln in own_lines(u.node):  # (a Hangul card's unmarked paragraphs: "사업기간⇥’25.")
        for item in labelled_line(ln):
            apply_fact(u, item, ln, year)

    def visit(node: Node, own: bool, depth: int = 0) -> None:
        for c in node.children:
            if id(c) in sub_nodes or c.kind == "figure":
                continue
            # (an overview line one bullet down is the unit's too: see states_cost)
            overview = is_overview(c) or (depth == 1 and _overview_line(c))
            if own or overview:
                head = regex.split(f"[{TAIL_ARROWS}]", c.title)[0]
                if overview and (tail := read_tail(head, year)) and tail.period is not None:
                    take_period(u, tail.period, c.lines[0])
                for item in labelled(c.text):
                    apply_fact(u, item, c.lines[0], year)
            # (a box's title over its lines is no step down: "<… 실증사업>" / "✔ (기본개요)";
            # right under the unit, it is one, as the line it would stand under is)
            step = c.kind != "title" or depth == 0
            visit(c, overview, depth + step)

    visit(u.node, True)
    if u.division is None or u.inherited:
        # (or a contact note anywhere in the card, "※ 담당 : 교통정책과 교통기획팀장 김○○
        # (☎ …)", however deep its line hangs)
        for note in _notes(u.node, sub_nodes):
            for item in labelled(note.text):
                if label_kind(item.label, item.value) == "division":
                    apply_fact(u, item, note.lines[0], year)
    if u.division is None or u.inherited:
        # (or a line wholly in brackets closing the card, "[담당 : 의정담당관]", a line of
        # its own or one its last bullet took as its wrap)
        for ln in _bracketed_lines(u.node, sub_nodes):
            whole = _WHOLE_BRACKET.match(ln.text.strip())
            for item in labelled(whole["inner"]) if whole is not None else []:
                if label_kind(item.label, item.value) == "division":
                    apply_fact(u, item, ln, year)
    if u.cost is None:
        # (none stated above its blocks: the labelled lines right under a title line that
        # labels its one block of facts, "추진계획" in a box over "○ 사업기간 : …", or
        # under such a block's bullet, "□ 추진계획" / "○ 사업기간 : …" / "○ 사업비 : …";
        # or the period stated above them, the cost in it: "○ 기간 : ’25. 3.~12." /
        # "○ 추진계획" / "- 사업비 : 100백만원"; not the period where the cost stands
        # above, "○ 총사업비 : …" / "○ 추진계획" / "- 기간 : ’25. 3.~5." / "- 내용 : 공모":
        # that block's period is its step's)
        only_cost = u.period is not None
        for c in u.node.children:
            if id(c) not in sub_nodes and (titles_facts(c) or _facts_block(c)):
                for k in c.children:
                    for item in labelled(k.text):
                        if not only_cost or label_kind(item.label, item.value) == "cost":
                            apply_fact(u, item, k.lines[0], year)
    if u.cost is None:
        _block_facts(u, sub_nodes, year)
    if u.cost is None and (about := about_cost(u.node)) is not None:
        label = "총사업비" if "총사업비" in squash(about[1].text) else None
        take_cost(u, about[0], label, about[1])
    line = cost_line(u.node, year)
    found = cost_tail(line, year) if line is not None and id(line) not in sub_nodes else None
    if line is None or found is None or found[0].cost is None or listed:
        return
    if not tail_listed(found[0], line, year)[1]:
        take_cost(u, found[0].cost, found[0].cost_label, found[1])


#: a line wholly in one bracket ("[담당 : 의정담당관]", "(담당 : 홍보담당관)")
_WHOLE_BRACKET = regex.compile(
    r"^[\[［(（【〔<〈]\s*+(?P<inner>[^\[\]［］()（）【】〔〕<>〈〉]{1,60}+)[\]］)）】〕>〉]$"
)


def _bracketed_lines(node: Node, skip: AbstractSet[int]) -> list[Line]:
    """The lines in ``node``'s subtree, but under the nodes ``skip`` names, each wholly in
    one bracket (:data:`_WHOLE_BRACKET`)."""
    out: list[Line] = []
    for c in node.children:
        if id(c) in skip:
            continue
        out += [ln for ln in c.lines if _WHOLE_BRACKET.match(ln.text.strip())]
        out += _bracketed_lines(c, skip)
    return out


def _notes(node: Node, skip: AbstractSet[int]) -> list[Node]:
    """The notes in ``node``'s subtree, but under the nodes ``skip`` names (sub-projects)."""
    out: list[Node] = []
    for c in node.children:
        if id(c) in skip:
            continue
        if c.kind == "note" and c.lines:
            out.append(c)
        out.extend(_notes(c, skip))
    return out


#: blocks of an issue's response, whose labelled cost is the issue's ("□ 대응계획" /
#: "○ 소요예산 : 21억원(…)"); not a plan's next steps (□ 향후계획 / "- 사업비 10억원, 설계")
RESPONSE_BLOCKS: tuple[str, ...] = (
    "대응계획", "대응방안", "조치계획", "해결방안", "개선방안", "대책", "향후대책", "추진대책",
)  # fmt: skip


def response_facts(
    node: Node, kind: str, year: int | None, skip: AbstractSet[int] = frozenset()
) -> tuple[Labelled, Line] | None:
    """The first fact of ``kind`` ("cost", "period") labelled in a block of the response
    to an issue ("□ 대응계획" / "○ 소요예산 : 21억원(국 10.5, 도 3.15, 시군 7.35)"), with
    its line; ``skip``: the ids of blocks that are projects of their own."""
    for block in node.children:
        key = block_key(block)
        if id(block) in skip or key is None or not key.endswith(RESPONSE_BLOCKS):
            continue
        for c in block.children:
            # (a cost's own label: not a scale that states an amount, "운용규모 : 1조원")
            items = [
                it for it in labelled(c.text)
                if label_kind(it.label, it.value) == kind
                and not _scale(it.label)
            ]  # fmt: skip
            value = items[0].value if items else ""
            if items and (
                read_labelled_cost(value) if kind == "cost" else read_period(value, year)
            ) is not None:
                return items[0], c.lines[0]
    return None


def _block_facts(u: Unit, sub_nodes: set[int], year: int | None) -> None:
    """The cost and period labelled in a block of the response to an issue, where no
    overview states them: the first of each (:func:`response_facts`)."""
    for kind in ("cost", "period"):
        found = response_facts(u.node, kind, year, sub_nodes)
        if found is not None:
            apply_fact(u, found[0], found[1], year)


def tail_listed(tail: Tail, node: Node, year: int | None) -> tuple[bool, bool]:
    """Whether the tail's period, its cost is the last of a list's, each item's own: on
    its line, or over the node's wrapped lines (the list may start on the line before)."""
    whole = read_tail(node.text, year) if len(node.lines) > 1 else None
    return (
        tail.listed_period or bool(whole and whole.listed_period),
        tail.listed or bool(whole and whole.listed),
    )


#: words of a label of what is lent or guaranteed, no cost ("융자규모 : 3,000억원")
LENDING_WORDS: tuple[str, ...] = ("융자", "대출", "보증")


def labelled_cost(node: Node) -> bool:
    """A line that states a cost under a label: "(사업비) 10억원", "사업비 : 10억원" (not
    what is lent: "· 융자규모 : 3,000억원")."""
    return any(
        label_kind(item.label, item.value) == "cost" and read_cost(item.value)
        and not any(w in item.key for w in LENDING_WORDS)
        for item in labelled(node.text)
    )  # fmt: skip


def cost_tail(node: Node, year: int | None) -> tuple[Tail, Line] | None:
    """The node's tail where it states a cost ("... ▸ 총사업비 214억원")."""
    found = _tail_of(node, year)
    return found if found is not None and found[0].cost is not None else None


def cost_line(node: Node, year: int | None) -> Node | None:
    """The one line right under a bullet, where its tail states the bullet's cost ("ㅇ
    (사상역 광역 환승센터) ..." / "- E/S(3개소) ... ▸ 총사업비 214억원")."""
    # (a box under the bullet, titled, beside that line is no line of it)
    lines = [c for c in node.children if c.kind != "title"]
    only = lines[0] if len(lines) == 1 else None
    return only if only is not None and only.kind == "bullet" and cost_tail(only, year) else None


def states_cost(node: Node, year: int | None) -> bool:
    """A bullet that states a cost of its own: in its tail, in a labelled line right under
    it, or in the one line under it that ends with a cost (a bullet whose cost is in an
    overview block under it is the project's summary, as an outline that nests the blocks
    under the summary box reads it)."""
    if cost_tail(node, year) is not None:
        return True
    if any(labelled_cost(c) for c in node.children) or cost_line(node, year) is not None:
        return True
    return _overview_cost(node) or about_cost(node) is not None


def _overview_cost(node: Node) -> bool:
    """An overview box one bullet down that states a cost ("- 실증사업 ..." / "✔ (기본개요)
    ..., 사업비 10억원"), under the box's title or not ("<… 실증사업(’24.~’25.)>")."""
    return any(
        _overview_line(g) and labelled_cost(g)
        for c in node.children
        for t in c.children
        for g in (t.children if t.kind == "title" else [t])
    )


#: words before an amount that make it no project's total: what was spent, or per what
NOT_TOTAL_WORDS: tuple[str, ...] = ("집행", "실적", "당")


def _funded_cost(node: Node) -> Cost | None:
    """The cost a line under a line about the project states with its sources, unlabelled
    ("L=3.5km, V=40만톤, 4,000억원(국 1,200, 시 2,800), …"); not what was spent or what a
    unit gets ("’24년 집행액 30억원(…)", "개소당 5억원(…)")."""
    if node.children or (cost := read_cost(node.text)) is None or not cost.funding:
        return None
    before = node.text[: node.text.find(cost.raw)] if cost.raw in node.text else ""
    if any(w in word for word in before.split()[-3:] for w in NOT_TOTAL_WORDS):
        return None
    return cost


def about_cost(node: Node) -> tuple[Cost, Line] | None:
    """The cost, with its sources, the one line under the unit's line about it states (a
    □ block's "ㅇ (현황 및 개요) …" or "ㅇ (주요내용) …"); none where several lines state
    such costs (the block's parts)."""
    found = [
        (cost, t.lines[0])
        for c in node.children
        if (lead := LEAD_LABEL.match(c.title)) is not None
        and squash(lead["label"]).endswith(ABOUT_ENDINGS)
        for t in c.children
        if (cost := _funded_cost(t)) is not None
    ]
    return found[0] if len(found) == 1 else None


def costs_listed_only(node: Node, year: int | None) -> bool:
    """A bullet whose only cost is the last of the amounts its one line lists, each an
    item's or a head's ("(운영지원) 아동양육시설 … 운영 지원" / "- 인건비·운영비,
    안전관리비(900~2,000천원), 환경개선비(3,500천원) 등"): no cost of its own."""
    if cost_tail(node, year) is not None or any(labelled_cost(c) for c in node.children):
        return False
    line = cost_line(node, year)
    found = cost_tail(line, year) if line is not None else None
    return (
        line is not None and found is not None and tail_listed(found[0], line, year)[1]
        and not _overview_cost(node)
    )  # fmt: skip


def _overview_line(node: Node) -> bool:
    """A line of a project's facts under an overview label ("✔ (기본개요) 사업기간 ...")."""
    items = labelled(node.title)
    key = squash(items[0].label) if items else ""
    return bool(key) and (key in OVERVIEW_LABELS or key.endswith(OVERVIEW_ENDINGS))


def _facts_block(node: Node) -> bool:
    """A block bullet that labels facts ("□ 추진계획"), not what was done or how things
    stand."""
    key = block_key(node)
    return (
        node.kind == "bullet" and key is not None and is_fact_block(key)
        and not is_past(node) and not is_state(node)
    )  # fmt: skip


def titles_facts(node: Node) -> bool:
    """A title line that labels a block of a project's facts ("추진계획" in a box)."""
    return node.kind == "title" and is_fact_block(squash(node.title))


def provenance(u: Unit) -> dict[str, int | None]:
    lines = [ln for n in u.node.walk() for ln in n.lines]
    return prov(lines)
