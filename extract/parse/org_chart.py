"""The organisation part of any work report -> OrgUnit records and its count line.

Stages, each a plain function:

* :func:`chart_boxes` - the part's lines (and the cells of a chart drawn as a
  table) become boxes: units ("관광정책과(5)", "교 통 혁 신 국 (192명)"), teams
  (with or without 팀: "관 광 정 책", "▪교통기획", "청 년 정 책 팀", one syllable
  per line), counts ("(4팀, 30명)", "5팀(35명)", "(53)") and officials (원 장);
* :func:`assign_parents` - each box gets the unit it stands under: from where
  the boxes are drawn when the reader says (a box under another, or nearest to
  it in the row above), else from their order: teams after their unit; teams
  after a row of units in blocks ("5팀" over each), in rows (the first team of
  every unit, then the second ...), or in one run cut by the units' team counts
  or person counts, or by the names' likeness;
* :func:`unit_types` - the printed word of each unit: its name's ending, or
  the count line's word for a box whose name ends in none of its words
  (여성회관 is one of "4사업소");
* :func:`read_chart` - all of it for a report: the top unit (the bureau of the
  cover), units, teams, the count line and the staff figures printed in the
  chart.

A team listing that disagrees with the count printed over it (the reader
scrambled a box's letter-spaced names) is dropped with a warning rather than
emitted wrong; the checks then leave the team count alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import regex

from extract.document import Line
from extract.layout import Layout, Table
from extract.layout.tables import is_value
from extract.parse.base import Context, Parsed, prov
from extract.parse.org_parts import (
    CountLine,
    Part,
    find_bureau,
    find_parts,
    key,
    read_count_line,
    unbulleted,
    unit_word,
    unmarked,
)
from extract.parse.org_vocab import (
    AFFILIATED_WORDS,
    CHART_COUNT_LABELS,
    COUNT_ONLY_WORDS,
    OFFICIALS,
    TEAM_WORD,
    TOP_WORDS,
    UNIT_WORDS,
    Level,
    StaffField,
)
from extract.parse.organization import assign_teams
from extract.sections import Sections
from schemas import OrgUnit, StatedTotal

#: (x0, top, x1, bottom): a box on its page, or a cell's columns and rows in a table
Geo = tuple[float, float, float, float]
BoxKind = Literal["unit", "team", "count", "official"]

#: the word a team's name ends with (팀, TF) and the words a unit box's name ends with
TEAM_WORDS: tuple[str, ...] = tuple(w for w, lv in UNIT_WORDS.items() if lv == "team")
CHART_WORDS: tuple[str, ...] = tuple(
    w for w in UNIT_WORDS if w not in COUNT_ONLY_WORDS and w not in TEAM_WORDS
)
#: what separates the teams listed on one line ("▪관리 ▪운영", "환경정책 •물정책")
_SEPARATORS = regex.compile(r"[▪•◦▫‣∙]")
#: "(4팀, 30명)", "(2팀 14명)", "(4팀 1TF 26명)", "(53)" - counts in brackets
_BRACKETS = regex.compile(r"^(?P<name>.*?)\s*[(（](?P<inside>[^()（）]*)[)）]\s*$")
#: "5팀", "5팀(35명)": a count heading a box of teams
_BLOCK = regex.compile(
    r"^(?P<teams>\d{1,2})\s*팀\s*(?:[(（]\s*(?P<persons>\d[\d,]*)\s*명\s*[)）])?$"
)
_IN_TEAMS = regex.compile(r"(\d{1,3})\s*팀")
_IN_TF = regex.compile(r"(\d{1,3})\s*TFT?")
_IN_PERSONS = regex.compile(r"(\d[\d,]*)\s*명")
_BARE = regex.compile(r"^\s*(\d[\d,]*)\s*$")
_HANGUL = regex.compile(r"\p{Hangul}")
#: what a box's name is made of (no sentence punctuation, no amounts)
_NAME = regex.compile(r"^[\p{Hangul}A-Za-z0-9+&]+$")
#: a note on the chart ("※( )는 정원", "(기준:’25. 2. 1.)")
_NOTE = regex.compile(r"^\s*(?:※|\*|[(（]\s*기\s*준|[(（]\s*[)）])")
#: longest name a box can hold (a sentence is not a box)
MAX_NAME = 24
#: a row of boxes: bottoms within this many points (or grid rows) of each other
ROW_SLACK = 6.0


@dataclass(eq=False)
class Box:
    """One box of an org chart (or one name of a box listing several)."""

    name: str
    kind: BoxKind
    lines: list[Line]
    word: str | None = None
    teams: int | None = None
    tfs: int | None = None
    persons: int | None = None
    bare: int | None = None
    #: a "5팀" heading the teams under it (not a count in brackets after a unit)
    block: bool = False
    geo: Geo | None = None
    #: which line of the chart it is on, and how many names share that line
    row: int = 0
    pieces: int = 1
    parent: Box | None = None
    level: Level | None = None
    unit_type: str | None = None

    @property
    def team_count(self) -> int | None:
        if self.teams is None and self.tfs is None:
            return None
        return (self.teams or 0) + (self.tfs or 0)


@dataclass(slots=True)
class Chart:
    """What the organisation part says: the top unit, the boxes, the count line."""

    top: Box | None
    boxes: list[Box]
    count_line: CountLine | None = None
    count_lines: list[Line] = field(default_factory=list)
    #: what the chart's person counts are (정원 or 현원), where a note or title says
    staff_field: StaffField | None = None
    #: the units whose listed teams were dropped (they disagree with the count over them)
    unread: list[Box] = field(default_factory=list)
    part: Part | None = None

    @property
    def units(self) -> list[Box]:
        return [b for b in self.boxes if b.kind == "unit"]

    @property
    def teams(self) -> list[Box]:
        return [b for b in self.boxes if b.kind == "team"]


# --- boxes -------------------------------------------------------------------------------


def _counts(inside: str, box: Box) -> bool:
    """Read "4팀, 30명" / "53" into ``box``; False when it holds no count."""
    bare = _BARE.match(inside)
    if bare:
        box.bare = int(bare[1].replace(",", ""))
        return True
    found = False
    for pattern, attr in ((_IN_TEAMS, "teams"), (_IN_TF, "tfs"), (_IN_PERSONS, "persons")):
        m = pattern.search(inside)
        if m:
            setattr(box, attr, int(m[1].replace(",", "")))
            found = True
    return found


def classify(text: str, lines: list[Line], geo: Geo | None = None) -> Box | None:
    """One name or count of a chart as a box (None for text that is neither).

    >>> [(b.kind, b.name, b.teams, b.persons, b.bare) for b in (
    ...     classify("관광정책과(5)", []), classify("(4팀, 30명)", []), classify("▪교통기획", []),
    ...     classify("원 장", []), classify("5팀(35명)", []))]  # doctest: +NORMALIZE_WHITESPACE
    [('unit', '관광정책과', None, None, 5), ('count', '', 4, 30, None),
     ('team', '교통기획', None, None, None), ('official', '원장', None, None, None),
     ('count', '', 5, 35, None)]
    """
    s = unbulleted(text)
    if not s or _NOTE.match(s):
        return None
    box = Box("", "count", lines, geo=geo)
    block = _BLOCK.match(key(s))
    if block:
        box.teams, box.block = int(block["teams"]), True
        if block["persons"]:
            box.persons = int(block["persons"].replace(",", ""))
        return box
    m = _BRACKETS.match(s)
    name = s
    if m:
        if not _counts(m["inside"], box):
            name = s  # brackets that are part of the name: "(재)...", "(별도조직)"
            name = regex.sub(r"[(（][^()（）]*[)）]", "", s)
        else:
            name = m["name"]
    name = key(name)
    if not name:
        return box if (box.bare or box.teams or box.persons) is not None else None
    if not _HANGUL.search(name) or len(name) > MAX_NAME or not _NAME.match(name):
        return None
    box.name = name
    if name in OFFICIALS:
        box.kind = "official"
        return box
    if unit_word(name, TEAM_WORDS):
        box.kind = "team"
        return box
    word = unit_word(name, CHART_WORDS)
    if word is not None and len(name) - len(word) >= 2:
        box.kind, box.word = "unit", word
        return box
    box.kind = "unit" if (box.teams or box.persons or box.bare) is not None else "team"
    return box


def _split(text: str) -> list[str]:
    """The names one chart line lists: separated by bullets, or several unit names in a row."""
    pieces = [p.strip() for p in _SEPARATORS.split(text) if p.strip()]
    out: list[str] = []
    for p in pieces:
        toks = unbulleted(p).split()
        names = [t for t in toks if unit_word(t, CHART_WORDS) and len(t) >= 3]
        out.extend(toks if len(toks) >= 2 and len(names) == len(toks) else [p])
    return out


def _is_syllable(text: str) -> bool:
    t = "".join(text.split())
    return len(t) == 1 and bool(_HANGUL.match(t))


def line_boxes(lines: Sequence[Line], geo: Mapping[int, Geo]) -> list[Box]:
    """The boxes of a chart's lines, in order: names split, syllables stacked one per
    line joined, counts in brackets on the line after a name joined to it."""
    boxes: list[Box] = []
    pending: list[Line] = []

    def flush() -> None:
        if not pending:
            return
        text = "".join(ln.text.strip() for ln in pending)
        g = [geo[ln.no] for ln in pending if ln.no in geo]
        union = (
            (min(b[0] for b in g), min(b[1] for b in g), max(b[2] for b in g), max(b[3] for b in g))
            if g
            else None
        )
        box = classify(text, list(pending), union)
        if box is not None:
            box.row = len(boxes)
            boxes.append(box)
        pending.clear()

    for row, ln in enumerate(lines):
        if _is_syllable(ln.text):
            pending.append(ln)
            joined = "".join(p.text.strip() for p in pending)
            if unit_word(joined, TEAM_WORDS + CHART_WORDS):
                flush()
            continue
        flush()
        pieces = _split(ln.text)
        for piece in pieces:
            box = classify(piece, [ln], geo.get(ln.no))
            if box is None:
                continue
            box.row, box.pieces = row, len(pieces)
            boxes.append(box)
    flush()
    return _attach_counts(boxes)


def _attach_counts(boxes: list[Box]) -> list[Box]:
    """A count in brackets belongs to the name before it (which is then a unit)."""
    out: list[Box] = []
    for box in boxes:
        prev = out[-1] if out else None
        if box.kind == "count" and not box.block and prev is not None and prev.kind != "count":
            for attr in ("teams", "tfs", "persons", "bare"):
                if getattr(box, attr) is not None and getattr(prev, attr) is None:
                    setattr(prev, attr, getattr(box, attr))
            prev.lines = [*prev.lines, *box.lines]
            if prev.kind == "team":
                prev.kind = "unit"
                prev.word = unit_word(prev.name, CHART_WORDS)
            continue
        out.append(box)
    return out


def _is_chart_table(table: Table) -> bool:
    """A table drawn as an org chart: names in its cells, no figures, not other bodies'."""
    texts = [c.text for c in table.cells if c.text.strip()]
    if any(w in key(t) for t in texts for w in AFFILIATED_WORDS):
        return False
    names = [t for t in texts if unit_word(key(t), CHART_WORDS)]
    return len(names) >= 3 and not any(is_value(t) for t in texts)


