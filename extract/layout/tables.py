"""Grids -> tables a reader can use: header rows, header paths, captions and units.

Stages, each a plain function:

* :func:`data_grids` - a grid of one row or one column is a box drawn around
  text (a numeral beside its title, a boxed summary): its text stays in the
  outline; the tables nested in it are looked at in turn;
* :func:`join_continued` - a table that ends a page and one of the same columns
  that starts the next page are one table (a repeated header is dropped);
* :func:`~extract.layout.headers.header_rows` / :func:`~extract.layout.headers.row_header_cols`
  (:mod:`extract.layout.headers`) - the leading rows with no values are the column
  headers, the leading columns with no values the row headers (a header cell spanning
  rows or columns widens them);
* :func:`~extract.layout.headers.header_paths` - every body cell's row and column
  header path;
* :func:`build_tables` - tables with their captions (:mod:`extract.layout.captions`),
  units and reference dates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import regex

from extract.document import Cell, Grid, Line, LineKind
from extract.layout.captions import (
    column_units,
    counted_rows,
    counts_first,
    find_caption,
    is_caption,
    leaf_units,
    listed_units,
    read_as_of,
    read_unit,
    row_units,
    unit_declaration,
)

# (TableCell, is_value and header_name are imported from here by extract.parse)
from extract.layout.cells import TableCell as TableCell
from extract.layout.cells import is_value as is_value
from extract.layout.footnotes import is_page_footnote, raised_marks
from extract.layout.headers import header_name as header_name
from extract.layout.headers import header_paths, header_rows, squash_label
from extract.layout.pagebreaks import (
    drop_blank_row,
    rejoin_split_groups,
    rejoin_split_row,
    rejoin_unfilled_row,
)
from extract.layout.vocab import IMPLIED_COUNT_UNITS
from extract.normalize.periods import period_head
from extract.normalize.vocab import CLOSE_CLASS, NIL_CELLS, OPEN_CLASS
from extract.normalize.wraps import Lexicon, join_wrapped


@dataclass(slots=True)
class Table:
    """A table: one grid, or several that continue over pages, read with its headers."""

    id: int
    grids: list[Grid]
    cells: list[TableCell]
    n_rows: int
    n_cols: int
    header_rows: int = 0
    row_header_cols: int = 0
    caption: str | None = None
    caption_lines: list[Line] = field(default_factory=list)
    unit_raw: str | None = None
    currency_unit: str | None = None
    count_unit: str | None = None
    #: the unit of each top column header where the caption lists several ("[단위: 교,
    #: 학급, 명]": 학교 수 -> 교, 학급 수 -> 학급, 학생 수 -> 명), or of a whole header path
    #: where the parts under a top are of either kind ("계 / 건수" 건, "계 / 사업비" 억원)
    column_units: dict[str, str] = field(default_factory=dict)
    #: the unit of each body row where the caption lists one per row, in order ("단위:
    #: 개소/대" over the rows 사업장수 and 등록기구수), or a column says it ("기준(단위)")
    row_units: dict[str, str] = field(default_factory=dict)
    as_of: date | None = None
    inferred: bool = False
    #: seq of the outline node the table stands under (set by the layout)
    node: int | None = None
    #: the row each of its grids starts at (a grid continuing it on the next page)
    offsets: list[int] = field(default_factory=list)
    #: (table id, row, col) of the cell of another table it is drawn in, if any
    parent: tuple[int, int, int] | None = None
    #: the units its body rows' labels state, totals' rows aside (filled when first asked:
    #: :func:`extract.structure.cell_unit`)
    row_label_units: set[str | None] | None = None
    #: the words the document writes, where its cells' lines are wraps as printed: they
    #: say where a wrap fell inside a word (:class:`~extract.normalize.wraps.Lexicon`)
    words: Lexicon | None = None

    def column_unit(self, col_header: str) -> str | None:
        """The unit the caption's list of units gives a column: its whole header path's,
        else its top header's (see :attr:`column_units`)."""
        return self.column_units.get(col_header) or self.column_units.get(
            col_header.split(" / ")[0]
        )

    def join(self, parts: Sequence[str]) -> str:
        """A cell's lines (or some of them) joined as its text is."""
        return join_wrapped(parts, self.words)

    @property
    def lines(self) -> list[int]:
        out = {no for g in self.grids for no in g.lines}
        out.update(ln.no for ln in self.caption_lines)
        return sorted(out)

    @property
    def pages(self) -> tuple[int | None, int | None]:
        pages = [c.page for c in self.cells if c.page is not None]
        return (min(pages), max(pages)) if pages else (None, None)

    def at(self, row: int, col: int) -> TableCell | None:
        for c in self.cells:
            if c.row <= row < c.row + c.row_span and c.col <= col < c.col + c.col_span:
                return c
        return None

    def paragraphs(self, cell: TableCell) -> tuple[str, ...]:
        """The paragraphs of ``cell`` as the reader found them (its text joins them; a row
        of an HWPX table is one line of the Document, its cells' paragraphs in it)."""
        out: list[str] = []
        found = False
        own = set(cell.lines)
        for k, grid in enumerate(self.grids):
            offset = self.offsets[k] if k < len(self.offsets) else 0
            for c in grid.cells:
                # (a row a page break cut goes on in the next page's grid: its cell there,
                # drawn of lines of the joined cell, holds the rest of its paragraphs)
                if (c.row + offset, c.col) == (cell.row, cell.col) and (
                    not found or (c.lines and own.issuperset(c.lines))
                ):
                    out.extend(c.paragraphs)
                    found = True
        return tuple(out) if found else (cell.text,)

    def body(self) -> list[TableCell]:
        return [c for c in self.cells if not c.is_header]

    def rows(self) -> list[list[TableCell]]:
        """Cells by the row they start in, left to right."""
        out: list[list[TableCell]] = [[] for _ in range(self.n_rows)]
        for c in self.cells:
            out[c.row].append(c)
        return [sorted(r, key=lambda c: c.col) for r in out]


