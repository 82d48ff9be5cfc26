"""Performance indicators (성과지표) -> indicators, one row per figure (long form).

Read after the structure, from its records: a table whose header names its indicators
("성과지표", "지 표 명", "성과목표 | 지표", a 공단's "경영목표"), or whose title does over a
plain 구분, gives one figure per cell under a column of targets, actuals, baselines or
rates (목표, 실적, 기준치·현재, 달성률), with the year its header path names ("2024년"
over "목표 | 실적", "’25 목표") and the unit of its 단위 column, of the name's brackets
("청년 고용률(%)") or of the figure; a line that states an indicator ("○ 성과지표 : 청년
고용률 45%(’24년 43.2%)") gives its figures, with no cell.  Each figure keeps the node it
stands under and the project card that holds it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import regex

from extract.normalize.measures import measure_unit
from extract.parse.text import despace, squash
from extract.parse.vocab import (
    GOAL_HEADERS,
    INDICATOR_KINDS,
    INDICATOR_LABELS,
    INDICATOR_NAME_HEADERS,
    INDICATOR_OTHER_HEADERS,
    INDICATOR_TITLE_WORDS,
    INDICATOR_UNITS,
    TARGET_LABELS,
    UNIT_HEADERS,
)
from schemas import Indicator, OutlineNode, Project, Report, TableCellRecord, TableInfo

#: a year as a header or a line writes it: "2024년", "2024", "’24년", "'24", "24년"
_YEAR = regex.compile(
    r"(?<![\d.])(?:(?:19|20)(\d{2})(?!\d)(?:\s*+년(?:도)?)?|[’'‘`](\d{2})(?!\d)(?:\s*+년(?:도)?)?"
    r"|(\d{2})\s*+년)"
)
_UNITS = "|".join(regex.escape(u) for u in sorted(INDICATOR_UNITS, key=len, reverse=True))
#: a figure: a sign (△ is minus), its digits, and a unit the genre prints
_FIGURE = regex.compile(
    r"([△▲−\-]?)\s{0,2}(?<![\d,.])(\d{1,3}(?:,\d{3})++|\d++)(\.\d++)?\s{0,2}(" + _UNITS + ")?"
)
#: a figure that opens a cell, and nothing but its unit after it on its line
_CELL_FIGURE = regex.compile(
    r"^\s*+([△▲−\-]?)\s*+(\d{1,3}(?:,\d{3})++|\d++)(\.\d++)?\s*+(" + _UNITS + r")?\s*+(?:$|\n|\()"
)
#: a unit in brackets closing a name ("청년 고용률(%)", "만족도 (점)")
_NAME_UNIT = regex.compile(r"\s{0,3}[(（]\s{0,3}(" + _UNITS + r")\s{0,3}[)）]\s{0,3}$")
#: a unit in brackets anywhere in a header ("목표(%)")
_HEAD_UNIT = regex.compile(r"[(（]\s*+(" + _UNITS + r")\s*+[)）]")
#: a label and its text ("성과지표 : …", "(성과지표) …")
_LABEL = regex.compile(
    r"^\s*+(?:([^:：]{1,20}?)\s*+[:：]|[(（]([^()（）]{1,20})[)）])\s*+(.*+)$", regex.DOTALL
)
#: what parts a line's list of indicators ("고용률 45%, 취업자 1,200명")
_ITEMS = regex.compile(r"\s{0,3}[,，]\s{1,3}|\s{0,3}[;；]\s{0,3}")
#: what marks a figure's later value in a line ("43.2% → 45%")
_ARROWS = ("→", "⇒", "▶", "➡")
#: a cell of no figure
_EMPTY = frozenset({"", "-", "–", "―", "—", "·", "/"})


def _year(text: str) -> int | None:
    """The single year ``text`` names (None for none or several)."""
    found = {int(m[1] or m[2] or m[3]) + 2000 for m in _YEAR.finditer(text)}
    if len(found) != 1:
        return None
    y = found.pop()
    return y - 100 if y > 2070 else y


def _kind(text: str) -> str | None:
    """The kind of figure a header names, its goal words aside ("성과목표" is none)."""
    key = squash(text)
    for goal in GOAL_HEADERS:
        key = key.replace(goal, "")
    for word, kind in INDICATOR_KINDS.items():
        if word in key:
            return kind
    return None


def _number(sign: str, digits: str, frac: str | None) -> Decimal:
    value = Decimal(digits.replace(",", "") + (frac or ""))
    return -value if sign else value


@dataclass
class _Where:
    """Where a figure stands: its node and project card."""

    node: int | None
    project_id: str | None


def _project_at(projects: Sequence[Project], line: int) -> str | None:
    """The innermost project card whose lines hold ``line``."""
    inside = [p for p in projects if p.line_start <= line <= p.line_end]
    if not inside:
        return None
    return min(inside, key=lambda p: (p.line_end - p.line_start, -p.line_start)).project_id


# --- tables --------------------------------------------------------------------------------


def _grid(cells: Sequence[TableCellRecord]) -> dict[tuple[int, int], TableCellRecord]:
    """Every (row, col) of a table -> the cell that covers it."""
    out: dict[tuple[int, int], TableCellRecord] = {}
    for c in cells:
        for r in range(c.row, c.row + c.row_span):
            for k in range(c.col, c.col + c.col_span):
                out[(r, k)] = c
    return out


def _head(grid: dict[tuple[int, int], TableCellRecord], rows: int, col: int) -> list[str]:
    """The header path of a column: its header rows' texts, top down, once each."""
    parts: list[str] = []
    seen: set[int] = set()
    for r in range(rows):
        c = grid.get((r, col))
        if c is not None and id(c) not in seen and c.raw.strip():
            seen.add(id(c))
            parts.append(c.raw.strip())
    return parts


