"""The HWPX reader: hand-made files for each construct, broken files, and the corpus.

Corpus tests read ../shared/realworld/hwp/ and skip when it is absent; they cross-check
every paragraph and every cell (with its span) against python-hwpx's reading.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from extract.document import LineKind
from extract.errors import ReadError
from extract.layout import Node, layout
from extract.normalize.spacing import despace
from extract.read import hwpx as hwpx_reader
from extract.read import read_bytes
from tests.hwpx_maker import (
    BORDERED,
    BR,
    FILLS,
    FW,
    NB,
    TAB,
    Raw,
    bordered_table,
    bullet,
    cell,
    compose,
    container,
    document_view,
    footnote,
    header,
    header_xml,
    hwpx,
    numbering,
    p,
    para_pr,
    rect,
    reference_view,
    sec,
    t,
    tbl,
)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "realworld" / "hwp"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="no ../shared/realworld/hwp")


def read(data: bytes):  # type: ignore[no-untyped-def]
    return read_bytes(data, "test.hwpx")


def texts(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [ln.text for ln in doc.lines]


# --- text ---------------------------------------------------------------------------


def test_paragraphs_become_lines_with_where() -> None:
    doc = read(hwpx(sec(p("Ⅰ. 일반현황"), p(""), p("□ 추진배경"))))
    assert doc.format == "hwpx" and doc.pages is None
    assert [(ln.no, ln.text, ln.where, ln.page) for ln in doc.lines] == [
        (1, "Ⅰ. 일반현황", "s0/p0", None),
        (2, "□ 추진배경", "s0/p2", None),  # the empty paragraph is skipped
    ]


def test_text_after_inline_elements_is_kept() -> None:
    """Tails after fwSpace, nbSpace and tab are text; a lineBreak starts a new line."""
    doc = read(hwpx(sec(p(t("□", FW, FW, "추진배경", TAB, "(1월)", NB, "끝", BR, "둘째 줄")))))
    assert texts(doc) == ["□  추진배경  (1월) 끝", "둘째 줄"]
    assert doc.lines[0].raw == "□\u3000\u3000추진배경\t(1월)\u00a0끝"
    assert {ln.where for ln in doc.lines} == {"s0/p0"}


def test_a_tab_is_a_wide_gap() -> None:
    """A tab moves the text on to the next tab stop, a gap as wide as several spaces: in
    letter-spaced text the words it parts stay apart, as a double space keeps them (the
    goal Hancom shows as "상 생    가 치    실 현" is 상생 가치 실현)."""
    goal = p(t("상 생", TAB, "가 치", TAB, "실 현"))
    doc = read(hwpx(sec(p(tbl(1, 2, [cell(0, 0, p("목표")), cell(0, 1, goal)])))))
    assert doc.tables[0].cells[1].paragraphs == ("상 생  가 치  실 현",)
    assert despace(doc.tables[0].cells[1].paragraphs[0]) == "상생 가치 실현"
    assert doc.lines[0].raw == "목표 상 생\t가 치\t실 현"


def test_runs_join_and_text_is_normalized() -> None:
    doc = read(hwpx(sec(p("’21. 4.", "∼12.", t("２０２１")))))
    assert texts(doc) == ["’21. 4.~12.2021"]


def test_second_section() -> None:
    doc = read(hwpx(sec(p("첫 구역")), sec(p("둘째"), p("구역"))))
    assert [(ln.text, ln.where) for ln in doc.lines] == [
        ("첫 구역", "s0/p0"),
        ("둘째", "s1/p0"),
        ("구역", "s1/p1"),
    ]


def test_sections_follow_the_manifest_spine() -> None:
    spine = (
        b'<opf:package xmlns:opf="http://www.idpf.org/2007/opf/"><opf:manifest>'
        b'<opf:item id="a" href="Contents/section1.xml"/>'
        b'<opf:item id="b" href="Contents/section0.xml"/></opf:manifest>'
        b'<opf:spine><opf:itemref idref="a"/><opf:itemref idref="b"/></opf:spine></opf:package>'
    )
    doc = read(hwpx(sec(p("zero")), sec(p("one")), extra={"Contents/content.hpf": spine}))
    assert texts(doc) == ["one", "zero"]


# --- tables -------------------------------------------------------------------------


def budget_table() -> bytes:
    return hwpx(
        sec(
            p("예산 현황"),
            p(
                "앞",
                tbl(
                    3,
                    3,
                    [
                        cell(0, 0, p("구분"), rs=2),
                        cell(0, 1, p("예산"), cs=2),
                        cell(1, 1, p("2025")),
                        cell(1, 2, p("2026")),
                        cell(2, 0, p("계")),
                        cell(2, 1, p("1,000")),
                        cell(2, 2, p("1,200"), p("(증 200)")),
                    ],
                ),
                "뒤",
            ),
        )
    )


def test_table_is_linearized_in_place() -> None:
    doc = read(budget_table())
    assert [(ln.text, ln.where) for ln in doc.lines] == [
        ("예산 현황", "s0/p0"),
        ("앞", "s0/p1"),
        ("구분 예산", "s0/p1/t0/r0c0/p0"),  # one-line cells joined; 구분 spans rows 0-1
        ("2025 2026", "s0/p1/t0/r1c1/p0"),
        ("계 1,000", "s0/p1/t0/r2c0/p0"),
        ("1,200", "s0/p1/t0/r2c2/p0"),  # a cell of two paragraphs: its own lines
        ("(증 200)", "s0/p1/t0/r2c2/p1"),
        ("뒤", "s0/p1"),  # text after the table stays after it
    ]


def test_table_grid() -> None:
    doc = read(budget_table())
    (grid,) = doc.tables
    assert (grid.n_rows, grid.n_cols, grid.source, grid.where) == (3, 3, "native", "s0/p1/t0")
    assert grid.coverage_errors() == [] and doc.problems == []
    cells = {(c.row, c.col): c for c in grid.cells}
    assert (cells[0, 0].row_span, cells[0, 0].col_span) == (2, 1)
    assert (cells[0, 1].row_span, cells[0, 1].col_span) == (1, 2)
    assert cells[2, 2].paragraphs == ("1,200", "(증 200)")
    assert cells[2, 2].where == "s0/p1/t0/r2c2"
    by_no = {ln.no: ln.text for ln in doc.lines}
    assert [by_no[n] for n in cells[0, 1].lines] == ["구분 예산"]
    assert [by_no[n] for n in cells[2, 2].lines] == ["1,200", "(증 200)"]
    assert grid.at(1, 0) is cells[0, 0]
    assert grid.lines == [3, 4, 5, 6, 7]


def test_nested_table_inside_its_cell() -> None:
    inner = tbl(1, 2, [cell(0, 0, p("안1")), cell(0, 1, p("안2"))])
    doc = read(
        hwpx(sec(p(tbl(1, 2, [cell(0, 0, p("겉"), p(inner), p("아래")), cell(0, 1, p("옆"))]))))
    )
    assert [(ln.text, ln.where) for ln in doc.lines] == [
        ("겉", "s0/p0/t0/r0c0/p0"),
        ("안1 안2", "s0/p0/t0/r0c0/p1/t0/r0c0/p0"),
        ("아래", "s0/p0/t0/r0c0/p2"),
        ("옆", "s0/p0/t0/r0c1/p0"),
    ]
    (grid,) = doc.tables
    outer = grid.cells[0]
    assert outer.paragraphs == ("겉", "아래") and outer.lines == (1, 3)
    (nested,) = outer.tables
    assert nested.where == "s0/p0/t0/r0c0/p1/t0" and nested.cells[1].lines == (2,)
    assert grid.lines == [1, 2, 3, 4]


def test_a_cell_holding_only_a_table_is_not_joined() -> None:
    inner = tbl(1, 1, [cell(0, 0, p("안"))])
    doc = read(
        hwpx(sec(p(tbl(1, 3, [cell(0, 0, p("a")), cell(0, 1, p(inner)), cell(0, 2, p("b"))]))))
    )
    assert texts(doc) == ["a", "안", "b"]


def test_caption_above_and_below() -> None:
    body = [cell(0, 0, p("x"))]
    above = read(hwpx(sec(p(tbl(1, 1, body, caption=[p("(단위: 명)")], side="TOP")))))
    below = read(hwpx(sec(p(tbl(1, 1, body, caption=[p("※ 주석")], side="BOTTOM")))))
    assert [(ln.text, ln.where) for ln in above.lines] == [
        ("(단위: 명)", "s0/p0/t0/cap/p0"),
        ("x", "s0/p0/t0/r0c0/p0"),
    ]
    assert texts(below) == ["x", "※ 주석"]


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ([cell(0, 0, p("a")), cell(1, 1, p("b"))], ["r0c1 not covered", "r1c0 not covered"]),
        (
            [cell(0, 0, p("a"), cs=2), cell(0, 1, p("b")), cell(1, 0, p("c"), cs=2)],
            ["r0c1 covered 2 times"],
        ),
        ([cell(0, 0, p("a"), rs=5, cs=2)], ["r0c0 spans 5x2"]),
        (
            [cell(0, 0, p("a"), cs=2), cell(1, 0, p("b"), cs=2), cell(3, 0, p("c"))],
            ["r3c0 outside"],
        ),
    ],
)
def test_spans_that_do_not_tile_the_grid_are_reported(
    cells: list[str], expected: list[str]
) -> None:
    doc = read(hwpx(sec(p("표"), p(tbl(2, 2, cells)))))  # type: ignore[arg-type]
    (code, message), *_ = doc.problems
    assert code == "hwpx.span" and "table s0/p1/t0 (2x2)" in message
    for part in expected:
        assert part in message
    assert texts(doc)[0] == "표"  # read all the same


def test_a_huge_span_does_not_hang() -> None:
    cells = [cell(0, 0, p("a"), rs=10**9, cs=10**9)]
    doc = read(hwpx(sec(p(tbl(10**6, 10**6, cells)))))  # type: ignore[arg-type]
    assert texts(doc) == ["a"]
    assert doc.problems and "too large to check" in doc.problems[0][1]


# --- borders ------------------------------------------------------------------------


def test_cells_carry_their_drawn_sides() -> None:
    """Each cell's borderFillIDRef names a fill of header.xml; any line but NONE is drawn."""
    doc = read(bordered_table())
    assert {(c.row, c.col): c.borders for c in doc.tables[0].cells} == BORDERED
    assert doc.problems == []


