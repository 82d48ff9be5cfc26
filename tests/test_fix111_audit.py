"""Fixes of the 111th round of probes: a findings table's 지적사항 cell closed by the bracket
of its category and divisions on the cell's next paragraph (oldyear); a 비고 remark after a
budget summary row's rate, no part of the next row's unit (oldyear); a budget appendix's
caption that adds words after its unit, `(단위 : 백만원, 국비·도비 기준)` (dosigun)."""

from __future__ import annotations

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text


def _report(*part: str) -> Report:
    """A 2015 report of a 환경녹지국 with ``part`` as its second chapter."""
    return _hwpx(
        p("2015년도 주요업무 보고"), p("환 경 녹 지 국"),
        p("Ⅰ. 기구 및 정원"), p("1. 기 구"), p("○ 기 구 : 1국 3과"),
        *part,
        p("Ⅲ. 2015년 주요업무 계획"), p("1. 쾌적한 환경 조성"),
        p("가. 미세먼지 저감 대책 추진 (환경정책과)"), p("□ 추진계획"), p("○ '15. 3. : 계획 수립"),
    )  # fmt: skip


_FINDINGS = [
    ["연번", "지  적  사  항", "조  치  결  과", "조치상황"],
    [
        "1", "대형폐기물 배출 수수료 징수 관리 소홀\n(시정요구, 자원순환과)",
        "- 스티커 판매대장 전산화\n- 미납 수수료 징수 완료", "완료",
    ],
    [
        "2", "어린이 환경교육 프로그램 다양화 필요\n(건의, 환경정책과)",
        "- 체험형 교육과정 4종 개발", "완료",
    ],
    ["3", "공원 내 불법 경작 행위 단속 미흡 (시정요구, 공원녹지과)", "- 원상복구 추진", "추진중"],
]  # fmt: skip


def test_a_findings_cells_bracket_of_category_and_division_under_its_words() -> None:
    """`… 징수 관리 소홀` over the cell's next paragraph `(시정요구, 자원순환과)`: the bracket
    gives the category and the division and is no part of the finding, as on the same
    line (the finding had kept it, category and divisions empty)."""
    report = _report(p("Ⅱ. 2014 행정사무감사 지적사항 조치결과"), p(_table(_FINDINGS)))
    got = [(f.finding, f.category, f.category_raw, f.divisions) for f in report.audit_findings]
    assert got == [
        ("대형폐기물 배출 수수료 징수 관리 소홀", "correction", "시정요구", ["자원순환과"]),
        ("어린이 환경교육 프로그램 다양화 필요", "suggestion", "건의", ["환경정책과"]),
        ("공원 내 불법 경작 행위 단속 미흡", "correction", "시정요구", ["공원녹지과"]),
    ]
    assert [f.status for f in report.audit_findings] == ["completed", "completed", "in_progress"]


_REVENUE = [
    ["구  분", "2015년 예산(A)", "2014년 예산(B)", "증 감(A-B)", "증감률(%)", "비  고"],
    ["계", "14,000", "13,000", "1,000", "7.7", ""],
    ["환경정책과", "3,000", "2,900", "100", "3.4", "폐기물처리수수료 등"],
    ["자원순환과", "8,000", "7,500", "500", "6.7", "종량제봉투 판매수입"],
    ["공원녹지과", "3,000", "2,600", "400", "15.4", "공원시설 사용료"],
]


def test_a_budget_summary_rows_remark_is_no_part_of_the_next_rows_unit() -> None:
    """`환경정책과 … 3.4 폐기물처리수수료 등` over `자원순환과 …` under `증감률(%) | 비 고`: each
    row its own 과 (the remark after the rate had opened the next row's name,
    `폐기물처리수수료 등 자원순환과`)."""
    report = _report(
        p("Ⅱ. 예산 현황"), p("1. 세입예산"), p("(단위 : 천원)"), p(_table(_REVENUE)),
    )  # fmt: skip
    got = [(r.unit, r.side, r.budget_krw, r.prev_budget_krw) for r in report.budget_summary]
    assert got == [
        ("계", "revenue", 14_000_000, 13_000_000),
        ("환경정책과", "revenue", 3_000_000, 2_900_000),
        ("자원순환과", "revenue", 8_000_000, 7_500_000),
        ("공원녹지과", "revenue", 3_000_000, 2_600_000),
    ]


_APPENDIX = """\

                         2026년 주요업무보고

                          청하도 일자리경제실

Ⅰ. 일반현황
 1. 조    직
  □ 조    직 : 1실 2과

Ⅱ. 2026년 주요업무계획
 1. 지역맞춤형 일자리창출 지원 (일자리정책과)
  □ 사업개요
   ○ 사업기간 : 2026. 1. ~ 12.
   ○ 사 업 비 : 2,080백만원
  □ 추진계획
   ○ ’26. 3. : 공모

붙임  주요사업 예산 현황

                                          (단위 : 백만원, 국비·도비 기준)
  부  서          사  업  명                              2025 예산  2026 예산    증  감
  일자리정책과    지역맞춤형 일자리창출 지원사업              1,950      2,080       130
                  일자리 목표 공시제 운영                       400        425        25
  경제정책과      착한가격업소 육성 및 물가안정 관리            180        210        30
"""


def test_a_budget_appendix_caption_with_words_after_its_unit() -> None:
    """`(단위 : 백만원, 국비·도비 기준)` over the appendix: its amounts in 백만원 (the words
    after the unit had left it with no unit, `budget_items.no_unit`, amounts empty)."""
    report = _text(_APPENDIX)
    items = {
        (b.division, b.item, b.budget_krw, b.currency_unit)
        for b in report.budget_items
        if b.level == "item"
    }
    assert items == {
        ("일자리정책과", "지역맞춤형 일자리창출 지원사업", 2_080_000_000, "백만원"),
        ("일자리정책과", "일자리 목표 공시제 운영", 425_000_000, "백만원"),
        ("경제정책과", "착한가격업소 육성 및 물가안정 관리", 210_000_000, "백만원"),
    }
    assert not [w for w in report.warnings if w.code == "budget_items.no_unit"]


def test_a_findings_bracket_with_its_divisions_first_or_others_counted() -> None:
    """`(자원순환과, 시정요구)`, the divisions first, and `(주의, 도로과 외 1)`, the others
    counted unnamed: the category and the named division, no part of the finding (review)."""
    rows = [
        _FINDINGS[0],
        ["1", "대형폐기물 수수료 징수 소홀 (자원순환과, 시정요구)", "- 징수 완료", "완료"],
        ["2", "가로등 유지관리 용역 부적정 (주의, 도로과 외 1)", "- 교육 실시", "완료"],
    ]
    report = _report(p("Ⅱ. 2014 행정사무감사 지적사항 조치결과"), p(_table(rows)))
    got = [(f.finding, f.category_raw, f.divisions) for f in report.audit_findings]
    assert got == [
        ("대형폐기물 수수료 징수 소홀", "시정요구", ["자원순환과"]),
        ("가로등 유지관리 용역 부적정", "주의", ["도로과"]),
    ]
