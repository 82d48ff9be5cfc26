"""Every amount, count, percentage and date in a sentence, with where it stands.

:func:`find_mentions` scans prose ("세입 161억원, 세출 758억원", "(사업비 12억)",
"’25. 3.~11.", "300여명", "94.1% 회복") and reads each figure with the
grammar of :mod:`extract.normalize` (units from the figure itself, years from
the report).  Dates are found first; a figure inside a date is not read again.

>>> [(m.kind, m.raw, m.value_krw) for m in find_mentions("세입 161억원, 세출 758억원")]
[('krw', '161억원', 16100000000), ('krw', '758억원', 75800000000)]
>>> [(m.kind, m.raw, m.value) for m in find_mentions("300여명 참가, 94.1% 회복")]
[('count', '300여명', 300.0), ('percent', '94.1%', 94.1)]

A figure per a unit, a price ("138,500원/톤", "570원/매") or a rate ("300톤/일"), is of
kind ``text``, as a table's cell of such a unit is: no amount of money, nor a count, to
add up.

>>> [(m.kind, m.raw, m.value_krw) for m in find_mentions("처리단가 138,500원/톤으로 인상")]
[('text', '138,500원/톤', None)]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Literal

from extract.normalize.dates import DateSpan, expand_year, find_dates
from extract.normalize.measures import size_class, sized, to_base
from extract.normalize.money import (
    COUNT_MULTIPLIERS,
    parse_count,
    parse_money,
    parse_percent,
    per_unit_end,
)
from extract.normalize.multiplied import MONTHS_UNIT, factor_months
from extract.normalize.villages import village_number
from extract.normalize.vocab import (
    ANNUAL_UNITS,
    BARE_YEAR_NEAR,
    BARE_YEAR_WORDS,
    BRACKETED_SIGNS,
    CHANGE_WORDS,
    COUNT_UNITS,
    COUNTER_WORDS,
    DECREASE_MARKS,
    DURATION_WORDS,
    FOREIGN_CURRENCIES,
    MEASURE_UNITS,
    MONEY_BOUNDS,
    NOUN_PARTICLES,
    ORDINAL_COUNTERS,
    ORG_COUNTERS,
    PROSE_MEASURE_MULTIPLIERS,
    QUOTE_MARKS,
    SPACED_COUNTERS,
    THRESHOLD_AFTER,
    THRESHOLD_WORDS,
    TRAILING_SIGNS,
)

MentionKind = Literal["krw", "count", "measure", "percent", "date", "text"]

#: longest text scanned at once (a node's text; longer text is cut, not refused)
MAX_MENTION_TEXT = 20_000

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: a decrease's mark before a figure ("△4,774", "▼3.1%")
_DEC = f"[{''.join(DECREASE_MARKS)}]"
# every figure starts where a run of digits starts: a match is tried once per run, so
# a line of a million digits is read in linear time
#: a month listed before others that share the month word after the last ("(3, 6, 9,
#: 12월)"), a space after each comma ("3,6월" is no list)
_LISTED_MONTH = re.compile(
    r"(?<![\d.,])(?:1[0-2]|0?[1-9])(?=(?:\s?,\s(?:1[0-2]|0?[1-9]))++\s?월(?!\d))"
)
#: what may follow a counted figure: the end, a non-letter, or a particle (명의, 개로)
_PARTICLE = rf"(?:$|[^가-힣]|[{''.join(NOUN_PARTICLES)}])"
#: ... and an amount: a bound or a range too ("200억원이상", "1천만원미만", "억원대")
_AFTER_MONEY = rf"(?:{_PARTICLE}|{'|'.join(MONEY_BOUNDS)})"
#: an amount; "4,000여억원" is about 4,000억원 (여 after the figure)
_MONEY = re.compile(
    rf"{_DEC}?(?<![\d.])(?<!\d,)(?:(?:{_NUM})\s?조\s?)?(?:(?:{_NUM})\s?(?:억|천만|백만|십만|만|천|백)\s?)*"
    rf"(?:{_NUM})?\s?여?(?:조원|십억원|억원|천만원|백만원|십만원|만원|천원|원|십억|억)"
    rf"(?={_AFTER_MONEY})"
)
#: a rate; its sign may be written in brackets before it ("(-)2.5%") or as an arrow after
#: it ("3.2%↓")
_PERCENT = re.compile(
    rf"(?:\([{re.escape(''.join(BRACKETED_SIGNS))}]\))?(?P<neg>{_DEC} ?(?=\d))?(?<![\d.])(?<!\d,)"
    # (in percentage points, "12.3%p": a percent of the unit %p)
    rf"(?:{_NUM})\s?%(?P<pts>[pP](?![A-Za-z])|포인트)?(?!p)"
    rf"[{''.join(TRAILING_SIGNS)}]?"
)
_COUNT_UNIT = "|".join(
    re.escape(u)
    for u in sorted(COUNT_UNITS, key=len, reverse=True)
    if not u.isascii() and u not in ORDINAL_COUNTERS
)
_SPACED = f"[{''.join(SPACED_COUNTERS)}]"
_TIGHT = "|".join(map(re.escape, ORG_COUNTERS))
#: the larger parts of a compound figure before its last: its 억 ("2억 2,500만명") and its
#: 만 and what is less than 만 after it ("1만 2,500명", "16만4천명", "10만 5천톤")
_EOK_PART = rf"(?:(?P<eok>{_NUM})\s?억\s?(?=[\d,.]++(?:천만|백만|만|천)))?"
_MAN_PART = (
    rf"(?:(?P<man>{_NUM})\s?만\s?(?=[\d,.]++천|\d,\d{{3}}(?![\d,.])|\d{{1,4}}(?![\d,.])))?"
)
#: ... and its 천 and 백 parts, a figure each ("1천2백명", "1만2천5백명")
_SMALL_PART = r"(?:(?P<cheon>[1-9])\s?천\s?(?=\d))?(?:(?P<baek>[1-9])\s?백\s?(?=\d))?"
#: a count: a figure (its 억 and 만 parts before it: "16만4천명"; △ before it, negative),
#: an optional 여 ("about"), a counter; not followed by more Hangul other than a particle
#: (명의, 건을, 개소에), nor by any where a space sets the counter apart
_COUNT = re.compile(
    # (a decrease's mark before it, "정원 △5명 감축", "전년 대비 △ 2명": negative; set apart
    # where an item opens, "○ 주요내용 : △ 2개 노선 신설", an item's mark)
    # (nor right after a figure's 천 or 백 part, "1천2백명": its parts are read with it)
    rf"(?<![\d.제])(?<!\d,)(?<!\d[천백])(?<!\d[천백] )(?P<neg>{_DEC} ?(?=\d))?"
    rf"{_EOK_PART}{_MAN_PART}{_SMALL_PART}(?P<num>{_NUM})(?P<mult>{'|'.join(COUNT_MULTIPLIERS)})?"
    rf"(?P<sp>\s)?(?P<about>여)?"
    rf"(?(sp)(?!(?:{_TIGHT})))"  # (an organisation's unit is set right after its figure)
    rf"(?P<unit>{_COUNT_UNIT}|(?(sp)(?!)|개[가-힣](?={_PARTICLE})))"
    # (국 and 청 of one syllable end their word: "5국가", "3국도" count no 국)
    rf"(?!(?<=\d국|\d청)[가-힣])"
    # (a one-syllable counter set apart by a space ends its word, "「2+1 평가」", but for
    # a count of people, "11만 명으로"; a longer one takes a particle: "5 개소에")
    rf"(?(sp)(?:(?:(?<={_SPACED})|(?<=[가-힣]{{2}}))(?={_PARTICLE})|(?![가-힣]))"
    rf"|(?={_PARTICLE}))"
)
_COUNT_UNIT_SET = frozenset(COUNT_UNITS)
#: units of energy and power, no counter nor measure of :data:`MEASURE_UNITS` ("1,200kWh",
#: "3MW"): a figure in one is kind ``text`` with its unit whole
ENERGY_UNITS: tuple[str, ...] = ("kWh", "㎾h", "MWh", "kW", "㎾", "MW")
#: a figure in a unit of measure ("187,700㎥", "12.5㎢", "455ℓ", "1,200천㎥", "2.5km"): a
#: ``measure`` (an area, length, weight or volume), or ``text`` in energy, or per a unit
#: ("260,000㎥/일", "30km/h"); a letter's unit is set right after its figure ("5m", not
#: "5 m") and no letter runs on ("5mm", "3ton"); a Hangul one, "5톤", ends its word but
#: for a particle ("5톤의"; "5톤급" is a class, no weight); a compound figure whole, as a
#: count's ("1만 2,500㎡", "2만5천㎡"), its numeral word spaced off the unit too ("1,200만
#: 톤"), in 억 as well ("1억㎥": a volume, no money)
_MEASURE_WORDS = sorted((*MEASURE_UNITS, *ENERGY_UNITS), key=len, reverse=True)
_MEASURE_TIMES = "|".join(sorted(PROSE_MEASURE_MULTIPLIERS, key=len, reverse=True))
_MEASURE = re.compile(
    rf"(?<![\dA-Za-z.])(?<!\d,)(?P<neg>{_DEC}(?=\d))?{_EOK_PART}{_MAN_PART}(?P<num>{_NUM})"
    rf"(?:\s?+(?P<unit>(?:(?P<times>{_MEASURE_TIMES})\s?)?(?P<word>"
    + "|".join(re.escape(u) for u in _MEASURE_WORDS if not (u.isascii() and len(u) == 1))
    + rf"))|(?P<tight>(?P<ttimes>{_MEASURE_TIMES})?(?P<tword>"
    + "|".join(re.escape(u) for u in _MEASURE_WORDS if u.isascii() and len(u) == 1)
    + rf")))(?![A-Za-z²³])(?:(?<![가-힣])|(?={_PARTICLE}))"
)
#: a count per a measure, after its 당 ("1만㎡당 1개소", "1,000㎡당 2면"): a rate, no
#: measure (its text whole)
_PER_MEASURE = re.compile(rf"당\s?+(?:{_NUM})\s?+(?:{_COUNT_UNIT})")
#: a unit of Latin letters a measure is per, set tight after its slash ("30km/h", "2m/s"):
#: a speed or a rate, no measure
_PER_LETTERS = re.compile(r"/[A-Za-z]{1,3}+(?![A-Za-z])")
#: a rate's own words for what it is per, a head or a household of one a unit of time
#: ("1인 1일 급수량 455ℓ", "1가구 1월"): no counts
_PER_ONE = re.compile(r"(?<![\d.,])1\s?(?:인|명|가구|세대)당?\s?1\s?(?:일|주|월|년)(?![가-힣])")
#: words that make the amount after them a rate of exchange, won to a unit of another
#: currency ("환율 1,400원 적용", "적용환율 : 1,350원"): a price, no amount of money
EXCHANGE_WORDS: tuple[str, ...] = ("환율",)
_EXCHANGE_BEFORE = re.compile(
    rf"(?:{'|'.join(EXCHANGE_WORDS)})\s{{0,3}}+[:：(（]?\s{{0,3}}+(?:[$＄]\s?1\s?=\s?)?$"
)
#: a figure spaced out a letter at a time, "2 0 2 6   주 요 업 무 보 고" (a cover's year
#: and its title): its last digit and the letter after it no count
_SPACED_DIGIT_BEFORE = re.compile(r"\d\s$")
#: what ends a clause before a rate: a comma or semicolon, a bracket, an item's mark
_CLAUSE_BREAK = re.compile(r"[,;:(){}\[\]○□▪◦·]")
_SENTENCE_END = re.compile(r"[.。!?]\s|[,;:]\s|$")
#: the first figure of a range whose unit is written once, after the second ("3~7백만원",
#: "24~85개월", "10~20%"): it stands just before the second, a tilde between
_RANGE_START = re.compile(
    rf"(?<![\dA-Za-z.{''.join(DECREASE_MARKS)}제])(?<!\d,)(?P<num>{_NUM})\s?[~∼～]\s?$"
)


def _arrow_bounds(text: str, start: int, end: int) -> bool:
    """Whether the arrow closing a rate at ``start:end`` bounds it ("기준중위소득 120%↓",
    "60%↓ 대상": 120% or less) rather than signs a change ("출생아 수 3.2%↓"): a word of a
    threshold in its clause before it or of whom it bounds just after, none of a change."""
    if text[end - 1 : end] not in TRAILING_SIGNS:
        return False
    before = _CLAUSE_BREAK.split(text[max(0, start - 40) : start])[-1]
    after = text[end : end + 8].lstrip(" )")
    if any(w in before or w in after[:4] for w in CHANGE_WORDS):
        return False
    return any(w in before for w in THRESHOLD_WORDS) or after.startswith(THRESHOLD_AFTER)


@dataclass(frozen=True, slots=True)
class Mention:
    """A figure or a date in prose: its kind, text, value and position."""

    kind: MentionKind
    raw: str
    start: int
    end: int
    value: float | None = None
    value_krw: int | None = None
    date_start: date | None = None
    date_end: date | None = None
    precision: str | None = None
    unit: str | None = None
    #: a measure's value in its base unit, exactly, and that unit ("12.5㎢": 12500000, ㎡)
    measure: tuple[Decimal, str] | None = None


class Taken:
    """The spans of ``text`` already read, apart and in order: whether a new one is free
    asks its two neighbours only (a line of ten thousand amounts stays linear)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def free(self, a: int, b: int) -> bool:
        i = bisect_right(self._starts, a)
        if i and self._ends[i - 1] > a:
            return False  # the span that starts at or before ``a`` runs past it
        return i == len(self._starts) or self._starts[i] >= b

    def add(self, a: int, b: int) -> None:
        i = bisect_right(self._starts, a)
        self._starts.insert(i, a)
        self._ends.insert(i, b)


