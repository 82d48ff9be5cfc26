"""A card's line that lays its cost over the years -> plan_years, one row per period.

``○ 연차별 투자 : ’25년 120억 → ’26년 300억 → ’27년 400억`` (or its periods parted by commas,
``기투자 80억``, ``2030이후 140억``) gives the card's project one amount per period, as a
row of its investment plan's table would: no source (the bracket of sources after a
figure, ``(국 50, 시 70)``, is left out), the period's kind and year read as a column
header's (:func:`extract.parse.years_plan.period_head`).  A figure must carry its unit
(억, 백만원): a bare number's scale is unknown.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.normalize import parse_money
from extract.parse.text import squash
from extract.parse.years_plan import (
    INVESTMENT_LINE_LABELS,
    WHOLE_COST_HEADS,
    head_year,
    period_head,
)
from schemas import OutlineNode, PlanYear, Project

#: a line's label and its text ("연차별 투자 : …")
_LABEL = regex.compile(r"^\s*+([^:：]{1,20}?)\s*+[:：]\s*+(.++)$", regex.DOTALL)
#: a bracket after a figure (its sources, a note)
_BRACKET = regex.compile(r"[(（][^()（）]{0,80}[)）]")
#: what parts the periods of a line: arrows, semicolons, slashes, a comma not of a number's
_PARTS = regex.compile(r"\s{0,3}(?:[→⇒▶➡;；/，]|,(?!\d{3}))\s{0,3}")
#: the amount that closes a period's part, with its unit
_MONEY = regex.compile(
    r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})++|\d++)(?:\.\d++)?"
    r"\s{0,2}(?:조|억|천만|백만|만|천)?\s{0,2}원?\s*+$"
)
_KINDS: dict[str, str] = {"spent": "before", "year": "year", "after": "after"}


def _card_at(projects: Sequence[Project], line: int) -> Project | None:
    inside = [p for p in projects if p.line_start <= line <= p.line_end]
    return min(inside, key=lambda p: (p.line_end - p.line_start, -p.line_start), default=None)


def _period(text: str) -> tuple[str, int | None] | None:
    key = squash(text).rstrip(":：")
    if key in WHOLE_COST_HEADS:
        return "total", None
    kind = period_head(key)
    if kind is None:
        return None
    return _KINDS[kind], head_year(key) if kind == "year" else None


def line_plan_years(
    outline: Sequence[OutlineNode], projects: Sequence[Project]
) -> list[PlanYear]:
    """The amounts by period of every card's line of its investment by years."""
    out: list[PlanYear] = []
    for o in outline:
        m = _LABEL.match(o.text)
        if m is None or squash(m[1]) not in INVESTMENT_LINE_LABELS:
            continue
        card = _card_at(projects, o.line_start)
        if card is None:
            continue  # (no project to name)
        for part in _PARTS.split(_BRACKET.sub("", m[2])):
            money = _MONEY.search(part)
            if money is None:
                continue
            period = _period(part[: money.start()])
            won = parse_money(money[0].strip())
            if period is None or won is None:
                continue
            unit = regex.sub(r"[\d,.\s]", "", money[0])
            out.append(
                PlanYear(
                    seq=0, node=o.node, project=card.title, project_id=card.project_id,
                    is_total=False, source=None, period=period[0], year=period[1],
                    label=part[: money.start()].strip(), amount_krw=won,
                    currency_unit=unit if unit.endswith("원") else f"{unit}원",
                    raw=part.strip(), line_start=o.line_start, line_end=o.line_end,
                    page_start=o.page_start, page_end=o.page_end,
                )
            )  # fmt: skip
    return out
