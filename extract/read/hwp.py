"""Bytes of an HWP 5 file -> :class:`Document`.

:mod:`extract.read.hwp_records` opens the compound file, checks the FileHeader
(password-protected and DRM files are refused with a one-line reason; a
distribution-only 배포용 file is decrypted) and reads each ``BodyText/SectionN`` into a
forest of records.  This module walks the forest into the tree of
:mod:`extract.read.hwp_tree` -- the one the HWPX reader builds -- so a report saved as
HWP and as HWPX gives the same Document:

* ``PARA_HEADER`` (level n) is a paragraph; its ``PARA_TEXT`` child is UTF-16 with
  control characters: one code unit for a line break (10), a hyphen (24), a non-breaking
  (30) or fixed-width space (31); eight for a tab (9) and the other inline controls;
  eight for an extended control (2, 3, 11, 15-18, 21-23, ...), whose data is the
  paragraph's next ``CTRL_HEADER`` child;
* a ``CTRL_HEADER`` ``tbl `` holds a caption (``LIST_HEADER`` + paragraphs, before the
  ``TABLE`` record), the ``TABLE`` record (rows, columns) and each cell: a
  ``LIST_HEADER`` (column, row, column span, row span at bytes 8-15; width, height,
  four margins; its border fill id at bytes 32-33) followed by its paragraphs, which
  are the cell's siblings, not its children;
* border fill ``n`` is the ``n``-th ``BORDER_FILL`` record of ``DocInfo`` (from 1):
  a UINT16 of properties, then for the left, right, top and bottom side a line type
  (UINT8, 0 for none), a width (UINT8) and a COLORREF (4 bytes).  Layout and codes were
  checked against the HWPX of the same report (``moel_2025_report``: 192 fills, 768
  sides: 0 is ``NONE``, 1 ``SOLID``, 3 ``DASH``, 8 ``DOUBLE_SLIM``; widths and
  colours agree too; its 1,272 cells' fill ids, sizes and margins agree); after the
  diagonal (6 bytes more) a UINT32 of fill kinds, and where bit 0 (a solid colour) is
  set, the background as a COLORREF (0x00BBGGRR; the same report's ``#FFFFCC`` and
  ``#DFE6F7`` cells agree with its HWPX);
* a paragraph's head (bullet or number, :class:`extract.read.hwp_tree.Heads`): the
  ``PARA_HEADER``'s paragraph shape id (UINT16 at byte 8) is the ``PARA_SHAPE`` record
  of ``DocInfo`` by its index (from 0); its first UINT32 holds the heading kind (bits
  23-24: none, outline, number, bullet) and level (bits 25-27), byte 30 the numbering or
  bullet id (from 1, the ``NUMBERING``/``BULLET`` record by index); a ``NUMBERING``
  holds each level's format text ("^1."), number format and start number, a ``BULLET``
  its character; an outline paragraph takes the numbering its section's ``secd`` names
  (UINT16 at byte 18);
* text edited under track changes (변경 추적) is read as Hancom shows the edit done, as
  in HWPX: a paragraph's ``PARA_RANGE_TAG`` holds ranges of 12 bytes, a start and an end
  (UINT32, in ``PARA_TEXT`` code units, the end not in the range) and a tag (UINT32: the
  kind in its top byte, 16 inserted and 17 deleted, and the change's id): inserted text
  is text, deleted text and the controls there are not.  A deletion that runs past a
  paragraph's text goes on from the start of the next paragraph, with a range of the same
  tag (as python-hwpx writes it): that paragraph's end is deleted, and the paragraph
  goes on with the next one's text;
* a footnote's mark typed and set raised (위 첨자), "1,200" + "1)", is written as
  superscripts, as in HWPX (:func:`extract.read.glyphs.raised_mark`): a paragraph's
  ``PARA_CHAR_SHAPE`` holds (position in code units, char shape id) pairs (UINT32
  each), and char shape ``n`` is the ``n``-th ``CHAR_SHAPE`` record of ``DocInfo`` (from
  0), raised where bit 15 of its properties (UINT32 at byte 46) is set (moel's 39 raised
  shapes are its HWPX's ``hh:supscript`` ones);
* ``tcps`` (overlapped characters, 글자 겹치기) is text: after its id, a UINT16 count
  of UTF-16 code units and the characters (then the frame's code, size and char
  shapes), read as HWPX's ``hp:compose`` of the same frame (:mod:`extract.read.compose`:
  the frame's glyph before them, ``◯16``, is the frame; Hancom's glyphs of framed digits
  are those digits); ``tdut`` (덧말, a gloss set over a word) is its main text, the
  first string after its id (the gloss, the second, is not); ``atno`` (an automatic
  number: a caption's, a note's, a page's) is its number as printed
  (:mod:`extract.read.autonum`);
* ``gso `` (drawing objects: text boxes, pictures, groups) holds its caption's list and,
  under ``SHAPE_COMPONENT``, the lists of its text boxes; ``head``/``foot``, ``fn  ``
  and ``en  `` hold one list each.
"""

