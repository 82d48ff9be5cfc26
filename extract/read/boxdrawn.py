"""Tables a text export draws with box characters -> :class:`Grid`.

A table drawn in a text file frames its rows with rules (``┌──┬──┐``, ``├──┼──┤``,
``└──┴──┘``, or ASCII ``+----+----+``) and parts its cells with verticals (``│``,
``|``).  Stages: :func:`framed_runs` (the lines from a top rule to a bottom one)
-> :func:`_bounds` (the columns: where the rules and the verticals stand, with
the width East Asian text takes) -> :func:`_grid` (the rows between two rules,
a cell a stretch between two verticals, a cell open to the row under it where
the rule between them draws nothing over it; a rule that a merged cell's text
crosses, ``│ 환경국 ├────┼────┤``, a rule where it strokes and that cell's text
where it is written).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from extract.document import Cell, Grid, Line, LineKind
from extract.read.glyphs import normalize_text

#: what draws a rule along a row
HORIZONTALS = frozenset("─━═╌╍┄┅┈┉-=")
#: what a rule draws where a column's border crosses it, and the verticals
JUNCTIONS = frozenset("┼┿╂╋╪╫╬├┝┞┟┠┡┢┣╞╟╠┤┥┦┧┨┩┪┫╡╢╣┬┭┮┯┰┱┲┳╤╥╦┴┵┶┷┸┹┺┻╧╨╩+")
VERTICALS = frozenset("│┃║╎╏┆┇┊┋|")
#: the corners a table's first rule opens with and its last one
TOP_CORNERS = frozenset("┌┍┎┏╒╓╔+")
BOTTOM_CORNERS = frozenset("└┕┖┗╘╙╚")
CORNERS = TOP_CORNERS | BOTTOM_CORNERS | frozenset("┐┑┒┓╕╖╗┘┙┚┛╛╜╝")
#: where a cell's border stands on a line
BORDERS = JUNCTIONS | VERTICALS | CORNERS
#: a rule drawn heavier than the others ends the header (``╞══╪══╡``, ``+====+``)
HEAVY = frozenset("━═=")
#: the least of horizontal strokes a rule draws
MIN_STROKES = 3


def _is_rule(s: str) -> bool:
    """A line that draws a rule: borders and strokes, nothing written."""
    t = s.strip()
    return (
        sum(ch in HORIZONTALS for ch in t) >= MIN_STROKES
        and all(ch in BORDERS or ch in HORIZONTALS or ch == " " for ch in t)
    )


def _stroked(stretch: str) -> bool:
    """A stretch between two borders that a rule strokes from one to the other (not a
    cell's dash, ``-``, nor one padded with spaces)."""
    return (
        bool(stretch)
        and all(ch in HORIZONTALS for ch in stretch)
        and (len(stretch) >= MIN_STROKES or any(ch not in "-=" for ch in stretch))
    )


def _stretches(s: str) -> list[tuple[str, str, str]]:
    """What ``s`` writes between each two of its borders, with those borders."""
    out: list[tuple[str, str, str]] = []
    left, cur = "", ""
    for ch in s.strip():
        if ch in BORDERS:
            if left:
                out.append((left, cur, ch))
            left, cur = ch, ""
        elif left:
            cur += ch
    return out


def _is_crossed_rule(s: str) -> bool:
    """A rule that a merged cell's text crosses: its text centred down the rows it spans
    stands on the rule between two of them, ``│ 환경국 ├──────┼────┤``, or on the rule
    under a header's group, ``│ 예산(A) │ 예산(B) ├──────┬─────┤``: strokes between some
    borders, each run meeting a junction (not a cell's line drawn between two verticals,
    ``│ ──── │``), something written between others."""
    parts = _stretches(s)
    stroked = [(a, p, b) for a, p, b in parts if _stroked(p)]
    return (
        not _is_rule(s)
        and sum(len(p) for _, p, _ in stroked) >= MIN_STROKES
        and all(a in JUNCTIONS or b in JUNCTIONS for a, _, b in stroked)
        and any(p.strip() and not _stroked(p) for _, p, _ in parts)
    )


def _is_row(s: str, written: bool = True) -> bool:
    """A line of a table's row: framed by borders on both sides, something written (or
    not, ``written`` False: a row left blank inside a table)."""
    t = s.strip()
    return (
        len(t) > 2
        and t[0] in BORDERS
        and t[-1] in BORDERS
        and not _is_rule(t)
        and (not written or any(ch not in BORDERS and not ch.isspace() for ch in t))
    )


def _may_draw(lines: Sequence[Line]) -> bool:
    """Whether a text may draw a table at all (a scan of the whole text at once, so that
    a long text that draws none pays next to nothing)."""
    text = "\n".join(ln.text for ln in lines)
    return any(c in text for c in TOP_CORNERS - {"+"}) or "+-" in text or "+=" in text


def framed_runs(lines: Sequence[Line]) -> list[list[Line]]:
    """The runs of lines from a top rule to a bottom one (or to the last framed line,
    for ASCII tables, whose rules all look alike), rows and rules only; a page's
    number or a blank line inside a table is passed over where the table goes on."""
    runs: list[list[Line]] = []
    i = 0
    while i < len(lines):
        first = lines[i].text.strip()
        if not (first and first[0] in TOP_CORNERS and _is_rule(first)):
            i += 1
            continue
        run, j = [lines[i]], i + 1
        while j < len(lines):
            ln = lines[j]
            if _is_rule(ln.text) or _is_row(ln.text, written=False):
                run.append(ln)
                j += 1
                if ln.text.strip()[0] in BOTTOM_CORNERS:
                    break
                continue
            # (a page number or a blank line: the table goes on when a framed line follows,
            # and the gap ends a row as a rule does)
            k = j
            while k < len(lines) and not lines[k].is_content:
                k += 1
            if k == j or k == len(lines) or not (
                _is_row(lines[k].text) or _is_rule(lines[k].text)
            ):
                break
            run.append(lines[j])
            j = k
        if any(_is_row(ln.text) for ln in run) and _columns(run) > 1:
            runs.append(run)
        i = j
    return runs


def _width(ch: str, ambiguous: int) -> int:
    """The columns ``ch`` takes: two for a wide character, ``ambiguous`` for one whose
    width the writer's font decides (box characters, ○, ·), none for a combining mark."""
    if unicodedata.combining(ch):
        return 0
    kind = unicodedata.east_asian_width(ch)
    return 2 if kind in "WF" else ambiguous if kind == "A" else 1


def _columns_at(s: str, ambiguous: int) -> list[int]:
    """The column each character of ``s`` starts at."""
    out, at = [], 0
    for ch in s:
        out.append(at)
        at += _width(ch, ambiguous)
    return out


def _borders(s: str, ambiguous: int) -> tuple[int, ...]:
    """The columns of the borders ``s`` draws."""
    return tuple(at for at, ch in zip(_columns_at(s, ambiguous), s, strict=True) if ch in BORDERS)


class _Frame(NamedTuple):
    """How a table's lines stand: the width of an ambiguous character and the columns
    of every border (a line that draws them all)."""

    ambiguous: int
    bounds: tuple[int, ...]

    @property
    def n_cols(self) -> int:
        return len(self.bounds) - 1

    def leaves(self, s: str) -> list[tuple[int, int]]:
        """Each border of ``s`` as (its index in ``s``, the border of the frame it is): in
        order where ``s`` draws them all (a writer who pads an open stretch of a rule
        narrower than its strokes still draws them in order), else the nearest."""
        at = _columns_at(s, self.ambiguous)
        idx = [i for i, ch in enumerate(s) if ch in BORDERS]
        if len(idx) == len(self.bounds):
            return list(zip(idx, range(len(idx)), strict=True))
        return [
            (i, min(range(len(self.bounds)), key=lambda k: abs(self.bounds[k] - at[i])))
            for i in idx
        ]


def _frame(run: Sequence[Line]) -> _Frame:
    """The frame whose borders the most lines of ``run`` draw where it has them: the
    widest line's, with the ambiguous width that fits (a Korean editor draws ``─`` two
    columns wide, others one)."""

    def fit(ambiguous: int) -> tuple[int, _Frame]:
        drawn = [_borders(ln.text, ambiguous) for ln in run]
        most = max(len(d) for d in drawn)
        bounds = Counter(d for d in drawn if len(d) == most).most_common(1)[0][0]
        hits = sum(at in bounds for d in drawn for at in d)
        return hits, _Frame(ambiguous, bounds)

    return max((fit(2), fit(1)), key=lambda f: f[0])[1]


def _columns(run: Sequence[Line]) -> int:
    return _frame(run).n_cols


def _segments(s: str, frame: _Frame) -> list[tuple[int, int, str]]:
    """A row's line as (first column, end column, text) for each stretch between two
    borders."""
    out: list[tuple[int, int, str]] = []
    marks = frame.leaves(s)
    crossed = _is_crossed_rule(s)
    for (i, a), (j, b) in pairwise(marks):
        if b > a:
            # (a stretch a rule strokes, where a merged cell's text crosses it, holds no text)
            text = s[i + 1 : j]
            out.append((a, b, "" if crossed and _stroked(text) else text.strip()))
    return out


def _open(s: str, frame: _Frame) -> set[int]:
    """The columns a rule draws no stroke over: the cell above goes on under it (on a
    rule a merged cell's text crosses, only a stretch stroked whole is ruled: the text
    may hold a dash, ``금액(A-B)``)."""
    closed: set[int] = set()
    marks = frame.leaves(s)
    whole = _is_rule(s)
    for (i, a), (j, b) in pairwise(marks):
        stretch = s[i + 1 : j]
        if _stroked(stretch) or (whole and any(ch in HORIZONTALS for ch in stretch)):
            closed.update(range(a, b))
    return set(range(frame.n_cols)) - closed


#: a cell's text that is a figure or a mark of a table of periods ("152,384,500", "△3.2",
#: "4.6%", "-", "■")
_FIGURE_OR_MARK = re.compile(r"^(?:[△▲▽-]?\s*\d[\d,]*(?:\.\d+)?\s*%?|[-■□●○◎◯★☆▲△✓✔])$")


def _rows_of_lines(band: Sequence[Line], frame: _Frame) -> bool:
    """Lines between two rules that are each a row of their own, no rule drawn between
    them: each names its row in the first column and holds a figure or a mark beside it
    (a wrapped row's other lines hold a word of its label alone, or text of its cells)."""
    if len(band) < 2 or any(_is_crossed_rule(ln.text) for ln in band):
        return False
    for ln in band:
        cells = _segments(ln.text, frame)
        if not cells or not cells[0][2] or not any(
            _FIGURE_OR_MARK.match(text) for _, _, text in cells[1:]
        ):
            return False
    return True


def _grid(run: Sequence[Line]) -> Grid:
    frame = _frame(run)
    n_cols = frame.n_cols
    # the bands of lines between two rules, each with the columns the rule above leaves open
    bands: list[tuple[set[int], list[Line]]] = []
    opened: set[int] = set()
    heavy_at: int | None = None
    for ln in run:
        if not ln.is_content or _is_rule(ln.text):
            opened = _open(ln.text, frame) if ln.is_content else set()
            if bands and heavy_at is None and HEAVY & set(ln.text) and ln is not run[-1]:
                heavy_at = len(bands)
            if bands and bands[-1][1]:
                bands.append((opened, []))
            elif bands:
                bands[-1] = (opened, [])
        elif bands and _is_crossed_rule(ln.text):
            # (a merged cell's text on the rule: the line ends the band above, its text
            # that cell's, which goes on under the rule where the rule strokes nothing)
            bands[-1][1].append(ln)
            stroked = "".join(p for _, p, _ in _stretches(ln.text) if _stroked(p))
            if heavy_at is None and HEAVY & set(stroked):
                heavy_at = len(bands)
            bands.append((_open(ln.text, frame), []))
        elif bands:
            bands[-1][1].append(ln)
        else:
            bands.append((opened, [ln]))
    bands = [(o, lns) for o, lns in bands if lns]
    if len(bands) == 1 or (len(bands) == 2 and heavy_at == 1):
        # (no rule between the body's rows: a row a line)
        bands = bands[:-1] + [(set(), [ln]) for ln in bands[-1][1]]
    # (nor between the rows after a total's: a band whose every line is a row of its own)
    bands = bands[:1] + [
        b for o, lns in bands[1:]
        for b in ([(o, [lns[0]])] + [(set(), [ln]) for ln in lns[1:]]
                  if _rows_of_lines(lns, frame) else [(o, lns)])
    ]  # fmt: skip
    cells: list[Cell] = []
    # the cell each column's last row has, for a cell that goes on under an open rule
    above: dict[int, Cell] = {}
    for r, (opened, band) in enumerate(bands):
        first = _segments(band[0].text, frame)
        row: dict[int, Cell] = {}
        for c0, c1, _ in first:
            prev = above.get(c0)
            span = set(range(c0, c1))
            if (
                prev is not None
                and span <= opened
                and (prev.col, prev.col + prev.col_span) == (c0, c1)
            ):
                prev.row_span = r - prev.row + 1
                cell = prev
            else:
                cell = Cell(r, c0, col_span=c1 - c0, page=band[0].page)
                cells.append(cell)
            for k in span:
                row[k] = cell
        for ln in band:
            for c0, _, text in _segments(ln.text, frame):
                into = row.get(c0)
                if into is not None and text:
                    into.paragraphs = (*into.paragraphs, normalize_text(text))
                    into.lines = (*into.lines, ln.no)
        above = row
    # (a row whose line drew fewer borders than the columns: the gap is a cell of its own)
    covered = {
        (r, k)
        for c in cells
        for r in range(c.row, c.row + c.row_span)
        for k in range(c.col, c.col + c.col_span)
    }
    cells += [
        Cell(r, k, page=bands[r][1][0].page)
        for r in range(len(bands))
        for k in range(n_cols)
        if (r, k) not in covered
    ]
    cells.sort(key=lambda c: (c.row, c.col))
    pages = [ln.page for ln in run]
    return Grid(cells, len(bands), n_cols, "ruled", pages[0], pages[-1], header_rows=heavy_at)


def _unstroke(s: str) -> str:
    """``s`` with each stretch a rule strokes between two borders blanked, a space a
    stroke, so that what is written keeps its place."""
    out: list[str] = []
    stretch: list[str] = []
    for ch in s:
        if ch in BORDERS:
            out.append(" " * len(stretch) if _stroked("".join(stretch)) else "".join(stretch))
            out.append(ch)
            stretch = []
        else:
            stretch.append(ch)
    out.append("".join(stretch))
    return "".join(out)


#: a vertical bar alone between spaces or at a line's ends
_STRAY_BAR = re.compile(r"(?:(?<=\s)|^)\|(?=\s|$)")


def box_grids(lines: Sequence[Line]) -> tuple[list[Grid], list[Line]]:
    """The tables drawn with box characters, and ``lines`` as a reader of rows sees
    them: a line that only draws (a rule, a row with nothing written) is furniture, and
    a row's borders are gaps between its cells, as a PDF's row of a table reads."""
    grids: list[Grid] = []
    drawn: set[int] = set()
    for run in framed_runs(lines) if _may_draw(lines) else []:
        grid = _grid(run)
        grids.append(grid)
        drawn |= {ln.no for ln in run}
    out = []
    for ln in lines:
        if ln.no not in drawn and "|" in ln.text:
            # (a bar between spaces outside a drawn table, "  | 계   26   25   △1  |": a
            # rule OCR read where the page drew one, no text; the column stays where it is)
            ln = ln._replace(text=_STRAY_BAR.sub(" ", ln.text).rstrip())
        if ln.no in drawn and ln.is_content and _is_rule(ln.text):
            ln = ln._replace(kind=LineKind.FURNITURE)
        elif ln.no in drawn and ln.is_content:
            if _is_crossed_rule(ln.text):
                # (a merged cell's text on a rule: the strokes are no text of the line)
                ln = ln._replace(text=_unstroke(ln.text))
            text = "".join("  " if ch in BORDERS else ch for ch in ln.text).rstrip()
            kind = LineKind.CONTENT if text.strip() else LineKind.FURNITURE
            ln = ln._replace(text=text, kind=kind)
        out.append(ln)
    return grids, out
