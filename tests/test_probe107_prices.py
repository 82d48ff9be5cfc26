"""Prices per unit, a probe of round 107 (unitprice: a 자원순환사업소's report of 처리단가,
종량제 봉투 prices and 수수료): a figure per a unit, in prose or in a table, is no amount of
money to add up, and keeps the unit it is per."""

from __future__ import annotations

import pytest

from extract.normalize.mentions import find_mentions
from extract.normalize.money import parse_unit
from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table


@pytest.mark.parametrize(
    ("text", "raw", "value"),
    [("○ 소각 처리단가 138,500원/톤으로 인상", "138,500원/톤", 138_500),
     ("□ 종량제 봉투 가격 : 20ℓ 570원/매 (동결)", "570원/매", 570)],
)  # fmt: skip
def test_a_price_per_unit_in_prose_is_no_amount(text: str, raw: str, value: int) -> None:
    """`138,500원/톤`: a price per ton, kind text with its `/톤` (it had been 138,500 won,
    the `/톤` dropped)."""
    (got,) = [m for m in find_mentions(text, 2026) if m.raw.startswith(raw[:3])]
    assert (got.kind, got.raw, got.value, got.value_krw) == ("text", raw, value, None)


def test_the_amount_a_price_multiplies_to_is_money() -> None:
    """`100,000톤 × 138,500원/톤 = 13,850백만원`: the cost alone is money, the tons a
    count, the price per ton neither."""
    got = {m.raw: (m.kind, m.value_krw) for m in find_mentions(
        "산출내역 : 100,000톤 × 138,500원/톤 = 13,850백만원", 2026)}  # fmt: skip
    assert got == {"100,000톤": ("measure", None), "138,500원/톤": ("text", None),
                   "13,850백만원": ("krw", 13_850_000_000)}  # fmt: skip


@pytest.mark.parametrize(("text", "raw"), [("처리용량 300톤/일(150톤/일 × 2기)", "300톤/일"),
                                          ("1일 평균 280톤/일, 가동률 93.3%", "280톤/일")])
def test_a_rate_in_prose_keeps_what_it_is_per(text: str, raw: str) -> None:
    """`300톤/일`: 300 tons a day, no count of tons (it had been `300톤`, a count)."""
    (got,) = [m for m in find_mentions(text, 2026) if m.raw.startswith(raw[:2])]
    assert (got.kind, got.raw) == ("text", raw)


@pytest.mark.parametrize(
    ("caption", "unit"),
    [("(단위 : 원/매)", None), ("(단위: 원/개)", None), ("(단위: 천원/개, %)", None)],
)  # fmt: skip
def test_a_captions_price_per_piece_declares_no_money(caption: str, unit: str | None) -> None:
    """`(단위 : 원/매)`: won per bag, as `원/㎥` is per ㎥ (`백만원/개소` still lists two:
    test_review90)."""
    assert parse_unit(caption) == unit


def _report(*paras: str) -> Report:
    return _hwpx(
        p("Ⅰ. 일반현황"), p("1. 수수료 현황"), *paras,
        p("Ⅱ. 2026년 주요업무계획"), p("1. 폐기물 처리"), p("가. 소각시설 운영 (소각시설팀)"),
        p("□ 추진계획"), p("○ ’26. 3. : 정기보수"),
    )  # fmt: skip


def test_a_table_of_bag_prices_under_a_caption_per_bag() -> None:
    """`(단위 : 원/매)` over `구 분 | 10ℓ | 20ℓ`: each price 원/매, no won (20ℓ had been
    570 won)."""
    rows = [["구  분", "10ℓ", "20ℓ"], ["일반쓰레기", "290", "570"]]
    report = _report(p("□ 종량제 봉투 판매가격"), p("(단위 : 원/매)"), p(_table(rows)))
    (cell,) = [c for c in report.table_cells if c.raw == "570"]
    assert (cell.value, cell.value_krw, cell.unit) == (570, None, "원/매")


@pytest.mark.parametrize(("header", "raw", "unit"), [("단가(원/톤)", "138,500", "원/톤"),
                                                     ("수수료(원/개)", "15,000", "원/개")])
def test_a_headers_price_unit_is_the_cells_unit(header: str, raw: str, unit: str) -> None:
    """`단가(원/톤)` over `138,500`: the value and its unit as printed (the unit had been
    empty)."""
    rows = [["구  분", header, "비  고"], ["소각 처리", raw, "위탁"]]
    report = _report(p("□ 처리단가"), p(_table(rows)))
    (cell,) = [c for c in report.table_cells if c.raw == raw]
    value = float(raw.replace(",", ""))
    assert (cell.value_kind, cell.value, cell.value_krw, cell.unit) == ("text", value, None, unit)
