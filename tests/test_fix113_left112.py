"""Known misses of the 112th round's review: a table carried on over a page under any of
the marks clerks write for it (`[계속]`, `- 계속 -`, `<계속>`, `【계속】`, at the foot of its
part or atop the next, alone or beside the unit again: one table); a Gantt chart of a text
export whose remark under `비 고` is a month or a mark (`5~6월`, `○`: no mark, no step),
and whose line of years carries the `비 고` (`2026년   2027년   비 고`); an audit finding
with two lines of its status (`조치결과 : 완료` then `추진상황 : 추진중`: the last), and one
whose labelled bracket has a part of another label (`(처리요구 : 시정, 소관: 공원녹지과,
기한: ’25.6.)`); `(백만원)` on the line under a text table's header, under one column,
beside a column of remarks (`비 고`): that column's unit."""

from __future__ import annotations

import pytest

from schemas import Report
from tests.test_fix112_assets import _committees
from tests.test_fix112_audit import _HEAD as AUDIT_HEAD
from tests.test_fix112_gantt import _HEAD as CHART_HEAD
from tests.test_fix112_gantt import TASK, _fit, _pad, _steps, _width
from tests.test_fix112_texttable import _REPORT as TABLE_REPORT
from tests.test_other_reports import _text


@pytest.mark.parametrize(
    "between",
    ["[계속]", "- 계속 -", "【계속】", "[ 계 속 ]", "- 계 속 -", "< 위원회 현황 > [계속]"],
)
def test_an_hwpx_table_carried_on_under_any_continued_mark(between: str) -> None:
    """The 위원회 table cut in two of one header, a line of the mark between: one table of
    6 rows, its 계 row the sum of both parts' rows (it had been two, the 계 failing)."""
    rows, checks = _committees(between)
    assert (rows, [ok for _, ok in checks]) == ([6], [True, True]), checks


_APPENDIX = """\
2026년 주요업무보고
복지국

Ⅰ. 일반현황
 1. 조    직
  □ 조직 : 1국 1과

Ⅱ. 2026년 주요업무계획
 1. 장애인 소득보장
  가. 장애인연금 지급 (장애인복지과)
   □ 사업개요
    ○ 사업기간 : 2026. 1. ~ 12.

붙임 1  세부사업별 예산 현황
(단위 : 천원)
부    서 세  부  사  업 2026년(A) 2025년(B) 증  감(A-B)
합    계 1,800 1,500 300
장애인복지과 소    계 1,800 1,500 300
장애인연금 지급 1,000 900 100
{between}
부    서 세  부  사  업 2026년(A) 2025년(B) 증  감(A-B)
장애인복지과 장애수당 지급 500 400 100
활동지원 300 200 100
"""

_UNIT = "(단위 : 천원)"


@pytest.mark.parametrize(
    "between",
    [
        pytest.param(f"[계속]\n{_UNIT}", id="square head"),
        pytest.param(f"- 15 -\n【계속】\n{_UNIT}", id="lenticular head after page"),
        pytest.param(f"- 계속 -\n- 15 -\n{_UNIT}", id="dashes at the foot"),
        pytest.param(f"[계속]\n- 15 -\n{_UNIT}", id="square at the foot"),
        pytest.param(f"- 계속 -{' ' * 40}{_UNIT}", id="dashes beside the unit"),
        pytest.param(f"(계속){' ' * 40}{_UNIT}", id="round beside the unit, no page number"),
        pytest.param(f"[계속]{' ' * 40}{_UNIT}", id="square beside the unit, no page number"),
    ],
)
def test_a_text_appendix_carried_on_under_any_continued_mark(between: str) -> None:
    """The appendix's table over two pages, a mark saying so at the foot of the first part
    or atop the second: one table, each item its own name (the mark and the unit had
    joined the next item's name, `[계속] 장애인복지과 장애수당 지급`, or made an item
    `계속` of no amount), the 부서 printed again no part of the name."""
    report = _text(_APPENDIX.format(between=between))
    got = [(b.level, b.item, b.budget_krw) for b in report.budget_items]
    assert got == [
        ("bureau", "합계", 1_800_000),
        ("division", "장애인복지과", 1_800_000),
        ("item", "장애인연금 지급", 1_000_000),
        ("item", "장애수당 지급", 500_000),
        ("item", "활동지원", 300_000),
    ]
    assert len([t for t in report.tables if t.n_rows > 1]) == 1 and not report.residue


