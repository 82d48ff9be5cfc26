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

import regex

from extract.normalize import DateSpan, find_dates, parse_date
from extract.normalize.durations import with_length
from extract.normalize.vocab import QUOTE_CLASS, YEAR_WORDS
from extract.normalize.when import bare_year_date
from extract.parse.budget_vocab import TEAM_ENDINGS
from extract.parse.budget_words import is_unit_name
from extract.parse.costs import (
    AMOUNT_LEADS,
    MONEY,
    TOTAL_COST_WORDS,
    Cost,
    is_source,
    paren_after,
    read_cost,
    read_labelled_cost,
)
from extract.parse.text import collapse, squash
from extract.parse.vocab import PERSON_RANKS

# --- vocabulary --------------------------------------------------------------------------

#: a year given to the date grammar only to ask whether text holds a date at all (the
#: dates found are not kept, so which year does not matter)
ANY_YEAR = 2000

#: a label ending in one of these names a period (사업기간, 공사기간, 일자, 행사일시)
PERIOD_ENDINGS: tuple[str, ...] = ("기간", "일자", "일시", "기한", "시기", "시행일")
#: ... of which these say when a moment or an event is ("일    시 : 2026. 5. 2.(토) ~ 5. 4.
#: (월)", "준공일자", "시행일"), as does one opening with a word for an event or its holding
#: ("행사기간", "개최기간"): the work's period is the span a label of its own states
#: ("사업기간 : ’26. 1.~6."), wherever that stands
MOMENT_ENDINGS: tuple[str, ...] = ("일시", "일자", "기한", "시행일")
#: the genre's words for an event: a 대회, a 박람회, a 공연 is one as a 행사 or 축제 is
EVENT_WORDS: tuple[str, ...] = (
    "행사", "축제", "대회", "박람회", "공연", "전시회", "전시", "페스티벌", "축전", "엑스포",
)  # fmt: skip
#: ... and the word for holding one ("개최기간")
HOLDING_WORDS: tuple[str, ...] = ("개최",)
#: a label ending in 비 (사업비, 총사업비, 보상비, 공사비) or holding one of these names a cost
COST_WORDS: tuple[str, ...] = ("예산", "총액", "소요액", "투자액")
#: a label ends with one, or with one and 액 or a bracket ("예산액", "소요예산(안)"): a name
#: that holds one is no label ("개인예산제 시범사업", "주민참여예산위원회", "예산서")
_COST_LABEL = regex.compile(
    "(?:" + "|".join(COST_WORDS) + r")액?+(?:[(（][^()（）]*+[)）])?+$"
)
#: the year a label opens with ("’26년 사업비", "2026년도 예산"), or the years ("2024~2026년
#: 사업비", "’24~’26년 총사업비": the work's whole)
_LABEL_YEAR = regex.compile(
    rf"^{QUOTE_CLASS}?(?:\d{{4}}|\d{{2}})(?:(?:년도?)?+[~∼～]{QUOTE_CLASS}?(?:\d{{4}}|\d{{2}}))?+년도?"
)
#: labels that are a cost when the value holds an amount ("건립규모 : 7개소 324.76억")
COST_IF_AMOUNT_ENDINGS: tuple[str, ...] = ("규모",)
#: words of a span an amount is for, before it ("연간 10억원", "매년 5억원")
SPAN_LEADS: tuple[str, ...] = ("연간", "매년", "년간", "연")
#: labels that name the responsible division
DIVISION_LABELS: frozenset[str] = frozenset(
    {"담당부서", "담당", "담당과", "소관부서", "주관부서", "소관", "주관", "부서"}
)
#: labels of a plan of what is spent by year, a cost where it states its whole (총)
INVESTMENT_PLAN_LABELS: tuple[str, ...] = ("투자계획", "재원계획", "연차별투자계획")
#: labels kept as the project's fields (report.json) wherever they stand
FIELD_LABELS: frozenset[str] = frozenset(
    {
        "사업량", "규모", "위치", "사업내용", "사업위치", "사업규모", "사업대상", "대상", "장소",
        "수행기관", "주요내용", "추진근거", "사업목적", "시설규모", "부지면적", "사업방식", "방식",
        "운영기관", "사업량및규모", "내용", "행사명", "사업명", "주최", "주관기관", "참가규모",
        # (a grant's rate and whom it goes to: "지원단가 : 35,000원/ha", "지원대상 : 1,250농가")
        "지원단가", "단가", "지원대상", "지원기준",
        # (how much of the work: a project's quantity, :mod:`extract.parse.project_quantity`)
        "수량",
    }
)  # fmt: skip
#: what may follow a cost in its value: its sources in a bracket, or nothing
_BRACKET_ONLY = regex.compile(r"\s*+(?:[(（][^()（）]*+[)）])?+\s*+")
#: labels of a project's whole cost, which may stand before its amount with no colon
WHOLE_COST_LABELS: frozenset[str] = frozenset(
    {"총사업비", "사업비", "총예산", "소요예산", "총소요예산", "총투자비"}
)
#: ... and of a line that states the budget alone before its amount, nothing after it but
#: a bracket ("※ 예산 1조 2,345억원(’25년 1조 1,200억원)" under a ministry's 과제)
INLINE_COST_LABELS: frozenset[str] = WHOLE_COST_LABELS | {"예산", "예산액"}
#: what a cost label says of a piece of work that costs the budget nothing ("사 업 비 :
#: 비예산"): its cost is stated, as nothing of the budget, not left out
NO_BUDGET_WORDS: frozenset[str] = frozenset({"비예산", "예산없음", "소요예산없음", "예산미수반"})
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
        return with_length(whole, t)
    found = find_dates(t, year=year)
    if not found and _ASIDE.search(t):  # ("매년 10.24.(유엔의 날) ~ 11.11.(턴투워드부산)")
        found = find_dates(_ASIDE.sub("", t), year=year)
    # (a start and a length after it: "2026. 1. 1.부터 3년" through 2028-12-31)
    return with_length(found[0], t) if found else None


