"""A Hangul report's content set in objects (probe 115, objects): numbers Hancom counts
itself (번호 넣기: ``hp:autoNum`` / ``atno``) in a table's or picture's caption, a note's
own number and a footer's page number; and a heading or numbered item its writer broke
over two lines (``hp:lineBreak``), one title.  Each case is read from HWPX and from the
same file written as HWP 5."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from extract.document import Document, LineKind
from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import BR, TAB, Raw, footnote, grid, hwpx, p, rect, sec, sublist, t, to_hwp


def auto(num: int, kind: str, fmt: str = "DIGIT", prefix: str = "", suffix: str = "",
         raised: bool = False) -> Raw:
    """An automatic number (``hp:autoNum``) of ``kind`` (TABLE, PICTURE, FOOTNOTE, PAGE)."""
    return Raw(
        f'<hp:ctrl><hp:autoNum num="{num}" numType="{kind}"><hp:autoNumFormat type="{fmt}" '
        f'userChar="" prefixChar="{prefix}" suffixChar="{suffix}" '
        f'supscript="{int(raised)}"/></hp:autoNum></hp:ctrl>'
    )  # fmt: skip


def captioned(table: str, *caption: str) -> Raw:
    """A table with a caption above it."""
    cap = (
        '<hp:caption side="TOP" fullSz="0" width="1000" gap="0" lastWidth="1000">'
        f"{sublist(*caption)}</hp:caption>"
    )
    return Raw(table.replace("<hp:inMargin", cap + "<hp:inMargin", 1))


def pic(*caption: str) -> Raw:
    """A picture (an image, no text) with a caption under it."""
    return Raw(
        '<hp:pic id="5" zOrder="3" numberingType="PICTURE" textWrap="TOP_AND_BOTTOM" '
        'textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" href="" groupLevel="0" '
        'instid="5" reverse="0"><hp:offset x="0" y="0"/><hp:orgSz width="1000" height="1000"/>'
        '<hp:curSz width="0" height="0"/><hp:flip horizontal="0" vertical="0"/>'
        '<hp:rotationInfo angle="0" centerX="0" centerY="0" rotateimage="1"/>'
        '<hp:imgRect><hc:pt0 x="0" y="0"/><hc:pt1 x="1000" y="0"/><hc:pt2 x="1000" y="1000"/>'
        '<hc:pt3 x="0" y="1000"/></hp:imgRect><hp:imgClip left="0" right="1000" top="0" '
        'bottom="1000"/><hp:inMargin left="0" right="0" top="0" bottom="0"/>'
        '<hp:imgDim dimwidth="1000" dimheight="1000"/><hc:img binaryItemIDRef="image1" '
        'bright="0" contrast="0" effect="REAL_PIC" alpha="0"/>'
        '<hp:sz width="10000" widthRelTo="ABSOLUTE" height="1000" heightRelTo="ABSOLUTE" '
        'protect="0"/><hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" '
        'allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="PARA" '
        'vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
        '<hp:outMargin left="0" right="0" top="0" bottom="0"/>'
        '<hp:caption side="BOTTOM" fullSz="0" width="1000" gap="0" lastWidth="1000">'
        f"{sublist(*caption)}</hp:caption></hp:pic>"
    )


def footer(*paras: str) -> Raw:
    return Raw(
        f'<hp:ctrl><hp:footer id="2" applyPageType="BOTH">{sublist(*paras)}</hp:footer></hp:ctrl>'
    )


_BUDGET = grid([["구분", "2025년"], ["일반회계", "11,000"]])
_STAFF = grid([["구분", "정원"], ["계", "52"]])

FORMATS: dict[str, Callable[[bytes], bytes]] = {"hwpx": lambda data: data, "hwp": to_hwp}


def read(paras: list[str], fmt: str) -> Document:
    data = FORMATS[fmt](hwpx(sec(p("2025년 주요업무계획"), *paras)))
    return read_bytes(data, f"objects.{fmt}")


#: (what the page shows, the paragraphs, the line read, its kind)
NUMBERED = [
    ("<표 1> 예산 현황 over its table",
     [p(captioned(_BUDGET, p(t("<표 "), auto(1, "TABLE"), t("> 예산 현황"))))],
     "<표 1> 예산 현황", LineKind.CONTENT),
    ("[그림 2] 조직도 under a picture",
     [p(pic(p(t("[그림 "), auto(2, "PICTURE"), t("] 조직도"))))],
     "[그림 2] 조직도", LineKind.CONTENT),
    ("a table's caption in a text box",
     [p(rect(p(captioned(_STAFF, p(t("<표 "), auto(3, "TABLE"), t("> 인력 현황"))))))],
     "<표 3> 인력 현황", LineKind.CONTENT),
    ("a footnote's own number, 1)",
     [p(t("ㅇ 지방소멸대응기금 사업"),
        footnote(p(auto(1, "FOOTNOTE", suffix=")"), t(" 행정안전부 공모 선정"))))],
     "1) 행정안전부 공모 선정", LineKind.CONTENT),
    ("a caption numbered in Roman capitals",
     [p(captioned(_BUDGET, p(t("<표 "), auto(3, "TABLE", "ROMAN_CAPITAL"), t("> 세입"))))],
     "<표 Ⅲ> 세입", LineKind.CONTENT),
    ("a number with its own brackets, (4)",
     [p(captioned(_BUDGET, p(t("표"), auto(4, "TABLE", prefix="(", suffix=")"), t(" 세출"))))],
     "표(4) 세출", LineKind.CONTENT),
    ("a footer's page number, - 7 -",
     [p(footer(p(t("- "), auto(7, "PAGE"), t(" -"))), t("Ⅰ. 일반현황"))],
     "- 7 -", LineKind.FURNITURE),
]  # fmt: skip


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("case", "paras", "line", "kind"), NUMBERED, ids=[c[0] for c in NUMBERED])
def test_an_automatic_number_is_printed_in_its_text(
    case: str, paras: list[str], line: str, kind: LineKind, fmt: str
) -> None:
    """The number Hancom counts stands in the text typed around it (it had been left out:
    "<표 > 예산 현황", "[그림 ] 조직도", a note without its "1)")."""
    doc = read(paras, fmt)
    assert [ln.kind for ln in doc.lines if ln.text == line] == [kind], case


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_number_set_raised_after_a_word_is_a_notes_mark(fmt: str) -> None:
    """An automatic number set raised after a figure is the mark of a note, "11,000¹⁾": its
    raw keeps it and its text is the figure's."""
    mark = auto(1, "FOOTNOTE", suffix=")", raised=True)
    doc = read([p(t("ㅇ 사업비 11,000"), mark, t("백만원"))], fmt)
    (ln,) = [ln for ln in doc.lines if ln.raw.startswith("ㅇ")]
    assert (ln.raw, ln.text) == ("ㅇ 사업비 11,000¹⁾백만원", "ㅇ 사업비 11,000백만원")


