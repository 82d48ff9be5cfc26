"""Forms of the twelfth round of probes: the genre's usual content in other words
(wordingtxt, wordinghwpx), a small office's one-line projects (terse), a plan of tables
without cards (tableonly)."""

from __future__ import annotations

import pytest

from extract.document import Cell
from extract.parse.functions import _lists_units
from extract.title_roles import top_role
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_BUDGET = """\
                                                              (단위 : 백만원)
  ┌────────┬────────────┬───────────┬───────────┬───────────┬───────────┐
  │     구      분      │ 2025년(A) │ 2026년(B) │ 증감(B-A) │ 증감률(%) │
  ├────────┬────────────┼───────────┼───────────┼───────────┼───────────┤
  │        │     계     │   200,990 │   200,130 │      △860 │      △0.4 │
  │        ├────────────┼───────────┼───────────┼───────────┼───────────┤
  │ 세 입  │ 국고보조금 │   162,350 │   158,920 │    △3,430 │      △2.1 │
  │        ├────────────┼───────────┼───────────┼───────────┼───────────┤
  │        │  세외수입  │    38,640 │    41,210 │     2,570 │       6.7 │
  ├────────┼────────────┼───────────┼───────────┼───────────┼───────────┤
  │        │     계     │   407,800 │   416,700 │     8,900 │       2.2 │
  │        ├────────────┼───────────┼───────────┼───────────┼───────────┤
  │ 세 출  │ 대기보전과 │   359,480 │   358,960 │      △520 │      △0.1 │
  │        ├────────────┼───────────┼───────────┼───────────┼───────────┤
  │        │ 자원순환과 │    48,320 │    57,740 │     9,420 │      19.5 │
  └────────┴────────────┴───────────┴───────────┴───────────┴───────────┘
"""


def test_sides_merged_down_beside_their_rows_in_a_text_export() -> None:
    """`세 입` / `세 출` merged down beside their rows, each printed on its block's middle
    row: each block of that side, the label no part of the row's name (they had been
    `세 입 국고보조금`, of no side, and both 계 had been checked against all seven rows)."""
    report = _text(
        "2026년 업무보고\n\nⅠ. 현    황\n 1. 세입·세출 예산\n" + _BUDGET
        + "\nⅡ. 역점 추진사업\n 1. 대기질 개선\n  ○ 사업기간 : 2026. 1. ~ 12.\n"
    )
    got = {(s.side, s.unit) for s in report.budget_summary}
    assert got == {("revenue", "계"), ("revenue", "국고보조금"), ("revenue", "세외수입"),
                   ("expenditure", "계"), ("expenditure", "대기보전과"),
                   ("expenditure", "자원순환과")}  # fmt: skip
    assert not [c for c in report.validation if not c.passed]


def test_a_side_alone_over_its_figures_is_its_total() -> None:
    """`세 입` across the label columns over the side's figures: that side's 계."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 일반현황\n 1. 예산현황\n(단위 : 백만원)\n"
        "구 분 2026년 예산 2025년 예산 증 감 증감률(%)\n"
        "세 입 2,140 1,980 160 8.1\n"
        "세 출 계 45,310 43,000 2,310 5.4\n"
        "자치행정과 25,310 23,000 2,310 10.0\n"
        "시민소통과 20,000 20,000 - -\n"
        "\nⅡ. 주요업무 추진계획\n 1. 시민 참여\n  ○ 사업기간 : 2026. 1. ~ 12.\n"
    )
    first = report.budget_summary[0]
    assert (first.unit, first.side, first.is_total) == ("계", "revenue", True)


def test_an_issues_response_is_the_issues_own() -> None:
    """`- 총인 처리시설 설치사업 국비 지원 건의 (총사업비 54,000백만원)` under an issue's
    `○ 대응방안`: the issue's, no sub-project `현안2-1` (it had been one)."""
    report = _text(
        "2026년 업무보고\n\nⅠ. 역점 추진사업\n 1. 대기질 개선\n  ○ 사업기간 : 2026. 1. ~ 12.\n"
        "\nⅡ. 당면 현안\n\n 1. 하수처리장 방류수 수질기준 강화 대응\n\n"
        "  ○ 현    황 : ’27. 1.부터 총인 방류수 기준 강화\n\n  ○ 대응방안\n"
        "    - 총인 처리시설 설치사업 국비 지원 건의 (총사업비 54,000백만원)\n"
        "    - ’26. 12. : 기본 및 실시설계 완료\n"
    )
    assert [pr.project_id for pr in report.projects if pr.project_id.startswith("현안")] == [
        "현안1"
    ]


