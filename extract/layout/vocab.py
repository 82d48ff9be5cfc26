"""The vocabulary of a report's layout, one table each.

Markers (what starts a heading, a numbered item or a bullet), the titles of
a table of contents and the captions of tables.  Each report's own nesting
of markers is learned from the document (:mod:`extract.layout.outline`);
these tables only say which marks are markers at all.
"""

from __future__ import annotations

from extract.normalize.vocab import DATE_HEADER_WORDS, HALVES, QUARTERS

#: a year as reports write it over a column or in a heading: four digits, or two after an
#: apostrophe ("2026", "’25"); a regex fragment the year patterns of layout and parse share
YEAR = r"(?:(?:19|20)\d{2}|['’‘]\d{2})"

#: Roman numerals of top headings -> their number
ROMAN: dict[str, int] = {
    "Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "Ⅵ": 6, "Ⅶ": 7, "Ⅷ": 8, "Ⅸ": 9, "Ⅹ": 10,
    "Ⅺ": 11, "Ⅻ": 12,
    "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
    "X": 10,
}  # fmt: skip

#: words that open an appendix at the top level (붙임 1, 부록, 별첨 2) -> kind
APPENDIX_WORDS: dict[str, str] = {
    "붙임": "붙임",
    "부록": "부록",
    "별첨": "별첨",
    "첨부": "첨부",
}

#: Korean ordinal syllables of numbered items (가. 나. 다. ...), in order
HANGUL_ORDINALS: str = "가나다라마바사아자차카타파하"
#: consonants in their order, as a level of numbered lines in some plans ("ㄱ. …", "ㄴ. …")
JAMO_ORDINALS: str = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ"

#: circled numbers (①, ⑴ and ❶ styles) -> their number
CIRCLED: dict[str, int] = {
    **{chr(0x2460 + i): i + 1 for i in range(20)},  # ① .. ⑳
    **{chr(0x2474 + i): i + 1 for i in range(20)},  # ⑴ .. ⒇
    **{chr(0x2776 + i): i + 1 for i in range(10)},  # ❶ .. ❿
    **{chr(0x2780 + i): i + 1 for i in range(10)},  # ➀ .. ➉
    **{chr(0x278A + i): i + 1 for i in range(10)},  # ➊ .. ➓
    **{chr(0x24EB + i): i + 11 for i in range(10)},  # ⓫ .. ⓴ (after ❿ or ➓)
    **{chr(0x24F5 + i): i + 1 for i in range(10)},  # ⓵ .. ⓾
    **{chr(0x3251 + i): i + 21 for i in range(15)},  # ㉑ .. ㉟
    **{chr(0x32B1 + i): i + 36 for i in range(15)},  # ㊱ .. ㊿
    **{chr(0x3260 + i): i + 1 for i in range(14)},  # ㉠ .. ㉭ (Hangul circled)
}

#: how a line ends that runs on into the next: a list cut after its comma ("체결기관 :
#: 부산광역시, …, 동서대산학협력단," / "만덕종합사회복지관"); the line after it goes on it,
#: though it reads like a part's title
RUN_ON_ENDS: tuple[str, ...] = (",", "，", "、", "·", "ㆍ", "및")
#: ... but a run of dots ("···", "ㆍㆍㆍ", Korean "etc.") ends its list
CLOSED_ENDS: tuple[str, ...] = ("··", "ㆍㆍ", "‥", "…")

#: the tab (a word in a box of its own) over a page of reference material that belongs to
#: the item before it ("참고" beside "금련산청소년수련원 zone 구성(안)")
REFERENCE_TABS: frozenset[str] = frozenset({"참고", "참고자료"})

#: tags a report sets after the name of a listed task to say what changes this year (set
#: small above the line: "➌ 긴급차량 우선 신호체계 확대"); the task's name is without them
STATUS_TAGS: tuple[str, ...] = (
    "신규", "확대", "계속", "증차", "신설", "변경", "폐지", "종료", "완료", "축소", "보완",
)  # fmt: skip

