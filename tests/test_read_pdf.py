"""The PDF reader on the rendered sample, on broken files, and on real Hancom exports.

tests/fixtures/seoul-innovation-bureau-2021.pdf is the text sample drawn the way Hancom
PDF exports look (tools/make_sample_pdf.py); tests/fixtures/bad/ holds broken files
(tools/make_bad_pdfs.py).  Expected values are written from the sample text.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfminer import psparser
from pdfminer.pdfinterp import PDFContentParser
from pdfminer.pdftypes import PDFStream, list_value, stream_value
from pdfminer.psparser import PSEOF, PSKeyword, PSLiteral

from extract.document import Document, Line, LineKind
from extract.errors import ReadError
from extract.pipeline import parse_document
from extract.read.glyphs import (
    DINGBAT_FONTS,
    DRAWN_FORMAT,
    FOLD,
    is_lost_glyph,
    is_private_use,
    lost_glyph,
    normalize_text,
)
from extract.read.pdf import (
    MIN_EDGE,
    SNAP_TOLERANCE,
    BBox,
    Engine,
    Glyph,
    PageObjects,
    Region,
    RuledTable,
    TextLine,
    _Unsupported,
    build_regions,
    cells_to_lines,
    chars_to_lines,
    classify,
    content_objects,
    content_tokens,
    dedupe_chars,
    find_ruled_tables,
    find_vertical_words,
    lines_to_blocks,
    merge_rules,
    page_glyphs,
    page_objects,
    page_quality,
    picture_blocks,
    plumber_objects,
    reach_moved_rules,
    read_pdf,
    sniff_not_pdf,
    tracking,
)
from extract.read.pdf.base import wrap_space
from extract.read.pdf.chars import to_glyph, undecoded_as_lost
from extract.read.pdf.content import _LostGlyphs, lost_numbers
from extract.read.pdf.grids import take_drawn_bullets
from extract.read.pdf.lines import running_heads
from extract.read.pdf.paths import curve_edges, drop_shading, rect_edges
from extract.read.pdf.reader import ocr_message
from extract.read.pdf.regions import (
    PageGrid,
    TaggedLine,
    cell_padding,
    grid_of,
    tagged_region_lines,
)
from extract.read.pdf.rules import JOIN_TOLERANCE
from extract.read.pdf.wraps import broken_wraps
from extract.read.text import read_text
from schemas.models import PageQuality
from tests.profiles import examples

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE_PDF = FIXTURES / "seoul-innovation-bureau-2021.pdf"
SAMPLE_TXT = ROOT / "samples" / "seoul-innovation-bureau-2021.txt"
BAD = FIXTURES / "bad"
REALWORLD = ROOT.parent / "shared" / "realworld"

PAGES = 48  # what tools/make_sample_pdf.py draws: 21 pages of Ⅰ-붙임 1, 27 of 붙임 2
TEAMS = [
    "혁신기획팀", "혁신파크팀", "혁신제안팀", "사회협력팀",
    "전환도시정책팀", "전환도시사업팀", "공유도시팀", "시민행복팀",
    "갈등조정팀", "갈등관리팀",
]


@cache
def sample_pdf() -> Document:
    return read_pdf(SAMPLE_PDF.read_bytes(), SAMPLE_PDF.name)


@cache
def sample_text() -> Document:
    return read_text(SAMPLE_TXT.read_bytes(), SAMPLE_TXT.name)


def texts(lines: Sequence[Line]) -> list[str]:
    return [ln.text for ln in lines]


def assert_run(doc: Document, expected: list[str]) -> list[Line]:
    """``expected`` appear as consecutive content lines (found by the first one)."""
    content = doc.content()
    starts = [i for i, ln in enumerate(content) if ln.text == expected[0]]
    assert starts, f"no line {expected[0]!r}"
    runs = [texts(content[i : i + len(expected)]) for i in starts]
    assert expected in runs, f"after {expected[0]!r} came {runs[0]}"
    i = starts[runs.index(expected)]
    return content[i : i + len(expected)]


# --- the rendered sample ----------------------------------------------------------------


def test_pages_and_every_line_has_its_page() -> None:
    doc = sample_pdf()
    assert doc.format == "pdf"
    assert doc.pages == PAGES
    pages = [ln.page for ln in doc.lines]
    assert all(p is not None for p in pages)
    assert pages == sorted(pages, key=lambda p: p or 0)
    assert {ln.page for ln in doc.content()} == set(range(1, PAGES + 1))
    assert [ln.no for ln in doc.lines] == list(range(1, len(doc.lines) + 1))


def test_footers_are_furniture() -> None:
    doc = sample_pdf()
    furniture = [ln for ln in doc.lines if ln.kind is LineKind.FURNITURE]
    expected = [(n, f"- {n} -") for n in range(1, PAGES + 1)]
    assert [(ln.page, ln.text) for ln in furniture] == expected
    assert not [ln for ln in doc.content() if ln.text.startswith("- ") and ln.text.endswith(" -")]


def test_fake_bold_is_deduplicated() -> None:
    with pdfplumber.open(SAMPLE_PDF) as pdf:
        page = pdf.pages[0]
        drawn = [c["text"] for c in page.chars].count("Ⅰ")
        kept = [g.text for g in page_glyphs(page)].count("Ⅰ")
    assert (drawn, kept) == (2, 1)  # the heading glyph is drawn twice, read once
    doc = sample_pdf()
    assert doc.content()[0].text == "Ⅰ. 일 반 현 황"
    for heading in ("Ⅱ. 정책목표와 핵심과제", "Ⅲ. 주요업무 추진계획", "2021년 세부사업 예산 현황"):
        assert heading in texts(doc.content())


@pytest.mark.parametrize(("page_no", "doubled"), [(1, True), (6, True), (21, True), (30, False)])
def test_dedupe_is_pdfplumbers(page_no: int, doubled: bool) -> None:
    """The fast dedupe keeps exactly the glyphs page.dedupe_chars() keeps, in order."""
    with pdfplumber.open(SAMPLE_PDF) as pdf:
        page = pdf.pages[page_no - 1]
        expected = [(c["text"], c["x0"], c["top"]) for c in page.dedupe_chars().chars]
        got = [(c["text"], c["x0"], c["top"]) for c in dedupe_chars(page.chars)]
        assert (len(page.chars) > len(got)) is doubled  # headings are drawn twice
    assert got == expected


def test_vertical_team_names_are_words() -> None:
    run = assert_run(sample_pdf(), ["서울혁신기획관", "사회혁신담당관", "전환도시담당관",
                                    "갈등조정담당관", *TEAMS, "인력현황 54/52명(정원/현원)"])
    assert {ln.page for ln in run} == {1}


def test_private_use_bullet_kept_raw_and_mapped() -> None:
    """The sample's U+F000 (a font that maps that one glyph to it draws the character
    itself) is kept in ``raw`` and reads "•" in ``text``."""
    doc = sample_pdf()
    raw = sum(ln.raw.count("\uf000") for ln in doc.lines)
    assert raw == SAMPLE_TXT.read_text(encoding="utf-8").count("\uf000") == 99
    assert not any(is_private_use(ch) for ln in doc.lines for ch in ln.text)
    assert_run(doc, [
        "• 추진방향",
        "○ 미래전환 사회혁신 캠퍼스 중장기 계획 수립을 통한 혁신 인재양성 기반 마련",
    ])


@dataclass
class _Map:
    cid2unichr: dict[int, str]


@dataclass
class _Font:
    unicode_map: _Map | None


@pytest.mark.parametrize(
    ("codes", "lossy"),
    [
        ({4: "\uf000", 24: "\uf000", 25: "\uf000", 30: "가"}, True),  # Hancom's symbol font
        ({7: "\uf000", 8: "•"}, False),  # the character U+F000 itself
        ({}, False),
    ],
)
def test_glyphs_are_told_apart_where_a_font_gives_several_u_f000(
    codes: dict[int, str], lossy: bool
) -> None:
    device = _LostGlyphs()
    assert device._loses_codes(_Font(_Map(codes))) is lossy
    assert device._loses_codes(_Font(None)) is False
    assert lost_glyph(0) != lost_glyph(1) and is_lost_glyph(lost_glyph(0))


#: lines with glyphs the export lost (numbered apart: A, B) -> the text read
LOST_IN_LINES = [
    ("A 추진일정", "• 추진일정"),  # a bullet
    ("특화된A일+휴가B관광", "특화된 일+휴가 관광"),  # between letters: no bullet, a space
    # quotes around words (여성가족국 p42 "체계를 ‘교육부(교육청)’ 주도")
    ("체계를 A교육부(교육청)B 주도 통합", "체계를 교육부(교육청) 주도 통합"),
    ("명칭은 A부산형B", "명칭은 부산형"),  # ... at the line's end
    ("가 A나 B다", "가 •나 •다"),  # marks each after a space: a list's bullets
    ("A교육부B 주도", "•교육부• 주도"),  # (a line's first mark is its bullet)
    # Hancom's own symbols in plane 15 (HWPX) are their characters, not lost glyphs
    ("및 \U000f0854소식지\U000f0855 발간", "및 『소식지』 발간"),
    ("가\U000f02b1나", "가①나"),
    # review 12 D2: a line's bullet and a mark at the end of the line before are no quotes
    ("1. 조직현황 A\nA 교육부 협업 강화B", "1. 조직현황 •\n• 교육부 협업 강화•"),
    # review 12 D4: the quotes are the nearest two, no mark between them
    ("체계 A교육 A지원B 주도", "체계 •교육 지원 주도"),
    # a mark set apart between the words of a line, after its first, is an arrow
    # (교통혁신국 p16 "이용 불편 개선 ➡ 모바일 동백패스 도입")
    ("- 이용 불편 개선 A 모바일 도입", "- 이용 불편 개선 ➔ 모바일 도입"),
    ("A 운행관리 시스템 구축 B 데이터 분석", "• 운행관리 시스템 구축 ➔ 데이터 분석"),
]


@pytest.mark.parametrize(("char", "folded"), sorted(FOLD.items()))
def test_look_alike_characters_fold_to_one_form(char: str, folded: str) -> None:
    """Every look-alike reads as the one form the parsers know, between words too
    ("론칭ᆞ글로벌", 관광마이스국 현안1; "정ᆞ현원", 국립국어원)."""
    assert normalize_text(f"가{char}나") == f"가{folded}나"


@pytest.mark.parametrize(("line", "text"), LOST_IN_LINES)
def test_a_lost_glyph_reads_by_where_it_stands(line: str, text: str) -> None:
    line = line.replace("A", lost_glyph(0)).replace("B", lost_glyph(1))
    assert normalize_text(line) == text
    assert not is_lost_glyph("\U000f0854") and is_lost_glyph(lost_glyph(2))
    # review 12 D5: no lost glyph is numbered onto one of Hancom's own symbols
    assert all(is_lost_glyph(lost_glyph(n)) for n in range(0, 3000, 7))


def test_lost_glyphs_are_numbered_once_for_the_whole_document() -> None:
    """Every page's device numbers the (font, glyph) pairs in one map of the document:
    a glyph reads the same on every page, two glyphs never alike (fonts named alike but
    for their subset tag included)."""

    class Pdf:
        pass

    pdf = Pdf()
    numbers = lost_numbers(pdf)
    assert lost_numbers(pdf) is numbers and lost_numbers(Pdf()) is not numbers
    for key in [("INPILL+Wingdings", 5), ("INPILL+Symbol", 5), ("INPILL+Wingdings", 5)]:
        numbers.setdefault(key, len(numbers))
    assert numbers == {("INPILL+Wingdings", 5): 0, ("INPILL+Symbol", 5): 1}


def test_double_spaces_and_letter_spacing_survive() -> None:
    lines = texts(sample_pdf().content())
    assert "삶 의  방 식 을" in lines
    assert "정 책 기 반  마 련" in lines
    assert "조직현황  1기획관 3담당관 10팀" in lines


def test_staffing_and_budget_rows() -> None:
    doc = sample_pdf()
    assert_run(doc, [
        "구 분 계 사회혁신담당관 전환도시담당관 갈등조정담당관",
        "정 원 54 23 19 12",
        "현 원 52 23 17 12",
    ])
    assert_run(doc, [
        "구 분 ’20년 예산 ’21년 예산 증감 증감률",
        "계 16,873 12,099 △4,774 △28.3%",
        "사회혁신담당관 13,233 9,230 △4,003 △30.3%",
    ])


def test_functions_table_division_then_its_bullets() -> None:
    run = assert_run(sample_pdf(), [
        "구 분 담 당 업 무",
        "사회혁신담당관",
        "· 사회혁신 추진계획 수립 및 시행",
        "· 미래전환을 위한 사회혁신 캠퍼스 기획 및 운영",
    ])
    assert run[0].raw == "구 분 담 당 업 무"
    assert run[2].raw == "∙ 사회혁신 추진계획 수립 및 시행"  # U+2219 in the PDF, folded in text


def test_policy_matrix_spanning_label_and_wrapped_cells() -> None:
    assert_run(sample_pdf(), [
        "목표",
        "사회혁신 생태계",
        "기반조성 및 확장",
        "삶 의  방 식 을",
        "전 환 하 는",
        "정 책 기 반  마 련",
        "협력적 조정으로",
        "상 생  가 치  실 현",
        "핵심",
        "과제",
        "사 회 혁 신 전 환 도 시 갈 등 조 정",
        "지속가능한 혁신 생태계를 위한",
        "혁신 인재양성·교류 촉진",
        "지역단위 전환주체 역량 강화를",
    ])


def test_budget_plan_rows() -> None:
    doc = sample_pdf()
    # one-line cells of a row joined; the wrapped item name as its own lines
    assert_run(doc, [
        "사업명 예산현액 집행계획",
        "1분기 2분기 3분기 4분기",
        "글로벌사회혁신",
        "오픈캠퍼스운영",
        "157,280 1,000 98,000 20,000 38,280",
        "계획수립 과정운영 과정운영 과정운영및성과공유",
    ])
    # notes cells of two and three lines between one-line cells
    assert_run(doc, [
        "484,000 3,150 245,250 234,250 1,350",
        "사업공모",
        "보조사업자선정",
        "보조금교부(1차)",
        "실험실행",
        "실험실행중간점검",
        "보조금교부(2차)",
        "실험실행",
        "성과공유회개최",
    ])
    # a name cell and its amount on one line; a notes row spanning all quarters below
    assert_run(doc, [
        "서울시민 행복증진 464,000 10,000 203,000 168,000 83,000",
        "협의회 분담금 자치구 지원 실태조사,교육용역준공 심포지엄 개최 등",
        "시민행복위원회 개최(전체회의 및 실무회의)",
    ])
    # the label and the unit on one visual line
    assert "• 예산 집행계획 (단위: 천원)" in texts(doc.content())


def test_audit_tables() -> None:
    doc = sample_pdf()
    assert_run(doc, [
        "구 분 계 완 료 추진중 검토중 미반영",
        "계",
        "계 51 21 28 2 -",
        "시 정 ·처리요구 사 항 29 4 23 2 -",
    ])
    run = assert_run(doc, [
        "시정 및 처리 요구사항 조치결과 및 향후 추진계획",
        "○서울혁신파크 운영에있어 방대한",
        "예산을들여 시설물을 설치했지만",
        "시설물의 내구연한이 짧아 방치",
        "되거나 철거가 되는 문제점이",
        "있음. 설치도 중요하지만 관리",
        "감독도 부서에서 철저히 하길",
        "바람",
        "(사회혁신담당관)",
        "□ 추진상황: 추진 중",
        "□ 추진내용",
        "◦ 가설건축물 현황: 6개",
    ])
    # the findings table runs over many pages; each repeated header starts a page
    headers = [ln for ln in doc.content() if ln.text in (
        "시정 및 처리 요구사항 조치결과 및 향후 추진계획", "건 의 사 항 조 치 결 과")]
    assert len(headers) == 6
    for h in headers[1:]:
        above = [ln.text for ln in doc.content() if ln.page == h.page and ln.no < h.no]
        assert above in ([], ["건  의  사  항"]), f"page {h.page} starts with {above}"
    assert (run[0].page or 0) < (headers[-1].page or 0)


def test_quality_records() -> None:
    doc = sample_pdf()
    assert [q["page"] for q in doc.quality] == list(range(1, PAGES + 1))
    for q in doc.quality:
        PageQuality(**q)  # exactly the schema's keys and types
        assert q["needs_ocr"] is False
        assert q["cid_runs"] == 0
    assert all(float(str(q["hangul_ratio"])) > 0.4 for q in doc.quality)  # 붙임 1 is digits
    assert float(str(doc.quality[5]["private_use_ratio"])) > 0  # card 1-1 has U+F000 bullets


# --- the main acceptance check: the PDF reads as the text ----------------------------

SECTION_STARTS = ("Ⅰ.", "Ⅱ.", "Ⅲ.", "붙 임 1", "붙 임 2")


def sections(doc: Document) -> dict[str, list[str]]:
    """Content tokens per section (whitespace differences removed)."""
    out: dict[str, list[str]] = {}
    key = "front"
    for ln in doc.content():
        start = next((s for s in SECTION_STARTS if ln.text.strip().startswith(s)), None)
        if start and start not in out:
            key = start
        out.setdefault(key, []).extend(ln.text.split())
    return out


def cut(tokens: list[str], after: str, before: str) -> tuple[list[str], list[str]]:
    """(the tokens strictly between ``after`` and ``before``, the tokens without them)."""
    i = tokens.index(after) + 1
    j = tokens.index(before, i)
    return tokens[i:j], tokens[:i] + tokens[j:]


def first_difference(a: list[str], b: list[str]) -> str:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return f"token {i}: text {a[max(0, i - 3):i + 4]} vs pdf {b[max(0, i - 3):i + 4]}"
    return f"lengths {len(a)} vs {len(b)}"


def test_pdf_tokens_equal_text_tokens_per_section() -> None:
    text, pdf = sections(sample_text()), sections(sample_pdf())
    assert list(pdf) == list(text) == list(SECTION_STARTS)
    # the one expected difference: the vertical team names (a syllable per line in the
    # text export, words in the PDF) - same characters, in the same order
    text_teams, text["Ⅰ."] = cut(text["Ⅰ."], "갈등조정담당관", "인력현황")
    pdf_teams, pdf["Ⅰ."] = cut(pdf["Ⅰ."], "갈등조정담당관", "인력현황")
    assert pdf_teams == TEAMS
    assert "".join(text_teams) == "".join(pdf_teams)
    assert len(text_teams) == sum(len(t) for t in TEAMS)
    for key in SECTION_STARTS:
        assert pdf[key] == text[key], f"{key}: {first_difference(text[key], pdf[key])}"


# --- stages on hand-made input -------------------------------------------------------


def glyphs(text: str, x: float = 10.0, bottom: float = 100.0, size: float = 10.0,
           advance: float | None = None) -> list[Glyph]:
    """Glyphs of one line; spaces are space glyphs a third of the size wide."""
    out, pos = [], x
    for ch in text:
        w = size / 3 if ch == " " else (advance or size)
        out.append(Glyph(ch, pos, pos + w, bottom - size, bottom, size))
        pos += w
    return out


def _char(text: str, x0: float, width: float, size: float = 14.0) -> dict[str, object]:
    """A character dict as pdfplumber gives it, on a baseline at 100."""
    return {"text": text, "x0": x0, "x1": x0 + width, "top": 100.0 - size, "bottom": 100.0,
            "size": size, "upright": True, "fontname": "AAAAAA+NanumSquareR"}  # fmt: skip


def _drawn_line(text: str, size: float = 14.0) -> list[Glyph]:
    """``text`` drawn as Chromium draws it: a syllable a size wide, every other character
    (a space, a control character) a quarter of it."""
    out, x = [], 60.0
    for ch in text:
        w = size if ch.isalnum() else size / 4
        out.append(to_glyph(_char(ch, x, w, size)))
        x += w
    return out


def test_a_space_drawn_as_a_control_character_parts_the_words() -> None:
    """NanumSquare's space reads U+0001 in a PDF printed by Chromium: its words were
    run together ("혁신인재양성을위한")."""
    [line] = chars_to_lines(_drawn_line("1\x01혁신\x01인재양성을\x01위한"))
    assert normalize_text(line.text) == "1 혁신 인재양성을 위한"


def test_a_glyph_with_no_unicode_before_a_line_is_a_bullet() -> None:
    """A font's .notdef box where it lacks a symbol (NanumMyeongjo Bold's ■) reads
    "(cid:0)": before a line's words it is a bullet, not a word "(cid:0)"; another
    undecoded glyph (a letter of a font with no Unicode map) stays as read (a page of
    them needs OCR: test_bad_pdfs_fail_cleanly's cid-only.pdf)."""
    drawn = [to_glyph(_char("(cid:0)", 57.0, 12.0)), *_drawn_line(" 사업개요")]
    [line] = chars_to_lines(undecoded_as_lost(drawn))
    assert normalize_text(line.text) == "• 사업개요"
    letter = [to_glyph(_char("(cid:812)", 57.0, 12.0)), *_drawn_line(" 사업개요")]
    assert undecoded_as_lost(letter) == letter


def test_chars_to_lines_keeps_real_spaces_and_adds_gap_spaces() -> None:
    line = glyphs("삶 의  방 식 을")
    # a second run of glyphs far to the right on the same baseline: a gap, so a space
    unit = glyphs("(단위: 천원)", x=400.0, bottom=100.4)
    lower = glyphs("다음 줄", bottom=118.0)
    lines = chars_to_lines(lower + unit + line)
    assert [ln.text for ln in lines] == ["삶 의  방 식 을 (단위: 천원)", "다음 줄"]


def test_a_line_indented_with_spaces_starts_at_its_text() -> None:
    """Hancom draws some lines' indents as spaces from the margin (환경물정책실 p38: "   ➡
    용역 시행"): the line starts where its first mark is, not at the margin."""
    (line,) = chars_to_lines(glyphs("   ➡ 용역 시행  ", x=51.0))
    assert line.text == "➡ 용역 시행" and line.x0 == pytest.approx(51.0 + 3 * 10.0 / 3)
    assert line.x1 == pytest.approx(51.0 + 5 * 10.0 / 3 + 5 * 10.0)  # (and ends at it)


def test_chars_to_lines_measures_gaps_from_the_lines_tracking() -> None:
    # Hancom's Type 3 fonts: letters overlap by 0.08 size, word gaps are 0.29 size
    row, x = [], 10.0
    for word in ("23종", "20억", "어절", "공개"):
        for ch in word:
            row.append(Glyph(ch, x, x + 10.0, 90.0, 100.0, 10.0))
            x += 9.2
        x += 0.8 + 2.9
    assert [ln.text for ln in chars_to_lines(row)] == ["23종 20억 어절 공개"]
    # tight letters with no gap stay one word
    assert [ln.text for ln in chars_to_lines(glyphs("사회혁신"))] == ["사회혁신"]


def test_find_vertical_words() -> None:
    column = [Glyph(ch, 50.0, 60.0, 100.0 + 12.5 * i, 110.0 + 12.5 * i, 10.0)
              for i, ch in enumerate("혁신기획팀")]
    other = [Glyph(ch, 90.0, 100.0, 100.0 + 12.5 * i, 110.0 + 12.5 * i, 10.0)
             for i, ch in enumerate("공유도시팀")]
    line = glyphs("핵심 과제", x=200.0, bottom=110.0)  # horizontal: neighbours are close
    words, rest = find_vertical_words(column + other + line)
    assert [w.text for w in words] == ["혁신기획팀", "공유도시팀"]
    assert [ln.text for ln in chars_to_lines(rest)] == ["핵심 과제"]
    # ordinary lines of text one under the other are not vertical words
    para = glyphs("첫 줄", bottom=100.0) + glyphs("둘 줄", bottom=116.0)
    assert find_vertical_words(para)[0] == []


def test_syllables_broken_off_a_cells_lines_are_no_vertical_word() -> None:
    """A narrow cell's centred lines, each long word broken before its last syllable
    ("글로벌사회혁" / "신" / "오픈캠퍼스운" / "영", Chromium in a narrower column): the two
    syllables line up, but a line stands between them, so they are no word spread down
    the cell; a cell holding only its syllables is ("공" / "항")."""
    cell = (60.0, 90.0, 120.0, 180.0)

    def centred(text: str, bottom: float) -> list[Glyph]:
        return glyphs(text, x=90.0 - 5.0 * len(text), bottom=bottom)

    lines = centred("글로벌사회혁", 100.0) + centred("신", 112.0) + centred(
        "오픈캠퍼스운", 124.0) + centred("영", 136.0)  # fmt: skip
    words, _ = find_vertical_words(lines, [cell])
    assert words == []
    spread = centred("공", 100.0) + centred("항", 130.0)
    assert [w.text for w in find_vertical_words(spread, [cell])[0]] == ["공항"]
    # smaller type in the next column on 항's baseline stands in no row between (review D6)
    beside = glyphs("세부 내역", x=210.0, bottom=129.0, size=9.0)
    found = find_vertical_words(spread + beside, [cell, (200.0, 90.0, 400.0, 180.0)])[0]
    assert [w.text for w in found] == ["공항"]


def test_a_raised_note_mark_does_not_split_its_line() -> None:
    """A line "국비 119, 민자* 726 * LG CNS ..." (a 교통혁신국 plan, page 25): a small "*"
    raised above the line sorts first, but the line's baseline is its text's."""
    mark = Glyph("*", 100.0, 104.0, 668.5, 676.77, 8.28)
    text = [Glyph(c, 110 + 13 * i, 123 + 13 * i, 669.6, 682.57, 12.96) for i, c in enumerate("국")]
    note = [Glyph(c, 200 + 11 * i, 211 + 11 * i, 671.9, 682.97, 11.04) for i, c in enumerate("*등")]
    lines = chars_to_lines([mark, *text, *note])
    assert len(lines) == 1, [ln.text for ln in lines]


def test_a_justified_box_is_lines_and_a_narrow_box_a_word() -> None:
    """In a ruled box set justified, "관   광   정   책" over "관   광   자   원" is two
    lines, though each syllable stands alone and the columns line up; in a narrow box a
    name spread down its height ("공 / 항 / 기 / 획 / 팀", gaps over a syllable) is one word."""
    box = (40.0, 90.0, 200.0, 140.0)
    justified = [
        Glyph(ch, 50.0 + 40.0 * i, 60.0 + 40.0 * i, top, top + 10.0, 10.0)
        for top, text in ((100.0, "관광정책"), (112.0, "관광자원"))
        for i, ch in enumerate(text)
    ]
    words, rest = find_vertical_words(justified, [box])
    assert words == []
    assert [ln.text for ln in chars_to_lines(rest)] == ["관 광 정 책", "관 광 자 원"]
    narrow = (300.0, 90.0, 330.0, 250.0)
    spread = [
        Glyph(ch, 310.0, 320.0, 100.0 + 30.0 * i, 110.0 + 30.0 * i, 10.0)
        for i, ch in enumerate("공항기획팀")
    ]
    assert [w.text for w in find_vertical_words(spread, [narrow])[0]] == ["공항기획팀"]
    # without the box, syllables that far apart are not one word
    assert find_vertical_words(spread)[0] == []


def test_lines_set_justified_outside_a_box_are_lines_not_words() -> None:
    """A goal's title set justified over a picture ("대   중   교   통" over "친   화   도
    시", a 교통혁신국 plan p12): four stacks of two syllables side by side are two lines;
    two stacks alone (정/원 and 현/원 in a chart) stay vertical words."""
    justified = [
        Glyph(ch, 80.0 + 30.0 * i, 90.0 + 30.0 * i, top, top + 10.0, 10.0)
        for top, text in ((100.0, "대중교통"), (112.0, "친화도시"))
        for i, ch in enumerate(text)
    ]
    words, rest = find_vertical_words(justified)
    assert words == []
    assert [ln.text for ln in chars_to_lines(rest)] == ["대 중 교 통", "친 화 도 시"]
    pairs = [
        Glyph(ch, x, x + 10.0, top, top + 10.0, 10.0)
        for x, text in ((300.0, "정원"), (340.0, "현원"))
        for top, ch in zip((100.0, 112.0), text, strict=True)
    ]
    assert [w.text for w in find_vertical_words(pairs)[0]] == ["정원", "현원"]
    # three team names written downwards in an org chart's boxes stand further apart
    teams = [
        Glyph(ch, x, x + 10.0, 100.0 + 12.0 * i, 110.0 + 12.0 * i, 10.0)
        for x, text in ((300.0, "기획팀"), (350.0, "예산팀"), (400.0, "조직팀"))
        for i, ch in enumerate(text)
    ]
    assert sorted(w.text for w in find_vertical_words(teams)[0]) == ["기획팀", "예산팀", "조직팀"]


def box_edges(x0: float, top: float, x1: float, bottom: float) -> list[dict[str, object]]:
    return [
        {"orientation": "h", "x0": x0, "x1": x1, "top": top, "bottom": top},
        {"orientation": "h", "x0": x0, "x1": x1, "top": bottom, "bottom": bottom},
        {"orientation": "v", "x0": x0, "x1": x0, "top": top, "bottom": bottom},
        {"orientation": "v", "x0": x1, "x1": x1, "top": top, "bottom": bottom},
    ]


def test_find_ruled_tables_merged_cells_and_lone_boxes() -> None:
    # 2x3 grid whose first column is one merged cell, and a box 2 pt right of a rule
    # of that grid but not touching it: pdfplumber's page-wide snapping would break it
    grid = [
        *box_edges(0, 0, 90, 40),
        {"orientation": "v", "x0": 30.0, "x1": 30.0, "top": 0.0, "bottom": 40.0},
        {"orientation": "v", "x0": 60.0, "x1": 60.0, "top": 0.0, "bottom": 40.0},
        {"orientation": "h", "x0": 30.0, "x1": 90.0, "top": 20.0, "bottom": 20.0},
    ]
    lone = box_edges(62, 100, 82, 200)
    tables = find_ruled_tables(grid + lone)
    assert [sorted(t.cells) for t in tables] == [
        [(0, 0, 30, 40), (30, 0, 60, 20), (30, 20, 60, 40), (60, 0, 90, 20), (60, 20, 90, 40)],
        [(62, 100, 82, 200)],
    ]


def _h(y: float, x0: float, x1: float) -> dict[str, object]:
    return {"orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y}


def _v(x: float, top: float, bottom: float) -> dict[str, object]:
    return {"orientation": "v", "x0": x, "x1": x, "top": top, "bottom": bottom}


@pytest.mark.parametrize("side", ["right", "left"])
def test_an_open_sided_tables_cell_that_spans_to_its_open_side_is_a_cell(side: str) -> None:
    """Hancom's open sides: no rule at the table's left and right.  A row of 사업명 |
    예산현액 | 1분기..4분기 whose first two cells span two lines, the quarters' amounts
    over one note across all four quarters: the note's row has no column rule inside it,
    only the one that closes its other end; the note is still a cell.  Columns at
    0|40|80|120|160|200|240 (open sides at 0 and 240); mirrored for the left side."""
    edges = [_h(y, 0, 240) for y in (0, 20, 60)] + [_h(40, 80, 240)]
    edges += [_v(x, 0, 60) for x in (40, 80)] + [_v(x, 0, 40) for x in (120, 160, 200)]
    if side == "left":
        edges = [{**e, "x0": 240 - e["x1"], "x1": 240 - e["x0"]} for e in edges]  # type: ignore[operator]
    [table] = find_ruled_tables(edges)
    note = (80, 40, 240, 60) if side == "right" else (0, 40, 160, 60)
    assert note in table.cells
    assert len(table.cells) == 6 + 2 + 4 + 1


def test_an_open_sided_tables_last_row_of_one_cell_is_a_cell() -> None:
    """A comparison with a note across its foot ("※ 기존 방식은 유지"), open-sided: the
    note's row has no column rule at all; column rules come down to its top, nothing
    goes on from its bottom, so it is the table's last row."""
    edges = [_h(y, 0, 240) for y in (0, 20, 40, 60)] + [_v(120, 0, 40)]
    [table] = find_ruled_tables(edges)
    assert (0, 40, 240, 60) in table.cells and len(table.cells) == 5


@pytest.mark.parametrize("first_row", ["columns", "one cell"])
def test_the_gap_between_two_open_sided_tables_is_no_row(first_row: str) -> None:
    """A caption between two tables of the same width ("조직현황 …" between a heading's
    box and an org chart): the gap is no row of either, whether the lower table's first
    row has columns (rules going down from its top) or is one cell across it (its next
    rule close under its top)."""
    upper = [_h(y, 0, 240) for y in (0, 20)] + [_v(120, 0, 20)]
    lower = [_h(y, 0, 240) for y in (60, 80, 100)]
    lower += [_v(120, 60, 100)] if first_row == "columns" else [_v(120, 80, 100)]
    tables = find_ruled_tables(upper + lower)
    assert not any(c[1] == 20 and c[3] == 60 for t in tables for c in t.cells)


@pytest.mark.parametrize("below", ["a lone rule far under", "a closed box"])
def test_body_under_an_open_sided_table_is_no_last_row(below: str) -> None:
    """Body text between an open-sided table and a rule of its width far under it (a
    footer's rule), or a closed box under it (Hancom's card: a title box over a summary
    box, 10 pt apart): no row of the table."""
    table = [_h(y, 0, 240) for y in (0, 20, 40)] + [_v(120, 0, 40)]
    if below == "a lone rule far under":
        more = [_h(300, 0, 240)]
    else:
        more = [_h(50, 0, 240), _h(90, 0, 240), _v(0, 50, 90), _v(240, 50, 90)]
    tables = find_ruled_tables(table + more)
    assert not any(c[1] == 40 for t in tables for c in t.cells)


def test_a_closed_box_over_another_is_no_open_table() -> None:
    """A closed title box over a closed summary box, 10 pt apart (the Hancom fixture's
    cards): two tables, not one joined by an empty row."""
    edges = [_h(0, 0, 240), _h(30, 0, 240), _v(0, 0, 30), _v(240, 0, 30), _v(40, 0, 30)]
    edges += [_h(40, 0, 240), _h(90, 0, 240), _v(0, 40, 90), _v(240, 40, 90)]
    assert len(find_ruled_tables(edges)) == 2


def test_two_rules_with_nothing_between_are_no_cell() -> None:
    """Two row rules of the same extent with no column rule between or beside them (a
    title's over- and underline) are no table."""
    assert find_ruled_tables([_h(0, 0, 160), _h(20, 0, 160)]) == []


def column_boxes(
    xs: Sequence[tuple[float, float]], top: float, bottom: float, rows: int = 1,
    skip: Sequence[int] = (),
) -> list[dict[str, object]]:
    """A band of boxes side by side (gutters between), each split into ``rows`` rows by
    the edges of shading stripes, except the boxes in ``skip`` (one cell over the band)."""
    out = []
    step = (bottom - top) / rows
    for k, (x0, x1) in enumerate(xs):
        out += box_edges(x0, top, x1, bottom)
        if k not in skip:
            out += [{"orientation": "h", "x0": x0, "x1": x1, "top": top + step * r,
                     "bottom": top + step * r} for r in range(1, rows)]  # fmt: skip
    return out


#: a 교통혁신국 plan's page 13: 분야 | 추진과제 | As-Is | To-Be | 시행일, a box per column
COLUMNS = [(64.0, 96.0), (109.0, 251.0), (265.0, 355.0), (383.0, 476.0), (489.0, 531.0)]


def test_boxes_drawn_as_the_columns_of_a_table_are_one_table() -> None:
    """A header band of single boxes over bands of boxes split into rows (zebra
    stripes), with gutters between the boxes (an arrow in one), is one table; the
    gutters are no rows or columns; the first column's box spans its band's rows."""
    edges = column_boxes(COLUMNS, 108.0, 132.0)
    edges += column_boxes(COLUMNS, 142.0, 394.0, rows=9, skip=[0])
    edges += column_boxes(COLUMNS, 407.0, 559.0, rows=6, skip=[0])
    [table] = find_ruled_tables(edges)
    assert table.head_bottom == 132.0
    n_rows, n_cols, cells = grid_of(table)
    assert (n_rows, n_cols) == (16, 5)
    assert (1, 0, 9, 1) in cells and (10, 0, 6, 1) in cells  # 복지, 안전
    assert (15, 4, 1, 1) in cells and (0, 4, 1, 1) in cells
    grids: list[PageGrid] = []
    tagged_region_lines(build_regions([], [], [table]), grids)
    assert grids[0].header_rows == 1


def test_one_band_of_boxes_with_the_same_rows_is_one_table() -> None:
    """A box per year side by side, each its year over its tasks over its budget (2023 |
    2024 | 2025~2027, a 국립국어원 plan's p27): one table, a column a box; a band whose
    box is split into columns too (a table of its own) stays apart."""
    xs = [(58.0, 170.0), (183.0, 290.0), (303.0, 531.0)]
    edges = column_boxes(xs, 300.0, 345.0, rows=3)
    [table] = find_ruled_tables(edges)
    assert grid_of(table)[:2] == (3, 3)
    edges += box_edges(58.0, 400.0, 170.0, 445.0) + box_edges(183.0, 400.0, 290.0, 445.0)
    edges += [{"orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y}
              for x0, x1 in ((58.0, 170.0), (183.0, 290.0)) for y in (415.0, 430.0)]  # fmt: skip
    edges += [{"orientation": "v", "x0": 230.0, "x1": 230.0, "top": 400.0, "bottom": 445.0}]
    assert len(find_ruled_tables(edges)) == 3


@pytest.mark.parametrize(
    ("why", "bands", "n_tables"),
    [
        # an organisation chart: one band of boxes, each the unit's name over its teams
        ("one band", [(COLUMNS[:4], 200.0, 300.0, 2)], 4),
        # two bands of boxes with two rows each: still a chart of units, not a table
        ("two rows a box", [(COLUMNS[:4], 200.0, 300.0, 2), (COLUMNS[:4], 310.0, 410.0, 2)], 8),
        # a flow chart: single boxes in a row, and another row of them under it
        ("no box has rows", [(COLUMNS, 100.0, 130.0, 1), (COLUMNS, 140.0, 170.0, 1)], 10),
        # bands whose columns differ: not one table (the band with rows is one of its own)
        ("other columns", [(COLUMNS, 100.0, 130.0, 1), (COLUMNS[1:], 140.0, 300.0, 4)], 6),
        # bands too far apart: likewise
        ("far apart", [(COLUMNS, 100.0, 130.0, 1), (COLUMNS, 200.0, 400.0, 4)], 6),
        # two rows of units, each box the unit over three teams: no header, no labels
        ("rows of units", [(COLUMNS[:4], 200.0, 290.0, 3), (COLUMNS[:4], 300.0, 390.0, 3)], 8),
    ],
)
def test_boxes_that_are_no_table_stay_boxes(
    why: str, bands: list[tuple[list[tuple[float, float]], float, float, int]], n_tables: int
) -> None:
    edges = [e for xs, top, bottom, rows in bands for e in column_boxes(xs, top, bottom, rows)]
    tables = find_ruled_tables(edges)
    assert len(tables) == n_tables, why
    assert all(t.head_bottom is None for t in tables)


def test_two_tables_of_boxes_side_by_side_each_one_table() -> None:
    """Their bands interleave by height, and tops that differ by a hair still line up."""
    left = [(40.0, 80.0), (90.0, 130.0), (140.0, 180.0)]
    right = [(300.0, 340.0), (350.0, 390.0), (400.0, 440.0)]
    edges = column_boxes(left, 100.0, 120.0) + column_boxes(right, 100.4, 120.0)
    edges += column_boxes(left, 130.0, 190.0, rows=3) + column_boxes(right, 130.0, 190.0, rows=3)
    edges[8:12] = box_edges(140.0, 99.49, 180.0, 120.0)  # the left header's last box
    tables = find_ruled_tables(edges)
    assert [grid_of(t)[:2] for t in tables] == [(4, 3), (4, 3)]


def test_a_gap_no_cell_spans_is_no_column() -> None:
    table = RuledTable([(0, 0, 30, 20), (40, 0, 90, 10), (40, 10, 90, 20), (95, 0, 120, 20)])
    assert grid_of(table) == (2, 3, [(0, 0, 2, 1), (0, 1, 1, 1), (1, 1, 1, 1), (0, 2, 2, 1)])


def run_of(text: str, x: float, step: float, top: float, size: float) -> list[Glyph]:
    """Glyphs set ``step`` apart from ``x``, each ``step`` wide."""
    return [Glyph(c, x + step * i, x + step * (i + 1), top, top + size, size)
            for i, c in enumerate(text)]  # fmt: skip


def test_a_number_set_small_against_another_is_a_word_of_its_own() -> None:
    """"1단계(’21~’25 200칸)" (교통혁신국 p15): the years are set at 7.7 pt, raised, right
    against the 13 pt count, on its line (the ✓ before it, 0.8 pt higher, binds them into
    one row); two numbers never run into one ("’25200칸"), digits of one size do."""
    check = Glyph("✓", 81.7, 94.4, 237.7, 250.7, 13.0)
    stage = [Glyph(c, 99.4 + 6.3 * i, 105.7 + 6.3 * i, 238.5, 251.5, 13.0)
             for i, c in enumerate("1단계(")]  # fmt: skip
    years = [Glyph(c, 124.5 + 3.2 * i, 127.7 + 3.2 * i, 237.5, 245.1, 7.7)
             for i, c in enumerate("‘21~’25")]  # fmt: skip
    count = [Glyph(c, 146.9 + 5.5 * i, 152.4 + 5.5 * i, 238.5, 251.5, 13.0)
             for i, c in enumerate("200칸)")]  # fmt: skip
    got = chars_to_lines([check, *stage, *years, *count])
    assert [ln.text for ln in got] == ["✓ 1단계(‘21~’25 200칸)"]
    assert [ln.text for ln in chars_to_lines(glyphs("2025", advance=5.0))] == ["2025"]


def test_a_superscript_tag_follows_the_text_it_is_set_over() -> None:
    """"➌ 긴급차량 우선 신호체계" with 확대 set small and raised after its end (a 교통혁신국
    plan, page 13) reads "... 신호체계 확대"; a raised "(가칭)" inside a line stays where
    it is set, with no space added ("’(가칭)부산여성플라자’")."""
    title = [Glyph(c, 129 + 9.1 * i, 138.0 + 9.1 * i, 466.6, 478.6, 12.0)
             for i, c in enumerate("신호체계")]  # fmt: skip
    tag = [Glyph(c, 166.0 + 7 * i, 173.0 + 7 * i, 461.9, 471.5, 9.6) for i, c in enumerate("확대")]
    assert [ln.text for ln in chars_to_lines([*tag, *title])] == ["신호체계 확대"]
    quote = Glyph("’", 100.0, 104.0, 200.0, 212.0, 12.0)
    note = [Glyph(c, 104.0 + 6 * i, 110.0 + 6 * i, 196.0, 205.0, 8.0)
            for i, c in enumerate("(가칭)")]  # fmt: skip
    name = [Glyph(c, 128.0 + 12 * i, 140.0 + 12 * i, 200.0, 212.0, 12.0)
            for i, c in enumerate("부산")]  # fmt: skip
    assert [ln.text for ln in chars_to_lines([quote, *note, *name])] == ["’(가칭)부산"]
    # words set over a line's middle are a word of their own ("3월~11월 매주 수, 비대면",
    # the run set overlapping the 월 before it)
    month = [Glyph(c, 442.6 + 5.6 * i, 448.9 + 5.6 * i, 648.4, 661.4, 13.0)
             for i, c in enumerate("11월")]  # fmt: skip
    every = [Glyph(c, 464.9 + 7.2 * i, 472.9 + 7.2 * i, 646.0, 654.3, 8.3)
             for i, c in enumerate("매주")]  # fmt: skip
    comma = Glyph(",", 480.2, 483.3, 648.4, 661.4, 13.0)
    assert [ln.text for ln in chars_to_lines([*every, *month, comma])] == ["11월 매주,"]
    # two raised on one baseline are two runs, each after its own word; one set before
    # a word, far from the text before it, goes with the word after it
    line = [*run_of("시설", 100.0, 15.0, 124.1, 15.0), *run_of("개선", 300.0, 15.0, 124.1, 15.0)]
    raised = run_of("(생활관)", 130.0, 9.6, 122.2, 9.6) + run_of("(보수)", 330.0, 9.6, 122.2, 9.6)
    assert [ln.text for ln in chars_to_lines([*raised, *line])] == ["시설(생활관) 개선(보수)"]
    date, word = run_of("11.", 100.0, 7.0, 398.4, 15.0), run_of("부산", 178.2, 15.0, 397.5, 15.0)
    pre = run_of("(가칭)", 158.2, 5.0, 396.1, 9.6)
    assert [ln.text for ln in chars_to_lines([*pre, *date, *word])] == ["11. (가칭)부산"]
    # decimals set small and raised at the end of a cell (환경물정책실 p7: 349.⁰¹)
    number = run_of("349.", 100.0, 7.0, 200.0, 12.0) + run_of("01", 128.0, 5.0, 197.0, 8.0)
    assert [ln.text for ln in chars_to_lines(number)] == ["349.01"]
    # a letter-spaced tag is one run ("➍ 태 그 리 스 신 규", 교통혁신국 p13)
    tag = [Glyph("신", 222.0, 230.4, 650.04, 659.64, 9.6),
           Glyph("규", 240.7, 249.1, 650.04, 659.64, 9.6)]
    spaced = [*run_of("태그리스", 135.36, 20.76, 654.72, 12.0), *tag]
    assert [ln.text for ln in chars_to_lines(spaced)] == ["태그리스 신 규"]
    # after letter-spaced letters a double space parts the tag (despace reads it as a word:
    # "희 망 키 움 사 업  확 대" -> "희망키움사업 확대", not "희망키움사업확대")
    letters = [*run_of("사", 100.0, 12.0, 300.0, 12.0), *run_of("업", 121.0, 12.0, 300.0, 12.0)]
    tag = run_of("확대", 135.0, 9.6, 295.3, 9.6)
    assert [ln.text for ln in chars_to_lines([*tag, *letters])] == ["사 업  확대"]
    # raised after a smaller aside the line ends in ("➐ 광역 환승(김해·양산)" 확대, p13)
    line = run_of("환승", 158.9, 10.6, 326.3, 12.0) + run_of("(김해)", 180.4, 9.0, 327.9, 10.0)
    tag = run_of("확대", 217.0, 8.6, 321.6, 9.6)
    assert [ln.text for ln in chars_to_lines([*tag, *line])] == ["환승(김해) 확대"]
    # a line of a small cell is no superscript of the small text beside a big label on the
    # row below it ("310대" over "누계" beside "도입", 교통혁신국 p9)
    cells = run_of("도입", 100.0, 17.0, 578.7, 17.0) + run_of("누계", 273.0, 9.0, 584.7, 11.0)
    cells += run_of("310대", 282.6, 6.0, 571.5, 11.0)
    assert [ln.text for ln in chars_to_lines(cells)] == ["310대", "도입 누계"]
    # a small line of its own under another is no superscript
    under = [Glyph(c, 129 + 7 * i, 136.0 + 7 * i, 480.0, 489.6, 9.6) for i, c in enumerate("주석")]
    assert len(chars_to_lines([*title, *under])) == 2


def test_a_table_beside_its_cells_border_keeps_its_last_column() -> None:
    """A small table drawn inside a cell, its right border 2.8 pt left of the cell's: the
    two borders merge between them, and the table's row rules still reach the merged one."""
    inner = [
        *box_edges(160, 190, 445.5, 260),
        {"orientation": "v", "x0": 403.7, "x1": 403.7, "top": 190.0, "bottom": 260.0},
        {"orientation": "h", "x0": 160.0, "x1": 445.5, "top": 225.0, "bottom": 225.0},
    ]
    cell = box_edges(106.5, 100, 448.2, 750)
    tables = find_ruled_tables(inner + cell)
    inside = [t for t in tables if len(t.cells) > 1]
    assert len(inside) == 1 and len(inside[0].cells) == 4


def test_a_table_beside_a_border_drawn_in_pieces_keeps_its_last_column() -> None:
    """The cell's border drawn twice (Hancom) and in pieces pulls the merged rule 1.8 pt
    off the nested table's side, past :data:`JOIN_TOLERANCE` of its row rules; they are
    stretched to it (사회복지국 p47: the table of years lost its ’26년 이후 column)."""
    inner = [
        *box_edges(136.7, 185.1, 419.8, 261.9),
        *[{"orientation": "v", "x0": x, "x1": x, "top": 185.1, "bottom": 261.9}
          for x in (171.4, 378.0, 420.16)],
        {"orientation": "h", "x0": 136.7, "x1": 420.0, "top": 223.4, "bottom": 223.4},
    ]  # fmt: skip
    border = [
        {"orientation": "v", "x0": x, "x1": x, "top": top, "bottom": top + 100.0}
        for x in (422.5, 422.86) for top in (111.5, 211.5)
    ]
    cell = [*box_edges(80.8, 111.5, 422.5, 311.5)[:3], *border]
    inside = [t for t in find_ruled_tables(inner + cell) if t.bbox[0] > 100]
    assert len(inside) == 1
    assert grid_of(inside[0])[:2] == (2, 3)
    # the stage alone: the row rules that met the side drawn at 419.8 end on the merged rule
    merged = merge_rules(inner + cell)
    side = [r for r in merged if r["orientation"] == "v" and 419 < r["x0"] < 423]
    assert len(side) == 1 and side[0]["x0"] - 419.8 > JOIN_TOLERANCE
    reached = reach_moved_rules(inner + cell, merged)
    rows = [r for r in reached if r["orientation"] == "h" and r["x0"] == 136.7]
    assert rows and all(r["x1"] == side[0]["x0"] for r in rows)
    # a rule that ended elsewhere is left as it was
    assert [r for r in reached if r["x0"] == 80.8 and r["orientation"] == "h"] == [
        r for r in merged if r["x0"] == 80.8 and r["orientation"] == "h"
    ]


def test_a_header_band_over_its_body_parted_by_a_double_rule_is_one_table() -> None:
    """The header boxes and the body boxes stand 3.8 pt apart on the same column lines
    (청년산학국 p17): one table, the band its header; a box further down is another."""
    cols = [66.1, 222.1, 383.8, 542.6]

    def band(top: float, bottom: float) -> list[dict[str, object]]:
        return [
            {"orientation": "h", "x0": cols[0], "x1": cols[-1], "top": top, "bottom": top},
            {"orientation": "h", "x0": cols[0], "x1": cols[-1], "top": bottom, "bottom": bottom},
            *[{"orientation": "v", "x0": x, "x1": x, "top": top, "bottom": bottom} for x in cols],
        ]

    tables = find_ruled_tables(band(249.3, 270.5) + band(274.4, 326.2) + band(360.0, 380.0))
    assert [grid_of(t)[:2] for t in tables] == [(2, 3), (1, 3)]
    assert tables[0].head_bottom == 270.5
    # other column lines, or room for a line of text between them: two tables
    shifted = [{**e, "x0": e["x0"] + 40, "x1": e["x1"] + 40} for e in band(274.4, 326.2)]
    assert len(find_ruled_tables(band(249.3, 270.5) + shifted)) == 2
    assert len(find_ruled_tables(band(249.3, 270.5) + band(290.0, 326.2))) == 2
    # a table of two rows is no header band: two tables 5 pt apart stay two
    rows = [{"orientation": "h", "x0": cols[0], "x1": cols[-1], "top": 260.0, "bottom": 260.0}]
    assert len(find_ruled_tables(band(249.3, 270.5) + rows + band(274.4, 326.2))) == 2


@pytest.mark.parametrize("font", DINGBAT_FONTS)
def test_a_dingbat_fonts_letters_are_its_pictures(font: str) -> None:
    """"m" in Wingdings is ❍: a glyph of a picture font read by its one-byte code is put
    where the other exports put it (U+F000 + code), so the bullet is a bullet."""
    glyph = to_glyph({"text": "m", "x0": 0, "x1": 5, "top": 0, "bottom": 10,
                      "fontname": f"ABCDEF+{font.title()}-Regular"})  # fmt: skip
    assert glyph.text == "\uf06d" and normalize_text(glyph.text) == "❍"
    plain = to_glyph({"text": "m", "x0": 0, "x1": 5, "top": 0, "bottom": 10,
                      "fontname": "ABCDEF+HYGothic-Medium"})  # fmt: skip
    assert plain.text == "m"


def _drawn(text: str, x: float, baseline: float, drop: float, size: float = 15.0,
           turn: float = 0.0) -> dict[str, object]:
    """A character dict as pdfminer gives it: drawn on ``baseline`` (PDF space, up from the
    page's foot of 842 pt), its box's bottom ``drop`` over it (-descent, or a broken
    font's whole size)."""
    y0 = baseline + drop
    return {"text": text, "x0": x, "x1": x + size, "top": 842 - (y0 + size),
            "bottom": 842 - y0, "size": size, "y0": y0,
            "matrix": (size, turn, -turn, size, x, baseline)}  # fmt: skip


@pytest.mark.parametrize(
    ("drop", "moved"),
    [
        (-3.0, False),  # a font's descent: the box is where the glyph is
        (0.0, False),
        (4.5, False),  # a superscript's rise
        (15.0, True),  # cairo's Type 3 Latin letters: the box a whole size above the line
        (-14.0, True),  # a box a size below its baseline: no descent is that deep
    ],
)
def test_a_glyph_box_astray_from_its_baseline_is_put_on_it(drop: float, moved: bool) -> None:
    """A PDF printed again by cairo draws "(L=9.3km, B=4" in a Type 3 font whose boxes
    stand a whole size above the baseline their "차로)" sits on: the box is put on the
    baseline the glyph is drawn on, so the line stays one line."""
    glyph = to_glyph(_drawn("L", 10.0, 600.0, drop))
    if not moved:
        assert glyph.bottom == 842 - (600.0 + drop)
        return
    assert glyph.bottom == pytest.approx(842 - 600.0 + 0.2 * 15)
    assert glyph.bottom - glyph.top == pytest.approx(15.0)


def test_letters_of_a_font_with_astray_boxes_stay_on_their_line() -> None:
    hangul = [_drawn(ch, 10.0 + 15 * i, 600.0, -3.0) for i, ch in enumerate("도로 신설")]
    latin = [_drawn(ch, 90.0 + 8 * i, 600.0, 15.0) for i, ch in enumerate("(L=9.3km)")]
    lines = chars_to_lines([to_glyph(c) for c in hangul + latin])
    assert [ln.text for ln in lines] == ["도로 신설 (L=9.3km)"]


def test_turned_text_keeps_its_box() -> None:
    glyph = to_glyph(_drawn("L", 10.0, 600.0, 15.0, turn=15.0))
    assert glyph.bottom == 842 - 615.0


def test_a_vertical_fonts_glyph_keeps_its_box() -> None:
    """Review 12 D3: a font written top to bottom (Identity-V) sets each glyph's box half
    a size left of the point it is drawn at and most of a size over it, by design."""
    char = {**_drawn("가", 10.0, 600.0, 0.88 * 15), "x0": 10.0 - 7.5, "x1": 10.0 + 7.5}
    assert to_glyph(char).bottom == char["bottom"]


def _rect(x0: float, top: float, x1: float, bottom: float) -> dict[str, object]:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "height": bottom - top}


def test_a_gradient_drawn_as_strips_is_no_rule() -> None:
    """A heading's box filled with a gradient of 0.1 pt strips (clipped to the box in the
    PDF, not in its objects) reaches up into the table above: it must not join them."""
    table = [
        _rect(57.6, 387.0, 547.6, 387.36), _rect(57.6, 409.0, 547.6, 409.36),
        _rect(57.6, 452.0, 547.6, 452.36),
        *(_rect(x, 387.0, x + 0.36, 452.36) for x in (57.6, 144.0, 547.3)),
    ]  # fmt: skip
    strips = [_rect(57.9 + 0.1 * i, 443.5, 58.0 + 0.1 * i, 504.6) for i in range(258)]
    kept = drop_shading(table + strips)
    assert kept == table
    edges = [e for r in kept for e in rect_edges(r)]
    (found,) = find_ruled_tables(edges)
    assert len(found.cells) == 4
    # a rule drawn as one thin rectangle, and a dotted line, stay
    rule = _rect(57.6, 500.0, 57.96, 600.0)
    dots = [_rect(100.0 + 2 * i, 600.0, 100.5 + 2 * i, 600.5) for i in range(50)]
    assert drop_shading([rule, *dots]) == [rule, *dots]
    # a gradient of 4 pt strips (기획조정실 p15) is shading too; two narrow boxes side by
    # side are not
    wide = [_rect(52.0 + 4.2 * i, 410.0, 56.2 + 4.2 * i, 465.0) for i in range(50)]
    assert drop_shading(table + wide) == table
    pair = [_rect(52.0, 410.0, 56.0, 465.0), _rect(56.0, 410.0, 60.0, 465.0)]
    assert drop_shading(pair) == pair


def test_merge_rules_joins_hancom_hairline_borders() -> None:
    # Hancom draws a rule as a 0.36 pt filled rectangle: two edges, one line
    edges = [
        {"orientation": "h", "x0": 0.0, "x1": 50.0, "top": 10.0, "bottom": 10.0},
        {"orientation": "h", "x0": 0.0, "x1": 50.0, "top": 10.36, "bottom": 10.36},
        {"orientation": "h", "x0": 50.0, "x1": 100.0, "top": 10.2, "bottom": 10.2},
        {"orientation": "v", "x0": 0.0, "x1": 0.0, "top": 10.0, "bottom": 10.36},  # stub
    ]
    rules = merge_rules(edges)
    assert len(rules) == 1
    assert (rules[0]["x0"], rules[0]["x1"]) == (0.0, 100.0)


def tl(text: str, top: float, x0: float = 0.0) -> TextLine:
    return TextLine(text, x0, top, x0 + 10, top + 10)


def test_cells_to_lines_linearization_rule() -> None:
    # 사업명 | 예산현액 | q1 q2 q3 q4; the name cell spans the amount row and a notes row
    table = RuledTable([
        (0, 0, 100, 60), (100, 0, 160, 60),
        (160, 0, 200, 30), (200, 0, 240, 30), (240, 0, 280, 30), (280, 0, 320, 30),
        (160, 30, 240, 60), (240, 30, 280, 60), (280, 30, 320, 60),
    ])
    content: dict[BBox, list[TextLine]] = {
        (0, 0, 100, 60): [tl("글로벌사회혁신", 5), tl("오픈캠퍼스운영", 20)],
        (100, 0, 160, 60): [tl("157,280", 15)],
        (160, 0, 200, 30): [tl("1,000", 5)],
        (200, 0, 240, 30): [tl("98,000", 5)],
        (240, 0, 280, 30): [tl("20,000", 5)],
        (280, 0, 320, 30): [tl("38,280", 5)],
        (160, 30, 240, 60): [tl("경사지 정비공사,", 35), tl("개·보수공사", 48)],
        (240, 30, 280, 60): [],
        (280, 30, 320, 60): [tl("준공", 40)],
    }
    lines = cells_to_lines(table, [content[c] for c in table.cells])
    assert [ln.text for ln in lines] == [
        "글로벌사회혁신", "오픈캠퍼스운영", "157,280 1,000 98,000 20,000 38,280",
        "경사지 정비공사,", "개·보수공사", "준공",
    ]


#: a ruled row stacking three rows of a table drawn without rules between its body rows
#: (a rule over and under the body only): one cell per column, one line per row in each
STACKED = {
    (0, 0, 100, 60): [tl("사회혁신과", 5), tl("전환도시과", 25), tl("갈등조정과", 45)],
    (100, 0, 160, 60): [tl("13,233", 5), tl("2,948", 25), tl("692", 45)],
    (160, 0, 220, 60): [tl("9,230", 5), tl("2,190", 25), tl("679", 45)],
}


@pytest.mark.parametrize(
    ("change", "want"),
    [
        ({}, ["사회혁신과 13,233 9,230", "전환도시과 2,948 2,190", "갈등조정과 692 679"]),
        # a column of figures with a blank (과부족 empty where nothing is missing)
        ({(160, 0, 220, 60): [tl("9,230", 5), tl("679", 45)]},
         ["사회혁신과 13,233 9,230", "전환도시과 2,948", "갈등조정과 692 679"]),
        # two lines: a wrapped label beside a figure and its note, read as drawn
        ({(0, 0, 100, 60): [tl("사회혁신과", 5), tl("전환도시과", 25)],
          (100, 0, 160, 60): [tl("13,233", 5), tl("2,948", 25)],
          (160, 0, 220, 60): [tl("9,230", 5), tl("2,190", 25)]},
         ["사회혁신과", "전환도시과", "13,233", "2,948", "9,230", "2,190"]),
        # no column of figures: wrapped text side by side, read cell by cell
        ({(100, 0, 160, 60): [tl("계획", 5), tl("수립", 25), tl("운영", 45)],
          (160, 0, 220, 60): [tl("과정", 5), tl("성과", 25), tl("공유", 45)]},
         ["사회혁신과", "전환도시과", "갈등조정과", "계획", "수립", "운영",
          "과정", "성과", "공유"]),
        # lines off each other's baselines: no rows to cut
        ({(100, 0, 160, 60): [tl("13,233", 15), tl("2,948", 30), tl("692", 45)]},
         ["사회혁신과", "전환도시과", "갈등조정과", "13,233", "2,948", "692",
          "9,230", "2,190", "679"]),
    ],
)  # fmt: skip
def test_rows_stacked_in_one_ruled_row_read_row_by_row(
    change: dict[BBox, list[TextLine]], want: list[str]
) -> None:
    """Where every cell of a ruled row holds its lines on common baselines, a column of
    figures among them, each baseline is a row of the table: its cells read as one line
    (so a parser of lines sees "label figure figure", as in a ruled table); a wrapped
    label or wrapped text beside others is read cell by cell, as before."""
    content = {**STACKED, **change}
    table = RuledTable(list(content))
    lines = cells_to_lines(table, [content[c] for c in table.cells])
    assert [ln.text for ln in lines] == want


#: a ruled row of division names beside their functions, each name centred on its own
#: run of lines (no rule between the divisions): 3, 2 and 2 lines, 15 pt apart
FUNCTIONS = [tl(f"· 기능 {k}", 15 * k) for k in range(7)]
ALL_FUNCTIONS = [f"· 기능 {k}" for k in range(7)]


@pytest.mark.parametrize(
    ("labels", "want"),
    [
        ([tl("기획과", 15), tl("운영과", 52.5), tl("지원과", 82.5)],
         ["기획과", "· 기능 0", "· 기능 1", "· 기능 2", "운영과", "· 기능 3", "· 기능 4",
          "지원과", "· 기능 5", "· 기능 6"]),
        # names not on the middles of runs: read cell by cell
        ([tl("기획과", 10), tl("운영과", 30), tl("지원과", 70)],
         ["기획과", "운영과", "지원과", *ALL_FUNCTIONS]),
        # a wrapped text beside another (lines 15 pt apart): no names of runs
        ([tl("서울혁신센터", 15), tl("위탁이 올해", 30), tl("말에 끝나고", 45)],
         ["서울혁신센터", "위탁이 올해", "말에 끝나고", *ALL_FUNCTIONS]),
        # one name: nothing to cut
        ([tl("기획과", 45)], ["기획과", *ALL_FUNCTIONS]),
    ],
)  # fmt: skip
def test_names_centred_on_runs_of_lines_head_their_runs(
    labels: list[TextLine], want: list[str]
) -> None:
    """Each name of a label column set centred on a run of the cell beside it heads that
    run: the row reads name, its lines, next name, ..."""
    content = {(0, 0, 100, 100): labels, (100, 0, 300, 100): FUNCTIONS}
    table = RuledTable(list(content))
    lines = cells_to_lines(table, [content[c] for c in table.cells])
    assert [ln.text for ln in lines] == want


def test_a_cell_over_two_rows_holds_a_stacked_row_together() -> None:
    """A label cell spanning the stacked row and the one under it: the row is not cut."""
    content = {
        (0, 0, 100, 80): [tl("사업명", 5)],
        **{(x0 + 100, y0, x1 + 100, y1): v for (x0, y0, x1, y1), v in STACKED.items()},
        (100, 60, 320, 80): [tl("비고", 65)],
    }
    table = RuledTable(list(content))
    lines = cells_to_lines(table, [content[c] for c in table.cells])
    assert [ln.text for ln in lines][:4] == ["사업명", "사회혁신과", "전환도시과", "갈등조정과"]


def test_lines_to_blocks_orders_by_top_then_x() -> None:
    lines = [tl("아래", 100), tl("위", 10), tl("오른쪽", 50.5, x0=300)]
    table = [tl("표 첫 줄", 51), tl("표 둘째 줄", 70)]
    ordered = lines_to_blocks(lines, [table], [(0.0, 50.0, 200.0, 90.0)])
    assert [ln.text for ln in ordered] == ["위", "표 첫 줄", "표 둘째 줄", "오른쪽", "아래"]


def test_the_text_over_a_picture_is_read_before_the_box_beside_it() -> None:
    """A goal's title over a picture, centred on the rows of the box of its tasks beside
    it, is read at the picture's top, before the box, not after its first task."""
    title = [tl("➊ 스마트 그린", 312, x0=80), tl("모빌리티", 326, x0=90)]
    tasks = [tl("① 첨단 기술 기반", 296, x0=240), tl("② 사람 중심", 322, x0=240)]
    picture, box = (72.0, 292.0, 217.0, 377.0), (230.0, 292.0, 523.0, 377.0)
    ordered = lines_to_blocks(title, [tasks], [box], [picture])
    assert [ln.text for ln in ordered] == ["➊ 스마트 그린", "모빌리티", "① 첨단 기술 기반",
                                           "② 사람 중심"]  # fmt: skip
    # without the picture each line stands at its own top: the box's first
    assert lines_to_blocks(title, [tasks], [box])[0].text == "① 첨단 기술 기반"


@pytest.mark.parametrize(
    ("title", "first"),
    [("\uf000 지역항공", "\uf000 지역항공"), ("2023년", "6. 거점항공사 육성")],
)
def test_a_marked_title_left_of_a_list_box_is_read_before_the_box(title: str, first: str) -> None:
    """A goal's title set in no box, left of the box of its tasks and centred on its rows,
    is read with the box, before it; a chart's label there is read where it stands."""
    lines = [tl(title, 666, x0=120), tl("운송산업", 688, x0=120)]
    tasks = [tl("6. 거점항공사 육성", 654, x0=192), tl("7. 전략노선 확충", 690, x0=192)]
    box = (187.0, 640.0, 531.0, 750.0)
    ordered = lines_to_blocks(lines, [tasks], [box], lists=[True])
    assert ordered[0].text == first
    # a box that is no list (one row) draws no title to it
    assert lines_to_blocks(lines, [tasks], [box], lists=[False])[0].text == "6. 거점항공사 육성"


@pytest.mark.parametrize(
    ("free", "first"),
    [
        # a short last line, far from the box, is read with its title
        ([("\uf000 맑은물 확보와", 526, 63, 163), ("안전한 물환경", 544, 63, 163),
          ("등", 563, 63, 75)], "\uf000 맑은물 확보와"),
        # a paragraph that runs on below the box is no title of it
        ([("○ 공공기관 협업으로 사업비", 526, 63, 163), ("확보 추진", 610, 63, 120)],
         "① 상수원수 확보"),
    ],
)  # fmt: skip
def test_a_title_beside_a_list_box_is_one_column_that_ends_within_its_rows(
    free: list[tuple[str, float, float, float]], first: str
) -> None:
    lines = [TextLine(text, x0, top, x1, top + 13.0) for text, top, x0, x1 in free]
    tasks = [tl("① 상수원수 확보", 507, x0=187), tl("② 물이용 관리", 527, x0=187)]
    box = (182.0, 502.0, 526.0, 599.0)
    ordered = lines_to_blocks(lines, [tasks], [box], lists=[True])
    assert ordered[0].text == first
    assert [ln.text for ln in ordered].index("① 상수원수 확보") in (0, len(free))


def test_a_wide_picture_or_one_under_a_table_is_no_block() -> None:
    table = RuledTable([(300.0, 100.0, 500.0, 200.0)])
    pictures = [(72.0, 100.0, 217.0, 180.0), (0.0, 0.0, 595.0, 842.0), (310.0, 110.0, 400.0, 150.0)]
    assert picture_blocks(pictures, [table], 595.0) == [pictures[0]]


def test_classify_page_number_only_in_the_margins() -> None:
    assert classify(TextLine("- 3 -", 280, 800, 300, 809), 842) is LineKind.FURNITURE
    assert classify(TextLine("- 12 -", 280, 20, 300, 29), 842) is LineKind.FURNITURE
    assert classify(TextLine("- 3 -", 280, 400, 300, 409), 842) is LineKind.CONTENT
    assert classify(TextLine("3,000", 280, 800, 300, 809), 842) is LineKind.CONTENT


def test_page_quality_flags() -> None:
    good = page_quality(1, glyphs("서울혁신기획관 \uf000 추진"), 0.0)
    assert good == {"page": 1, "chars": 10, "hangul_ratio": 0.9, "private_use_ratio": 0.1,
                    "replacement_ratio": 0.0, "cid_runs": 0, "needs_ocr": False}
    cid = [Glyph(f"(cid:{n})", 10.0 * n, 10.0 * n + 9, 0, 10, 10) for n in range(8)]
    assert page_quality(2, cid + glyphs("가나"), 0.0)["needs_ocr"] is True
    assert page_quality(3, [], 0.9)["needs_ocr"] is True  # a picture, no text
    assert page_quality(4, [], 0.0)["needs_ocr"] is False  # an empty page is just empty
    # a back cover's logo alone (3-12% of the page in the Busan plans) is no scan
    assert page_quality(6, [], 0.12)["needs_ocr"] is False
    assert page_quality(7, [], 0.3)["needs_ocr"] is True  # a picture over a quarter of it
    replacement = page_quality(5, glyphs("\ufffd\ufffd가"), 0.0)
    assert (replacement["replacement_ratio"], replacement["needs_ocr"]) == (0.6667, True)


def test_sniff_not_pdf() -> None:
    assert sniff_not_pdf(b"%PDF-1.4\n...") is None
    assert sniff_not_pdf(b"\r\n%PDF-1.7\n") is None
    assert sniff_not_pdf(b"") == "the file is empty"
    assert sniff_not_pdf(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") == (
        "not a PDF: the file is an HWP or old Office file (export it to PDF first)")
    assert sniff_not_pdf(b"hello") == "not a PDF: the file does not start with a %PDF- header"


# --- broken files ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.pdf", "the file is empty"),
        ("png-renamed.pdf", "not a PDF: the file is a PNG image"),
        ("damaged.pdf", "the PDF is damaged or truncated (PDFSyntaxError"),
        ("truncated.pdf", "the PDF is damaged or truncated (PDFNoValidXRef"),
        ("encrypted.pdf",
         "the PDF is encrypted; remove the password (e.g. qpdf --decrypt) and try again"),
        ("image-only.pdf", "the PDF has no text layer (scanned pages?); run OCR first"),
        ("cid-only.pdf", "the PDF's text cannot be decoded (its fonts have no Unicode map"),
    ],
)
def test_bad_pdfs_give_a_clear_read_error(name: str, reason: str) -> None:
    with pytest.raises(ReadError) as err:
        read_pdf((BAD / name).read_bytes(), name)
    assert err.value.reason.startswith(reason)
    assert "\n" not in err.value.reason


