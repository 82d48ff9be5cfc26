"""Forms of the genre met in a national museum's work plan (LibreOffice PDF, tasks "과제 1-1"
with "◇" labels), a 자치구's 복지문화국 (HWPX, issues answered with "□ 대응방안"), a 도's
해양수산국 (text export, cells split by tabs) and a 도시공사 (Chromium PDF, 수익적/자본적
budget, 처·실 lines): what each must give, worked out from its lines, and what had been lost
or misread before."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.layout import layout
from extract.parse.budget_prose import side_of
from extract.parse.costs import read_cost, with_unit
from extract.parse.staff_tables import caption_field
from extract.read import read_bytes
from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx, _table, _text

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"

# --- tasks numbered under their strategy, facts set as labels ---------------------------

TASKS = """2026년 업무계획
국립테스트박물관

Ⅰ. 중점 추진과제
1. 소장품 가치를 높이는 연구·보존
과제 1-1 소장품 디지털 아카이브 고도화
◇ 추진배경
○ 소장유물 디지털화 비율이 38%에 그쳐 연구·활용에 한계
◇ 주요내용
○ (디지털화 확대) 중점 소장유물 고해상도 촬영
- 중점 유물 6,000점 고해상도 촬영
◇ 소요예산 : 12.5억원
◇ 추진일정
○ 촬영 용역 발주(’26. 3월)
과제 1-2 수장고 환경 개선
◇ 추진배경
○ 수장고 포화율 91%로 수장 공간 부족
◇ 소요예산 : 18.3억원(국비 10, 지방비 8.3)
2. 국민과 함께하는 전시 혁신
과제 2-1 상설전시실 전면 개편
◇ 주요내용
○ 선사·고대실 전시 연출 개편
◇ 소요예산 : 25억원
"""


def test_tasks_numbered_under_their_strategy_with_facts_set_as_labels() -> None:
    """"과제 1-1 …" under "1. …", its facts on lines set like its labels ("◇ 추진배경" …
    "◇ 소요예산 : 12.5억원"): each task a project numbered as printed, with its cost (the
    title had kept "과제 1-1", and the cost line was read as a bullet of 주요내용)."""
    report = _text(TASKS)
    got = [(p.project_id, p.title, p.cost_label, p.cost_krw) for p in report.projects]
    assert got == [
        ("1-1", "소장품 디지털 아카이브 고도화", "소요예산", 1_250_000_000),
        ("1-2", "수장고 환경 개선", "소요예산", 1_830_000_000),
        ("2-1", "상설전시실 전면 개편", "소요예산", 2_500_000_000),
    ]
    shares = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
    assert shares == [("1-2", "국비", 1_000_000_000), ("1-2", "지방비", 830_000_000)]


# --- a Chromium PDF with spaces collapsed: its wraps say nothing ------------------------

COLLAPSED = ROOT / "tests" / "fixtures" / "chromium-collapsed-wraps.pdf"


def test_chromium_wraps_with_spaces_collapsed_are_read_by_their_words() -> None:
    """tests/fixtures/chromium-collapsed-wraps.pdf (tools/make_collapsed_wraps.py): Chromium
    with the CSS defaults breaks Hangul between any two syllables and draws no space at a
    wrap between words ("장기" / "공실"), so the PDF does not tell its wraps as the sample's
    renderings (pre-wrap) do; a line that opens with a particle or an ending ("지연으" / "로
    금융비용", "강화" / "할 것") was wrapped inside a word (these had been read "지연으 로",
    "강화 할")."""
    doc = read_bytes(COLLAPSED.read_bytes(), COLLAPSED.name)
    assert not doc.wraps_told
    told = FIXTURES / "seoul-innovation-bureau-2021-chromium.pdf"
    assert read_bytes(told.read_bytes(), told.name).wraps_told
    lay = layout(doc)
    findings = [c.text for c in lay.tables[0].cells if c.row > 0 and c.col == 1]
    assert findings == [  # as the page prints them
        "도안 2-3지구 환지계획 인가 지연으로 금융비용 등 사업비가 증가하고 있으므로 대책을 "
        "마련할 것",
        "공사채 발행 확대에 따라 부채비율 상승이 우려되므로 부채관리를 강화할 것",
        "토지보상금 지급 지연에 따른 민원이 반복되고 있으므로 처리절차를 개선할 것",
        "소액 수의계약이 특정 업체에 편중되지 않도록 집행의 투명성을 제고할 것",
    ]


# --- a budget whose groups each open with their subtotal ---------------------------------


SUBTOTALS = """2026년 주요업무보고
청림도시공사

Ⅰ. 일반현황
3. 예산
                                                         (단위 : 백만원)
 구    분              2026년 예산(A)   2025년 예산(B)   증감(A-B)
 수 입 계                   760,000         731,400        28,600
 수익적 수입 소계           486,700         439,900        46,800
   분양수익                 412,350         365,210        47,140
   임대수익                  74,350          74,690          △340
 자본적 수입 소계           273,800         291,500       △17,700
   공사채 발행              210,000         240,000       △30,000
   시 출자금                 63,300          51,500        11,800

