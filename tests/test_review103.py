"""What the reviews of round 22 found the new rules doing to ordinary reports: a wrapped
count read as a card, a card's last numbered line cut off, a year's shares of one total,
duties that share an object, teams listed as duties, a plan titled with a kind of projects,
a strategy's cell labelled with its number, a 과 over its teams in an appendix, last year's
contest results."""

from __future__ import annotations

import pytest

from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx, _text

_HEAD = "Ⅰ. 일반현황\n 1. 조    직\n  □ 조    직 : 1국 2과\n   ○ 경제정책과, 일자리정책과\n\n"


def _card(n: str, title: str, cost: str, *more: str) -> str:
    lines = [f" {n}  {title}", "  ○ 사업기간 : 2026. 1. ~ 12.", f"  ○ 사 업 비 : {cost}", *more]
    return "\n".join(lines) + "\n"


def test_a_wrapped_count_in_a_bracket_opens_no_card() -> None:
    """`  2 기관 협력)` wrapping a bracket under a card's line: no card 2 (a counter's noun
    after a number opens a card's title only where no bracket closes after it)."""
    text = _HEAD + "Ⅱ. 2026년 주요업무계획\n" + "".join([
        _card("1", "청년 일자리 확대 (경제정책과)", "800백만원",
              "  ○ 사업내용 : 청년 인턴 채용 기업 지원 (’25년 실적 : 참여기업 45개소, 참여",
              "  2 기관 협력)"),
        _card("2", "소상공인 지원 (경제정책과)", "600백만원"),
        _card("3", "에너지 전환 (경제정책과)", "400백만원"),
    ])  # fmt: skip
    report = _text(text)
    assert [(pr.project_id, pr.title) for pr in report.projects] == [
        ("1", "청년 일자리 확대"), ("2", "소상공인 지원"), ("3", "에너지 전환"),
    ]  # fmt: skip


def test_a_cards_last_numbered_step_stays_its_own() -> None:
    """`① ’26. 6. : 지원금 지급` the last line of card 가. right before card 나.: the card's
    step (a run of marks right before each card had been taken for group titles)."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 복지 안전망 강화"),
        p("가. 긴급복지 지원 (복지정책과)"), p("□ 사업개요"), p("○ 사업기간 : 2026. 1. ~ 12."),
        p("○ 사 업 비 : 1,000백만원"),
        p("□ 추진계획"), p("○ ’26. 3. : 지원대상 선정"), p("① ’26. 6. : 지원금 지급"),
        p("나. 장애인 자립생활 지원 (장애인복지과)"), p("□ 사업개요"),
        p("○ 사업기간 : 2026. 1. ~ 12."), p("○ 사 업 비 : 800백만원"),
        p("□ 추진계획"), p("○ ’26. 2. : 입주자 선정"),
    )  # fmt: skip
    assert sorted(str(s.start) for s in report.schedules if s.project_id == "1-1") == [
        "2026-03-01", "2026-06-01",
    ]  # fmt: skip


def _sources(rows: list[tuple[str, str, str, str, str]]) -> str:
    head = [cell(0, 0, p("구 분"), rs=2), cell(0, 1, p("계"), rs=2),
            cell(0, 2, p("재 원 별"), cs=3),
            cell(1, 2, p("국 비")), cell(1, 3, p("도 비")), cell(1, 4, p("시군비"))]  # fmt: skip
    body = [cell(2 + r, c, p(t)) for r, row in enumerate(rows) for c, t in enumerate(row)]
    return tbl(2 + len(rows), 5, head + body)


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        # (two years of one total: whose shares the card's are is unsaid)
        ([("’25년 실적", "1,000", "1,000", "-", "-"), ("’26년 계획", "1,000", "500", "200", "300")],
         set()),
        # (its 총사업비 row of the same total as the year's: the total's)
        ([("총사업비", "1,000", "500", "200", "300"), ("’26년", "1,000", "1,000", "-", "-")],
         {("국비", 500_000_000), ("도비", 200_000_000), ("시군비", 300_000_000)}),
    ],
)  # fmt: skip
def test_the_shares_of_one_of_several_rows_of_the_cost(
    rows: list[tuple[str, str, str, str, str]], want: set[tuple[str, int]]
) -> None:
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 복지 안전망 강화"),
        p("가. 긴급복지 지원 (복지정책과)"), p("□ 사업개요"), p("○ 사업기간 : 2026. 1. ~ 12."),
        p("○ 사 업 비 : 1,000백만원"), p("(단위 : 백만원)"), p(_sources(rows)),
        p("□ 추진계획"), p("○ ’26. 3. : 지원대상 선정"),
    )  # fmt: skip
    assert {(f.source, f.amount_krw) for f in report.project_funding} == want


_DUTIES = _HEAD + """\
 2. 팀별 주요업무
   ○ 세정팀 : 지방세 부과, 징수, 체납처분
   ○ 유통팀 : 농산물 유통, 가공, 판매
   ○ 경제정책과 : 경제정책팀, 일자리팀, 투자유치팀

Ⅱ. 2026년 주요업무계획
 1. 청년 인턴십 운영 (경제정책과)
  ○ 사업기간 : 2026. 1. ~ 12.
  ○ 사 업 비 : 800백만원
