"""Table cells and what a cell holds: a value (an amount, a count, a rate) or a count of
organisation units.

Below both :mod:`extract.layout.headers` and :mod:`extract.layout.tables`, which share
these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.normalize.figures import is_value
from extract.normalize.vocab import FACILITY_WORDS, ORG_UNIT_WORDS

__all__ = ["TableCell", "is_unit_count", "is_value"]

_ORG_WORDS = "|".join(sorted(map(re.escape, ORG_UNIT_WORDS), key=len, reverse=True))
_FACILITY = "|".join(FACILITY_WORDS)
#: a count of organisation units: "3국 2담당관 14과", "2청", "1본부 2실 9팀 1TF", and of
#: the bodies and facilities it runs: "2실 4부 4수탁시설", "3산하기관"
_ORG_COUNT = re.compile(
    rf"^(?:\d{{1,3}}\s*(?:{_ORG_WORDS}|[가-힣]{{0,3}}(?:{_FACILITY}))[\s,·]*)+$"
)


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
    #: the background colour, as :attr:`extract.document.Cell.fill`
    fill: str = ""
