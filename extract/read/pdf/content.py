"""Parsing a page: pdfminer's interpreter with a fast content-stream tokenizer."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from pdfminer import psparser
from pdfminer import settings as pdfminer_settings
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTLine, LTRect
from pdfminer.pdfinterp import LITERAL_IMAGE, PDFPageInterpreter, PDFStackT
from pdfminer.pdftypes import stream_value
from pdfminer.psparser import literal_name
from pdfminer.utils import (
    MATRIX_IDENTITY,
    apply_matrix_pt,
    apply_matrix_rect,
    choplist,
    mult_matrix,
)
from pdfplumber.page import PDFPageAggregatorWithMarkedContent, fix_fontname_bytes

from extract.read.glyphs import LOST_GLYPH, lost_glyph
from extract.read.pdf.base import PdfObj, bullet_sized
from extract.read.pdf.paths import (
    Box4,
    curve_edges,
    drop_inset_fills,
    drop_shading,
    fill_colour,
    filled_rect,
    filled_shape,
    rect_edges,
    shading_boxes,
    square_rounded_boxes,
)
from extract.read.pdf.unmapped import unmapped, watch_fonts

# --- parsing a page: pdfminer without pdfplumber's per-object dicts ------------------
#
# pdfplumber's ``page.chars`` runs pdfminer and then turns every layout object into a
# dict of ~20 resolved attributes; pdfminer itself spends most of its time tokenizing
# the content stream in pure Python, a byte at a time.  The default engine keeps
# pdfminer's interpreter, fonts and layout objects (so every number is pdfminer's) but
# tokenizes content streams with one regular expression (:func:`content_tokens`) and
# reads the few attributes the stages need straight from the layout objects
# (:func:`page_objects`).  Anything the tokenizer does not handle exactly as pdfminer
# does (inline images, ``#`` escapes in names, procedures, odd stream boundaries) sends
# that content stream back to pdfminer's own parser, so the output never differs.

#: one token of a content stream as pdfminer's PSBaseParser delimits it: a comment, a
#: number, a name, a keyword, a string (one level of nested parentheses), << >> <hex> >
#: and brackets; whitespace and NUL between tokens are skipped.  What pdfminer would
#: read differently comes out recognisably (a name or keyword with the "#" that ends
#: it, a lone "(" or "<", any other character) and makes the stream :class:`_Unsupported`.
_TOKEN = re.compile(
    rb"%[^\r\n]*+"
    rb"|[+\-0-9][0-9]*+(?:\.[0-9]*+)?|\.[0-9]*+"
    rb"|/[^#/%\[\]()<>{}\s]*+#?"
    rb"|[A-Za-z][^#/%\[\]()<>{}\s]*+#?"
    rb"|\((?:[^()\\]++|\\[\s\S]|\((?:[^()\\]++|\\[\s\S])*+\))*+\)"
    rb"|<<|>>|<[0-9A-Fa-f\s]*+>(?!>)|>"
    rb"|[^\s\x00]"
)
_STRING_ESCAPE = re.compile(rb"\\(?:([0-7]{1,3})|([\s\S]))")
_SPACE = re.compile(rb"\s")
_HEX_PAIR = re.compile(rb"[0-9a-fA-F]{2}|.")
_ESCAPES = {k[0]: bytes((v,)) for k, v in psparser.ESC_STRING.items()}
_ARRAY = (psparser.KEYWORD_ARRAY_BEGIN, psparser.KEYWORD_ARRAY_END)
_DICT = (psparser.KEYWORD_DICT_BEGIN, psparser.KEYWORD_DICT_END)
#: keywords pdfminer's content parser treats specially (inline images, procedures)
_SPECIAL = frozenset(psparser.KWD(k) for k in (b"BI", b"ID", b"EI", b"{", b"}"))
_NUMBER_START = frozenset(b"+-.0123456789")
_LETTERS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
#: a token that yields no object (a comment, a lone "-", a stray ">")
_NOTHING = object()


class _Unsupported(Exception):
    """Content the fast tokenizer leaves to pdfminer's parser."""


