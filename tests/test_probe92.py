"""Forms of the fifteenth round of probes: a photo's caption level with the card's text
beside it (photocards, left over from round fourteen), ..."""

from __future__ import annotations

from extract.read.pdf.base import Glyph
from extract.read.pdf.figures import picture_captions
from extract.read.pdf.lines import chars_to_lines

#: a photo on the right half of a card (x0, top, x1, bottom)
_PHOTO = (340.0, 182.0, 527.0, 312.0)


def _glyphs(text: str, x0: float, top: float, size: float, pitch: float) -> list[Glyph]:
    out = []
    for k, ch in enumerate(text):
        x = x0 + k * pitch
        out.append(Glyph(ch, x, x + pitch * 0.9, top, top + size, size))
    return out


def test_a_photo_caption_level_with_a_line_beside_it_is_a_line_of_its_own() -> None:
    """`- ’26. 3. : 축제 기본계획 수립` on the card's left and `< 2025년 축제 개막공연 >` under
    the photo on its right, a point lower and a size smaller: two lines (the caption had
    been the end of the step's task)."""
    step = _glyphs("- ’26. 3. : 축제 기본계획 수립", 60.0, 325.0, 10.5, 9.0)
    caption = _glyphs("< 2025년 축제 개막공연 >", 384.0, 326.5, 9.5, 7.0)
    rest, taken = picture_captions(step + caption, [_PHOTO])
    assert [ln.text for ln in chars_to_lines(rest)] == ["- ’26. 3. : 축제 기본계획 수립"]
    assert [ln.text for ln in chars_to_lines(taken)] == ["< 2025년 축제 개막공연 >"]


def test_a_line_across_the_foot_of_a_photo_is_one_line() -> None:
    """A line of text that runs on under a photo, its words a space apart, is no caption:
    it stays whole (so does a caption with no text level with it, and a page with no
    photo)."""
    words = "○ 사업내용 : 수변 야외공연장 조성 및 주변 산책로 정비 사업 추진"
    line = _glyphs(words, 60.0, 320.0, 10.5, 10.5)
    rest, taken = picture_captions(line, [_PHOTO])
    assert taken == [] and len(rest) == len(line)
    caption = _glyphs("< 수변 야외공연장 배치도 >", 384.0, 326.5, 9.5, 7.0)
    assert picture_captions(caption, []) == (caption, [])