# --- stages ----------------------------------------------------------------------------


#: the least periods that head a chart (상반기 | 하반기; 2026년 | 2027년), and the least
#: months by their numbers alone ("1 | 2 | … | 12"; two numbers alone head no chart)
MIN_PERIOD_HEADS = 2
MIN_MONTH_NUMBERS = 6


def _periods_head(grid: Grid) -> bool:
    """Whether one of the grid's first two rows heads its columns with periods
    (:func:`~extract.normalize.periods.period_head`)."""
    for r in (0, 1):
        heads = [c.text.strip() for c in grid.cells if c.row == r and period_head(c.text)]
        bare = sum(1 for h in heads if h.isdigit())
        if len(heads) - bare >= MIN_PERIOD_HEADS or bare >= MIN_MONTH_NUMBERS:
            return True
    return False


def is_box(grid: Grid) -> bool:
    """A box drawn around text, not a table: fewer than two rows hold two or more cells
    of text (a numeral beside its title; a title over its summary; a boxed paragraph).
    A grid headed by periods is a chart, a table however little its rows hold (a Gantt
    chart's rows hold a task and its bar's shading)."""
    if _periods_head(grid):
        return False
    by_row: dict[int, int] = {}
    for c in grid.cells:
        if not c.is_empty or c.tables:
            by_row[c.row] = by_row.get(c.row, 0) + 1
    return sum(1 for n in by_row.values() if n >= 2) < 2


def data_grids(grids: Sequence[Grid]) -> list[Grid]:
    """The grids that are tables: boxes opened to the tables inside them, and a table
    drawn inside a table's cell (a project's budget in its 사업내용 cell) a table too."""
    return [g for g, _ in boxed_grids(grids)]


def boxed_grids(grids: Sequence[Grid], box: int | None = None) -> list[tuple[Grid, int | None]]:
    """:func:`data_grids` with the box each stands in (an id shared by the tables drawn
    side by side in one box: "[세입]" and "[세출]" under one caption), or None."""
    out: list[tuple[Grid, int | None]] = []
    for g in grids:
        opened = is_box(g)
        inner = boxed_grids([t for c in g.cells for t in c.tables], id(g) if opened else box)
        if not opened:
            out.append((g, box))
        out.extend(inner)
    return out