#: bullet glyphs -> the kind they count as.  Look-alikes that reports use for the
#: same mark share a kind; which kind nests under which is learned per document.
BULLETS: dict[str, str] = {
    "□": "□", "■": "■", "❑": "□", "◻": "□", "◼": "■", "▣": "■",
    "○": "○", "◯": "○", "❍": "○", "◦": "◦", "ㅇ": "ㅇ", "●": "●", "◎": "◎",
    "◇": "◇", "◆": "◆", "❖": "❖", "◈": "◈",
    "▪": "▪", "▫": "▪", "•": "•", "‣": "▸", "▸": "▸", "▹": "▸", "►": "▶", "▶": "▶",
    "▷": "▷", "➢": "➢", "➤": "➢", "➔": "➔", "⇒": "⇒", "→": "⇒", "✓": "✓", "✔": "✓",
    "-": "-", "－": "-", "·": "·", "∙": "·", "+": "+",
    # as other offices set them: ⦁ (Z notation spot) for •, ⏩ for goals, ◊, ◾, ▢, ∘
    "⦁": "•", "⏩": "▶", "◊": "◇", "◾": "▪", "▢": "□", "∘": "◦", "➲": "➢", "⇨": "⇒",
    # a hand that points to what was done ("☞ 조치결과 : …" under a finding)
    "☞": "☞", "☛": "☞",
    # the Latin letter an older export sets for ○ ("o 사업기간: ’26. 1.~12."), and OCR reads
    # it as: a bullet only before a space and a word that is not Latin (:data:`LATIN_BULLETS`)
    "o": "o", "O": "o",
    # □ typed as the jamo ㅁ, or read so by OCR (口, the hanja): a bullet only before a space
    # (:data:`SPACED_BULLETS`)
    "ㅁ": "□", "口": "□",
}  # fmt: skip

#: bullets that are Latin letters: one starts an item only before a space and a letter
#: or figure that is not Latin ("o 사업비", not "o clock" nor "oil")
LATIN_BULLETS: frozenset[str] = frozenset({"o", "O"})
#: bullets that are letters of a word too: one starts an item only before a space
SPACED_BULLETS: frozenset[str] = frozenset({"ㅁ", "口"})

#: bullet glyphs that alone on their line are drawn between a diagram's boxes ("+"), not
#: a bullet with no text that takes the lines after it
DRAWN_ALONE: frozenset[str] = frozenset({"+"})

#: bullet kinds that are arrows: a line that starts with one after a line that runs
#: through the same arrow goes on that flow ("1단계(…) → 2단계(…)" / "→ 3단계(…)")
FLOW_BULLETS: frozenset[str] = frozenset({"⇒", "➔"})

#: bullets that, set again inside their own line after a space ("◾ (취항일) ’24.10.30.
#: ◾ (운항사) 에어부산"), start an item of their own: two columns of a box on one line.
#: (Not "-", "·", "*" or "ㅇ", which prose uses between words, nor the arrows of a flow,
#: "▶ 공고 ▶ 접수": :data:`FLOW_ARROWS`.)
REPEATED_BULLETS: frozenset[str] = frozenset("◾▪■◼◆◇❖◈•●▸")

#: arrows that join the boxes of a row of stages; a line of only these is the arrow
#: between two boxes ("’15년" / "➤" / "’16년~’17년" in a text export)
FLOW_ARROWS: frozenset[str] = frozenset("➤➢➩➪➔➜➡→⇒⇨▶►▷⟶➲")

#: words that number a chapter's parts as "제1장" numbers the chapter, in the older style
#: of reports ("제1장 일반현황" / "제1절 조직 및 인력" / "1. 조직"): a part's heading, the
#: level under its chapter
SECTION_WORDS: tuple[str, ...] = ("절",)

#: words that number an item in a box of its own ("현안1", "현안 2", "과제1"): a marker of
#: the kind "word:<word>"; True where the word alone on its line, before the title, is one
#: too ("현안" boxes numbered by their order; "핵심 / 과제" of a chart is a label)
ITEM_WORDS: dict[str, bool] = {
    "현안": True, "과제": False, "전략": False,
    # a strategy's or a task's box over its title ("정책방향 1" / "미래를 선도하는 ...")
    "정책방향": False, "중점과제": False, "추진과제": False, "핵심과제": False,
    "역점과제": False, "전략과제": False, "실천과제": False, "세부과제": False,
    # (a public agency's goals over their tasks: "전략목표 2. 농업 데이터 …" / "2-1. …")
    "전략목표": False, "경영목표": False,
    # an audit finding numbered by its word ("지적 1 : … (해양정책과)")
    "지적": False, "지적사항": False,
}  # fmt: skip

