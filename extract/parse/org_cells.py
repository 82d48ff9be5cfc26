"""An organisation chart drawn as a table: each cell a box of the chart, where its place
in the grid is its geometry (:func:`table_boxes`); a cell that lists team names a box for
each (:func:`team_names`), one of units each over its bulleted teams a box for each of
them, the teams under their unit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from extract.document import Line
from extract.layout import Table
from extract.layout.cells import TableCell
from extract.layout.tables import is_value
from extract.parse.org_boxes import (
    CHART_WORDS,
    NAME_SEPARATORS,
    TEAM_WORDS,
    Box,
    Geo,
    classify,
)
from extract.parse.org_notes import without_change_notes
from extract.parse.org_parts import key, unbulleted, unit_word
from extract.parse.org_vocab import (
    AFFILIATED_WORDS,
    GROUP_LABELS,
    OFFICIALS,
    STEM_NAMED_KINDS,
)
from extract.parse.text import GLOSS_WORDS

#: a name's English gloss in brackets after it, "국제교류팀 (International Relations)"
_GLOSS = regex.compile(rf"(?<!\s)\s*+[(（]{GLOSS_WORDS}[)）](?=\s|$)")


def unglossed(text: str) -> str:
    """A cell's text without the English glosses of its names: no part of them.

    >>> unglossed("국제교류팀 (International Relations)"), unglossed("(ODA Cooperation)")
    ('국제교류팀', '')
    """
    return str(_GLOSS.sub("", text)).strip()


def is_chart_table(table: Table) -> bool:
    """A table drawn as an org chart: names in its cells, no figures, not other bodies'."""
    texts = [c.text for c in table.cells if c.text.strip()]
    if any(w in key(t) for t in texts for w in AFFILIATED_WORDS):
        return False
    names = [t for t in texts if unit_word(key(unglossed(t)), CHART_WORDS)]
    # (or a unit's cell with cells of teams beside it: "국제협력관" over its three teams)
    teams = [t for t in texts if team_names(unglossed(t)) is not None]
    boxes = len(names) + len(teams) if names and teams else len(names)
    return boxes >= 3 and not any(is_value(t) for t in texts)


#: (and the bullets a cell sets before each team: "• 안전총괄팀" / "• 안전문화팀")
_SOFT_SEPARATORS = regex.compile(r"[\s·ㆍ▪•◦▫‣∙]")


#: a count of persons in brackets after a name ("(9명)", "( 7 명 )")
_STAFF_COUNT = regex.compile(r"[(（]\s*+\d{1,4}\s*+명\s*+[)）]")


def team_names(text: str) -> list[str] | None:
    """The team names a cell lists, each ending in a team word; None where a piece of it
    names no team (duties, remarks, an official)."""
    out: list[str] = []
    for part in NAME_SEPARATORS.split(text):
        pending = ""
        # (each with the count of its staff: "문화정책팀(9명)")
        # (or its note of change: "예술진흥팀(’25.1. 이관)")
        part = _STAFF_COUNT.sub("", without_change_notes(part))
        for piece in _SOFT_SEPARATORS.split(part):
            pending += key(piece)
            if unit_word(pending, TEAM_WORDS):
                out.append(pending)
                pending = ""
        if pending:
            return None
    return out or None


def _bulleted_team(text: str) -> bool:
    """A line that is a bullet and a team's name ("- 인사팀")."""
    return unbulleted(text) != text.strip() and bool(unit_word(key(unbulleted(text)), TEAM_WORDS))


def _units_over_teams(cell_lines: Sequence[Line]) -> list[tuple[Line, list[Line]]] | None:
    """A chart cell of units each over its teams, a bulleted line each ("경영지원처" / "-
    인사팀" / "- 재무팀" / "기획조정처" / "- 기획예산팀"): (unit's line, teams' lines) of each;
    None for another cell."""
    groups: list[tuple[Line, list[Line]]] = []
    for ln in cell_lines:
        name = key(unbulleted(ln.text))
        if unbulleted(ln.text) != ln.text.strip():
            if not groups or not _bulleted_team(ln.text):
                return None
            groups[-1][1].append(ln)
        elif unit_word(name) is not None and unit_word(name, TEAM_WORDS) is None:
            groups.append((ln, []))
        else:
            return None
    return groups if groups and all(teams for _, teams in groups) else None


def _team_box(name: str, line: Line, geo: Geo, row: int, unit: Box | None = None) -> Box:
    """A team's box of a chart table's cell (``unit``: the unit its cell sets it under)."""
    return Box(name, "team", [line], word=unit_word(name, TEAM_WORDS), geo=geo, row=row,
               parent=unit, listed=unit is not None)  # fmt: skip


