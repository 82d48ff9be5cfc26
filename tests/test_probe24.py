"""Forms of the genre met in a 특례시's 교통국 (LibreOffice PDF, its plan one table), a 자치구's
복지국 (text with full-width punctuation, "가．" items) and a 도's 소방본부 (Chromium PDF, running
headers, a 세부사업 table over two pages): what each must give, worked out from its lines,
and what had been lost or misread before."""

from __future__ import annotations

import pytest

from extract.layout.markers import read_marker
from extract.parse.steps import read_clause
from tests.hwpx_maker import Raw, cell, p, tbl
from tests.test_other_bodies import SUMMARY_BY_COLUMNS, _text
from tests.test_other_reports import _hwpx, _table
from tests.test_probe22_budget import PROGRAMMES, Cell, _appendix, _grid
from tests.test_probed import failed

# --- an audit summary whose columns are the categories ------------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("구 분      계      시정요구      처리요구      건 의",
         [("total", "계"), ("correction", "시정요구"), ("correction", "처리요구"),
          ("suggestion", "건의")]),
        ("구 분      계      시 정      주 의      권 고",
         [("total", "계"), ("correction", "시정"), ("other", "주의"), ("suggestion", "권고")]),
    ],
)  # fmt: skip
def test_a_summary_of_categories_as_columns_spaced_or_long(
    head: str, expected: list[tuple[str, str]]
) -> None:
    """"구 분 | 계 | 시정요구 | 처리요구 | 건 의" and "… | 시 정 | 주 의 | 권 고" over rows 건 수,
    완 료, 추진중: the categories' words spaced out or written long are the columns (the rows
    had been taken for categories: "unknown category '건수'", no summary)."""
    text = SUMMARY_BY_COLUMNS.replace("구 분      계      시정      처리      건의", head)
    report = _text(text)
    got = [(s.category, s.category_raw, s.total, s.completed, s.in_progress)
           for s in report.audit_summary]  # fmt: skip
    counts = [(6, 4, 2), (2, 2, 0), (3, 1, 2), (1, 1, 0)]
    assert got == [(*e, *c) for e, c in zip(expected, counts, strict=True)]
    assert not [w for w in report.warnings if w.code == "audit_summary.row"]


# --- a plan that is one table of its projects ----------------------------------------------


def _plan_table(rows: list[tuple[str, str, list[str], list[str], str]]) -> str:
    """"연번 | 사업명 | 사업기간 | 사업비(백만원) | 추진일정 | 담당과": the cost cell a total
    over its shares in a bracket, the steps one a paragraph."""
    heads = ["연번", "사업명", "사업기간", "사업비(백만원)", "추진일정", "담당과"]
    cells = [cell(0, c, p(h)) for c, h in enumerate(heads)]
    for r, (name, period, cost, steps, division) in enumerate(rows, start=1):
        cells += [cell(r, 0, p(str(r))), cell(r, 1, p(name)), cell(r, 2, p(period)),
                  cell(r, 3, *map(p, cost)), cell(r, 4, *map(p, steps)),
                  cell(r, 5, p(division))]  # fmt: skip
    return tbl(1 + len(rows), 6, cells)


def test_a_plan_told_as_one_table_under_no_theme() -> None:
    """The plan's chapter holds one table of its projects under a bullet, no theme over it
    ("□ 주요사업 추진계획" / "연번 | 사업명 | …"): each row a project numbered as listed,
    its cost the figure over its shares' bracket "(국 1,050 / 시 1,050)" in the header's
    unit, its steps (nothing had been read: no project at all, and no warning)."""
    rows = [
        ("교통 빅데이터 플랫폼 구축", "’26. 3.~’27. 2.", ["2,100", "(국 1,050 / 시 1,050)"],
         ["’26. 3월 중간보고회 개최", "’27. 2월 시범운영"], "교통정책과"),
        ("트램 도입 기본계획 수립", "’25. 7.~’27. 6.", ["1,500", "(시 1,500)"],
         ["’26. 9월 시민공청회"], "대중교통과"),
    ]  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("한누리시 교통국"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 기구 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("□ 주요사업 추진계획 (2개 사업)"),
        p(_plan_table(rows)),
    )  # fmt: skip
    got = [(x.project_id, x.title, x.division, str(x.period_start), str(x.period_end),
            x.cost_krw) for x in report.projects]  # fmt: skip
    assert got == [
        ("1", "교통 빅데이터 플랫폼 구축", "교통정책과", "2026-03-01", "2027-02-28",
         2_100_000_000),
        ("2", "트램 도입 기본계획 수립", "대중교통과", "2025-07-01", "2027-06-30",
         1_500_000_000),
    ]  # fmt: skip
    shares = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
    assert shares == [("1", "국비", 1_050_000_000), ("1", "시비", 1_050_000_000),
                      ("2", "시비", 1_500_000_000)]  # fmt: skip
    steps = [(s.project_id, s.task, str(s.start)) for s in report.schedules]
    assert steps == [("1", "중간보고회 개최", "2026-03-01"), ("1", "시범운영", "2027-02-01"),
                     ("2", "시민공청회", "2026-09-01")]  # fmt: skip
    assert not failed(report)


