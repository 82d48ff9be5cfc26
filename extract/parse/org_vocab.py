"""The vocabulary of organisation charts and staffing tables, one table each.

Words are compared after :func:`extract.parse.text.squash` (no spaces, no
middle dots).  To read a report that writes its units, grades or staff
labels differently, add a row here; the parsers of :mod:`extract.parse.org_chart`
and :mod:`extract.parse.staff_tables` and the checks of
:mod:`extract.checks.org_staff` spell these words nowhere else.
"""

from __future__ import annotations

from typing import Literal

from extract.layout.vocab import REMARK_WORDS
from extract.normalize.vocab import ORG_UNIT_WORDS, Level

#: units one word names whole, with no name before it (a ministry's 대변인: its
#: spokesperson's office), and their rank
WHOLE_WORD_UNITS: dict[str, Level] = {"대변인": "division"}

#: a 보건소's branch offices, a kind of unit each: listed after its chart ("○ 보건지소(5) :
#: 한내보건지소, …", "○ 보건진료소(3) : …") and counted by places ("보건지소 5개소")
BRANCH_OFFICE_WORDS: dict[str, Level] = {
    "보건지소": "division", "보건진료소": "division",
    # (a 농업기술센터's offices in each 읍·면: "○ 읍면 농업인상담소(8) : 가온읍상담소, …")
    "농업인상담소": "division",
}  # fmt: skip
#: bodies a count line counts by another word than their own, the top itself ("1소 2과 6팀"
#: of a 농업기술센터, its head a 소장, as a 보건소's "1소" is the 보건소)
TOP_COUNT_WORDS: dict[str, str] = {"농업기술센터": "소"}
#: the shorter word a branch office's own name may end with ("가온읍상담소", of the kind
#: 농업인상담소)
BRANCH_SHORT_WORDS: dict[str, str] = {"농업인상담소": "상담소"}

#: the unit words and their ranks live with the other counters (a table's cell "3국 2담당관
#: 14과" is a count the layout reads too); a chart also names the whole-word units and
#: the branch offices
UNIT_WORDS: dict[str, Level] = {**ORG_UNIT_WORDS, **WHOLE_WORD_UNITS, **BRANCH_OFFICE_WORDS}

#: labels of a line that lists units of kinds named together, not one unit word ("○ 실·과(13)
#: : 기획감사실, 행정복지과, …", "○ 직속기관(2) : 보건소, 농업기술센터", "○ 읍·면(9) : 백운읍,
#: …"; compared without spaces and middle dots): the rank of the units listed
KIND_LABELS: dict[str, Level] = {
    "실과": "division", "실과소": "division", "실과단": "division", "직속기관": "division",
    "읍면": "division", "읍면동": "division",
}  # fmt: skip

#: labels that group a chart's units by where they stand, naming none ("□ 본청" over the
#: table of its 과, "□ 직속기관·사업소" over theirs; compared without spaces and middle dots)
GROUP_LABELS: frozenset[str] = frozenset({
    "본청", "직속기관", "사업소", "소속기관", "산하기관", "직속기관사업소", "직속기관및사업소",
    "소속기관사업소", "본청및직속기관",
    # (a 소방본부's own divisions beside its 소방서: "본 부" merged down beside them)
    "본부",
})  # fmt: skip

#: kinds of unit a list names by their stems alone, each unit the stem and the kind's word
#: ("- 전문위원실(7) : 의회운영, 행정자치, …": 의회운영전문위원실, …)
STEM_NAMED_KINDS: frozenset[str] = frozenset({"전문위원실"})

#: the word after a count of places a count line gives a kind of unit by ("보건지소 5개소")
PLACE_COUNT_WORDS: tuple[str, ...] = ("개소",)

#: words that may stand in a count line but that do not end a chart box's name on
#: their own: a box whose name ends so (여성회관, 부산도서관) is what the count line counts
#: it as.  The rest of :data:`UNIT_WORDS` also names chart boxes.
COUNT_ONLY_WORDS: frozenset[str] = frozenset({"처", "청", "반"})
#: ... of which those that end a drawn box's name all the same, a unit's never a team's
#: ("경영기획처" over its column of team boxes: a 공사's 처, counted or not)
BOX_NAME_WORDS: frozenset[str] = frozenset({"처"})

#: the words of a division's rank: a column of teams never lists such a unit as its own,
#: and a card's theme that ends so names the division the card belongs to
DIVISION_RANK_WORDS: frozenset[str] = frozenset({"과", "담당관", "관", "정책관"})

