"""A budget told in words where no table gives one: the budget part's own line and the
units' lines under it.

"□ 예    산 : 1,845,320천원 (전년 대비 123,400천원, 7.2% 증)" over "- 운영지원팀 :
298,320천원", "- 공원관리팀 : 936,000천원": the total (its last year's from the change
stated) and each unit's amount, as budget_summary and budget_lines records, of the
plan's year; the account where a note of the part names one ("※ 2026년 일반회계 본예산
기준"), or each account the bracket after the total names ("(일반회계 548,700, 특별회계
63,600)").  Stages: :func:`stated_budget` (the part's line) -> :func:`unit_amounts` (the
lines under it), :func:`account_shares` (its bracket) -> :func:`parse_budget_text`.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from extract.document import Line
from extract.layout import Layout, Node
from extract.normalize import parse_money, parse_percent
from extract.parse.base import Context, Parsed, prov
from extract.parse.budget_prose import accounts_in
from extract.parse.budget_scope import header_year
from extract.parse.budget_words import line_basis
from extract.parse.costs import is_source, source_name
from extract.parse.org_parts import unit_word
from extract.parse.text import collapse, despace, split_marker
from extract.sections import Sections
from schemas import BudgetLine, BudgetSummary

#: an amount with its unit ("2조 9,141억원" too; ▲ an increase, △ a decrease)
_AMOUNT = (
    r"[△▲▽-]?\s*+(?:\d[\d,]*+\s*+조\s*+)?\d[\d,]*+(?:\.\d++)?\s*+(?:조|억|백만|천만|천|만)?원"
)
#: "예 산 : 1,845,320천원 (전년 대비 123,400천원, 7.2% 증)": the label, the amount, and the
#: change and rate the bracket after it states
_STATED = regex.compile(
    rf"^(?P<label>[^:：]{{1,20}}?)\s*+[:：]\s*+(?:총\s*+)?(?P<amount>{_AMOUNT})"
    r"(?:\s*+[(（][^()（）]*?대비\s*+(?P<change>" + _AMOUNT + r")?\s*+[,，]?\s*+"
    r"(?P<rate>[△▲▽-]?\s*+\d++(?:\.\d++)?\s*+%)?\s*+(?P<way>증가?|감소?|↑|↓)?\s*+[)）])?"
)
#: a line of its own that states the change: "- 전년도 43,080백만원 대비 2,150백만원(5.0%)
#: 증가", "- 전년 대비 △1,200백만원 감소"
_CHANGE_LINE = regex.compile(
    rf"대비\s*+(?P<change>{_AMOUNT})\s*+[(（]?\s*+(?P<rate>[△▲▽-]?\s*+\d++(?:\.\d++)?\s*+%)?"
    r"\s*+[)）]?\s*+(?P<way>증가?|감소?|↑|↓)?"
)
#: "- 운영지원팀 : 298,320천원": a unit and its amount
_UNIT_AMOUNT = regex.compile(rf"^(?P<name>\S+?)\s*+[:：]\s*+(?P<amount>{_AMOUNT})\s*+$")
#: the words of a change that is a fall
_FALLS = ("감", "감소", "↓")
#: the money unit an amount is written in
_UNIT = regex.compile(r"(?:조|억|백만|천만|천|만)?원$")


@dataclass(frozen=True, slots=True)
class Told:
    """An amount told in words: whose, how much, in what unit, on which line."""

    unit: str
    amount: int
    currency: str
    line: Line
    raw: str
    change: int | None = None
    rate: float | None = None


def _money(text: str) -> tuple[int, str] | None:
    text = "".join(text.split()).removeprefix("▲")  # (▲: up, as no sign is)
    krw = parse_money(text)
    unit = _UNIT.search(text)
    return (krw, unit.group()) if krw is not None and unit else None


def _signed(change: int | None, m: regex.Match[str]) -> tuple[int | None, float | None]:
    """A change and the rate ``m`` states, each negative where its word is a fall."""
    rate = parse_percent(m["rate"].replace("▲", "")) if m["rate"] else None
    if m["way"] in _FALLS:
        change = -abs(change) if change is not None else None
        rate = -abs(rate) if rate is not None else None
    return change, rate


def _change_of(node: Node) -> tuple[int, float | None] | None:
    """The change (and rate) a line of its own under the total states ("- 전년도
    43,080백만원 대비 2,150백만원(5.0%) 증가"; not a unit's line with its change in a bracket)."""
    text = collapse(split_marker(node.title)[1])
    first = text.split()[0] if text.split() else ""
    if _UNIT_AMOUNT.match(text) or unit_word(first.split(":")[0]) is not None:
        return None  # (a unit's line, its change in a bracket: "- 복지기획팀 : … (전년 대비 …)")
    m = _CHANGE_LINE.search(text)
    read = _money(m["change"]) if m else None
    if m is None or read is None:
        return None
    change, rate = _signed(read[0], m)
    assert change is not None
    return change, rate


def stated_budget(node: Node) -> Told | None:
    """The total a budget part's own line states, with its change and rate (or a line of
    its own under it states them)."""
    text = collapse(split_marker(node.title)[1])
    m = _STATED.match(text)
    read = _money(m["amount"]) if m else None
    if m is None or read is None:
        return None
    changed = _money(m["change"]) if m["change"] else None
    change, rate = _signed(changed[0] if changed is not None else None, m)
    if change is None and rate is None:
        found = next((c for k in node.children if (c := _change_of(k)) is not None), None)
        if found is not None:
            change, rate = found
    return Told("계", read[0], read[1], node.lines[0], text, change, rate)


#: an account's share in the bracket after the total: "(일반회계 548,700, 특별회계 63,600)"
_SHARE = regex.compile(r"^(?P<name>\p{Hangul}{2,12}?(?:회계|기금))\s*+(?P<n>[△-]?\d[\d,]*+)$")


def _bracket_parts(total: Told) -> list[str]:
    """The parts of the bracket after the total, parted by a comma and a space or by a
    slash ("548,700" keeps its comma); [] where it has none."""
    m = regex.search(r"[(（](?P<inner>[^()（）]++)[)）]", total.raw)
    return [p.strip() for p in _PARTS.split(m["inner"])] if m is not None else []


#: what parts a bracket's shares (a leading run of spaces matched from its start: linear)
_PARTS = regex.compile(r"[,，]\s++|(?<!\s)\s*+/\s*+")


def account_shares(total: Told) -> list[Told]:
    """The accounts the bracket after the total parts it into, in its unit ("예 산 :
    612,300백만원 (일반회계 548,700, 특별회계 63,600)"); [] unless every part of it is one."""
    out: list[Told] = []
    for part in _bracket_parts(total):
        share = _SHARE.match(part)
        amount = parse_money(share["n"], unit=total.currency) if share else None
        if share is None or amount is None:
            return []
        out.append(Told(share["name"], amount, total.currency, total.line, part))
    return out


def unit_amounts(node: Node) -> list[Told]:
    """Each unit's amount the lines under the part's line state; [] unless every such
    line states one."""
    out: list[Told] = []
    for kid in node.children:
        if kid.kind == "note" or _change_of(kid) is not None:
            continue  # (a note, or the line of the total's change)
        m = _UNIT_AMOUNT.match(collapse(kid.title))
        read = _money(m["amount"]) if m else None
        if m is None or read is None or unit_word(m["name"]) is None:
            return []
        out.append(Told(m["name"], read[0], read[1], kid.lines[0], collapse(kid.title)))
    return out


def parse_budget_text(lay: Layout, sections: Sections, ctx: Context, parsed: Parsed) -> Parsed:
    """The budget summary and lines a budget part with no table tells in words."""
    out = Parsed()
    section = sections.get("budget_summary")
    node = section.node if section is not None else None
    if (
        node is None or parsed.tables.get("budget_summary") or parsed.tables.get("budget_lines")
        or any(n.tables for n in node.walk())
    ):  # fmt: skip
        return out
    total = stated_budget(node)
    if total is None and (only := _only_bullet(node)) is not None:
        # ("□ 예 산" over its one line "○ 2025년 예산 : 총 45,230백만원 (…)" and the units'
        # lines under that)
        node, total = only, stated_budget(only)
    if total is None:
        return out
    notes = [n.title for n in node.walk() if n.kind == "note"]
    named = {a for text in notes for a in accounts_in(text)}
    account = named.pop() if len(named) == 1 else None
    label = despace(total.raw.partition(":")[0])
    year = header_year(label) or ctx.year  # ("2025년 예산 : …" in a 2026 report is 2025's)
    for seq, told in enumerate([total, *unit_amounts(node)], start=1):
        prev = told.amount - told.change if told.change is not None else None
        out.add(
            "budget_summary",
            BudgetSummary(
                seq=seq, unit=told.unit, is_total=told.unit == "계", side=None,
                currency_unit=told.currency, prev_year=year - 1 if year and prev else None,
                prev_budget_krw=prev, year=year, budget_krw=told.amount,
                change_krw=told.change, change_pct=told.rate, raw=told.raw,
                **prov([told.line]),
            ),
        )  # fmt: skip
        out.add(
            "budget_lines",
            BudgetLine(
                seq=seq, unit=told.unit, is_total=told.unit == "계", account=account,
                side=None, item=None, label=label, basis=line_basis(label), year=year,
                amount_krw=told.amount,
                currency_unit=told.currency, raw=told.raw, **prov([told.line]),
            ),
        )  # fmt: skip
        out.use([told.line])
    # (the accounts or the sources the total's bracket parts it into, each a line)
    shares = [
        (s, {"unit": ctx.bureau or "계", "is_total": False, "account": s.unit})
        for s in account_shares(total)
    ] + [
        (s, {"unit": "계", "is_total": True, "account": account, "source": s.unit})
        for s in source_shares(total)
    ]  # fmt: skip
    for seq, (share, whose) in enumerate(shares, start=len(out.tables["budget_lines"]) + 1):
        out.add(
            "budget_lines",
            BudgetLine(
                seq=seq, side=None, item=None, label=label, basis=line_basis(label), year=year,
                amount_krw=share.amount,
                currency_unit=share.currency, raw=share.raw, **whose, **prov([share.line]),
            ),
        )  # fmt: skip
    return out


def _only_bullet(node: Node) -> Node | None:
    """A part's one bullet under its title, where the title states nothing more."""
    bullets = [k for k in node.children if k.kind == "bullet"]
    return bullets[0] if len(bullets) == 1 else None


def source_shares(total: Told) -> list[Told]:
    """The sources the bracket after the total parts it into, in its unit ("총
    45,230백만원 (국비 30,120, 시비 8,400, 구비 6,710)"), where they add up to it; []
    unless every part is one."""
    out: list[Told] = []
    for part in _bracket_parts(total):
        share = _SOURCE_SHARE.match(part)
        amount = parse_money(share["n"], unit=total.currency) if share else None
        if share is None or amount is None or not is_source(share["name"]):
            return []
        out.append(Told(source_name(share["name"]), amount, total.currency, total.line, part))
    return out if sum(t.amount for t in out) == total.amount else []


#: a source's share in the bracket after the total: "국비 30,120"
_SOURCE_SHARE = regex.compile(r"^(?P<name>\p{Hangul}{1,6})\s*+(?P<n>\d[\d,]*+)$")
