"""Areas, lengths, weights and volumes are measures, not counts: kind ``measure``, the
unit as printed kept, and the value in the base unit of what is measured (㎡, m, kg, ㎥),
exactly (a Decimal: 12.5㎢ is 12,500,000 ㎡, 455ℓ 0.455 ㎥).  Money, counts, percentages,
dates and rates per a unit ("300톤/일") stay what they were."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest

from extract.emit.write import report_files
from extract.normalize.measures import to_base
from extract.normalize.mentions import find_mentions
from extract.normalize.vocab import MEASURE_UNITS
from schemas import Report, TableCellRecord
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table

# --------------------------------------------------------------------------- the unit table

#: unit as printed, figure -> value in the base unit and that unit (1 ha = 10,000 ㎡,
#: 1 ㎢ = 1,000,000 ㎡, 1 ㎞ = 1,000 m, 1 톤 = 1,000 kg, 1 ㎥ = 1,000 L)
UNIT_CASES: list[tuple[str, str, str, str]] = [
    ("㎡", "1,234.56", "1234.56", "㎡"),
    ("m²", "30", "30", "㎡"),
    ("m2", "30.5", "30.5", "㎡"),
    ("ha", "2.5", "25000", "㎡"),
    ("㏊", "120", "1200000", "㎡"),
    ("㎢", "12.5", "12500000", "㎡"),
    ("km²", "0.25", "250000", "㎡"),
    ("m", "2.5", "2.5", "m"),
    ("㎞", "7.25", "7250", "m"),
    ("km", "0.5", "500", "m"),
    ("kg", "455", "455", "kg"),
    ("㎏", "0.5", "0.5", "kg"),
    ("톤", "1.5", "1500", "kg"),
    ("t", "12", "12000", "kg"),
    ("㎥", "187,700", "187700", "㎥"),
    ("m³", "2.5", "2.5", "㎥"),
    ("㎘", "3", "3", "㎥"),
    ("ℓ", "455", "0.455", "㎥"),
    ("L", "1,500", "1.5", "㎥"),
    ("㎖", "500", "0.0005", "㎥"),
]


def test_every_unit_of_the_vocabulary_has_a_case() -> None:
    assert {u for u, *_ in UNIT_CASES} == set(MEASURE_UNITS)


@pytest.mark.parametrize(("unit", "figure", "base_value", "base"), UNIT_CASES)
def test_unit_to_base(unit: str, figure: str, base_value: str, base: str) -> None:
    assert to_base(figure, unit) == (Decimal(base_value), base)


@pytest.mark.parametrize(
    ("figure", "unit", "expected"),
    [
        ("1,200", "천㎥", ("1200000", "㎥")),  # a numeral word before the unit
        ("3", "만㎡", ("30000", "㎡")),
        ("12.5", "㎢", ("12500000", "㎡")),  # exact, no 12499999.999…
        ("0.1", "㎖", ("0.0000001", "㎥")),
        ("300", "톤/일", None),  # a rate per a day: no measure
        ("138,500", "원/톤", None),  # a price
        ("3", "평", None),  # 400/121 ㎡: no exact decimal, left a count
        ("5", "명", None),
        ("5", "백만원", None),
        ("5", None, None),
    ],
)
def test_to_base_multipliers_and_other_units(
    figure: str, unit: str | None, expected: tuple[str, str] | None
) -> None:
    got = to_base(figure, unit)
    assert got == (None if expected is None else (Decimal(expected[0]), expected[1]))


def test_exact_digits_written_in_full() -> None:
    """The CSV cell and the JSON value of a measure: its digits in full, no exponent."""
    from extract.emit.tables import cell

    value, _ = to_base("0.1", "㎖") or (Decimal(0), "")
    assert cell(value) == "0.0000001"
    value, _ = to_base("12.5", "㎢") or (Decimal(0), "")
    assert cell(value) == "12500000"


# --------------------------------------------------------------------------- prose

#: text -> (raw, kind, value in base unit or None, base unit or None) of each figure
PROSE_CASES: list[tuple[str, list[tuple[str, str, str | None, str | None]]]] = [
    ("○ 면적 : 12.5㎢", [("12.5㎢", "measure", "12500000", "㎡")]),
    ("연면적 48,898㎡(지하 2층)", [
        ("48,898㎡", "measure", "48898", "㎡"), ("2층", "count", None, None),
    ]),
    ("도로 2.5km 확장, 보도 850m 정비", [
        ("2.5km", "measure", "2500", "m"), ("850m", "measure", "850", "m"),
    ]),
    ("하천 정비 3.2㎞", [("3.2㎞", "measure", "3200", "m")]),
    ("농지 20ha 조성", [("20ha", "measure", "200000", "㎡")]),
    ("폐기물 1,200톤의 처리", [("1,200톤", "measure", "1200000", "kg")]),
    ("음식물 250kg 수거, 재활용품 12t 반출", [
        ("250kg", "measure", "250", "kg"), ("12t", "measure", "12000", "kg"),
    ]),
    ("저수량 1,200천㎥ 확보", [("1,200천㎥", "measure", "1200000", "㎥")]),
    ("가구당 급수량 455ℓ", [("455ℓ", "measure", "0.455", "㎥")]),
    ("생수 2L 배부", [("2L", "measure", "0.002", "㎥")]),
    ("녹지 △1.5㎢ 감소", [("△1.5㎢", "measure", "-1500000", "㎡")]),
    ("부지 3~7㎡ 규모", [("3", "measure", "3", "㎡"), ("7㎡", "measure", "7", "㎡")]),
    ("높이 3m인 시설, 48,898㎡규모", [
        ("3m", "measure", "3", "m"), ("48,898㎡", "measure", "48898", "㎡"),
    ]),
    # rates, speeds, energy, classes and money stay as they were
    ("제한속도 30km/h로 하향", [("30km/h", "text", None, None)]),
    ("처리용량 300톤/일", [("300톤/일", "text", None, None)]),
    ("처리단가 138,500원/톤", [("138,500원/톤", "text", None, None)]),
    ("발전량 1,200kWh", [("1,200kWh", "text", None, None)]),
    ("5톤급 차량 3대 구입", [("3대", "count", None, None)]),
    ("강우량 80mm 이상", []),
    ("폭 5 m 구간", []),
    ("사업비 12억원, 참여 300명", [("12억원", "krw", None, None), ("300명", "count", None, None)]),
]


def _measures(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """Each mention of ``text``: raw, kind, and its measure's base value and unit."""
    return [
        (m.raw, m.kind, *((str(m.measure[0]), m.measure[1]) if m.measure else (None, None)))
        for m in find_mentions(text, 2025)
    ]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PROSE_CASES)
