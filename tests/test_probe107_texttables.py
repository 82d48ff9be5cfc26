"""Text exports' tables inferred from aligned columns, from the 107th round of probes: a
narrow cell's name wrapped onto the next line (narrowwrap), a group's word spaced wide
over its columns and a table going on over a page break (myeon)."""

from __future__ import annotations

from extract.document import Line
from extract.layout.textgrid import infer_grids
from tests.test_other_reports import _text

_HEAD = """\

                        2026년 주요업무 보고

                           도 시 주 택 국

                              가 람 구

Ⅰ. 일 반 현 황

 1. 조    직

  □ 조 직 : 1국 3과 9팀

    ○ 도시재생정책과(3팀) : 재생기획팀, 재생사업팀, 도시경관팀
    ○ 주택관리과(3팀) : 주택정책팀, 공동주택팀, 임대주택팀
    ○ 건축허가과(3팀) : 건축행정팀, 건축안전팀, 허가민원팀

"""

_STAFF = """\
 2. 인    력

  □ 정원 60명 / 현원 58명 (’26. 1. 1. 기준)

                                                       (단위 : 명)
   구    분       정 원   현 원  과부족  비    고
   계                60      58     △2
   도시재생정책      22      21     △1  육아휴직 1명
   과
   주택관리과        20      19     △1  장기교육 1명
   건축허가과        18      18      -

 3. 예    산

  □ 2026년 세출예산 : 90,000,000천원

                                                     (단위 : 천원)
   구    분      2026년 예산    2025년 예산      증    감
   합    계       90,000,000     80,000,000    10,000,000
   도시재생정    50,000,000     45,000,000     5,000,000
   책과
   주택관리과     25,000,000     22,000,000     3,000,000
   건축허가과     15,000,000     13,000,000     2,000,000

"""

_APPENDIX = """\
Ⅱ. 2026년 주요업무 추진계획

 1. 살기 좋은 주거환경 조성

  가. 노후 주거지 정비 (도시재생정책과)

    ○ 사업기간 : ’26. 1.~12.
    ○ 사 업 비 : 3,000백만원 (구비 3,000)

붙임  2026년 세부사업별 예산 현황

                                                     (단위 : 천원)
 부    서    세 부 사 업                  2026년         2025년
 합    계                             90,000,000     80,000,000
 도시재생정  소    계                  50,000,000     45,000,000
 책과        노후 주거지 정비 및        3,000,000      2,700,000
             골목길 환경개선
             도시재생 뉴딜사업         47,000,000     42,300,000
 주택관리과  소    계                  25,000,000     22,000,000
             365 주거안심센터 설치      1,500,000      1,400,000
             및 운영
             공공임대주택                23,500,000     20,600,000
             노후시설
             개선
 건축허가과  소    계                  15,000,000     13,000,000
             건축물 안전점검 지원      15,000,000     13,000,000
"""


def test_a_staff_tables_unit_wrapped_onto_the_next_line() -> None:
    """`도시재생정책` / `과` in a narrow cell of the staff table: one unit, 도시재생정책과, and
    the table goes on under it (its `과` had ended it, as a row label's word, and the rows
    after it had been an outline item's text)."""
    report = _text(_HEAD + _STAFF)
    got = {s.unit: (s.authorized, s.current) for s in report.staffing}
    assert got == {
        "계": (60, 58), "도시재생정책과": (22, 21), "주택관리과": (20, 19), "건축허가과": (18, 18),
    }  # fmt: skip
    assert not any(n.kind == "figure" and "주택관리과" in n.text for n in report.outline)


def test_a_budget_tables_unit_wrapped_inside_its_name() -> None:
    """`도시재생정` / `책과` in the budget table: one unit with its amounts, and the rows
    after it kept (the table had ended at the wrap; its last row was residue)."""
    report = _text(_HEAD + _STAFF)
    got = {b.unit: b.budget_krw for b in report.budget_summary if b.unit not in ("합계", "계")}
    assert got == {
        "도시재생정책과": 50_000_000_000, "주택관리과": 25_000_000_000,
        "건축허가과": 15_000_000_000,
    }  # fmt: skip


