"""Known misses of round 114, each built here: a negative in brackets with its own mark
("(△1,234)"), percentage points ("12.3%p"), ratios ("2배"), counts and amounts in 천 and
백 parts ("1천2백명", "1백억원"), fiscal years of two digits ("FY25"), "내년 3월" alone."""

from __future__ import annotations

from datetime import date

import pytest

from extract.normalize import Count, parse_count, parse_date, parse_money
from extract.normalize.mentions import find_mentions
from tests.hwpx_maker import p
from tests.test_fix114_council import COVER, STAFF, _failed, _general
from tests.test_fix114_council import _report as _council
from tests.test_fix114_grammar import _report
from tests.test_other_reports import _table
from tests.test_probe105_units import _cell

Y = 2025

# --------------------------------------------------------------------------- grammar

#: (text, table unit) -> won
MONEY_CASES: list[tuple[str, str | None, int]] = [
    ("(△1,234)", "백만원", -1_234_000_000),
    ("(△ 1,234)", "천원", -1_234_000),
    ("(▽500)", "천원", -500_000),
    ("(△1,234백만원)", None, -1_234_000_000),
]


@pytest.mark.parametrize(("text", "unit", "won"), MONEY_CASES)
def test_a_negative_in_brackets(text: str, unit: str | None, won: int) -> None:
    assert parse_money(text, unit=unit) == won


#: text -> value, unit
COUNT_CASES: list[tuple[str, int, str]] = [
    ("1천2백명", 1_200, "명"),
    ("1천 200명", 1_200, "명"),
    ("3천5백여명", 3_500, "명"),
    ("1만2천5백명", 12_500, "명"),
    ("2천3백건", 2_300, "건"),
]


@pytest.mark.parametrize(("text", "value", "unit"), COUNT_CASES)
def test_counts_in_thousands_and_hundreds(text: str, value: int, unit: str) -> None:
    count = parse_count(text)
    assert count is not None
    assert (count.value, count.unit) == (value, unit)


def test_a_part_no_less_than_the_one_before_is_no_count() -> None:
    """"1천2백명" is 1,200; "1천2000명", "1천2백5십명", "1천2백만명" no count read."""
    got = [parse_count(t) for t in ("1천2백명", "1천2000명", "1천2백5십명", "1천2백만명")]
    assert got == [Count(value=1_200, unit="명"), None, None, None]


#: text -> start, end, precision (a report of 2025)
DATE_CASES: list[tuple[str, date, date, str]] = [
    ("FY25", date(2025, 1, 1), date(2025, 12, 31), "year"),
    ("FY 26", date(2026, 1, 1), date(2026, 12, 31), "year"),
    ("내년 3월", date(2026, 3, 1), date(2026, 3, 31), "month"),
    ("내년 3월 ~ 6월", date(2026, 3, 1), date(2026, 6, 30), "month"),
    ("내년 상반기", date(2026, 1, 1), date(2026, 6, 30), "half"),
]


@pytest.mark.parametrize(("text", "start", "end", "precision"), DATE_CASES)
def test_dates(text: str, start: date, end: date, precision: str) -> None:
    span = parse_date(text, year=Y)
    assert span is not None
    assert (span.start, span.end, span.precision) == (start, end, precision)


