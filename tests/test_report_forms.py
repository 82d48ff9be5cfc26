"""More forms of the genre, each from a report written for the purpose in a form the
earlier ones had not covered (a 실 with a 기획관, a 도 국's text export, a 출연기관's PDF, a
구청's and an 교육청's Hangul files, a 군 과's own report): what each must give, worked out
from its lines, and what had been lost or misfiled before."""

from __future__ import annotations

from datetime import date

import pytest

from extract.layout.markers import read_marker
from extract.normalize.mentions import find_mentions
from extract.normalize.wraps import join_wrapped
from extract.parse.budget_items import nest
from schemas import Report
from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probed import failed

# --- a 실 with a 기획관 over two of its 과, and a 사업소 named for its work ---------------------

GROUPED = """2022년 주요업무보고
복지정책실

Ⅰ. 일 반 현 황

조직현황  1실 1기획관 3과 5팀 1사업소
복지정책실

복지정책과 복지기획관

희망복지지원과 자활지원과

복

지

재

단

팀

정

책

총

괄

팀

희

망

복

지

팀

긴

급

복

지

팀

자

활

사

업

팀

사업소 : 은평의마을

예산현황
(단위: 백만원)
구 분 ’21년 예산 ’22년 예산 증감 증감률
계 1,100 1,210 110 10.0%
복지정책과 300 330 30 10.0%
복지기획관 700 770 70 10.0%
희망복지지원과 200 230 30 15.0%
자활지원과 500 540 40 8.0%
은평의마을 100 110 10 10.0%

붙 임 1
2022년 세부사업 예산 현황
부서명 / 사업명 ’22년 예산 ’22년 예산현액
복지정책실 1,210,000 1,210,000
복지정책과 330,000 330,000
복지재단 운영 300,000 300,000
기본경비 30,000 30,000
복지기획관 770,000 770,000
희망복지지원과 230,000 230,000
긴급복지 지원 230,000 230,000
자활지원과 540,000 540,000
자활사업 지원 540,000 540,000
은평의마을 110,000 110,000
은평의마을 운영 100,000 100,000
기본경비 10,000 10,000
(단위: 천원)
"""


@pytest.fixture(scope="module")
def grouped() -> Report:
    return _text(GROUPED)


def test_a_planning_office_over_two_divisions(grouped: Report) -> None:
    """"1실 1기획관": the 기획관 is of the bureau's level under the 실, takes no team of
    the row it is drawn in, and the appendix's sums (its row over two 과) place its 과
    under it; "사업소 : 은평의마을" lists a unit not named for its kind; a team name read
    down its letters goes on past a unit word ("복지재단" then "팀")."""
    units = {u.name: (u.level, u.parent, u.unit_type) for u in grouped.organization}
    assert units == {
        "복지정책실": ("bureau", None, "실"),
        "복지정책과": ("division", "복지정책실", "과"),
        "복지기획관": ("bureau", "복지정책실", "기획관"),
        "희망복지지원과": ("division", "복지기획관", "과"),
        "자활지원과": ("division", "복지기획관", "과"),
        "은평의마을": ("division", "복지정책실", "사업소"),
        "복지재단팀": ("team", "복지정책과", "팀"),
        "정책총괄팀": ("team", "복지정책과", "팀"),
        "희망복지팀": ("team", "희망복지지원과", "팀"),
        "긴급복지팀": ("team", "희망복지지원과", "팀"),
        "자활사업팀": ("team", "자활지원과", "팀"),
    }
    assert not failed(grouped)


def test_an_appendix_row_over_divisions_is_their_group(grouped: Report) -> None:
    """The 기획관's row adds up its two 과 (not a division of no items, nor counted with
    them in the 실's sum); a row after a division whose items are all read, whose own
    items add up to it, is a unit (은평의마을)."""
    rows = [(b.level, b.item, b.parent) for b in grouped.budget_items if b.level != "item"]
    assert rows == [
        ("bureau", "복지정책실", None), ("division", "복지정책과", "복지정책실"),
        ("bureau", "복지기획관", "복지정책실"), ("division", "희망복지지원과", "복지기획관"),
        ("division", "자활지원과", "복지기획관"), ("division", "은평의마을", "복지정책실"),
    ]  # fmt: skip
    sums = {c.check for c in grouped.validation if c.check.startswith("budget_items")}
    assert {"budget_items.bureau_sum.budget", "budget_items.division_sum.budget"} <= sums
    totals = {b.unit for b in grouped.budget_lines if b.is_total}
    assert totals == {"계", "복지기획관"}


@pytest.mark.parametrize(
    ("levels", "amounts", "want_levels", "want_parents"),
    [
        # bureau > division > items: the names say all
        ("b d i i", [30, 30, 10, 20], "b d i i", [None, 0, 1, 1]),
        # a row after a division whose items are read, its own items adding up to it
        ("b d i i i", [40, 30, 30, 10, 10], "b d i d i", [None, 0, 1, 0, 3]),
        # not where the division's items do not add up yet (the report's own error stays)
        ("b d i i i", [40, 35, 30, 10, 10], "b d i i i", [None, 0, 1, 1, 1]),
        # nor where the row's own items do not add up to it
        ("b d i i i", [40, 30, 30, 10, 5], "b d i i i", [None, 0, 1, 1, 1]),
        # a division's row over two divisions that add up to it: their group
        ("b d i d d i d i", [60, 10, 10, 50, 20, 20, 30, 30], "b d i b d i d i",
         [None, 0, 1, 0, 3, 4, 3, 6]),
        # over one division only: no group
        ("b d d i", [20, 20, 20, 20], "b d d i", [None, 0, 0, 2]),
    ],
)  # fmt: skip
def test_appendix_levels_from_its_sums(
    levels: str, amounts: list[int], want_levels: str, want_parents: list[int | None]
) -> None:
    names = {"b": "bureau", "d": "division", "i": "item"}
    got_levels, parents = nest([names[x] for x in levels.split()], amounts)
    assert got_levels == [names[x] for x in want_levels.split()]
    assert parents == want_parents


