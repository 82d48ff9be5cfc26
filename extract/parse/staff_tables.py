"""Staff (정원/현원) of any work report -> Staffing records and the totals stated in text.

Three sources, in this order:

* the staffing tables of the general section, read by :mod:`extract.parse.staff_grid`
  (units down or across, grades across or down, "a / b" cells, 정원 and 현원 rows,
  a table folded into two halves); one record per unit and grade (grade empty for
  all grades, unit 계 for a table of the whole body);
* the chart's person counts ("5팀(35명)", "기획연수부 (25)") where a note or the
  part's title says which figure they are ("( )는 정원", "조직 및 정원");
* the totals in text ("인 력 : 정원 80명 / 현원 85명", "54/52명(정원/현원)",
  "인 원: 40명(정규직 36명, 계약직 4명) ※ 정원: 정규직 38명, 계약직 6명"): stated
  totals to check the tables against, and a total row where no table gives one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import regex

from extract.cover import cover_government
from extract.document import Line
from extract.layout import Layout, Table
from extract.layout.captions import as_of_in
from extract.layout.markers import read_marker
from extract.parse.base import Context, Parsed, prov
from extract.parse.org_chart import Chart, read_chart
from extract.parse.org_parts import ORG_SECTION_ROLES, Part, find_parts, key, unit_word, unmarked
from extract.parse.org_vocab import (
    AFFILIATED_WORDS,
    APART_POSTS,
    BEYOND_QUOTA_WORDS,
    EMPLOYMENT_WORDS,
    STAFF_CHANGE_WORDS,
    STAFF_LABELS,
    StaffField,
)
from extract.parse.staff_grid import (
    TOTAL_UNIT,
    Figure,
    clean_grade,
    clean_unit,
    employment_of,
    grid_cells,
    is_grade,
    label_key,
    read_figures,
    sums_grades,
    total_names,
)
from extract.parse.staff_notes import table_bracket
from extract.parse.staff_posts import set_apart
from extract.sections import Sections
from schemas import Staffing, StatedTotal

#: a 공단's or a 공사's 직종 beside its 일반직, which is then one of them ("일반직 | 기술직 |
#: 운영직"), no form of employment
CORPORATION_SERIES: frozenset[str] = frozenset({"기술직", "운영직", "사무직"})

#: "54/52명(정원/현원)"
_SLASHED = regex.compile(r"(?P<a>\d[\d,]*)/(?P<b>\d[\d,]*)명?\((?P<la>[^/()]+)/(?P<lb>[^()]+)\)")
_LABELS = "|".join(sorted(STAFF_LABELS, key=len, reverse=True))
_EMPLOY = "|".join(sorted(EMPLOYMENT_WORDS, key=len, reverse=True))
#: the tokens of a text total: a staff label, an employment word, a head count
_TOKENS = regex.compile(
    rf"(?P<label>{_LABELS})|(?P<emp>{_EMPLOY})|(?<![\d.,])(?P<n>\d[\d,]*)명|(?P<word>인력)"
)
#: a figure with no 명 after its label in the bracket after a head count, which is in
#: persons too: "3팀 12명 (정원 12, 현원 11)"
_BARE_IN_BRACKET = regex.compile(
    rf"(?<=\d명[(（][^()（）]*?(?:{_LABELS})[:：]?)\d[\d,]*(?![\d,명])"
)
#: a line that opens with a staff figure ("정원 108명, 현원 109명", "현원: 52명"), not a
#: change of it ("정원 5명 증원(108→113명)")
_CHANGES = "|".join(STAFF_CHANGE_WORDS)
_HEADLINE = regex.compile(
    # (after the part's own label, it may be: "인 력 : 정원 86명 / 현원 82명")
    rf"^(?:\p{{Hangul}}(?:\s*+\p{{Hangul}}){{1,3}}\s*+[:：]\s*+)?"
    rf"(?:{_LABELS})\s*[:：]?\s*\d[\d,]*\s*명(?!\s*(?:{_CHANGES}))"
)
#: lines after a part's title that may carry its totals (a ※ note with the 정원)
TEXT_REACH = 3


@dataclass(frozen=True, slots=True)
class TextFigure:
    """A staff figure stated in text: the figure, the number, the employment form."""

    field: StaffField
    value: int
    employment: str | None
    line: Line
    #: the grade a bracket after the total gives it ("정원 152명(고위공무원 1, 5급 18, …)")
    grade: str | None = None
    #: the unit a line of each unit's figures gives it ("팀별 현원 : 운영지원팀 7명, …")
    unit: str | None = None


def read_staff_text(line: Line) -> list[TextFigure]:
    """The staff figures a line states.

    >>> [(f.field, f.value, f.employment) for f in read_staff_text(
    ...     Line(1, "인 원: 40명(정규직 36명, 계약직 4명) ※ 정원: 정규직 38명", ""))]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('current', 40, None), ('current', 36, '정규직'), ('current', 4, '계약직'),
     ('authorized', 38, '정규직')]
    >>> [(f.field, f.value) for f in read_staff_text(Line(1, "54/52명(정원/현원)", ""))]
    [('authorized', 54), ('current', 52)]
    >>> found = read_staff_text(Line(1, "○ 조직 : 3팀 12명 (정원 12, 현원 11)", ""))
    >>> [(f.field, f.value) for f in found]
    [('authorized', 12), ('current', 11)]
    >>> read_staff_text(Line(1, "※ 정원 외 : 정책지원관 24명(임기제)", ""))
    []
    >>> read_staff_text(Line(1, "※ 6급 현원 초과 1명은 7급 결원에 따른 보임", ""))
    []
    >>> [read_staff_text(Line(1, t, "")) for t in ("※ 현원에는 휴직자 4명 포함",
    ...     "※ 연구직 정원 4명 증원 협의 중", "※ 현원 부족인원 7명은 상반기 충원")]
    [[], [], []]
    """
    text = _BARE_IN_BRACKET.sub(r"\g<0>명", "".join(unmarked(line.text).split()))
    beyond = min((i for w in BEYOND_QUOTA_WORDS if (i := text.find(w)) >= 0), default=-1)
    if beyond >= 0:
        text = text[:beyond]  # ("※ 정원 외 : 정책지원관 24명(임기제)": not the 정원)
    m = _SLASHED.search(text)
    if m:
        out = []
        for value, label in ((m["a"], m["la"]), (m["b"], m["lb"])):
            f = STAFF_LABELS.get(key(label))
            if f in ("authorized", "current"):
                out.append(TextFigure(f, int(value.replace(",", "")), None, line))
        return out
    out = []
    field: StaffField | None = None
    emp: str | None = None
    end = 0
    marker = read_marker(line.text.strip())
    note = marker is not None and marker[0].is_note
    for tok in _TOKENS.finditer(text):
        # (a change between the label and its figure, "※ 6급 현원 초과 1명은 …": the
        # figure is of the change, not the 현원)
        between = text[end : tok.start()]
        if any(w in between for w in STAFF_CHANGE_WORDS):
            field = None
        # (in a note, a figure is the label's only right after it: "※ 현원에는 휴직자 4명
        # 포함" counts those on leave, "※ 연구직 정원 4명 증원" a change)
        if note and tok["n"] and field is not None and (
            _NOTE_GAP.sub("", between) or text[tok.end() :].startswith(_NOT_TOTAL_AFTER)
        ):
            field = None
        end = tok.end()
        if tok["label"] and text[: tok.start()].endswith(STAFF_CHANGE_WORDS):
            field = None  # ("부족인원 7명": the shortfall, no 인원's figure)
            continue
        if tok["label"]:
            f = STAFF_LABELS[tok["label"]]
            field = f if f != "balance" else None
            emp = None
        elif tok["word"]:
            field = None
        elif tok["emp"]:
            emp = tok["emp"]
        elif tok["n"] and field is not None:
            out.append(TextFigure(field, int(tok["n"].replace(",", "")), emp, line))
            emp = None
    return out + _bracket_grades(line, out)


#: a line of each unit's staff: "- 팀별 현원 : 운영지원팀 7명, 공원관리팀 9명 (소장 1명 별도)"
_BY_UNIT = regex.compile(
    rf"^\p{{Hangul}}{{1,3}}별\s*+(?P<label>{_LABELS})\s*+[:：]\s*+(?P<rest>.+)$"
)
#: ... the head it counts apart in a bracket ("(소장 1명 별도)"; not "(기간제 2명 별도)")
_APART = regex.compile(
    r"[(（]\s*+(?P<name>\p{Hangul}{0,7}?장)\s*+(?P<n>\d[\d,]*+)\s*+명\s*+별도\s*+[)）]"
)
#: ... and one unit's figure in it
_UNIT_COUNT = regex.compile(r"^(?P<name>\S+?)\s*+(?P<n>\d[\d,]*+)\s*+명$")


def unit_counts(line: Line) -> list[TextFigure]:
    """Each unit's figure a line lists after its label ("팀별 현원 : 운영지원팀 7명, 공원관리팀
    9명 (소장 1명 별도)": its brackets aside); [] for another line.

    >>> [(f.unit, f.field, f.value) for f in unit_counts(Line(1, "- 팀별 현원 : 행정팀 7명, "
    ...     "복지팀 9명 (소장 1명 별도)", ""))]
    [('행정팀', 'current', 7), ('복지팀', 'current', 9), ('소장', 'current', 1)]
    """
    m = _BY_UNIT.match(unmarked(line.text).strip())
    field = STAFF_LABELS.get(key(m["label"])) if m else None
    if m is None or field not in ("authorized", "current"):
        return []
    assert field is not None
    out = []
    for part in regex.split(r"[,，]", regex.sub(r"[(（][^()（）]*+[)）]", "", m["rest"])):
        c = _UNIT_COUNT.match(part.strip())
        if c is None or unit_word(c["name"]) is None:
            return []
        out.append(TextFigure(field, int(c["n"].replace(",", "")), None, line, unit=c["name"]))
    # (those counted apart, "(소장 1명 별도)": a row of their own, as a table's "소 장" row)
    for c in _APART.finditer(m["rest"]):
        out.append(TextFigure(field, int(c["n"].replace(",", "")), None, line, unit=c["name"]))
    return out


#: what may stand between a label and its figure in a note ("※ 정원 : 152명", "정원은 총 150명")
_NOTE_GAP = regex.compile(r"[:：]|^(?:은|는|이|가)|총|약")
#: words right after a note's figure that make it a part or a change, not the total
_NOT_TOTAL_AFTER: tuple[str, ...] = (*STAFF_CHANGE_WORDS, "포함", "제외", "별도")

#: a total and the bracket after it: "정원 152명(고위공무원 1, 3·4급 5, …)"
_TOTAL_BRACKET = regex.compile(r"(?P<n>\d[\d,]*+)\s*+명\s*+[(（](?P<inner>[^()（）]++)[)）]")
#: a grade and its count in such a bracket ("3·4급 5", "6급 이하 98", "연구직 30명")
_GRADE_COUNT = regex.compile(
    r"^(?P<grade>\S++(?:\s++(?!\d[\d,]*+\s*+명?$)\S++)*+)\s++(?P<n>\d[\d,]*+)\s*+명?$"
)


def _bracket_grades(line: Line, figures: Sequence[TextFigure]) -> list[TextFigure]:
    """The grades a bracket after a total counts, where it counts by grade alone and its
    counts add up to the total: "정원 152명(고위공무원 1, 3·4급 5, 5급 18, 6급 이하 98,
    연구직 30)" -> 고위공무원 1, …, of the 정원."""
    out: list[TextFigure] = []
    for m in _TOTAL_BRACKET.finditer(line.text):
        total = int(m["n"].replace(",", ""))
        whole = next((f for f in figures if f.value == total and f.employment is None), None)
        parts = [_GRADE_COUNT.match(p.strip()) for p in regex.split(r"[,，]", m["inner"])]
        if whole is None or len(parts) < 2 or any(
            g is None or not is_grade(g["grade"]) for g in parts
        ):
            continue
        counts = [(g["grade"].strip(), int(g["n"].replace(",", ""))) for g in parts if g]
        if sum(n for _, n in counts) == total:
            out += [TextFigure(whole.field, n, None, line, grade) for grade, n in counts]
    return out


