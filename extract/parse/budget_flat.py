"""A budget appendix whose one label column holds every level, as budget books print it:
"세부사업 / 통계목" over "합계", "도로과", "보행환경 개선", "시설비", …, beside the amount
(예산액) and each line's calculation basis (산출기초: "○ 보도 정비 : 30,000천원 × 40개소
= 1,200,000천원").

The levels come from the names and the basis: the first total is the bureau's row, a
unit's name its division's, a row with no basis an item (세부사업) of its division, and a
row with a basis a line of the item above it (통계목, ``parent`` that item).  Where the
table gives no basis column, the sums say it: an item whose amount the rows after it add
up to is over them.  The product a basis writes out is checked by ``prose.product``.

Stages: :func:`flat_columns` (is it such a table) -> :func:`flat_rows` (each row's level
and parent) -> :func:`flat_items` (the records).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import regex

from extract.document import Line
from extract.layout import Table
from extract.layout.caption_units import header_unit
from extract.layout.tables import TableCell
from extract.normalize.money import parse_money
from extract.parse.base import Parsed, prov
from extract.parse.budget_vocab import SUBTOTAL_WORDS
from extract.parse.budget_words import is_unit_name
from extract.parse.text import collapse, squash
from extract.parse.vocab import TOTAL_LABELS
from schemas import BudgetItem

#: the levels a flat label column's header names, parted by a slash or a dot
#: ("세부사업 / 통계목", "사업명·편성목")
LEVEL_HEADS: frozenset[str] = frozenset(
    {"세부사업", "세부사업명", "사업명", "단위사업", "통계목", "편성목", "세목", "목", "부서"}
)
#: headers of the column of each line's calculation basis
BASIS_HEADS: frozenset[str] = frozenset({"산출기초", "산출근거", "산출내역", "예산산출기초"})
#: headers of the amount column (a unit's bracket and a year aside: "2026년 예산액(천원)")
AMOUNT_HEADS: frozenset[str] = frozenset({"예산", "예산액", "금액"})
_UNIT_BRACKET = regex.compile(r"[(（][^()（）]*[)）]$")
#: the programme levels a budget book tags its rows with, outer first ("[정책사업] 도로
#: 건설 및 관리", "[단위사업] …", "[세부사업] …")
LEVEL_TAGS: tuple[str, ...] = ("정책사업", "단위사업", "세부사업")
#: the words of those tags, long or short ("<정책> 보건행정 운영 및 지원", "[단위] 보건소
#: 운영 지원") -> the level (its index in :data:`LEVEL_TAGS`)
LEVEL_TAG_WORDS: dict[str, int] = {
    "정책사업": 0, "정책": 0, "단위사업": 1, "단위": 1, "세부사업": 2, "세부": 2,
}  # fmt: skip
#: a level's tag before a row's name, in any of the brackets books set it in ("[…]",
#: "【…】", "<…>", "〈…〉", "(…)"), the longer word first
LEVEL_TAG = regex.compile(
    r"^[\[［【(（<＜〈《]\s*+(?P<tag>"
    + "|".join(sorted(LEVEL_TAG_WORDS, key=len, reverse=True))
    + r")\s*+[\]］】)）>＞〉》]\s*+"
)


def level_tag(label: str) -> tuple[int | None, str]:
    """A row's programme level by its tag (0 정책사업, 1 단위사업, 2 세부사업; None where it
    has none) and its name without the tag.

    >>> level_tag("<정책> 보건행정 운영 및 지원"), level_tag("【세부사업】 금연클리닉")
    ((0, '보건행정 운영 및 지원'), (2, '금연클리닉'))
    >>> level_tag("보건소 청사 유지관리")
    (None, '보건소 청사 유지관리')
    """
    tag = LEVEL_TAG.match(label.strip())
    if tag is None:
        return None, label
    return LEVEL_TAG_WORDS[tag["tag"]], label.strip()[tag.end() :]


def _settle(
    amounts: Sequence[int | None], start: int, stop: int, want: int
) -> dict[int, int | None] | None:
    """The untagged rows from ``start`` (before ``stop``) that add up to ``want``, what a
    programme's rows have still to: each -> the row of them it adds up into (None: the
    programme's), read flat or as heads each over the rows after it that add up to it (a
    단위사업 over its 세부사업, both untagged), whichever reads more rows; None where
    neither adds up."""
    if want <= 0:
        return None
    flat: dict[int, int | None] | None = None
    acc = 0
    for j in range(start, stop):
        amount = amounts[j]
        if amount is None or acc + amount > want:
            break
        acc += amount
        if acc == want:
            flat = dict.fromkeys(range(start, j + 1))
            break
    heads: dict[int, int | None] = {}
    total, at = 0, start
    while at < stop and total < want and (head := amounts[at]) is not None:
        acc, j = 0, at + 1
        while j < stop and acc < head and (amount := amounts[j]) is not None:
            acc += amount
            j += 1
        if acc != head or j == at + 1:
            break
        heads[at] = None
        heads.update((x, at) for x in range(at + 1, j))
        total, at = total + head, j
    if heads and total == want and (flat is None or len(heads) > len(flat)):
        return heads
    return flat


def tag_parents(
    tiers: Sequence[int | None], amounts: Sequence[int | None], total: int | None
) -> dict[int, int | None]:
    """The rows of one division's run (``total``: the division's amount) that a budget
    book's tagged programmes hold (``tiers``: each row's by its tag, :func:`level_tag`) ->
    the row each adds up into (None: the division).

    A tagged row adds up into the last row of a level above it (a 단위사업 into its
    정책사업), the outermost into the division; the untagged rows after them, into the
    innermost programme whose amount they add up to (:func:`_settle`: the 세부사업 a book
    leaves untagged under their 단위사업, or untagged 단위사업 each over its 세부사업 under
    their 정책사업).  Where none does, the rows go under the innermost while the
    outermost have not used up the division's amount (its sums left to the checks); once
    they have, the rows are none of the programmes': the division's own, or another
    division's printed in its column with no 소계 row.  Untagged rows before any tagged
    one are none of theirs either."""
    out: dict[int, int | None] = {}
    left = total  # (what the outermost have still to add up to)
    # (each open programme: its row, its level, what its rows have still to add up to)
    frames: list[tuple[int, int, int | None]] = []
    k = 0
    while k < len(tiers):
        tier, amount = tiers[k], amounts[k]
        if tier is not None:
            frames = [f for f in frames if f[1] < tier]
            if frames:
                row, level, want = frames[-1]
                out[k] = row
                frames[-1] = (row, level, None if want is None or amount is None
                              else want - amount)  # fmt: skip
            else:
                out[k] = None
                left = None if left is None or amount is None else left - amount
            frames.append((k, tier, amount))
            k += 1
            continue
        stop = next((j for j in range(k, len(tiers)) if tiers[j] is not None), len(tiers))
        settled, owner = None, -1
        for owner in range(len(frames) - 1, -1, -1):
            want = frames[owner][2]
            if want is not None and (settled := _settle(amounts, k, stop, want)):
                break
        if settled:
            row, level, _ = frames[owner]
            out.update((j, row if head is None else head) for j, head in settled.items())
            frames = [*frames[:owner], (row, level, 0)]
            k = max(settled) + 1
            continue
        opened = [f for f in frames if f[2] is None or f[2] > 0]
        if opened and (left is None or left > 0):
            out.update(dict.fromkeys(range(k, stop), opened[-1][0]))
        else:
            frames = []  # (the programmes are done: the rows after them none of theirs)
        k = stop
    return out


_YEAR_LEAD = regex.compile(r"^[’‘']?(?P<y>(?:19|20)?\d{2})년?도?")


@dataclass(frozen=True, slots=True)
class FlatColumns:
    label: int
    amount: int
    basis: int | None


def flat_columns(table: Table, year: int | None = None) -> FlatColumns | None:
    """The columns of a flat appendix table: its label column headed by two levels or
    more, its amount column (the plan year's, else the latest year's, where several
    years stand side by side); None for another table."""
    heads = {c.col: squash(c.text) for c in table.cells
             if c.row < table.header_rows and c.col_span == 1}  # fmt: skip
    label = next(
        (col for col, h in sorted(heads.items())
         if len(parts := regex.split(r"[/·ㆍ]", h)) >= 2 and set(parts) <= LEVEL_HEADS),
        None,
    )  # fmt: skip
    amounts: dict[int, int] = {}  # (column -> the year it heads, 0 for none)
    for col, h in sorted(heads.items()):
        bare = _UNIT_BRACKET.sub("", h)
        lead = _YEAR_LEAD.match(bare)
        if _YEAR_LEAD.sub("", bare) in AMOUNT_HEADS:
            y = int(lead["y"]) if lead else 0
            amounts[col] = y + 2000 if 0 < y < 100 else y
    mine = [col for col, y in amounts.items() if year is not None and y == year]
    amount = mine[0] if mine else max(amounts, key=lambda c: amounts[c], default=None)
    if label is None or amount is None or amount <= label:
        return None
    basis = next((col for col, h in heads.items() if h in BASIS_HEADS), None)
    return FlatColumns(label, amount, basis)


@dataclass(slots=True)
class FlatRow:
    row: int
    name: str
    amount: int | None
    basis: str
    level: str = "item"
    parent: str | None = None
    division: str | None = None
    #: the programme level its tag names (0 정책사업, 1 단위사업, 2 세부사업), if tagged
    tier: int | None = None


def _read(table: Table, cols: FlatColumns, unit: str) -> list[FlatRow]:
    at = {(c.row, c.col): c for c in table.cells}  # (each cell where it starts)
    out: list[FlatRow] = []
    for r in range(table.header_rows, table.n_rows):
        label, value = at.get((r, cols.label)), at.get((r, cols.amount))
        if label is None or value is None or not label.text.strip():
            continue
        basis = at.get((r, cols.basis)) if cols.basis is not None else None
        name = collapse(label.text)
        tier, name = level_tag(name)  # (its level's tag: no part of its name)
        row = FlatRow(r, name, parse_money(value.text, unit=unit),
                      collapse(basis.text) if basis is not None else "")  # fmt: skip
        row.tier = tier
        out.append(row)
    return out


def _sums_over(rows: Sequence[FlatRow], k: int, least: int) -> int:
    """How many rows after ``k`` (``least`` at least) add up to its amount, before the next
    total or unit (0 where none do)."""
    want, total = rows[k].amount, 0
    for n, r in enumerate(rows[k + 1 :], start=1):
        if want is None or r.amount is None or r.level != "item":
            return 0
        total += r.amount
        if total == want:
            return n if n >= least else 0
        if total > want:
            return 0
    return 0


def _by_sums(rows: Sequence[FlatRow], least: int) -> list[tuple[int, int]]:
    """(item, how many lines after it) of the items of a run of rows, their lines the rows
    after each that add up to it."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(rows):
        n = _sums_over(rows, k, least)
        out.append((k, n))
        k += n + 1
    return out


