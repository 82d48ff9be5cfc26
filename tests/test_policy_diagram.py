"""A page of goal and task boxes (a 전략체계도) read from its lines and where they are drawn
(extract/parse/policy_diagram.py): each goal's title in the left column, on one line or
several, beside its tasks; labels split over lines are labels; a page that does not read
as one list of goals gives none."""

from __future__ import annotations

import pytest

from extract.document import BBox, Document, Line
from extract.parse.policy_diagram import (
    diagram_goals,
    diagram_region,
    diagram_vision,
    label_of,
)
from extract.parse.vocab import DIAGRAM_LABELS
from extract.pipeline import check, parse_document

#: (left edge, text) of each line in reading order, each 20pt below the one before, or
#: (left edge, text, top); a goal's title at 60, tasks at 200
Drawn = list[tuple[float, str] | tuple[float, str, float]]

HEAD: Drawn = [
    (60, "비 전"), (60, "모두가 행복한 도시"), (60, "추진 전략"), (60, "◈ 함께 돌보는 환경 조성"),
    (60, "◈ 안전한 도시 조성"), (200, "중점 추진 과제"),
]  # fmt: skip
#: two goals beside four tasks counted on
BODY: Drawn = [
    (60, "돌봄 환경 조성"), (200, "1. 양성평등 문화 확산"), (200, "2. 가족 삶 지원"),
    (60, "안전한 도시 조성"), (200, "3. 안전망 강화"), (200, "4. 보호체계 구축"),
]  # fmt: skip


def page(drawn: Drawn, first: int = 1, page_no: int = 1) -> tuple[list[Line], dict[int, BBox]]:
    """Lines 14pt high, each as wide as its text (8pt a character)."""
    lines, boxes = [], {}
    for i, (x0, text, *at) in enumerate(drawn):
        no, top = first + i, at[0] if at else 100.0 + 20 * i
        lines.append(Line(no, text, text, page_no))
        boxes[no] = (x0, top, x0 + 8 * len(text), top + 14)
    return lines, boxes


def read(drawn: Drawn) -> list[tuple[str, list[str]]]:
    lines, boxes = page(drawn)
    goals = diagram_goals(diagram_region(lines), boxes)
    return [(g.text, [g.task_text(i) for i in range(len(g.tasks))]) for g in goals]


TWO_GOALS = [
    ("돌봄 환경 조성", ["양성평등 문화 확산", "가족 삶 지원"]),
    ("안전한 도시 조성", ["안전망 강화", "보호체계 구축"]),
]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        pytest.param(
            [(60, "돌봄 환경"), (60, "조성"), (200, "1. 양성평등 문화 확산"),
             (200, "2. 가족 삶 지원"), (60, "안전한"), (60, "도시 조성"), (200, "3. 안전망 강화"),
             (200, "4. 보호체계 구축")],
            TWO_GOALS, id="titles on two lines, tasks counted on",
        ),
        pytest.param(
            [(60, "• 돌봄 환경 조성"), (200, "① 양성평등 문화 확산"), (200, "② 가족 삶 지원"),
             (60, "• 안전한 도시 조성"), (200, "① 안전망 강화"), (200, "② 보호체계 구축")],
            TWO_GOALS, id="marked titles, tasks counted from 1 in each box",
        ),
        pytest.param(
            [(60, "돌봄 환경 조성"), (200, "◈ 양성평등 문화"), (210, "확산"),
             (200, "◈ 가족 삶 지원"), (60, "안전한 도시 조성"), (200, "◈ 안전망 강화"),
             (200, "◈ 보호체계 구축")],
            TWO_GOALS, id="bulleted tasks, one wrapped",
        ),
        pytest.param(
            [(60, "돌봄 환경 조성", 310), (150, "2대", 330), (150, "추진", 350),
             (150, "과제", 370), (200, "1. 양성평등 문화 확산", 300), (200, "2. 가족 삶 지원", 320),
             (60, "안전한 도시 조성", 370), (200, "3. 안전망 강화", 360),
             (200, "4. 보호체계 구축", 380)],
            TWO_GOALS, id="a label one word a line between titles and tasks",
        ),
        pytest.param(
            [(200, "1. 양성평등 문화 확산"), (200, "2. 가족 삶 지원"), (60, "돌봄 환경 조성"),
             (200, "3. 안전망 강화"), (200, "4. 보호체계 구축"), (60, "안전한 도시 조성")],
            [], id="each title read after its tasks",
        ),
        pytest.param(
            [(60, "돌봄 환경 조성"), (200, "1. 양성평등 문화 확산"), (200, "2. 가족 삶 지원"),
             (60, "안전한 도시 조성"), (200, "5. 안전망 강화"), (200, "6. 보호체계 구축")],
            [], id="tasks that do not count on",
        ),
        pytest.param(
            [(60, "돌봄 환경 조성"), (200, "1. 양성평등 문화 확산"), (200, "2. 가족 삶 지원"),
             (200, "3. 안전망 강화"), (60, "안전한 도시 조성")],
            [], id="a goal with no tasks",
        ),
        pytest.param(
            [(60, "돌봄 환경 조성"), (200, "1. 양성평등 문화 확산"), (200, "2. 가족 삶 지원"),
             (200, "3. 안전망 강화")],
            [], id="one goal is a list, not goals",
        ),
    ],
)
def test_goals_beside_their_tasks(body: Drawn, want: list[tuple[str, list[str]]]) -> None:
    assert read(HEAD + body) == want


