"""Round 113, HWPX reports with columns, a landscape section, notes and page furniture.

* An endnote (``hp:endNote``) notes the text that anchors it, as a footnote does: its
  lines follow the paragraph (or the table's row) that holds its anchor, so that the
  outline hangs it under that item -- at its section's end, where Hancom prints it, it
  read as a note of whatever item ended the section.
* A footnote's mark typed and set raised by its character shape (위 첨자, ``hh:supscript``;
  in HWP 5 bit 15 of the CHAR_SHAPE's properties), ``1,200`` + ``1)``, is no digits of the
  figure or word before it: written as superscripts (``1,200¹⁾``), the text reads
  ``1,200`` and the raw keeps the mark, as a PDF's raised mark is.
"""

from __future__ import annotations

import pytest

from extract.read import read_bytes
from tests.hwpx_maker import HEADER_XML, Raw, cell, hwpx, p, sec, sublist, t, tbl, to_hwp
from tests.test_other_reports import _hwpx


def _endnote(text: str) -> Raw:
    return Raw(
        '<hp:ctrl><hp:endNote number="1" instId="7">'
        f"{sublist(p(text))}</hp:endNote></hp:ctrl>"
    )


#: char shape 1 is set raised (위 첨자), as Hancom writes one
_CHAR_PRS = (
    '<hh:refList><hh:charProperties itemCnt="2">'
    '<hh:charPr id="0" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" '
    'useKerning="0" symMark="NONE" borderFillIDRef="1"/>'
    '<hh:charPr id="1" height="1000" textColor="#000000" shadeColor="none" useFontSpace="0" '
    'useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:underline type="NONE" '
    'shape="SOLID" color="#000000"/><hh:supscript/></hh:charPr>'
    "</hh:charProperties></hh:refList>"
)
HEADER = HEADER_XML.decode().replace("</hh:head>", _CHAR_PRS + "</hh:head>").encode()


def _up(text: str) -> Raw:
    """``text`` in a run of its own set raised, inside :func:`p`'s run."""
    return Raw(f'</hp:run><hp:run charPrIDRef="1">{t(text)}</hp:run><hp:run charPrIDRef="0">')


def _file(*paras: str) -> bytes:
    return hwpx(sec(*paras), extra={"Contents/header.xml": HEADER})


def _content(data: bytes, name: str) -> list[str]:
    return [ln.text for ln in read_bytes(data, name).lines if ln.is_content]


# --- endnotes follow their anchor ----------------------------------------------------

STAFF = [
    cell(0, 0, p("구 분")), cell(0, 1, p("정 원")),
    cell(1, 0, p("희망복지팀")), cell(1, 1, p("9", _endnote("육아휴직 1명 포함"))),
    cell(2, 0, p("노인복지팀")), cell(2, 1, p("8")),
]  # fmt: skip

ENDNOTE_CASES = [
    (  # an endnote in the first of two bullets: after that bullet, not the last one
        [
            p("Ⅱ. 2024년 주요성과"),
            p("○ 기초생활보장 수급자 2,450명 발굴", _endnote("2024. 12. 31. 기준 누적 인원")),
            p("- 일제조사 4회 실시"),
            p("○ 노인일자리 3,200개 제공"),
            p("- 시장형 사업단 12개 신규 발굴"),
        ],
        [
            "Ⅱ. 2024년 주요성과",
            "○ 기초생활보장 수급자 2,450명 발굴",
            "2024. 12. 31. 기준 누적 인원",
            "- 일제조사 4회 실시",
            "○ 노인일자리 3,200개 제공",
            "- 시장형 사업단 12개 신규 발굴",
        ],
    ),
    (  # an endnote in a table's cell: after the row that holds it
        [
            p("○ 인 력"),
            p(tbl(3, 2, STAFF)),
            p("○ 예 산 : 1,200백만원"),
        ],
        [
            "○ 인 력",
            "구 분 정 원",
            "희망복지팀 9",
            "육아휴직 1명 포함",
            "노인복지팀 8",
            "○ 예 산 : 1,200백만원",
        ],
    ),
]


@pytest.mark.parametrize(("paras", "want"), ENDNOTE_CASES)
def test_an_endnote_follows_its_anchor(paras: list[str], want: list[str]) -> None:
    data = hwpx(sec(*paras))
    assert _content(data, "notes.hwpx") == want
    assert _content(to_hwp(data), "notes.hwp") == want


