"""Real documents against their facts files (tests/facts/*.toml), read from the page.

Each fact is one test case, so a failure names the file, the kind of fact and
which one.  The documents live in ../shared/realworld/ and are never committed:
without them every case here skips.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import regex

from extract.errors import NotAReportError
from extract.layout import layout
from extract.normalize.measures import measure_unit
from extract.pipeline import convert
from extract.prose_mentions import mention_records
from extract.read import read_bytes
from extract.read.glyphs import normalize_text
from extract.structure import outline_records, table_records
from extract.title_roles import TITLES
from schemas import BudgetLine, OutlineNode, Report
from tests.facts_model import Facts, all_facts

REALWORLD = Path(__file__).resolve().parents[1].parent / "shared" / "realworld"
FACTS = all_facts()


_NOISE = str.maketrans("", "", "·ㆍ()[]「」『』<>《》〈〉\"'‘’“”")


def squash(text: str) -> str:
    """Text without spaces, middle dots, brackets and quotes (how titles are compared)."""
    return "".join(text.split()).translate(_NOISE)


def same(a: str, b: str) -> bool:
    return key(a) == key(b)


def key(text: str) -> str:
    """Text as compared: look-alike glyphs folded as the readers fold them (a fact copies
    the page's ‧, the text has ·), then squashed."""
    return squash(normalize_text(text))


def same_path(ours: str, fact: str) -> bool:
    """A header path as the facts give it: its parts, in order, among ours.

    Where a table has several row-header columns (소관부서 / 사무명 / 수탁기관), a
    fact may name only the ones a reader needs; every part it names must be there.
    """
    if ours and key(ours) == key(fact):  # one label with a slash of its own ("정원/현원")
        return True
    mine = [key(p) for p in ours.split(" / ")] if ours else []
    want = [key(p) for p in fact.split(" / ")] if fact else []
    if not want:
        return not mine
    it = iter(mine)
    return all(any(w == m for m in it) for w in want)


def starts(text: str, prefix: str) -> bool:
    """``text`` starts with ``prefix`` (compared without spaces, look-alike glyphs folded
    as the readers fold them: a fact copies the page's ․, the text has ·); short
    prefixes must be whole."""
    t, p = squash(normalize_text(text)), squash(normalize_text(prefix))
    return (
        t == p
        or (len(p) >= 6 and t.startswith(p))
        or (len(p) >= 6 and p.startswith(t) and len(t) >= 6)
    )


@cache
def report_of(file: str) -> Report:
    """The file converted; a file refused as not a work report is still read exactly,
    so its structure (tables, outline, mentions) is checked all the same."""
    path = REALWORLD / file
    try:
        return convert(path)
    except NotAReportError:
        doc = read_bytes(path.read_bytes(), path.name)
        lay = layout(doc, TITLES)
        tables, cells = table_records(lay, doc.lines, None)
        return Report.model_construct(
            tables=tables,
            table_cells=cells,
            outline=outline_records(lay),
            mentions=mention_records(lay, None),
            source=SimpleNamespace(pages=doc.pages),
        )


def _param(stem: str, facts: Facts, i: int, fact: Any, kind: str) -> Any:
    """One case; a fact with a ``gap`` (read from the page, not read by bogoseo yet) is
    a strict expected failure, so that reading it turns the gap into an error to remove."""
    marks = [pytest.mark.xfail(strict=True, reason=fact.gap)] if fact.gap else []
    return pytest.param(stem, facts, i, fact, id=f"{stem}-{kind}-{i}", marks=marks)


def _cases(kind: str) -> list[Any]:
    return [
        _param(stem, facts, i, fact, kind)
        for stem, facts in FACTS
        for i, fact in enumerate(getattr(facts, kind))
    ]


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
    assert report.sections, "read, but refused as not a work report"
    assert report.report_id
    if facts.pages is not None and report.source.pages is not None:
        assert report.source.pages == facts.pages


def _meta_cases() -> list[Any]:
    out = []
    for stem, facts in FACTS:
        if not facts.refused and (facts.year or facts.bureau):
            marks = [pytest.mark.xfail(strict=True, reason=facts.gap)] if facts.gap else []
            out.append(pytest.param(stem, facts, id=stem, marks=marks))
    return out


@pytest.mark.parametrize(("stem", "facts"), _meta_cases())
def test_report_year_and_body(stem: str, facts: Facts) -> None:
    """The year the report is for and the body whose report it is (reports.csv)."""
    report = _need(facts)
    if facts.year:
        assert report.meta.year == facts.year
    if facts.bureau:
        assert report.meta.bureau is not None and same(report.meta.bureau, facts.bureau)


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
    """The path's titles are ancestors in order (levels between may be skipped), and the
    node has the fact's number of children."""
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
    # a title printed twice at one place (an item's summary box repeats the titles of its
    # blocks) is two nodes: the fact counts the children of the one that has them
    counts = [len(kids.get(n.node, [])) for n in matches]
    assert fact.children in counts, [[k.title[:30] for k in kids.get(n.node, [])] for n in matches]
    if fact.number:
        assert fact.number in [n.number for n in matches], [n.number for n in matches]


def _word_key(text: str) -> str:
    return regex.sub(r"[^\p{L}\p{N}]+", "", text)


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _cases("contents"))
def test_divider_contents(stem: str, facts: Facts, i: int, fact: Any) -> None:
    """The entries a divider page lists are one contents node under the part the page
    opens, in order; none of them is an item of its own on that page."""
    report = _need(facts)
    by_id = {n.node: n for n in report.outline}
    tocs = [
        n for n in report.outline
        if n.kind == "contents" and n.page_start == fact.page and n.parent is not None
        and starts(by_id[n.parent].title, fact.under)
    ]  # fmt: skip
    assert tocs, f"no contents under {fact.under!r} on page {fact.page}: " + str(
        [(n.kind, n.title[:30]) for n in report.outline if n.page_start == fact.page]
    )
    text = _word_key(tocs[0].text)
    at = 0
    for entry in fact.entries:
        found = text.find(_word_key(entry), at)
        assert found >= 0, f"{entry!r} not listed (in order) in {tocs[0].text!r}"
        at = found + 1
    listed = {_word_key(e) for e in fact.entries}
    items = [
        n.title for n in report.outline
        if n.page_start == fact.page and n.kind in ("item", "bullet")
        and _word_key(n.title) in listed
    ]  # fmt: skip
    assert not items, f"entries read as items: {items}"


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
        assert hit[0].unit == fact.unit, (hit[0].unit, t.unit_raw, t.caption)


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _cases("units"))
def test_unit(stem: str, facts: Facts, i: int, fact: Any) -> None:
    report = _need(facts)
    on_page = [t for t in report.tables if fact.page is None or t.page_start == fact.page]
    hit = [t for t in on_page if t.unit_raw and same(t.unit_raw, fact.caption)]
    assert hit, [(t.table_id, t.unit_raw, t.caption) for t in on_page]
    if measure_unit(fact.unit) is not None:
        # (a unit of measure, "(단위: ㎡)", is no count: the cells' measure unit says it)
        cells = [c for c in report.table_cells if c.table_id == hit[0].table_id]
        assert hit[0].count_unit is None and any(c.unit == fact.unit for c in cells)
        return
    assert fact.unit in (hit[0].currency_unit, hit[0].count_unit)


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _cases("mentions"))
def test_mention(stem: str, facts: Facts, i: int, fact: Any) -> None:
    report = _need(facts)
    on_page = [m for m in report.mentions if fact.page is None or m.page_start == fact.page]
    # the fact gives the figure as printed, sometimes with a word before it ("총80억원")
    want = squash(normalize_text(fact.raw))
    hit = [m for m in on_page if m.kind == fact.kind and want.endswith(squash(m.raw))]
    assert hit, [(m.kind, m.raw) for m in on_page]
    m = max(hit, key=lambda m: len(squash(m.raw)))  # "’24.4.25.", not a "’25." that ends it
    if fact.value_krw is not None:
        assert m.value_krw == fact.value_krw
    if fact.value is not None:
        assert m.value == pytest.approx(fact.value)
    if fact.date_start is not None:
        assert m.date_start == fact.date_start
    if fact.date_end is not None:
        assert m.date_end == fact.date_end


