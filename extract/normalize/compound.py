"""A figure written with its 억 and 만 (and 천) parts, as a cell may hold one: "1만 2,500"
(12,500), "2만 5천" (25,000), "1억 2,000만" (120,000,000), "1만 2,500㎡" (12,500 and its
unit).  The prose reads such figures whole (:mod:`extract.normalize.mentions`); a cell
read by the table's unit reads them so too (:func:`compound_figure`).

A figure per a unit ("1만㎡당 1개소") or any other words after it is no such figure; the
part after 만 is less than 만 (after 천, less than 천), as written.

>>> compound_figure("1만 2,500"), compound_figure("1만2,500㎡"), compound_figure("2만 5천")
((Decimal('12500'), ''), (Decimal('12500'), '㎡'), (Decimal('25000'), ''))
>>> compound_figure("1억 2,000만"), compound_figure("16만4천명")
((Decimal('120000000'), ''), (Decimal('164000'), '명'))
>>> [compound_figure(t) for t in ("1만㎡당 1개소", "12,500", "1만 25,000", "3.5만 원대")]
[None, None, None, None]
>>> compound_figure("1억 2천만")
"""

from __future__ import annotations

from decimal import Decimal

import regex

#: a figure of a part: grouped by thousands or not, a fraction after it
_NUM = r"(?:\d{1,3}(?:,\d{3}){1,4}+|\d{1,9}+)(?:\.\d{1,6}+)?+"
#: the unit after the figure: letters and unit signs of one word, no digit, no space
#: inside (not "㎡당 1개소": a rate; "원대": a figure's range)
_UNIT = r"[^\d\s.,~()]{1,6}+"
_COMPOUND = regex.compile(
    rf"(?:(?P<eok>{_NUM})\s?+억\s?+)?+(?:(?P<man>{_NUM})\s?+만\s?+)?+"
    rf"(?:(?P<cheon>{_NUM})\s?+천\s?+)?+(?P<rest>{_NUM})?+\s?+(?P<unit>{_UNIT})?+"
)
#: what a unit's word may not be: a rate per it, a range of figures about it
_NOT_UNITS = ("당", "대", "여", "이상", "이하", "미만", "초과")
_NUMERAL_WORDS = ("억", "만", "천", "백", "십")


def _num(text: str | None) -> Decimal:
    return Decimal(text.replace(",", "")) if text else Decimal(0)


def compound_figure(text: str) -> tuple[Decimal, str] | None:
    """(value, unit as written or "") of a figure with its 억 or 만 part written out
    ("1만 2,500㎡"), else None (a figure of none: "12,500", read as it was)."""
    m = _COMPOUND.fullmatch(text.strip())
    if m is None or not (m["eok"] or m["man"]):
        return None
    unit = m["unit"] or ""
    if unit.endswith(_NOT_UNITS) or unit.startswith(_NUMERAL_WORDS) or "/" in unit:
        return None  # (nor a numeral word the parts above do not read: "1억 2천만")
    man, cheon, rest = _num(m["man"]), _num(m["cheon"]), _num(m["rest"])
    if (m["man"] and (cheon >= 10 or (not m["cheon"] and rest >= 10_000))) or (
        m["cheon"] and rest >= 1_000
    ):
        return None  # (a part no less than the one before it: no figure so written)
    if m["eok"] and man >= 10_000:
        return None
    value = _num(m["eok"]) * 100_000_000 + man * 10_000 + cheon * 1_000 + rest
    return value, unit