def _name_col(heads: dict[int, list[str]], titled: bool) -> int | None:
    """The column that names the indicators: one whose header names them, else one of
    goals (a 공단's 경영목표), else the first where the title names indicators."""
    keys = {c: squash(" ".join(h)) for c, h in heads.items()}
    for c, key in sorted(keys.items()):
        if any(w in key for w in INDICATOR_NAME_HEADERS) and _kind(key) is None:
            return c
    goals = [c for c, key in keys.items() if key in GOAL_HEADERS]
    if goals:
        return max(goals)
    if titled and heads and _kind(" ".join(heads[min(heads)])) is None:
        return min(heads)
    return None


def _sets_against(heads: dict[int, list[str]]) -> bool:
    """Whether a table's columns measure actuals against targets: a column of each and one
    of the rate achieved, by their headers alone ("목표 | 실적 | 달성률(%)"), its first
    column no figure's (``구 분``); not targets and actuals alone ("구 분 | 2024 목표 | 2024
    실적" under "○ 상담 운영 현황": counts of work, no indicators)."""
    if not heads:
        return False
    kinds = {_kind(" ".join(h)) for c, h in heads.items() if c != min(heads)}
    return {"target", "actual", "rate"} <= kinds and _kind(" ".join(heads[min(heads)])) is None


#: a table's declared unit ("(단위 : ㎡)")
_DECLARED = regex.compile(r"단\s{0,2}위\s{0,2}[:：]?\s{0,2}([^\s,，)）]{1,6})")


def _table_unit(info: TableInfo) -> str | None:
    """The unit a table counts or measures in: its count unit, else the unit of measure it
    declares ("(단위 : ㎡)": the table records no count unit then)."""
    if info.count_unit:
        return info.count_unit
    m = _DECLARED.search(info.unit_raw or "")
    return m[1] if m and measure_unit(m[1]) else None


def _cell_unit(raw: str) -> str | None:
    m = _CELL_FIGURE.match(raw)
    return m[4] if m and m[4] else None