def _boxed(cell: Cell) -> list[Cell]:
    """The cells of the boxes drawn inside a cell (a name in a box of its own, a note
    below it), boxes inside them too: no table of their own, so their text is the cell's
    (a table drawn inside the cell is one: :func:`data_grids`)."""
    own = set(cell.lines)  # (a PDF cell's paragraphs hold what is drawn inside it already)
    return [
        inner
        for t in cell.tables
        if is_box(t)
        for c in t.cells
        for inner in (c, *_boxed(c))
        if not own.issuperset(inner.lines)
    ]


def _text(cell: Cell, whole: Lexicon | None = None) -> str:
    """The cell's text, boxes drawn in it included; a table drawn in it (a project's
    budget in its 사업내용 cell, a table of its own) left out, where the paragraphs
    have their lines (a PDF cell's paragraphs hold what is drawn inside it)."""
    boxed = _boxed(cell)
    own = _numbered(cell)
    if not boxed:
        return join_wrapped(
            [p for _, p in own] if own is not None else list(cell.paragraphs), whole
        )
    # in reading order where each paragraph has its line (a label boxed between two lines)
    pairs = [own, *(_numbered(c) for c in boxed)]
    if all(p is not None for p in pairs):
        return join_wrapped(
            [p for _, p in sorted(pair for ps in pairs for pair in ps or ())], whole
        )
    return join_wrapped([p for c in [cell, *boxed] for p in c.paragraphs], whole)


def _numbered(cell: Cell) -> list[tuple[int, str]] | None:
    """The cell's paragraphs with their lines, those of a table drawn in it left out;
    None where the paragraphs do not each have a line."""
    if len(cell.lines) != len(cell.paragraphs):
        return None
    tables = {no for t in cell.tables if not is_box(t) for no in t.lines}
    return [(no, p) for no, p in zip(cell.lines, cell.paragraphs, strict=True) if no not in tables]


def _lines(cell: Cell) -> tuple[int, ...]:
    return tuple(sorted({*cell.lines, *(no for b in _boxed(cell) for no in b.lines)}))


# --- joining and building ---------------------------------------------------------------


def _cells_of(grid: Grid, row_offset: int = 0, whole: Lexicon | None = None) -> list[TableCell]:
    return [
        TableCell(
            c.row + row_offset, c.col, c.row_span, c.col_span, _text(c, whole),
            lines=_lines(c), page=c.page, where=c.where, borders=c.borders, fill=c.fill,
        )
        for c in grid.cells
    ]  # fmt: skip


def _row_texts(grid: Grid, rows: int) -> list[str]:
    return ["".join(_text(c).split()) for c in grid.cells if c.row < rows]


#: a page's number in a text export's furniture ("- 2 -", "2 / 18"), not a drawn rule
_PAGE_NUMBER = re.compile(r"\d")
#: a year or date a caption names
_DATED = re.compile(r"(?:19|20)\d{2}|['’‘]\d{2}")