# --- a province bureau's text export: a chart in columns, 【 과 】 parts -----------------------

PROVINCE = """
              2025년도 주요업무보고

                 농수산해양위원회

                충 청 남 도
               해 양 수 산 국

Ⅰ  일 반 현 황

1  조    직

❍ 기구 : 1국 2과 5팀

                    해양수산국장

      해양정책과          수산정책과
      해양정책팀          수산정책팀
      해양환경팀          수산자원팀
                          어업지도팀

2  인    력

❍ 정원 30명 / 현원 29명

3  예    산

❍ 세입예산 : 120.0억원 (전년 대비 20.0억원 증)

   [세 입]                                        (단위 : 억원, %)
   구    분           2024년         2025년          증  감        증감률(%)
   계                  100.0          120.0           20.0           20.0
   해양정책과           40.0           50.0           10.0           25.0
   수산정책과           60.0           70.0           10.0           16.7

❍ 세출예산 : 330.0억원 (전년 대비 30.0억원 증)

   [세 출]                                        (단위 : 억원, %)
   구    분           2024년         2025년          증  감        증감률(%)
   계                  300.0          330.0           30.0           10.0
   해양정책과          100.0          120.0           20.0           20.0
   수산정책과          200.0          210.0           10.0            5.0

Ⅲ  2025년 정책목표 및 전략

  비  전 :  바다에서 여는 풍요로운 충남

  전략 1  미래형 수산업 육성
      - 스마트 양식 확산
      - 수산물 수출 판로 다변화

  전략 2  깨끗하고 안전한 바다
      - 해양쓰레기 없는 바다 만들기
      - 연안 재해 예방

Ⅳ  2025년 주요업무계획

【 해양정책과 】

1  해양쓰레기 없는 바다 만들기

❍ 사업개요 : ’25. 1.~12., 사업비 12억원(국 6, 도 6)

❍ 세부사업 예산 : 12억원(정화사업)

【 수산정책과 】

1  스마트 양식 확산

❍ 사업개요 : ’25. 1.~12., 사업비 35억원(국 10, 도 25)

❍ 추진계획

  ◦ 양식장 설비 착공 : 25.5.

  ◦ 2026년 국비 추가 확보 건의 : ’25. 5.~8.

Ⅴ  주요 현안사항

1  천수만 적조 피해 대응

(1) 현    황

  ❍ ’24. 8. 천수만 일원 적조 발생, 양식어류 폐사(피해액 38.4억원)

(2) 대응계획

  ❍ 소요예산 : 21억원(국 10.5, 도 10.5)

  ❍ 적조 예찰선 운영 : ’25. 6.~9.

Ⅵ  2024년 행정사무감사 지적사항 처리결과

❍ 총 2건 (완료 1, 추진중 1)

① 어업지도선 대체건조 계획 수립 필요 (수산정책과)

   ▪ 조치결과 : 지도선 2척 대체건조 예산 반영

   ▪ 처리상황 : 완료

② 해양쓰레기 처리시설 부족 대책 마련 (해양정책과)

   ▪ 조치결과 : 전처리시설 1개소 설치 국비 건의(’25. 3.)

   ▪ 처리상황 : 추진중
"""


@pytest.fixture(scope="module")
def province() -> Report:
    return _text(PROVINCE)


def test_a_chart_whose_teams_stand_in_columns(province: Report) -> None:
    """Each line of teams lists one team of each division, a team alone on the last line
    under its own division's column; the bureau's head is no team; the cover's province
    is not the bureau; "2  인    력" is the staff part, not "2인"."""
    units = [(u.name, u.level, u.parent) for u in province.organization]
    assert units == [
        ("해양수산국", "bureau", None),
        ("해양정책과", "division", "해양수산국"), ("수산정책과", "division", "해양수산국"),
        ("해양정책팀", "team", "해양정책과"), ("수산정책팀", "team", "수산정책과"),
        ("해양환경팀", "team", "해양정책과"), ("수산자원팀", "team", "수산정책과"),
        ("어업지도팀", "team", "수산정책과"),
    ]  # fmt: skip
    assert province.meta.bureau == "해양수산국"
    assert {s.key for s in province.sections if s.found} >= {"organization", "staffing"}


def test_a_bullet_between_two_budget_tables_is_no_row(province: Report) -> None:
    """"❍ 세출예산 : 330.0억원 (…)" over the second table closes the first."""
    rows = [(r.side, r.unit) for r in province.budget_summary]
    assert rows == [
        ("revenue", "계"), ("revenue", "해양정책과"), ("revenue", "수산정책과"),
        ("expenditure", "계"), ("expenditure", "해양정책과"), ("expenditure", "수산정책과"),
    ]  # fmt: skip
    assert not failed(province)


