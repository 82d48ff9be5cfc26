"""A work report whose 붙임 is a budget book's extract (세출예산 사업명세서, probe budgetbook):
`부서 / 정책사업 / 단위사업 / 세부사업 / 편성목 | 예산액 | 전년도 | 비교증감 (| 산출기초)`, each
level marked by its glyph (`▣ 정책사업 / ■ 단위사업 / □ 세부사업`), each 세부사업 over its
statistical objects by code (`201-01 사무관리비`), each object over its 산출기초 lines
(`○ 홍보물 제작 : 5,000원 × 2,000부 = 10,000천원`), a 세부사업's sources under it (`국
120,000 / 시 202,000`): as a text export and as a Hangul file's drawn table.  Its rows are
the budget items, each under the row it adds up into; the basis and source lines neither
rows nor wraps of the next row's name; `× 12월` a count of months, no date."""

from __future__ import annotations

import pytest

from extract.document import Line
from extract.normalize.mentions import find_mentions
from extract.parse.budget_items import column_fields
from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_HEAD_TEXT = "부서 / 정책사업 / 단위사업 / 세부사업 / 편성목      예산액     전년도   비교증감"

#: (label, 예산액, 전년도, 비교증감, basis or source lines under the row), in 천원
_ROWS: list[tuple[str, str, str, str, list[str]]] = [
    ("문화체육국", "469,800", "435,000", "34,800", []),
    ("문화관광과", "385,800", "355,000", "30,800", []),
    ("▣ 문화예술 진흥", "354,400", "330,000", "24,400", []),
    ("■ 지역문화 활성화", "354,400", "330,000", "24,400", []),
    ("□ 지역축제 운영", "322,000", "300,000", "22,000", ["{shares}"]),
    ("201-01 사무관리비", "16,000", "14,000", "2,000", [
        "{bullet} 홍보물 제작 : 5,000원 × 2,000부 = 10,000천원",
        "{bullet} 회의자료 인쇄 : 6,000원 × 1,000부 = 6,000천원",
    ]),
    ("301-09 행사실비지원금", "6,000", "6,000", "0",
     ["- 위원 수당 : 150,000원 × 10명 × 4회 = 6,000천원"]),
    ("307-02 민간경상사업보조", "300,000", "280,000", "20,000",
     ["{bullet} 축제추진위원회 보조 : 300,000천원"]),
    ("□ 생활문화센터 운영", "32,400", "30,000", "2,400", []),
    ("101-04 기간제근로자등보수", "28,800", "26,400", "2,400",
     ["{bullet} 프로그램 운영인력 : 2,400,000원 × 1명 × 12월 = 28,800천원"]),
    ("201-01 사무관리비", "3,600", "3,600", "0",
     ["{bullet} 운영 소모품 : 300,000원 × 12월 = 3,600천원"]),
    ("▣ 관광 활성화", "31,400", "25,000", "6,400", []),
    ("■ 관광마케팅", "31,400", "25,000", "6,400", []),
    ("□ 관광 홍보", "31,400", "25,000", "6,400", []),
    ("201-01 사무관리비", "29,000", "23,000", "6,000", [
        "{bullet} 관광안내지도 제작 : 1,200원 × 20,000부 = 24,000천원",
        "{bullet} 팸투어 운영 : 50,000원 × 30명 × 3회 = 5,000천원",  # (4,500천원: wrong)
    ]),
    ("202-01 국내여비", "2,400", "2,000", "400",
     ["- 홍보 출장 : 100,000원 × 2명 × 12회 = 2,400천원"]),
    ("체육진흥과", "84,000", "80,000", "4,000", []),
    ("▣ 생활체육 활성화", "84,000", "80,000", "4,000", []),
    ("■ 생활체육 지원", "84,000", "80,000", "4,000", []),
    ("□ 시민체육대회 지원", "84,000", "80,000", "4,000", ["{one_share}"]),
    ("201-01 사무관리비", "4,000", "4,000", "0",
     ["{bullet} 대회 현수막 제작 : 200,000원 × 20개 = 4,000천원"]),
    ("307-02 민간경상사업보조", "80,000", "76,000", "4,000",
     ["{bullet} 시민체육대회 보조 : 80,000천원"]),
]  # fmt: skip

