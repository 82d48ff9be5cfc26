"""인력현황 -> Staffing records.

Two layouts are read: units across (the template: a header "구 분 계 A과
B과", then one row per 정원/현원) and units down (a header "구분 정원 현원",
then one row per unit).  The heading's "54/52명(정원/현원)" and the
"(’21. 1. 31. 기준)" line are read too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import regex

from extract.document import Line
from extract.layout import Table
from extract.layout.captions import as_of_in, read_as_of
from extract.normalize.vocab import CLOSE_CLASS, OPEN_CLASS
from extract.parse.base import Context, Parsed, prov
from extract.parse.staff_grid import (
    GridCell,
    clean_unit,
    glued_labels,
    is_grade,
    total_names,
)
from extract.parse.table import Row, header_columns, numeric_rows, split_header, without_remarks
from extract.parse.text import Token, squash
from extract.parse.vocab import STAFF_FIELDS, TOTAL_LABELS
from extract.sections import Section
from schemas import Staffing, StatedTotal

#: a line that is one bracket with a reference date ("(’21. 1. 31. 기준)", "(기준일: …)")
_AS_OF = regex.compile(
    rf"^\s*+[{OPEN_CLASS}][^{OPEN_CLASS}{CLOSE_CLASS}]*?(?:기\s*+준|현\s*+재)"
    rf"[^{OPEN_CLASS}{CLOSE_CLASS}]*+[{CLOSE_CLASS}]\s*+$"
)
_HEADLINE = regex.compile(
    r"(?P<a>\d[\d,]*)\s*/\s*(?P<b>\d[\d,]*)\s*(?P<unit>명)?\s*\((?P<la>[^/()]+)/(?P<lb>[^()]+)\)"
)


def to_int(tok: Token) -> int | None:
    """A staff count cell: "-" is zero."""
    if tok.is_nil:
        return 0
    try:
        return int(tok.text.replace(",", ""))
    except ValueError:
        return None


def read_headline(head: Line) -> list[StatedTotal]:
    """ "54/52명(정원/현원)" -> the stated totals of 정원 and 현원."""
    m = _HEADLINE.search(head.text)
    if not m:
        return []
    out = []
    for value, label in ((m["a"], m["la"]), (m["b"], m["lb"])):
        field = STAFF_FIELDS.get(squash(label))
        if field:
            out.append(
                StatedTotal(
                    key=f"staffing.{field}",
                    value=int(value.replace(",", "")),
                    unit=m["unit"],
                    raw=m[0],
                    **prov([head]),
                )
            )
    return out


def _record(
    seq: int, unit: str, values: dict[str, int | None], lines: list[Line], as_of: date | None
) -> Staffing:
    return Staffing(
        seq=seq,
        unit=unit,
        is_total=squash(unit) in TOTAL_LABELS,
        as_of=as_of,
        authorized=values.get("authorized"),
        current=values.get("current"),
        raw=" | ".join(dict.fromkeys(ln.text.strip() for ln in lines)),
        **prov(lines),
    )


def _grade_like(label: str) -> bool:
    """A column label that is a grade (6급, 8급이하), not a unit."""
    return is_grade(label)


def _fits(out: Parsed, columns: list[str]) -> bool:
    """Whether the table read is the template's: units as columns or rows, every
    unit with a number, no row short of numbers."""
    if any(w.code.startswith("staffing.") for w in out.warnings):
        return False
    if any(_grade_like(c) for c in columns):
        return False
    rows = [r for r in out.tables.get("staffing", []) if isinstance(r, Staffing)]
    return bool(rows) and all(r.authorized is not None or r.current is not None for r in rows)


def _merged_down(header: Line, tables: Sequence[Table]) -> bool:
    """Whether the drawn table the header line heads has a label merged down beside its
    rows' own labels (`복지정책과` over `소 계` and its teams): its lines glue the two into
    one label (`복지정책과 소 계`, `복지정책과 복지정책팀`), so the grid's rows are read in
    their place, each under its 과."""
    for table in tables:
        if table.inferred or header.no not in table.lines:
            continue
        body = [
            GridCell(c.row, c.col, c.row_span, c.col_span, (c.text,))
            for c in table.cells
            if c.row >= table.header_rows
        ]  # fmt: skip
        return glued_labels(body)
    return False


def parse_staffing(section: Section, ctx: Context, tables: Sequence[Table] = ()) -> Parsed:
    """The template's staffing table; nothing (for the structure parser to read) when
    the section is not in the template's form (``tables``: the report's, whose grids
    say where its lines glue a merged label to a row's own)."""
    out = _parse_staffing(section, ctx, tables)
    if not out.tables.get("staffing"):
        return Parsed()
    return out