def test_a_line_above_the_findings_names_their_proceeding_and_period() -> None:
    """`□ 2025년 행정사무감사 (’25. 11. 10. ~ 11. 19.)` over the findings of `Ⅳ. 감사
    지적사항 조치결과`: their source 행정사무감사 (it had been 감사, the title's) and their
    audit period."""
    report = _text(
        "2026년 업무보고\n\nⅠ. 역점 추진사업\n 1. 대기질 개선\n  ○ 사업기간 : 2026. 1. ~ 12.\n"
        "\nⅣ. 감사 지적사항 조치결과\n\n  □ 2025년 행정사무감사 (’25. 11. 10. ~ 11. 19.)\n"
        "    ○ 지적건수 : 총 2건 (완료 1건, 추진중 1건)\n\n"
        "  1. 탄소중립 지원센터 위탁운영 성과관리 미흡 (기후정책과)\n"
        "    - 지적요지 : 위탁기관 성과평가 지표가 투입 중심\n"
        "    - 조치내용 : 성과지표 개선 (’25. 12.)\n    - 조치상황 : 완료\n\n"
        "  2. 전기차 충전시설 사후관리 부실 (대기보전과)\n"
        "    - 지적요지 : 급속충전기 고장 장기 방치\n"
        "    - 조치내용 : 유지보수 관리기준 마련\n    - 조치상황 : 추진중\n"
    )
    assert [(f.source, str(f.audited_start), str(f.audited_end))
            for f in report.audit_findings] == [
        ("행정사무감사", "2025-11-10", "2025-11-19")] * 2  # fmt: skip


def test_each_paragraph_of_a_duty_cell_is_a_duty() -> None:
    """In an HWPX cell each paragraph is one: `경제정책 총괄, 물가 관리` over `전통시장 및
    소상공인 지원` are three duties (the second had been glued to the first's last)."""
    rows = [["팀", "인 원", "주 요 업 무"],
            ["경제정책팀", "6", "경제정책 총괄, 물가 관리\n전통시장 및 소상공인 지원"],
            ["기업투자팀", "5", "농공단지 조성 및 관리\n기업 유치 및 투자 지원"]]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반 현황"), p("가. 조직 및 인력"), p(_table(rows)),
        p("Ⅱ. 2026년 업무 추진계획"), p("1) 전통시장 활성화 지원"), p("❍ 기 간 : 2026. 1. ~ 12."),
    )  # fmt: skip
    duties = [(f.division, f.function) for f in report.functions]
    assert ("경제정책팀", "전통시장 및 소상공인 지원") in duties
    assert ("기업투자팀", "기업 유치 및 투자 지원") in duties
    assert len([d for d in duties if d[0] == "경제정책팀"]) == 3


def test_a_stated_total_fills_what_the_tables_total_lacks() -> None:
    """`❍ 인 력 : 정원 23명, 현원 22명` over a table of 인원 alone, its 계 22: the 계 row
    gets 정원 23 (it had been dropped)."""
    rows = [["팀", "인 원", "주 요 업 무"], ["계", "22", ""],
            ["경제정책팀", "12", "경제정책 총괄"], ["기업투자팀", "10", "기업 유치"]]  # fmt: skip
    report = _hwpx(
        p("Ⅰ. 일반 현황"), p("가. 조직 및 인력"), p("❍ 인    력 : 정원 23명, 현원 22명"),
        p(_table(rows)),
        p("Ⅱ. 2026년 업무 추진계획"), p("1) 전통시장 활성화 지원"), p("❍ 기 간 : 2026. 1. ~ 12."),
    )  # fmt: skip
    total = next(s for s in report.staffing if s.unit == "계")
    assert (total.authorized, total.current) == (23, 22)


