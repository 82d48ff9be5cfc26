"""Each section parser on small hand-written reports (not the sample).

The inputs use other names, numbers and years than the sample on purpose,
and both layouts a reader produces (text export: one syllable or one cell
per line; PDF reader: joined cells, words).
"""

from __future__ import annotations

import pytest

from extract.parse.audit import parse_audit
from extract.parse.base import Context
from extract.parse.budget_items import parse_budget_items
from extract.parse.budget_summary import parse_budget_summary
from extract.parse.functions import parse_functions
from extract.parse.organization import assign_teams, parse_organization, read_counts
from extract.parse.policy import parse_policy
from extract.parse.projects import parse_projects
from extract.parse.staffing import parse_staffing
from extract.read.text import split_lines
from extract.sections import Section, split_sections


def sections(text: str) -> dict[str, Section]:
    return split_sections(split_lines(text)).found


def ctx(**kw: object) -> Context:
    return Context(**kw)  # type: ignore[arg-type]


# --- organization -----------------------------------------------------------------------------

ORG_SYLLABLES = """Ⅰ. 일반현황
조직현황 1국 2과 5팀
미래도시국
도시계획과 주택정책과
도
시
기
획
팀

경
관
팀
주
거
재
생
팀
공
공
주
택
팀
임
대
관
리
팀
인력현황 40/38명(정원/현원)
"""

ORG_WORDS = """Ⅰ. 일반현황
조직현황 1국 2과 5팀
미래도시국
도시계획과 주택정책과
도시기획팀
경관팀
주거재생팀
공공주택팀
임대관리팀
인력현황 40/38명(정원/현원)
"""


@pytest.mark.parametrize("text", [ORG_SYLLABLES, ORG_WORDS], ids=["syllables", "words"])
def test_organization_reads_units_and_assigns_teams(text: str) -> None:
    c = ctx(
        functions={
            "도시계획과": ["도시기본계획 수립", "경관 심의"],
            "주택정책과": ["주거재생 사업", "공공주택 공급", "임대주택 관리"],
        }
    )
    out = parse_organization(sections(text)["organization"], c)
    got = [(u.name, u.level, u.parent) for u in out.tables["organization"]]  # type: ignore[attr-defined]
    assert got == [
        ("미래도시국", "bureau", None),
        ("도시계획과", "division", "미래도시국"),
        ("주택정책과", "division", "미래도시국"),
        ("도시기획팀", "team", "도시계획과"),
        ("경관팀", "team", "도시계획과"),
        ("주거재생팀", "team", "주택정책과"),
        ("공공주택팀", "team", "주택정책과"),
        ("임대관리팀", "team", "주택정책과"),
    ]
    assert [t.value for t in out.tables["stated_totals"]] == [1, 2, 5]  # type: ignore[attr-defined]
    assert c.divisions == ["도시계획과", "주택정책과"] and c.bureau == "미래도시국"


def test_read_counts_takes_levels_from_the_words() -> None:
    """The unit word gives the level, not its place (issue 10): 단 is a division's word."""
    assert read_counts("조직현황  2담당관 1실 12팀") == {
        "division": (2, "담당관"),
        "bureau": (1, "실"),
        "team": (12, "팀"),
    }
    # two words of one level ("4과 1단"): not the template's line; the structure parser reads it
    assert read_counts("조직현황  1실 4과 1단 12팀") == {}


@pytest.mark.parametrize(
    ("teams", "evidence", "owners"),
    [
        # names decide where the run of teams is cut
        (["예산팀", "회계팀", "감사팀", "조사팀"], ["예산 회계", "감사 조사"], [0, 0, 1, 1]),
        (["예산팀", "감사팀", "조사팀", "민원팀"], ["예산", "감사 조사 민원"], [0, 1, 1, 1]),
        # no evidence at all: every division still gets a contiguous, non-empty run
        (["가팀", "나팀", "다팀"], ["x", "y"], [0, 0, 1]),
        (["가팀"], ["x", "y"], [0]),
    ],
)
def test_assign_teams(teams: list[str], evidence: list[str], owners: list[int]) -> None:
    assert assign_teams(teams, evidence, ("팀",)) == owners


# --- staffing and budget summary --------------------------------------------------------------