def continues(a: Grid, b: Grid, lines: Sequence[Line], pos: dict[int, int]) -> bool:
    """Does ``b`` continue ``a`` on the next page (same columns, nothing in between)?  In
    a file of no pages (a text export), the next page is told by its number between them,
    ``- 2 -``, a line of furniture, and ``b`` opens with ``a``'s header again."""
    if not a.lines or not b.lines or a.n_cols != b.n_cols:
        return False
    if a.page_end is None and b.page_start is None:
        # (and its header again: two tables of as many columns a page apart are none; nor
        # two whose captions name their years, "(2026년 본예산 기준, 단위 : 천원)")
        gap = lines[pos[a.lines[-1]] + 1 : pos[b.lines[0]]]
        if not any(ln.kind is LineKind.FURNITURE and _PAGE_NUMBER.search(ln.text) for ln in gap):
            return False
        said = [ln.text for ln in gap if ln.is_content]
        again = _header_again(a, b) or _numbers_on(a, b)
        # (a's own caption repeated over its header is no other table's: "(’26. 1. 1.
        # 기준, 단위 : 명)" atop both pages)
        dated = [t for t in said if _DATED.search(t) and "계속" not in t]
        if not again or (dated and any("".join(t.split()) != _caption_of(a, lines, pos)
                                       for t in dated)):  # fmt: skip
            return False
    elif a.page_end is None or b.page_start != a.page_end + 1:
        return False
    if (
        a.bbox is not None
        and b.bbox is not None
        and (abs(a.bbox[0] - b.bbox[0]) > 6 or abs(a.bbox[2] - b.bbox[2]) > 6)
    ):
        return False
    stretch = lines[pos[a.lines[-1]] + 1 : pos[b.lines[0]]]
    numbered = any(ln.is_content and ln.text[:1].isdigit() for ln in stretch)
    marks = raised_marks([ln for ln in lines if ln.page == a.page_end]) if numbered else {}
    # (nor a footnote at the page's foot, its mark raised in the table: "1) 2026. 1. 1. …")
    between = [
        ln for ln in stretch
        if ln.is_content and not is_caption(ln) and not is_page_footnote(ln, marks)
    ]  # fmt: skip
    return not between and not _card_again(a, b)


def _caption_of(a: Grid, lines: Sequence[Line], pos: dict[int, int]) -> str | None:
    """The text (spaces aside) of the content line right above a text table's first line,
    where that is its caption; None where there is none."""
    k = pos[a.lines[0]] - 1
    while k >= 0 and not lines[k].is_content:
        k -= 1
    above = lines[k] if k >= 0 else None
    return "".join(above.text.split()) if above is not None and is_caption(above) else None


#: a row's number in a table's first column ("4", "12."), no amount
_ROW_NUMBER = re.compile(r"^(\d{1,3})\.?$")


def _numbers_on(a: Grid, b: Grid) -> bool:
    """Whether ``b`` opens with the row ``a``'s numbers in its first column lead to, no
    header again ("3 | …" at a page's foot, "4 | …" atop the next): the rest of ``a``."""
    firsts = sorted((c.row, _text(c).strip()) for c in a.cells if c.col == 0)
    last = next((m for _, t in reversed(firsts) if (m := _ROW_NUMBER.match(t))), None)
    top = next((_text(c).strip() for c in b.cells if c.row == c.col == 0), "")
    opening = _ROW_NUMBER.match(top)
    return last is not None and opening is not None and int(opening[1]) == int(last[1]) + 1


def _card_again(a: Grid, b: Grid) -> bool:
    """Whether ``b`` opens as ``a`` does with a label beside another value: the next card
    ("사업명 | 가족센터 운영" over "사업명 | 아이돌봄 지원"), no part of the card above."""
    first_a, first_b = _row_texts(a, 1), _row_texts(b, 1)
    return (
        len(first_a) == len(first_b) == 2
        and first_a[0] == first_b[0] != ""
        and not is_value(first_a[0])
        and first_a[1] != first_b[1]
    )


def _drawn_inside(grids: Sequence[Grid]) -> set[int]:
    """Ids of the grids drawn inside a table's cell (a box's are tables of their own)."""
    out: set[int] = set()
    for g in grids:
        inner = [t for c in g.cells for t in c.tables]
        if not is_box(g):
            out.update(id(t) for t in inner)
        out |= _drawn_inside(inner)
    return out


def _holders(
    grids: Sequence[Grid], holder: tuple[Grid, Cell] | None = None
) -> dict[int, tuple[Grid, Cell]]:
    """Ids of the grids drawn inside a table's cell -> that table's grid and the cell (a
    box drawn in the cell between them aside: a box is no table)."""
    out: dict[int, tuple[Grid, Cell]] = {}
    for g in grids:
        if holder is not None:
            out[id(g)] = holder
        boxed = is_box(g)  # (once a grid: its cells are many)
        for c in g.cells:
            if c.tables:
                out |= _holders(c.tables, holder if boxed else (g, c))
    return out


