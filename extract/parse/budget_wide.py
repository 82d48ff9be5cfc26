"""A budget table of two years seen wide: each row a BudgetSummary record.

Where the template parser found no 예산현황 and a table of the general section has the
wide shape (two years' amounts on one footing, their difference and its rate), each row
becomes a BudgetSummary; the table itself is read in :mod:`extract.parse.budget_lines`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from extract.document import Line, Span
from extract.normalize.money import change_rate
from extract.parse.budget_parts import side_part
from extract.parse.budget_prose import side_of
from extract.parse.budget_scope import header_year
from extract.parse.budget_shares import is_share_header
from extract.parse.budget_table import Reading, Row
from extract.parse.budget_vocab import (
    AMENDED_BASES,
    AMENDING_BASES,
    SUBTOTAL_WORDS,
    YEAR_BUDGET_WORDS,
)
from extract.parse.budget_words import (
    amount,
    bare,
    budget_basis,
    clean_label,
    is_pure_total,
    opens_side,
)
from extract.parse.text import despace, squash
from schemas import BudgetSummary

#: the footing a budget column is stated on ("’25년 당초예산", "’24년 최종예산")
BUDGET_FOOTINGS: tuple[str, ...] = ("당초", "본예산", "최종", "추경")


def _footing(header: str) -> str | None:
    key = squash(header)
    return next((w for w in BUDGET_FOOTINGS if w in key), None)


def _on_one_footing(
    amounts: dict[int, str], rates: dict[int, str], years: dict[int, int | None]
) -> tuple[dict[int, str], dict[int, str]]:
    """The two amount columns of two years stated on one footing (the latest year's one
    column and the earlier year's on its footing), and the one rate column against that
    footing ("증감률 / ’24년 당초 대비"); else none."""
    latest = max(y for y in years.values() if y is not None)
    this = [k for k in amounts if years[k] == latest]
    if len(this) != 1 or (footing := _footing(amounts[this[0]])) is None:
        return {}, {}
    prev = [k for k in amounts if years[k] != latest and _footing(amounts[k]) == footing]
    against = {k: h for k, h in rates.items() if footing in squash(h.rsplit("/", 1)[-1])}
    if len(prev) != 1 or len(against) > 1 or (rates and not against):
        return {}, {}
    return {k: amounts[k] for k in (*prev, *this)}, against


#: a column's letter in its header ("추경(A)", "2025년 당초(B)"), and a difference between
#: two ("증감(B-A)")
_LETTER = regex.compile(r"[(（]\s*([A-Z])\s*[)）]")
_LETTERED_DIFF = regex.compile(r"([A-Z])\s*[-－–]\s*([A-Z])")


def _lettered(amounts: dict[int, str], diff_heads: Sequence[str]) -> dict[int, str] | None:
    """The two amount columns a difference's header names by their letters ("증감(B-A)"
    over "추경(A)" and "당초(B)"), where there are more than two; else None."""
    if len(amounts) <= 2 or len(diff_heads) != 1:
        return None
    m = _LETTERED_DIFF.search(diff_heads[0])
    if m is None:
        return None
    by_letter = {
        found[1]: k for k, h in amounts.items() if (found := _LETTER.search(h.rsplit("/", 1)[-1]))
    }
    if m[1] not in by_letter or m[2] not in by_letter:
        return None
    return {k: amounts[k] for k in sorted((by_letter[m[2]], by_letter[m[1]]))}


def _by_difference(
    reading: Reading,
    amounts: dict[int, str],
    years: dict[int, int | None],
    diffs: Sequence[int],
    unit: str,
) -> dict[int, str]:
    """The latest year's one column and the earlier year's column the one difference
    column is taken from, as the rows' figures say (this year's less it, in most rows and
    in more than any other of that year's columns: "본예산" of "2025 예산(A)" over "본예산 |
    제1회추경"); else none."""
    if len(diffs) != 1 or len(set(years.values())) != 2:
        return {}
    latest = max(y for y in years.values() if y is not None)
    this = [k for k in amounts if years[k] == latest]
    earlier = [k for k in amounts if years[k] != latest]
    if len(this) != 1 or len(earlier) < 2:
        return {}
    fits = dict.fromkeys(earlier, 0)
    rows = 0
    for row in reading.rows.by_row.values():
        at = {c.col: amount(c.text, unit) for c in row.cells if not c.is_header}
        now, diff = at.get(this[0]), at.get(diffs[0])
        if now is None or diff is None:
            continue
        rows += 1
        for k in earlier:
            if (was := at.get(k)) is not None and now - was == diff:
                fits[k] += 1
    best = sorted(fits.values(), reverse=True)
    if not rows or 2 * best[0] <= rows or best[0] == best[1]:
        return {}
    prev = max(fits, key=lambda k: fits[k])
    return {k: amounts[k] for k in (prev, this[0])}