@pytest.mark.parametrize(
    ("title", "role"),
    [("Ⅳ. 건의 및 협조사항", "issues"),
     # (an audit's 건의사항 are findings; a plan's chapter that names requests too, plans)
     ("Ⅳ. 행정사무감사 건의사항 처리결과", "audit"), ("Ⅱ. 2026년 역점사업 및 건의사항", "plans")],
)  # fmt: skip
def test_a_chapter_of_requests_to_the_council_is_of_the_issues(title: str, role: str) -> None:
    assert top_role(title) == role


def test_a_cell_of_teams_parted_by_commas_over_its_wraps() -> None:
    """`자치행정팀, 주민자치팀, 민원제도` / `팀, 통합민원팀` in a PDF's narrow cell: the
    teams of the row's 과, no division of their own (their list had been the division)."""
    cell = Cell(1, 1, 1, 1, ("자치행정팀, 주민자치팀, 민원제도", "팀, 통합민원팀"), (5, 6), 3)
    assert _lists_units(cell)
    assert not _lists_units(Cell(1, 1, 1, 1, ("시민소통 기획, 시민참여 활성화",), (7,), 3))


_TERSE = """\
2026년 주요업무계획

                     한결군 농업기술센터

Ⅰ. 일반현황

 1. 조직 및 인력

  □ 조    직 : 1소장 2과 4팀

                                                     (단위 : 명)
   과            팀                 정 원   현 원
   계                                  26      24
   소    장                             1       1
   농업지원과    소    계              12      11
                 농촌지원팀             6       6
                 인력육성팀             6       5
   기술보급과    소    계              13      12
                 작물환경팀             6       6
                 소득작목팀             7       6

Ⅱ. 2026년 주요업무계획

 1. 소득작목 육성

  □ 스마트팜 시범사업 (’26. 3.~11., 400백만원 / 국 200, 군 200)
    - 딸기·토마토 시설하우스 8개소 ICT 환경제어 장비 보급

  □ 기후변화 대응 아열대작물 실증 (소득작목팀, ’26. 1.~12., 95백만원 / 군 95)

 2. 미래 농업인력 육성

  □ 청년·후계 농업인 육성
    ○ 청년농업인 정착 지원 : 12명, 144백만원(도 30%, 군 70%), ’26. 1.~12.
    ○ 한결 농업인대학 운영 (인력육성팀) : 3개 과정 90명, 60백만원(도 20%, 군 80%),
      ’26. 3.~11.
    ○ 귀농귀촌인 정착 교육 : 연 4회 120명, 24백만원(국 50%, 군 50%), 연중
"""


def test_one_line_projects_of_a_small_office() -> None:
    """A project a line: its period, cost and shares in its bracket after a slash, or after
    a colon with what it counts, each a project under its item; a bracket's team its
    division (none of the lines had been read)."""
    report = _text(_TERSE)
    got = {pr.project_id: (pr.theme, pr.title, pr.cost_krw, str(pr.period_start), pr.division)
           for pr in report.projects if "-" in pr.project_id}  # fmt: skip
    assert got == {
        "1-1": ("소득작목 육성", "스마트팜 시범사업", 400_000_000, "2026-03-01", None),
        "1-2": ("소득작목 육성", "기후변화 대응 아열대작물 실증", 95_000_000, "2026-01-01",
                "소득작목팀"),
        "2-1": ("미래 농업인력 육성", "청년농업인 정착 지원", 144_000_000, "2026-01-01", None),
        "2-2": ("미래 농업인력 육성", "한결 농업인대학 운영", 60_000_000, "2026-03-01",
                "인력육성팀"),
        "2-3": ("미래 농업인력 육성", "귀농귀촌인 정착 교육", 24_000_000, "2026-01-01", None),
    }
    shares = {(f.project_id, f.source): f.amount_krw for f in report.project_funding}
    assert shares[("1-1", "국비")] == 200_000_000
    assert shares[("2-1", "도비")] == 43_200_000


def test_a_staff_table_with_the_heads_row_and_subtotals_lists_the_units() -> None:
    """`소 장` on a row of its own and each 과's `소 계` in the teams' column: the 과 and
    their teams (the table had given no unit)."""
    report = _text(_TERSE)
    units = {(o.name, o.level, o.parent) for o in report.organization}
    assert {("농업지원과", "division"), ("기술보급과", "division")} <= {
        (n, lv) for n, lv, _ in units
    }
    assert ("소득작목팀", "team", "기술보급과") in units
    assert "소장" not in {n for n, _, _ in units}
