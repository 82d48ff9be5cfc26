"""What a plan's text states about a project: its period, its cost and who pays.

The facts are written in a few forms, whatever the report:

* a labelled line: "사업기간 : 2022년~2028년", "(사 업 비) 108억원(공사비 105, 설계비 3)",
  "사업기간 및 총사업비 : 2022년~2028년 / 2,900억원", "(규모/기간) 994만㎡ / '21.~'32.",
  and a list of them after one label: "(기본개요) 사업기간(’24.3~’25.6.), 사업비 10억원";
* a tail after the title: "국어 말뭉치 확대 구축(3,180백만원)",
  "캠퍼스 혁신파크 조성▹’23.~’30., 총530억원", "... 개발(’24.10.~‘25.8. 10억원)";
* a cost followed by who pays: "35억원(국비 18, 시비 6, 민자 11)", "4,834억원(국비)".

:func:`labelled` splits a line into (label, value) pairs, :func:`label_kind` says
what a label is about (period, cost, division, a field), :func:`read_cost` and
:func:`read_period` read a value; a title's tail is read in :mod:`extract.parse.tails`.
Nothing here knows a report: the words are the genre's (see the vocabularies below).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from extract.layout.vocab import BOUND_WORDS
from extract.normalize import DateSpan, find_dates, parse_date, parse_money, parse_percent
from extract.normalize.vocab import NOUN_PARTICLES, QUOTE_CLASS, YEAR_WORDS
from extract.normalize.when import bare_year_date
from extract.parse.budget_table import is_unit_name
from extract.parse.text import collapse, squash

# --- vocabulary --------------------------------------------------------------------------

#: a year given to the date grammar only to ask whether text holds a date at all (the
#: dates found are not kept, so which year does not matter)
ANY_YEAR = 2000

#: a label ending in one of these names a period (사업기간, 공사기간, 일자, 행사일시)
PERIOD_ENDINGS: tuple[str, ...] = ("기간", "일자", "일시", "기한", "시기", "시행일")
#: a label ending in 비 (사업비, 총사업비, 보상비, 공사비) or holding one of these names a cost
COST_WORDS: tuple[str, ...] = ("예산", "총액", "소요액", "투자액")
#: a label ends with one, or with one and 액 or a bracket ("예산액", "소요예산(안)"): a name
#: that holds one is no label ("개인예산제 시범사업", "주민참여예산위원회", "예산서")
_COST_LABEL = regex.compile(
    "(?:" + "|".join(COST_WORDS) + r")액?+(?:[(（][^()（）]*+[)）])?+$"
)
#: the year a label opens with ("’26년 사업비", "2026년도 예산")
_LABEL_YEAR = regex.compile(rf"^{QUOTE_CLASS}?(?:\d{{4}}|\d{{2}})년도?")
#: labels that are a cost when the value holds an amount ("건립규모 : 7개소 324.76억")
COST_IF_AMOUNT_ENDINGS: tuple[str, ...] = ("규모",)
#: a tail's amount may be led by one of these words ("총530억원", "약 2.5조 원")
AMOUNT_LEADS: tuple[str, ...] = ("총", "약", "연", "총액")
#: words of a span an amount is for, before it ("연간 10억원", "매년 5억원")
SPAN_LEADS: tuple[str, ...] = ("연간", "매년", "년간", "연")
#: labels that name the responsible division
DIVISION_LABELS: frozenset[str] = frozenset(
    {"담당부서", "담당", "담당과", "소관부서", "주관부서", "소관", "주관"}
)
#: labels kept as the project's fields (report.json) wherever they stand
FIELD_LABELS: frozenset[str] = frozenset(
    {
        "사업량", "규모", "위치", "사업내용", "사업위치", "사업규모", "사업대상", "대상", "장소",
        "수행기관", "주요내용", "추진근거", "사업목적", "시설규모", "부지면적", "사업방식", "방식",
        "운영기관", "사업량및규모", "내용", "행사명", "사업명", "주최", "주관기관", "참가규모",
    }
)  # fmt: skip
#: words that name who pays (국비, 시비, 기금, ...): a parenthesis after a cost is its
#: funding when one of its parts is one of these (or a fund, "...기금")
FUNDING_SOURCES: frozenset[str] = frozenset(
    {
        "국", "국비", "국고", "국고보조금", "시", "시비", "도", "도비", "구", "구비", "군", "군비",
        "기금", "민자", "민간", "민간자본", "자부담", "지방비", "교부세", "특교", "특별교부세",
        "보조금", "구군비", "시군비", "구군", "시군", "교부금", "특별교부금", "보통교부금",
    }
)  # fmt: skip
#: endings of a source that is a fund or the body's own money ("공사 자체", "자체재원")
OWN_FUNDS: tuple[str, ...] = ("기금", "자체", "자체재원", "자체예산", "자체자금", "자체사업비")
#: a source printed as one syllable ("국 30%", "시5") -> the word the others print, so
#: that every report's funding stacks under one name
SOURCE_NAMES: dict[str, str] = {
    "국": "국비", "시": "시비", "도": "도비", "구": "구비", "군": "군비",
    "구군": "구군비", "시군": "시군비",  # ("구·군", "구군": middle dots aside)
}  # fmt: skip
#: what may follow a cost in its value: its sources in a bracket, or nothing
_BRACKET_ONLY = regex.compile(r"\s*+(?:[(（][^()（）]*+[)）])?+\s*+")
#: labels of a project's whole cost, which may stand before its amount with no colon
WHOLE_COST_LABELS: frozenset[str] = frozenset(
    {"총사업비", "사업비", "총예산", "소요예산", "총소요예산", "총투자비"}
)
#: words that say the amount after them is a total of a list of amounts
TOTAL_COST_WORDS: tuple[str, ...] = ("총사업비", "총액", "총", "합계", "총계")
#: marks between the steps of a change ("559억원→ 683억원")
CHANGE_MARKS: frozenset[str] = frozenset("→⇒➡")
#: words of a clause that make its amount a target or a cap ("세입 목표액", "한도액")
TARGET_WORDS: tuple[str, ...] = ("목표액", "한도액", "상한액", "기준금액")
#: words right before an amount (a source between them aside) that make it a cap: "최대
#: 국비 5억 지원" is up to 5억, not what it costs ("국내 최대 규모 … 500억원" is a cost)
CAP_WORDS: tuple[str, ...] = ("최대", "최고")
#: "전액시비" is the whole cost from one source
WHOLE_WORDS: tuple[str, ...] = ("전액", "全額")
#: longest label (squashed) of a labelled line
MAX_LABEL = 14

# --- dates --------------------------------------------------------------------------------

_QUOTES = str.maketrans(
    {"ˊ": "’", "´": "’", "′": "’", "`": "’", "月": "월", "日": "일", "年": "년"}
)
#: "7~10월" -> "7월~10월" (the month word written once for both ends)
_MONTH_RANGE = regex.compile(r"(?<![\d.])(\d{1,2})\s*([~∼～\-])\s*(\d{1,2})\s*월")
#: "’25.上" -> "’25. 상반기" (possessive spaces: linear on a long run of them)
#: a word for a part of the year spaced out letter by letter as a label before its colon
#: ("연    중 : 이웃지킴이 운영", "상 반 기 : 점검")
_SPACED_YEAR_WORD = regex.compile(
    r"(?<!\p{Hangul})(?P<word>"
    + "|".join(r"\s++".join(w) for w in (*YEAR_WORDS, "상반기", "하반기"))
    + r")(?=\s*+[:：])"
)
_HALF = regex.compile(r"(" + QUOTE_CLASS + r"\s*+\d{2}|\d{4})\s*+[.년]?\s*+([上下])")
#: "’25. 상." / "’30. 하": a half in Hangul, a word of its own after the year's full stop
_HALF_HANGUL = regex.compile(
    r"(" + QUOTE_CLASS + r"\s*+\d{2}|\d{4})\s*+[.년]\s*+([상하])(?![\p{Hangul}·/])\.?"
)
_HALVES = {"上": "상반기", "下": "하반기", "상": "상반기", "하": "하반기"}
#: a year just before a part of the year ("2026년 하반기"), and days that name their year
_YEAR_BEFORE = regex.compile(r"\d\s*+[.년]\s*+$")
_YEARED_DAYS = regex.compile(QUOTE_CLASS + r"|\d{4}")
#: a part of the year with its exact days in brackets after it ("상반기(4.1.~6.30.)"):
#: the days are the date
_PART_THEN_DAYS = regex.compile(
    r"(?:[상하]반기|[1-4]\s*+/?\s*+4?\s*+분기|연중)\s*+[(（](?P<days>[^()（）]{1,30})[)）]"
)


def prep_date(text: str) -> str:
    """Spell out the date forms the normalizer does not read.

    >>> prep_date("(8~10월)"), prep_date("’25.下"), prep_date("ˊ25.~ˊ32."), prep_date("’25.1月")
    ('(8월~10월)', '’25. 하반기', '’25.~’32.', '’25.1월')
    >>> prep_date("’25. 상. 투자심사"), prep_date("’30. 하"), prep_date("2025년 상·하수도")
    ('’25. 상반기 투자심사', '’30. 하반기', '2025년 상·하수도')
    >>> prep_date("상반기(4.1.~6.30.)"), prep_date("상반기(예정)"), prep_date("연    중 : 운영")
    ('4.1.~6.30.', '상반기(예정)', '연중 : 운영')
    """
    t = text.translate(_QUOTES)
    t = _SPACED_YEAR_WORD.sub(lambda m: "".join(m["word"].split()), t)
    t = _MONTH_RANGE.sub(lambda m: f"{m[1]}월{m[2]}{m[3]}월", t)
    t = _HALF.sub(lambda m: f"{m[1]}. {_HALVES[m[2]]}", t)
    t = _HALF_HANGUL.sub(lambda m: f"{m[1]}. {_HALVES[m[2]]}", t)
    return str(_PART_THEN_DAYS.sub(_days_of_part, t))


def _days_of_part(m: regex.Match[str]) -> str:
    """ "상반기(4.1.~6.30.)" -> "4.1.~6.30." where the brackets hold days of the report's
    year (not after a year of its own: "2026년 하반기(9.1.~12.31.)" stays a half)."""
    days = m["days"].strip()
    found = find_dates(days, year=ANY_YEAR)
    if _YEAR_BEFORE.search(m.string[: m.start()]) or _YEARED_DAYS.match(days):
        return str(m[0])
    whole = found and found[0].raw == days and found[0].precision in ("day", "month")
    return days if whole else str(m[0])


def read_period(value: str, year: int | None) -> DateSpan | None:
    """The first date expression of a value ("7년(ˊ25.~ˊ32.)" -> ’25.~’32.; a period's
    years with their quote marks left out too: "20. 7. ~ 28. 4."; words in brackets after
    its days aside: "10.24.(유엔의 날) ~ 11.11.(턴투워드부산)").

    >>> read_period("매년 10.24.(유엔의 날) ~ 11.11.(턴투워드부산), 19일간", 2025).raw
    '10.24. ~ 11.11.'
    """
    t = prep_date(value)
    whole = parse_date(t, year=year) or bare_year_date(t, year)
    if whole is not None:
        return whole
    found = find_dates(t, year=year)
    if not found and _ASIDE.search(t):  # ("매년 10.24.(유엔의 날) ~ 11.11.(턴투워드부산)")
        found = find_dates(_ASIDE.sub("", t), year=year)
    return found[0] if found else None


#: a bracket of words, no figure, set after a date: what the day is ("10.24.(유엔의 날)")
_ASIDE = regex.compile(r"[(（][^()（）\d]{1,20}[)）]")


# --- amounts ------------------------------------------------------------------------------

# The quantifiers are possessive where giving a character back can never let the rest
# match (a figure is followed by no digit, a run of spaces by no space), and a match
# starts only where a figure or a run of spaces starts: a search is linear on long runs.
_NUM = r"\d[\d,]*+(?:\.\d++)?+"
_UNIT = (
    r"(?:조\s*+(?:" + _NUM + r"\s*+억\s*+원?|원)"
    # (조 alone ends a word: "5:5 조건" is no 5조)
    r"|조(?:(?![가-힣])|(?=[" + "".join(NOUN_PARTICLES) + r"]))"
    r"|억\s*+원?|천만\s*+원|백만\s*+원|만\s*+원|천\s*+원|원)"
)
#: "총 13억원", "324.76억", "1조 2,000억원": a figure starts at the first digit of a number
_MONEY = regex.compile(
    r"(?P<lead>(?:" + "|".join(AMOUNT_LEADS) + r")\s*+)?"
    r"(?P<fig>(?<!제)\d(?<!\d,*\d)" + _NUM.removeprefix(r"\d") + r"\s*+" + _UNIT + ")"
)
#: the unit word an amount ends with ("13억원" -> 억, "5 원" -> None); without a unit word
#: the match starts where the trailing spaces start (or at the very end)
_UNIT_OF = regex.compile(r"(?:(조|억|천만|백만|만|천)|(?<!\s)|\Z)\s*+원?\s*+$")
#: a share of a funding parenthesis: "국비 18", "시비 9.5억원", "전액시비"; the source never
#: ends in a space (unless it is the first character)
_PART = regex.compile(
    r"^(?P<src>[^\d△]+?)(?:(?<!\s)|(?<=^\s))\s*+(?P<amt>" + _NUM + r"\s*+(?:%|" + _UNIT + r")?)?"
    r"\s*+$"
)


#: how far before an amount its clause is read for a change or a target: a line of a
#: thousand amounts and no comma is read in linear time
CLAUSE_REACH = 200
#: the longest parenthesis read as what a cost is made of: one left open is not read to
#: the end of the line at every amount
PAREN_REACH = 200


#: the commas between shares, not a thousands comma inside one ("국비 1,520, 시비 1,520")
_SHARES_SPLIT = regex.compile(
    r"(?<!\s)\s*+[,，](?!\d{3}(?!\d))\s*+"
    r"|(?<=[\d%원])\s*+/\s*+(?=\p{Hangul})"  # ("국 1,050 / 시 1,050")
)


@dataclass(frozen=True, slots=True)
class Share:
    """One source of a cost as printed: 국비 18 (억원)."""

    source: str
    amount_krw: int | None
    raw: str


@dataclass(frozen=True, slots=True)
class Cost:
    """An amount as printed, in won, with the unit it is written in and who pays it."""

    raw: str
    krw: int
    unit: str
    funding: tuple[Share, ...] = ()


def _unit_word(fig: str) -> str:
    m = _UNIT_OF.search(fig.replace(" ", ""))
    word = m[1] if m and m[1] else ""
    return f"{word}원"


def _paren_after(text: str, end: int) -> str | None:
    """The parenthesized text right after position ``end`` (nested parentheses allowed)."""
    i = end
    while i < len(text) and text[i] == " ":
        i += 1
    if i >= len(text) or text[i] not in "(（":
        return None
    depth = 0
    for j in range(i, min(len(text), i + PAREN_REACH)):
        if text[j] in "(（":
            depth += 1
        elif text[j] in ")）":
            depth -= 1
            if depth == 0:
                return text[i + 1 : j]
    return None


#: two sources and the proportion they pay in ("국비:지방비 7:3 조건", "국비:시비 5:5 매칭")
_RATIO = regex.compile(
    r"^(?P<a>[\p{Hangul}]{1,6}+)\s*+[:：]\s*+(?P<b>[\p{Hangul}]{1,6}+)\s*+"
    r"(?P<x>\d{1,3}+(?:\.\d)?+)\s*+[:：]\s*+(?P<y>\d{1,3}+(?:\.\d)?+)\s*+(?:조건|매칭|비율|부담)?+$"
)


#: a space after a share's amount, before the next share's source ("국비 20,550 도비 47,950")
_SHARE_GAP = regex.compile(r"(?<=[\d%원])\s++(?=\p{Hangul})")


def _spaced(part: str) -> list[str]:
    """The shares a part lists with no comma between them ("국비 20,550 도비 47,950"):
    each a known source and its amount; else the part whole."""
    pieces: list[str] = _SHARE_GAP.split(part)
    if len(pieces) < 2:
        return [part]
    for piece in pieces:
        m = _PART.match(piece)
        if m is None or not m["amt"] or not _is_source(source_name(collapse(m["src"]))):
            return [part]
    return pieces


def read_funding(paren: str, total: int, unit: str) -> tuple[Share, ...]:
    """The funding a parenthesis after a cost states, or () if it is something else.

    >>> [(s.source, s.amount_krw) for s in read_funding("국비 18, 시비 6, 민자 11", 0, "억원")]
    [('국비', 1800000000), ('시비', 600000000), ('민자', 1100000000)]
    >>> read_funding("공사비 105, 설계비 3", 108, "억원")
    ()
    >>> [(s.source, s.amount_krw) for s in read_funding("국비 1,520, 시비 1,520", 0, "억원")]
    [('국비', 152000000000), ('시비', 152000000000)]
    >>> [(s.source, s.amount_krw) for s in read_funding("전액시비", 5, "억원")]
    [('시비', 5)]
    >>> [(s.source, s.amount_krw) for s in read_funding("국비:지방비 7:3 조건", 30, "억")]
    [('국비', 21), ('지방비', 9)]
    >>> [(s.source, s.amount_krw) for s in read_funding("국 30%, 시 70%", 214, "억원")]
    [('국비', 64), ('시비', 150)]
    >>> [(s.source, s.amount_krw) for s in read_funding("공사 자체 32", 0, "억원")]
    [('공사 자체', 3200000000)]
    >>> [(s.source, s.amount_krw) for s in read_funding("국비 1,380 도비 3,480", 0, "백만원")]
    [('국비', 1380000000), ('도비', 3480000000)]
    >>> [(s.source, s.amount_krw) for s in read_funding("국 450 / 도 720 / 시 1,720", 0, "백만원")]
    [('국비', 450000000), ('도비', 720000000), ('시비', 1720000000)]
    """
    ratio = _RATIO.match(paren.strip())
    if ratio is not None and total:
        # "(국비:지방비 7:3 조건)": the sources share the cost in that proportion
        a, b = source_name(ratio["a"]), source_name(ratio["b"])
        x, y = float(ratio["x"]), float(ratio["y"])
        if _is_source(a) and _is_source(b) and x + y > 0:
            first = round(total * x / (x + y))
            return (Share(a, first, paren.strip()), Share(b, total - first, paren.strip()))
    parts = [q for p in _SHARES_SPLIT.split(paren.strip()) if p.strip() for q in _spaced(p.strip())]
    named = [p for p in parts if _is_source(source_name(collapse(p)))]
    # (the others name no source at all: "(시비, 국비 확보 추진)" is no one source's)
    others = [p for p in parts if p not in named]
    if (
        len(parts) > 1 and len(named) == 1 and not regex.search(r"\d", paren)
        and not any(w in squash(p) for p in others for w in FUNDING_SOURCES if len(w) > 1)
    ):  # fmt: skip
        # one source beside what the money is ("시비, 공기관위탁사업비"): it pays it all
        return (Share(source_name(collapse(named[0])), total, named[0]),)
    shares: list[Share] = []
    for part in parts:
        m = _PART.match(part)
        if m is None:
            return ()
        src = source_name(collapse(m["src"]).strip(" :"))
        amt = m["amt"]
        for word in WHOLE_WORDS:
            if src.startswith(word) and len(parts) == 1 and not amt:
                src, amt = src[len(word) :].strip(), None
                shares.append(Share(src, total, part))
                break
        else:
            if not amt:
                if len(parts) > 1:
                    return ()
                shares.append(Share(src, total, part))
                continue
            if amt.strip().endswith("%"):
                # a share of the cost ("국 30%"): that part of it, where the cost is known
                pct = parse_percent(amt)
                part_krw = round(total * pct / 100) if total and pct is not None else None
                shares.append(Share(src, part_krw, part))
                continue
            value = parse_money(amt) if _UNIT_OF.search(amt) and amt[-1] in "원억조" else None
            if value is None:
                value = parse_money(amt.strip(), unit=unit)
            shares.append(Share(src, value, part))
    if not shares or not any(_is_source(s.source) for s in shares):
        return ()
    return tuple(shares)


def source_name(word: str) -> str:
    """The name a funding source stacks under: its footnote mark dropped ("민자*"), a
    one-syllable source spelt out ("국" -> "국비"), the districts together as one word ("구·군"
    -> "구군비")."""
    word = word.rstrip("*※＊¹²³ ")
    return SOURCE_NAMES.get(squash(word), word)


def _is_source(word: str) -> bool:
    key = squash(word)
    return key in FUNDING_SOURCES or key.endswith(OWN_FUNDS)


def period_and_cost(period: DateSpan | None, cost: Cost | None) -> dict[str, Any]:
    """A project record's period and cost fields (empty where the project states none)."""
    return {
        "period_raw": period.raw if period else None,
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "cost_raw": cost.raw if cost else None,
        "cost_krw": cost.krw if cost else None,
    }