def content_tokens(data: bytes, out: list[object], last: bool = True) -> None:
    """Append the tokens of one content stream to ``out``, exactly as pdfminer makes them.

    Numbers (int or float), names (``PSLiteral``), strings and hex strings (bytes),
    ``true``/``false``, keywords and the bracket keywords, with pdfminer's quirks: a
    lone ``-`` is dropped, ``1.2.3`` is 1.2 then .3, an odd hex digit is a byte of its
    own.  Raises :class:`_Unsupported` for what is left to pdfminer.  ``last`` is False
    for a stream that another follows: pdfminer carries a few unfinished tokens over.
    """
    if not last and data.endswith((b"/", b">")):
        raise _Unsupported  # pdfminer would continue "/" or ">" into the next stream
    values: dict[bytes, object] = {}  # a page repeats most of its tokens ("0.000", "Tf")
    append = out.append
    for tok in _TOKEN.findall(data):
        value = values.get(tok)
        if value is None:
            value = values[tok] = _token_value(tok)
        if value is not _NOTHING:
            append(value)


def _token_value(tok: bytes) -> object:
    """The object pdfminer makes of one token (see :func:`content_tokens`)."""
    c = tok[0]
    if c in _NUMBER_START:
        try:
            return float(tok) if b"." in tok else int(tok)
        except ValueError:
            return _NOTHING  # pdfminer drops what does not parse ("-", "+.")
    if c == 0x25:  # %comment
        return _NOTHING
    if tok[-1] == 0x23:  # "#": an escape in a name, or a one-character keyword after one
        raise _Unsupported
    if c in _LETTERS:
        return True if tok == b"true" else False if tok == b"false" else psparser.KWD(tok)
    if c == 0x2F:  # /name
        try:
            return psparser.LIT(str(tok[1:], "utf-8"))
        except UnicodeDecodeError:
            return psparser.LIT(tok[1:])
    if c == 0x28 and len(tok) > 1:  # (string)
        return _literal_string(tok[1:-1])
    if c == 0x3C and len(tok) > 1:  # << or <hex>
        if tok == b"<<":
            return _DICT[0]
        return _HEX_PAIR.sub(_hex_byte, _SPACE.sub(b"", tok[1:-1]))
    if c == 0x3E:
        return _DICT[1] if tok == b">>" else _NOTHING
    if tok in (b"[", b"]", b"{", b"}", b"'", b'"'):
        return psparser.KWD(tok)
    raise _Unsupported  # an unterminated string or hex string, or a stray character


def _hex_byte(match: re.Match[bytes]) -> bytes:
    return bytes((int(match.group(0), 16),))


def _literal_string(body: bytes) -> bytes:
    r"""A string's bytes by pdfminer's rules for escapes.

    Octal escapes of up to three digits, the named escapes (``\n``, ``\(``, ...), a
    backslash before a line end continues the line, any other escaped character is
    dropped with its backslash.
    """
    if b"\\" not in body:
        return body
    if b"\\\r" in body:
        # pdfminer skips the LF of an escaped CR LF only inside its 4096-byte buffer
        raise _Unsupported
    return _STRING_ESCAPE.sub(_unescape, body)


def _unescape(match: re.Match[bytes]) -> bytes:
    octal, char = match.groups()
    if octal is not None:
        code = int(octal, 8)
        if code > 255:
            raise _Unsupported  # pdfminer fails an assertion here; let it
        return bytes((code,))
    return _ESCAPES.get(char[0], b"")


def content_objects(tokens: Sequence[object]) -> list[object]:
    """Tokens -> the objects pdfminer's ``nextobject`` yields: arrays and dicts built."""
    out: list[object] = []
    cur = out
    stack: list[tuple[list[object], object]] = []
    for t in tokens:
        if t is _ARRAY[0] or t is _DICT[0]:
            stack.append((cur, t))
            cur = []
        elif t is _ARRAY[1] or t is _DICT[1]:
            if not stack or (stack[-1][1] is _ARRAY[0]) != (t is _ARRAY[1]):
                raise _Unsupported  # unbalanced: pdfminer's recovery is its own
            parent, _ = stack.pop()
            if t is _ARRAY[1]:
                parent.append(cur)
            elif len(cur) % 2:
                raise _Unsupported
            else:
                parent.append(
                    {psparser.literal_name(k): v for k, v in choplist(2, cur) if v is not None}
                )
            cur = parent
        elif t in _SPECIAL:
            raise _Unsupported
        else:
            cur.append(t)
    if stack:
        raise _Unsupported
    return out


def _fast_objects(streams: Sequence[Any]) -> list[object] | None:
    """The objects of these content streams, or None if pdfminer must parse them."""
    try:
        tokens: list[object] = []
        for n, stream in enumerate(streams, start=1):
            content_tokens(stream.get_data(), tokens, last=n == len(streams))
        return content_objects(tokens)
    except _Unsupported:
        return None


