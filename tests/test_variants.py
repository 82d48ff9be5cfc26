"""Report variants (tests/variants.py): nothing about the sample is hard-coded.

Each variant is the sample's template with another year, bureau, division
and team names and counts, card counts and budget tables; the records
expected are computed by the generator from its own inputs.  Also: a
variant with one section left out, with its sections in another order, and
cut off at every few lines.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from extract.errors import BogoseoError
from extract.pipeline import check, convert, parse_document, read_bytes
from schemas import Report
from tests.variants import (
    GENERAL_PARTS,
    PARTS,
    REORDERINGS,
    SECTION_NAMES,
    VARIANTS,
    Spec,
    actual,
    expected,
    expected_checks,
    render,
    render_lines,
    section_lines,
)

TABLES = (
    "organization",
    "staffing",
    "budget_summary",
    "functions",
    "policy_goals",
    "projects",
    "project_budgets",
    "schedules",
    "budget_items",
    "budget_notes",
    "audit_summary",
    "audit_findings",
    "stated_totals",
)
#: the tables each section fills
SECTION_TABLES: dict[str, tuple[str, ...]] = {
    "organization": ("organization",),
    "staffing": ("staffing",),
    "budget_summary": ("budget_summary",),
    "functions": ("functions",),
    "policy": ("policy_goals",),
    "plans": ("projects", "project_budgets", "schedules"),
    "budget_items": ("budget_items", "budget_notes"),
    "audit": ("audit_summary", "audit_findings"),
}

Convert = Callable[[Spec], Report]


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Convert:
    """Convert a spec's rendering once per module (from a file, as a user would)."""
    cache: dict[Spec, Report] = {}
    folder = tmp_path_factory.mktemp("variants")

    def run(spec: Spec) -> Report:
        if spec not in cache:
            path = folder / f"{spec.name}.txt"
            path.write_text(render(spec), encoding="utf-8")
            cache[spec] = convert(path)
        return cache[spec]

    return run


def convert_text(lines: list[str]) -> Report:
    return check(parse_document(read_bytes("\n".join(lines).encode(), "variant.txt"), "variant"))


def _ids(specs: tuple[Spec, ...]) -> list[str]:
    return [s.name for s in specs]


# --- complete variants ----------------------------------------------------------------------


def test_the_variants_differ_from_the_sample_and_from_each_other(sample_report: Report) -> None:
    years = {s.year for s in VARIANTS} | {sample_report.meta.year}
    bureaus = {s.bureau for s in VARIANTS} | {sample_report.meta.bureau}
    shapes = {(len(s.divisions), s.teams, tuple(len(t.cards) for t in s.themes)) for s in VARIANTS}
    assert len(years) == len(bureaus) == len(VARIANTS) + 1
    assert len(shapes) == len(VARIANTS)
    sample_names = {u.name for u in sample_report.organization}
    for spec in VARIANTS:
        names = {d.name for d in spec.divisions} | {t for d in spec.divisions for t in d.teams}
        assert not names & sample_names
    # 2 divisions / 7 teams and 4 divisions / 12 teams, as well as the sample's 3 / 10
    assert {(len(s.divisions), s.teams) for s in VARIANTS} >= {(2, 7), (4, 12), (3, 10)}
    assert any(len(c.rows) >= 3 for s in VARIANTS for t in s.themes for c in t.cards)


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("spec", VARIANTS, ids=_ids(VARIANTS))
def test_variant_records(converted: Convert, spec: Spec, table: str) -> None:
    want = expected(spec)[table]
    assert want, f"the generator gives no {table} records"
    assert actual(converted(spec))[table] == want


@pytest.mark.parametrize("spec", VARIANTS, ids=_ids(VARIANTS))
def test_every_cross_check_runs_and_passes(converted: Convert, spec: Spec) -> None:
    report = converted(spec)
    assert [c.detail for c in report.validation if not c.passed] == []
    ran: dict[str, int] = {}
    for c in report.validation:
        ran[c.check] = ran.get(c.check, 0) + 1
    assert ran == dict(expected_checks(spec))


@pytest.mark.parametrize("spec", VARIANTS, ids=_ids(VARIANTS))
def test_variant_has_no_warnings_and_no_residue(converted: Convert, spec: Spec) -> None:
    report = converted(spec)
    assert report.warnings == []
    assert report.residue == []
    assert report.meta.year == spec.year
    assert report.meta.bureau == spec.bureau
    assert all(s.found for s in report.sections if s.key in SECTION_NAMES)


