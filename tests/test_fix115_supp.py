"""Fixes of the 115th round of probes (supp): a city bureau's report of its 제1회 추가경정예산안.

Its chapter that sums the 추경 up (`Ⅱ. 추경예산안 총괄`, tables `구 분 | 기정예산액 |
추경예산액(안) | 증 감 | 비 고` by account, by 세입 and by division) is the budget summary,
not the items; its cover's year is the report's; `기정예산액` and `추경예산액(안)` are kinds
of amount, not the rows' category; each division's table under a part titled by the division
alone (`1. 교통정책과`) is that division's; its cards of the projects the 추경 changes, a part
title after them (`향후 추진일정`), are its projects.
"""

from __future__ import annotations

import itertools

import pytest

from extract.cover_year import cover_year
from extract.document import Line
from extract.parse.budget_headers import is_category
from extract.pipeline import check, parse_document
from extract.read import read_bytes
from extract.title_roles import chapter_role
from schemas import Report
from tests.hwpx_maker import cell, p, tbl
from tests.test_fix114_shaded import _pdf
from tests.test_other_reports import _hwpx, _table
from tests.test_probe110_rotated import UP


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("추경예산안 총괄", "budget_summary"),
        ("2026년 제1회 추가경정예산 개요", "budget_summary"),
        ("제1회 추경예산 규모 (일반회계)", "budget_summary"),
        ("세출예산 총괄표", "budget_summary"),
    ],
)
def test_a_chapter_that_sums_up_a_supplementary_budget(title: str, role: str) -> None:
    """A 추경 (or 세출) chapter titled as its summary (총괄, 개요, 규모) is the budget
    summary; one of its items (`2026년 제1회 추가경정예산(안)`, `부서별 세출예산안`) stays
    the items', one of a plan that draws on it the plan's."""
    assert chapter_role(title) == role
    assert chapter_role("2026년 제1회 추가경정예산(안)") == "budget_items"
    assert chapter_role("부서별 세출예산안") == "budget_items"
    assert chapter_role("세부사업 예산 총괄") == "budget_items"
    assert chapter_role("하반기 주요업무 추진계획 (추경예산 반영)") == "plans"


@pytest.mark.parametrize(
    ("front", "year"),
    [
        (["2026년 제1회 추가경정예산안 설명", "도 시 교 통 국", "2026. 4."], 2026),
        (["2025년도 제2회 추경예산(안) 업무설명", "복지국"], 2025),
    ],
)
def test_the_year_of_a_supplementary_budgets_cover(front: list[str], year: int) -> None:
    """The year a 추경's cover names is the report's (it had none: no genre word)."""
    assert cover_year([Line(k + 1, text, "") for k, text in enumerate(front)]) == year


@pytest.mark.parametrize("header", ["기정예산액", "추경예산액(안)", "당초예산액"])
def test_a_footings_amount_header_is_no_category(header: str) -> None:
    """`기정예산액` is a kind of amount (예산액 after its footing), not the category of a
    table's rows (the divisions' rows of a 추경 table had been read as items so)."""
    assert not is_category(header, [])
    assert is_category("국고보조금", [])


_HEAD = ["구 분", "기정예산액", "추경예산액(안)", "증 감", "비 고"]
_DETAIL = ["정책사업", "단위사업", "세부사업", "기정예산액", "추경예산액(안)", "증 감", "비 고"]


def _detail(rows: list[list[str]]) -> str:
    """A division's table: its 합계 across the three programme columns, then its 세부사업
    under their programmes (each programme merged down over its two rows)."""
    cells = [cell(0, c, p(text)) for c, text in enumerate(_DETAIL)]
    cells += [cell(1, 0, p("합 계"), cs=3)]
    cells += [cell(1, c, p(text)) for c, text in enumerate(rows[0], start=3)]
    for r, row in enumerate(rows[1:], start=2):
        first = r % 2 == 0
        for c, text in enumerate(row):
            if c < 2 and not first:
                continue
            cells.append(cell(r, c, p(text), rs=2 if c < 2 else 1))
    return tbl(len(rows) + 1, len(_DETAIL), cells)