@pytest.mark.parametrize(
    ("header_part", "top_left"),
    [
        (None, ""),  # no header.xml
        (b"<hh:head", ""),  # not well-formed
        (b'<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', ""),  # refused: a DTD
        (header_xml(FILLS[:1]), ""),  # only fill 1 (no side drawn): fills 2-4 are unknown
        (header_xml([("NONE",), ("SOLID", "SOLID")]), "LR"),  # top, bottom not written
    ],
)
def test_borders_that_cannot_be_known_are_empty(header_part: bytes | None, top_left: str) -> None:
    """Borders are a hint: a missing or damaged header never stops the reading."""
    doc = read(bordered_table(header_part))
    borders = {(c.row, c.col): c.borders for c in doc.tables[0].cells}
    assert borders == {**dict.fromkeys(BORDERED, ""), (0, 0): top_left}
    assert texts(doc) == ["a b", "c d"] and doc.problems == []


# --- text boxes, notes, headers ------------------------------------------------------


def test_text_box_is_read_in_place() -> None:
    doc = read(hwpx(sec(p("▪ 인성교육 운영 ", rect(p("신규")), ""), p("다음"))))
    assert [(ln.text, ln.where) for ln in doc.lines] == [
        ("▪ 인성교육 운영", "s0/p0"),
        ("신규", "s0/p0/b0/p0"),
        ("다음", "s0/p1"),
    ]


