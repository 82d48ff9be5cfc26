"""A 읍's table of its 리 counts their 반 (neighbourhoods) beside 세대 and 명: `(단위 : 반,
세대, 명)` gives each column its unit in the caption's order (the 반 column had been
counted in 명, 반 being no count unit)."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table


def test_a_caption_that_lists_ban_first_gives_its_column_ban() -> None:
    rows = [
        ["구  분", "반", "세  대", "인  구"],
        ["계", "21", "1,540", "3,120"],
        ["구룡1리", "12", "820", "1,700"],
        ["구룡2리", "9", "720", "1,420"],
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 읍 현황"), p("(단위 : 반, 세대, 명)"), p(_table(rows)),
        p("2. 조직"), p("□ 조 직 : 4팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 마을안길 정비"), p("□ 사업개요"),
    )  # fmt: skip
    cells = {
        ("".join(c.row_header.split()), "".join(c.col_header.split())): c
        for c in report.table_cells if not c.is_header
    }  # fmt: skip
    assert (cells[("구룡1리", "반")].value_kind, cells[("구룡1리", "반")].unit) == ("count", "반")
    assert cells[("구룡1리", "세대")].unit == "세대"
    assert cells[("구룡1리", "인구")].unit == "명"
