"""A city council secretariat's report to its 의회운영위원회 (probe 114 council):
`해담광역시의회 사무처`'s 2025 주요업무보고, its general part of 의원 현황 by party, 위원회
구성, 사무처 조직 (사무처장 over four 담당관 and eight 전문위원실), 인력 by grade with its
정책지원관 (임기제) apart, 예산 by 담당관 in 천원; then 의정활동 실적 (sessions), the plan's
cards and the audit's results.

What was lost: a text export's table whose row fills fewer columns than the others
(`정 수   45` over `현 원   44   25   17   2`: the 현원 row dropped); the 정책지원관 counted
apart, on a line of their own or in a column of the grade table (then summed among the
grades, the grades' check failing); the 담당관 with one item and no 소계 in a table of
items by division (no summary row of theirs, the total's check failing); the chart's
전문위원실 named by their stems under `전문위원실(8)`; and the roles of `3. 사무처 조직`
and `Ⅱ. 2024년 의정활동 실적`."""

from __future__ import annotations

import re

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import cell, hwpx, p, sec, tbl

COVER = ["2025년도 주요업무보고", "의회운영위원회", "2025. 2. 10.", "해담광역시의회 사무처"]
OFFICERS = ["총무담당관", "의사담당관", "입법정책담당관", "홍보담당관"]
STEMS = ["의회운영", "기획경제", "행정자치", "복지환경", "문화체육", "교육", "도시건설", "예산결산"]
#: tables as a text export sets them: columns three spaces apart at least
STAFF = """\
구 분    계     2급   3급   4급   5급   6급이하
정 원    150    1     1     12    30    106
현 원    146    1     1     12    29    103"""
SESSIONS = """\
회 기                  기 간                일 수   조례안
제320회 임시회         ’24.1.22.~1.31.      10      18
제322회 제1차 정례회   ’24.6.3.~6.25.       23      41"""


def _report(
    lines: list[str], text: bool, spans: dict[tuple[int, int], int] | None = None
) -> Report:
    """The report of ``lines`` (a block of lines set in columns a table) as its text export
    or as HWPX (each block a table; ``spans``: a cell's rows merged down, by its place, the
    cells it covers ``^``; ``~`` an empty cell)."""
    if text:  # (a merged or empty cell blank)
        body = "\n".join(lines).replace("^", " ").replace("~", " ")
        return check(parse_document(read_bytes(body.encode(), "report.txt"), "report"))
    paras = []
    for x in lines:
        if "\n" not in x:
            paras.append(p(x))
            continue
        rows = [re.split(r"\s{3,}", r.strip()) for r in x.split("\n")]
        width = max(len(r) for r in rows)
        cells = [
            cell(r, c, *(p(v if v != "~" else "") for v in v.split(" / ")),
                 rs=(spans or {}).get((r, c), 1))
            for r, row in enumerate(rows) for c, v in enumerate(row) if v != "^"
        ]  # fmt: skip
        paras.append(p(tbl(len(rows), width, cells)))
    return check(parse_document(read_bytes(hwpx(sec(*paras)), "report.hwpx"), "report"))


def _general(*parts: str) -> list[str]:
    return [*COVER, "Ⅰ. 일반현황", *parts]


def _cells(report: Report) -> dict[tuple[str, str], float | None]:
    return {
        (c.row_header.replace(" ", ""), c.col_header.replace(" ", "")): c.value
        for c in report.table_cells if not c.is_header
    }  # fmt: skip


def _failed(report: Report, prefix: str) -> list[str]:
    return [v.detail for v in report.validation if v.check.startswith(prefix) and not v.passed]


