"""Probes of the 109th round, the sections' roles and how titles are read: a chapter of
how the head's pledges stand beside the plan (pledges), a title glossed in English and a
card's title wrapped onto the next line (intlcoop)."""

from __future__ import annotations

from extract.title_roles import chapter_role, part_role, top_role
from extract.unit_names import unglossed
from tests.test_other_reports import _text

_HEAD = (
    "2026년 주요업무보고\n가온구 기획경제국\n\nⅠ. 일반현황\n 1. 조직 : 1국 2과\n"
    "  ○ 기획예산과(2팀) : 기획팀, 예산팀\n  ○ 지역상권과(2팀) : 전통시장팀, 상권활성화팀\n"
)

_PLEDGES = (
    _HEAD + "Ⅱ. 민선8기 구청장 공약사항 추진현황\n 1. 총    괄\n"
    "  □ 민선8기 구청장 공약사항 : 2개 사업, 총사업비 14,300백만원\n"
    "    ○ 추진상태 : 완료 1개, 부진 1개\n"
    " 2. 부진공약 사유 및 대책\n"
    "  □ 전통시장 주차환경 개선 (지역상권과)\n"
    "    ○ 부진사유 : 주차빌딩 부지 보상 협의 지연에 따른 착공 지연\n"
    "    ○ 향후대책 : 설계 변경 후 ’26. 6. 재착공, ’27. 6. 준공 목표로 공정 관리\n"
    " 3. 과별 공약사항 현황\n"
    "  □ 기획예산과 1개, 지역상권과 1개\n"
    "Ⅲ. 2026년 주요업무 추진계획\n 1. 활력 있는 지역경제\n"
    "  가. 골목상권 특화거리 조성 (지역상권과)\n"
    "   □ 사업개요\n    ○ 사업기간 : 2026. 1. ~ 12.\n    ○ 사 업 비 : 480백만원 (구비 100%)\n"
    "   □ 추진일정\n    ○ ’26. 3. : 특화거리 설계 용역\n"
)


def test_a_chapter_of_how_the_pledges_stand_is_no_plan() -> None:
    """`Ⅱ. 민선8기 구청장 공약사항 추진현황` before `Ⅲ. 2026년 주요업무 추진계획`: it tells how
    the pledges stand (its items sum up, explain the lagging ones, count them by division),
    so its items are no projects and its 향후대책 no schedule (they had been projects Ⅱ-2,
    Ⅱ-3 with a step dated ’27. 6.); the plan's card is the one project."""
    report = _text(_PLEDGES)
    assert [(p.project_id, p.title) for p in report.projects] == [("1-1", "골목상권 특화거리 조성")]
    assert {s.project_id for s in report.schedules} == {"1-1"}
    assert top_role("민선8기 구청장 공약사항 추진현황") is None
    assert top_role("민선8기 공약사업 추진상황") is None
    # (a chapter of the pledges' plan is the plan's kind still)
    assert top_role("민선8기 공약사업") == "plans"
    assert top_role("민선8기 공약사항 추진현황 및 2026년 추진계획") == "plans"


_EVENTS = (
    "2026년 주요업무계획\n해온광역시 국제협력관\n\nⅠ. 일반현황\n 1. 조직 : 1관 2팀\n"
    "  ○ 국제협력관 : 국제교류팀, 국제행사팀\n"
    "Ⅱ. 2026 주요업무 추진계획\n"
    " 1. 글로벌 도시외교 강화 [Global City Diplomacy]\n"
    "  가. 자매도시 실질 교류 확대 (Sister City Exchange) (국제교류팀)\n"
    "   □ 사업개요\n    ○ 사업기간 : 2026. 1. ~ 12.\n    ○ 사 업 비 : 420,000천원\n"
    "   □ 추진일정\n    ○ ’26. 4.~5. : 대표단 방문\n"
    "  나. 해온 국제도시포럼 개최 (Haeon International City Forum, HICF\n"
    "     2026) (국제행사팀)\n"
    "   □ 사업개요\n    ○ 사업기간 : 2026. 1. ~ 10.\n    ○ 사 업 비 : 650,000천원\n"
    "   □ 추진일정\n    ○ ’26. 9. : 포럼 개최\n"
    "  다. 글로벌 시민 교류 축제 (Global Citizen Festival)\n"
    "     (국제행사팀)\n"
    "   □ 사업개요\n    ○ 사업기간 : 2026. 3. ~ 10.\n    ○ 사 업 비 : 180,000천원\n"
    "   □ 추진일정\n    ○ ’26. 10. : 축제 개최\n"
    " 2. 2026 주요 국제행사 일정 (International Events Calendar)\n"
    "   연번   행  사  명                 일    시              장    소          주관부서\n"
    "    1     UCLG 집행위원회            2026. 4. 22.~4. 24.   쿠알라룸푸르       국제교류팀\n"
    "    2     해온 국제도시포럼          2026. 9. 15.~9. 17.   해온 벡스코        국제행사팀\n"
)


def test_an_english_gloss_leaves_a_list_of_events_one() -> None:
    """`2. 2026 주요 국제행사 일정 (International Events Calendar)` over `연번 | 행 사 명 |
    일 시 | 장 소 | 주관부서`: its rows are events, as without the gloss (the item had been
    a project with a step a row)."""
    report = _text(_EVENTS)
    assert not any(p.project_id.startswith("2") for p in report.projects)
    events = {(e.event, e.start.isoformat() if e.start else None, e.division)
              for e in report.events}  # fmt: skip
    assert events == {
        ("UCLG 집행위원회", "2026-04-22", "국제교류팀"),
        ("해온 국제도시포럼", "2026-09-15", "국제행사팀"),
    }


def test_a_cards_title_wrapped_onto_the_next_line() -> None:
    """A card's title whose bracket is still open at its line's end goes on (`… (Haeon
    International City Forum, HICF` / `2026) (국제행사팀)`), and the bracket of its
    division alone on the next line is the title's (`… (Global Citizen Festival)` /
    `(국제행사팀)`): each title whole, its division read."""
    report = _text(_EVENTS)
    got = {p.project_id: (p.title, p.division) for p in report.projects}
    assert got == {
        "1-1": ("자매도시 실질 교류 확대 (Sister City Exchange)", "국제교류팀"),
        "1-2": ("해온 국제도시포럼 개최 (Haeon International City Forum, HICF 2026)", "국제행사팀"),
        "1-3": ("글로벌 시민 교류 축제 (Global Citizen Festival)", "국제행사팀"),
    }


def test_titles_are_matched_without_their_english_gloss() -> None:
    """A gloss in brackets after a title changes no role it names."""
    assert unglossed("2026 주요 국제행사 일정 (International Events Calendar)") == (
        "2026 주요 국제행사 일정"
    )
    assert top_role("현 황 (Overview)") == "general"
    assert part_role("조직 현황 (Organization Chart of the Bureau and Its Teams)") == "organization"
    assert chapter_role("부서별 주요기능 [Functions by Division and Team]") == "functions"
    # (a bracket of Hangul or of figures is no gloss)
    assert unglossed("청년 창업 지원 (3개소)") == "청년 창업 지원 (3개소)"