def caption_field(caption: str | None) -> StaffField | None:
    """The one figure a table's caption says its numbers are ("(단위 : 명, ’26. 1. 1. 기준
    정원)" -> authorized), or None."""
    key_ = "".join((caption or "").split())
    found = {f for w, f in STAFF_LABELS.items() if w in key_ and f != "balance"}
    return found.pop() if len(found) == 1 else None


def _is_affiliated(table: Table) -> bool:
    return any(w in key(c.text) for c in table.cells if c.is_header for w in AFFILIATED_WORDS)


@dataclass(slots=True)
class StaffRow:
    unit: str
    is_total: bool
    grade: str | None
    values: dict[str, int]
    lines: list[Line]
    raw: list[str]
    as_of: date | None
    employment: str | None = None
    cells: set[int] = field(default_factory=set)
    # a unit's figure of all grades beside its grades' rows: their sum, a total too
    sums_grades: bool = False


def rows_of(
    figures: Sequence[Figure], lines: Mapping[int, Line], as_of: date | None
) -> list[StaffRow]:
    """The records of one table's figures.  A table with no unit in it (grades, forms or
    series only) is the whole body's, its unit 계: its figure of all grades the total,
    each grade's no total but a part of it (as the rows of a table by unit are)."""
    rows: dict[tuple[str, str | None, str | None, date | None], StaffRow] = {}
    unitless = all(f.unit is None for f in figures)
    kept = [f for f in figures if not (f.loose or f.field == "balance")]
    # (the total named 계 however printed, "합 계", "총 계"; not where figures of no unit
    # are the 계 already)
    totals = {} if any(f.unit is None for f in kept) else total_names([f.unit or "" for f in kept])
    for fig in kept:
        unit = clean_unit(fig.unit) if fig.unit else "계"
        unit = totals.get(unit, unit)
        grade = clean_grade(fig.grade) if fig.grade else None
        total = fig.unit_total or (
            fig.unit is None and not (unitless and (grade or fig.employment))
        )
        row = rows.setdefault(
            (unit, grade, fig.employment, fig.as_of),
            StaffRow(unit, total, grade, {}, [], [], fig.as_of or as_of, fig.employment),
        )
        if fig.field in row.values:
            continue
        row.values[fig.field] = fig.value
        for c in fig.cells:
            if id(c) in row.cells:
                continue
            row.cells.add(id(c))
            row.lines.extend(
                lines[no] for no in c.lines if no in lines and lines[no] not in row.lines
            )
            row.raw.append(c.text)
    summing = sums_grades(list(rows.values()))
    for r in rows.values():
        r.sums_grades = id(r) in summing
    return list(rows.values())