def _year_totals(amounts: dict[int, str], years: dict[int, int | None]) -> dict[int, str]:
    """Each year's 계 column where a year spans its sources ("2026년 예산" over "계 | 국비 |
    시비"), a year of one column that column ("2025년 예산" beside them): the two years'
    totals; else none."""
    out: dict[int, str] = {}
    for year in set(years.values()):
        mine = [k for k in amounts if years[k] == year]
        totals = [k for k in mine if is_pure_total(amounts[k].rsplit("/", 1)[-1])]
        if len(mine) == 1:
            totals = mine
        if len(totals) != 1:
            return {}
        out[totals[0]] = amounts[totals[0]]
    return out


def _amending(
    reading: Reading,
    amounts: dict[int, str],
    years: dict[int, int | None],
    diff_heads: Sequence[str],
) -> tuple[int, int, int | None] | None:
    """(the column amended, the 추경's column, their year) of a 추경 comparison of one year:
    "기정예산(A) | 추경예산(안)(B) | 증 감(B-A)", "2026 본예산(A) | 2026 제1회 추경(B)"; the
    letters of the difference say which is which where they name two, else the footings;
    None for a table of two years, or of no 추경."""
    if len(set(years.values())) != 1:
        return None
    pair = _lettered(amounts, diff_heads) if len(amounts) > 2 else amounts
    if pair is None or len(pair) != 2:
        return None
    bases = {k: budget_basis(h) for k, h in pair.items()}
    m = _LETTERED_DIFF.search(diff_heads[0]) if len(diff_heads) == 1 else None
    letters = {
        found[1]: k for k, h in pair.items() if (found := _LETTER.search(h.rsplit("/", 1)[-1]))
    }
    if m is not None and m[1] in letters and m[2] in letters:  # ("증 감(B-A)": B less A)
        base, this = letters[m[2]], letters[m[1]]
        if bases[this] not in AMENDING_BASES or bases[base] not in AMENDED_BASES | AMENDING_BASES:
            return None
    else:
        this_cols = [k for k in pair if bases[k] in AMENDING_BASES]
        base_cols = [k for k in pair if bases[k] in AMENDED_BASES]
        if len(this_cols) != 1 or len(base_cols) != 1:
            return None
        base, this = base_cols[0], this_cols[0]
    # (a header of no year, "기정예산(A)": the year the table's amounts are of)
    year = years[this]
    if year is None:
        found = {a.year for a in reading.amounts if a.cell.col in (base, this)}
        year = found.pop() if len(found) == 1 else None
    return base, this, year


def _lone_items(reading: Reading) -> dict[int, str]:
    """The rows of units that have one item and no 소계 of their own in a table where
    others have theirs (``총무담당관 | 소 계`` over its items, then ``의사담당관 | 회의운영
    지원 | 2,310,000``): each the unit's whole budget, by row number."""
    items: dict[str, set[int]] = {}
    subtotaled: set[str] = set()
    for a in reading.amounts:
        if a.unit == "계":
            continue
        if a.item:
            items.setdefault(a.unit, set()).add(a.cell.row)
        else:
            subtotaled.add(a.unit)
    if not subtotaled:
        return {}
    return {
        next(iter(rows)): unit for unit, rows in items.items()
        if len(rows) == 1 and unit not in subtotaled
    }  # fmt: skip


def _subtotal_unit(row: Row, label: str, units: set[str]) -> str:
    """The unit whose "소 계" row ``row`` is, where its amounts are that unit's alone and its
    name stands left of the label ("교통정책과 | 소 계 | 4,000", merged down or not); ""
    for any other row."""
    if bare(label) not in SUBTOTAL_WORDS or len(units) != 1:
        return ""
    (unit,) = units
    left = {clean_label(o) for o in row.outer} | {
        clean_label(c.text) for c in row.cells if c.is_header or c.col < row.col
    }
    return unit if unit != "계" and unit in left else ""


