"""One budget table's shape (:class:`Shape`: its axes, body, unit, years and the groups its
rows stand in) and the amounts found in it (:class:`Found`), with the readings of a table
that need only its rows: a fund's sides, the units merged down a column left of the rows'
labels, a government's share in brackets, a total printed in the header.

Below :mod:`extract.parse.budget_lines`, which gives every amount its meaning.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from extract.layout import Table
from extract.normalize.marks import without_mark
from extract.normalize.spacing import despace_label
from extract.parse.budget_headers import BARE_YEAR, label_year
from extract.parse.budget_scope import Surroundings
from extract.parse.budget_table import Amount, GridCell, Reading, Row, Rows
from extract.parse.budget_vocab import FUND_ENDING
from extract.parse.budget_words import (
    amount,
    bracket_share,
    fund_side,
    is_account_name,
    is_figure,
    is_pure_total,
    is_subtotal_label,
    is_total_label,
    is_unit_name,
    name_of,
    unit_axis,
)
from extract.parse.costs import source_name
from extract.parse.text import squash


@dataclass(slots=True)
class Found:
    """An amount cell with its column header path and its row (or the label left of it)."""

    cell: GridCell
    value: int
    parts: list[str]
    row: Row | None
    inrow: str | None
    #: the money unit its own column declares where the table's is not it
    money: str | None = None

    @property
    def label(self) -> str:
        """The row's label: the text cell left of it in a pair table, else the row header."""
        return self.inrow or (self.row.label if self.row is not None else "")

    @property
    def leaf(self) -> str:
        return self.parts[-1] if self.parts else ""


@dataclass(slots=True)
class Shape:
    """What holds for every amount of one table: its axes, body, unit and years."""

    rows: Rows
    by_rows: bool
    by_cols: bool
    unit: str
    around: Surroundings
    body: str
    own: bool
    year: int | None
    known: Sequence[str]
    #: the rows others are parts of, where the table's tree is known
    sums: frozenset[int] = frozenset()
    #: a table by units: the account of each unit's row set under an account's row
    groups: dict[int, str] = field(default_factory=dict)
    #: the side its rows are of by what they are: programmes ("사업명") are spent
    rows_side: str | None = None
    #: row -> the side a row before it opens ("세 출 계" over the divisions)
    row_sides: dict[int, str] = field(default_factory=dict)
    #: the unit merged down a column left of each row's own label, over its items
    outer_units: dict[int, str] = field(default_factory=dict)
    #: the unit of each row of a group of units in a table that is not by unit
    group_units: dict[int, str] = field(default_factory=dict)
    #: the labels of a right panel (two 구분 | 금액 pairs side by side) are units: 세입 by
    #: source on the left, 세출 by 과 on the right
    panel_units: bool = False
    #: every amount column a government's share or the 계 of them ("계 | 국 비 | 도 비")
    sources_across: bool = False
    #: the amount columns are years ("계 | 2025 | 2026 | … | 2029"): their 계 is of no one
    years_across: bool = False
    #: every row a funding source or their total ("합 계" over "국 비", "도 비")
    sources_down: bool = False


def fund_sides(rows: Rows) -> dict[int, str]:
    """Row -> the side of a fund the last total before it opens (:func:`fund_side`)."""
    return rows.sides(fund_side)


def one_fund(reading: Reading) -> bool:
    """Whether a table is one fund's own (``□ … 주민지원기금`` / ``< 2026년 기금 운용계획 >``):
    every amount of that one fund, its rows the fund's sources and uses (전년도 이월금,
    이자수입, 예치금), none an account of its own: no units of the summary, whose rows are
    the body's."""
    accounts = {a.account for a in reading.amounts}
    if len(accounts) != 1 or not reading.amounts:
        return False
    (account,) = accounts
    return (
        account is not None
        and squash(account).endswith(FUND_ENDING)
        and not any(is_account_name(r.label) for r in reading.rows.by_row.values() if r.label)
    )


