"""Tables a text export draws with box characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘, ASCII +--+ |):
read as grids, with merged cells, whatever width the writer's editor gave a box character;
and the records that build on them."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.document import Grid, Line, LineKind
from extract.read.boxdrawn import box_grids
from extract.read.text import read_text, split_lines
from tests.profiles import examples
from tests.test_other_reports import _text


def _grids(text: str) -> list[Grid]:
    return box_grids(split_lines(text))[0]


def _rows(grid: Grid) -> list[list[str]]:
    """The grid as rows of cell text; a position merged into another cell is "^" (from
    above) or "<" (from the left)."""
    out = []
    for r in range(grid.n_rows):
        row = []
        for c in range(grid.n_cols):
            cell = grid.at(r, c)
            assert cell is not None
            row.append(
                " ".join(cell.paragraphs) if (cell.row, cell.col) == (r, c)
                else "^" if cell.row < r else "<"
            )  # fmt: skip
        out.append(row)
    return out


def _width(s: str, box: int) -> int:
    return sum(
        box if "\u2500" <= ch <= "\u257f"
        else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in s
    )  # fmt: skip


def _draw(rows: list[list[str]], widths: list[int], box: int) -> str:
    """A table of one-line cells drawn as an editor whose box characters are ``box``
    columns wide draws it (a Korean editor: two; most others: one)."""

    def rule(left: str, mid: str, right: str) -> str:
        return left + mid.join("─" * (w // box) for w in widths) + right

    def row(cells: list[str]) -> str:
        return "│" + "│".join(
            " " + c + " " * (w - _width(c, box) - 1) for c, w in zip(cells, widths, strict=True)
        ) + "│"  # fmt: skip

    lines = [rule("┌", "┬", "┐")]
    for i, cells in enumerate(rows):
        if i:
            lines.append(rule("├", "┼", "┤"))
        lines.append(row(cells))
    lines.append(rule("└", "┴", "┘"))
    return "\n".join("  " + ln for ln in lines)


BUDGET = [
    ["구    분", "2024", "2025", "증감"],
    ["합    계", "1,200", "1,350", "150"],
    ["총무과", "700", "800", "100"],
    ["재무과", "500", "550", "50"],
]


@pytest.mark.parametrize("box", [1, 2])
def test_a_table_drawn_whatever_width_a_box_character_takes(box: int) -> None:
    """The same table drawn by an editor whose box characters take one column and by one
    whose take two (a Korean editor) reads as the same grid."""
    (grid,) = _grids(_draw(BUDGET, [12, 8, 8, 6], box))
    assert _rows(grid) == BUDGET
    assert grid.source == "ruled" and not grid.coverage_errors()


#: a 과's 정원 and 현원 rows under its name merged down both; the header's 구분 over two
#: columns (one-column box characters)
STAFF = """\
┌──────────────┬──────┬──────┐
│    구   분   │  계  │ 5급  │
├──────┬───────┼──────┼──────┤
│ 계   │ 정원  │    9 │    2 │
│      ├───────┼──────┼──────┤
│      │ 현원  │    8 │    2 │
├──────┼───────┼──────┼──────┤
│총무과│ 정원  │    9 │    2 │
│      ├───────┼──────┼──────┤
│      │ 현원  │    8 │    2 │
└──────┴───────┴──────┴──────┘"""

STAFF_ROWS = [
    ["구 분", "<", "계", "5급"],
    ["계", "정원", "9", "2"],
    ["^", "현원", "8", "2"],
    ["총무과", "정원", "9", "2"],
    ["^", "현원", "8", "2"],
]


def _squashed(rows: list[list[str]]) -> list[list[str]]:
    return [[" ".join(c.split()) for c in r] for r in rows]


def test_merged_cells_across_and_down() -> None:
    """A cell over two columns (the top rule draws no junction where the rule under it
    does) and a cell down two rows (the rule between them draws no stroke under it)."""
    (grid,) = _grids(STAFF)
    assert _squashed(_rows(grid)) == STAFF_ROWS
    assert grid.n_rows == 5 and grid.n_cols == 4


def test_an_open_rule_padded_narrower_than_its_strokes() -> None:
    """A writer who pads the open stretch of a rule ("│      ├───") with fewer columns
    than its strokes take: its borders still stand in order, and the cell goes on."""
    wide = STAFF.replace("─", "──").replace("┬", "┬ ").replace("┼", "┼ ")
    # (rows as an editor with two-column box characters pads them; the open stretch not)
    lines = []
    for ln in wide.split("\n"):
        if ln.startswith("│") and "─" not in ln:
            cells = ln.strip("│").split("│")
            ln = "│" + "│".join(c + " " * (len(c) + 1) for c in cells) + "│"
        lines.append(ln)
    (grid,) = _grids("\n".join(lines))
    assert _squashed(_rows(grid)) == STAFF_ROWS


def test_an_ascii_table_with_a_heavy_rule_under_its_header() -> None:
    """+---+ and | draw it; a rule of "=" ends the header; with no rule between the
    body's rows, each line is a row."""
    text = """\
+--------+------+
| 구분   | 건수 |
+========+======+
| 완료   |    3 |
| 추진중 |    1 |
+--------+------+"""
    (grid,) = _grids(text)
    assert _rows(grid) == [["구분", "건수"], ["완료", "3"], ["추진중", "1"]]
    assert grid.header_rows == 1


