"""tests/fixtures/open-rules.pdf (tools/make_open_rules.py): a cover page, then a
two-page 일반현황 from LibreOffice whose tables are drawn with horizontal rules only: a
thick rule over a grey header, a thin one under it, no vertical rules, no rules between
body rows (a dotted one between the 조직 table's two 과), a thick rule under the last
row. The 인력 table breaks after the 국장's rows: its page-2 part is drawn open at the
bottom, its page-3 part under the two-row header again. The facts below are read from
the rendered pages."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas.models import Report

PDF = Path(__file__).resolve().parent / "fixtures" / "open-rules.pdf"

M = 1_000_000  # 백만원


@cache
def _report() -> Report:
    doc = read_bytes(PDF.read_bytes(), PDF.name)
    return check(parse_document(doc, "open-rules"))


def _bare(text: str) -> str:
    return "".join(text.split())


def test_every_units_staff_by_grade_on_both_pages() -> None:
    """"구 분 | 계 | 일반직 (4급, 5급, 6급이하) | 공무직", each unit's name merged down over
    its 정 원 and 현 원 rows: 계 and 국장 on page 2, the two 과 on page 3."""
    got = {(_bare(s.unit), s.grade): (s.authorized, s.current) for s in _report().staffing}
    assert got == {
        ("계", None): (60, 58), ("계", "4급"): (1, 1), ("계", "5급"): (7, 7),
        ("계", "6급이하"): (46, 44), ("계", "공무직"): (6, 6),
        ("국장", None): (1, 1), ("국장", "4급"): (1, 1), ("국장", "5급"): (0, 0),
        ("국장", "6급이하"): (0, 0), ("국장", "공무직"): (0, 0),
        ("기업지원과", None): (29, 28), ("기업지원과", "4급"): (0, 0),
        ("기업지원과", "5급"): (4, 4), ("기업지원과", "6급이하"): (22, 21),
        ("기업지원과", "공무직"): (3, 3),
        ("산업혁신과", None): (30, 29), ("산업혁신과", "4급"): (0, 0),
        ("산업혁신과", "5급"): (3, 3), ("산업혁신과", "6급이하"): (24, 23),
        ("산업혁신과", "공무직"): (3, 3),
    }  # fmt: skip


def test_the_teams_under_their_divisions() -> None:
    """"과 | 팀 | 주요업무", each 과 merged down over its three 팀."""
    org = _report().organization
    divisions = [u.name for u in org if u.level == "division"]
    assert divisions == ["기업지원과", "산업혁신과"]
    teams = [(u.name, u.level, u.parent) for u in org if u.level == "team"]
    assert teams == [
        ("기업정책팀", "team", "기업지원과"), ("판로지원팀", "team", "기업지원과"),
        ("기업금융팀", "team", "기업지원과"), ("산업기획팀", "team", "산업혁신과"),
        ("신산업팀", "team", "산업혁신과"), ("기술혁신팀", "team", "산업혁신과"),
    ]  # fmt: skip


def test_one_duty_per_team() -> None:
    got = [(f.division, f.seq, f.function) for f in _report().functions]
    assert got == [
        ("기업정책팀", 1, "중소기업 육성 종합계획 수립"),
        ("판로지원팀", 1, "중소기업 제품 판로개척 지원"),
        ("기업금융팀", 1, "중소기업 육성자금 융자 및 이차보전"),
        ("산업기획팀", 1, "지역 전략산업 육성계획 수립"),
        ("신산업팀", 1, "미래 신산업 발굴 및 실증 지원"),
        ("기술혁신팀", 1, "산학연 기술개발 및 사업화 지원"),
    ]


def test_the_budget_by_division() -> None:
    """"(단위 : 백만원)" over "구 분 | 2025년 예산 | 2026년 예산 | 증 감", a decrease with △."""
    got = [
        (_bare(b.unit), b.is_total, b.side, b.currency_unit, b.prev_year, b.prev_budget_krw,
         b.year, b.budget_krw, b.change_krw)
        for b in _report().budget_summary
    ]  # fmt: skip
    assert got == [
        ("계", True, None, "백만원", 2025, 42_470 * M, 2026, 44_385 * M, 1_915 * M),
        ("기업지원과", False, None, "백만원", 2025, 24_350 * M, 2026, 22_980 * M, -1_370 * M),
        ("산업혁신과", False, None, "백만원", 2025, 18_120 * M, 2026, 21_405 * M, 3_285 * M),
    ]


def test_the_staffing_table_is_one_grid_over_both_pages() -> None:
    """Three tables; the 인력 table one grid from page 2 to page 3: two header rows (the
    repeated header on page 3 no row of it), seven columns, a body row per 정 원 / 현 원
    line, each unit's cell spanning its two rows."""
    report = _report()
    assert len(report.tables) == 3
    (staff,) = [
        t for t in report.tables
        if any(c.table_id == t.table_id and _bare(c.raw) == "6급이하" for c in report.table_cells)
    ]  # fmt: skip
    assert (staff.page_start, staff.page_end) == (2, 3)
    assert (staff.header_rows, staff.n_rows, staff.n_cols) == (2, 10, 7)
    cells = [c for c in report.table_cells if c.table_id == staff.table_id]
    labels = [_bare(c.raw) for c in sorted(cells, key=lambda c: c.row) if c.col == 1 and c.row >= 2]
    assert labels == ["정원", "현원"] * 4
    units = [(c.row, c.row_span, _bare(c.raw)) for c in cells if c.col == 0 and c.row >= 2]
    assert sorted(units) == [(2, 2, "계"), (4, 2, "국장"), (6, 2, "기업지원과"),
                             (8, 2, "산업혁신과")]  # fmt: skip


def test_no_check_fails() -> None:
    assert [c for c in _report().validation if not c.passed] == []
