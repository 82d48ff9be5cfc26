"""Dated lines that are no step of a project: a note of the day a statute takes effect
(:func:`dates_a_statute`), of a year's figure (:func:`year_figure_note`), and a series of
counts by year, an arrow between each (:func:`figures_by_year`).  :mod:`extract.parse.schedules`
passes them over.
"""

from __future__ import annotations

from itertools import pairwise

import regex

from extract.layout.markers import read_marker
from extract.normalize import find_dates
from extract.normalize.dates import DateSpan
from extract.normalize.vocab import COUNT_UNITS, UNITS
from extract.parse.clauses import CHAIN_ARROWS
from extract.parse.project_facts import prep_date
from extract.parse.steps import (
    FIGURE_END,
    PAREN_END,
    does_something,
)
from extract.parse.text import collapse, split_marker, squash

#: the arrows of a chain of steps ("’26. 2. 공고 → 4. 선정 → 5.~12. 지원")
CHAIN_ARROW = regex.compile(rf"(?:(?<!\s)\s++)?[{CHAIN_ARROWS}]\s*+")  # (from where spaces start)

#: how the name of a statute the state makes ends, quoted in 「」 ("「… 통합지원에 관한
#: 법률」", "「건축법 시행령」"): its taking effect is no step of a project
STATUTE_ENDINGS: tuple[str, ...] = ("법", "법률", "시행령", "시행규칙")
#: ... but not a body's own ordinance and its rules, which a project may make ("「도담구 …
#: 조례 시행규칙」")
OWN_RULE_WORDS: tuple[str, ...] = ("조례",)
#: the words of a statute's taking effect ("시행", "공포", "발효"; "개정 시행")
STATUTE_EFFECT_WORDS: tuple[str, ...] = ("시행", "공포", "발효")
#: a quoted statute and the word after it ("「…법률」 시행")
_QUOTED_STATUTE = regex.compile(r"^「(?P<name>[^「」]++)」\s*+(?:개정\s*+)?+(?P<word>\p{Hangul}++)")

#: counters that number a thing among its kind, not count it ("1단계", "2차", "1권역", "3지구",
#: "2공구", "1기"): a chain of them by year is phased work, its steps ("’25년 1단계 사업 →
#: ’26년 2단계 사업"), never a count by year
ORDINAL_COUNTERS: tuple[str, ...] = ("차", "단계", "권역", "지구", "공구", "기")
#: ... of which those that count things too ("120기" of chargers): ordinal only where a
#: chain runs on one by one ("’25년 1기 → ’26년 2기"), a count where it grows otherwise
COUNTING_ORDINALS: tuple[str, ...] = ("기",)
#: the words after a number that say how much of a thing there is, besides money and count
#: units: a rank, a multiple, a grade, a share's points, power ("4위", "1.5배", "2등급",
#: "35%p", "200MW")
FIGURE_WORDS: tuple[str, ...] = (
    "위", "배", "등급", "%p", "MW", "kW", "GW", "㎿", "㎾", "MWh", "kWh", "GWh", "TWh",
)  # fmt: skip
#: the counter that names no thing, the thing counted in the word after it ("152개 구간")
BARE_COUNTER = "개"
#: a count alone and what it counts, if it names none ("152개 구간", "80교", "6,812명", "3만명",
#: "1,500톤/일", "4위", a number bare; not "1단계", "1권역", "5개소 확대", "3개 노선 운행"): a
#: count unit, after a numeral's multipliers if any ("3만5천명", "1조 2천억원", "3만 명") and
#: per another if any, no letter after it
_COUNT_ALONE = regex.compile(
    r"^(?P<number>\d[\d,.]*+)(?:\s*+[만천억조]\s*+\d[\d,.]*+)*+\s*+[만천억조]?+\s*+(?P<unit>"
    + "|".join(map(regex.escape, sorted(
        {*COUNT_UNITS, *UNITS, *FIGURE_WORDS, *COUNTING_ORDINALS, "억원", "억", "조원", "%"}
        - (set(ORDINAL_COUNTERS) - set(COUNTING_ORDINALS)),
        key=len, reverse=True)))
    + r")?+(?:/\p{L}++)?+(?!\S)(?:\s++(?P<noun>\S++))?+\s*+$"
)  # fmt: skip


def dates_a_statute(text: str, year: int | None) -> bool:
    """A note whose one date is the day a statute the state makes takes effect ("※ 「…
    통합지원에 관한 법률」 시행(’26. 3. 27.)", "* ’26. 7. 1. 「건축법 시행령」 개정 시행"): the
    law's date, the plan's background, no step of its work (not "* ’28.12. : 준공", nor
    the body's own ordinance, "※ 「도담구 돌봄 조례」 시행(’26. 7.)").

    >>> dates_a_statute("※ 「지역 돌봄의 통합지원에 관한 법률」 시행(’26. 3. 27.)", 2026)
    True
    >>> dates_a_statute("* ’28.12. : 준공", 2026)
    False
    >>> dates_a_statute("※ 「가온구 돌봄 조례」 시행(’26. 7.)", 2026)
    False
    """
    one = _one_date(text, year)
    if one is None:
        return False
    # (the words without the date and the colon or brackets it stands in)
    words = regex.sub(r"^[\s:：,]++", "", one[0])
    m = _QUOTED_STATUTE.match(words)
    if m is None:
        return False
    name = squash(m["name"])
    return (
        name.endswith(STATUTE_ENDINGS)
        and not any(w in name for w in OWN_RULE_WORDS)
        and m["word"].startswith(STATUTE_EFFECT_WORDS)
    )


