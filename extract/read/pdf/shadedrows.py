"""Tables told apart by shading alone: a shaded header row (each cell its own fill, side
by side), the rows under it set in its columns with no rule between them nor under the
last (zebra rows shaded every other one, or none at all).

Read as drawn, the header's fills are a table of one row and the rows under it free
lines that no parser splits into columns.  Here such a table gets the rule under its
last row that it leaves out (:func:`shaded_tables`), so that
:func:`~extract.read.pdf.rowstacks.rule_stacks` sees a table drawn with row rules only
(the header's fills and the zebra rows' its row rules, no zebra fill's side a column rule) and
:mod:`extract.read.pdf.textcolumns` draws its columns:

* a shaded row is two fills or more of one height side by side, each touching the next
  (a cell's shading), with its words in two of them at least; it heads a table where it
  has three cells or more (:data:`MIN_CELLS`: a band of two, a number's box beside a
  title's or a label's beside its text, heads a card's facts, no table);
* the rows under it are the lines close under each other (as a table's rows stand,
  :data:`~extract.read.pdf.rowstacks.ROW_ROOM`) inside its sides, each with words in two
  of its columns or more and none across the side of two cells, opening with no bullet
  (a card's `○ 사업내용 : …` under a table ends it) nor with a label and a colon
  (`자료 : 예산서` under a table ends it), a line closer under the one above
  than rows stand (a cell's wrapped words) going with it; a shaded row of the same
  columns among them (a zebra row) is one of them, but one row at least is not shaded
  (a table whose every cell is its own fill is read as drawn);
* the rule goes under the last of them, as far under it as the header's words stand
  over the header's foot; none where a rule other than a zebra fill's side is drawn
  among the rows (a ruled table, or one whose every cell is a fill, read as drawn).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.read.pdf.base import BBox, Glyph, PdfObj, rule_edge
from extract.read.pdf.rowsplit import ROW_GAP
from extract.read.pdf.rowstacks import PADDING, ROW_ROOM, TOLERANCE, TextRow, centre_of, text_rows

#: a line opening with an outline's mark is prose under a table, not a row of it
MARKED = regex.compile(r"^(?:[○◦ㅇ□■◇◆▪▸►•※\-–·*]|\d{1,2}[.)]|[가-하][.)]|\(\d{1,2}\))")
#: a line opening with a label and its colon (`자료 : 예산서`) is a note under a table
LABELLED = regex.compile(r"^[^(（:：]{1,20}+[:：]")
#: the fewest cells a shaded row has to head a table (a band of two is a card's title)
MIN_CELLS = 3


class _Shaded:
    """A shaded row: its extent and the sides between its cells."""

    def __init__(self, boxes: Sequence[BBox]) -> None:
        self.x0, self.top = boxes[0][0], min(b[1] for b in boxes)
        self.x1, self.bottom = boxes[-1][2], max(b[3] for b in boxes)
        self.sides = [b[2] for b in boxes[:-1]]

    def same_columns(self, other: _Shaded) -> bool:
        return (abs(self.x0 - other.x0) <= TOLERANCE and abs(self.x1 - other.x1) <= TOLERANCE
                and len(self.sides) == len(other.sides)
                and all(abs(a - b) <= TOLERANCE for a, b in zip(self.sides, other.sides,
                                                                 strict=True)))  # fmt: skip


def shaded_rows(fills: Sequence[tuple[BBox, str]]) -> list[_Shaded]:
    """Runs of two fills or more of one height, each touching the next."""
    by_band: dict[tuple[int, int], list[BBox]] = {}
    for box, _ in fills:
        if box[2] - box[0] > TOLERANCE and box[3] - box[1] > TOLERANCE:
            by_band.setdefault((round(box[1]), round(box[3])), []).append(box)
    out: list[_Shaded] = []
    for boxes in by_band.values():
        run: list[BBox] = []
        for box in sorted(set(boxes)):
            if run and abs(box[0] - run[-1][2]) > TOLERANCE:
                if len(run) > 1:
                    out.append(_Shaded(run))
                run = []
            run.append(box)
        if len(run) > 1:
            out.append(_Shaded(run))
    return sorted(out, key=lambda s: s.top)


def _cells(row: TextRow, shaded: _Shaded) -> set[int] | None:
    """The columns a line's words stand in; None where a stretch crosses a side or the
    line stands outside the row's sides."""
    if row.stretches[0][0] < shaded.x0 + PADDING or row.stretches[-1][1] > shaded.x1 - PADDING:
        return None
    cols: set[int] = set()
    for s0, s1 in row.stretches:
        if any(s0 < x < s1 for x in shaded.sides):
            return None
        cols.add(sum(x <= s0 for x in shaded.sides))
    return cols


