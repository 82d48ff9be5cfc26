"""An OCR'd text export (probe 111, ocrtext): a contents entry whose numeral was misread
(`1. 일반현황 ···· 1` among `Ⅱ.` and `III.` entries) ends where the body starts, and
figures a stray space tore (`1, 320,000천원`, `5,230, 800`, `14 .7`) are read whole."""

from __future__ import annotations

import pytest

from extract.normalize.split_figures import figures_whole
from schemas import Report
from tests.test_other_reports import _text

_OCR = """\

                 2026년도 주요업무보고

                     산 림 녹 지 과

- 1 -

                      보 고 순 서

  1. 일반현황 ······································· 1
  Ⅱ. 2026년 주요업무 추진계획 ·························· 4
  III. 2025년 행정사무감사 처리결과 ······················· 9

- 2 -

I. 일 반 현 황

1. 인    력

  o 인 력 : 정원 15명 / 현원 14명 ('26. 1. 1. 기준)

                                              (단위 : 명)
  구    분         정 원     현 원    과부족
  계                  15        14        △1
  산림정책팀           7         7         -
  산림보호팀           8         7        △1

2. 예    산

  ㅁ 2026년 예산 : 18, 456,320천 원 (일반회계 세출)

                                                           (단위 : 천 원)
  구   분       2026년 예산(A)    2025년 예산(B)      증 감(A-B)   증감률(%)
  계                18,456,320        16,902,150       1,554,170         9.2
  산림정책팀        12,351,300        11,580,600         770,700         6.7
  산림보호팀       5,230, 800        4,980,400         250,400        5.0
  공원녹지팀         874,220           341,150         533,070       156 .2

Ⅱ. 2026년 주요업무 추진계획

1. 산림재해 예방

  ㅁ 산불방지 대책 추진 (산림보호팀)
    o 사업기간 : '26. 1.~12.
    o 사 업 비 : 1, 320,000천원 (도 396,000, 군 924,000)
    o 사업내용 : 산불 감시·진화 인력 운영
    o 기대효과 : 탄소흡수량 연 1, 800,000톤 증대, 감시탑 3, 5개소 보강
    o 추진계획
      - '26. 1.~5. : 봄철 산불조심기간 운영
      - 11.~12. : 가을철 산불조심기간 운영

III. 2025년 행정사무감사 처리결과

  ㅁ 총 1건 (시정요구 1) : 완료 1

  1. 산불감시원 채용 절차 개선 (시정요구)
    o 조치결과 : 채용 공고 기간 연장 (완료)
"""


@pytest.fixture(scope="module")
def ocr() -> Report:
    return _text(_OCR)


def test_a_contents_entry_misnumbered_ends_where_the_body_starts(ocr: Report) -> None:
    """`1. 일반현황 ···· 1` among `Ⅱ. … ···· 4` entries: the contents end at `I. 일 반 현 황`
    (the first chapter had all been contents: no staff nor budget table read)."""
    staff = {(s.unit, s.authorized, s.current) for s in ocr.staffing}
    assert {("계", 15, 14), ("산림정책팀", 7, 7), ("산림보호팀", 8, 7)} <= staff
    assert "계" in {b.unit for b in ocr.budget_summary}


def test_a_figure_torn_after_its_comma_in_a_text_tables_row(ocr: Report) -> None:
    """`5,230, 800` and `156 .2` in the budget table's columns: each team's row whole (the
    row had been cut at the space, `.2` carried into the next row's name)."""
    rows = {b.unit: b for b in ocr.budget_summary if b.year == 2026}
    assert set(rows) == {"계", "산림정책팀", "산림보호팀", "공원녹지팀"}
    assert rows["산림보호팀"].budget_krw == 5_230_800_000
    assert rows["공원녹지팀"].budget_krw == 874_220_000
    assert rows["공원녹지팀"].change_pct == pytest.approx(156.2)


def test_a_cost_and_a_stated_total_torn_after_the_comma(ocr: Report) -> None:
    """`1, 320,000천원` on a card is 1,320,000천원 (it had been 320,000천원); the budget's
    headline `18, 456,320천 원` states 18,456,320천원."""
    (project,) = ocr.projects
    assert project.cost_krw == 1_320_000_000
    totals = {t.key: t.value for t in ocr.stated_totals}
    assert totals["budget.expenditure.일반회계"] == 18_456_320_000


def test_a_count_torn_after_the_comma_in_prose(ocr: Report) -> None:
    """`연 1, 800,000톤` is 1,800,000톤 (it had been 800,000톤); `3, 5개소` is a list, no 3,5."""
    counts = {m.raw for m in ocr.mentions if m.kind == "count"}
    tons = {m.raw for m in ocr.mentions if m.kind == "measure"}  # (a weight: fix113)
    assert "1,800,000톤" in {r.replace(" ", "") for r in tons}
    assert not any("3,5" in r for r in counts)


def test_only_a_figure_grouped_by_threes_is_whole() -> None:
    """The space moves before the figure (a text table's column keeps its right edge); a
    list is no figure."""
    assert figures_whole("사 업 비 : 1, 320,000천원") == "사 업 비 :  1,320,000천원"
    assert figures_whole("6, 105,020   5,321,550") == " 6,105,020   5,321,550"
    assert figures_whole("증감률  14 .7") == "증감률   14.7"
    for text in (
        "국 1,225,000, 도 367,500", "1, 2, 3", "3, 5개", "10, 100, 500석", "2025, 2026년",
        "’26. 3 .27.", "예산 : 850, 790백만원", "’26. 4. 15, 300명 참석", "정원/현원 125, 118명",
        "100, 200번",
    ):  # fmt: skip
        assert figures_whole(text) == text
