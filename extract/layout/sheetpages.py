"""Which page follows which, where a PDF prints two pages on a sheet side by side (2-up,
모아찍기): a table's part on the left page of a sheet goes on on the right page of the same
sheet, and one on the right page on the left page of the next sheet.  The reader says a
table's side (:attr:`~extract.document.Grid.side`); a table of a sheet of one page has none.
"""

from __future__ import annotations

from extract.document import Grid

#: the page a side is (0 left, 1 right) counted from the sheet's first
LEFT, RIGHT = 0, 1


def next_page(a: Grid, b: Grid) -> bool:
    """Whether ``b`` stands on the page right after ``a``'s last (as printed: the right
    page of ``a``'s sheet after its left, else the next sheet's first page)."""
    if a.page_end is None or b.page_start is None:
        return False
    if b.page_start == a.page_end:
        return a.side == LEFT and b.side == RIGHT
    # (the next sheet: from a's sheet's last page, to that sheet's first)
    return b.page_start == a.page_end + 1 and a.side != LEFT and b.side != RIGHT
