"""The projects of a plan section: its numbered items, and the bullets under them that
are projects of their own.

* :func:`sub_units` - a bullet of a project that states its own cost ("□ 국어 말뭉치
  구축(3,180백만원)", "○ 청년센터 운영▹5.8억원", "ㅇ (사업명) ... 사업비 10억원") is a
  project of its own, numbered under its project;
* :func:`read_units` - every project of a section, facts read
  (:func:`extract.parse.plan_facts.own_facts`).
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

import regex

from extract.document import Line
from extract.layout import Node
from extract.normalize import DateSpan
from extract.parse.blocks import (
    ITEM_VERBS,
    block_key,
    is_block,
    is_fact_block,
    is_overview,
    is_past,
    is_state,
    is_told_overview,
    names_work,
)
from extract.parse.costs import CHANGE_MARKS, COMPARED, Cost, read_cost
from extract.parse.plan import (
    ISSUE_PREFIX,
    LEAD_LABEL,
    Unit,
    bullet_unit,
    clean_title,
    drop_block_label,
    drop_overview,
    is_past_label,
    plan_tree,
    units,
)
from extract.parse.plan_cards import MIN_CARDS, card_parts, is_fact_line
from extract.parse.plan_facts import (
    RESPONSE_BLOCKS,
    about_cost,
    cost_line,
    cost_tail,
    costs_listed_only,
    labelled_cost,
    leading_period,
    own_facts,
    response_facts,
    starts_with_date,
    states_cost,
    tail_listed,
    take_cost,
    take_period,
    titles_facts,
)
from extract.parse.project_facts import (
    WHOLE_COST_LABELS,
    label_kind,
    labelled,
    split_top,
)
from extract.parse.schedule_tables import lists_events
from extract.parse.tags import tagged_closing_units
from extract.parse.tails import (
    AND_AFTER_BRACKET,
    GOAL_WORDS,
    PER_WORDS,
    bracket_facts,
    cost_first,
    facts_cost,
    item_facts,
    without_note,
)
from extract.parse.text import collapse, squash
from extract.unit_names import titled_unit, unglossed

#: the last word of a line's label that makes it a target ("상반기 신속집행 목표 : 대상액의
#: 65% (4조 2,318.6억원)"), and of the words before an amount's bracket that make it what
#: the work saves or yields ("이자비용 절감 (연 45.6억원)"): no sub-project's cost
AIM_LABEL_ENDINGS: tuple[str, ...] = ("목표", "목표액", "기대효과", "효과")
EFFECT_WORDS: tuple[str, ...] = ("절감", "감축", "감소", "증대", "효과", "수익")


#: labels of why a plan changed or a remark on it ("변경사유 : 국비 내시액 증액(50백만원)")
REASON_LABELS: frozenset[str] = frozenset({"사유", "변경사유", "변경내용", "비고"})


def _aims_or_saves(node: Node) -> bool:
    """A line that states a target or what the work saves, or why the plan changed, with
    an amount: no project."""
    items = labelled(node.title)
    if items and squash(items[0].label).endswith(AIM_LABEL_ENDINGS):
        return True
    if items and squash(items[0].label) in REASON_LABELS:
        return True
    # (its one bracket: a line that lists items each with its own, "… 개선(’24.~’25.,
    # 198.7억원), … 절감(약 70억원/년)", holds a project too)
    one = node.title.count("(") == 1 and node.title.rstrip().endswith(")")
    head = node.title.rsplit("(", 1)[0] if one else ""
    return bool(head.split()) and head.split()[-1].endswith(EFFECT_WORDS)


def sub_units(u: Unit, year: int | None) -> list[Unit]:
    """The bullets of a project (and the numbered items inside its text) that state their
    own cost, as projects under it."""
    out: list[Unit] = []
    # (a card that labels its own cost: what its 사업내용 block lists is what it does,
    # "○ 사업내용" / "- 소농직불금(130만원) 및 면적직불금 지급", no project of its own)
    # (its cost labelled in its 사업개요 block too: "□ 사업개요" / "○ 사 업 비 : 85백만원")
    overviews = [k for k in u.node.children if is_overview(k)]
    facts = [*u.node.children, *(g for o in overviews for g in o.children)]
    costed = any(labelled_cost(k) for k in facts)
    # (an issue's response, "○ 대응방안" / "- … 국비 지원 건의 (총사업비 54,000백만원)": the
    # issue's, no project of its own)
    issue = u.project_id.startswith(ISSUE_PREFIX)

    def visit(node: Node) -> None:
        for c in node.children:
            if is_past(c) or c.is_reference or is_state(c) or is_told_overview(c) or (
                costed and (node is u.node or any(node is o for o in overviews))
                and is_overview(c)
            ) or (issue and (block_key(c) or "") in RESPONSE_BLOCKS):
                # (what was done; how things stand: "□ 문제점" / "… 처리비 21억원"; the
                # project's own facts: "○ 사업개요 : …" / "- 지원규모 : 단체당 5백만원")
                continue
            if (
                # a box's title over its facts too, and a numbered item inside the text
                # ("ㅇ (준공영제) ..." / "➊ 운행관리 시스템 구축 ... (’24.10.~’25.8. 10억원)")
                c.kind in ("bullet", "title", "item")
                and (not is_block(c, year) or _topic_costed(c) or _named_costed(c))
                # (a title line that labels a block, "추진계획" in a box of its own)
                and not titles_facts(c)
                and (not starts_with_date(c.title) or leading_period(c.title, year)[0])
                and not is_fact_line(c)
                and not _aims_or_saves(c)
            ):
                items = _listed_items(c, year)
                if not items and not states_cost(c, year):
                    items = _items_within(c, year)
                for title, period, cost, line in items:
                    # each item of a list that states its own cost ("A(1억원), B(1.2억원)")
                    item = _sub_unit(u, c, len(out) + 1, title)
                    item.listed = True
                    take_cost(item, cost, None, line)
                    if period is not None:
                        take_period(item, period, line)
                    out.append(item)
                if items:
                    continue
                if states_cost(c, year):
                    if costs_listed_only(c, year) and not _lists_below(c, year):
                        continue  # (amounts per item or head: no project, nor its items)
                    out.append(_sub_unit(u, c, len(out) + 1, year=year))
                    if not _lists_below(c, year) and about_cost(c) is None:
                        continue
                    # (the one line under it lists items with their costs: projects too; a
                    # block whose cost a line about it states holds lines of their own costs)
            if c.kind in ("bullet", "item", "note", "title"):
                visit(c)

    visit(u.node)
    return out


def _topic_costed(node: Node) -> bool:
    """A short line led by a topic whose whole cost (총사업비, 사업비) a labelled line under
    it states: no block's label, a project ("ㅇ (벡스코 제3전시장 건립) 사업 추진(’24.
    기본설계 완료)" / "- 총사업비 2,900억원, 전시장 17,700㎡")."""
    lead = LEAD_LABEL.match(collapse(node.title))
    if lead is None or drop_block_label(node.title) != collapse(node.title):
        return False
    return any(
        x.key in WHOLE_COST_LABELS and read_cost(x.value)
        for c in node.children for x in labelled(c.text)
    )  # fmt: skip