def _cell_boxes(table: Table, c: TableCell, lines: Mapping[int, Line]) -> list[Box]:
    """The boxes of one cell of a chart drawn as a table (each box's ``row`` its place in
    the cell; :func:`table_boxes` numbers them on)."""
    out: list[Box] = []
    cell_lines = [lines[no] for no in c.lines if no in lines]
    geo = (float(c.col), float(c.row), float(c.col + c.col_span), float(c.row + c.row_span))
    if (groups := _units_over_teams(cell_lines)) is not None:
        # ("경영지원처" / "- 인사팀" / "- 재무팀": each unit, each bulleted line its team)
        for head, teams in groups:
            unit = Box(key(head.text), "unit", [head], word=unit_word(key(head.text)),
                       geo=geo, row=len(out))  # fmt: skip
            out.append(unit)
            for ln in teams:
                out.append(_team_box(key(unbulleted(ln.text)), ln, geo, len(out), unit))
        return out
    paras = [p for p in table.paragraphs(c) if p.strip()]
    if cell_lines and paras and all(_bulleted_team(p) for p in paras):
        for p in paras:  # ("- 감사팀" in a cell of its own, under its unit's)
            name = key(unbulleted(p))
            own = next((ln for ln in cell_lines if name in key(ln.text)), cell_lines[0])
            out.append(_team_box(name, own, geo, len(out)))
        return out
    # (its names' English glosses aside, each in brackets after its name or on a line of
    # its own: "국제교류팀" / "(International Relations)")
    text = unglossed(c.text)
    named = [ln for ln in cell_lines if unglossed(ln.text)]
    names = team_names(text)
    if names is not None and cell_lines:
        for name in names:
            own = next((ln for ln in cell_lines if name[:2] in key(ln.text)), cell_lines[0])
            out.append(_team_box(name, own, geo, len(out)))
        return out
    each = [classify(unglossed(ln.text), [ln], geo) for ln in named]
    words = [unit_word(key(unglossed(ln.text)), CHART_WORDS) for ln in named]
    if len(each) > 1 and all(words) and any(b is not None and b.kind == "unit" for b in each):
        # (a cell of units one a line, "내과" / "외과" / "정형외과": a box for each, the
        # short names too, where the cell's others show them units)
        for ln, word in zip(named, words, strict=True):
            out.append(
                Box(key(unglossed(ln.text)), "unit", [ln], word=word, geo=geo, row=len(out))
            )
        return out
    box = classify(text, cell_lines, geo, wrapped=True)
    if box is not None and box.kind == "team":
        box.kind = "official"  # (a name with no team word: an official's box)
    if box is not None and cell_lines:
        box.row = 0
        out.append(box)
    return out


def _stem_boxes(
    table: Table,
    c: TableCell,
    lines: Mapping[int, Line],
    above: Sequence[tuple[TableCell, list[Box]]],
) -> list[Box]:
    """The units of a cell of stems one a paragraph right under a cell that names their
    kind, one of :data:`~extract.parse.org_vocab.STEM_NAMED_KINDS` (``전문위원실(8)``):
    each stem with the kind's word, ``의회운영전문위원실``; [] for another cell."""
    head = next(
        (boxes[0] for d, boxes in above
         if d.row + d.row_span == c.row and d.col == c.col and d.col_span == c.col_span
         and len(boxes) == 1 and boxes[0].kind == "unit"),
        None,
    )  # fmt: skip
    kind = key(head.name) if head is not None else ""
    kind = next((k for k in STEM_NAMED_KINDS if kind.startswith(k)), "")
    cell_lines = [lines[no] for no in c.lines if no in lines]
    stems = [key(p) for p in table.paragraphs(c) if p.strip()]
    if not kind or not cell_lines or not all(_STEM.fullmatch(s) for s in stems):
        return []
    geo = (float(c.col), float(c.row), float(c.col + c.col_span), float(c.row + c.row_span))
    out: list[Box] = []
    for stem in stems:
        own = next((ln for ln in cell_lines if stem in key(ln.text)), cell_lines[0])
        out.append(Box(stem + kind, "unit", [own], word=kind, geo=geo, row=len(out)))
    return out


#: a unit's stem alone: Hangul letters, no unit word of its own ("의회운영", "교육")
_STEM = regex.compile(r"\p{Hangul}{2,8}+")