STAFF_ACROSS = """Ⅰ. 일반현황
인력현황 40/38명(정원/현원)
(’24. 3. 1. 기준)
구 분 계 도시계획과 주택정책과
정 원 40 22 18
현 원 38 21 17
"""

STAFF_DOWN = """Ⅰ. 일반현황
인력현황 40/38명(정원/현원)
(2024. 3. 1. 현재)
구분 정원 현원
계 40 38
도시계획과 22 21
주택정책과 18 17
"""


@pytest.mark.parametrize("text", [STAFF_ACROSS, STAFF_DOWN], ids=["units-across", "units-down"])
def test_staffing_both_layouts(text: str) -> None:
    out = parse_staffing(sections(text)["staffing"], ctx())
    got = [
        (s.unit, s.is_total, s.authorized, s.current, str(s.as_of)) for s in out.tables["staffing"]
    ]  # type: ignore[attr-defined]
    assert got == [
        ("계", True, 40, 38, "2024-03-01"),
        ("도시계획과", False, 22, 21, "2024-03-01"),
        ("주택정책과", False, 18, 17, "2024-03-01"),
    ]
    assert [(t.key, t.value) for t in out.tables["stated_totals"]] == [  # type: ignore[attr-defined]
        ("staffing.authorized", 40),
        ("staffing.current", 38),
    ]


def test_budget_summary_years_units_and_signs() -> None:
    text = """Ⅰ. 일반현황
예산현황
(단위: 억원)
구 분 ’23년 예산 ’24년 예산 증감 증감률
계 120 150 30 25.0%
도시계획과 100 90 △10 △10.0%
주택정책과 20 60 40 200.0%
"""
    c = ctx()
    out = parse_budget_summary(sections(text)["budget_summary"], c)
    rows = out.tables["budget_summary"]
    assert [
        (
            r.unit,
            r.prev_year,
            r.prev_budget_krw,
            r.year,
            r.budget_krw,
            r.change_krw,  # type: ignore[attr-defined]
            r.change_pct,
        )
        for r in rows
    ] == [
        ("계", 2023, 12_000_000_000, 2024, 15_000_000_000, 3_000_000_000, 25.0),
        ("도시계획과", 2023, 10_000_000_000, 2024, 9_000_000_000, -1_000_000_000, -10.0),
        ("주택정책과", 2023, 2_000_000_000, 2024, 6_000_000_000, 4_000_000_000, 200.0),
    ]
    assert c.year == 2024


@pytest.mark.parametrize("rate_header", ["증감률(%)", "증감률", "증감률 (%)"])
def test_budget_summary_rates_without_their_percent_sign(rate_header: str) -> None:
    """Rates printed without % ("8.9", "△3.1") under a rate column, in a unit whose
    amounts have no fraction: each is its row's rate (8.9 was read as the next row's
    name, "8.9 일반회계")."""
    text = f"""Ⅰ. 일반현황
예산현황
(단위: 백만원)
구 분 2024년 2025년 증감 {rate_header}
합 계 120,500 131,200 10,700 8.9
일반회계 100,000 110,000 10,000 10
특별회계 20,500 19,864 △636 △3.1
"""
    out = parse_budget_summary(sections(text)["budget_summary"], ctx())
    rows = out.tables["budget_summary"]
    assert [(r.unit, r.change_pct) for r in rows] == [  # type: ignore[attr-defined]
        ("계", 8.9), ("일반회계", 10.0), ("특별회계", -3.1)]  # fmt: skip
    assert out.warnings == []


def test_budget_summary_without_unit_warns_and_leaves_amounts_empty() -> None:
    text = "Ⅰ. 일반현황\n예산현황\n구 분 ’23년 예산 ’24년 예산 증감 증감률\n계 1 2 1 100%\n"
    out = parse_budget_summary(sections(text)["budget_summary"], ctx())
    assert out.tables["budget_summary"][0].budget_krw is None  # type: ignore[attr-defined]
    assert [w.code for w in out.warnings] == ["budget_summary.no_unit"]


# --- functions --------------------------------------------------------------------------------