def _chart(
    heads: list[str], years: list[str], rows: list[tuple[str, str, str]], cw: int,
    remarks_on: str = "heads",
) -> Report:  # fmt: skip
    """A card whose 추진일정 is a chart set as lines: ``years`` over ``heads`` (each cell
    ``cw`` wide), a column of remarks after them, its head `비 고` on the line
    ``remarks_on`` ("heads" or "years"); each row a task, a mark in each period's cell it
    runs in, its remark centred under `비 고`."""
    wide = 10
    tail = _fit("비 고", wide)
    lines = []
    if years:
        per = len(heads) // len(years)
        over = "".join(_fit(y, per * cw) for y in years)
        lines.append(_pad("", TASK) + over + (tail if remarks_on == "years" else ""))
    lines.append(_pad("추 진 내 용", TASK) + "".join(_fit(h, cw) for h in heads)
                 + (tail if remarks_on == "heads" else ""))  # fmt: skip
    for task, cells, remark in rows:
        line = _pad(task, TASK) + "".join(_fit(c, cw) if c != " " else " " * cw for c in cells)
        lines.append((line + _fit(remark, wide) if remark else line).rstrip())
    return _text(CHART_HEAD + "".join(f"    {ln}\n" for ln in lines))


_MONTHS = [str(m) for m in range(1, 13)]
_STEPS = [
    ("기본계획 수립", "2026-01-01", "2026-03-31", "month"),
    ("리모델링 공사", "2026-07-01", "2026-12-31", "month"),
    ("실시설계", "2026-04-01", "2026-06-30", "month"),
]


@pytest.mark.parametrize(
    "remarks",
    [
        pytest.param(("○", "", "○"), id="circles"),
        pytest.param(("5~6월", "", "12월"), id="months"),
        pytest.param(("완료", "○", "10~12월"), id="word, circle and months"),
        pytest.param(("●", "■", ""), id="marks of the chart's own"),
    ],
)
def test_a_mark_or_a_month_under_the_remarks_head(remarks: tuple[str, str, str]) -> None:
    """`1 … 12   비 고` over `기본계획 수립  ■ ■ ■   5~6월`: the row's marks its step, the
    remark under `비 고` no mark and no month of the step (a `○` had been a mark of the
    last month, a month the step, the marks then part of the task's name)."""
    rows = [
        ("기본계획 수립", "■■■         ", remarks[0]),
        ("실시설계", "   ■■■      ", remarks[1]),
        ("리모델링 공사", "      ■■■■■■", remarks[2]),
    ]
    assert _steps(_chart(_MONTHS, [], rows, 3)) == _STEPS


def test_months_written_in_the_periods_cells_beside_a_remarks_column() -> None:
    """Months written in the periods' cells (`2~3월` under 1/4), a word under `비 고`
    after them: each month's run the step (the remark had ended the chart, no step)."""
    heads = ["1/4", "2/4", "3/4", "4/4"]
    lines = [_pad("추 진 내 용", TASK) + "".join(_fit(h, 7) for h in heads) + _fit("비 고", 10)]
    lines += [_pad("기본계획 수립", TASK) + _fit("2~3월", 7) + " " * 21 + _fit("완료", 10)]
    lines += [_pad("실시설계", TASK) + " " * 7 + _fit("5~6월", 7)]
    report = _text(CHART_HEAD + "".join(f"    {ln.rstrip()}\n" for ln in lines))
    assert _steps(report) == [
        ("기본계획 수립", "2026-02-01", "2026-03-31", "month"),
        ("실시설계", "2026-05-01", "2026-06-30", "month"),
    ]


@pytest.mark.parametrize(
    ("heads", "cw"),
    [(["상", "하", "상", "하"], 6), (["1/4", "2/4", "3/4", "4/4"] * 2, 5)],
    ids=["halves", "quarters"],
)
def test_a_chart_whose_remarks_head_stands_on_its_line_of_years(
    heads: list[str], cw: int
) -> None:
    """`2026년   2027년   비 고` over `상  하  상  하`: the heads the years' (the line of
    years had been no years', its `비 고` after them: no step at all)."""
    per = len(heads) // 4
    rows = [
        ("실시설계 용역", "■" * per + " " * 3 * per, "완료"),
        ("건립공사", " " * per + "■" * 3 * per, "○"),
        ("골목길 정비", " " * 2 * per + "■" * per + " " * per, ""),
    ]
    precision = "half" if per == 1 else "quarter"
    assert _steps(_chart(heads, ["2026년", "2027년"], rows, cw, "years")) == [
        ("건립공사", "2026-07-01", "2027-12-31", precision),
        ("골목길 정비", "2027-01-01", "2027-06-30", precision),
        ("실시설계 용역", "2026-01-01", "2026-06-30", precision),
    ]


