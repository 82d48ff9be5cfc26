"""Ⅱ. 정책목표와 핵심과제 -> PolicyTask records.

The matrix comes out flattened: "비전 <vision>", "목표", the goals (cells
wrapped onto several lines, some letter-spaced), "핵심 과제", a row of goal
column headings (letter-spaced, e.g. "사 회 혁 신 전 환 도 시 갈 등 조 정"),
then the task cells row by row, each wrapped onto lines.  Stages:

:func:`split_parts` (by the left-column labels) -> :func:`group_goals` (the
goal lines cut to match the themes of Ⅲ, which repeat the goals) ->
:func:`read_areas` (the column headings, cut by the division names) ->
:func:`group_tasks` (task lines cut into cells: a grid, so every cell spans
the same number of lines where possible, chosen so that cells end where a
Korean phrase ends and not after a particle) -> records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher
from itertools import pairwise

import regex

from extract.document import BBox, Cell, Line
from extract.layout.markers import read_marker
from extract.layout.tables import Table
from extract.normalize.wraps import Lexicon, join_wrapped
from extract.parse.base import Context, Parsed, heading_name, prov
from extract.parse.plan import unlabelled
from extract.parse.policy_diagram import (
    diagram_goals,
    diagram_region,
    diagram_vision,
    find_labels,
    numbered_goals,
)
from extract.parse.policy_grid import cell_text, division_stem, policy_columns, policy_grid
from extract.parse.policy_outline import node_text, outline_goals
from extract.parse.tags import tagged_closing_units
from extract.parse.text import best_runs, collapse, despace, squash
from extract.parse.vocab import (
    COMPLETE_WORDS,
    CONTINUATION_ENDINGS,
    POLICY_LABELS,
    POLICY_PART_WORDS,
)
from extract.sections import Section
from schemas import PolicyTask

#: cost of cutting a cell after a line that ends with a particle, and of
#: joining a line that looks complete to the next one
CUT_AFTER_PARTICLE = 1.0
JOIN_AFTER_COMPLETE = 0.5
#: a small cost for a cell far longer or shorter than the average: breaks ties only
UNEVEN_CELL = 0.05
#: most lines one cell of the matrix spans (bounds the search for long text)
MAX_CELL_LINES = 6


def split_parts(lines: Sequence[Line]) -> tuple[dict[str, list[Line]], list[Line], str]:
    """Lines by part (vision/goals/tasks), the label lines, and vision text on the label line."""
    parts: dict[str, list[Line]] = {}
    labels: list[Line] = []
    vision_inline = ""
    current: str | None = None
    i = 0
    while i < len(lines):
        ln = lines[i]
        key = squash(ln.text)
        hit = POLICY_LABELS.get(key)
        span = 1
        if hit is None and i + 1 < len(lines):  # a label wrapped onto two lines: 핵심 / 과제
            hit = POLICY_LABELS.get(key + squash(lines[i + 1].text))
            span = 2 if hit else 1
        if hit is None:
            first, _, rest = ln.text.strip().partition(" ")
            if POLICY_LABELS.get(first) == "vision" and rest:
                hit, vision_inline = "vision", collapse(rest)
        if hit is not None and hit not in parts:
            current = hit
            parts[hit] = []
            labels += lines[i : i + span]
            i += span
            continue
        if current is not None:
            parts[current].append(ln)
        i += 1
    return parts, labels, vision_inline


def _text(lines: Sequence[Line]) -> str:
    return collapse(" ".join(despace(ln.text) for ln in lines))


def _best_cut(lines: Sequence[Line], targets: Sequence[str]) -> tuple[list[list[Line]], float]:
    """Cut ``lines`` into ``len(targets)`` runs, maximizing text similarity to the targets."""
    keys = [squash(t) for t in targets]
    found = best_runs(
        len(lines),
        len(targets),
        lambda a, b, j: SequenceMatcher(None, squash(_text(lines[a:b])), keys[j]).ratio(),
        max_len=MAX_CELL_LINES,
    )
    if found is None:
        return [], 0.0
    runs, total = found
    return [list(lines[a:b]) for a, b in runs], total / len(targets)


def _cut_by_phrases(lines: Sequence[Line], ncols: int) -> list[list[Line]]:
    """Cut ``lines`` into ``ncols`` cells that end where a phrase ends (see :func:`_cost`)."""
    cont = [continues(ln) for ln in lines]
    size = [len(squash(ln.text)) for ln in lines]
    mean = sum(size) / ncols or 1.0

    def score(a: int, b: int, _: int) -> float:
        inner = sum(JOIN_AFTER_COMPLETE for k in range(a, b - 1) if not cont[k])
        # between cuts the grammar cannot tell apart, cells of similar length win
        balance = UNEVEN_CELL * abs(sum(size[a:b]) - mean) / mean
        return -(inner + (CUT_AFTER_PARTICLE if cont[b - 1] else 0.0) + balance)

    found = best_runs(len(lines), ncols, score, max_len=MAX_CELL_LINES)
    return [list(lines[a:b]) for a, b in found[0]] if found else []


def continues(line: Line) -> bool:
    """Does this wrapped line end in the middle of a phrase?"""
    key = squash(despace(line.text))
    return key.endswith(CONTINUATION_ENDINGS) and not key.endswith(COMPLETE_WORDS)


def _cost(lines: Sequence[Line], size: int) -> float:
    cost = 0.0
    for i, ln in enumerate(lines):
        last = (i + 1) % size == 0
        if last and continues(ln):
            cost += CUT_AFTER_PARTICLE
        elif not last and not continues(ln):
            cost += JOIN_AFTER_COMPLETE
    return cost


def group_cells(lines: Sequence[Line], ncols: int) -> list[list[Line]]:
    """Cut grid cells: every cell the same number of lines, the cheapest size wins.

    When no size fits the grid, each run of lines up to one that looks
    complete is a cell.
    """
    n = len(lines)
    sizes = [k for k in range(1, n + 1) if n % (k * max(ncols, 1)) == 0]
    if sizes:
        size = min(sizes, key=lambda k: (_cost(lines, k), k))
        return [list(lines[i : i + size]) for i in range(0, n, size)]
    cells: list[list[Line]] = [[]]
    for ln in lines:
        cells[-1].append(ln)
        if not continues(ln):
            cells.append([])
    return [c for c in cells if c]


def group_goals(
    lines: Sequence[Line], themes: Sequence[str], ncols: int | None
) -> list[list[Line]]:
    """The goal cells: matched to the themes of Ⅲ when they repeat the goals, else
    cut into the number of goal columns where phrases end."""
    if themes and len(lines) >= len(themes) and ncols in (None, len(themes)):
        groups, score = _best_cut(lines, themes)
        if groups and score >= 0.6:
            return groups
    if ncols:
        cells = _cut_by_phrases(lines, ncols)
        if cells:
            return cells
    return group_cells(lines, 1)


#: the letters an area heading has, at least and at most
AREA_LETTERS = (2, 10)


def read_areas(
    line: Line, ncols: int | None, divisions: Sequence[str], words: str = ""
) -> list[str] | None:
    """The goal column headings, if ``line`` is that row; None otherwise.

    The letter-spaced row "사 회 혁 신 전 환 도 시 갈 등 조 정" is cut where
    the division names (without 담당관/과) say, else into ``ncols`` headings that the
    report's ``words`` (its themes, duties, tasks) use as words of their own, else into
    ``ncols`` equal parts.
    """
    key = squash(line.text)
    stems = [division_stem(d) for d in divisions]
    if stems and ncols in (None, len(stems)) and "".join(stems) == key:
        return stems
    toks = line.text.split()
    if not (ncols and toks and all(len(t) == 1 for t in toks)):
        return None
    used = _cut_by_words(key, ncols, words)
    if used is not None:
        return used
    if len(key) % ncols == 0:
        size = len(key) // ncols
        return [key[i : i + size] for i in range(0, len(key), size)]
    return None


def _cut_by_words(key: str, n: int, words: str) -> list[str] | None:
    """``key`` cut into ``n`` parts that ``words`` each uses as a word of its own (its
    letters perhaps spaced: "에너지 전환"), of such cuts the most even; None where there is
    none ("기후행동대기질…" -> "기후행동", "대기질", …, not "대기질에", "너지전환")."""
    low, high = AREA_LETTERS
    if not words or not low * n <= len(key) <= high * n:
        return None
    mean = len(key) / n
    seen: dict[str, bool] = {}

    def used(part: str) -> bool:
        if part not in seen:
            spaced = r"\s?".join(map(regex.escape, part))
            alone = rf"(?<!\p{{Hangul}}){spaced}(?!\p{{Hangul}})"
            seen[part] = regex.search(alone, words) is not None
        return seen[part]

    # best[k][i]: the most even cut of key[:i] into k used words (its spread, its ends)
    best: list[dict[int, tuple[float, list[int]]]] = [{0: (0.0, [])}]
    for k in range(1, n + 1):
        row: dict[int, tuple[float, list[int]]] = {}
        for start, (spread, ends) in best[k - 1].items():
            for end in range(start + low, min(start + high, len(key)) + 1):
                if not used(key[start:end]):
                    continue
                cand = (spread + (end - start - mean) ** 2, [*ends, end])
                if end not in row or cand[0] < row[end][0]:
                    row[end] = cand
        best.append(row)
    whole = best[n].get(len(key))
    if whole is None:
        return None
    cuts = [0, *whole[1]]
    return [key[a:b] for a, b in pairwise(cuts)]


def column_count(
    tasks: Sequence[Line], themes: Sequence[str], divisions: Sequence[str]
) -> int | None:
    """How many goal columns the matrix has: its heading row names the divisions, or
    Ⅲ has one theme per goal; None when the document does not say."""
    if tasks and read_areas(tasks[0], None, divisions):
        return len(divisions)
    return len(themes) or None


#: the word a column of indicators is headed by ("성과지표", "지 표 명")
INDICATOR_WORD = "지표"


def _indicators(section: Section, tables: Sequence[Table]) -> bool:
    """Whether the section's targets are a table of indicators (``구 분 | 성과지표 | 2025년
    실적 | 2026년 목표``, a 공단's 경영목표), no matrix of goals and tasks."""
    nos = {ln.no for ln in section.lines}
    return any(
        t.lines and t.lines[0] in nos
        and any(c.row < max(t.header_rows, 1) and INDICATOR_WORD in squash(c.text)
                for c in t.cells)
        for t in tables
    )  # fmt: skip


