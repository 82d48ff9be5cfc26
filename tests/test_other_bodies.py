"""Forms of the genre as other bodies write it (a 공사, a 상수도사업본부, a 재단, a 교육청, a
소방본부, a 군's 과): what each must give, worked out from its lines, and what had been lost
or misfiled before."""

from __future__ import annotations

from datetime import date

import pytest

from extract.document import BBox, Cell, Grid, Line
from extract.layout import Node
from extract.layout.markers import read_marker
from extract.layout.tables import build_table
from extract.normalize.wraps import Lexicon
from extract.parse.budget_prose import line_totals
from extract.parse.plan_units import read_units
from extract.parse.policy_diagram import diagram_vision, numbered_goals
from extract.parse.schedules import text_steps
from extract.read.pdf.base import Glyph
from extract.read.pdf.columns import _reading_order, _Stretch, _wordy
from schemas import Report
from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_parse_plan import _node
from tests.test_probed import failed

# --- a 공사's 처 after a project's title -----------------------------------------------------


def test_a_corporations_division_in_brackets_after_a_projects_title() -> None:
    """"1. … 도시개발사업 (도시개발처)": a 공사's 처 in brackets after the title is the
    project's division, not part of its title (it had stayed in the title)."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 1본부 2처 5팀"),
        p("Ⅱ. 2024년 주요업무 추진계획"),
        p("1. 해솔 스마트밸리 도시개발사업 (도시개발처)"), p("○ 사업기간 : 2022 ~ 2027"),
        p("2. 디지털 기반 경영혁신 (기획경영처)"), p("○ 사업기간 : 2024 ~ 2025"),
    )  # fmt: skip
    got = [(pr.title, pr.division) for pr in report.projects]
    assert got == [
        ("해솔 스마트밸리 도시개발사업", "도시개발처"), ("디지털 기반 경영혁신", "기획경영처"),
    ]  # fmt: skip


# --- a budget table whose side is a cell merged down its rows --------------------------------


def test_a_side_merged_down_beside_its_rows() -> None:
    """"수 입" and "지 출" merged down the first column, each beside its 계 and its items: each
    row is of its side, and the total's unit is 계 (the side had been lost and the totals
    named "수입계", "지출계")."""
    budget = _table(
        [
            ["구 분", "", "2023년(A)", "2024년(B)", "증감(B-A)", "증감률(%)"],
            ["수 입", "계", "1,200", "1,300", "100", "8.3"],
            ["", "분양수입", "1,000", "1,050", "50", "5.0"],
            ["", "임대수입", "200", "250", "50", "25.0"],
            ["지 출", "계", "1,200", "1,300", "100", "8.3"],
            ["", "사업비", "900", "950", "50", "5.6"],
            ["", "인건비", "300", "350", "50", "16.7"],
        ],
        {(1, 0): 3, (4, 0): 3},
    )
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 2처 5팀"),
        p("2. 예산현황"), p("(단위 : 백만원)"), p(budget),
        p("Ⅱ. 2024년 주요업무 추진계획"), p("1. 도시개발"), p("○ 사업기간 : 2024"),
    )  # fmt: skip
    got = [(b.side, b.unit, b.is_total, b.budget_krw) for b in report.budget_summary]
    assert got == [
        ("revenue", "계", True, 1_300_000_000),
        ("revenue", "분양수입", False, 1_050_000_000),
        ("revenue", "임대수입", False, 250_000_000),
        ("expenditure", "계", True, 1_300_000_000),
        ("expenditure", "사업비", False, 950_000_000),
        ("expenditure", "인건비", False, 350_000_000),
    ]
    assert not failed(report)


# --- the text export of a 상수도사업본부 -------------------------------------------------------

WATER = """\
한빛시 상수도사업본부

Ⅰ  일반현황

1  조직

■ 기    구 : 3과 8팀

2  예산

■ 2020년 상수도사업특별회계 예산 : 183,560백만원
   ◦ 전년 대비 8,140백만원(4.6%) 증가

                                                     (단위 : 백만원)
      구          분               2019년          2020년           증  감
   수  입      계                   175,420         183,560           8,140
               요금수입              157,220         166,660           9,440
               국고보조금             18,200          16,900          △1,300
   지  출      계                   175,420         183,560           8,140
               운영비                 88,400          90,150           1,750
               시설비                 87,020          93,410           6,390


Ⅱ  부서별 주요기능


   부    서                          주   요   기   능
   경영지원과      ◦ 인사·조직·복무 및 직원 후생복지
                   ◦ 예산 편성·결산 및 상수도사업 경영평가
   시설관리과      ◦ 상수관망 유지관리, 누수 탐사 및 복구, 블록시스템
                     운영
                   ◦ 급수공사 설계·시행 및 준공검사
   청솔정수        ◦ 청솔정수장 운영 및 수돗물 생산·공급
   사업소          ◦ 정수 수질검사 및 먹는물 수질 관리


Ⅲ  2020년 주요업무 추진계획

1  노후 상수관 교체
   ◦ 사업기간 : 2020. 1.~12.
