"""Cross-checks of the arithmetic a report writes out in its text.

* ``prose.product`` - a product written out with its result ("공무직 2명*3.5백만원 =
  70백만원", "20만원×3,000명 = 6억원") is what the factors multiply to, money in won;
* ``prose.product_of`` - a line that only explains the amount of the line above it
  ("ㅇ 공무직 인건비 : 100백만원" / "- 학예보조 공무직 3명*12.8백만원*12개월", its one
  line) multiplies to that amount.

A factor or a result that is no figure (a word, a rate) leaves a product unchecked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.checks.base import _check, _lines
from extract.normalize import parse_money
from schemas import Check, Report, TableCellRecord

#: a figure with the word it counts or the money unit it is in ("2명", "3.5백만원")
#: (the space before the word is the word's only where a word follows: one reading of
#: "1 × 2", so a long run of factors is matched in linear time)
_QUANTITY = r"\d[\d,]*+(?:\.\d++)?+(?:\s?+[가-힣]{1,3}+)?+"
#: (not after a digit, a point, a comma or a slash: "1/2 × 20만원" is a half, no 2; nor
#: after an operator: a chain is matched from its first factor only, in linear time)
_START = r"(?<![\d.,/*×xX])(?<![*×xX]\s)"
_PRODUCT = re.compile(
    rf"{_START}(?P<factors>{_QUANTITY}(?:\s?+[*×xX]\s?+{_QUANTITY})++)\s?+[=＝]\s?+"
    rf"(?P<result>{_QUANTITY})"
)
_PART = re.compile(r"(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<word>[가-힣]{0,3})")
#: money units a factor or the result may be in, longest first ("3만" alone may count
#: people: no money)
_MONEY = ("십억원", "백만원", "천만원", "십만원", "천원", "만원", "억원", "조원", "원")
#: words that scale the figure they follow (a count of 3천명 is 3,000)
_SCALES = ("십", "백", "천", "만", "억", "조")


def _value(text: str) -> tuple[float, str | None] | None:
    """(value, money unit) of a quantity: money in won with the unit it is written in, a
    count as it is (unit None)."""
    m = _PART.fullmatch(text.strip())
    if m is None:
        return None
    number = float(m["num"].replace(",", ""))
    unit = next((u for u in _MONEY if m["word"].endswith(u)), None)
    if unit is None:
        # a count scaled by its word ("3천명", "1만명") is not read
        return None if m["word"].startswith(_SCALES) else (number, None)
    won = parse_money("1", unit=unit)
    return (number * won, unit) if won else None


def _show(value: float, unit: str | None) -> str:
    """A product in the result's unit: 7000000 -> "7백만원"."""
    if unit is None:
        return f"{value:,g}"
    won = parse_money("1", unit=unit) or 1
    return f"{value / won:,.2f}".rstrip("0").rstrip(".") + unit


def _rounded(text: str, value: tuple[float, str | None]) -> float:
    """Half the last place a result is written to, in won for money: 461백만원 may be
    460.8백만원 rounded (tolerance 0.5백만원)."""
    m = _PART.fullmatch(text.strip())
    digits = m["num"].partition(".")[2] if m else ""
    half = 0.5 * 10.0 ** -len(digits)
    won = parse_money("1", unit=value[1]) if value[1] else 1
    return half * (won or 1)


def check_products(report: Report) -> Iterator[Check]:
    """Every product written out with its result, in the outline's text and in the table
    cells (a budget appendix's 산출기초: "보도 정비 : 30,000천원 × 40개소 = 1,200,000천원")."""
    texts: list[tuple[str, object]] = [(node.text, node) for node in report.outline]
    texts += [(c.raw, c) for c in report.table_cells if "=" in c.raw or "＝" in c.raw]
    for text, source in texts:
        for m in _PRODUCT.finditer(text):
            result = _value(m["result"])
            product = _product(m["factors"])
            if result is None or product is None:
                continue
            if product[1] != (result[1] is not None):
                continue  # money times money, or a count that comes out as money
            shown = _show(product[0], result[1])
            yield _check(
                "prose.product",
                abs(product[0] - result[0]) <= _rounded(m["result"], result) + 1e-9,
                m["result"].strip(),
                shown,
                f"'{m[0].strip()}': the factors multiply to {shown}; written {m['result'].strip()}",
                _lines(source),
            )


#: a line ending in a product with no result ("학예보조 공무직 3명*12.8백만원*12개월")
_BARE_PRODUCT = re.compile(
    rf"{_START}(?P<factors>{_QUANTITY}(?:\s?+[*×xX]\s?+{_QUANTITY})++)$"
)
#: what may not come before that product on its line: another figure or operator
_NOT_WORDS = re.compile(r"[\d+*×xX=＝,/]")
#: a line ending in "label : amount" ("ㅇ 공무직 인건비 : 100백만원")
_STATED = re.compile(rf"[:：]\s?+(?P<amount>{_QUANTITY})$")