#: a sentence -> its mentions (kind, raw, value, unit, start date)
MENTION_CASES: list[tuple[str, list[tuple[str, str, float | None, str | None, date | None]]]] = [
    ("○ 합계출산율 12.3%p 상승", [("percent", "12.3%p", 12.3, "%p", None)]),
    (
        "○ 고용률 △1.2%p 하락, 실업률 3.2%",
        [("percent", "△1.2%p", -1.2, "%p", None), ("percent", "3.2%", 3.2, "%", None)],
    ),
    # (a ratio is no count)
    ("○ 방문객 2배 증가, 참여 1천2백명", [("count", "1천2백명", 1_200.0, "명", None)]),
    ("○ 예산 1백억원 투입", [("krw", "1백억원", 10_000_000_000.0, "원", None)]),
    ("○ FY25 성과계획 수립", [("date", "FY25", None, None, date(2025, 1, 1))]),
    # (내년 with no month after it dates nothing)
    (
        "○ 착공 : 내년 3월, 내년 보궐 선거 대비",
        [("date", "내년 3월", None, None, date(2026, 3, 1))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MENTION_CASES)
def test_mentions(
    text: str, expected: list[tuple[str, str, float | None, str | None, date | None]]
) -> None:
    got = [(m.kind, m.raw, m.value, m.unit, m.date_start) for m in find_mentions(text, year=Y)]
    assert got == expected


# --------------------------------------------------------------------------- table cells

#: (caption, header, figure) -> kind, value, unit (won for money; start for dates)
CELL_CASES: list[tuple[str, str, str, tuple[str, object, str | None]]] = [
    ("(단위: 백만원)", "증감", "(△1,234)", ("krw", -1_234_000_000, "백만원")),
    ("(단위: %)", "증감", "12.3%p", ("percent", 12.3, "%p")),
    ("(단위: %p)", "증감", "12.3", ("percent", 12.3, "%p")),
    ("", "증감(%p)", "△1.2", ("percent", -1.2, "%p")),
    ("", "증감", "(△1.2%p)", ("percent", -1.2, "%p")),
    ("", "비고", "2배", ("text", 2.0, "배")),
    ("", "경쟁률(배)", "2.5", ("text", 2.5, "배")),
    ("(단위: 배)", "경쟁률", "2.5", ("text", 2.5, "배")),
    ("(단위: 명)", "인원", "1천2백명", ("count", 1_200.0, "명")),
    ("", "인원", "1천2백명", ("count", 1_200.0, "명")),
    ("", "추진기간", "FY25", ("date", date(2025, 1, 1), None)),
    ("", "추진기간", "내년 3월", ("date", date(2026, 3, 1), None)),
]


@pytest.mark.parametrize(("caption", "header", "figure", "expected"), CELL_CASES)
def test_table_cells(
    caption: str, header: str, figure: str, expected: tuple[str, object, str | None]
) -> None:
    rows = [["구분", header], ["솔빛사업", figure]]
    report = _report(*([p(caption)] if caption else []), p(_table(rows)))
    c = _cell(report, "솔빛사업", header)
    kind, value, unit = expected
    assert (c.value_kind, c.unit) == (kind, unit)
    if kind == "krw":
        assert c.value_krw == value
    elif kind == "date":
        assert c.date_start == value
    else:
        assert c.value == value


# --------------------------------------------------------------------------- staff apart


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("○ 정책지원관(임기제 6호) : 정원 22, 현원 20", ("정책지원관", "임기제", 22, 20)),
        ("○ 정책지원관 : 정원 22 / 현원 21", ("정책지원관", None, 22, 21)),
        ("○ 청원경찰 : 정원 4, 현원 3", ("청원경찰", "청원경찰", 4, 3)),
    ],
)
def test_staff_apart_with_no_counter(line: str, want: tuple[object, ...], text: bool) -> None:
    """`○ 정책지원관(임기제 6호) : 정원 22, 현원 20` under a staff table of (단위 : 명) is a
    staffing row of its own as the same line with 명 is."""
    report = _council(_general("1. 인력 현황", "(단위 : 명)", STAFF, line), text)
    rows = {(s.unit, s.employment, s.authorized, s.current) for s in report.staffing}
    assert want in rows
    assert ("계", None, 150, 146) in rows


# --------------------------------------------------------------------------- text tables


