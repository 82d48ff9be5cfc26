"""Minimal HWPX files for tests: a zip with a mimetype, a manifest and section XML.

Build paragraphs with :func:`p` from text and objects (:func:`tbl`, :func:`rect`,
:func:`container`, :func:`footnote`, :func:`header`, :func:`compose`), sections with
:func:`sec`, and the file with :func:`hwpx`::

    table = tbl(1, 2, [cell(0, 0, p("a")), cell(0, 1, p("b"))])
    data = hwpx(sec(p(t("Ⅰ.", FW, "일반현황")), p(table)))

A cell names its border fill (``cell(..., fill=2)``); :func:`header_xml` writes the
fills, given as each one's left, right, top and bottom line types, into the file's
``Contents/header.xml`` (``hwpx(..., extra={"Contents/header.xml": header_xml(...)})``).
Paragraph shapes that give a bullet or number (:func:`para_pr`, :func:`bullet`,
:func:`numbering`) go into the header too, and a paragraph names its shape
(``p(..., pr=3)``).  Text is escaped; :class:`Raw` marks XML written as is (``FW``,
``NB``, ``TAB``, ``BR`` are the inline elements that go inside ``hp:t``, see :func:`t`).
:func:`reference_view` reads a file with python-hwpx and :func:`document_view` a bogoseo
Document into the same comparable form.  :func:`to_hwp` turns such a file into HWP 5 with
python-hwpx's writer (a test dependency).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from typing import Any
from xml.sax.saxutils import escape

from extract.document import PICTURE_MARK, Document, Grid

HP = "http://www.hancom.co.kr/hwpml/2011/paragraph"
HS = "http://www.hancom.co.kr/hwpml/2011/section"
HH = "http://www.hancom.co.kr/hwpml/2011/head"
HC = "http://www.hancom.co.kr/hwpml/2011/core"
OPF = "http://www.idpf.org/2007/opf/"


class Raw(str):
    """XML written as is."""


FW = Raw("<hp:fwSpace/>")
NB = Raw("<hp:nbSpace/>")
TAB = Raw('<hp:tab width="4000" leader="0" type="1"/>')
BR = Raw("<hp:lineBreak/>")


def t(*parts: str) -> Raw:
    """An ``hp:t``: strings escaped, Raw parts (FW, TAB, BR) as they are."""
    return Raw(
        "<hp:t>" + "".join(x if isinstance(x, Raw) else escape(x) for x in parts) + "</hp:t>"
    )


def p(*content: str, pr: int = 0) -> Raw:
    """A paragraph of one run: strings become ``hp:t``; Raw content (objects, t()) as is.

    ``pr``: its paragraph shape (``paraPrIDRef``; see :func:`para_pr`).
    """
    inner = "".join(x if isinstance(x, Raw) else t(x) for x in content)
    return Raw(
        f'<hp:p id="0" paraPrIDRef="{pr}" styleIDRef="0" pageBreak="0" columnBreak="0" '
        f'merged="0"><hp:run charPrIDRef="0">{inner}</hp:run></hp:p>'
    )


def sublist(*paras: str) -> str:
    return (
        '<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="TOP" '
        'linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0">'
        + "".join(paras)
        + "</hp:subList>"
    )


def cell(row: int, col: int, *paras: str, rs: int = 1, cs: int = 1, fill: int = 1) -> Raw:
    """A table cell at (row, col) spanning rs x cs, holding paragraphs, in border fill ``fill``."""
    return Raw(
        '<hp:tc name="" header="0" hasMargin="0" protect="0" editable="0" dirty="0" '
        f'borderFillIDRef="{fill}">{sublist(*paras)}'
        f'<hp:cellAddr colAddr="{col}" rowAddr="{row}"/>'
        f'<hp:cellSpan colSpan="{cs}" rowSpan="{rs}"/>'
        '<hp:cellSz width="1000" height="1000"/>'
        '<hp:cellMargin left="0" right="0" top="0" bottom="0"/></hp:tc>'
    )


def _object_common() -> str:
    return (
        '<hp:sz width="10000" widthRelTo="ABSOLUTE" height="1000" heightRelTo="ABSOLUTE" '
        'protect="0"/><hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" '
        'allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="PARA" '
        'vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
        '<hp:outMargin left="0" right="0" top="0" bottom="0"/>'
    )


def tbl(
    rows: int, cols: int, cells: list[Raw], caption: list[str] | None = None, side: str = "TOP"
) -> Raw:
    """A table of rows x cols; ``cells`` grouped into hp:tr by their row address."""
    by_row: dict[int, list[str]] = {}
    for c in cells:
        # (a cell's own address closes it: a table drawn in it has its cells' first)
        row = int(c.split('rowAddr="')[-1].split('"')[0])
        by_row.setdefault(row, []).append(c)
    trs = "".join(f"<hp:tr>{''.join(by_row[r])}</hp:tr>" for r in sorted(by_row))
    cap = (
        f'<hp:caption side="{side}" fullSz="0" width="1000" gap="0" lastWidth="1000">'
        f"{sublist(*caption)}</hp:caption>"
        if caption
        else ""
    )
    return Raw(
        f'<hp:tbl id="1" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" '
        f'textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" '
        f'repeatHeader="1" rowCnt="{rows}" colCnt="{cols}" cellSpacing="0" '
        f'borderFillIDRef="1" noAdjust="0">{_object_common()}{cap}'
        '<hp:inMargin left="0" right="0" top="0" bottom="0"/>'
        f"{trs}</hp:tbl>"
    )


#: (row, col) of a cell -> the (rows, cols) it spans
Spans = dict[tuple[int, int], tuple[int, int]]


def grid(rows: list[list[str]], spans: Spans | None = None) -> Raw:
    """A table of ``rows`` (a cell's lines parted by newlines, each its paragraph);
    ``spans``: (row, col) -> (rows, cols) a cell spans, the cells it covers left out."""
    spans = spans or {}
    covered = {
        (r + i, c + j)
        for (r, c), (rs, cs) in spans.items()
        for i in range(rs)
        for j in range(cs)
        if (i, j) != (0, 0)
    }
    cells = [
        cell(r, c, *map(p, text.split("\n")), rs=spans.get((r, c), (1, 1))[0],
             cs=spans.get((r, c), (1, 1))[1])
        for r, row in enumerate(rows)
        for c, text in enumerate(row)
        if (r, c) not in covered
    ]  # fmt: skip
    return tbl(len(rows), len(rows[0]), cells)


def rect(*paras: str) -> Raw:
    """A rectangle with text (a text box)."""
    return Raw(
        '<hp:rect id="2" zOrder="1" numberingType="PICTURE" textWrap="TOP_AND_BOTTOM" '
        'textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" href="" groupLevel="0" '
        'instid="2" ratio="0"><hp:offset x="0" y="0"/><hp:orgSz width="1000" height="1000"/>'
        '<hp:curSz width="0" height="0"/><hp:flip horizontal="0" vertical="0"/>'
        '<hp:rotationInfo angle="0" centerX="0" centerY="0" rotateimage="1"/>'
        '<hp:drawText lastWidth="1000" name="" editable="0">'
        f"{sublist(*paras)}"
        '<hp:textMargin left="0" right="0" top="0" bottom="0"/></hp:drawText>'
        f'<hc:pt0 x="0" y="0"/><hc:pt1 x="1000" y="0"/><hc:pt2 x="1000" y="1000"/>'
        f'<hc:pt3 x="0" y="1000"/>{_object_common()}</hp:rect>'
    )


def container(*shapes: str) -> Raw:
    """A group of drawing objects."""
    return Raw(
        '<hp:container id="3" zOrder="2" numberingType="PICTURE" textWrap="TOP_AND_BOTTOM" '
        'textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" href="" groupLevel="0" '
        'instid="3"><hp:offset x="0" y="0"/><hp:orgSz width="1000" height="1000"/>'
        '<hp:curSz width="0" height="0"/><hp:flip horizontal="0" vertical="0"/>'
        '<hp:rotationInfo angle="0" centerX="0" centerY="0" rotateimage="1"/>'
        + "".join(shapes)
        + f"{_object_common()}</hp:container>"
    )


def footnote(*paras: str) -> Raw:
    return Raw(
        f'<hp:ctrl><hp:footNote number="1" instId="1">{sublist(*paras)}</hp:footNote></hp:ctrl>'
    )


def compose(chars: str, circle: str = "SHAPE_CIRCLE", kind: str = "SPREAD") -> Raw:
    """Overlapped characters (글자 겹치기): ``chars`` drawn as one, in a ``circle`` shape."""
    return Raw(
        f'<hp:compose circleType="{circle}" charSz="-3" composeType="{kind}" charPrCnt="10" '
        f'composeText="{escape(chars, {chr(34): "&quot;"})}">'
        + '<hp:charPr prIDRef="0"/>' * 10
        + "</hp:compose>"
    )


def header(*paras: str) -> Raw:
    return Raw(
        f'<hp:ctrl><hp:header id="1" applyPageType="BOTH">{sublist(*paras)}</hp:header></hp:ctrl>'
    )


def sec(*paras: str) -> bytes:
    """A section part."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
        f'<hs:sec xmlns:hp="{HP}" xmlns:hs="{HS}" xmlns:hc="{HC}">' + "".join(paras) + "</hs:sec>"
    ).encode()


