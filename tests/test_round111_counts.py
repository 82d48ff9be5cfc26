"""A chain of figures by year is how a count stands or grows, no step of the plan, whatever
its unit: a numeral's multiplier, a rank, a multiple, a ratio, power, a number bare; a chain
of ordinals one by one is phases (round 111's leftovers of the second review)."""

from __future__ import annotations

import pytest

from extract.parse.step_notes import figures_by_year
from tests.test_defects import convert_text

COUNTS = [
    "추진계획 : ’25년 3만명 → ’26년 5만명",
    "’25년 120기 → ’26년 180기",
    "’25년 1,500톤/일 → ’26년 2,000톤/일",
    "’25년 1,234천명 → ’26년 1,300천명",
    "’25년 150MW → ’26년 200MW",
    "’25년 4위 → ’26년 1위",
    "’25년 1.2배 → ’26년 1.5배",
    "’25년 152 → ’26년 182",
    "’25년 35%p → ’26년 40%p",
    "’25년 3기 → ’26년 5기",
    "이용객 : ’25년 3만 명 → ’26년 5만 명",
    "’25년 3만5천명 → ’26년 4만명",
    "’25년 1조 2천억원 → ’26년 1조 5천억원",
    "’25년 1.2GWh → ’26년 1.5GWh",
]
STEPS = [
    "’25년 1기 → ’26년 2기 → ’27년 3기",
    "’25년 1단계 → ’26년 2단계",
    "’26년 10개교 → ’27년 20개교 시범운영",
    "’25년 3개소 → ’26년 5개소 확대 조성",
]


@pytest.mark.parametrize("text", COUNTS)
def test_a_chain_of_figures_by_year_is_no_step(text: str) -> None:
    assert figures_by_year(text, 2026)


@pytest.mark.parametrize("text", STEPS)
def test_a_chain_of_phases_or_deeds_by_year_is_steps(text: str) -> None:
    assert not figures_by_year(text, 2026)


def test_a_cards_plan_of_counts_by_year_gives_no_schedule() -> None:
    text = (
        "2026년 주요업무계획\n\n다온군 경제관광국\n\n"
        "Ⅰ. 일반현황\n 1. 조    직\n  □ 조    직 : 1국 1과 2팀\n"
        "   ○ 경제정책과(2팀) : 경제정책팀, 일자리지원팀\n\n"
        "Ⅱ. 2026년 주요업무계획\n 1. 지역경제 활성화\n"
        "  □ 공공자전거 운영 (경제정책과)\n"
        "    ○ 사 업 비 : 100,000천원 (군비 100,000)\n"
        "    ○ 추진계획 : ’25년 3만명 → ’26년 5만명\n"
        "  □ 전기차 충전 인프라 확충 (경제정책과)\n"
        "    ○ 사 업 비 : 100,000천원 (군비 100,000)\n"
        "    ○ 추진계획 : ’25년 120기 → ’26년 180기\n"
    )
    result = convert_text(text)
    assert [p.title for p in result.projects] == ["공공자전거 운영", "전기차 충전 인프라 확충"]
    assert result.schedules == []
    assert result.progress == []


GENERAL_IN_SECOND = (
    "2026년 주요업무계획\n\n다 온 군   복 지 정 책 국\n\n"
    "Ⅰ. 비전 및 추진방향\n  □ 비    전 : 모두가 행복한 복지 다온\n"
    "  □ 추진방향 : 촘촘한 복지안전망 구축\n\n"
    "Ⅱ. 국 운영 현황\n\n  □ 일반현황\n   ○ 조    직 : 1국 3과 12팀\n"
    "   ○ 인    력 : 정원 85명, 현원 82명\n   ○ 예    산 : 12,500,000천원\n\n"
    "Ⅲ. 2026년 주요업무계획\n 1. 복지 강화\n  □ 치매 가족 돌봄 지원 (복지정책과)\n"
    "    ○ 사 업 비 : 100,000천원 (군비 100,000)\n"
)


def test_the_general_block_in_a_second_chapter_of_no_role() -> None:
    """A report that opens with its vision states its general block in the next chapter:
    that block is the general section, its 조직/인력/예산 lines read."""
    result = convert_text(GENERAL_IN_SECOND)
    assert [(o.name, o.level) for o in result.organization] == [("복지정책국", "bureau")]
    assert [(s.authorized, s.current) for s in result.staffing] == [(85, 82)]
    assert [(b.unit, b.budget_krw) for b in result.budget_summary] == [("계", 12_500_000_000)]


def test_a_subsidiarys_chapter_is_still_not_the_general_block() -> None:
    text = GENERAL_IN_SECOND.replace("Ⅱ. 국 운영 현황", "Ⅱ. 출연기관 운영 관리")
    result = convert_text(text)
    assert result.budget_summary == []