from __future__ import annotations

import struct
import sys
from array import array
from collections.abc import Sequence

from extract.document import Document, shade
from extract.errors import ReadError
from extract.read.autonum import AUTO_NUMBER, add_number, hwp_auto_number
from extract.read.compose import compose_face, hwp_compose
from extract.read.glyphs import raised_mark
from extract.read.hwp_records import (
    BORDER_FILL,
    BULLET,
    CHAR_SHAPE,
    CTRL_HEADER,
    LIST_HEADER,
    MAX_TOTAL_BYTES,
    NUMBERING,
    PARA_CHAR_SHAPE,
    PARA_HEADER,
    PARA_RANGE_TAG,
    PARA_SHAPE,
    PARA_TEXT,
    SHAPE_COMPONENT,
    SHAPE_COMPONENT_PICTURE,
    TABLE,
    Record,
    doc_info,
    file_header,
    open_ole,
    section_paths,
    section_records,
)
from extract.read.hwp_tree import (
    NUMBER_FORMATS,
    PICTURE_BULLET,
    SIDES,
    Box,
    Heads,
    Numbering,
    Para,
    Table,
    TCell,
    drawn_sides,
    layout,
)

#: objects (tables, text boxes) nested deeper than this are not read
MAX_DEPTH = 40
#: control codes of one code unit and the text they stand for
CHAR_CONTROLS = {0: "", 10: "\n", 13: "", 24: "", 25: "", 26: "", 27: "", 28: "",
                 29: "", 30: "\u00a0", 31: "\u3000"}  # fmt: skip
#: controls of eight code units that refer to a CTRL_HEADER (the rest are inline)
EXTENDED = frozenset({1, 2, 3, 11, 12, 14, 15, 16, 17, 18, 21, 22, 23})
#: control ids that hold paragraphs, and what they are
CTRL_BOXES = {b"head": "header", b"foot": "header", b"fn  ": "footnote", b"en  ": "endnote"}
#: the control of overlapped characters (글자 겹치기, HWPX ``hp:compose``)
COMPOSE = b"tcps"
#: the control of a word with a gloss over it (덧말, HWPX ``hp:dutmal``)
DUTMAL = b"tdut"
#: a border side's line type that draws nothing (HWPX ``NONE``)
LINE_NONE = 0
#: a BORDER_FILL record's bytes up to its last side; each side is type, width, colour
BORDER_SIDE_BYTES = 6
BORDER_FILL_MIN = 2 + len(SIDES) * BORDER_SIDE_BYTES
#: where a BORDER_FILL's fill kinds (UINT32) stand, after the sides and the diagonal;
#: bit 0 of them is a solid colour, whose COLORREF follows
FILL_KIND_AT = BORDER_FILL_MIN + BORDER_SIDE_BYTES
SOLID_FILL = 1
#: where a cell's LIST_HEADER holds its border fill id (UINT16)
CELL_FILL_AT = 32
#: where a PARA_HEADER holds its paragraph shape id (UINT16)
PARA_SHAPE_AT = 8
#: a PARA_SHAPE's heading (bits 23-24 of its first UINT32) and its level (bits 25-27)
HEADING_KINDS = ("NONE", "OUTLINE", "NUMBER", "BULLET")
#: where a PARA_SHAPE holds its numbering or bullet id (UINT16)
HEAD_ID_AT = 30
#: a numbering level's or bullet's head (문단 머리 정보): properties, two lengths, a
#: char shape id; its number format is bits 5-9 of the properties
PARA_HEAD_BYTES = 12
#: levels of a NUMBERING record, and those a newer version adds after its start numbers
NUMBERING_LEVELS, EXTRA_LEVELS = 7, 3
#: where a 'secd' control holds the numbering of its outline paragraphs (UINT16)
OUTLINE_AT = 18
#: a range tag (start, end, tag: UINT32 each) and the kind (top byte of its tag) of a
#: deletion under track changes
RANGE_TAG_BYTES, DELETED = 12, 17
#: where a CHAR_SHAPE holds its properties (UINT32), and their bit of a raised shape
CHAR_PROPS_AT, RAISED_BIT = 46, 1 << 15


