"""Ⅱ. 정책목표 read from the outline, where no matrix of goals and tasks is printed.

Many reports lay the page out as boxes rather than as the sample's matrix: a goal in a
box ("1 글로벌 수준의 관광 콘텐츠 특화도시 조성", its number a lost glyph) and its tasks in
the box beside it ("① 글로벌관광도시 경쟁력 강화" … "④"), the layout nesting the tasks
under the goal (:func:`extract.layout.placing.beside_title`).  Such a goal is a node of
the section whose children are a run of numbered items counted from 1, or on from the
goal before's (1-5, then 6-8).

The outline is trusted only when it reads as one list of goals: every goal of one kind,
every item of that kind under the section a goal, and no task of their kind outside a
goal.  A layout that read a goal's title after its tasks (the tasks of the first goal
before it, the last goal with none) fails that, and the caller warns instead of
guessing.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.layout.nodes import Node
from extract.normalize.wraps import join_wrapped
from extract.parse.text import collapse, despace, squash
from extract.sections import Section

#: a goal holds at least this many tasks (a single ① is a note's number, not a list)
MIN_TASKS = 2
#: ... and a page has at least this many goals (one box of ①② is some list, not goals)
MIN_GOALS = 2
#: titles that name a kind of list, not a goal ("3대 목표", "추진 전략", "성과 지표"),
#: spaces and a leading "N대" aside
LIST_TITLES = frozenset({
    "목표", "정책목표", "전략목표", "전략", "추진전략", "방향", "추진방향", "지표", "성과지표",
    "비전", "과제", "추진과제", "중점과제", "핵심과제",
})  # fmt: skip
_COUNTED = regex.compile(r"^\d+대")


def _kind(node: Node) -> str | None:
    return node.marker.kind if node.marker is not None else None


def _task_run(node: Node) -> list[Node]:
    """The node's children that are numbered items of one kind counted on by one (from 1,
    or from where the goal before left off: 1-5 under one goal, 6-8 under the next)."""
    run = [c for c in node.children if c.marker is not None and c.marker.is_numbered]
    if not run and node.marker is not None and node.marker.is_numbered:
        # a numbered goal's tasks may be bullets of one glyph ("전략 1 미래형 수산업 육성" /
        # "- 스마트 양식 확산" / "- 수출 판로 다변화"): counted as they stand
        run = [c for c in node.children if c.kind == "bullet"]
        if len(run) >= MIN_TASKS and len({_kind(c) for c in run}) == 1:
            return run
        return []
    if len(run) < MIN_TASKS or len({_kind(c) for c in run}) != 1:
        return []
    first = _ordinal(run[0])
    if first is None or [_ordinal(c) for c in run] != list(range(first, first + len(run))):
        return []
    return run


def _ordinal(node: Node) -> int | None:
    return node.marker.ordinal if node.marker is not None else None


def _counted(goals: Sequence[tuple[Node, list[Node]]]) -> bool:
    """Whether each goal's tasks are counted from 1, or on from the goal before's."""
    last = 0
    for _, run in goals:
        if run[0].marker is not None and not run[0].marker.is_numbered:
            continue  # (bullets count as they stand)
        first = _ordinal(run[0])
        if first not in (1, last + 1):
            return False
        last = _ordinal(run[-1]) or 0
    return True


def outline_goals(section: Section) -> list[tuple[Node, list[Node]]]:
    """Each goal of the section with its tasks, in order; empty when the outline does not
    read as one list of goals (see the module's note)."""
    top = section.node
    if top is None:
        return []
    nodes = [n for child in top.children for n in child.walk()]
    runs = [(n, run) for n in nodes if (run := _task_run(n))]
    # a title over the goals' own numbered run ("5대 추진전략" over ➊ … ➎) holds goals
    heads = {id(n) for n, _ in runs}
    goals = [(n, run) for n, run in runs if not any(id(t) in heads for t in run)]
    if len(goals) < MIN_GOALS or not _counted(goals):
        return []
    if any(_COUNTED.sub("", squash(node_text(g))) in LIST_TITLES for g, _ in goals):
        return []  # "1. 3대 목표" / "2. 추진 전략": lists of a page, not goals
    kinds = {_kind(g) for g, _ in goals}
    task_kinds = {_kind(t) for _, run in goals for t in run}
    parents = {id(g.parent) for g, _ in goals}
    if len(kinds) != 1 or len(task_kinds) != 1 or len(parents) != 1:
        return []  # goals or tasks of two kinds, or at two places: the page was misread
    owned = {id(t) for _, run in goals for t in run}
    siblings = goals[0][0].parent.children if goals[0][0].parent is not None else []
    if any(_kind(s) in kinds and not _task_run(s) for s in siblings):
        return []  # a goal with no tasks: its title was read after them
    if any(_kind(n) in task_kinds and id(n) not in owned for n in nodes):
        return []  # a task outside every goal
    return goals


def node_text(node: Node) -> str:
    """A goal's or task's text, each line's letter-spacing undone before the lines are
    joined ("스 마 트 그 린" / "모 빌 리 티" -> "스마트그린 모빌리티")."""
    lines = [node.title, *(ln.text for ln in node.body_lines)]
    return collapse(join_wrapped(despace(t) for t in lines))
