"""Real documents against their facts files (tests/facts/*.toml), read from the page.

Each fact is one test case, so a failure names the file, the kind of fact and
which one.  The documents live in ../shared/realworld/ and are never committed:
without them every case here skips.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from extract.errors import NotAReportError
from extract.pipeline import convert
from schemas import OutlineNode, Report
from tests.facts_model import Facts, all_facts

REALWORLD = Path(__file__).resolve().parents[1].parent / "shared" / "realworld"
FACTS = all_facts()


_NOISE = str.maketrans("", "", "·ㆍ()[]「」『』<>《》〈〉\"'‘’“”")


def squash(text: str) -> str:
    """Text without spaces, middle dots, brackets and quotes (how titles are compared)."""
    return "".join(text.split()).translate(_NOISE)


def same(a: str, b: str) -> bool:
    return squash(a) == squash(b)


def same_path(ours: str, fact: str) -> bool:
    """A header path as the facts give it: its parts, in order, among ours.

    Where a table has several row-header columns (소관부서 / 사무명 / 수탁기관), a
    fact may name only the ones a reader needs; every part it names must be there.
    """
    mine = [squash(p) for p in ours.split(" / ")] if ours else []
    want = [squash(p) for p in fact.split(" / ")] if fact else []
    if not want:
        return not mine
    it = iter(mine)
    return all(any(w == m for m in it) for w in want)


def starts(text: str, prefix: str) -> bool:
    """``text`` starts with ``prefix`` (compared without spaces); short prefixes must be whole."""
    t, p = squash(text), squash(prefix)
    return (
        t == p
        or (len(p) >= 6 and t.startswith(p))
        or (len(p) >= 6 and p.startswith(t) and len(t) >= 6)
    )


@cache
def report_of(file: str) -> Report:
    return convert(REALWORLD / file)


def _cases(kind: str) -> list[Any]:
    out = []
    for stem, facts in FACTS:
        for i, fact in enumerate(getattr(facts, kind)):
            out.append(pytest.param(stem, facts, i, fact, id=f"{stem}-{kind}-{i}"))
    return out


def _need(facts: Facts) -> Report:
    path = REALWORLD / facts.file
    if not path.exists():
        pytest.skip(f"{path} is not here")
    return report_of(facts.file)


# --- refused or converted -----------------------------------------------------------------


@pytest.mark.parametrize(("stem", "facts"), [(s, f) for s, f in FACTS], ids=[s for s, _ in FACTS])
def test_converts_or_is_refused(stem: str, facts: Facts) -> None:
    path = REALWORLD / facts.file
    if not path.exists():
        pytest.skip(f"{path} is not here")
    if facts.refused:
        with pytest.raises(NotAReportError):
            convert(path)
        return
    report = report_of(facts.file)
    if facts.pages is not None and report.source.pages is not None:
        assert report.source.pages == facts.pages


# --- structure ----------------------------------------------------------------------------


def _tops(report: Report) -> list[OutlineNode]:
    return [n for n in report.outline if n.level == 1 and n.kind in ("heading", "appendix")]


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _cases("headings"))
def test_heading(stem: str, facts: Facts, i: int, fact: Any) -> None:
    report = _need(facts)
    tops = _tops(report)
    found = [
        n
        for n in tops
        if starts(n.title, fact.title) and (fact.page is None or n.page_start == fact.page)
    ]
    assert found, f"no top heading {fact.marker} {fact.title} on page {fact.page}: " + str(
        [(n.marker, n.title, n.page_start) for n in tops]
    )
    assert (found[0].role or "") == fact.role


def _children(report: Report) -> dict[int, list[OutlineNode]]:
    kids: dict[int, list[OutlineNode]] = {}
    for n in report.outline:
        if n.parent is not None:
            kids.setdefault(n.parent, []).append(n)
    return kids


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _cases("outline"))
def test_outline_path(stem: str, facts: Facts, i: int, fact: Any) -> None:
    """The path's titles are ancestors in order (levels between may be skipped)."""
    report = _need(facts)
    by_id = {n.node: n for n in report.outline}
    last = [
        n for n in report.outline
        if starts(n.title, fact.path[-1]) and (fact.page is None or n.page_start == fact.page)
    ]  # fmt: skip
    assert last, f"no node {fact.path[-1]!r} on page {fact.page}"

    def chain_ok(n: OutlineNode) -> bool:
        want = list(fact.path[:-1])
        p = by_id.get(n.parent) if n.parent is not None else None
        while want and p is not None:
            if starts(p.title, want[-1]):
                want.pop()
            p = by_id.get(p.parent) if p.parent is not None else None
        return not want

    matches = [n for n in last if chain_ok(n)]
    assert matches, f"{fact.path[-1]!r} is not under {fact.path[:-1]}: " + str(
        [[by_id[a].title[:20] for a in _ancestors(n, by_id)] for n in last]
    )
    kids = _children(report)
    assert len(kids.get(matches[0].node, [])) == fact.children, [
        k.title[:30] for k in kids.get(matches[0].node, [])
    ]


def _ancestors(n: OutlineNode, by_id: dict[int, OutlineNode]) -> list[int]:
    out = []
    while n.parent is not None:
        out.append(n.parent)
        n = by_id[n.parent]
    return out[::-1]


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _cases("cells"))
def test_cell(stem: str, facts: Facts, i: int, fact: Any) -> None:
    report = _need(facts)
    on_page = [
        c for c in report.table_cells
        if (fact.page is None or c.page_start == fact.page or c.page_end == fact.page)
    ]  # fmt: skip
    same_raw = [c for c in on_page if same(c.raw, fact.raw)]
    assert same_raw, f"no cell {fact.raw!r} on page {fact.page}"
    hit = [
        c for c in same_raw
        if same_path(c.row_header, fact.row_header) and same_path(c.col_header, fact.col_header)
    ]  # fmt: skip
    assert hit, [(c.row_header, c.col_header) for c in same_raw]
    if fact.unit:
        tables = {t.table_id: t for t in report.tables}
        t = tables[hit[0].table_id]
        assert fact.unit in (t.currency_unit, t.count_unit), (t.unit_raw, t.caption)


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _cases("units"))
def test_unit(stem: str, facts: Facts, i: int, fact: Any) -> None:
    report = _need(facts)
    on_page = [t for t in report.tables if fact.page is None or t.page_start == fact.page]
    hit = [t for t in on_page if t.unit_raw and same(t.unit_raw, fact.caption)]
    assert hit, [(t.table_id, t.unit_raw, t.caption) for t in on_page]
    assert fact.unit in (hit[0].currency_unit, hit[0].count_unit)


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _cases("mentions"))
def test_mention(stem: str, facts: Facts, i: int, fact: Any) -> None:
    report = _need(facts)
    on_page = [m for m in report.mentions if fact.page is None or m.page_start == fact.page]
    hit = [m for m in on_page if same(m.raw, fact.raw) and m.kind == fact.kind]
    assert hit, [(m.kind, m.raw) for m in on_page]
    m = hit[0]
    if fact.value_krw is not None:
        assert m.value_krw == fact.value_krw
    if fact.value is not None:
        assert m.value == pytest.approx(fact.value)
    if fact.date_start is not None:
        assert m.date_start == fact.date_start
    if fact.date_end is not None:
        assert m.date_end == fact.date_end
