"""What round 22 of probes and reviews found: a source's amount with where the money
stands (`- 국비 500백만원 확보`), a 소방서's 119지역대."""

from __future__ import annotations

import pytest

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _text

_STATION = """\
                         2026년 주요업무보고

                          한 빛 도   가 온 소 방 서

Ⅰ. 일반현황
 1. 조    직
  □ 조    직 : 1과 2팀 2센터 1구조대 1지역대
   ○ 소방행정과 : 행정지원팀, 예방안전팀
   ○ 119안전센터(2) : 중앙119안전센터, 남산119안전센터
   ○ 119구조대(1) : 가온119구조대
   ○ 119지역대(1) : 솔내119지역대

Ⅱ. 2026년 주요업무계획
 1. 현장 대응역량 강화
  가. 구조장비 보강 (현장대응팀)
   □ 사업개요
    ○ 사업기간 : ’26. 3.~10.
    ○ 사 업 비 : 500백만원
     - {sources}
   □ 추진계획
    ○ ’26. 3. : 장비 구매 계획 수립
"""


def test_a_fire_stations_country_station_is_a_unit() -> None:
    """`○ 119지역대(1) : 솔내119지역대`, counted `1지역대`: a unit of the teams' rank as a
    구조대 is (it had been dropped)."""
    report = _text(_STATION.format(sources="국비 500백만원"))
    got = {o.name: (o.level, o.parent) for o in report.organization}
    assert got["솔내119지역대"] == ("team", "가온소방서")
    assert all(c.passed for c in report.validation if c.check == "organization.counts")


@pytest.mark.parametrize(
    ("sources", "want"),
    [
        ("국비 500백만원 확보", {("국비", 500_000_000)}),
        ("국비 500백만원 (확정)", {("국비", 500_000_000)}),
        ("국비 300백만원 확보, 시비 200백만원", {("국비", 300_000_000), ("시비", 200_000_000)}),
        ("국비 300백만원 기확보, 시비 200백만원 반영 예정",
         {("국비", 300_000_000), ("시비", 200_000_000)}),
        # (no share: the sources' sum is not the cost, or no amount stands before the word)
        ("국비 300백만원 확보", set()),
        ("국비 확보 추진", set()),
    ],
)  # fmt: skip
def test_a_source_with_where_its_money_stands(sources: str, want: set[tuple[str, int]]) -> None:
    """`- 국비 500백만원 확보` under `○ 사 업 비 : 500백만원`: the cost's one source, as
    `- 국비 500백만원` is (none had been read)."""
    report = _text(_STATION.format(sources=sources))
    assert {(f.source, f.amount_krw) for f in report.project_funding} == want


_DUTIES = """\
Ⅰ. 일반현황
 1. 조    직
  □ 조    직 : 1국 2과
   ○ 일자리정책과, 경제정책과
 2. 과별 주요업무
   ○ 일자리정책과 : 일자리 종합계획 수립, 청년정책, 고용지원, 사회적경제 육성
   ○ 경제정책과 : 지역경제 정책 총괄, 신산업 육성, 에너지산업, 공정경제
   ○ 도로과 : 도로 및 교량, 하천, 공원 시설 관리

Ⅱ. 2026년 주요업무계획
 1. 청년 인턴십 운영 (일자리정책과)
  ○ 사업기간 : 2026. 1. ~ 12.
  ○ 사 업 비 : 800백만원
"""


def test_a_units_duties_listed_after_its_name() -> None:
    """`○ 경제정책과 : 지역경제 정책 총괄, 신산업 육성, 에너지산업, 공정경제`: four duties,
    a field of work named alone among them too (the line had been one duty, as only half
    its parts end in a deed); objects of the phrase after them stay one duty."""
    report = _text(_DUTIES)
    got: dict[str, list[str]] = {}
    for f in report.functions:
        got.setdefault(f.division, []).append(f.function)
    assert got["경제정책과"] == ["지역경제 정책 총괄", "신산업 육성", "에너지산업", "공정경제"]
    assert len(got["일자리정책과"]) == 4
    assert got["도로과"] == ["도로 및 교량, 하천, 공원 시설 관리"]


