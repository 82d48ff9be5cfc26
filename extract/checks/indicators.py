"""Cross-checks of the performance indicators: an achievement rate (달성률) is its actual
over its target (실적 / 목표 × 100), within the rounding of the figures as printed."""

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
            want = a / t * 100
            # the rate's rounding, and what the rounding of the actual and target may move it
            room = _half_place(rate.value) + 100 * (_half_place(a) / abs(t)
                                                  + abs(a) * _half_place(t) / (t * t))
            off = abs(want - rate.value)
            exact = off <= _half_place(rate.value)
            yield _check(
                "indicators.rate",
                off <= room,
                f"{want:.2f}",
                f"{rate.value}",
                f"{rate.indicator} {year or ''}: 달성률 {rate.raw}, 실적 {actual.raw} / 목표 "
                f"{target.raw} x 100 = {want:.2f}" + ("" if exact or off > room else ROUNDED_NOTE),
                _lines(rate, target, actual),
            )


CHECKS: tuple[Callable[[Report], Iterator[Check]], ...] = (check_rates,)
