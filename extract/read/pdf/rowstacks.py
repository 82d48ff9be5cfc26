"""Row bands of tables drawn with row rules only: the lines of a page cut into
stretches of words (:func:`text_rows`), and runs of bands between rules of one extent
whose lines are set in columns (:func:`rule_stacks`), with the rows a page break
splits off and a note across the foot (:func:`with_split_rows`).

:mod:`extract.read.pdf.textcolumns` finds the room between their columns and draws the
column rules the table leaves out.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from extract.read.pdf.base import MARGIN_FRACTION, MIN_EDGE, BBox, Glyph, PdfObj

#: a gap between two glyphs of a line this many times their size parts two columns (a
#: space between two words is a third of it; letter-spaced "구   분" may reach it)
COLUMN_GAP = 0.8
#: glyphs whose centres are less than this fraction of their size apart share a line
LINE_TOLERANCE = 0.45
#: rules whose ends are this close (pt) have one extent; rules this close are one level
TOLERANCE = 2.0
#: a gutter at least this many times the text's size wide (a column's padding aside)
MIN_GUTTER = 0.5
#: a cell's text stands at least this far (pt) off the table's sides
PADDING = 1.5
#: rows across a table (not set in columns) at most between two that are
MAX_ACROSS = 2
#: a note across a table's foot is at most this many times as high as its last row
NOTE_ROWS = 3.0
#: a row's lines leave at most this many times their size free over them
ROW_ROOM = 1.5


@dataclass(frozen=True, slots=True)
class TextRow:
    """One line of glyphs: its vertical extent and its stretches (x0, x1) of words."""

    top: float
    bottom: float
    stretches: tuple[tuple[float, float], ...]
    size: float
    texts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RuleStack:
    """Row rules of one table: its extent, the levels of its rules, its lines of text."""

    x0: float
    x1: float
    levels: tuple[float, ...]
    rows: tuple[TextRow, ...]

    @property
    def top(self) -> float:
        return self.levels[0]

    @property
    def bottom(self) -> float:
        return self.levels[-1]


def text_rows(glyphs: Sequence[Glyph]) -> list[TextRow]:
    """Glyphs grouped into lines by their centres, each line cut into stretches where a
    gap is wider than :data:`COLUMN_GAP` times the glyphs' size."""
    rows: list[list[Glyph]] = []
    for g in sorted((g for g in glyphs if not g.is_space and g.upright), key=lambda g: g.cy):
        if rows and g.cy - rows[-1][-1].cy <= LINE_TOLERANCE * max(g.size, 1.0):
            rows[-1].append(g)
        else:
            rows.append([g])
    out: list[TextRow] = []
    for row in rows:
        size = median(g.size for g in row)
        runs: list[list[Glyph]] = []
        for g in sorted(row, key=lambda g: g.x0):
            if runs and g.x0 - max(h.x1 for h in runs[-1]) <= COLUMN_GAP * size:
                runs[-1].append(g)
            else:
                runs.append([g])
        top, bottom = min(g.top for g in row), max(g.bottom for g in row)
        stretches = tuple((run[0].x0, max(g.x1 for g in run)) for run in runs)
        texts = tuple("".join(g.text for g in run) for run in runs)
        out.append(TextRow(top, bottom, stretches, size, texts))
    return out


def _same_extent(a: PdfObj, b: PdfObj) -> bool:
    return bool(abs(a["x0"] - b["x0"]) <= TOLERANCE and abs(a["x1"] - b["x1"]) <= TOLERANCE)


def centre_of(row: TextRow) -> float:
    return (row.top + row.bottom) / 2


def in_band(row: TextRow, x0: float, x1: float, top: float, bottom: float) -> bool:
    """Whether a line stands between ``top`` and ``bottom`` and overlaps the extent."""
    return top < centre_of(row) < bottom and row.stretches[0][0] < x1 and row.stretches[-1][1] > x0


def parts_of(rows: Sequence[TextRow]) -> list[tuple[float, float]]:
    """The stretches of several lines merged where they overlap or leave less room than
    a gutter between them."""
    if not rows:
        return []
    gap = MIN_GUTTER * median(r.size for r in rows)
    out: list[tuple[float, float]] = []
    for s0, s1 in sorted(s for r in rows for s in r.stretches):
        if out and s0 - out[-1][1] <= gap:
            out[-1] = (out[-1][0], max(out[-1][1], s1))
        else:
            out.append((s0, s1))
    return out


