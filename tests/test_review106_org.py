"""Org charts (review 106): a 본부 drawn a row under another 본부, between its columns, is
that 본부's (not the unit of another word in another column); a chart box that names the
chart's top itself, `의회사무처` under a cover's `청람광역시의회 사무처`, is the top, no 처
of its own; a 의회's `의 장` heads its chart, no team."""

from __future__ import annotations

from extract.document import BBox, Line
from extract.parse.org_boxes import Box, classify, line_boxes
from extract.parse.org_parents import assign_parents
from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table
from tests.test_probe105_gongsa_org import boxed_report

#: a 공사's chart of boxes: a 처 and a 본부 under the top, the 본부's two regional 본부 a
#: row lower, drawn either side of its column, each over its team
_BOXED: list[tuple[str, BBox | None]] = [
    ("2026년도 주요업무보고", None),
    ("가온교통공사", None),
    ("Ⅰ. 일반현황", None),
    ("1. 조    직", None),
    ("□ 조    직 : 3본부 1처 4팀", None),
    ("사 장", (250.0, 500.0, 275.0, 510.0)),
    ("경영지원처", (110.0, 530.0, 157.0, 540.0)),
    ("운영본부", (361.0, 530.0, 399.0, 540.0)),
    ("총무인사팀", (110.0, 562.0, 157.0, 572.0)),
    ("동부운영본부", (274.0, 578.0, 331.0, 588.0)),
    ("서부운영본부", (438.0, 578.0, 495.0, 588.0)),
    ("예산회계팀", (110.0, 588.0, 157.0, 598.0)),
    ("동부운행팀", (274.0, 610.0, 321.0, 620.0)),
    ("서부운행팀", (438.0, 610.0, 485.0, 620.0)),
    ("Ⅱ. 2026년 주요업무계획", None),
    ("1. 안전운행", None),
    ("□ 도시철도 안전 강화 (운영본부)", None),
    ("○ 사업기간 : 2024. ~ 2028.", None),
]


def _boxed_report() -> Report:
    return boxed_report(_BOXED)


def test_regional_bonbu_a_row_under_their_bonbu_are_its_own() -> None:
    """`동부운영본부`, `서부운영본부` drawn a row under `운영본부`, either side of it: the
    운영본부's, not the `경영지원처` in the column on the far left."""
    parents = {u.name: u.parent for u in _boxed_report().organization}
    assert parents["동부운영본부"] == parents["서부운영본부"] == "운영본부"
    assert parents["운영본부"] == parents["경영지원처"] == "가온교통공사"
    assert parents["총무인사팀"] == parents["예산회계팀"] == "경영지원처"
    assert parents["동부운행팀"] == "동부운영본부"
    assert parents["서부운행팀"] == "서부운영본부"


def test_a_unit_of_its_own_word_a_row_above_is_its_parent() -> None:
    """The boxes alone: a 과 a row under another 과, beside its column, is that 과's (not
    the 국 in the far column), where a 과 in its own row is its peer."""
    texts = ["기획국", "운영과", "동부운영과", "서부운영과"]
    places: list[BBox] = [
        (100.0, 100.0, 140.0, 110.0), (300.0, 100.0, 340.0, 110.0),
        (220.0, 150.0, 280.0, 160.0), (360.0, 150.0, 420.0, 160.0),
    ]  # fmt: skip
    lines = [Line(no, t, t, page=1) for no, t in enumerate(texts, start=1)]
    boxes = line_boxes(lines, dict(zip(range(1, 5), places, strict=True)))
    top = Box("가온시", "unit", [], word=None, level="bureau")
    assign_parents(top, boxes, nearest=True)
    got = {b.name: b.parent.name if b.parent else None for b in boxes}
    assert got["동부운영과"] == got["서부운영과"] == "운영과"


def _council() -> Report:
    chart = [["의 장"], ["의회사무처"], ["총무담당관\n의사담당관\n입법정책담당관"]]
    return _hwpx(
        p("2026년 주요업무보고"), p("청람광역시의회 사무처"), p("Ⅰ. 일반현황"),
        p("1. 조직 및 인력"), p("□ 조 직 : 1처 3담당관 9팀"), p(_table(chart)),
        p("○ 총무담당관 : 총무팀, 인사팀, 재무팀"),
        p("○ 의사담당관 : 의사팀, 기록팀, 속기팀"),
        p("○ 입법정책담당관 : 입법팀, 정책팀, 법무팀"),
        p("Ⅱ. 주요업무계획"), p("1. 의정 지원"), p("□ 의정활동 지원"),
        p("○ 사업기간 : 2026. 1. ~ 12."),
    )  # fmt: skip


def test_a_chart_box_naming_the_top_is_the_top() -> None:
    """The cover's `청람광역시의회 사무처` and the chart's `의회사무처`: one 처, the top;
    the 담당관 under it are the top's, and `1처` counts the one."""
    report = _council()
    units = {u.name: u for u in report.organization}
    assert [u.name for u in report.organization if u.unit_type == "처"] == ["사무처"]
    assert "의회사무처" not in units
    assert {units[n].parent for n in ("총무담당관", "의사담당관", "입법정책담당관")} == {"사무처"}
    failed = [c.detail for c in report.validation
              if c.check.startswith("organization") and not c.passed]  # fmt: skip
    assert not [d for d in failed if "처 stated" in d]


def test_a_councils_chair_heads_its_chart() -> None:
    """`의 장` over the 의회사무처: an official's box, no team (`9팀` counts the 담당관'
    nine teams)."""
    box = classify("의 장", [])
    assert box is not None and box.kind == "official"
    report = _council()
    assert [u.name for u in report.organization if u.level == "team"] == [
        "총무팀", "인사팀", "재무팀", "의사팀", "기록팀", "속기팀", "입법팀", "정책팀", "법무팀",
    ]  # fmt: skip
    assert all(c.passed for c in report.validation if c.check.startswith("organization"))