@pytest.mark.parametrize(
    ("cover", "bureau"),
    [
        ("서 울 시 교 육 청 교 육 정 책 국", "교육정책국"),
        ("경 남 교 육 청 교 육 국", "교육국"),
        ("인 천 소 방 본 부 대 응 예 방 과", "대응예방과"),
        ("해 담 광 역 시 교 육 청 교 육 국", "교육국"),
        ("서 울 소 방 재 난 본 부 예 방 과", "예방과"),
        ("제 주 소 방 안 전 본 부 방 호 구 조 과", "방호구조과"),
    ],
)
def test_a_spaced_cover_names_the_office_after_its_regions_short_name(
    cover: str, bureau: str
) -> None:
    """The short name of a 광역시 or a 도 before its office of education or its fire
    headquarters, spaced out on the cover, is no part of the bureau's name."""
    text = (
        f"\n   2026년 주요업무계획\n\n   {cover}\n\nⅠ. 일반현황\n 1. 조    직\n"
        "  □ 조    직 : 3과 9팀\n\nⅡ. 주요업무계획\n 1. 교육환경 개선\n"
        "  □ 학교시설 개선 (시설과)\n    ○ 사 업 비 : 100,000천원 (시비 100,000)\n"
    )
    assert convert_text(text).meta.bureau == bureau


def test_a_facilitys_general_block_after_the_plan_is_not_the_bureaus() -> None:
    """`Ⅲ. 시립박물관 운영` / `□ 일반현황` after the plan chapter: the museum's, not the
    bureau's organisation nor its budget (review)."""
    text = GENERAL_IN_SECOND.replace("Ⅱ. 국 운영 현황", "Ⅳ. 시립박물관 운영")
    head, _, museum = text.partition("Ⅳ. 시립박물관 운영")
    block, _, plan = museum.partition("Ⅲ. 2026년 주요업무계획")
    result = convert_text(head + "Ⅲ. 2026년 주요업무계획" + plan + "\nⅣ. 시립박물관 운영" + block)
    assert result.budget_summary == []
    assert result.staffing == []


def test_a_note_of_the_budgets_side_in_its_own_words() -> None:
    """`※ 일반회계 세출예산(본예산) 기준` under a budget table: its rows are expenditure, as
    under `※ 일반회계 세출 기준` (probe manwon)."""
    text = (
        "2026년 주요업무보고\n\n다온군 기획감사실\n\nⅠ. 일반현황\n\n1. 조직\n"
        "  ❍ 조 직 : 1실 2팀 (기획팀, 예산팀)\n\n2. 예산 현황\n\n"
        "                                                          (단위 : 만원)\n"
        "  구    분       2026년(A)   2025년(B)  증 감(A-B)   증감률(%)\n"
        "  합    계         127,570     120,100        7,470        6.2\n"
        "  기 획 팀          85,420      79,300        6,120        7.7\n"
        "  예 산 팀          42,150      40,800        1,350        3.3\n\n"
        "  ※ 일반회계 세출예산(본예산) 기준, 인건비 제외\n\n"
        "Ⅱ. 2026년 주요업무계획\n 1. 재정 혁신\n  □ 예산 효율화 (예산팀)\n"
        "    ○ 사 업 비 : 5,000만원 (군비 100%)\n"
    )
    rows = convert_text(text).budget_summary
    assert [(b.unit, b.budget_krw) for b in rows] == [
        ("계", 1_275_700_000), ("기획팀", 854_200_000), ("예산팀", 421_500_000),
    ]  # fmt: skip
    assert {b.side for b in rows} == {"expenditure"}


def test_teams_listed_one_a_line_before_their_duties_under_the_count_line() -> None:
    """`1. 조    직 : 1과 4팀` over four lines `o 산림정책팀 : 산림행정 총괄, …`: the four teams
    are the 과's (probe ocrtext; they had been left out)."""
    text = (
        "2026년 주요업무보고\n\n청솔군 산림녹지과\n\nI. 일 반 현 황\n\n"
        "1. 조    직 : 1과 4팀\n\n"
        "  o 산림정책팀 : 산림행정 총괄, 산림복지 시설 운영\n"
        "  o 산림보호팀 : 산불방지, 산림병해충 방제\n"
        "  O 산림자원팀 : 조림 및 숲가꾸기, 임도 관리\n"
        "  o 공원녹지팀 : 도시숲 조성, 가로수 정비\n\n"
        "II. 2026년 주요업무 추진계획\n 1. 산림 보호\n  가. 산불 예방 (산림보호팀)\n"
        "    o 사 업 비 : 120,000천원 (군비 120,000)\n"
    )
    units = [(o.name, o.level, o.parent) for o in convert_text(text).organization]
    assert units == [
        ("산림녹지과", "division", None),
        ("산림정책팀", "team", "산림녹지과"),
        ("산림보호팀", "team", "산림녹지과"),
        ("산림자원팀", "team", "산림녹지과"),
        ("공원녹지팀", "team", "산림녹지과"),
    ]
