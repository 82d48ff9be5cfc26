"""Review of round 116's reader and layout rules (rev116, part C).

A bracket's figure with a counter of its own is a pair's second (``58,214명 (25,130세대)``,
round 116, extras), but a bracket's year with its 년, ``15개소 (2024년)``, is the year the
count is of: no second figure of 2024 years (the rule had read one).
"""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report

COVER = ["2025년 주요업무보고", "", "가 온 군  안 전 건 설 국", "", "2025. 2.", ""]
PLAN = ["Ⅱ. 2025년 주요업무 추진계획", "", "1. 시내버스 준공영제 도입", "",
        " ○ 사업기간 : 2025. 3. ~ 2026. 12.", " ○ 사 업 비 : 4,200백만원 (군비)", ""]  # fmt: skip


def _text(lines: list[str]) -> Report:
    body = "\n".join([*COVER, "Ⅰ. 일 반 현 황", "", *lines, "", *PLAN]) + "\n"
    return check(parse_document(read_bytes(body.encode(), "report.txt"), "report"))


FACILITIES = [
    "1. 시설 현황", "",
    "   시설명              개소(기준연도)       면적(㎡/층)",
    "   공영주차장          15개소 (2024년)      12,400㎡ / 2층",
    "   체육시설            8개소 (2023년)       8,650㎡ / 4층",
    "   복지관              3개소 (2022년)       5,230㎡ / 5층",
]  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "row", "want"),
    [
        # (the year the places are counted in: no second figure)
        pytest.param("15개소 (2024년)", "공영주차장", (15, "개소", None, None), id="year"),
        pytest.param("3개소 (2022년)", "복지관", (3, "개소", None, None), id="year-2"),
        # (a second figure in its own unit stays one)
        pytest.param("12,400㎡ / 2층", "공영주차장", (12400, "㎡", 2, "층"), id="floors"),
    ],
)
def test_a_brackets_year_is_no_second_figure(
    raw: str, row: str, want: tuple[float, str, float | None, str | None]
) -> None:
    report = _text(FACILITIES)
    found = [c for c in report.table_cells if c.raw == raw and c.row_header == row]
    assert len(found) == 1, [(c.raw, c.row_header) for c in report.table_cells]
    c = found[0]
    assert (c.value, c.unit, c.value2, c.value2_unit) == want
