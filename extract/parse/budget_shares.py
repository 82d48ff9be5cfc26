"""Columns of shares beside a budget's change: `구성비` is no 증감률.

A budget table of two years may print each row's share of the total beside the change,
`구 분 | 2025년 예산 | 2024년 예산 | 증 감 | 구성비` (an 출연기관's 수입 and 지출): the share
is a percentage of this year's total, not the change's rate against last year, so the
summary's ``change_pct`` is never read from it (the table's cells keep it, in %).
"""

from __future__ import annotations

import regex

from extract.parse.budget_vocab import SHARE_WORDS
from extract.parse.text import squash

#: a share's word with the bracket of its unit after it: "구성비(%)", "비중（％）"
_SHARE = regex.compile(
    "(?:" + "|".join(map(regex.escape, SHARE_WORDS)) + r")(?:[(（](?:%|％)[)）])?+"
)


def is_share_header(text: str) -> bool:
    """Whether a column's header names a share, not a rate of change.

    >>> is_share_header("구 성 비"), is_share_header("비중(%)"), is_share_header("증감률")
    (True, True, False)
    """
    return _SHARE.search(squash(text)) is not None

