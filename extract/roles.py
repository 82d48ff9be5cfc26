"""The roles a section of a work report can have, and the titles that name them.

Titles are compared after squashing (no spaces, no middle dots), so "일 반 현 황"
is 일반현황.  To read a report whose headings use other words, add a row; the
section finder spells these words nowhere else.
"""

from __future__ import annotations

#: every role, in report order, with its Korean name
ROLES: dict[str, str] = {
    "general": "일반현황",
    "organization": "조직현황",
    "staffing": "인력현황",
    "budget_summary": "예산현황",
    "functions": "부서별 주요기능",
    "achievements": "주요업무 성과",
    "environment": "정책환경",
    "policy": "정책목표와 핵심과제",
    "plans": "주요업무 추진계획",
    "issues": "주요현안",
    "budget_items": "세부사업 예산 현황",
    "audit": "행정사무감사 처리결과",
    "appendix": "붙임",
}

#: a policy section of this many lines, bigger than any plan section, is the plan itself
#: (a vision and its strategies fill a page; tasks with their bullets fill dozens)
PLAN_MIN_LINES = 100

#: roles an appendix (붙임, 부록, 별첨) can have; any other appendix is just "appendix"
APPENDIX_ROLES: frozenset[str] = frozenset({"general", "budget_items", "audit"})

#: roles that alone do not make a file a work report (a press release has appendices too)
NOT_A_REPORT_ALONE: frozenset[str] = frozenset({"appendix"})

#: the parts of the general section (일반현황): roles found inside it
GENERAL_PARTS: frozenset[str] = frozenset(
    {"organization", "staffing", "budget_summary", "functions"}
)

#: words that name the council's own audit of the body, by which its chapter wins over
#: another of the audit role ("Ⅳ. 2025년 행정사무감사 처리결과" over an audit body's own
#: results, "Ⅱ. 2025년 주요 감사결과")
COUNCIL_AUDIT_WORDS: tuple[str, ...] = ("행정사무감사", "지적사항", "처리요구", "시정요구")