def ctrl_id(rec: Record) -> bytes:
    """A CTRL_HEADER's id as written in the format ('tbl ', 'gso ', ...)."""
    return rec.data[:4][::-1]


def compose_text(data: bytes) -> str:
    """A ``tcps`` control's characters: after its id, a UINT16 count of UTF-16 code
    units and the units ("" when the record is cut short)."""
    if len(data) < 6:
        return ""
    (n,) = struct.unpack_from("<H", data, 4)
    return data[6 : 6 + 2 * n].decode("utf-16-le", "replace")


def compose_frame(data: bytes) -> int:
    """A ``tcps`` control's frame code: the UINT8 after its characters (0, none drawn,
    where the record is cut short)."""
    if len(data) < 6:
        return 0
    (n,) = struct.unpack_from("<H", data, 4)
    at = 6 + 2 * n
    return data[at] if at < len(data) else 0


def dutmal_text(data: bytes) -> str:
    """A ``tdut`` control's main text (the word printed; its gloss, the second string,
    is not): after its id, a UINT16 count of UTF-16 code units and the units."""
    return compose_text(data)


def deletions(rec: Record) -> list[tuple[int, int, int]]:
    """A paragraph's ranges deleted under track changes: (start, end, tag), in order."""
    out = []
    for child in rec.children:
        if child.tag == PARA_RANGE_TAG:
            for at in range(0, len(child.data) - RANGE_TAG_BYTES + 1, RANGE_TAG_BYTES):
                start, end, tag = struct.unpack_from("<III", child.data, at)
                if tag >> 24 == DELETED and start <= end:
                    out.append((start, end, tag))
    return sorted(out)


def _add_kept(
    para: Para,
    units: array[int],
    a: int,
    b: int,
    deleted: list[tuple[int, int, int]],
    raised: Sequence[tuple[int, int]] = (),
) -> None:
    """The text of ``units[a:b]`` but for the deleted ranges (in order of their start);
    a part in a ``raised`` range (:func:`raised_spans`) as :func:`raised_mark` writes it
    after a word."""
    for start, end in raised:
        if end <= a or start >= b:
            continue
        if start > a:
            _add_kept(para, units, a, start, deleted)
        text = _kept(units, max(a, start), min(b, end), deleted)
        para.add_text(raised_mark(text) if para.after_word() else text)
        a = min(b, end)
    if a < b:
        para.add_text(_kept(units, a, b, deleted))


def _kept(units: array[int], a: int, b: int, deleted: list[tuple[int, int, int]]) -> str:
    out = []
    for start, end, _ in deleted:
        if end <= a or start >= b:
            continue
        if start > a:
            out.append(units[a:start].tobytes().decode("utf-16-le", "replace"))
        a = max(a, end)
        if a >= b:
            return "".join(out)
    out.append(units[a:b].tobytes().decode("utf-16-le", "replace"))
    return "".join(out)


