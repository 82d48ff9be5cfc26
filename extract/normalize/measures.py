"""Areas, lengths, weights and volumes, normalized to a base unit, exactly.

A figure in a unit of :data:`~extract.normalize.vocab.MEASURE_UNITS` ("12.5㎢",
"1,200천㎥", a cell under "연장(㎞)") is a ``measure``: its number in the base unit of
what it measures (㎡, m, kg, ㎥), as a :class:`~decimal.Decimal` so that a decimal figure
stays what the page says (12.5㎢ is 12,500,000 ㎡, 455ℓ 0.455 ㎥; an integer in the base
unit could not hold 1,234.56㎡ nor 0.5m, and a float would not be exact), and the unit as
printed kept beside it.

>>> to_base("12.5", "㎢")
(Decimal('12500000'), '㎡')
>>> to_base("1,200", "천㎥")
(Decimal('1200000'), '㎥')
>>> to_base("455", "ℓ")
(Decimal('0.455'), '㎥')
>>> to_base("3", "톤/일") is None   # a rate, no measure
True

A size of a thing ("1t 트럭", "20L 종량제봉투", a `규격` column's "10톤") is none:
:func:`sized`, :func:`size_head`.  Known limit: water in 톤 ("용수 62.2만톤", a ton of
water being a ㎥ of it) is read as a weight, as the unit says.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from extract.normalize.vocab import (
    MEASURE_MULTIPLIERS,
    MEASURE_UNITS,
    SIZE_BOUNDS,
    SIZE_CLASS,
    SIZE_HEADS,
    SIZED_THINGS,
    MeasureUnit,
)

#: the longest printed figure read (digits, commas, a point): the Decimal context's 28
#: digits hold it times the largest factor exactly
MAX_FIGURE_CHARS = 24


def measure_unit(unit: str | None) -> tuple[int, MeasureUnit] | None:
    """The multiplier and unit of measure a unit as printed is ("천㎥": 1,000 and ㎥), or
    None where it is none (a count, money, a rate "톤/일", a price "원/㎥")."""
    if not unit:
        return None
    unit = unit.strip()
    if unit in MEASURE_UNITS:
        return 1, MEASURE_UNITS[unit]
    word = unit[:1]
    if word in MEASURE_MULTIPLIERS and unit[1:] in MEASURE_UNITS:
        return MEASURE_MULTIPLIERS[word], MEASURE_UNITS[unit[1:]]
    return None


def plain(value: Decimal) -> Decimal:
    """``value`` without trailing zeros nor an exponent: 12500000.0 is 12500000."""
    value = value.normalize()
    if value.as_tuple().exponent > 0:  # type: ignore[operator]
        value = value.quantize(Decimal(1))
    return value + 0 if value else Decimal(0)  # (−0 is 0)


def to_base(number: str | int | float | Decimal, unit: str | None) -> tuple[Decimal, str] | None:
    """``number`` in ``unit`` as (value, base unit), exactly, or None where the unit is no
    unit of measure.  A float is read as its shortest decimal (a figure printed with at
    most 15 digits, as the page has it)."""
    found = measure_unit(unit)
    if found is None:
        return None
    times, measure = found
    text = repr(number) if isinstance(number, float) else str(number)
    text = text.replace(",", "").strip()
    if len(text) > MAX_FIGURE_CHARS:
        return None
    try:
        figure = Decimal(text)
    except InvalidOperation:
        return None
    if not figure.is_finite():
        return None
    return plain(figure * times * measure.per_unit), measure.base


#: the kinds of value a figure in a unit of measure was read as before it is a measure (a
#: count in ㎡ or 톤, a bare figure under "천㎥" or "연장(m)")
MEASURED_KINDS = frozenset({"count", "text"})


def measured(kind: str, value: float | None, unit: str | None) -> tuple[Decimal, str] | None:
    """A figure's measure in its base unit, where it is one: a count or a bare figure of a
    unit of measure (a figure per a unit, "300톤/일", is none)."""
    if kind not in MEASURED_KINDS or value is None:
        return None
    return to_base(value, unit)


_THINGS = "|".join(map(re.escape, SIZED_THINGS))
#: a thing after a size, a bound between ("1t 트럭", "20L 종량제봉투", "5톤 이하 소형차량")
_SIZED_AFTER = re.compile(
    rf"\s?+(?:(?:{'|'.join(SIZE_BOUNDS)})\s?+)?[가-힣]{{0,8}}?(?:{_THINGS})"
)
#: a thing with its size in brackets ("암롤트럭(10톤")
_SIZED_BEFORE = re.compile(rf"(?:{_THINGS})\s?+[(（]\s?+$")
#: a class after a figure ("3t급")
_CLASS_AFTER = re.compile(rf"(?:{'|'.join(SIZE_CLASS)})")


def size_class(text: str, end: int) -> bool:
    """Whether the figure in a unit of measure ending at ``end`` is a class ("3t급 지게차",
    as "3톤급"): no figure at all."""
    return _CLASS_AFTER.match(text, end) is not None


def sized(text: str, start: int, end: int) -> bool:
    """Whether the figure in a unit of measure at ``text[start:end]`` is the size of a thing
    of :data:`~extract.normalize.vocab.SIZED_THINGS` ("1t 트럭", "암롤트럭(10톤"), not
    an amount of it."""
    return (
        _SIZED_AFTER.match(text, end) is not None
        or _SIZED_BEFORE.search(text[max(0, start - 12) : start]) is not None
    )


def size_head(header: str | None) -> bool:
    """Whether a column's header names sizes of a thing ("규격"): its figures no measures."""
    if not header:
        return False
    last = header.rsplit(" / ", 1)[-1].replace(" ", "")
    return any(last.startswith(h) for h in SIZE_HEADS)
