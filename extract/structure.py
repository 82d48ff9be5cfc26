"""Layout -> the structure records: outline, tables, table cells, stats.

These are the report as it is written, before any domain parser: every node
of the outline, every table with its cells (headers, units and normalized
values).  Every figure or date in the outline's prose is
:mod:`extract.prose_mentions`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from extract.document import Line, LineKind, Span
from extract.layout import Layout, Table
from extract.layout.caption_units import header_unit, listed_units, row_kind
from extract.layout.cells import TableCell
from extract.layout.header_paths import TOTAL_ROW_LABELS
from extract.layout.headers import squash_label
from extract.layout.headunits import counter_head, measured_unit, names_measure
from extract.layout.vocab import IMPLIED_COUNT_UNITS
from extract.normalize import parse_count, parse_date, parse_money, parse_percent
from extract.normalize.compound import compound_figure
from extract.normalize.measures import measure_unit, measured, size_head
from extract.normalize.pairs import own_count, pair_names, split_pair, stated_names
from extract.normalize.ratios import ratio_unit, ratio_value
from extract.normalize.scaled_counts import scaled, scaled_counter
from extract.normalize.spacing import despace, despace_label, squash
from extract.normalize.vocab import (
    BRACKETED_SIGNS,
    CHANGE_HEAD_WORDS,
    COUNT_UNITS,
    DATE_HEADER_WORDS,
    DECREASE_MARKS,
    NIL_CELLS,
    PERCENT_SIGNS,
    PLAIN_RATIO_HEADS,
    TRAILING_SIGNS,
    UNITS,
    WON,
    YEAR_COLUMN_WORDS,
)
from schemas import OutlineNode, Stats, TableCellRecord, TableInfo

#: a header part naming a rate ("증감률", "증감율", "비율", "구성비", "비중"), a bracket
#: after it or not: its cells are rates, even with no % sign and a caption in 억원
_RATE_HEADER = re.compile(r"(?:[률율%]|비중|구성비)(?:\([^()]*\))?$")
#: a header part that is a quotient of the columns named by letters ("(B-A)/A", "B/A"):
#: a rate where the caption's units hold % ("(단위 : 억원, %)")
_QUOTIENT = re.compile(r"[A-Za-z)]\s*/\s*\(?[A-Za-z]\b")
#: a header part naming a column of years ("설치년도", "준공연도", "연도"), not one year
#: ("2025년도") nor an amount's ("전년도", "회계연도")
_YEAR_HEADER = re.compile(rf"^(?:{'|'.join(YEAR_COLUMN_WORDS)})?+[년연]도$")
#: a year alone in a cell, its 년 after it or not ("2008년" under "설립연도": no count of years)
_YEAR_CELL = re.compile(r"(?P<year>(?:19|20)\d\d)년?")
_COUNT_UNITS = frozenset(COUNT_UNITS)
#: money units, longest first (a cell's own "5억원" ends with 억원, not 원)
_MONEY_UNITS = sorted(UNITS, key=len, reverse=True)
_DEC = "".join(DECREASE_MARKS)
_TRAIL = "".join(TRAILING_SIGNS)
#: a figure, its sign before it (in brackets of its own too, "(-)2.5") or its arrow after
_FIGURE = re.compile(
    rf"^(?:\([{re.escape(''.join(BRACKETED_SIGNS))}]\))?[{_DEC}+\-]?\s*\d[\d,]*(?:\.\d+)?[{_TRAIL}]?$"
)
#: a header part of a share ("구성비", "비중"), whose brackets set a share, no fall
_SHARE_HEADER = re.compile(r"구성비|비중|점유율|비율")
#: a negative figure in accounting brackets, "(21.6)" in a column of rates
_BRACKETED = re.compile(r"^\(\s*\d[\d,]*(?:\.\d+)?\s*\)$")
#: ... and a fall's figure in brackets with its own mark, "(△2.1)", in a column of rates
_SIGNED_BRACKETED = re.compile(rf"^\(\s*[{_DEC}\-]\s*\d[\d,]*(?:\.\d+)?\s*\)$")
#: a figure alone in a cell, a footnote's star after it
_BARE = re.compile(
    rf"(?P<neg>[{_DEC}\-])? ?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\**"
)
_EMPTY: CellValue = ("text", None, None, None, None, None)
#: a figure with what it is made of in brackets after it ("30억(국15, 시7.5, 구7.5)",
#: "2,673(5.22%)"), or what it is ("8개소(누계)", "2 (화명, 삼락)"; "3.5(목)" is a day); a
#: whole's lead word before it aside ("총 5,600백만원 (국비 2,800, …)")
_BREAKDOWN = re.compile(
    r"(?:(?:총액|총|약)\s?)?(?P<head>[△▽\-]?\s?(?<![\d,.])\d[\d,.]*+\s?[^\d\s(),.]{0,4})\s?"
    r"\((?:[^()\d]*\d[^()]*|[^()\d]{1,12})\)"
)


def _prov(lines: Iterable[int], by_no: dict[int, Line]) -> dict[str, int | None]:
    known = [by_no[n] for n in lines if n in by_no]
    if not known:
        return {"line_start": 0, "line_end": 0, "page_start": None, "page_end": None}
    return Span.of(known).provenance()


def outline_records(layout: Layout) -> list[OutlineNode]:
    """One record per outline node, parents before children."""
    out = []
    for n in layout.outline.nodes:
        # (a heading drawn as a picture holds no line: its place is its first item's)
        first = n.opening_line()
        lines = n.lines or ([first] if first is not None else [])
        if not lines:
            continue
        span = Span.of(lines)
        parent = n.parent.seq if n.parent is not None and n.parent.kind != "root" else None
        out.append(
            OutlineNode(
                node=n.seq,
                parent=parent,
                level=n.depth,
                kind=n.kind,  # never "root": the root has no lines
                marker=n.marker.text if n.marker else None,
                number=n.number,
                title=_undo_spacing(n.title),
                text=n.text,
                role=n.role,
                **span.provenance(),
            )
        )
    return out


CellValue = tuple[str, float | None, int | None, date | None, date | None, str | None]


def cell_unit(table: Table, col_header: str, row_header: str = "") -> str | None:
    """The unit of a cell's value: its own header's ("분담률(%)", "예산(백만원)"; the column's
    before the row's), else the table's caption's (not a measure's column, "면 적", which
    no unit the caption states for the others is)."""
    last = col_header.rsplit(" / ", 1)[-1]
    own = (
        header_unit(col_header)
        or header_unit(row_header)
        or _total_rows_unit(table, row_header)
        or _row_kind_unit(table, row_header)
        or table.column_unit(col_header)
        or table.row_units.get(row_header)
        # (a header that counts in its counter, "동수", where the caption states money
        # alone or nothing: a caption's count, "[단위: 명]", rules its columns)
        or (counter_head(last) if table.count_unit is None else None)
    )
    if own is not None:
        return own
    if names_measure(last, table.count_unit):
        # (a measure's column, "면 적", is not in the caption's 천원 nor 명: in its ㎡ alone)
        return measured_unit(last, [table.count_unit]) if table.count_unit else None
    return table.currency_unit or table.count_unit


def _row_kind_unit(table: Table, row_header: str) -> str | None:
    """The unit a row's label names, money or a count, where the caption lists both and
    no column's header names either (a table set on its side: "총사업비" under "(단위 :
    개, 백만원)" in 백만원, "공 약 수" in 개, whatever kind the list gives "계 | 완 료")."""
    if not (row_header and table.currency_unit):
        return None
    if table.kind_context is None:  # (once per table, not per cell)
        body = [c for c in table.cells if not c.is_header]
        table.kind_context = (
            tuple(listed_units(table.unit_raw or table.caption or "")),
            # (the columns of values, read only where the label names a kind)
            tuple(dict.fromkeys(c.col_header for c in body if c.col_header)),
            tuple(dict.fromkeys(c.row_header for c in body if c.row_header)),
        )
    units, heads, rows = table.kind_context
    return row_kind(units, table.currency_unit, heads, row_header, rows)


