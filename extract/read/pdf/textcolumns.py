"""Tables drawn with row rules only: their column rules, from where the text leaves room.

A table may be drawn with no column rules at all: a rule over it, one under it and one
between each two rows, its header at most shaded.  Read as drawn, no cell is closed,
and each row becomes a line of words that no parser can split into its columns.  Here
such a table gets the column rules it leaves out, before the rules become cells
(:func:`~extract.read.pdf.rules.find_ruled_tables`):

* :func:`rule_stacks` - runs of two or more row bands, each between two rules of one
  extent, whose lines are set in columns (:func:`is_columned`); one band at the top of
  a page too (the rest of a table the page before began);
* :func:`gutters` - the room between the columns: free in most of the stack's rows set
  in columns, or where a shaded header's boxes end;
* :func:`column_rules` - a rule down each gutter and both sides, broken in each row
  (between the row rules that cross the gutter) where a line of the row crosses it: a
  cell that spans columns (a header over several, a note across) stays one cell.  A
  rule already down the whole stack (a label column shaded down a chart) is a column
  rule of its own; a second one makes the table a ruled one, read as drawn.

No column is read into body text between two rules, a contents page's entries, a
list's numbers set apart from their items, a label spread letter by letter over its
cell, or a remark set apart at the end of one line.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

import regex

from extract.read.pdf.base import MIN_EDGE, BBox, Glyph, PdfObj, rule_edge

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
#: a note across a table's foot is at most this many times as high as its last row
NOTE_ROWS = 3.0
#: lines over a table at most (a running head, a page number) that still start its page
PAGE_HEADS = 2
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
    ends may leave room at its foot), and
    their words in two stretches or more a wide gap apart (a label centred between two
    lines of its neighbour is a line of its own)."""
    if not rows:
        return False
    x0, top, x1, _ = box
    for r in rows:
        if r.stretches[0][0] < x0 + PADDING or r.stretches[-1][1] > x1 - PADDING:
            return False
    if min(r.top for r in rows) - top > ROW_ROOM * median(r.size for r in rows):
        return False
    return len(_parts(rows)) > 1


def rule_stacks(rules: Sequence[PdfObj], rows: Sequence[TextRow]) -> list[RuleStack]:
    """Runs of two or more bands between row rules of one extent, the lines of each band
    set in columns (:func:`is_columned`); one band at the top of a page too (the rest of
    a table that the page before began)."""
    hs = sorted((r for r in rules if r["orientation"] == "h"), key=lambda r: r["top"])
    stacks: list[RuleStack] = []
    used: set[int] = set()
    for i, a in enumerate(hs):
        if i in used:
            continue
        x0, x1 = a["x0"], a["x1"]
        tops = [a["top"]]
        last = i
        for j in range(i + 1, len(hs)):
            b = hs[j]
            if not _same_extent(a, b) or b["top"] - tops[-1] < MIN_EDGE:
                continue
            band = [r for r in rows if _in_band(r, x0, x1, tops[-1], b["top"])]
            if not is_columned(band, (x0, tops[-1], x1, b["top"])):
                break
            tops.append(b["top"])
            used.add(j)
            last = j
        if len(tops) < 3 and not (len(tops) == 2 and _starts_page(tops[0], rules, rows)):
            continue
        inner = [h["top"] for h in hs[i : last + 1]
                 if h["x0"] >= x0 - TOLERANCE and h["x1"] <= x1 + TOLERANCE]  # fmt: skip
        inside = tuple(r for r in rows if _in_band(r, x0, x1, tops[0], tops[-1]))
        stacks.append(RuleStack(x0, x1, tuple(_levels([*tops, *inner])), inside))
    return stacks


def _starts_page(top: float, rules: Sequence[PdfObj], rows: Sequence[TextRow]) -> bool:
    """Whether a rule at ``top`` is the first thing a page draws: no rule over it, and
    no line but a running head or a page number."""
    if any(r["top"] < top - TOLERANCE for r in rules):
        return False
    return sum(r.bottom < top for r in rows) <= PAGE_HEADS


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
        for y0, y1 in zip(stack.levels, stack.levels[1:], strict=False)
    ]


