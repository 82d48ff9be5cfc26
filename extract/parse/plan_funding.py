"""A project's funding: the shares its cost's bracket states ("5,100백만원 (국 2,550, 시
2,550)"), else those a line labelled 재원 under it states ("- 재원 : 국비 4,080백만원, 시비
1,020백만원"); a cost labelled with its one source is all its ("(국비 693백만원)")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

import regex

from extract.document import Line
from extract.layout import Table
from extract.layout.caption_units import header_unit
from extract.layout.cells import is_value
from extract.layout.textheads import split_header
from extract.parse.base import prov
from extract.parse.card_tables import columns_cost, row_costs
from extract.parse.costs import (
    FUNDING_LABELS,
    FUNDING_SOURCES,
    FUNDING_STATUS_WORDS,
    Cost,
    Share,
    is_source,
    read_funding,
    read_labelled_cost,
)
from extract.parse.facts_tables import INVESTMENT_TOTALS
from extract.parse.plan import Unit
from extract.parse.project_facts import labelled
from extract.parse.text import split_marker, squash
from extract.parse.vocab import SOURCE_TABLE_UNITS
from schemas import ProjectFunding


def _funding_line(u: Unit) -> tuple[tuple[Share, ...], Line] | None:
    """The shares a labelled line of the project's states where its cost's bracket states
    none (:data:`FUNDING_LABELS`), with that line."""
    assert u.cost is not None
    for node in u.node.walk():
        for x in labelled(node.text) if node is not u.node else ():
            if x.key in FUNDING_LABELS:
                shares = read_funding(x.value, u.cost.krw, u.cost.unit)
                if shares:
                    return shares, node.lines[0]
        if node.lines and node.lines[0] is u.cost_line and node is not u.node:
            # (or the line right under the cost that lists its sources alone, its wrap
            # too: "- 시비 1,800" / "백만원, 구비 4,620백만원")
            kids = [k for k in node.children if k.kind == "bullet"]
            if kids and (shares := sources_under(kids[0].text, u.cost)):
                return shares, kids[0].lines[0]
    return None


#: a status word after a share's amount, bracketed or not, up to the comma or the end:
#: "국비 300백만원 확보, 시비 200백만원 (확정)"
_STATUS = regex.compile(
    r"(?<=[\d원])\s*+[(（]?+(?:" + "|".join(FUNDING_STATUS_WORDS) + ")"
    r"(?:\s*+(?:완료|예정))?+[)）]?+(?=\s*+(?:[,，/]|$))"
)


def sources_under(text: str, cost: Cost) -> tuple[Share, ...]:
    """The shares a line right under a cost lists alone, adding up to it ("○ 사 업 비 :
    12,400백만원" / "- 국비 2,000백만원, 시비 10,400백만원", or in the cost's unit, "- 국비
    900, 도비 180, 군비 420", or one source that pays it all, "- 도비 365,300천원"); () for
    any other line."""
    words = _STATUS.sub("", split_marker(text)[1])
    listed = read_labelled_cost(words)
    if listed is not None and listed.krw == cost.krw and listed.funding and (
        len(listed.funding) >= 2 or listed.funding[0].amount_krw == cost.krw
    ):
        return listed.funding
    # (in the cost's unit: each part a source and no label, "지원대상 : 국공립 25, 민간 20",
    # nor a split by items, "보조금 800, 사무관리비 400")
    plain = listed is None and ":" not in words
    shares = read_funding(words, cost.krw, cost.unit) if plain else ()
    adds_up = sum(s.amount_krw or 0 for s in shares) == cost.krw
    sources = all(is_source(s.source) for s in shares)
    # (one source that is the whole cost too: "- 도비 365,300천원")
    return tuple(shares) if shares and adds_up and sources else ()


def funding_records(u: Unit) -> list[ProjectFunding]:
    """The shares of a project's cost (its bracket's, else those a line labelled 재원
    states); a cost labelled with its one source is all its ("(국비 693백만원)": 국비
    693백만원)."""
    if u.cost is None or u.cost_line is None:
        return []
    label = squash(u.cost_label or "")
    if not u.cost.funding and label in FUNDING_SOURCES and len(label) > 1:
        raw = f"{u.cost_label} {u.cost.raw}"
        return [ProjectFunding(project_id=u.project_id, seq=1, source=label,
                               amount_krw=u.cost.krw, raw=raw, **prov([u.cost_line]))]  # fmt: skip
    shares, line = u.cost.funding, u.cost_line
    if not shares and (found := _funding_line(u)) is not None:
        shares, line = found
    return [
        ProjectFunding(
            project_id=u.project_id,
            seq=i,
            source=share.source,
            amount_krw=share.amount_krw,
            raw=share.raw,
            **prov([line]),
        )
        for i, share in enumerate(shares, start=1)
    ]


def shares_table(
    project_id: str,
    cost: Cost,
    line: Line,
    nos: AbstractSet[int],
    tables: Sequence[Table],
    by_no: Mapping[int, Line] | None,
) -> list[ProjectFunding]:
    """The shares of a cost stated on ``line`` that the first table after it, among the
    lines ``nos`` of its card, states: each source's, where the table's 계 is the cost."""
    after = [t for t in tables if t.lines and t.lines[0] > line.no and t.lines[0] in nos]
    if cost.krw is None:
        return []
    if after:
        table = min(after, key=lambda t: t.lines[0])
        found = None if table.parent else _cost_of(table, table.currency_unit or cost.unit, cost)
        if found is not None and found.funding:
            lines = [by_no[n] for n in table.lines if by_no is not None and n in by_no]
            return _records(project_id, found, lines or [line])
    # (or a table of one row in lines that keep no rules, right under the line)
    told = _lines_cost(line, nos, by_no, cost.unit)
    if told is None or told[0].krw != cost.krw or not told[0].funding:
        return []
    return _records(project_id, told[0], told[1])


def _lines_cost(
    line: Line, nos: AbstractSet[int], by_no: Mapping[int, Line] | None, unit: str | None
) -> tuple[Cost, list[Line]] | None:
    """The cost the two lines after ``line`` state as a table with no rules, its caption
    aside: "계 국 비 시 비 구 비" over "1,230,000 615,000 369,000 246,000"."""
    if by_no is None or unit is None:
        return None
    after = [by_no[n] for n in sorted(nos) if n > line.no and n in by_no and by_no[n].is_content]
    if after and (caption := header_unit(after[0].text)) is not None:
        after, unit = after[1:], caption  # ("(단위 : 천원)": the figures' unit)
    if len(after) < 2:
        return None
    figures = after[1].text.split()
    heads = split_header(after[0].text.split(), len(figures))
    if heads is None or not all(is_value(f) for f in figures):
        return None
    found = columns_cost(
        dict(enumerate(squash(h) for h in heads)), dict(enumerate(figures)), unit
    )
    return (found, after[:2]) if found is not None else None


def _records(project_id: str, cost: Cost, lines: Sequence[Line]) -> list[ProjectFunding]:
    return [
        ProjectFunding(project_id=project_id, seq=i, source=share.source,
                       amount_krw=share.amount_krw, raw=share.raw, **prov(lines))
        for i, share in enumerate(cost.funding, start=1)
    ]  # fmt: skip


def _cost_of(table: Table, unit: str | None, cost: Cost) -> Cost | None:
    """The row of a table of sources whose total is ``cost`` (of "총사업비 …" and "2026년
    …", the one the card's cost line states); of several, its total's row (총사업비, 계),
    else none (’25년 실적 and ’26년 계획 of one total: whose shares is unsaid)."""
    rows: dict[tuple[object, ...], tuple[str, Cost]] = {}
    for label, c in row_costs(table, unit):
        if c.krw == cost.krw and c.funding:  # (a row read both ways, once)
            rows.setdefault((label, *((s.source, s.amount_krw) for s in c.funding)), (label, c))
    totals = [c for label, c in rows.values() if label in INVESTMENT_TOTALS]
    if len(rows) == 1:
        return next(iter(rows.values()))[1]
    return totals[0] if len(totals) == 1 else None


def table_funding(
    u: Unit, tables: Sequence[Table], by_no: Mapping[int, Line]
) -> list[ProjectFunding]:
    """The shares of a project's cost a table under it states, where its cost names none
    ("- 사 업 비 : 1,850,000천원" over "계 | 국 비 | 시 비 | 구 비" and one row of figures):
    each source's, where the table's 계 is the cost."""
    if u.cost is None or u.cost.funding or u.cost.krw is None:
        return []
    mine = {n.seq for n in u.node.walk()}
    # (or drawn in a cell of a table under it: a card's "사 업 비 | 총 25억원" over "계 |
    # 국비 | 도비 | 시군비")
    holders = {t.id for t in tables if t.node in mine and t.parent is None}
    for table in tables:
        if table.parent is None and table.node not in mine:
            continue
        if table.parent is not None and table.parent[0] not in holders:
            continue
        for unit in _units(table, u.cost):
            cost = _cost_of(table, unit, u.cost)
            if cost is not None and cost.funding:
                lines = [by_no[n] for n in table.lines if n in by_no]
                return _records(u.project_id, cost, lines)
    return []


def _units(table: Table, cost: Cost) -> list[str]:
    """The units a table of sources may be in: its caption's; where it states none, the
    cost's, else a unit tables are drawn in (:data:`SOURCE_TABLE_UNITS`) in which its 계 is
    the cost ("총 25억원" over "2,500 | 1,500 | 500 | 500": 백만원; "250 | 150 | …" no
    total in 천만원, a tenth of it)."""
    if table.currency_unit:
        return [table.currency_unit]
    return [cost.unit, *(name for name in SOURCE_TABLE_UNITS if name != cost.unit)]