Ⅱ. 주요업무 추진계획
1. 도시개발
□ 산업단지 조성
"""


def test_a_subtotal_that_opens_its_group_is_checked_against_its_rows() -> None:
    """A 도시공사's 수입 by 수익적 and 자본적 수입, each group after its 소계: a row whose
    label ends in 소계 is a subtotal whether or not its figures add up, and each is checked
    against the rows after it (the wrong one, 273,800 over 210,000 + 63,300, had been taken
    for a row of the 계, which then failed against 1,033,800)."""
    report = _text(SUBTOTALS)
    totals = [(r.unit, r.is_total) for r in report.budget_summary if r.is_total]
    assert totals == [("계", True), ("수익적 수입 소계", True), ("자본적 수입 소계", True)]
    got = [(c.check.rsplit(".", 1)[-1], c.passed, c.expected, c.actual)
           for c in report.validation if (c.check.startswith("budget_summary.")
           and ".total." in c.check) or ".subtotal." in c.check]  # fmt: skip
    assert got == [
        ("prev_budget", True, "731,400백만원", "731,400백만원"),
        ("budget", True, "760,000백만원", "760,000백만원"),
        ("change", True, "28,600백만원", "28,600백만원"),
        ("prev_budget", True, "439,900백만원", "439,900백만원"),
        ("budget", True, "486,700백만원", "486,700백만원"),
        ("change", True, "46,800백만원", "46,800백만원"),
        ("prev_budget", True, "291,500백만원", "291,500백만원"),
        ("budget", False, "273,800백만원", "273,300백만원"),
        ("change", False, "-17,700백만원", "-18,200백만원"),
    ]


# --- an issue answered in a block of its own; an account named in a bracket ---------------

ISSUE = """2026년 주요업무보고
청람구 복지문화국

Ⅰ. 일반현황
3. 예산
□ 2026년 세출예산(일반회계) : 573,527,230천원
Ⅱ. 현 안 사 항
1. 노후 공공체육시설 안전관리 강화 (문화체육과)
□ 현    황
○ 구립 공공체육시설 14개소 중 준공 후 20년 이상 경과 시설 6개소(42.9%)
□ 문 제 점
○ 보수·보강 예산 부족으로 단계적 정비가 지연되고 있음
□ 대응방안
○ 사업기간 : ’26. 3월~12월
○ 소요예산 : 1,560백만원(시 780, 구 780)
○ 추진계획
- ’26. 3월 : 보수·보강 실시설계
- ’26. 6월~11월 : C등급 시설 보수·보강 공사
"""


def test_an_issues_response_block_states_the_issues_cost_and_steps() -> None:
    """"1. … (문화체육과)" / "□ 대응방안" / "○ 소요예산 : 1,560백만원(시 780, 구 780)": the
    response's period, cost, funding and steps are the issue's (the block had been a
    project of its own, 현안1-1 "대응방안")."""
    report = _text(ISSUE)
    got = [(p.project_id, p.title, p.division, p.cost_krw, str(p.period_start))
           for p in report.projects]  # fmt: skip
    assert got == [("현안1", "노후 공공체육시설 안전관리 강화", "문화체육과", 1_560_000_000,
                    "2026-03-01")]  # fmt: skip
    assert [(f.project_id, f.source) for f in report.project_funding] == [
        ("현안1", "시비"), ("현안1", "구비"),
    ]
    assert [(s.project_id, s.task) for s in report.schedules] == [
        ("현안1", "보수·보강 실시설계"), ("현안1", "C등급 시설 보수·보강 공사"),
    ]


def test_a_budget_total_names_its_account_in_a_bracket() -> None:
    """"□ 2026년 세출예산(일반회계) : 573,527,230천원": the total of 일반회계's expenditure
    (the bracket had been dropped with the account in it)."""
    stated = [(s.key, s.value) for s in _text(ISSUE).stated_totals if s.key.startswith("budget")]
    assert stated == [("budget.expenditure.일반회계", 573_527_230_000)]


# --- a 공사's 본부 over lines that each list a 처 and its teams -------------------------

CORPORATION = """2026년 주요업무보고
청림도시공사

