"""A text table of years over rows of figures alone, no row label (a card's series):

         - 연도별 지원 실적
              2024년    2025년    2026년(목표)
               290       305        320

Its header is a line of years set apart by runs of spaces ("2026년(목표)" with what it
counts), or of a year's periods (`상반기  하반기`), beside them the series' total, change or
remarks (`2025년  2026년  2027년  계`, `… 2026년  증  감`), each row a line of figures one
under each head; without this they were the bullet's wrapped text.  :func:`year_table`
reads it as a grid, the heads its header.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from extract.document import Cell, Grid, Line
from extract.layout.cells import is_value
from extract.layout.gapgrid import letter_phrases
from extract.layout.markers import read_marker
from extract.layout.textspans import COLUMN_GAP, line_spans, phrases
from extract.layout.vocab import SERIES_PERIOD_HEADS, SERIES_SIDE_HEADS, YEAR

#: a year over a column, with the word it counts ("2026년(목표)", "’25 실적", "2024년도")
_YEAR_HEAD = re.compile(
    "^" + YEAR + r"(?:년도?)?(?:\s?\(?[가-힣A-Za-z]{1,4}\)?)?$"
)

#: how a year over a column opens
_YEAR_START = re.compile("^" + YEAR)
#: the least heads of a series that are years or periods
MIN_SERIES = 2

Span = tuple[str, int, int]


def _mid(span: Span) -> float:
    return (span[1] + span[2]) / 2


#: a run of spaces between columns, counted as characters (one wide space, an ideographic
#: one, parts no columns)
_RUN_OF_SPACES = re.compile(r"\s{2,}+")


def _apart(spans: Sequence[Span], ln: Line) -> bool:
    """Whether ``spans``, a line's phrases, stand apart by runs of spaces each."""
    runs = [p for p in _RUN_OF_SPACES.split(ln.text.strip()) if p]
    return len(runs) == len(spans) and all(
        b[1] - a[2] >= COLUMN_GAP for a, b in itertools.pairwise(spans)
    )


def _under(years: Sequence[Span], ln: Line) -> list[str] | None:
    """A line's figures, one under each of ``years`` (the one it stands nearest, in
    order); None for a line of anything else."""
    spans = phrases(line_spans(ln))
    if len(spans) != len(years) or not _apart(spans, ln):
        return None
    if not all(is_value(w) for w, _, _ in spans):
        return None
    near = [min(range(len(years)), key=lambda c: abs(_mid(s) - _mid(years[c]))) for s in spans]
    return [w for w, _, _ in spans] if near == list(range(len(years))) else None


#: the letters a series' head other than a year opens with
_SERIES_OPEN = frozenset(w[0] for w in SERIES_PERIOD_HEADS | SERIES_SIDE_HEADS)


def _series_word(word: str) -> bool:
    squashed = "".join(word.split())
    return squashed in SERIES_PERIOD_HEADS or squashed in SERIES_SIDE_HEADS


def series_heads(head: Line) -> list[Span] | None:
    """The heads of a series' columns where ``head`` is a line of them set apart by runs of
    spaces: years or periods, two at least, with the series' total, change or remarks (a
    word spaced out letter by letter one head: "증  감"); None for any other line.

    >>> [w for w, _, _ in series_heads(Line(1, "  2025년   2026년   증  감", "")) or ()]
    ['2025년', '2026년', '증 감']
    >>> series_heads(Line(2, "  계   국비   도비", "")) is None
    True
    """
    first = head.text.split(maxsplit=1)
    if (
        not first or not _RUN_OF_SPACES.search(head.text)
        or not (_YEAR_START.match(first[0]) or first[0][0] in _SERIES_OPEN)
    ):  # fmt: skip
        return None  # (at once, for any line that opens with no year nor a series' word)
    spans = phrases(line_spans(head))
    if len(spans) < 2 or not _apart(spans, head):
        return None
    heads = letter_phrases(spans)
    years = [
        w for w, _, _ in heads if _YEAR_HEAD.match(w) or "".join(w.split()) in SERIES_PERIOD_HEADS
    ]
    if len(years) < MIN_SERIES or not all(
        _YEAR_HEAD.match(w) or _series_word(w) for w, _, _ in heads
    ):
        return None
    return heads


def year_table(content: Sequence[Line], i: int) -> tuple[Grid, int] | None:
    """The table whose header is ``content[i]``, a line of two years or more set apart
    (see the module docstring), over the lines of figures under it: the grid and the
    index after its last row; None for any other line.

    >>> rows = ["  2024년    2025년    2026년(목표)", "   290       305        320", "○ 다음"]
    >>> grid, j = year_table([Line(n, t, t) for n, t in enumerate(rows, 1)], 0)
    >>> j, [c.text for c in grid.cells]
    (2, ['2024년', '2025년', '2026년(목표)', '290', '305', '320'])
    """
    head = content[i]
    years = series_heads(head)
    if years is None:
        return None
    rows: list[tuple[Line, list[str]]] = []
    j = i + 1
    while j < len(content) and read_marker(content[j].text) is None:
        row = _under(years, content[j])
        if row is None:
            break
        rows.append((content[j], row))
        j += 1
    if not rows:
        return None
    cells = [Cell(0, c, paragraphs=(w,), lines=(head.no,), page=head.page)
             for c, (w, _, _) in enumerate(years)]  # fmt: skip
    cells += [
        Cell(r, c, paragraphs=(w,), lines=(ln.no,), page=ln.page)
        for r, (ln, row) in enumerate(rows, 1) for c, w in enumerate(row)
    ]  # fmt: skip
    return Grid(cells, len(rows) + 1, len(years), "inferred", head.page, rows[-1][0].page), j


#: a figure alone in a row of figures: a count, an amount, a rate, a change ("△2")
_FIGURE = re.compile(r"^[△▲▽+\-]?\d{1,3}(?:,\d{3})*+(?:\.\d{1,4})?%?$")


def figures_row(ln: Line) -> bool:
    """Whether a line is a row of two figures or more alone, set apart by runs of spaces
    ("   290       305        320"): a table's row that no table took, never the wrapped
    text of the bullet above it (a wrapped line keeps its words one space apart).

    >>> row, wrap = "   290       305        320", "12. 31."
    >>> figures_row(Line(1, row, row)), figures_row(Line(2, wrap, wrap))
    (True, False)
    """
    first = ln.text.split(maxsplit=1)
    if not first or _FIGURE.match(first[0]) is None:
        return False  # (at once, for any line that opens with no figure)
    spans = phrases(line_spans(ln))
    return (
        len(spans) >= 2 and _apart(spans, ln)
        and all(_FIGURE.match(w) is not None for w, _, _ in spans)
    )  # fmt: skip


def heads_row(ln: Line) -> bool:
    """Whether a line is a row of a table's heads no table took: two phrases or more set
    apart by runs of spaces, none a figure ("2026년(계획)   2027년 이후"); the figures
    under it go with it (:func:`figures_row` lines after it are no residue).

    >>> heads, words = "   국비    도비    군비", "   ○ 연도별 수급자 (2024년, 2025년)"
    >>> heads_row(Line(1, heads, heads)), heads_row(Line(2, words, words))
    (True, False)
    """
    if not _RUN_OF_SPACES.search(ln.text.strip()):
        return False  # (at once, for a line of words one space apart)
    spans = phrases(line_spans(ln))
    return len(spans) >= 2 and _apart(spans, ln) and not any(is_value(w) for w, _, _ in spans)
