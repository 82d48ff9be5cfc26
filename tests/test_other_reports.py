"""What other reports of the genre write that the sample does not: card titles that open
with a figure, a budget summary with its accounts' rows over the divisions, a letter-spaced
증감 column, a cost split in a card's 사업명 cell, an organisation table that lists each
division's teams in a cell, a findings table with a 구분 column, and the like.

The text cases edit the sample by its own lines (:func:`tests.test_probed.edited`) and
say what the records must be, worked out from the edited lines; the table cases are
small Hangul files written for the case (:mod:`tests.hwpx_maker`)."""

from __future__ import annotations

from datetime import date

import pytest

from extract.document import Line
from extract.layout.markers import read_marker
from extract.link import assign_divisions
from extract.normalize.mentions import find_mentions
from extract.normalize.wraps import join_wrapped
from extract.parse.budget_items import column_fields, nest
from extract.parse.cell_projects import _broken_step_label
from extract.parse.organization import assign_teams, tied_teams
from extract.parse.policy import read_areas
from extract.parse.tails import read_tail
from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Function, Project, Report
from tests.hwpx_maker import cell, hwpx, p, sec, tbl
from tests.test_probed import edited, failed

# --- card titles that open with a figure ----------------------------------------------------

CARD_1 = "1  혁신 인재양성을 위한 미래전환 사회혁신 캠퍼스 운영"


@pytest.mark.parametrize(
    "title",
    ["120다산콜 상담 서비스 품질 관리", "3대 혁신 캠퍼스 운영", "2050 탄소중립 캠퍼스 운영"],
)
def test_a_card_title_that_opens_with_a_figure_is_a_card(title: str) -> None:
    """A card whose title opens with a figure and its word ("120다산콜"), or a year, was
    read as the card before's words: it and the next card were lost, silently."""
    report = edited(([CARD_1], [f"1  {title}"]))
    ids = [p.project_id for p in report.projects]
    assert ids[:3] == ["1-1", "1-2", "1-3"] and len(ids) == 13
    assert report.projects[0].title == title


@pytest.mark.parametrize(
    ("text", "number", "title"),
    [
        ("3  120다산콜 상담 서비스 품질 관리", "3", "120다산콜 상담 서비스 품질 관리"),
        ("2 3대 정책 여론조사", "2", "3대 정책 여론조사"),
        ("4 10개 팀 운영", "4", "10개 팀 운영"),
    ],
)
def test_a_bare_number_before_a_title_that_opens_with_a_figure(
    text: str, number: str, title: str
) -> None:
    read = read_marker(text)
    assert read is not None and read[0].kind == "num.bare"
    assert (read[0].number, read[1]) == (number, title)


@pytest.mark.parametrize(
    ("text", "title"),
    [("2  인    력", "인    력"), ("2 인 력 현 황", "인 력 현 황"), ("1  조    직", "조    직")],
)
def test_a_number_before_a_title_spaced_out_letter_by_letter(text: str, title: str) -> None:
    """"2  인    력": the letters of 인력, not 2인 (two persons)."""
    read = read_marker(text)
    assert read is not None and (read[0].kind, read[1]) == ("num.bare", title)


@pytest.mark.parametrize(
    "text", ["3 12명 5명", "2 3개소 10개소", "10.)", "6.) 완료", "3. ~12.", "2 인", "51 건"]
)
def test_figures_and_a_dates_wrapped_end_are_no_items(text: str) -> None:
    """A row of figures, and "’24." / "10.)": the end of a date wrapped onto its line."""
    assert read_marker(text) is None


# --- schedules ------------------------------------------------------------------------------


STEP = "○ 미래전환을 위한 사회혁신 캠퍼스 중장기 계획 수립 : ’21. 3."


def test_a_task_that_plans_keeps_its_words() -> None:
    """"기본계획 수립 : ’21. 3.": a task whose words hold 계획 before its date."""
    report = edited(([STEP], ["○ 캠퍼스 기본계획 수립 : ’21. 3."]))
    tasks = [s.task for s in report.schedules if s.project_id == "1-1"]
    assert tasks[0] == "캠퍼스 기본계획 수립"


ISSUE = """2023년 주요업무보고
시민소통기획관

Ⅰ. 주요업무 추진계획

1. 시민 참여

1  시민 토론광장 운영

\uf0a7 추진일정
○ 토론회 개최 : ’23. 5.

Ⅱ. 주요 현안

1  시민 소통창구 통합 개편 추진

\uf0a7 추진계획
○ 소통창구 통합 개편 기본계획 수립

\uf0a7 향후일정
○ {step}

○ 단계별 통합 개편 : ’23. 7.~’24. 6.
"""


@pytest.mark.parametrize(
    ("step", "task"),
    [
        # a task whose words hold 계획 before its date (its task had been the block's label)
        ("통합 개편 기본계획 수립 : ’23. 6.", "통합 개편 기본계획 수립"),
        # a label that names the schedule, over a step and its date: the step
        ("추진일정표 : ’23. 6. 착공", "착공"),
        ("향후 계획 등 : 착공(’23. 6.)", "착공"),
    ],
)
def test_a_task_that_plans_and_a_label_over_the_steps(
    step: str, task: str
) -> None:
    steps = [(s.project_id, s.task) for s in _text(ISSUE.format(step=step)).schedules]
    assert ("현안1", task) in steps and ("현안1", "향후일정") not in steps


# --- the budget summary with its accounts' rows -----------------------------------------------

ACCOUNTS = [
    "계 16,873 12,099 △4,774 △28.3%", "",
    "일반회계 16,181 11,420 △4,761 △29.4%", "",
    "사회혁신담당관 13,233 9,230 △4,003 △30.3%", "",
    "전환도시담당관 2,948 2,190 △758 △25.7%", "",
    "특별회계 692 679 △13 △1.9%", "",
    "갈등조정담당관 692 679 △13 △1.9%",
]  # fmt: skip


@pytest.fixture(scope="module")
def accounts() -> Report:
    old = ACCOUNTS[:2] + ACCOUNTS[4:8] + ACCOUNTS[10:]
    return edited((old, ACCOUNTS))


def test_an_accounts_row_over_its_divisions_is_a_subtotal(accounts: Report) -> None:
    """일반회계 over two divisions and 특별회계 over one: subtotals (one division is a
    group too where its row names an account); their divisions keep their names."""
    totals = {r.unit: r.is_total for r in accounts.budget_summary}
    assert totals == {
        "계": True, "일반회계": True, "사회혁신담당관": False, "전환도시담당관": False,
        "특별회계": True, "갈등조정담당관": False,
    }  # fmt: skip
    lines = {(b.unit, b.account, b.is_total) for b in accounts.budget_lines if b.year == 2021}
    assert lines == {
        ("계", None, True), ("서울혁신기획관", "일반회계", True),
        ("사회혁신담당관", "일반회계", False), ("전환도시담당관", "일반회계", False),
        ("서울혁신기획관", "특별회계", True), ("갈등조정담당관", "특별회계", False),
    }  # fmt: skip


def test_the_accounts_rows_add_up_once(accounts: Report) -> None:
    """계 against the divisions, not the divisions and their accounts' rows twice; an
    account's row is not the bureau's total against the appendix."""
    assert failed(accounts) == []
    checks = {c.check for c in accounts.validation}
    assert "budget_summary.total.budget" in checks
    against = [c.detail for c in accounts.validation if c.check == "budget_summary.vs_appendix"]
    assert any(d.startswith("계:") for d in against)
    assert not any(d.startswith(("일반회계", "특별회계")) for d in against)


def test_an_account_alone_is_no_group_of_the_account_after_it() -> None:
    """A table by account: 특별회계 is no sum of the 기금 row under it, however equal."""
    rows = ["계 16,873 12,099 △4,774 △28.3%", "", "일반회계 15,489 10,741 △4,748 △30.7%", "",
            "특별회계 692 679 △13 △1.9%", "", "기금 692 679 △13 △1.9%"]  # fmt: skip
    report = edited((ACCOUNTS[:2] + ACCOUNTS[4:8] + ACCOUNTS[10:], rows))
    totals = {r.unit: r.is_total for r in report.budget_summary}
    assert totals == {"계": True, "일반회계": False, "특별회계": False, "기금": False}


def test_a_note_under_the_summary_is_no_row() -> None:
    """"※ … 붙임 1 참조": its "1" had made a row of 1백만원."""
    row = "갈등조정담당관 692 679 △13 △1.9%"
    report = edited(([row], [row, "", "※ 부서별 세부사업 예산은 붙임 1 참조"]))
    assert [r.unit for r in report.budget_summary] == [
        "계", "사회혁신담당관", "전환도시담당관", "갈등조정담당관",
    ]  # fmt: skip
    assert failed(report) == []


# --- the budget appendix --------------------------------------------------------------------


@pytest.mark.parametrize("change", ["증감", "증 감"])
def test_a_change_column_spaced_or_not_is_no_budget(change: str) -> None:
    header = Line(1, f"부서명 / 사업명 ’22년 예산 ’23년 예산 {change}", "")
    assert column_fields(header) == ["skip", "budget", "skip"]


def test_the_bureaus_row_that_says_it_totals() -> None:
    """"서울혁신기획관 합계": the bureau's row (it had been an item)."""
    old = "서울혁신기획관 12,099,481 12,346,984"
    report = edited(([old], ["서울혁신기획관 합계 12,099,481 12,346,984"]))
    first = report.budget_items[0]
    assert (first.level, first.budget_krw) == ("bureau", 12_099_481_000)


# --- card budget tables ---------------------------------------------------------------------

CARD_TABLE = ["서울혁신파크", "조성", "", "643,497", "94,413 - 271,084 278,000"]
NOTE = "※ ’20년 사고이월액 200,000천원(지구단위계획 재정비 용역) 포함"