#: (item, its code, its parent, its 예산액 in won) as the page reads: each row under the one
#: it adds up into, the objects under their 세부사업, each named apart from its code
_WANT = [
    ("문화체육국", None, None, 469_800_000),
    ("문화관광과", None, "문화체육국", 385_800_000),
    ("문화예술 진흥", None, "문화관광과", 354_400_000),
    ("지역문화 활성화", None, "문화예술 진흥", 354_400_000),
    ("지역축제 운영", None, "지역문화 활성화", 322_000_000),
    ("사무관리비", "201-01", "지역축제 운영", 16_000_000),
    ("행사실비지원금", "301-09", "지역축제 운영", 6_000_000),
    ("민간경상사업보조", "307-02", "지역축제 운영", 300_000_000),
    ("생활문화센터 운영", None, "지역문화 활성화", 32_400_000),
    ("기간제근로자등보수", "101-04", "생활문화센터 운영", 28_800_000),
    ("사무관리비", "201-01", "생활문화센터 운영", 3_600_000),
    ("관광 활성화", None, "문화관광과", 31_400_000),
    ("관광마케팅", None, "관광 활성화", 31_400_000),
    ("관광 홍보", None, "관광마케팅", 31_400_000),
    ("사무관리비", "201-01", "관광 홍보", 29_000_000),
    ("국내여비", "202-01", "관광 홍보", 2_400_000),
    ("체육진흥과", None, "문화체육국", 84_000_000),
    ("생활체육 활성화", None, "체육진흥과", 84_000_000),
    ("생활체육 지원", None, "생활체육 활성화", 84_000_000),
    ("시민체육대회 지원", None, "생활체육 지원", 84_000_000),
    ("사무관리비", "201-01", "시민체육대회 지원", 4_000_000),
    ("민간경상사업보조", "307-02", "시민체육대회 지원", 80_000_000),
]

#: the ways a clerk sets the sources and the basis' bullets
_FORMS = {
    "국 / 시, ○": {"shares": "국 120,000 / 시 202,000", "one_share": "시 84,000", "bullet": "○"},
    "국비 · 시비, ㅇ": {
        "shares": "국비 120,000 · 시비 202,000", "one_share": "시비 84,000", "bullet": "ㅇ",
    },
    "no bullet": {"shares": "국 120,000 / 시 202,000", "one_share": "시 84,000", "bullet": ""},
}

_GENERAL = """\

                     2026년 주요업무 추진계획

                          문 화 체 육 국

Ⅰ. 일 반 현 황

1. 조  직

□ 조 직 : 1국 2과 6팀

2. 예  산

□ 2026년 세출예산(일반회계) : 469,800천원

                                                 (단위 : 천원)
  구  분        2026년 예산(A)   2025년 예산(B)   증 감(A-B)
  합  계              469,800          435,000       34,800
  문화관광과          385,800          355,000       30,800
  체육진흥과           84,000           80,000        4,000

Ⅱ. 2026년 주요업무 추진계획

1. 지역축제 내실화

 가. 지역축제 운영 (문화관광과)
  ○ 사업기간 : 2026. 3. ~ 10.
  ○ 주요내용 : 봄꽃축제 및 가을 문화축제 개최

"""


def _under(line: str, form: dict[str, str]) -> str:
    return line.format(**form).replace("  ", " ").strip()


def _text_book(form: dict[str, str]) -> str:
    out = ["붙임  2026년 세출예산 사업명세서", "", f"{'(단위 : 천원)':>80}", f"  {_HEAD_TEXT}"]
    for label, *figures, under in _ROWS:
        depth = 2 if label[:1] in "▣■□" else 1
        depth += {"■": 1, "□": 2}.get(label[:1], 0) + (4 if label[:1].isdigit() else 0)
        out.append(" " * depth + f"{label:<40}" + "".join(f"{v:>11}" for v in figures))
        out += [" " * 10 + _under(x, form) for x in under]
    return "\n".join(out) + "\n"


