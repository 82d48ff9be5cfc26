"""The vocabulary of budget tables and budget prose, one table each.

Words are compared after :func:`extract.parse.text.squash` (spaces and middle
dots removed), so letter-spaced headers such as "세 입" or "증 감 률" match.
The budget readers (:mod:`extract.parse.budget_table`,
:mod:`extract.parse.budget_lines`) spell these words nowhere else: to read a
report that writes its budget with other words, extend a table here.
"""

from __future__ import annotations

from extract.roles import TEAM_NAME_ENDINGS

#: words of a header or a label that name a side of the budget, tried in order
#: ("세외수입" is revenue, "총지출" expenditure); a text naming both sides has none
SIDE_WORDS: tuple[tuple[str, str], ...] = (
    ("세입", "revenue"),
    ("수입", "revenue"),
    ("세출", "expenditure"),
    ("지출", "expenditure"),
    # (a 공단's or 공사's accounts: 수익 and 비용)
    ("수익", "revenue"),
    ("비용", "expenditure"),
)

#: words a fund's own table opens each of its sides with, as their totals ("조 성 액 계"
#: over what comes into the fund, "운 용 액 계" over what it goes to): 조성 received, 운용
#: spent; ("액" of the amount may follow the word: "조성액")
FUND_SIDE_WORDS: tuple[tuple[str, str], ...] = (("조성", "revenue"), ("운용", "expenditure"))
#: the ending of a fund's name (재해구호기금, or the kind alone): a table of one fund's own
#: is its sources and uses, no units
FUND_ENDING = "기금"

#: words that say which part of a side, not which side: a 공사's 수익적 지출 is spent
#: ("수익적 수입", "자본적 지출"), though 수익 alone names revenue
SIDE_QUALIFIERS: tuple[str, ...] = ("수익적", "자본적", "경상적")

#: endings of an account's name: 일반회계, 교통사업특별회계, 재해구호기금, 양성평등계정
ACCOUNT_ENDINGS: tuple[str, ...] = ("회계", "기금", "계정")

#: a parent row whose label ends so makes its children accounts of that kind:
#: "공기업" under "특별회계" is 공기업특별회계, "고용보험" under "기금지출" a 기금
ACCOUNT_KINDS: tuple[tuple[str, str], ...] = (
    ("특별회계", "특별회계"),
    ("기금", "기금"),
)

#: names of a class of accounts, not of one: a note's "(공기업특별회계)" gives way to the
#: account the part's heading names, "□ 2026년 상수도사업특별회계 예산 : …"
ACCOUNT_CLASSES: frozenset[str] = frozenset({"공기업특별회계", "기타특별회계", "특별회계", "기금"})
#: ... of which the bare kinds a note's words may hold without naming an account ("기금"
#: of "기금 포함"): a table's account only as a class, never as a name
BARE_KINDS: frozenset[str] = frozenset({"기금", "특별회계"})
#: the last word of a special account's name that a report may set apart from its kind
#: ("상수도사업 특별회계": 상수도사업특별회계)
ACCOUNT_NAME_ENDINGS: tuple[str, ...] = ("사업",)

#: header words of a column (or row) of differences: never a budget amount
DIFFERENCE_WORDS: tuple[str, ...] = ("증감", "대비", "차액", "차이", "증가액", "감소액")

#: header words of a column of rates or shares; a word inside parentheses speaks of a
#: parenthesized figure in the cell ("예산액(구성비)": 51,288(30.7)), not of the column
RATE_WORDS: tuple[str, ...] = ("률", "율", "비율", "구성비", "비중", "%")

#: header words of a column of shares of the total ("구성비", "비중"): percentages, but no
#: change's rate, so never a summary's 증감률 (a 재단's 수입 | 2025년 | 2024년 | 증 감 | 구성비)
SHARE_WORDS: tuple[str, ...] = ("구성비", "비중", "점유율")

#: labels of a row of rates or shares (a row label is matched whole: "비율", not "...대비")
RATE_ROWS: tuple[str, ...] = ("증감률", "증감율", "비율", "구성비", "비중", "%")

#: endings of a row label that names a ratio of its own (a 공기업's 부채비율, 자기자본비율,
#: 영업이익률): its figures are percentages, no amounts, whatever the caption's money
#: (not "법률", "자율", "효율", whose 률 or 율 is no rate's); a city's 재정자립도 and
#: 재정자주도 beside its budget's size are percentages too
RATE_ROW_ENDINGS: tuple[str, ...] = (
    "비율", "이익률", "이익율", "집행률", "집행율", "달성률", "달성율", "증가율", "증가률",
    "감소율", "감소률", "성장률", "성장율", "자립도", "자주도",
)  # fmt: skip

