"""Amounts in won, percentages and counts as Korean reports write them.

>>> parse_money("157,280", unit="천원")
157280000
>>> parse_money("△4,500", unit="백만원")
-4500000000
>>> parse_money("642억원")
64200000000
>>> parse_money("1억2천만원"), parse_money("12.03억원"), parse_money("1조 2,345억원")
(120000000, 1203000000, 1234500000000)
>>> parse_money("(1,920)", unit="천원"), parse_money("-", unit="천원")
(-1920000, 0)
>>> parse_money("5천USD") is None, parse_money("157,280") is None
(True, True)
>>> parse_percent("△28.3%")
-28.3
>>> parse_count("29개동")
Count(value=29, unit='개동')
>>> parse_unit("(단위 : 백만원)")
'백만원'

Amounts are exact ``int`` won (decimals such as 12.03억원 are computed exactly,
never through float); a result that is not a whole number of won is None.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from itertools import islice

from pydantic import BaseModel, ConfigDict

from extract.normalize.marks import without_mark
from extract.normalize.vocab import (
    BRACKETED_SIGNS,
    CLOSE_CLASS,
    COUNT_UNITS,
    FOLD,
    LIST_LABEL_UNITS,
    MIDDLE_DOTS,
    NEGATIVE_MARKS,
    NOUN_PARTICLES,
    NUMERAL_UNITS,
    OPEN_CLASS,
    PER_UNITS,
    PERCENT_SIGNS,
    TIME_UNITS,
    TRAILING_SIGNS,
    UNITS,
    WON,
)

__all__ = [
    "COARSE_UNITS",
    "MAX_AMOUNT_CHARS",
    "ROUNDED_UNITS",
    "Count",
    "agrees",
    "change_rate",
    "parse_count",
    "parse_money",
    "parse_percent",
    "parse_unit",
    "per_unit_end",
    "price_unit",
    "printed_place",
    "rounding_place",
]


def _per(units: Iterable[str], chained: Iterable[str] = ()) -> re.Pattern[str]:
    """A slash set tight before one of ``units`` that ends its word, a particle after it
    or not ("/톤으로", "/매"; not the 개 of "/개소" nor the 인 of "/인구"), and the units
    of ``chained`` (or ``units``) it goes on with, a slash or a middle dot before each
    ("/인/년", "/인·월"): the chain whole, its last unit named ``last``."""

    def alt(words: Iterable[str]) -> str:
        return "|".join(re.escape(u) for u in sorted(set(words), key=len, reverse=True))

    ends = rf"(?=$|[^가-힣]|[{''.join(NOUN_PARTICLES)}])"
    more = alt([*units, *chained])
    dots = re.escape("".join(MIDDLE_DOTS))
    return re.compile(
        rf"/(?P<first>{alt(units)}){ends}(?:[/{dots}](?P<last>{more}){ends})*+"
    )


#: what a price is per in a unit's declaration ("원/㎥", "천원/인", "원/매", "천원/인·일")
_PRICE_PER = _per(PER_UNITS, TIME_UNITS)
#: ... and in prose, where a slash lists no units: any counter or unit of time too
#: ("5만원/명", "20억원/개소", "300톤/일", "2회/월")
_PROSE_PER = _per({*PER_UNITS, *TIME_UNITS, *COUNT_UNITS})
#: a figure after a unit, and the unit it is counted in ("/세대 1만세대": 세대)
_FIGURE_NEXT = re.compile(r"\s{0,3}+\d[\d,.]{0,20}+(?:만|천|억)?+(?P<u>[가-힣]{1,8}+)")
#: the unit a figure before a slash is counted in ("2회/월": 회)
_UNIT_BEFORE = re.compile(r"(?P<u>[가-힣]{1,4}+)$")
#: text longer than this is not one amount, percentage or count: None
MAX_AMOUNT_CHARS = 60


class Count(BaseModel):
    """A counted quantity: ``value`` (int, or Decimal with a fraction) and its ``unit``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: int | Decimal
    unit: str


