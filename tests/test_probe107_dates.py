"""Dates of a plan's steps, from the 107th round of probes: a bare month range under a
dated step (`’25. 3.~4.` / `5.~7.`), a two-year plan's report year (`2025~2026
주요업무계획` of `2025. 2.`), a month with no year after a step of another year, and the
hour after a step's day (twoyear, events)."""

from __future__ import annotations

from datetime import date

from extract.cover_year import cover_year
from extract.document import Line
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _text

_TWO_YEARS = """\

                  2025~2026 주요업무계획

                      2025. 2.

                   서하시 녹색환경국

Ⅰ. 일반현황
 1. 조    직
  □ 조    직 : 1국 2과
   ○ 기후환경과 : 기후정책팀, 탄소중립팀
   ○ 자원순환과 : 자원정책팀, 재활용팀

Ⅱ. 연차별 추진계획
 1. 탄소중립 도시 조성
  가. 공공건축물 그린리모델링 (기후환경과)
   □ 사업개요
    ○ 사업기간 : ’25. 3.~’26. 12.
    ○ 사 업 비 : 총 4,200백만원
   □ 추진일정
    ○ ’25. 3.~4. : 대상시설 선정 및 에너지 성능 진단
    ○ 5.~7. : 1단계 실시설계
    ○ 8.~11. : 1단계 공사 및 준공
    ○ 12월 : 1단계 성과 점검
    ○ ’26. 2.~4. : 2단계 실시설계
    ○ 5.~11. : 2단계 공사
    ○ 12월 : 준공 및 에너지 절감 성과평가
"""


def _steps(report_text: str) -> list[tuple[str, date | None, date | None]]:
    report = _text(report_text)
    return [(s.task, s.start, s.end) for s in report.schedules]


def test_a_two_year_plans_year_is_its_first() -> None:
    """`2025~2026 주요업무계획` on a cover dated `2025. 2.` is a plan for 2025 (it had been
    read as the commonest year in the text, 2026, and its 2025 steps as steps taken)."""
    report = _text(_TWO_YEARS)
    assert report.meta.year == 2025
    assert not report.progress
    assert ("대상시설 선정 및 에너지 성능 진단", date(2025, 3, 1), date(2025, 4, 30)) in [
        (s.task, s.start, s.end) for s in report.schedules
    ]


def test_a_cover_year_of_a_span_of_years() -> None:
    """A span of years in the title: its first year, or the cover date's year within it; a
    year with no 년 before the genre's words is the title's year."""
    assert cover_year([Line(1, "2025~2026 주요업무계획", ""), Line(2, "2025. 2.", "")]) == 2025
    assert cover_year([Line(1, "2025~2026 주요업무계획", ""), Line(2, "2026. 1. 5.", "")]) == 2026
    assert cover_year([Line(1, "2025~2026 주요업무계획", ""), Line(2, "2024. 12.", "")]) == 2025
    assert cover_year([Line(1, "2025 주요업무계획", "")]) == 2025


def test_bare_month_ranges_under_a_dated_step() -> None:
    """`○ 5.~7. : 1단계 실시설계` under `○ ’25. 3.~4. : …`: May to July of 2025 (it had no
    date, a `schedules.no_date` warning); a month with no year, `12월`, the year of the step
    above it, 2025 after the ’25 steps and 2026 after the ’26 ones."""
    got = _steps(_TWO_YEARS)
    assert got == [
        ("대상시설 선정 및 에너지 성능 진단", date(2025, 3, 1), date(2025, 4, 30)),
        ("1단계 실시설계", date(2025, 5, 1), date(2025, 7, 31)),
        ("1단계 공사 및 준공", date(2025, 8, 1), date(2025, 11, 30)),
        ("1단계 성과 점검", date(2025, 12, 1), date(2025, 12, 31)),
        ("2단계 실시설계", date(2026, 2, 1), date(2026, 4, 30)),
        ("2단계 공사", date(2026, 5, 1), date(2026, 11, 30)),
        ("준공 및 에너지 절감 성과평가", date(2026, 12, 1), date(2026, 12, 31)),
    ]


