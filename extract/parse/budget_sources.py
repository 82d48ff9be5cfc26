"""A budget table by funding source down its rows ("구 분 | 2025년 예산 | 2024년 예산" over
`합 계`, `국 비`, `소방안전교부세`, `도 비`): each row a source, as a column of one is
where a year's amounts are split across ("계 | 국 비 | 도 비")."""

from __future__ import annotations

from collections.abc import Sequence

from extract.parse.budget_vocab import GOVERNMENT_SOURCES
from extract.parse.budget_words import is_pure_total, is_subtotal_label
from extract.parse.costs import is_source, source_name
from extract.parse.text import squash


def rows_of_sources(labels: Sequence[str]) -> bool:
    """Whether every row a label names, its totals aside, is a funding source, two of them
    governments' shares at least (not revenue by kind, 지방세 beside 교부세 and 보조금).

    >>> rows_of_sources(["합 계", "국 비", "소방안전교부세", "도 비"])
    True
    >>> rows_of_sources(["계", "지방세", "교부세", "보조금"])
    False
    >>> rows_of_sources(["계", "국비", "기금"])  # (one government's share: no such table)
    False
    """
    own = [lb for lb in labels if lb and not (is_pure_total(lb) or is_subtotal_label(lb))]
    shares = {squash(lb) for lb in own if squash(lb) in GOVERNMENT_SOURCES}
    return len(shares) >= 2 and all(is_source(lb) for lb in own)


def row_source(label: str) -> str:
    """The source a row of such a table names, as it stacks (``국 비`` is ``국비``)."""
    return source_name(squash(label))
