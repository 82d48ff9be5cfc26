"""Round 114, HWP 5 against HWPX: what the same report reads as in either format.

Overlapped characters (글자 겹치기) in a frame: HWPX names the frame and spells the
characters plainly, HWP 5 puts the frame's glyph (or Hancom's glyph of a framed digit)
in the text.  Both read as the page shows them: a number or a letter in a circle its
circled sign (⑯ after ① .. ⑮), in another frame its characters.
"""

from __future__ import annotations

import struct
from xml.sax.saxutils import escape

import pytest

from extract.pipeline import parse_document
from extract.read import read_bytes
from extract.read.compose import compose_face, hwp_compose
from extract.read.hwp import compose_frame
from tests.hwpx_maker import Raw, cell, compose, hwpx, p, sec, t, tbl, to_hwp

pytest.importorskip("hwpx")

#: (characters, frame, what the page shows)
FRAMED = [
    ("10", "SHAPE_CIRCLE", "⑩"),
    ("3", "SHAPE_CIRCLE", "③"),
    ("16", "SHAPE_CIRCLE", "⑯"),
    ("50", "SHAPE_CIRCLE", "㊿"),
    ("가", "SHAPE_CIRCLE", "㉮"),
    ("7", "SHAPE_REVERSAL_CIRCLE", "⑦"),
    ("3", "SHAPE_RECTANGLE", "3"),
    ("2", "SHAPE_REVERSAL_RECTANGLE", "2"),
    ("12", "SHAPE_TRIANGLE", "12"),
    ("주", "SHAPE_RHOMBUS", "주"),
]


@pytest.mark.parametrize(("chars", "frame", "shown"), FRAMED)
def test_framed_characters_read_the_same_from_hwp_and_hwpx(
    chars: str, frame: str, shown: str
) -> None:
    data = hwpx(
        sec(
            p("과제 ", compose(chars, circle=frame), " 이행"),
            p(tbl(1, 2, [
                cell(0, 0, p(compose(chars, circle=frame))),
                cell(0, 1, p("청년 일자리")),
            ])),
        )
    )
    for doc in (read_bytes(data, "x.hwpx"), read_bytes(to_hwp(data), "x.hwp")):
        assert [ln.text for ln in doc.lines] == [f"과제 {shown} 이행", f"{shown} 청년 일자리"]
        assert doc.tables[0].cells[0].paragraphs == (shown,)