def test_measures_in_prose(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _measures(text) == expected


# --------------------------------------------------------------------------- tables


def _report(*paras: str) -> Report:
    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1본부 2부"), p("2. 주요 현황"),
        *paras,
        p("Ⅱ. 2026년 주요업무계획"), p("1. 녹지 확충"), p("□ 도시숲 조성"),
        p("○ 사업량 : 도시숲 2.5ha, 산책로 1.2㎞"),
    )  # fmt: skip


def _cell(report: Report, row: str, col: str) -> TableCellRecord:
    (cell,) = [
        c for c in report.table_cells
        if not c.is_header and c.row_header == row and c.col_header == col
    ]  # fmt: skip
    return cell


#: (header, figure) -> (kind, value as printed, unit as printed, base value, base unit)
TABLE_CASES: list[tuple[str, str, tuple[str, float, str, str | None, str | None]]] = [
    ("면적(㎢)", "12.5", ("measure", 12.5, "㎢", "12500000", "㎡")),
    ("부지(㏊)", "2.5", ("measure", 2.5, "㏊", "25000", "㎡")),
    ("연면적(㎡)", "1,234.56", ("measure", 1234.56, "㎡", "1234.56", "㎡")),
    ("연장(km)", "7,436", ("measure", 7436, "km", "7436000", "m")),
    ("폭(m)", "2.5", ("measure", 2.5, "m", "2.5", "m")),
    ("수거량(톤)", "1,250", ("measure", 1250, "톤", "1250000", "kg")),
    ("저수용량(천㎥)", "12,400", ("measure", 12400, "천㎥", "12400000", "㎥")),
    ("급수량(ℓ)", "455", ("measure", 455, "ℓ", "0.455", "㎥")),
    # a rate per a day, a count, money: as they were
    ("처리용량(톤/일)", "300", ("text", 300, "톤/일", None, None)),
    ("시설수(개소)", "12", ("count", 12, "개소", None, None)),
    ("사업비(백만원)", "3,500", ("krw", 3_500_000_000, "백만원", None, None)),
]


