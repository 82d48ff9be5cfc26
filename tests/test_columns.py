"""Side-by-side columns in a PDF: rows that share a gutter are read column by column."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.read.pdf.base import Glyph
from extract.read.pdf.lines import chars_to_lines
from extract.read.pdf.regions import Region, tagged_region_lines
from tests.profiles import examples

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
    """교통혁신국 p11: a measure's name, centred over two lines, beside the ✓ lines of its
    progress, the next name under it: each name whole, then its items."""
    glyphs = centred([
        (100.0, [(110.0, "빅데이터 기반"), (400.0, "✓ 개편(안) 마련 및 의견수렴")]),
        (116.0, [(110.0, "시내버스 노선 개편"), (400.0, "✓ 개편(안) 확정 및 시행")]),
        (150.0, [(110.0, "도시 고속형 시내버스"), (400.0, "✓ 노선 개편과 연계 시행")]),
    ])  # fmt: skip
    assert read(glyphs) == [
        "빅데이터 기반", "시내버스 노선 개편", "✓ 개편(안) 마련 및 의견수렴",
        "✓ 개편(안) 확정 및 시행", "도시 고속형 시내버스", "✓ 노선 개편과 연계 시행",
    ]  # fmt: skip


def test_a_list_numbered_down_each_column_reads_one_column_after_another() -> None:
    glyphs = page([
        (100.0, [(60.0, "① 부산형 사회서비스 비전 제시"), (320.0, "④ 사회복지시설 근로환경 개선")]),
        (120.0, [(60.0, "② 촘촘한 위기가구 발굴 지원"), (320.0, "⑤ 시민 체감형 맞춤 복지 확대")]),
        (140.0, [(60.0, "③ 시민중심 돌봄체계 구축"), (320.0, "⑥ 자활사업 참여자 보상 확대")]),
    ])  # fmt: skip
    assert [t[0] for t in read(glyphs)] == list("①②③④⑤⑥")


def test_a_row_of_short_headings_over_the_boxes_does_not_undo_them() -> None:
    """"전략 1 | 전략 2 | 전략 3" over the strategy boxes: the headings stay a row (no text
    to part), the boxes under them are still read one after another."""
    heads = centred([(76.0, [(120.0, "전략 1"), (290.0, "전략 2"), (460.0, "전략 3")])])
    lines = read(heads + STRATEGIES)
    assert lines[0] == "전략 1 전략 2 전략 3"
    assert lines[1:4] == ["촘촘한 맞춤복지", "취약계층별 촘촘한", "맞춤형 서비스 제공"]


def test_text_over_a_picture_split_in_columns_reads_with_the_picture() -> None:
    over = centred([
        (150.0, [(100.0, "교통 혁신 과제"), (250.0, "교통복지 강화 과제")]),
        (175.0, [(100.0, "수송분담률 제고 추진"), (250.0, "교통약자 이동권 보장")]),
        (191.0, [(100.0, "시내버스 노선 개편"), (250.0, "저상버스 도입 확대")]),
    ])  # fmt: skip
    beside = page([(100.0, [(330.0, "ㅇ 시내버스 노선 전면 개편 추진")]),
                   (120.0, [(330.0, "ㅇ 도시철도 연장 및 신설 추진")])])  # fmt: skip
    lines = [t.line.text for t in tagged_region_lines(
        Region(None, over + beside), [], pictures=[(30.0, 90.0, 310.0, 210.0)])]
    assert lines[:4] == ["교통 혁신 과제", "수송분담률 제고 추진", "시내버스 노선 개편",
                         "교통복지 강화 과제"]  # fmt: skip
    assert lines[-2:] == ["ㅇ 시내버스 노선 전면 개편 추진", "ㅇ 도시철도 연장 및 신설 추진"]


def test_a_column_keeps_the_letter_gaps_of_its_whole_row() -> None:
    """A gap is a space by the row's usual letter gap, not by its column's few (관광마이스국
    p31: "(舊.UNWTO)" in a note set right of its bullet)."""
    left = [Glyph(ch, 60.0 + 12.0 * i, 72.0 + 12.0 * i, 100.0, 112.0, 12.0)
            for i, ch in enumerate("기구명칭세계관광기구본부")]  # fmt: skip
    x, right = 300.0, []
    for ch, gap in zip("舊.UNWTO", (-1.2, -1.2, 2.4, -1.2, -1.2, -1.2, -1.2), strict=True):
        right.append(Glyph(ch, x, x + 6.0, 100.0, 112.0, 12.0))
        x += 6.0 + gap
    row = left + right
    assert [ln.text for ln in chars_to_lines(row)] == ["기구명칭세계관광기구본부 舊.UNWTO"]


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
        # marked labels and their values, one pair a row: read right row by row
        [(100.0, [(60.0, "ㅇ (사업내용)"), (200.0, "한류콘텐츠 브랜드 가치 강화")]),
         (120.0, [(60.0, "ㅇ (추진방법)"), (200.0, "민간 공모를 통한 사업자 선정")]),
         (140.0, [(60.0, "ㅇ (기대효과)"), (200.0, "관광객 유치 및 지역경제 활성화")])],
        [(100.0, [(60.0, "ㅇ 기본계획 수립 및 방침 결정"), (330.0, "’25. 상반기")]),
         (120.0, [(60.0, "ㅇ 실시설계 용역 발주"), (330.0, "’25. 하반기")]),
         (140.0, [(60.0, "ㅇ 공사 착공 및 준공"), (330.0, "’26. 상반기")])],
        [(100.0, [(60.0, "대중교통 통합할인"), (220.0, "✓ 선불형 교통카드 출시")]),
         (120.0, [(60.0, "청소년 동백패스"), (220.0, "✓ 청소년 동백패스 시행")]),
         (140.0, [(60.0, "어린이 요금 무료화"), (220.0, "✓ 만12세 이하 무료 시행")])],
        # a value set apart after a full-width colon
        [(100.0, [(60.0, "ㅇ 사업내용"), (160.0, "： 한류콘텐츠 브랜드 가치 강화")]),
         (120.0, [(60.0, "ㅇ 추진방법"), (160.0, "： 민간 공모를 통한 사업자 선정")])],
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
        "one-row", "label-value", "step-date", "label-item", "full-width-colon",
        "unruled-table", "far",
    ],
)
def test_rows_that_are_no_columns_stay_whole(
    rows: list[tuple[float, list[tuple[float, str]]]],
) -> None:
    glyphs = page(rows)
    assert all(ln.column is None for ln in chars_to_lines(glyphs))


def test_a_table_of_centred_cells_drawn_with_no_rules_reads_row_by_row() -> None:
    glyphs = centred([
        (100.0, [(110.0, "추진과제"), (290.0, "주요 내용"), (470.0, "담당부서")]),
        (124.0, [(110.0, "청년 일자리 확대"), (290.0, "지역기업 채용 연계 지원"),
                 (470.0, "일자리경제과")]),
        (148.0, [(110.0, "주거 지원 강화"), (290.0, "청년 임대주택 공급 확대"),
                 (470.0, "주택정책과")]),
    ])  # fmt: skip
    assert all(ln.column is None for ln in chars_to_lines(glyphs))


# --- properties ------------------------------------------------------------------------

WORDS = ["재정운용", "및", "전략적", "재원배분", "추진", "’25.", "상반기", "10,710건", "(주요내용)",
         "지역경제", "활성화", "위", "치", ":", "：", "국비", "5억"]  # fmt: skip
MARKS = ["", "", "① ", "② ", "• ", "✓ ", "ㅇ ", "- ", "□ "]
cell_text = st.tuples(st.sampled_from(MARKS), st.lists(st.sampled_from(WORDS), min_size=1,
                                                       max_size=4)).map(
    lambda t: t[0] + " ".join(t[1]))  # fmt: skip
layout = st.tuples(
    st.integers(1, 3),  # columns
    st.lists(st.lists(st.one_of(st.none(), cell_text), min_size=3, max_size=3), min_size=1,
             max_size=6),  # rows: a cell per column, or none
    st.sampled_from([14.0, 18.0, 26.0, 40.0]),  # row pitch
    st.booleans(),  # centred
)  # fmt: skip


def _laid_out(
    spec: tuple[int, list[list[str | None]], float, bool],
) -> tuple[list[Glyph], dict[str, list[str]]]:
    """Glyphs of rows of cells set in columns, and each column's texts top-down."""
    n, rows, pitch, centre = spec
    glyphs: list[Glyph] = []
    columns: dict[str, list[str]] = {}
    for r, cells in enumerate(rows):
        for k, text in enumerate(cells[:n]):
            if text is None:
                continue
            tag = chr(0xAC00 + 97 * (r * 3 + k)) + chr(0xAC00 + 53 * (r * 3 + k) + 7)
            text = f"{text} {tag}"  # (each cell's own last word, to find it by)
            x = 60.0 + 260.0 * k + (120.0 - width(text) / 2 if centre else 0.0)
            glyphs += run(text, x, 100.0 + pitch * r)
            columns.setdefault(str(k), []).append(text)
    return glyphs, columns


@settings(max_examples=examples(150), deadline=None)
@given(layout)
def test_columns_lose_and_double_no_character(
    spec: tuple[int, list[list[str | None]], float, bool],
) -> None:
    """However rows are cut into columns, every character drawn is read once."""
    glyphs, _ = _laid_out(spec)
    drawn = sorted(g.text for g in glyphs if not g.is_space)
    read_back = sorted(ch for text in read(glyphs) for ch in text if not ch.isspace())
    assert read_back == drawn


@settings(max_examples=examples(150), deadline=None)
@given(layout)
def test_a_columns_lines_keep_their_order(
    spec: tuple[int, list[list[str | None]], float, bool],
) -> None:
    """Whether its rows are cut or not, a column's texts are read top-down, in the order
    they are set (cutting orders items, never the lines inside a column)."""
    glyphs, columns = _laid_out(spec)
    joined = " ".join(read(glyphs))
    for texts in columns.values():
        at = [joined.find(t.rsplit(" ", 1)[1]) for t in texts]
        assert all(i >= 0 for i in at) and at == sorted(at)
