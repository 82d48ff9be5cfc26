"""Known misses left by round 113 (left113), each built as a small text input:

* a results block labelled with a span of years, `□ 추진실적(’15~’16)`, `(2015~2016)`, is a
  block label as `□ 추진실적(’16)` is (its lines progress, its months of no year the last
  year's), and so is `□ 주요성과(’16)`;
* a year's target with no word of a level, `⇒ ’17년 유수율 85%까지 향상`, is no step;
* a plan titled with a span of years and 년 after the last alone, `Ⅱ. 2017~2018년 추진계획`,
  dates a month of no year in its first year, as `2017년 ~ 2018년 추진계획` does;
* `1만 2,500` in a cell under `면적(㎡)` is a measure of 12,500 ㎡ (as the prose reads
  `1만 2,500㎡`), and `1만㎡당 1개소` is a rate (kind text, its text whole), no measure;
* a text table `사업명 | 사업비 | 사업기간 | 비 고` whose dates stand beside the remarks:
  each heading its own column, each date under 사업기간 (not in the remarks' cell);
"""

from __future__ import annotations

import pytest

from extract.document import Line
from extract.layout.textgrid import infer_grids
from extract.normalize.mentions import find_mentions
from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import p
from tests.test_fix113_measures import _cell, _report
from tests.test_other_reports import _table


def _text(text: str) -> Report:
    return check(parse_document(read_bytes(text.encode(), "report.txt"), "report"))


_HEAD = (
    "2017년 주요업무 보고\n\n환경복지위원회\n\n가온광역시 환경녹지국\n\n"
    "Ⅱ. 2016년 주요성과 및 2017년 추진계획\n\n"
)


def _card(block: str) -> str:
    return (
        _HEAD + "1. 시민 중심 교통체계 구축\n\n"
        " 가. 시내버스 준공영제 내실화 (교통정책과)\n"
        f"  {block}\n    ㅇ 시내버스 노선 개편 시행 (’15. 7월)\n"
        "    ㅇ 운송원가 표준화 용역 (’16. 3월 ~ 10월)\n"
        "    ㅇ 벽지노선 조정 (5월)\n"
        "  □ 추진계획(’17)\n    ㅇ 사업기간 : ’17. 1월 ~ 12월\n"
        "    ㅇ 재정지원 기준 개정 (2월)\n"
        "\n 나. 교통약자 이동편의 증진 (교통정책과)\n  □ 추진계획(’17)\n"
        "    ㅇ 저상버스 60대 도입 (3월 ~ 11월)\n"
    )


@pytest.mark.parametrize(
    ("block", "label"),
    [
        ("□ 추진실적(’15~’16)", "추진실적"),
        ("□ 추진실적(2015~2016)", "추진실적"),
        ("□ 추진실적 (’15년 ~ ’16년)", "추진실적"),
        ("□ 주요성과(’16)", "주요성과"),
        ("□ 주요성과(’15~’16)", "주요성과"),
        ("□ 추진성과(2016년)", "추진성과"),
    ],
)
def test_a_results_block_of_a_span_of_years(block: str, label: str) -> None:
    """`□ 추진실적(’15~’16)` over dated lines: a block, its lines done (a month of no year
    the span's last year's), none the card's summary nor the plan's steps."""
    report = _text(_card(block))
    card = next(p for p in report.projects if p.project_id == "1-1")
    assert [b.label for b in card.blocks] == [label, "추진계획"]
    assert card.summary == ""
    done = [(p.task, str(p.start), str(p.end)) for p in report.progress if p.project_id == "1-1"]
    assert done == [
        ("시내버스 노선 개편 시행", "2015-07-01", "2015-07-31"),
        ("운송원가 표준화 용역", "2016-03-01", "2016-10-31"),
        ("벽지노선 조정", "2016-05-01", "2016-05-31"),
    ]
    planned = [(s.task, str(s.start)) for s in report.schedules if s.project_id == "1-1"]
    assert planned == [("재정지원 기준 개정", "2017-02-01")]