def test_an_endnote_is_a_note_of_the_item_that_anchors_it() -> None:
    """In the outline the endnote hangs under `기초생활보장 …`, the bullet its mark is in,
    not under `장애인 활동지원 …`, the section's last item."""
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("○ 조 직 : 1과 4팀"),
        p("Ⅱ. 2024년 주요성과"),
        p("○ 기초생활보장 수급자 2,450명 발굴·지원", _endnote("2024. 12. 31. 기준 누적 인원")),
        p("○ 노인일자리 3,200개 제공"),
        p("○ 장애인 활동지원 급여 확대"),
    )  # fmt: skip
    nodes = {n.node: n for n in report.outline}
    (note,) = [n for n in report.outline if n.title == "2024. 12. 31. 기준 누적 인원"]
    assert note.kind == "note"
    assert note.parent is not None
    assert nodes[note.parent].title == "기초생활보장 수급자 2,450명 발굴·지원"


# --- footnote marks set raised ---------------------------------------------------------

RAISED_CASES = [
    # (a paragraph's content, its line's text, the raw keeps the mark)
    (["1,200", _up("1)")], "1,200", "1,200¹⁾"),
    (["복합적 요인", _up("1)"), "으로 학습"], "복합적 요인으로 학습", "요인¹⁾으로"),
    (["통합 지원", _up("2) "), "시스템으로"], "통합 지원 시스템으로", "지원²⁾ 시스템"),
    # several marks in one raised run, one called 주, one with the run's own space before
    # it, one in brackets: marks all, the amount read whole (review 113 A7)
    (["사업비 1,200", _up("1),2)"), "백만원"], "사업비 1,200백만원", "1,200¹⁾²⁾백만원"),
    (["사업비 1,200", _up("주1)"), "백만원"], "사업비 1,200백만원", "1,200¹⁾백만원"),
    (["사업비 1,200", _up(" 1)"), "백만원"], "사업비 1,200백만원", "1,200¹⁾백만원"),
    (["사업비 1,200", _up("(1)"), "백만원"], "사업비 1,200백만원", "1,200¹⁾백만원"),
    (["정원 120명", _up("1), 2)"), " 현원 118명"], "정원 120명 현원 118명", "120명¹⁾²⁾ 현원"),
    # not a mark: raised words stay words, and a raised number opening the line is its own
    (["사업비", _up("신규"), " 1,200", _up("3)")], "사업비신규 1,200", "사업비신규 1,200³⁾"),
    ([_up("1)"), " 기금 전입 포함 2,000", _up("2)")], "1) 기금 전입 포함 2,000", "1) 기금"),
]


@pytest.mark.parametrize(("content", "text", "raw"), RAISED_CASES)
@pytest.mark.parametrize("fmt", ["hwpx", "hwp"])
def test_a_raised_footnote_mark_is_no_part_of_the_text(
    content: list[str], text: str, raw: str, fmt: str
) -> None:
    data = _file(p("Ⅰ. 일반현황"), p(*content))
    if fmt == "hwp":
        data = to_hwp(data)
    line = read_bytes(data, f"raised.{fmt}").lines[1]
    assert line.text == text
    assert raw in line.raw


@pytest.mark.parametrize("fmt", ["hwpx", "hwp"])
def test_a_raised_mark_in_a_budget_cell_leaves_its_amount(fmt: str) -> None:
    """`1,200` with a raised `1)` under `2025년` in 백만원 is 1,200백만원, not 12,001백만원."""
    cells = [
        cell(0, 0, p("세부사업")), cell(0, 1, p("2024년")), cell(0, 2, p("2025년")),
        cell(1, 0, p("합 계")), cell(1, 1, p("1,700")), cell(1, 2, p("2,000")),
        cell(2, 0, p("긴급복지 지원")), cell(2, 1, p("1,000")), cell(2, 2, p("1,200", _up("1)"))),
        cell(3, 0, p("노인일자리 사업")), cell(3, 1, p("700")), cell(3, 2, p("800")),
    ]  # fmt: skip
    data = _file(p("(단위 : 백만원)"), p(tbl(4, 3, cells)), p("1) 추가경정예산 200백만원 포함"))
    if fmt == "hwp":
        data = to_hwp(data)
    doc = read_bytes(data, f"budget.{fmt}")
    by_at = {(c.row, c.col): c for c in doc.tables[0].cells}
    assert by_at[2, 2].paragraphs == ("1,200",)
    assert "긴급복지 지원 1,000 1,200" in [ln.text for ln in doc.lines]
