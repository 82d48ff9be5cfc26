"""What a review found round 21 doing to ordinary reports: a step's own bracket and colon,
a festival's own schedule table with its places, a festival's plan, committees listed by
their kind, an item named after its division."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_CARD = """\
                         2026년 주요업무보고

                          한 빛 군   보 건 소

Ⅰ. 일반현황
 1. 조    직
  □ 조    직 : 2과 4팀 2지소
   ○ 보건행정과 : 행정팀, 예방팀
   ○ 건강증진과 : 증진팀, 의약팀
   ○ 보건지소(2) : 한내보건지소, 두리보건지소
   ○ 위원회(2) : 지역보건의료심의위원회, 감염병관리위원회

Ⅱ. 2026년 주요업무계획
 1. 건강도시 조성
  가. 금연구역 확대 (건강증진팀)
   □ 사업개요
    ○ 사업기간 : 2026. 1. ~ 12.
    ○ 사 업 비 : 120,000천원
   □ 추진계획
    ○ ’26. 3월 (1차) : 공모 신청
    ○ 1분기 (1~3월) : 기본계획 수립
"""


def test_a_step_dated_before_its_bracket_keeps_its_task() -> None:
    """`’26. 3월 (1차) : 공모 신청`: the task after the colon (a rule for what came of a
    step, `… 개최 (5월) : 참여 4,200명`, had taken the card's title)."""
    report = _text(_CARD)
    assert sorted((s.task, s.raw) for s in report.schedules) == [
        ("공모 신청", "’26. 3월"), ("기본계획 수립", "1분기 (1~3월)"),
    ]


def test_committees_listed_by_their_kind_are_no_units() -> None:
    report = _text(_CARD)
    assert not any("위원회" in o.name for o in report.organization)


def test_a_festivals_own_schedule_table_with_its_places() -> None:
    """`□ 축제 추진 일정` over `구 분 | 일 시 | 장 소 | 내 용`: the festival's steps (no
    column names events: it had given one step of the whole table's words)."""
    rows = [["구 분", "일 시", "장 소", "내 용"],
            ["기본계획 수립", "’26. 2.", "시청", "추진위원회 구성"],
            ["축제 개최", "’26. 5.", "시민공원", "개막식 및 공연"]]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1과 2팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 문화도시"), p("가. 시민축제 개최 (문화정책과)"),
        p("□ 사업개요"), p("○ 사업기간 : 2026. 1. ~ 12."), p("○ 사 업 비 : 300백만원"),
        p("□ 축제 추진 일정"), p(_table(rows)),
    )  # fmt: skip
    assert sorted(s.raw for s in report.schedules) == ["’26. 2.", "’26. 5."]
    assert not report.events


def test_a_festivals_plan_is_a_project() -> None:
    """`2. 지역축제 운영 계획 (문화관광과)` over a table: a project (축제 names no list of
    events in an item's title, as 행사 does)."""
    rows = [["구 분", "계", "시비", "구비"], ["사업비", "300", "150", "150"]]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1과 2팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 도서관 운영 (문화관광과)"),
        p("○ 사업기간 : 2026. 1. ~ 12."), p("○ 사 업 비 : 100백만원"),
        p("2. 지역축제 운영 계획 (문화관광과)"), p("(단위 : 백만원)"), p(_table(rows)),
    )  # fmt: skip
    assert "지역축제 운영 계획" in {pr.title for pr in report.projects}


_ITEMS = """\
Ⅰ. 일반현황
 1. 조    직
  □ 조직 : 1국 2과

Ⅱ. 2026년 주요업무계획
 1. 문화예술 진흥
  가. 문화예술과 운영 지원 (문화예술과)
   □ 사업개요
    ○ 사업기간 : 2026. 1. ~ 12.
    ○ 사 업 비 : 1,000천원

붙임 1  세부사업별 예산 현황
(단위 : 천원)
부    서 세  부  사  업 2026년(A) 2025년(B) 증  감(A-B)
합    계 1,500 1,300 200
문화예술과 소    계 1,500 1,300 200
문화예술과 운영 지원 1,000 900 100
문화예술 교육 500 400 100
"""


def test_an_item_named_after_its_division_keeps_its_name() -> None:
    """`문화예술과 운영 지원` in 문화예술과's rows is that item's name (only the first row under
    a header printed again on a page repeats its 부서)."""
    report = _text(_ITEMS)
    assert [b.item for b in report.budget_items if b.level == "item"] == [
        "문화예술과 운영 지원", "문화예술 교육",
    ]