# --- records (organisation, staffing, budget, projects, schedules, findings) --------------


def _org_cases() -> list[Any]:
    out = []
    for stem, facts in FACTS:
        if facts.organization is not None:
            for i, unit in enumerate(facts.organization.units):
                out.append(_param(stem, facts, i, unit, "org"))
    return out


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _org_cases())
def test_org_unit(stem: str, facts: Facts, i: int, fact: Any) -> None:
    report = _need(facts)
    units = [u for u in report.organization if same(u.name, fact.name)]
    assert units, [u.name for u in report.organization]
    # two units may share a name (관리 팀 under two divisions): the one under the parent
    under = [u for u in units if fact.parent and u.parent and same(u.parent, fact.parent)]
    u = (under or units)[0]
    assert (u.level, u.unit_type) == (fact.level, fact.unit_type)
    if fact.parent:
        assert u.parent is not None and same(u.parent, fact.parent)


@pytest.mark.parametrize(
    ("stem", "facts"),
    [(s, f) for s, f in FACTS if f.organization is not None and f.organization.counts],
    ids=[s for s, f in FACTS if f.organization is not None and f.organization.counts],
)
def test_org_counts(stem: str, facts: Facts) -> None:
    report = _need(facts)
    assert facts.organization is not None
    stated = {(t.unit, t.value) for t in report.stated_totals if t.key.startswith("organization")}
    for word, n in facts.organization.counts.items():
        assert (word, n) in stated, stated


