"""Corrections the second review of round 110 asked for."""

from __future__ import annotations

from tests.test_other_reports import _text

_CIRCLES = """\

                         2026년 주요업무계획

                          다 온 군   보 건 소

Ⅰ. 일반현황
 1. 예    산
  □ 2026년 예산 현황
                                                          (단위 : 천원)
   구    분                  2025년 예산    2026년 예산      증  감
   ○ 보건행정 운영 및 지원       875,090        900,000       24,910
     - 일반운영비                100,000        120,000       20,000
     - 시설관리                  775,090        780,000        4,910
   ○ 감염병 관리                 300,000        320,000       20,000
     - 방역소독                  300,000        320,000       20,000

Ⅱ. 2026년 주요업무계획
 1. 보건행정
  □ 보건소 시설 개선 (보건행정과)
    ○ 사 업 비 : 100,000천원 (군비 100,000)
"""


def test_rows_opened_by_a_circle_in_a_table_set_in_columns_are_its_rows() -> None:
    """`○ 보건행정 운영 및 지원   875,090   900,000   24,910` under `구 분 | 2025년 예산 |
    2026년 예산 | 증 감`, its figures in the table's columns: a row of the table, as a
    box glyph's is (only a box glyph's had been; set with single spaces, ○ stays the
    outline's)."""
    report = _text(_CIRCLES)
    got = {(b.item, b.year, b.amount_krw) for b in report.budget_lines}
    assert {
        ("보건행정 운영 및 지원", 2026, 900_000_000), ("감염병 관리", 2026, 320_000_000),
        ("방역소독", 2026, 320_000_000),
    } <= got  # fmt: skip
