"""A table's figures under a header that states a unit of measure in its closing bracket,
no money nor a count (waterworks probe, cause 2): `1일 급수량(㎥/일)`, `시설용량(천㎥/일)`,
`면적(㏊)` keep their number and that unit, with kind `text`, as their sibling columns
`급수인구(명)`, `보급률(%)`, `관로 연장(km)` keep theirs."""

from __future__ import annotations

from schemas import Report, TableCellRecord
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table


def _report(*paras: str) -> Report:
    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1본부 2부"), p("2. 주요 현황"),
        *paras,
        p("Ⅱ. 2024년 주요업무계획"), p("1. 맑은 물 공급"), p("□ 노후 상수관로 정비"),
    )  # fmt: skip


def _cell(report: Report, row: str, col: str) -> TableCellRecord:
    (cell,) = [
        c for c in report.table_cells
        if not c.is_header and c.row_header == row and c.col_header == col
    ]  # fmt: skip
    return cell


def test_a_rate_per_day_of_cubic_metres_beside_counted_columns() -> None:
    """`1일 급수량(㎥/일)` over `1,012,460`: 1012460 in ㎥/일 (the unit had been left
    empty); `급수인구(명)`, `보급률(%)` and `관로 연장(km)` beside it keep theirs."""
    rows = [
        ["구분", "급수인구(명)", "보급률(%)", "1일 급수량(㎥/일)", "관로 연장(km)"],
        ["2022년", "3,276,540", "99.8", "998,730", "7,436"],
        ["2023년", "3,281,070", "99.9", "1,012,460", "7,512"],
    ]
    report = _report(p("□ 급수 현황"), p(_table(rows)))
    cell = _cell(report, "2023년", "1일 급수량(㎥/일)")
    assert (cell.value, cell.unit, cell.value_kind, cell.value_krw) == (
        1_012_460,
        "㎥/일",
        "text",
        None,
    )
    assert _cell(report, "2023년", "급수인구(명)").unit == "명"
    assert _cell(report, "2023년", "보급률(%)").unit == "%"
    assert _cell(report, "2022년", "관로 연장(km)").unit == "km"


def test_a_capacity_in_thousands_of_cubic_metres_a_day() -> None:
    """`시설용량(천㎥/일)` over `600` and its 계 `1,650`: in 천㎥/일 (it had had no unit)."""
    rows = [
        ["정수장", "시설용량(천㎥/일)", "수원", "준공연도"],
        ["계", "1,650", "", ""],
        ["덕천정수장", "600", "서림강 표류수", "1978"],
        ["금곡정수장", "1,050", "서림천 복류수", "1992"],
    ]
    report = _report(p("□ 정수장 현황"), p(_table(rows)))
    total = _cell(report, "계", "시설용량(천㎥/일)")
    site = _cell(report, "덕천정수장", "시설용량(천㎥/일)")
    assert (total.value, total.unit, total.value_kind) == (1_650, "천㎥/일", "text")
    assert (site.value, site.unit, site.value_kind) == (600, "천㎥/일", "text")


def test_a_measure_in_its_header_over_a_caption_in_money() -> None:
    """Under `(단위 : 백만원)`, a column headed `저수용량(천㎥)` holds volumes, not money:
    `12,400` is 12400 in 천㎥ (it had been 12,400백만원); the 사업비 column beside it is
    money as the caption says."""
    rows = [
        ["구분", "저수용량(천㎥)", "사업비"],
        ["배수지 증설", "12,400", "3,500"],
    ]
    report = _report(p("□ 배수지 확충 (단위 : 백만원)"), p(_table(rows)))
    volume = _cell(report, "배수지 증설", "저수용량(천㎥)")
    assert (volume.value, volume.unit, volume.value_kind, volume.value_krw) == (
        12_400,
        "천㎥",
        "measure",  # (a volume, 12,400,000 ㎥: fix113)
        None,
    )
    cost = _cell(report, "배수지 증설", "사업비")
    assert (cost.value_kind, cost.value_krw, cost.unit) == ("krw", 3_500_000_000, "백만원")


def test_areas_and_tons_a_day_in_their_headers() -> None:
    """`보호구역 면적(㏊)` and `슬러지 처리량(ton/일)`: each column in its own unit (both
    had been left empty)."""
    rows = [
        ["정수장", "보호구역 면적(㏊)", "슬러지 처리량(ton/일)"],
        ["덕천정수장", "152.4", "38"],
        ["금곡정수장", "96.8", "27"],
    ]
    report = _report(p("□ 정수장 시설"), p(_table(rows)))
    area = _cell(report, "덕천정수장", "보호구역 면적(㏊)")
    sludge = _cell(report, "덕천정수장", "슬러지 처리량(ton/일)")
    assert (area.value, area.unit) == (152.4, "㏊")
    assert (sludge.value, sludge.unit) == (38, "ton/일")
