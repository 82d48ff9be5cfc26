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
