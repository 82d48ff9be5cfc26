"""A cell merged down over rows of a table drawn with box characters whose text stands on
a rule between them, as a viewer centres it (`│ 환경국 ├────┼────┤`): that line is a rule
for the columns it strokes and the merged cell's text where it is written."""

from __future__ import annotations

import re

from extract.document import Grid
from extract.read.boxdrawn import box_grids
from extract.read.text import read_text, split_lines
from tests.test_boxdrawn import _rows as _drawn_rows
from tests.test_other_reports import _text


def _grids(text: str) -> list[Grid]:
    return box_grids(split_lines(text))[0]


def _rows(grid: Grid) -> list[list[str]]:
    """:func:`tests.test_boxdrawn._rows`, each cell's spaces squashed."""
    return [[" ".join(t.split()) for t in row] for row in _drawn_rows(grid)]


#: a 국 merged down over its four 과, its name on the rule between the second and the third
ORG = """\
┌────────┬────────────┬──────┬──────────────────────────┐
│   국   │     과     │ 팀수 │          팀  명          │
├────────┼────────────┼──────┼──────────────────────────┤
│        │ 총무과     │    2 │ 인사팀, 서무팀           │
│        ├────────────┼──────┼──────────────────────────┤
│        │ 재무과     │    2 │ 예산팀, 회계팀           │
│ 행정국 ├────────────┼──────┼──────────────────────────┤
│        │ 세무과     │    2 │ 세정팀, 징수팀           │
│        ├────────────┼──────┼──────────────────────────┤
│        │ 민원과     │    2 │ 민원팀, 여권팀           │
└────────┴────────────┴──────┴──────────────────────────┘"""

ORG_ROWS = [
    ["국", "과", "팀수", "팀 명"],
    ["행정국", "총무과", "2", "인사팀, 서무팀"],
    ["^", "재무과", "2", "예산팀, 회계팀"],
    ["^", "세무과", "2", "세정팀, 징수팀"],
    ["^", "민원과", "2", "민원팀, 여권팀"],
]


def test_a_merged_cells_name_on_the_rule_between_its_rows() -> None:
    """The line `│ 행정국 ├────┼──┤` parts 재무과's row from 세무과's, and 행정국 is the
    text of the cell merged down beside all four (the rows had been one, strokes in
    their cells)."""
    (grid,) = _grids(ORG)
    assert _rows(grid) == ORG_ROWS
    assert not grid.coverage_errors()
    assert not any("─" in p for c in grid.cells for p in c.paragraphs)


def test_the_same_with_two_column_box_characters() -> None:
    """A Korean editor draws a box character two columns wide, half the strokes over the
    same cells: the same grid."""
    wide = re.sub(r"─+", lambda m: "─" * (len(m.group()) // 2), ORG)
    (grid,) = _grids(wide)
    assert _rows(grid) == ORG_ROWS


def test_a_merged_cells_text_wherever_it_stands_in_its_rows() -> None:
    """A cell merged down over two rows, its name on the first row's line, on the rule
    between, or on the second row's line: the same grid."""

    def drawn(at: int) -> str:
        name = ["│        │", "│        ├", "│        │"]
        name[at] = name[at].replace("        ", " 총무과 ")
        return "\n".join([
            "┌────────┬──────┬──────┐",
            "│ 부  서 │ 구분 │ 인원 │",
            "├────────┼──────┼──────┤",
            f"{name[0]} 정원 │    9 │",
            f"{name[1]}──────┼──────┤",
            f"{name[2]} 현원 │    8 │",
            "└────────┴──────┴──────┘",
        ])  # fmt: skip

    rows = [["부 서", "구분", "인원"], ["총무과", "정원", "9"], ["^", "현원", "8"]]
    for at in range(3):
        (grid,) = _grids(drawn(at))
        assert _rows(grid) == rows


#: a header of two rows, groups over 정원 | 현원, 구분 merged down beside them on the rule
#: under the groups; a `-` alone in a cell is a figure, no stroke
STAFF = """\
┌──────────┬───────────────┬───────────────┐
│          │      계       │     5  급     │
│  구  분  ├───────┬───────┼───────┬───────┤
│          │ 정 원 │ 현 원 │ 정 원 │ 현 원 │
├──────────┼───────┼───────┼───────┼───────┤
│    계    │    12 │    11 │     - │     - │
├──────────┼───────┼───────┼───────┼───────┤
│  총무과  │    12 │    11 │     - │     - │
└──────────┴───────┴───────┴───────┴───────┘"""


def test_a_header_group_over_two_columns_beside_a_label_on_the_rule() -> None:
    """`│ 구 분 ├───┬───┼` is the rule under the groups 계 and 5 급, and 구 분 the cell
    merged down both header rows (the header rows had been one, `계 ─── ─── 정 원 현 원`)."""
    (grid,) = _grids(STAFF)
    assert _rows(grid) == [
        ["구 분", "계", "<", "5 급", "<"],
        ["^", "정 원", "현 원", "정 원", "현 원"],
        ["계", "12", "11", "-", "-"],
        ["총무과", "12", "11", "-", "-"],
    ]


def test_a_cell_of_two_lines_its_second_on_the_rule_with_a_dash_in_a_header() -> None:
    """`2026년` / `예산(A)` merged down two header rows, its second line on the rule under
    `증 감`; the header `금액(A-B)` holds a dash and is no stroke."""
    text = """\
┌────────┬──────────┬──────────────────────┐
│        │  2026년  │       증    감       │
│ 구  분 │  예산(A) ├───────────┬──────────┤
│        │          │ 금액(A-B) │ 비율(%)  │
├────────┼──────────┼───────────┼──────────┤
│ 합  계 │   12,840 │     1,320 │     11.5 │
└────────┴──────────┴───────────┴──────────┘"""
    (grid,) = _grids(text)
    assert _rows(grid) == [
        ["구 분", "2026년 예산(A)", "증 감", "<"],
        ["^", "^", "금액(A-B)", "비율(%)"],
        ["합 계", "12,840", "1,320", "11.5"],
    ]


def test_a_reader_of_lines_sees_the_text_on_the_rule_and_no_stroke() -> None:
    """The rule's line reads as the merged cell's text alone: no stroke left in it."""
    lines = read_text(ORG.encode(), "t.txt").lines
    crossed = lines[6]
    assert crossed.is_content and crossed.text.split() == ["행정국"]
    assert not any("─" in ln.text for ln in lines if ln.is_content)


def test_the_records_of_tables_with_text_on_their_rules() -> None:
    """A report whose organisation table sets its 국 on a rule, and whose staffing header
    sets 구 분 on the rule under its groups: each 과 under the 국 with its teams, each
    과's 정원 and 현원 by grade."""
    org = "\n".join("  " + ln for ln in ORG.split("\n"))
    staff = "\n".join("  " + ln for ln in STAFF.split("\n"))
    report = _text(
        "Ⅰ. 일반현황\n\n 1. 조    직 : 1국 4과 8팀\n\n"
        f"{org}\n\n 2. 인    력\n\n                                   (단위 : 명)\n"
        f"{staff}\n"
    )
    units = {(u.name, u.parent) for u in report.organization}
    assert {("총무과", "행정국"), ("재무과", "행정국"), ("세무과", "행정국"),
            ("민원과", "행정국")} <= units  # fmt: skip
    assert {("예산팀", "재무과"), ("세정팀", "세무과")} <= units
    assert not any("─" in u.name for u in report.organization)
    staffing = {(s.unit, s.grade, s.authorized, s.current) for s in report.staffing}
    assert ("총무과", None, 12, 11) in staffing