def raised_spans(rec: Record, shapes: frozenset[int], n: int) -> list[tuple[int, int]]:
    """The ranges of a paragraph's ``n`` code units set in a raised char shape, from its
    ``PARA_CHAR_SHAPE`` (position, shape id) pairs."""
    data = next((c.data for c in rec.children if c.tag == PARA_CHAR_SHAPE), b"")
    pairs = [struct.unpack_from("<II", data, at) for at in range(0, len(data) - 7, 8)]
    out = []
    for k, (at, shape) in enumerate(pairs):
        end = pairs[k + 1][0] if k + 1 < len(pairs) else n
        if shape in shapes and at < end:
            out.append((at, end))
    return out


def raised_shapes(info: list[Record]) -> frozenset[int]:
    """Ids of DocInfo's char shapes set raised (위 첨자)."""
    return frozenset(
        k
        for k, r in enumerate(r for r in info if r.tag == CHAR_SHAPE)
        if len(r.data) >= CHAR_PROPS_AT + 4 and _u32(r.data, CHAR_PROPS_AT) & RAISED_BIT
    )


def para_shape_heading(data: bytes) -> tuple[str, int, int]:
    """A PARA_SHAPE's heading: its kind, numbering or bullet id and level."""
    if len(data) < HEAD_ID_AT + 2:
        return ("NONE", 0, 0)
    props = _u32(data, 0)
    (ref,) = struct.unpack_from("<H", data, HEAD_ID_AT)
    return (HEADING_KINDS[props >> 23 & 3], ref, props >> 25 & 7)


def numbering(data: bytes) -> Numbering:
    """A NUMBERING record: seven levels' heads, each with its format text (a UINT16
    length and UTF-16), then the start number (UINT16), each level's start (UINT32) and,
    in newer versions, three more levels and their starts.  Read up to where it is cut."""
    formats: list[tuple[str, str]] = []
    pos = 0

    def levels(n: int) -> None:
        nonlocal pos
        for _ in range(n):
            if pos + PARA_HEAD_BYTES + 2 > len(data):
                return
            fmt = _u32(data, pos) >> 5 & 0x1F
            (length,) = struct.unpack_from("<H", data, pos + PARA_HEAD_BYTES)
            start = pos + PARA_HEAD_BYTES + 2
            if start + 2 * length > len(data):
                return
            text = data[start : start + 2 * length].decode("utf-16-le", "replace")
            name = NUMBER_FORMATS[fmt] if fmt < len(NUMBER_FORMATS) else "DIGIT"
            formats.append((text, name))
            pos = start + 2 * length

    levels(NUMBERING_LEVELS)
    starts = [1] * len(formats)
    if len(formats) == NUMBERING_LEVELS and pos + 2 + 4 * NUMBERING_LEVELS <= len(data):
        starts = list(struct.unpack_from(f"<{NUMBERING_LEVELS}I", data, pos + 2))
        pos += 2 + 4 * NUMBERING_LEVELS
        levels(EXTRA_LEVELS)
        if len(formats) > NUMBERING_LEVELS and pos + 4 * EXTRA_LEVELS <= len(data):
            starts += list(struct.unpack_from(f"<{EXTRA_LEVELS}I", data, pos))
    starts += [1] * (len(formats) - len(starts))
    levels_read = zip(formats, starts, strict=False)
    return Numbering([(text, fmt, start) for (text, fmt), start in levels_read])


def bullet_char(data: bytes) -> str:
    """A BULLET record's character: after its head, a UTF-16 unit; then a picture id
    (INT32), not 0 for a picture bullet."""
    if len(data) < PARA_HEAD_BYTES + 2:
        return PICTURE_BULLET
    (code,) = struct.unpack_from("<H", data, PARA_HEAD_BYTES)
    picture = len(data) >= PARA_HEAD_BYTES + 6 and _u32(data, PARA_HEAD_BYTES + 2) != 0
    if picture or not code or 0xD800 <= code < 0xE000:
        return PICTURE_BULLET
    return chr(code)