_SECOND = (
    "\n② 민원 처리기한 초과 [주의, 환경정책과]\n  ○ 조치결과 : 처리시스템 도입\n"
    "  ○ 조치상황 : 완료\n"
)


@pytest.mark.parametrize(
    ("lines", "status", "raw"),
    [
        pytest.param(
            "  ○ 조치결과 : 완료\n    - 32개소 안전점검 실시\n  ○ 추진상황: 추진중\n",
            "in_progress", "추진중", id="done then under way",
        ),
        pytest.param(
            "  ○ 처리결과 : 추진중\n    - 32개소 안전점검 실시\n  ○ 처리상황 : 완료\n",
            "completed", "완료", id="under way then done",
        ),
    ],
)
def test_the_last_of_two_status_lines_is_the_findings_status(
    lines: str, status: str, raw: str
) -> None:
    """`○ 조치결과 : 완료` over its bullets, then `○ 추진상황: 추진중`: the finding's status
    the last line's (both had been read as one, `완료 추진중`, the first status winning)."""
    body = "① 놀이시설 안전점검 미실시 [시정, 공원녹지과]\n" + lines + _SECOND
    report = _text(AUDIT_HEAD + body)
    got = [(f.finding, f.status, f.status_raw, f.actions) for f in report.audit_findings]
    assert got == [
        ("놀이시설 안전점검 미실시", status, raw, "32개소 안전점검 실시"),
        ("민원 처리기한 초과", "completed", "완료", "처리시스템 도입"),
    ]


@pytest.mark.parametrize(
    "bracket",
    [
        "(처리요구 : 시정, 소관: 공원녹지과, 기한: ’25.6.)",
        "(처리요구 : 시정, 소관 : 공원녹지과, 조치기한 : 2025. 6. 30.)",
        "(처리요구 : 시정 / 소관 : 공원녹지과 / 처리기한 : ’25. 6월)",
    ],
    ids=["deadline", "action deadline", "slashes"],
)
def test_a_labelled_bracket_with_a_part_of_another_label(bracket: str) -> None:
    """`… 미실시 (처리요구 : 시정, 소관: 공원녹지과, 기한: ’25.6.)`: its category and
    division, the finding without the bracket (a part of a label of neither had left the
    bracket the finding's, no category, no division)."""
    body = (
        f"① 놀이시설 안전점검 미실시 {bracket}\n  ▶ 조치결과 : 32개소 안전점검\n"
        "  ▶ 조치상황 : 완료\n"
    )
    report = _text(AUDIT_HEAD + body)
    got = [(f.finding, f.category, f.category_raw, f.divisions, f.status)
           for f in report.audit_findings]  # fmt: skip
    assert got == [("놀이시설 안전점검 미실시", "correction", "시정", ["공원녹지과"], "completed")]


_ONE_COLUMN = """\
    구  분            사 업 비          비  고
                      (백만원)
    합  계              1,200
    청년창업 지원         800          국비 50%
    소상공인 육성         400          시비"""

