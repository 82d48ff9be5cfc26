"""Cross-checks of the totals of any table: its 계 rows and its 계 columns.

* ``tables.row_total`` - a row labelled 계, 합계 or 총계 is the sum of the rows under it
  (the same hierarchy the budget checks read: indentation, bullets, groups), column by
  column;
* ``tables.column_total`` - in a row, a column headed 계 is the sum of the columns beside
  it under the same header (not in a row of rates or changes, "증감률(%)");
* ``tables.rate`` - a rate beside them named after one of them (개수율 beside 개수) is
  its share of the 계.

Only figures as printed are added up (``1,234``, ``△5``, ``12.5``; a dash is none), so
the table's unit does not matter.  Tables whose figures other checks add up (budget
lines, staffing, the audit summary, a card's budget plan) are left to them; a table
printed as panels side by side, rates and differences are not added up, nor a table a
note under it says does not add up ("※ 급여별 중복 수급으로 … 일치하지 않음").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from extract.checks.base import _check, _lines
from extract.checks.source_rows import source_column
from extract.layout.captions import NOTES_REACH
from extract.parse.budget_headers import is_difference_row
from extract.parse.budget_table import cells_of_records, read_rows
from extract.parse.budget_words import is_difference_or_rate, is_pure_total, is_total_label
from extract.parse.text import squash
from schemas import Check, Report, TableCellRecord, TableInfo

#: a figure as printed: a sign, digits with thousands commas, decimals
_FIGURE = re.compile(r"^(?P<neg>[△▲-])?\s*(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d+))?$")
#: cells that say "none"
_NONE = frozenset({"-", "–", "—", "0"})
#: how the header of a rate column ends (개수율, 달성률)
RATE_ENDINGS = ("율", "률")
#: words of a header or a row label whose figures are not parts of a total: averages,
#: unit prices, per-person amounts, running totals, progress, sex ratios, comparisons,
#: ages and years
NOT_ADDED_WORDS = (
    "평균", "단가", "1인당", "누계", "진도", "달성도", "성비", "대비", "연령", "년도", "연도",
    "기한",
)  # fmt: skip
#: headers of a count set beside amounts (사업수 | 계 | 국비 | 시비): not a part of the 계
COUNT_HEADERS = ("사업수", "건수", "업체수", "기관수", "개소수", "인원수")


def _not_added(header: str) -> bool:
    """Figures under this header or label are not added up (rates, changes, averages)."""
    key = squash(header)
    return is_difference_or_rate(header) or any(w in key for w in NOT_ADDED_WORDS)


#: words of a row of a period's amount ("기투자", "’19년 예산", "2027 이후")
_PERIOD_ROW = re.compile(r"[’'‘]?\d{2,4}\s*년|기\s*투\s*자|이\s*후|까\s*지|~")


def _period_label(label: str) -> bool:
    return _PERIOD_ROW.search(label) is not None


def _changes(row_header: str) -> bool:
    """A row of changes or their rates ("증감", "증감률(%)"), whose figures add up to
    nothing; not one of shares ("분담률 (%) / 2023년": they add up to 100), nor a category
    that holds such a word ("재난대비 훈련")."""
    return is_difference_row(row_header.rsplit(" / ", 1)[-1]) and not _shares(row_header)


def _rates_row(whole: TableCellRecord, row: Sequence[TableCellRecord]) -> bool:
    """A row of rates, each column's own, its 계 column's figure one too ("노후율 | 9.9 |
    10.8 | 12.5" under a caption in 대 and %): not the parts of that figure (but a row of
    shares adds up to 100: "구성비", or a 계 of 100 -- unless a column's own rate is 100
    too beside others: "확보율 | 100 | 100 | 100 | 100" shares out nothing)."""
    if whole.value_kind != "percent" or _shares(whole.row_header):
        return False
    if whole.value is None or abs(float(whole.value) - 100) > 0.05:
        return True
    rates = [float(c.value) for c in row
             if c is not whole and c.value_kind == "percent" and c.value is not None]  # fmt: skip
    return any(r >= 99.95 for r in rates) and sum(rates) > 100.05


def _shares(row_header: str) -> bool:
    key = squash(row_header)
    return any(w in key for w in ("분담률", "구성비", "비중", "점유율"))


def figure(raw: str) -> tuple[float, int] | None:
    """(value, decimals) of a cell that holds a bare figure; a dash is (0, 0).

    >>> figure("1,234"), figure("△5"), figure("12.50"), figure("-"), figure("3개")
    ((1234.0, 0), (-5.0, 0), (12.5, 2), (0.0, 0), None)
    """
    t = " ".join(raw.split())
    if t in _NONE:
        return 0.0, 0
    m = _FIGURE.match(t)
    if m is None:
        return None
    value = float(m["int"].replace(",", "") + ("." + m["dec"] if m["dec"] else ""))
    return (-value if m["neg"] else value), len(m["dec"] or "")


def _adds_up(
    whole: tuple[float, int], parts: Sequence[tuple[float, int]], rounded: bool = False
) -> bool:
    """The parts add up to the whole, to the decimals printed: each figure with decimals
    may have been rounded by half its last place (10.12 is printed 10.1); in a table of
    money or rates (``rounded``) whole figures may have been too (100% over 33, 33, 33)."""
    figures = [whole, *parts]
    slack = sum(0.5 * 10.0**-places for _, places in figures if places or rounded)
    if rounded:
        slack -= 0.5  # the whole's own rounding is half a place, each part's the rest
    return abs(sum(p[0] for p in parts) - whole[0]) <= max(slack, 0.0) + 1e-9


def _show(value: float, places: int) -> str:
    return f"{value:,.{places}f}"


def _checked_elsewhere(report: Report) -> set[int]:
    """Tables whose sums the checks of their records add up (budget, staffing, the audit
    summary, a card's 예산 집행계획)."""
    out = {b.table_id for b in report.budget_lines if b.table_id is not None}
    records = [
        *report.staffing, *report.budget_summary, *report.budget_items,
        *report.audit_summary, *report.project_budgets,
    ]  # fmt: skip
    starts = sorted(r.line_start for r in records)
    for t in report.tables:
        i = bisect.bisect_left(starts, t.line_start)
        if i < len(starts) and starts[i] <= t.line_end:
            out.add(t.table_id)
    return out


def _panelled(cells: Sequence[TableCellRecord]) -> bool:
    """A table printed as panels side by side: a body column header comes twice."""
    heads = {(c.col, c.col_header) for c in cells if not c.is_header and c.col_header}
    return any(n > 1 for n in Counter(h for _, h in heads).values())


#: words of a note under a table (or its caption) that says its 계 is not the sum of its
#: parts: "※ 급여별 중복 수급으로 급여별 합계와 계는 일치하지 않음", "※ 중복인원 제외"
NOT_SUMMED_WORDS: tuple[str, ...] = ("중복", "일치하지않", "불일치")


def _said_not_summed(report: Report) -> set[int]:
    """The tables whose caption, or a note right under them, says their totals are not
    the sums of their parts (those counted in two parts are counted once)."""
    notes = sorted(
        (n.line_start, squash(n.text)) for n in report.outline
        if n.kind == "note" and n.line_start is not None
    )  # fmt: skip
    starts = [at for at, _ in notes]
    out = set()
    for t in report.tables:
        i = bisect.bisect_right(starts, t.line_end)
        near = [text for at, text in notes[i:] if at <= t.line_end + NOTES_REACH]
        if any(w in text for text in [squash(t.caption or ""), *near] for w in NOT_SUMMED_WORDS):
            out.add(t.table_id)
    return out


def tables_to_sum(
    report: Report,
) -> Iterator[tuple[TableInfo, list[TableCellRecord], bool]]:
    """Each table with its cells, and whether its totals are to be added up here: not
    where another check adds them, a note says they are not sums, or panels sit side by
    side."""
    skip = _checked_elsewhere(report) | _said_not_summed(report)
    by_table: dict[int, list[TableCellRecord]] = defaultdict(list)
    for c in report.table_cells:
        by_table[c.table_id].append(c)
    for info in report.tables:
        cells = by_table.get(info.table_id, [])
        yield info, cells, info.table_id not in skip and bool(cells) and not _panelled(cells)


def check_table_totals(report: Report) -> Iterator[Check]:
    """Every 계 row and 계 column of a table against its parts (not where a note says its
    totals count once what its parts count twice); a rate column against the two it is
    the share of."""
    for info, cells, summed in tables_to_sum(report):
        yield from _pair_rates(info, cells)  # (a budget table's 집행률 too)
        if not summed:
            continue
        if source_column(info, cells) is None:  # (else tables.source_total's)
            yield from _row_totals(info, cells)
        yield from _column_totals(info, cells)


def _row_totals(info: TableInfo, cells: Sequence[TableCellRecord]) -> Iterator[Check]:
    rows = read_rows(cells_of_records(cells), info.header_rows, info.row_header_cols)
    if not rows.known:
        return
    at = {(c.row, c.col): c for c in cells if not c.is_header}
    for parent in rows.parents():
        kids = rows.children(parent.row)
        if not is_total_label(parent.label) or len(kids) < 2:
            continue
        # (not a row that names what it totals over the years so far, "총사업비" over "기
        # 투 자" and "’19년 예산": no parts of all of it)
        if not is_pure_total(parent.label) and any(_period_label(k.label) for k in kids):
            continue
        if any(_not_added(k.label) for k in kids):
            continue  # a row of rates, changes or averages under the total
        for (row, col), whole in sorted(at.items()):
            if row != parent.row or _not_added(whole.col_header):
                continue
            parts = [at.get((k.row, col)) for k in kids]
            yield from _total(
                "tables.row_total", info, whole, parts, f"the {parent.label} row", "the rows"
            )


def _column_totals(info: TableInfo, cells: Sequence[TableCellRecord]) -> Iterator[Check]:
    by_row: dict[int, list[TableCellRecord]] = defaultdict(list)
    for c in cells:
        if not c.is_header and c.col_header:
            by_row[c.row].append(c)
    for row_cells in by_row.values():
        for whole in row_cells:
            path = whole.col_header.split(" / ")
            if not is_pure_total(path[-1]) or _changes(whole.row_header):
                continue  # (nor a row of rates of change, "증감률(%) | 2.4 | △4.9 | …")
            if _rates_row(whole, row_cells):
                continue  # (nor a row of rates, "노후율 | 9.9 | 10.8 | …": each its own share)
            group = [
                c for c in row_cells
                if c is not whole and c.col_header.split(" / ")[:-1] == path[:-1]
            ]  # fmt: skip
            beside = [c for c in row_cells if c.col_header.split(" / ")[:-1] != path[:-1]]
            if len(path) == 1 and any(" / " in c.col_header for c in beside):
                continue  # a top 계 beside groups of columns may count them too
            if any((_not_added(c.col_header) and not is_difference_or_rate(c.col_header))
                   or squash(c.col_header).endswith(COUNT_HEADERS) for c in group):  # fmt: skip
                continue  # a count, a running total or an average among the parts
            parts: list[TableCellRecord | None] = [
                c for c in group if not is_difference_or_rate(c.col_header)
            ]
            yield from _total(
                "tables.column_total", info, whole, parts, f"the {path[-1]} column", "the columns"
            )
            yield from _rates(info, whole, group)


def _rates(
    info: TableInfo, whole: TableCellRecord, group: Sequence[TableCellRecord]
) -> Iterator[Check]:
    """A rate named after a column beside the 계 column (개수율 beside 개수) is that
    column's share of the 계, in percent, to the decimals printed."""
    total = figure(whole.raw)
    named = {squash(c.col_header.split(" / ")[-1]): c for c in group}
    for key, rate_cell in named.items():
        part_cell = named.get(key[:-1]) if key.endswith(RATE_ENDINGS) else None
        if part_cell is not None and is_difference_or_rate(part_cell.col_header):
            continue  # 증감률 is the 증감's share of last year, not of the 계
        rate = figure(rate_cell.raw.rstrip("%").strip())
        part = figure(part_cell.raw) if part_cell is not None else None
        if part_cell is None or total is None or part is None or rate is None or not total[0]:
            continue
        share = 100 * part[0] / total[0]
        yield _check(
            "tables.rate",
            _share_fits(part, total, rate),
            rate_cell.raw,
            f"{share:.{rate[1]}f}%",
            f"table {info.table_id} ({whole.row_header} / {rate_cell.col_header}): "
            f"{rate_cell.raw} is not {part_cell.raw} / {whole.raw} = {share:.{rate[1] + 1}f}%",
            _lines(whole, part_cell, rate_cell),
        )


#: a rate column and the columns it is the share of: the part's header, then the whole's
#: headers, first found first ("집행률" = 집행액 / 교부액, else / 예산현액, …); compared
#: squashed, a unit's bracket aside.  (Not 달성률: its targets may be the lower the
#: better, capped at 100, or read as 2 − 실적/목표.)
RATE_PAIRS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "집행률": (
        ("집행액",), ("교부액", "배정액", "예산현액", "예산액", "최종예산", "예산", "총사업비")
    ),
}
_BRACKET = re.compile(r"[(（][^()（）]*[)）]")


