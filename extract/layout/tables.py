"""Grids -> tables a reader can use: header rows, header paths, captions and units.

Stages, each a plain function:

* :func:`~extract.layout.boxes.data_grids` - a grid of one row or one column is a box drawn around
  text (a numeral beside its title, a boxed summary): its text stays in the
  outline; the tables nested in it are looked at in turn;
* :func:`~extract.layout.tablepages.join_continued` - a table that ends a page and one
  of the same columns that starts the next page are one table (a repeated header is
  dropped);
* :func:`~extract.layout.headers.header_rows` / :func:`~extract.layout.headers.row_header_cols`
  (:mod:`extract.layout.headers`) - the leading rows with no values are the column
  headers, the leading columns with no values the row headers (a header cell spanning
  rows or columns widens them);
* :func:`~extract.layout.header_paths.header_paths` - every body cell's row and column
  header path;
* :func:`build_tables` - tables with their captions (:mod:`extract.layout.captions`),
  units and reference dates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import regex

from extract.document import Cell, Grid, Line
from extract.layout.boxes import boxed_grids, cell_lines, cell_text, data_grids, is_box
from extract.layout.caption_units import (
    column_units,
    counted_rows,
    counts_first,
    leaf_units,
    listed_units,
    named_rows,
    row_units,
    unit_declaration,
)
from extract.layout.captions import find_caption, read_as_of, read_unit

# (TableCell, is_value and header_name are imported from here by extract.parse)
from extract.layout.cells import TableCell as TableCell
from extract.layout.cells import is_value as is_value
from extract.layout.colsplit import join_column_split
from extract.layout.header_paths import header_paths
from extract.layout.headers import header_name as header_name
from extract.layout.headers import header_rows, squash_label
from extract.layout.pagebreaks import (
    drop_blank_row,
    rejoin_split_groups,
    rejoin_split_row,
    rejoin_unfilled_row,
)
from extract.layout.tablepages import join_continued, row_texts, with_cut_rows
from extract.layout.vocab import IMPLIED_COUNT_UNITS
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
    #: the units its caption lists, its body's column and row headers (filled when first
    #: asked: :func:`extract.structure.cell_unit`)
    kind_context: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None = None
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


# --- joining and building ---------------------------------------------------------------


def _cells_of(grid: Grid, row_offset: int = 0, whole: Lexicon | None = None) -> list[TableCell]:
    return [
        TableCell(
            c.row + row_offset, c.col, c.row_span, c.col_span, cell_text(c, whole),
            lines=cell_lines(c), page=c.page, where=c.where, borders=c.borders, fill=c.fill,
        )
        for c in grid.cells
    ]  # fmt: skip


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
        if first_head and row_texts(g, first_head) == row_texts(parts[0], first_head):
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
        table.row_units = row_units(
            listed_units(text, per="/"), list(dict.fromkeys(rows))
        ) or named_rows(units, list(dict.fromkeys(rows)))
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
    data = join_column_split(with_cut_rows(data_grids(grids), grids, lines, pos), lines, pos)
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
