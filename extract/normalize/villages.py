"""A village's number in its name, no count: "송정1리", "가온읍 1리~3리" (the villages of
a 읍 or a 면 named by their numbers), while "행정구역 : 2읍 8면 96리" counts them (and so
may "가온읍 32리": one figure after a place's name is left a count)."""

from __future__ import annotations

import regex

from extract.normalize.vocab import PLACE_NAME_ENDINGS, VILLAGE_COUNTERS

_ENDS = "|".join(PLACE_NAME_ENDINGS)
_VILLAGE = "|".join(VILLAGE_COUNTERS)
#: a place's name right before the figure: Hangul letters alone ending in a place's
#: ending ("가온읍 ", "누리면 "; not "8면 ")
_PLACE_BEFORE = regex.compile(rf"(?<![\p{{Hangul}}\d])\p{{Hangul}}{{1,8}}+(?<={_ENDS})\s{{1,2}}+$")
#: the first village of a range before the figure ("1리~"), and the last after it ("~3리")
_RANGE_BEFORE = regex.compile(rf"\d{{1,3}}+(?:{_VILLAGE})\s{{0,2}}+[~∼-]\s{{0,2}}+$")
_RANGE_AFTER = regex.compile(
    rf"\d{{1,3}}+(?:{_VILLAGE})\s{{0,2}}+[~∼-]\s{{0,2}}+\d{{1,3}}+(?:{_VILLAGE})"
)
#: how far back a place's name or a range is looked for
_REACH = 16


def village_number(text: str, at: int, unit: str) -> bool:
    """Whether the figure at ``at`` counted in ``unit`` is a village's number in its name:
    ``unit`` a village's counter, the figure glued after Hangul letters ("송정1리"), or in
    a range of villages after a place's name ("가온읍 1리~3리") or whose first is glued
    ("신촌1리~3리").

    >>> [village_number(t, t.index(n), "리") for t, n in (("송정1리 마을회관", "1"),
    ...     ("가온읍 1리~3리", "3"), ("가온읍 1리~3리", "1"), ("2읍 8면 96리", "96"),
    ...     ("사업량 : 3리 15개소", "3"), ("가온읍 32리, 누리면 24리", "32"))]
    [True, True, True, False, False, False]
    """
    if unit not in VILLAGE_COUNTERS:
        return False
    if at and regex.match(r"\p{Hangul}", text[at - 1]):
        return True
    before = text[max(0, at - _REACH) : at]
    if (m := _RANGE_BEFORE.search(before)) is not None:
        first = at - len(before) + m.start()
    elif _RANGE_AFTER.match(text, at):
        first = at
    else:
        return False
    if first and regex.match(r"\p{Hangul}", text[first - 1]):
        return True
    return _PLACE_BEFORE.search(text[max(0, first - _REACH) : first]) is not None
