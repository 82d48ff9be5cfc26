"""A unit's note of change, a bracket after its name on the organisation's lines
("관광진흥과(’25. 7. 신설)", "사업처 (2025. 7. 개편)"): its ``change_note``, as printed;
the unit named without it (as before), a unit with no bracket none."""

from __future__ import annotations

import pytest

from extract.parse.org_notes import unit_change_note
from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text


def _plan(*paras: str) -> Report:
    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), *paras,
        p("Ⅱ. 2025년 주요업무계획"), p("1. 문화도시 조성"),
        p("□ 지역축제 지원"), p("○ 사업기간 : ’25. 8.~12."), p("○ 사업비 : 100백만원"),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("note", "want"),
    [("(’25. 7. 신설)", "’25. 7. 신설"), ("(2025. 7. 개편)", "2025. 7. 개편"),
     ("(신설)", "신설"), (" (’25.1. 이관)", "’25.1. 이관"), ("(폐지 예정)", "폐지 예정")],
)  # fmt: skip
def test_a_note_in_an_org_table(note: str, want: str) -> None:
    rows = [
        ["국", "과", "팀"],
        ["문화관광국", "문화정책과", f"문화기획팀, 예술진흥팀{note}"],
        ["", f"관광진흥과{note}", "관광마케팅팀"],
    ]
    report = _plan(p("□ 기 구 : 1국 2과 3팀"), p(_table(rows, {(1, 0): 2})))
    got = {u.name: u.change_note for u in report.organization}
    assert got == {
        "문화관광국": None, "문화정책과": None, "관광진흥과": want,
        "문화기획팀": None, "예술진흥팀": want, "관광마케팅팀": None,
    }  # fmt: skip


def test_a_note_on_a_line_of_the_chart() -> None:
    report = _text("""\
2025년 주요업무보고

가온시 도시공사

Ⅰ. 일반현황
1. 조직
○ 기 구 : 2본부 5처
○ 경영본부 : 기획처, 경영지원처(’25. 1. 신설)
○ 사업본부 : 사업처(’25. 신설), 기술처, 안전처

Ⅱ. 2025년 주요업무계획
1. 도시개발
□ 역세권 개발
○ 사업기간 : ’25. 1.~12.
○ 사업비 : 100백만원
""")
    got = {u.name: u.change_note for u in report.organization}
    assert got["경영지원처"] == "’25. 1. 신설"
    assert got["사업처"] == "’25. 신설"
    assert got["기술처"] is None and got["기획처"] is None


@pytest.mark.parametrize(
    ("name", "texts", "want"),
    [
        ("기획팀", ["경영기획팀(신설), 기획팀"], None),  # (another unit's name ends alike)
        ("기획팀", ["기획팀(2차)"], None),  # (no word of change)
        ("홍보팀", ["기획처          홍보팀 (2025. 7. 개편)"], "2025. 7. 개편"),
    ],
)
def test_which_bracket_is_a_units_note(name: str, texts: list[str], want: str | None) -> None:
    assert unit_change_note(name, texts) == want
