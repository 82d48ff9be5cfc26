"""Ruled tables whose header sets a group's word over sub-headers: a findings table's
`처 리 결 과` over `조치내용 | 처리상황`, a staffing table's `인 력` over `정 원 | 현 원 |
과부족(△)`.  The sub-header names the column; the group's word names neither a column of
what was done nor a unit."""

from __future__ import annotations

import unicodedata

from tests.hwpx_maker import Raw, cell, p, tbl
from tests.test_other_reports import _hwpx, _text

_FINDINGS = [
    ("1", "폐기물 처리시설 관리 소홀", "자원순환과", "정기점검 실시 및 관리계획 수립", "완료"),
    ("2", "대기오염 측정망 운영 미흡", "기후대기과", "측정망 확충 추진", "추진중"),
]


def _audit(table: str) -> tuple[list[tuple[str | None, str | None, str, list[str]]], str]:
    report = _hwpx(
        p("Ⅰ. 주요업무계획"), p("1. 환경도시 조성"), p("□ 기반 확충"),
        p("붙임 2  2025년 행정사무감사 처리결과"), p("□ 세부 처리결과"), p(table),
    )  # fmt: skip
    got = [(f.status, f.status_raw, f.actions, f.divisions) for f in report.audit_findings]
    return got, " / ".join(f.finding for f in report.audit_findings)


def _body_cells(first: int) -> list[Raw]:
    return [
        cell(first + i, k, p(text)) for i, row in enumerate(_FINDINGS) for k, text in enumerate(row)
    ]


_EXPECTED = [
    ("completed", "완료", "정기점검 실시 및 관리계획 수립", ["자원순환과"]),
    ("in_progress", "추진중", "측정망 확충 추진", ["기후대기과"]),
]


def test_a_status_column_under_the_group_header_of_the_results() -> None:
    """`처리상황` under `처 리 결 과` is the status column, `조치내용` beside it the actions
    (the status had been empty, the actions taken for it)."""
    head = [
        cell(0, 0, p("연번"), rs=2), cell(0, 1, p("지적사항"), rs=2),
        cell(0, 2, p("소관부서"), rs=2), cell(0, 3, p("처 리 결 과"), cs=2),
        cell(1, 3, p("조치내용")), cell(1, 4, p("처리상황")),
    ]  # fmt: skip
    got, findings = _audit(tbl(2 + len(_FINDINGS), 5, [*head, *_body_cells(2)]))
    assert got == _EXPECTED
    assert findings == "폐기물 처리시설 관리 소홀 / 대기오염 측정망 운영 미흡"


def test_one_header_cell_over_the_actions_and_the_statuses() -> None:
    """`처 리 결 과` merged over two columns with no sub-headers drawn: the column whose
    cells are statuses alone is the status, the other what was done."""
    head = [
        cell(0, 0, p("연번")), cell(0, 1, p("지적사항")), cell(0, 2, p("소관부서")),
        cell(0, 3, p("처 리 결 과"), cs=2),
    ]  # fmt: skip
    got, _ = _audit(tbl(1 + len(_FINDINGS), 5, [*head, *_body_cells(1)]))
    assert got == _EXPECTED


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _line(cells: list[str], widths: list[int]) -> str:
    return "".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()


def test_a_text_exports_findings_table_with_a_second_header_line() -> None:
    """A text export's table set with spaces, `처 리 결 과` on the header's line over
    `조치내용   처리상황` on the next: two columns (their cells had been read as one,
    `정기점검 실시 … 완료`)."""
    widths = [6, 30, 14, 34, 10]
    lines = [
        _line(["연번", "지 적 사 항", "소관부서", "처 리 결 과", ""], widths),
        _line(["", "", "", "조치내용", "처리상황"], widths),
        *(_line(list(row), widths) for row in _FINDINGS),
    ]
    report = _text(
        "2026년 주요업무보고\n\nⅠ. 주요업무계획\n\n1. 환경도시 조성\n\n□ 기반 확충\n\n"
        "Ⅱ. 2025년 행정사무감사 처리결과\n\n" + "\n".join(lines) + "\n"
    )
    got = [(f.status, f.status_raw, f.actions, f.divisions) for f in report.audit_findings]
    assert got == _EXPECTED


def test_a_staffing_table_by_grade_under_the_group_header_of_its_figures() -> None:
    """`인 력` over `정 원 | 현 원 | 과부족(△)`, rows by grade: the whole body's table, unit
    계 (every row had been given the unit `인력`)."""
    rows = [
        ("계", "95", "91", "△4", ""), ("4급", "5", "5", "-", ""),
        ("5급", "18", "17", "△1", "교육 1"), ("6급이하", "60", "57", "△3", ""),
        ("공무직", "12", "12", "-", ""),
    ]  # fmt: skip
    head = [
        cell(0, 0, p("구 분"), rs=2), cell(0, 1, p("인    력"), cs=3),
        cell(0, 4, p("비 고"), rs=2),
        cell(1, 1, p("정 원")), cell(1, 2, p("현 원")), cell(1, 3, p("과부족(△)")),
    ]  # fmt: skip
    body = [cell(2 + i, k, p(text)) for i, row in enumerate(rows) for k, text in enumerate(row)]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"), p("2. 인력"),
        p("(단위 : 명, ’26. 1. 1. 기준)"), p(tbl(2 + len(rows), 5, [*head, *body])),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 환경도시 조성"), p("□ 기반 확충"),
    )  # fmt: skip
    got = [(s.unit, s.grade, s.is_total, s.authorized, s.current) for s in report.staffing]
    assert got == [
        ("계", None, True, 95, 91), ("계", "4급", False, 5, 5), ("계", "5급", False, 18, 17),
        ("계", "6급이하", False, 60, 57), ("계", "공무직", False, 12, 12),
    ]  # fmt: skip