#: a value that opens with a figure and no unit of its own ("620 (시 620)")
_BARE_FIGURE = regex.compile(r"^\s*+[\d,.]++(?![\d,.]|\s*+[가-힣%])")


def with_unit(value: str, unit: str) -> str:
    """A value whose unit a header or label gives ("사업비(백만원)" over "620 (시 620)") with
    that unit after its first figure, where it has none of its own: "620백만원 (시 620)"."""
    m = _BARE_FIGURE.match(value)
    return f"{m[0].strip()}{unit}{value[m.end():]}" if m else value


def read_cost(value: str) -> Cost | None:
    """The first amount of a value stated as a total, else its first amount, with the
    funding in the parenthesis after it.

    >>> c = read_cost("총 13억원(시비 9.5억원, 기타 3.5억원)")
    >>> c.raw, c.krw, [(s.source, s.amount_krw) for s in c.funding]
    ('총 13억원', 1300000000, [('시비', 950000000), ('기타', 350000000)])
    >>> read_cost("7개소 324.76억(국 100,시 50,구 174.76)").krw
    32476000000
    >>> read_cost("연 2회") is None
    True
    """
    found: list[Cost] = []
    passed = 0  # the end of an amount that is no cost, with the bracket that details it
    for m in _MONEY.finditer(value):
        if m.start() < passed:
            continue  # "최대 국비 6억 지원(지방비 0.5억 매칭 조건)": the cap's match, no cost
        krw = parse_money(m["fig"].replace(" ", ""))
        if krw is None:
            continue
        if _no_cost(value, m.start(), m.end()):
            passed = _detail_end(value, m.end())
            continue
        unit = _unit_word(m["fig"])
        paren = _paren_after(value, m.end())
        funding = read_funding(paren, krw, unit) if paren else ()
        cost = Cost(collapse(m[0]), krw, unit, funding)
        if _is_total(value, m.start(), cost):
            return cost  # "(’23년) 45.7억원 / (’23년~’27년) 총 사업비 205.4억원": the total
        found.append(cost)
    return found[0] if found else None


