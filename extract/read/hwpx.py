"""Bytes of an HWPX file (OWPML, KS X 6101) -> :class:`Document`.

An HWPX file is a zip: ``mimetype`` (``application/hwp+zip``), ``Contents/content.hpf``
(the manifest; its spine lists the sections in order) and ``Contents/sectionN.xml``.
A section is a list of paragraphs ``hp:p``; a paragraph's runs ``hp:run`` hold text
``hp:t`` (with ``hp:fwSpace``, ``hp:nbSpace``, ``hp:tab`` and ``hp:lineBreak`` inside
it, and more text in their tails) and objects: tables ``hp:tbl`` (rows ``hp:tr`` of
cells ``hp:tc`` with ``hp:cellAddr`` and ``hp:cellSpan``; merged-away cells are not
written), drawing objects (``hp:rect`` with ``hp:drawText``, ``hp:container`` groups,
pictures with captions) and controls ``hp:ctrl`` (headers, footers, footnotes).
Automatic numbers (``hp:autoNum``: a caption's "<표 1>", a note's "1)") are text
(:mod:`extract.read.autonum`).  Overlapped characters (글자 겹치기, ``hp:compose``) are
text: their ``composeText`` in its frame, ``circleType``
(:func:`extract.read.compose.compose_face`: 16 in a circle is ⑯).  A word with a gloss
set over it (덧말, ``hp:dutmal``) is its ``hp:mainText``.
Text edited under track changes (변경 추적) is read as Hancom shows the edit done: what
was inserted (between ``hp:insertBegin`` and ``hp:insertEnd``) is text, and what was
deleted is not -- from an ``hp:deleteBegin`` to
the ``hp:deleteEnd`` of its ``Id`` (both inside ``hp:t``), which may stand in a later
``hp:t``, run or paragraph of the same list; the objects anchored there go with it, and
a paragraph whose end it deletes goes on with the next paragraph's text, in its own
shape.  A deletion whose end is missing from its list deletes nothing, with a problem.
A cell's ``borderFillIDRef`` names an ``hh:borderFill`` of ``Contents/header.xml``,
whose ``hh:leftBorder``/``rightBorder``/``topBorder``/``bottomBorder`` types say which
sides are drawn (``NONE`` or a kind of line).  A paragraph's ``paraPrIDRef`` names an
``hh:paraPr`` whose ``hh:heading`` (type ``BULLET``, ``NUMBER`` or ``OUTLINE``, ``idRef``,
``level``) gives it the character of ``hh:bullet`` ``idRef`` or the number of
``hh:numbering`` ``idRef`` (the section's ``outlineShapeIDRef`` for an outline paragraph)
at that level: each ``hh:paraHead`` (level 1 .. 10) has a format text ("^1.", "(^3)") and
a ``numFormat``.

The walk builds the tree of :mod:`extract.read.hwp_tree`, the same one the HWP 5
reader builds, and :func:`extract.read.hwp_tree.layout` makes the Document.  Parts are
inflated at most :data:`MAX_PART_BYTES` each (a zip bomb fails cleanly), XML with a
DTD is refused (so no entity is ever expanded), and every way a zip or its XML can be
broken is a :class:`ReadError` with a one-line reason, or a problem in
``doc.problems`` when the rest can be read.

The XML is parsed with the standard library's ElementTree: lxml parses the corpus two
to three times faster, but walking its elements is slower by more than that gains
(``bench/bench_hwp.py``).
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from typing import Any

from extract.document import Document, shade
from extract.errors import ReadError
from extract.read.autonum import add_number, hwpx_auto_number
from extract.read.compose import compose_face
from extract.read.glyphs import raised_mark
from extract.read.hwp_tree import (
    PICTURE_BULLET,
    Box,
    Heads,
    Numbering,
    Para,
    Table,
    TCell,
    drawn_sides,
    layout,
)
from extract.read.hwpx_elements import (
    DELETE_BEGIN,
    DELETE_END,
    INLINE,
    caption_after,
    chosen,
    heading_of,
    int_attr,
    local,
    marks,
    numbering_of,
    outline_ref,
    runs,
    sublists,
    t_text,
)
from extract.read.xml_salvage import (
    InflateError,
    MalformedXml,
    inflated_before_damage,
    is_section_part,
    salvage_section,
)
from extract.read.zip_salvage import read_cut_hwpx, rebuilt_zip

#: one XML part may inflate to at most this; a report's section is a few MB
MAX_PART_BYTES = 64 * 2**20
#: all parts read from one file together
MAX_TOTAL_BYTES = 256 * 2**20
#: objects (tables, text boxes) nested deeper than this are not read
MAX_DEPTH = 40
MIMETYPE = b"application/hwp+zip"
#: the part holding the document's styles, border fills among them
HEADER = "Contents/header.xml"
#: a border fill's side elements, in the order of :data:`extract.read.hwp_tree.SIDES`
BORDER_SIDES = ("leftBorder", "rightBorder", "topBorder", "bottomBorder")

#: hp:ctrl children that hold paragraphs, and what they are
CTRL_BOXES = {"header": "header", "footer": "header", "footNote": "footnote", "endNote": "endnote"}
#: run children that never hold text of their own
NO_TEXT = frozenset({"secPr", "fieldBegin", "fieldEnd", "bookmark"})

_SECTION = re.compile(r"(?:^|/)section(\d+)\.xml$", re.IGNORECASE)
#: a paragraph shape's heading that gives its paragraphs a head, and the shape's start
_HEADING = re.compile(rb'<(?:[\w.-]+:)?heading\s[^>]*\btype="(?:BULLET|NUMBER|OUTLINE)"')
_PARA_PR = re.compile(rb'<(?:[\w.-]+:)?paraPr\s[^>]*\bid="(\d+)"')
_PARA_PR_START = re.compile(rb"<(?:[\w.-]+:)?paraPr\s")
_DELETE_MARK = DELETE_BEGIN.encode()
#: a character shape set raised (위 첨자: an ``hh:supscript`` in its ``hh:charPr``)
_SUPSCRIPT = re.compile(rb"<(?:[\w.-]+:)?supscript\b[^>]{0,200}>")
_CHAR_PR = re.compile(rb'<(?:[\w.-]+:)?charPr\s[^>]*\bid="(\d+)"')
_CHAR_PR_START = re.compile(rb"<(?:[\w.-]+:)?charPr\s")


def is_hwpx(data: bytes) -> bool:
    """A zip whose ``mimetype`` says HWPX, or that holds ``Contents/content.hpf`` or a
    section part (``Contents/section0.xml``: a copy that lost both of the others).

    A zip that cannot be opened at all counts as HWPX when its first entry says so, and
    otherwise raises the ReadError that says it is damaged.
    """
    if data[30:38] == b"mimetype" and MIMETYPE in data[38:80]:
        return True
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "Contents/content.hpf" in names or any(
                n.startswith("Contents/") and _SECTION.search(n) and is_section_part(zf, n)
                for n in names
            ):
                return True
            return "mimetype" in names and zf.read("mimetype").strip() == MIMETYPE
    except Exception as exc:  # BadZipFile, NotImplementedError, zlib.error, ...
        rebuilt = rebuilt_zip(data, MAX_PART_BYTES)  # (cut short: its entries before the cut)
        if rebuilt is not None and rebuilt[1] and is_hwpx(rebuilt[0]):
            return True
        raise ReadError(f"a zip file that cannot be read ({exc}); damaged or truncated?") from None


class _Reader:
    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        self.total = 0
        self.problems: list[tuple[str, str]] = []
        self.too_deep = False
        #: border fill id -> the sides it draws ("LRTB") and its background ("#RRGGBB"),
        #: from :meth:`border_fills`
        self.fills: dict[str, tuple[str, str]] = {}
        #: the header part, as read by :meth:`border_fills`
        self.header = b""
        #: ids of the paragraph shapes that give a head (:meth:`heading_shapes`)
        self.heading_ids: frozenset[str] = frozenset()
        #: ids of the character shapes set raised (:meth:`raised_shapes`)
        self.raised_ids: frozenset[str] = frozenset()
        self._heads: Heads | None = None
        #: the numbering of the section's outline paragraphs (its secPr's)
        self.outline = 1
        #: the section marks deletions under track changes (:meth:`paras` looks for them)
        self.tracked = False
        #: ids of the deletions open where the walk is in the current list: text and
        #: objects there are not read
        self.deleting: list[str] = []
        #: the current list's hp:deleteBegin elements whose hp:deleteEnd follows
        self.honored: set[Any] = set()

    # --- the package ----------------------------------------------------------------

    def part(self, name: str) -> bytes:
        """One entry, inflated at most up to the limits."""
        try:
            info = self.zf.getinfo(name)
        except KeyError:
            raise ReadError(f"the HWPX file has no {name}; the file is damaged") from None
        if info.file_size > MAX_PART_BYTES:
            raise ReadError(_too_big(name))
        try:
            with self.zf.open(info) as f:
                data = f.read(MAX_PART_BYTES + 1)
        except RuntimeError as exc:  # zipfile: "File ... is encrypted, password required"
            raise ReadError(f"{name} is encrypted; the HWPX file is password-protected") from exc
        except Exception as exc:  # BadZipFile, zlib.error, EOFError, NotImplementedError, ...
            raise InflateError(f"cannot inflate {name} ({exc}); the HWPX file is damaged") from None
        if len(data) > MAX_PART_BYTES:
            raise ReadError(_too_big(name))
        self.total += len(data)
        if self.total > MAX_TOTAL_BYTES:
            raise ReadError(
                f"the HWPX file inflates past {MAX_TOTAL_BYTES // 2**20} MB; "
                "bogoseo reads reports up to that size"
            )
        return data

    def xml(self, name: str) -> Any:
        return self.parse(name, self.part(name))

    def parse(self, name: str, data: bytes) -> Any:
        # no DTD, so no entity can be declared (and none expanded: no billion laughs)
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            raise ReadError(f"{name} declares a DTD, which HWPX never does; not read")
        try:
            return ET.fromstring(data)
        except (ET.ParseError, LookupError) as exc:
            raise MalformedXml(
                f"{name} is not well-formed XML ({exc}); the file is damaged"
            ) from None

    def sections(self) -> list[str]:
        """Section parts in order: the manifest's spine, else section0.xml, section1.xml..."""
        names = self.zf.namelist()
        manifest = self.zf.NameToInfo.get("META-INF/manifest.xml")
        if manifest is not None and b"encryption" in self.part("META-INF/manifest.xml"):
            raise ReadError(
                "the HWPX file is password-protected (or distribution-only, 배포용); "
                "save an unprotected copy in Hancom Office"
            )
        found = sorted(
            (int(m[1]), n) for n in names if (m := _SECTION.search(n)) and n.startswith("Contents/")
        )
        if "Contents/content.hpf" not in names:
            self.problems.append(
                (
                    "hwpx.manifest",
                    "the HWPX file has no Contents/content.hpf; sections read by name",
                )
            )
            return [n for _, n in found]
        try:
            root = self.xml("Contents/content.hpf")
        except ReadError as exc:
            self.problems.append(("hwpx.manifest", f"{exc.reason}; sections read by name"))
            return [n for _, n in found]
        items = {el.get("id"): el.get("href", "") for el in root.iter() if local(el.tag) == "item"}
        spine = [
            _join_href(items.get(el.get("idref"), ""))
            for el in root.iter()
            if local(el.tag) == "itemref"
        ]
        listed = [h for h in spine if _SECTION.search(h)]
        if not listed:
            listed = [_join_href(h) for h in items.values() if _SECTION.search(h)]
        missing = [h for h in listed if h not in self.zf.NameToInfo]
        if missing:
            self.problems.append(
                ("hwpx.manifest", f"the manifest lists {', '.join(missing)}, missing from the file")
            )
        listed = [h for h in listed if h in self.zf.NameToInfo]
        return listed or [n for _, n in found]

    def border_fills(self) -> dict[str, tuple[str, str]]:
        """Each ``hh:borderFill`` id of the header -> the sides it draws ("LRTB") and its
        solid background (its ``hc:winBrush`` faceColor as :func:`~extract.document.shade`
        keeps it).

        Borders are a hint for the parsers, not text: a header that is missing or cannot
        be read gives no fills (every cell's borders are ""), never an error or problem.
        The header is parsed only up to the end of its border fills: the styles after
        them make it 0.7-1.4 MB, 4 to 14 times slower to parse whole (moel, 대전).
        """
        if HEADER not in self.zf.NameToInfo:
            return {}
        try:
            data = self.part(HEADER)
        except ReadError:
            return {}
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:  # as xml(): no entity expanded
            return {}
        self.header = data
        fills: dict[str, tuple[str, str]] = {}
        try:
            for _, el in ET.iterparse(io.BytesIO(data), events=("end",)):
                name = local(el.tag)
                fill_id = el.get("id")
                if name == "borderFill" and fill_id is not None:
                    types = {local(side.tag): str(side.get("type", "NONE")).upper() for side in el}
                    drawn = [types.get(side, "NONE") != "NONE" for side in BORDER_SIDES]
                    brush = next((b for b in el.iter() if local(b.tag) == "winBrush"), None)
                    face = "" if brush is None else shade(str(brush.get("faceColor", "")))
                    fills[fill_id] = (drawn_sides(drawn), face)
                elif name == "borderFills":
                    break
        except (ET.ParseError, LookupError):  # (LookupError: its encoding damaged)
            return {}
        return fills

    def heading_shapes(self) -> frozenset[str]:
        """Ids of the paragraph shapes whose heading gives a bullet or number.

        Found by a scan of the header's text, so that the whole header is parsed
        (:meth:`heads`) only for a file whose paragraphs use one: most reports type their
        marks, and their headers define outline shapes no paragraph uses.
        """
        ids = set()
        for m in _HEADING.finditer(self.header):
            starts = list(_PARA_PR_START.finditer(self.header, max(0, m.start() - 4000), m.start()))
            if starts and (pr := _PARA_PR.match(self.header, starts[-1].start())):
                ids.add(pr[1].decode())
        return frozenset(ids)

    def raised_shapes(self) -> frozenset[str]:
        """Ids of the character shapes set raised (위 첨자), found by a scan of the
        header's text as :meth:`heading_shapes` does (``hh:supscript``, Hancom's mark of
        it, an empty element in the shape; one whose ``type`` is ``NONE`` is none)."""
        ids = set()
        for m in _SUPSCRIPT.finditer(self.header):
            if b"NONE" in m[0].upper():
                continue
            starts = list(_CHAR_PR_START.finditer(self.header, max(0, m.start() - 4000), m.start()))
            if starts and (pr := _CHAR_PR.match(self.header, starts[-1].start())):
                ids.add(pr[1].decode())
        return frozenset(ids)

    def heads(self) -> Heads:
        """The bullets, numberings and paragraph shapes' headings of the header."""
        if self._heads is None:
            shapes: dict[int, tuple[str, int, int]] = {}
            bullets: dict[int, str] = {}
            numberings: dict[int, Numbering] = {}
            try:
                root = ET.fromstring(self.header)
            except (ET.ParseError, LookupError):
                root = None
            for el in root.iter() if root is not None else ():
                name = local(el.tag)
                if name == "paraPr":
                    heading = heading_of(el)
                    if heading is not None:
                        shapes[int_attr(el, "id", -1)] = (
                            str(heading.get("type", "NONE")).upper(),
                            int_attr(heading, "idRef", 0),
                            int_attr(heading, "level", 0),
                        )
                elif name == "bullet":
                    picture = el.get("useImage") == "1" or not el.get("char")
                    char = PICTURE_BULLET if picture else el.get("char", "")
                    bullets[int_attr(el, "id", -1)] = char
                elif name == "numbering":
                    numberings[int_attr(el, "id", -1)] = numbering_of(el)
            self._heads = Heads(shapes, bullets, numberings)
        return self._heads

    # --- paragraphs and objects -----------------------------------------------------

    def paras(self, parent: Any, depth: int) -> list[Para]:
        ps = [p for p in parent if local(p.tag) == "p"]
        if not self.tracked:
            return [self.para(p, depth) for p in ps]
        # a deletion runs on through the list's runs and paragraphs, never out of it
        outer = self.deleting, self.honored
        self.deleting, self.honored = [], self.deletions(ps)
        out: list[Para] = []
        into: Para | None = None
        try:
            for p in ps:
                para = self.para(p, depth, into)
                # a paragraph whose end is deleted goes on with the next one's text (the
                # next is kept empty, so that paragraphs keep their numbers in the file)
                out.append(para if para is not into else Para())
                into = para if self.deleting else None
        finally:
            self.deleting, self.honored = outer
        return out

    def deletions(self, ps: list[Any]) -> set[Any]:
        """The hp:deleteBegin marks of a list's paragraphs that an hp:deleteEnd of their
        ``Id`` follows in the list; a problem for those none does."""
        waiting: dict[str | None, list[Any]] = {}
        honored: set[Any] = set()
        for mark in (m for p in ps for m in marks(p)):
            if local(mark.tag) == DELETE_BEGIN:
                waiting.setdefault(mark.get("Id"), []).append(mark)
            else:
                honored.update(waiting.pop(mark.get("Id"), []))
        if waiting and not any(c == "hwpx.track" for c, _ in self.problems):
            self.problems.append(
                (
                    "hwpx.track",
                    "a deletion under track changes has no end; its text is read as kept",
                )
            )
        return honored

    def mark(self, el: Any) -> None:
        """A deletion's begin or end mark: opens or closes it."""
        if local(el.tag) == DELETE_BEGIN:
            if el in self.honored:
                self.deleting.append(el.get("Id"))
        elif el.get("Id") in self.deleting:
            self.deleting.remove(el.get("Id"))

    def text(self, t: Any) -> str:
        """An ``hp:t``'s text (:func:`_text`) without what is deleted under track changes."""
        if not self.tracked:
            return t_text(t)
        parts = [] if self.deleting else [t.text or ""]
        for child in t:
            name = local(child.tag)
            if name in (DELETE_BEGIN, DELETE_END):
                self.mark(child)
            elif not self.deleting:
                special = INLINE.get(name)
                parts.append(special if special is not None else "".join(child.itertext()))
            if not self.deleting:
                parts.append(child.tail or "")
        return "".join(parts)

    def para(self, p: Any, depth: int, into: Para | None = None) -> Para:
        """A paragraph; or, ``into`` one whose end was deleted, that one gone on."""
        para = into if into is not None else Para()
        shape = p.get("paraPrIDRef")
        if shape in self.heading_ids and into is None:
            para.head = self.heads().head(int(shape), self.outline)
        for run in runs(p):
            raised = run.get("charPrIDRef") in self.raised_ids
            for el in run:
                if raised and local(el.tag) == "t" and para.after_word():
                    # a footnote's mark typed and set raised, "1,200" + "1)": no figure's
                    # digits (written as superscripts, as a PDF's raised mark is)
                    para.add_text(raised_mark(self.text(el)))
                else:
                    self.run_child(el, para, depth)
        return para.done()

    def run_child(self, el: Any, para: Para, depth: int) -> None:
        """Text or an object of a run, added to ``para``."""
        name = local(el.tag)
        if name == "t":
            para.add_text(self.text(el))
        elif name in (DELETE_BEGIN, DELETE_END):  # as a run's child, not inside hp:t
            if self.tracked:
                self.mark(el)
        elif self.deleting:  # anchored in deleted text: deleted with it
            return
        elif name == "tab":
            para.add_text("\t")
        elif name == "compose":  # 글자 겹치기: its characters drawn as one (a circled 10)
            frame = el.get("circleType", "SHAPE_CIRCLE")
            para.add_text(compose_face(el.get("composeText", ""), frame))
        elif name == "dutmal":  # 덧말: its main text is the line's, the small one over it not
            para.add_text("".join(c.text or "" for c in el if local(c.tag) == "mainText"))
        elif name in NO_TEXT or not name or self.deeper(depth):
            return
        elif name == "switch":  # alternatives for other readers: read one of them
            for branch in chosen(el):
                for child in branch:
                    self.run_child(child, para, depth + 1)
        elif name == "ctrl":
            for c in el:
                kind = CTRL_BOXES.get(local(c.tag))
                if local(c.tag) == "autoNum":  # a caption's, note's or page's number
                    add_number(para, *hwpx_auto_number(c))
                elif kind is not None:
                    for sub in sublists(c):
                        para.add(Box(kind, self.paras(sub, depth + 1)))  # type: ignore[arg-type]
        elif name == "tbl":
            para.add(self.table(el, depth + 1))
        elif name == "pic":  # where the picture stands, with its caption's text if any
            boxes = self.shape(el, depth + 1)
            caption = next((c for c in el if local(c.tag) == "caption"), None)
            after = caption is None or caption_after(caption)
            para.add(Box("picture", [q for b in boxes for q in b.paras], after))
        else:  # text boxes, groups, equations, OLE objects, ...
            for box in self.shape(el, depth + 1):
                para.add(box)

    def deeper(self, depth: int) -> bool:
        if depth < MAX_DEPTH:
            return False
        if not self.too_deep:
            self.too_deep = True
            self.problems.append(
                ("hwpx.depth", f"objects nested more than {MAX_DEPTH} deep are not read")
            )
        return True

    def table(self, tbl: Any, depth: int) -> Table:
        cells: list[TCell] = []
        caption: list[Para] = []
        after = False
        r = -1
        for tr in tbl:
            name = local(tr.tag)
            if name == "caption":
                after = caption_after(tr)
                for sub in sublists(tr):
                    caption.extend(self.paras(sub, depth))
                continue
            if name != "tr":
                continue
            r += 1
            for k, tc in enumerate(el for el in tr if local(el.tag) == "tc"):
                addr = span = sub = None
                for el in tc:
                    name = local(el.tag)
                    if name == "cellAddr":
                        addr = el
                    elif name == "cellSpan":
                        span = el
                    elif name == "subList":
                        sub = el
                if addr is None and not any(c == "hwpx.cell" for c, _ in self.problems):
                    self.problems.append(("hwpx.cell", "a table cell has no hp:cellAddr"))
                cells.append(
                    TCell(
                        int_attr(addr, "rowAddr", r),
                        int_attr(addr, "colAddr", k),
                        int_attr(span, "rowSpan", 1),
                        int_attr(span, "colSpan", 1),
                        self.paras(sub, depth) if sub is not None else [],
                        *self.fills.get(tc.get("borderFillIDRef", ""), ("", "")),
                    )
                )
        return Table(int_attr(tbl, "rowCnt", 0), int_attr(tbl, "colCnt", 0), cells, caption, after)

    def shape(self, el: Any, depth: int) -> list[Box]:
        """A drawing object's text: its caption, then its text boxes in order."""
        caption: list[Box] = []
        after = False
        texts: list[Box] = []
        for child in el:
            if local(child.tag) == "caption":
                after = caption_after(child)
                caption += [Box("box", self.paras(s, depth)) for s in sublists(child)]
            else:
                texts += [Box("box", self.paras(s, depth)) for s in sublists(child)]
        return texts + caption if after else caption + texts


