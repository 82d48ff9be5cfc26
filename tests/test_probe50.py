"""Forms of the genre met in four more reports (a quarter's progress report, a public
corporation's, a 구's revenue budget, a plan with its errata): what each must give,
worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probe48 import _failed


def test_the_budget_spent_by_now_is_no_step() -> None:
    """"○ 예산집행 : 2026년 예산 15,600백만원 중 1,240백만원 집행(7.9%)" under a project of a
    quarter's progress report: how much is spent, no step of the whole year."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 4과\n\nⅡ. 주요업무 추진상황\n\n"
        "1. 도시철도 2호선 건설 (도시철도과)\n"
        " ○ 사업개요 : 기간 ’26. 1.~12., 사업비 15,600백만원(국 9,360, 시 6,240)\n"
        " ○ 향후계획\n   - ’26. 5월 : 공사 발주\n"
        " ○ 예산집행 : 2026년 예산 15,600백만원 중 1,240백만원 집행(7.9%)\n ○ 추진률 : 25%\n"
    )
    assert [(s.task, s.raw) for s in report.schedules] == [("공사 발주", "’26. 5월")]


def test_the_rows_after_the_last_subtotal_end_where_they_add_up_to_it() -> None:
    """"계 / 자체수입 소계 / 지방세수입 / 세외수입 / 의존재원 소계 / 지방교부세 / 보조금 /
    보전수입 등": the last row is the total's, beside the subtotals (it had been taken as
    의존재원's, six checks failing a report whose sums all hold)."""
    budget = _table([
        ["구 분", "2026년", "2025년", "증 감"],
        ["계", "693,000", "664,000", "29,000"],
        ["자체수입 소계", "162,160", "163,340", "△1,180"],
        ["지방세수입", "131,420", "130,210", "1,210"], ["세외수입", "30,740", "33,130", "△2,390"],
        ["의존재원 소계", "491,940", "459,660", "32,280"],
        ["지방교부세", "131,500", "125,550", "5,950"], ["보조금", "360,440", "334,110", "26,330"],
        ["보전수입 등 및 내부거래", "38,900", "41,000", "△2,100"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 세입예산"), p("(단위 : 백만원)"), p(budget),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 재정 건전성 강화"), p("○ 사업기간 : ’26. 1.~12."),
    )  # fmt: skip
    assert len(report.budget_summary) == 8
    assert [c.check for c in report.validation if c.check.startswith("budget_summary.sub")]
    assert not _failed(report)
