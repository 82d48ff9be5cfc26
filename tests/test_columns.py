"""Side-by-side columns in a PDF: rows that share a gutter are read column by column."""

from __future__ import annotations

import pytest

from extract.read.pdf.base import Glyph
from extract.read.pdf.columns import find_columns
from extract.read.pdf.lines import _baseline_rows, chars_to_lines
from extract.read.pdf.regions import Region, tagged_region_lines

SIZE = 12.0


def run(text: str, x: float, top: float, size: float = SIZE) -> list[Glyph]:
    """Glyphs of ``text`` from ``x``: syllables a size wide, other letters half, spaces a
    third (as Hancom draws them, a glyph of their own)."""
    out = []
    for ch in text:
        w = size if "\uac00" <= ch <= "\ud7a3" else size / 3 if ch == " " else size / 2
        out.append(Glyph(ch, x, x + w, top, top + size, size))
        x += w
    return out


def page(rows: list[tuple[float, list[tuple[float, str]]]]) -> list[Glyph]:
    """Glyphs of rows given as (top, [(x, text), ...])."""
    return [g for top, parts in rows for x, text in parts for g in run(text, x, top)]


def read(glyphs: list[Glyph]) -> list[str]:
    """The region's lines in reading order."""
    return [t.line.text for t in tagged_region_lines(Region(None, glyphs), [])]


def width(text: str, size: float = SIZE) -> float:
    return sum(g.x1 - g.x0 for g in run(text, 0.0, 0.0, size))


def centred(rows: list[tuple[float, list[tuple[float, str]]]]) -> list[Glyph]:
    """Glyphs of rows given as (top, [(centre, text), ...]): each text centred there."""
    return page([(top, [(c - width(t) / 2, t) for c, t in parts]) for top, parts in rows])


STRATEGIES = centred([
    (100.0, [(120.0, "촘촘한 맞춤복지"), (290.0, "예방적 복지 강화"), (460.0, "사회공헌 활성화")]),
    (130.0, [(120.0, "취약계층별 촘촘한"), (290.0, "예방적 복지 강화로"),
             (460.0, "사회공헌 분위기")]),
    (153.0, [(120.0, "맞춤형 서비스 제공"), (290.0, "진입 속도 완화"), (460.0, "시민복지 증진")]),
])  # fmt: skip


def test_strategies_side_by_side_read_one_column_after_another() -> None:
    assert read(STRATEGIES) == [
        "촘촘한 맞춤복지", "취약계층별 촘촘한", "맞춤형 서비스 제공",
        "예방적 복지 강화", "예방적 복지 강화로", "진입 속도 완화",
        "사회공헌 활성화", "사회공헌 분위기", "시민복지 증진",
    ]  # fmt: skip
    assert {ln.column for ln in chars_to_lines(STRATEGIES)} == {(0, 0), (0, 1), (0, 2)}


def test_items_in_two_columns_read_item_by_item() -> None:
    glyphs = page([
        (100.0, [(60.0, "① 계획적 재정운용 및 전략적"), (320.0, "② 재정 효율성 제고 및")]),
        (116.0, [(75.0, "재원배분"), (335.0, "재정의 지속가능성 확보")]),
        (134.0, [(60.0, "③ 재정건전성 유지 및"), (320.0, "④ 예산제도 실효성 강화")]),
        (150.0, [(75.0, "재정관리제도 내실화")]),
        (158.0, [(335.0, "효율적인 기금 운용")]),
    ])  # fmt: skip
    assert read(glyphs) == [
        "① 계획적 재정운용 및 전략적", "재원배분",
        "② 재정 효율성 제고 및", "재정의 지속가능성 확보",
        "③ 재정건전성 유지 및", "재정관리제도 내실화",
        "④ 예산제도 실효성 강화", "효율적인 기금 운용",
    ]  # fmt: skip


