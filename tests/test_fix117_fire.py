"""A province's fire headquarters' 2025 주요업무보고 printed from HTML by headless Chromium
(probe 117, fire): running heads and foot page numbers, ruled tables of unit counts, staff by
rank with 과부족 in △, vehicles in 대, call-outs by year in 건, a budget by source, plan cards
and the council audit's follow-up.

Its audit chapter sums the findings up in a small table with no row header, `계 | 처리완료 |
추진중` over `3 | 2 | 1` (no `구 분` before the columns, no `건 수` before the counts): the
table was not read (no summary record; the findings went unchecked against it).  Set with
its row header, `구 분 | 계 | 완 료 | 추진중` over `건 수 | 3 | 2 | 1`, the row of the count
was warned of as an unknown category and lost.
"""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from extract.read.pdf.reader import read_pdf
from schemas import Report
from tests.hwpx_maker import p
from tests.test_fix114_multi import _pages_pdf
from tests.test_other_reports import _hwpx, _table, _text
from tests.test_probe110_rotated import UP

_HEAD = """\
2025년 주요업무보고

한빛도 소방본부

Ⅰ. 일반현황
 1. 인 력
  ○ 정원 3,452명, 현원 3,398명

Ⅱ. 2025년 주요업무계획
 1. 노후 소방차 교체
  ○ 사업기간 : 2025. 1. ~ 2025. 12.
  ○ 사업비 : 9,600백만원

Ⅲ. 2024년 행정사무감사 처리결과
"""

_FINDINGS = """\
 연번   지적사항                              처리결과                        처리상태
  1     노후 구급차 교체 지연 대책 마련       구급차 8대 교체 예산 반영        완료
  2     119안전센터 인력 부족 해소 방안       소방공무원 120명 충원 계획 수립  추진중
  3     소방용수시설 점검 미흡                전수 점검 실시 및 보수           완료
"""

#: (the summary's header and its row of counts, the total record's counts: total,
#: completed, in_progress, under_review)
BARE_SUMMARIES = [
    pytest.param("계      처리완료      추진중", "3          2           1", (3, 2, 1, None),
                 id="total-done-going"),
    pytest.param("합 계     완 료     추진중", "3         2         1", (3, 2, 1, None),
                 id="spaced-words"),
    pytest.param("계    완료    추진중    검토중", "3      2      1      -", (3, 2, 1, 0),
                 id="a-nil-count"),
    pytest.param("구 분     계     완 료     추진중", "건 수     3       2         1",
                 (3, 2, 1, None), id="count-row"),
    pytest.param("구  분    계    처리완료    추진중", "지적건수   3     2     1",
                 (3, 2, 1, None), id="finding-count-row"),
]  # fmt: skip


def _summary(report: Report) -> list[tuple[int | None, ...]]:
    return [
        (s.total, s.completed, s.in_progress, s.under_review)
        for s in report.audit_summary
        if s.category == "total"
    ]


@pytest.mark.parametrize(("head", "row", "counts"), BARE_SUMMARIES)
def test_a_summary_of_the_total_and_statuses_text(
    head: str, row: str, counts: tuple[int | None, ...]
) -> None:
    """`계 | 처리완료 | 추진중` over `3 | 2 | 1` (or over `건 수 | 3 | 2 | 1`): the findings' total
    and their statuses."""
    report = _text(f"{_HEAD}                                               (단위 : 건)\n"
                   f" {head}\n {row}\n\n{_FINDINGS}")  # fmt: skip
    assert _summary(report) == [counts]
    assert len(report.audit_findings) == 3
    assert not [w for w in report.warnings if w.code.startswith("audit_summary")]
    failed = [c.check for c in report.validation if not c.passed and c.check.startswith("audit")]
    assert failed == []


#: (the summary table's rows, the total record's counts)
BARE_TABLES = [
    pytest.param([["계", "처리완료", "추진중"], ["3", "2", "1"]], (3, 2, 1, None),
                 id="total-done-going"),
    pytest.param([["합계", "완료", "추진중"], ["3", "2", "1"]], (3, 2, 1, None),
                 id="sum-done-going"),
    pytest.param([["구 분", "계", "완 료", "추진중"], ["건 수", "3", "2", "1"]], (3, 2, 1, None),
                 id="count-row"),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "counts"), BARE_TABLES)
def test_a_summary_of_the_total_and_statuses_hwpx(
    rows: list[list[str]], counts: tuple[int | None, ...]
) -> None:
    """The same table drawn in a Hangul file, a cell a figure."""
    findings = _table([
        ["연번", "지적사항", "처리결과", "처리상태"],
        ["1", "노후 구급차 교체 지연 대책 마련", "구급차 8대 교체 예산 반영", "완료"],
        ["2", "119안전센터 인력 부족 해소 방안", "소방공무원 120명 충원 계획 수립", "추진중"],
        ["3", "소방용수시설 점검 미흡", "전수 점검 실시 및 보수", "완료"],
    ])  # fmt: skip
    report = _hwpx(
        p("2025년 주요업무보고"), p("한빛도 소방본부"),
        p("Ⅰ. 일반현황"), p("1. 인 력"), p("○ 정원 3,452명, 현원 3,398명"),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 노후 소방차 교체"),
        p("○ 사업기간 : 2025. 1. ~ 2025. 12."),
        p("Ⅲ. 2024년 행정사무감사 처리결과"), p("(단위 : 건)"), p(_table(rows)), p(findings),
    )  # fmt: skip
    assert _summary(report) == [counts]
    assert len(report.audit_findings) == 3