def test_strategies_marked_like_the_tasks_are_not_tasks() -> None:
    """◈ strategies above the boxes stand left of the task column: not tasks, not titles."""
    body: Drawn = [(x, t.replace(t.split()[0], "◈") if x == 200 else t) for x, t, *_ in BODY]
    assert read(HEAD + body) == TWO_GOALS


def test_no_label_no_diagram() -> None:
    assert read(BODY) == []


@pytest.mark.parametrize(
    ("head", "want"),
    [
        pytest.param([(60, "비 전"), (60, "모두가 행복한 도시")], "모두가 행복한 도시", id="비전"),
        pytest.param([(60, "목 표"), (60, "모두가 행복한 도시")], "모두가 행복한 도시",
                     id="a 목표 over one statement"),
        pytest.param([(60, "목 표"), (60, "- 관광객 300만 시대 -"), (60, "「관광허브도시」 도약")],
                     "- 관광객 300만 시대 - 「관광허브도시」 도약", id="a 목표 over two lines"),
        pytest.param([(60, "목표"), (60, "말뭉치 구축량 교육인원"), (60, "21억 어절 42,360명"),
                      (60, "⇒ 22억 어절 44,000명")], None, id="a 목표 over targets"),
    ],
)
def test_vision(head: Drawn, want: str | None) -> None:
    lines, boxes = page([*head, (60, "추진 전략"), *BODY])
    region = diagram_region(lines)
    assert diagram_vision(region, diagram_goals(region, boxes))[0] == want


@pytest.mark.parametrize(("label", "role"), list(DIAGRAM_LABELS.items()))
def test_every_label_reads_letter_spaced_and_counted(label: str, role: str) -> None:
    assert label_of(" ".join(label)) == role
    assert label_of(f"2025년 {label}") == role
    assert label_of(f"7대 {label}") == role


def test_the_plan_page_gives_policy_goals() -> None:
    """A report with no 정책목표 section: the diagram on the plan's first page is read."""
    top: Drawn = [(60, "Ⅰ. 일반현황"), (60, "□ 조직현황"), (60, "○ 2과 5팀")]
    plan: Drawn = [(60, "Ⅱ. 2025년 주요업무계획"), *HEAD, *BODY]
    card: Drawn = [(60, "1. 돌봄 환경 조성"), (60, "□ 추진계획"), (60, "○ 문화 확산 사업 추진")]
    lines, boxes = page(top, 1, 1)
    more, more_boxes = page(plan, len(lines) + 1, 2)
    last, last_boxes = page(card, len(lines) + len(more) + 1, 3)
    doc = Document("plan.pdf", [*lines, *more, *last], format="pdf", pages=3,
                   boxes={**boxes, **more_boxes, **last_boxes})  # fmt: skip
    report = check(parse_document(doc, "plan"))
    rows = [(g.vision, g.goal_no, g.goal, g.task_no, g.task) for g in report.policy_goals]
    assert rows == [
        ("모두가 행복한 도시", 1, "돌봄 환경 조성", 1, "양성평등 문화 확산"),
        ("모두가 행복한 도시", 1, "돌봄 환경 조성", 2, "가족 삶 지원"),
        ("모두가 행복한 도시", 2, "안전한 도시 조성", 1, "안전망 강화"),
        ("모두가 행복한 도시", 2, "안전한 도시 조성", 2, "보호체계 구축"),
    ]
    assert all(g.page_start == 2 for g in report.policy_goals)


def test_tasks_a_fraction_of_a_point_apart_stand_in_one_column() -> None:
    body: Drawn = [(x + (0.4 if i % 2 else 0.6), t) if x == 200 else (x, t)
                   for i, (x, t, *_) in enumerate(BODY)]  # fmt: skip
    assert read(HEAD + body) == TWO_GOALS