#: unit words of either rank: a bureau's (기획조정실, a 공사's 처) or a division's (감사실,
#: 119종합상황실); listed with 과 on one line, such a unit is of their rank
EITHER_RANK_WORDS: frozenset[str] = frozenset({"실", "처"})
#: the words of places a 구 or 군 runs (its 동, 읍, 면): units a group's label may count,
#: and no division a project's bracket names ("(백운읍, 청솔면)": where the work is)
PLACE_UNIT_WORDS = frozenset({"동", "읍", "면"})
#: counters of units of no kind of their own ("직속기관 | 2개", "사업소 | 6개소"): a count
BARE_COUNTERS = frozenset({"개", "개소"})
#: ... and the words of units a table's column of divisions ranks as its own (a 본부's
#: 부 under "부·사업소"; not a 기획관 the count line counts as a bureau)
COLUMN_RANK_WORDS: frozenset[str] = EITHER_RANK_WORDS | {"부"}

#: endings of a part's title or a chart's label ("○ 기 구 도" over the chart), not a team's name,
#: where a chart's lines run on into the next part ("□ 운영현황" over a table of lines and
#: stations; a team may be 하수계획)
TITLE_ENDINGS: tuple[str, ...] = (
    "현황", "조직도", "기구도", "기구표", "조직표", "직제표", "조직체계", "기구체계",
)  # fmt: skip

#: endings that end like a unit word but name no unit of a chart (출연기관, 직속기관)
NOT_UNIT_ENDINGS: tuple[str, ...] = ("기관", "위원회")

#: the endings of the body a report is about (its cover's "관광마이스국", "국립국어원");
#: the top of the chart whatever it is called
TOP_WORDS: tuple[str, ...] = (
    "본부", "기획관", "교육청", "실", "국", "부", "처", "청", "원", "단", "관",
    # (a city's corporation or foundation reporting as a body of its own)
    "공사", "공단", "재단",
    # (a commission with a secretariat of its own: 자치경찰위원회; not the council's
    # committee a cover names as who is reported to, "…의회 행정자치위원회 보고")
    "위원회",
)  # fmt: skip
#: the word of a commission reporting as a body (of :data:`TOP_WORDS`)
COMMISSION_WORD = "위원회"
#: words of a cover line that names whom the report goes to ("○○시의회 행정자치위원회",
#: "경제산업위원회 소관")
ADDRESSEE_WORDS: tuple[str, ...] = ("의회", "소관")
#: endings of a city's or province's name, before a body of its own on a cover line
#: ("가람광역시 자치경찰위원회")
CITY_ENDINGS: tuple[str, ...] = ("시", "도", "군", "구")

#: the word a team box's name gets when it is printed without one ("관광정책" under 관광정책과)
TEAM_WORD = "팀"

#: titles of officials, drawn in a chart's boxes but not units (장관, 원 장, 차관)
OFFICIALS: frozenset[str] = frozenset(
    {"장관", "차관", "원장", "청장", "국장", "실장", "본부장", "과장", "단장", "처장", "시장",
     "부시장", "부원장", "차장", "기관장", "소장", "센터장", "관장", "이사장", "대표이사", "사장",
     "상임이사", "사무처장", "사무국장", "교육감", "부교육감", "교육장",
     "의장", "부의장",  # (a 의회's chart: "의 장" over its 사무처)
     # (a 읍's, a 면's or a 동's head over its teams: "읍    장")
     "읍장", "면장", "동장",
     # (an 출연기관's or a 공단's board over its 대표이사: "이   사   회" at a chart's top)
     "이사회",
     # (... its directors and auditor beside its head: "비상임이사", "상임감사", "감  사"; the
     # head of its 감사실 is one of :func:`~extract.parse.org_boxes._heads`)
     "비상임이사", "이사", "상임감사", "감사"}
)  # fmt: skip

#: words a part of the general section about the organisation starts with
#: ("기구현황", "조 직 : 3과", "기구·조직 ▷", "행정조직 현황", "조직 및 인력")
ORG_TITLE_WORDS: tuple[str, ...] = (
    "조직현황", "기구현황", "조직및인력", "조직및정원", "조직및인원", "기구및조직", "기구조직",
    "행정조직", "조직도", "조직", "기구",
)  # fmt: skip

#: words a part about staff starts with ("인 력 : 정원 80명", "정·현원", "교직원 현황")
STAFF_TITLE_WORDS: tuple[str, ...] = (
    "인력현황", "인원현황", "정원및현원", "정현원", "정원현황", "공무원현황", "교직원현황",
    "직원현황", "인력", "인원",
)  # fmt: skip
#: ... and words that title such a part only (a header cell "정 원" is the figure it
#: labels, no group over them): an education office's "2. 정 원" over its table by 직종
STAFF_ONLY_TITLE_WORDS: tuple[str, ...] = ("정원",)