def _total_rows_unit(table: Table, row_header: str) -> str | None:
    """The unit every other row's label states, for a total's row that states none
    ("합계" under "시내버스(대)" and "마을버스(대)")."""
    if not _is_total(row_header):
        return None
    if table.row_label_units is None:  # (once per table: a table has many totals' cells)
        table.row_label_units = {
            header_unit(c.row_header)
            for c in table.cells
            if not c.is_header and c.row_header and not _is_total(c.row_header)
        }
    units = table.row_label_units
    return next(iter(units)) if len(units) == 1 else None


def _is_total(row_header: str) -> bool:
    return squash_label(row_header.rsplit(" / ", 1)[-1]) in TOTAL_ROW_LABELS


def cell_value(
    text: str,
    table: Table,
    col_header: str,
    year: int | None,
    row_header: str = "",
    figures: bool = True,
    dates: bool = False,
) -> CellValue:
    """(value_kind, value, value_krw, date_start, date_end, unit) of a cell's text.

    ``figures``: whether the cell's column may hold figures; in a column of text a nil
    mark ("-") is no zero but nothing (조치 사항: -).  ``dates``: whether it holds dates
    only; a nil mark there is no date, whatever the table's unit."""
    t = " ".join(text.split())
    if not t:
        return _EMPTY
    unit = cell_unit(table, col_header, row_header)
    # a rate's header says more than the caption's unit (억원 for the table, % for its
    # 증감률), less than the header's own bracket ("증감률(억원)" is no rate)
    own = header_unit(col_header) or header_unit(row_header)
    last = col_header.rsplit(" / ", 1)[-1]  # (the nearest part: "예산(억원) / 증감률")
    # (points, "12.3%p", and ratios, "2.5배", or a figure under their unit: no rate in %)
    caption = "" if own is not None else table.unit_raw or table.caption or ""
    if (ratio := ratio_value(t, ratio_unit(col_header, row_header, caption))) is not None:
        return ratio[0], ratio[1], None, None, None, ratio[2]
    # (a row whose label names a rate in its own %, "증감률(%)", under columns of counts,
    # "화재(건) | 구조(명)": rates, as a column so headed is under a caption in 건)
    row_rate = header_unit(row_header.rsplit(" / ", 1)[-1]) in PERCENT_SIGNS and _header_says(
        row_header, _RATE_HEADER
    )
    rate = unit in PERCENT_SIGNS or row_rate or (
        header_unit(last) is None
        and (
            _header_says(col_header if own is None else last, _RATE_HEADER)
            or (_QUOTIENT.search(last) is not None and _lists_percent(table))
            # (a row of rates in a table of years whose caption lists %, "(단위 : 십억원,
            # %)" over "고용률 | 61.8 | 62.4")
            or (_lists_percent(table) and _header_says(row_header, _RATE_HEADER))
        )
    )
    # (a figure in accounting brackets under a rate's header is a fall, "증감률", "신장률";
    # under a share's, "구성비", the share set in brackets)
    bracketed = rate and _BRACKETED.match(t) is not None
    if bracketed and _names_share(col_header):
        return "percent", float(t.strip("() ").replace(",", "")), None, None, None, "%"
    signed = rate and _SIGNED_BRACKETED.match(t) is not None
    if t.rstrip(_TRAIL).endswith("%") or (rate and (_FIGURE.match(t) or bracketed or signed)):
        pct = parse_percent(t)
        if pct is not None:
            return "percent", pct, None, None, None, "%"
    if rate and t in NIL_CELLS:
        return "percent", 0.0, None, None, None, "%"  # (under 백만원 too: no 0 won)
    if _header_says(col_header, _YEAR_HEADER):
        # a column of years ("설치 년도": 2005) in a table of amounts: years, not money
        if (m := _YEAR_CELL.fullmatch(t)) is not None:
            y = int(m["year"])
            return "date", None, None, date(y, 1, 1), date(y, 12, 31), None
        if t in NIL_CELLS:
            return _EMPTY
    if dates and t.endswith("년") and (m := _YEAR_CELL.fullmatch(t)) is not None:
        # (a year among the dates of a column of dates, "2019년" over "’21. 11." under 준공)
        y = int(m["year"])
        return "date", None, None, date(y, 1, 1), date(y, 12, 31), None
    money = unit if unit in UNITS else None
    counter = unit if unit in _COUNT_UNITS else None
    # (a count in thousands or per a period, "(단위 : 천명/일)": counts of the counter)
    per = scaled_counter(unit) if counter is None and not money else None
    if t in NIL_CELLS and dates:
        return _EMPTY  # (no date, in a column of dates: "존속기한: -" is no 0억원)
    if t in NIL_CELLS and not money:
        # nothing: zero of the column's kind (a count, a rate), or of no stated unit
        if counter or per:
            return "count", 0.0, None, None, None, unit if per else counter
        return ("text", 0.0, None, None, None, None) if figures else _EMPTY
    if counter and not money and WON not in t and (count := parse_count(t, unit=counter)):
        # (a count's figure in 만, "2.5만", "1만 2천명", in a table of people: no won)
        return "count", float(count.value), None, None, None, count.unit
    if per and _FIGURE.match(t) and (count := parse_count(t, unit=per[0])):
        return "count", scaled(count.value, per[1]), None, None, None, unit
    won = parse_money(t, unit=money) if money else parse_money(t)
    if won is not None and (money or not _FIGURE.match(t)):
        # the unit as written, "원" left out or not ("30억", "1,069억원")
        own = next((u for u in _MONEY_UNITS if t.endswith((u, u[:-1] or u))), None)
        return "krw", float(won), won, None, None, money or own
    count = parse_count(t, unit=counter) if counter else parse_count(t)
    if count is not None:
        return "count", float(count.value), None, None, None, count.unit
    if (compound := compound_figure(t)) is not None:
        # (a figure with its 만 part written out, "1만 2,500" under "면적(㎡)": 12,500, as
        # the prose reads "1만 2,500㎡"; read as the figure in full)
        whole, own_unit = compound
        return cell_value(
            f"{whole:f}{own_unit}", table, col_header, year, row_header, figures, dates
        )
    if any(ch.isdigit() for ch in t):
        dated = any(w in squash(col_header) for w in DATE_HEADER_WORDS)
        span = parse_date(t, year=year, bare_days=dated)
        if span is not None:
            return "date", None, None, span.start, span.end, None
        head = _BREAKDOWN.fullmatch(t)
        inner = t[head.end("head") :].strip(" ()") if head is not None else ""
        if inner[:1] in WEEKDAYS and (len(inner) == 1 or inner[1] in "요~,·-/ "):
            head = None  # ("3.5(목)", "3.5(목~금)", "3.14(금요일)": a day, its weekday)
        if head is not None:
            # "30억(국15, 시7.5, 구7.5)", "2,673(5.22%)": the figure, its parts in brackets;
            # "144칸(누계)", "47.4%(보급률)": the figure, what it is in brackets
            value = cell_value(head["head"], table, col_header, year, row_header)
            if value[0] in ("krw", "count", "percent") or value[1] is not None:
                return value  # (a figure of a unit no grammar reads too: "천명")
        if (figure := _bare_figure(t)) is not None:
            # a figure of no stated unit, or of one that is no money nor count ("천㎥/일")
            return "text", figure, None, None, None, unit
        # figures the grammar does not read ("80 / 85", "12(월)") keep their unit (dates
        # listed in one cell, "2025.12.31. 2028.12.31.", have none)
        return "text", None, None, None, None, None if dates else unit
    return _EMPTY


