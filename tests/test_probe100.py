"""Forms of the twentieth round of probes: a card's table of one indicator (kpitargets), a
plan chapter by division over cards and a chapter's table of events (subsidies), an
organisation chart headed `구 분 | 하부조직 | 명 칭` (dongoffices), a quarterly chart that
writes months in its quarters (quarterly), a card's `□ 중기 투자계획 : …` (midterm)."""

from __future__ import annotations

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_KPI = """\
Ⅰ. 일반현황
 1. 조    직
  □ 조직 : 1과 2팀

Ⅱ. 2026년 주요업무 추진계획
 1. 나눔 문화 확산
  가. 민간자원 연계 강화 (복지자원팀)
   □ 사업개요
     ○ 사업기간 : 2026. 1. ~ 12.
     ○ 사 업 비 : 320,500천원 (전액 구비)

   □ 성과지표
     지  표  명                   단위   2024 실적   2025 목표   2025 실적   달성률(%)   2026 목표
     민간자원 모금액              천원     438,200     450,000     472,500       105.0     480,000

   □ 추진계획
     ○ ’26. 1.~2. : 나눔 캠페인 계획 수립 및 홍보
"""


def test_a_cards_table_of_one_indicator_is_a_table() -> None:
    """A header of its own over one row that fills each of its columns, figures among
    them: a table (it had been read as the label's wrapped text)."""
    report = _text(_KPI)
    (table,) = [t for t in report.tables if "2026 목표" in {c.col_header for c in
                report.table_cells if c.table_id == t.table_id}]  # fmt: skip
    cells = {c.col_header: c for c in report.table_cells
             if c.table_id == table.table_id and not c.is_header}  # fmt: skip
    assert cells["2026 목표"].value_krw == 480_000_000
    assert cells["달성률(%)"].unit == "%" and cells["달성률(%)"].value == 105.0
    assert table.inferred


def test_a_table_of_one_indicator_with_a_figure_not_yet_known() -> None:
    text = _KPI.replace(
        "     민간자원 모금액              천원     438,200     450,000     472,500       "
        "105.0     480,000",
        "     민간자원 모금액              천원     438,200     450,000                   "
        "          480,000",
    )
    report = _text(text)
    cells = {c.col_header: c.value_krw for c in report.table_cells if not c.is_header}
    assert cells["2026 목표"] == 480_000_000 and cells["2024 실적"] == 438_200_000


def test_a_lone_line_of_words_under_a_header_is_no_table() -> None:
    """A line of words alone under a line set in columns is no table of one row: it holds
    fewer than two figures."""
    text = _KPI.replace(
        "     민간자원 모금액              천원     438,200     450,000     472,500       "
        "105.0     480,000",
        "     민간자원 모금액              천원     확대        유지        확대          "
        "-         확대",
    )
    report = _text(text)
    assert not any(c.col_header == "2026 목표" for c in report.table_cells)


_BY_DIVISION = """\
Ⅰ. 일반현황
 1. 조 직
  □ 기 구 : 2과 4팀
   ○ 농업정책과(2팀), 농촌지원과(2팀)

Ⅱ. 2026년 주요업무 추진계획
 1. 농업정책과
  가. 청년농업인 영농정착 지원
   □ 사업개요
    ○ 사업기간 : 2026. 1. ~ 12.
    ○ 사 업 비 : 500,000천원 (국 250,000, 도 75,000, 군 175,000)
   □ 추진일정
    ○ ’26. 1.~2. : 신규 대상자 모집 공고
  나. 친환경농업 육성 지원
   □ 사업개요
    ○ 사업기간 : 2026. 1. ~ 12.
    ○ 사 업 비 : 1,240,000천원
   □ 추진일정
    ○ 1~2월 : 신청 접수
 2. 농촌지원과
  가. 스마트팜 기술보급 시범사업
   □ 사업개요
    ○ 사업기간 : 2026. 2. ~ 11.
    ○ 사 업 비 : 800,000천원
   □ 추진일정
    ○ ’26. 2. : 시범사업 대상자 공모
 3. 2026년 주요행사 일정
  □ 농업인 교육 및 홍보 행사 2건
     연번   행  사  명                 일    시              장    소          주관부서
      1     새해 농업인 실용교육       ’26. 1. 13.~2. 6.    읍·면 순회         농촌지원과
      2     귀농귀촌 박람회            ’26. 4. 24.~4. 25.   문화체육센터       농촌지원과
"""