#: a bracket of words, no figure, set after a date: what the day is ("10.24.(유엔의 날)")
_ASIDE = regex.compile(r"[(（][^()（）\d]{1,20}[)）]")


@dataclass(frozen=True, slots=True)
class Labelled:
    """A label and its value as printed ("사 업 비", "108억원(공사비 105, 설계비 3)")."""

    label: str
    value: str

    @property
    def key(self) -> str:
        return squash(self.label)


_PAREN_LABEL = regex.compile(r"^[(（](?P<label>[^()（）\d]{1,20})[)）]\s*(?P<value>.*)$")
#: (a label may open with the year it is of: "’26년 사업비 : 2,100백만원 (국 1,050, …)", or
#: the years: "2024~2026년 사업비 : 3,000백만원")
_COLON_LABEL = regex.compile(
    rf"^(?P<label>(?:(?:{QUOTE_CLASS}?\d{{2,4}}(?:년도?)?\s{{0,2}}[~∼～]\s{{0,2}})?"
    rf"{QUOTE_CLASS}?\d{{2,4}}년도?\s{{0,2}})?[^\d:：()（）]{{1,20}}?)"
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
    bare = _LABEL_YEAR.sub("", key) or key  # (the years it opens with aside)
    return 0 < len(bare) <= MAX_LABEL and bool(regex.search(r"\p{Hangul}", key))


def unbudgeted(fields: dict[str, str]) -> tuple[str, str] | None:
    """The cost label and value of a project whose cost is stated as none of the budget
    (``사 업 비 : 비예산``), None where no cost label says so.

    >>> unbudgeted({"사업기간": "’26. 1.~12.", "사 업 비": "비예산"})
    ('사업비', '비예산')
    """
    for label, value in fields.items():
        if label_kind(label) == "cost" and squash(value).strip("()（）") in NO_BUDGET_WORDS:
            return squash(label), collapse(value)
    return None


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
    if key.endswith(INVESTMENT_PLAN_LABELS) and (cost := read_cost(value)) is not None and (
        cost.raw.startswith("총")
    ):
        return "cost"  # ("투자계획 : ~’25년 300억원, ’26년 120억원, … (총 1,000억원)": its 총)
    if key.endswith(COST_IF_AMOUNT_ENDINGS) and read_cost(value) is not None:
        return "cost"
    if key in DIVISION_LABELS:
        return "division"
    if key in FIELD_LABELS or key.endswith(COST_IF_AMOUNT_ENDINGS):
        return "field"
    return None


#: the words a phase's period opens with ("참가접수기간", "공모기간", "설계기간"): no span
#: of the work's own, which outranks an event's days labelled before it ("○ 일 시 : 2026.
#: 5. 2.(토)" / "○ 사업기간 : ’26. 1.~6.", "공사기간", "교육기간", "사업추진기간")
PHASE_PERIOD_WORDS: tuple[str, ...] = (
    "참가", "접수", "모집", "공모", "신청", "등록", "설계", "심사", "선정", "홍보", "예약",
)  # fmt: skip


def names_the_works_period(label: str) -> bool:
    """Whether a period's label is the work's own: a span (…기간, …시기) neither an event's
    or a moment's (:func:`dates_a_moment`) nor a phase's (:data:`PHASE_PERIOD_WORDS`).

    >>> [names_the_works_period(x) for x in ("사 업 기 간", "2026년 공사기간", "공모기간")]
    [True, True, False]
    """
    key = _LABEL_YEAR.sub("", squash(label))
    return (
        key.endswith(("기간", "시기")) and not dates_a_moment(label)
        and not key.startswith(PHASE_PERIOD_WORDS)
    )  # fmt: skip


def dates_a_moment(label: str) -> bool:
    """Whether a period's label says when an event or a moment is, not how long the work
    runs (:data:`MOMENT_ENDINGS`): a period labelled so gives way to the work's own.

    >>> [dates_a_moment(x) for x in ("일    시", "행사기간", "사업기간", "추진기간")]
    [True, True, False, False]
    """
    key: str = _LABEL_YEAR.sub("", squash(label))
    return key.endswith(MOMENT_ENDINGS) or key.startswith(EVENT_WORDS + HOLDING_WORDS)


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
    """ "사업기간(’24.3~’25.6.), 사업비 10억원(국5, 시5)" -> the labelled parts it lists
    (parted by commas, or by spaced slashes: "기간 ’26. 3.~11. / 예산 45,000천원")."""
    out: list[Labelled] = []
    for part in (q for p in split_top(value) for q in p.split(" / ")):
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
    m = MONEY.search(value)
    if m is None:
        return False
    # (a date or a span before it is no word of prose: "’25년 10억원", "연간 10억원")
    head = prep_date(value[: m.start()])
    for d in find_dates(head, year=ANY_YEAR):
        head = head.replace(d.raw, " ", 1)
    words = regex.findall(r"[\p{Hangul}A-Za-z]+", head)
    return all(
        w in AMOUNT_LEADS or w in TOTAL_COST_WORDS or w in SPAN_LEADS or is_source(w)
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
            if x.key in INLINE_COST_LABELS and (c := read_cost(x.value)) is not None
            and _BRACKET_ONLY.fullmatch(x.value.replace(c.raw, "", 1))
        ]  # fmt: skip
    if not _is_label(m["label"]):
        return []
    label, value = m["label"].strip(), m["value"].strip()
    value, more = _next_labels(value)
    out = _combined(label, value)
    if len(out) == 1 and label_kind(label, value) not in ("period", "cost"):
        out += _inline(value)
    return out + more


def _next_labels(value: str) -> tuple[str, list[Labelled]]:
    """A value cut before the period or cost labelled after a comma in it, and those
    ("사업비 : 620백만원, 기간 : ’25. 3. ~ ’26. 12.": 620백만원, then the period)."""
    parts = split_top(value)
    for i, part in enumerate(parts[1:], start=1):
        m = _COLON_LABEL.match(part)
        # (not a share's label: "국비 : 50억원, 도비 : 20억원" lists one cost's sources)
        if (
            m is not None and not is_source(m["label"].strip())
            and label_kind(m["label"].strip(), m["value"]) in ("period", "cost")
        ):  # fmt: skip
            rest = labelled(", ".join(parts[i:]))
            return ", ".join(parts[:i]), rest
    return value, []


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
    #: the period is when an event is held ("일 시 : …"): the work's own outranks it
    period_at_event: bool = False

    def take(self, item: Labelled, year: int | None) -> str | None:
        """Read one labelled line; returns its kind (period, cost, ...) or None."""
        kind = label_kind(item.label, item.value)
        if kind == "period" and (
            self.period is None or (self.period_at_event and names_the_works_period(item.label))
        ):
            # ("○ 일 시 : 2026. 5. 2.(토) ~ 5. 4.(월)" before "○ 사업기간 : ’26. 1.~6.": the
            # festival's days, the work's months)
            period = read_period(item.value, year)
            if period is not None or self.period is None:
                self.period, self.period_at_event = period, dates_a_moment(item.label)
        elif kind == "cost" and self.cost is None:
            self.cost = read_labelled_cost(item.value)
            self.cost_label = collapse(item.label) if self.cost is not None else None
            if self.cost is not None and not self.cost.funding:
                self.cost_period = _bracket_period(item.value, self.cost, year)
        elif kind == "division" and self.division is None and names_division(item):
            self.division = division_value(item.value)
        if kind is not None:
            if self.fields is None:
                self.fields = {}
            self.fields.setdefault(item.key, collapse(item.value))
        return kind


def names_division(item: Labelled) -> bool:
    """Whether a division label's value is the division: 주관 may name the bodies that
    host an event ("부산광역시·TPO"); the other labels name the division as it is."""
    return item.key != "주관" or names_a_unit(item.value)


#: a bracket closing a division's name with its phone ("가족정책과 (☎ 888-1234)", "(T.
#: 888-1234)", "(내선 1234)", "(☎ 888-1234, 1235)"): how to reach it, no part of its name
#: (a mark of a phone, or a number with its hyphen: not "(2026)", "(120)")
_PHONE = r"(?:☎|☏|TEL|Tel|tel|T\s*+\.|전화|내선)"
#: a phone number after its mark ("☎ 888-1234", "☎2345~6", "☎ 2345·2346")
_PHONE_NUMBER = rf"{_PHONE}[\s:.]*+[\d\s,~·-]{{3,24}}+"
_PHONE_BRACKET = regex.compile(
    rf"(?:(?<!\s)\s++)?[(（]\s*+(?:{_PHONE}[\s:.]*+(?:{_PHONE}[\s:.]*+)?[\d\s,-]{{3,24}}"
    r"|[\d\s]{0,5}\d{2,4}-\d{3,4}(?:-\d{4})?(?:\s*+,\s*+\d{1,4})*+)\s*+[)）]"
)
#: ... or after it with no bracket ("가족정책과 ☎ 888-1234")
_PHONE_AFTER = regex.compile(rf"(?<!\s)\s++{_PHONE_NUMBER}$")
#: a phone number inside a bracket beside a team's name ("(도시재생팀 ☎888-1234)",
#: "(도시재생팀 888-1234)": its hyphen is its mark)
_PHONE_IN = regex.compile(rf"{_PHONE_NUMBER}|(?<!\d)\d{{2,4}}-\d{{3,4}}(?:-\d{{4}})?(?!\d)")
#: a team named by Latin letters, after words of its own or not ("TF팀", "TF", "교통안전TF팀",
#: "뉴딜TF")
_LATIN_TEAM = regex.compile(r"^\p{Hangul}*+(?:[A-Z]{1,4}+팀|TF)$")
#: a Latin team's name set apart from the words before it ("교통안전 TF팀")
_LATIN_APART = regex.compile(r"(?<=\p{Hangul})\s++(?=[A-Z]{1,4}+팀|TF(?![A-Za-z]))")
#: a person's name with its given name masked ("김○○"): an official, no unit
MASKED_NAME = regex.compile(r"^\p{Hangul}[○〇◯ㅇ*]++$")
#: ... or whole after the rank ("주무관 홍길동")
_PERSON_NAME = regex.compile(r"^\p{Hangul}{2,4}+$")
#: an extension number alone after the team's name ("(일자리정책팀 주무관 김○○, 2345)")
_EXTENSION = regex.compile(r"^\d{3,4}+$")
#: the other teams the bracket counts after its own ("(공원조성팀 외 2팀)")
_OTHER_TEAMS = regex.compile(r"^(?:외|\d{1,2}+개?팀)$")
#: a bracket right after a name ("스마트도시정책과 (스마트서비스팀)"): its team where it
#: holds teams alone
_NAME_BRACKET = regex.compile(
    r"(?<![^\s()（）])(?P<name>[^\s()（）]++)\s*+[(（](?P<inner>[^()（）]{1,60}+)[)）]"
)


def division_value(value: str) -> str:
    """A labelled division as named, the bracket of its phone number and the official
    named after it aside.

    >>> division_value("가족정책과 (☎ 888-1234)"), division_value("도시계획과 (도시재생팀)")
    ('가족정책과', '도시계획과')
    >>> division_value("교통정책과 교통기획팀장 김○○ (☎ 031-8008-2345)")
    '교통정책과'
    >>> division_value("미래농업과 스마트농업팀")  # (its team after it: the division)
    '미래농업과'
    >>> division_value("도시계획과(도시재생팀 ☎888-1234)"), division_value("교통과 (TF팀)")
    ('도시계획과', '교통과')
    >>> division_value("교통과 (교통안전 TF팀)"), division_value("교통과 (교통정책팀 김○○ ☎2345)")
    ('교통과', '교통과')
    >>> division_value("교통과 (교통정책팀장)"), division_value("공원녹지과 (공원조성팀 외 2팀)")
    ('교통과', '공원녹지과')
    """
    text = collapse(value)
    text = _PHONE_AFTER.sub("", _PHONE_BRACKET.sub("", text)).strip() or text
    text = _NAME_BRACKET.sub(_drop_team_bracket, text).strip() or text
    words = text.split()
    if (
        len(words) == 2 and is_unit_name(words[0]) and is_unit_name(words[1])
        and words[1].endswith(TEAM_ENDINGS) and not words[0].endswith(TEAM_ENDINGS)
    ):  # fmt: skip
        return words[0]
    person = next((i for i, w in enumerate(words) if i and w.endswith(PERSON_RANKS)), None)
    if person is not None and is_unit_name(words[person - 1]):
        return " ".join(words[:person])
    if words and (team := team_of_head(words[0])) is not None:
        return team  # (the team's head and name, "시설팀장 김○○": the team)
    return text


def _drop_team_bracket(m: regex.Match[str]) -> str:
    """A division's name alone where the bracket after it holds its teams alone (as its
    team written after it with no bracket is no part of it); any other bracket kept."""
    name: str = m["name"]
    # (its phone beside the team, "도시재생팀 ☎888-1234", and the official in charge,
    # "교통정책팀 김○○", "교통정책팀장", no team's word)
    inner = _LATIN_APART.sub("", _PHONE_IN.sub(" ", m["inner"]))
    words = [w for w in regex.split(r"[\s,·/]++", inner) if w]
    teams = [w for w in words if _names_team(w) or team_of_head(w)]
    if not (is_unit_name(name) and not name.endswith(TEAM_ENDINGS) and teams):
        return str(m[0])
    for k, word in enumerate(words):
        after_rank = k > 0 and (words[k - 1] in PERSON_RANKS or team_of_head(words[k - 1]))
        if not (
            _names_team(word) or word in PERSON_RANKS or MASKED_NAME.match(word)
            # (the team's head, "교통정책팀장"; its extension, ", 2345"; its other teams,
            # "외 2팀"; the official's name after the rank, "주무관 홍길동")
            or team_of_head(word) or _EXTENSION.match(word) or _OTHER_TEAMS.match(word)
            or (after_rank and _PERSON_NAME.match(word))
        ):  # fmt: skip
            return str(m[0])
    return name


def _names_team(word: str) -> bool:
    """Whether a word is a team's name ("교통정책팀", "TF팀", "교통안전TF")."""
    return bool(_LATIN_TEAM.match(word)) or (is_unit_name(word) and word.endswith(TEAM_ENDINGS))


def team_of_head(word: str) -> str | None:
    """The team of a word that is a team's name with its head's title ("교통정책팀장")."""
    team = word.removesuffix("장")
    return team if team != word and _names_team(team) else None


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
    inner = paren_after(text, at + len(cost.raw)) if at >= 0 else None
    if inner is None:
        return None
    t = prep_date(inner)
    return parse_date(t, year=year) or bare_year_date(t, year)
