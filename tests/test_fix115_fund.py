"""A city-funded foundation's 주요업무보고 to its council (probe 115, fund: an 출연기관, a
`미래문화재단` or `OO복지재단`, saved by Hancom as text, its tables aligned with spaces).

Its budget is 수입 and 지출, each a table of two years, their change and each row's share of
the whole, `구    분   2025년 예산   2024년 예산   증  감   구성비`: the share was read as the
change's rate (`change_pct` 65.7 for a change of 6.5 %), and every row's rate check failed.
With a rate beside the share, `증감(A-B) | 증감률 | 구성비(%)`, the template's four columns
took the share of one row as the next row's name (`100.0 시출연금`), and the 지출 rows kept
the 수입 side.  Its 경영평가 table closes each row with the grade given, `경영관리  40  33.2
나`: a last column of words, the table was lost into the bullet above it.
Its budget in one table, each side's name printed on a middle row of the block its 계
opens (Hancom's text of a cell merged down), left the rows above the name of no side and
the 계 under the side before.  Its chart's board, `이   사   회`, was a team; and its staff
table's form of employment, `정 규 직` spaced out on the line over `소계 | 1급 … 7급`, was
lost: the grades of no form, its 소계 none.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report

COVER = ["2025 주요업무보고", "", "미 래 문 화 재 단", "", "2025. 2.", "",
         "가 온 시 의 회  문 화 복 지 위 원 회", ""]  # fmt: skip


def _text(lines: list[str]) -> Report:
    body = "\n".join([*COVER, *lines]) + "\n"
    return check(parse_document(read_bytes(body.encode(), "report.txt"), "report"))


def _budget(header: str, rows: list[str]) -> list[str]:
    """A general chapter whose budget part draws 수입 and 지출 under ``header``."""
    return [
        "Ⅰ. 기 관 개 요", "", "1. 일반현황", "", " ○ 설 립 일 : 2015. 3. 2.", "",
        "2. 2025년 예산", "", " <수    입>",
        "                                                (단위 : 천원, %)",
        f"   {header}", *rows[:3], "", " <지    출>",
        "                                                (단위 : 천원, %)",
        f"   {header}", *rows[3:], "",
        "Ⅱ. 2025년 주요사업 추진계획", "", "1. 시민문화축제 개최", "",
        " ○ 사업기간 : 2025. 9. 26. ~ 9. 28.", " ○ 사 업 비 : 850,000천원 (시비)", "",
    ]  # fmt: skip


# --- a share of the whole beside the change --------------------------------------------------

#: (the header, the rows of 수입 then 지출, each row's name, side and change's rate as printed)
SHARES = [
    pytest.param(
        "구    분         2025년 예산    2024년 예산      증  감     구성비",
        ["   합    계          12,480,000     11,650,000     830,000      100.0",
         "   출 연 금           8,200,000      7,700,000     500,000       65.7",
         "   자체수입           4,280,000      3,950,000     330,000       34.3",
         "   합    계          12,480,000     11,650,000     830,000      100.0",
         "   인 건 비           4,350,000      4,100,000     250,000       34.9",
         "   사 업 비           8,130,000      7,550,000     580,000       65.1"],
        [("계", "revenue", None), ("출연금", "revenue", None), ("자체수입", "revenue", None),
         ("계", "expenditure", None), ("인건비", "expenditure", None),
         ("사업비", "expenditure", None)],
        id="share-no-rate",
    ),
    pytest.param(
        "구    분         2025년(A)     2024년(B)     증감(A-B)    증감률    구성비(%)",
        ["   합    계         9,860,000     9,240,000      620,000      6.7      100.0",
         "   시 출 연 금       7,450,000     7,010,000      440,000      6.3       75.6",
         "   자 체 수 입       2,410,000     2,230,000      180,000      8.1       24.4",
         "   합    계         9,860,000     9,240,000      620,000      6.7      100.0",
         "   인  건  비        3,920,000     3,650,000      270,000      7.4       39.8",
         "   사  업  비        5,940,000     5,590,000      350,000      6.3       60.2"],
        [("계", "revenue", 6.7), ("시출연금", "revenue", 6.3), ("자체수입", "revenue", 8.1),
         ("계", "expenditure", 6.7), ("인건비", "expenditure", 7.4),
         ("사업비", "expenditure", 6.3)],
        id="rate-and-share",
    ),
    pytest.param(
        "구    분         2025년 예산    2024년 예산      증  감     비  중",
        ["   합    계           5,000,000      4,600,000     400,000      100.0",
         "   출 연 금           4,000,000      3,700,000     300,000       80.0",
         "   국비 보조금        1,000,000        900,000     100,000       20.0",
         "   합    계           5,000,000      4,600,000     400,000      100.0",
         "   인 건 비           2,000,000      1,900,000     100,000       40.0",
         "   경상운영비         3,000,000      2,700,000     300,000       60.0"],
        [("계", "revenue", None), ("출연금", "revenue", None), ("국비 보조금", "revenue", None),
         ("계", "expenditure", None), ("인건비", "expenditure", None),
         ("경상운영비", "expenditure", None)],
        id="weight-no-rate",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("header", "rows", "expected"), SHARES)
def test_a_share_of_the_whole_is_no_rate_of_the_change(
    header: str, rows: list[str], expected: list[tuple[str, str, float | None]]
) -> None:
    """Each row of 수입 and 지출 by its own name and side; its change's rate only where a
    column of rates prints it; no rate check fails on right arithmetic."""
    report = _text(_budget(header, rows))
    got = [(r.unit, r.side, r.change_pct) for r in report.budget_summary]
    assert got == [(u, s, pytest.approx(p) if p is not None else None) for u, s, p in expected]
    failed = [v.check for v in report.validation if not v.passed]
    assert failed == []


def test_the_share_cells_stay_percentages() -> None:
    """The share's column keeps its figures as percentages (`65.7` under 구성비, in %)."""
    report = _text(_budget(SHARES[0].values[0], SHARES[0].values[1]))  # type: ignore[arg-type]
    cell = next(c for c in report.table_cells if c.raw == "65.7")
    assert (cell.unit, cell.value_kind) == ("%", "percent")
    assert [r.change_pct for r in report.budget_summary if r.unit == "출연금"] == [None]


