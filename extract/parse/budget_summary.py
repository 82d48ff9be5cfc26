"""예산현황 -> BudgetSummary records.

The template table: "(단위: 백만원)", a header "구 분 ’20년 예산 ’21년 예산
증감 증감률", then one row per unit (계 first) with last year's budget, this
year's, the change (△ for a decrease) and the rate.  The years come from the
header (in either order: "2025년 2024년 증감 증감률" puts this year first),
the unit from the unit line; nothing is assumed.

Only a header of that form is read: two years, a 증감 and a 증감률 column.  A
report whose budget part is written another way (세입/세출 by division, funds,
several years of 당초/최종 예산) is read from its tables by
:mod:`extract.parse.budget_lines`, never as this template.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from itertools import pairwise

import regex

from extract.document import Line
from extract.layout.markers import read_marker
from extract.normalize import parse_money, parse_unit
from extract.normalize.money import change_rate
from extract.normalize.vocab import NIL_CELLS, QUOTE_CLASS, UNITS
from extract.parse.base import Context, Parsed, prov
from extract.parse.budget_prose import note_side, side_of
from extract.parse.budget_scope import other_body, plain_note
from extract.parse.budget_shares import is_share_header
from extract.parse.budget_vocab import BARE_HEADER_YEAR, SIDE_WORDS, SUBTOTAL_WORDS
from extract.parse.budget_words import (
    bare,
    budget_basis,
    is_account_name,
    is_pure_total,
    side_total,
)
from extract.parse.table import numeric_rows, split_header, warn_unnamed, without_remarks
from extract.parse.text import Token, split_marker, squash
from extract.parse.vocab import BULLETS, TOTAL_LABELS
from extract.sections import Section, without_page_footnotes
from schemas import BudgetSummary

_YEAR = regex.compile(
    r"(?:(?P<q>" + QUOTE_CLASS + r")(?P<yy>\d{2})|(?P<yyyy>(?:19|20)\d{2})|" + BARE_HEADER_YEAR
    + r")\s*년"
)

#: column order of the template table
COLUMNS = ("prev", "this", "change", "pct")
#: header words of the rate column
RATE_WORDS = ("증감률", "증감율", "%")


def header_years(text: str) -> list[int]:
    """The years named in a header, in order: "’23년 예산 ’24년 예산" -> [2023, 2024]; "24년
    예산 25년 예산" -> [2024, 2025]."""
    years = []
    for m in _YEAR.finditer(text):
        years.append(int(m["yyyy"]) if m["yyyy"] else 2000 + int(m["yy"] or m["bare"]))
    return years


def header_basis(text: str, year: int) -> str | None:
    """The footing a header states ``year``'s column on, in the words after that year up to
    the next ("’25년 당초예산 ’26년 당초예산": 본예산); None where they name none."""
    found = list(_YEAR.finditer(text))
    for m, nxt in zip(found, [*found[1:], None], strict=True):
        if header_years(m[0]) == [year]:
            return budget_basis(text[m.end() : nxt.start() if nxt is not None else len(text)])
    return None


def is_template_header(text: str) -> bool:
    """구 분 | two years | 증감 | 증감률: the template's header (any order of the years)."""
    key = squash(text)
    years = header_years(text)
    rate = any(w in key for w in RATE_WORDS)
    # (a share of the total beside them, "증 감 | 증감률 | 구성비(%)", is a column more than
    # the template's: the structure parser reads the grid, the share no rate of the change)
    return (
        len(years) == 2 and len(set(years)) == 2 and "증감" in key and rate
        and not is_share_header(text)
    )


def _table_end(lines: list[Line]) -> list[Line]:
    """The rows up to the next table's unit line or header (the part may hold more
    tables), a note under the table ("※ … 붙임 1 참조": no row, whatever its figures) or a
    bullet of prose, or
    the numbered heading or the title of the next ("나. 세출예산", "<세 출>")."""
    for i, ln in enumerate(lines):
        mark = split_marker(ln.text)[0]
        # (a note, or a bullet of the prose: "❍ 세출예산 : 3,687.9억원 (…)" over the next table)
        note = mark is not None and (BULLETS.get(mark) in (0, 1) or mark in "□■")
        # (or the title of the next table, a bullet with no figure: "• 지출예산"; not a
        # row's nil cells, "- -", set on a line of their own)
        nils = all(w in NIL_CELLS for w in ln.text.split())
        note = note or (mark is not None and not nils and not any(c.isdigit() for c in ln.text))
        read = read_marker(ln.text)
        heading = read is not None and read[0].ordinal is not None
        titled = _TITLE.match(ln.text) is not None
        if note or heading or titled or parse_unit(ln.text) or split_header([ln])[0] is not None:
            return lines[:i]
    return lines


