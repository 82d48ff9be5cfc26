"""Review of round 116 (organisation, plan and audit rules): forms near the round's new rules
that they must not catch, and the same forms with a variation real reports have.

* a table of money that sets a target beside what was done and a rate, `구 분 | 목표액 |
  집행실적 | 달성률` under `(단위 : 백만원)` (a budget's quick execution, a tax's collection):
  no indicators by its columns alone (the rule of 798386f/e89e80b read its rows, `계` too,
  as indicators, their money unit lost);
* a card whose cost stands above its 추진계획 block and whose block dates its step, `○
  총사업비 : …` / `○ 추진계획` / `- 기간 : ’25. 3.~5.` / `- 내용 : 공모`: the step's period
  is no period of the card (18a2aed took it, and the step's schedule was lost);
* a theme's title closing with a note of change, `2. 관광 활성화 (’25. 신설)`: its cards'
  theme is named without it (41dfa91 kept it in the theme);
* a chapter of the bureau's own work titled as a summary, `Ⅲ. 민원 처리 총괄`, right before
  the audit chapter: no part of the audit (0fb013c joined it).
"""

from __future__ import annotations

from datetime import date

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table


def _text(text: str) -> Report:
    return check(parse_document(read_bytes(text.encode(), "report.txt"), "report"))


_HEAD = """\
2025년 주요업무계획

가람시 문화관광국

Ⅰ. 일반현황

1. 조직 및 인력
□ 조 직 : 1국 3과 12팀
□ 인 력 : 정원 85명, 현원 82명

"""

# --------------------------------------------------------------------------- indicators


@pytest.mark.parametrize(
    ("caption", "heads"),
    [
        ("(단위 : 백만원, %)", ["구 분", "목표액", "집행실적", "달성률"]),
        ("(단위 : 억원, %)", ["구 분", "징수목표", "징수실적", "달성률"]),
        ("", ["구 분", "목표액(백만원)", "집행실적(백만원)", "달성률(%)"]),
    ],
)
def test_a_table_of_money_against_its_target_is_no_table_of_indicators(
    caption: str, heads: list[str]
) -> None:
    """`구 분 | 목표액 | 집행실적 | 달성률` of amounts of money: no indicator (its 계,
    일반회계 rows had been read as indicators, in no unit); a table of counts so headed
    beside it still is one."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조 직 : 1국 3과 12팀"),
        p("Ⅱ. 2024년 주요업무 추진실적"), p("1. 상반기 신속집행 추진실적"),
        *([p(caption)] if caption else []),
        p(_table([heads, ["계", "510,000", "535,500", "105.0"],
                  ["일반회계", "420,000", "441,000", "105.0"]])),
        p("2. 일자리 추진실적"),
        p(_table([["구 분", "목표", "실적", "달성률(%)"],
                  ["청년 일자리", "1,000명", "1,050명", "105.0"]])),
        p("Ⅲ. 2025년 주요업무계획"), p("1. 재정 건전성"), p("□ 지방채 조기상환"),
        p("○ 사업기간 : ’25. 1. ~ 12."), p("○ 사업비 : 10,000백만원"),
    )  # fmt: skip
    assert {i.indicator for i in report.indicators} == {"청년 일자리"}


# --------------------------------------------------------------------------- 추진계획


_BLOCK = _HEAD + """\
Ⅱ. 2025년 주요업무계획

1. 문화도시 기반 조성
□ 생활문화 동아리 지원
○ {above}
○ 추진계획
 - 기간 : ’25. 3. ~ 5.
 - 내용 : 동아리 공모

□ 청년 문화공간 조성
○ 사업기간 : ’25. 1. ~ 12.
○ 추진계획
 - 내용 : 설계 및 공사
 - 사업비 : 800백만원