def test_grouped_text_boxes_in_order() -> None:
    doc = read(hwpx(sec(p(container(rect(p("➊")), rect(p("창의융합"), p("교육")))), p("본문"))))
    assert [(ln.text, ln.where) for ln in doc.lines] == [
        ("➊", "s0/p0/b0/p0"),
        ("창의융합", "s0/p0/b1/p0"),
        ("교육", "s0/p0/b1/p1"),
        ("본문", "s0/p1"),
    ]


def test_text_box_in_a_cell_is_the_cells_text() -> None:
    doc = read(hwpx(sec(p(tbl(1, 2, [cell(0, 0, p(rect(p("상자")))), cell(0, 1, p("옆"))])))))
    assert texts(doc) == ["상자 옆"]
    assert doc.tables[0].cells[0].paragraphs == ("상자",)


def test_footnote_follows_its_paragraph() -> None:
    cells = [
        cell(0, 0, p("경상수입", footnote(p("경상수입: 조세 포함")))),
        cell(0, 1, p("167,642")),
    ]
    doc = read(
        hwpx(sec(p("본문", footnote(p("각주 글")), " 이어서"), p(tbl(1, 2, cells)), p("끝")))
    )
    assert [(ln.text, ln.where) for ln in doc.lines] == [
        ("본문 이어서", "s0/p0"),  # a note does not cut its sentence
        ("각주 글", "s0/p0/n0/p0"),
        ("경상수입 167,642", "s0/p1/t0/r0c0/p0"),  # nor its table row
        ("경상수입: 조세 포함", "s0/p1/t0/r0c0/p0/n0/p0"),
        ("끝", "s0/p2"),
    ]


def test_overlapped_characters_are_their_text() -> None:
    """글자 겹치기 draws its characters as one (a card's number in a circle): they are the
    text where they stand; Hancom's glyphs of a tens and a units digit overlapped are the
    circled number (moel_2025_report's ⑩ after its ① .. ⑨); other private-use glyphs spell
    nothing and are left out."""
    cells = [cell(0, 0, p(compose("10"))), cell(0, 1, p("청년 일자리 확대"))]
    doc = read(
        hwpx(
            sec(
                p("과제 ", compose("3", circle="CHAR", kind="OVERLAP"), " 이행"),
                p(tbl(1, 2, cells)),
                p(compose("\U000f02ba\U000f02c3", circle="CHAR", kind="OVERLAP"), " 공정일터"),
                p(compose("\U000f02ba\U000f02c4", circle="CHAR", kind="OVERLAP"), " 참여형"),
                p(compose("\U000f0854\U000f02c3", circle="CHAR", kind="OVERLAP"), " 포용"),
            )
        )
    )
    assert texts(doc) == ["과제 3 이행", "⑩ 청년 일자리 확대", "⑩ 공정일터", "⑪ 참여형", "포용"]
    assert doc.tables[0].cells[0].paragraphs == ("⑩",)  # (10 in a circle)