def is_columned(rows: Sequence[TextRow], box: BBox) -> bool:
    """Whether the lines of a band (``box``, between two rules) are set in columns: all
    inside it, none at its very side (a cell's text keeps a padding off it; body text
    starts at the margin), starting at its top but for a line's room (an entry of a
    contents page under a rule of its own stands low in a tall band; a row that a page
    ends may leave room at its foot), and their words in two stretches or more a wide
    gap apart (a label centred between two lines of its neighbour is a line of its own)."""
    if not rows:
        return False
    x0, top, x1, _ = box
    for r in rows:
        if r.stretches[0][0] < x0 + PADDING or r.stretches[-1][1] > x1 - PADDING:
            return False
    if min(r.top for r in rows) - top > ROW_ROOM * median(r.size for r in rows):
        return False
    return len(parts_of(rows)) > 1


def rule_stacks(
    rules: Sequence[PdfObj], rows: Sequence[TextRow], page_height: float = 0.0
) -> list[RuleStack]:
    """Runs of two or more bands between row rules of one extent, the lines of each band
    set in columns (:func:`is_columned`) but for a row or two across the table between
    two that are (:func:`_across`); one band at the top of a page too (the rest of a
    table that the page before began)."""
    hs = sorted((r for r in rules if r["orientation"] == "h"), key=lambda r: r["top"])
    stacks: list[RuleStack] = []
    used: set[int] = set()
    for i, a in enumerate(hs):
        if i in used:
            continue
        x0, x1 = a["x0"], a["x1"]
        mine = _clipped(rows, x0, x1)
        tops = [a["top"]]
        across: list[tuple[int, float]] = []  # (rows across it, kept if columns follow)
        last, before = i, list[TextRow]()
        for j in range(i + 1, len(hs)):
            b = hs[j]
            y0 = (across or [(i, tops[-1])])[-1][1]
            if not _same_extent(a, b) or b["top"] - y0 < MIN_EDGE:
                continue
            band = [r for r in mine if in_band(r, x0, x1, y0, b["top"])]
            if is_columned(band, (x0, y0, x1, b["top"])):
                if across and not _aligned(before, band):
                    break  # (a caption between two tables, each its own columns)
                tops += [y for _, y in across] + [b["top"]]
                used.update([k for k, _ in across] + [j])
                across, last, before = [], j, band
            elif (len(tops) > 1 and len(across) < MAX_ACROSS
                  and _across(band, (x0, y0, x1, b["top"]), rules)):  # fmt: skip
                across.append((j, b["top"]))
            else:
                break
        foot = _open_foot(mine, (x0, tops[-1], x1, page_height), hs, page_height)
        if len(tops) >= 2 and not across and foot is not None:
            tops.append(foot)  # (its last rows run to the page's foot, no rule under them)
        top = tops[0]
        # (one band: the rest of a table the page before began, lines of its cells
        # going on; one line in a box at a page's top is a title, "1. | 사업명 … 소관")
        alone = sum(in_band(r, x0, x1, top, tops[-1]) for r in mine) > 1
        if len(tops) < 3 and not (
            len(tops) == 2 and alone and _starts_page(top, rules, rows, page_height)
        ):
            continue
        inner = [h["top"] for h in hs[i : last + 1]
                 if h["x0"] >= x0 - TOLERANCE and h["x1"] <= x1 + TOLERANCE]  # fmt: skip
        inside = tuple(r for r in mine if in_band(r, x0, x1, tops[0], tops[-1]))
        stacks.append(RuleStack(x0, x1, tuple(levels_of([*tops, *inner])), inside))
    # (rules under a header over some columns, "집행계획", make no table of their own)
    return [s for s in stacks if not any(t is not s and _within(s, t) for t in stacks)]


