"""Text set in two columns down a stretch of the page (Hancom's 다단, a newsletter's
columns): read the left column whole, then the right.

Read by baseline, each row runs across both columns, and where the two columns' lines
share their baselines a line of one is glued to the line beside it.  Here a run of rows
(in the page's order) that leaves one vertical gutter near the middle of the text free
of ink, with lines of text on both sides of it, is a zone of two columns
(:func:`text_columns`); the reader cuts its glyphs at the gutter and reads each side as
lines of their own (:func:`split_glyphs`).

A zone is told from a table drawn with no rules, a label column beside its values, or
boxes side by side (:mod:`extract.read.pdf.columns`) by what fills each side: lines of
words on both, most of the left column's lines running up to the gutter (a column of
wrapped text is justified or filled to its edge), the right column's lines opening at
one left edge (or its bullets' indents), and both sides many rows deep.  Once rows show
a zone, it goes on down while its gutter stays free, whether or not the left side's
lines under them run up to it (a list's short items).  A list of short items alone, none
running up to the gutter ("○ 미술관 개관" lines down each column), is a zone where both
sides' lines are items of one mark and the right column opens just past the page's
middle, where the columns of the page's text frame part (:func:`_listed`).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from extract.read.pdf.base import Glyph, TextLine, free_stretches
from extract.read.pdf.columns import ITEM_MARK

#: where the gutter may stand: within this share of the text's width either side of its
#: middle
MIDDLE = 0.2
#: the narrowest gutter, in the text's usual size
MIN_GUTTER = 1.2
#: fewest rows with text on each side of a zone's gutter
MIN_SIDE_ROWS = 6
#: ... or, a list of short items (:func:`_listed`) ending partway down its right
#: column, this many there
MIN_LISTED_RIGHT = 3
#: share of the left side's lines at least that run up to the gutter (within
#: :data:`EDGE_REACH` sizes): a column of wrapped text fills its width
FILLED_SHARE = 0.25
EDGE_REACH = 1.5
#: share of the right side's lines at least that open within :data:`INDENT_REACH` sizes
#: of the side's leftmost line (its margin or a bullet's indent)
OPEN_SHARE = 0.8
INDENT_REACH = 4.0
#: share of a side's lines at least that open at one edge (within EDGE_TOLERANCE pt)
FLUSH_SHARE = 0.4
EDGE_TOLERANCE = 1.0
#: or: share of a side's lines at least that open at an edge at least INDENT_LINES lines
#: share (a margin and its indents), unless CENTRED_SHARE of the pairs of lines at two
#: edges have their centres within CENTRE_REACH sizes of each other
INDENT_LINES = 3
INDENTED_SHARE = 0.8
CENTRED_SHARE = 0.5
CENTRE_REACH = 0.5
#: the narrower column is this share of the wider at least
EVEN_WIDTHS = 0.75
#: a room within a side's line this many sizes wide at least parts columns of a table,
#: and this share of its lines with one make the side a table's
INNER_GAP = 2.5
GAPPED_SHARE = 0.5
#: or, a list of short items in two columns, none running up to the gutter (a page of
#: "○ 미술관 개관" lines): this share of each side's lines at least open with an item's
#: mark, both sides' commonest mark one, the left side's lines end left of the page's
#: middle and the right side's margin stands at most MIDDLE_REACH sizes right of it (at
#: most MIDDLE_SLACK left of it: a frame set a little off the middle) — where the
#: columns of the page's text frame part, half the gap between them either side
LISTED_SHARE = 0.8
MIDDLE_REACH = 3.0
MIDDLE_SLACK = 1.0
#: ... and not where each side opens with a short unmarked label of at most this many
#: letters on one row, bare words (a comparison's heads, "현 행" | "개 선"; a column's
#: own title set off in brackets, "< 현 행 >", heads its column's items)
HEAD_LETTERS = 8
_BARE_LABEL = regex.compile(r"^[\uac00-\ud7a3]++$")
#: fewest syllables a side's line has, on average
MIN_SYLLABLES = 4
_SYLLABLE = regex.compile(r"[\uac00-\ud7a3]")
#: a glyph that is a number of its own: ①, ❶, ➊
_ORDINAL_GLYPH = regex.compile(r"[①-⑳❶-❿➀-➓]")
#: an item's number, after its mark if any: "□ 11 …", "3. …"
_NUMBER = regex.compile(r"^(?:[□■❑]\s*+(\d{1,2})(?!\d)|(\d{1,2})\s*+[.)])")


@dataclass(frozen=True, slots=True)
class Zone:
    """Rows ``top`` .. ``bottom`` of the page set in two columns parted at ``gutter``."""

    top: float
    bottom: float
    gutter: float


def _size(rows: Sequence[Sequence[Glyph]]) -> float:
    sizes = sorted(g.size for row in rows for g in row if not g.is_space)
    return sizes[len(sizes) // 2] if sizes else 1.0


def _free(row: Sequence[Glyph], lo: float, hi: float) -> list[tuple[float, float]]:
    """The stretches of ``lo`` .. ``hi`` no glyph of the row covers."""
    return free_stretches(lo, hi, ((g.x0, g.x1) for g in row if not g.is_space))


def _meet(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> list[tuple[float, float]]:
    return [
        (max(x0, y0), min(x1, y1)) for x0, x1 in a for y0, y1 in b if min(x1, y1) > max(x0, y0)
    ]


def _sides(rows: Sequence[Sequence[Glyph]], gutter: float) -> tuple[list[list[Glyph]], ...]:
    left = [[g for g in row if g.cx < gutter and not g.is_space] for row in rows]
    right = [[g for g in row if g.cx >= gutter and not g.is_space] for row in rows]
    return [s for s in left if s], [s for s in right if s]


def _text(side: Sequence[Sequence[Glyph]]) -> bool:
    syllables = sum(len(_SYLLABLE.findall("".join(g.text for g in s))) for s in side)
    return bool(side) and syllables >= MIN_SYLLABLES * len(side)


def _columns(
    rows: Sequence[Sequence[Glyph]],
    free: tuple[float, float],
    size: float,
    filled: bool = True,
    middle: float | None = None,
    above: Sequence[Glyph] = (),
) -> bool:
    """Whether rows beside a free stretch are two columns of text (see the module);
    without ``filled``, whether the left side's lines need not run up to the gutter (a
    zone going on down: a list's short items under the text that showed it); ``middle``:
    the page's middle, where the columns of a list of short items part (:func:`_listed`);
    ``above``: the page's row right above the rows."""
    gutter = (free[0] + free[1]) / 2
    left, right = _sides(rows, gutter)
    if len(left) < MIN_SIDE_ROWS or len(right) < MIN_LISTED_RIGHT:
        return False
    # (a list of short items may end partway down its right column: fewer rows there)
    listed_only = len(right) < MIN_SIDE_ROWS
    if not _text(left) or not _text(right):
        return False
    reach = sum(1 for s in left if free[0] - s[-1].x1 <= EDGE_REACH * size)
    margin = min(s[0].x0 for s in right)
    opened = sum(1 for s in right if s[0].x0 - margin <= INDENT_REACH * size)
    # (columns of one width: a label column beside its items, "빅데이터 기반" | "✓ 개편(안)
    # …", is narrower than them)
    widths = free[0] - min(s[0].x0 for s in left), max(s[-1].x1 for s in right) - free[1]
    even = min(widths) >= EVEN_WIDTHS * max(widths)
    if listed_only and not (
        filled and _listed(left, right, size, middle) and not _headed(rows, above, free)
    ):
        return False
    return (
        even and _flush(left) and _flush(right) and not _numbered_across(left, right)
        and not (filled and _gapped(left, size))
        and (not filled or reach >= FILLED_SHARE * len(left) or (
            _listed(left, right, size, middle) and not _headed(rows, above, free)
        ))
        and opened >= OPEN_SHARE * len(right)
    )  # fmt: skip