# --- an evaluation's grade after its figures --------------------------------------------------

#: (the header, its rows, (row label, 득점, grade) as printed)
GRADES = [
    pytest.param(
        "구    분          배  점      득  점      등  급",
        ["   종    합           100        84.5         나",
         "   경영관리            40        33.2         나",
         "   주요사업            60        51.3         가"],
        [("종합", "84.5", "나"), ("경영관리", "33.2", "나"), ("주요사업", "51.3", "가")],
        id="grade-letters",
    ),
    pytest.param(
        "구    분            배  점      득  점    평가등급",
        ["   계                    100        91.2        A",
         "   리더십·전략            20        18.5        S",
         "   경영효율               80        72.7        B"],
        [("계", "91.2", "A"), ("리더십·전략", "18.5", "S"), ("경영효율", "72.7", "B")],
        id="grade-latin",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("header", "rows", "expected"), GRADES)
def test_an_evaluations_grade_column_keeps_its_table(
    header: str, rows: list[str], expected: list[tuple[str, str, str]]
) -> None:
    """`구 분 | 배 점 | 득 점 | 등 급`: a table, each row's score and its grade in their cells,
    not words of the bullet over it."""
    lines = [
        "Ⅰ. 기 관 개 요", "", " ○ 설 립 일 : 2015. 3. 2.", "",
        "Ⅱ. 2024년 경영실적 평가 결과", "",
        ' □ 평가결과 : 종합 "나" 등급 (84.5점)', "", f"   {header}", *rows, "",
        "Ⅲ. 2025년 주요사업 추진계획", "", "1. 시민문화축제 개최", "",
        " ○ 사업기간 : 2025. 9. 26. ~ 9. 28.", "",
    ]  # fmt: skip
    report = _text(lines)
    cells = report.table_cells
    got = []
    for label, _, _ in expected:
        row = [c for c in cells if c.row_header == label]
        got.append((
            label,
            next((c.raw for c in row if "득" in (c.col_header or "")), None),
            next((c.raw for c in row if "등급" in (c.col_header or "").replace(" ", "")), None),
        ))  # fmt: skip
    assert got == expected
    assert report.residue == []


# --- a side's name printed on its block's middle row ----------------------------------------

def _one_table(rows: list[str]) -> list[str]:
    return [
        "Ⅰ. 일 반 현 황", "", " ○ 설 립 일 : 2015. 3. 2.", "", "1. 2025년 예산",
        "                                                           (단위 : 천원, %)",
        "   구    분              2025년 예산    2024년 예산      증  감     구성비",
        *rows, "",
        "Ⅱ. 2025년 주요업무 추진계획", "", "1. 시민문화축제 개최", "",
        " ○ 사업기간 : 2025. 9. 26. ~ 9. 28.", "",
    ]  # fmt: skip


#: (the rows, each side's rows' names in order)
MIDDLE = [
    pytest.param(
        ["          계              12,480,000     11,650,000     830,000      100.0",
         "          출 연 금         8,200,000      7,700,000     500,000       65.7",
         "   수 입  국비 보조금      1,850,000      1,600,000     250,000       14.8",
         "          자체수입         2,130,000      2,050,000      80,000       17.1",
         "          이 월 금           300,000        300,000           0        2.4",
         "          계              12,480,000     11,650,000     830,000      100.0",
         "   지 출  인 건 비         4,350,000      4,100,000     250,000       34.9",
         "          경상운영비       1,240,000      1,250,000     △10,000        9.9",
         "          사 업 비         6,890,000      6,300,000     590,000       55.2"],
        {"revenue": ["계", "출연금", "국비 보조금", "자체수입", "이월금"],
         "expenditure": ["계", "인건비", "경상운영비", "사업비"]},
        id="revenue-and-spending",
    ),
    pytest.param(
        ["          계               5,000,000      4,600,000     400,000      100.0",
         "   수 입  출 연 금         4,000,000      3,700,000     300,000       80.0",
         "          자체수입         1,000,000        900,000     100,000       20.0",
         "          계               5,000,000      4,600,000     400,000      100.0",
         "   지 출  인 건 비         2,000,000      1,900,000     100,000       40.0",
         "          사 업 비         3,000,000      2,700,000     300,000       60.0"],
        {"revenue": ["계", "출연금", "자체수입"], "expenditure": ["계", "인건비", "사업비"]},
        id="second-row",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "expected"), MIDDLE)
def test_a_side_printed_on_its_blocks_middle_row_is_the_blocks_from_its_total(
    rows: list[str], expected: dict[str, list[str]]
) -> None:
    """`수 입` printed beside a middle row of the block its 계 opens: the 계 and the rows
    above its name are of that side too; each side's 계 its total."""
    report = _text(_one_table(rows))
    got: dict[str, list[str]] = {}
    for r in report.budget_summary:
        got.setdefault(str(r.side), []).append(r.unit)
    assert got == expected
    assert [r.is_total for r in report.budget_summary if r.unit == "계"] == [True, True]
    assert [v.check for v in report.validation if not v.passed] == []


# --- a board at the chart's top -----------------------------------------------------------------

CHART = [
    "                         이   사   회",
    "                              │",
    "              감   사 ────────┤",
    "                              │",
    "                          대 표 이 사",
    "                              │",
    "        ┌─────────────────────┼─────────────────────┐",
    "    경영기획실           문화사업본부           시설운영본부",
    "    기획예산팀            공연사업팀             시설관리팀",
    "    총무인사팀            축제사업팀             문화회관팀",
]  # fmt: skip


@pytest.mark.parametrize(
    "top", [pytest.param(CHART[0], id="spaced-out"),
            pytest.param("                           이사회", id="whole")],
)  # fmt: skip
def test_the_board_over_the_chart_is_no_unit(top: str) -> None:
    """`이 사 회` over `대 표 이 사` at a foundation's chart's top: an organ of its
    governance, as 이사장 and 대표이사 are officials, no unit; the count line's `6팀`
    holds."""
    lines = [
        "Ⅰ. 일 반 현 황", "", "1. 조    직 : 이사회, 감사, 대표이사 - 2본부 1실 6팀", "",
        top, *CHART[1:], "",
        "Ⅱ. 2025년 주요업무 추진계획", "", "1. 시민문화축제 개최", "",
        " ○ 사업기간 : 2025. 9. 26. ~ 9. 28.", "",
    ]  # fmt: skip
    report = _text(lines)
    names = {u.name: u.parent for u in report.organization}
    assert "이사회" not in names
    assert names["공연사업팀"] == "문화사업본부"
    assert [v.detail for v in report.validation if not v.passed] == []


# --- a form of employment spaced out over its grades ----------------------------------------

#: (the group's word, the header's grades, each row of the staffing read)
OVER = [
    pytest.param(
        "정", "규", "직",
        [("계", None, True, 62, 58), ("정규직", None, True, 48, 45),
         ("정규직", "1급", False, 1, 1), ("정규직", "2급", False, 3, 3),
         ("정규직", "3급", False, 6, 5), ("정규직", "4급", False, 10, 9),
         ("정규직", "5급", False, 12, 12), ("정규직", "6급", False, 10, 9),
         ("정규직", "7급", False, 6, 6), ("무기계약직", "무기계약직", False, 8, 8),
         ("기간제", "기간제", False, 6, 5)],
        id="regular-staff",
    ),
    pytest.param(
        "일", "반", "직",
        [("계", None, True, 62, 58), ("일반직", None, True, 48, 45),
         ("일반직", "1급", False, 1, 1), ("일반직", "2급", False, 3, 3),
         ("일반직", "3급", False, 6, 5), ("일반직", "4급", False, 10, 9),
         ("일반직", "5급", False, 12, 12), ("일반직", "6급", False, 10, 9),
         ("일반직", "7급", False, 6, 6), ("무기계약직", "무기계약직", False, 8, 8),
         ("기간제", "기간제", False, 6, 5)],
        id="general-service",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "c", "expected"), OVER)
def test_a_form_spaced_out_over_its_grades_is_each_grades(
    a: str, b: str, c: str, expected: list[tuple[str, str | None, bool, int, int]]
) -> None:
    """`정 규 직` alone on the line over `소계 | 1급 … 7급` of the header line: each grade's
    row of that form, its 소계 the form's total; 무기계약직 and 기간제 forms of their own."""
    over = " " * 19 + a + " " * 17 + b + " " * 17 + c
    lines = [
        "Ⅰ. 일 반 현 황", "", "1. 인    력",
        "                                                               (단위 : 명)",
        over,
        "   구  분    계    소계   1급  2급  3급  4급  5급  6급  7급   무기계약직   기간제",
        "   정  원    62     48     1    3    6   10   12   10    6        8          6",
        "   현  원    58     45     1    3    5    9   12    9    6        8          5",
        "",
        "Ⅱ. 2025년 주요업무 추진계획", "", "1. 시민문화축제 개최", "",
        " ○ 사업기간 : 2025. 9. 26. ~ 9. 28.", "",
    ]  # fmt: skip
    report = _text(lines)
    got = [
        (r.employment or "계", r.grade, r.is_total, r.authorized, r.current)
        for r in report.staffing
    ]
    assert got == expected


# --- a row of the grades an evaluation gave ---------------------------------------------------

def _results_hwpx(label: str, grades: list[str]) -> Report:
    from tests.hwpx_maker import grid, hwpx, p, sec

    body = [p(x) for x in ["2025 주요업무보고", "미래문화재단", "2025. 2."]] + [
        p("Ⅰ. 기관 개요"), p("○ 설 립 일 : 2015. 3. 2."),
        p("Ⅱ. 경영실적 평가 결과"), p("□ 최근 3년간 경영실적 평가 결과"),
        p(grid([["구    분", "2022년", "2023년", "2024년"], [label, *grades],
                ["평가점수", "78.3", "84.5", "91.2"]])),
        p("Ⅲ. 2025년 주요업무 추진계획"), p("1. 시민문화축제 개최"),
        p("○ 사업기간 : 2025. 9. 26. ~ 9. 28."),
    ]  # fmt: skip
    return check(parse_document(read_bytes(hwpx(sec(*body)), "report.hwpx"), "report"))


def _results_text(label: str, grades: list[str]) -> Report:
    return _text([
        "Ⅰ. 기 관 개 요", "", " ○ 설 립 일 : 2015. 3. 2.", "",
        "Ⅱ. 경영실적 평가 결과", "", " □ 최근 3년간 경영실적 평가 결과", "",
        "   구    분        2022년        2023년        2024년",
        f"   {label}          " + "            ".join(grades),
        "   평가점수         78.3          84.5          91.2", "",
        "Ⅲ. 2025년 주요업무 추진계획", "", "1. 시민문화축제 개최", "",
        " ○ 사업기간 : 2025. 9. 26. ~ 9. 28.", "",
    ])  # fmt: skip


@pytest.mark.parametrize("read", [pytest.param(_results_text, id="text"),
                                  pytest.param(_results_hwpx, id="hwpx")])  # fmt: skip
@pytest.mark.parametrize(
    ("label", "grades"),
    [pytest.param("평가등급", ["다", "나", "가"], id="hangul"),
     pytest.param("종합등급", ["B", "A", "S"], id="latin")],
)  # fmt: skip
def test_a_row_of_grades_is_a_row_of_the_body(
    read: Callable[[str, list[str]], Report], label: str, grades: list[str]
) -> None:
    """`평가등급 | 다 | 나 | 가` under `구 분 | 2022년 | 2023년 | 2024년`: each grade under its
    year, the years the one header row, the scores under them too."""
    report = read(label, grades)
    table = next(t for t in report.tables if t.n_cols == 4)
    assert table.header_rows == 1
    cells = {(c.row_header, c.col_header): c.raw for c in report.table_cells if not c.is_header}
    assert [cells.get((label, f"{y}년")) for y in (2022, 2023, 2024)] == grades
    assert [cells.get(("평가점수", f"{y}년")) for y in (2022, 2023, 2024)] == [
        "78.3", "84.5", "91.2"
    ]
