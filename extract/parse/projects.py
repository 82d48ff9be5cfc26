"""Ⅲ. 주요업무 추진계획 -> Project, ProjectBudget and Schedule records.

The section is: a table of contents (theme lines "1 . title" with the
cards as bullets), then per theme a title page ("1. title", wrapped) with
its own list of cards, then the cards ("1  title").  A card has summary
bullets, then labelled blocks ("• 추진방향", "• 예산 집행계획", "• 추진일정",
...).  Stages:

:func:`~extract.parse.project_cards.find_themes` ->
:func:`~extract.parse.project_cards.find_cards` -> :func:`read_card`
(:func:`split_blocks` -> :func:`read_bullets` /
:func:`~extract.parse.card_budget.read_plan_table` /
:func:`~extract.parse.card_steps.read_schedule`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from itertools import takewhile

import regex

from extract.document import Line
from extract.layout.markers import read_marker
from extract.layout.marking import in_note_box
from extract.layout.nodes import Node
from extract.layout.tables import Table
from extract.layout.unmarked import open_brackets
from extract.normalize.wraps import join_wrapped
from extract.parse.base import Context, Parsed, heading_name, prov
from extract.parse.card_blocks import (
    fact_heads,
    head_fact,
    inner_parts,
    label_kind,
    label_year,
    read_bullets,
    split_blocks,
    summary_text,
    top_facts,
)
from extract.parse.card_budget import read_plan_table
from extract.parse.card_later import (
    OVERVIEW_ENDING,
    label_mark,
    later_plans,
    plans_work,
    stated_year,
)
from extract.parse.card_steps import plan_block, plan_steps, read_progress, read_schedule
from extract.parse.card_tables import inner_steps, overview
from extract.parse.costs import period_and_cost
from extract.parse.facts_tables import (
    fact_items,
    fact_steps,
    investment_items,
    is_facts_table,
)
from extract.parse.line_charts import line_charts
from extract.parse.org_parts import unit_word
from extract.parse.org_vocab import DIVISION_RANK_WORDS
from extract.parse.plan import OVERVIEW_ENDINGS, OVERVIEW_LABELS, is_past_label, theme_division
from extract.parse.plan_chart import chart_of_the_plan
from extract.parse.plan_funding import shares_table, sources_under
from extract.parse.plan_records import found_progress, found_schedule, told_overview
from extract.parse.project_cards import (
    Card,
    cardless,
    find_cards,
    find_themes,
    groups_cards,
    serial_table,
    skips_cards,
)
from extract.parse.project_facts import INVESTMENT_PLAN_LABELS, read_facts
from extract.parse.schedule_tables import (
    event_rows,
    lists_block_events,
    lists_events,
    table_rows,
    unmarked,
)
from extract.parse.schedules import (
    names_plan,
)
from extract.parse.steps import Found
from extract.parse.tags import tagged_closing_units
from extract.parse.text import collapse, despace, opens_with_label, split_marker, squash
from extract.parse.vocab import (
    BULLETS,
    EVIDENCE_BRACKET,
    EVIDENCE_LABEL,
    EVIDENCE_TITLE,
    LABEL_MARKERS,
)
from extract.sections import Section, without_page_footnotes
from schemas import Block, Progress, Project, ProjectFunding, Schedule

_DATE_SEP = regex.compile(r"\s*:\s*")


# --- a card ------------------------------------------------------------------------------


def _with_wraps(lines: Sequence[Line]) -> list[str]:
    """The facts lines' texts, markers off, a line with no marker joined to the one before
    it (a wrapped fact: "○ 사 업 비 : 8,450백만원 (국비 4,225백만원, 시비" / "4,225백만원)")."""
    out: list[str] = []
    for ln in lines:
        marker, text = split_marker(ln.text)
        if marker is None and out and not opens_with_label(text):
            out[-1] = join_wrapped([out[-1], text])
        else:
            out.append(text)  # (a fact of its own: "사 업 비 : …" with no bullet)
    return out


#: the words of a team's rank: a theme so named, in a report of one division's (or a
#: 읍's) teams, is the team its cards belong to
TEAM_RANK_WORDS: frozenset[str] = frozenset({"팀", "담당"})


def _theme_division(title: str, divisions: Sequence[str]) -> tuple[str, str | None]:
    """The theme's title and the division it names, alone ("1. 농업정책과" over its cards)
    or in the bracket it closes with ("1. … 구현 (자치행정과)", the title without it): one
    of the report's divisions, else a name of a division's rank (not "1. 복지국", "1.
    문화강국"), or a team's in a report by team, of one division at most ("1. 행정민원팀");
    else the title whole and none."""
    name, unit = theme_division(title)
    if unit is None:
        return title, None
    word = unit_word(unit)
    if unit in divisions or (not divisions and word in DIVISION_RANK_WORDS):
        return name, unit
    if word in TEAM_RANK_WORDS and len(divisions) <= 1:
        # (a report by team, a 읍's or a 과's, "1. 행정민원팀" over its cards: the team's;
        # the report's one division, where known, is no other's teams' part)
        return name, unit
    return title, None


def period_tables(
    lines: Sequence[Line],
    year: int | None,
    tables: Sequence[Table],
    by_no: Mapping[int, Line] | None = None,
) -> tuple[list[Found], set[int]]:
    """The steps of each table of periods drawn among a block's lines (a Gantt of quarters
    or months, "추진내용 | 1/4 | 2/4 | 3/4 | 4/4" with ■ or bars: each task a step per run of
    marked periods; or a task column beside a date column, "추진내용 | 일정"), and the lines
    those tables take."""
    nos = {ln.no for ln in lines}
    lookup = by_no if by_no is not None else {ln.no: ln for ln in lines}
    found: list[Found] = []
    taken: set[int] = set()
    for table in tables:
        if not table.lines or not set(table.lines) <= nos:
            continue
        rows = table_rows(table, year, lookup)
        steps = [f for _, items, _ in rows for f in items] or event_rows(table, year, dict(lookup))
        if steps or unmarked(table, year):  # (a chart that marks nothing gives no steps)
            found.extend(steps)
            taken.update(table.lines)
    return found, taken


def _overview_said(blocks: Sequence[tuple[str, Line, list[Line]]]) -> str:
    """What a card's overview block says it does (`□ 사업개요` / `○ 사업내용 : …`, its
    wrapped lines with it): the summary of a card that states none before its blocks."""
    for label, _, lines in blocks:
        key = squash(label)
        if not (key in OVERVIEW_LABELS or key.endswith(OVERVIEW_ENDINGS)):
            continue
        for i, ln in enumerate(lines):
            marker, text = split_marker(ln.text)
            if marker is None:
                continue
            wraps = takewhile(lambda w: split_marker(w.text)[0] is None, lines[i + 1 :])
            said = told_overview(join_wrapped([text, *(w.text.strip() for w in wraps)]))
            if said:
                return said
    return ""


#: the words of a block's label over a card's investment plan ("□ 연차별 투자계획", "□ 소요
#: 재원"): not its past support, "□ 그간 지원실적"
PLAN_TABLE_WORDS: tuple[str, ...] = ("투자", "재원", "사업비", "소요예산")


def _under_plan(first: int, body: Sequence[Line]) -> bool:
    """Whether the nearest marked line over a table's first line labels an investment
    plan."""
    over = [ln for ln in body if ln.no < first and ln.is_content and read_marker(ln.text)]
    return bool(over) and any(w in squash(over[-1].text) for w in PLAN_TABLE_WORDS)


def _footnotes(lines: Sequence[Line]) -> dict[int, list[Line]]:
    """A Hangul file's footnote (and endnote) lines by the line they follow, where that
    line holds their anchor (the anchoring paragraph's, or the row of the table holding
    it)."""
    out: dict[int, list[Line]] = {}
    anchor: Line | None = None
    for ln in lines:
        if not ln.is_content:
            continue
        if not in_note_box(ln):
            anchor = ln
        elif anchor is not None and _paragraph(anchor) == _paragraph(ln):
            out.setdefault(anchor.no, []).append(ln)
    return out


def _paragraph(ln: Line) -> str:
    """The body paragraph a Hangul file's line stands in (``s0/p67``)."""
    return "/".join((ln.where or "").split("/")[:2])


