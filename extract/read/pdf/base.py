"""Types and settings the PDF reader's stages share: glyphs, lines, boxes."""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import regex

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
#: this many chains side by side on the same rows, outside any ruled cell, are lines set
#: justified and letter-spaced ("대   중   교   통" over "친   화   도   시"), not words
PARALLEL_CHAINS = 3
#: ... each at most this many sizes from the next (centre to centre)
PARALLEL_SPACING = 3.5
#: the top and bottom of a page where page numbers live
MARGIN_FRACTION = 0.12
#: a page is unreadable when this share of its characters are (cid:N) or U+FFFD
GARBAGE_SHARE = 0.3
#: a page is unreadable when more than this share of its letters (Hangul and private-use
#: glyphs) are private-use glyphs (a font whose Unicode map gives Hancom's private codes,
#: not the letters), and at least PRIVATE_MIN_CHARS of them (a page of text; the corpus's
#: pages hold at most 10% of their characters so: bullets and circled numbers); fewer are
#: a divider's marks
PRIVATE_SHARE = 0.5
PRIVATE_MIN_CHARS = 20
#: ... and of this many kinds at least: a text's letters are many, while marks drawn in a
#: symbol font mapped to private codes (a schedule's ● in each month's cell) are a few kinds
PRIVATE_MIN_KINDS = 10
#: a page with fewer characters than this under images covering half of it is a scan
SCAN_MAX_CHARS = 20
#: a page with no text under images covering this share of it is a scan (a logo alone on
#: a back cover, 3-12% of the page, is no content to read)
SCAN_MIN_COVER = 0.25

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
    #: turned off level and off upright alike (a watermark set across the page)
    slanted: bool = False
    #: how far (degrees clockwise) the page must turn for the glyph to stand upright
    #: (:func:`glyph_turn`): 90 for text that rises (LibreOffice's cell written bt-lr),
    #: 270 for text that falls; 0 for upright or slanted glyphs
    turn: int = 0

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
    #: the line ends in a drawn space
    trail: bool = False
    #: (run, place) where the line is a stretch of a row set in side-by-side columns
    #: (:mod:`extract.read.pdf.columns`): its run of rows and its item's place in the
    #: run's reading order; else None
    column: tuple[int, int] | None = None


#: how an engine draws the space where it wraps a line between two words: at every such
#: wrap ("every"), or only where the space fits on a line set left ("fitting": Writer
#: leaves it off a centred line and off a line it would overhang)
WrapSpace = Literal["every", "fitting"]
#: the engines (a PDF's Producer starts with one) whose wraps say whether they fell
#: between two words, by the space they draw (a wrapped line that ends in none where one
#: would be drawn was wrapped inside a word); Hancom draws it not on every justified line
WRAP_SPACE_PRODUCERS: dict[str, WrapSpace] = {"Skia/PDF": "every", "LibreOffice": "fitting"}
#: the width of a space, in the height of its line, at least: a space that would fit in
#: less room is not drawn ("fitting"); Writer's fonts set it at 0.25-0.3
SPACE_EM = 0.3


def wrap_space(producer: str) -> WrapSpace | None:
    """How the engine that made a PDF draws the space of a wrap (None: it does not say)."""
    return next((w for p, w in WRAP_SPACE_PRODUCERS.items() if producer.startswith(p)), None)


def rule_edge(orient: str, pos: float, start: float, end: float) -> PdfObj:
    """A ruling line as pdfplumber gives an edge: horizontal at ``pos`` from ``start`` to
    ``end``, or vertical."""
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


def free_stretches(
    lo: float, hi: float, covered: Iterable[tuple[float, float]]
) -> list[tuple[float, float]]:
    """The stretches of ``lo`` .. ``hi`` that none of the ``covered`` (x0, x1) covers.

    >>> free_stretches(0, 10, [(2, 3), (5, 6)])
    [(0, 2), (3, 5), (6, 10)]
    """
    out = [(lo, hi)]
    for a, b in covered:
        out = [
            piece for x0, x1 in out
            for piece in ((x0, min(x1, a)), (max(x0, b), x1)) if piece[1] > piece[0]
        ]  # fmt: skip
    return out


#: how near (sine of the angle) a glyph's baseline must be to a quarter turn to be turned
#: that far, not slanted
SQUARE_TURN = 0.05


def glyph_turn(matrix: Sequence[float] | None) -> int | None:
    """Degrees clockwise a page must turn for a glyph drawn with ``matrix`` (pdfminer's
    a, b, c, d, e, f) to stand upright: 0, 90, 180 or 270; None for a slanted glyph (or
    none given).  A sheared glyph, a font's slant faked, stands upright.

    >>> glyph_turn((1, 0, 0, 1, 0, 0)), glyph_turn((0, 1, -1, 0, 0, 0))
    (0, 90)
    >>> glyph_turn((0, -1, 1, 0, 0, 0)), glyph_turn((0.8, 0.6, -0.6, 0.8, 0, 0)) is None
    (270, True)
    """
    if not matrix:
        return None
    a, b = float(matrix[0]), float(matrix[1])
    size = math.hypot(a, b)
    if not size:
        return None
    if abs(b) <= SQUARE_TURN * size:
        return 0 if a > 0 else 180
    if abs(a) <= SQUARE_TURN * size:
        return 90 if b > 0 else 270
    return None


#: a bullet drawn rather than set as a character (an empty ruled box, a small picture):
#: about the size of a letter either way, about as wide as high
BULLET_SIZE = (4.0, 18.0)
BULLET_ASPECT = (0.6, 1.6)


def bullet_sized(x0: float, top: float, x1: float, bottom: float) -> bool:
    """Whether a box is of a bullet's size and shape (:data:`BULLET_SIZE`)."""
    (lo, hi), (a, b) = BULLET_SIZE, BULLET_ASPECT
    w, h = x1 - x0, bottom - top
    return lo <= w <= hi and lo <= h <= hi and a <= w / h <= b
