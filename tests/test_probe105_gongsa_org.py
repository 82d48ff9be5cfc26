"""A 공사's org chart drawn as separate ruled boxes joined by connector rules (probe 105,
gongsa): the PDF reader gives each box as a line of its own, in page order, with where it
is drawn; each 처 is a unit of its word (not a team), and each team box belongs to the 처
box whose column it stands in."""

from __future__ import annotations

from extract.document import BBox, Document, Line
from extract.parse.org_boxes import Box, classify, line_boxes
from extract.parse.org_parents import assign_parents
from extract.pipeline import check, parse_document
from schemas import Report

#: (text, where it is drawn or None): the cover, the count line, then the chart's boxes as
#: a PDF gives them, top to bottom and left to right (a row of boxes a line each)
_BOXED: list[tuple[str, BBox | None]] = [
    ("2026년도 주요업무보고", None),
    ("가온개발공사", None),
    ("Ⅰ. 일반현황", None),
    ("1. 조    직", None),
    ("□ 조    직 : 1본부 3처 6팀", None),
    ("사 장", (250.0, 500.0, 275.0, 510.0)),
    # (a 처 right under the top, and the 본부 beside it, with its 처 a row lower)
    ("경영지원처", (110.0, 530.0, 157.0, 540.0)),
    ("사업본부", (361.0, 530.0, 399.0, 540.0)),
    ("총무인사팀", (110.0, 562.0, 157.0, 572.0)),
    ("도시개발처", (274.0, 578.0, 321.0, 588.0)),
    ("주거사업처", (438.0, 578.0, 485.0, 588.0)),
    ("예산회계팀", (110.0, 588.0, 157.0, 598.0)),
    ("택지조성팀", (274.0, 610.0, 321.0, 620.0)),
    ("공공주택팀", (438.0, 610.0, 485.0, 620.0)),
    # (a short name in its column, narrower than the 처 over it)
    ("보상팀", (283.0, 636.0, 312.0, 646.0)),
    ("임대운영팀", (438.0, 636.0, 485.0, 646.0)),
    ("Ⅱ. 2026년 주요업무계획", None),
    ("1. 공공택지 조성", None),
    ("□ 가온 공공택지 조성 (도시개발처)", None),
    ("○ 사업기간 : 2024. ~ 2028.", None),
]


def boxed_report(rows: list[tuple[str, BBox | None]]) -> Report:
    """A PDF's report of these lines, each drawn in its box where it has one."""
    lines = [Line(no, text, text, page=1) for no, (text, _) in enumerate(rows, start=1)]
    boxes = {no: box for no, (_, box) in enumerate(rows, start=1) if box is not None}
    doc = Document("report.pdf", lines, format="pdf", pages=1, boxes=boxes)
    return check(parse_document(doc, "report"))


def _boxed_report() -> Report:
    return boxed_report(_BOXED)


def test_a_gongsas_cheo_boxes_are_units_of_their_word() -> None:
    """`경영지원처`, `도시개발처`: units of the 처 (a 공사's divisions, as the count line's
    `3처` counts them), never teams."""
    units = {u.name: (u.level, u.unit_type) for u in _boxed_report().organization}
    assert units["경영지원처"] == ("division", "처")
    assert units["도시개발처"] == ("division", "처")
    assert units["주거사업처"] == ("division", "처")
    assert units["사업본부"] == ("bureau", "본부")


def test_each_team_box_belongs_to_the_box_whose_column_it_stands_in() -> None:
    """The team boxes stacked under a 처 are that 처's (they had all gone to the 본부, the
    last unit read before them); the 본부's 처 are the 본부's, the other 처 the top's."""
    parents = {u.name: u.parent for u in _boxed_report().organization}
    assert parents["경영지원처"] == "가온개발공사"
    assert parents["사업본부"] == "가온개발공사"
    assert parents["도시개발처"] == parents["주거사업처"] == "사업본부"
    assert parents["총무인사팀"] == parents["예산회계팀"] == "경영지원처"
    assert parents["택지조성팀"] == parents["보상팀"] == "도시개발처"
    assert parents["공공주택팀"] == parents["임대운영팀"] == "주거사업처"


