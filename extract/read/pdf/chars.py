"""Characters and text-layer quality: glyphs, HWP's double-drawn bold, scans."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from operator import itemgetter
from typing import Any

from pdfplumber.utils.text import dedupe_chars as pdfplumber_dedupe

from extract.read.glyphs import LOST_GLYPH, dingbat_char, drawn_char, is_private_use
from extract.read.pdf.base import (
    CID,
    GARBAGE_SHARE,
    HANGUL,
    PRIVATE_MIN_CHARS,
    PRIVATE_MIN_KINDS,
    PRIVATE_SHARE,
    SCAN_MAX_CHARS,
    SCAN_MIN_COVER,
    Glyph,
    PdfObj,
    glyph_turn,
)

# --- characters and quality ----------------------------------------------------------


#: a glyph box whose bottom is this many sizes off its baseline (above it, or below it
#: by more than any descent) is not where the glyph is drawn: a font's metrics are wrong
#: (a PDF printed again by cairo sets the Latin letters in a Type 3 font whose box stands
#: a whole size above the line, so "(L=9.3km, B=4" left the line of its "차로)")
ASTRAY_BOX = 0.8
#: where such a glyph's box is put instead: its bottom this many sizes under the baseline
DESCENT = 0.2
#: a glyph whose box starts this many sizes off the point it is drawn at is set by a
#: vertical font (Identity-V), whose box stands off its baseline by design
VERTICAL_SHIFT = 0.25


def _off_baseline(char: PdfObj, size: float) -> float:
    """How far (top-down) to move the box of a glyph drawn on a baseline the box is
    astray from (:data:`ASTRAY_BOX`); 0 for every sound glyph."""
    matrix, y0 = char.get("matrix"), char.get("y0")
    if matrix is None or y0 is None or matrix[1] or matrix[2]:
        return 0.0  # (no baseline given, or the text is turned: its box is its own)
    if abs(float(char["x0"]) - float(matrix[4])) > VERTICAL_SHIFT * size:
        return 0.0  # (a font written top to bottom sets its box half a size left of the
        # point it is drawn at, and most of a size over it: that box is where it is drawn)
    drop = float(y0) - float(matrix[5])  # (box bottom over baseline: -descent + rise)
    if abs(drop) < ASTRAY_BOX * size:
        return 0.0
    return drop + DESCENT * size


def to_glyph(char: PdfObj) -> Glyph:
    size = float(char.get("size") or (char["bottom"] - char["top"]) or 1.0)
    shift = _off_baseline(char, size)
    turn = glyph_turn(char.get("matrix"))
    return Glyph(
        text=drawn_char(dingbat_char(str(char["text"]), char.get("fontname"))),
        x0=float(char["x0"]),
        x1=float(char["x1"]),
        top=float(char["top"]) + shift,
        bottom=float(char["bottom"]) + shift,
        size=size,
        upright=bool(char.get("upright", True)),
        slanted=bool(char.get("matrix")) and turn is None,
        turn=turn or 0,
    )


#: what pdfminer reads for glyph 0, a font's .notdef box: drawn where the font lacks a
#: symbol (NanumMyeongjo Bold's ■), never a letter
NOTDEF = "(cid:0)"


def undecoded_as_lost(glyphs: Sequence[Glyph]) -> list[Glyph]:
    """A font's .notdef box ("(cid:0)") read as a glyph whose code was lost: a bullet
    before a line's words, as Hancom's symbols that lost theirs are.  Other undecoded
    glyphs ("(cid:812)", letters of a font with no Unicode map) stay as read; a page of
    them needs OCR (:func:`page_quality`, measured before this)."""
    return [replace(g, text=LOST_GLYPH) if g.text == NOTDEF else g for g in glyphs]


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
    """``page.dedupe_chars().chars`` (:func:`near_twins_removed`), then the copies a
    printer draws further off (:func:`far_twins_removed`)."""
    return far_twins_removed(near_twins_removed(chars))


def near_twins_removed(chars: list[PdfObj]) -> list[PdfObj]:
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


#: a glyph's copy drawn up to this share of its size off it may be its fake bold's twin
#: (a printer's bold drawn 1.1 pt over on a 15 pt title; pdfplumber's reach is 1 pt) ...
FAR_TWIN = 0.15
#: ... and is one when it is off less than this share of its width (letters side by side
#: stand further apart, even set tight: two periods of 11 pt, 2.4 pt wide, typed 1.6 pt
#: apart, "’24.12.." of 관광마이스국 p40) ...
TWIN_WIDTH = 0.25
#: ... or when as many other letters of its line (:data:`TWIN_RUN`) are drawn twice at the
#: same offset (within :data:`TWIN_OFFSET` pt): a title's period, "가.", with its words
TWIN_RUN = 2
TWIN_OFFSET = 0.1


def far_twins_removed(chars: list[PdfObj]) -> list[PdfObj]:
    """``chars`` without the copies a printer's fake bold draws more than pdfplumber's
    1 pt off the glyph (see :data:`FAR_TWIN`); the first drawn of two is kept."""
    order = sorted(range(len(chars)), key=lambda i: (_TWIN_KEY(chars[i]), chars[i]["doctop"]))
    pairs: list[tuple[int, int, float, float]] = []  # (first, copy, dx, dy)
    for n, i in enumerate(order):
        a = chars[i]
        reach = FAR_TWIN * float(a["size"])
        if reach <= 1.0:
            continue
        for j in order[n + 1 :]:
            b = chars[j]
            if _TWIN_KEY(b) != _TWIN_KEY(a) or b["doctop"] - a["doctop"] > reach:
                break
            if abs(b["x0"] - a["x0"]) <= reach:
                first, copy = min(i, j), max(i, j)
                dx = float(chars[copy]["x0"]) - float(chars[first]["x0"])
                dy = float(chars[copy]["doctop"]) - float(chars[first]["doctop"])
                pairs.append((first, copy, dx, dy))
    if not pairs:
        return chars

    def width(i: int) -> float:
        return float(chars[i]["x1"]) - float(chars[i]["x0"])

    sure = [p for p in pairs if max(abs(p[2]), abs(p[3])) <= TWIN_WIDTH * width(p[0])]
    copies = {p[1] for p in sure}
    for first, copy, dx, dy in pairs:
        if copy in copies:
            continue
        line = float(chars[first]["doctop"])
        alike = [
            q for q in sure
            if abs(float(chars[q[0]]["doctop"]) - line) <= 1.0
            and chars[q[0]]["text"] != chars[first]["text"]
            and abs(q[2] - dx) <= TWIN_OFFSET and abs(q[3] - dy) <= TWIN_OFFSET
        ]  # fmt: skip
        if len(alike) >= TWIN_RUN:
            copies.add(copy)
    return [c for i, c in enumerate(chars) if i not in copies]


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
    replacement characters (a font without a Unicode map), or private-use glyphs.
    """
    chars = [g.text for g in glyphs if not g.is_space]
    n = len(chars)
    cid = sum(1 for t in chars if CID.fullmatch(t))
    replacement = sum(t.count("\ufffd") for t in chars)
    hangul = sum(1 for t in chars if HANGUL.match(t))
    privates = [t[0] for t in chars if t and is_private_use(t[0])]
    private = len(privates)
    scanned = (n == 0 and images >= SCAN_MIN_COVER) or (n < SCAN_MAX_CHARS and images >= 0.5)
    garbage = n > 0 and (cid + replacement) / n > GARBAGE_SHARE
    garbage = garbage or (
        private >= PRIVATE_MIN_CHARS
        and len(set(privates)) >= PRIVATE_MIN_KINDS
        and private / (private + hangul) > PRIVATE_SHARE
    )
    return {
        "page": page_no,
        "chars": n,
        "hangul_ratio": round(hangul / n, 4) if n else 0.0,
        "private_use_ratio": round(private / n, 4) if n else 0.0,
        "replacement_ratio": round(replacement / n, 4) if n else 0.0,
        "cid_runs": cid,
        "needs_ocr": bool(scanned or garbage),
    }