_DIGIT = re.compile(r"\d")
#: the days of the week, as a date's bracket names them ("3.5(목)")
WEEKDAYS = frozenset("월화수목금토일")


def _lists_percent(table: Table) -> bool:
    """Whether the table's caption lists % among its units ("(단위 : 억원, %)")."""
    return any(sign in (table.unit_raw or "") for sign in PERCENT_SIGNS)


def _names_share(path: str) -> bool:
    """Whether a header path names a share ("구성비", "비중", "비율"); a plain 비율 under a
    change's header ("증 감 / 금액 | 비율(%)") is the change's rate, no share."""
    parts = [squash(p) for p in path.split(" / ")]
    shares = [m[0] for p in parts if (m := _SHARE_HEADER.search(p))]
    if not shares:
        return False
    plain = all(w in PLAIN_RATIO_HEADS for w in shares)
    return not (plain and any(w in p for p in parts for w in CHANGE_HEAD_WORDS))


def _header_says(path: str, word: re.Pattern[str]) -> bool:
    """Whether a part of a header path, its spaces left out, is what ``word`` names."""
    return any(word.search(squash(part)) for part in path.split(" / "))


def _bare_figure(text: str) -> float | None:
    """The number a cell of a figure alone holds ("5,571", "△4.9", "199.69*"), where no
    header or caption says what it counts."""
    m = _BARE.fullmatch(text)
    if m is None:
        return None
    value = float(m["num"].replace(",", ""))
    return -value if m["neg"] else value


