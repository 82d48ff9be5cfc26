"""Figures an OCR'd text set a stray space inside: "1, 320,000천원", "5,230, 800" (a space
after a thousands comma) and "14 .7" (before a decimal point).  Read whole, so that every
stage (card facts, prose, a text table's rows) reads the one figure.

Only where the figure is one by its grouping: each part after a comma exactly three digits,
the part before the first comma one to three, and a comma besides the torn one; a list
("1, 2, 3", "3, 5개", "10, 100, 500석") is no figure, nor a pair that may be two numbers
("850, 790백만원", "’26. 4. 15, 300명", "125, 118명").  The space moves before the figure,
so that a text table's columns stay where they stood (a right-aligned figure ends where it
ended); the line's raw keeps it.

>>> figures_whole("o 사 업 비 : 1, 320,000천원 (도 396,000, 군 924,000)")
'o 사 업 비 :  1,320,000천원 (도 396,000, 군 924,000)'
>>> figures_whole("산림보호팀       5,230, 800        4,980,400")
'산림보호팀        5,230,800        4,980,400'
>>> figures_whole("6, 105,020   783,470       14 .7"), figures_whole("연 1, 800톤 증대")
(' 6,105,020   783,470        14.7', '연 1, 800톤 증대')
>>> figures_whole("예산 : 850, 790백만원"), figures_whole("(’21.~’26, 273,000백만원)")
('예산 : 850, 790백만원', '(’21.~’26, 273,000백만원)')
>>> [figures_whole(t) for t in ("1, 2, 3", "3, 5개", "10, 100, 500석", "2025, 2026년")]
['1, 2, 3', '3, 5개', '10, 100, 500석', '2025, 2026년']
>>> figures_whole("’26. 3 .27."), figures_whole("제1, 200호")
('’26. 3 .27.', '제1, 200호')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from extract.document import Document, Grid

# The quantifiers are possessive (a group of digits is followed by no digit), and a match
# starts only where a figure starts: a search is linear on long runs.
#: a figure with a space torn into it after a thousands comma: its head (one to three
#: digits), then groups of exactly three digits, one of them after the space; not a
#: list's item ("3, 10, 100"), nor one a list goes on after ("10, 100, 500석"), nor a
#: numbered name's ("제1, 200호"), nor a year's ("’21.~’26, 273,000백만원")
_TORN_GROUPS = regex.compile(
    r"(?<![\d.,제’‘'`~])(?<!\d, )\d{1,3}+(?:,\d{3}+(?!\d))*+"
    r", \d{3}+(?!\d)(?:,\d{3}+(?!\d))*+(?!, \d)"
)
#: a decimal with a space torn before its point ("14 .7"; not a date's "3 .27.")
_TORN_DECIMAL = regex.compile(r"(?<![\d.,])\d{1,3}+(?:,\d{3}+)*+ \.\d++(?![\d.])")

#: where a figure may be torn at all: a space between a digit and a comma's or a point's
_TORN_HINT = regex.compile(r"\d, \d|\d \.\d")


def _whole_groups(m: regex.Match[str]) -> str:
    if m[0].count(",") < 2:
        return str(m[0])  # (a pair, "850, 790", "15, 300명", may as well be two numbers)
    return _whole(m)


def _whole(m: regex.Match[str]) -> str:
    torn: str = m[0]
    tight = torn.replace(" ", "")
    return " " * (len(torn) - len(tight)) + tight


def figures_whole(text: str) -> str:
    """``text`` with each figure a stray space tore read whole, the space moved before it."""
    if _TORN_HINT.search(text) is None:
        return text  # (no space a figure can be torn at: most lines, read fast)
    whole: str = _TORN_DECIMAL.sub(_whole, _TORN_GROUPS.sub(_whole_groups, text))
    return whole


def split_figures_whole(doc: Document) -> Document:
    """``doc`` with its lines' and its grids' cells' torn figures read whole
    (:func:`figures_whole`; a line's raw keeps them as printed; cells in place, as
    :func:`~extract.normalize.hanja.hanja_as_hangul` reads them)."""
    wholes = [figures_whole(ln.text) for ln in doc.lines]
    torn = any(w != ln.text for w, ln in zip(wholes, doc.lines, strict=True))
    if not _grids_whole(doc.tables) and not torn:
        return doc
    lines = [ln._replace(text=w) for w, ln in zip(wholes, doc.lines, strict=True)]
    return replace(doc, lines=lines, _by_no={})


def _grids_whole(grids: Sequence[Grid]) -> bool:
    """Read the cells' torn figures whole; whether any was."""
    torn = False
    for grid in grids:
        for cell in grid.cells:
            whole = tuple(figures_whole(p) for p in cell.paragraphs)
            if whole != cell.paragraphs:
                cell.paragraphs, torn = whole, True
            torn = _grids_whole(cell.tables) or torn
    return torn
