"""Review of round 115's rules of layout, text tables and the grammar (part C): the forms
near a new rule's that it must not catch, and its own form with a variation real reports
have.

- ``layout/overgroup.py`` took any one phrase alone on the line over a text table's header
  for a group of the columns it stands over: a unit's caption set with no bracket,
  ``단위 : 명``, right-aligned over the last columns, became their group (``단위 : 명 /
  4급``) and the table lost its unit; a title of words centred over the table, ``직 급 별
  현 원``, became the group of the columns under it.  A group's name is one word: its
  letters spread evenly, or one word unspaced; no caption, no bracketed title.
- ``normalize/ratios.py`` read a header that is ``배`` alone as the unit of a ratio: in a
  farm centre's table of crops ``배`` (the pear) is a row or a column, its figures 톤 and
  ha, no ratios.  A ratio's unit is a header's only in its bracket (``경쟁률(배)``);
  ``%p`` may stand alone.
- ``normalize/mentions.py`` read ``12.3%p`` as points but not ``2.1%P`` nor
  ``3.5%포인트`` (vocab.PERCENT_POINTS names all three): they were rates in %.
"""

from __future__ import annotations

import pytest

from extract.normalize.mentions import find_mentions
from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report

COVER = ["2025 주요업무보고", "", "가 온 시 문 화 재 단", "", "2025. 2.", ""]

PLAN = [
    "Ⅱ. 주요사업", "", "1. 시민문화축제 개최", "",
    " ○ 사업기간 : 2025. 9. 26. ~ 9. 28.", " ○ 사 업 비 : 850,000천원 (시비)", "",
]  # fmt: skip


def _text(lines: list[str]) -> Report:
    body = "\n".join([*COVER, *lines, *PLAN]) + "\n"
    return check(parse_document(read_bytes(body.encode(), "report.txt"), "report"))


# --- a line over the header that is no group's name -------------------------------------------

HEAD = "   구  분     계    소계   1급  2급   3급   4급   무기계약직   기간제"
ROWS = [
    "   정  원     62     48     1    3     8    36        8          6",
    "   현  원     58     45     1    3     7    34        8          5",
]
NAMES = ["계", "소계", "1급", "2급", "3급", "4급", "무기계약직", "기간제"]


@pytest.mark.parametrize(
    ("above", "unit"),
    [
        # (a unit's caption with no bracket, right over 4급 and 무기계약직)
        pytest.param("                                              단위 : 명", "명",
                     id="bare-unit-caption"),
        # (a title of two words, each spaced out, centred over 소계 .. 3급)
        pytest.param("                       직 급 별  현 원", None, id="spaced-title"),
        # (the same title unspaced)
        pytest.param("                        직급별 현원", None, id="title"),
    ],
)  # fmt: skip
def test_a_line_over_the_header_that_names_no_group(above: str, unit: str | None) -> None:
    """The header's names are the columns' own, each figure under its name alone; a
    caption stays the table's caption, its unit the cells'."""
    report = _text(["Ⅰ. 일 반 현 황", "", "1. 인력 현황", above, HEAD, *ROWS, ""])
    table = next(t for t in report.tables if t.n_cols == len(NAMES) + 1)
    assert table.header_rows == 1
    cells = [c for c in report.table_cells if c.table_id == table.table_id and not c.is_header]
    assert [c.col_header for c in cells if c.row_header == "정원"] == NAMES
    assert [c.raw for c in cells if c.row_header == "현원"] == ROWS[1].split()[2:]
    if unit is not None:
        assert {c.unit for c in cells} == {unit}


# --- 배, a fruit, as a row or a column ---------------------------------------------------------

CROPS = [
    "Ⅰ. 일 반 현 황", "", "1. 과수 재배 현황",
    "                                                (단위 : ha, 호)",
    "   구    분        면적        농가수",
    "   사    과         320          410",
    "   배               150          180",
    "   복 숭 아          90          120", "",
    "2. 품목별 생산량",
    "                                                (단위 : 톤)",
    "   구    분        계       사과       배      복숭아",
    "   2023년        5,200     3,100     1,500      600",
    "   2024년        5,450     3,200     1,600      650", "",
]  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "unit"),
    [pytest.param("150", "ha", id="pear-row-area"),
     pytest.param("180", "호", id="pear-row-farms"),
     pytest.param("1,500", "톤", id="pear-column"),
     pytest.param("1,600", "톤", id="pear-column-2")],
)  # fmt: skip
def test_a_crop_named_bae_is_no_ratio(raw: str, unit: str) -> None:
    """배 alone, the crop's name, is no unit of a ratio: its figures are the caption's."""
    report = _text(CROPS)
    cell = next(c for c in report.table_cells if c.raw == raw)
    assert (cell.unit, cell.value_kind) != ("배", "text")
    assert cell.unit == unit


# --- percentage points in prose ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "raw", "value"),
    [pytest.param("만족도 전년 대비 2.1%P 향상", "2.1%P", 2.1, id="capital-P"),
     pytest.param("점유율 3.5%포인트 상승", "3.5%포인트", 3.5, id="pointeu")],
)  # fmt: skip
def test_percentage_points_written_otherwise(text: str, raw: str, value: float) -> None:
    found = [(m.kind, m.raw, m.value, m.unit) for m in find_mentions(text, 2025)]
    assert ("percent", raw, value, "%p") in found


# --- a row of grades with a year of no grade --------------------------------------------------


@pytest.mark.parametrize(
    ("grades", "scores"),
    [pytest.param(["-", "나", "가"], ["-", "84.5", "91.2"], id="first-year-none"),
     pytest.param(["다", "-", "가"], ["78.3", "-", "91.2"], id="middle-year-none")],
)  # fmt: skip
def test_a_row_of_grades_with_a_dash_is_a_row_of_the_body(
    grades: list[str], scores: list[str]
) -> None:
    """``평가등급  -  나  가``: a dash for a year no evaluation was made, the grades still
    the row's values and the table kept (it was lost with the dash)."""
    report = _text([
        "Ⅰ. 일 반 현 황", "", "1. 경영평가 결과",
        "   구    분        2022년        2023년        2024년",
        "   평가등급          " + "             ".join(grades),
        "   평가점수          " + "            ".join(scores), "",
    ])  # fmt: skip
    cells = {(c.row_header, c.col_header): c.raw for c in report.table_cells if not c.is_header}
    years = ["2022년", "2023년", "2024년"]
    assert [cells.get(("평가등급", y)) for y in years] == grades
    assert [cells.get(("평가점수", y)) for y in years] == scores


# --- a list of figures a wrap broke after its comma ---------------------------------------------


@pytest.mark.parametrize(
    ("lines", "count"),
    [pytest.param([" ○ 점검 노선 : 3, 15, 27,", "   120개소 정류장 일제 점검"], 120.0, id="list"),
     pytest.param([" ○ 정비 대상 : 2, 4, 6,", "   150건 우선 처리"], 150.0, id="list-2")],
)  # fmt: skip
def test_a_list_of_figures_broken_after_its_comma_is_no_torn_figure(
    lines: list[str], count: float
) -> None:
    """``3, 15, 27,`` / ``120개소``: the list's last figure set apart after a comma and a
    space, the count after the wrap its own (not ``27,120개소``); a group after the wrap
    that opens with a zero (``000천원``) still joins (tests/test_fix115_health.py)."""
    report = _text(["Ⅰ. 일 반 현 황", "", "1. 주요 현황", *lines, ""])
    counts = [m.value for m in report.mentions if m.kind == "count"]
    assert count in counts
    assert not any(v is not None and v > 1_000 for v in counts)