def test_a_cost_split_in_the_name_cell_is_the_names() -> None:
    """"(국비 … / 시비 …)" under the item's name: its figures are no row of their own."""
    report = edited((CARD_TABLE, ["서울혁신파크", "조성", "(국비 300,000 / 시비 343,497)", "",
                                  *CARD_TABLE[3:]]))  # fmt: skip
    rows = [b for b in report.project_budgets if b.project_id == "1-2"]
    assert len(rows) == 1
    assert rows[0].item == "서울혁신파크 조성 (국비 300,000 / 시비 343,497)"
    assert (rows[0].amount_krw, rows[0].q4_krw) == (643_497_000, 278_000_000)


def _two_rows(note: str) -> Report:
    """Card 1-2's table with a second row, named on two lines after the first's notes."""
    second = ["", "혁신파크", "교통영향평가", "", "100,000", "25,000 25,000 25,000 25,000", "",
              "보수 보수 보수 보수", "", note]  # fmt: skip
    return edited(
        (["교통영향평가용역준공", "", NOTE], ["교통영향평가용역준공", *second]),
    )


def test_a_second_rows_name_after_the_firsts_notes() -> None:
    """The name starts after the blank line, not at a word the card uses elsewhere
    ("교통영향평가")."""
    rows = [b for b in _two_rows(NOTE).project_budgets if b.project_id == "1-2"]
    assert [r.item for r in rows] == ["서울혁신파크 조성", "혁신파크 교통영향평가"]
    assert rows[0].notes.endswith("교통영향평가용역준공")


def test_a_carry_over_note_that_names_its_row() -> None:
    named = NOTE.replace("(지구단위계획 재정비 용역)", "(혁신파크 교통영향평가)")
    rows = [b for b in _two_rows(named).project_budgets if b.project_id == "1-2"]
    assert [r.carryover_krw for r in rows] == [None, 200_000_000]
    report = _two_rows(NOTE)  # (a note that names neither row is said so)
    assert "project_budgets.carryover" in {w.code for w in report.warnings}


# --- the policy chart -----------------------------------------------------------------------


def test_area_headings_cut_where_the_reports_words_stand() -> None:
    line = Line(1, "기 후 행 동 대 기 질 에 너 지 전 환 자 원 순 환", "")
    words = "시민 기후행동 확산\n대기질 정보 제공\n에너지 전환 가속\n자원순환 기본계획"
    assert read_areas(line, 4, [], words) == ["기후행동", "대기질", "에너지전환", "자원순환"]


def test_area_headings_cut_evenly_where_the_words_do_not_make_every_heading() -> None:
    """Words of the report that make some headings only ("시민", "안전", "건강") cut
    nothing: each heading is a word the report uses, or the row is cut evenly."""
    line = Line(1, "시 민 안 전 건 강 증 진 도 시 재 생 복 지 확 충", "")
    words = "시민 안전 강화\n어르신 건강 관리\n생활권 도시 공원\n재생 에너지 보급"
    assert read_areas(line, 4, [], words) == ["시민안전", "건강증진", "도시재생", "복지확충"]


# --- teams and divisions --------------------------------------------------------------------


def test_a_team_as_near_two_divisions_is_said_so() -> None:
    teams = ["정책팀", "예산팀", "기후팀", "적응팀"]
    evidence = ["정책과 정책 총괄 예산 편성", "기후과 기후 적응 예산제"]
    owners = assign_teams(teams, evidence, ("팀",))
    assert [t for t, _ in tied_teams(teams, evidence, ("팀",), owners)] == [1]
    clear = ["정책과 정책 총괄 예산 편성", "기후과 기후 적응"]
    assert tied_teams(teams, clear, ("팀",), assign_teams(teams, clear, ("팀",))) == []


def _project(title: str) -> Project:
    return Project(project_id="1-1", theme_no=1, theme="", seq=1, title=title, summary="",
                   division=None, division_evidence=None, line_start=1, line_end=1)  # fmt: skip


def test_a_project_no_budget_places_takes_the_division_whose_duties_name_it() -> None:
    duties = [
        Function(division="소통기획담당관", seq=1, function="「상상대로 서울」 운영",
                 line_start=1, line_end=1),
        Function(division="시민소통담당관", seq=1, function="민원 응대 친절 교육",
                 line_start=2, line_end=2),
    ]
    done = assign_divisions([_project("「상상대로 서울」 활성화")], {}, [], [], duties)
    assert (done[0].division, done[0].division_evidence) == ("소통기획담당관", "duty")
    none = assign_divisions([_project("청사 이전")], {}, [], [], duties)
    assert none[0].division is None
    # (a duty that shares common words only names no project: 청년 is not 노인)
    elders = [Function(division="노인복지과", seq=1, function="노인 일자리 지원",
                       line_start=1, line_end=1)]  # fmt: skip
    assert assign_divisions([_project("청년 일자리 지원")], {}, [], [], elders)[0].division is None


# --- tables of other reports (Hangul files) ---------------------------------------------------


def _text(text: str) -> Report:
    """A report written as a text export."""
    return check(parse_document(read_bytes(text.encode(), "report.txt"), "report"))


def _hwpx(*paras: str) -> Report:
    data = hwpx(sec(*paras))
    return check(parse_document(read_bytes(data, "other.hwpx"), "other"))


def _table(rows: list[list[str]], spans: dict[tuple[int, int], int] | None = None) -> str:
    spans = spans or {}
    covered = {(r + k, c) for (r, c), n in spans.items() for k in range(1, n)}
    cells = [
        cell(r, c, *map(p, text.split("\n")), rs=spans.get((r, c), 1))
        for r, row in enumerate(rows)
        for c, text in enumerate(row)
        if (r, c) not in covered
    ]
    return tbl(len(rows), len(rows[0]), cells)


def _org(rows: list[list[str]], spans: dict[tuple[int, int], int], count: str) -> Report:
    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p(f"□ 기 구 : {count}"), p(_table(rows, spans)),
        p("Ⅱ. 주요업무계획"), p("1. 문화도시 조성"), p("□ 문화기반 확충"),
    )  # fmt: skip


def test_an_organisation_table_that_lists_each_divisions_teams() -> None:
    rows = [
        ["국", "과", "팀 수", "팀 명"],
        ["계", "2과", "5팀", ""],
        ["문화관광국", "문화정책과", "3팀", "문화기획팀, 예술진흥팀, 축제지원팀"],
        ["", "체육진흥과", "2팀", "생활체육팀·체육시설팀"],
    ]
    report = _org(rows, {(2, 0): 2}, "1국 2과 5팀")
    units = [(u.name, u.level, u.parent) for u in report.organization]
    assert units == [
        ("문화관광국", "bureau", None),
        ("문화정책과", "division", "문화관광국"),
        ("문화기획팀", "team", "문화정책과"), ("예술진흥팀", "team", "문화정책과"),
        ("축제지원팀", "team", "문화정책과"),
        ("체육진흥과", "division", "문화관광국"),
        ("생활체육팀", "team", "체육진흥과"), ("체육시설팀", "team", "체육진흥과"),
    ]  # fmt: skip
    counts = [c for c in report.validation if c.check == "organization.counts"]
    assert counts and all(c.passed for c in counts)


def test_an_organisation_tables_names_as_they_are_listed() -> None:
    """A name with a middle dot of its own, one a line, a division with no team ("-"),
    a division over two rows of teams."""
    rows = [
        ["국", "과", "팀 명"],
        ["문화관광국", "문화정책과", "문화·관광팀, 예술진흥팀"],
        ["", "체육진흥과", "생활체육팀\n체육시설팀"],
        ["", "", "국제대회팀"],
        ["", "대변인", "-"],
    ]
    report = _org(rows, {(1, 0): 4, (2, 1): 2}, "1국 3과 5팀")
    teams = {u.name: u.parent for u in report.organization if u.level == "team"}
    assert teams == {
        "문화관광팀": "문화정책과", "예술진흥팀": "문화정책과", "생활체육팀": "체육진흥과",
        "체육시설팀": "체육진흥과", "국제대회팀": "체육진흥과",
    }  # fmt: skip
    assert "대변인" in {u.name for u in report.organization if u.level == "division"}


def test_a_findings_table_with_its_kind_in_a_column_of_its_own() -> None:
    """구분 names each finding's kind; the summary table above it ends at "□ 세부 …"."""
    summary = [
        ["구 분", "계", "완 료", "추진중"],
        ["계", "3", "2", "1"],
        ["시정·처리요구사항", "2", "1", "1"],
        ["건의사항", "1", "1", "-"],
    ]
    findings = [
        ["연번", "구 분", "지 적 사 항", "부 서", "조 치 결 과", "추진상황"],
        ["1", "시정·처리요구", "소장품 구입 절차 마련", "문화정책과", "규정 개정", "완료"],
        ["2", "시정·처리요구", "협찬금 정산 투명성 제고", "문화정책과", "계좌 분리", "추진중"],
        ["3", "건의", "지도자 처우 개선", "체육진흥과", "수당 인상", "완료"],
    ]
    report = _hwpx(
        p("Ⅰ. 주요업무계획"), p("1. 문화도시 조성"), p("□ 문화기반 확충"),
        p("붙임 2  2023년 행정사무감사 처리결과"), p("□ 총 괄 : 총 3건"), p(_table(summary)),
        p("□ 세부 처리결과"), p(_table(findings)),
    )  # fmt: skip
    assert [(s.category, s.total) for s in report.audit_summary] == [
        ("total", 3), ("correction", 2), ("suggestion", 1),
    ]  # fmt: skip
    assert [(f.category, f.status, f.divisions) for f in report.audit_findings] == [
        ("correction", "completed", ["문화정책과"]),
        ("correction", "in_progress", ["문화정책과"]),
        ("suggestion", "completed", ["체육진흥과"]),
    ]
    assert failed(report) == []


