"""A page set in two text columns (Hancom's 다단; the pdfcols probe): a list of short
`○` items down each column, none running up to the gutter, read column by column (it
was read across the rows, the columns' items interleaved); and an item wrapped from the
foot of the left column to the head of the right, one item (its last line was residue:
a wrap was told only over a page break)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from extract.read.pdf.base import Glyph
from extract.read.pdf.lines import ZONE_RUN, chars_to_lines
from extract.read.pdf.pagecolumns import text_columns
from schemas import Report
from tests.test_probe110_rotated import UP, Text, _pdf

#: an A4 page's middle (pt), where its text frame's two columns part
MIDDLE = 297.5


def _glyph_row(pieces: Sequence[tuple[float, str]], top: float, size: float = 10.0) -> list[Glyph]:
    """A row of glyphs: each piece's text set from its x, a glyph ``size`` wide."""
    return [
        Glyph(ch, x + k * size, x + (k + 1) * size, top, top + size, size)
        for x, text in pieces for k, ch in enumerate(text)
    ]  # fmt: skip


#: (each item at most 8 letters: none runs up to the gutter)
_ACHIEVED_LEFT = ["○ 미술관 개관", "○ 도시 지정", "○ 축제 개최", "○ 관광객 증가",
                  "○ 공연장 보수", "○ 도서관 확충", "○ 예술인 지원", "○ 센터 개소"]  # fmt: skip
_ACHIEVED_RIGHT = [
    "○ 야간관광 활성화", "○ 안내소 정비", "○ 문화재 보수", "○ 버스킹 운영",
    "○ 청년예술 공모", "○ 관광택시 도입", "○ 시티투어 개편", "○ 팸투어 운영",
]  # fmt: skip


def _rows(
    left: Sequence[str], right: Sequence[str], x_left: float, x_right: float
) -> list[list[Glyph]]:
    return [
        _glyph_row([(x_left, a), (x_right, b)], 100 + 20 * i)
        for i, (a, b) in enumerate(zip(left, right, strict=True))
    ]


@pytest.mark.parametrize(
    ("left", "right", "x_right", "middle", "columns"),
    [
        # a page's 성과 in two columns, the right one opening just past the page's middle
        (_ACHIEVED_LEFT, _ACHIEVED_RIGHT, 310.0, MIDDLE, True),
        # ... its items marked "-" on both sides
        ([t.replace("○", "-") for t in _ACHIEVED_LEFT],
         [t.replace("○", "-") for t in _ACHIEVED_RIGHT], 305.0, MIDDLE, True),
        # the second items of each row set far right of the page's middle (a tab stop):
        # rows, as before
        (_ACHIEVED_LEFT, _ACHIEVED_RIGHT, 400.0, MIDDLE, False),
        # ○ items beside - details: each row an item and its note, rows
        (_ACHIEVED_LEFT, [t.replace("○", "-") for t in _ACHIEVED_RIGHT], 310.0, MIDDLE, False),
        # no marks: labels beside their values, rows
        ([t[2:] for t in _ACHIEVED_LEFT], [t[2:] for t in _ACHIEVED_RIGHT], 310.0, MIDDLE, False),
        # the page's middle unknown (a table's cell): rows
        (_ACHIEVED_LEFT, _ACHIEVED_RIGHT, 310.0, None, False),
    ],
)  # fmt: skip
def test_a_list_of_short_items_in_two_columns(
    left: list[str], right: list[str], x_right: float, middle: float | None, columns: bool
) -> None:
    rows = _rows(left, right, 60.0, x_right)
    zones = text_columns(rows, middle)
    assert bool(zones) is columns
    lines = chars_to_lines([g for row in rows for g in row], middle)
    if columns:
        assert [ln.text for ln in lines if ln.column == (ZONE_RUN, 0)] == left
        assert [ln.text for ln in lines if ln.column == (ZONE_RUN, 1)] == right
    else:
        assert not any(ln.column is not None and ln.column[0] >= ZONE_RUN for ln in lines)


def _page(head: Sequence[str], left: Sequence[str], right: Sequence[str]) -> bytes:
    """A one-page report: ``head`` lines across the page, then two columns of lines
    (at 10 pt, 16 pt apart; the left column from x 57, the right from 305)."""
    texts: list[Text] = [((UP, 57, 790 - 22 * i, 12), t) for i, t in enumerate(head)]
    top = 790 - 22 * len(head) - 10
    texts += [((UP, 57, top - 16 * i, 10), t) for i, t in enumerate(left)]
    texts += [((UP, 305, top - 16 * i, 10), t) for i, t in enumerate(right)]
    return _pdf(texts)


def _report(data: bytes) -> Report:
    return check(parse_document(read_bytes(data, "report.pdf"), "report"))


_HEAD = ["2026년 주요업무보고", "문화관광국", "Ⅰ. 2026년 주요업무 추진계획"]


@pytest.mark.parametrize(
    "right",
    [
        _ACHIEVED_RIGHT,
        # the list ends partway down the right column: eight items left, five right
        _ACHIEVED_RIGHT[:5],
    ],
)
def test_a_short_items_page_read_column_by_column(right: list[str]) -> None:
    """A 성과 chapter of short ○ items down each column: each item under the chapter
    in the order of the columns, left then right."""
    head = ["2026년 주요업무보고", "문화관광국", "Ⅰ. 2025년 주요성과"]
    report = _report(_page(head, _ACHIEVED_LEFT, right))
    titles = [n.title for n in report.outline if n.kind == "bullet"]
    assert titles == [t[2:] for t in (*_ACHIEVED_LEFT, *right)]


