"""A project's cost as the plans write it, and who pays it.

:func:`read_cost` finds the cost in a labelled value or a title's tail ("108억원(공사비 105,
설계비 3)", "총530억원", "1조 2,000억원"), leaving out amounts that are a change, a target
or a cap; :func:`read_funding` splits the parenthesis after it into shares by source
("국비 18, 시비 6, 민자 11", "국 50%, 시 25%, 구 25%", "전액시비"). The labels and the
periods of a project's facts are read in :mod:`extract.parse.project_facts`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from extract.layout.vocab import BOUND_WORDS
from extract.normalize import DateSpan, parse_money, parse_percent
from extract.normalize.marks import drop_marks
from extract.normalize.vocab import NOUN_PARTICLES
from extract.parse.text import collapse, squash

# --- vocabulary --------------------------------------------------------------------------

#: a tail's amount may be led by one of these words ("총530억원", "약 2.5조 원")
AMOUNT_LEADS: tuple[str, ...] = ("총", "약", "연", "총액")
#: labels of a line or a cell that lists how a cost is shared ("재원 | 국 2,400 / 도 720",
#: "- 재원 : 국비 4,080백만원, 시비 1,020백만원" under "○ 사업비 : 5,100백만원")
FUNDING_LABELS: frozenset[str] = frozenset(
    {"재원", "재원내역", "재원구성", "재원별", "재원부담", "재원분담", "재원조달", "소요재원"}
)
#: words that name who pays (국비, 시비, 기금, ...): a parenthesis after a cost is its
#: funding when one of its parts is one of these (or a fund, "...기금")
FUNDING_SOURCES: frozenset[str] = frozenset(
    {
        "국", "국비", "국고", "국고보조금", "시", "시비", "도", "도비", "구", "구비", "군", "군비",
        "기금", "민", "민자", "민간", "민간자본", "자부담", "자담", "지방비", "교부세", "특교",
        "특별교부세",
        "보조금", "구군비", "시군비", "구군", "시군", "교부금", "특별교부금", "보통교부금",
        # (a 공단's work done for the city, paid by it: "3,200백만원(대행 2,800, 자체 400)")
        "대행", "대행사업비",
        # (an office of education's own money: "482,000백만원 (교육청 482,000)", "(교특 1,200)")
        "교육청", "교특", "교육비특별회계",
        # (a fire service's grant from the state's tax on tobacco: "소방안전교부세 5,180")
        "소방안전교부세",
        # (a 공기업특별회계's borrowing, a source of its capital works: "(국비 5,580, 기채 13,020)")
        "기채", "지방채",
    }
)  # fmt: skip
#: endings of a source that is a fund or the body's own money ("공사 자체", "자체재원")
OWN_FUNDS: tuple[str, ...] = (
    "기금", "자체", "자체재원", "자체예산", "자체자금", "자체사업비", "자체수입", "자체수익",
)  # fmt: skip
#: a source printed as one syllable ("국 30%", "시5") -> the word the others print, so
#: that every report's funding stacks under one name
SOURCE_NAMES: dict[str, str] = {
    "국": "국비", "시": "시비", "도": "도비", "구": "구비", "군": "군비",
    "민": "민자",  # (private capital, "(국 500, 시 650, 민 100)")
    "구군": "구군비", "시군": "시군비",  # ("구·군", "구군": middle dots aside)
    "자담": "자부담",  # (a list table's short column head, "국 | 도 | 군 | 자담")
}  # fmt: skip
#: a share named as the rest, beside known sources ("시 3,000 기타 500")
OTHER_SOURCES: frozenset[str] = frozenset({"기타", "기타재원"})
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
#: words after a source's amount that say where the money stands, not who pays: "- 국비
#: 500백만원 확보" under a cost is its one source, as "- 국비 500백만원" is
FUNDING_STATUS_WORDS: tuple[str, ...] = ("기확보", "확보", "확정", "교부", "반영", "내시", "신청")


# --- amounts ------------------------------------------------------------------------------

# The quantifiers are possessive where giving a character back can never let the rest
# match (a figure is followed by no digit, a run of spaces by no space), and a match
# starts only where a figure or a run of spaces starts: a search is linear on long runs.
_NUM = r"\d[\d,]*+(?:\.\d++)?+"
_UNIT = (
    r"(?:조\s*+(?:" + _NUM + r"\s*+억\s*+원?|원)"
    # (조 alone ends a word: "5:5 조건" is no 5조)
    r"|조(?:(?![가-힣])|(?=[" + "".join(NOUN_PARTICLES) + r"]))"
    # (억 with the 만 after it: "12억 3천만원", "3억 2,500만원")
    r"|억\s*+(?:" + _NUM + r"\s*+(?:천만|백만|만)\s*+원|원)?"
    r"|천만\s*+원|백만\s*+원|만\s*+원|천\s*+원|원)"
)
#: "총 13억원", "324.76억", "1조 2,000억원": a figure starts at the first digit of a number
MONEY = regex.compile(
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
    """The unit an amount is written in: its last unit word, 억 where 만 follows it
    ("12억 3천만원" is written in 억원, as the shares after it that print no unit are)."""
    m = _UNIT_OF.search(fig.replace(" ", ""))
    word = m[1] if m and m[1] else ""
    if word in ("천만", "백만", "만") and "억" in fig:
        word = "억"
    return f"{word}원"


def paren_after(text: str, end: int) -> str | None:
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


#: ... each source before its proportion ("국 6 : 시 4", "국비 5 : 도비 5")
_RATIO_EACH = regex.compile(
    r"^(?P<a>[\p{Hangul}]{1,6}+)\s*+(?P<x>\d{1,3}+(?:\.\d)?+)\s*+[:：]\s*+"
    r"(?P<b>[\p{Hangul}]{1,6}+)\s*+(?P<y>\d{1,3}+(?:\.\d)?+)\s*+$"
)


#: a space after a share's amount, before the next share's source ("국비 20,550 도비 47,950")
_SHARE_GAP = regex.compile(r"(?<=[\d%원])\s++(?=\p{Hangul})")


def _spaced(part: str) -> list[str]:
    """The shares a part lists with no comma between them ("국비 20,550 도비 47,950"):
    each a known source and its amount; else the part whole."""
    pieces: list[str] = _SHARE_GAP.split(part)
    if len(pieces) < 2:
        return [part]
    known = 0
    for piece in pieces:
        m = _PART.match(piece)
        if m is None or not m["amt"]:
            return [part]
        src = source_name(collapse(m["src"]))
        if not is_source(src) and squash(src) not in OTHER_SOURCES:
            return [part]
        known += is_source(src)
    # ("시 3,000 기타 500": the rest beside a known source)
    return pieces if known else [part]


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
    >>> [(s.source, s.amount_krw) for s in read_funding("국 6 : 시 4", 30, "억")]
    [('국비', 18), ('시비', 12)]
    >>> [(s.source, s.amount_krw) for s in read_funding("국 30%, 시 70%", 214, "억원")]
    [('국비', 64), ('시비', 150)]
    >>> [(s.source, s.amount_krw) for s in read_funding("공사 자체 32", 0, "억원")]
    [('공사 자체', 3200000000)]
    >>> [(s.source, s.amount_krw) for s in read_funding("국비 1,380 도비 3,480", 0, "백만원")]
    [('국비', 1380000000), ('도비', 3480000000)]
    >>> [(s.source, s.amount_krw) for s in read_funding("국 450 / 도 720 / 시 1,720", 0, "백만원")]
    [('국비', 450000000), ('도비', 720000000), ('시비', 1720000000)]
    >>> [(s.source, s.amount_krw) for s in read_funding("시 3,000 기타 500", 0, "백만원")]
    [('시비', 3000000000), ('기타', 500000000)]
    >>> [(s.source, s.amount_krw) for s in read_funding("시 대행사업비 486억원", 0, "억원")]
    [('시 대행사업비', 48600000000)]
    """
    ratio = _RATIO.match(paren.strip()) or _RATIO_EACH.match(paren.strip())
    if ratio is not None and total:
        # "(국비:지방비 7:3 조건)": the sources share the cost in that proportion
        a, b = source_name(ratio["a"]), source_name(ratio["b"])
        x, y = float(ratio["x"]), float(ratio["y"])
        if is_source(a) and is_source(b) and x + y > 0:
            first = round(total * x / (x + y))
            return (Share(a, first, paren.strip()), Share(b, total - first, paren.strip()))
    parts = [q for p in _SHARES_SPLIT.split(paren.strip()) if p.strip() for q in _spaced(p.strip())]
    named = [p for p in parts if is_source(source_name(collapse(p)))]
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
    if not shares or not any(is_source(s.source) for s in shares):
        return ()
    return tuple(shares)