@pytest.mark.parametrize("spec", VARIANTS, ids=_ids(VARIANTS))
def test_provenance_points_at_the_lines_written(converted: Convert, spec: Spec) -> None:
    """Each record's first line holds its text (a few spot checks per table)."""
    report = converted(spec)
    lines = render_lines(spec)

    def line(no: int) -> str:
        return lines[no - 1]

    for u in report.organization:
        if u.level != "team":
            assert u.name in line(u.line_start)
        else:  # vertical text: the first syllable of the name
            assert line(u.line_start).strip() == u.name[0]
    for b in report.budget_items:
        assert line(b.line_start).startswith(b.item)
    for p in report.projects:
        assert line(p.line_start) == f"{p.seq}  {p.title}"
    for s in report.schedules:
        assert line(s.line_start).endswith(s.raw)
    for f in report.audit_findings:
        assert line(f.line_start).startswith("○")
        assert f.finding.startswith(line(f.line_start)[1:])


# --- a section left out -----------------------------------------------------------------------


@pytest.mark.parametrize("key", list(SECTION_NAMES))
@pytest.mark.parametrize("spec", VARIANTS, ids=_ids(VARIANTS))
def test_missing_section_is_named_and_the_rest_converted(
    converted: Convert, spec: Spec, key: str
) -> None:
    partial = spec.without(key)
    report = converted(partial)
    # a role the report lacks is listed as not found, never warned about
    assert [w for w in report.warnings if w.code == "section.missing"] == []
    assert not next(s for s in report.sections if s.key == key).found
    got, want = actual(report), expected(partial)
    for table in SECTION_TABLES[key]:
        assert got[table] == []
    for table in TABLES:
        if table in SECTION_TABLES[key] or (key == "plans" and table == "policy_goals"):
            continue  # Ⅱ without Ⅲ: see test_policy_goals_without_plans
        assert got[table] == want[table], table
    assert [c.detail for c in report.validation if not c.passed] == []
    assert report.residue == []


@pytest.mark.parametrize("spec", VARIANTS, ids=_ids(VARIANTS))
def test_policy_goals_without_plans(converted: Convert, spec: Spec) -> None:
    partial = spec.without("plans")
    assert actual(converted(partial))["policy_goals"] == expected(partial)["policy_goals"]


# --- sections in another order ----------------------------------------------------------------


@pytest.mark.parametrize("n", range(len(REORDERINGS)))
@pytest.mark.parametrize("spec", VARIANTS, ids=_ids(VARIANTS))
def test_reordered_sections_give_the_same_records(converted: Convert, spec: Spec, n: int) -> None:
    order, general_order = REORDERINGS[n]
    moved = spec.reordered(order, general_order)
    assert render(moved) != render(spec)
    report = converted(moved)
    assert actual(report) == actual(converted(spec)) == expected(spec)
    assert [c.detail for c in report.validation if not c.passed] == []
    assert report.warnings == [] and report.residue == []


# --- headings written another way ---------------------------------------------------------------


def _no_general_heading(lines: list[str]) -> list[str]:
    return [ln for ln in lines if not ln.strip().startswith("Ⅰ.")]


def _latin_numerals(lines: list[str]) -> list[str]:
    latin = {"Ⅰ.": "I.", "Ⅱ.": "II.", "Ⅲ.": "III."}
    return [next((ln.replace(k, v) for k, v in latin.items() if k in ln), ln) for ln in lines]


def _letter_spaced_titles(lines: list[str]) -> list[str]:
    out = []
    for ln in lines:
        num, dot, title = ln.partition(". ")
        if dot and num.strip() in ("Ⅰ", "Ⅱ", "Ⅲ"):
            ln = f"{num}. {' '.join(title.replace(' ', ''))}"
        out.append(ln.replace("세부사업 예산 현황", "세 부 사 업 예 산 현 황"))
    return out


HEADING_FORMS: dict[str, Callable[[list[str]], list[str]]] = {
    "no Ⅰ heading": _no_general_heading,
    "Latin numerals": _latin_numerals,
    "letter-spaced titles": _letter_spaced_titles,
}


@pytest.mark.parametrize("form", list(HEADING_FORMS))
@pytest.mark.parametrize("spec", VARIANTS, ids=_ids(VARIANTS))
def test_headings_written_another_way_give_the_same_records(spec: Spec, form: str) -> None:
    lines = render_lines(spec)
    changed = HEADING_FORMS[form](lines)
    assert changed != lines
    report = convert_text(changed)
    assert actual(report) == expected(spec)
    assert report.warnings == [] and report.residue == []