def _named_costed(node: Node) -> bool:
    """A short title that names what is done, over a labelled line of its whole cost: a
    project of its own, not a block ("□ 소상공인 지원 사업" / "ㅇ 사업비 : 5,000백만원(국
    2,000, 시 3,000)"); a title that ends like a block of facts is one ("□ 사업규모"), and so
    is one led by a bracket ("ㅇ (향후계획) 설계 추진")."""
    key = block_key(node)
    if key is None or is_fact_block(key) or is_past_label(key):
        return False
    if key.endswith(RESPONSE_BLOCKS):
        return False  # (an issue's response, "□ 대응방안" over its cost: the issue's, no project)
    if LEAD_LABEL.match(collapse(node.title)):
        return False  # (a topic in brackets first: _topic_costed's; "(향후계획) …": a block)
    facts = [x for c in node.children for x in labelled(c.text)]
    if not any(x.key in WHOLE_COST_LABELS and read_cost(x.value) for x in facts):
        return False
    # (a title that names no work by its last word, "□ 농지 이용실태 조사", "□ … 공급", over
    # its period as well as its cost is a project all the same)
    return names_work(node) or any(label_kind(x.key, x.value) == "period" for x in facts)


def _lists_below(node: Node, year: int | None) -> bool:
    """A bullet whose cost is only that of the one line under it, which lists items each
    with its own cost ("ㅇ (보호 강화) 쉼터 운영" / "- 학대피해장애인 쉼터(1개소, 1.9억원),
    피해장애아동 쉼터(2개소, 5.7억)"): the items are projects too, the bullet of no cost."""
    if cost_tail(node, year) is not None or any(labelled_cost(c) for c in node.children):
        return False
    line = cost_line(node, year)
    return line is not None and bool(_listed_items(line, year, strict=True))