#: a table's title in angle brackets, over it ("<세 출>", "‹부서별›")
_TITLE = regex.compile(r"^\s*[<〈《＜‹][^<>〈〉《》＜＞‹›]{1,20}[>〉》＞›]\s*$")


def find_unit(lines: list[Line]) -> tuple[str | None, Line | None]:
    """The first unit declaration "(단위: 백만원)" among ``lines``."""
    for ln in lines:
        unit = parse_unit(ln.text)
        if unit:
            return unit, ln
    return None, None


#: a unit in a bracket of a header's column ("2026년 예산(백만원)")
_BRACKET_UNIT = regex.compile(r"[(（]\s*+([^()（）]{1,6}?)\s*+[)）]")


def header_money(header: str) -> str | None:
    """The one money unit a header's columns declare in their brackets, where no unit line
    does.

    >>> header_money("구 분 2026년 예산(백만원) 2025년 예산(백만원) 증감(백만원) 증감률(%)")
    '백만원'
    >>> header_money("구 분 예산(천원) 결산(백만원)") is None
    True
    """
    found = {m[1] for m in _BRACKET_UNIT.finditer(header) if m[1] in UNITS}
    return found.pop() if len(found) == 1 else None


def money(tok: Token | None, unit: str) -> int | None:
    return parse_money(tok.text, unit=unit) if tok is not None else None


def parse_budget_summary(section: Section, ctx: Context) -> Parsed:
    """예산현황 in the template's form: each table of two years, their change and rate
    (one of 세입 and one of 세출 under their headings, each its side)."""
    out = Parsed()
    lines = without_page_footnotes(section).content  # (no rows between a table's parts)
    unit, unit_line = find_unit([*section.heading, *lines])
    body = [ln for ln in lines if ln is not unit_line]
    # (a text export sets a group's rows deeper than the group's: "의정 디지털 전환" over
    # "  스마트 의정 플랫폼 구축", its only row)
    indents = {ln.no: len(ln.text) - len(ln.text.lstrip()) for ln in lines}
    records: list[BudgetSummary] = []
    last: tuple[str, str | None] | None = None  # (the last table's header, its side)
    group: list[BudgetSummary] = []  # (the last table's records)
    while True:
        header, before, rest = split_header(body)
        if header is None:
            break
        header, rest = without_remarks(header, rest, len(COLUMNS))
        if not is_template_header(header.text):
            break  # (not the template's table: the structure parser reads the tables)
        table = _table_end(rest)
        if _wider(table, unit or header_money(header.text)):
            break  # ("2026년 예산" over "계 | 국 비 | 도 비": the structure parser's)
        # (or the part's title, "2. 세출예산 현황 (일반회계)", over the first table)
        told = [*before] if records else [*section.heading, *before]
        side = next((sd for ln in reversed(told) if (sd := side_of(ln.text))), None)
        if side is None and unit_line is not None and not records:
            side = side_of(unit_line.text)  # ("(단위 : 천원, 일반회계 세출)" over the table)
        goes_on = last is not None and last[0] == squash(header.text) and not before
        if side is None and goes_on and last is not None:
            side = last[1]  # (its header again on the next page: the same table goes on)
        if side is None:  # (a note right under it: "※ 일반회계 세출 기준")
            side = note_side(plain_note(rest[len(table)] if len(rest) > len(table) else None))
        last = (squash(header.text), side)
        unit = unit or header_money(header.text)
        titles = [*before] if records or goes_on else [*section.heading, *before]
        whose = next((b for ln in reversed(titles) if (b := other_body(ln.text)) is not None), "")
        if whose:  # (another body's budget, "가. 2026년 군 예산 총괄": the structure parser's)
            body = rest[len(table) :]
            continue
        read = _read_table(header, table, unit, side, len(records), out)
        if goes_on and group:
            # (its subtotals are told over both pages: a group's last rows on the next)
            records = records[: -len(group)]
            read = group + read
        group = _with_subtotals(_merged_sides(read), unit, indents)
        records += group
        body = rest[len(table) :]
    if not records:
        return out
    out.use(section.heading)
    if unit_line is not None:
        out.use([unit_line])
    if unit is None:
        out.warn(
            "budget_summary.no_unit",
            "no unit line (단위: ...) for the budget table; amounts left empty",
            section.heading,
        )
    for r in records:
        out.add("budget_summary", r)
    year = records[0].year
    if year and not ctx.year:
        ctx.year = year
    return out


