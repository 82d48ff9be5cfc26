"""Bytes of a PDF report (as Hancom PDF exports HWP) -> :class:`Document`.

pdfplumber opens the file and pdfminer parses each page once; everything after that
works on its characters and ruling lines, in small stages that can be tested alone:

* :func:`open_pdf` - bytes to an open PDF; every way that fails becomes a
  :class:`ReadError` with a one-line reason (empty, not a PDF, encrypted, damaged).
* :func:`page_slots` - the page tree, leaf by leaf: a page that cannot be read (a
  damaged object, a /Kids entry pointing at nothing) is named in
  ``Document.problems`` and the other pages are read; no page at all is an error.
* :func:`page_objects` - one page's characters, ruling edges and images, as pdfplumber
  would give them, but parsed several times faster (:class:`ContentInterpreter`).
* :func:`glyphs_of` - the characters after pdfplumber's ``dedupe_chars``
  (HWP fakes bold by drawing each glyph twice), as :class:`Glyph` objects.
* :func:`page_quality` - the :class:`schemas.models.PageQuality` record; a page
  whose text layer is unusable is flagged ``needs_ocr`` and emits no lines.
* :func:`find_ruled_tables` - cells of ruled tables from the drawn lines and
  rectangles (pdfplumber's edge -> intersection -> cell stages).
* :func:`find_vertical_words` - one syllable stacked over the next (vertical text in
  a narrow box) read as one word.
* :func:`chars_to_lines` - characters to lines: cluster by baseline, sort by x, a
  space where the gap is wide; real space characters are kept as they are.
* :func:`cells_to_lines` - a table row by the linearization rule: cells left to
  right, consecutive one-line cells joined with single spaces, a multi-line cell as
  its own lines, a row-spanning cell with the first row it spans.
* :func:`lines_to_blocks` - free lines and tables of a region in reading order.
* :func:`classify` - "- 3 -" in the page margins is page furniture.
"""

from __future__ import annotations

import io
import itertools
import logging
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Literal, cast

import pdfplumber
import regex
from pdfminer import psparser
from pdfminer import settings as pdfminer_settings
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTLine, LTRect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFStackT
from pdfminer.pdfpage import LITERAL_PAGE, LITERAL_PAGES, PDFPage
from pdfminer.pdftypes import PDFObjRef, PDFStream, resolve1, stream_value
from pdfminer.utils import choplist
from pdfplumber import table as pdftable
from pdfplumber.page import Page as PlumberPage
from pdfplumber.page import fix_fontname_bytes
from pdfplumber.utils.text import dedupe_chars as pdfplumber_dedupe

from extract.document import Document, Line, LineKind
from extract.errors import ReadError
from extract.read.glyphs import is_private_use, normalize_text
from extract.read.text import PAGE_FOOTER

PdfObj = dict[str, Any]
#: how pages are parsed (see :func:`page_objects`); both give the same objects
Engine = Literal["pdfminer", "pdfplumber"]
BBox = tuple[float, float, float, float]  # x0, top, x1, bottom (top-down, as pdfplumber)

#: a gap this much wider (x font size) than the line's usual letter gap is a space
SPACE_GAP = 0.25
#: characters whose baselines differ by less than this fraction of the size share a line
BASELINE_TOLERANCE = 0.45
#: edges closer than this (pt) are one ruling line; shorter edges are not rules
SNAP_TOLERANCE = 3.0
MIN_EDGE = 3.0
#: vertical text: stacked glyphs at most this fraction of the size apart, centres aligned
VERTICAL_GAP = 0.6
VERTICAL_ALIGN = 0.3
#: ... or overlapping by up to this fraction (HWP squeezes long names into the box)
VERTICAL_OVERLAP = 0.35
#: a glyph of a vertical word has no other glyph nearer than this (x size) on its line
VERTICAL_ISOLATION = 1.0
#: the top and bottom of a page where page numbers live
MARGIN_FRACTION = 0.12
#: a page is unreadable when this share of its characters are (cid:N) or U+FFFD
GARBAGE_SHARE = 0.3
#: a page with fewer characters than this under images covering half of it is a scan
SCAN_MAX_CHARS = 20

CID = regex.compile(r"\(cid:\d+\)")
HANGUL = regex.compile(r"\p{Hangul}")
log = logging.getLogger(__name__)

# pdfminer logs a warning for every oddity of real files; the quality record says enough
for _name in ("pdfminer", "pdfplumber"):
    logging.getLogger(_name).setLevel(logging.ERROR)


@dataclass(frozen=True, slots=True)
class Glyph:
    """One character as drawn (top-down coordinates, as pdfplumber gives them)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    upright: bool = True

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def is_space(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True, slots=True)
class TextLine:
    """A rebuilt line of text and where it is on the page."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(slots=True)