_FOLD = str.maketrans(FOLD)
# a number: digits with correct thousands commas (or none), optional decimals
_NUMBER = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
_SIGN = re.compile(
    # (a sign in brackets of its own first: "(-)2.5", "(+)1,234")
    r"(?:\([ ]?(?P<bs>[" + re.escape("".join(BRACKETED_SIGNS)) + r"])[ ]?\)[ ]{0,2}(?=[0-9]))?"
    "(?P<paren>\\()?[ ]{0,2}(?:(?P<neg>[" + re.escape("".join(NEGATIVE_MARKS)) + r"])|\+)?[ ]{0,2}"
)
_SMALL = "".join(w for w, v in NUMERAL_UNITS.items() if v < 10_000)  # 십 백 천
_BIG = "".join(w for w, v in NUMERAL_UNITS.items() if v >= 10_000)  # 만 억 조
_TOKEN = re.compile(
    rf"[ ]{{0,2}}(?:(?P<num>{_NUMBER})|(?P<small>[{_SMALL}])|(?P<big>[{_BIG}])|(?P<won>{WON}))"
)
_PERCENT = re.compile(rf"(?P<num>{_NUMBER})[ ]{{0,2}}[{''.join(PERCENT_SIGNS)}]?")
_COUNT = re.compile(rf"(?P<num>{_NUMBER})[ ]{{0,2}}(?P<unit>[^ 0-9].{{0,9}})?")
_UNIT_DECL = re.compile(
    rf"단[ ]{{0,2}}위[ ]{{0,3}}[:：]?[ ]{{0,3}}(?P<unit>[^,/;\n{OPEN_CLASS}{CLOSE_CLASS}]{{1,16}})"
)  # (a declaration in angle brackets too: "<단위: 백만원>", "〈단위 : 천원〉")
#: ... and each unit listed after it ("(단위 : 개소, 백만원)": 개소, then 백만원)
_LISTED_UNIT = re.compile(
    rf"(?:/[^,/;\n{OPEN_CLASS}{CLOSE_CLASS}]{{1,6}})?[ ]{{0,2}}[,，][ ]{{0,3}}"
    rf"(?P<unit>[^,/;\n{OPEN_CLASS}{CLOSE_CLASS}]{{1,16}})"
)  # (after a rate's "/일" too: "단위 : 톤/일, 백만원")
_MAX_LISTED = 6  # (units one declaration lists, at most)
_COUNT_UNIT_SET = frozenset(COUNT_UNITS)
#: the words of a count's size before its counter ("1만명", "2.5천명"), longest first
COUNT_MULTIPLIERS: dict[str, int] = {
    "천만": 10_000_000, "백만": 1_000_000, "만": 10_000, "천": 1_000, "백": 100,
}  # fmt: skip
#: the larger parts of a compound count before its last figure ("1만 2천명", "2억
#: 5,000만명"), each less than the group it is in
_COUNT_PARTS = re.compile(
    r"(?:(?P<eok>[0-9]{1,3}+(?:,[0-9]{3}){0,3}+(?:\.[0-9]{1,4}+)?)[ ]?억[ ]?(?=[0-9]))?"
    r"(?:(?P<man>[0-9]{1,3}+(?:,[0-9]{3})?+(?:\.[0-9]{1,4}+)?)[ ]?만[ ]?(?=[0-9]))?"
)
#: ... and its 천 and 백 parts ("1천2백명", "3천 500명"), each a single figure
_SMALL_PARTS = re.compile(
    r"(?:(?P<cheon>[1-9])[ ]?천[ ]?(?=[0-9]))?(?:(?P<baek>[1-9])[ ]?백[ ]?(?=[0-9]))?"
)
#: syllables set apart one by one ("개 소")
_SPACED = re.compile(r"\w(?: \w)+")
_MAX_DECLARATIONS = 4  # parse_unit looks at no more "단위" than this in one text


def _unit_key(name: str) -> str:
    return name.translate(_FOLD).replace(" ", "").strip("()[]")


def _money_unit(unit: str | None) -> int | None:
    """The multiplier of a table unit argument; ValueError if unknown."""
    if unit is None:
        return None
    if isinstance(unit, str):
        key = _unit_key(unit)
        if key in UNITS:
            return UNITS[key]
        declared = parse_unit(unit)
        if declared in UNITS:
            return UNITS[declared]
    raise ValueError(f"unknown money unit {unit!r}; expected one of {', '.join(UNITS)}")


def _prepare(text: object) -> str | None:
    """Folded, NFC, stripped text, a note's mark after it dropped, or None if it is not a
    short string."""
    if not isinstance(text, str) or len(text) > MAX_AMOUNT_CHARS:
        return None
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return without_mark(text.translate(_FOLD).strip())


