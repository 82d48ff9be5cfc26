"""A side's part named over its rows: a 공사's or 공단's budget by kind of account.

A 공기업 sets its budget by 수익적 (running) and 자본적 (capital) accounts, each over its
own 수입 and 지출 rows::

    구 분          | 2025년(A) | 2024년(B) | 증감(A-B)
    수익적 | 수 입 |   185,420 |   172,310 |    13,110
           | 지 출 |   178,950 |   168,240 |    10,710
    자본적 | 수 입 |    96,300 |    88,150 |     8,150

A row named by a side alone, ``수 입``, is elsewhere that side's whole; under a qualifier of
the part it is of, merged down beside it, it is that part (``수익적 수입``): an item of the
side, no total of it (the side's whole is the parts' sum, or a 계 row where one is drawn).
The kind named alone under its side merged down beside it, ``수 입 | 수익적``, is that part
by the same name.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.parse.budget_vocab import SIDE_QUALIFIERS, SIDE_WORDS
from extract.parse.text import squash
from extract.parse.vocab import TOTAL_LABELS


def side_part(label: str | None, outer: Sequence[str]) -> str | None:
    """The part of a side a row is, where it names the side alone (``수 입``) under a label
    that qualifies it (``수익적``): "수익적 수입"; else None.

    >>> side_part("수 입", ["수익적"]), side_part("지 출", ["구 분", "자 본 적"])
    ('수익적 수입', '자본적 지출')
    >>> side_part("수익적", ["수 입"])
    '수익적 수입'
    >>> side_part("수 입", []), side_part("영업수익", ["수익적"]), side_part("수 입", ["세 입"])
    (None, None, None)
    """
    key = squash(label or "")
    if not key or not outer:
        return None
    over = squash(outer[-1])
    if key in _SIDES and over in SIDE_QUALIFIERS:
        return f"{over} {key}"
    if key in SIDE_QUALIFIERS and over in _SIDES:
        return f"{key} {over}"  # (the other way round: "수 입 | 수익적", 수익적 수입)
    return None


_SIDES = frozenset(word for word, _ in SIDE_WORDS)


def row_side(label: str | None) -> str | None:
    """The side a row's own label names by its last word (``영업수익``, ``영업비용``,
    ``일반회계 세출``, ``세 출 계``): revenue or expenditure; None where the side's word
    stands inside a name of something else, a division ``세외수입과`` or an expense
    ``수입대체경비`` of a 세출 table, which are parts of that side's sum all the same.

    >>> [row_side(t) for t in ("영업수익", "영업 비용", "일반회계 세출", "세 출 계", "수입(A)")]
    ['revenue', 'expenditure', 'expenditure', 'expenditure', 'revenue']
    >>> [row_side(t) for t in ("세외수입과", "수입대체경비", "인건비", "")]
    [None, None, None, None]
    """
    key = _BRACKET_AT_END.sub("", squash(label or ""))
    for word, side in SIDE_WORDS:
        at = key.rfind(word)
        if at >= 0 and (not key[at + len(word):] or key[at + len(word):] in TOTAL_LABELS):
            return side
    return None


#: a bracket that closes a label ("수입(A)", "세출(일반회계)")
_BRACKET_AT_END = regex.compile(r"[(（][^()（）]{0,20}+[)）]$")

