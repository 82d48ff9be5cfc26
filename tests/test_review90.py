"""What a review found rounds 13 and 14 doing to ordinary reports, each case the smallest
input it built."""

from __future__ import annotations

import pytest

from extract.normalize.mentions import find_mentions
from extract.normalize.money import parse_unit
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_PLAN = "\nⅡ. 2026년 주요업무계획\n\n 1. 돌봄 강화\n\n  □ 통합돌봄 지원 (복지정책과)\n"


@pytest.mark.parametrize(
    ("caption", "unit"),
    [("(단위 : 백만원 / ’26. 1. 1. 기준)", "백만원"), ("(단위: 백만원/개소)", "백만원"),
     ("(단위: 천원/건)", "천원"), ("(단위 : 원/㎥)", None)],
)  # fmt: skip
def test_a_slash_after_the_money_unit_makes_a_price_only_before_a_measure(
    caption: str, unit: str | None
) -> None:
    """`(단위 : 백만원 / ’26. 1. 1. 기준)`: 백만원 (the table had lost its unit: every
    amount of the summary empty)."""
    assert parse_unit(caption) == unit


def test_a_one_side_block_merged_beside_its_rows() -> None:
    """`세 출` merged down beside `계`, `복지정책과`, `노인복지과`: every row expenditure, the
    row named without the side's word."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 일반현황\n\n 1. 예산현황\n\n"
        "                                          (단위 : 백만원)\n"
        "  ┌────────┬────────────┬───────────┬───────────┬───────────┬───────────┐\n"
        "  │     구      분      │ 2025년(A) │ 2026년(B) │ 증감(B-A) │ 증감률(%) │\n"
        "  ├────────┬────────────┼───────────┼───────────┼───────────┼───────────┤\n"
        "  │        │     계     │   407,800 │   416,700 │     8,900 │       2.2 │\n"
        "  │        ├────────────┼───────────┼───────────┼───────────┼───────────┤\n"
        "  │ 세 출  │ 복지정책과 │   359,480 │   358,960 │      △520 │      △0.1 │\n"
        "  │        ├────────────┼───────────┼───────────┼───────────┼───────────┤\n"
        "  │        │ 노인복지과 │    48,320 │    57,740 │     9,420 │      19.5 │\n"
        "  └────────┴────────────┴───────────┴───────────┴───────────┴───────────┘\n" + _PLAN
    )
    assert {(s.unit, s.side) for s in report.budget_summary} == {
        ("계", "expenditure"), ("복지정책과", "expenditure"), ("노인복지과", "expenditure")}


@pytest.mark.parametrize(
    ("header", "raw", "value"),
    [("신장률(%)", "(3.0)", -3.0),  # a rate's fall
     ("구성비(%)", "(76.0)", 76.0)],  # a share set in brackets
)  # fmt: skip
def test_a_rates_bracket_by_what_the_rate_is(header: str, raw: str, value: float) -> None:
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 일반현황\n 1. 예산현황\n"
        "                                   (단위 : 백만원)\n"
        f"   구  분          2026년 예산      {header}\n"
        f"   계                10,000           {raw}\n"
        f"   일반회계           7,600           {raw}\n" + _PLAN
    )
    cells = [c for c in report.table_cells if c.raw == raw]
    assert cells and {(c.value_kind, c.value) for c in cells} == {("percent", value)}


@pytest.mark.parametrize(
    ("text", "value"),
    [("정원 52명 / 현원 50명 (전년 대비 △ 2명)", -2.0), ("사망자 전년 대비 △ 12명 감소", -12.0),
     ("○ 주요내용 : △ 2개 노선 신설", 2.0)],
)  # fmt: skip
def test_a_spaced_decrease_mark_is_an_items_only_where_an_item_opens(
    text: str, value: float
) -> None:
    counts = [m.value for m in find_mentions(text, 2026) if m.kind == "count"]
    assert counts[-1] == value


def test_a_findings_own_dated_line_is_no_audits_heading() -> None:
    """`· 성과평가 지표 개정 완료 (’25. 12. 5.)` inside a finding: the line over the findings,
    `□ 2025년 행정사무감사 (’25. 11. 10. ~ 11. 19.)`, still names their audit and period."""
    report = _text(
        "2026년 업무보고\n\nⅠ. 역점 추진사업\n 1. 대기질 개선\n  ○ 사업기간 : 2026. 1. ~ 12.\n"
        "\nⅣ. 감사 지적사항 조치결과\n\n  □ 2025년 행정사무감사 (’25. 11. 10. ~ 11. 19.)\n\n"
        "  1. 탄소중립 지원센터 성과관리 미흡 (기후정책과)\n"
        "    - 지적요지 : 성과평가 지표가 투입 중심\n"
        "    - 조치내용 : 성과지표 개선\n      · 성과평가 지표 개정 완료 (’25. 12. 5.)\n"
        "    - 조치상황 : 완료\n"
    )
    assert [(f.source, str(f.audited_start)) for f in report.audit_findings] == [
        ("행정사무감사", "2025-11-10")]


def test_a_one_word_project_before_a_colon() -> None:
    """`○ 청년내일저축계좌 : 320명, 1,152백만원(국 50%, 군 50%), ’26. 1.~12.`: a project of
    one word too; and `공공디자인 진흥계획 : …` (a plan's name, no label)."""
    report = _text(
        "2026년 주요업무계획\n\nⅠ. 일반현황\n 1. 조직\n  □ 조    직 : 1국 2과 6팀\n\n"
        "Ⅱ. 2026년 주요업무계획\n\n 1. 촘촘한 복지 안전망\n\n"
        "  ○ 청년내일저축계좌 : 320명, 1,152백만원(국 50%, 군 50%), ’26. 1.~12.\n"
        "  ○ 공공디자인 진흥계획 : 80백만원(군비), ’26. 3.~11.\n"
    )
    got = {pr.title: pr.cost_krw for pr in report.projects if "-" in pr.project_id}
    assert got == {"청년내일저축계좌": 1_152_000_000, "공공디자인 진흥계획": 80_000_000}


def test_one_word_duty_paragraphs_are_each_a_duty() -> None:
    """An HWPX cell of paragraphs `주요업무계획 수립` / `조직관리` / `정원관리`: three duties
    (a paragraph of one word had been glued to the one before)."""
    rows = [["팀", "인 원", "주 요 업 무"],
            ["기획팀", "6", "주요업무계획 수립\n조직관리\n정원관리"]]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반 현황"), p("가. 조직 및 인력"), p(_table(rows)),
        p("Ⅱ. 2026년 업무 추진계획"), p("1) 전통시장 활성화 지원"), p("❍ 기 간 : 2026. 1. ~ 12."),
    )  # fmt: skip
    assert [f.function for f in report.functions] == ["주요업무계획 수립", "조직관리", "정원관리"]