class ContentInterpreter(PDFPageInterpreter):
    """pdfminer's page interpreter with :func:`content_tokens` as its tokenizer.

    ``execute`` does what pdfminer's does (the same circular-reference guard, the same
    operator dispatch and argument stack); only the tokens come from the regular
    expression.  Form XObjects get the same class (pdfminer's ``dup``).
    """

    def execute(self, streams: Sequence[object]) -> None:
        if pdfminer_settings.STRICT:
            return super().execute(streams)
        valid = []
        for obj in streams:
            stream = stream_value(obj)
            if stream.objid is None or stream.objid in self.parent_stream_ids:
                return super().execute(streams)  # pdfminer warns and skips: let it
            valid.append(stream)
        objects = _fast_objects(valid)
        if objects is None:  # outside the except: pdfminer's own errors stay unchained
            return super().execute(streams)
        self.stream_ids.clear()
        self.stream_ids.update(s.objid for s in valid if s.objid is not None)
        operators: dict[object, tuple[Callable[..., object] | None, int]] = {}
        for obj in objects:
            if not isinstance(obj, psparser.PSKeyword):
                self.argstack.append(cast(PDFStackT, obj))
                continue
            op = operators.get(obj)
            if op is None:
                name = psparser.keyword_name(obj)
                method = "do_" + name.replace("*", "_a").replace('"', "_w").replace("'", "_q")
                func = getattr(self, method, None)
                op = operators[obj] = (func, func.__code__.co_argcount - 1 if func else 0)
            func, nargs = op
            if func is None:
                continue
            if nargs:
                args = self.pop(nargs)
                if len(args) == nargs:
                    func(*args)
            else:
                func()
        return None

    def do_Do(self, xobjid_arg: PDFStackT) -> None:
        """pdfminer's, but an image drawn on a :class:`_PathDevice` is kept as its box only
        (a page that tiles one small image 85,000 times built as many figures)."""
        device = self.device
        if isinstance(device, _PathDevice):
            try:
                xobj = stream_value(self.xobjmap[literal_name(xobjid_arg)])
            except KeyError:
                return super().do_Do(xobjid_arg)
            if xobj.get("Subtype") is LITERAL_IMAGE and "Width" in xobj and "Height" in xobj:
                matrix = mult_matrix(MATRIX_IDENTITY, device.ctm)  # as pdfminer's figure
                device.pictures.append(apply_matrix_rect(matrix, (0, 0, 1, 1)))
                device.picture_ids.append(getattr(xobj, "objid", None))
                return None
        return super().do_Do(xobjid_arg)


@dataclass(slots=True)
class PageObjects:
    """What the stages read from a page, in pdfplumber's top-down coordinates.

    ``chars`` are dicts with pdfplumber's keys (text, x0, x1, top, bottom, doctop, size,
    upright, fontname); ``edges`` have orientation, x0, x1, top, bottom; ``images``
    x0, x1, top, bottom.
    """

    chars: list[PdfObj]
    edges: list[PdfObj]
    images: list[PdfObj]
    width: float
    height: float
    #: filled rectangles thicker than a rule: (x0, top, x1, bottom) and the colour as
    #: :func:`~extract.document.shade` keeps it ("" for white), for the cells' shading
    fills: list[tuple[Box4, str]] = field(default_factory=list)
    #: small pictures of a bullet's size, each with the glyph its image stands for
    #: (:func:`picture_bullets`)
    bullets: list[tuple[Box4, str]] = field(default_factory=list)
    #: the boxes of filled paths that are neither rectangles nor rules (letters drawn as
    #: outlines among them: :func:`~extract.read.pdf.outlined.outlined_rows`)
    outlines: list[Box4] = field(default_factory=list)