def _open_foot(
    rows: Sequence[TextRow], box: BBox, hs: Sequence[PdfObj], page_height: float
) -> float | None:
    """Where a table that runs to the page's foot ends, drawn open there (the page break
    cuts it; the next page goes on with it): under the lines from ``box``'s top (its
    last rule) down to the foot margin, where they are two or more, set in columns
    inside its sides and all the page holds there, and no rule of its own follows; None
    for any other table."""
    x0, top, x1, _ = box
    if page_height <= 0:
        return None
    foot = (1 - MARGIN_FRACTION) * page_height
    under: list[TextRow] = []  # (the lines close under each other: a page's number stands
    for r in sorted((r for r in rows if centre_of(r) > top), key=centre_of):  # apart)
        if r.top - (under[-1].bottom if under else top) > ROW_ROOM * r.size:
            break
        under.append(r)
    after = [r for r in rows if centre_of(r) > top and r not in under]
    if len(under) < 2 or any(r.top < foot for r in after) or any(
        h["top"] > top + TOLERANCE and h["x0"] < x1 and h["x1"] > x0 for h in hs
    ):
        return None
    bottom = max(r.bottom for r in under) + PADDING
    band = [r for r in under if in_band(r, x0, x1, top, bottom)]
    if len(band) != len(under) or not is_columned(band, (x0, top, x1, bottom)):
        return None
    return bottom


def _within(s: RuleStack, t: RuleStack) -> bool:
    return (t.x0 - TOLERANCE <= s.x0 and s.x1 <= t.x1 + TOLERANCE
            and t.top - TOLERANCE <= s.top and s.bottom <= t.bottom + TOLERANCE)  # fmt: skip


def _aligned(above: Sequence[TextRow], below: Sequence[TextRow]) -> bool:
    """Whether two bands set in columns have as many columns and share the room between
    them: the rows over and under a row across one table, not two tables around a
    caption (each with columns of its own)."""
    gaps = [[(a[1], b[0]) for a, b in itertools.pairwise(parts_of(rows))]
            for rows in (above, below)]  # fmt: skip
    if len(gaps[0]) != len(gaps[1]):
        return False
    least = MIN_GUTTER * median(r.size for r in (*above, *below))

    def shared(mine: list[tuple[float, float]], other: list[tuple[float, float]]) -> int:
        return sum(any(min(b, d) - max(a, c) >= least for c, d in other) for a, b in mine)

    return shared(gaps[0], gaps[1]) == len(gaps[0]) == shared(gaps[1], gaps[0])


def _across(rows: Sequence[TextRow], box: BBox, rules: Sequence[PdfObj]) -> bool:
    """Whether a band that is not set in columns is a row across the table between two
    that are: a line or two inside its sides ("【 일반회계 】", a group's name over its
    rows), with little room over and under them, and no side rule of its own (a boxed
    heading between two tables has its box's sides)."""
    x0, top, x1, bottom = box
    if not rows or len(rows) > 2 or any(
        r.stretches[0][0] < x0 + PADDING or r.stretches[-1][1] > x1 - PADDING for r in rows
    ):
        return False  # (an empty band is the gap between two tables)
    if bottom - top > NOTE_ROWS * ROW_ROOM * median(r.size for r in rows) + sum(
        r.bottom - r.top for r in rows
    ):
        return False
    return not any(
        v["orientation"] == "v" and min(abs(v["x0"] - x0), abs(v["x0"] - x1)) <= TOLERANCE
        and v["top"] <= top + TOLERANCE and v["bottom"] >= bottom - TOLERANCE
        for v in rules
    )  # fmt: skip


def _clipped(rows: Sequence[TextRow], x0: float, x1: float) -> list[TextRow]:
    """The lines with only their stretches of words between ``x0`` and ``x1`` (a table
    beside another: a line read across the page holds both tables' rows); a line with
    words across either side keeps them all (it reaches out of the table)."""
    out = []
    for r in rows:
        keep = [k for k, (s0, s1) in enumerate(r.stretches) if s1 > x0 and s0 < x1]
        if not keep:
            continue
        if len(keep) == len(r.stretches) or any(
            r.stretches[k][0] < x0 - TOLERANCE or r.stretches[k][1] > x1 + TOLERANCE
            for k in keep
        ):
            out.append(r)
            continue
        out.append(TextRow(r.top, r.bottom, tuple(r.stretches[k] for k in keep), r.size,
                           tuple(r.texts[k] for k in keep)))  # fmt: skip
    return out


