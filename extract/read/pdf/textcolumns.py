"""Tables drawn with row rules only: their column rules, from where the text leaves room.

A table may be drawn with no column rules at all: a rule over it, one under it and one
between each two rows, its header at most shaded.  Read as drawn, no cell is closed,
and each row becomes a line of words that no parser can split into its columns.  Here
such a table gets the column rules it leaves out, before the rules become cells
(:func:`~extract.read.pdf.rules.find_ruled_tables`):

* :func:`rule_stacks` - runs of two or more row bands, each between two rules of one
  extent, whose lines (read within the extent: a table may stand beside another) are
  set in columns (:func:`is_columned`), but for a row or two across the table between
  two that are; one band at the top of a page too (the rest of a table the page before
  began);
* :func:`gutters` - the room between the columns: free in most of the stack's rows set
  in columns, or in all under a header whose words cross it, or where a shaded
  header's boxes end;
* :func:`column_rules` - a rule down each gutter and both sides, broken in each row
  (between the row rules that cross the gutter) where a cell spans it: a line of the
  row crosses it, or a header is centred over it and the empty columns beside
  (:func:`_spans`).  A rule already down the whole stack (a label column shaded down a
  chart) is a column rule of its own; a second one makes the table a ruled one, read
  as drawn.

No column is read into body text between two rules, a contents page's entries, a
list's numbers set apart from their items, an outline framed by rules, a label spread
letter by letter over its cell, remarks set apart at the ends of lines, or a title box
at a page's top; a caption between two tables joins none whose columns differ.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

import regex

from extract.read.pdf.base import MARGIN_FRACTION, MIN_EDGE, BBox, Glyph, PdfObj, rule_edge

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
#: a cell's words are centred over columns when off their middle by at most this share
#: of their width (or a letter)
CENTRED = 0.05
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


def _centre(row: TextRow) -> float:
    return (row.top + row.bottom) / 2


def _in_band(row: TextRow, x0: float, x1: float, top: float, bottom: float) -> bool:
    """Whether a line stands between ``top`` and ``bottom`` and overlaps the extent."""
    return top < _centre(row) < bottom and row.stretches[0][0] < x1 and row.stretches[-1][1] > x0


def _parts(rows: Sequence[TextRow]) -> list[tuple[float, float]]:
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
    return len(_parts(rows)) > 1


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
            band = [r for r in mine if _in_band(r, x0, x1, y0, b["top"])]
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
        top = tops[0]
        # (one band: the rest of a table the page before began, lines of its cells
        # going on; one line in a box at a page's top is a title, "1. | 공동육아 … 소관")
        alone = sum(_in_band(r, x0, x1, top, tops[-1]) for r in mine) > 1
        if len(tops) < 3 and not (
            len(tops) == 2 and alone and _starts_page(top, rules, rows, page_height)
        ):
            continue
        inner = [h["top"] for h in hs[i : last + 1]
                 if h["x0"] >= x0 - TOLERANCE and h["x1"] <= x1 + TOLERANCE]  # fmt: skip
        inside = tuple(r for r in mine if _in_band(r, x0, x1, tops[0], tops[-1]))
        stacks.append(RuleStack(x0, x1, tuple(_levels([*tops, *inner])), inside))
    # (rules under a header over some columns, "집행계획", make no table of their own)
    return [s for s in stacks if not any(t is not s and _within(s, t) for t in stacks)]


def _within(s: RuleStack, t: RuleStack) -> bool:
    return (t.x0 - TOLERANCE <= s.x0 and s.x1 <= t.x1 + TOLERANCE
            and t.top - TOLERANCE <= s.top and s.bottom <= t.bottom + TOLERANCE)  # fmt: skip


def _aligned(above: Sequence[TextRow], below: Sequence[TextRow]) -> bool:
    """Whether two bands set in columns have as many columns and share the room between
    them: the rows over and under a row across one table, not two tables around a
    caption (each with columns of its own)."""
    gaps = [[(a[1], b[0]) for a, b in itertools.pairwise(_parts(rows))] for rows in (above, below)]
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


def _levels(ys: Sequence[float]) -> list[float]:
    out: list[float] = []
    for y in sorted(ys):
        if not out or y - out[-1] > TOLERANCE:
            out.append(y)
    return out


def _bands(stack: RuleStack) -> list[tuple[float, float, list[TextRow]]]:
    """The stack's rows between each two of its levels, with the lines standing there."""
    return [
        (y0, y1, [r for r in stack.rows if y0 < _centre(r) < y1])
        for y0, y1 in itertools.pairwise(stack.levels)
    ]