# --- a row of rates under a 계 column: no parts of its 계 -------------------------------------

_EQUIPMENT = """\
2025년 주요업무보고

한빛도 소방본부

Ⅰ. 일반현황
 1. 소방장비 보유 현황
                                                               (단위 : 대, %)
   구  분          계      펌프차    물탱크차    사다리차    구급차
   보유대수       {held}      148        96          31        178
   내용연수 초과    50       16        12           4         18
   {label}         11.7      10.8      12.5        12.9      10.1
   구 성 비        {shares}

Ⅱ. 2025년 주요업무계획
 1. 노후 소방차 교체
  ○ 사업기간 : 2025. 1. ~ 2025. 12.
"""

_SHARES = "100.0     32.7      21.2         6.8      39.3"

#: (the rate row's label, the shares' row, the count of vehicles held, the column totals
#: that fail)
RATE_ROWS = [
    pytest.param("노후율", _SHARES, 453, [], id="rates-ages"),
    pytest.param("노후율(%)", _SHARES, 453, [], id="rates-bracketed"),
    pytest.param("노 후 율", _SHARES, 453, [], id="rates-spaced"),
    pytest.param("노후율", "100.0     32.7      21.2         6.8      29.3", 453, ["구성비 / 계"],
                 id="shares-still-checked"),
    pytest.param("노후율", _SHARES, 460, ["보유대수 / 계"], id="counts-still-checked"),
]  # fmt: skip


@pytest.mark.parametrize(("label", "shares", "held", "failing"), RATE_ROWS)
def test_a_row_of_rates_is_no_parts_of_its_total(
    label: str, shares: str, held: int, failing: list[str]
) -> None:
    """`노후율 | 11.7 | 10.8 | 12.5 | …` under `계 | 펌프차 | …` in a table of vehicles (대, %):
    each figure the rate of its own column, the 계's the rate of all, no sum of the others
    (`tables.column_total` had failed on a report whose arithmetic is right); a row of shares,
    `구성비`, still adds up to its 100, and the rows of counts to their 계."""
    report = _text(_EQUIPMENT.format(held=held, label=label, shares=shares))
    got = [
        c.detail.split(" (", 1)[1].split("):", 1)[0]
        for c in report.validation
        if c.check == "tables.column_total" and not c.passed
    ]
    assert got == failing


# --- a short report: its running head on each of its two numbered pages ---------------------

#: (the running head, how the page's number is printed: {n} the page's)
SHORT_HEADS = [
    pytest.param("2025년 주요업무보고 · 한빛도 소방본부", "- {n} -", id="dash-numbers"),
    pytest.param("주요업무보고 ｜ 한빛도 소방본부", "- {n} / 2 -", id="of-two"),
    pytest.param("한빛도 소방본부", "– {n} –", id="en-dashes"),
]  # fmt: skip


@pytest.mark.parametrize(("head", "number"), SHORT_HEADS)
def test_a_running_head_on_both_numbered_pages_of_a_short_report(head: str, number: str) -> None:
    """Two pages after the cover, each headed `2025년 주요업무보고 · 한빛도 소방본부` in its
    top margin and numbered `- 1 -`, `- 2 -` in its foot: the head is furniture (it had
    been content on the first page, taken for the cover's body, and residue on the second:
    a running head needed three pages)."""
    cover = [((UP, 150, 600, 20), "2025년 주요업무보고"), ((UP, 220, 300, 16), "한빛도 소방본부")]
    first = [
        ((UP, 60, 800, 12), "Ⅰ. 일반현황"), ((UP, 60, 780, 11), "1. 인 력"),
        ((UP, 60, 760, 11), "○ 정원 1,560명, 현원 1,531명"),
    ]  # fmt: skip
    second = [
        ((UP, 60, 800, 12), "Ⅱ. 2025년 주요업무계획"), ((UP, 60, 780, 11), "1. 노후 소방차 교체"),
        ((UP, 60, 760, 11), "○ 사업기간 : 2025. 1. ~ 2025. 12."),
    ]  # fmt: skip
    pages = [
        [((UP, 330, 822, 8), head), *body, ((UP, 285, 25, 9), number.format(n=k))]
        for k, body in enumerate((first, second), start=1)
    ]
    data = _pages_pdf([cover, *pages])
    heads = [
        (ln.page, ln.is_content) for ln in read_pdf(data, "x").lines
        if ln.page in (2, 3) and ln.text.endswith("소방본부")
    ]  # fmt: skip
    assert heads == [(2, False), (3, False)]
    report = check(parse_document(read_bytes(data, "report.pdf"), "report"))
    assert not report.residue
    assert [n.role for n in report.outline if n.kind == "heading"] == [
        "general", "plans"
    ]