def test_functions_with_a_wrapped_duty() -> None:
    text = """Ⅰ. 일반현황
부서별 주요기능
구 분 담 당 업 무
도시계획과
∙ 도시기본계획 수립
∙ 경관 심의 및 도시디자인
관련 업무 총괄
주택정책과
∙ 공공주택 공급
"""
    c = ctx(divisions=["도시계획과", "주택정책과"])
    out = parse_functions(sections(text)["functions"], c)
    assert [(f.division, f.seq, f.function) for f in out.tables["functions"]] == [  # type: ignore[attr-defined]
        ("도시계획과", 1, "도시기본계획 수립"),
        ("도시계획과", 2, "경관 심의 및 도시디자인 관련 업무 총괄"),
        ("주택정책과", 1, "공공주택 공급"),
    ]


# --- Ⅱ policy ---------------------------------------------------------------------------------

POLICY = """Ⅱ. 정책목표와 핵심과제
비전 모두가 살고 싶은 도시
목표
살기 좋은
주거 환경
품격 있는 도시
경관 조성
핵심
과제
주 택 정 책 도 시 계 획
공공주택 공급을 통한
주거 안정
도시기본계획
재정비
노후주택 정비로
주거 질 향상
경관 심의로
품격 제고
"""


def test_policy_goals_follow_the_themes_and_tasks_fill_the_grid() -> None:
    c = ctx(
        themes=["살기 좋은 주거 환경", "품격 있는 도시 경관 조성"],
        divisions=["주택정책과", "도시계획과"],
    )
    out = parse_policy(sections(POLICY)["policy"], c)
    got = [(t.goal_no, t.goal, t.area, t.task_no, t.task) for t in out.tables["policy_goals"]]  # type: ignore[attr-defined]
    assert got == [
        (1, "살기 좋은 주거 환경", "주택정책", 1, "공공주택 공급을 통한 주거 안정"),
        (2, "품격 있는 도시 경관 조성", "도시계획", 1, "도시기본계획 재정비"),
        (1, "살기 좋은 주거 환경", "주택정책", 2, "노후주택 정비로 주거 질 향상"),
        (2, "품격 있는 도시 경관 조성", "도시계획", 2, "경관 심의로 품격 제고"),
    ]
    assert {t.vision for t in out.tables["policy_goals"]} == {"모두가 살고 싶은 도시"}  # type: ignore[attr-defined]


def test_policy_tasks_that_do_not_fill_the_grid_are_not_guessed() -> None:
    """Three task cells under two goals: which cell is whose goal is a guess, so no goals
    are read and the warning says so (nikl p7 gave 11 records of indicators read as
    goals, 11 cells in 7 columns)."""
    c = ctx(
        themes=["살기 좋은 주거 환경", "품격 있는 도시 경관 조성"],
        divisions=["주택정책과", "도시계획과"],
    )
    head = POLICY[: POLICY.index("공공주택")]
    tasks = "공공주택 공급\n도시계획 재정비\n노후주택 정비\n"
    out = parse_policy(sections(head + tasks)["policy"], c)
    assert out.tables.get("policy_goals", []) == []
    assert [w.code for w in out.warnings] == ["policy_goals.grid"]


# --- Ⅲ projects -------------------------------------------------------------------------------

PLANS = """Ⅲ. 주요업무 추진계획
1 .  살기 좋은 주거 환경
\uf000 공공주택 공급 확대
2 .  품격 있는 도시 경관 조성
\uf000 경관 심의 내실화
1. 살기 좋은
주거 환경
\uf000  공공주택 공급 확대
1  공공주택 공급 확대
\uf000 청년과 신혼부부를 위한 공공주택을
확대 공급
\uf000 추진계획
○ 역세권 공공주택 공급(3월~9월)
－ 대상: 청년, 신혼부부
\uf000 예산 집행계획
(단위: 천원)
사업명 예산현액
집행계획
1분기 2분기 3분기 4분기
공공주택
공급 지원
500,000
100,000 - 300,000 100,000
설계 착공 준공
임대관리 개선 200,000
50,000 50,000 50,000 50,000
운영
※ ’23년 사고이월액 50,000천원 포함
\uf000 추진일정
○ 공급 계획 수립 : ’24. 2.
○ 입주자 모집 : ’24. 4.~ 6.
2. 품격 있는
도시 경관 조성
\uf000  경관 심의 내실화
1  경관 심의 내실화
\uf000 경관 심의 기준 정비
\uf000 추진일정
○ 기준 개정 : ’24년 상반기
"""