def test_a_table_summing_up_the_cards_after_it_adds_no_project() -> None:
    """A table listing the projects ahead of their cards tells them again: the cards are the
    projects, once each."""
    rows = [
        ("교통 빅데이터 플랫폼 구축", "’26. 3.~12.", ["2,100"], ["’26. 3월 착수"], "교통정책과"),
        ("트램 도입 기본계획 수립", "’26. 1.~12.", ["1,500"], ["’26. 9월 공청회"], "대중교통과"),
    ]  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("한누리시 교통국"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 기구 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("□ 주요사업 총괄"), p(_plan_table(rows)),
        p("1. 교통 빅데이터 플랫폼 구축"), p("○ 사업기간 : ’26. 3.~12."),
        p("○ 사업비 : 2,100백만원(국 1,050, 시 1,050)"),
        p("2. 트램 도입 기본계획 수립"), p("○ 사업기간 : ’26. 1.~12."),
        p("○ 사업비 : 1,500백만원(시 1,500)"),
    )  # fmt: skip
    assert [(x.project_id, x.title) for x in report.projects] == [
        ("1", "교통 빅데이터 플랫폼 구축"), ("2", "트램 도입 기본계획 수립"),
    ]  # fmt: skip


# --- full-width punctuation, as an old viewer pastes a report -----------------------------


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        ("가．부서별 현황", "hangul.dot", "부서별 현황"),
        ("나.직급별 현황", "hangul.dot", "직급별 현황"),
        ("Ⅲ．2026년 주요업무 추진계획", "roman", "2026년 주요업무 추진계획"),
        ("Ⅴ.2025년 행정사무감사 처리결과", "roman", "2025년 행정사무감사 처리결과"),
    ],
)  # fmt: skip
def test_a_marker_whose_dot_stands_for_its_space(text: str, kind: str, title: str) -> None:
    """"가．부서별 현황" and "Ⅲ．2026년 …": the full-width dot set with no space after it (the
    item had run on into the line before, its projects lost; the chapter's title had kept
    the dot, ".2026년 …")."""
    found = read_marker(text)
    assert found is not None
    marker, rest = found
    assert (marker.kind, rest) == (kind, title)


FULLWIDTH = """\
2026년 주요업무보고
새봄구 복지국

Ⅰ．일반현황
1．조직
  □ 기구：1국 2과
2．인력
가．부서별 현황
  ○ 정원 20명，현원 19명
나．직급별 현황
  ○ 5급 2명，6급 이하 17명

Ⅱ．2026년 주요업무 추진계획
1．촘촘한 돌봄
가．통합돌봄 체계 구축（복지정책과）
  ○ 사업기간：’26．1．～’26．12．
  ○ 사업비：1,850백만원（국 925，시 925）
  ○ 추진일정
    － ’26．3．，9．：집중 발굴기간 운영
    － ’26．12．：성과평가
나．긴급지원 강화（생활보장과）
  ○ 사업기간：’26．1．～’26．12．
  ○ 사업비：2,340백만원（국 1,404，시 936）

붙임  2026년 세부사업별 예산현황
                                                 （단위：백만원）
  부 서 명        세 부 사 업              2026년        2025년        증  감
  합    계                                  4,190         3,170         1,020
  복지정책과      소    계                  1,850         1,120           730
                  통합돌봄 지원             1,850         1,120           730
  생활보장과      소    계                  2,340         2,050           290
                  긴급복지 지원             2,340         2,050           290
"""


def test_a_report_pasted_with_full_width_punctuation() -> None:
    """Items "가．…" with no space, months listed once with their year ("’26．3．，9．："),
    and an appendix whose amounts are headed by the years alone ("2026년 | 2025년 | 증 감"):
    each project with its own cost, a step in each month, an item a row (the second project
    had been lost into the first, one step dated March "9.:…", and the appendix read as
    nothing)."""
    report = _text(FULLWIDTH)
    assert [(x.title, x.division, x.cost_krw) for x in report.projects] == [
        ("통합돌봄 체계 구축", "복지정책과", 1_850_000_000),
        ("긴급지원 강화", "생활보장과", 2_340_000_000),
    ]  # fmt: skip
    steps = [(s.task, str(s.start)) for s in report.schedules]
    assert steps == [("집중 발굴기간 운영", "2026-03-01"), ("집중 발굴기간 운영", "2026-09-01"),
                     ("성과평가", "2026-12-01")]  # fmt: skip
    items = [(b.level, b.item, b.budget_krw) for b in report.budget_items]
    assert items == [
        ("bureau", "합계", 4_190_000_000), ("division", "복지정책과", 1_850_000_000),
        ("item", "통합돌봄 지원", 1_850_000_000), ("division", "생활보장과", 2_340_000_000),
        ("item", "긴급복지 지원", 2_340_000_000),
    ]  # fmt: skip
    assert not failed(report)