def _hwpx_book(form: dict[str, str]) -> Report:
    head = "부서 / 정책사업 / 단위사업 / 세부사업 / 편성목"
    rows = [[head, "예산액", "전년도", "비교증감", "산 출 기 초"]]
    rows += [[label, *figures, "\n".join(_under(x, form) for x in under)]
             for label, *figures, under in _ROWS]  # fmt: skip
    summary = [
        ["구  분", "2026년 예산(A)", "2025년 예산(B)", "증 감(A-B)"],
        ["합  계", "469,800", "435,000", "34,800"],
        ["문화관광과", "385,800", "355,000", "30,800"],
        ["체육진흥과", "84,000", "80,000", "4,000"],
    ]
    return _hwpx(
        p("Ⅰ. 일 반 현 황"), p("1. 조  직"), p("□ 조 직 : 1국 2과 6팀"), p("2. 예  산"),
        p("□ 2026년 세출예산(일반회계) : 469,800천원"), p("(단위 : 천원)"), p(_table(summary)),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 지역축제 내실화"),
        p("가. 지역축제 운영 (문화관광과)"), p("○ 사업기간 : 2026. 3. ~ 10."),
        p("붙임  2026년 세출예산 사업명세서"), p("(단위 : 천원)"), p(_table(rows)),
    )  # fmt: skip


def _report(kind: str, form: dict[str, str]) -> Report:
    return _text(_GENERAL + _text_book(form)) if kind == "text" else _hwpx_book(form)


@pytest.mark.parametrize("form", list(_FORMS))
@pytest.mark.parametrize("kind", ["text", "hwpx"])
def test_a_budget_books_rows_are_items_under_the_row_they_add_up_into(kind: str, form: str) -> None:
    """Each row an item with its 예산액, its parent the row it adds up into (the glyphs'
    levels, the objects under their 세부사업); no basis or source line a row, nor run into
    the next row's name (the header's levels had been read as columns, so no 예산액; the
    basis lines the next row's name; `국`, `시` items)."""
    report = _report(kind, _FORMS[form])
    got = [(i.item, i.code, i.parent, i.budget_krw) for i in report.budget_items]
    assert got == _WANT
    assert not report.residue
    failed = [v for v in report.validation if not v.passed]
    # (the one product the page gets wrong: 50,000원 × 30명 × 3회 is 4,500천원, not 5,000)
    assert [(v.check, v.actual) for v in failed] == [("prose.product", "4,500천원")]
    sums = [v for v in report.validation if v.check.startswith("budget_items.")]
    assert len(sums) == 13


@pytest.mark.parametrize(
    ("header", "fields"),
    [
        (_HEAD_TEXT, ["budget", "skip", "skip"]),
        ("부서명 / 세부사업 / 편성목   2026년 예산   2025년 예산   증 감",
         ["budget", "skip", "skip"]),
    ],
)
def test_a_books_row_header_names_its_levels_no_columns(header: str, fields: list[str]) -> None:
    """`부서 / 정책사업 / … / 편성목`: the levels of the rows, all of the row header (they had
    been columns before the 예산액, so that the row's first figure fell under a skipped one)."""
    assert column_fields(Line(1, header, "")) == fields


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("○ 프로그램 운영인력 : 2,400,000원 × 1명 × 12월 = 28,800천원", "12월"),
        ("○ 운영 소모품 : 300,000원×12월=3,600천원", "12월"),
        ("- 임차료 : 6월 × 500,000원 = 3,000천원", "6월"),
    ],
)
def test_a_month_factor_of_a_product_is_no_date(text: str, months: str) -> None:
    """`× 12월` in a basis is twelve months, a count, no December."""
    found = find_mentions(text, year=2026)
    assert not [m for m in found if m.kind == "date"]
    assert [(m.raw, m.value) for m in found if m.kind == "count" and m.unit == "개월"] == [
        (months, float(months.rstrip("월")))
    ]
