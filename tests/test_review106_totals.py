"""Whose budget a stated total is (review of the stated-totals rules): a bureau's own part
after the city's ends the city's, a part of the finances and debt is the budget's, a
remark after an amount says nothing of its label, and a city's own report keeps its own
totals ``budget.…``."""

from __future__ import annotations

from schemas import Report
from tests.test_other_reports import _text

_HEAD = """2026년도 주요업무보고
{body}

Ⅰ. 일반현황
1. 조직 및 인력
□ 조 직 : 2과 4팀
 ○ 기획예산과 : 기획팀, 예산팀
 ○ 재정관리과 : 재정팀, 세정팀

"""
_BUREAU_TABLE = """(단위 : 백만원)
구 분\t2026년 예산(A)\t2025년 예산(B)\t증 감(A-B)
계\t152,386\t144,172\t8,214
기획예산과\t48,520\t52,310\t△3,790
재정관리과\t103,866\t91,862\t12,004

"""
_PLAN = """Ⅱ. 2026년 주요업무 추진계획
1. 건전재정 운용
가. 예산편성 (기획예산과)
□ 추진계획
○ 2027년도 예산안 시의회 제출 : ’26. 11.
"""


def _stated(report: Report) -> dict[str, int]:
    return {s.key: s.value for s in report.stated_totals if s.key.startswith("budget.")}


def test_the_bureaus_own_part_after_the_citys_is_its_own() -> None:
    """`3. 기획재정국 예산 현황` after `2. 2026년 시 재정 현황`: the bureau's `□ 2026년 예산 :
    152,386백만원` is its own budget.total, not the city's."""
    report = _text(
        _HEAD.format(body="청람시 기획재정국")
        + "2. 2026년 시 재정 현황\n□ 2026년 청람시 예산 : 32,408.5억원\n"
        " ○ 일반회계 26,418.3억원, 특별회계 4,862.7억원, 기금 1,127.5억원\n\n"
        "3. 기획재정국 예산 현황\n□ 2026년 예산 : 152,386백만원\n ○ 일반회계 세출 152,386백만원\n\n"
        + _BUREAU_TABLE + _PLAN
    )
    stated = _stated(report)
    assert stated["budget.청람시.total"] == 3_240_850_000_000
    assert stated["budget.total"] == 152_386_000_000
    assert stated["budget.expenditure.일반회계"] == 152_386_000_000
    assert "budget.청람시.expenditure.일반회계" not in stated


def test_a_part_with_no_body_ends_the_other_bodys_part() -> None:
    """`3. 예산 현황` (no body named) after the city's part: its budget is the report's."""
    report = _text(
        _HEAD.format(body="청람시 기획재정국")
        + "2. 2026년 시 재정 현황\n□ 2026년 청람시 예산 : 32,408.5억원\n\n"
        "3. 예산 현황\n□ 2026년 예산 : 152,386백만원\n\n" + _BUREAU_TABLE + _PLAN
    )
    stated = _stated(report)
    assert stated["budget.청람시.total"] == 3_240_850_000_000
    assert stated["budget.total"] == 152_386_000_000


def test_a_sub_part_of_the_citys_part_stays_the_citys() -> None:
    """`가. 세출예산` under `2. 2026년 시 재정 현황` is a part of the city's budget still."""
    report = _text(
        _HEAD.format(body="청람시 기획재정국")
        + "2. 2026년 시 재정 현황\n□ 2026년 청람시 예산 : 32,408.5억원\n"
        "가. 세출예산\n□ 2026년 세출예산 : 30,000억원\n\n"
        "3. 기획재정국 예산 현황\n□ 2026년 예산 : 152,386백만원\n\n" + _BUREAU_TABLE + _PLAN
    )
    stated = _stated(report)
    assert stated["budget.청람시.expenditure"] == 3_000_000_000_000
    assert stated["budget.total"] == 152_386_000_000


def test_a_part_of_finances_and_debt_keeps_the_budget() -> None:
    """`2. 재정 및 채무 현황` over `□ 2026년 기획재정국 소관 예산 : 152,386백만원`: 재정 names
    the budget beside the debt; the part of debt after it, `3. 공기업 부채 관리`, states
    none."""
    report = _text(
        _HEAD.format(body="청람시 기획재정국")
        + "2. 재정 및 채무 현황\n□ 2026년 기획재정국 소관 예산 : 152,386백만원\n"
        " ○ 일반회계 : 세입 1,520백만원, 세출 152,386백만원\n\n"
        + _BUREAU_TABLE
        + "3. 공기업 부채 관리\n□ 청람도시공사 예산 : 4,200억원\n\n" + _PLAN
    )
    stated = _stated(report)
    assert stated["budget.total"] == 152_386_000_000
    assert stated["budget.revenue.일반회계"] == 1_520_000_000
    assert 420_000_000_000 not in stated.values()


def test_a_remark_after_the_amount_is_not_its_label() -> None:
    """`○ 세출 : 758억원 - 지방채 없는 건전재정 편성`: the 세출 is the budget's; debt in
    the remark after it says nothing of it (`○ 지방채 발행 : 350억원` is debt still)."""
    report = _text(
        _HEAD.format(body="청람시 기획재정국")
        + "2. 예산 현황\n□ 2026년 예산\n ○ 세입 : 161억원\n"
        " ○ 세출 : 758억원 - 지방채 없는 건전재정 편성\n ○ 지방채 발행 : 350억원\n\n" + _PLAN
    )
    stated = _stated(report)
    assert stated["budget.expenditure"] == 75_800_000_000
    assert stated["budget.revenue"] == 16_100_000_000
    assert 35_000_000_000 not in stated.values()


def test_a_citys_own_report_keeps_its_own_totals() -> None:
    """A city's own report (its cover: `청 람 시`): `2. 2026년 시 예산 현황` / `□ 2026년
    청람시 예산 : 32,408억원` is its own budget.total, not `budget.청람시.total`."""
    report = _text(
        """2026년도 주요업무보고
청 람 시

Ⅰ. 일반현황
1. 조직 및 인력
□ 조 직 : 2국 4과
 ○ 기획재정국 : 기획예산과, 재정관리과
 ○ 복지국 : 복지정책과, 노인장애인과

2. 2026년 시 예산 현황
□ 2026년 청람시 예산 : 32,408억원
 ○ 일반회계 26,418억원, 특별회계 5,990억원

(단위 : 억원)
구 분\t계\t일반회계\t특별회계
2026년 예산\t32,408\t26,418\t5,990
2025년 예산\t31,200\t25,500\t5,700

"""
        + _PLAN
    )
    stated = _stated(report)
    assert stated["budget.total"] == 3_240_800_000_000
    assert stated["budget.total.일반회계"] == 2_641_800_000_000
    assert not any(k.startswith("budget.청람시.") for k in stated)