# --- a 세부사업 table of programmes and no division column ---------------------------------


def test_a_programme_is_no_division_where_no_column_names_one() -> None:
    """"정책사업 | 단위사업 | 세부사업 | 2025 | 2026 | 증감" and no 소관 column: the 정책사업
    merged down over its 소계 row is a programme (an item over its 세부사업), no division
    (each row had been given its 정책사업 for a division, its 소계 row a division's)."""
    rows = [row[:-1] for row in PROGRAMMES]  # (소관 dropped)
    report = _appendix(rows)
    got = [(b.level, b.division, b.parent, b.item, b.budget_krw) for b in report.budget_items]
    assert got == [
        ("bureau", None, None, "총계", 1_800_000_000),
        ("item", None, "총계", "하천 정비", 1_200_000_000),
        ("item", None, "하천 정비", "소하천 정비사업", 800_000_000),
        ("item", None, "하천 정비", "하천 준설", 400_000_000),
        ("item", None, "총계", "도로 관리", 600_000_000),
        ("item", None, "도로 관리", "도로 보수", 600_000_000),
    ]
    assert not failed(report)


def test_a_count_in_brackets_is_no_part_of_the_units_name() -> None:
    """"소방서(8)" in the duties table names the 8 stations of that kind: its duties are
    소방서's (the division had kept the count, "소방서(8)", and joined no unit)."""
    report = _hwpx(
        p("2026년 주요업무보고"), p("가온도 소방본부"), p("Ⅰ. 일반현황"),
        p("1. 부서별 주요기능"),
        p(_table([["부 서", "주요기능"], ["소방행정과", "○ 소방행정 총괄"],
                  ["소방서(8)", "○ 화재진압·구조·구급\n○ 화재안전조사"]])),
    )  # fmt: skip
    assert [(f.division, f.function) for f in report.functions] == [
        ("소방행정과", "소방행정 총괄"), ("소방서", "화재진압·구조·구급"),
        ("소방서", "화재안전조사"),
    ]  # fmt: skip


def test_a_column_of_special_service_is_an_employment_form() -> None:
    """별정직 beside the grades is a form of employment, as 임기제 is (it had been a grade
    and no form, where 임기제 beside it was both)."""
    report = _hwpx(
        p("2026년 주요업무계획"), p("기획조정실"), p("Ⅰ. 일반현황"), p("1. 인력"),
        p("(단위 : 명)"),
        p(_table([["구 분", "계", "5급", "6급 이하", "별정직", "임기제"],
                  ["정원", "10", "2", "6", "1", "1"], ["현원", "9", "2", "5", "1", "1"]])),
    )  # fmt: skip
    forms = {(s.grade, s.employment) for s in report.staffing if s.grade in ("별정직", "임기제")}
    assert forms == {("별정직", "별정직"), ("임기제", "임기제")}


# --- a budget table whose rows are 세입, then 세출 계 over the divisions --------------------


def test_a_sides_rows_open_its_side_for_the_divisions_after_it() -> None:
    """"세 입" then "세 출 계" over the divisions, one column of rows, no tree drawn: the
    divisions are spent (their side had been none), each a unit of its own in the budget
    lines (all had been the bureau's, their names lost), "세 입" the revenue's whole, and
    the divisions add up to the 세출 계 (no sum had been checked)."""
    report = _hwpx(
        p("2026년 주요업무계획"), p("기획조정실"), p("Ⅰ. 일반현황"), p("1. 예 산"),
        p("(단위: 억원)"),
        p(_table([["구 분", "2025", "2026", "증 감"], ["세 입", "10.8", "12.4", "1.6"],
                  ["세 출 계", "68.0", "73.6", "5.6"], ["기획담당관", "45.2", "48.6", "3.4"],
                  ["법무담당관", "22.8", "25.0", "2.2"]])),
    )  # fmt: skip
    got = [(s.unit, s.is_total, s.side, s.budget_krw) for s in report.budget_summary]
    assert got == [
        ("계", True, "revenue", 1_240_000_000), ("계", True, "expenditure", 7_360_000_000),
        ("기획담당관", False, "expenditure", 4_860_000_000),
        ("법무담당관", False, "expenditure", 2_500_000_000),
    ]  # fmt: skip
    lines = {(b.unit, b.side) for b in report.budget_lines}
    assert lines == {("계", "revenue"), ("계", "expenditure"), ("기획담당관", "expenditure"),
                     ("법무담당관", "expenditure")}  # fmt: skip
    sums = [c.passed for c in report.validation if c.check == "budget_summary.total.budget"]
    assert sums == [True]


