"""What two reviews found rounds 17 and 18 doing to ordinary reports: each input here read
right before those rounds, and reads right again."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_PAST = """\
2026년 주요업무보고

Ⅰ. 일반현황
 1. 조직
  □ 조    직 : 1국 4과 16팀

Ⅱ. 2026년 주요업무 추진계획
 1. 청년 자립 기반 강화
   가. 청년 월세 지원 (청년정책과)

     □ 사업개요
       ○ 사업기간 : 2023. ~ 계속
       ○ 사업내용 : 무주택 청년 1,200명에게 월 20만원 지원

     □ 그간 지원실적
                                                   (단위 : 백만원)
       구  분          계        ’23       ’24       ’25
         계         3,600      1,000     1,200     1,400
       국  비       1,800        500       600       700
       시  비       1,800        500       600       700
"""


def test_a_table_of_past_support_is_no_cards_cost() -> None:
    """`□ 그간 지원실적` over `구 분 | 계 | ’23 | …`: what was spent, no cost of the card's
    (it had been taken as its investment plan)."""
    (project,) = _text(_PAST).projects
    assert project.cost_krw is None


def test_duties_that_name_a_budget_are_no_plan() -> None:
    """`Ⅱ. 과별 주요업무` over `1. 일자리정책과` / `□ 사업비 집행 관리 …` (a duty): duties,
    no plan (a duty opening with 사업비 had counted as a card's fact)."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 일반현황\n 1. 조직\n  □ 조    직 : 1국 2과 6팀\n\n"
        "Ⅱ. 과별 주요업무\n 1. 일자리정책과\n  □ 일자리 정책 총괄 및 일자리 대책 수립\n"
        "  □ 사업비 집행 관리 및 국비 보조금 정산\n 2. 기업지원과\n"
        "  □ 중소기업 육성자금 융자 지원\n  □ 사업비 정산 및 지원기업 성과 관리\n"
    )
    assert not report.projects
    assert len(report.functions) == 4


def test_a_line_under_a_cost_that_lists_no_sources() -> None:
    """`○ 사 업 비 : 1,200백만원` over `- 보조금 800, 사무관리비 400` (a split by items) or
    `○ 지원대상 : 국공립 25, 민간 20` after `○ 사 업 비 : 45백만원`: no shares."""
    for cost, line in (("1,200백만원", "     - 보조금 800, 사무관리비 400"),
                       ("45백만원", "    ○ 지원대상 : 국공립 25, 민간 20")):  # fmt: skip
        report = _text(
            "2026년 주요업무보고\n\nⅠ. 일반현황\n 1. 조직\n  □ 조    직 : 1과 4팀\n\n"
            "Ⅱ. 2026년 주요업무 추진계획\n 1. 농촌 활력 증진\n  가. 마을공동체 지원 (농촌팀)\n"
            f"    ○ 사업기간 : 2026. 1. ~ 12.\n    ○ 사 업 비 : {cost}\n{line}\n"
        )
        assert not report.project_funding


def test_a_lists_columns_of_rates_are_no_shares_in_won() -> None:
    """`총사업비(백만원) | 국비(%) | 도비(%) | 시군비(%)`: no share of 50백만원 (a rate read
    as money)."""
    rows = [
        ["연번", "사업명", "기간", "총사업비(백만원)", "국비(%)", "도비(%)", "시군비(%)", "담당과"],
        ["1", "뉴딜 거점 조성", "2025~2027", "12,000", "50", "25", "25", "균형발전과"],
        ["2", "생활인구 유치", "2026", "3,000", "50", "30", "20", "인구정책과"],
    ]
    report = _hwpx(p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 지역균형 성장"), p(_table(rows)))
    assert 50_000_000 not in {f.amount_krw for f in report.project_funding}


def test_a_units_issue_with_a_cost_is_none_of_its_projects() -> None:
    """`□ 팀 현안 : 일자리센터 이전 건립 추진` over its cost, under `1. 일자리기획팀`: no
    project of the team's."""
    report = _text(
        "해솔시 일자리정책과\n2026년 주요업무보고\n\nⅠ. 일반현황\n 1. 조직\n"
        "  □ 조  직 : 1과 2팀\n\n"
        "Ⅱ. 2026년 주요업무 추진계획\n 1. 일자리기획팀\n  □ 해솔 일자리박람회 개최\n"
        "     ○ 사업기간 : 2026. 3. ~ 10.\n     ○ 사 업 비 : 150,000천원 (시비 150,000)\n"
        "  □ 팀 현안 : 일자리센터 이전 건립 추진\n     ○ 사 업 비 : 3,000,000천원\n"
    )
    assert [pr.title for pr in report.projects] == ["해솔 일자리박람회 개최"]
