"""Cards of a plan set as bullets under its items: a first-level item whose bullets each
name a piece of work over its labelled facts ("Ⅱ-1. 대중교통 중심 교통체계 구축" / "□ 도시철도
2호선 건설 (대중교통과)" / "○ 사업기간 : 2019 ~ 2031") is their theme, each card a project.

* :func:`is_fact_line` - a labelled line of a project's facts;
* :func:`card_parts` - an item's cards as its projects, or the item itself.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

import regex

from extract.layout import Node
from extract.parse.blocks import (
    MAX_WORK_TITLE,
    block_key,
    is_fact_block,
    is_overview,
    is_past,
    is_state,
)
from extract.parse.plan import LEAD_LABEL, Unit, bullet_unit
from extract.parse.project_facts import label_kind, labelled
from extract.parse.schedules import names_plan
from extract.parse.text import squash


def is_fact_line(node: Node) -> bool:
    """A labelled line of the project's facts ("ㅇ (규모/기간) ..."), whatever is under it."""
    return any(label_kind(x.label, x.value) is not None for x in labelled(node.title))


#: fewest cards under a numbered item that make it a theme over them
MIN_CARDS = 2
#: fewest labelled lines of facts right under a card
MIN_CARD_FACTS = 2
#: longest title (spaces aside) of a block of the plan that counts as a card's fact
MAX_BLOCK_TITLE = 12
#: how such a block's title ends (not a task's, "기본계획 수립", "도시관리계획 변경")
PLAN_BLOCK_ENDINGS: tuple[str, ...] = (
    "추진계획", "투자계획", "향후계획", "세부계획", "추진일정", "세부일정", "향후일정",
)  # fmt: skip

#: a bracket of the year closing a block's title ("(’25)", "(2026년)", "(’24~’25)")
_YEAR_BRACKET = regex.compile(
    r"[(（][’'‘]?(?:19|20)?\d{2}(?:년)?(?:[~∼\-][’'‘]?\d{2,4}(?:년)?)?[)）]$"
)
#: a note of the unit of the block's table closing its title ("(단위 : 백만원)", spaces off)
_UNIT_BRACKET = regex.compile(r"[(（]단위[:：]?+[^()（）]{1,20}+[)）]$")


def _is_card(
    node: Node,
    fact_tables: AbstractSet[int] = frozenset(),
    cost_tables: AbstractSet[int] = frozenset(),
) -> bool:
    """A bullet that is a project's card: no block's label nor topic for its title, and the
    lines right under it state the project's facts by their labels ("□ 도시철도 2호선 건설
    (대중교통과)" / "○ 사업개요 : …" / "○ 사업기간 : 2019 ~ 2031"); not a topic's line of a
    project ("ㅇ (벡스코 제3전시장 건립) 사업 추진" / "- 총사업비 2,900억원"), nor a block
    (□ 사업개요, □ 현황).  Its facts may be set in a table under it instead
    (``fact_tables``: the nodes that hold one, by their ``seq``); a table of its cost by its
    sources anywhere in it (``cost_tables``), after its last bullet too ("○ 사업기간 : …" /
    "(단위 : 백만원)" over ``구 분 | 계 | ’25년 …``), is one of its facts."""
    if node.kind != "bullet" or LEAD_LABEL.match(node.title) or is_past(node) or is_state(node):
        return False
    key = block_key(node, MAX_WORK_TITLE)
    if key is not None and is_fact_block(key):
        return False
    facts = sum(_facts_of(c) for c in node.children)
    facts += any(n.seq in cost_tables for c in node.children for n in c.walk())
    return facts >= MIN_CARD_FACTS or node.seq in fact_tables


def _facts_of(line: Node) -> int:
    """How many kinds of a project's facts a line under its card states by their labels (two on
    "○ 사업비 : 620백만원, 기간 : ’25. 3. ~ ’26. 12."; one for an overview, "○ 사업개요 :
    …", or the plan's steps, "○ 추진일정 : ’26. 3. …")."""
    items = labelled(line.title)
    facts = len({k for x in items if (k := label_kind(x.label, x.value)) is not None})
    if facts:
        return facts
    # (or a block of the plan by its title alone over its lines or table: "○ 2026년
    # 추진계획" over dated steps, "○ 연차별 투자계획" over the years' amounts)
    # (its year's bracket aside: "○ 향후계획(’25)"; its table's unit too: "○ 연차별
    # 투자계획 (단위 : 백만원)")
    key = _YEAR_BRACKET.sub("", _UNIT_BRACKET.sub("", squash(line.title)))
    block = not items and bool(line.children or line.tables) and len(key) <= MAX_BLOCK_TITLE
    return int(is_overview(line) or any(names_plan(x.key) for x in items) or (
        block and key.endswith(PLAN_BLOCK_ENDINGS)
    ))


def card_parts(
    u: Unit,
    fact_tables: AbstractSet[int],
    themed: bool = False,
    cost_tables: AbstractSet[int] = frozenset(),
) -> list[Unit]:
    """A numbered item of the plan's first level (no theme over it) with no facts of its
    own, whose bullets are cards, each with its own ("Ⅱ-1. 대중교통 중심 교통체계 구축" /
    "□ 도시철도 2호선 건설" / "○ 사업기간 : …"): the item is their theme and each card a
    project; any other item itself.  ``themed``: the plan's other items are themes over
    their cards, so an item over one card is its theme too."""
    node = u.node
    if node.kind != "item" or u.theme or any(is_fact_line(c) for c in node.children):
        return [u]  # (a task under a theme is a project, its bullets its parts)
    cards = [c for c in node.children if _is_card(c, fact_tables, cost_tables)]
    # (or over one card and nothing else, its facts on its lines: "1. 스마트농업 확산" /
    # "□ 스마트팜 보육" / "○ 사업기간 : …", the item no project of its own beside it; not a
    # goal's line over cards drawn as tables, "◈ …")
    bullets = [c for c in node.children if c.kind == "bullet" and not c.is_reference]
    alone = len(cards) == 1 and cards == bullets and _is_card(cards[0])
    if len(cards) < (1 if themed or alone else MIN_CARDS):
        return [u]
    glyphs = {c.marker.text for c in cards if c.marker is not None}
    if any(
        c.kind == "bullet" and c.marker is not None and c.marker.text in glyphs
        and c not in cards and not c.is_reference
        for c in node.children
    ):  # fmt: skip
        return [u]  # (bullets like them that are no cards: the item's own text)
    return [
        bullet_unit(c, f"{u.project_id}-{seq}", seq, u.title, u.seq, u.division)
        for seq, c in enumerate(cards, start=1)
    ]
