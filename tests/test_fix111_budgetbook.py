"""A budget book's extract in the general section's 예산 part (probe budgetcodes): `부 서 |
세 부 사 업 | 편 성 목 | 2026 예산 | …`, each 과 merged down over its `소 계` and its
세부사업, each 세부사업 merged down over its `계` and its 편성목 code rows, read as its tree
(합계 > 과 소계 > 세부사업 계 > 편성목); and a body table of items by division (`부 서 | 사 업
명 | 2026년 예산 | 2025년 예산`, probes gantt and oldyear) gives the budget items wherever
it stands, as the same table in a 붙임 does."""

from __future__ import annotations

from tests.hwpx_maker import Raw, cell, p, tbl
from tests.test_other_reports import _hwpx, _table, _text

_HEAD = ["부  서", "세 부 사 업", "편 성 목", "2026 예산", "2025 예산", "증  감"]


def _book() -> str:
    """The book: 합계 over three columns, each 과's 소계 over two, the 과 and each 세부사업
    merged down over their rows (figures in 천원)."""
    cells: list[Raw] = [cell(0, c, p(h)) for c, h in enumerate(_HEAD)]

    def figures(r: int, *values: str) -> None:
        cells.extend(cell(r, 3 + k, p(v)) for k, v in enumerate(values))

    cells.append(cell(1, 0, p("합    계"), cs=3))
    figures(1, "1,500", "1,300", "200")
    # 녹지정책과: 소계 1,000 = 가로수 정비 600 (100 + 500) + 도시숲 조성 400 (400)
    cells.append(cell(2, 0, p("녹지정책과"), rs=6))
    cells.append(cell(2, 1, p("소    계"), cs=2))
    figures(2, "1,000", "900", "100")
    cells.append(cell(3, 1, p("가로수 정비"), rs=3))
    cells.append(cell(3, 2, p("계")))
    figures(3, "600", "500", "100")
    cells.append(cell(4, 2, p("201-01 사무관리비")))
    figures(4, "100", "100", "0")
    cells.append(cell(5, 2, p("401-01 시설비")))
    figures(5, "500", "400", "100")
    cells.append(cell(6, 1, p("도시숲 조성"), rs=2))
    cells.append(cell(6, 2, p("계")))
    figures(6, "400", "400", "0")
    cells.append(cell(7, 2, p("401-01 시설비")))
    figures(7, "400", "400", "0")
    # 공원관리과: 소계 500 = 공원 시설 개선 500 (200 + 300)
    cells.append(cell(8, 0, p("공원관리과"), rs=4))
    cells.append(cell(8, 1, p("소    계"), cs=2))
    figures(8, "500", "400", "100")
    cells.append(cell(9, 1, p("공원 시설 개선"), rs=3))
    cells.append(cell(9, 2, p("계")))
    figures(9, "500", "400", "100")
    cells.append(cell(10, 2, p("201-01 사무관리비")))
    figures(10, "200", "100", "100")
    cells.append(cell(11, 2, p("401-01 시설비")))
    figures(11, "300", "300", "0")
    return tbl(12, 6, cells)


_SUMMARY = [
    ["구  분", "2026년 예산(A)", "2025년 예산(B)", "증 감(A-B)"],
    ["합  계", "1,500", "1,300", "200"],
    ["녹지정책과", "1,000", "900", "100"],
    ["공원관리과", "500", "400", "100"],
]


