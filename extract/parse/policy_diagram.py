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
from extract.normalize.spacing import collapse, despace, squash
from extract.normalize.wraps import join_wrapped
from extract.parse.vocab import DIAGRAM_LABELS

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


def _unmarked_text(lines: Sequence[Line]) -> str:
    """A title's or task's lines joined, its marker left out and letter-spacing undone."""
    first, *rest = lines
    found = _kind(first.text)
    head = found[1] if found is not None else first.text
    return collapse(join_wrapped(despace(t) for t in [head, *(ln.text for ln in rest)]))


@dataclass(slots=True)
class Goal:
    """A goal's title lines and its tasks (each a line and the wraps after it)."""

    title: list[Line]
    tasks: list[list[Line]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return _unmarked_text(self.title)

    def task_text(self, i: int) -> str:
        return _unmarked_text(self.tasks[i])

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


#: a label and its statement on one line, parted by a colon
_INLINE_LABEL = regex.compile(
    # (after a bullet, or none: "□ 비 전 : …", "◈ 비전 : …")
    r"^\s*+(?:[^\p{L}\p{N}\s(（\[<〈【]\s*+)?"
    r"(?P<label>\p{Hangul}(?:\s*+\p{Hangul}){1,3})\s*+[:：]\s*+(?P<text>\S.*)$"
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
