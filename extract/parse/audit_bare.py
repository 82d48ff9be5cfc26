"""An audit summary table with no row header: its columns the total and the statuses,
`계 | 처리완료 | 추진중`, over one row of counts alone, `3 | 2 | 1` (a web page's or a
spreadsheet's small table, no `구 분` before its columns nor `건 수` before its figures)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from extract.document import Line
from extract.layout.captions import is_caption
from extract.parse.table import match_words
from extract.parse.text import tokens

#: how far into the section the table is looked for (its caption, `(단위 : 건)`, and a
#: headline may stand before it)
BARE_SUMMARY_LINES = 6
#: the counting word a count may close with ("3건 | 2건 | 1건")
FINDING_COUNT_WORD = "건"


def _count(text: str) -> int | None:
    """A count of findings as printed ("12", "1,024", "3건"); None for another text."""
    digits = text.removesuffix(FINDING_COUNT_WORD).replace(",", "")
    return int(digits) if digits.isdigit() and digits.isascii() else None


def bare_summary(
    lines: Sequence[Line], columns: Mapping[str, str]
) -> tuple[dict[str, int], Line, Line] | None:
    """The counts by column kind (``columns``: a header word -> `total` or a status) of a
    header line made of those words alone, a total's among them and a status's, right over
    a line of as many counts and nothing else; with the two lines. None where the section
    opens with no such table."""
    for i, ln in enumerate(lines[:BARE_SUMMARY_LINES]):
        if is_caption(ln) or i + 1 >= len(lines):
            continue
        words = match_words(tokens([ln]), dict(columns))
        kinds = [columns.get(w) for w, _ in words]
        if None in kinds or "total" not in kinds or set(kinds) == {"total"}:
            continue
        if len(set(kinds)) != len(kinds):
            continue
        figures = tokens([lines[i + 1]])
        whole = all(t.is_nil or _count(t.text) is not None for t in figures)
        if len(figures) != len(kinds) or not whole:
            return None
        counts = {
            str(k): 0 if t.is_nil else (_count(t.text) or 0)
            for k, t in zip(kinds, figures, strict=True)
        }
        return counts, ln, lines[i + 1]
    return None