class _LostGlyphs:
    """A pdfminer device that tells apart the glyphs whose code the export lost: each
    reads :func:`~extract.read.glyphs.lost_glyph` of its font and glyph number, not
    U+F000, in a font whose map to Unicode gives that code to several glyphs (Hancom's
    export does so for the glyphs of a symbol font: □, ➡ and the boxed numbers alike).
    A font that maps one glyph to U+F000 draws that character itself."""

    _lossy: dict[int, tuple[Any, bool]]
    #: (font, glyph) -> its number, in the order the document first draws them: set to
    #: the document's one map (:func:`lost_numbers`) so that every page shares it
    lost_numbers: dict[tuple[str, int], int]

    def _loses_codes(self, font: Any) -> bool:
        lossy = getattr(self, "_lossy", None)
        if lossy is None:
            lossy = self._lossy = {}
        hit = lossy.get(id(font))
        if hit is None or hit[0] is not font:  # (the font kept: its id is never reused)
            umap = getattr(font, "unicode_map", None)
            codes = getattr(umap, "cid2unichr", None) or {}
            hit = lossy[id(font)] = (font, sum(1 for u in codes.values() if u == LOST_GLYPH) > 1)
        return bool(hit[1])

    def render_char(
        self, matrix: Any, font: Any, fontsize: float, scaling: float, rise: float, cid: int,
        ncs: Any, graphicstate: Any,
    ) -> float:  # fmt: skip
        advance: float = super().render_char(  # type: ignore[misc]
            matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate
        )
        item = self.cur_item._objs[-1]  # type: ignore[attr-defined]
        if isinstance(item, LTChar) and unmapped(font, cid):
            item._text = "\ufffd"  # (a glyph named with no character: not the code's)
            return advance
        if isinstance(item, LTChar) and item.get_text() == LOST_GLYPH and self._loses_codes(font):
            # (every glyph whose code the export lost reads U+F000: keep them apart)
            name = font.fontname
            name = fix_fontname_bytes(name) if isinstance(name, bytes) else str(name)
            numbers = self.lost_numbers
            item._text = lost_glyph(numbers.setdefault((name, cid), len(numbers)))
        return advance


def lost_numbers(pdf: Any) -> dict[tuple[str, int], int]:
    """The document's map of lost glyphs to their numbers (kept on the open PDF)."""
    numbers = getattr(pdf, "_bogoseo_lost_numbers", None)
    if numbers is None:
        numbers = {}
        pdf._bogoseo_lost_numbers = numbers
    return cast(dict[tuple[str, int], int], numbers)


def picture_bullets(images: Sequence[PdfObj], numbers: dict[tuple[str, int], int]) -> list[
    tuple[Box4, str]
]:
    """The page's small pictures of a bullet's size (Hancom's 그림 글머리표: □, ○ and - each
    a picture), each with a glyph of its own image, as a glyph whose code was lost is
    (:func:`~extract.read.glyphs.lost_glyph`, numbered in the document's one map): the
    outline learns what each marks from where it stands, as it does theirs."""
    small: list[tuple[Box4, int]] = []
    for i in sorted(images, key=lambda i: (float(i["top"]), float(i["x0"]))):
        box = (float(i["x0"]), float(i["top"]), float(i["x1"]), float(i["bottom"]))
        ident = i.get("ident") if "ident" in i else getattr(i.get("stream"), "objid", None)
        if ident is not None and bullet_sized(*box):
            small.append((box, int(ident)))
    # (one used before a single line of the document, a logo beside the cover's title, is
    # no bullet: :func:`~extract.read.pdf.reader.lone_pictures_dropped`)
    return [
        (box, lost_glyph(numbers.setdefault(("picture", ident), len(numbers))))
        for box, ident in small
    ]


