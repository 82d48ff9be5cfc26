"""The captions of tables set side by side: a line over them that holds one caption over
each ("< 세 입 >      < 세 출 >", "(단위: 백만원)      (단위: 백만원)") is read as
each table's own, just before its rows, not as one line over both (which had left the
titles to no table and the right table's rows under the left one's caption).

A row of glyphs is such a line when every glyph stands over one of the tables (none
beside them all), it stands over two of them at least, with a wide space between each
two, each part is a caption of the same kind (a bracketed title each, a unit each, or a
title opened by the same bullet each: not a note, "※ 일반회계 기준", beside a unit that
serves both), and no table stands right over
it; rows are taken upward from the tables' tops while each is near the one under it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from extract.read.pdf.base import BBox, Glyph

#: tables whose tops are this close (pt) stand side by side
SIDE_TOP = 12.0
#: a caption's row stands at most this many of its sizes over the row or table under it
CAPTION_GAP = 1.5
#: the captions over two tables side by side stand this many sizes apart at least
CAPTION_APART = 2.0
#: glyphs whose bottoms are this close (pt) are one row
ROW_BOTTOM = 2.0


def _bands(boxes: Sequence[BBox]) -> list[list[int]]:
    """The tables (indexes, left to right) set side by side, band by band: their tops
    together, none over another's columns; bands of two tables or more."""
    out: list[list[int]] = []
    for i in sorted(range(len(boxes)), key=lambda i: boxes[i][1]):
        if out and abs(boxes[i][1] - boxes[out[-1][0]][1]) <= SIDE_TOP:
            out[-1].append(i)
        else:
            out.append([i])
    bands = []
    for band in out:
        band.sort(key=lambda i: boxes[i][0])
        if len(band) >= 2 and all(
            boxes[a][2] <= boxes[b][0] for a, b in itertools.pairwise(band)
        ):
            bands.append(band)
    return bands


def rows_by_bottom(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """Glyphs by row, bottom-most row first."""
    rows: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: -g.bottom):
        if rows and rows[-1][0].bottom - g.bottom <= ROW_BOTTOM:
            rows[-1].append(g)
        else:
            rows.append([g])
    return rows


def _over(row: Sequence[Glyph], group: Sequence[int], boxes: Sequence[BBox]) -> (
    dict[int, list[Glyph]] | None
):
    """A row's glyphs by the table each stands over (or within a size beside: a unit set
    right in the cell that holds the table overhangs it); None if one stands beside them
    all, or if two tables' glyphs are not parted by :data:`CAPTION_APART` sizes at least
    (a line of text across the tables, not a caption over each)."""
    over: dict[int, list[Glyph]] = {}
    for g in row:
        near = [
            (max(boxes[i][0] - g.cx, g.cx - boxes[i][2], 0.0), i) for i in group
        ]  # fmt: skip
        reach, home = min(near)
        if reach > g.size:
            return None
        over.setdefault(home, []).append(g)
    parts = [over[i] for i in group if i in over]
    for left, right in itertools.pairwise(parts):
        size = max(g.size for g in (*left, *right))
        if min(g.x0 for g in right) - max(g.x1 for g in left) < CAPTION_APART * size:
            return None
    return over


#: a caption as it stands over each of tables side by side: a bracketed title
#: ("< 세 입 >", "[세출]", "【 … 】") or a bracket of its unit ("(단위: 백만원)")
_OPENING = "<〈《＜‹【［[(（"
_CLOSING = ">〉》＞›】］])）"


#: the bullets a title over each table may open with ("□ 세 입 (단위 : 백만원)")
_TITLE_BULLETS = "□■○●◆◇▶▷❍◎ㅇ"


def _caption_kind(part: Sequence[Glyph]) -> str | None:
    """"unit" or "title" for a part of a row that is one bracketed caption, "□" (its
    bullet) for a title opened by a bullet; None for any other words ("※ 일반회계 기준",
    a line of text), which are no table's own."""
    text = "".join(g.text for g in sorted(part, key=lambda g: g.x0) if not g.is_space)
    if len(text) >= 3 and text[0] in _OPENING and text[-1] in _CLOSING:
        return "unit" if "단위" in text else "title"
    if len(text) >= 2 and text[0] in _TITLE_BULLETS:
        return text[0]
    return None


def _under_a_table(row: Sequence[Glyph], boxes: Sequence[BBox]) -> bool:
    """Whether a table stands right over the row (its dates under a chart's row of
    boxes, "(’24.7.)  (’25.上)", are that row's, not captions of the boxes under them)."""
    top, size = min(g.top for g in row), max(g.size for g in row)
    x0, x1 = min(g.x0 for g in row), max(g.x1 for g in row)
    return any(
        b[3] <= top + 1.0 and top - b[3] <= CAPTION_GAP * size and b[0] < x1 and x0 < b[2]
        for b in boxes
    )


def side_captions(
    glyphs: Sequence[Glyph], boxes: Sequence[BBox]
) -> tuple[list[Glyph], dict[int, list[Glyph]]]:
    """``glyphs`` without the captions over tables set side by side, and those captions'
    glyphs by the index of the table (in ``boxes``) each stands over."""
    taken: dict[int, list[Glyph]] = {}
    for group in _bands(boxes):
        top = min(boxes[i][1] for i in group)
        above = [g for g in glyphs if g.bottom <= top + 1.0 and not g.is_space]
        floor = top
        for row in rows_by_bottom(above):
            over = _over(row, group, boxes)
            if floor - max(g.bottom for g in row) > CAPTION_GAP * max(g.size for g in row):
                break
            if over is None or len(over) < 2 or _under_a_table(row, boxes):
                break
            kinds = {_caption_kind(part) for part in over.values()}
            if len(kinds) != 1 or None in kinds:
                break
            for i, part in over.items():
                taken.setdefault(i, []).extend(part)
            floor = min(g.top for g in row)
    if not taken:
        return list(glyphs), {}
    # (a caption's spaces go with it: those between its glyphs, on its row)
    ids = {id(g) for part in taken.values() for g in part}
    for g in glyphs:
        if g.is_space and id(g) not in ids:
            for part in taken.values():
                if (
                    part and min(p.x0 for p in part) <= g.cx <= max(p.x1 for p in part)
                    and any(abs(p.bottom - g.bottom) <= ROW_BOTTOM for p in part)
                ):  # fmt: skip
                    part.append(g)
                    ids.add(id(g))
                    break
    return [g for g in glyphs if id(g) not in ids], taken
