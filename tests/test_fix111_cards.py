"""The 2010s card shape, its facts one level down in its plan block: `가. … (과)` / `□ 추진배경`
/ `□ 추진방향` / `□ 세부추진계획` over `○ 사업기간 : …`, `○ 사업내용`, `○ 추진일정` (dated `-`
lines) and `○ 소요예산 : …`, or `□ 소요예산 : …` after it (probe 111, oldyear)."""

from __future__ import annotations

from datetime import date

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _text

_HEAD = """2015년도 주요업무 보고
환경녹지국

Ⅰ. 일반현황
 1. 기 구
  ○ 기 구 : 1국 2과

Ⅱ. 2015년 주요업무 계획
 1. 맑은 대기환경 조성
"""

_CARD_ONE = [
    "가. 미세먼지 저감 대책 추진 (환경정책과)",
    "□ 추진배경",
    "  ○ 미세먼지 연평균 농도 대기환경기준 초과",
    "□ 세부추진계획",
    "  ○ 사업기간 : '15.3.~'15.12.",
    "  ○ 사업내용",
    "    - 노후 경유자동차 저공해화 : 200대",
    "  ○ 추진일정",
    "    - '15. 3월 : 저감 종합대책 수립",
    "    - '15. 7월~10월 : 사업장 특별점검",
    "□ 소요예산 : 1,240,000천원 (국비 620,000, 시비 620,000)",
]
_CARD_TWO = [
    "나. 탄소포인트제 활성화 (환경정책과)",
    "□ 추진배경",
    "  ○ 가정부문 온실가스 배출 비중 증가",
    "□ 세부추진계획",
    "  ○ 사업기간 : '15.1.~'15.11.",
    "  ○ 추진일정",
    "    - '15. 2월 : 가입 홍보 계획 수립",
    "    - '15. 12월 : 인센티브 지급",
    "  ○ 소요예산 : 186,000천원 (시비 186,000)",
]


def _facts(report: Report) -> dict[str, tuple[date | None, date | None, int | None]]:
    return {u.project_id: (u.period_start, u.period_end, u.cost_krw) for u in report.projects}


def test_a_cards_facts_in_its_plan_block_in_a_text_export() -> None:
    """`○ 사업기간` and `○ 추진일정` under `□ 세부추진계획` are the card's period and steps;
    its cost and shares `○ 소요예산 : …` in the block or `□ 소요예산 : …` after it (the
    period and steps had been read only where set at the card's top)."""
    report = _text(_HEAD + "\n".join(f"  {ln}" for ln in [*_CARD_ONE, *_CARD_TWO]) + "\n")
    assert _facts(report) == {
        "1-1": (date(2015, 3, 1), date(2015, 12, 31), 1_240_000_000),
        "1-2": (date(2015, 1, 1), date(2015, 11, 30), 186_000_000),
    }
    steps = [(s.project_id, s.task, s.start) for s in report.schedules]
    assert steps == [
        ("1-1", "저감 종합대책 수립", date(2015, 3, 1)),
        ("1-1", "사업장 특별점검", date(2015, 7, 1)),
        ("1-2", "가입 홍보 계획 수립", date(2015, 2, 1)),
        ("1-2", "인센티브 지급", date(2015, 12, 1)),
    ]
    funding = {(f.project_id, f.source, f.amount_krw) for f in report.project_funding}
    assert funding == {
        ("1-1", "국비", 620_000_000), ("1-1", "시비", 620_000_000),
        ("1-2", "시비", 186_000_000),
    }  # fmt: skip


def test_a_cards_facts_in_its_plan_block_in_hwpx() -> None:
    """The same card in an HWPX: its period, steps and cost one level down."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 기 구"), p("○ 기 구 : 1국 2과"),
        p("Ⅱ. 2015년 주요업무 계획"), p("1. 맑은 대기환경 조성"),
        *(p(ln.strip()) for ln in [*_CARD_ONE, *_CARD_TWO]),
    )  # fmt: skip
    assert _facts(report)["1-2"] == (date(2015, 1, 1), date(2015, 11, 30), 186_000_000)
    steps = [(s.project_id, s.task) for s in report.schedules]
    assert ("1-2", "가입 홍보 계획 수립") in steps and ("1-1", "사업장 특별점검") in steps
    assert ("1-2", "시비", 186_000_000) in {
        (f.project_id, f.source, f.amount_krw) for f in report.project_funding
    }


def test_a_cost_set_as_a_label_after_the_plan_block_is_no_bullet_of_it() -> None:
    """`□ 소요예산 : …` after the last dated `- …` line of `□ 세부추진계획`: the card's cost,
    no bullet of that line in the block (it had nested under `- '15. 7월~10월 : …`)."""
    report = _text(_HEAD + "\n".join(f"  {ln}" for ln in _CARD_ONE) + "\n")
    (card,) = report.projects
    (plan,) = [b for b in card.blocks if b.label == "세부추진계획"]

    def texts(items: list) -> list[str]:  # type: ignore[type-arg]
        return [t for it in items for t in [it.text, *texts(it.children)]]

    assert not any("소요예산" in t for t in texts(plan.items))
    assert card.fields.get("소요예산", "").startswith("1,240,000천원")
