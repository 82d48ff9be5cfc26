"""Fixes of the 112th round of probes, a 자치구 bureau's 2017 업무보고 in the older layout
(gu2017): a cover that spaces the 구's name and its bureau's out letter by letter with no
council's name to part them, `해 온 구 복 지 국` under `행정복지위원회`, is the bureau the
report's own chart names alone, `복 지 국`; a chart drawn as a table whose top cell names
the bureau the cover names, its teams listed in each 과's cell, gives the teams their 과;
an audit chapter summed up under the summary's own label, `□ 총 괄 : 지적 3건(처리완료 2,
추진중 1)`, gives the summary's total row."""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import cell, hwpx, p, sec, tbl, to_hwp


def _text(text: str) -> Report:
    return check(parse_document(read_bytes(text.encode(), "report.txt"), "report"))


def _hwpx(*paras: str, hwp: bool = False) -> Report:
    data = hwpx(sec(*paras))
    if hwp:  # (the same document as HWP 5)
        return check(parse_document(read_bytes(to_hwp(data), "report.hwp"), "report"))
    return check(parse_document(read_bytes(data, "report.hwpx"), "report"))


_PLAN = """
Ⅲ. 2017년 주요업무 추진계획
1. 찾아가는 동 복지허브화 확대
 □ 사업개요
  ○ 사업기간 : ’17. 1월 ~ 12월
  ○ 사 업 비 : 640백만원(구비 440, 시비 200)
 □ 추진계획
  ○ 3월 : 대상동 선정 및 인력 배치
  ○ 연중 : 복지사각지대 발굴
"""


@pytest.mark.parametrize(
    ("cover", "top", "divisions", "bureau"),
    [
        ("해 온 구 복 지 국", "복 지 국", ("복지정책과", "생활보장과"), "복지국"),
        ("가 람 시 안 전 건 설 국", "안 전 건 설 국", ("건설과", "교통과"), "안전건설국"),
        ("한 빛 도 농 축 산 국", "농 축 산 국", ("농정과", "축산과"), "농축산국"),
        ("솔 내 구 문 화 체 육 국", "문화체육국", ("문화과", "체육과"), "문화체육국"),
        # (a 구 named by one letter, "중구"; a chart's top naming the bureau's head)
        ("중 구 복 지 국", "복 지 국", ("복지정책과", "생활보장과"), "복지국"),
        ("북 구 안 전 도 시 국", "안 전 도 시 국", ("건설과", "교통과"), "안전도시국"),
        ("해 온 구 복 지 국", "복지국장", ("복지정책과", "생활보장과"), "복지국"),
        ("동 구 문 화 관 광 국", "문 화 관 광 국 장", ("문화과", "관광과"), "문화관광국"),
    ],
)
def test_a_covers_bureau_spaced_out_after_its_governments_name(
    cover: str, top: str, divisions: tuple[str, str], bureau: str
) -> None:
    """`해 온 구 복 지 국` under `행정복지위원회` (no council's name): the 구's name and the
    bureau's run together; the chart's top, `복 지 국`, says where the bureau's begins (the
    whole had been the bureau, and the chart's top under it)."""
    a, b = divisions
    text = (
        f"2017년도 주요업무 보고\n\n행정복지위원회\n\n{cover}\n\n"
        f"Ⅰ. 일 반 현 황\n\n1. 조직 및 인력\n\n□ 조 직 : 1국 2과 4팀\n{top}\n"
        f"{a}\t{b}\n{a[:2]}기획팀 {a[:2]}지원팀\t{b[:2]}기획팀 {b[:2]}지원팀\n" + _PLAN
    )
    report = _text(text)
    assert report.meta.bureau == bureau
    org = {u.name: u.parent for u in report.organization}
    assert org[bureau] is None
    assert org[a] == bureau and org[b] == bureau


def _chart(top: str, units: dict[str, list[str]]) -> str:
    """A chart drawn as a table: the top across, the 과 in a row, each 과's teams in its cell
    one a paragraph."""
    n = len(units)
    cells = [cell(0, 0, p(top), cs=n)]
    cells += [cell(1, c, p(name)) for c, name in enumerate(units)]
    cells += [cell(2, c, *map(p, teams)) for c, teams in enumerate(units.values())]
    return tbl(3, n, cells)


_UNITS_A = {
    "복지정책과": ["복지정책팀", "희망복지팀", "자활지원팀"],
    "생활보장과": ["기초생활팀", "긴급지원팀"],
    "가정복지과": ["여성가족팀", "보육지원팀", "보육시설팀"],
}
_UNITS_B = {
    "도시계획과": ["도시계획팀", "도시재생팀"],
    "건축과": ["건축행정팀", "건축허가팀", "주택관리팀", "공동주택팀"],
}


@pytest.mark.parametrize(
    ("cover", "top", "bureau", "units", "hwp"),
    [
        ("해온구 복지국", "복 지 국", "복지국", _UNITS_A, False),
        ("복 지 국", "복지국", "복지국", _UNITS_A, False),
        ("해온구 도시국", "도 시 국", "도시국", _UNITS_B, False),
        ("해 온 구 복 지 국", "복 지 국", "복지국", _UNITS_A, True),
    ],
)
def test_a_chart_tables_top_cell_naming_the_covers_bureau(
    cover: str, top: str, bureau: str, units: dict[str, list[str]], hwp: bool
) -> None:
    """The chart's top cell, `복 지 국`, is the bureau the cover names: each team listed in a
    과's cell is that 과's (they had all been the bureau's, the top cell counted among the
    row of units they were shared out in)."""
    count = f"1국 {len(units)}과 {sum(map(len, units.values()))}팀"
    report = _hwpx(
        p("2017년도 주요업무 보고"), p("행정복지위원회"), p(cover),
        p("Ⅰ. 일 반 현 황"), p("1. 조직 및 인력"), p(f"□ 조 직 : {count}"),
        p(_chart(top, units)),
        p("Ⅲ. 2017년 주요업무 추진계획"), p("1. 찾아가는 복지서비스"), p("□ 사업개요"),
        p("○ 사업기간 : ’17. 1월 ~ 12월"), hwp=hwp,
    )  # fmt: skip
    got = {u.name: u.parent for u in report.organization}
    want = {bureau: None} | {d: bureau for d in units}
    want |= {t: d for d, teams in units.items() for t in teams}
    assert got == want