#: words one of which a page of goals and tasks names (its labels, its goals' titles; a
#: vision over directions, "□ 비 전 : …" / "□ 추진방향", names none)
GOAL_WORDS: tuple[str, ...] = ("목표", "과제", "전략")


def _names_goals(lines: Sequence[Line]) -> bool:
    return any(w in squash(ln.text) for ln in lines for w in GOAL_WORDS)


def _plain_outline(section: Section) -> bool:
    """Whether every line of the section is a bullet's or an item's of its outline."""
    if section.node is None or not section.content:
        return False
    marked = {
        ln.no for n in section.node.walk() if n.kind in ("bullet", "item") for ln in n.lines
    }
    return all(ln.no in marked for ln in section.content)


def parse_policy(
    section: Section,
    ctx: Context,
    boxes: Mapping[int, BBox] | None = None,
    tables: Sequence[Table] = (),
) -> Parsed:
    """Ⅱ's goals and tasks: from its matrix (its drawn grid among ``tables``, else its
    lines), else from its outline, else from a page of boxes (``boxes``: where each line
    is drawn)."""
    out = Parsed()
    out.use(section.heading)
    if _from_grid(section, ctx, tables, out):
        return out
    parts, labels, vision_inline = split_parts(section.content)
    out.use(labels)
    vision_lines = parts.get("vision", [])
    vision = collapse(" ".join([vision_inline, _text(vision_lines)])) or None
    tasks = parts.get("tasks", [])
    goals = group_goals(
        parts.get("goals", []), ctx.themes, column_count(tasks, ctx.themes, ctx.divisions)
    )
    if not goals or not tasks:
        if not _from_layout(section, vision, vision_lines, boxes, out, ctx):
            if _indicators(section, tables):
                return out  # (targets set as a table of indicators: its cells hold them)
            if _plain_outline(section) and not _names_goals([*section.heading, *section.content]):
                # (a chapter of directions in bullets, "□ 여건 및 전망" / "□ 추진방향" / "○ …":
                # no goals to read, its lines the outline's; not a diagram flattened)
                return out
            name = heading_name(section.heading, section.title)
            out.warn(
                "policy_goals.layout",
                f"no goals (목표) or core tasks (핵심과제) found in {name}"
                if section.content
                # (the page is a picture: 대전교육청's 기본 방향 is one bitmap)
                else f"{name} holds no text (a picture? pictures are not read): "
                "no goals (목표) or core tasks (핵심과제)",
                section.heading,
            )
        return out
    ncols = len(goals)
    duties = [f for fs in ctx.functions.values() for f in fs]
    words = "\n".join([*ctx.themes, *duties, *(ln.text for ln in tasks[1:])])
    areas = read_areas(tasks[0], ncols, ctx.divisions, words) if tasks else None
    area_lines = tasks[:1] if areas else []
    cells = group_cells(tasks[len(area_lines) :], ncols)
    if len(cells) % ncols:
        # (which cell is whose goal is then a guess: records would be wrong, not partial)
        if not _from_layout(section, vision, vision_lines, boxes, out, ctx):
            out.warn(
                "policy_goals.grid",
                f"{len(cells)} task cells do not fill {ncols} columns; the goals are not read",
                tasks,
            )
        return out
    out.use(vision_lines)
    for i, cell in enumerate(cells):
        col, row = i % ncols, i // ncols
        goal_lines = goals[col]
        area = areas[col] if areas else None
        out.add(
            "policy_goals",
            _task(vision, col + 1, _text(goal_lines), area, row + 1, _text(cell), cell),
        )
        out.use([*cell, *goal_lines, *area_lines])
    return out