def _nest_by_sums(rows: Sequence[FlatRow], over: FlatRow | None) -> None:
    """Each item of a division's run of rows over the lines that add up to it: one line
    alone only where the division's items then add up to the division's amount (else two
    items of one amount would be one over the other)."""
    for least in (1, 2):
        nested = _by_sums(rows, least)
        whole = sum(rows[k].amount or 0 for k, _ in nested)
        if least == 2 or over is None or whole == over.amount:
            break
    for k, n in nested:
        for line in rows[k + 1 : k + 1 + n]:
            line.parent = rows[k].name


def _own_words(name: str, own: str) -> str:
    """The words of a row's name that spell ``own`` (its name without the subtotal's
    word after it, "보건행정과 소 계" -> "보건행정과")."""
    words = name.split()
    while words and squash(" ".join(words)) != own:
        words.pop()
    return " ".join(words) or own


def flat_rows(
    table: Table, cols: FlatColumns, unit: str, known: Sequence[str] = ()
) -> list[FlatRow]:
    """The rows with their levels and parents (``known``: the divisions the organisation
    names; where it names some, only they are divisions: "도시재생지원센터" may be an
    item)."""
    rows = _read(table, cols, unit)
    named = {squash(k) for k in known}
    bureau: str | None = None
    for k, r in enumerate(rows):
        key = squash(r.name)
        # (a division's row that says it subtotals, "보건행정과 소계": the division's)
        own = next((key.removesuffix(w) for w in SUBTOTAL_WORDS if key.endswith(w)), key)
        if k == 0 and key in TOTAL_LABELS:
            r.level, bureau = "bureau", r.name  # (its children name it as it is printed)
        elif not r.basis and r.tier is None and (own in named if named else is_unit_name(own)):
            if own != key:
                r.name = _own_words(r.name, own)
            r.level, r.parent, r.division = "division", bureau, r.name
    # (each division's run of rows, and the bureau's before any)
    runs: list[tuple[FlatRow | None, list[FlatRow]]] = [(None, [])]
    for r in rows:
        if r.level == "division":
            runs.append((r, []))
        elif r.level == "item":
            runs[-1][1].append(r)
    for head, run in runs:
        division = head.name if head is not None else None
        item: str | None = None
        # (the rows its tagged programmes hold, each under the row its tag and the sums
        # put it under: 단위사업 under its 정책사업, a 목 with no basis under its 세부사업;
        # the lines a basis gives go under their item below)
        bare = [r for r in run if not r.basis]
        held = tag_parents([r.tier for r in bare], [r.amount for r in bare],
                           head.amount if head is not None else None)  # fmt: skip
        booked = {id(bare[j]): bare[p] if p is not None else None for j, p in held.items()}
        for r in run:
            r.division, r.parent = division, division or bureau
            if (over := booked.get(id(r))) is not None:
                r.parent = over.name
            if cols.basis is None:
                continue
            # (no basis: an item over the lines after it that give theirs)
            if r.basis and item is not None:
                r.parent = item
            else:
                item = r.name
        if cols.basis is None:  # (the rows of no tagged programme, by their sums)
            _nest_by_sums([r for r in run if id(r) not in booked], head)
    return rows


def flat_items(
    table: Table, cols: FlatColumns, by_no: Mapping[int, Line], unit: str | None,
    known: Sequence[str] = (),
) -> Parsed:
    """The budget items of a flat appendix table read with its columns ``cols``."""
    out = Parsed()
    head = next((c.text for c in table.cells if c.row < table.header_rows
                 and c.col == cols.amount), "")  # fmt: skip
    money = header_unit(head) or unit or table.currency_unit  # ("예산액(천원)")
    if money is None:
        return out
    by_row: dict[int, list[TableCell]] = {}
    for c in table.cells:
        by_row.setdefault(c.row, []).append(c)
    for seq, r in enumerate(flat_rows(table, cols, money, known), start=1):
        cells = by_row.get(r.row, [])
        src = [by_no[n] for c in cells for n in c.lines if n in by_no]
        out.add(
            "budget_items",
            BudgetItem(
                seq=seq, level=r.level, division=r.division, parent=r.parent, item=r.name,
                currency_unit=money, budget_krw=r.amount, budget_current_krw=None,
                raw=" | ".join(collapse(c.text) for c in cells if c.text.strip()),
                **prov(src or [by_no[n] for n in table.lines if n in by_no]),
            ),
        )  # fmt: skip
        out.use(src)
    return out