@pytest.mark.parametrize(
    ("data", "text"),
    [  # id, properties (kind | format << 4 | raised << 12), number, user, prefix, suffix
     (b"onta" + bytes([4, 0, 0, 0]) + bytes([1, 0, 0, 0, 0, 0, 0, 0]), ("1", False)),
     (b"onta" + bytes([0x11, 0x10, 0, 0]) + bytes([3, 0, 0, 0, 0, 0, 41, 0]), ("③)", True)),
     (b"onta" + bytes([0x11, 0x08, 0, 0]) + bytes([1, 0, 42, 0, 0, 0, 0, 0]), ("*", False)),
     (b"onta" + bytes([1, 0, 0]), ("", False)),  # (cut short)
    ],
)  # fmt: skip
def test_an_hwp_automatic_number_record(data: bytes, text: tuple[str, bool]) -> None:
    from extract.read.autonum import hwp_auto_number

    assert hwp_auto_number(data) == text


def test_auto_number_formats() -> None:
    from extract.read.autonum import auto_number

    assert [auto_number(2, f) for f in ("DIGIT", "CIRCLED_DIGIT", "HANGUL_SYLLABLE")] == [
        "2", "②", "나",
    ]  # fmt: skip


def outline(paras: list[str], fmt: str) -> Report:
    data = FORMATS[fmt](hwpx(sec(p("2025년 주요업무계획"), p("Ⅲ. 주요업무 추진계획"), *paras)))
    return parse_document(read_bytes(data, f"objects.{fmt}"), "objects")


#: (what the page shows, the paragraphs, the titles of the outline's items after the chapter)
BROKEN = [
    ("a numbered item broken over two lines",
     [p(t("1. 스마트 행정서비스 ", BR, "고도화")), p("□ 추진계획"), p("ㅇ 챗봇 구축")],
     ["스마트 행정서비스 고도화", "추진계획", "챗봇 구축"]),
    ("... its text box after it is its text, not its title",
     [p(t("1. 청년 일자리 ", BR, "지원 확대")), p(rect(p("사업개요"), p("청년 300명 지원"))),
      p("□ 추진계획")],
     ["청년 일자리 지원 확대", "추진계획"]),
    ("a chapter's heading broken so",
     [p(t("2. 교통 ", BR, "혁신")), p(t("Ⅳ. 행정사무감사 ", BR, "처리결과")), p("1. 시정 요구")],
     ["교통 혁신", "행정사무감사 처리결과", "시정 요구"]),
    ("a line after the break that opens with a marker is an item of its own",
     [p(t("1. 주차장 확충", BR, "ㅇ 공영주차장 3개소")), p(t("ㅇ 예산 ", BR, "300백만원")),
      p(t("2. 보행환경 ", BR, "개선"))],
     ["주차장 확충", "공영주차장 3개소", "예산", "보행환경 개선"]),
]  # fmt: skip


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("case", "paras", "titles"), BROKEN, ids=[c[0] for c in BROKEN])
def test_a_title_broken_by_a_forced_line_break_is_one_title(
    case: str, paras: list[str], titles: list[str], fmt: str
) -> None:
    """A heading or numbered item its writer broke (Shift+Enter) is one title, as a page's
    wrapped title is (its title had been the first line only); a bullet's broken line is
    its text, and a piece that opens with a marker its own item."""
    report = outline(paras, fmt)
    got = [n.title for n in report.outline if n.kind not in ("front", "title")][1:]
    assert got == titles, case