Ⅰ. 일반현황
1. 조 직
□ 기구 : 사장 - 2본부 - 7처·실 - 18팀 - 3사업소
□ 처·실별 팀 현황
○ 사장 직속
- 감사실 : 감사팀, 청렴윤리팀
○ 경영기획본부
- 기획조정실 : 전략기획팀, 예산팀, 홍보팀
- 경영지원처 : 인사총무팀, 재무회계팀, 계약팀
- 고객보상처 : 보상팀, 고객지원팀
- 사업소 : 시설관리사업소, 공영주차사업소
○ 사업본부
- 도시개발처 : 도시개발1팀, 도시개발2팀, 산업단지팀
- 주택사업처 : 주택기획팀, 공공주택팀
- 건설기술처 : 건축팀, 토목팀, 품질안전팀
- 사업소 : 주거복지사업소
2. 인 력
○ 정원 320명, 현원 312명
Ⅱ. 주요업무 추진계획
1. 도시개발
□ 산업단지 조성
"""


def test_a_corporations_headquarters_over_lines_of_its_offices_and_teams() -> None:
    """"○ 경영기획본부" over "- 경영지원처 : 인사총무팀, 재무회계팀, 계약팀": each 처 (a word
    that ends a box's name only where a count counts it; here its teams say so) is a unit
    of the 본부 over it, with its teams, and the 사업소 listed there are the 본부's too;
    the 감사실 right under the 사장 is of the 처' rank (the 처 and their teams had been
    lost, the 본부 placed under the 실 before them; the count line failed)."""
    report = _text(CORPORATION)
    units = {u.name: (u.level, u.parent) for u in report.organization}
    assert units["감사실"] == ("division", "청림도시공사")
    assert units["경영기획본부"] == ("bureau", "청림도시공사")
    assert units["경영지원처"] == ("division", "경영기획본부")
    assert units["계약팀"] == ("team", "경영지원처")
    assert units["공영주차사업소"] == ("division", "경영기획본부")
    assert units["건설기술처"] == ("division", "사업본부")
    assert units["주거복지사업소"] == ("division", "사업본부")
    assert sum(level == "team" for level, _ in units.values()) == 18
    counts = [c for c in report.validation if c.check == "organization.counts"]
    assert counts and all(c.passed for c in counts)


# --- a text copied out of its tables: cells parted by tabs -------------------------------

TABBED = "\n".join([
    "2026년 주요업무계획",
    "충청남도 해양수산국",
    "",
    "제1장 일반현황",
    "1) 조직 및 인력",
    "◈ 조    직 : 1국 2과 5팀",
    "가) 조직",
    "과\t팀수\t팀    명",
    "계\t5\t",
    "해양정책과\t3\t해양정책팀",
    "\t\t해양환경팀",
    "\t\t연안관리팀",
    "수산정책과\t2\t수산정책팀",
    "\t\t어업관리팀",
    "",
    "2) 예산현황",
    "                                                  (단위 : 백만원)",
    "구    분\t2026년 예산(A)\t2025년 예산(B)\t증    감(A-B)\t",
    "\t\t\t금  액\t비율(%)",
    "계\t59,574\t51,038\t8,536\t16.7",
    "해양정책과\t33,636\t26,601\t7,035\t26.4",
    "수산정책과\t25,938\t24,437\t1,501\t6.1",
    "",
    "제2장 2026년 주요업무계획",
    "1) 해양정책과",
    "가) 해양쓰레기 정화사업",
    "▶ 사업비 : 1,170백만원 (도비 585, 시군비 585)",
    *(f"▶ 추진계획 {k} : 연안 {k}개 시군 해안가 쓰레기 수거 및 집하장 정비" for k in range(1, 16)),
    "",
    "붙임 1. 세부사업별 예산현황 (단위: 천원)",
    "",
    "세  부  사  업\t2025 본예산\t2026 예산안\t증    감",
    "합    계\t51,038,000\t59,574,200\t8,536,200",
    "해양정책과 소계\t26,601,200\t33,636,300\t7,035,100",
    "해양쓰레기 정화사업\t1,050,000\t1,170,000\t120,000",
    "가로림만 해양정원 조성\t25,551,200\t32,466,300\t6,915,100",
    "수산정책과 소계\t24,436,800\t25,937,900\t1,501,100",
    "어촌신활력증진사업\t15,860,000\t17,420,500\t1,560,500",
    "연근해 어선 감척\t8,576,800\t8,517,400\t△59,400",
    "",
])


def test_tables_copied_out_with_their_cells_parted_by_tabs() -> None:
    """A text whose tables are rows of cells parted by tabs: a row that leaves its first
    cells to the one merged down over it ("\\t\\t해양환경팀") goes on the table and its team
    is that division's; a row under the header that holds no figure and leaves its first
    cell empty is the header's ("증 감(A-B)" over "금 액 | 비율(%)"); the appendix's rows
    "해양정책과 소계" are its divisions', its columns "2025 본예산 | 2026 예산안" the years'
    (the tables had been cut at the first such row, the 증감 read as two body columns, and
    the appendix left unread)."""
    report = _text(TABBED)
    units = [(u.name, u.level, u.parent) for u in report.organization]
    assert units[1:] == [
        ("해양정책과", "division", "해양수산국"), ("해양정책팀", "team", "해양정책과"),
        ("해양환경팀", "team", "해양정책과"), ("연안관리팀", "team", "해양정책과"),
        ("수산정책과", "division", "해양수산국"), ("수산정책팀", "team", "수산정책과"),
        ("어업관리팀", "team", "수산정책과"),
    ]  # fmt: skip
    summary = [(b.unit, b.budget_krw, b.change_krw, b.change_pct) for b in report.budget_summary]
    assert summary == [
        ("계", 59_574_000_000, 8_536_000_000, 16.7),
        ("해양정책과", 33_636_000_000, 7_035_000_000, 26.4),
        ("수산정책과", 25_938_000_000, 1_501_000_000, 6.1),
    ]
    items = [(b.level, b.item, b.division, b.budget_krw) for b in report.budget_items]
    assert items == [
        ("bureau", "합계", None, 59_574_200_000),
        ("division", "해양정책과", "해양정책과", 33_636_300_000),
        ("item", "해양쓰레기 정화사업", "해양정책과", 1_170_000_000),
        ("item", "가로림만 해양정원 조성", "해양정책과", 32_466_300_000),
        ("division", "수산정책과", "수산정책과", 25_937_900_000),
        ("item", "어촌신활력증진사업", "수산정책과", 17_420_500_000),
        ("item", "연근해 어선 감척", "수산정책과", 8_517_400_000),
    ]
    assert not [c for c in report.validation if not c.passed]


# --- findings numbered by their word, a headline set with ◈ under a numbered item ---------

FINDINGS = """2026년 주요업무계획
충청남도 해양수산국

제1장 2026년 주요업무계획
1) 해양정책과
가) 해양쓰레기 정화
▶ 사업비 : 1,170백만원
제3장 행정사무감사 처리결과
1) 처리현황
◈ 총 2건(시정 1, 건의 1) : 완료 1, 추진중 1
   ▣ 감사기간 : 2025. 11. 12. ~ 11. 19.
2) 지적사항별 조치결과
지적 1 : 해양쓰레기 장기 적치 대책 마련 필요 (해양정책과)
   ▶ 조치결과 : 집하장 3개소 추가 설치
   ▶ 처리상태 : 완료
지적 2 : 예산 집행 부진 개선 요구 (수산정책과)
   ▶ 조치결과 : 분기별 집행점검
   ▶ 처리상태 : 추진중