def _join_href(href: str) -> str:
    href = href.lstrip("/")
    return href if href.startswith("Contents/") or "/" in href else f"Contents/{href}"


def _too_big(name: str) -> str:
    return (
        f"{name} inflates past {MAX_PART_BYTES // 2**20} MB (a zip bomb?); "
        "bogoseo reads reports up to that size"
    )


def read_hwpx(data: bytes, name: str) -> Document:
    """Read an HWPX report: one line per paragraph, tables as grids (see module doc)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:  # BadZipFile, NotImplementedError (a version byte flipped), ...
        return read_cut_hwpx(data, name, f"the HWPX file is not a readable zip ({exc})")
    with zf:
        reader = _Reader(zf)
        names = reader.sections()
        if not names:
            raise ReadError("the HWPX file has no sections (Contents/section0.xml); damaged?")
        reader.fills = reader.border_fills()
        reader.heading_ids = reader.heading_shapes()
        reader.raised_ids = reader.raised_shapes()
        sections = []
        unread: list[ReadError] = []
        for number, part in enumerate(names, start=1):
            failed: ReadError | None = None
            try:
                data = reader.part(part)
                root = reader.parse(part, data)
            except InflateError as exc:  # its deflated bytes damaged: read up to there
                failed, data = exc, inflated_before_damage(zf, part, MAX_PART_BYTES)
            except MalformedXml as exc:  # read up to the damage
                failed = exc
            if failed is not None:
                place = (number, len(names))
                root = salvage_section(data, part, place, reader.problems, failed)
                if root is None:
                    unread.append(failed)
                    continue
            reader.outline = outline_ref(root)
            # most sections mark no deletion: their walk is the plain one
            reader.tracked = _DELETE_MARK in data
            try:
                sections.append(reader.paras(root, 0))
            except RecursionError:
                raise ReadError(f"{part} is nested too deeply to read") from None
    if unread and not any(sections):
        raise unread[0]
    return layout(sections, name, "hwpx", reader.problems)
