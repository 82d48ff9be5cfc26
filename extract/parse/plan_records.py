"""The structure parser of the plan: projects, their funding and schedules as records.

It reads the plan section(s) and the issues section (주요현안) from the outline
(:mod:`extract.parse.plan`), the dated tasks of each project
(:mod:`extract.parse.schedules`) and the tables of periods: those inside a
project are its own, those elsewhere (a 과제별 추진일정 appendix) are matched to
the projects row by row.  Where the template parser already read the plan's
cards (the Seoul form), the plan is not read again.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from datetime import date

import regex

from extract.cover_year import heading_year
from extract.document import Line
from extract.layout import Layout, Node
from extract.layout.vocab import BANNER_GLYPHS
from extract.parse.appendix_cards import appendix_cards, card_funding, fill_from_card
from extract.parse.base import Context, Parsed, prov
from extract.parse.blocks import block_label, is_label, is_overview
from extract.parse.cell_projects import CellProject, cell_projects
from extract.parse.costs import MONEY, is_source, period_and_cost
from extract.parse.facts_tables import fact_items, fact_steps, investment_items, is_facts_table
from extract.parse.org_notes import theme_without_notes
from extract.parse.plan import OVERVIEW_LABELS, Unit
from extract.parse.plan_budgets import budget_records, is_budget_plan
from extract.parse.plan_facts import apply_fact, provenance
from extract.parse.plan_funding import funding_records, table_funding
from extract.parse.plan_lists import (
    card_lists,
    listed_in_units,
    loose_lists,
    node_owner,
    plan_sections,
    titled_lists,
)
from extract.parse.plan_units import read_units
from extract.parse.project_facts import label_kind, labelled
from extract.parse.schedule_tables import (
    event_rows,
    lists_block_events,
    lists_events,
    match_rows,
    table_rows,
)
from extract.parse.schedules import SCHEDULE_BLOCKS, unit_progress, unit_schedules
from extract.parse.side_blocks import side_tables
from extract.parse.steps import Found, span_fields
from extract.parse.tags import tagged_closing_units
from extract.parse.text import collapse, despace, drop_note_marks, squash
from extract.parse.title_units import (
    division_label,
    labelled_closing_units,
    names_units,
    title_set_apart,
)
from extract.parse.vocab import (
    EVIDENCE_BRACKET,
    EVIDENCE_COLUMN,
    EVIDENCE_LABEL,
    EVIDENCE_LINE,
    EVIDENCE_TITLE,
)
from extract.prose_mentions import chapter_year
from extract.sections import Sections, division_chapter
from schemas import Block, Bullet, Progress, Project, ProjectBudget, ProjectFunding, Schedule


def _bullet(c: Node, depth: int) -> Bullet:
    """A bullet with the bullets under it; a note as printed, its mark kept (※, *)."""
    note = c.kind == "note"
    return Bullet(
        text=collapse(" ".join(ln.text for ln in c.lines)) if note else collapse(c.text),
        level=0 if note else depth,
        line_start=c.lines[0].no,
        line_end=c.lines[-1].no,
        children=_bullets(c, depth + 1),
    )


def _bullets(node: Node, depth: int = 1, dated: frozenset[int] = frozenset()) -> list[Bullet]:
    """The bullets under a node (``dated``: first lines of bullets read as dated tasks,
    left out)."""
    return [
        _bullet(c, depth)
        for c in node.children
        if c.kind in ("bullet", "item", "note") and c.lines and c.lines[0].no not in dated
    ]


def _summary_and_blocks(
    u: Unit, skip: set[int], dated: frozenset[int] = frozenset()
) -> tuple[str, list[Block]]:
    """The summary: the bullets before the first block.  A block: its label's bullets and
    the bullets after it that are no label (the template's reading of a card); a schedule
    block without the bullets read as dated tasks (they are schedules)."""
    summary: list[str] = []
    blocks: list[tuple[Node, list[Bullet], int]] = []
    # (blocks that are a fact stated over its breakdown: no line after them is theirs)
    facts_over: set[int] = set()
    facts = u.label_lines
    for c in u.node.children:
        if id(c) in skip or c.kind not in ("bullet", "item", "note") or not c.lines:
            continue
        if is_label(c) or _section(c):
            label = squash(block_label(c))
            own = dated if label.endswith(SCHEDULE_BLOCKS) else frozenset()
            blocks.append((c, _bullets(c, dated=own), c.last_line() or c.lines[-1].no))
            if _stated_fact(c):
                facts_over.add(id(c))
        elif blocks and id(blocks[-1][0]) not in facts_over:
            node, items, last = blocks[-1]
            blocks[-1] = (node, [*items, _bullet(c, 1)], max(last, c.last_line() or last))
        elif c.kind != "note" and (words := _summary_words(c, facts)):
            summary.append(words)
    out = [
        Block(label=block_label(c), line_start=c.lines[0].no, line_end=last, items=items)
        for c, items, last in blocks
    ]
    # (none before the blocks: the overview block's `○ 사업내용 : …`, as a card drawn as a
    # table gives its 사업내용 cell)
    told = (told_overview(k.text) for c, _, _ in blocks if is_overview(c) for k in c.children)
    return "\n".join(summary) or next((t for t in told if t), ""), out


def _stated_fact(c: Node) -> bool:
    """A line that states the project's cost after its label, the lines under it its
    breakdown (`○ 사 업 비 : 9,800백만원` over `- 국비 4,900백만원, …`): a block of its
    own, as on a line of its own no block the lines after it fall in (not `○ (시설 정비)
    …`, a label that only ends like a cost's)."""
    items = labelled(collapse(c.title))
    return (
        bool(items) and label_kind(items[0].label, items[0].value) == "cost"
        and MONEY.match(items[0].value.lstrip()) is not None
    )  # fmt: skip


def _facts_only(text: str) -> bool:
    """Whether a line states a labelled period, cost or division and nothing more (`사 업
    비 : 1,240백만원 (국비 620, …)`, `… 전액 시비`, `사업기간 : 연중`; not `총사업비 2,900억원,
    전시장 17,700㎡(…)` nor `사업기간 : 2026~2027 / 도심 유휴부지 3개소 숲 조성`)."""
    items = labelled(text)
    if not items or label_kind(items[0].label, items[0].value) not in _FACTS:
        return False
    # (the label's own words aside: "총사업 비 :" set apart)
    said = text.split(":", 1)[1] if ":" in text else text
    words = _WORDS.findall(_BRACKET.sub("", said))
    return all(
        w in FACT_WORDS or w.endswith("원") or is_source(w) or label_kind(w) is not None
        for w in words
    )


#: what a line may state and say nothing of the project's own beside
_FACTS = frozenset({"period", "cost", "division"})
#: words of a fact's figures, not of what the project does
FACT_WORDS: frozenset[str] = frozenset(
    {"전액", "연중", "상시", "계속", "매년", "각각", "기준", "상반기", "하반기", "연간"}
)
#: the words of a line (of two letters or more), its brackets aside
_WORDS = regex.compile(r"\p{Hangul}{2,}+")
_BRACKET = regex.compile(r"[(（][^()（）]*+[)）]")


def told_overview(text: str) -> str:
    """The words of an overview's labelled line (`사업내용 : …`), else none."""
    items = labelled(collapse(text))
    one = len(items) == 1 and squash(items[0].label) in OVERVIEW_LABELS
    return items[0].value.strip() if one else ""


def _summary_words(c: Node, facts: AbstractSet[int]) -> str:
    """A bullet's words in the summary: none for the line the project's period or cost
    was read from, where it states nothing else (``facts``, ``○ 사업기간 : …``, ``○ 사 업
    비 : …``), or one naming its
    division (``○ 담당 : …``); an overview's without its label (``○ 사업내용 : …``)."""
    text = collapse(c.text)
    if any(ln.no in facts for ln in c.head_lines) and _facts_only(text):
        return ""
    items = labelled(text)
    if not items:
        return text
    if squash(items[0].label) in OVERVIEW_LABELS:
        return told_overview(c.text) or text
    if label_kind(items[0].label, items[0].value) == "division":
        return ""
    # (its label's letter-spacing undone, as the outline's title has it: a label justified
    # across its column, "추 진 배 경 : …", is 추진배경)
    label = items[0].label
    at = text.find(label)
    return text if not 0 <= at <= 1 else f"{text[:at]}{despace(label)}{text[at + len(label) :]}"


def _section(c: Node) -> bool:
    """A □ bullet with bullets of its own ("□ 지역 거점항공사 육성 지원" over its ㅇ lines,
    after or without a "❖" summary line): a block titled by its text, as a label's is."""
    m = c.marker
    return (
        m is not None
        and m.text[:1] in BANNER_GLYPHS
        and any(k.kind == "bullet" for k in c.children)
    )


def project_record(u: Unit, skip: set[int], dated: frozenset[int] = frozenset()) -> Project:
    summary, blocks = _summary_and_blocks(u, skip, dated)
    evidence = None
    if u.division is not None:
        # (its bracket names the 과 and its team too: "… (경제정책과 일자리지원팀)")
        bracket = ", ".join(tagged_closing_units(collapse(u.node.title))[1])
        # (or names its title's line sets apart, "1  청년 일자리 확대⇥일자리정책과")
        heads = u.node.head_lines
        apart = (
            ", ".join(title_set_apart(collapse(u.node.title), heads[-1].text)[1]) if heads else ""
        )
        own = [
            ln.text for ln in u.node.body_lines if ", ".join(names_units([ln.text])) == u.division
        ]
        labelled = ", ".join(labelled_closing_units(collapse(u.node.title))[1])
        if squash(f"({u.division})") in squash(u.node.title) or u.division in (bracket, apart):
            evidence = EVIDENCE_BRACKET
        elif u.inherited:
            evidence = EVIDENCE_TITLE  # (the item's over it: "1. 복지정책과", "1. … (자치행정과)")
        elif labelled == u.division or any(division_label(t) for t in own):
            evidence = EVIDENCE_LABEL  # ("… (담당 : 일자리정책과)", on its title's line or under)
        elif own or any(ln.text.strip() in u.division for ln in u.node.body_lines):
            evidence = EVIDENCE_LINE  # (a paragraph of its title's box too, "(경제정책과)")
        elif "담당" in "".join(u.fields) or "소관" in "".join(u.fields):
            evidence = EVIDENCE_LABEL
        else:
            evidence = EVIDENCE_TITLE
    period, cost = u.period, u.cost
    return Project(
        project_id=u.project_id,
        theme_no=u.theme_no,
        theme=theme_without_notes(u.theme),  # (its note the item's tag: "(’25. 신설)")
        seq=u.seq,
        title=drop_note_marks(u.title),
        summary=summary,
        division=u.division,
        division_evidence=evidence,
        blocks=blocks,
        cost_label=_label(u.cost_label),
        fields=dict(u.fields),
        **period_and_cost(period, cost, u.period_raw),
        **provenance(u),
    )


def _label(label: str | None) -> str | None:
    """A cost's label with its letter-spacing undone ("사 업 비" is 사업비, as the
    project's labelled fields name it: spacing that fills a column is no part of it)."""
    return despace(label) if label else label


def cell_record(cp: CellProject) -> Project:
    period, cost = cp.period, cp.cost
    return Project(
        project_id=cp.project_id,
        theme_no=cp.theme_no,
        theme=cp.theme,
        seq=cp.seq,
        title=drop_note_marks(cp.title),
        summary=cp.summary,
        division=cp.division,
        division_evidence=(cp.division_evidence or EVIDENCE_COLUMN) if cp.division else None,
        cost_label=_label(cp.cost_label) if cost else None,
        fields=dict(cp.fields),
        **period_and_cost(period, cost),
        **prov(cp.lines),
    )


def found_schedule(pid: str, seq: int, f: Found) -> Schedule:
    """A dated task as a project's schedule record."""
    return Schedule(
        project_id=pid,
        seq=seq,
        task=drop_note_marks(f.task),
        raw=f.raw,
        **span_fields(f.span),
        **prov(f.lines),
    )


def found_progress(pid: str, seq: int, f: Found) -> Progress:
    """A dated task done as a project's progress record."""
    return Progress(
        project_id=pid, seq=seq, task=drop_note_marks(f.task), raw=f.raw,
        **span_fields(f.span), **prov(f.lines),
    )  # fmt: skip


_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})\s*년")
#: a span of years with 년 after its last alone ("2017~2018년 추진계획", "2017-18년"): its first
#: year is the plan's, as of "2017년 ~ 2018년 추진계획"
_YEAR_SPAN = regex.compile(
    r"(?<!\d)((?:19|20)\d{2})\s{0,3}+[~∼〜～˜\-–]\s{0,3}+[’‘']?(?:(?:19|20)\d{2}|\d{2})\s*+년"
)