def table_boxes(table: Table, lines: Mapping[int, Line]) -> list[Box]:
    """The boxes of a chart drawn as a table: each cell a box, its place its geometry."""
    out: list[Box] = []
    for c in sorted(table.cells, key=lambda c: (c.row, c.col)):
        if not c.text.strip():
            continue
        cell_lines = [lines[no] for no in c.lines if no in lines]
        geo = (float(c.col), float(c.row), float(c.col + c.col_span), float(c.row + c.row_span))
        box = classify(c.text, cell_lines, geo)
        if box is not None and box.kind == "team":
            box.kind = "official"  # a chart drawn as a table has no team boxes
        if box is not None and cell_lines:
            box.row = len(out)
            out.append(box)
    return out


# --- parents -------------------------------------------------------------------------------


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


def _resolve(parents: list[Box], queue: list[Box]) -> None:
    """Give the children listed after a row of units (``queue``) their unit."""
    children = [b for b in queue if not b.block]
    if not children:
        return
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
        groups = _by_rows(parents, children) if any(c.pieces > 1 for c in children) else None
    if groups is None and all(p.team_count is not None for p in parents):
        groups = _cut_by([p.team_count or 0 for p in parents], children)
    if groups is None:
        groups = _cut_by_sums(parents, children)
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
    units = [top, *(b for b in boxes if b.kind == "unit")]
    for b in boxes:
        if b.kind in ("unit", "team") and b.parent is None:
            b.parent = parent_by_place(b, units, nearest)
    row: list[Box] = []  # the units seen since the last team
    queue: list[Box] = []  # what waits for a row of units to be shared out
    listed = False  # the last unit of the row has its teams after it
    for b in boxes:
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
        if b.kind in ("unit", "team") and b.parent is None:
            b.parent = top


