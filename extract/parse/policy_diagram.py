"""A page of goals and tasks drawn as boxes (a 전략체계도), read from its lines and where
they are drawn.

Many reports open their plan, or their 정책 방향 section, with such a page: a 비전 or 목표
box over one statement, the strategies, then a box per goal, its title in a left column
(often on two or three lines: "탄탄한 청년지대" / "구축으로 청년 성장" / "및 정착 지원")
beside its list of tasks ("1. …", "① …", "◈ …").  A PDF gives it as lines, and where each
is drawn.  Stages:

:func:`task_column` (the tasks: the lines that start with one marker at one left edge,
the most such) -> :func:`goal_blocks` (the goal titles: the lines left of that column,
beside the tasks, a block per run) -> :func:`diagram_goals` (each task to the block
beside it; a diagram only when every goal has tasks and numbered tasks count on) ->
:func:`diagram_vision` (the statement under a 비전 label, or under a lone 목표).

A page may instead number its goals by a label (:func:`numbered_goals`: "전략 1 …" over
"- …" tasks, or a box of "목표 1" over its title beside a row of task boxes).

The labels of the page (비전, 추진 전략, "7대" / "추진" / "과제") are vocabulary
(:data:`~extract.parse.vocab.DIAGRAM_LABELS`); the rest comes from the page.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import regex

from extract.document import BBox, Line
from extract.layout.markers import Marker, read_marker
from extract.layout.vocab import FLOW_ARROWS
from extract.normalize.spacing import collapse, despace, squash
from extract.normalize.wraps import Lexicon, join_wrapped
from extract.parse.vocab import DIAGRAM_LABELS, POLICY_LABELS

#: a diagram lists at least this many tasks, under at least this many goals
MIN_TASKS = 4
MIN_GOALS = 2
#: lines whose left edges are this close (points) stand in one column
COLUMN_SLACK = 3.0
#: a vision or goal statement spans at most this many lines
MAX_STATEMENT_LINES = 2
#: a label set one word a line ("7대" / "추진" / "과제") spans at most this many lines
MAX_LABEL_LINES = 3
#: a year or a count before a label ("2025년 중점 추진과제", "7대 추진과제")
_LABEL_PREFIX = regex.compile(r"^(?:\d{4}년|\d+대)")


def label_of(text: str) -> str | None:
    """The part of the page a label line names (vision, statement, strategies, tasks).

    >>> label_of("비 전"), label_of("2025년 중점 추진과제"), label_of("함께 키우고")
    ('vision', 'tasks', None)
    """
    return DIAGRAM_LABELS.get(_LABEL_PREFIX.sub("", squash(text)))


def find_labels(lines: Sequence[Line]) -> dict[int, str]:
    """Line number -> label, for every label of the page: a line alone, or up to
    :data:`MAX_LABEL_LINES` short lines that make one ("7대" / "추진" / "과제")."""
    out: dict[int, str] = {}
    i = 0
    while i < len(lines):
        for n in range(1, MAX_LABEL_LINES + 1):
            run = lines[i : i + n]
            if len(run) < n or (n > 1 and any(len(squash(ln.text)) > 3 for ln in run)):
                break
            hit = label_of("".join(ln.text for ln in run))
            if hit is not None:
                out.update((ln.no, hit) for ln in run)
                i += n - 1
                break
        i += 1
    return out


def _kind(text: str) -> tuple[Marker, str] | None:
    found = read_marker(text)
    return found if found is not None and not found[0].is_top else None


def task_column(lines: Sequence[Line], boxes: Mapping[int, BBox]) -> tuple[str, float] | None:
    """The tasks' marker kind and left edge: of the lines that start with a marker, the
    kind and edge most of them share, edges within :data:`COLUMN_SLACK` of the one before
    being one edge (strategies marked alike stand elsewhere)."""
    marked = sorted(
        (found[0].kind, box[0])
        for ln in lines
        if (found := _kind(ln.text)) is not None and (box := boxes.get(ln.no)) is not None
    )
    columns: list[tuple[str, float, int]] = []  # kind, first edge, lines
    for kind, x in marked:
        if columns and columns[-1][0] == kind and x - columns[-1][1] <= COLUMN_SLACK:
            columns[-1] = (kind, columns[-1][1], columns[-1][2] + 1)
        else:
            columns.append((kind, x, 1))
    if not columns:
        return None
    kind, edge, n = max(columns, key=lambda c: c[2])
    return (kind, edge) if n >= MIN_TASKS else None


def _unmarked_text(lines: Sequence[Line], whole: Lexicon | None = None) -> str:
    """A title's or task's lines joined, its marker left out and letter-spacing undone
    (``whole``: the words the document writes whole, which say where a box's line was
    wrapped inside one)."""
    first, *rest = lines
    found = _kind(first.text)
    head = found[1] if found is not None else first.text
    return collapse(join_wrapped((despace(t) for t in [head, *(ln.text for ln in rest)]), whole))


@dataclass(slots=True)
class Goal:
    """A goal's title lines and its tasks (each a line and the wraps after it)."""

    title: list[Line]
    tasks: list[list[Line]] = field(default_factory=list)
    #: the title where its lines open with a label ("목표 1"), without it
    named: str = ""
    #: the words the document writes whole (where its boxes' lines wrap inside a word)
    whole: Lexicon | None = None

    @property
    def text(self) -> str:
        return self.named or _unmarked_text(self.title, self.whole)

    def task_text(self, i: int) -> str:
        return _unmarked_text(self.tasks[i], self.whole)

    @property
    def lines(self) -> list[Line]:
        return [*self.title, *(ln for t in self.tasks for ln in t)]


