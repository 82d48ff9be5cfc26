"""Review of probe round 105's rules: a person in a finding's labelled bracket is no
division; a line opening `제2절` in a report whose chapters are not numbered 제N장 is text."""

from __future__ import annotations

from tests.test_other_reports import _text


def test_an_official_in_a_findings_bracket_is_no_division() -> None:
    """`(담당: 김주무관)` names an official: the heading over the finding, `다. 복지정책과`,
    is its division (the official had been taken for one)."""
    report = _text("""\
Ⅱ. 2025년 행정사무감사 처리결과
 1. 세부 처리내용
   다. 복지정책과
     1) 긴급복지 지원 후 사후조사 지연 (담당: 김주무관)
        ○ 지적사항 : 지원 후 사후조사 미실시
        ○ 조치결과 : 일괄 사후조사
        ○ 처리상황 : 완료
""")
    assert [f.divisions for f in report.audit_findings] == [["복지정책과"]]


def test_a_wrapped_line_opening_with_a_part_number_in_a_report_of_roman_chapters() -> None:
    """`○ 「가온구 도시계획 조례」 제4장` wrapped onto `제2절 규정 정비 및 용도지역 조정`: the
    report numbers its chapters Ⅰ. and Ⅱ., so the wrap is the bullet's text, no part."""
    report = _text("""\
Ⅱ. 2026년 주요업무계획

 1. 도시계획 조례 정비
   가. 추진계획
     ○ 「가온구 도시계획 조례」 제4장
        제2절 규정 정비 및 용도지역 조정
     ○ 조례 공포 : ’26. 6.
""")
    texts = [n.text for n in report.outline if n.kind == "bullet"]
    assert texts == [
        "「가온구 도시계획 조례」 제4장 제2절 규정 정비 및 용도지역 조정",
        "조례 공포 : ’26. 6.",
    ]
