"""Tables a page break cut: the pieces of one table on pages one after another.

A grid that starts a page and goes on with the table that ended the page before (same
columns, nothing between them but furniture and captions) joins it (:func:`continues`,
:func:`join_continued`); so does a lone row or a lone header a break left on a page of its
own (:func:`with_cut_rows`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.document import Cell, Grid, Line, LineKind
from extract.layout.boxes import cell_text, is_box
from extract.layout.captions import is_caption, says_continued
from extract.layout.cells import is_value
from extract.layout.footnotes import is_page_footnote, raised_marks
from extract.layout.sheetpages import next_page
from extract.layout.vocab import YEAR


def row_texts(grid: Grid, rows: int) -> list[str]:
    return ["".join(cell_text(c).split()) for c in grid.cells if c.row < rows]


#: a page's number in a text export's furniture ("- 2 -", "2 / 18"), not a drawn rule
_PAGE_NUMBER = re.compile(r"\d")
#: a year or date a caption names
_DATED = re.compile(YEAR)


def continues(a: Grid, b: Grid, lines: Sequence[Line], pos: dict[int, int]) -> bool:
    """Does ``b`` continue ``a`` on the next page (same columns, nothing in between)?  In
    a file of no pages (a text export), the next page is told by its number between them,
    ``- 2 -``, a line of furniture, or by a line that says it, ``(계속)``, and ``b`` opens
    with ``a``'s header again."""
    if not a.lines or not b.lines or a.n_cols != b.n_cols:
        return False
    if a.page_end is None and b.page_start is None:
        # (and its header again: two tables of as many columns a page apart are none; nor
        # two whose captions name their years, "(2026년 본예산 기준, 단위 : 천원)")
        gap = lines[pos[a.lines[-1]] + 1 : pos[b.lines[0]]]
        # (a file of no pages, an HWPX, says so in a line of its own: "(계속)")
        if not any(
            (ln.kind is LineKind.FURNITURE and _PAGE_NUMBER.search(ln.text))
            or (ln.is_content and says_continued(ln))
            for ln in gap
        ) and not _split_again(a, b, gap, _caption_of(a, lines, pos)):
            return False
        said = [ln.text for ln in gap if ln.is_content]
        again = _header_again(a, b) or _numbers_on(a, b)
        # (a's own caption repeated over its header is no other table's: "(’26. 1. 1.
        # 기준, 단위 : 명)" atop both pages)
        dated = [t for t in said if _DATED.search(t) and "계속" not in t]
        if not again or (dated and any("".join(t.split()) != _caption_of(a, lines, pos)
                                       for t in dated)):  # fmt: skip
            return False
    elif not next_page(a, b):
        return False
    if (
        a.bbox is not None
        and b.bbox is not None
        and (abs(a.bbox[0] - b.bbox[0]) > 6 or abs(a.bbox[2] - b.bbox[2]) > 6)
    ):
        return False
    stretch = lines[pos[a.lines[-1]] + 1 : pos[b.lines[0]]]
    numbered = any(ln.is_content and ln.text[:1].isdigit() for ln in stretch)
    marks = raised_marks([ln for ln in lines if ln.page == a.page_end]) if numbered else {}
    # (nor a footnote at the page's foot, its mark raised in the table: "1) 2026. 1. 1. …")
    between = [
        ln for ln in stretch
        if ln.is_content and not is_caption(ln) and not is_page_footnote(ln, marks)
    ]  # fmt: skip
    return not between and not _card_again(a, b)


