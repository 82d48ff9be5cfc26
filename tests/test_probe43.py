"""Forms of the genre met in five more reports (a foundation's cards of facts, footnote
marks on figures, Hancom's stacked row labels and headers broken inside a word, a
public enterprise's budget, a province's allocations by city): what each must give,
worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table


def test_a_step_of_how_often_in_a_cell_of_steps_is_a_step_of_its_own() -> None:
    """A card's 추진일정 cell of paragraphs, the last "분기별 : 관객 만족도 조사": a step
    of the whole year (it had been taken for the wrapped end of the step before)."""
    card = _table([
        ["구 분", "내 용"], ["사업기간", "2026. 1. ~ 12."], ["사 업 비", "420,000천원 (시 출연금)"],
        ["추진일정", "’26. 1. : 연간 공연 라인업 확정\n’26. 2.~12. : 기획공연 운영\n"
                    "분기별 : 관객 만족도 조사"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1처 2팀"),
        p("Ⅱ. 2026년 주요사업계획"), p("1. 아트센터 기획공연 운영"), p(card),
    )  # fmt: skip
    got = [(s.task, s.raw, str(s.start), str(s.end)) for s in report.schedules]
    assert got == [
        ("연간 공연 라인업 확정", "’26. 1.", "2026-01-01", "2026-01-31"),
        ("기획공연 운영", "’26. 2.~12.", "2026-02-01", "2026-12-31"),
        ("관객 만족도 조사", "분기별", "2026-01-01", "2026-12-31"),
    ]  # fmt: skip