def gutters(
    stack: RuleStack, skip: Sequence[tuple[float, float]] = (), ruled: Sequence[float] = ()
) -> list[tuple[float, float]]:
    """The stretches between the stack's columns, narrowest first: room that more of its
    rows set in columns leave free than cross, or that all leave free under the rows
    whose words cross it whole (a header over several columns), or that a column rule
    of its header, at ``ruled``, runs down; where they all leave it.  A row that
    crosses it holds a cell over the columns on both sides (a header over several, a
    note across); a row with words inside it and room on both sides says nothing.

    Rows in ``skip`` (ruled ones) and rows whose words are one stretch do not count."""
    bands = [
        band for y0, y1, band in _bands(stack)
        if (y0, y1) not in skip and len(_parts(band)) > 1
    ]  # fmt: skip
    if not bands:
        return []
    # (a band's room before its first words and after its last is free too, but no
    # gutter: a column empty in one row is still a column)
    parts = [_parts(band) for band in bands]
    sides = ((stack.x0, stack.x0), (stack.x1, stack.x1))
    free = [[(a[1], b[0]) for a, b in itertools.pairwise([sides[0], *ps, sides[1]])]
            for ps in parts]  # fmt: skip
    least = MIN_GUTTER * median(r.size for band in bands for r in band)
    found: list[tuple[float, float]] = []
    # (the narrowest first: room under one header word is no gutter of a wider column)
    for g0, g1 in sorted({g for gaps in free for g in gaps[1:-1]}, key=lambda g: g[1] - g[0]):
        drawn = [x for x in ruled if g0 <= x <= g1]
        if drawn:  # (the header's rules say where its columns end)
            found += [(x, x) for x in drawn if not any(a <= x <= b for a, b in found)]
            continue
        lo, hi, through, n = g0, g1, [], 0
        for i, gaps in enumerate(free):
            near = [g for g in gaps if min(hi, g[1]) - max(lo, g[0]) >= least]
            if len(near) == 1:
                lo, hi, n = max(lo, near[0][0]), min(hi, near[0][1]), n + 1
            elif not near:  # (words over all but a sliver of it: a cell over both columns)
                through.append(i)
            # (a row with words inside it, room on both sides, says nothing of which)
        # (rows crossing it above all those that leave it free: a header over columns,
        # its words across the whole room)
        over = n > 0 and all(
            i == j and any(a <= lo and hi <= b for a, b in parts[i])
            for i, j in zip(through, range(len(free)), strict=False)
        )
        if (n > len(through) or over) and not any(a <= hi and b >= lo for a, b in found):
            found.append((lo, hi))
    return sorted(found)


#: a list's numbers set apart from their items ("5.   행복한 출산·양육 …") are no column
LIST_NUMBER = regex.compile(
    r"^(?:\d{1,2}[.)]?|\(\d{1,2}\)|[①-⑳❶-❿➀-➓⑴-⒇]|[가-하][.)]|[Ⅰ-Ⅻ][.)]?"
    r"|(?:과제|전략|목표)\s?\d{1,2})$"
)


def _numbers_only(stack: RuleStack, x: float) -> bool:
    """Whether all the words left of ``x`` in the stack are the numbers of a list."""
    left = [t for r in stack.rows for (s0, _), t in zip(r.stretches, r.texts, strict=True)
            if s0 < x]  # fmt: skip
    return bool(left) and all(LIST_NUMBER.match(t) for t in left)


#: a remark set apart at the end of a line ("(신규)", "(계속)", "[완료]")
REMARK = regex.compile(r"^[(（\[【〔<].{1,8}[)）\]】〕>]$")


#: marks of an outline's items: a box whose every line left of its first gutter starts
#: with one is an outline framed by rules ("○ 사업비 │ 1,200백만원"), not a table
ITEM_MARKS = frozenset("○□■◦❍ㅇ●◎◇◆▪※-")


def _bulleted(stack: RuleStack, x: float) -> bool:
    """Whether every line's words left of ``x`` start with an outline's item mark."""
    left = [t for r in stack.rows for (s0, _), t in zip(r.stretches, r.texts, strict=True)
            if s0 < x]  # fmt: skip
    return bool(left) and all(t[:1] in ITEM_MARKS for t in left)


