"""A line of units alone under a text table's header, each in brackets under the column it
is the unit of ("구  분   사 업 비   비  고" over "(백만원)" under 사 업 비), where the
table has a column of remarks (a table without one reads it as a second header row)."""

from __future__ import annotations

from collections.abc import Sequence

from extract.document import Line
from extract.layout.caption_units import header_unit
from extract.layout.textspans import line_spans
from extract.normalize.vocab import CLOSING_BRACKETS, OPENING_BRACKETS


def _unit_word(word: str) -> bool:
    """A unit in brackets alone: "(백만원)", "(명)", "(%)"."""
    return (
        word[:1] in OPENING_BRACKETS and word[-1:] in CLOSING_BRACKETS
        and header_unit(word) is not None
    )  # fmt: skip


def units_under(head: Line, n_label: int, names: Sequence[str], under: Line) -> list[str] | None:
    """The header's ``names`` (after its ``n_label`` words of the row label, the remarks'
    last), each with the unit the line ``under`` the header sets under it, nearest its
    middle ("사 업 비 (백만원)"); None where that line is not units alone in brackets, or
    one stands under the row label or the remarks' head."""
    spans, units = line_spans(head), line_spans(under)
    if not units or not all(_unit_word(w) for w, _, _ in units):
        return None
    placed: list[float] = []  # (each name's middle)
    at = n_label
    for name in names:
        n = len(name.split())
        if at + n > len(spans):
            return None
        placed.append((spans[at][1] + spans[at + n - 1][2]) / 2)
        at += n
    label_end = spans[n_label - 1][2] if n_label else 0
    out = list(names)
    for word, a, b in units:
        c = min(range(len(placed)), key=lambda j: abs(placed[j] - (a + b) / 2))
        if a < label_end or c == len(names) - 1:
            return None
        out[c] = f"{out[c]} {word}"
    return out