class RuledTable:
    """A ruled table: its cells (merged cells are one bigger cell) and outline."""

    cells: list[BBox]
    bbox: BBox = field(init=False)

    def __post_init__(self) -> None:
        self.bbox = (
            min(c[0] for c in self.cells),
            min(c[1] for c in self.cells),
            max(c[2] for c in self.cells),
            max(c[3] for c in self.cells),
        )

    def rows(self, tolerance: float = 2.0) -> list[list[BBox]]:
        """Cells grouped by their top edge, left to right; a spanning cell is in its first row."""
        rows: list[list[BBox]] = []
        for cell in sorted(self.cells, key=lambda c: (c[1], c[0])):
            if rows and abs(rows[-1][0][1] - cell[1]) <= tolerance:
                rows[-1].append(cell)
            else:
                rows.append([cell])
        return [sorted(row, key=lambda c: c[0]) for row in rows]


# --- opening -------------------------------------------------------------------------

#: what a file that is not a PDF starts with, and what to call it
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0", "an HWP or old Office file (export it to PDF first)"),
    (b"PK\x03\x04", "a ZIP container such as HWPX or DOCX (export it to PDF first)"),
    (b"{\\rtf", "an RTF document"),
    (b"<", "an HTML or XML file"),
)


def sniff_not_pdf(data: bytes) -> str | None:
    """Why these bytes are not a PDF, or None if they start like one."""
    if not data:
        return "the file is empty"
    if b"%PDF-" in data[:1024]:  # the header may follow a little junk
        return None
    head = data[:16].lstrip()
    for magic, what in MAGIC:
        if head.startswith(magic):
            return f"not a PDF: the file is {what}"
    return "not a PDF: the file does not start with a %PDF- header"


def _pdfminer_cause(exc: BaseException) -> BaseException:
    """pdfplumber wraps pdfminer's exceptions; the original says what went wrong."""
    seen = exc
    for _ in range(5):
        inner = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
        inner = inner or seen.__cause__ or seen.__context__
        if inner is None:
            break
        seen = inner
    return seen


def explain(exc: BaseException) -> str:
    """A one-line reason for an exception raised by pdfminer/pdfplumber."""
    cause = _pdfminer_cause(exc)
    name = type(cause).__name__
    if name in {"PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"} or (
        "encrypt" in name.lower() or "password" in name.lower()
    ):
        return "the PDF is encrypted; remove the password (e.g. qpdf --decrypt) and try again"
    if name in {
        "PSEOF",
        "PDFSyntaxError",
        "PDFNoValidXRef",
        "PSSyntaxError",
        "PDFTypeError",
        "PDFValueError",
        "PDFNotImplementedError",
        "PDFObjectNotFound",
    }:
        detail = str(cause).strip().splitlines()[0][:80] if str(cause).strip() else name
        return f"the PDF is damaged or truncated ({name}: {detail}); re-export or repair it"
    detail = str(cause).strip().splitlines()[0][:80] if str(cause).strip() else ""
    return f"the PDF could not be parsed ({name}{': ' + detail if detail else ''}); re-export it"


def open_pdf(data: bytes) -> Any:
    """Open PDF bytes with pdfplumber, or raise :class:`ReadError` saying why not.

    Only the file's trailer and cross-reference table are read here; the page tree is
    walked by :func:`page_slots`, one page at a time, so a damaged page costs that page.
    """
    problem = sniff_not_pdf(data)
    if problem:
        raise ReadError(problem)
    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many kinds (and plain ones); all end here
        # nothing to close: pdfplumber closes what it opened, and the bytes are ours
        raise ReadError(explain(exc)) from None


@dataclass(frozen=True, slots=True)
class PageSlot:
    """One leaf of the page tree: a page pdfminer can parse, or why it cannot."""

    page: PDFPage | None
    problem: str = ""


#: a page tree deeper than this is damaged (real ones are a few levels deep)
MAX_TREE_DEPTH = 64
#: a /Count above this is damage, not pages (a missing page is reported per page)
MAX_MISSING_PAGES = 10_000


def _short(exc: BaseException) -> str:
    """``Name: first line of the message`` of pdfminer's (unwrapped) exception."""
    cause = _pdfminer_cause(exc)
    detail = str(cause).strip().splitlines()[0][:80] if str(cause).strip() else ""
    return type(cause).__name__ + (f": {detail}" if detail else "")


