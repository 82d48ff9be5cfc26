"""Forms of the genre met in five more reports (an organisation drawn as a chart, tables
set side by side or turned, an old text export of full-width figures, a big chapter of
achievements, corner cells split by a diagonal): what each must give, worked out from
its lines, and what had been lost or misread before."""

from __future__ import annotations

import pytest

from extract.document import Cell, Grid, Line
from extract.layout.markers import read_marker
from extract.layout.tables import build_tables
from extract.parse.finding_words import closing_category
from schemas import Report
from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx, _table, _text


@pytest.mark.parametrize(
    ("line", "marked"),
    [
        ("５　급   １   １   -", False), ("5 급   1   1   -", False),
        ("6 급이하  12  11", False), ("5 급식 지원 확대", True), ("5 사회복지 급여 개선", True),
    ],
)  # fmt: skip
def test_a_grade_spaced_out_as_a_rows_label_is_no_numbered_item(
    line: str, marked: bool
) -> None:
    assert (read_marker(line) is not None) is marked


def test_the_grades_of_a_text_tables_rows_spaced_out_in_full_width() -> None:
    """An old export's staffing table, its grades spaced with U+3000 and its figures
    full-width ("５　급"): every grade a row (they had been read as items 5 to 9)."""
    report = _text(
        "Ⅰ.　일　반　현　황\n\n１．　조　　직\n\n　○ 조직 : 1과 2팀\n\n２．　인　　력\n\n"
        "　　　　　　　　　　　　　　　　（２０２６． １． １． 기준， 단위 ： 명）\n"
        "　　구　　분          정　원      현　원      과부족\n"
        "　　계                  ２２        ２１         △１\n"
        "　　５　급                １          １           -\n"
        "　　６　급                ７          ７           -\n"
        "　　７　급              １４         １３         △１\n\n"
        "Ⅱ.　２０２６년 주요업무계획\n\n１．　탄소중립 실천마을 조성\n"
        "　○ 사업기간 : ’２６. １.～１２.\n"
        "　○ 사 업 비 : ６００백만원（국비 ３００, 군비 ３００）\n"
    )
    got = [(s.grade, s.authorized, s.current) for s in report.staffing if not s.is_total]
    assert got == [("5급", 1, 1), ("6급", 7, 7), ("7급", 14, 13)]


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("보상금 지급 지연（시정요구）", ("보상금 지급 지연", "correction", "시정요구")),
        ("휴양림 활성화 마련(건의사항)", ("휴양림 활성화 마련", "suggestion", "건의사항")),
        ("체육시설 안전점검 강화(체육진흥과)", None), ("보조금 정산 철저 (완료)", None),
    ],
)  # fmt: skip
def test_a_bracket_of_a_category_closes_a_findings_title(
    title: str, want: tuple[str, str, str] | None
) -> None:
    assert closing_category(title) == want


def test_an_outlined_finding_takes_the_category_its_title_closes_with() -> None:
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1과 2팀\n\nⅡ. 2026년 주요업무계획\n\n1. 탄소중립 실천마을 조성\n"
        " ○ 사업기간 : ’26. 1.~12.\n\nⅢ. 2025년 행정사무감사 처리결과\n\n"
        "  가.  영농폐비닐 수거보상금 지급 지연(시정요구)\n"
        "    ○ 지적내용 : 수거보상금이 평균 4개월 지연 지급되어 농가 불편 초래\n"
        "    ○ 처리결과 : 미지급 보상금 지급 및 분기별 지급체계로 개선\n    ○ 처리상황 : 완료\n\n"
        "  나.  자연휴양림 이용 활성화 방안 마련(건의사항)\n"
        "    ○ 지적내용 : 평일 객실 이용률(38%)이 낮아 활성화 대책 필요\n"
        "    ○ 처리결과 : 평일 이용료 감면 조례 개정 추진\n    ○ 처리상황 : 추진중\n"
    )
    got = [(f.category, f.category_raw, f.status) for f in report.audit_findings]
    assert got == [
        ("correction", "시정요구", "completed"), ("suggestion", "건의사항", "in_progress"),
    ]  # fmt: skip