#: titles of a general part that is one part of it where an 일반현황 stands beside it (a
#: 공단's "Ⅱ. 경영현황" of its finances after "Ⅰ. 일반현황")
LESSER_GENERAL_WORDS: tuple[str, ...] = ("경영현황",)
#: words of a chapter of the projects the bureau competes for state money with ("Ⅲ.
#: 공모사업 추진현황"): no role's (its criteria and its status are no plan's items), but
#: the projects its tables list one a row are the bureau's
CONTEST_WORDS: tuple[str, ...] = ("공모사업",)
#: words of a chapter of one kind of the bureau's projects, set out beside its plan: of
#: two chapters of plans, the other is the plan (however long this one's tables)
#: words of the tasks the head set for the term, told as the pledges are ("Ⅲ. 민선8기
#: 핵심과제 이행현황" over "연번 | 과제명 | 총사업비 | 이행률" and each task's card): under
#: a title of how they stand (:data:`STATUS_WORDS`) no policy's goals, a pledges' chapter
TERM_TASK_WORDS: tuple[str, ...] = ("핵심과제",)
PLAN_KIND_WORDS: tuple[str, ...] = (
    "투자사업", "공약사업", "공약사항", *TERM_TASK_WORDS, *CONTEST_WORDS,
)  # fmt: skip
#: words of the head's pledges (공약), a kind of the bureau's projects
PLEDGE_WORDS: tuple[str, ...] = ("공약사업", "공약사항", *TERM_TASK_WORDS)
#: words of a title that tells how a kind of projects stands, not what is planned: a
#: chapter of pledges so titled ("Ⅱ. 민선8기 구청장 공약사항 추진현황", over "1. 총괄",
#: "2. 공약사항별 추진현황", "3. 부진공약 사유 및 대책") is no role's, as a 공모사업 chapter
#: is (its items sum up, rate and explain the pledges; the projects its tables list one a
#: row are the bureau's: :data:`LISTED_KIND_WORDS`)
STATUS_WORDS: tuple[str, ...] = ("추진현황", "추진상황", "이행현황", "이행상황", "추진상태")
#: ... unless it names a plan too ("Ⅲ. 민선8기 공약사업 추진상황 및 2026년 계획", "…
#: 이행계획"): the pledges are the plan's projects, each with how it stands; so too where
#: its items are cards of the pledges' facts (사업기간, 총사업비), whatever its title says
STATUS_PLAN_WORDS: tuple[str, ...] = ("계획",)
#: ... but not these, which name what is done about the pledges that lag ("… 추진현황 및
#: 향후계획", "… 및 대책"), no plan's projects
STATUS_AFTER_WORDS: tuple[str, ...] = ("향후계획", "향후추진계획", "대책")
#: titles of a status chapter's items that sum the pledges up ("1. 총 괄"), whole: neither
#: cards nor against them (a pledge may be named "… 예방대책")
STATUS_SUMMARY_TITLES: tuple[str, ...] = ("총괄", "개요", "추진개요", "총괄현황", "추진현황")
#: ... or by its ending ("공약사업 총괄")
STATUS_SUMMARY_ENDINGS: tuple[str, ...] = ("총괄", "개요")
#: ... and words of one that explains those that lag ("2. 부진공약 사유 및 대책")
STATUS_REASON_WORDS: tuple[str, ...] = ("사유",)
#: ... and endings of one that says what is done about them ("부진공약 대책", "향후
#: 추진계획"), where it states no card's facts (a pledge "… 예방대책" over its 사업기간 does)
STATUS_AFTER_ENDINGS: tuple[str, ...] = ("대책", "향후계획", "추진계획")
#: words of a chapter of no role whose tables list the bureau's projects one a row
LISTED_KIND_WORDS: tuple[str, ...] = (*CONTEST_WORDS, *PLEDGE_WORDS)
#: ... unless its title names the whole plan too ("주요업무 및 공약사업 추진계획")
PLAN_WHOLE_WORDS: tuple[str, ...] = ("주요업무", "업무계획", "업무추진")
#: words of a chapter that tells what came of the year before ("2025년 공모사업 선정 실적"):
#: its projects no plan's
RESULT_WORDS: tuple[str, ...] = ("실적", "성과", "결과")