def change(mark: str, k: int) -> Raw:
    """A track-changes mark (hp:insertBegin, hp:deleteEnd, ...) of change ``k``."""
    return Raw(f'<hp:{mark} Id="{k}" TcId="{k}" paraend="0"/>')


def run(*parts: str) -> Raw:
    """One more run of a paragraph."""
    return Raw(f'</hp:run><hp:run charPrIDRef="1">{"".join(parts)}')


#: amounts changed under track changes (변경 추적): in one hp:t, across two runs, from a
#: paragraph's middle into the next one (whose text then follows on, as Hancom shows it),
#: over a whole paragraph and a table, and inside a cell
TRACKED = sec(
    p(t("예산 ", change("deleteBegin", 1), "9,999", change("deleteEnd", 1),
        change("insertBegin", 2), "12,099", change("insertEnd", 2), "천원")),
    p(t("총 ", change("deleteBegin", 3), "5"), run(t("0", change("deleteEnd", 3), "10개 사업"))),
    p(t("□ 추진배경", change("deleteBegin", 4), " (구 계획)")),
    p(t("폐지 문단", change("deleteEnd", 4), " 및 추진경과")),
    p(t("○ 유지", change("deleteBegin", 5), " 삭제")),
    p("삭제된 문단"),
    p(tbl(1, 1, [cell(0, 0, p("삭제된 표"))])),
    p(t(change("deleteEnd", 5))),
    p(tbl(1, 2, [cell(0, 0, p("사업비")),
                 cell(0, 1, p(t(change("deleteBegin", 6), "1,000", change("deleteEnd", 6),
                                "2,000", NB, "백만원")))])),
    p(t("끝", change("insertBegin", 7), " 추가", change("insertEnd", 7))),
)  # fmt: skip


def test_text_deleted_under_track_changes_is_not_read() -> None:
    """Hancom shows an edit under track changes done: inserted text is there, deleted
    text (from hp:deleteBegin to the hp:deleteEnd of its Id, in a later hp:t, run or
    paragraph) and what is anchored in it are not; a paragraph whose end is deleted runs
    on into the next paragraph's text."""
    doc = read(hwpx(TRACKED))
    assert texts(doc) == [
        "예산 12,099천원",
        "총 10개 사업",
        "□ 추진배경 및 추진경과",
        "○ 유지",
        "사업비 2,000 백만원",
        "끝 추가",
    ]
    assert [ln.where for ln in doc.lines][2:4] == ["s0/p2", "s0/p4"]
    assert len(doc.tables) == 1 and doc.tables[0].cells[1].paragraphs == ("2,000 백만원",)
    assert not doc.problems


def test_a_deletion_that_never_ends_deletes_nothing() -> None:
    doc = read(hwpx(sec(p(t("예산 ", change("deleteBegin", 1), "9,999")), p("다음"))))
    assert texts(doc) == ["예산 9,999", "다음"]
    assert [code for code, _ in doc.problems] == ["hwpx.track"]


#: a header of bullets ○ and a Wingdings ● (id 1, 2), a numbering of four levels (id 1:
#: "1." / "가." / "(1)" / "①") and an outline numbering (id 2: "Ⅰ." / "1)"); paragraph
#: shapes 1-2 are the bullets, 3-6 the numbering's levels, 7-8 the outline's
HEADS = header_xml(
    numberings=[
        numbering(1, [("^1.", "DIGIT"), ("^2.", "HANGUL_SYLLABLE"), ("(^3)", "DIGIT"),
                      ("^4", "CIRCLED_DIGIT")]),
        numbering(2, [("^1.", "ROMAN_CAPITAL"), ("^2)", "DIGIT")]),
    ],
    bullets=[bullet(1, "○"), bullet(2, "\uf06c")],
    para_prs=[para_pr(0), para_pr(1, "BULLET", 1), para_pr(2, "BULLET", 2)]
    + [para_pr(3 + k, "NUMBER", 1, k) for k in range(4)]
    + [para_pr(7 + k, "OUTLINE", 0, k) for k in range(2)],
)  # fmt: skip
SEC_PR = Raw('<hp:secPr id="" textDirection="HORIZONTAL" outlineShapeIDRef="2"/>')