"""


def test_duties_that_share_an_object_and_teams_listed_as_duties() -> None:
    """`지방세 부과, 징수, 체납처분`: one duty (징수 alone had lost what it collects); a 과's
    teams after its name and colon, `경제정책팀, 일자리팀, 투자유치팀`, no duties."""
    report = _text(_DUTIES)
    got = {(f.division, f.function) for f in report.functions}
    assert ("세정팀", "지방세 부과, 징수, 체납처분") in got
    assert ("유통팀", "농산물 유통, 가공, 판매") in got
    assert not any(f.division == "경제정책과" for f in report.functions)


def test_a_plan_whose_title_names_a_kind_of_projects_too() -> None:
    """`Ⅱ. 2026년 주요업무 및 공약사업 추진계획` beside a short `Ⅲ. 신규사업`: Ⅱ is the plan
    (the kind's word in its title had made the one-card chapter the plan)."""
    text = _HEAD + "Ⅱ. 2026년 주요업무 및 공약사업 추진계획\n" + "".join([
        _card("1.", "청년 일자리 확대 (일자리정책과)", "800백만원", "  ○ ’26. 3. : 참여기업 모집"),
        _card("2.", "소상공인 경영안정 지원 (경제정책과)", "1,200백만원"),
        _card("3.", "지역화폐 발행 (경제정책과)", "3,000백만원"),
    ]) + "\nⅢ. 신규사업\n" + _card("1.", "에너지 자립마을 (경제정책과)", "500백만원")  # fmt: skip
    report = _text(text)
    assert [pr.project_id for pr in report.projects] == ["1", "2", "3", "Ⅲ-1"]


def test_a_strategys_cell_labelled_with_its_number_over_its_tasks() -> None:
    """`전략 1 시민교육 기반 확충` over `1-1 …` and `1-2 …` in one cell of a matrix: the
    strategy the area (its label aside), the two tasks its (the label's number had made the
    strategy a task)."""
    rows = [
        [cell(0, 0, p("비 전")), cell(0, 1, p("시민이 배우고 참여하는 가람"), cs=2)],
        [cell(1, 0, p("경영목표")), cell(1, 1, p("배움으로 성장하는 시민")),
         cell(1, 2, p("참여로 여는 공동체"))],
        [cell(2, 0, p("전략과제")),
         cell(2, 1, p("전략 1 시민교육 기반 확충"), p("1-1 시민교육 플랫폼 구축"),
              p("1-2 생애주기별 시민학교 운영")),
         cell(2, 2, p("전략 2 시민참여 활성화"), p("2-1 시민참여예산 지원단 운영"))],
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 비전 및 경영목표"), p(tbl(3, 3, [c for r in rows for c in r])),
        p("Ⅲ. 2026년 주요업무계획"), p("1. 시민교육 (평생교육과)"),
        p("○ 사업기간 : 2026. 1. ~ 12."), p("○ 사 업 비 : 300백만원"),
    )  # fmt: skip
    got = [(t.goal_no, t.area, t.task_no, t.task) for t in report.policy_goals]
    assert (1, "시민교육 기반 확충", 1, "시민교육 플랫폼 구축") in got
    assert (1, "시민교육 기반 확충", 2, "생애주기별 시민학교 운영") in got
    assert (2, "시민참여 활성화", 1, "시민참여예산 지원단 운영") in got


_APPENDIX = """\
                         2026년 주요업무보고

                          경 제 산 업 국

Ⅰ. 2026년 주요업무 추진계획
1. 지역화폐 발행 (경제정책과)
 ○ 사업기간 : 2026. 1.~12.
 ○ 사 업 비 : 3,200,000천원

붙임  2026년 세부사업별 예산 현황

                                                              (단위 : 천원)
   부서명 / 사업명                  2026년 예산    2025년 예산        증  감
   합        계                       5,930,000      5,245,000       685,000
   경제정책과                         3,520,000      2,980,000       540,000
     경제기획팀                       3,200,000      2,700,000       500,000
       청림사랑상품권 발행 지원       3,200,000      2,700,000       500,000
     물가관리팀                         320,000        280,000        40,000
       물가안정 관리                    320,000        280,000        40,000
   일자리정책과                       2,410,000      2,265,000       145,000
     청년 일자리 창출 지원              900,000        900,000             0
     취약계층 공공근로사업            1,510,000      1,365,000       145,000
"""


def test_an_appendix_of_divisions_over_their_teams() -> None:
    """`경제정책과` over `경제기획팀` over its item: the 과 the division of its teams' items
    (teams count as divisions only where no 과 stands over them; the 과 had become a second
    bureau's row)."""
    report = _text(_APPENDIX)
    levels = {b.item: b.level for b in report.budget_items}
    assert levels["경제정책과"] == "division"
    assert levels["일자리정책과"] == "division"
    assert {b.division for b in report.budget_items if b.item == "청림사랑상품권 발행 지원"} == {
        "경제정책과"
    }


def test_last_years_contest_results_are_no_projects() -> None:
    """`Ⅱ. 2025년 공모사업 선정 실적` over its table of projects: last year's results, no
    projects among the plan's."""
    from tests.test_other_reports import _table

    rows = [["연번", "공모사업명", "주관부처", "사업기간", "총사업비", "국비", "시비"],
            ["1", "노후 산단 재생사업", "국토부", "’23. 1.~’25. 12.", "12,000", "6,000", "6,000"],
            ["2", "관광상품 개발", "문체부", "’24. 3.~’25. 12.", "600", "300", "300"]]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 2025년 공모사업 선정 실적"), p("(단위 : 백만원)"), p(_table(rows)),
        p("Ⅲ. 2026년 주요업무계획"), p("1. 청년 일자리 확대 (일자리정책과)"),
        p("○ 사업기간 : 2026. 1. ~ 12."), p("○ 사 업 비 : 800백만원"),
    )  # fmt: skip
    assert [pr.title for pr in report.projects] == ["청년 일자리 확대"]