def border_fill(fill_id: int, sides: Sequence[str], face: str = "") -> str:
    """An ``hh:borderFill`` whose left, right, top and bottom borders are of ``sides``' types,
    coloured ``face`` ("#C0C0C0") where one is given, as Hancom writes a cell's shading.

    Sides past the end of ``sides`` are not written (a fill that leaves some out).
    """
    names = ("leftBorder", "rightBorder", "topBorder", "bottomBorder")
    borders = "".join(
        f'<hh:{name} type="{kind}" width="0.12 mm" color="#000000"/>'
        for name, kind in zip(names, sides, strict=False)
    )
    return (
        f'<hh:borderFill id="{fill_id}" threeD="0" shadow="0" centerLine="NONE" '
        'breakCellSeparateLine="0"><hh:slash type="NONE" Crooked="0" isCounter="0"/>'
        '<hh:backSlash type="NONE" Crooked="0" isCounter="0"/>'
        f'{borders}<hh:diagonal type="SOLID" width="0.1 mm" color="#000000"/>'
        + (
            f'<hc:fillBrush><hc:winBrush faceColor="{face}" hatchColor="#999999" alpha="0"/>'
            "</hc:fillBrush>"
            if face else ""
        )
        + "</hh:borderFill>"
    )


def para_pr(pr_id: int, kind: str = "NONE", ref: int = 0, level: int = 0) -> str:
    """An ``hh:paraPr`` whose heading is ``kind`` (BULLET, NUMBER, OUTLINE) of bullet or
    numbering ``ref``, at ``level`` (from 0)."""
    return (
        f'<hh:paraPr id="{pr_id}" tabPrIDRef="0" condense="0" fontLineHeight="0" '
        'snapToGrid="1" suppressLineNumbers="0" checked="0">'
        '<hh:align horizontal="JUSTIFY" vertical="BASELINE"/>'
        f'<hh:heading type="{kind}" idRef="{ref}" level="{level}"/></hh:paraPr>'
    )