"""


def test_findings_numbered_by_their_word_under_a_headline_set_with_a_glyph() -> None:
    """"지적 1 : … (해양정책과)" over "▶ 조치결과 : …" / "▶ 처리상태 : 완료": each a finding
    numbered by its word, its division the bracket; "◈ 총 2건(시정 1, 건의 1) : 완료 1,
    추진중 1" under "1) 처리현황" the summary (the findings had run into one, titled by the
    item over them, and the headline was not read)."""
    report = _text(FINDINGS)
    got = [(f.no, f.finding, f.divisions, f.status) for f in report.audit_findings]
    assert got == [
        (1, "해양쓰레기 장기 적치 대책 마련 필요", ["해양정책과"], "completed"),
        (2, "예산 집행 부진 개선 요구", ["수산정책과"], "in_progress"),
    ]
    summary = [(s.category, s.total, s.completed, s.in_progress) for s in report.audit_summary]
    assert summary == [("total", 2, 1, 1), ("correction", 1, None, None),
                       ("suggestion", 1, None, None)]  # fmt: skip


# --- an appendix of the plan's tasks with their budgets and divisions ----------------------


def test_an_appendix_of_tasks_with_budgets_and_divisions() -> None:
    """"붙임 과제별 소요예산 및 담당부서" over "과 제 | 예산(백만원) | 담당부서 | 담당자": its
    rows are budget items of their divisions, each the division of the task it names; its
    total, the tasks' alone, is no whole budget to hold the summary by kind of spending to
    (the table had been left unread, the tasks without a division)."""
    rows = [
        ["과 제", "예산(백만원)", "담당부서", "담당자"],
        ["계", "3,080", "", ""],
        ["소장품 디지털 아카이브 고도화", "1,250", "학예연구과", "학예연구관 김서윤"],
        ["수장고 환경 개선 및 보존처리 확대", "1,830", "보존과학과", "학예연구관 박도현"],
    ]
    summary = [
        ["구 분", "2025", "2026", "증 감"], ["계", "24,000", "25,995", "1,995"],
        ["인건비", "12,000", "12,500", "500"], ["주요사업비", "12,000", "13,495", "1,495"],
    ]  # fmt: skip
    report = _hwpx(
        *map(p, ["2026년 업무계획", "국립중원역사박물관", "Ⅰ. 중점 추진과제"]),
        p("1. 소장품 가치를 높이는 연구·보존"),
        p("과제 1-1 소장품 디지털 아카이브 고도화"), p("◇ 추진배경"), p("○ 디지털화 비율 38%"),
        p("◇ 소요예산 : 12.5억원"),
        p("과제 1-2 수장고 환경 개선 및 보존처리 확대"), p("◇ 추진배경"), p("○ 포화율 91%"),
        p("◇ 소요예산 : 18.3억원"),
        *map(p, ["Ⅱ. 일반현황", "1. 예산", "(단위 : 백만원)"]), p(_table(summary)),
        p("붙임 과제별 소요예산 및 담당부서"), p("(단위: 백만원)"), p(_table(rows)),
    )
    items = [(b.level, b.item, b.division, b.budget_krw) for b in report.budget_items]
    assert items == [
        ("bureau", "계", None, 3_080_000_000),
        ("item", "소장품 디지털 아카이브 고도화", "학예연구과", 1_250_000_000),
        ("item", "수장고 환경 개선 및 보존처리 확대", "보존과학과", 1_830_000_000),
    ]
    got = [(x.project_id, x.division, x.division_evidence) for x in report.projects]
    assert got == [("1-1", "학예연구과", "appendix"), ("1-2", "보존과학과", "appendix")]
    assert not [c for c in report.validation if not c.passed]


# --- a matrix of strategies over cells of numbered tasks ---------------------------------


def test_a_matrix_of_labelled_strategies_over_cells_of_numbered_tasks() -> None:
    """"추진전략 | 전략 1 소장품 … | 전략 2 …" over "중점과제 | 1-1 … / 1-2 … / 1-3 학술조사· /
    연구 | …": each paragraph numbered a task, a wrap the last one's; the goal without the
    label that numbers it (a cell had been one task, the goal "전략 1 …")."""
    rows = [
        ["비 전", "역사와 사람을 잇는 박물관", ""],
        ["추진전략", "전략 1 소장품 가치를 높이는 연구·보존",
         "전략 2 국민과 함께하는 전시 혁신"],
        ["중점과제",
         "1-1 소장품 디지털 아카이브 고도화\n1-2 수장고 환경 개선\n"
         "1-3 중원 고대문화 학술조사·\n연구",
         "2-1 상설전시실 전면 개편\n2-2 특별전 개최"],
    ]  # fmt: skip
    report = _hwpx(
        *map(p, ["2026년 업무계획", "국립중원역사박물관", "Ⅰ. 비전 및 추진전략"]),
        p(_table(rows)),
        *map(p, ["Ⅱ. 중점 추진과제", "1. 소장품 가치를 높이는 연구·보존", "□ 디지털 아카이브"]),
    )
    got = [(g.goal_no, g.goal, g.task_no, g.task) for g in report.policy_goals]
    assert got == [
        (1, "소장품 가치를 높이는 연구·보존", 1, "소장품 디지털 아카이브 고도화"),
        (1, "소장품 가치를 높이는 연구·보존", 2, "수장고 환경 개선"),
        (1, "소장품 가치를 높이는 연구·보존", 3, "중원 고대문화 학술조사·연구"),
        (2, "국민과 함께하는 전시 혁신", 1, "상설전시실 전면 개편"),
        (2, "국민과 함께하는 전시 혁신", 2, "특별전 개최"),
    ]


# --- a 공사's budget: 수익적 and 자본적 parts of each side --------------------------------


@pytest.mark.parametrize(
    ("label", "side"),
    [("수익적 지출", "expenditure"), ("자본적 수입", "revenue"), ("수익적 수입", "revenue"),
     ("수 익", "revenue"), ("비 용", "expenditure"), ("경상적 지출", "expenditure")],
)  # fmt: skip
def test_the_part_of_a_side_names_no_side(label: str, side: str) -> None:
    """A 공사's budget by 수익적 and 자본적 parts of each side: "수익적 지출" is spent (its
    수익 names no side; the label had named both, so neither)."""
    assert side_of(label) == side


def test_a_corporations_spending_by_part_is_spent() -> None:
    """"수익적 지출" over its rows in a table of the general section: its amounts are of
    expenditure (they had no side)."""
    text = SUBTOTALS.replace(
        " 수 입 계                   760,000         731,400        28,600\n", ""
    ).replace("수익적 수입 소계", "수익적 지출 소계")
    lines = [b for b in _text(text).budget_lines if b.item and b.item.startswith("수익적")]
    assert lines and all(b.side == "expenditure" for b in lines)


# --- the grades of a total counted in the bracket after it --------------------------------

STAFF = """2026년 업무계획
국립테스트박물관

