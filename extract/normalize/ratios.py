"""Figures in percentage points and ratios, in a table's cell: "12.3%p", "2.5배", or a
plain figure under a header or a caption that declares one of those units alone ("증감
(%p)", "경쟁률(배)", "(단위 : 배)").

A difference of two rates is a percent figure of the unit %p (no rate in %); a ratio is a
figure of kind text in its unit 배 (neither a count nor a rate).

>>> ratio_value("12.3%p", None), ratio_value("△1.2", "%p"), ratio_value("2.5배", None)
(('percent', 12.3, '%p'), ('percent', -1.2, '%p'), ('text', 2.5, '배'))
>>> ratio_value("(△1.2%p)", None)
('percent', -1.2, '%p')
>>> ratio_unit("경쟁률(배)", "", ""), ratio_unit("증감", "", "(단위 : %p)")
('배', '%p')
>>> ratio_value("2배 확대", None), ratio_unit("증감", "", "(단위 : 명, %p)")
(None, None)
"""

from __future__ import annotations

import re

from extract.normalize.money import parse_percent
from extract.normalize.vocab import FOLD, PERCENT_POINTS, PERCENT_SIGNS, RATIO_UNITS

_FOLD = str.maketrans(FOLD)
_UNITS = "|".join(
    re.escape(u) for u in sorted((*PERCENT_POINTS, *RATIO_UNITS), key=len, reverse=True)
)
_POINTS = "|".join(re.escape(u) for u in sorted(PERCENT_POINTS, key=len, reverse=True))
#: a header part's unit in its bracket at its end ("증감(%p)", "경쟁률(배)"), or the part
#: alone where it is a sign of points ("%p"): a word of a ratio alone is a name, "배" a
#: fruit's row or column in a table of crops, no unit
_HEADER = re.compile(
    rf"(?:[(\[]\s{{0,2}}+(?P<u>{_UNITS})\s{{0,2}}+[)\]]?|^(?P<p>{_POINTS}))\s{{0,2}}+$"
)
#: a caption's declaration of one unit alone ("(단위 : %p)", "[단위: 배]")
_CAPTION = re.compile(rf"단\s?+위\s?+[:：]?\s{{0,3}}+(?P<u>{_UNITS})\s{{0,2}}+[)\]〉>]")
#: a figure and the unit written after it ("12.3%p", "2.5 배")
_TRAILING = re.compile(rf"\s{{0,2}}+(?P<u>{_UNITS})\s{{0,2}}+(?P<close>\)?)$")


def _key(unit: str) -> str:
    return "%p" if unit in PERCENT_POINTS else unit


def ratio_unit(col_header: str, row_header: str, caption: str) -> str | None:
    """The unit of points or of a ratio a cell's column or row header declares (the
    nearest part first), else its table's caption, where it declares that unit alone."""
    for header in (col_header, row_header):
        for part in reversed(header.translate(_FOLD).split(" / ")):
            if (m := _HEADER.search(part.strip())) is not None:
                return _key(m["u"] or m["p"])
    m = _CAPTION.search(caption.translate(_FOLD))
    return _key(m["u"]) if m is not None else None


def ratio_value(text: str, unit: str | None) -> tuple[str, float, str] | None:
    """(kind, value, unit) of a cell's figure in percentage points or a ratio: its own
    unit written after it, or ``unit`` (the header's or caption's) over a figure alone."""
    t = text.translate(_FOLD).strip()
    m = _TRAILING.search(t)
    if m is not None:
        own, t = _key(m["u"]), t[: m.start()] + m["close"]  # ("(△1.2%p)": its bracket kept)
    elif unit is not None:
        own = unit
    else:
        return None
    if any(sign in t for sign in PERCENT_SIGNS):
        return None  # ("12%배": no figure of one unit)
    value = parse_percent(t)
    if value is None:
        return None
    return ("percent" if own == "%p" else "text"), value, own
