"""Which way ▲ points in one report.

△ (and ▽, ▼) before a figure is a decrease in every report of the genre; ▲ is a
decrease in some and an increase in others, so :data:`NEGATIVE_MARKS` leaves it out and
each report is asked instead, by its own arithmetic:

* a report that marks decreases with ▼ (or ▽ set on its figure, "▽9,725") marks
  increases with ▲;
* else the rows of two figures and their difference marked ▲ ("1,500 1,200 ▲300")
  say it: ▲ is a decrease where the earlier year's figure is the larger in all of them,
  an increase where it is the smaller in all; the earlier year's is the first, unless
  the header right over the rows names the later year first ("구 분 2026년 예산 2025년
  예산 증 감").  (Rows with no mark do not tell: "6 1 5" is as often a total and its parts as
  a change.)

Where ▲ is a decrease it reads as △ (the line's ``text``; its ``raw`` keeps ▲), so every
parser reads it as negative; where it is an increase, as no mark.  A report whose
arithmetic says neither, or both, is left as it is.

>>> triangle_sign(["계 5,000 4,200 ▲800 ▲16.0%", "A과 300 290 ▲10"])
-1
>>> triangle_sign(["계 4,200 5,000 ▲800", "A과 6 1 5"]), triangle_sign(["▲3 ▼2"])
(1, 1)
>>> triangle_sign(["구 분 2026년 2025년 증감", "계 5,000 4,200 ▲800"])
1
>>> triangle_sign(["▲ 청년 일자리 1,000개"]) is None
True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation

import regex

from extract.document import Document, Grid

#: the mark whose direction a report decides
TRIANGLE = "▲"
#: the mark that, in a report that uses it, is the decrease beside ▲
DOWN = "▼"
#: the mark ▲ reads as where it is a decrease
MINUS = "△"

_FIG = r"\d{1,3}(?:,\d{3})++(?:\.\d++)?+|\d++(?:\.\d++)?+"
#: two figures and a third that may be their difference, with its mark
_ROW = regex.compile(
    rf"(?<![\d,.])(?P<a>{_FIG})\s++(?P<b>{_FIG})\s++(?P<mark>[▲△▽▼\-−]?+)\s*+(?P<c>{_FIG})(?![\d,.])"
)
#: ▲ before a figure
_MARKED = regex.compile(TRIANGLE + r"(?=\s*+\d)")
_DOWN = regex.compile(DOWN + r"\s*+\d|▽\d[\d,.]*+(?![\d,.\p{Hangul}])")
#: a year a header names ("2026년", "2025 예산", "’25년")
_YEAR = regex.compile(r"(?<![\d,.])(?:(?P<full>(?:19|20)\d{2})|[’‘'](?P<short>\d{2}))(?![\d,])")
_DIGIT = regex.compile(r"\d")
#: a line that opens with a bullet or a mark, no header
_BULLET = regex.compile(r"^\s*+[^\p{L}\d\s’‘']")


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def triangle_sign(texts: Iterable[str]) -> int | None:
    """-1 where the report's ▲ is a decrease, +1 where an increase, None where its text
    does not say (see the module docstring)."""
    texts = list(texts)
    if not any(TRIANGLE in t for t in texts):
        return None
    if any(_DOWN.search(t) for t in texts):
        return 1
    ways: set[int] = set()  # the direction (b - a) of each ▲ row
    order = 1  # (the earlier year first, unless the header right over the rows says not)
    for t in texts:
        years = _years(t)
        rows = list(_ROW.finditer(t))
        if _header(t, years):
            order = 1 if years[0] < years[1] else -1
        elif not rows:
            order = 1  # (the rows under the header end)
        for m in rows:
            if m["mark"] != TRIANGLE:
                continue
            a, b, c = (_number(m[k]) for k in "abc")
            if a is None or b is None or c is None or c == 0 or abs(b - a) != c:
                continue
            ways.add(order if b > a else -order)
    return ways.pop() if len(ways) == 1 else None


def _header(text: str, years: Sequence[int]) -> bool:
    """A table's header that names two years: its years and words only, no figure nor a
    bullet ("구 분 2026년 예산 2025년 예산 증 감"; not "□ 2026년 … (2025년 본예산 대비)")."""
    return (
        len(years) >= 2 and years[0] != years[1] and not _DIGIT.search(_YEAR.sub("", text))
        and not _BULLET.match(text)
    )  # fmt: skip


def _years(text: str) -> list[int]:
    """The years a line names, in order."""
    return [
        int(m["full"]) if m["full"] else 2000 + int(m["short"]) for m in _YEAR.finditer(text)
    ]


def resolve_triangles(doc: Document) -> Document:
    """``doc`` with each ▲ before a figure read as the report means it (the lines' text,
    and its grids' cells in place; raw text keeps ▲)."""
    sign = triangle_sign(ln.text for ln in doc.lines)
    if sign is None:
        return doc
    mark = MINUS if sign < 0 else ""
    lines = [
        ln._replace(text=_MARKED.sub(mark, ln.text)) if TRIANGLE in ln.text else ln
        for ln in doc.lines
    ]
    _resolve_grids(doc.tables, mark)
    return replace(doc, lines=lines, _by_no={})


def _resolve_grids(grids: Sequence[Grid], mark: str) -> None:
    for grid in grids:
        for cell in grid.cells:
            if any(TRIANGLE in p for p in cell.paragraphs):
                cell.paragraphs = tuple(_MARKED.sub(mark, p) for p in cell.paragraphs)
            _resolve_grids(cell.tables, mark)