# --- types and levels ----------------------------------------------------------------------


def unit_types(units: Sequence[Box], counts: Sequence[tuple[int, str]]) -> None:
    """Each unit's printed word and rank: its name's ending, or the count line's word
    it is counted as when its name ends in none of the count line's words."""
    stated = {w: n for n, w in counts}
    loose: list[Box] = []
    for u in units:
        if stated and u.word not in stated:
            loose.append(u)
        else:
            u.unit_type = u.word
    found = {w: sum(1 for u in units if u.unit_type == w) for w in stated}
    # a kind the count line counts that no box is named after: the loose boxes are it
    short = {
        w: n for w, n in stated.items() if found[w] == 0 and UNIT_WORDS[w] != "team"
    }  # fmt: skip
    if loose and len(short) == 1 and sum(short.values()) == len(loose):
        word = next(iter(short))
        for u in loose:
            u.unit_type = word
    for u in loose:
        if u.unit_type is None:
            u.unit_type = u.word
    for u in units:
        u.level = UNIT_WORDS[u.unit_type] if u.unit_type else "division"
        parent = u.parent
        if (
            u.level == "bureau"
            and parent is not None
            and parent.level == "bureau"
            and parent.kind == "unit"
        ):
            lower = [w for w in CHART_WORDS if UNIT_WORDS[w] == "division" and u.name.endswith(w)]
            if lower:  # 정책기획관 under 기획조정실: a 관, not a bureau
                u.unit_type, u.level = max(lower, key=len), "division"