def _one_date(text: str, year: int | None) -> tuple[str, DateSpan] | None:
    """A line's words with its one date blanked out, and that date; None unless the line
    (its marker aside) holds exactly one date."""
    line = prep_date(split_marker(collapse(text))[1])
    found = find_dates(line, year=year)
    if len(found) != 1:
        return None
    return line.replace(found[0].raw, " ", 1), found[0]


def year_figure_note(text: str, year: int | None) -> bool:
    """A note of a year's figure: dated by the year alone, its words (the bracket closing
    them aside) ending in a count and saying nothing done ("※ ’25년 고령 보행자 교통사고
    사망자 18명 (전체 보행 사망자의 56%)"): a statistic beside the plan, no step of it
    (not "* ’28.12. : 준공", nor "※ ’26년 3개소 추가 설치").

    >>> year_figure_note("※ ’25년 고령 보행자 교통사고 사망자 18명 (전체 보행 사망자의 56%)", 2026)
    True
    >>> year_figure_note("※ ’26년 3개소 추가 설치", 2026)
    False
    """
    one = _one_date(text, year)
    if one is None or one[1].precision != "year":
        return False
    words = one[0]
    if (m := PAREN_END.search(words)) is not None:
        words = words[: m.start()]
    figure = FIGURE_END.search(words)
    if figure is None or figure[0].strip().lstrip("0123456789,. ") in ORDINAL_COUNTERS:
        return False  # (no count: "… 2차" numbers a round)
    return not does_something(words[: figure.start()])


def figures_by_year(text: str, year: int | None) -> bool:
    """A series of counts by year, an arrow between each year and its count, nothing else
    ("안심귀갓길 누적 조성 : ’25년 152개 구간 → ’26년 182개 구간", "(’25년) 80교 → (’26년)
    120교"): how a count stands or grows, no step. Phases numbered by year ("’25년 1단계
    사업 → ’26년 2단계 사업", "’26년 1권역 → ’27년 2권역") and a piece that says what is
    done ("’25년 3개소 → ’26년 5개소 확대 조성", "… → ’27년 3개 노선 운행") are steps.

    >>> figures_by_year("누적 조성 : ’25년 152개 구간 → ’26년 182개 구간", 2026)
    True
    >>> figures_by_year("’25년 1단계 준공 → ’26년 2단계 착공", 2026)
    False
    >>> figures_by_year("’25년 1단계 → ’26년 2단계 → ’27년 3단계", 2026)
    False
    >>> figures_by_year("’26년 10개교 → ’27년 20개교 시범운영", 2026)
    False
    """
    pieces = CHAIN_ARROW.split(split_marker(collapse(text))[1])
    if len(pieces) < 2:
        return False
    # (the first after its label: "누적 조성 : ’25년 …")
    pieces[0] = regex.split(r"[:：]", pieces[0])[-1]
    counts = [_year_count(p, year) for p in pieces]
    if not all(counts):
        return False
    # (a chain one by one of a counter that also orders, "’25년 1기 → ’26년 2기", is phases)
    units = {c["unit"] for c in counts if c is not None}
    numbers = [c["number"] for c in counts if c is not None]
    return not (
        units <= set(COUNTING_ORDINALS)
        and all(n.isdigit() for n in numbers)
        and all(int(b) == int(a) + 1 for a, b in pairwise(numbers))
    )


def _year_count(piece: str, year: int | None) -> regex.Match[str] | None:
    """Whether a piece opens with a year alone, bare or in its bracket, and then gives a
    count and nothing more, a bracket after it aside ("’25년 152개 구간", "(’25년) 80교",
    "’26년 182개 구간(누적)"; not "’25년 1단계 사업", "’26년 5개소 확대 조성"): the
    count's match, else None."""
    text = prep_date(piece).strip()
    found = find_dates(text, year=year)
    if not found or found[0].precision != "year":
        return None
    at = text.find(found[0].raw)
    if text[:at].strip() not in ("", "(", "（"):
        return None
    rest = text[at + len(found[0].raw) :].lstrip(" )）")
    if (m := PAREN_END.search(rest)) is not None:
        rest = rest[: m.start()]
    count = _COUNT_ALONE.match(rest.strip())
    if count is None:
        return None
    # (a word after the count only names what a bare 개 counts: "152개 구간", not "3개소 확대")
    noun = count["noun"]
    if noun is None or (count["unit"] == BARE_COUNTER and not does_something(noun)):
        return count
    return None


def statute_note(text: str, year: int | None) -> bool:
    """A line marked as a note (※, *) that dates a statute's taking effect
    (:func:`dates_a_statute`): no step, read line by line as in the outline."""
    if "「" not in text:
        return False  # (most lines: no statute quoted)
    marked = read_marker(collapse(text))
    return marked is not None and marked[0].is_note and dates_a_statute(text, year)


def figure_note(text: str, year: int | None) -> bool:
    """A line marked as a note (※, *) of a year's figure (:func:`year_figure_note`): no
    step, read line by line as in the outline."""
    marked = read_marker(collapse(text))
    return marked is not None and marked[0].is_note and year_figure_note(text, year)