#: top-level titles -> role, tried in this order; a title containing the word has the role
TOP_TITLES: tuple[tuple[str, str], ...] = (
    ("일반현황", "general"),
    ("기본현황", "general"),
    ("조직및예산", "general"),
    # 조직 및 인력/인원/정원 현황 (middle dots squashed: "조직·인력" is 조직인력)
    ("조직및인력", "general"),
    ("조직및인원", "general"),
    ("조직및정원", "general"),
    ("기구및정원", "general"),
    ("기구및인력", "general"),
    ("조직인력", "general"),
    ("조직예산", "general"),
    ("세부사업예산", "budget_items"),
    # (before the plan's "주요사업": "붙임 주요사업 예산 현황")
    ("주요사업예산", "budget_items"),
    ("세부사업별예산", "budget_items"),
    ("사업별예산", "budget_items"),
    # (a 공단's by the facilities it runs for the city: "붙임 1. 대행사업비 시설별 예산 현황")
    ("시설별예산", "budget_items"),
    # ("붙임 2. 예산 세부내역": the items of the budget, each with its amount)
    ("예산세부내역", "budget_items"),
    ("세부예산내역", "budget_items"),
    ("세출예산", "budget_items"),
    # (a plan's tasks with their budgets and divisions: "붙임 과제별 소요예산 및 담당부서")
    ("과제별소요예산", "budget_items"),
    ("사업별소요예산", "budget_items"),
    ("행정사무감사", "audit"),
    ("감사결과", "audit"),
    ("감사처리", "audit"),
    ("감사실시", "audit"),
    ("감사지적", "audit"),
    # a council's own words for what it demanded ("시정 및 처리요구사항 처리결과")
    ("처리요구사항", "audit"),
    ("처리요구및건의", "audit"),  # ("Ⅱ. 시정·처리요구 및 건의사항", a council's list)
    ("시정요구", "audit"),
    ("지적사항", "audit"),
    # (a report of the audit's results alone: "Ⅱ. 부서별 처리결과")
    ("처리결과", "audit"),
    ("정책환경", "environment"),
    ("여건분석", "environment"),
    ("대내외여건", "environment"),
    ("환경분석", "environment"),
    ("여건및", "environment"),
    ("주요업무성과", "achievements"),
    ("업무성과", "achievements"),
    ("추진성과", "achievements"),
    ("주요성과", "achievements"),
    ("추진실적", "achievements"),
    # (a council's: "Ⅱ. 2024년 의정활동 실적", its sessions and bills; a committee's
    # "위원회 활동실적")
    ("활동실적", "achievements"),
    # (its sessions held and bills passed as they stand: "Ⅱ. 2024년 의정활동 현황")
    ("의정활동현황", "achievements"),
    ("성과및", "achievements"),
    ("사업성과", "achievements"),
    ("중점추진과제", "plans"),
    # (a ministry's: "Ⅳ. 핵심 추진과제", its 과제 "1-1", "1-2" the plan's)
    ("핵심추진과제", "plans"),
    ("역점시책", "plans"),
    ("주요시책", "plans"),
    ("정책목표", "policy"),
    ("기본방향", "policy"),
    ("핵심과제", "policy"),
    ("비전과전략", "policy"),
    ("비전및전략", "policy"),
    ("정책방향", "policy"),
    ("추진전략", "policy"),
    ("운영방향", "policy"),
    # an agency's: "2026년 경영목표 및 전략"
    ("경영목표", "policy"),
    ("경영전략", "policy"),
    ("주요업무추진계획", "plans"),
    ("주요업무계획", "plans"),
    ("주요사업추진계획", "plans"),
    ("업무추진계획", "plans"),
    ("업무계획", "plans"),
    ("주요사업", "plans"),
    # (a 추경 report's cards of the projects it changes: "Ⅳ. 주요 추경사업 설명")
    ("추경사업", "plans"),
    ("주요추진과제", "plans"),
    ("현안", "issues"),
    ("쟁점", "issues"),
    ("당면과제", "issues"),
    # short words last: a title with a more specific word above has that role
    ("평가", "achievements"),
    ("성과", "achievements"),
    ("감사", "audit"),
    ("부록", "appendix"),
    ("별첨", "appendix"),
    ("붙임", "appendix"),
    ("추진계획", "plans"),
    ("주요업무", "plans"),
    # after the issues ("주요 현안 및 신규 사업") and the results ("역점과제 평가")
    ("추진사업", "plans"),
    ("중점과제", "plans"),
    ("역점과제", "plans"),
    ("역점사업", "plans"),
    ("중점사업", "plans"),
    ("핵심사업", "plans"),
    ("신규사업", "plans"),
    # (a chapter of the bureau's capital projects, one a row: "Ⅳ. 주요 투자사업"; of the
    # head's pledges: "Ⅱ. 민선8기 공약사업 이행계획"; not their status: STATUS_WORDS)
    *((w, "plans") for w in PLAN_KIND_WORDS if w not in (*CONTEST_WORDS, *TERM_TASK_WORDS)),
    # after the results: "’25년 평가 및 향후 업무추진방향" looks back first
    ("추진방향", "policy"),
    ("비전및목표", "policy"),
    ("비전과목표", "policy"),
    ("미래비전", "policy"),
    # (last: what the bureau asks the council to help with, "Ⅳ. 건의 및 협조사항"; not a
    # chapter of plans that names requests too, "역점사업 및 건의사항", nor an audit's; a
    # part of requests alone, "3. 건의사항", states no issue: test_probe43)
    ("협조사항", "issues"),
    # (last: a 추경 report's chapter of its items, "Ⅱ. 2026년 제1회 추가경정예산(안)" over
    # `부 서 | 세부사업명 | 기정액 | 추경액 | 증 감`; not a plan or its results that name
    # the 추경 they draw on, "Ⅱ. 하반기 주요업무 추진계획 (추경예산 반영)")
    ("추가경정예산", "budget_items"),
    ("추경예산", "budget_items"),
)

