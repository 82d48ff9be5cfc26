"""The vocabulary of the report template, one table each.

Keys are compared after :func:`extract.parse.text.squash` (spaces and middle
dots removed), so letter-spaced headings such as "일 반 현 황" match.  To
read a report whose template words differ, extend a table; the parsers do
not spell these words anywhere else.
"""

from __future__ import annotations

from extract.layout.vocab import BLOCK_LABELS as BLOCK_LABELS

#: top-level section titles (after Ⅰ./Ⅱ./Ⅲ.) -> section key; matched as "contains"
SECTION_TITLES: dict[str, str] = {
    "일반현황": "general",
    "정책목표와핵심과제": "policy",
    "정책목표및핵심과제": "policy",
    "핵심과제": "policy",
    "정책목표": "policy",
    "주요업무추진계획": "plans",
    "주요업무계획": "plans",
    "주요사업추진계획": "plans",
}

#: appendix (붙임) titles -> section key; matched as "contains"
APPENDIX_TITLES: dict[str, str] = {
    "세부사업예산현황": "budget_items",
    "세부사업별예산현황": "budget_items",
    "사업별예산현황": "budget_items",
    "세출예산현황": "budget_items",
    "행정사무감사처리결과": "audit",
    "행정사무감사조치결과": "audit",
    "행정사무감사": "audit",
}

#: subsections of Ⅰ. 일반현황 -> section key; a heading line starts with one
SUBSECTION_TITLES: dict[str, str] = {
    "조직현황": "organization",
    "조직및인력현황": "organization",
    "인력현황": "staffing",
    "정원및현원": "staffing",
    "예산현황": "budget_summary",
    "부서별주요기능": "functions",
    "부서별주요업무": "functions",
    "주요기능": "functions",
}

#: every section the pipeline looks for, in report order, with its Korean name
SECTIONS: dict[str, str] = {
    "organization": "조직현황",
    "staffing": "인력현황",
    "budget_summary": "예산현황",
    "functions": "부서별 주요기능",
    "policy": "정책목표와 핵심과제",
    "plans": "주요업무 추진계획",
    "budget_items": "세부사업 예산 현황",
    "audit": "행정사무감사 처리결과",
}

#: Roman numerals used for top-level headings
ROMAN: dict[str, int] = {
    "Ⅰ": 1,
    "Ⅱ": 2,
    "Ⅲ": 3,
    "Ⅳ": 4,
    "Ⅴ": 5,
    "Ⅵ": 6,
    "Ⅶ": 7,
    "Ⅷ": 8,
    "Ⅸ": 9,
    "Ⅹ": 10,
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
}

# --- organization ---------------------------------------------------------------

#: unit words of the org-count line ("1기획관 3담당관 10팀") -> level, by position
ORG_LEVELS: tuple[str, ...] = ("bureau", "division", "team")

#: name endings of a bureau (실·국·본부·기획관) and a division (과·담당관)
BUREAU_SUFFIXES: tuple[str, ...] = ("기획관", "본부", "국", "실", "단", "관")
DIVISION_SUFFIXES: tuple[str, ...] = ("담당관", "과", "관", "단", "센터", "사업소")
#: name endings of a team (the vertical names of the org chart end with one)
TEAM_SUFFIXES: tuple[str, ...] = ("팀",)

#: the total row of a table
TOTAL_LABELS: frozenset[str] = frozenset({"계", "합계", "총계", "소계", "총괄"})

# --- staffing --------------------------------------------------------------------

#: staffing row/column labels -> field
STAFF_FIELDS: dict[str, str] = {
    "정원": "authorized",
    "현원": "current",
}