def goal_blocks(
    lines: Sequence[Line], boxes: Mapping[int, BBox], kind: str, edge: float
) -> list[Goal] | None:
    """The lines of the task column and beside it, as goals in reading order: a run of
    lines left of the column is a goal's title, a marked line in the column a task, an
    unmarked line in the column a task's wrap; None when a task comes before any title."""
    tops = [boxes[ln.no][1] for ln in lines if _in_column(ln, boxes, kind, edge)]
    bottoms = [boxes[ln.no][3] for ln in lines if _in_column(ln, boxes, kind, edge)]
    height = statistics.median(b - t for t, b in zip(tops, bottoms, strict=True))
    low, high = min(tops) - 2 * height, max(bottoms) + 2 * height
    goals: list[Goal] = []
    for ln in lines:
        box = boxes.get(ln.no)
        if box is None or box[3] < low or box[1] > high:
            continue
        if _in_column(ln, boxes, kind, edge):
            if not goals:
                return None
            goals[-1].tasks.append([ln])
        elif box[2] <= edge - COLUMN_SLACK:  # left of the tasks: a goal's title
            if goals and not goals[-1].tasks:
                goals[-1].title.append(ln)
            else:
                goals.append(Goal([ln]))
        elif box[0] >= edge - COLUMN_SLACK and goals and goals[-1].tasks:
            goals[-1].tasks[-1].append(ln)  # a task wrapped onto the next line
    return goals


def _in_column(ln: Line, boxes: Mapping[int, BBox], kind: str, edge: float) -> bool:
    found, box = _kind(ln.text), boxes.get(ln.no)
    return (
        found is not None
        and found[0].kind == kind
        and box is not None
        and -COLUMN_SLACK / 2 <= box[0] - edge <= 2 * COLUMN_SLACK
    )


def _counts_on(goals: Sequence[Goal]) -> bool:
    """Whether numbered tasks count from 1 in each goal, or on from the goal before's."""
    last = 0
    for goal in goals:
        marks = [_kind(t[0].text) for t in goal.tasks]
        nums = [m[0].ordinal for m in marks if m is not None]
        if not nums or None in nums:
            return True  # bullets: nothing to count
        first = nums[0]
        if first not in (1, last + 1) or nums != list(range(first, first + len(nums))):
            return False
        last = nums[-1] or 0
    return True


def diagram_region(lines: Sequence[Line]) -> list[Line]:
    """The lines of the diagram's page: from its first label to the end of that page."""
    labels = find_labels(lines)
    at = next((i for i, ln in enumerate(lines) if ln.no in labels), None)
    if at is None:
        return []
    page = lines[at].page
    return [ln for ln in lines[at:] if ln.page == page]