def _remarks(stack: RuleStack, xs: Sequence[float], fixed: Sequence[float]) -> list[float]:
    """Gutters ``xs`` but those before a column that holds only remarks set apart at
    the end of the lines beside it ("○ 관광 마케팅 강화    (신규)"): they go with their
    lines, not into a column of their own that would part them from the lines."""
    out = sorted(xs)
    bounds = sorted({stack.x0, stack.x1, *out, *fixed})
    for left, (a, b) in zip(bounds, itertools.pairwise(bounds[1:]), strict=False):
        if a not in out:
            continue
        words = [(r, t) for r in stack.rows for (s0, s1), t in zip(r.stretches, r.texts,
                 strict=True) if a <= (s0 + s1) / 2 <= b]  # fmt: skip
        if words and all(
            REMARK.match(t) and any(left <= (s0 + s1) / 2 < a for s0, s1 in r.stretches)
            for r, t in words
        ):
            out.remove(a)
    return out


def _unspaced(stack: RuleStack, xs: Sequence[float], fixed: Sequence[float]) -> list[float]:
    """Gutters ``xs`` but those beside a column of letters set apart: a label spread
    over its cell ("관 광 정 책 과") leaves room between its letters, one line of single
    letters in each row, where a column of vertical text stacks several."""
    bounds = sorted({stack.x0, stack.x1, *xs, *fixed})
    spaced: set[float] = set()
    for a, b in itertools.pairwise(bounds):
        words = [
            (y0, t) for y0, _, band in _bands(stack) for r in band
            for (s0, s1), t in zip(r.stretches, r.texts, strict=True) if a <= s0 and s1 <= b
        ]  # fmt: skip
        letters = all(len(t) == 1 and t.isalpha() for _, t in words)
        if words and letters and max(Counter(y0 for y0, _ in words).values()) == 1:
            spaced.update((a, b))
    return [x for x in xs if x not in spaced]


