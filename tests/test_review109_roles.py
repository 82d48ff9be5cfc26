"""Review of the 109th round, the sections' roles: a chapter of the head's pledges titled
with how they stand is no plan only where it names none and its items are no pledges'
cards (review 109 item 1)."""

from __future__ import annotations

from datetime import date

from extract.title_roles import top_role
from tests.test_other_reports import _text

_HEAD = (
    "2026년 주요업무보고\n안 전 건 설 국\n\nⅠ. 일반현황\n 1. 조    직 : 1국 2과 6팀\n"
    "Ⅱ. 2026년 주요업무계획\n 1. 노후 상수관로 정비\n"
    "  ○ 사업기간 : 2026. 1.~12.\n  ○ 사 업 비 : 12,000백만원 (국비 6,000, 시비 6,000)\n"
)

_CARDS = (
    " 1. 하천 산책로 정비\n"
    "  ○ 사업기간 : 2024. 3.~2027. 12.\n"
    "  ○ 총사업비 : 8,300백만원 (국비 4,000, 구비 4,300)\n"
    "  ○ 추진상황 : 실시설계 완료(’25. 10.)\n"
    "  ○ 2026년 계획 : 1단계 공사 착공(’26. 4.)\n"
    " 2. 생활체육관 건립\n"
    "  ○ 사업기간 : 2025. 1.~2028. 12.\n"
    "  ○ 총사업비 : 30,000백만원 (시비 30,000)\n"
    "  ○ 추진상황 : 부지 매입 완료\n"
    "  ○ 2026년 계획 : 건축 설계 공모\n"
)


def _pledge_projects(title: str) -> None:
    """The two pledges' cards under ``title`` are projects Ⅲ-1 and Ⅲ-2, with their period,
    cost, shares, progress and next step, beside the plan's own card."""
    report = _text(_HEAD + f"Ⅲ. {title}\n" + _CARDS)
    got = {(p.project_id, p.title, p.cost_krw, p.period_start, p.period_end)
           for p in report.projects}  # fmt: skip
    assert {g for g in got if g[0].startswith("Ⅲ")} == {
        ("Ⅲ-1", "하천 산책로 정비", 8_300_000_000, date(2024, 3, 1), date(2027, 12, 31)),
        ("Ⅲ-2", "생활체육관 건립", 30_000_000_000, date(2025, 1, 1), date(2028, 12, 31)),
    }
    shares = {(f.project_id, f.source, f.amount_krw) for f in report.project_funding}
    assert {s for s in shares if s[0].startswith("Ⅲ")} == {
        ("Ⅲ-1", "국비", 4_000_000_000),
        ("Ⅲ-1", "구비", 4_300_000_000),
        ("Ⅲ-2", "시비", 30_000_000_000),
    }
    assert {(s.project_id, s.start) for s in report.schedules} >= {("Ⅲ-1", date(2026, 4, 1))}
    assert {(p.project_id, p.start) for p in report.progress} >= {("Ⅲ-1", date(2025, 10, 1))}


def test_a_pledge_chapter_that_names_a_plan_too_is_a_plan() -> None:
    """`Ⅲ. 민선8기 공약사업 추진상황 및 2026년 계획`: how the pledges stand and what is
    planned for them, so a plan whose pledges are projects (it had had no role, and no
    project, since its title tells their status)."""
    assert top_role("민선8기 공약사업 추진상황 및 2026년 계획") == "plans"
    _pledge_projects("민선8기 공약사업 추진상황 및 2026년 계획")


def test_a_pledge_status_chapter_of_cards_is_a_plan() -> None:
    """`Ⅲ. 민선8기 공약사업 추진상황` over a card a pledge, each stating 사업기간 and
    총사업비: its items are the pledges, projects, however its title reads (a chapter of
    총괄, a table of the pledges and 부진 사유 stays no plan: test_probe109_roles)."""
    _pledge_projects("민선8기 공약사업 추진상황")


def test_a_pledge_status_chapter_of_a_summary_and_one_card_is_a_plan_still() -> None:
    """Half the items cards, the other the pledges' 총괄: the cards are projects, the
    summary none."""
    text = _HEAD + "Ⅲ. 민선8기 공약사항 이행현황\n 1. 총    괄\n  ○ 공약 2개, 완료 0개\n"
    report = _text(text + _CARDS.replace(" 1. ", " 2. ", 1).replace(" 2. 생활", " 3. 생활"))
    titles = {(p.project_id, p.title) for p in report.projects if p.project_id.startswith("Ⅲ")}
    assert titles == {("Ⅲ-2", "하천 산책로 정비"), ("Ⅲ-3", "생활체육관 건립")}


_SUMMARY = (
    " 1. 총    괄\n"
    "  ○ 공 약 수 : 12개 (완료 5, 정상추진 7)\n"
    "  ○ 추진기간 : 2022. 7.~2026. 6.\n"
    "  ○ 총사업비 : 84,300백만원 (국비 30,000, 구비 54,300)\n"
    " 2. 부진공약 사유 및 {after}\n"
    "  ○ 생활체육관 건립 : 부지 협의 지연에 따른 착공 지연\n"
    "  ○ {after} : 부지 협의 완료 후 ’26. 하반기 설계 착수(’26. 9.)\n"
)


def test_a_pledge_status_chapter_of_a_summary_and_reasons_is_no_plan() -> None:
    """`Ⅲ. 민선8기 공약사항 추진현황` over `1. 총 괄` (its 총사업비 a card's fact) and
    `2. 부진공약 사유 및 대책`: no card of a pledge, so no plan and no project
    `부진공약 사유 및 대책` (second review 109 item 8)."""
    report = _text(_HEAD + "Ⅲ. 민선8기 공약사항 추진현황\n" + _SUMMARY.format(after="대책"))
    assert [p.title for p in report.projects] == ["노후 상수관로 정비"]


def test_a_pledge_status_chapter_with_what_comes_next_is_no_plan() -> None:
    """`Ⅲ. 민선8기 공약사업 추진현황 및 향후계획`: 향후계획 is what is done about the
    pledges that lag, no plan of projects (second review 109 item 8)."""
    assert top_role("민선8기 공약사업 추진현황 및 향후계획") is None
    title = "Ⅲ. 민선8기 공약사업 추진현황 및 향후계획\n"
    report = _text(_HEAD + title + _SUMMARY.format(after="향후계획"))
    assert [p.title for p in report.projects] == ["노후 상수관로 정비"]
