"""Document -> layout: its tables (with headers and units) and its outline tree.

:func:`layout` runs the stages in order: the reader's grids (or, for a text
export, the tables inferred from rows that line up) become tables with
captions and header paths (:mod:`extract.layout.tables`); the other content
lines become the outline (:mod:`extract.layout.outline`), each table
attached to the node it stands under.  Every content line ends up in a table
or in the outline, or is residue.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from extract.document import Document
from extract.layout.outline import Node, Outline, build_outline
from extract.layout.tables import Table, build_tables
from extract.layout.textgrid import infer_grids

__all__ = ["Layout", "Node", "Outline", "Table", "layout"]


@dataclass(slots=True)
class Layout:
    """A document's tables and outline."""

    tables: list[Table]
    outline: Outline

    @property
    def table_lines(self) -> set[int]:
        return {no for t in self.tables for no in t.lines}

    @property
    def outline_lines(self) -> set[int]:
        return set(self.outline.line_node)


def layout(
    doc: Document,
    is_title: Callable[[str, Node | None], bool] = lambda _t, _top: False,
) -> Layout:
    """The tables and the outline of ``doc``.

    ``is_title(text, top heading)`` says whether a line without a marker is a
    section title (the roles' vocabulary lives with the sections, after this
    stage).
    """
    grids = doc.tables if doc.tables else infer_grids(doc.lines) if doc.format == "text" else []
    tables = build_tables(grids, doc.lines)
    skip = {no for t in tables for no in t.lines}
    anchors = [(t.id, t.lines[0]) for t in tables if t.lines]
    outline = build_outline(doc.lines, skip, anchors, is_title)
    for node in outline.nodes:
        for table_id in node.tables:
            tables[table_id - 1].node = node.seq
    return Layout(tables, outline)