#: the words an amount and the bracket that details it may stand apart by ("6억 지원(")
_DETAIL = regex.compile(r"[^\d,，()（）]{0,8}+[(（]")


def _detail_end(value: str, end: int) -> int:
    """Where the bracket that details the amount ending at ``end`` closes, the amount
    and the bracket a few words apart at most ("최대 국비 6억 지원(지방비 0.5억 매칭)");
    ``end`` where no bracket follows."""
    m = _DETAIL.match(value, end)
    inner = _paren_after(value, m.end() - 1) if m else None
    return m.end() + len(inner) if m and inner is not None else end


#: an amount compared with the next ("(115천원)〈 수소"): a comparison, not costs (a
#: bracket after a word is a title's quote: "<우리말샘>")
COMPARED = regex.compile(
    r"(?<![\d,.])\d[\d,.]*+\s*+(?:천|만|백만|천만|억|조)?+\s*+원[)）]?+\s*+[〈〉<>]"
)


def _no_cost(value: str, start: int, end: int) -> bool:
    """Whether an amount is a bound, a target or a step of a change rather than what
    something costs: "1억원 초과", "세입 목표액 … 5조 3,581억원", "(’24년)798억원→
    (’25년)1,289억원", "수소 (129천원)〈 CNG (181천원)"."""
    after = value[end:].lstrip(" )）")
    if after.startswith(BOUND_WORDS) or after[:1] in CHANGE_MARKS or COMPARED.match(value, start):
        return True  # "1억원 초과", "798억원→", "(115천원)〈 수소
    # (a change's or a comparison's last step: a mark since the comma before it)
    before = value[max(0, start - CLAUSE_REACH) : start]
    since = regex.split(r"[,，]", before)[-1]
    if any(ch in CHANGE_MARKS for ch in since) or COMPARED.search(since):
        return True
    clause = regex.split(r"[,，(（]", before)[-1]
    return any(w in squash(clause) for w in TARGET_WORDS) or _capped(clause)