@pytest.mark.parametrize(
    "header", [["추진내용", "일정"], ["단계", "기간", "주요내용"]], ids=["추진내용", "단계"]
)
def test_a_table_of_steps_gives_the_projects_schedule(header: list[str]) -> None:
    """A task column headed 추진내용; of 단계 and 주요내용, what is done."""
    steps = [["기본계획 수립", "2024. 1.~3."], ["공사 착공", "2024. 6."]]
    if len(header) == 3:
        steps = [[f"{i}단계", date, task] for i, (task, date) in enumerate(steps, start=1)]
    report = _hwpx(
        p("Ⅰ. 2024년 주요업무계획"), p("1. 시립미술관 건립"), p("□ 추진계획"),
        p(_table([header, *steps])), p("2. 문화도시 조성"), p("□ 문화기반 확충"),
    )  # fmt: skip
    got = [(s.task, s.start.isoformat() if s.start else None) for s in report.schedules]
    assert got == [("기본계획 수립", "2024-01-01"), ("공사 착공", "2024-06-01")]


# --- staffing stated in a headline -----------------------------------------------------------

STAFF = """2024년 주요업무계획
문 화 체 육 국

Ⅰ. 일반현황

□ 기 구 : 2과
문화정책과 체육진흥과

2. 인 력
□ {headline}
(’24. 1. 1. 기준, 단위: 명)
구 분      계        5급      6급
정 원      30        4        26
현 원      31        4        27

Ⅱ. 주요업무계획

1. 문화도시 조성
 □ 문화기반 확충
  ○ 시설 확충
"""


@pytest.mark.parametrize(
    ("headline", "stated"),
    [("정원 30명, 현원 31명", {("staffing.authorized", 30), ("staffing.current", 31)}),
     ("정원 2명 증원(28→30명)", set())],
)  # fmt: skip
def test_a_staff_headline_states_the_totals(
    headline: str, stated: set[tuple[str, int]]
) -> None:
    """"□ 정원 30명, 현원 31명" under the part's title states its totals; a change of them
    ("정원 2명 증원") states none."""
    report = _text(STAFF.format(headline=headline))
    got = {(t.key, t.value) for t in report.stated_totals if t.key.startswith("staffing.")}
    assert got == stated


# --- a budget of 세입 and 세출, an appendix by division and 소계 ---------------------------------

TWO_SIDES = """2025년 주요업무보고
기 후 환 경 국

Ⅰ. 일반현황

1. 예산현황
가. 세입예산
(단위 : 백만원)
구  분 ’24년 예산 ’25년 예산 증 감 증감률
합  계 202,330 197,410 △4,920 △2.4%
일반회계 160,010 152,340 △7,670 △4.8%
· 국고보조금 157,620 149,870 △7,750 △4.9%
· 세외수입 2,390 2,470 80 3.3%
특별회계 36,450 38,920 2,470 6.8%
기  금 5,870 6,150 280 4.8%
나. 세출예산
(단위 : 백만원)
구  분 ’24년 예산 ’25년 예산 증 감 증감률
합  계 337,150 329,800 △7,350 △2.2%
일 반 회 계 281,230 268,450 △12,780 △4.5%
특별회계 소  계 39,870 42,310 2,440 6.1%
수질개선특별회계 39,870 42,310 2,440 6.1%
기  금 소  계 16,050 19,040 2,990 18.6%
기후위기대응기금 12,400 15,200 2,800 22.6%
환경보전기금 3,650 3,840 190 5.2%

Ⅱ. 주요업무계획

1. 탄소중립 실현
 □ 온실가스 감축
  ○ 감축 목표 관리

붙임 1
2025년 세부사업별 예산현황
(단위 : 천원)
구    분 ’24년 예산 ’25년 예산 증  감
기후환경국 합계 337,150,030 329,800,090 △7,349,940
기후정책과 소    계 277,102,650 273,520,150 △3,582,500
탄소중립 이행 기반 구축 90,000,000 100,000,000 10,000,000
기후변화 적응 인프라 조성 187,102,650 173,520,150 △13,582,500
환경관리과 소    계 60,047,380 56,279,940 △3,767,440
노후 경유차 조기폐차 지원 45,000,000 40,000,000 △5,000,000
대기측정망 운영 15,047,380 16,279,940 1,232,560
"""


@pytest.fixture(scope="module")
def two_sides() -> Report:
    return _text(TWO_SIDES)


def test_a_table_of_세입_and_one_of_세출_each_with_its_side(two_sides: Report) -> None:
    """Both tables are read (the second had been lost), each row with the side its
    heading names, a row set as a list's item named without its mark, "특별회계 소 계" a
    subtotal."""
    rows = [(r.unit, r.side, r.is_total) for r in two_sides.budget_summary]
    assert rows == [
        ("합계", "revenue", True), ("일반회계", "revenue", True),
        ("국고보조금", "revenue", False), ("세외수입", "revenue", False),
        ("특별회계", "revenue", False), ("기금", "revenue", False),
        ("합계", "expenditure", True), ("일반회계", "expenditure", False),
        ("특별회계 소 계", "expenditure", True), ("수질개선특별회계", "expenditure", False),
        ("기금소계", "expenditure", True), ("기후위기대응기금", "expenditure", False),
        ("환경보전기금", "expenditure", False),
    ]  # fmt: skip


def test_each_sides_total_is_checked_against_its_own_rows(two_sides: Report) -> None:
    """세입's 합계 against 세입's rows, 세출's against 세출's, and only 세출 against the
    appendix (it lists what is spent)."""
    assert failed(two_sides) == []
    totals = [c.detail for c in two_sides.validation if c.check == "budget_summary.total.budget"]
    assert len(totals) == 2
    against = [c for c in two_sides.validation if c.check == "budget_summary.vs_appendix"]
    assert [c.passed for c in against] == [True]


def test_a_divisions_cell_over_its_소계_row_makes_a_division_row(two_sides: Report) -> None:
    """"기후정책과 소 계": the division's row, its items under it."""
    items = [(b.level, b.division, b.item) for b in two_sides.budget_items]
    assert items == [
        ("bureau", None, "기후환경국"),
        ("division", "기후정책과", "기후정책과"),
        ("item", "기후정책과", "탄소중립 이행 기반 구축"),
        ("item", "기후정책과", "기후변화 적응 인프라 조성"),
        ("division", "환경관리과", "환경관리과"),
        ("item", "환경관리과", "노후 경유차 조기폐차 지원"),
        ("item", "환경관리과", "대기측정망 운영"),
    ]
    assert any(c.check == "budget_items.division_sum.budget" for c in two_sides.validation)


# --- an organisation chart drawn as a table; findings written as an outline -----------------------


def test_a_chart_tables_cells_that_list_teams_and_a_staff_line_before_the_staff_part() -> None:
    """The chart stands under "○ 인 력 : 정원 …" (a part about staff, by its word): its
    teams are read, and the staff table of "2. 인력현황" after it too."""
    chart = [
        ["기후환경국장", "", ""],
        ["기후정책과", "환경관리과", "물환경과"],
        ["기후정책팀 탄소중립팀", "환경정책팀\n대기관리팀", "수질관리팀, 하수도팀"],
    ]
    staff = [
        ["구 분", "계", "5급", "6급"],
        ["정 원", "30", "4", "26"],
        ["현 원", "31", "4", "27"],
    ]
    cells = [cell(0, 0, p(chart[0][0]), cs=3)] + [
        cell(r, c, *map(p, chart[r][c].split("\n")))
        for r in (1, 2) for c in (0, 1, 2)
    ]  # fmt: skip
    report = _hwpx(
        p("2025년 주요업무보고"), p("기 후 환 경 국"),
        p("Ⅰ 일반현황"), p("1. 조직현황"), p("○ 기  구 : 1국 3과 6팀"),
        p("○ 인  력 : 정원 30명 / 현원 31명"), p(tbl(3, 3, cells)),
        p("2. 인력현황"), p("(’25. 1. 1. 기준, 단위 : 명)"), p(_table(staff)),
        p("Ⅱ 주요업무계획"), p("1. 탄소중립 실현"), p("□ 온실가스 감축"),
    )  # fmt: skip
    teams = {u.name: u.parent for u in report.organization if u.level == "team"}
    assert teams == {"기후정책팀": "기후정책과", "탄소중립팀": "기후정책과",
                     "환경정책팀": "환경관리과", "대기관리팀": "환경관리과",
                     "수질관리팀": "물환경과", "하수도팀": "물환경과"}  # fmt: skip
    counts = [c for c in report.validation if c.check == "organization.counts"]
    assert len(counts) == 3 and all(c.passed for c in counts)
    grades = {(s.grade, s.authorized, s.current) for s in report.staffing if s.grade}
    assert grades == {("5급", 4, 4), ("6급", 26, 27)}


def test_findings_under_category_headings_with_the_division_in_the_title() -> None:
    """"□ 건의사항 (1건)" set under the last line of the finding before it: the category
    of the findings after it, no words of that line; "1. … 마련(환경관리과)": the
    finding's division."""
    report = _hwpx(
        p("Ⅰ 주요업무계획"), p("1. 탄소중립 실현"), p("□ 온실가스 감축"),
        p("붙임 2  2024년 행정사무감사 처리결과"),
        p("□ 시정·처리요구 (1건)"),
        p("1. 예산 집행률 제고 방안 마련(환경관리과)"),
        p("ㅇ 지적사항 : 예산 집행률이 저조하므로 제고 방안을 마련할 것"),
        p("ㅇ 처리결과 : 분기별 집행 점검회의 개최"), p("ㅇ 추진상황 : 추진중"),
        p("  □ 건의사항 (1건)"),
        p("2. 기금 사업 범위 확대(기후정책과)"),
        p("ㅇ 지적사항 : 기금을 폭염 대응사업까지 확대 운용할 것을 건의"),
        p("ㅇ 처리결과 : 조례 개정안 입법예고"), p("ㅇ 추진상황 : 완료"),
    )  # fmt: skip
    got = [(f.category, f.divisions, f.status_raw) for f in report.audit_findings]
    assert got == [
        ("correction", ["환경관리과"], "추진중"), ("suggestion", ["기후정책과"], "완료"),
    ]  # fmt: skip