def read_card(
    card: Card,
    ctx: Context,
    evidence_extra: str,
    parsed: Parsed,
    drawn: AbstractSet[int] = frozenset(),
    tables: Sequence[Table] = (),
    by_no: Mapping[int, Line] | None = None,
    footnotes: Mapping[int, Sequence[Line]] | None = None,
) -> None:
    """Read one card into ``parsed`` (``drawn``: lines of the layout's tables, which are
    no bullets of a block: a diagram of stages under an item; ``tables``: the layout's
    tables, ``by_no`` the lines by number, for the tables of periods in its schedule;
    ``footnotes``: a Hangul file's footnote lines by the line they follow)."""
    # a card title is one line; the lines after it are the summary, marked or not (a
    # Hangul file's footnote is the outline's note: no words of a block or a cell)
    body = [ln for ln in card.body if not in_note_box(ln)]
    # (a title may close with the units that run it: "… 확대 (탄소중립과)")
    title, units = tagged_closing_units(card.title)
    if not title:
        title, units = card.title, []
    how = EVIDENCE_BRACKET  # (how the division is known)
    summary_lines, blocks = split_blocks(body)
    # (its facts set over its blocks, "ㅇ 사업기간 : …" over "□ 추진실적(’16)": no summary)
    over_blocks = top_facts(summary_lines) if blocks else []
    summary_lines = [ln for ln in summary_lines if ln not in over_blocks]
    parsed.use(over_blocks)
    if not blocks:
        parsed.warn(
            "projects.no_blocks",
            f"{card.project_id}: no labelled blocks (추진계획, 예산 집행계획, 추진일정, ...) "
            "found in the card",
            card.heading,
        )
    # a table of the card's facts under its title ("사업기간 | 사업비(백만원) | 담당부서" over
    # one row): its facts, not its summary
    body_nos = {ln.no for ln in body}
    facts_tables = [
        t for t in tables if t.lines and set(t.lines) <= body_nos and is_facts_table(t)
    ]
    in_facts = {no for t in facts_tables for no in t.lines}
    parsed.use(ln for ln in summary_lines if ln.no in in_facts)
    summary_lines = [ln for ln in summary_lines if ln.no not in in_facts]
    summary, used = summary_text(summary_lines)
    # (a card drawn as a table of labels: its 사업개요 or 사업내용 cell)
    summary = summary or next((o for t in facts_tables if (o := overview(t))), "")
    summary = summary or _overview_said(blocks)
    parsed.use(card.heading)
    parsed.use(used)
    table_lines = {
        ln.no for label, _, lines in blocks if label_kind(label) == "budget" for ln in lines
    }
    text = squash(" ".join(ln.text for ln in body if ln.no not in table_lines))
    evidence = f"{text}|{evidence_extra}"
    out_blocks: list[Block] = []
    n_done = 0  # the card's steps done so far, over all its blocks of them
    n_steps = 0  # the card's steps read from its tables of periods
    # (the card's facts set as labels of their own, "□ 소요예산 : …", are no lines of the
    # block before them)
    head_lines = fact_heads(body, blocks)
    heads = {ln.no for ln in head_lines}
    parsed.use(head_lines)
    blocks = [(lb, at, [ln for ln in lines if ln.no not in heads]) for lb, at, lines in blocks]
    # (what a block of the plan states one level down, as the card's own: `□ 세부추진계획`
    # over `○ 사업기간 : …`, `○ 추진일정` over dated `- …` lines, `○ 소요예산 : …`)
    # (not a block of a later year or stage, `□ 2027년 계획`, `□ 차년도 추진계획`: its
    # period, cost and 추진일정 are next year's, no facts of this year's card)
    later = later_plans(blocks, ctx.year)
    plans = {at.no for label, at, _ in blocks if plans_work(label) and at.no not in later}
    inner = {
        at.no: inner_parts(lines, label_mark(at))
        if at.no in plans or (squash(label).endswith(OVERVIEW_ENDING) and at.no not in later)
        else ([], [])
        for label, at, lines in blocks
    }
    inner_facts = [ln for at in plans for fact in inner[at][0] for ln in fact]
    # (a card with no 추진일정 block dates its steps in its plan's: "□ 추진계획" over "- ’26.
    # 2.~3. : 공모 및 선정"; a `○ 추진일정` one level down is no such block: the plan's
    # other dated lines are its steps still)
    steps_in_plan = not any(label_kind(label) == "schedule" for label, _, _ in blocks)
    read_tables: set[int] = set()  # (the lines of the tables of periods read in blocks)
    for label, label_line, lines in blocks:
        kind = label_kind(label)
        leftover: list[Line] = []
        # (a footnote on a line of the block, after its first bullet: a note of the bullet
        # it follows, as a ※ note is; its words no fact's, read from ``body`` alone)
        noted = [n for ln in lines for n in (footnotes or {}).get(ln.no, ())]
        if label_line.no in in_facts and kind != "budget":
            # (a block that is a cell of the card's table of facts, "추진일정 | ’26. 3. :
            # …": its steps are the cell's paragraphs, read with the table's below; the
            # block's lines in the table run on into the rows under it, those after the
            # table are its own)
            parsed.use(ln for ln in lines if ln.no in in_facts)
            lines = [ln for ln in lines if ln.no not in in_facts]
        # (a block that names events over a table of their places, "□ 주민자치회 주요 행사
        # 일정" over "행사명 | 일시 | 장소 | 주관": its rows are events, no steps)
        events = {no for t in tables if lists_block_events(label, t) for no in t.lines}
        if kind != "budget":
            found, taken = period_tables(
                [ln for ln in lines if ln.no not in events], ctx.year, tables, by_no
            )
            read_tables |= taken
            # (... and such charts set as lines in a text export)
            charts, set_out, blank = line_charts([ln for ln in lines if ln.no not in taken],
                                                 ctx.year)  # fmt: skip
            for f in [*found, *charts]:
                n_steps += 1
                parsed.add("schedules", found_schedule(card.project_id, n_steps, f))
            for head in blank:
                parsed.warn(
                    "schedules.unmarked",
                    f"{card.project_id}: a chart of periods whose rows mark none (its marks "
                    "may have been shading, which a text export drops): dates not read",
                    [head],
                )
            taken |= set_out
            parsed.use(ln for ln in lines if ln.no in taken)
            lines = [ln for ln in lines if ln.no not in taken]
        if kind == "budget":
            records, leftover = read_plan_table(
                label_line, lines, evidence, card.project_id, parsed
            )
            for rec in records:
                parsed.add("project_budgets", rec)
            parsed.use(ln for ln in lines if ln not in leftover)
        elif kind == "schedule":
            n_steps, n_done = _add_steps(
                read_schedule(lines, card.project_id, ctx.year, parsed), ctx.year,
                (n_steps, n_done), parsed,
            )  # fmt: skip
            parsed.use(lines)
        else:
            leftover = [ln for ln in lines if ln.no not in drawn]
            # (its 추진일정 one level down, `○ 추진일정` over its dated lines: the card's)
            kept = {ln.no for ln in lines}
            # (the lines read so, and its facts, `○ 사업기간 : …`, the card's period: no
            # steps of the plan's besides)
            taken = {ln.no for fact in inner[label_line.no][0] for ln in fact}
            dated: list[Schedule] = []
            for part, at, part_lines in inner[label_line.no][1]:
                if label_kind(part) == "schedule":
                    dated += read_schedule(
                        [ln for ln in part_lines if ln.no in kept and ln.no not in drawn],
                        card.project_id, ctx.year, parsed,
                    )  # fmt: skip
                    taken |= {at.no, *(ln.no for ln in part_lines)}
            if is_past_label(squash(label)):
                # (its label's year, "□ 2025 추진실적" over "○ 2월 : …": 2025's months, or
                # its bracket's, which the label is read without: "□ 추진실적(’16)")
                year = label_year(label) or stated_year(label_line) or ctx.year
                for done in read_progress(leftover, card.project_id, year, n_done + 1):
                    parsed.add("progress", done)
                    n_done += 1
            elif (
                steps_in_plan and names_plan(squash(label))
                and not squash(label).endswith(INVESTMENT_PLAN_LABELS)
            ):  # fmt: skip
                dated += [
                    found_schedule(card.project_id, 0, f)
                    for f in plan_steps([ln for ln in leftover if ln.no not in taken],
                                        ctx.year, title)
                ]  # fmt: skip
            # (the plan's dated lines and its 추진일정's in the order printed)
            dated.sort(key=lambda s: s.line_start or 0)
            n_steps, n_done = _add_steps(dated, ctx.year, (n_steps, n_done), parsed)
        notes = [n for n in noted if leftover and leftover[0].no < n.no]
        items = read_bullets(sorted([*leftover, *notes], key=lambda ln: ln.no))
        parsed.use(ln for ln in leftover if ln.is_content)
        content = [ln for ln in [*lines, *notes] if ln.is_content]
        last = max(ln.no for ln in content) if content else label_line.no
        out_blocks.append(Block(label=label, line_start=label_line.no, line_end=last, items=items))
        parsed.use([label_line])
    # (a table under a line that labels an investment plan, "○ 소요예산" over "구 분 | 계 |
    # 국 비 | …": its cost, read from its grid; no text of the facts)
    planned = [
        (t, got) for t in tables
        if t.lines and set(t.lines) <= body_nos and _under_plan(t.lines[0], body)
        and (got := investment_items(t))
    ]  # fmt: skip
    in_plans = {no for t, _ in planned for no in t.lines}
    facts = read_facts(
        _with_wraps(over_blocks)
        + _with_wraps([
            ln
            for label, _, lines in blocks
            if squash(label).endswith(OVERVIEW_ENDING)
            for ln in lines
            # (a note under the facts, "※ 2021년 소요예산: …", is none of them: a PDF
            # may set it in a box of its own)
            if ln.is_content and BULLETS.get(split_marker(ln.text)[0] or "") != 0
            and ln.no not in in_plans
        ])
        + [head_fact(ln) for ln in head_lines]
        + _with_wraps([ln for ln in inner_facts if ln.no not in in_plans]),
        ctx.year,
    )
    for table in facts_tables:
        for item, _ in fact_items(table):
            facts.take(item, ctx.year)
        # (its 추진일정 cell's paragraphs, and a chart drawn in a cell)
        steps = fact_steps(table, ctx.year, by_no or {}) + inner_steps(
            table, tables, ctx.year, by_no or {}, frozenset(read_tables)
        )
        n_steps, n_done = plan_block(steps, card.project_id, ctx.year, (n_steps, n_done), parsed)
        for f in fact_steps(table, ctx.year, by_no or {}, done=True):
            n_done += 1
            parsed.add("progress", found_progress(card.project_id, n_done, f))
    if facts.cost is None:
        # (a card that states its cost only in its investment plan, "□ 연차별 투자계획"
        # over "구 분 | 총사업비 | ~’24 | …": the 계 row's total, each source's its share)
        for item, _ in planned[0][1] if planned else []:
            facts.take(item, ctx.year)
    if not units and facts.division is not None:
        units, how = [facts.division], EVIDENCE_LABEL
    theme, unit = _theme_division(card.theme.title, ctx.divisions)
    if not units and unit is not None:
        units, how = [unit], EVIDENCE_TITLE
    period, cost = facts.period, facts.cost
    parsed.add(
        "projects",
        Project(
            project_id=card.project_id,
            theme_no=card.theme.no,
            theme=theme,
            seq=card.no,
            title=title,
            summary=summary,
            division=", ".join(units) or None,
            division_evidence=how if units else None,
            blocks=out_blocks,
            cost_label=despace(facts.cost_label) if facts.cost_label else None,
            fields=facts.fields or {},
            **period_and_cost(period, cost),
            **prov([*card.heading, *(ln for ln in body if ln.is_content)]),
        ),
    )
    # the funding its cost states: "총사업비: 64,200백만원(국비 10,000, 시비 54,200)"
    stated = [ln for ln in body if ln.is_content and cost is not None and cost.raw in ln.text]
    for i, share in enumerate(cost.funding if cost is not None else (), start=1):
        parsed.add(
            "project_funding",
            ProjectFunding(project_id=card.project_id, seq=i, source=share.source,
                           amount_krw=share.amount_krw, raw=share.raw,
                           **prov(stated[:1] or card.heading)),
        )  # fmt: skip
    if cost is not None and not cost.funding and stated:
        # (or a table under the cost's line whose 계 is the cost: "○ 사 업 비 : 1,230,000천원"
        # over "계 | 국 비 | 시 비 | 구 비")
        shares = shares_table(card.project_id, cost, stated[0], body_nos, tables, by_no)
        # (or the line right under it that lists its sources alone: "- 국비 …, 시비 …")
        below = [ln for ln in body if ln.is_content and ln.no > stated[0].no][:1]
        listed = sources_under(below[0].text, cost) if below and not shares else ()
        for i, share in enumerate(listed, start=1):
            shares.append(ProjectFunding(project_id=card.project_id, seq=i, source=share.source,
                                         amount_krw=share.amount_krw, raw=share.raw,
                                         **prov(below)))  # fmt: skip
        for funded in shares:
            parsed.add("project_funding", funded)