def _card(no: str, title: str, cost: str, step: str, alone: bool = False) -> str:
    head = f"   {no}\n   {title}\n" if alone else f"   {no} {title}\n"
    return head + (
        "    □ 사업개요\n"
        "     ○ 사업기간 : 2026. 1. ~ 12.\n"
        f"     ○ 사 업 비 : {cost}\n"
        "    □ 추진일정\n"
        f"     ○ {step}\n"
    )


_STRATEGIES = (
    "Ⅰ. 일반현황\n 1. 조    직\n  □ 조    직 : 1국 2과\n   ○ 관광정책과, 관광산업과\n\n"
    "Ⅱ. 2026년 주요업무계획\n"
    " 1. 체류형 관광으로 질적 성장\n"
    "  【 전략 1 】 사계절 관광콘텐츠 확충\n"
    + _card("1-1", "올레길 야간관광 명소화 (관광정책과)", "1,200백만원 (국비 600, 도비 600)",
            "’26. 1.~3. : 실시설계 용역", alone=True)
    + _card("1-2", "웰니스 관광 거점 육성 (관광산업과)", "900백만원", "’26. 4. : 거점 지정")
    + "  【 전략 2 】 누구나 편안한 관광환경\n"
    + _card("1-3", "무장애 관광지 조성 (관광정책과)", "1,500백만원", "’26. 5.~9. : 편의시설 공사")
    + " 2. 관광산업 경쟁력 강화\n"
    + "  【 전략 3 】 관광기업 성장 생태계\n"
    + _card("2-1", "관광벤처 창업 지원 (관광산업과)", "1,350백만원", "’26. 3. : 심사 및 선정")
    + "  【 전략 4 】 마이스 산업 고도화\n"
    + _card("2-2", "국제회의 유치 지원 (관광산업과)", "1,100백만원", "’26. 1. : 지원계획 수립")
)  # fmt: skip


def test_cards_grouped_under_strategies() -> None:
    """`【 전략 1 】 …` between a goal and its cards `1-1 …` (the number alone in its box on
    one line, the title on the next): the cards are the projects, each with its own
    facts (the strategies had been taken for the cards, each with its first card's facts),
    and a strategy's title is no step of the card before it."""
    report = _text(_STRATEGIES)
    got = [(p.project_id, p.title, p.division, p.cost_krw) for p in report.projects]
    assert got == [
        ("1-1", "올레길 야간관광 명소화", "관광정책과", 1_200_000_000),
        ("1-2", "웰니스 관광 거점 육성", "관광산업과", 900_000_000),
        ("1-3", "무장애 관광지 조성", "관광정책과", 1_500_000_000),
        ("2-1", "관광벤처 창업 지원", "관광산업과", 1_350_000_000),
        ("2-2", "국제회의 유치 지원", "관광산업과", 1_100_000_000),
    ]
    assert sorted((s.project_id, s.task) for s in report.schedules) == [
        ("1-1", "실시설계 용역"), ("1-2", "거점 지정"), ("1-3", "편의시설 공사"),
        ("2-1", "심사 및 선정"), ("2-2", "지원계획 수립"),
    ]  # fmt: skip


def _sources_table(rows: list[tuple[str, str, str, str, str]]) -> str:
    """A table of sources by column under a group header: `구 분 | 계 | 재 원 별` over `국 비 |
    도 비 | 시군비`, then ``rows``."""
    from tests.hwpx_maker import cell, tbl

    head = [cell(0, 0, p("구 분"), rs=2), cell(0, 1, p("계"), rs=2),
            cell(0, 2, p("재 원 별"), cs=3),
            cell(1, 2, p("국 비")), cell(1, 3, p("도 비")), cell(1, 4, p("시군비"))]  # fmt: skip
    body = [cell(2 + r, c, p(text)) for r, row in enumerate(rows) for c, text in enumerate(row)]
    return tbl(2 + len(rows), 5, head + body)