#: the topic a bullet's list of items is about, in brackets before the first
_TOPIC = regex.compile(r"^[(（][^()（）]{1,20}[)）]\s*")
#: where an item with a topic of its own starts right after the bracket before it
_NEXT_TOPIC = regex.compile(r"(?<=[)）])\s++(?=[(（][^()（）\d]{1,10}[)）])")
#: the parts a cost is made of, named alone: no item's name ("인건비(62명, 16억원) 및
#: 사업비(1.8억원)")
COST_PARTS = frozenset({"사업비", "인건비", "운영비", "시설비", "관리비", "경상비", "예산"})
#: an item's bracket of facts at its end
_ITEM_BRACKET = regex.compile(r"[(（](?P<inner>[^()（）]*+)[)）]\s*+$")
#: ... or before the verb of the item ("조성(150억원) 지원"), or a word and the verb that the
#: items share ("함지골수련관(7.5억원), 양정수련관(3.5억원) 기능보강 지원"), a note aside
_ITEM_BRACKET_THEN = regex.compile(
    r"[(（](?P<inner>[^()（）]*+)[)）]\s*+(?:(?:\p{Hangul}{2,6}\s+)?(?:"
    + "|".join(ITEM_VERBS)
    + r")\s*+)?+"
    r"(?:[*※][^()（）]*+)?+$"
)
#: what an item's amount is an effect of, not its cost ("연료비 절감(연 130억원)")
EFFECT_ENDINGS: tuple[str, ...] = ("절감", "효과")  # (not 증대: "어업인 소득 증대(5억원)")


def _listed_items(
    node: Node, year: int | None, strict: bool = False
) -> list[tuple[str, DateSpan | None, Cost, Line]]:
    """The items of a bullet that lists several, each with its own cost: "(관광수용태세
    개선) 주요 관광지 수용태세 개선(1억원), 감천문화마을 쿨링포그 설치(1.2억원)" is two
    projects, 1억원 and 1.2억원 (an item with no cost of its own is none).  ``strict``:
    none where an item's bracket holds more than facts (a range, what it is per: "(첫째아
    200만원, 둘째아 이후 300만원)", "(3~7백만원)")."""
    found = cost_tail(node, year)
    if found is None or not tail_listed(found[0], node, year)[1]:
        return []  # no cost, or the line's one cost at its end
    # (an item may start right after the bracket of the one before, with a topic of its
    # own: "…지원사업(2천명, 4.3억원) (학령기) 방과후 활동(64.1억원), …")
    parts = [
        r for p in split_top(without_note(collapse(node.text)))
        for q in _NEXT_TOPIC.split(p) for r in AND_AFTER_BRACKET.split(q)
    ]  # fmt: skip
    if strict and any(
        (m := _ITEM_BRACKET.search(p)) and facts_cost(m["inner"], year) is None
        for p in parts
    ):
        return []
    out = []
    for part, topic in zip(parts, _topics(parts, _parent_topic(node)), strict=True):
        title, period, cost = item_facts(part, year)
        if cost is not None and title and not squash(title).endswith(EFFECT_ENDINGS):
            lead, name = leading_period(clean_title(topic + title), year)
            out.append((name, period or lead, cost, found[1]))
    return out