def _drawn_in(e: PdfObj, head: _Shaded, foot: float) -> bool:
    """Whether an edge is drawn among the rows under ``head`` (down to ``foot``)."""
    return bool(e["bottom"] > head.bottom + TOLERANCE and e["top"] < foot - TOLERANCE
            and e["x1"] > head.x0 + TOLERANCE and e["x0"] < head.x1 - TOLERANCE)  # fmt: skip


def _foot(head: _Shaded, shaded: Sequence[_Shaded], rows: Sequence[TextRow],
          edges: Sequence[PdfObj]) -> tuple[float, float | None]:
    """How far down ``head``'s table of rows told apart by shading reaches, and where the
    rule under its rows goes (None where a zebra row's fill is its foot); (its foot, None)
    for a shaded row that heads no such table."""
    if len(head.sides) + 1 < MIN_CELLS:
        return head.bottom, None  # (a band of two boxes: a card's title, no table)
    words = [r for r in rows if head.top < centre_of(r) < head.bottom]
    cols = [_cells(r, head) for r in words]
    if not words or any(c is None for c in cols) or len({k for c in cols for k in c or ()}) < 2:
        return head.bottom, None
    pad = head.bottom - max(r.bottom for r in words)
    zebras = [s for s in shaded if s.top >= head.bottom - TOLERANCE and s.same_columns(head)]
    last: TextRow | None = None
    taken: list[TextRow] = []
    under = sorted((r for r in rows if centre_of(r) > head.bottom
                    and r.stretches[0][0] < head.x1 and r.stretches[-1][1] > head.x0),
                   key=centre_of)  # fmt: skip
    for r in under:
        above = last.bottom if last is not None else head.bottom
        if r.top - above > ROW_ROOM * r.size:
            break
        found = _cells(r, head)
        if found is None or (r.texts and (MARKED.match(r.texts[0])
                                          or LABELLED.match(r.texts[0]))):
            break
        wrapped = last is not None and r.top - last.bottom < ROW_GAP * r.size
        if len(found) < 2 and not wrapped:
            break
        last = r
        taken.append(r)
    plain = [r for r in taken if not any(z.top <= centre_of(r) <= z.bottom for z in zebras)]
    if last is None or not plain:
        return head.bottom, None  # (every row shaded: each cell a fill, read as drawn)
    foot = last.bottom + max(pad, PADDING)
    body = [z for z in zebras if z.bottom <= foot + TOLERANCE]
    if any(_drawn_in(e, head, foot) and not any(_side_of(e, z) for z in body) for e in edges):
        return head.bottom, None  # (a rule of its own among its rows: a ruled table)
    for z in zebras:
        if z.top - TOLERANCE <= centre_of(last) <= z.bottom + TOLERANCE:
            return z.bottom, None  # (its last row a zebra row: the fill's foot is the rule)
    return foot, foot


def _side_of(e: PdfObj, z: _Shaded) -> bool:
    """Whether an edge is a side of one of a zebra row's fills."""
    if e["orientation"] == "h":
        return (any(abs(e["top"] - y) <= TOLERANCE for y in (z.top, z.bottom))
                and e["x0"] >= z.x0 - TOLERANCE and e["x1"] <= z.x1 + TOLERANCE)  # fmt: skip
    return (abs(e["top"] - z.top) <= TOLERANCE and abs(e["bottom"] - z.bottom) <= TOLERANCE
            and any(abs(e["x0"] - x) <= TOLERANCE for x in (z.x0, *z.sides, z.x1)))  # fmt: skip


def shaded_tables(
    edges: Sequence[PdfObj], fills: Sequence[tuple[BBox, str]], glyphs: Sequence[Glyph]
) -> list[PdfObj]:
    """``edges`` with the rule under each table told apart by shading alone, and without
    the sides of its zebra rows' fills (see the module's doc)."""
    shaded = shaded_rows(fills)
    if not shaded:
        return list(edges)
    rows = text_rows(glyphs)
    added: list[PdfObj] = []
    zebras: list[_Shaded] = []
    reached: list[tuple[_Shaded, float]] = []
    for head in shaded:
        if any(s.same_columns(head) and s.bottom - TOLERANCE <= head.top < reach
               for s, reach in reached):
            zebras.append(head)  # (a zebra row of the table above: no head of its own)
            continue
        reach, foot = _foot(head, shaded, rows, edges)
        if reach > head.bottom + TOLERANCE:
            # (only a table of shaded rows has zebra rows: a ruled table whose every cell
            # is painted, its rows' fills a hair over each other, keeps its cells' sides)
            reached.append((head, reach))
        if foot is not None:
            added.append(rule_edge("h", foot, head.x0, head.x1))
    kept = [e for e in edges
            if e["orientation"] == "h" or not any(_side_of(e, z) for z in zebras)]  # fmt: skip
    return [*kept, *added]
