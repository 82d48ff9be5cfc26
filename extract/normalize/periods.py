"""The heads of a chart's period columns: 1/4분기, 1/4, 2분기, 상반기, 3월, 3, 1월~3월,
2026년, ’26 (one grammar for the layout, which keeps a grid headed by periods a table, and
the schedule parser, which dates its columns)."""

from __future__ import annotations

import regex

#: a period column's head, squashed: a quarter, a half, a month or a span of months (its
#: 월 may be left off: "1 | 2 | … | 12"), a year
PERIOD_COLUMN = regex.compile(
    r"^(?:(?P<q>[1-4])\s*(?:/\s*4\s*(?:분기)?|분기)|(?P<h>상|하)반기"
    r"|(?P<m>\d{1,2})\s*월?(?:\s*[~∼〜\-–]\s*(?P<m2>\d{1,2})\s*월)?"
    r"|[’‘']?(?P<y>(?:19|20)?\d{2})년?)$"
)


def period_head(text: str) -> bool:
    """Whether a header names a period of a chart: a quarter, half or month (a month by its
    number alone too), a span of months, or a year written as one (four digits, or two
    after a quote mark or before 년).

    >>> [period_head(t) for t in ("1/4분기", "상반기", "4~6월", "2026년", "’27", "7", "구분",
    ...                           "25", "13월")]
    [True, True, True, True, True, True, False, False, False]
    """
    h = "".join(text.split())
    m = PERIOD_COLUMN.match(h)
    if m is None:
        return False
    if m["y"]:
        return len(m["y"]) == 4 or h[:1] in "’‘'" or h.endswith("년")
    if m["m"]:
        return 1 <= int(m["m"]) <= int(m["m2"] or m["m"]) <= 12
    return True