def _from_grid(section: Section, ctx: Context, tables: Sequence[Table], out: Parsed) -> bool:
    """The matrix read from its drawn grid among ``tables``
    (:func:`~extract.parse.policy_grid.policy_grid`); False where none is drawn."""
    by_no = {ln.no: ln for ln in (*section.heading, *section.lines)}
    grid = policy_grid(tables, by_no, ctx.divisions)
    if grid is None:
        return _from_columns(section, tables, by_no, out)
    vision, goals, areas, rows, used = grid
    out.use(used)
    counts = [0] * len(goals)  # (a goal's tasks, numbered in its column: some have fewer)
    for cells in rows:
        for col, (goal, cell) in enumerate(zip(goals, cells, strict=True)):
            lines = [by_no[n] for n in (*cell.lines, *goal.lines) if n in by_no]
            out.use(lines)
            task_lines = [by_no[n] for n in cell.lines if n in by_no] or lines
            area = areas[col] if areas else None
            for own_area, task in _listed_tasks(cell):
                counts[col] += 1
                out.add("policy_goals", _task(vision, col + 1, unlabelled(cell_text(goal)),
                                              own_area or area, counts[col], task,
                                              task_lines))  # fmt: skip
    return True


def _from_columns(
    section: Section, tables: Sequence[Table], by_no: dict[int, Line], out: Parsed
) -> bool:
    """The goals and tasks of a table that sets them in columns, a goal down the first
    (:func:`~extract.parse.policy_grid.policy_columns`), the vision from the section's
    lines ("비    전 : …"); False where none is drawn."""
    found = policy_columns(tables, by_no)
    if found is None:
        return False
    drawn, goals = found
    vision, vision_lines = diagram_vision(list(section.content), [])
    if drawn is not None:  # ("비 전 | …" a row of the table, above its header)
        vision, vision_lines = cell_text(drawn), [by_no[n] for n in drawn.lines if n in by_no]
    out.use(vision_lines)
    for goal_no, (goal, tasks) in enumerate(goals, start=1):
        goal_text = _unnumbered(cell_text(goal))
        listed = [(area, cell, text) for area, cell in tasks for text in _numbered_tasks(cell)]
        for task_no, (area, cell, text) in enumerate(listed, start=1):
            owned = [*cell.lines, *goal.lines, *(area.lines if area is not None else ())]
            lines = [by_no[n] for n in owned if n in by_no]
            out.use(lines)
            area_text = _unnumbered(cell_text(area)) if area is not None else None
            out.add("policy_goals", _task(vision, goal_no, goal_text, area_text, task_no,
                                          _unnumbered(text), lines))  # fmt: skip
    return True


