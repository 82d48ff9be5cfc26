"""Round 114, HWP 5 against HWPX: what the same report reads as in either format.

Overlapped characters (글자 겹치기) in a frame: HWPX names the frame and spells the
characters plainly, HWP 5 puts the frame's glyph (or Hancom's glyph of a framed digit)
in the text.  Both read as the page shows them: a number or a letter in a circle its
circled sign (⑯ after ① .. ⑮), in another frame its characters.
"""

from __future__ import annotations

import struct

import pytest

from extract.read import read_bytes
from extract.read.compose import compose_face, hwp_compose
from extract.read.hwp import compose_frame
from tests.hwpx_maker import cell, compose, hwpx, p, sec, tbl, to_hwp

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
