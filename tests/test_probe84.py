"""Forms of the seventh round of probes: a staff table by unit and grade (gradespdf), a
one-syllable header over a 계 (sigun), ..."""

from __future__ import annotations

from extract.read.pdf import Glyph, find_vertical_words
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table
from tests.test_probed import failed


def test_a_units_figure_of_all_grades_beside_its_grades_is_a_total() -> None:
    """`복지정책과 | 6 | - | 2 | 4`: the 과's figure of all grades is the sum of its grades'
    (as its `소 계` is where a table sets the grades under it), so the rows that are no
    totals add up to the table's 계 (they had added up to twice it); the 과 still add up
    to the 계 of all grades, and each 과's grades to its own figure."""
    rows = [
        ["구 분", "계", "4급", "5급", "6급"],
        ["계", "12", "1", "3", "8"],
        ["국 장", "1", "1", "-", "-"],
        ["복지정책과", "6", "-", "2", "4"],
        ["여성가족과", "5", "-", "1", "4"],
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 인력"), p("(’26. 1. 1. 기준 정원, 단위: 명)"), p(_table(rows)),
        p("Ⅱ. 주요업무계획"), p("1. 복지 증진"), p("□ 위기가구 지원"),
    )  # fmt: skip
    got = {(s.unit, s.grade): (s.is_total, s.authorized) for s in report.staffing}
    assert got[("계", None)] == (True, 12) and got[("계", "4급")] == (True, 1)
    assert got[("복지정책과", None)] == (True, 6) and got[("국장", None)] == (True, 1)
    assert got[("복지정책과", "6급")] == (False, 4)
    assert sum(s.authorized or 0 for s in report.staffing if not s.is_total) == 12
    checked = {c.check for c in report.validation if c.passed}
    assert {"staffing.total.authorized", "staffing.grades.authorized"} <= checked
    units = [c for c in report.validation if c.check == "staffing.total.authorized"]
    assert any(c.expected == "12" and c.passed for c in units)
    assert not [f for f in failed(report) if f.startswith("staffing")]


def test_a_syllable_heading_a_column_and_the_total_under_it_are_no_word() -> None:
    """`과` alone in a header cell over `계` alone in the cell under it, lined up and a
    rule apart: two cells' words (they were read as one, `과계`, and the org table's
    header with it was lost, and its teams); stacked in one cell they are a word."""
    head, body = (50.0, 90.0, 80.0, 105.0), (50.0, 105.0, 80.0, 120.0)
    gwa = Glyph("과", 60.0, 70.0, 93.0, 103.0, 10.0)
    gye = Glyph("계", 60.0, 70.0, 107.0, 117.0, 10.0)
    words, rest = find_vertical_words([gwa, gye], [head, body])
    assert words == [] and rest == [gwa, gye]
    one = (50.0, 90.0, 80.0, 120.0)
    assert [w.text for w in find_vertical_words([gwa, gye], [one])[0]] == ["과계"]