def test_bullets_and_numbers_of_the_paragraph_shape_are_read_as_typed() -> None:
    """A paragraph whose shape has a heading shows its bullet, or its number counted on
    from the last paragraph of its numbering, before its first line, then a space."""
    doc = read(
        hwpx(
            sec(
                p(SEC_PR, "계획"),
                p("추진 배경", pr=1),
                p("기반 조성", pr=2),  # a Wingdings bullet: as typed, read as ●
                p("목표", pr=3),
                p("세부 과제", pr=4),
                p("  둘째 과제", pr=4),  # typed indent: one space after the number
                p("소과제", pr=5),
                p("첫째", pr=6),
                p("", pr=3),  # no text: no line, though Hancom counts it
                p("본문 글"),
                p("과제", pr=3),  # 4.: a higher level starts the levels under it over
                p("세부", pr=4),
                p("일반현황", pr=7),  # outline: the section's numbering 2
                p("조직", pr=8),
                p(tbl(1, 1, [cell(0, 0, p("셀 안", pr=1))])),
            ),
            extra={"Contents/header.xml": HEADS},
        )
    )
    assert texts(doc) == [
        "계획", "○ 추진 배경", "● 기반 조성", "1. 목표", "가. 세부 과제", "나. 둘째 과제",
        "(1) 소과제", "① 첫째", "본문 글", "3. 과제", "가. 세부", "Ⅰ. 일반현황", "1) 조직",
        "○ 셀 안",
    ]  # fmt: skip


def test_a_header_without_headings_is_not_parsed_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a file whose paragraphs use a shape with a heading has its header parsed."""
    calls: list[int] = []
    real = hwpx_reader._Reader.heads

    def spy(self):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(self)

    monkeypatch.setattr(hwpx_reader._Reader, "heads", spy)
    assert texts(read(hwpx(sec(p("본문")), extra={"Contents/header.xml": HEADS}))) == ["본문"]
    assert calls == []
    assert texts(read(hwpx(sec(p("본문", pr=1)), extra={"Contents/header.xml": HEADS}))) == [
        "○ 본문"
    ]
    assert calls


def test_header_text_is_page_furniture() -> None:
    doc = read(hwpx(sec(p(header(p("고용노동부")), "본문"))))
    assert [(ln.text, ln.kind) for ln in doc.lines] == [
        ("고용노동부", LineKind.FURNITURE),
        ("본문", LineKind.CONTENT),
    ]
    assert doc.lines[0].where == "s0/p0/h0/p0"


def test_a_switch_is_read_once() -> None:
    """hp:switch offers alternatives (hp:case, hp:default): one of them is read."""
    switch = Raw(
        f'<hp:switch><hp:case hp:required-namespace="urn:x">{t("새 방식")}</hp:case>'
        f"<hp:default>{t('기본')}</hp:default></hp:switch>"
    )
    doc = read(hwpx(sec(p("앞 ", switch, " 뒤"))))
    assert texts(doc) == ["앞 기본 뒤"]


# --- recognising the format ---------------------------------------------------------


def test_read_by_content_not_by_name() -> None:
    doc = read_bytes(hwpx(sec(p("본문"))), "report.txt")
    assert doc.format == "hwpx"


def test_recognised_by_the_manifest_without_a_mimetype() -> None:
    assert read(hwpx(sec(p("본문")), with_mimetype=False)).format == "hwpx"


def test_another_zip_is_not_hwpx() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(ReadError, match="not HWPX"):
        read(buf.getvalue())


# --- broken files -------------------------------------------------------------------


def test_a_damaged_zip_that_does_not_say_hwpx() -> None:
    data = hwpx(sec(p("본문")), with_mimetype=False)
    with pytest.raises(ReadError, match=r"damaged or truncated"):
        read(data[: len(data) // 2])


def test_missing_manifest_reads_sections_by_name() -> None:
    doc = read(hwpx(sec(p("a")), sec(p("b")), with_manifest=False))
    assert texts(doc) == ["a", "b"]
    assert doc.problems[0][0] == "hwpx.manifest"


def test_manifest_naming_a_missing_section() -> None:
    data = hwpx(sec(p("a")), sec(p("b")))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parts = {n: zf.read(n) for n in zf.namelist() if n != "Contents/section1.xml"}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n, d in parts.items():
            zf.writestr(n, d)
    doc = read(buf.getvalue())
    assert texts(doc) == ["a"] and "section1.xml" in doc.problems[0][1]


def test_bad_xml_is_a_read_error() -> None:
    with pytest.raises(ReadError, match=r"section0.xml is not well-formed XML") as exc:
        read(hwpx(sec(p("a"))[:-20]))
    assert "\n" not in exc.value.reason


def test_entities_are_refused() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><hs:sec>&b;</hs:sec>'
    )
    with pytest.raises(ReadError, match="DTD"):
        read(hwpx(bomb))


def test_no_sections() -> None:
    with pytest.raises(ReadError, match="no sections"):
        read(hwpx(with_manifest=False))


def test_no_text() -> None:
    with pytest.raises(ReadError, match="holds no text"):
        read(hwpx(sec(p(""), p(" "))))


def test_truncated_zip() -> None:
    data = hwpx(sec(*[p(f"문단 {i}") for i in range(200)]))
    # cut before any section: an error
    with pytest.raises(ReadError, match="damaged or truncated before any of its text") as exc:
        read(data[: len(data) // 3])
    assert "\n" not in exc.value.reason
    # its zip directory lost: the entries before the cut are read, and the cut is named
    doc = read(data[: len(data) - 30])
    assert len(doc.lines) == 200 and [c for c, _ in doc.problems] == ["hwpx.truncated"]


def test_flipped_bytes_never_raise_anything_but_read_error() -> None:
    data = bytearray(hwpx(sec(p("본문"), p(tbl(1, 1, [cell(0, 0, p("x"))])))))
    for i in range(40, len(data), max(1, len(data) // 300)):
        damaged = bytearray(data)
        damaged[i] ^= 0xFF
        try:
            read(bytes(damaged))
        except ReadError as exc:
            assert "\n" not in exc.reason


def zeros_entry(name: str, size: int, declared: int | None = None) -> bytes:
    """A zip whose ``name`` inflates to ``size`` zero bytes (a few KB on disk)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", b"application/hwp+zip", compress_type=zipfile.ZIP_STORED)
        with zf.open(name, "w", force_zip64=True) as f:
            chunk = bytes(2**20)
            for _ in range(size // len(chunk)):
                f.write(chunk)
            f.write(bytes(size % len(chunk)))
    data = buf.getvalue()
    if declared is not None:  # lie about the size in both headers
        data = data.replace(size.to_bytes(8, "little"), declared.to_bytes(8, "little"))
    return data


def test_a_part_that_inflates_past_the_limit_fails_cleanly(monkeypatch: pytest.MonkeyPatch) -> None:
    data = zeros_entry("Contents/section0.xml", hwpx_reader.MAX_PART_BYTES + 1)
    assert len(data) < 200_000
    with pytest.raises(ReadError, match="inflates past 64 MB"):
        read(data)


def test_a_part_that_lies_about_its_size_fails_cleanly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hwpx_reader, "MAX_PART_BYTES", 2**20)
    data = zeros_entry("Contents/section0.xml", 3 * 2**20, declared=100)
    with pytest.raises(ReadError) as exc:
        read(data)
    assert "inflates past" in exc.value.reason or "damaged" in exc.value.reason


