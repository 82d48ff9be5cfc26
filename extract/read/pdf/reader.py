"""A PDF report to a Document: every page, its lines, its quality and problems."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Collection, Sequence
from typing import Any

from pdfplumber.page import Page as PlumberPage

from extract.document import Document, Grid, Line, LineKind
from extract.errors import ReadError
from extract.normalize.figures import consecutive_runs
from extract.read.glyphs import lost_glyph, normalize_text
from extract.read.pdf.bands import page_parts
from extract.read.pdf.base import PRIVATE_SHARE, BBox, Engine, Glyph, wrap_space
from extract.read.pdf.chars import (
    glyphs_of,
    image_coverage,
    page_quality,
    undecoded_as_lost,
)
from extract.read.pdf.content import PageObjects, lost_numbers, page_objects, plumber_objects
from extract.read.pdf.figures import table_picture_message, table_pictures
from extract.read.pdf.grids import document_grids, page_content
from extract.read.pdf.lines import page_numbers, running_heads
from extract.read.pdf.opening import _short, explain, open_pdf, page_slots
from extract.read.pdf.outlined import drawn_page, outlined_message, outlined_rows
from extract.read.pdf.regions import PageGrid
from extract.read.pdf.sheets import joined_content, sheet_halves, upright_pages

#: a picture smaller than this (pt) either way is an icon or a bullet, not a picture a
#: caption stands by
MIN_PICTURE = 20.0


def page_lines(objects: PageObjects, glyphs: Sequence[Glyph]) -> list[tuple[str, LineKind]]:
    """One page's lines in reading order, each with its kind."""
    return [(ln.text, ln.kind) for ln in page_content(objects, glyphs)[0]]


#: sheets looked at ahead for two pages on a sheet (a cover sheet has no page numbers)
TWO_UP_PROBE = 3