@pytest.mark.parametrize(
    ("table", "row", "col", "value"),
    [
        (
            "구 분   계   미래당   새빛당   무소속\n"
            "정 수   45\n"
            "현 원   44   25       17       2",
            "현원", "새빛당", 17.0,
        ),
        (
            "구 분   계   미래당   새빛당   무소속\n"
            "정 수   45\n"
            "현 원   44   25       17       2",
            "정수", "계", 45.0,
        ),
        (
            "구  분     계     지역구   비례대표\n"
            "의원정수   45\n"
            "현    원   44     40       4\n"
            "결    원   1      1        -",
            "현원", "비례대표", 4.0,
        ),
    ],
)
def test_a_text_row_that_leaves_columns_empty(table: str, row: str, col: str, value: float) -> None:
    """In a text export, a row that fills only its first column, `정 수   45`, keeps the
    table's columns: each figure of every row in the column it stands under (the 현원 row
    was dropped, the header read as one column)."""
    report = _report(_general("1. 의원 현황", "(단위 : 명)", table), text=True)
    assert _cells(report).get((row, col)) == value


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("○ 정책지원관(임기제) : 정원 22명 / 현원 20명 (별도)", ("정책지원관", "임기제", 22, 20)),
        ("○ 정책지원관 : 정원 22명, 현원 21명", ("정책지원관", None, 22, 21)),
        ("○ 청원경찰 : 정원 4명 / 현원 3명", ("청원경찰", "청원경찰", 4, 3)),
    ],
)
def test_staff_counted_apart_on_a_line(line: str, want: tuple[object, ...], text: bool) -> None:
    """A line under the staff table that counts a kind of staff apart, `○ 정책지원관(임기제)
    : 정원 22명 / 현원 20명`, is a staffing row of its own (the post its unit, its form of
    employment the bracket's), no part of the table's 계."""
    report = _report(_general("1. 인력 현황", "(단위 : 명)", STAFF, line), text)
    rows = {(s.unit, s.employment, s.authorized, s.current) for s in report.staffing}
    assert want in rows
    assert ("계", None, 150, 146) in rows
    assert not _failed(report, "staffing.")


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
def test_a_column_of_staff_apart_from_the_grades(text: bool) -> None:
    """A column of 정책지원관 beside the grades whose 계 they add up to without it is the
    post's own row, no grade (the grades' check had summed it in: 172 for 150)."""
    table = (
        "구 분    계     2급   3급   4급   5급   6급이하   정책지원관(임기제)\n"
        "정 원    150    1     1     12    30    106       22\n"
        "현 원    146    1     1     12    29    103       20"
    )
    report = _report(
        _general("1. 인력 현황", "(단위 : 명)", table, "※ 정책지원관은 정원 외 별도 운영"), text
    )
    rows = {(s.unit, s.grade, s.employment, s.authorized, s.current) for s in report.staffing}
    assert ("정책지원관", None, "임기제", 22, 20) in rows
    assert ("계", "6급이하", None, 106, 103) in rows
    assert not _failed(report, "staffing.")


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
def test_a_divisions_one_item_is_its_budget(text: bool) -> None:
    """In a table of items by division, `부 서 | 세부사업 | 2025년 예산 | …`, where one
    담당관 has its 소계 over its items and the others one item each on their own row, each
    of those rows is its 담당관's budget in the summary (the total's check had failed)."""
    table = (
        "부 서            세부사업           2025년 예산    2024년 예산    증 감\n"
        "합 계            ~                  15,234,000     14,870,000     364,000\n"
        "총무담당관       소 계              8,120,000      7,950,000      170,000\n"
        "^                의정운영공통경비   1,250,000      1,200,000      50,000\n"
        "^                의원 국외여비      450,000        400,000        50,000\n"
        "^                기본경비           6,420,000      6,350,000      70,000\n"
        "의사담당관       회의운영 지원      2,310,000      2,250,000      60,000\n"
        "입법정책담당관   정책지원관 운영    1,954,000      1,820,000      134,000\n"
        "홍보담당관       의정홍보           2,850,000      2,850,000      0"
    )
    report = _report(_general("1. 예산 현황", "(단위 : 천원)", table), text, {(2, 0): 4})
    summary = {(b.unit, b.budget_krw) for b in report.budget_summary if not b.is_total}
    assert summary == {
        ("총무담당관", 8_120_000_000), ("의사담당관", 2_310_000_000),
        ("입법정책담당관", 1_954_000_000), ("홍보담당관", 2_850_000_000),
    }  # fmt: skip
    assert [b.budget_krw for b in report.budget_summary if b.is_total] == [15_234_000_000]
    assert not _failed(report, "budget_summary.")


def test_the_charts_committee_offices_by_their_stems() -> None:
    """A chart table's `전문위원실(8)` over a cell of stems one a paragraph, `의회운영` /
    `기획경제` / …: each stem with the kind's word a unit of the top's, the kind's cell
    none (one unit `전문위원실` had been read, the count line's 8 found 1)."""
    chart = (
        "사무처장\n"
        + "   ".join([*OFFICERS, "전문위원실(8)"]) + "\n"
        + "총무팀 / 인사팀   의사팀 / 의안팀   입법지원팀   언론홍보팀   " + " / ".join(STEMS)
    )  # fmt: skip
    lines = _general("1. 사무처 조직", "○ 기 구 : 1처 4담당관 8전문위원실", chart)
    paras = []
    for x in lines:
        if "\n" not in x:
            paras.append(p(x))
            continue
        rows = [re.split(r"\s{3,}", r.strip()) for r in x.split("\n")]
        cells = [cell(0, 0, p(rows[0][0]), cs=5)] + [
            cell(r, c, *(p(v) for v in v.split(" / ")))
            for r, row in enumerate(rows[1:], 1) for c, v in enumerate(row)
        ]  # fmt: skip
        paras.append(p(tbl(3, 5, cells)))
    report = check(parse_document(read_bytes(hwpx(sec(*paras)), "report.hwpx"), "report"))
    units = {(u.name, u.level, u.parent) for u in report.organization}
    assert {(f"{s}전문위원실", "division", "사무처") for s in STEMS} <= units
    assert {(o, "division", "사무처") for o in OFFICERS} <= units
    assert not any(u.name == "전문위원실" for u in report.organization)
    assert not _failed(report, "organization.")


@pytest.mark.parametrize("text", [False, True], ids=["hwpx", "text"])
@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("3. 사무처 조직", "organization"),
        ("3. 사무처 인력현황", "staffing"),
        ("Ⅱ. 2024년 의정활동 실적", "achievements"),
        ("Ⅱ. 위원회 활동실적", "achievements"),
    ],
)
def test_the_roles_of_a_councils_titles(title: str, role: str, text: bool) -> None:
    """A part titled by its unit's name and the part's word alone, `3. 사무처 조직`, is that
    part; a chapter of the council's activities, `Ⅱ. 2024년 의정활동 실적`, its results."""
    lines = _general("1. 의원 현황", "○ 의원정수 : 45명")
    if title.startswith("Ⅱ."):
        lines += [title, "1. 회기 운영", "(단위 : 일, 건)", SESSIONS]
    else:
        lines += ["2. 인력 현황", "(단위 : 명)", STAFF, title, "○ 조 직 : 1처 4담당관"]
    report = _report(lines, text)
    got = [n.role for n in report.outline if n.title.replace(" ", "") == title.split(" ", 1)[1]
           .replace(" ", "")]  # fmt: skip
    assert got == [role]