def test_a_plan_in_parts_titled_in_brackets(province: Report) -> None:
    """"【 해양정책과 】" titles the part of the plan of that division: its projects under
    it (not under the last bullet of the part before), of its division."""
    got = [(p.project_id, p.title, p.theme, p.division) for p in province.projects if p.theme_no]
    assert got == [
        ("1-1", "해양쓰레기 없는 바다 만들기", "해양정책과", "해양정책과"),
        ("2-1", "스마트 양식 확산", "수산정책과", "수산정책과"),
    ]


# --- an agency's report: units listed under their 본부, a matrix of 경영목표 ------------------

AGENCY = """2026년도 주요업무보고
한빛도 경제진흥원

Ⅰ. 기관 일반현황

1. 조직
□ 조 직 : 2본부 1실 5팀
○ 원장 직속 : 감사실
○ 경영기획본부 : 경영지원팀, 기획예산팀
○ 기업성장본부 : 수출지원팀, 창업지원팀, 판로지원팀

Ⅱ. 2026년 주요사업 계획

1. 소상공인 경영안정자금 이차보전
○ 지원규모 : 융자 700억원 (업체당 최대 5천만원)
○ 사 업 비 : 4,800백만원 (도비 3,360, 시군비 1,440)
"""


def test_units_listed_under_their_headquarters() -> None:
    """"○ 경영기획본부 : 경영지원팀, 기획예산팀" names the unit and its teams; "○ 원장 직속 :
    감사실" a unit right under the top."""
    report = _text(AGENCY)
    units = [(u.name, u.level, u.parent) for u in report.organization]
    assert units == [
        ("한빛도경제진흥원", "bureau", None), ("감사실", "bureau", "한빛도경제진흥원"),
        ("경영기획본부", "bureau", "한빛도경제진흥원"), ("경영지원팀", "team", "경영기획본부"),
        ("기획예산팀", "team", "경영기획본부"), ("기업성장본부", "bureau", "한빛도경제진흥원"),
        ("수출지원팀", "team", "기업성장본부"), ("창업지원팀", "team", "기업성장본부"),
        ("판로지원팀", "team", "기업성장본부"),
    ]  # fmt: skip
    assert not failed(report)


def test_a_costs_own_label_outranks_a_scale_before_it() -> None:
    """"지원규모 : 융자 700억원" is what it lends; "사 업 비 : 4,800백만원 (…)" its cost."""
    project = _text(AGENCY).projects[0]
    assert (project.cost_krw, project.cost_raw) == (4_800_000_000, "4,800백만원")


def test_a_matrix_of_a_management_goal_over_strategic_goals() -> None:
    """비전 / 경영목표 (one aim) / 전략목표 (the goal columns) / 전략과제 (the tasks, rows)."""
    goals = ["글로벌 시장 진출 확대", "혁신 창업 생태계 조성", "소상공인 자생력 강화"]
    tasks = [["수출 유망기업 육성", "창업기업 보육 강화", "경영안정자금 지원"],
             ["통상거점 운영", "기술개발 지원", "골목상권 활성화"]]  # fmt: skip
    cells = [
        cell(0, 0, p("비  전")), cell(0, 1, p("든든한 성장 파트너"), cs=3),
        cell(1, 0, p("경영목표")), cell(1, 1, p("수출기업 500개사 육성"), cs=3),
        cell(2, 0, p("전략목표")), *(cell(2, 1 + k, p(g)) for k, g in enumerate(goals)),
        cell(3, 0, p("전략과제"), rs=2),
        *(cell(3 + r, 1 + k, p(t)) for r, row in enumerate(tasks) for k, t in enumerate(row)),
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 1원 2팀"),
        p("Ⅱ. 2026년 경영목표 및 전략"),
        p(tbl(5, 4, cells)),
        p("Ⅲ. 2026년 주요사업 계획"), p("1. 수출 지원"), p("○ 사업비 : 10억원"),
    )  # fmt: skip
    got = [(g.goal_no, g.goal, g.task_no, g.task) for g in report.policy_goals]
    assert got == [
        (1, "글로벌 시장 진출 확대", 1, "수출 유망기업 육성"),
        (2, "혁신 창업 생태계 조성", 1, "창업기업 보육 강화"),
        (3, "소상공인 자생력 강화", 1, "경영안정자금 지원"),
        (1, "글로벌 시장 진출 확대", 2, "통상거점 운영"),
        (2, "혁신 창업 생태계 조성", 2, "기술개발 지원"),
        (3, "소상공인 자생력 강화", 2, "골목상권 활성화"),
    ]
    assert {g.vision for g in report.policy_goals} == {"든든한 성장 파트너"}


def test_an_issue_in_numbered_blocks(province: Report) -> None:
    """"(1) 현 황" / "(2) 대응계획" under a 현안 are its blocks, not projects; the cost
    labelled in its plan block is its cost (not the damage its 현황 states)."""
    issues = [(p.project_id, p.title, p.cost_krw) for p in province.projects if not p.theme_no]
    assert issues == [("현안1", "천수만 적조 피해 대응", 2_100_000_000)]
    issue = province.project_funding
    funding = {(f.source, f.amount_krw) for f in issue if f.project_id == "현안1"}
    assert funding == {("국비", 1_050_000_000), ("도비", 1_050_000_000)}
    steps = [(s.task, s.start.isoformat()) for s in province.schedules if s.project_id == "현안1"]
    assert steps == [("적조 예찰선 운영", "2025-06-01")]