def _pair_rates(info: TableInfo, cells: Sequence[TableCellRecord]) -> Iterator[Check]:
    """Each row's rate that a column names as the share of two others (집행률 of 집행액
    in 예산현액), in percent, to the decimals printed: the columns under the rate's own
    group ("2025년 / 집행률" of "2025년 / 집행액"), none where that is not told."""
    by_row: dict[int, dict[tuple[str, str], list[TableCellRecord]]] = defaultdict(dict)
    for c in cells:
        if not c.is_header and c.col_header:
            path = c.col_header.split(" / ")
            key = (" / ".join(path[:-1]), squash(_BRACKET.sub("", path[-1])))
            by_row[c.row].setdefault(key, []).append(c)
    for row in by_row.values():
        for (group, name), rates in row.items():
            if name not in RATE_PAIRS or len(rates) != 1:
                continue
            parts, wholes = RATE_PAIRS[name]
            found = [row.get((group, k), []) for k in parts]
            part_cells = next((f for f in found if f), [])
            # (the amounts it may be the share of: this year's budget, or the whole cost
            # where what was spent is counted over the years)
            bases = [
                cells for k in wholes for (g, n), cells in row.items()
                if g == group and (n == k or n.endswith(k))  # ("2025년 예산")
            ]  # fmt: skip
            if len(part_cells) != 1 or not bases or any(len(w) != 1 for w in bases):
                continue  # (none, or two of a name in its group: which, unsaid)
            rate_cell, part_cell = rates[0], part_cells[0]
            rate, part = figure(rate_cell.raw.rstrip("%").strip()), figure(part_cell.raw)
            held = [(w[0], f) for w in bases if (f := figure(w[0].raw)) is not None and f[0]]
            if rate is None or part is None or not held:
                continue
            ok = [(c, f) for c, f in held if _share_fits(part, f, rate)]
            whole_cell, whole = (ok or held)[0]
            share = 100 * part[0] / whole[0]
            yield _check(
                "tables.rate",
                bool(ok),
                rate_cell.raw,
                f"{share:.{rate[1]}f}%",
                f"table {info.table_id} ({rate_cell.row_header} / {rate_cell.col_header}): "
                f"{rate_cell.raw} is {part_cell.raw} / {whole_cell.raw} = "
                f"{share:.{rate[1] + 1}f}%",
                _lines(whole_cell, part_cell, rate_cell),
            )