def _capped(clause: str) -> bool:
    """Whether the words right before an amount make it a cap: "최대", "최대 국비",
    "4년간 최대 국비" (a duration before the cap aside)."""
    words = regex.findall(r"[\p{Hangul}]+", clause)
    while words and _is_source(words[-1]):
        words.pop()
    return bool(words) and words[-1] in CAP_WORDS


def _is_total(value: str, start: int, cost: Cost) -> bool:
    """Whether an amount is stated as a total: "총 13억원", "총 사업비 205.4억원"."""
    before = squash(value[max(0, start - 8) : start])
    return cost.raw.startswith("총") or before.endswith(TOTAL_COST_WORDS)


# --- labels -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Labelled:
    """A label and its value as printed ("사 업 비", "108억원(공사비 105, 설계비 3)")."""

    label: str
    value: str

    @property
    def key(self) -> str:
        return squash(self.label)


_PAREN_LABEL = regex.compile(r"^[(（](?P<label>[^()（）\d]{1,20})[)）]\s*(?P<value>.*)$")
#: (a label may open with the year it is of: "’26년 사업비 : 2,100백만원 (국 1,050, …)")
_COLON_LABEL = regex.compile(
    rf"^(?P<label>(?:{QUOTE_CLASS}?\d{{2,4}}년도?\s{{0,2}})?[^\d:：()（）]{{1,20}}?)"
    r"\s*[:：]\s*(?P<value>.+)$"
)
_INLINE = regex.compile(
    r"^(?P<label>[\p{Hangul}\s]{2,12}?)\s*(?:[(（](?P<pv>.+)[)）]|\s(?P<v>.+))$"
)
#: what joins two labels ("사업기간 / 사업비", "기간 및 예산"); spaces before it are taken
#: from where they start only (linear on a long run of spaces)
_LABEL_SPLIT = regex.compile(r"(?:(?<!\s)\s++)?(?:/|및|·|,)\s*+")