def link_parents(tables: Sequence[Table], grids: Sequence[Grid]) -> None:
    """Each table drawn inside another's cell gets that cell (table id, row, col)."""
    # (a table built by hand, with no offsets, holds none)
    where = {
        id(g): (t, offset)
        for t in tables
        for g, offset in zip(t.grids, t.offsets, strict=False)
    }
    holders = _holders(grids)
    for t in tables:
        held = holders.get(id(t.grids[0]))
        outer = where.get(id(held[0])) if held is not None else None
        if held is not None and outer is not None:
            table, offset = outer
            t.parent = (table.id, held[1].row + offset, held[1].col)


#: fewest cells of text a lone row on the next page has to go on with a table above
MIN_CUT_ROW_CELLS = 3


#: the most letters (spaces aside) of a header's cell a page break left alone
MAX_CUT_HEADER = 8


def _header_row(cells: Sequence[Cell]) -> bool:
    """Two or more cells, each a short word or two and no figure ("일 정 | 추 진 내 용";
    not "추진목표 | 청년 일자리 창출 기반 마련", a box of a label and its sentence)."""
    texts = ["".join(c.text.split()) for c in cells]
    return len(texts) >= 2 and all(
        0 < len(t) <= MAX_CUT_HEADER and not is_value(t) for t in texts
    )


def _cut_header(g: Grid) -> bool:
    """A lone header row at the foot of its page (:func:`_header_row`): the header of the
    table atop the next page it goes on with, the page break between them."""
    return g.n_rows == 1 and _header_row(g.cells)


def _with_cut_rows(
    data: list[Grid], grids: Sequence[Grid], lines: Sequence[Line], pos: dict[int, int]
) -> list[Grid]:
    """The data grids and, each after the table it goes on, a lone row that a page break
    left alone atop the next page (one row of cells with no header again, a box by its
    shape: "12 | 남부권 농촌 일손 연계 지원 | 2026. 3.~11. | 540 | …")."""
    out = list(data)
    tables = {id(d) for d in data}
    for g in grids:
        texts = sum(1 for c in g.cells if not c.is_empty)
        after = [d for d in out if (d.page_start or 0) > (g.page_end or 0)]
        if (
            id(g) not in tables and after and _cut_header(g)
            and continues(g, after[0], lines, pos)
        ):  # fmt: skip
            out.insert(out.index(after[0]), g)  # (its header alone at the foot of the page)
            continue
        before = [d for d in out if d.page_end is not None and d.page_end < (g.page_start or 0)]
        last = before[-1] if before else None
        if (
            id(g) not in tables and last is not None and g.n_rows > 1
            and _header_again(last, g) and continues(last, g, lines, pos)
        ):  # fmt: skip
            # (its header again atop the next page over the rest of a row the break cut,
            # one cell filled: "과 | 팀 | 주요업무" / " |  | 생활안전지도 정보 제공")
            out.insert(out.index(last) + 1, g)
            continue
        if (
            id(g) not in tables and last is not None and _cut_rest(g)
            and continues(last, g, lines, pos)
        ):  # fmt: skip
            # (no header again: the rest of a row the break cut, one cell filled, over
            # whole rows, "… | 90가구)" / "에너지 취약계층 효율개선 | 640,000 | …": a box by
            # its shape alone)
            out.insert(out.index(last) + 1, g)
            continue
        if id(g) in tables or g.n_rows != 1 or texts < MIN_CUT_ROW_CELLS:
            continue
        if last is not None and continues(last, g, lines, pos):
            out.insert(out.index(last) + 1, g)
    return out