def test_a_column_of_months_of_a_year_is_the_bodys() -> None:
    """"2025. 1.~2." down a column: when each row's step is, no header (the header had
    taken the rows over the first figure: "추진기간 / 2025. 1.~2. / 2025. 3.~5.")."""
    steps = [
        ["추진내용", "추진기간", "비 고"],
        ["기본계획 변경", "2025. 1.~2.", "협의"],
        ["공모 및 선정", "2025. 3.~5.", "4개 시군"],
        ["교육과정 운영", "2025. 4.~11.", "300명"],
    ]
    report = _hwpx(
        p("Ⅰ. 2025년 주요업무계획"), p("1. 정의로운 전환"), p("□ 추진계획"), p(_table(steps)),
        p("2. 문화도시 조성"), p("□ 문화기반 확충"),
    )  # fmt: skip
    assert [t.header_rows for t in report.tables] == [1]
    assert [s.task for s in report.schedules] == ["기본계획 변경", "공모 및 선정", "교육과정 운영"]


def test_a_matrix_of_strategies_that_opens_the_plan() -> None:
    """비전 / 목표 (one aim) / 추진전략 (the goal columns) / 중점과제 (two listed tasks a
    cell), drawn at the head of the plan where no chapter of its own holds it."""
    matrix = [
        ["비 전", "깨끗하고 건강한 도시", ""],
        ["목 표", "온실가스 40% 감축", ""],
        ["추진전략", "정의로운 전환", "맑은 공기"],
        ["중점과제", "◦ 온실가스 감축\n◦ 폐지지역 전환", "◦ 조기폐차 확대\n◦ 배출사업장 관리"],
    ]
    cells = [
        cell(r, c, *map(p, matrix[r][c].split("\n")), cs=2 if r < 2 and c == 1 else 1)
        for r in range(4) for c in range(3) if not (r < 2 and c == 2)
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 2025년 주요업무계획"), p("< 비전 및 추진전략 >"), p(tbl(4, 3, cells)),
        p("1. 온실가스 감축"), p("□ 추진계획"), p("○ 이행계획 수립(’25. 3월)"),
    )  # fmt: skip
    got = [(g.vision, g.goal_no, g.goal, g.task_no, g.task) for g in report.policy_goals]
    assert got == [
        ("깨끗하고 건강한 도시", 1, "정의로운 전환", 1, "온실가스 감축"),
        ("깨끗하고 건강한 도시", 1, "정의로운 전환", 2, "폐지지역 전환"),
        ("깨끗하고 건강한 도시", 2, "맑은 공기", 1, "조기폐차 확대"),
        ("깨끗하고 건강한 도시", 2, "맑은 공기", 2, "배출사업장 관리"),
    ]


# --- a 실's report of another year: two staff tables, two budget tables, events ---------------

OFFICE = """2022년 주요업무보고
복지정책실

Ⅰ. 일 반 현 황

조직현황  1실 2과
복지정책실

복지정책과 돌봄복지과

인력현황 60/57명(정원/현원)
(’22. 1. 1. 기준)
<부서별>
구 분 계 복지정책과 돌봄복지과
정 원 60 38 22
현 원 57 37 20
<직급별>
구 분 계 4급 5급 6급이하
정 원 60 2 10 48
현 원 57 2 9 46

예산현황
(단위: 백만원)
<세 입>
구 분 ’21년 예산 ’22년 예산 증감 증감률
계 2,000 2,200 200 10.0%
국고보조금 1,500 1,700 200 13.3%
세외수입 500 500 - -
<세 출>
구 분 ’21년 예산 ’22년 예산 증감 증감률
계 9,000 9,900 900 10.0%
복지정책과 6,000 6,600 600 10.0%
돌봄복지과 3,000 3,300 300 10.0%

부서별 주요기능
구 분 담 당 업 무
복지정책과
∙ 복지정책 종합계획 수립
돌봄
복지과
∙ 돌봄SOS센터 운영
∙ 돌봄인력 역량강화

Ⅱ. 주요업무 추진계획

1 . 모두가 누리는 복지

1  찾아가는 돌봄 운영

\uf0a7 예산 집행계획
(단위: 백만원)

사업명 예산액
재원 집행계획
국비 시비 1분기 2분기 3분기 4분기

돌봄 운영 3,300
1,650 1,650 825 825 825 825

돌봄인력 교육 200
- 200 50 50 50 50

※ 돌봄 운영 예산현액에 ’21년 사고이월액 120천원 포함

\uf0a7 추진일정
○ 돌봄 운영 : ’22. 1.~12.

붙 임 3
2022년 주요행사 일정
연번 행 사 명 일 시 장 소 주관부서
1 복지박람회 ’22. 5.24.~26. 서울광장 복지정책과
2 돌봄 성과공유회 ’22. 6.30. 시청 다목적홀 돌봄복지과
"""


@pytest.fixture(scope="module")
def office() -> Report:
    return _text(OFFICE)


def test_a_staff_table_by_division_and_one_by_grade(office: Report) -> None:
    """Two tables of one part: each its own records (the second had overwritten the
    first's figures), of the day the first says."""
    rows = {(s.unit, s.grade): (s.authorized, s.current) for s in office.staffing}
    assert rows[("복지정책과", None)] == (38, 37) and rows[("돌봄복지과", None)] == (22, 20)
    assert rows[("계", "5급")] == (10, 9) and rows[("계", "6급이하")] == (48, 46)
    assert {s.as_of.isoformat() if s.as_of else None for s in office.staffing} == {"2022-01-01"}


def test_a_budget_of_two_titled_tables_under_one_unit(office: Report) -> None:
    """"<세 입>" and "<세 출>" under one "(단위: 백만원)": each table its side, both in
    백만원."""
    rows = [(r.unit, r.side, r.budget_krw) for r in office.budget_summary]
    assert rows == [
        ("계", "revenue", 2_200_000_000), ("국고보조금", "revenue", 1_700_000_000),
        ("세외수입", "revenue", 500_000_000), ("계", "expenditure", 9_900_000_000),
        ("복지정책과", "expenditure", 6_600_000_000), ("돌봄복지과", "expenditure", 3_300_000_000),
    ]  # fmt: skip
    units = {(b.unit, b.side) for b in office.budget_lines if b.year == 2022}
    assert ("복지정책과", "expenditure") in units and ("돌봄복지과", "expenditure") in units


def test_a_division_name_wrapped_in_its_cell(office: Report) -> None:
    assert [(f.division, f.function) for f in office.functions] == [
        ("복지정책과", "복지정책 종합계획 수립"), ("돌봄복지과", "돌봄SOS센터 운영"),
        ("돌봄복지과", "돌봄인력 역량강화"),
    ]  # fmt: skip


def test_a_card_table_with_its_sources_columns(office: Report) -> None:
    """국비 | 시비 before the quarters: the amount and the quarters, not the shares; a
    carry-over note that names its row before the amount."""
    rows = [(b.item, b.amount_krw, b.q1_krw, b.q4_krw, b.carryover_krw)
            for b in office.project_budgets]  # fmt: skip
    assert rows == [
        ("돌봄 운영", 3_300_000_000, 825_000_000, 825_000_000, 120_000),
        ("돌봄인력 교육", 200_000_000, 50_000_000, 50_000_000, None),
    ]


def test_events_a_text_export_wrote_one_a_line(office: Report) -> None:
    got = [(e.event, e.start.isoformat() if e.start else None, e.place, e.division)
           for e in office.events]  # fmt: skip
    assert got == [
        ("복지박람회", "2022-05-24", "서울광장", "복지정책과"),
        ("돌봄 성과공유회", "2022-06-30", "시청 다목적홀", "돌봄복지과"),
    ]


def test_an_overview_line_that_opens_with_its_dates_dates_its_topic() -> None:
    """"ㅇ (행사개요) ’25. 9. 17.~9. 26., 영화의전당 등 5개 극장": when the topic is held (its
    place and scale were taken for a step)."""
    text = """2025년 주요업무계획
문화체육국

Ⅰ. 2025년 주요업무계획

1. 영화·영상 산업 경쟁력 강화
 □ (국제영화제 지원) 제30회 국제영화제 개최 지원
  ㅇ (행사개요) ’25. 9. 17.~9. 26.(10일간), 영화의전당 등 5개 극장
  ㅇ (사업비) 1,000백만원(국 500, 시 500)

2. 생활체육 활성화
 □ 생활체육 지원
  ㅇ 동호회 지원(’25. 3월)
"""
    steps = [(s.task, s.start.isoformat() if s.start else None) for s in _text(text).schedules]
    assert ("영화의전당 등 5개 극장", "2025-09-17") not in steps
    assert any(d == "2025-09-17" and "국제영화제 개최 지원" in t for t, d in steps)


@pytest.mark.parametrize(
    ("text", "cost"),
    [("(창작준비금) 500명 지원(1인 200만원, 총 10억원)", 1_000_000_000),
     ("(경로당 냉방비) 1,200개소 지원(개소당 50만원, 총 6억원)", 600_000_000)],
)  # fmt: skip
def test_a_whole_cost_beside_a_cost_per_head(text: str, cost: int) -> None:
    """"(1인 200만원, 총 10억원)": the bracket's facts cost the whole (it had been no cost:
    two amounts)."""
    tail = read_tail(text, 2025)
    assert tail is not None and tail.cost is not None and tail.cost.krw == cost


