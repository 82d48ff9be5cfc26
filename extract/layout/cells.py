"""Table cells and what a cell holds: a value (an amount, a count, a rate) or a count of
organisation units.

Below both :mod:`extract.layout.headers` and :mod:`extract.layout.tables`, which share
these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.normalize.vocab import (
    COUNT_UNITS,
    FACILITY_WORDS,
    ORG_COUNTERS,
    ORG_UNIT_WORDS,
    UNITS,
)

#: what may follow a figure in a value cell: counters, money units, rates, numerals (an
#: organisation's units aside: "조직현황 1실 2담당관 7팀" is a count line, not a row)
_SUFFIXES = {*COUNT_UNITS, *UNITS, "%p", "%", "배", "억", "만", "조", "천"} - set(ORG_COUNTERS)
# (:mod:`extract.layout.headers` builds its bands of values with it too)
_UNITS = "|".join(re.escape(u) for u in sorted(_SUFFIXES, key=len, reverse=True))
#: ... or, after a numeral of its own, any short word of a unit ("0.31억 어절", "2.1만 가구")
_FIGURE = rf"[△▽▲+\-]?\s*\d[\d,.]*\s*(?:[억만천조] ?[가-힣]{{1,3}}(?![가-힣])|{_UNITS})?"
#: a cell that holds a value: an amount, a count, a percentage, "a / b", a dash
#: ... a figure may carry a short note in parentheses: "4,962 (22룸)"
_VALUE = re.compile(
    rf"^\(?{_FIGURE}\)?(?:\s*[/(~]\s*{_FIGURE}\)?)*(?:\s*\([^()]{{1,12}}\))?$|^[-–—]$"
)
_ORG_WORDS = "|".join(sorted(map(re.escape, ORG_UNIT_WORDS), key=len, reverse=True))
_FACILITY = "|".join(FACILITY_WORDS)
#: a count of organisation units: "3국 2담당관 14과", "2청", "1본부 2실 9팀 1TF", and of
#: the bodies and facilities it runs: "2실 4부 4수탁시설", "3산하기관"
_ORG_COUNT = re.compile(
    rf"^(?:\d{{1,3}}\s*(?:{_ORG_WORDS}|[가-힣]{{0,3}}(?:{_FACILITY}))[\s,·]*)+$"
)


def is_value(text: str) -> bool:
    """A cell that holds a number (not a label).

    >>> [is_value(t) for t in ("16,167", "80 / 85", "△28.3%", "-", "2,553대", "3급", "관광정책과")]
    [True, True, True, True, True, False, False]
    >>> [is_value(t) for t in ("0.31억 어절", "1분기", "2030 비전")]
    [True, False, False]
    """
    t = " ".join(text.split())
    return bool(t) and bool(_VALUE.match(t))


def is_unit_count(text: str) -> bool:
    """A count of organisation units ("3국 2담당관 14과", "2청"): a table's figure, though
    a line of text that says it is a count line, not a table's row.

    >>> [is_unit_count(t) for t in ("3국 2담당관 14과", "1본부, 2실, 5팀", "3급", "1과장")]
    [True, True, False, False]
    >>> [is_unit_count(t) for t in ("2실 4부 4수탁시설", "3산하기관", "4시설물")]
    [True, True, False]
    """
    return bool(_ORG_COUNT.match(" ".join(text.split())))


@dataclass(slots=True)
class TableCell:
    """A cell of a table with its place among the headers."""

    row: int
    col: int
    row_span: int
    col_span: int
    text: str
    is_header: bool = False
    row_header: str = ""
    col_header: str = ""
    lines: tuple[int, ...] = ()
    page: int | None = None
    where: str | None = None
    #: the sides drawn, of "LRTB" (HWPX and HWP; "" where the format does not say)
    borders: str = ""
