"""An organisation table that sorts its units by kind in its first column, each kind with
its count ("구 분 | 부 서 | 팀 수 | 주요 기능" over "담당관(3) | 총무담당관", "| 의정담당관",
"| 홍보담당관", "과(2) | 의사과", …, "전문위원실(6) | 의회운영·행정자치·…"): the units of its
column of units are the top's own, no team listed beside them.

:func:`kind_grouped_units` reads such a table into the chart's boxes (no parent: the top's).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from extract.document import Line
from extract.layout.tables import TableCell
from extract.parse.org_boxes import Box
from extract.parse.org_parts import key, unit_word
from extract.parse.org_vocab import STEM_NAMED_KINDS, TOTAL_LABELS, UNIT_WORDS

#: a kind of unit and its count in brackets: "담당관(3)", "과 (2)", "전문위원실(6개)"
_KIND_COUNTED = regex.compile(
    r"^(?P<kind>\p{Hangul}{1,6}+)[(（](?P<n>\d{1,3}+)\s*+(?:개소|개|실)?[)）]$"
)
#: a unit's stem alone, no unit word of its own ("의회운영", "교육")
_STEM = regex.compile(r"\p{Hangul}{2,8}+")
#: what parts the stems a cell lists (the spaces around each stripped apart: a pattern
#: opening with spaces would scan a long run of them again from each of its places)
_STEM_SEPARATORS = regex.compile(r"[·ㆍ,，、]")


def _kind(cell: TableCell) -> tuple[str, int] | None:
    """The kind a cell counts and its count ("담당관(3)" -> ("담당관", 3)); None for
    another cell (a unit's own name, "감사위원회(2)", is no kind)."""
    m = _KIND_COUNTED.match("".join(cell.text.split()))
    if m is None or m["kind"] not in UNIT_WORDS:
        return None
    return m["kind"], int(m["n"])


def _total(cell: TableCell) -> bool:
    """Whether a cell heads the row of the table's total, its count in brackets or not
    ("계", "합 계(8)")."""
    m = _KIND_COUNTED.match("".join(cell.text.split()))
    return (m["kind"] if m is not None else key(cell.text)) in TOTAL_LABELS


def kind_grouped_units(
    body: Sequence[TableCell], division_col: int, lines: Mapping[int, Line]
) -> list[Box] | None:
    """The units of a table's column of units where the column before it sorts them by
    kind, each kind's cell counting the units it is merged down beside, every one of them
    of that kind ("담당관(3)" beside three names ending in 담당관); a kind whose units are
    named by their stems (:data:`~extract.parse.org_vocab.STEM_NAMED_KINDS`, "전문위원실(6)"
    beside "의회운영·행정자치·…") each stem and the kind's word. None where a kind's cell
    counts otherwise than the units beside it, or for a table with no kind's cell (its
    first column then names the units themselves, or groups them under a unit)."""
    kinds = [(c, k) for c in body if c.col < division_col and (k := _kind(c)) is not None]
    labelled = [c for c in body if c.col < division_col and key(c.text)]
    if not kinds or len(kinds) != len([c for c in labelled if not _total(c)]):
        return None
    out: list[Box] = []
    starts = sorted({c.row for c in labelled})
    last = max(c.row + c.row_span for c in body)
    for cell, (kind, count) in sorted(kinds, key=lambda ck: ck[0].row):
        # (its rows, and those under it that leave its cell empty: a text copied out of
        # the table keeps no span)
        end = next((r for r in starts if r > cell.row), last)
        rows = range(cell.row, max(end, cell.row + cell.row_span))
        beside = [c for c in body if c.col == division_col and c.row in rows and key(c.text)]
        names = [key(c.text) for c in beside]
        at = {id(c): [lines[no] for no in c.lines if no in lines] for c in beside}
        if len(names) == count and all(unit_word(n) == kind or (
            unit_word(n) is not None and n.endswith(kind)) for n in names):
            found = [(n, c) for n, c in zip(names, beside, strict=True)]
        elif kind in STEM_NAMED_KINDS and len(beside) == 1:
            stems = [s.strip() for s in _STEM_SEPARATORS.split(beside[0].text) if s.strip()]
            if len(stems) != count or not all(_STEM.fullmatch(s) for s in stems):
                return None
            found = [(s + kind, beside[0]) for s in stems]
        else:
            return None
        for name, c in found:
            src = at[id(c)]
            if not src:
                return None
            own = next((ln for ln in src if name[:2] in key(ln.text)), src[0])
            box = Box(name, "unit", [own], word=kind, row=len(out))
            box.column_rank = "division"
            out.append(box)
    return out if len(out) >= 2 else None
