"""The elements of HWPX's XML that the reader walks: local tag names, a paragraph's runs
and deletion marks, a ``hp:t``'s text, a switch's branch, a paragraph shape's heading and a
numbering's levels, attributes as integers.

Split from :mod:`extract.read.hwpx` (the walk) so that the walk reads as what it does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from extract.read.hwp_tree import Numbering

#: levels of a numbering (``hh:paraHead level`` 1 .. 10)
MAX_LEVELS = 10

#: the characters of the empty elements inside hp:t; anything else adds its own text
INLINE = {"tab": "\t", "lineBreak": "\n", "nbSpace": "\u00a0", "fwSpace": "\u3000", "hyphen": ""}

#: the marks of a deletion under track changes (inside hp:t)
DELETE_BEGIN, DELETE_END = "deleteBegin", "deleteEnd"

_LOCAL: dict[Any, str] = {}


def local(tag: Any) -> str:
    """The local name of an element's tag ("" for comments and the like)."""
    try:
        return _LOCAL[tag]
    except KeyError:
        name = tag.rpartition("}")[2] if isinstance(tag, str) else ""
        if len(_LOCAL) < 10_000:
            _LOCAL[tag] = name
        return name


def heading_of(pr: Any) -> Any:
    """A paragraph shape's ``hh:heading``: the one of its ``hp:switch`` case (Hancom's
    newer form, with levels past 7) before its own."""
    own = None
    for child in pr:
        name = local(child.tag)
        if name == "heading":
            own = child
        elif name == "switch":
            for case in child:
                if local(case.tag) == "case":
                    found = [h for h in case if local(h.tag) == "heading"]
                    if found:
                        return found[0]
    return own


def numbering_of(el: Any) -> Numbering:
    """An ``hh:numbering``: each ``hh:paraHead``'s format text, number format and start,
    by its level (1 .. 10)."""
    heads = {int_attr(h, "level", 0): h for h in el if local(h.tag) == "paraHead"}
    top = max((k for k in heads if 0 < k <= MAX_LEVELS), default=0)
    levels = []
    for k in range(1, top + 1):
        h = heads.get(k)
        if h is None:
            levels.append(("", "DIGIT", 1))
        else:
            levels.append(
                ((h.text or ""), str(h.get("numFormat", "DIGIT")).upper(), int_attr(h, "start", 1))
            )
    return Numbering(levels)


def sublists(el: Any) -> Iterator[Any]:
    """The ``hp:subList`` elements under ``el``, not looking inside one."""
    if local(el.tag) == "subList":
        yield el
        return
    for child in el:
        yield from sublists(child)


def t_text(t: Any) -> str:
    """An ``hp:t``: its text and, after each inline element, that element's tail."""
    parts = [t.text or ""]
    for child in t:
        name = local(child.tag)
        special = INLINE.get(name)
        parts.append(special if special is not None else "".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)


def chosen(switch: Any) -> list[Any]:
    """The branch of an ``hp:switch`` to read: its ``hp:default`` (what a reader of the
    base format shows), else its first ``hp:case``."""
    branches = [c for c in switch if local(c.tag) in ("case", "default")]
    return [c for c in branches if local(c.tag) == "default"] or branches[:1]


def runs(p: Any) -> Iterator[Any]:
    """A paragraph's runs in order, those of the branch read of an ``hp:switch`` set
    among them (Hancom wraps runs so too) included."""
    for child in p:
        name = local(child.tag)
        if name == "run":
            yield child
        elif name == "switch":
            for branch in chosen(child):
                yield from runs(branch)


def marks(p: Any) -> Iterator[Any]:
    """A paragraph's deletion marks in order: in its runs' hp:t (and runs), not in the
    lists of its objects."""
    for run in runs(p):
        for el in run:
            name = local(el.tag)
            if name == "t":
                yield from (c for c in el if local(c.tag) in (DELETE_BEGIN, DELETE_END))
            elif name in (DELETE_BEGIN, DELETE_END):
                yield el


def outline_ref(section: Any) -> int:
    """The numbering of a section's outline paragraphs: its ``hp:secPr``'s
    ``outlineShapeIDRef``, in its first paragraph (1 when it names none)."""
    for p in section:
        for run in p:
            for el in run:
                if local(el.tag) == "secPr":
                    return int_attr(el, "outlineShapeIDRef", 1)
        break
    return 1


def caption_after(caption: Any) -> bool:
    """A caption below or right of its object comes after the object's text."""
    return str(caption.get("side", "BOTTOM")).upper() in ("BOTTOM", "RIGHT")


def int_attr(el: Any, attr: str, default: int) -> int:
    if el is None:
        return default
    try:
        value = int(el.get(attr, default))
    except ValueError:
        return default
    return value if value >= 0 else default
