"""What both Hangul readers read a file into, and how that becomes a :class:`Document`.

:mod:`extract.read.hwpx` (OWPML XML) and :mod:`extract.read.hwp` (HWP 5 records) walk
their files into the same small tree, so that one report saved in both formats gives
one Document:

* a section is a list of :class:`Para`; a paragraph is a run of text pieces and the
  objects anchored in it, in file order: :class:`Table` (cells with their address,
  span and drawn sides), :class:`Box` (the paragraphs of a text box, a caption, a
  header or footer, a footnote or endnote), and the head its paragraph shape gives it
  (a bullet or number set by 글머리표 / 문단 번호 / 개요, :class:`Heads`: both readers
  count them as they walk), written before its first text as if typed;
* :func:`layout` turns the sections into lines and grids.  Text is split where an
  object is anchored and at forced line breaks, and a tab is a wide gap
  (:data:`TAB_GAP`); tables are linearized in place by the PDF reader's rule
  (:func:`extract.read.pdf.cells_to_lines`); footnotes and endnotes follow the top-level
  paragraph (or table row) that anchors them (Hancom prints an endnote at its section's
  or the document's end, but it notes its anchor as a footnote does: set there, it would
  read as a note of whatever item ends the section); header and footer text is page
  furniture.  A picture is a blank line of :data:`~extract.document.PICTURE_MARK` where it
  stands (a paragraph of its own, outside tables), its caption's lines beside it (after
  it, or before it where the caption is set above or left of it).

Every line says where it came from: ``s0/p12`` (section 0, paragraph 12), then for an
object inside that paragraph ``t1`` (its table 1, 0-based), ``r2c0`` (the cell at row
2, column 0), ``cap`` (the table's caption), ``b0`` (its text box or picture caption
0), ``h0`` (header/footer 0), ``n0`` (note 0), each followed by ``p<k>`` for the
paragraph inside: ``s0/p3/t1/r2c0/p0``.  A line joined from several one-line cells
takes the ``where`` of its first cell.

``Document.tables`` holds every table that is not inside a table cell (in the body, a
text box or a note), in document order; a table inside a cell is in that cell's
``tables``.  A cell's ``paragraphs`` are the texts of its own lines (its text boxes'
included, its tables' not) and ``lines`` their line numbers.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from extract.document import PICTURE_MARK, Cell, Document, Grid, Line, LineKind
from extract.errors import ReadError
from extract.read.glyphs import TAB_GAP, is_private_use, normalize_text
from extract.read.linearize import rows_to_lines
from extract.read.text import classify, paragraph_tab_grids

BoxKind = Literal["box", "header", "footnote", "endnote", "picture"]


#: a table whose grid has more positions than this is not checked position by position
MAX_GRID_POSITIONS = 1_000_000
#: problems listed per broken table
MAX_LISTED = 6


@dataclass(slots=True)
class Para:
    """A paragraph: text pieces and anchored objects, in file order.

    Readers call :meth:`add_text` and :meth:`add` as they walk, then :meth:`done`;
    consecutive text is joined once (a paragraph may come in thousands of pieces).
    """

    items: list[str | Table | Box] = field(default_factory=list)
    #: the bullet or number its paragraph shape gives it (:class:`Heads`), not typed
    head: str = ""
    _buf: list[str] = field(default_factory=list, repr=False, compare=False)

    def add_text(self, text: str) -> None:
        if text:
            self._buf.append(text)

    def add(self, obj: Table | Box) -> None:
        self._flush()
        self.items.append(obj)

    def after_word(self) -> bool:
        """Whether the text so far ends in a character that is no space (a footnote's
        mark set raised there is the mark of that word or figure)."""
        last = self._buf[-1] if self._buf else next(
            (item for item in reversed(self.items) if isinstance(item, str)), ""
        )
        return bool(last) and not last[-1].isspace()

    def done(self) -> Para:
        """The paragraph, its head set before its first text as if typed (a paragraph of
        no text shows none).  A paragraph may go on after it is done (one whose end is
        deleted under track changes takes the next one's text): its head is set once."""
        self._flush()
        if self.head:
            for k, item in enumerate(self.items):
                if isinstance(item, str) and item.strip():
                    self.items[k] = f"{self.head} {item.lstrip()}"
                    self.head = ""
                    break
        return self

    def _flush(self) -> None:
        if self._buf:
            self.items.append("".join(self._buf))
            self._buf.clear()


@dataclass(slots=True)
class TCell:
    """A table cell as the file states it: top-left address, span, paragraphs, borders."""

    row: int
    col: int
    row_span: int
    col_span: int
    paras: list[Para]
    #: the drawn sides, as :attr:`extract.document.Cell.borders`
    borders: str = ""
    #: the background colour, as :attr:`extract.document.Cell.fill`
    fill: str = ""


@dataclass(slots=True)
class Table:
    n_rows: int
    n_cols: int
    cells: list[TCell]
    caption: list[Para] = field(default_factory=list)
    #: the caption sits below (or right of) the table
    caption_after: bool = False


@dataclass(slots=True)
class Box:
    """Paragraphs outside the body's flow: a text box or caption, header/footer, note."""

    kind: BoxKind
    paras: list[Para]
    #: a picture's caption (its paragraphs) stands below or right of it
    caption_after: bool = True


#: the sides of a border fill in the order both formats store them
SIDES = "LRTB"


def drawn_sides(drawn: Sequence[bool]) -> str:
    """The drawn sides' letters, from one flag per side in :data:`SIDES` order."""
    return "".join(side for side, on in zip(SIDES, drawn, strict=False) if on)


#: Hancom's glyphs of a number's tens digit (1 at the first code) and units digit (0 at
#: the second), which 글자 겹치기 draws one over the other into a circled number: those
#: python-hwpx writes, and moel_2025_report's (U+F02BA over U+F02C3 for its ⑩, after
#: ① .. ⑨ as U+F02B1 .. U+F02B9)
TENS_UNITS = ((0xF0289, 0xF0292), (0xF02BA, 0xF02C3))
#: circled numbers in Unicode: (first number, its code) of each run
CIRCLED_RUNS = ((36, 0x32B1), (21, 0x3251), (1, 0x2460))
MAX_CIRCLED = 50


def circled(n: int) -> str:
    """The circled number ``n`` (① .. ㊿), or its digits past 50."""
    for first, code in CIRCLED_RUNS:
        if first <= n <= MAX_CIRCLED and (first > 1 or n <= 20):
            return chr(code + n - first)
    return str(n)


def composed(chars: str) -> str:
    """The text of overlapped characters (글자 겹치기: HWPX ``hp:compose``, HWP ``tcps``).

    Hancom draws them one over another, or in a circle or box.  Plain characters ("1",
    "10") are the text; a tens glyph over a units glyph of Hancom's (:data:`TENS_UNITS`)
    is the circled number they draw, as its single circled digits read (① for U+F02B1);
    other private-use glyphs spell nothing and are left out, as a mark the layout finds
    lost.

    >>> composed("10"), composed("\U000f02ba\U000f02c3"), composed("\U000f0289\U000f0293")
    ('10', '⑩', '⑪')
    """
    codes = [ord(ch) for ch in chars]
    if len(codes) == 2:
        for tens, units in TENS_UNITS:
            t, u = codes[0] - tens + 1, codes[1] - units
            if 1 <= t <= 9 and 0 <= u <= 9:
                return circled(10 * t + u)
    return "".join(ch for ch in chars if not is_private_use(ch))


# --- paragraph heads: bullets and numbers of the paragraph shape --------------------

#: the number formats of a numbering level, by their HWP 5 code (HWPX ``numFormat``)
NUMBER_FORMATS = (
    "DIGIT", "CIRCLED_DIGIT", "ROMAN_CAPITAL", "ROMAN_SMALL", "LATIN_CAPITAL",
    "LATIN_SMALL", "CIRCLED_LATIN_CAPITAL", "CIRCLED_LATIN_SMALL", "HANGUL_SYLLABLE",
    "CIRCLED_HANGUL_SYLLABLE", "HANGUL_JAMO", "CIRCLED_HANGUL_JAMO", "HANGUL_PHONETIC",
    "IDEOGRAPH", "CIRCLED_IDEOGRAPH", "DECAGON_CIRCLE", "DECAGON_CIRCLE_HANJA",
)  # fmt: skip
#: formats that count through a list of signs (and start over after the last)
SIGNS = {
    "LATIN_CAPITAL": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "LATIN_SMALL": "abcdefghijklmnopqrstuvwxyz",
    "CIRCLED_LATIN_CAPITAL": "".join(chr(0x24B6 + i) for i in range(26)),
    "CIRCLED_LATIN_SMALL": "".join(chr(0x24D0 + i) for i in range(26)),
    "HANGUL_SYLLABLE": "가나다라마바사아자차카타파하",
    "CIRCLED_HANGUL_SYLLABLE": "".join(chr(0x326E + i) for i in range(14)),
    "HANGUL_JAMO": "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ",
    "CIRCLED_HANGUL_JAMO": "".join(chr(0x3260 + i) for i in range(14)),
    "CIRCLED_IDEOGRAPH": "".join(chr(0x3280 + i) for i in range(10)),
}
_HANGUL_DIGITS = "영일이삼사오육칠팔구"
_IDEOGRAPH_DIGITS = "〇一二三四五六七八九"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip
#: Roman numbers Unicode writes as one sign (Ⅰ .. Ⅻ), as reports type them
ROMAN_SIGNS = 12
#: a level's number in a head's format: ``^1`` .. ``^10``
_LEVEL_REF = re.compile(r"\^(10|[1-9])")
#: levels of a numbering (HWPX ``hh:paraHead level`` 1 .. 10)
MAX_LEVELS = 10
#: bullet of a paragraph shape whose bullet is a picture or names no character
PICTURE_BULLET = "•"


def format_number(n: int, fmt: str) -> str:
    """``n`` as a numbering level's format writes it (Ⅰ, 가, ①, ㉠, 일, ...)."""
    if n < 1:
        return str(n)
    if fmt == "CIRCLED_DIGIT":
        return circled(n)
    if fmt in ("ROMAN_CAPITAL", "ROMAN_SMALL") and n <= ROMAN_SIGNS:  # Ⅰ .. Ⅻ, ⅰ .. ⅻ
        return chr((0x2160 if fmt == "ROMAN_CAPITAL" else 0x2170) + n - 1)
    if fmt in ("ROMAN_CAPITAL", "ROMAN_SMALL") and n < 4000:
        out = ""
        for value, letters in _ROMAN:
            count, n = divmod(n, value)
            out += letters * count
        return out if fmt == "ROMAN_CAPITAL" else out.lower()
    signs = SIGNS.get(fmt)
    if signs:
        return signs[(n - 1) % len(signs)]
    if fmt in ("HANGUL_PHONETIC", "IDEOGRAPH") and n < 100:
        digits = _HANGUL_DIGITS if fmt == "HANGUL_PHONETIC" else _IDEOGRAPH_DIGITS
        ten = "십" if fmt == "HANGUL_PHONETIC" else "十"
        tens, units = divmod(n, 10)
        return (digits[tens] if tens > 1 else "") + (ten if tens else "") + (
            digits[units] if units else ""
        )
    return str(n)


@dataclass(slots=True)
class Numbering:
    """A numbering (문단 번호): for each level from 1, its format text ("^1.", "(^2)"),
    number format and first number."""

    levels: list[tuple[str, str, int]]


class Heads:
    """The heads (문단 머리) paragraph shapes give their paragraphs, counted in order.

    ``shapes``: paragraph shape id -> (``BULLET``, ``NUMBER`` or ``OUTLINE``, the bullet or
    numbering id, level from 0); ``bullets``: id -> character; ``numberings``: id ->
    :class:`Numbering`.  A numbered paragraph's level counts on from the last paragraph
    of its numbering at that level, from the level's first number; a higher level's
    number starts the levels under it over.  An outline paragraph (개요) is numbered by
    its section's outline numbering.
    """

    def __init__(
        self,
        shapes: dict[int, tuple[str, int, int]],
        bullets: dict[int, str],
        numberings: dict[int, Numbering],
    ) -> None:
        self.shapes = shapes
        self.bullets = bullets
        self.numberings = numberings
        self.counts: dict[tuple[str, int], list[int | None]] = {}

    def head(self, shape: int, outline: int = 1) -> str:
        """The head of the next paragraph of paragraph shape ``shape`` ("" for none)."""
        kind, ref, level = self.shapes.get(shape, ("NONE", 0, 0))
        if kind == "BULLET":
            return self.bullets.get(ref, PICTURE_BULLET)
        if kind == "OUTLINE":
            ref = outline
        elif kind != "NUMBER":
            return ""
        numbering = self.numberings.get(ref)
        if numbering is None or not 0 <= level < len(numbering.levels):
            return ""
        counts = self.counts.setdefault((kind, ref), [None] * MAX_LEVELS)
        now = counts[level]
        counts[level] = numbering.levels[level][2] if now is None else now + 1
        counts[level + 1 :] = [None] * (MAX_LEVELS - level - 1)

        def number(m: re.Match[str]) -> str:
            k = int(m[1]) - 1
            if k >= len(numbering.levels):
                return ""
            _, fmt, start = numbering.levels[k]
            value = counts[k]
            return format_number(start if value is None else value, fmt)

        return _LEVEL_REF.sub(number, numbering.levels[level][0]).strip()


# --- layout -------------------------------------------------------------------------


class _Pending:
    """A line before numbering; ``into`` is the joined line it became part of."""

    __slots__ = ("into", "kind", "no", "parts", "raw", "text", "where")

    def __init__(self, raw: str, text: str, where: str, kind: LineKind) -> None:
        self.raw = raw
        self.text = text
        self.where = where
        self.kind = kind
        self.no = 0
        self.into: _Pending | None = None
        self.parts: list[_Pending] = []


class _Layout:
    def __init__(self, fmt: str, problems: list[tuple[str, str]]) -> None:
        self.fmt = fmt
        self.problems = problems
        self.cells: list[tuple[Cell, list[_Pending]]] = []
        self.in_table = 0  # (a picture in a table's cell leaves no line of its own)

    def text_lines(self, raw: str, where: str, kind: LineKind) -> list[_Pending]:
        out = []
        for piece in raw.split("\n"):
            text = normalize_text(piece.replace("\t", TAB_GAP)).strip()
            if text:
                # (a page number typed as a paragraph, "- 3 -", as a text export has it: a
                # page's furniture, not the table or the item above it going on)
                typed_page = kind is LineKind.CONTENT and not self.in_table and (
                    classify(text) is LineKind.FURNITURE
                )
                out.append(_Pending(piece, text, where, LineKind.FURNITURE if typed_page else kind))
        return out

    def para(
        self,
        p: Para,
        where: str,
        kind: LineKind,
        grids: list[Grid],
        notes: list[tuple[str, Box]],
        own: list[_Pending],
    ) -> list[_Pending]:
        """A paragraph's lines in order; tables go to ``grids``, notes to ``notes``.

        ``own`` collects the lines that are the paragraph's text (and its boxes'), not
        a table's.
        """
        out: list[_Pending] = []
        n_tables = n_boxes = n_heads = n_notes = 0
        text: list[str] = []  # a note's anchor does not cut the text around it
        pictured = False

        def flush() -> None:
            lines = self.text_lines("".join(text), where, kind)
            own.extend(lines)
            out.extend(lines)
            text.clear()

        for item in p.items:
            if isinstance(item, str):
                text.append(item)
            elif isinstance(item, Box) and item.kind in ("footnote", "endnote"):
                notes.append((f"{where}/n{n_notes}", item))
                n_notes += 1
            elif isinstance(item, Table):
                flush()
                self.in_table += 1
                out.extend(self.table(item, f"{where}/t{n_tables}", kind, grids, notes))
                self.in_table -= 1
                n_tables += 1
            elif item.kind == "picture" and not item.paras:
                pictured = True  # (its line only where the paragraph holds no text)
            elif item.kind == "picture":  # (with its caption: both where the picture stands)
                flush()
                mark = [] if self.in_table or kind != LineKind.CONTENT else [
                    _Pending(PICTURE_MARK, "", f"{where}/g", LineKind.BLANK)
                ]
                caption: list[_Pending] = []
                for k, bp in enumerate(item.paras):
                    caption += self.para(bp, f"{where}/b{n_boxes}/p{k}", kind, grids, notes, own)
                n_boxes += 1
                out.extend(mark + caption if item.caption_after else caption + mark)
            else:
                flush()
                if item.kind == "header":
                    box_where, box_kind = f"{where}/h{n_heads}", LineKind.FURNITURE
                    n_heads += 1
                else:
                    box_where, box_kind = f"{where}/b{n_boxes}", kind
                    n_boxes += 1
                for k, bp in enumerate(item.paras):
                    out.extend(self.para(bp, f"{box_where}/p{k}", box_kind, grids, notes, own))
        written = any(isinstance(item, str) and item.strip() for item in p.items)
        flush()
        if pictured and not written and not self.in_table and kind == LineKind.CONTENT:
            # (a paragraph that is a picture: where it stands; an icon inside a line of text
            # is no line of its own)
            out.append(_Pending(PICTURE_MARK, "", f"{where}/g", LineKind.BLANK))
        return out

    def table(
        self,
        t: Table,
        where: str,
        kind: LineKind,
        grids: list[Grid],
        notes: list[tuple[str, Box]],
    ) -> list[_Pending]:
        """A table's lines (linearized row by row) and its Grid, appended to ``grids``.

        A footnote or endnote anchored in a cell follows the row that holds it (the top
        row of a merged cell; in a table inside a cell, the outer table's row), never
        inside the cell's text.
        """
        n_rows, n_cols = max(t.n_rows, 0), max(t.n_cols, 0)
        errors: list[str] = []
        cells: list[Cell] = []
        content: list[tuple[Cell, list[_Pending]]] = []
        outermost = self.in_table == 1
        row_notes: dict[int, list[tuple[str, Box]]] = {}
        for tc in sorted(t.cells, key=lambda c: (c.row, c.col)):
            cell_where = f"{where}/r{tc.row}c{tc.col}"
            nested: list[Grid] = []
            own: list[_Pending] = []
            lines: list[_Pending] = []
            cell_notes = row_notes.setdefault(tc.row, []) if outermost else notes
            for k, cp in enumerate(tc.paras):
                lines.extend(self.para(cp, f"{cell_where}/p{k}", kind, nested, cell_notes, own))
            # a span past the grid is reported and cut to the grid
            row_span = max(1, min(tc.row_span, n_rows - tc.row))
            col_span = max(1, min(tc.col_span, n_cols - tc.col))
            if (row_span, col_span) != (tc.row_span, tc.col_span):
                errors.append(f"r{tc.row}c{tc.col} spans {tc.row_span}x{tc.col_span}")
            cell = Cell(
                tc.row,
                tc.col,
                row_span,
                col_span,
                paragraphs=tuple(ln.text for ln in own),
                tables=tuple(nested),
                where=cell_where,
                borders=tc.borders,
                fill=tc.fill,
            )
            cells.append(cell)
            content.append((cell, lines))
            self.cells.append((cell, own))
        grid = Grid(cells, n_rows, n_cols, source="native", where=where)
        grids.append(grid)
        area = sum(c.row_span * c.col_span for c in cells)
        if max(area, n_rows * n_cols) <= MAX_GRID_POSITIONS:
            errors += grid.coverage_errors()
        else:
            errors.append(f"too large to check ({area} cell positions)")
        if errors:
            self.report(where, n_rows, n_cols, errors)
        body: list[_Pending] = []
        for row, row_content in itertools.groupby(content, key=lambda c: c[0].row):
            body += linearize(list(row_content))
            body += self.row_notes(row_notes.get(row, []), grids)
        caption: list[_Pending] = []
        for k, cp in enumerate(t.caption):
            caption.extend(self.para(cp, f"{where}/cap/p{k}", kind, grids, notes, []))
        return body + caption if t.caption_after else caption + body

    def row_notes(self, row: list[tuple[str, Box]], grids: list[Grid]) -> list[_Pending]:
        """The lines of the notes a table's row anchors, laid out as a paragraph's are
        (no table's)."""
        saved, self.in_table = self.in_table, 0
        out = _notes(self, row, grids)
        self.in_table = saved
        return out

    def report(self, where: str, n_rows: int, n_cols: int, errors: list[str]) -> None:
        more = f" and {len(errors) - MAX_LISTED} more" if len(errors) > MAX_LISTED else ""
        self.problems.append(
            (
                f"{self.fmt}.span",
                f"table {where} ({n_rows}x{n_cols}): the cells' spans do not tile the grid: "
                + ", ".join(errors[:MAX_LISTED])
                + more,
            )
        )


def linearize(content: list[tuple[Cell, list[_Pending]]]) -> list[_Pending]:
    """Cells' lines row by row (the PDF reader's ``cells_to_lines`` rule).

    Cells left to right; consecutive cells of one line (and no table) are joined into
    one line with single spaces; a cell of several lines is emitted as its own lines;
    a cell spanning rows is emitted with the first row it spans; empty cells are
    skipped.  ``content`` is in row-major order of the cells' top-left corners.
    """
    rows = itertools.groupby(content, key=lambda cell_lines: cell_lines[0].row)
    return rows_to_lines(
        (((lines, not cell.tables) for cell, lines in row) for _, row in rows), _join
    )


def _join(run: list[_Pending]) -> list[_Pending]:
    if len(run) < 2:
        return list(run)
    first = run[0]
    joined = _Pending(
        " ".join(p.raw for p in run), " ".join(p.text for p in run), first.where, first.kind
    )
    joined.parts = run
    for p in run:
        p.into = joined
    return [joined]


def layout(
    sections: list[list[Para]], name: str, fmt: str, problems: list[tuple[str, str]]
) -> Document:
    """Sections of paragraphs -> a Document (lines, top-level grids, problems)."""
    lay = _Layout(fmt, problems)
    pending: list[_Pending] = []
    grids: list[Grid] = []
    for s, paras in enumerate(sections):
        for k, p in enumerate(paras):
            notes: list[tuple[str, Box]] = []
            pending.extend(lay.para(p, f"s{s}/p{k}", LineKind.CONTENT, grids, notes, []))
            pending.extend(_notes(lay, notes, grids))
    lines = []
    for no, pend in enumerate(pending, start=1):
        pend.no = no
        lines.append(Line(no, pend.text, pend.raw, None, pend.kind, pend.where))
    for cell, own in lay.cells:
        cell.lines = tuple(sorted({(x.into or x).no for x in own}))
    if not any(ln.is_content for ln in lines):
        raise ReadError(f"the {fmt.upper()} file holds no text")
    # (and the tables typed as paragraphs, their cells parted by tabs)
    grids += paragraph_tab_grids(lines, {no for g in grids for no in g.lines})
    return Document(name=name, lines=lines, format=fmt, pages=None, tables=grids, problems=problems)


def _notes(lay: _Layout, notes: list[tuple[str, Box]], grids: list[Grid]) -> list[_Pending]:
    """Lines of footnotes and endnotes, in the order of their anchors."""
    out: list[_Pending] = []
    i = 0
    while i < len(notes):  # a note may anchor notes of its own: they are appended
        where, box = notes[i]
        i += 1
        for k, bp in enumerate(box.paras):
            out.extend(lay.para(bp, f"{where}/p{k}", LineKind.CONTENT, grids, notes, []))
    return out
