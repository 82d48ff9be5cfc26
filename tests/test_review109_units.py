"""Units of the rows of a table under a caption that lists a count beside money, as the
review of round 109 found them: a welfare table whose 인 원 column names the count, its
years' columns the money, is no table set on its side; a row of 수급자 or 대상자 is whom
the figures are of, not a count."""

from __future__ import annotations

from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table, _text

_WELFARE = """\
                      2026년 주요업무보고

                        복 지 정 책 국

Ⅰ. 일반현황
 1. 조    직 : 1국 2과 6팀

Ⅱ. 2026년 주요업무계획
 1. 취약계층 생활안정 지원
  ○ 사업기간 : 2026. 1.~12.
  ○ 지원현황
                                                    (단위 : 명, 백만원)
     구    분            인  원      2026년     2025년      증 감
     기초생활수급자        12,300     98,400     95,000     3,400
     차상위계층             4,200     10,080     10,000        80
     긴급지원대상자           850      1,275      1,200        75
"""


def _cells(report: object) -> dict[tuple[str, str], tuple[str, float | None, int | None, str]]:
    return {
        (c.row_header, c.col_header): (c.value_kind, c.value, c.value_krw, c.unit)
        for c in report.table_cells  # type: ignore[attr-defined]
        if not c.is_header and c.row_header
    }


def _chapter(*tables: str) -> tuple[str, ...]:
    return (
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과 6팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 취약계층 생활안정 지원"), p("○ 지원현황"), *tables,
    )  # fmt: skip


def test_a_welfare_tables_money_stays_money_beside_its_head_count() -> None:
    """`(단위 : 명, 백만원)` over `구 분 | 인 원 | 2026년 | 2025년 | 증 감`: each row's
    인 원 in 명, its years' and 증 감's figures in 백만원, for 기초생활수급자 and
    긴급지원대상자 as for 차상위계층 (the rows ending in 자 had been counts in 명)."""
    got = _cells(_text(_WELFARE))
    for row in ("기초생활수급자", "차상위계층", "긴급지원대상자"):
        assert got[(row, "인원")][0] == "count" and got[(row, "인원")][3] == "명"
    assert got[("기초생활수급자", "2026년")] == ("krw", 98_400_000_000, 98_400_000_000, "백만원")
    assert got[("기초생활수급자", "증감")] == ("krw", 3_400_000_000, 3_400_000_000, "백만원")
    assert got[("긴급지원대상자", "2025년")] == ("krw", 1_200_000_000, 1_200_000_000, "백만원")
    assert got[("긴급지원대상자", "증감")] == ("krw", 75_000_000, 75_000_000, "백만원")
    assert got[("차상위계층", "2026년")] == ("krw", 10_080_000_000, 10_080_000_000, "백만원")


def test_rows_of_recipients_in_years_columns_are_money() -> None:
    """`(단위 : 백만원, 명)` over `구 분 | 2026년 | 2025년` and the rows
    `기초생활수급자`, `긴급지원대상자`, `지원인원 수`: the recipients' rows in 백만원, only
    `지원인원 수` in 명 (a label ending in 자 had been read as a count)."""
    rows = [
        ["구 분", "2026년", "2025년"],
        ["기초생활수급자", "98,400", "95,000"],
        ["긴급지원대상자", "1,275", "1,200"],
        ["지원인원 수", "13,150", "12,800"],
    ]
    got = _cells(_hwpx(*_chapter(p("(단위 : 백만원, 명)"), p(_table(rows)))))
    assert got[("기초생활수급자", "2026년")] == ("krw", 98_400_000_000, 98_400_000_000, "백만원")
    assert got[("긴급지원대상자", "2025년")] == ("krw", 1_200_000_000, 1_200_000_000, "백만원")
    assert got[("지원인원 수", "2026년")] == ("count", 13_150, None, "명")


def test_a_money_row_keeps_the_count_of_a_change_beside_its_head_count() -> None:
    """`(단위 : 명, 백만원)` over `구 분 | 인 원 | 증 감 | 예 산` and the rows `장학금`,
    `생활지원금`: 증 감 beside 인 원 is a change of heads, in 명, though the rows are named
    by money (a row's kind had been taken wherever its column's header named none)."""
    rows = [
        ["구 분", "인 원", "증 감", "예 산"],
        ["장학금", "120", "10", "360"],
        ["생활지원금", "85", "5", "510"],
    ]
    got = _cells(_hwpx(*_chapter(p("(단위 : 명, 백만원)"), p(_table(rows)))))
    assert got[("장학금", "증감")] == ("count", 10, None, "명")
    assert got[("생활지원금", "증감")] == ("count", 5, None, "명")
    assert got[("장학금", "예산")] == ("krw", 360_000_000, 360_000_000, "백만원")


def test_a_row_of_people_beside_a_row_of_money_counts_heads() -> None:
    """`(단위 : 명, 백만원)` over `구 분 | 계 | 2025년 | 2026년` and the rows `참 여 자`,
    `사 업 비` (a table set on its side): 참여자 counts 명, 사업비 is in 백만원 (the 자 row
    had taken the caption's money; second review 109 item 3)."""
    rows = [
        ["구 분", "계", "2025년", "2026년"],
        ["참 여 자", "1,250", "600", "650"],
        ["사 업 비", "5,400", "2,600", "2,800"],
    ]
    got = _cells(_hwpx(*_chapter(p("(단위 : 명, 백만원)"), p(_table(rows)))))
    assert got[("참여자", "2025년")] == ("count", 600, None, "명")
    assert got[("참여자", "계")] == ("count", 1_250, None, "명")
    assert got[("사업비", "2026년")] == ("krw", 2_800_000_000, 2_800_000_000, "백만원")
