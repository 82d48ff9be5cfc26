"""Forms of the genre met in five more reports (an organisation drawn as a chart, tables
set side by side or turned, an old text export of full-width figures, a big chapter of
achievements, corner cells split by a diagonal): what each must give, worked out from
its lines, and what had been lost or misread before."""

from __future__ import annotations

import pytest

from extract.document import Line
from extract.layout.markers import read_marker
from extract.layout.tables import build_tables
from extract.parse.finding_words import closing_category
from schemas import Report
from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probe38 import page_grid


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
    grid = page_grid
    head = grid([["일 정", "추 진 내 용"]], 7, 1)
    rows = grid([["’26. 3월", "기본계획 수립 지원"], ["’26. 9월", "시행계획 확정"]], 8, 2)
    lines = [Line(n, "x", "x", page=7 if n < 2 else 8) for n in (1, 2, 3)]
    (table,) = build_tables([head, rows], lines)
    assert (table.n_rows, table.header_rows) == (3, 1)
    assert [c.col_header for c in table.cells if c.row == 1] == ["", "추 진 내 용"]
    box = grid([["1", "농촌공간 재구조화"]], 7, 1)  # (a card's number and title: no header)
    assert [t.n_rows for t in build_tables([box, rows], lines)] == [2]
    said = grid([["추진목표", "청년 일자리 창출 기반 마련"]], 7, 1)  # (a label and its sentence)
    assert [t.n_rows for t in build_tables([said, rows], lines)] == [2]


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

