"""A table row a page break cut in the middle of a cell, the next page drawing no header
again: the rest of the cell alone atop the page, `… | 90가구)`, over the table's last
whole row. The piece is a box by its shape alone; it goes on with the table above, the
rest joins its cell, and the row after it is the table's (it had been an outline
`figure` node, the last row lost)."""

from __future__ import annotations

from extract.document import Line
from extract.layout.cells import TableCell
from extract.layout.pagebreaks import rejoin_unfilled_row
from extract.layout.tables import build_tables, is_box
from tests.test_probe38 import page_grid

_HEAD = ["부 서", "세부사업명", "기정액", "추경액", "사 유"]
_ABOVE = [
    _HEAD,
    ["에너지산업과", "신재생에너지 융복합 지원", "2,100,000", "3,960,000", "공모 선정"],
    ["", "주택 태양광 보급 지원", "1,200,000", "1,950,000", "신청 수요 증가(300가구→4"],
]


def _lines() -> list[Line]:
    return [Line(n, "x", "x", page=5 if n < 4 else 6) for n in range(1, 6)]


def test_the_rest_of_a_cut_cell_over_a_whole_row_goes_on_with_the_table() -> None:
    above = page_grid(_ABOVE, 5, 1)
    rest = ["", "", "", "", "90가구)"]
    last = ["", "에너지 취약계층 효율개선", "640,000", "1,695,000", "교체 확대"]
    below = page_grid([rest, last], 6, 4)
    assert is_box(below)
    (table,) = build_tables([above, below], _lines())
    assert table.n_rows == 4
    rows = {r: [c.text for c in table.cells if c.row == r] for r in range(4)}
    assert rows[2][-1] == "신청 수요 증가(300가구→4 90가구)"
    assert rows[3][1:] == ["에너지 취약계층 효율개선", "640,000", "1,695,000", "교체 확대"]


def test_a_box_atop_the_next_page_stays_apart() -> None:
    """A box of a note and a line of one cell, or of a label beside its text, under a
    table on the page before: no part of it."""
    above = page_grid(_ABOVE, 5, 1)
    for rows in (
        [["", "", "", "", "※ 국비 내시 기준"], ["", "", "", "", "(단위 : 천원)"]],
        [["", "", "", "", "추진방향"], ["", "추진방향", "", "", "수요자 중심"]],
    ):
        tables = build_tables([above, page_grid(rows, 6, 4)], _lines())
        assert tables[0].n_rows == 3


def _row(row: int, *texts: str) -> list[TableCell]:
    return [TableCell(row, col, 1, 1, t) for col, t in enumerate(texts)]


def test_a_figure_that_closes_the_bracket_the_cell_above_left_open_is_its_rest() -> None:
    above = [*_row(0, *_HEAD), *_row(1, *_ABOVE[1]), *_row(2, *_ABOVE[2])]
    after = _row(4, "", "보일러 교체", "640", "1,695", "확대")
    more = [*_row(3, "", "", "", "", "90가구)"), *after]
    joined, _, cut = rejoin_unfilled_row(list(above), more, 3, 1)
    assert cut == 1
    assert [c.text for c in joined if c.row == 2][-1] == "신청 수요 증가(300가구→4 90가구)"
    # (a figure that closes no bracket is a cell of its own)
    more = [*_row(3, "", "", "", "", "90가구"), *after]
    assert rejoin_unfilled_row(list(above), more, 3, 1)[2] == 0
