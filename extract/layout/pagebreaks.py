"""A table's rows cut by a page break, joined again: the cells of its part on the next
page read against the part above (:func:`extract.layout.tables.build_table` calls them in
turn): a sliver of blank row dropped (:func:`drop_blank_row`), a row cut in two made one
(:func:`rejoin_split_row`, :func:`rejoin_unfilled_row`), a group's label merged down its
rows spanning both parts (:func:`rejoin_split_groups`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import regex

from extract.layout.cells import TableCell, is_value

#: a row's number in its first cell ("3", "12.")
_ROW_NUMBER = regex.compile(r"\d{1,3}\.?")


def drop_blank_row(more: list[TableCell], first: int) -> tuple[list[TableCell], int]:
    """The cells of a table's part on the next page without its first row where every cell
    of it is blank (a sliver of the row the break cut, "" across the table over the next
    rows, a group's merged cell going on down from it): returns the cells and 1, or them as
    they are and 0."""
    head = [c for c in more if c.row == first]
    if not head or any(c.text.strip() for c in head) or all(c.row_span > 1 for c in head):
        return more, 0
    out = []
    for c in more:
        if c.row == first and c.row_span == 1:
            continue
        if c.row == first:
            out.append(replace(c, row_span=c.row_span - 1))
        else:
            out.append(replace(c, row=c.row - 1))
    return out, 1


def rejoin_split_row(
    above: list[TableCell], more: list[TableCell], first: int
) -> tuple[list[TableCell], list[TableCell], int]:
    """A row a page break cut: its first cell, the row's number (연번), written above the
    break and empty below it, every other cell of the part below under one of the part above
    (a long finding over two pages): the part below joins the row above, the rows after it
    move up one.  Returns the cells above, the cells below and 1, or them as they are and
    0 for a table whose next page starts a row of its own."""
    last = {c.col: c for c in above if c.row + c.row_span - 1 == first - 1 and c.row == first - 1}
    head = [c for c in more if c.row == first]
    key = last.get(0)
    own = next((c for c in head if c.col == 0), None)
    texts = [c for c in head if c.text.strip()]
    if (
        key is None or not _ROW_NUMBER.fullmatch(key.text.strip())
        or (own is not None and own.text.strip()) or not texts
        or any(c.row_span != 1 or c.col not in last or last[c.col].col_span != c.col_span
               for c in head)
    ):  # fmt: skip
        return above, more, 0
    joined = {c.col: c for c in texts}
    out = [
        replace(c, text=f"{c.text} {joined[c.col].text}".strip(),
                lines=c.lines + joined[c.col].lines)
        if c.col in joined and c.row == first - 1 else c
        for c in above
    ]  # fmt: skip
    below = [replace(c, row=c.row - 1) for c in more if c.row != first]
    return out, below, 1


def _closes(above: str, below: str) -> bool:
    """Whether ``below`` closes a bracket ``above`` left open: one text cut in two."""
    return above.count("(") > above.count(")") and below.count(")") > below.count("(")


def rejoin_unfilled_row(
    above: list[TableCell], more: list[TableCell], first: int, body: int
) -> tuple[list[TableCell], list[TableCell], int]:
    """A row a page break cut where no row number says so: the part below has words only,
    each under a cell of words of the row above, and leaves empty a column every other
    row of the table fills (a finding's status, "완료" left above the break; an item's
    amounts) - the rest of the row above ("간선도로 및 이면도로 노후 포장" / "유지보수").
    ``body``: the first row under the header.  Returns as :func:`rejoin_split_row`."""
    head = [c for c in more if c.row == first]
    texts = [c for c in head if c.text.strip()]
    ends = {c.col: c for c in above if c.row + c.row_span == first and c.text.strip()}
    if not texts or any(
        c.row_span != 1 or (a := ends.get(c.col)) is None
        or a.col_span != c.col_span or is_value(a.text)
        # (a figure is a cell of its own, unless it closes the bracket the cell above
        # left open: "신청 수요 증가(300가구→4" / "90가구)")
        or (is_value(c.text) and not _closes(a.text, c.text))
        for c in texts
    ):  # fmt: skip
        return above, more, 0
    # (the columns each other row fills with a cell of its own: not a group's label merged
    # down its rows, which the next page draws empty going on)
    cells = [c for c in (*above, *more) if c.row >= body and c.row != first]
    rows = {c.row for c in cells}
    merged = {c.col for c in cells if c.row_span > 1}
    filled: dict[int, set[int]] = {}
    for c in cells:
        if c.text.strip() and c.col not in merged:
            filled.setdefault(c.col, set()).add(c.row)
    empty = {c.col for c in head if not c.text.strip()} | (set(filled) - {c.col for c in head})
    told = [k for k in empty if filled.get(k, set()) >= rows]
    if len(rows) < 2 or not told:
        return above, more, 0
    # (where only columns of figures say so, the row's own first cell is empty too: a new
    # row, "교통과 | 스마트 교차로 … | (blank)", names itself)
    figures = all(all(is_value(c.text) for c in cells if c.col == k) for k in told)
    lead = next((c for c in head if c.col == min(c.col for c in head)), None)
    if figures and lead is not None and lead.text.strip():
        return above, more, 0
    joined = {c.col: c for c in texts}
    out = [
        replace(c, text=f"{c.text} {joined[c.col].text}".strip(),
                lines=c.lines + joined[c.col].lines)
        if c.col in joined and ends.get(c.col) is c else c
        for c in above
    ]  # fmt: skip
    below = [
        replace(c, row_span=c.row_span - 1) if c.row == first else replace(c, row=c.row - 1)
        for c in more if c.row != first or c.row_span > 1
    ]  # fmt: skip
    return out, below, 1


def rejoin_split_groups(
    above: list[TableCell], more: list[TableCell], first: int
) -> list[TableCell]:
    """The cells of a table and of its part on the next page, which starts at row
    ``first``: a group's label merged down its rows, cut by the page break (the next
    page's part of the merged cell drawn empty, "의정담당관" / ""), spans both again.
    A cell left of the rows' own labels only, its label ending the page above, empty
    where the next page starts, the labels beside it written."""
    out = list(above)
    at = {(c.row + c.row_span - 1, c.col): i for i, c in enumerate(out)}
    kept: list[TableCell] = []
    for c in more:
        i = at.get((first - 1, c.col))
        cut = c.row == first and c.col_span == 1 and not c.text.strip() and i is not None
        if cut and i is not None and (
            out[i].text.strip() and out[i].col_span == 1 and not is_value(out[i].text)
            and _labels_beside(out, first - 1, c.col, 1)
            and _labels_beside(more, first, c.col, c.row_span)
        ):  # fmt: skip
            out[i] = replace(out[i], row_span=out[i].row_span + c.row_span,
                             lines=out[i].lines + c.lines)  # fmt: skip
            continue
        kept.append(c)
    return out + kept


def _labels_beside(cells: Sequence[TableCell], row: int, col: int, span: int) -> bool:
    """Whether every row of ``row`` .. ``row + span - 1`` has a label right of ``col``
    (the rows' own names, a figure's cell further right), after the rows' numbers where a
    column of them stands between ("분야 | 연번 | 사업명")."""

    def rows_of(at: int, ok: Callable[[str], bool]) -> set[int]:
        return {
            r for c in cells if c.col == at and c.text.strip() and ok(c.text)
            for r in range(c.row, c.row + c.row_span)
        }  # fmt: skip

    labelled = rows_of(col + 1, lambda t: not is_value(t))
    numbered = rows_of(col + 1, lambda t: _ROW_NUMBER.fullmatch(t.strip()) is not None)
    labelled |= numbered & rows_of(col + 2, lambda t: not is_value(t))
    return all(r in labelled for r in range(row, row + span))