#: a goal's or task's number before its text: "1.", "1-1.", "1-1)", "가.", "①"
_NUMBER = regex.compile(
    r"^\s*+(?:(?:\d{1,2}(?:-\d{1,2})*+[.)]?|[가-하][.)])\s++|[①-⑳]\s*+)(?=\S)"
)
#: ... or its label and number, "목표 1", "전략 2 :", "과제 1-3 -" (a cell's first line over
#: the goal's words): no words of it
_LABEL_NUMBER = regex.compile(
    r"^\s*+(?:" + "|".join(sorted(POLICY_PART_WORDS, key=len, reverse=True))
    + r")\s*+\d{1,2}(?:-\d{1,2})*+(?:\s*+[.:)\-–])?+\s++(?=\S)"
)


def _numbered_tasks(cell: Cell) -> list[str]:
    """The tasks of a cell: each paragraph that opens with a task's number ("1-1. …" /
    "1-2. …" set in one cell), a paragraph without one the wrapped text of the last; the
    cell whole where its first paragraph has none."""
    paras = [despace(p) for p in cell.paragraphs if p.strip()]
    if len(paras) < 2 or not _NUMBER.match(paras[0]):
        return [cell_text(cell)]
    return _numbered(paras)


def _numbered(paras: Sequence[str]) -> list[str]:
    """Paragraphs grouped by the numbers they open with (one without, the last's wrap)."""
    out: list[str] = []
    for para in paras:
        if _NUMBER.match(para) or not out:
            out.append(para)
        else:  # (a wrap: no space after a middle dot, "학술조사·" / "연구")
            out[-1] = join_wrapped([out[-1], para])
    return [collapse(t) for t in out]