def _share_fits(part: tuple[float, int], whole: tuple[float, int], rate: tuple[float, int]) -> bool:
    """Whether ``rate`` percent is ``part`` of ``whole``, each figure as printed rounded by
    half its last place."""
    share = 100 * part[0] / whole[0]
    slack = 0.5 * 10.0**-rate[1] + share * sum(
        0.5 * 10.0**-places / abs(value) for value, places in (part, whole) if value and places
    )
    return abs(share - rate[0]) <= slack + 1e-9


def sum_detail(
    info: TableInfo,
    where: str,
    whole: TableCellRecord,
    what: str,
    of: str,
    found: Sequence[TableCellRecord],
    shown: str,
) -> str:
    """A sum check's detail: the total's place, what it says, and its parts' figures."""
    parts = ", ".join(p.raw for p in found[:5]) + (", ..." if len(found) > 5 else "")
    return (
        f"table {info.table_id} ({where} / {whole.col_header}): {what} says {whole.raw}, "
        f"{of} ({parts}) make {shown}"
    )


def _total(
    code: str,
    info: TableInfo,
    whole: TableCellRecord,
    parts: Sequence[TableCellRecord | None],
    what: str,
    of: str,
) -> Iterator[Check]:
    """One total against its parts, where all of them are figures."""
    w = figure(whole.raw) if " ".join(whole.raw.split()) not in _NONE else None
    found = [p for p in parts if p is not None]
    figures = [figure(p.raw) for p in found]
    if w is None or len(found) < 2 or len(found) != len(parts):
        return
    if any(p.unit != whole.unit for p in found):
        return  # (figures of rows in units of their own, "천원" among "백만원": not added)
    if any(f is None for f in figures) or all(f == (0.0, 0) for f in figures):
        return
    got = [f for f in figures if f is not None]
    places = max([w[1], *(f[1] for f in got)])
    total = sum(f[0] for f in got)
    if w[0] and abs(total - 2 * w[0]) < 1e-9:
        return  # the parts hold their own subtotals (a nesting the table does not draw)
    rounded = bool(info.currency_unit) or "%" in (info.unit_raw or "")
    where = whole.row_header or whole.col_header or f"table {info.table_id}"
    yield _check(
        code,
        _adds_up(w, got, rounded),
        whole.raw,
        _show(total, places),
        sum_detail(info, where, whole, what, f"{of} it adds up", found, _show(total, places)),
        _lines(whole, *found),
    )


CHECKS = (check_table_totals,)