#: header words of a column whose figures are not amounts (a year, a deadline, a count)
NOT_AMOUNT_HEADERS: tuple[str, ...] = (
    "년도", "연도", "기한", "일자", "시기", "기간", "건수", "개수", "인원", "정원", "현원",
    "연번", "순번", "번호", "비고",
)  # fmt: skip

#: header words of a column of money that is no part of the year's budget: what an earlier
#: year carried over into it ("이월액(천원)"; what is spent of the year's own, 집행액, stays
#: a line of it, labelled so)
NOT_BUDGET_HEADERS: tuple[str, ...] = ("이월액", "이월")

#: labels of a grand-total row or column (the parentheses of "계(A)" are dropped first)
TOTAL_WORDS: frozenset[str] = frozenset({"계", "합계", "총계", "총괄", "총액", "총합계", "전체"})

#: labels of a subtotal: the total of the rows of its group, not of the table
SUBTOTAL_WORDS: frozenset[str] = frozenset({"소계"})

#: endings of a group label that names a breakdown of the whole ("회계별", "부서별",
#: "성질별"): the rows under it add up to the total on their own, as another group's do
BREAKDOWN_ENDINGS: tuple[str, ...] = ("별",)

#: a label that starts with 총 and goes on with one of these is a total ("총지출(a+b)")
TOTAL_PREFIX = "총"
TOTAL_PREFIX_WORDS: tuple[str, ...] = ("지출", "수입", "세입", "세출", "예산", "사업비", "규모")

#: words that make a table (its headers, its caption, the title above it) a budget table
BUDGET_WORDS: tuple[str, ...] = (
    "예산", "세입", "세출", "회계", "기금", "조성액", "조성계획", "운용", "재정", "추경",
    "수입", "지출", "사업비", "인건비", "운영비",
)  # fmt: skip

#: ... and the words its headers or its title must hold where the table's other columns
#: count things (its amounts a budget's, "정원 | 현원 | 2026년 예산", "인력 및 예산 현황";
#: not a list of facilities, each with what it costs to run, "시설수 | 운영비")
COUNTED_BUDGET_WORDS: tuple[str, ...] = ("예산", "세입", "세출", "인건비")

#: words that make a table or a prose figure something other than a budget (debt,
#: property, the capital of an affiliated body)
NOT_BUDGET_WORDS: tuple[str, ...] = (
    "채무", "부채", "재산", "물품", "비품", "자본금", "출자", "출연기관",
    # (taxes charged and collected, "부과액 | 징수액 | 징수율": a collection, no budget)
    "부과액", "징수액", "징수율", "체납액",
)  # fmt: skip

#: words of debt: an amount of debt issued, repaid or outstanding is no budget total, in
#: its own words ("지방채 발행 : 770억원") or under a part that names it ("□ 2026년 지방채
#: 발행 및 상환 계획" over "○ 발행 : 일반회계 350억원")
DEBT_WORDS: tuple[str, ...] = ("지방채", "기채", "채무", "부채", "차입금", "원리금", "상환")
#: ... but a part that names a budget or the finances too is theirs ("2. 예산 및 채무 현황",
#: "2. 재정 및 채무 현황"); a title of these words and no other body ends that body's part
BUDGET_PART_WORDS: tuple[str, ...] = ("예산", "세입", "세출", "재정")

#: words naming bodies other than the report's own: a budget a line states after one is
#: theirs ("출자·출연기관 등 4개 기관 (정원 186명, 2026년 예산 98,420백만원)")
OTHER_BODY_WORDS: tuple[str, ...] = ("출연기관", "출자기관", "공공기관", "산하기관", "소관기관")

#: column headers of an amount's kind rather than a category: "2025년 예산", "조성액"
#: (the first a header ends with is its word: "기정예산액", "추경예산액(안)" end in 예산액,
#: their footing before it)
AMOUNT_KIND_WORDS: tuple[str, ...] = (
    "예산액", "예산", "금액", "조성", "현재액", "예상액", "운용", "결산", "추경", "본예산", "당초",
    "최종", "계획", "규모", "요구", "확정", "현액", "액",
)  # fmt: skip
#: what a kind's header may end with after its word: a draft's "안" ("추경예산안")
AMOUNT_KIND_DRAFT: str = "안"
#: what a kind's header may open with before its word: the 추경's ordinal ("제1회 추경")
AMOUNT_KIND_ORDINAL: str = r"제\d{1,2}+(?:차|회)"

