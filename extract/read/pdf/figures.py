"""Pictures that hold a table: a picture right under a line that gives a table's unit
("○ 직급별 인력 현황 (단위 : 명)" over a picture of the table) is a table drawn as a
picture, its figures not in the text layer; the reader says so rather than pass over it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from extract.document import BBox, Line

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
