"""Forms of the sixth round of probes: a card drawn as a native table of labels and
values whose 추진일정 cell lists its dated steps (hwpxgrades), and small tables set on
their side, units across and years down (transposed)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.normalize import DateSpan
from extract.parse.schedule_tables import span_through
from extract.pipeline import check, parse_document
from extract.read import read_bytes
from extract.read.pdf.paths import filled_shape
from extract.read.pdf.sidecaptions import side_captions
from schemas import Report
from tests.hwpx_maker import cell, header_xml, hwpx, p, sec, tbl
from tests.test_other_reports import _hwpx, _text
from tests.test_probe78 import _FACES, _FILLS, _blank, _chart, _glyphs, _steps
from tests.test_probed import failed

K = 1_000  # 천원


def _card(rows: list[tuple[str, list[str]]]) -> str:
    """A card as a two-column native table: a label, then its cell's paragraphs."""
    cells = []
    for r, (label, paras) in enumerate(rows):
        cells += [cell(r, 0, p(label)), cell(r, 1, *map(p, paras))]
    return tbl(len(rows), 2, cells)


def _cards_report() -> Report:
    card = _card([
        ("사업기간", ["2026. 1. ~ 12."]),
        ("사 업 비", ["4,320백만원 (국비 2,592 / 도비 518 / 시군비 1,210)"]),
        ("사업내용", ["○ 대상 : 청년농 360명", "○ 내용 : 영농정착지원금 지급"]),
        ("추진실적", ["’24. 3. : 혁신밸리 조성공사 착공", "’25. 11. : 준공 및 개소"]),
        ("추진일정", ["’26. 1.~2. : 지원대상자 선발 공고 및 접수",
                  "’26. 3. : 대상자 최종 선정(360명)",
                  "’26. 4.~12. : 영농정착지원금 지급 및 의무교육"]),
        ("담당부서", ["농업정책과 청년농업팀"]),
    ])  # fmt: skip
    return _hwpx(
        p("Ⅱ. 2026년 주요업무 추진계획"),
        p("1. 지속가능한 농업 경영기반 강화"),
        p("가. 청년농업인 영농정착 지원"),
        p(card),
    )