def _sources_card(*under: str) -> Report:
    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 복지 안전망 강화"),
        p("가. 긴급복지 지원 (복지정책과)"), p("□ 사업개요"), p("○ 사업기간 : 2026. 1. ~ 12."),
        p("○ 사 업 비 : 1,000백만원"), p("(단위 : 백만원)"),
        p(_sources_table([("2026년", "1,000", "500", "200", "300")])),
        p("□ 추진계획"), p("○ ’26. 3. : 지원대상 선정"),
        p("나. 장애인 자립생활 지원 (장애인복지과)"), p("□ 사업개요"),
        p("○ 사업기간 : 2026. 1. ~ 12."), *map(p, under),
        p("□ 추진계획"), p("○ ’26. 2. : 입주자 선정"),
    )  # fmt: skip


def test_a_cards_sources_under_a_group_header() -> None:
    """`구 분 | 계 | 재 원 별` over `국 비 | 도 비 | 시군비` under `○ 사 업 비 : 1,000백만원`: each
    source's share (a source under a group header had given none); under `○ 소요예산`, a
    label of no amount, over such a table in 억원: the cost and its shares (none had been
    read), of the 총사업비 row where the table also has the year's."""
    report = _sources_card(
        "○ 소요예산", "(단위 : 억원)",
        _sources_table([("총사업비", "96.8", "48.4", "14.5", "33.9"),
                        ("2026년", "30.0", "15.0", "5.0", "10.0")]),
    )  # fmt: skip
    costs = {p.title: p.cost_krw for p in report.projects}
    assert costs == {"긴급복지 지원": 1_000_000_000, "장애인 자립생활 지원": 9_680_000_000}
    got = {(f.project_id, f.source, f.amount_krw) for f in report.project_funding}
    assert got == {
        ("1-1", "국비", 500_000_000), ("1-1", "도비", 200_000_000), ("1-1", "시군비", 300_000_000),
        ("1-2", "국비", 4_840_000_000), ("1-2", "도비", 1_450_000_000),
        ("1-2", "시군비", 3_390_000_000),
    }  # fmt: skip


def _two_years_table(first: str, rows: list[list[str]]) -> str:
    """`<first> | 2025 예산(A) | 2026 예산(B) | 증감(B-A)`, last year's over `본예산 |
    제1회추경` and the change's over `금 액 | 비율(%)`; ``rows`` of ``first`` columns of
    labels, then five figures."""
    from tests.hwpx_maker import cell, tbl

    n = len(rows[0]) - 5  # (the label columns)
    head = [cell(0, c, p(t), rs=2) for c, t in enumerate(first.split("|"))] + [
        cell(0, n, p("2025 예산(A)"), cs=2), cell(0, n + 2, p("2026 예산(B)"), rs=2),
        cell(0, n + 3, p("증감(B-A)"), cs=2),
        cell(1, n, p("본예산")), cell(1, n + 1, p("제1회추경")),
        cell(1, n + 3, p("금 액")), cell(1, n + 4, p("비율(%)")),
    ]  # fmt: skip
    body = [cell(2 + r, c, p(t)) for r, row in enumerate(rows) for c, t in enumerate(row)]
    return tbl(2 + len(rows), n + 5, head + body)