def _two_up(pdf: Any, slots: Sequence[Any], engine: Engine) -> bool:
    """Whether one of the first landscape sheets holds two numbered pages side by side."""
    for page_no, slot in enumerate(slots[:TWO_UP_PROBE], start=1):
        if slot.page is None:
            continue
        page = None
        try:
            page = PlumberPage(pdf, slot.page, page_number=page_no)
            if float(page.width) <= float(page.height):
                return False
            objects = page_objects(pdf, page) if engine == "pdfminer" else plumber_objects(page)
            if len(sheet_halves(objects)) == 2:
                return True
        except Exception:  # (the page is read again, and its problem said, in the loop)
            continue
        finally:
            if page is not None:
                page.close()
    return False


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
    tables: list[Grid] = []
    boxes: dict[int, BBox] = {}
    turns: dict[int, float] = {}
    quality: list[dict[str, object]] = []
    #: (page number, why it could not be read)
    unread: list[tuple[int, str]] = []
    pictures: dict[int, list[BBox]] = {}
    heights: dict[int, float] = {}
    in_cells: set[int] = set()
    #: page -> rows of text drawn as outlines, and the pages all drawn so
    outlined: dict[int, int] = {}
    all_drawn: set[int] = set()
    try:
        slots, tree_problem = page_slots(pdf)
    except Exception as exc:  # the catalog itself is damaged
        raise ReadError(explain(exc)) from None
    wraps = wrap_space(_producer(pdf))
    #: lines of a cell with a line after them in the same cell, and those of them that end
    #: in a drawn space (the engine's space of a wrap)
    wrapped = spaced = 0
    doctop = 0.0
    two_up = _two_up(pdf, slots, engine)
    for page_no, slot in enumerate(slots, start=1):
        if slot.page is None:
            unread.append((page_no, slot.problem))
            continue
        page = None
        try:
            page = PlumberPage(pdf, slot.page, page_number=page_no, initial_doctop=doctop)
            doctop += float(page.height)
            objects = page_objects(pdf, page) if engine == "pdfminer" else plumber_objects(page)
            # (a landscape table set on its side; two pages printed on one sheet: each)
            objects, halves = upright_pages(objects, two_up)
            glyphs = glyphs_of(objects.chars)
            cover = image_coverage(objects.images, objects.width, objects.height)
            record = page_quality(page_no, glyphs, cover)
            if rows := outlined_rows(objects.outlines, objects.chars):
                if not record["needs_ocr"] and drawn_page(int(str(record["chars"])), rows):
                    all_drawn.add(page_no)
                    record["needs_ocr"] = True
                else:
                    outlined[page_no] = len(rows)
            # (two pages printed on one sheet: each; once a sheet is so, every sheet is)
            two_up = two_up or len(halves) == 2
            # (each part with its page on a sheet of two: a table's page break between them)
            sided = [(k, p) for k, h in enumerate(halves) for p in page_parts(h)]
            parts = [p for _, p in sided]
            # (a page drawn as outlines still has its characters read: never drop a text
            # layer because of outlines, which may be a chart's parts after all)
            content, grids = (
                ([], [])
                if record["needs_ocr"] and page_no not in all_drawn
                else page_content(objects, undecoded_as_lost(glyphs), wraps)
                if len(parts) == 1
                else joined_content([
                    page_content(p, undecoded_as_lost(glyphs_of(p.chars)), wraps)
                    for p in parts
                ], [k for k, _ in sided] if len(halves) == 2 else None)
            )  # fmt: skip
        except Exception as exc:  # a page pdfminer cannot parse costs that page
            unread.append((page_no, _short(exc)))
            continue
        finally:
            if page is not None:
                page.close()
        quality.append(record)
        heights[page_no] = float(objects.height)
        # (a sheet of two pages: its lines' boxes are each page's, so no picture box holds)
        drawn = [(float(i["x0"]), float(i["top"]), float(i["x1"]), float(i["bottom"]))
                 for i in objects.images] if len(halves) == 1 else []  # fmt: skip
        if drawn := [b for b in drawn if min(b[2] - b[0], b[3] - b[1]) >= MIN_PICTURE]:
            pictures[page_no] = drawn
        numbers: list[int | None] = []
        for item in content:
            text = normalize_text(item.text).strip()
            if not text:  # a line of characters that normalize to nothing
                numbers.append(None)
                continue
            lines.append(Line(len(lines) + 1, text, item.text, page_no, item.kind))
            boxes[len(lines)] = item.box
            numbers.append(len(lines))
            if item.turn is not None:
                turns[len(lines)] = item.turn
            # (a table's cell: not a box framing the page, as a slide deck draws each
            # page, its running foot inside, nor a box of one line, a slide's title bar)
            if any(
                not _frames_page(grids[g].bbox, objects) and not _one_line_box(grids[g])
                for g, _ in item.cells
            ):
                in_cells.add(len(lines))
        tables.extend(document_grids(page_no, content, numbers, grids))
        for a, b in itertools.pairwise(content):
            if a.cells and a.cells == b.cells:
                wrapped += 1
                spaced += a.trail
    lines = lone_pictures_dropped(lines, picture_glyphs(lost_numbers(pdf)))
    for no in running_heads(lines, boxes, heights, in_cells) | page_numbers(
        lines, boxes, heights, in_cells
    ):
        lines[no - 1] = lines[no - 1]._replace(kind=LineKind.FURNITURE)
    if not slots:
        raise ReadError("the PDF has no pages (damaged or truncated?); re-export it")
    if not any(ln.is_content for ln in lines):
        if unread and not quality:  # no page could be read at all
            raise ReadError(damaged_reason(unread, len(slots)))
        raise ReadError(no_text_reason(quality, all_drawn))
    problems = [("read.page_tree", tree_problem)] if tree_problem else []
    if unread:
        problems.append(("read.page_unreadable", unread_message(unread, len(slots))))
    if any(q["needs_ocr"] for q in quality):
        problems.append(("read.page_needs_ocr", ocr_message(quality, len(slots), all_drawn)))
    if outlined:
        problems.append(("read.outlined_text", outlined_message(outlined, len(slots))))
    if found := table_pictures(lines, boxes, pictures):
        problems.append(("read.table_picture", table_picture_message(found)))
    return Document(
        name=name,
        lines=lines,
        format="pdf",
        pages=len(slots),
        quality=quality,
        tables=tables,
        boxes=boxes,
        pictures=pictures,
        column_turns=turns,
        problems=problems,
        # (an engine that draws the space of a wrap between words draws it at most of a
        # cell's wraps; one that draws none, Chromium with spaces collapsed, tells nothing)
        wraps_told=wraps == "every" and spaced >= TOLD_SHARE * wrapped,
    )


def picture_glyphs(numbers: dict[tuple[str, int], int]) -> set[str]:
    """The glyphs the document's small pictures were read as
    (:func:`~extract.read.pdf.content.picture_bullets`)."""
    return {lost_glyph(n) for (kind, _), n in numbers.items() if kind == "picture"}


def lone_pictures_dropped(lines: list[Line], glyphs: set[str]) -> list[Line]:
    """The lines without the glyph of a picture that stands before no other line of the
    document (a logo beside the cover's title, an icon used once: a bullet marks several)."""
    uses = Counter(ln.raw[0] for ln in lines if ln.raw[:1] in glyphs)
    out = []
    for ln in lines:
        if ln.raw[:1] in glyphs and uses[ln.raw[0]] == 1:
            raw = ln.raw[1:].lstrip()
            ln = ln._replace(raw=raw, text=normalize_text(raw).strip())
        out.append(ln)
    return out


#: a box this share of the page's width and height, at least, frames the page
PAGE_FRAME = 0.8


