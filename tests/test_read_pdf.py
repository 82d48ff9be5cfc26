"""The PDF reader on the rendered sample, on broken files, and on real Hancom exports.

tests/fixtures/seoul-innovation-bureau-2021.pdf is the text sample drawn the way Hancom
PDF exports look (tools/make_sample_pdf.py); tests/fixtures/bad/ holds broken files
(tools/make_bad_pdfs.py).  Expected values are written from the sample text.
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pdfplumber
import pytest

from extract.document import Document, Line, LineKind
from extract.errors import ReadError
from extract.read.pdf import (
    Glyph,
    RuledTable,
    TextLine,
    cells_to_lines,
    chars_to_lines,
    classify,
    dedupe_chars,
    find_ruled_tables,
    find_vertical_words,
    lines_to_blocks,
    merge_rules,
    page_glyphs,
    page_quality,
    read_pdf,
    sniff_not_pdf,
)
from extract.read.text import read_text
from schemas.models import PageQuality

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
    doc = sample_pdf()
    raw = sum(ln.raw.count("\uf000") for ln in doc.lines)
    assert raw == SAMPLE_TXT.read_text(encoding="utf-8").count("\uf000") == 99
    assert not any("\uf000" in ln.text for ln in doc.lines)
    assert_run(doc, [
        "• 추진방향",
        "○ 미래전환 사회혁신 캠퍼스 중장기 계획 수립을 통한 혁신 인재양성 기반 마련",
    ])


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
    assert run[0].page < headers[-1].page


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


def test_chars_to_lines_keeps_real_spaces_and_adds_gap_spaces() -> None:
    line = glyphs("삶 의  방 식 을")
    # a second run of glyphs far to the right on the same baseline: a gap, so a space
    unit = glyphs("(단위: 천원)", x=400.0, bottom=100.4)
    lower = glyphs("다음 줄", bottom=118.0)
    lines = chars_to_lines(lower + unit + line)
    assert [ln.text for ln in lines] == ["삶 의  방 식 을 (단위: 천원)", "다음 줄"]


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
    content = {
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


def test_lines_to_blocks_orders_by_top_then_x() -> None:
    lines = [tl("아래", 100), tl("위", 10), tl("오른쪽", 50.5, x0=300)]
    table = [tl("표 첫 줄", 51), tl("표 둘째 줄", 70)]
    ordered = lines_to_blocks(lines, [table], [(0.0, 50.0, 200.0, 90.0)])
    assert [ln.text for ln in ordered] == ["위", "표 첫 줄", "표 둘째 줄", "오른쪽", "아래"]


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
        import fontTools
        import reportlab

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
        import make_sample_pdf
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
    return "\ue000" <= ch <= "\uf8ff"


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