def _add_steps(
    steps: Sequence[Schedule], year: int | None, counts: tuple[int, int], parsed: Parsed
) -> tuple[int, int]:
    """Add a block's steps, each one over before the plan's year began a step done;
    ``counts``: the card's steps and steps done so far, returned with these."""
    n_steps, n_done = counts
    for sched in steps:
        if year is not None and sched.end is not None and sched.end.year < year:
            # (a step over before the plan's year began: done, wherever listed)
            n_done += 1
            parsed.add("progress", Progress(**sched.model_dump(exclude={"seq"}), seq=n_done))
            continue
        n_steps += 1
        parsed.add("schedules", sched.model_copy(update={"seq": n_steps}))
    return n_steps, n_done


def parse_projects(
    section: Section,
    ctx: Context,
    item_names: Sequence[str] = (),
    drawn: AbstractSet[int] = frozenset(),
    tables: Sequence[Table] = (),
) -> Parsed:
    """Read Ⅲ; ``item_names`` (the budget appendix's items) help split table cells;
    ``drawn`` are the lines of the layout's tables (``tables``).

    A section that is not in this form (most cards without a labelled block) gives
    nothing here, and no warning: the structure parser
    (:mod:`extract.parse.plan_records`) reads it from the outline.
    """
    footnotes = _footnotes(section.lines)  # (a Hangul file's: its blocks' notes)
    section = without_page_footnotes(section)  # (no lines of a card's block)
    out = _parse_cards(section, ctx, item_names, drawn, tables, footnotes)
    cards = [p for p in out.tables.get("projects", []) if isinstance(p, Project)]
    if 2 * sum(1 for p in cards if p.blocks) <= len(cards):
        return Parsed()
    return out


