"""Forms of the genre met in four more reports (a city-wide table of 조직·인력·예산 with
units in its header cells, amounts of 억 and 만 together, a 추진내용 | 일정 table in a card
under a goal, a note that dates the table over it, a count line's "1소"): what each must
give, worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

import pytest

from extract.parse.costs import read_cost
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text


def test_a_table_of_units_staff_and_budget_under_one_title() -> None:
    """"□ 조직·인력·예산 현황" over "실국 | 과 | 팀 | 정원 | 현원 | 예산(백만원)", captioned
    "(2026. 1. 1. 기준, 단위 : 개, 명, 백만원)": a part about the organisation (its
    words had run together once their dots went, no title), so its 정원 and 현원 are
    staffing of that day; the column that says 백만원 is the budget (no unit in the
    caption's first place), and each column has the unit the caption lists for it."""
    report = _hwpx(
        p("2026년 시정 주요업무계획"), p("해람시"),
        p("Ⅰ. 총괄"), p("□ 조직·인력·예산 현황"), p("(2026. 1. 1. 기준, 단위 : 개, 명, 백만원)"),
        p(_table([["실국", "과", "팀", "정원", "현원", "예산(백만원)"],
                  ["계", "8", "29", "140", "135", "174,000"],
                  ["기획조정실", "4", "14", "68", "66", "45,320"],
                  ["경제산업국", "4", "15", "72", "69", "128,680"]])),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 시민참여예산제 확대 운영 (기획예산과)"),
        p("○ 사업기간 : 2026. 1. ~ 12."), p("○ 사업비 : 850백만원(시 850)"),
    )  # fmt: skip
    staff = [(s.unit, s.authorized, s.current, str(s.as_of)) for s in report.staffing]
    assert staff == [
        ("계", 140, 135, "2026-01-01"), ("기획조정실", 68, 66, "2026-01-01"),
        ("경제산업국", 72, 69, "2026-01-01"),
    ]  # fmt: skip
    budget = [(b.unit, b.amount_krw, b.currency_unit) for b in report.budget_lines]
    assert budget == [
        ("계", 174_000_000_000, "백만원"), ("기획조정실", 45_320_000_000, "백만원"),
        ("경제산업국", 128_680_000_000, "백만원"),
    ]  # fmt: skip
    units = {c.col_header: c.unit for c in report.table_cells if c.row == 1 and c.col}
    assert units == {"과": "개", "팀": "개", "정원": "명", "현원": "명", "예산(백만원)": "백만원"}
    assert [c.detail for c in report.validation if not c.passed] == []


@pytest.mark.parametrize(
    ("text", "krw", "unit", "funding"),
    [
        ("12억 3천만원 (국비 2억원, 시비 10억 3천만원)", 1_230_000_000, "억원",
         [("국비", 200_000_000), ("시비", 1_030_000_000)]),
        ("3억 2,500만원(국 1억, 시 2억 2,500만원)", 325_000_000, "억원",
         [("국비", 100_000_000), ("시비", 225_000_000)]),
        # (억 with no 만 after it stays as it was)
        ("12억 3개소", 1_200_000_000, "억원", []),
        ("1조 2,340억원(국 340, 시 2,000)", 1_234_000_000_000, "억원",
         [("국비", 34_000_000_000), ("시비", 200_000_000_000)]),
    ],
)  # fmt: skip
def test_an_amount_of_eok_and_man_together(
    text: str, krw: int, unit: str, funding: list[tuple[str, int]]
) -> None:
    """"12억 3천만원" is 1,230,000,000 won (it had been cut at 12억, its funding bracket
    then unread), written in 억원."""
    cost = read_cost(text)
    assert cost is not None
    assert (cost.krw, cost.unit) == (krw, unit)
    assert [(s.source, s.amount_krw) for s in cost.funding] == funding


def _card(number: str, title: str) -> list[str]:
    return [
        p(f"{number}. {title} (문화정책과)"), p("□ 사업개요"), p("○ 기간 : 2026. 1.~12."),
        p("○ 사업비 : 2,300백만원 (국 800, 시 1,500)"), p("□ 추진일정"),
        p(_table([["추진내용", "일정"], ["창업기업 공모·선정", "’26. 1분기"],
                  ["찾아가는 문화공연 운영", "’26. 4.~10."], ["성과평가 및 환류", "’26. 하반기"]])),
    ]  # fmt: skip


def test_a_table_of_tasks_and_dates_in_a_card_under_a_goal() -> None:
    """"□ 추진일정" over "추진내용 | 일정" in a "1-1." card under a "1." goal: a step per
    row (the table had been one step, its task every cell run together, dated by the
    last row)."""
    report = _hwpx(
        p("2026년 주요업무계획"), p("문화체육관광국"), p("Ⅰ. 2026년 주요업무계획"),
        p("1. 생활 속 문화향유 기반 확대"), *_card("1-1", "시민 문화예술 향유권 확대"),
        *_card("1-2", "생활권 문화시설 확충"),
    )  # fmt: skip
    steps = [(s.project_id, s.task, str(s.start), str(s.end)) for s in report.schedules]
    assert steps[:3] == [
        ("1-1", "창업기업 공모·선정", "2026-01-01", "2026-03-31"),
        ("1-1", "찾아가는 문화공연 운영", "2026-04-01", "2026-10-31"),
        ("1-1", "성과평가 및 환류", "2026-07-01", "2026-12-31"),
    ]
    assert len(steps) == 6


def test_a_note_under_a_table_that_gives_its_date() -> None:
    """"※ 2026. 1. 1. 기준" under the staffing table: the table's date (a note under a
    table had been read as no caption); a note that says more is not."""
    report = _hwpx(
        p("2026년 주요업무계획"), p("문화체육관광국"), p("Ⅰ. 일반현황"), p("1. 인력"),
        p(_table([["구 분", "계", "4급", "5급"], ["정 원", "20", "4", "16"],
                  ["현 원", "19", "4", "15"]])),
        p("※ 2026. 1. 1. 기준"),
        p("2. 기구"),
        p(_table([["과", "팀", "인원"], ["문화정책과", "5", "40"]])),
        p("※ 인원은 2026. 1. 1. 현원 기준(국장 제외)"),
    )  # fmt: skip
    (staff,) = [t for t in report.tables if t.caption]
    assert (staff.caption, str(staff.as_of)) == ("※ 2026. 1. 1. 기준", "2026-01-01")
    assert {str(s.as_of) for s in report.staffing if s.grade} == {"2026-01-01"}


def test_a_count_lines_short_word_for_a_research_institute() -> None:
    """"□ 기 구 : 1원장 3과 1소 11팀" with 과수연구소 among the 과: the 1소 is the
    연구소 (it had been counted with the 과, "3과 stated, 4 in the chart")."""
    report = _text(
        "2026년 주요업무보고\n가람도농업기술원\nⅠ. 일반현황\n1. 조 직\n"
        "□ 기 구 : 1원장 3과 1소 11팀\n"
        "○ 기술지원과(3팀) : 기획운영팀, 지도기획팀, 인력육성팀\n"
        "○ 작물연구과(3팀) : 식량작물팀, 원예작물팀, 스마트농업팀\n"
        "○ 환경연구과(3팀) : 토양비료팀, 병해충방제팀, 농식품가공팀\n"
        "○ 과수연구소(2팀) : 과수육종팀, 재배기술팀\n"
        "Ⅱ. 2026년 주요업무계획\n1. 스마트팜 보급 (기술지원과)\n○ 사업비 : 640백만원(도 640)\n"
    )
    counts = [(c.detail, c.passed) for c in report.validation if c.check == "organization.counts"]
    assert counts and all(ok for _, ok in counts), counts
    assert any("1소" in d for d, _ in counts)
