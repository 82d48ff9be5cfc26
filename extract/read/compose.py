"""Overlapped characters (글자 겹치기) as the page shows them, the same from HWPX and HWP 5.

Hancom draws a compose's characters in a frame (``circleType``: a circle, a box, a
triangle ...) or one over another (``CHAR``).  The two formats store it differently:

* HWPX ``hp:compose`` names the frame (``circleType``) and spells the characters
  plainly (``composeText="16"``);
* HWP 5 ``tcps`` holds the frame's code (a UINT8 after the characters; the codes in
  :data:`FRAMES`' order) and a text that starts with the frame's glyph (``◯16``), or,
  for a digit or a two-digit number in some frames, Hancom's glyphs of both at once
  (``①``; a tens glyph over a units glyph in a circle: :data:`FRAMED_DIGITS`).

:func:`hwp_compose` gives an HWP control the HWPX spelling, and :func:`compose_face`
reads either: a number (1 .. 50) or a letter that has a circled sign, in a circle, is
that sign (``16`` in a circle is ⑯, as ① .. ⑮ are typed before it); anything else is
its characters (:func:`extract.read.hwp_tree.composed`).
"""

from __future__ import annotations

from extract.read.hwp_tree import MAX_CIRCLED, SIGNS, circled, composed

#: the frames of overlapped characters by their HWP 5 code, as HWPX names them
#: (Hancom spells one ``TIRANGLE``)
FRAMES = (
    "CHAR", "SHAPE_CIRCLE", "SHAPE_REVERSAL_CIRCLE", "SHAPE_RECTANGLE",
    "SHAPE_REVERSAL_RECTANGLE", "SHAPE_TRIANGLE", "SHAPE_REVERSAL_TIRANGLE", "SHAPE_LIGHT",
    "SHAPE_RHOMBUS", "SHAPE_REVERSAL_RHOMBUS", "SHAPE_ROUNDED_RECTANGLE",
    "SHAPE_EMPTY_CIRCULATE_TRIANGLE", "SHAPE_THIN_CIRCULATE_TRIANGLE",
    "SHAPE_THICK_CIRCULATE_TRIANGLE",
)  # fmt: skip
#: the glyph an HWP ``tcps`` text starts with for its frame (by code)
FRAME_GLYPHS = "\u3000◯●□■△▲☼◇◆▢♲♺♻"
#: Hancom's glyphs of a digit and its frame at once, by frame code: the digit they are
#: (in a circle also a tens glyph, U+F0289 for 1, over a units glyph, U+F0292 for 0)
FRAMED_DIGITS: dict[int, dict[str, str]] = {
    1: {
        **{chr(0x2460 + n - 1): str(n) for n in range(1, 10)},
        **{chr(0xF0289 + n - 1): str(n) for n in range(1, 10)},
        **{chr(0xF0292 + n): str(n) for n in range(10)},
    },
    3: {chr(0xF02B1 + n - 1): str(n) for n in range(1, 10)},
    4: {chr(0xF02CE + n - 1): str(n) for n in range(1, 10)},
}
#: frames that draw their characters in a circle
CIRCLES = frozenset({"SHAPE_CIRCLE", "SHAPE_REVERSAL_CIRCLE"})
#: plain signs -> their circled signs (ⓐ, Ⓐ, ㉮, ㉠), from the numbering formats
CIRCLED_SIGNS = {
    plain: circled_sign
    for kind in ("LATIN_CAPITAL", "LATIN_SMALL", "HANGUL_SYLLABLE", "HANGUL_JAMO")
    for plain, circled_sign in zip(SIGNS[kind], SIGNS["CIRCLED_" + kind], strict=True)
}


def hwp_compose(text: str, frame: int) -> tuple[str, str]:
    """An HWP ``tcps`` control's text and frame code as HWPX spells them: (composeText,
    circleType); the frame's glyph before the characters left out, Hancom's glyphs of
    framed digits read as the digits.  A code past the known frames is ``CHAR``."""
    if len(text) > 1 and frame < len(FRAME_GLYPHS) and text[0] == FRAME_GLYPHS[frame]:
        text = text[1:]
    digits = FRAMED_DIGITS.get(frame, {})
    text = "".join(digits.get(ch, ch) for ch in text)
    return text, FRAMES[frame] if 0 <= frame < len(FRAMES) else "CHAR"


def compose_face(text: str, frame: str) -> str:
    """What overlapped characters ``text`` in frame ``frame`` (an HWPX ``circleType``)
    print: in a circle, a number up to 50 or a letter of a circled series its circled
    sign; else :func:`composed` (plain characters as they are, Hancom's glyphs)."""
    if frame.upper() in CIRCLES:
        if text.isascii() and text.isdigit() and 1 <= int(text) <= MAX_CIRCLED:
            return circled(int(text))
        if text in CIRCLED_SIGNS:
            return CIRCLED_SIGNS[text]
    return composed(text)