def test_a_label_of_steps_whose_last_piece_sets_a_step_beside_it() -> None:
    """"• 추진상황" / its first step / "및향후계획 : ’23.12. : 선정": the first step is one
    (it had been lost: the label's last piece holds a step of its own)."""
    texts = ["추진상황", "’23. 5. 31. : 최종 선정", "및향후계획 : ’23.12. : 공모 선정"]
    assert _broken_step_label(texts) == ({0}, 0)
    assert _broken_step_label(["추진상황", "’23. 5. 31. : 최종 선정", "사업기간 : 2024년"]) == (
        set(), None,
    )


# --- a 실 with a 기획관 over two of its 과, and a 사업소 named for its work ---------------------

GROUPED = """2022년 주요업무보고
복지정책실

Ⅰ. 일 반 현 황

조직현황  1실 1기획관 3과 5팀 1사업소
복지정책실

복지정책과 복지기획관

희망복지지원과 자활지원과

복

지

재

단

팀

정

책

총

괄

팀

희

망

복

지

팀

긴

급

복

지

팀

자

활

사

업

팀

사업소 : 은평의마을

예산현황
(단위: 백만원)
구 분 ’21년 예산 ’22년 예산 증감 증감률
계 1,100 1,210 110 10.0%
복지정책과 300 330 30 10.0%
복지기획관 700 770 70 10.0%
희망복지지원과 200 230 30 15.0%
자활지원과 500 540 40 8.0%
은평의마을 100 110 10 10.0%

붙 임 1
2022년 세부사업 예산 현황
부서명 / 사업명 ’22년 예산 ’22년 예산현액
복지정책실 1,210,000 1,210,000
복지정책과 330,000 330,000
복지재단 운영 300,000 300,000
기본경비 30,000 30,000
복지기획관 770,000 770,000
희망복지지원과 230,000 230,000
긴급복지 지원 230,000 230,000
자활지원과 540,000 540,000
자활사업 지원 540,000 540,000
은평의마을 110,000 110,000
은평의마을 운영 100,000 100,000
기본경비 10,000 10,000
(단위: 천원)
"""


@pytest.fixture(scope="module")
def grouped() -> Report:
    return _text(GROUPED)


def test_a_planning_office_over_two_divisions(grouped: Report) -> None:
    """"1실 1기획관": the 기획관 is of the bureau's level under the 실, takes no team of
    the row it is drawn in, and the appendix's sums (its row over two 과) place its 과
    under it; "사업소 : 은평의마을" lists a unit not named for its kind; a team name read
    down its letters goes on past a unit word ("복지재단" then "팀")."""
    units = {u.name: (u.level, u.parent, u.unit_type) for u in grouped.organization}
    assert units == {
        "복지정책실": ("bureau", None, "실"),
        "복지정책과": ("division", "복지정책실", "과"),
        "복지기획관": ("bureau", "복지정책실", "기획관"),
        "희망복지지원과": ("division", "복지기획관", "과"),
        "자활지원과": ("division", "복지기획관", "과"),
        "은평의마을": ("division", "복지정책실", "사업소"),
        "복지재단팀": ("team", "복지정책과", "팀"),
        "정책총괄팀": ("team", "복지정책과", "팀"),
        "희망복지팀": ("team", "희망복지지원과", "팀"),
        "긴급복지팀": ("team", "희망복지지원과", "팀"),
        "자활사업팀": ("team", "자활지원과", "팀"),
    }
    assert not failed(grouped)


def test_an_appendix_row_over_divisions_is_their_group(grouped: Report) -> None:
    """The 기획관's row adds up its two 과 (not a division of no items, nor counted with
    them in the 실's sum); a row after a division whose items are all read, whose own
    items add up to it, is a unit (은평의마을)."""
    rows = [(b.level, b.item, b.parent) for b in grouped.budget_items if b.level != "item"]
    assert rows == [
        ("bureau", "복지정책실", None), ("division", "복지정책과", "복지정책실"),
        ("bureau", "복지기획관", "복지정책실"), ("division", "희망복지지원과", "복지기획관"),
        ("division", "자활지원과", "복지기획관"), ("division", "은평의마을", "복지정책실"),
    ]  # fmt: skip
    sums = {c.check for c in grouped.validation if c.check.startswith("budget_items")}
    assert {"budget_items.bureau_sum.budget", "budget_items.division_sum.budget"} <= sums
    totals = {b.unit for b in grouped.budget_lines if b.is_total}
    assert totals == {"계", "복지기획관"}


@pytest.mark.parametrize(
    ("levels", "amounts", "want_levels", "want_parents"),
    [
        # bureau > division > items: the names say all
        ("b d i i", [30, 30, 10, 20], "b d i i", [None, 0, 1, 1]),
        # a row after a division whose items are read, its own items adding up to it
        ("b d i i i", [40, 30, 30, 10, 10], "b d i d i", [None, 0, 1, 0, 3]),
        # not where the division's items do not add up yet (the report's own error stays)
        ("b d i i i", [40, 35, 30, 10, 10], "b d i i i", [None, 0, 1, 1, 1]),
        # nor where the row's own items do not add up to it
        ("b d i i i", [40, 30, 30, 10, 5], "b d i i i", [None, 0, 1, 1, 1]),
        # a division's row over two divisions that add up to it: their group
        ("b d i d d i d i", [60, 10, 10, 50, 20, 20, 30, 30], "b d i b d i d i",
         [None, 0, 1, 0, 3, 4, 3, 6]),
        # over one division only: no group
        ("b d d i", [20, 20, 20, 20], "b d d i", [None, 0, 0, 2]),
    ],
)  # fmt: skip
def test_appendix_levels_from_its_sums(
    levels: str, amounts: list[int], want_levels: str, want_parents: list[int | None]
) -> None:
    names = {"b": "bureau", "d": "division", "i": "item"}
    got_levels, parents = nest([names[x] for x in levels.split()], amounts)
    assert got_levels == [names[x] for x in want_levels.split()]
    assert parents == want_parents


# --- a province bureau's text export: a chart in columns, 【 과 】 parts -----------------------

PROVINCE = """
              2025년도 주요업무보고

                 농수산해양위원회

                충 청 남 도
               해 양 수 산 국

Ⅰ  일 반 현 황

1  조    직

❍ 기구 : 1국 2과 5팀

                    해양수산국장

      해양정책과          수산정책과
      해양정책팀          수산정책팀
      해양환경팀          수산자원팀
                          어업지도팀

2  인    력

❍ 정원 30명 / 현원 29명

3  예    산

❍ 세입예산 : 120.0억원 (전년 대비 20.0억원 증)

   [세 입]                                        (단위 : 억원, %)
   구    분           2024년         2025년          증  감        증감률(%)
   계                  100.0          120.0           20.0           20.0
   해양정책과           40.0           50.0           10.0           25.0
   수산정책과           60.0           70.0           10.0           16.7

❍ 세출예산 : 330.0억원 (전년 대비 30.0억원 증)

   [세 출]                                        (단위 : 억원, %)
   구    분           2024년         2025년          증  감        증감률(%)
   계                  300.0          330.0           30.0           10.0
   해양정책과          100.0          120.0           20.0           20.0
   수산정책과          200.0          210.0           10.0            5.0

Ⅲ  2025년 정책목표 및 전략

  비  전 :  바다에서 여는 풍요로운 충남

  전략 1  미래형 수산업 육성
      - 스마트 양식 확산
      - 수산물 수출 판로 다변화

  전략 2  깨끗하고 안전한 바다
      - 해양쓰레기 없는 바다 만들기
      - 연안 재해 예방

Ⅳ  2025년 주요업무계획

【 해양정책과 】

1  해양쓰레기 없는 바다 만들기

❍ 사업개요 : ’25. 1.~12., 사업비 12억원(국 6, 도 6)

❍ 세부사업 예산 : 12억원(정화사업)

【 수산정책과 】

1  스마트 양식 확산

❍ 사업개요 : ’25. 1.~12., 사업비 35억원(국 10, 도 25)

❍ 추진계획

  ◦ 양식장 설비 착공 : 25.5.

  ◦ 2026년 국비 추가 확보 건의 : ’25. 5.~8.

Ⅴ  주요 현안사항

1  천수만 적조 피해 대응

(1) 현    황

  ❍ ’24. 8. 천수만 일원 적조 발생, 양식어류 폐사(피해액 38.4억원)

(2) 대응계획

  ❍ 소요예산 : 21억원(국 10.5, 도 10.5)

  ❍ 적조 예찰선 운영 : ’25. 6.~9.

Ⅵ  2024년 행정사무감사 지적사항 처리결과

❍ 총 2건 (완료 1, 추진중 1)

① 어업지도선 대체건조 계획 수립 필요 (수산정책과)

   ▪ 조치결과 : 지도선 2척 대체건조 예산 반영

   ▪ 처리상황 : 완료

② 해양쓰레기 처리시설 부족 대책 마련 (해양정책과)

   ▪ 조치결과 : 전처리시설 1개소 설치 국비 건의(’25. 3.)

   ▪ 처리상황 : 추진중
"""


@pytest.fixture(scope="module")
def province() -> Report:
    return _text(PROVINCE)