def test_the_count_line_agrees_with_the_chart_of_boxes() -> None:
    """`1본부 3처 6팀`: one 본부, three 처 and six teams in the chart."""
    report = _boxed_report()
    assert not [c.detail for c in report.validation
                if c.check.startswith("organization") and not c.passed]  # fmt: skip
    assert [u.name for u in report.organization if u.level == "team"] == [
        "총무인사팀", "예산회계팀", "택지조성팀", "공공주택팀", "보상팀", "임대운영팀",
    ]  # fmt: skip


def test_a_box_named_with_cheo_alone_is_a_unit_whatever_counts_it() -> None:
    """A box's name that ends in 처 is a unit of the 처, with no count line to say so."""
    box = classify("경영지원처", [])
    assert box is not None and (box.kind, box.word) == ("unit", "처")


def test_a_column_of_boxes_under_a_cheo_box_is_its_own() -> None:
    """A chart's boxes alone (no count line): each team in the column of the 처 over it,
    though the rows are read across the columns."""
    texts = ["기획처", "운영처", "기획팀", "시설팀", "홍보팀", "안전팀"]
    places: list[BBox] = [
        (100.0, 100.0, 140.0, 110.0), (300.0, 100.0, 340.0, 110.0),
        (100.0, 130.0, 140.0, 140.0), (300.0, 130.0, 340.0, 140.0),
        (100.0, 160.0, 140.0, 170.0), (300.0, 160.0, 340.0, 170.0),
    ]  # fmt: skip
    lines = [Line(no, t, t, page=1) for no, t in enumerate(texts, start=1)]
    boxes = line_boxes(lines, dict(zip(range(1, 7), places, strict=True)))
    top = Box("가온공사", "unit", [], word=None, level="bureau")
    assign_parents(top, boxes, nearest=True)
    got = {b.name: b.parent.name if b.parent else None for b in boxes}
    assert got == {
        "기획처": "가온공사", "운영처": "가온공사",
        "기획팀": "기획처", "홍보팀": "기획처", "시설팀": "운영처", "안전팀": "운영처",
    }  # fmt: skip


def test_a_cheo_drawn_a_little_lower_than_the_others_is_none_of_theirs() -> None:
    """The top's 처 drawn a little lower than the row of the 본부's 처, beside them: a unit
    of the 처 over its own column of teams, not a team of the 처 nearest it."""
    rows = dict(_BOXED)
    rows["경영지원처"] = (110.0, 591.0, 157.0, 601.0)
    rows["총무인사팀"] = (110.0, 623.0, 157.0, 633.0)
    rows["예산회계팀"] = (110.0, 649.0, 157.0, 659.0)
    order = ["사 장", "사업본부", "도시개발처", "주거사업처", "경영지원처", "택지조성팀",
             "공공주택팀", "총무인사팀", "보상팀", "임대운영팀", "예산회계팀"]  # fmt: skip
    texts = [t for t, _ in _BOXED]
    start = texts.index("사 장")
    arranged = [*texts[:start], *order, *texts[start + len(order) :]]
    lines = [Line(no, t, t, page=1) for no, t in enumerate(arranged, start=1)]
    boxes = {no: box for no, t in enumerate(arranged, start=1) if (box := rows[t]) is not None}
    doc = Document("report.pdf", lines, format="pdf", pages=1, boxes=boxes)
    units = {u.name: u for u in check(parse_document(doc, "report")).organization}
    office = units["경영지원처"]
    assert (office.level, office.unit_type) == ("division", "처")
    assert office.parent not in ("도시개발처", "주거사업처")
    assert units["총무인사팀"].parent == units["예산회계팀"].parent == "경영지원처"