def parse_staff_structure(lay: Layout, sections: Sections, ctx: Context, parsed: Parsed) -> Parsed:
    """Staffing records of any report (where the template parser found none); where it
    did, only the totals stated in a form it does not read ("정원 40명 / 현원 41명")."""
    out = Parsed()
    parts = find_parts(lay, sections)
    # (a part about the whole government, "1. 군정 현황", before the top's own: its tables
    # the government's, by the name its cover gives it, none of the top's)
    gov_parts = [p for p in parts if p.government]
    parts = [p for p in parts if not p.government]
    # (every part about staff: a count line titled 인력 under the organisation's part may
    # come before the part that holds the table)
    staff = [p for p in parts if p.role == "staffing"]
    # (the first organisation part, and an appendix's, "붙임 1. 조직 및 인력 현황", where the
    # first holds only its counts: find_parts gives one only then)
    orgs = [p for p in parts if p.role == "organization"]
    appendix = {
        ln.no for s in sections.appendix_parts(ORG_SECTION_ROLES) for ln in (*s.heading, *s.lines)
    }  # fmt: skip
    org = orgs[:1] + [p for p in orgs[1:] if p.title.no in appendix]
    if not staff and not org:
        return out
    if parsed.tables.get("staffing"):
        stated = [
            s for s in parsed.tables.get("stated_totals", [])
            if isinstance(s, StatedTotal) and s.key.startswith("staffing.")
        ]  # fmt: skip
        if not stated:
            _add_stated(out, _text_figures(staff, org, None))
        return out
    rows = _table_rows((*staff, *org), ctx)
    chart = read_chart(lay, sections, ctx)
    rows.extend(_chart_rows(chart, rows))
    texts = _text_figures(staff, org, chart)
    _add_stated(out, texts)
    if texts:
        # (the total where no table or chart gives one; the grades a bracket after it
        # counts where none gives them)
        has_total = any(r.is_total and r.grade is None for r in rows)
        has_grades = any(r.grade for r in rows)
        has_units = any(r.unit != "계" for r in rows)
        # (of the day its line states, else its part's title: "□ 인 력 (’26. 1. 1. 기준)")
        titled = (as_of_in(p.title.text, ctx.year) for p in staff)
        day = as_of_in(texts[0].line.text, ctx.year) or next((d for d in titled if d), None)
        from_text = _text_rows(texts, day)
        rows.extend(
            r for r in from_text
            if not (has_units if r.unit != "계" else has_grades if r.grade else has_total)
        )
        _fill_total(rows, from_text)
    rows.extend(government_rows(gov_parts, cover_government(sections.front), ctx))
    # (a 공단's 직종 set side by side, "일반직 | 기술직 | 운영직": 일반직 one of them, no
    # form of employment; not beside a civil service's forms, 별정직, 계약직, 교원)
    grades = [label_key(r.grade) for r in rows if r.grade]
    series = any(g in CORPORATION_SERIES for g in grades) and not any(
        employment_of(g) not in (None, "일반직", "무기계약", "무기계약직") for g in grades
    )
    for seq, r in enumerate((r for r in rows if r.lines), start=1):
        form = r.employment or employment_of(r.grade or "")
        if series and form == "일반직" and label_key(r.grade or "") == "일반직":
            form = None
        out.add(
            "staffing",
            Staffing(
                seq=seq,
                unit=r.unit,
                is_total=r.is_total or r.sums_grades,
                as_of=r.as_of,
                authorized=r.values.get("authorized"),
                current=r.values.get("current"),
                raw=" | ".join(r.raw),
                grade=r.grade,
                employment=form,
                **prov(r.lines),
            ),
        )
        out.use(r.lines)
    return out


