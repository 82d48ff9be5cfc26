"""Forms of the genre met in a 군's 기획감사실 (LibreOffice PDF), a 자치구's 안전건설국 (HWPX
with boxes nested in boxes) and a 도시철도공사 (Chromium PDF): what each must give,
worked out from its lines, and what had been lost or misread before."""

from __future__ import annotations

from datetime import date

from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx, _table
from tests.test_probed import failed

# --- a schedule table whose columns are spans of months ------------------------------------


def test_schedule_columns_that_are_spans_of_months() -> None:
    """"추진일정 | 1월~3월 | 4월~6월 | 7월~9월 | 10월~12월" with ● under the spans a task
    runs: each task a step from its first span's start to its last's end (the steps had
    all been lost; quarters and months were read)."""
    report = _hwpx(
        p("Ⅱ. 2026년 주요업무계획"), p("1. 스마트 재난상황관리 시스템 구축 (안전재난과)"),
        p("○ 사업기간 : 2026. 1. ~ 12."),
        p(_table([
            ["추진일정", "1월~3월", "4월~6월", "7월~9월", "10월~12월"],
            ["기본계획 수립", "●", "", "", ""],
            ["센서 설치 및 시스템 구축", "", "", "●", "●"],
            ["시범운영", "", "", "", "●"],
        ])),
    )  # fmt: skip
    got = [(s.task, s.start, s.end) for s in report.schedules]
    assert got == [
        ("기본계획 수립", date(2026, 1, 1), date(2026, 3, 31)),
        ("센서 설치 및 시스템 구축", date(2026, 7, 1), date(2026, 12, 31)),
        ("시범운영", date(2026, 10, 1), date(2026, 12, 31)),
    ]


# --- a note on a grade's excess staff under the staffing table ---------------------------


