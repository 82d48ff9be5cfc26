"""Fixes of the 117th round (edu): a 교육지원청's 주요업무계획 whose budget chapter or part
is titled with a bare year before its word, no 년 after it (`Ⅱ. 2025 예산 현황`,
`2. ’25 인력 현황`): the title names the part all the same (HWPX and text)."""

from __future__ import annotations

import pytest

from extract.normalize.dates import find_dates
from extract.parse.org_parts import title_role
from extract.parse.schedules import text_steps
from extract.pipeline import check, parse_document
from extract.read import read_bytes
from extract.title_roles import chapter_role, part_role
from schemas import Report
from tests.hwpx_maker import grid, hwpx, p, sec

REVENUE = [
    ["구분", "2025 예산", "2024 예산"],
    ["계", "1,052,400,000", "1,018,300,000"],
    ["중앙정부이전수입", "812,300,000", "790,100,000"],
    ["자치단체이전수입", "205,600,000", "196,800,000"],
    ["기타", "34,500,000", "31,400,000"],
]
STAFF = [["구분", "계", "교육전문직", "일반직", "공무직"], ["정원", "412", "48", "236", "128"],
         ["현원", "405", "46", "232", "127"]]  # fmt: skip


def _lines(budget_title: str, staff_title: str) -> list[str | list[list[str]]]:
    return [
        "2025 주요업무계획", "한빛교육지원청",
        "Ⅰ. 일반현황", "1. 기관현황", "□ 조직: 교육장 - 2국 6과",
        staff_title, "(단위: 명)", STAFF,
        budget_title, "1. 세입예산", "(교육비특별회계, 단위: 천원)", REVENUE,
        "Ⅲ. 2025 주요업무", "1. 늘봄학교 운영", "□ 사업개요", " ○ 대상: 초1~2 학생",
    ]  # fmt: skip


def _report(budget_title: str, staff_title: str, form: str) -> Report:
    lines = _lines(budget_title, staff_title)
    if form == "hwpx":
        data = hwpx(sec(*(p(grid(x)) if isinstance(x, list) else p(x) for x in lines)))
        return check(parse_document(read_bytes(data, "report.hwpx"), "report"))
    text = "\n".join(
        "\n".join("| " + " | ".join(r) + " |" for r in x) if isinstance(x, list) else x
        for x in lines
    )
    return check(parse_document(read_bytes(text.encode(), "report.txt"), "report"))


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("2025 예산 현황", "budget_summary"),
        ("’25 예산 현황", "budget_summary"),
        ("2025 인력 현황", "staffing"),
        ("2025 예산현황 (교육비특별회계)", "budget_summary"),
    ],
)
def test_bare_year_part_title(title: str, role: str) -> None:
    assert part_role(title) == role
    assert chapter_role(title) == role


@pytest.mark.parametrize("form", ["hwpx", "text"])
@pytest.mark.parametrize(
    ("budget_title", "staff_title"),
    [
        ("Ⅱ. 2025 예산 현황", "2. 교직원 현황"),
        ("Ⅱ. ’25 예산 현황", "2. 2025 인력 현황"),
        ("Ⅱ. 예산 현황", "2. 2025년 교직원 현황"),
    ],
)
def test_budget_chapter_bare_year(budget_title: str, staff_title: str, form: str) -> None:
    report = _report(budget_title, staff_title, form)
    roles = {n.title: n.role for n in report.outline}
    assert roles[budget_title.split(". ", 1)[1]] == "budget_summary"
    revenue = {
        (b.item or b.unit, b.year): b.amount_krw for b in report.budget_lines
        if b.side == "revenue"
    }  # fmt: skip
    assert revenue[("중앙정부이전수입", 2025)] == 812_300_000_000
    assert revenue[("자치단체이전수입", 2024)] == 196_800_000_000
    assert revenue[("기타", 2025)] == 34_500_000_000
    summary = {s.unit: (s.prev_budget_krw, s.budget_krw) for s in report.budget_summary}
    assert summary["계"] == (1_018_300_000_000, 1_052_400_000_000)
    staff = {
        (s.employment or s.grade or s.unit): (s.authorized, s.current) for s in report.staffing
    }
    assert staff["교육전문직"] == (48, 46)


@pytest.mark.parametrize(
    ("line", "role"),
    [("2. 2025 교직원 현황", "staffing"), ("□ ’25년 조직 현황", "organization"),
     ("3. 2025년 인력현황 (’25. 3. 1. 기준)", "staffing")],
)
def test_year_before_staff_part(line: str, role: str) -> None:
    assert title_role(line) == role


