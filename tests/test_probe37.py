"""Forms of the genre met in a 도교육청 교육국's text export (장학관 and 장학사 counted
beside 일반직 and 공무직, a 장학관실 among a 과's teams, two months before one task): what
each must give, worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

from tests.test_other_reports import _text

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