def _table_figures(
    info: TableInfo, cells: Sequence[TableCellRecord], title: str, where: _Where
) -> list[Indicator]:
    rows = info.header_rows
    if rows < 1:
        return []
    grid = _grid(cells)
    heads = {c: _head(grid, rows, c) for c in range(info.n_cols)}
    # (or a table that measures what was done against a target, "구 분 | 목표 | 실적 |
    # 달성률(%)" under "1. 2024년 주요업무 추진실적": its rows are indicators by their
    # columns alone)
    # (not a table of money, "구 분 | 목표액 | 집행실적 | 달성률" under "(단위 : 백만원)":
    # a budget's execution or a tax's collection, no indicators by its columns alone)
    titled = any(w in squash(title) for w in INDICATOR_TITLE_WORDS) or (
        info.currency_unit is None and not any(c.value_kind == "krw" for c in cells)
        and _sets_against(heads)
    )  # fmt: skip
    name_col = _name_col(heads, titled)
    if name_col is None:
        return []
    # (the 단위 column by its top header: a first row of words, "청렴도 평가 | 등급 |
    # A등급", may be read as a second header row under it)
    unit_col = next((c for c, h in heads.items() if h and squash(h[0]) in UNIT_HEADERS), None)
    year_of_table = _year(f"{info.caption or ''} {title}")
    values: dict[int, tuple[str | None, int | None, str | None]] = {}
    for c, h in heads.items():
        text = " ".join(h)
        if c in (name_col, unit_col) or any(w in squash(text) for w in INDICATOR_OTHER_HEADERS):
            continue
        if any(squash(p) in GOAL_HEADERS for p in h):
            continue
        kind, year = _kind(text), _year(text)
        unit = m[1] if (m := _HEAD_UNIT.search(text)) else None
        if kind is not None or year is not None:
            values[c] = (kind, year, unit)
    # (a column of no year beside columns of one year, "2024 목표 | 2024 실적 | 달성률(%)",
    # is of that year)
    years = {y for _, y, _ in values.values() if y is not None}
    if len(years) == 1:
        only = years.pop()
        values = {c: (k, y or only, u) for c, (k, y, u) in values.items()}
    # (a rate of no year beside columns of several, "’24 목표 | ’24 실적 | 달성률 | ’25 목표",
    # is of the one year with both a target and an actual)
    paired = {y for k, y, _ in values.values() if k == "target"} & {
        y for k, y, _ in values.values() if k == "actual"
    }
    paired.discard(None)
    if len(paired) == 1:
        both = paired.pop()
        values = {
            c: (k, both if k == "rate" and y is None else y, u) for c, (k, y, u) in values.items()
        }
    if not any(k is not None for k, _, _ in values.values()) and not any(
        _kind(grid[(r, c)].raw) for (r, c) in grid if r >= rows and c < info.row_header_cols
        and c != name_col
    ):
        return []  # (no column, nor row, of targets, actuals or rates)
    out: list[Indicator] = []
    for r in range(rows, info.n_rows):
        name_cell = grid.get((r, name_col))
        if name_cell is None or not name_cell.raw.strip():
            continue
        name = despace(" ".join(name_cell.raw.split()))
        name_unit = None
        if m := _NAME_UNIT.search(name):
            name, name_unit = name[: m.start()].strip(), m[1]
        row_unit = None
        if unit_col is not None and (u := grid.get((r, unit_col))) is not None:
            row_unit = u.raw.strip().strip("()（）").strip() or None
        # the row's own headers beside the name ("구분: 목표 | 실적" rows)
        side = " ".join(
            grid[(r, c)].raw for c in range(info.row_header_cols)
            if c not in (name_col, unit_col) and (r, c) in grid
        )  # fmt: skip
        for c, (kind, year, head_unit) in values.items():
            cell = grid.get((r, c))
            if cell is None or (cell.row, cell.col) != (r, c):
                continue  # (a cell spanning rows or columns is read once, at its corner)
            raw = cell.raw.strip()
            if raw in _EMPTY:
                continue
            kind_here = kind or _kind(side)
            if kind_here is None:
                continue
            m = _CELL_FIGURE.match(raw)
            if m is None:
                continue  # (words, a grade: no figure of the long form)
            if kind_here == "rate":
                unit = _cell_unit(raw) or head_unit or "%"
            else:
                unit = (
                    name_unit or row_unit or head_unit or _cell_unit(raw) or _table_unit(info)
                )
            out.append(
                Indicator(
                    seq=0,
                    node=where.node,
                    project_id=where.project_id,
                    indicator=name,
                    unit=unit,
                    year=year or _year(side) or year_of_table,
                    kind=kind_here,
                    raw=raw,
                    value=_number(m[1], m[2], m[3]),
                    table_id=info.table_id,
                    row=r,
                    col=c,
                    line_start=cell.line_start,
                    line_end=cell.line_end,
                    page_start=cell.page_start,
                    page_end=cell.page_end,
                )
            )
    return out