def test_findings_as_items_with_labelled_lines_and_a_headline(province: Report) -> None:
    """"① … (수산정책과)" / "▪ 조치결과 : …" / "▪ 처리상황 : 완료": each item a finding with
    its division, action and status (not the lines run together as one); "❍ 총 2건 (완료
    1, 추진중 1)" the summary's total row."""
    got = [(f.no, f.divisions, f.finding, f.status, f.actions) for f in province.audit_findings]
    assert got == [
        (1, ["수산정책과"], "어업지도선 대체건조 계획 수립 필요", "completed",
         "지도선 2척 대체건조 예산 반영"),
        (2, ["해양정책과"], "해양쓰레기 처리시설 부족 대책 마련", "in_progress",
         "전처리시설 1개소 설치 국비 건의(’25. 3.)"),
    ]  # fmt: skip
    rows = [(r.category, r.total, r.completed, r.in_progress) for r in province.audit_summary]
    assert rows == [("total", 2, 1, 1)]
    assert {c.check for c in province.validation} >= {"audit_findings.count.total"}


def test_goals_numbered_over_their_tasks_as_bullets(province: Report) -> None:
    """"전략 1 미래형 수산업 육성" / "- 스마트 양식 확산": a goal over its tasks set as
    bullets of one glyph."""
    got = [(g.goal_no, g.goal, g.task_no, g.task) for g in province.policy_goals]
    assert got == [
        (1, "미래형 수산업 육성", 1, "스마트 양식 확산"),
        (1, "미래형 수산업 육성", 2, "수산물 수출 판로 다변화"),
        (2, "깨끗하고 안전한 바다", 1, "해양쓰레기 없는 바다 만들기"),
        (2, "깨끗하고 안전한 바다", 2, "연안 재해 예방"),
    ]
    assert {g.vision for g in province.policy_goals} == {"바다에서 여는 풍요로운 충남"}


def test_a_staff_table_with_a_form_over_its_subtotal_and_grades() -> None:
    """"일반직" set over "소 계" and its grades: the form of each row (the 소계 its total,
    not a grade), "기 간 제" a form and a grade of its own, and every check of the table's
    sums passes (the 소계 had been counted with its grades, 기간제 taken for the 계)."""
    cells = [
        cell(0, 0, p("구 분"), cs=2), cell(0, 2, p("정 원")), cell(0, 3, p("현 원")),
        cell(0, 4, p("과부족")),
        cell(1, 0, p("계"), cs=2), cell(1, 2, p("20")), cell(1, 3, p("18")), cell(1, 4, p("△2")),
        cell(2, 0, p("일반직"), rs=3), cell(2, 1, p("소 계")), cell(2, 2, p("15")),
        cell(2, 3, p("14")), cell(2, 4, p("△1")),
        cell(3, 1, p("1급")), cell(3, 2, p("5")), cell(3, 3, p("5")), cell(3, 4, p("-")),
        cell(4, 1, p("2급")), cell(4, 2, p("10")), cell(4, 3, p("9")), cell(4, 4, p("△1")),
        cell(5, 0, p("기 간 제"), cs=2), cell(5, 2, p("5")), cell(5, 3, p("4")),
        cell(5, 4, p("△1")),
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 인력"), p("(2026. 1. 1. 기준, 단위: 명)"), p(tbl(6, 5, cells)),
        p("Ⅱ. 주요업무계획"), p("1. 수출 지원"), p("○ 사업비 : 10억원"),
    )  # fmt: skip
    rows = {(s.grade, s.employment): (s.authorized, s.current) for s in report.staffing}
    assert rows == {
        (None, None): (20, 18), (None, "일반직"): (15, 14), ("1급", "일반직"): (5, 5),
        ("2급", "일반직"): (10, 9), ("기간제", "기간제"): (5, 4),
    }
    checks = {c.check for c in report.validation if c.check.startswith("staffing")}
    assert {"staffing.grades.authorized", "staffing.balance_sum"} <= checks
    assert not failed(report)


def test_a_findings_table_whose_categories_are_rows_across_it() -> None:
    """"【 시정·처리 요구사항 : 2건 】" across the table, over its findings: no header row nor
    finding of its own, the category of the rows under it."""
    summary = [
        ["구 분", "계", "완 료", "추진중"],
        ["계", "3", "2", "1"],
        ["시정·처리요구사항", "2", "1", "1"],
        ["건의사항", "1", "1", "-"],
    ]
    head = ["연번", "지 적 사 항", "조 치 결 과", "처리상황", "담당부서"]
    rows = [
        ["1", "소장품 구입 절차 마련", "규정 개정", "완료", "문화정책과"],
        ["2", "협찬금 정산 투명성 제고", "계좌 분리", "추진중", "문화정책과"],
        ["3", "지도자 처우 개선", "수당 인상", "완료", "체육진흥과"],
    ]
    cells = [
        *(cell(0, c, p(t)) for c, t in enumerate(head)),
        cell(1, 0, p("【 시정·처리 요구사항 : 2건 】"), cs=5),
        *(cell(2 + r, c, p(t)) for r, row in enumerate(rows[:2]) for c, t in enumerate(row)),
        cell(4, 0, p("【 건의사항 : 1건 】"), cs=5),
        *(cell(5, c, p(t)) for c, t in enumerate(rows[2][:4])),
        cell(5, 4, p("체육진흥과"), p("문화정책과")),  # (two divisions, one a line)
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 주요업무계획"), p("1. 문화도시 조성"), p("□ 문화기반 확충"),
        p("Ⅱ. 2025년 행정사무감사 지적사항 처리결과"), p(_table(summary)),
        p(tbl(6, 5, cells)),
    )  # fmt: skip
    assert [(f.no, f.category, f.status, f.finding) for f in report.audit_findings] == [
        (1, "correction", "completed", "소장품 구입 절차 마련"),
        (2, "correction", "in_progress", "협찬금 정산 투명성 제고"),
        (3, "suggestion", "completed", "지도자 처우 개선"),
    ]
    assert report.audit_findings[2].divisions == ["체육진흥과", "문화정책과"]
    assert failed(report) == []


