"""A report converted to Markdown (an HWP-to-Markdown tool's export): its lines as the
report's, its pipe tables as grids.

* :func:`is_markdown` - a text with pipe tables ("| 구 분 | 정 원 |" over "|---|---|")
  or with headings marked by "#";
* :func:`markdown_lines` - each line without the Markdown around the report's own marks:
  "## 1. 조직" is "1. 조직", "- ○ 1과 5팀" is "○ 1과 5팀" (a list item whose text
  opens with the report's bullet), "**자 치 행 정 과**" is "자 치 행 정 과"; a thematic
  break ("---") draws, it says nothing;
* :func:`pipe_grids` - each pipe table a grid: its first row the header, a "<br>" in a
  cell a paragraph break.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.document import Cell, Grid, Line, LineKind
from extract.read.glyphs import normalize_text

#: the line under a pipe table's header: "|---|:---:|---|"
_SEPARATOR = re.compile(r"^\s*+\|?\s*+:?-{3,}+:?\s*+(?:\|\s*+:?-{3,}+:?\s*+)++\|?\s*+$")
#: a row of a pipe table
_ROW = re.compile(r"^\s*+\|.*\|\s*+$")
#: a heading marked by "#" ("## 1. 조직")
_HEADING = re.compile(r"^\s*+#{1,6}\s++")
#: a list item's mark before a bullet of the report's own ("- ○ …", "  * □ …")
_LIST_BEFORE_BULLET = re.compile(r"^(?P<indent>\s*+)[-*+]\s++(?=[□■◻○◦●◎ㅇ·∙•▪▸▶◆◇❍※\-–])")
#: a thematic break: a line of three or more dashes, stars or underscores
_BREAK = re.compile(r"^\s*+(?:[-*_]\s*+){3,}+$")
#: emphasis marks round words ("**자 치 행 정 과**")
_EMPHASIS = re.compile(r"\*\*|__")
#: a line break inside a cell
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)

#: fewest "#" headings that make a text without pipe tables Markdown
MIN_HEADINGS = 2


def is_markdown(lines: Sequence[Line]) -> bool:
    """Whether the text is Markdown: a pipe table's header line, or "#" headings."""
    headings = 0
    for ln in lines:
        if _SEPARATOR.match(ln.raw):
            return True
        headings += bool(_HEADING.match(ln.raw))
    return headings >= MIN_HEADINGS


def _unmarked(raw: str) -> str:
    text = _HEADING.sub("", raw)
    text = _LIST_BEFORE_BULLET.sub(r"\g<indent>", text)
    return _BR.sub(" ", _EMPHASIS.sub("", text)).replace("\\*", "*")


def markdown_lines(lines: Sequence[Line]) -> list[Line]:
    """The lines without the Markdown round the report's own text (see the module)."""
    out = []
    for ln in lines:
        if not ln.is_content or _ROW.match(ln.raw):
            out.append(ln)  # (a table's row: :func:`pipe_grids`)
        elif _BREAK.match(ln.raw):
            out.append(ln._replace(kind=LineKind.FURNITURE))
        else:
            text = normalize_text(_unmarked(ln.raw))
            out.append(ln._replace(text=text, kind=LineKind.CONTENT if text.strip() else ln.kind))
    return out


def _cells(raw: str) -> list[str]:
    inner = raw.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [c.strip() for c in re.split(r"(?<!\\)\|", inner)]


def pipe_grids(lines: Sequence[Line]) -> tuple[list[Grid], list[Line]]:
    """The pipe tables as grids, and ``lines`` with each table's separator as furniture
    and its rows' bars as the gaps between cells."""
    grids: list[Grid] = []
    out = list(lines)
    i = 0
    while i + 1 < len(lines):
        if not (_ROW.match(lines[i].raw) and _SEPARATOR.match(lines[i + 1].raw)):
            i += 1
            continue
        j = i + 2
        while j < len(lines) and _ROW.match(lines[j].raw):
            j += 1
        rows = [lines[i], *lines[i + 2 : j]]
        width = max(len(_cells(ln.raw)) for ln in rows)
        cells = [
            Cell(r, c, paragraphs=tuple(
                normalize_text(_EMPHASIS.sub("", p)).strip()
                for p in _BR.split(text) if p.strip()
            ), lines=(ln.no,))
            for r, ln in enumerate(rows)
            for c, text in enumerate(_cells(ln.raw) + [""] * (width - len(_cells(ln.raw))))
        ]  # fmt: skip
        grids.append(Grid(cells, len(rows), width, "native", header_rows=1))
        out[i + 1] = lines[i + 1]._replace(kind=LineKind.FURNITURE)
        for k in (i, *range(i + 2, j)):
            text = normalize_text("   ".join(_BR.sub(" ", c) for c in _cells(lines[k].raw)))
            out[k] = lines[k]._replace(text=_EMPHASIS.sub("", text))
        i = j
    return grids, out