def _split_sign(
    text: str, parens: bool = True, signed_parens: bool = False
) -> tuple[bool, str] | None:
    """(negative, rest): a leading negative mark, a sign in brackets of its own ("(-)12")
    or accounting parentheses (with ``parens``; else parentheses only enclose the figure;
    with ``signed_parens`` they may enclose a signed figure, "(△2.1)", a rate's fall)."""
    m = _SIGN.match(text)
    assert m is not None  # every part of the pattern is optional
    rest = text[m.end() :]
    if m["bs"] is not None:
        if m["paren"] is not None or m["neg"] is not None or "+" in text[m.end("bs") : m.end()]:
            return None  # ("(-)△12", "(-)(12)": two signs)
        return BRACKETED_SIGNS[m["bs"]] < 0, rest
    if m["paren"] is not None:
        if not rest.endswith(")"):
            return None
        rest = rest[:-1].rstrip()
        if not parens or (signed_parens and m["neg"] is not None):
            return m["neg"] is not None, rest
        # (a decrease's mark in them says the same once more, "(△1,920)": a fall the
        # brackets set apart, as a rate's "(△2.1)")
        return True, rest
    return m["neg"] is not None, rest


def _trailing_sign(negative: bool, body: str) -> tuple[bool, str] | None:
    """A rate's arrow after its figure ("3.2%↓", "3.2↑") as its sign; None where a sign
    before the figure says it too."""
    sign = TRAILING_SIGNS.get(body[-1:])
    if sign is None:
        return negative, body
    if negative:
        return None  # ("△3.2%↓": two signs)
    return sign < 0, body[:-1].rstrip()


def _number(text: str) -> int | Fraction:
    whole, _, frac = text.replace(",", "").partition(".")
    if not frac:
        return int(whole)
    return Fraction(int(whole + frac), 10 ** len(frac))


def _figure(text: str, multiplier: int | None = None) -> tuple[int | Fraction, bool] | None:
    """Read "1억2천만원", "3천5백", "157,280": (value, carries its own won unit).

    A figure carries its own unit when it ends in 원 or uses 만/억/조
    ("367억" means 367억원); "3천5백" is just the number 3,500.  Without 원,
    a figure must end in 만/억/조: "1억2천" is None, because writers drop the
    만 of "1억2천만" (and 1억2천원 is then written out in full).  Under a table's
    unit (``multiplier``) of the big unit below the last one, the rest after it is in
    that unit: "1조 2,000" under 억원 is 1조 2,000억, "3억 5,000" under 만원 3억 5,000만.
    """
    total: int | Fraction = 0
    chunk: int | Fraction = 0  # the current group of four digits (below the big unit)
    term: int | Fraction | None = None  # a number not yet scaled
    last_small = 10_000  # the small multiplier used last in this chunk
    last_big: int | None = None  # the big multiplier used last
    seen = own_unit = won = False
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            return None
        pos = m.end()
        if (num := m["num"]) is not None:
            if term is not None:
                return None  # two numbers in a row
            term = _number(num)
            if chunk and term >= last_small:
                return None  # "3천5000"
            seen = True
        elif (small := m["small"]) is not None:
            mult = NUMERAL_UNITS[small]
            if term is None or mult >= last_small or (chunk and term * mult >= last_small):
                return None
            chunk += term * mult
            term, last_small = None, mult
        elif (big := m["big"]) is not None:
            mult = NUMERAL_UNITS[big]
            group = chunk + (term or 0)
            if not seen:
                return None
            if last_big is not None and (mult >= last_big or group * mult >= last_big):
                return None  # "1만2억", "1억 12,000만"
            total += group * mult
            chunk, term, last_small, last_big = 0, None, 10_000, mult
            own_unit = True
        else:  # 원: must be the last token
            if pos != len(text) or not seen:
                return None
            own_unit = won = True
    if not seen:
        return None
    group = chunk + (term or 0)
    if last_big is not None and group and not won and _rest_unit(last_big, multiplier):
        assert multiplier is not None
        rest = group * multiplier
        return (total + rest, True) if rest < last_big else None  # ("1조 12,000" under 억원)
    if last_big is not None and (group >= last_big or (group and not won)):
        return None  # "1만 20000원"; "1억2천" (1억2천만? 1억2천원?)
    return total + group, own_unit


def _rest_unit(big: int, multiplier: int | None) -> bool:
    """Whether a table's unit (``multiplier``) is one the rest after the big unit ``big`` is
    written in: of the big unit below it at least, and below ``big`` ("1조 2,000" under 억원
    or 십억원; under 천원 "1억 2,000" is no amount one can tell)."""
    return multiplier is not None and big // 10_000 <= multiplier < big