def test_a_note_on_a_grades_excess_is_no_stated_total() -> None:
    """"※ 6급 현원 초과 1명은 7급 결원에 따른 상위직 보임" under the staffing table: the
    figure is of an excess, not the 현원 (it had been stated as 현원 1, failing the check
    against the table's 30)."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 인 력"), p("(2026. 1. 31. 기준, 단위 : 명)"),
        p(_table([
            ["구 분", "계", "6급", "7급"],
            ["정 원", "30", "10", "20"],
            ["현 원", "30", "11", "19"],
        ])),
        p("※ 6급 현원 초과 1명은 7급 결원에 따른 상위직 보임"),
    )  # fmt: skip
    assert not [t for t in report.stated_totals if t.key.startswith("staffing.")]
    assert failed(report) == []


# --- an audit summary by the measure demanded --------------------------------------------


def test_an_audit_summary_by_measure_with_partial_action() -> None:
    """"처 분 | 계 | 조치완료 | 일부조치 | 미조치" over rows 계, 시정, 주의, 건의: its row header
    is the measure (처분), 일부조치 counts as under way (the summary had been lost, "no
    summary table" warned)."""
    summary = [
        ["처  분", "계", "조치완료", "일부조치", "미조치"],
        ["계", "6", "3", "2", "1"],
        ["시정", "2", "2", "-", "-"],
        ["주의", "2", "1", "1", "-"],
        ["건의", "2", "-", "1", "1"],
    ]
    report = _hwpx(
        p("Ⅰ. 주요업무계획"), p("1. 안전 운행"), p("□ 차량 교체"),
        p("Ⅴ. 2025 행정사무감사 지적사항 조치결과"), p("□ 총 괄"), p("(단위 : 건)"),
        p(_table(summary)), p("□ 세부 조치결과"), p("1. 임대상가 사용료 체납 관리 소홀 (영업처)"),
        p("○ 조치결과 : 체납액 전액 징수"), p("○ 처리상태 : 일부조치"),
    )  # fmt: skip
    got = [
        (s.category, s.category_raw, s.total, s.completed, s.in_progress, s.not_reflected)
        for s in report.audit_summary
    ]
    assert got == [
        ("total", "계", 6, 3, 2, 1), ("correction", "시정", 2, 2, 0, 0),
        ("other", "주의", 2, 1, 1, 0), ("suggestion", "건의", 2, 0, 1, 1),
    ]  # fmt: skip
    assert [f.status for f in report.audit_findings] == ["in_progress"]
    assert not [w for w in report.warnings if w.code == "audit_summary.no_header"]


def test_a_headline_that_counts_by_category() -> None:
    """"○ 총 7건(시정 3, 주의 2, 건의 2) : 완료 5, 추진중 2": the total's row with its
    statuses, and a row a category with its count (the categories had been lost)."""
    report = _hwpx(
        p("Ⅰ. 주요업무계획"), p("1. 군정 혁신"), p("□ 성과관리"),
        p("Ⅳ. 2025년 행정사무감사 처리결과"),
        p("○ 총 7건(시정 3, 주의 2, 건의 2) : 완료 5, 추진중 2"),
        p("1. 계약 사무 부적정 (재무과)"), p("○ 처리상황 : 완료"),
    )  # fmt: skip
    got = [(s.category, s.category_raw, s.total, s.completed) for s in report.audit_summary]
    assert got == [
        ("total", "총 7건", 7, 5), ("correction", "시정", 3, None),
        ("other", "주의", 2, None), ("suggestion", "건의", 2, None),
    ]  # fmt: skip


# --- a 공사's 본부 listing its 처 ------------------------------------------------------------


def test_a_corporations_headquarters_listing_their_offices() -> None:
    """"○ 경영본부 : 기획조정처, 경영지원처, 영업처" under "□ 조 직 : 2본부 6처 2실": each
    처 a division of its 본부 (the lines had given nothing, and the count check failed);
    "□ 운영현황" after them titles a part, it is no team."""
    report = _hwpx(
        p("청람도시철도공사"), p("2026년 주요업무보고"),
        p("Ⅰ. 일반현황"), p("1. 조직 및 운영현황"), p("□ 조  직 : 2본부 6처 2실 (사장, 본부장 2)"),
        p("○ 사장 직속 : 감사실, 안전관리실"), p("○ 경영본부 : 기획조정처, 경영지원처, 영업처"),
        p("○ 운영본부 : 운전처, 차량처, 시설처"), p("□ 운영현황"),
        p(_table([["구 분", "연장(km)", "역 수"], ["1호선", "26.4", "25"]])),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 노후 전동차 교체 (차량처)"),
        p("○ 사업기간 : 2026. 1. ~ 12."),
    )  # fmt: skip
    top = "청람도시철도공사"
    assert [(u.name, u.level, u.parent) for u in report.organization] == [
        (top, "bureau", None), ("감사실", "bureau", top), ("안전관리실", "bureau", top),
        ("경영본부", "bureau", top), ("기획조정처", "division", "경영본부"),
        ("경영지원처", "division", "경영본부"), ("영업처", "division", "경영본부"),
        ("운영본부", "bureau", top), ("운전처", "division", "운영본부"),
        ("차량처", "division", "운영본부"), ("시설처", "division", "운영본부"),
    ]  # fmt: skip
    assert failed(report) == []


# --- a project's division in its one-row facts table -------------------------------------


def test_a_facts_table_with_the_division_beside_period_and_cost() -> None:
    """"사업기간 | 사 업 비 | 담당부서" over one row of values under a project's title: the
    division is the project's too (period and cost had been taken, the division not)."""
    report = _hwpx(
        p("Ⅱ. 2026년 주요업무계획"), p("1. 승강장안전문 장애 저감 및 성능 개선"),
        p(_table([
            ["사업기간", "사 업 비", "담당부서"],
            ["2026년 3월 ~ 12월", "4,860백만원 (국 1,458, 시 3,402)", "시설처"],
        ])),
        p("○ 추진계획"), p("- ’26. 3월 : 실시설계 착수"),
    )  # fmt: skip
    (project,) = report.projects
    assert (project.division, project.cost_krw, project.period_start) == (
        "시설처", 4_860_000_000, date(2026, 3, 1),
    )  # fmt: skip


# --- an issue's facts in the block of its response ----------------------------------------


def test_an_issue_whose_cost_is_in_its_response() -> None:
    """"□ 가온역 지하차도 침수 대응체계 개선 (치수과)" / "○ 대응계획" / "- 소요예산 : 650백만원(시
    325, 구 325)": the issue is a project of its cost (the whole issue, its cost, shares
    and steps, had been lost)."""
    report = _hwpx(
        p("Ⅱ. 2026년 주요업무계획"), p("1. 교량 내진성능 보강 (도로과)"),
        p("○ 사업기간 : 2026. 1. ~ 12."),
        p("Ⅳ 주요 현안사항"), p("□ 가온역 지하차도 침수 대응체계 개선 (치수과)"),
        p("○ 현    황 : 집중호우 시 지하차도 침수로 3시간 차량 통제"),
        p("○ 대응계획"), p("- 배수펌프 증설 및 자동 진입차단시설 설치"),
        p("- 소요예산 : 650백만원(시 325, 구 325)"),
        p("○ 추진일정"), p("- 2026. 3. : 실시설계 및 공사 발주"), p("- 2026. 6. : 공사 완료"),
    )  # fmt: skip
    issue = next(pr for pr in report.projects if pr.theme_no == 0)
    assert (issue.title, issue.division, issue.cost_krw) == (
        "가온역 지하차도 침수 대응체계 개선", "치수과", 650_000_000,
    )  # fmt: skip
    shares = [(f.source, f.amount_krw) for f in report.project_funding
              if f.project_id == issue.project_id]  # fmt: skip
    assert shares == [("시비", 325_000_000), ("구비", 325_000_000)]
    steps = [(s.task, s.start) for s in report.schedules if s.project_id == issue.project_id]
    assert steps == [("실시설계 및 공사 발주", date(2026, 3, 1)), ("공사 완료", date(2026, 6, 1))]


def test_an_issues_period_in_its_response() -> None:
    """"□ 대응계획" / "○ 사업기간 : 2026년 ~ 2035년 (10년간)" / "○ 소요예산 : …": the period is
    the issue's, no step named 사업기간 (it had been a step, the period left empty)."""
    report = _hwpx(
        p("Ⅳ. 주요 현안사항"), p("1. 1호선 노후시설 재투자 재원 확보"),
        p("□ 현  황"), p("○ 내구연한 초과 설비 비율 41.3%"),
        p("□ 대응계획"), p("○ 사업기간 : 2026년 ~ 2035년 (10년간)"),
        p("○ 소요예산 : 3,860억원 (국 1,158, 시 2,702)"), p("○ 추진계획"),
        p("- ’26. 5월 : 국비 지원 건의"),
    )  # fmt: skip
    (issue,) = report.projects
    assert (issue.period_start, issue.period_end, issue.cost_krw) == (
        date(2026, 1, 1), date(2035, 12, 31), 386_000_000_000,
    )  # fmt: skip
    assert [s.task for s in report.schedules] == ["국비 지원 건의"]


# --- a findings table with a column of the measure demanded ------------------------------


def test_a_findings_column_of_the_measure_beside_the_action() -> None:
    """"연번 | 지 적 사 항 | 처분 | 소관부서 | 조 치 결 과 | 처리상태": the 처분 column (시정,
    주의, 건의) is each finding's category, 조치결과 what was done (the categories had been
    lost)."""
    findings = [
        ["연번", "지 적 사 항", "처분", "소관부서", "조 치 결 과", "처리상태"],
        ["1", "임대상가 사용료 체납 관리 소홀", "시정", "영업처", "체납액 전액 징수", "조치완료"],
        ["2", "전동차 정비 이력 관리 미흡", "주의", "차량처", "정비이력 전산화", "일부조치"],
        ["3", "역사 냉방 개선 검토", "건의", "시설처", "용역 추진", "미조치"],
    ]
    report = _hwpx(
        p("Ⅰ. 주요업무계획"), p("1. 안전 운행"), p("□ 차량 교체"),
        p("Ⅴ. 2025 행정사무감사 지적사항 조치결과"), p("□ 세부 조치결과"), p(_table(findings)),
    )  # fmt: skip
    got = [(f.category, f.divisions, f.actions, f.status) for f in report.audit_findings]
    assert got == [
        ("correction", ["영업처"], "체납액 전액 징수", "completed"),
        ("other", ["차량처"], "정비이력 전산화", "in_progress"),
        ("suggestion", ["시설처"], "용역 추진", "not_reflected"),
    ]


# --- the plan opening with a table of goals over their circled tasks ---------------------


def test_goals_over_circled_tasks_opening_the_plan() -> None:
    """"경영목표 | 중점 추진과제" opening the plan, each goal beside a cell of tasks numbered
    ①, ② …: a task each (no goal had been read; 중점 추진과제 named no column of tasks)."""
    report = _hwpx(
        p("Ⅲ. 2026년 주요업무계획"), p("비  전 : 시민의 일상을 안전하게 잇는 도시철도"),
        p(_table([
            ["경영목표", "중점 추진과제"],
            ["1. 안전 최우선 도시철도 운영", "① 노후 전동차 교체\n② 승강장안전문 성능 개선"],
            ["2. 시민 중심 고객서비스 혁신", "③ 교통약자 이동편의시설 확충"],
        ])),
        p("1. 노후 전동차 교체"), p("○ 사업기간 : 2026. 1. ~ 12."),
        p("2. 승강장안전문 성능 개선"), p("○ 사업기간 : 2026. 3. ~ 12."),
    )  # fmt: skip
    got = [(g.vision, g.goal_no, g.goal, g.task_no, g.task) for g in report.policy_goals]
    vision = "시민의 일상을 안전하게 잇는 도시철도"
    assert got == [
        (vision, 1, "안전 최우선 도시철도 운영", 1, "노후 전동차 교체"),
        (vision, 1, "안전 최우선 도시철도 운영", 2, "승강장안전문 성능 개선"),
        (vision, 2, "시민 중심 고객서비스 혁신", 1, "교통약자 이동편의시설 확충"),
    ]


# --- a budget table set side by side, 세입 | 세출 ------------------------------------------


def test_a_side_by_side_budget_whose_right_half_runs_longer() -> None:
    """세입 and 세출 side by side, the 세출 one row longer (its last row's left half empty):
    every row of each side read, and no check of the right half's sums made along the left
    half's rows (it had failed, the last 세출 row left out of the 계's parts)."""
    rows = [
        ["구 분", "2026 예산", "구 분", "2026 예산"],
        ["계", "5,843,200", "계", "48,652,000"],
        ["도로점용료", "4,120,500", "도로 유지관리", "18,450,000"],
        ["국고보조금", "1,722,700", "도로 건설 및 확장", "27,540,000"],
        ["", "", "행정운영경비", "2,662,000"],
    ]
    cells = [cell(0, 0, p("세 입"), cs=2), cell(0, 2, p("세 출"), cs=2)]
    cells += [
        cell(r + 1, c, *([p(t)] if t else []))
        for r, row in enumerate(rows)
        for c, t in enumerate(row)
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("3. 예 산"), p("(단위 : 천원)"), p(tbl(len(rows) + 1, 4, cells)),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 도로 유지관리"), p("○ 사업기간 : 2026. 1. ~ 12."),
    )  # fmt: skip
    spent = [(b.item, b.amount_krw) for b in report.budget_lines if b.side == "expenditure"]
    assert spent[-1] == ("행정운영경비", 2_662_000_000) and len(spent) == 4
    assert failed(report) == []
