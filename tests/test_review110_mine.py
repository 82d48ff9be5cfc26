"""Corrections the review of round 110 asked for in this round's own rules: a turned
table's rows ending in 자 (the people counted beside a row of money, not private capital,
not whom the money goes to beside a row that counts them), and a pledge status chapter
whose pledges state their next step or are named after a plan's words (대책)."""

from __future__ import annotations

import pytest

from extract.parse.project_facts import division_value
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probe22_budget import Cell
from tests.test_review109_budget import _appendix
from tests.test_review109_units import _cells, _chapter


def test_private_capital_beside_the_shares_is_money() -> None:
    """`(단위 : 개소, 백만원)` over `구 분 | 계 | 2025년 | 2026년` and the rows 대 상 지,
    사 업 비, 국 비, 시 비, 민 자: 민자 is private capital, in 백만원 (it had become a count
    of 개소, a row of people beside the 사업비 row)."""
    rows = [
        ["구 분", "계", "2025년", "2026년"],
        ["대 상 지", "12", "5", "7"],
        ["사 업 비", "54,000", "26,000", "28,000"],
        ["국 비", "27,000", "13,000", "14,000"],
        ["시 비", "18,000", "9,000", "9,000"],
        ["민 자", "9,000", "4,000", "5,000"],
    ]
    got = _cells(_hwpx(*_chapter(p("(단위 : 개소, 백만원)"), p(_table(rows)))))
    assert got[("민자", "2025년")] == ("krw", 4_000_000_000, 4_000_000_000, "백만원")
    assert got[("민자", "2026년")] == ("krw", 5_000_000_000, 5_000_000_000, "백만원")


def test_recipients_beside_a_row_that_counts_them_stay_money() -> None:
    """`(단위 : 백만원, 명)` over `구 분 | 2026년 | 2025년` and the rows 기초생활수급자,
    긴급지원대상자, `지원인원 수`, `총 사 업 비`: the people are counted by `지원인원 수`, so
    the 수급자 and 대상자 rows are the money that goes to them (the 총사업비 row had made
    them counts in 명)."""
    rows = [
        ["구 분", "2026년", "2025년"],
        ["기초생활수급자", "98,400", "95,000"],
        ["긴급지원대상자", "1,275", "1,200"],
        ["지원인원 수", "13,150", "12,800"],
        ["총 사 업 비", "99,675", "96,200"],
    ]
    got = _cells(_hwpx(*_chapter(p("(단위 : 백만원, 명)"), p(_table(rows)))))
    assert got[("기초생활수급자", "2026년")] == ("krw", 98_400_000_000, 98_400_000_000, "백만원")
    assert got[("긴급지원대상자", "2025년")] == ("krw", 1_200_000_000, 1_200_000_000, "백만원")
    assert got[("지원인원 수", "2026년")] == ("count", 13_150, None, "명")


_HEAD = (
    "2026년 주요업무보고\n일 자 리 경 제 과\n\nⅠ. 일반현황\n 1. 조    직 : 1과 4팀\n"
    "Ⅱ. 2026년 주요업무계획\n 1. 지역화폐 발행 확대\n  ○ 사업기간 : 2026. 1.~12.\n"
    "  ○ 사 업 비 : 3,000백만원 (국비 1,000, 시비 2,000)\n"
)


def _pledges(report: object) -> list[str]:
    return [p.title for p in report.projects if p.project_id.startswith("Ⅲ")]  # type: ignore[attr-defined]


def test_pledges_with_their_next_steps_under_a_status_and_next_title_are_projects() -> None:
    """`Ⅲ. 민선8기 공약사항 추진현황 및 향후계획` over pledges that each state how they
    stand and their next step, `○ 향후계획 : 건축공사 착공(’26. 4.), 준공(’27. 6.)`: the
    pledges are projects with those steps (향후계획 in the title had made the chapter tell
    status only, and the pledges no cards)."""
    text = _HEAD + (
        "Ⅲ. 민선8기 공약사항 추진현황 및 향후계획\n"
        " 1. 청년 창업지원센터 건립\n"
        "  ○ 추진현황 : 실시설계 완료(’25. 10.)\n"
        "  ○ 향후계획 : 건축공사 착공(’26. 4.), 준공(’27. 6.)\n"
        " 2. 전통시장 주차장 확충\n"
        "  ○ 추진현황 : 부지 매입 완료(’25. 8.)\n"
        "  ○ 향후계획 : 주차장 조성공사 발주(’26. 5.)\n"
    )
    report = _text(text)
    assert _pledges(report) == ["청년 창업지원센터 건립", "전통시장 주차장 확충"]
    steps = {(s.project_id, s.start.isoformat()) for s in report.schedules if s.start}
    assert {("Ⅲ-1", "2026-04-01"), ("Ⅲ-2", "2026-05-01")} <= steps


