"""What a review of the seventh and eighth rounds' rules found them doing to ordinary
reports, each case the smallest input it built: the rules must hold only where their
form is (a letter's foot right under its closing, a header of years, a table's header
again over a page, a line that says more than its fact, a chart's rows named as cards)."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probe84_texts import _LETTER

_BODY = (
    "2026년도 주요업무보고\n솔내시 교통국\n\nⅠ. 일반현황\n 1. 조 직\n  ○ 기 구 : 1국 2과\n"
    "Ⅱ. 2026년 주요업무계획\n 1. 대중교통 혁신\n  □ 버스 노선 개편 (교통정책과)\n"
    "   ○ 사업기간 : 2026. 1. ~ 12.\n   ○ 사 업 비 : 1,200백만원 (시비 1,200)\n"
    "   ○ 추진일정\n    - ’26. 7. : 개편 노선 시행\n 2. 교통안전 강화\n"
    "  □ 어린이보호구역 정비 (교통안전과)\n   ○ 사업기간 : 2026. 1. ~ 12.\n"
    "   ○ 사 업 비 : 500백만원 (시비 500)\n   ○ 추진일정\n    - ’26. 2. : 민원 접수 창구 운영\n"
)


def test_a_letters_foot_is_the_lines_right_under_its_closing() -> None:
    """The report's own lines that say 시행 or 접수 are no foot of the letter before it
    (the letter had run on to the last of them, the whole report furniture)."""
    report = _text(_LETTER.replace("\f", "") + _BODY)
    assert [pr.title for pr in report.projects] == ["버스 노선 개편", "어린이보호구역 정비"]
    assert len(report.schedules) == 2


def test_a_header_of_years_over_a_row_of_one_year_stays_the_header() -> None:
    """`구 분 | 2025년 | 2026년` over `완료 목표연도 | 2027 | 2028`: a year in one row is no
    column of years down the table (the header had been read as values)."""
    rows = [["구 분", "2025년", "2026년"], ["예산(백만원)", "12,500", "13,200"],
            ["인원(명)", "35", "37"], ["완료 목표연도", "2027", "2028"]]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 사업 현황"), p(_table(rows)),
        p("Ⅱ. 주요업무계획"), p("1. 민원 서비스"), p("□ 민원 처리 개선"),
    )  # fmt: skip
    assert [t.header_rows for t in report.tables] == [1]


def _box(rows: list[tuple[str, str, str]]) -> str:
    line = "    ├" + "─" * 16 + "┼" + "─" * 12 + "┼" + "─" * 12 + "┤\n"
    body = line.join(f"    │ {a:<15}│ {b:<11}│ {c:<11}│\n" for a, b, c in rows)
    top = "    ┌" + "─" * 16 + "┬" + "─" * 12 + "┬" + "─" * 12 + "┐\n"
    return top + body + "    └" + "─" * 16 + "┴" + "─" * 12 + "┴" + "─" * 12 + "┘\n"


def test_two_tables_of_as_many_columns_a_page_apart_are_two() -> None:
    """A staff table, `- 2 -`, a budget table of as many columns under its own header:
    two tables (they had been joined, the budget lost)."""
    staff = _box([("구 분", "정 원", "현 원"), ("계", "40", "38"), ("복지정책과", "22", "21"),
                  ("노인복지과", "18", "17")])  # fmt: skip
    money = _box([("구 분", "2025년", "2026년"), ("계", "52,000", "55,000"),
                  ("복지정책과", "30,000", "31,000"),
                  ("노인복지과", "22,000", "24,000")])  # fmt: skip
    report = _text(
        "2026년 주요업무보고\n복지국\n\nⅠ. 일반현황\n 1. 인력 및 예산\n"
        + " " * 30 + "(’26. 1. 1. 기준, 단위 : 명)\n" + staff + "\n" + " " * 40 + "- 2 -\n\n"
        + " " * 30 + "(단위 : 백만원)\n" + money
        + "Ⅱ. 2026년 주요업무계획\n 1. 가족 돌봄 강화\n  □ 가족센터 운영 (복지정책과)\n"
    )
    assert len(report.tables) == 2
    assert {(b.unit, b.year, b.amount_krw) for b in report.budget_lines} >= {
        ("계", 2026, 55_000_000_000), ("노인복지과", 2025, 22_000_000_000),
    }  # fmt: skip


def test_a_line_that_says_more_than_its_fact_stays_in_the_summary() -> None:
    """`○ 사업기간 : 2026~2027 / 도심 유휴부지 3개소 숲 조성`: the period's line says what is
    done too (it had been dropped whole); `○ 사업비 : 50억원 (시비 50)` says no more."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 주요업무 추진계획\n 1. 도시공원 확충\n"
        "  □ 도심 숲 조성 (공원녹지과)\n   ○ 사업기간 : 2026~2027 / 도심 유휴부지 3개소 숲 조성\n"
        "   ○ 사업비 : 50억원 (시비 50)\n   ○ 추진계획\n    - ’26. 3.~6. : 실시설계\n"
    )
    assert [pr.summary for pr in report.projects] == [
        "사업기간 : 2026~2027 / 도심 유휴부지 3개소 숲 조성"
    ]


def test_a_chart_of_events_is_no_cards_schedule() -> None:
    """A chart of the year's events before two cards, as many rows as cards: its rows name
    no card, so they date none (each had been given the card in its place)."""
    months = [f"{m}월" for m in range(1, 13)]
    rows = [["주요 행사", *months]] + [
        [name, *("●" if m == at else "" for m in range(1, 13))]
        for name, at in (("시민의 날 기념식", 10), ("구민 체육대회", 5))
    ]
    card = ["□ 사업개요", "○ 사업기간 : 2026. 1. ~ 12.", "○ 사 업 비 : 800백만원 (시비 800)",
            "□ 추진계획", "○ 전문가 자문단 운영"]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 2026년 주요업무 추진계획"), p("< 2026년 주요 행사 일정 >"), p(_table(rows)),
        p("1. 시정 미래전략"), p("가. 미래비전 수립 (기획담당관)"), *map(p, card),
        p("나. 공론화 플랫폼 운영 (기획담당관)"), *map(p, card),
    )  # fmt: skip
    assert len(report.projects) == 2 and report.schedules == []