def test_cards_under_a_division_are_its_own() -> None:
    """`1. 농업정책과` over `가.` cards: each card the division's (it had none, or a team's
    whose duties a word of its title matched)."""
    report = _text(_BY_DIVISION)
    got = {p.project_id: (p.division, p.division_evidence) for p in report.projects}
    assert got == {
        "1-1": ("농업정책과", "part_title"),
        "1-2": ("농업정책과", "part_title"),
        "2-1": ("농촌지원과", "part_title"),
    }


def test_a_chapters_table_of_events_opens_no_cards() -> None:
    """The rows of a table numbered under 연번, `1  새해 농업인 실용교육 …`, are no cards of
    the item over it (they had been projects 3-1 and 3-2): they are its events."""
    report = _text(_BY_DIVISION)
    assert not any(p.project_id.startswith("3") for p in report.projects)
    events = {e.event: (e.start.isoformat() if e.start else None, e.division)
              for e in report.events}  # fmt: skip
    assert events == {
        "새해 농업인 실용교육": ("2026-01-13", "농촌지원과"),
        "귀농귀촌 박람회": ("2026-04-24", "농촌지원과"),
    }


def test_a_chart_whose_teams_column_counts_them() -> None:
    """`구 분 | 하부조직 | 명 칭` over `자치행정과 | 5팀 | 자치행정팀, …`: the teams are
    the names' column (the counts' column had made it no chart), and a row of places
    counted in its label, `동 행정복지센터 (3개동) | 3개동 | 은하1동, …`, each place."""
    rows = [
        ["구 분", "하부조직", "명 칭"],
        ["계", "4팀 3개동", ""],
        ["자치행정과", "2팀", "자치행정팀, 주민자치팀"],
        ["총무과", "2팀", "총무팀, 인사팀"],
        ["동 행정복지센터\n(3개동)", "3개동", "은하1동, 은하2동, 별빛동"],
    ]
    report = _hwpx(
        p("은하구 자치행정국"), p("Ⅰ. 일반현황"), p("1. 조직"),
        p("□ 조 직 : 1국 2과 4팀, 3개 동"), p(_table(rows)),
        p("Ⅱ. 주요업무계획"), p("1. 주민자치 활성화"), p("□ 주민자치회 운영"),
    )  # fmt: skip
    got = {(o.name, o.level, o.parent) for o in report.organization}
    assert {("자치행정팀", "team", "자치행정과"), ("인사팀", "team", "총무과")} <= got
    assert {o.name for o in report.organization if o.unit_type == "동"} == {
        "은하1동", "은하2동", "별빛동",
    }
    assert not any(o.name.startswith("동행정") for o in report.organization)


_QUARTERS = """\
Ⅰ. 일반현황
 1. 조    직
  □ 조직 : 1과 2팀

Ⅱ. 2026년 주요업무 추진계획
 1. 기후위기 적응
  가. 폭염 대응 강화 (기후정책팀)
   □ 사업개요
    ○ 사업기간 : 2026. 1. ~ 12.
    ○ 사 업 비 : 300백만원

   □ 분기별 추진계획
             추  진  내  용             1/4        2/4        3/4        4/4
     적응대책 수립 용역 착수            2월
     중간 공정점검                                 6월        9월
     조기폐차 보조금 지급                          4월~6월              10월~11월
     결과 보고                                                9월중
"""


def test_a_quarterly_chart_that_writes_months() -> None:
    """A chart by quarters whose rows write the months of their steps in the quarters'
    columns (`5~6월` under 2/4): each month a step, as written (none had been read, and
    a warning said the chart marked nothing)."""
    report = _text(_QUARTERS)
    got = sorted((s.task, s.start.isoformat(), s.end.isoformat())
                 for s in report.schedules if s.start and s.end)  # fmt: skip
    assert got == [
        ("결과 보고", "2026-09-01", "2026-09-30"),
        ("적응대책 수립 용역 착수", "2026-02-01", "2026-02-28"),
        ("조기폐차 보조금 지급", "2026-04-01", "2026-06-30"),
        ("조기폐차 보조금 지급", "2026-10-01", "2026-11-30"),
        ("중간 공정점검", "2026-06-01", "2026-06-30"),
        ("중간 공정점검", "2026-09-01", "2026-09-30"),
    ]
    assert not any(w.code == "schedules.unmarked" for w in report.warnings)