#: words of :data:`TOP_TITLES` that name the whole budget a 추경 (or a year's 세출) is, and
#: endings of a chapter so titled that sum it up rather than list its items ("Ⅱ. 추경예산안
#: 총괄" over `구 분 | 기정예산액 | 추경예산액(안) | 증 감` by account, side and division;
#: "제1회 추가경정예산 개요", "세출예산 규모"): the budget's summary, not its items
WHOLE_BUDGET_WORDS: tuple[str, ...] = ("추가경정예산", "추경예산", "세출예산")
BUDGET_SUMMARY_ENDINGS: tuple[str, ...] = ("총괄", "총괄표", "총괄현황", "개요", "규모")
#: words between such a word and its ending that name the budget's items, not its sum
#: ("세출예산 사업별 개요", "추경예산 주요사업 개요", "세출예산 세부내역 개요")
BUDGET_ITEM_WORDS: tuple[str, ...] = ("사업", "내역", "세부")

#: endings of an office's name that hold a chapter word in their letters and name no
#: role by it ("기획감사실", "감사담당관": no audit); not 과, the end of 결과 and 성과 too
OFFICE_NAME_ENDINGS: tuple[str, ...] = ("실", "관", "국")

#: words of a plan in a title that names the year's results too ("2024 추진실적 및 2025
#: 추진계획"): its items are the plan's projects, their results in them
PLAN_AND_RESULT_WORDS: tuple[str, ...] = ("추진계획", "업무계획", "사업계획")

#: top-level titles -> role where the title starts with the word: an agency's "기관 현황"
#: or "기관 개요" is its general section, where "산하 공공기관 현황" is not
LEADING_TOP_TITLES: tuple[tuple[str, str], ...] = (
    ("기관현황", "general"),
    ("기관개요", "general"),
    ("일반사항", "general"),
    # (a city's corporations and foundations name themselves by their kind: "Ⅰ. 공단 현황")
    ("공단현황", "general"),
    ("공단개요", "general"),
    ("공사현황", "general"),
    ("공사개요", "general"),
    ("재단현황", "general"),
    ("재단개요", "general"),
    # (a 공단's or 공사's general part, its 조직, 인력 and 예산: "Ⅰ. 경 영 현 황"; beside
    # an 일반현황, its finances: LESSER_GENERAL_WORDS)
    *((w, "general") for w in LESSER_GENERAL_WORDS),
)

#: top-level titles -> role where the title is the word after its year at most: an
#: agency's plan, "Ⅲ. 2026년 사업계획" (after the results: "사업성과" is theirs), where
#: "민간위탁 사업계획 승인 현황" tells how others' plans stand
YEAR_TOP_TITLES: dict[str, str] = {"사업계획": "plans", "사업계획(안)": "plans"}

#: top-level titles -> role where the title is the word and nothing more: a chapter
#: titled "Ⅰ. 현 황" is the general section, where "산하기관 현황" or "현황 및 문제점" is not
WHOLE_TOP_TITLES: dict[str, str] = {"현황": "general", "총괄": "general"}

#: what a chapter titled by the body its cover names says of it, after the name: the
#: body's own general chapter ("Ⅱ. 기획감사실 현황" after "Ⅰ. 군정 일반현황" in the
#: report of "한솔군 기획감사실"); compared without spaces
OWN_CHAPTER_TOPICS: tuple[str, ...] = ("현황", "일반현황", "기본현황", "개요", "개황", "운영현황")