#: the label of a table's first (row-heading) column
ROW_HEADER_LABELS: frozenset[str] = frozenset(
    {"구분", "부서명", "부서", "부서명/사업명", "사업명", "팀명"}
)
#: a second label of the row header after the first ("팀 명 | 세 부 사 업 | …")
ITEM_HEADER_LABELS: frozenset[str] = frozenset({"사업명", "세부사업", "세부사업명", "단위사업"})
#: a level of a budget book's rows the row header names after a slash ("부서 / 정책사업 /
#: 단위사업 / 세부사업 / 편성목 | 예산액 | …"): all of the row header, no column
BOOK_HEADER_LEVELS: frozenset[str] = ITEM_HEADER_LABELS | frozenset(
    {"정책사업", "정책사업명", "단위사업명", "편성목", "통계목", "부서"}
)

#: the label that names the project a cell sets out
NAME_LABELS: frozenset[str] = frozenset({"사업명", "과제명", "공모사업명"})
#: headers of the column of the projects' names, besides the labels of a cell's
LIST_NAME_HEADERS = NAME_LABELS | frozenset({"세부사업명", "단위사업명", "사업명칭", "공약명"})
#: headers of a list's column of how much each row's project does ("사업명 | 개소 | 사업비
#: | 국비 | …" of a 시범사업 list): a fact of the row, kept under :data:`QUANTITY_FIELD`
QUANTITY_HEADERS: frozenset[str] = frozenset({"사업량", "물량", "수량", "개소", "개소수"})
#: the label a project's quantity is kept under (as a card's "○ 사업량 : 3개소")
QUANTITY_FIELD = "사업량"
#: labels of a project's facts that state its quantity, in the order one is preferred where
#: a card has several (squashed: "사 업 량" is 사업량): :mod:`extract.parse.project_quantity`
QUANTITY_LABELS: tuple[str, ...] = (
    QUANTITY_FIELD, "사업량및규모", "사업규모", "수량", "시설규모", "규모",
)  # fmt: skip

#: column headers that name the division running a row's project (the 공모사업 appendix's
#: 부서명 beside 사업내용); not 주관부처, the ministry that runs the competition
DIVISION_COLUMNS: frozenset[str] = frozenset(
    {"부서명", "부서", "담당부서", "소관부서", "추진부서", "주관부서", "담당과", "소관과", "주관과"}
)

# --- project cards (Ⅲ) -------------------------------------------------------------

# (labelled blocks of a card: extract.layout.vocab.BLOCK_LABELS, where the layout reads a
# title broken before its block's text too)

#: words of a plan block's label that name its next steps or a later year or stage, not
#: this year's plan of the work ("□ 향후계획", "□ 차년도 추진계획", "□ 후속 추진계획", "□ 다음
#: 단계 계획"): the facts under it are no facts of the card's; a word after a digit counts
#: the work's own years or stages ("1차년도 추진계획" may be this year's)
LATER_PLAN_WORDS: tuple[str, ...] = (
    "향후", "차년도", "내년", "익년", "후속", "다음단계", "차기",
)  # fmt: skip

#: ... and words of one that plans beyond this year where a block before it tells this
#: year's plan ("□ 2026년 추진계획" then "□ 중장기 추진계획"; alone, the work's whole plan)
BEYOND_PLAN_WORDS: tuple[str, ...] = ("중장기",)

#: the two blocks that hold tables rather than bullets
BUDGET_BLOCK = "예산집행계획"
SCHEDULE_BLOCK = "추진일정"

#: what a card's plan amount is (header of the 예산 집행계획 table)
BASIS_WORDS: dict[str, str] = {
    "예산현액": "예산현액",
    "예산액": "예산액",
    "예산": "예산액",
}

#: header words of the budget-plan table (not part of any item)
PLAN_HEADER_WORDS: frozenset[str] = frozenset(
    {"사업명", "예산현액", "예산액", "예산", "집행계획", "비고", "구분"}
)

#: bullet markers -> nesting level (1 = ○, 2 = -, 3 = ·/•, 0 = a note)
BULLETS: dict[str, int] = {
    "○": 1,
    "◦": 1,
    "∘": 1,  # (the ring operator some offices set for ◦)
    "ㅇ": 1,
    "o": 1,  # (the Latin letter an older export sets for ○, before a space)
    "O": 1,  # (... and OCR reads it as, and as the digit: a bullet where read_marker says)
    "0": 1,
    "●": 1,
    "◯": 1,
    "❍": 1,
    "-": 2,
    "·": 3,
    "•": 3,
    "▸": 3,
    "‣": 3,
    "▪": 3,
    "➢": 3,
    "⇒": 3,
    # what HWP's private-use bullet is drawn as, and what a CP949 export writes for it
    "□": 3,
    "■": 3,
    "ㅁ": 3,  # (□ typed as the jamo, or read so by OCR: 口)
    "口": 3,
    "※": 0,
    "*": 0,
}