def test_pages_needing_ocr_are_flagged_and_not_read() -> None:
    doc = read_pdf((BAD / "mixed-ocr-pages.pdf").read_bytes(), "mixed-ocr-pages.pdf")
    assert doc.pages == 3
    assert [(q["page"], q["needs_ocr"]) for q in doc.quality] == [(1, False), (2, True), (3, True)]
    assert doc.quality[1]["chars"] == 0  # the image page
    assert doc.quality[2]["cid_runs"] == 360  # 12 lines of 30 undecodable glyphs
    assert [(ln.page, ln.kind, ln.text) for ln in doc.lines] == [
        (1, LineKind.CONTENT, "bogoseo test file: this page has a text layer"),
        (1, LineKind.FURNITURE, "- 1 -"),
    ]
    # the pages left unread are said, so the report is partial, not quietly short
    assert doc.problems == [(
        "read.page_needs_ocr",
        "2 of 3 pages need OCR, their text not read: 2 (a picture with no text layer), "
        "3 (text that cannot be decoded); run OCR on them",
    )]  # fmt: skip


def _ocr_page(page: int, cid: int = 0) -> dict[str, object]:
    return {"page": page, "needs_ocr": True, "cid_runs": cid, "replacement_ratio": 0.0}


@pytest.mark.parametrize(
    ("pages", "total", "message"),
    [
        ([_ocr_page(2)], 8,
         "page 2 of 8 needs OCR (a picture with no text layer): its text is not read; run OCR"),
        ([_ocr_page(5, cid=40)], 9,
         "page 5 of 9 needs OCR (text that cannot be decoded): its text is not read; run OCR"),
        ([_ocr_page(2), _ocr_page(3), _ocr_page(4), _ocr_page(7, cid=3)], 8,
         "4 of 8 pages need OCR, their text not read: 2-4 (a picture with no text layer), "
         "7 (text that cannot be decoded); run OCR on them"),
    ],
)  # fmt: skip
def test_ocr_message_names_the_pages_and_why(
    pages: list[dict[str, object]], total: int, message: str
) -> None:
    assert ocr_message(pages, total) == message


