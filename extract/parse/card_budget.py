"""A card's 예산 집행계획 in a text export -> ProjectBudget records.

The table comes out as lines: a header with the quarters (1분기 .. 4분기), then item
rows whose amounts follow the item's name, the name often wrapped onto lines of its own
around them, and under the table a note that states a carried-over amount.  Stages:
:func:`read_plan_rows` (the lines cut into rows, names split from amounts with the
budget appendix's item names as evidence) -> :func:`read_plan_table` (records, and the
lines left over).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from extract.document import Line
from extract.layout.caption_units import header_unit
from extract.normalize import parse_money, parse_unit
from extract.normalize.spacing import words
from extract.normalize.vocab import UNITS
from extract.parse.base import Parsed, prov
from extract.parse.costs import FUNDING_SOURCES
from extract.parse.text import collapse, is_amount, is_fraction, split_marker, squash
from extract.parse.vocab import BASIS_WORDS, CARRYOVER_WORDS, TOTAL_LABELS
from schemas import ProjectBudget, StatedTotal

#: the key of a card's 계 row among the stated totals (then ".<project_id>")
PLAN_TOTAL_KEY = "project_budgets.total"

#: a column of a card's table that gives a source's share of the amount (재원: "국비 시비"),
#: a source's word of two letters or more
SOURCE_COLUMNS: frozenset[str] = frozenset(w for w in FUNDING_SOURCES if len(w) > 1)
#: a quarter in the header: "1분기", "1/4분기", "1/4" alone, or "Q1"
_QUARTER = regex.compile(
    r"\d\s*/\s*4(?![\d.])(?:\s*분기)?|\d\s*분기|(?<![A-Za-z])Q[1-4](?![\dA-Za-z])"
)


@dataclass(slots=True)
class PlanRow:
    name_lines: list[Line] = field(default_factory=list)
    name_words: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    value_lines: list[Line] = field(default_factory=list)
    note_lines: list[Line] = field(default_factory=list)

    @property
    def name(self) -> str:
        return collapse(" ".join([*(ln.text for ln in self.name_lines), *self.name_words]))

    @property
    def lines(self) -> list[Line]:
        return sorted({*self.name_lines, *self.value_lines, *self.note_lines}, key=lambda ln: ln.no)


def _split_amounts(text: str, unit: str | None = None) -> tuple[list[str], list[str], list[str]]:
    """Words before the first amount, the amounts, words after them (a fraction before a
    word is the name's: "서울혁신 2.0 플랫폼 운영 157.28")."""
    toks = words(text)

    def amount(k: int) -> bool:
        return is_amount(toks[k]) or is_fraction(toks, k, unit)

    i = 0
    while i < len(toks) and not amount(i):
        i += 1
    j = i
    while j < len(toks) and amount(j):
        j += 1
    return toks[:i], toks[i:j], toks[j:]


def _opens(text: str) -> bool:
    """Whether ``text`` leaves a bracket open ("(국비 328,000 /")."""
    return sum(text.count(b) for b in "(（[") > sum(text.count(b) for b in ")）]")


def _name_start(pending: Sequence[Line], words: Sequence[str], evidence: str) -> int:
    """Where the next item's name starts among the text lines after the previous item.

    The lines before it are the previous item's notes.  Evidence first
    (``evidence``: the card's text, then ``|`` and each appendix item name):
    the longest tail of lines (plus the words on the amount line) whose text
    appears elsewhere in the card or in the budget appendix, else the longest
    that starts with an appendix item's name.  Then the cell boundary a blank
    line marks (a text export only, and a blank line may also sit inside a
    cell).  Then: the name is the amount line's words if it has some, else the
    last line.
    """
    content = [i for i, ln in enumerate(pending) if ln.is_content]

    def tail(i: int) -> str:
        return squash(" ".join([*(ln.text for ln in pending[i:] if ln.is_content), *words]))

    # (a text export sets its cells apart with blank lines: where it does, a name starts
    # after one, not between two lines of a cell, "취약계층" / "효율개선")
    spaced = bool(content) and any(not ln.is_content for ln in pending[content[0] : content[-1]])
    starts = [
        i for i in content if not spaced or i == content[0] or not pending[i - 1].is_content
    ]
    for i in starts:
        key = tail(i)
        if len(key) >= 4 and key in evidence:
            return i
    # the card's own wording of an appendix item: its words and more ("… 사업")
    names = tuple(n for n in evidence.split("|")[1:] if len(n) >= 4)
    for i in starts if names else ():
        if tail(i).startswith(names):
            return i
    if words:
        return len(pending)
    blanks = [
        i
        for i, ln in enumerate(pending)
        if not ln.is_content and i < (content[-1] if content else 0)
    ]
    if blanks and content:
        return next(i for i in content if i > blanks[-1])
    return content[-1] if content else len(pending)


def read_plan_rows(
    lines: Sequence[Line], evidence: str, unit: str | None = None
) -> list[PlanRow]:
    """The item rows of a 예산 집행계획 table body (header already removed)."""
    rows: list[PlanRow] = []
    pending: list[Line] = []
    for ln in lines:
        if not ln.is_content:
            pending.append(ln)
            continue
        before, amounts, after = _split_amounts(ln.text, unit)
        opened = " ".join(before)
        if not amounts or _opens(opened):
            # (figures inside a bracket the name opens are the name's: "(국비 328,000 /
            # 시비 492,000)" under its item's name)
            pending.append(ln)
            continue
        cur = rows[-1] if rows else None
        if (
            cur is not None
            and len(cur.values) < 5
            and not before
            and not [p for p in pending if p.is_content]
        ):
            cur.values.extend(amounts)  # the row's numbers wrapped onto this line
            cur.value_lines.append(ln)
        else:
            start = 0 if cur is None else _name_start(pending, before, evidence)
            if cur is not None:
                cur.note_lines.extend(p for p in pending[:start] if p.is_content)
            row = PlanRow(
                name_lines=[p for p in pending[start:] if p.is_content],
                name_words=list(before),
                values=list(amounts),
                value_lines=[ln],
            )
            rows.append(row)
        pending = []
        if after:  # words after the numbers: the notes cell on the same line
            pending.append(Line(ln.no, " ".join(after), ln.raw, ln.page, ln.kind))
    if rows:
        rows[-1].note_lines.extend(p for p in pending if p.is_content)
    return rows


def read_plan_table(
    label_line: Line, lines: Sequence[Line], evidence: str, project_id: str, parsed: Parsed
) -> tuple[list[ProjectBudget], list[Line]]:
    """A card's 예산 집행계획 table -> records; also returns the lines left over."""
    unit = parse_unit(label_line.text)
    used: list[Line] = [label_line]
    rest: list[Line] = []
    for ln in lines:
        if unit is None and ln.is_content and parse_unit(ln.text):
            unit = parse_unit(ln.text)
            used.append(ln)
        else:
            rest.append(ln)
    q = next(
        (i for i, ln in enumerate(rest) if ln.is_content and len(_QUARTER.findall(ln.text)) >= 2),
        None,
    )
    if q is None:
        parsed.warn(
            "project_budgets.no_header",
            f"{project_id}: budget table without a 1분기..4분기 header; not read",
            [label_line],
        )
        return [], list(lines)
    header = [ln for ln in rest[: q + 1] if ln.is_content]
    used += header
    if unit is None:  # a unit in the header: "예산현액(천원)"
        unit = next(
            (u for ln in header for t in ln.text.split() if (u := header_unit(t)) in UNITS), None
        )
    basis = next(
        (
            BASIS_WORDS[key]
            for ln in header
            for t in ln.text.split()
            if (key := squash(t).split("(")[0]) in BASIS_WORDS  # ("예산현액(천원)")
        ),
        None,
    )
    # (columns of the sources beside the amount, "재원: 국비 시비", before the quarters)
    sources = [t for ln in header for t in ln.text.split() if squash(t) in SOURCE_COLUMNS]
    body: list[Line] = []
    notes: list[Line] = []
    for ln in rest[q + 1 :]:
        marker, _ = split_marker(ln.text)
        (notes if marker in ("※", "*") or notes else body).append(ln)
    if unit is None:
        parsed.warn(
            "project_budgets.no_unit",
            f"{project_id}: no unit (단위: ...) for the budget table; amounts left empty",
            [label_line],
        )
    records: list[ProjectBudget] = []
    rows = read_plan_rows(body, evidence, unit)
    for row in [r for r in rows if squash(r.name) in TOTAL_LABELS]:
        # a 계 row over the items: their total, stated; no item of its own
        rows.remove(row)
        amount = parse_money(row.values[0], unit=unit) if unit and row.values else None
        if amount is not None:
            parsed.add(
                "stated_totals",
                StatedTotal(
                    key=f"{PLAN_TOTAL_KEY}.{project_id}",
                    value=amount,
                    unit=unit,
                    raw=" | ".join(ln.text.strip() for ln in row.lines),
                    **prov(row.lines),
                ),
            )
        used += row.lines
    carry = _carryover(notes)
    carried = _carried_row(rows, carry[1]) if carry is not None else None
    if carry is not None and carried is not None:
        carried.note_lines.append(carry[1])  # the note is part of the row's evidence
    for seq, row in enumerate(rows, start=1):
        vals = [parse_money(v, unit=unit) if unit else None for v in row.values]
        if sources and len(vals) == 5 + len(sources):
            vals = [vals[0], *vals[1 + len(sources) :]]  # (the sources' shares: no quarters)
        if len(vals) != 5:
            # (one figure is the amount, a row cut short; of two to four, the first is
            # the amount where it covers the others (quarters left blank), else which is
            # which is not known: none is filed under a column, no quarter under another's)
            kept = 1 if len(vals) == 1 or _covers(vals) else 0
            parsed.warn(
                "project_budgets.columns",
                f"{project_id} {row.name}: {len(vals)} numbers, expected 5 "
                "(amount and four quarters); "
                + ("the first kept as the amount" if kept else "amounts left empty"),
                row.lines,
            )
            vals = vals[:kept]
        vals += [None] * (5 - len(vals))
        if _amount_read_last(vals):
            vals = [vals[4], *vals[:4]]
        records.append(
            ProjectBudget(
                project_id=project_id,
                seq=seq,
                item=row.name,
                basis=basis or "",
                currency_unit=unit or "",
                amount_krw=vals[0],
                q1_krw=vals[1],
                q2_krw=vals[2],
                q3_krw=vals[3],
                q4_krw=vals[4],
                notes=collapse(
                    " ".join(
                        ln.text for ln in row.note_lines if carry is None or ln is not carry[1]
                    )
                ),
                carryover_krw=carry[0] if carry is not None and row is carried else None,
                raw=" | ".join(ln.text.strip() for ln in row.lines),
                **prov(row.lines),
            )
        )
        used += row.lines
    if carry is not None and carried is None and rows:
        parsed.warn(
            "project_budgets.carryover",
            f"{project_id}: a carried-over amount is noted for a table of {len(rows)} "
            "items and names none of them; not attributed",
            notes,
        )
    left = [ln for ln in lines if ln not in used and ln not in notes]
    return records, [*left, *notes]


def _covers(vals: Sequence[int | None]) -> bool:
    """Whether a row's first figure is at least the sum of the others (an amount beside
    some of its quarters, the rest left blank), the others being none of them larger.

    >>> _covers([120_000, 50_000, 30_000, 40_000]), _covers([1_000, 50_000, 30_000])
    (True, False)
    """
    if len(vals) < 2 or any(v is None for v in vals):
        return False
    first, rest = vals[0] or 0, [v or 0 for v in vals[1:]]
    return first > 0 and first >= sum(rest)


def _amount_read_last(vals: Sequence[int | None]) -> bool:
    """Whether a row's five figures were read with the amount last: set centred beside
    the quarters' figures and their notes, in a table with no rule between those, the
    amount reads after the quarters' line.  Only where the quarters as read add up to
    the last figure and not to the first (a report's own error keeps the order read).

    >>> _amount_read_last([10_000, 50_000, 30_000, 40_000, 130_000])
    True
    >>> _amount_read_last([130_000, 10_000, 50_000, 30_000, 40_000])
    False
    """
    if len(vals) != 5 or any(v is None for v in vals):
        return False
    *first, last = (v or 0 for v in vals)
    return sum(first) == last and sum(first[1:]) + last != first[0]


#: what a carry-over note says it is for: its brackets ("3,500천원(수소충전소 구축)")
_BRACKETED = regex.compile(r"[(（]([^()（）]+)[)）]")
#: the letters a row's name has, at least, to be told by a note's bracket
MIN_NAMED = 4


def _carried_row(rows: Sequence[PlanRow], note: Line) -> PlanRow | None:
    """The row a carry-over note is of: the table's one row, else the one it names ("※
    ’20년 사고이월액 3,500천원(수소충전소 구축) 포함": the row whose whole name a bracket
    holds, or the words before the amount, of four letters at least)."""
    if len(rows) == 1:
        return rows[0]
    # (its brackets, and what it names before the carried-over amount: "※ 찾아가는 복지
    # 운영 예산현액에 사고이월액 … 포함")
    text = squash(note.text)
    at = min((i for w in CARRYOVER_WORDS if (i := text.find(w)) >= 0), default=len(text))
    said = [squash(b) for b in _BRACKETED.findall(note.text)] + [text[:at]]
    named = [
        r for r in rows if len(key := squash(r.name)) >= MIN_NAMED and any(key in b for b in said)
    ]
    return named[0] if len(named) == 1 else None


def _carryover(notes: Sequence[Line]) -> tuple[int, Line] | None:
    """The amount of a "※ ’20년 사고이월액 200,000천원(...) 포함" note, and its line."""
    for ln in notes:
        if any(w in squash(ln.text) for w in CARRYOVER_WORDS):
            m = regex.search(r"[\d,]+\s*(?:천원|백만원|억원|만원|원)", ln.text)
            amount = parse_money(m[0]) if m else None
            if amount is not None:
                return amount, ln
    return None