def test_password_protected_hwpx() -> None:
    manifest = (
        b'<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        b'<odf:file-entry odf:full-path="Contents/section0.xml"><odf:encryption-data/>'
        b"</odf:file-entry></odf:manifest>"
    )
    with pytest.raises(ReadError, match="password-protected"):
        read(hwpx(sec(p("x")), extra={"META-INF/manifest.xml": manifest}))


def nest(levels: int) -> bytes:
    inner = p("깊은 곳")
    for _ in range(levels):
        inner = p(tbl(1, 1, [cell(0, 0, inner)]))
    return hwpx(sec(p("위"), inner))


def test_deep_nesting_is_cut_with_a_problem() -> None:
    doc = read(nest(45))
    assert texts(doc) == ["위"]
    assert ("hwpx.depth", "objects nested more than 40 deep are not read") in doc.problems


def test_very_deep_xml_is_a_read_error() -> None:
    deep = "<hp:x>" * 100_000 + "</hp:x>" * 100_000
    box = Raw(rect(p("상자")).replace("<hp:drawText", deep + "<hp:drawText"))
    with pytest.raises(ReadError, match="nested too deeply"):
        read(hwpx(sec(p("위"), p(box))))


# --- the corpus ---------------------------------------------------------------------


@needs_corpus
@pytest.mark.parametrize(
    ("name", "n_tables", "n_all", "n_merged"),
    [("moel_2025_report.hwpx", 44, 44, 330), ("daejeon_edu_2026_plan.hwpx", 236, 256, 25)],
)
def test_corpus_agrees_with_python_hwpx(
    name: str, n_tables: int, n_all: int, n_merged: int
) -> None:
    pytest.importorskip("hwpx")
    data = (CORPUS / name).read_bytes()
    doc = read_bytes(data, name)
    mine = document_view(doc)
    ref = reference_view(data)
    assert mine[0] == ref[0]  # every paragraph outside a table: same text, same place
    assert mine[1] == ref[1]  # every table: same size, cells, spans and cell text
    assert len(doc.tables) == n_tables and len(mine[1]) == n_all
    merged = sum(1 for _, _, cells in mine[1].values() for c in cells if c[2] > 1 or c[3] > 1)
    assert merged == n_merged
    assert doc.problems == []
    # paragraphs come in document order (notes follow their paragraph)
    order = [tuple(int(x[1:]) for x in ln.where.split("/")[:2]) for ln in doc.lines if ln.where]
    assert order == sorted(order)