def test_a_budget_of_last_years_two_footings_beside_this_years() -> None:
    """`2025 예산(A)` over `본예산 | 제1회추경` beside `2026 예산(B)` and `증감(B-A)`, in 억원
    with decimals: the summary's rows compare this year with the column the change is taken
    from (본예산, as the figures say; none had been read), and the appendix's items, by
    the grid, take 2026 예산(B) (each figure of each line had been an item of its own)."""
    summary = _two_years_table("구 분", [
        ["계", "1,500.5", "1,600.0", "1,650.0", "149.5", "10.0"],
        ["복지정책과", "1,000.0", "1,050.0", "1,100.0", "100.0", "10.0"],
        ["노인복지과", "500.5", "550.0", "550.0", "49.5", "9.9"],
    ])  # fmt: skip
    appendix = _two_years_table("부 서|사 업 명", [
        ["합 계", "", "1,500.5", "1,600.0", "1,650.0", "149.5", "10.0"],
        ["복지정책과", "소 계", "1,000.0", "1,050.0", "1,100.0", "100.0", "10.0"],
        ["", "생계급여", "812.6", "850.0", "884.8", "72.2", "8.9"],
        ["", "긴급복지 지원", "187.4", "200.0", "215.2", "27.8", "14.8"],
        ["노인복지과", "소 계", "500.5", "550.0", "550.0", "49.5", "9.9"],
        ["", "기초연금 지급", "500.5", "550.0", "550.0", "49.5", "9.9"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"), p("○ 복지정책과, 노인복지과"),
        p("2. 예산"), p("(단위 : 억원)"), p(summary),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 기초생활 보장 (복지정책과)"),
        p("○ 사업기간 : 2026. 1. ~ 12."), p("○ 사 업 비 : 88,480백만원"),
        p("붙임  2026년 과별 주요사업 예산 현황"), p("(단위 : 억원)"), p(appendix),
    )  # fmt: skip
    got = {(b.unit, b.prev_budget_krw, b.budget_krw) for b in report.budget_summary}
    assert got == {
        ("계", 150_050_000_000, 165_000_000_000),
        ("복지정책과", 100_000_000_000, 110_000_000_000),
        ("노인복지과", 50_050_000_000, 55_000_000_000),
    }
    items = {(b.division, b.item, b.budget_krw) for b in report.budget_items if b.level == "item"}
    assert items == {
        ("복지정책과", "생계급여", 88_480_000_000), ("복지정책과", "긴급복지 지원", 21_520_000_000),
        ("노인복지과", "기초연금 지급", 55_000_000_000),
    }  # fmt: skip


def test_a_card_whose_title_opens_with_a_counters_word() -> None:
    """`3  기업 투자유치 및 산업단지 활성화`: the third card (its number had been read as a
    count of 3 기업, and the card's facts given to the card before); `3 기업 1,200` stays a
    count."""
    cards = [("청년 일자리 확대", "800"), ("소상공인 지원", "600"),
             ("기업 투자유치 및 산업단지 활성화", "850"), ("에너지 전환", "400")]  # fmt: skip
    head = "Ⅰ. 일반현황\n 1. 조    직\n  □ 조    직 : 1국 2과\n\nⅡ. 2026년 주요업무계획\n"
    text = head + "".join(
        f" {n}  {title} (경제정책과)\n  ○ 사업기간 : 2026. 1. ~ 12.\n  ○ 사 업 비 : {cost}백만원\n"
        for n, (title, cost) in enumerate(cards, start=1)
    )
    report = _text(text)
    assert [(p.title, p.cost_krw) for p in report.projects] == [
        (title, int(cost) * 1_000_000) for title, cost in cards
    ]
    from extract.layout.markers import read_marker

    assert read_marker("3 기업 1,200") is None


def test_a_cards_sources_by_row_over_years() -> None:
    """`구 분 | 총사업비 | 연 차 별 투 자 계 획` over `’25까지 | ’26 | ’27`, rows 계, 국 비,
    시 비, under `○ 사 업 비 : 1,500백만원`: each source's 총사업비 its share (a cost the
    card states gave no shares from such a table)."""
    from tests.hwpx_maker import cell, tbl

    head = [cell(0, 0, p("구 분"), rs=2), cell(0, 1, p("총사업비"), rs=2),
            cell(0, 2, p("연 차 별 투 자 계 획"), cs=3),
            cell(1, 2, p("’25까지")), cell(1, 3, p("’26")), cell(1, 4, p("’27"))]  # fmt: skip
    rows = [["계", "1,500", "300", "700", "500"], ["국 비", "600", "100", "300", "200"],
            ["시 비", "900", "200", "400", "300"]]  # fmt: skip
    body = [cell(2 + r, c, p(t)) for r, row in enumerate(rows) for c, t in enumerate(row)]
    report = _sources_card(
        "○ 사 업 비 : 1,200백만원", "(단위 : 백만원)", tbl(5, 5, head + body)
    )
    got = {(f.project_id, f.source, f.amount_krw) for f in report.project_funding}
    assert ("1-2", "국비", 600_000_000) not in got  # (its 계 is no cost the card states)
    report = _sources_card("○ 사 업 비 : 1,500백만원", "(단위 : 백만원)", tbl(5, 5, head + body))
    got = {(f.project_id, f.source, f.amount_krw) for f in report.project_funding}
    assert {g for g in got if g[0] == "1-2"} == {("1-2", "국비", 600_000_000),
                                                ("1-2", "시비", 900_000_000)}  # fmt: skip


def test_goals_strategies_and_tasks_in_columns() -> None:
    """`정책목표 | 추진전략 | 추진과제` under a 비전 row: each task of its goal and of the
    strategy merged down over it (a column of strategies between them had given no goals),
    `목표 1`, `전략 1` no words of theirs."""
    from tests.hwpx_maker import cell, tbl

    cells = [
        cell(0, 0, p("비 전")), cell(0, 1, p("사계절 머무는 관광 1번지"), cs=2),
        cell(1, 0, p("정책목표")), cell(1, 1, p("추진전략")), cell(1, 2, p("추진과제")),
        cell(2, 0, p("목표 1"), p("체류형 관광으로 질적 성장"), rs=3),
        cell(2, 1, p("전략 1"), p("사계절 관광콘텐츠 확충"), rs=2),
        cell(2, 2, p("1-1 올레길 야간관광 명소화")), cell(3, 2, p("1-2 웰니스 관광 거점 육성")),
        cell(4, 1, p("전략 2"), p("편안한 관광환경 조성")), cell(4, 2, p("1-3 무장애 관광지 조성")),
        cell(5, 0, p("목표 2"), p("관광산업 경쟁력 강화"), rs=2),
        cell(5, 1, p("전략 3"), p("관광기업 생태계 조성"), rs=2),
        cell(5, 2, p("2-1 관광벤처 창업 지원")), cell(6, 2, p("2-2 국제회의 유치 지원")),
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 비전 및 추진전략"), p(tbl(7, 3, cells)),
        p("Ⅲ. 2026년 주요업무계획"), p("1. 관광 명소화 (관광정책과)"),
        p("○ 사업기간 : 2026. 1. ~ 12."), p("○ 사 업 비 : 1,200백만원"),
    )  # fmt: skip
    got = [(t.vision, t.goal_no, t.goal, t.area, t.task_no, t.task) for t in report.policy_goals]
    one, two = "체류형 관광으로 질적 성장", "관광산업 경쟁력 강화"
    vision = "사계절 머무는 관광 1번지"
    assert got == [
        (vision, 1, one, "사계절 관광콘텐츠 확충", 1, "올레길 야간관광 명소화"),
        (vision, 1, one, "사계절 관광콘텐츠 확충", 2, "웰니스 관광 거점 육성"),
        (vision, 1, one, "편안한 관광환경 조성", 3, "무장애 관광지 조성"),
        (vision, 2, two, "관광기업 생태계 조성", 1, "관광벤처 창업 지원"),
        (vision, 2, two, "관광기업 생태계 조성", 2, "국제회의 유치 지원"),
    ]


def test_a_chapter_of_contest_funded_projects() -> None:
    """`Ⅲ. 공모사업 추진현황` over a table `연번 | 공모사업명 | 주관부처 | 사업기간 | 총사업비 |
    국비 | 시비`: each row a project with its period, cost and shares (the chapter has no
    role, and its rows had given no records); its items are no projects (`2. 2026년 국비
    확보 현황` over its table)."""
    from tests.test_other_reports import _table

    contests = [
        ["연번", "공모사업명", "주관부처", "사업기간", "총사업비", "국비", "시비"],
        ["합 계", "", "", "", "10,400", "5,200", "5,200"],
        ["1", "청년 창업 플랫폼 조성", "중기부", "’26. 3.~’27. 12.", "2,400", "1,200", "1,200"],
        ["2", "상권 르네상스 사업", "중기부", "’26. 1.~’30. 12.", "8,000", "4,000", "4,000"],
    ]  # fmt: skip
    secured = [["구 분", "건수", "확보액"], ["계", "12", "84,000"], ["신규사업", "4", "9,500"]]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 청년 일자리 확대 (일자리정책과)"),
        p("○ 사업기간 : 2026. 1. ~ 12."), p("○ 사 업 비 : 800백만원"),
        p("Ⅲ. 공모사업 추진현황"), p("1. 2026년 공모사업 추진현황"), p("(단위 : 백만원)"),
        p(_table(contests)),
        p("2. 2026년 국비 확보 현황"), p("(단위 : 백만원)"), p(_table(secured)),
    )  # fmt: skip
    got = {(pr.title, pr.cost_krw, str(pr.period_start), str(pr.period_end))
           for pr in report.projects if pr.project_id.startswith("Ⅲ")}  # fmt: skip
    assert got == {
        ("청년 창업 플랫폼 조성", 2_400_000_000, "2026-03-01", "2027-12-31"),
        ("상권 르네상스 사업", 8_000_000_000, "2026-01-01", "2030-12-31"),
    }
    assert [pr.title for pr in report.projects if not pr.project_id.startswith("Ⅲ")] == [
        "청년 일자리 확대"  # (the plan's: its chapter is the plan, the longer one no kind's)
    ]
    ids = {pr.title: pr.project_id for pr in report.projects}
    shares = {(f.project_id, f.source, f.amount_krw) for f in report.project_funding}
    assert (ids["상권 르네상스 사업"], "국비", 4_000_000_000) in shares


_TEAMS_BUDGET = """\
Ⅰ. 일 반 현 황
1. 조직 및 인력
 □ 조    직 : 1과 2팀(경제정책팀, 일자리팀)

Ⅱ. 2026년 주요업무 추진계획
1. 지역화폐 발행 (경제정책팀)
 ○ 사업기간 : 2026. 1.~12.
 ○ 사 업 비 : 3,200,000천원

붙임  2026년 세부사업별 예산 현황

                                                              (단위 : 천원)
   부서명 / 사업명                  2026년 예산    2025년 예산        증  감
   합        계                       5,930,000      5,245,000       685,000
   경제정책팀                         3,520,000      2,980,000       540,000
     청림사랑상품권 발행 지원         3,200,000      2,700,000       500,000
     물가안정 관리                      320,000        280,000        40,000
   일자리팀                           2,410,000      2,265,000       145,000
     청년 일자리 창출 지원              900,000        900,000             0
     취약계층 공공근로사업            1,510,000      1,365,000       145,000
"""


def test_a_divisions_budget_appendix_by_its_teams() -> None:
    """A 과's appendix, its teams over their items (`경제정책팀  3,520,000 …` over `청림사랑
    상품권 발행 지원 …`): each item of its team (the teams had been items, the items of
    no unit)."""
    report = _text(_TEAMS_BUDGET)
    got = {(b.division, b.item, b.budget_krw) for b in report.budget_items if b.level == "item"}
    assert got == {
        ("경제정책팀", "청림사랑상품권 발행 지원", 3_200_000_000),
        ("경제정책팀", "물가안정 관리", 320_000_000),
        ("일자리팀", "청년 일자리 창출 지원", 900_000_000),
        ("일자리팀", "취약계층 공공근로사업", 1_510_000_000),
    }


_WORD_DATES = """\
Ⅰ. 일 반 현 황
1. 조직 및 인력
 □ 조    직 : 1과 2팀(경제정책팀, 일자리팀)

Ⅱ. 2026년 주요업무 추진계획
1. 전통시장 주차환경 개선 (경제정책팀)
 □ 사업개요
  ○ 사업기간 : 2026. 1.~12.
  ○ 사 업 비 : 900,000천원
 □ 추진일정
      추 진 내 용                        추진기간               비  고
    고객주차장 실시설계 용역             ’26. 1분기
    아케이드 보수공사                    ’26. 4.~9.             2개 구간
    시장 상인회 간담회                   수시                   분기 1회 이상
    주차장 운영 모니터링                 매  월
"""


def test_a_schedule_tables_steps_dated_by_how_often() -> None:
    """`시장 상인회 간담회   수시` and `… 매  월` in a text 추진일정 table: steps over the plan's
    year, as `- 수시 : …` lines are (the rows had been cut off the table, then run into
    one step)."""
    report = _text(_WORD_DATES)
    got = [(s.task, str(s.start), str(s.end)) for s in report.schedules]
    assert got == [
        ("고객주차장 실시설계 용역", "2026-01-01", "2026-03-31"),
        ("아케이드 보수공사", "2026-04-01", "2026-09-30"),
        ("시장 상인회 간담회", "2026-01-01", "2026-12-31"),
        ("주차장 운영 모니터링", "2026-01-01", "2026-12-31"),
    ]