def test_projects_themes_cards_budgets_and_schedules() -> None:
    c = ctx(year=2024)
    out = parse_projects(sections(PLANS)["plans"], c, ["공공주택 공급 지원", "임대관리 개선"])
    projects = out.tables["projects"]
    assert [(p.project_id, p.theme, p.title, p.summary) for p in projects] == [  # type: ignore[attr-defined]
        (
            "1-1",
            "살기 좋은 주거 환경",
            "공공주택 공급 확대",
            "청년과 신혼부부를 위한 공공주택을 확대 공급",
        ),
        ("2-1", "품격 있는 도시 경관 조성", "경관 심의 내실화", "경관 심의 기준 정비"),
    ]
    budgets = out.tables["project_budgets"]
    assert [
        (b.item, b.basis, b.amount_krw, b.q1_krw, b.q2_krw, b.q3_krw, b.q4_krw, b.notes)  # type: ignore[attr-defined]
        for b in budgets
    ] == [
        (
            "공공주택 공급 지원",
            "예산현액",
            500_000_000,
            100_000_000,
            0,
            300_000_000,
            100_000_000,
            "설계 착공 준공",
        ),
        (
            "임대관리 개선",
            "예산현액",
            200_000_000,
            50_000_000,
            50_000_000,
            50_000_000,
            50_000_000,
            "운영",
        ),
    ]
    # two items and one carry-over note: not attributed to either, and said so
    assert [b.carryover_krw for b in budgets] == [None, None]  # type: ignore[attr-defined]
    assert "project_budgets.carryover" in [w.code for w in out.warnings]
    schedules = out.tables["schedules"]
    assert [
        (s.project_id, s.task, s.raw, str(s.start), str(s.end), s.precision)  # type: ignore[attr-defined]
        for s in schedules
    ] == [
        ("1-1", "공급 계획 수립", "’24. 2.", "2024-02-01", "2024-02-29", "month"),
        ("1-1", "입주자 모집", "’24. 4.~ 6.", "2024-04-01", "2024-06-30", "month"),
        ("2-1", "기준 개정", "’24년 상반기", "2024-01-01", "2024-06-30", "half"),
    ]
    blocks = projects[0].blocks  # type: ignore[attr-defined]
    assert [b.label for b in blocks] == ["추진계획", "예산 집행계획", "추진일정"]
    assert blocks[0].items[0].text == "역세권 공공주택 공급(3월~9월)"
    assert blocks[0].items[0].children[0].text == "대상: 청년, 신혼부부"
    assert c.themes == ["살기 좋은 주거 환경", "품격 있는 도시 경관 조성"]


def test_a_numbered_line_that_is_not_the_next_card_is_not_a_card() -> None:
    text = PLANS.replace(
        "○ 역세권 공공주택 공급(3월~9월)", "○ 역세권 공공주택 공급\n3 개 지구 선정"
    )
    out = parse_projects(sections(text)["plans"], ctx(year=2024), [])
    assert [p.project_id for p in out.tables["projects"]] == ["1-1", "2-1"]  # type: ignore[attr-defined]


# --- 붙임: budget appendix ----------------------------------------------------------------------

APPENDIX = """붙 임 1
2024년 세부사업 예산 현황
부서명 / 사업명 ’24년 예산 ’24년 예산현액
미래도시국 700,000 750,000
도시계획과 200,000 200,000
경관 심의 운영 200,000 200,000
주택정책과 500,000 550,000
공공주택 공급 지원 450,000 500,000
임대관리 개선 50,000 50,000
(단위: 천원)
※ ’24년 예산현액(750,000천원) = ’24년 예산(700,000천원) + ’23년 사고이월액(50,000천원)
"""


