"""A heading or numbered item that a forced line break (줄 나눔, Shift+Enter) wraps.

A Hangul file's line is a paragraph, but a paragraph may break its line where its
writer chose (HWPX ``hp:lineBreak``, HWP 5 control 10): the reader makes each piece a
line of the same paragraph (the same ``where``).  A heading or numbered item broken so
("1. 스마트 행정서비스" / "고도화") is one title, as a printed page's wrapped title is:
the unmarked piece after the break goes into it (:func:`join_wrapped`), while the title
stays a title's length (:data:`MAX_TITLE_CHARS`).  A piece that opens with a marker is an
item of its own, and a bullet's broken line goes on as its text (not its title).  As on
a printed page (:func:`extract.layout.unmarked._wraps_title`), a piece that opens with a
figure, a date or a quote ("1. 공영주차장 확충" / "’25.3.~12.") is the item's text, and so
is the piece after a title that is a card block's label ("가. 추진배경" / "도심 주차난
해소를 위한 …": :data:`~extract.layout.vocab.BLOCK_LABELS`) or ends a sentence (".").

:func:`same_text_box`: the paragraphs of one text box (글상자) go on past a table set in
the box, as one card's text.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.document import Line
from extract.layout.nodes import MAX_TITLE_CHARS, Marked
from extract.layout.vocab import BLOCK_LABELS
from extract.normalize.spacing import squash
from extract.normalize.vocab import OPENING_BRACKETS
from extract.normalize.wraps import join_wrapped

#: what may end a block's label before its text ("추진배경 :")
_LABEL_ENDS = ":：-"


def join_broken_titles(items: Sequence[Marked]) -> list[Marked]:
    """``items`` with each broken heading's or numbered item's next piece in its title."""
    out: list[Marked] = []
    for it in items:
        prev = out[-1] if out else None
        if (
            prev is not None
            and it.marker is None
            and prev.marker is not None
            and (prev.marker.is_top or prev.marker.is_numbered)
            and len(it.lines) == 1
            and it.lines[0].where is not None
            and it.lines[0].where == prev.lines[-1].where
            and it.lines[0].no == prev.lines[-1].no + 1
            and _goes_on(prev.title, it.title)
        ):
            title = join_wrapped([prev.title, it.title])
            if len(title) <= MAX_TITLE_CHARS:
                out[-1] = Marked((*prev.lines, *it.lines), prev.marker, title)
                continue
        out.append(it)
    return out


def _goes_on(title: str, piece: str) -> bool:
    """Whether ``piece`` (after a forced break) may go on ``title``: it opens with a word
    or a bracket, and the title is no block's label nor a sentence's end."""
    first = piece.lstrip()[:1]
    if not (first.isalpha() or first in OPENING_BRACKETS) or title.rstrip().endswith("."):
        return False
    return not squash(title).rstrip(_LABEL_ENDS).endswith(BLOCK_LABELS)


def _text_box(where: str | None) -> str | None:
    """The text box a Hangul file's paragraph stands in, by its ``where`` ("s0/p20/b0" of
    "s0/p20/b0/p2"; None for one in the body or in a table's cell)."""
    box, _, para = (where or "").rpartition("/")
    kind = box.rpartition("/")[2]
    if para[:1] == "p" and para[1:].isdigit() and kind[:1] == "b" and kind[1:].isdigit():
        return box
    return None


def same_text_box(a: Line, b: Line) -> bool:
    """Whether two lines are paragraphs of one text box of a Hangul file (글상자): its text
    goes on past a table set in it, as the card's text ("사업개요" / a table of its cost /
    "사업기간⇥’25.2.~11."), where text after a table in the body goes on nothing."""
    box = _text_box(a.where)
    return box is not None and _text_box(b.where) == box
