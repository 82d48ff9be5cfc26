"""A chapter of cards set in two columns (LibreOffice's 다단, the twocolumn probe): a
column of several indents read whole before the other; a card's title whose closing
bracket wrapped alone onto the next line; an amount a narrow column broke inside its
figure, `시 7` over `80)`."""

from __future__ import annotations

from extract.read.pdf.base import Glyph
from extract.read.pdf.lines import ZONE_RUN, chars_to_lines
from extract.read.pdf.pagecolumns import text_columns
from tests.test_other_reports import _text


def _glyph_row(pieces: list[tuple[float, str]], top: float, size: float = 10.0) -> list[Glyph]:
    """A row of glyphs: each piece's text set from its x, a glyph ``size`` wide."""
    return [
        Glyph(ch, x + k * size, x + (k + 1) * size, top, top + size, size)
        for x, text in pieces for k, ch in enumerate(text)
    ]  # fmt: skip


#: a card's lines at their indents (in glyphs from the column's margin): its title at the
#: margin, its ○ lines one in, their wraps two in, its - lines three in; none holds 40 %
#: of the column's lines, and the lines that fill the column run up to its edge
_LEFT = [
    (0, "가. 복지위기가구 발굴·지원체계 강화 사업"),  # (23 glyphs: up to the gutter)
    (1, "○ 사업개요 : 위기정보 활용 위기가구"),
    (2, "상시 발굴 및 맞춤형 통합지원 강화"),
    (3, "- 위기가구 일제조사 실시"),
    (0, "나. 긴급복지 지원 확대 (복지정책과)"),
    (1, "○ 사업대상 : 중위소득 이하 위기가구"),
    (2, "삼천삼백 가구 및 고독사 위험 가구"),
    (3, "- 명예사회복지공무원 위촉 및 교육"),
    (0, "다. 자활사업 내실화 및 일자리 확대"),
    (1, "○ 사업개요 : 저소득층 자활근로 참여"),
    (2, "근로 참여 및 탈수급 지원 확대"),
    (3, "- 자활근로 참여자 모집 및 선발"),
]
_RIGHT = [
    (0, "라. 노인일자리 및 사회활동 지원 확대"),
    (1, "○ 사업개요 : 어르신 소득보전 및 사회참여"),
    (2, "공익활동 사회서비스형 일자리 제공"),
    (3, "- 참여자 모집 및 선발 운영"),
    (0, "마. 장애인 활동지원 서비스 확대"),
    (1, "○ 사업대상 : 활동지원 수급자 이천 명"),
    (2, "시 추가지원 삼백삼십 명 포함"),
    (3, "- 활동지원 서비스 제공 및 점검"),
    (0, "바. 어르신 통합돌봄 시범사업 추진"),
    (1, "○ 사업개요 : 살던 곳에서 건강한 노후를"),
    (2, "위한 의료 요양 주거 통합지원"),
    (3, "- 시범 동 선정 및 민관협의체 구성"),
]


def test_a_column_of_several_indents_is_read_whole_before_the_other() -> None:
    """Two columns of cards whose lines open at four indents, none holding 40 % of the
    column's lines (the twocolumn probe's page 5): the page is one zone of two columns
    down all its rows, each column read whole, left first (it had been read column by
    column only down to where a one-edge share failed, and by rows under it)."""
    rows = [
        _glyph_row([(60 + 10 * a, left), (310 + 10 * b, right)], 100 + 20 * i)
        for i, ((a, left), (b, right)) in enumerate(zip(_LEFT, _RIGHT, strict=True))
    ]
    (zone,) = text_columns(rows)
    assert (zone.top, zone.bottom) == (100, 100 + 20 * 11 + 10)
    lines = chars_to_lines([g for row in rows for g in row])
    assert [ln.text for ln in lines if ln.column == (ZONE_RUN, 0)] == [t for _, t in _LEFT]
    assert [ln.text for ln in lines if ln.column == (ZONE_RUN, 1)] == [t for _, t in _RIGHT]


def _card(title: str, cost: str) -> str:
    return (
        "2026년 주요업무보고\n복지건강국\nⅠ. 2026년 주요업무 추진계획\n"
        "1. 어르신과 장애인이 행복한 돌봄도시\n" + title
        + "○ 사업기간 : ’26. 1.~12.\n" + cost + "○ 추진계획\n- ’26. 3. : 참여자 모집\n"
    )  # fmt: skip


def test_a_cards_closing_bracket_wrapped_alone_closes_its_division() -> None:
    """`가. 노인일자리 및 사회활동 지원 (노인장애인과` over `)`: the card's division in the
    bracket its title closes on the next line (the `)` had been residue, the title kept
    its open bracket and the card had no division)."""
    report = _text(
        _card(
            "가. 노인일자리 및 사회활동 지원 (노인장애인과\n)\n",
            "○ 사업비 : 24,800백만원 (국 12,400, 시 12,400)\n",
        )
    )
    assert [(p.title, p.division) for p in report.projects] == [
        ("노인일자리 및 사회활동 지원", "노인장애인과")
    ]


def test_an_amount_broken_inside_its_figure_is_no_numbered_item() -> None:
    """`(국 468, 도 312, 시 7` over `80)`: the city's share is 780백만원, the rest of the
    amount wrapped (`80)` had been item 80, and the card had no shares)."""
    report = _text(
        _card(
            "가. 다함께돌봄센터 확충 (여성가족과)\n",
            "○ 사업비 : 1,560백만원 (국 468, 도 312, 시 7\n80)\n",
        )
    )
    assert {(f.source, f.amount_krw) for f in report.project_funding} == {
        ("국비", 468_000_000), ("도비", 312_000_000), ("시비", 780_000_000)
    }
    assert [p.cost_krw for p in report.projects] == [1_560_000_000]