def _split_again(a: Grid, b: Grid, gap: Sequence[Line], caption: str | None) -> bool:
    """Whether ``b`` is the rest of ``a`` split off as a table of its own (a long table
    pasted from a sheet and cut in two, "표 나누기"): it opens with ``a``'s header again
    over rows of its own, with nothing between them but blank lines and ``a``'s caption
    again ("(단위 : 천원)"), of three columns at least; ``a`` holds two rows at least under
    its header (a card of labels over one row of values, "사 업 명 | 사업기간 | 사 업 비"
    over its project's, is followed by the next card's, no part of it)."""
    heads = [c for c in a.cells if c.row == 0 and not c.is_empty]
    depth = max((c.row + c.row_span for c in heads), default=0)
    return (
        len(heads) >= 3  # (a card of labels beside values, "항 목 | 내 용", is no sheet)
        and a.n_rows >= depth + 2
        and b.n_rows > depth
        and _header_again(a, b)
        and all(
            caption is not None and "".join(ln.text.split()) == caption
            for ln in gap if ln.is_content
        )
    )  # fmt: skip


def _caption_of(a: Grid, lines: Sequence[Line], pos: dict[int, int]) -> str | None:
    """The text (spaces aside) of the content line right above a text table's first line,
    where that is its caption; None where there is none."""
    k = pos[a.lines[0]] - 1
    while k >= 0 and not lines[k].is_content:
        k -= 1
    above = lines[k] if k >= 0 else None
    return "".join(above.text.split()) if above is not None and is_caption(above) else None


#: a row's number in a table's first column ("4", "12."), no amount
_ROW_NUMBER = re.compile(r"^(\d{1,3})\.?$")


def _numbers_on(a: Grid, b: Grid) -> bool:
    """Whether ``b`` opens with the row ``a``'s numbers in its first column lead to, no
    header again ("3 | …" at a page's foot, "4 | …" atop the next): the rest of ``a``."""
    firsts = sorted((c.row, cell_text(c).strip()) for c in a.cells if c.col == 0)
    last = next((m for _, t in reversed(firsts) if (m := _ROW_NUMBER.match(t))), None)
    top = next((cell_text(c).strip() for c in b.cells if c.row == c.col == 0), "")
    opening = _ROW_NUMBER.match(top)
    return last is not None and opening is not None and int(opening[1]) == int(last[1]) + 1


def _card_again(a: Grid, b: Grid) -> bool:
    """Whether ``b`` opens as ``a`` does with a label beside another value: the next card
    ("사업명 | 가족센터 운영" over "사업명 | 아이돌봄 지원"), no part of the card above."""
    first_a, first_b = row_texts(a, 1), row_texts(b, 1)
    return (
        len(first_a) == len(first_b) == 2
        and first_a[0] == first_b[0] != ""
        and not is_value(first_a[0])
        and first_a[1] != first_b[1]
    )


def drawn_inside(grids: Sequence[Grid]) -> set[int]:
    """Ids of the grids drawn inside a table's cell (a box's are tables of their own)."""
    out: set[int] = set()
    for g in grids:
        inner = [t for c in g.cells for t in c.tables]
        if not is_box(g):
            out.update(id(t) for t in inner)
        out |= drawn_inside(inner)
    return out


#: fewest cells of text a lone row on the next page has to go on with a table above
MIN_CUT_ROW_CELLS = 3


#: the most letters (spaces aside) of a header's cell a page break left alone
MAX_CUT_HEADER = 8


def _header_row(cells: Sequence[Cell]) -> bool:
    """Two or more cells, each a short word or two and no figure ("일 정 | 추 진 내 용";
    not "추진목표 | 청년 일자리 창출 기반 마련", a box of a label and its sentence)."""
    texts = ["".join(c.text.split()) for c in cells]
    return len(texts) >= 2 and all(
        0 < len(t) <= MAX_CUT_HEADER and not is_value(t) for t in texts
    )


def _cut_header(g: Grid) -> bool:
    """A lone header row at the foot of its page (:func:`_header_row`): the header of the
    table atop the next page it goes on with, the page break between them."""
    return g.n_rows == 1 and _header_row(g.cells)