def _staff_cases() -> list[Any]:
    out = []
    for stem, facts in FACTS:
        if facts.staffing is not None:
            for i, row in enumerate(facts.staffing.rows):
                out.append(_param(stem, facts, i, row, "staff"))
    return out


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _staff_cases())
def test_staffing_row(stem: str, facts: Facts, i: int, fact: Any) -> None:
    report = _need(facts)
    rows = [
        r for r in report.staffing
        if same(r.unit, fact.unit) and (r.grade or "") == fact.grade
    ]  # fmt: skip
    assert rows, [(r.unit, r.grade) for r in report.staffing]
    r = rows[0]
    if fact.authorized is not None:
        assert r.authorized == fact.authorized
    if fact.current is not None:
        assert r.current == fact.current
    assert facts.staffing is not None
    if facts.staffing.as_of is not None:
        assert r.as_of == facts.staffing.as_of


@pytest.mark.parametrize(
    ("stem", "facts"),
    [(s, f) for s, f in FACTS if f.staffing is not None and f.staffing.stated_authorized],
    ids=[s for s, f in FACTS if f.staffing is not None and f.staffing.stated_authorized],
)
def test_staffing_stated_total(stem: str, facts: Facts) -> None:
    report = _need(facts)
    assert facts.staffing is not None
    stated = {t.key: t.value for t in report.stated_totals}
    assert stated.get("staffing.authorized") == facts.staffing.stated_authorized
    if facts.staffing.stated_current is not None:
        assert stated.get("staffing.current") == facts.staffing.stated_current


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _cases("budget"))
def test_budget_line(stem: str, facts: Facts, i: int, fact: Any) -> None:
    report = _need(facts)
    lines = [b for b in report.budget_lines if b.amount_krw == fact.amount_krw]
    assert lines, f"no budget line of {fact.amount_krw:,} won ({fact.printed} {fact.currency_unit})"
    hit = [
        b for b in lines
        if same(b.unit, fact.unit)
        and b.is_total == fact.is_total
        and (b.side or "") == fact.side
        and (not fact.account or squash(fact.account) in squash(b.account or ""))
        and (fact.year is None or b.year == fact.year)
        and _same_item(b, fact.item)
    ]  # fmt: skip
    assert hit, [(b.unit, b.is_total, b.account, b.side, b.year, b.item) for b in lines]


