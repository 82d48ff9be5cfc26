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


def titled_division(table: Table, by_no: Mapping[int, Line]) -> str | None:
    """The unit a numbered part's title over ``table`` is, and nothing more ("1. 교통정책과",
    "가. 대중교통과"; the unit line between them aside); None where the line over it is
    anything else (a sentence, a title of words, "3. 세출예산안 (부서별)")."""
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
        return name if name and is_unit_name(name) else None
    return None