@pytest.mark.parametrize(
    "aim",
    [
        "⇒ ’17년 유수율 85%까지 향상",
        "→ ’17년 유수율 85%까지 향상",
        "⇒ ’17년 유수율 85%로 향상",
        "⇒ ’17년까지 유수율 85% 달성",
        "- ’17년 : 유수율 85%까지 향상",
    ],
)
def test_a_years_target_reached_with_no_level_word_is_no_step(aim: str) -> None:
    """`⇒ ’17년 유수율 85%까지 향상` after a card's dated steps: the year's target (marked
    as one, or a state's figure reaching a level), not a step dated 2017."""
    text = (
        _HEAD + "1. 노후 상수관로 정비 (상수도과)\n  ㅇ 사업기간 : ’17. 1월 ~ 12월\n"
        "  ㅇ 사 업 비 : 5,400백만원(국 2,700, 시 2,700)\n  ㅇ 추진일정\n"
        f"    - ’17. 2월 : 실시설계 완료\n    - ’17. 3월 ~ 11월 : 노후관 40km 교체\n  {aim}\n"
    )
    report = _text(text)
    assert [(s.task, str(s.start), str(s.end)) for s in report.schedules] == [
        ("실시설계 완료", "2017-02-01", "2017-02-28"),
        ("노후관 40km 교체", "2017-03-01", "2017-11-30"),
    ]



@pytest.mark.parametrize(
    ("cover", "chapter"),
    [
        *[(cover, chapter)
          for chapter in ("Ⅱ. 2017~2018년 추진계획", "Ⅱ. 2017 ~ 2018년 추진계획",
                          "Ⅱ. 2017-2018년 추진계획")
          for cover in ("2017년 주요업무 보고", "주요업무 보고")],
        # (its last year in two digits: no year of four read before, the report's none)
        ("주요업무 보고", "Ⅱ. 2017~18년 추진계획"),
    ],
)  # fmt: skip
def test_a_plan_of_a_span_of_years_with_one_year_word_dates_by_its_first(
    chapter: str, cover: str
) -> None:
    """`Ⅱ. 2017~2018년 추진계획`: the plan starts in 2017 (the span's first year, the year
    the report is of); a month with no year in it is 2017's, not 2018's (the year 년
    follows)."""
    text = (
        f"{cover}\n\n가온광역시 교통건설국\n\n{chapter}\n\n"
        "1. 전기자동차 보급 (환경정책과)\n  ㅇ 사업기간 : 2017. 1월 ~ 12월\n"
        "  ㅇ 사 업 비 : 9,500백만원(국 7,000, 시 2,500)\n"
        "  ㅇ 추진일정 : 보급 공고 (2월), 보조금 지급 (3월 ~ 11월)\n"
    )
    report = _text(text)
    assert [(s.task, str(s.start), str(s.end)) for s in report.schedules] == [
        ("보급 공고", "2017-02-01", "2017-02-28"), ("보조금 지급", "2017-03-01", "2017-11-30")
    ]


@pytest.mark.parametrize(
    ("header", "figure", "value", "unit"),
    [
        ("면적(㎡)", "1만 2,500", 12_500, "㎡"),
        ("면적(㎡)", "1만2,500", 12_500, "㎡"),
        ("부지(㎡)", "2만 5천", 25_000, "㎡"),
        ("면적", "1만 2,500㎡", 12_500, "㎡"),
        ("연장(m)", "1만 250", 10_250, "m"),
        ("수거량(톤)", "1만 2,000", 12_000, "톤"),
    ],
)
def test_a_cells_figure_with_its_man_part_is_a_measure(
    header: str, figure: str, value: int, unit: str
) -> None:
    """`1만 2,500` under `면적(㎡)`: 12,500 ㎡, a measure (it had been text of no value);
    beside it `1만㎡당 1개소` under `설치기준` stays a rate, text whole."""
    rows = [["구분", header, "설치기준"], ["솔빛공원", figure, "1만㎡당 1개소"]]
    report = _report(p("□ 공원 현황"), p(_table(rows)))
    c = _cell(report, "솔빛공원", header)
    assert (c.value_kind, c.value, c.unit) == ("measure", float(value), unit)
    assert c.measure_value is not None
    rate = _cell(report, "솔빛공원", "설치기준")
    assert (rate.value_kind, rate.measure_value) == ("text", None)


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("어린이공원은 1만㎡당 1개소 설치", "1만㎡당 1개소"),
        ("공영주차장 1,000㎡당 2면 확보", "1,000㎡당 2면"),
        ("도시숲 1ha당 3개소 조성", "1ha당 3개소"),
    ],
)
def test_a_count_per_a_measure_is_a_rate(text: str, raw: str) -> None:
    """`1만㎡당 1개소` in prose: one rate, text whole (it had been a measure, 10,000 ㎡,
    and a count of 1 개소)."""
    got = [(m.kind, m.raw, m.measure) for m in find_mentions(text, 2025)]
    assert got == [("text", raw, None)]