#: endings of an organisation unit's name (a column or row header of a table by unit)
UNIT_ENDINGS: tuple[str, ...] = (
    "담당관", "기획관", "정책관", "사업소", "관리소", "사업단", "지원단", "추진단", "본부",
    "센터", "지소", "도서관", "과", "단", "국", "실", "팀", "소",
)  # fmt: skip

#: endings of a unit name strong enough to say that a header row holds units
STRONG_UNIT_ENDINGS: tuple[str, ...] = (
    "담당관", "기획관", "사업소", "사업단", "지원단", "추진단", "본부", "과", "국", "실",
)  # fmt: skip

#: endings of a team's name: a table all of whose rows are teams is by unit
TEAM_ENDINGS: tuple[str, ...] = TEAM_NAME_ENDINGS

#: a body's own running costs, set as a row beside its units in a table by unit
#: ("디자인정책팀 | … / 행정운영경비 | …"): the body's, an item of no unit
OWN_COST_WORDS: frozenset[str] = frozenset({"행정운영경비", "기본경비", "부서운영비", "행정경비"})

#: words that a unit's name never holds (a category or a side ending in 과, 관, 실);
#: a name ending like an account (회계, 기금) is never a unit either
NOT_UNIT_WORDS: tuple[str, ...] = (
    "세입", "세출", "수입", "지출", "경비", "사업비", "효과", "결과", "성과", "손실",
)  # fmt: skip


#: a line over budget tables that names another body: "부산시 재정현황" (the city's
#: budget in a bureau's report); the body ends with one of these
OTHER_BODY_ENDINGS: tuple[str, ...] = (
    "특별자치시",
    "특별자치도",
    "광역시",
    "특별시",
    "시",
    "도",
    "군",
    "구",
)
#: ... and the line goes on with one of these
OTHER_BODY_TOPICS: tuple[str, ...] = (
    "재정현황", "예산현황", "예산총괄", "재정", "예산", "살림",
)  # fmt: skip

#: words of prose that state a budget total ("세입 161억원", "예산규모 : ...", "기금운용 : ...")
PROSE_WORDS: tuple[str, ...] = (
    "세입", "세출", "예산", "재정", "기금", "회계", "수입", "지출",
)  # fmt: skip

#: words that may stand alone between a label's colon and its amount without naming a
#: part of it ("세출 : 약 758억원", "예산 : ’26년 758억원")
AMOUNT_QUALIFIERS: tuple[str, ...] = ("약", "총", "연", "년", "년도", "당초", "최대", "규모")

#: words of prose around a figure that make it something other than a total
#: (a change, a share, what a total includes)
PROSE_NOT_TOTAL_WORDS: tuple[str, ...] = (
    "증감", "증가", "감소", "대비", "포함", "차이", "비중",
    # (a cause of a change, "○ 예산팀 : … 유지보수 완료에 따른 감액(△30,000천원)")
    "증액", "감액",
    # (a budget a programme names, not the body's: "주민참여예산 15억원 편성")
    "참여예산", "성인지예산", "인지예산",
)  # fmt: skip

#: a word of change standing alone right after an amount: "… 자본적 지출 10,420백만원 증"
#: states a change, no total (not the word inside the amount's bracket, "(…, 4.0% 증)")
CHANGE_MARKS: tuple[str, ...] = ("증", "감", "순증", "순감")

#: words of prose that make an amount a sum over several years, no year's total
#: ("누계 재정규모 …"); a count of years does too ("5년간 총 재정규모 80조 7,290억원",
#: "5개년"), as does a range of years before it ("2025~2029년 …")
SEVERAL_YEARS_WORDS: tuple[str, ...] = ("누계", "누적")
#: a count of two years or more that an amount runs over: "5년간", "5개년", "10년 동안"
YEARS_COUNT = r"(?<![\d.,])(?:[2-9]|[1-9]\d)\s?(?:개년|년\s?(?:간|동안))"

#: bullet marks a row label may start with ("·일반회계", "□ 인건비", "- 한국어교육")
ROW_MARKERS: str = "·⋅∙•▪◦□■▣❑❒▢◻◼○◯ㅇ-–‐ㆍ*"

#: what a column of amounts holds, after its year ("’21년 예산", "2020년도 결산"): a header
#: may write that year with two digits and no quote mark only before one of these ("20년
#: 예산 21년 예산"), where a bare "20년" elsewhere is a count of years
AMOUNT_COLUMN_WORDS: tuple[str, ...] = (
    "예산", "결산", "본예산", "추경", "예산액", "예산현액", "최종예산", "당초예산",
)  # fmt: skip
#: a pattern for such a year: two digits (group ``bare``), then 년 or 년도 and the word
BARE_HEADER_YEAR = (
    r"(?<![\d,.])(?P<bare>\d{2})(?=\s*년\s*도?\s*(?:"
    + "|".join(sorted(AMOUNT_COLUMN_WORDS, key=len, reverse=True))
    + r"))"
)