def test_labels_beside_their_items_each_read_before_their_items() -> None:
    """교통혁신국 p11: a measure's name beside the ✓ lines of its progress, the next name
    under it: each name, then its items."""
    glyphs = page([
        (100.0, [(60.0, "빅데이터 기반"), (300.0, "✓ 개편(안) 마련 및 의견수렴")]),
        (116.0, [(60.0, "시내버스 노선 개편"), (300.0, "✓ 개편(안) 확정 및 시행")]),
        (150.0, [(60.0, "도시 고속형 시내버스"), (300.0, "✓ 노선 개편과 연계 시행")]),
    ])  # fmt: skip
    assert read(glyphs) == [
        "빅데이터 기반", "시내버스 노선 개편", "✓ 개편(안) 마련 및 의견수렴",
        "✓ 개편(안) 확정 및 시행", "도시 고속형 시내버스", "✓ 노선 개편과 연계 시행",
    ]  # fmt: skip


def test_a_line_above_the_columns_is_not_in_them() -> None:
    title = centred([(70.0, [(290.0, "추진전략")])])
    assert read(title + STRATEGIES)[:2] == ["추진전략", "촘촘한 맞춤복지"]


@pytest.mark.parametrize(
    "rows",
    [
        # aligned figures: a table's columns, not columns of text
        [(100.0, [(60.0, "공유재산 총 10,710,051건"), (300.0, "80,545천㎡ 30조 9,201억원")]),
         (120.0, [(60.0, "토지 37,229필지"), (300.0, "76,907천㎡ 14조 7,352억원")])],
        # a letter-spaced label and its value
        [(100.0, [(60.0, "ㅇ 위"), (110.0, "치 : 관내 유니크 베뉴 (도모헌 등)")]),
         (120.0, [(60.0, "ㅇ 대"), (110.0, "상 : 외국인 관광객 등")])],
        # labels, their colons set apart
        [(100.0, [(60.0, "사업내용"), (130.0, ": 한류콘텐츠 브랜드 가치 강화")]),
         (120.0, [(60.0, "사업기간"), (130.0, ": 2025년(단년도) 추진")])],
        # labels and their values set apart, the labels' colons with them
        [(100.0, [(60.0, "사업내용 :"), (150.0, "한류콘텐츠 브랜드 가치 강화")]),
         (120.0, [(60.0, "사업기간 :"), (150.0, "2025년 단년도 사업으로 추진")])],
        # two syllables either side: a word set wide, not two columns
        [(100.0, [(60.0, "순환"), (110.0, "경제")]), (120.0, [(60.0, "기반"), (110.0, "구축")])],
        # one row with a wide gap: no run
        [(100.0, [(60.0, "ㅇ 기구명칭 : 세계관광기구"), (300.0, "* 전문기관 지정")]),
         (120.0, [(60.0, "ㅇ 소재지역 : 스페인(마드리드) 본부 소재지 이전 없음 계속")])],
        # a table drawn with no rules: each row a name and its text, set left
        [(100.0, [(60.0, "기획예산과"), (200.0, "예산 편성 및 집행 관리")]),
         (120.0, [(60.0, "총무과"), (200.0, "청사 관리 및 인사 운영")]),
         (140.0, [(60.0, "홍보담당관"), (200.0, "시정 홍보 및 언론 대응")])],
        # rows far apart: two paragraphs, no run
        [(100.0, [(60.0, "촘촘한 맞춤복지"), (220.0, "예방적 복지 강화")]),
         (200.0, [(60.0, "취약계층별 촘촘한"), (220.0, "예방적 복지 강화로")])],
    ],
    ids=[
        "figures", "letter-spaced-label", "label-colon", "label-colon-left", "two-syllables",
        "one-row", "unruled-table", "far",
    ],
)
def test_rows_that_are_no_columns_stay_whole(
    rows: list[tuple[float, list[tuple[float, str]]]],
) -> None:
    glyphs = page(rows)
    assert find_columns(_baseline_rows(glyphs)) == {}
    assert all(ln.column is None for ln in chars_to_lines(glyphs))