#: note marks: a note belongs to the item above it and never takes children (a run of
#: asterisks marks the second, third ... note of a line: "**", "***"; a note under a table
#: printed from a web page or a spreadsheet, "주: 대표이사 제외", as "주)")
NOTES: dict[str, str] = {
    "※": "※", "*": "*", "＊": "*", "주)": "※", "주 )": "※", "주:": "※", "주 :": "※", "주：": "※",
}  # fmt: skip
#: ... of them, those a label's letter and its colon make as well ("주 : 09:00~18:00" over
#: "토 : 10:00~13:00", a week's hours; "주 : 한솔군, 부 : 노인회", an event's hosts): notes
#: only where a word (or a year, "주: 2025. 12. 31. 기준") opens their text, and no line
#: beside them is labelled alike
LABEL_NOTES: frozenset[str] = frozenset({"주:", "주 :", "주："})

#: titles of a table of contents (compared without spaces)
CONTENTS_TITLES: frozenset[str] = frozenset(
    {"목차", "차례", "보고순서", "순서", "목 차", "[목차]", "<목차>", "보고목차", "contents"}
)

#: brackets that set a title apart on a line of its own, over a table or a figure
#: ("<국립국어원 국어사전 현황>", "【 추진 현황 】") -> the bracket that closes it
TITLE_BRACKETS: dict[str, str] = {
    "<": ">", "＜": "＞", "〈": "〉", "《": "》", "【": "】", "≪": "≫", "〔": "〕", "[": "]",
}  # fmt: skip

#: of those, the brackets that set an aside as often as a title ("[학교: …, 교육청: …]")
ASIDE_BRACKETS: frozenset[str] = frozenset("[")

#: words that open a table caption's unit declaration
UNIT_WORDS: tuple[str, ...] = ("단위",)

#: words of a caption's reference date ("’25. 1. 19. 기준")
AS_OF_WORDS: tuple[str, ...] = ("기준", "현재")

#: the label of a table's first (row-header) column: a text line starting with one
#: of these opens a table (compared without spaces)
HEADER_LABELS: frozenset[str] = frozenset(
    {
        "구분", "부서명", "부서", "부서명/사업명", "사업명", "연도", "년도", "기관명", "기금명",
        "항목", "과목", "직급", "계급", "회계", "회계별", "부서별", "과명", "실과", "실과소",
        "팀명", "팀", "과", "세부사업", "세부사업명", "단위사업", "과제명", "직렬", "직종",
        "과별", "팀별", "국별", "실국별",
        # (a table of indicators: "성과지표 | 목표 | 실적 | 달성률"; a 교육청's schools by
        # level: "급별 | 학교수 | 학급수 | 학생수"; not 지표 nor 지표명: "지  표  명"
        # letter-spaced over a card's table of one indicator would part 지 표 from 명, and
        # that table is read by its figures' columns)
        "성과지표", "급별", "학교급", "학교급별",
    }
)  # fmt: skip

#: column headers a text export spaces out letter by letter ("사 업 량", "증 감"): a run of
#: letters that spells one is one header, as against letters of two
SPACED_HEADER_WORDS: frozenset[str] = frozenset(
    {
        "사업량", "사업비", "예산", "예산액", "증감", "증감률", "비고", "금액", "규모", "수량",
        "단가", "인원", "정원", "현원", "완료", "추진중", "계획", "실적", "구분", "기간",
        # (accounts and totals a budget table's group header spaces out over its years)
        "합계", "소계", "일반회계", "특별회계", "기금", "세입", "세출",
        # (the kinds of an audit's findings a summary counts: "시정요구 | 처리요구 | 건  의")
        "건의", "시정", "주의", "권고", "기타",
    }
)  # fmt: skip

#: words that follow a year in a column header ("’21년 예산", "2024년도말 조성액"):
#: joining them to the year costs less when a header line is split into cells
HEADER_SUFFIX_WORDS: frozenset[str] = frozenset(
    {
        "예산",
        "예산액",
        "예산현액",
        "결산",
        "조성액",
        "계획",
        "실적",
        "추경",
        "본예산",
        "현원",
        "정원",
    }
)