def _listed(
    left: Sequence[Sequence[Glyph]], right: Sequence[Sequence[Glyph]], size: float,
    middle: float | None,
) -> bool:
    """Whether the sides are a list of short items set in the page's two text columns
    (see :data:`LISTED_SHARE`): a page of "○ 미술관 개관" lines whose left column's lines
    end well short of the gutter, the right column opening just past the page's middle."""
    if middle is None or max(s[-1].x1 for s in left) > middle:
        return False
    if not -MIDDLE_SLACK * size <= min(s[0].x0 for s in right) - middle <= MIDDLE_REACH * size:
        return False
    commonest = set()
    for side in (left, right):
        marks = [m[0].strip() for s in side if (m := ITEM_MARK.match("".join(g.text for g in s)))]
        if len(marks) < LISTED_SHARE * len(side):
            return False
        commonest.add(Counter(marks).most_common(1)[0][0])
    return len(commonest) == 1


def _headed(
    rows: Sequence[Sequence[Glyph]], above: Sequence[Glyph], free: tuple[float, float]
) -> bool:
    """Whether each side of a list of short items is headed by a short bare label of
    its own, on one row ("현 행" over one side's "○" items, "개 선" over the other's): a
    comparison's table set with no rules, read row by row, not two columns of one list."""
    gutter = (free[0] + free[1]) / 2
    for row in (above, rows[0] if rows else ()):
        ink = [g for g in row if not g.is_space]
        if not ink or any(g.x1 > free[0] and g.x0 < free[1] for g in ink):
            continue
        sides = ["".join(g.text for g in ink if (g.cx < gutter) is left) for left in (True, False)]
        if all(len(s) <= HEAD_LETTERS and _BARE_LABEL.match(s) for s in sides):
            return True
    return False