def _report() -> Report:
    return _hwpx(
        p("2026년 제1회 추가경정예산안 설명"), p("도 시 교 통 국"), p("2026. 4."),
        p("Ⅰ. 일반현황"), p("1. 조 직 : 1국 2과 8팀"),
        p("Ⅱ. 추경예산안 총괄"),
        p("○ 추경예산액 : 9,550백만원 (기정 8,500백만원 대비 1,050백만원 증)"),
        p("1. 세출예산안 (부서별)"), p("(단위 : 백만원)"),
        p(_table([
            _HEAD,
            ["합 계", "8,500", "9,550", "1,050", ""],
            ["교통정책과", "3,300", "3,600", "300", ""],
            ["대중교통과", "5,200", "5,950", "750", ""],
        ])),
        p("Ⅲ. 부서별 세출예산안"),
        p("1. 교통정책과"), p("(단위 : 천원)"),
        p(_detail([
            ["3,300,000", "3,600,000", "300,000", ""],
            ["교통정책 수립", "교통계획 수립", "교통 기본계획 용역", "600,000", "500,000",
             "△100,000", "집행잔액 감액"],
            ["교통정책 수립", "교통계획 수립", "교통안전 캠페인", "700,000", "600,000",
             "△100,000", ""],
            ["교통안전 개선", "교통안전시설", "어린이보호구역 정비", "2,000,000", "2,500,000",
             "500,000", "국비 내시 변경"],
        ])),
        p("2. 대중교통과"), p("(단위 : 천원)"),
        p(_detail([
            ["5,200,000", "5,950,000", "750,000", ""],
            ["대중교통 활성화", "버스 서비스 개선", "시내버스 재정지원", "4,200,000",
             "4,720,000", "520,000", ""],
            ["대중교통 활성화", "버스 서비스 개선", "저상버스 도입", "1,000,000",
             "1,230,000", "230,000", ""],
        ])),
        p("Ⅳ. 주요 추경사업 설명"),
        p("□ 어린이보호구역 정비 (교통정책과)"),
        p("○ 사업기간 : 2026. 1. ~ 2026. 12."),
        p("○ 추경예산액 : 2,500,000천원 (기정 2,000,000천원 대비 500,000천원 증)"),
        p("○ 추경 사유 : 국비 내시 변경"),
        p("○ 산출기초"),
        p("- 노면표시 정비 : 5,000천원 × 50개소 = 250,000천원"),
        p("- 방호울타리 설치 : 5,000천원 × 50개소 = 250,000천원"),
        p("□ 시내버스 재정지원 (대중교통과)"),
        p("○ 추경예산액 : 4,720,000천원 (기정 4,200,000천원 대비 520,000천원 증)"),
        p("○ 산출기초"),
        p("- 유류비 보전 : 10,000천원 × 12월 = 120,000천원"),
        p("- 운송원가 보전 : 40,000천원 × 10개 업체 = 400,000천원"),
        p("향후 추진일정"),
        p("○ 추경예산안 시의회 제출 : 2026. 4. 10."),
    )  # fmt: skip


@pytest.fixture(scope="module")
def report() -> Report:
    return _report()


def test_a_supplementary_budgets_summary_by_division(report: Report) -> None:
    """The 총괄 chapter's table by division: the 추경 its budget, the 기정 its base, the
    증감 against it, of the cover's year; no last year's."""
    got = [
        (r.unit, r.year, r.budget_krw, r.base_budget_krw, r.change_krw, r.prev_budget_krw)
        for r in report.budget_summary
    ]
    assert got == [
        ("계", 2026, 9_550_000_000, 8_500_000_000, 1_050_000_000, None),
        ("교통정책과", 2026, 3_600_000_000, 3_300_000_000, 300_000_000, None),
        ("대중교통과", 2026, 5_950_000_000, 5_200_000_000, 750_000_000, None),
    ]
    assert {r.budget_basis for r in report.budget_summary} == {"추경"}
    lines = {(ln.unit, ln.label, ln.year, ln.amount_krw, ln.item) for ln in report.budget_lines}
    assert ("교통정책과", "기정예산액", 2026, 3_300_000_000, None) in lines
    assert ("교통정책과", "추경예산액(안)", 2026, 3_600_000_000, None) in lines