_SECOND_OF_TWO = """\
    구  분         2025년      2026년      비  고
                              (백만원)
    합  계         1,000       1,200
    청년창업         700         800       국비 50%
    소상공인         300         400       시비"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(_ONE_COLUMN, {
            ("청년창업 지원", "사업비"): ("백만원", 800_000_000),
            ("소상공인 육성", "사업비"): ("백만원", 400_000_000),
            ("청년창업 지원", "비고"): (None, None),
        }, id="one column of money"),
        pytest.param(_SECOND_OF_TWO, {
            ("청년창업", "2026"): ("백만원", 800_000_000),
            ("소상공인", "2026"): ("백만원", 400_000_000),
            ("청년창업", "2025"): (None, None),
            ("청년창업", "비고"): (None, None),
        }, id="under the second of two years"),
    ],
)
def test_a_unit_under_one_column_beside_a_remarks_column(
    table: str, expected: dict[tuple[str, str], tuple[str | None, int | None]]
) -> None:
    """`(백만원)` on the line under the header, under `사 업 비`, a `비 고` after it: the
    unit of that column's cells, the line no row (it had been a row of its own, labelled
    `(백만원)`, and no cell had a unit)."""
    report = _text(TABLE_REPORT.format(title="사업 현황", unit="", table=table)
                   .replace("(단위 : )", ""))  # fmt: skip
    cells = {
        (c.row_header, "".join(c.col_header.split()).split("(")[0].removesuffix("년")):
        (c.unit, c.value_krw)
        for c in report.table_cells if not c.is_header
    }  # fmt: skip
    assert {key: cells.get(key) for key in expected} == expected
    assert "(백만원)" not in {c.row_header for c in report.table_cells}


@pytest.mark.parametrize(
    "remarks",
    [
        pytest.param(("12월 준공", "3~4월 예정", ""), id="month then word"),
        pytest.param(("’26. 5월 완료", "6월 발주", "○ 국비"), id="year, month and word"),
        pytest.param(("3월 착공", "", "12월 준공"), id="on the last month's row"),
    ],
)
@pytest.mark.parametrize("overhang", [0, 2], ids=["under the head", "overhanging it"])
def test_a_remark_of_words_opening_with_a_month(
    remarks: tuple[str, str, str], overhang: int
) -> None:
    """`1 … 12   비 고` over `기본계획 수립  ■ ■ ■   12월 준공`: the whole remark under
    `비 고` (its words one space apart, wider than the head, ending where it ends or
    reaching ``overhang`` columns under the last month), no month of the step (the
    remark's last word alone had been taken, its month then the step, the marks part of
    the task)."""
    cw, wide = 3, 10
    tail = _fit("비 고", wide)
    lines = [_pad("추 진 내 용", TASK) + "".join(_fit(h, cw) for h in _MONTHS) + tail]
    rows = [
        ("기본계획 수립", "■■■         ", remarks[0]),
        ("실시설계", "   ■■■      ", remarks[1]),
        ("리모델링 공사", "      ■■■■■■", remarks[2]),
    ]
    for task, cells, remark in rows:
        line = _pad(task, TASK) + "".join(_fit(c, cw) if c != " " else " " * cw for c in cells)
        if remark:
            # (right-aligned under `비 고`'s last letter, reaching left past it)
            at = _width(line) + wide - (wide - _width("비 고")) // 2 - _width(remark)
            line = line.rstrip()
            line += " " * max(2, at - overhang - _width(line)) + remark
        lines.append(line.rstrip())
    report = _text(CHART_HEAD + "".join(f"    {ln}\n" for ln in lines))
    assert _steps(report) == _STEPS


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            "  ○ 조치상황 : 추진중\n    - 설계용역 추진상황 : 완료\n",
            ("in_progress", "추진중", "설계용역 추진상황 : 완료", ""), id="status over a bullet",
        ),
        pytest.param(
            "  ○ 조치상황 : 완료\n  ○ 향후계획 : 유지관리 지속 추진\n",
            ("completed", "완료", "", "유지관리 지속 추진"), id="status and plans",
        ),
        pytest.param(
            "  ○ 처리상황 : 추진중\n    - 실시설계 완료 (’25. 10.)\n"
            "    - 향후계획 : 착공 (’26. 3.)\n",
            ("in_progress", "추진중", "실시설계 완료 (’25. 10.)", "착공 (’26. 3.)"),
            id="status over a bullet and plans",
        ),
    ],
)
def test_a_finding_with_its_status_and_no_line_of_what_was_done(
    lines: str, expected: tuple[str, str, str, str]
) -> None:
    """`① 하천 정비 지연 [시정 / 건설과]` with only `○ 조치상황 : …` over a bullet, or a
    `○ 향후계획 : …` line: a finding of its own, its status from the 조치상황 (it had been
    dropped, the next one alone read; review 113 B, r3a2 r3a3)."""
    body = "① 하천 정비 지연 [시정 / 건설과]\n" + lines + _SECOND
    report = _text(AUDIT_HEAD + body)
    got = [(f.finding, f.status, f.status_raw, f.actions, f.plans, f.divisions)
           for f in report.audit_findings]  # fmt: skip
    assert got == [
        ("하천 정비 지연", *expected, ["건설과"]),
        ("민원 처리기한 초과", "completed", "완료", "처리시스템 도입", "", ["환경정책과"]),
    ]


_GROUPED = _APPENDIX.split("장애인연금 지급 1,000")[0] + """\
{old}
장애인연금 지급 1,000 900 100
장애수당 지급 500 400 100
{new}
활동지원 300 200 100
"""


@pytest.mark.parametrize(
    ("old", "new"), [("【계속】", "【신규】"), ("- 계속 -", "- 신규 -"), ("[계속]", "[신규]")]
)
def test_a_list_grouped_by_continued_and_new_labels(old: str, new: str) -> None:
    """A list of items grouped under `【계속】` and `【신규】` (the going-on and the new
    programmes): the 계속 line is a group's label as the 신규 line is, read alike, no
    carry mark over a page (it had been dropped, the 신규 kept; review 113 B7)."""
    report = _text(_GROUPED.format(old=old, new=new))
    got = [(b.level, b.budget_krw) for b in report.budget_items if b.budget_krw]
    assert got == [("bureau", 1_800_000), ("division", 1_800_000), ("item", 1_000_000),
                   ("item", 500_000), ("item", 300_000)]  # fmt: skip
    said = " ".join(b.raw for b in report.budget_items)
    assert ("계속" in said, "신규" in said) == (True, True)


_UNITS_UNDER_EACH = """\
    구  분         시설수        사 업 비          비  고
                   (개소)        (백만원)
    합  계            12          1,200
    청년창업 지원      8            800          국비 50%
    소상공인 육성      4            400          시비"""

_UNITS_AND_RATE = """\
    구  분         예산액(A)   집행액(B)   집행률       비  고
                   (백만원)    (백만원)     (%)
    합  계         1,000         900        90.0
    청년창업         700         650        92.9       국비 50%
    소상공인         300         250        83.3       시비"""

_MEASURES = """\
    구  분         연  장       면  적       비  고
                    (m)          (㎡)
    합  계         1,000        1,200
    가온로           700          800       2차로
    누리로           300          400       4차로"""

_LETTERS = """\
    구  분         2025년       2026년      증  감      비  고
                    (A)          (B)        (B-A)
    합  계         1,000        1,200        200
    청년창업         700          800        100       국비 50%
    소상공인         300          400        100       시비"""

_BETWEEN_TWO = """\
    구  분         2025년      2026년      비  고
                         (백만원)
    합  계         1,000       1,200
    청년창업         700         800       국비 50%
    소상공인         300         400       시비"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(_UNITS_UNDER_EACH, {
            ("청년창업 지원", "시설수(개소)"): ("8", "개소"),
            ("청년창업 지원", "사업비(백만원)"): ("800", "백만원"),
            ("소상공인 육성", "비고"): ("시비", None),
        }, id="two units"),
        pytest.param(_UNITS_AND_RATE, {
            ("청년창업", "예산액(A)(백만원)"): ("700", "백만원"),
            ("청년창업", "집행액(B)(백만원)"): ("650", "백만원"),
            ("소상공인", "집행률(%)"): ("83.3", "%"),
        }, id="money and a rate"),
        pytest.param(_MEASURES, {
            ("가온로", "연장(m)"): ("700", "m"), ("누리로", "면적(㎡)"): ("400", "㎡"),
        }, id="measures"),
        pytest.param(_LETTERS, {
            ("청년창업", "2025년(A)"): ("700", None), ("청년창업", "증감(B-A)"): ("100", None),
        }, id="columns' letters"),
        pytest.param(_BETWEEN_TWO, {
            ("청년창업", "2025년(백만원)"): ("700", "백만원"),
            ("청년창업", "2026년(백만원)"): ("800", "백만원"),
        }, id="one unit between two columns"),
    ],
)
def test_a_line_of_bracketed_units_under_a_text_tables_header(
    table: str, expected: dict[tuple[str, str], tuple[str, str | None]]
) -> None:
    """A line of units (or the columns' letters) in brackets under the header, each under
    its column, a `비 고` last: the header row's lower part, each column's unit (the table
    had not been read at all; one unit centred between two year columns is both's; review
    113 B6)."""
    report = _text(TABLE_REPORT.format(title="사업 현황", unit="", table=table)
                   .replace("(단위 : )", ""))  # fmt: skip
    cells = {  # (each column's header as the page reads it, its lower part after)
        (c.row_header, "".join(c.col_header.replace("/", " ").split())): (c.raw, c.unit)
        for c in report.table_cells if not c.is_header and c.row_header and c.col_header
    }  # fmt: skip
    assert {key: cells.get(key) for key in expected} == expected