def _wider(table: list[Line], unit: str | None) -> bool:
    """Whether the first row of figures holds more than the template's columns: a table
    whose header's second line splits a year's column ("계 국 비 도 비")."""
    first = next((r for r in numeric_rows(table, unit=unit) if r.values), None)
    return first is not None and len(first.values) > len(COLUMNS)


def _ends_subtotal(label: str) -> bool:
    """A subtotal's row: "소계", "특별회계 소 계", "기금소계"."""
    return bare(label).endswith(tuple(SUBTOTAL_WORDS))


#: a header that sets the change's rate in brackets after it: "증감(증감률)", "증 감 (%)"
_RATE_IN_BRACKETS = regex.compile(r"증\s*+감\s*+[(（]\s*+(?:증\s*+감\s*+[률율]|%|비\s*+율)")


def _read_table(
    header: Line, table: list[Line], unit: str | None, side: str | None, seq: int, out: Parsed
) -> list[BudgetSummary]:
    """The rows of one table under ``header`` (numbered on from ``seq``); their subtotals
    are told by their figures after (:func:`_with_subtotals`)."""
    out.use([header])
    first, second = header_years(header.text)
    swap = first > second  # "2025년 2024년 증감 증감률": this year first
    prev_year, year = min(first, second), max(first, second)
    basis = header_basis(header.text, year)
    records: list[BudgetSummary] = []
    rate_at = COLUMNS.index("pct")
    row_side = side
    rows = numeric_rows(
        table, ncols=len(COLUMNS), unit=unit, rate_at=rate_at,
        signed_from=COLUMNS.index("change"),
        # ("증감(증감률)" over "1,000 (10.0)": the rate in brackets, no fall)
        bracketed_rates=_RATE_IN_BRACKETS.search(header.text) is not None,
    )  # fmt: skip
    for row in rows:
        if not row.values:
            continue
        if not row.label:
            warn_unnamed(out, "budget_summary", row)
        seq += 1
        vals = dict(zip(COLUMNS, row.values, strict=False))
        if swap:
            vals["prev"], vals["this"] = vals.get("this"), vals.get("prev")  # type: ignore[assignment]
        if len(row.values) != len(COLUMNS):
            out.warn(
                "budget_summary.columns",
                f"{row.label}: {len(row.values)} numbers for {len(COLUMNS)} columns",
                row.lines,
            )
        pct, change = vals.get("pct"), vals.get("change")
        # (a row set as a list's item, "· 국고보조금", is named without its mark)
        mark, unmarked = split_marker(row.label)
        label = unmarked if mark else row.label
        opened = side_total(label)
        if opened is not None:  # (its rows are of that side, up to the next side's total)
            row_side, label = opened
        records.append(
            BudgetSummary(
                seq=seq,
                # (the total named 계 whatever it prints, "합 계", "총 계", as the budget
                # lines name it: a side's first; a second, "합 계" under "총 계", as printed)
                unit="계" if is_pure_total(label) and not any(
                    r.unit == "계" and r.side == row_side for r in records
                ) else label,
                is_total=row.key in TOTAL_LABELS or _ends_subtotal(label) or opened is not None,
                side=row_side,
                currency_unit=unit or "",
                prev_year=prev_year,
                prev_budget_krw=money(vals.get("prev"), unit) if unit else None,
                year=year,
                budget_krw=money(vals.get("this"), unit) if unit else None,
                change_krw=money(vals.get("change"), unit) if unit else None,
                change_pct=change_rate(pct.text, change.text if change else None) if pct else None,
                raw=row.raw,
                budget_basis=basis,
                **prov(row.lines),
            ),
        )
        out.use(row.lines)
    return records