#: markers that introduce a card's summary bullets or a block label (□ ■ and HWP PUA)
LABEL_MARKERS: frozenset[str] = frozenset({"•", "□", "■", "❑", "◆", "❖", "▪", "◼", "◻"})

#: the mark of a note carrying a carried-over amount
CARRYOVER_WORDS: tuple[str, ...] = ("사고이월액", "이월액", "명시이월액")

# --- audit (붙임 2) -------------------------------------------------------------------

#: audit categories as headed in the report -> category; matched as "startswith"
AUDIT_CATEGORIES: dict[str, str] = {
    "시정처리요구사항": "correction",
    "시정및처리요구사항": "correction",
    "시정요구사항": "correction",
    "처리요구사항": "correction",
    "시정처리요구": "correction",
    "시정요구": "correction",
    "처리요구": "correction",
    "건의사항": "suggestion",
    "건의": "suggestion",
    "기타사항": "other",
    "기타": "other",
    "자료제출등기타사항": "other",
    "자료요구사항": "other",
    "자료요구": "other",
    "자료제출": "other",
    "계": "total",
    "합계": "total",
    "총계": "total",
}

#: what names the proceeding a finding was made in, as a heading over its findings ("가.
#: 군정질문" / "나. 행정사무감사") or a row of the summary: the finding's source, no category
#: of it (a summary row so is "other", its word kept); compared without spaces
AUDIT_SOURCE_WORDS: tuple[str, ...] = (
    "행정사무감사", "행정사무조사", "국정감사", "시정질문", "도정질문", "군정질문", "구정질문",
    "시정질의", "도정질의", "군정질의", "구정질의", "교육행정질문", "5분자유발언",
)  # fmt: skip
#: words after the name of an audit in a section's title, what is reported of it ("민간위탁
#: 감사 실시 결과보고", "… 지적사항 처리결과"): no part of the source's name
SOURCE_TAIL_WORDS = frozenset({
    "결과", "결과보고", "결과보고서", "보고", "보고서", "실시", "실시결과", "처리결과", "조치결과",
    "처리상황", "조치상황", "추진상황", "처리현황", "조치현황", "조치계획", "지적사항", "요구사항",
    "주요",
})  # fmt: skip
#: longest heading (spaces aside) that names a proceeding ("2025년 행정사무감사")
MAX_SOURCE_HEADING = 16

#: the short forms a summary's columns (or rows) name categories by, matched whole ("구 분 |
#: 계 | 시정 | 처리 | 건의": 처리 for 처리요구, which as a start of a word is a status, 처리중)
CATEGORY_COLUMN_WORDS: dict[str, str] = {"처리": "correction", "시정": "correction"}
#: what the audit summary's row header may say besides 구분: the measure demanded
#: ("처 분 | 계 | 조치완료 | …" over rows 시정, 주의, 건의)
AUDIT_ROW_HEADER_LABELS: frozenset[str] = ROW_HEADER_LABELS | {"처분", "처분종류", "처분유형"}

