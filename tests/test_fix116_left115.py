"""Known misses of round 115, each built here: a month's figure that is a factor of a
computation ("500천원 × 12월": twelve months, no December), a note of change after a unit's
or a project's name ("(’25.1. 이관)", "(’25. 7. 신설)": the name's note, no lost unit, no
date of the project), last year's cost beside this year's in a card ("전년도 사업비"), two
names letter-spaced on one chart line ("이  사  장   감  사"), and a card's period above
its 추진계획 block that holds its cost."""

from __future__ import annotations

from datetime import date

import pytest

from extract.normalize.mentions import find_mentions
from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table

Y = 2025

# --------------------------------------------------------------------------- 2. × 12월

#: a line -> its mentions (kind, raw, value, start date)
MONTH_CASES: list[tuple[str, list[tuple[str, str, float | None, date | None]]]] = [
    (
        "- 인건비 : 2,500천원 × 3명 × 12월 = 90,000천원",
        [("krw", "2,500천원", 2_500_000.0, None), ("count", "3명", 3.0, None),
         ("count", "12월", 12.0, None), ("krw", "90,000천원", 90_000_000.0, None)],
    ),
    ("○ 산출기초 : 500천원×12월", [("krw", "500천원", 500_000.0, None),
                                ("count", "12월", 12.0, None)]),
    ("- 임차료 : 300천원 x 6월", [("krw", "300천원", 300_000.0, None),
                              ("count", "6월", 6.0, None)]),
    ("- 운영비 : 6월 × 200천원", [("count", "6월", 6.0, None),
                              ("krw", "200천원", 200_000.0, None)]),
    # (a month alone is a date)
    ("○ 12월 중 결과보고", [("date", "12월 중", None, date(2025, 12, 1))]),
    ("○ 추진시기 : 12월", [("date", "12월", None, date(2025, 12, 1))]),
    ("○ 점검 : 3월, 12월", [("date", "3월", None, date(2025, 3, 1)),
                         ("date", "12월", None, date(2025, 12, 1))]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MONTH_CASES)
def test_a_month_multiplied_is_a_number_of_months(
    text: str, expected: list[tuple[str, str, float | None, date | None]]
) -> None:
    got = [(m.kind, m.raw, m.value, m.date_start) for m in find_mentions(text, year=Y)]
    assert got == expected


def test_a_computation_line_in_a_card_dates_nothing() -> None:
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1본부 2부"),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 청년 일자리"), p("□ 청년 인턴 운영"),
        p("○ 사업기간 : ’25. 3.~11."), p("○ 사업비 : 90,000천원(시비)"),
        p("- 산출기초 : 2,500천원 × 3명 × 12월"),
    )  # fmt: skip
    dated = [m.raw for m in report.mentions if m.kind == "date"]
    assert "12월" not in dated
    assert any(m.kind == "count" and m.raw == "12월" and m.value == 12 for m in report.mentions)


# --------------------------------------------------------------------------- 3. notes


def _plan(*paras: str) -> Report:
    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), *paras,
        p("Ⅱ. 2025년 주요업무계획"), p("1. 문화도시 조성"),
        p("□ 지역축제 지원(’25. 7. 신설)"), p("○ 사업기간 : ’25. 8.~12."),
        p("○ 사업비 : 100백만원"),
    )  # fmt: skip


ORG_ROWS = [
    ["국", "과", "팀"],
    ["문화관광국", "문화정책과", "문화기획팀, 예술진흥팀(’25.1. 이관)"],
    ["", "관광진흥과(’25. 7. 신설)", "관광마케팅팀"],
]


@pytest.mark.parametrize(
    "note", ["(’25.1. 이관)", "(’25. 7. 신설)", "(2025. 7. 개편)", "(신설)"]
)
def test_a_note_of_change_in_an_org_table(note: str) -> None:
    rows = [list(r) for r in ORG_ROWS]
    rows[1][2] = f"문화기획팀, 예술진흥팀{note}"
    rows[2][1] = f"관광진흥과{note}"
    report = _plan(p("□ 기 구 : 1국 2과 3팀"), p(_table(rows, {(1, 0): 2})))
    got = {(u.name, u.level, u.parent) for u in report.organization}
    assert got == {
        ("문화관광국", "bureau", None),
        ("문화정책과", "division", "문화관광국"),
        ("관광진흥과", "division", "문화관광국"),
        ("문화기획팀", "team", "문화정책과"),
        ("예술진흥팀", "team", "문화정책과"),
        ("관광마케팅팀", "team", "관광진흥과"),
    }