class _PathDevice(_LostGlyphs, PDFPageAggregator):
    """pdfminer's aggregator that keeps a straight segment, or a rectangle with sides
    parallel to the page, as the box pdfminer would give its LTLine or LTRect (all the
    edges need) without building the object and its transformed path: the same boxes,
    in the order painted, for a fraction of the work on pages of thousands of rules."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.segments: list[Box4] = []
        self.boxes: list[Box4] = []
        #: the filled ones among :attr:`boxes`, with their colour
        self.filled: list[tuple[Box4, str]] = []
        self.pictures: list[Box4] = []
        #: each picture's image (its stream's object number), as pdfplumber's ``stream``
        self.picture_ids: list[int | None] = []

    def paint_path(self, gstate: Any, stroke: bool, fill: bool, evenodd: bool, path: Any) -> None:
        shape = "".join(x[0] for x in path)
        if shape in _SIMPLE_SHAPES:
            # pdfminer's paint_path, step by step, for these shapes
            raw = [p[-2:] if p[0] != "h" else path[0][-2:] for p in path]
            pts = [apply_matrix_pt(self.ctm, pt) for pt in raw]
            if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
                shape = shape[:-2] + "h"
                pts.pop()
            if shape in ("ml", "mlh"):
                (ax, ay), (bx, by) = pts[0], pts[1]
                self.segments.append((min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))
                return
            if shape in ("mlllh", "mllll"):
                (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
                square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
                    y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
                )
                if pts[0] == pts[4] and square:
                    box = (min(x0, x2), min(y0, y2), max(x0, x2), max(y0, y2))
                    self.boxes.append(box)
                    if fill:
                        self.filled.append((box, fill_colour(gstate.ncolor)))
                    return
        super().paint_path(gstate, stroke, fill, evenodd, path)


#: the paths :class:`_PathDevice` reads itself (a segment, a rectangle, either closed)
_SIMPLE_SHAPES = frozenset({"ml", "mlh", "mlllh", "mllll", "mllllh"})


def page_objects(pdf: Any, page: Any) -> PageObjects:
    """Run pdfminer on one pdfplumber page and collect characters, edges and images.

    The values are pdfplumber's (``page.chars``, ``page.edges``, ``page.images``) computed
    the way its ``process_object`` and edge helpers compute them, without building a
    dict of every attribute of every object.
    """
    watch_fonts(pdf.rsrcmgr)
    device = _PathDevice(pdf.rsrcmgr, pageno=page.page_number, laparams=None)
    device.lost_numbers = lost_numbers(pdf)
    ContentInterpreter(pdf.rsrcmgr, device).process_page(page.page_obj)
    height = float(page.height)
    mb_x0, mb_top = page.mediabox[0], page.mediabox[1]
    doctop0 = page.initial_doctop
    chars: list[PdfObj] = []
    lines: list[PdfObj] = []
    rects: list[PdfObj] = []
    curves: list[PdfObj] = []
    images: list[PdfObj] = []
    filled: list[tuple[Box4, str]] = []
    outlines: list[Box4] = []

    def box(o: Any) -> tuple[float, float, float, float]:
        # pdfplumber: top-down y from the page height, x shifted by a non-zero MediaBox x0
        x0, x1 = (o.x0 + mb_x0, o.x1 + mb_x0) if mb_x0 != 0 else (o.x0, o.x1)
        return x0, x1, (height - o.y1) + mb_top, (height - o.y0) + mb_top

    def walk(items: Iterable[Any]) -> None:
        for o in items:
            kind = type(o)
            if kind is LTChar:
                x0, x1, top, bottom = box(o)
                font = o.fontname
                chars.append(
                    {
                        "text": o.get_text(),
                        "x0": x0,
                        "x1": x1,
                        "top": top,
                        "bottom": bottom,
                        "doctop": doctop0 + top,
                        "size": o.size,
                        "upright": o.upright,
                        "fontname": fix_fontname_bytes(font) if isinstance(font, bytes) else font,
                        # (as pdfplumber's: where the baseline is, whatever the font's box)
                        "y0": o.y0,
                        "matrix": o.matrix,
                    }
                )
            elif kind is LTRect:
                x0, x1, top, bottom = box(o)
                rects.append({"x0": x0, "x1": x1, "top": top, "bottom": bottom, "height": o.height})
                if o.fill:
                    filled.append(((x0, top, x1, bottom), fill_colour(o.non_stroking_color)))
            elif kind is LTLine:
                x0, x1, top, bottom = box(o)
                # pdfplumber calls every line that is not horizontal "v"; a slanted line
                # (a diagonal in a header cell) is no rule at all
                orient = "h" if top == bottom else "v" if x0 == x1 else None
                if orient:
                    lines.append(
                        {"orientation": orient, "x0": x0, "x1": x1, "top": top, "bottom": bottom}
                    )
            elif kind is LTCurve:
                pts = [(mb_x0 + x, mb_top + height - y) for x, y in o.pts]
                ops = [step[0] for step in (getattr(o, "original_path", None) or [])]
                bar = filled_rect(pts, bool(o.fill), bool(o.stroke))
                if o.fill and bar is None:
                    x0, x1, top, bottom = box(o)
                    outlines.append((x0, top, x1, bottom))
                shape = None if bar else filled_shape(pts, ops, bool(o.fill), bool(o.stroke))
                if shape is not None:  # (an arrow laid over a chart: no rules, a fill)
                    filled.append((shape, fill_colour(o.non_stroking_color)))
                    continue
                if bar is None:
                    curves.extend(curve_edges(pts, bool(o.stroke)))
                    continue
                rects.append(_rect(bar))
                filled.append((bar, fill_colour(o.non_stroking_color)))
            elif kind is LTImage:
                x0, x1, top, bottom = box(o)
                images.append({"x0": x0, "x1": x1, "top": top, "bottom": bottom,
                               "stream": o.stream})  # fmt: skip
            elif isinstance(o, LTContainer):  # a Form XObject's figure: pdfplumber flattens it
                walk(o)

    walk(device.get_result())

    def flip(x0: float, y0: float, x1: float, y1: float) -> Box4:
        """A device box (PDF coordinates) as pdfplumber's: x0, top, x1, bottom."""
        left, right = (x0 + mb_x0, x1 + mb_x0) if mb_x0 != 0 else (x0, x1)
        return left, (height - y1) + mb_top, right, (height - y0) + mb_top

    for seg in device.segments:
        left, top, right, bottom = flip(*seg)
        orient = "h" if top == bottom else "v" if left == right else None
        if orient:  # a slanted line (a diagonal in a header cell) is no rule
            lines.append({"orientation": orient, "x0": left, "x1": right, "top": top,
                          "bottom": bottom})  # fmt: skip
    for pic, ident in zip(device.pictures, device.picture_ids, strict=True):
        left, top, right, bottom = flip(*pic)
        images.append({"x0": left, "x1": right, "top": top, "bottom": bottom, "ident": ident})
    for x0, y0, x1, y1 in device.boxes:
        left, top, right, bottom = flip(x0, y0, x1, y1)
        rects.append({"x0": left, "x1": right, "top": top, "bottom": bottom,
                      "height": y1 - y0})  # fmt: skip
    filled += [(flip(*box), colour) for box, colour in device.filled]
    fills = drop_inset_fills(drop_shading(rects), lines)
    edges = lines + [e for r in fills for e in rect_edges(r)] + curves
    return PageObjects(
        chars, square_rounded_boxes(edges), images, float(page.width), height,
        shading_boxes(filled), picture_bullets(images, device.lost_numbers), outlines,
    )  # fmt: skip


