"""Tables drawn with row rules only: their column rules, from where the text leaves room.

A table may be drawn with no column rules at all: a rule over it, one under it and one
between each two rows, its header at most shaded.  Read as drawn, no cell is closed,
and each row becomes a line of words that no parser can split into its columns.  Here
such a table gets the column rules it leaves out, before the rules become cells
(:func:`~extract.read.pdf.rules.find_ruled_tables`):

* :func:`~extract.read.pdf.rowstacks.rule_stacks` - runs of two or more row bands,
  each between two rules of one extent, whose lines (read within the extent: a table
  may stand beside another) are set in columns, but for a row or two across the table
  between two that are; one band at the top of a page too (the rest of a table the page
  before began);
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
from statistics import median

import regex

from extract.read.pdf.base import Glyph, PdfObj, rule_edge
from extract.read.pdf.rowsplit import row_rules
from extract.read.pdf.rowstacks import (
    MIN_GUTTER,
    TOLERANCE,
    RuleStack,
    levels_of,
    parts_of,
    rule_stacks,
    stack_bands,
    text_rows,
    with_split_rows,
)

#: a cell's words are centred over columns when off their middle by at most this share
#: of their width (or a letter)
CENTRED = 0.05
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
        band for y0, y1, band in stack_bands(stack)
        if (y0, y1) not in skip and len(parts_of(band)) > 1
    ]  # fmt: skip
    if not bands:
        return []
    # (a band's room before its first words and after its last is free too, but no
    # gutter: a column empty in one row is still a column)
    parts = [parts_of(band) for band in bands]
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
            (y0, t) for y0, _, band in stack_bands(stack) for r in band
            for (s0, s1), t in zip(r.stretches, r.texts, strict=True) if a <= s0 and s1 <= b
        ]  # fmt: skip
        letters = all(len(t) == 1 and t.isalpha() for _, t in words)
        if words and letters and max(Counter(y0 for y0, _ in words).values()) == 1:
            spaced.update((a, b))
    return [x for x in xs if x not in spaced]


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
        ruled = [(y0, y1) for y0, y1, _ in stack_bands(stack) if _ruled(boxes, y0, y1)]
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
        stack = with_split_rows(stack, hs, rows, xs, page_height)
        spans = _spans(stack, xs)
        added += row_rules(stack, xs)  # (rows no rule parts: a line of words across, each)
        if not any(abs(h["top"] - stack.bottom) <= TOLERANCE and h["x0"] <= stack.x0 + TOLERANCE
                   and h["x1"] >= stack.x1 - TOLERANCE for h in hs):  # fmt: skip
            # (a table open at the page's foot, the page break cutting it: closed there)
            foot = rule_edge("h", stack.bottom, stack.x0, stack.x1)
            added.append(foot)
            hs = [*hs, foot]
        for x in (stack.x0, *xs, stack.x1):
            levels = levels_of([h["top"] for h in hs if h["x0"] - TOLERANCE <= x
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