def test_each_divisions_table_under_its_own_part(report: Report) -> None:
    """`1. 교통정책과` over a table that names no division: its 합계 the division's row,
    its 세부사업 the division's items, at their 추경 amounts."""
    got = [(i.level, i.division, i.item, i.budget_krw) for i in report.budget_items]
    assert got == [
        ("division", "교통정책과", "교통정책과", 3_600_000_000),
        ("item", "교통정책과", "교통 기본계획 용역", 500_000_000),
        ("item", "교통정책과", "교통안전 캠페인", 600_000_000),
        ("item", "교통정책과", "어린이보호구역 정비", 2_500_000_000),
        ("division", "대중교통과", "대중교통과", 5_950_000_000),
        ("item", "대중교통과", "시내버스 재정지원", 4_720_000_000),
        ("item", "대중교통과", "저상버스 도입", 1_230_000_000),
    ]
    assert len({i.seq for i in report.budget_items}) == len(report.budget_items)
    assert not [c for c in report.validation if not c.passed]


def test_the_cards_of_the_projects_a_supplementary_budget_changes(report: Report) -> None:
    """The cards (`□ 어린이보호구역 정비 (교통정책과)` over `○ 추경예산액 : …`) are the
    projects, the part title after them (`향후 추진일정`) none; their 산출기초 no budget
    line."""
    got = [(u.title, u.division, u.cost_krw) for u in report.projects]
    assert got == [
        ("어린이보호구역 정비", "교통정책과", 2_500_000_000),
        ("시내버스 재정지원", "대중교통과", 4_720_000_000),
    ]
    amounts = {ln.amount_krw for ln in report.budget_lines}
    assert not amounts & {250_000_000, 120_000_000, 400_000_000, 5_000_000, 10_000_000}


def _card_page() -> Report:
    """A page of a 추경 report's cards, a part title after them set larger than its bullet
    (`향후 추진일정`: a title node of the outline, as a printed page's)."""
    lines = [
        (60, 16, "2026년 제1회 추가경정예산안 설명"), (60, 14, "도시교통국"),
        (60, 13, "Ⅳ. 주요 추경사업 설명"),
        (60, 11, "□ 어린이보호구역 정비 (교통정책과)"),
        (75, 11, "○ 사업기간 : 2026. 1. ~ 2026. 12."),
        (75, 11, "○ 추경예산액 : 2,500,000천원 (기정 2,000,000천원 대비 500,000천원 증)"),
        (60, 11, "□ 시내버스 재정지원 (대중교통과)"),
        (75, 11, "○ 추경예산액 : 4,720,000천원 (기정 4,200,000천원 대비 520,000천원 증)"),
        (60, 14, "향후 추진일정"),
        (75, 11, "○ 추경예산안 시의회 제출 : 2026. 4. 10."),
        (75, 11, "○ 시의회 심의·의결 : 2026. 4. 28."),
    ]  # fmt: skip
    # (a gap over each title, as a printed page leaves one)
    tops = list(itertools.accumulate(30 if size > 11 else 20 for _, size, _ in lines))
    texts = [
        ((UP, x, 800 - top, size), text)
        for top, (x, size, text) in zip(tops, lines, strict=True)
    ]
    return check(parse_document(read_bytes(_pdf(texts), "report.pdf"), "report"))


def test_cards_before_a_part_title_of_the_reports_own_steps() -> None:
    """A plan chapter's `□` cards, then a part title over the report's own steps: the cards
    are the projects (none had been read: the title alone was taken for the plan's item)."""
    report = _card_page()
    got = [(u.title, u.division, u.cost_krw) for u in report.projects]
    assert got == [
        ("어린이보호구역 정비", "교통정책과", 2_500_000_000),
        ("시내버스 재정지원", "대중교통과", 4_720_000_000),
    ]