def _side_groups(reading: Reading) -> list[tuple[str, list[int]]] | None:
    """The columns of each side where a table sets its 세입 and its 세출 side by side,
    each over its years and their difference ("세 입 / 2025년 | … | 세 출 / 2025년 | …");
    None for a table of one side."""
    groups: dict[str, list[int]] = {}
    for k, (header, _) in sorted(reading.columns.items()):
        side = side_of(header.split(" / ")[0])
        if side is None:
            return None
        groups.setdefault(side, []).append(k)
    return list(groups.items()) if len(groups) > 1 else None


def wide_view(
    reading: Reading, unit: str, by_no: dict[int, Line], seq: int = 0, year: int | None = None
) -> list[BudgetSummary]:
    """Rows of a table of two years' amounts, their difference and rate (예산현황's shape);
    of each side where it sets 세입 and 세출 side by side (``year``: the report's)."""
    groups = _side_groups(reading)
    if groups is None:
        return _wide_view(reading, unit, by_no, seq, None, year)
    out: list[BudgetSummary] = []
    for side, cols in groups:
        part = replace(reading, columns={k: reading.columns[k] for k in cols})
        out += _wide_view(part, unit, by_no, seq + len(out), side, year)
    return out


def _wide_view(
    reading: Reading,
    unit: str,
    by_no: dict[int, Line],
    seq: int = 0,
    side: str | None = None,
    report_year: int | None = None,
) -> list[BudgetSummary]:
    """:func:`wide_view` of the columns ``reading`` names (``side``: theirs)."""
    amounts = {k: h for k, (h, kind) in reading.columns.items() if kind == "amount"}
    diffs = [k for k, (_, kind) in reading.columns.items() if kind == "difference"]
    rates = {
        k: h for k, (h, kind) in reading.columns.items()
        if kind == "rate" and not is_share_header(h.rsplit(" / ", 1)[-1])
    }  # fmt: skip  # (a share of the total, "구성비", is no rate of the change)
    years = {k: header_year(h) for k, h in amounts.items()}
    if len({y for y in years.values() if y is not None}) >= 2:
        # (the 계 of the years' columns beside them, "2025 예산 | 2026 계획 | 합 계": of no
        # year, no budget of the summary)
        amounts = {
            k: h for k, h in amounts.items()
            if years[k] is not None or not is_pure_total(h.rsplit("/", 1)[-1])
        }  # fmt: skip
        years = {k: years[k] for k in amounts}
    amending = _amending(reading, amounts, years, [reading.columns[k][0] for k in diffs])
    if amending is not None and len(diffs) <= 1 and len(rates) <= 1:
        # (기정예산 against its 추경 of the same year: no last year's)
        base_col, this_col, year = amending
        return _records(reading, unit, by_no, seq, side, (None, this_col, base_col),
                        (None, year), diffs, rates)  # fmt: skip
    if len(set(years.values())) > 2 and len(diffs) == 1 and len(set(years.values())) == len(years):
        # ("2024년 결산 | 2025년 예산 | 2026년 예산 | 증 감": its difference the last two's)
        last = sorted(amounts, key=lambda k: years[k] or 0)[-2:]
        amounts, years = {k: amounts[k] for k in last}, {k: years[k] for k in last}
    if None in years.values() or len(set(years.values())) != 2 or len(diffs) > 1:
        return []
    lettered = _lettered(amounts, [reading.columns[k][0] for k in diffs])
    if lettered is not None:  # ("추경(A)", "2025년 당초(B)", "증 감 (B-A)")
        amounts = lettered
    elif len(amounts) != 2 and (totals := _year_totals(amounts, years)):
        amounts = totals  # ("2026년 예산" over "계 | 국비 | 시비": each year's 계)
    elif len(amounts) != 2 and (by_diff := _by_difference(reading, amounts, years, diffs, unit)):
        # ("2025 예산(A)" over "본예산 | 제1회추경" beside "2026 예산(B)" and "증감(B-A)": last
        # year's column the difference is taken from, as its figures say)
        amounts = by_diff
    elif len(amounts) != 2:
        # last year's 당초 and 최종 beside this year's 당초, no difference, a rate against
        # each (기획조정실 p4): last year's on this year's footing, and the rate against it
        amounts, rates = _on_one_footing(amounts, rates, years)
        if len(amounts) != 2:
            return []
    elif len(diffs) > 1 or len(rates) > 1:
        return []
    elif not diffs and not all(any(w in squash(h) for w in YEAR_BUDGET_WORDS)
                               for h in amounts.values()):  # fmt: skip
        return []  # (no change beside them: two years' budgets only, "2025 예산 | 2026 계획")
    prev_col, this_col = sorted(amounts, key=lambda k: years[k] or 0)
    if not diffs and (report_year is None or years[this_col] != report_year):
        # (with no change beside them, only the report's year's against the year before:
        # not "2026 예산 | 2027 계획" nor "2024 예산 | 2025 예산" in a 2026 report, nor
        # either in a report of no year known)
        return []
    return _records(reading, unit, by_no, seq, side, (prev_col, this_col, None),
                    (years[prev_col], years[this_col]), diffs, rates)  # fmt: skip