def _with_split_rows(
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
        band = [r for r in rows if _in_band(r, stack.x0, stack.x1, y0, y1)]
        fits = band and all(_fits(r, stack, xs) for r in band) and (new in above or ends)
        if fits or (new in below and _note_under(stack, band, y1, same)):
            levels.append(new)
            inside += band
    if len(levels) == len(stack.levels):
        return stack
    top, bottom = min(levels), max(levels)
    inner = [h["top"] for h in hs if h["x0"] >= stack.x0 - TOLERANCE
             and h["x1"] <= stack.x1 + TOLERANCE and top < h["top"] < bottom]  # fmt: skip
    ordered = tuple(sorted(inside, key=_centre))
    return RuleStack(stack.x0, stack.x1, tuple(_levels([*levels, *inner])), ordered)


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


def column_rules(
    rules: Sequence[PdfObj], glyphs: Sequence[Glyph], page_height: float = 0.0
) -> list[PdfObj]:
    """The column rules (and side borders) of each table drawn with row rules only.

    A gutter that a column rule already runs down (a shaded header's box side) keeps it
    and gets the rest of its length at the same place; elsewhere the rule runs down the
    middle of the gutter.  In each row between two rules that cross the gutter, the rule
    is left out where a line of the row crosses it (a cell over several columns), and
    a row whose columns are ruled (a shaded header) is left as drawn."""
    vs = [r for r in rules if r["orientation"] == "v"]
    hs = [r for r in rules if r["orientation"] == "h"]
    added: list[PdfObj] = []
    rows = text_rows(glyphs)
    for stack in rule_stacks(rules, rows, page_height):
        inner = [v for v in vs if stack.x0 + TOLERANCE < v["x0"] < stack.x1 - TOLERANCE
                 and v["bottom"] > stack.top and v["top"] < stack.bottom]  # fmt: skip
        # (a rule down the whole stack sets off a column of labels and says where it
        # ends; rules that stop, a shaded header's box sides, leave their rows as drawn)
        through = [v for v in inner if _ruled([v], stack.top, stack.bottom)]
        boxes = [v for v in inner if not _ruled([v], stack.top, stack.bottom)]
        if _ruled(boxes, stack.levels[-2], stack.levels[-1]) or len(through) > 1:
            continue  # (its body is ruled: a ruled table, read as drawn)
        ruled = [(y0, y1) for y0, y1, _ in _bands(stack) if _ruled(boxes, y0, y1)]
        xs = [_gutter_x(g, inner, hs, stack)
              for g in gutters(stack, ruled, [v["x0"] for v in inner])]  # fmt: skip
        if xs and _numbers_only(stack, xs[0]):
            xs = xs[1:]
        if xs and _bulleted(stack, xs[0]):
            continue  # (an outline framed by rules: its items with their values set apart)
        xs = _unspaced(stack, sorted(set(xs)), [v["x0"] for v in through])
        xs = [x for x in xs if not any(abs(v["x0"] - x) <= TOLERANCE for v in through)]
        xs = _remarks(stack, xs, [v["x0"] for v in through])
        if not xs:
            continue
        stack = _with_split_rows(stack, hs, rows, xs, page_height)
        spans = _spans(stack, xs)
        for x in (stack.x0, *xs, stack.x1):
            levels = _levels([h["top"] for h in hs if h["x0"] - TOLERANCE <= x
                              <= h["x1"] + TOLERANCE and stack.top - TOLERANCE
                              <= h["top"] <= stack.bottom + TOLERANCE])  # fmt: skip
            start: float | None = None
            for y0, y1 in itertools.pairwise(levels):
                crossed = any(x in over for b0, b1, over in spans
                              if y0 - TOLERANCE <= b0 and b1 <= y1 + TOLERANCE)  # fmt: skip
                if crossed or _ruled(boxes, y0, y1):
                    if start is not None:
                        added.append(rule_edge("v", x, start, y0))
                    start = None
                elif start is None:
                    start = y0
            if start is not None:
                added.append(rule_edge("v", x, start, levels[-1]))
    return [*rules, *added]


def _spans(stack: RuleStack, xs: Sequence[float]) -> list[tuple[float, float, set[float]]]:
    """For each band of the stack, the gutters that a cell over several columns covers:
    those its words cross, and, in the header (the rows over the first with words in
    every column), those of the empty columns beside it that it is centred over
    ("집행계획" over four quarters, crossing only the gutter in their middle), as does
    a row of one cell under it ("【 일반회계 】"); a step under the header beside other
    words spans only the months its words cross."""
    bounds = [stack.x0, *xs, stack.x1]
    out: list[tuple[float, float, set[float]]] = []
    full = False  # (a row with words in every column: the header is over)
    for y0, y1 in itertools.pairwise(stack.levels):
        words = [(s0, s1, r.size) for r in stack.rows
                 if r.bottom > y0 + TOLERANCE and r.top < y1 - TOLERANCE
                 for s0, s1 in r.stretches]  # fmt: skip
        over: set[float] = set()
        for s0, s1, size in words:
            if not any(s0 < x < s1 for x in xs):
                continue
            if full and len(words) > 1:  # (under the header a cell spans what it crosses,
                over.update(x for x in xs if s0 < x < s1)  # but a row across it all)
                continue
            first = max(k for k, b in enumerate(bounds) if b <= s0 + TOLERANCE)
            last = min(k for k, b in enumerate(bounds) if b >= s1 - TOLERANCE)
            centre, lo, hi = (s0 + s1) / 2, bounds[first], bounds[last]
            for a in range(first, -1, -1):
                for b in range(last, len(bounds)):
                    left, right = bounds[a], bounds[b]
                    alone = not any(t0 < right and t1 > left and (t0, t1) != (s0, s1)
                                    for t0, t1, _ in words)  # fmt: skip
                    centred = abs((left + right) / 2 - centre) <= max(
                        size, CENTRED * (right - left)
                    )
                    if alone and centred and right - left > hi - lo:
                        lo, hi = left, right
            over.update(x for x in xs if lo < x < hi)
        out.append((y0, y1, over))
        full = full or all(
            any(a < (s0 + s1) / 2 < b for s0, s1, _ in words) for a, b in itertools.pairwise(bounds)
        )
    return out


def _gutter_x(
    gutter: tuple[float, float], vs: Sequence[PdfObj], hs: Sequence[PdfObj], stack: RuleStack
) -> float:
    """Where the column rule of a gutter runs: at a column rule already in it, else
    where a row rule inside the stack ends in it (rows under a cell that spans them, a
    label's, are ruled from its side on), else in its middle."""
    a, b = gutter
    for v in vs:
        if a - TOLERANCE <= v["x0"] <= b + TOLERANCE and (
            v["bottom"] > stack.top and v["top"] < stack.bottom
        ):
            return float(v["x0"])
    for h in hs:
        if stack.top + TOLERANCE < h["top"] < stack.bottom - TOLERANCE:
            for end in (h["x0"], h["x1"]):
                if a - TOLERANCE <= end <= b + TOLERANCE:
                    return float(end)
    return (a + b) / 2


def _ruled(vs: Sequence[PdfObj], y0: float, y1: float) -> bool:
    """Whether a column rule of the stack runs down the row from ``y0`` to ``y1``: the
    row is ruled (a shaded header's boxes) and read as drawn."""
    return any(v["top"] <= y0 + TOLERANCE and v["bottom"] >= y1 - TOLERANCE for v in vs)