def test_a_note_of_change_after_a_project_title() -> None:
    """The title's note is its tag, as printed; its date is no period of the card (the
    card's 사업기간 is)."""
    report = _plan(p("□ 기 구 : 1국 2과"))
    (card,) = [u for u in report.projects if u.title.startswith("지역축제")]
    assert (card.title, card.tags) == ("지역축제 지원", "’25. 7. 신설")
    assert (card.period_start, card.period_end) == (date(2025, 8, 1), date(2025, 12, 31))
    assert card.cost_krw == 100_000_000


# --------------------------------------------------------------------------- 4. 전년도 사업비


@pytest.mark.parametrize(
    ("lines", "label"),
    [
        (["○ 전년도 사업비 : 120백만원", "○ 사업비 : 150백만원(시비)"], "사업비"),
        (["○ 사업기간 : ’25. 3.~11.", "○ 전년도 사업비 : 120백만원", "○ 사업비 : 150백만원"],
         "사업비"),
        (["○ 전년 사업비 : 120백만원", "○ 금년 사업비 : 150백만원"], "금년 사업비"),
        (["○ ’24년 사업비 : 120백만원", "○ 사업비 : 150백만원"], "사업비"),
        (["○ 작년 예산 : 120백만원", "○ 사업비 : 150백만원"], "사업비"),
        # (this year's first: it stays)
        (["○ 사업비 : 150백만원", "○ 전년도 사업비 : 120백만원"], "사업비"),
    ],
)  # fmt: skip
def test_last_years_cost_is_not_the_cards(lines: list[str], label: str) -> None:
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1본부 2부"),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 청년 일자리"), p("□ 청년 인턴 운영"),
        *map(p, lines),
    )  # fmt: skip
    (card,) = report.projects
    assert (card.cost_label, card.cost_krw) == (label, 150_000_000)
    # (last year's kept in the card's text)
    assert any(k.endswith(("사업비", "예산")) and v == "120백만원" for k, v in card.fields.items())


# --------------------------------------------------------------------------- 5. spaced names


def _chart(*lines: str) -> Report:
    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기구 : 2처 3팀"), *map(p, lines),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 청년 일자리"), p("□ 청년 인턴 운영"),
        p("○ 사업비 : 150백만원"),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("spaced", "plain"),
    [
        ("이  사  장   감  사", "이사장   감사"),
        ("이  사  장        감  사", "이사장        감사"),
        ("감  사  실   기  획  실", "감사실   기획실"),
        ("감   사   실    기   획   실", "감사실    기획실"),
    ],
)
def test_two_spaced_names_on_a_chart_line(spaced: str, plain: str) -> None:
    """Two names letter-spaced on one line, a wider gap between them, read as the same
    names set unspaced (two boxes), not as one name."""
    rest = ["경영지원처   사업처", "인사팀  재무팀  사업팀"]
    got = [(u.name, u.level, u.parent) for u in _chart(spaced, *rest).organization]
    want = [(u.name, u.level, u.parent) for u in _chart(plain, *rest).organization]
    assert got == want
    assert all(u.name != "".join(plain.split()) for u in _chart(spaced, *rest).organization)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("이  사  장   감  사", ["이사장", "감사"]),
        ("감  사  실   기  획  실", ["감사실", "기획실"]),
        # (one name whose gaps the layout made uneven; one-space letters; even gaps)
        ("관  광  정   책  과", ["관광정책과"]),
        ("관  광  정  책  과", ["관광정책과"]),
    ],
)
def test_names_of_spaced_letters(text: str, names: list[str]) -> None:
    from extract.parse.org_spaced import respaced  # (new in round 116)

    assert respaced(text).split() == names or (
        len(names) == 1 and "".join(respaced(text).split()) == names[0]
    )


# --------------------------------------------------------------------------- 7. 추진계획


@pytest.mark.parametrize(
    "lines",
    [
        ["○ 기간: ’25. 3.~12.", "○ 추진계획", "- 사업비 : 100백만원(시비)", "- 대상 : 축제"],
        ["○ 기간 : ’25. 3.~12.", "○ 추진계획", "- 사업비 : 100백만원", "- 추진방법 : 공모"],
        ["○ 사업개요", "- 기간: ’25. 3.~12.", "○ 추진계획", "- 사업비 : 100백만원"],
    ],
)  # fmt: skip
def test_a_period_above_and_the_cost_in_the_plan_block(lines: list[str]) -> None:
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1본부 2부"),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 문화도시 조성"), p("□ 지역축제 지원"),
        *map(p, lines),
    )  # fmt: skip
    (card,) = [u for u in report.projects if u.title == "지역축제 지원"]
    assert (card.period_start, card.period_end) == (date(2025, 3, 1), date(2025, 12, 31))
    assert card.cost_krw == 100_000_000