def source_name(word: str) -> str:
    """The name a funding source stacks under: its footnote mark dropped ("민자*"), a
    one-syllable source spelt out ("국" -> "국비"), the districts together as one word ("구·군"
    -> "구군비")."""
    word = word.rstrip("*※＊¹²³ ")
    key = squash(word)
    # (a known source's letters set apart by a wrap, "구" / "비": as it is known)
    return SOURCE_NAMES.get(key, key if key in FUNDING_SOURCES else word)


#: endings of a source that is money granted by another body ("정부출연금", "출연금",
#: "국고보조금", a 공사's "시 전출금", what its city transfers to it), or paid for work done
#: for it ("시 대행사업비")
GRANT_ENDINGS: tuple[str, ...] = ("출연금", "보조금", "교부금", "대행사업비", "전출금")
#: a grant's word cut short after the body that gives it ("시 출연", "도 보조"): a source
#: only after one of the sources (not "초청가수 출연")
GRANT_SHORT: tuple[str, ...] = ("출연", "보조", "전출")
#: the bodies that give such a grant, a government (not "민간자본보조", "민간 보조", what is
#: paid to the private, nor "기금 출연", what is paid into a fund: a budget's expenses)
GRANT_GIVERS: frozenset[str] = frozenset({
    "국", "국고", "시", "도", "구", "군", "국비", "시비", "도비", "구비", "군비", "시군", "구군",
    "시군비", "구군비", "교육청",
})  # fmt: skip


