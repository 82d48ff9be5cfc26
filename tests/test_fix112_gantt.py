"""Gantt charts of a text export over two years: a line of the years (`2026년   2027년`) over
heads that start the year again (`상  하  상  하`, `1/4 … 4/4  1/4 … 4/4`, `1분기 …`, `1 … 12
1 … 6`), each run of heads its year's; a column of remarks after the periods (`비 고`) whose
words follow a row's marks (`■■■□□  완료`, `━━━  용역`); marks of two glyphs for done and
planned (`●○`, `■□`) and bars of `▬`."""

from __future__ import annotations

import unicodedata

import pytest

from schemas import Report
from tests.hwpx_maker import Raw, cell, p, tbl
from tests.test_fix111_gantt import _HEAD as CARD_HEAD
from tests.test_other_reports import _hwpx, _text

_HEAD = CARD_HEAD.replace("2026. 1. ~ 12.", "2026. 1. ~ 2027. 12.")
#: where the periods' columns start (the task column's width, a Hangul letter two wide)
TASK = 28


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    """``text`` centred in ``width`` columns."""
    left = (width - _width(text)) // 2
    return " " * left + text + " " * (width - _width(text) - left)


def _pad(text: str, width: int) -> str:
    return text + " " * max(1, width - _width(text))


def _chart(
    heads: list[str],
    years: list[str],
    rows: list[tuple[str, str]],
    cw: int,
    label_on_years: bool = False,
    remarks: dict[str, str] | None = None,
) -> Report:
    """A card whose 추진일정 is a chart: ``years`` over ``heads`` (each cell ``cw`` wide,
    the years each centred over its run), each row a task and a cell a period (a blank
    none, a bar glyph across its cell, another glyph at its middle), a remark after."""
    remarks = remarks or {}
    label = "추 진 내 용"
    lines = []
    if years:
        per = len(heads) // len(years)
        over = "".join(_fit(y, per * cw) for y in years).rstrip()
        lines.append(_pad(label if label_on_years else "", TASK) + over)
    tail = "   비 고" if remarks else ""
    lines.append(_pad("" if label_on_years else label, TASK)
                 + "".join(_fit(h, cw) for h in heads) + tail)
    for task, cells in rows:
        line = _pad(task, TASK) + "".join(
            c * cw if c in "━▬" else _fit(c, cw) if c != " " else " " * cw for c in cells
        )
        line = line.rstrip()
        if task in remarks:
            line += "  " + remarks[task]
        lines.append(line)
    return _text(_HEAD + "".join(f"    {ln}\n" for ln in lines))


def _steps(report: Report) -> list[tuple[str, str, str, str]]:
    return sorted(
        (s.task, s.start.isoformat(), s.end.isoformat(), s.precision or "")
        for s in report.schedules if s.start and s.end
    )  # fmt: skip


_HALVES = (
    ["상", "하", "상", "하"], 6,
    [("실시설계 용역", "━   "), ("건립공사", " ━━━"), ("골목길 정비", "  ━ ")],
    [
        ("건립공사", "2026-07-01", "2027-12-31", "half"),
        ("골목길 정비", "2027-01-01", "2027-06-30", "half"),
        ("실시설계 용역", "2026-01-01", "2026-06-30", "half"),
    ],
)
_QUARTERS = (
    ["1/4", "2/4", "3/4", "4/4"] * 2, 5,
    [("부지 매입", "■■      "), ("주차장 조성공사", "  ■■■■  "), ("운영평가", "       ■")],
    [
        ("부지 매입", "2026-01-01", "2026-06-30", "quarter"),
        ("운영평가", "2027-10-01", "2027-12-31", "quarter"),
        ("주차장 조성공사", "2026-07-01", "2027-06-30", "quarter"),
    ],
)
_QUARTER_WORDS = (
    ["1분기", "2분기", "3분기", "4분기"] * 2, 7,
    [("부지 매입", "■■      "), ("주차장 조성공사", "  ■■■■  "), ("운영평가", "       ■")],
    _QUARTERS[3],
)
_MONTHS = (
    [str(m) for m in [*range(1, 13), *range(1, 7)]], 3,
    [
        ("실태조사", "●●●               "),
        ("정비대상 선정", "   ●●             "),
        ("철거 및 정비공사", "     ●●●●●●●●●    "),
        ("사후관리", "              ●●●●"),
    ],
    [
        ("사후관리", "2027-03-01", "2027-06-30", "month"),
        ("실태조사", "2026-01-01", "2026-03-31", "month"),
        ("정비대상 선정", "2026-04-01", "2026-05-31", "month"),
        ("철거 및 정비공사", "2026-06-01", "2027-02-28", "month"),
    ],
)
_MONTH_WORDS = (
    [f"{m}월" for m in [*range(1, 13), *range(1, 7)]], 5,
    _MONTHS[2],
    _MONTHS[3],
)