#: the rest of an amount in another currency after its first figure ("3억| 2,500만 달러"),
#: a multiplication after an amount a year ("1,200만원/년 × 10명"): a price per head a year
#: it is multiplied by, no budget's amount
_TIMES = re.compile(r"\s{0,3}+[×xX*]")
#: bounded: a match starts at every amount, and the rest of one is short
_FOREIGN_AFTER = re.compile(
    r"(?:\s{0,3}+[\d,.]{1,12}+\s{0,3}+[억만천]{0,2}+){0,3}+\s{0,3}+(?:"
    + "|".join(FOREIGN_CURRENCIES)
    + r")(?![가-힣])"
)


def _item_mark(text: str, m: re.Match[str]) -> bool:
    """Whether a △ set apart before a count opens an item of a list ("○ 주요내용 : △ 2개
    노선 신설, △ 3개 …"), not a decrease ("전년 대비 △ 2명")."""
    if not m["neg"].endswith(" "):
        return False
    before = text[: m.start()].rstrip()
    return not before or before[-1] in ITEM_LEADS


#: what an item of a list set after: a colon, a comma, its bracket, the line's start
ITEM_LEADS = frozenset(":：,，·(（")


def find_mentions(text: str, year: int | None = None) -> list[Mention]:
    """Amounts (integer won), counts, percentages and dates in ``text``, in order."""
    text = text[:MAX_MENTION_TEXT]
    out: list[Mention] = []
    taken = Taken()
    cursor = 0
    for m in _PER_ONE.finditer(text):
        taken.add(m.start(), m.end())  # ("1인 1일", "1가구 1월": what a rate is per, no figures)
    for span in find_dates(text, year=year, carry=True):
        at = text.find(span.raw, cursor)
        if at < 0:
            continue
        cursor = at + len(span.raw)
        if not taken.free(at, cursor):
            continue
        taken.add(at, cursor)
        out.append(
            Mention("date", span.raw, at, cursor, date_start=span.start, date_end=span.end,
                    precision=span.precision)
        )  # fmt: skip
    for a, b, months in factor_months(text):
        if taken.free(a, b):  # ("500천원 × 12월": twelve months, as "12개월" reads)
            taken.add(a, b)
            out.append(Mention("count", text[a:b], a, b, value=float(months), unit=MONTHS_UNIT))
    for m in _LISTED_MONTH.finditer(text if year is not None else ""):
        # "(3, 6, 9, 12월)": the months before the last, which the grammar reads alone
        listed = find_dates(m[0] + "월", year=year)
        if listed and taken.free(m.start(), m.end()):
            taken.add(m.start(), m.end())
            d = listed[0]
            out.append(Mention("date", m[0], m.start(), m.end(), date_start=d.start,
                               date_end=d.end, precision=d.precision))  # fmt: skip
    for m in _MONEY.finditer(text):
        raw = m[0].strip()
        a = m.start() + (len(m[0]) - len(m[0].lstrip()))
        b = a + len(raw)
        if not raw or not any(ch.isdigit() for ch in raw) or not taken.free(a, b):
            continue
        counted = _COUNT.match(text, a)
        if counted is not None and counted.end() > b:
            continue  # "2억 2,500만명": people, not won
        measured = _MEASURE.match(text, a)
        if measured is not None and measured.end() > b:
            continue  # "1억㎥", "1억 톤": a volume, a weight, not won
        if _FOREIGN_AFTER.match(text, b):
            continue  # "3억 2,500만 달러", "3,400만불": another currency, not won
        won = parse_money(raw.replace("여", ""))
        if won is None:
            continue
        if _EXCHANGE_BEFORE.search(text, max(0, a - 16), a):
            # a rate of exchange, "환율 1,400원 적용": won a dollar, a price
            taken.add(a, b)
            out.append(Mention("text", raw, a, b, value=float(won), unit="원"))
            continue
        per = per_unit_end(text, b, prose=True)
        if per is not None and text[b + 1 : per] in ANNUAL_UNITS and not _TIMES.match(text, per):
            # an amount a year, "1,000백만원/년": a budget's, money as any budget figure is
            taken.add(a, per)
            out.append(Mention("krw", text[a:per], a, per, value=float(won), value_krw=won,
                               unit="원" + text[b:per]))  # fmt: skip
            continue
        if per is not None:
            # a price per a unit of measure, a piece or a head, "138,500원/톤": no amount
            # to add up
            taken.add(a, per)
            out.append(Mention("text", text[a:per], a, per, value=float(won),
                               unit="원" + text[b:per]))  # fmt: skip
            continue
        taken.add(a, b)
        out.append(Mention("krw", raw, a, b, value=float(won), value_krw=won, unit="원"))
    for m in _PERCENT.finditer(text):
        if not taken.free(m.start(), m.end()):
            continue
        # (a △ set apart where an item opens is the item's mark, as before a count)
        start = m.end("neg") if m["neg"] and _item_mark(text, m) else m.start()
        end = m.end() - 1 if _arrow_bounds(text, start, m.end()) else m.end()
        rated = text[start:end]
        if m["pts"]:  # ("12.3%p": its figure read as a percent's)
            cut = m.start("pts") - start
            rated = rated[:cut] + rated[cut + len(m["pts"]) :]  # ("%P", "%포인트" too)
        pct = parse_percent(rated)
        if pct is None:
            continue
        taken.add(start, end)
        out.append(Mention("percent", text[start:end], start, end, value=pct,
                           unit="%p" if m["pts"] else "%"))  # fmt: skip
    for m in _MEASURE.finditer(text):
        a, b = m.start(), m.end()
        if not taken.free(a, b):
            continue
        unit = (m["unit"] or m["tight"]).replace(" ", "")
        if size_class(text, b):
            continue  # ("3t급 지게차", as "3톤급": a class, no figure)
        sign = -1 if m["neg"] else 1
        # (a compound figure whole in the unit's own word: "1만 2,500㎡" 12,500 ㎡, "1,200만
        # 톤" 12,000,000 톤, "1억㎥")
        times = PROSE_MEASURE_MULTIPLIERS.get(m["times"] or m["ttimes"] or "", 1)
        figure = Decimal(m["num"].replace(",", "")) * times
        for part, by in (("eok", 100_000_000), ("man", 10_000)):
            if m[part]:
                figure += Decimal(m[part].replace(",", "")) * by
        # ("260,000㎥/일", "30km/h": the rate's unit whole)
        per = per_unit_end(text, b, prose=True) or (
            lettered.end() if (lettered := _PER_LETTERS.match(text, b)) else None
        )
        if per is None and (rate := _PER_MEASURE.match(text, b)) is not None:
            # ("1만㎡당 1개소": a rate, its text whole, no figure of one unit to add up)
            taken.add(a, rate.end())
            out.append(Mention("text", text[a : rate.end()], a, rate.end()))
            continue
        word = m["word"] or m["tword"]
        # (a size of a thing, "1t 트럭", "암롤트럭(10톤": no measure)
        size = sized(text, a, b)
        measure = to_base(figure, word) if per is None and not size else None
        b = per or b
        taken.add(a, b)
        # (the value in the unit as printed, its 천 or 만 applied as a count's is: "667만㎡"
        # 6,670,000; the measure in its base unit beside it)
        value = sign * float(figure)
        if measure is None:  # (energy, a rate, a size: no measure to add up)
            # (its value in the unit as printed whole, "1,200천㎥/일" 1,200)
            printed = m.start("unit") if m["unit"] else m.start("tight")
            out.append(Mention("text", text[a:b], a, b, value=sign * float(figure / times),
                               unit=text[printed:b].replace(" ", "")))  # fmt: skip
            continue
        measure = (sign * measure[0], measure[1])
        out.append(Mention("measure", text[a:b], a, b, value=value, unit=unit,
                           measure=measure))  # fmt: skip
    for m in _COUNT.finditer(text):
        if not taken.free(m.start(), m.end()):
            continue
        if m["sp"] and len(m["num"]) == 1 and _SPACED_DIGIT_BEFORE.search(
            text, max(0, m.start() - 2), m.start()
        ):
            continue  # ("2 0 2 6   주 요 업 무": a figure spaced out, no count)
        if (bare := _bare_year(text, m, year)) is not None:
            a, b = m.start(), m.start() + len(bare.raw) - 1
            taken.add(a, b)
            out.append(Mention("date", text[a:b], a, b, date_start=bare.start,
                               date_end=bare.end, precision=bare.precision))  # fmt: skip
            continue
        unit = m["unit"]
        if text[m.start("unit") : m.end("unit") + 1] in COUNTER_WORDS:
            continue  # "5교과": a word, not 5 schools
        if village_number(text, m.start("num"), unit):
            continue  # "송정1리", "가온읍 1리~3리": a village's name
        count = parse_count(m["num"] + (unit if unit in _COUNT_UNIT_SET else "개"))
        if count is None:
            continue
        value = float(count.value) * (COUNT_MULTIPLIERS[m["mult"]] if m["mult"] else 1)
        if m["cheon"] or m["baek"]:
            # ("1천2백명": the last figure less than the smallest part before it)
            if value >= (100 if m["baek"] else 1_000):
                continue
            value += int(m["cheon"] or 0) * 1_000 + int(m["baek"] or 0) * 100
        for part, times in (("eok", 100_000_000), ("man", 10_000)):
            if m[part]:  # "2억 2,500만명", "16만4천명": the larger parts before
                value += float(m[part].replace(",", "")) * times
        start = m.start()
        if m["neg"] and _item_mark(text, m):
            start = m.end("neg")  # (the △ an item's mark: the count as it stands)
        elif m["neg"]:
            value = -value
        if (per := per_unit_end(text, m.end(), prose=True)) is not None:
            # a rate, "300톤/일", "2회/월": its unit whole, no count to add up
            taken.add(start, per)
            out.append(Mention("text", text[start:per], start, per, value=value,
                               unit=unit + text[m.end():per]))  # fmt: skip
            continue
        taken.add(start, m.end())
        out.append(Mention("count", text[start : m.end()], start, m.end(), value=value, unit=unit))
    out += [low for m in out if (low := _range_start(text, m, taken, year)) is not None]
    return sorted(out, key=lambda x: x.start)