#: status words -> status (squashed; "추진 중" -> "추진중"), in the audit follow-up's
#: summary and findings and in the audit results' tables alike
AUDIT_STATUSES: dict[str, str] = {
    "완료": "completed", "추진완료": "completed", "조치완료": "completed",
    "처리완료": "completed", "제출완료": "completed", "시정완료": "completed",
    "개선완료": "completed", "반영완료": "completed", "환수완료": "completed",
    "회수완료": "completed", "현지시정": "completed", "현지조치": "completed",
    "이행완료": "completed", "반영": "completed",
    "추진중": "in_progress", "진행중": "in_progress", "조치중": "in_progress",
    "진행": "in_progress",
    "정비중": "in_progress", "개선중": "in_progress", "이행중": "in_progress",
    "처리중": "in_progress", "보완중": "in_progress", "환수중": "in_progress",
    "일부완료": "in_progress", "계속추진": "in_progress", "일부조치": "in_progress",
    "부분조치": "in_progress", "일부반영": "in_progress",
    "검토중": "under_review", "협의중": "under_review", "장기검토": "under_review",
    "장기": "under_review", "장기추진": "in_progress",
    "미반영": "not_reflected", "반영불가": "not_reflected", "불수용": "not_reflected",
    "미조치": "not_reflected", "미추진": "not_reflected",
}  # fmt: skip
#: status words that give the status only as the whole status ("반영"), not inside a
#: sentence ("추후 교육과정 반영" plans it)
AUDIT_STATUS_ALONE: frozenset[str] = frozenset({"반영"})
#: labels an audit's summary headline opens with before its total ("□ 총 괄 : 지적 3건
#: (처리완료 2, 추진중 1)", "□ 총괄현황 : 지적 3건")
SUMMARY_LABELS: tuple[str, ...] = ("총괄현황", "총괄", "총계")
#: words that say what such a headline counts, before its count ("지적 3건")
FINDING_COUNT_WORDS: tuple[str, ...] = ("지적사항", "지적건수", "지적", "처리요구사항", "처리요구")

#: labels a finding's "(division)" may open with ("(소관: 복지정책과)"): not a name
AUDIT_DIVISION_LABELS: tuple[str, ...] = (
    "소관부서", "담당부서", "주관부서", "소관", "담당", "부서", "주관",
)  # fmt: skip

#: labels a finding's category may come after, on a line of its own under it ("- 구    분 :
#: 시정요구", "- 처리요구 : 시정") or in the bracket closing its title ("(처리요구 : 시정, 소관 :
#: 공원녹지과)"), squashed
AUDIT_CATEGORY_LABELS: tuple[str, ...] = (
    "구분", "유형", "처분유형", "지적유형", "지적구분", "처분구분", "처리요구", "처분요구",
    "조치요구", "요구구분",
)  # fmt: skip

#: labels a finding's own words may open with ("① 지적사항 : …", "요구내용 : …"): not its
#: words (squashed)
FINDING_LABELS: tuple[str, ...] = (
    "지적사항", "지적내용", "지적요지", "지적요약", "요구사항", "요구내용", "건의사항", "건의내용",
    # (a council's label of both, "지적 및 요구사항 : …": the finding's words)
    "지적및요구사항", "지적및요구내용",
)  # fmt: skip

#: the headings of a finding's parts (after □), squashed -> field
AUDIT_PARTS: dict[str, str] = {
    "추진상황": "status",
    "조치상황": "status",
    "처리상황": "status",
    "처리상태": "status",
    "조치상태": "status",
    "추진상태": "status",
    "진행상황": "status",
    "이행상황": "status",
    "조치여부": "status",
    "이행여부": "status",
    "추진내용": "actions",
    "검토내용": "actions",
    "조치내용": "actions",
    "조치결과": "actions",
    "처리결과": "actions",
    "처리내용": "actions",
    "이행내용": "actions",
    "추진내용및향후추진계획": "actions",
    "조치결과및향후계획": "actions",
    "향후계획": "plans",
    "향후추진계획": "plans",
    "조치계획": "plans",
}
#: an actions heading whose whole text after the colon is a status this short ("□
#: 조치결과: 추진 중", "□ 처리결과: 완료") gives the status (squashed characters)
AUDIT_STATUS_AFTER_COLON = 12
#: words that make a status a plan, not what is so ("완료 예정", "완료(예정)")
PLANNED_WORDS: tuple[str, ...] = ("예정", "계획")

#: table header lines repeated on every page of the findings table (skipped)
AUDIT_TABLE_HEADERS: tuple[str, ...] = (
    "조치결과및향후추진계획",
    "조치결과및향후계획",
    "조치결과",
)