def _unnumbered(text: str) -> str:
    """A goal's or task's text without its number ("1-1. 기초학력 책임보장")."""
    return str(_NUMBER.sub("", _LABEL_NUMBER.sub("", text)))


def _listed_tasks(cell: Cell) -> list[tuple[str | None, str]]:
    """(area, task) of each task of a matrix's cell: the cell whole, or each item it lists
    ("◦ 온실가스 감축 본격화" / "◦ 석탄화력 …"), or each task numbered under the strategy it
    names first ("시민교육 기반 확충" / "1-1 시민교육 플랫폼 구축" / "1-2 …": that area's);
    none for an empty cell (a goal of fewer tasks)."""
    paras = [p for p in cell.paragraphs if p.strip()]
    marked = [read_marker(p) for p in paras]
    if len(marked) > 1 and all(m is not None and m[0].kind.startswith("bullet") for m in marked):
        return [(None, collapse(despace(m[1]))) for m in marked if m is not None and m[1]]
    bullets = [m for m in marked if m is not None and m[0].kind.startswith("bullet")]
    if len(bullets) > 1 and marked[0] is not None and marked[0][0].kind.startswith("bullet") and (
        all(m is None or m[0].kind.startswith("bullet") for m in marked)
    ):
        # (a PDF's cell of bulleted tasks, a task wrapped onto a line of its own: "◦ 복천동
        # 고분군 세계유산" / "등재 추진")
        tasks: list[list[str]] = []
        for para, m in zip(paras, marked, strict=True):
            if m is not None:
                tasks.append([m[1]])
            else:
                tasks[-1].append(para.strip())
        return [(None, collapse(despace(join_wrapped(t)))) for t in tasks if t[0]]
    if len(paras) > 1 and not _NUMBER.match(paras[0]) and _NUMBER.match(paras[1]):
        head = _LABEL_NUMBER.sub("", collapse(despace(paras[0])))  # ("전략 1 …": its words)
        return [(head, _unnumbered(t)) for t in _numbered([despace(p) for p in paras[1:]])]
    if len(paras) > 1 and _NUMBER.match(paras[0]) and any(_NUMBER.match(p) for p in paras[1:]):
        # (tasks numbered one a paragraph, "1-1 소장품 …" / "1-2 수장고 …", a wrap the last's)
        return [(None, _unnumbered(t)) for t in _numbered([despace(p) for p in paras])]
    task = cell_text(cell)
    return [(None, task)] if task else []


def _from_layout(
    section: Section,
    vision: str | None,
    vision_lines: Sequence[Line],
    boxes: Mapping[int, BBox] | None,
    out: Parsed,
    ctx: Context,
) -> bool:
    """Where no matrix reads: the goals from the outline, else from the page of boxes."""
    return _from_outline(section, vision, vision_lines, out) or _from_diagram(
        section.content, boxes or {}, out, ctx.plan_text
    )


def _from_outline(
    section: Section, vision: str | None, vision_lines: Sequence[Line], out: Parsed
) -> bool:
    """The goals and tasks of a page of boxes, read from the outline
    (:func:`~extract.parse.policy_outline.outline_goals`), with the vision read from the
    page; False when it does not read as one list of goals."""
    goals = outline_goals(section)
    if goals and vision is None:  # a 목표 box over one statement, as on a page of boxes
        # (or the section's line that labels it: "비  전 :  바다에서 여는 …")
        region = diagram_region(section.content) or list(section.content)
        vision, vision_lines = diagram_vision(region, [])
    for goal_no, (goal, tasks) in enumerate(goals, start=1):
        for task_no, task in enumerate(tasks, start=1):
            out.add("policy_goals", _task(vision, goal_no, node_text(goal), None, task_no,
                                          node_text(task), task.lines))  # fmt: skip
            out.use(task.lines)
        out.use(goal.lines)
    if goals:
        out.use(vision_lines)
    return bool(goals)


