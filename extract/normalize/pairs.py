"""Two figures in one cell, and the names the report gives them.

A table often sets two figures in one cell: 정원 and 현원 as ``80 / 85``, an amount and
its share as ``51,288(30.7)``, 정원 and 현원 as ``22(21)``.  :func:`split_pair` finds the
two; :func:`pair_names` reads what a label calls them ("정원/현원", "예산액(구성비)",
"정원(현원)"), and :func:`stated_names` what a line of prose does ("정원 80명 / 현원
85명").  A bracket that holds a unit ("예산(억원)") or several parts ("30억(국15, 시15)")
is no pair.

>>> split_pair("80 / 85"), split_pair("51,288(30.7)"), split_pair("30억(국15, 시15)")
(('80', '85'), ('51,288', '30.7'), None)
>>> pair_names("정원/현원"), pair_names("예산액(구성비)"), pair_names("예산(억원)")
(('정원', '현원'), ('예산액', '구성비'), None)
>>> stated_names("인 력 : 정원 80명 / 현원 85명")
('정원', '현원', '80', '85')
"""

from __future__ import annotations

import regex

from extract.normalize.money import parse_count, parse_money
from extract.normalize.spacing import despace
from extract.normalize.vocab import COUNT_UNITS, UNITS

_FIGURE = r"[△▽\-]?+[ ]?+(?<![\d,.])\d[\d,]*+(?:\.\d++)?+"
#: "80 / 85", "14/15", "6 /10"; "51,288(30.7)", "2,673(5.22%)", "22(21)", "1,000억(500억)",
#: "12,400㎡ / 2층"
_PAIR = regex.compile(
    rf"(?P<a>{_FIGURE}[ ]?[^\d\s/(),.%]{{0,3}})[ ]?"
    rf"(?:/[ ]?(?P<b>{_FIGURE}[ ]?%?[^\d\s/(),.%]{{0,3}})"
    # (a bracket's figure with its own counter: "58,214명 (25,130세대)")
    rf"|\([ ]?(?P<c>{_FIGURE}[ ]?(?:%|[^\d\s/(),.%]{{1,3}})?)[ ]?\))"
)
#: a bracket's year with its 년, "15개소 (2024년)": the year the figure is of, no second
_YEAR = regex.compile(r"(?:19|20)\d\d[ ]?년")
#: a label that names two figures: "정원/현원", "정원(현원)", "예산액(구성비)"
_NAMES = regex.compile(r"(?P<a>\p{Hangul}{1,8})(?:/|\()(?P<b>\p{Hangul}{1,8})\)?")
#: prose that states two figures with their names: "정원 80명 / 현원 85명", "정원 149명,
#: 현원 149명", "정원 4,431명(현원 4,642명)"
_STATED = regex.compile(
    r"(?P<a>\p{Hangul}{2,6}+)[ ]?+(?P<x>[\d,]++)[ ]?+\p{Hangul}{0,2}+[ ]?+[/,(][ ]?+"
    r"(?P<b>\p{Hangul}{2,6}+)[ ]?+(?P<y>\d[\d,]*+)"
)
#: words that are units, not names ("예산(억원)", "인원(명)", "학교(교)")
_UNIT_WORDS = frozenset({*COUNT_UNITS, *UNITS, "원", "조원", "만원"})


def split_pair(text: str) -> tuple[str, str] | None:
    """The two figures of a cell that holds two, as printed; None for any other cell."""
    m = _PAIR.fullmatch(" ".join(text.split()))
    if m is None or (m["c"] is not None and _YEAR.fullmatch(m["c"].strip())):
        return None
    return m["a"].strip(), (m["b"] or m["c"]).strip()


def pair_names(label: str) -> tuple[str, str] | None:
    """The two names a label gives the figures of a pair (spaces aside); None where it
    names no two, or its bracket holds a unit."""
    m = _NAMES.fullmatch(despace(label).replace(" ", ""))
    if m is None or m["b"] in _UNIT_WORDS or m["a"] == m["b"]:
        return None
    return m["a"], m["b"]


def stated_names(text: str) -> tuple[str, str, str, str] | None:
    """The names a line of prose gives two figures it states side by side, and the two
    figures ("정원 80명 / 현원 85명" -> 정원, 현원, 80, 85)."""
    m = _STATED.search(despace(text))
    if m is None or m["a"] == m["b"]:
        return None
    return m["a"], m["b"], m["x"], m["y"]


def own_count(text: str) -> tuple[float, str] | None:
    """The second figure of a pair where it carries a counter or measure of its own, no
    money ("2층", "25,130세대", "2.5㎢"): its number and that unit; None for a bare figure,
    a share or an amount ("30.7", "5%", "500억").

    >>> own_count("2층"), own_count("25,130세대"), own_count("30.7"), own_count("500억")
    ((2.0, '층'), (25130.0, '세대'), None, None)
    """
    if text.endswith("%") or parse_money(text) is not None:
        return None
    counted = parse_count(text)
    if counted is None or not counted.unit or counted.unit in _UNIT_WORDS - {*COUNT_UNITS}:
        return None
    return float(counted.value), counted.unit
