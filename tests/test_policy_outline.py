"""Ⅱ. 정책목표 read from the outline when no matrix is printed
(extract/parse/policy_outline.py): a goal is an item holding a run of numbered tasks,
and an outline that does not read as one list of goals gives none, with a warning."""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document, read_bytes

HEAD = "Ⅱ. 정책목표 및 전략"
PLAN = ["Ⅲ. 2025년 주요업무계획", "1. 청년 창업 지원", "□ 추진계획", "○ 창업 공간 확대"]


def _goals(body: list[str]) -> tuple[list[tuple[int, str, int, str]], list[str]]:
    text = "\n".join([HEAD, *body, *PLAN]) + "\n"
    report = check(parse_document(read_bytes(text.encode(), "plan.txt"), "plan"))
    rows = [(g.goal_no, g.goal, g.task_no, g.task) for g in report.policy_goals]
    return rows, [w.code for w in report.warnings]


TWO_GOALS = [
    (1, "관광 콘텐츠 특화도시 조성", 1, "글로벌관광도시 경쟁력 강화"),
    (1, "관광 콘텐츠 특화도시 조성", 2, "사계절 축제도시 조성"),
    (2, "해양관광 선도도시 조성", 1, "해양레저관광 거점 조성"),
    (2, "해양관광 선도도시 조성", 2, "크루즈 관광 경쟁력 강화"),
]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        pytest.param(
            ["1. 관광 콘텐츠 특화도시 조성", "① 글로벌관광도시 경쟁력 강화",
             "② 사계절 축제도시 조성", "2. 해양관광 선도도시 조성", "① 해양레저관광 거점 조성",
             "② 크루즈 관광 경쟁력 강화"],
            TWO_GOALS, id="goals holding their tasks",
        ),
        pytest.param(
            ["1. 스 마 트 모 빌 리 티", "① 자율주행 확대", "② 교통환경 조성", "2. 대 중 교 통",
             "① 시스템 효율화", "② 서비스 제공"],
            [(1, "스마트모빌리티", 1, "자율주행 확대"), (1, "스마트모빌리티", 2, "교통환경 조성"),
             (2, "대중교통", 1, "시스템 효율화"), (2, "대중교통", 2, "서비스 제공")],
            id="letter-spaced goals",
        ),
        pytest.param(
            ["① 글로벌관광도시 경쟁력 강화", "② 사계절 축제도시 조성",
             "1. 관광 콘텐츠 특화도시 조성", "① 해양레저관광 거점 조성",
             "② 크루즈 관광 경쟁력 강화", "2. 해양관광 선도도시 조성"],
            [], id="each title read after its tasks",
        ),
        pytest.param(
            ["1. 관광 콘텐츠 특화도시 조성", "① 글로벌관광도시 경쟁력 강화",
             "② 사계절 축제도시 조성", "2. 해양관광 선도도시 조성", "○ 해양레저관광 거점 조성"],
            [], id="a goal with no numbered tasks",
        ),
        pytest.param(
            ["1. 관광 콘텐츠 특화도시 조성", "① 글로벌관광도시 경쟁력 강화",
             "③ 사계절 축제도시 조성"],
            [], id="a run not counted from 1",
        ),
        pytest.param(
            ["1. 관광 콘텐츠 특화도시 조성", "① 글로벌관광도시 경쟁력 강화",
             "② 사계절 축제도시 조성", "2. 해양관광 선도도시 조성", "③ 해양레저관광 거점 조성",
             "④ 크루즈 관광 경쟁력 강화"],
            TWO_GOALS, id="tasks numbered on from the goal before",
        ),
        pytest.param(
            ["1. 관광 콘텐츠 특화도시 조성", "① 글로벌관광도시 경쟁력 강화",
             "② 사계절 축제도시 조성", "2. 해양관광 선도도시 조성", "⑤ 해양레저관광 거점 조성",
             "⑥ 크루즈 관광 경쟁력 강화"],
            [], id="a gap in the numbering",
        ),
        pytest.param(
            ["1. 추진 방향", "① 글로벌관광도시 경쟁력 강화", "② 사계절 축제도시 조성"],
            [], id="one list is no list of goals",
        ),
        pytest.param(
            ["1. 3대 목표", "① 관광객 300만", "② 체류일 5일", "2. 추진 전략",
             "① 콘텐츠 육성", "② 시장 공략"],
            [], id="lists of a page named by their kind",
        ),
        pytest.param(
            ["1. 관광 콘텐츠 특화도시 조성", "① 글로벌관광도시 경쟁력 강화",
             "② 사계절 축제도시 조성", "2. 성과 관리", "1) 관광객 300만명", "2) 체류일 5일"],
            [], id="tasks of two kinds",
        ),
    ],
)  # fmt: skip
def test_goals_from_the_outline(body: list[str], want: list[tuple[int, str, int, str]]) -> None:
    rows, warnings = _goals(body)
    assert rows == want
    assert ("policy_goals.layout" in warnings) == (not want)


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ([], "Ⅱ. 정책목표 및 전략 holds no text (a picture? pictures are not read)"),
        (["○ 시민과 함께하는 관광도시"],
         "no goals (목표) or core tasks (핵심과제) found in Ⅱ. 정책목표 및 전략"),
    ],
)
def test_a_policy_section_with_no_text_says_so(body: list[str], says: str) -> None:
    """대전교육청's Ⅱ 기본 방향 is one picture: the warning says the section holds no text,
    not that its goals could not be found in it."""
    text = "\n".join([HEAD, *body, *PLAN]) + "\n"
    report = check(parse_document(read_bytes(text.encode(), "plan.txt"), "plan"))
    (warning,) = [w for w in report.warnings if w.code == "policy_goals.layout"]
    assert warning.message.startswith(says)


def test_the_warning_names_the_section_as_the_report_numbers_it() -> None:
    """A report whose goals are its chapter Ⅳ: the warning says Ⅳ, not the numeral of one
    template (probe C: "found in Ⅱ" for a section Ⅳ)."""
    text = "\n".join(["Ⅳ. 정책 목표 및 전략", "○ 시민과 함께하는 관광도시", *PLAN]) + "\n"
    report = check(parse_document(read_bytes(text.encode(), "plan.txt"), "plan"))
    (warning,) = [w for w in report.warnings if w.code == "policy_goals.layout"]
    assert warning.message.endswith("found in Ⅳ. 정책 목표 및 전략")
