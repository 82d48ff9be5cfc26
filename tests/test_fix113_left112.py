"""Known misses of the 112th round's review: a table carried on over a page under any of
the marks clerks write for it (`[계속]`, `- 계속 -`, `<계속>`, `【계속】`, at the foot of its
part or atop the next, alone or beside the unit again: one table)."""

from __future__ import annotations

import pytest

from tests.test_fix112_assets import _committees
from tests.test_other_reports import _text


@pytest.mark.parametrize(
    "between",
    ["[계속]", "- 계속 -", "【계속】", "[ 계 속 ]", "- 계 속 -", "< 위원회 현황 > [계속]"],
)
def test_an_hwpx_table_carried_on_under_any_continued_mark(between: str) -> None:
    """The 위원회 table cut in two of one header, a line of the mark between: one table of
    6 rows, its 계 row the sum of both parts' rows (it had been two, the 계 failing)."""
    rows, checks = _committees(between)
    assert (rows, [ok for _, ok in checks]) == ([6], [True, True]), checks


_APPENDIX = """\
2026년 주요업무보고
복지국

Ⅰ. 일반현황
 1. 조    직
  □ 조직 : 1국 1과

Ⅱ. 2026년 주요업무계획
 1. 장애인 소득보장
  가. 장애인연금 지급 (장애인복지과)
   □ 사업개요
    ○ 사업기간 : 2026. 1. ~ 12.

붙임 1  세부사업별 예산 현황
(단위 : 천원)
부    서 세  부  사  업 2026년(A) 2025년(B) 증  감(A-B)
합    계 1,800 1,500 300
장애인복지과 소    계 1,800 1,500 300
장애인연금 지급 1,000 900 100
{between}
부    서 세  부  사  업 2026년(A) 2025년(B) 증  감(A-B)
장애인복지과 장애수당 지급 500 400 100
활동지원 300 200 100
"""

_UNIT = "(단위 : 천원)"


@pytest.mark.parametrize(
    "between",
    [
        pytest.param(f"[계속]\n{_UNIT}", id="square head"),
        pytest.param(f"- 15 -\n【계속】\n{_UNIT}", id="lenticular head after page"),
        pytest.param(f"- 계속 -\n- 15 -\n{_UNIT}", id="dashes at the foot"),
        pytest.param(f"[계속]\n- 15 -\n{_UNIT}", id="square at the foot"),
        pytest.param(f"- 계속 -{' ' * 40}{_UNIT}", id="dashes beside the unit"),
        pytest.param(f"(계속){' ' * 40}{_UNIT}", id="round beside the unit, no page number"),
        pytest.param(f"[계속]{' ' * 40}{_UNIT}", id="square beside the unit, no page number"),
    ],
)
def test_a_text_appendix_carried_on_under_any_continued_mark(between: str) -> None:
    """The appendix's table over two pages, a mark saying so at the foot of the first part
    or atop the second: one table, each item its own name (the mark and the unit had
    joined the next item's name, `[계속] 장애인복지과 장애수당 지급`, or made an item
    `계속` of no amount), the 부서 printed again no part of the name."""
    report = _text(_APPENDIX.format(between=between))
    got = [(b.level, b.item, b.budget_krw) for b in report.budget_items]
    assert got == [
        ("bureau", "합계", 1_800_000),
        ("division", "장애인복지과", 1_800_000),
        ("item", "장애인연금 지급", 1_000_000),
        ("item", "장애수당 지급", 500_000),
        ("item", "활동지원", 300_000),
    ]
    assert len([t for t in report.tables if t.n_rows > 1]) == 1 and not report.residue