def bullet(bullet_id: int, char: str) -> str:
    """An ``hh:bullet`` of character ``char``."""
    return (
        f'<hh:bullet id="{bullet_id}" char="{escape(char)}" useImage="0">'
        '<hh:paraHead level="0" align="LEFT" useInstWidth="0" autoIndent="1" widthAdjust="0" '
        'textOffsetType="PERCENT" textOffset="50" numFormat="DIGIT" charPrIDRef="4294967295" '
        'checkable="0"/></hh:bullet>'
    )


def numbering(numbering_id: int, levels: Sequence[tuple[str, str]]) -> str:
    """An ``hh:numbering`` whose levels 1, 2, ... have these (format text, numFormat)."""
    heads = "".join(
        f'<hh:paraHead start="1" level="{k}" align="LEFT" useInstWidth="1" autoIndent="1" '
        'widthAdjust="0" textOffsetType="PERCENT" textOffset="50" '
        f'numFormat="{fmt}" charPrIDRef="4294967295" checkable="0">{escape(text)}</hh:paraHead>'
        for k, (text, fmt) in enumerate(levels, start=1)
    )
    return f'<hh:numbering id="{numbering_id}" start="0">{heads}</hh:numbering>'


def header_xml(
    fills: Sequence[Sequence[str]] = (),
    numberings: Sequence[str] = (),
    bullets: Sequence[str] = (),
    para_prs: Sequence[str] = (),
    faces: Mapping[int, str] | None = None,
) -> bytes:
    """``Contents/header.xml``; ``fills`` are border fills 1, 2, ... (see :func:`border_fill`;
    ``faces``: fill id -> its colour), then the :func:`numbering`, :func:`bullet` and
    :func:`para_pr` elements given."""
    ref = ""
    if fills:
        ref += (
            f'<hh:borderFills itemCnt="{len(fills)}">'
            + "".join(
                border_fill(i, sides, (faces or {}).get(i, ""))
                for i, sides in enumerate(fills, start=1)
            )
            + "</hh:borderFills>"
        )
    for name, items in (("numberings", numberings), ("bullets", bullets)):
        if items:
            ref += f'<hh:{name} itemCnt="{len(items)}">{"".join(items)}</hh:{name}>'
    if para_prs:
        ref += (
            f'<hh:paraProperties itemCnt="{len(para_prs)}">'
            + "".join(para_prs)
            + "</hh:paraProperties>"
        )
    if ref:
        ref = f"<hh:refList>{ref}</hh:refList>"
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
        f'<hh:head xmlns:hh="{HH}" xmlns:hc="{HC}" version="1.4" secCnt="1">'
        '<hh:beginNum page="1" footnote="1" '
        f'endnote="1" pic="1" tbl="1" equation="1"/>{ref}</hh:head>'
    ).encode()