#: the marks that say a table goes on over a page, spaces aside, at the foot of its part or
#: over the next ("(계속)", "[계속]", "- 계속 -", "<계속>"): its brackets around the word
CONTINUED_MARKS: tuple[str, ...] = (
    "(계속)", "(계속됨)", "（계속）", "<계속>", "〈계속〉", "《계속》", "＜계속＞", "‹계속›",
    "[계속]", "［계속］", "【계속】", "〔계속〕", "-계속-", "–계속–", "―계속―", "─계속─",
)  # fmt: skip

#: the header of a table's column of remarks (squashed): its cells are notes on the row,
#: never values ("비고": "시설 조성 완료", "사고이월 200,000")
#: (a budget book's 산출기초, its basis lines after a row's figures, "○ 홍보물 제작 : 5,000원
#: × 2,000부 = 10,000천원", stands as a remark does)
REMARK_WORDS: frozenset[str] = frozenset(
    {"비고", "참고", "참고사항", "비고란", "산출기초", "산출근거", "산출내역"}
)

#: headers of a last column of words after a row's figures, read as a remark column is
#: ("부 서 | 팀 수 | 팀 명": "경영지원과  4  총무팀, 기획예산팀")
WORDS_COLUMN_HEADERS: frozenset[str] = frozenset(
    {"팀명", "팀명칭", "소속팀", "담당업무", "주요업무", "주요기능", "주요내용", "사업내용",
     "주요시설", "시설명", "위치", "소재지",
     # (the division a row's project or event is run by, "… 96,480 | 도시계획과")
     "담당과", "소관과", "주관과", "담당부서", "소관부서", "주관부서", "추진부서", "부서", "부서명",
     "담당팀", "소관팀", "주관팀",
     # (a grade an evaluation gave each row, after its 배점 and 득점: "경영관리  40  33.2  나")
     "등급", "평가등급", "종합등급"}
)

#: labels of a row of the grades an evaluation gave, one a column ("평가등급  다  나  가"
#: under "2022년 | 2023년 | 2024년"): its grades are the row's values, not a header's names
GRADE_ROW_LABELS: frozenset[str] = frozenset({"등급", "평가등급", "종합등급", "경영평가등급"})

#: headers of the columns of a table of words alone, no figure in its rows (an office's
#: heads, "직 위 | 직 급 | 성 명 | 전화번호"; its committees, "위원회명 | 근 거 | 소관부서")
WORD_TABLE_HEADERS: frozenset[str] = frozenset(
    {"직위", "직급", "성명", "전화번호", "연락처", "담당자", "위원회명", "근거", "근거법령",
     "사무명", "수탁기관", "위탁기관", "위탁기간", "시설명", "위치", "소재지", "규모", "기관명",
     "대표자", "비고", "소관부서", "담당부서", "주요업무", "담당업무"}
)  # fmt: skip

#: the labels a card drawn as a table sets down its first column, each beside its value
#: ("사업기간 | 2026. 1. ~ 12." over "사 업 비 | …"): rows of labels, no header row
CARD_LABELS: frozenset[str] = frozenset(
    {"사업명", "사업기간", "사업비", "총사업비", "사업내용", "사업개요", "추진일정", "추진계획",
     "추진실적", "추진경과", "담당부서", "담당", "사업위치", "위치", "사업규모", "규모",
     "사업대상", "대상", "지원내용", "추진근거", "기대효과", "재원", "소요예산"}
)  # fmt: skip

#: words that bound the figure before them in a header ("4급 이상", "6급 이하", "65세
#: 이상"): one column with it (after a word, "이상" may be a column: "정상 | 이상")
HEADER_BOUND_WORDS: frozenset[str] = frozenset({"이상", "이하", "미만", "초과"})

#: words of a header over a column of bands that class the rows beside their group (a
#: tariff's "사용구간(㎥)": "0~50", "51~300", "301 이상" under "일반용"), compared without
#: spaces
BAND_HEADER_WORDS: tuple[str, ...] = ("구간",)

