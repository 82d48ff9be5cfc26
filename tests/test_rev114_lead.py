"""The lead's review of round 114: a plan chapter titled with a span of years that holds
the report's year (`Ⅲ. 민선8기(2022~2026년) 추진계획` in a 2025 report) dates its months
by the report's year, not by the span's first (nor, as before the round, its last)."""

from __future__ import annotations

import pytest

from tests.test_fix114_left113 import _text


@pytest.mark.parametrize(
    ("cover", "chapter", "year"),
    [
        ("2025년 주요업무 보고", "Ⅱ. 민선8기(2022~2026년) 추진계획", 2025),
        ("2025년 주요업무 보고", "Ⅱ. 민선8기(2022~26년) 추진계획", 2025),
        # (a span the report's year is not in: its first, as round 114 reads it)
        ("2016년 주요업무 보고", "Ⅱ. 2017~2018년 추진계획", 2017),
    ],
)
def test_a_plan_of_a_span_that_holds_the_reports_year_dates_by_it(
    cover: str, chapter: str, year: int
) -> None:
    text = (
        f"{cover}\n\n가온광역시 교통건설국\n\n{chapter}\n\n"
        "1. 전기자동차 보급 (환경정책과)\n  ㅇ 사 업 비 : 9,500백만원(국 7,000, 시 2,500)\n"
        "  ㅇ 추진일정 : 보급 공고 (2월), 보조금 지급 (3월 ~ 11월)\n"
    )
    report = _text(text)
    assert [(s.task, str(s.start), str(s.end)) for s in report.schedules] == [
        ("보급 공고", f"{year}-02-01", f"{year}-02-28"),
        ("보조금 지급", f"{year}-03-01", f"{year}-11-30"),
    ]