# --- a numbered project with its own cost over numbered sub-projects ------------------------


def test_a_costed_item_over_costed_items_is_a_project_over_sub_projects() -> None:
    """"1-3. …" with its period and total cost over "1-3-1." and "1-3-2.", each with its own
    cost: a project over its sub-projects (it had been a theme, its cost and its shares lost),
    and a step whose words hold a block's label, "사업 추진상황 현장점검(’26. 10월)", a step
    (it had been taken for a block of what was done, and dropped)."""
    report = _text(
        "2026년 주요업무계획\n기획조정실\n\nⅠ. 2026년 주요업무 추진계획\n"
        "1. 시민과 함께하는 시정기획\n"
        "1-3. 지역균형발전 협력사업 추진 (기획담당관)\n○ 사업기간 : ’26. 1월 ~ 12월\n"
        "○ 총사업비 : 35.0억원(국 8.0, 시 27.0)\n"
        "1-3-1. 초광역 협력 공동사업 추진\n○ 사업비 : 20.0억원(국 8.0, 시 12.0)\n"
        "○ 초광역 협력 실무협의회 구성(’26. 2월)\n"
        "1-3-2. 자치구 균형발전 특별지원\n○ 사업비 : 15.0억원(시비 100%)\n"
        "○ 지원대상 사업 선정 및 교부(’26. 5월)\n○ 사업 추진상황 현장점검(’26. 10월)\n"
    )
    got = [(x.project_id, x.title, x.cost_krw) for x in report.projects]
    assert got == [
        ("1-3", "지역균형발전 협력사업 추진", 3_500_000_000),
        ("1-3-1", "초광역 협력 공동사업 추진", 2_000_000_000),
        ("1-3-2", "자치구 균형발전 특별지원", 1_500_000_000),
    ]  # fmt: skip
    shares = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
    assert ("1-3", "국비", 800_000_000) in shares and ("1-3", "시비", 2_700_000_000) in shares
    steps = [(s.project_id, s.task, str(s.start)) for s in report.schedules]
    assert steps == [
        ("1-3-1", "초광역 협력 실무협의회 구성", "2026-02-01"),
        ("1-3-2", "지원대상 사업 선정 및 교부", "2026-05-01"),
        ("1-3-2", "사업 추진상황 현장점검", "2026-10-01"),
    ]  # fmt: skip
    assert not failed(report)


# --- a strategy table whose cells name a strategy over its numbered tasks ----------------


def test_a_strategy_cell_over_its_numbered_tasks() -> None:
    """A cell of the 전략과제 row "시민교육 기반 확충" / "1-1 시민교육 플랫폼 구축" / "1-2 …":
    the strategy is the tasks' area, each numbered line a task (the cell had been one task,
    its strategy and its tasks' numbers run together)."""
    rows: list[list[Cell | str]] = [
        ["비 전", ("시민이 배우고 참여하는 가람", 1, 2)],
        ["경영목표", "배움으로 성장하는 시민", "참여로 여는 공동체"],
        ["전략과제", "시민교육 기반 확충\n1-1 시민교육 플랫폼 구축\n1-2 생애주기별 시민학교 운영",
         "시민참여 활성화\n2-1 시민참여예산 지원단 운영"],
    ]  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무보고"), p("(재)가람시민재단"), p("Ⅰ. 비전 및 경영목표"), p(_grid(rows)),
        p("Ⅱ. 2026년 주요사업"), p("1-1 시민교육 플랫폼 구축"), p("○ 사업비 : 100백만원"),
    )  # fmt: skip
    got = [(g.goal_no, g.goal, g.area, g.task_no, g.task) for g in report.policy_goals]
    assert got == [
        (1, "배움으로 성장하는 시민", "시민교육 기반 확충", 1, "시민교육 플랫폼 구축"),
        (1, "배움으로 성장하는 시민", "시민교육 기반 확충", 2, "생애주기별 시민학교 운영"),
        (2, "참여로 여는 공동체", "시민참여 활성화", 1, "시민참여예산 지원단 운영"),
    ]


def test_a_findings_division_line_of_several_names() -> None:
    """"○ 담당부서 : 총무인사팀, 경영기획팀" under a finding names both (the first, its comma
    glued on, had been dropped)."""
    report = _text(
        "2026년 주요업무보고\n(재)가람시민재단\n\nⅠ. 일반현황\n1. 조직\n○ 조직 : 2본부 6팀\n\n"
        "Ⅳ. 2025년 행정사무감사 지적사항 조치결과\n○ 총 1건 (완료 1건)\n"
        "1. 직원 채용 절차의 공정성 확보\n○ 지적내용 : 외부 면접위원 비율이 낮음\n"
        "○ 조치결과 : 인사규정을 개정함\n○ 조치상태 : 완료\n○ 담당부서 : 총무인사팀, 경영기획팀\n"
    )
    assert [f.divisions for f in report.audit_findings] == [["총무인사팀", "경영기획팀"]]