def _records(
    reading: Reading,
    unit: str,
    by_no: dict[int, Line],
    seq: int,
    side: str | None,
    cols: tuple[int | None, int, int | None],
    years: tuple[int | None, int | None],
    diffs: Sequence[int],
    rates: dict[int, str],
) -> list[BudgetSummary]:
    """The summary's rows of the columns ``cols`` (last year's, this year's, the budget a
    추경 amends: one of the first and the last), of the ``years`` (last, this)."""
    prev_col, this_col, base_col = cols
    basis = budget_basis(reading.columns[this_col][0])
    # rows that others are set under are totals of theirs (특별회계 over its accounts)
    sums = reading.sums
    # (a table by unit and item, "부 서 | 정 책 사 업": the units' rows are the summary's)
    by_unit = len({a.unit for a in reading.amounts} - {"계"}) >= 2
    alone = _lone_items(reading) if by_unit else {}
    out: list[BudgetSummary] = []
    for row in reading.rows.by_row.values():
        if not row.label:
            continue
        at = {c.col: c for c in row.cells if not c.is_header}
        if this_col not in at or (prev_col if base_col is None else base_col) not in at:
            continue
        lines = [by_no[n] for c in row.cells for n in c.lines if n in by_no]
        if not lines:
            continue
        own = [a for a in reading.amounts if a.cell.row == row.row]
        lone = alone.get(row.row)
        if by_unit and own and all(a.item and a.unit != "계" for a in own) and lone is None:
            continue  # (a unit's item, "교통정책과 | 교통안전 증진": a budget line, no summary)
        seq += 1
        rate_cell = at.get(next(iter(rates))) if rates else None
        diff_cell = at.get(diffs[0]) if diffs else None
        label = clean_label(row.label)
        whose = lone or _subtotal_unit(row, label, {a.unit for a in own})
        part = side_part(label, row.outer)  # ("수익적 | 수 입": that part, no side's whole)
        if part is not None:
            label = part
        elif whose:
            label = whose  # (a unit's "소 계" over its items: that unit's budget)
        elif row.subtotal and row.outer and bare(label) in SUBTOTAL_WORDS:
            # (a group's bare "소 계" under its label merged down, "수익적 수입": that group's)
            label = f"{clean_label(row.outer[-1])} {bare(label)}"
        sides = {a.side for a in reading.amounts if a.cell.row == row.row}
        # (the row's own money unit, where a column of units says it: "기금 | 천원 | …")
        money = next(
            (a.currency_unit for a in reading.amounts
             if a.cell.row == row.row and a.cell.col == this_col and a.currency_unit),
            unit,
        )  # fmt: skip
        out.append(
            BudgetSummary(
                seq=seq,
                # (a side's row, "세 입" or "세 출 계", totals that side)
                unit="계" if is_pure_total(label) or (opens_side(label) and part is None)
                else despace(label),
                # (a subtotal by its label, "자본적 수입 소계", whether or not its figures
                # add up: those that do not are what the checks are for)
                is_total=(row.total or row.row in sums
                or (opens_side(label) is not None and part is None)
                or bare(label).endswith(tuple(SUBTOTAL_WORDS))) and label != whose,
                side=side or (sides.pop() if len(sides) == 1 else None),
                currency_unit=money,
                prev_year=years[0],
                prev_budget_krw=amount(at[prev_col].text, money) if prev_col is not None else None,
                year=years[1],
                budget_krw=amount(at[this_col].text, money),
                budget_basis=basis,
                base_budget_krw=amount(at[base_col].text, money) if base_col is not None else None,
                change_krw=amount(diff_cell.text, money) if diff_cell else None,
                change_pct=(
                    change_rate(rate_cell.text, diff_cell.text if diff_cell else None)
                    if rate_cell else None
                ),
                raw=" ".join(c.text for c in sorted(row.cells, key=lambda c: c.col) if c.text),
                **Span.of(lines).provenance(),
            )
        )
    return out