def test_a_row_of_several_lines_is_one_row() -> None:
    """Lines between two rules are one row: a cell's lines are its paragraphs."""
    text = """\
┌────────┬──────────────────┐
│ 부  서 │ 주 요 기 능      │
├────────┼──────────────────┤
│ 총무과 │ ◦ 인사 관리      │
│        │ ◦ 청사 관리      │
├────────┼──────────────────┤
│ 재무과 │ ◦ 예산 편성      │
└────────┴──────────────────┘"""
    (grid,) = _grids(text)
    assert grid.at(1, 1) is not None and grid.at(1, 1).paragraphs == ("◦ 인사 관리", "◦ 청사 관리")
    assert grid.at(1, 1).lines == (4, 5)
    assert grid.n_rows == 3


def test_a_page_number_inside_a_table() -> None:
    """A page's number between two rows of a table: the table goes on after it, the gap
    ending a row as a rule does."""
    text = """\
┌──────┬──────┐
│ 과   │ 인원 │
├──────┼──────┤
│ 총무 │    3 │

- 3 -

│ 재무 │    4 │
└──────┴──────┘"""
    (grid,) = _grids(text)
    assert _rows(grid) == [["과", "인원"], ["총무", "3"], ["재무", "4"]]


@pytest.mark.parametrize(
    "text",
    [
        # an organisation chart drawn with box lines: boxes side by side, no table
        "        국  장\n          │\n  ┌───────┼───────┐\n 총무과  재무과  세무과",
        # a framed title: one column, a box
        "┌──────────┐\n│ 비    전 │\n└──────────┘",
        # a rule under a heading and a line that mentions a vertical
        "□ 추진현황\n──────────────\n 2025 주요업무보고 │ 총무국",
    ],
    ids=["chart", "one-column", "rules"],
)
def test_drawings_that_are_no_table(text: str) -> None:
    assert _grids(text) == []


def test_a_rows_borders_are_gaps_to_a_reader_of_lines() -> None:
    """A row's line reads as its cells set apart, no border in its text (as a PDF's row of
    a table reads); a rule is furniture; the raw text keeps the drawing."""
    lines = read_text(STAFF.encode(), "t.txt").lines
    assert not any("│" in ln.text or "─" in ln.text for ln in lines if ln.is_content)
    assert lines[0].kind is LineKind.FURNITURE and lines[4].kind is LineKind.FURNITURE
    assert lines[3].text.split() == ["계", "정원", "9", "2"]
    assert lines[3].raw.startswith("│ 계")


def test_box_drawn_tables_give_their_records() -> None:
    """A report whose staffing and audit summary are drawn with box characters gives their
    records (the staffing had been lost, and the summary read from its headline alone)."""
    staff = "\n".join("  " + ln for ln in STAFF.replace("총무과", "행정과").split("\n"))
    summary = _draw(
        [["구    분", "계", "완료", "추진중"], ["계", "3", "2", "1"],
         ["시정요구", "2", "2", "-"], ["건의사항", "1", "-", "1"]],
        [10, 6, 6, 8], 1,
    )  # fmt: skip
    report = _text(
        "Ⅰ. 일반현황\n\n 1. 인    력\n\n                               (단위 : 명)\n"
        f"{staff}\n\n"
        "Ⅱ. 2024 행정사무감사 처리결과\n\n □ 처리현황 : 총 3건(완료 2, 추진중 1)\n\n"
        f"                                        (단위 : 건)\n{summary}"
        "\n\n □ 세부 처리내용\n\n  ① 민원 처리기간 준수 (행정과)\n    ○ 처리상황 : 완료\n"
    )
    staffing = {(s.unit, s.grade, s.authorized, s.current) for s in report.staffing}
    assert ("행정과", None, 9, 8) in staffing and ("행정과", "5급", 2, 2) in staffing
    got = [(a.category_raw, a.total, a.completed, a.in_progress) for a in report.audit_summary]
    assert got == [("계", 3, 2, 1), ("시정요구", 2, 2, 0), ("건의사항", 1, 0, 1)]