#: headings of the audit summary part ("□ 총 괄", "○ 조치내역")
AUDIT_SUMMARY_HEADINGS: tuple[str, ...] = ("총괄", "조치내역", "처리현황")

#: the marker of a part heading in a finding (□ 추진상황: ...)
AUDIT_PART_MARKERS: frozenset[str] = frozenset("□■•▪◾◼❑◻▢▣")

# --- Ⅱ. 정책목표와 핵심과제 -------------------------------------------------------------

#: labels of the policy matrix (the left column), squashed -> part
POLICY_LABELS: dict[str, str] = {
    "비전": "vision",
    "목표": "goals",
    "정책목표": "goals",
    "전략목표": "goals",
    "추진목표": "goals",
    "중점목표": "goals",
    # (an education office's "정 책 | 추 진 과 제": its policies over their tasks)
    "정책": "goals",
    "핵심과제": "tasks",
    "주요과제": "tasks",
    "세부과제": "tasks",
    "추진과제": "tasks",
    "중점과제": "tasks",
    "전략과제": "tasks",
    "정책과제": "tasks",
    "실천과제": "tasks",
    "경영목표": "goals",
    # (where a 목표 row states one aim over them, the strategies are the goal columns)
    "추진전략": "strategies",
    "전략": "strategies",
}

#: words a goal's, a strategy's or a task's cell names it by before its number ("목표 1" /
#: "체류형 관광으로 …", "전략 2", "과제 1-3"): no words of it
POLICY_PART_WORDS: frozenset[str] = frozenset(
    {"목표", "정책목표", "전략목표", "전략", "추진전략", "과제", "추진과제", "핵심과제"}
)
#: ... and the header of a table that sets its goals in a column beside their tasks
#: ("경영목표 | 중점 추진과제"; not a matrix's left column, where "2025년 중점 추진 과제"
#: heads a row of the plan's own; a column of strategies may stand between them)
POLICY_COLUMN_LABELS: dict[str, str] = {
    **POLICY_LABELS, "중점추진과제": "tasks", "주요추진과제": "tasks", "핵심추진과제": "tasks",
}  # fmt: skip

#: labels of a page of goal and task boxes (a 전략체계도), squashed, a leading year or
#: count ("2025년", "7대") aside -> what they head (extract.parse.policy_diagram)
DIAGRAM_LABELS: dict[str, str] = {
    "비전": "vision",
    "목표": "statement",
    "전략": "strategies",
    "추진전략": "strategies",
    "추진방향": "strategies",
    "중점추진과제": "tasks",
    "추진과제": "tasks",
    "핵심과제": "tasks",
    "중점과제": "tasks",
    "전략과제": "tasks",
    "주요과제": "tasks",
    "실천과제": "tasks",
    "세부과제": "tasks",
}

#: endings of a wrapped line that continues on the next line (Korean particles
#: and connective endings); a cell's last line rarely ends with one
CONTINUATION_ENDINGS: tuple[str, ...] = (
    "위한",
    "통한",
    "위해",
    "대한",
    "관한",
    "따른",
    "향한",
    "하고",
    "하며",
    "하여",
    "에서",
    "으로",
    "까지",
    "부터",
    "에게",
    "를",
    "을",
    "의",
    "에",
    "와",
    "과",
    "및",
    "등",
    "적",
    "별",
    "한",
    "는",
    "로",
    "인",
    "된",
    "고",
)

#: words that end like a continuation but are complete nouns (제고 ends in 고, not -고)
COMPLETE_WORDS: tuple[str, ...] = (
    "제고", "보고", "신고", "재고", "공고", "광고", "사고", "최고", "창고", "참고", "경고",
)  # fmt: skip