def is_source(word: str) -> bool:
    key = squash(word)
    short = next((w for w in GRANT_SHORT if key.endswith(w)), None)
    return (
        key in FUNDING_SOURCES or key.endswith(OWN_FUNDS) or key.endswith(GRANT_ENDINGS)
        or (short is not None and key[: -len(short)] in GRANT_GIVERS)
    )  # fmt: skip


def period_and_cost(
    period: DateSpan | None, cost: Cost | None, period_raw: str | None = None
) -> dict[str, Any]:
    """A project record's period and cost fields (empty where the project states none; a
    period of no date, ``period_raw``, as written: "착공 후 24개월")."""
    return {
        "period_raw": period.raw if period else period_raw,
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "cost_raw": cost.raw if cost else None,
        "cost_krw": cost.krw if cost else None,
    }


#: a value that opens with a figure and no unit of its own ("620 (시 620)")
_BARE_FIGURE = regex.compile(
    r"^\s*+(?:(?:" + "|".join(AMOUNT_LEADS) + r")\s*+)?+[\d,.]++(?![\d,.]|\s*+[가-힣%])"
)


def with_unit(value: str, unit: str) -> str:
    """A value whose unit a header or label gives ("사업비(백만원)" over "620 (시 620)") with
    that unit after its first figure, where it has none of its own: "620백만원 (시 620)"
    (a lead word before it too: "총 1,200 (국비 600, …)")."""
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
    >>> read_cost("4,200백만원 → 5,100백만원 (국 2,550, 시 2,550)").krw
    5100000000
    """
    found: list[Cost] = []
    passed = 0  # the end of an amount that is no cost, with the bracket that details it
    value = drop_marks(value)  # ("12,480백만원 주1) (국 6,240 …)": a note's mark, no word)
    # ("4,200백만원 → 5,100백만원 (추경 …)": the cost now, what it was changed to)
    value = _changed_to(value) or value
    for m in MONEY.finditer(value):
        if m.start() < passed:
            continue  # "최대 국비 6억 지원(지방비 0.5억 매칭 조건)": the cap's match, no cost
        krw = parse_money(m["fig"].replace(" ", ""))
        if krw is None:
            continue
        if _no_cost(value, m.start(), m.end()):
            passed = _detail_end(value, m.end())
            continue
        unit = _unit_word(m["fig"])
        paren = paren_after(value, m.end())
        funding = read_funding(paren, krw, unit) if paren else ()
        cost = Cost(collapse(m[0]), krw, unit, funding)
        if _is_total(value, m.start(), cost):
            return cost  # "(’23년) 45.7억원 / (’23년~’27년) 총 사업비 205.4억원": the total
        found.append(cost)
    return found[0] if found else None


#: a source with its amount, a part of a value that lists who pays what and no total
_SOURCE_AMOUNT = regex.compile(
    r"(?P<source>\p{Hangul}{1,8})\s*+(?P<fig>\d[\d,]*+(?:\.\d++)?+\s*+\S*)"
)


def _sources_listed(value: str) -> Cost | None:
    """A value that only lists its sources with their amounts ("시비 2,400백만원", "국비 500,
    시비 500백만원"): their sum, each a share (a share with no unit in the last one's);
    None for any other value."""
    parts = [p.strip() for p in regex.split(r"(?<!\d),|,(?!\d)|[，/]|\s및\s", value) if p.strip()]
    matched = [_SOURCE_AMOUNT.fullmatch(p) for p in parts]
    if not parts or not all(m is not None and is_source(m["source"]) for m in matched):
        return None
    unit = _unit_word(parts[-1])
    if unit == "원" and not regex.search(r"\d\s*+원$", parts[-1]):
        return None  # (no money unit: counts, not amounts)
    shares: list[Share] = []
    for m in matched:
        assert m is not None
        bare = _unit_word(m["fig"]) == "원" and not m["fig"].endswith("원")
        fig = m["fig"] + unit if bare else m["fig"]
        krw = parse_money(fig.replace(" ", ""))
        if krw is None:
            return None
        shares.append(Share(source_name(m["source"]), krw, collapse(m[0])))
    total = sum(s.amount_krw or 0 for s in shares)
    # (one source's amount is printed as the amount, its source the word before it)
    raw = collapse(matched[0]["fig"]) if len(shares) == 1 and matched[0] else collapse(value)
    return Cost(raw, total, unit, tuple(shares))


def read_labelled_cost(value: str) -> Cost | None:
    """The cost a label of a cost states (사업비, 총사업비): :func:`read_cost`, or the sum of
    its sources where it only lists them ("시비 2,400백만원", "국비 500, 시비 500백만원"; in
    any other place such a list is who pays, no cost: "공모사업 선정(국비 5억원, 시비 5억원)")."""
    return _sources_listed(drop_marks(value)) or read_cost(value)


def _changed_to(value: str) -> str | None:
    """What a value that opens with a cost changed to another says after the change mark
    ("4,200백만원 → 5,100백만원 (추경 900백만원 증액)": "5,100백만원 (…)"), None for any
    other value (a change over years, "(’24년)798억원→(’25년)1,289억원", is none)."""
    text = value.lstrip()
    first = MONEY.match(text)
    if first is None:
        return None
    rest = text[first.end() :].lstrip()
    if rest[:1] not in CHANGE_MARKS:
        return None
    after = rest[1:].lstrip()
    second = MONEY.match(after)
    return after if second and parse_money(second["fig"].replace(" ", "")) is not None else None


#: the words an amount and the bracket that details it may stand apart by ("6억 지원(")
_DETAIL = regex.compile(r"[^\d,，()（）]{0,8}+[(（]")


def _detail_end(value: str, end: int) -> int:
    """Where the bracket that details the amount ending at ``end`` closes, the amount
    and the bracket a few words apart at most ("최대 국비 6억 지원(지방비 0.5억 매칭)");
    ``end`` where no bracket follows."""
    m = _DETAIL.match(value, end)
    inner = paren_after(value, m.end() - 1) if m else None
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
    while words and is_source(words[-1]):
        words.pop()
    return bool(words) and words[-1] in CAP_WORDS


def _is_total(value: str, start: int, cost: Cost) -> bool:
    """Whether an amount is stated as a total: "총 13억원", "총 사업비 205.4억원"."""
    before = squash(value[max(0, start - 8) : start])
    return cost.raw.startswith("총") or before.endswith(TOTAL_COST_WORDS)


# --- labels -------------------------------------------------------------------------------