def _table_rows(parts: Sequence[Part], ctx: Context) -> list[StaffRow]:
    """The rows of the staff tables of these parts."""
    by_no = {ln.no: ln for p in parts for ln in p.lines}
    rows: list[StaffRow] = []
    for part in parts:
        part_date = as_of_in(part.title.text, ctx.year)
        for table in part.tables:
            if _is_affiliated(table):
                continue
            figures = read_figures(
                grid_cells(table, by_no), caption_field(table.caption),
                table_bracket(table, part.lines),
            )  # fmt: skip
            if not any(f.field in ("authorized", "current") for f in figures):
                continue
            as_of = (
                table.as_of or as_of_in(table.caption or "", ctx.year) or part_date
                or _dated_above(part, table, ctx.year)
            )  # fmt: skip
            # (a second table of the part, by grade under one by division, is of the
            # same day as the first where it says none)
            part_date = part_date or as_of
            rows.extend(set_apart(rows_of(figures, by_no, as_of)))
    return rows


def government_rows(parts: Sequence[Part], name: str | None, ctx: Context) -> list[StaffRow]:
    """The rows of the staff tables of the parts about the whole government ("1. 군정 현황"
    / "□ 공무원 현황" in a 실's report), or of the line that states its totals where no
    table does, its total named as its cover names it ("한솔군");
    none where the cover names no government."""
    if not name:
        return []
    rows = _table_rows(parts, ctx)
    if not any(r.is_total and r.grade is None for r in rows):
        # (or the line that states its totals, "○ 공 무 원 : 정원 712명 / 현원 698명", where
        # no table gives them: the whole government's, its units' figures none of them)
        staff = [p for p in parts if p.role == "staffing"]
        org = [p for p in parts if p.role == "organization"][:1]
        # (anywhere in its organisation part: after its count line and its units' lists)
        reach = max((len(p.content) for p in org), default=TEXT_REACH)
        texts = [t for t in _text_figures(staff, org, None, reach) if t.unit is None]
        day = as_of_in(texts[0].line.text, ctx.year) if texts else None
        rows.extend(_text_rows(texts, day))
    for r in rows:
        if r.unit == TOTAL_UNIT:
            r.unit = name
    return rows


