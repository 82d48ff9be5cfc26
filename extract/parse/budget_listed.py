"""A budget part's main items listed in words: "○ 주요 세출내역" over "- 의정운영 공통경비 :
1,250백만원", "- 의원 국외여비 : 450백만원".

Each line under such a label is a budget line of the label's side (세출: expenditure,
세입: revenue), its item the name before the colon, its amount the one after it, of the
report's year (or the year the label names); the unit the report's body (or 계).  Read
where no table of the budget gave its lines; only where every line under the label is
an item and its amount (a list of anything else is no list of items), save a line whose
item states no figure ("- 교통약자 이동지원 : 계속사업": none read of it).  A label's unit
note ("○ 주요 세출내역 (단위 : 백만원)") is the unit of its lines' bare figures
("- 시내버스 재정지원 : 9,250").
"""

from __future__ import annotations

import regex

from extract.layout import Layout, Node
from extract.normalize import parse_money
from extract.normalize.money import parse_unit
from extract.parse.base import Context, Parsed, prov
from extract.parse.budget_scope import header_year
from extract.parse.budget_vocab import ITEM_LIST_ENDINGS, ITEM_LIST_MAIN, SIDE_WORDS
from extract.parse.budget_words import line_basis
from extract.parse.text import collapse, despace, split_marker
from extract.sections import Sections
from schemas import BudgetLine
from schemas.models import Side

_SIDES = dict(SIDE_WORDS)
_SIDE = "|".join(sorted(map(regex.escape, _SIDES), key=len, reverse=True))
_ENDS = "|".join(sorted(map(regex.escape, ITEM_LIST_ENDINGS), key=len, reverse=True))
_MAIN = regex.escape(ITEM_LIST_MAIN)
#: the label, its spaces left out: "주요세출내역", "세출주요사업", "2025년주요세출내역"
_LABEL = regex.compile(
    rf"^(?:\d{{4}}+년도?)?+(?:{_MAIN})?+(?P<side>{_SIDE})(?:예산)?+(?:{_MAIN})?+(?:{_ENDS})$"
)
#: an item's line: its name, a colon, its amount with its unit (a bracket after it or not)
_ITEM = regex.compile(
    r"^(?P<name>[^:：()（）]{2,40}?)\s*+[:：]\s*+"
    r"(?P<amount>[△▽-]?\s*+\d[\d,.\s조억천백십만]{0,30}?원)"
    r"\s*+(?:[(（][^()（）]*+[)）])?\s*+$"
)
#: an item's line whose value holds no figure ("교통약자 이동지원 : 계속사업"): no amount
_WORDED = regex.compile(r"^[^:：()（）\d]{2,40}?\s*+[:：]\s*+[^\d]{1,30}+$")
#: a label's unit note closing it ("주요 세출내역 (단위 : 백만원)")
_UNIT_NOTE = regex.compile(r"\s*+[(（]\s*+단위[^()（）]{1,20}+[)）]\s*+$")
#: an item's bare figure, its unit the label's note's ("시내버스 재정지원 : 9,250")
_BARE = regex.compile(
    r"^(?P<name>[^:：()（）]{2,40}?)\s*+[:：]\s*+(?P<amount>[△▽-]?\s*+\d[\d,.]{0,20}+)"
    r"\s*+(?:[(（][^()（）]*+[)）])?\s*+$"
)
#: the unit of an amount of one figure ("1,250백만원": 백만원; "5억2천만원" is in 원)
_UNIT = regex.compile(r"^[△▽-]?\d[\d,.]*+(?P<unit>(?:조|억|백만|천만|천|만)?원)$")


def item_label(node: Node) -> Side | None:
    """The side of a line that labels a list of the budget's main items ("○ 주요
    세출내역": expenditure), or None for another line.

    >>> from extract.layout import Node
    >>> [item_label(Node("bullet", title=t)) for t in ("○ 주요 세출내역", "○ 세입 주요사업",
    ...     "○ 세출예산 : 15,234백만원", "○ 주요사업")]
    ['expenditure', 'revenue', None, None]
    """
    label = _UNIT_NOTE.sub("", split_marker(node.title)[1])
    m = _LABEL.match(despace(label).replace(" ", "").rstrip(":："))
    return _SIDES[m["side"]] if m is not None else None  # type: ignore[return-value]


def listed_items(node: Node) -> list[tuple[str, int, str, str, Node]]:
    """(item, won, unit, raw, node) of each line under ``node``; [] unless every line
    under it is an item and its amount (or an item of no figure, left out)."""
    note = _UNIT_NOTE.search(split_marker(node.title)[1])
    noted = parse_unit(note.group()) if note is not None else None
    out: list[tuple[str, int, str, str, Node]] = []
    for kid in node.children:
        text = collapse(split_marker(kid.title)[1])
        if kid.children:
            return []
        m = _ITEM.match(text)
        bare = _BARE.match(text) if m is None and noted else None
        if m is None and bare is None:
            if _WORDED.match(text):
                continue  # (an item of no figure: none read)
            return []
        found = m if m is not None else bare
        assert found is not None
        amount = "".join(found["amount"].split()) + ("" if m is not None else noted or "")
        won = parse_money(amount)
        unit = _UNIT.match(amount)
        if won is None:
            return []
        out.append((found["name"].strip(), won, unit["unit"] if unit else "원", text, kid))
    return out


def parse_budget_listed(lay: Layout, sections: Sections, ctx: Context, parsed: Parsed) -> Parsed:
    """The budget lines of the main items a budget part lists in words, where no table
    gave the budget's lines."""
    out = Parsed()
    section = sections.get("budget_summary")
    if section is None or section.node is None or parsed.tables.get("budget_lines"):
        return out
    seq = 0
    for node in section.node.walk():
        side = item_label(node)
        items = listed_items(node) if side is not None else []
        label = despace(_UNIT_NOTE.sub("", split_marker(node.title)[1]))
        year = header_year(label) or ctx.year
        for name, won, unit, raw, kid in items:
            seq += 1
            out.add(
                "budget_lines",
                BudgetLine(
                    seq=seq, unit=ctx.bureau or "계", is_total=False, account=None, side=side,
                    item=name, label=label, basis=line_basis(label), year=year, amount_krw=won,
                    currency_unit=unit,
                    raw=raw, **prov(kid.lines[:1]),
                ),
            )  # fmt: skip
            out.use(kid.lines[:1])
    return out