def parse_money(text: str, unit: str | None = None) -> int | None:
    """An amount in won (exact ``int``), or None if ``text`` is not one.

    ``unit`` is the table's unit ("천원", "백만원", ...; spaces and
    parentheses are ignored, and a declaration such as "(단위: 천원)" works
    too) and scales a plain figure.  A figure that carries its own unit
    (642억원, 5천만원, 200,000천원, "367억") is read in that unit, and
    ``unit`` is then ignored: the figure's own unit wins.  A plain figure
    without ``unit`` is None (its scale is unknown).

    Negative: a leading △, ▽, ▼ or minus sign, or accounting parentheses
    "(1,920)", a mark in them or not ("(△1,920)").  A cell holding only a dash ("-",
    "－", "–", "—") means nothing is planned and reads as 0.  Other currencies (천USD, 달러, 엔)
    are None.  Raises ValueError only for an unknown ``unit``; text longer
    than :data:`MAX_AMOUNT_CHARS` is None.

    >>> parse_money("5천만원"), parse_money("50억 원"), parse_money("824백만원")
    (50000000, 5000000000, 824000000)
    >>> parse_money("1,234", unit="(단위: 천원)")
    1234000
    >>> parse_money("1조 2,000", unit="억원"), parse_money("1조 2,000")
    (1200000000000, None)
    """
    multiplier = _money_unit(unit)
    t = _prepare(text)
    if t is None:
        return None
    if t == "-":  # every NIL_CELLS mark folds to "-"
        return 0
    signed = _split_sign(t)
    if signed is None:
        return None
    negative, body = signed
    read = _figure(body, multiplier)
    if read is None:
        return None
    value, own_unit = read
    if not own_unit:
        if multiplier is None:
            return None
        value *= multiplier
    if isinstance(value, Fraction):
        if value.denominator != 1:
            return None  # not a whole number of won
        value = value.numerator
    return -value if negative else value


def parse_percent(text: str) -> float | None:
    """A percentage as a float ("△28.3%" -> -28.3), or None.

    The percent sign is optional ("28.3"); "%p" (percentage points) and a
    lone dash are None (a rate that cannot be computed, not zero).

    >>> parse_percent("▽ 1.9 %"), parse_percent("-1.9%"), parse_percent("28.3")
    (-1.9, -1.9, 28.3)
    """
    t = _prepare(text)
    if t is None:
        return None
    signed = _split_sign(t, signed_parens=True)
    if signed is not None:
        signed = _trailing_sign(*signed)
    if signed is None:
        return None
    negative, body = signed
    m = _PERCENT.fullmatch(body)
    if m is None:
        return None
    value = float(m["num"].replace(",", ""))
    return -value if negative else value


def change_rate(text: str, change: str | None) -> float | None:
    """A rate cell (증감률) as parse_percent reads it; a lone dash there is 0.0 where the
    change beside it (증감) is nothing too, "-" or 0, else None (no rate can be given: last
    year's amount was nothing).

    >>> change_rate("-", "-"), change_rate("-", "1,200"), change_rate("△2.5", "△30")
    (0.0, None, -2.5)
    """
    pct = parse_percent(text)
    if pct is None and change is not None and _prepare(text) == "-":
        return 0.0 if parse_money(change, unit="원") == 0 else None
    return pct


