"""Forms of the genre met in four more reports (a staff table of two days, a budget of
three years, an appendix of three programme levels, OCR'd text, a small office's report
told in words alone): what each must give, worked out from its lines, and what had been
lost or misread before."""

from __future__ import annotations

import pytest

from extract.checks.template import _groups
from extract.layout.markers import read_marker
from extract.parse.functions import _one_unit
from extract.parse.schedules import _step_line
from extract.parse.text import split_marker
from schemas import BudgetItem
from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probe48 import _failed


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
        p("Ⅰ. 일반현황"), p("1. 인력 : 정원 78명 / 현원 76명"), p("(단위 : 명)"),
        p(tbl(5, 6, [*head, *body])),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 주민자치 활성화"), p("○ 사업기간 : ’26. 1.~12."),
    )  # fmt: skip
    got = [(s.unit, str(s.as_of), s.authorized, s.current) for s in report.staffing]
    assert got == [
        ("계", "2025-01-01", 74, 72), ("계", "2026-01-01", 78, 76),
        ("자치행정과", "2025-01-01", 28, 27), ("자치행정과", "2026-01-01", 32, 30),
        ("총무과", "2025-01-01", 46, 45), ("총무과", "2026-01-01", 46, 46),
    ]  # fmt: skip
    # (each day's units against its 계, and the headline against the later day's)
    checked = [(c.check, c.expected) for c in report.validation if c.check.startswith("staffing")]
    assert ("staffing.total.authorized", "74") in checked
    assert ("staffing.total.authorized", "78") in checked
    assert ("staffing.headline.authorized", "78") in checked
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


_PROSE = (
    "2026년 주요업무계획\n\n한빛구 공원시설관리사업소\n\nⅠ. 일 반 현 황\n\n"
    "□ 조    직 : 3팀 (운영지원팀, 공원관리팀, 체육시설팀)\n\n"
    "□ 인    력 : 정원 24명 / 현원 23명 (5급 1, 6급 4, 7급 8, 8급 6, 9급 3, 공무직 1)\n"
    "   - 팀별 현원 : 운영지원팀 7명, 공원관리팀 9명, 체육시설팀 6명 (소장 1명 별도)\n\n"
    "□ 예    산 : 1,845,320천원 (전년 대비 123,400천원, 7.2% 증)\n"
    "   - 운영지원팀 : 298,320천원\n   - 공원관리팀 : 936,000천원\n   - 체육시설팀 : 611,000천원\n"
    "   ※ 2026년 일반회계 본예산 기준\n\n"
    "□ 팀별 주요기능\n\n ○ 운영지원팀\n   - 사업소 서무, 인사 및 복무 관리\n"
    " ○ 공원관리팀\n   - 근린공원 유지관리\n ○ 체육시설팀\n   - 공공체육시설 운영\n\n"
    "Ⅱ. 2026년 주요업무계획\n\n1. 세외수입 징수 및 체납액 정리 (운영지원팀)\n\n"
    " ○ 사업기간 : 2026. 1.~12.\n\n ○ 사업비 : 비예산\n\n"
    " ○ 현    황 : 2025년 사용료 부과 412,600천원, 징수율 97.3%\n\n"
    " ○ 추진내용\n   - 1월 : 체납액 일제정리 계획 수립\n   - 매월 : 사용료 부과·징수 실적 점검\n"
    "   - 3월, 9월 : 체납액 집중 정리기간 운영\n   - 12월 : 결손처분 대상 정리\n"
)