def test_a_findings_column_of_its_status_alone_headed_state() -> None:
    """A findings table's 상태 column (완료 / 추진중): each finding's status, not a word of
    what was done ("… 11개소 보수 완료" had made an unfinished one done)."""
    findings = _table([
        ["연번", "지적사항", "조치결과", "상태"],
        ["1", "축제 참가업체 선정 불투명", "심사기준 마련 및 외부위원 심사위원회 구성", "완료"],
        ["2", "관광안내판 노후 방치", "14개소 중 11개소 보수 완료\n잔여 3개소 보수 예정", "추진중"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직 : 1국 3과"), p("Ⅱ. 2026년 주요업무계획"), p("1. 관광객 유치"),
        p("○ 사업기간 : ’26. 1.~12."), p("Ⅲ. 행정사무감사 처리결과"), p(findings),
    )  # fmt: skip
    got = [(f.status, f.status_raw) for f in report.audit_findings]
    assert got == [("completed", "완료"), ("in_progress", "추진중")]


def _failed(report: Report) -> list[str]:
    return [f"{c.check}: {c.detail}" for c in report.validation if not c.passed]


def test_a_total_over_its_accounts_and_then_its_divisions_is_checked_against_each() -> None:
    """"계 / 일반회계 / 특별회계 / 도로계획과 / 교통정책과": two breakdowns of 계 set alike;
    each adds up to it (both together had been added, twice the total, three false
    failures)."""
    budget = _table([
        ["구 분", "2026년", "2025년", "증 감", "증감률(%)"],
        ["계", "619,200", "573,000", "46,200", "8.1"],
        ["일반회계", "412,700", "389,100", "23,600", "6.1"],
        ["특별회계", "206,500", "183,900", "22,600", "12.3"],
        ["도로계획과", "231,070", "216,500", "14,570", "6.7"],
        ["교통정책과", "388,130", "356,500", "31,630", "8.9"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 예산현황"), p("(단위 : 백만원)"), p(budget),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 외곽순환도로 건설"), p("○ 사업기간 : ’26. 1.~12."),
    )  # fmt: skip
    assert len(report.budget_summary) == 5
    totals = [c for c in report.validation if c.check.startswith("budget_summary.total")]
    assert len(totals) == 6 and not _failed(report)


def test_why_a_project_is_done_dates_no_step_of_it() -> None:
    """"□ 추진배경" / "○ 1단계 구간 개통(’25. 6월) 후 …": why the work is done, no step
    done of it (it had been progress, as a dated line of the project's)."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 4과\n\nⅡ. 2026년 주요업무계획\n\n"
        "1. 외곽순환도로 2단계 건설 (도로계획과)\n"
        " □ 추진배경\n  ○ 도심 통과 교통량 분산 필요\n"
        "  ○ 1단계 구간 개통(’25. 6월) 후 2단계 연계 요구 증가\n"
        " □ 사업개요\n  ○ 기간 : ’26. 1.~12.\n  ○ 사업비 : 45,000백만원(국 22,500, 시 22,500)\n"
        " □ 추진경과\n  ○ ’25. 3월 : 기본설계 완료\n"
        " □ 향후계획\n  ○ ’26. 3월 : 실시설계 완료\n  ○ ’26. 9월 : 1공구 착공\n"
    )
    assert [s.task for s in report.schedules] == ["실시설계 완료", "1공구 착공"]
    assert [s.task for s in report.progress] == ["기본설계 완료"]


def test_a_two_year_table_each_year_over_its_sources_is_the_budget_summary() -> None:
    """"2026년 예산 | 2025년 예산 | 증 감" over "계 | 국비 | 시비" under each year (no rate
    column): each row a summary record of the two years' 계 (none had been read)."""
    head = [
        cell(0, 0, p("구분"), rs=2), cell(0, 1, p("2026년 예산"), cs=3),
        cell(0, 4, p("2025년 예산"), cs=3), cell(0, 7, p("증 감"), rs=2),
        *(cell(1, k, p(t)) for k, t in enumerate(["계", "국비", "시비"] * 2, start=1)),
    ]
    rows = [
        ["계", "9,375", "5,200", "4,175", "9,490", "5,100", "4,390", "△115"],
        ["복지정책팀", "5,045", "2,850", "2,195", "4,720", "2,600", "2,120", "325"],
        ["복지기획팀", "4,330", "2,350", "1,980", "4,770", "2,500", "2,270", "△440"],
    ]
    body = [cell(r, k, p(t)) for r, row in enumerate(rows, start=2) for k, t in enumerate(row)]
    budget = tbl(5, 8, [*head, *body])
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 예산"), p("(단위 : 백만원)"), p(budget),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 통합돌봄 추진"), p("○ 사업기간 : ’26. 1.~12."),
    )  # fmt: skip
    got = [(b.unit, b.prev_budget_krw, b.budget_krw, b.change_krw) for b in report.budget_summary]
    assert got == [
        ("계", 9_490_000_000, 9_375_000_000, -115_000_000),
        ("복지정책팀", 4_720_000_000, 5_045_000_000, 325_000_000),
        ("복지기획팀", 4_770_000_000, 4_330_000_000, -440_000_000),
    ]
    assert not _failed(report)


def test_the_teams_a_count_line_lists_in_its_bracket() -> None:
    """"○ 조직 : 1과 4팀 (복지정책팀, 복지기획팀, …)": each team a unit under the 과 (only the
    counts had been read)."""
    report = _text(
        "2026년 주요업무계획\n가람시 복지정책과\n\nⅠ. 일반현황\n\n1. 조직 및 인력\n"
        "○ 조직 : 1과 4팀 (복지정책팀, 복지기획팀, 생활보장팀, 복지시설팀)\n"
        "○ 인력 : 정원 32명, 현원 31명\n\n"
        "Ⅱ. 2026년 주요업무계획\n\n1. 통합돌봄 추진\n○ 사업기간 : ’26. 1.~12.\n"
    )
    got = [(u.name, u.level, u.parent) for u in report.organization]
    assert got == [
        ("복지정책과", "division", None), ("복지정책팀", "team", "복지정책과"),
        ("복지기획팀", "team", "복지정책과"), ("생활보장팀", "team", "복지정책과"),
        ("복지시설팀", "team", "복지정책과"),
    ]  # fmt: skip
    assert not _failed(report)


def test_a_tables_header_a_page_break_left_alone_heads_the_rows_on_the_next_page() -> None:
    """"일 정 | 추 진 내 용" alone at the foot of page 7, the rows atop page 8: one table,
    that row its header (the rows had been a table of no header, and the schedule's
    steps lost)."""

    def grid(rows: list[list[str]], page: int, first_line: int) -> Grid:
        cells = [
            Cell(r, c, paragraphs=(t,), lines=(first_line + r,), page=page)
            for r, row in enumerate(rows) for c, t in enumerate(row)
        ]  # fmt: skip
        return Grid(cells, len(rows), len(rows[0]), "ruled", page, page, (50, 100, 550, 300))

    head = grid([["일 정", "추 진 내 용"]], 7, 1)
    rows = grid([["’26. 3월", "기본계획 수립 지원"], ["’26. 9월", "시행계획 확정"]], 8, 2)
    lines = [Line(n, "x", "x", page=7 if n < 2 else 8) for n in (1, 2, 3)]
    (table,) = build_tables([head, rows], lines)
    assert (table.n_rows, table.header_rows) == (3, 1)
    assert [c.col_header for c in table.cells if c.row == 1] == ["", "추 진 내 용"]
    box = grid([["1", "농촌공간 재구조화"]], 7, 1)  # (a card's number and title: no header)
    assert [t.n_rows for t in build_tables([box, rows], lines)] == [2]


def test_a_right_panel_of_divisions_beside_a_left_one_of_sources() -> None:
    """"세 입 | 세 출" over two "구 분 | 금 액" pairs: 세입 by source on the left, 세출 by
    과 on the right; each 과's amount is that 과's (they had been the bureau's, of no
    item)."""
    head = [
        cell(0, 0, p("세 입"), cs=2), cell(0, 2, p("세 출"), cs=2),
        *(cell(1, k, p(t)) for k, t in enumerate(["구 분", "금 액", "구 분", "금 액"])),
    ]
    rows = [
        ["계", "612,480", "계", "612,480"], ["국 비", "358,230", "농업정책과", "248,650"],
        ["도 비", "254,250", "축산과", "363,830"],
    ]  # fmt: skip
    body = [cell(r, k, p(t)) for r, row in enumerate(rows, start=2) for k, t in enumerate(row)]
    report = _hwpx(
        p("2026년 주요업무계획"), p("한빛도 농축산국"), p("Ⅰ. 일반현황"), p("1. 예산"),
        p("(단위 : 백만원)"), p(tbl(5, 4, [*head, *body])),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 청년농 육성"), p("○ 사업기간 : ’26. 1.~12."),
    )  # fmt: skip
    got = [(b.side, b.unit, b.item, b.amount_krw) for b in report.budget_lines]
    assert sorted(got, key=str) == sorted([
        ("revenue", "계", None, 612_480_000_000), ("expenditure", "계", None, 612_480_000_000),
        ("revenue", "농축산국", "국비", 358_230_000_000),
        ("revenue", "농축산국", "도비", 254_250_000_000),
        ("expenditure", "농업정책과", None, 248_650_000_000),
        ("expenditure", "축산과", None, 363_830_000_000),
    ], key=str)  # fmt: skip
    assert not _failed(report)


def test_a_target_by_a_date_is_no_step() -> None:
    """"○ 벼 재배면적 조정제 참여 확대 : 2026년 목표 4,500ha": what is aimed at by then,
    no step of the whole year."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 4과\n\nⅡ. 2026년 주요업무계획\n\n"
        "1. 쌀 수급 안정 (식량정책과)\n"
        " ○ 사업기간 : ’26. 1.~12.\n ○ 벼 재배면적 조정제 참여 확대 : 2026년 목표 4,500ha\n"
        " ○ ’26. 3월 : 참여농가 모집\n"
    )
    assert [s.task for s in report.schedules] == ["참여농가 모집"]


# --- round 49: two days' staff, three years' budget, a deeper appendix, OCR'd text ----------


def test_a_staff_table_of_two_days_gives_each_day_its_rows() -> None:
    """"2025. 1. 1. 기준 | 2026. 1. 1. 기준", each over "정 원 | 현 원", beside "증 감": each
    unit's figures of each day (the days had been read as units, the units lost), and
    the 증감 no 과부족 to check."""
    head = [
        cell(0, 0, p("구 분"), rs=2), cell(0, 1, p("2025. 1. 1. 기준"), cs=2),
        cell(0, 3, p("2026. 1. 1. 기준"), cs=2), cell(0, 5, p("증 감"), rs=2),
        *(cell(1, k, p(t)) for k, t in enumerate(["정 원", "현 원"] * 2, start=1)),
    ]
    rows = [["계", "74", "72", "78", "76", "4"], ["자치행정과", "28", "27", "32", "30", "4"],
            ["총무과", "46", "45", "46", "46", "0"]]  # fmt: skip
    body = [cell(r, k, p(t)) for r, row in enumerate(rows, start=2) for k, t in enumerate(row)]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 인력"), p("(단위 : 명)"), p(tbl(5, 6, [*head, *body])),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 주민자치 활성화"), p("○ 사업기간 : ’26. 1.~12."),
    )  # fmt: skip
    got = [(s.unit, str(s.as_of), s.authorized, s.current) for s in report.staffing]
    assert got == [
        ("계", "2025-01-01", 74, 72), ("계", "2026-01-01", 78, 76),
        ("자치행정과", "2025-01-01", 28, 27), ("자치행정과", "2026-01-01", 32, 30),
        ("총무과", "2025-01-01", 46, 45), ("총무과", "2026-01-01", 46, 46),
    ]  # fmt: skip
    assert not _failed(report)


def test_a_budget_table_of_three_years_is_summed_up_by_its_last_two() -> None:
    """"2024년 결산 | 2025년 예산 | 2026년 예산 | 증 감 | 증감률(%)": the summary of the last
    two years, whose difference the table gives (none had been read)."""
    budget = _table([
        ["구 분", "2024년 결산", "2025년 예산", "2026년 예산", "증 감", "증감률(%)"],
        ["계", "70,115", "78,530", "83,215", "4,685", "6.0"],
        ["일반회계", "63,020", "71,240", "76,480", "5,240", "7.4"],
        ["특별회계", "7,095", "7,290", "6,735", "△555", "△7.6"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 예산"), p("(단위 : 백만원)"), p(budget),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 주민자치 활성화"), p("○ 사업기간 : ’26. 1.~12."),
    )  # fmt: skip
    got = [(b.unit, b.prev_year, b.prev_budget_krw, b.year, b.budget_krw, b.change_pct)
           for b in report.budget_summary]  # fmt: skip
    assert got == [
        ("계", 2025, 78_530_000_000, 2026, 83_215_000_000, 6.0),
        ("일반회계", 2025, 71_240_000_000, 2026, 76_480_000_000, 7.4),
        ("특별회계", 2025, 7_290_000_000, 2026, 6_735_000_000, -7.6),
    ]
    assert 2024 in {b.year for b in report.budget_lines}  # (결산 stays a line)
    assert not _failed(report)


def test_an_appendix_of_three_programme_levels_each_with_its_subtotal() -> None:
    """"정책사업 | 단위사업 | 세부사업", a 소계 row first under each 정책사업 and each 단위사업:
    each 단위사업's 소계 is its item under its 정책사업, its 세부사업 under it (all had
    been the 정책사업's, and the 합계 counted twice), and a 단위사업 that adds up wrong
    is named."""
    head = [cell(0, c, p(t)) for c, t in enumerate(
        ["정책사업", "단위사업", "세부사업", "2026년 예산", "2025년 예산"])]
    rows = [
        [cell(1, 0, p("합 계"), cs=3), cell(1, 3, p("9,500")), cell(1, 4, p("9,000"))],
        [cell(2, 0, p("탄소중립 대응"), rs=6), cell(2, 1, p("소 계"), cs=2),
         cell(2, 3, p("9,500")), cell(2, 4, p("9,000"))],
        [cell(3, 1, p("온실가스 감축"), rs=3), cell(3, 2, p("소 계")),
         cell(3, 3, p("6,000")), cell(3, 4, p("5,500"))],
        [cell(4, 2, p("건물 에너지 지원")), cell(4, 3, p("4,200")), cell(4, 4, p("4,000"))],
        [cell(5, 2, p("탄소포인트제 운영")), cell(5, 3, p("1,800")), cell(5, 4, p("1,500"))],
        [cell(6, 1, p("대기질 개선"), rs=2), cell(6, 2, p("소 계")),
         cell(6, 3, p("3,500")), cell(6, 4, p("3,500"))],
        [cell(7, 2, p("전기자동차 보급")), cell(7, 3, p("3,400")), cell(7, 4, p("3,500"))],
    ]  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("한빛광역시 환경국"), p("Ⅰ. 일반현황"), p("1. 조 직 : 1국 4과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 탄소중립 (기후정책과)"), p("○ 사업비 : 9,500천원"),
        p("붙임. 2026년 세출예산 사업별 명세"), p("(단위 : 천원)"),
        p(tbl(8, 5, [*head, *[c for row in rows for c in row]])),
    )  # fmt: skip
    got = [(b.item, b.parent, b.budget_krw) for b in report.budget_items if b.level == "item"]
    assert got == [
        ("탄소중립 대응", "합계", 9_500_000), ("온실가스 감축", "탄소중립 대응", 6_000_000),
        ("건물 에너지 지원", "온실가스 감축", 4_200_000),
        ("탄소포인트제 운영", "온실가스 감축", 1_800_000),
        ("대기질 개선", "탄소중립 대응", 3_500_000), ("전기자동차 보급", "대기질 개선", 3_400_000),
    ]  # fmt: skip
    assert [f.split(":")[0] for f in _failed(report)] == ["budget_items.division_sum.budget"]
    assert "대기질 개선" in _failed(report)[0]


def test_a_finding_whose_labels_stand_alone_over_their_lines_beside_its_status() -> None:
    """"1. … 정비 필요 (자치행정과)" / "○ 처리상황 : 완료" / "○ 조치내용" / "- …" / "○
    향후계획" / "- …", the next category's heading set under the last line: a finding of
    what was done and planned (it had been none), the heading no plan of it."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 4과\n\nⅡ. 2026년 주요업무계획\n\n1. 주민자치 활성화\n"
        " ○ 사업기간 : ’26. 1.~12.\n\nⅢ. 2025년 행정사무감사 처리결과\n\n< 시정요구 : 1건 >\n"
        "1. 주민자치센터 유사 프로그램 정비 필요 (자치행정과)\n  ○ 처리상황 : 완료\n  ○ 조치내용\n"
        "    - 수강률 50% 미만 프로그램 32개 폐지\n    - 강사 공동 활용체계 마련\n  ○ 향후계획\n"
        "    - 분기별 수강 실태 점검\n\n        < 건의사항 : 1건 >\n"
        "2. 공공데이터 개방 확대 필요 (정보통신과)\n  ○ 처리상황 : 추진중\n  ○ 조치내용\n"
        "    - 개방 목록 25종 추가 발굴\n"
    )
    got = [(f.category, f.divisions, f.status, f.actions, f.plans) for f in report.audit_findings]
    assert got == [
        ("correction", ["자치행정과"], "completed",
         "수강률 50% 미만 프로그램 32개 폐지\n강사 공동 활용체계 마련", "분기별 수강 실태 점검"),
        ("suggestion", ["정보통신과"], "in_progress", "개방 목록 25종 추가 발굴", ""),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ㅁ 조    직 : 1과 4팀", "bullet:□"), ("口 감사개요", "bullet:□"),
        ("O 추진배경", "bullet:o"),
        ("0 사업기간 : 2026. 1. ~ 12.", "bullet:o"), ("ㅁ조직", None), ("Oil 가격", None),
        ("0 명", None), ("0)", None),
    ],
)  # fmt: skip
def test_bullets_as_ocr_reads_them(line: str, kind: str | None) -> None:
    read = read_marker(line)
    assert (read[0].kind if read else None) == kind


def test_an_ocr_texts_bars_where_rules_were_are_no_cells() -> None:
    """"  | 계   26   25   △1  |": a bar between spaces outside a drawn table is a rule
    OCR read, no cell; the staff table reads as one without them."""
    report = _text(
        "Ⅰ. 일반현황\n\nㅁ 인    력 : 정원 26명 / 현원 25명\n"
        "                                        ('26. 1. 1. 기준, 단위 : 명)\n"
        "  구    분        정  원      현  원      과 부 족\n"
        "  | 계             26          25          △1    |\n"
        "    산림정책팀      13          13           -\n"
        "  | 산림자원팀      13          12          △1\n\n"
        "Ⅱ. 2026년 주요업무계획\n\n1. 숲가꾸기 사업 (산림자원팀)\nO 사업기간 : 2026. 1. ~ 12.\n"
        "0 사 업 비 : 2,150,000천원 (국비 1,075,000, 군비 1,075,000)\n"
    )
    got = [(s.unit, s.authorized, s.current) for s in report.staffing]
    assert got == [("계", 26, 25), ("산림정책팀", 13, 13), ("산림자원팀", 13, 12)]
    assert [(x.period_start is not None, x.cost_krw) for x in report.projects] == [
        (True, 2_150_000_000)
    ]
