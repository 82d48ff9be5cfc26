"""The labelled facts a Hangul file's card states in paragraphs of their own, unmarked.

A card set in a text box or frame (글상자) often types its overview as a label and its
value parted by a tab or a colon, with no bullet: "사업개요" / "사업기간⇥’25.1.~12." /
"사업비⇥500백만원".  An unmarked paragraph after an item's title goes on as the item's
text (the layout joins it), but in a Hangul file each such line is a paragraph of its
own (another ``where`` than the title's), never a wrap of the title: :func:`own_lines`
gives them, and :func:`labelled_line` reads one as "label : value" (a tab between a
label and its value is the colon the writer left out).  A PDF's or text's lines are
wraps of their item (no ``where``) and are not read so.
"""

from __future__ import annotations

from collections.abc import Iterator

from extract.document import Line
from extract.layout import Node
from extract.parse.project_facts import Labelled, labelled
from extract.read.glyphs import normalize_text

#: the characters that part a label from its value in a labelled line
_COLONS = (":", "：")


def own_lines(node: Node) -> Iterator[Line]:
    """The lines after a node's first that are paragraphs of their own (a Hangul file's),
    not the first line's wraps, in order."""
    if not node.lines or node.lines[0].where is None:
        return
    seen = {node.lines[0].where}
    for ln in node.lines[1:]:
        if ln.where is not None and ln.where not in seen:
            seen.add(ln.where)
            yield ln


def labelled_line(ln: Line) -> list[Labelled]:
    """A paragraph's labelled facts: as it reads ("사업기간 : ’25.1.~12."), or with the
    one tab that parts its label from its value read as a colon ("사업기간⇥’25.1.~12.")."""
    label, tab, value = ln.raw.strip().partition("\t")
    if tab and label.strip() and "\t" not in value.strip():
        value = value.strip()
        colon = "" if value.startswith(_COLONS) or label.rstrip().endswith(_COLONS) else " :"
        return labelled(normalize_text(f"{label.rstrip()}{colon} {value}"))
    return labelled(ln.text)