def test_duties_of_teams_in_the_second_column() -> None:
    """"본 부 | 팀(실) | 주 요 업 무", the 본부 merged over its teams' rows: each duty is the
    team's (the unit right before the duties), not the 본부's nor lost."""
    cells = [
        cell(0, 0, p("본  부")), cell(0, 1, p("팀(실)")), cell(0, 2, p("주 요 업 무")),
        cell(1, 0, p("경영기획본부"), rs=2), cell(1, 1, p("경영지원팀")),
        cell(1, 2, p("· 인사·노무 관리"), p("· 회계·계약 관리")),
        cell(2, 1, p("기획예산팀")), cell(2, 2, p("· 예산 편성")),
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 기관 일반현황"), p("1. 조직"), p("□ 조 직 : 1본부 2팀"),
        p("2. 부서별 주요업무"), p(tbl(3, 3, cells)),
        p("Ⅱ. 주요사업 계획"), p("1. 수출 지원"), p("○ 사업비 : 10억원"),
    )  # fmt: skip
    assert [(f.division, f.seq, f.function) for f in report.functions] == [
        ("경영지원팀", 1, "인사·노무 관리"), ("경영지원팀", 2, "회계·계약 관리"),
        ("기획예산팀", 1, "예산 편성"),
    ]  # fmt: skip


# --- a district's report: letter-spaced 연중, dates sharing a task, findings of two kinds --------

DISTRICT = """2025년도 주요업무보고
복지문화국

Ⅰ. 2025년 주요업무 추진계획
< 2025년 업무추진 방향 >
○ 어르신의 자립과 사회참여 기반 확대

1. 어르신 일자리 지원
□ 사업개요
○ 사 업 비 : 1,000,000천원(국비 500,000, 구비 500,000)
□ 추진계획
○ 연    중 : 명예사회복지공무원 운영
○ ’25. 6월, 11월 : 수행기관 현장점검

Ⅱ. 2024년 행정사무감사 처리결과

구 분 계 완료 추진중
계 3 2 1
시정요구 1 1 -
처리요구 2 1 1

◇ 시정요구사항 (1건)
1. 경로당 보조금 정산 부적정(어르신복지과)
○ 처리결과 : 정산 지침 개정
○ 추진상황 : 완료
◇ 처리요구사항 (2건)
2. 긴급복지 지원 결정 지연 개선(복지정책과)
○ 처리결과 : 결정 기한 단축
○ 추진상황 : 완료
3. 통합돌봄 전담인력 확충(복지정책과, 어르신복지과)
○ 처리결과 : 인력 2명 충원 요청
○ 추진상황 : 추진중
"""


@pytest.fixture(scope="module")
def district() -> Report:
    return _text(DISTRICT)


def test_a_spaced_year_word_and_dates_that_share_a_task(district: Report) -> None:
    """"연    중 :" is 연중 (the step had been lost); "’25. 6월, 11월 : 현장점검" is the
    check in each month (the first had taken the block's label for its task)."""
    got = [(s.task, s.start.isoformat(), s.precision) for s in district.schedules]
    assert got == [
        ("명예사회복지공무원 운영", "2025-01-01", "year"),
        ("수행기관 현장점검", "2025-06-01", "month"),
        ("수행기관 현장점검", "2025-11-01", "month"),
    ]


def test_two_summary_rows_of_one_category_and_two_divisions(district: Report) -> None:
    """시정요구 and 처리요구 are both corrections: the findings are counted against the two
    rows together (each had been against all three); "(복지정책과, 어르신복지과)" names
    two divisions."""
    assert [f.divisions for f in district.audit_findings] == [
        ["어르신복지과"], ["복지정책과"], ["복지정책과", "어르신복지과"],
    ]  # fmt: skip
    assert district.audit_findings[2].finding == "통합돌봄 전담인력 확충"
    counts = [c for c in district.validation if c.check.startswith("audit_findings.count")]
    assert counts and all(c.passed for c in counts)


def test_an_overview_line_that_opens_with_the_period(province: Report) -> None:
    """"❍ 사업개요 : ’25. 1.~12., 사업비 12억원(…)": the project's period and its cost."""
    project = province.projects[0]
    assert (project.period_raw, project.period_start, project.cost_krw) == (
        "’25. 1.~12.", date(2025, 1, 1), 1_200_000_000,
    )


def test_steps_whose_date_follows_the_colon(province: Report) -> None:
    """"설비 착공 : 25.5." (the year's quote mark left out: the step had been lost) and
    "2026년 국비 … 건의 : ’25. 5.~8." (a year in the task's name: dated 2026 before)."""
    got = [(s.task, s.start.isoformat(), s.end and s.end.isoformat())
           for s in province.schedules if s.project_id == "2-1"]  # fmt: skip
    assert got == [
        ("양식장 설비 착공", "2025-05-01", "2025-05-31"),
        ("2026년 국비 추가 확보 건의", "2025-05-01", "2025-08-31"),
    ]