def _parse_staffing(section: Section, ctx: Context, tables: Sequence[Table]) -> Parsed:
    out = Parsed()
    out.use(section.heading)
    for total in read_headline(section.heading[0]):
        out.add("stated_totals", total)
    as_of = None
    body: list[Line] = []
    for ln in section.content:
        if as_of is None and _AS_OF.match(ln.text):
            as_of = read_as_of(ln.text, ctx.year)
            out.use([ln])
        else:
            body.append(ln)
    header, before, rest = split_header(body)
    if header is None:
        return Parsed()
    if as_of is None:  # (or the day the headline over the table gives: "○ 정원 37명 / 현원
        # 35명 (’26. 1. 1. 기준)")
        told = (as_of_in(ln.text, ctx.year) for ln in [*section.heading, *before])
        as_of = next((d for d in told if d is not None), None)
    if split_header(rest)[0] is not None:
        return Parsed()  # (two tables, by division and by grade: the structure parser's)
    if _merged_down(header, tables):
        return Parsed()  # (a 과 merged down beside its rows: the grid's, by the structure
        # parser)
    out.use([header])
    header, rest = without_remarks(header, rest)
    columns = [t.text for t in header_columns(header)]
    fields = [STAFF_FIELDS.get(squash(c)) for c in columns]
    if any(len(r.values) > len(columns) for r in numeric_rows(rest)):
        return Parsed()  # (more figures than the line's header holds: a second header line
        # under a group's word, "직급별 현원" over "4급 5급 …", read as a grid)
    rows: list[Row] = numeric_rows(rest, ncols=len(columns))
    if any(fields):  # units down: "구분 정원 현원", then "A과 23 23"
        named = [r for r in rows if r.values]
        totals = total_names([r.label for r in named])  # (its 합계 the 계)
        for seq, row in enumerate(named, start=1):
            values = {f: to_int(t) for f, t in zip(fields, row.values, strict=False) if f}
            unit = totals.get(clean_unit(row.label), row.label)
            out.add("staffing", _record(seq, unit, values, [header, *row.lines], as_of))
            out.use(row.lines)
        return out if _fits(out, []) else Parsed()
    # units across: "구 분 계 A과 B과", then "정 원 54 23 19 12"
    if any(len(squash(c)) == 1 and squash(c) not in TOTAL_LABELS for c in columns):
        return Parsed()  # (a header of groups spaced out, "일 반 직 기 타": no units)
    by_unit: dict[str, dict[str, int | None]] = {c: {} for c in columns}
    lines_of: dict[str, list[Line]] = {c: [header] for c in columns}
    for row in rows:
        field = STAFF_FIELDS.get(row.key)
        if field is None:
            continue
        if len(row.values) != len(columns):
            out.warn(
                "staffing.columns",
                f"{row.label}: {len(row.values)} numbers for {len(columns)} columns",
                row.lines,
            )
        for unit, tok in zip(columns, row.values, strict=False):
            by_unit[unit][field] = to_int(tok)
            lines_of[unit] += row.lines
        out.use(row.lines)
    totals = total_names(columns)
    for seq, unit in enumerate(columns, start=1):
        name = totals.get(clean_unit(unit), unit)
        out.add("staffing", _record(seq, name, by_unit[unit], lines_of[unit], as_of))
    return out if _fits(out, columns) else Parsed()