_PERIOD_TABLES: list[list[str]] = [
    ["   사업명            사업비      사업기간       비 고",
     "  도시숲 조성         1,200     ’17.3~’17.11   신규",
     "  하천 정비           3,500     ’17.1~’18.12   계속"],
    ["   사업명            사업비      사업기간       비    고",
     "  도시숲 조성         1,200     ’17.3~’17.11   신규",
     "  하천 정비           3,500     ’17.1~’18.12   계속"],
    ["  사 업 명          사업비     사업기간        비  고",
     "  도시숲 조성         1,200     ’17.3~’17.11",
     "  하천 정비           3,500     ’17.1~’18.12   계속"],
    ["  사업명          사업비   사업기간  비 고",
     "  도시숲 조성      1,200  ’17.3~11월  신규",
     "  하천 정비        3,500  ’17.1~12월  계속"],
    ["  사업명          사업비    사업기간       비고",
     "  도시숲 조성      1,200   ’17. 3월 ~ 11월   신규",
     "  하천 정비        3,500   ’17. 1월 ~ 12월"],
]  # fmt: skip


#: the rows each table above says, cell by cell after its label
_PERIOD_ROWS: list[list[list[str]]] = [
    [["1,200", "’17.3~’17.11", "신규"], ["3,500", "’17.1~’18.12", "계속"]],
    [["1,200", "’17.3~’17.11", "신규"], ["3,500", "’17.1~’18.12", "계속"]],
    [["1,200", "’17.3~’17.11", ""], ["3,500", "’17.1~’18.12", "계속"]],
    [["1,200", "’17.3~11월", "신규"], ["3,500", "’17.1~12월", "계속"]],
    [["1,200", "’17. 3월 ~ 11월", "신규"], ["3,500", "’17. 1월 ~ 12월", ""]],
]


@pytest.mark.parametrize(("rows", "expected"), list(zip(_PERIOD_TABLES, _PERIOD_ROWS, strict=True)))
def test_a_date_column_beside_the_remarks_stays_its_own(
    rows: list[str], expected: list[list[str]]
) -> None:
    """`사업명 | 사업비 | 사업기간 | 비 고` over `도시숲 조성  1,200  ’17.3~’17.11  신규`: four
    columns, the period under 사업기간 and 신규 alone under 비 고 (the two headings had
    been one, `사업비 사업기간`, and the period read into the remarks)."""
    lines = [Line(i, t, t) for i, t in enumerate(rows, 1)]
    (grid,) = infer_grids(lines)
    got = [[c.text for c in grid.cells if c.row == r] for r in range(grid.n_rows)]
    assert [h.replace(" ", "") for h in got[0][1:]] == ["사업비", "사업기간", "비고"]
    assert [r[1:] for r in got[1:]] == expected


def test_a_date_column_beside_the_remarks_in_a_report() -> None:
    """The table in a report: each period a date under 사업기간, each remark text."""
    text = (
        "2017년 주요업무 보고\n\n가온광역시 환경녹지국\n\nⅠ. 일반현황\n\n1. 주요 현황\n\n"
        "□ 주요 사업 현황\n" + "\n".join(_PERIOD_TABLES[0]) + "\n"
        "\nⅡ. 2017년 주요업무계획\n\n1. 녹지 확충 (공원과)\n  ㅇ 사업기간 : 2017. 1월 ~ 12월\n"
    )
    report = _text(text)
    got = {
        (c.row_header, c.col_header): (c.value_kind, str(c.date_start), str(c.date_end), c.raw)
        for c in report.table_cells if not c.is_header
    }  # fmt: skip
    assert got[("도시숲 조성", "사업기간")] == ("date", "2017-03-01", "2017-11-30", "’17.3~’17.11")
    assert got[("하천 정비", "사업기간")] == ("date", "2017-01-01", "2018-12-31", "’17.1~’18.12")
    assert got[("도시숲 조성", "비고")][3] == "신규"