@needs_corpus
def test_moel_org_chart_cells_carry_their_borders() -> None:
    """고용노동부's 기구 및 조직 현황: a 24x47 table whose empty cells' borders draw the lines.

    Read in moel_2025_report.hwpx: Contents/section0.xml, the hp:tbl with rowCnt="24"
    colCnt="47" (the first table of paragraph 19): each hp:tc's borderFillIDRef, looked
    up in Contents/header.xml's hh:borderFill of that id (its four *Border types).
    """
    doc = read_bytes((CORPUS / "moel_2025_report.hwpx").read_bytes(), "moel")
    (chart,) = [g for g in doc.tables if (g.n_rows, g.n_cols) == (24, 47)]
    assert chart.where == "s0/p19/t0"
    cells = {(c.row, c.col): c for c in chart.cells}
    # 장관 (rowAddr 0, colAddr 11, colSpan 7): borderFillIDRef 44, four SOLID sides
    assert cells[0, 11].text == "장관" and cells[0, 11].borders == "LRTB"
    # under it, the line down from 장관 between columns 14 and 15 (empty cells): r1c14 is
    # fill 51 (right and top SOLID, left and bottom NONE), r1c15 fill 52 (left and top)
    assert cells[1, 14].is_empty and cells[1, 14].borders == "RT"
    assert cells[1, 15].is_empty and cells[1, 15].borders == "LT"
    # the blank corner r0c0: fill 41, all four NONE
    assert cells[0, 0].borders == ""
    # 국제협력관 (r23c5) is fill 95: left NONE (its neighbour 정책기획관 draws that line)
    assert cells[23, 5].text == "국제\n협력관" and cells[23, 5].borders == "RTB"


@needs_corpus
def test_daejeon_text_boxes_and_nested_tables() -> None:
    doc = read_bytes((CORPUS / "daejeon_edu_2026_plan.hwpx").read_bytes(), "daejeon")
    boxes = [ln for ln in doc.lines if "/b" in (ln.where or "")]
    assert len(boxes) > 100

    def nested(grids):  # type: ignore[no-untyped-def]
        return [t for g in grids for c in g.cells for t in [*c.tables, *nested(c.tables)]]

    assert len(nested(doc.tables)) == 20


def _outline_nodes(*paras: str) -> dict[str, Node]:
    """The outline's nodes by title, of an HWPX file of ``paras`` (one section)."""
    data = hwpx(sec(*paras))
    return {n.title: n for n in layout(read_bytes(data, "x.hwpx")).outline.nodes if n.lines}


def _box(*lines: str) -> Raw:
    """A paragraph holding a box: a table of one cell with ``lines``."""
    return p(tbl(1, 1, [cell(0, 0, *map(p, lines))]))


@pytest.mark.parametrize("gap", [" ", " " * 40])  # (spaces that set the subtitle right)
def test_a_summary_box_after_an_items_lists_stands_under_the_item(gap: str) -> None:
    """대전교육청: each task (1-1-1 ...) ends with a box "변화하는 정책 - … -" over ▪ lines,
    a table after the last ⦁ of its last □: with no page to show where the box is drawn,
    the box sums up the task (a child of it beside the □ groups), not the last ⦁; spaces
    that set its subtitle right do not make the title too long to be one."""
    box = tbl(2, 1, [
        cell(0, 0, p(f"변화하는 정책{gap}- 체험과 실천 중심 인성교육 -")),
        cell(1, 0, p("▪「동행 성장 4인성」 인성교육 운영"), p("- 시행 계획 수립 및 운영")),
    ])  # fmt: skip
    nodes = _outline_nodes(
        p("Ⅲ. 정책 방향"), p("1-1-1 체험과 실천 중심 인성교육"), p("□ 체험 중심 효교육 내실화"),
        p("⦁지역사회 연계 효·인성체험교실 운영"), p("□ 시민·역사교육 강화"),
        p("⦁시민·역사적 가치 체험 모델 확산"), p(box), p("1-1-2 독서인문교육"),
    )  # fmt: skip
    summary = nodes[f"변화하는 정책{gap}- 체험과 실천 중심 인성교육 -"]
    assert summary.parent is nodes["체험과 실천 중심 인성교육"]
    assert nodes["「동행 성장 4인성」 인성교육 운영"].parent is summary
    assert nodes["독서인문교육"].parent is nodes["정책 방향"]


def test_a_note_that_opens_a_box_heads_the_items_in_it() -> None:
    """대전교육청: a box after the ⦁ lines holds "* 공립유치원 운영 유형" over the dashes
    that define it: the dashes are the note's (not siblings of the ⦁), and the note goes
    under the ⦁ that carries its mark, not the last one."""
    nodes = _outline_nodes(
        p("Ⅲ. 정책 방향"), p("□ 유아교육 기반 강화"), p("⦁공립유치원 운영 유형* 다양화"),
        p("⦁소규모 유치원 지원 강화"),
        _box("* 공립유치원 운영 유형", " - 통합형: 3학급 이상", " - 거점형: 중심유치원 지원"),
        p("□ 공립유치원 신설"),
    )  # fmt: skip
    note = nodes["공립유치원 운영 유형"]
    assert note.kind == "note" and note.parent is nodes["공립유치원 운영 유형* 다양화"]
    assert [c.title for c in note.children] == ["통합형: 3학급 이상", "거점형: 중심유치원 지원"]
    assert nodes["공립유치원 신설"].parent is nodes["정책 방향"]