#: endings of a header over a column of dates of its own ("준공연도", "설립일", "사업기간"):
#: a later column so headed holds values, not the rows' labels (compared without spaces)
DATE_COLUMN_ENDINGS: tuple[str, ...] = (
    *DATE_HEADER_WORDS, "연도", "년도", "설립일", "준공일", "개관일", "개소일", "착공일",
    "지정일",
)  # fmt: skip

#: how the label of a row over a group of rows begins ("계(부경대)" over its 국비, 시비)
GROUP_HEAD_WORDS: tuple[str, ...] = ("계", "합계", "총계", "소계")

#: header words of a column of serial numbers (연번 | 업체명): a reader names its rows by
#: the first column after it headed as a name (:data:`NAME_ENDINGS`)
SERIAL_LABELS: frozenset[str] = frozenset({"연번", "번호", "순번", "no", "no."})
#: how a column header that names its rows ends, its bracket aside (업체명, 시설명칭,
#: 사업명(사업내용))
NAME_ENDINGS: tuple[str, ...] = ("명", "명칭")
#: ... but not one that names who runs the row (부서명 | 사업명: the 사업명 names it), nor
#: one that explains it (사업설명)
UNIT_NAME_ENDINGS: tuple[str, ...] = (
    "부서명", "기관명", "부처명", "과명", "구군명", "구·군명", "시군명", "자치구명", "설명",
)  # fmt: skip

#: header words of a column that labels the rows, even when its cells are numbers
#: (연번 1, 2, 3; 연도 2023, 2024) (compared without spaces)
ROW_LABELS: frozenset[str] = frozenset(
    {
        "구분",
        "연번",
        "번호",
        "순번",
        "연도",
        "년도",
        "기간",
        "직급",
        "부서명",
        "부서",
        "사업명",
        "항목",
    }
)

#: headers of a column of one-row labels that break each group of rows down where it
#: stands after the group's merged attributes ("사업명 | 사업기간 | 구 분" over 계, 국비,
#: 시비 under each project: ``extract/layout/sublabels.py``)
SUB_LABEL_HEADS: frozenset[str] = frozenset({"구분", "재원", "재원별", "재원구분"})

