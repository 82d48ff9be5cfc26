"""예산현황 -> BudgetSummary records.

The template table: "(단위: 백만원)", a header "구 분 ’20년 예산 ’21년 예산
증감 증감률", then one row per unit (계 first) with last year's budget, this
year's, the change (△ for a decrease) and the rate.  The years come from the
header, the unit from the unit line; nothing is assumed.
"""

from __future__ import annotations

import regex

from extract.document import Line
from extract.normalize import parse_money, parse_percent, parse_unit
from extract.parse.base import Context, Parsed, prov
from extract.parse.table import numeric_rows, split_header, warn_unnamed
from extract.parse.text import Token
from extract.parse.vocab import TOTAL_LABELS
from extract.sections import Section
from schemas import BudgetSummary

_YEAR = regex.compile(r"(?:(?P<q>[’‘'′`])(?P<yy>\d{2})|(?P<yyyy>(?:19|20)\d{2}))\s*년")

#: column order of the template table
COLUMNS = ("prev", "this", "change", "pct")


def header_years(text: str) -> list[int]:
    """The years named in a header, in order: "’23년 예산 ’24년 예산" -> [2023, 2024]."""
    years = []
    for m in _YEAR.finditer(text):
        years.append(int(m["yyyy"]) if m["yyyy"] else 2000 + int(m["yy"]))
    return years


def find_unit(lines: list[Line]) -> tuple[str | None, Line | None]:
    """The first unit declaration "(단위: 백만원)" among ``lines``."""
    for ln in lines:
        unit = parse_unit(ln.text)
        if unit:
            return unit, ln
    return None, None


def money(tok: Token | None, unit: str) -> int | None:
    return parse_money(tok.text, unit=unit) if tok is not None else None


def parse_budget_summary(section: Section, ctx: Context) -> Parsed:
    out = Parsed()
    out.use(section.heading)
    lines = section.content
    unit, unit_line = find_unit([*section.heading, *lines])
    if unit_line is not None:
        out.use([unit_line])
    if unit is None:
        out.warn(
            "budget_summary.no_unit",
            "no unit line (단위: ...) for the budget table; amounts left empty",
            section.heading,
        )
    body = [ln for ln in lines if ln is not unit_line]
    header, _, rest = split_header(body)
    years = header_years(header.text) if header else []
    if header is not None:
        out.use([header])
    if len(years) < 2:
        out.warn(
            "budget_summary.years",
            "the header does not name two budget years",
            [header] if header else section.heading,
        )
    prev_year, year = (years[0], years[1]) if len(years) >= 2 else (None, None)
    seq = 0
    for row in numeric_rows(rest, ncols=len(COLUMNS)):
        if not row.values:
            continue
        if not row.label:
            warn_unnamed(out, "budget_summary", row)
        seq += 1
        vals = dict(zip(COLUMNS, row.values, strict=False))
        if len(row.values) != len(COLUMNS):
            out.warn(
                "budget_summary.columns",
                f"{row.label}: {len(row.values)} numbers for {len(COLUMNS)} columns",
                row.lines,
            )
        pct = vals.get("pct")
        out.add(
            "budget_summary",
            BudgetSummary(
                seq=seq,
                unit=row.label,
                is_total=row.key in TOTAL_LABELS,
                currency_unit=unit or "",
                prev_year=prev_year,
                prev_budget_krw=money(vals.get("prev"), unit) if unit else None,
                year=year,
                budget_krw=money(vals.get("this"), unit) if unit else None,
                change_krw=money(vals.get("change"), unit) if unit else None,
                change_pct=parse_percent(pct.text) if pct is not None else None,
                raw=row.raw,
                **prov(row.lines),
            ),
        )
        out.use(row.lines)
    if year and not ctx.year:
        ctx.year = year
    return out