def test_the_items_of_a_box_a_note_heads_stay_in_it() -> None:
    """nikl p28: a framed box "※ 2023년 예산 세부 내역" over □ items (each with its ㅇ),
    after the task's own □ items: the boxed □ are the note's, not siblings of the task's
    □; the first □ after the box is the task's again."""
    nodes = _outline_nodes(
        p("Ⅳ. 역점추진 과제"), p("1. 인공지능 평가 체계 개발"), p("□ 기대효과"),
        p("ㅇ 평가의 효율성 확보"),
        _box("※ 2023년 예산 세부 내역", "□ 평가체계 개발 : 20.7억원", "ㅇ 자료 구축 : 1,500백만원",
             "□ 진단체계 개발 : 20억원", "ㅇ 시범운영 : 600백만원"),
        p("□ 추진 일정"),
    )  # fmt: skip
    note = nodes["2023년 예산 세부 내역"]
    boxed = ["평가체계 개발 : 20.7억원", "진단체계 개발 : 20억원"]
    assert [c.title for c in note.children] == boxed
    assert nodes["자료 구축 : 1,500백만원"].parent is nodes["평가체계 개발 : 20.7억원"]
    assert nodes["추진 일정"].parent is nodes["인공지능 평가 체계 개발"]


def test_a_notes_own_lines_before_the_items_of_its_box() -> None:
    """대전교육청 T128: "** 두드림학교", its text on the next line, then the sub-notes
    "1) …" "2) …" its text marks: the sub-notes are the note's, not the last ⦁'s."""
    nodes = _outline_nodes(
        p("Ⅲ. 정책 방향"), p("□ 기초학력 보장"), p("⦁통합 지원을 위한 두드림 학교** 운영 확대"),
        p("⦁한글문해캠프 운영"),
        _box("** 두드림학교", "복합적 요인1)으로 학습에 어려움을 겪는 학생 지원",
             "1) 복합적 요인: 학습부진, 학습장애", "2) 맞춤형 지원 내용: 원인 진단"),
        p("□ 학교 밖 지원"),
    )  # fmt: skip
    note = nodes["두드림학교"]
    assert note.parent is nodes["통합 지원을 위한 두드림 학교** 운영 확대"]
    assert [c.number for c in note.children] == ["1", "2"]


def test_tables_side_by_side_take_their_labels_and_share_the_unit() -> None:
    """대전교육청 p3: "4. 재정 현황 … [단위: 억원]", then a layout table of two cells,
    "[세입]" over its table and "[세출]" over its own: each label is its table's caption,
    and the unit declared above is both tables' (세출's figures are 억원 too)."""

    def data(first: str, amount: str) -> Raw:
        return p(tbl(3, 2, [
            cell(0, 0, p("구 분")), cell(0, 1, p("예산액")),
            cell(1, 0, p(first)), cell(1, 1, p(amount)),
            cell(2, 0, p("합 계")), cell(2, 1, p(amount)),
        ]))  # fmt: skip

    layout_table = tbl(1, 2, [
        cell(0, 0, p("[세입]"), data("중앙정부", "23,841")),
        cell(0, 1, p("[세출]"), data("유·초·중등교육", "13,308")),
    ])  # fmt: skip
    doc = read_bytes(hwpx(sec(
        p("Ⅰ. 일반현황"), p("4. 재정 현황 (예산 규모) 2조 9,141억원   [단위: 억원]"),
        p(layout_table),
    )), "x.hwpx")  # fmt: skip
    tables = [t for t in layout(doc).tables if t.caption]
    assert [(t.caption, t.currency_unit, t.unit_raw) for t in tables] == [
        ("[세입]", "억원", "[단위: 억원]"), ("[세출]", "억원", "[단위: 억원]"),
    ]  # fmt: skip


def test_a_table_beside_another_keeps_the_unit_its_header_implies() -> None:
    """A budget table and a staff table side by side in one layout table: the staff table,
    captioned without a unit, counts people (정원/현원), not the budget's 억원."""
    budget = p(tbl(2, 2, [cell(0, 0, p("구 분")), cell(0, 1, p("예산액")),
                          cell(1, 0, p("본청")), cell(1, 1, p("120"))]))  # fmt: skip
    staff = p(tbl(2, 3, [
        cell(0, 0, p("구 분")), cell(0, 1, p("정원")), cell(0, 2, p("현원")),
        cell(1, 0, p("본청")), cell(1, 1, p("54")), cell(1, 2, p("52")),
    ]))  # fmt: skip
    side = tbl(1, 2, [cell(0, 0, p("[예산 현황] (단위: 억원)"), budget),
                      cell(0, 1, p("<인력 현황>"), staff)])  # fmt: skip
    doc = read_bytes(hwpx(sec(p("Ⅰ. 일반현황"), p(side))), "x.hwpx")
    got = [(t.caption, t.currency_unit, t.count_unit) for t in layout(doc).tables if t.caption]
    assert got == [("[예산 현황] (단위: 억원)", "억원", None), ("<인력 현황>", None, "명")]