def doc_heads(info: list[Record]) -> Heads:
    """The heads DocInfo's paragraph shapes give (numberings and bullets from 1)."""
    shapes = {
        k: heading
        for k, r in enumerate(r for r in info if r.tag == PARA_SHAPE)
        if (heading := para_shape_heading(r.data))[0] != "NONE"
    }
    if not shapes:
        return Heads({}, {}, {})
    numberings = {
        k: numbering(r.data)
        for k, r in enumerate((r for r in info if r.tag == NUMBERING), start=1)
    }
    bullets = {
        k: bullet_char(r.data) for k, r in enumerate((r for r in info if r.tag == BULLET), start=1)
    }
    return Heads(shapes, bullets, numberings)


def border_sides(data: bytes) -> str:
    """A BORDER_FILL record's drawn sides ("LRTB"); "" when the record is cut short."""
    if len(data) < BORDER_FILL_MIN:
        return ""
    return drawn_sides(
        [data[2 + k * BORDER_SIDE_BYTES] != LINE_NONE for k in range(len(SIDES))]
    )


def border_shade(data: bytes) -> str:
    """A BORDER_FILL record's solid background ("#RRGGBB"); "" for none, white, or a
    record cut short."""
    if len(data) < FILL_KIND_AT + 8:
        return ""
    kinds, ref = struct.unpack_from("<II", data, FILL_KIND_AT)
    if not kinds & SOLID_FILL:
        return ""
    r, g, b = ref & 0xFF, (ref >> 8) & 0xFF, (ref >> 16) & 0xFF
    return shade(f"#{r:02X}{g:02X}{b:02X}")


def cell_fill(head: bytes) -> int:
    """A cell LIST_HEADER's border fill id (from 1); 0 when the header is cut short."""
    if len(head) < CELL_FILL_AT + 2:
        return 0
    fill: int = struct.unpack_from("<H", head, CELL_FILL_AT)[0]
    return fill