_UNIT_TABLES: list[tuple[list[str], list[str]]] = [
    (["   구 분          ’16년       ’17년",
      "                 (백만원)    (백만원)",
      "  도시숲 조성        1,200      1,500",
      "  하천 정비          3,500      3,000"],
     ["’16년 (백만원)", "’17년 (백만원)"]),
    (["   구 분          예산액       집행액",
      "                 (백만원)    (백만원)",
      "  도시숲 조성        1,200      1,500",
      "  하천 정비          3,500      3,000"],
     ["예산액 (백만원)", "집행액 (백만원)"]),
    (["   사업명           사업량      사업비",
      "                             (단위:천원)",
      "  도시숲 조성        3개소       1,200",
      "  하천 정비          2km         3,500"],
     ["사업량", "사업비 (단위:천원)"]),
    (["   사업명           사업비      사업량",
      "                   (백만원)",
      "  도시숲 조성        1,200      3개소",
      "  하천 정비          3,500      2km"],
     ["사업비 (백만원)", "사업량"]),
    # (with remarks, beside a column of dates: read by where each phrase stands)
    (["   사업명            사업비      사업기간       비 고",
      "                    (백만원)",
      "  도시숲 조성         1,200     ’17.3~’17.11   신규",
      "  하천 정비           3,500     ’17.1~’18.12   계속"],
     ["사업비 (백만원)", "사업기간", "비 고"]),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "heads"), _UNIT_TABLES)
def test_a_line_of_units_under_a_text_tables_header(rows: list[str], heads: list[str]) -> None:
    """`(백만원)` under `사업비` on the line under the header: the column's unit, on its
    header, the table's rows under it (a table of no remarks had lost it, or the table)."""
    lines = [Line(i, t, t) for i, t in enumerate(rows, 1)]
    (grid,) = infer_grids(lines)
    got = [[c.text for c in grid.cells if c.row == r] for r in range(grid.n_rows)]
    assert got[0][1:] == heads
    assert [r[0] for r in got[1:]] == ["도시숲 조성", "하천 정비"]


#: the first row's last figure in won, as each table above says it
_UNIT_WON = [
    ("’17년 (백만원)", 1_500_000_000), ("집행액 (백만원)", 1_500_000_000),
    ("사업비 (단위:천원)", 1_200_000),
]


@pytest.mark.parametrize(
    ("rows", "expected"), [(t[0], w) for t, w in zip(_UNIT_TABLES, _UNIT_WON, strict=False)]
)
def test_a_line_of_units_under_a_header_in_a_report(
    rows: list[str], expected: tuple[str, int]
) -> None:
    """... and in a report: each figure in its column's unit, in won."""
    text = (
        "2017년 주요업무 보고\n\n가온광역시 환경녹지국\n\nⅠ. 일반현황\n\n1. 주요 현황\n\n"
        "□ 주요 사업 현황\n" + "\n".join(rows) + "\n"
        "\nⅡ. 2017년 주요업무계획\n\n1. 녹지 확충 (공원과)\n  ㅇ 사업기간 : 2017. 1월 ~ 12월\n"
    )
    report = _text(text)
    won = {
        (c.row_header, c.col_header): c.value_krw
        for c in report.table_cells if not c.is_header and c.value_kind == "krw"
    }  # fmt: skip
    assert won[("도시숲 조성", expected[0])] == expected[1]


@pytest.mark.parametrize(
    ("unit", "measure"),
    [("㎡", "㎡"), ("km", "m"), ("천㎥", "㎥"), ("ha", "㎡"), ("톤", "kg")],
)
def test_a_table_in_a_unit_of_measure_has_no_count_unit(unit: str, measure: str) -> None:
    """`□ 공원 면적 (단위 : ㎡)`: the table counts nothing (count_unit empty, it had shown
    ㎡); each cell a measure in its base unit; a table of 개소 beside it keeps its count."""
    rows = [["구분", "2024년", "2025년"], ["근린공원", "10,500", "12,000"]]
    counted = [["구분", "2024년", "2025년"], ["근린공원", "12", "14"]]
    report = _report(
        p(f"□ 공원 면적 (단위 : {unit})"), p(_table(rows)),
        p("□ 공원 수 (단위 : 개소)"), p(_table(counted)),
    )  # fmt: skip
    first, second = sorted(
        (t for t in report.tables if t.unit_raw and "단위" in t.unit_raw), key=lambda t: t.table_id
    )
    assert (first.count_unit, second.count_unit) == (None, "개소")
    cells = [c for c in report.table_cells if c.table_id == first.table_id and not c.is_header]
    assert {(c.value_kind, c.measure_unit) for c in cells if c.col > 0} == {("measure", measure)}