def _gapped(side: Sequence[Sequence[Glyph]], size: float) -> bool:
    """Whether most of a side's lines hold a wide room of their own (a table drawn with
    no rules, "경영부      3" beside its teams: columns within the side, not a column of
    words)."""
    wide = sum(
        1 for s in side
        if any(b.x0 - a.x1 >= INNER_GAP * size for a, b in itertools.pairwise(s))
    )  # fmt: skip
    return wide >= GAPPED_SHARE * len(side)


def _flush(side: Sequence[Sequence[Glyph]]) -> bool:
    """Whether a side's lines are set flush left: many open at one edge (a column of text,
    its bullets at their indents), not each its own (labels set centred in boxes).

    A column of several indents (its titles at the margin, "○" lines, their wraps, "-"
    lines, their wraps) may hold no such share at any one edge: its lines open at a few
    edges each shared by several lines, where centred labels part their edges while their
    centres agree."""
    edges = [s[0].x0 for s in side]
    at = [sum(1 for e in edges if abs(e - x) <= EDGE_TOLERANCE) for x in edges]
    if max(at) >= FLUSH_SHARE * len(side):
        return True
    indented = sum(1 for n in at if n >= INDENT_LINES)
    return indented >= INDENTED_SHARE * len(side) and not _centred(side)


def _centred(side: Sequence[Sequence[Glyph]]) -> bool:
    """Whether a side's lines are set centred: of the pairs of lines that open at two
    edges, most share their centre."""
    spans = [(s[0].x0, s[-1].x1, max(g.size for g in s)) for s in side]
    apart = centred = 0
    for (a0, a1, size), (b0, b1, _) in itertools.combinations(spans, 2):
        if abs(a0 - b0) > EDGE_TOLERANCE:
            apart += 1
            centred += abs((a0 + a1) - (b0 + b1)) / 2 <= CENTRE_REACH * size
    return apart > 0 and centred >= CENTRED_SHARE * apart


def _numbered_across(left: Sequence[Sequence[Glyph]], right: Sequence[Sequence[Glyph]]) -> bool:
    """Whether the two sides' items are numbered across the rows ("□ 11" beside "□ 12",
    "□ 13" under it): a list set in two columns, read row by row (:mod:`columns`)."""
    def numbers(side: Sequence[Sequence[Glyph]]) -> list[int]:
        out = []
        for s in side:
            text = "".join(g.text for g in s).lstrip()
            if text and (_ORDINAL_GLYPH.match(text[0]) or text[0] >= "\U000f0000"):
                out.append(ord(text[0]))  # (circled numbers, and Hancom's private ones)
            elif (m := _NUMBER.match(text)) is not None:
                out.append(int(m[1] or m[2]))
        return out

    a, b = numbers(left), numbers(right)
    return any(x < y < z for x, y, z in zip(a, b, a[1:], strict=False))


def text_columns(rows: Sequence[Sequence[Glyph]], middle: float | None = None) -> list[Zone]:
    """The zones of two columns among a page's rows (in order, top down); ``middle``: the
    page's middle (x), where unknown (a table's cell) no list of short items is told."""
    ink = [g for row in rows for g in row if not g.is_space]
    if not ink:
        return []
    x0, x1 = min(g.x0 for g in ink), max(g.x1 for g in ink)
    size = _size(rows)
    mid, half = (x0 + x1) / 2, (x1 - x0) * MIDDLE
    lo, hi = mid - half, mid + half
    zones: list[Zone] = []
    start = 0
    while start < len(rows):
        free = _free(rows[start], lo, hi)
        end = start
        best: tuple[int, tuple[float, float]] | None = None
        while end < len(rows):
            nxt = _meet(free, _free(rows[end], lo, hi))
            wide = [f for f in nxt if f[1] - f[0] >= MIN_GUTTER * size]
            if not wide:
                break
            free = wide
            end += 1
            widest = max(free, key=lambda f: f[1] - f[0])
            # (once rows show a zone, it goes on down while its gutter stays free)
            above = rows[start - 1] if start else ()
            if _columns(rows[start:end], widest, size, best is None, middle, above):
                best = (end, widest)
        if best is None:
            start += 1
            continue
        end, widest = best
        part = [g for row in rows[start:end] for g in row if not g.is_space]
        zones.append(
            Zone(min(g.top for g in part), max(g.bottom for g in part), sum(widest) / 2)
        )
        start = end
    return zones