def _rect(box: Box4) -> PdfObj:
    """A box (x0, top, x1, bottom) as the rect dict the rules are read from."""
    x0, top, x1, bottom = box
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "height": bottom - top}


class _PlumberDevice(_LostGlyphs, PDFPageAggregatorWithMarkedContent):
    """pdfplumber's own device, lost glyphs told apart as :class:`_PathDevice` does."""


def plumber_objects(page: Any) -> PageObjects:
    """The same from pdfplumber's own ``page.chars``/``edges``/``images`` (the reference)."""
    if not getattr(page, "_bogoseo_layout", False):
        watch_fonts(page.pdf.rsrcmgr)
        # pdfplumber's ``Page.layout`` with our device (what it read before, if anything
        # did, forgotten: its objects are built from the layout)
        device = _PlumberDevice(
            page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams
        )
        device.lost_numbers = lost_numbers(page.pdf)
        PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
        page._layout = device.get_result()
        page._bogoseo_layout = True
        if hasattr(page, "_objects"):
            del page._objects
    edges = [
        e for e in page.edges
        if e.get("orientation") in ("h", "v")
        and e.get("object_type") not in ("rect_edge", "curve_edge")
    ]  # fmt: skip
    bars = [
        (c, filled_rect(c["pts"], bool(c.get("fill")), bool(c.get("stroke")))) for c in page.curves
    ]
    shapes = [
        (c, filled_shape(c["pts"], [step[0] for step in c.get("path") or []],
                         bool(c.get("fill")), bool(c.get("stroke"))))
        for c, bar in bars if bar is None
    ]  # fmt: skip
    rects = [*page.rects, *(_rect(bar) for _, bar in bars if bar is not None)]
    edges += [e for r in drop_inset_fills(drop_shading(rects), edges) for e in rect_edges(r)]
    edges += [
        e for c, shape in shapes if shape is None
        for e in curve_edges(c["pts"], bool(c.get("stroke")))
    ]  # fmt: skip
    edges = square_rounded_boxes(edges)
    edges = [
        e
        for e in edges
        if not (e.get("object_type") == "line" and e["top"] != e["bottom"] and e["x0"] != e["x1"])
    ]
    filled = [
        ((float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])),
         fill_colour(r.get("non_stroking_color")))
        for r in page.rects if r.get("fill")
    ]  # fmt: skip
    filled += [(bar, fill_colour(c.get("non_stroking_color"))) for c, bar in bars if bar]
    filled += [(box, fill_colour(c.get("non_stroking_color"))) for c, box in shapes if box]
    return PageObjects(
        page.chars, edges, page.images, float(page.width), float(page.height),
        shading_boxes(filled), picture_bullets(page.images, lost_numbers(page.pdf)),
        [(float(c["x0"]), float(c["top"]), float(c["x1"]), float(c["bottom"]))
         for c, bar in bars if c.get("fill") and bar is None],
    )  # fmt: skip
