"""Text with provenance: the one structure every stage after reading works on.

A :class:`Document` is a list of :class:`Line` objects and, beside them, the
tables the reader found as :class:`Grid` objects.  Each line keeps the text
exactly as read (``raw``), the normalized text the parsers see (``text``),
its 1-based line number and, for PDFs, its page (for HWP/HWPX files, which
have no pages, ``where`` names the paragraph or table cell).  Every reader
also linearizes its tables into lines (row by row), so a table's cells name
the lines their text became: a record built from lines or from cells can
always say where it came from (see :class:`Span`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal, NamedTuple

#: the raw text of a blank line that stands where a picture is drawn in the text's flow
#: (a Hangul file's: the object replacement character); a picture has no text, but where
#: it stands says what is left unread (an org chart) and what captions it
PICTURE_MARK = "\ufffc"


class LineKind(StrEnum):
    """What a line is before any parser looks at it."""

    CONTENT = "content"
    BLANK = "blank"
    #: page headers/footers such as "- 3 -": kept, but never parsed or residue
    FURNITURE = "furniture"


#: where something is drawn on its page: x0, top, x1, bottom, in points from the top left
BBox = tuple[float, float, float, float]


class Line(NamedTuple):
    """One line of the document.

    ``no`` is the 1-based line number: the physical line of a text file, or
    the running number of a rebuilt line in a PDF (pages in order).  A named
    tuple, not a dataclass: a report has thousands of lines and tuples are
    several times cheaper to create.
    """

    no: int
    text: str
    raw: str
    page: int | None = None
    kind: LineKind = LineKind.CONTENT
    #: where a file without pages has the line: "s0/p12" (section 0, paragraph 12) or
    #: "s0/p3/t1/r2c0/p0" (a paragraph of a table cell); None for text and PDF
    where: str | None = None

    @property
    def is_blank(self) -> bool:
        return self.kind is LineKind.BLANK

    @property
    def is_content(self) -> bool:
        return self.kind is LineKind.CONTENT


@dataclass(frozen=True, slots=True)
class Span:
    """A run of source lines: first and last line number, and their pages."""

    first: int
    last: int
    page_first: int | None = None
    page_last: int | None = None

    @classmethod
    def of(cls, lines: Iterable[Line]) -> Span:
        """The span covering ``lines`` (which must not be empty)."""
        it = iter(lines)
        start = next(it, None)
        if start is None:
            raise ValueError("a span needs at least one line")
        first = last = start
        for ln in it:  # one pass; records' lines are usually but not always in order
            if ln.no < first.no:
                first = ln
            elif ln.no > last.no:
                last = ln
        return cls(first.no, last.no, first.page, last.page)

    def provenance(self) -> dict[str, int | None]:
        """The four provenance fields every record carries."""
        return {
            "line_start": self.first,
            "line_end": self.last,
            "page_start": self.page_first,
            "page_end": self.page_last,
        }


#: a background this light (each of red, green and blue at least this) is the page's own
#: white: no shading
WHITE = 0xF8


def shade(colour: str) -> str:
    """A background colour as :attr:`Cell.fill` keeps it: "#RRGGBB" upper case, "" for
    none, white or a colour that cannot be read.

    >>> shade("#c0c0c0"), shade("#FFFFFF"), shade("none"), shade("#FF000000")
    ('#C0C0C0', '', '', '')
    """
    c = colour.strip().lstrip("#")
    if len(c) != 6 or any(ch not in "0123456789abcdefABCDEF" for ch in c):
        return ""
    rgb = [int(c[k : k + 2], 16) for k in (0, 2, 4)]
    return "" if min(rgb) >= WHITE else "#" + c.upper()


@dataclass(slots=True)
class Cell:
    """One cell of a table as the reader found it.

    ``row``/``col`` are 0-based grid positions of its top-left corner; a merged
    cell spans ``row_span`` x ``col_span`` grid positions and is the only cell
    there (merged-away positions have no cell).  A cell holds paragraphs (one
    per line of its text, as read) and may hold tables of its own.  ``lines``
    are the Document line numbers its paragraphs became.
    """

    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    paragraphs: tuple[str, ...] = ()
    lines: tuple[int, ...] = ()
    page: int | None = None
    tables: tuple[Grid, ...] = ()
    #: where a file without pages has the cell ("s0/p3/t1/r2c0"); None for PDF and text
    where: str | None = None
    #: the sides the file draws, a subset of "LRTB" in that order (left, right, top,
    #: bottom); "" where unknown (PDF, text) or none is drawn.  An organisation chart
    #: drawn as a table draws its connector lines with the borders of empty cells.
    borders: str = ""
    #: the cell's background colour ("#RRGGBB") where the file shades it; "" where it is
    #: not shaded (white counts as none) or the format does not say (text).  A schedule
    #: drawn as a Gantt chart marks the months a task runs by shading their cells.
    fill: str = ""

    @property
    def text(self) -> str:
        """The cell's paragraphs, one per line."""
        return "\n".join(self.paragraphs)

    @property
    def is_empty(self) -> bool:
        return not any(p.strip() for p in self.paragraphs)