#: a table that prints no unit counts what its header words name: a table of 정원 and
#: 현원 counts people (명)
IMPLIED_COUNT_UNITS: dict[str, str] = {"정원": "명", "현원": "명", "인원": "명", "정원/현원": "명"}
#: ... and, where a caption lists that unit, the words that end a header of a column of
#: its own counted in it ("’25 개최 횟수" in 회 beside "위원수" in 명)
COLUMN_COUNT_UNITS: dict[str, str] = {
    **IMPLIED_COUNT_UNITS, "과부족": "명", "결원": "명", "횟수": "회", "건수": "건",
    # (people at work: "개소 | 정원 | 현원 | 종사자" under "(단위 : 개소, 명)")
    "종사자": "명", "직원": "명",
    # (a place's people: "인구 | 면적 | 사업체 수" under "(단위 : 명, ㎢, 개소)")
    "인구": "명",
    # (a council's members who took part: "5분자유발언 | 시정질문 | 참여 의원" under "(단위
    # : 건, 명)"; not "의원" alone, a clinic counted in 개소)
    "참여의원": "명", "발언의원": "명", "질문의원": "명",
}  # fmt: skip
#: people a header or row label counts ("교원수", "학생 수", "원아수"): no things a counter
#: of the caption counts though the word ends like one ("교원" like 개원): 명, its unit
PERSON_COUNT_NOUNS: dict[str, str] = {
    w: "명" for w in (
        "교원", "교사", "교직원", "학생", "원아", "유아", "아동", "직원", "강사", "주민",
        "인원", "공무원", "종사자", "이용자", "회원", "위원",
    )
}  # fmt: skip
#: endings of a column header that counts things ("시설수", "보급대수", "학생 수",
#: "수급자"): where a caption lists one count unit beside its money unit, such a column
#: counts in it
COUNT_HEADER_ENDINGS: tuple[str, ...] = ("수", "자")
#: ... and of a row's label that counts things, in a table set on its side ("공 약 수"
#: beside "총사업비"); not 자: a row of 기초생활수급자 or 긴급지원대상자 is whom its
#: figures are of, money as well as heads
ROW_COUNT_ENDINGS: tuple[str, ...] = ("수",)
#: ... and of one that names people ("참 여 자"), a count only beside a row of the
#: table's money ("사 업 비"): it is then the heads
PEOPLE_ROW_ENDINGS: tuple[str, ...] = ("자",)
#: ... and of one that holds money ("운영비", "도 비", "보조금", "가액", "2026년 예산",
#: "관광수입"; "보 수", pay, and "회 수", money recovered, though they end in 수; "투자",
#: "출자", "이자" though they end in 자)
MONEY_HEADER_ENDINGS: tuple[str, ...] = (
    "비", "금", "액", "예산", "세입", "세출", "수입", "지출", "수익", "비용", "보수", "회수",
    "세수", "징수", "투자", "출자", "융자", "이자",
)  # fmt: skip
#: ... and these, whole ("민 자", private capital, beside 국비 and 시비; not "결혼이민자")
MONEY_HEADER_WORDS: frozenset[str] = frozenset({"민자", "외자"})
#: words of a row that counts people ("지원인원 수", "수료자수"): beside it, a row ending in
#: 자 ("기초생활수급자") is whom the money goes to, not a head count
PEOPLE_COUNT_WORDS: tuple[str, ...] = ("인원", "자수", "인수", "명수")
#: ... not one of these, though it ends like it ("전년 대비": a change, of either; "보유
#: 장비", "설비", "정비": things)
NOT_MONEY_ENDINGS: tuple[str, ...] = ("대비", "장비", "설비", "정비", "준비")
#: ... and a column headed by a kind of organisation unit (과, 팀) counts them in 개
UNIT_COUNTER = "개"
#: units of measure a header's bracket states, no money nor a count ("면적(㏊)",
#: "처리량(ton)", and per a unit of time: "1일 급수량(㎥/일)"): its column's figures keep it
MEASURE_UNITS: frozenset[str] = frozenset({
    "㎥", "m³", "㎘", "ℓ", "㏊", "ha", "㎡", "m²", "㎢", "km²", "㎞", "km", "m", "㎝", "㎜",
    "톤", "t", "ton", "kg", "㎏", "㎾", "kW", "㎿", "MW", "kWh", "㎾h", "MWh", "㎿h", "GWh",
    "TOE",
})  # fmt: skip
#: words that end a header of a column measured, not counted nor paid, and the units of
#: measure it may be in: where a caption lists one of them, such a column is in it
#: ("(단위 : 필지, 동, ㎡, 천원)" over "필지 | 면적 | 가액": 면적 in ㎡, not money)
MEASURE_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "면적": ("㎡", "m²", "m2", "㎢", "km²", "㏊", "ha", "평"),
    "연장": ("㎞", "km", "m"),
    "길이": ("㎞", "km", "m", "㎝", "㎜"),
    "거리": ("㎞", "km", "m"),
    "중량": ("톤", "t", "ton", "kg", "㎏"),
    "무게": ("톤", "t", "ton", "kg", "㎏"),
    "적재량": ("톤", "t", "ton", "kg", "㎏"),
    "처리량": ("톤", "t", "ton", "kg", "㎏", "㎥", "m³"),
}
#: ... of which these end other words too, or name other things whole ("먹거리", "특화거리";
#: "계약 연장"): a header names the measure only as the word itself, its last ("도로 연장",
#: "거 리"), and not where the caption states a count none of its units ("(단위 : 건)" over
#: "신 규 | 연 장 | 해 지": extensions, counted)
MEASURE_WHOLE_WORDS: frozenset[str] = frozenset({"연장", "거리"})
#: counters a column header names before 수, the whole word before it ("동수", "보급 대수",
#: "필지 수"; not "봉사활동수"): its figures count in that counter, whatever money the
#: caption states ("(단위 : 천원)" over "동수 | 가액")
HEADED_COUNTERS: tuple[str, ...] = (
    "필지", "개소", "세대", "가구", "학급", "동", "대", "건", "층", "척", "개",
    # (a 읍·면's villages and a 동's wards: "리 수", "통 수", "반 수")
    "리", "통", "반",
)  # fmt: skip
#: ... as it may be printed multiplied ("시설용량(천㎥/일)", "처리량(만톤)")
MEASURE_MULTIPLIERS: tuple[str, ...] = ("천", "만", "십만", "백만")