def table_records(
    layout: Layout, lines: Sequence[Line], year: int | None
) -> tuple[list[TableInfo], list[TableCellRecord]]:
    """The tables and their cells."""
    by_no = {ln.no: ln for ln in lines}
    nodes = {n.seq: n for n in layout.outline.nodes}
    infos: list[TableInfo] = []
    cells: list[TableCellRecord] = []
    for t in layout.tables:
        infos.append(
            TableInfo(
                table_id=t.id,
                node=t.node,
                parent_table=t.parent[0] if t.parent else None,
                parent_row=t.parent[1] if t.parent else None,
                parent_col=t.parent[2] if t.parent else None,
                caption=t.caption,
                unit_raw=t.unit_raw,
                currency_unit=t.currency_unit,
                # (a table in a unit of measure, "(단위 : ㎡)", counts nothing: its cells'
                # measure_unit says it)
                count_unit=None if measure_unit(t.count_unit) else t.count_unit,
                as_of=t.as_of,
                header_rows=t.header_rows,
                row_header_cols=t.row_header_cols,
                n_rows=t.n_rows,
                n_cols=t.n_cols,
                inferred=t.inferred,
                **_prov(t.lines, by_no),
            )
        )
        # columns of text: words in some cells, a figure in none (a column of nil marks
        # only, "미반영: -", is one of figures none of which is there)
        filled = [c for c in t.cells if not c.is_header and c.text.strip() not in NIL_CELLS]
        worded = {k for c in filled if c.text.strip() for k in _columns(c)} - {
            k for c in filled if _DIGIT.search(c.text) for k in _columns(c)
        }
        dated = {k for c in filled if c.text.strip() for k in _columns(c)} - {
            k for c in filled if c.text.strip() and not _is_dates(c.text) for k in _columns(c)
        }
        # what the table's figures in pairs are: its caption's or its item's words, where
        # the figures they name are a pair of the table's ("정원 80명 / 현원 85명" over a
        # 계 of "80 / 85"), not any two in the prose above ("세입 1,782억원, 세출 …")
        node = nodes.get(t.node) if t.node is not None else None
        named = _names_of_pairs(t, [t.caption or "", node.text if node else ""])
        for c in t.cells:
            figures = any(k not in worded for k in _columns(c))
            dates = all(k in dated for k in _columns(c))
            cells.append(_cell_record(t, c, year, by_no, figures, dates, named))
    return infos, cells