def _cut_rest(g: Grid) -> bool:
    """Whether a grid opens with the rest of a row a page break cut (fewer cells filled
    than half its columns, no figure alone) over rows each of as many cells as a lone row
    has to have (:data:`MIN_CUT_ROW_CELLS`)."""
    if g.n_rows < 2 or g.n_cols < MIN_CUT_ROW_CELLS:
        return False
    filled: dict[int, list[Cell]] = {}
    for c in g.cells:
        if not c.is_empty:
            filled.setdefault(c.row, []).append(c)
    first = filled.get(0, [])
    rest = [filled.get(r, []) for r in range(1, g.n_rows)]
    return 0 < 2 * len(first) < g.n_cols and all(len(r) >= MIN_CUT_ROW_CELLS for r in rest)


def _header_again(table: Grid, piece: Grid) -> bool:
    """Whether a piece's first row is the table's first (its header repeated atop the
    next page), cell for cell, as many columns."""

    def first(g: Grid) -> list[str]:
        return ["".join(c.text.split()) for c in sorted(g.cells, key=lambda c: c.col) if c.row == 0]

    return piece.n_cols == table.n_cols and any(first(piece)) and first(piece) == first(table)


def join_continued(grids: Sequence[Grid], lines: Sequence[Line]) -> list[list[Grid]]:
    """Grids grouped into tables: a grid continuing the one before joins it; a table
    drawn in a cell's continues the one before it drawn so, and an outer table the outer
    table before it, whatever was drawn inside that (사회복지국 p45-47: a table of
    projects, each with its budget's table in its cell)."""
    pos = {ln.no: i for i, ln in enumerate(lines)}
    inside = _drawn_inside(grids) & {id(g) for g in grids}
    groups: list[list[Grid]] = []
    for g in grids:
        last = next(
            (grp for grp in reversed(groups) if (id(grp[0]) in inside) == (id(g) in inside)),
            None,
        )
        if last is not None and continues(last[-1], g, lines, pos):
            last.append(g)
        else:
            groups.append([g])
    return groups


def build_table(table_id: int, parts: Sequence[Grid], whole: Lexicon | None = None) -> Table:
    """One table from its grids: cells, headers and paths (``whole``: the words of the
    document, which say where a cell's line wrapped inside a word)."""
    cells = _cells_of(parts[0], whole=whole)
    n_rows = parts[0].n_rows
    drawn = parts[0].header_rows
    first_head = header_rows(cells, n_rows) if drawn is None else drawn
    offsets = [0]
    for g in parts[1:]:
        more = _cells_of(g, n_rows, whole)
        skip = 0
        # a header repeated at the top of the next page is dropped
        if first_head and _row_texts(g, first_head) == _row_texts(parts[0], first_head):
            skip = first_head
            more = [replace(c, row=c.row - skip) for c in more if c.row - n_rows >= skip]
        more, blank = drop_blank_row(more, n_rows)
        cells, more, cut = rejoin_split_row(cells, more, n_rows)
        if not cut:
            cells, more, cut = rejoin_unfilled_row(cells, more, n_rows, first_head or 0)
        cut += blank
        offsets.append(n_rows - skip - cut)
        cells = rejoin_split_groups(cells, more, n_rows)
        n_rows += g.n_rows - skip - cut
    n_cols = max(g.n_cols for g in parts)
    head, side = header_paths(cells, n_rows, n_cols, drawn)
    return Table(
        table_id, list(parts), cells, n_rows, n_cols, head, side,
        inferred=all(g.source in ("inferred", "tabbed") for g in parts), offsets=offsets,
    )  # fmt: skip


