"""Pictures that hold a table: a picture right under a line that gives a table's unit
("○ 직급별 인력 현황 (단위 : 명)" over a picture of the table) is a table drawn as a
picture, its figures not in the text layer; the reader says so rather than pass over it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from extract.document import BBox, Line
from extract.read.pdf.base import Glyph
from extract.read.pdf.sidecaptions import rows_by_bottom

#: a table's unit in brackets ("(단위 : 명)", "(단위: 천원, %)")
_UNIT_CAPTION = regex.compile(r"[(（]\s*+단\s*+위\s*+[:：]")
#: how far (x the line's height) under its caption a picture may start
CAPTION_GAP = 3.0


def table_pictures(
    lines: Sequence[Line], boxes: Mapping[int, BBox], pictures: Mapping[int, Sequence[BBox]]
) -> list[tuple[int, str]]:
    """(page, the caption's text) of each picture right under a line that states a unit:
    a table drawn as a picture."""
    out: list[tuple[int, str]] = []
    # (a picture behind lines of text, a shaded band or a chart's frame, holds them: its
    # figures are read)
    on_page: dict[int, list[BBox]] = {}
    for ln in lines:
        if ln.page is not None and ln.no in boxes and ln.is_content:
            on_page.setdefault(ln.page, []).append(boxes[ln.no])
    for ln in lines:
        box = boxes.get(ln.no)
        if box is None or ln.page is None or not ln.is_content:
            continue
        if not _UNIT_CAPTION.search(ln.text):
            continue
        height = box[3] - box[1]
        for x0, top, x1, bottom in pictures.get(ln.page, ()):
            below = 0 <= top - box[3] <= CAPTION_GAP * max(height, 1.0)
            holds = any(
                x0 <= b[0] and b[2] <= x1 and top <= b[1] and b[3] <= bottom
                for b in on_page.get(ln.page, ())
            )  # fmt: skip
            if below and not holds and min(x1, box[2]) > max(x0, box[0]):
                out.append((ln.page, ln.text.strip()))
                break
    return out


def table_picture_message(found: Sequence[tuple[int, str]]) -> str:
    """One line naming the pictures that hold a table."""
    where = "; ".join(f"page {page} under '{text}'" for page, text in found)
    n = "a picture holds" if len(found) == 1 else f"{len(found)} pictures hold"
    return f"{n} a table with no text layer ({where}): its figures are not read; run OCR"


#: a picture's caption starts at most this many of its sizes under the picture
CAPTION_BELOW = 2.5
#: ... of a picture this many of its sizes across and high at least (a photo, a map)
PHOTO_SIZES = 4.0
#: ... and stands this many sizes apart from the text on its row beside the picture
CAPTION_APART = 2.0


def picture_captions(
    glyphs: Sequence[Glyph], pictures: Sequence[BBox]
) -> tuple[list[Glyph], list[Glyph]]:
    """``glyphs`` without the captions under pictures that stand beside a column of text
    (a card with a photo on its right half, "< 구민체육센터 조감도 >" under it), and those
    captions' glyphs: a caption level with a line of the text beside is no part of that
    line.  A caption is a row of glyphs under a picture, within its width, level with
    text under no picture that stands apart from it, none across the picture's edge."""
    ink = [g for g in glyphs if not g.is_space]
    pictures = _tiles_joined(pictures)
    under: dict[int, list[Glyph]] = {}
    for k, (x0, top, x1, bottom) in enumerate(pictures):
        for g in ink:
            # (a caption centred under its picture may overhang it a little; an icon set
            # in a line, a few sizes across, has none)
            if (
                min(x1 - x0, bottom - top) >= PHOTO_SIZES * g.size
                and bottom - 1.0 <= g.top <= bottom + CAPTION_BELOW * g.size
                and x0 - g.size <= g.cx <= x1 + g.size
            ):
                under.setdefault(k, []).append(g)
    captions = {id(g) for found in under.values() for g in found}
    ids: set[int] = set()
    for k, found in under.items():
        x0, _, x1, _ = pictures[k]
        for row in rows_by_bottom(found):
            top, low = min(g.top for g in row), max(g.bottom for g in row)
            left, right = min(g.x0 for g in row), max(g.x1 for g in row)
            gap = CAPTION_APART * max(g.size for g in row)
            level = [g for g in ink if top <= g.cy <= low and id(g) not in captions]
            if level and all(
                (left - g.x1 >= gap or g.x0 - right >= gap) and not g.x0 < x0 < g.x1
                and not g.x0 < x1 < g.x1
                for g in level
            ):  # fmt: skip
                ids |= {id(g) for g in glyphs if top <= g.cy <= low and left <= g.cx <= right}
    taken = [g for g in glyphs if id(g) in ids]
    return [g for g in glyphs if id(g) not in ids], taken


def _tiles_joined(boxes: Sequence[BBox]) -> list[BBox]:
    """Pictures that touch joined into one (a photo drawn as strips of one image)."""
    out: list[BBox] = []
    for box in sorted(boxes, key=lambda b: (b[1], b[0])):
        for k, (x0, top, x1, bottom) in enumerate(out):
            a, b, c, d = box
            if a <= x1 + 1.0 and x0 <= c + 1.0 and b <= bottom + 1.0 and top <= d + 1.0:
                out[k] = (min(x0, a), min(top, b), max(x1, c), max(bottom, d))
                break
        else:
            out.append(box)
    return out