def test_a_text_tables_columns_where_its_full_width_brackets_stand() -> None:
    """A table pasted with full-width brackets in its header ("2026년 예산（A）"), each two
    columns wide where the viewer lined the rows up: the header's words over the columns
    they head (the 증 감 had been split over two columns, and each change read as a
    budget of 2026)."""
    report = _text(
        "2026년 주요업무보고\n새봄구 복지국\n\nⅠ．일반현황\n1．예산\n"
        "                                                        （단위：백만원）\n"
        "  구    분          2026년 예산（A）   2025년 예산（B）   증  감（A-B）   증감률（%）\n"
        "  계                     56,840             52,750            4,090          7.8\n"
        "  복지정책과             35,210             33,480            1,730          5.2\n"
        "  생활보장과             21,630             19,270            2,360         12.2\n"
    )
    got = sorted({(b.unit, b.year, b.amount_krw) for b in report.budget_lines})
    assert got == [
        ("계", 2025, 52_750_000_000), ("계", 2026, 56_840_000_000),
        ("복지정책과", 2025, 33_480_000_000), ("복지정책과", 2026, 35_210_000_000),
        ("생활보장과", 2025, 19_270_000_000), ("생활보장과", 2026, 21_630_000_000),
    ]  # fmt: skip


# --- a cover that names the city, the district and the bureau, a title over two lines -------


def test_a_cover_of_city_district_and_bureau_and_a_title_over_two_lines() -> None:
    """"청람광역시 한솔구 안전건설국" under "2025년 주요업무 추진실적 및" / "2026년 주요업무계획":
    the bureau is 안전건설국, once (the district had been glued to it, a second bureau over
    the chart's, failing the count of 1국 stated), the title both lines, the year 2026."""
    report = _text(
        "제287회 한솔구의회 임시회\n복지건설위원회\n2025년 주요업무 추진실적 및\n"
        "2026년 주요업무계획\n2026. 2. 10.\n청람광역시 한솔구 안전건설국\n\n"
        "Ⅰ. 일반현황\n1. 조직\n□ 조 직 : 1국 2과\n안전건설국\n안전총괄과    건설과\n"
    )
    assert (report.meta.title, report.meta.year, report.meta.bureau) == (
        "2025년 주요업무 추진실적 및 2026년 주요업무계획", 2026, "안전건설국",
    )
    assert [(u.name, u.level) for u in report.organization] == [
        ("안전건설국", "bureau"), ("안전총괄과", "division"), ("건설과", "division"),
    ]  # fmt: skip
    assert not failed(report)


# --- an audit part that opens with an overview, its findings under headings of category ----

AUDIT_OVERVIEW = """2026년 주요업무보고
서림도 농업기술원

Ⅰ. 일반현황
1. 조직
○ 기구 : 3국 8과

Ⅲ. 2025년 행정사무감사 처리결과
□ 감사 개요
○ 감사기간 : 2025. 11. 12. ~ 11. 19.
○ 감사기관 : 서림도의회 농수산위원회
□ 처리결과 총괄
○ 총 2건(시정요구 1, 건의 1) : 완료 1건, 추진중 1건
□ 세부 처리내용
< 시정요구 : 1건 >
1. 보조금 정산 부적정 (농촌자원과)
○ 지적사항
- 증빙서류 확인 미흡
○ 조치결과
- 환수 완료
○ 처리상황 : 완료
< 건의 : 1건 >
2. 협업 체계 강화 (기술보급과)
○ 지적사항
- 정보 공유 부족
○ 조치결과
- 협의회 정례화
○ 처리상황 : 추진중
"""


@pytest.mark.parametrize("form", ["text", "hwpx"])
def test_an_audits_headline_after_its_overview_and_headings_of_category(form: str) -> None:
    """The headline "○ 총 2건(시정요구 1, 건의 1) : 완료 1건, …" after an overview of the
    audit (it had been looked for in the first three bullets only: no summary), and "<
    시정요구 : 1건 >" a heading of the findings after it, in an HWPX file right under the
    last finding's status line (its paragraph had been read as the status line's wrap: no
    category, and "완료 < 건의 : 1건 >" for a status)."""
    lines = AUDIT_OVERVIEW.splitlines()
    # (a text export sets a heading apart by a blank line: under a line, it may be its wrap)
    spaced = AUDIT_OVERVIEW.replace("\n<", "\n\n<")
    report = _text(spaced) if form == "text" else _hwpx(*(p(t) for t in lines if t))
    got = [(s.category, s.category_raw, s.total, s.completed, s.in_progress)
           for s in report.audit_summary]  # fmt: skip
    assert got == [("total", "총 2건", 2, 1, 1), ("correction", "시정요구", 1, None, None),
                   ("suggestion", "건의", 1, None, None)]  # fmt: skip
    findings = [(f.no, f.category, f.category_raw, f.status_raw) for f in report.audit_findings]
    assert findings == [(1, "correction", "시정요구", "완료"), (2, "suggestion", "건의", "추진중")]