def _same_item(line: BudgetLine, item: str) -> bool:
    """The row's label as the page prints it: the line's item, or, on a row that names an
    account (일반회계, 고용보험기금 as "고용보험"), its account."""
    if line.item:
        return same(line.item, item)
    return not item or key(item) in key(line.account or "")


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _cases("budget_prose"))
def test_budget_prose_total(stem: str, facts: Facts, i: int, fact: Any) -> None:
    report = _need(facts)
    stated = [
        t for t in report.stated_totals if t.key.startswith("budget") and t.value == fact.amount_krw
    ]
    assert stated, [(t.key, t.value) for t in report.stated_totals if t.key.startswith("budget")]


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _cases("projects"))
def test_project(stem: str, facts: Facts, i: int, fact: Any) -> None:
    report = _need(facts)
    found = [p for p in report.projects if starts(p.title, fact.title)]
    assert found, f"no project {fact.title!r}"
    # a title may begin another project's too: the one on the fact's page, the exact one
    found.sort(
        key=lambda p: (
            fact.page is not None and p.page_start != fact.page,
            squash(p.title) != squash(fact.title),
        )
    )
    p = found[0]
    if fact.period_start is not None:
        assert (p.period_start, p.period_end) == (fact.period_start, fact.period_end)
    if fact.cost_krw is not None:
        assert p.cost_krw == fact.cost_krw
    if fact.cost_label:
        assert p.cost_label is not None and same(p.cost_label, fact.cost_label)
    if fact.division:
        assert p.division is not None and same(p.division, fact.division)


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _cases("schedules"))
def test_schedule(stem: str, facts: Facts, i: int, fact: Any) -> None:
    report = _need(facts)
    dated = [s for s in report.schedules if (s.start, s.end) == (fact.start, fact.end)]
    assert dated, f"no schedule {fact.start}..{fact.end}"
    text = squash(fact.raw)
    hit = [s for s in dated if squash(s.raw) in text or squash(s.task)[:8] in text]
    assert hit, [(s.task, s.raw) for s in dated]
    if fact.task:
        assert squash(fact.task) in {squash(s.task) for s in hit}, [s.task for s in hit]


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _cases("progress"))
def test_progress(stem: str, facts: Facts, i: int, fact: Any) -> None:
    report = _need(facts)
    dated = [s for s in report.progress if (s.start, s.end) == (fact.start, fact.end)]
    assert dated, f"no step done {fact.start}..{fact.end}"
    text = squash(fact.raw)
    hit = [s for s in dated if squash(s.task)[:8] in text]
    assert hit, [(s.task, s.raw) for s in dated]
    # (the one row of the fact: its task, on its page, of its project)
    assert any(
        (fact.page is None or s.page_start == fact.page)
        and (not fact.project or s.project_id == fact.project)
        and (not fact.task or squash(s.task) == squash(fact.task))
        for s in hit
    ), [(s.task, s.page_start, s.project_id) for s in hit]


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _cases("functions"))
def test_function(stem: str, facts: Facts, i: int, fact: Any) -> None:
    report = _need(facts)
    rows = sorted((f for f in report.functions if f.division == fact.division),
                  key=lambda f: f.seq)  # fmt: skip
    assert len(rows) == fact.count, [f.function for f in rows]
    assert squash(rows[0].function) == squash(fact.first)
    assert squash(rows[-1].function) == squash(fact.last)
    assert fact.page is None or rows[0].page_start == fact.page


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _cases("events"))
def test_event(stem: str, facts: Facts, i: int, fact: Any) -> None:
    report = _need(facts)
    found = [e for e in report.events if squash(e.event) == squash(fact.event)]
    assert found, [e.event for e in report.events]
    e = found[0]
    assert (squash(e.raw), e.start, e.end) == (squash(fact.raw), fact.start, fact.end)
    assert squash(e.place or "") == squash(fact.place)
    assert squash(e.division or "") == squash(fact.division)
    assert fact.page is None or e.page_start == fact.page


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _cases("policy_goals"))
def test_policy_goal(stem: str, facts: Facts, i: int, fact: Any) -> None:
    report = _need(facts)
    rows = [p for p in report.policy_goals if p.goal_no == fact.goal_no]
    assert rows, f"no goal {fact.goal_no}: {sorted({p.goal_no for p in report.policy_goals})}"
    assert {squash(p.goal) for p in rows} == {squash(fact.goal)}
    assert [squash(p.task) for p in sorted(rows, key=lambda p: p.task_no)] == [
        squash(t) for t in fact.tasks
    ]
    assert fact.page is None or all(p.page_start == fact.page for p in rows)
    assert not fact.vision or {squash(p.vision or "") for p in rows} == {squash(fact.vision)}