def plan_year(sections: Sections, ctx: Context) -> int | None:
    """The year the plan is for: the one its title names ("2025년 주요업무계획"), else the
    report's."""
    plans = sections.get("plans")
    if plans is not None:
        node = plans.node
        title = node.title if node is not None else plans.title
        # (the year of its part that says the plan: "2016년 주요성과 및 2017년 추진계획" is
        # for 2017, not the year of the results before it)
        planned = heading_year([title])
        if planned is not None:
            return planned
        # (a span of years, "2017~2018년 추진계획": the report's year where the span holds
        # it, "민선8기(2022~2026년) 추진계획" in a 2025 report, else its first; the first
        # year that 년 follows would be its last)
        span = _YEAR_SPAN.search(title)
        if span:
            first, last = int(span[1]), _span_end(span)
            return ctx.year if ctx.year is not None and first <= ctx.year <= last else first
        m = _YEAR.search(title)
        if m:
            return int(m[1])
    return ctx.year


def _span_end(span: regex.Match[str]) -> int:
    """The last year of a span of years (its two digits, "2017~18년", in the first's
    century)."""
    digits = regex.findall(r"\d+", span[0])[-1]
    return int(digits) if len(digits) == 4 else int(span[1]) // 100 * 100 + int(digits)


def parse_plan(lay: Layout, sections: Sections, ctx: Context, parsed: Parsed) -> Parsed:
    """Projects, funding and schedules of the plan and issues sections."""
    out = Parsed()
    year = plan_year(sections, ctx)
    have_cards = bool(parsed.tables.get("projects"))
    taken = {r.project_id for r in parsed.tables.get("projects", []) if isinstance(r, Project)}
    units: list[Unit] = []
    # (the nodes over a table of a project's facts: a bullet so is a project's card)
    fact_tables = {t.node for t in lay.tables if t.node is not None and is_facts_table(t)}
    # (and over a table of a project's cost by its sources, anywhere in a card: its cost)
    cost_tables = {
        t.node for t in lay.tables
        if t.node is not None and t.parent is None and investment_items(t)
    }  # fmt: skip
    years: dict[str, int | None] = {}  # (project id -> the year its dates without one are of)
    for section, prefix in plan_sections(sections, have_cards):
        assert section.node is not None
        chapter = section.node.parent
        division = division_chapter(chapter) if chapter is not None else None
        # (a results chapter of one year, "Ⅱ. 2025년 주요 추진성과": its months are that year's)
        own_year = chapter_year(section.node) or year
        for u in read_units(section.node, own_year, prefix, fact_tables, cost_tables):
            if u.project_id in taken:
                continue  # a number written twice: the first is kept, as the template does
            taken.add(u.project_id)
            u.division = u.division or division  # (a division's chapter: its projects)
            years[u.project_id] = own_year
            units.append(u)
    by_no = sections.lines_by_no()
    # (a theme over a table of its projects one a row: the rows are the projects)
    lists = listed_in_units(lay, units, by_no, year)
    loose = loose_lists(lay, sections, have_cards, units, by_no, year, taken)
    # (a theme over tables each a project's card, "사 업 명 | …": the cards are its projects)
    cards = card_lists(lay, units, by_no, year)
    lists += cards
    # (a project that states its own cost over a table of its parts that add up to it,
    # "○ 세부사업" over "세부사업명 | 사업량 | 사업비 | 추진시기": a project over sub-projects,
    # no theme)
    themes = {id(u) for u, _, rows in lists if not _parts_of(u, rows)}
    listing = {id(t) for _, t, _ in lists} | {id(t) for t, _ in loose}
    listing |= {id(t) for t in lay.tables if t.parent is not None and id(t) not in listing
                and any(t.parent[0] == c.id for _, c, _ in cards)}  # fmt: skip
    # (cards titled by their first row, "① 청솔역세권 …", under no item of the plan)
    titled = titled_lists(lay, sections, have_cards, units, by_no, year, taken, listing)
    listing |= {id(t) for t, _ in titled}
    listing |= {id(t) for t in lay.tables if t.parent is not None
                and any(t.parent[0] == c.id for c, _ in titled)}  # fmt: skip
    for u, _, rows in lists:
        out.use(ln for n in u.node.walk() for ln in n.lines)
        taken.update(p.project_id for p in rows)
    units = [u for u in units if id(u) not in themes]
    # (a table of blocks side by side under a project: "2025년 추진실적 | 2026년 추진계획")
    sides = side_tables([t for t in lay.tables if id(t) not in listing], node_owner(units),
                        by_no, year)  # fmt: skip
    listing |= set(sides)
    table_facts = _facts_tables(lay, units, year, by_no, listing)
    for u, planned, _ in sides.values():
        table_facts.setdefault(u.project_id, []).extend(planned)
    # (a project told again in full in an appendix's card: what only the card states)
    told = appendix_cards(lay, sections, units, by_no, year, listing)
    found: dict[str, list[Found]] = {u.project_id: [] for u in units}
    done: dict[str, list[Found]] = {}
    subs: dict[int, list[Unit]] = {}
    for u in units:
        if u.parent is not None:
            subs.setdefault(id(u.parent), []).append(u)
    listed: set[int] = set()  # bullets whose first listed item took what is under them
    unit_nodes = {id(u.node) for u in units}
    for u in units:
        mine = subs.get(id(u), [])
        # (the projects set under its lines are theirs, its sub-projects' and a block's
        # lines of their own costs alike: their steps are not its steps too)
        skip = {id(s.node) for s in mine} | {
            id(n) for n in u.node.walk() if n is not u.node and id(n) in unit_nodes
        }
        facts = u.label_lines.union(*(s.label_lines for s in mine))
        again = u.listed and id(u.node) in listed
        listed.update([id(u.node)] if u.listed else [])
        tasks = [] if again else unit_schedules(u, skip, year, facts)
        tasks += table_facts.get(u.project_id, [])
        tasks = _without_periods_told_again(tasks, u)
        card = told.get(id(u))
        if card is not None:
            fill_from_card(u, card)
            tasks = tasks or list(card.steps)
            out.use(card.lines)
        found[u.project_id].extend(tasks)
        done[u.project_id] = [] if again else unit_progress(u, skip, years.get(u.project_id, year))
        done[u.project_id] += card.done if card is not None else []
        done[u.project_id] += [f for v, _, past in sides.values() if v is u for f in past]
        dated = frozenset(f.lines[0].no for f in tasks)
        out.use(ln for n in u.node.walk() for ln in n.lines)
        out.add("projects", project_record(u, skip, dated))
        funding = funding_records(u) or (card_funding(u.project_id, card) if card else [])
        for rec in funding or table_funding(u, lay.tables, by_no):
            out.add("project_funding", rec)
    for plan_row in _table_budgets(lay, units, by_no):
        out.add("project_budgets", plan_row)
    _table_schedules(lay, units, year, by_no, found, listing)
    owned = set(node_owner(units)) | {n.seq for u, _, _ in lists for n in u.node.walk()}
    owned |= {t.node for t, _ in loose if t.node is not None}
    listed_rows = [p for _, _, ps in lists for p in ps] + [p for _, ps in loose for p in ps]
    listed_rows += [p for _, p in titled]
    for cp in listed_rows + cell_projects(lay, owned, by_no, year, taken):
        out.add("projects", cell_record(cp))
        for i, share in enumerate(cp.cost.funding if cp.cost else (), start=1):
            out.add(
                "project_funding",
                ProjectFunding(project_id=cp.project_id, seq=i, source=share.source,
                               amount_krw=share.amount_krw, raw=share.raw, **prov(cp.lines)),
            )  # fmt: skip
        found[cp.project_id] = list(cp.steps)
        done[cp.project_id] = [*done.get(cp.project_id, []), *cp.done]
        out.use(cp.lines)
    _by_the_year(found, done, year)
    for pid, items in found.items():
        for seq, f in enumerate(_once(items), start=1):
            out.add("schedules", found_schedule(pid, seq, f))
    for pid, items in done.items():
        for seq, f in enumerate(_once(items), start=1):
            out.add("progress", found_progress(pid, seq, f))
    return out


