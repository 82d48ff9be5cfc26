"""A text table's header whose groups' names stand on the line under its columns' names.

A layout export may print the columns' names on the header line and the group each pair
stands in on the line under it, centred under its pair::

    구  분      일반회계      특별회계      일반회계      특별회계
                     2025년                      2026년
    계            41,200         4,010        44,300         4,330

:func:`groups_under` takes that line of years from the rows, :func:`lower_stacked` reads
the groups (:func:`~extract.layout.spanheads.lower_groups`): a header of two rows, each
column its year over its name ("2025년 / 일반회계"), as where the years stand above.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from extract.document import Line
from extract.layout.spanheads import Span, lower_groups
from extract.layout.textrows import value_count
from extract.layout.textspans import SINGLE_LETTER
from extract.layout.vocab import YEAR
from extract.normalize.spacing import words

#: the most letters of a header's second row spelled out one by one (`국  비  도  비 …`:
#: three groups of three names of two letters, and more)
MAX_SPELLED = 24
#: a year alone over a column ("2025년", "’26", "2024년도")
YEAR_ALONE = re.compile("^" + YEAR + r"(?:년도?)?$")


def spelled_out(tokens: Sequence[str]) -> bool:
    """Whether a line's words are letters set apart one by one, none a word of its own (a
    header's names spaced out to fill their cells: `국  비  도  비  국  비  도  비`), not
    prose.

    >>> spelled_out("국 비 도 비 국 비 도 비".split()), spelled_out("사업 추진 계획".split())
    (True, False)
    """
    return 2 <= len(tokens) <= MAX_SPELLED and all(SINGLE_LETTER.match(t) for t in tokens)


def groups_under(body: Sequence[Line], remark: bool) -> tuple[Line | None, list[Line]]:
    """The first of a table's lines where it is a row of years alone, fewer than the
    columns the rows under it fill (the groups' names under the header's, each under its
    columns), and the rows after it; else None and the rows as they are.

    >>> from extract.document import Line
    >>> texts = ["   2025년    2026년", "계  1  2  3  4", "갑  1  2  3  4"]
    >>> rows = [Line(n, t, t) for n, t in enumerate(texts, 1)]
    >>> [ln.no for ln in groups_under(rows, False)[1]]
    [2, 3]
    """
    toks = words(body[0].text) if body else []
    if len(body) < 2 or len(toks) < 2 or not all(YEAR_ALONE.match(t) for t in toks):
        return None, list(body)
    counts = Counter(value_count(words(ln.text), remark) for ln in body[1:])
    counts.pop(0, None)
    if not counts or counts.most_common(1)[0][0] <= len(toks):
        return None, list(body)  # (a row of years under groups of two: "2026 | 2025")
    return body[0], list(body[1:])


def lower_stacked(
    head: Sequence[Span], years: Line, body: Sequence[Line], cols: Sequence[tuple[int, int]] | None
) -> tuple[list[str], tuple[int, ...], list[Line], list[tuple[str, list[str]]]] | None:
    """The header of a table whose years stand under its columns' names (see the module
    docstring), as :func:`~extract.layout.textgrid._stacked` gives one: its names, the
    line under the header line it takes, the rows, the groups; None where the rows keep
    no columns or the years stand over none of their own."""
    if cols is None:
        return None
    groups = lower_groups(head, years, cols)
    if groups is None:
        return None
    names = [n for top, lows in groups for n in (lows or [top])]
    return names, (years.no,), list(body), groups