_MIDTERM = """\
Ⅰ. 일반현황
 1. 조    직
  □ 조직 : 1본부 2과

Ⅱ. 2026년 주요업무 추진계획
 1. 광역 교통망 확충
  가. 동부순환도로 건설 (도로건설과)
   □ 사업개요
    ○ 사업기간 : 2021. ~ 2029.
    ○ 사 업 비 : 4,200억원 (국비 1,500, 시비 2,700)
   □ 2026년 추진계획
    ○ ’26. 3. : 보상 완료
    ○ ’26. 하반기 : 재정지원금 정산
   □ 중기 투자계획 : 동부순환도로 건설
                                                   (단위 : 억원)
      구  분      총사업비     기투자     2026     2027    2028    2029 이후
        계           4,200      1,800      600      700     600       500
      국  비         1,500        700      200      250     200       150
      시  비         2,700      1,100      400      450     400       350
    ※ 기투자는 ’25년까지 투자액, ’27년 이후는 중기지방재정계획 반영액
"""


def test_an_investment_plans_note_is_no_step() -> None:
    """`□ 중기 투자계획 : …` is a block of its own (it had been folded into the plan's
    block, and the note under its table, `’27년 이후는 …`, read as a step of 2027)."""
    report = _text(_MIDTERM)
    assert sorted(s.raw for s in report.schedules) == ["’26. 3.", "’26. 하반기"]


def test_a_line_that_counts_the_works_is_no_project() -> None:
    """`□ 주요사업 : 3개 사업 2,540,000천원` over its sources sums up the works the plan
    lists (it had been a project of that cost)."""
    text = _BY_DIVISION.replace(
        "Ⅱ. 2026년 주요업무 추진계획\n",
        "Ⅱ. 2026년 주요사업 총괄\n  □ 주요사업 : 3개 사업 2,540,000천원\n"
        "    ○ 국비 650,000천원, 도비 75,000천원, 군비 1,815,000천원\n\n"
        "Ⅲ. 2026년 주요업무 추진계획\n",
    )
    report = _text(text)
    assert sorted(p.project_id for p in report.projects) == ["1-1", "1-2", "2-1"]


