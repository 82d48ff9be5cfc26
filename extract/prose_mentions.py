"""Layout -> mentions: every amount, count, percentage and date in the outline's prose,
node by node, each with the line it starts on (table cells are :mod:`extract.structure`'s).

A node's dates without a year take the year its block's label names in a bracket
(``○ 추진실적(’23년)``), else its results chapter's (``Ⅱ. 2024년 주요업무성과``), else the
report's.
"""

from __future__ import annotations

import bisect
import re

from extract.document import Line
from extract.layout import Layout, Node
from extract.normalize.dates import find_dates
from extract.normalize.mentions import find_mentions, sentence_around
from extract.normalize.wraps import figure_torn
from schemas import Mention


def mention_records(layout: Layout, year: int | None) -> list[Mention]:
    """Figures and dates in the outline's prose, node by node: found in the node's
    ``text`` (so a figure wrapped over two lines is one figure, and wrapping changes
    nothing), each with the line it starts on."""
    out: list[Mention] = []
    for n in layout.outline.nodes:
        if n.kind in ("contents",) or not n.lines:
            continue
        out.extend(_node_mentions(n, block_year(n) or chapter_year(n) or year))
    return out


#: a block's label that names its year in a bracket ("○ 추진실적(’23년)")
_BRACKET_YEAR = re.compile(r"[(（]\s*(?:['’‘]\s*(\d{2})|((?:19|20)\d{2}))\s*년?도?\s*[)）]\s*$")


def block_year(node: Node) -> int | None:
    """The year the block a node stands under names in the bracket that closes its label
    ("○ 추진실적(’23년)" over "- 3~11월 : …": 2023's), the nearest such block's."""
    up = node.parent
    while up is not None and up.kind != "root":
        m = _BRACKET_YEAR.search(up.title or "")
        if m is not None:
            return 2000 + int(m[1]) if m[1] else int(m[2])
        up = up.parent
    return None


def chapter_year(node: Node) -> int | None:
    """The year of a results chapter ("Ⅱ. 2024년 주요업무성과": the dates without a year in
    it are 2024's), where its title names one; a range of years or two years
    ("2023~2024년", "2024년 … 및 2025년 …") name none.  (Only results: an audit's
    year is not that of what was done after it.)"""
    top = node
    while top.parent is not None and top.parent.kind != "root":
        top = top.parent
    if top.role != "achievements":
        return None
    spans = find_dates(top.title or "")
    if len(spans) != 1 or spans[0].end is None or spans[0].end.year != spans[0].start.year:
        return None
    return spans[0].start.year


def _node_pieces(node: Node) -> list[tuple[str, Line]]:
    """The node's ``text`` in pieces, in order, each with the line it is on: the title
    (on the marker's line, or the line after a marker alone), then each body line."""
    heads = [ln for ln in node.head_lines if ln.text.strip()]
    title_line = heads[-1] if heads else node.lines[0]
    pieces = [(" ".join(node.title.split()), title_line)]
    pieces += [(" ".join(ln.text.split()), ln) for ln in node.body_lines]
    return [p for p in pieces if p[0]]


def _node_mentions(node: Node, year: int | None) -> list[Mention]:
    """The node's mentions, found in its ``text``: offsets and the sentence around are
    the text's, so a line wrapped elsewhere changes neither."""
    pieces = _node_pieces(node)
    starts: list[int] = []
    text = ""
    for piece, _ in pieces:
        if text:
            # (a figure a wrap broke after its group's comma, "204," / "000천원", whole)
            text += "" if figure_torn(text, piece) else " "
        starts.append(len(text))
        text += piece
    if not text:
        return []

    def line_at(offset: int) -> Line:
        return pieces[max(0, bisect.bisect_right(starts, offset) - 1)][1]

    out = []
    for m in find_mentions(text, year):
        first, last = line_at(m.start), line_at(max(m.start, m.end - 1))
        out.append(
            Mention(
                node=node.seq,
                kind=m.kind,
                raw=m.raw,
                value=m.value if m.kind != "date" else None,
                value_krw=m.value_krw,
                date_start=m.date_start,
                date_end=m.date_end,
                precision=m.precision,
                char_start=m.start,
                char_end=m.end,
                context=sentence_around(text, m.start, m.end),
                measure_value=m.measure[0] if m.measure else None,
                measure_unit=m.measure[1] if m.measure else None,
                line_start=first.no,
                line_end=last.no,
                page_start=first.page,
                page_end=last.page,
            )
        )
    return out