def _topics(parts: Sequence[str], first: str = "") -> list[str]:
    """The topic each item of a list is named with, where it has none of its own: the
    last one stated before it ("(장애인작업장 지원) 척수장애인(…), 구·군(…)", "(영유아기)
    …(4.3억원) (학령기) 방과후 활동(64.1억원), 주간활동(…)"), else ``first``."""
    out, last = [], first
    for part in parts:
        own = _TOPIC.match(part)
        out.append("" if own else last)
        last = own[0] if own else last
    return out


def _parent_topic(node: Node) -> str:
    """The topic the bullet over a list's line opens with, as the list's first items are
    named ("ㅇ (장애인 보조기기) 보조기기 교부, 수리 지원" / "- 교부(44종 1.6억원) 및 수리
    지원(4개소 5.1억원)": "(장애인 보조기기) 교부"); not a block's label ("(추진내용)")."""
    parent = node.parent
    if parent is None or parent.kind not in ("bullet", "item") or node.kind != "bullet":
        return ""
    m = _TOPIC.match(collapse(parent.title))
    if m is None or drop_block_label(m[0] + "x") == "x" or is_fact_line(parent):
        return ""
    if regex.search(r"\d", m[0]):
        return ""  # (a year, a status: "(’25년 신규)" names no item)
    return str(m[0])


def _items_within(node: Node, year: int | None) -> list[tuple[str, DateSpan | None, Cost, Line]]:
    """The items of a bullet of no cost of its own that name one inside its text, in a
    bracket of facts, with words after it: "(자립생활지원센터) 사회 참여활동 지원(18개소,
    32.7억원) 및 자립생활대학 운영", "노인교실 150개소(6.1억원), 시니어아카데미 확대" (not a
    change: "6개소(1.55억원) → 7개소(1.8억원)")."""
    text = collapse(node.text)
    if any(mark in text for mark in CHANGE_MARKS) or COMPARED.search(text):
        return []
    parts = [q for p in split_top(text) for q in AND_AFTER_BRACKET.split(p)]
    out: list[tuple[str, DateSpan | None, Cost, Line]] = []
    for part, topic in zip(parts, _topics(parts, _parent_topic(node)), strict=True):
        m = _ITEM_BRACKET_THEN.search(part)
        period, cost = bracket_facts(m["inner"], year) if m else (None, None)
        if m and period is None and cost is None:  # ("퇴치(107백만원, 뉴트리아등)")
            cost = cost_first(m["inner"])[0]
        title = part[: m.start()].strip() if m else ""
        if cost is not None and title and _names_an_item(title):
            lead, name = leading_period(clean_title(topic + title), year)
            out.append((name, period or lead, cost, node.lines[0]))
    return out


def _names_an_item(title: str) -> bool:
    """An item's name, its amount its cost: not an effect ("연료비 절감"), a part of a cost
    ("사업비"), or what a person gets at most ("인건비 1인당 최대 4개월")."""
    key = squash(title)
    return not (
        key.endswith(EFFECT_ENDINGS)
        or key in COST_PARTS
        or any(w.endswith(PER_WORDS) for w in title.split())
        or any(w in key for w in GOAL_WORDS)
    )