def test_a_bodys_own_income_is_a_source() -> None:
    """`계 | 국 비 | 출 연 금 | 자체수입` under a card's cost: 자체수입 is a source, the body's
    own money (its share had been left out, and the shares fell short of the cost)."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1처 2팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 지역 예술 활성화"),
        p("가. 기획공연 운영 (공연예술팀)"), p("□ 사업개요"), p("○ 사업기간 : ’26. 1.~12."),
        p("○ 사 업 비 : 1,250백만원"), p("(단위 : 백만원)"),
        p(_table([["계", "국 비", "출 연 금", "자체수입"], ["1,250", "320", "610", "320"]])),
        p("□ 추진계획"), p("○ ’26. 3.~6. : 상반기 기획공연"),
    )  # fmt: skip
    shares = {f.source: f.amount_krw for f in report.project_funding}
    assert shares["자체수입"] == 320_000_000
    assert sum(shares.values()) == 1_250_000_000


def test_what_a_review_found_the_round_doing_to_ordinary_cards() -> None:
    """A cost on the investment plan's own line, `□ 투자계획 : 총 4,200억원 (…)`, stays the
    card's cost; a bullet right under a quarterly chart, `○ 정기 점검 : 3월  9월`, is no
    row of it; a theme that names a bureau, `1. 농정국`, is no division of its cards; a
    line of works that says what it does, `□ 사업 : 2개 사업 통합 추진`, is a project."""
    invest = _MIDTERM.replace("    ○ 사 업 비 : 4,200억원 (국비 1,500, 시비 2,700)\n", "").replace(
        "□ 중기 투자계획 : 동부순환도로 건설", "□ 투자계획 : 총 4,200억원 (국비 1,500, 시비 2,700)"
    )
    (project,) = _text(invest).projects
    assert project.cost_krw == 420_000_000_000
    chart = _text(_QUARTERS + "    ○ 정기 점검 : 3월  9월\n")
    assert not any(s.task.startswith(("○", "정기 점검 :")) for s in chart.schedules)
    bureau = _text(_BY_DIVISION.replace(" 1. 농업정책과\n", " 1. 농정국\n"))
    assert {p.division for p in bureau.projects if p.project_id.startswith("1-")} == {None}
    works = _text(_KPI.replace(
        "  가. 민간자원 연계 강화 (복지자원팀)\n",
        "  가. 민간자원 연계 강화 (복지자원팀)\n   □ 사업 : 2개 사업 통합 추진 (총 800백만원)\n",
    ).replace("Ⅱ. 2026년 주요업무 추진계획\n 1. 나눔 문화 확산\n", "Ⅱ. 2026년 주요업무 추진계획\n"))
    titled = {(p.title, p.cost_krw) for p in works.projects}
    assert ("사업 : 2개 사업 통합 추진", 800_000_000) in titled


def test_a_cards_table_of_events_gives_events() -> None:
    """A card's `□ 2026년 동별 마을축제 개최 일정` over `행사명 | 일시 | 장소 | 주관`: each row
    an event with its place and host; the card keeps its own steps (the rows had been its
    steps, the label a step of the whole year, and a card with such a block had lost the
    steps of its plan)."""
    rows = [
        ["행 사 명", "일 시", "장 소", "주 관"],
        ["은하수 별빛축제", "’26. 4. 18.(토)", "은하천 둔치", "은하1동 주민자치회"],
        ["골목길 문화축제", "’26. 5. 9.(토)", "별빛시장 일대", "별빛동 주민자치회"],
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1과 2팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 함께 즐기는 마을축제"),
        p("가. 동 마을축제 지원 (자치행정과)"), p("□ 사업개요"),
        p("○ 사업기간 : 2026. 4. ~ 11."), p("○ 사 업 비 : 620,000천원"),
        p("□ 추진계획"), p("○ ’26. 2. : 마을축제 지원계획 수립"),
        p("○ ’26. 4.~11. : 동별 마을축제 개최"),
        p("□ 2026년 동별 마을축제 개최 일정"), p(_table(rows)),
    )  # fmt: skip
    assert sorted(s.raw for s in report.schedules) == ["’26. 2.", "’26. 4.~11."]
    got = {(e.event, e.start.isoformat() if e.start else None, e.place, e.division)
           for e in report.events}  # fmt: skip
    assert got == {
        ("은하수 별빛축제", "2026-04-18", "은하천 둔치", "은하1동 주민자치회"),
        ("골목길 문화축제", "2026-05-09", "별빛시장 일대", "별빛동 주민자치회"),
    }


def _dong_report(second: list[list[str]], title: str) -> Report:
    chart = [
        ["구 분", "하부조직", "명 칭"],
        ["자치행정과", "2팀", "자치행정팀, 주민자치팀"],
        ["동 행정복지센터\n(3개동)", "3개동", "은하1동, 은하2동, 별빛동"],
    ]
    staff = [["구 분", "정 원", "현 원"], ["계", "40", "38"], ["자치행정과", "10", "10"],
             ["동 행정복지센터", "30", "28"]]  # fmt: skip
    return _hwpx(
        p("은하구 자치행정국"), p("Ⅰ. 일반현황"), p("1. 조직"),
        p("□ 조 직 : 1국 1과 2팀, 3개 동"), p(_table(chart)),
        p("2. 인력"), p(_table(staff)), p(title), p("(2026. 1. 1. 기준)"), p(_table(second)),
        p("Ⅱ. 주요업무계획"), p("1. 주민자치 활성화"), p("□ 주민자치회 운영"),
    )  # fmt: skip


def test_a_table_of_the_charts_dong_by_staff_under_a_title_of_its_own() -> None:
    """`3. 동 행정복지센터 현황` over `동 명 | 정 원 | 현 원 | 인 구`, each 동 a unit of the
    chart: each 동's staff and the table's 계 (the part's title names no staff: none had been
    read)."""
    dongs = [["동 명", "정 원", "현 원", "인 구"], ["계", "30", "28", "51,000"],
             ["은하1동", "10", "9", "17,000"], ["은하2동", "10", "10", "16,500"],
             ["별빛동", "10", "9", "17,500"]]  # fmt: skip
    report = _dong_report(dongs, "3. 동 행정복지센터 현황")
    got = {(s.unit, s.authorized, s.current) for s in report.staffing}
    assert {("은하1동", 10, 9), ("은하2동", 10, 10), ("별빛동", 10, 9)} <= got
    # (its 계 too, its 동 checked against it)
    assert ("계", 30, 28) in {(s.unit, s.authorized, s.current) for s in report.staffing}
    assert all(c.passed for c in report.validation if c.check.startswith("staffing."))
    totals = [c.expected for c in report.validation if c.check.startswith("staffing.total")]
    assert "30" in totals


def test_a_table_of_facilities_by_capacity_is_no_staff() -> None:
    """`시설명 | 정 원 | 현 원` of welfare facilities (their places and residents): no staff."""
    homes = [["시 설 명", "정 원", "현 원"], ["은하양로원", "50", "47"], ["별빛요양원", "80", "76"]]
    report = _dong_report(homes, "3. 사회복지시설 현황")
    assert not any(s.unit[-1:] == "원" for s in report.staffing)
