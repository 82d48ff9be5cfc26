"""Diagrams in a text export: boxes a report draws side by side, flattened into lines.

A report draws the stages of a project as a row of boxes ("’15년 ➤ ’16년~’17년 ➤ ..."),
each with a box of tasks under it.  The text export writes the boxes one after the
other: each stage's title (a line or two), an arrow alone on its line between two
stages, then the tasks of each stage as a group of bulleted lines, the groups set apart
by blank lines, one group per stage::

    사전준비·의제선정
    (3월~5월)

    ➤

    여론조사·숙의토론
    (6월~8월)

    ∙관련 TF 구성 및 전문가 자문
    ∙의제선정자문단 구성·운영

    ∙일반시민 여론조사 실시

It draws a change as boxes under bracketed titles ("< 기 존 > < 개 선 >"), an arrow
between them, a note under both; the export writes the titles on one line, then each
box's lines, the arrow alone on its line between two boxes::

    < 기 존 > < 개 선 >
    ▸ 분기별 모니터링
    ➩
    ▸ 유형별 분석 후 결과 활용
    - 찬·반 비율, 대응정도, 사례 비교 등 분석
    ※ 기존 모니터링 방식은 유지
    － (the list the boxes stand in goes on)

Read back, each is a table (the drawn one is a table in a PDF), not lines of the item
before it: the titles and the arrows between them, then the boxes (a note under the
last box is a row across the table).  Only a run that has all of it is one: two boxes
or more, an arrow between every two, and (for stages) exactly as many groups of
bulleted lines as stages, each marked with one glyph that the list the diagram stands
in does not use.  The last box of a change ends where the list it stands in goes on (a
line marked with a glyph of that list's) or at a numbered item; where the boxes use the
list's own glyph, the box ends at the first such line and the rest stays in the list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.document import Cell, Grid, Line
from extract.layout.markers import read_marker
from extract.layout.scan import scan_tables
from extract.layout.vocab import BULLETS, FLOW_ARROWS

#: groups of tasks beyond one per stage that are read as a stage's group split by a
#: blank line (more are a list of their own)
MAX_SPLIT_GROUPS = 2
#: longest line that titles a stage; a stage's title has at most this many lines
MAX_STAGE_CHARS = 30
MAX_STAGE_LINES = 3
#: a line of bracketed titles, one per box ("< 기 존 > < 개 선 >", "[현행] [개선]")
_BOX_TITLES = re.compile(r"(?:[<〈《【\[][^<>〈〉《》【】\[\]]++[>〉》】\]]\s*+){2,}")
_BOX_TITLE = re.compile(r"[<〈《【\[][^<>〈〉《》【】\[\]]++[>〉》】\]]")
#: most lines a box of a change holds; the marked lines before it that tell the glyphs
#: of the list it stands in
MAX_BOX_LINES = 30
OUTER_LINES = 12


def is_arrow_line(ln: Line) -> bool:
    """A line that is only arrows (the arrow between two boxes of a row)."""
    text = "".join(ln.text.split())
    return bool(text) and all(ch in FLOW_ARROWS for ch in text)


def _is_stage_line(ln: Line) -> bool:
    text = ln.text.strip()
    return (
        ln.is_content and 0 < len(text) <= MAX_STAGE_CHARS and not is_arrow_line(ln)
        and read_marker(text) is None and text[0] not in BULLETS
    )  # fmt: skip


def _is_bulleted(ln: Line) -> bool:
    text = ln.text.strip()
    return bool(text) and not is_arrow_line(ln) and text[0] in BULLETS


def _stage_before(lines: Sequence[Line], i: int) -> list[Line] | None:
    """The title of the first stage: the unmarked short lines right before the arrow
    at ``i`` (blank lines between them and the arrow aside)."""
    j = i - 1
    while j >= 0 and lines[j].is_blank:
        j -= 1
    out: list[Line] = []
    while j >= 0 and _is_stage_line(lines[j]) and len(out) < MAX_STAGE_LINES:
        out.insert(0, lines[j])
        j -= 1
    if j >= 0 and _is_stage_line(lines[j]):
        return None  # more lines than a title of a stage: a paragraph
    while j >= 0 and lines[j].is_blank:
        j -= 1
    if j >= 0 and is_arrow_line(lines[j]):
        return None  # a stage in the middle of a row that was no diagram
    return out or None


def _flow_at(lines: Sequence[Line], i: int) -> tuple[Grid, int] | None:
    """The diagram whose first arrow is ``lines[i]``, and the index after it."""
    first = _stage_before(lines, i)
    if first is None:
        return None
    stages, arrows = [first], [lines[i]]
    title: list[Line] = []
    j = i + 1
    while j < len(lines) and not _is_bulleted(lines[j]):  # the stages and arrows
        ln = lines[j]
        if is_arrow_line(ln):
            if not title:
                return None  # two arrows with no stage between
            stages.append(title)
            arrows.append(ln)
            title = []
        elif ln.is_content:
            if not _is_stage_line(ln) or len(title) == MAX_STAGE_LINES:
                return None
            title.append(ln)
        j += 1
    if not title:
        return None  # the row ends with an arrow
    stages.append(title)
    # one group of tasks per stage, blank lines between, each task marked with one glyph
    # that the list the diagram stands in does not use (else they are that list's)
    start = i - 1
    while lines[start] is not first[0]:
        start -= 1
    outer = _outer_marks(lines, start)
    glyph = _glyph(lines[j]) if j < len(lines) else ""
    if glyph in outer:
        return None
    groups: list[list[Line]] = []
    while True:
        k = _skip_blank(lines, j)
        if k == len(lines) or _glyph(lines[k]) != glyph:
            break
        j, group = k, []
        while j < len(lines) and lines[j].is_content:
            ln = lines[j]
            if is_arrow_line(ln) or (_is_marked(ln) and _glyph(ln) != glyph):
                return None
            group.append(ln)
            j += 1
        groups.append(group)
    if len(groups) > len(stages):
        groups = _merged(groups, len(stages))
    if len(groups) != len(stages):
        return None  # fewer groups than stages, or a list of its own after them
    return _grid(stages, arrows, groups), j


def _merged(groups: list[list[Line]], n: int) -> list[list[Line]]:
    """``groups`` joined into ``n`` where that makes every group of one size: a blank line
    inside a stage's group splits it in the export (1, 3, 4, 4 tasks under three stages
    are 4, 4, 4); else ``groups`` as they are (a list of its own after the diagram)."""
    if len(groups) > n + MAX_SPLIT_GROUPS:
        return groups
    out = [list(g) for g in groups]
    while len(out) > n:
        k = min(range(len(out) - 1), key=lambda i: len(out[i]) + len(out[i + 1]))
        out[k : k + 2] = [out[k] + out[k + 1]]
    return out if len({len(g) for g in out}) == 1 else groups


def _glyph(ln: Line) -> str:
    return ln.raw.strip()[:1]


def _is_marked(ln: Line) -> bool:
    return _is_bulleted(ln) or read_marker(ln.text) is not None


def _skip_blank(lines: Sequence[Line], j: int) -> int:
    while j < len(lines) and not lines[j].is_content:
        j += 1
    return j


def _outer_marks(lines: Sequence[Line], i: int) -> set[str]:
    """The glyphs of the marked lines just before ``lines[i]`` (the list it stands in)."""
    marks: set[str] = set()
    seen = 0
    for ln in reversed(lines[:i]):
        if not ln.is_content:
            continue
        seen += 1
        if seen > OUTER_LINES:
            break
        if _is_marked(ln):
            marks.add(_glyph(ln))
    return marks


def _box_at(lines: Sequence[Line], i: int) -> tuple[Grid, int] | None:
    """The boxes of a change whose line of titles is ``lines[i]``, and the index after."""
    titles = _BOX_TITLE.findall(lines[i].text)
    outer = _outer_marks(lines, i)
    boxes: list[list[Line]] = [[]]
    arrows: list[Line] = []
    ended = False
    j = i + 1
    while j < len(lines) and j - i <= MAX_BOX_LINES:
        ln = lines[j]
        if ln.is_content:
            if is_arrow_line(ln):
                if not boxes[-1] or len(boxes) == len(titles):
                    return None
                arrows.append(ln)
                boxes.append([])
            elif len(boxes) == len(titles) and (_glyph(ln) in outer or _numbered(ln)):
                ended = True  # the list the boxes stand in goes on, or a numbered item
                break
            else:
                boxes[-1].append(ln)
        j += 1
    if not ended or len(boxes) != len(titles) or not boxes[-1]:
        return None
    notes: list[Line] = []
    while len(boxes[-1]) > 1 and _is_note(boxes[-1][-1]):
        notes.insert(0, boxes[-1].pop())
    n = len(titles)
    cells = [
        Cell(0, 2 * b, 1, 1, (t,), (lines[i].no,), lines[i].page) for b, t in enumerate(titles)
    ]
    for b, box_lines in enumerate(boxes):
        cells.append(_cell(1, 2 * b, box_lines))
        if b < n - 1:
            cells.append(_cell(1, 2 * b + 1, [arrows[b]]))
    if notes:
        cells.append(_cell(2, 0, notes, 2 * n - 1))
    last = (notes or boxes[-1])[-1]
    grid = Grid(cells, 3 if notes else 2, 2 * n - 1, "inferred", lines[i].page, last.page,
                header_rows=1)  # fmt: skip
    end = j  # the line after the box's last: where the list went on, blank lines before it
    while end > i and lines[end - 1] is not last:
        end -= 1
    return grid, end


def _numbered(ln: Line) -> bool:
    m = read_marker(ln.text)
    return m is not None and (m[0].number is not None or m[0].is_top)


def _is_note(ln: Line) -> bool:
    m = read_marker(ln.text)
    return m is not None and m[0].is_note


def _cell(row: int, col: int, lines: Sequence[Line], span: int = 1) -> Cell:
    return Cell(
        row, col, 1, span, tuple(ln.text.strip() for ln in lines),
        tuple(ln.no for ln in lines), lines[0].page,
    )  # fmt: skip


def _grid(stages: list[list[Line]], arrows: list[Line], groups: list[list[Line]]) -> Grid:
    n = len(stages)
    cells = []
    for s, title in enumerate(stages):
        cells.append(_cell(0, 2 * s, title))
        if s < n - 1:
            cells.append(_cell(0, 2 * s + 1, [arrows[s]]))
    for s, group in enumerate(groups):
        cells.append(_cell(1, 2 * s, group, 2 if s < n - 1 else 1))
    first, last = stages[0][0], groups[-1][-1]
    return Grid(cells, 2, 2 * n - 1, "inferred", first.page, last.page, header_rows=1)


def infer_flows(lines: Sequence[Line]) -> list[Grid]:
    """The diagrams in the lines of a text export: rows of stages and boxes of a change
    (see the module docstring)."""
    return scan_tables(lines, _diagram_at)


def _diagram_at(lines: Sequence[Line], i: int) -> tuple[Grid, int] | None:
    if is_arrow_line(lines[i]):
        return _flow_at(lines, i)
    return _box_at(lines, i) if _BOX_TITLES.fullmatch(lines[i].text.strip()) else None