def parse_count(text: str, unit: str | None = None) -> Count | None:
    """A count with its unit ("54명" -> Count(54, "명")), or None.

    Units are those in :data:`~extract.normalize.vocab.COUNT_UNITS`.  A plain
    number needs ``unit`` (the table's unit); the figure's own unit wins.  The
    value is an int, or a Decimal when it has a fraction ("1.5㎡").  Negative
    marks (△) are read as for amounts; parentheses are no sign for a count ("(2)"
    in a staffing table is two moved or counted apart).  Raises ValueError only for
    a ``unit`` that is not a count unit.

    >>> parse_count("48,898㎡"), parse_count("51 건")
    (Count(value=48898, unit='㎡'), Count(value=51, unit='건'))
    >>> parse_count("12", unit="명"), parse_count("6 개 소")
    (Count(value=12, unit='명'), Count(value=6, unit='개소'))
    """
    if unit is not None and (not isinstance(unit, str) or _unit_key(unit) not in COUNT_UNITS):
        raise ValueError(f"unknown count unit {unit!r}; expected one of {', '.join(COUNT_UNITS)}")
    t = _prepare(text)
    if t is None:
        return None
    signed = _split_sign(t, parens=False)
    if signed is None:
        return None
    negative, body = signed
    parts = _COUNT_PARTS.match(body)
    assert parts is not None  # every part of the pattern is optional
    body = body[parts.end() :]
    small = _SMALL_PARTS.match(body)
    assert small is not None  # every part of the pattern is optional
    body = body[small.end() :]
    m = _COUNT.fullmatch(body)
    if m is None:
        return None
    own = m["unit"]
    if own is not None and own not in _COUNT_UNIT_SET and _SPACED.fullmatch(own):
        own = own.replace(" ", "")  # (a unit letter-spaced in a table's cell: "6 개 소")
    times = 1
    if own is not None and own not in _COUNT_UNIT_SET:
        # ("2.5만명", "50여명", "35개팀": a multiplier, "about", a counter's 개 before it)
        word = next((w for w in COUNT_MULTIPLIERS if own.startswith(w)), "")
        rest = own[len(word) :].removeprefix("여")
        rest = rest[1:] if rest[:1] == "개" and rest[1:] in _COUNT_UNIT_SET else rest
        if rest in _COUNT_UNIT_SET:
            own, times = rest, COUNT_MULTIPLIERS.get(word, 1)
        elif word and not rest and unit is not None:
            own, times = None, COUNT_MULTIPLIERS[word]  # ("2.5만" in a table of 명)
    if own is not None:
        if own not in _COUNT_UNIT_SET:
            return None
        name = own
    elif unit is not None:
        name = _unit_key(unit)
    else:
        return None
    digits = m["num"].replace(",", "")
    value: int | Decimal = Decimal(digits) if "." in digits else int(digits)
    if times != 1:
        value *= times
        value = int(value) if value == int(value) else value
    if small.end():
        # ("1천2백명": the last figure less than the smallest part before it)
        if value >= (100 if small["baek"] else 1_000):
            return None
        value += int(small["cheon"] or 0) * 1_000 + int(small["baek"] or 0) * 100
    larger = _larger_parts(parts, value)
    if larger is None:
        return None
    if larger:
        value += larger
        value = int(value) if value == int(value) else value
    return Count(value=-value if negative else value, unit=name)


def _larger_parts(parts: re.Match[str], value: int | Decimal) -> int | Decimal | None:
    """What a compound count's 억 and 만 parts add to its last figure ``value``; None where
    a part is no less than the group it stands in ("1만 12,000명")."""
    total = value
    for group, size in (("man", 10_000), ("eok", 100_000_000)):
        if parts[group] is None:
            continue
        if total >= size:
            return None
        digits = parts[group].replace(",", "")
        total += (Decimal(digits) if "." in digits else int(digits)) * size
    return total - value


def per_unit_end(text: str, at: int, prose: bool = False) -> int | None:
    """Where the unit after a slash at ``at`` ends, where the slash, set tight, makes the
    unit before it a price per that unit of measure or piece ("원/㎥", "천원/인", "원/매"),
    not one of a list ("백만원/%", "백만원/개소", "백만원 / ’26. 1. 1. 기준"); in ``prose``,
    per any counter or unit of time too ("20억원/개소", "300톤/일").

    >>> per_unit_end("138,500원/톤으로", 8), per_unit_end("백만원/개소", 3)
    (10, None)
    >>> per_unit_end("20억원/개소", 4), per_unit_end("20억원/개소", 4, prose=True)
    (None, 7)
    >>> per_unit_end("3,000만원/인/년", 7, prose=True), per_unit_end("2회/월 8회", 2, prose=True)
    (11, None)
    """
    m = (_PROSE_PER if prose else _PRICE_PER).match(text, at)
    if m is None:
        return None
    last = m["last"] or m["first"]
    if prose and last in LIST_LABEL_UNITS and _lists_next(text, at, m.end(), last):
        return None
    return m.end()


def _lists_next(text: str, at: int, end: int, label: str) -> bool:
    """Whether the unit after a slash (``label``, ending at ``end``) labels a list's next
    item: a figure follows, counted in it or as the one before the slash ("인구 3만명/세대
    1만세대", "주 2회/월 8회"; not "200톤/일 3교대", "50만원/월 2회 지급")."""
    nxt = _FIGURE_NEXT.match(text, end)
    if nxt is None:
        return False
    before = _UNIT_BEFORE.search(text, max(0, at - 4), at)
    return nxt["u"].startswith(label) or (before is not None and nxt["u"].startswith(before["u"]))


