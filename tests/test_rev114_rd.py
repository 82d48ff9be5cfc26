"""Review of round 114's readers (part D): near forms the new rules must not catch.

A box ruled round its frame only whose lines are facts set side by side, each label
beside its value (a card's `사업기간  2025. 1.~12.  사 업 비  1,200백만원` without bullets,
a contact box `담당 : 기획팀장  연락처 : …`), is no table: its first line holds values,
no column's headings.  It reads as drawn (one boxed figure), as before round 114.

A card's sources drawn in its 사업비 cell with no unit stated are read in a unit tables
are drawn in; a 계 that is the cost only in 천만원 (a tenth of it) gives no shares."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extract.pipeline import parse_document
from extract.read import read_bytes
from tests.hwpx_maker import to_hwp
from tests.test_fix114_hwp5 import card_report
from tests.test_fix114_shaded import _TOP, UP, Text, _pdf, _report, _row

_COLS4 = (60.0, 130.0, 300.0, 370.0, 540.0)
_COLS3 = (60.0, 220.0, 380.0, 540.0)


@pytest.mark.parametrize(
    ("lines", "cols"),
    [
        # a card's facts, two label/value pairs a line, no bullets
        ([["사업기간", "2025. 1.~12.", "사 업 비", "1,200백만원"],
          ["사업위치", "부산 전역", "담당부서", "도로과"]], _COLS4),
        # a contact box, each cell `label : value`
        ([["담당 : 기획팀장", "연락처 : 888-1234", "팩스 : 888-1235"],
          ["작성 : 주무관", "연락처 : 888-1240", "메일 : a@b.kr"]], _COLS3),
    ],
)
def test_a_box_of_facts_side_by_side_is_no_table(
    lines: Sequence[Sequence[str]], cols: Sequence[float]
) -> None:
    texts: list[Text] = [*_TOP, ((UP, 60, 690, 12), "1. 노후 보도 정비")]
    for i, words in enumerate(lines):
        texts += _row(650 - 18 * i, words, cols)
    report = _report(_pdf(texts, frames=[(60.0, 624.0, 480.0, 40.0)]))
    assert not report.table_cells
    boxed = " ".join(n.text for n in report.outline)
    assert lines[1][1] in boxed and lines[0][2] in boxed


@pytest.mark.parametrize("fmt", ["hwpx", "hwp"])
def test_a_tenth_of_the_cost_in_a_cards_cost_cell_is_no_funding(fmt: str) -> None:
    """`총 25억원` over `계 250 | 국비 150 | 도비 50 | 시군비 50` with no unit stated: in
    백만원 (this year's share) its 계 is not the cost; only in 천만원, a unit no table is
    drawn in, would it be, so the card's cost has no shares (round 114 read 15억원 국비)."""
    data = card_report("총 25억원", ["250", "150", "50", "50"], None)
    if fmt == "hwp":
        data = to_hwp(data)
    report = parse_document(read_bytes(data, f"card.{fmt}"), "card")
    (proj,) = [x for x in report.projects if x.title == "지역특화산업 육성"]
    assert proj.cost_krw == 2_500_000_000
    assert [f for f in report.project_funding if f.project_id == proj.project_id] == []