def page_slots(pdf: Any) -> tuple[list[PageSlot], str]:
    """The leaves of the page tree in order, each a page or the reason it cannot be read;
    and a problem of the tree itself ("" when none).

    pdfminer's own walk (``PDFPage.create_pages``) stops at the first object it cannot
    parse and silently skips a /Kids entry that points at nothing; this one records
    either as a slot with a problem and goes on, and a /Pages node whose /Count says
    more pages than its kids gave adds a slot for each missing one.  Attributes are
    inherited as pdfminer does (Resources, MediaBox, CropBox, Rotate).  Without a
    usable tree, the file's page objects are taken in the order they are stored (as
    pdfminer does), and the tree's problem says so.
    """
    doc = pdf.doc
    slots: list[PageSlot] = []
    visited: set[int] = set()

    def walk(ref: object, inherited: dict[str, Any], depth: int) -> None:
        objid = ref.objid if isinstance(ref, PDFObjRef) else None
        try:
            obj = resolve1(ref)
        except Exception as exc:  # the object itself is damaged
            slots.append(PageSlot(None, f"object {objid} is damaged ({_short(exc)})"))
            return
        if not isinstance(obj, dict):
            what = "missing" if obj is None else f"a {type(obj).__name__}, not a page"
            slots.append(PageSlot(None, f"the page tree points at object {objid}, which is {what}"))
            return
        if objid is not None:
            if objid in visited:  # a cycle: pdfminer skips it too
                return
            visited.add(objid)
        props = dict(obj)
        for key, value in inherited.items():
            if key in PDFPage.INHERITABLE_ATTRS and key not in props:
                props[key] = value
        kind = props.get("Type")
        if kind is None and not pdfminer_settings.STRICT:
            kind = props.get("type")
        if kind is LITERAL_PAGES and "Kids" in props:
            before = len(slots)
            try:
                kids = resolve1(props["Kids"])
                count = resolve1(props.get("Count"))
            except Exception as exc:
                slots.append(PageSlot(None, f"object {objid} is damaged ({_short(exc)})"))
                return
            if depth >= MAX_TREE_DEPTH or not isinstance(kids, list):
                slots.append(PageSlot(None, f"the page tree node {objid} is damaged"))
                return
            for kid in kids:
                walk(kid, props, depth + 1)
            found = len(slots) - before
            if isinstance(count, int) and found < count <= found + MAX_MISSING_PAGES:
                missing = f"the page tree counts {count} pages under object {objid}, {found} found"
                slots.extend([PageSlot(None, missing)] * (count - found))
        elif kind is LITERAL_PAGE:
            try:
                page = PDFPage(doc, objid, props, None)
                lost = _lost_contents(props.get("Contents"), page.contents)
            except Exception as exc:
                slots.append(PageSlot(None, f"object {objid} is damaged ({_short(exc)})"))
                return
            # pdfminer reads a content stream it cannot find as an empty page
            slots.append(PageSlot(None, lost) if lost else PageSlot(page))
        else:
            slots.append(PageSlot(None, f"the page tree points at object {objid}, not a page"))

    catalog = doc.catalog
    if "Pages" in catalog:
        walk(catalog["Pages"], catalog, 0)
    if not any(slot.page is not None for slot in slots):
        # no usable page tree: pdfminer looks for page objects among all objects
        found = _loose_pages(doc)
        if found:
            why = slots[0].problem if slots else "the catalog has no /Pages"
            return found, (
                f"the page tree cannot be read ({why}); its {len(found)} page objects are "
                "read in the order the file stores them, which may not be the page order"
            )
    return slots, ""


def _lost_contents(ref: object, contents: Sequence[object]) -> str:
    """Why a page's content streams cannot be found ("" when they can)."""
    for item in contents:
        if not isinstance(resolve1(item), PDFStream):
            objid = item.objid if isinstance(item, PDFObjRef) else getattr(ref, "objid", None)
            which = f", object {objid}," if objid is not None else ""
            return f"its content stream{which} is missing or damaged"
    return ""


def _loose_pages(doc: Any) -> list[PageSlot]:
    """Every object of type /Page in the file (pdfminer's fallback without a page tree)."""
    pages = []
    for xref in doc.xrefs:
        for objid in xref.get_objids():
            try:
                obj = doc.getobj(objid)
                if isinstance(obj, dict) and obj.get("Type") is LITERAL_PAGE:
                    pages.append(PageSlot(PDFPage(doc, objid, obj, None)))
            except Exception:  # a damaged object is not a page we can read
                continue
    return pages


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


def page_objects(pdf: Any, page: Any) -> PageObjects:
    """Run pdfminer on one pdfplumber page and collect characters, edges and images.

    The values are pdfplumber's (``page.chars``, ``page.edges``, ``page.images``) computed
    the way its ``process_object`` and edge helpers compute them, without building a
    dict of every attribute of every object.
    """
    device = PDFPageAggregator(pdf.rsrcmgr, pageno=page.page_number, laparams=None)
    ContentInterpreter(pdf.rsrcmgr, device).process_page(page.page_obj)
    height = float(page.height)
    mb_x0, mb_top = page.mediabox[0], page.mediabox[1]
    doctop0 = page.initial_doctop
    chars: list[PdfObj] = []
    lines: list[PdfObj] = []
    rects: list[PdfObj] = []
    curves: list[PdfObj] = []
    images: list[PdfObj] = []

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
                    }
                )
            elif kind is LTRect:
                x0, x1, top, bottom = box(o)
                rects.append({"x0": x0, "x1": x1, "top": top, "bottom": bottom, "height": o.height})
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
                curves.extend(_curve_edges(pts))
            elif kind is LTImage:
                x0, x1, top, bottom = box(o)
                images.append({"x0": x0, "x1": x1, "top": top, "bottom": bottom})
            elif isinstance(o, LTContainer):  # a Form XObject's figure: pdfplumber flattens it
                walk(o)

    walk(device.get_result())
    edges = lines + [e for r in rects for e in _rect_edges(r)] + curves
    return PageObjects(chars, edges, images, float(page.width), height)


def _rect_edges(r: PdfObj) -> list[PdfObj]:
    """pdfplumber's ``rect_to_edges``: top, bottom, left and right side."""
    return [
        {"orientation": "h", "x0": r["x0"], "x1": r["x1"], "top": r["top"], "bottom": r["top"]},
        {
            "orientation": "h",
            "x0": r["x0"],
            "x1": r["x1"],
            "top": r["top"] + r["height"],
            "bottom": r["bottom"],
        },
        {"orientation": "v", "x0": r["x0"], "x1": r["x0"], "top": r["top"], "bottom": r["bottom"]},
        {"orientation": "v", "x0": r["x1"], "x1": r["x1"], "top": r["top"], "bottom": r["bottom"]},
    ]