def _from_diagram(
    lines: Sequence[Line], boxes: Mapping[int, BBox], out: Parsed, words: Sequence[str] = ()
) -> bool:
    """The goals and tasks of a page of boxes read where its lines are drawn
    (:func:`~extract.parse.policy_diagram.diagram_goals`); False when it reads as none."""
    region = diagram_region(lines)
    labels = find_labels(region)
    goals = diagram_goals(region, boxes, labels)
    if not goals:  # (goals labelled with their numbers, on a page with or without labels)
        if not region:
            region = list(lines)
            labels = find_labels(region)
        goals = numbered_goals(region, boxes, Lexicon([*(ln.text for ln in region), *words]))
    if not goals:
        return False
    vision, vision_lines = diagram_vision(region, goals, labels)
    for goal_no, goal in enumerate(goals, start=1):
        for task_no, task in enumerate(goal.tasks, start=1):
            out.add("policy_goals", _task(vision, goal_no, goal.text, None, task_no,
                                          goal.task_text(task_no - 1), task))  # fmt: skip
        out.use(goal.lines)
    out.use(vision_lines)
    out.use(ln for ln in region if ln.no in labels)
    return True


def plan_policy(
    plans: Section, boxes: Mapping[int, BBox], ctx: Context, tables: Sequence[Table] = ()
) -> Parsed:
    """The goals and tasks of a drawn matrix or a page of boxes that opens the plan (where
    a report has no section of its own for them)."""
    out = Parsed()
    opening = [t for t in tables if t.lines and t.lines[0] <= plans.span.first + OPENING_LINES]
    if _from_grid(plans, ctx, opening, out) or _from_goal_titles(plans, out):
        return out
    page = plans.span.page_first
    _from_diagram([ln for ln in plans.content if ln.page == page], boxes, out, ctx.plan_text)
    return out


#: a matrix that opens the plan stands within this many lines of its heading
OPENING_LINES = 12
#: a goal's title among the plan's parts ("목표 1  탄소중립 선도도시"), and the vision over
#: them ("◈ 비전 : …")
_GOAL_TITLE = regex.compile(r"^(?:정책|전략)?목표\s*+(?P<n>\d{1,2})\s++(?P<goal>\S.*+)$")
_VISION_LINE = regex.compile(r"^비\s*+전\s*+[:：]\s*+(?P<v>\S.*+)$")


def _from_goal_titles(plans: Section, out: Parsed) -> bool:
    """The goals a plan is parted into by their titles ("목표 1  탄소중립 선도도시"), each
    over its strategies ("전략 1 …", the tasks' area) and their tasks ("과제 1-1 …", its
    division's bracket aside), or over its tasks; where two goals at least are so titled."""
    top = plans.node
    if top is None:
        return False
    goals = [
        (m, n) for n in top.children
        if n.kind == "title" and (m := _GOAL_TITLE.match(collapse(n.title))) is not None
    ]  # fmt: skip
    if len(goals) < MIN_TITLED_GOALS:
        return False
    vision = next(
        (collapse(m["v"]) for n in top.children
         if n.kind == "bullet" and (m := _VISION_LINE.match(collapse(n.title))) is not None),
        None,
    )  # fmt: skip
    for m, node in goals:
        no = 0
        for part in (k for k in node.children if k.kind == "item"):
            # (a strategy numbered in its own series, "전략 1 …", over its tasks; any other
            # item a task itself, its parts its card's blocks)
            series = part.marker is not None and part.marker.kind.startswith("word:")
            tasks = [k for k in part.children if k.kind == "item"] if series else []
            area = tagged_closing_units(collapse(part.title))[0] if tasks else None
            for task in tasks or [part]:
                no += 1
                title = tagged_closing_units(collapse(task.title))[0] or collapse(task.title)
                lines = list(task.head_lines) or task.lines[:1]
                out.add("policy_goals", _task(vision, int(m["n"]), collapse(m["goal"]), area,
                                              no, title, lines))  # fmt: skip
    return bool(out.tables.get("policy_goals"))


#: fewest goals titled so that part the plan into goals
MIN_TITLED_GOALS = 2


def _task(
    vision: str | None, goal_no: int, goal: str, area: str | None, task_no: int, task: str,
    lines: Sequence[Line],
) -> PolicyTask:  # fmt: skip
    return PolicyTask(
        vision=vision, goal_no=goal_no, goal=goal, area=area, task_no=task_no, task=task,
        **prov(lines),
    )  # fmt: skip
