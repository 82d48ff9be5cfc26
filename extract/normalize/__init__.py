"""Korean administrative dates and money, normalized: the one grammar every parser uses.

>>> from extract.normalize import parse_date, parse_money
>>> parse_date("’24. 4.~12.").end
datetime.date(2024, 12, 31)
>>> parse_money("△4,500", unit="백만원")
-4500000000

See :mod:`extract.normalize.dates`, :mod:`extract.normalize.money` and the
vocabulary tables in :mod:`extract.normalize.vocab`; docs/normalization.md
documents every normalized form.
"""

from __future__ import annotations

from extract.normalize.dates import (
    MAX_DATE_CHARS,
    DateSpan,
    Precision,
    expand_year,
    find_dates,
    parse_date,
)
from extract.normalize.money import (
    MAX_AMOUNT_CHARS,
    Count,
    parse_count,
    parse_money,
    parse_percent,
    parse_unit,
)

__all__ = [
    "MAX_AMOUNT_CHARS",
    "MAX_DATE_CHARS",
    "Count",
    "DateSpan",
    "Precision",
    "expand_year",
    "find_dates",
    "parse_count",
    "parse_date",
    "parse_money",
    "parse_percent",
    "parse_unit",
]