#: status marks a project's title carries in brackets or after a star ("【신규】 …", "<계속>
#: …", "★ 공약 : …", "… (국정과제)") -> the tag recorded; a bracket holding any other word
#: ("(가칭)", "(2차)") is the title's own
TITLE_TAGS: dict[str, str] = {
    "신규": "신규",
    "신규사업": "신규",
    "계속": "계속",
    "계속사업": "계속",
    "확대": "확대",
    "공약": "공약",
    "공약사업": "공약",
    "국정과제": "국정과제",
    "도정과제": "도정과제",
    "시정과제": "시정과제",
    "구정과제": "구정과제",
    "역점": "역점",
    "역점사업": "역점",
    "역점과제": "역점",
    "중점": "중점",
    "중점과제": "중점",
}
#: the brackets a status mark is set in, open -> the marks that close it
TAG_BRACKETS: dict[str, str] = {
    "【": "】", "<": ">〉", "〈": "〉>", "‹": "›>", "《": "》", "[": "]", "(": ")）", "（": "）)",
    "〔": "〕", "［": "］",
}  # fmt: skip
#: glyphs that set a status mark before a title without brackets ("★ 공약 : …")
TAG_STARS: frozenset[str] = frozenset("★☆")

#: how a project's division was found
EVIDENCE_TITLE = "part_title"
EVIDENCE_LABEL = "label"
EVIDENCE_LINE = "unit_line"
EVIDENCE_BRACKET = "title_bracket"
#: a column of the project's table row (the 공모사업 appendix's 부서명)
EVIDENCE_COLUMN = "column"


#: the ranks a contact line names its official by, after the division ("교통정책과
#: 교통기획팀장 김○○"): no part of the division's name
PERSON_RANKS: tuple[str, ...] = (
    "팀장", "과장", "국장", "실장", "계장", "담당관", "주무관", "사무관", "서기관", "주사",
    "주사보", "서기", "연구관", "연구사", "지도관", "지도사", "담당자",
)  # fmt: skip

#: halves a chart heads its columns with in one letter under its years ("2026년" over
#: "상 | 하"): the half each names
HALF_LETTERS: dict[str, str] = {"상": "상반기", "하": "하반기"}

#: the head of a chart's column of remarks after its periods' (spaces aside: "1  2 … 12
#: 비 고"), on the line of the heads or of the years over them: no period, no year
REMARK_HEADS: tuple[str, ...] = ("비고",)

#: words that set a level a figure is to reach ("42㎍/㎥ 이하로", "65% 이상"), and the
#: verbs after such a level that say it is reached ("… 이하로 개선", "… 이상 달성"): a
#: line of a year's target level is no step (:mod:`extract.parse.aims`)
LEVEL_WORDS: tuple[str, ...] = ("이하", "이상", "미만", "초과", "수준")
LEVEL_VERBS: tuple[str, ...] = (
    "개선", "달성", "감축", "저감", "유지", "향상", "완화", "증가", "감소", "상향", "하향",
)  # fmt: skip

#: the particles between a figure and the verb that reaches it where no word of a level
#: stands ("85%까지 향상", "85%로 향상")
REACH_PARTICLES: tuple[str, ...] = ("까지", "으로", "로")
#: ... such a line is an aim where it is marked as one ("⇒ ’17년 …", "→ …", "… 목표"), or
#: where the figure reaching the level is one of a state ("유수율 85% 이상", "농도 42㎍/㎥
#: 이하"), and it says no work done (no "노후관 40km 교체로 …", "환승 할인 확대로 …")
AIM_MARKS: tuple[str, ...] = ("⇒", "→", "☞", "▷")
AIM_WORDS: tuple[str, ...] = ("목표",)
STATE_FIGURE_ENDINGS: tuple[str, ...] = ("율", "률", "농도", "지수", "만족도", "청렴도")
#: words of work done a line of a level may hold (besides a step's own words)
WORK_WORDS: tuple[str, ...] = (
    "교체", "지원", "보급", "건설", "개편", "증설", "보강", "배치", "교육", "점검", "단속",
)  # fmt: skip