@pytest.mark.parametrize(
    ("text", "won"),
    [
        ("수산물 수출액 3억 2,500만 달러 달성", []),
        ("수출계약 3,400만불, 국비 84억원 확보", [8_400_000_000]),
        ("수출목표 3억 5천만 달러", []),
        ("불과 3억원", [300_000_000]),
    ],
)
def test_an_amount_in_another_currency_is_none_in_won(text: str, won: list[int]) -> None:
    """"3억 2,500만 달러" had been read as 3억원."""
    assert [m.value_krw for m in find_mentions(text, 2025) if m.kind == "krw"] == won


@pytest.mark.parametrize(
    ("parts", "joined"),
    [
        (["기존 대출 이자지원 40", "0)"], "기존 대출 이자지원 400)"),
        (["전년 대비 △", "3.2%)"], "전년 대비 △3.2%)"),
        (["(1,2", "00)"], "(1,200)"),
        (["사업 2", "3개소 운영"], "사업 2 3개소 운영"),
    ],
)
def test_a_figure_a_wrap_broke_is_joined(parts: list[str], joined: str) -> None:
    """LibreOffice breaks a line inside a figure ("40" / "0)"): no space, and "0)" is no
    item of a list."""
    assert join_wrapped(parts) == joined
    assert read_marker(parts[1]) is None or parts[1][0] != "0"


def test_a_bracketed_title_under_a_heading_is_no_part_of_it(district: Report) -> None:
    """"Ⅰ. 2025년 주요업무 추진계획" / "< 2025년 업무추진 방향 >": a title over the lines
    after it (it had been read as the heading's second line)."""
    heading = next(o for o in district.outline if o.kind == "heading")
    assert heading.title == "2025년 주요업무 추진계획"
    title = next(o for o in district.outline if o.title.startswith("<"))
    assert (title.kind, title.parent) == ("title", heading.node)
    assert [(p.title, p.theme) for p in district.projects] == [("어르신 일자리 지원", "")]
    item = next(o for o in district.outline if o.kind == "item")
    assert item.parent == heading.node  # (the numbered items after its bullets: none of it)


# --- a county 과's text export: contents of 가. … chapters, columns set by display width -----

COUNTY = """2025년 주요업무계획

솔뫼군 농업정책과

보 고 순 서

가. 일반현황

나. 2025년 주요업무계획

붙임 1. 2025년 세부사업별 예산 현황

가. 일 반 현 황

○ 조직 : 1과 2팀

  팀    명        담    당    업    무              인  원
  계                                                9
  농업정책팀      농업정책 총괄, 농지 관리           5
  청년농업팀      귀농·귀촌 지원                     4

○ 예산 : 세출 7,000천원

                                                        (단위 : 천원)
  구    분        2024년 예산     2025년 예산     증    감
  계              6,000           7,000           1,000
  농업정책팀      2,500           3,000           500
  청년농업팀      3,500           4,000           500

나. 2025년 주요업무계획

1) 청년농업인 영농정착 지원

 ㅇ 사업비 : 4,000천원 (국비 2,000, 군비 2,000)

 ㅇ 세부사업

                                                        (단위 : 천원)
   세 부 사 업           사 업 량    사 업 비      비    고
   계                                4,000
   유기질비료 지원       4,200톤     3,000         포대당 1,600원
   친환경 인증비 지원    320농가     1,000

붙임 1. 2025년 세부사업별 예산 현황

                                                        (단위 : 천원)
  팀    명        세  부  사  업        2025년 예산
  계                                    7,000
  농업정책팀      소    계              3,000
                  기본경비              3,000
  청년농업팀      소    계              4,000
                  청년농업인 영농정착 지원  4,000
"""


@pytest.fixture(scope="module")
def county() -> Report:
    return _text(COUNTY)


def test_contents_of_lettered_chapters_end_at_the_first_again(county: Report) -> None:
    """"보 고 순 서" / "가. 일반현황" … "붙임 1. …": the body starts where "가." comes again,
    not where the appendix's entry does (the whole report had been read as contents)."""
    assert {s.key for s in county.sections if s.found} >= {"general", "plans"}
    assert [p.title for p in county.projects] == ["청년농업인 영농정착 지원"]


def test_a_text_table_lined_up_by_display_width(county: Report) -> None:
    """"증    감" over "1,000": a Hangul letter is two columns wide in a text export, the
    header's words set over the values by that (증 had gone with 2025년 예산)."""
    rows = [(r.unit, r.prev_budget_krw, r.budget_krw, r.change_krw) for r in county.budget_summary]
    assert rows == [
        ("계", 6_000_000, 7_000_000, 1_000_000), ("농업정책팀", 2_500_000, 3_000_000, 500_000),
        ("청년농업팀", 3_500_000, 4_000_000, 500_000),
    ]  # fmt: skip
    # (its rows all teams: a table by unit, each row its team's, not the 과's)
    assert {b.unit for b in county.budget_lines} == {"계", "농업정책팀", "청년농업팀"}
    assert not failed(county)