def with_caption(
    table: Table, caption: Sequence[Line], inline: str | None = None, year: int | None = None
) -> Table:
    """The table with its caption lines, unit and reference date."""
    if not caption and not inline:
        return table
    text = " ".join([ln.text.strip() for ln in caption] + ([inline] if inline else []))
    money, count = read_unit(text)
    declared = unit_declaration(inline) if inline and "단위" in squash_label(inline) else None
    unit_raw = next((unit_declaration(ln.text) for ln in caption if "단위" in ln.text), declared)
    table.caption = " ".join(ln.text.strip() for ln in caption) or None
    table.caption_lines = list(caption)
    table.unit_raw = unit_raw
    table.currency_unit = money
    table.count_unit = count
    tops = [c.col_header.split(" / ")[0] for c in table.cells if c.col_header]
    # (where the caption names money too, the columns that count are those headed so)
    units = listed_units(text)
    table.column_units = column_units(
        units, list(dict.fromkeys(tops)), money is not None, counts_first(text)
    )
    if money is not None and units:
        # (a top over a column of each kind, "계" over "건수 | 사업비": each its own part's)
        paths = [c.col_header for c in table.cells if not c.is_header and c.col_header]
        table.column_units.update(leaf_units(units, list(dict.fromkeys(paths)), money))
    rows = [c.row_header for c in table.cells if not c.is_header and c.row_header]
    if money is None and not table.column_units:
        table.row_units = row_units(listed_units(text, per="/"), list(dict.fromkeys(rows)))
    elif units and not table.column_units:
        # (money beside counts, by row: "(단위 : 건, 천원, %)" over "단속 건수 | …")
        table.row_units = counted_rows(units, list(dict.fromkeys(rows)))
    # else each line on its own: a unit line under the heading's date is another caption
    pieces = [text] + [ln.text for ln in caption] + ([inline] if inline else [])
    table.as_of = next((d for d in (read_as_of(t, year) for t in pieces) if d), None)
    return table


def build_tables(
    grids: Sequence[Grid], lines: Sequence[Line], wrapped: bool = False, tails: bool = False
) -> list[Table]:
    """Every table of a document, in order, with captions and headers (``wrapped``: a
    cell's paragraphs are its lines as printed, which may wrap inside a word: the words
    the document writes whole say where, :class:`~extract.normalize.wraps.Lexicon`, and,
    with ``tails``, a line that opens with a word's particle or ending)."""
    pos = {ln.no: i for i, ln in enumerate(lines)}
    tables: list[Table] = []
    used: set[int] = set()
    boxes = {id(g): box for g, box in boxed_grids(grids)}
    box_captions: dict[int, str] = {}
    box_units: dict[int, str] = {}  # box -> the unit its first table declares
    data = _with_cut_rows(data_grids(grids), grids, lines, pos)
    # (the document's words read only where a table's cells may need them)
    whole = Lexicon((ln.text for ln in lines), tails) if wrapped and data else None
    in_grids = frozenset(no for g in data for no in g.lines)  # (not a frame's: its title)
    for n, parts in enumerate(join_continued(data, lines), start=1):
        table = build_table(n, parts, whole)
        table.words = whole
        caption, inline = find_caption(parts[0].lines, lines, pos, used, in_grids)
        used.update(ln.no for ln in caption)
        box = boxes.get(id(parts[0]))
        if box is not None and (caption or inline):
            # the tables of one box share the caption over the box
            # (its lines stay the first table's; the others take its text as their unit)
            box_captions.setdefault(
                box, " ".join([ln.text.strip() for ln in caption] + [inline or ""]).strip()
            )
        own = implied_unit(with_caption(table, caption, inline))
        if box is not None and not inline and not (own.currency_unit or own.count_unit):
            # a table with no unit of its own takes its box's ("[세출]" under "[세입]" and
            # the box's "[단위: 억원]"): the unit its first table declares
            shared = box_units.get(box) or (box_captions.get(box) if not caption else None)
            if shared:
                own = implied_unit(with_caption(table, caption, shared))
        if tables and not (own.currency_unit or own.count_unit) and not inline:
            # a table right under one of the same header, only its title between them
            # ("(단위: 백만원) <세 입>" table "<세 출>" table): of the unit over both
            before = tables[-1]
            if before.unit_raw and _follows(before, table, caption, lines, pos):
                own = implied_unit(with_caption(table, caption, before.unit_raw))
        table = own
        if not table.row_units:
            table.row_units = unit_column(table)
        if box is not None and table.unit_raw:
            box_units.setdefault(box, table.unit_raw)
        tables.append(table)
    _share_unit_lines(tables)
    link_parents(tables, grids)
    return tables