def test_line_numbers_are_the_files() -> None:
    """Cells keep the numbers of the lines their text stands on."""
    (grid,) = _grids("intro\n" + _draw(BUDGET[:2], [12, 8, 8, 6], 1))
    assert grid.at(1, 0) is not None and grid.at(1, 0).lines == (5,)
    assert isinstance(split_lines("x")[0], Line)


# --- properties ----------------------------------------------------------------------------

_WORD = st.text(alphabet="가나다라마바사업계획과팀 0123456789,.△%-()", min_size=0, max_size=8)


@settings(max_examples=examples(40), deadline=None)
@given(
    rows=st.integers(1, 6).flatmap(
        lambda n: st.lists(st.lists(_WORD, min_size=n, max_size=n), min_size=2, max_size=6)
    ),
    box=st.sampled_from([1, 2]),
)
def test_a_drawn_table_reads_back_as_drawn(rows: list[list[str]], box: int) -> None:
    """Any table of one-line cells, drawn by either kind of editor, reads back cell for
    cell (spaces inside a cell aside), its grid tiled by its cells."""
    rows = [[" ".join(c.split()) for c in r] for r in rows]
    n = len(rows[0])
    # (even widths: an editor whose box characters take two columns draws no half)
    widest = [max(_width(r[k], box) for r in rows) for k in range(n)]
    widths = [2 + w + w % 2 for w in widest]
    grids = _grids(_draw(rows, widths, box))
    if n == 1 or not any(c for r in rows for c in r):
        assert grids == []  # (one column: a box, no table; nothing written: no table)
        return
    (grid,) = grids
    assert not grid.coverage_errors()
    assert _rows(grid) == rows


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.text(alphabet="┌┬┐├┼┤└┴┘│─+-=| 가12", max_size=24), max_size=12))
def test_any_drawing_reads_or_reads_as_none(lines: list[str]) -> None:
    """Lines of box characters and words in any order: grids tiled by their cells, or
    none; never an error."""
    for grid in _grids("\n".join(lines)):
        assert not grid.coverage_errors()


@pytest.mark.parametrize(
    ("body", "rows"),
    [
        # each line names its row and holds figures: a row a line (no rule between them)
        (["│ 교육부 이전수입 │ 152,384 │", "│ 자 체 수 입     │  △4,180 │"],
         [["교육부 이전수입", "152,384"], ["자 체 수 입", "△4,180"]]),
        # a table of periods: each line a task and its marks
        (["│ 순회 상담 운영  │    ■    │", "│ 사례관리 협의회 │    ■    │"],
         [["순회 상담 운영", "■"], ["사례관리 협의회", "■"]]),
        # a wrapped label: its second line holds a word of it alone, one row
        (["│ 교육부 이전     │ 152,384 │", "│ 수입            │         │"],
         [["교육부 이전 수입", "152,384"]]),
        # a cell of duties over two lines beside a name: one row
        (["│ 기획예산        │ ◦ 예산  │", "│ 담당관          │ ◦ 조직  │"],
         [["기획예산 담당관", "◦ 예산 ◦ 조직"]]),
    ],
)  # fmt: skip
def test_lines_after_a_totals_row_each_a_row_where_each_is_one(
    body: list[str], rows: list[list[str]]
) -> None:
    """Lines between the rule under a total's row and the bottom rule: each a row where
    each names its row and holds a figure or a mark beside it (the rows had been one row of
    cells of several lines, their figures no values), else one row of several lines."""
    text = "\n".join([
        "┌─────────────────┬─────────┐", "│ 구      분      │ 예 산   │",
        "├─────────────────┼─────────┤", "│        계       │ 156,564 │",
        "├─────────────────┼─────────┤", *body, "└─────────────────┴─────────┘",
    ])  # fmt: skip
    (grid,) = _grids(text)
    got = [[" ".join(grid.at(r, c).paragraphs) for c in range(2)] for r in range(2, grid.n_rows)]  # type: ignore[union-attr]
    assert got == rows