def tcps(text: str, frame: int | None) -> bytes:
    """A ``tcps`` control's data: its id, the characters, the frame (None: cut there)."""
    units = text.encode("utf-16-le")
    data = b"spct" + struct.pack("<H", len(units) // 2) + units
    return data if frame is None else data + bytes([frame, 0xFC, 0, 10]) + b"\xff" * 40


@pytest.mark.parametrize(
    ("text", "frame", "spelled", "shown"),
    [
        ("◯16", 1, ("16", "SHAPE_CIRCLE"), "⑯"),
        ("\U000f0289\U000f0294", 1, ("12", "SHAPE_CIRCLE"), "⑫"),  # tens 1 over units 2
        ("\u2462", 1, ("3", "SHAPE_CIRCLE"), "③"),
        ("\U000f02b3", 3, ("3", "SHAPE_RECTANGLE"), "3"),
        ("□12", 3, ("12", "SHAPE_RECTANGLE"), "12"),
        ("△가", 5, ("가", "SHAPE_TRIANGLE"), "가"),
        ("\u300010", 0, ("10", "CHAR"), "10"),
        ("◯", 1, ("◯", "SHAPE_CIRCLE"), "◯"),  # the glyph alone is the text
        ("◯나", 99, ("◯나", "CHAR"), "◯나"),  # a frame past the known ones: as written
    ],
)
def test_an_hwp_compose_is_spelled_as_hwpx_spells_it(
    text: str, frame: int, spelled: tuple[str, str], shown: str
) -> None:
    assert compose_frame(tcps(text, frame)) == frame
    assert hwp_compose(text, frame) == spelled
    assert compose_face(*spelled) == shown


def test_a_compose_cut_before_its_frame() -> None:
    assert compose_frame(tcps("◯16", None)) == 0
    assert compose_frame(b"spc") == 0


def dutmal(main: str, sub: str, pos: str = "TOP") -> Raw:
    """A word with a gloss set over (or under) it, 덧말."""
    return Raw(
        f'<hp:dutmal posType="{pos}" szRatio="0" option="0" styleIDRef="0" align="CENTER">'
        f"<hp:mainText>{escape(main)}</hp:mainText><hp:subText>{escape(sub)}</hp:subText>"
        "</hp:dutmal>"
    )


@pytest.mark.parametrize(
    ("runs", "shown"),
    [
        ((t("ㅇ 사 업 비 : "), dutmal("총 120억원", "잠정"), t(" (국 60, 도 18, 시군 42)")),
         "ㅇ 사 업 비 : 총 120억원 (국 60, 도 18, 시군 42)"),
        ((t("ㅇ "), dutmal("일자리경제실", "’18. 1. 신설", "BOTTOM"), t(" 1실 3과 12팀")),
         "ㅇ 일자리경제실 1실 3과 12팀"),
        ((dutmal("추진율", "%"), t(" 30%")), "추진율 30%"),
    ],
)
def test_a_word_with_a_gloss_over_it_is_the_word(runs: tuple[str, ...], shown: str) -> None:
    """덧말 prints its main text in the line and a small gloss over it: the line's text is
    the main text (the gloss no part of it), from HWPX and HWP alike, in a cell too."""
    data = hwpx(sec(p(*runs), p(tbl(1, 1, [cell(0, 0, p(*runs))]))))
    for doc in (read_bytes(data, "x.hwpx"), read_bytes(to_hwp(data), "x.hwp")):
        assert [ln.text for ln in doc.lines] == [shown, shown]
        assert doc.tables[0].cells[0].paragraphs == (shown,)


# --- a card's sources drawn as a table in its 사업비 cell -------------------------------


def card_report(cost: str, sources: list[str], unit: str | None) -> bytes:
    """A plan whose project is a card table, its 사업비 cell the cost over a table of
    its sources (``계 | 국비 | 도비 | 시군비`` over ``sources``; ``unit``: its caption)."""
    heads = ["계", "국비", "도비", "시군비"]
    inner = tbl(
        2, 4,
        [cell(0, k, p(h)) for k, h in enumerate(heads)]
        + [cell(1, k, p(v)) for k, v in enumerate(sources)],
        caption=[p(f"(단위 : {unit})")] if unit else None,
    )  # fmt: skip
    card = tbl(
        4, 2,
        [
            cell(0, 0, p("사 업 명")), cell(0, 1, p("지역특화산업 육성")),
            cell(1, 0, p("사업기간")), cell(1, 1, p("’18. 1.~12.")),
            cell(2, 0, p("사 업 비")), cell(2, 1, p(cost), p(inner)),
            cell(3, 0, p("사업내용")), cell(3, 1, p("ㅇ 특화기업 기술개발 지원 20개사")),
        ],
    )  # fmt: skip
    return hwpx(
        sec(
            p("Ⅰ. 일반현황"), p("1. 조    직 : 1실 3과"),
            p("Ⅱ. 2018년 주요업무 추진계획"),
            p("1. 지역특화산업 육성"), p(card),
            p("2. 전통시장 활성화"), p("ㅇ 사업기간 : ’18. 4.~11."),
        )
    )  # fmt: skip


CARDS = [
    # (the cost cell, the sources' figures, their caption's unit, the shares in won)
    ("총 25억원", ["2,500", "1,500", "500", "500"], None,
     {"국비": 1_500_000_000, "도비": 500_000_000, "시군비": 500_000_000}),
    ("총 25억원", ["2,500", "1,500", "500", "500"], "백만원",
     {"국비": 1_500_000_000, "도비": 500_000_000, "시군비": 500_000_000}),
    ("2,500,000천원", ["2,500,000", "1,250,000", "750,000", "500,000"], None,
     {"국비": 1_250_000_000, "도비": 750_000_000, "시군비": 500_000_000}),
    ("총 12억원", ["1,200", "-", "600", "600"], None,
     {"도비": 600_000_000, "시군비": 600_000_000}),
]


@pytest.mark.parametrize("fmt", ["hwpx", "hwp"])
@pytest.mark.parametrize(("cost", "sources", "unit", "shares"), CARDS)
def test_a_cards_sources_drawn_in_its_cost_cell_are_its_funding(
    cost: str, sources: list[str], unit: str | None, shares: dict[str, int], fmt: str
) -> None:
    data = card_report(cost, sources, unit)
    if fmt == "hwp":
        data = to_hwp(data)
    report = parse_document(read_bytes(data, f"card.{fmt}"), "card")
    (proj,) = [x for x in report.projects if x.title == "지역특화산업 육성"]
    assert proj.cost_krw == sum(shares.values())
    mine = [f for f in report.project_funding if f.project_id == proj.project_id]
    got = {f.source: f.amount_krw for f in mine}
    assert got == shares
    # a table whose 계 is not the card's cost in any unit gives no shares
    other = card_report(cost, ["2,400", "1,400", "500", "500"], unit)
    report = parse_document(read_bytes(other, "other.hwpx"), "other")
    (proj,) = [x for x in report.projects if x.title == "지역특화산업 육성"]
    assert [f for f in report.project_funding if f.project_id == proj.project_id] == []
