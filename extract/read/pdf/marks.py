"""Footnotes' marks a PDF sets small and raised right after a word ("기후에너지과1)"):
written as superscripts ("기후에너지과¹⁾"), so the text's reader leaves them out of the
line's text and its raw keeps them (:func:`extract.read.glyphs.normalize_text`,
:mod:`extract.layout.footnotes`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.read.glyphs import NOTE_MARK, SUPERSCRIPTS
from extract.read.pdf.base import Glyph

#: at most this share of the size of the line it follows, a run is set small (a
#: superscript's, :mod:`extract.read.pdf.lines`, a mark's)
SUPERSCRIPT_SIZE = 0.85
#: how far (x the line's size) off the baseline a superscript is raised, at least
SUPERSCRIPT_RISE = 0.2

#: a footnote's mark: its number and the bracket that closes it ("1)"), written as
#: superscripts where it is set small and raised right after a word ("기후에너지과¹⁾"):
#: no letters of the word, nor a list's number (the text's reader drops it, the line's
#: raw keeps it: :func:`extract.read.glyphs.normalize_text`)
_MARK = NOTE_MARK


def as_mark(run: Sequence[Glyph], before: Glyph | None) -> list[Glyph] | None:
    """``run`` written as a footnote's mark where it is one ("1)" set small and raised,
    close after a letter, a bracket or a unit: "쉼터1)", "(입찰7)", "600톤/일6)"); else
    None."""
    ink = [g for g in run if not g.is_space]
    if not ink or before is None or before.is_space or before.text.isdigit():
        return None
    if not _MARK.fullmatch("".join(g.text for g in ink)):
        return None
    size, bottom = max(g.size for g in ink), max(g.bottom for g in ink)
    small = size <= SUPERSCRIPT_SIZE * before.size
    raised = before.bottom - bottom >= SUPERSCRIPT_RISE * before.size
    close = -0.5 * before.size <= ink[0].x0 - before.x1 <= 0.5 * before.size
    if not (small and raised and close):
        return None
    return [replace(g, text=g.text.translate(SUPERSCRIPTS)) for g in ink]


def marks_in_row(row: list[Glyph]) -> list[Glyph]:
    """``row`` with each footnote mark set on its baseline's row written so (see
    :func:`as_mark`)."""
    out = list(row)
    i = 1
    while i < len(out):
        if not out[i].text.isdigit() or out[i - 1].text.isdigit():
            i += 1
            continue
        j = i
        while j < len(out) and out[j].text.isdigit():
            j += 1
        mark = as_mark(out[i : j + 1], out[i - 1]) if j < len(out) else None
        if mark is not None:
            out[i : j + 1] = mark
        i = j + 1
    return out
