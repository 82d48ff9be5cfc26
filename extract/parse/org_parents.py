"""Which unit each box of an organisation chart stands under (:func:`assign_parents`).

From where the boxes are drawn when the reader says (a box under another, or nearest to
it in the row above), else from their order: teams after their unit; teams after a row of
units in blocks ("5팀" over each), in rows (the first team of every unit, then the second
...), or in one run cut by the units' team counts or person counts, or by the names'
likeness. The chart as a whole is read in :mod:`extract.parse.org_chart`.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from extract.normalize.spacing import display_width
from extract.parse.org_boxes import CHART_WORDS, TEAM_WORDS, Box, Geo
from extract.parse.org_vocab import UNIT_WORDS
from extract.parse.organization import assign_teams

#: a row of boxes: bottoms within this many points (or grid rows) of each other
ROW_SLACK = 6.0


def _overlap(a: Geo, b: Geo) -> float:
    return min(a[2], b[2]) - max(a[0], b[0])


def _centre(g: Geo) -> float:
    return (g[0] + g[2]) / 2


def parent_by_place(box: Box, units: Sequence[Box], nearest: bool) -> Box | None:
    """The unit a box is drawn under: of the units above it that share its width, the
    lowest; else (``nearest``) the one nearest in the row of units just above it."""
    if box.geo is None:
        return None
    g = box.geo
    rank = _rank(box)
    above = [
        u for u in units
        if u is not box and u.geo is not None and u.geo[3] <= g[1] + 1 and _rank(u) <= rank
    ]  # fmt: skip
    over = [u for u in above if u.geo is not None and _overlap(u.geo, g) > 0]
    if over:
        low = max(u.geo[3] for u in over if u.geo is not None)
        row = [u for u in over if u.geo is not None and u.geo[3] >= low - ROW_SLACK]
        if len(row) > 1 and box.pieces > 1:
            return None  # one line listing names under several units: read by order
        return max(row, key=lambda u: _overlap(u.geo, g) if u.geo is not None else 0.0)
    if box.kind == "unit" and box.word is not None:
        # (a unit beside one of its own kind, not under it, is its peer: a 처 drawn a little
        # lower than the 본부's 처 is not theirs; a 사업소 beside a 과 may be the 과's.  One
        # of its kind a row above is no peer: `운영본부` over its 동부운영본부, 서부운영본부)
        above = [
            u for u in above
            if u.word != box.word or u.geo is None or u.geo[3] < g[3] - ROW_SLACK * 3
        ]  # fmt: skip
    if not nearest or not above:
        return None
    low = max(u.geo[3] for u in above if u.geo is not None)
    row = [u for u in above if u.geo is not None and u.geo[3] >= low - ROW_SLACK * 3]
    return min(row, key=lambda u: abs(_centre(u.geo) - _centre(g)) if u.geo is not None else 0.0)


def _cut_by(sizes: Sequence[int], items: Sequence[Box]) -> list[list[Box]] | None:
    """``items`` cut in order into runs of ``sizes``, if they add up."""
    if sum(sizes) != len(items):
        return None
    out, i = [], 0
    for n in sizes:
        out.append(list(items[i : i + n]))
        i += n
    return out


def _cut_by_sums(parents: Sequence[Box], items: Sequence[Box]) -> list[list[Box]] | None:
    """Units cut in order so that each parent's person count is its children's sum."""
    want = [p.persons if p.persons is not None else p.bare for p in parents]
    have = [c.persons if c.persons is not None else c.bare for c in items]
    if any(w is None for w in want) or any(h is None for h in have):
        return None
    out: list[list[Box]] = []
    i = 0
    for w in want:
        run: list[Box] = []
        total = 0
        while i < len(items) and total < (w or 0):
            run.append(items[i])
            total += have[i] or 0
            i += 1
        if total != w:
            return None
        out.append(run)
    return out if i == len(items) else None


def _by_rows(parents: Sequence[Box], items: Sequence[Box]) -> list[list[Box]] | None:
    """Teams listed row by row (each line the next team of every unit that has one)."""
    counts = [p.team_count for p in parents]
    if any(c is None for c in counts) or sum(c or 0 for c in counts) != len(items):
        return None
    rows: list[list[Box]] = []
    for it in items:
        if rows and rows[-1][0].row == it.row:
            rows[-1].append(it)
        else:
            rows.append([it])
    out: list[list[Box]] = [[] for _ in parents]
    for depth, row in enumerate(rows):
        owners = [j for j, c in enumerate(counts) if (c or 0) > depth]
        if len(owners) != len(row):
            return None
        for j, it in zip(owners, row, strict=True):
            out[j].append(it)
    return out


def _column(box: Box) -> tuple[int, int] | None:
    """The columns a name stands in on its line of a text export (None where the layout
    draws it: a PDF's boxes say where)."""
    if box.geo is not None or len(box.lines) != 1:
        return None
    text = box.lines[0].text
    # (the name as set, spaced out in its column or not: "도 로 과")
    found = regex.search("[ ]*".join(regex.escape(ch) for ch in box.name), text)
    if found is None:
        return None
    start = display_width(text[: found.start()])
    return start, start + display_width(found.group())


#: how many columns nearer one unit's name a team set beside no unit's name must stand
NEAREST_MARGIN = 4


def _by_columns(parents: Sequence[Box], items: Sequence[Box]) -> list[list[Box]] | None:
    """Teams set in columns under a row of units, one of each a line (a text export of a
    chart drawn as a grid): each the unit whose column it stands in, where every one
    stands in exactly one (or, set beside every unit's name, plainly nearest one)."""
    cols = [_column(p) for p in parents]
    if len({p.lines[0].no for p in parents}) != 1:
        return None
    out: list[list[Box]] = [[] for _ in parents]
    last, line = 0, None  # (the unit of the team before on the same line)
    for it in items:
        if it.lines[0].no != line:
            last, line = 0, it.lines[0].no
        c = _column(it)
        if c is None or any(pc is None for pc in cols):
            return None
        over = [j for j, pc in enumerate(cols) if pc and min(pc[1], c[1]) > max(pc[0], c[0])]
        if not over:
            # (a team set out to the side of its unit's name, under the branch drawn from
            # it, "┌───┼───┐" over three teams: the unit whose name's centre is nearest,
            # where one is plainly nearer and the teams of a line keep the units' order)
            away = sorted((abs(sum(pc) - sum(c)) / 2, j) for j, pc in enumerate(cols) if pc)
            if len(away) > 1 and away[1][0] - away[0][0] < NEAREST_MARGIN:
                return None
            over = [away[0][1]]
        if len(over) != 1 or over[0] < last:
            return None
        last = over[0]
        out[over[0]].append(it)
    return out


def _box_of(box: Box) -> str | None:
    """The drawn box (a Hangul text box) a name's line stands in, from where the reader
    found it ("s0/p11/b5/p2": box b5 of paragraph 11); None for a line in none."""
    where = box.lines[0].where if box.lines else None
    if not where or "/b" not in where:
        return None
    return where.rsplit("/", 1)[0]


def _by_boxes(parents: Sequence[Box], items: Sequence[Box]) -> list[list[Box]] | None:
    """Teams listed in text boxes of a chart, one box under each unit of the row over
    them (a Hangul chart of boxes, each unit's teams one a paragraph of its box): the
    k-th box's teams the k-th unit's, where the boxes are as many as the units."""
    boxes = [_box_of(it) for it in items]
    if any(b is None for b in boxes) or len({_box_of(p) for p in parents}) != len(parents):
        return None
    runs: list[list[Box]] = []
    for it, (prev, b) in zip(items, itertools.pairwise([None, *boxes]), strict=True):
        if b != prev:
            runs.append([])
        runs[-1].append(it)
    if len(runs) != len(parents) or len(set(boxes)) != len(runs):
        return None
    return runs


def _resolve(parents: list[Box], queue: list[Box]) -> None:
    """Give the children listed after a row of units (``queue``) their unit."""
    children = [b for b in queue if not b.block]
    if not children:
        return
    if all(c.kind == "team" for c in children):
        # (teams are the divisions': a 기획관 in the row of its 과 takes none of them)
        deepest = max(_rank(p) for p in parents)
        parents = [p for p in parents if _rank(p) == deepest]
    groups: list[list[Box]] | None = None
    if any(b.block for b in queue):
        blocks: list[list[Box]] = []
        for b in queue:
            if b.block:
                blocks.append([])
            elif blocks:
                blocks[-1].append(b)
        heads = [b for b in queue if b.block]
        if len(blocks) == len(parents):
            groups = blocks
            for p, head in zip(parents, heads, strict=True):
                p.teams = p.teams if p.teams is not None else head.teams
                p.persons = p.persons if p.persons is not None else head.persons
                p.lines = [*p.lines, *head.lines]
    if groups is None:
        groups = _by_boxes(parents, children)
    if groups is None:
        groups = _by_rows(parents, children) if any(c.pieces > 1 for c in children) else None
    if groups is None and all(p.team_count is not None for p in parents):
        groups = _cut_by([p.team_count or 0 for p in parents], children)
    if groups is None:
        groups = _cut_by_sums(parents, children)
    if groups is None and len(parents) > 1 and any(c.pieces > 1 for c in children):
        groups = _by_columns(parents, children)
    if groups is None:
        owners = assign_teams(
            [c.name for c in children], [p.name for p in parents], (*TEAM_WORDS, *CHART_WORDS)
        )
        groups = [
            [c for c, o in zip(children, owners, strict=False) if o == j]
            for j in range(len(parents))
        ]
    for p, group in zip(parents, groups, strict=False):
        for c in group:
            if c.parent is None:
                c.parent = p


def names_top(box: Box, top: Box) -> bool:
    """Whether a chart's unit box names the top itself, by a longer or a shorter form of
    its name (the cover's `청람광역시의회 사무처` over the chart's `의회사무처`): the top,
    no unit of its own.

    >>> top = Box("사무처", "unit", [], word="처")
    >>> [names_top(Box(n, "unit", [], word="처"), top) for n in ("의회사무처", "사무처", "총무처")]
    [True, False, False]
    """
    if box is top or box.kind not in ("unit", "official") or box.name == top.name:
        return False
    short, long = sorted((box.name, top.name), key=len)
    return len(short) >= 2 and long.endswith(short) and short not in UNIT_WORDS


def _rank(box: Box) -> int:
    order = {"bureau": 0, "division": 1, "team": 2}
    if box.kind == "team":
        return 2
    return order[UNIT_WORDS[box.word]] if box.word else 1


def assign_parents(top: Box, boxes: Sequence[Box], nearest: bool) -> None:
    """Every unit and team gets the unit it stands under (the top where nothing says).

    Where the boxes are drawn decides first; then their order: a team after a
    unit is that unit's; names after a row of two or more units (teams, or units
    of a lower rank) are shared out among the row by :func:`_resolve`.
    """
    for b in boxes:
        # (or by its very name, the top a cover names told again in the chart's top cell,
        # "복 지 국" over its 과: no unit of a row the teams under the 과 are shared out in)
        if names_top(b, top) or (b is not top and b.kind == "unit" and b.name == top.name):
            b.kind = "official"  # (the top's own box, as its head's "원 장" is)
    units = [top, *(b for b in boxes if b.kind == "unit")]
    for b in boxes:
        if b.kind in ("unit", "team") and b.parent is None and not b.listed:
            b.parent = parent_by_place(b, units, nearest)
    row: list[Box] = []  # the units seen since the last team
    queue: list[Box] = []  # what waits for a row of units to be shared out
    listed = False  # the last unit of the row has its teams after it
    for b in boxes:
        if b.listed:
            continue  # (its line says whose it is)
        if b.kind == "unit":
            if len(row) > 1 and _rank(b) > max(_rank(r) for r in row):
                queue.append(b)  # a lower rank under a row of units (과 under 부·실)
                continue
            if queue:
                _resolve(row, queue)
                row, queue = [], []
            elif listed:
                row = []
            row.append(b)
            listed = False
        elif b.kind == "team" or (b.kind == "count" and b.block):
            if len(row) == 1 and not queue and b.kind == "team":
                b.parent = b.parent or row[0]
                listed = True
            elif row:
                queue.append(b)
    if queue:
        _resolve(row, queue)
    for b in boxes:
        if b.kind in ("unit", "team") and (b.parent is None or names_top(b.parent, top)):
            b.parent = top
