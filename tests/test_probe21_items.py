"""The budget appendix drawn with its division in a column after the amounts: programmes
merged down their rows, then the year's amount, then the team or division that runs each
item (``정책사업 | 단위사업 | 세부사업 | 2026 예산 | 소관팀``)."""

from __future__ import annotations

from schemas import Report
from tests.hwpx_maker import p
from tests.test_other_reports import _hwpx, _table
from tests.test_probed import failed

#: 합계 over three 세부사업, the programmes merged down over their items
ROWS = [
    ["정책사업", "단위사업", "세부사업", "2026 예산", "소관팀"],
    ["합 계", "", "", "1,830,000", ""],
    ["군정 기획역량 강화", "군정 기획·조정", "군정 성과관리 운영", "80,000", "기획팀"],
    ["", "", "중장기 발전계획 수립", "450,000", "미래전략팀"],
    ["인구감소 대응", "청년 정착 지원", "청년 정착 지원사업", "1,300,000", "미래전략팀"],
]
#: cells merged down: the 합계 across the programmes, each programme over its items
SPANS = {(2, 0): 2, (2, 1): 2}


def _report(rows: list[list[str]], head: str = "소관팀") -> Report:
    rows = [[*rows[0][:-1], head], *rows[1:]]
    return _hwpx(
        p("2026년 주요업무계획"), p("기획감사실"),
        p("Ⅰ. 일반현황"), p("1. 조직 : 1실 2팀"),
        p("Ⅱ. 2026년 주요업무계획"), p("1. 군정 기획"), p("○ 사업비 : 10억원"),
        p("붙임 1. 2026년 세출예산 사업명세"), p("(단위: 천원)"), p(_table(rows, SPANS)),
    )  # fmt: skip


def test_an_appendix_whose_division_column_comes_last() -> None:
    """Each 세부사업 an item of the team its 소관팀 column names, with the year's amount
    (the header a year without 년, "2026 예산"), adding up into the 합계 row, the bureau's
    (no record had been read: the first column, a 정책사업, was taken for the division and
    "2026 예산" for no year)."""
    report = _report(ROWS)
    got = [(b.level, b.division, b.parent, b.item, b.budget_krw) for b in report.budget_items]
    assert got == [
        ("bureau", None, None, "합계", 1_830_000_000),
        ("item", "기획팀", "합계", "군정 성과관리 운영", 80_000_000),
        ("item", "미래전략팀", "합계", "중장기 발전계획 수립", 450_000_000),
        ("item", "미래전략팀", "합계", "청년 정착 지원사업", 1_300_000_000),
    ]
    checks = {c.check for c in report.validation if c.passed}
    assert "budget_items.bureau_sum.budget" in checks
    assert not failed(report)


def test_a_division_column_headed_soggwan() -> None:
    """The same table with its last column headed 소관 (or 담당): the same divisions."""
    for head in ("소 관", "담당"):
        report = _report(ROWS, head)
        got = [b.division for b in report.budget_items if b.level == "item"]
        assert got == ["기획팀", "미래전략팀", "미래전략팀"], head


def test_a_total_its_items_do_not_make() -> None:
    """A 합계 the items do not add up to fails the bureau's sum check (with no division
    row under it, the items are what add up into it)."""
    rows = [list(r) for r in ROWS]
    rows[1][3] = "1,900,000"
    report = _report(rows)
    bad = [c for c in report.validation if not c.passed]
    assert [c.check for c in bad] == ["budget_items.bureau_sum.budget"]
    assert bad[0].expected == "1,900,000천원" and bad[0].actual == "1,830,000천원"
