"""Where the words of a text export's line stand: its columns, a Hangul letter two wide.

A layout export (``pdftotext -layout``, a text file saved from a word processor) sets a
table's columns apart with runs of spaces; these spans are what the text readers of
tables (:mod:`extract.layout.textgrid`, :mod:`extract.layout.gapgrid`) and of findings
and schedules line words up by.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.document import Line
from extract.normalize.spacing import display_width, word_spans

#: a Hangul letter alone: one of a letter-spaced word's
SINGLE_LETTER = re.compile(r"^[가-힣]$")

#: the spaces, at least, between two value columns of a text whose rows line up
COLUMN_GAP = 2


def column_spans(text: str) -> list[tuple[str, int, int]]:
    """:func:`word_spans` in the columns a text export lines its rows up by (a Hangul
    letter two wide: "증    감" stands over "748,130", whatever the labels before it)."""
    out: list[tuple[str, int, int]] = []
    at, col = 0, 0
    for word, a, b in word_spans(text):
        col += display_width(text[at:a])
        start = col
        col += display_width(text[a:b])
        out.append((word, start, col))
        at = b
    return out


def line_spans(ln: Line) -> list[tuple[str, int, int]]:
    """:func:`column_spans` of a line where the file sets it: the columns of its text as
    the file has it (a full-width "（" or "ㆍ", two wide, is read as a narrow "(" or "·"),
    the words as read."""
    read, raw = column_spans(ln.text), column_spans(ln.raw)
    if len(read) != len(raw):
        return read
    return [(w, a, b) for (w, _, _), (_, a, b) in zip(read, raw, strict=True)]


def phrases(spans: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Words one column apart joined into one: the phrases of a header line."""
    out: list[tuple[str, int, int]] = []
    for word, a, b in spans:
        if out and a - out[-1][2] < COLUMN_GAP:
            w, a0, _ = out[-1]
            out[-1] = (f"{w} {word}", a0, b)
        else:
            out.append((word, a, b))
    return out
