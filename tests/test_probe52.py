"""Forms of the genre met in more reports (a 교육지원청's plan dated by school terms, ...):
what each must give, worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

from datetime import date

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text


def test_steps_dated_by_the_terms_of_the_school_year() -> None:
    """"○ 1학기 : …", "○ 여름방학 중 : …", "○ 2학기 : …" under a 교육지원청's project: the
    term is the step's date, 2학기 ending in the next February (each had been one step with
    no date, the term left in its task)."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 2국 6과\n\nⅡ. 2026년 주요업무계획\n\n"
        "1. 기초학력 책임지도 강화 (초등교육지원과)\n"
        " ○ 사업기간 : 2026. 3. 1.~2027. 2. 28.\n ○ 추진일정\n"
        "   - 1학기 : 학습지원 대상학생 선별 진단\n   - 여름방학 중 : 기초학력 집중 캠프 운영\n"
        "   - 2학기 : 학습지원 효과성 분석\n"
    )
    steps = [(s.task, s.raw, s.start, s.end, s.approximate) for s in report.schedules]
    assert steps == [
        ("학습지원 대상학생 선별 진단", "1학기", date(2026, 3, 1), date(2026, 8, 31), False),
        ("기초학력 집중 캠프 운영", "여름방학 중", date(2026, 7, 1), date(2026, 8, 31), True),
        ("학습지원 효과성 분석", "2학기", date(2026, 9, 1), date(2027, 2, 28), False),
    ]


def test_what_was_done_and_what_is_planned_side_by_side_under_a_project() -> None:
    """"1. 청년 창업 지원 (창업지원과)" over "2025년 추진실적 | 2026년 추진계획" and one row of
    their bulleted lines: the plan's column gives the project's period, cost, funding and
    steps, the other its steps done; last year's 사업비 is no cost of the plan (nothing in
    the table had been read)."""
    sides = _table([
        ["2025년 추진실적", "2026년 추진계획"],
        ["○ 청년창업사관학교 운영 : 지원기업 120개사, 사업비 2,400백만원\n"
         "○ 우수 창업기업 투자유치 설명회 개최(’25. 10. 22.)",
         "○ 사업기간 : 2026. 1.~12.\n○ 사업비 : 2,600백만원(국 1,000 시 1,600)\n"
         "○ 추진일정 : ’26. 2. 공고 → 4. 선정 → 5.~12. 지원"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 4과"),
        p("Ⅱ. 2025년 성과 및 2026년 추진계획"), p("1. 청년 창업 지원 (창업지원과)"), p(sides),
    )  # fmt: skip
    [proj] = report.projects
    assert (proj.cost_krw, proj.period_start, proj.period_end) == (
        2_600_000_000, date(2026, 1, 1), date(2026, 12, 31),
    )
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("국비", 1_000_000_000), ("시비", 1_600_000_000),
    ]
    assert [(s.task, s.raw, s.start, s.end) for s in report.schedules] == [
        ("공고", "’26. 2.", date(2026, 2, 1), date(2026, 2, 28)),
        ("선정", "4.", date(2026, 4, 1), date(2026, 4, 30)),
        ("지원", "5.~12.", date(2026, 5, 1), date(2026, 12, 31)),
    ]
    assert [(x.task, x.start) for x in report.progress] == [
        ("우수 창업기업 투자유치 설명회 개최", date(2025, 10, 22)),
    ]


def test_a_chain_of_steps_dated_by_their_months_after_the_first() -> None:
    """"’26. 11. 공고 → 2. 선정 → 5.~12. 지원": each step after an arrow takes the year of
    the one before, the next where its month goes back (only the first had been read)."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 4과\n\nⅡ. 2026년 주요업무계획\n\n"
        "1. 청년 창업 지원 (창업지원과)\n ○ 사업기간 : 2026. 1.~2027. 12.\n"
        " ○ 추진일정 : ’26. 11. 공고 → 2. 선정 → 5.~12. 지원\n"
    )
    assert [(s.task, s.raw, s.start, s.end) for s in report.schedules] == [
        ("공고", "’26. 11.", date(2026, 11, 1), date(2026, 11, 30)),
        ("선정", "2.", date(2027, 2, 1), date(2027, 2, 28)),
        ("지원", "5.~12.", date(2027, 5, 1), date(2027, 12, 31)),
    ]