def diagram_goals(
    lines: Sequence[Line], boxes: Mapping[int, BBox], labels: Mapping[int, str] | None = None
) -> list[Goal]:
    """The goals of a page of boxes (``lines``: its :func:`diagram_region`; ``labels``:
    its :func:`find_labels`, where the caller has them), each with its tasks; empty when
    the page does not read as one (no task column, a goal without tasks, numbered tasks
    that do not count on)."""
    labels = find_labels(lines) if labels is None else labels
    if not {"tasks", "strategies"} & set(labels.values()):
        return []
    body = [ln for ln in lines if ln.no not in labels]
    column = task_column(body, boxes)
    if column is None:
        return []
    goals = goal_blocks(body, boxes, *column)
    if not goals or len(goals) < MIN_GOALS or any(not g.tasks for g in goals):
        return []
    return goals if _counts_on(goals) else []


#: the words that number the goals of a page ("목표 1", "전략 2", "전략목표 3")
GOAL_WORDS = frozenset(k for k, v in POLICY_LABELS.items() if v in ("goals", "strategies"))
#: a goal's label and number, with its title after it or under it in its box
_NUMBERED_GOAL = regex.compile(
    r"^(?P<word>\p{Hangul}(?:\s?\p{Hangul}){0,4}?)\s*+(?P<no>\d{1,2})(?!\d)"
    r"(?:(?:\s*+[.:：]\s*+|\s++)(?P<title>\S.*))?$"
)
#: the centres (or left edges) of a box's lines stand within this of each other (points)
BOX_SLACK = 6.0


def _goal_label(text: str) -> tuple[int, str] | None:
    """A goal's number and title (empty: under it) where ``text`` labels one."""
    m = _NUMBERED_GOAL.match(text.strip())
    if m is None or squash(m["word"]) not in GOAL_WORDS:
        return None
    return int(m["no"]), m["title"] or ""


def _centre(box: BBox) -> float:
    return (box[0] + box[2]) / 2


def _stacked(a: BBox, b: BBox) -> bool:
    """Whether two lines stand in one box: their centres or their left edges align."""
    return abs(_centre(a) - _centre(b)) <= BOX_SLACK or abs(a[0] - b[0]) <= COLUMN_SLACK


def _marked_tasks(lines: Sequence[Line]) -> list[list[Line]] | None:
    """Tasks one a marked line, an unmarked line the wrap of the one before; None where
    a line comes before any mark, or marks of two kinds."""
    tasks: list[list[Line]] = []
    kinds = set()
    for ln in lines:
        found = _kind(ln.text)
        if found is not None:
            kinds.add(found[0].kind)
            tasks.append([ln])
        elif tasks:
            tasks[-1].append(ln)
        else:
            return None
    return tasks if len(kinds) == 1 else None


def _boxed_tasks(lines: Sequence[Line], boxes: Mapping[int, BBox]) -> list[list[Line]]:
    """Tasks one a box: the lines whose centres (or left edges) align, the boxes in rows
    top to bottom (a box's first line within a line's height of the row's), each row
    left to right."""
    tasks: list[list[Line]] = []
    for ln in sorted(lines, key=lambda ln: (boxes[ln.no][0], boxes[ln.no][1])):
        home = next((t for t in tasks if _stacked(boxes[t[0].no], boxes[ln.no])), None)
        if home is None:
            tasks.append([ln])
        else:
            home.append(ln)
    for t in tasks:
        t.sort(key=lambda ln: boxes[ln.no][1])
    row_of: dict[int, int] = {}
    row_top = -1e9
    for t in sorted(tasks, key=lambda t: boxes[t[0].no][1]):
        top, bottom = boxes[t[0].no][1], boxes[t[0].no][3]
        if top - row_top > bottom - top:
            row_top = top
        row_of[t[0].no] = round(row_top)
    return sorted(tasks, key=lambda t: (row_of[t[0].no], boxes[t[0].no][0]))


