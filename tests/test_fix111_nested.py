"""A card drawn as a table whose 사업비 cell holds its unit over a table of its sources by
row, `총사업비` and the year's (probe 111 nestedhwp5): the whole cost the 총사업비 row's 계,
each source its share, as the card of one such row reads it."""

from __future__ import annotations

from tests.hwpx_maker import cell, p, tbl
from tests.test_other_reports import _hwpx

#: `구 분 | 계 | 국 비 | 시 비 | 구 비` over the whole cost and the year's, in 백만원
_SOURCES = [
    ["구  분", "계", "국 비", "시 비", "구 비"],
    ["총사업비", "8,400", "3,360", "2,520", "2,520"],
    ["’26년", "3,900", "1,560", "1,170", "1,170"],
]


def _grid(rows: list[list[str]]) -> str:
    return tbl(len(rows), len(rows[0]), [
        cell(r, c, p(text)) for r, row in enumerate(rows) for c, text in enumerate(row)
    ])  # fmt: skip


def _card(rows: list[list[str]]) -> str:
    """A card of the genre, `구 분 | 내 용` over 사업개요, 사업기간, 사 업 비 (its unit over
    the table of sources ``rows``) and 추진계획 (a table of steps drawn in its cell)."""
    steps = _grid([["추 진 내 용", "추진기간"], ["대보수 공사 발주 및 계약", "’26. 1.~3."],
                   ["1호기 대보수 공사", "’26. 4.~9."]])  # fmt: skip
    return tbl(5, 2, [
        cell(0, 0, p("구  분")), cell(0, 1, p("내        용")),
        cell(1, 0, p("사업개요")),
        cell(1, 1, p("○ 위    치 : 푸른내로 210"), p("○ 주요내용 : 소각로 내화물 교체")),
        cell(2, 0, p("사업기간")), cell(2, 1, p("2025. 7. ~ 2027. 6.")),
        cell(3, 0, p("사 업 비")), cell(3, 1, p("(단위 : 백만원)"), p(_grid(rows))),
        cell(4, 0, p("추진계획")), cell(4, 1, p(steps)),
    ])  # fmt: skip


def test_a_cards_sources_table_of_the_whole_cost_and_the_years() -> None:
    """`총사업비 | 8,400 | 3,360 | 2,520 | 2,520` over `’26년 | 3,900 | …` in the card's
    사업비 cell: the cost 8,400백만원 and its three shares (the card had no cost and no
    funding: only a table of one row was read); a card whose rows are years alone, `’25년`
    and `’26년`, states no whole cost of them."""
    years = [_SOURCES[0], ["’25년", "4,500", "1,800", "1,350", "1,350"], _SOURCES[2]]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 자원이 다시 쓰이는 순환도시"),
        p("가. 자원회수시설 대보수 (자원순환과)"), p(_card(_SOURCES)), p(""),
        p("나. 재활용선별장 현대화 (자원순환과)"), p(_card(years)), p(""),
    )  # fmt: skip
    assert [(x.project_id, x.cost_krw) for x in report.projects] == [
        ("1-1", 8_400_000_000), ("1-2", None),
    ]  # fmt: skip
    assert [(f.project_id, f.source, f.amount_krw) for f in report.project_funding] == [
        ("1-1", "국비", 3_360_000_000), ("1-1", "시비", 2_520_000_000),
        ("1-1", "구비", 2_520_000_000),
    ]  # fmt: skip


def test_a_named_cards_sources_table_of_the_whole_cost_and_the_years() -> None:
    """A card titled by its first row, `사 업 명 | …`, its `사 업 비` cell `(단위 : 백만원)`
    over `총사업비` and `’26년` rows: the 총사업비 row's 계 its cost, each source its share
    (only a table of one row had been read)."""
    card = tbl(4, 2, [
        cell(0, 0, p("사 업 명")), cell(0, 1, p("자원회수시설 대보수")),
        cell(1, 0, p("사업기간")), cell(1, 1, p("2025. 7. ~ 2027. 6.")),
        cell(2, 0, p("사 업 비")), cell(2, 1, p("(단위 : 백만원)"), p(_grid(_SOURCES))),
        cell(3, 0, p("담    당")), cell(3, 1, p("자원순환과 청소시설팀")),
    ])  # fmt: skip
    report = _hwpx(
        p("2026년 주요업무계획"), p("솔뫼구 자원순환과"), p("Ⅰ. 일반현황"),
        p("1. 조직 : 1과 2팀 (자원순환팀, 청소시설팀)"), p("Ⅱ. 주요업무 추진계획"),
        p("1. 자원이 다시 쓰이는 순환도시"), p(card),
    )  # fmt: skip
    (x,) = report.projects
    assert (x.title, x.cost_krw) == ("자원회수시설 대보수", 8_400_000_000)
    assert [(f.source, f.amount_krw) for f in report.project_funding] == [
        ("국비", 3_360_000_000), ("시비", 2_520_000_000), ("구비", 2_520_000_000),
    ]  # fmt: skip


def test_the_whole_costs_row_by_other_words_or_with_its_years() -> None:
    """`총사업비(’25~’27)`, `총투자비`, `전체 사업비`, `사업비 계`: the row of the whole cost
    as `총사업비` is (review)."""
    labels = ["총사업비(’25~’27)", "총투자비", "전체 사업비", "사업비 계"]
    cards = [
        part
        for i, label in enumerate(labels)
        for part in (
            p(f"{'가나다라'[i]}. 시설 개선 {i + 1} (자원순환과)"),
            p(_card([_SOURCES[0], [label, *_SOURCES[1][1:]], _SOURCES[2]])),
            p(""),
        )
    ]
    report = _hwpx(
        p("Ⅰ. 일반현황"), p("1. 조직"), p("□ 조직 : 1국 2과"),
        p("Ⅱ. 2026년 주요업무 추진계획"), p("1. 자원이 다시 쓰이는 순환도시"), *cards,
    )  # fmt: skip
    assert [x.cost_krw for x in report.projects] == [8_400_000_000] * 4