def test_a_card_tables_cell_of_steps_a_step_a_paragraph() -> None:
    """The 추진일정 cell's paragraphs are the steps, each with its date; the rows under
    it (담당부서) are none of them."""
    report = _cards_report()
    steps = [(s.project_id, s.task, s.start, s.end) for s in report.schedules]
    assert steps == [
        ("1-1", "지원대상자 선발 공고 및 접수", dt.date(2026, 1, 1), dt.date(2026, 2, 28)),
        ("1-1", "대상자 최종 선정(360명)", dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
        ("1-1", "영농정착지원금 지급 및 의무교육", dt.date(2026, 4, 1), dt.date(2026, 12, 31)),
    ]


def test_a_card_tables_cell_of_what_was_done_is_progress() -> None:
    done = [(s.task, s.start) for s in _cards_report().progress]
    assert done == [("혁신밸리 조성공사 착공", dt.date(2024, 3, 1)),
                    ("준공 및 개소", dt.date(2025, 11, 1))]  # fmt: skip


def test_a_card_tables_division_with_its_team_is_the_division() -> None:
    [project] = _cards_report().projects
    assert (project.division, project.division_evidence) == ("농업정책과", "label")
    assert (project.cost_krw, project.period_start) == (4_320_000_000, dt.date(2026, 1, 1))


TRANSPOSED = """Ⅰ. 일반현황
  1. 예    산
    □ 2026년 세출예산 : 3,942,900천원 (일반회계)
                                                                  (단위 : 천원)
    구    분              계         기획팀        예산팀       감사팀
    2025년 예산     3,650,700     2,384,500       612,300      653,900
    2026년 예산     3,942,900     2,652,800       587,400      702,700
    증    감          292,200       268,300       △24,900       48,800

    □ 주요 증감 사유
      ○ 기획팀 : 인구활력 종합계획 추진 국비 확대(+250,000천원)
      ○ 예산팀 : 재정분석 시스템 유지보수 완료에 따른 감액(△30,000천원)
"""


def test_a_budget_table_of_units_across_and_years_down() -> None:
    """"구 분 | 계 | 기획팀 | …" over the rows 2025년 예산, 2026년 예산 and 증 감: each
    unit's row of the summary, and its lines labelled by their year's row."""
    report = _text(TRANSPOSED)
    rows = [(r.unit, r.is_total, r.prev_budget_krw, r.budget_krw, r.change_krw)
            for r in report.budget_summary]  # fmt: skip
    assert rows == [
        ("계", True, 3_650_700 * K, 3_942_900 * K, 292_200 * K),
        ("기획팀", False, 2_384_500 * K, 2_652_800 * K, 268_300 * K),
        ("예산팀", False, 612_300 * K, 587_400 * K, -24_900 * K),
        ("감사팀", False, 653_900 * K, 702_700 * K, 48_800 * K),
    ]
    labels = {(b.unit, b.label, b.year) for b in report.budget_lines}
    assert ("기획팀", "2025년 예산", 2025) in labels and ("계", "2026년 예산", 2026) in labels
    assert not failed(report)


def test_a_cause_of_a_change_is_no_stated_total() -> None:
    """"○ 예산팀 : … 감액(△30,000천원)" under 주요 증감 사유: a change (of a team named
    예산팀), no budget total."""
    totals = [(t.key, t.value) for t in _text(TRANSPOSED).stated_totals]
    assert totals == [("budget.expenditure.일반회계", 3_942_900 * K)]


def test_a_table_of_years_across_is_read_as_it_stands() -> None:
    """The usual way round is not turned: units down, years across."""
    text = TRANSPOSED.replace(
        TRANSPOSED[TRANSPOSED.index("    구    분") : TRANSPOSED.index("\n\n    □ 주요")],
        "    구    분      2025년 예산    2026년 예산      증    감\n"
        "    계              3,650,700      3,942,900     292,200\n"
        "    기획팀          2,384,500      2,652,800     268,300\n"
        "    예산팀            612,300        587,400     △24,900\n"
        "    감사팀            653,900        702,700      48,800",
    )
    rows = [(r.unit, r.budget_krw) for r in _text(text).budget_summary]
    assert rows == [("계", 3_942_900 * K), ("기획팀", 2_652_800 * K),
                    ("예산팀", 587_400 * K), ("감사팀", 702_700 * K)]  # fmt: skip


def test_a_chart_that_marks_no_month_is_said() -> None:
    """A Gantt chart whose bars are not read (no mark, no shading: drawn as a picture,
    or lost with its shading) says so, so that missing steps are not silent; one that
    marks its months does not."""
    blank = _chart(["추진내용"], [[("실시설계", 1, 1), *_blank(12)],
                                 [("착공", 1, 1), *_blank(12)]])  # fmt: skip
    assert [w.code for w in blank.warnings] == ["schedules.unmarked"]
    marked = _chart(["추진내용"], [[("실시설계", 1, 1), ("●", 1, 1), *_blank(11)]])
    assert not marked.warnings and len(marked.schedules) == 1


def _years_chart(bars: list[tuple[str, list[int]]]) -> Report:
    """A chart headed by years, each merged over its quarters ("2025년" over "1/4 | 2/4 |
    3/4 | 4/4", then "2026년"); each task's quarters (1-8 across both years) shaded."""
    cells = [cell(0, 0, p("구 분"), rs=2), cell(0, 1, p("2025년"), cs=4),
             cell(0, 5, p("2026년"), cs=4)]  # fmt: skip
    cells += [cell(1, k, p(f"{(k - 1) % 4 + 1}/4")) for k in range(1, 9)]
    for r, (task, quarters) in enumerate(bars, start=2):
        cells.append(cell(r, 0, p(task)))
        cells += [cell(r, k, fill=2 if k in quarters else 1) for k in range(1, 9)]
    paras = [p("Ⅲ. 2026년 주요업무 추진계획"), p("1. 도시철도 2호선 건설 (건설과)"),
             p("○ 사업기간 : 2019~2028"), p("○ 추진일정"), p(tbl(len(bars) + 2, 9, cells))]
    data = hwpx(sec(*paras), extra={"Contents/header.xml": header_xml(_FILLS, faces=_FACES)})
    return check(parse_document(read_bytes(data, "years.hwpx"), "years"))


def test_quarters_under_their_years() -> None:
    """Each quarter is of the year merged over it: a bar from 2025's 3/4 to 2026's 2/4 is
    a step of both years (it had been 2026's, its end before its start, and the file
    failed); one over in 2025 is progress."""
    report = _years_chart([("설비공사", [3, 4, 5, 6]), ("실시설계", [1, 2, 3, 4])])
    assert [(s.task, s.start, s.end) for s in report.schedules] == [
        ("설비공사", dt.date(2025, 7, 1), dt.date(2026, 6, 30)),
    ]
    assert [(s.task, s.start, s.end) for s in report.progress] == [
        ("실시설계", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    ]


def test_a_run_of_periods_out_of_times_order_is_no_error() -> None:
    late = DateSpan(start=dt.date(2026, 7, 1), end=dt.date(2026, 9, 30), precision="quarter",
                    raw="3/4")  # fmt: skip
    early = DateSpan(start=dt.date(2026, 4, 1), end=dt.date(2026, 6, 30), precision="quarter",
                     raw="2/4")  # fmt: skip
    span = span_through(late, early)
    assert (span.start, span.end) == (dt.date(2026, 4, 1), dt.date(2026, 9, 30))


def _width(text: str) -> int:
    """Columns a text export gives ``text``: a Hangul letter two."""
    return sum(2 if "가" <= ch <= "힣" else 1 for ch in text)


def _chart_lines(rows: list[tuple[str, list[int]]], indent: str = "     ") -> list[str]:
    """A chart of 1월..12월 set as lines, each task's ■ under the heads of its months."""
    lead = 34
    head = "추진내용" + " " * (lead - _width("추진내용"))
    at: dict[int, int] = {}
    for m in range(1, 13):
        at[m] = _width(head)
        head += f"{m}월 "
    out = [indent + head.rstrip()]
    for task, months in rows:
        line = task + " " * (lead - _width(task))
        for m in months:
            line += " " * (at[m] - _width(line)) + "■"
        out.append(indent + line.rstrip())
    return out


TEXT_CHARTS = "\n".join([
    "Ⅱ. 2026년 주요업무 추진계획",
    " 1. 관광 활성화",
    "  가. 시티투어 운영 (관광진흥과)",
    "   □ 사업개요",
    "     ○ 사업기간 : ’26. 1.~12.",
    "     ○ 사 업 비 : 300백만원 (군비 300)",
    "   □ 추진일정",
    *_chart_lines([("운영 위탁업체 선정", [1, 2]), ("정기코스 운영", [3, 4, 5, 6, 7, 8, 9, 10])]),
    "   □ 중점 추진사항",
    "     ○ 외국인 관광객 대상 통역 서비스 확대",
    "  나. 야간관광 명소화 (관광진흥과)",
    "   □ 사업개요",
    "     ○ 사업기간 : ’26. 3.~11.",
    "     ○ 사 업 비 : 200백만원 (군비 200)",
    "   □ 추진일정",
    *_chart_lines([("경관조명 설치", []), ("야간 축제 개최", [])]),
    "",
])  # fmt: skip


def test_charts_set_as_lines_in_a_cards_block() -> None:
    """A card's 추진일정 chart set as lines of a text export: its ■ runs are its steps (not
    one step of the chart's text dated by its last head); the next block, 중점 추진사항,
    none of it."""
    report = _text(TEXT_CHARTS)
    assert [(s.project_id, s.task, s.start, s.end) for s in report.schedules] == [
        ("1-1", "운영 위탁업체 선정", dt.date(2026, 1, 1), dt.date(2026, 2, 28)),
        ("1-1", "정기코스 운영", dt.date(2026, 3, 1), dt.date(2026, 10, 31)),
    ]


def test_a_chart_set_as_lines_that_marks_nothing_is_said() -> None:
    """The second card's chart lost its shading to the text export: no step, a warning
    naming the card."""
    warnings = [(w.code, w.message[:4]) for w in _text(TEXT_CHARTS).warnings]
    assert warnings == [("schedules.unmarked", "1-2:")]


def test_a_card_of_labels_beside_values_has_no_header_row() -> None:
    """"사업기간 | 2026. 1. ~ 12." over "사 업 비 | …": rows of labels, none a header (its
    value cells had the period as their column's header)."""
    report = _cards_report()
    [info] = report.tables
    assert (info.header_rows, info.row_header_cols) == (0, 1)
    cost = next(c for c in report.table_cells if c.raw.startswith("4,320"))
    assert (cost.row_header, cost.col_header, cost.is_header) == ("사업비", "", False)


def test_a_share_of_a_budget_is_no_total() -> None:
    """"○ 자원순환과 예산은 … 대행료(58,300백만원)가 71.8%를 차지": a share of one
    division's budget (nestedgantt), no total of the bureau's."""
    text = TRANSPOSED.replace(
        "      ○ 예산팀 : 재정분석 시스템 유지보수 완료에 따른 감액(△30,000천원)\n",
        "      ○ 예산팀 예산은 재정분석 시스템 위탁료(300,000천원)가 51.1%를 차지\n",
    )
    totals = [(t.key, t.value) for t in _text(text).stated_totals]
    assert totals == [("budget.expenditure.일반회계", 3_942_900 * K)]


# --- the second review's cases -----------------------------------------------------------


def test_a_chart_of_halves_is_a_table_and_its_bars_steps() -> None:
    """A chart headed 상반기 | 하반기 (two periods) whose bars are shaded cells is read,
    not dropped as a box; so are spans of months, 1~3월 | 4~6월 | …."""
    halves = _chart(["추진내용"], [[("실시설계", 1, 1), ("", 1, 2), ("", 1, 1)],
                                  [("공사", 1, 1), ("", 1, 1), ("", 1, 2)]],
                    periods=["상반기", "하반기"])  # fmt: skip
    assert [(s.task, s.start, s.end) for s in halves.schedules] == [
        ("실시설계", dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
        ("공사", dt.date(2026, 7, 1), dt.date(2026, 12, 31)),
    ]
    spans = _chart(["추진내용"], [[("실시설계", 1, 1), ("", 1, 2), *_blank(3)]],
                   periods=["1~3월", "4~6월", "7~9월", "10~12월"])  # fmt: skip
    assert [(s.start, s.end) for s in spans.schedules] == [
        (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    ]


def test_bars_sharing_a_month_one_with_a_word_stay_whole() -> None:
    """Three bars over 4~7, 5~8 and 6~9월, the third's June saying 착공: the June column is
    shaded down every row in the bars' own shade, no highlighted column."""
    report = _chart(["추진내용"], [
        [("실시설계", 1, 1), *_blank(3), *[("", 1, 2)] * 4, *_blank(5)],
        [("보상 협의", 1, 1), *_blank(4), *[("", 1, 2)] * 4, *_blank(4)],
        [("공사", 1, 1), *_blank(5), ("착공", 1, 2), *[("", 1, 2)] * 3, *_blank(3)],
    ])  # fmt: skip
    assert _steps(report) == [
        ("실시설계", dt.date(2026, 4, 1), dt.date(2026, 7, 31)),
        ("보상 협의", dt.date(2026, 5, 1), dt.date(2026, 8, 31)),
        ("공사", dt.date(2026, 6, 1), dt.date(2026, 9, 30)),
    ]


BLOCKS = """Ⅱ. 2026년 주요업무 추진계획
 1. 관광 활성화
  가. 시티투어 운영 (관광진흥과)
   □ 사업개요
     ○ 사업기간 : ’26. 1.~12.
     ○ 사 업 비 : 300백만원 (군비 300)
   □ 주요 추진사항
     ○ 운영 위탁업체 선정(’26. 2.)
     ○ 정기코스 운영(’26. 3.~11.)
  나. 야간관광 명소화 (관광진흥과)
   □ 추진계획
     ○ 경관조명 설치 : ’26. 4.~6.
   □ 세부 추진사항
     ○ 야간 축제 개최 : ’26. 9.
     ○ 야간 관광 코스 개발 : ’26. 10.
"""


def test_a_block_of_detailed_steps_keeps_them() -> None:
    """"□ 세부 추진사항" over dated steps is a plan's block, not one that ends the plan
    (only 중점 추진사항 is)."""
    steps = {(s.project_id, s.task) for s in _text(BLOCKS).schedules}
    assert {("1-2", "야간 축제 개최"), ("1-2", "야간 관광 코스 개발")} <= steps


MONTHS = """Ⅱ. 2026년 주요업무 추진계획
 1. 관광 활성화
  가. 시티투어 운영 (관광진흥과)
   □ 사업개요
     ○ 사업기간 : ’26. 1.~12.
     ○ 사 업 비 : 300백만원 (군비 300)
   □ 추진실적
     ○ 2025년 시티투어 이용객 : 3,850명
       구    분         10월      11월      12월
       이 용 객          1,200     1,350     1,300
       운행 횟수           40        45        44
   □ 추진일정
     ○ 운영 위탁업체 선정 : ’26. 1.~2.
     ○ 정기코스 운영 : ’26. 3.~11.
  나. 야간관광 명소화 (관광진흥과)
   □ 사업개요
     ○ 사업기간 : ’26. 3.~11.
     ○ 사 업 비 : 200백만원 (군비 200)
   □ 추진계획
     ○ 분기별 점검회의 개최 : 3월  6월  9월  12월
       관계기관 합동 점검
     ○ 경관조명 설치 : ’26. 4.~6.
"""


def test_months_after_a_bullets_colon_and_a_table_of_figures_are_no_charts() -> None:
    """"○ 분기별 점검회의 개최 : 3월  6월  9월  12월" over an unbulleted line, and a table of
    visitors by month, are no charts whose marks were lost: no warning, the step kept."""
    report = _text(MONTHS)
    assert not report.warnings
    assert ("1-2", "분기별 점검회의 개최") in {(s.project_id, s.task) for s in report.schedules}


def test_a_card_tables_block_goes_on_after_the_table() -> None:
    """Lines after the card's table under its last label's block are the block's own."""
    card = _card([
        ("사업기간", ["2026. 1. ~ 12."]),
        ("사 업 비", ["4,320백만원 (국비 2,592 / 도비 518 / 시군비 1,210)"]),
        ("추진계획", ["’26. 1.~2. : 지원대상자 선발 공고", "’26. 3. : 대상자 최종 선정"]),
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 지속가능한 농업 경영기반 강화"),
        p("가. 청년농업인 영농정착 지원"), p(card),
        p("○ 영농정착지원금 지급 및 의무교육(’26. 4.~12.)"),
    )  # fmt: skip
    assert sorted(s.task for s in report.schedules) == sorted([
        "지원대상자 선발 공고", "대상자 최종 선정", "영농정착지원금 지급 및 의무교육",
    ])  # fmt: skip


@pytest.mark.parametrize(
    ("line", "total"),
    [
        ("□ 2026년 세출예산은 5,000백만원으로 전년보다 300백만원 증액 편성", 5_000_000_000),
        ("□ 2026년 세입예산은 4,200백만원으로 120백만원 감액", 4_200_000_000),
        ("□ 2026년 기금 예산은 52,300백만원으로 시 전체 예산의 0.8%를 차지", 52_300_000_000),
        ("□ 자원순환과 예산은 수집·운반 대행료(58,300백만원)가 71.8%를 차지", None),
        ("□ 세출 4,630백만원(8.8%) 증가", None),
    ],
)
def test_a_total_and_the_change_after_it(line: str, total: int | None) -> None:
    """A word of change after the next amount is that amount's: the total before it
    stands; an amount in a bracket after a thing's name is that thing's."""
    text = f"Ⅰ. 일반현황\n  1. 예    산\n    {line}\n"
    values = [t.value for t in _text(text).stated_totals if t.key.startswith("budget")]
    assert values == ([total] if total else [])


def test_a_table_whose_first_row_heads_years_keeps_its_header() -> None:
    """"사업내용 | 2025년 | 2026년" over "대상 | 80명 | 100명": a header, though 사업내용 is
    a card's label."""
    rows = [["사업내용", "2025년", "2026년"], ["대상", "80명", "100명"],
            ["규모", "3개소", "4개소"], ["사업비", "100", "120"]]  # fmt: skip
    cells = [cell(r, c, p(v)) for r, row in enumerate(rows) for c, v in enumerate(row)]
    report = _hwpx(p("Ⅰ. 일반현황"), p("1. 주요사업"), p(tbl(4, 3, cells)))
    assert report.tables[0].header_rows == 1


def test_a_thin_slanted_arrow_and_a_box_a_hair_off_are_no_bars() -> None:
    """A dependency arrow drawn slantwise from one bar to another fills little of its box;
    a box path a rounding error off square is no slanted shape."""
    ops = ["m", "l", "l", "l", "h"]
    thin = [(100.0, 100.0), (300.0, 160.0), (298.0, 163.0), (98.0, 103.0)]
    assert filled_shape(thin, ops, True, False) is None
    boxish = [(0.0, 0.0), (50.0, 0.0004), (50.0, 10.0), (0.0, 10.0)]
    assert filled_shape(boxish, ops, True, False) is None


def test_titles_opened_by_one_bullet_over_each_table() -> None:
    """"□ 세 입 (단위 : 백만원)" over the left table, "□ 세 출 (…)" over the right: each
    table's (titles of one kind by their bullet)."""
    row = _glyphs(85, (60, "□세입(단위:백만원)"), (290, "□세출(단위:백만원)"))
    boxes = [(50.0, 100.0, 250.0, 200.0), (270.0, 100.0, 470.0, 200.0)]
    assert sorted(side_captions(row, boxes)[1]) == [0, 1]


def test_a_chart_drawn_in_a_card_tables_cell_under_a_heading() -> None:
    """A card table under its `가.` heading whose 추진일정 cell holds a chart of quarters
    shaded (hwpxnestedgantt): the chart's bars are the card's steps, its 사업내용 cell
    its summary."""
    chart = [cell(0, 0, p("추진내용"))] + [cell(0, k, p(f"{k}/4")) for k in range(1, 5)]
    chart += [cell(1, 0, p("참여청년 선발")), cell(1, 1, cs=2, fill=2), cell(1, 3), cell(1, 4)]
    rows = [
        ("사업기간", [p("2026. 1. ~ 12.")]),
        ("사 업 비", [p("2,400백만원 (국비 1,200 / 시비 1,200)")]),
        ("사업내용", [p("○ 지원대상 : 청년 200명")]),
        ("추진일정", [p(tbl(2, 5, chart))]),
    ]
    cells = [
        c for r, (label, held) in enumerate(rows) for c in (cell(r, 0, p(label)), cell(r, 1, *held))
    ]
    paras = [p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 청년 일자리"), p("가. 청년 일경험 지원"),
             p(tbl(len(rows), 2, cells))]  # fmt: skip
    data = hwpx(sec(*paras), extra={"Contents/header.xml": header_xml(_FILLS, faces=_FACES)})
    report = check(parse_document(read_bytes(data, "nested.hwpx"), "nested"))
    assert [(s.task, s.start, s.end) for s in report.schedules] == [
        ("참여청년 선발", dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
    ]
    assert report.projects[0].summary == "지원대상 : 청년 200명"


def test_a_results_chart_of_planned_and_done_rows() -> None:
    """A 2025 results chart, "< 2025년 추진일정 대비 실적 >", each task merged down over a
    계획 row and a 실적 row (planactual): what was planned is no step, what was done is of
    2025 (it had been read as the 2026 plan's steps of the card its task resembles)."""
    head = [cell(0, 0, p("추진내용")), cell(0, 1, p("구분"))]
    head += [cell(0, k + 2, p(f"{k + 1}월")) for k in range(12)]
    body = [cell(1, 0, p("국제회의 유치 설명회"), rs=2), cell(1, 1, p("계획")),
            cell(2, 1, p("실적"))]  # fmt: skip
    body += [cell(1, k + 2, fill=2 if k + 1 in (3, 9) else 1) for k in range(12)]
    body += [cell(2, k + 2, fill=2 if k + 1 == 4 else 1) for k in range(12)]
    chart = tbl(3, 14, head + body, caption=[p("< 2025년 추진일정 대비 실적 >")])
    paras = [
        p("Ⅲ. 2026년 주요업무계획"), p("1. 국제회의 유치 지원 (관광정책과)"),
        p("○ 사업기간 : ’26. 1.~12."), p("○ 추진일정"), p(chart),
    ]  # fmt: skip
    data = hwpx(sec(*paras), extra={"Contents/header.xml": header_xml(_FILLS, faces=_FACES)})
    report = check(parse_document(read_bytes(data, "pairs.hwpx"), "pairs"))
    assert [(s.task, s.start) for s in report.schedules] == []
    assert [(s.task, s.start, s.end) for s in report.progress] == [
        ("국제회의 유치 설명회", dt.date(2025, 4, 1), dt.date(2025, 4, 30)),
    ]


def test_rows_of_plans_and_results_by_year_are_both_read() -> None:
    """A table by years with a row labelled 추진실적 and one labelled 추진계획 is no chart of
    계획/실적 pairs: the plan's row gives its step too."""
    report = _chart(["구 분"], [
        [("추진실적", 1, 1), ("기본설계 완료", 1, 1), ("", 1, 1), ("", 1, 1)],
        [("추진계획", 1, 1), ("", 1, 1), ("실시설계 착수", 1, 1), ("공사 착공", 1, 1)],
    ], periods=["2025년", "2026년", "2027년"])  # fmt: skip
    assert [s.task for s in report.schedules] == ["실시설계 착수", "공사 착공"]
