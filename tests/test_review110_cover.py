"""What a review found the hundred-and-tenth round's cover rules doing: a 구's office of
education and youth spaced out on its cover read as a 교육청's 소년과, and a cover that
names the plan before the results read for the results' year."""

from __future__ import annotations

import pytest

from extract.cover import cover_body
from extract.document import Line
from tests.test_other_reports import _text
from tests.test_probe110_cover import _BODY

_EDU_YOUTH = """\
제301회 가온구의회 임시회


2026년 주요업무보고


2026. 2. 10.


가 온 구 교 육 청 소 년 과


Ⅰ. 일 반 현 황

1. 조    직

□ 조    직 : 1과 3팀

  ○ 교육청소년과 : 교육지원팀, 청소년팀, 평생학습팀

2. 예    산 (일반회계 세출)

□ 2026년 예산 : 12,000,000천원

Ⅱ. 2026년 주요업무계획

1. 미래교육 지원

  □ 학교 교육경비 보조 (교육지원팀)
    ○ 사업기간 : 2026. 1.~12.
    ○ 사 업 비 : 2,400,000천원 (구비 2,400,000)
"""


def test_a_gus_office_of_education_and_youth_spaced_out() -> None:
    """`가 온 구 교 육 청 소 년 과` under `제301회 가온구의회 임시회`: the 구's 교육청소년과, over
    its three teams (it had been read as a 교육청's `소년과`, the 청 of 청소년 taken for the
    교육청's; a 구 holds no office of education)."""
    report = _text(_EDU_YOUTH)
    assert report.meta.bureau == "교육청소년과"
    assert [(u.name, u.parent) for u in report.organization] == [
        ("교육청소년과", None), ("교육지원팀", "교육청소년과"),
        ("청소년팀", "교육청소년과"), ("평생학습팀", "교육청소년과"),
    ]  # fmt: skip


@pytest.mark.parametrize(("cover", "body"), [
    # (a 광역시's bureau of education and youth: 청소년 is one word, no 교육청's 소년국)
    (["해 담 광 역 시 교 육 청 소 년 국"], "교육청소년국"),
    (["제301회 해담광역시의회 임시회", "해 담 광 역 시 교 육 청 소 년 국"], "교육청소년국"),
    # (the government's 위원회운영과: a 위원회 with no name of its own is no commission)
    (["해 담 광 역 시 위 원 회 운 영 과"], "위원회운영과"),
])  # fmt: skip
def test_a_unit_name_holding_a_holding_bodys_word_is_not_split(
    cover: list[str], body: str
) -> None:
    """A unit's own name spaced out after its government's, a holding body's word (교육청,
    위원회) inside it: the whole unit's name (it had been cut after the word)."""
    lines = [Line(i + 1, t, "") for i, t in enumerate(["2026년 주요업무보고", *cover])]
    assert cover_body(lines) == body


def test_a_gus_office_of_education_and_youth_with_no_council_named() -> None:
    """`가 온 구 교 육 청 소 년 과` with no council to name the 구: the 과's name is whole, the
    구's name maybe before it, never `소년과`."""
    lines = [Line(1, "2026년 주요업무보고", ""), Line(2, "가 온 구 교 육 청 소 년 과", "")]
    assert (cover_body(lines) or "").endswith("교육청소년과")


_PLAN_FIRST = """\
제312회 다온군의회 임시회


2026년 주요업무계획
및 {results}
"""
_PLAN_FIRST += _BODY.replace("{", "{{").replace("}", "}}")


@pytest.mark.parametrize("results", ["2025년 주요업무 추진실적", "2025년 추진실적"])
def test_a_title_naming_the_plan_before_the_results(results: str) -> None:
    """`2026년 주요업무계획` / `및 2025년 주요업무 추진실적`: the report is the plan's, for
    2026, so `□ 2026년 예산 : …` is the year's stated budget (the year had been the last
    of the title's, 2025, the results', and the total lost)."""
    report = _text(_PLAN_FIRST.format(results=results))
    assert report.meta.title == f"2026년 주요업무계획 및 {results}"
    assert report.meta.year == 2026
    stated = {(s.key, s.value) for s in report.stated_totals if s.key.startswith("budget.")}
    assert stated == {("budget.expenditure.일반회계", 30_000_000_000)}
    assert any(c.check == "budget_lines.stated" and c.passed for c in report.validation)