def test_a_chart_whose_teams_stand_in_columns(province: Report) -> None:
    """Each line of teams lists one team of each division, a team alone on the last line
    under its own division's column; the bureau's head is no team; the cover's province
    is not the bureau; "2  인    력" is the staff part, not "2인"."""
    units = [(u.name, u.level, u.parent) for u in province.organization]
    assert units == [
        ("해양수산국", "bureau", None),
        ("해양정책과", "division", "해양수산국"), ("수산정책과", "division", "해양수산국"),
        ("해양정책팀", "team", "해양정책과"), ("수산정책팀", "team", "수산정책과"),
        ("해양환경팀", "team", "해양정책과"), ("수산자원팀", "team", "수산정책과"),
        ("어업지도팀", "team", "수산정책과"),
    ]  # fmt: skip
    assert province.meta.bureau == "해양수산국"
    assert {s.key for s in province.sections if s.found} >= {"organization", "staffing"}


def test_a_bullet_between_two_budget_tables_is_no_row(province: Report) -> None:
    """"❍ 세출예산 : 330.0억원 (…)" over the second table closes the first."""
    rows = [(r.side, r.unit) for r in province.budget_summary]
    assert rows == [
        ("revenue", "계"), ("revenue", "해양정책과"), ("revenue", "수산정책과"),
        ("expenditure", "계"), ("expenditure", "해양정책과"), ("expenditure", "수산정책과"),
    ]  # fmt: skip
    assert not failed(province)


def test_a_plan_in_parts_titled_in_brackets(province: Report) -> None:
    """"【 해양정책과 】" titles the part of the plan of that division: its projects under
    it (not under the last bullet of the part before), of its division."""
    got = [(p.project_id, p.title, p.theme, p.division) for p in province.projects if p.theme_no]
    assert got == [
        ("1-1", "해양쓰레기 없는 바다 만들기", "해양정책과", "해양정책과"),
        ("2-1", "스마트 양식 확산", "수산정책과", "수산정책과"),
    ]


# --- an agency's report: units listed under their 본부, a matrix of 경영목표 ------------------

AGENCY = """2026년도 주요업무보고
한빛도 경제진흥원

Ⅰ. 기관 일반현황

1. 조직
□ 조 직 : 2본부 1실 5팀
○ 원장 직속 : 감사실
○ 경영기획본부 : 경영지원팀, 기획예산팀
○ 기업성장본부 : 수출지원팀, 창업지원팀, 판로지원팀

Ⅱ. 2026년 주요사업 계획

1. 소상공인 경영안정자금 이차보전
○ 지원규모 : 융자 700억원 (업체당 최대 5천만원)
○ 사 업 비 : 4,800백만원 (도비 3,360, 시군비 1,440)
"""


def test_units_listed_under_their_headquarters() -> None:
    """"○ 경영기획본부 : 경영지원팀, 기획예산팀" names the unit and its teams; "○ 원장 직속 :
    감사실" a unit right under the top."""
    report = _text(AGENCY)
    units = [(u.name, u.level, u.parent) for u in report.organization]
    assert units == [
        ("한빛도경제진흥원", "bureau", None), ("감사실", "bureau", "한빛도경제진흥원"),
        ("경영기획본부", "bureau", "한빛도경제진흥원"), ("경영지원팀", "team", "경영기획본부"),
        ("기획예산팀", "team", "경영기획본부"), ("기업성장본부", "bureau", "한빛도경제진흥원"),
        ("수출지원팀", "team", "기업성장본부"), ("창업지원팀", "team", "기업성장본부"),
        ("판로지원팀", "team", "기업성장본부"),
    ]  # fmt: skip
    assert not failed(report)


def test_a_costs_own_label_outranks_a_scale_before_it() -> None:
    """"지원규모 : 융자 700억원" is what it lends; "사 업 비 : 4,800백만원 (…)" its cost."""
    project = _text(AGENCY).projects[0]
    assert (project.cost_krw, project.cost_raw) == (4_800_000_000, "4,800백만원")


def test_a_matrix_of_a_management_goal_over_strategic_goals() -> None:
    """비전 / 경영목표 (one aim) / 전략목표 (the goal columns) / 전략과제 (the tasks, rows)."""
    goals = ["글로벌 시장 진출 확대", "혁신 창업 생태계 조성", "소상공인 자생력 강화"]
    tasks = [["수출 유망기업 육성", "창업기업 보육 강화", "경영안정자금 지원"],
             ["통상거점 운영", "기술개발 지원", "골목상권 활성화"]]  # fmt: skip
    cells = [
        cell(0, 0, p("비  전")), cell(0, 1, p("든든한 성장 파트너"), cs=3),
        cell(1, 0, p("경영목표")), cell(1, 1, p("수출기업 500개사 육성"), cs=3),
        cell(2, 0, p("전략목표")), *(cell(2, 1 + k, p(g)) for k, g in enumerate(goals)),
        cell(3, 0, p("전략과제"), rs=2),
        *(cell(3 + r, 1 + k, p(t)) for r, row in enumerate(tasks) for k, t in enumerate(row)),
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 1원 2팀"),
        p("Ⅱ. 2026년 경영목표 및 전략"),
        p(tbl(5, 4, cells)),
        p("Ⅲ. 2026년 주요사업 계획"), p("1. 수출 지원"), p("○ 사업비 : 10억원"),
    )  # fmt: skip
    got = [(g.goal_no, g.goal, g.task_no, g.task) for g in report.policy_goals]
    assert got == [
        (1, "글로벌 시장 진출 확대", 1, "수출 유망기업 육성"),
        (2, "혁신 창업 생태계 조성", 1, "창업기업 보육 강화"),
        (3, "소상공인 자생력 강화", 1, "경영안정자금 지원"),
        (1, "글로벌 시장 진출 확대", 2, "통상거점 운영"),
        (2, "혁신 창업 생태계 조성", 2, "기술개발 지원"),
        (3, "소상공인 자생력 강화", 2, "골목상권 활성화"),
    ]
    assert {g.vision for g in report.policy_goals} == {"든든한 성장 파트너"}


def test_an_issue_in_numbered_blocks(province: Report) -> None:
    """"(1) 현 황" / "(2) 대응계획" under a 현안 are its blocks, not projects; the cost
    labelled in its plan block is its cost (not the damage its 현황 states)."""
    issues = [(p.project_id, p.title, p.cost_krw) for p in province.projects if not p.theme_no]
    assert issues == [("현안1", "천수만 적조 피해 대응", 2_100_000_000)]
    issue = province.project_funding
    funding = {(f.source, f.amount_krw) for f in issue if f.project_id == "현안1"}
    assert funding == {("국비", 1_050_000_000), ("도비", 1_050_000_000)}
    steps = [(s.task, s.start.isoformat()) for s in province.schedules if s.project_id == "현안1"]
    assert steps == [("적조 예찰선 운영", "2025-06-01")]


def test_findings_as_items_with_labelled_lines_and_a_headline(province: Report) -> None:
    """"① … (수산정책과)" / "▪ 조치결과 : …" / "▪ 처리상황 : 완료": each item a finding with
    its division, action and status (not the lines run together as one); "❍ 총 2건 (완료
    1, 추진중 1)" the summary's total row."""
    got = [(f.no, f.divisions, f.finding, f.status, f.actions) for f in province.audit_findings]
    assert got == [
        (1, ["수산정책과"], "어업지도선 대체건조 계획 수립 필요", "completed",
         "지도선 2척 대체건조 예산 반영"),
        (2, ["해양정책과"], "해양쓰레기 처리시설 부족 대책 마련", "in_progress",
         "전처리시설 1개소 설치 국비 건의(’25. 3.)"),
    ]  # fmt: skip
    rows = [(r.category, r.total, r.completed, r.in_progress) for r in province.audit_summary]
    assert rows == [("total", 2, 1, 1)]
    assert {c.check for c in province.validation} >= {"audit_findings.count.total"}


def test_goals_numbered_over_their_tasks_as_bullets(province: Report) -> None:
    """"전략 1 미래형 수산업 육성" / "- 스마트 양식 확산": a goal over its tasks set as
    bullets of one glyph."""
    got = [(g.goal_no, g.goal, g.task_no, g.task) for g in province.policy_goals]
    assert got == [
        (1, "미래형 수산업 육성", 1, "스마트 양식 확산"),
        (1, "미래형 수산업 육성", 2, "수산물 수출 판로 다변화"),
        (2, "깨끗하고 안전한 바다", 1, "해양쓰레기 없는 바다 만들기"),
        (2, "깨끗하고 안전한 바다", 2, "연안 재해 예방"),
    ]
    assert {g.vision for g in province.policy_goals} == {"바다에서 여는 풍요로운 충남"}


def test_a_staff_table_with_a_form_over_its_subtotal_and_grades() -> None:
    """"일반직" set over "소 계" and its grades: the form of each row (the 소계 its total,
    not a grade), "기 간 제" a form and a grade of its own, and every check of the table's
    sums passes (the 소계 had been counted with its grades, 기간제 taken for the 계)."""
    cells = [
        cell(0, 0, p("구 분"), cs=2), cell(0, 2, p("정 원")), cell(0, 3, p("현 원")),
        cell(0, 4, p("과부족")),
        cell(1, 0, p("계"), cs=2), cell(1, 2, p("20")), cell(1, 3, p("18")), cell(1, 4, p("△2")),
        cell(2, 0, p("일반직"), rs=3), cell(2, 1, p("소 계")), cell(2, 2, p("15")),
        cell(2, 3, p("14")), cell(2, 4, p("△1")),
        cell(3, 1, p("1급")), cell(3, 2, p("5")), cell(3, 3, p("5")), cell(3, 4, p("-")),
        cell(4, 1, p("2급")), cell(4, 2, p("10")), cell(4, 3, p("9")), cell(4, 4, p("△1")),
        cell(5, 0, p("기 간 제"), cs=2), cell(5, 2, p("5")), cell(5, 3, p("4")),
        cell(5, 4, p("△1")),
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 인력"), p("(2026. 1. 1. 기준, 단위: 명)"), p(tbl(6, 5, cells)),
        p("Ⅱ. 주요업무계획"), p("1. 수출 지원"), p("○ 사업비 : 10억원"),
    )  # fmt: skip
    rows = {(s.grade, s.employment): (s.authorized, s.current) for s in report.staffing}
    assert rows == {
        (None, None): (20, 18), (None, "일반직"): (15, 14), ("1급", "일반직"): (5, 5),
        ("2급", "일반직"): (10, 9), ("기간제", "기간제"): (5, 4),
    }
    checks = {c.check for c in report.validation if c.check.startswith("staffing")}
    assert {"staffing.grades.authorized", "staffing.balance_sum"} <= checks
    assert not failed(report)