#: the title of a part about the whole government a unit's report sets before its own
#: ("1. 군정 현황", "□ 군 일반현황", "가. 시정 개요"): its kind, alone or as its
#: administration (군정), then the topic; compared without spaces and middle dots
GOVERNMENT_TITLE_KINDS: tuple[str, ...] = ("군정", "시정", "구정", "도정", "군", "시", "구", "도")
GOVERNMENT_TITLE_TOPICS: tuple[str, ...] = ("일반현황", "현황", "개요", "개황", "기본현황")
#: the word before the kind in such a title that makes it the report's own government
#: ("1. 우리 군 현황")
GOVERNMENT_TITLE_OWN: tuple[str, ...] = ("우리",)
#: the word after the topic that joins a longer topic to it ("1. 군정 현황 및 여건")
GOVERNMENT_TITLE_JOIN = "및"

#: a part, table or count that is about other bodies than the report's own (a 공사's
#: "1본부 2실 9팀", the 출자·출연기관 table): never the report's organisation
AFFILIATED_WORDS: tuple[str, ...] = (
    "공기업", "출자", "출연", "공공기관", "산하기관", "투자기관", "기관명",
)  # fmt: skip

#: column headers of a table that lists the units row by row ("국 | 과 | 팀 수 | 팀 명", each
#: division on its row, its teams listed in one cell): what each column holds
ORG_TABLE_COLUMNS: dict[str, Literal["bureau", "division", "teams"]] = {
    "국": "bureau", "실국": "bureau", "실": "bureau", "본부": "bureau",
    # (kinds named together over the units a body's top holds: "본부·실 | 팀 | 주요업무")
    "본부실": "bureau", "본부처": "bureau", "본부실처": "bureau",
    "과": "division", "과명": "division", "부서": "division", "부서명": "division",
    "처": "division", "처실": "division", "실처": "division", "처명": "division",
    "담당관": "division", "과담당관": "division",
    # (kinds named together: "과·동", "실·과", "과·소")
    "과동": "division", "실과": "division", "과소": "division", "실과소": "division",
    "팀": "teams", "팀명": "teams", "팀명칭": "teams", "소속팀": "teams", "담당": "teams",
    "담당명": "teams", "하부조직": "teams", "하부기관": "teams",
}  # fmt: skip
#: headers of a column of the units' counts, each row's, before the column that names them
#: ("구 분 | 기 구 | 부 서" over "본 부 | 4과 1실 | 소방행정과, …")
COUNT_COLUMN_HEADS: frozenset[str] = frozenset({"기구", "기구수"})

# --- staffing ----------------------------------------------------------------------------

StaffField = Literal["authorized", "current", "balance"]

#: words after which a text counts staff beyond the 정원 ("※ 정원 외 : 정책지원관 24명"):
#: no figure of the table's (compared without spaces)
BEYOND_QUOTA_WORDS: tuple[str, ...] = ("정원외", "정원초과", "별도정원")

#: staff labels -> what the number is: 정원 (authorized posts), 현원 (people in post),
#: 과부족 (현원 − 정원 as printed)
STAFF_LABELS: dict[str, StaffField] = {
    "정원": "authorized",
    "현원": "current",
    "인원": "current",
    "과부족": "balance",
    "과부족인원": "balance",
    "증감": "balance",
}

#: labels of the posts left unfilled (결원: 현원 short of 정원, printed "2" or "△2"): the
#: balance, negative whatever its sign
SHORTFALL_LABELS: frozenset[str] = frozenset({"결원", "결원수", "결원인원", "부족인원"})

#: words after a staff figure that make it a change, not a total ("정원 5명 증원")
STAFF_CHANGE_WORDS: tuple[str, ...] = (
    "증원", "감원", "감축", "증가", "감소", "결원", "부족", "초과", "확대", "축소", "조정",
)  # fmt: skip

#: labels of a cell holding two numbers "a / b", in that order ("정 원 / 현 원")
STAFF_PAIRS: dict[str, tuple[StaffField, StaffField]] = {
    "정원/현원": ("authorized", "current"),
    "정현원": ("authorized", "current"),
    "현원/정원": ("current", "authorized"),
}

#: the order of a bare "80 / 85" cell when nothing in the table names it
DEFAULT_PAIR: tuple[StaffField, StaffField] = ("authorized", "current")