def _dated_above(part: Part, table: Table, year: int | None) -> date | None:
    """The day the nearest line of the part above the table states ("○ 정원 37명 / 현원
    35명 (’26. 1. 1. 기준)" over a table whose caption gives only its unit)."""
    above = [ln for ln in part.lines if table.lines and ln.no < table.lines[0]]
    return next((d for ln in reversed(above) if (d := as_of_in(ln.text, year))), None)


def _add_stated(out: Parsed, texts: Sequence[TextFigure]) -> None:
    """The totals stated in text (the first of each figure, not by employment form)."""
    stated: set[str] = set()
    for t in texts:
        if t.employment is None and t.grade is None and t.unit is None and t.field not in stated:
            stated.add(t.field)
            out.add(
                "stated_totals",
                StatedTotal(
                    key=f"staffing.{t.field}",
                    value=t.value,
                    unit="명",
                    raw=t.line.text.strip(),
                    **prov([t.line]),
                ),
            )


def _chart_rows(chart: Chart | None, rows: Sequence[StaffRow]) -> list[StaffRow]:
    """The chart's person counts as rows, where the chart says which figure they are, or
    where they add up to one of the staff table's totals and not the other."""
    if chart is None:
        return []
    counted = [u for u in chart.units if u.persons is not None and u is not chart.top]
    # (a unit's count holds those of its counted units: the outermost add up once)
    outer = sum(u.persons or 0 for u in counted if u.parent not in counted)
    staff_field = chart.staff_field or _field_by_sum(outer, rows)
    if staff_field is None:
        return []
    have = {r.unit for r in rows if r.grade is None and staff_field in r.values}
    # counts read by the table's sum are of the table's day
    summed = chart.staff_field is None
    when = next((r.as_of for r in rows if r.is_total and r.grade is None), None) if summed else None
    out = []
    for u in counted:
        if u.name in have:
            continue
        raw = [ln.text.strip() for ln in u.lines]
        # a 부 whose 과 are counted too, adding up to it: a subtotal (nikl 기획연수부 (25))
        parts = [c.persons or 0 for c in counted if c.parent is u]
        total = len(parts) > 1 and sum(parts) == u.persons
        out.append(StaffRow(u.name, total, None, {staff_field: u.persons or 0}, u.lines, raw, when))
    # (a head the chart's note counts apart, "※ ( )는 팀 수 및 정원(국장 1명 별도)": a row of
    # the head's, as a line of each team's gives one)
    notes = [ln for ln in chart.part.lines if ln.text.lstrip().startswith(("※", "*"))] if (
        chart.part is not None and out
    ) else []  # fmt: skip
    for ln in notes:
        for m in _APART.finditer(ln.text):
            if m["name"] not in have:
                n = int(m["n"].replace(",", ""))
                out.append(StaffRow(m["name"], False, None, {staff_field: n}, [ln],
                                    [ln.text.strip()], when))  # fmt: skip
    return out