#: words of a target a step names, not a step ("개항목표 명기")
TARGET_WORDS: tuple[str, ...] = ("목표",)


def _by_the_year(
    found: dict[str, list[Found]], done: dict[str, list[Found]], year: int | None
) -> None:
    """Each step where its date puts it against the year the plan is for: one over before
    that year began was done, wherever it is listed ("□ 추진상황 및 향후계획" lists both;
    "공모기간 : 2023. 1월~2023. 2월" of a 2025 plan); one not begun by that year's end is
    no step done: a step to come, or no step but a target named ("’23. 12. : 기본계획 고시
    ▸’29.12월 개항목표 명기")."""
    if year is None:
        return
    first, last = date(year, 1, 1), date(year, 12, 31)
    for pid, items in found.items():
        past = [f for f in items if f.span.end is not None and f.span.end < first]
        if past:
            gone = {id(f) for f in past}
            found[pid] = [f for f in items if id(f) not in gone]
            done[pid] = sorted([*done.get(pid, []), *past], key=lambda f: f.lines[0].no)
    for pid, items in done.items():
        ahead = [f for f in items if f.span.start is not None and f.span.start > last]
        if not ahead:
            continue
        # (a step still to come closes a list of steps taken: "’26. 1. 착공 예정"; a target
        # named in one taken is none: "▸’29.12월 개항목표 명기")
        gone = {id(f) for f in ahead}
        done[pid] = [f for f in items if id(f) not in gone]
        planned = [f for f in ahead if not any(w in f.task for w in TARGET_WORDS)]
        if planned:
            found[pid] = sorted([*found.get(pid, []), *planned], key=lambda f: f.lines[0].no)


