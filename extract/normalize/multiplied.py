"""A month's figure that is a factor of a computation, no date.

A budget's computation line (산출기초) multiplies a price by heads and months:
"2,500천원 × 3명 × 12월 = 90,000천원".  There "12월" is twelve months, not December: a
bare month (no year, no day) with a multiplication sign right before it, or one right
after it ("12월 × 500천원"), or the product's "=" after it.  "12월 중 결과보고" is a date.

>>> factor_month("500천원 × 12월", 8, 11), factor_month("○ 12월 중 보고", 2, 5)
(True, False)
>>> factor_month("500천원*12월", 6, 9), factor_month("2개소 (* 12월 완료)", 7, 10)
(True, False)
"""

from __future__ import annotations

import regex

from extract.normalize.vocab import NOTE_TIMES_SIGNS, PRODUCT_SIGNS, TIMES_SIGNS

#: a bare month's figure: one or two digits and 월 (spaces between or not)
_BARE_MONTH = regex.compile(r"\d{1,2}+\s{0,2}+월")
#: a sign of multiplication right before (spaces between): one of no other use, or one that
#: marks a note too (or a latin x) only after a figure and its unit ("500천원*12월", not
#: "(* 12월 완료)" nor "3월 착공 * 12월 준공")
_PLAIN = "".join(s for s in TIMES_SIGNS if s not in NOTE_TIMES_SIGNS)
_NOTE = regex.escape("".join(NOTE_TIMES_SIGNS))
_BEFORE = regex.compile(
    r"(?:[" + regex.escape(_PLAIN) + r"]|\d[^\s\d" + _NOTE + r"]{0,3}+\s{0,3}+[" + _NOTE + r"])"
    + r"\s{0,3}+$"
)
#: a sign of multiplication after, or the product's before its figure ("12월 = 6,000천원",
#: not "12월 = 결산"), a note's sign or an x before a figure too ("12월 * 500천원")
_AFTER = regex.compile(
    r"^\s{0,3}+(?:[" + regex.escape(_PLAIN) + r"]|["
    + _NOTE + regex.escape("".join(PRODUCT_SIGNS)) + r"]\s{0,3}+\d)"
)
#: how far before a month the sign is looked for
_REACH = 8


def factor_month(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a bare month ("12월"), is a factor of a computation."""
    if _BARE_MONTH.fullmatch(text[start:end].strip()) is None:
        return False
    return (
        _BEFORE.search(text[max(0, start - _REACH) : start]) is not None
        or _AFTER.match(text[end : end + _REACH]) is not None
    )


#: the unit a factor month counts in, as "12개월" reads
MONTHS_UNIT = "개월"


def factor_months(text: str) -> list[tuple[int, int, int]]:
    """(start, end, months) of each bare month in ``text`` that is a computation's factor."""
    out: list[tuple[int, int, int]] = []
    for m in _BARE_MONTH.finditer(text):
        if not text[m.start() - 1 : m.start()].isdigit() and factor_month(
            text, m.start(), m.end()
        ):
            out.append((m.start(), m.end(), int(m[0].rstrip("월 "))))
    return out