def _under_kind(
    head: Box, c: TableCell, by_cell: Sequence[tuple[TableCell, list[Box]]]
) -> list[Box]:
    """The boxes of the cells right under a cell, within its columns, and of the rows after
    them that go on listing units of its kind (the cell names their kind): "소 방 서 (8)"
    across the chart over two rows of four stations each."""
    cols = range(c.col, c.col + c.col_span)

    def row_boxes(row: int) -> list[Box]:
        return [
            b for d, boxes in by_cell
            if d.row == row and d.col in cols and d.col + d.col_span <= cols.stop
            for b in boxes
        ]  # fmt: skip

    row = c.row + c.row_span
    under = row_boxes(row)
    # (as many rows more as hold units named with the kind's word alone, up to its count;
    # a group's any units, "직 속 기 관 (4)" over two rows of two)
    while head.bare is not None and len(under) < head.bare:
        more = row_boxes(row + 1)
        if not more or not all(
            _group_label(head) or (
                b.kind == "unit" and len(b.name) > len(head.name) and b.name.endswith(head.name)
            )
            for b in more
        ):  # fmt: skip
            break
        under += more
        row += 1
    return under


def _group_label(head: Box) -> bool:
    """Whether a cell's one box is a group's label with its count ("직 속 기 관 (2)",
    "직속기관·사업소(5)"), naming where its units stand, no kind of theirs."""
    return head.bare is not None and head.name.replace("·", "") in GROUP_LABELS


def _group_over(head: Box, under: Sequence[Box]) -> bool:
    """Whether a group's label counts the boxes under it, each a unit or a box named as
    none of the chart's ranks, no official's title ("소방학교", "119특수대응단" under "직
    속 기 관 (2)"): its
    units, whatever their names end with."""
    return (
        _group_label(head) and len(under) == head.bare
        and all(b.kind in ("unit", "team", "official") and b.team_count is None
                and b.name not in OFFICIALS for b in under)
        and not all(b.kind == "team" and unit_word(b.name, ("팀",)) for b in under)
    )  # fmt: skip


def _kind_over(head: Box, under: Sequence[Box]) -> bool:
    """Whether a cell's one unit is the kind of the units in the cell right under it, no
    unit of its own: each of them named with it and more, as many as its bracket counts
    ("정수사업소(4)" over 덕천정수사업소, 금곡정수사업소, …)."""
    return (
        bool(under)
        and all(b.kind == "unit" and len(b.name) > len(head.name) for b in under)
        and all(b.name.endswith(head.name) for b in under)
        and head.bare in (None, len(under))
        and head.team_count is None
    )


def table_boxes(table: Table, lines: Mapping[int, Line]) -> list[Box]:
    """The boxes of a chart drawn as a table: each cell a box, its place its geometry; a
    cell that lists team names (each ending in 팀) a box for each.  A cell that names the
    kind of the units in the cell under it is none: they are the units of what it stands
    under (the chart's top where no unit of the table is over it: "경영관리부 | 급 수 부 |
    정수사업소(4)" over the 부' 과 and the 정수사업소, those the top's)."""
    out: list[Box] = []
    by_cell: list[tuple[TableCell, list[Box]]] = []
    for c in sorted(table.cells, key=lambda c: (c.row, c.col)):
        if not c.text.strip():
            continue
        found = _cell_boxes(table, c, lines)
        if not found:
            # (a kind's units by their stems alone under it: "전문위원실(8)" over "의회운영" /
            # "기획경제" / …, each the stem and the kind's word)
            found = _stem_boxes(table, c, lines, by_cell)
        for b in found:
            b.row += len(out)
        out.extend(found)
        by_cell.append((c, found))
    kinds: list[Box] = []
    for c, found in by_cell:
        if len(found) != 1 or found[0].kind != "unit":
            continue
        cols = range(c.col, c.col + c.col_span)
        under = _under_kind(found[0], c, by_cell)
        if _group_over(found[0], under):
            for b in under:  # (a group's units: "소방학교" under "직속기관(2)" a unit)
                b.kind = "unit"
        elif not _kind_over(found[0], under):
            continue
        # (what the kind's cell stands under in the table: the lowest unit over all its
        # columns; not one of a row of units over part of them, "소방행정과 | 예방안전과"
        # over "소 방 서 (8)" across the chart)
        over = [
            boxes[0] for d, boxes in by_cell
            if d.row + d.row_span <= c.row and len(boxes) == 1 and boxes[0].kind == "unit"
            and d.col <= c.col and d.col + d.col_span >= cols.stop
            and boxes[0] not in kinds  # (nor a kind's label over the rows before it)
        ]  # fmt: skip
        parent = max(over, key=lambda b: b.geo[3] if b.geo is not None else 0.0, default=None)
        for b in under:
            b.parent, b.listed = parent, True
        kinds.append(found[0])
    return [b for b in out if b not in kinds]