#: how much of the text after a bare year the date grammar reads with it ("부터")
MAX_WORD = 4
#: what makes a two-digit count of years a year: a word of BARE_YEAR_WORDS after it, or
#: brackets around it alone ("완료(26년)")
_BARE_YEAR_AFTER = re.compile(rf"\s?(?:{'|'.join(BARE_YEAR_WORDS)})(?![가-힣])")


def _bare_year(text: str, m: re.Match[str], year: int | None) -> DateSpan | None:
    """The year a count "NN년" names, written with no quote mark ("24년 대비", "(25년
    신설)", "완료(26년)"), where it is near the report's year: read as if the mark were
    there ("20년부터" as "’20년부터"), its ``raw`` with the mark."""
    if year is None or m["unit"] != "년" or any(m[g] for g in ("eok", "man", "mult", "about")):
        return None
    digits = m["num"]
    if len(digits) != 2 or not digits.isdigit():
        return None
    meant = expand_year(int(digits))
    if abs(meant - year) > BARE_YEAR_NEAR:
        return None
    alone = (
        text[m.start() - 1 : m.start()] == "("
        and text[m.end() : m.end() + 1] == ")"
        and not text[: m.start() - 1].rstrip().endswith(DURATION_WORDS)
    )
    if not alone and not _BARE_YEAR_AFTER.match(text, m.end()):
        return None
    spans = find_dates(QUOTE_MARKS[0] + text[m.start() : m.end() + MAX_WORD], year=year)
    return spans[0] if spans and spans[0].start.year == meant else None