def top_type(name: str) -> str | None:
    """The word of the top unit's name (관광마이스국 -> 국, 국립국어원 -> 원)."""
    return unit_word(name, TOP_WORDS) or unit_word(name)


# --- the whole chart -----------------------------------------------------------------------


def _geometry(lay: Layout) -> Mapping[int, Geo]:
    """Where each line is drawn, when the layout carries it (PDF line boxes)."""
    boxes = getattr(lay, "boxes", None)
    return boxes if isinstance(boxes, Mapping) else {}


def _chart_label(part: Part) -> StaffField | None:
    """What the chart's person counts are, where a note or the title says ("( )는 정원")."""
    texts = [*part.titles, *(ln.text for ln in part.content if _NOTE.match(unmarked(ln.text)))]
    found = {f for t in texts for w, f in CHART_COUNT_LABELS.items() if w in key(t)}
    return found.pop() if len(found) == 1 else None


def _chart_like(lines: Sequence[Line]) -> list[Line]:
    """The leading lines of ``lines`` that list names only (a chart's teams set as bullets
    after the node that titles the chart)."""
    out: list[Line] = []
    for ln in lines:
        if not ln.is_content:
            continue
        pieces = _split(ln.text)
        boxes = [classify(p, [ln]) for p in pieces]
        if not boxes or any(b is None or b.kind not in ("team", "unit") for b in boxes):
            break
        out.append(ln)
    return out


def _bare_counts(top: Box, boxes: Sequence[Box]) -> None:
    """A bare "(n)" counts persons where the top's is the sum of the units' under it
    ("원 장 (53)" over "(25)" and "(28)"), else teams ("관광정책과(5)")."""
    under = [b for b in boxes if b.kind == "unit" and b.parent is top and b.bare is not None]
    persons = top.bare is not None and under and sum(b.bare or 0 for b in under) == top.bare
    for b in [top, *boxes]:
        if b.bare is None:
            continue
        if persons:
            b.persons = b.persons if b.persons is not None else b.bare
        elif b.teams is None:
            b.teams = b.bare


def _find_count_line(part: Part) -> tuple[CountLine | None, list[Line]]:
    for i, ln in enumerate(part.content[:4]):
        if i and part.tables and ln.no in {no for t in part.tables for no in t.lines}:
            continue
        found = read_count_line(ln.text, titled=i == 0)
        if found is not None:
            return found, [ln]
    for t in part.tables:
        for c in t.cells:
            found = read_count_line(c.text)
            if found is not None:
                return found, [ln for ln in part.lines if ln.no in c.lines]
    return None, []