# --- the generators are deterministic (only where their tools are installed) -------------

NANUM = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
#: what made the committed fixture: other versions may lay out the same PDF in other bytes
MADE_WITH = {
    "reportlab": "5.1.0",
    "fontTools": "4.68.0",
    "NanumGothic.ttf": "48a28e97b34fc8e5b157657633670cd1b7de126cfc414da65ce9c3d5bc8be733",
}


def generator_tools() -> dict[str, str]:
    found = {}
    if importlib.util.find_spec("reportlab") and importlib.util.find_spec("fontTools"):
        import fontTools  # type: ignore[import-untyped]
        import reportlab  # type: ignore[import-untyped]

        found = {"reportlab": reportlab.Version, "fontTools": fontTools.version}
    if NANUM.exists():
        found["NanumGothic.ttf"] = hashlib.sha256(NANUM.read_bytes()).hexdigest()
    return found


@pytest.mark.skipif(generator_tools() != MADE_WITH,
                    reason="needs the reportlab, fontTools and fonts-nanum that made the fixture")
def test_sample_pdf_regenerates_byte_for_byte(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import make_sample_pdf  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    out = tmp_path / "sample.pdf"
    assert make_sample_pdf.main(["--out", str(out)]) == 0
    assert hashlib.sha256(out.read_bytes()).digest() == hashlib.sha256(
        SAMPLE_PDF.read_bytes()).digest()


# --- real Hancom exports (never copied into the repo) --------------------------------

REAL_FILES = sorted(REALWORLD.glob("*.pdf")) if REALWORLD.is_dir() else []


@cache
def real(path: Path) -> Document:
    return read_pdf(path.read_bytes(), path.name)


def is_pua(ch: str) -> bool:
    return is_private_use(ch)  # (with the lost glyphs told apart, in plane 15)


@pytest.mark.skipif(not REAL_FILES, reason="../shared/realworld/ is not here")
@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_real_hancom_exports(path: Path) -> None:
    doc = real(path)
    assert doc.pages and doc.pages > 1
    assert [q["page"] for q in doc.quality] == list(range(1, doc.pages + 1))
    for q in doc.quality:
        PageQuality(**q)
    # these files do carry Hancom's private-use bullets in their text layer ...
    assert any(is_pua(ch) for ln in doc.lines for ch in ln.raw)
    # ... and none is left in the text the parsers see
    assert not [ln for ln in doc.lines if any(is_pua(ch) for ch in ln.text)]
    footers = [ln for ln in doc.lines if ln.kind is LineKind.FURNITURE]
    assert footers and all(ln.text == f"- {ln.text.strip('- ')} -" for ln in footers)
    assert not [ln for ln in doc.content() if ln.text == "- 3 -"]
    assert any(ln.text == "- 3 -" for ln in footers)
    assert all(ln.page is not None for ln in doc.lines)


@pytest.mark.skipif(not (REALWORLD / "nikl-2022-work-plan.pdf").exists(), reason="no nikl PDF")
def test_real_org_chart_vertical_names() -> None:
    doc = real(REALWORLD / "nikl-2022-work-plan.pdf")
    page = [ln.text for ln in doc.content() if ln.page == 34]
    for name in ("기획운영과", "공공언어과", "교육연수과", "어문연구과", "언어정보과",
                 "한국어진흥과", "특수언어진흥과"):
        assert name in page


# --- the fast parse gives pdfplumber's objects -----------------------------------------
#
# read_pdf's default engine ("pdfminer") runs pdfminer with bogoseo's content-stream
# tokenizer and reads the layout objects directly; "pdfplumber" goes through
# page.chars/edges/images.  Both must give the same objects, Document and records.

CHAR_KEYS = ("text", "x0", "x1", "top", "bottom", "doctop", "size", "upright", "fontname")
EDGE_KEYS = ("orientation", "x0", "x1", "top", "bottom")


def comparable(objects: PageObjects) -> tuple[object, ...]:
    return (
        [tuple(c[k] for k in CHAR_KEYS) for c in objects.chars],
        sorted(tuple(e[k] for k in EDGE_KEYS) for e in objects.edges),
        [(i["x0"], i["x1"], i["top"], i["bottom"]) for i in objects.images],
        objects.width,
        objects.height,
        sorted(objects.fills),
    )


def assert_objects_equal(data: bytes, pages: Sequence[int] | None = None) -> int:
    """page_objects == pdfplumber's objects on the given pages (all by default)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chosen = [pdf.pages[n - 1] for n in pages] if pages else pdf.pages
        for page in chosen:
            fast = page_objects(pdf, page)
            assert comparable(fast) == comparable(plumber_objects(page)), page.page_number
        return sum(len(page_objects(pdf, p).chars) for p in chosen)


def test_page_objects_equal_pdfplumbers_on_the_sample() -> None:
    # the org chart, the policy matrix, a card, the appendix, an audit page
    chars = assert_objects_equal(SAMPLE_PDF.read_bytes(), [1, 3, 6, 21, 24])
    assert chars > 3000


def test_page_objects_of_pages_needing_ocr() -> None:
    assert_objects_equal((BAD / "mixed-ocr-pages.pdf").read_bytes())  # an image, (cid:N)


def doc_lines(doc: Document) -> list[tuple[int, str, str, int | None, LineKind]]:
    return [(ln.no, ln.text, ln.raw, ln.page, ln.kind) for ln in doc.lines]


@pytest.mark.parametrize("path", [SAMPLE_PDF, *REAL_FILES], ids=lambda p: p.name)
def test_engines_give_the_same_document(path: Path) -> None:
    fast = sample_pdf() if path == SAMPLE_PDF else real(path)
    slow = read_pdf(path.read_bytes(), path.name, engine="pdfplumber")
    assert doc_lines(fast) == doc_lines(slow)
    assert [c.fill for g in fast.tables for c in g.cells] == [
        c.fill for g in slow.tables for c in g.cells
    ]
    assert fast.quality == slow.quality
    assert fast.pages == slow.pages
    if path == SAMPLE_PDF:  # the records follow from the lines; checked once end to end
        a = parse_document(fast, "sample").model_dump(exclude={"source"})
        b = parse_document(slow, "sample").model_dump(exclude={"source"})
        assert a == b and len(a["audit_findings"]) == 51


def test_unknown_engine() -> None:
    with pytest.raises(ValueError, match="unknown PDF engine"):
        read_pdf(SAMPLE_PDF.read_bytes(), "x", engine="pdfium")  # type: ignore[arg-type]


def content_streams(path: Path) -> list[list[bytes]]:
    """The decoded content streams of every page (a list per page)."""
    with pdfplumber.open(path) as pdf:
        return [
            [stream_value(s).get_data() for s in list_value(p.page_obj.contents)] for p in pdf.pages
        ]


@pytest.mark.parametrize("path", [SAMPLE_PDF, *REAL_FILES], ids=lambda p: p.name)
def test_fast_tokenizer_reads_every_stream_of_real_files(path: Path) -> None:
    """No stream of these files falls back to pdfminer's parser: the fast path is used."""
    pages = content_streams(path)
    for streams in pages:
        tokens: list[object] = []
        for n, data in enumerate(streams, start=1):
            content_tokens(data, tokens, last=n == len(streams))
        content_objects(tokens)
    # and on a page with everything (text, rules, strings with escapes) it is pdfminer's
    assert typed(fast_objects(pages[0])) == typed(pdfminer_objects(pages[0]))


def typed(value: object) -> object:
    """A value with its type spelled out (1 == 1.0 == True in Python)."""
    if isinstance(value, list):
        return ["list", [typed(v) for v in value]]
    if isinstance(value, dict):
        return ["dict", sorted((k, typed(v)) for k, v in value.items())]
    if isinstance(value, PSLiteral | PSKeyword):
        return [type(value).__name__, value.name]
    return [type(value).__name__, value]


def pdfminer_objects(streams: Sequence[bytes]) -> list[object]:
    """What pdfminer's own content parser yields for these streams."""
    out: list[object] = []
    try:
        parser = PDFContentParser([PDFStream({}, s) for s in streams])
        while True:
            out.append(parser.nextobject()[1])
    except PSEOF:
        return out


def fast_objects(streams: Sequence[bytes]) -> list[object]:
    tokens: list[object] = []
    for n, data in enumerate(streams, start=1):
        content_tokens(data, tokens, last=n == len(streams))
    return content_objects(tokens)


#: pieces of content streams, ordinary and odd: pdfminer's quirks are the spec
SNIPPETS = [
    b"0",
    b"-1",
    b"+2",
    b"3.",
    b".5",
    b"-.5",
    b"1.2.3",
    b"-",
    b"+",
    b".",
    b"007",
    b"12.50",
    b"/F1",
    b"/",
    b"/a+b",
    b"/a#20b",
    b"/\xc3\xa4",
    b"/\xff",
    b"/A.B-C_1",
    b"Tj",
    b"TJ",
    b"T*",
    b"'",
    b'"',
    b"true",
    b"false",
    b"null",
    b"BT",
    b"ET",
    b"q",
    b"Q",
    b"cm",
    b"re",
    b"f*",
    b"d0",
    b"BI",
    b"ID",
    b"EI",
    b"Tf",
    b"Td",
    b"(abc)",
    b"()",
    b"(a(b)c)",
    b"(a\\)b)",
    b"(\\101\\102)",
    b"(\\777)",
    b"(\\0a)",
    b"(\\n\\t\\b\\f\\r\\\\)",
    b"(\\q)",
    b"(a\\\nb)",
    b"(a\\\r\nb)",
    b"(a(b(c)d)e)",
    b"(open",
    b"(\\1234)",
    b"(\\",
    b"<4142>",
    b"<41 42>",
    b"<414>",
    b"<>",
    b"<41G>",
    b"<",
    b">",
    b"<<",
    b">>",
    b"<</A 1>>",
    b"<</A>>",
    b"[",
    b"]",
    b"{",
    b"}",
    b"[1 (x) /N]",
    b"% comment\n",
    b"%",
    b" ",
    b"\n",
    b"\r\n",
    b"\r",
    b"\t",
    b"\x00",
    b"\x0c",
    b"#",
    b")",
    b"@",
    b"\x80",
    b"\\",
]
SEPARATORS = [b"", b" ", b" ", b"\n", b"\r\n"]
piece = st.tuples(st.sampled_from(SNIPPETS), st.sampled_from(SEPARATORS)).map(b"".join)
stream_text = st.lists(piece, max_size=30).map(b"".join)


def assert_tokenizes_like_pdfminer(streams: Sequence[bytes]) -> None:
    try:
        fast = fast_objects(streams)
    except _Unsupported:
        return  # read_pdf hands these streams to pdfminer's parser
    assert typed(fast) == typed(pdfminer_objects(streams))


@settings(max_examples=examples(300), deadline=None)
@given(stream_text)
def test_tokenizer_is_pdfminers(data: bytes) -> None:
    assert_tokenizes_like_pdfminer([data])


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(stream_text, min_size=2, max_size=3))
def test_tokenizer_is_pdfminers_across_streams(streams: list[bytes]) -> None:
    assert_tokenizes_like_pdfminer(streams)


