"""Forms of the genre met in a 상수도사업본부's report (HWPX, 사업소 kinds merged down its
chart table, a balanced 공기업 budget), a public agency's 업무계획 for its board (text export,
"전략목표 2." goals, steps parted by slashes, 출연금) and a 도 bureau's (HWPX, 과 | 팀 |
주요업무, 재원 cells, a 연구소): what each must give, worked out from its lines, and what had
been lost or misread before."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.parse.clauses import clauses
from extract.parse.costs import read_cost
from extract.pipeline import check, parse_document
from extract.read import read_bytes
from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx, _table, _text

ROOT = Path(__file__).resolve().parents[1]

# --- a 상수도사업본부: kinds merged over its 사업소, a budget balanced on both sides ----------

CHART = [
    ["구 분", "부 서", "팀"],
    ["경영부", "경영관리과", "기획예산팀, 총무팀"],
    ["경영부", "재무회계과", "재무팀, 계약팀"],
    ["정수사업소", "화명정수사업소", "운영팀, 시설팀"],
    ["정수사업소", "덕산정수사업소", "운영팀, 시설팀"],
    ["수도사업소", "동부수도사업소", "관리팀, 요금팀"],
    ["수도사업소", "서부수도사업소", "관리팀, 요금팀"],
]


def test_a_kind_merged_down_over_its_units_is_no_unit() -> None:
    """"정수사업소" merged down beside "화명정수사업소" and "덕산정수사업소": the kind they are,
    not a unit over them (it had been a unit, its 사업소 under it, the count check failing)."""
    report = _hwpx(
        *map(p, ["2026년 주요업무보고", "상수도사업본부", "Ⅰ. 일반현황", "1. 조직"]),
        p("○ 기구 : 1본부 1부 2과 4사업소"),
        p(_table(CHART, {(1, 0): 2, (3, 0): 2, (5, 0): 2})),
        *map(p, ["Ⅱ. 주요업무계획", "1. 노후 상수관로 정비"]),
    )  # fmt: skip
    parents = {u.name: u.parent for u in report.organization}
    assert "정수사업소" not in parents and "수도사업소" not in parents
    assert parents["화명정수사업소"] == parents["동부수도사업소"] == "상수도사업본부"
    assert parents["경영관리과"] == "경영부"
    assert [c.detail for c in report.validation if not c.passed] == []


BUDGET = [
    ["구 분", "", "2026년", "2025년", "증 감"],
    ["합 계", "", "559,460", "527,650", "31,810"],
    ["수익적 수입", "소 계", "391,080", "378,160", "12,920"],
    ["수익적 수입", "급수수익", "372,450", "358,920", "13,530"],
    ["수익적 수입", "기타수익", "18,630", "19,240", "△610"],
    ["자본적 수입", "소 계", "168,380", "149,490", "18,890"],
    ["자본적 수입", "국고보조금", "28,640", "24,310", "4,330"],
    ["자본적 수입", "기업채", "139,740", "125,180", "14,560"],
    ["수익적 지출", "소 계", "327,480", "313,400", "14,080"],
    ["수익적 지출", "인건비", "78,240", "75,610", "2,630"],
    ["수익적 지출", "경비", "249,240", "237,790", "11,450"],
    ["자본적 지출", "소 계", "231,980", "214,250", "17,730"],
    ["자본적 지출", "관로정비", "148,200", "135,600", "12,600"],
    ["자본적 지출", "정수시설 개량", "83,780", "78,650", "5,130"],
]


def test_a_balanced_total_over_both_sides_is_each_sides_sum() -> None:
    """"합 계" over 수익적·자본적 수입 and 지출, each side's groups adding up to it: checked side
    by side (both sides had been summed, three checks failing at twice the total); a group's
    "소 계" is named with its group."""
    spans = {(1, 0): 1, (2, 0): 3, (5, 0): 3, (8, 0): 3, (11, 0): 3}
    report = _hwpx(
        *map(p, ["2026년 주요업무보고", "상수도사업본부", "Ⅰ. 일반현황", "3. 예산"]),
        p("(단위 : 백만원)"), p(_table(BUDGET, spans)),
        *map(p, ["Ⅱ. 주요업무계획", "1. 노후 상수관로 정비"]),
    )  # fmt: skip
    assert [c.detail for c in report.validation if not c.passed] == []
    totals = [c for c in report.validation if c.check == "budget_summary.total.budget"]
    assert len(totals) == 2 and all(c.passed for c in totals)
    subtotals = [r.unit for r in report.budget_summary if r.is_total and r.unit != "계"]
    assert subtotals == [
        "수익적 수입 소계", "자본적 수입 소계", "수익적 지출 소계", "자본적 지출 소계",
    ]  # fmt: skip


# --- a public agency's plan: goals numbered by their word, steps parted by slashes -----------

AGENCY = """2026년도 업무계획
한국테스트진흥원

