"""Cross-checks of the arithmetic a report writes out in its text.

* ``prose.product`` - a product written out with its result ("공무직 2명*3.5백만원 =
  70백만원", "20만원×3,000명 = 6억원") is what the factors multiply to, money in won.

Only a product with ``=`` and a result is checked; a factor or a result that is no
figure (a word, a rate) leaves it unchecked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.checks.base import _check, _lines
from extract.normalize import parse_money
from schemas import Check, Report

#: a figure with the word it counts or the money unit it is in ("2명", "3.5백만원")
_QUANTITY = r"\d[\d,]*(?:\.\d+)?\s?[가-힣]{0,3}"
_PRODUCT = re.compile(
    rf"(?<![\d.,])(?P<factors>{_QUANTITY}(?:\s?[*×xX]\s?{_QUANTITY})+)\s?[=＝]\s?"
    rf"(?P<result>{_QUANTITY})"
)
_PART = re.compile(r"(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<word>[가-힣]{0,3})")
#: money units a factor or the result may be in, longest first ("3만" alone may count
#: people: no money)
_MONEY = ("십억원", "백만원", "천만원", "십만원", "천원", "만원", "억원", "조원", "원")


def _value(text: str) -> tuple[float, str | None] | None:
    """(value, money unit) of a quantity: money in won with the unit it is written in, a
    count as it is (unit None)."""
    m = _PART.fullmatch(text.strip())
    if m is None:
        return None
    number = float(m["num"].replace(",", ""))
    unit = next((u for u in _MONEY if m["word"].endswith(u)), None)
    if unit is None:
        return number, None
    won = parse_money("1", unit=unit)
    return (number * won, unit) if won else None


def _show(value: float, unit: str | None) -> str:
    """A product in the result's unit: 7000000 -> "7백만원"."""
    if unit is None:
        return f"{value:,g}"
    won = parse_money("1", unit=unit) or 1
    return f"{value / won:,.2f}".rstrip("0").rstrip(".") + unit


def check_products(report: Report) -> Iterator[Check]:
    """Every product written out with its result, in the outline's text."""
    for node in report.outline:
        for m in _PRODUCT.finditer(node.text):
            factors = [_value(f) for f in re.split(r"\s?[*×xX]\s?", m["factors"])]
            result = _value(m["result"])
            if result is None or any(f is None for f in factors):
                continue
            values = [f for f in factors if f is not None]
            if sum(unit is not None for _, unit in values) != (result[1] is not None):
                continue  # money times money, or a count that comes out as money
            product = 1.0
            for value, _ in values:
                product *= value
            shown = _show(product, result[1])
            yield _check(
                "prose.product",
                abs(product - result[0]) <= 1e-6 * max(1.0, abs(result[0])),
                m["result"].strip(),
                shown,
                f"'{m[0].strip()}': the factors multiply to {shown}, not {m['result'].strip()}",
                _lines(node),
            )

CHECKS = (check_products,)
