"""Forms of the fifteenth round of probes: a photo's caption level with the card's text
beside it (photocards, left over from round fourteen), ..."""

from __future__ import annotations

import pytest

from extract.read.pdf.base import Glyph
from extract.read.pdf.figures import picture_captions
from extract.read.pdf.lines import chars_to_lines
from tests.test_other_reports import _text

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


_FACILITIES = """\
2026년 주요업무보고

Ⅰ. 일반현황
 1. 조직
  □ 조    직 : 1국 4과 16팀
 2. 인력 및 예산
                                         (’26. 1. 1. 기준, 단위 : 명, 천원)
    구    분         정 원   현 원  과부족     2026년 예산
    계                  77      74      △3      53,569,855
    환경정책과          32      31      △1      12,340,215
    대기질관리과        45      43      △2      41,229,640
 3. 주요 환경기초시설 현황
                                                  (단위 : {units})
    구    분             시설수   처리용량(톤/일)     운영비
    계                        3             900       26,830
    소각시설                  2             600       21,350
    생활폐기물 적환장         1             300        5,480

Ⅱ. 2026년 주요업무 추진계획
 1. 깨끗한 도시
  가. 미세먼지 저감 (대기질관리과)
   ○ 사업기간 : 2026. 1. ~ 12.
   ○ 사 업 비 : 1,250백만원 (시비 100%)
"""


@pytest.mark.parametrize("units", ["개소, 백만원", "백만원, 개소"])
def test_a_caption_that_lists_a_count_unit_and_a_money_unit(units: str) -> None:
    """`(단위 : 개소, 백만원)` over `시설수 | 처리용량(톤/일) | 운영비`: 시설수 counts 개소,
    운영비 is 백만원, 처리용량 its own 톤/일, whichever unit the caption lists first (the
    first had been every column's: 21,350 개소, or 2 facilities 2,000,000원); a list of
    facilities, each with what it costs to run, is no budget.  `(… 단위 : 명, 천원)` over
    `정 원 | 현 원 | 과부족 | 2026년 예산`: people, and a budget in 천원 (it had been
    186,450,000명)."""
    report = _text(_FACILITIES.format(units=units))
    cells = {(c.row_header, c.col_header): c for c in report.table_cells if not c.is_header}
    assert (cells[("소각시설", "시설수")].value_kind, cells[("소각시설", "시설수")].unit) == (
        "count", "개소"
    )
    assert cells[("소각시설", "운영비")].value_krw == 21_350_000_000
    assert cells[("소각시설", "처리용량(톤/일)")].unit == "톤/일"
    assert cells[("소각시설", "처리용량(톤/일)")].value_krw is None
    assert cells[("환경정책과", "정원")].unit == "명"
    assert cells[("환경정책과", "과부족")].unit == "명"
    assert [(b.unit, b.amount_krw) for b in report.budget_lines] == [
        ("계", 53_569_855_000), ("환경정책과", 12_340_215_000), ("대기질관리과", 41_229_640_000),
    ]  # fmt: skip


def test_a_count_of_times_under_a_caption_that_lists_people_and_times() -> None:
    """`(단위 : 명, 회)` over `위원수 | ’25 개최 횟수`: the meetings in 회 (they had been
    people, the caption's first unit)."""
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 일반현황\n 1. 조직\n  □ 조    직 : 1국 4과 16팀\n"
        " 2. 위원회 운영 현황\n                                      (단위 : 명, 회)\n"
        "   위원회명                  위원수      ’25 개최 횟수\n"
        "   문화예술진흥위원회            15               4\n"
        "   관광진흥위원회                12               3\n"
    )
    cells = {(c.row_header, c.col_header): c for c in report.table_cells if not c.is_header}
    assert cells[("관광진흥위원회", "위원수")].unit == "명"
    assert cells[("관광진흥위원회", "’25 개최 횟수")].unit == "회"