@pytest.mark.parametrize(
    ("heads", "cw", "rows", "expected"),
    [_HALVES, _QUARTERS, _QUARTER_WORDS, _MONTHS, _MONTH_WORDS],
    ids=["halves", "quarters", "quarter-words", "months", "month-words"],
)
@pytest.mark.parametrize(
    ("years", "on_label"),
    [(["2026년", "2027년"], False), (["’26년", "’27년"], False), (["2026년", "2027년"], True)],
    ids=["years", "quoted-years", "years-beside-label"],
)
def test_a_chart_over_two_years(
    heads: list[str], cw: int, rows: list[tuple[str, str]],
    expected: list[tuple[str, str, str, str]], years: list[str], on_label: bool,
) -> None:  # fmt: skip
    """`2026년   2027년` over heads that start the year again: each task's run of marked
    periods from its first's start to its last's end, in the years over them, at the
    heads' precision (the heads going back had been no chart's: no step, or each year's
    steps of the plan's year)."""
    report = _chart(heads, years, rows, cw, label_on_years=on_label)
    assert _steps(report) == expected


@pytest.mark.parametrize(
    ("heads", "cw", "rows", "expected"),
    [_QUARTERS, _MONTHS],
    ids=["quarters", "months"],
)
def test_heads_starting_the_year_again_with_no_years_over_them(
    heads: list[str], cw: int, rows: list[tuple[str, str]],
    expected: list[tuple[str, str, str, str]],
) -> None:  # fmt: skip
    """No line of years: the runs of heads are the plan's year's and the next's."""
    assert _steps(_chart(heads, [], rows, cw)) == expected


_TWELVE = [str(m) for m in range(1, 13)]


@pytest.mark.parametrize(
    ("rows", "remarks", "expected"),
    [
        (
            [("기본계획 수립", "■■■□□       "), ("실시설계", "     ━━━    "),
             ("리모델링 공사", "        □□□□")],
            {"기본계획 수립": "완료", "실시설계": "용역", "리모델링 공사": "발주 예정"},
            [
                ("기본계획 수립", "2026-01-01", "2026-05-31", "month"),
                ("리모델링 공사", "2026-09-01", "2026-12-31", "month"),
                ("실시설계", "2026-06-01", "2026-08-31", "month"),
            ],
        ),
        (
            [("주민공모", " ●○         "), ("도시재생대학 운영", "   ▬▬▬▬▬▬   "),
             ("성과공유회", "          ○ ")],
            {"주민공모": "완료", "성과공유회": "12월 중 결과 보고"},
            [
                ("도시재생대학 운영", "2026-04-01", "2026-09-30", "month"),
                ("성과공유회", "2026-11-01", "2026-11-30", "month"),
                ("주민공모", "2026-02-01", "2026-03-31", "month"),
            ],
        ),
    ],
    ids=["done-and-planned", "dots-and-bars"],
)
def test_a_remark_after_the_marks(
    rows: list[tuple[str, str]], remarks: dict[str, str],
    expected: list[tuple[str, str, str, str]],
) -> None:  # fmt: skip
    """`1 … 12   비 고` over `기본계획 수립  ■■■□□  완료`: the row's marks its step, the
    remark no part of its task (the chart had ended at the first row with a remark)."""
    report = _chart(_TWELVE, [], rows, 3, remarks=remarks)
    assert _steps(report) == expected


def test_one_year_over_one_run_of_heads() -> None:
    """`2025년` over `1/4 … 4/4` in a plan for 2026: the quarters are 2025's."""
    rows = [("부지 매입", "■■  "), ("조성공사", "  ■■")]
    report = _chart(["1/4", "2/4", "3/4", "4/4"], ["2025년"], rows, 5)
    assert _steps(report) == [
        ("부지 매입", "2025-01-01", "2025-06-30", "quarter"),
        ("조성공사", "2025-07-01", "2025-12-31", "quarter"),
    ]



