"""Tables ruled round their outer frame only, their cells parted by room alone: a box
whose lines are each set in columns, a header's labels over rows of cells.

Read as drawn, the frame is one cell and its rows lines of words that no parser splits
into columns.  Here such a box gets the rule under its first line (its header's foot,
:func:`framed_tables`), so that :func:`~extract.read.pdf.rowstacks.rule_stacks` sees a
table drawn with row rules only, and :mod:`extract.read.pdf.textcolumns` draws its
columns and parts its rows; the box is kept as drawn where that finds no columns.

A box is such a table where it holds two lines or more, each with words in two places
or more a gutter apart (:data:`~extract.read.pdf.rowstacks.COLUMN_GAP`), none opening
with an outline's mark (a card's facts in a box, `○ 사업기간 : …`, are no table), set
in three columns at least (:data:`MIN_COLUMNS`: two are a label beside its value), its
first line (the header) holding no value (:data:`VALUED`: a box of facts set side by side,
`사업기간  2025. 1.~12.  사 업 비  1,200백만원` or `담당 : 기획팀장  연락처 : …`, is no table)
and opening with no heading's number (:data:`NUMBERED`: a box of contents, `Ⅰ  일반현황  1`).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.read.pdf.base import Glyph, PdfObj, rule_edge
from extract.read.pdf.rowstacks import TextRow, centre_of, is_columned, parts_of, text_rows
from extract.read.pdf.rules import RuledTable, find_ruled_tables
from extract.read.pdf.shadedrows import MARKED

#: the fewest columns a box's lines are set in to be a table: a box of two, each label
#: beside its value (`사 업 기 간   2025. 1.~12.`), is a card's facts
MIN_COLUMNS = 3

#: a part of a box's first line that is a value, not a column's heading: a label with its
#: value after a colon (outside brackets: `(단위: 명)` heads), an amount in groups of three
#: or in won, a span of dates (`2025. 1.~12.`; `’23~’24년` heads)
#: a box's first line opening with a heading's number (`Ⅰ  일반현황  1`): a contents
#: page's entry, no header (a header opens with a label; `2025년`, `1분기` are labels)
NUMBERED = regex.compile(r"^(?:[Ⅰ-Ⅻ]++|[IVX]{1,4}+|\d{1,2}+)(?:[.)]|\s|$)")
VALUED = regex.compile(r"^[^(（:：]*+[:：]|\d,\d{3}|\d\s*+(?:백만|천|억|만)?+원|\.\s*+[~∼～]")


def _header_foot(table: RuledTable, rows: Sequence[TextRow]) -> float | None:
    """Where the rule under a framed table's first line goes; None for any other box."""
    if len(table.cells) != 1:
        return None
    x0, top, x1, bottom = table.bbox
    inside = sorted((r for r in rows if top < centre_of(r) < bottom
                     and r.stretches[0][0] >= x0 and r.stretches[-1][1] <= x1),
                    key=centre_of)  # fmt: skip
    if len(inside) < 2 or any(len(r.stretches) < 2 for r in inside):
        return None
    if any(r.texts and MARKED.match(r.texts[0]) for r in inside):
        return None
    # (three columns at least: a box of two, a label beside its value, is a card's facts)
    if not is_columned(inside, table.bbox) or len(parts_of(inside)) < MIN_COLUMNS:
        return None
    first, second = inside[0], inside[1]
    if any(VALUED.search(t) for t in first.texts):
        return None  # (a box of facts set side by side, each label beside its value)
    if first.texts and NUMBERED.match(first.texts[0]):
        return None  # (a contents page's entries in a box, each heading's number first)
    if second.top <= first.bottom:
        return None
    return (first.bottom + second.top) / 2


def framed_tables(
    tables: list[RuledTable], edges: Sequence[PdfObj], glyphs: Sequence[Glyph],
    page_height: float = 0.0,
) -> list[RuledTable]:
    """``tables`` with each box framed round a table of columns read as that table."""
    rows = text_rows(glyphs)
    heads = [(t, y) for t in tables if (y := _header_foot(t, rows)) is not None]
    if not heads:
        return tables
    added = [rule_edge("h", y, t.bbox[0], t.bbox[2]) for t, y in heads]
    again = find_ruled_tables([*edges, *added], glyphs, page_height)
    # (each box that became a table of two columns or more; the rest as drawn)
    out: list[RuledTable] = []
    for t in tables:
        found = [n for n in again if _inside(n, t)] if any(t is h for h, _ in heads) else []
        out += found if len({round(c[0]) for n in found for c in n.cells}) > 1 else [t]
    return out


def _inside(t: RuledTable, box: RuledTable, slack: float = 2.0) -> bool:
    a, b = t.bbox, box.bbox
    return (a[0] >= b[0] - slack and a[1] >= b[1] - slack and a[2] <= b[2] + slack
            and a[3] <= b[3] + slack)  # fmt: skip
