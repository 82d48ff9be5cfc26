"""Wide tables of a 도 실국's 주요업무보고 (round 117, wide): a 시·군별 배분 table too wide
for its page, printed by columns over two pages (`구 분 | 계 | 춘천 | …` on one,
`구 분 | 횡성 | …` on the next, the row heads repeated), is one table whose 계 adds up
the 시·군 of both pages (each part was a table of its own, and the row total checked
against the left part's columns alone failed); and a 세입 table by 관, 항 and 목, each
level's label in its own column on its row, the places left of it empty, gives each row
its levels as a header path (`세외수입 / 경상적세외수입 / 사용료수입`; each row had its own
label alone)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.test_read_pdf import pdf_file

#: a piece of text: x, y (its baseline), size, and the text
Text = tuple[float, float, float, str]
Rule = tuple[float, float, float, float]
#: a page: its texts and rules
Page = tuple[list[Text], list[Rule]]


def _hex(text: str) -> bytes:
    return b"<" + "".join(f"{ord(ch):04X}" for ch in text).encode() + b">"


def _font(texts: Sequence[str]) -> list[bytes]:
    """A Type0 font (Identity-H, not embedded) whose codes are the letters' code points,
    with a ToUnicode map of the letters ``texts`` use."""
    chars = sorted({ch for t in texts for ch in t})
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def\n"
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        + b"%d beginbfchar\n" % len(chars)
        + b"".join(_hex(c) + b" " + _hex(c) + b"\n" for c in chars)
        + b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    )  # fmt: skip
    return [
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Gulim /Encoding /Identity-H "
        b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Gulim /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [32 126 500] >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]


def _pdf(pages: Sequence[Page]) -> bytes:
    """A PDF of A4 pages, each of these texts and rules (PDF coordinates, y up)."""
    n = len(pages)
    font_no = 3 + 2 * n  # catalog, pages, then a page and its content each
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(n))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n)]  # fmt: skip
    for texts, rules in pages:
        content = b"".join(
            b"BT /K1 %g Tf 1 0 0 1 %g %g Tm %s Tj ET\n" % (size, x, y, _hex(t))
            for x, y, size, t in texts
        ) + b"0.6 w\n" + b"".join(b"%g %g m %g %g l S\n" % r for r in rules)
        objects += [
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /K1 %d 0 R >> >> /Contents %d 0 R >>"
            % (font_no, len(objects) + 2),
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        ]
    font = _font([t for texts, _ in pages for *_, t in texts])
    font[0] = font[0] % (font_no + 1, font_no + 2)
    return pdf_file([*objects, *font])


def _table(top: float, left: float, widths: Sequence[float], rows: Sequence[Sequence[str]],
           height: float = 18) -> Page:  # fmt: skip
    """A ruled table (each cell its text, left-set, 8 pt) whose top-left corner is there."""
    texts: list[Text] = []
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w)
    for r, row in enumerate(rows):
        y = top - (r + 1) * height + 5
        texts += [(xs[k] + 2, y, 8, t) for k, t in enumerate(row) if t]
    bottom = top - len(rows) * height
    rules = [(xs[0], top - r * height, xs[-1], top - r * height) for r in range(len(rows) + 1)]
    rules += [(x, top, x, bottom) for x in xs]
    return texts, rules


def _report(pages: Sequence[Page]) -> Report:
    return check(parse_document(read_bytes(_pdf(pages), "report.pdf"), "report"))


def _page(heading: Sequence[Text], table: Page, more: Sequence[Text] = ()) -> Page:
    return [*heading, *table[0], *more], table[1]


CITIES = ["춘천", "원주", "강릉", "동해", "태백", "속초", "삼척", "홍천", "횡성", "영월",
          "평창", "정선"]  # fmt: skip
#: each project's share of each 시·군 (백만원); its 계 their sum
SHARES = {
    "농촌 빈집 정비": [30, 25, 40, 15, 10, 12, 20, 35, 28, 26, 30, 24],
    "마을 안길 포장": [210, 180, 190, 90, 60, 70, 110, 230, 160, 150, 170, 140],
    "소하천 정비": [55, 60, 45, 20, 18, 25, 30, 40, 35, 33, 36, 29],
}
HEAD = [(60.0, 790.0, 13.0, "Ⅱ. 2025년 주요업무 추진계획"), (60.0, 765.0, 11.0,
        "1. 농촌개발사업 시·군별 배분 계획"), (470.0, 745.0, 8.0, "(단위 : 백만원)")]  # fmt: skip


def _split(left: int, head: str = "구 분", gap: Sequence[Text] = ()) -> list[Page]:
    """The 시·군 table cut after ``left`` 시·군: the left part on page 1 with 계, the rest
    on page 2 under the row heads again (and the unit again)."""
    first = [[head, "계", *CITIES[:left]]] + [
        [name, f"{sum(v):,}", *(f"{x:,}" for x in v[:left])] for name, v in SHARES.items()
    ]
    second = [[head, *CITIES[left:]]] + [
        [name, *(f"{x:,}" for x in v[left:])] for name, v in SHARES.items()
    ]
    return [
        _page(HEAD, _table(740, 60, [80, 40] + [36] * left, first)),
        _page([*gap, (470.0, 795.0, 8.0, "(단위 : 백만원)")],
              _table(790, 60, [80] + [36] * (len(CITIES) - left), second)),
    ]  # fmt: skip


@pytest.mark.parametrize("left", [6, 8])
def test_a_table_cut_by_columns_onto_the_next_page_is_one_table(left: int) -> None:
    report = _report(_split(left))
    cells = [c for c in report.table_cells if c.row_header == "마을 안길 포장"]
    assert {c.table_id for c in cells} == {1}
    got = {c.col_header: c.value_krw for c in cells}
    want = {"계": 1_760_000_000.0} | {
        city: v * 1_000_000.0 for city, v in zip(CITIES, SHARES["마을 안길 포장"], strict=True)
    }
    assert got == want
    # (the 계 adds up the 시·군 of both pages: no check fails on a table whose sums are right)
    assert [c.detail for c in report.validation if not c.passed] == []
    assert not report.residue
    # a title of its own over the next page's table: another table
    titled = _report(_split(left, gap=[(60.0, 815.0, 11.0, "2. 어촌개발사업 시·군별 배분 계획")]))
    cells = [c for c in titled.table_cells if c.row_header == "마을 안길 포장"]
    assert {c.table_id for c in cells} == {1, 2}


#: a 세입 table by 관 | 항 | 목, each level's label on its own row in its own column
REVENUE = [
    ["관", "항", "목", "2025년 예산", "2024년 예산", "증 감"],
    ["세외수입", "", "", "5,234,000", "4,987,000", "247,000"],
    ["", "경상적세외수입", "", "3,120,000", "2,950,000", "170,000"],
    ["", "", "재산임대수입", "820,000", "790,000", "30,000"],
    ["", "", "사용료수입", "1,450,000", "1,380,000", "70,000"],
    ["", "", "수수료수입", "850,000", "780,000", "70,000"],
    ["", "임시적세외수입", "", "2,114,000", "2,037,000", "77,000"],
    ["", "", "재산매각수입", "1,300,000", "1,250,000", "50,000"],
    ["", "", "과태료", "814,000", "787,000", "27,000"],
]


@pytest.mark.parametrize(
    ("raw", "path"),
    [
        ("1,450,000", "세외수입 / 경상적세외수입 / 사용료수입"),
        ("3,120,000", "세외수입 / 경상적세외수입"),
        ("814,000", "세외수입 / 임시적세외수입 / 과태료"),
    ],
)
def test_levels_in_columns_of_their_own_make_a_path(raw: str, path: str) -> None:
    heading = [(60.0, 790.0, 13.0, "Ⅰ. 일반현황"), (60.0, 765.0, 11.0, "3. 세입 현황"),
               (470.0, 745.0, 8.0, "(단위 : 천원)")]  # fmt: skip
    report = _report([_page(heading, _table(740, 60, [60, 80, 80, 70, 70, 60], REVENUE))])
    cell = next(c for c in report.table_cells if c.raw == raw and c.col_header == "2025년 예산")
    assert cell.row_header == path