HEADER_XML = header_xml()


def manifest(n_sections: int) -> bytes:
    items = "".join(
        f'<opf:item id="section{i}" href="Contents/section{i}.xml" media-type="application/xml"/>'
        for i in range(n_sections)
    )
    refs = "".join(f'<opf:itemref idref="section{i}" linear="yes"/>' for i in range(n_sections))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
        f'<opf:package xmlns:opf="{OPF}" version="" unique-identifier="" id="">'
        "<opf:metadata><opf:title/><opf:language>ko</opf:language></opf:metadata>"
        '<opf:manifest><opf:item id="header" href="Contents/header.xml" '
        f'media-type="application/xml"/>{items}</opf:manifest>'
        f'<opf:spine><opf:itemref idref="header" linear="yes"/>{refs}</opf:spine></opf:package>'
    ).encode()


def hwpx(
    *sections: bytes,
    with_manifest: bool = True,
    with_mimetype: bool = True,
    with_header: bool = True,
    extra: dict[str, bytes] | None = None,
) -> bytes:
    """An HWPX file holding ``sections`` (and ``extra`` entries, which may replace any)."""
    parts: dict[str, bytes] = {}
    if with_mimetype:
        parts["mimetype"] = b"application/hwp+zip"
    parts["version.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
        b'<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" '
        b'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="1" buildNumber="0"/>'
    )
    parts["META-INF/container.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
        b'<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container">'
        b'<ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" '
        b'media-type="application/hwpml-package+xml"/></ocf:rootfiles></ocf:container>'
    )
    if with_manifest:
        parts["Contents/content.hpf"] = manifest(len(sections))
    if with_header:
        parts["Contents/header.xml"] = HEADER_XML
    for i, s in enumerate(sections):
        parts[f"Contents/section{i}.xml"] = s
    parts.update(extra or {})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in parts.items():
            kind = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zf.writestr(name, data, compress_type=kind)
    return buf.getvalue()


#: border fills 1-4: no side drawn; a box; left and top (solid, dashed); right and
#: bottom (double, dotted)
FILLS = [
    ("NONE", "NONE", "NONE", "NONE"),
    ("SOLID", "SOLID", "SOLID", "SOLID"),
    ("SOLID", "NONE", "DASH", "NONE"),
    ("NONE", "DOUBLE_SLIM", "NONE", "DOT"),
]


def bordered_table(header_part: bytes | None = header_xml(FILLS)) -> bytes:
    """A 2x2 table ("a b" over "c d") in fills 2, 3 (top row), 4, 1 (bottom row).

    ``header_part`` is the file's ``Contents/header.xml`` (None: the file has none).
    """
    cells = [
        cell(0, 0, p("a"), fill=2),
        cell(0, 1, p("b"), fill=3),
        cell(1, 0, p("c"), fill=4),
        cell(1, 1, p("d"), fill=1),
    ]
    section = sec(p(tbl(2, 2, cells)))
    if header_part is None:
        return hwpx(section, with_header=False)
    return hwpx(section, extra={"Contents/header.xml": header_part})


#: the borders of :func:`bordered_table`'s cells, by (row, col)
BORDERED = {(0, 0): "LRTB", (0, 1): "LT", (1, 0): "RB", (1, 1): ""}


def to_hwp(data: bytes) -> bytes:
    """The same document as HWP 5, written by python-hwpx (a test dependency)."""
    from hwpx.hwp5.writer import write_hwp5

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        files = {n: zf.read(n) for n in zf.namelist() if not n.endswith("/")}
    return bytes(write_hwp5(files))