def _range_start(
    text: str, upper: Mention, taken: Taken, year: int | None
) -> Mention | None:
    """The figure that opens a range ending in ``upper`` and shares its unit ("3" of
    "3~7백만원" is 3백만원), if it stands free just before it (not after a sign or 제,
    and not where the unit is a compound of numerals)."""
    if upper.kind == "date":
        return None
    m = _RANGE_START.search(text, max(0, upper.start - 40), upper.start)
    if m is None or not taken.free(m.start(), m.end()):
        return None
    unit = upper.raw.lstrip("0123456789,. ")
    if upper.raw[:1] in DECREASE_MARKS or any(ch.isdigit() for ch in unit):
        return None  # a signed range, or a compound unit ("2~3억5천만원"): no one unit
    found = find_mentions(m["num"] + unit, year)
    if len(found) != 1 or found[0].end != len(m["num"] + unit) or found[0].kind != upper.kind:
        return None
    a, b = m.start("num"), m.end("num")
    taken.add(a, b)
    return replace(found[0], raw=m["num"], start=a, end=b)


def _open_bracket(text: str, start: int, reach: int) -> int | None:
    """Where the bracket that ``start`` stands in opens, within ``reach`` before it."""
    depth = 0
    for i in range(start - 1, max(-1, start - reach - 1), -1):
        if text[i] in ")）":
            depth += 1
        elif text[i] in "(（":
            if depth == 0:
                return i
            depth -= 1
    return None


def sentence_around(text: str, start: int, end: int, reach: int = 40) -> str:
    """The clause of ``text`` around [start, end): from the last break before it to the next;
    a figure in brackets is in the clause the brackets stand in ("대저수문 개선사업(’21.~‘26,
    273억원)": the comma in the brackets is no break)."""
    opened = _open_bracket(text, start, reach)
    if opened is not None:
        start = opened
    near = max(0, start - reach)  # a break further back loses to the reach anyway
    lo = max(text.rfind(", ", near, start), text.rfind(". ", near, start), start - reach)
    lo = 0 if lo < 0 else lo + (2 if text[lo : lo + 2] in (", ", ". ") else 0)
    far = end + reach + 2  # a break further on loses to the reach anyway
    m = _SENTENCE_END.search(text, end, far)
    if m is not None and m[0].startswith(":") and not text[end : m.start()].strip():
        m = _SENTENCE_END.search(text, m.end(), far)  # "’24. 12. : 실무협의": what it dates
    hi = min(m.start() if m else len(text), end + reach)
    return " ".join(text[lo:hi].split())
