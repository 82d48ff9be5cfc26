"""Review of the hundred-and-ninth round: a card of labelled blocks keeps its summary, the
unmarked line of words under its title; only a title left inside its bracket, or the
bracket of its divisions alone on the next line, goes on over the wrap."""

from __future__ import annotations

import pytest

from extract.parse.project_facts import division_value
from tests.test_other_reports import _text

HEAD = (
    "2026년 주요업무 보고\n\n일 자 리 경 제 과\n\nⅠ. 일 반 현 황\n\n 1. 조    직\n\n"
    "  □ 조 직 : 1과 3팀\n\nⅡ. 2026년 주요업무 추진계획\n\n 1. 청년 일자리 확대\n\n"
)


def test_a_summary_line_under_a_block_cards_title_is_no_part_of_it() -> None:
    report = _text(
        HEAD
        + "  가. 청년 공유주방 조성\n"
        "      지역 청년 요식업 창업자에게 공유 주방 제공\n"
        "    □ 사업개요\n"
        "      ○ 사업기간 : 2026. 3. ~ 12.\n"
        "      ○ 사 업 비 : 420,000천원\n"
        "    □ 추진계획\n"
        "      ○ 주방 설비 설치 및 입주자 모집\n"
        "    □ 추진일정\n"
        "      ○ ’26. 5. : 입주자 모집\n\n"
        "  나. 청년 면접정장 대여\n"
        "    □ 사업개요\n"
        "      ○ 사업기간 : 2026. 1. ~ 12.\n"
        "      ○ 사 업 비 : 80,000천원\n"
        "    □ 추진계획\n"
        "      ○ 대여점 4개소 협약\n"
        "    □ 추진일정\n"
        "      ○ ’26. 2. : 협약 체결\n"
    )
    first = next(p for p in report.projects if p.title.startswith("청년 공유주방"))
    assert first.title == "청년 공유주방 조성"
    assert first.cost_krw == 420_000_000


@pytest.mark.parametrize(
    ("value", "division"),
    [
        ("도시계획과(도시재생팀 ☎888-1234)", "도시계획과"),
        ("스마트도시과 (스마트시티팀, ☎ 2345)", "스마트도시과"),
        ("교통행정과 (TF팀)", "교통행정과"),
        ("공간정보과 (2026 신설)", "공간정보과 (2026 신설)"),
        # (second review 109 item 10: a Latin team after words of its own, a bare phone
        # number, a phone's range or pair, the official beside the team)
        ("교통과 (교통안전TF팀)", "교통과"),
        ("교통과 (교통안전 TF팀)", "교통과"),
        ("도시재생과 (뉴딜TF)", "도시재생과"),
        ("도시계획과 (도시재생팀 888-1234)", "도시계획과"),
        ("교통과 (교통정책팀 ☎2345~6)", "교통과"),
        ("교통과 (교통정책팀 ☎ 2345·2346)", "교통과"),
        ("교통과 (교통정책팀 김○○ ☎2345)", "교통과"),
        ("교통과 (교통정책팀/☎2345)", "교통과"),
        ("교통과 (AI센터)", "교통과 (AI센터)"),
        ("도시계획과 (재개발 2구역)", "도시계획과 (재개발 2구역)"),
        # (second review 109 item 9: the unit before its official)
        ("안전정책팀 주무관 김○○", "안전정책팀"),
    ],
)
def test_a_division_with_its_team_and_phone_in_brackets(value: str, division: str) -> None:
    """The bracket of a division's team is no part of it, a phone number beside the team or
    a team named in Latin letters too; any other bracket is kept."""
    assert division_value(value) == division
