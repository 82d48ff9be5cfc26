"""A city's 도시철도공사 (or 시설관리공단) 주요업무보고 to its council (probe 116, metro), in
HWPX with Hancom's paragraph heads and as HWP 5.

Its 수송실적 table counts passengers in thousands a day, `(단위 : 천명/일)`: each figure
was kept as a bare figure of that unit (text 203), where the prose's `313천명` is a count
of 313,000; a caption or header in 천명 (or 만건/년) counts the counter, the size applied.
Its expenditure split between what the city transfers and its own money, `계 | 시 전출금 |
자 체`, was read as categories (the 계 row's `시 전출금` an item, the rows' shares no
source): a 공사's grant beside its own funds are sources, as two governments' shares are.
"""

from __future__ import annotations

import pytest

from extract.pipeline import check, parse_document
from extract.read import read_bytes
from schemas import Report
from tests.hwpx_maker import FILLS, bullet, cell, header_xml, hwpx, p, para_pr, sec, tbl, to_hwp

COVER = ["2025년도 주요업무보고", "해솔특별시의회 교통위원회", "2025. 2.", "해솔도시철도공사"]
#: paragraph shapes: 1 a □ bullet, 2 a ○ bullet (Hancom's heads, no mark in the text)
HEAD = header_xml(
    FILLS, bullets=[bullet(1, "□"), bullet(2, "○")],
    para_prs=[para_pr(0), para_pr(1, "BULLET", 1), para_pr(2, "BULLET", 2)],
)  # fmt: skip


def _table(rows: list[list[str]]) -> str:
    """A ruled table of ``rows`` (every cell boxed)."""
    cells = [cell(r, c, p(x), fill=2) for r, row in enumerate(rows) for c, x in enumerate(row)]
    return p(tbl(len(rows), len(rows[0]), cells))


def _data(*paras: str) -> bytes:
    body = [p(x) for x in COVER] + [p("Ⅰ. 일반현황"), *paras]
    return hwpx(sec(*body), extra={"Contents/header.xml": HEAD})


def _read(data: bytes, name: str = "report.hwpx") -> Report:
    return check(parse_document(read_bytes(data, name), "report"))


Value = tuple[float | None, str | None, str]


def _cells(rep: Report, caption: str) -> dict[tuple[str, str], Value]:
    """(row header, column header) -> (value, unit, kind) of the table under ``caption``."""
    ids = {t.table_id for t in rep.tables if caption in (t.caption or "")}
    return {
        (c.row_header, c.col_header): (c.value, c.unit, c.value_kind)
        for c in rep.table_cells if c.table_id in ids and not c.is_header and c.col > 0
    }  # fmt: skip


# --- counts in thousands, per a period ----------------------------------------------------

#: (the caption's unit, a row's figures of 2023 and 2024, what they count, the unit kept)
SCALED = [
    pytest.param("천명/일", ("195", "203"), (195_000, 203_000), "천명/일", id="thousands-a-day"),
    pytest.param("천명", ("1,110", "1,152"), (1_110_000, 1_152_000), "천명", id="thousands"),
    pytest.param("만명/년", ("1.5", "2.25"), (15_000, 22_500), "만명/년", id="10000s-a-year"),
    pytest.param("명/일", ("96", "-"), (96, 0), "명/일", id="a-day"),
    pytest.param("천 건", ("42", "△3"), (42_000, -3_000), "천건", id="spaced-thousands"),
]  # fmt: skip


@pytest.mark.parametrize(("unit", "figures", "counts", "counted"), SCALED)
def test_a_count_in_thousands_or_a_day_is_a_count_of_its_counter(
    unit: str, figures: tuple[str, str], counts: tuple[int, int], counted: str
) -> None:
    """`203` under `(단위 : 천명/일)` is a count of 203,000 people a day (its unit as
    printed, as a money cell's under 백만원); a measure a day, `천㎥/일`, stays a figure of
    its unit."""
    rep = _read(_data(
        p("수송실적", pr=1),
        p(f"(단위 : {unit})"),
        _table([["구 분", "2023년", "2024년"], ["1호선", *figures]]),
        p("정수 처리량", pr=1),
        p("(단위 : 천㎥/일)"),
        _table([["구 분", "2023년", "2024년"], ["1정수장", "195", "203"]]),
    ))  # fmt: skip
    got = _cells(rep, unit)
    assert got[("1호선", "2023년")] == (counts[0], counted, "count")
    assert got[("1호선", "2024년")] == (counts[1], counted, "count")
    assert _cells(rep, "천㎥/일")[("1정수장", "2024년")] == (203, "천㎥/일", "text")


# --- a 공사's grant beside its own money ----------------------------------------------------

#: (its columns' heads, the sources they stack under)
OWN_AND_GRANT = [
    pytest.param(("시 전출금", "자 체"), ("시 전출금", "자체"), id="city-transfer-and-own"),
    pytest.param(("시보조금", "자체수입"), ("시보조금", "자체수입"), id="grant-and-own-revenue"),
    pytest.param(("시 비", "자체재원"), ("시비", "자체재원"), id="one-government-and-own"),
]  # fmt: skip