#: titles of the general section's parts -> role; a title is the word, or starts
#: with it followed by something that is not a letter ("인 력 : 정원 80명", "조직현황 1기획관")
PART_TITLES: dict[str, str] = {
    "조직현황": "organization",
    "기구현황": "organization",
    "조직및인력현황": "organization",
    "조직및인원": "organization",
    "조직및인력": "organization",
    "조직": "organization",
    "기구": "organization",
    "조직도": "organization",
    "행정조직현황": "organization",
    "행정조직": "organization",
    "조직및정원": "organization",
    "기구및정원": "organization",
    "기구조직": "organization",
    "기구및조직": "organization",
    "기구및조직현황": "organization",
    "인력현황": "staffing",
    "교직원현황": "staffing",
    "교원현황": "staffing",
    "정원및현원현황": "staffing",
    "직원현황": "staffing",
    "인력운영현황": "staffing",
    "인력운용현황": "staffing",
    "인력운용": "staffing",
    "인력운영": "staffing",
    "인원현황": "staffing",
    "정원및현원": "staffing",
    "정원현황": "staffing",
    "공무원현황": "staffing",
    "인력": "staffing",
    "인원": "staffing",
    # (an education office's part, "2. 정 원", over its table by 직종)
    "정원": "staffing",
    "예산현황": "budget_summary",
    "재정현황": "budget_summary",
    "세입세출현황": "budget_summary",
    # (a side's own: "2. 세출예산 현황 (일반회계)")
    "세출예산현황": "budget_summary",
    "세입예산현황": "budget_summary",
    "세입세출예산현황": "budget_summary",
    "세출예산": "budget_summary",
    "세입예산": "budget_summary",
    "세입세출예산": "budget_summary",
    "예산및기금": "budget_summary",
    "예산및기금현황": "budget_summary",
    "예산규모": "budget_summary",
    # (a chapter of its own, first in a 군's report: "Ⅰ. 2026년 예산 개요")
    "예산개요": "budget_summary",
    "기금운용": "budget_summary",
    "기금운용현황": "budget_summary",
    "기금현황": "budget_summary",
    "예산": "budget_summary",
    "재정": "budget_summary",
    "부서별주요기능": "functions",
    "부서별주요업무": "functions",
    "부서별기능": "functions",
    "주요기능": "functions",
    "분장사무": "functions",
    "업무분장": "functions",
    "사무분장": "functions",
    "부서별사무분장": "functions",
    "부서별업무분장": "functions",
    "부서별업무": "functions",
    "과별주요업무": "functions",
    "과별주요기능": "functions",
    # (a 과's or a 사업소's own report: its teams' duties)
    "팀별주요업무": "functions",
    "팀별주요기능": "functions",
    "팀별업무분장": "functions",
    "팀별사무분장": "functions",
}

#: words of :data:`PART_TITLES` that title the part only where its body states staff
#: ("2. 정 원" over a table of 정원 and 현원; not a garden's part, "3. 정 원" over "지방정원
#: | 민간정원", nor a bullet "○ 정원 154명 / 현원 150명"): its body holds one of
#: :data:`STAFF_BODY_WORDS` or a staff figure ("정원 154명")
STAFF_BODY_TITLES: frozenset[str] = frozenset({"정원"})
STAFF_BODY_WORDS: tuple[str, ...] = ("현원",)

#: parts of the general section that the genre has but no domain table reads (property,
#: affiliated bodies, facilities): set as plain lines, they title their part all the same
#: (compared without spaces and middle dots)
UNROLED_PART_TITLES: frozenset[str] = frozenset(
    {"재산현황", "공유재산현황", "물품현황", "시설현황", "소관시설현황", "출자출연기관현황",
     "산하기관현황", "공공기관현황", "위원회현황", "소관위원회현황"}
)  # fmt: skip

#: titles of the parts of a 정책환경 section, set as plain lines (often in a rounded
#: banner) over their items; compared without spaces and middle dots
ENVIRONMENT_PART_TITLES: frozenset[str] = frozenset(
    {"정책환경진단", "환경진단", "여건분석", "여건진단", "정책여건", "추진여건", "대응방향",
     "정책방향", "시사점", "전망및시사점"}
)  # fmt: skip

#: part titles long and specific enough to be found on a line without a marker
#: (the sample sets "조직현황", "예산현황" as plain lines)
UNMARKED_PART_TITLES: frozenset[str] = frozenset(w for w in PART_TITLES if len(w) >= 4)