def test_bare_months_under_a_schedule_bullet() -> None:
    """The same under a bullet `○ 추진일정` (no □ block): `- 5.~11. : 2단계 공사` after `-
    ’26. 2.~4. : …` is 2026's (it had been the report's year, 2025)."""
    lines = _TWO_YEARS.split("\n")
    at = lines.index("   □ 추진일정")
    card = [ln.replace("   □ 사업개요", "") for ln in lines[:at]]
    steps = ["    - " + ln.strip().removeprefix("○ ") for ln in lines[at + 1 :] if ln.strip()]
    text = "\n".join([*card, "   ○ 추진일정", *steps, ""])
    got = _steps(text)
    assert ("2단계 공사", date(2026, 5, 1), date(2026, 11, 30)) in got
    assert ("준공 및 에너지 절감 성과평가", date(2026, 12, 1), date(2026, 12, 31)) in got
    assert ("1단계 성과 점검", date(2025, 12, 1), date(2025, 12, 31)) in got


def test_a_month_after_a_step_of_the_year_before() -> None:
    """In a 2026 plan, `’25. 11. : 기본계획 수립` / `12월 : 공고` / `2월 : 선정`: the 12월
    continues 2025 (a step already over, in progress), the 2월 goes on into 2026 (its month
    goes back)."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 안전한 도시"), p("가. 빗물펌프장 증설 (치수과)"),
        p("□ 사업개요"), p("○ 사업기간 : ’25. 11.~’26. 12."),
        p("□ 추진일정"), p("○ ’25. 11. : 기본계획 수립"), p("○ 12월 : 사업 공고"),
        p("○ 2월 : 사업자 선정"), p("○ 3.~12. : 공사 추진"),
    )  # fmt: skip
    done = [(s.task, s.start) for s in report.progress]
    planned = [(s.task, s.start, s.end) for s in report.schedules]
    assert ("사업 공고", date(2025, 12, 1)) in done
    assert ("사업자 선정", date(2026, 2, 1), date(2026, 2, 28)) in planned
    assert ("공사 추진", date(2026, 3, 1), date(2026, 12, 31)) in planned


_HOURS = """\

                  2026년 주요업무계획

                 청람시 문화관광체육국

Ⅰ. 일반현황
 1. 조    직
  □ 조    직 : 1국 2과
   ○ 문화예술과 : 문화정책팀, 예술지원팀
   ○ 관광진흥과 : 관광정책팀, 관광마케팅팀

Ⅱ. 2026년 주요업무계획
 1. 문화가 흐르는 도시
  가. 제12회 청람 국제 재즈페스티벌 개최 (문화예술과)
   ○ 사업기간 : ’26. 1.~6.
   ○ 추진일정
    - ’26. 1. 12.(월) ~ 2. 6.(금) : 출연진 섭외 및 계약
    - ’26. 3. 4.(수) 14:00 : 축제 추진위원회 개최(시청 대회의실)
    - ’26. 4. 15.(수) 10:00~12:00 : 유관기관 합동 안전관리 대책회의
    - ’26. 6. : 결과 평가 및 정산
"""


def test_the_hour_after_a_steps_day_is_its_dates() -> None:
    """`’26. 3. 4.(수) 14:00 : 축제 추진위원회 개최`: the hour is part of the date as written,
    not the task's first words (the task had been `14:00 : 축제 추진위원회 개최 …`)."""
    report = _text(_HOURS)
    got = {s.task: (s.raw, s.start) for s in report.schedules}
    assert got["축제 추진위원회 개최(시청 대회의실)"] == ("’26. 3. 4.(수) 14:00", date(2026, 3, 4))
    assert got["유관기관 합동 안전관리 대책회의"] == (
        "’26. 4. 15.(수) 10:00~12:00", date(2026, 4, 15)
    )
    assert not any(s.task[:1].isdigit() for s in report.schedules)


def test_the_hour_after_a_day_in_a_cards_schedule_block() -> None:
    """The same in a card's `□ 추진일정` block."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 축제의 도시"), p("가. 빛 축제 개최 (관광진흥과)"),
        p("□ 사업개요"), p("○ 사업기간 : ’26. 6.~12."),
        p("□ 추진일정"), p("○ ’26. 6. 3.(수) 15:00 : 빛 축제 자문위원회 개최"),
        p("○ ’26. 12. 5.(토) 18:00 : 점등식"),
    )  # fmt: skip
    got = [(s.task, s.raw, s.start) for s in report.schedules]
    assert got == [
        ("빛 축제 자문위원회 개최", "’26. 6. 3.(수) 15:00", date(2026, 6, 3)),
        ("점등식", "’26. 12. 5.(토) 18:00", date(2026, 12, 5)),
    ]
