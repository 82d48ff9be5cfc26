"""A review of round 110's rule that a chain of counts by year is no step (`※ 안심귀갓길 누적
조성 : ’25년 152개 구간 → ’26년 182개 구간`): phases numbered by year (`1단계`, `2차`,
`1권역`) and pieces that say what is done (`확대 조성`, `운행`, `시범운영`) are a plan's
steps, and only pieces that each give a year and a count and nothing more are none."""

from __future__ import annotations

import pytest

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _text

_CARD = """\

                         2026년 주요업무계획

                          다 온 군   경 제 관 광 국

Ⅰ. 일반현황
 1. 조    직
  □ 조    직 : 1국 1과 2팀
   ○ 경제정책과(2팀) : 경제정책팀, 일자리지원팀

Ⅱ. 2026년 주요업무계획
 1. 지역경제 활성화
  □ 지역상권 활성화 사업 (경제정책과)
    ○ 사 업 비 : 100,000천원 (군비 100,000)
    ○ 추진계획 : {chain}
"""


def _steps(chain: str) -> tuple[set[tuple[str, int]], set[str]]:
    report = _text(_CARD.format(chain=chain))
    planned = {(s.task, s.start.year) for s in report.schedules if s.start}
    return planned, {d.task for d in report.progress}


@pytest.mark.parametrize(
    ("chain", "planned", "done"),
    [
        (
            "’25년 1단계 사업 → ’26년 2단계 사업 → ’27년 3단계 사업",
            {("2단계 사업", 2026), ("3단계 사업", 2027)}, {"1단계 사업"},
        ),
        (
            "’25년 1단계 → ’26년 2단계 → ’27년 3단계",
            {("2단계", 2026), ("3단계", 2027)}, {"1단계"},
        ),
        (
            "’26년 1권역 → ’27년 2권역 → ’28년 3권역",
            {("1권역", 2026), ("2권역", 2027), ("3권역", 2028)}, set(),
        ),
    ],
)  # fmt: skip
def test_phases_numbered_by_year_are_steps(
    chain: str, planned: set[tuple[str, int]], done: set[str]
) -> None:
    """`’25년 1단계 사업 → ’26년 2단계 사업 → ’27년 3단계 사업` in a 2026 plan: each phase is
    a step of its year, the 2025 one done (a phase's number, `1단계`, `1권역`, is no
    count: the chain had given no rows at all)."""
    assert _steps(chain) == (planned, done)


@pytest.mark.parametrize(
    ("chain", "step"),
    [
        ("’25년 3개소 → ’26년 5개소 확대 조성", ("5개소 확대 조성", 2026)),
        ("’26년 10개교 → ’27년 20개교 시범운영", ("20개교 시범운영", 2027)),
        ("’26년 1개 노선 → ’27년 3개 노선 운행", ("3개 노선 운행", 2027)),
    ],
)
def test_a_count_that_says_what_is_done_is_a_step(chain: str, step: tuple[str, int]) -> None:
    """`’25년 3개소 → ’26년 5개소 확대 조성`: the last piece says what the plan does with the
    count by its year, a step of that year (it had been taken for a count that grows)."""
    planned, done = _steps(chain)
    assert step in planned
    assert not done


def test_phases_by_year_under_a_hwpx_cards_steps() -> None:
    """A HWPX card's `○ ’25년 1단계 사업 → ’26년 2단계 사업` under `□ 추진계획` beside a ※
    note of a count by year: the phases are steps (2025 done), the note none."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 시민 체감형 생활안전"),
        p("가. 스마트 보안등 설치 (자치경찰협력과)"),
        p("□ 사업기간 : ’25. 1.~’27. 12."), p("□ 사 업 비 : 900백만원 (시비 900)"),
        p("□ 추진계획"), p("○ ’25년 1단계 사업 → ’26년 2단계 사업 → ’27년 3단계 사업"),
        p("※ 스마트 보안등 누적 설치 : ’25년 120개소 → ’26년 240개소"),
    )  # fmt: skip
    steps = {(s.task, s.start.year) for s in report.schedules if s.start}
    assert steps == {("2단계 사업", 2026), ("3단계 사업", 2027)}
    assert [d.task for d in report.progress] == ["1단계 사업"]