#: a bracket that declares a unit ("(단위 : 명, ’26. 1. 1. 기준)", "[단위: 억원]")
_UNIT_BRACKETS = regex.compile(
    rf"[{OPEN_CLASS}][^{OPEN_CLASS}{CLOSE_CLASS}]*?단\s*+위[^{OPEN_CLASS}{CLOSE_CLASS}]*+[{CLOSE_CLASS}]"
)


def _share_unit_lines(tables: list[Table]) -> None:
    """Tables set side by side under one line of their units, "(단위 : 명, ’26. 1. 1. 기준)
    (단위 : 백만원, %)": the table that took the line keeps its first bracket, and the one
    read right after it (or before it) with no caption of its own the second (both had
    been read in the first table's unit, the other's in none)."""
    for table in tables:
        found = [m[0] for m in _UNIT_BRACKETS.finditer(table.caption or "")]
        if len(found) != 2 or len(table.caption_lines) != 1 or not table.lines:
            continue
        mine = table.grids[0].lines
        near = [
            t for t in tables
            if t is not table and not t.caption_lines and t.grids[0].lines and mine
            and (t.grids[0].lines[0] == table.grids[-1].lines[-1] + 1
                 or t.grids[-1].lines[-1] == mine[0] - 1)
            and t.pages[0] == table.pages[0]
        ]  # fmt: skip
        if len(near) != 1:
            continue
        other = near[0]
        line = table.caption_lines[0]
        pair = sorted([table, other], key=lambda t: t.grids[0].lines[0])
        for t, unit in zip(pair, found, strict=True):
            t.row_units = {}
            implied_unit(with_caption(t, [line._replace(text=unit)]))  # (both change t)


def _follows(
    before: Table, table: Table, caption: Sequence[Line], lines: Sequence[Line],
    pos: Mapping[int, int],
) -> bool:
    """Whether ``table`` stands right under ``before`` with the same column headers, no
    line between them but its caption (blank lines and furniture aside)."""
    heads = [
        sorted(squash_label(c.text) for c in t.cells if c.row < t.header_rows)
        for t in (before, table)
    ]
    if not heads[0] or heads[0] != heads[1] or not before.lines or not table.grids[0].lines:
        return False
    start, end = pos.get(before.grids[-1].lines[-1]), pos.get(table.grids[0].lines[0])
    if start is None or end is None:
        return False
    mine = {ln.no for ln in caption}
    return all(ln.no in mine or not ln.is_content for ln in lines[start + 1 : end])


#: the header of a column that gives each row's unit ("단위", "기준(단위)")
UNIT_COLUMN = regex.compile(r"(?:^|\()단위\)?$")
#: a unit cell's figure before its unit (a standard: "50㎍/㎥·년")
_LEADING_FIGURE = regex.compile(r"^[\d.,]+\s*+")


def unit_column(table: Table) -> dict[str, str]:
    """Each body row's unit, where a column says it ("기준(단위)": "%", "kg/일-인",
    "50㎍/㎥·년" of which the unit is ㎍/㎥·년): row header -> unit."""
    cols = {
        c.col for c in table.body()
        if UNIT_COLUMN.search(squash_label(c.col_header.rsplit(" / ", 1)[-1]))
    }  # fmt: skip
    if len(cols) != 1:
        return {}
    (col,) = cols
    out: dict[str, str] = {}
    for c in table.body():
        unit = _LEADING_FIGURE.sub("", " ".join(c.text.split()))
        if unit in NIL_CELLS or not any(ch.isalpha() or ch in "%㎡㎢㎞㎥" for ch in unit):
            continue  # ("-": no unit said)
        if c.col == col and c.row_header and not any(ch.isdigit() for ch in unit):
            out.setdefault(c.row_header, unit)
    return out


def implied_unit(table: Table) -> Table:
    """A table with no unit of its own counts what its header words name (정원, 현원: 명)."""
    if table.currency_unit or table.count_unit:
        return table
    for c in table.cells:
        unit = IMPLIED_COUNT_UNITS.get("".join(c.text.split()))
        if c.is_header and unit:
            table.count_unit = unit
            break
    return table