def _is_label(text: str) -> bool:
    key = squash(text)
    return 0 < len(key) <= MAX_LABEL and bool(regex.search(r"\p{Hangul}", key))


def label_kind(label: str, value: str = "") -> str | None:
    """What a label names: "period", "cost", "division", "field", or None.

    >>> [label_kind(x) for x in ("사 업 비", "사업기간", "소요예산", "위 치", "추진방향")]
    ['cost', 'period', 'cost', 'field', None]
    >>> label_kind("건립규모", "7개소 324.76억"), label_kind("규 모", "지하 3층")
    ('cost', 'field')
    >>> [label_kind(x) for x in ("’25년 예산액", "소요예산(안)", "개인예산제 시범사업")]
    ['cost', 'cost', None]
    >>> label_kind("예산현황", "120억원(국비 60)"), label_kind("개인예산제", "제도 도입(0.6억원)")
    ('cost', None)
    """
    # (a label may open with the year it is of: "’26년 사업비")
    key = _LABEL_YEAR.sub("", squash(label))
    if not key:
        return None
    if key.endswith(PERIOD_ENDINGS):
        return "period"
    if (key.endswith("비") and len(key) <= 6) or _COST_LABEL.search(key) or key == "총":
        return "cost"
    if any(w in key for w in COST_WORDS) and _amount_first(value):
        return "cost"  # "예산현황 : 120억원(국비 60, 시비 60)", "투자액 계획 : 총 50억원"
    if key.endswith(COST_IF_AMOUNT_ENDINGS) and read_cost(value) is not None:
        return "cost"
    if key in DIVISION_LABELS:
        return "division"
    if key in FIELD_LABELS or key.endswith(COST_IF_AMOUNT_ENDINGS):
        return "field"
    return None