class _Walker:
    def __init__(
        self,
        problems: list[tuple[str, str]],
        fills: list[tuple[str, str]] | None = None,
        heads: Heads | None = None,
        raised: frozenset[int] = frozenset(),
    ) -> None:
        self.problems = problems
        #: ids of the char shapes set raised (:func:`raised_shapes`)
        self.raised = raised
        self.warned: set[str] = set()
        #: border fill ``n``'s drawn sides and background at index ``n - 1``
        self.fills = fills or []
        self.heads = heads or Heads({}, {}, {})
        #: the numbering of the section's outline paragraphs (its 'secd')
        self.outline = 1

    def warn(self, code: str, message: str) -> None:
        if code not in self.warned:
            self.warned.add(code)
            self.problems.append((code, message))

    def section(self, roots: list[Record]) -> list[Para]:
        """A section's paragraphs; its first holds the section definition ('secd')."""
        self.outline = 1
        first = next((r for r in roots if r.tag == PARA_HEADER), None)
        for child in first.children if first is not None else ():
            if child.tag == CTRL_HEADER and ctrl_id(child) == b"secd":
                if len(child.data) >= OUTLINE_AT + 2:
                    (self.outline,) = struct.unpack_from("<H", child.data, OUTLINE_AT)
                break
        return self.paras([r for r in roots if r.tag == PARA_HEADER], 0)

    def paras(self, recs: list[Record], depth: int) -> list[Para]:
        """A list's paragraphs; one whose end is deleted under track changes goes on with
        the next one's text (the next is kept empty, so that paragraphs keep their
        numbers in the file)."""
        out: list[Para] = []
        into: Para | None = None
        open_tag = 0
        for rec in recs:
            deleted = deletions(rec)
            goes_on = into is not None and any(s == 0 and t == open_tag for s, _, t in deleted)
            para = self.para(rec, depth, deleted, into if goes_on else None)
            out.append(Para() if goes_on else para)
            count = _u32(rec.data, 0) & 0x7FFFFFFF  # its code units, the paragraph end's too
            to_end = [t for _, e, t in deleted if e >= count - 1]
            into, open_tag = (para, to_end[-1]) if to_end else (None, 0)
        return out

    def para(
        self,
        rec: Record,
        depth: int,
        deleted: list[tuple[int, int, int]] | None = None,
        into: Para | None = None,
    ) -> Para:
        """A paragraph, but for its ``deleted`` ranges; or, ``into`` one whose end was
        deleted, that one gone on."""
        para = into if into is not None else Para()
        if self.heads.shapes and len(rec.data) >= PARA_SHAPE_AT + 2 and into is None:
            (shape,) = struct.unpack_from("<H", rec.data, PARA_SHAPE_AT)
            para.head = self.heads.head(shape, self.outline)
        deleted = deleted or []
        units: array[int] | None = None
        ctrls = []
        for child in rec.children:
            if child.tag == PARA_TEXT and units is None:
                units = array("H")
                units.frombytes(child.data[: len(child.data) & ~1])
                if sys.byteorder == "big":
                    units.byteswap()
            elif child.tag == CTRL_HEADER:
                ctrls.append(child)
        if units is None:
            return para.done()
        next_ctrl = 0
        i, start, n = 0, 0, len(units)
        raised = raised_spans(rec, self.raised, n) if self.raised else []
        while i < n:
            c = units[i]
            if c >= 32:
                i += 1
                continue
            if i > start:
                _add_kept(para, units, start, i, deleted, raised)
            kept = not any(s <= i < e for s, e, _ in deleted)
            if c in CHAR_CONTROLS:
                para.add_text(CHAR_CONTROLS[c] if kept else "")
                i += 1
            else:
                if c == 9 and kept:
                    para.add_text("\t")
                elif c in EXTENDED:
                    if next_ctrl < len(ctrls):
                        if kept:  # a control in deleted text is deleted with it
                            self.control(ctrls[next_ctrl], para, depth)
                        next_ctrl += 1
                    else:
                        self.warn("hwp.control", "a paragraph names more controls than it holds")
                i += 8
            start = i
        if start < n:
            _add_kept(para, units, start, n, deleted, raised)
        return para.done()

    def control(self, rec: Record, para: Para, depth: int) -> None:
        if depth >= MAX_DEPTH:
            self.warn("hwp.depth", f"objects nested more than {MAX_DEPTH} deep are not read")
            return
        cid = ctrl_id(rec)
        if cid == b"tbl ":
            para.add(self.table(rec, depth + 1))
        elif cid == b"gso ":
            boxes = self.shape(rec, depth + 1)
            if _is_picture(rec):  # where it stands, with its caption's text if any
                head = next((c for c in rec.children if c.tag == LIST_HEADER), None)
                after = head is None or _u32(head.data, 8) & 3 in (1, 3)
                para.add(Box("picture", [q for b in boxes for q in b.paras], after))
                return
            if not boxes and _holds(rec, SHAPE_COMPONENT_PICTURE):
                para.add(Box("picture", []))  # (where a group of pictures stands)
            for box in boxes:
                para.add(box)
        elif cid in CTRL_BOXES:
            for _, paras in self.lists(rec.children, depth + 1):
                para.add(Box(CTRL_BOXES[cid], paras))  # type: ignore[arg-type]
        elif cid == COMPOSE:
            chars = hwp_compose(compose_text(rec.data), compose_frame(rec.data))
            para.add_text(compose_face(*chars))
        elif cid == DUTMAL:
            para.add_text(dutmal_text(rec.data))
        elif cid == AUTO_NUMBER:  # a caption's, note's or page's number
            add_number(para, *hwp_auto_number(rec.data))

    def lists(self, children: list[Record], depth: int) -> list[tuple[Record, list[Para]]]:
        """Each LIST_HEADER among ``children`` with the paragraphs that follow it."""
        found: list[tuple[Record, list[Record]]] = []
        current: list[Record] | None = None
        for rec in children:
            if rec.tag == LIST_HEADER:
                current = []
                found.append((rec, current))
            elif rec.tag == PARA_HEADER and current is not None:
                current.append(rec)
            else:
                current = None
        return [(head, self.paras(recs, depth)) for head, recs in found]

    def table(self, rec: Record, depth: int) -> Table:
        n_rows = n_cols = 0
        seen_table = False
        caption: list[Para] = []
        after = False
        before: list[Record] = []
        cells_part: list[Record] = []
        for child in rec.children:
            if child.tag == TABLE and not seen_table:
                seen_table = True
                if len(child.data) >= 8:
                    n_rows, n_cols = struct.unpack_from("<HH", child.data, 4)
                else:
                    self.warn("hwp.table", "a table record is cut short")
            elif seen_table:
                cells_part.append(child)
            else:
                before.append(child)
        for head, paras in self.lists(before, depth):
            after = _u32(head.data, 8) & 3 in (1, 3)  # caption left, right, top, bottom
            caption.extend(paras)
        cells = []
        for k, (head, paras) in enumerate(self.lists(cells_part, depth)):
            if len(head.data) >= 16:
                col, row, col_span, row_span = struct.unpack_from("<HHHH", head.data, 8)
            else:
                self.warn("hwp.cell", "a table cell's header is cut short")
                col, row, col_span, row_span = k, 0, 1, 1
            fill = cell_fill(head.data)
            borders, shaded = self.fills[fill - 1] if 0 < fill <= len(self.fills) else ("", "")
            cells.append(TCell(row, col, row_span, col_span, paras, borders, shaded))
        return Table(n_rows, n_cols, cells, caption, after)

    def shape(self, rec: Record, depth: int) -> list[Box]:
        """A drawing object's text: its caption, then its text boxes in order."""
        caption: list[Box] = []
        after = False
        for head, paras in self.lists(rec.children, depth):
            after = _u32(head.data, 8) & 3 in (1, 3)
            caption.append(Box("box", paras))
        texts: list[Box] = []
        self.shape_texts(rec.children, depth, texts)
        return texts + caption if after else caption + texts

    def shape_texts(self, children: list[Record], depth: int, out: list[Box]) -> None:
        """Text box lists under the object's shape components, in order."""
        for rec in children:
            if rec.tag in (CTRL_HEADER, PARA_HEADER, LIST_HEADER):
                continue
            if depth >= MAX_DEPTH:
                self.warn("hwp.depth", f"objects nested more than {MAX_DEPTH} deep are not read")
                return
            out.extend(Box("box", paras) for _, paras in self.lists(rec.children, depth))
            self.shape_texts(rec.children, depth + 1, out)


