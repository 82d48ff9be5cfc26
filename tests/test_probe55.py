"""Forms of the genre met in a sixth round of reports (carried-over budgets, a commission's
secretariat with seconded police): what each must give, worked out from its lines, and
what had been lost or misread before."""

from __future__ import annotations

import pytest

from extract.document import Line
from extract.parse.base import Context
from extract.parse.budget_vocab import NOT_BUDGET_HEADERS
from extract.parse.budget_words import is_not_amount_header
from extract.parse.costs import read_cost, read_labelled_cost
from extract.parse.org_boxes import line_boxes
from extract.parse.org_parts import find_bureau
from extract.sections import Sections
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text


def test_a_table_of_carried_over_budgets_gives_no_budget_lines() -> None:
    """"구분 | 사업명 | 이월액(천원) | 이월사유": last year's money carried over is no line of
    this year's budget (each row had been one, its 계 a second 2026 total)."""
    carried = _table([
        ["구 분", "사업명", "이월액(천원)", "이월사유"],
        ["명시이월", "해솔로 도로 확장공사", "1,250,000", "보상협의 지연"],
        ["", "중앙근린공원 조성사업", "680,000", "실시설계 변경"],
        ["사고이월", "보도 정비공사", "396,100", "동절기 공사중지"],
        ["계", "", "2,326,100", ""],
    ], spans={(1, 0): 2})  # fmt: skip
    budget = _table([
        ["구 분", "2026년", "2025년", "증 감"],
        ["계", "33,786,800", "31,200,000", "2,586,800"],
        ["도로과", "20,000,000", "18,000,000", "2,000,000"],
        ["건축과", "13,786,800", "13,200,000", "586,800"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 2과"), p("2. 예산 현황"),
        p("가. 2026년 세출예산(일반회계) : 33,786,800천원"), p("(단위 : 천원)"), p(budget),
        p("나. 이월사업 현황 : 3건 2,326,100천원"), p(carried),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 도로 확장"), p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip
    assert {b.amount_krw for b in report.budget_lines if b.year == 2026} == {
        33_786_800_000, 20_000_000_000, 13_786_800_000,
    }


@pytest.mark.parametrize("word", NOT_BUDGET_HEADERS)
def test_every_column_of_money_outside_the_budget_is_no_amount_of_it(word: str) -> None:
    """"이월액(천원)": money, but no line of the year's budget (what is spent of the year's
    own, 집행액, is a line of it, labelled so)."""
    assert is_not_amount_header(f"{word}(천원)") and is_not_amount_header(word)
    assert not any(is_not_amount_header(h) for h in ("예산현액", "2026년 예산", "집행액"))
    assert is_not_amount_header(f"2025년 {word}") and is_not_amount_header(f"’25년 {word}")


def test_a_commissions_secretariat_under_its_commission() -> None:
    """Cover "…의회 행정자치위원회 보고" over "가람광역시 자치경찰위원회": the commission is the
    top (not the council's committee), its 사무국 over the 과 and teams its table lists;
    seconded police counted by rank under "경찰공무원" are of that service, its 소 계 a
    row (no unit had been read; the ranks had no service)."""
    chart = _table([
        ["위 원 회", "사 무 국", "과", "팀"],
        ["자치경찰위원회", "사무국", "자치경찰정책과", "정책기획팀"],
        ["", "", "", "협력지원팀"],
        ["", "", "자치경찰협력과", "생활안전팀"],
    ], spans={(1, 0): 3, (1, 1): 3, (1, 2): 2})  # fmt: skip
    staff = _table([
        ["구 분", "", "정 원", "현 원"],
        ["계", "", "10", "10"],
        ["일반직", "소 계", "6", "6"],
        ["", "5급", "2", "2"],
        ["", "6급이하", "4", "4"],
        ["경찰공무원", "소 계", "4", "4"],
        ["", "경정", "1", "1"],
        ["", "경감", "3", "3"],
    ], spans={(2, 0): 3, (5, 0): 3})  # fmt: skip
    report = _hwpx(
        p("가람광역시의회 행정자치위원회 보고"), p("2026년 주요업무보고"),
        p("가람광역시 자치경찰위원회"), p("Ⅰ. 일반현황"), p("1. 조 직"), p(chart),
        p("2. 인 력"), p("(단위 : 명)"), p(staff),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 어린이 교통안전"), p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip
    assert [(u.name, u.parent) for u in report.organization][:3] == [
        ("자치경찰위원회", None), ("사무국", "자치경찰위원회"), ("자치경찰정책과", "사무국"),
    ]
    police = [(s.grade, s.employment) for s in report.staffing if s.employment == "경찰공무원"]
    assert police == [(None, "경찰공무원"), ("경정", "경찰공무원"), ("경감", "경찰공무원")]


@pytest.mark.parametrize(("value", "cost", "shares"), [
    ("시비 2,400백만원", 2_400_000_000, [("시비", 2_400_000_000)]),
    ("국비 500백만원, 시비 500백만원", 1_000_000_000,
     [("국비", 500_000_000), ("시비", 500_000_000)]),
    ("국 1,000 / 시 1,600백만원", 2_600_000_000,
     [("국비", 1_000_000_000), ("시비", 1_600_000_000)]),
])  # fmt: skip
def test_a_cost_that_lists_only_its_sources(
    value: str, cost: int, shares: list[tuple[str, int]]
) -> None:
    """"○ 사업비 : 시비 2,400백만원": the sources' amounts are the cost and its funding (the
    first amount had been the cost, its source no share); not where no label says it is a
    cost: a bracket of who pays is no cost (공모사업 선정(국비 5억원, 시비 5억원))."""
    assert read_cost(value) is None or read_cost(value).funding == ()  # type: ignore[union-attr]
    found = read_labelled_cost(value)
    assert found is not None
    assert (found.krw, [(s.source, s.amount_krw) for s in found.funding]) == (cost, shares)


def test_a_hard_wrapped_text_export_keeps_what_its_wraps_carry_on() -> None:
    """Every paragraph wrapped at a fixed width, the rest under the text: a card's cost
    wraps inside its bracket of shares, a finding's title over three lines with its
    division on the last (the shares had been lost, the finding cut to its first line)."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 4과\n\nⅡ. 2026년 주요업무계획\n\n1. 탄소중립\n\n"
        " 가. 공공건축물 그린리모델링 확대 (기후환경정책과)\n\n  □ 사업개요\n"
        "   ○ 사업기간 : 2026. 1. ~ 12.\n"
        "   ○ 사 업 비 : 8,450백만원 (국비 4,225백만원, 시비\n     4,225백만원)\n\n"
        "Ⅲ. 2025년 행정사무감사 처리결과\n\n□ 시정요구사항\n\n"
        " 1. 생활폐기물 수집·운반 대행 원가산정 용역 결과를 검증 절차 없이\n"
        "    대행계약에 반영하여 대행료가 과다하게 산정되었으므로 재검증을\n"
        "    실시할 것 (자원순환과)\n\n  ○ 추진상황 : 완료\n  ○ 추진내용\n"
        "   - 외부 회계법인을 통하여 재검증함\n"
    )
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("국비", 4_225_000_000), ("시비", 4_225_000_000),
    ]
    [finding] = report.audit_findings
    assert finding.finding.endswith("재검증을 실시할 것")
    assert finding.divisions == ["자원순환과"]


def test_facts_with_no_bullets_are_no_wraps_of_each_other() -> None:
    """"□ 사업개요" over "사업기간 : …" and "사 업 비 : …" with no bullet: each a fact of its
    own (a line with no bullet goes on the one before only where it opens with no label)."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 4과\n\nⅡ. 2026년 주요업무계획\n\n1. 탄소중립\n\n"
        " 가. 공공건축물 그린리모델링 확대 (기후환경정책과)\n\n  □ 사업개요\n"
        "     사업기간 : 2026. 1. ~ 12.\n     사 업 비 : 8,450백만원 (국비 4,225, 시비 4,225)\n"
        "     사업내용 : 노후 공공건축물 12개소\n"
    )
    assert [(x.cost_krw, str(x.period_start)) for x in report.projects] == [
        (8_450_000_000, "2026-01-01"),
    ]


def test_a_findings_labelled_lines_and_explanation_are_no_part_of_its_title() -> None:
    """"① 정착지원금 사후관리 미흡 (청년농업팀)" over "조치결과 : …" with no bullet: the
    title ends at its bracket, its division the bracket's (the lines under it had run into
    the title, the division lost)."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 4과"), p("Ⅱ. 2026년 주요업무계획"), p("1. 청년농 육성"),
        p("○ 사업기간 : 2026. 1.~12."), p("Ⅲ. 2025년 행정사무감사 처리결과"), p("□ 시정요구사항"),
        p("① 정착지원금 사후관리 미흡 (청년농업팀)"), p("조치결과 : 전수 점검 실시"),
        p("처리상황 : 완료"),
    )  # fmt: skip
    assert [(f.finding, f.divisions) for f in report.audit_findings] == [
        ("정착지원금 사후관리 미흡", ["청년농업팀"]),
    ]


def test_a_division_counting_its_teams_is_no_group_of_places() -> None:
    """"민원여권과 (3개팀) | 민원팀, 여권팀, 가족관계팀": the 과 over its teams (a count of
    places, "(18개동)", lists units of the top; a count of teams does not)."""
    chart = _table([
        ["구 분", "과", "팀"],
        ["행정지원국", "총무과", "총무팀, 인사팀"],
        ["", "민원여권과 (3개팀)", "민원팀, 여권팀, 가족관계팀"],
    ], spans={(1, 0): 2})  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무보고"), p("서하구 행정지원국"), p("Ⅰ. 일반현황"), p("1. 조직"), p(chart),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 민원 혁신"), p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip
    assert ("여권팀", "민원여권과") in [(u.name, u.parent) for u in report.organization]


@pytest.mark.parametrize(("cover", "body"), [
    (["제320회 서하시의회 정례회", "경제산업위원회 소관", "2026년 주요업무보고"], None),
    (["제320회 임시회", "행정보건위원회", "2026 주요업무보고"], None),
    (["가람광역시 자치경찰위원회 2026년 주요업무보고"], "자치경찰위원회"),
    (["2026년", "주요업무보고", "행정자치위원회", "2026. 2. 10.", "청해광역시 감사위원회"],
     "감사위원회"),
    (["가람광역시의회 행정자치위원회 보고", "2026년 주요업무보고", "가람광역시 교통국"], "교통국"),
])  # fmt: skip
def test_a_commission_is_a_body_of_its_city_not_the_councils_committee(
    cover: list[str], body: str | None
) -> None:
    front = [Line(k, t, t) for k, t in enumerate(cover, start=1)]
    assert find_bureau(Sections(front=front), Context())[0] == body


def test_a_unit_with_no_stroke_roots_the_branches_under_it() -> None:
    """"교통정책과" / "├─ 정책팀" / "└─ 기획팀" / "버스정책과" / "├─ 버스팀": each team under
    the unit over its branches (all had hung from the top)."""
    texts = ["교통정책과", "  ├─ 정책팀", "  └─ 기획팀", "버스정책과", "  ├─ 버스팀"]
    boxes = line_boxes([Line(k, t, t) for k, t in enumerate(texts, start=1)], {})
    assert [(b.name, b.parent.name if b.parent else None) for b in boxes] == [
        ("교통정책과", None), ("정책팀", "교통정책과"), ("기획팀", "교통정책과"),
        ("버스정책과", None), ("버스팀", "버스정책과"),
    ]


def test_a_budget_stated_after_the_bodies_a_line_counts_before_it_is_the_bodys() -> None:
    """"○ 조직 : 1실 3과, 산하기관 2개 / 예산 : 3,210억원": the affiliated bodies are named in
    another clause; the budget is the body's own."""
    from extract.parse.budget_prose import line_totals

    text = "○ 조직 : 1실 3과, 산하기관 2개 / 예산 : 3,210억원"
    assert [(t.key, t.value) for t in line_totals(Line(1, text, text), 2026)] == [
        ("budget.total", 321_000_000_000),
    ]