@pytest.mark.parametrize(
    ("heads", "cw", "rows", "expected"),
    [
        (
            # (the months' numbers set right in their cells, the marks in their middles)
            [f"{m:>3}" for m in [*range(1, 13), *range(1, 7)]], 3,
            _MONTHS[2], _MONTHS[3],
        ),
        (
            ["상", "하", "상", "하"], 6,
            [("실시설계 용역", "━   "), ("복합앵커시설 건립공사", " ━━━"), ("골목길 정비", "  ━ ")],
            [
                ("골목길 정비", "2027-01-01", "2027-06-30", "half"),
                ("복합앵커시설 건립공사", "2026-07-01", "2027-12-31", "half"),
                ("실시설계 용역", "2026-01-01", "2026-06-30", "half"),
            ],
        ),
    ],
    ids=["marks-a-column-aside", "bars-across-whole-cells"],
)
def test_marks_lined_up_by_their_cells(
    heads: list[str], cw: int, rows: list[tuple[str, str]],
    expected: list[tuple[str, str, str, str]],
) -> None:  # fmt: skip
    """Marks set in their cells' middles a column aside of their heads (`●` under `  1`)
    and bars drawn across their cells whole: the columns counted with a Hangul letter two
    wide, as they line up row after row (counting one a letter, which set the marks
    nearer the heads' edges in sum, had set some a period early)."""
    assert _steps(_chart(heads, ["2026년", "2027년"], rows, cw)) == expected


def _drawn(years: list[str], heads: list[str], rows: list[tuple[str, str]]) -> Report:
    """A card whose 추진일정 is a drawn table: ``years`` merged over ``heads`` (none: one
    header row), a row a task, ■ in each period it runs in."""
    n = len(heads)
    cells = [cell(0, 0, p("추진내용"), rs=2 if years else 1)]
    top = 1 if years else 0
    cells += [cell(0, 1 + k * (n // len(years)), p(y), cs=n // len(years))
              for k, y in enumerate(years)]  # fmt: skip
    cells += [cell(top, 1 + k, p(h)) for k, h in enumerate(heads)]
    for r, (task, marks) in enumerate(rows, start=top + 1):
        cells.append(cell(r, 0, p(task)))
        cells += [cell(r, 1 + k, p(m.strip())) for k, m in enumerate(marks)]
    table: Raw = tbl(top + 1 + len(rows), n + 1, cells)
    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1과 2팀"), p("Ⅱ. 2026년 주요업무 추진계획"),
        p("1. 살기 좋은 도시"), p("가. 수변공원 조성 (공원녹지과)"), p("□ 사업개요"),
        p("○ 사업기간 : 2026. 1. ~ 2027. 12."), p("□ 추진일정"), p(table),
    )


@pytest.mark.parametrize(
    ("years", "heads", "rows", "expected"),
    [
        (
            ["2026년", "2027년"], ["상", "하", "상", "하"],
            [("실시설계", "■   "), ("조성공사", " ■■■")],
            [
                ("실시설계", "2026-01-01", "2026-06-30", "half"),
                ("조성공사", "2026-07-01", "2027-12-31", "half"),
            ],
        ),
        (
            [], [str(m) for m in [*range(1, 13), *range(1, 7)]],
            [("실시설계", "■■■               "), ("조성공사", "   ■■■■■■■■■■■■   ")],
            [
                ("실시설계", "2026-01-01", "2026-03-31", "month"),
                ("조성공사", "2026-04-01", "2027-03-31", "month"),
            ],
        ),
    ],
    ids=["halves-in-one-letter", "months-again-no-years"],
)
def test_a_drawn_chart_over_two_years(
    years: list[str], heads: list[str], rows: list[tuple[str, str]],
    expected: list[tuple[str, str, str, str]],
) -> None:  # fmt: skip
    """A drawn table: `2026년 | 2027년` merged over `상 | 하 | 상 | 하` (a half in one
    letter under its year), or months that start the year again with no years over
    them (`1 | … | 12 | 1 | … | 6`: the plan's year's, then the next's)."""
    assert _steps(_drawn(years, heads, rows)) == expected
