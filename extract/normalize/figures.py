"""What a table's cell or a line holds: a value (an amount, a count, a rate, a dash) or
words.  Below the readers (a PDF's rows stacked in one ruled row are told by their
columns of figures) and the layout (header bands, cells)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.normalize.vocab import COUNT_UNITS, MEASURE_UNITS, ORG_COUNTERS, UNITS

#: what may follow a figure in a value cell: counters, money units, rates, numerals (an
#: organisation's units aside: "조직현황 1실 2담당관 7팀" is a count line, not a row; every
#: unit of measure, "12.5㏊", "3,200㎥", "15㎏", as a count's counter is)
_SUFFIXES = {
    *COUNT_UNITS, *UNITS, *MEASURE_UNITS, "%p", "%", "배", "억", "만", "조", "천"
} - set(ORG_COUNTERS)
# (the header bands of :mod:`extract.layout.headers` measure with it too)
FIGURE_UNITS = "|".join(re.escape(u) for u in sorted(_SUFFIXES, key=len, reverse=True))
#: ... or, after a numeral of its own, any short word of a unit ("0.31억 어절", "2.1만 가구")
#: ... or an amount of big units, each with its figure, its rest a figure of the caption's
#: unit or of a smaller numeral ("1조 2,000" under 억원, "1조2,000", "3억5천만원", "1조
#: 2,345억원"; not "4조 2교대")
_AMOUNT = r"\d[\d,.]*+ ?[조억](?: ?\d[\d,.]*+ ?[억만천백]{1,2}+)*+(?: ?\d[\d,.]*+)?+ ?원?"
_FIGURE = (
    rf"[△▽▲+\-]?\s*(?:{_AMOUNT}|"
    rf"\d[\d,.]*\s*(?:[억만천조] ?[가-힣]{{1,3}}(?![가-힣])|{FIGURE_UNITS})?)"
)
#: a cell that holds a value: an amount, a count, a percentage, "a / b", a dash
#: ... a figure may carry a short note in parentheses: "4,962 (22룸)"
_VALUE = re.compile(
    rf"^\(?{_FIGURE}\)?(?:\s*[/(~]\s*{_FIGURE}\)?)*(?:\s*\([^()]{{1,12}}\))?$|^[-–—]$"
)


def is_value(text: str) -> bool:
    """A cell that holds a number (not a label).

    >>> [is_value(t) for t in ("16,167", "80 / 85", "△28.3%", "-", "2,553대", "3급", "관광정책과")]
    [True, True, True, True, True, False, False]
    >>> [is_value(t) for t in ("0.31억 어절", "1분기", "2030 비전")]
    [True, False, False]
    >>> [is_value(t) for t in ("1조 2,000", "2조 350", "1조", "3억5천만원", "4조 2교대")]
    [True, True, True, True, False]
    """
    t = " ".join(text.split())
    return bool(t) and bool(_VALUE.match(t))


def consecutive_runs(numbers: Sequence[int]) -> list[list[int]]:
    """Numbers in runs of numbers one after another ([0, 1, 3] -> [[0, 1], [3]]; page
    numbers, a chart's marked columns).

    >>> consecutive_runs([3, 4, 5, 9])
    [[3, 4, 5], [9]]
    """
    out: list[list[int]] = []
    for n in numbers:
        if out and n == out[-1][-1] + 1:
            out[-1].append(n)
        else:
            out.append([n])
    return out