def with_cut_rows(
    data: list[Grid], grids: Sequence[Grid], lines: Sequence[Line], pos: dict[int, int]
) -> list[Grid]:
    """The data grids and, each after the table it goes on, a lone row that a page break
    left alone atop the next page (one row of cells with no header again, a box by its
    shape: "12 | 남부권 농촌 일손 연계 지원 | 2026. 3.~11. | 540 | …")."""
    out = list(data)
    tables = {id(d) for d in data}
    for g in grids:
        texts = sum(1 for c in g.cells if not c.is_empty)
        after = [d for d in out if (d.page_start or 0) > (g.page_end or 0)]
        if (
            id(g) not in tables and after and _cut_header(g)
            and continues(g, after[0], lines, pos)
        ):  # fmt: skip
            out.insert(out.index(after[0]), g)  # (its header alone at the foot of the page)
            continue
        before = [d for d in out if d.page_end is not None and d.page_end < (g.page_start or 0)]
        last = before[-1] if before else None
        if (
            id(g) not in tables and last is not None and g.n_rows > 1
            and _header_again(last, g) and continues(last, g, lines, pos)
        ):  # fmt: skip
            # (its header again atop the next page over the rest of a row the break cut,
            # one cell filled: "과 | 팀 | 주요업무" / " |  | 생활안전지도 정보 제공")
            out.insert(out.index(last) + 1, g)
            continue
        if (
            id(g) not in tables and last is not None and _cut_rest(g)
            and continues(last, g, lines, pos)
        ):  # fmt: skip
            # (no header again: the rest of a row the break cut, one cell filled, over
            # whole rows, "… | 90가구)" / "에너지 취약계층 효율개선 | 640,000 | …": a box by
            # its shape alone)
            out.insert(out.index(last) + 1, g)
            continue
        if id(g) in tables or g.n_rows != 1 or texts < MIN_CUT_ROW_CELLS:
            continue
        if last is not None and continues(last, g, lines, pos):
            out.insert(out.index(last) + 1, g)
    return out


def _cut_rest(g: Grid) -> bool:
    """Whether a grid opens with the rest of a row a page break cut (fewer cells filled
    than half its columns, no figure alone) over rows each of as many cells as a lone row
    has to have (:data:`MIN_CUT_ROW_CELLS`)."""
    if g.n_rows < 2 or g.n_cols < MIN_CUT_ROW_CELLS:
        return False
    filled: dict[int, list[Cell]] = {}
    for c in g.cells:
        if not c.is_empty:
            filled.setdefault(c.row, []).append(c)
    first = filled.get(0, [])
    rest = [filled.get(r, []) for r in range(1, g.n_rows)]
    return 0 < 2 * len(first) < g.n_cols and all(len(r) >= MIN_CUT_ROW_CELLS for r in rest)


def _header_again(table: Grid, piece: Grid) -> bool:
    """Whether a piece's first row is the table's first (its header repeated atop the
    next page), cell for cell, as many columns."""

    def first(g: Grid) -> list[str]:
        return ["".join(c.text.split()) for c in sorted(g.cells, key=lambda c: c.col) if c.row == 0]

    return piece.n_cols == table.n_cols and any(first(piece)) and first(piece) == first(table)


def join_continued(grids: Sequence[Grid], lines: Sequence[Line]) -> list[list[Grid]]:
    """Grids grouped into tables: a grid continuing the one before joins it; a table
    drawn in a cell's continues the one before it drawn so, and an outer table the outer
    table before it, whatever was drawn inside that (사회복지국 p45-47: a table of
    projects, each with its budget's table in its cell)."""
    pos = {ln.no: i for i, ln in enumerate(lines)}
    inside = drawn_inside(grids) & {id(g) for g in grids}
    groups: list[list[Grid]] = []
    for g in grids:
        last = next(
            (grp for grp in reversed(groups) if (id(grp[0]) in inside) == (id(g) in inside)),
            None,
        )
        if last is not None and continues(last[-1], g, lines, pos):
            last.append(g)
        else:
            groups.append([g])
    return groups