#: headers of a column that names programmes (사업): a table by them is of what is spent
PROGRAMME_HEADERS: tuple[str, ...] = (
    "사업명", "세부사업", "세부사업명", "단위사업", "단위사업명", "정책사업", "정책사업명",
)  # fmt: skip

#: the governments' shares a table's columns may each be, beside its 계 ("구 분 | 계 | 국 비 |
#: 도 비 | 군 비" under "2026년 재원별 예산"): sources, not categories of revenue (교부세,
#: 보조금 beside 지방세 are kinds of income)
GOVERNMENT_SOURCES: frozenset[str] = frozenset(
    {"국비", "국", "도비", "시비", "군비", "구비", "시군비", "구군비", "시도비", "지방비"}
)

#: private shares a table of the governments' shares may set beside them ("국 비 | 도 비 | 군 비
#: | 자부담": what the farmers or the firms supported pay themselves): a source too, where two
#: governments' shares stand beside it
PRIVATE_SHARES: frozenset[str] = frozenset({"자부담", "자담", "민자"})

#: words a title of the budget's execution holds, all of them ("2025년 예산 집행현황",
#: "예산집행 실적"): its table by unit is read as a budget table wherever it stands
EXECUTION_TITLE_WORDS: tuple[str, ...] = ("예산", "집행")
#: ... and the words a column of what was spent opens with, one of them ("집행액", "집행률(%)")
EXECUTION_COLUMN_WORDS: tuple[str, ...] = ("집행액", "집행률", "집행잔액")

#: the footing a budget column's header states its amounts on, by the word it holds (tried
#: in order: "기정예산" before "예산"), and the name the footing goes by in budget_summary's
#: budget_basis ("당초예산" is the 본예산; "추경예산(안)", "2026 제1회 추경" a 추경; "2026 계획"
#: a plan's figure for its year, read as that year's budget)
BUDGET_BASES: tuple[tuple[str, str], ...] = (
    ("기정", "기정"),
    ("당초", "본예산"),
    ("본예산", "본예산"),
    ("추경", "추경"),
    ("최종", "최종"),
    ("계획", "계획"),
)
#: ... the footings a 추경 comparison of one year amends, its column (A) ("기정예산(A)",
#: "2026 본예산(A)"), and those it amends them to, its column (B) ("추경예산(안)(B)")
#: the state of the year's budget a budget line's amount is, by the word its column's
#: header holds (tried in order): the footings above but a plan's (2026 계획 is no state of
#: the budget: none), and 예산현액 (what may be spent in the year) as the 최종
LINE_BASES: tuple[tuple[str, str], ...] = (
    *((word, basis) for word, basis in BUDGET_BASES if basis != "계획"),
    ("예산현액", "최종"),
)
AMENDED_BASES: frozenset[str] = frozenset({"기정", "본예산"})
AMENDING_BASES: frozenset[str] = frozenset({"추경", "최종"})
#: the words a column's header holds where it is a year's budget without a column of the
#: change beside it ("2025 예산 | 2026 계획 | 합 계"; not "2024년 결산 | 2025년 예산")
YEAR_BUDGET_WORDS: tuple[str, ...] = ("예산", "계획", "추경")
#: what a budget part's line that lists its main items ends with, after its side's word
#: and 주요 or not ("○ 주요 세출내역", "○ 세출 주요사업", "○ 주요 세입내역"): the lines under
#: it each an item and its amount ("- 의정운영 공통경비 : 1,250백만원")
ITEM_LIST_ENDINGS: tuple[str, ...] = ("내역", "사업", "항목")
#: ... the word of its being the main ones, before or after the side's word
ITEM_LIST_MAIN: str = "주요"

#: a budget book's programme glyphs, each its level (0 정책사업, 1 단위사업, 2 세부사업),
#: as its legend reads, ``▣ 정책사업 / ■ 단위사업 / □ 세부사업``
BOOK_GLYPH_TIERS: dict[str, int] = {"▣": 0, "■": 1, "□": 2}
#: the bullets of a statistical object's 산출기초 lines under its row
BASIS_MARKERS: frozenset[str] = frozenset({"○", "ㅇ", "-", "·", "ㆍ", "•", "◦", "▸"})