def gutters(
    stack: RuleStack, skip: Sequence[tuple[float, float]] = (), ruled: Sequence[float] = ()
) -> list[tuple[float, float]]:
    """The stretches between the stack's columns: room that the lines of more than half
    of its rows set in columns leave free (or that a column rule of its header, at
    ``ruled``, runs down), where they all leave it; a row that crosses it holds a cell
    over the columns on both sides (a header over several, a note across).

    Rows in ``skip`` (ruled ones) and rows whose words are one stretch do not count."""
    bands = [
        band for y0, y1, band in _bands(stack)
        if (y0, y1) not in skip and len(_parts(band)) > 1
    ]  # fmt: skip
    if not bands:
        return []
    # (a band's room before its first words and after its last is free too, but no
    # gutter: a column empty in one row is still a column)
    edges = [(stack.x0, stack.x0), *((stack.x1, stack.x1),)]
    free = [[(a[1], b[0]) for a, b in itertools.pairwise([edges[0], *_parts(band), edges[1]])]
            for band in bands]  # fmt: skip
    least = MIN_GUTTER * median(r.size for band in bands for r in band)
    found: list[tuple[float, float]] = []
    for g0, g1 in sorted({g for gaps in free for g in gaps[1:-1]}):
        drawn = [x for x in ruled if g0 <= x <= g1]
        if drawn:  # (the header's rules say where its columns end)
            found += [(x, x) for x in drawn if not any(a <= x <= b for a, b in found)]
            continue
        lo, hi, n = g0, g1, 0
        for gaps in free:
            near = max(gaps, key=lambda g: min(hi, g[1]) - max(lo, g[0]))
            room = min(hi, near[1]) - max(lo, near[0])
            # (words over most of the room cross it: a cell over both columns)
            if room >= max(least, (hi - lo) / 2):
                lo, hi, n = max(lo, near[0]), min(hi, near[1]), n + 1
        if 2 * n > len(free) and not any(a <= hi and b >= lo for a, b in found):
            found.append((lo, hi))
    return sorted(found)


#: a list's numbers set apart from their items ("5.   행복한 출산·양육 …") are no column
LIST_NUMBER = regex.compile(r"^(?:\d{1,2}[.)]|\(\d{1,2}\)|[①-⑳]|[가-하][.)])$")


def _numbers_only(stack: RuleStack, x: float) -> bool:
    """Whether all the words left of ``x`` in the stack are the numbers of a list."""
    left = [t for r in stack.rows for (s0, _), t in zip(r.stretches, r.texts, strict=True)
            if s0 < x]  # fmt: skip
    return bool(left) and all(LIST_NUMBER.match(t) for t in left)


def _filled(stack: RuleStack, xs: Sequence[float], fixed: Sequence[float]) -> list[float]:
    """Gutters ``xs`` but those that set off a column with words on one line only: a
    remark set apart at the end of a line ("(신규)"), where a column has a header over
    its words, or the letters of vertical text stacked."""
    least = min(2, len(stack.rows))
    out = sorted(xs)
    while out:
        bounds = sorted({stack.x0, stack.x1, *out, *fixed})
        for a, b in itertools.pairwise(bounds):
            held = sum(any(a <= (s0 + s1) / 2 <= b for s0, s1 in r.stretches) for r in stack.rows)
            if held < least and (a in out or b in out):
                out.remove(a if a in out else b)
                break
        else:
            return out
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
    stack: RuleStack, hs: Sequence[PdfObj], rows: Sequence[TextRow], xs: Sequence[float]
) -> RuleStack:
    """The stack with the band over it and the one under it, between rules of its
    extent, where their lines stand inside its columns: a row that a page break splits
    may hold words in one column only (the rest of a finding's actions at the top of a
    page), so it is not set in columns on its own.  A note across the table's foot is its
    last row too (:func:`_note_under`)."""
    same = sorted(h["top"] for h in hs if abs(h["x0"] - stack.x0) <= TOLERANCE
                  and abs(h["x1"] - stack.x1) <= TOLERANCE)  # fmt: skip
    above = [y for y in same if y < stack.top - MIN_EDGE][-1:]
    below = [y for y in same if y > stack.bottom + MIN_EDGE][:1]
    levels, inside = list(stack.levels), list(stack.rows)
    for y0, y1, new in [*((y, stack.top, y) for y in above),
                        *((stack.bottom, y, y) for y in below)]:  # fmt: skip
        band = [r for r in rows if _in_band(r, stack.x0, stack.x1, y0, y1)]
        fits = band and all(_fits(r, stack, xs) for r in band)
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