def test_budget_items_levels_from_the_org_chart() -> None:
    c = ctx(bureau="미래도시국", divisions=["도시계획과", "주택정책과"])
    out = parse_budget_items(sections(APPENDIX)["budget_items"], c)
    got = [
        (i.level, i.division, i.item, i.budget_krw, i.budget_current_krw)
        for i in out.tables["budget_items"]
    ]  # type: ignore[attr-defined]
    assert got == [
        ("bureau", None, "미래도시국", 700_000_000, 750_000_000),
        ("division", "도시계획과", "도시계획과", 200_000_000, 200_000_000),
        ("item", "도시계획과", "경관 심의 운영", 200_000_000, 200_000_000),
        ("division", "주택정책과", "주택정책과", 500_000_000, 550_000_000),
        ("item", "주택정책과", "공공주택 공급 지원", 450_000_000, 500_000_000),
        ("item", "주택정책과", "임대관리 개선", 50_000_000, 50_000_000),
    ]
    note = out.tables["budget_notes"][0]
    assert (note.budget_current_krw, note.budget_krw, note.carryover_krw) == (  # type: ignore[attr-defined]
        750_000_000,
        700_000_000,
        50_000_000,
    )


def test_budget_items_without_an_org_chart_use_the_name_endings() -> None:
    out = parse_budget_items(sections(APPENDIX)["budget_items"], ctx())
    levels = [i.level for i in out.tables["budget_items"]]  # type: ignore[attr-defined]
    assert levels == ["bureau", "division", "item", "division", "item", "item"]


# --- 붙임: audit --------------------------------------------------------------------------------

AUDIT = """붙 임 2
2023년 행정사무감사 처리결과 보고서
(도시계획위원회)
미래도시국
□ 총 괄
○ 수감결과 처리요구사항 등 ------ 총 3 건
○ 조치내역
구 분 계 완 료 추진중 검토중 미반영
계
계 3 1 1 - 1
시 정 ·처리요구 사 항 2 1 - - 1
건 의 사 항 1 - 1 - -
시정․처리 요구사항
시정 및 처리 요구사항 조치결과 및 향후 추진계획
○경관 심의 기준이 모호
하므로 개선 바람
(도시계획과/주택정책과)
□ 추진상황: 추진완료
□ 추진내용
◦ 기준 개정 완료(’23.12.)
□ 향후계획
◦ 교육 실시: ’24. 3월
○임대주택 관리비를
인하하기 바람
(주택정책과)
□ 추진상황:
미반영
□ 검토내용
◦ 재원 부족으로 반영 곤란
건 의 사 항
건 의 사 항 조 치 결 과
○공공주택 홍보 강화 바람
(주택정책과)
□ 추진상황: 추진 중
□ 추진내용
◦ 홍보 계획 수립 중
"""


def test_audit_summary_and_findings() -> None:
    out = parse_audit(sections(AUDIT)["audit"], ctx(bureau="미래도시국"))
    summary = [
        (s.category, s.total, s.completed, s.in_progress, s.under_review, s.not_reflected)
        for s in out.tables["audit_summary"]
    ]  # type: ignore[attr-defined]
    assert summary == [
        ("total", 3, 1, 1, 0, 1),
        ("correction", 2, 1, 0, 0, 1),
        ("suggestion", 1, 0, 1, 0, 0),
    ]
    findings = [
        (f.no, f.category, f.divisions, f.finding, f.status, f.status_raw, f.actions, f.plans)
        for f in out.tables["audit_findings"]
    ]  # type: ignore[attr-defined]
    assert findings == [
        (
            1,
            "correction",
            ["도시계획과", "주택정책과"],
            "경관 심의 기준이 모호 하므로 개선 바람",
            "completed",
            "추진완료",
            "◦ 기준 개정 완료(’23.12.)",
            "◦ 교육 실시: ’24. 3월",
        ),
        (
            2,
            "correction",
            ["주택정책과"],
            "임대주택 관리비를 인하하기 바람",
            "not_reflected",
            "미반영",
            "◦ 재원 부족으로 반영 곤란",
            "",
        ),
        (
            3,
            "suggestion",
            ["주택정책과"],
            "공공주택 홍보 강화 바람",
            "in_progress",
            "추진 중",
            "◦ 홍보 계획 수립 중",
            "",
        ),
    ]
    assert [(t.key, t.value) for t in out.tables["stated_totals"]] == [("audit.total", 3)]  # type: ignore[attr-defined]
    section = sections(AUDIT)["audit"]
    unused = [ln.text for ln in section.content if ln.no not in out.used]
    assert unused == []