def _one_line_box(grid: PageGrid) -> bool:
    """Whether a grid is a box of one cell holding one line (a title bar, a tab)."""
    return (
        grid.n_rows == grid.n_cols == 1 and len(grid.paragraphs[0] if grid.paragraphs else []) <= 1
    )


def _frames_page(box: BBox, objects: PageObjects) -> bool:
    """Whether a table's box frames the whole page (a slide's border, not a table)."""
    x0, top, x1, bottom = box
    return x1 - x0 >= PAGE_FRAME * objects.width and bottom - top >= PAGE_FRAME * objects.height


#: the share of a cell's wrapped lines that end in a drawn space, at least, in a PDF whose
#: wraps are told ("every"); with none drawn, the words the document writes whole tell
TOLD_SHARE = 0.2


def _producer(pdf: Any) -> str:
    """The PDF's Producer, or "" (a damaged info dictionary says nothing)."""
    try:
        value = pdf.metadata.get("Producer", "")
    except Exception:  # pdfminer raises many kinds on a damaged Info dictionary
        return ""
    return value if isinstance(value, str) else ""


def _pages_text(numbers: Sequence[int]) -> str:
    """``3``, ``3, 7`` or ``3-5, 9``: page numbers as runs."""
    runs = consecutive_runs(numbers)
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


def unread_message(unread: Sequence[tuple[int, str]], total: int) -> str:
    """One line naming the pages that could not be read, and the first reason."""
    numbers = [n for n, _ in unread]
    page = "page" if len(numbers) == 1 else "pages"
    return (
        f"{page} {_pages_text(numbers)} of {total} could not be read ({unread[0][1]}); "
        "the text of the PDF is incomplete: repair or re-export it"
    )


def ocr_message(
    quality: Sequence[dict[str, object]], total: int, drawn: Collection[int] = ()
) -> str:
    """One line naming the pages that need OCR (a picture with no text layer, text drawn
    as outlines, or text that cannot be decoded), in a PDF whose other pages were read."""
    why: dict[str, list[int]] = {}
    for q in quality:
        if q["needs_ocr"]:
            garbage = bool(q["cid_runs"] or q["replacement_ratio"])
            reason = (
                "text in private-use glyphs, no Unicode letters" if private_page(q)
                else "text that cannot be decoded" if garbage
                else "text drawn as outlines, no text layer" if q["page"] in drawn
                else "a picture with no text layer"
            )  # fmt: skip
            why.setdefault(reason, []).append(int(str(q["page"])))
    n = sum(len(pages) for pages in why.values())
    if n == 1:
        ((reason, pages),) = why.items()
        return f"page {pages[0]} of {total} needs OCR ({reason}): its text is not read; run OCR"
    parts = ", ".join(f"{_pages_text(pages)} ({reason})" for reason, pages in why.items())
    return f"{n} of {total} pages need OCR, their text not read: {parts}; run OCR on them"


def damaged_reason(unread: Sequence[tuple[int, str]], total: int) -> str:
    """The one-line error of a PDF none of whose pages could be read."""
    which = "its only page could not" if total == 1 else f"none of its {total} pages could"
    return f"the PDF is damaged: {which} be read ({unread[0][1]}); re-export or repair it"


def private_page(q: dict[str, object]) -> bool:
    """A page that needs OCR because its text is mostly private-use glyphs."""
    private, hangul = q.get("private_use_ratio"), q.get("hangul_ratio")
    if not (q["needs_ocr"] and isinstance(private, float) and isinstance(hangul, float)):
        return False
    return private > 0 and private / (private + hangul) > PRIVATE_SHARE


def no_text_reason(quality: Sequence[dict[str, object]], drawn: Collection[int] = ()) -> str:
    """Why a PDF gave no content lines, from its pages' quality records (``drawn``: the
    pages whose text is drawn as outlines)."""
    if any(private_page(q) for q in quality):
        return (
            "the PDF's text is in private-use glyphs (a font whose Unicode map gives no "
            "letters, as some Hancom exports write), so it cannot be read; run OCR first "
            "(e.g. ocrmypdf) and convert the result"
        )
    if any(q["cid_runs"] or q["replacement_ratio"] for q in quality):
        return (
            "the PDF's text cannot be decoded (its fonts have no Unicode map: "
            "(cid:N) glyphs); run OCR first"
        )
    if drawn and all(q["needs_ocr"] for q in quality):
        return (
            "the PDF has no text layer: its text is drawn as outlines (curves); "
            "OCR it first (e.g. ocrmypdf) and convert the result"
        )
    if any(q["needs_ocr"] for q in quality):
        n = len(quality)
        pages = "its only page" if n == 1 else f"any of its {n} pages"
        return (
            "the PDF has no text layer (scanned pages?); run OCR first (e.g. ocrmypdf) "
            f"and convert the result: no text on {pages}"
        )
    return "the PDF has no text on any page"
