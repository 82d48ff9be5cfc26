"""A group's name printed on the middle row of its block (a text export's merged cell).

Hancom saves a cell merged down over several rows as text on the row in the middle of its
span.  A budget of two sides in one table, each side's block opening with its 계,

    구    분         2025년 예산   …
           계         12,480,000   …
           출 연 금    8,200,000   …
    수 입  국비 보조금  1,850,000   …
           자체수입    2,130,000   …
           계         12,480,000   …
    지 출  인 건 비    4,350,000   …

names 수입 on its block's third row: the group is the block's from its 계 (the row a total
opens), not from the row its name stands on.  Only where every block opens with a total
and holds one group's name, so that a group printed on its first row, or a grand total
over groups of no total, is read as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.layout.textrows import TOTALS


def _is_total(name: str) -> bool:
    return "".join(name.split()) in TOTALS


def centred_groups(levels: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each row's (group, label), a group's name moved from the middle row of its block to
    the block's first row, its total (see the module docstring); ``levels`` as it was where
    its rows do not fall into such blocks.

    >>> centred_groups([("", "계"), ("", "출연금"), ("수 입", "국비"), ("", "계"),
    ...                 ("지 출", "인건비"), ("", "사업비")])
    [('수 입', '계'), ('', '출연금'), ('', '국비'), ('지 출', '계'), ('', '인건비'), ('', '사업비')]
    >>> centred_groups([("수 입", "계"), ("", "출연금"), ("지 출", "계"), ("", "인건비")])
    [('수 입', '계'), ('', '출연금'), ('지 출', '계'), ('', '인건비')]
    """
    out = list(levels)
    if not out or out[0][0] or not _is_total(out[0][1]):
        return out
    starts = [i for i, (g, name) in enumerate(out) if not g and _is_total(name)]
    blocks = list(zip(starts, [*starts[1:], len(out)], strict=True))
    placed: list[tuple[int, int]] = []  # (block's first row, the row its group's name is on)
    for start, end in blocks:
        named = [i for i in range(start, end) if out[i][0]]
        if len(named) != 1 or not out[named[0]][1]:
            return list(levels)  # (a block of no group or of several: no such table)
        placed.append((start, named[0]))
    for start, at in placed:
        group, name = out[at]
        out[at] = ("", name)
        out[start] = (group, out[start][1])
    return out