def test_a_small_offices_general_part_told_in_words_alone() -> None:
    """No table: the teams the count line lists, each team's 현원 (and the head counted
    apart), the budget and each team's share (its last year's from the change stated),
    each team's duties under its bulleted name; none but the counts had been read."""
    report = _text(_PROSE)
    assert [(u.name, u.level) for u in report.organization] == [
        ("공원시설관리사업소", "division"), ("운영지원팀", "team"), ("공원관리팀", "team"),
        ("체육시설팀", "team"),
    ]  # fmt: skip
    teams = [(s.unit, s.current) for s in report.staffing if s.grade is None and not s.is_total]
    assert teams == [("운영지원팀", 7), ("공원관리팀", 9), ("체육시설팀", 6), ("소장", 1)]
    got = [(b.unit, b.prev_budget_krw, b.budget_krw, b.change_krw, b.change_pct)
           for b in report.budget_summary]  # fmt: skip
    assert got == [
        ("계", 1_721_920_000, 1_845_320_000, 123_400_000, 7.2),
        ("운영지원팀", None, 298_320_000, None, None),
        ("공원관리팀", None, 936_000_000, None, None),
        ("체육시설팀", None, 611_000_000, None, None),
    ]
    assert {(b.account, b.year) for b in report.budget_lines} == {("일반회계", 2026)}
    assert [(f.division, f.function) for f in report.functions] == [
        ("운영지원팀", "사업소 서무, 인사 및 복무 관리"), ("공원관리팀", "근린공원 유지관리"),
        ("체육시설팀", "공공체육시설 운영"),
    ]  # fmt: skip
    assert not _failed(report)


def test_a_block_of_dated_steps_whatever_its_label_takes_how_often_too() -> None:
    """"○ 추진내용" over "- 1월 : …", "- 매월 : … 실적 점검": a list of steps, "매월" one
    of the whole year (its "실적" had made it a block of what was done, and how often no
    step outside a plan's block); "○ 현 황 : 2025년 …" is how things stand, no step."""
    report = _text(_PROSE)
    got = [(s.task, s.raw) for s in report.schedules]
    assert got == [
        ("체납액 일제정리 계획 수립", "1월"), ("사용료 부과·징수 실적 점검", "매월"),
        ("체납액 집중 정리기간 운영", "3월"), ("체납액 집중 정리기간 운영", "9월"),
        ("결손처분 대상 정리", "12월"),
    ]  # fmt: skip
    assert report.progress == []


def test_a_budget_stated_with_its_accounts_in_a_bracket() -> None:
    """"□ 예 산 : 612,300백만원 (일반회계 548,700, 특별회계 63,600)", no table: the total
    and each account's share in its unit ("548,700" keeps its comma)."""
    report = _text(
        "2026년 주요업무보고\n\n백운군\n\nⅠ. 총 괄\n\n□ 조 직 : 1실 4과\n"
        "□ 예    산 : 612,300백만원 (일반회계 548,700, 특별회계 63,600)\n\n"
        "Ⅱ. 2026년 주요업무계획\n\n1. 군도 확포장\n○ 사업기간 : 2026. 1.~12.\n"
    )
    got = [(b.is_total, b.account, b.amount_krw) for b in report.budget_lines]
    assert got == [
        (True, None, 612_300_000_000), (False, "일반회계", 548_700_000_000),
        (False, "특별회계", 63_600_000_000),
    ]  # fmt: skip