# --- prose ---------------------------------------------------------------------------------


def _label(text: str) -> tuple[str, str] | None:
    m = _LABEL.match(text)
    return (squash(m[1] or m[2]), m[3].strip()) if m else None


def _line_figures(body: str, name: str | None, report_year: int | None) -> list[
    tuple[str, str, int | None, str, str, Decimal | None]
]:
    """(name, kind, year, unit, raw, value) of each figure a line's text states."""
    out: list[tuple[str, str, int | None, str, str, Decimal | None]] = []
    for item in _ITEMS.split(body):
        # (a figure has its unit or its decimals: "’24년" and "2025." are years)
        figures = [m for m in _FIGURE.finditer(item) if m[4] or m[3]]
        if not figures:
            continue
        first = figures[0]
        own = name
        if own is None:
            head = item[: first.start()]
            head = _YEAR.sub("", head).rstrip(" (（:：·-")
            for word in INDICATOR_KINDS:
                head = regex.sub(rf"\s*+{word}\s*+$", "", head)
            own = despace(" ".join(head.split()))
            if not own:
                continue
        last = 0
        for m in figures:
            before = item[: m.start()]
            # the words just before the figure, back to the last figure or bracket
            near = regex.split(r"[(（)）]", item[last : m.start()])[-1]
            last = m.end()
            opened = before.count("(") + before.count("（")
            bracket = opened > before.count(")") + before.count("）")
            arrow_after = any(a in item[m.end():] for a in _ARROWS) and not any(
                a in before for a in _ARROWS
            )
            kind = _kind(near) or ("baseline" if bracket or arrow_after else "target")
            year = _year(near) or (report_year if kind == "target" else None)
            raw = m[0].strip()
            unit = m[4] or ""
            out.append((own, kind, year, unit, raw, _number(m[1], m[2], m[3])))
    return out


def _prose_figures(
    outline: Sequence[OutlineNode], projects: Sequence[Project], year: int | None
) -> list[Indicator]:
    by_node = {o.node: o for o in outline}
    out: list[Indicator] = []
    for o in outline:
        got = _label(o.text)
        if got is None:
            continue
        label, body = got
        name: str | None = None
        if label in TARGET_LABELS:
            parent = by_node.get(o.parent) if o.parent is not None else None
            up = _label(parent.text) if parent is not None else None
            if up is not None and up[0] in INDICATOR_LABELS:
                name = despace(" ".join(up[1].split())) or None
            elif parent is not None and squash(parent.text) in INDICATOR_LABELS:
                name = None
            else:
                continue
            if name is not None and _FIGURE.search(name) and any(
                f[4] for f in _FIGURE.finditer(name)
            ):
                continue  # (the line above states its figures itself)
        elif label not in INDICATOR_LABELS:
            continue
        for own, kind, fig_year, unit, raw, value in _line_figures(body, name, year):
            out.append(
                Indicator(
                    seq=0,
                    node=o.node,
                    project_id=_project_at(projects, o.line_start),
                    indicator=own,
                    unit=unit or None,
                    year=fig_year,
                    kind=kind,
                    raw=raw,
                    value=value,
                    line_start=o.line_start,
                    line_end=o.line_end,
                    page_start=o.page_start,
                    page_end=o.page_end,
                )
            )
    return out


def indicator_records(report: Report) -> list[Indicator]:
    """Every figure of the report's performance indicators, tables first in order, then
    the lines that state them, in the order they stand."""
    by_table: dict[int, list[TableCellRecord]] = {}
    for c in report.table_cells:
        by_table.setdefault(c.table_id, []).append(c)
    titles = {o.node: o.text for o in report.outline}
    found: list[Indicator] = []
    for info in report.tables:
        title = titles.get(info.node, "") if info.node is not None else ""
        where = _Where(info.node, _project_at(report.projects, info.line_start))
        found.extend(_table_figures(info, by_table.get(info.table_id, []), title, where))
    found.extend(_prose_figures(report.outline, report.projects, report.meta.year))
    found.sort(key=lambda i: (i.line_start, i.row or 0, i.col or 0))
    return [i.model_copy(update={"seq": k}) for k, i in enumerate(found, 1)]