Ⅰ. 일반현황
1. 조직
○ 관장 – 3과 1팀
2. 인력
○ 정원 152명(고위공무원 1, 3·4급 5, 5급 18, 6급 이하 98, 연구직 30)
Ⅱ. 중점 추진과제
1. 소장품 가치를 높이는 연구·보존
□ 디지털 아카이브 고도화
"""


def test_the_grades_a_bracket_after_the_total_counts() -> None:
    """"○ 정원 152명(고위공무원 1, 3·4급 5, 5급 18, 6급 이하 98, 연구직 30)": a row of each
    grade, its count of the 정원, beside the total's (only the total had been read)."""
    report = _text(STAFF)
    got = [(s.unit, s.grade, s.is_total, s.authorized) for s in report.staffing]
    assert got == [
        ("계", None, True, 152), ("계", "고위공무원", False, 1), ("계", "3·4급", False, 5),
        ("계", "5급", False, 18), ("계", "6급이하", False, 98), ("계", "연구직", False, 30),
    ]  # fmt: skip
    assert [(s.key, s.value) for s in report.stated_totals if s.key.startswith("staffing")] == [
        ("staffing.authorized", 152)
    ]


# --- a chart drawn as a table, a row of duties under its units ---------------------------


def test_a_charts_row_of_duties_under_its_units() -> None:
    """"관 장" across a row of "기획운영과 | 학예연구과 | 교육문화팀" over a row of cells
    each listing duties with "·": each unit's duties those of the cell under it (the
    report has no part of duties of its own; they had been lost)."""
    rows = [
        ["관 장", "", ""],
        ["기획운영과", "학예연구과", "교육문화팀"],
        ["· 기획·예산 총괄\n· 시설 관리", "· 소장품 관리\n· 전시 기획", "· 박물관 교육 운영"],
    ]
    chart = tbl(3, 3, [
        cell(0, 0, p("관 장"), cs=3),
        *(cell(r, c, *map(p, rows[r][c].split("\n"))) for r in (1, 2) for c in range(3)),
    ])  # fmt: skip
    report = _hwpx(
        *map(p, ["2026년 업무계획", "국립중원역사박물관", "Ⅰ. 일반현황", "1. 조직"]),
        p("○ 기구 : 관장 – 2과 1팀"), p(chart),
        *map(p, ["Ⅱ. 중점 추진과제", "1. 소장품 가치를 높이는 연구·보존", "□ 디지털 아카이브"]),
    )
    got = [(f.division, f.seq, f.function) for f in report.functions]
    assert got == [
        ("기획운영과", 1, "기획·예산 총괄"), ("기획운영과", 2, "시설 관리"),
        ("학예연구과", 1, "소장품 관리"), ("학예연구과", 2, "전시 기획"),
        ("교육문화팀", 1, "박물관 교육 운영"),
    ]  # fmt: skip


# --- a council secretariat: numbered parts as blocks, a list wrapped inside a name --------

COUNCIL = """2026년 주요업무보고
금강광역시의회 사무처

Ⅰ. 일반현황
1. 기구 및 인력
가. 기  구 : 1처 3담당관 4전문위원실 12팀
• 사무처장 (지방이사관) - 3담당관 - 4전문위원실
- 총무담당관 : 총무팀, 인사팀, 재무팀, 청사관리팀
- 의정담당관 : 의정팀, 의사팀, 홍보팀, 의회방송팀
- 입법정책담당관 : 입법지원팀, 법제팀, 정책연구팀, 예산정책팀
- 전문위원실 : 의회운영전문위원실, 기획행정전문위원실, 복지환경전문위원실, 산업
건설전문위원실
Ⅱ. 2026년 주요업무 추진계획
1. 의정역량 강화
가. 의원 연구단체 활동 지원 (입법정책담당관)
1) 추진개요 : 기간 ’26. 3.~11. / 예산 45,000천원
• 대상 : 의원 연구단체 9개 (참여의원 38명)
2) 추진계획
① 3월 : 연구단체 등록 및 심사
② 11월 : 연구결과 발표회
3) 기대효과
- 의원 주도의 정책 연구를 통한 입법·정책 대안 제시
Ⅲ. 현안 및 건의사항
1. 의회 기록물 전용 서고 확보
가) 현  황
• 보존 기록물 약 1만 8천권을 지하 1층 임시 서고에 보관
나) 건의사항
• 시청 별관 리모델링 시 의회 기록물 전용 서고 반영
"""


def test_a_councils_numbered_parts_are_a_projects_blocks() -> None:
    """"가. … (입법정책담당관)" over "1) 추진개요 : 기간 ’26. 3.~11. / 예산 45,000천원",
    "2) 추진계획", "3) 기대효과": the numbered parts are the project's blocks (their facts
    parted by a spaced slash), its steps those under 추진계획; an issue's "나) 건의사항" is
    a block too (each part had been a project of its own, titled by its label)."""
    report = _text(COUNCIL)
    got = [(x.project_id, x.title, x.division, str(x.period_start), x.cost_krw)
           for x in report.projects]  # fmt: skip
    assert got == [
        ("1-1", "의원 연구단체 활동 지원", "입법정책담당관", "2026-03-01", 45_000_000),
        ("현안1", "의회 기록물 전용 서고 확보", None, "None", None),
    ]
    steps = [(s.project_id, s.task, str(s.start)) for s in report.schedules]
    assert steps == [("1-1", "연구단체 등록 및 심사", "2026-03-01"),
                     ("1-1", "연구결과 발표회", "2026-11-01")]  # fmt: skip