@pytest.mark.parametrize(("header", "figure", "expected"), TABLE_CASES)
def test_measures_in_table_cells_by_header_unit(
    header: str, figure: str, expected: tuple[str, float, str, str | None, str | None]
) -> None:
    rows = [["구분", header], ["솔빛공원", figure]]
    report = _report(p("□ 시설 현황"), p(_table(rows)))
    c = _cell(report, "솔빛공원", header)
    kind, value, unit, base_value, base = expected
    assert (c.value_kind, c.value, c.unit) == (kind, value, unit)
    assert c.measure_value == (Decimal(base_value) if base_value else None)
    assert c.measure_unit == base


def test_measures_by_the_caption_unit_and_in_the_outputs() -> None:
    """A caption's unit of measure, `(단위 : ㎡)`, makes each figure a measure (the 계 too);
    the CSV and report.json carry the exact value in full, and the prose's measures too."""
    rows = [
        ["구분", "2024년", "2025년"],
        ["계", "10,500.5", "12,000"],
        ["근린공원", "10,500.5", "12,000"],
    ]
    report = _report(p("□ 공원 면적 (단위 : ㎡)"), p(_table(rows)))
    total = _cell(report, "계", "2024년")
    assert (total.value_kind, total.unit, total.measure_value, total.measure_unit) == (
        "measure", "㎡", Decimal("10500.5"), "㎡",
    )  # fmt: skip
    files = report_files(report)
    cells = list(csv.DictReader(io.StringIO(files["table_cells.csv"])))
    (row,) = [r for r in cells if r["row_header"] == "근린공원" and r["col_header"] == "2024년"]
    assert (row["value_kind"], row["measure_value"], row["measure_unit"]) == (
        "measure", "10500.5", "㎡",
    )  # fmt: skip
    mentions = list(csv.DictReader(io.StringIO(files["mentions.csv"])))
    got = {(m["raw"], m["kind"], m["measure_value"], m["measure_unit"]) for m in mentions}
    assert {("2.5ha", "measure", "25000", "㎡"), ("1.2㎞", "measure", "1200", "m")} <= got
    data = json.loads(files["report.json"])
    assert {(m["raw"], m["measure_value"]) for m in data["mentions"] if m["kind"] == "measure"} == {
        ("2.5ha", "25000"), ("1.2㎞", "1200"),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("여객터미널 25.9만㎡ 조성", 259_000.0, "259000"),  # (a count's 만 applied, as before)
        ("부지 667만㎡", 6_670_000.0, "6670000"),
        ("면적 12.5㎢", 12.5, "12500000"),  # (in its printed unit; the base beside it)
        ("연장 △3.5km 단축", -3.5, "-3500"),
    ],
)
def test_a_mention_s_value_is_in_its_printed_unit_with_its_multiplier(
    text: str, value: float, measure: str
) -> None:
    """A measure's ``value`` reads as a count's did before it was a measure (``25.9만㎡``
    259,000), so a column of values does not change meaning; its base unit's beside it."""
    (m,) = [m for m in find_mentions(text, 2026) if m.kind == "measure"]
    assert m.value == value
    assert m.measure is not None and str(m.measure[0]) == measure


# --------------------------------------------------------------------------- review fixes