def bracket_shares(amounts: Sequence[Amount], shape: Shape) -> list[Amount]:
    """A government's share printed in brackets in an amount's cell ("812,345" over "(국
    524,000)", a note saying "( )는 국비"): an amount of that source, beside the cell's."""
    out = []
    for a in amounts:
        share = bracket_share(a.cell.text) if a.source is None else None
        value = amount(share[1], a.currency_unit or shape.unit) if share else None
        if share is not None and value is not None:
            out.append(replace(a, value=value, source=source_name(share[0])))
    return out


def merged_units(rows: Rows, known: Sequence[str]) -> dict[int, str]:
    """Each row's unit where units are merged down a column left of the rows' own labels
    ("부 서 | 세 부 사 업 | …", 농업정책과 over its 소계 and programmes); a row under a
    page break, its unit's cell not repeated, is the unit's above it; none where the
    column holds no units.  The units' column is the innermost of the merged labels, else
    the first, where the 세부사업 are merged down between the units and the rows' own
    labels (``부 서 | 세 부 사 업 | 편 성 목``, a 세부사업 over its 계 and its codes)."""
    ordered = sorted(rows.by_row.values(), key=lambda r: r.row)
    inner = _merged_units_at(ordered, known, -1)
    return inner or _merged_units_at(ordered, known, 0)


def _merged_units_at(ordered: Sequence[Row], known: Sequence[str], at: int) -> dict[int, str]:
    """:func:`merged_units` of the merged labels at index ``at`` of each row's."""
    out: dict[int, str] = {}
    last: str | None = None
    outers: list[str] = []
    for r in ordered:
        if r.outer and r.outer[at].strip():
            last = None if is_total_label(r.outer[at]) else r.outer[at]
            outers.append(r.outer[at])
        elif is_total_label(r.label) and not r.subtotal and not r.outer:
            last = None  # (the table's own 합계, across both columns)
        elif not r.outer and is_unit_name(r.label, known):
            # (a unit across both columns after a unit's group: "총무과" after 자치행정과's
            # 소계 and programmes is its own)
            last = r.label
        if last is not None:
            out[r.row] = name_of(last)
    return out if outers and unit_axis(outers, known) else {}


def header_totals(
    table: Table, cells: Sequence[GridCell], found: Sequence[Found], shape: Shape
) -> list[Amount]:
    """A figure in the header over a column of amounts ("2025년 운용규모 / 13,333"): the
    column's total."""
    columns = {k for f in found for k in f.cell.cols}
    out = []
    for c in cells:
        if not (c.is_header and c.row < table.header_rows and c.col >= table.row_header_cols):
            continue
        figure = is_figure(c.text) and not BARE_YEAR.match(c.text.strip())
        value = amount(c.text, shape.unit) if figure else None
        if value is None or not set(c.cols) & columns:
            continue
        above = [
            h.text for h in cells
            if h.is_header and h.row < c.row and set(h.cols) & set(c.cols)
            and h.text and not is_figure(h.text)
        ]  # fmt: skip
        out.append(
            Amount(
                cell=c,
                value=value,
                unit="계" if shape.own else shape.body,
                is_total=True,
                account=shape.around.account,
                side=shape.around.side,
                item=None,
                label=despace_label(" / ".join(without_mark(a) for a in above)),
                year=label_year(above) or shape.around.year or shape.year,
            )
        )
    return out


def grand_total(shape: Shape) -> bool:
    """Whether the table has a row of all its rows' total (계, 합계, 총계)."""
    return any(is_pure_total(r.label) for r in shape.rows.by_row.values())


def subtotals_under(shape: Shape, group: str) -> int:
    """How many rows under a group merged down beside them are subtotals (a side's one
    소계 is its whole; of two, each a part's)."""
    return sum(
        1 for r in shape.rows.by_row.values()
        if is_subtotal_label(r.label) and r.outer and r.outer[-1] == group
    )  # fmt: skip