def _names_of_pairs(t: Table, texts: list[str]) -> tuple[str, str] | None:
    """The names ``texts`` give two figures that a cell of ``t`` holds as a pair."""
    pairs = {
        tuple(_DIGITS.sub("", x) for x in pair)
        for c in t.body()
        if (pair := split_pair(c.text)) is not None
    }
    for text in texts:
        stated = stated_names(text)
        if stated is not None and (stated[2].replace(",", ""), stated[3].replace(",", "")) in pairs:
            return stated[0], stated[1]
    return None


#: what is no digit of a figure ("80명" -> 80)
_DIGITS = re.compile(r"[^\d.]")


def _pair_values(
    t: Table, c: TableCell, year: int | None, first: CellValue, named: tuple[str, str] | None
) -> tuple[CellValue, float | None, str | None, str | None]:
    """A cell of two figures ("80 / 85", "51,288(30.7)"): the first's value (where the cell
    as a whole gave none), the second's number and unit, and the names its row's or
    column's label, else the table's caption or item, gives the two ("정원/현원")."""
    pair = split_pair(c.text)
    if pair is None or first[0] == "date":
        return first, None, None, None
    a, b = pair
    if first[1] is None:
        first = cell_value(a, t, c.col_header, year, c.row_header)
        if first[1] is None:
            return first, None, None, None
    labels = (part.rsplit(" / ", 1)[-1] for part in (c.col_header, c.row_header))
    names = next((n for label in labels if (n := pair_names(label))), named)
    implied = IMPLIED_COUNT_UNITS.get(names[0]) if names else None
    if first[0] == "text" and first[5] is None and implied is not None:
        # ("22(21)" under "정원(현원)": heads of staff, as the names say)
        first = ("count", first[1], None, None, None, implied)
    kind, unit = first[0], first[5]
    digits = b.rstrip("%").strip()
    second: float | None
    share = b.endswith("%") or (names is not None and _RATE_HEADER.search(names[1]) is not None)
    if not share and (own := own_count(b.strip())) is not None and own[1] != unit:
        # (a second figure with a unit of its own: "12,400㎡ / 2층", "58,214명 (25,130세대)")
        second, unit = own
    elif share or (kind == "krw" and split_pair(c.text) and "(" in c.text and _lists_percent(t)):
        # (a share: "%" after it, a name that says so, or under money a caption listing %)
        second, unit = parse_percent(digits), "%"
    elif kind == "krw":
        won = parse_money(digits, unit=unit) if unit in UNITS else None
        second = float(won) if won is not None else None
    elif kind == "count":
        counted = parse_count(digits) or (parse_count(digits, unit=unit) if unit else None)
        second = float(counted.value) if counted is not None else None
    else:
        second = _bare_figure(digits)
    if second is None:
        return first, None, None, None
    return first, float(second), unit, "/".join(names) if names else None