def column_rules(rules: Sequence[PdfObj], glyphs: Sequence[Glyph]) -> list[PdfObj]:
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
    for stack in rule_stacks(rules, rows):
        inner = [v for v in vs if stack.x0 + TOLERANCE < v["x0"] < stack.x1 - TOLERANCE
                 and v["bottom"] > stack.top and v["top"] < stack.bottom]  # fmt: skip
        # (a rule down the whole stack sets off a column of labels and says where it
        # ends; rules that stop, a shaded header's box sides, leave their rows as drawn)
        through = [v for v in inner if _ruled([v], stack.top, stack.bottom)]
        boxes = [v for v in inner if not _ruled([v], stack.top, stack.bottom)]
        if _ruled(boxes, stack.levels[-2], stack.levels[-1]) or len(through) > 1:
            continue  # (its body is ruled: a ruled table, read as drawn)
        ruled = [(y0, y1) for y0, y1, _ in _bands(stack) if _ruled(boxes, y0, y1)]
        xs = [_gutter_x(g, inner, stack) for g in gutters(stack, ruled, [v["x0"] for v in inner])]
        if xs and _numbers_only(stack, xs[0]):
            xs = xs[1:]
        xs = _unspaced(stack, sorted(set(xs)), [v["x0"] for v in through])
        xs = [x for x in xs if not any(abs(v["x0"] - x) <= TOLERANCE for v in through)]
        xs = _filled(stack, xs, [v["x0"] for v in through])
        if not xs:
            continue
        stack = _with_split_rows(stack, hs, rows, xs)
        for x in (stack.x0, *xs, stack.x1):
            levels = _levels([h["top"] for h in hs if h["x0"] - TOLERANCE <= x
                              <= h["x1"] + TOLERANCE and stack.top - TOLERANCE
                              <= h["top"] <= stack.bottom + TOLERANCE])  # fmt: skip
            start: float | None = None
            for y0, y1 in itertools.pairwise(levels):
                crossed = any(
                    s0 < x < s1 and r.bottom > y0 + TOLERANCE and r.top < y1 - TOLERANCE
                    for r in stack.rows for s0, s1 in r.stretches
                )  # fmt: skip
                if crossed or _ruled(boxes, y0, y1):
                    if start is not None:
                        added.append(rule_edge("v", x, start, y0))
                    start = None
                elif start is None:
                    start = y0
            if start is not None:
                added.append(rule_edge("v", x, start, levels[-1]))
    return [*rules, *added]


def _gutter_x(gutter: tuple[float, float], vs: Sequence[PdfObj], stack: RuleStack) -> float:
    """Where the column rule of a gutter runs: at a rule already in it, else its middle."""
    a, b = gutter
    for v in vs:
        if a - TOLERANCE <= v["x0"] <= b + TOLERANCE and (
            v["bottom"] > stack.top and v["top"] < stack.bottom
        ):
            return float(v["x0"])
    return (a + b) / 2


def _ruled(vs: Sequence[PdfObj], y0: float, y1: float) -> bool:
    """Whether a column rule of the stack runs down the row from ``y0`` to ``y1``: the
    row is ruled (a shaded header's boxes) and read as drawn."""
    return any(v["top"] <= y0 + TOLERANCE and v["bottom"] >= y1 - TOLERANCE for v in vs)