_YEAR = "2025년 주요업무계획"


def _card(fmt: str, *paras: str) -> Report:
    data = FORMATS[fmt](hwpx(sec(p(_YEAR), p("Ⅲ. 주요업무 추진계획"), *paras)))
    return check(parse_document(read_bytes(data, f"card.{fmt}"), "card"))


#: (what the page shows, the card's paragraphs after its title, its period and cost)
CARDS = [
    ("a text box: 사업개요 over label⇥value lines",
     [p(rect(p("사업개요"), p(t("사업기간", TAB, "’25.1.~12.")),
             p(t("사업비", TAB, "500백만원 (시비 300, 국비 200)"))))],
     (date(2025, 1, 1), date(2025, 12, 31), 500_000_000)),
    ("unmarked paragraphs with colons",
     [p("사업기간 : ’25.2.~11."), p("사업비 : 400백만원")],
     (date(2025, 2, 1), date(2025, 11, 30), 400_000_000)),
    ("a tab before the colon",
     [p(rect(p(t("사업기간", TAB, ": ’25.4.~9.")), p(t("사업비", TAB, ": 300백만원"))))],
     (date(2025, 4, 1), date(2025, 9, 30), 300_000_000)),
    ("a text box whose table stands before its labelled lines",
     [p(rect(p("사업개요"), p(grid([["구분", "내용"], ["대상", "청년 300명"]])),
             p(t("사업기간", TAB, "’25.3.~10.")), p(t("사업비", TAB, "200백만원"))))],
     (date(2025, 3, 1), date(2025, 10, 31), 200_000_000)),
]  # fmt: skip


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("case", "paras", "facts"), CARDS, ids=[c[0] for c in CARDS])
def test_a_cards_unmarked_labelled_paragraphs_are_its_facts(
    case: str, paras: list[str], facts: tuple[date, date, int], fmt: str
) -> None:
    """A card's overview typed as unmarked paragraphs, a label and its value parted by a tab
    or a colon (in a text box, 글상자, or not), states the project's period and cost; the
    lines after a table in the box are the card's, no residue (they had been read as the
    title's text only, and those after the table left out)."""
    report = _card(fmt, p(t("1. 스마트 행정서비스 고도화")), *paras, p("□ 추진계획"),
                   p("ㅇ 민원 챗봇 구축 : ’25. 3.~6."))  # fmt: skip
    (project,) = report.projects
    assert (project.period_start, project.period_end, project.cost_krw) == facts, case
    assert [r.text for r in report.residue] == [], case


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("side", ["BOTTOM", "TOP"])
def test_a_pictures_caption_stands_with_the_picture(side: str, fmt: str) -> None:
    """A picture with a caption of its own ("[그림 1] 조직도") is noted where it stands (its
    image is not read) and the caption is its figure, under the item before it, not that
    item's text (the picture had been dropped, its caption read as the bullet's words)."""
    shape = pic(p(t("[그림 "), auto(1, "PICTURE"), t("] 조직도"))).replace(
        'side="BOTTOM"', f'side="{side}"'
    )
    paras = [p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직: 1실 3담당관 12팀"), p(Raw(shape)),
             p("2. 인력")]  # fmt: skip
    data = FORMATS[fmt](hwpx(sec(p(_YEAR), *paras)))
    doc = read_bytes(data, f"pic.{fmt}")
    marks = [("mark" if ln.kind is LineKind.BLANK else ln.text) for ln in doc.lines
             if ln.where and ln.where.startswith("s0/p4")]  # fmt: skip
    caption = ["[그림 1] 조직도"]
    assert marks == (["mark", *caption] if side == "BOTTOM" else [*caption, "mark"])
    if side == "BOTTOM":
        report = parse_document(doc, "pic")
        nodes = {n.title: n for n in report.outline}
        assert nodes["[그림 1] 조직도"].kind == "figure"
        assert nodes["조직: 1실 3담당관 12팀"].text == "조직: 1실 3담당관 12팀"