"""


@pytest.mark.parametrize("above", ["총사업비 : 1,500백만원", "사 업 비 : 1,500백만원(시비)"])
def test_a_step_in_the_plan_block_dates_no_card_whose_cost_stands_above(above: str) -> None:
    """`○ 총사업비 : …` over `○ 추진계획` / `- 기간 : ’25. 3. ~ 5.`: the block's period is its
    step's, a schedule of the card, no period of it; the card whose period stands above
    takes its cost from the block (the round's rule)."""
    report = _text(_BLOCK.format(above=above))
    first, second = report.projects
    assert (first.title, first.period_start, first.cost_krw) == (
        "생활문화 동아리 지원", None, 1_500_000_000
    )
    assert [(s.start, s.end) for s in report.schedules if s.project_id == first.project_id] == [
        (date(2025, 3, 1), date(2025, 5, 31))
    ]
    assert (second.period_start, second.cost_krw) == (date(2025, 1, 1), 800_000_000)


# --------------------------------------------------------------------------- theme's note


@pytest.mark.parametrize("note", ["(’25. 신설)", "(2025. 1. 통합)", "(신설)"])
def test_a_themes_note_of_change_is_no_part_of_its_cards_theme(note: str) -> None:
    report = _text(_HEAD + f"""\
Ⅱ. 2025년 주요업무계획

1. 문화도시 기반 조성
□ 지역축제 지원
○ 사업기간 : 2025. 3. ~ 12.
○ 사 업 비 : 100백만원

□ 청년 문화공간 운영
○ 사업기간 : 2025. 3. ~ 12.
○ 사 업 비 : 300백만원

2. 관광 활성화 {note}
□ 가람 관광센터 건립
○ 사업기간 : 2025. 3. ~ 12.
○ 사 업 비 : 5,000백만원

□ 관광안내소 확충
○ 사업기간 : 2025. 1. ~ 6.
○ 사 업 비 : 200백만원
""")
    themes = {x.title: x.theme for x in report.projects}
    assert themes["가람 관광센터 건립"] == themes["관광안내소 확충"] == "관광 활성화"


# --------------------------------------------------------------------------- overviews


def test_a_chapter_of_the_bureaus_work_titled_as_a_summary_is_no_part_of_the_audit() -> None:
    """`Ⅲ. 민원 처리 총괄` right before `Ⅳ. 행정사무감사 지적사항 처리결과`: a chapter of its
    own (of no role), not read with the audit's."""
    report = _text(_HEAD + """\
Ⅱ. 2025년 주요업무계획

1. 문화도시 기반 조성
□ 가람 문화센터 건립
○ 사업기간 : 2024. 3. ~ 2026. 12.
○ 사 업 비 : 12,000백만원

Ⅲ. 민원 처리 총괄

□ 2024년 민원 처리 현황 : 총 150건 (완료 138, 추진중 12)

Ⅳ. 행정사무감사 지적사항 처리결과

1. 문화센터 건립 부지 매입 지연 (문화정책과)
○ 조치결과 : 수용재결 신청(’25. 1.)
○ 처리상황 : 추진중
""")
    audit = [s for s in report.sections if s.key == "audit"]
    assert [s.title for s in report.sections if s.key == "other"] == ["민원 처리 총괄"]
    assert len(audit) == 1 and audit[0].line_start > 20
    assert [f.divisions for f in report.audit_findings] == [["문화정책과"]]


# --------------------------------------------------------------------------- org rows


def _water_org(count: str, rows: list[list[str]]) -> Report:
    return _hwpx(
        p("2025년 주요업무보고"), p("가람광역시 상수도사업본부"),
        p("Ⅰ. 일반현황"), p("1. 조직 및 인력"), p(f"□ 조 직 : {count}"), p(_table(rows)),
        p("Ⅱ. 주요업무계획"), p("1. 노후관 교체"), p("□ 노후 상수관로 교체"),
        p("○ 사업기간 : ’25. 1. ~ 12."), p("○ 사업비 : 1,000백만원"),
    )  # fmt: skip


_HEADS = ["구 분", "기 구", "부 서 명"]


@pytest.mark.parametrize(
    ("count", "rows", "units"),
    [
        # (each unit with the count of its teams in its bracket)
        ("본부 3부 1실 12팀, 사업소 2개소",
         [["본 부", "3부 1실",
           "경영지원부(4팀), 급수운영부(3팀), 시설관리부(3팀), 수질관리실(2팀)"],
          ["정수사업소", "2개소", "가람정수사업소, 솔내정수사업소"]],
         ["경영지원부", "급수운영부", "시설관리부", "수질관리실", "가람정수사업소",
          "솔내정수사업소"]),
        # (a bare count beside units with the counts of their centres)
        ("본부 2부, 소방서 2",
         [["본 부", "2부", "경영지원부, 급수운영부"],
          ["소방서", "2", "가람소방서(119안전센터 5, 구조대 1), 솔내소방서(119안전센터 4)"]],
         ["경영지원부", "급수운영부", "가람소방서", "솔내소방서"]),
    ],
)  # fmt: skip
def test_units_listed_beside_their_count_with_brackets_of_counts(
    count: str, rows: list[list[str]], units: list[str]
) -> None:
    """`본 부 | 3부 1실 | 경영지원부(4팀), …`: the units before their brackets (the cell, and
    the table with it, had been lost: no unit read)."""
    report = _water_org(count, [_HEADS, *rows])
    got = [u.name for u in report.organization if u.level == "division"]
    assert got == units
    assert not [c.detail for c in report.validation
                if c.check == "organization.counts" and not c.passed]  # fmt: skip


def test_a_kind_beside_its_count_over_units_with_their_teams() -> None:
    """`정수사업소 | 2개소 | 가람정수사업소(정수팀, 수질팀), 솔내정수사업소(정수팀)`: the two
    are the top's units, their teams under them, `정수사업소` no unit (it had stayed one
    over them: the bracket's commas had parted the names)."""
    report = _water_org("본부 2부 5팀, 사업소 2개소", [
        _HEADS, ["본 부", "2부", "경영지원부(총무팀, 재무팀), 급수운영부(급수팀, 요금팀)"],
        ["정수사업소", "2개소", "가람정수사업소(정수팀, 수질팀), 솔내정수사업소(정수팀)"],
    ])  # fmt: skip
    units = {u.name: u.parent for u in report.organization if u.level != "team"}
    assert "정수사업소" not in units
    assert units["가람정수사업소"] == units["솔내정수사업소"] == units["경영지원부"]
    teams = [(u.name, u.parent) for u in report.organization if u.level == "team"]
    assert ("수질팀", "가람정수사업소") in teams and ("정수팀", "솔내정수사업소") in teams


# --------------------------------------------------------------------------- audit


def test_a_follow_ups_item_titled_with_its_division() -> None:
    """`2. 환경정책과` over `○ 지적내용 : …` / `○ 조치결과 : …` / `○ 처리상황 : 추진중` (a
    council's list answered): a finding of that division (the round read the division of
    such an item only where nothing was done yet)."""
    report = _text(_HEAD + """\
Ⅱ. 2024년 행정사무감사 지적사항 처리결과

1. 복지정책과
  ○ 지적내용 : 기초생활수급자 사후관리 조사 지연
  ○ 조치결과 : 사후관리 조사 전수 완료
  ○ 처리상황 : 완료

2. 환경정책과
  ○ 지적내용 : 미세먼지 저감사업 예산 집행 부진
  ○ 조치결과 : 하반기 집행계획 수립
  ○ 처리상황 : 추진중
""")
    got = [(f.divisions, f.finding, f.status) for f in report.audit_findings]
    assert got == [
        (["복지정책과"], "기초생활수급자 사후관리 조사 지연", "completed"),
        (["환경정책과"], "미세먼지 저감사업 예산 집행 부진", "in_progress"),
    ]


# --------------------------------------------------------------------------- 폐지


@pytest.mark.parametrize("note", ["(’25.1. 폐지)", "(’25. 7. 폐지 예정)", "(폐지)"])
def test_a_note_of_abolition_in_an_org_table(note: str) -> None:
    """`관광진흥과(’25.1. 폐지)` in an org table: the unit, its note aside, as a note of
    its creation is (the note had made the name no unit's, and the whole table was lost)."""
    rows = [
        ["국", "과", "팀"],
        ["문화관광국", "문화정책과", f"문화기획팀, 예술진흥팀{note}"],
        ["", f"관광진흥과{note}", "관광마케팅팀"],
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 기 구 : 1국 2과 3팀"), p(_table(rows, {(1, 0): 2})),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 문화도시 조성"), p("□ 지역축제 지원"),
        p("○ 사업기간 : ’25. 8.~12."), p("○ 사업비 : 100백만원"),
    )  # fmt: skip
    got = {(u.name, u.level, u.parent) for u in report.organization}
    assert got == {
        ("문화관광국", "bureau", None),
        ("문화정책과", "division", "문화관광국"), ("관광진흥과", "division", "문화관광국"),
        ("문화기획팀", "team", "문화정책과"), ("예술진흥팀", "team", "문화정책과"),
        ("관광마케팅팀", "team", "관광진흥과"),
    }  # fmt: skip


