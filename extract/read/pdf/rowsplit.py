"""Rows of a table drawn with no rule between them: a band between two row rules that
holds several rows, each a line of words across the columns (a table ruled only over
and under its header and under its last row, a group of rows between two dotted rules).

:mod:`extract.read.pdf.textcolumns` draws the columns of such a table; here each band
gets the row rules it leaves out (:func:`row_rules`), so that each line of words across
the table is a row of its own:

* a row is a line with words in two columns or more, and in more than half of the
  columns any such line fills (a line of one cell's wrapped words is none), the rows
  standing further apart than a cell's own lines do (half the size);
* a line in a column no row fills is a label merged over rows (`경제정책과` beside its
  teams, `계` beside its 정원 and 현원 lines): it spans the rows it stands beside, and
  the rows nearer it than any other label with no label of their own; so do the words
  of a first column that some rows leave empty (`기업지원과` beside the middle one of
  its three teams); a line in a column rows fill is the wrapped words of the row over
  it;
* the rule between two rows runs at the middle of the room between them, left out in
  a column where one label spans both;
* a table whose bands are mostly one row each rules its rows: a band of it whose cells
  wrap over lines side by side is one row;
* where cells hold several lines each, centred beside each other (a team's name beside
  its two duties), the rows are the runs of lines over one another that the cells'
  padding parts (:func:`_blocks`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from statistics import median

from extract.read.pdf.base import PdfObj, rule_edge
from extract.read.pdf.rowstacks import RuleStack, TextRow, centre_of, stack_bands

#: the least room (of the size) between two rows no rule parts: a cell's own wrapped
#: lines stand closer (a third of the size, as Writer and Chromium set them)
ROW_GAP = 0.5


def _columns_of(row: TextRow, cols: Sequence[tuple[float, float]]) -> set[int]:
    """The columns a line's words stand in (a stretch across a gutter stands in both)."""
    return {k for k, (a, b) in enumerate(cols) for s0, s1 in row.stretches if s0 < b and s1 > a}


def _groups(
    rows: Sequence[TextRow], extents: Sequence[tuple[float, float]], labels: Sequence[TextRow]
) -> list[int]:
    """For a column no row fills, the group each row's cell is in: the label it stands
    beside (or the nearest label's), a row beside none in the group over it (else the
    one under it); each row its own where the column holds no label."""
    if not labels:
        return list(range(len(rows)))
    group: list[int | None] = [None] * len(rows)
    for n, label in enumerate(labels):
        beside = [i for i, (t, b) in enumerate(extents) if label.top < b and label.bottom > t]
        if not beside:
            mid = centre_of(label)
            beside = [min(range(len(rows)), key=lambda i: abs(centre_of(rows[i]) - mid))]
        for i in beside:
            if group[i] is None:
                group[i] = n
    # (rows beside no label: the nearest label's, the one over them where two are as near)
    mids = [centre_of(label) for label in labels]
    return [
        g if g is not None
        else min(range(len(labels)), key=lambda n: (abs(mids[n] - centre_of(rows[i])), -mids[n]))
        for i, g in enumerate(group)
    ]


def _owner(
    rows: Sequence[TextRow], line: TextRow, k: int, cols: Sequence[tuple[float, float]]
) -> int:
    """The row a cell's wrapped line in column ``k`` is of: of the rows over and under it,
    the one with no words of its own in that column (a cell set centred beside its row's
    line wraps above and below it), else the nearer."""
    mid = centre_of(line)
    over = [i for i, x in enumerate(rows) if centre_of(x) < mid][-1:]
    under = [i for i, x in enumerate(rows) if centre_of(x) > mid][:1]
    near = [*over, *under]
    empty = [i for i in near if k not in _columns_of(rows[i], cols)]
    if len(empty) == 1:
        return empty[0]
    return min(near, key=lambda i: abs(centre_of(rows[i]) - mid)) if near else 0