def read_chart(
    lay: Layout, sections: Sections, ctx: Context, geo: Mapping[int, Geo] | None = None
) -> Chart | None:
    """The organisation part of a report read whole, or None when it has none."""
    parts = [p for p in find_parts(lay, sections) if p.role == "organization"]
    name, cover = find_bureau(sections, ctx)
    if not parts:
        return None
    part = parts[0]
    where = dict(_geometry(lay)) if geo is None else dict(geo)
    count_line, count_lines = _find_count_line(part)
    skip = {ln.no for ln in count_lines} | {part.title.no}
    table_nos = {no for t in part.tables for no in t.lines}
    chart_lines = [ln for ln in part.content if ln.no not in skip and ln.no not in table_nos]
    chart_lines += _chart_like(part.after)
    boxes = line_boxes(chart_lines, where)
    by_no = {ln.no: ln for ln in part.lines}
    grid_boxes: list[Box] = []
    for t in part.tables:
        if _is_chart_table(t):
            grid_boxes.extend(table_boxes(t, by_no))
    top: Box | None = None
    first_unit = next((b for b in boxes if b.kind == "unit"), None)
    if first_unit is not None and (
        (name is not None and first_unit.name == key(name))
        or (name is None and first_unit.word and UNIT_WORDS[first_unit.word] == "bureau")
    ):
        top = first_unit
        boxes = [b for b in boxes if b is not top]
    # what stands before the first unit under the top is the top's own box (원 장 (53))
    lead = 0
    while lead < len(boxes) and boxes[lead].kind in ("official", "count") and not boxes[lead].block:
        lead += 1
    head_boxes, boxes = boxes[:lead], boxes[lead:]
    if top is None:
        if name is None:
            return Chart(None, [], count_line, count_lines, part=part)
        src = [cover] if cover is not None else [part.title]
        top = Box(key(name), "unit", src, word=top_type(key(name)))
    for h in head_boxes:
        if h.bare is not None and top.bare is None:
            top.bare = h.bare
    top.level, top.unit_type = "bureau", top_type(top.name)
    all_boxes = [*boxes, *grid_boxes]
    assign_parents(top, boxes, nearest=True)
    if grid_boxes:
        assign_parents(top, grid_boxes, nearest=False)
    _bare_counts(top, all_boxes)
    chart = Chart(top, all_boxes, count_line, count_lines, _chart_label(part), part=part)
    units = chart.units
    unit_types(units, count_line.counts if count_line else ())
    for team in chart.teams:
        team.level = "team"
        team.unit_type = unit_word(team.name, TEAM_WORDS) or TEAM_WORD
        if team.unit_type == "TFT":
            team.unit_type = "TF"
    for u in units:
        listed = [t for t in chart.teams if t.parent is u]
        if u.team_count is not None and listed and len(listed) != u.team_count:
            chart.unread.append(u)
            chart.boxes = [b for b in chart.boxes if b.parent is not u or b.kind != "team"]
    return chart


# --- records ---------------------------------------------------------------------------------


def _record(seq: int, box: Box, parent: str | None) -> OrgUnit:
    return OrgUnit(
        seq=seq,
        name=box.name,
        level=box.level or "division",
        parent=parent,
        unit_type=box.unit_type,
        **prov(box.lines),
    )


def parse_org_structure(lay: Layout, sections: Sections, ctx: Context, parsed: Parsed) -> Parsed:
    """Organisation records of any report (where the template parser found none)."""
    out = Parsed()
    if parsed.tables.get("organization"):
        return out
    chart = read_chart(lay, sections, ctx)
    if chart is None:
        return out
    if chart.count_line is not None:
        for n, word in chart.count_line.counts:
            out.add(
                "stated_totals",
                StatedTotal(
                    key=f"organization.{UNIT_WORDS[word]}",
                    value=n,
                    unit=word,
                    raw=chart.count_line.raw,
                    **prov(chart.count_lines),
                ),
            )
        out.use(chart.count_lines)
    if chart.top is None:
        return out
    seq = 1
    out.add("organization", _record(seq, chart.top, None))
    seen = {chart.top.name}
    for box in chart.boxes:
        if box.kind not in ("unit", "team") or not box.lines:
            continue
        if box.kind == "unit" and box.name in seen:
            continue
        seen.add(box.name)
        seq += 1
        parent = box.parent.name if box.parent is not None else chart.top.name
        out.add("organization", _record(seq, box, parent))
        out.use(box.lines)
    for u in chart.unread:
        out.warn(
            "organization.teams_unread",
            f"{u.name}: the chart says {u.team_count} teams, its names could not be read "
            "one by one (letter-spaced names read out of order?); its teams are left out",
            u.lines,
        )
    if chart.count_line is not None and len(chart.units) == 0:
        out.warn("organization.no_chart", "a count line but no units found in the chart")
    ctx.bureau = ctx.bureau or chart.top.name
    if not ctx.divisions:
        ctx.divisions = [u.name for u in chart.units if u.level == "division"]
    return out