def _starts_page(
    top: float, rules: Sequence[PdfObj], rows: Sequence[TextRow], page_height: float
) -> bool:
    """Whether a rule at ``top`` is the first thing a page draws: no rule over it, and
    no line over it but in the top margin (a running head); of a page of known height."""
    if page_height <= 0 or any(r["top"] < top - TOLERANCE for r in rules):
        return False
    return all(r.bottom < MARGIN_FRACTION * page_height for r in rows if r.bottom < top)


def levels_of(ys: Sequence[float]) -> list[float]:
    out: list[float] = []
    for y in sorted(ys):
        if not out or y - out[-1] > TOLERANCE:
            out.append(y)
    return out


def stack_bands(stack: RuleStack) -> list[tuple[float, float, list[TextRow]]]:
    """The stack's rows between each two of its levels, with the lines standing there."""
    return [
        (y0, y1, [r for r in stack.rows if y0 < centre_of(r) < y1])
        for y0, y1 in itertools.pairwise(stack.levels)
    ]


def with_split_rows(
    stack: RuleStack, hs: Sequence[PdfObj], rows: Sequence[TextRow], xs: Sequence[float],
    page_height: float = 0.0,
) -> RuleStack:
    """The stack with the band over it, where it starts the page, and the one under it,
    where it ends the page, between rules of its extent, where their lines stand inside
    its columns: a row that a page break splits may hold words in one column only (the
    rest of a finding's actions at the top of a page), so it is not set in columns on
    its own.  A note across the table's foot is its last row too (:func:`_note_under`);
    a caption between two tables is neither."""
    same = sorted(h["top"] for h in hs if abs(h["x0"] - stack.x0) <= TOLERANCE
                  and abs(h["x1"] - stack.x1) <= TOLERANCE)  # fmt: skip
    above = [y for y in same if y < stack.top - MIN_EDGE][-1:]
    below = [y for y in same if y > stack.bottom + MIN_EDGE][:1]
    if above and not _starts_page(above[0], hs, rows, page_height):
        above = []
    ends = below and not any(h["top"] > below[0] + TOLERANCE for h in hs) and all(
        r.top > (1 - MARGIN_FRACTION) * page_height for r in rows if r.top > below[0]
    )
    levels, inside = list(stack.levels), list(stack.rows)
    for y0, y1, new in [*((y, stack.top, y) for y in above),
                        *((stack.bottom, y, y) for y in below)]:  # fmt: skip
        band = [r for r in rows if in_band(r, stack.x0, stack.x1, y0, y1)]
        fits = band and all(_fits(r, stack, xs) for r in band) and (new in above or ends)
        if fits or (new in below and _note_under(stack, band, y1, same)):
            levels.append(new)
            inside += band
    if len(levels) == len(stack.levels):
        return stack
    top, bottom = min(levels), max(levels)
    inner = [h["top"] for h in hs if h["x0"] >= stack.x0 - TOLERANCE
             and h["x1"] <= stack.x1 + TOLERANCE and top < h["top"] < bottom]  # fmt: skip
    ordered = tuple(sorted(inside, key=centre_of))
    return RuleStack(stack.x0, stack.x1, tuple(levels_of([*levels, *inner])), ordered)


def _note_under(
    stack: RuleStack, band: Sequence[TextRow], bottom: float, same: Sequence[float]
) -> bool:
    """Whether the band under the stack, down to ``bottom``, is a note across its foot
    ("※ 기존 방식은 유지"): a line or two inside its sides, no higher than
    :data:`NOTE_ROWS` of its last rows, and no table's first row (no rule of the stack's
    extent follows close under it)."""
    if not band or len(band) > 2:
        return False
    height = bottom - stack.bottom
    if height > NOTE_ROWS * (stack.levels[-1] - stack.levels[-2]):
        return False
    inside = all(stack.x0 + PADDING <= r.stretches[0][0] and r.stretches[-1][1]
                 <= stack.x1 - PADDING for r in band)  # fmt: skip
    return inside and not any(bottom + MIN_EDGE < y <= bottom + NOTE_ROWS * height for y in same)


def _fits(row: TextRow, stack: RuleStack, xs: Sequence[float]) -> bool:
    """Whether a line stands inside the stack's sides and crosses none of ``xs``."""
    inside = stack.x0 + PADDING <= row.stretches[0][0] and (
        row.stretches[-1][1] <= stack.x1 - PADDING
    )
    return inside and not any(s0 < x < s1 for s0, s1 in row.stretches for x in xs)