def test_an_education_office_table_of_divisions_teams_and_duties() -> None:
    """"과 | 담당 | 주 요 업 무", each 과 merged over its 담당: the units listed (a 담당 is a
    team; the 과 had been chained one under the other, read as a drawn chart) and each
    담당's duties, though the report has no 부서별 주요기능 part of its own."""
    cells = [
        cell(0, 0, p("과")), cell(0, 1, p("담당")), cell(0, 2, p("주  요  업  무")),
        cell(1, 0, p("유초등교육과"), rs=2), cell(1, 1, p("유아교육담당")),
        cell(1, 2, p("· 유치원 교육과정 지원"), p("· 유보통합 운영")),
        cell(2, 1, p("초등교육담당")), cell(2, 2, p("· 늘봄학교 운영")),
        cell(3, 0, p("중등교육과")), cell(3, 1, p("고교학점제담당")),
        cell(3, 2, p("· 고교학점제 운영")),
    ]  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무보고"), p("교육국"),
        p("Ⅰ. 일반현황"), p("1. 조직 및 기능"), p("○ 기 구 : 1국 2과 3담당"),
        p(tbl(4, 3, cells)),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 기초학력 보장"), p("□ 소요예산 : 12억원"),
    )  # fmt: skip
    units = [(u.name, u.level, u.parent) for u in report.organization]
    assert units == [
        ("교육국", "bureau", None), ("유초등교육과", "division", "교육국"),
        ("유아교육담당", "team", "유초등교육과"), ("초등교육담당", "team", "유초등교육과"),
        ("중등교육과", "division", "교육국"),
        ("고교학점제담당", "team", "중등교육과"),
    ]  # fmt: skip
    assert [(f.division, f.function) for f in report.functions] == [
        ("유아교육담당", "유치원 교육과정 지원"), ("유아교육담당", "유보통합 운영"),
        ("초등교육담당", "늘봄학교 운영"), ("고교학점제담당", "고교학점제 운영"),
    ]  # fmt: skip
    assert not failed(report)


def test_a_grant_is_a_source_of_funding() -> None:
    """"(특별교부금 1,200, 교육청 3,652)": 특별교부금 is a source (its row had been lost)."""
    report = _text(
        "2026년 주요업무계획\n\nⅠ. 2026년 주요업무 추진계획\n\n1. 기초학력 보장\n"
        "□ 소요예산 : 4,852백만원 (특별교부금 1,200, 자체 3,652)\n"
    )
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("특별교부금", 1_200_000_000), ("자체", 3_652_000_000),
    ]


def test_a_divisions_own_report_with_its_teams_and_findings() -> None:
    """A 과's report: its cover's "솔뫼군 농업정책과" is the top (a division), a table of
    its teams one a row ("팀 명 | 담당업무 | 인원", the 계 and 과 장 rows aside) its teams;
    findings set as "① 지적사항 : … (청년농업팀)" over unmarked "조치결과 : …" and
    "처리상황 : 완료" lines, each its team's."""
    head = ["팀    명", "담 당 업 무", "인  원"]
    rows = [["계", "", "10"], ["과    장", "과 업무 총괄", "1"],
            ["농업정책팀", "농지 관리", "5"], ["청년농업팀", "귀농 지원", "4"]]  # fmt: skip
    cells = [
        *(cell(0, c, p(t)) for c, t in enumerate(head)),
        *(cell(1 + r, c, p(t)) for r, row in enumerate(rows) for c, t in enumerate(row)),
    ]
    report = _hwpx(
        p("2025년 주요업무계획"), p("솔뫼군 농업정책과"),
        p("가. 일반현황"), p("○ 조직 : 1과 2팀"), p(tbl(5, 3, cells)),
        p("나. 2024년 주요성과"), p("ㅇ 청년농업인 28명 정착 지원"),
        p("다. 2025년 주요업무계획"), p("1) 청년농업인 영농정착 지원"),
        p("ㅇ 사업비 : 450,000천원 (국비 225,000, 군비 225,000)"),
        p("라. 2024년 행정사무감사 처리결과"),
        p("① 지적사항 : 정착지원금 사후관리 미흡 (청년농업팀)"),
        p("조치결과 : 지원대상자 전수 점검"), p("처리상황 : 완료"),
        p("② 지적사항 : 농지 관리 강화 (농업정책팀)"),
        p("조치결과 : 실태조사 추진"), p("처리상황 : 추진중"),
    )  # fmt: skip
    units = [(u.name, u.level, u.parent) for u in report.organization]
    assert units == [
        ("농업정책과", "division", None), ("농업정책팀", "team", "농업정책과"),
        ("청년농업팀", "team", "농업정책과"),
    ]
    got = [(f.divisions, f.finding, f.status, f.actions) for f in report.audit_findings]
    assert got == [
        (["청년농업팀"], "정착지원금 사후관리 미흡", "completed", "지원대상자 전수 점검"),
        (["농업정책팀"], "농지 관리 강화", "in_progress", "실태조사 추진"),
    ]


