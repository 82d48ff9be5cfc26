"""Ⅱ's matrix read from its drawn grid (extract.parse.policy_grid): each cell whole,
however its lines wrapped."""

from __future__ import annotations

from dataclasses import replace

from extract.document import Cell, Grid, Line
from extract.layout.tables import Table
from extract.parse.base import Context
from extract.parse.policy import parse_policy
from extract.sections import Section

#: the matrix as drawn: label column, three goal columns; its cells wrap unevenly (a
#: narrow column: one task on three lines beside tasks on one), so no cut of the
#: flattened lines into cells of equal size reads it
ROWS: list[tuple[str, list[list[str]]]] = [
    ("비전", [["지속가능한 도시로의 전환"]]),
    ("목표", [["혁신 생태계", "기반조성"], ["삶 의 방 식 을", "전 환"], ["상생 가치 실현"]]),
    ("핵심 과제", [["사 회 혁 신"], ["전 환 도 시"], ["갈 등 조 정"]]),
    ("", [["혁신 인재양성·", "교류", "촉진"], ["전환도시 기반 확장"], ["주민참여 해결"]]),
    ("", [["혁신파크 확장"], ["공유서울 추진"], ["자율조정 역량", "강화"]]),
]


def matrix() -> tuple[Section, Table]:
    lines: list[Line] = []
    cells: list[Cell] = []

    def cell(row: int, col: int, paragraphs: list[str], **span: int) -> None:
        nos = []
        for p in paragraphs:
            lines.append(Line(len(lines) + 2, p, p, 3))
            nos.append(lines[-1].no)
        cells.append(Cell(row, col, paragraphs=tuple(paragraphs), lines=tuple(nos), page=3,
                          **span))  # fmt: skip

    for r, (label, row) in enumerate(ROWS):
        if label == "핵심 과제":
            cell(r, 0, [label], row_span=3)
        elif label:
            cell(r, 0, [label])
        for c, paragraphs in enumerate(row, start=1):
            cell(r, c, paragraphs, col_span=3 if len(row) == 1 else 1)
    grid = Grid(cells, n_rows=len(ROWS), n_cols=4, page_start=3, page_end=3)
    table = Table(1, [grid], [], n_rows=len(ROWS), n_cols=4)
    heading = Line(1, "Ⅱ. 정책목표와 핵심과제", "Ⅱ. 정책목표와 핵심과제", 3)
    return Section("policy", "정책목표와 핵심과제", (heading,), tuple(lines)), table


def test_the_matrix_is_read_from_its_grid() -> None:
    section, table = matrix()
    out = parse_policy(section, Context(), None, [table])
    got = [(t.goal_no, t.goal, t.area, t.task_no, t.task, t.line_start, t.line_end)
           for t in out.tables["policy_goals"]]  # type: ignore[attr-defined]  # fmt: skip
    by_text = {ln.text: ln.no for ln in section.lines}
    assert got == [
        (1, "혁신 생태계 기반조성", "사회혁신", 1, "혁신 인재양성· 교류 촉진",
         by_text["혁신 인재양성·"], by_text["촉진"]),
        (2, "삶의방식을 전환", "전환도시", 1, "전환도시 기반 확장",
         by_text["전환도시 기반 확장"], by_text["전환도시 기반 확장"]),
        (3, "상생 가치 실현", "갈등조정", 1, "주민참여 해결", by_text["주민참여 해결"],
         by_text["주민참여 해결"]),
        (1, "혁신 생태계 기반조성", "사회혁신", 2, "혁신파크 확장", by_text["혁신파크 확장"],
         by_text["혁신파크 확장"]),
        (2, "삶의방식을 전환", "전환도시", 2, "공유서울 추진", by_text["공유서울 추진"],
         by_text["공유서울 추진"]),
        (3, "상생 가치 실현", "갈등조정", 2, "자율조정 역량 강화", by_text["자율조정 역량"],
         by_text["강화"]),
    ]  # fmt: skip
    assert {t.vision for t in out.tables["policy_goals"]} == {"지속가능한 도시로의 전환"}  # type: ignore[attr-defined]
    assert out.used >= {ln.no for ln in section.lines}  # every line of the matrix read


def test_a_table_inferred_from_text_is_cut_by_its_lines() -> None:
    """A text export's matrix is no drawn grid: its lines are cut as before (and the
    uneven wraps here leave it unread, with a warning, rather than guessed)."""
    section, table = matrix()
    table.inferred = True
    out = parse_policy(section, Context(), None, [table])
    assert not out.tables.get("policy_goals")
    assert [w.code for w in out.warnings] == ["policy_goals.grid"]


def test_an_empty_cell_under_a_goal_of_fewer_tasks_is_no_task() -> None:
    """Review D7: three tasks under one goal, two under another: the shorter column's
    empty cell is no task, and each goal's tasks are numbered in its own column."""
    section, table = matrix()
    last = next(c for c in table.grids[0].cells if c.row == len(ROWS) - 1 and c.col == 3)
    table.grids[0].cells[table.grids[0].cells.index(last)] = replace(last, paragraphs=())
    out = parse_policy(section, Context(), None, [table])
    got = [(t.goal_no, t.task_no, t.task) for t in out.tables["policy_goals"]]  # type: ignore[attr-defined]
    assert (3, 2, "") not in got and [g for g in got if g[0] == 3] == [(3, 1, "주민참여 해결")]
    assert len(got) == 5
