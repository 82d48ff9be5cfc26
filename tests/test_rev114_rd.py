"""Review of round 114's readers (part D): near forms the new rules must not catch.

A box ruled round its frame only whose lines are facts set side by side, each label
beside its value (a card's `사업기간  2025. 1.~12.  사 업 비  1,200백만원` without bullets,
a contact box `담당 : 기획팀장  연락처 : …`), is no table: its first line holds values,
no column's headings.  It reads as drawn (one boxed figure), as before round 114.

A shaded row heads a table where it has three cells or more: a band of two boxes (a
number's beside a title's) over a card's facts is the card's heading, no table, as a
shaded band of two over bulleted lines already was (test_fix114_shaded); two-column tables
told apart by shading alone are left read as drawn.  A line `label : value` under a
shaded table (`자료 : 예산서`) ends it.

A card's sources drawn in its 사업비 cell with no unit stated are read in a unit tables
are drawn in; a 계 that is the cost only in 천만원 (a tenth of it) gives no shares."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extract.pipeline import parse_document
from extract.read import read_bytes
from tests.hwpx_maker import to_hwp
from tests.test_fix114_hwp5 import card_report
from tests.test_fix114_shaded import _TOP, UP, Text, _cell, _pdf, _report, _row, _shaded_row

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


def test_a_band_of_two_boxes_over_a_cards_facts_is_no_table() -> None:
    """A project's band, its number's dark box beside its title's light one, over its
    facts set label beside value with no bullet: the card's heading, no table's header
    row (round 114 read a table `1 | 노후 보도 정비` and lost the project)."""
    texts: list[Text] = [*_TOP[:2], ((UP, 60, 725, 12), "Ⅱ. 주요업무 추진계획"),
                         ((UP, 68, 695, 12), "1"), ((UP, 150, 695, 12), "노후 보도 정비")]
    for y, label, value in [(665, "사업기간", "2025. 1.~12."), (649, "사 업 비", "1,200백만원"),
                            (633, "사업내용", "노후 보도 12km 정비")]:
        texts += [((UP, 68, y, 10), label), ((UP, 150, y, 10), value)]
    texts += [((UP, 60, 600, 12), "2. 소하천 정비")]
    fills = [(60.0, 689.0, 80.0, 22.0, 0.3), (140.0, 689.0, 400.0, 22.0, 0.9)]
    report = _report(_pdf(texts, fills))
    assert not report.table_cells
    assert "노후 보도 정비" in [x.title for x in report.projects]


def test_a_source_line_under_a_shaded_table_is_no_row() -> None:
    """`자료 : 예산서` and `(’25.1월 기준)` set under a table told apart by shading: a
    note, no row (round 114 ran it into the last row's cells)."""
    texts = [*_TOP, ((UP, 60, 690, 12), "1. 예 산"), ((UP, 470, 672, 9), "(단위 : 백만원)")]
    for i, words in enumerate([["구 분", "2025년", "2024년", "증 감"],
                               ["합 계", "38,420", "35,100", "3,320"],
                               ["안전총괄과", "9,850", "9,200", "650"]]):
        texts += _row(650 - 18 * i, words)
    texts += [((UP, 68, 596, 9), "자료 : 예산서"), ((UP, 428, 596, 9), "(’25.1월 기준)"),
              ((UP, 60, 560, 12), "2. 조 직")]
    report = _report(_pdf(texts, _shaded_row(650, 0.8)))
    assert _cell(report, "650") == ("안전총괄과", "증감", "백만원")
    assert not any("자료" in c.raw or "기준" in c.raw for c in report.table_cells)


def test_a_box_of_contents_is_no_table() -> None:
    """A contents page's entries in a box, `Ⅰ  일반현황  1` (number, heading, page) a
    line: the report's contents, no table headed by its first entry (round 114 read one
    and the contents lost their entries)."""
    texts: list[Text] = [*_TOP[:2], ((UP, 250, 700, 14), "목  차")]
    entries = [["Ⅰ", "일반현황", "1"], ["Ⅱ", "2024년 주요성과", "5"],
               ["Ⅲ", "2025년 주요업무 추진계획", "9"], ["Ⅳ", "예산 현황", "21"]]
    for i, words in enumerate(entries):
        texts += _row(660 - 22 * i, words, (80.0, 110.0, 480.0, 520.0))
    texts += [((UP, 60, 500, 12), "Ⅰ. 일반현황"), ((UP, 60, 480, 10), "1. 조 직 : 2과 8팀")]
    report = _report(_pdf(texts, frames=[(72.0, 580.0, 456.0, 100.0)]))
    assert not report.table_cells
    contents = [n for n in report.outline if n.kind == "contents"]
    assert contents and "2025년 주요업무 추진계획" in contents[0].text