@settings(max_examples=examples(40), deadline=None)
@given(stream_text.filter(lambda s: len(s) > 20), st.integers(0, 97))
def test_tokenizer_is_pdfminers_across_its_4096_byte_buffers(data: bytes, pad: int) -> None:
    # pdfminer reads a stream 4096 bytes at a time: tokens straddling a buffer boundary
    assert_tokenizes_like_pdfminer([b" " * pad + data * (9000 // len(data))])


def test_tokenizer_examples() -> None:
    lit, kwd = PSLiteral, PSKeyword
    objects = fast_objects([b"BT /F1 12 Tf [(a\\(b) -250 <41 4>] TJ 1.2.3 - true ET"])
    assert typed(objects) == typed(
        [
            kwd_("BT"),
            lit_("F1"),
            12,
            kwd_("Tf"),
            [b"a(b", -250, b"A\x04"],
            kwd_("TJ"),
            1.2,
            0.3,
            True,
            kwd_("ET"),
        ]
    )
    assert isinstance(objects[1], lit) and isinstance(objects[0], kwd)
    for unsupported in (b"BI /W 1 ID x EI", b"/a#20b", b"{ }", b"(\\777)", b"[ 1 >>"):
        with pytest.raises(_Unsupported):
            fast_objects([unsupported])
    with pytest.raises(_Unsupported):  # pdfminer carries a lone "/" into the next stream
        fast_objects([b"1 0 0 RG /", b"F1 Tf"])


def kwd_(name: str) -> PSKeyword:
    return psparser.KWD(name.encode())


def lit_(name: str) -> PSLiteral:
    return psparser.LIT(name)


# --- hand-made PDFs for the object stage ----------------------------------------------


def tiny_pdf(*streams: bytes) -> bytes:
    """A one-page A4 PDF with Helvetica as /F1 and these content streams."""
    contents = " ".join(f"{5 + i} 0 R" for i in range(len(streams)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents [" + contents.encode() + b"] >>"
        ),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *(b"<< /Length %d >>\nstream\n" % len(s) + s + b"\nendstream" for s in streams),
    ]
    return pdf_file(objects)


def pdf_file(objects: Sequence[bytes]) -> bytes:
    """A PDF of these objects (numbered from 1; the first is the catalog) with its xref."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


TEXT = b"BT /F1 12 Tf 72 760 Td (Rules and a diagonal \\(not a rule\\)) Tj ET\n"


def pdf_with_objects(content: bytes, extra: Sequence[bytes], resources: bytes) -> bytes:
    """A one-page PDF whose page has ``resources`` and ``content``; ``extra`` objects are
    numbered from 5 on."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + resources
        + b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        *extra,
    ]  # fmt: skip
    return pdf_file(objects)


def test_images_tiled_and_in_forms_are_pdfplumbers_images() -> None:
    """An image drawn many times (a tiled background), scaled, rotated and inside a form
    XObject: the boxes the reader keeps without building figures are pdfplumber's."""
    image = b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray " \
        b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream"
    form_body = b"q 20 0 0 10 5 5 cm /Im1 Do Q 0 0 m 30 0 l S 0 0 30 20 re f"
    form = b"<< /Type /XObject /Subtype /Form /BBox [0 0 40 40] /Matrix [1 0 0 1 300 300] " \
        b"/Resources << /XObject << /Im1 5 0 R >> >> /Length %d >>\nstream\n" \
        % len(form_body) + form_body + b"\nendstream"
    tiles = b"".join(b"q 4 0 0 3 %d %d cm /Im1 Do Q " % (10 * i, 700 + i) for i in range(40))
    content = tiles + b"q 0 30 -50 0 200 200 cm /Im1 Do Q /Fm1 Do 50 50 m 150 50 l S"
    resources = b"<< /XObject << /Im1 5 0 R /Fm1 6 0 R >> >>"
    data = pdf_with_objects(content, [image, form], resources)
    assert_objects_equal(data)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(page_objects(pdf, pdf.pages[0]).images) == 42


def test_rules_from_lines_rects_and_curves() -> None:
    data = tiny_pdf(
        TEXT
        + (
            b"100 700 m 300 700 l S\n"  # horizontal line
            b"100 700 m 100 600 l S\n"  # vertical line
            b"100 600 m 300 500 l S\n"  # diagonal: not a rule
            b"320 600 100 50 re f\n"  # rectangle: four sides
            b"100 400 m 200 400 l 200 300 l 150 250 l S\n"  # open path: its straight steps
        )
    )
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        objects = page_objects(pdf, pdf.pages[0])
    edges = sorted(
        (e["orientation"], e["x0"], e["top"], e["x1"], e["bottom"]) for e in objects.edges
    )
    assert edges == [
        ("h", 100.0, 142.0, 300.0, 142.0),
        ("h", 100.0, 442.0, 200.0, 442.0),
        ("h", 320.0, 192.0, 420.0, 192.0),
        ("h", 320.0, 242.0, 420.0, 242.0),
        ("v", 100.0, 142.0, 100.0, 242.0),
        ("v", 200.0, 442.0, 200.0, 542.0),
        ("v", 320.0, 192.0, 320.0, 242.0),
        ("v", 420.0, 192.0, 420.0, 242.0),
    ]
    assert "".join(c["text"] for c in objects.chars) == "Rules and a diagonal (not a rule)"
    assert_objects_equal(data)


def test_streams_the_tokenizer_leaves_to_pdfminer() -> None:
    inline_image = b"q 10 0 0 10 72 700 cm BI /W 2 /H 1 /BPC 8 /CS /G ID \x00\xff EI Q\n"
    for streams in (
        (TEXT + inline_image,),  # inline image
        (TEXT + b"0 0 m 1 1 l /", b"S\n"),  # a lone "/" at a stream's end
        (TEXT + b"[(a) -20 (b)] TJ /Name#20x gs\n",),  # a name with a # escape
        (b"BT /F1 12 Tf 72 700 Td (two) Tj ET\n", TEXT),  # two ordinary streams
    ):
        data = tiny_pdf(*streams)
        assert_objects_equal(data)
        assert read_pdf(data, "x").lines == read_pdf(data, "x", engine="pdfplumber").lines
    # an octal escape over 255 fails pdfminer's parser: the same way on both paths
    data = tiny_pdf(TEXT, b"BT /F1 12 Tf 72 700 Td (\\777) Tj ET\n")
    reasons = []
    engines: tuple[Engine, ...] = ("pdfminer", "pdfplumber")
    for engine in engines:
        with pytest.raises(ReadError) as err:
            read_pdf(data, "x", engine=engine)
        reasons.append(err.value.reason)
    assert reasons[0] == reasons[1]
    assert reasons[0].startswith(
        "the PDF is damaged: its only page could not be read (AssertionError: Invalid"
    )


# --- stages: rules, regions, tracking -----------------------------------------------


def root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        i = parent[i]
    return i


def merge_rules_pairwise(edges: Sequence[dict[str, object]]) -> list[dict[str, object]]:
    """The definition merge_rules implements faster: union every close, overlapping pair."""
    out: list[dict[str, object]] = []
    for orient in ("h", "v"):
        segs = sorted(
            (float(e["top"]), float(e["x0"]), float(e["x1"]))
            if orient == "h"  # type: ignore[arg-type]
            else (float(e["x0"]), float(e["top"]), float(e["bottom"]))  # type: ignore[arg-type]
            for e in edges
            if e["orientation"] == orient
        )
        parent = list(range(len(segs)))
        for i, a in enumerate(segs):
            for j, b in enumerate(segs):
                if (
                    abs(a[0] - b[0]) <= SNAP_TOLERANCE
                    and b[1] <= a[2] + SNAP_TOLERANCE
                    and a[1] <= b[2] + SNAP_TOLERANCE
                ):
                    parent[root(parent, j)] = root(parent, i)
        clusters: dict[int, list[tuple[float, float, float]]] = {}
        for i, seg in enumerate(segs):
            clusters.setdefault(root(parent, i), []).append(seg)
        for members in sorted(clusters.values()):
            pos = sum(m[0] for m in members) / len(members)
            pieces = sorted((m[1], m[2]) for m in members)
            start, end = pieces[0]
            for a0, b0 in [*pieces[1:], (math.inf, math.inf)]:
                if a0 > end + SNAP_TOLERANCE:
                    if end - start >= MIN_EDGE:
                        out.append({"orientation": orient, "pos": pos, "start": start, "end": end})
                    start, end = a0, b0
                else:
                    end = max(end, b0)
    return out


coordinate = st.integers(0, 60).map(lambda n: n / 2)


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(st.tuples(st.sampled_from("hv"), coordinate, coordinate, coordinate), max_size=25))
def test_merge_rules_is_the_pairwise_definition(raw: list[tuple[str, float, float, float]]) -> None:
    edges = [
        {"orientation": o, "x0": min(a, b), "x1": max(a, b), "top": p, "bottom": p}
        if o == "h"
        else {"orientation": o, "x0": p, "x1": p, "top": min(a, b), "bottom": max(a, b)}
        for o, p, a, b in raw
    ]
    got = [
        {
            "orientation": r["orientation"],
            "pos": r["top"] if r["orientation"] == "h" else r["x0"],
            "start": r["x0"] if r["orientation"] == "h" else r["top"],
            "end": r["x1"] if r["orientation"] == "h" else r["bottom"],
        }
        for r in merge_rules(edges)
    ]
    key = itemgetter("orientation", "pos", "start", "end")
    assert sorted(got, key=key) == sorted(merge_rules_pairwise(edges), key=key)


def test_merge_rules_joins_a_dotted_row_quickly() -> None:
    # Hancom draws a dotted border as hundreds of touching bits at one position
    dots = [
        {
            "orientation": "h",
            "x0": 50 + 0.24 * i,
            "x1": 50.24 + 0.24 * i,
            "top": 11.5,
            "bottom": 11.5,
        }
        for i in range(2000)
    ]
    rules = merge_rules(dots)
    assert [(r["x0"], round(r["x1"], 6)) for r in rules] == [(50.0, 530.0)]


cell_box = st.tuples(
    st.integers(0, 40), st.integers(0, 120), st.integers(1, 30), st.integers(1, 50)
).map(lambda t: (float(t[0]), float(t[1]), float(t[0] + t[2]), float(t[1] + t[3])))


@settings(max_examples=examples(100), deadline=None)
@given(
    st.lists(st.lists(cell_box, min_size=1, max_size=4), max_size=4),
    st.lists(st.tuples(st.integers(0, 70), st.integers(0, 170)), max_size=20),
)
def test_build_regions_puts_a_glyph_in_the_smallest_cell(
    tables: list[list[BBox]], points: list[tuple[int, int]]
) -> None:
    glyphs = [Glyph("가", x - 1.0, x + 1.0, y - 1.0, y + 1.0, 2.0) for x, y in points]
    page = build_regions(glyphs, [], [RuledTable(cells) for cells in tables])
    home: dict[int, BBox | None] = {}

    def visit(region: Region) -> None:
        for g in region.glyphs:
            home[id(g)] = region.bbox
        for _, cells in region.tables:
            for cell in cells:
                visit(cell)

    visit(page)
    for g in glyphs:
        holding = [
            c for cells in tables for c in cells if c[0] <= g.cx <= c[2] and c[1] <= g.cy <= c[3]
        ]
        smallest = min(((c[2] - c[0]) * (c[3] - c[1]) for c in holding), default=None)
        got = home[id(g)]
        if smallest is None:
            assert got is None
        else:
            assert got is not None and (got[2] - got[0]) * (got[3] - got[1]) == smallest
            assert got[0] <= g.cx <= got[2] and got[1] <= g.cy <= got[3]


def test_tracking_ignores_leader_dots() -> None:
    # a table of contents line: tight letters, then dots drawn overlapping (20 pt wide,
    # 5 pt apart); before, the dots set the line's tracking and "2021년" became "20 21년"
    row, x = [], 70.0
    for ch in "Ⅰ. 2021년 평가":
        w = 6.7 if ch == " " else 11.7 if ch.isdigit() else 20.0
        row.append(Glyph(ch, x, x + w, 169.0, 189.0, 20.0))
        x += w - 0.04
    x += 6.0
    for _ in range(10):
        row.append(Glyph("·", x, x + 20.0, 169.0, 189.0, 20.0))
        x += 5.04
    row.append(Glyph("1", x + 20.0, x + 31.7, 169.0, 189.0, 20.0))
    assert tracking(row) == pytest.approx(-0.002)
    assert [ln.text for ln in chars_to_lines(row)] == ["Ⅰ. 2021년 평가 ·········· 1"]


@pytest.mark.parametrize(("code", "shown"), sorted(DRAWN_FORMAT.items()))
def test_a_drawn_format_character_is_the_glyph_it_shows(code: str, shown: str) -> None:
    """Hancom's export names its hyphen U+00AD: drawn, it is the "-" of a bullet, which
    the normalization (dropping soft hyphens) would otherwise lose."""
    char = {"text": code, "x0": 76.4, "x1": 81.1, "top": 489.0, "bottom": 503.0, "size": 14.0}
    glyph = to_glyph(char)
    assert glyph.text == shown and normalize_text(f"{glyph.text} (실태조사) 전수조사")[0] == shown
    assert normalize_text(f"{code} (실태조사)") == " (실태조사)"  # not drawn: dropped


@pytest.mark.parametrize(
    ("side", "bullet"),
    [(8.0, True), (14.6, True), (16.5, True), (24.0, False)],  # 16.5: a shadowed □ at 18 pt
)
def test_an_empty_letter_sized_box_is_a_drawn_bullet(side: float, bullet: bool) -> None:
    """Hancom draws the □ of "□ 인 력 : 정원 114명" as a shape (a box with its shadow) the
    size of a letter of its line; a bigger empty box is a table."""
    box = (51.0, 139.0, 51.0 + side, 139.0 + side)
    region = Region(None, tables=[(RuledTable([box]), [Region(box)])])
    assert (take_drawn_bullets(region) == [box]) is bullet
    assert len(region.tables) == (0 if bullet else 1)


def test_a_word_wrapped_for_want_of_room_in_a_cell() -> None:
    """Chromium's 사업명 cell (57.2-129.0): "기부및사회협력" fills its line, ends in no drawn
    space and "활성화" would not have fitted after it, so the wrap broke the word; a line
    that ends in a drawn space, one of two words, or short lines set centred are wraps
    between words or the text's own line breaks."""
    box = (57.2, 431.2, 129.0, 467.6)
    word = TextLine("기부및사회협력", 63.4, 436.0, 122.6, 446.0)
    rest = TextLine("활성화", 80.3, 451.0, 105.8, 461.0)
    assert broken_wraps([word, rest], box) == [True]
    spaced = TextLine("기부및사회협력", 63.4, 436.0, 122.6, 446.0, trail=True)
    assert broken_wraps([spaced, rest], box) == [False]
    two = TextLine("기부 사회협력", 63.4, 436.0, 122.6, 446.0)
    assert broken_wraps([two, rest], box) == [False]
    # lines the text breaks itself: two names each well short of the cell, two figures
    wide = (50.0, 100.0, 150.0, 140.0)
    names = [TextLine("관광정책과", 72.0, 104.0, 128.0, 115.0),
             TextLine("관광진흥과", 72.0, 118.0, 128.0, 129.0)]  # fmt: skip
    assert broken_wraps(names, wide) == [False]
    narrow = (50.0, 100.0, 96.0, 140.0)
    figures = [TextLine("1,234,567", 53.0, 104.0, 93.0, 115.0),
               TextLine("2,345,678", 53.0, 118.0, 93.0, 129.0)]  # fmt: skip
    assert broken_wraps(figures, narrow) == [False]
    head = (57.2, 189.7, 113.3, 324.4)  # "핵심" / "과제" set centred in a narrow head cell
    assert broken_wraps([TextLine("핵심", 75.1, 200.0, 94.9, 210.0),
                         TextLine("과제", 75.1, 214.0, 94.9, 224.0)], head) == [False]  # fmt: skip


def test_a_syllable_is_as_wide_as_its_line_is_high() -> None:
    """Chromium, a 60 pt 사업명 column set centred: "서울혁신파" leaves 3.7 pt, and "크"
    (8.5 pt) would not have fitted after it, though the next line's mean glyph (7.0 pt,
    the space of "크 조성" counted) would have: the wrap broke "서울혁신파크"."""
    box = (57.2, 100.0, 117.2, 130.0)
    word = TextLine("서울혁신파", 62.6, 104.0, 104.9, 112.5)
    rest = TextLine("크 조성", 76.2, 116.0, 97.1, 124.5)
    assert broken_wraps([word, rest], box) == [True]


@pytest.mark.parametrize("wraps", ["every", "fitting"])
@pytest.mark.parametrize(("end", "start"), [("공간이었다”", "라고 자체 평가됨에도"),
                                            ("‘공유서울’", "의 확산"), ("못한다”", "는 지적")])
def test_a_closing_quote_holds_the_particle_after_it(wraps: str, end: str, start: str) -> None:
    """"…공간이었다”" / "라고 자체 평가됨에도": a particle or a quoting ending never opens
    a line of its own; after a closing quote that fills its line, the wrap broke the word
    (Chromium, Writer; a narrower column than the committed renderings')."""
    box = (57.4, 325.5, 197.2, 385.9)
    full = TextLine(f"혁신파크가 꽤 북적이는 {end}", 61.7, 350.0, 192.0, 360.0)
    rest = TextLine(start, 61.7, 364.0, 170.0, 374.0)
    assert broken_wraps([full, rest], box, wraps) == [True]  # type: ignore[arg-type]
    short = TextLine(f"북적이는 {end}", 61.7, 350.0, 120.0, 360.0)
    assert broken_wraps([short, rest], box, wraps) == [False]  # type: ignore[arg-type]


def test_a_line_broken_inside_a_bracket_at_a_mark() -> None:
    """Chromium breaks after a full stop: "내역(2018~2020.10." / "현재)" leaves a bracket
    open that the next line's first word closes, so it is one word broken at its mark."""
    box = (57.4, 325.5, 197.2, 385.9)
    opened = TextLine("변경 내역(2018~2020.10.", 61.7, 350.0, 178.9, 360.0)
    closing = TextLine("현재)", 61.7, 364.0, 84.2, 374.0)
    assert broken_wraps([opened, closing], box) == [True]


#: Chromium's finding cell (57.4-196.9): "서울혁신센터 예산 집행 현행" ends at 182.9, and
#: the bracket's word "(사업별" would not have fitted after it
_CELL = (57.4, 260.0, 196.9, 330.0)
_FULL = TextLine("서울혁신센터 예산 집행 현행", 61.7, 284.1, 182.9, 294.1)


@pytest.mark.parametrize(
    ("lines", "broken"),
    [
        # a line that goes on at the same left with the bracket: broken before it
        ([_FULL, TextLine("(사업별 집행률)", 61.7, 297.6, 128.2, 307.6),
          TextLine("(사회혁신담당관)", 61.7, 311.1, 133.0, 321.1)], [True, False]),
        # a bracket alone on the cell's last line: the finding's division under it
        ([_FULL, TextLine("(사회혁신담당관)", 61.7, 297.6, 133.0, 307.6)], [False]),
        # a paragraph of its own, set further left than the bulleted line above
        ([TextLine("◦ 컨설팅 용역: ’21년 하반기", 65.7, 284.1, 182.9, 294.1),
          TextLine("(지정 이후)", 61.7, 297.6, 110.0, 307.6),
          TextLine("(사회혁신담당관)", 61.7, 311.1, 133.0, 321.1)], [False, False]),
        # room for the bracket's word: the text's own line break
        ([TextLine("예산 집행 현행", 61.7, 284.1, 120.0, 294.1),
          TextLine("(사업별 집행률)", 61.7, 297.6, 128.2, 307.6),
          TextLine("(사회혁신담당관)", 61.7, 311.1, 133.0, 321.1)], [False, False]),
        # a space drawn at the wrap: between two words
        ([TextLine("서울혁신센터 예산 집행 현행", 61.7, 284.1, 182.9, 294.1, trail=True),
          TextLine("(사업별 집행률)", 61.7, 297.6, 128.2, 307.6),
          TextLine("(사회혁신담당관)", 61.7, 311.1, 133.0, 321.1)], [False, False]),
    ],
)
def test_chromium_breaks_before_a_bracket_set_tight(
    lines: list[TextLine], broken: list[bool]
) -> None:
    """Chromium breaks before a bracket set tight after Hangul ("… 현행" / "(사업별 집행률)")
    and draws no space there, where it draws one at every wrap between two words."""
    assert broken_wraps(lines, _CELL, "every") == broken


def test_a_line_ending_in_a_mark_of_what_follows_was_wrapped_inside_a_word() -> None:
    """"… 포기 이유가 △" / "운영에 실익이 없어서" (Chromium, which draws a space at every
    wrap between words; Writer, which draws it where it fits): no line ends in a △ of its
    own, so with no space drawn after it the △ holds to the word ("△운영에"); with one
    drawn, the text had "△ 운영"."""
    box = (57.4, 325.5, 197.2, 385.9)
    mark = TextLine("포기 이유가 △", 61.7, 350.0, 150.0, 360.0)
    rest = TextLine("운영에 실익이 없어서", 61.7, 364.0, 160.0, 374.0)
    assert broken_wraps([mark, rest], box) == [True]
    spaced = TextLine("포기 이유가 △", 61.7, 350.0, 150.0, 360.0, trail=True)
    assert broken_wraps([spaced, rest], box) == [False]
    # Writer draws the space where it fits on a line set left: with room for one and none
    # drawn, the △ holds to the word too; with no room for one, the PDF does not say
    assert broken_wraps([mark, rest], box, "fitting") == [True]
    full = TextLine("포기 이유가 △", 61.7, 350.0, 191.0, 360.0)  # (2.4 pt left)
    assert broken_wraps([full, rest], box, "fitting") == [False]
    # a particle never opens a line: after a closing bracket that fills its line it goes
    # on the word ("… 사무실)" / "를 위해"), whatever the engine; a line after a bracket
    # with room left, or that opens with a word or a mark, is the text's own
    closed = TextLine("페이퍼리스(종이가 없는 사무실)", 61.7, 350.0, 186.2, 360.0)
    short = TextLine("노인일자리(공익형)", 61.7, 350.0, 140.0, 360.0)
    bound = TextLine("를 위해 서울혁신기획관에서", 61.7, 364.0, 170.0, 374.0)
    assert broken_wraps([short, bound], box) == [False]
    particle = TextLine("를 위해 서울혁신기획관에서", 61.7, 364.0, 170.0, 374.0)
    assert broken_wraps([closed, particle], box) == [True]
    assert broken_wraps([closed, particle], box, "fitting") == [True]
    for after in ("위해 서울혁신기획관에서", "○ 자료 제출 완료"):
        line = TextLine(after, 61.7, 364.0, 170.0, 374.0)
        assert broken_wraps([closed, line], box) == [False]
    # an opening bracket holds what follows, whatever the engine ("운영 (" / "민간위탁금 포함)")
    opened = TextLine("서울혁신파크 운영 (", 61.7, 350.0, 150.0, 360.0)
    inside = TextLine("민간위탁금 포함)", 61.7, 364.0, 130.0, 374.0)
    assert broken_wraps([opened, inside], box) == broken_wraps([opened, inside], box,
                                                               "fitting") == [True]


@pytest.mark.parametrize(
    ("x1", "x0", "trail", "broken"),
    [
        (189.3, 61.7, False, True),  # room 3.6 pt for a 2.8 pt space, none drawn: in a word
        (189.3, 61.7, True, False),  # the space drawn: between two words
        (191.9, 61.7, False, False),  # room 1.0 pt: no space would fit, so none says
        (183.5, 61.7, False, False),  # room 9.4 pt: "5" would have fitted, the text's own
        (191.0, 63.5, False, False),  # set centred (room on both sides): no space drawn
    ],
)  # fmt: skip
def test_writer_draws_the_space_of_a_wrap_where_it_fits(
    x1: float, x0: float, trail: bool, broken: bool
) -> None:
    """LibreOffice's audit cell (57.4-197.2, padding 4.3): "… 위해서는 2" / "5개 자치구와"
    ends 3.6 pt short of the cell's padding with no space drawn, where Writer draws the
    space of a wrap between words when it fits, so the wrap fell inside "25개"."""
    box = (57.4, 100.0, 197.2, 200.0)
    line = TextLine("갈등관리를 하기 위해서는 2", x0, 110.0, x1, 120.0, trail)
    rest = TextLine("5개 자치구와 협업이", 61.7, 124.0, 150.0, 134.0)
    first = TextLine("적극적인 협업을 추진해 주기", 61.7, 96.0, 193.0, 106.0)
    assert broken_wraps([first, line, rest], box, "fitting")[1:] == [broken]


@pytest.mark.parametrize(
    ("first", "rest", "broken"),
    [
        ("기부및사회협력", "활성화", True),  # a full line of one word: broken inside it
        ("2차선정및지원,", "공유기업", False),  # after a comma: the text's space
        ("공모사업선정,", "공유기업", False),  # ... on a full line set centred
        ("사업 추진", "계획", False),  # two words on the line: it broke between them
        ("기부및사회", "협력활성화", False),  # room left for a syllable: the text's own
    ],
)  # fmt: skip
def test_writer_centred_line_of_one_word_was_broken_inside_it(
    first: str, rest: str, broken: bool
) -> None:
    """Writer sets a 사업명 cell centred, breaks between any two syllables and draws no
    space at a wrap there: a line of one word with no room for the next syllable was most
    likely broken inside the word (a break falls at a word's end about once in its
    length); a 75 pt column, 8.8 pt syllables."""
    box = (100.0, 100.0, 175.0, 140.0)
    width = 8.8 * len(first)
    a = TextLine(first, 137.5 - width / 2, 104.0, 137.5 + width / 2, 113.0)
    b = TextLine(rest, 137.5 - 4.4 * len(rest), 117.0, 137.5 + 4.4 * len(rest), 126.0)
    assert broken_wraps([a, b], box, "fitting") == [broken]


def test_a_word_wrapped_in_a_cell_of_wide_padding() -> None:
    """Cells padded 8 pt (text 10 pt high): the line "글로벌사회" leaves 8 pt of its
    room and "혁" (10 pt) would not have fitted after it, which the padding its table's
    cells show says (cell_padding); without it, a padding of 0.6 line heights is
    assumed, and the syllable seems to fit."""
    box = (100.0, 100.0, 176.0, 140.0)
    a = TextLine("글로벌사회", 108.0, 104.0, 160.0, 114.0)
    b = TextLine("혁신 오픈캠퍼스", 113.0, 117.0, 163.0, 127.0)
    assert broken_wraps([a, b], box) == [False]
    assert broken_wraps([a, b], box, padding=8.0) == [True]
    tag = TaggedLine
    left_set = [[tag(TextLine("항목", 108.0 + 0.1 * k, 0, 130, 10))] for k in range(4)]
    boxes = [(100.0, 0.0, 200.0, 20.0)] * 4
    assert cell_padding(left_set, boxes) == pytest.approx(8.0)
    # a gutter's middle (no column rule drawn) is no padding: cells disagree
    centred = [[tag(TextLine("항목", x, 0, x + 20, 10))] for x in (108.0, 130.0, 150.0, 160.0)]
    assert cell_padding(centred, [(100.0, 0.0, 200.0, 20.0)] * 4) == 0.0


def test_names_centred_in_equal_columns_show_no_padding() -> None:
    """An org chart's teams, one per line (a hard break), centred in columns of one width:
    names as long stand as far in and agree, but the room beside centred words is no
    padding, and a name with room for another syllable after it was not wrapped."""
    tag = TaggedLine
    boxes = [(57.3 + 88.0 * k, 217.2, 145.3 + 88.0 * k, 304.3) for k in range(4)]
    cells = [
        [tag(TextLine(n, b[0] + 21.0, 220.0 + 12 * i, b[0] + 67.0, 230.0 + 12 * i))
         for i, n in enumerate(("기획총괄팀", "성과평가팀", "시민참여팀"))]
        for b in boxes
    ]  # fmt: skip
    assert cell_padding(cells, boxes) == 0.0
    lines = [t.line for t in cells[0]]
    assert broken_wraps(lines, boxes[0], "every", cell_padding(cells, boxes)) == [False, False]


@pytest.mark.parametrize(
    ("producer", "wraps"),
    [("Skia/PDF m156", "every"), ("LibreOffice 7.4 Writer", "fitting"),
     ("Hancom PDF 1.3.0.550", None), ("", None)],
)  # fmt: skip
def test_which_engines_say_where_they_wrap(producer: str, wraps: str | None) -> None:
    assert wrap_space(producer) == wraps



def test_a_word_before_a_bracket_on_the_next_line_is_the_texts_line() -> None:
    """Chromium: a one-word line "추진실적현황" whose next line opens a bracket is broken
    inside a word only where not even the bracket would have fitted after it."""
    box = (50.0, 100.0, 150.0, 140.0)
    word = TextLine("추진실적현황", 55.0, 104.0, 115.0, 114.0)
    bracket = TextLine("(2024년 기준)", 55.0, 118.0, 125.0, 128.0)
    assert broken_wraps([word, bracket], box) == [False]


def _tabbed_frame() -> list[dict[str, object]]:
    """환경물정책실 p19's box titled by a tab: the frame's top broken where the tab stands
    (67.1-94.6 and 401.8-542.8 at 282.0), the tab's sides reaching from its top (271.4)
    down across the frame's top to 292.7, its bottom not drawn."""
    h = [(67.1, 94.6, 282.0), (401.8, 542.8, 282.0), (94.2, 402.1, 271.4), (67.1, 542.9, 362.7)]
    v = [(67.2, 282.0, 362.7), (94.4, 271.4, 292.7), (402.0, 271.4, 292.7), (542.6, 282.0, 362.7)]
    return [
        *({"orientation": "h", "x0": a, "x1": b, "top": y, "bottom": y} for a, b, y in h),
        *({"orientation": "v", "x0": x, "x1": x, "top": t, "bottom": b} for x, t, b in v),
    ]


def test_a_box_titled_by_a_tab_is_one_box_with_its_tab_inside() -> None:
    [table] = find_ruled_tables(_tabbed_frame())
    assert [tuple(round(v, 1) for v in c) for c in table.cells] == [(67.1, 271.4, 542.8, 362.7)]
    # a frame with rules of its own inside (a chart's frame over its rows) stays as drawn
    inner = {"orientation": "h", "x0": 120.0, "x1": 500.0, "top": 320.0, "bottom": 320.0}
    assert all(
        t.bbox[1] > 271.4 + 1 or t.bbox[3] < 282.0
        for t in find_ruled_tables([*_tabbed_frame(), inner])
    )


def test_a_box_titled_by_a_closed_tab_is_one_box_too() -> None:
    """사회복지국 p11: the tab "◈ 2024년 사회복지국 주요 수상내역 ◈" is a closed box of its own
    (146.2-442.2, 504.3-531.3) straddling the frame's broken top at 516.6."""
    h = [(59.2, 146.8, 516.6), (441.7, 532.0, 516.6), (146.2, 442.2, 504.3),
         (146.2, 442.2, 531.3), (59.0, 532.0, 752.2)]  # fmt: skip
    v = [(59.5, 516.6, 752.2), (146.2, 504.3, 531.3), (442.2, 504.3, 531.3), (531.4, 516.6, 752.2)]
    edges = [
        *({"orientation": "h", "x0": a, "x1": b, "top": y, "bottom": y} for a, b, y in h),
        *({"orientation": "v", "x0": x, "x1": x, "top": t, "bottom": b} for x, t, b in v),
    ]
    [table] = find_ruled_tables(edges)
    assert [tuple(round(c, 1) for c in cell) for cell in table.cells] == [
        (59.2, 504.3, 532.0, 752.2)
    ]


def test_a_frame_whose_top_is_broken_by_its_title_is_one_box() -> None:
    """교통혁신국 p32: the frame's top (at 448.7) is broken where its title "<동부산권 …
    검토 의견(BDI)>" is set in the rule's line (163.8-434.2), nothing drawn round the
    title: one box all the same.  Two boxes side by side (a rule down from each end of
    the gap), or a gap over rules inside the frame, stay as drawn."""
    h = [(67.8, 163.8, 448.7), (434.2, 532.8, 448.7), (67.9, 532.5, 533.4)]
    v = [(68.0, 448.7, 532.9), (532.5, 448.7, 532.9)]

    def edges(hs: list[tuple[float, float, float]], vs: list[tuple[float, float, float]]
              ) -> list[dict[str, object]]:  # fmt: skip
        return [
            *({"orientation": "h", "x0": a, "x1": b, "top": y, "bottom": y} for a, b, y in hs),
            *({"orientation": "v", "x0": x, "x1": x, "top": t, "bottom": b} for x, t, b in vs),
        ]

    [table] = find_ruled_tables(edges(h, v))
    assert [tuple(round(c, 1) for c in cell) for cell in table.cells] == [
        (67.8, 448.7, 532.8, 533.4)
    ]
    # 여성가족국 p7: the title boxed on its own in the gap ("【 2024년 수상 내역 】",
    # 235.1-359.9 over 617.4-632.4), straddling the dashed frame's top at 625.0
    boxed = edges(
        [(57.9, 205.7, 625.0), (389.4, 537.2, 625.0), (57.9, 537.2, 776.8),
         (235.1, 359.9, 617.4), (235.1, 359.9, 632.4)],
        [(58.0, 625.0, 776.8), (537.0, 625.0, 776.8), (235.1, 617.4, 632.4),
         (359.9, 617.4, 632.4)],
    )  # fmt: skip
    [framed] = find_ruled_tables(boxed)
    assert [tuple(round(c, 1) for c in cell) for cell in framed.cells] == [
        (57.9, 617.4, 537.2, 776.8)
    ]
    sides = [(163.8, 448.7, 533.4), (434.2, 448.7, 533.4)]  # (three boxes, the middle open)
    assert all(t.bbox[2] - t.bbox[0] < 300 for t in find_ruled_tables(edges(h, v + sides)))
    inner = [(67.9, 532.5, 490.0)]  # (a rule inside: a table under a title, as drawn)
    assert all(t.bbox[1] > 448.7 + 1 for t in find_ruled_tables(edges(h + inner, v)))


def test_three_boxes_whose_middle_one_is_taller_are_no_tabbed_box() -> None:
    """Boxes side by side, the middle one taller above and below (review D3): its sides
    reach down the others', no tab over one frame; and a frame that holds a ruled table
    under its tab stays as drawn."""
    edges = [*box_edges(50, 300, 200, 340), *box_edges(200, 280, 350, 360),
             *box_edges(350, 300, 500, 340)]  # fmt: skip
    cells = sorted(c for t in find_ruled_tables(edges) for c in t.cells)
    assert cells == [(50, 300, 200, 340), (200, 280, 350, 360), (350, 300, 500, 340)]
    table = [{"orientation": "h", "x0": 67.1, "x1": 542.9, "top": y, "bottom": y}
             for y in (310.0, 336.0)]  # fmt: skip
    [framed] = find_ruled_tables([*_tabbed_frame(), *table])
    assert framed.bbox[1] == 310.0  # (as drawn: no cell reaches up to the tab's top)


def rounded_box(x0: float, y0: float, x1: float, y1: float, r: float = 8.0) -> bytes:
    """A PDF path of a box with rounded corners (Hancom's rounded rectangle), closed."""
    k = r * 0.45
    return (
        b"%.1f %.1f m %.1f %.1f l %.1f %.1f %.1f %.1f %.1f %.1f c "
        % (x0 + r, y0, x1 - r, y0, x1 - r + k, y0, x1, y0 + r - k, x1, y0 + r)
        + b"%.1f %.1f l %.1f %.1f %.1f %.1f %.1f %.1f c "
        % (x1, y1 - r, x1, y1 - r + k, x1 - r + k, y1, x1 - r, y1)
        + b"%.1f %.1f l %.1f %.1f %.1f %.1f %.1f %.1f c "
        % (x0 + r, y1, x0 + r - k, y1, x0, y1 - r + k, x0, y1 - r)
        + b"%.1f %.1f l %.1f %.1f %.1f %.1f %.1f %.1f c "
        % (x0, y0 + r, x0, y0 + r - k, x0 + r - k, y0, x0 + r, y0)
    )


@pytest.mark.parametrize("paint", [b"S", b"f"])
def test_a_box_with_rounded_corners_holds_its_text(paint: bytes) -> None:
    """신공항추진본부 p15: a roadmap's steps, each in a box with rounded corners side by side:
    a stroked box is its four sides met at the corners, so each box's lines read together
    ("alpha one", "alpha two"), not each row across both boxes; a filled shape alone is
    no box of four sides, but two filled shapes side by side, their outlines half their
    side wide, are blocks read each whole (:mod:`extract.read.pdf.bands`)."""
    text = b"".join(
        b"BT /F1 10 Tf %d %d Td (%s) Tj ET\n" % (x, y, word)
        for x, word in ((110, b"alpha"), (310, b"beta"))
        for y, word in ((640, word + b" one"), (625, word + b" two"))
    )
    paths = rounded_box(100, 610, 250, 660) + paint + b"\n" + rounded_box(300, 610, 450, 660)
    data = tiny_pdf(text + paths + paint + b"\n")
    assert_objects_equal(data)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        edges = page_objects(pdf, pdf.pages[0]).edges
    full = [e for e in edges if e["orientation"] == "h" and e["x1"] - e["x0"] == 150.0]
    assert len(full) == (4 if paint == b"S" else 0)
    lines = [ln.text for ln in read_pdf(data, "x").lines if ln.is_content]
    assert lines == ["alpha one", "alpha two", "beta one", "beta two"]


#: cairo's stroked outline of a serif "Ⅰ" 27 pt high (여성가족국 p4 printed again by
#: pdftocairo), in top-down points: serifs 7.4 pt wide, a stem 1.7 pt wide
SERIF_I = [(66.5, 69.5), (66.5, 70.2), (68.7, 70.5), (69.3, 72.0), (69.3, 86.7), (68.7, 87.9),
           (66.5, 88.3), (66.5, 89.0), (73.9, 89.0), (73.9, 88.3), (71.6, 87.9), (71.0, 86.7),
           (71.0, 72.0), (71.6, 70.5), (73.9, 70.2), (73.9, 69.5), (66.5, 69.5)]  # fmt: skip


@pytest.mark.parametrize(
    ("pts", "rules"),
    [
        (SERIF_I, 0),  # a glyph drawn as its outline: no rules (its stem was a box's side)
        ([(x * 3, y * 3) for x, y in SERIF_I], 8),  # the same shape 60 pt high is drawn rules
        ([(10, 10), (18, 10), (18, 18), (10, 18), (10, 10)], 4),  # a small square: a box
        ([(10, 10), (12, 10), (12, 12), (14, 12), (14, 10), (16, 10)], 0),  # an open squiggle
        # review 12 D1: a round-capped dash of a dashed rule (사회복지국 p37), 8 points
        ([(10, 10), (12.5, 10), (12.92, 10.42), (12.5, 10.84), (10, 10.84), (9.58, 10.42),
          (10, 10), (10, 10)], 3),
    ],
)
def test_a_small_path_of_many_corners_draws_no_rules(
    pts: list[tuple[float, float]], rules: int
) -> None:
    edges = curve_edges(pts, True)
    assert len(edges) == rules
    assert not any("rounded" in e for e in edges)


@pytest.mark.parametrize(
    ("pts", "stroked", "want"),
    [
        # Chromium's dash of a dashed border, a filled quad 2.25 x 0.75: its middle
        ([(57.0, 57.0), (59.25, 57.0), (59.25, 57.75), (57.0, 57.75)], False,
         [("h", 57.0, 59.25, 57.375, 57.375)]),
        ([(57.75, 57.0), (57.75, 59.25), (57.0, 59.25), (57.0, 57.0)], False,
         [("v", 57.375, 57.375, 57.0, 59.25)]),
        # a thin filled bar longer than a dash: its sides, as drawn
        ([(10.0, 10.0), (40.0, 10.0), (40.0, 10.75), (10.0, 10.75)], False, 3),
    ],
)  # fmt: skip
def test_a_filled_dash_is_one_stretch_of_its_rule(
    pts: list[tuple[float, float]], stroked: bool, want: object
) -> None:
    """A dash's ends draw no rules across its rule (they had cut figures into columns)."""
    edges = curve_edges(pts, stroked)
    got = [(e["orientation"], e["x0"], e["x1"], e["top"], e["bottom"]) for e in edges]
    assert got == want if isinstance(want, list) else len(got) == want


def _dashed(x0: float, y0: float, x1: float, y1: float) -> bytes:
    """A rule from (x0, y0) to (x1, y1) drawn as Chromium draws a dashed border: filled
    quads 2.25 x 0.75 pt, 3.94 pt apart."""
    out = b""
    along = x1 - x0 if y0 == y1 else y1 - y0
    for k in range(int(along // 3.94) + 1):
        step = k * 3.94
        if y0 == y1:
            out += b"%.2f %.2f 2.25 -0.75 re f\n" % (x0 + step, y0)
        else:
            out += b"%.2f %.2f 0.75 2.25 re f\n" % (x0, y0 + step)
    return out


def test_a_table_with_dashed_rules_reads_as_a_ruled_one() -> None:
    """A table drawn in dashes: the dashes' ends cut no figure into columns, and the
    table's cells are its rules'."""
    xs, ys = [100, 250, 400], [600, 620, 640, 660]
    body = b"".join(_dashed(xs[0], y, xs[-1], y) for y in ys)
    body += b"".join(_dashed(x, ys[0], x, ys[-1]) for x in xs)
    cells = [("item", "643,497"), ("total", "1,234,567"), ("rest", "94,413")]
    for row, (label, figure) in enumerate(cells):
        y = ys[-1] - 20 * row - 14
        body += b"BT /F1 10 Tf %d %d Td (%s) Tj ET\n" % (xs[0] + 5, y, label.encode())
        body += b"BT /F1 10 Tf %d %d Td (%s) Tj ET\n" % (xs[2] - 50, y, figure.encode())
    doc = read_pdf(tiny_pdf(body), "x")
    assert [ln.text for ln in doc.lines if ln.is_content] == [
        "item 643,497", "total 1,234,567", "rest 94,413",
    ]
    (grid,) = doc.tables
    assert (grid.n_rows, grid.n_cols) == (3, 2)


def test_a_numeral_drawn_as_its_outline_stays_beside_its_title() -> None:
    """A PDF printed again by cairo strokes the outline of a Type 3 heading numeral over
    its text: the outline is no box around the numeral, which stays on its title's line."""
    outline = b"%.1f %.1f m " % (SERIF_I[0][0], 842 - SERIF_I[0][1]) + b"".join(
        b"%.1f %.1f l " % (x, 842 - y) for x, y in SERIF_I[1:]
    )
    data = tiny_pdf(b"BT /F1 20 Tf 60 756 Td (I. Title here) Tj ET\n" + outline + b"S\n")
    assert_objects_equal(data)
    lines = [ln.text for ln in read_pdf(data, "x").lines if ln.is_content]
    assert lines == ["I. Title here"]


def test_a_rounded_highlight_over_a_tables_row_cuts_no_cells() -> None:
    """Review 11 R2: a rounded box drawn around one row's values of a ruled table (a
    highlight, inset within the columns) stays as drawn: squared, its sides would cut the
    table into more columns."""
    xs, ys = [100, 250, 400, 500], [700, 680, 660, 640]
    body = b"".join(b"%d %d m %d %d l S\n" % (xs[0], y, xs[-1], y) for y in ys)
    body += b"".join(b"%d %d m %d %d l S\n" % (x, ys[0], x, ys[-1]) for x in xs)
    body += b"".join(
        b"BT /F1 10 Tf %d %d Td (r%dc%d) Tj ET\n" % (x, y, row, col)
        for row, y in enumerate((685, 665, 645)) for col, x in enumerate((110, 260, 410))
    )
    data = tiny_pdf(body + b"1 0 0 RG " + rounded_box(200, 662, 450, 678, r=4) + b"S\n")
    assert_objects_equal(data)
    (grid,) = read_pdf(data, "x").tables
    assert (grid.n_rows, grid.n_cols) == (3, 3)


# --- running heads ------------------------------------------------------------------------

A4_HEIGHT = 842.0


def _paged(pages: Sequence[Sequence[tuple[str, float]]]) -> tuple[list[Line], dict[int, BBox]]:
    """Lines of pages, each (text, top) on a page of A4's height."""
    lines: list[Line] = []
    boxes: dict[int, BBox] = {}
    for page, items in enumerate(pages, start=1):
        for text, top in items:
            no = len(lines) + 1
            lines.append(Line(no, text, text, page, LineKind.CONTENT))
            boxes[no] = (70.0, top, 300.0, top + 10.0)
    return lines, boxes


def _heads(
    pages: Sequence[Sequence[tuple[str, float]]], in_cells: set[int] | None = None
) -> list[str]:
    lines, boxes = _paged(pages)
    heights = {p: A4_HEIGHT for p in range(1, len(pages) + 1)}
    return sorted(
        {lines[n - 1].text for n in running_heads(lines, boxes, heights, in_cells or set())}
    )


def test_a_running_head_over_most_pages_is_furniture() -> None:
    """The same words at the same height in the top or bottom margin of half the pages,
    digits aside: furniture; the cover without it, and body text, stay content."""
    body = [("□ 추진계획", 120.0), ("ㅇ 사업 추진", 400.0)]
    pages = [[("2021년 주요업무보고", 300.0)]] + [
        [("서울혁신기획관", 40.5 + (p % 2)), *body, (f"주요업무보고 {p}", 800.0)]
        for p in range(2, 7)
    ]
    assert _heads(pages) == ["서울혁신기획관", *(f"주요업무보고 {p}" for p in range(2, 7))]


def _head_lines(pages: Sequence[Sequence[tuple[str, float]]]) -> list[tuple[int | None, str]]:
    lines, boxes = _paged(pages)
    heights = {p: A4_HEIGHT for p in range(1, len(pages) + 1)}
    found = running_heads(lines, boxes, heights, set())
    return [(lines[n - 1].page, lines[n - 1].text) for n in sorted(found)]


def test_a_chapters_title_over_each_of_its_pages_is_furniture_after_the_first() -> None:
    """A bound report's chapter title set over every page of the chapter ("Ⅰ. 일반현황" on
    two pages, "Ⅲ. …" on three, too few of all the pages for a running head): each repeat
    is furniture (it had been a second chapter Ⅰ, the budget table under it, not under
    "3. 예 산"); the first is the chapter's heading; a bullet's words that open two pages
    alike ("ㅇ 추진경과") are no title."""
    body = [("ㅇ 추진경과", 40.0), ("- 세부 내용", 120.0)]
    pages = [
        [("Ⅰ. 일반현황", 40.0), ("1. 조 직", 120.0)],
        [("Ⅰ. 일반현황", 40.5), ("(단위 : 백만원)", 120.0)],
        *([("Ⅲ. 2026년 주요업무계획", 40.0), ("□ 사업 추진", 120.0)] for _ in range(3)),
        body, body, body, body, body, body,
    ]
    assert _head_lines(pages) == [(2, "Ⅰ. 일반현황"), (4, "Ⅲ. 2026년 주요업무계획"),
                                  (5, "Ⅲ. 2026년 주요업무계획")]  # fmt: skip


@pytest.mark.parametrize(
    ("why", "text", "top"),
    [
        ("too few pages", "서울혁신기획관", 40.0),
        ("moves", "서울혁신기획관", None),
        ("in the body", "서울혁신기획관", 300.0),
        ("in a cell", "조치결과 및 향후 추진계획", 40.0),
        ("an outline's mark", "□ 추진계획", 40.0),
        # a task's number in the same place on every page
        ("figures", "1-1", 40.0),
        # not the page's first line: a line stands over it
        ("not outermost", "서울혁신기획관", 60.0),
    ],
)
def test_lines_that_are_no_running_head(why: str, text: str, top: float | None) -> None:
    """Two pages only; the same words at heights apart; a line repeated lower on the
    page; a table's header row repeated at the top of every page (in its cells); a line
    an outline's mark opens; a line of figures; a line with another over it."""
    n = 2 if why == "too few pages" else 6
    over = [("2025년 주요업무계획", 30.0)] if why == "not outermost" else []
    pages = [[*over, (text, 40.0 + 10 * p if top is None else top)] for p in range(n)]
    cells = set(range(1, 2 * n + 1)) if why == "in a cell" else None
    assert [h for h in _heads(pages, cells) if h == text] == [], why