def test_a_pledge_named_after_its_measures_is_a_card() -> None:
    """`Ⅲ. 민선8기 공약사업 추진상황` over `1. 총 괄` and the pledge cards `도심 침수피해
    예방대책` and `폭염 한파 종합대책 추진` (사업기간, 총사업비): the pledges are projects;
    대책 in a pledge's name is no item that explains the pledges that lag."""
    text = _HEAD + (
        "Ⅲ. 민선8기 공약사업 추진상황\n"
        " 1. 총    괄\n"
        "  ○ 공 약 수 : 12개 (완료 5, 정상추진 7)\n"
        " 2. 도심 침수피해 예방대책\n"
        "  ○ 사업기간 : 2024. 3.~2027. 12.\n"
        "  ○ 총사업비 : 8,300백만원 (국비 4,000, 구비 4,300)\n"
        " 3. 폭염 한파 종합대책 추진\n"
        "  ○ 사업기간 : 2025. 1.~2026. 12.\n"
        "  ○ 총사업비 : 3,000백만원 (시비 3,000)\n"
    )
    report = _text(text)
    assert _pledges(report) == ["도심 침수피해 예방대책", "폭염 한파 종합대책 추진"]


@pytest.mark.parametrize(
    ("value", "division"),
    [
        ("교통과 (교통정책팀장)", "교통과"),
        ("교통과 (교통정책팀장 김○○ ☎ 2345)", "교통과"),
        ("일자리경제과 (일자리정책팀 주무관 김○○, 2345)", "일자리경제과"),
        ("복지정책과 (복지기획팀 / 주무관 홍길동)", "복지정책과"),
        ("공원녹지과 (공원조성팀 외 2팀)", "공원녹지과"),
        ("시설팀장 김○○", "시설팀"),
        # (no team in the bracket, or words of no contact: kept)
        ("도시계획과 (도시재생팀, 2026 신설)", "도시계획과 (도시재생팀, 2026 신설)"),
        ("교통과 (교통정책팀 홍길동)", "교통과 (교통정책팀 홍길동)"),
    ],
)
def test_a_division_with_its_teams_head_extension_or_other_teams(
    value: str, division: str
) -> None:
    """The bracket of a division's team is aside where it adds the team's head
    (`교통정책팀장`), a bare extension (`, 2345`), the official's name after the rank
    (`주무관 홍길동`) or the other teams (`외 2팀`); a team's head alone names the team."""
    assert division_value(value) == division


def test_officials_alone_in_a_column_of_units_name_no_division() -> None:
    """`세 부 사 업 | 2026년 예산 | 담 당` over `안전정책팀 주무관 김○○`, `주무관 이○○`,
    `팀장 박○○`: the first item is the team's, the others name an official alone and
    no division (their masked names had become the items' divisions)."""
    rows: list[list[Cell | str]] = [
        ["세 부 사 업", "2026년 예산", "담 당"],
        ["합    계", "600", ""],
        ["안전문화 확산", "200", "안전정책팀 주무관 김○○"],
        ["지역안전지수 개선", "100", "주무관 이○○"],
        ["보도 정비", "300", "팀장 박○○"],
    ]
    got = [(b.item, b.division) for b in _appendix(rows).budget_items]
    assert got == [
        ("합계", None), ("안전문화 확산", "안전정책팀"), ("지역안전지수 개선", None),
        ("보도 정비", None),
    ]  # fmt: skip


def test_a_count_glued_to_the_place_it_counts_in_is_a_count() -> None:
    """`□ 기 구 : 본청4과 15팀`: 4과 and 15팀 are what the 본청 holds, counts (`본청4과` had
    been read as a unit numbered among its siblings, and the 4과 lost)."""
    report = _text(
        "2026년 주요업무보고\n행 정 지 원 국\n\nⅠ. 일반현황\n 1. 조    직\n"
        "  □ 기    구 : 본청4과 15팀\n"
        "   ○ 총무과 : 총무팀, 인사팀, 의전팀, 청사팀\n"
        "   ○ 자치행정과 : 자치팀, 민원팀, 주민팀, 통계팀\n"
        "   ○ 회계과 : 회계팀, 계약팀, 재산팀, 공유재산팀\n"
        "   ○ 정보통신과 : 정보팀, 통신팀, 전산팀\n"
        "Ⅱ. 2026년 주요업무계획\n 1. 민원서비스 개선\n  ○ 사업기간 : 2026. 1.~12.\n"
    )
    stated = {(s.key, s.value) for s in report.stated_totals}
    assert {("organization.division", 4), ("organization.team", 15)} <= stated
    assert not any("본청" in (u.name or "") for u in report.organization)