def _field_by_sum(persons: int, rows: Sequence[StaffRow]) -> StaffField | None:
    """The figure (정원 or 현원) whose total in the staff table the chart's counts add up to
    (환경물정책실: 30 + 15 + 30 + 33 + 17 + 29 = 154 = 현원, not 정원 145); none where they add
    up to both (the counts could be either) or neither."""
    total = next((r for r in rows if r.is_total and r.grade is None and r.employment is None),
                 None)  # fmt: skip
    if total is None or not persons:
        return None
    fits = [f for f in ("authorized", "current") if total.values.get(f) == persons]
    return fits[0] if len(fits) == 1 else None  # type: ignore[return-value]


def _text_figures(
    staff: Sequence[Part], org: Sequence[Part], chart: Chart | None, reach: int = TEXT_REACH
) -> list[TextFigure]:
    """The staff figures stated in the staff part's title (and the notes under it), in
    the organisation part's title, and beside the count line where the part says which
    (in the organisation part's first ``reach`` lines)."""
    found: list[TextFigure] = []
    for part in staff:
        tables = {no for t in part.tables for no in t.lines}
        rest = [ln for ln in part.content if ln.no not in tables]
        head = rest[:TEXT_REACH]
        for i, ln in enumerate(head):
            marker = read_marker(ln.text.strip())
            # (the title, a note, or a headline that opens with a figure: "□ 정원 108명,
            # 현원 109명", not "□ 정원 대비 현원 3명 부족")
            headline = marker is not None and _HEADLINE.match(marker[1]) is not None
            # (not a kind of staff counted apart: "○ 청원경찰 : 정원 4명 / 현원 3명")
            headline = headline and marker is not None and not _of_other_staff(
                "".join(marker[1].split())
            )
            if ln is part.title or (marker is not None and (marker[0].is_note or headline)):
                found.extend(read_staff_text(ln))
            # (a list of units' figures, wrapped onto the lines below after a comma)
            found.extend(unit_counts(_with_wraps(ln, rest[i + 1 :])))
    for part in org:
        found.extend(read_staff_text(part.title))
        # (and a headline of its staff under it: "1. 기구 및 정원" / "○ 정 원 : 128명 (…)")
        for ln in part.content[:reach]:
            marker = read_marker(ln.text.strip())
            said = "".join(marker[1].split()) if marker is not None else ""
            if (
                ln is not part.title and marker is not None and _HEADLINE.match(said)
                and not _of_other_staff(said)
            ):  # fmt: skip
                found.extend(read_staff_text(ln))
    if chart is not None and chart.count_line is not None and chart.staff_field is not None:
        persons = chart.count_line.persons
        if persons is not None and chart.count_lines:
            found.append(TextFigure(chart.staff_field, persons, None, chart.count_lines[0]))
    out: list[TextFigure] = []
    seen: set[tuple[str, str | None, str | None, str | None]] = set()
    for f in found:
        if (f.field, f.employment, f.grade, f.unit) not in seen:
            seen.add((f.field, f.employment, f.grade, f.unit))
            out.append(f)
    return out