def test_a_findings_table_whose_categories_are_rows_across_it() -> None:
    """"【 시정·처리 요구사항 : 2건 】" across the table, over its findings: no header row nor
    finding of its own, the category of the rows under it."""
    summary = [
        ["구 분", "계", "완 료", "추진중"],
        ["계", "3", "2", "1"],
        ["시정·처리요구사항", "2", "1", "1"],
        ["건의사항", "1", "1", "-"],
    ]
    head = ["연번", "지 적 사 항", "조 치 결 과", "처리상황", "담당부서"]
    rows = [
        ["1", "소장품 구입 절차 마련", "규정 개정", "완료", "문화정책과"],
        ["2", "협찬금 정산 투명성 제고", "계좌 분리", "추진중", "문화정책과"],
        ["3", "지도자 처우 개선", "수당 인상", "완료", "체육진흥과"],
    ]
    cells = [
        *(cell(0, c, p(t)) for c, t in enumerate(head)),
        cell(1, 0, p("【 시정·처리 요구사항 : 2건 】"), cs=5),
        *(cell(2 + r, c, p(t)) for r, row in enumerate(rows[:2]) for c, t in enumerate(row)),
        cell(4, 0, p("【 건의사항 : 1건 】"), cs=5),
        *(cell(5, c, p(t)) for c, t in enumerate(rows[2][:4])),
        cell(5, 4, p("체육진흥과"), p("문화정책과")),  # (two divisions, one a line)
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 주요업무계획"), p("1. 문화도시 조성"), p("□ 문화기반 확충"),
        p("Ⅱ. 2025년 행정사무감사 지적사항 처리결과"), p(_table(summary)),
        p(tbl(6, 5, cells)),
    )  # fmt: skip
    assert [(f.no, f.category, f.status, f.finding) for f in report.audit_findings] == [
        (1, "correction", "completed", "소장품 구입 절차 마련"),
        (2, "correction", "in_progress", "협찬금 정산 투명성 제고"),
        (3, "suggestion", "completed", "지도자 처우 개선"),
    ]
    assert report.audit_findings[2].divisions == ["체육진흥과", "문화정책과"]
    assert failed(report) == []


def test_duties_of_teams_in_the_second_column() -> None:
    """"본 부 | 팀(실) | 주 요 업 무", the 본부 merged over its teams' rows: each duty is the
    team's (the unit right before the duties), not the 본부's nor lost."""
    cells = [
        cell(0, 0, p("본  부")), cell(0, 1, p("팀(실)")), cell(0, 2, p("주 요 업 무")),
        cell(1, 0, p("경영기획본부"), rs=2), cell(1, 1, p("경영지원팀")),
        cell(1, 2, p("· 인사·노무 관리"), p("· 회계·계약 관리")),
        cell(2, 1, p("기획예산팀")), cell(2, 2, p("· 예산 편성")),
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 기관 일반현황"), p("1. 조직"), p("□ 조 직 : 1본부 2팀"),
        p("2. 부서별 주요업무"), p(tbl(3, 3, cells)),
        p("Ⅱ. 주요사업 계획"), p("1. 수출 지원"), p("○ 사업비 : 10억원"),
    )  # fmt: skip
    assert [(f.division, f.seq, f.function) for f in report.functions] == [
        ("경영지원팀", 1, "인사·노무 관리"), ("경영지원팀", 2, "회계·계약 관리"),
        ("기획예산팀", 1, "예산 편성"),
    ]  # fmt: skip


# --- a district's report: letter-spaced 연중, dates sharing a task, findings of two kinds --------

DISTRICT = """2025년도 주요업무보고
복지문화국

Ⅰ. 2025년 주요업무 추진계획
< 2025년 업무추진 방향 >
○ 어르신의 자립과 사회참여 기반 확대

1. 어르신 일자리 지원
□ 사업개요
○ 사 업 비 : 1,000,000천원(국비 500,000, 구비 500,000)
□ 추진계획
○ 연    중 : 명예사회복지공무원 운영
○ ’25. 6월, 11월 : 수행기관 현장점검

Ⅱ. 2024년 행정사무감사 처리결과

구 분 계 완료 추진중
계 3 2 1
시정요구 1 1 -
처리요구 2 1 1

◇ 시정요구사항 (1건)
1. 경로당 보조금 정산 부적정(어르신복지과)
○ 처리결과 : 정산 지침 개정
○ 추진상황 : 완료
◇ 처리요구사항 (2건)
2. 긴급복지 지원 결정 지연 개선(복지정책과)
○ 처리결과 : 결정 기한 단축
○ 추진상황 : 완료
3. 통합돌봄 전담인력 확충(복지정책과, 어르신복지과)
○ 처리결과 : 인력 2명 충원 요청
○ 추진상황 : 추진중
"""


@pytest.fixture(scope="module")
def district() -> Report:
    return _text(DISTRICT)


def test_a_spaced_year_word_and_dates_that_share_a_task(district: Report) -> None:
    """"연    중 :" is 연중 (the step had been lost); "’25. 6월, 11월 : 현장점검" is the
    check in each month (the first had taken the block's label for its task)."""
    got = [(s.task, s.start.isoformat(), s.precision) for s in district.schedules]
    assert got == [
        ("명예사회복지공무원 운영", "2025-01-01", "year"),
        ("수행기관 현장점검", "2025-06-01", "month"),
        ("수행기관 현장점검", "2025-11-01", "month"),
    ]


def test_two_summary_rows_of_one_category_and_two_divisions(district: Report) -> None:
    """시정요구 and 처리요구 are both corrections: the findings are counted against the two
    rows together (each had been against all three); "(복지정책과, 어르신복지과)" names
    two divisions."""
    assert [f.divisions for f in district.audit_findings] == [
        ["어르신복지과"], ["복지정책과"], ["복지정책과", "어르신복지과"],
    ]  # fmt: skip
    assert district.audit_findings[2].finding == "통합돌봄 전담인력 확충"
    counts = [c for c in district.validation if c.check.startswith("audit_findings.count")]
    assert counts and all(c.passed for c in counts)


def test_an_overview_line_that_opens_with_the_period(province: Report) -> None:
    """"❍ 사업개요 : ’25. 1.~12., 사업비 12억원(…)": the project's period and its cost."""
    project = province.projects[0]
    assert (project.period_raw, project.period_start, project.cost_krw) == (
        "’25. 1.~12.", date(2025, 1, 1), 1_200_000_000,
    )


def test_steps_whose_date_follows_the_colon(province: Report) -> None:
    """"설비 착공 : 25.5." (the year's quote mark left out: the step had been lost) and
    "2026년 국비 … 건의 : ’25. 5.~8." (a year in the task's name: dated 2026 before)."""
    got = [(s.task, s.start.isoformat(), s.end and s.end.isoformat())
           for s in province.schedules if s.project_id == "2-1"]  # fmt: skip
    assert got == [
        ("양식장 설비 착공", "2025-05-01", "2025-05-31"),
        ("2026년 국비 추가 확보 건의", "2025-05-01", "2025-08-31"),
    ]


@pytest.mark.parametrize(
    ("text", "won"),
    [
        ("수산물 수출액 3억 2,500만 달러 달성", []),
        ("수출계약 3,400만불, 국비 84억원 확보", [8_400_000_000]),
        ("수출목표 3억 5천만 달러", []),
        ("불과 3억원", [300_000_000]),
    ],
)
def test_an_amount_in_another_currency_is_none_in_won(text: str, won: list[int]) -> None:
    """"3억 2,500만 달러" had been read as 3억원."""
    assert [m.value_krw for m in find_mentions(text, 2025) if m.kind == "krw"] == won


@pytest.mark.parametrize(
    ("parts", "joined"),
    [
        (["기존 대출 이자지원 40", "0)"], "기존 대출 이자지원 400)"),
        (["전년 대비 △", "3.2%)"], "전년 대비 △3.2%)"),
        (["(1,2", "00)"], "(1,200)"),
        (["사업 2", "3개소 운영"], "사업 2 3개소 운영"),
    ],
)
def test_a_figure_a_wrap_broke_is_joined(parts: list[str], joined: str) -> None:
    """LibreOffice breaks a line inside a figure ("40" / "0)"): no space, and "0)" is no
    item of a list."""
    assert join_wrapped(parts) == joined
    assert read_marker(parts[1]) is None or parts[1][0] != "0"


def test_a_bracketed_title_under_a_heading_is_no_part_of_it(district: Report) -> None:
    """"Ⅰ. 2025년 주요업무 추진계획" / "< 2025년 업무추진 방향 >": a title over the lines
    after it (it had been read as the heading's second line)."""
    heading = next(o for o in district.outline if o.kind == "heading")
    assert heading.title == "2025년 주요업무 추진계획"
    title = next(o for o in district.outline if o.title.startswith("<"))
    assert (title.kind, title.parent) == ("title", heading.node)
    assert [(p.title, p.theme) for p in district.projects] == [("어르신 일자리 지원", "")]
    item = next(o for o in district.outline if o.kind == "item")
    assert item.parent == heading.node  # (the numbered items after its bullets: none of it)