# a school year alone (학년도: 1 March to the end of February), and a term named before a
# step's colon with its school year after it
@pytest.mark.parametrize(
    ("text", "raw", "start", "end"),
    [
        ("○ 기간: 2025학년도", "2025학년도", "2025-03-01", "2026-02-28"),
        ("○ 기간: ’25학년도", "’25학년도", "2025-03-01", "2026-02-28"),
        ("○ 기간: 2025~2026학년도", "2025~2026학년도", "2025-03-01", "2027-02-28"),
        ("○ 기간: 2024학년도 ~ 2025학년도", "2024학년도 ~ 2025학년도", "2024-03-01", "2026-02-28"),
        ("2025학년도 운영 학교 45교", "2025학년도", "2025-03-01", "2026-02-28"),
    ],
)
def test_school_year(text: str, raw: str, start: str, end: str) -> None:
    found = find_dates(text, 2025)
    assert [(d.raw, str(d.start), str(d.end)) for d in found] == [(raw, start, end)]


SCHOOL_PLAN = """2025 주요업무계획
한빛교육지원청

Ⅰ. 2025 주요업무
1. 늘봄학교 운영
□ 사업개요
 ○ 대상: 초1~2 학생
 ○ 기간: {period}
 ○ 사업비: 1,200,000천원
□ 추진일정
 ○ 1학기 연수: 2025. 4.~7.
 ○ {step}
"""


@pytest.mark.parametrize(
    ("period", "start", "end", "step", "task", "when"),
    [
        ("2025학년도", "2025-03-01", "2026-02-28", "2학기 연수: 2025학년도 2학기", "2학기 연수",
         ("2025-09-01", "2026-02-28")),
        ("’25학년도", "2025-03-01", "2026-02-28", "1학기 점검 : 2025학년도 1학기", "1학기 점검",
         ("2025-03-01", "2025-08-31")),
    ],
)  # fmt: skip
def test_school_year_plan(
    period: str, start: str, end: str, step: str, task: str, when: tuple[str, str]
) -> None:
    text = SCHOOL_PLAN.format(period=period, step=step)
    report = check(parse_document(read_bytes(text.encode(), "report.txt"), "report"))
    (project,) = report.projects
    assert (str(project.period_start), str(project.period_end)) == (start, end)
    steps = {s.task: (str(s.start), str(s.end)) for s in report.schedules}
    assert steps[task] == when
    assert steps["1학기 연수"] == ("2025-04-01", "2025-07-31")


@pytest.mark.parametrize(
    ("text", "raw", "task"),
    [
        ("2학기 연수: 2025학년도 2학기", "2025학년도 2학기", "2학기 연수"),
        ("1학기 점검 : ’25. 1학기", "’25. 1학기", "1학기 점검"),
        ("하반기 평가회 : 2025년 하반기", "2025년 하반기", "하반기 평가회"),
        ("3분기 점검 : ’25. 3분기", "’25. 3분기", "3분기 점검"),
    ],
)
def test_term_named_and_dated_after_colon(text: str, raw: str, task: str) -> None:
    assert [(s.raw, t) for s, t, _ in text_steps(text, 2025)] == [(raw, task)]


INDICATOR_TEXT = """2025 주요업무계획
한빛교육지원청

Ⅰ. 2024 주요성과
(단위: 명, %)
{head}   목표   실적   달성률
교원 연수 이수 인원   1,200   1,260   105
학부모 연수 이수 인원   800   760   95

Ⅱ. 2025 주요업무
1. 늘봄학교 운영
□ 사업개요
 ○ 운영 학교: 45교
"""


@pytest.mark.parametrize("head", ["성과지표", "성과 지표"])
def test_text_table_of_indicators(head: str) -> None:
    text = INDICATOR_TEXT.format(head=head)
    report = check(parse_document(read_bytes(text.encode(), "report.txt"), "report"))
    got = {(i.indicator, i.kind): i.value for i in report.indicators}
    assert got[("교원 연수 이수 인원", "target")] == 1200
    assert got[("학부모 연수 이수 인원", "actual")] == 760
    assert got[("학부모 연수 이수 인원", "rate")] == 95


SCHOOLS_TEXT = """2025 주요업무계획
한빛교육지원청

Ⅰ. 일반현황
1. 학교 현황
(’25. 3. 1. 기준, 단위: 교, 학급, 명)
{head}   학교수   학급수   학생수
계   59   808   15,460
초등학교   28   512   10,840
중학교   15   210   4,920
특수학교   16   86   300

Ⅱ. 2025 주요업무
1. 늘봄학교 운영
"""


@pytest.mark.parametrize("head", ["급별", "급 별", "학교급"])
def test_text_table_of_schools_by_level(head: str) -> None:
    text = SCHOOLS_TEXT.format(head=head)
    report = check(parse_document(read_bytes(text.encode(), "report.txt"), "report"))
    cells = {(c.row_header, c.col_header): (c.value, c.unit) for c in report.table_cells}
    assert cells[("중학교", "학급수")] == (210, "학급")
    assert cells[("계", "학교수")] == (59, "교")
    assert cells[("특수학교", "학생수")] == (300, "명")