def _with_wraps(line: Line, after: Sequence[Line]) -> Line:
    """``line`` with the line after it that carries on its list (it ends with a comma; the
    next has no mark of its own)."""
    if not line.text.rstrip().endswith((",", "，")) or not after:
        return line
    if read_marker(after[0].text.strip()) is not None:
        return line
    return line._replace(text=f"{line.text.rstrip()} {after[0].text.strip()}")


def _fill_total(rows: Sequence[StaffRow], stated: Sequence[StaffRow]) -> None:
    """The table's total row given the figure it lacks where the text states it beside one
    the table gives alike ("○ 인 력 : 정원 23명, 현원 22명" over a table of 인원 alone, 22):
    the text's 정원 the total's."""
    text = next((r for r in stated if r.unit == "계" and r.grade is None), None)
    total = next((r for r in rows if r.is_total and r.grade is None and r is not text), None)
    if text is None or total is None or not total.values:
        return
    shared = text.values.keys() & total.values.keys()
    if shared and all(text.values[k] == total.values[k] for k in shared):
        for k, v in text.values.items():
            total.values.setdefault(k, v)


def _of_other_staff(said: str) -> bool:
    """Whether a headline's label (before its colon, spaces aside) names a kind of staff
    besides the officials the part counts ("청원경찰 : 정원 20명 / 현원 18명", "공무직 :
    …"): no total of the part's (its "공무원 : 정원 712명" below is)."""
    label, colon, _ = said.replace("：", ":").partition(":")
    return bool(colon) and any(w in label for w in (*EMPLOYMENT_WORDS, *APART_POSTS))


