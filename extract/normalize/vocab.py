"""The vocabulary of Korean administrative dates and amounts, as tables.

Every word or mark the normalizers understand is listed here, one mapping or
tuple each; :mod:`extract.normalize.dates` and :mod:`extract.normalize.money`
build their patterns from these tables, so reading a new word means adding a
row here (and a test case), never another ``if``.

>>> UNITS["백만원"]
1000000
>>> HALVES["하반기"]
(7, 12)
>>> VAGUE_PARTS["하순"]
VaguePart(days=(21, 31), months=None)
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal, NamedTuple

# --------------------------------------------------------------------------- money

#: money units as written in a table header or on a figure: name -> won
UNITS: dict[str, int] = {
    "원": 1,
    "천원": 1_000,
    "만원": 10_000,
    "십만원": 100_000,
    "백만원": 1_000_000,
    "천만원": 10_000_000,
    "억원": 100_000_000,
    "십억원": 1_000_000_000,
    "조원": 1_000_000_000_000,
}

#: the word for the currency itself; a figure ending in it carries its own unit
WON = "원"

#: numeral multipliers used inside a figure (5천만원, 1억2천만원, 1조 2,345억원);
#: those below 만 scale one group of four digits, the others close a group
NUMERAL_UNITS: dict[str, int] = {
    "십": 10,
    "백": 100,
    "천": 1_000,
    "만": 10_000,
    "억": 100_000_000,
    "조": 1_000_000_000_000,
}

#: marks in front of a figure that make it negative (△ and ▽ mean "decrease");
#: ▲ is left out on purpose: reports use it both for increase and decrease
NEGATIVE_MARKS: tuple[str, ...] = ("△", "▽", "▼", "-", "−", "－", "–", "—", "‐")

#: a table cell holding only one of these means "nothing planned": amount 0
NIL_CELLS: tuple[str, ...] = ("-", "－", "–", "—", "−", "―", "‐")

#: marks of a decrease set tight before a figure in running text ("▼3.1% 감소"); ▲ is
#: each report's own (extract.normalize.signs), the dashes a list's or a range's
DECREASE_MARKS: tuple[str, ...] = ("△", "▽", "▼")

#: a sign written in brackets before a figure ("(-)2.5%", "(+)1,234", "(△)12"): the
#: figure's sign, the brackets no accounting negative
BRACKETED_SIGNS: dict[str, int] = {"-": -1, "+": 1, "△": -1, "▽": -1, "▼": -1}

#: arrows after a figure that say which way it changed ("3.2%↓", a rate cell's "3.2↑")
TRAILING_SIGNS: dict[str, int] = {"↑": 1, "↓": -1}
#: words of a change that, in running text, make an arrow after a rate its sign ("전년
#: 대비 3.2%↓", "3.2%↓ 감소") where a word of a threshold is near too
CHANGE_WORDS: tuple[str, ...] = (
    "대비", "증감", "전년", "전월", "전기", "증가", "감소", "상승", "하락", "개선", "향상",
    "악화", "변동", "급증", "급감", "증대", "축소",
)  # fmt: skip
#: words of a header over a change's columns ("증 감" over "금액 | 비율(%)", "전년 대비"): a
#: plain 비율 under them is the change's rate, a bracket there a fall ("(5.6)": -5.6 %), no share
CHANGE_HEAD_WORDS: tuple[str, ...] = ("증감", "대비", "증가", "감소", "변동")
#: a header part that is a plain ratio, a share only where no change's word is over it
PLAIN_RATIO_HEADS: tuple[str, ...] = ("비율",)
#: words of a threshold before a rate in running text ("기준중위소득 120%↓") or of whom it
#: bounds after it ("… 60%↓ 대상"): there the arrow bounds the rate (120% or less), no fall
THRESHOLD_WORDS: tuple[str, ...] = ("소득", "기준", "요건", "자격", "이하", "이상", "미만", "초과")
THRESHOLD_AFTER: tuple[str, ...] = ("가구", "대상", "계층", "가정", "세대", "이하", "이상")

#: the percent sign in its two widths
PERCENT_SIGNS: tuple[str, ...] = ("%", "％")
#: how a difference of two rates is written, in percentage points ("12.3%p"): a percent
#: figure of the unit %p, no rate of its own (folded text: "％p" is "%p")
PERCENT_POINTS: tuple[str, ...] = ("%p", "%P", "%포인트")
#: units of a ratio, how many times one figure is another ("2배", "경쟁률(배)"): a figure
#: of kind text with its unit, neither a count nor a rate in %
RATIO_UNITS: tuple[str, ...] = ("배",)

#: the marks a note under a table or a line is called by, set right after the figure it
#: notes ("42주1)", "187,640*", "4,700¹⁾", "12,480백만원주1)"), as patterns: asterisks,
#: 주 and the note's number, raised digits (the note under it opens with the same mark,
#: "주1) 추경 포함", "¹⁾ 취업알선형 포함"); a raised "1)" read apart from its figure
#: ("1,652,410 1)") is one too, after a figure alone
RAISED_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
NUMBERED_NOTE_MARKS: tuple[str, ...] = (r"주\s?\d{1,2}\)", rf"[{RAISED_DIGITS}]{{1,2}}⁾?")
FIGURE_NOTE_MARKS: tuple[str, ...] = (r"[*＊]{1,3}", *NUMBERED_NOTE_MARKS)
#: the word a footnote's mark set raised may open with ("주1)", "註2)"), before its number
RAISED_MARK_WORDS: tuple[str, ...] = ("주", "註")

#: an organisation's units counted ("3국 2담당관 14과", "2청"): set right after their figure
#: in prose (letter-spaced names, "협 력 1 국 제", hold them with a space between)
ORG_COUNTERS: tuple[str, ...] = ("국", "청", "담당관", "본부")

#: units of counted things (people, buildings, area, years, ...)
COUNT_UNITS: tuple[str, ...] = (
    "명",
    "인",
    "개",
    "개동",
    "개소",
    "개사",
    "개교",
    "개관",  # (libraries, halls: "야간 도서관 개방지원(31개관, 33.6억원)")
    "개원",  # (kindergartens, centres: "60개원 운영")
    "교",
    "개국",
    "필지",
    "학급",
    "학교",
    "가구",
    "개지점",
    "차례",
    "지점",
    "마리",
    "부스",
    "척",
    "개년",
    "개월",
    "건",
    "회",
    "차",
    "동",
    "층",
    "호",
    "곳",
    "팀",
    "과",
    "실",
    *ORG_COUNTERS,
    "대",
    "권",
    "부",
    "편",  # (films, works: "로케이션 인센티브(40편, 20억원)")
    "점",  # (pieces, works: "소장품 구입(300점, 2억원)")
    "종",
    "석",
    "면",
    "가구",
    "세대",
    "반",  # (a 리's or 동's neighbourhoods: "(단위 : 반, 세대, 명)", "통·반 현황 : 42통 318반")
    "통",
    "리",  # (a 읍·면's villages: "행정구역 : 1읍 8면 189리", a table's "리 수")
    "농가",  # (farm households: "친환경 인증비 지원 320농가 96,000")
    "어가",
    "단체",
    "기관",
    "기업",
    "년",
    "주",
    "일",
    "시간",
    "분",
    "㎡",
    "m²",
    "m2",
    "㎢",
    "km²",
    "㎞",
    "km",
    "m",
    "ha",
    "㏊",  # (the one-glyph ha: "시험포 12.5㏊")
    "평",
    "톤",
    "t",
    "kg",
    "㎏",
)

#: the periods a table's count unit may be per ("(단위 : 천명/일)": passengers a day), its
#: figures counts all the same (a rate of a measure, "천㎥/일", stays a figure of that unit)
COUNT_PERIODS: tuple[str, ...] = ("일", "주", "월", "년", "연", "분기")

#: counters a village's name ends in after its number ("송정1리", "가온읍 1리~3리", "누리면
#: 3리"): glued after a place's letters, or after a place's name (ending in one of
#: :data:`PLACE_NAME_ENDINGS`), the figure is part of the name, no count
VILLAGE_COUNTERS: tuple[str, ...] = ("리",)
PLACE_NAME_ENDINGS: tuple[str, ...] = ("읍", "면", "동")
#: what a unit of measure measures (the kinds a figure in one is normalized within)
Dimension = Literal["area", "length", "weight", "volume"]


class MeasureUnit(NamedTuple):
    """A unit of measure: what it measures, the base unit its figures are normalized to
    (SI's coherent ones: ㎡, m, kg, ㎥) and how many base units one of it is, exactly."""

    dimension: Dimension
    base: str
    per_unit: Decimal


#: units of measure as printed on a figure or in a header, -> what one is in the base unit
#: (a figure in one is a ``measure``, no count; a figure per one, "300톤/일", is a rate;
#: 평, 400/121 ㎡, has no exact decimal and stays a count)
MEASURE_UNITS: dict[str, MeasureUnit] = {
    "㎡": MeasureUnit("area", "㎡", Decimal(1)),
    "m²": MeasureUnit("area", "㎡", Decimal(1)),
    "m2": MeasureUnit("area", "㎡", Decimal(1)),
    "ha": MeasureUnit("area", "㎡", Decimal(10_000)),
    "㏊": MeasureUnit("area", "㎡", Decimal(10_000)),
    "㎢": MeasureUnit("area", "㎡", Decimal(1_000_000)),
    "km²": MeasureUnit("area", "㎡", Decimal(1_000_000)),
    "m": MeasureUnit("length", "m", Decimal(1)),
    "㎞": MeasureUnit("length", "m", Decimal(1_000)),
    "km": MeasureUnit("length", "m", Decimal(1_000)),
    "kg": MeasureUnit("weight", "kg", Decimal(1)),
    "㎏": MeasureUnit("weight", "kg", Decimal(1)),
    "톤": MeasureUnit("weight", "kg", Decimal(1_000)),
    "t": MeasureUnit("weight", "kg", Decimal(1_000)),
    "㎥": MeasureUnit("volume", "㎥", Decimal(1)),
    "m³": MeasureUnit("volume", "㎥", Decimal(1)),
    "㎘": MeasureUnit("volume", "㎥", Decimal(1)),
    "ℓ": MeasureUnit("volume", "㎥", Decimal("0.001")),
    "L": MeasureUnit("volume", "㎥", Decimal("0.001")),
    "㎖": MeasureUnit("volume", "㎥", Decimal("0.000001")),
}
#: numeral words a unit of measure may carry before it ("1,200천㎥", "3만㎡"): times
MEASURE_MULTIPLIERS: dict[str, int] = {"천": 1_000, "만": 10_000}
#: numeral words a figure in prose may carry before its unit of measure, the figure's own
#: ("1,200만 톤", "1억㎥", "2천만 톤"): times (a figure in 억 before a unit is that measure)
PROSE_MEASURE_MULTIPLIERS: dict[str, int] = {
    "천만": 10_000_000, "백만": 1_000_000, "억": 100_000_000, "천": 1_000, "만": 10_000,
}  # fmt: skip
#: things a weight or volume is the size of, not an amount of ("1t 트럭", "2.5t 화물차",
#: "20L 종량제봉투", "암롤트럭(10톤", "5톤 이하 소형차량"): a figure in a unit of measure
#: before one (a bound between, "이하"), or in brackets right after one, is the thing's
#: size, kind ``text``, no measure to add up
SIZED_THINGS: tuple[str, ...] = (
    "트럭", "화물차", "차량", "지게차", "굴삭기", "굴착기", "덤프", "청소차", "수거차",
    "진개차", "살수차", "봉투", "용기", "포대", "마대",
)  # fmt: skip
#: what makes the figure before it a class of a thing, not its amount ("3t급 지게차", as
#: "3톤급")
SIZE_CLASS: tuple[str, ...] = ("급",)
#: bounds that may stand between a size and its thing ("5톤 이하 소형차량")
SIZE_BOUNDS: tuple[str, ...] = ("이하", "이상", "미만", "초과")
#: last words of a column's header whose figures are sizes of a thing ("규격": 청소차량
#: 현황's `규격 | 대수` over `10톤 | 12`): no measures
SIZE_HEADS: tuple[str, ...] = ("규격",)

#: units of measure, and counters of goods sold by the piece, a price is per ("원/㎥",
#: "천원/인", "원/톤", "원/매" for a bag, "원/개" for a piece of furniture): a figure in
#: won per one of them is no amount of money (a count set after the slash, "백만원/개소",
#: "천원/건", is the second unit of a list)
PER_UNITS: tuple[str, ...] = (
    "㎥", "㎡", "m³", "m²", "톤", "t", "인", "일", "ℓ", "L", "kWh", "㎾h", "가구", "세대", "㎞",
    "km", "kg", "㎏", "월", "매", "개", "장", "병",
)  # fmt: skip
#: units of time a rate is per ("톤/일", "명/일"; a period's "년/월" is time over time)
TIME_UNITS: frozenset[str] = frozenset({"일", "년", "월", "주", "시간", "분", "개월", "회"})
#: units after a slash that may instead be the label of a list's next item, a figure of its
#: own after it ("인구 3만명/세대 1만세대", "주 2회/월 8회"): no per then (a counter of
#: pieces, "570원/매 10ℓ …", is never a label)
LIST_LABEL_UNITS: frozenset[str] = frozenset({"세대", "가구", "일", "월", "주", "년"})
#: what an amount of money may be per and still be money: a year, as any budget figure is
#: a year's ("1,000백만원/년"); per a month, a day or a head it is a rate or a price
ANNUAL_UNITS: frozenset[str] = frozenset({"년"})

# --------------------------------------------------------------------------- organisation

Level = Literal["bureau", "division", "team"]

#: the words a unit's name ends with, or a count line counts in ("3과 13팀"), and the rank
#: they stand for: 실·국·본부 above 과·담당관·사업소 above 팀.  A longer word wins over
#: a shorter one it ends with (담당관 over 관, 사업소 over 소).
#: what a body runs, counted beside its units ("2실 4부 4수탁시설", "3산하기관"): the last
#: word of such a count (not an organisation level of its own)
FACILITY_WORDS: tuple[str, ...] = ("시설", "기관")

ORG_UNIT_WORDS: dict[str, Level] = {
    "본부": "bureau",
    "기획관": "bureau",
    "실": "bureau",
    "국": "bureau",
    "부": "bureau",
    "처": "bureau",
    "청": "bureau",
    # (a 구's 보건소 reports as a bureau does, over its 과)
    "보건소": "bureau",
    "담당관": "division",
    "정책관": "division",
    "관": "division",
    "과": "division",
    "단": "division",
    "추진단": "division",
    "지소": "division",
    "사업소": "division",
    # (a 소방본부's stations: "6소방서", "○ 소방서 : 가람소방서, …")
    "소방서": "division",
    # (a council secretariat's committee offices: "6전문위원실")
    "전문위원실": "division",
    "관리소": "division",
    "출장소": "division",
    # (a 도's 사업소 named for its research: "수산자원연구소")
    "연구소": "division",
    # (... counted by its last letter: "3과 1소 11팀", 과수연구소 the 1소; see LETTER_WORDS)
    "소": "division",
    # (a 군's bodies counted by kind: "2직속기관 3사업소 9읍면", each listed under its kind,
    # "○ 직속기관(2) : 보건소, 농업기술센터", "○ 읍·면(9) : 백운읍, …")
    "직속기관": "division",
    "읍면": "division",
    "읍면동": "division",
    "센터": "division",
    "팀": "team",
    # (an education office's or a province's team: "학교정책담당", "1국 4과 16담당")
    "담당": "team",
    "TF": "team",
    "TFT": "team",
    "반": "team",
    # (a 소방서's: "한솔119구조대" beside its 119안전센터)
    "구조대": "team",
    "구급대": "team",
    # (... and its small stations in the country, "솔내119지역대", counted "1지역대")
    "지역대": "team",
}

#: words of :data:`ORG_UNIT_WORDS` that are a longer word's last letter only: a name that
#: is itself a unit word ("보건소") is not of their kind
LETTER_WORDS: frozenset[str] = frozenset({"소"})

# --------------------------------------------------------------------------- dates

#: marks written in front of a two-digit year (’21); folded to the first one
QUOTE_MARKS: tuple[str, ...] = ("’", "‘", "'", "′", "`", "＇", "´", "ˊ", "΄")
#: the same marks as a regular-expression class, for the parsers that read a year
QUOTE_CLASS = "[" + "".join("\\" + m if m in "\\]^-[" else m for m in QUOTE_MARKS) + "]"

#: brackets a caption, a unit or a reference date is set in ("(단위: 천원)", "[단위: 억원]",
#: "<단위: 백만원>", "〈’25. 1. 1. 기준〉"), and the same as regular-expression classes
OPENING_BRACKETS = "(（[［<＜〈《【‹"
CLOSING_BRACKETS = ")）]］>＞〉》】›"
OPEN_CLASS = "".join("\\" + c if c in "\\]^-[" else c for c in OPENING_BRACKETS)
CLOSE_CLASS = "".join("\\" + c if c in "\\]^-[" else c for c in CLOSING_BRACKETS)

#: range marks that may also end an open range ("’21. 3.~"); folded to "~"
TILDES: tuple[str, ...] = ("~", "∼", "〜", "～", "˜")

#: dashes read as a range mark only *between* two dates ("2021-2025"); a dash
#: alone or after one date is not a range (a "-" table cell is not a date)
RANGE_DASHES: tuple[str, ...] = ("-", "‐", "‑", "‒", "–", "—", "―", "−", "－")

#: the middle dots of "상·하반기"; folded to the first one
MIDDLE_DOTS: tuple[str, ...] = ("·", "∙", "․", "‧", "・", "･", "ㆍ", "⋅")

#: spaces other than " " that HWP exports put between parts of a date
SPACES: tuple[str, ...] = ("\t", "\u00a0", "\u2002", "\u2003", "\u2009", "\u202f", "\u3000")

#: particles that may follow a counted figure or an amount's unit ("10명의", "5개소에",
#: "2.4조를"): its word ends there
NOUN_PARTICLES: tuple[str, ...] = (
    "이", "가", "을", "를", "의", "에", "은", "는", "과", "와", "도", "만", "씩", "당", "로",
    "으", "까", "부", "며", "고",
)  # fmt: skip
#: counters that number rather than count in prose ("1차 부서별 자체점검", "제2차 계획",
#: "4차로"): no count of the prose (a table's "2차" column keeps its unit)
ORDINAL_COUNTERS: tuple[str, ...] = ("차",)
#: words a one-syllable counter and a particle after it make, which are no count ("5교과",
#: "2교부", "5척도")
COUNTER_WORDS: tuple[str, ...] = ("교과", "교부", "척도")

#: counters (one syllable each) a particle may follow where a space sets them apart from
#: the figure, as Korean spelling sets a count of people ("11만 명으로"); another counter
#: so set apart ends its word ("2+1 평가" is no count of 평)
SPACED_COUNTERS: tuple[str, ...] = ("명",)

#: words that may follow an amount with no space: a bound or a range ("200억원이상",
#: "5천만원이하", "억원대")
MONEY_BOUNDS: tuple[str, ...] = ("이상", "이하", "미만", "초과", "내외", "대", "규모", "정도")

#: words that may close a day in brackets ("(11.11.까지)")
DAY_ENDS: tuple[str, ...] = ("까지", "부터")

#: how a fiscal year is written ("’26년도", "2026 회계연도"): what a plan is for, not when
#: it is done, so a month after it takes no year from it
FISCAL_YEAR_ENDINGS: tuple[str, ...] = ("년도", "연도", "회계연도", "회계년도")
#: ... the words of them a year's figure is read with ("2025회계연도", "2025 회계연도"; 년도
#: is the grammar's own)
FISCAL_YEAR_WORDS: tuple[str, ...] = ("회계연도", "회계년도")
#: ... and the letters set before its figure ("FY2025", "FY 2025")
FISCAL_YEAR_LEADS: tuple[str, ...] = ("FY",)
#: words for the year after the start's, as a range's end names it ("’25. 11.~ 익년 2.",
#: "’25. 3월 ~ 익년 2월"); alone they date nothing ("내년 보궐 선거")
NEXT_YEAR_WORDS: tuple[str, ...] = ("익년", "내년", "명년")

#: marks that lead from one step to the next ("’25. 10.~12. → 착공(3월)"): a step after
#: one is not before it
SEQUENCE_MARKS: tuple[str, ...] = ("→", "⇒", "➡", "⟶")
#: words after a date that make it the point a figure is compared with ("3월 대비"): no step
COMPARED_WORDS: tuple[str, ...] = ("대비", "比", "보다")

#: halves of the year -> (first month, last month)
HALVES: dict[str, tuple[int, int]] = {
    "상반기": (1, 6),
    "전반기": (1, 6),
    "하반기": (7, 12),
    "후반기": (7, 12),
    "상·하반기": (1, 12),  # both halves: the whole year, precision "half"
    # (in hanja, as older reports write them: "- 上半期 : 1차 융자추천")
    "上半期": (1, 6),
    "下半期": (7, 12),
}

#: halves written as one hanja after a year ("’25.上", "2026年 下")
HALVES_HANJA: dict[str, tuple[int, int]] = {"上": (1, 6), "下": (7, 12)}
#: ... or as one syllable, a word of its own ("’25.상", "’25.하"; not "’25.상수도")
HALVES_SYLLABLE: dict[str, tuple[int, int]] = {"상": (1, 6), "하": (7, 12)}

#: terms of a school year (학년도: 1 March to the end of February), as 교육청 reports date
#: their steps ("1학기", "제2학기", "2026학년도 2학기") -> (first month, last month); a last
#: month before the first falls in the next calendar year (2학기 ends in February)
SEMESTERS: dict[int, tuple[int, int]] = {1: (3, 8), 2: (9, 2)}
#: a school year after its year ("2025학년도", "’25학년도") -> its (first month, last month):
#: 1 March to the end of February of the next calendar year
SCHOOL_YEAR_WORDS: dict[str, tuple[int, int]] = {"학년도": (3, 2)}
#: school holidays ("여름방학 중", "겨울방학") -> (first month, last month); always
#: approximate, as each school sets its own
VACATIONS: dict[str, tuple[int, int]] = {
    "여름": (7, 8), "하계": (7, 8), "겨울": (12, 2), "동계": (12, 2),
}  # fmt: skip

#: quarters (written 1분기, 1/4분기 or 1사분기) -> (first month, last month)
QUARTERS: dict[int, tuple[int, int]] = {
    1: (1, 3),
    2: (4, 6),
    3: (7, 9),
    4: (10, 12),
}


class VaguePart(NamedTuple):
    """What a vague word means after a month and after a year.

    ``days``: the days of the month it covers (31 means "the last day");
    ``months``: the months of the year it covers, or None when the word does
    not apply to a whole year (상순/중순/하순 are ten-day parts of a month).
    """

    days: tuple[int, int]
    months: tuple[int, int] | None


#: vague parts after a month (’21. 2월말) or a year (’26년 초); always approximate
VAGUE_PARTS: dict[str, VaguePart] = {
    "초": VaguePart((1, 10), (1, 3)),
    "초순": VaguePart((1, 10), None),
    "상순": VaguePart((1, 10), None),
    "중순": VaguePart((11, 20), None),
    "하순": VaguePart((21, 31), None),
    "말": VaguePart((21, 31), (10, 12)),
    "말경": VaguePart((21, 31), (10, 12)),
    "중": VaguePart((1, 31), (1, 12)),  # "10월중": some time in October
    "경": VaguePart((1, 31), (1, 12)),  # "3월경": about March
    # weeks of a month ("11월 둘째주", "11월 둘째 주"), read as its days 1-7, 8-14, ...
    # (approximate: calendars start their weeks on different days)
    **{
        f"{week}{space}주": VaguePart(days, None)
        for week, days in (
            ("첫째", (1, 7)), ("둘째", (8, 14)), ("셋째", (15, 21)), ("넷째", (22, 28)),
            ("마지막", (22, 31)),
        )
        for space in ("", " ")
    },
}

#: words of a column header whose cells are dates ("기 간", "개최일", "일 정"): there a
#: cell "1.14." or "8.29.~8.31." is a day of the report's year, not a figure
#: what a column of years is headed by ("설치 년도", "준공연도", "연도"; not "전년도",
#: "회계연도", an amount's year): the event, then 년도 or 연도 (compared without spaces)
YEAR_COLUMN_WORDS: tuple[str, ...] = (
    "설치", "준공", "설립", "완공", "취득", "개관", "개소", "건립", "착공", "지정", "도입",
    "구입", "제작", "조성", "출범", "창립",
)  # fmt: skip

DATE_HEADER_WORDS: tuple[str, ...] = (
    "기간", "일자", "일시", "날짜", "일정", "시기", "기한", "개최일", "시행일", "예정일",
)  # fmt: skip

#: the days of the week, as a date writes one in brackets after its day ("’24.12.30.(월)")
WEEKDAYS: tuple[str, ...] = ("월", "화", "수", "목", "금", "토", "일")

#: words after a half or a quarter that keep its months but make it vague ("’25.
#: 상반기 중", "4/4분기 경", "하반기 내"): some time within it
PERIOD_VAGUE: tuple[str, ...] = ("중", "경", "내")

#: Korean particles that may follow a vague word ("3월 말까지"); any other
#: syllable right after it means the word was part of another word (초등, 중점)
PARTICLES: tuple[str, ...] = ("까지", "부터", "에", "께", "쯤", "경", "간")
#: of those, the ones that end the word: another syllable after one makes a word of its
#: own ("3월 중간보고회" is no "3월 중" and "간보고회")
WORD_END_PARTICLES: tuple[str, ...] = ("간",)


class YearWord(NamedTuple):
    """A word naming a part of a year: its months and whether it is vague."""

    months: tuple[int, int]
    approximate: bool


#: words for a part of the year, read with the year from context; precision "year"
YEAR_WORDS: dict[str, YearWord] = {
    "연중": YearWord((1, 12), False),  # throughout the year
    "연초": YearWord((1, 3), True),
    "연말": YearWord((10, 12), True),
    "연내": YearWord((1, 12), False),  # within the year ("연내 완료")
}

#: how often a task recurs, said beside its date or in its place ("4월~10월 매월",
#: "매년 12월", "분기별"); see also the counts "연 2회", "월 1회" (extract.normalize.when)
RECURRENCE_WORDS: tuple[str, ...] = (
    "매일", "매주", "매월", "매달", "매분기", "매반기", "매년", "격주", "격월", "격년",
    "주별", "월별", "분기별", "반기별", "수시", "상시",
)  # fmt: skip

#: words of other currencies than won: an amount before one is none in won ("3억 달러")
FOREIGN_CURRENCIES: tuple[str, ...] = ("달러", "불", "USD", "유로", "엔", "위안", "파운드")

#: words after a date meaning "as of" ("’21. 1. 31. 기준"); ignored by parse_date
AS_OF_WORDS: tuple[str, ...] = ("현재", "기준")

#: the same words before a date, as a note writes them ("※ 기준 ’26.5.31.", "기준일: ...")
AS_OF_LEADS: tuple[str, ...] = ("현재", "기준", "기준일")

#: note marks that may start an as-of note ("※ 기준 ...")
NOTE_MARKS: tuple[str, ...] = ("※", "*")

#: the words that, as the end of a range, mean "until now" or "on": an open range
#: ("’21. 9. ~ 계속")
NOW_WORDS: tuple[str, ...] = ("현재", "계속", "지속")
#: words after a two-digit year written with no quote mark that make it a year, not a
#: count of years ("24년 대비", "(25년 신설)"; "25년 이상" is a count)
BARE_YEAR_WORDS: tuple[str, ...] = (
    "대비", "신설", "변경", "폐지", "개정", "시행", "이전", "이후", "부터", "까지", "말", "초",
    "상반기", "하반기",
)  # fmt: skip
#: words before a bracket that make a two-digit count of years in it a duration, not a
#: year ("위탁기간(20년)", "장기임대(30년)")
DURATION_WORDS: tuple[str, ...] = ("기간", "임대", "연한", "수명", "계약", "보증", "존속")
#: how far from the report's year a two-digit year without a quote mark may be
BARE_YEAR_NEAR = 5

#: words after a date that leave its range open, as a tilde does ("’26.이후", "2020년부터")
OPEN_WORDS: tuple[str, ...] = ("이후", "부터")


# --------------------------------------------------------------------------- folding

#: one-character folds applied before matching (raw text keeps its own form):
#: quote marks, tildes, dashes, middle dots and odd spaces to one form each, and
#: full-width ASCII (digits, "．", "（", "％", ...) to ASCII.  Every fold maps one
#: character to one character, so positions in folded text are positions in raw.
FOLD: dict[str, str] = {
    **{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},
    **dict.fromkeys(QUOTE_MARKS, QUOTE_MARKS[0]),
    **dict.fromkeys(TILDES, TILDES[0]),
    **dict.fromkeys(RANGE_DASHES, RANGE_DASHES[0]),
    **dict.fromkeys(NIL_CELLS, "-"),
    **dict.fromkeys(MIDDLE_DOTS, MIDDLE_DOTS[0]),
    **dict.fromkeys(SPACES, " "),
    # the hanja of a date's parts ("’25.1月"), one character each as the Hangul
    "年": "년", "月": "월", "日": "일",
}

#: what a table prints in a rate column for an item with nothing the year before, or
#: nothing left ("- | 620,000 | 620,000 | 순증"): a rate of no figure, a value's cell
WHOLE_CHANGE_WORDS: tuple[str, ...] = ("순증", "순감", "皆增", "皆減", "개증", "개감")

#: words of how long something has lasted, before a count of years and months that is
#: no date ("근속 20년 6월 이상", "재직 25년 3월")
LENGTH_WORDS: tuple[str, ...] = ("근속", "재직", "경력", "경과", "재임", "복무", "근무", "운영")

#: a length of time after a start, "2026. 1. 1.부터 3년", "’25. 3월부터 6개월간": its unit
#: word, the longer first, and what it counts (extract/normalize/durations.py)
DURATION_UNITS: dict[str, str] = {"개월": "month", "년": "year", "주": "week", "일": "day"}
#: the word after a length that says it is all of it ("6개월간")
DURATION_SPAN_WORD = "간"
#: words after a length that bound it, no length the period is ("3년 이상", "6개월 이내")
DURATION_BOUND_WORDS: tuple[str, ...] = ("이상", "이하", "미만", "초과", "이내", "내외")
#: words after a length that make it a cycle, no length the period is ("5년 단위",
#: "3년 주기", "6개월마다")
DURATION_CYCLE_WORDS: tuple[str, ...] = ("단위", "주기", "간격", "마다", "씩")
#: counters after a length and a number that make it a frequency ("1일 2회", "2주 1회")
DURATION_TIMES_WORDS: tuple[str, ...] = ("회", "번", "차례")
#: the words after an event that count a length from it, "착공 후 24개월", "계약일로부터
#: 6개월": a period with no date (the event is not one)
DURATION_AFTER_WORDS: tuple[str, ...] = ("로부터", "이후", "부터", "후")

#: signs of a multiplication in a computation's line (산출기초: "500천원 × 3명 × 12월"):
#: a month's figure beside one is a number of months, no date
TIMES_SIGNS: tuple[str, ...] = ("×", "✕", "╳", "*", "x", "X")
#: ... of which those that mark a note too ("(* 12월 완료)", "* 12월 준공 예정") or are
#: letters: a sign only between a figure and the month ("500천원*12월", "12월 x 3명")
NOTE_TIMES_SIGNS: tuple[str, ...] = ("*", "x", "X")
#: ... and what closes the computation after its last factor ("× 12월 = 18,000천원")
PRODUCT_SIGNS: tuple[str, ...] = ("=", "＝")
