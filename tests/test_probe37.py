"""Forms of the genre met in a 도교육청 교육국's text export (장학관 and 장학사 counted
beside 일반직 and 공무직, a 장학관실 among a 과's teams, two months before one task): what
each must give, worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

from extract.parse.costs import read_cost
from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx, _text

EDU = """2026년 주요업무보고
한빛도교육청 교육국
Ⅰ. 일반현황
1. 조직
○ 교육국 : 2과 5팀(장학관실 포함)
- 교육정책과 : 정책기획팀, 장학팀, 장학관실
- 학교생활교육과 : 생활교육팀, 안전팀
2. 인력
(단위 : 명)
구 분 계 장학관 장학사 일반직 공무직
정 원 98 8 29 45 16
현 원 95 8 28 44 15
Ⅱ. 2026년 주요업무 추진계획
1. 안전한 학교
1-1. 학교폭력 예방 (학교생활교육과)
□ 소요예산 : 2,450,000천원(교육비특별회계)
□ 추진일정
○ 3월 : 계획 수립
○ 4월, 9월 : 학교폭력 실태조사
○ 11월 : 결과 보고
"""


def test_education_specialists_are_grades_beside_the_forms() -> None:
    """"구 분 계 장학관 장학사 일반직 공무직": 장학관 and 장학사 are grades, and so are 일반직
    and 공무직 beside them, all counted in the 계 (일반직 and 공무직 had been forms of
    employment with no grade, the grades' sum failing against the 계 four times)."""
    report = _text(EDU)
    got = [(s.grade, s.authorized, s.current) for s in report.staffing if not s.is_total]
    assert got == [("장학관", 8, 8), ("장학사", 29, 28), ("일반직", 45, 44), ("공무직", 16, 15)]
    failed = [c.detail for c in report.validation if not c.passed]
    assert failed == []


def test_a_room_listed_among_a_divisions_teams_is_a_team() -> None:
    """"- 교육정책과 : 정책기획팀, 장학팀, 장학관실", counted "5팀(장학관실 포함)": 장학관실
    is a team of 교육정책과 (it had been a division, both count checks failing)."""
    units = {u.name: (u.level, u.parent) for u in _text(EDU).organization}
    assert units["장학관실"] == ("team", "교육정책과")
    assert units["교육정책과"] == ("division", "교육국")


def test_two_months_before_one_task_are_two_steps() -> None:
    """"○ 4월, 9월 : 학교폭력 실태조사" in a 추진일정 block: a step in each month (it had been
    one step of September, its task "4월, : 학교폭력 실태조사")."""
    steps = [(s.task, str(s.start)) for s in _text(EDU).schedules]
    assert steps == [
        ("계획 수립", "2026-03-01"), ("학교폭력 실태조사", "2026-04-01"),
        ("학교폭력 실태조사", "2026-09-01"), ("결과 보고", "2026-11-01"),
    ]  # fmt: skip


# --- a 공단's report: "Ⅰ. 공단 현황", a chart whose cells list units over their teams ----

def test_a_corporations_general_chapter_and_its_chart_of_units_over_teams() -> None:
    """"Ⅰ. 공단 현황" is the general section (its chart, staff and budget had gone unread),
    and a chart cell that lists units each over its teams, a bulleted line each
    ("경영지원처" / "- 인사팀" / "- 재무팀" / "기획조정처" / …), gives each unit under the
    본부 over the cell and each team under its unit (the cell had been read as names run
    together, "경영지원처-인사팀", "-재무팀")."""
    cells = [
        cell(0, 0, p("이 사 장"), cs=2), cell(0, 2, p("감 사 실")),
        cell(1, 0, p("경영본부")), cell(1, 1, p("사업본부")), cell(1, 2, p("- 감사팀"), rs=2),
        cell(2, 0, *map(p, ["경영지원처", "- 인사팀", "- 재무팀", "기획조정처", "- 기획예산팀"])),
        cell(2, 1, *map(p, ["시설운영처", "- 공영주차팀", "- 교통시설팀"])),
    ]  # fmt: skip
    report = _hwpx(
        *map(p, ["2026년 주요업무계획", "한빛광역시 시설관리공단", "Ⅰ. 공단 현황", "1. 조 직",
                 "○ 조직 : 2본부 3처 1실 6팀"]),
        p(tbl(3, 3, cells)),
        *map(p, ["Ⅱ. 2026년 주요업무 추진계획", "1. 공영주차장 스마트화"]),
    )  # fmt: skip
    general = [s.title for s in report.sections if s.key == "general" and s.found]
    assert general == ["공단 현황"]
    units = {u.name: (u.level, u.parent) for u in report.organization}
    assert units["경영지원처"][1] == "경영본부" and units["시설운영처"][1] == "사업본부"
    assert units["인사팀"] == ("team", "경영지원처")
    assert units["기획예산팀"] == ("team", "기획조정처")
    assert units["교통시설팀"] == ("team", "시설운영처")
    assert units["감사팀"][0] == "team"
    assert not [n for n in units if "-" in n]


def test_a_share_paid_for_work_done_for_the_city_is_a_source() -> None:
    """"2,450백만원(대행 2,450)": 대행 (대행사업비, what the city pays a 공단 for the work it does
    for it) is a source, alone in its bracket too (the share had been lost)."""
    cost = read_cost("2,450백만원(대행 2,450)")
    assert cost is not None and [(f.source, f.amount_krw) for f in cost.funding] == [
        ("대행", 2_450_000_000)
    ]
