"""The note by a staff table that says what the figure in a cell's brackets is ("※ ( )는
현원" under cells of "60(58)" that no label names: 정원 60, 현원 58)."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.document import Line
from extract.layout import Table
from extract.parse.org_vocab import CHART_COUNT_LABELS, NOTE_PART_WORDS, StaffField
from extract.parse.text import squash


def _spaced(word: str) -> str:
    """A word's letters, set apart by a space or two or not ("현 원")."""
    return r"\s{0,2}+".join(regex.escape(ch) for ch in word)


_WORDS = "|".join(_spaced(w) for w in CHART_COUNT_LABELS)
#: "( )는 현원", "(  )안은 정원", "( ) : 현원", "괄호는 현원", "( )내 현원", "( )는 현 원"
_BRACKET_NOTE = regex.compile(
    r"(?:\(\s{0,8}+\)|（\s{0,8}+）|괄호)\s{0,4}+(?:안은|안|내는|내|는|은|:|：)?\s{0,4}+"
    r"(?P<word>" + _WORDS + r")"
    # (the figure itself, not a part of it: "( )는 현원 중 휴직자")
    r"(?!\s{0,4}+(?:" + "|".join(NOTE_PART_WORDS) + r"))"
)
#: the two figures named as a cell sets them, "※ 정원(현원)", "(단위 : 명, 정원(현원))":
#: a note of its own or the last item of a caption, nothing after it
_PAIR_NOTE = regex.compile(
    r"(?:^|[※*,，:：(（]|\s)\s{0,4}+(?P<outer>" + _WORDS + r")\s{0,4}+[(（]\s{0,4}+(?P<word>"
    + _WORDS + r")\s{0,4}+[)）]\s{0,4}+[)）]?\s{0,4}+$"
)
#: how far a note may stand from the table it is of, in lines (a caption line or the note
#: line right under the table)
NOTE_REACH = 3


def bracket_pair(texts: Sequence[str]) -> tuple[StaffField, StaffField] | None:
    """The two figures a cell of "60(58)" gives, the one outside the brackets first, where
    a note says what the bracket's is (and says one only).

    >>> bracket_pair(["※ ( )는 현원"]), bracket_pair(["(단위 : 명, ( )는 정원)"])
    (('authorized', 'current'), ('current', 'authorized'))
    >>> bracket_pair(["※ 정원 외 2명"]), bracket_pair(["※ ( )는 현원 중 휴직자"])
    (None, None)
    >>> bracket_pair(["※ 정원(현원)"]), bracket_pair(["(단위 : 명, 현원(정원))"])
    (('authorized', 'current'), ('current', 'authorized'))
    >>> bracket_pair(["※ ( )는 현 원"]), bracket_pair(["※ 정원(현원) 변동 없음"])
    (('authorized', 'current'), None)
    """
    found = {
        CHART_COUNT_LABELS[squash(m["word"])]
        for t in texts for pattern in (_BRACKET_NOTE, _PAIR_NOTE) for m in pattern.finditer(t)
        # (not a figure named twice: "정원(정원)")
        if pattern is _BRACKET_NOTE or squash(m["outer"]) != squash(m["word"])
    }  # fmt: skip
    if len(found) != 1:
        return None
    inner = found.pop()
    outer: StaffField = "authorized" if inner == "current" else "current"
    return outer, inner


def table_bracket(table: Table, lines: Sequence[Line]) -> tuple[StaffField, StaffField] | None:
    """:func:`bracket_pair` of a table's caption and the lines of its part (``lines``) just
    over or under it, outside every table."""
    if not table.lines:
        return None
    first, last = table.lines[0], table.lines[-1]
    near = [
        ln.text for ln in lines
        if ln.no not in table.lines
        and (first - NOTE_REACH <= ln.no < first or last < ln.no <= last + NOTE_REACH)
    ]  # fmt: skip
    return bracket_pair([table.caption or "", *near])