def _product(factors: str) -> tuple[float, int] | None:
    """The product of written factors and how many of them are money."""
    values = [_value(f) for f in re.split(r"\s?[*×xX]\s?", factors)]
    if any(v is None for v in values):
        return None
    product = 1.0
    for v in values:
        if v is not None:
            product *= v[0]
    return product, sum(v is not None and v[1] is not None for v in values)


def check_products_of(report: Report) -> Iterator[Check]:
    """The one line under a stated amount that multiplies it out, against it."""
    kids: dict[int, list[int]] = {}
    for n in report.outline:
        if n.parent is not None:
            kids.setdefault(n.parent, []).append(n.node)
    by_id = {n.node: n for n in report.outline}
    for node in report.outline:
        text = node.text.strip()
        m = _BARE_PRODUCT.search(text)
        parent = by_id.get(node.parent) if node.parent is not None else None
        if m is None or parent is None or kids.get(parent.node) != [node.node]:
            continue
        if _NOT_WORDS.search(text[: m.start()]):
            continue  # more figures before it ("3명×2백만원×12개월 + 1명×..."): a part only
        stated = _STATED.search(parent.text.strip())
        if stated is None:
            continue
        amount = _value(stated["amount"])
        product = _product(m["factors"])
        if amount is None or amount[1] is None or product is None or product[1] != 1:
            continue
        shown, written = _show(product[0], amount[1]), stated["amount"].strip()
        yield _check(
            "prose.product_of",
            abs(product[0] - amount[0]) <= _rounded(written, amount) + 1e-9,
            written,
            shown,
            f"'{m['factors']}' under '{parent.text.strip()}': the factors multiply to "
            f"{shown}; written {written}",
            _lines(parent, node),
        )

#: a change stated against an earlier figure ("2023년도 1,527,748대 대비 1.02% 증가"): the
#: figure, its unit word, the rate and which way it went
_CHANGE = re.compile(
    r"(?<![\d.,])(?P<base>\d[\d,]*+(?:\.\d++)?+)\s?+(?P<unit>[가-힣]{0,2}+)\s?+대비\s?+"
    r"(?P<rate>\d++(?:\.\d++)?+)\s?+%p?\s?+(?P<way>증가|감소|상승|하락|늘|줄)"
)
#: which way each word says the figure went
_UP = ("증가", "상승", "늘")
#: headers of the column that holds a table's total
_TOTAL_HEADERS = ("계", "합계", "총계")
#: how far (lines) below a table a note still speaks of it
_NOTE_REACH = 2


def _table_total(report: Report, line: int) -> TableCellRecord | None:
    """The one total (a cell under 계) of the table that ends right above ``line``."""
    tables = [t for t in report.tables if 0 < line - t.line_end <= _NOTE_REACH]
    if len(tables) != 1:
        return None
    cells = [
        c for c in report.table_cells
        if c.table_id == tables[0].table_id and not c.is_header and c.value is not None
        and "".join(c.col_header.split()) in _TOTAL_HEADERS
    ]  # fmt: skip
    return cells[0] if len(cells) == 1 else None


def check_change_rates(report: Report) -> Iterator[Check]:
    """A note right under a table that states the change of its total against an earlier
    figure ("* 2023년도 1,527,748대 대비 1.02% 증가" under a table whose 계 is 1,559,310)
    against the change the two figures make (2.07%)."""
    for node in report.outline:
        m = _CHANGE.search(node.text)
        cell = _table_total(report, node.line_start) if m else None
        if m is None or cell is None or cell.value is None:
            continue
        now, before = cell.value, float(m["base"].replace(",", ""))
        if m["unit"] and cell.unit and m["unit"] != cell.unit:
            continue  # another quantity than the table's
        if before <= 0 or not 0.5 <= now / before <= 2:
            continue  # figures of another scale: the note speaks of something else
        change = (now - before) / before * 100 * (1 if m["way"] in _UP else -1)
        decimals = len(m["rate"].partition(".")[2])
        yield _check(
            "prose.change_rate",
            abs(change - float(m["rate"])) <= 0.5 * 10**-decimals + 1e-9,
            f"{m['rate']}%",
            f"{change:.{max(decimals, 2)}f}%",
            f"'{m[0]}' under a table whose {cell.col_header} is {cell.raw}: "
            f"{m['base']} to {cell.raw} is {change:.2f}%, not {m['rate']}%",
            _lines(node, cell),
        )


CHECKS = (check_products, check_products_of, check_change_rates)