def numbered_goals(
    lines: Sequence[Line], boxes: Mapping[int, BBox], whole: Lexicon | None = None
) -> list[Goal]:
    """The goals of a page that labels each with its number ("목표 1", "전략 2 …"), its
    title after the label or under it in the label's box, and its tasks after it: marked
    lines ("- …", "① …"), or boxes of their own beside the goal's, within its height (a
    row of task boxes, "▶" between; a box's lines are those whose centres or left edges
    align).  Empty unless at least :data:`MIN_GOALS` goals
    count from 1, each with tasks, :data:`MIN_TASKS` in all; a number that does not
    count on ends the page's goals (a plan's banner of the same goal further down).
    ``whole``: the words the document writes whole, for the lines its boxes wrap."""
    starts: list[tuple[int, int, str]] = []  # (index, number, title)
    for i, ln in enumerate(lines):
        found = _goal_label(ln.text)
        if found is None:
            continue
        if found[0] != len(starts) + 1:
            ends = i
            break
        starts.append((i, *found))
    else:
        ends = len(lines)
    if len(starts) < MIN_GOALS:
        return []
    goals: list[Goal] = []
    for k, (at, _, title) in enumerate(starts):
        label = lines[at]
        stop = starts[k + 1][0] if k + 1 < len(starts) else ends
        body = [ln for ln in lines[at + 1 : stop] if not set(ln.text.split()) <= FLOW_ARROWS]
        head: list[Line] = [label]
        if not title:  # (the title under its label, in its box)
            if (box := boxes.get(label.no)) is None:
                return []
            head += [ln for ln in body if ln.no in boxes and _stacked(box, boxes[ln.no])]
            if len(head) == 1:
                return []
        rest = [ln for ln in body if ln not in head]
        tasks = _marked_tasks(rest)
        if tasks is None and not title and all(ln.no in boxes for ln in rest):
            bottom = max(boxes[ln.no][3] for ln in head)
            tasks = _boxed_tasks([ln for ln in rest if boxes[ln.no][1] <= bottom], boxes)
        if not tasks:
            return []
        named = collapse(despace(title)) or _unmarked_text(head[1:], whole)
        goals.append(Goal(head, tasks, named, whole))
    return goals if sum(len(g.tasks) for g in goals) >= MIN_TASKS else []


#: a label and its statement on one line, parted by a colon
_INLINE_LABEL = regex.compile(
    # (after a bullet, or none: "□ 비 전 : …", "◈ 비전 : …")
    r"^\s*+(?:[^\p{L}\p{N}\s(（\[<〈【]\s*+)?"
    r"(?P<label>\p{Hangul}(?:\s*+\p{Hangul}){1,3})\s*+[:：]\s*+(?P<text>\S.*)$"
)


#: the vision's label at a line's start, its statement after it, no colon between
_VISION_BESIDE = regex.compile(
    "^(?:"
    + "|".join(r"\s*+".join(w) for w, part in DIAGRAM_LABELS.items() if part == "vision")
    + r")\s++(?P<text>\p{L}.*)$"
)


def diagram_vision(
    lines: Sequence[Line], goals: Sequence[Goal], labels: Mapping[int, str] | None = None
) -> tuple[str | None, list[Line]]:
    """The statement under the page's 비전 label, or else under its 목표 label: the lines
    up to the next label, at most :data:`MAX_STATEMENT_LINES` (a list of targets under
    목표 is not a vision), with its lines."""
    labels = find_labels(lines) if labels is None else labels
    taken = {ln.no for g in goals for ln in g.lines}
    for want in ("vision", "statement"):
        # (the label and its statement on one line: "비  전 :  바다에서 여는 풍요로운 충남")
        for ln in lines:
            m = _INLINE_LABEL.match(ln.text)
            if m and ln.no not in taken and DIAGRAM_LABELS.get(squash(m["label"])) == want:
                return collapse(despace(m["text"])), [ln]
    if goals:  # (on a page of goals, the 비전 box beside its statement: "비 전  함께 …")
        for ln in lines:
            m = _VISION_BESIDE.match(ln.text)
            if m and ln.no not in taken:
                return collapse(despace(m["text"])), [ln]
    for want in ("vision", "statement"):
        at = next((i for i, ln in enumerate(lines) if labels.get(ln.no) == want), None)
        if at is None:
            continue
        run: list[Line] = []
        for ln in lines[at + 1 :]:
            if ln.no in labels or ln.no in taken or len(run) > MAX_STATEMENT_LINES:
                break
            run.append(ln)
        stop = at + 1 + len(run)
        closed = stop < len(lines) and lines[stop].no in labels  # the next label ends it
        if run and len(run) <= MAX_STATEMENT_LINES and closed:
            return collapse(" ".join(despace(ln.text) for ln in run)), [lines[at], *run]
    return None, []