def _once(items: Sequence[Found]) -> list[Found]:
    """Dated steps, each once (a line read twice; each month of "(1,7월)" is a step)."""
    seen: set[tuple[int, str, str, object]] = set()
    out = []
    for f in items:
        key = (f.lines[0].no, f.raw, f.task, f.span.start)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _parts_of(u: Unit, rows: Sequence[CellProject]) -> bool:
    """Whether a project's table lists its parts: their costs add up to its own."""
    costs = [p.cost.krw for p in rows if p.cost is not None]
    return u.cost is not None and len(costs) == len(rows) and sum(costs) == u.cost.krw


def _without_periods_told_again(tasks: list[Found], u: Unit) -> list[Found]:
    """The dated tasks but those that tell the project's period, or a dated step's, again
    under a label of a period ("사업기간 2021년 ~ 2025년" in the box its title "…(’21.~’25.)"
    heads): no steps of it."""
    told = {(f.span.start, f.span.end) for f in tasks if label_kind(f.task) != "period"}
    if u.period is not None:
        told.add((u.period.start, u.period.end))
    return [
        f for f in tasks
        if label_kind(f.task) != "period" or (f.span.start, f.span.end) not in told
    ]  # fmt: skip


def _facts_tables(
    lay: Layout,
    units: Sequence[Unit],
    year: int | None,
    by_no: dict[int, Line],
    skip: AbstractSet[int] = frozenset(),
) -> dict[str, list[Found]]:
    """A project's facts set in a table under it (``사업기간 | 사업비 | … | 추진일정``):
    its period and cost where its lines state none; its steps, by project (``skip``: the
    ids of tables read otherwise)."""
    owner = node_owner(units)
    steps: dict[str, list[Found]] = {}
    for table in lay.tables:
        u = owner.get(table.node) if table.node is not None else None
        if u is None or id(table) in skip:
            continue
        for item, cell in fact_items(table):
            line = by_no.get(cell.lines[0]) if cell.lines else None
            if line is not None:
                apply_fact(u, item, line, year)
        steps.setdefault(u.project_id, []).extend(fact_steps(table, year, by_no))
    return steps


