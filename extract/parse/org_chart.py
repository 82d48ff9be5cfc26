"""The organisation part of any work report -> OrgUnit records and its count line.

Stages, each a plain function:

* :mod:`extract.parse.org_boxes` - the part's lines (and the cells of a chart drawn as a
  table) become boxes: units ("관광정책과(5)", "교 통 혁 신 국 (192명)"), teams
  (with or without 팀: "관 광 정 책", "▪교통기획", "청 년 정 책 팀", one syllable
  per line), counts ("(4팀, 30명)", "5팀(35명)", "(53)") and officials (원 장);
* :func:`~extract.parse.org_parents.assign_parents` - each box gets the unit it
  stands under: from where the boxes are drawn when the reader says, else from
  their order (teams after their unit, in blocks, in rows, or in one run cut by
  the units' counts or by the names' likeness);
* :func:`~extract.parse.org_ranks.unit_types` - the printed word of each unit: its
  name's ending, or the count line's word for a box whose name ends in none of its words
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
from itertools import takewhile

import regex

from extract.document import Line
from extract.layout import Layout
from extract.parse.base import Context, Parsed, prov
from extract.parse.budget_words import is_unit_name
from extract.parse.org_across import read_across
from extract.parse.org_boxes import (
    CHART_WORDS,
    NOTE,
    TEAM_WORDS,
    Box,
    Geo,
    classify,
    line_boxes,
    split_names,
)
from extract.parse.org_cells import is_chart_table, table_boxes, team_names
from extract.parse.org_lines import parents_by_lines
from extract.parse.org_parents import assign_parents
from extract.parse.org_parts import (
    CountLine,
    Part,
    counted,
    find_bureau,
    find_parts,
    key,
    read_count_line,
    unbulleted,
    unit_word,
    unmarked,
)
from extract.parse.org_ranks import top_type, unit_types
from extract.parse.org_table import listed_top, listing_boxes
from extract.parse.org_vocab import (
    CHART_COUNT_LABELS,
    EITHER_RANK_WORDS,
    PLACE_UNIT_WORDS,
    TEAM_WORD,
    UNIT_WORDS,
    StaffField,
)
from extract.parse.staff_grid import clean_unit, grid_cells, read_figures
from extract.sections import Sections
from schemas import OrgUnit, StatedTotal


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


# --- the whole chart -----------------------------------------------------------------------


def _geometry(lay: Layout) -> Mapping[int, Geo]:
    """Where each line is drawn, when the layout carries it (PDF line boxes)."""
    return lay.boxes


def _chart_label(part: Part) -> StaffField | None:
    """What the chart's person counts are, where a note or the title says ("( )는 정원")."""
    texts = [*part.titles, *(ln.text for ln in part.content if NOTE.match(unmarked(ln.text)))]
    found = {f for t in texts for w, f in CHART_COUNT_LABELS.items() if w in key(t)}
    return found.pop() if len(found) == 1 else None


def _chart_like(lines: Sequence[Line]) -> list[Line]:
    """The leading lines of ``lines`` that list names only (a chart's teams set as bullets
    after the node that titles the chart)."""
    out: list[Line] = []
    for ln in lines:
        if not ln.is_content:
            continue
        pieces = split_names(ln.text)
        boxes = [classify(p, [ln]) for p in pieces]
        if not boxes or any(b is None or b.kind not in ("team", "unit") for b in boxes):
            break
        out.append(ln)
    return out


def table_units(parts: Sequence[Part]) -> list[Box]:
    """The units a report's staffing tables name, where its organisation part draws no
    chart of them (a count line alone)."""
    out: list[Box] = []
    for part in parts:
        if part.role not in ("organization", "staffing"):
            continue
        by_no = {ln.no: ln for ln in part.lines}
        for t in part.tables:
            for fig in read_figures(grid_cells(t, by_no)):
                if fig.unit is None or fig.unit_total:
                    continue
                name = key(clean_unit(fig.unit))
                word = unit_word(name, CHART_WORDS)
                lines = [by_no[no] for c in fig.cells for no in c.lines if no in by_no]
                if word is None or not lines or any(b.name == name for b in out):
                    continue
                out.append(Box(name, "unit", lines[:1], word=word, row=len(out)))
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