def test_budget_items_names_wrapped_in_a_narrow_column() -> None:
    """An appendix whose item names a narrow column wraps (`노후 주거지 정비 및` / `골목길
    환경개선`; `공공임대주택` / `노후시설` / `개선`; a name that opens with a number,
    `365 주거안심센터 설치` / `및 운영`) and whose division wraps beside its first item
    (`도시재생정` / `책과  노후 주거지 …`): each item whole in its own row, each division
    whole (the wraps had run into the next row's name, the division's second part into
    its first item's, `365` had been an amount)."""
    report = _text(_HEAD + _STAFF + _APPENDIX)
    got = {(b.division, b.item): b.budget_krw for b in report.budget_items if b.level == "item"}
    assert got == {
        ("도시재생정책과", "노후 주거지 정비 및 골목길 환경개선"): 3_000_000_000,
        ("도시재생정책과", "도시재생 뉴딜사업"): 47_000_000_000,
        ("주택관리과", "365 주거안심센터 설치 및 운영"): 1_500_000_000,
        ("주택관리과", "공공임대주택 노후시설 개선"): 23_500_000_000,
        ("건축허가과", "건축물 안전점검 지원"): 15_000_000_000,
    }
    (cell,) = [c for c in report.table_cells if c.raw == "23,500,000"]
    assert cell.row_header == "주택관리과 / 공공임대주택 노후시설 개선"


def _lines(text: str) -> list[Line]:
    return [Line(n, t, t) for n, t in enumerate(text.split("\n"), start=1) if t.strip()]


def test_a_name_wrapped_in_its_cell_joins_its_own_row() -> None:
    """The layout's grid: a wrapped name's lines are its row's label cell, no rows of their
    own; a heading spaced out between rows (`특 별 회 계`) stays a row."""
    text = "\n".join([
        "   구    분          2026년      2025년",
        "   일반회계 사업       500         400",
        "   청년 창업공간 및    300         250",
        "   지원센터 운영",
        "   특 별 회 계",
        "   주차장 관리         200         150",
    ])  # fmt: skip
    (grid,) = infer_grids(_lines(text))
    labels = [c.paragraphs for c in sorted(grid.cells, key=lambda c: c.row) if c.col == 0]
    assert labels == [
        ("구 분",), ("일반회계 사업",), ("청년 창업공간 및", "지원센터 운영"), ("특 별 회 계",),
        ("주차장 관리",),
    ]


_TOWN = """\

                        2026년 주요업무 보고

                           운 곡 읍

Ⅰ. 일 반 현 황

 1. 인    구

  ○ 연도별 인구 추이                                    (단위 : 세대, 명)
   연  도    세  대   인구 계      남        여      증  감
   2024년      5,071    11,068     5,449     5,619      △150
   2025년      5,048    10,945     5,392     5,553      △123
   2026년      5,022    10,747     5,284     5,463      △198

 2. 리별 세대 및 인구 현황

                                       (’26. 1. 1. 기준, 단위 : 세대, 명)
    구  분     세  대            인      구
                            계        남        여
      계        1,100     2,400     1,180     1,220
  운곡1리         612     1,319       648       671
  운곡2리         488     1,081       532       549

- 2 -

                                       (’26. 1. 1. 기준, 단위 : 세대, 명)
    구  분     세  대            인      구
                            계        남        여
  석교리          149       318       155       163
  장동1리         246       521       259       262

 3. 조    직
"""


def test_a_group_word_spaced_wide_over_its_columns() -> None:
    """`인      구` over `계  남  여`: a table whose columns are 인구's three (it had been no
    table, the whole of it an outline item's text); on the next page, under its caption
    and header again, the same table."""
    report = _text(_TOWN)
    by_row = {
        (c.row_header, c.col_header): c.value for c in report.table_cells if not c.is_header
    }
    # (a header of two rows: 인구 over its names, "인구 / 계", as where groups stand on the
    # header line itself)
    assert by_row[("운곡1리", "인구 / 계")] == 1_319
    assert by_row[("운곡1리", "세대")] == 612
    assert by_row[("석교리", "인구 / 여")] == 163
    villages = [t for t in report.tables if t.caption and "기준" in t.caption]
    assert len(villages) == 1 and villages[0].n_rows == 7


def test_a_header_phrase_over_its_own_column_beside_years() -> None:
    """`인구 계` stands over its own figures in a table of rows labelled by their years
    (`2024년  5,071  11,068 …`): one column, 인구 계, each header over its own figures (they
    had been read one column to the right)."""
    report = _text(_TOWN)
    by_row = {
        (c.row_header, c.col_header): c.value for c in report.table_cells if not c.is_header
    }
    assert by_row[("2024년", "인구 계")] == 11_068
    assert by_row[("2024년", "남")] == 5_449
    assert by_row[("2024년", "여")] == 5_619