@pytest.mark.parametrize(
    ("table", "row", "col", "value"),
    [
        (
            "구 분   계   미래당   새빛당   무소속\n"
            "현 원   44   25       17       2\n"
            "정 수   45",
            "정수", "계", 45.0,
        ),
        (
            "구  분       2024년     2025년     증 감\n"
            "사업운영     1,000      1,200      200\n"
            "시설관리     500        534        34\n"
            "계           1,500",
            "계", "2024년", 1_500.0,
        ),
    ],
)
def test_a_short_last_row_of_a_text_table(table: str, row: str, col: str, value: float) -> None:
    """A text table's last row that fills fewer columns than the others (`정 수   45`, `계
    1,500`) is kept, each figure in the column it stands under (it was dropped, or set
    under the last column)."""
    parts = _general("1. 의원 현황", "(단위 : 명)", table, "2. 기타", "○ 기타 사항")
    report = _council(parts, True)
    got = {
        (c.row_header.replace(" ", ""), c.col_header.replace(" ", "")): c.value
        for c in report.table_cells if not c.is_header
    }  # fmt: skip
    assert got.get((row, col)) == value


# --------------------------------------------------------------------------- org chart

_ORG = ["Ⅰ. 일반현황", "1. 조직", "□ 기구 : 2본부 5처"]
_STAFF_LINE = ["2. 인력", "○ 정원 120명, 현원 115명"]


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            ["○ 경영본부 : 기획처, 재무처", "○ 사업본부 : 사업처(’25. 신설), 기술처, 안전처"],
            ("사업처", "사업본부"),
        ),
        (
            ["○ 경영본부 : 기획처, 재무처(2025. 7. 개편)", "○ 사업본부 : 기술처, 안전처"],
            ("재무처", "경영본부"),
        ),
        (
            ["○ 경영본부 : 기획처, 재무처", "○ 사업본부 : 사업처(신설), 기술처, 안전처"],
            ("안전처", "사업본부"),
        ),
        (
            ["사  장", "경영본부        사업본부", "기획처          사업처(’25. 신설)",
             "재무처          기술처"],
            ("사업처", None),
        ),
    ],
)
def test_a_unit_s_note_of_its_change(lines: list[str], want: tuple[str, str | None],
                                      text: bool) -> None:
    """`사업처(’25. 신설)` in an org chart's line is the unit 사업처, its bracket a note of
    its change (the line's units had been lost, or the name joined to the one beside)."""
    report = _council([*COVER, *_ORG, *lines, *_STAFF_LINE], text)
    units = {o.name: o.parent for o in report.organization}
    name, parent = want
    assert name in units
    if parent is not None:
        assert units[name] == parent
    assert not any("신설" in n or "개편" in n for n in units)


# --------------------------------------------------------------------------- budget items

_BUDGET = ["Ⅱ. 예산 현황", "1. 2025년 예산 개요", "○ 세출예산 : 15,234백만원"]
_PLAN = [
    "Ⅲ. 주요업무 추진계획", "1. 의정활동 지원", "□ 의정활동 지원 강화", "○ 추진기간 : ’25. 1.~12."
]  # fmt: skip


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            ["○ 주요 세출내역", "- 의정운영 공통경비 : 1,250백만원", "- 의원 국외여비 : 450백만원"],
            [("expenditure", "의정운영 공통경비", 1_250_000_000),
             ("expenditure", "의원 국외여비", 450_000_000)],
        ),
        (
            ["○ 세출 주요사업", "- 의정활동 지원 : 31억원", "- 의회 홍보 : 5억 2천만원 (전년 동)"],
            [("expenditure", "의정활동 지원", 3_100_000_000),
             ("expenditure", "의회 홍보", 520_000_000)],
        ),
    ],
)
def test_main_items_listed_in_words(
    lines: list[str], want: list[tuple[str, str, int]], text: bool
) -> None:
    """`○ 주요 세출내역` over `- 의정운영 공통경비 : 1,250백만원` in a council's budget part:
    each line a budget line of expenditure, its item and amount; the stated total of the
    side (15,234백만원) is no sum of these main items (no check fires)."""
    report = _council([*COVER, "Ⅰ. 일반현황", "1. 인력 현황", "(단위 : 명)", STAFF,
                       *_BUDGET, *lines, *_PLAN], text)  # fmt: skip
    got = [(b.side, b.item, b.amount_krw) for b in report.budget_lines]
    assert got == want
    assert all(b.year == 2025 for b in report.budget_lines)
    assert not _failed(report, "budget_lines.")