def without_pictures(data: bytes) -> bytes:
    """An HWPX with its pictures (``hp:pic``) taken out of its sections."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename.startswith("Contents/section"):
                body = re.sub(rb"<hp:pic\b.*?</hp:pic>", b"", body, flags=re.S)
            zout.writestr(info, body)
    return out.getvalue()


# --- the cross-check: python-hwpx's reading against bogoseo's ------------------------

#: a line of a table cell ("…/r2c0/p1"), or of a text box in one ("…/r2c0/p1/b0/p0"):
#: compared as the cell's text (one-line cells are joined into one line)
_CELL_PARA = re.compile(r"/r\d+c\d+/p\d+(?:/b\d+/p\d+)*$")
#: run children that hold no paragraphs
_NO_TEXT = {"tab", "secPr", "compose", "dutmal", "ctrl"}
_NOTES = {"footNote": "n", "endNote": "n", "header": "h", "footer": "h"}

#: a footnote's mark written as superscripts (:func:`extract.read.glyphs.raised_mark`)
_RAISED = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}⁾")

Cells = list[tuple[int, int, int, int, str]]
View = tuple[dict[str, str], dict[str, tuple[int, int, Cells]]]


def squash(text: str) -> str:
    """Text compared without white space (and soft hyphens), normalized as bogoseo does."""
    from extract.read.glyphs import normalize_text

    return re.sub(r"[\s\u00ad]+", "", normalize_text(text))


def document_view(doc: Document) -> View:
    """bogoseo's Document as paragraph texts by ``where`` (outside cells) and the file's
    own tables (not those it reads from tabbed paragraphs).

    Tables: ``where`` -> (rows, columns, cells (row, col, row span, col span, text)).
    """
    paras: dict[str, str] = {}
    for ln in doc.lines:
        if ln.raw == PICTURE_MARK:
            continue  # (where a picture stands: python-hwpx reads no paragraph there)
        if ln.where and not _CELL_PARA.search(ln.where):
            paras[ln.where] = paras.get(ln.where, "") + squash(ln.text)
    tables: dict[str, tuple[int, int, Cells]] = {}

    def walk(g: Grid) -> None:
        cells = [
            (c.row, c.col, c.row_span, c.col_span, squash("".join(c.paragraphs))) for c in g.cells
        ]
        tables[str(g.where)] = (g.n_rows, g.n_cols, sorted(cells))
        for c in g.cells:
            for nested in c.tables:
                walk(nested)

    for g in doc.tables:
        if g.source != "tabbed":  # (a table typed as tabbed paragraphs is the reader's own)
            walk(g)
    return paras, tables


def reference_view(source: str | bytes) -> View:
    """The same view read by python-hwpx (HWPX, or HWP through its HWP 5 reader).

    python-hwpx gives the paragraphs (``section.paragraphs``, ``p.text``, its caption,
    text box and note paragraphs) and tables (``p.tables``, ``table.rows``,
    ``cell.address``, ``cell.span``); only the numbering of ``where`` follows bogoseo.
    """
    import warnings

    from hwpx import HwpxDocument
    from hwpx.oxml._document_primitives import _text_element_content
    from hwpx.oxml.objects import _sublist_paragraphs

    from extract.read.autonum import hwpx_auto_number
    from extract.read.compose import compose_face
    from extract.read.glyphs import raised_mark

    def composed(el: Any) -> str:
        return compose_face(el.get("composeText", ""), el.get("circleType", "SHAPE_CIRCLE"))

    def numbered(el: Any, before: str) -> str:
        """An automatic number (hp:autoNum), which python-hwpx leaves out, by bogoseo's rule
        (:mod:`extract.read.autonum`)."""
        text, up = hwpx_auto_number(el)
        return raised_mark(text) if up and before and not before[-1].isspace() else text

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = HwpxDocument.open(source)
    paras: dict[str, str] = {}
    tables: dict[str, tuple[int, int, Cells]] = {}

    def local(el: Any) -> str:
        return el.tag.rpartition("}")[2] if isinstance(el.tag, str) else ""

    def boxes(obj: Any) -> list[Any]:
        caption = [c for c in obj if local(c) == "caption"]
        texts = [d for d in _drawtexts(obj) if local(d) == "drawText"]
        after = bool(caption) and caption[0].get("side", "BOTTOM").upper() in ("BOTTOM", "RIGHT")
        return texts + caption if after else caption + texts

    def _drawtexts(el: Any) -> list[Any]:
        out = []
        for child in el:
            if local(child) == "drawText":
                out.append(child)
            elif local(child) not in ("caption", "subList"):
                out.extend(_drawtexts(child))
        return out

    # the character shapes set raised (hh:supscript in an hh:charPr)
    raised = {
        el.get("id")
        for header in (doc.parts.headers if hasattr(doc, "parts") else doc.headers)
        for el in header.element.iter()
        if local(el) == "charPr" and any(local(c) == "supscript" for c in el.iter())
    }

    def t_text(run: Any, el: Any, before: str) -> str:
        """An hp:t's text; in a raised run after a word, as bogoseo writes a footnote's
        mark set so (:func:`extract.read.glyphs.raised_mark`: python-hwpx keeps it)."""
        text: str = _text_element_content(el)
        if run.get("charPrIDRef") in raised and before and not before[-1].isspace():
            return raised_mark(text)
        return text

    def para(p: Any, where: str, section: Any, in_cell: bool) -> str:
        """Record ``p`` (outside cells); return its text and its boxes' in file order.

        python-hwpx leaves overlapped characters (hp:compose) and automatic numbers
        (hp:autoNum) out: they are read here by bogoseo's rule
        (:func:`extract.read.compose.compose_face`, :mod:`extract.read.autonum`), as are
        footnotes' marks set raised (:func:`t_text`).
        """
        whole = squash(p.text or "")
        if any(
            local(el) == "compose" or (local(el) == "t" and run.get("charPrIDRef") in raised)
            or (local(el) == "ctrl" and any(local(c) == "autoNum" for c in el))
            for run in p.element
            for el in run
        ):
            plain = ""
            for run in p.element:
                for el in run:
                    if local(el) == "t":
                        plain += t_text(run, el, plain)
                    elif local(el) == "compose":
                        plain += composed(el)
                    elif local(el) == "ctrl":
                        plain += "".join(numbered(c, plain) for c in el if local(c) == "autoNum")
            whole = squash(plain)
        if not in_cell and whole:
            paras[where] = whole
        text = ""
        own = ""  # (its own text unsquashed: a raised mark's word before it)
        tbls = p.tables
        n_tables = n_boxes = n_heads = n_notes = 0
        for run in p.element:
            if local(run) != "run":
                continue
            for el in run:
                name = local(el)
                if name == "t":
                    piece = t_text(run, el, own)
                    own += piece
                    # (a raised mark after a word is no text: squashed alone it would be)
                    text += "" if _RAISED.fullmatch(piece.strip()) else squash(piece)
                elif name == "compose":
                    own += composed(el)
                    text += squash(composed(el))
                elif name == "tbl":
                    table(tbls[n_tables], f"{where}/t{n_tables}", section)
                    n_tables += 1
                elif name == "ctrl":
                    for c in el:
                        if local(c) == "autoNum":
                            piece = numbered(c, own)
                            own += piece
                            text += "" if _RAISED.fullmatch(piece.strip()) else squash(piece)
                        kind = _NOTES.get(local(c))
                        if kind is None:
                            continue
                        k = n_heads if kind == "h" else n_notes
                        for m, bp in enumerate(_sublist_paragraphs(c, section)):
                            para(bp, f"{where}/{kind}{k}/p{m}", section, False)
                        if kind == "h":
                            n_heads += 1
                        else:
                            n_notes += 1
                elif name not in _NO_TEXT:
                    for box in boxes(el):
                        for m, bp in enumerate(_sublist_paragraphs(box, section)):
                            text += para(bp, f"{where}/b{n_boxes}/p{m}", section, in_cell)
                        n_boxes += 1
        return text

    def table(tbl: Any, where: str, section: Any) -> None:
        cells: Cells = []
        for row in tbl.rows:
            for c in row.cells:
                r, k = c.address
                rs, cs = c.span
                text = "".join(
                    para(cp, f"{where}/r{r}c{k}/p{m}", section, True)
                    for m, cp in enumerate(c.paragraphs)
                )
                cells.append((r, k, rs, cs, text))
        for cap in (c for c in tbl.element if local(c) == "caption"):
            for m, cp in enumerate(_sublist_paragraphs(cap, section)):
                para(cp, f"{where}/cap/p{m}", section, False)
        tables[where] = (tbl.row_count, tbl.column_count, sorted(cells))

    for s, section in enumerate(doc.sections):
        for k, p in enumerate(section.paragraphs):
            para(p, f"s{s}/p{k}", section, False)
    return paras, tables