def _parse_cards(
    section: Section,
    ctx: Context,
    item_names: Sequence[str] = (),
    drawn: AbstractSet[int] = frozenset(),
    tables: Sequence[Table] = (),
    footnotes: Mapping[int, Sequence[Line]] | None = None,
) -> Parsed:
    out = Parsed()
    by_no = {ln.no: ln for ln in section.lines}
    out.use(section.heading)
    themes, toc = find_themes(section.lines, drawn)
    out.use(toc)
    if not themes:
        name = heading_name(section.heading, section.title)
        out.warn(
            "projects.no_themes",
            f"no numbered themes (1. ..., 2. ...) found in {name}",
            section.heading,
        )
        return out
    extra = "|".join(squash(n) for n in item_names)
    rows = {no for t in tables if serial_table(t) for no in t.lines}
    if any(groups_cards(theme, rows) or skips_cards(theme, rows) for theme in themes):
        return out  # (strategies over their cards, a card's number skipped: the outline's)
    found: list[tuple[list[Card], list[Line]]] = []
    last = 0
    for theme in themes:
        found.append(find_cards(theme, last, rows))
        last = found[-1][0][-1].no if found[-1][0] else last
    pairs = zip(themes, found, strict=True)
    if any(cards for cards, _ in found) and not all(
        cards or cardless(t.heading[0].text) for t, (cards, _) in pairs
    ):
        return out  # (cards this reader finds under some themes only: the outline's)
    # (the items whose title the outline read on over its wrapped line)
    walk = section.node.walk() if section.node is not None else iter(())
    wrapped = {n.lines[0].no: n for n in walk if n.kind == "item" and n.head > 1}
    for theme, (cards, before) in zip(themes, found, strict=True):
        out.use(theme.heading)
        # the theme page lists its cards before the first one: a table of contents (not
        # a table's rows numbered under 연번: its events')
        out.use(
            ln
            for ln in before
            if ln.no not in rows
            and (
                (ln.is_content and split_marker(ln.text)[0] is not None)
                or ln.text.strip()[:1] in LABEL_MARKERS
            )
        )
        if not cards and not lists_events(theme.heading[0].text):  # (a list of events)
            out.warn("projects.no_cards", f"theme {theme.no} has no numbered cards", theme.heading)
        for card in cards:
            _outline_title(card, wrapped.get(card.heading[0].no))
            read_card(card, ctx, extra, out, drawn, tables, by_no, footnotes)
    ctx.themes = [t.title for t in themes]
    chart_of_the_plan(section, ctx.year, tables, out)
    return out