def test_a_list_of_units_wrapped_inside_a_name_under_their_kind() -> None:
    """"- 전문위원실 : …, 복지환경전문위원실, 산업" / "건설전문위원실": one name wrapped inside
    it, and the units a kind's label lists are the top's (they had been "산업" and
    "건설전문위원실", under the 담당관 before them)."""
    units = {u.name: u.parent for u in _text(COUNCIL).organization}
    top = "사무처"  # (the council's office its cover names after the council)
    assert units["산업건설전문위원실"] == top and "산업" not in units
    assert units["의회운영전문위원실"] == top
    counts = [c for c in _text(COUNCIL).validation if c.check == "organization.counts"]
    assert counts and all(c.passed for c in counts)


# --- a budget by project, each division's subtotal naming it over its projects -----------


def test_a_budget_by_project_under_each_divisions_named_subtotal() -> None:
    """"사업명 | 계 | 국비 | 시비 | 구비" with "안전총괄과 소계" over that division's projects:
    the 합계 adds up the subtotals, each subtotal its projects, and the rows are that
    division's (the 합계 had been held to every row, subtotals and projects together, and
    failed at twice itself)."""
    rows = [
        ["사업명", "계", "국비", "시비", "구비"],
        ["합 계", "1,000", "100", "300", "600"],
        ["안전총괄과 소계", "400", "100", "100", "200"],
        ["안전문화 체험교육", "150", "-", "50", "100"],
        ["민방위 대피시설 정비", "250", "100", "50", "100"],
        ["재난대응과 소계", "600", "-", "200", "400"],
        ["통합상황실 고도화", "350", "-", "100", "250"],
        ["빗물펌프장 정비", "250", "-", "100", "150"],
    ]
    report = _hwpx(
        *map(p, ["2026년 주요업무계획", "해솔구 도시안전국", "Ⅰ. 일반현황", "3. 예산"]),
        p("(단위 : 천원)"), p(_table(rows)),
        *map(p, ["Ⅱ. 주요업무 추진계획", "1. 안전총괄과", "□ 안전문화 체험교육"]),
    )
    checks = [c for c in report.validation if c.check == "budget_lines.items"]
    assert all(c.passed for c in checks)
    # (each subtotal against its projects, column by column; each row's 계 against 국비 …)
    assert sum(c.detail.startswith(("안전총괄과 소계 (", "재난대응과 소계 (")) for c in checks) == 8
    units = {(b.item, b.unit) for b in report.budget_lines if b.label == "계"}
    assert ("민방위 대피시설 정비", "안전총괄과") in units
    assert ("빗물펌프장 정비", "재난대응과") in units


# --- a chart's teams set with bullets; a staffing table whose caption names its figure -------


def test_a_charts_teams_set_with_bullets_are_no_duties() -> None:
    """"안전총괄과 | 재난대응과" over cells "• 안전총괄팀" / "• 안전문화팀": the teams of the
    unit over them, named without the bullet, and no duties (they had been "•안전총괄팀",
    and each a duty of its 과)."""
    chart = tbl(3, 3, [
        cell(0, 0, p("국 장"), cs=3),
        cell(1, 0, p("안전총괄과")), cell(1, 1, p("재난대응과")), cell(1, 2, p("건축안전과")),
        cell(2, 0, p("• 안전총괄팀"), p("• 안전문화팀")),
        cell(2, 1, p("• 재난관리팀"), p("• 치수방재팀")), cell(2, 2, p("• 건축안전팀")),
    ])  # fmt: skip
    report = _hwpx(
        *map(p, ["2026년 주요업무계획", "해솔구 도시안전국", "Ⅰ. 일반현황"]),
        p("1. 조 직 : 1국 3과 5팀"), p(chart),
        *map(p, ["Ⅱ. 주요업무 추진계획", "1. 안전총괄과", "□ 안전문화 체험교육"]),
    )
    teams = [(u.name, u.parent) for u in report.organization if u.level == "team"]
    assert teams == [("안전총괄팀", "안전총괄과"), ("안전문화팀", "안전총괄과"),
                     ("재난관리팀", "재난대응과"), ("치수방재팀", "재난대응과"),
                     ("건축안전팀", "건축안전과")]  # fmt: skip
    assert report.functions == []


@pytest.mark.parametrize(
    ("caption", "field"),
    [("(단위 : 명, ’26. 1. 1. 기준 정원)", "authorized"), ("(현원 기준, 단위: 명)", "current"),
     ("(단위 : 명)", None), ("(정원/현원, 단위 : 명)", None)],
)  # fmt: skip
def test_a_staffing_tables_caption_names_its_figure(caption: str, field: str | None) -> None:
    """A table of grades by unit whose caption alone says its numbers are the 정원 (no row
    or column says so): every number is that figure (the table had been left unread)."""
    assert caption_field(caption) == field


# --- an office's 국 merged down beside its 과 and their duties ---------------------------


