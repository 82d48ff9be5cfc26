"""Which rows of a budget table sum the rows under them, read from the figures alone,
where the table draws no tree (특별회계 over 공기업특별회계 over 상수도 and 하수도, all in
one column): :func:`summed_rows`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

#: how far a subtotal may be from the sum of its parts, of itself (the parts are rounded
#: as printed: 8,718 of 4,560 + 4,158 in 억원 may be off by a digit)
SUM_TOLERANCE = 0.0005
#: most rows a sum's parts run over (a table's rows are read in one pass, not each by each)
MAX_SUM_ROWS = 100


def summed_rows(
    values: Mapping[int, Mapping[int, int]],
    stops: frozenset[int] = frozenset(),
    groups: frozenset[int] = frozenset(),
    sides: Mapping[int, str] | None = None,
) -> frozenset[int]:
    """The rows that are the sum of the rows under them, read from the figures where the
    table draws no tree (특별회계 over 공기업특별회계 over 상수도 and 하수도, then 기타특별회계
    over its accounts, all in one column): ``values`` is row -> column -> amount, rows
    in order; ``stops`` are rows no sum runs over (a 소계 row).  A row sums the next rows,
    a sum's parts counted once through it, where two or more of them give it in every
    column, two columns at least that say more than one does (parts in the proportion of
    their sum in every column are as one column: 2,000 | 2,000 = 1,200 | 1,200 + 800 | 800);
    a row of ``groups`` (one that names a group, 특별회계 over its divisions) where one
    does too, that is no group's row itself (특별회계 is no sum of the 기금 after it);
    ``sides``: row -> the side its label names: no sum runs over a row of the other side
    (영업수익 is no sum of the 영업비용 and 영업이익 under it, however their figures add up).

    >>> rows = {1: {5: 30, 6: 32}, 2: {5: 10, 6: 11}, 3: {5: 4, 6: 5}, 4: {5: 6, 6: 6},
    ...         5: {5: 20, 6: 21}, 6: {5: 20, 6: 21}}
    >>> sorted(summed_rows(rows))
    [1, 2]
    """
    order = list(values)
    end: dict[int, int] = {}  # index of a sum -> index of its last part
    for i in range(len(order) - 2, -1, -1):
        own = values[order[i]]
        if len(own) < 2 or not any(own.values()) or order[i] in stops:
            continue  # (rows of nothing, "-", are no sums of the nothing under them)
        acc = dict.fromkeys(own, 0)
        j, parts, alike = i + 1, 0, True
        first = order[i + 1]  # (a group of one: its part names no group itself)
        side = (sides or {}).get(order[i])
        while j < len(order) and j - i <= MAX_SUM_ROWS and order[j] not in stops:
            if side is not None and (sides or {}).get(order[j], side) != side:
                break  # (a row of the other side is no part of this one's)
            part = [values[order[j]].get(col, 0) for col in own]
            for col, v in zip(own, part, strict=True):
                acc[col] += v
            parts += any(part)
            alike = alike and _proportional(part, list(own.values()))
            j = end.get(j, j) + 1
            one_group = order[i] in groups and parts == 1 and first not in groups
            if (one_group or (parts >= 2 and not alike)) and all(
                abs(acc[c] - v) <= SUM_TOLERANCE * abs(v) for c, v in own.items()
            ):
                end[i] = j - 1
                break
            if all(v >= 0 for v in own.values()) and any(
                acc[c] > v * (1 + SUM_TOLERANCE) for c, v in own.items()
            ):
                break
    return frozenset(order[i] for i in end)


def _proportional(part: Sequence[int], whole: Sequence[int]) -> bool:
    """Whether a part is in its whole's proportion in every column (or is nothing)."""
    return all(p * whole[0] == w * part[0] for p, w in zip(part, whole, strict=True))
