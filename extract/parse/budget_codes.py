"""A budget item's code: the statistical object (통계목) a budget book prints before the
item's name ("201-01 사무관리비", "(307-02) 민간경상사업보조"), apart from the name, so that
items stack by code across reports whatever each names them.

>>> item_code("201-01 사무관리비")
('201-01', '사무관리비')
>>> item_code("(307-02)민간경상사업보조")
('307-02', '민간경상사업보조')
>>> item_code("119 구급대 운영") is None, item_code("2025 세계대회") is None
(True, True)
>>> item_code("401 시설비및부대비", {"401"})  # (a 목 whose 세목 the book codes, 401-01)
('401', '시설비및부대비')
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

import regex

#: a statistical object's code (목-세목, "201-01", or the 목 alone, "401") before a name,
#: bracketed or not
_CODE = regex.compile(r"^[(（]?(?P<code>\d{3}(?:-\d{2})?+)[)）]?\s*+(?P<name>\p{Hangul}.*)$")


def item_code(text: str, groups: Collection[str] = ()) -> tuple[str, str] | None:
    """(code, name) of an item's text that opens with a statistical object's code; None
    for another.  A bare three-digit number is a code only where it is one of ``groups``,
    the 목 of the codes the book prints ("401" of "401-01"): else it is a name's (119
    구급대, 112 상황실)."""
    m = _CODE.match(text.strip())
    if m is None or ("-" not in m["code"] and m["code"] not in groups):
        return None
    return m["code"], m["name"].strip()


def code_groups(texts: Iterable[str]) -> set[str]:
    """The 목 of every 세목 code the texts open with ("401" of "401-01 시설비")."""
    return {found[0][:3] for t in texts if (found := item_code(t)) is not None}
