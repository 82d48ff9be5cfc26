"""Cross-checks of the organisation and the staff (정원/현원) against the report's own numbers.

* :func:`count_checks` - the count line ("3과 12팀·1TF 4사업소") against the units
  found, rank by rank; a team count covers the teams of the units counted before
  it in the line (and of units the line names no word for);
* :func:`staffing_checks` - per staffing table: the units add up to the 계 row,
  grade by grade; the grades add up to each unit's all-grades figure; the
  employment forms add up to the total; the totals stated in text equal the
  table's 계; the chart's person counts add up to the unit above them;
* :func:`check_balance` - 과부족 = 현원 − 정원 wherever a 과부족 is printed, and a
  과부족 column adds up to its total (read from the report's table cells).

A check is only made where both sides are printed; a part of the chart the
parser could not read (a warning ``organization.teams_unread``) is not counted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import Protocol

from extract.checks.base import _check, _lines, _sum_check
from extract.parse.org_parts import counted
from extract.parse.org_vocab import UNIT_WORDS
from extract.parse.staff_grid import (
    TOTAL_UNIT,
    Figure,
    GridCell,
    clean_grade,
    clean_unit,
    is_total,
    read_figures,
    sums_grades,
)
from schemas import Check, Report, Staffing, TableCellRecord

FIELDS = ("authorized", "current")
#: the warning of a chart part left unread: its rank is not counted
UNREAD = "organization.teams_unread"


# --- the count line ---------------------------------------------------------------------


def count_checks(report: Report) -> Iterator[Check]:
    """The count line against the units of the chart, rank by rank."""
    units = report.organization
    line = [s for s in report.stated_totals if s.key.startswith("organization.")]
    if not line or len(units) < 2:
        return
    unread = any(w.code == UNREAD for w in report.warnings)
    counts = [(s.value, s.unit or "") for s in line if (s.unit or "") in UNIT_WORDS]
    for level, stated, found in counted(units, counts):
        if level == "team" and unread:
            continue
        records = [s for s in line if s.key == f"organization.{level}"]
        want = sum(n for n, _ in stated)
        told = " ".join(f"{n}{w}" for n, w in stated)
        shown = told if len(stated) == 1 else f"{told} ({want})"
        yield _check(
            "organization.counts",
            want == len(found),
            want,
            len(found),
            f"{line[0].raw}: {shown} stated, {len(found)} in the chart",
            _lines(*records, *found),
        )


# --- staffing tables --------------------------------------------------------------------


def _table_of(report: Report, record: Staffing) -> int | None:
    """The table a record was read from (None: the chart or the text)."""
    for t in report.tables:
        if t.line_start <= record.line_start <= t.line_end:
            return t.table_id
    return None


def _groups(report: Report) -> dict[int | None, list[Staffing]]:
    out: dict[int | None, list[Staffing]] = {}
    for r in report.staffing:
        out.setdefault(_table_of(report, r), []).append(r)
    return out


def _sum_of(
    code: str,
    label: str,
    whole: Staffing,
    parts: Sequence[Staffing],
    field: str,
    names: tuple[str, str],
) -> Check | None:
    """``whole`` against the parts that print ``field`` (None where too few do)."""
    have = [p for p in parts if getattr(p, field) is not None]
    if getattr(whole, field) is None or not have:
        return None
    return _sum_check(code, label, whole, have, field, names)


class _Graded(Protocol):
    @property
    def grade(self) -> str | None: ...
    @property
    def employment(self) -> str | None: ...


def _ungraded_forms(rows: Sequence[_Graded]) -> set[str]:
    """The employment forms set beside the grades with no grades of their own ("… | 6급 |
    무기계약"): each a part of the all-grades figure, as a grade is."""
    graded = {r.employment for r in rows if r.grade is not None}
    return {
        r.employment for r in rows
        if r.grade is None and r.employment is not None and r.employment not in graded
    }  # fmt: skip


def _sums_grades(rows: Sequence[Staffing]) -> set[int]:
    """The units' all-grades rows beside their grades' rows: totals of those, and parts of
    the table's 계 (ids; not the 계's own)."""
    by_id = {id(r): r for r in rows}
    return {i for i in sums_grades(rows) if not is_total(by_id[i].unit)}


def _graded_only(rows: Sequence[Staffing]) -> list[Staffing]:
    """The grades' rows of the units that print no figure of all their grades (a series
    whose grades alone are set under it, "지도직" over "지도관 | 지도사 | 지도관리직"
    beside "일반직 | 공무직"): together that unit's part of the 계 of all grades."""
    whole = {r.unit for r in rows if r.grade is None}
    return [r for r in rows if r.grade is not None and not r.is_total and r.unit not in whole]


def _whole_first(totals: list[Staffing]) -> list[Staffing]:
    """A table's totals, the whole's alone where it prints one beside units' subtotals
    ("문화체육과 소계" | … | "합 계" at the foot): the units' rows add up to it."""
    whole = [r for r in totals if r.unit == TOTAL_UNIT]
    return whole if len(whole) == 1 else totals


def _label(field: str, grade: str | None, unit: str | None = None) -> str:
    return " ".join(x for x in (unit, grade, field) if x)


def staffing_checks(report: Report) -> Iterator[Check]:
    """Sums within each staffing table, and the totals stated in text against them."""
    groups = _groups(report)
    # (a table of two days' figures, "2025. 1. 1. 기준 | 2026. 1. 1. 기준": each day's own)
    days = [[r for r in rows if r.as_of == day] for rows in groups.values()
            for day in dict.fromkeys(r.as_of for r in rows)]  # fmt: skip
    for rows in days:
        plain = [r for r in rows if r.employment is None or r.grade is not None]
        grades = list(dict.fromkeys(r.grade for r in plain))
        subtotals = _sums_grades(rows)
        for grade in grades:
            mine = [r for r in plain if r.grade == grade]
            totals = _whole_first([r for r in mine if r.is_total and id(r) not in subtotals])
            parts = [r for r in mine if not r.is_total or id(r) in subtotals]
            if grade is None:
                parts += _graded_only(plain)
            if len(totals) != 1 or not parts:
                continue
            for field in FIELDS:
                found = _sum_of(
                    f"staffing.total.{field}",
                    _label(field, grade),
                    totals[0],
                    parts,
                    field,
                    ("계 row", "the units"),
                )
                if found is not None:
                    yield found
        forms = _ungraded_forms(rows)
        for unit in dict.fromkeys(r.unit for r in plain):
            whole = [r for r in plain if r.unit == unit and r.grade is None]
            by_grade = [r for r in plain if r.unit == unit and r.grade is not None]
            if by_grade:
                by_grade += [r for r in rows if r.unit == unit and r.grade is None
                             and r.employment in forms]  # fmt: skip
            if len(whole) != 1 or not by_grade:
                continue
            for field in FIELDS:
                found = _sum_of(
                    f"staffing.grades.{field}",
                    _label(field, None, unit),
                    whole[0],
                    by_grade,
                    field,
                    ("all-grades figure", "the grades"),
                )
                if found is not None:
                    yield found
    yield from _employment_checks(report.staffing)
    yield from _stated_checks(report, groups)
    yield from _chart_checks(report, groups)


def _employment_checks(rows: Sequence[Staffing]) -> Iterator[Check]:
    """Each unit's employment forms (정규직, 계약직) add up to its figure of all forms."""
    for unit in dict.fromkeys(r.unit for r in rows):
        mine = [r for r in rows if r.unit == unit and r.grade is None]
        whole = [r for r in mine if r.employment is None]
        forms = [r for r in mine if r.employment is not None]
        if len(whole) != 1 or len(forms) < 2:
            continue
        for field in FIELDS:
            found = _sum_of(
                f"staffing.employment.{field}", _label(field, None, unit), whole[0], forms,
                field, ("figure of all forms", "the employment forms"),
            )  # fmt: skip
            if found is not None:
                yield found


def _table_totals(groups: Iterable[Sequence[Staffing]]) -> list[Staffing]:
    """Each group's figures of the whole table (its 계 of all grades, no unit's)."""
    out = []
    for rows in groups:
        subtotals = _sums_grades(rows)
        out += [
            r for r in rows
            if r.is_total and r.grade is None and r.employment is None and id(r) not in subtotals
        ]  # fmt: skip
    return out


def _stated_checks(report: Report, groups: dict[int | None, list[Staffing]]) -> Iterator[Check]:
    """The totals stated in text against the 계 of a table (not a row made of them)."""
    stated = [
        s for s in report.stated_totals
        if s.key.startswith("staffing.") and s.key.removeprefix("staffing.") in FIELDS
    ]  # fmt: skip
    made = {(s.line_start, s.line_end) for s in stated}
    totals = [
        r for r in _table_totals(groups.values())
        if (r.line_start, r.line_end) not in made
    ]  # fmt: skip
    if not totals:
        return
    # (the first table's, of its latest day where it gives two: the day the report is of)
    first = [r for r in totals if _table_of(report, r) == _table_of(report, totals[0])]
    total = max(first, key=lambda r: (r.as_of or date.min, r.unit == TOTAL_UNIT))
    for s in stated:
        field = s.key.removeprefix("staffing.")
        got = getattr(total, field)
        if got is None:
            continue
        yield _check(
            f"staffing.headline.{field}",
            got == s.value,
            s.value,
            got,
            f"{s.raw}: {s.value} stated, the 계 row says {got}",
            _lines(s, total),
        )


def _chart_checks(report: Report, groups: dict[int | None, list[Staffing]]) -> Iterator[Check]:
    """The chart's person counts: a unit's is its units' sum; the top's units add up to
    the table's 계."""
    units = {u.name: u for u in report.organization}
    # (a unit the chart counts is checked, a subtotal of its own units too; not a 계 row)
    chart = {r.unit: r for r in groups.get(None, []) if r.unit in units}
    if not chart:
        return
    tops = [u.name for u in report.organization if not u.parent]
    tabled = _table_totals(rows for t, rows in groups.items() if t is not None)
    # (a head counted apart beside the units, "(동장 1명 별도)": the top's, with its units)
    heads = [r for r in groups.get(None, []) if r.unit not in units and r.unit.endswith("장")]
    for field in FIELDS:
        parents = dict.fromkeys(
            units[name].parent for name in chart if name in units and units[name].parent
        )
        for parent in parents:
            kids = [
                r for name, r in chart.items() if name in units and units[name].parent == parent
            ]
            kids += heads if parent in tops else []
            whole = chart.get(parent or "")
            if whole is None and parent in tops and tabled:
                whole = tabled[0]
            if whole is None:
                continue
            found = _sum_of(
                f"staffing.chart.{field}", f"{parent} {field}", whole, kids, field,
                ("figure over them", "the units under it"),
            )  # fmt: skip
            if found is not None:
                yield found


# --- 과부족 ---------------------------------------------------------------------------------


def _paras(c: TableCellRecord) -> tuple[str, ...]:
    """A cell's paragraphs: its lines' text (a cell of several lines of one number each)."""
    if "\n" in c.raw:
        return tuple(c.raw.split("\n"))
    words = c.raw.split()
    if c.line_end > c.line_start and len(words) == c.line_end - c.line_start + 1:
        return tuple(words)
    return (c.raw,)


def _cells(records: Sequence[TableCellRecord]) -> list[GridCell]:
    return [
        GridCell(
            c.row, c.col, c.row_span, c.col_span, _paras(c),
            tuple(range(c.line_start, c.line_end + 1)),
        )
        for c in records
    ]  # fmt: skip


def _balance_of(figs: Sequence[Figure]) -> Iterator[tuple[Figure, Figure | None, Figure | None]]:
    """Each printed 과부족 with the 정원 and 현원 of the same unit and grade."""

    def where(f: Figure) -> tuple[str | None, bool, str | None, str | None]:
        return (
            clean_unit(f.unit) if f.unit else None,
            f.unit_total,
            clean_grade(f.grade) if f.grade else None,
            f.employment,  # (일반직's 소계 is no 계)
        )

    for b in figs:
        if b.field != "balance" or b.loose:
            continue
        same = [f for f in figs if not f.loose and where(f) == where(b)]
        auth = next((f for f in same if f.field == "authorized"), None)
        cur = next((f for f in same if f.field == "current"), None)
        yield b, auth, cur


def check_balance(report: Report) -> Iterator[Check]:
    """과부족 = 현원 − 정원, and a 과부족 column adds up to its total."""
    by_table: dict[int, list[TableCellRecord]] = {}
    for c in report.table_cells:
        by_table.setdefault(c.table_id, []).append(c)
    staffed = {_table_of(report, r) for r in report.staffing}
    for table_id, records in by_table.items():
        if table_id not in staffed:
            continue
        figs = read_figures(_cells(records))
        balances = [f for f in figs if f.field == "balance"]
        if not balances or len({f.as_of for f in figs if f.as_of}) > 1:
            continue  # (beside two days' figures, "증 감" is the change between them)

        def lines_of(*fs: Figure | None) -> list[str]:
            spans = {
                (c.lines[0], c.lines[-1]) for f in fs if f is not None for c in f.cells if c.lines
            }
            return [str(a) if a == b else f"{a}-{b}" for a, b in sorted(spans)]

        for b, auth, cur in _balance_of(figs):
            if auth is None or cur is None:
                continue
            diff = cur.value - auth.value
            where = " ".join(
                x for x in (b.unit and clean_unit(b.unit), b.grade and clean_grade(b.grade)) if x
            )
            yield _check(
                "staffing.balance",
                diff == b.value,
                diff,
                b.value,
                f"{where or '계'}: 현원 {cur.value} - 정원 {auth.value} is {diff}, "
                f"the 과부족 printed is {b.value}",
                lines_of(b, auth, cur),
            )
        totals = [
            b
            for b in balances
            if not b.loose and b.grade is None and b.employment is None
            and (b.unit_total or b.unit is None)
        ]  # fmt: skip
        # (the whole's before a unit's subtotal printed above it, "문화체육과 소계")
        totals.sort(key=lambda b: not (b.unit is None or is_total(b.unit)))
        forms = _ungraded_forms(balances)
        for total in totals[:1]:
            # (the total's own grades: not every unit's grades beside them, counted twice)
            parts = [
                b for b in balances
                if b is not total
                and (b.grade is not None or b.employment in forms)
                and (b.unit, b.unit_total) == (total.unit, total.unit_total)
            ]  # fmt: skip
            if not parts:
                parts = [b for b in balances if b is not total and not b.unit_total and b.unit]
            if not parts:
                continue
            got = sum(p.value for p in parts)
            yield _check(
                "staffing.balance_sum",
                got == total.value,
                total.value,
                got,
                f"the 과부족 column adds up to {got}, its total says {total.value}",
                lines_of(total, *parts),
            )


CHECKS: tuple[Callable[[Report], Iterator[Check]], ...] = (check_balance,)
