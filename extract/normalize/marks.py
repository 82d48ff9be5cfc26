"""The mark of a note set right after the figure it notes: no part of the figure.

A table or a line calls a note under it by a mark on the figure the note is about
("42주1)", "187,640*", "4,700¹⁾", "12,480백만원주1)"); a PDF reader that sets a raised mark
apart reads "1,652,410 1)".  The figure is read without it; the note stays in the text.

>>> without_mark("42주1)"), without_mark("187,640*"), without_mark("4,700¹⁾")
('42', '187,640', '4,700')
>>> without_mark("1,652,410 1)"), without_mark("(1,920)"), without_mark("원주")
('1,652,410', '(1,920)', '원주')
>>> is_mark("1)"), is_mark("주1)"), is_mark("**"), is_mark("²⁾"), is_mark("(1)")
(True, True, True, True, False)
>>> drop_marks("4,500*백만원 (국 2,250)"), drop_marks("12,480백만원 주1) (국 6,240)")
('4,500백만원 (국 2,250)', '12,480백만원 (국 6,240)')
>>> drop_marks("45,000백만원 1) (국 16,000)"), drop_marks("10억원 원주시 2개소")
('45,000백만원 (국 16,000)', '10억원 원주시 2개소')
"""

from __future__ import annotations

import re

from extract.normalize.vocab import FIGURE_NOTE_MARKS

_MARKS = "|".join(FIGURE_NOTE_MARKS)
#: a mark closing a figure (after its digits, its unit or its bracket), or a raised
#: number read apart from the figure
_CLOSING = re.compile(rf"(?<=[0-9%가-힣)])[ ]?(?:{_MARKS})$|(?<=[0-9])[ ][0-9]{{1,2}}\)$")
#: a mark read as a word of its own
_ALONE = re.compile(rf"^(?:{_MARKS}|[0-9]{{1,2}}\))$")
#: ... within a line: after a figure or its unit of money, before a bracket, a word or
#: the end ("4,500*백만원", "12,480백만원 주1) (국 …)", "45,000백만원 1) (국 …)")
_WITHIN = re.compile(
    rf"(?<=[0-9])(?:{_MARKS})(?=[ ]?[가-힣(]|$)"
    rf"|(?<=[0-9억만천백]원)[ ]?(?:{_MARKS}|[0-9]{{1,2}}\))(?=[ ]?[(（]|[ ]|$)"
)


def drop_marks(text: str) -> str:
    """``text`` without the notes' marks set on its figures and amounts."""
    return _WITHIN.sub("", text)


def without_mark(text: str) -> str:
    """``text`` without the note's mark it ends with, if any."""
    return _CLOSING.sub("", text)


def is_mark(word: str) -> bool:
    """Whether a word of a table's line is a note's mark alone ("1)", "주1)", "*")."""
    return bool(_ALONE.match(word))
