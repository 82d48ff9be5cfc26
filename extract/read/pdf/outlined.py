"""Text drawn as outlines: lines of a page whose letters are filled curves, no characters.

A heading set in a font converted to paths (a designer's title, ``gs -dNoOutputFonts``,
a page printed again through SVG) is ink without a text layer: bogoseo cannot read it
(it does no OCR), so the reader names the page instead of losing the words silently.

A row of such letters is told from a drawing's parts by what letters are: filled paths
of a letter's size (a dotted leader's dots, a rounded box's corner slivers and a chart's
markers are smaller, or all one shape), several side by side on one line, of several
shapes, with no character of the text layer among them. A chart's parts are not letters
either: a row of bars (rounded or 3D columns, each a simple closed shape) stands on one
baseline, all of one width, however their heights vary; a row of markers of several sizes
is of circles, each as wide as it is tall. A line's letters differ in width, and most are
not square.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from extract.read.pdf.base import PdfObj

#: (x0, top, x1, bottom)
Box4 = tuple[float, float, float, float]

#: a letter's outline stands this tall at least, and no bigger than this either way (pt)
LETTER_MIN_HEIGHT = 3.0
LETTER_MIN_WIDTH = 0.5
LETTER_MAX = 40.0
#: a row of outlines is a line of text when it has this many letters, at least ...
ROW_MIN_LETTERS = 6
#: ... of this many sizes (rounded to the point): a line's letters differ, dots do not;
#: set close, most gaps between neighbours no wider than the row is tall (a row of icons
#: stands further apart)
ROW_MIN_SHAPES = 3
#: a chart's columns are of one width, to this much (pt); a circle is as wide as it is tall
SAME_WIDTH = 0.5
ROUND = 0.5


def letter_outline(box: Box4) -> bool:
    """Whether a filled path's box is of a letter's size."""
    x0, top, x1, bottom = box
    w, h = x1 - x0, bottom - top
    return LETTER_MIN_WIDTH <= w <= LETTER_MAX and LETTER_MIN_HEIGHT <= h <= LETTER_MAX


def outlined_rows(outlines: Sequence[Box4], chars: Sequence[PdfObj]) -> list[Box4]:
    """The boxes of the rows of letters drawn as outlines on a page, top down.

    ``outlines`` are the boxes of the page's filled paths that are neither rectangles
    nor rules; a row is the run of letter-sized ones whose heights overlap.
    """
    rows: list[tuple[list[float], list[Box4]]] = []
    for box in sorted((b for b in outlines if letter_outline(b)), key=lambda b: b[1]):
        for band, members in rows:
            if box[1] < band[1] and box[3] > band[0]:
                band[0], band[1] = min(band[0], box[1]), max(band[1], box[3])
                members.append(box)
                break
        else:
            rows.append(([box[1], box[3]], [box]))
    found = []
    for (top, bottom), members in rows:
        shapes = {(round(b[2] - b[0]), round(b[3] - b[1])) for b in members}
        if len(members) < ROW_MIN_LETTERS or len(shapes) < ROW_MIN_SHAPES:
            continue
        if not _set_close(members, bottom - top) or _chart_parts(members):
            continue
        x0, x1 = min(b[0] for b in members), max(b[2] for b in members)
        if any(
            str(c["text"]).strip()
            and float(c["top"]) < bottom and float(c["bottom"]) > top
            and float(c["x0"]) < x1 and float(c["x1"]) > x0
            for c in chars
        ):  # fmt: skip
            continue  # (text there: a drawing behind words, or the words' own effects)
        found.append((x0, top, x1, bottom))
    return found


def _chart_parts(members: Sequence[Box4]) -> bool:
    """Whether a row's shapes are a chart's: columns all of one width (bars, however tall),
    or circles all (markers of several sizes)."""
    widths = [b[2] - b[0] for b in members]
    if max(widths) - min(widths) <= SAME_WIDTH:
        return True
    return all(abs((b[2] - b[0]) - (b[3] - b[1])) <= ROUND for b in members)


def _set_close(members: Sequence[Box4], height: float) -> bool:
    """Whether a row's shapes stand as a line's letters do: most gaps between neighbours
    (left to right) no wider than the row is tall."""
    ordered = sorted(members)
    gaps = sorted(b[0] - a[2] for a, b in itertools.pairwise(ordered))
    return gaps[len(gaps) // 2] <= height


#: a page with fewer characters than this (a stamped page number) and this many rows of
#: outlined letters is a page drawn as outlines: it needs OCR as a scan does
PAGE_MAX_CHARS = 20
PAGE_MIN_ROWS = 2


def drawn_page(chars: int, rows: Sequence[Box4]) -> bool:
    """Whether a page of ``chars`` characters and these outlined rows is all drawn."""
    return chars < PAGE_MAX_CHARS and len(rows) >= PAGE_MIN_ROWS


def outlined_message(rows: dict[int, int], total: int) -> str:
    """One line naming the pages, read otherwise, with lines of text drawn as outlines."""
    parts = ", ".join(f"{page} ({n} line{'s' if n > 1 else ''})" for page, n in rows.items())
    where = "page" if len(rows) == 1 else "pages"
    return (
        f"text drawn as outlines (curves, no text layer) on {where} {parts} of {total}: "
        "those lines are not read (headings among them?); OCR is not supported"
    )