#: the left column's lines, filled up to its edge where they wrap (23 letters); the
#: last one's item goes on at the head of the right column
_CARDS_LEFT = [
    "가. 시립미술관 운영 활성화",
    "○ 사업기간 : ’26. 1.~12.",
    "○ 사업비 : 1,200백만원",
    "○ 사업내용 : 시민 누구나 즐기는 문화",
    "향유 기반을 넓히고 지역 예술인과 함께",
    "하는 프로그램을 운영함",
    "○ 추진계획 : 기본계획 수립 및 추진",
    "나. 지역 문화예술 축제 개최",
    "○ 사업기간 : ’26. 4.~10.",
    "○ 사업비 : 850백만원",
    "○ 사업내용 : 지역 예술인과 시민이 함께",
    "만드는 축제를 열어 도시의 문화적 매력",
]
_CARDS_RIGHT = [
    "을 알리고 관광객 유치를 늘림",
    "○ 추진계획 : 축제 개최 및 결과 평가",
    "다. 생활문화센터 조성",
    "○ 사업기간 : ’26. 3.~12.",
    "○ 사업비 : 2,400백만원",
    "○ 사업내용 : 주민이 가까이에서 누리는",
    "생활문화센터를 조성하여 동아리 활동",
    "과 문화강좌를 운영함",
]


@pytest.mark.parametrize(
    ("item", "wraps"),
    [
        # the item at the left column's foot goes on at the head of the right column
        ("사업내용 : 지역 예술인과 시민이 함께", ["을 알리고 관광객 유치를 늘림"]),
        # ... and one within the left column as before
        ("사업내용 : 시민 누구나 즐기는 문화", ["프로그램을 운영함"]),
    ],
)
def test_an_item_wrapped_from_the_left_column_to_the_right(item: str, wraps: list[str]) -> None:
    report = _report(_page(_HEAD, _CARDS_LEFT, _CARDS_RIGHT))
    node = next(n for n in report.outline if n.title == item)
    assert all(w in node.text for w in wraps)
    assert [r.text for r in report.residue] == []
    titles = [n.title for n in report.outline if n.kind == "item"]
    assert titles == ["시립미술관 운영 활성화", "지역 문화예술 축제 개최", "생활문화센터 조성"]


def test_a_foot_line_the_heads_first_word_would_not_have_fitted_after_wraps() -> None:
    """The left column's last line three letters short of its edge, the right column
    opening with a word of five: that word could not have stood after it, so the line
    goes on there (the probe's Chromium page: `… 함께하는` / `프로그램을 운영하여 …`)."""
    foot = "만드는 축제를 열어 도시의 문화"
    left = [*_CARDS_LEFT[:-1], foot]
    report = _report(_page(_HEAD, left, ["프로그램을 알리고 관광객 늘림", *_CARDS_RIGHT[1:]]))
    node = next(n for n in report.outline if n.title == "사업내용 : 지역 예술인과 시민이 함께")
    assert "프로그램을 알리고" in node.text
    assert [r.text for r in report.residue] == []


@pytest.mark.parametrize(
    ("foot", "head"),
    [
        # the left column's foot line short and finished; the right column opens with an
        # unmarked title of the same size: no wrap
        ("만드는 축제를 개최", "주요 추진일정 안내"),
        # ... the foot line two letters short of the column's edge
        ("만드는 축제를 열어 도시 매력을 알림", "주요 추진일정 및 향후 계획 안내"),
    ],
)
def test_a_short_foot_line_of_the_left_column_wraps_not(foot: str, head: str) -> None:
    left = [*_CARDS_LEFT[:-1], foot]
    report = _report(_page(_HEAD, left, [head, *_CARDS_RIGHT[1:]]))
    node = next(n for n in report.outline if n.title == "사업내용 : 지역 예술인과 시민이 함께")
    assert foot in node.text
    assert head not in node.text


_NOW = ["○ 방문 접수", "○ 종이 신청서", "○ 현장 결제",
        "○ 평일만 운영", "○ 전화 문의", "○ 수기 대장"]  # fmt: skip
_NEW = ["○ 온라인 접수", "○ 전자 신청서", "○ 간편 결제",
        "○ 주말도 운영", "○ 챗봇 문의", "○ 전산 관리"]  # fmt: skip


@pytest.mark.parametrize(
    ("heads", "head_x"),
    [
        # a 현행 | 개선 comparison drawn with no rules: each side headed by a bare label
        # at its margin, six ○ pairs under them, row by row
        (("현 행", "개 선"), (57.0, 305.0)),
        # ... the heads set centred over their sides
        (("현 행", "개 선"), (120.0, 368.0)),
        (("현황", "개선방안"), (57.0, 305.0)),
    ],
)
def test_a_comparison_headed_on_each_side_is_read_row_by_row(
    heads: tuple[str, str], head_x: tuple[float, float]
) -> None:
    """The short-items rule takes no zone whose sides are a table's heads each: its
    rows pair an item of now with one of the plan (it was read column by column, the
    right head glued to the left column's last item)."""
    texts: list[Text] = [
        ((UP, 57, 790 - 22 * i, 12), t)
        for i, t in enumerate([*_HEAD, "1. 문화시설 예약제도 개선"])
    ]
    top = 790 - 22 * 4 - 10
    texts += [((UP, head_x[0], top, 10), heads[0]), ((UP, head_x[1], top, 10), heads[1])]
    for i, (a, b) in enumerate(zip(_NOW, _NEW, strict=True), start=1):
        texts += [((UP, 57, top - 16 * i, 10), a), ((UP, 305, top - 16 * i, 10), b)]
    report = _report(_pdf(texts))
    bullets = [n for n in report.outline if n.kind == "bullet"]
    assert [n.title for n in bullets] == [
        t[2:] for pair in zip(_NOW, _NEW, strict=True) for t in pair
    ]
    assert all(heads[1] not in n.text for n in bullets)
