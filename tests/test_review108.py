"""What a second review found the fixes of the first to misread: a title's year that opens
it, a step after one of the year's second half, the work's own period under another label,
a narrow cell's long rest of a unit's name, two years' budgets in a report of no year, and
a rate with a figure of another kind after it."""

from __future__ import annotations

from datetime import date

import pytest

from extract.cover_year import cover_year
from extract.document import Line
from extract.layout.textwraps import joins_name
from extract.normalize.mentions import find_mentions
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_review107 import _steps


@pytest.mark.parametrize(
    "title", ["2026 경제산업국 주요업무보고", "2026 하반기 주요업무계획", "2026 상반기 업무보고"]
)
def test_a_bare_year_that_opens_the_title_is_the_reports(title: str) -> None:
    assert cover_year([Line(1, title, title)]) == 2026


@pytest.mark.parametrize(
    ("lines", "starts"),
    [
        (("’26. 9. : 설계 착수", "2월 : 설계 완료"), [date(2026, 9, 1), date(2027, 2, 1)]),
        (("’26. 8.~9. : 용역 발주", "1월 : 결과 보고"), [date(2026, 8, 1), date(2027, 1, 1)]),
    ],
)
def test_a_step_after_one_of_the_years_second_half(
    lines: tuple[str, ...], starts: list[date]
) -> None:
    assert [s for _, s in _steps(*lines)] == starts


@pytest.mark.parametrize("label", ["공사기간", "교육기간", "사업추진기간"])
def test_the_works_period_under_its_own_label_outranks_a_moment(label: str) -> None:
    """`○ 착공일자 : ’26. 3.` (or `○ 일 시 : …`) then `○ 공사기간 : ’26. 3.~’27. 12.`: the
    work's span is the project's period (only the moment had been kept)."""
    report = _text(
        "Ⅰ. 일반현황\n1. 조    직\n  □ 조    직 : 1국 2과\nⅡ. 2026년 주요업무계획\n"
        "1. 생활체육 기반 확충\n가. 국민체육센터 건립 (체육진흥과)\n"
        f"  ○ 착공일자 : ’26. 3.\n  ○ {label} : ’26. 3.~’27. 12.\n  ○ 사 업 비 : 12,000백만원\n"
    )
    (card,) = report.projects
    assert (card.period_start, card.period_end) == (date(2026, 3, 1), date(2027, 12, 31))


def test_a_narrow_cells_long_rest_of_a_units_name_joins_it() -> None:
    assert joins_name("노인장애", "인복지과")
    assert not joins_name("보건소장", "보건행정과")


def test_two_years_budgets_with_no_change_in_a_report_of_no_year() -> None:
    table = [["구  분", "2026 예산", "2027 계획"], ["계", "186,420", "194,000"],
             ["기후환경과", "24,350", "27,180"], ["자원순환과", "162,070", "166,820"]]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조    직"), p("□ 조직 : 1국 2과 6팀"), p("2. 예 산"),
        p("(단위 : 백만원)"), p(_table(table)),
        p("Ⅱ. 주요업무 추진계획"), p("1. 지역경제 활성화"), p("□ 골목상권 활성화"),
    )  # fmt: skip
    assert report.budget_summary == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("하루 200톤/일 3교대", [("text", "200톤/일")]),
        ("월 50만원/월 2회 지급", [("text", "50만원/월"), ("count", "2회")]),
        ("연 4회/년 2일", [("text", "4회/년"), ("count", "2일")]),
        ("30억원/년 3개년", [("krw", "30억원/년"), ("count", "3개년")]),
        # (a price a head a year it is multiplied by: no budget's amount)
        ("지원단가 : 1,200만원/년 × 10명", [("text", "1,200만원/년"), ("count", "10명")]),
        # (a list's next item, its figure counted in the label or as the one before)
        ("주 2회/월 8회", [("count", "2회"), ("count", "8회")]),
        ("인구 3만명/세대 1만세대", [("count", "3만명"), ("count", "1만세대")]),
    ],
)
def test_a_rate_with_a_figure_of_another_kind_after_it(
    text: str, kinds: list[tuple[str, str]]
) -> None:
    assert [(m.kind, m.raw) for m in find_mentions(text, 2026)] == kinds