def test_an_audit_summary_with_a_two_line_header() -> None:
    """"구 분 계 처리상황" / "완 료 추진중": the statuses under their group's word (the
    counts had been lost, 4 checks failed); "2. 세부 처리결과" ends the summary (its
    findings had been taken for rows of unknown categories, one warning each)."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 2026년 주요업무 추진계획\n\n1. 기초학력 보장\n"
        "□ 소요예산 : 12억원\n\nⅡ. 2025년 행정사무감사 처리결과\n1. 총    괄\n(단위: 건)\n"
        "구    분 계 처리상황\n완  료 추진중\n계 3 2 1\n시정요구 2 1 1\n건의사항 1 1 -\n"
        "2. 세부 처리결과\n연번 지 적 사 항 처 리 결 과 처리상황 담당부서\n"
        "1 협력강사 인건비 집행 부적정 환수 조치 완료 유초등교육과\n"
    )
    rows = [(r.category, r.total, r.completed, r.in_progress) for r in report.audit_summary]
    assert rows == [
        ("total", 3, 2, 1), ("correction", 2, 1, 1), ("suggestion", 1, 1, 0),
    ]
    assert not [w for w in report.warnings if w.code == "audit_summary.row"]


def test_a_matrix_with_its_goals_down_the_first_column() -> None:
    """"정책목표 | 정책과제", a goal's cell over the rows of its tasks ("1. 기본이 탄탄한
    책임교육" / "1-1. 기초학력 책임보장", "1-2. …"): each task under its goal, numbers
    aside; the vision from "비    전 : …" over the table."""
    cells = [
        cell(0, 0, p("정책목표")), cell(0, 1, p("정책과제")),
        cell(1, 0, p("1. 기본이 탄탄한 책임교육"), rs=2), cell(1, 1, p("1-1. 기초학력 책임보장")),
        cell(2, 1, p("1-2. 늘봄학교 운영 내실화")),
        cell(3, 0, p("2. 미래를 여는 맞춤형 교육")), cell(3, 1, p("2-1. 고교학점제 내실화")),
    ]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 2026년 정책방향"), p("비    전 : 함께 배우고 스스로 성장하는 교육"),
        p(tbl(4, 2, cells)),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 기초학력 보장"), p("□ 소요예산 : 12억원"),
    )  # fmt: skip
    got = [(g.vision, g.goal_no, g.goal, g.task_no, g.task) for g in report.policy_goals]
    vision = "함께 배우고 스스로 성장하는 교육"
    assert got == [
        (vision, 1, "기본이 탄탄한 책임교육", 1, "기초학력 책임보장"),
        (vision, 1, "기본이 탄탄한 책임교육", 2, "늘봄학교 운영 내실화"),
        (vision, 2, "미래를 여는 맞춤형 교육", 1, "고교학점제 내실화"),
    ]


def test_an_appendix_by_team_with_its_items_in_a_column_of_their_own(county: Report) -> None:
    """"팀 명 | 세 부 사 업 | 2025년 예산", a team's 소 계 row over its items: the team's row
    and its items (none had been read), and a project named as an item is its team's."""
    rows = [(b.level, b.item, b.parent, b.budget_krw) for b in county.budget_items]
    assert rows == [
        ("bureau", "계", None, 7_000_000), ("division", "농업정책팀", "계", 3_000_000),
        ("item", "기본경비", "농업정책팀", 3_000_000), ("division", "청년농업팀", "계", 4_000_000),
        ("item", "청년농업인 영농정착 지원", "청년농업팀", 4_000_000),
    ]  # fmt: skip
    project = county.projects[0]
    assert (project.division, project.division_evidence) == ("청년농업팀", "appendix")
    assert not failed(county)


def test_a_text_table_of_quantities_and_costs_under_a_total(county: Report) -> None:
    """"계" with its cost alone over rows of a quantity and a cost ("320농가 1,000"): every
    row read (the table had ended at its 계 row), "사 업 량" and "사 업 비" two columns."""
    cells = {(c.row_header, c.col_header): c.raw for c in county.table_cells}
    assert cells[("친환경 인증비 지원", "사업량")] == "320농가"
    assert cells[("친환경 인증비 지원", "사업비")] == "1,000"
    assert cells[("계", "사업비")] == "4,000"


def test_a_text_table_with_a_column_of_words(county: Report) -> None:
    """"팀 명 | 담 당 업 무 | 인 원": the duties a column of their own between the team and
    its count (they had been read as part of the team's name): the 과's teams, and their
    duties as functions, one for each part of a cell that lists them with commas."""
    units = [(u.name, u.level, u.parent) for u in county.organization]
    assert units == [
        ("농업정책과", "division", None), ("농업정책팀", "team", "농업정책과"),
        ("청년농업팀", "team", "농업정책과"),
    ]
    assert [(f.division, f.function) for f in county.functions] == [
        ("농업정책팀", "농업정책 총괄"), ("농업정책팀", "농지 관리"),
        ("청년농업팀", "귀농·귀촌 지원"),
    ]


def test_a_grade_named_like_a_column_of_duties_is_a_grade() -> None:
    """"기능" (기능직) heads a column of figures in a staff table by grade: a grade, not a
    column of words like 담당업무 (its figures had been left out of the grades' sum)."""
    report = _text(
        "2022년 주요업무보고\n복지정책실\n\nⅠ. 일 반 현 황\n\n인력현황\n<직급별>\n"
        "구 분 계 5급 6급이하 기능\n정 원 20 5 10 5\n현 원 19 5 9 5\n\n"
        "Ⅱ. 주요업무 추진계획\n\n1 . 돌봄 운영\n"
    )
    rows = {s.grade: (s.authorized, s.current) for s in report.staffing}
    assert rows["기능"] == (5, 5)
    assert not failed(report)


def test_a_title_that_closes_with_its_division_in_a_bracket() -> None:
    """"1. 기초학력 책임보장 (유초등교육과)": the project of that division, its title without
    the bracket (the bracket had stayed in the title, the division left open)."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 2026년 주요업무 추진계획\n\n"
        "1. 기초학력 책임보장 (유초등교육과)\n□ 소요예산 : 12억원\n\n"
        "2. 고교학점제 내실화(중등교육과, 진로교육과)\n□ 소요예산 : 5억원\n"
        "\n3. 청년 창업 지원(3개소)\n□ 소요예산 : 3억원\n"
    )
    got = [(p.title, p.division, p.division_evidence) for p in report.projects]
    assert got == [
        ("기초학력 책임보장", "유초등교육과", "title_bracket"),
        ("고교학점제 내실화", "중등교육과, 진로교육과", "title_bracket"),
        ("청년 창업 지원(3개소)", None, None),
    ]
