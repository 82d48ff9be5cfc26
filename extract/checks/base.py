"""What every cross-check shares: a Check record with its numbers and lines."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from extract.normalize import parse_money
from extract.normalize.money import ROUNDED_UNITS as ROUNDED_UNITS
from extract.normalize.money import agrees as agrees
from extract.normalize.money import printed_place as printed_place
from extract.normalize.money import rounding_place as rounding_place
from schemas import Check

#: a rate is written with one decimal; allow for its rounding
RATE_TOLERANCE = 0.051


def fmt(krw: int | None, unit: str = "") -> str:
    """An amount in the unit the report wrote it in: 9230143000 -> "9,230,143천원"."""
    if krw is None:
        return "(none)"
    mult = parse_money("1", unit=unit) if unit else None
    if mult and krw % mult == 0:
        return f"{krw // mult:,}{unit}"
    return f"{krw:,}원"


def _money_check(
    code: str, want: int | None, got: int | None, unit: str, detail: str, lines: list[str]
) -> Check:
    """A check that two amounts are equal, each shown in the report's unit."""
    return _check(code, want == got, fmt(want, unit), fmt(got, unit), detail, lines)


def _lines(*records: object) -> list[str]:
    """The source lines of ``records``, as "n" or "first-last" ranges."""
    spans: set[tuple[int, int]] = set()
    for r in records:
        start, end = getattr(r, "line_start", None), getattr(r, "line_end", None)
        if isinstance(start, int) and isinstance(end, int):
            spans.add((start, end))
    return [str(a) if a == b else f"{a}-{b}" for a, b in sorted(spans)]


def _check(
    code: str, passed: bool, expected: object, actual: object, detail: str, lines: list[str]
) -> Check:
    if not passed and lines:
        detail = f"{detail} (lines {', '.join(lines)})"
    return Check(
        check=code,
        passed=passed,
        expected=str(expected),
        actual=str(actual),
        detail=detail,
        lines=lines,
    )


#: what a check that passed only within rounding adds to its detail
ROUNDED_NOTE = " (within the rounding of its figures)"
def _sum(values: Iterable[int | None]) -> int | None:
    vals = list(values)
    return None if any(v is None for v in vals) else sum(v for v in vals if v is not None)


def _count(value: int | None) -> str:
    return str(value)


def _sum_check(
    code: str,
    label: str,
    whole: Any,
    parts: Sequence[Any],
    field: str,
    names: tuple[str, str],
    show: Callable[[int | None], str] = _count,
    place: int = 0,
) -> Check:
    """A total row against the sum of its parts; ``names`` say what the row and the parts are.

    ``place``: the last place the figures were rounded to (1억 where a table in 억원 was
    rounded from its 백만원), or 0 where they are exact.  Each rounded figure may be off by
    half a place, so parts that miss their whole by up to that much add up (0.5 x parts).
    """
    want, got = getattr(whole, field), _sum(getattr(p, field) for p in parts)
    near = want != got and want is not None and got is not None
    # the last place the figures are printed to (a tenth where one has a decimal)
    place = printed_place(place, [want, *(getattr(p, field) for p in parts)])
    rounded = near and abs(want - got) <= place * len(parts) / 2
    return _check(
        code,
        want == got or rounded,
        show(want),
        show(got),
        f"{label}: the {names[0]} says {show(want)}, {names[1]} add up to {show(got)}"
        + (ROUNDED_NOTE if rounded else ""),
        _lines(whole, *parts),
    )