def _curve_edges(pts: Sequence[tuple[float, float]]) -> list[PdfObj]:
    """pdfplumber's ``curve_to_edges``: each straight, axis-parallel step of a path."""
    out = []
    for (ax, ay), (bx, by) in itertools.pairwise(pts):
        orient = "v" if ax == bx else "h" if ay == by else None
        if orient:
            out.append(
                {
                    "orientation": orient,
                    "x0": min(ax, bx),
                    "x1": max(ax, bx),
                    "top": min(ay, by),
                    "bottom": max(ay, by),
                }
            )
    return out


def plumber_objects(page: Any) -> PageObjects:
    """The same from pdfplumber's own ``page.chars``/``edges``/``images`` (the reference)."""
    edges = [e for e in page.edges if e.get("orientation") in ("h", "v")]
    edges = [
        e
        for e in edges
        if not (e.get("object_type") == "line" and e["top"] != e["bottom"] and e["x0"] != e["x1"])
    ]
    return PageObjects(page.chars, edges, page.images, float(page.width), float(page.height))


# --- characters and quality ----------------------------------------------------------


def to_glyph(char: PdfObj) -> Glyph:
    return Glyph(
        text=str(char["text"]),
        x0=float(char["x0"]),
        x1=float(char["x1"]),
        top=float(char["top"]),
        bottom=float(char["bottom"]),
        size=float(char.get("size") or (char["bottom"] - char["top"]) or 1.0),
        upright=bool(char.get("upright", True)),
    )


def page_glyphs(page: Any) -> list[Glyph]:
    """A pdfplumber page's characters, doubled "bold" glyphs removed."""
    return glyphs_of(page.chars)


def glyphs_of(chars: list[PdfObj]) -> list[Glyph]:
    """Character dicts -> glyphs, doubled "bold" glyphs removed (see :func:`dedupe_chars`)."""
    return [to_glyph(c) for c in dedupe_chars(chars)]


#: what pdfplumber's dedupe compares besides the position (its default extra_attrs)
_TWIN_KEY = itemgetter("upright", "text", "fontname", "size")
#: glyphs further apart than this (pt) can never fall into one of its 1-pt clusters here
_TWIN_WINDOW = 3.0


def dedupe_chars(chars: list[PdfObj]) -> list[PdfObj]:
    """``page.dedupe_chars().chars``, without its quadratic cost.

    HWP fakes bold by drawing each glyph twice a fraction of a point apart.
    pdfplumber's ``utils.dedupe_chars`` (what ``page.dedupe_chars()`` runs) removes the
    copies but restores the order with ``list.index``, quadratic in the characters of the
    page.  Only glyphs with a twin (same text, font, size) within :data:`_TWIN_WINDOW` pt
    can be merged, so it gets just those; every other glyph is kept as it is, in order.
    """
    order = sorted(range(len(chars)), key=lambda i: (_TWIN_KEY(chars[i]), chars[i]["doctop"]))
    twins: set[int] = set()
    for n, i in enumerate(order):
        a = chars[i]
        for j in order[n + 1 :]:
            b = chars[j]
            if _TWIN_KEY(b) != _TWIN_KEY(a) or b["doctop"] - a["doctop"] > _TWIN_WINDOW:
                break
            if abs(b["x0"] - a["x0"]) <= _TWIN_WINDOW:
                twins.update((i, j))
    if not twins:
        return list(chars)
    kept = {id(c) for c in pdfplumber_dedupe([chars[i] for i in sorted(twins)])}
    return [c for i, c in enumerate(chars) if i not in twins or id(c) in kept]


def image_coverage(images: Sequence[PdfObj], width: float, height: float) -> float:
    """Share of the page under images (overlaps counted once is not needed: capped at 1)."""
    if width <= 0 or height <= 0:
        return 0.0
    area = sum(
        max(0.0, float(i["x1"]) - float(i["x0"])) * max(0.0, float(i["bottom"]) - float(i["top"]))
        for i in images
    )
    return min(1.0, area / (width * height))


def page_quality(page_no: int, glyphs: Sequence[Glyph], images: float) -> dict[str, object]:
    """The quality record of one page (keys of ``schemas.models.PageQuality``).

    ``images`` is the share of the page covered by images.  A page needs OCR when it
    is a picture with (almost) no text, or when its text is mostly (cid:N) glyphs or
    replacement characters (a font without a Unicode map).
    """
    chars = [g.text for g in glyphs if not g.is_space]
    n = len(chars)
    cid = sum(1 for t in chars if CID.fullmatch(t))
    replacement = sum(t.count("\ufffd") for t in chars)
    hangul = sum(1 for t in chars if HANGUL.match(t))
    private = sum(1 for t in chars if t and is_private_use(t[0]))
    scanned = (n == 0 and images > 0) or (n < SCAN_MAX_CHARS and images >= 0.5)
    garbage = n > 0 and (cid + replacement) / n > GARBAGE_SHARE
    return {
        "page": page_no,
        "chars": n,
        "hangul_ratio": round(hangul / n, 4) if n else 0.0,
        "private_use_ratio": round(private / n, 4) if n else 0.0,
        "replacement_ratio": round(replacement / n, 4) if n else 0.0,
        "cid_runs": cid,
        "needs_ocr": bool(scanned or garbage),
    }


