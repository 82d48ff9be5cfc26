"""The chapter of a unit's report titled by the unit its cover names ("Ⅱ. 기획감사실 현황"
in the report of "한솔군 기획감사실", after "Ⅰ. 군정 일반현황" about the whole 군): the
unit's own general chapter, its 조직, 인력 and 예산.  Read as one general section with the
general chapter before it, so that the part about the whole government stays apart from
the unit's own (:mod:`extract.parse.org_parts`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from extract.cover import cover_body
from extract.document import Line
from extract.layout.outline import Node
from extract.normalize.spacing import squash
from extract.roles import OWN_CHAPTER_TOPICS
from extract.title_roles import LEADING_YEAR
from extract.unit_names import unglossed

if TYPE_CHECKING:
    from extract.sections import Section



def own_chapter(top: Node, front: Sequence[Line]) -> bool:
    """Whether a chapter heading is titled by the body the cover (``front``) names and a
    topic of :data:`~extract.roles.OWN_CHAPTER_TOPICS` after it ("기획감사실 현황").

    >>> from extract.layout.outline import Node
    >>> cover = [Line(1, "2025년 주요업무계획", ""), Line(2, "기 획 감 사 실", "")]
    >>> [own_chapter(Node("heading", title=t), cover) for t in ("기획감사실 현황", "행정과 현황")]
    [True, False]
    """
    if top.kind != "heading":
        return False
    body = cover_body(front)
    if not body:
        return False
    key = LEADING_YEAR.sub("", squash(unglossed(top.title)))
    return key.startswith(body) and key[len(body) :] in OWN_CHAPTER_TOPICS


def joined(first: Section, own: Section) -> Section:
    """The general section of ``first`` (the chapter before) and the body's ``own``
    chapter after it, the own chapter's heading among its lines."""
    return replace(first, lines=(*first.lines, *own.heading, *own.lines))