# --- a county 과's text export: contents of 가. … chapters, columns set by display width -----

COUNTY = """2025년 주요업무계획

솔뫼군 농업정책과

보 고 순 서

가. 일반현황

나. 2025년 주요업무계획

붙임 1. 2025년 세부사업별 예산 현황

가. 일 반 현 황

○ 예산 : 세출 7,000천원

                                                        (단위 : 천원)
  구    분        2024년 예산     2025년 예산     증    감
  계              6,000           7,000           1,000
  농업정책팀      2,500           3,000           500
  청년농업팀      3,500           4,000           500

나. 2025년 주요업무계획

1) 청년농업인 영농정착 지원

 ㅇ 사업비 : 4,000천원 (국비 2,000, 군비 2,000)

붙임 1. 2025년 세부사업별 예산 현황

  팀    명        세  부  사  업        2025년 예산
"""


@pytest.fixture(scope="module")
def county() -> Report:
    return _text(COUNTY)


def test_contents_of_lettered_chapters_end_at_the_first_again(county: Report) -> None:
    """"보 고 순 서" / "가. 일반현황" … "붙임 1. …": the body starts where "가." comes again,
    not where the appendix's entry does (the whole report had been read as contents)."""
    assert {s.key for s in county.sections if s.found} >= {"general", "plans"}
    assert [p.title for p in county.projects] == ["청년농업인 영농정착 지원"]


def test_a_text_table_lined_up_by_display_width(county: Report) -> None:
    """"증    감" over "1,000": a Hangul letter is two columns wide in a text export, the
    header's words set over the values by that (증 had gone with 2025년 예산)."""
    rows = [(r.unit, r.prev_budget_krw, r.budget_krw, r.change_krw) for r in county.budget_summary]
    assert rows == [
        ("계", 6_000_000, 7_000_000, 1_000_000), ("농업정책팀", 2_500_000, 3_000_000, 500_000),
        ("청년농업팀", 3_500_000, 4_000_000, 500_000),
    ]  # fmt: skip
    assert not failed(county)


def test_an_education_office_table_of_divisions_teams_and_duties() -> None:
    """"과 | 담당 | 주 요 업 무", each 과 merged over its 담당: the units listed (a 담당 is a
    team; the 과 had been chained one under the other, read as a drawn chart) and each
    담당's duties, though the report has no 부서별 주요기능 part of its own."""
    cells = [
        cell(0, 0, p("과")), cell(0, 1, p("담당")), cell(0, 2, p("주  요  업  무")),
        cell(1, 0, p("유초등교육과"), rs=2), cell(1, 1, p("유아교육담당")),
        cell(1, 2, p("· 유치원 교육과정 지원"), p("· 유보통합 운영")),
        cell(2, 1, p("초등교육담당")), cell(2, 2, p("· 늘봄학교 운영")),
        cell(3, 0, p("중등교육과")), cell(3, 1, p("고교학점제담당")),
        cell(3, 2, p("· 고교학점제 운영")),
    ]  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무보고"), p("교육국"),
        p("Ⅰ. 일반현황"), p("1. 조직 및 기능"), p("○ 기 구 : 1국 2과 3담당"),
        p(tbl(4, 3, cells)),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 기초학력 보장"), p("□ 소요예산 : 12억원"),
    )  # fmt: skip
    units = [(u.name, u.level, u.parent) for u in report.organization]
    assert units == [
        ("교육국", "bureau", None), ("유초등교육과", "division", "교육국"),
        ("유아교육담당", "team", "유초등교육과"), ("초등교육담당", "team", "유초등교육과"),
        ("중등교육과", "division", "교육국"),
        ("고교학점제담당", "team", "중등교육과"),
    ]  # fmt: skip
    assert [(f.division, f.function) for f in report.functions] == [
        ("유아교육담당", "유치원 교육과정 지원"), ("유아교육담당", "유보통합 운영"),
        ("초등교육담당", "늘봄학교 운영"), ("고교학점제담당", "고교학점제 운영"),
    ]  # fmt: skip
    assert not failed(report)


def test_a_grant_is_a_source_of_funding() -> None:
    """"(특별교부금 1,200, 교육청 3,652)": 특별교부금 is a source (its row had been lost)."""
    report = _text(
        "2026년 주요업무계획\n\nⅠ. 2026년 주요업무 추진계획\n\n1. 기초학력 보장\n"
        "□ 소요예산 : 4,852백만원 (특별교부금 1,200, 자체 3,652)\n"
    )
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("특별교부금", 1_200_000_000), ("자체", 3_652_000_000),
    ]


def test_a_divisions_own_report_with_its_teams_and_findings() -> None:
    """A 과's report: its cover's "솔뫼군 농업정책과" is the top (a division), a table of
    its teams one a row ("팀 명 | 담당업무 | 인원", the 계 and 과 장 rows aside) its teams;
    findings set as "① 지적사항 : … (청년농업팀)" over unmarked "조치결과 : …" and
    "처리상황 : 완료" lines, each its team's."""
    head = ["팀    명", "담 당 업 무", "인  원"]
    rows = [["계", "", "10"], ["과    장", "과 업무 총괄", "1"],
            ["농업정책팀", "농지 관리", "5"], ["청년농업팀", "귀농 지원", "4"]]  # fmt: skip
    cells = [
        *(cell(0, c, p(t)) for c, t in enumerate(head)),
        *(cell(1 + r, c, p(t)) for r, row in enumerate(rows) for c, t in enumerate(row)),
    ]
    report = _hwpx(
        p("2025년 주요업무계획"), p("솔뫼군 농업정책과"),
        p("가. 일반현황"), p("○ 조직 : 1과 2팀"), p(tbl(5, 3, cells)),
        p("나. 2024년 주요성과"), p("ㅇ 청년농업인 28명 정착 지원"),
        p("다. 2025년 주요업무계획"), p("1) 청년농업인 영농정착 지원"),
        p("ㅇ 사업비 : 450,000천원 (국비 225,000, 군비 225,000)"),
        p("라. 2024년 행정사무감사 처리결과"),
        p("① 지적사항 : 정착지원금 사후관리 미흡 (청년농업팀)"),
        p("조치결과 : 지원대상자 전수 점검"), p("처리상황 : 완료"),
        p("② 지적사항 : 농지 관리 강화 (농업정책팀)"),
        p("조치결과 : 실태조사 추진"), p("처리상황 : 추진중"),
    )  # fmt: skip
    units = [(u.name, u.level, u.parent) for u in report.organization]
    assert units == [
        ("농업정책과", "division", None), ("농업정책팀", "team", "농업정책과"),
        ("청년농업팀", "team", "농업정책과"),
    ]
    got = [(f.divisions, f.finding, f.status, f.actions) for f in report.audit_findings]
    assert got == [
        (["청년농업팀"], "정착지원금 사후관리 미흡", "completed", "지원대상자 전수 점검"),
        (["농업정책팀"], "농지 관리 강화", "in_progress", "실태조사 추진"),
    ]


def test_an_audit_summary_with_a_two_line_header() -> None:
    """"구 분 계 처리상황" / "완 료 추진중": the statuses under their group's word (the
    counts had been lost, 4 checks failed); "2. 세부 처리결과" ends the summary (its
    findings had been taken for rows of unknown categories, one warning each)."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 2026년 주요업무 추진계획\n\n1. 기초학력 보장\n"
        "□ 소요예산 : 12억원\n\nⅡ. 2025년 행정사무감사 처리결과\n1. 총    괄\n(단위: 건)\n"
        "구    분 계 처리상황\n완  료 추진중\n계 3 2 1\n시정요구 2 1 1\n건의사항 1 1 -\n"
        "2. 세부 처리결과\n연번 지 적 사 항 처 리 결 과 처리상황 담당부서\n"
        "1 협력강사 인건비 집행 부적정 환수 조치 완료 유초등교육과\n"
    )
    rows = [(r.category, r.total, r.completed, r.in_progress) for r in report.audit_summary]
    assert rows == [
        ("total", 3, 2, 1), ("correction", 2, 1, 1), ("suggestion", 1, 1, 0),
    ]
    assert not [w for w in report.warnings if w.code == "audit_summary.row"]


def test_a_matrix_with_its_goals_down_the_first_column() -> None:
    """"정책목표 | 정책과제", a goal's cell over the rows of its tasks ("1. 기본이 탄탄한
    책임교육" / "1-1. 기초학력 책임보장", "1-2. …"): each task under its goal, numbers
    aside; the vision from "비    전 : …" over the table."""
    cells = [
        cell(0, 0, p("정책목표")), cell(0, 1, p("정책과제")),
        cell(1, 0, p("1. 기본이 탄탄한 책임교육"), rs=2), cell(1, 1, p("1-1. 기초학력 책임보장")),
        cell(2, 1, p("1-2. 늘봄학교 운영 내실화")),
        cell(3, 0, p("2. 미래를 여는 맞춤형 교육")), cell(3, 1, p("2-1. 고교학점제 내실화")),
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 2026년 정책방향"), p("비    전 : 함께 배우고 스스로 성장하는 교육"),
        p(tbl(4, 2, cells)),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 기초학력 보장"), p("□ 소요예산 : 12억원"),
    )  # fmt: skip
    got = [(g.vision, g.goal_no, g.goal, g.task_no, g.task) for g in report.policy_goals]
    vision = "함께 배우고 스스로 성장하는 교육"
    assert got == [
        (vision, 1, "기본이 탄탄한 책임교육", 1, "기초학력 책임보장"),
        (vision, 1, "기본이 탄탄한 책임교육", 2, "늘봄학교 운영 내실화"),
        (vision, 2, "미래를 여는 맞춤형 교육", 1, "고교학점제 내실화"),
    ]
