"""Prices per unit in prose, a review of round 107 (item 8): a slash between two items of a
list is no "per" (`인구 3만명/세대 1만세대`, `주 2회/월 8회`), a price's unit is read whole
(`3,000만원/인/년`, `50만원/인·월`), and an amount a year, `1,000백만원/년`, is money."""

from __future__ import annotations

import pytest

from extract.normalize.mentions import find_mentions


def _mentions(text: str) -> list[tuple[str, str, float | None, int | None]]:
    return [(m.kind, m.raw, m.value, m.value_krw) for m in find_mentions(text, 2026)]


@pytest.mark.parametrize(
    ("text", "want"),
    [("인구 3만명/세대 1만세대", [("count", "3만명", 30_000, None),
                               ("count", "1만세대", 10_000, None)]),
     ("주 2회/월 8회", [("count", "2회", 2, None), ("count", "8회", 8, None)]),
     ("○ 대상 : 120가구/세대 150세대", [("count", "120가구", 120, None),
                                    ("count", "150세대", 150, None)])],
)  # fmt: skip
def test_a_slash_between_two_items_of_a_list_is_no_per(
    text: str, want: list[tuple[str, str, float | None, int | None]]
) -> None:
    """`인구 3만명/세대 1만세대`: 30,000 people and 10,000 households, the `세대` the next
    item's label, its own figure after it (the count 3만명 had been `3만명/세대`, text)."""
    assert _mentions(text) == want


@pytest.mark.parametrize(
    ("text", "raw", "value"),
    [("인건비 3,000만원/인/년 지원", "3,000만원/인/년", 30_000_000),
     ("활동비 50만원/인·월 지급", "50만원/인·월", 500_000),
     ("교육 3시간/인·일 운영", "3시간/인·일", 3)],
)  # fmt: skip
def test_a_price_per_unit_keeps_its_unit_whole(text: str, raw: str, value: float) -> None:
    """`3,000만원/인/년`: per head a year, its unit whole (it had been `3,000만원/인`)."""
    (got,) = [m for m in _mentions(text) if m[1].startswith(raw[:2])]
    assert got == ("text", raw, value, None)


@pytest.mark.parametrize(
    ("text", "want"),
    [("○ 사업비 : 1,000백만원/년, 총 3,000백만원",
      [("krw", "1,000백만원/년", 1e9, 1_000_000_000), ("krw", "3,000백만원", 3e9, 3_000_000_000)]),
     ("매년 2,000백만원/년씩 투입", [("krw", "2,000백만원/년", 2e9, 2_000_000_000)])],
)  # fmt: skip
def test_an_amount_a_year_is_money(
    text: str, want: list[tuple[str, str, float | None, int | None]]
) -> None:
    """`1,000백만원/년`: a budget a year, money as any budget figure is (a budget is a
    year's), its `/년` kept (it had been of kind text, no won)."""
    assert _mentions(text) == want


def test_only_an_amount_a_year_alone_is_money() -> None:
    """`20만원/월`, `3,000만원/인/년`: a rate or a price, no amount to add up; only an
    amount per year alone, `1,000백만원/년`, is a budget's."""
    got = _mentions("청년 월세 20만원/월, 인건비 3,000만원/인/년, 사업비 1,000백만원/년")
    assert [(kind, raw, krw) for kind, raw, _, krw in got] == [
        ("text", "20만원/월", None), ("text", "3,000만원/인/년", None),
        ("krw", "1,000백만원/년", 1_000_000_000)]  # fmt: skip


def test_a_counter_after_the_slash_is_per_even_before_a_figure() -> None:
    """`570원/매 10ℓ …`: 매 is a counter, never the label of the next item, still per bag;
    `월 8회` is the next item's (`2회/월` had been a rate)."""
    got = _mentions("○ 봉투 20ℓ 570원/매 10ℓ 290원/매, 수거 주 2회/월 8회, 300톤/일(2개 라인)")
    assert [(kind, raw) for kind, raw, _, _ in got if not raw.endswith("ℓ")] == [
        ("text", "570원/매"), ("text", "290원/매"), ("count", "2회"), ("count", "8회"),
        ("text", "300톤/일"), ("count", "2개")]  # fmt: skip
