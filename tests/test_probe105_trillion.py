"""Forms of the probe trillion: a 광역시's 기획조정실 whose tables write big amounts with 조
before the rest in the caption's unit (`1조 2,000` under `(단위 : 억원)`), and a table of
investment reviews that counts cases beside their cost (`(단위 : 건, 억원)` over `건수 |
사업비` under each kind of result)."""

from __future__ import annotations

from schemas import Report, TableCellRecord
from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx, _table


def _report(caption: str, table: str, *after: str) -> Report:
    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 4관 12팀"),
        p("2. 재정현황"), p("□ 재정 규모"), p(caption), p(table), *map(p, after),
        p("Ⅱ. 2025년 주요업무계획"), p("1. 재정 건전성 강화"), p("□ 지방채 관리"),
    )  # fmt: skip


def _body(report: Report, table_id: int) -> list[TableCellRecord]:
    return [c for c in report.table_cells if c.table_id == table_id and not c.is_header]


def _table_of(report: Report, raw: str) -> int:
    return next(c.table_id for c in report.table_cells if c.raw == raw)


def test_a_cell_of_cho_and_the_rest_in_the_captions_unit_is_an_amount() -> None:
    """`1조 2,000` under `(단위 : 억원)` is 1조 2,000억원 (it had been text with no value);
    `1조2,000` too, and `1조` alone as before."""
    rows = [
        ["구  분", "2025년 예산", "2024년 예산", "증 감"],
        ["합  계", "20,000", "18,500", "1,500"],
        ["지방세수입", "6,000", "5,900", "100"],
        ["세외수입", "1조 2,000", "1조", "2,000"],
        ["지방교부세", "1조2,000", "11,600", "400"],
    ]
    report = _report("(단위 : 억원)", _table(rows))
    cells = {(c.row_header, c.col_header): c for c in _body(report, _table_of(report, "6,000"))}
    cho = cells[("세외수입", "2025년 예산")]
    assert (cho.value_kind, cho.value, cho.value_krw) == (
        "krw", 1_200_000_000_000.0, 1_200_000_000_000
    )
    assert cho.unit == "억원"
    assert cells[("지방교부세", "2025년 예산")].value_krw == 1_200_000_000_000
    assert cells[("세외수입", "2024년 예산")].value_krw == 1_000_000_000_000


def test_a_row_of_cho_amounts_is_no_header_row() -> None:
    """A row of debts each written with 조, `채 무 액 | 2조 4,120 | … | 2조 350`, is a row of
    amounts under the year row, not a second header row: the rate row under it is of its
    years alone (`2024`, not `2024 / 2조 1,480`)."""
    rows = [
        ["구  분", "2022", "2023", "2024", "2025(목표)"],
        ["채 무 액", "2조 4,120", "2조 3,560", "2조 1,480", "2조 350"],
        ["채무비율", "16.8", "15.9", "14.6", "13.4"],
    ]
    report = _report("(단위 : 억원, %)", _table(rows))
    table = _table_of(report, "2조 350")
    (info,) = [t for t in report.tables if t.table_id == table]
    assert info.header_rows == 1
    cells = {(c.row_header, c.col_header): c for c in _body(report, table)}
    assert cells[("채무액", "2024")].value_krw == 2_148_000_000_000
    assert cells[("채무액", "2025(목표)")].value_krw == 2_035_000_000_000
    assert cells[("채무비율", "2024")].value == 14.6


def test_a_budget_row_keeps_its_label_beside_a_cho_amount() -> None:
    """A revenue plan's row `총 재 원 | 80조 7,290 | 15조 …` (its 계 column first) is named
    by its label, not by its 계 cell; the 계 is an amount of the row."""
    rows = [
        ["구  분", "계", "2025", "2026"],
        ["총 재 원", "30조 7,290", "150,340", "156,950"],
        ["지 방 세", "10조 7,170", "51,820", "55,350"],
        ["세외수입", "20조 120", "98,520", "101,600"],
    ]
    report = _report("(단위 : 억원)", _table(rows))
    items = {b.item for b in report.budget_lines if b.table_id == _table_of(report, "51,820")}
    assert items == {"총재원", "지방세", "세외수입"}
    (whole,) = [b for b in report.budget_lines if b.raw == "30조 7,290"]
    assert whole.amount_krw == 30_729_000_000_000


def test_a_cost_column_beside_a_count_under_each_result_is_money() -> None:
    """`(단위 : 건, 억원)` over `계 | 적 정 | 재검토` each over `건수 | 사업비`: the 사업비
    columns are in 억원 (they had all been counted in 건), the 건수 columns in 건."""
    heads = ["계", "적 정", "재검토"]
    cells = [cell(0, 0, p("구  분"), rs=2)]
    cells += [cell(0, 1 + 2 * k, p(h), cs=2) for k, h in enumerate(heads)]
    cells += [cell(1, 1 + k, p(("건수", "사업비")[k % 2])) for k in range(6)]
    body = [
        ["합  계", "72", "41,250", "65", "38,750", "7", "2,500"],
        ["자체심사", "58", "12,860", "52", "11,560", "6", "1,300"],
        ["의뢰심사", "14", "28,390", "13", "27,190", "1", "1,200"],
    ]
    cells += [cell(2 + r, c, p(text)) for r, row in enumerate(body) for c, text in enumerate(row)]
    report = _report("(단위 : 건, 억원)", tbl(5, 7, cells))
    got = {(c.row_header, c.col_header): c for c in _body(report, _table_of(report, "12,860"))}
    cost = got[("자체심사", "계 / 사업비")]
    assert (cost.value_kind, cost.unit, cost.value_krw) == ("krw", "억원", 1_286_000_000_000)
    assert got[("합계", "재검토 / 사업비")].value_krw == 250_000_000_000
    count = got[("자체심사", "적정 / 건수")]
    assert (count.value_kind, count.value, count.unit) == ("count", 52.0, "건")
    assert count.value_krw is None


def test_the_rest_after_cho_is_read_in_a_unit_of_its_size_only() -> None:
    from extract.layout.cells import is_value
    from extract.normalize import parse_money

    assert parse_money("80조 7,290", unit="억원") == 80_729_000_000_000
    assert parse_money("2조 350", unit="억원") == 2_035_000_000_000
    assert parse_money("1조 200", unit="십억원") == 1_200_000_000_000
    assert parse_money("3억 5,000", unit="만원") == 350_000_000
    # (no unit, or one too small or too big for the rest: no amount one can tell)
    assert parse_money("1조 2,000") is None
    assert parse_money("1조 2,000", unit="천원") is None
    assert parse_money("1조 12,000", unit="억원") is None
    assert [is_value(t) for t in ("1조 2,000", "1조2,000", "3억5천만원", "4조 2교대")] == [
        True, True, True, False,
    ]  # fmt: skip
