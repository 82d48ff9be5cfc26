"""The cells of one row of a text table: its label and the values it ends with.

A text export's row is words separated by single spaces; which of them are values (amounts,
counts, "△ 56", "-") and which the row's label is read from the end of the row (or, beside
a column of remarks, from its first run of values).  :mod:`extract.layout.textgrid` finds the
tables, :mod:`extract.layout.textwraps` the names their narrow cells wrapped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.layout.cells import is_value
from extract.layout.graderow import grade_values
from extract.layout.vocab import REMARK_WORDS, WORDS_COLUMN_HEADERS
from extract.normalize.vocab import WHOLE_CHANGE_WORDS

TOTALS = frozenset({"계", "합계", "총계", "소계"})
#: a row's label that is a year with its 년 ("2024년", "’25년도")
_YEAR_LABEL = re.compile(r"^['’‘]?\d{2,4}년도?$")
_HANGUL = re.compile(r"[가-힣]")


def squash(text: str) -> str:
    return "".join(text.split())


def trailing_values(tokens: Sequence[str]) -> int:
    """How many values a row ends with; its last may be a rate's word for an item new this
    year after a figure ("- 620,000 620,000 순증"), a value of no figure."""
    if graded := grade_values(tokens):
        return graded  # ("평가등급  다  나  가": an evaluation's grades, a column each)
    n = 0
    for i in range(len(tokens) - 1, -1, -1):
        t = tokens[i]
        whole = t in WHOLE_CHANGE_WORDS and i == len(tokens) - 1 and i and is_value(tokens[i - 1])
        if not (is_value(t) or whole):
            break
        n += 1
    return n


def remark_words(tokens: Sequence[str]) -> int:
    """How many of a header's last tokens spell a remark column ("비고", "비 고"), or 0."""
    return next(
        (
            n for n in (1, 2, 3, 4)
            if len(tokens) > n and (
                (n <= 2 and squash("".join(tokens[-n:])) in REMARK_WORDS)
                or squash("".join(tokens[-n:])) in WORDS_COLUMN_HEADERS
            )
        ),
        0,
    )


def run_of_values(tokens: Sequence[str]) -> tuple[int, int]:
    """(where, how many): the first run of values of a row with a remark after them
    ("사업 443,497 643,497 사고이월 200,000": its two values, not the remark's), past a
    figure the row's name holds ("생활권 단위 15분 도시 기본구상 수립 900 500 도시계획과":
    a count with its counter, words after it, a run of values later).

    >>> run_of_values("생활권 단위 15분 도시 기본구상 900 500 400 도시계획과".split())
    (5, 3)
    >>> run_of_values("시민 문화 축제 500 개최 2026. 5. 15.".split())
    (3, 1)
    """
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not is_value(tokens[i]):
            i += 1
            continue
        end = i
        while end < len(tokens) and is_value(tokens[end]):
            end += 1
        runs.append((i, end - i))
        i = end
    while len(runs) > 1 and runs[0][0] + runs[0][1] < len(tokens) and (
        # a name that opens with a figure ("2019 청람 방문의 해 운영 3,500,000 신규")
        runs[0][0] == 0
        # ... or holds a count with its counter ("15분", "3개소")
        or (runs[0][1] == 1 and _HANGUL.search(tokens[runs[0][0]]) is not None)
    ):
        runs = runs[1:]
    return runs[0] if runs else (len(tokens), 0)


def value_count(tokens: Sequence[str], remark: bool) -> int:
    """A row's values: those it ends with, or, beside a remark column, its first run; a
    row of values alone that opens with a year and its 년 is that year's ("2024년  18,412
    39,856"; not a header's row of years, "2026  2025")."""
    n = run_of_values(tokens)[1] if remark else trailing_values(tokens)
    return n - 1 if n == len(tokens) and n > 1 and _YEAR_LABEL.match(tokens[0]) else n


def remark_row(tokens: Sequence[str], k: int) -> list[str] | None:
    """A body row's cells beside a remark column: label, ``k`` values, the remark.

    >>> remark_row("도시숲 조성사업 443,497 643,497 사고이월 200,000".split(), 2)
    ['도시숲 조성사업', '443,497', '643,497', '사고이월 200,000']
    >>> remark_row("계 1,000 2,000".split(), 2)
    ['계', '1,000', '2,000', '']
    """
    start, n = run_of_values(tokens)
    if n == 0:
        return None if start == 0 else [" ".join(tokens)] + [""] * (k + 1)
    label, rest = tokens[:start], tokens[start + n :]
    n = min(n, k)
    values = list(tokens[start : start + n])
    if not label and n < k:
        return None
    return [" ".join(label)] + [""] * (k - n) + values + [" ".join(rest)]


def label_row(tokens: Sequence[str], k: int) -> list[str] | None:
    """A body row's cells: its label, then ``k`` values (missing leading values empty)."""
    v = min(trailing_values(tokens), k)
    label = " ".join(tokens[: len(tokens) - v])
    if not label and v < k:
        return None
    return [label] + [""] * (k - v) + list(tokens[len(tokens) - v :])