# --- ruled tables --------------------------------------------------------------------


def find_ruled_tables(edges: list[PdfObj]) -> list[RuledTable]:
    """Cells bounded by ruling lines on all four sides, grouped into tables.

    Hancom draws rules as thin filled rectangles and reportlab as stroked ones; merging
    edges within :data:`SNAP_TOLERANCE` makes both one line.  Merged cells come out as
    one bigger cell because no rule runs through them.
    """
    rules = merge_rules(edges)
    if not rules:
        return []
    points = pdftable.edges_to_intersections(rules, 1, 1)
    cells = [
        (float(c[0]), float(c[1]), float(c[2]), float(c[3]))
        for c in pdftable.intersections_to_cells(points)
    ]
    # a hairline "cell" between two rules of one Hancom border is not a cell
    cells = [c for c in cells if c[2] - c[0] >= MIN_EDGE and c[3] - c[1] >= MIN_EDGE]
    return [RuledTable(group) for group in group_cells(cells)]


def merge_rules(edges: Sequence[PdfObj]) -> list[PdfObj]:
    """Edges merged into ruling lines (pdfplumber edge dicts), short bits dropped.

    Parallel edges closer than :data:`SNAP_TOLERANCE` are one line only where their
    extents overlap: pdfplumber's page-wide ``snap_edges`` would also pull a box's side
    onto an unrelated table's column rule a few points away and break both.  Collinear
    pieces that touch are then joined.
    """
    out: list[PdfObj] = []
    for orient in ("h", "v"):
        # (position, start, end) of each edge along its own axis
        segs = sorted(
            (float(e["top"]), float(e["x0"]), float(e["x1"]))
            if orient == "h"
            else (float(e["x0"]), float(e["top"]), float(e["bottom"]))
            for e in edges
            if e.get("orientation") == orient
        )
        # Two edges connect when their positions are within the tolerance and their
        # extents overlap (with the tolerance as slack).  Comparing all pairs is
        # quadratic in a row of hundreds of dots, so the edges of one exact position
        # are first chained into runs (each edge connects to the run so far exactly
        # when it starts within the tolerance of the run's end); two runs then connect
        # exactly when their hulls would, so runs stand in for their edges.
        runs: list[tuple[float, float, float]] = []
        run_of: list[int] = []
        for pos, start, end in segs:
            if runs and runs[-1][0] == pos and start <= runs[-1][2] + SNAP_TOLERANCE:
                runs[-1] = (pos, runs[-1][1], max(runs[-1][2], end))
            else:
                runs.append((pos, start, end))
            run_of.append(len(runs) - 1)
        parent = list(range(len(runs)))
        for i, (pos, start, end) in enumerate(runs):
            for j in range(i + 1, len(runs)):
                other = runs[j]
                if other[0] - pos > SNAP_TOLERANCE:
                    break
                if other[1] <= end + SNAP_TOLERANCE and start <= other[2] + SNAP_TOLERANCE:
                    parent[_root(parent, j)] = _root(parent, i)
        clusters: dict[int, list[tuple[float, float, float]]] = {}
        for seg, run in zip(segs, run_of, strict=True):
            clusters.setdefault(_root(parent, run), []).append(seg)
        for members in clusters.values():
            pos = sum(m[0] for m in members) / len(members)
            pieces = sorted((m[1], m[2]) for m in members)
            start, end = pieces[0]
            for a, b in [*pieces[1:], (math.inf, math.inf)]:
                if a > end + SNAP_TOLERANCE:
                    if end - start >= MIN_EDGE:
                        out.append(_edge(orient, pos, start, end))
                    start, end = a, b
                else:
                    end = max(end, b)
    return out


