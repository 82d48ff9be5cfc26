"""A text table's row of grades: an evaluation's letters in the value columns.

An 출연기관's results of three years, `구 분 | 2022년 | 2023년 | 2024년`, set a row of the
grades given beside the rows of scores, `평가등급   다   나   가` (or `A  B  S`): no figure, so
it read as a second line of the header.  A row labelled as grades (``GRADE_ROW_LABELS``)
whose words after the label are each a grade alone holds them as its values.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.layout.vocab import GRADE_ROW_LABELS
from extract.normalize.vocab import NIL_CELLS

#: one grade: a Hangul letter of the 가나다 scale, or a Latin letter with its sign ("A+",
#: "B0", "S")
_GRADE = regex.compile(r"[가나다라마]|[SABCDE][+0-]?+")


def grade_values(tokens: Sequence[str]) -> int:
    """How many grades a row of grades ends with (all its words after its label), else 0.

    >>> grade_values("평가등급 다 나 가".split()), grade_values("등 급 A B+ S".split())
    (3, 3)
    >>> grade_values("평가등급 우수 보통".split()), grade_values("경영관리 40 나".split())
    (0, 0)
    >>> grade_values("평가등급 - 나 가".split()), grade_values("등급 - -".split())
    (3, 0)
    """
    for n in (1, 2):
        if len(tokens) > n and "".join(tokens[:n]) in GRADE_ROW_LABELS:
            rest = tokens[n:]
            # (a dash where no grade was given, "평가등급  -  나  가": a year not evaluated)
            graded = [t for t in rest if t not in NIL_CELLS]
            if graded and all(_GRADE.fullmatch(t) for t in graded):
                return len(rest)
    return 0


def graded_row(texts: Sequence[str]) -> bool:
    """Whether a row's cells, in their columns' order, are a grade label and a grade each
    (``평가등급 | 다 | 나 | 가``): a row of the body, though it holds no figure, in a table
    of any kind.

    >>> graded_row(["평 가 등 급", "다", "나", "가"]), graded_row(["2022년", "2023년"])
    (True, False)
    """
    filled = [t for t in texts if t.strip()]
    return len(filled) > 1 and grade_values(["".join(filled[0].split()), *filled[1:]]) == (
        len(filled) - 1
    )