#: text -> (raw, kind, value in the base unit or None, base unit or None) of each figure
#: in a unit of measure (or in 억 before one), in order
COMPOUND_CASES: list[tuple[str, list[tuple[str, str, str | None, str | None]]]] = [
    # a compound figure whole, as a count reads it (its leading 만 or 억 part kept)
    ("연면적 1만 2,500㎡ 규모", [("1만 2,500㎡", "measure", "12500", "㎡")]),
    ("연면적 1만2,500㎡", [("1만2,500㎡", "measure", "12500", "㎡")]),
    ("부지 2만5천㎡ 조성", [("2만5천㎡", "measure", "25000", "㎡")]),
    ("부지 2만 5천㎡ 조성", [("2만 5천㎡", "measure", "25000", "㎡")]),
    ("폐기물 10만 5천톤 처리", [("10만 5천톤", "measure", "105000000", "kg")]),
    # a numeral word spaced off its unit, and 억 before a unit: that measure, no money
    ("생활폐기물 연간 1,200만 톤 처리", [("1,200만 톤", "measure", "12000000000", "kg")]),
    ("저수지 총 저수량 1억㎥ 확보", [("1억㎥", "measure", "100000000", "㎥")]),
    ("연간 1억 톤 처리", [("1억 톤", "measure", "100000000000", "kg")]),
    ("1억 2천만 톤 감축", [("1억 2천만 톤", "measure", "120000000000", "kg")]),
    # ... money by it stays money
    ("저수량 1억㎥(사업비 35억원)", [
        ("1억㎥", "measure", "100000000", "㎥"), ("35억원", "krw", None, None),
    ]),
    # the size of a thing (a vehicle, a bag), no amount of what it measures
    ("1t 트럭 3대 구입", [("1t", "text", None, None), ("3대", "count", None, None)]),
    ("2.5t 화물차 1대", [("2.5t", "text", None, None), ("1대", "count", None, None)]),
    ("3t급 지게차 2대 도입", [("2대", "count", None, None)]),  # (a class, as "3톤급")
    ("20L 종량제봉투 1,000매 배부", [("20L", "text", None, None)]),
    ("암롤트럭(10톤) 12대", [("10톤", "text", None, None), ("12대", "count", None, None)]),
    ("폐기물 5톤 이하 처리, 5톤 이하 소형차량 진입", [  # (an amount's 5톤 stays one)
        ("5톤", "measure", "5000", "kg"), ("5톤", "text", None, None),
    ]),
    ("25톤 덤프트럭 운행", [("25톤", "text", None, None)]),
    ("1t 트럭 10대로 폐기물 1,200톤 수거", [  # (a weight that is an amount stays one)
        ("1t", "text", None, None), ("10대", "count", None, None),
        ("1,200톤", "measure", "1200000", "kg"),
    ]),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUND_CASES)
def test_compound_figures_money_and_sizes(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _measures(text) == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("1t 트럭", 1.0, "t"),
        ("암롤트럭(10톤)", 10.0, "톤"),
    ],
)
def test_a_size_keeps_its_printed_unit(text: str, value: float, unit: str) -> None:
    (m,) = find_mentions(text, 2025)
    assert (m.kind, m.value, m.unit, m.measure) == ("text", value, unit, None)


def test_a_spec_column_s_sizes_are_no_measures() -> None:
    """A `규격` column over `10톤` states the size of the vehicle of its row (a count as it
    was, no weight); a 수거량(톤) column beside it stays a measure."""
    rows = [
        ["구분", "규격", "대수", "수거량(톤)"],
        ["암롤트럭", "10톤", "12", "1,250"],
        ["압축진개차", "5톤", "8", "830"],
    ]
    report = _report(p("□ 청소차량 현황"), p(_table(rows)))
    for row, size in (("암롤트럭", 10), ("압축진개차", 5)):
        c = _cell(report, row, "규격")
        assert (c.value, c.unit, c.measure_value) == (size, "톤", None)
        assert c.value_kind != "measure"
    c = _cell(report, "암롤트럭", "수거량(톤)")
    assert (c.value_kind, c.measure_value, c.measure_unit) == ("measure", Decimal(1250000), "kg")