def test_divisions_listed_under_their_bureau_merged_down() -> None:
    """"국 | 과 | 주요업무" with each 국 merged down beside its 과: each 과 the 국's, each 국
    the office's (read as a chart, each 과 had been under the one above it)."""
    rows = [
        ["국", "과", "주요업무"],
        ["교육지원국", "초등교육지원과", "- 초등학교 교육과정 운영 지원"],
        ["", "중등교육지원과", "- 중학교 교육과정 운영"],
        ["", "교육복지과", "- 교육복지 우선지원"],
        ["행정지원국", "행정지원과", "- 인사·복무 및 조직 관리"],
        ["", "재무관리과", "- 예산 편성·집행 및 결산"],
    ]
    report = _hwpx(
        *map(p, ["2026년 주요업무계획", "한빛교육지원청", "Ⅰ. 기관현황"]),
        p("가. 조 직 : 2국 5과"), p(_table(rows, {(1, 0): 3, (4, 0): 2})),
        *map(p, ["Ⅱ. 주요업무 추진계획", "1. 기초학력 보장", "□ 늘봄학교 운영"]),
    )
    got = [(u.name, u.parent) for u in report.organization][1:]
    assert got == [
        ("교육지원국", "한빛교육지원청"), ("초등교육지원과", "교육지원국"),
        ("중등교육지원과", "교육지원국"), ("교육복지과", "교육지원국"),
        ("행정지원국", "한빛교육지원청"), ("행정지원과", "행정지원국"),
        ("재무관리과", "행정지원국"),
    ]  # fmt: skip
    counts = [c for c in report.validation if c.check == "organization.counts"]
    assert counts and all(c.passed for c in counts)


# --- an office's budget by programme, its account named in a note of the part over it -------


def test_a_programmes_name_ending_like_a_kind_and_an_account_in_a_note_above() -> None:
    """"4. 예산 현황" / "※ 교육비특별회계 본예산 기준" over "가. 세출예산" and its table by
    programme: every amount of that account, and "인적자원운용" a programme though it ends
    like an amount's kind (기금운용) (the account had been lost, the programme unnamed)."""
    rows = [
        ["구 분", "2026년 예산(A)", "2025년 예산(B)", "증감(A-B)"],
        ["계", "304,628,000", "291,700,000", "12,928,000"],
        ["인적자원운용", "213,806,450", "204,115,280", "9,691,170"],
        ["교수-학습활동지원", "90,821,550", "87,584,720", "3,236,830"],
    ]
    report = _hwpx(
        *map(p, ["2026년 주요업무계획", "한빛교육지원청", "Ⅰ. 기관현황", "4. 예산 현황"]),
        p("※ 교육비특별회계 본예산 기준"), p("가. 세출예산"), p("(단위 : 천원)"), p(_table(rows)),
        *map(p, ["Ⅱ. 주요업무 추진계획", "1. 기초학력 보장", "□ 늘봄학교 운영"]),
    )
    got = {(b.item, b.account) for b in report.budget_lines if b.year == 2026}
    assert got == {(None, "교육비특별회계"), ("인적자원운용", "교육비특별회계"),
                   ("교수-학습활동지원", "교육비특별회계")}  # fmt: skip


# --- a findings table with two columns of what was done, one the statuses ------------------


def test_findings_whose_column_of_results_holds_the_statuses() -> None:
    """"연번 | 지적사항 | 조치내용 | 조치결과 | 부서" with 조치결과 "완료" / "추진중": that column
    the statuses, 조치내용 what was done (the statuses had been read as the actions, and
    what was done lost)."""
    rows = [
        ["연번", "지적사항", "조치내용", "조치결과", "부서"],
        ["1", "기초학력 미달 학생 지원 부족", "학습종합클리닉센터 상담 확대", "완료",
         "초등교육지원과"],
        ["2", "학교시설 안전점검 소홀", "전 학교 정밀점검 실시 중", "추진중", "시설지원과"],
    ]
    report = _hwpx(
        *map(p, ["2026년 주요업무계획", "한빛교육지원청", "Ⅰ. 주요업무 추진계획"]),
        *map(p, ["1. 기초학력 보장", "□ 늘봄학교 운영", "Ⅱ. 행정사무감사 지적사항 조치결과"]),
        p(_table(rows)),
    )
    got = [(f.no, f.actions, f.status, f.divisions) for f in report.audit_findings]
    assert got == [
        (1, "학습종합클리닉센터 상담 확대", "completed", ["초등교육지원과"]),
        (2, "전 학교 정밀점검 실시 중", "in_progress", ["시설지원과"]),
    ]


# --- a council's sessions -----------------------------------------------------------------


def test_a_councils_sessions_are_events() -> None:
    """"회 기 | 기 간 | 일수 | 주요안건": each session an event with its dates (the table
    had given none)."""
    rows = [
        ["회 기", "기 간", "일수", "주 요 안 건"],
        ["제301회 임시회", "’26. 2. 3.~2. 13.", "11", "2026년 주요업무보고"],
        ["제305회 정례회", "’26. 9. 1.~9. 18.", "18", "2025회계연도 결산 승인"],
    ]
    report = _hwpx(
        *map(p, ["2026년 주요업무보고", "금강광역시의회 사무처", "Ⅰ. 일반현황"]),
        *map(p, ["3. 2026년 회기 운영계획", "(단위 : 일)"]), p(_table(rows)),
        *map(p, ["Ⅱ. 주요업무 추진계획", "1. 의정역량 강화", "□ 의원 연구단체 지원"]),
    )
    got = [(e.event, str(e.start), str(e.end)) for e in report.events]
    assert got == [("제301회 임시회", "2026-02-03", "2026-02-13"),
                   ("제305회 정례회", "2026-09-01", "2026-09-18")]  # fmt: skip


def test_a_lettered_items_id_is_its_place_in_the_order() -> None:
    """"1) 해양정책과" over "가) …" and "나) …": ids 1-1 and 1-2, as those of numbered items
    are, so that ids stack whatever marks a report uses (they had been 1-가, 1-나)."""
    text = "\n".join([
        "2026년 주요업무계획", "충청남도 해양수산국", "", "제1장 2026년 주요업무계획",
        "1) 해양정책과", "가) 해양쓰레기 수거", "▶ 사업비 : 2,340백만원",
        "나) 가로림만 해양정원 조성", "▶ 사업비 : 24,850백만원", "",
    ])  # fmt: skip
    got = [(x.project_id, x.seq, x.title) for x in _text(text).projects]
    assert got == [("1-1", 1, "해양쓰레기 수거"), ("1-2", 2, "가로림만 해양정원 조성")]