# --- a theme over tables each a project's card --------------------------------------------


def _card(name: str, period: str, cost: str, steps: list[Raw], division: str) -> Raw:
    """"사 업 명 | name" over 사업기간, 사 업 비, 추진일정 (paragraphs, or a table in the
    cell) and 담당부서."""
    rows = [("사 업 명", [p(name)]), ("사업기간", [p(period)]), ("사 업 비", [p(cost)]),
            ("추진일정", steps), ("담당부서", [p(division)])]  # fmt: skip
    cells = [c for r, (label, value) in enumerate(rows)
             for c in (cell(r, 0, p(label)), cell(r, 1, *value))]  # fmt: skip
    return tbl(len(rows), 2, cells)


def test_a_theme_over_tables_each_a_projects_card() -> None:
    """"1. 기후위기 대응 연구개발" over two tables, each "사 업 명 | …" over its facts: each
    table a project of that theme, its steps its cell's paragraphs or the rows of a table
    drawn in that cell ("시 기 | 내 용") (the theme had been one project with the first
    card's facts, the second card lost, and the steps in the inner table none)."""
    inner = _table([["시  기", "내      용"], ["’26. 1.~2.", "사업 공고 및 대상자 모집"],
                    ["’26. 3.", "대상자 선정 (40명)"]])  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무보고"), p("서림도 농업기술원"), p("Ⅰ. 일반현황"), p("1. 조직 : 3과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 기후위기 대응 연구개발"),
        p(_card("벼 신품종 육성", "2024. 1. ~ 2028. 12.", "1,450백만원 (국 870, 도 580)",
                [p("’26. 2월 : 계통 선발 포장 설치"), p("’26. 12월 : 품종보호 출원")],
                "작물연구과")),
        p(_card("청년농업인 스마트팜 창업 지원", "2026. 1. ~ 2026. 11.",
                "980백만원 (국 490, 도 490)", [p(inner)], "스마트농업과")),
    )  # fmt: skip
    got = [(x.project_id, x.theme, x.title, x.division, str(x.period_start), x.cost_krw)
           for x in report.projects]  # fmt: skip
    assert got == [
        ("1-1", "기후위기 대응 연구개발", "벼 신품종 육성", "작물연구과", "2024-01-01",
         1_450_000_000),
        ("1-2", "기후위기 대응 연구개발", "청년농업인 스마트팜 창업 지원", "스마트농업과",
         "2026-01-01", 980_000_000),
    ]  # fmt: skip
    steps = [(s.project_id, s.task, str(s.start)) for s in report.schedules]
    assert steps == [
        ("1-1", "계통 선발 포장 설치", "2026-02-01"), ("1-1", "품종보호 출원", "2026-12-01"),
        ("1-2", "사업 공고 및 대상자 모집", "2026-01-01"),
        ("1-2", "대상자 선정 (40명)", "2026-03-01"),
    ]  # fmt: skip
    assert len(report.project_funding) == 4
    assert not failed(report)


def test_a_tables_budget_year_from_the_title_over_it() -> None:
    """"□ 2025년 세출예산 집행현황" over "구 분 | 예산현액 | 지출액 | …" in the report of
    2026's plan: its amounts are 2025's (they had taken the report's year)."""
    report = _hwpx(
        p("2025년 주요업무 추진실적 및"), p("2026년 주요업무계획"), p("한솔구 안전건설국"),
        p("Ⅰ. 일반현황"), p("1. 예산 현황"), p("□ 2025년 세출예산 집행현황 (일반회계)"),
        p("(단위: 천원, %)"),
        p(_table([["구 분", "예산현액", "지출액", "집행률(%)"],
                  ["계", "30,000", "27,000", "90.0"], ["안전총괄과", "10,000", "9,000", "90.0"],
                  ["건설과", "20,000", "18,000", "90.0"]])),
    )  # fmt: skip
    assert report.meta.year == 2026
    assert {b.year for b in report.budget_lines} == {2025}