@pytest.mark.parametrize(("stem", "facts", "i", "fact"), _cases("findings"))
def test_finding(stem: str, facts: Facts, i: int, fact: Any) -> None:
    report = _need(facts)
    found = [f for f in report.audit_findings if squash(fact.text) in squash(f.finding)]
    assert found, f"no finding {fact.text!r}"
    if fact.status:
        assert found[0].status == fact.status
    if fact.subject:
        assert squash(found[0].subject or "") == squash(fact.subject)
    if fact.auditee:
        assert squash(found[0].auditee or "") == squash(fact.auditee)
    if fact.audited_start:
        assert (found[0].audited_start, found[0].audited_end) == (
            fact.audited_start, fact.audited_end or fact.audited_start,
        )  # fmt: skip


def _digits(text: str) -> set[str]:
    """The figures in ``text``, without thousands commas ("12.03억원" -> {"12.03"})."""
    return {d.replace(",", "").rstrip(".") for d in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}


@pytest.mark.parametrize(("stem", "facts"), [(s, f) for s, f in FACTS if not f.refused],
                         ids=[s for s, f in FACTS if not f.refused])  # fmt: skip
def test_failed_checks_are_the_reports_own(stem: str, facts: Facts) -> None:
    """Every failed check is an error of the report, listed in its facts file, and every
    error listed is found by a check (or is a gap: what no check looks at yet)."""
    report = _need(facts)
    pages = {}
    for n in report.outline:
        for no in range(n.line_start, n.line_end + 1):
            pages[no] = n.page_start
    for c in report.table_cells:
        for no in range(c.line_start, c.line_end + 1):
            pages[no] = c.page_start

    def check_pages(c: Any) -> set[int | None]:
        out: set[int | None] = set()
        for span in c.lines:
            a, _, b = span.partition("-")
            out.update(pages.get(no) for no in range(int(a), int(b or a) + 1))
        return out

    def matches(c: Any, f: Any) -> bool:
        numbers = _digits(f"{c.expected} {c.actual} {c.detail}")
        printed = {d for p in f.printed for d in _digits(p)}
        on_page = f.page is None or f.page in check_pages(c)
        return on_page and printed <= numbers

    failed = [c for c in report.validation if not c.passed]
    unlisted = [c.detail for c in failed if not any(matches(c, f) for f in facts.failed_checks)]
    assert not unlisted, unlisted
    missed = [
        f.what for f in facts.failed_checks if not f.gap and not any(matches(c, f) for c in failed)
    ]
    assert not missed, missed
    # an error of the report no check finds yet is a gap; once one finds it, remove the gap
    found = [f.what for f in facts.failed_checks if f.gap and any(matches(c, f) for c in failed)]
    assert not found, f"found now, remove the gap: {found}"
