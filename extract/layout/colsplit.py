"""Tables cut by columns: a table too wide for its page printed in two parts, its left
columns on one page and its right columns on the next, each part repeating the row heads
(a 시·군별 배분 table: `구 분 | 계 | 춘천 | … | 홍천` on one page, `구 분 | 횡성 | … | 양양`
on the next, the same rows `경로당 냉난방비 지원`, `노인일자리 지원` on both).

Both parts are one table: the right part's columns go on after the left part's, each row
the row of the same heads (:func:`join_column_split`), so that a total column on the
left (`계`) sums the columns of both, and each cell keeps the header path of its row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from extract.document import Grid, Line
from extract.layout.boxes import cell_text
from extract.layout.captions import says_continued
from extract.layout.sheetpages import next_page
from extract.layout.vocab import CONTINUED_MARKS

#: the marks that a table goes on, spaces aside
_MARKS = frozenset("".join(mark.split()) for mark in CONTINUED_MARKS)


def _texts(g: Grid, col: int) -> list[str]:
    """The text (spaces aside) of each row's cell in column ``col``."""
    out: list[str] = []
    for r in range(g.n_rows):
        c = g.at(r, col)
        out.append("".join(cell_text(c).split()) if c is not None else "")
    return out


def _shared_heads(a: Grid, b: Grid) -> int:
    """How many leading columns ``a`` and ``b`` share row for row (the row heads each part
    repeats); 0 where their rows differ or a head cell spans past them."""
    if a.n_rows != b.n_rows:
        return 0
    k = 0
    while k < min(a.n_cols, b.n_cols) - 1 and _texts(a, k) == _texts(b, k):
        k += 1
    for g in (a, b):
        if any(c.col < k < c.col + c.col_span for c in g.cells):
            return 0
    return k


def _head_row(g: Grid, k: int) -> set[str]:
    return {"".join(cell_text(c).split()) for c in g.cells if c.row == 0 and c.col >= k} - {""}


def splits_columns(a: Grid, b: Grid, lines: Sequence[Line], pos: dict[int, int]) -> int:
    """The number of row-head columns ``b`` repeats where it is the right part of ``a``
    cut by columns onto the next page, else 0: as many rows, the same heads in its first
    columns row for row (two labels at least, its header's among them), other columns
    under other headers, and nothing between the parts but furniture, a line that says
    the table goes on and ``a``'s caption again (`(단위 : 백만원)`)."""
    if not next_page(a, b) or a.source != b.source or not a.lines or not b.lines:
        return 0
    k = _shared_heads(a, b)
    if not k or a.n_rows < 3:
        return 0
    heads = [t for t in _texts(a, 0) if t]
    if len(set(heads)) < 3:
        return 0
    left, right = _head_row(a, k), _head_row(b, k)
    if not left or not right or left & right:
        return 0
    above = _heading(lines, pos[a.lines[0]])
    gap = lines[pos[a.lines[-1]] + 1 : pos[b.lines[0]]]
    for ln in gap:
        if ln.is_content and not says_continued(ln) and not _said_again(ln, above):
            return 0
    return k


#: how many lines over a table its caption and title take at most
_HEADING_LINES = 3


def _heading(lines: Sequence[Line], at: int) -> list[str]:
    """The texts (spaces aside) of the content lines over line ``at``: its caption and
    the title over it."""
    out: list[str] = []
    k = at - 1
    while k >= 0 and len(out) < _HEADING_LINES:
        if lines[k].is_content:
            out.append("".join(lines[k].text.split()))
        k -= 1
    return out


def _said_again(ln: Line, above: Sequence[str]) -> bool:
    """Whether ``ln`` says again what stands over the table's first part: its caption
    (`(단위 : 백만원)`; alone, where the first part's title held it too), or its title with
    a mark that it goes on (`1. … 배분 계획(계속)`)."""
    text = "".join(ln.text.split())
    if not above:
        return False
    if text == above[0] or (text.startswith("(") and text.endswith(")") and text in above[0]):
        return True
    bare = next((text[: -len(m)] for m in _MARKS if text.endswith(m)), None)
    return bool(bare) and bare in above


def join_column_split(grids: Sequence[Grid], lines: Sequence[Line],
                      pos: dict[int, int]) -> list[Grid]:  # fmt: skip
    """The grids with each table cut by columns over two pages made one: the right
    part's columns after the left part's, its repeated row heads dropped."""
    out: list[Grid] = []
    for g in grids:
        k = splits_columns(out[-1], g, lines, pos) if out else 0
        if not k:
            out.append(g)
            continue
        a = out[-1]
        shift = a.n_cols - k
        moved = [replace(c, col=c.col + shift) for c in g.cells if c.col >= k]
        cells = sorted([*a.cells, *moved], key=lambda c: (c.row, c.col))
        out[-1] = replace(a, cells=cells, n_cols=a.n_cols + g.n_cols - k,
                          page_end=g.page_end, side=g.side)  # fmt: skip
    return out


def page_gaps(g: Grid) -> set[int]:
    """The lines between a grid's parts on pages one after another (its caption again
    over the columns the next page goes on with: `(단위 : 백만원)`)."""
    by_page: dict[int, list[int]] = {}
    for c in g.cells:
        if c.page is not None and c.lines:
            by_page.setdefault(c.page, []).extend(c.lines)
    pages = sorted(by_page)
    out: set[int] = set()
    for p, q in pairwise(pages):
        out.update(range(max(by_page[p]) + 1, min(by_page[q])))
    return out
