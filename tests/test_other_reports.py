"""What other reports of the genre write that the sample does not: card titles that open
with a figure, a budget summary with its accounts' rows over the divisions, a letter-spaced
증감 column, a cost split in a card's 사업명 cell, an organisation table that lists each
division's teams in a cell, a findings table with a 구분 column, and the like.

The text cases edit the sample by its own lines (:func:`tests.test_probed.edited`) and
say what the records must be, worked out from the edited lines; the table cases are
small Hangul files written for the case (:mod:`tests.hwpx_maker`)."""

from __future__ import annotations

import pytest

from extract.document import Line
from extract.layout.markers import read_marker
from extract.link import assign_divisions
from extract.parse.budget_items import column_fields
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
        ("계", "revenue", True), ("일반회계", "revenue", True),
        ("국고보조금", "revenue", False), ("세외수입", "revenue", False),
        ("특별회계", "revenue", False), ("기금", "revenue", False),
        ("계", "expenditure", True), ("일반회계", "expenditure", False),
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
