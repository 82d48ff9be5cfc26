"""The columns of an investment plan by years (연차별 투자계획, 중기지방재정계획): what was
spent before the years shown (``기투자``, ``’24까지``), each year's, and what comes after
them (``2030이후``, ``향 후``).  Such a table lays a piece of work's whole cost over the
years, no one year's budget: in the general section it gives no budget lines
(:mod:`extract.parse.budget_scope`); :mod:`extract.checks.years` adds its periods up to
its whole cost.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from extract.parse.text import squash

#: headers of a column of what was spent before the years shown
SPENT_HEADS: frozenset[str] = frozenset({"기투자", "기투입", "기집행", "기투자액", "기투자비"})
#: headers (or their endings after a year) of a column of what comes after the years
#: shown: its presence says the periods cover the whole work
AFTER_WORDS: tuple[str, ...] = ("이후", "향후")
#: headers of a column of the whole cost of a piece of work, its years' sum
WHOLE_COST_HEADS: frozenset[str] = frozenset(
    {"총사업비", "총투자비", "총투자액", "사업비계", "총사업비계", "전체사업비", "총소요예산"}
)
#: labels of a card's line that lays its cost over the years ("○ 연차별 투자 : ’25년 120억 →
#: ’26년 300억", "○ 연도별 투자계획 : …"), compared without spaces
INVESTMENT_LINE_LABELS: frozenset[str] = frozenset(
    {"연차별투자", "연차별투자계획", "연도별투자", "연도별투자계획", "연차별소요", "연차별사업비",
     "연도별사업비", "연차별소요예산", "투자계획"}
)
#: a bracket closing a header, the years it covers ("기투자(~’24)", "기투자 (’24까지)")
_END_BRACKET = regex.compile(r"[(（][^()（）]{0,12}+[)）]$")
#: a year's column, alone or up to it ("2025", "’26년", "2025년까지", "2030이후")
_YEAR_HEAD = regex.compile(
    r"^[’'‘`]?+(?P<year>\d{4}|\d{2})(?:년(?:도)?+)?+(?P<tail>까지|이전|이후|향후)?+$"
)

#: a range of years ("’24~’25", "2022~2025년", "’22년~’25년")
_YEAR_RANGE = regex.compile(
    r"^[’'‘`]?+(?P<a>\d{4}|\d{2})(?:년)?+[~∼～][’'‘`]?+(?P<b>\d{4}|\d{2})(?:년(?:도)?+)?+$"
)


def _full(digits: str) -> int:
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def range_period(header: str, years: Iterable[int]) -> str | None:
    """What a plan's period of a range of years holds, by the single years beside it:
    ``spent`` where it ends before them all ("’24~’25" before ’26, ’27), ``after`` where
    it opens after them all ("’28~’30"); None for no range, or one among the years.

    >>> [range_period(h, [2026, 2027]) for h in ("’24~’25", "2028~2030년", "’26~’27", "’26")]
    ['spent', 'after', None, None]
    """
    m = _YEAR_RANGE.match(squash(header))
    shown = list(years)
    if m is None or not shown:
        return None
    start, end = _full(m["a"]), _full(m["b"])
    if start <= end < min(shown):
        return "spent"
    return "after" if max(shown) < start <= end else None


def is_year_range(header: str) -> bool:
    """A period of a range of years ("’24~’25")."""
    return _YEAR_RANGE.match(squash(header)) is not None


def period_head(header: str) -> str | None:
    """What a column of an investment plan by years holds: ``spent`` (기투자, ’24까지),
    ``year``, ``after`` (2030이후, 향후), or None for any other column.

    >>> [period_head(h) for h in ("기 투 자", "2026", "’27년", "2030 이후", "’24까지", "비 고")]
    ['spent', 'year', 'year', 'after', 'spent', None]
    >>> [period_head(h) for h in ("기투자(~’24)", "기투자 (’24까지)", "’24년까지 기투자")]
    ['spent', 'spent', 'spent']
    """
    key = squash(header)
    bare = _END_BRACKET.sub("", key)
    if bare != key and bare in SPENT_HEADS:
        return "spent"  # (its years in a bracket after it)
    spent = next((h for h in SPENT_HEADS if key.endswith(h) and key != h), None)
    if spent is not None and period_head(key[: -len(spent)]) == "spent":
        return "spent"  # ("’24년까지 기투자")
    if key in SPENT_HEADS:
        return "spent"
    if key in AFTER_WORDS:
        return "after"
    m = _YEAR_HEAD.match(key)
    if m is None:
        return None
    tail = m["tail"] or ""
    if tail in ("까지", "이전"):
        return "spent"
    return "after" if tail else "year"


def is_investment_plan(headers: Iterable[str]) -> bool:
    """Column headers of a plan by years that names what was spent before them or what
    comes after them (``총사업비 | 기투자 | 2025 | … | 2030이후``): no year's budget.

    >>> is_investment_plan(["총사업비", "기 투 자", "2026", "2027"])
    True
    >>> is_investment_plan(["구 분", "2026년 예산", "2025년 예산", "증 감"])
    False
    """
    return any(period_head(h) in ("spent", "after") for h in headers)


def head_year(header: str) -> int | None:
    """The year a period's header names ("2026", "’27년", "2030이후": 2030), None for none.

    >>> [head_year(h) for h in ("2026", "’27년", "2030 이후", "기투자")]
    [2026, 2027, 2030, None]
    """
    m = _YEAR_HEAD.match(squash(header))
    if m is None:
        return None
    digits = m["year"]
    return int(digits) if len(digits) == 4 else 2000 + int(digits)