def split_glyphs(
    glyphs: Sequence[Glyph], zones: Sequence[Zone]
) -> tuple[list[Glyph], list[tuple[int, list[Glyph], list[Glyph]]]]:
    """The glyphs outside every zone, and each zone's (index, left glyphs, right glyphs)."""
    rest: list[Glyph] = []
    parts: list[tuple[int, list[Glyph], list[Glyph]]] = [(i, [], []) for i in range(len(zones))]
    for g in glyphs:
        at = next(
            (i for i, z in enumerate(zones) if z.top - 0.5 <= g.cy <= z.bottom + 0.5), None
        )
        if at is None:
            rest.append(g)
        elif g.cx >= zones[at].gutter:
            parts[at][2].append(g)
        else:
            parts[at][1].append(g)
    return rest, parts


#: a line this share of its height at least right of its column's margin hangs in
#: (under an item's text)
HANG = 0.5
#: the width of the space before a word, in the height of its line
SPACE_SHARE = 0.25
#: letters of the head's first word at least for its not fitting after the foot line to
#: tell a wrap: whether a word of two would have fitted hangs on spacing too fine to read
#: ("주요 추진일정 …" two letters past a short foot line is a title, not a wrap)
WORD_LETTERS = 3
#: the run number of a zone of two text columns (apart from the runs of boxes side by side
#: :func:`~extract.read.pdf.columns.split_rows` numbers from 0)
ZONE_RUN = 10_000


def _turned(foot: TextLine, head: TextLine, edge: float, margin: float) -> bool:
    """Whether the left column's foot line may go on at the right column's head: the
    foot line is full, running up to its column's right ``edge`` (within
    :data:`EDGE_REACH` of its height, or so near that the head's first word would not have
    fitted after it; a short one, "만드는 축제를 개최", ends its item,
    and a title may open the right column), or the head line hangs in from the right
    column's ``margin`` (under an item's text, where no title opens)."""
    height = max(foot.bottom - foot.top, 1.0)
    # (full: the head's first word, at the head's pitch, would not have fitted after it)
    first = head.text.split()[0] if head.text.split() else ""
    pitch = (head.x1 - head.x0) / max(len(head.text.replace(" ", "")), 1)  # (a letter's)
    room = edge - foot.x1 - SPACE_SHARE * height
    return (
        foot.x1 >= edge - EDGE_REACH * height
        or (len(first) >= WORD_LETTERS and len(first) * pitch > room)
        or head.x0 - margin >= HANG * height
    )


def column_turns(lines: Sequence[TextLine]) -> dict[int, float]:
    """The lines (by index, in reading order) that open the right column of a zone of two
    text columns right after the left column's last line, each with how far right of the
    left column's margin the right column's stands: where a paragraph may go on from the
    foot of one column to the head of the next, as over a page break, where the foot
    line is full or the head line hangs under an item's text (:func:`_turned`; a
    column's edge: its longest line)."""
    margins: dict[tuple[int, int], float] = {}
    edges: dict[tuple[int, int], float] = {}
    for ln in lines:
        if ln.column is not None and ln.column[0] >= ZONE_RUN:
            margins[ln.column] = min(margins.get(ln.column, ln.x0), ln.x0)
            edges[ln.column] = max(edges.get(ln.column, ln.x1), ln.x1)
    turns: dict[int, float] = {}
    for k, (a, b) in enumerate(itertools.pairwise(lines), start=1):
        if (
            a.column is not None and a.column[0] >= ZONE_RUN and a.column[1] == 0
            and b.column == (a.column[0], 1)
            and _turned(a, b, edges[a.column], margins[b.column])
        ):
            turns[k] = margins[b.column] - margins[a.column]
    return turns
