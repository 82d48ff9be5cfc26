"""Review of round 117's table, budget and grammar rules (part A).

A school year alone reads as March to February (6a6ceab), but a school year followed by the
part of it that a line names ("2025학년도 3월", "2025학년도 상반기", "2025학년도 말") is no
date of its own: the line's date is that part (as before the rule), not the whole school
year read first beside it.
"""

from __future__ import annotations

import pytest

from extract.normalize.dates import find_dates

SCHOOL_YEAR_PARTS = [
    pytest.param("2025학년도 3월 입학식", [("2025-03-01", "2025-03-31")], id="month"),
    pytest.param("2025학년도 상반기 연수", [("2025-01-01", "2025-06-30")], id="half"),
    pytest.param("2025학년도 말 평가", [], id="end-of"),
    pytest.param("2025학년도 초 배정", [], id="start-of"),
    pytest.param("2025학년도 하반기", [("2025-07-01", "2025-12-31")], id="second-half"),
]


@pytest.mark.parametrize(("text", "spans"), SCHOOL_YEAR_PARTS)
def test_school_year_before_its_part(text: str, spans: list[tuple[str, str]]) -> None:
    found = [(str(d.start), str(d.end)) for d in find_dates(text, 2025)]
    assert found == spans