def band_rows(
    band: Sequence[TextRow], cols: Sequence[tuple[float, float]]
) -> tuple[list[TextRow], list[tuple[float, float]], list[list[int]]] | None:
    """The rows of one band: its lines that are rows, the extent of each (its wrapped
    lines with it) and, for each column, the group each row's cell is in; None for a
    band of one row."""
    lines = sorted(band, key=centre_of)
    where = [_columns_of(r, cols) for r in lines]
    filled = set().union(*(w for w in where if len(w) > 1)) if where else set()
    is_row = [len(w) > 1 and 2 * len(w & filled) > len(filled) for w in where]
    rows = [r for r, yes in zip(lines, is_row, strict=True) if yes]
    blocks = _blocks(lines, where, len(cols))
    if blocks is not None and len(blocks[0]) >= len(rows):
        return blocks  # (rows of cells of several lines each, set apart by their padding)
    if len(rows) < 2:
        return None
    size = median(r.size for r in rows)
    if any(b.top - a.bottom < ROW_GAP * size for a, b in itertools.pairwise(rows)):
        return None  # (lines of cells wrapped side by side, set as close as a cell's lines)
    cells = [t for r in rows for t in r.texts]
    if 2 * sum(len(t) == 1 and "가" <= t <= "힣" for t in cells) > len(cells):
        return None  # (words set letter by letter down their boxes, a chart's)
    extents = [(r.top, r.bottom) for r in rows]
    labels: dict[int, list[TextRow]] = {}
    # (a first column that some rows leave empty holds labels merged down: "기업지원과"
    # beside the middle one of its three teams)
    own = [w for w, yes in zip(where, is_row, strict=True) if yes]  # (the rows' columns)
    merged = 0 in filled and any(0 not in w for w in own)
    if merged:
        labels[0] = [r for r, w in zip(rows, own, strict=True) if 0 in w]
    for r, w, yes in zip(lines, where, is_row, strict=True):
        if yes:
            continue
        for k in w:
            if k in filled and not (k == 0 and merged):  # (a cell's wrapped words: the row's)
                i = _owner(rows, r, k, cols)
                extents[i] = (min(extents[i][0], r.top), max(extents[i][1], r.bottom))
            else:
                labels.setdefault(k, []).append(r)
    groups = [
        _groups(rows, extents, labels.get(k, []))
        if k not in filled or (k == 0 and merged) else list(range(len(rows)))
        for k in range(len(cols))
    ]
    return rows, extents, groups


def _blocks(
    lines: Sequence[TextRow], where: Sequence[set[int]], ncols: int
) -> tuple[list[TextRow], list[tuple[float, float]], list[list[int]]] | None:
    """The rows of a band whose cells hold several lines each, centred beside each other
    (a team's name beside its two duties, "도시계획팀" / "- 도시기본계획 …" / "- 도시계획
    위원회 운영"): runs of lines over one another, the columns a few labels stand in (a
    과 merged over its teams) aside, parted by room wider than a cell's own lines leave
    (half the size); each such label merged over the rows beside it.  None where the
    band's lines make no two such runs."""
    if len(lines) < 3:
        return None
    count: dict[int, int] = {}
    for w in where:
        for k in w:
            count[k] = count.get(k, 0) + 1
    most = max(count.values(), default=0)
    sparse = {k for k, n in count.items() if 4 * n <= most}  # (a column of a few labels)
    # (on the rows' labels' side only: a remark set in one row, "신규", is no label)
    dense = [k for k in count if k not in sparse]
    sparse = {k for k in sparse if dense and k < min(dense)}
    body = sorted((r for r, w in zip(lines, where, strict=True) if w - sparse),
                  key=lambda r: r.top)  # fmt: skip
    if len(body) < 3:
        return None
    size = median(r.size for r in body)
    runs: list[list[TextRow]] = []
    for r in body:
        if runs and r.top - max(x.bottom for x in runs[-1]) < ROW_GAP * size:
            runs[-1].append(r)
        else:
            runs.append([r])
    if len(runs) < 2 or all(len(run) == 1 for run in runs):
        return None  # (lines each a row of its own: read as rows, not runs)
    extents = [(min(r.top for r in run), max(r.bottom for r in run)) for run in runs]
    rows = [TextRow(t, b, (), size) for t, b in extents]
    labels = {k: [r for r, w in zip(lines, where, strict=True) if k in w] for k in sparse}
    groups = [
        _groups(rows, extents, labels[k]) if k in labels else list(range(len(rows)))
        for k in range(ncols)
    ]
    return rows, extents, groups


def row_rules(stack: RuleStack, xs: Sequence[float]) -> list[PdfObj]:
    """The row rules each band of the stack leaves out between its rows (see the module
    docstring), each run of them across neighbouring columns one rule."""
    bounds = [stack.x0, *xs, stack.x1]
    cols = list(itertools.pairwise(bounds))
    bands = [band for _, _, band in stack_bands(stack)]
    founds = [band_rows(band, cols) for band in bands]
    # (a table that rules its rows: most bands one row, some a row of cells wrapped over
    # lines side by side, no rows of their own; its header's first band aside)
    single = sum(
        1 for band, f in zip(bands[1:], founds[1:], strict=True)
        if f is None and any(len(_columns_of(r, cols)) > 1 for r in band)
    )  # fmt: skip
    if single > sum(f is not None for f in founds):
        return []
    out: list[PdfObj] = []
    for found in founds:
        if found is None:
            continue
        rows, extents, groups = found
        for i in range(len(rows) - 1):
            y = (extents[i][1] + extents[i + 1][0]) / 2
            drawn = [groups[k][i] != groups[k][i + 1] for k in range(len(cols))]
            for ruled, run in itertools.groupby(range(len(cols)), key=lambda k: drawn[k]):
                ks = list(run)
                if ruled:
                    out.append(rule_edge("h", y, cols[ks[0]][0], cols[ks[-1]][1]))
    return out
