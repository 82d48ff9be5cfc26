"""Every intermediate stage of one file, as text lines (``bogoseo debug``).

The stages in the order they run: ``lines`` (the Document the reader made),
``tables`` (grids with their header rows, header paths and units), ``outline``
(the tree, with each node's kind, marker and role), ``sections`` (sections by
role), then what the pipeline made of them: ``records`` (rows per table),
``mentions``, ``indicators``, ``plan_years``, ``residue`` and ``checks``.  Each function
returns lines; only the CLI prints them.
"""

from __future__ import annotations

from collections.abc import Iterator

from extract.document import Document
from extract.layout import Layout
from extract.sections import Sections
from schemas import DOMAIN_TABLES, Report

#: the stages, in order, with what each shows
STAGES: dict[str, str] = {
    "lines": "every line: number, page, kind, normalized text",
    "tables": "every table: size, header rows and columns, unit; each cell with its headers",
    "outline": "the outline tree: kind, marker, role, title (indented by level)",
    "sections": "the sections found by role and their line ranges",
    "records": "how many records each table of the genre got",
    "mentions": "amounts, counts, rates and dates found in the prose",
    "indicators": "performance indicators' figures: name, year, kind, value, where read",
    "plan_years": "investment plans' amounts: project, source, period, year, where read",
    "residue": "content lines in neither the outline nor a table",
    "checks": "every cross-check, passed or failed",
}


def show_lines(doc: Document) -> Iterator[str]:
    for ln in doc.lines:
        # (a file with no pages says where in it the line is: "s0/p3/t1/r2c0/p0")
        page = f"p{ln.page}" if ln.page is not None else ln.where or ""
        yield f"{ln.no:6} {page:>4} {ln.kind.value:9} {ln.text}"


def show_tables(lay: Layout) -> Iterator[str]:
    for t in lay.tables:
        p0, p1 = t.pages
        pages = "" if p0 is None else f" pages {p0}-{p1}" if p1 != p0 else f" page {p0}"
        unit = t.currency_unit or t.count_unit or "-"
        kind = "inferred" if t.inferred else f"{len(t.grids)} grid(s)"
        yield (
            f"table {t.id}: {t.n_rows}x{t.n_cols}, {t.header_rows} header row(s), "
            f"{t.row_header_cols} header column(s), unit {unit}, {kind}{pages}"
            + (f", caption {t.caption!r}" if t.caption else "")
        )
        for c in t.cells:
            if c.is_header or not c.text:
                continue
            yield f"    r{c.row}c{c.col} {c.text!r:30} row: {c.row_header} | col: {c.col_header}"


def show_outline(lay: Layout) -> Iterator[str]:
    for n in lay.outline.nodes:
        first = n.lines[0] if n.lines else None
        where = "" if first is None else f"{first.no:6} {'' if first.page is None else 'p'}"
        where += "" if first is None or first.page is None else str(first.page)
        marker = n.marker.text + " " if n.marker else ""
        role = f" [{n.role}]" if n.role else ""
        tables = f" (tables {', '.join(map(str, n.tables))})" if n.tables else ""
        title = n.title or " ".join(n.text.split())  # (a divider's list has no title)
        yield f"{where:>11} {'  ' * (n.depth - 1)}{n.kind}: {marker}{title[:70]}{role}{tables}"


def show_sections(sections: Sections) -> Iterator[str]:
    for key, s in sections.found.items():
        yield f"{key:15} lines {s.span.first}-{s.span.last}  {s.title}"
    for s in sections.others:
        yield f"{'(other)':15} lines {s.span.first}-{s.span.last}  {s.title}"


def show_records(report: Report) -> Iterator[str]:
    for name in DOMAIN_TABLES:
        yield f"{name:16} {len(getattr(report, name))}"
    if report.stats is not None:
        s = report.stats
        yield (
            f"lines: {s.content_lines} content, {s.outline_lines} outline, {s.table_lines} "
            f"table, {s.domain_lines} used by a parser, {s.residue_lines} residue"
        )


def show_mentions(report: Report) -> Iterator[str]:
    for m in report.mentions:
        value = (
            f"{m.date_start}..{m.date_end}" if m.kind == "date"
            else f"{m.value_krw:,} won" if m.value_krw is not None
            else f"{m.measure_value:f} {m.measure_unit}" if m.measure_value is not None
            else f"{m.value:g}" if m.value is not None
            else ""
        )  # fmt: skip
        yield f"{m.line_start:6} {m.kind:8} {m.raw!r:24} {value:28} {m.context}"


def show_indicators(report: Report) -> Iterator[str]:
    for i in report.indicators:
        where = f"table {i.table_id} r{i.row}c{i.col}" if i.table_id is not None else "line"
        year = "" if i.year is None else str(i.year)
        yield f"{i.line_start:6} {i.kind:8} {year:4} {i.raw!r:14} {i.indicator} ({where})"


def show_plan_years(report: Report) -> Iterator[str]:
    for r in report.plan_years:
        year = "" if r.year is None else str(r.year)
        who = "(total)" if r.is_total else (r.project or "")
        yield (
            f"{r.line_start:6} {r.period:6} {year:4} {r.source or '계':4} {r.raw!r:12} {who}"
            f" (table {r.table_id} r{r.row}c{r.col})"
        )


def show_residue(report: Report) -> Iterator[str]:
    for r in report.residue:
        page = "" if r.page is None else f"p{r.page}"
        yield f"{r.line:6} {page:>4} {r.text}"


def show_checks(report: Report) -> Iterator[str]:
    for c in report.validation:
        yield f"{'ok  ' if c.passed else 'FAIL'} {c.check:40} {c.detail}"