# --- the organisation's count line, its table under another bullet of the same item ---------


def test_a_listing_table_under_a_later_bullet_of_the_organisations_item() -> None:
    """"2. 조직 및 인력" / "○ 조직 : 1원장 2본부 4팀" / "○ 인력 : …" / "○ 본부별 주요업무" over
    "본부 | 팀 | 주요업무", each 본부 merged down: the table is the organisation's chart (the
    count line's part had none, and no unit was read)."""
    rows = [
        ["본부", "팀", "주요업무"],
        ["경영기획본부", "기획예산팀", "- 중장기 경영전략 수립"],
        ["", "경영지원팀", "- 인사·복무 관리"],
        ["기업지원본부", "기업성장팀", "- 스마트공장 고도화 지원"],
        ["", "글로벌마케팅팀", "- 해외 수출상담회 지원"],
    ]
    report = _hwpx(
        *map(p, ["2026년 주요업무계획", "한빛도 경제진흥원", "Ⅰ. 일반현황", "2. 조직 및 인력"]),
        *map(p, ["○ 조직 : 1원장 2본부 4팀 (정원 48명)", "○ 인력 : 정원 48명 / 현원 45명"]),
        p("○ 본부별 주요업무"), p(_table(rows, {(1, 0): 2, (3, 0): 2})),
        *map(p, ["Ⅱ. 주요업무 추진계획", "1. 기업 성장 지원", "□ 스마트공장 고도화"]),
    )
    got = [(u.name, u.parent) for u in report.organization][1:]
    assert got == [
        ("경영기획본부", "한빛도경제진흥원"), ("기획예산팀", "경영기획본부"),
        ("경영지원팀", "경영기획본부"), ("기업지원본부", "한빛도경제진흥원"),
        ("기업성장팀", "기업지원본부"), ("글로벌마케팅팀", "기업지원본부"),
    ]  # fmt: skip
    counts = [c for c in report.validation if c.check == "organization.counts"]
    assert counts and all(c.passed for c in counts)


# --- a project's title longer than a block's label ----------------------------------------

CARDS = """2026년 주요업무계획
한빛광역시 교통국

Ⅰ. 일반현황
○ 정원 142명 / 현원 139명
Ⅱ. 2026년 주요업무 추진계획
  □ 도시철도 2호선 건설 (대중교통과)
    ○ 사업기간 : 2019 ~ 2031
  □ 간선급행버스체계(BRT) 구축 (대중교통과)
    ○ 사업기간 : 2024 ~ 2028
  □ 어린이보호구역 교통안전시설 개선 (교통시설과)
    ○ 사업기간 : 2026 ~ 2027
"""


def test_a_bulleted_projects_title_may_be_longer_than_a_blocks_label() -> None:
    """"□ 간선급행버스체계(BRT) 구축 (대중교통과)" (15 letters before its bracket) names a piece
    of work as "□ 도시철도 2호선 건설" does (titles over a block label's 14 letters had given
    no project)."""
    got = [(x.title, x.division, str(x.period_start)) for x in _text(CARDS).projects]
    assert got == [
        ("도시철도 2호선 건설", "대중교통과", "2019-01-01"),
        ("간선급행버스체계(BRT) 구축", "대중교통과", "2024-01-01"),
        ("어린이보호구역 교통안전시설 개선", "교통시설과", "2026-01-01"),
    ]


def test_a_chart_cell_of_divisions_one_a_line() -> None:
    """"진료부" over a cell "내과" / "외과" / "정형외과" / "신경과": a division for each line,
    the short names too (they had run into one unit, "내과외과정형외과신경과")."""
    chart = tbl(3, 3, [
        cell(0, 0, p("원 장"), cs=3),
        cell(1, 0, p("진료부")), cell(1, 1, p("간호부")), cell(1, 2, p("행정지원부")),
        cell(2, 0, p("내과"), p("외과"), p("정형외과"), p("신경과")),
        cell(2, 1, p("간호행정팀"), p("병동간호팀")), cell(2, 2, p("총무팀"), p("원무팀")),
    ])  # fmt: skip
    report = _hwpx(
        *map(p, ["2026년 주요업무보고", "가람시립의료원", "Ⅰ. 일반현황"]),
        p("1. 조 직 : 3부, 4과 4팀"), p(chart),
        *map(p, ["Ⅱ. 주요업무 추진계획", "1. 공공의료 강화", "□ 감염병 대응"]),
    )
    got = [(u.name, u.parent) for u in report.organization if u.unit_type == "과"]
    assert got == [("내과", "진료부"), ("외과", "진료부"), ("정형외과", "진료부"),
                   ("신경과", "진료부")]  # fmt: skip


@pytest.mark.parametrize(
    ("value", "krw", "shares"),
    [("총 1,200 (국비 600, 도비 450, 자체 150)", 1_200_000_000, 3), ("약 300", 300_000_000, 0),
     ("620 (시 620)", 620_000_000, 1), ("연 2회", None, 0)],
)  # fmt: skip
def test_a_cost_cell_in_its_headers_unit_may_open_with_a_lead_word(
    value: str, krw: int | None, shares: int
) -> None:
    """A card's "사업비(백만원)" cell "총 1,200 (국비 600, 도비 450, 자체 150)": the header's unit
    after the figure its lead word opens (the cost and its shares had been lost)."""
    cost = read_cost(with_unit(value, "백만원"))
    assert (cost.krw if cost else None, len(cost.funding) if cost else 0) == (krw, shares)
