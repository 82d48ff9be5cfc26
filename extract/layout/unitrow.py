"""A line of units or labels alone under a text table's header, each in brackets under the
column it belongs to ("구  분   사 업 비   비  고" over "(백만원)" under 사 업 비; "(개소)
(백만원)", "(A)  (B)  (B-A)" under theirs), whether or not the table has a column of remarks: the
header row's lower part."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.document import Line
from extract.layout.caption_units import header_unit
from extract.layout.textspans import line_spans
from extract.normalize.vocab import CLOSING_BRACKETS, OPENING_BRACKETS

#: a column's label in brackets, no unit: "(A)", "(B-A)", "(A/B)", "(B÷A×100)"
_LETTERS = regex.compile(r"^[A-Za-z](?:[-+/÷×*]?+[A-Za-z0-9]){0,6}+(?:[×*]100)?+$")


def _unit_word(word: str) -> bool:
    """A unit or a column's letter in brackets alone: "(백만원)", "(명)", "(%)", "(B-A)"."""
    return (
        word[:1] in OPENING_BRACKETS and word[-1:] in CLOSING_BRACKETS
        and (header_unit(word) is not None or _LETTERS.match(word[1:-1]) is not None)
    )  # fmt: skip


def bracket_row(line: Line) -> bool:
    """Whether ``line`` is units or columns' letters alone, each in brackets."""
    spans = line_spans(line)
    return bool(spans) and all(_unit_word(w) for w, _, _ in spans)


def units_under(
    head: Line, n_label: int, names: Sequence[str], under: Line, remark: bool = True
) -> list[str] | None:
    """The header's ``names`` (after its ``n_label`` words of the row label, the remarks'
    last), each with the unit the line ``under`` the header sets under it ("사 업 비
    (백만원)"): the column whose head the unit's middle stands under, else, a unit centred
    between two heads, both ("2025년  2026년" over "(백만원)" between them); None where
    that line is not units alone in brackets, or one stands under the row label or the
    remarks' head (``remark``: the last name is the remarks'; a table without them reads
    its last column's unit too, "사업량  사업비" over "(백만원)" under 사업비)."""
    spans = line_spans(head)
    if not bracket_row(under):
        return None
    placed: list[tuple[int, int]] = []  # (each name's columns)
    at = n_label
    for name in names:
        n = len(name.split())
        if at + n > len(spans):
            return None
        placed.append((spans[at][1], spans[at + n - 1][2]))
        at += n
    label_end = spans[n_label - 1][2] if n_label else 0
    out = list(names)
    for word, a, b in line_spans(under):
        mid = (a + b) / 2
        within = [j for j, (x, y) in enumerate(placed) if x <= mid <= y]
        if not within:  # (between two heads: the columns on either side of it)
            within = next(([j, j + 1] for j in range(len(placed) - 1)
                           if placed[j][1] < mid < placed[j + 1][0]), [])  # fmt: skip
        if not within:
            within = [min(range(len(placed)),
                          key=lambda j: abs((placed[j][0] + placed[j][1]) / 2 - mid))]  # fmt: skip
        if a < label_end or (remark and within[-1] == len(names) - 1):
            return None
        for c in within:
            out[c] = f"{out[c]} {word}"
    return out