def test_last_years_results_told_project_by_project_are_projects() -> None:
    """"Ⅱ. 2025년 주요업무 추진실적", each item with its period and cost on labelled lines and
    its dated results: projects of that chapter, their results progress (the chapter had
    given nothing but mentions)."""
    report = _text(
        "2025년 주요업무 추진실적 및\n2026년 주요업무계획\n한솔구 안전건설국\n\n"
        "Ⅰ. 일반현황\n1. 조직\n○ 기구 : 1국 2과\n\n"
        "Ⅱ. 2025년 주요업무 추진실적\n"
        "1. 안전취약시설 정비 (안전총괄과)\n○ 사업기간 : 2025. 1.~12.\n"
        "○ 사 업 비 : 1,200백만원 (구비 100%)\n○ 추진실적\n"
        "- 2025. 2. : 정비대상 선정(45개소)\n- 2025. 4.~10. : 정비공사 시행\n"
        "2. 역류방지시설 설치 (치수과)\n○ 사업기간 : 2025. 2.~11.\n"
        "○ 사 업 비 : 860백만원 (시 430, 구 430)\n○ 추진실적\n- 2025. 3. : 설치 신청 접수\n\n"
        "Ⅲ. 2026년 주요업무계획\n1. 노후도로 재포장 (건설과)\n○ 사업기간 : 2026. 3.~10.\n"
        "○ 사 업 비 : 2,450백만원 (시 1,470, 구 980)\n○ 추진계획\n- 2026. 3. : 착공\n"
    )
    got = [(x.project_id, x.title, x.division, x.cost_krw) for x in report.projects]
    assert got == [
        ("1", "노후도로 재포장", "건설과", 2_450_000_000),
        ("Ⅱ-1", "안전취약시설 정비", "안전총괄과", 1_200_000_000),
        ("Ⅱ-2", "역류방지시설 설치", "치수과", 860_000_000),
    ]  # fmt: skip
    done = [(x.project_id, x.task, str(x.start)) for x in report.progress]
    assert done == [("Ⅱ-1", "정비대상 선정(45개소)", "2025-02-01"),
                    ("Ⅱ-1", "정비공사 시행", "2025-04-01"), ("Ⅱ-2", "설치 신청 접수", "2025-03-01")]
    assert [(x.project_id, x.task) for x in report.schedules] == [("1", "착공")]
    assert not failed(report)


def test_a_findings_category_as_the_report_words_it() -> None:
    """A 처분 column of 시정, 주의, 권고: each finding's category and the word it is given in
    (주의 had been "other" alone, 시정요구 and 처리요구 both "correction" alone)."""
    report = _hwpx(
        p("2026년 주요업무계획"), p("기획조정실"), p("Ⅰ. 일반현황"), p("1. 조직 : 1실 2담당관"),
        p("Ⅱ. 2025년 행정사무감사 처리결과"),
        p(_table([["연번", "지적사항", "처분", "조치결과", "조치상태", "담당과"],
                  ["1", "성과지표 설정 부적정", "시 정", "지표 재설정", "완료", "기획담당관"],
                  ["2", "위원회 운영 소홀", "주의", "운영 개선", "완료", "법무담당관"],
                  ["3", "규제 발굴 미흡", "권고", "발굴 확대", "추진중", "법무담당관"]])),
    )  # fmt: skip
    got = [(f.no, f.category, f.category_raw) for f in report.audit_findings]
    assert got == [(1, "correction", "시정"), (2, "other", "주의"), (3, "suggestion", "권고")]


def test_a_headlines_bracket_of_categories_in_their_short_form() -> None:
    """"○ 총 2건(처리 1, 건의 1) : 완료 1, 추진중 1": 처리, a category's short form, is
    counted as 처리요구 is (the categories had all been dropped, the total kept)."""
    text = AUDIT_OVERVIEW.replace(
        "○ 총 2건(시정요구 1, 건의 1) : 완료 1건, 추진중 1건",
        "○ 총 2건(처리 1, 건의 1) : 완료 1, 추진중 1",
    )
    got = [(s.category, s.category_raw, s.total) for s in _text(text).audit_summary]
    assert got == [("total", "총 2건", 2), ("correction", "처리", 1), ("suggestion", "건의", 1)]


def test_a_cover_naming_the_office_of_the_charts_one_unit() -> None:
    """The cover's "청년정책관실" over the chart's one unit "○ 청년정책관 : 청년정책팀, …":
    one unit, the chart's, the teams under it (청년정책관실 had been a second unit over it)."""
    report = _text(
        "2026년 주요업무계획\n새빛도 청년정책관실\n\nⅠ. 일반현황\n1. 조직\n"
        "○ 기    구 : 1관 3팀\n○ 청년정책관 : 청년정책팀, 청년일자리팀, 청년참여팀\n"
    )
    got = [(u.name, u.level, u.parent) for u in report.organization]
    assert got == [
        ("청년정책관", "bureau", None), ("청년정책팀", "team", "청년정책관"),
        ("청년일자리팀", "team", "청년정책관"), ("청년참여팀", "team", "청년정책관"),
    ]  # fmt: skip
    assert not failed(report)


# --- a strategy's table of tasks, each over rows of what is done and when ------------------