def _sub_unit(
    parent: Unit, node: Node, seq: int, title: str | None = None, year: int | None = None
) -> Unit:
    # a bullet's title runs on over its wrapped lines, to the facts of its tail; the
    # period it opens with is its ("(‘24.~’25.) 하천정비사업(29.5억원)")
    lead = None
    if title is None:
        lead, text = leading_period(node.text if node.kind in ("bullet", "item") else node.title,
                                    year)  # fmt: skip
        title = clean_title(text)
    # (its division in a bracket that closes it: "□ 농업인 공익수당 지원 (농업정책팀)")
    title, units = tagged_closing_units(drop_block_label(title))
    unit = Unit(
        node=node,
        project_id=f"{parent.project_id}-{seq}",
        title=title,
        theme=" > ".join(t for t in (parent.theme, parent.title) if t),
        theme_no=parent.theme_no,
        seq=seq,
        division=", ".join(units) or parent.division,
        inherited=not units and parent.division is not None,
        parent=parent,
        head=list(node.head_lines),
    )
    if lead is not None:
        take_period(unit, lead, node.lines[0])
    return unit


def bullet_units(section: Node, year: int | None, prefix: str = "") -> list[Unit]:
    """The projects of a section with no numbered item: its top bullets that name a
    piece of work or state a cost of their own, numbered in order ("Ⅲ. 2025년
    주요업무계획" / "□ 시립미술관 건립" / "ㅇ 사업비: …"); not the section's overview (□
    비전, □ 주요 추진과제, □ 대응방안), a block of facts (□ 사업규모) nor of what was
    done."""
    out: list[Unit] = []
    top = 0  # (the themes and the projects numbered so far, in one count)
    for c in section.children:
        if c.kind != "bullet" or c.is_reference or is_past(c):
            continue
        key = block_key(c)
        if key is not None and is_fact_block(key):
            continue
        cards = _cards_under(c, year)
        if cards:
            # (a theme over its cards, "□ 촘촘한 복지안전망 구축" / "○ … (희망복지팀)" / "- 사업비
            # : …": each card a project, numbered in the theme)
            top += 1
            theme = clean_title(c.title)
            out += [
                bullet_unit(k, f"{prefix}{top}-{n}", n, theme, top)
                for n, k in enumerate(cards, start=1)
            ]
            continue
        # (or a cost its response states: "□ … 개선" / "○ 대응계획" / "- 소요예산 : …")
        responds = response_facts(c, "cost", year) is not None
        if not (names_work(c) or states_cost(c, year) or responds):
            continue
        top += 1
        out.append(bullet_unit(c, f"{prefix}{top}", top))
    return out


def _cards_under(node: Node, year: int | None) -> list[Node]:
    """The bullets under a bullet that are cards, each over labelled lines of which one
    states its cost, where the bullet states none of its own and most bullets under it
    are cards (two at least, or its one): those bullets; [] for another bullet."""
    if cost_tail(node, year) is not None or any(labelled_cost(k) for k in node.children):
        return []
    bullets = [k for k in node.children if k.kind == "bullet"]
    cards = [
        k for k in bullets
        if any(labelled_cost(g) for g in k.children) and not _is_block(k)
    ]  # fmt: skip
    return cards if cards and 2 * len(cards) > len(bullets) else []


def _is_block(node: Node) -> bool:
    """A bullet that is a block of a project's, no card: "○ 사업개요" over its facts."""
    key = block_key(node)
    return is_overview(node) or (key is not None and is_fact_block(key))


def _division_parts(u: Unit, year: int | None) -> list[Unit]:
    """A numbered item that only names a division ("1. 복지정책과") over the bulleted
    projects of that division ("□ 동네돌봄 안전망 구축"): those projects, of the division;
    any other item itself."""
    unit = titled_unit(u.title)
    if unit is None:
        return [u]
    # (a bullet of the unit's issue, "□ 팀 현안 : …", is none of its projects)
    found = [
        b for b in bullet_units(u.node, year, f"{u.project_id}-") if not _unit_issue(b.title)
    ]
    bullets = [c for c in u.node.children if c.kind == "bullet" and not _unit_issue(c.title)]
    if not found or len(found) < len(bullets):
        return [u]  # (not each of its bullets a project: the item is one, as a 사업소's work)
    for b in found:
        b.division, b.theme, b.theme_no = unit, unit, u.theme_no
    return found