def price_unit(word: str) -> bool:
    """Whether a unit word is a price per a unit of measure or piece ("원/톤", "천원/인",
    "원/개"): no money to add up, nor a list of two units ("백만원/개소").

    >>> [price_unit(w) for w in ("원/톤", "원/개", "백만원/개소", "톤/일", "백만원")]
    [True, True, False, False, False]
    """
    money, slash, _ = word.partition("/")
    return bool(slash) and money in UNITS and per_unit_end(word, len(money)) is not None


def _per_unit(text: str, at: int) -> bool:
    return per_unit_end(text, at) is not None


def parse_unit(text: str) -> str | None:
    """The money unit named by a unit declaration, or None.

    Reads "(단위: 천원)", "(단위 : 백만원)", "단위:천원", "(단위: 천원, %)"
    (the first money unit it lists: "(단위 : 개소, 백만원)" is 백만원), a bare
    "(천원)", and declarations at the end of a longer line ("예산 집행계획 (단위:
    천원)").  Only money units in
    :data:`~extract.normalize.vocab.UNITS` are returned, so the result can
    always be passed to ``parse_money(..., unit=)``; anything else ("(단위:
    명)", "(단위: 천USD)") is None.

    >>> parse_unit("단위:천원"), parse_unit("(천 원)"), parse_unit("(단위: 천USD)")
    ('천원', '천원', None)
    >>> parse_unit("(단위 : 개소, 백만원)"), parse_unit("(’26. 1. 1. 기준, 단위 : 명, 천원)")
    ('백만원', '천원')
    >>> parse_unit("(단위 : 톤/일, 백만원)")
    '백만원'

    """
    if not isinstance(text, str):
        return None
    for first in islice(_UNIT_DECL.finditer(text), _MAX_DECLARATIONS):
        m: re.Match[str] | None = first
        for _ in range(_MAX_LISTED):
            if m is None:
                break
            declared = m["unit"].strip()
            # (a price per unit, "원/㎥", "천원/인", is no amount of money)
            if not _per_unit(text, m.end()):
                for key in (_unit_key(declared), _unit_key(declared.split(" ")[0])):
                    if key in UNITS:
                        return key
            m = _LISTED_UNIT.match(text, m.end())
    if len(text) <= MAX_AMOUNT_CHARS:
        key = _unit_key(text.strip())
        if key in UNITS:
            return key
    return None


# --- rounding ----------------------------------------------------------------------------

#: money units whose tables are rounded from a smaller one's, so that their sums may miss
#: (a 억원 table of 백만원 sums; 백만원 tables add up, as the reports read show)
ROUNDED_UNITS = frozenset({"억원", "조원"})
#: money units whose figures are rounded from a smaller unit's: such a figure agrees with
#: the one it rounds (7,067백만원 and 7,066,795천원)
COARSE_UNITS = frozenset({"백만원", "천만원", "억원", "십억원", "조원"})


def rounding_place(unit: str | None, values: Iterable[int | None] = ()) -> int:
    """The won of the last place ``values`` are printed to, if figures in ``unit`` are
    rounded: one unit, or a tenth of it where one of them has a decimal (58.9억).

    >>> rounding_place("억원", [5_890_000_000]), rounding_place("억원"), rounding_place("천원")
    (10000000, 100000000, 0)
    """
    if unit not in ROUNDED_UNITS:
        return 0
    return printed_place(parse_money("1", unit=unit) or 0, values)


def agrees(a: int | None, b: int | None, *units: str | None) -> bool:
    """Whether two amounts are one, to the place the coarser of their ``units`` rounds to:
    a 백만원 figure and the 천원 one it was rounded from ("7,067" and "7,066,795"), or cut
    from (the sample's 예산현황 says 679 of 679,549천원), so less than a place apart.

    >>> agrees(7_067_000_000, 7_066_795_000, "백만원", "천원"), agrees(1, 2, "천원", "천원")
    (True, False)
    >>> agrees(679_000_000, 680_000_000, "백만원", "백만원")
    True
    """
    if a is None or b is None or a == b:
        return a == b
    places = [UNITS[u] if u in COARSE_UNITS else 0 for u in units]
    place = max(places, default=0)
    # two rounded figures of one amount may be a place apart (679.5 read 679 and 680)
    return abs(a - b) <= place if sum(1 for p in places if p) >= 2 else abs(a - b) < place


def printed_place(place: int, values: Iterable[int | None]) -> int:
    """``place``, or the tenth (hundredth, ...) of it that every one of ``values`` is a
    whole number of."""
    figures = [v for v in values if v]
    while place > 1 and any(v % place for v in figures):
        place //= 10
    return place
