"""A card's facts one level down in its plan block (review 111, rule 9): a nested `○ 추진일정`
leaves the plan's other dated lines its steps, and a block of a later year or stage (`□ 2027년
계획`, `□ 차년도 추진계획`, `□ 2단계 사업계획`) gives the card no period, cost or shares."""

from __future__ import annotations

from datetime import date

import pytest

from schemas import Report
from tests.hwpx_maker import p
from tests.test_fix111_cards import _HEAD as CARDS_HEAD
from tests.test_other_reports import _hwpx, _text

_HEAD = CARDS_HEAD.replace("2015년도 주요업무 보고", "2026년 주요업무보고").replace("2015", "2026")

#: a plan block over its period, a task dated line by line, and a `○ 추진일정` of its own
_NESTED = [
    "가. 노후차 저공해화 추진 (기후대기과)",
    "□ 추진배경",
    "  ○ 수송부문 미세먼지 배출 비중 증가",
    "□ 세부추진계획",
    "  ○ 사업기간 : '26.1.~'26.12.",
    "  ○ 노후 경유차 조기폐차 지원 : 1,500대",
    "    - '26. 2월 : 지원사업 공고",
    "    - '26. 4월~11월 : 보조금 지급",
    "  ○ 추진일정",
    "    - '26. 3월 : 배출가스 단속계획 수립",
    "    - '26. 9월 : 합동 단속 실시",
    "□ 소요예산 : 900백만원 (국비 450, 시비 450)",
]


def _text_of(lines: list[str]) -> Report:
    return _text(_HEAD + "\n".join(f"  {ln}" for ln in lines) + "\n")


def _steps(report: Report) -> list[tuple[str, str, date | None]]:
    return [(s.project_id, s.task, s.start) for s in report.schedules]


def test_a_nested_schedule_leaves_the_plans_other_dated_lines_its_steps() -> None:
    """`○ 추진일정` under `□ 세부추진계획` beside `- '26. 2월 : 지원사업 공고`: every dated
    line a step once, in the order printed; `○ 사업기간`, the card's period, no step (the
    plan's own dated lines had been lost once a `○ 추진일정` stood in it)."""
    report = _text_of(_NESTED)
    assert _steps(report) == [
        ("1-1", "지원사업 공고", date(2026, 2, 1)),
        ("1-1", "보조금 지급", date(2026, 4, 1)),
        ("1-1", "배출가스 단속계획 수립", date(2026, 3, 1)),
        ("1-1", "합동 단속 실시", date(2026, 9, 1)),
    ]
    (card,) = report.projects
    assert (card.period_start, card.period_end, card.cost_krw) == (
        date(2026, 1, 1), date(2026, 12, 31), 900_000_000,
    )  # fmt: skip


def test_the_same_card_in_hwpx() -> None:
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 기 구"), p("○ 기 구 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무 계획"), p("1. 맑은 대기환경 조성"),
        *(p(ln.strip()) for ln in _NESTED),
    )  # fmt: skip
    assert sorted(s.task for s in report.schedules) == sorted(
        ["지원사업 공고", "보조금 지급", "배출가스 단속계획 수립", "합동 단속 실시"]
    )


def test_a_schedule_in_the_overview_and_dated_lines_in_the_plan() -> None:
    """`□ 사업개요` over `○ 추진일정` (one line), `□ 추진계획` over its dated lines: the
    steps of both (the plan's had been lost)."""
    report = _text_of([
        "가. 도시바람길숲 조성 (공원녹지과)",
        "□ 사업개요",
        "  ○ 사업기간 : '26.1.~'26.12.",
        "  ○ 사업비 : 2,400백만원 (국비 1,200, 시비 1,200)",
        "  ○ 추진일정",
        "    - '26. 2월 : 대상지 선정",
        "□ 추진계획",
        "  ○ 설계 및 공사",
        "    - '26. 5월 : 실시설계 용역 착수",
        "    - '26. 10월 : 조성공사 착공",
    ])  # fmt: skip
    assert _steps(report) == [
        ("1-1", "대상지 선정", date(2026, 2, 1)),
        ("1-1", "실시설계 용역 착수", date(2026, 5, 1)),
        ("1-1", "조성공사 착공", date(2026, 10, 1)),
    ]


@pytest.mark.parametrize(
    "label",
    [
        "2027년 계획",  # (no label word: a line of the block before it)
        "2027년 추진계획",
        "추진계획 (2027년)",
        "'27년 이후 추진계획",
        "차년도 추진계획",
        "내년도 추진계획",
        "후속 추진계획",
        "다음 단계 계획",
        "2단계 사업계획",
        "중장기 추진계획",
    ],
)
def test_a_block_of_a_later_year_or_stage_gives_the_card_no_facts(label: str) -> None:
    """`□ 2026년 추진계획` then a block of next year or a later stage over `○ 사업기간 :
    '27.1.~'28.12.` and `○ 소요예산 : 3,000백만원 (국비 …, 시비 …)`: the card's period is
    this year's block's, its cost none of the later one's, and no shares."""
    report = _text_of([
        "가. 하천 생태복원 (하천관리과)",
        "□ 추진배경",
        "  ○ 하천 수질 악화",
        "□ 2026년 추진계획",
        "  ○ 사업기간 : '26.3.~'26.12.",
        "  ○ 1단계 실시설계",
        "    - '26. 3월 : 실시설계 착수",
        "    - '26. 8월 : 공사 발주",
        f"□ {label}",
        "  ○ 사업기간 : '27.1.~'28.12.",
        "  ○ 소요예산 : 3,000백만원 (국비 1,500, 시비 1,500)",
        "  ○ 추진일정",
        "    - '27. 3월 : 2단계 착공",
    ])  # fmt: skip
    (card,) = report.projects
    assert (card.period_start, card.period_end) == (date(2026, 3, 1), date(2026, 12, 31))
    assert card.cost_krw is None
    assert report.project_funding == []
    assert ("1-1", "실시설계 착수", date(2026, 3, 1)) in _steps(report)


def test_a_year_counted_in_the_works_own_years_is_this_years_plan() -> None:
    """`□ 1차년도 추진계획`, the work's first year: its facts the card's; `□ 차년도 추진계획`
    after `□ 2026년 추진계획`, the next year: none."""
    report = _text_of([
        "가. 스마트 대기측정망 구축 (기후대기과)",
        "□ 1차년도 추진계획",
        "  ○ 사업기간 : '26.2.~'26.11.",
        "  ○ 소요예산 : 800백만원 (시비 800)",
        "나. 미세먼지 쉼터 확충 (기후대기과)",
        "□ 2026년 추진계획",
        "  ○ 사업기간 : '26.4.~'26.10.",
        "    - '26. 4월 : 설치 대상지 선정",
        "□ 차년도 추진계획",
        "  ○ 사업기간 : '27.1.~'27.12.",
        "  ○ 소요예산 : 1,100백만원 (국비 550, 시비 550)",
    ])  # fmt: skip
    facts = {u.project_id: (u.period_start, u.cost_krw) for u in report.projects}
    assert facts == {"1-1": (date(2026, 2, 1), 800_000_000), "1-2": (date(2026, 4, 1), None)}
    assert {(f.project_id, f.amount_krw) for f in report.project_funding} == {
        ("1-1", 800_000_000)
    }