#: words that bound a band of values: a cell "30명 이하" or "132㎡이상~198㎡미만" names a
#: class of rows (a row label), not a figure
BOUND_WORDS: tuple[str, ...] = ("이하", "이상", "미만", "초과")

#: ditto marks: a table cell that repeats the one above it ("〃" under "복지정책과")
DITTO_MARKS: frozenset[str] = frozenset({"〃", "″", "״", "\"", "”", "〃〃", "상동"})

#: glyphs that frame a title on both sides ("◈ 2024년 사회복지국 주요 수상내역 ◈", "- 외국인
#: 관광객 300만 시대 -"): a title set off, not an item of the glyph's list
FRAME_GLYPHS: frozenset[str] = frozenset("-–—◈◆◇❖★☆")

#: box glyphs a banner's frame is read as, before a heading's number ("□ 3. 부서별 주요업무")
BANNER_GLYPHS: frozenset[str] = frozenset("□■❑❒▢▣◻◼")

#: glyphs of a summary line set under a title, before the title's bullets ("❖ 청년의
#: 지역기업 인식개선 유도" over "□ 행사개요"): a bullet set left of one is not its own
SUMMARY_GLYPHS: frozenset[str] = frozenset("❖◇◆◈")

#: the words a picture's or chart's caption starts with, before its number ("<그림 1>")
FIGURE_WORDS: tuple[str, ...] = ("그림", "사진", "도표", "차트")

#: words that number the parts of a chapter in a series of titles ("목표 1  현장 대응역량
#: 강화", "전략 2 …"): such a line titles the chapter's next part, not a line of the last
SERIES_TITLE_WORDS: frozenset[str] = frozenset(
    {"목표", "전략", "추진전략", "전략목표", "정책목표", "분야", "추진목표"}
)

#: a group's name over columns of a header set on two lines ("증 감" over "금 액 | 비율(%)"),
#: the one a PDF's single-spaced lines are read by (compared without spaces)
COLUMN_GROUP_WORDS: frozenset[str] = frozenset(
    {"증감", "증감액", "증감내역", "전년대비", "대비", "비교", "재원", "재원별", "예산", "결산",
     "계획", "실적", "집행", "집행실적", "추경", "당초", "목표", "정원", "현원"}
)  # fmt: skip

#: the heads of a series' columns beside its years or periods, compared without spaces
#: (`2025년  2026년  2027년  계`, `2024년  2025년  2026년  증  감`): its total, the change,
#: remarks
SERIES_SIDE_HEADS: frozenset[str] = frozenset({"계", "합계", "총계", "증감", "증감률", "비고"})
#: the parts of a year that head a series' columns as years do (`상반기  하반기` over `4  6`):
#: its halves and quarters ("1분기", "1/4분기", "1사분기")
SERIES_PERIOD_HEADS: frozenset[str] = frozenset(
    {h for h, (a, b) in HALVES.items() if b - a == 5}
    | {f"{q}{way}분기" for q in QUARTERS for way in ("", "/4", "사")}
)

#: labelled blocks of a card; a label line ends with one of these (a numbered item so
#: titled, "가. 추진배경", broken by its writer before its text: the text is no part of
#: its title, extract.layout.breaks)
BLOCK_LABELS: tuple[str, ...] = (
    "그간추진실적",
    "예산집행계획",
    "추진일정",
    "추진방향",
    "추진계획",
    "세부추진계획",
    "사업개요",
    "추진개요",
    "추진경과",
    "추진근거",
    "추진배경",
    "추진내용",
    "추진실적",
    # (what the work achieved, "□ 주요성과(’16)": its lines progress, as 추진실적's)
    "주요성과",
    "추진성과",
    "주요내용",
    "사업내용",
    "기대효과",
    "향후계획",
    "운영계획",
    "현황",
    "문제점",
    "개선방안",
    # (what the work stresses, "□ 중점 추진사항" after the 추진일정's chart; not "□ 세부
    # 추진사항", a plan's dated steps)
    "중점추진사항",
    "중점과제",
    # (a table of the work's costs by year and source, "□ 중기 투자계획": no steps)
    "투자계획",
    # (any schedule's, "□ 2026년 동별 마을축제 개최 일정", "□ 세부 일정")
    "일정",
    "재원계획",
)