#: a bracket that closes a line
_CLOSING_BRACKET = regex.compile(r"[(（](?P<inside>[^()（）]+)[)）]\s*+$")


def _listed_after_counts(count_lines: Sequence[Line]) -> list[Box]:
    """The teams a count line lists after its colon ("○ 1과 4팀 : 문화정책팀, 관광진흥팀":
    the 과's own), or in a bracket after its counts ("○ 조직 : 1과 4팀 (복지정책팀, …)")."""
    out = []
    for ln in count_lines:
        head, colon, tail = ln.text.partition(":")
        names = team_names(tail) if colon and read_count_line(head) is not None else None
        m = _CLOSING_BRACKET.search(ln.text) if names is None else None
        if m is not None and read_count_line(ln.text[: m.start()], titled=True) is not None:
            names = team_names(m["inside"])
        out += [Box(n, "team", [ln], word=unit_word(n, TEAM_WORDS)) for n in names or []]
    return out


def _teams_under_count(
    part: Part, count_line: CountLine | None, count_lines: Sequence[Line]
) -> list[Line]:
    """The line right under the count line that lists as many teams as it counts ("❍ 조
    직 : 1과 4팀" / "▸ 환경정책팀, 기후대응팀, 자원순환팀, 수질관리팀"): the top's teams."""
    if count_line is None or not count_lines:
        return []
    drawn = {no for t in part.tables for no in t.lines}
    later = [ln for ln in part.content if ln.no > count_lines[-1].no]
    after = later[0] if later else None
    teams = next((n for n, w in count_line.counts if w in TEAM_WORDS), None)
    if after is None or after.no in drawn:
        return []  # (a table's row: the chart's)
    if ":" in after.text or "：" in after.text:
        # (each team on a line of its own before its duties, "o 산림정책팀 : 산림행정 총괄,
        # …", as many as counted; else a unit's teams after its label: the chart's)
        run = list(takewhile(lambda ln: ln.no not in drawn and _duty_team(ln) is not None, later))
        return run if teams and len(run) == teams else []
    names = team_names(unbulleted(after.text))
    return [after] if names and len(names) == teams else []


def listed_teams(line: Line) -> list[str]:
    """The teams a line under the count line lists: its names, or the team before its
    duties ("o 산림정책팀 : 산림행정 총괄, …")."""
    names = team_names(unbulleted(line.text))
    if names:
        return names
    team = _duty_team(line)
    return [team] if team is not None else []


def _duty_team(line: Line) -> str | None:
    """The team a line names before the colon of its duties ("o 산림정책팀 : 산림행정 총괄")."""
    head, colon, rest = unbulleted(line.text).partition(":")
    if not colon:
        head, colon, rest = head.partition("：")
    names = team_names(head.strip()) if colon and rest.strip() else None
    return names[0] if names is not None and len(names) == 1 else None


def _find_count_line(part: Part) -> tuple[CountLine | None, list[Line]]:
    for i, ln in enumerate(part.content[:4]):
        if i and part.tables and ln.no in {no for t in part.tables for no in t.lines}:
            continue
        # (titled: the part's first line, or a title of it again, "2. 조직 및 인력" over
        # "□ 조 직 : 동장, 3팀(…)")
        found = read_count_line(ln.text, titled=i == 0 or ln.text in part.titles)
        if found is not None:
            return found, [ln]
    for t in part.tables:
        for c in t.cells:
            found = read_count_line(c.text)
            if found is not None:
                return found, [ln for ln in part.lines if ln.no in c.lines]
    return None, []


#: a unit's ending -> its office's, one unit under either name (청년정책관, 청년정책관실)
OFFICE_ENDINGS: dict[str, str] = {"관": "관실"}


def same_unit(a: str, b: str) -> bool:
    """Whether two names (squashed) name one unit: the same, or a unit and its office
    ("청년정책관" on the chart, "청년정책관실" on the cover).

    >>> same_unit("청년정책관", "청년정책관실"), same_unit("기획관", "기획조정실")
    (True, False)
    """
    if a == b:
        return True
    return any(
        (x.endswith(end) and x[: -len(end)] + office == y)
        for x, y in ((a, b), (b, a)) for end, office in OFFICE_ENDINGS.items()
    )  # fmt: skip