#: endings of an organisation unit's name: a line that is only such a name, inside a
#: plan or a results section, heads that unit's part ("복지정책과" over its tasks)
UNIT_NAME_ENDINGS: tuple[str, ...] = (
    "담당관", "사업소", "관리소", "연구소", "보건소", "센터", "본부", "과", "단", "실", "국", "관",
    # (a 공사's 처: "(도시개발처)" after a project's title)
    "처",
    # (a 과's own report is the work of its teams: "(청년농업팀)", a part "정책총괄팀")
    "팀", "담당",
)  # fmt: skip
#: ... of a team's, a unit under a 과: a bracket that names a 과 and then its team ("(경제정책과
#: 일자리지원팀)") names the 과 that runs the work
TEAM_NAME_ENDINGS: tuple[str, ...] = ("팀", "담당")
#: endings of a unit whose name numbers it among its siblings of one work, the number
#: before the ending ("세무1과", "세무2과", "민원1팀", "건축2과", "교통1담당"): the ranks a
#: 구 or 시 splits so
NUMBERED_UNIT_ENDINGS: tuple[str, ...] = ("과", "담당관", "팀", "담당", "국")
#: the digits of that number, of either width ("세무１과")
UNIT_NUMBER_DIGITS = "0-9０-９"
#: ... not after the word of a place or a tie a count line counts the units of, glued
#: to the count ("기 구 : 본청4과 15팀", "직속2과")
COUNT_PLACE_WORDS: tuple[str, ...] = (
    "본청", "시청", "구청", "군청", "도청", "청사", "직속", "소속", "산하", "본부",
)

#: endings of the title of an audit follow-up's chapter that sums it up ("Ⅰ. 감 사 개 요" /
#: "○ 감사기간 : …" / "□ 처리 현황", before "Ⅱ. 지적사항 처리결과"): its period, its
#: counts and its table of how the findings stand are the follow-up's summary, read with
#: the findings of the audit chapter right after it (compared squashed; not 현황, which
#: may list the findings themselves)
AUDIT_OVERVIEW_ENDINGS: tuple[str, ...] = ("개요", "총괄", "개관")
#: ... and the words by which such a chapter of no role of its own names the follow-up's
#: processing ("Ⅱ. 처리 총괄" between "Ⅰ. 감사 개요" and "Ⅲ. 지적사항별 처리결과")
AUDIT_PROCESSING_WORDS: tuple[str, ...] = ("처리", "조치")

#: leading words of a block that is the general section where its chapter names no role
#: ("Ⅰ. 예산 편성 개요" / "□ 일반현황" / "○ 조 직 : 6과 22팀"), beside the general
#: section's chapter words (일반현황, 기본현황, 조직 및 인력 …): an agency's, not
#: 일반사항 (a notice's or a project's terms) nor a bare 현황 (a project card's)
GENERAL_BLOCK_LEADS: tuple[str, ...] = tuple(
    w for w, role in LEADING_TOP_TITLES if role == "general" and w != "일반사항"
)
#: ... the bodies whose own such block each leading word's kind is, by how the name the
#: cover gives ends ("재단현황" in "(재)청림문화재단"'s report): in a 국's report it is a
#: foundation's or a corporation's it oversees ("Ⅱ. 출연기관 운영 관리" / "□ 재단현황"),
#: not the 국's own
GENERAL_BLOCK_BODIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("재단", ("재단",)),
    ("공단", ("공단",)),
    ("공사", ("공사",)),
    ("경영", ("공단", "공사", "재단")),
    ("기관", ("공단", "공사", "재단", "기관", "원")),
)
#: words of a chapter's title that names the bodies the report's body oversees or
#: funds ("Ⅱ. 출연기관 운영 관리", "공사·공단 경영 관리", "민간위탁 시설 운영"): a general
#: block in it is theirs (compared squashed)
SUBSIDIARY_WORDS: tuple[str, ...] = (
    "출연기관", "출자기관", "출자출연", "출연출자", "산하기관", "산하단체", "공사공단",
    "공기업", "위탁",
)  # fmt: skip

#: titles of the parts of an audit follow-up (행정사무감사 처리결과), set as plain lines
#: over their findings; compared without spaces and middle dots, as a prefix
AUDIT_PART_TITLES: tuple[str, ...] = (
    "시정처리요구사항", "시정및처리요구사항", "시정요구사항", "처리요구사항", "건의사항",
    "기타사항", "자료제출등기타사항",
)  # fmt: skip
