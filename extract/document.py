"""Text with provenance: the one structure every stage after reading works on.

A :class:`Document` is a list of :class:`Line` objects.  Each line keeps the
text exactly as read (``raw``), the normalized text the parsers see
(``text``), its 1-based line number and, for PDFs, its page.  Parsers never
see bytes or files, only lines, so a record built from lines can always say
where it came from (see :class:`Span`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple


class LineKind(StrEnum):
    """What a line is before any parser looks at it."""

    CONTENT = "content"
    BLANK = "blank"
    #: page headers/footers such as "- 3 -": kept, but never parsed or residue
    FURNITURE = "furniture"


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


@dataclass(slots=True)
class Document:
    """A report as lines, plus facts about how it was read."""

    name: str
    lines: list[Line]
    format: str = "text"
    encoding: str | None = None
    pages: int | None = None
    #: per-page text-layer quality (PDF only), filled by the PDF reader
    quality: list[dict[str, object]] = field(default_factory=list)
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