@pytest.mark.parametrize(("heads", "sources"), OWN_AND_GRANT)
def test_a_corporations_grant_and_own_money_are_sources(
    heads: tuple[str, str], sources: tuple[str, str]
) -> None:
    rep = _read(_data(
        p("2025년 재원별 지출예산", pr=1),
        p("(단위 : 백만원)"),
        _table([
            ["구 분", "계", *heads],
            ["계", "352,400", "221,500", "130,900"],
            ["인건비", "128,900", "62,000", "66,900"],
            ["경비", "146,300", "90,100", "56,200"],
            ["자본적지출", "77,200", "69,400", "7,800"],
        ]),
    ))  # fmt: skip
    lines = {(b.item or "", b.source or "", b.is_total): b.amount_krw for b in rep.budget_lines}
    grant, own = sources
    million = 1_000_000
    assert lines[("", grant, True)] == 221_500 * million  # (the 계 row's share: no item)
    assert lines[("", own, True)] == 130_900 * million
    assert lines[("인건비", grant, False)] == 62_000 * million
    assert lines[("자본적지출", own, False)] == 7_800 * million
    assert lines[("경비", "", True)] == 146_300 * million
    assert not [b for b in rep.budget_lines if b.item in heads or b.item in sources]
    assert all(b.side == "expenditure" for b in rep.budget_lines)


# --- the same report in HWPX and HWP 5 ----------------------------------------------------


def _report() -> bytes:
    return _data(
        p("조    직 : 1본부 2처 1실 4팀", pr=1),
        p(tbl(3, 3, [
            cell(0, 0, p("사장 직속"), fill=2), cell(0, 1, p("감사실"), fill=2),
            cell(0, 2, p("감사팀"), fill=2),
            cell(1, 0, p("운영본부"), rs=2, fill=2), cell(1, 1, p("영업처"), fill=2),
            cell(1, 2, p("영업팀, 역무팀"), fill=2),
            cell(2, 1, p("승무처"), fill=2), cell(2, 2, p("승무운영팀"), fill=2),
        ])),
        p("인력현황", pr=1),
        p("(2025. 1. 1. 기준, 단위 : 명)"),
        _table([
            ["직 급", "정 원", "현 원"], ["계", "196", "190"], ["1급", "2", "2"],
            ["6급", "120", "116"], ["무기계약직", "44", "43"], ["공무직", "30", "29"],
        ]),
        p("수송실적", pr=1),
        p("1일 평균 수송인원 : 313천명 (전년 대비 4.7% 증가)", pr=2),
        p("(단위 : 천명/일)"),
        _table([
            ["구 분", "2023년", "2024년"], ["계", "299", "313"], ["1호선", "195", "203"],
            ["2호선", "104", "110"],
        ]),
        p("2025년 재원별 예산", pr=1),
        p("(단위 : 백만원)"),
        _table([
            ["구 분", "계", "시 전출금", "자 체"], ["계", "48,200", "30,100", "18,100"],
            ["인건비", "20,400", "12,000", "8,400"], ["경비", "27,800", "18,100", "9,700"],
        ]),
    )  # fmt: skip


def _records(rep: Report) -> dict[str, list[tuple[object, ...]]]:
    return {
        "organization": [(o.name, o.parent) for o in rep.organization],
        "staffing": [(s.grade, s.employment, s.authorized, s.current, s.is_total)
                     for s in rep.staffing],
        "budget_lines": [(b.item, b.source, b.is_total, b.amount_krw) for b in rep.budget_lines],
        "counts": sorted((c.row_header, c.col_header, c.value, c.unit) for c in rep.table_cells
                         if c.value_kind == "count" and c.unit == "천명/일"),
    }  # fmt: skip


def test_hwp5_and_hwpx_give_the_same_records_of_a_corporations_report() -> None:
    pytest.importorskip("hwpx")
    data = _report()
    a, b = _read(data), _read(to_hwp(data), "report.hwp")
    got = _records(a)
    assert got == _records(b)
    units = {"감사실", "운영본부", "영업처", "승무처", "감사팀", "영업팀", "역무팀", "승무운영팀"}
    assert units <= {n for n, _ in got["organization"]}
    assert ("무기계약직", "무기계약직", 44, 43, False) in got["staffing"]
    assert ("공무직", "공무직", 30, 29, False) in got["staffing"]
    assert ("계", "2024년", 313_000, "천명/일") in got["counts"]
    assert ("2호선", "2023년", 104_000, "천명/일") in got["counts"]
    assert (None, "시 전출금", True, 30_100_000_000) in got["budget_lines"]
    assert ("경비", "자체", False, 9_700_000_000) in got["budget_lines"]
    assert not [c for c in a.validation if not c.passed]


#: (a column's header, its figure, what it counts, the unit kept)
HEADED = [
    pytest.param("수송인원(천명)", "114,245", 114_245_000, "천명", id="thousands"),
    pytest.param("관람객(만 명)", "3.5", 35_000, "만명", id="spaced-ten-thousands"),
]  # fmt: skip


@pytest.mark.parametrize(("head", "figure", "count", "unit"), HEADED)
def test_a_column_counted_in_thousands_is_a_count(
    head: str, figure: str, count: int, unit: str
) -> None:
    """`수송인원(천명)` beside `운수수입(백만원)`: a count, as `1일 평균(천명/일)` was."""
    rep = _read(_data(
        p("수송실적", pr=1),
        _table([["연 도", head, "운수수입(백만원)"], ["2024년", figure, "108,760"]]),
    ))  # fmt: skip
    cells = {c.col_header: c for c in rep.table_cells if not c.is_header}
    assert (cells[head].value, cells[head].unit, cells[head].value_kind) == (count, unit, "count")
    assert cells["운수수입(백만원)"].value_krw == 108_760_000_000
