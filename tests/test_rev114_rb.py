"""Review of round 114's layout rules (reviewer rb): near forms the new rules must not
catch, and variations of their own forms.

- A committee's compiled report (layout/bureaus.py) is several units' reports one after
  another; a single unit's report that numbers from Ⅰ again is none: its 요약 chapters
  Ⅰ..Ⅲ before its body's, the body opening with the unit's title page again (one unit's
  name twice, no two bureaus), or a report by division whose contents list its chapters
  (`Ⅰ. 자치행정과`, `Ⅱ. 총무과`) and whose 붙임 numbers its own from Ⅰ (the contents name
  the chapters themselves, not runs of them).  Both had been read as two bureaus (the
  second failed to convert at all).
- A text table's total row that leaves more than one column empty (`계   12,400` under
  `2025년   2024년   증 감`) is read by where its figure stands (layout/sparserows.py), as
  any other short row is; counting put the figure in the last column.
- A printed report's chapter title set again at its next page's top (read/pdf/lines.py
  repeated_titles) is furniture where only a body line a numeral opens (`Ⅰ단계 착공`) came
  between: no chapter's title, neither at a page's top nor with its numeral's dot."""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report


def _read(text: str) -> Report:
    return check(parse_document(read_bytes(text.encode(), "report.txt"), "report"))


_SUMMARY_FIRST = """\
2025년 주요업무계획

2025. 2.

기획조정실

요 약

Ⅰ. 추진 방향
□ 시정 성과관리 체계 고도화
Ⅱ. 핵심 과제
□ 재정 건전성 강화
Ⅲ. 기대 효과
□ 시민 체감 성과 제고

2025년 주요업무계획
기획조정실

Ⅰ. 일반현황
1. 조직
□ 1실 2과 8팀
Ⅱ. 2025 주요업무계획
1. 시정 성과관리 체계 고도화
□ 추진기간 : 2025. 1. ~ 12.
□ 사업비 : 350백만원
Ⅲ. 현 안
1. 청사 이전
□ 현황 : 협의 중
"""

_BY_DIVISION = """\
2025년 주요업무계획

자치행정국

목 차

Ⅰ. 자치행정과 ········ 1
Ⅱ. 총무과 ·········· 5

자치행정국

Ⅰ. 자치행정과
1. 일반현황
□ 3팀 20명
2. 주요업무
□ 주민자치회 전면 시행
 ○ 추진기간 : 2025. 3. ~ 12.
Ⅱ. 총무과
1. 일반현황
□ 4팀 25명
2. 주요업무
□ 청사 관리
 ○ 추진기간 : 2025. 1. ~ 12.

붙 임

Ⅰ. 세부사업 예산
□ 자치행정과 1,840백만원
Ⅱ. 청사 현황
□ 본관 외 2동
"""


@pytest.mark.parametrize(
    ("text", "tops"),
    [
        (_SUMMARY_FIRST, ["추진 방향", "핵심 과제", "기대 효과", "일반현황",
                          "2025 주요업무계획", "현안"]),
        (_BY_DIVISION, ["자치행정과", "총무과", "세부사업 예산", "청사 현황"]),
    ],
    ids=["summary-then-body", "division-chapters-appendix"],
)  # fmt: skip
def test_one_units_report_numbered_from_one_again_is_no_compiled_report(
    text: str, tops: list[str]
) -> None:
    """Its chapters stay the top headings, no heading of a unit over them."""
    report = _read(text)
    got = [n.title for n in report.outline if n.kind == "heading" and n.parent is None]
    assert got == tops


_BUDGET = """\
2025년 주요업무계획
행정지원과

Ⅰ. 일반현황
1. 예산
(단위: 백만원)
{table}

Ⅱ. 2025 주요업무계획
1. 청사 관리
□ 추진기간 : 2025. 1. ~ 12.
"""


@pytest.mark.parametrize(
    ("table", "row", "col", "value"),
    [
        ("구 분        2025년    2024년    증 감\n"
         "계           12,400\n"
         "일반회계     10,000     9,800    200\n"
         "특별회계      2,400     2,100    300", "계", "2025년", "12,400"),
        ("구 분        2025년    2024년    증 감\n"
         "계           12,400\n"
         "일반회계     10,000     9,800    200\n"
         "특별회계      2,400     2,100    300", "계", "증감", ""),
    ],
)  # fmt: skip
def test_a_total_row_that_leaves_columns_empty(table: str, row: str, col: str, value: str) -> None:
    """The total's figure stands under its own column, the others empty."""
    report = _read(_BUDGET.format(table=table))
    cells = {
        ((c.row_header or "").replace(" ", ""), (c.col_header or "").replace(" ", "")): c.raw
        for c in report.table_cells if not c.is_header
    }  # fmt: skip
    assert cells.get((row, col)) == value


_BODY = [("ㅇ 추진경과", 40.0), ("- 세부 내용", 120.0)]


@pytest.mark.parametrize(
    "line", ["Ⅰ단계 착공", "Ⅲ권역(서부산) 노선 확정", "Ⅰ 단계 : 2026년 착공"]
)
def test_a_body_line_a_numeral_opens_is_no_chapter_between_a_titles_repeats(line: str) -> None:
    """In a printed report, a chapter's title set again at the top of its next page is
    furniture even where a line of its body opens with a numeral (`Ⅰ단계 착공`): no
    chapter came between (it had been kept, a second chapter Ⅱ over the page)."""
    from tests.test_read_pdf import _head_lines

    pages = [
        [("Ⅱ. 주요업무계획", 40.0), ("1. 도시철도", 120.0), (line, 160.0)],
        [("Ⅱ. 주요업무계획", 40.5), ("2. 버스", 120.0)],
        *([_BODY] * 6),
    ]
    assert _head_lines(pages) == [(2, "Ⅱ. 주요업무계획")]