Ⅰ. 기관 현황
2. 조직
○ 1원장 1본부 3실 1센터 6팀
○ 원장 직속 : 감사실
○ 경영기획본부 : 기획조정실, 경영지원실
○ 감사실 : 감사팀
○ 기획조정실 : 전략기획팀, 예산성과팀
○ 경영지원실 : 인사팀, 재무팀
○ 스마트농업센터 : 기술보급팀
3. 인력
○ 정원 148명, 현원 141명
※ 2026년 연구직 정원 4명 증원 협의 중
※ 현원 부족인원 7명은 상반기 공개채용으로 충원 예정

Ⅳ. 2026년 주요사업 계획
전략목표 1. 스마트농업 현장 확산
1-1. 스마트팜 실증단지 고도화
□ 사업개요 : 실증단지의 노후 환경제어 설비를 교체하고 실증 규모를 확대
○ 사업기간 : 2024~2026
○ 사업대상 : 실증단지 및 실증 참여기업 60개사
□ 소요예산 : 2,850백만원(출연금 1,850, 국고 1,000)
□ 추진일정 : 1분기 실시설계 / 2분기 설비 교체 공사 / 하반기 실증 운영
전략목표 2. 농업 데이터 기반 혁신
2-1. 데이터플랫폼 통합 운영
□ 사업개요 : 농업 데이터 수집·분석 및 개방
○ 사업기간 : 2026. 1.~12.
□ 소요예산 : 1,640백만원(출연금 1,640)
□ 추진일정 : 3월 통합 설계 / 9월 시범 개방
"""


def test_goals_numbered_by_their_word_with_a_dot_over_their_tasks() -> None:
    """"전략목표 2. …" over "2-1. …": the goal is the tasks' theme (the goal's line had run on
    the line before it, every task with no theme)."""
    report = _text(AGENCY)
    got = [(x.project_id, x.theme_no, x.theme) for x in report.projects]
    assert got == [("1-1", 1, "스마트농업 현장 확산"), ("2-1", 2, "농업 데이터 기반 혁신")]


def test_an_overview_labelled_with_what_it_says_holds_the_period() -> None:
    """"□ 사업개요 : …" over "○ 사업기간 : 2024~2026": the project's period (it had been a
    step named 사업기간)."""
    report = _text(AGENCY)
    got = [(x.project_id, str(x.period_start), str(x.period_end)) for x in report.projects]
    assert got == [("1-1", "2024-01-01", "2026-12-31"), ("2-1", "2026-01-01", "2026-12-31")]
    assert not [s for s in report.schedules if s.task == "사업기간"]


def test_steps_parted_by_slashes_each_with_its_date() -> None:
    """"□ 추진일정 : 1분기 실시설계 / 2분기 설비 교체 공사 / 하반기 실증 운영": three steps (one
    had been dated 1분기, the rest its task)."""
    report = _text(AGENCY)
    steps = [(s.task, s.raw) for s in report.schedules if s.project_id == "1-1"]
    assert steps == [("실시설계", "1분기"), ("설비 교체 공사", "2분기"), ("실증 운영", "하반기")]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("3월 위원회 구성 / 6월 착공 / 12월 준공", ["3월 위원회 구성", "6월 착공", "12월 준공"]),
        ("국비 / 시비 매칭 협의(3월)", ["국비 / 시비 매칭 협의(3월)"]),
    ],
)
def test_a_slash_parts_steps_only_before_a_date(text: str, parts: list[str]) -> None:
    assert clauses(text, 2026) == parts


def test_a_grant_is_a_source_of_funding() -> None:
    """"1,640백만원(출연금 1,640)": the 출연금 pays it (no funding had been read)."""
    report = _text(AGENCY)
    got = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
    assert ("2-1", "출연금", 1_640_000_000) in got
    cost = read_cost("500백만원(정부출연금 400, 자체 100)")
    assert cost is not None and [s.source for s in cost.funding] == ["정부출연금", "자체"]


def test_notes_that_count_a_change_or_a_part_state_no_total() -> None:
    """"※ … 정원 4명 증원 협의 중", "※ 현원 부족인원 7명은 …": no 정원 of 4, no 현원 of 7 (two
    checks had failed against the table's 148 and 141)."""
    report = _text(AGENCY)
    stated = {(s.key, s.value) for s in report.stated_totals if s.key.startswith("staffing")}
    assert stated == {("staffing.authorized", 148), ("staffing.current", 141)}
    assert [c.detail for c in report.validation if not c.passed] == []


def test_a_word_whose_units_stand_at_two_ranks_is_counted_on_its_own() -> None:
    """"1본부 3실 1센터": 감사실 right under the top and two 실 under the 본부 are the 3실
    (they had been counted by rank, 본부 and 실 against 센터 and the 실 under the 본부)."""
    report = _text(AGENCY)
    counts = [c for c in report.validation if c.check == "organization.counts"]
    assert counts and all(c.passed for c in counts)
    assert any("3실 stated, 3 in the chart" in c.detail for c in counts)


# --- a 도's bureau: 과 | 팀 | 주요업무, 재원 cells, a 연구소 ------------------------------------


def test_duties_of_a_division_beside_its_teams_one_a_paragraph() -> None:
    """"과 | 팀 | 주요업무" with a 과's teams one a paragraph in its 팀 cell: the duties are
    the 과's (they had been of a 'division' named with all its teams run together)."""
    rows = [["과", "팀", "주요업무"],
            ["농업정책과", "농정기획팀\n농촌활력팀", "◦ 농정 종합계획 수립\n◦ 농지 관리"],
            ["수산자원연구소", "자원조성팀\n양식연구팀", "◦ 수산종자 생산 및 방류"]]  # fmt: skip
    report = _hwpx(
        *map(p, ["2026년 주요업무보고", "청해도 농정해양국", "Ⅰ. 일반현황", "1. 조직"]),
        p("○ 1국 1과 1사업소 4팀"), p(_table(rows)),
        *map(p, ["Ⅱ. 주요업무계획", "1. 스마트농업 확산"]),
    )  # fmt: skip
    got = [(f.division, f.function) for f in report.functions]
    assert got == [("농업정책과", "농정 종합계획 수립"), ("농업정책과", "농지 관리"),
                   ("수산자원연구소", "수산종자 생산 및 방류")]  # fmt: skip
    units = {u.name: (u.level, u.parent) for u in report.organization}
    assert units["수산자원연구소"] == ("division", "농정해양국")
    assert units["양식연구팀"] == ("team", "수산자원연구소")


def test_a_cost_with_a_cell_of_its_sources() -> None:
    """"사업기간 | 사업량 | 사업비(백만원) | 재원" over "2026. 1.~12. | 시설 40개소 | 4,800 | 국
    2,400 / 도 720 / 시군 1,680": the sources pay the cost (no funding had been read)."""
    table = _table([["사업기간", "사업량", "사업비(백만원)", "재원"],
                    ["2026. 1.~12.", "시설 40개소", "4,800", "국 2,400 / 도 720 / 시군 1,680"]])
    report = _hwpx(
        *map(p, ["2026년 주요업무보고", "Ⅲ. 2026년 주요업무 추진계획", "1. 스마트농업 확산",
                 "가. 스마트팜 보급"]),
        p(table), p("○ 추진계획"), p("- ’26. 3월 : 대상자 선정"),
    )  # fmt: skip
    assert [x.cost_krw for x in report.projects] == [4_800_000_000]
    got = [(f.source, f.amount_krw) for f in report.project_funding]
    assert got == [("국비", 2_400_000_000), ("도비", 720_000_000), ("시군비", 1_680_000_000)]


def test_a_fund_named_in_its_rows_bracket() -> None:
    """"기금 (농어업인안전기금)": the account is the fund's own name (it had kept "기금(…)")."""
    rows = [["구 분", "2026 예산", "2025 예산", "증 감"],
            ["계", "10,000", "9,000", "1,000"],
            ["일반회계", "5,170", "4,490", "680"],
            ["기금 (농어업인안전기금)", "4,830", "4,510", "320"]]  # fmt: skip
    report = _hwpx(
        *map(p, ["2026년 주요업무보고", "농정해양국", "Ⅰ. 일반현황", "3. 예산"]),
        p("(단위 : 백만원)"), p(_table(rows)),
        *map(p, ["Ⅱ. 주요업무계획", "1. 스마트농업 확산"]),
    )  # fmt: skip
    accounts = {b.account for b in report.budget_lines if b.amount_krw == 4_830_000_000}
    assert accounts == {"농어업인안전기금"}


# --- a slide deck: an item carried over to its next slide --------------------------------

SLIDES = """2026년 주요업무보고
문화체육관광국

Ⅲ. 2026년 주요업무계획
1. 스마트 관광도시 조성 (1/2)
◆ 사업개요
- 기간 : ’26. 1.~12.
- 사업비 : 4,800백만원 (국 1,200 시 3,600)
1. 스마트 관광도시 조성 (2/2)
◆ 추진계획
- ’26. 3월 : 실시설계 및 사업자 선정
- ’26. 9월 : 관광 안내 키오스크 설치
2. 원도심 야간축제 글로벌화
◆ 사업개요
- 기간 : ’26. 4.~10.
- 사업비 : 3,500백만원 (시 3,000 기타 500)
"""


def test_an_item_carried_over_to_its_next_page_is_one() -> None:
    """"1. 스마트 관광도시 조성 (1/2)" / "1. … (2/2)": one project, with the steps of its second
    page, its title without the page mark (they had been two projects, titled with it)."""
    report = _text(SLIDES)
    got = [(x.project_id, x.title, x.cost_krw) for x in report.projects]
    assert got == [("1", "스마트 관광도시 조성", 4_800_000_000), ("2", "원도심 야간축제 글로벌화",
                                                                 3_500_000_000)]  # fmt: skip
    steps = [(s.project_id, s.task) for s in report.schedules]
    assert steps == [("1", "실시설계 및 사업자 선정"), ("1", "관광 안내 키오스크 설치")]


def test_the_rest_beside_a_known_source_is_a_share() -> None:
    """"(시 3,000 기타 500)": 시비 and 기타 (no funding had been read)."""
    report = _text(SLIDES)
    got = [(f.source, f.amount_krw) for f in report.project_funding if f.project_id == "2"]
    assert got == [("시비", 3_000_000_000), ("기타", 500_000_000)]


# --- an older report: a block's dated label, 기구 및 정원, an overview over its scale ------

OLD = """2019년도 주요업무 보고
문화관광체육국

Ⅰ. 일 반 현 황
1. 기구 및 정원
○ 기  구 : 1국 2과 5팀
○ 정  원 : 48명 (현원 46명, 결원 2명)

Ⅱ. 주요업무 추진현황
1. 지역 예술단체 창작활동 지원
○ 사업개요 : 전문예술단체 창작 공연·전시 지원(공모 선정 120개 단체)
  - 사업기간 : 2019. 3. ~ 2019. 11.
  - 지원규모 : 단체당 5백만원 ~ 30백만원
○ 사 업 비 : 1,350백만원(시 1,350)
○ 추진실적 (’19. 6월말 기준)
  - ’19. 3. 지원단체 선정(120개 단체)
○ 하반기 추진계획
  - ’19. 9.~10. 하반기 현장 모니터링
"""


def test_a_blocks_label_opened_by_a_date_is_no_step() -> None:
    """"○ 하반기 추진계획" over its steps: no step "추진계획" of 하반기 (every project had one)."""
    report = _text(OLD)
    assert [(s.task, s.raw) for s in report.schedules] == [("하반기 현장 모니터링", "’19. 9.~10.")]


def test_an_overview_told_over_its_scale_is_no_project_of_its_own() -> None:
    """"○ 사업개요 : …" over "- 사업기간 : …" and "- 지원규모 : 단체당 5백만원 ~ 30백만원": the
    project's period; no project costed at 5백만원 under it (there had been one, with the
    period)."""
    report = _text(OLD)
    got = [(x.project_id, str(x.period_start), x.cost_krw) for x in report.projects]
    assert got == [("1", "2019-03-01", 1_350_000_000)]


def test_a_staff_headline_under_the_organisations_part() -> None:
    """"1. 기구 및 정원" / "○ 정  원 : 48명 (현원 46명, 결원 2명)": the totals stated (none had
    been read: the line is no part title of its own)."""
    report = _text(OLD)
    stated = {(s.key, s.value) for s in report.stated_totals if s.key.startswith("staffing")}
    assert stated == {("staffing.authorized", 48), ("staffing.current", 46)}


# --- a 구's cards: each a table titled by its first row, under its division's caption ------


def _titled_card(title: str, period: str, costs: list[str], done: str, planned: str) -> str:
    inner = _table([["계", "구비", "시비", "국비"], costs])
    rows = [[title, "", "", ""], ["사업기간", period, "사업위치", "청솔동 일원"],
            ["사업비(천원)", inner, "", ""], ["추진실적", "", "향후계획", ""],
            [done, "", planned, ""]]  # fmt: skip
    spans = [((0, 0), 4), ((2, 1), 3), ((3, 0), 2), ((3, 2), 2), ((4, 0), 2), ((4, 2), 2)]
    covered = {(r, c + k) for (r, c), n in spans for k in range(1, n)}
    cells = [
        cell(r, c, *_paras(text), cs=dict(spans).get((r, c), 1))
        for r, row in enumerate(rows) for c, text in enumerate(row) if (r, c) not in covered
    ]  # fmt: skip
    return tbl(len(rows), 4, cells)


def _paras(text: str) -> list[str]:
    """A cell's paragraphs: a table drawn in it whole, else one a line."""
    return [p(text)] if text.startswith("<hp:tbl") else [p(t) for t in text.split("\n")]


def test_cards_titled_by_their_first_row_under_their_divisions_captions() -> None:
    """"< 도시계획과 >" over a card "① 청솔역세권 …" / "사업기간 | … | 사업위치 | …" /
    "사업비(천원) | 계 | 구비 | 시비 | 국비" / "추진실적 | 향후계획": each card a project of the
    division, numbered under it, its cost and funding from the table in its cell, its done
    and planned steps (no project had been read)."""
    report = _hwpx(
        *map(p, ["2026년 주요업무계획", "청솔구 도시관리국", "Ⅱ. 2026년 주요업무 추진계획"]),
        p("< 도시계획과 >"),
        p(_titled_card("① 청솔역세권 지구단위계획 재정비", "2025. 3. ~ 2026. 12.",
                       ["850,000", "510,000", "340,000", "-"],
                       "- ’25. 3. 재정비 용역 착수", "- ’26. 4. 도시계획위원회 자문")),
        p("< 건축과 >"),
        p(_titled_card("① 빈집 정비 및 주민공간 조성", "2026. 1. ~ 12.",
                       ["600,000", "300,000", "300,000", "-"],
                       "- ’25. 10. 빈집 실태조사", "- ’26. 5. 정비 공사 착공")),
    )  # fmt: skip
    got = [(x.project_id, x.title, x.division, x.cost_krw) for x in report.projects]
    assert got == [("1-1", "청솔역세권 지구단위계획 재정비", "도시계획과", 850_000_000),
                   ("2-1", "빈집 정비 및 주민공간 조성", "건축과", 600_000_000)]  # fmt: skip
    funding = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
    assert ("1-1", "구비", 510_000_000) in funding and ("2-1", "시비", 300_000_000) in funding
    assert [(s.project_id, s.task) for s in report.schedules] == [
        ("1-1", "도시계획위원회 자문"), ("2-1", "정비 공사 착공")]  # fmt: skip
    assert [(s.project_id, s.task) for s in report.progress] == [
        ("1-1", "재정비 용역 착수"), ("2-1", "빈집 실태조사")]  # fmt: skip


def test_a_status_over_what_was_done_in_one_cell() -> None:
    """"처리결과" cell "완료" / "- 주민설명회 및 온라인 의견접수 병행": status 완료, actions the
    rest (the status had been the whole cell)."""
    rows = [["연번", "지적사항", "처리결과", "부서"],
            ["1", "주민의견 수렴 절차 강화 필요", "완료\n- 주민설명회 및 온라인 의견접수 병행",
             "도시계획과"]]  # fmt: skip
    report = _hwpx(
        *map(p, ["2026년 주요업무계획", "Ⅳ. 2025년 행정사무감사 처리결과"]), p(_table(rows)),
    )
    got = [(f.status, f.status_raw, f.actions) for f in report.audit_findings]
    assert got == [("completed", "완료", "- 주민설명회 및 온라인 의견접수 병행")]


# --- a long findings table whose rows Chromium splits at the page breaks -------------------

SPLIT_ROWS = ROOT / "tests" / "fixtures" / "chromium-split-rows.pdf"


def test_a_row_a_page_break_cut_is_one_row() -> None:
    """tools/make_split_rows.py: rows 5 and 9 split over two pages, each part below the
    break under the header again, its number's cell empty: every finding read once, whole,
    with its status (two had been lost, the part above the break outside the table)."""
    report = check(parse_document(read_bytes(SPLIT_ROWS.read_bytes(), "rows.pdf"), "rows"))
    statuses = [(f.no, f.status) for f in report.audit_findings]
    assert statuses == [(n, "in_progress" if n in (2, 5, 9) else "completed")
                        for n in range(1, 11)]  # fmt: skip
    fifth = report.audit_findings[4].actions
    assert "점검 계획 수립" in fifth and "점검 결과 공개" in fifth
    assert [c.detail for c in report.validation if not c.passed] == []
    assert report.residue == []


def test_a_count_of_a_kind_the_chart_shows_none_of_is_not_checked() -> None:
    """"청장 – 3국 1관 – 10과" over a line that names the 국 and the 관 alone, the 과 in a
    table not read as the chart: the 과 cannot be counted, so their rank is not checked (it
    had failed, 11 stated against the one 관 read)."""
    report = _text("""2026년 업무계획
테스트지방국토관리청

Ⅰ. 일반현황
1. 조 직
○ 기 구 : 청장 – 3국 1관 – 10과
  - 기획운영관(2과), 도로공사국(3과), 도로관리국(3과), 하천국(2과)
Ⅱ. 2026년 추진계획
1. 국도 건설
○ 사업기간 : 2020~2028
""")
    counts = [c for c in report.validation if c.check == "organization.counts"]
    assert [(c.detail.rsplit(": ", 1)[-1], c.passed) for c in counts] == [
        ("3국 stated, 3 in the chart", True)
    ]
