"""Opening a PDF: bytes to an open file, every failure a one-line reason; the page tree."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pdfplumber
from pdfminer import settings as pdfminer_settings
from pdfminer.pdfpage import LITERAL_PAGE, LITERAL_PAGES, PDFPage
from pdfminer.pdftypes import PDFObjRef, PDFStream, resolve1

from extract.errors import ReadError

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