def _book_report() -> object:
    return _hwpx(
        p("Ⅰ. 일 반 현 황"), p("1. 조 직"), p("○ 조 직 : 1국 2과 6팀"),
        p("2. 예 산"), p("○ 2026년 세출예산(일반회계) : 1,500천원"),
        p("가. 세출예산 총괄"), p("(단위 : 천원)"), p(_table(_SUMMARY)),
        p("나. 세부사업별 예산 현황 (편성목별)"), p("(단위 : 천원)"), p(_book()),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 푸른 도시"), p("가. 가로수 정비 (녹지정책과)"),
        p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip


def test_a_budget_books_lines_keep_their_division_and_their_items_name() -> None:
    """Each 과's 소계 is that 과's, each 세부사업's 계 a total named for it under its 과,
    each code a line of its 세부사업; the sums hold level by level (the 소계 and the 계 rows
    had been added up side by side under the 합계, and the 과 and 세부사업 names lost)."""
    report = _book_report()
    got = {
        (b.unit, b.item, b.is_total, b.amount_krw)
        for b in report.budget_lines if b.year == 2026  # type: ignore[attr-defined]
    }  # fmt: skip
    assert ("녹지정책과", None, True, 1_000_000) in got
    assert ("녹지정책과", "가로수 정비", True, 600_000) in got
    assert ("녹지정책과", "도시숲 조성", True, 400_000) in got
    assert ("녹지정책과", "가로수 정비 / 401-01 시설비", False, 500_000) in got
    assert ("공원관리과", None, True, 500_000) in got
    assert ("공원관리과", "공원 시설 개선", True, 500_000) in got
    checks = [c for c in report.validation if c.check.startswith("budget_lines.")]  # type: ignore[attr-defined]
    assert checks and all(c.passed for c in checks)
    # (합계 > 2 소계, 소계 > 계 rows, 계 > codes: each sum in both years' columns)
    assert len([c for c in checks if c.check != "budget_lines.stated"]) == 12


def test_a_budget_books_items_in_the_general_section() -> None:
    """Its 세부사업 are the budget items, each of its 과 with its 2026 계 (the codes no items),
    as they are where the table stands in a 붙임."""
    report = _book_report()
    got = [(i.level, i.division, i.item, i.budget_krw) for i in report.budget_items]  # type: ignore[attr-defined]
    assert got == [
        ("bureau", None, "합계", 1_500_000),
        ("division", "녹지정책과", "녹지정책과", 1_000_000),
        ("item", "녹지정책과", "가로수 정비", 600_000),
        ("item", "녹지정책과", "도시숲 조성", 400_000),
        ("division", "공원관리과", "공원관리과", 500_000),
        ("item", "공원관리과", "공원 시설 개선", 500_000),
    ]
    assert all(c.passed for c in report.validation)  # type: ignore[attr-defined]


def test_a_body_table_of_major_items_by_division() -> None:
    """`부 서 | 사 업 명 | 2026년 예산 | 2025년 예산` under `과별 주요사업 예산` in the 예산
    part, its 부서 merged down: each row an item of its 과, the 2026 amount."""
    rows = [
        ["부  서", "사  업  명", "2026년 예산", "2025년 예산"],
        ["합  계", "", "2,000", "1,500"],
        ["도로과", "보도 정비", "1,200", "1,000"],
        ["", "이면도로 포장", "300", "200"],
        ["건축과", "빈집 정비", "500", "300"],
    ]
    report = _hwpx(
        p("Ⅰ. 일 반 현 황"), p("1. 조 직"), p("○ 조 직 : 1국 2과 6팀"),
        p("2. 예 산"), p("가. 과별 주요사업 예산"), p("(단위 : 천원)"),
        p(_table(rows, {(2, 0): 2})),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 걷기 좋은 도시"), p("가. 보도 정비 (도로과)"),
        p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip
    got = {(i.division, i.item, i.budget_krw) for i in report.budget_items if i.level == "item"}  # type: ignore[attr-defined]
    assert got == {
        ("도로과", "보도 정비", 1_200_000),
        ("도로과", "이면도로 포장", 300_000),
        ("건축과", "빈집 정비", 500_000),
    }


_TEXT = """\

                        2026년 주요업무보고

                          도 시 관 리 국

Ⅰ. 일 반 현 황

1. 조  직

□ 조 직 : 1국 2과 6팀

2. 예  산

□ 2026년 예산 : 5,000천원

3. 주요사업 예산 현황

                                                 (단위 : 천원)
  부  서        사   업   명                  2026년 예산   2025년 예산
  합  계                                             2,800         2,100
  도로과        보도 정비                            1,200         1,000
                이면도로 포장                          600           500
  건축과        빈집 정비 및 공유공간 조성           1,000           600

Ⅱ. 2026년 주요업무 추진계획

1. 걷기 좋은 도시

 가. 보도 정비 (도로과)
  ○ 사업기간 : 2026. 1.~12.
"""


_APPENDIX = """
붙임  세부사업 예산 현황

                                                 (단위 : 천원)
  부서명 / 사업명                  2026년 예산   2025년 예산   증 감
  도시관리국                             2,800         2,100     700
  도로과                                 1,800         1,500     300
  보도 정비                              1,200         1,000     200
  이면도로 포장                            600           500     100
  건축과                                 1,000           600     400
  빈집 정비 및 공유공간 조성             1,000           600     400
"""


def test_a_text_exports_table_of_items_by_division() -> None:
    """The same table in a text export, set with spaces, its 부서 on its first item's line:
    each item of its 과 (none of the division's name run into the item's); where a 붙임 of
    세부사업 예산 gives the items, the body's table adds none of its own (no item twice)."""
    report = _text(_TEXT)
    got = {(i.division, i.item, i.budget_krw) for i in report.budget_items if i.level == "item"}
    assert got == {
        ("도로과", "보도 정비", 1_200_000),
        ("도로과", "이면도로 포장", 600_000),
        ("건축과", "빈집 정비 및 공유공간 조성", 1_000_000),
    }
    both = _text(_TEXT + _APPENDIX)
    items = sorted(i.item for i in both.budget_items if i.level == "item")
    assert items == sorted(["보도 정비", "이면도로 포장", "빈집 정비 및 공유공간 조성"])
    # (the appendix's rows, after the body's table)
    assert min(i.line_start or 0 for i in both.budget_items) > max(
        i.line_start or 0 for i in report.budget_items
    )


def test_two_body_tables_listing_the_same_items_give_them_once() -> None:
    """A 과별 주요사업 table and a 세부사업별 table in the body that list the same items: the
    items once, from the fuller table (no item twice, no sum of both)."""
    major = [
        ["부  서", "사  업  명", "2026년 예산", "2025년 예산"],
        ["합  계", "", "2,000", "1,500"],
        ["도로과", "보도 정비", "1,500", "1,000"],
        ["건축과", "빈집 정비", "500", "500"],
    ]
    every = [
        ["부  서", "세 부 사 업", "2026년 예산", "2025년 예산"],
        ["합  계", "", "2,300", "1,700"],
        ["도로과", "보도 정비", "1,500", "1,000"],
        ["", "이면도로 포장", "300", "200"],
        ["건축과", "빈집 정비", "500", "500"],
    ]
    report = _hwpx(
        p("Ⅰ. 일 반 현 황"), p("1. 조 직"), p("○ 조 직 : 1국 2과 6팀"),
        p("2. 예 산"), p("가. 과별 주요사업 예산"), p("(단위 : 천원)"), p(_table(major)),
        p("나. 세부사업별 예산 현황"), p("(단위 : 천원)"), p(_table(every, {(2, 0): 2})),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 걷기 좋은 도시"), p("가. 보도 정비 (도로과)"),
        p("○ 사업기간 : 2026. 1.~12."),
    )  # fmt: skip
    got = sorted(
        (i.division, i.item, i.budget_krw)
        for i in report.budget_items  # type: ignore[attr-defined]
        if i.level == "item"
    )
    assert got == [
        ("건축과", "빈집 정비", 500_000),
        ("도로과", "보도 정비", 1_500_000),
        ("도로과", "이면도로 포장", 300_000),
    ]
    assert not [v for v in report.validation if not v.passed and v.check.startswith("budget_items")]  # type: ignore[attr-defined]