def _in_figure(text: str, i: int) -> bool:
    """Whether the comma at ``i`` parts a figure's thousands: three digits after it."""
    return (
        i > 0
        and text[i - 1].isdigit()
        and text[i + 1 : i + 4].isdigit()
        and len(text[i + 1 : i + 4]) == 3
        and not text[i + 4 : i + 5].isdigit()
    )


#: brackets that open and close a part no separator cuts
OPEN_BRACKETS = frozenset("(（[「『")
CLOSE_BRACKETS = frozenset(")）]」』")


def split_top(text: str, seps: str = ",，") -> list[str]:
    """``text`` split at the separators that are not inside parentheses, nor a figure's
    thousands separator ("3,113필지")."""
    out: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in OPEN_BRACKETS:
            depth += 1
        elif ch in CLOSE_BRACKETS:
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0 and not _in_figure(text, i):
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return [p.strip() for p in out if p.strip()]


def _inline(value: str) -> list[Labelled]:
    """ "사업기간(’24.3~’25.6.), 사업비 10억원(국5, 시5)" -> the labelled parts it lists."""
    out: list[Labelled] = []
    for part in split_top(value):
        m = _INLINE.match(part)
        if m is None:
            continue
        label = m["label"].strip()
        v = (m["pv"] or m["v"] or "").strip()
        kind = label_kind(label, v)
        if kind == "period" or (kind == "cost" and _amount_first(v)):
            out.append(Labelled(label, v))
    return out


