"""Ⅱ. 정책목표 read from the outline, where no matrix of goals and tasks is printed.

Many reports lay the page out as boxes rather than as the sample's matrix: a goal in a
box ("1 글로벌 수준의 관광 콘텐츠 특화도시 조성", its number a lost glyph) and its tasks in
the box beside it ("① 글로벌관광도시 경쟁력 강화" … "④"), the layout nesting the tasks
under the goal (:func:`extract.layout.placing.beside_title`).  Such a goal is a node of
the section whose children are a run of numbered items counted from 1.

The outline is trusted only when it reads as one list of goals: every goal of one kind,
every item of that kind under the section a goal, and no task of their kind outside a
goal.  A layout that read a goal's title after its tasks (the tasks of the first goal
before it, the last goal with none) fails that, and the caller warns instead of
guessing.
"""

from __future__ import annotations

from extract.layout.nodes import Node
from extract.parse.text import collapse, despace
from extract.sections import Section

#: a goal holds at least this many tasks (a single ① is a note's number, not a list)
MIN_TASKS = 2


def _kind(node: Node) -> str | None:
    return node.marker.kind if node.marker is not None else None


def _task_run(node: Node) -> list[Node]:
    """The node's children that are numbered items of one kind counted 1, 2, 3, …"""
    run = [c for c in node.children if c.marker is not None and c.marker.is_numbered]
    if len(run) < MIN_TASKS or len({_kind(c) for c in run}) != 1:
        return []
    if [c.marker.ordinal for c in run if c.marker is not None] != list(range(1, len(run) + 1)):
        return []
    return run


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
    if len(goals) < 2 and not (goals and goals[0][0].parent is top):
        return []  # one run deep in the section is a list inside some item, not goals
    kinds = {_kind(g) for g, _ in goals}
    task_kinds = {_kind(t) for _, run in goals for t in run}
    parents = {id(g.parent) for g, _ in goals}
    if len(kinds) != 1 or len(parents) != 1:
        return []  # goals of two kinds, or at two places: the layout misread the page
    owned = {id(t) for _, run in goals for t in run}
    siblings = goals[0][0].parent.children if goals[0][0].parent is not None else []
    if any(_kind(s) in kinds and not _task_run(s) for s in siblings):
        return []  # a goal with no tasks: its title was read after them
    if any(_kind(n) in task_kinds and id(n) not in owned for n in nodes):
        return []  # a task outside every goal
    return goals


def node_text(node: Node) -> str:
    """A goal's or task's text, letter-spacing undone ("스 마 트 그 린" -> "스마트그린")."""
    return collapse(despace(node.text))
