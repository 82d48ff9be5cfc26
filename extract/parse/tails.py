"""The facts at the end of a title or line: "(’24.10.~‘25.8. 10억원)",
"▹’23.~’30., 총530억원"; the items of a list with their own facts.

:func:`read_tail` reads a title's tail, :func:`item_facts` an item of a list.  The costs,
periods and labels are read by :mod:`extract.parse.project_facts`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from extract.normalize import DateSpan, find_dates
from extract.normalize.vocab import COUNT_UNITS
from extract.parse.budget_vocab import ACCOUNT_ENDINGS, SIDE_WORDS, SUBTOTAL_WORDS, TOTAL_WORDS
from extract.parse.costs import (
    COMPARED,
    FUNDING_SOURCES,
    TARGET_WORDS,
    Cost,
    is_source,
    read_cost,
    read_funding,
)
from extract.parse.project_facts import label_kind, prep_date, split_top
from extract.parse.text import collapse, squash
from extract.parse.vocab import BLOCK_LABELS

# --- vocabulary --------------------------------------------------------------------------

#: a word an amount is per ("개소당", "1인당"), and one that says it is not (yet) so
#: ("미반영", "미확보"): no name beside a cost
PER_WORDS: tuple[str, ...] = ("당", "별")
NOT_WORDS: tuple[str, ...] = ("미",)
#: a span an amount is for, alone: no name ("(월 12만원)", "(연 21만원)")
SPAN_WORDS: frozenset[str] = frozenset({"월", "연", "연간", "매월", "매년", "년", "일"})
#: words that make the amounts beside them a goal or a cap, not a cost ("(목표 900명 /
#: 23억원)")
GOAL_WORDS: tuple[str, ...] = ("목표", "최대", "최고", "한도")
#: a name, then the facts, in one bracket with no comma between (a name holds no digit)
_NAME_THEN_FACTS = regex.compile(r"^(?P<name>[^\d\s][^\d]{0,30}?)\s++(?P<facts>\d.*+)$")
#: words a title's tail of facts may hold beside them ("(신규 618백만원)")
TAIL_WORDS: tuple[str, ...] = (
    "신규", "계속", "신설", "교체", "전액", "본예산", "추경", "국비", "시비", "도비",
)  # fmt: skip
#: who pays, said together ("(국·시비)", "시·구비"): a word of a tail of facts
_SOURCES = regex.compile(r"[국시도구군](?:\s*+·\s*+[국시도구군])++비")
#: a word that closes a line after its last item's facts ("…(99백만원) 등")
CLOSING_WORDS: tuple[str, ...] = ("등",)
#: "및" right after an item's bracket: the next item ("…(18개소, 32.7억원) 및 자립생활대학")
AND_AFTER_BRACKET = regex.compile(r"(?<=[)）])\s*+및\s++")
#: glyphs that set a title's facts apart ("청년센터 운영▹5.8억원")
TAIL_ARROWS = "▹▸‣►▶→"
#: a line that opens with a topic in brackets, its marker aside ("ㅇ (노후 시설물 개선) …")
_TOPIC_FIRST = regex.compile(r"^(?:\S{1,2}\s++)?[(（]")
#: a topic in brackets, then the line's facts and nothing else ("(기능보강) 1건, 0.5억원")
_LABEL_THEN_FACTS = regex.compile(r"^[(（](?P<label>[^()（）\d]{2,20})[)）]\s*+(?P<facts>\d.*+)$")
#: what a label over an amount may be that names no project: a status, a goal, a record of
#: the past ("(현황) 12억원", "(실적) 5억원"), and the budget's own words (below)
NOT_PROJECT_LABEL_WORDS: tuple[str, ...] = (
    "현황", "실적", "성과", "규모", "확보", "반기", "분기", "전년", "당초", "변경", "요구",
    "반영", "삭감", "증액", "감액", "재원",
)  # fmt: skip

#: what a figure in a title's tail of facts may count ("(33천명, 545억원)", "(3년간)"),
#: longest first
FACT_COUNT_UNITS: tuple[str, ...] = tuple(
    sorted(
        {*COUNT_UNITS, "척", "년간", "㎾", "kW", "㎿", "MW", "kWh", "㎥", "단계", "차년도",
         "과제", "개회"},
        key=lambda u: (-len(u), u),
    )
)


# --- a title's tail -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tail:
    """The facts after a title: "(’24.10.~‘25.8. 10억원)", "▹’23.~’30., 총530억원"."""

    title: str
    raw: str
    period: DateSpan | None
    cost: Cost | None
    cost_label: str | None
    #: the cost (the period) is the last of several the line lists, each its item's: not
    #: the line's ("쉼터(1개소, 1.9억원), 아동쉼터(2개소, 5.7억)")
    listed: bool = False
    listed_period: bool = False
    #: the one name the bracket lists beside its facts ("(소득작목팀, ’26. 1.~12., …)")
    beside: str | None = None


_TRAILING_PAREN = regex.compile(
    r"[(（](?P<inner>[^()（）]*+(?:[(（][^()（）]*+[)）][^()（）]*+)*+)[)）]\s*+$"
)
#: "7개소", "1,200명", "3.5km", "30,000여명": a count starts at the first digit of its number
_COUNT = regex.compile(
    r"\d(?<!\d[,.]*\d)[\d,.]*+\s*+(?:(?:천|만)\s*+)?+(?:여\s*+)?+(?:"
    # ("3개 시설", "9개 구·군": a count of things the word after it names)
    + r"개\s[\p{Hangul}·]{1,4}(?=[\s,，)]|$)|"
    + "|".join(regex.escape(u) for u in FACT_COUNT_UNITS)
    + ")"
)
_FILLER = regex.compile(r"[\s,，/·:：]+")
#: the word of a target of people before their count ("(목표 26,500명/ 202억원)": the
#: people to reach, the cost); no word of a goal's amount, nor of other things' counts
#: ("(목표 500억원)", "(목표 10건, 50억원)" stay words: a goal, not a cost)
_COUNT_TARGET = regex.compile(r"목표\s*+(?=\d[\d,.]*+\s*+(?:천|만)?+\s*+(?:여\s*+)?+명)")


_MONEY_AMOUNT = r"[\d,.]+\s*(?:억\s*원|백만\s*원|천\s*원|만\s*원|억|원)"
#: a whole cost beside a cost per head or per place in one bracket ("1인 200만원, 총 10억원")
_WHOLE_COST = regex.compile(rf"총\s*{_MONEY_AMOUNT}")
_PER_HEAD_COST = regex.compile(
    rf"(?:1\s*인당|1\s*인|인당|개소당|1\s*개소|건당|회당|1\s*회|가구당|명당)\s*{_MONEY_AMOUNT}"
)


#: shares of a cost as percentages, each source's, parted by dots or commas ("국 50%·시 25%·구
#: 25%", "구 100%")
_PERCENT_SHARES = regex.compile(
    r"(?<!\p{Hangul})\p{Hangul}{1,4}\s*+\d{1,3}(?:\.\d++)?+\s*+%"
    r"(?:\s*+[·,/]\s*+\p{Hangul}{1,4}\s*+\d{1,3}(?:\.\d++)?+\s*+%)*+"
)
_PERCENT_SHARE = regex.compile(r"(?P<source>\p{Hangul}{1,4})\s*+\d")


def _percent_shares(text: str) -> tuple[str, str]:
    """The text without its run of percentage shares, and the shares parted by commas as
    a funding bracket reads them ("국 50%, 시 25%, 구 25%"); the text and "" where it has
    none (or the words before the figures are no sources)."""
    m = _PERCENT_SHARES.search(text)
    if m is None:
        return text, ""
    parts = [q.strip() for q in regex.split(r"[·,/]", m[0]) if q.strip()]
    if not all((s := _PERCENT_SHARE.match(q)) is not None and is_source(s["source"])
               for q in parts):  # fmt: skip
        return text, ""
    return text[: m.start()] + " " + text[m.end() :], ", ".join(parts)


def _facts_only(inner: str, year: int | None) -> tuple[DateSpan | None, Cost | None, str | None]:
    """The period, cost and cost label of text that holds nothing but facts, else Nones
    (shares of the cost as percentages among them its funding: "45억원, 국 50%·시 25%·구
    25%, 연중")."""
    t = prep_date(inner)
    if _WHOLE_COST.search(t):
        t = _PER_HEAD_COST.sub(" ", t)  # ("1인 200만원, 총 10억원": the whole is the cost)
    t, shares = _percent_shares(t)
    rest = t
    period = None
    for d in find_dates(t, year=year):
        period = period or d
        rest = rest.replace(d.raw, " ", 1)
    cost = read_cost(rest)
    if cost is not None and shares and not cost.funding:
        cost = replace(cost, funding=read_funding(shares, cost.krw, cost.unit))
    label: str | None = None
    if cost is not None:
        at = rest.find(cost.raw)
        before = collapse(rest[:at]).strip(" ,")
        if before and label_kind(before) == "cost":
            label = before
            rest = rest[:at].replace(before, " ", 1) + rest[at:]
        elif cost.raw.startswith("총"):
            label = "총"
        rest = rest.replace(cost.raw, " ", 1)
        for share in cost.funding:
            rest = rest.replace(share.raw, " ", 1)
    rest = _PER_YEAR.sub(" ", rest)  # (a count per year: "연 4회 120명")
    rest = _SOURCES.sub(" ", _COUNT.sub(" ", _COUNT_TARGET.sub(" ", rest)))
    for word in TAIL_WORDS:
        rest = rest.replace(word, " ")
    if cost is not None:  # (a bracket its facts and words leave empty: "(30개소)", "(국·시비)")
        rest = regex.sub(r"[(（][\s,，·]*[)）]", " ", rest)
    if period is None and cost is None:
        return None, None, None
    if _FILLER.sub("", rest):
        return None, None, None
    return period, cost, label


def facts_cost(inner: str, year: int | None) -> Cost | None:
    """The cost of a bracket's text that holds facts only ("2천명, 4.3억원"), else None."""
    return _facts_only(inner, year)[1]


def bracket_facts(inner: str, year: int | None) -> tuple[DateSpan | None, Cost | None]:
    """The period and cost of a bracket's text that holds facts only ("’24.1.~’25.6,
    198.7억원"), else Nones."""
    period, cost, _ = _facts_only(inner, year)
    return period, cost


def read_tail(text: str, year: int | None) -> Tail | None:
    """The facts at the end of a title or line, if it ends with facts only.

    >>> t = read_tail("국어 정보자원 확대 구축 및 활용성 제고(57억원)", 2022)
    >>> t.title, t.cost.krw, t.period
    ('국어 정보자원 확대 구축 및 활용성 제고', 5700000000, None)
    >>> t = read_tail("캠퍼스 혁신파크 조성(부경대 용당캠퍼스)▹’23.~’30., 총530억원", 2025)
    >>> t.title, str(t.period.start), t.cost.krw, t.cost_label
    ('캠퍼스 혁신파크 조성(부경대 용당캠퍼스)', '2023-01-01', 53000000000, '총')
    >>> read_tail("야간관광 프로그램 운영(7~10월)", 2025).cost is None
    True
    >>> read_tail("(현지 밀착 마케팅) 해외 단독 로드쇼(3회)", 2025) is None
    True
    >>> read_tail("(일자리 확대) (’24년) 1,901명, 302억원 → (’25년) 1,972명, 315억원", 2025)
    >>> t = read_tail("등록비용 지원(1억원, 연간 발급비 1,800여건 지원)", 2025)
    >>> t.title, t.cost.krw
    ('등록비용 지원', 100000000)
    >>> t = read_tail("장애인 콜택시 확대(2대, 1.5억원) ▹ ’24.11월, 1대 추가도입", 2025)
    >>> t.title, t.cost.krw
    ('장애인 콜택시 확대', 150000000)
    >>> t = read_tail("청년월세 한시특별 지원 ▹153.4억원(국·시비) ※ 구·군비 27억원 별도", 2025)
    >>> t.title, t.cost.krw
    ('청년월세 한시특별 지원', 15340000000)
    >>> [read_tail(t, 2025).cost.krw for t in ("사이니지 구축 ▹ 14.5억원(30개소)",
    ...                                         "교재 개발(2단계, 2억원)")]
    [1450000000, 200000000]
    >>> t = read_tail("(55개소, 408억) 종사자 864명 인건비, 운영비 지원", 2025)
    >>> t.title, t.cost.krw
    ('종사자 864명 인건비, 운영비 지원', 40800000000)
    >>> read_tail("서비스 지원(목표 26,500명/ 202억원)", 2025).cost.krw
    20200000000
    >>> read_tail("투자 유치(목표 500억원)", 2025) is None
    True
    """
    s = _without_closing_word(without_note(collapse(text)))
    arrowed = _arrow_tail(s, year)
    if arrowed is not None and arrowed[1]:
        return arrowed[0]  # (all after the arrow is facts: "▹’23.~’30., 총530억원")
    noted = _bracket_tail(_before_a_note(s), year)
    if noted is not None and noted.cost is not None:
        return noted  # (a note after the arrow: "확대(2대, 1.5억원) ▹ ’24.11월, 1대 추가도입")
    if arrowed is not None:
        return arrowed[0]
    return (
        _bracket_tail(s, year)
        or _label_tail(s, year)
        or _closed_list_tail(s, year)
        or _leading_tail(s, year)
        or _colon_tail(s, year)
    )


#: who pays, as a word (a line of shares opens with one)
FUNDING_WORDS: tuple[str, ...] = (
    "국비", "시비", "도비", "구비", "군비", "구·군비", "민자", "자부담",
)  # fmt: skip
#: a text of figures and their sources only ("국비 500, 시비 500")
_FIGURES_ONLY = regex.compile(
    r"^[\p{Hangul}·]{0,4}\s*+[\d,.]++(?:\s*+[,，]\s*+[\p{Hangul}·]{0,4}\s*+[\d,.]++)*+$"
)
#: a bracket a line opens with, and the line after it
_LEADING_PAREN = regex.compile(r"^[(（](?P<inner>[^()（）]{2,40}+)[)）]\s*+(?P<rest>\S.*+)$")


def _leading_tail(s: str, year: int | None) -> Tail | None:
    """The facts of a bracket a line opens with, where it states a cost and the line ends
    in none: "(55개소, 408억) 종사자 864명 인건비, 운영비 … 지원" (a line of what the
    money buys)."""
    m = _LEADING_PAREN.match(s)
    if m is None or "목표" in m["inner"] or _SOURCES.search(m["inner"]):
        return None  # (a goal; a share of who pays: "(국비 50억원) 확보 추진")
    if any(w in m["inner"] for w in (*FUNDING_WORDS, *TAIL_WORDS)) or not _COUNT.search(
        m["inner"]
    ):
        return None  # (the bracket counts what the money buys: "(55개소, 408억)")
    period, cost, label = _facts_only(m["inner"], year)
    rest = m["rest"].strip()
    if cost is None or label is not None or read_cost(rest) is not None:
        return None
    if rest.split()[0].rstrip(",") in FUNDING_WORDS or _FIGURES_ONLY.match(rest):
        return None  # ("(총사업비 1,000억원) 국비 500, 시비 500": how it is paid)
    return Tail(rest, m["inner"], period, cost, label)


def without_note(s: str) -> str:
    """A line without the note it sets after its facts ("▹153.4억원(국·시비) ※ 구·군비
    27억원 별도", "비품(15,800천원) * 사무실 무상사용(공유재산)": the note's amount is
    another's)."""
    at = min((i for mark in (" ※", " * ") if (i := s.find(mark)) > 0), default=-1)
    return s[:at].rstrip() if at > 0 else s


def _without_closing_word(s: str) -> str:
    """A line without the word that closes its list after the last bracket ("… 등")."""
    t = s.rstrip()
    for word in CLOSING_WORDS:
        if t.endswith((f") {word}", f"){word}")):
            return t[: -len(word)].rstrip()
    return s


def _arrow_tail(s: str, year: int | None) -> tuple[Tail, bool] | None:
    """The facts listed first after an arrow, and whether they are all that follows it."""
    for arrow in TAIL_ARROWS:
        at = s.rfind(arrow)
        if at <= 0:
            continue
        before = split_top(s[:at].rsplit(arrow, 1)[-1])  # (since the arrow before it)
        if arrow == "→" and before and (
            any(_facts_only(before[-1], year)) or read_cost(before[-1]) is not None
        ):
            continue  # a change: "302억원 → 315억원", "6개소(1.55억원) → 7개소(1.8억원)"
        # the facts listed first after the arrow ("▹15억원(시비), 지원 과제 선정(’25.~)")
        parts = split_top(s[at + 1 :])
        for n in range(len(parts), 0, -1):
            period, cost, label = _facts_only(", ".join(parts[:n]), year)
            if any(w in squash(s[:at]) for w in TARGET_WORDS):
                cost = label = None  # "세입 목표액 책정 ‣ 5조 3,581억원": a target
            if period or cost:
                tail = Tail(s[:at].strip(), ", ".join(parts[:n]), period, cost, label)
                return tail, n == len(parts)
    return None


def _bracket_tail(s: str, year: int | None) -> Tail | None:
    """The facts of the bracket a line ends with (see :func:`read_tail`)."""
    m = _TRAILING_PAREN.search(s)
    if m is None or m.start() == 0:
        return None
    inner = _slashed_shares(m["inner"])
    period, cost, label = _facts_only(inner, year)
    beside = None
    if period is None and cost is None:
        period, cost, label = _facts_beside_a_name(inner, year)
        beside = _the_name(inner) if period is not None or cost is not None else None
    if period is None and cost is None:
        cost, label = cost_first(inner)
    head = s[: m.start()]
    last = regex.split(r"[,，]", head)[-1]
    stepped = split_top(head.rsplit("→", 1)[0]) if "→" in last else []
    changed = bool(stepped) and read_cost(stepped[-1]) is not None
    if COMPARED.search(last) or changed:
        # "전기버스 (115천원)〈 수소 (129천원)〈 CNG (181천원)"; "6개소(1.55억원, 540명) →
        # 7개소(1.8억원, 600명)": a comparison, a change
        cost = label = None
    if period is None and cost is None:
        return None
    periods, costs = _facts_listed(s[: m.start()], year)
    return Tail(
        s[: m.start()].strip(), m["inner"].strip(), period, cost, label,
        costs and cost is not None, periods and period is not None, beside,
    )  # fmt: skip


#: an amount, then the shares of who pays it after a slash: "400백만원 / 국 200, 군 200"
_SLASHED = regex.compile(
    r"(?<![\d,.])(?P<amount>\d[\d,.]*+\s*+(?:조|억|천만|백만|만|천)?+\s*+원)\s*+/\s*+"
    r"(?P<shares>[^/()（）]++)$"
)


#: one share: who pays and how much ("국 200", "군비 95", "도 30%")
_SHARE_PART = regex.compile(r"^\s*+([\p{Hangul}·]{1,5})\s*+\d[\d,.]*+\s*+%?\s*+$")


def _slashed_shares(inner: str) -> str:
    """A bracket's facts with the shares after its amount's slash set in brackets, as
    they are read: "’26. 3.~11., 400백만원 / 국 200, 군 200" -> "…, 400백만원(국 200, 군
    200)"; others as they are."""
    m = _SLASHED.search(inner)
    parts = [_SHARE_PART.match(p) for p in regex.split(r"[,，]\s", m["shares"])] if m else []
    if m is None or not parts or not all(p is not None and is_source(p[1]) for p in parts):
        return inner
    return f"{inner[: m.start()]}{m['amount']}({m['shares'].strip()})"


#: endings of a label of what is told of a work, no work's name ("지원내용", "사업물량",
#: "세부 추진계획")
FACT_HEAD_ENDINGS: tuple[str, ...] = (
    "내용", "물량", "현황", "실적", "규모", "대상", "개요", "방법", "방향", "목표", "효과",
    "사항", "기준", "조건", "일정", "추진계획", "세부계획",
)  # fmt: skip
#: 연 ("a year") before a count: "연 4회"
_PER_YEAR = regex.compile(r"(?<!\p{Hangul})연(?=\s*+\d)")
#: a line that names a work, then its facts after a colon: "청년농업인 정착 지원 : 12명,
#: 144백만원(도 30%, 군 70%), ’26. 1.~12."
_NAME_COLON_FACTS = regex.compile(r"^(?P<name>[^:：]{4,40}?)\s*+[:：]\s*+(?P<facts>\S.*+)$")


def _colon_tail(s: str, year: int | None) -> Tail | None:
    """The facts after the colon of a line that names a work before it and states its
    cost after it, with what it counts and when ("친환경 퇴비 공급 : 1,200톤, 60백만원(군비)");
    not a label of a fact ("사 업 비 : …", "지원규모 : …") nor of a block."""
    m = _NAME_COLON_FACTS.match(s)
    if m is None:
        return None
    name = collapse(m["name"])
    head = _TRAILING_PAREN.sub("", name).strip()  # ("… 운영 (인력육성팀)": its division)
    if not head or not _names_a_project(head) or label_kind(head, m["facts"]) is not None:
        return None
    # (not a label of what is told of a work, "지원내용 : 120백만원", "사업물량 : …")
    if squash(head).endswith(FACT_HEAD_ENDINGS):
        return None
    period, cost, label = _facts_only(m["facts"], year)
    if cost is None:
        return None
    return Tail(name, m["facts"].strip(), period, cost, label)


def _facts_beside_a_name(
    inner: str, year: int | None
) -> tuple[DateSpan | None, Cost | None, str | None]:
    """The facts of a bracket that lists one name beside them, who runs it or how it is
    chosen: "(동남권관문공항추진위원회, 2억원)", "(10억원, 공모)"; else Nones."""
    parts = split_top(inner)
    if len(parts) == 1 and (m := _NAME_THEN_FACTS.match(inner)) is not None:
        parts = [m["name"], m["facts"]]  # ("동·서부산권역 2개소 1.4억원": no comma between)
    at = [i for i, p in enumerate(parts) if not regex.search(r"\d", p)]
    if len(parts) < 2 or len(at) != 1 or _qualifies(parts[at[0]]):
        return None, None, None
    if squash(parts[at[0]]).endswith(NOT_PROJECT_LABEL_WORDS):
        return None, None, None  # (a label of what the amount is: "(융자규모 1,500억원)")
    return _facts_only(", ".join(p for i, p in enumerate(parts) if i != at[0]), year)


def _the_name(inner: str) -> str | None:
    """The one part of a bracket's list with no figure ("소득작목팀" of "소득작목팀, ’26.
    1.~12., 95백만원(군 95)")."""
    names = [p.strip() for p in split_top(inner) if not regex.search(r"\d", p)]
    return names[0] if len(names) == 1 else None


def cost_first(inner: str) -> tuple[Cost | None, str | None]:
    """The cost of a bracket that states it first and then what it buys or counts:
    "(1억원, 연간 발급비 1,800여건, 검사비 800여건 지원)"; else Nones."""
    parts = split_top(inner)
    if len(parts) < 2 or any(_qualifies(p) for p in parts[1:]):
        return None, None  # (not "(10억원, 미반영)")
    if _qualifies(parts[0].split()[0]) or any(read_cost(p) for p in parts[1:]):
        return None, None  # (not "(연 10만원, 19~24세)", "(국비 5억원, 시비 5억원)")
    period, cost, label = _facts_only(parts[0], None)
    return (cost, label) if period is None and cost is not None else (None, None)


def _label_tail(s: str, year: int | None) -> Tail | None:
    """The facts of a line that is a topic in brackets and its facts, up to a note after
    an arrow, that counts what it pays for: "(기능보강) 1건, 0.5억원 ▹ 개보수 1건",
    "(장애인목욕탕) 9개소 1.6억원▹최대 주5회 무료 이용" (the topic is the title).  Not an
    amount alone ("(상반기) 1,200억원"), nor a label of the facts themselves (a
    cost, a period, who pays: "(사업비) 35억원", "(국비) 10억원"), nor of a total, a side
    of the budget, a status or a goal."""
    m = _LABEL_THEN_FACTS.match(s)
    if m is None:
        return None
    label, facts = collapse(m["label"]), m["facts"]
    at = min((i for a in TAIL_ARROWS if a != "→" and (i := facts.find(a)) > 0), default=-1)
    facts = facts[:at].rstrip() if at > 0 else facts
    period, cost, _ = _facts_only(facts, year)
    # (what it counts with what it costs, "1건, 0.5억원", "9개소 1.6억원": a programme;
    # an amount alone under a word is a budget's line, "(상반기) 1,200억원", "(요구) 100억원")
    if cost is None or not _COUNT.search(facts) or not _names_a_project(label):
        return None
    return Tail(label, facts, period, cost, None)


def _closed_list_tail(s: str, year: int | None) -> Tail | None:
    """The facts after the word that closes a line's list of works under a topic, with no
    bracket: "(노후 시설물 개선) 주차관제시스템 구축, 노후 시설물 정비 등 183백만원"."""
    for word in CLOSING_WORDS:
        at = s.rfind(f" {word} ")
        if at <= 0:
            continue
        title, facts = s[: at + len(word) + 1].strip(), s[at + len(word) + 2 :].strip()
        if not _TOPIC_FIRST.match(s):
            return None  # (a list of what a total is made of: "재산세, 취득세 등 3,200억원")
        period, cost, label = _facts_only(facts, year)
        if cost is not None and "(" not in facts and "（" not in facts:
            return Tail(title, facts, period, cost, label)
    return None


def _names_a_project(label: str) -> bool:
    """Whether a label over an amount can name what it is spent on (see :func:`_label_tail`)."""
    key = squash(label)
    sides = {w for w, _ in SIDE_WORDS}
    return not (
        label_kind(key) is not None
        or _qualifies(label)
        or key in FUNDING_SOURCES
        or key in TAIL_WORDS
        or key in TOTAL_WORDS | SUBTOTAL_WORDS | sides
        or key.endswith(ACCOUNT_ENDINGS + BLOCK_LABELS)
        or any(w in key for w in NOT_PROJECT_LABEL_WORDS + TARGET_WORDS)
        or bool(_SOURCES.fullmatch(key))
    )


def _before_a_note(text: str) -> str:
    """A line up to the note an arrow sets after it, where a bracket ends right before
    the arrow: "장애인 콜택시 확대(2대, 1.5억원) ▹ ’24.11월, 1대 추가도입" (a change's
    arrow, →, is no note)."""
    at = min((i for a in TAIL_ARROWS if a != "→" and (i := text.find(a)) > 0), default=-1)
    head = text[:at].rstrip() if at > 0 else ""
    return head if head.endswith((")", "）")) else ""


def _qualifies(word: str) -> bool:
    """A word that says what an amount is per or whether it holds ("개소당", "가구당 연",
    "미반영"), that it is a goal or a cap ("목표", "최대"), or a span ("월"), not who or what
    it is for."""
    key = squash(word)
    return (
        any(w.endswith(PER_WORDS) for w in word.split())
        or key.startswith(NOT_WORDS)
        or any(w in key for w in GOAL_WORDS)
        or key in SPAN_WORDS
    )


def _facts_listed(before: str, year: int | None) -> tuple[bool, bool]:
    """Whether an item listed before the last one states a period, a cost of its own:
    "쉼터(1개소, 1.9억원), 아동쉼터(2개소, 5.7억)" states two costs, neither the line's, and
    so does "하천정비사업(18.9억원) 및 관리계획 수립(1억원)"."""
    periods = costs = False
    for item in [q for p in split_top(before) for q in AND_AFTER_BRACKET.split(p)][:-1]:
        _, period, cost = item_facts(item, year)
        periods, costs = periods or period is not None, costs or cost is not None
    return periods, costs


def item_facts(item: str, year: int | None) -> tuple[str, DateSpan | None, Cost | None]:
    """An item of a list with the period and cost its bracket states, an amount among
    words too ("긴급정비 사업(지방하천 45개소, 10억원)"): (title, period, cost); the last
    item may close the list with 등 ("멘토링 운영(5억원) 등")."""
    item = _without_closing_word(item)
    m = _TRAILING_PAREN.search(item)
    if m is None:
        return item.strip(), None, None
    period, cost, _ = _facts_only(m["inner"], year)
    return item[: m.start()].strip(), period, cost or read_cost(m["inner"])
