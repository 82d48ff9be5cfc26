"""A project's facts set in a small table under its title instead of labelled lines: a
row of labels over a row of values (``사업기간 | 사업비 | 사업내용 | 추진일정`` over
``’23. 1.~12. | 850백만원 (시 425, 구 425) | … | ’23. 1월 : 추진계획 수립 …``), or a column
of labels beside their values (``사업기간 | ’23. 1.~12.`` / ``사 업 비 | 850백만원``).

Each label and its cell become a :class:`~extract.parse.project_facts.Labelled` item, read
as the labelled line would be; a cell of dated steps (추진일정) gives one step a line, a
line that opens with no date going on the one before it (a step wrapped in its cell).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import regex

from extract.document import Line
from extract.layout import Table
from extract.layout.caption_units import header_unit
from extract.layout.tables import TableCell
from extract.parse.costs import FUNDING_LABELS, OTHER_SOURCES, is_source, source_name, with_unit
from extract.parse.plan import is_past_label
from extract.parse.project_facts import ANY_YEAR, Labelled, label_kind, prep_date
from extract.parse.schedules import names_plan, text_steps
from extract.parse.steps import Found, date_first, dated_colon, often_colon
from extract.parse.text import collapse, split_marker, squash
from extract.parse.vocab import BULLETS

#: labels a facts table must have at least this many of (a period, a cost, steps)
MIN_FACTS = 2


def fact_kind(text: str) -> str | None:
    """What a label names, its unit's bracket aside ("사업비(백만원)" is a cost's), and the
    bracket that names its sources ("총사업비 (구비/시비/국비)")."""
    unit = header_unit(text)
    bare = _UNIT_BRACKET.sub("", text) if unit is not None else text
    m = _UNIT_BRACKET.search(bare)
    if m is not None and _names_sources(m[0]):
        bare = bare[: m.start()]
    return label_kind(bare)


def _names_sources(bracket: str) -> bool:
    """Whether a bracket lists funding sources only ("(구비/시비/국비)", "(국·도·시군)")."""
    parts = [p for p in regex.split(r"[/·,，ㆍ\s]+", bracket.strip("()（） ")) if p]
    return bool(parts) and all(is_source(p) for p in parts)


#: the bracket of a unit a label closes with ("사업비(백만원)")
_UNIT_BRACKET = regex.compile(r"(?<!\s)\s*+[(（][^()（）]{1,12}[)）]\s*+$")


def _is_fact_label(text: str) -> bool:
    key = squash(text)
    return fact_kind(text) in ("period", "cost") or names_plan(key)


#: the longest label (spaces aside) of a row of labels beside their values
MAX_LABEL = 12


def _is_label_cell(cell: TableCell) -> bool:
    key = squash(cell.text)
    return 0 < len(key) <= MAX_LABEL and not any(ch.isdigit() for ch in key)


def labelled_rows(table: Table) -> list[list[TableCell]]:
    """The table's rows, each that opens past the first column under a label merged down
    from a row above (``사 업 비`` over ``(단위 : 백만원)`` and the row under it, a table of
    sources drawn in its cell) led by that label."""
    out: list[list[TableCell]] = []
    for row in (r for r in table.rows() if r):
        if row[0].col > 0:
            above = next((
                c for c in table.cells
                if c.col == 0 and c.row < row[0].row < c.row + c.row_span
            ), None)  # fmt: skip
            row = [above, *row] if above is not None else row
        out.append(row)
    return out


def grouped_rows(table: Table) -> list[tuple[TableCell, list[TableCell]]] | None:
    """(group, the row's other cells) of each row of a table whose first column groups
    its rows' labels, each group merged down beside its rows (``사업개요`` over 사업기간 /
    사 업 비 / 사업내용, ``추진계획`` over its dated rows, ``담당`` over 부 서); None for
    another table."""
    if table.n_cols != 3:
        return None
    firsts = [c for c in table.cells if c.col == 0]
    if len(firsts) < 2 or not any(c.row_span > 1 for c in firsts):
        return None
    if not all(_is_label_cell(c) for c in firsts):
        return None
    out = []
    for row in labelled_rows(table):
        if len(row) != 3 or row[0].col != 0:
            return None
        out.append((row[0], row[1:]))
    return out


def _all_pairs(table: Table) -> list[tuple[TableCell, TableCell]]:
    """(label cell, value cell) of each column of a row of labels over a row of values, or
    of each row's labels beside their values: one a row (``사업기간 | 2026. 1. ~ 12.``) or
    two (``사업기간 | 2026. 1. ~ 12. | 담당부서 | 복지정책과``, the values of one a row merged
    across; a label merged down over two rows, each of its values), their groups in a first
    column aside (:func:`grouped_rows`; a group's dated rows are steps); [] for another
    table."""
    grouped = grouped_rows(table)
    if grouped is not None:
        return [(a, b) for _, (a, b) in grouped if _is_label_cell(a)]
    rows = labelled_rows(table)
    if len(rows) == 2 and len(rows[0]) == len(rows[1]) >= MIN_FACTS:
        return list(zip(rows[0], rows[1], strict=True))
    if len(rows) < MIN_FACTS or any(len(r) % 2 for r in rows):
        return []
    pairs = [(r[i], r[i + 1]) for r in rows for i in range(0, len(r), 2)]
    if table.n_cols == 2 or all(_is_label_cell(a) for a, _ in pairs):
        return pairs
    return []


def _pairs(table: Table) -> list[tuple[TableCell, TableCell]]:
    """(label cell, value cell) of each fact, in a table set either way; [] for another
    table."""
    pairs = _all_pairs(table)
    # (with the division's cell beside them, 담당부서: no fact of its own to count)
    labelled = [
        (a, b) for a, b in pairs if _is_fact_label(a.text) or fact_kind(a.text) == "division"
    ]
    facts = sum(_is_fact_label(a.text) for a, _ in labelled)
    if any(fact_kind(a.text) == "cost" for a, _ in labelled) and (
        _shares(pairs) or any(_is_execution(a.text) for a, _ in pairs)
    ):
        # (a cost with its sources beside it: "사업비(천원) | 국비 | 도비 | 군비"; or with
        # what was spent of it, a result's "예산액 | 집행액 | 집행률(%)")
        facts += 1
    return labelled if facts >= MIN_FACTS else []


#: labels of what was spent of a budget, beside its amount ("집행률(%)": its bracket aside)
EXECUTION_LABELS: frozenset[str] = frozenset({"집행액", "집행률", "잔액", "집행잔액"})


def _is_execution(text: str) -> bool:
    return squash(_UNIT_BRACKET.sub("", text)) in EXECUTION_LABELS


def _shares(pairs: Sequence[tuple[TableCell, TableCell]]) -> list[str]:
    """The funding shares the cells of sources beside a cost state ("국비 | 도비" over
    "280,000 | 84,000": "국비 280,000", "도비 84,000"), or a cell of sources under its label
    ("재원" over "국 2,400 / 도 720 / 시군 1,680")."""
    listed = [collapse(b.text) for a, b in pairs if squash(a.text) in FUNDING_LABELS]
    return listed + [
        f"{source_name(squash(a.text))} {collapse(b.text)}"
        for a, b in pairs
        if is_source(a.text) and any(ch.isdigit() for ch in b.text)
    ]


def is_facts_table(table: Table) -> bool:
    """Whether ``table`` sets a project's facts by their labels, or, drawn in a cell, its
    cost by its sources (a card's 사업비 cell: ``구 분 | 계 | 국 비 | …`` over ``총사업비 …``
    and ``’26년 …``, of more rows than a table of labels over values has)."""
    return bool(_pairs(table)) or (table.parent is not None and bool(investment_items(table)))


#: a share's figure, whole (thousands commas aside)
_FIGURE = regex.compile(r"\d{1,3}(?:,\d{3})++|\d++")
#: the labels of the total row and the total column of a project's investment plan
INVESTMENT_TOTALS: frozenset[str] = frozenset({"계", "합계", "총계", "총사업비", "총액"})


def investment_items(table: Table) -> list[tuple[Labelled, TableCell]]:
    """A project's cost set as its investment plan, sources by years, in a unit of money
    (연도별 투자계획: ``구 분 | 계 | ’25까지 | ’26 | …`` over rows ``계``, ``국 비``, ``시 비``):
    the total row's total, with each source row's total as its share, as the labelled
    cost "총사업비 : 14,780억원(국비 8,868, 시비 5,912)" would state them; [] for another
    table."""
    if table.currency_unit is None or table.header_rows < 1 or table.row_header_cols != 1:
        return []
    heads = [c for c in table.cells if c.row < table.header_rows and c.col_span == 1]
    # (a total over all the header's rows: not a 계 under a group, "향후 투자계획 / 계")
    total_col = next(
        (c.col for c in heads if c.row == 0 and squash(c.text) in INVESTMENT_TOTALS), None
    )
    if total_col is None or total_col == 0:
        return []
    total: TableCell | None = None
    shares: list[str] = []
    cells: list[TableCell] = []  # (the sources' cells)
    for row in table.rows()[table.header_rows :]:
        label = next((c for c in row if c.col == 0), None)
        value = next((c for c in row if c.col == total_col), None)
        if label is None or value is None or not any(ch.isdigit() for ch in value.text):
            continue
        key = squash(label.text)
        if key in INVESTMENT_TOTALS and total is None:
            total = value
        elif is_source(key) or (key in OTHER_SOURCES and shares):  # (기타 after 국비, 시비)
            shares.append(f"{source_name(key)} {collapse(value.text)}")
            cells.append(value)
    if not shares:
        return _sources_by_column(table, total_col)
    if total is None:
        # (no 계 row: the sources' rows are all of it, "국 비 | 3,600" and "시 비 | 5,400")
        figures = [_FIGURE.fullmatch(squash(c.text)) for c in cells]
        if len(cells) < 2 or any(f is None for f in figures):
            return []
        values = [int(f[0].replace(",", "")) for f in figures if f is not None]
        if any(
            values[i] == sum(values[i + 1 : j])
            for i in range(len(values)) for j in range(i + 3, len(values) + 1)
        ):  # fmt: skip
            return []  # (a row that sums the rows under it, 지방비 over 도비 and 시비: unsure)
        whole = sum(values)
        amount = f"{whole:,}{table.currency_unit}({', '.join(shares)})"
        return [(Labelled("총사업비", amount), cells[0])]
    amount = f"{collapse(total.text)}{table.currency_unit}({', '.join(shares)})"
    return [(Labelled("총사업비", amount), total)]


#: a sources table's row of the whole cost, besides an investment plan's totals ("총투자비",
#: "전체 사업비", "사업비 계"); a bracket of its years after it aside ("총사업비(’25~’27)")
COST_TOTAL_ROWS: frozenset[str] = INVESTMENT_TOTALS | {"총투자비", "전체사업비", "사업비계"}
_YEARS_AFTER = regex.compile(r"[(（][^()（）]*+[)）]$")


def is_cost_total(label: str) -> bool:
    """Whether a sources table's row label names the whole cost ("총사업비", "총사업비
    (’25~’27)", "총투자비"; not "’26년")."""
    return _YEARS_AFTER.sub("", squash(label)) in COST_TOTAL_ROWS


def _sources_by_column(table: Table, total_col: int) -> list[tuple[Labelled, TableCell]]:
    """The cost a table of sources by column states (``구 분 | 계 | 국 비 | 도 비`` or ``계``
    beside ``재 원 별`` over the sources): its total row's (총사업비, 계), else its one body
    row's ("2026년 | 96.8 | 48.4 | …"), each source column's figure its share."""
    rows = [r for r in table.rows()[table.header_rows :] if r]
    totals = [r for r in rows if r[0].col == 0 and is_cost_total(r[0].text)]
    row = totals[0] if totals else rows[0] if len(rows) == 1 else None
    total = next((c for c in row or () if c.col == total_col), None)
    if row is None or total is None or not any(ch.isdigit() for ch in total.text):
        return []
    shares = [
        f"{source_name(key)} {collapse(c.text)}" for c in row
        if c.col != total_col and any(ch.isdigit() for ch in c.text)
        and (is_source(key := squash(c.col_header.split(" / ")[-1])) or key in OTHER_SOURCES)
    ]  # fmt: skip
    if not shares:
        return []
    amount = f"{collapse(total.text)}{table.currency_unit}({', '.join(shares)})"
    return [(Labelled("총사업비", amount), total)]


def _note_of_sources(note: str) -> bool:
    """Whether a note names who pays ("※ 국비 600, 시비 600"): the cost's, kept."""
    return any(is_source(w) for w in regex.split(r"[\s,，:/()（）]+", split_marker(note)[1]) if w)


def _sources_total(table: Table) -> tuple[Labelled, TableCell] | None:
    """The cost a table of a total beside its sources states, ``계 | 국비 | 시비 | 구비`` over
    ``1,200 | - | 600 | 600`` (a table drawn in a card's 사업비 cell): the total, each source
    its share (not the first source's figure taken for the cost); None for another."""
    pairs = _all_pairs(table)
    totals = [(a, b) for a, b in pairs if squash(a.text) in INVESTMENT_TOTALS]
    if len(totals) != 1 or not any(ch.isdigit() for ch in totals[0][1].text):
        return None
    shares = [
        f"{source_name(squash(a.text))} {collapse(b.text)}" for a, b in pairs
        if is_source(a.text) and any(ch.isdigit() for ch in b.text)
    ]  # fmt: skip
    unit = header_unit(totals[0][0].text) or table.currency_unit
    if not shares or unit is None:
        return None
    amount = f"{collapse(totals[0][1].text)}{unit}({', '.join(shares)})"
    return Labelled("총사업비", amount), totals[0][1]


def fact_items(table: Table) -> list[tuple[Labelled, TableCell]]:
    """The period, cost and division a facts table states, as labelled items with their
    cells (``사업기간 | 사 업 비 | 담당부서``); the cost of an investment plan
    (:func:`investment_items`)."""
    if not _pairs(table):
        return investment_items(table)
    total = _sources_total(table)
    out = [total] if total is not None else []
    shares = _shares(_all_pairs(table))
    for a, b in _pairs(table):
        kind = fact_kind(a.text)
        if kind not in ("period", "cost", "division") or not b.text.strip():
            continue
        if total is not None and kind == "cost":
            continue  # (the total's, its sources its shares)
        value, unit = collapse(b.text), header_unit(a.text)
        if kind == "cost":
            # (a note in the cost's cell, "※ ’26년 예산 : 6,480백만원" under the table of its
            # sources drawn there, is no part of the cost)
            paras = [t for t in table.paragraphs(b) if t.strip()]
            kept = [
                t for t in paras
                if BULLETS.get(split_marker(t)[0] or "") != 0 or _note_of_sources(t)
            ]  # fmt: skip
            value = collapse(" ".join(kept)) if kept and len(kept) < len(paras) else value
        if kind == "cost" and shares and "(" not in value:
            value = f"{value}({', '.join(shares)})"  # (its sources in the cells beside it)
        label = collapse(_UNIT_BRACKET.sub("", a.text) if unit is not None else a.text)
        unit = unit or (table.currency_unit if kind == "cost" else None)
        if kind == "cost" and unit is not None:
            value = with_unit(value, unit)  # (its unit in the label's bracket or the caption)
        out.append((Labelled(label, value), b))
    return out


def fact_steps(
    table: Table, year: int | None, by_no: Mapping[int, Line], done: bool = False
) -> list[Found]:
    """The dated steps a facts table's cell of steps lists, one a paragraph; with
    ``done``, those of a cell of what was done ("추진실적": the project's progress)."""
    out: list[Found] = []
    # (of a table of facts: its plan's cell is no fact's label, nor is its past's)
    pairs = _all_pairs(table) if _pairs(table) else []
    for label, cell in pairs:
        key = squash(label.text)
        past = is_past_label(key)
        if not (past if done else names_plan(key) and not past):
            continue
        lines = tuple(by_no[n] for n in cell.lines if n in by_no)
        for text in _steps(table.paragraphs(cell)):
            out.extend(
                Found(task, span, raw, lines) for span, task, raw in text_steps(text, year) if task
            )
    # (a group of dated rows, "추진계획" merged down beside "’26. 3. | 기본계획 수립": a step
    # a row)
    for group, (when, what) in (grouped_rows(table) or []) if pairs else []:
        key = squash(group.text)
        if (is_past_label(key) if done else names_plan(key) and not is_past_label(key)) and (
            not _is_label_cell(when)
        ):
            lines = tuple(by_no[n] for n in (*when.lines, *what.lines) if n in by_no)
            text = f"{collapse(when.text)} : {collapse(what.text)}"
            out.extend(
                Found(task, span, raw, lines) for span, task, raw in text_steps(text, year) if task
            )
    return out


#: the marks of a note, which a cell's steps do not open with
NOTE_GLYPHS = frozenset("※*＊")


def _steps(paragraphs: Sequence[str]) -> list[str]:
    """A cell's paragraphs as steps: one that opens with no date goes on the one before
    (a step wrapped in its cell)."""
    out: list[str] = []
    for p in paragraphs:
        text = collapse(p)
        mark, rest = split_marker(text)
        if mark is not None and mark not in NOTE_GLYPHS:
            text = rest  # (its bullet aside: "○ ’26. 3. : …" is dated)
        if not text:
            continue
        # (dated by its year or before its colon: "연중 : …", "상반기 : …", "분기별 : …")
        dated = date_first(prep_date(text), None) is not None or dated_colon(text)
        if out and not dated and often_colon(text, ANY_YEAR) is None:
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out