@pytest.mark.parametrize("spec", VARIANTS, ids=_ids(VARIANTS))
def test_cards_numbered_straight_through_give_the_same_records(spec: Spec) -> None:
    """A report may number its cards on from one theme to the next (theme 2's cards 6, 7,
    ... after theme 1's five): each card is read, under its printed number."""
    lines = render_lines(spec)
    ids: dict[str, str] = {}
    n = 0
    for t, theme in enumerate(spec.themes, start=1):
        for c, card in enumerate(theme.cards, start=1):
            n += 1
            at = lines.index(f"{c}  {card.title}")
            lines[at] = f"{n}  {card.title}"
            ids[f"{t}-{c}"] = f"{t}-{n}"
    assert any(k != v for k, v in ids.items())
    want = {
        table: [tuple(ids.get(v, v) if isinstance(v, str) else v for v in rec) for rec in recs]
        for table, recs in expected(spec).items()
    }
    # (a project's number is the card's printed one)
    want["projects"] = [
        (p[0], p[1], p[2], int(p[0].split("-")[1]), *p[4:]) for p in want["projects"]
    ]
    report = convert_text(lines)
    assert actual(report) == want
    assert report.warnings == []


# --- cut off in the middle --------------------------------------------------------------------

#: tables that only depend on lines before the end of the given section
SETTLED_AFTER: dict[str, tuple[str, ...]] = {
    "functions": ("organization", "staffing", "budget_summary", "functions"),
    "plans": ("policy_goals",),
    "budget_items": ("projects", "project_budgets", "schedules", "budget_items", "budget_notes"),
}


@pytest.mark.parametrize("spec", VARIANTS, ids=_ids(VARIANTS))
def test_cut_off_report_gives_a_result_with_warnings(converted: Convert, spec: Spec) -> None:
    """Cut after every few lines: a result or a clean error; nothing lost silently.

    * before any section heading: a clean error;
    * every section whose heading was cut off is listed as not found;
    * tables whose sections (and evidence) come before the cut are unchanged;
    * a result with no warning and no failed check has every record of the
      complete report (only the text of the last one may be cut short).
    """
    assert (spec.order, spec.general_order) == (PARTS, GENERAL_PARTS)  # the template's order
    lines = render_lines(spec)
    spans = section_lines(spec)
    full = actual(converted(spec))
    step = 5
    for cut in range(1, len(lines), step):
        data = "\n".join(lines[:cut]).encode()
        try:
            report = parse_document(read_bytes(data, f"{spec.name}.txt"), "cut")
        except BogoseoError as exc:
            assert cut < spans["organization"][0], (cut, exc.reason)
            continue
        report = check(report)
        found = {s.key for s in report.sections if s.found}
        for key, (first, _) in spans.items():
            if key in SECTION_NAMES and first > cut:
                assert key not in found, (cut, key)
        got = actual(report)
        for key, tables in SETTLED_AFTER.items():
            if spans[key][1] <= cut:
                for table in tables:
                    assert got[table] == full[table], (cut, table)
        complete = set(SECTION_NAMES) <= found
        if complete and not report.warnings and all(c.passed for c in report.validation):
            assert {t: len(v) for t, v in got.items()} == {t: len(v) for t, v in full.items()}, cut


def test_a_cut_inside_a_budget_row_is_warned() -> None:
    spec = VARIANTS[0]
    lines = render_lines(spec)
    card = spec.themes[0].cards[0]
    row = card.rows[0]
    amount = f"{row.amount:,}"
    at = next(i for i, ln in enumerate(lines) if ln == amount or ln == f"{row.name[0]} {amount}")
    report = convert_text(lines[: at + 1])
    codes = [w.code for w in report.warnings]
    assert "project_budgets.columns" in codes
    budget = next(b for b in report.project_budgets if b.project_id == "1-1")
    assert budget.amount_krw == row.amount * 1000  # what was read is kept
    assert budget.q1_krw is None
    # both appendices are cut off: listed as not found
    assert {"budget_items", "audit"} <= {s.key for s in report.sections if not s.found}


def test_rendered_variant_is_a_file_bogoseo_reads(tmp_path: Path) -> None:
    """The generator writes plain UTF-8 with the sample's private-use bullets."""
    path = tmp_path / "v.txt"
    path.write_text(render(VARIANTS[1]), encoding="utf-8")
    report = convert(path)
    assert report.source.encoding == "utf-8"
    assert report.source.lines == len(render_lines(VARIANTS[1]))
    assert "\uf000" in path.read_text(encoding="utf-8")