def _is_picture(rec: Record) -> bool:
    """Whether a ``gso`` is a picture itself (its shape component is one), not a group."""
    return any(
        c.tag == SHAPE_COMPONENT and any(k.tag == SHAPE_COMPONENT_PICTURE for k in c.children)
        for c in rec.children
    )


def _holds(rec: Record, tag: int) -> bool:
    """Whether a record of ``tag`` stands anywhere under ``rec`` (a group's pictures too)."""
    todo = list(rec.children)
    while todo:
        child = todo.pop()
        if child.tag == tag:
            return True
        todo.extend(child.children)
    return False


def _u32(data: bytes, offset: int) -> int:
    return struct.unpack_from("<I", data, offset)[0] if len(data) >= offset + 4 else 0


def read_hwp(data: bytes, name: str) -> Document:
    """Read an HWP 5 report: one line per paragraph, tables as grids (see module doc)."""
    ole = open_ole(data)
    problems: list[tuple[str, str]] = []
    try:
        header = file_header(ole)
        # (a distribution-only document keeps its sections in ViewText, encrypted)
        paths = (header.distribution and section_paths(ole, "ViewText")) or section_paths(ole)
        if not paths:
            raise ReadError("the HWP file has no BodyText sections; the file is damaged")
        info = doc_info(ole, header)
        fills = [(border_sides(r.data), border_shade(r.data)) for r in info if r.tag == BORDER_FILL]
        walker = _Walker(problems, fills, doc_heads(info), raised_shapes(info))
        sections = []
        total = 0
        for path in paths:
            roots, size = section_records(ole, path, header, problems)
            total += size
            if total > MAX_TOTAL_BYTES:
                raise ReadError(
                    f"the HWP file's sections inflate past {MAX_TOTAL_BYTES // 2**20} MB; "
                    "bogoseo reads reports up to that size"
                )
            try:
                sections.append(walker.section(roots))
            except RecursionError:
                raise ReadError(f"{path} is nested too deeply to read") from None
    finally:
        ole.close()
    return layout(sections, name, "hwp", problems)
