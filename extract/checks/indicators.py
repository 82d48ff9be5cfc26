"""Cross-checks of the performance indicators: an achievement rate (달성률) is its actual
over its target (실적 / 목표 × 100), within the rounding of the figures as printed; of an
indicator where less is better (사고율, 민원처리기간) the genre prints it the other way,
목표 / 실적 × 100, and either direction passes (the direction is not read from the name:
the table does not say which way its indicator points)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

from extract.checks.base import ROUNDED_NOTE, _check, _lines
from schemas import Check, Indicator, Report


def _half_place(value: Decimal) -> Decimal:
    """Half the last printed place of a figure: 43.2 -> 0.05, 1,350 -> 0.5."""
    exponent = value.as_tuple().exponent
    return Decimal(5) * Decimal(10) ** (exponent - 1) if isinstance(exponent, int) else Decimal(0)


def _groups(report: Report) -> dict[tuple[object, ...], list[Indicator]]:
    """The figures of one indicator: a table's row, or a line's indicator by name."""
    out: dict[tuple[object, ...], list[Indicator]] = {}
    for i in report.indicators:
        key = (
            ("table", i.table_id, i.row) if i.table_id is not None
            else ("line", i.node, i.indicator)
        )  # fmt: skip
        out.setdefault(key, []).append(i)
    return out


def _one(figures: list[Indicator], kind: str, year: int | None) -> Indicator | None:
    found = [f for f in figures if f.kind == kind and f.year == year and f.value is not None]
    return found[0] if len(found) == 1 else None


def _rate(top: Decimal, bottom: Decimal, rate: Decimal) -> tuple[Decimal, Decimal]:
    """top / bottom × 100, and the room the rounding of the rate and of both figures as
    printed leaves it."""
    room = _half_place(rate) + 100 * (
        _half_place(top) / abs(bottom) + abs(top) * _half_place(bottom) / (bottom * bottom)
    )
    return top / bottom * 100, room


def check_rates(report: Report) -> Iterator[Check]:
    """Each 달성률 against 실적 / 목표 × 100 of the same indicator and year (a rate of no
    year goes with the one year that has both)."""
    for figures in _groups(report).values():
        for rate in (f for f in figures if f.kind == "rate" and f.value is not None):
            year = rate.year
            if year is None:
                both = {f.year for f in figures if f.kind == "target"} & {
                    f.year for f in figures if f.kind == "actual"
                }
                year = both.pop() if len(both) == 1 else None
            target, actual = _one(figures, "target", year), _one(figures, "actual", year)
            if target is None or actual is None or rate.value is None:
                continue
            if target.value is None or actual.value is None or target.value == 0:
                continue
            t, a = target.value, actual.value
            want, room = _rate(a, t, rate.value)
            off = abs(want - rate.value)
            formula = f"실적 {actual.raw} / 목표 {target.raw}"
            if off > room and a != 0:
                # (less is better: 목표 / 실적 × 100)
                back, back_room = _rate(t, a, rate.value)
                if abs(back - rate.value) <= back_room:
                    want, room, off = back, back_room, abs(back - rate.value)
                    formula = f"목표 {target.raw} / 실적 {actual.raw}"
            exact = off <= _half_place(rate.value)
            yield _check(
                "indicators.rate",
                off <= room,
                f"{want:.2f}",
                f"{rate.value}",
                f"{rate.indicator} {year or ''}: 달성률 {rate.raw}, {formula} x 100 = "
                f"{want:.2f}" + ("" if exact or off > room else ROUNDED_NOTE),
                _lines(rate, target, actual),
            )


CHECKS: tuple[Callable[[Report], Iterator[Check]], ...] = (check_rates,)
