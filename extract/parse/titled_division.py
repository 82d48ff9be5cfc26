"""The division a budget table's part is titled by, where the table names none.

A 추경 report (or a bureau's budget book) sets each division's table under a part of its
own, "1. 교통정책과" over ``정책사업 | 단위사업 | 세부사업 | 기정예산액 | 추경예산액(안) | …``:
no column and no row of the table names the division, its 합계 row is that division's
whole and its 세부사업 that division's items.
"""

from __future__ import annotations

from collections.abc import Mapping

from extract.document import Line
from extract.layout import Table
from extract.layout.markers import read_marker
from extract.normalize.money import parse_unit
from extract.parse.budget_words import is_unit_name
from extract.parse.text import squash

#: how many lines over a table its part's title may stand (its unit line between them)
TITLE_REACH = 3
#: the longest a unit line over a table is ("(단위 : 천원)", "(단위: 백만원, 일반회계)")
MAX_UNIT_LINE = 30


def titled_division(
    table: Table, by_no: Mapping[int, Line], bureau: str | None = None
) -> str | None:
    """The unit a numbered part's title over ``table`` is, and nothing more ("1. 교통정책과",
    "가. 대중교통과"; the unit line between them aside); None where the line over it is
    anything else (a sentence, a title of words, "3. 세출예산안 (부서별)"), or where it
    names the report's own ``bureau`` ("1. 도시교통국" over the 국's own grid: its 합계
    the bureau's row, no division's)."""
    if not table.lines:
        return None
    first = min(table.lines)
    for no in range(first - 1, first - 1 - TITLE_REACH, -1):
        line = by_no.get(no)
        if line is None:
            return None
        text = line.text.strip()
        if not text:
            continue
        if len(text) <= MAX_UNIT_LINE and parse_unit(text) is not None and "단위" in squash(text):
            continue  # ("(단위 : 천원)" between the title and its table)
        found = read_marker(text)
        name = squash(found[1]) if found is not None else ""
        if not name or not is_unit_name(name) or is_own_bureau(name, bureau):
            return None
        return name
    return None


def is_own_bureau(name: str, bureau: str | None) -> bool:
    """Whether ``name`` is the report's bureau, as the cover names it or its last word
    ("도시교통국" of "가온시 도시교통국").

    >>> is_own_bureau("도시교통국", "가온시 도시교통국"), is_own_bureau("교통정책과", "도시교통국")
    (True, False)
    """
    if not bureau:
        return False
    own = squash(bureau)
    return own == name or (own.endswith(name) and len(name) >= 2)