@pytest.mark.parametrize(
    ("headline", "counts"),
    [
        ("□ 총 괄 : 지적 3건(처리완료 2, 추진중 1)", (3, 2, 1)),
        ("○ 총괄 : 4건 (완료 3, 추진중 1)", (4, 3, 1)),
        ("□ 총 계 : 지적사항 5건(조치완료 2, 진행중 3)", (5, 2, 3)),
        # (the label's 현황; the year and the proceeding before the counting word)
        ("□ 총괄현황 : 지적 3건(처리완료 2, 추진중 1)", (3, 2, 1)),
        ("□ 총 괄 : 행정사무감사 지적 4건(처리완료 3, 추진중 1)", (4, 3, 1)),
        ("○ 총괄 : 2016년 지적 3건 (완료 1, 추진중 2)", (3, 1, 2)),
        ("□ 총괄 현황 : 2016년도 행정사무감사 지적사항 5건(조치완료 4, 진행중 1)", (5, 4, 1)),
    ],
)
def test_an_audit_headline_under_the_summarys_label(
    headline: str, counts: tuple[int, int, int]
) -> None:
    """`□ 총 괄 : 지적 3건(처리완료 2, 추진중 1)` over the findings' table: the summary's total
    row (none had been read: the count stands after 지적, not after 총)."""
    total = counts[0]
    rows = "\n".join(
        f"{i}\t지적사항 {i}번 관리 철저\t점검 실시 및 교육 완료\t완료\t복지정책과"
        for i in range(1, total + 1)
    )
    text = (
        "2017년도 주요업무 보고\n\n복 지 국\n\n" + _PLAN
        + "\nⅣ. 2016년 행정사무감사 지적사항 처리결과\n\n" + headline + "\n\n"
        + "연번\t지 적 사 항\t처 리 결 과\t처리상황\t소관부서\n" + rows + "\n"
    )
    report = _text(text)
    got = [(s.total, s.completed, s.in_progress) for s in report.audit_summary
           if s.category == "total"]  # fmt: skip
    assert got == [counts]


_GRADES = [
    ["구 분", "계", "5급", "6급", "7급", "8급"],
    ["계", "{a}", "2(2)", "5(5)", "9(8)", "{b}"],
    ["기획과", "9(9)", "1(1)", "2(2)", "4(4)", "2(2)"],
    ["지원과", "{c}", "1(1)", "3(3)", "5(4)", "{d}"],
]


def _grid(rows: list[list[str]]) -> str:
    cells = [cell(r, c, p(text)) for r, row in enumerate(rows) for c, text in enumerate(row)]
    return tbl(len(rows), len(rows[0]), cells)


@pytest.mark.parametrize(
    ("caption", "note", "inner"),
    [
        ("(단위 : 명)", "※ ( )는 현원", "current"),
        ("(단위 : 명, ( )는 현원)", "", "current"),
        ("(단위 : 명)", "※ (  )안은 정원", "authorized"),
        # (the two figures named as the cell sets them; the note's word spaced out)
        ("(단위 : 명)", "※ 정원(현원)", "current"),
        ("(단위 : 명)", "※ 현원(정원)", "authorized"),
        ("(단위 : 명, 정원(현원))", "", "current"),
        ("(단위 : 명)", "※ ( )는 현 원", "current"),
    ],
)
def test_a_staff_tables_bracketed_figures_a_note_names(
    caption: str, note: str, inner: str
) -> None:
    """Cells of `9(8)` under grades and units, no label naming either figure, and a note
    `※ ( )는 현원` under the table (or in its caption): the figure 정원, the bracket's 현원
    (`( )는 정원` the other way round); no figure had been read."""
    # (정원 first where the note says the bracket is 현원; else 현원 first)
    first, second = (21, 20) if inner == "current" else (20, 21)
    fill = {"a": f"{first}({second})", "b": "5(5)", "c": f"{first - 9}({second - 9})", "d": "3(3)"}
    rows = [[t.format(**fill) for t in row] for row in _GRADES]
    # (the grades of 8급 add up: 2 + 3 = 5)
    report = _hwpx(
        p("2017년도 주요업무 보고"), p("행정복지위원회"), p("해온구 복지국"),
        p("Ⅰ. 일 반 현 황"), p("1. 조직 및 인력"), p("□ 인 력"), p(caption), p(_grid(rows)),
        *([p(note)] if note else []),
        p("Ⅲ. 2017년 주요업무 추진계획"), p("1. 찾아가는 복지서비스"), p("□ 사업개요"),
        p("○ 사업기간 : ’17. 1월 ~ 12월"),
    )  # fmt: skip
    got = {(s.unit, s.grade): (s.authorized, s.current) for s in report.staffing}
    authorized, current = (first, second) if inner == "current" else (second, first)
    assert got[("계", None)] == (authorized, current)
    assert got[("기획과", None)] == (9, 9)
    assert got[("지원과", "7급")] == ((5, 4) if inner == "current" else (4, 5))