def _text_rows(texts: Sequence[TextFigure], as_of: date | None) -> list[StaffRow]:
    """A total row (and one per employment form, grade or unit) from the figures stated
    in text."""
    rows: dict[tuple[str | None, str | None, str | None], StaffRow] = {}
    for t in texts:
        grade = clean_grade(t.grade) if t.grade else None
        row = rows.setdefault(
            (t.employment, grade, t.unit),
            StaffRow(t.unit or "계", grade is None and t.unit is None, grade, {}, [], [], as_of,
                 t.employment),
        )  # fmt: skip
        row.values.setdefault(t.field, t.value)
        if t.line not in row.lines:
            row.lines.append(t.line)
            row.raw.append(t.line.text.strip())
    return list(rows.values())


#: fewest units a table of the general part must count by 정원 and 현원, each a unit the
#: organisation names, to be read as their staff outside a part titled as staff
MIN_UNIT_ROWS = 2


def unit_tables_staff(
    lay: Layout, sections: Sections, known: Sequence[Staffing], units: Sequence[str],
    used: set[int], year: int | None,
) -> list[Staffing]:
    """The staff of the organisation's units a table of the general part gives under a
    title of no staff part ("3. 동 행정복지센터 현황" over "동 명 | 정 원 | 현 원 | 인 구 |
    세 대", each 동 a unit of the chart): each unit's row the report's tables have not given,
    and the table's 계, numbered on from ``known``."""
    general = sections.get("general")
    if general is None or not units:
        return []
    span = general.span
    names = {key(u) for u in units}
    taken = {key(s.unit) for s in known}
    by_no = sections.lines_by_no()
    out: list[Staffing] = []
    for table in lay.tables:
        if (
            not table.lines or not span.first <= table.lines[0] <= span.last
            or used & set(table.lines) or _is_affiliated(table)
        ):  # fmt: skip
            continue
        figures = read_figures(grid_cells(table, by_no), caption_field(table.caption))
        found = [r for r in rows_of(figures, by_no, table.as_of) if r.lines]
        rows = [r for r in found if not r.is_total]
        both = [r for r in rows if {"authorized", "current"} <= r.values.keys()]
        if len(both) < MIN_UNIT_ROWS or len(both) < len(rows) or any(
            key(r.unit) not in names or r.grade for r in both
        ):
            continue  # (not each row a unit of the chart: 시설 정원 is no staff)
        # (its 계 too, the units' whole its rows add up to: the table's sums are checked so)
        for r in [*(t for t in found if t.is_total and not t.grade), *both]:
            if key(r.unit) in taken and not r.is_total:
                continue
            out.append(Staffing(
                seq=len(known) + len(out) + 1, unit=r.unit, is_total=r.is_total,
                as_of=r.as_of or as_of_in(table.caption or "", year),
                authorized=r.values.get("authorized"), current=r.values.get("current"),
                raw=" | ".join(r.raw), grade=None, employment=None, **prov(r.lines),
            ))  # fmt: skip
    return out
