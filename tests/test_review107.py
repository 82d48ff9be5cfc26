"""What a review of round 107's rules found them to misread, each now read as the report
says: a later year in a title is no report's year, a month of the step above or a list out
of order stays in its year, a phase's period gives way to an event's day, and two years'
budgets with no change beside them are the summary only where the later is the report's."""

from __future__ import annotations

from datetime import date

import pytest

from extract.cover_year import cover_year
from extract.document import Line
from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text


@pytest.mark.parametrize(
    ("title", "dated", "year"),
    [
        ("2026년 주요업무계획 및 2030 비전", "2026. 2.", 2026),
        ("2026년 주요업무계획 및 2030 비전", None, 2026),
        ("2026년 주요업무보고 (2030 세계박람회 유치)", None, 2026),
        ("2026년 주요업무계획 (2025~2029 중기계획 반영)", None, 2026),
        ("2025~2026 주요업무계획", "2025. 2.", 2025),
        ("2024 추진실적 및 2025 주요업무계획", None, 2025),
    ],
)
def test_the_title_year_is_the_plans(title: str, dated: str | None, year: int) -> None:
    """A year with its 년, or one set with no 년 right before the genre's words; not a
    later year the title names for something else (it had become the report's year)."""
    lines = [Line(1, title, title), *([Line(2, dated, dated)] if dated else [])]
    assert cover_year(lines) == year


def _steps(*lines: str) -> list[tuple[str, date | None]]:
    body = "\n".join(f"    ○ {ln}" for ln in lines)
    report = _text(
        "\n                  2026년 주요업무계획\n\n                  가 람 시   경 제 산 업 국\n\n"
        "                        2026. 2.\n\nⅠ. 일반현황\n1. 조    직\n  □ 조    직 : 1국 2과\n"
        "Ⅱ. 주요업무계획\n1. 지역경제 활성화\n가. 골목상권 활성화 (경제정책과)\n"
        f"  □ 추진일정\n{body}\n"
    )
    return [(s.task, s.start) for s in report.schedules]


@pytest.mark.parametrize(
    ("lines", "starts"),
    [
        # (a month of the day above: the same month)
        (("’26. 3. 16. : 사업설명회 개최", "3월 : 신청 접수", "5월 : 대상 선정"),
         [date(2026, 3, 16), date(2026, 3, 1), date(2026, 5, 1)]),
        # (a list out of order)
        (("’26. 5. : 골목축제 개최", "3월 : 사전 홍보", "12월 : 성과 평가"),
         [date(2026, 5, 1), date(2026, 3, 1), date(2026, 12, 1)]),
        (("’26. 3.~5. : 설계", "2월 : 착수 준비"), [date(2026, 3, 1), date(2026, 2, 1)]),
        # (after a step that ends in the year's second half, the next year)
        (("’26. 8.~9. : 용역 발주", "1월 : 결과 보고"), [date(2026, 8, 1), date(2027, 1, 1)]),
        (("’26. 3.~12. : 공사", "1월 : 준공"), [date(2026, 3, 1), date(2027, 1, 1)]),
        # (after a step of the year's end, the next year; after one across years, its end's)
        (("’26. 12. : 공모", "1월 : 선정", "3.~6. : 지원"),
         [date(2026, 12, 1), date(2027, 1, 1), date(2027, 3, 1)]),
        (("’26. 9.~12. : 설계", "1.~2. : 착공"), [date(2026, 9, 1), date(2027, 1, 1)]),
        (("’26. 7.~’27. 2. : 설계", "3.~6. : 공사"), [date(2026, 7, 1), date(2027, 3, 1)]),
    ],
)
def test_a_step_with_no_year_after_a_dated_one(lines: tuple[str, ...], starts: list[date]) -> None:
    assert [s for _, s in _steps(*lines)] == starts


def test_a_phases_period_gives_way_to_the_events_day() -> None:
    """`○ 일 시 : 2026. 9. 6.(일)` then `○ 참가접수기간 : ’26. 5. 1.~7. 31.`: the race's day
    is the project's period (the sign-up had been); `○ 사업기간` still outranks it."""
    def card(second: str) -> Report:
        return _text(
            "Ⅰ. 일반현황\n1. 조    직\n  □ 조    직 : 1국 2과\nⅡ. 2026년 주요업무계획\n"
            "1. 생활체육 활성화\n가. 제22회 전국마라톤대회 개최 (체육진흥과)\n"
            f"  ○ 일    시 : 2026. 9. 6.(일)\n  ○ {second}\n  ○ 사 업 비 : 310백만원\n"
        )
    (race,) = card("참가접수기간 : ’26. 5. 1.~7. 31.").projects
    assert (race.period_start, race.period_end) == (date(2026, 9, 6), date(2026, 9, 6))
    (work,) = card("사업기간 : ’26. 3.~10.").projects
    assert (work.period_start, work.period_end) == (date(2026, 3, 1), date(2026, 10, 31))


@pytest.mark.parametrize(
    ("head", "rows"),
    [
        (("2026 예산", "2027 계획"), 0),
        (("2024 예산", "2025 예산"), 0),
        (("2025 예산", "2026 계획"), 3),
    ],
)
def test_two_years_budgets_with_no_change_are_the_reports_years(
    head: tuple[str, str], rows: int
) -> None:
    """In a 2026 report, `2026 예산 | 2027 계획` (next year's plan) and `2024 예산 | 2025 예산`
    (years past) give no summary rows; `2025 예산 | 2026 계획` does."""
    table = [["구  분", *head], ["계", "186,420", "194,000"], ["기후환경과", "24,350", "27,180"],
             ["자원순환과", "162,070", "166,820"]]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조    직"), p("□ 조직 : 1국 2과 6팀"), p("2. 예 산"),
        p("(단위 : 백만원)"), p(_table(table)),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 지역경제 활성화"), p("□ 골목상권 활성화"),
    )  # fmt: skip
    assert len(report.budget_summary) == rows
