"""Forms of the genre as other bodies write it (a 공사, a 상수도사업본부, a 재단, a 교육청, a
소방본부, a 군's 과): what each must give, worked out from its lines, and what had been lost
or misfiled before."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text
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
    assert sides == [
        ("revenue", "상수도사업본부", 183_560_000_000),
        ("revenue", "요금수입", 166_660_000_000),
        ("revenue", "국고보조금", 16_900_000_000),
        ("expenditure", "상수도사업본부", 183_560_000_000),
        ("expenditure", "운영비", 90_150_000_000),
        ("expenditure", "시설비", 93_410_000_000),
    ]