#: the word of a unit's issue told beside its projects ("□ 팀 현안 : …")
ISSUE_WORD = "현안"


def _unit_issue(title: str) -> bool:
    return squash(title.partition(":")[0]).endswith(ISSUE_WORD)
#: titles of the parts an issues chapter groups its issues in ("1. 주요 현안" / "2. 건의사항"
#: over □ issues; compared without spaces)
ISSUE_GROUPS: frozenset[str] = frozenset({
    "현안", "주요현안", "현안사항", "주요현안사항", "기타현안", "건의", "건의사항", "주요건의사항",
    "현안및건의사항", "주요현안및건의사항",
})  # fmt: skip


def _grouped_issues(found: list[Unit], prefix: str) -> list[Unit]:
    """The issues of an issues chapter that groups them ("1. 주요 현안" / "□ 새빛역 환승센터
    건립 (교통행정과)" / "○ 현 황 …"; "2. 건의사항" / "□ …"): each bullet an issue; the groups
    none; every issue numbered on in order (an issue between the groups too)."""
    if not any(squash(u.title) in ISSUE_GROUPS and u.parent is None for u in found):
        return found
    out: list[Unit] = []
    renamed: dict[str, str] = {}  # an issue's id as read -> its id numbered on
    groups: set[int] = set()  # ids of the parts that became their bullets
    read = {id(u): u.project_id for u in found}  # (the ids as read, before any is renamed)
    n = 0
    for u in found:
        bullets = [c for c in u.node.children if c.kind == "bullet"]
        if u.parent is None and squash(u.title) in ISSUE_GROUPS and bullets:
            groups.add(id(u))
            for c in bullets:
                n += 1
                out.append(bullet_unit(c, f"{prefix}{n}", n, division=u.division))
            continue
        if u.parent is not None:
            if id(u.parent) in groups:
                continue  # (under a part that became its bullets: read with them)
            # (a sub-issue under an issue kept: its id under its issue's new one)
            old = read.get(id(u.parent), u.parent.project_id)
            if u.project_id.startswith(old):
                u.project_id = renamed.get(old, old) + u.project_id[len(old) :]
        else:
            n += 1
            renamed[u.project_id] = f"{prefix}{n}"
            u.project_id, u.seq = renamed[u.project_id], n
        out.append(u)
    return out


#: the last word of an item's title that makes it the section's summary or its targets,
#: where it states no cost nor period of its own: no project
SUMMARY_ENDINGS: tuple[str, ...] = ("총괄", "개요", "목표")


#: a title that sums up the section whatever it states ("1. 총 괄" / "○ … 총사업비 40,360백만원")
WHOLE_SUMMARY = "총괄"


#: the words of an item's title that name a list of things that are no piece of work of
#: the plan (ordinances to amend, events, committees' meetings, awards, the state's money
#: secured), where its title ends as a plan's or a list's does ("3. 조례·규칙 제·개정
#: 계획", "4. 2026년 주요 행사 계획", "2. 2026년 국비 확보 현황") and it states no cost nor
#: period of its own: no project, its table's dates no steps
LISTED_THINGS: tuple[str, ...] = ("조례", "규칙", "자치법규", "행사", "위원회", "수상")
LIST_ENDINGS: tuple[str, ...] = ("계획", "현황", "실적")


#: labels of a line that sums up the works listed after it ("□ 주요사업 : 23개 사업
#: 9,546,400천원"), compared without spaces
WORKS_LABELS = frozenset({"사업", "주요사업", "세부사업", "추진사업", "주요추진사업", "사업현황"})
#: the count of works that opens such a line's value ("23개 사업", "총 12개 세부사업")
_WORKS_COUNT = regex.compile(
    r"^(?:총\s*+)?\d{1,3}\s*+개\s*+(?:세부\s*+)?사업[\s\d,.()（）총약]*+(?:조|억|백만|천만|만|천)?\s*+원?"
    r"[\s)）]*+$"
)