def _table_budgets(
    lay: Layout, units: Sequence[Unit], by_no: dict[int, Line]
) -> list[ProjectBudget]:
    """The budget plans (amounts by quarter) in the projects, with the notes under them."""
    owner = node_owner(units)
    nodes = {n.seq: n for u in units for n in u.node.walk()}
    out: list[ProjectBudget] = []
    for table in lay.tables:
        if table.node is None or table.node not in owner or not is_budget_plan(table):
            continue
        notes = [ln for c in nodes[table.node].children if c.kind == "note" for ln in c.lines]
        out.extend(budget_records(table, owner[table.node].project_id, by_no, notes))
    return out


def _table_schedules(
    lay: Layout,
    units: Sequence[Unit],
    year: int | None,
    by_no: dict[int, Line],
    found: dict[str, list[Found]],
    skip: AbstractSet[int] = frozenset(),
) -> None:
    """Tables of periods: a project's own, or matched to the projects row by row
    (``skip``: the ids of tables read otherwise)."""
    if not units:
        return
    owner = node_owner(units)
    for table in lay.tables:
        if id(table) in skip or is_budget_plan(table) or is_facts_table(table):
            continue  # amounts by quarter: a budget, not a schedule; a project's facts
        u = owner.get(table.node) if table.node is not None else None
        rows = table_rows(table, year, by_no)
        if not rows:
            # (a table of dated tasks in a project, one outside names none, nor one under
            # an item that lists the year's events: "4. 2026년 주요 교통행사 일정", or under
            # a card's block that does: "○ 2026년 유치 대회 일정")
            block = lay.outline.nodes[table.node - 1].title if table.node else ""
            if u is not None and not lists_events(u.title) and not lists_block_events(block, table):
                found[u.project_id].extend(event_rows(table, year, by_no))
            continue
        if u is not None:
            for _, items, _ in rows:
                found[u.project_id].extend(items)
            continue
        names = [(label, subject) for label, _, subject in rows]
        for (_, items, _), match in zip(rows, match_rows(names, units), strict=True):
            if match is not None:
                found[match.project_id].extend(items)
