"""The years of a multi-year plan counted from its start (``1차년도``, ``2차년도``,
``3차년도 이후``): the plan's years where the table or its card states the first one.

A header may bracket its own year (``1차년도(’25)``: the first is 2025, so ``2차년도`` is
2026); else the card the table stands in, by the start of its period (``사업기간 :
’25~’27``).  Where neither states it, the header stays as printed: its column is a year's
of no known year.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from extract.parse.text import squash

#: a year counted from the work's start, with its year in a bracket or what comes after
#: it ("1차년도", "2차연도(’26)", "3차년도 이후"), spaces off
_ORDINAL = regex.compile(
    r"^(?P<n>\d{1,2})차(?:년도|연도|년)(?:[(（][’'‘`]?+(?P<year>\d{4}|\d{2})(?:년)?+[)）])?+"
    r"(?P<tail>이후|까지)?+$"
)


def _full(digits: str) -> int:
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def is_ordinal_year(header: str) -> bool:
    """Whether a header counts a year from the work's start ("2차년도")."""
    return _ORDINAL.match(squash(header)) is not None


def ordinal_kind(header: str) -> str | None:
    """The period a header of a year counted from the start names, as plan_years spells it
    (``year``; ``after`` for "3차년도 이후", ``before`` for "2차년도까지"), None for another.

    >>> ordinal_kind("2차년도"), ordinal_kind("3차년도 이후"), ordinal_kind("2026년")
    ('year', 'after', None)
    """
    m = _ORDINAL.match(squash(header))
    if m is None:
        return None
    return {"이후": "after", "까지": "before"}.get(m["tail"] or "", "year")


def first_year(headers: Iterable[str], start: int | None = None) -> int | None:
    """The plan's first year: as a header that brackets its own year says (``2차년도(’26)``:
    2025), else ``start`` (the card's period's first year).

    >>> first_year(["계", "1차년도(’25)", "2차년도"]), first_year(["2차년도(2026)"])
    (2025, 2025)
    >>> first_year(["1차년도", "2차년도"], 2024), first_year(["1차년도"])
    (2024, None)
    """
    for h in headers:
        m = _ORDINAL.match(squash(h))
        if m is not None and m["year"]:
            return _full(m["year"]) - int(m["n"]) + 1
    return start


def as_year(header: str, first: int | None) -> str:
    """A header of a year counted from the start as the year it is ("2차년도" of a plan
    from 2025: "2026년", "3차년도 이후": "2027년이후"); any other header as it stands, and
    so an ordinal one where no first year is known.

    >>> as_year("2차년도", 2025), as_year("3차년도 이후", 2025), as_year("2차년도", None)
    ('2026년', '2027년이후', '2차년도')
    """
    m = _ORDINAL.match(squash(header))
    if m is None or first is None:
        return header
    return f"{first + int(m['n']) - 1}년{m['tail'] or ''}"