def _is_dates(text: str) -> bool:
    """Whether a cell holds dates only ("2028.12.31.", "2025.12.31. 2028.12.31."); a bare
    figure that reads as a year (1998) may be a count: no date here."""
    words = text.split()
    if all(w.isdigit() for w in words):
        return False
    if parse_date(" ".join(words)) is not None and not parse_money(" ".join(words)):
        return True
    return len(words) > 1 and all(parse_date(w) is not None for w in words)


def _columns(c: TableCell) -> range:
    """The columns a cell covers (a merged cell, each of them)."""
    return range(c.col, c.col + c.col_span)


def _dated_label(t: Table, c: TableCell, year: int | None) -> CellValue | None:
    """A row's label that is a day and nothing more (a 연혁's `일 자 | 주요내용` over
    `2015. 3. 2. | 재단 설립`): that day, as a dated cell's (a year or a month as a label,
    `2025년`, stays a label: it heads figures)."""
    if c.row < t.header_rows or c.col >= t.row_header_cols:
        return None
    span = parse_date(c.text, year)
    if span is None or span.precision != "day":
        return None
    return "date", None, None, span.start, span.end, None


def _cell_record(
    t: Table,
    c: TableCell,
    year: int | None,
    by_no: dict[int, Line],
    figures: bool = True,
    dates: bool = False,
    named: tuple[str, str] | None = None,
) -> TableCellRecord:
    empty: CellValue = ("text", None, None, None, None, None)
    got = (
        _dated_label(t, c, year) or empty
        if c.is_header
        else cell_value(c.text, t, c.col_header, year, c.row_header, figures, dates)
    )
    value2: float | None = None
    unit2 = pair = None
    if not c.is_header:
        got, value2, unit2, pair = _pair_values(t, c, year, got, named)
    kind, value, krw, start, end, unit = got
    measure = measured(kind, value, unit)
    if measure is not None and size_head(c.col_header):
        measure = None  # (a column of sizes, "규격" over "10톤": a vehicle's, no weight)
    if measure is not None:
        kind = "measure"  # (an area, length, weight or volume: its unit as printed kept)
    prov = _prov(c.lines, by_no)
    if prov["line_start"] == 0 and c.page is not None:
        prov["page_start"] = prov["page_end"] = c.page
    return TableCellRecord(
        table_id=t.id,
        row=c.row,
        col=c.col,
        row_span=c.row_span,
        col_span=c.col_span,
        is_header=c.is_header,
        row_header=despace_label(c.row_header),
        col_header=despace_label(c.col_header),
        raw=c.text,
        value=value,
        value_kind=kind,
        value_krw=krw,
        unit=unit,
        date_start=start,
        date_end=end,
        value2=value2,
        value2_unit=unit2,
        pair=pair,
        measure_value=measure[0] if measure else None,
        measure_unit=measure[1] if measure else None,
        **prov,
    )


def _undo_spacing(title: str) -> str:
    """A title without its letter-spacing: "기 본  현 황" -> 기본 현황 (a double space is a
    word's end), "건  의  사  항" -> 건의사항 (every letter a word of its own)."""
    words = despace(title).split()
    if len(words) >= 3 and all(len(w) == 1 for w in words):
        return "".join(words)
    return " ".join(words)


def line_stats(lines: Sequence[Line], layout: Layout, used: set[int]) -> tuple[Stats, list[Line]]:
    """The line accounting, and the residue lines (content in neither outline nor table)."""
    content = [ln for ln in lines if ln.is_content]
    outline = layout.outline_lines
    tables = layout.table_lines
    residue = [ln for ln in content if ln.no not in outline and ln.no not in tables]
    stats = Stats(
        content_lines=len(content),
        furniture_lines=sum(1 for ln in lines if ln.kind is LineKind.FURNITURE),
        outline_lines=sum(1 for ln in content if ln.no in outline),
        table_lines=sum(1 for ln in content if ln.no in tables),
        domain_lines=sum(1 for ln in content if ln.no in used),
        residue_lines=len(residue),
    )
    return stats, residue