def test_how_things_stand_and_a_step_of_a_word_of_what_was_done() -> None:
    """"○ 현 황 : 2025년 사용료 부과 412,600천원" is no step named 현황; "- 매월 : … 실적
    점검" (its label 매월, not 실적) is no block of what was done."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1과 3팀\n\nⅡ. 2026년 주요업무계획\n\n1. 세외수입 징수\n"
        " ○ 현    황 : 2025년 사용료 부과 412,600천원, 징수율 97.3%\n"
        " ○ 추진일정\n   - 매월 : 사용료 부과·징수 실적 점검\n   - 12월 : 결손처분 정리\n"
    )
    assert [(s.task, s.raw) for s in report.schedules] == [
        ("사용료 부과·징수 실적 점검", "매월"), ("결손처분 정리", "12월"),
    ]
    assert report.progress == []


# --- the review's cases: what each new rule must leave alone --------------------------------


@pytest.mark.parametrize(
    ("line", "mark"),
    [("ㅁ 추진배경", "ㅁ"), ("0 사업기간 : 2026. 1.~12.", "0"), ("O 사업소 서무", "O"),
     ("0 명", None), ("ㅁ자형 배치", None), ("oil", None)],
)  # fmt: skip
def test_the_parsers_split_the_bullets_ocr_reads_as_the_outline_does(
    line: str, mark: str | None
) -> None:
    assert split_marker(line)[0] == mark


@pytest.mark.parametrize(
    ("text", "team"),
    [("운영지원팀", True), ("치매안심센터", False), ("종합민원실", False), ("시립미술관", False)],
)
def test_a_bulleted_name_over_duties_is_a_team_not_a_place(text: str, team: bool) -> None:
    assert _one_unit(text) is team


@pytest.mark.parametrize(
    ("line", "step"),
    [("1월 : 체납액 일제정리 계획 수립", True), ("’26. 3월 : 실시설계", True),
     ("2024년 : 1,200명", False), ("2025년 : 기본계획 수립", False), ("분기별 : 점검", False)],
)  # fmt: skip
def test_a_line_that_makes_its_block_a_list_of_steps(line: str, step: bool) -> None:
    assert _step_line(line) is step


def test_a_programme_named_as_one_of_its_items_adds_up_its_items() -> None:
    """A 단위사업 "청년일자리 지원" over a 세부사업 of the same name and another: both add
    up into the 단위사업 (the first had been taken for the parent of the second)."""

    def item(seq: int, name: str, parent: str | None, krw: int) -> BudgetItem:
        return BudgetItem(
            seq=seq, level="item", division=None, parent=parent, item=name,
            currency_unit="천원", budget_krw=krw, budget_current_krw=None, raw=name,
            line_start=seq, line_end=seq,
        )  # fmt: skip

    name = "청년일자리 지원"
    items = [item(1, name, None, 300), item(2, name, name, 100), item(3, "창업 지원", name, 200)]
    assert [(h.seq, [k.seq for k in kids]) for h, kids in _groups(items)] == [(1, [2, 3])]


def test_a_findings_category_after_its_division_in_brackets() -> None:
    """"1. 보조금 정산 지연(노인복지과)(시정요구)": the category, then the division (the
    division had been lost behind the category's bracket)."""
    report = _text(
        "Ⅰ. 일반현황\n\n1. 조직 : 1국 4과\n\nⅡ. 2026년 주요업무계획\n\n1. 통합돌봄\n"
        " ○ 사업기간 : ’26. 1.~12.\n\nⅢ. 2025년 행정사무감사 처리결과\n\n"
        "1. 보조금 정산 지연(노인복지과)(시정요구)\n  ○ 처리결과 : 정산 완료\n  ○ 처리상황 : 완료\n"
    )
    got = [(f.finding, f.divisions, f.category) for f in report.audit_findings]
    assert got == [("보조금 정산 지연", ["노인복지과"], "correction")]


def test_a_budget_told_for_a_year_its_label_names_with_its_rise_marked() -> None:
    """"□ 2025년 예산 : 1,200,000천원 (전년 대비 ▲100,000천원, ▲9.1%)" in a 2026 report:
    of 2025, the change and rate up (▲ had lost both)."""
    report = _text(
        "2026년 주요업무계획\n\nⅠ. 일반현황\n\n□ 조 직 : 3팀\n"
        "□ 2025년 예산 : 1,200,000천원 (전년 대비 ▲100,000천원, ▲9.1%)\n\n"
        "Ⅱ. 2026년 주요업무계획\n\n1. 공원 관리\n○ 사업기간 : 2026. 1.~12.\n"
    )
    got = [(b.year, b.prev_year, b.budget_krw, b.change_krw, b.change_pct)
           for b in report.budget_summary]  # fmt: skip
    assert got == [(2025, 2024, 1_200_000_000, 100_000_000, 9.1)]