#: how a reader found a table: drawn rules (PDF), the file's own table (HWP/HWPX), or
#: rows of a text file that line up (inferred), or whose cells are parted by tabs (tabbed:
#: a text copied out of a table, its cells told by the tabs though a text's)
GridSource = Literal["ruled", "native", "inferred", "tabbed"]


@dataclass(slots=True)
class Grid:
    """A table as the reader found it: cells on a grid of ``n_rows`` x ``n_cols``.

    Cells are in row-major order of their top-left corner.  ``page_start`` and
    ``page_end`` are equal for a table read from one PDF page; the layout
    stage joins tables that continue on the next page.
    """

    cells: list[Cell]
    n_rows: int
    n_cols: int
    source: GridSource = "ruled"
    page_start: int | None = None
    page_end: int | None = None
    #: PDF only: the table's box on its page (x0, top, x1, bottom)
    bbox: tuple[float, float, float, float] | None = None
    where: str | None = None
    #: leading rows the drawing sets apart as the header (a band of boxes of their own
    #: above the body); None where the drawing does not say
    header_rows: int | None = None
    #: PDF only: on a sheet printed with two pages side by side (2-up), the page the table
    #: is on, 0 the left and 1 the right (its page numbers are the sheet's); else None
    side: int | None = None

    @property
    def lines(self) -> list[int]:
        """Document line numbers of the table's text (nested tables included), in order."""
        out: set[int] = set()
        for c in self.cells:
            out.update(c.lines)
            for t in c.tables:
                out.update(t.lines)
        return sorted(out)

    def at(self, row: int, col: int) -> Cell | None:
        """The cell covering grid position (row, col), if any."""
        for c in self.cells:
            if c.row <= row < c.row + c.row_span and c.col <= col < c.col + c.col_span:
                return c
        return None

    def coverage_errors(self) -> list[str]:
        """Grid positions covered by no cell or by two: empty when the spans tile the grid."""
        seen: dict[tuple[int, int], int] = {}
        for c in self.cells:
            for r in range(c.row, c.row + c.row_span):
                for k in range(c.col, c.col + c.col_span):
                    seen[(r, k)] = seen.get((r, k), 0) + 1
        errors = [
            f"r{r}c{k} covered {n} times" for (r, k), n in sorted(seen.items()) if n > 1
        ]
        errors += [
            f"r{r}c{k} not covered"
            for r in range(self.n_rows)
            for k in range(self.n_cols)
            if (r, k) not in seen
        ]
        errors += [
            f"r{r}c{k} outside the {self.n_rows}x{self.n_cols} grid"
            for (r, k) in sorted(seen)
            if r >= self.n_rows or k >= self.n_cols
        ]
        return errors


@dataclass(slots=True)
class Document:
    """A report as lines and table grids, plus facts about how it was read."""

    name: str
    lines: list[Line]
    format: str = "text"
    encoding: str | None = None
    pages: int | None = None
    #: per-page text-layer quality (PDF only), filled by the PDF reader
    quality: list[dict[str, object]] = field(default_factory=list)
    #: tables as the reader found them, in document order (nested ones inside their cell)
    tables: list[Grid] = field(default_factory=list)
    #: where each PDF line sits on its page: line number -> (x0, top, x1, bottom), in
    #: points from the top left; empty for formats without a page layout
    boxes: dict[int, BBox] = field(default_factory=dict)
    #: the pictures drawn on each page (PDF): page -> their boxes, as ``boxes``
    pictures: dict[int, list[BBox]] = field(default_factory=dict)
    #: the lines (PDF) that open the right column of a stretch set in two text columns
    #: right after the left column's foot: line number -> how far (pt) right of the left
    #: column's margin that column's margin stands
    column_turns: dict[int, float] = field(default_factory=dict)
    #: problems the reader met but read past (a page it could not read, a broken span),
    #: as (code, message) pairs; the pipeline turns them into warnings
    problems: list[tuple[str, str]] = field(default_factory=list)
    #: the reader told every wrap inside a word from one between two (the PDF's engine
    #: draws the space of a wrap between words), so a cell's lines stand as read
    wraps_told: bool = False
    _by_no: dict[int, Line] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_no = {ln.no: ln for ln in self.lines}

    def __iter__(self) -> Iterator[Line]:
        return iter(self.lines)

    def __len__(self) -> int:
        return len(self.lines)

    def line(self, no: int) -> Line:
        return self._by_no[no]

    def content(self) -> list[Line]:
        """Lines a parser may use (not blank, not page furniture)."""
        return [ln for ln in self.lines if ln.is_content]


def content_lines(lines: Sequence[Line]) -> list[Line]:
    """The content lines of ``lines``, in order."""
    return [ln for ln in lines if ln.is_content]
