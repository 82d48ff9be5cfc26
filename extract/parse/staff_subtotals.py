"""A staff table's row of a unit's subtotal named in one cell ("문화체육과 소계", "관광진흥과
소 계"), as a sheet pasted into a report sets it after the unit's teams: the unit's total,
no unit of its own named with the word.

>>> named_subtotal("문화체육과 소계"), named_subtotal("관광진흥과  소 계"), named_subtotal("소 계")
('문화체육과', '관광진흥과', None)
>>> named_subtotal("일반직 소계"), named_subtotal("문화체육과")
(None, None)
"""

from __future__ import annotations

import regex

from extract.parse.budget_words import is_unit_name
from extract.parse.text import collapse, squash

#: a label that is a unit's name and the word of its subtotal ("해양정책과 소계", "… 소 계")
_UNIT_SUBTOTAL = regex.compile(r"^(?P<name>\S.{0,40}?\S)\s{0,9}소\s{0,9}계$")


def named_subtotal(label: str) -> str | None:
    """The unit a subtotal's label names before its word, where it is a unit's name; None
    for any other label."""
    m = _UNIT_SUBTOTAL.match(collapse(label))
    if m is None or not is_unit_name(squash(m["name"])):
        return None
    return collapse(m["name"])
