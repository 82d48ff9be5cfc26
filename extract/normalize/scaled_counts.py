"""A table's count unit with a size before its counter or a period after it.

A caption or a header may count in thousands, ``(단위 : 천명)``, or per a period,
``(단위 : 천명/일)`` (passengers a day): each bare figure under it is a count of the
counter, the size applied (``203`` is 203,000 people), as the prose reads ``313천명``; its
unit stays the one printed, as a money cell's value is in won under its ``백만원``.
"""

from __future__ import annotations

from decimal import Decimal

from extract.normalize.measures import measure_unit
from extract.normalize.money import COUNT_MULTIPLIERS
from extract.normalize.vocab import COUNT_PERIODS, COUNT_UNITS

_COUNTERS = frozenset(COUNT_UNITS)


def scaled_counter(unit: str | None) -> tuple[str, int] | None:
    """(counter, size) of a count unit scaled by a size or per a period; None for a plain
    counter (read as it is) or a unit that counts nothing.

    >>> scaled_counter("천명"), scaled_counter("천명/일"), scaled_counter("만 건/년")
    (('명', 1000), ('명', 1000), ('건', 10000))
    >>> scaled_counter("명/일")
    ('명', 1)
    >>> scaled_counter("명"), scaled_counter("천㎥/일"), scaled_counter("백만원")
    (None, None, None)
    >>> scaled_counter("명/개소"), scaled_counter("천원/인"), scaled_counter(None)
    (None, None, None)
    >>> scaled_counter("년/월"), scaled_counter("개월/년"), scaled_counter("톤/일")
    (None, None, None)
    """
    if not unit:
        return None
    word, _, per = "".join(unit.split()).partition("/")
    if per and per not in COUNT_PERIODS:
        return None
    size = next((w for w in COUNT_MULTIPLIERS if word.startswith(w)), "")
    counter = word[len(size) :]
    if counter not in _COUNTERS or not (size or per) or measure_unit(counter):
        return None  # (a measure, "톤/일", "천㎡", is read as one: no count)
    if per and counter.endswith(COUNT_PERIODS):
        return None  # (a span of time per another, "기간(년/월)": no count)
    return counter, COUNT_MULTIPLIERS.get(size, 1)


def scaled(value: int | Decimal, size: int) -> float:
    """A figure counted in ``size``s as a float count ("1.5" in 천명: 1,500)."""
    return float(Decimal(value) * size)
