"""A budget table by funding source down its rows ("구 분 | 2025년 예산 | 2024년 예산" over
`합 계`, `국 비`, `소방안전교부세`, `도 비`): each row a source, as a column of one is
where a year's amounts are split across ("계 | 국 비 | 도 비").  So are the rows of
sources under each unit's own row (`교통정책과` over `국 비`, `시 비`): that unit's shares,
the unit's row its whole (:func:`units_over_sources`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from extract.parse.budget_vocab import GOVERNMENT_SOURCES
from extract.parse.budget_words import is_pure_total, is_subtotal_label, is_unit_name, name_of
from extract.parse.costs import GRANT_ENDINGS, OWN_FUNDS, is_source, source_name
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


def own_and_granted(words: Iterable[str]) -> bool:
    """Whether a 공사's columns split its amounts between what its government grants and
    its own money, as a city's do between governments' shares ("계 | 시 전출금 | 자 체",
    "보조금 | 자체수입"): one of each at least.

    >>> own_and_granted(["계", "시 전출금", "자 체"]), own_and_granted(["국비", "자체"])
    (True, True)
    >>> own_and_granted(["계", "시 전출금", "인건비"]), own_and_granted(["자체", "기금"])
    (False, False)
    """
    keys = [squash(w) for w in words]
    return any(k.endswith(OWN_FUNDS) for k in keys) and any(
        k.endswith(GRANT_ENDINGS) or k in GOVERNMENT_SOURCES for k in keys
    )


def row_source(label: str) -> str:
    """The source a row of such a table names, as it stacks (``국 비`` is ``국비``)."""
    return source_name(squash(label))


def units_over_sources(
    labels: Sequence[tuple[int, str]], known: Iterable[str] = ()
) -> dict[int, str]:
    """Row -> unit where each unit's row stands over rows of its funding sources
    (``교통정책과`` over ``국 비``, ``시 비``, then ``대중교통과`` over its own): the unit's
    row and its sources' rows that unit's; {} unless every row, its totals aside, is a
    unit or a source under one, each unit over two sources at least, two of them
    governments' shares in all.

    >>> sorted(set(units_over_sources([(1, "합 계"), (2, "교통정책과"), (3, "국 비"),
    ...     (4, "시 비"), (5, "대중교통과"), (6, "국 비"), (7, "시 비")]).items()))[::3]
    [(2, '교통정책과'), (5, '대중교통과')]
    >>> units_over_sources([(1, "계"), (2, "교통정책과"), (3, "대중교통과")])
    {}
    """
    known = list(known)
    out: dict[int, str] = {}
    under: dict[str, int] = {}
    shares: set[str] = set()
    unit: str | None = None
    for row, label in labels:
        if not label or is_pure_total(label) or is_subtotal_label(label):
            continue
        key = squash(label)
        if is_source(key):
            if unit is None:
                return {}
            out[row] = unit
            under[unit] += 1
            if key in GOVERNMENT_SOURCES:
                shares.add(key)
        elif is_unit_name(label, known):
            unit = name_of(label)
            if unit in under:
                return {}  # (a unit twice: no such table)
            out[row], under[unit] = unit, 0
        else:
            return {}
    if len(shares) < 2 or not under or min(under.values()) < 2:
        return {}
    return out
