"""A staff table's row of a unit's subtotal named in one cell ("문화체육과 소계", "관광진흥과
소 계", "문화체육과 계"), as a sheet pasted into a report sets it after the unit's teams: the
unit's total, no unit of its own named with the word.  So is a group's by where its units
stand ("본청 소계", "사업소 소계" over the offices listed above it).

>>> named_subtotal("문화체육과 소계"), named_subtotal("관광진흥과  소 계"), named_subtotal("소 계")
('문화체육과', '관광진흥과', None)
>>> named_subtotal("일반직 소계"), named_subtotal("문화체육과"), named_subtotal("문화체육과소계")
(None, None, '문화체육과')
>>> named_subtotal("본청 소계"), named_subtotal("직속기관 · 사업소 소계")
('본청', '직속기관 · 사업소')
>>> named_subtotal("문화체육과 계"), named_subtotal("문화체육과 합 계"), named_subtotal("인건비 계")
('문화체육과', '문화체육과', None)
"""

from __future__ import annotations

import regex

from extract.parse.budget_words import is_unit_name
from extract.parse.org_vocab import GROUP_LABELS, SUBTOTAL_LABELS, TOTAL_LABELS
from extract.parse.text import collapse, squash


def _spaced(word: str) -> str:
    return r"\s{0,9}".join(map(regex.escape, word))


#: the words of a unit's subtotal after its name: 소계, or a total's word a space after it
#: ("문화체육과 계", "문화체육과 합 계"; not "…과계")
_TOTAL_WORDS = sorted(TOTAL_LABELS & {"계", "합계"}, key=len, reverse=True)
#: a label that is a unit's name and the word of its subtotal ("해양정책과 소계", "… 소 계")
_UNIT_SUBTOTAL = regex.compile(
    r"^(?P<name>\S.{0,40}?\S)(?:\s{0,9}(?:"
    + "|".join(map(_spaced, sorted(SUBTOTAL_LABELS, key=len, reverse=True)))
    + r")|\s{1,9}(?:" + "|".join(map(_spaced, _TOTAL_WORDS)) + "))$"
)


def _group(name: str) -> bool:
    """A label grouping units by where they stand ("본청", "직속기관·사업소")."""
    return "".join(squash(name).split()).replace("·", "").replace("ㆍ", "") in GROUP_LABELS


def named_subtotal(label: str) -> str | None:
    """The unit (or group of units) a subtotal's label names before its word, where it is
    a unit's name or a group's label; None for any other label."""
    m = _UNIT_SUBTOTAL.match(collapse(label))
    if m is None or not (is_unit_name(squash(m["name"])) or _group(m["name"])):
        return None
    return collapse(m["name"])