#: the total row or column of a table
TOTAL_LABELS: frozenset[str] = frozenset({"계", "합계", "총계", "총원", "전체"})
#: a subtotal's row, of the group its row header sets it under ("일반직 / 소 계")
SUBTOTAL_LABELS: frozenset[str] = frozenset({"소계"})
#: a column or row of remarks: its "-" is no staff figure (the one vocabulary of remark
#: headers, extract.layout.vocab.REMARK_WORDS)
REMARK_LABELS: frozenset[str] = REMARK_WORDS

#: words of a grade (직급) label besides "N급": "8급이하", "학예연구관(5급)", "정무직", "고공단",
#: "교원"; a label containing one is a grade, unless it is a unit's name that only holds
#: the word (교원정책과, 주택공급담당관)
GRADE_WORDS: tuple[str, ...] = (
    "급이하", "급이상", "고공단", "고위공무원", "정무직", "별정직", "일반직", "전문직", "공무직",
    "교육전문직", "장학관", "장학사",
    "계약직", "기간제", "임기제", "기능직", "교원", "연구관", "연구사", "지도관", "지도사",
    "서기관", "사무관", "주사", "서기", "전문경력관", "전문관", "관리운영", "연구직", "기술직",
)  # fmt: skip

#: ranks of the uniformed services (계급), a grade each where a label is one alone
#: (소방정책과 holds 소방정 and is no grade)
RANK_WORDS: frozenset[str] = frozenset(
    {"소방총감", "소방정감", "소방감", "소방준감", "소방정", "소방령", "소방경", "소방위",
     "소방장", "소방교", "소방사", "치안총감", "치안정감", "치안감", "경무관", "총경", "경정",
     "경감", "경위", "경사", "경장", "순경"}
)  # fmt: skip

#: occupational series (직렬) a staffing table may count by, in place of grades: a label
#: that is one of them alone, or with 직 or 직렬 after it ("행정", "공업직", "시설직렬")
SERIES_WORDS: frozenset[str] = frozenset(
    {"행정", "세무", "전산", "사서", "공업", "시설", "환경", "보건", "녹지", "운전", "방호",
     "농업", "수산", "해양", "토목", "건축", "기계", "전기", "화공", "통신", "지적", "간호",
     "의료기술", "식품위생", "사회복지", "보건진료", "기록연구", "방송통신", "위생", "조무",
     "임업", "축산", "공안", "교정", "교육행정", "기술", "관리운영", "시설관리", "운영"}
)  # fmt: skip

#: groups of series a table by grade and by series sets beside its series (`행정직 | 농업직
#: | 연구직`), grade words elsewhere ("연구직" beside "5급"): series on that side alone
SERIES_GROUP_WORDS: frozenset[str] = frozenset(
    {"연구", "지도", "기능", "기술", "소방"}
)  # fmt: skip
#: the rest of a table's series or grades, counted in its 계 ("기 타")
OTHER_LABELS: frozenset[str] = frozenset({"기타", "그외", "그밖"})

#: employment forms (고용형태) a label or a text total may name
EMPLOYMENT_WORDS: tuple[str, ...] = (
    "무기계약직", "무기계약", "정규직", "계약직", "공무직", "기간제", "임기제", "시간선택제",
    "청원경찰",
    "일반직", "교육전문직", "교원", "소방직", "경찰직", "특정직", "별정직",
    # (uniformed staff seconded, counted by rank under their service: "경찰공무원 / 경정")
    "경찰공무원", "소방공무원",
)  # fmt: skip

#: posts a staff part counts apart from the officials its table counts, on a line of
#: their own ("○ 정책지원관(임기제) : 정원 22명 / 현원 20명"), where no employment word
#: names them: a council's policy aides
APART_POSTS: tuple[str, ...] = ("정책지원관",)

#: a note that says which staff figure a chart's "(35명)" is: "( )는 정원"
CHART_COUNT_LABELS: dict[str, StaffField] = {"정원": "authorized", "현원": "current"}
#: words after such a note's figure that make the bracket a part of it ("※ ( )는 현원 중
#: 휴직자"), not the figure
NOTE_PART_WORDS: tuple[str, ...] = ("중", "의", "가운데", "내", "에서", "외", "포함")
#: words of a unit's change an org chart notes in a bracket after its name, a date before
#: them or not ("사업처(’25. 신설)", "홍보팀(2025. 7. 개편)"): a note of the unit, no name
UNIT_CHANGE_NOTES: tuple[str, ...] = (
    "신설", "개편", "통합", "분리", "승격", "격상", "개칭", "명칭변경", "이관", "확대개편", "폐지",
)  # fmt: skip