def _root(parent: list[int], i: int) -> int:
    """Union-find: the representative of ``i`` (halving the path on the way)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _edge(orient: str, pos: float, start: float, end: float) -> PdfObj:
    if orient == "h":
        return {
            "orientation": "h",
            "x0": start,
            "x1": end,
            "top": pos,
            "bottom": pos,
            "width": end - start,
            "height": 0.0,
        }
    return {
        "orientation": "v",
        "x0": pos,
        "x1": pos,
        "top": start,
        "bottom": end,
        "width": 0.0,
        "height": end - start,
    }


def group_cells(cells: Sequence[BBox]) -> list[list[BBox]]:
    """Cells that share a corner belong to one table (a lone box is a table too).

    pdfplumber's ``cells_to_tables`` drops one-cell tables, but a box around a title or
    a vertical team name is exactly what has to keep its text together.
    """
    parent = list(range(len(cells)))
    owner: dict[tuple[float, float], int] = {}
    for i, (x0, top, x1, bottom) in enumerate(cells):
        for corner in ((x0, top), (x0, bottom), (x1, top), (x1, bottom)):
            if corner in owner:
                parent[_root(parent, i)] = _root(parent, owner[corner])
            else:
                owner[corner] = i
    groups: dict[int, list[BBox]] = {}
    for i, cell in enumerate(cells):
        groups.setdefault(_root(parent, i), []).append(cell)
    return sorted(groups.values(), key=lambda g: min((c[1], c[0]) for c in g))


# --- vertical words ------------------------------------------------------------------


def _baseline_rows(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """Glyphs clustered by baseline (their bottom), each row sorted by x."""
    rows: list[list[Glyph]] = []
    ref = -math.inf
    for g in sorted(glyphs, key=lambda g: (g.bottom, g.x0)):
        if rows and abs(g.bottom - ref) <= BASELINE_TOLERANCE * g.size:
            rows[-1].append(g)
        else:
            rows.append([g])
            ref = g.bottom
    return [sorted(r, key=lambda g: g.x0) for r in rows]


def find_vertical_words(glyphs: Sequence[Glyph]) -> tuple[list[TextLine], list[Glyph]]:
    """Words written one syllable under the other; returns (words, the other glyphs).

    A glyph can be part of a vertical word when it is a Hangul syllable alone on its line
    (no other glyph within :data:`VERTICAL_ISOLATION` x size to either side).  Such
    glyphs are chained downwards when their centres line up and the gap between them is
    small; a chain of two or more is one word.
    """
    candidates: list[Glyph] = []
    for row in _baseline_rows([g for g in glyphs if g.upright and not g.is_space]):
        for i, g in enumerate(row):
            if not HANGUL.match(g.text):
                continue
            near = VERTICAL_ISOLATION * g.size
            left_ok = i == 0 or g.x0 - row[i - 1].x1 > near
            right_ok = i == len(row) - 1 or row[i + 1].x0 - g.x1 > near
            if left_ok and right_ok:
                candidates.append(g)
    if len(candidates) < 2:
        return [], list(glyphs)
    candidates.sort(key=lambda g: (g.top, g.x0))
    used: set[int] = set()
    words: list[TextLine] = []
    taken: set[int] = set()
    for i, g in enumerate(candidates):
        if i in used:
            continue
        chain = [i]
        last = g
        for j in range(i + 1, len(candidates)):
            h = candidates[j]
            if j in used:
                continue
            gap = h.top - last.bottom
            if gap > VERTICAL_GAP * last.size:
                if h.top > last.bottom + 2 * last.size:
                    break
                continue
            lined_up = abs(h.cx - last.cx) <= VERTICAL_ALIGN * last.size
            if gap >= -VERTICAL_OVERLAP * last.size and lined_up:
                chain.append(j)
                last = h
        if len(chain) >= 2:
            used.update(chain)
            members = [candidates[k] for k in chain]
            taken.update(id(m) for m in members)
            words.append(
                TextLine(
                    "".join(m.text for m in members),
                    min(m.x0 for m in members),
                    members[0].top,
                    max(m.x1 for m in members),
                    members[-1].bottom,
                )
            )
    rest = [g for g in glyphs if id(g) not in taken]
    return words, rest


# --- lines ---------------------------------------------------------------------------


def chars_to_lines(glyphs: Iterable[Glyph]) -> list[TextLine]:
    """Rebuild lines from characters: baseline clusters, x order, spaces at wide gaps.

    Real space characters are kept (letter-spaced "사 회 혁 신", double spaces); a space
    is added only where two non-space glyphs are further apart than :data:`SPACE_GAP` x
    size.  Rotated glyphs are read as columns, top to bottom.
    """
    upright = [g for g in glyphs if g.upright]
    rotated = [g for g in glyphs if not g.upright]
    lines = []
    for row in _baseline_rows(upright):
        track = tracking(row)
        parts: list[str] = []
        prev: Glyph | None = None
        for g in row:
            if (
                prev is not None
                and not prev.is_space
                and not g.is_space
                and g.x0 - prev.x1 - track * g.size > SPACE_GAP * max(g.size, prev.size)
            ):
                parts.append(" ")
            parts.append(g.text)
            prev = g
        text = "".join(parts).strip()
        if text:
            lines.append(
                TextLine(
                    text, row[0].x0, min(g.top for g in row), row[-1].x1, max(g.bottom for g in row)
                )
            )
    lines.extend(rotated_to_lines(rotated))
    return lines


def tracking(row: Sequence[Glyph]) -> float:
    """The line's usual gap between neighbouring glyphs, as a fraction of the size.

    Hancom's Type 3 fonts report advances wider than the glyphs are set, so letters of
    one word overlap by up to a quarter of the size and a word gap can be as small as
    0.29 size; gaps are measured from this median.  Clamped to [-0.25, 0]: a line of
    wide gaps (letter-spaced) does not raise the bar.  Only letters and digits count:
    the dots of a leader ("평가 ······ 1") are drawn overlapping and would make every
    ordinary letter gap of the line look like a word gap.
    """
    gaps = sorted(
        (b.x0 - a.x1) / max(b.size, 1e-6)
        for a, b in itertools.pairwise(row)
        if a.text.isalnum() and b.text.isalnum()
    )
    if not gaps:
        return 0.0
    return max(-0.25, min(0.0, gaps[len(gaps) // 2]))


def rotated_to_lines(glyphs: Sequence[Glyph]) -> list[TextLine]:
    """Rotated text (not upright): columns of glyphs, read top to bottom."""
    columns: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: (g.x0, g.top)):
        if columns and abs(columns[-1][0].x0 - g.x0) <= BASELINE_TOLERANCE * g.size:
            columns[-1].append(g)
        else:
            columns.append([g])
    out = []
    for col in columns:
        col.sort(key=lambda g: g.top)
        text = "".join(g.text for g in col).strip()
        if text:
            out.append(
                TextLine(
                    text, min(g.x0 for g in col), col[0].top, max(g.x1 for g in col), col[-1].bottom
                )
            )
    return out


def _inside(point: tuple[float, float], box: BBox) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


def _contains(outer: BBox, inner: BBox, slack: float = 1.0) -> bool:
    return (
        outer[0] - slack <= inner[0]
        and outer[1] - slack <= inner[1]
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def _area(box: BBox) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


@dataclass(slots=True)
class Region:
    """A page or a table cell: its own glyphs and vertical words, and tables inside it."""

    bbox: BBox | None
    glyphs: list[Glyph] = field(default_factory=list)
    words: list[TextLine] = field(default_factory=list)
    tables: list[tuple[RuledTable, list[Region]]] = field(default_factory=list)


#: height (pt) of the bands :func:`build_regions` indexes cells by
_BAND = 24.0


def build_regions(
    glyphs: Sequence[Glyph], words: Sequence[TextLine], tables: Sequence[RuledTable]
) -> Region:
    """Put every glyph and vertical word in the smallest cell that holds it.

    A table lies in the smallest cell of another table that contains it (boxes drawn
    around content), otherwise on the page.
    """
    page = Region(None)
    all_cells: list[tuple[BBox, Region]] = []
    for t in sorted(tables, key=lambda t: _area(t.bbox), reverse=True):  # outer tables first
        cell_regions = [Region(c) for c in t.cells]
        parent = page
        best = math.inf
        for box, region in all_cells:
            if _contains(box, t.bbox) and _area(box) < best:
                parent, best = region, _area(box)
        parent.tables.append((t, cell_regions))
        all_cells.extend(zip(t.cells, cell_regions, strict=True))
    all_cells.sort(key=lambda item: _area(item[0]))  # smallest first: first hit is innermost
    # cells by horizontal band, so a glyph is tested only against the cells of its band
    bands: dict[int, list[tuple[BBox, Region]]] = {}
    for box, region in all_cells:
        for band in range(int(box[1] // _BAND), int(box[3] // _BAND) + 1):
            bands.setdefault(band, []).append((box, region))

    def home(point: tuple[float, float]) -> Region:
        for box, region in bands.get(int(point[1] // _BAND), ()):
            if _inside(point, box):
                return region
        return page

    for g in glyphs:
        home((g.cx, g.cy)).glyphs.append(g)
    for w in words:
        home(((w.x0 + w.x1) / 2, w.top + 1.0)).words.append(w)
    return page


def region_lines(region: Region) -> list[TextLine]:
    """A region's text in reading order: its lines and its tables' linearized rows."""
    lines = chars_to_lines(region.glyphs) + list(region.words)
    tables = [(t, [region_lines(r) for r in cells]) for t, cells in region.tables]
    return lines_to_blocks(
        lines, [cells_to_lines(t, c) for t, c in tables], [t.bbox for t, _ in tables]
    )


def cells_to_lines(table: RuledTable, cell_lines: Sequence[Sequence[TextLine]]) -> list[TextLine]:
    """Linearize a table row by row (the rule the parsers rely on).

    Cells left to right; consecutive one-line cells are joined into one line with single
    spaces; a cell of several lines is emitted as its own lines; a cell spanning rows is
    emitted with the first row it spans; empty cells are skipped.
    """
    content = {cell: lines for cell, lines in zip(table.cells, cell_lines, strict=True)}
    out: list[TextLine] = []
    for row in table.rows():
        run: list[TextLine] = []
        for cell in row:
            lines = [ln for ln in content[cell] if ln.text.strip()]
            if len(lines) == 1:
                run.append(lines[0])
            elif lines:
                out.extend(_join(run))
                run = []
                out.extend(lines)
        out.extend(_join(run))
    return out


def _join(run: Sequence[TextLine]) -> list[TextLine]:
    if not run:
        return []
    return [
        TextLine(
            " ".join(ln.text for ln in run),
            run[0].x0,
            min(ln.top for ln in run),
            run[-1].x1,
            max(ln.bottom for ln in run),
        )
    ]


def lines_to_blocks(
    lines: Sequence[TextLine], tables: Sequence[Sequence[TextLine]], boxes: Sequence[BBox]
) -> list[TextLine]:
    """Free lines and whole tables in reading order: by top, then left to right.

    A table is one block at its top edge; items whose tops are within a couple of
    points (boxes side by side, a label and its unit) are ordered by x.
    """
    blocks: list[tuple[float, float, list[TextLine]]] = [(ln.top, ln.x0, [ln]) for ln in lines]
    blocks += [(box[1], box[0], list(t)) for t, box in zip(tables, boxes, strict=True) if t]
    blocks.sort(key=lambda b: (b[0], b[1]))
    ordered: list[TextLine] = []
    i = 0
    while i < len(blocks):
        j = i + 1
        while j < len(blocks) and blocks[j][0] - blocks[i][0] <= 2.0:
            j += 1
        for _, _, items in sorted(blocks[i:j], key=lambda b: b[1]):
            ordered.extend(items)
        i = j
    return ordered


# --- pages and the document ----------------------------------------------------------


def classify(line: TextLine, page_height: float) -> LineKind:
    """A page number such as "- 3 -" in the top or bottom margin is furniture."""
    margin = page_height * MARGIN_FRACTION
    in_margin = line.top >= page_height - margin or line.bottom <= margin
    if in_margin and PAGE_FOOTER.match(line.text):
        return LineKind.FURNITURE
    return LineKind.CONTENT


def page_lines(objects: PageObjects, glyphs: Sequence[Glyph]) -> list[tuple[str, LineKind]]:
    """One page's lines in reading order, each with its kind."""
    words, rest = find_vertical_words(glyphs)
    tables = find_ruled_tables(objects.edges)
    root = build_regions(rest, words, tables)
    return [(ln.text, classify(ln, objects.height)) for ln in region_lines(root)]