def _counts_works(title: str) -> bool:
    """A line that counts the works it sums up and states their sum alone, its label a
    word of works alone ("□ 주요사업 : 23개 사업 9,546,400천원"): no project (not "□ 사업
    : 2개 사업 통합 추진", a piece of work)."""
    label, colon, value = collapse(title).partition(":")
    return bool(colon) and squash(label) in WORKS_LABELS and bool(_WORKS_COUNT.match(value.strip()))


def _sums_up(title: str) -> bool:
    words = collapse(unglossed(title)).split()
    return bool(words) and words[-1].endswith(SUMMARY_ENDINGS)


def _lists_things(u: Unit) -> bool:
    """An item that lists things of no piece of work over a table of them: its title a
    plan's or a list's of one of :data:`LISTED_THINGS`, a word of its own ("조례·규칙
    제·개정 계획"; not "주민자치위원회 …", "수상태양광 …")."""
    words = regex.split(r"[\s·ㆍ,]+", collapse(unglossed(u.title)))
    return (
        # (or a list of events: "4. 2026년 주요행사 일정")
        ((bool(words) and words[-1].endswith(LIST_ENDINGS)
         and any(w in LISTED_THINGS for w in words)) or lists_events(u.title))
        and any(n.tables for n in u.node.walk())
    )  # fmt: skip


def read_units(
    section: Node,
    year: int | None,
    prefix: str = "",
    fact_tables: AbstractSet[int] = frozenset(),
    cost_tables: AbstractSet[int] = frozenset(),
) -> list[Unit]:
    """Every project of a section (sub-projects after their project), facts read; where
    the section numbers no item, its top bullets (:func:`bullet_units`).  ``fact_tables``:
    the nodes (by ``seq``) that hold a table of a project's facts; ``cost_tables``: those
    that hold a table of a project's cost by its sources (:func:`card_parts`)."""
    root = plan_tree(section)
    drop_overview(root)
    out: list[Unit] = []
    found = units(root, prefix) if root.kids else []
    if not found:
        # (no numbered item, or only a part title after the section's cards, "□ 어린이보호
        # 구역 정비" … then "향후 추진일정" over the report's own steps: its top bullets)
        found = bullet_units(section, year, prefix)
    found = [d for u in found for d in _division_parts(u, year)]
    if prefix == ISSUE_PREFIX:
        found = _grouped_issues(found, prefix)
    if prefix != ISSUE_PREFIX:  # (an issue's parts are the issue's: "6 …" over "□ …" and "□ …")
        parts = [card_parts(u, fact_tables, cost_tables=cost_tables) for u in found]
        # (an item over one card, "4. 문화유산 …" / "□ 해솔읍성 정비 …", among themes over
        # theirs: a theme too)
        themed = any(len(p) >= MIN_CARDS for p in parts)
        found = [d for u in found for d in card_parts(u, fact_tables, themed, cost_tables)]
    for u in found:
        subs = sub_units(u, year)
        own_facts(u, {id(s.node) for s in subs}, year)
        if not subs and (
            (u.cost is None and u.period is None and (_sums_up(u.title) or _lists_things(u)))
            or squash(unglossed(u.title)) == WHOLE_SUMMARY
            or _counts_works(u.node.title)
        ):  # fmt: skip
            # ("1. 공약사업 총괄", "4. 2026년 공약 이행 관리 목표", "3. 조례·규칙 제·개정
            # 계획": no project; nor "1. 총 괄" over the sum of the projects listed after it)
            continue
        out.append(u)
        for s in subs:
            if not s.listed:  # (a listed item's facts are its bracket's, read with it)
                own_facts(s, set(), year)
            out.append(s)
    return out


