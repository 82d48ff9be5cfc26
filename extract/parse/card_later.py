"""Which of a plan card's blocks tell the work's own plan for the report's year, and which
plan after it (a later year, next steps, a later stage): the facts a later block states are
not the card's.

Split from :mod:`extract.parse.projects`, whose :func:`~extract.parse.projects.read_card`
asks.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.document import Line
from extract.parse.card_blocks import label_kind, label_year
from extract.parse.plan import is_past_label
from extract.parse.project_facts import INVESTMENT_PLAN_LABELS
from extract.parse.schedules import names_plan
from extract.parse.text import squash
from extract.parse.vocab import BEYOND_PLAN_WORDS, LATER_PLAN_WORDS

#: a block whose label ends so ("사업개요", "서울혁신파크 조성 사업개요") states the card's
#: period, cost and fields
OVERVIEW_ENDING = "개요"


def plans_work(label: str) -> bool:
    """Whether a block tells the work's plan (`□ 세부추진계획`, `□ 추진계획`): the facts it
    states one level down, `○ 사업기간 : …`, are the card's (not its past, `□ 추진실적`,
    nor its investment plan by year; nor a later year's or stage's: :func:`later_plans`)."""
    key = squash(label)
    return (
        names_plan(key) and label_kind(label) != "schedule" and not is_past_label(key)
        and not key.endswith(INVESTMENT_PLAN_LABELS)
    )  # fmt: skip


#: a stage after the first ("2단계 사업계획", "3 단계"), in a label squashed, or a plan
#: beyond this year's (:data:`BEYOND_PLAN_WORDS`)
_LATER_STAGE = regex.compile(
    r"(?<!\d)[2-9]단계|" + "|".join(regex.escape(w) for w in BEYOND_PLAN_WORDS)
)
#: a word of next steps, not after a digit ("1차년도" counts the work's own years)
_LATER_WORDS = regex.compile(
    r"(?<!\d)(?:" + "|".join(regex.escape(w) for w in LATER_PLAN_WORDS) + ")"
)


def later_plans(blocks: Sequence[tuple[str, Line, list[Line]]], year: int | None) -> set[int]:
    """The label lines of a card's blocks that plan after this year's plan: of a year after
    the report's (`□ 2027년 계획`, `□ '27년 이후 추진계획`, `□ 추진계획 (2027년)`), of next
    steps (`□ 향후계획`, `□ 차년도 추진계획`: :data:`LATER_PLAN_WORDS`), or of a stage after
    the first or beyond this year where a block before it plans the work or tells its
    overview (`□ 2026년 추진계획` then `□ 2단계 사업계획`, `□ 사업개요` then `□ 중장기
    추진계획`; alone, the work's own plan)."""
    out: set[int] = set()
    planned = False  # (a block before it plans the work)
    for label, at, _ in blocks:
        key = squash(label)
        stated = stated_year(at)
        if (
            (year is not None and stated is not None and stated > year)
            or _LATER_WORDS.search(key)
            or (planned and _LATER_STAGE.search(key))
        ):  # fmt: skip
            out.add(at.no)
        elif plans_work(label) or key.endswith(OVERVIEW_ENDING):
            planned = True
    return out


def stated_year(at: Line) -> int | None:
    """The year a block's label line states, opening it or in the bracket closing it."""
    return label_year(at.text.strip()[1:] if label_mark(at) else at.text)


def label_mark(at: Line) -> str | None:
    """The mark a block's label line opens with (□, •, ?), None for a label alone."""
    c = at.text.strip()[:1]
    return c if c and not c.isalnum() else None