def _merged_sides(records: list[BudgetSummary]) -> list[BudgetSummary]:
    """The records of a table whose sides are labels merged down beside their rows, each
    printed on its block's middle row ("세 입 국고보조금" between "계" and "세외수입"): each
    block, from its 계 on, of its label's side, the label no part of the row's name."""
    if any(r.side for r in records):
        return records
    opened = [(i, _leading_side(r.unit)) for i, r in enumerate(records)]
    marked = [(i, found) for i, found in opened if found is not None]
    if not marked:
        return records
    # (blocks each opened by its 계, the side's word on a row after it: a label merged
    # down, not a row's own name, "세입 예산 | 500")
    starts = [i for i, r in enumerate(records) if r.unit == "계" or is_pure_total(r.unit)]
    if not starts or any(not any(s < i for s in starts) for i, _ in marked):
        return records
    out = list(records)
    for i, (side, name) in marked:
        block = max(s for s in starts if s < i)
        end = min((s for s in starts if s > i), default=len(records))
        out[i] = out[i].model_copy(update={"unit": name})
        for k in range(block, end):
            out[k] = out[k].model_copy(update={"side": side})
    return out


def _leading_side(label: str) -> tuple[str, str] | None:
    """(side, the rest) of a row's name that opens with a side's word as a word of its own
    ("세입 국고보조금": a side's label merged down beside the row), else None."""
    m = _LEADING_SIDE.match(label)
    if m is None or is_pure_total(m["rest"]):
        return None
    return dict(SIDE_WORDS)[squash(m["side"])], m["rest"].strip()


#: a side's word, letter-spaced or not, then a word of its own: "세 입 국고보조금"
_LEADING_SIDE = regex.compile(
    r"^\s*(?P<side>" + "|".join(r"\s?".join(w) for w, _ in SIDE_WORDS) + r")\s+(?P<rest>\S.*)$"
)


def _with_subtotals(
    records: list[BudgetSummary], unit: str | None, indents: Mapping[int, int]
) -> list[BudgetSummary]:
    """The records of one table, those the rows after them add up to marked as totals
    (``indents``: each line's indentation, a row set over deeper rows a group's)."""
    step = UNITS.get(unit or "", 1)
    groups = {i for i, r in enumerate(records) if is_account_name(r.unit) or r.is_total}
    groups |= {
        i for i, (r, nxt) in enumerate(pairwise(records))
        if indents.get(nxt.line_start, 0) > indents.get(r.line_start, 0)
    }  # fmt: skip
    parts = _subtotals([(r.prev_budget_krw, r.budget_krw) for r in records], step, groups)
    return [
        r.model_copy(update={"is_total": True}) if i in parts else r
        for i, r in enumerate(records)
    ]


#: how many units of the table a row must hold for its sum to be off by one (rounding)
ROUNDED_UNITS = 100


def _subtotals(
    amounts: list[tuple[int | None, int | None]], step: int, groups: Collection[int] = ()
) -> set[int]:
    """The rows that the rows after them add up to, in both years, two rows or more (one
    for a row of ``groups``, that names a group, where it names none: 특별회계 over its
    one division), a
    subtotal among them counted once for its own rows (nikl 사업비 = 국어진흥연구 (its five
    rows) + 청사관리 + …): subtotals, whatever their label says.  The sum may be off by a
    unit of the table (``step`` won) where the report rounded (moel 66,657 = 59,082 +
    7,576).
    """
    ends: dict[int, int] = {}  # a subtotal -> its last row
    for i in range(len(amounts) - 1, -1, -1):
        prev, this = amounts[i]
        if prev is None or this is None or not (prev or this):
            continue  # (rows of nothing add up to anything)
        # (a unit of rounding only where a unit is small beside the row: 1 in 66,657)
        slack = step if min(abs(prev), abs(this)) >= ROUNDED_UNITS * step else 0
        total_prev = total_this = parts = 0
        j = i + 1
        while j < len(amounts):
            p, t = amounts[j]
            if p is None or t is None:
                break
            total_prev, total_this, parts = total_prev + p, total_this + t, parts + 1
            j = ends.get(j, j) + 1
            near = abs(total_prev - prev) <= slack and abs(total_this - this) <= slack
            # (a group of one: 특별회계 over one division, not over the 기금 after it)
            if (parts > 1 or (i in groups and i + 1 not in groups)) and near:
                ends[i] = j - 1
                break
    return set(ends)