def read_pdf(data: bytes, name: str, engine: Engine = "pdfminer") -> Document:
    """Read a PDF report: one :class:`Line` per rebuilt line, every line with its page.

    ``engine`` says how pages are parsed: "pdfminer" (:func:`page_objects`, the fast
    default) or "pdfplumber" (its ``page.chars``/``edges``/``images``); both give the
    same Document.
    """
    if engine not in ("pdfminer", "pdfplumber"):
        raise ValueError(f"unknown PDF engine {engine!r}")
    pdf = open_pdf(data)
    lines: list[Line] = []
    quality: list[dict[str, object]] = []
    #: (page number, why it could not be read)
    unread: list[tuple[int, str]] = []
    try:
        slots, tree_problem = page_slots(pdf)
    except Exception as exc:  # the catalog itself is damaged
        raise ReadError(explain(exc)) from None
    doctop = 0.0
    for page_no, slot in enumerate(slots, start=1):
        if slot.page is None:
            unread.append((page_no, slot.problem))
            continue
        page = None
        try:
            page = PlumberPage(pdf, slot.page, page_number=page_no, initial_doctop=doctop)
            doctop += float(page.height)
            objects = page_objects(pdf, page) if engine == "pdfminer" else plumber_objects(page)
            glyphs = glyphs_of(objects.chars)
            cover = image_coverage(objects.images, objects.width, objects.height)
            record = page_quality(page_no, glyphs, cover)
            texts = [] if record["needs_ocr"] else page_lines(objects, glyphs)
        except Exception as exc:  # a page pdfminer cannot parse costs that page
            unread.append((page_no, _short(exc)))
            continue
        finally:
            if page is not None:
                page.close()
        quality.append(record)
        for raw, kind in texts:
            text = normalize_text(raw).strip()
            if text:
                lines.append(Line(len(lines) + 1, text, raw, page_no, kind))
    if not slots:
        raise ReadError("the PDF has no pages (damaged or truncated?); re-export it")
    if not any(ln.is_content for ln in lines):
        if unread and not quality:  # no page could be read at all
            raise ReadError(damaged_reason(unread, len(slots)))
        raise ReadError(no_text_reason(quality))
    problems = [("read.page_tree", tree_problem)] if tree_problem else []
    if unread:
        problems.append(("read.page_unreadable", unread_message(unread, len(slots))))
    return Document(
        name=name,
        lines=lines,
        format="pdf",
        pages=len(slots),
        quality=quality,
        problems=problems,
    )


