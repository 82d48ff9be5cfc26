"""Forms of the genre met in a seventh round of reports (projects whose facts stand in
their title's bracket): what each must give, worked out from its lines, and what had been
lost or misread before."""

from __future__ import annotations

from datetime import date

from tests.test_other_reports import _text


def test_projects_with_their_facts_in_their_titles_bracket() -> None:
    """"1. 어르신 복지 증진 (노인복지과)" over "① 노인일자리 확대 (45억원, 국 50%·시 25%·구 25%,
    연중)": the item their theme (it had been a project of its own), each bracket its
    project's cost, period and shares by percentage (the shares and 연중 had been lost)."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 3과\n\nⅡ. 2026년 주요업무 추진계획\n\n"
        "1. 어르신 복지 증진 (노인복지과)\n ◇ 초고령사회에 대응한 어르신 맞춤형 복지 강화\n"
        " ① 경로당 냉난방기 교체 (2억원, ’26. 3.~6.)\n   - 노후 냉난방기 80대 교체\n"
        " ② 노인일자리 확대 (45억원, 국 50%·시 25%·구 25%, 연중)\n   - 일자리 3,200개 운영\n"
        " ③ 경로식당 운영 (8억 5천만원, 시 50%·구 50%, ’26. 4.~12.)\n   - 경로식당 12개소\n"
    )
    got = [(x.project_id, x.theme, x.title, x.cost_krw, x.period_start, x.period_end)
           for x in report.projects]  # fmt: skip
    assert got == [
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
