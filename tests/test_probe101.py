"""Forms of the twenty-first round of probes: an HWP 5 report with cards of label tables
(hwp5), ..."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table


def test_a_cells_whole_cost_led_by_its_word() -> None:
    """`총 5,600백만원 (국비 2,800, …)` in a card's label table: the amount (it had been
    text with no value, where `850백만원 (…)` was read)."""
    rows = [["사업기간", "2024. ~ 2027."], ["사 업 비", "총 5,600백만원 (국비 2,800, 시비 2,800)"]]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 안전한 도시"), p("가. 빗물펌프장 증설 (치수과)"),
        p(_table(rows)), p("□ 추진계획"), p("○ ’26. 3. : 착공"),
    )  # fmt: skip
    (cell,) = [c for c in report.table_cells if c.raw.startswith("총 5,600")]
    assert (cell.value_kind, cell.value_krw, cell.unit) == ("krw", 5_600_000_000, "백만원")