def read_chart(
    lay: Layout, sections: Sections, ctx: Context, geo: Mapping[int, Geo] | None = None
) -> Chart | None:
    """The organisation part of a report read whole, or None when it has none."""
    all_parts = find_parts(lay, sections)
    parts = [p for p in all_parts if p.role == "organization" and not p.government]
    name, cover = find_bureau(sections, ctx)
    if not parts:
        return None
    part = parts[0]
    where = dict(_geometry(lay)) if geo is None else dict(geo)
    count_line, count_lines = _find_count_line(part)
    told = {ln.no for ln in count_lines} | {part.title.no}
    if len(parts) > 1 and not part.tables and all(ln.no in told for ln in part.content):
        # ("1) 조직 및 인력" / "◈ 조 직 : 1국 4과 16팀" over "가) 조직" and its table: the
        # count line is the first part's, the chart the next one's)
        part = parts[1]
        if count_line is None:
            count_line, count_lines = _find_count_line(part)
    under = _teams_under_count(part, count_line, count_lines)
    skip = {ln.no for ln in [*count_lines, *under]} | {part.title.no}
    table_nos = {no for t in part.tables for no in t.lines}
    chart_lines = [ln for ln in part.content if ln.no not in skip and ln.no not in table_nos]
    chart_lines += _chart_like(part.after)
    # (the teams under the count line before the chart's boxes: the top's, not a unit's
    # drawn after them)
    boxes = _listed_after_counts(count_lines) + [
        Box(n, "team", [ln], word=unit_word(n, TEAM_WORDS), listed=True)
        for ln in under for n in listed_teams(ln)
    ] + line_boxes(chart_lines, where)  # fmt: skip
    by_no = {ln.no: ln for ln in part.lines}
    grid_boxes: list[Box] = []
    #: where the cells say which sides they draw, the lines between the boxes say whose
    #: each unit is (None: the chart's top); the columns it shares decide the rest
    by_lines: list[tuple[Box, Box | None]] = []
    listed: list[Box] = []  # (units a table lists row by row, each with its parent)
    # (a chart drawn as a table right after a count line of staff, "○ 인 력 : 정원 86명",
    # stands under that line's part: it is the organisation's all the same)
    charts = [
        t for p in all_parts if p.role == "staffing" and not p.government
        for t in p.tables if is_chart_table(t)
    ]  # fmt: skip
    by_no.update(
        (ln.no, ln) for p in all_parts if p.role == "staffing" and p.tables for ln in p.lines
    )
    if not part.tables and not any(b.kind in ("unit", "team") for b in boxes):
        # (a part of the organisation with no chart of its own, the count line alone, and a
        # table that lists the units by its header under another part of the same item,
        # "○ 본부별 주요업무" / "본부 | 팀 | 주요업무")
        end = min(
            (p.title.no for p in all_parts
             if p.title.no > part.title.no and p.role not in ("organization", "staffing")),
            default=None,
        )  # fmt: skip
        near = [
            t for t in lay.tables
            if t.lines and part.title.no < t.lines[0] and (end is None or t.lines[-1] < end)
            and t not in charts
        ]  # fmt: skip
        lines_by_no = sections.lines_by_no()
        by_no.update((no, lines_by_no[no]) for t in near for no in t.lines if no in lines_by_no)
        charts += [t for t in near[:1] if listing_boxes(t, by_no) is not None]
    for t in [*part.tables, *(t for t in charts if t not in part.tables)]:
        # (a table whose header names its columns of divisions and teams lists them, even
        # where its cells read like a chart's: "과 | 담당 | 주요업무")
        if (rows := listing_boxes(t, by_no)) is not None:
            listed.extend(rows)
            if name is None and (named := listed_top(t, by_no)) is not None:
                name, cover = named.name, named.lines[0]
        elif is_chart_table(t):
            drawn = table_boxes(t, by_no)
            found = parents_by_lines(drawn, t.cells, t.n_rows, t.n_cols)
            # (a unit its cell sets under a unit, or the top, is that one's whatever lines
            # reach it: a kind's units)
            by_lines.extend((drawn[i], p) for i, p in found.items() if not drawn[i].listed)
            grid_boxes.extend(drawn)
    top: Box | None = None
    first_unit = next((b for b in boxes if b.kind == "unit"), None)
    if first_unit is not None and (
        (name is not None and first_unit.name == key(name))
        or (name is None and first_unit.word and UNIT_WORDS[first_unit.word] == "bureau")
        or (  # (a 과's own report its cover does not name: "1과 5팀" over the one 과)
            name is None
            and first_unit.word
            and UNIT_WORDS[first_unit.word] == "division"
            and count_line is not None
            and (1, first_unit.word) in count_line.counts
            # (the one unit it counts over its teams: not "1소 1과 4팀", "1단 1과 4팀")
            and sum(n for n, w in count_line.counts if UNIT_WORDS.get(w) != "team") == 1
            and not any(b.word == first_unit.word for b in boxes if b is not first_unit)
        )
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
    top.unit_type = top_type(top.name)
    # (a 과's own report: its top is a division, "농업정책과" over its teams; so is a 읍's, a
    # 면's or a 동's, a place of the 군's or the 구's of a 과's rank)
    own = top.unit_type or ""
    top.level = (
        "division" if UNIT_WORDS.get(own) == "division" or own in PLACE_UNIT_WORDS else "bureau"
    )
    all_boxes = [*boxes, *grid_boxes]
    for box, parent in by_lines:
        box.parent = parent or top
    assign_parents(top, boxes, nearest=True)
    if grid_boxes:
        assign_parents(top, grid_boxes, nearest=False)
    kinds = {b.kind for b in all_boxes}
    from_listing = bool(listed) and ("unit" not in kinds or "team" not in kinds)
    if from_listing:
        # (a table that lists units with their teams, beside lines that name units with no
        # team, "◦ 사 업 소 : 청솔정수사업소, 한내정수사업소": the table's, then those)
        for b in listed:
            b.parent = b.parent or top
        in_table = {b.name for b in listed}
        all_boxes = [
            *listed,
            *(b for b in all_boxes if b.kind == "unit" and b.name not in in_table),
        ]
    # (a report of one unit lists its teams alone, "○ 1과 4팀 : 문화정책팀, …", "-
    # 정책기획관 : 정책기획팀, …": its chart)
    own_teams = any(b.kind == "team" and b.parent is top for b in all_boxes)
    # (a team named again under the same unit, its duties' heading "- 정책기획팀" under
    # "○ 팀별 주요업무": one team)
    seen: set[tuple[str, int]] = set()
    kept: list[Box] = []
    for b in all_boxes:
        twin = (b.name, id(b.parent))
        if b.kind == "team" and twin in seen:
            continue
        seen.add(twin)
        kept.append(b)
    all_boxes = kept
    if not any(b.kind == "unit" for b in all_boxes) and not from_listing and not own_teams:
        all_boxes = table_units(all_parts)
        for b in all_boxes:
            b.parent = top
    _bare_counts(top, all_boxes)
    chart = Chart(top, all_boxes, count_line, count_lines, _chart_label(part), part=part)
    units = chart.units
    unit_types(units, count_line.counts if count_line else (), top)
    if top.level == "division" and any(
        u.level == "division"
        and u.kind == "unit"
        and key(u.name) != key(top.name)
        # (under the top, or under the top told again in its table's cell: not that)
        and u.parent is not None
        and (u.parent is top or key(u.parent.name) == key(top.name))
        for u in units
    ):
        top.level = "bureau"  # (a 센터 or 사업소 over 과 of its own: the bureau's rank)
    for team in chart.teams:
        team.level = "team"
        # (a unit of another word at the teams' rank keeps its word: "북부고용센터")
        team.unit_type = unit_word(team.name, TEAM_WORDS) or team.word or TEAM_WORD
        if team.unit_type == "TFT":
            team.unit_type = "TF"
    for u in units:
        listed = [t for t in chart.teams if t.parent is u]
        if u.team_count is None or not listed or len(listed) == u.team_count:
            continue
        fixed = read_across(listed, u.team_count)
        others = [b for b in chart.boxes if b.parent is not u or b.kind != "team"]
        if fixed is None:
            chart.unread.append(u)
            chart.boxes = others
            continue
        at = chart.boxes.index(listed[0])
        before = [b for b in chart.boxes[:at] if b in others]
        chart.boxes = [*before, *fixed, *(b for b in chart.boxes[at:] if b in others)]
        for team in fixed:
            team.unit_type = unit_word(team.name, TEAM_WORDS) or TEAM_WORD
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
    top = chart.top
    if top is not None:
        boxes = [b for b in chart.boxes if b.kind in ("unit", "team") and b.lines and b is not top]
        if (
            top.unit_type in EITHER_RANK_WORDS and top.level == "bureau" and boxes
            and all(b.kind == "team" or b.level == "team" for b in boxes)
        ):  # fmt: skip
            # (the top of either rank right over teams alone: a 군's "기획감사실" / "1실 5팀",
            # of a 과's rank)
            top.level = "division"
    if chart.count_line is not None:
        for n, word in chart.count_line.counts:
            # (a word counted at the rank the chart gives its unit: "1실" of a 실 over teams)
            rank = top.level if top is not None and word == top.unit_type else UNIT_WORDS[word]
            out.add(
                "stated_totals",
                StatedTotal(
                    key=f"organization.{rank}",
                    value=n,
                    unit=word,
                    raw=chart.count_line.raw,
                    **prov(chart.count_lines),
                ),
            )
        out.use(chart.count_lines)
    if chart.top is None:
        part = chart.part
        # (the count line's, the part's title's, and its tables' lines, read apart)
        count_nos = {ln.no for ln in chart.count_lines} | {
            n for t in (part.tables if part is not None else []) for n in t.lines
        }
        listed = (
            any(b.kind in ("unit", "team") and b.lines for b in chart.boxes)
            or (
                part is not None
                and (
                    any(t.n_rows > 2 for t in part.tables)  # (not the count line's own table)
                    or any(ln.no not in count_nos | {part.title.no} for ln in part.content)
                )
            )
            or any(  # (or on the count line itself: "2과 6팀 (문화예술과, 관광진흥과)")
                is_unit_name(w)
                for ln in chart.count_lines
                for w in regex.split(r"[\s(),·:]++", ln.text)
            )
        )
        if chart.count_line is not None and chart.count_line.counts and listed:
            # (units counted and listed but no top to hang them from: say so, the chart is
            # left out; a count line alone leaves nothing out)
            out.warn(
                "organization.no_top",
                f"{chart.count_line.raw}: units stated, but no body over them is named (its "
                "cover's name not read?): the chart is left out",
                chart.count_lines,
            )
        return out
    top = chart.top
    under = [
        b for b in chart.boxes
        if b.kind == "unit" and b.lines and (b.parent is None or b.parent is chart.top)
    ]  # fmt: skip
    if len(under) == 1 and same_unit(under[0].name, top.name):
        # (the cover's 청년정책관실 over the chart's one 청년정책관: one unit, the chart's)
        top = under[0]
        top.level = chart.top.level
    seq = 1
    out.add("organization", _record(seq, top, None))
    out.use(top.lines)
    seen = {chart.top.name, top.name}
    for box in chart.boxes:
        if box.kind not in ("unit", "team") or not box.lines or box is top:
            continue
        if box.kind == "unit" and box.name in seen:
            continue
        seen.add(box.name)
        seq += 1
        parent = box.parent.name if box.parent is not None else top.name
        out.add("organization", _record(seq, box, parent))
        out.use(box.lines)
    for u in chart.unread:
        out.warn(
            "organization.teams_unread",
            f"{u.name}: the chart says {u.team_count} teams, its names could not be read "
            "one by one (letter-spaced names read out of order?); its teams are left out",
            u.lines,
        )
    units = [r for r in out.tables.get("organization", []) if isinstance(r, OrgUnit)]
    if chart.count_line is not None and len(units) > 1:
        for level, stated, found in counted(units, chart.count_line.counts):
            want = sum(n for n, _ in stated)
            if want != len(found) and not (level == "team" and chart.unread):
                told = " ".join(f"{n}{w}" for n, w in stated)
                out.warn(
                    "organization.count_mismatch",
                    f"{chart.count_line.raw}: {told} stated, {len(found)} found in the chart",
                    chart.count_lines,
                )
    ctx.bureau = ctx.bureau or top.name
    if not ctx.divisions:
        ctx.divisions = [u.name for u in chart.units if u.level == "division"]
    return out