def test_a_table_of_tasks_each_merged_over_its_rows_of_steps() -> None:
    """"과제명 | 세부 추진내용 | 추진일정 | 소요예산(백만원) | 담당과", each 과제 merged over
    its rows, its cost over its shares' bracket on the first: the 과제 a project, its
    number and period out of its name, a step for each row, the date of what that row
    does (the first 과제's rows had been taken for header rows, and the steps were one
    per 과제, its name the task)."""
    rows: list[list[Cell | str]] = [
        ["과제명", "세부 추진내용", "추진일정", "소요예산(백만원)", "담당과"],
        [("① 야간관광 특화도시 조성 (’25~’27)", 2, 1), "야간 경관 조성 사업 착공", "3~6월",
         ("3,600 (국 1,800, 도 1,800)", 2, 1), ("관광정책과", 2, 1)],
        ["야간 축제 개최", "2월, 8월"],
        [("② 관광마을 육성 (’26. 1.~12.)", 2, 1), "관광마을 공모 및 선정", "상반기",
         ("1,450 (도 870, 시군 580)", 2, 1), ("관광산업과", 2, 1)],
        ["주민 역량강화 교육", "연중"],
        [("소 계", 1, 3), "5,050", ""],
    ]  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("한빛도 관광체육국"), p("Ⅰ. 일반현황"), p("1. 조직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 체류형 관광 기반 확충"), p(_grid(rows)),
    )  # fmt: skip
    got = [(x.title, x.division, str(x.period_start), str(x.period_end), x.cost_krw)
           for x in report.projects]  # fmt: skip
    assert got == [
        ("야간관광 특화도시 조성", "관광정책과", "2025-01-01", "2027-12-31", 3_600_000_000),
        ("관광마을 육성", "관광산업과", "2026-01-01", "2026-12-31", 1_450_000_000),
    ]  # fmt: skip
    steps = [(s.task, str(s.start), str(s.end)) for s in report.schedules]
    assert steps == [
        ("야간 경관 조성 사업 착공", "2026-03-01", "2026-06-30"),
        ("야간 축제 개최", "2026-02-01", "2026-02-28"),
        ("야간 축제 개최", "2026-08-01", "2026-08-31"),
        ("관광마을 공모 및 선정", "2026-01-01", "2026-06-30"),
        ("주민 역량강화 교육", "2026-01-01", "2026-12-31"),
    ]  # fmt: skip
    assert len(report.project_funding) == 4


def test_a_budget_tables_side_from_the_heading_two_levels_up() -> None:
    """"□ 2026년 세출예산 (일반회계)" over "○ 총 …" and "- …" and then the table: its amounts
    are spent (their side had been empty, though the account was read from that heading)."""
    report = _hwpx(
        p("2026년 주요업무계획"), p("새빛도 청년정책관실"), p("Ⅰ. 일반현황"), p("1. 예산현황"),
        p("□ 2026년 세출예산 (일반회계)"), p("○ 총 38,450백만원으로 전년 대비 3,330백만원 증가"),
        p("- 청년 일자리 도약 프로젝트 확대 등"), p("(단위 : 백만원)"),
        p(_table([["구  분", "2026년 예산(A)", "2025년 예산(B)", "증 감(A-B)"],
                  ["합  계", "38,450", "35,120", "3,330"], ["청년정책팀", "6,210", "5,870", "340"],
                  ["청년일자리팀", "32,240", "29,250", "2,990"]])),
    )  # fmt: skip
    assert {(b.account, b.side) for b in report.budget_lines} == {("일반회계", "expenditure")}


def test_a_background_lines_label_is_no_part_of_its_step() -> None:
    """"○ 추진배경 : … 공모 선정(’25. 10.)": the step is the selection, not its label."""
    found = read_clause("추진배경 : 국토부 스마트도시 확산사업 공모 선정(’25. 10.)", 2026)
    assert found is not None and found[1] == "국토부 스마트도시 확산사업 공모 선정"


def test_a_text_table_headed_by_the_word_for_division() -> None:
    """"과 | 팀수 | 팀명", set with runs of spaces as `pdftotext -layout` writes it: a table
    whose rows give each division's teams (its lines had run into the count line above)."""
    report = _text(
        "2026년 주요업무보고\n다온구 행정지원국\n\nⅠ. 일반현황\n1. 조직\n"
        " ○ 기 구 : 1국 2과 4팀\n"
        "      과              팀수                          팀명\n"
        "    총무과               2      총무팀, 인사팀\n"
        "    자치행정과           2      자치행정팀, 주민자치팀\n"
    )
    got = [(u.name, u.level, u.parent) for u in report.organization]
    assert got == [
        ("행정지원국", "bureau", None), ("총무과", "division", "행정지원국"),
        ("총무팀", "team", "총무과"), ("인사팀", "team", "총무과"),
        ("자치행정과", "division", "행정지원국"), ("자치행정팀", "team", "자치행정과"),
        ("주민자치팀", "team", "자치행정과"),
    ]  # fmt: skip