#: a bracket alone on its line, of the divisions that run a card ("(국제행사팀)")
_BRACKET_ALONE = regex.compile(r"^[(（][^()（）]++[)）]$")


def _outline_title(card: Card, node: Node | None) -> None:
    """A card whose title wraps, as the outline read it (``node``): its title whole, the
    wrapped line no summary ("… ODA 사업 (KOICA-Haeon Smart Water" / "Project)
    (국제개발협력팀)", "… 내실화" / "(어르신장애인과)": the division's bracket)."""
    if node is None or len(card.heading) != 1:
        return
    # (only where the title needs its wrap: a bracket left open, the divisions' bracket
    # alone on the next line, or the rest of a line filled to its end, shorter than it;
    # an unmarked line of words under a short title, as long or longer, is its summary)
    first = node.head_lines[0].text.strip()
    rest = [ln.text.strip() for ln in node.head_lines[1:]]
    if not (
        open_brackets(first) or all(map(_BRACKET_ALONE.match, rest))
        or len(" ".join(rest)) < len(first) / 2
    ):  # fmt: skip
        return
    wrap = [ln.no for ln in node.head_lines[1:]]
    at = [i for i, ln in enumerate(card.body) if ln.is_content][: len(wrap)]
    if [card.body[i].no for i in at] != wrap:
        return
    card.title = collapse(node.title)
    card.heading.extend(card.body[i] for i in at)
    card.body[:] = [ln for i, ln in enumerate(card.body) if i not in at]