def _amount_first(value: str) -> bool:
    """Whether a value listed after a cost's label states the amount before any words but
    a lead or a source ("10억원", "총 10억원", "국비 5억원"), not in a clause that
    names a source ("국비 사업 추진 (29.2억원)": a topic's prose, not a fact)."""
    m = _MONEY.search(value)
    if m is None:
        return False
    # (a date or a span before it is no word of prose: "’25년 10억원", "연간 10억원")
    head = prep_date(value[: m.start()])
    for d in find_dates(head, year=ANY_YEAR):
        head = head.replace(d.raw, " ", 1)
    words = regex.findall(r"[\p{Hangul}A-Za-z]+", head)
    return all(
        w in AMOUNT_LEADS or w in TOTAL_COST_WORDS or w in SPAN_LEADS or _is_source(w)
        for w in words
    )


def _combined(label: str, value: str) -> list[Labelled]:
    """ "사업기간 및 총사업비 : a / b" -> both; a single label -> itself."""
    labels = [x for x in _LABEL_SPLIT.split(label) if x.strip()]
    if len(labels) < 2 or not all(_is_label(x) for x in labels):
        return [Labelled(label, value)]
    values = [v.strip() for v in regex.split(r"\s+/\s+|\s*/\s*(?=\D)", value) if v.strip()]
    if len(values) == len(labels):
        return [Labelled(x.strip(), v) for x, v in zip(labels, values, strict=True)]
    return [Labelled(x.strip(), value) for x in labels]