"""


def test_a_text_table_of_each_divisions_duties_beside_its_name() -> None:
    """A text table of names beside lists, a name wrapped onto the next line of its row
    (청솔정수 / 사업소): each bullet is a duty of the division beside it, a bullet's wrapped
    text part of it (none had been read: the names were taken into the bullets' text)."""
    report = _text(WATER)
    got = [(f.division, f.function) for f in report.functions]
    assert got == [
        ("경영지원과", "인사·조직·복무 및 직원 후생복지"),
        ("경영지원과", "예산 편성·결산 및 상수도사업 경영평가"),
        ("시설관리과", "상수관망 유지관리, 누수 탐사 및 복구, 블록시스템 운영"),
        ("시설관리과", "급수공사 설계·시행 및 준공검사"),
        ("청솔정수사업소", "청솔정수장 운영 및 수돗물 생산·공급"),
        ("청솔정수사업소", "정수 수질검사 및 먹는물 수질 관리"),
    ]
    assert not report.residue


def test_a_budget_tables_account_named_by_the_heading_it_stands_under() -> None:
    """"■ 2020년 상수도사업특별회계 예산 : …" over "◦ 전년 대비 …" and the table: its
    amounts are of that account (they had none)."""
    report = _text(WATER)
    accounts = {b.account for b in report.budget_lines}
    assert accounts == {"상수도사업특별회계"}
    sides = [(b.side, b.item or b.unit, b.amount_krw) for b in report.budget_lines
             if b.year == 2020]  # fmt: skip
    # (each side's 계 under its label merged down is 계, as the wide view has it)
    assert sides == [
        ("revenue", "계", 183_560_000_000),
        ("revenue", "요금수입", 166_660_000_000),
        ("revenue", "국고보조금", 16_900_000_000),
        ("expenditure", "계", 183_560_000_000),
        ("expenditure", "운영비", 90_150_000_000),
        ("expenditure", "시설비", 93_410_000_000),
    ]


# --- a 재단's findings table: its own columns of measure and status ---------------------------


def test_a_findings_table_with_a_column_of_measures_and_a_remark_of_status() -> None:
    """"연번 | 감사결과 지적사항 | 처분요구 | 조치결과 | 비 고": the 처분요구 column (시정, 주의,
    권고) is each finding's category, a remark that is a status alone is its status, a
    bracket closing the finding its division; the summary's rows of measures are read
    (all had been lost: no category, the status taken from the action's words, the rows
    "unknown category")."""
    summary = _table(
        [
            ["구 분", "계", "처리상황", ""],
            ["", "", "완 료", "추진중"],
            ["합 계", "3", "2", "1"],
            ["시 정", "1", "1", "-"],
            ["주 의", "1", "1", "-"],
            ["권 고", "1", "-", "1"],
        ],
        {(0, 0): 2, (0, 1): 2},
    )
    findings = _table([
        ["연번", "감사결과 지적사항", "처분요구", "조치결과", "비 고"],
        ["1", "대관료 감면 기준 적용 부적정 (공연기획팀)", "시정", "감면 과다분 추가 징수", "완료"],
        ["2", "수의계약 안내공고 누락 (경영지원팀)", "주의", "계약 담당자 교육 실시", "완료"],
        ["3", "공모 심사 투명성 미흡 (문화사업팀, 재무회계팀)", "권고",
         "외부 심사위원 확대 중, 28건 중 20건 완료", "추진중"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 조직 : 2본부 7팀"),
        p("Ⅱ. 2024 시 종합감사 결과 처리"), p("1. 처리현황"), p(summary),
        p("2. 세부 처리결과"), p(findings),
    )  # fmt: skip
    got = [(f.category, f.divisions, f.finding, f.status) for f in report.audit_findings]
    assert got == [
        ("correction", ["공연기획팀"], "대관료 감면 기준 적용 부적정", "completed"),
        ("other", ["경영지원팀"], "수의계약 안내공고 누락", "completed"),
        ("suggestion", ["문화사업팀", "재무회계팀"], "공모 심사 투명성 미흡", "in_progress"),
    ]
    rows = [(r.category, r.total, r.completed, r.in_progress) for r in report.audit_summary]
    assert rows == [
        ("total", 3, 2, 1), ("correction", 1, 1, 0), ("other", 1, 1, 0), ("suggestion", 1, 0, 1),
    ]  # fmt: skip
    assert not failed(report)
    assert not report.warnings


def test_a_column_of_처리상태() -> None:
    """"처리상태", as well as "처리상황", heads a findings table's column of statuses (the
    status had been taken from the action's words: "… 28교 완료, 잔여 14교 완료 예정" is
    not done)."""
    findings = _table([
        ["연번", "지적사항", "처리결과", "처리부서", "처리상태"],
        ["1", "기초학력 진단 미흡", "진단 계획 점검 실시", "유초등교육과", "완료"],
        ["2", "노후 급식실 개선 지연", "42교 중 28교 완료, 잔여 14교 8월 완료 예정", "체육건강과",
         "추진중"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조 직 : 1국 4과"),
        p("Ⅱ. 2023 행정사무감사 지적사항 처리결과"), p(findings),
    )  # fmt: skip
    got = [(f.divisions, f.status, f.status_raw) for f in report.audit_findings]
    assert got == [
        (["유초등교육과"], "completed", "완료"), (["체육건강과"], "in_progress", "추진중"),
    ]  # fmt: skip


def test_a_councils_chapter_of_what_it_demanded() -> None:
    """"Ⅳ. 2023 시정 및 처리요구사항 처리결과", without 행정사무감사 in it, is the audit
    follow-up (it had had no role, and its findings were lost)."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 기 구 : 1처 3담당관 12팀"),
        p("Ⅱ. 2023 시정 및 처리요구사항 처리결과"),
        p("□ 처리현황 : 총 2건(완료 1건, 추진중 1건)"),
        p("1. 회의록 검색 기능 개선 (의정담당관)"), p("○ 요구내용 : 검색 기능 개선"),
        p("○ 처리결과 : 검색 기능 고도화 완료"), p("○ 처리상황 : 완료"),
        p("2. 청사 주차장 개선 (총무담당관)"), p("○ 요구내용 : 주차면 확보"),
        p("○ 처리결과 : 설계 용역 중"), p("○ 처리상황 : 추진중(2024. 12. 완료 예정)"),
    )  # fmt: skip
    got = [(f.divisions, f.status) for f in report.audit_findings]
    assert got == [(["의정담당관"], "completed"), (["총무담당관"], "in_progress")]
    assert [(r.total, r.completed, r.in_progress) for r in report.audit_summary] == [(2, 1, 1)]


# --- a 군's 과 reports: its text export ------------------------------------------------------

COUNTY = """\
가 람 군  농 업 정 책 과

1. 일반현황

 가. 조직 및 인력

  ○ 조 직 : 1과 3팀

     팀    명        담        당        업        무
    ──────────────────────────────────
     농업정책팀      농정 종합계획 수립, 농업인 공익수당 지원,
                     청년농업인 육성
     친환경농업팀    친환경농업 육성, 학교급식 친환경농산물 공급
     농지관리팀      농지취득자격증명 발급, 농지 이용실태 조사
    ──────────────────────────────────

  ○ 인 력

                                        (2025. 1. 31. 기준, 단위 : 명)
     구  분          계   5급   6급   7급   공무직
    ──────────────────────────────
     정  원          10     1     3     4       2
     현  원           9     1     3     3       2
    ──────────────────────────────

 나. 예    산

                                                         (단위 : 천원)
   사        업        명                        계      국  비      군  비
   ──────────────────────────────────────────
   합        계                           1,750,000     600,000   1,150,000
   농업인 공익수당 지원                   1,200,000     400,000     800,000
   농지 이용실태 조사                       550,000     200,000     350,000
   ──────────────────────────────────────────

2. 2025 주요업무계획

 가. 농업인 소득안정

  □ 농업인 공익수당 지원 (농업정책팀)

   ○ 사업기간 : 2025. 1.~12.
   ○ 사 업 비 : 1,200백만원(국400, 군800)

  □ 농지 이용실태 조사 (농지관리팀)

   ○ 사업기간 : 2025. 4.~11.
   ○ 사 업 비 : 550백만원(국200, 군350)

3. 2024 행정사무감사 처리결과

 가. 처리현황

  ○ 총 2건 (처리완료 1, 추진중 1)

 나. 세부 처리내용

  ① 지적사항 : 공익수당 지급대상 자격 검증 철저 (농업정책팀)
     - 조치결과 : 정보 연계 검증절차 마련
     - 처리상태 : 완료

  ② 지적사항 : 불법 농지전용 원상회복 관리 철저 (농지관리팀)
     - 조치결과 : 원상회복 명령 이행 점검 중
     - 처리상태 : 추진중
"""


def test_a_county_divisions_text_tables_between_rules() -> None:
    """Tables drawn with rules of "─" above and below: the rules draw, they are no line
    of the table nor of the bullet above it (every table had been taken into the bullet
    over it: no team, no staffing row, no budget line)."""
    report = _text(COUNTY)
    teams = [(u.name, u.level) for u in report.organization if u.level == "team"]
    assert teams == [("농업정책팀", "team"), ("친환경농업팀", "team"), ("농지관리팀", "team")]
    staff = [(s.grade, s.authorized, s.current) for s in report.staffing]
    assert staff == [(None, 10, 9), ("5급", 1, 1), ("6급", 3, 3), ("7급", 4, 3), ("공무직", 2, 2)]
    duties = {f.division for f in report.functions}
    assert duties == {"농업정책팀", "친환경농업팀", "농지관리팀"}
    assert not report.residue


def test_a_budget_tables_total_column_on_an_items_row_is_the_items() -> None:
    """"사업명 | 계 | 국비 | 군비": the 계 of an item's row is that item's whole, of the
    body, not a unit named 계 (it had been)."""
    report = _text(COUNTY)
    cells = [(b.unit, b.item, b.label, b.is_total, b.amount_krw) for b in report.budget_lines
             if b.label == "계"]  # fmt: skip
    assert [c[0] for c in cells] == ["계", "농업정책과", "농업정책과"]
    assert [c[4] for c in cells] == [1_750_000_000, 1_200_000_000, 550_000_000]
    assert not failed(report)


def test_bulleted_projects_with_a_period_and_a_cost_whatever_their_last_word() -> None:
    """"□ 농지 이용실태 조사 (농지관리팀)" over its period and cost is a project, as "□ …
    지원" is (a title ending in 조사, 공급 or 임대 had been no project: its cost, funding and
    schedule went to the item above), its division the team in its bracket."""
    report = _text(COUNTY)
    got = [(p.title, p.division, p.cost_krw) for p in report.projects if p.cost_krw]
    assert got == [
        ("농업인 공익수당 지원", "농업정책팀", 1_200_000_000),
        ("농지 이용실태 조사", "농지관리팀", 550_000_000),
    ]


def test_findings_labelled_지적사항_with_a_처리상태() -> None:
    """"① 지적사항 : …" over "- 처리상태 : 완료": the finding is the words after the label,
    its status the 처리상태 (the label had stayed in the finding, the status been lost)."""
    report = _text(COUNTY)
    got = [(f.finding, f.divisions, f.status) for f in report.audit_findings]
    assert got == [
        ("공익수당 지급대상 자격 검증 철저", ["농업정책팀"], "completed"),
        ("불법 농지전용 원상회복 관리 철저", ["농지관리팀"], "in_progress"),
    ]
    assert not failed(report)


# --- a 소방본부 ---------------------------------------------------------------------------


def _fire(*more: str) -> Report:
    staff = _table([
        ["구 분", "계", "소방정", "소방령", "소방경", "일반직"],
        ["정 원", "60", "2", "8", "40", "10"],
        ["현 원", "58", "2", "7", "40", "9"],
    ])  # fmt: skip
    return _hwpx(
        p("가람도 소방본부"),
        p("Ⅰ. 일 반 현 황"), p("1. 조 직"),
        p("□ 기 구 : 1본부 4과, 2소방서"),
        p("○ 본 부 : 소방행정과, 119대응과, 예방안전과, 119종합상황실"),
        p("○ 소방서 : 가람소방서, 누리소방서"),
        p("2. 인 력"), p("(2023. 1. 1. 기준, 단위: 명)"), p(staff),
        p("※ 정원 외 : 소방정책지원관 4명(임기제)"),
        p("Ⅱ. 2023년 주요업무계획"),
        p("1. 119구조대 특수장비 보강 (119대응과)"), p("○ 사업기간 : 2023. 1.~12."),
        *more,
    )  # fmt: skip


def test_a_fire_headquarters_units_listed_by_kind() -> None:
    """"○ 본 부 : 소방행정과, …": the 본부 is the kind, the top itself, not a unit named 본부
    (one had been made, over the four); "○ 소방서 : …" lists the stations (none had been
    read); 119종합상황실, listed with the 과, is of their rank; "1본부" counts the top (the
    상황실 had been taken for the 본부 it counts); no count check fails."""
    report = _fire()
    got = [(u.name, u.level, u.parent) for u in report.organization]
    assert got == [
        ("소방본부", "bureau", None),
        ("소방행정과", "division", "소방본부"), ("119대응과", "division", "소방본부"),
        ("예방안전과", "division", "소방본부"), ("119종합상황실", "division", "소방본부"),
        ("가람소방서", "division", "소방본부"), ("누리소방서", "division", "소방본부"),
    ]  # fmt: skip
    assert not failed(report)


def test_ranks_are_grades_and_the_grades_of_a_table_of_no_unit_no_totals() -> None:
    """소방정, 소방령 … are grades (they had been taken for units); in a table of grades
    only, each grade's row is a part of the 계, not a total (all had been totals); "정원
    외 : 4명" is no 정원 (it had been checked against the table's 60 and failed)."""
    report = _fire()
    got = [(s.unit, s.grade, s.is_total, s.authorized, s.current) for s in report.staffing]
    assert got == [
        ("계", None, True, 60, 58), ("계", "소방정", False, 2, 2), ("계", "소방령", False, 8, 7),
        ("계", "소방경", False, 40, 40), ("계", "일반직", False, 10, 9),
    ]  # fmt: skip
    assert not any(s.key == "staffing.authorized" for s in report.stated_totals)
    assert not failed(report)


def test_a_division_whose_name_opens_with_a_number() -> None:
    """"(119대응과)" closing a project's title is its division (a name with a number had
    been no unit's: the bracket stayed in the title)."""
    report = _fire()
    assert [(p.title, p.division) for p in report.projects] == [
        ("119구조대 특수장비 보강", "119대응과")
    ]


# --- a plan's goals and themes as an education office or a foundation sets them -------------


def test_a_table_of_policies_over_their_tasks_under_a_bulleted_vision() -> None:
    """"□ 비 전 : …" over "정 책 | 추 진 과 제", each policy merged down over its tasks "가.
    …": the goals, tasks without their letters, the vision from the bullet's line (no goal
    had been read: neither header was known, nor a vision after a bullet)."""
    goals = _table(
        [
            ["정 책", "추 진 과 제"],
            ["1. 기초가 튼튼한 맞춤형 교육", "가. 기초학력 책임지도 강화"],
            ["", "나. 유아 놀이중심 교육과정 내실화"],
            ["2. 함께 성장하는 민주시민 교육", "가. 학생자치 활성화"],
        ],
        {(1, 0): 2},
    )
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조 직 : 1국 4과"),
        p("Ⅱ. 2024 주요업무 추진계획"), p("□ 비 전 : 배움이 즐거운 가온교육"), p(goals),
        p("1. 기초학력 책임지도"), p("○ 사업기간 : 2024. 3.~12."),
    )  # fmt: skip
    got = [(g.vision, g.goal_no, g.goal, g.task_no, g.task) for g in report.policy_goals]
    vision = "배움이 즐거운 가온교육"
    assert got == [
        (vision, 1, "기초가 튼튼한 맞춤형 교육", 1, "기초학력 책임지도 강화"),
        (vision, 1, "기초가 튼튼한 맞춤형 교육", 2, "유아 놀이중심 교육과정 내실화"),
        (vision, 2, "함께 성장하는 민주시민 교육", 1, "학생자치 활성화"),
    ]


def test_a_goals_tasks_listed_in_one_cell() -> None:
    """"추 진 목 표 | 추 진 과 제", a goal's tasks one a line in one cell ("1-1. …" / "1-2.
    …"): each task of its own (they had been one task)."""
    goals = _table([
        ["추 진 목 표", "추 진 과 제"],
        ["1. 현장 대응역량 강화", "1-1. 노후 소방차량 교체\n1-2. 119구조대 특수장비 보강"],
        ["2. 선제적 화재예방", "2-1. 주택용 소방시설 보급\n2-2. 전통시장\n화재안전조사"],
    ])  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조 직 : 1본부 4과"),
        p("Ⅱ. 2023년 주요업무 추진계획"), p("비 전 : 든든한 가람소방"), p(goals),
        p("1. 소방차량 교체"), p("○ 사업기간 : 2023. 3.~12."),
    )  # fmt: skip
    got = [(g.goal_no, g.task_no, g.task) for g in report.policy_goals]
    assert got == [
        (1, 1, "노후 소방차량 교체"), (1, 2, "119구조대 특수장비 보강"),
        (2, 1, "주택용 소방시설 보급"), (2, 2, "전통시장 화재안전조사"),
    ]  # fmt: skip


def test_projects_under_bulleted_strategies_take_their_theme() -> None:
    """"□ 전략 1 …" over "① …", "② …", "□ 전략 2 …" over "③ …": each project's theme is
    the strategy it stands under, without the label that numbers it, its number the
    strategy's place (the themes had been empty, theme_no each project's own number)."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 조직 : 2본부 7팀"),
        p("Ⅱ. 2025 주요사업 계획"),
        p("□ 전략 1  예술인 창작 지원체계 구축"),
        p("① 예술창작 지원사업 (예술지원팀)"), p("○ 사업기간 : 2025. 1.~12."),
        p("② 청년예술인 디딤돌 지원 (예술지원팀)"), p("○ 사업기간 : 2025. 2.~12."),
        p("□ 전략 2  생활문화 확산"),
        p("③ 생활문화동호회 활성화 (생활문화팀)"), p("○ 사업기간 : 2025. 3.~11."),
    )  # fmt: skip
    got = [(pr.project_id, pr.theme_no, pr.theme, pr.title, pr.division)
           for pr in report.projects]  # fmt: skip
    assert got == [
        ("1", 1, "예술인 창작 지원체계 구축", "예술창작 지원사업", "예술지원팀"),
        ("2", 1, "예술인 창작 지원체계 구축", "청년예술인 디딤돌 지원", "예술지원팀"),
        ("3", 2, "생활문화 확산", "생활문화동호회 활성화", "생활문화팀"),
    ]


# --- an education office's bureau ---------------------------------------------------------


def test_an_education_offices_bureau_reports_as_the_bureau() -> None:
    """A cover naming the office, then its bureau ("가온광역시교육청" / "교  육  국"): the
    bureau is the report's body, the top of its chart, the unit of its budget (the office
    had been: a unit over the bureau, and every budget line its); a note under the budget
    table naming one account gives its lines that account; the audit's headline with its
    statuses on the line under it ("○ 총 2건(시정 1, 건의 1)" / "- 처리결과 : 완료 1건,
    추진중 1건") sums the findings up (none had been read)."""
    budget = _table([
        ["정 책 사 업", "2023 예산", "2024 예산", "증 감"],
        ["합 계", "300,000", "330,000", "30,000"],
        ["유아교육 내실화", "100,000", "110,000", "10,000"],
        ["학교급식 지원", "200,000", "220,000", "20,000"],
    ])  # fmt: skip
    findings = _table([
        ["연번", "지적사항", "처리결과", "처리부서", "처리상태"],
        ["1", "기초학력 진단 미흡", "진단 계획 점검", "유초등교육과", "완료"],
        ["2", "급식실 개선 지연", "개선 공사 중", "체육건강과", "추진중"],
    ])  # fmt: skip
    report = _hwpx(
        p("2024"), p("주 요 업 무 보 고"), p("가온광역시교육청"), p("교  육  국"),
        p("Ⅰ. 일반현황"), p("1. 조 직 : 1국 2과"),
        p("○ 교육국 : 유초등교육과, 체육건강과"),
        p("2. 예 산"), p("□ 2024년 교육국 소관 세출예산 : 330,000천원"), p("(단위: 천원)"),
        p(budget), p("※ 교육비특별회계 본예산 기준(인건비 제외)"),
        p("Ⅱ. 2023 행정사무감사 지적사항 처리결과"), p("1. 처리현황"),
        p("○ 총 2건(시정 1, 건의 1)"), p("- 처리결과 : 완료 1건, 추진중 1건"),
        p("2. 세부 처리결과"), p(findings),
    )  # fmt: skip
    assert [(u.name, u.parent) for u in report.organization][:2] == [
        ("교육국", None), ("유초등교육과", "교육국"),
    ]  # fmt: skip
    assert {b.account for b in report.budget_lines} == {"교육비특별회계"}
    assert {b.unit for b in report.budget_lines if not b.is_total} == {"교육국"}
    rows = [(r.category, r.total, r.completed, r.in_progress) for r in report.audit_summary]
    # (and a row a category the headline counts, with its count alone)
    assert rows == [
        ("total", 2, 1, 1), ("correction", 1, None, None), ("suggestion", 1, None, None),
    ]  # fmt: skip
    assert not failed(report)


SERIES = """\
Ⅰ. 일반현황
1. 조직
□ 기 구 : 1본부 4과

Ⅱ. 2023년 주요업무 추진계획

목표 1  현장 대응역량 강화

1. 노후 소방차량 교체 (소방행정과)
□ 사업개요
○ 사업기간 : 2023. 1. ~ 12.
□ 추진일정
○ ’23. 3월 ~ 6월 : 구매 계약

목표 2  선제적 화재예방

1. 주택용 소방시설 보급 (예방안전과)
□ 사업개요
○ 사업기간 : 2023. 1. ~ 12.
"""


def test_a_series_of_goal_titles_parts_the_plan() -> None:
    """"목표 1  …", "목표 2  …" alone on their lines: each titles the chapter's next part,
    the projects after it of its theme (the first had been taken into the chapter's
    heading, the second into the last project's last step)."""
    report = _text(SERIES)
    got = [(p.project_id, p.theme_no, p.theme, p.title) for p in report.projects]
    assert got == [
        ("1-1", 1, "현장 대응역량 강화", "노후 소방차량 교체"),
        ("2-1", 2, "선제적 화재예방", "주택용 소방시설 보급"),
    ]
    steps = [s.task for s in report.schedules]
    assert steps == ["구매 계약"]


COUNCIL = """\
새 솔 시 의 회 사 무 처

Ⅰ. 일반현황

1. 조 직
○ 기 구 : 1처 2담당관 3전문위원실 4팀
○ 사 무 처 : 총무담당관, 의정담당관
○ 전문위원실 : 의회운영전문위원실, 행정자치전문위원실,
  복지환경전문위원실
○ 총무담당관 : 총무팀, 인사팀
○ 의정담당관 : 의정팀, 의사팀

Ⅱ. 2024 주요업무 추진계획

1. 회의록 검색 개선 (의정담당관)
○ 추진기간 : 2024. 3.~12.
"""


def test_a_council_secretariats_committee_offices_listed_over_two_lines() -> None:
    """"○ 전문위원실 : …," going on in the next line: every office it lists, each a
    division of the secretariat, counted by "3전문위원실" (the line's last names had been
    lost, and the label taken for a bureau over them)."""
    report = _text(COUNCIL)
    offices = [(u.name, u.level, u.parent) for u in report.organization
               if u.unit_type == "전문위원실"]  # fmt: skip
    # (the cover `새 솔 시 의 회 사 무 처` names 사무처, as `새솔시의회 사무처` does)
    assert offices == [
        ("의회운영전문위원실", "division", "사무처"),
        ("행정자치전문위원실", "division", "사무처"),
        ("복지환경전문위원실", "division", "사무처"),
    ]
    assert not failed(report)


def test_a_county_divisions_cover_duties_and_programmes() -> None:
    """The cover "가 람 군  농 업 정 책 과" names the 과 (the county's name had been taken
    into it); a cell of duties with no bullet lists them, its wrapped lines joined; a
    budget table by programme (사 업 명) is of what is spent."""
    report = _text(COUNTY)
    assert report.organization[0].name == "농업정책과"
    duties = [(f.division, f.function) for f in report.functions]
    assert duties[:3] == [
        ("농업정책팀", "농정 종합계획 수립"), ("농업정책팀", "농업인 공익수당 지원"),
        ("농업정책팀", "청년농업인 육성"),
    ]  # fmt: skip
    assert len(duties) == 7
    assert {b.side for b in report.budget_lines} == {"expenditure"}



# --- a 재단's and a 센터's tables ------------------------------------------------------------


def test_a_foundations_budget_side_by_side_and_its_staff_by_form() -> None:
    """"세 입 | 세 출" panels side by side, each with its own 계: the right panel's 계 is
    a total too (it had been an ordinary line, its amount counted twice); staff by
    employment form only (일반직, 기간제) are parts of the 계, not totals; "2본부 7팀 1관"
    counts the 관's team among the seven; the top's word is 재단 (it had been 단)."""
    rows = [
        ["구 분", "예산액", "구 분", "예산액"],
        ["계", "1,000", "계", "1,000"],
        ["시 출연금", "800", "인 건 비", "600"],
        ["자체수입", "200", "사 업 비", "400"],
    ]
    budget = tbl(5, 4, [
        cell(0, 0, p("세 입"), cs=2), cell(0, 2, p("세 출"), cs=2),
        *(cell(r + 1, c, p(t)) for r, row in enumerate(rows) for c, t in enumerate(row)),
    ])  # fmt: skip
    staff = _table([
        ["구 분", "정 원", "현 원"],
        ["계", "30", "28"],
        ["일 반 직", "20", "19"],
        ["기 간 제", "10", "9"],
    ])  # fmt: skip
    report = _hwpx(
        p("(재) 청 람 문 화 재 단"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 조직 : 2본부 3팀 1관(문화예술회관)"),
        p("◦ 경영본부 : 경영지원팀"), p("◦ 사업본부 : 예술지원팀"),
        p("◦ 문화예술회관 : 공연기획팀"),
        p("2. 인력"), p(staff),
        p("3. 예산"), p("(단위: 백만원)"), p(budget),
        p("Ⅱ. 2025 주요사업 계획"), p("1. 예술창작 지원사업"), p("○ 사업기간 : 2025. 1.~12."),
    )  # fmt: skip
    totals = [(b.side, b.unit, b.is_total, b.amount_krw) for b in report.budget_lines
              if b.is_total]  # fmt: skip
    assert totals == [
        ("revenue", "계", True, 1_000_000_000), ("expenditure", "계", True, 1_000_000_000),
    ]  # fmt: skip
    staff_rows = [(s.is_total, s.authorized) for s in report.staffing]
    assert staff_rows == [(True, 30), (False, 20), (False, 10)]
    assert report.organization[0].unit_type == "재단"
    assert not failed(report)


def test_programmes_under_their_divisions_merged_down() -> None:
    """"부 서 | 세 부 사 업 | 국 비 | 시 비 | 계", each 과 merged down over its 소계 and
    programmes: each amount is its 과's (they had all been the body's), a 소계 of no
    item."""
    budget = _table(
        [
            ["부 서", "세 부 사 업", "국 비", "시 비", "계"],
            ["합    계", "", "300", "700", "1,000"],
            ["농업정책과", "소    계", "100", "300", "400"],
            ["", "농업인 교육훈련", "100", "300", "400"],
            ["기술보급과", "소    계", "200", "400", "600"],
            ["", "스마트팜 보급", "200", "400", "600"],
        ],
        {(2, 0): 2, (4, 0): 2},
    )
    report = _hwpx(
        p("청 림 시  농 업 기 술 센 터"),
        p("Ⅰ. 일반현황"), p("1. 조 직 : 2과 4팀"),
        p("○ 농업정책과 : 교육팀, 정책팀"), p("○ 기술보급과 : 보급팀, 스마트팀"),
        p("2. 예산현황"), p("(단위: 천원)"), p(budget),
        p("Ⅱ. 2024 주요업무계획"), p("1. 스마트팜 보급"), p("○ 사업기간 : 2024. 1.~12."),
    )  # fmt: skip
    got = {(b.unit, b.item, b.label, b.amount_krw) for b in report.budget_lines}
    assert ("농업정책과", "농업인 교육훈련", "시비", 300_000) in got
    assert ("기술보급과", None, "계", 600_000) in got
    assert ("기술보급과", "스마트팜 보급", "국비", 200_000) in got
    assert report.organization[0].name == "농업기술센터"
    assert report.organization[0].level == "bureau"
    assert not failed(report)


# --- a 시설관리공단 -------------------------------------------------------------------------


def test_a_public_agencys_revenue_and_costs_and_duties_by_team() -> None:
    """수 익 / 비 용 are a 공단's revenue and expenditure (they had no side); "본 부 |
    팀(사업소) | 주 요 업 무" gives each duty its team (they had been the 본부's); 이사장
    in the chart is its head, no team (it had been counted as one)."""
    budget = _table(
        [
            ["구 분", "", "2023 결산", "2024 예산", "증 감"],
            ["수 익", "계", "1,000", "1,200", "200"],
            ["", "대행사업수익", "700", "800", "100"],
            ["", "자체사업수익", "300", "400", "100"],
            ["비 용", "계", "900", "1,200", "300"],
            ["", "인건비", "500", "700", "200"],
            ["", "사업비", "400", "500", "100"],
        ],
        {(1, 0): 3, (4, 0): 3},
    )
    duties = _table(
        [
            ["본 부", "팀(사업소)", "주 요 업 무"],
            ["경영본부", "경영기획팀", "· 경영목표 수립\n· 이사회 운영"],
            ["", "인사총무팀", "· 인사 및 복무"],
            ["사업본부", "주차사업팀", "· 공영주차장 운영"],
        ],
        {(1, 0): 2},
    )
    chart = _table([["이사장", ""], ["경영본부", "사업본부"], ["경영기획팀", "주차사업팀"]])
    report = _hwpx(
        p("해솔시시설관리공단"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 조직 : 2본부 3팀"), p(chart),
        p("2. 예산"), p("(단위 : 백만원)"), p(budget),
        p("3. 부서별 주요기능"), p(duties),
        p("Ⅱ. 2024 주요업무계획"), p("1. 주차장 확충 (주차사업팀)"),
        p("○ 추진기간 : 2024. 1.~12."),
    )  # fmt: skip
    sides = {(b.side, b.item) for b in report.budget_lines if b.label == "2024 예산"}
    assert ("revenue", "대행사업수익") in sides or ("revenue", "수익 / 대행사업수익") in sides
    assert ("expenditure", "인건비") in sides or ("expenditure", "비용 / 인건비") in sides
    assert None not in {b.side for b in report.budget_lines}
    got = [(f.division, f.function) for f in report.functions]
    assert got == [
        ("경영기획팀", "경영목표 수립"), ("경영기획팀", "이사회 운영"),
        ("인사총무팀", "인사 및 복무"), ("주차사업팀", "공영주차장 운영"),
    ]  # fmt: skip
    assert "이사장" not in {u.name for u in report.organization}


# --- a 구청's findings drawn as cards -----------------------------------------------------


def _card(n: str, finding: str, action: str, status: str, division: str) -> str:
    return tbl(4, 3, [
        cell(0, 0, p(n), rs=4), cell(0, 1, p("지적사항")), cell(0, 2, p(finding)),
        cell(1, 1, p("조치결과")), cell(1, 2, p(action)),
        cell(2, 1, p("처리상황")), cell(2, 2, p(status)),
        cell(3, 1, p("소관부서")), cell(3, 2, p(division)),
    ], caption=None)  # fmt: skip


def test_findings_drawn_as_cards_and_an_issues_cost_under_its_대책() -> None:
    """Each finding a card of four rows, a label beside each value, its number merged
    down: one finding each, its category the heading over the cards (each row had been a
    finding of its own, "조치결과", "처리상황"); "□ 대 책" over "○ 소요예산 : …" states
    the issue's cost (it had been lost)."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 기구 : 1국 2과 4팀"),
        p("Ⅱ. 주요 현안"), p("1. 노인복지관 부지 확보 (어르신과)"), p("□ 문제점"),
        p("○ 남부권역 복지관 부재"), p("□ 대 책"),
        p("○ 소요예산 : 12,500,000천원(시 5,000,000, 구 7,500,000)"),
        p("Ⅲ. 2024 행정사무감사 처리결과"), p("< 시정요구 : 1건 >"),
        p(_card("1", "보조금 정산 부적정", "전액 환수", "완료", "복지정책과")),
        p("< 건의사항 : 1건 >"),
        p(_card("2", "전담인력 확충 필요", "조직진단 시 증원 요청", "장기검토", "복지정책과")),
    )  # fmt: skip
    got = [(f.no, f.category, f.divisions, f.finding, f.status) for f in report.audit_findings]
    assert got == [
        (1, "correction", ["복지정책과"], "보조금 정산 부적정", "completed"),
        (2, "suggestion", ["복지정책과"], "전담인력 확충 필요", "under_review"),
    ]
    issue = next(pr for pr in report.projects if pr.title == "노인복지관 부지 확보")
    assert issue.cost_krw == 12_500_000_000
    sources = {(f.source, f.amount_krw) for f in report.project_funding}
    assert sources == {("시비", 5_000_000_000), ("구비", 7_500_000_000)}


# --- a text taken out of a PDF cell by cell -------------------------------------------------

CELL_BY_CELL = """\
경 제 통 상 국

Ⅰ. 일반현황

가. 조직
○ 기 구 : 2과 4팀

나. 예 산
○ 2025년 예산 : 130백만원
(단위 : 백만원)
구분
2024년
2025년
증감
계
120
130
10
경제정책과
70
80
10
투자유치과
50
50
0

다. 부서별 주요기능
부서명
주요기능
경제정책과
◦ 지역경제 종합계획 수립
투자유치과
◦ 투자유치 전략 수립

Ⅱ. 2025 주요업무계획
1. 투자유치 설명회
○ 사업기간 : 2025. 3.~11.
"""


def test_a_table_written_cell_by_cell_with_years_over_its_columns() -> None:
    """"구분" / "2024년" / "2025년" / "증감" then each row's label and figures, a cell a
    line: a table, its year headers no figures (a year had been taken for the first figure
    and the table lost); the duties' header cells alone on their lines are no division's
    name (the first division had been "주요기능경제정책과")."""
    report = _text(CELL_BY_CELL)
    got = [(b.unit, b.year, b.amount_krw) for b in report.budget_lines if b.year == 2025]
    assert got == [("계", 2025, 130_000_000), ("경제정책과", 2025, 80_000_000),
                   ("투자유치과", 2025, 50_000_000)]  # fmt: skip
    assert [f.division for f in report.functions] == ["경제정책과", "투자유치과"]
    assert not failed(report)


def test_a_vision_over_the_plan_is_no_theme() -> None:
    """A PDF's outline may set the plan's vision ("비 전 : …") as a title over the
    plan's items: it is no theme of theirs (it had led every theme)."""
    from extract.layout.nodes import Node
    from extract.parse.plan import plan_tree, units

    def node(kind: str, text: str, parent: Node) -> Node:
        found = read_marker(text)
        marker, title = (found[0], found[1]) if found and kind != "title" else (None, text)
        n = Node(kind, marker, title)  # type: ignore[arg-type]
        n.parent = parent
        parent.children.append(n)
        return n

    section = Node("heading", read_marker("Ⅲ. 2025 주요업무계획")[0], "2025 주요업무계획")  # type: ignore[index]
    vision = node("title", "비 전 : 함께 돌보는 새솔", section)
    node("item", "1. 통합돌봄 전면 시행", vision)
    node("item", "2. 자립생활 지원", vision)
    got = [(u.theme, u.title) for u in units(plan_tree(section))]
    assert got == [("", "통합돌봄 전면 시행"), ("", "자립생활 지원")]


# --- a council secretariat's budget, drawn by LibreOffice ---------------------------------


def test_a_paragraphs_shading_inside_a_cell_draws_no_rule() -> None:
    """LibreOffice shades a header cell's paragraph with a fill inset from the cell's
    rules: the fill draws no rule (its sides had cut the header into rows that are not
    there, and fifteen sums failed); a Hancom cell's shading, to its rules, and a box
    drawn as a fill alone are kept."""
    from extract.read.pdf.paths import drop_inset_fills

    def h(y: float, x0: float, x1: float) -> dict[str, object]:
        return {"orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y}

    def v(x: float, y0: float, y1: float) -> dict[str, object]:
        return {"orientation": "v", "x0": x, "x1": x, "top": y0, "bottom": y1}

    def rect(x0: float, top: float, x1: float, bottom: float) -> dict[str, object]:
        return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "height": bottom - top}

    cell = [h(627.5, 56.4, 567.4), h(674.0, 56.4, 567.4), v(56.7, 627.1, 812.3),
            v(125.8, 627.1, 674.0)]  # fmt: skip
    shading = rect(59.0, 641.6, 123.5, 656.1)  # (inset: a paragraph's)
    hancom = rect(56.7, 627.5, 125.8, 674.0)  # (the cell's own, to its rules)
    box = rect(300.0, 100.0, 500.0, 130.0)  # (a heading's box, no rule round it)
    kept = drop_inset_fills([shading, hancom, box], cell)
    assert kept == [hancom, box]


def test_units_merged_down_go_on_under_a_page_break() -> None:
    """A table by 부서 and 통계목 going on over a page, the 부서's cell not repeated on the
    rows of the next page: those rows are still its (they had been the body's)."""
    budget = _table(
        [
            ["부 서", "통 계 목", "2024 예산", "2023 예산"],
            ["합 계", "", "1,000", "900"],
            ["총무담당관", "소 계", "600", "500"],
            ["", "인건비", "400", "300"],
            ["", "사업비", "200", "200"],
            ["의정담당관", "소 계", "400", "400"],
            ["", "의정운영공통경비", "150", "150"],
            ["", "사업비", "250", "250"],
        ],
        {(2, 0): 3},
    )
    report = _hwpx(
        p("새솔시의회 사무처"),
        p("Ⅰ. 일반현황"), p("1. 조 직"), p("○ 기 구 : 1처 2담당관"),
        p("○ 사 무 처 : 총무담당관, 의정담당관"),
        p("2. 예 산"), p("(단위: 천원)"), p(budget),
        p("Ⅱ. 2024 주요업무 추진계획"), p("1. 회의록 검색 개선 (의정담당관)"),
        p("○ 추진기간 : 2024. 3.~12."),
    )  # fmt: skip
    got = {(b.unit, b.item, b.year, b.amount_krw) for b in report.budget_lines}
    assert ("의정담당관", "의정운영공통경비", 2024, 150_000) in got
    assert ("의정담당관", "사업비", 2024, 250_000) in got
    assert ("총무담당관", "인건비", 2023, 300_000) in got
    assert not failed(report)


# --- a province's 농정국: the year's results and next year's plan in one chapter -----------


def test_a_chapter_of_results_and_the_plan_is_the_plan() -> None:
    """"Ⅱ. 2024 추진실적 및 2025 추진계획": its items are the plan's projects, each one's
    "○ 추진실적 : ’24. 3월 …, ’24. 7월 …" its progress and "○ 향후계획 : ’25. 2월 …" its
    schedule, the label no step's task (the chapter had been read as results only: no
    project, step or funding), wherever the year puts them, progress or schedule."""
    report = _hwpx(
        p("2024 주요업무 추진실적 및"), p("2025 주요업무계획"), p("새별도의회 농수산위원회"),
        p("2025. 2. 11."), p("새 별 도  농 정 국"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 기구 : 1국 3과 12팀"),
        p("Ⅱ. 2024 추진실적 및 2025 추진계획"), p("【 농업정책과 】"),
        p("1. 청년농업인 영농정착 지원"), p("○ 사업기간 : ’24. 1. ~ ’25. 12."),
        p("○ 사 업 비 : 28,800백만원(국 20,160, 도 2,592, 시군 6,048)"),
        p("○ 추진실적 : ’24. 3월 신규 대상자 300명 선발 완료, ’24. 11월 현장점검 완료"),
        p("○ 향후계획 : ’25. 2월 신규 대상자 350명 선발, ’25. 3~12월 정착지원금 지급"),
    )  # fmt: skip
    (project,) = report.projects
    assert (project.title, project.division, project.cost_krw) == (
        "청년농업인 영농정착 지원", "농업정책과", 28_800_000_000
    )
    steps = sorted(((s.task, str(s.start)) for s in [*report.progress, *report.schedules]),
                   key=lambda step: step[1])  # fmt: skip
    assert steps == [
        ("신규 대상자 300명 선발 완료", "2024-03-01"), ("현장점검 완료", "2024-11-01"),
        ("신규 대상자 350명 선발", "2025-02-01"), ("정착지원금 지급", "2025-03-01"),
    ]  # fmt: skip


def test_accounts_merged_down_over_their_divisions_and_subtotals() -> None:
    """"일반회계" and "특별회계 (농어촌구조개선특별회계)" merged down a first column, each
    over its 소계 and 과: each 과's amount is its own, in that account, the 소계 the
    bureau's (the 과 had been lost to the bureau, the accounts to none)."""
    budget = _table(
        [
            ["구 분", "", "2024 최종(A)", "2025 본예산(B)", "증 감(B-A)"],
            ["합 계", "", "1,000", "1,100", "100"],
            ["일반회계", "소 계", "700", "750", "50"],
            ["", "농업정책과", "400", "420", "20"],
            ["", "축 산 과", "300", "330", "30"],
            ["특별회계\n(농어촌구조개선\n특별회계)", "소 계", "300", "350", "50"],
            ["", "농업정책과", "300", "350", "50"],
        ],
        {(2, 0): 3, (5, 0): 2},
    )
    report = _hwpx(
        p("농 정 국"), p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 기구 : 1국 2과 6팀"),
        p("2. 예산"), p("(단위 : 백만원)"), p(budget),
        p("Ⅱ. 2025 주요업무계획"), p("1. 농업 지원"), p("○ 사업기간 : 2025. 1.~12."),
    )  # fmt: skip
    got = {(b.unit, b.account, b.is_total, b.amount_krw) for b in report.budget_lines
           if b.year == 2025}  # fmt: skip
    assert ("농업정책과", "일반회계", False, 420_000_000) in got
    assert ("축산과", "일반회계", False, 330_000_000) in got
    assert ("농업정책과", "농어촌구조개선특별회계", False, 350_000_000) in got
    assert ("농정국", "일반회계", True, 750_000_000) in got
    assert not failed(report)


def test_a_difference_between_lettered_columns() -> None:
    """"2024년 (당초 | 추경(A)) | 2025년 당초(B) | 증 감(B-A)": the change is against the
    column the letters name, 추경 (it had been taken against 당초, and every row's change
    failed its check); a header of groups spaced out, "구 분 계 일 반 직 기 타", names no
    units (its syllables had been read as units)."""
    budget = _table(
        [
            ["구 분", "2024년", "", "2025년 당초(B)", "증 감 (B-A)"],
            ["", "당초", "추경(A)", "", ""],
            ["합 계", "900", "1,000", "1,100", "100"],
            ["도시계획과", "500", "600", "650", "50"],
            ["도시재생과", "400", "400", "450", "50"],
        ],
    )
    report = _hwpx(
        p("도시계획국"), p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조 직 : 2과 4팀"),
        p("2. 예산현황(세출)"), p("(단위 : 백만원)"), p(budget),
        p("Ⅱ. 2025 주요업무계획"), p("1. 도시기본계획 수립"), p("○ 사업기간 : 2025. 1.~12."),
    )  # fmt: skip
    got = [(r.unit, r.prev_budget_krw, r.budget_krw, r.change_krw) for r in report.budget_summary]
    assert got[0] == ("계", 1_000_000_000, 1_100_000_000, 100_000_000)
    assert not failed(report)


def test_a_plans_lettered_parts_number_its_themes() -> None:
    """Projects under "가. …", "나. …" take their part's place as theme_no, as under
    "1. …", "2. …" (it had been 0, which says no theme)."""
    survey = "  □ 농지 이용실태 조사 (농지관리팀)"
    report = _text(COUNTY.replace(survey, f" 나. 농지 관리\n\n{survey}"))
    got = [(p.theme_no, p.title) for p in report.projects if p.cost_krw]
    assert got == [(1, "농업인 공익수당 지원"), (2, "농지 이용실태 조사")]


# --- a report copied out with its tables' cells parted by tabs ----------------------------

TABBED = (
    "2024년도 주요업무보고\n2024. 2. 14.\n한빛광역시 문화체육관광국\n\n"
    "Ⅰ. 일반현황\n\n"
    "1. 조직\n"
    "□ 기 구 : 1국 2과 4팀\n"
    "국\t과\t팀 수\t팀 명\n"
    "문화체육관광국\t문화정책과\t2\t문화기획팀, 문화예술팀\n"
    "\t체육진흥과\t2\t체육정책팀, 생활체육팀\n\n"
    "2. 예산\n"
    "(단위: 백만원)\n"
    "구분\t2023\t2024\t증감\t증감률\n"
    "계\t1,000\t1,200\t200\t20.0\n"
    "문화정책과\t600\t700\t100\t16.7\n"
    "체육진흥과\t400\t500\t100\t25.0\n\n"
    "Ⅱ. 2024 주요업무계획\n\n"
    "1. 시립미술관 건립 (문화정책과)\n"
    "○ 사업기간 : 2024. 1. ~ 12.\n"
    "○ 추진일정\n"
    "추진내용\t1분기\t2분기\t3분기\t4분기\n"
    "건축공사 추진\t●\t●\t●\t●\n"
    "개관 준비 TF 구성·운영\t\t\t\t●\n"
)


def test_tables_with_their_cells_parted_by_tabs() -> None:
    """A row a line, its cells a tab apart (an empty cell where a merged one stood): every
    table is read, words and marks in its cells or not (the teams and the steps had been
    lost, folded into the bullet above them); a bare year over a column names it, no
    figure (2,023백만원 had been a total)."""
    report = _text(TABBED)
    teams = [(u.name, u.parent) for u in report.organization if u.level == "team"]
    assert teams == [
        ("문화기획팀", "문화정책과"), ("문화예술팀", "문화정책과"),
        ("체육정책팀", "체육진흥과"), ("생활체육팀", "체육진흥과"),
    ]  # fmt: skip
    steps = [(s.task, str(s.start), str(s.end)) for s in report.schedules]
    assert steps == [("건축공사 추진", "2024-01-01", "2024-12-31"),
                     ("개관 준비 TF 구성·운영", "2024-10-01", "2024-12-31")]  # fmt: skip
    lines = [(b.unit, b.year, b.amount_krw) for b in report.budget_lines]
    assert ("계", 2023, 1_000_000_000) in lines
    assert all(b.amount_krw != 2_023_000_000 for b in report.budget_lines)
    assert not failed(report)


# --- an agency's plan and its audit --------------------------------------------------------


def test_an_agencys_goals_under_its_mission_and_its_audit_headlines() -> None:
    """"미 션 | …" and "비 전 | …" over "경영목표 | 전략과제", the goals' label over two
    columns: the tasks are the third column's (none had been read); "○ 지적사항 : 총 2건
    (…)" over "○ 조치현황 : 총 2건 (완료 1, 진행 1)": the second sums the statuses up, 진행
    being in progress (no summary had been read, nor that status)."""
    goals = tbl(7, 3, [
        cell(0, 0, p("미 션")), cell(0, 1, p("지역기업의 성장을 돕는다"), cs=2),
        cell(1, 0, p("비 전")), cell(1, 1, p("함께 성장하는 경제혁신 파트너"), cs=2),
        cell(2, 0, p("경영목표"), cs=2), cell(2, 2, p("전략과제")),
        cell(3, 0, p("1. 창업·기업 성장 촉진"), rs=2, cs=2), cell(3, 2, p("1-1. 창업 지원 강화")),
        cell(4, 2, p("1-2. 스케일업 확대")),
        cell(5, 0, p("2. 민생경제 회복"), cs=2), cell(5, 2, p("2-1. 소상공인 경영안정")),
        cell(6, 0, p("3. 책임경영"), cs=2), cell(6, 2, p("3-1. 청렴 체계 확립")),
    ])  # fmt: skip
    findings = _table([
        ["구분", "지적사항", "조치결과", "조치여부"],
        ["시정", "여비 과다 지급", "환수 완료", "완료"],
        ["주의", "수의계약 부적정", "교육 실시 중", "진행"],
    ])  # fmt: skip
    report = _hwpx(
        p("가람도경제진흥원"),
        p("Ⅰ. 기관 현황"), p("1. 조직"), p("○ 조직 : 2본부 8팀"),
        p("Ⅱ. 2025 경영목표 및 전략"), p(goals),
        p("Ⅲ. 2025 주요사업 계획"), p("1. 창업 지원 (창업팀)"), p("○ 사업기간 : 2025. 1.~12."),
        p("Ⅳ. 2024 도 감사 지적사항 조치결과"),
        p("○ 지적사항 : 총 2건 (시정 1, 주의 1)"), p("○ 조치현황 : 총 2건 (완료 1, 진행 1)"),
        p(findings),
    )  # fmt: skip
    got = [(g.vision, g.goal_no, g.task) for g in report.policy_goals]
    assert got[:2] == [
        ("함께 성장하는 경제혁신 파트너", 1, "창업 지원 강화"),
        ("함께 성장하는 경제혁신 파트너", 1, "스케일업 확대"),
    ]
    assert [f.status for f in report.audit_findings] == ["completed", "in_progress"]
    rows = [(r.category, r.total, r.completed, r.in_progress) for r in report.audit_summary]
    # (and a row a category the headline counts, with its count alone)
    assert rows == [
        ("total", 2, 1, 1), ("correction", 1, None, None), ("other", 1, None, None),
    ]  # fmt: skip
    assert not failed(report)


# --- duties a cell lists without bullets ---------------------------------------------------


@pytest.mark.parametrize(
    ("cell_text", "duties"),
    [
        # a 군's 팀 | 담당업무: duties parted by commas, a cell wrapped over lines
        ("농정 종합계획 수립, 농업인 공익수당\n지원, 과 서무·예산 및 의회 업무",
         ["농정 종합계획 수립", "농업인 공익수당 지원", "과 서무·예산 및 의회 업무"]),
        # parted by spaced slashes (a text copied out of a table)
        ("문화정책 종합계획 수립 / 공립문화시설 운영",
         ["문화정책 종합계획 수립", "공립문화시설 운영"]),
        # a comma inside a bracket parts nothing
        ("농산물 산지유통센터(APC, 저온저장고) 운영, 스마트팜 보급",
         ["농산물 산지유통센터(APC, 저온저장고) 운영", "스마트팜 보급"]),
        # a list inside one duty: a part of one word is no duty of its own
        ("야간관광, 미식관광, 융합관광 등 추진", ["야간관광, 미식관광, 융합관광 등 추진"]),
        # a bulleted duty keeps its commas, as every report writes them
        ("○ 부채 및 채무의 관리, 투자사업 심사제도 운영\n○ 기금관리 총괄",
         ["부채 및 채무의 관리, 투자사업 심사제도 운영", "기금관리 총괄"]),
    ],
)  # fmt: skip
def test_a_cell_of_duties_without_bullets_lists_them(cell_text: str, duties: list[str]) -> None:
    """"팀 명 | 담 당 업 무" with a team's duties in one cell, parted by commas or slashes and
    no bullet: one duty for each part (the whole cell had been one duty), unless a part is
    one word, as in a list inside one duty; a bulleted duty is one, commas and all."""
    table = _table([["팀    명", "담 당 업 무"], ["농업정책팀", cell_text]])
    report = _hwpx(
        p("가람군 농업정책과"), p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 조 직 : 1과 1팀"),
        p("2. 주요업무"), p(table),
        p("Ⅱ. 2025년 주요업무 추진계획"), p("1. 농정 기획"), p("○ 사업기간 : 2025. 1.~12."),
    )  # fmt: skip
    assert [(f.division, f.function) for f in report.functions] == [
        ("농업정책팀", d) for d in duties
    ]


# --- goals labelled with their numbers ---------------------------------------------------

STRATEGIES = """\
2025 주요업무보고

Ⅰ. 일반현황

1. 조직
□ 조 직 : 1국 2과

Ⅱ. 2025 주요업무계획

비 전 : 함께 돌보고 모두가 누리는 행복복지 가람
전략 1 촘촘한 돌봄으로 함께 누리는 가람
 - 통합돌봄 전면 시행
 - 어르신 일자리 확대
전략 2 자립과 상생의 복지안전망
 - 장애인 자립생활 지원
 - 위기가구 발굴 및 긴급지원

전략 1 촘촘한 돌봄으로 함께 누리는 가람

1 통합돌봄 전면 시행 (복지정책과)
 ○ 사업기간 : 2025. 1. ~ 12.
 ○ 사업비 : 1,250,000천원
"""


def test_a_plan_opened_by_its_strategies_numbered_over_their_tasks() -> None:
    """"비 전 : …" over "전략 1 <title>" and "전략 2 <title>", each over its tasks marked
    "- …", opening the plan before its first banner: the goals and tasks (none had been
    read); the banner that numbers "전략 1" again is the plan's, no goal."""
    report = _text(STRATEGIES)
    got = [(g.vision, g.goal_no, g.goal, g.task_no, g.task) for g in report.policy_goals]
    vision = "함께 돌보고 모두가 누리는 행복복지 가람"
    assert got == [
        (vision, 1, "촘촘한 돌봄으로 함께 누리는 가람", 1, "통합돌봄 전면 시행"),
        (vision, 1, "촘촘한 돌봄으로 함께 누리는 가람", 2, "어르신 일자리 확대"),
        (vision, 2, "자립과 상생의 복지안전망", 1, "장애인 자립생활 지원"),
        (vision, 2, "자립과 상생의 복지안전망", 2, "위기가구 발굴 및 긴급지원"),
    ]


def _drawn(no: int, text: str, x0: float, top: float, x1: float) -> tuple[Line, BBox]:
    return Line(no, text, text, page=5), (x0, top, x1, top + 10.5)


def test_goal_boxes_beside_a_row_of_task_boxes() -> None:
    """A Chromium page (as drawn, in points): "비 전  …" in a box beside its label, then
    per goal a box of "목표 N" over its title, wrapped and set centred, a "▶", and a row of
    task boxes, their lines set centred, one wrapped inside a word the plan writes whole:
    each box a task, left to right, its wraps joined (no goal had been read)."""
    drawn = [
        _drawn(1, "비 전 함께 성장하는 균형도시", 62.4, 110.2, 447.3),
        _drawn(2, "목표 1", 99.0, 163.5, 127.5),
        _drawn(3, "미래 도시공간 구조", 70.4, 182.5, 156.0),
        _drawn(4, "재편", 104.5, 199.0, 122.0),
        _drawn(5, "2040 도시기본계", 215.8, 174.0, 292.6),
        _drawn(6, "획 수립", 238.3, 189.7, 270.2),
        _drawn(7, "원도심 도시재생", 330.8, 174.0, 411.6),
        _drawn(8, "혁신지구 조성", 335.4, 189.7, 407.0),
        _drawn(9, "도심 야간경관 개선", 446.7, 181.5, 529.8),
        _drawn(10, "▶", 177.5, 180.3, 191.5),
        _drawn(11, "목표 2", 99.0, 240.7, 127.5),
        _drawn(12, "살고 싶은 주거환경", 70.0, 259.8, 156.4),
        _drawn(13, "노후 임대주택 그린리모델링", 212.9, 258.7, 354.0),
        _drawn(14, "정비사업 갈등 관리", 388.9, 258.7, 529.1),
        _drawn(15, "▶", 177.5, 257.5, 191.5),
    ]
    lines = [ln for ln, _ in drawn]
    boxes = {ln.no: box for ln, box in drawn}
    goals = numbered_goals(lines, boxes, Lexicon(["2040 도시기본계획 수립 (도시계획과)"]))
    got = [(g.text, [g.task_text(i) for i in range(len(g.tasks))]) for g in goals]
    assert got == [
        ("미래 도시공간 구조 재편",
         ["2040 도시기본계획 수립", "원도심 도시재생 혁신지구 조성", "도심 야간경관 개선"]),
        ("살고 싶은 주거환경", ["노후 임대주택 그린리모델링", "정비사업 갈등 관리"]),
    ]  # fmt: skip
    assert diagram_vision(lines, goals, {}) == ("함께 성장하는 균형도시", [lines[0]])


@pytest.mark.parametrize(
    "texts",
    [
        ["전략 1 돌봄 강화", "- 통합돌봄", "전략 3 복지 확충", "- 자활"],  # 3 does not follow 1
        ["전략 1 돌봄 강화", "- 통합돌봄 시행", "- 일자리 확대"],  # one goal
        ["전략 1 돌봄 강화", "1. 통합돌봄 시행", "○ 사업기간", "전략 2 복지", "1. 자활"],  # a plan
    ],
)
def test_numbered_titles_that_are_no_page_of_goals(texts: list[str]) -> None:
    """Numbers that do not count from 1, a single goal, or a plan's banners over projects
    and their marked facts (two kinds of marks) are no goals."""
    lines = [Line(i, t, t) for i, t in enumerate(texts, start=1)]
    assert numbered_goals(lines, {}) == []


# --- a group's label cut by a page break ---------------------------------------------------


def _grid(page: int, rows: list[tuple[int, int, int, str]], n_rows: int) -> Grid:
    """A 3-column grid (부서 | 통계목 | 예산) of (row, col, row span, text) cells."""
    return Grid([Cell(r, c, rs, 1, (t,)) for r, c, rs, t in rows], n_rows, 3,
                page_start=page, page_end=page)  # fmt: skip


@pytest.mark.parametrize(
    ("first_cell", "joined"),
    [
        ((0, 0, 2, ""), True),  # the merged cell's part on the next page, drawn empty
        ((0, 0, 2, "입법담당관"), False),  # a group of its own
    ],
)
def test_a_groups_label_cut_by_a_page_break_spans_its_rows_again(
    first_cell: tuple[int, int, int, str], joined: bool
) -> None:
    """"의정담당관" merged over its 소계 and three items, the page breaking after the 소계:
    the next page draws the rest of the merged cell empty.  The items there are the
    의정담당관's still (they had had no unit, and the 소계 had not been checked)."""
    above = _grid(3, [(0, 0, 1, "부 서"), (0, 1, 1, "통계목"), (0, 2, 1, "예산"),
                      (1, 0, 1, "의정담당관"), (1, 1, 1, "소 계"), (1, 2, 1, "396,000")], 2)
    below = _grid(4, [first_cell, (0, 1, 1, "의정운영공통경비"), (0, 2, 1, "186,000"),
                      (1, 1, 1, "의원국외여비"), (1, 2, 1, "210,000")], 2)  # fmt: skip
    table = build_table(1, [above, below])
    heads = [c.row_header for c in table.cells if c.col == 2 and not c.is_header]
    owner = "의정담당관" if joined else "입법담당관"
    assert heads == ["의정담당관 / 소 계", f"{owner} / 의정운영공통경비", f"{owner} / 의원국외여비"]


def test_an_empty_first_cell_beside_no_labels_is_no_groups_rest() -> None:
    """A next page whose first column is empty beside figures only (no row labels) does
    not take the label above into its rows."""
    above = _grid(3, [(0, 0, 1, "구 분"), (0, 1, 1, "2024"), (0, 2, 1, "2025"),
                      (1, 0, 1, "총무과"), (1, 1, 1, "120"), (1, 2, 1, "130")], 2)
    below = _grid(4, [(0, 0, 1, ""), (0, 1, 1, "140"), (0, 2, 1, "150")], 1)  # fmt: skip
    table = build_table(1, [above, below])
    assert [c.text for c in table.cells if c.col == 0] == ["구 분", "총무과", ""]


# --- findings pointed to by a hand; a 과 | 팀 table a cell a line ----------------------------

POINTED = """\
2026 주요업무보고

Ⅰ. 일반현황

1. 조직
□ 조 직 : 1국 2과

Ⅱ. 2025 행정사무감사 처리결과

‹ 시정·처리요구사항 : 2건 >

① 지적사항 (복지정책과) 위기가구 발굴 이후 사후관리 미흡
   ☞ 조치결과 : 사후관리 매뉴얼 제정(’25. 12.)
   ☞ 처리상황 : 완료

② 지적사항 (노인장애인과, 보건위생과) 경로당 냉난방비 지원 기준 정비
   ☞ 조치결과 : 지원 기준 개정 추진 중
   ☞ 처리상황 : 추진중
"""


def test_findings_whose_action_and_status_a_hand_points_to() -> None:
    """"① 지적사항 (복지정책과) …" over "☞ 조치결과 : …" and "☞ 처리상황 : 완료": ☞ is a
    bullet (its lines had been taken as the title's wrap, and no finding read), the label
    no part of the finding and the bracket after it its divisions."""
    report = _text(POINTED)
    got = [(f.no, f.divisions, f.finding, f.actions, f.status) for f in report.audit_findings]
    assert got == [
        (1, ["복지정책과"], "위기가구 발굴 이후 사후관리 미흡", "사후관리 매뉴얼 제정(’25. 12.)",
         "completed"),
        (2, ["노인장애인과", "보건위생과"], "경로당 냉난방비 지원 기준 정비",
         "지원 기준 개정 추진 중", "in_progress"),
    ]  # fmt: skip


CELL_LINES = """\
2025 주요업무보고
가람광역시 경제통상국

Ⅰ. 일반현황

가. 조 직

○ 기 구 : 2과 5팀

과
팀
경제정책과
경제기획팀, 공정경제팀, 물가관리팀
일자리정책과
일자리기획팀, 청년일자리팀

Ⅱ. 2025 주요업무계획

1. 소상공인 지원 (경제정책과)
○ 사업기간 : 2025. 1.~12.
"""


def test_a_table_of_divisions_and_their_teams_written_a_cell_a_line() -> None:
    """"과" / "팀" / "경제정책과" / "경제기획팀, 공정경제팀, …" (a 과 | 팀 table as a text
    export writes it, a cell a line): each 과 over the teams the line after it lists, and
    the header no unit (the teams had been lost, "과팀" read as a team, and the count
    line's check failed)."""
    report = _text(CELL_LINES)
    units = [(u.name, u.level, u.parent) for u in report.organization]
    assert units == [
        ("경제통상국", "bureau", None),
        ("경제정책과", "division", "경제통상국"),
        ("경제기획팀", "team", "경제정책과"), ("공정경제팀", "team", "경제정책과"),
        ("물가관리팀", "team", "경제정책과"),
        ("일자리정책과", "division", "경제통상국"),
        ("일자리기획팀", "team", "일자리정책과"), ("청년일자리팀", "team", "일자리정책과"),
    ]  # fmt: skip
    assert not failed(report)


# --- a finding on two rows; a summary by category columns ----------------------------------


def test_findings_each_on_two_rows_under_stacked_headers() -> None:
    """"연번 | 지적사항 / 조치결과 | 소관부서 / 처리상태", each finding's number merged over
    two rows: the finding and its division on the first ("지적사항 : …"), what was done and
    how far on the second ("조치결과 : …" | 완료).  One finding a pair (each row had been a
    finding, the status a division)."""
    pairs = [
        ("도로 점용료 부과 누락", "도로관리과", "전수조사 후 추가 부과", "완료"),
        ("가드레일 정비 지연", "도로안전과", "파손 132개소 중 95개소 정비", "추진중"),
    ]
    cells = [cell(0, 0, p("연번")), cell(0, 1, p("지적사항"), p("조치결과")),
             cell(0, 2, p("소관부서"), p("처리상태"))]  # fmt: skip
    for i, (finding, unit, action, status) in enumerate(pairs):
        r = 1 + 2 * i
        cells += [
            cell(r, 0, p(str(i + 1)), rs=2), cell(r, 1, p(f"지적사항 : {finding}")),
            cell(r, 2, p(unit)), cell(r + 1, 1, p(f"조치결과 : {action}")),
            cell(r + 1, 2, p(status)),
        ]  # fmt: skip
    report = _hwpx(
        p("한솔도 도로관리사업소"), p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 기구 : 3과"),
        p("Ⅱ. 2025년 행정사무감사 지적사항 처리결과"), p(tbl(5, 3, cells)),
    )  # fmt: skip
    got = [(f.no, f.finding, f.divisions, f.actions, f.status) for f in report.audit_findings]
    assert got == [
        (1, "도로 점용료 부과 누락", ["도로관리과"], "전수조사 후 추가 부과", "completed"),
        (2, "가드레일 정비 지연", ["도로안전과"], "파손 132개소 중 95개소 정비", "in_progress"),
    ]


SUMMARY_BY_COLUMNS = """\
2026년 주요업무보고

Ⅰ. 일반현황

1. 조직
○ 기구 : 3과

Ⅱ. 2025년 행정사무감사 지적사항 처리결과

1. 처리현황
○ 지적사항 총 6건 중 완료 4건, 추진중 2건
(단위 : 건)
구 분      계      시정      처리      건의
건 수      6        2         3         1
완 료      4        2         1         1
추 진 중   2        -         2         -
"""


def test_a_summary_whose_columns_are_the_categories() -> None:
    """"구 분 | 계 | 시정 | 처리 | 건의" over the rows 건 수, 완 료, 추 진 중: the categories
    are the columns, the count and each status a row (three "unknown category" warnings
    had been all it gave)."""
    report = _text(SUMMARY_BY_COLUMNS)
    got = [(s.category, s.category_raw, s.total, s.completed, s.in_progress)
           for s in report.audit_summary]  # fmt: skip
    assert got == [
        ("total", "계", 6, 4, 2), ("correction", "시정", 2, 2, 0),
        ("correction", "처리", 3, 1, 2), ("suggestion", "건의", 1, 1, 0),
    ]  # fmt: skip
    assert not [w for w in report.warnings if w.code.startswith("audit_summary")]


# --- a plan that lists its projects one a row ----------------------------------------------


def _listing(rows: list[tuple[str, str, str, str, str, str, list[str]]]) -> str:
    """"연번 | 사업명 | 사업기간 | 사업비(백만원) 계 / 구비 / 시비 | 주관부서 | 주요 추진일정",
    the cost's header over two rows."""
    cells = [
        cell(0, 0, p("연번"), rs=2), cell(0, 1, p("사업명"), rs=2), cell(0, 2, p("사업기간"), rs=2),
        cell(0, 3, p("사업비(백만원)"), cs=3), cell(0, 6, p("주관부서"), rs=2),
        cell(0, 7, p("주요 추진일정"), rs=2),
        cell(1, 3, p("계")), cell(1, 4, p("구비")), cell(1, 5, p("시비")),
    ]  # fmt: skip
    for r, (no, name, period, total, gu, si, steps) in enumerate(rows, start=2):
        unit = "안전총괄과" if r == 2 else "건설관리과"
        cells += [cell(r, 0, p(no)), cell(r, 1, p(name)), cell(r, 2, p(period)),
                  cell(r, 3, p(total)), cell(r, 4, p(gu)), cell(r, 5, p(si)),
                  cell(r, 6, p(unit)), cell(r, 7, *map(p, steps))]  # fmt: skip
    return tbl(2 + len(rows), 8, cells)


def test_a_theme_over_a_table_of_its_projects_one_a_row() -> None:
    """"1. 안전한 도시기반 조성" over a table listing its projects one a row: each row a
    project of that theme (the theme had been the one project, the rows its steps), with
    its period, its cost (계, in the header's 백만원) and its shares (the columns headed
    by a source), its division (주관부서) and a step for each line of its schedule."""
    rows = [
        ("1", "재난감시 CCTV 확충", "’26. 1.~12.", "1,120", "560", "560",
         ["’26. 3월 실시설계", "’26. 5.~9. 설치공사"]),
        ("2", "교량 내진보강", "’26. 1.~’27. 6.", "3,200", "960", "2,240", ["’27. 6월 준공"]),
    ]  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("솔내구 안전건설국"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 기구 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 안전한 도시기반 조성"),
        p("□ 추진방향 : 재난감시 인프라 확충"), p(_listing(rows)),
    )  # fmt: skip
    got = [(x.project_id, x.theme_no, x.theme, x.title, x.division, str(x.period_start),
            str(x.period_end), x.cost_krw) for x in report.projects]  # fmt: skip
    assert got == [
        ("1-1", 1, "안전한 도시기반 조성", "재난감시 CCTV 확충", "안전총괄과", "2026-01-01",
         "2026-12-31", 1_120_000_000),
        ("1-2", 1, "안전한 도시기반 조성", "교량 내진보강", "건설관리과", "2026-01-01",
         "2027-06-30", 3_200_000_000),
    ]  # fmt: skip
    shares = [(f.project_id, f.source, f.amount_krw) for f in report.project_funding]
    assert shares == [("1-1", "구비", 560_000_000), ("1-1", "시비", 560_000_000),
                      ("1-2", "구비", 960_000_000), ("1-2", "시비", 2_240_000_000)]  # fmt: skip
    steps = [(s.project_id, s.task, str(s.start)) for s in report.schedules]
    assert steps == [("1-1", "실시설계", "2026-03-01"), ("1-1", "설치공사", "2026-05-01"),
                     ("1-2", "준공", "2027-06-01")]  # fmt: skip
    assert not failed(report)


def test_one_row_of_facts_under_a_project_is_its_own() -> None:
    """A table of one row under a project ("사업명 | 사업기간 | 사업비") is that project's
    facts, no list of projects: the project stays one."""
    rows = [("1", "재난감시 CCTV 확충", "’26. 1.~12.", "1,120", "560", "560", ["’26. 3월 착수"])]
    report = _hwpx(
        p("2026년 주요업무계획"), p("솔내구 안전건설국"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 기구 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 재난감시 CCTV 확충"), p(_listing(rows)),
    )  # fmt: skip
    assert [(x.project_id, x.title) for x in report.projects] == [("1", "재난감시 CCTV 확충")]


# --- a card in two columns under their titles ------------------------------------------------


def test_a_title_line_over_the_cards_facts_is_its_block() -> None:
    """"1 가람지구 도시개발사업" over the boxed titles "현 황" and "추진계획", the card's
    facts under the second ("○ 사업기간 : …", "○ 총사업비 : 4,520억원 (공사 자체 3,000,
    차입 1,520)"): the card's own period, cost and shares, and no project "추진계획" (the
    title had been a sub-project holding them, the card none)."""
    card = _node("item", "1 가람지구 도시개발사업", 1, [
        _node("figure", "현 황", 2),
        _node("title", "추진계획", 3, [
            _node("bullet", "○ 사업기간 : 2024. 3. ~ 2028. 12.", 4),
            _node("bullet", "○ 총사업비 : 4,520억원 (공사 자체 3,000, 차입 1,520)", 5),
            _node("bullet", "○ 잔여 토지 보상 완료 및 수용재결 신청", 6),
        ]),
    ])  # fmt: skip
    root = _node("heading", "Ⅱ. 2026년 주요업무 추진계획", 0, [card])
    units = read_units(root, 2026)
    assert [(u.project_id, u.title) for u in units] == [("1", "가람지구 도시개발사업")]
    (u,) = units
    assert u.period is not None and (u.period.start, u.period.end) == (
        date(2024, 3, 1), date(2028, 12, 31))
    assert u.cost is not None and u.cost.krw == 452_000_000_000
    assert [(s.source, s.amount_krw) for s in u.cost.funding] == [
        ("공사 자체", 300_000_000_000), ("차입", 152_000_000_000)]


def _item(col: int, row: int, text: str) -> list[_Stretch]:
    return [_Stretch(row, col, [], text, 50.0 + 380 * col, 300.0 + 380 * col, 100.0 + 14 * row,
                     110.0 + 14 * row)]  # fmt: skip


@pytest.mark.parametrize(
    ("left", "right", "down"),
    [
        # two lists, each with its sub-items: one column after the other
        (["○ 사업기간 : 2024. 3.", "○ 추진경과", "- ’24. 3. : 구역 지정"],
         ["○ 잔여 토지 보상", "- 미협의 토지 수용재결", "○ 1단계 착공"], True),
        # notes beside the rows they annotate: across
        (["ㅇ 기구명칭 : 세계관광기구", "ㅇ 설립연도 : 1974년"],
         ["* UN 전문기관 지정", "* 명칭변경"], False),
        # a grid of items of one kind: across
        (["◈ 탄소중립 우수사례 선정", "◈ 폐기물처리시설 평가 최우수"],
         ["◈ 경연대회 우수기관 선정", "◈ 재난관리평가 우수기관"], False),
        # items numbered across after their marks: across
        (["• 1 계획적 재정운용", "- 중기재정계획", "• 3 재정건전성 유지"],
         ["• 2 재정 효율성 제고", "- 성과평가", "• 4 예산제도 실효성"], False),
    ],
)  # fmt: skip
def test_two_columns_read_down_only_as_two_lists(
    left: list[str], right: list[str], down: bool
) -> None:
    """Items of two columns side by side are read one column after the other only where
    each column is a list of its own, sub-items under items (a card's 현황 beside its
    추진계획: read across, each sub-item had gone under the other column's item)."""
    items = [_item(0, r, t) for r, t in enumerate(left)]
    items += [_item(1, r, t) for r, t in enumerate(right)]
    order = [it[0].text for it in _reading_order(items)]
    across = [t for pair in zip(left, right, strict=True) for t in pair]
    assert order == ([*left, *right] if down else across)


def _glyphs(text: str, x: float) -> list[Glyph]:
    out = []
    for ch in text:
        w = 9.0 if "가" <= ch <= "힣" else 5.0
        out.append(Glyph(ch, x, x + w, 100.0, 110.0, 10.0))
        x += w
    return out


@pytest.mark.parametrize(
    ("text", "wordy"),
    [
        ("○ 계획인구 : 9,850세대 / 23,640명", True),  # two figures among words
        ("○ 총사업비 : 4,520억원 (공사 자체 3,000, 차입 1,520)", True),
        ("1,234 5,678 9,012", False),  # a row of figures: no column of text
    ],
)
def test_a_column_of_text_counts_figures_not_digits(text: str, wordy: bool) -> None:
    """A stretch beside a gutter is text when it has more syllables than figures (it had
    been counted in digits: "9,850세대 / 23,640명" was no text, and the card's columns were
    cut into runs read across)."""
    parts = [_glyphs(text, 50.0), _glyphs("○ 잔여 토지 보상 완료 및 수용재결 신청", 430.0)]
    assert _wordy(parts) is wordy


def test_a_corporations_table_of_its_units_over_their_teams() -> None:
    """"본부 | 팀 | 주요업무", two 본부 and a 실 each merged over its teams: each unit is the
    corporation's, its teams its own (the second 본부 and the 실 had been set under the
    first, as a chart drawn one under the other)."""
    cells = [cell(0, 0, p("본부")), cell(0, 1, p("팀")), cell(0, 2, p("주 요 업 무")),
             cell(1, 0, p("경영기획본부"), rs=2), cell(1, 1, p("기획예산팀")),
             cell(1, 2, p("- 예산 편성")), cell(2, 1, p("경영지원팀")), cell(2, 2, p("- 인사")),
             cell(3, 0, p("사업본부")), cell(3, 1, p("개발사업팀")), cell(3, 2, p("- 도시개발")),
             cell(4, 0, p("감사실")), cell(4, 1, p("감사팀")), cell(4, 2, p("- 감사"))]  # fmt: skip
    report = _hwpx(
        p("한누리도시공사"), p("2026년도 주요업무계획"),
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 조직 : 2본부 1실 4팀"), p(tbl(5, 3, cells)),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 가람지구 도시개발사업"),
        p("○ 사업기간 : 2024. 3. ~ 2028. 12."),
    )  # fmt: skip
    got = [(u.name, u.parent) for u in report.organization]
    assert got == [
        ("한누리도시공사", None), ("경영기획본부", "한누리도시공사"),
        ("기획예산팀", "경영기획본부"), ("경영지원팀", "경영기획본부"),
        ("사업본부", "한누리도시공사"), ("개발사업팀", "사업본부"),
        ("감사실", "한누리도시공사"), ("감사팀", "감사실"),
    ]


@pytest.mark.parametrize(
    ("text", "raw", "task"),
    [
        ("분기별 : 지원실적 모니터링 및 사례회의", "분기별", "지원실적 모니터링 및 사례회의"),
        ("매  월 : 자치구별 위기가구 실적 점검", "매  월", "자치구별 위기가구 실적 점검"),
        ("연 2회 : 유관기관 합동 점검", "연 2회", "유관기관 합동 점검"),
    ],
)  # fmt: skip
def test_a_step_led_by_how_often_runs_through_the_plans_year(
    text: str, raw: str, task: str
) -> None:
    """"- 분기별 : …", "- 매  월 : …" among a plan's dated steps: how often, then the task,
    through the plan's year (such steps had been dropped, with no warning)."""
    ((span, got, as_written),) = text_steps(text, 2026, True)
    assert (got, as_written, span.start, span.end, span.precision) == (
        task, raw, date(2026, 1, 1), date(2026, 12, 31), "year")


CAPTIONED = """\
2026년 주요업무계획
솔내구 안전건설국

Ⅰ. 일반현황

1. 조 직
○ 기구 : 1국 2과

2. 예 산
○ 2026년 본예산 : 8,400,000천원
(단위 : 천원, 일반회계 세출)
구 분     2025년 최종예산(A)   2026년 본예산(B)   증감(B-A)   증감률(%)
계              8,000,000          8,400,000       400,000        5.0
안전총괄과      3,000,000          3,300,000       300,000       10.0
건설관리과      5,000,000          5,100,000       100,000        2.0

Ⅱ. 2026년 주요업무계획

1. 재난감시 CCTV 확충 (안전총괄과)
○ 사업기간 : 2026. 1.~12.
"""


def test_a_caption_that_names_the_tables_account_and_side() -> None:
    """"(단위 : 천원, 일반회계 세출)" over the budget table: its rows are of 세출, in
    일반회계 (the caption's brackets had hidden both)."""
    report = _text(CAPTIONED)
    assert {r.side for r in report.budget_summary} == {"expenditure"}
    assert {(r.account, r.side) for r in report.budget_lines} == {("일반회계", "expenditure")}


def test_a_budgets_sides_after_its_label() -> None:
    """"□ 2026년 예산 : 수익 3,853억원, 비용 3,548억원": both sides are stated totals (the
    second clause names no budget of its own: only 수익 had been kept)."""
    text = "□ 2026년 예산 : 수익 3,853억원, 비용 3,548억원"
    got = [(s.key, s.value) for s in line_totals(Line(1, text, text), 2026)]
    assert got == [("budget.revenue", 385_300_000_000), ("budget.expenditure", 354_800_000_000)]