def _pages_text(numbers: Sequence[int]) -> str:
    """``3``, ``3, 7`` or ``3-5, 9``: page numbers as runs."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


def unread_message(unread: Sequence[tuple[int, str]], total: int) -> str:
    """One line naming the pages that could not be read, and the first reason."""
    numbers = [n for n, _ in unread]
    page = "page" if len(numbers) == 1 else "pages"
    return (
        f"{page} {_pages_text(numbers)} of {total} could not be read ({unread[0][1]}); "
        "the text of the PDF is incomplete: repair or re-export it"
    )


def damaged_reason(unread: Sequence[tuple[int, str]], total: int) -> str:
    """The one-line error of a PDF none of whose pages could be read."""
    which = "its only page could not" if total == 1 else f"none of its {total} pages could"
    return f"the PDF is damaged: {which} be read ({unread[0][1]}); re-export or repair it"


def no_text_reason(quality: Sequence[dict[str, object]]) -> str:
    """Why a PDF gave no content lines, from its pages' quality records."""
    if any(q["cid_runs"] or q["replacement_ratio"] for q in quality):
        return (
            "the PDF's text cannot be decoded (its fonts have no Unicode map: "
            "(cid:N) glyphs); run OCR first"
        )
    if any(q["needs_ocr"] for q in quality):
        return "the PDF has no text layer (scanned pages?); run OCR first"
    return "the PDF has no text on any page"