def labelled(text: str) -> list[Labelled]:
    """The (label, value) pairs a line states: "(label) value", "label : value", and the
    labelled facts listed inside a value.

    >>> [(x.label, x.value) for x in labelled("사업기간 및 총사업비 : 2022년~2028년 / 2,900억원")]
    [('사업기간', '2022년~2028년'), ('총사업비', '2,900억원')]
    >>> [(x.key, x.value) for x in labelled("(기본개요) 사업기간(’24.3~’25.6.), 사업비 10억원")]
    [('기본개요', '사업기간(’24.3~’25.6.), 사업비 10억원'), ('사업기간', '’24.3~’25.6.'), \
('사업비', '10억원')]
    >>> labelled("UN Tourism 네트워크 연계 글로벌 관광도시 선점")
    []
    >>> [(x.label, x.value) for x in labelled("총사업비 2,900억원, 전시장 17,700㎡")]
    [('총사업비', '2,900억원')]
    """
    s = collapse(text)
    m = _PAREN_LABEL.match(s) or _COLON_LABEL.match(s)
    if m is None:
        # a line that opens with the whole cost and its amount alone, no colon: "총사업비
        # 2,900억원, 전시장 17,700㎡(’25.~’28. 공사 착공 및 준공)" (not "국비 10억원 확보",
        # "소요예산 30억원 중 국비 20억원 미확보": a share, a sentence)
        parts = split_top(s)  # none where the line is separators only (",")
        first = _inline(parts[0]) if parts else []
        return [
            x for x in first
            if x.key in WHOLE_COST_LABELS and (c := read_cost(x.value)) is not None
            and _BRACKET_ONLY.fullmatch(x.value.replace(c.raw, "", 1))
        ]  # fmt: skip
    if not _is_label(m["label"]):
        return []
    label, value = m["label"].strip(), m["value"].strip()
    out = _combined(label, value)
    if len(out) == 1 and label_kind(label, value) not in ("period", "cost"):
        out += _inline(value)
    return out


# --- a project's facts from its labelled lines --------------------------------------------


@dataclass(slots=True)
class Facts:
    """The first period and cost a project's labelled lines state, and its fields."""

    period: DateSpan | None = None
    cost: Cost | None = None
    cost_label: str | None = None
    division: str | None = None
    fields: dict[str, str] | None = None
    #: the period a bracket after the cost is, where none is labelled ("총사업비 :
    #: 12,000백만원 (’24~’28)")
    cost_period: DateSpan | None = None

    def take(self, item: Labelled, year: int | None) -> str | None:
        """Read one labelled line; returns its kind (period, cost, ...) or None."""
        kind = label_kind(item.label, item.value)
        if kind == "period" and self.period is None:
            self.period = read_period(item.value, year)
        elif kind == "cost" and self.cost is None:
            self.cost = read_cost(item.value)
            self.cost_label = collapse(item.label) if self.cost is not None else None
            if self.cost is not None and not self.cost.funding:
                self.cost_period = _bracket_period(item.value, self.cost, year)
        elif kind == "division" and self.division is None and names_division(item):
            self.division = collapse(item.value)
        if kind is not None:
            if self.fields is None:
                self.fields = {}
            self.fields.setdefault(item.key, collapse(item.value))
        return kind


def names_division(item: Labelled) -> bool:
    """Whether a division label's value is the division: 주관 may name the bodies that
    host an event ("부산광역시·TPO"); the other labels name the division as it is."""
    return item.key != "주관" or names_a_unit(item.value)


def names_a_unit(value: str) -> bool:
    """Whether a 담당/주관 value names a unit of the body ("관광정책과(☎888-…)", "교육청
    정책기획과"), not the bodies that host an event ("부산광역시·TPO")."""
    return any(is_unit_name(w) for w in regex.split(r"[\s,·/(]+", value) if w)


def read_facts(texts: list[str], year: int | None) -> Facts:
    """The facts of a project's labelled lines ("○ 사업기간: ’17. 7. ~ ’25. 4.")."""
    facts = Facts()
    for text in texts:
        for item in labelled(text):
            facts.take(item, year)
    if facts.period is None:
        facts.period = facts.cost_period
    return facts


def _bracket_period(value: str, cost: Cost, year: int | None) -> DateSpan | None:
    """The period the bracket right after a cost's amount is, whole ("(’24~’28)",
    "(2025~2027년)"); None for a bracket of anything else."""
    text = collapse(value)
    at = text.find(cost.raw)
    inner = _paren_after(text, at + len(cost.raw)) if at >= 0 else None
    if inner is None:
        return None
    t = prep_date(inner)
    return parse_date(t, year=year) or bare_year_date(t, year)
