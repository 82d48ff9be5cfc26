"""Forms of the genre met in a seventh round of reports (projects whose facts stand in
their title's bracket): what each must give, worked out from its lines, and what had been
lost or misread before."""

from __future__ import annotations

from datetime import date

from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx, _text


def test_projects_with_their_facts_in_their_titles_bracket() -> None:
    """"1. 어르신 복지 증진 (노인복지과)" over "① 노인일자리 확대 (45억원, 국 50%·시 25%·구 25%,
    연중)": each bracket its project's cost, period and shares by percentage (the shares
    and 연중 had been lost); the item over them a project of its own with none, as an item
    over sub-projects is (test_parse_plan: a sub-project's cost is not its project's)."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 3과\n\nⅡ. 2026년 주요업무 추진계획\n\n"
        "1. 어르신 복지 증진 (노인복지과)\n ◇ 초고령사회에 대응한 어르신 맞춤형 복지 강화\n"
        " ① 경로당 냉난방기 교체 (2억원, ’26. 3.~6.)\n   - 노후 냉난방기 80대 교체\n"
        " ② 노인일자리 확대 (45억원, 국 50%·시 25%·구 25%, 연중)\n   - 일자리 3,200개 운영\n"
        " ③ 경로식당 운영 (8억 5천만원, 시 50%·구 50%, ’26. 4.~12.)\n   - 경로식당 12개소\n"
    )
    got = [(x.project_id, x.theme, x.title, x.cost_krw, x.period_start, x.period_end)
           for x in report.projects]  # fmt: skip
    assert got[0][:4] == ("1", "", "어르신 복지 증진", None)
    assert got[1:] == [
        ("1-1", "어르신 복지 증진", "경로당 냉난방기 교체", 200_000_000,
         date(2026, 3, 1), date(2026, 6, 30)),
        ("1-2", "어르신 복지 증진", "노인일자리 확대", 4_500_000_000,
         date(2026, 1, 1), date(2026, 12, 31)),
        ("1-3", "어르신 복지 증진", "경로식당 운영", 850_000_000,
         date(2026, 4, 1), date(2026, 12, 31)),
    ]  # fmt: skip
    assert [(f.project_id, f.source, f.amount_krw) for f in report.project_funding] == [
        ("1-2", "국비", 2_250_000_000), ("1-2", "시비", 1_125_000_000),
        ("1-2", "구비", 1_125_000_000),
        ("1-3", "시비", 425_000_000), ("1-3", "구비", 425_000_000),
    ]  # fmt: skip


def test_a_card_whose_schedule_cell_holds_a_table_of_months() -> None:
    """A card table (사업명 | …, 사업기간 | …, 추진일정 | a table drawn in the cell: "추진내용 |
    1월 | … | 12월" over tasks with ● in their months): each run of marked months a step
    (the drawn table had been read, its steps not)."""
    months = [f"{m}월" for m in range(1, 13)]
    gantt = tbl(3, 13, [
        cell(r, c, p(t)) for r, row in enumerate([
            ["추진내용", *months],
            ["대상자 모집", "", "●", "●", *[""] * 9],
            ["현장 실증", *[""] * 4, "●", "●", "", "", "●", "", "", ""],
        ]) for c, t in enumerate(row)
    ])  # fmt: skip
    card = tbl(4, 2, [
        cell(0, 0, p("사업명")), cell(0, 1, p("스마트팜 실증 지원")),
        cell(1, 0, p("사업기간")), cell(1, 1, p("2026. 1.~12.")),
        cell(2, 0, p("사업비")), cell(2, 1, p("2,400백만원 (국 1,200, 도 1,200)")),
        cell(3, 0, p("추진일정")), cell(3, 1, p(gantt)),
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1원 2과"), p("Ⅱ. 2026년 주요업무계획"),
        p("1. 스마트농업 확산"), p(card),
    )  # fmt: skip
    assert [(s.task, s.start, s.end) for s in report.schedules] == [
        ("대상자 모집", date(2026, 2, 1), date(2026, 3, 31)),
        ("현장 실증", date(2026, 5, 1), date(2026, 6, 30)),
        ("현장 실증", date(2026, 9, 1), date(2026, 9, 30)),
    ]