#: a line's label that is a year and one of these alone tells what was done that year
#: ("’16년 실적 : 350대 보급 (3월 ~ 11월)", "추진실적(’16년) : …"; not "’24년 실적 평가 : …")
RESULT_LABELS: frozenset[str] = frozenset(
    {"실적", "성과", "추진실적", "주요실적", "추진성과", "주요성과", "추진상황", "추진현황",
     "추진경과", "경과", "실적및성과", "주요추진실적"}
)  # fmt: skip

# --- performance indicators (성과지표) ---------------------------------------------------

#: words of a header cell that names the indicators of its column ("성과지표", "지 표 명",
#: "세부지표"); a table with one is a table of indicators
INDICATOR_NAME_HEADERS: tuple[str, ...] = ("지표",)
#: headers of a column that names goals, not figures ("성과목표", a 공단's "경영목표"): the
#: names where no column names an indicator, and never a column of targets
GOAL_HEADERS: tuple[str, ...] = ("성과목표", "경영목표", "전략목표", "관리목표", "정책목표")
#: words of the title (or caption) a table of indicators stands under whose first column
#: names them under a plain 구분 ("○ 성과지표" over "구 분 | 단위 | ’24 실적 | ’25 목표")
INDICATOR_TITLE_WORDS: tuple[str, ...] = ("성과지표", "성과목표", "경영목표", "관리지표")
#: words of a column header (or a row header beside the name) -> the kind of its figures;
#: looked up in order, the first word the header holds decides (목표달성률 is a rate)
INDICATOR_KINDS: dict[str, str] = {
    "달성률": "rate", "달성율": "rate", "달성도": "rate",
    "실적": "actual", "목표": "target", "기준치": "baseline", "기준": "baseline",
    "현재": "baseline", "현수준": "baseline", "현황": "baseline",
}  # fmt: skip
#: words of a column header of no figure of the indicator (how it is measured, its
#: weight, a change against another column)
INDICATOR_OTHER_HEADERS: tuple[str, ...] = (
    "산식", "산출", "측정", "방법", "근거", "출처", "비고", "가중치", "증감", "대비", "설명",
    "자료", "주기", "부서",
)  # fmt: skip
#: the header of a column of units
UNIT_HEADERS: tuple[str, ...] = ("단위",)
#: labels of a prose line that states an indicator ("○ 성과지표 : 청년 고용률 45%(’24년
#: 43.2%)"); a line labelled 목표 states one only under a line with one of these
INDICATOR_LABELS: tuple[str, ...] = ("성과지표", "핵심성과지표", "관리지표", "지표", "성과목표")
#: labels of a line that states an indicator's target under a line that names it
TARGET_LABELS: tuple[str, ...] = ("목표", "목표치")
#: units an indicator's figure is printed with (longest first when matched)
INDICATOR_UNITS: tuple[str, ...] = (
    "%", "％", "%p", "명", "건", "점", "개소", "개사", "개", "회", "곳", "가구", "시간", "일",
    "천명", "만명", "억원", "백만원", "천원", "원", "등급", "위", "배", "㎡", "㎞", "km", "톤",
    "대", "호", "세대", "개월", "분",
)  # fmt: skip

#: the money units a table of a project's sources is drawn in where its caption states
#: none and its 계 is not the card's cost in the cost's own unit ("총 25억원" over "2,500 |
#: 1,500 | …": 백만원); units no report states a table in (십만원, 천만원, 십억원, 조원) are
#: left out, a 계 of a tenth of the cost (this year's share) being no total in 천만원
SOURCE_TABLE_UNITS: tuple[str, ...] = ("원", "천원", "만원", "백만원", "억원")

#: words of a cost's label that make it an earlier year's ("전년도 사업비 : 120백만원"): no
#: cost of the card where a label of its own year states one too
PAST_COST_WORDS: tuple[str, ...] = ("전년도", "전년", "작년", "前年")

#: a turned plan's column of each period's whole over its sources' columns ("구 분 | 사업비 |
#: 국 비 | 시 비" over rows ’24까지, ’25, ’26 이후), as its 계 is (or its 총사업비)
PLAN_WHOLE_COLUMNS: frozenset[str] = frozenset({"사업비", "투자액", "투자계획", "소요예산"})
