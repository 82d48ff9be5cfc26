"""Forms of the genre met in more reports (a 교육지원청's plan dated by school terms, ...):
what each must give, worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

from datetime import date

from tests.test_other_reports import _text


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
