"""A text export whose tables are TAB-separated (probe 105, tabtext): the findings table of
the audit appendix, its rows under a row of one cell across the table per category
(`【 시정요구 : 3건 】`), its cells wrapped onto lines that open with tabs and leave 연번
empty, its header right under a bullet and printed again after a page break."""

from __future__ import annotations

from tests.test_other_reports import _text

_HEAD = """\
Ⅰ. 일 반 현 황

1. 조   직

□ 조   직 : 1국 2과 4팀
 ○ 교통정책과(2팀) : 교통정책팀, 교통안전팀
 ○ 도로과(2팀) : 도로계획팀, 도로관리팀

Ⅲ. 2025년 행정사무감사 처리결과

□ 감사개요
 ○ 감사기간 : 2025. 11. 10. ~ 11. 19.

□ 세부 처리결과
"""
_HEADER = "연번\t지 적 사 항\t소  관\t처 리 결 과\t처리상황\n"

#: the findings with a row across the table over each category's, the header again after
#: the page break
_BANDED = (
    _HEAD
    + _HEADER
    + "【 시정요구 : 2건 】\n"
    + "1\t불법 주정차 단속 CCTV 고장\t교통정책과\t- 고장 CCTV 14대 전면 교체\t완료\n"
    + "\t방치 등 유지관리 소홀\t도로과\t- 유지관리 점검주기 월 1회 → 2회\t\n"
    + "2\t도로굴착 복구공사 사후관리\t도로과\t- 굴착 복구구간 전수조사(312건)\t완료\n"
    + "\t소홀\t\t- 부실 복구 23건 재시공(원인자 부담)\t\n"
    + "\n                                   - 14 -\n\n"
    + _HEADER
    + "【 건의사항 : 1건 】\n"
    + "3\t도심 택시 승강장 확충\t교통정책과\t- 택시 승강장 12개소 추가 설치\t추진중\n"
    + "\t\t\t- 보도 정비 병행(’26. 상반기)\t\n"
)


def test_rows_across_a_tabbed_findings_table_name_their_categories() -> None:
    """`【 시정요구 : 2건 】` between the header and the rows is a row across the table (the
    category of the findings under it), no caption of a table of its own whose first
    finding became its header: every finding read, each of its category."""
    report = _text(_BANDED)
    got = [(f.no, f.category, f.category_raw, f.status) for f in report.audit_findings]
    assert got == [
        (1, "correction", "시정요구", "completed"),
        (2, "correction", "시정요구", "completed"),
        (3, "suggestion", "건의사항", "in_progress"),
    ]


def test_a_tabbed_header_under_a_bullet_is_no_wrap_of_it() -> None:
    """The header row right under `□ 세부 처리결과`, over a row across the table, is the
    table's, not the bullet's text wrapped onto a second line."""
    report = _text(_BANDED)
    (node,) = [n for n in report.outline if n.title.startswith("세부")]
    assert (node.text, node.line_end - node.line_start) == ("세부 처리결과", 0)


def test_a_tabbed_header_again_after_a_page_break_is_the_tables() -> None:
    """The header printed again under `- 14 -` goes on the table: no residue, and the
    finding under it is read."""
    report = _text(_BANDED)
    assert [r.text for r in report.residue] == []
    assert [f.finding for f in report.audit_findings][-1] == "도심 택시 승강장 확충"


#: no rows across the table: the lines that leave 연번 empty wrap the cells above
_PLAIN = (
    _HEAD
    + _HEADER
    + "1\t불법 주정차 단속 CCTV 고장\t교통정책과\t- 고장 CCTV 14대 전면 교체\t완료\n"
    + "\t방치 등 유지관리 소홀\t도로과\t- 유지관리 점검주기 월 1회 → 2회\t\n"
    + "2\t도로굴착 복구공사 사후관리\t도로과\t- 굴착 복구구간 전수조사(312건)\t완료\n"
    + "\t소홀\t\t- 부실 복구 23건 재시공(원인자 부담)\t\n"
    + "3\t보도 정비공사 품질관리 철저\t도로과\t- 준공검사 시 시험성적서\t추진중\n"
    + "\t\t\t확인 의무화\t\n"
)


def test_a_line_that_leaves_its_number_empty_wraps_the_row_above() -> None:
    """`⇥방치 등 유지관리 소홀⇥도로과⇥- …⇥` under finding 1 goes on its cells (its words,
    its second division, its second action), no finding of its own."""
    report = _text(_PLAIN)
    got = [(f.no, f.finding, f.divisions, f.status) for f in report.audit_findings]
    assert got == [
        (1, "불법 주정차 단속 CCTV 고장 방치 등 유지관리 소홀", ["교통정책과", "도로과"],
         "completed"),
        (2, "도로굴착 복구공사 사후관리 소홀", ["도로과"], "completed"),
        (3, "보도 정비공사 품질관리 철저", ["도로과"], "in_progress"),
    ]  # fmt: skip
    assert report.audit_findings[0].actions.splitlines() == [
        "- 고장 CCTV 14대 전면 교체", "- 유지관리 점검주기 월 1회 → 2회"
    ]  # fmt: skip


def test_numbered_rows_go_on_after_a_page_break_without_the_header() -> None:
    """A page break between findings 2 and 3 with no header again: the rows numbered on,
    `3 | …` atop the next page, are the same table's (the first was no header of a table
    of its own)."""
    text = _PLAIN.replace("3\t보도", "\n                                   - 14 -\n\n3\t보도")
    text += "4\t빈집 정비 후 활용방안 마련\t건축과\t- 활용계획 수립 중\t추진중\n"
    report = _text(text)
    got = [(f.no, f.finding, f.status) for f in report.audit_findings]
    assert got[2:] == [
        (3, "보도 정비공사 품질관리 철저", "in_progress"),
        (4, "빈집 정비 후 활용방안 마련", "in_progress"),
    ]