_COUNCIL = """\
2024년도 행정사무감사
{title}

가람시의회 복지환경위원회

Ⅰ. 감사 개요
  ○ 감사기간 : 2024. 11. 12. ~ 11. 21.
  ○ 감사대상 : 복지환경국 소관 2개 부서

Ⅱ. {title}

1. 복지정책과
  ○ 지적내용 : 기초생활수급자 사후관리 조사 지연
  ○ 요구사항 : 사후관리 조사를 조속히 완료할 것

2. 노인복지과
  ○ 지적내용 : 노인일자리 참여 희망자 대비 일자리 부족
  ○ 요구사항 : 노인일자리 사업량 확대를 검토할 것
"""


def test_a_councils_list_titled_with_several_kinds() -> None:
    """`Ⅱ. 시정·처리요구 및 건의사항` over the council's list: its findings (the chapter
    had been of no role: none read), of no category the title gives (it names corrections
    and suggestions, not which each is); `시정 및 처리요구사항` names one kind, theirs."""
    for title, kinds in [
        ("시정·처리요구 및 건의사항", [None, None]),
        ("시정 및 처리요구사항", ["correction", "correction"]),
    ]:
        report = _text(_COUNCIL.format(title=title))
        got = [(f.divisions, f.finding.split("\n")[0]) for f in report.audit_findings]
        assert got == [
            (["복지정책과"], "기초생활수급자 사후관리 조사 지연"),
            (["노인복지과"], "노인일자리 참여 희망자 대비 일자리 부족"),
        ]
        assert [f.category for f in report.audit_findings] == kinds
