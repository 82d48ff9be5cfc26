"""붙임: 세부사업 예산 현황 -> BudgetItem and BudgetNote records.

A table of bureau > division > item rows, each with this year's budget
(예산) and the budget in force (예산현액), and a ※ note that states
예산현액 = 예산 + 사고이월액.  A row's level comes from the document: the
bureau and division names of the org chart, else the first row is the
bureau and a row named like a division (…담당관, …과) is a division; then
the table's own sums settle what the names cannot (:func:`nest`): a 기획관's
row over its 과, a 사업소 named for its work.

Only a header that names those two columns is read: an appendix of another
form gives no records (and none of the appendix's checks misfires).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import regex

from extract.document import Line
from extract.layout import Table
from extract.layout.captions import group_labels, says_continued
from extract.normalize import parse_money, parse_unit
from extract.normalize.vocab import CLOSING_BRACKETS, OPENING_BRACKETS
from extract.normalize.wraps import join_wrapped
from extract.parse.base import Context, Parsed, prov
from extract.parse.book_header import whole_header
from extract.parse.budget_basis import book_aside, glyph_tiers, without_glyph
from extract.parse.budget_flat import level_tag, tag_parents
from extract.parse.budget_grid import grid_items
from extract.parse.table import (
    CONTINUED_WORDS,
    header_columns,
    numeric_rows,
    repeated_header,
    split_header,
    warn_unnamed,
    without_remarks,
)
from extract.parse.text import split_marker, squash
from extract.parse.vocab import CARRYOVER_WORDS, DIVISION_SUFFIXES, TEAM_SUFFIXES, TOTAL_LABELS
from extract.sections import Section
from schemas import BudgetItem, BudgetNote

#: a labelled amount in a note: "’21년 예산현액(12,346,984천원)"
_NOTE_AMOUNT = regex.compile(
    # a bounded label that starts a Hangul run: a long run before "(" stays linear
    r"(?<!\p{Hangul})(?P<label>\p{Hangul}{1,30}+)\s*+\(\s*+(?P<amount>[△▽-]?[\d,]+(?:\.\d+)?\s*(?:천원|백만원|억원|만원|원))\s*\)"
)


#: a year in a header word: "’21년", "2021년도", "’21년예산"
_HEADER_YEAR = regex.compile(r"(?<!\d)(?P<y>\d{4}|\d{2})년")
#: header words of columns the appendix records do not keep (증감, 증감률, 비교); so is
#: any other word of two letters or more
_SKIPPED_COLUMNS = ("증감", "비교", "대비")


#: the words an appendix header spells letter by letter ("증 감", "비 고", "예 산 현 액")
_SPACED_HEADERS: tuple[str, ...] = (
    "예산", "예산액", "예산현액", "증감", "증감률", "비교", "대비", "비고", "집행액", "국비",
    "시비", "도비", "구비",
)  # fmt: skip


def _spaced_words(keys: Iterable[str]) -> list[str]:
    """Header words with the letters of a letter-spaced one joined ("증 감 비 고" ->
    "증감", "비고"): a letter goes on the word before while they begin a header word."""
    out: list[str] = []
    spaced = False
    for key in keys:
        letter = regex.fullmatch(r"\p{Hangul}", key) is not None
        if letter and spaced and any(w.startswith(out[-1] + key) for w in _SPACED_HEADERS):
            out[-1] += key
        else:
            out.append(key)
        spaced = letter
    return out


#: a header word that is a year and nothing else ("2026년", "’25년", "2026")
_BARE_YEAR = regex.compile(r"[’‘']?(?:(?:19|20)\d{2}(?:년도?)?|\d{2}년도?)")


def _heads_alone(after: Sequence[str]) -> bool:
    """Whether a year heads a column by itself, by the header word after it: none, another
    year, or a column of no year (증감, 비고); not the word it qualifies ("’21년 집행액")."""
    return not after or bool(_BARE_YEAR.fullmatch(after[0])) or after[0].startswith(
        (*_SKIPPED_COLUMNS, "비고")
    )


_LETTER_MARK = regex.compile(r"[(（][A-Za-z](?:[-+][A-Za-z])?[)）]$")


def _own_item(label: str, division: str | None) -> str:
    """An item's name without its division's printed before it again, as the first row
    under the header printed again on a page repeats the 부서 merged down beside it
    ("장애인복지과 장애인연금 지급"; elsewhere "문화예술과 운영 지원" is an item's name)."""
    if division and label.startswith(division + " ") and len(label) > len(division) + 1:
        return label[len(division) + 1 :].lstrip()
    return label


def column_fields(header: Line | None) -> list[str] | None:
    """Which column is 예산 and which is 예산현액, in the header's order ("skip" for a
    column no record keeps: last year's 예산 beside this year's, 증감); None for a header
    that names no 예산 (a table of another form).

    >>> h = Line(1, "부서명 / 사업명 ’20년 예산 ’21년 예산 증감", "")
    >>> column_fields(h)
    ['skip', 'budget', 'skip']
    >>> column_fields(Line(1, "부서명 / 사업명 ’21년 예산 ’21년 집행액", ""))
    ['budget', 'skip']
    >>> column_fields(Line(1, "부서명 / 사업명 ’22년 예산 ’23년 예산 증 감", ""))
    ['skip', 'budget', 'skip']
    >>> column_fields(Line(1, "부 서 명 세 부 사 업 2026년 2025년 증 감", ""))
    ['budget', 'skip', 'skip']
    >>> column_fields(Line(1, "부서명 / 사업명 2026 예산 2025 예산 증 감", ""))
    ['budget', 'skip', 'skip']
    >>> column_fields(Line(1, "부서명 / 사업명 2026년 예산(A) 2025년 예산(B) 증감(A-B)", ""))
    ['budget', 'skip', 'skip']
    >>> column_fields(Line(1, "부 서 세 부 사 업 2026년 예산(A) 2025년 예산(B) 증 감(A-B)", ""))
    ['budget', 'skip', 'skip']
    """
    if header is None:
        return None
    cols: list[tuple[str, int | None]] = []
    year: int | None = None
    # (a column's letter mark aside: "2026년 예산(A)", "증감(A-B)", the last letter of a
    # spaced word's too, "증 감(A-B)")
    keys = _spaced_words(
        _LETTER_MARK.sub("", k) or k for k in (squash(tok.text) for tok in header_columns(header))
    )
    for i, key in enumerate(keys):
        bare = _BARE_YEAR.fullmatch(key)
        if (m := _HEADER_YEAR.search(key)) is not None:
            year = int(m["y"]) % 100
        elif bare is not None and (digits := regex.search(r"\d{2,4}", key)) is not None:
            year = int(digits[0]) % 100  # (a year without 년: "2026 예산")
        if bare is not None and _heads_alone(keys[i + 1 : i + 2]):
            cols.append(("budget", year))  # (a year alone heads its budget: "2026년 2025년")
        elif bare is not None:
            continue  # (the year of the column's word after it: "2026 예산")
        elif key.endswith("예산현액"):
            cols.append(("budget_current", year))
        elif key.endswith("예산") or key.endswith("예산액"):
            cols.append(("budget", year))
        elif key.startswith(_SKIPPED_COLUMNS) or (len(key) > 1 and m is None):
            cols.append(("skip", None))  # (증감, or a column of its own: 집행액, 국비)
        else:
            continue  # (a year before its column's word, a letter of a spaced word)
        year = None
    budgets = [(y if y is not None else -1, i) for i, (f, y) in enumerate(cols) if f == "budget"]
    if not budgets:
        return None
    this = max(budgets)[1]  # (the latest year's 예산: "’20년 예산 ’21년 예산")
    return [
        "skip" if f == "budget" and i != this else f for i, (f, _) in enumerate(cols)
    ]


def read_note(lines: Sequence[Line], unit: str | None) -> BudgetNote | None:
    """ "※ 예산현액(N천원) = 예산(N천원) + 사고이월액(N천원)" (on one line or wrapped over
    several) -> the three amounts."""
    text = join_wrapped(ln.text for ln in lines)
    found: dict[str, int | None] = {}
    for m in _NOTE_AMOUNT.finditer(text):
        label = m["label"]
        value = parse_money(m["amount"])
        if label.endswith("예산현액"):
            found.setdefault("budget_current_krw", value)
        elif any(label.endswith(w) for w in CARRYOVER_WORDS):
            found.setdefault("carryover_krw", value)
        elif label.endswith(("예산", "예산액")):
            found.setdefault("budget_krw", value)
    if not found:
        return None
    return BudgetNote(
        text=text,
        budget_current_krw=found.get("budget_current_krw"),
        budget_krw=found.get("budget_krw"),
        carryover_krw=found.get("carryover_krw"),
        **prov(lines),
    )


def note_wraps(section: Section) -> dict[int, int]:
    """Line -> the first line of the ※ note it wraps (the outline's note nodes: a note
    too long for its line goes on under it)."""
    if section.node is None:
        return {}
    return {
        ln.no: n.lines[0].no
        for n in section.node.walk()
        if n.kind == "note"
        for ln in n.lines[1:]
    }


#: the total words, the longest first ("합계" before "계")
_TOTALS_LONGEST_FIRST = sorted(TOTAL_LABELS, key=len, reverse=True)


def _own_name(name: str) -> str:
    """A row's name without the total word it says it is ("기후정책과 소 계" ->
    "기후정책과"; a division's cell spanning its 소계 row and its items reads so)."""
    key = squash(name)
    total = next((w for w in _TOTALS_LONGEST_FIRST if key.endswith(w)), "")
    if not total or len(key) == len(total):
        return name.strip()
    words = name.split()
    while words and squash(" ".join(words)) != key[: len(key) - len(total)]:
        words.pop()
    return " ".join(words) if words else key[: len(key) - len(total)]


def _level(name: str, own_name: str, first: bool, ctx: Context, teams: bool = False) -> str:
    """bureau, division or item (``own_name``: the name without the total word it says it
    is, :func:`_own_name`; ``teams``: the appendix names no division, its teams run its
    items)."""
    key = squash(name)
    # (the bureau's or a division's row may say it totals: "문화체육관광국 합계")
    own = squash(own_name)
    if (ctx.bureau and squash(ctx.bureau) in (key, own)) or (first and not ctx.bureau):
        return "bureau"
    if ctx.divisions:
        divisions = {squash(d) for d in ctx.divisions}
        return "division" if key in divisions or own in divisions else "item"
    # (no divisions known and none in the appendix: a 과's report, its teams run its
    # items, "경제정책팀" over them)
    unit = own_name.endswith((*DIVISION_SUFFIXES, *(TEAM_SUFFIXES if teams else ())))
    return "division" if unit and " " not in own_name else "item"


#: how deep each level of the appendix stands
_DEPTH = {"bureau": 0, "division": 1, "item": 2}


def _adding_up(
    levels: Sequence[str], amounts: Sequence[int | None], start: int, want: int
) -> int | None:
    """Where the rows of one level from ``start`` on (each with the deeper rows under it
    passed over) first add up to ``want``: the end of that run, or None."""
    if start >= len(levels):
        return None
    level, acc, j = levels[start], 0, start
    while j < len(levels) and levels[j] == level and (amount := amounts[j]) is not None:
        acc += amount
        j += 1
        while j < len(levels) and _DEPTH[levels[j]] > _DEPTH[level]:
            j += 1
        if acc == want:
            return j
    return None


def nest(
    levels: Sequence[str], amounts: Sequence[int | None], tiers: Sequence[int | None] = ()
) -> tuple[list[str], list[int | None]]:
    """Each row's level and the row it adds up into (its index), from the levels its name
    gives and the report's own sums (``tiers``: each row's programme level by its tag,
    :func:`~extract.parse.budget_flat.level_tag`).

    The names decide where they can; the sums settle what they cannot: a row named like
    an item, after a division whose items already add up to it, is a unit of its own where
    the items after it add up to it (a 사업소 named for its work, "○○의마을"); a division's
    row right over two divisions or more that add up to it is the group over them (a 기획관
    between the 실 and its 과), of the bureau's level.

    A row tagged with its programme level (``<정책>``, ``[단위사업]``) and the untagged
    rows its sums hold add up as :func:`~extract.parse.budget_flat.tag_parents` reads
    them (a 단위사업 into its 정책사업, the outermost into the division); none of them is
    a unit of its own, whatever the sums after it.
    """
    out = list(levels)
    tagged: list[int | None] = [*tiers[: len(levels)], *[None] * (len(levels) - len(tiers))]
    booked = _booked(out, amounts, tagged)
    for i, level in enumerate(out):
        amount = amounts[i]
        if level != "division" or amount is None:
            continue
        end = _adding_up(out, amounts, i + 1, amount)
        if end is None or end >= len(out) or out[end] != "item" or amounts[end] is None:
            continue
        after = amounts[end]
        if end in booked:
            continue  # (a programme's row, or one under it: no unit)
        if after is not None and _adding_up(out, amounts, end + 1, after) is not None:
            out[end] = "division"
    group: dict[int, int] = {}
    for i in range(1, len(out) - 1):
        amount = amounts[i]
        if out[i] != "division" or out[i + 1] != "division" or amount is None:
            continue
        end = _adding_up(out, amounts, i + 1, amount)
        under = [j for j in range(i + 1, end or i) if out[j] == "division"]
        if end is not None and len(under) >= 2:
            out[i] = "bureau"
            group.update((j, i) for j in under)
    top = 0 if out and out[0] == "bureau" else None
    programme = _programmes(out, amounts)
    booked = _booked(out, amounts, tagged)  # (again, over the runs the sums settled)
    parents: list[int | None] = []
    division: int | None = None
    for k, level in enumerate(out):
        if level == "item":
            over = booked.get(k)
            parents.append(over if over is not None else programme.get(k, division))
            continue
        if level == "division":
            division = k
            parents.append(group.get(k, top))
        else:
            division = None
            parents.append(top if k != top else None)
    return out, parents


def _booked(
    levels: Sequence[str], amounts: Sequence[int | None], tiers: Sequence[int | None]
) -> dict[int, int | None]:
    """The rows a budget book's tagged programmes hold, in each division's run of items
    (:func:`~extract.parse.budget_flat.tag_parents`) -> the row each adds up into (None:
    the division's)."""
    out: dict[int, int | None] = {}
    if not any(t is not None for t in tiers):
        return out
    start = 0
    while start < len(levels):
        head = start if levels[start] != "item" else None
        first = start + (head is not None)
        end = first
        while end < len(levels) and levels[end] == "item":
            end += 1
        held = tag_parents(
            tiers[first:end], amounts[first:end], amounts[head] if head is not None else None
        )
        out.update((first + j, None if p is None else first + p) for j, p in held.items())
        start = max(end, start + 1)
    return out


def _programmes(levels: Sequence[str], amounts: Sequence[int | None]) -> dict[int, int]:
    """Item rows that sum the items after them (a 단위사업 over its 세부사업): each item
    under one -> the row it adds up into.  Only where a division's items, read flat, do
    not add up to it and read so do: every item is either such a row or one of the run
    after it that adds up to it, and those rows add up to the division."""
    out: dict[int, int] = {}
    for k, level in enumerate(levels):
        total = amounts[k]
        if level != "division" or total is None:
            continue
        end = k + 1
        while end < len(levels) and levels[end] == "item":
            end += 1
        rows = range(k + 1, end)
        if any(amounts[j] is None for j in rows) or sum(amounts[j] or 0 for j in rows) == total:
            continue
        heads: dict[int, list[int]] = {}
        at = k + 1
        while at < end:
            want, acc, j = amounts[at] or 0, 0, at + 1
            while j < end and acc < want:
                acc += amounts[j] or 0
                j += 1
            if acc != want or j == at + 1:
                break
            heads[at] = list(range(at + 1, j))
            at = j
        if at == end and heads and sum(amounts[h] or 0 for h in heads) == total:
            out.update((j, h) for h, kids in heads.items() for j in kids)
    return out


#: header words of the column that names each row's division ("부 서 명 | 사 업 명 | …")
_DIVISION_COLUMN_WORDS: tuple[str, ...] = ("부서",)


def _alone(
    header: Line, labels: Sequence[str], levels: Sequence[str], amounts: Sequence[int | None],
    ctx: Context, booked: Mapping[int, int | None] | None = None,
) -> dict[int, tuple[str, str]]:
    """Item rows of a division printed in its column with no 소계 row over its items
    ("관로관리과 노후 상수관로 정비 46,800" after "급수운영과 소 계" and its items, which add
    up to it already), and the items under them -> (the division, the item's name): read
    line by line, the division's cell runs into its first item's name.  Only under a
    header that names a column of divisions, and only after a division whose items are all
    read (``booked``: the rows of a budget book's tagged programmes, :func:`_booked`, none
    of another division; only the outermost add up into this one)."""
    if not any(w in squash(header.text) for w in _DIVISION_COLUMN_WORDS):
        return {}
    known = {squash(d) for d in ctx.divisions}
    out: dict[int, tuple[str, str]] = {}
    left: int | None = None  # what the open division's items have still to add up to
    opened = ""  # (the open division's row, "급수운영과 소 계")
    booked = booked or {}
    for k, level in enumerate(levels):
        amount = amounts[k]
        if level != "item":
            left = amount if level == "division" else None
            opened = squash(labels[k]) if level == "division" else ""
            continue
        if k in booked:
            # (a programme's row or one under it: none of another division; only the
            # outermost add up into this one, "[단위] 치매안심센터 운영" not; once they
            # have used it up, the next row may name a division again)
            if booked[k] is None and left is not None and amount is not None:
                left -= amount
            continue
        first, _, rest = labels[k].strip().partition(" ")
        unit = squash(first)
        named = unit in known or (len(unit) >= 3 and unit.endswith(DIVISION_SUFFIXES))
        named = named and not opened.startswith(unit)  # (not its own 부서 printed again)
        if named and rest.strip() and (left in (0, None) or k - 1 in out):
            out[k] = (first, rest.strip())
        elif k - 1 in out:
            out[k] = (out[k - 1][0], labels[k].strip())  # (its next item, 부서 left empty)
        elif left is not None and amount is not None:
            left -= amount
    return out


def _unit_line(text: str) -> bool:
    """A line that declares the appendix's unit: a short one, "(단위 : 천원)", or a bracket
    of its declaration alone, words after the unit too ("(단위 : 백만원, 국비·도비 기준)")."""
    t = text.strip()
    if not t or parse_unit(t) is None:
        return False
    whole = t[0] in OPENING_BRACKETS and t[-1] in CLOSING_BRACKETS and "단위" in squash(t)
    return len(t) < 20 or whole


def parse_budget_items(
    section: Section, ctx: Context, tables: Sequence[Table] = ()
) -> Parsed:
    """The appendix's rows, read line by line in the template's form; else from its drawn
    grid (:func:`~extract.parse.budget_grid.grid_items`; ``tables``: the layout's)."""
    out = Parsed()
    lines: Sequence[Line] = section.content
    unit = None
    body: list[Line] = []
    notes: dict[int, list[Line]] = {}  # first line -> the note's lines
    wraps = note_wraps(section)
    # (a list grouped "【계속】" / "【신규】": the marks label its groups, no carry)
    grouped = group_labels(lines)
    for ln in lines:
        marker, _ = split_marker(ln.text)
        if ln.no in grouped:
            body.append(ln)
        elif marker in ("※", "*"):
            notes[ln.no] = [ln]
        elif wraps.get(ln.no) in notes:
            notes[wraps[ln.no]].append(ln)
        elif _unit_line(ln.text) or says_continued(ln):
            # (its unit again over a page's part, "- 계속 -" beside it or not)
            unit = unit or parse_unit(ln.text)
            out.use([ln])
        elif squash(ln.text) in CONTINUED_WORDS:
            out.use([ln])  # ("(계속)" over the table's part on the next page)
        else:
            body.append(ln)
    header, before, rest = split_header(body)
    # (a book's header over lines of its own, a level word broken between them)
    header, rest, joined = whole_header(header, rest, column_fields)
    # (a budget book's 산출기초 and sources between its rows: no rows, no wraps)
    aside = book_aside(rest)
    out.use(aside)
    rest = [ln for ln in rest if ln not in aside]
    restarts: set[int] = set()  # (the lines right after the header printed again)
    if header is not None:
        again = repeated_header(header, rest)
        restarts = {ln.no + 1 for ln in again}
        out.use(again)
        rest = [ln for ln in rest if ln not in again]
        bare, _ = without_remarks(header, [])
        if bare is not header and (named := column_fields(bare)) is not None:
            header, rest = without_remarks(header, rest, len(named))
    fields = column_fields(header)
    # its drawn grid, where it has one (a 부서 and programmes merged down over their rows
    # are read from the grid whatever its header says: read as lines, a merged label
    # runs into the first row's name); else the template's lines, or its years alone
    # over the amounts ("2026년 | 2025년 | 증 감"), its lines set with spaces
    found = grid_items(tables, [*section.heading, *section.lines], ctx, unit)
    if found.tables.get("budget_items"):
        found.use(section.heading)
        return found
    if header is None or fields is None or found.tables.get("budget_items"):
        return found
    out.use(section.heading)
    out.use([header, *joined])
    if unit is None:
        out.warn(
            "budget_items.no_unit",
            "no unit (단위: ...) for the budget appendix; amounts left empty",
            section.heading,
        )
    rows = [row for row in numeric_rows(rest, ncols=len(fields), unit=unit) if row.values]
    # (a budget book's level tag before a row's name, "<정책> 보건행정 운영 및 지원": its
    # level, no part of its name)
    glyphs = glyph_tiers([row.label for row in rows])
    tagged = [
        (g, without_glyph(row.label)) if g is not None else level_tag(row.label)
        for g, row in zip(glyphs, rows, strict=True)
    ]
    tiers, labels = [t for t, _ in tagged], [label for _, label in tagged]
    names = [_own_name(label) for label in labels]
    teams = not any(n.endswith(DIVISION_SUFFIXES) and " " not in n for n in names[1:])
    levels = [_level(labels[k], names[k], k == 0, ctx, teams) for k in range(len(rows))]
    for k in range(len(rows)):
        # (a row that says it is a unit's subtotal, "농업정책팀 소 계", is that unit's; a
        # programme's tagged row is an item whatever its name)
        if tiers[k] is not None and k:
            levels[k] = "item"
        elif k and levels[k] == "item" and squash(names[k]) != squash(labels[k]) and names[k]:
            levels[k] = "division"
    if rows and rows[0].key in TOTAL_LABELS:
        levels[0] = "bureau"
    vals = [
        {
            f: (parse_money(t.text, unit=unit) if unit else None)
            for f, t in zip(fields, row.values, strict=False)
        }
        for row in rows
    ]
    amounts = [v.get("budget", v.get("budget_current")) for v in vals]
    if rows and unit is not None and not any(a is not None for a in amounts):
        out.warn(
            "budget_items.no_amounts",
            f"no column of the header '{header.text.strip()[:60]}' read as 예산 or 예산현액 "
            "over the rows' figures; amounts left empty",
            [header],
        )
    levels, parents = nest(levels, amounts, tiers)
    alone = _alone(header, labels, levels, amounts, ctx, _booked(levels, amounts, tiers))
    division: str | None = None
    for k, row in enumerate(rows):
        if not row.label:
            warn_unnamed(out, "budget_items", row)
        level, own_name = levels[k], names[k]
        if level == "division":
            division = own_name
        parent = parents[k]
        if k in alone:  # (a division's one item, no 소계 row: under the bureau, as drawn)
            own_division, label = alone[k]
            out.add("budget_items", BudgetItem(
                seq=k + 1, level="item", division=own_division,
                parent=names[0] if levels[0] == "bureau" else None, item=label,
                currency_unit=unit or "", budget_krw=vals[k].get("budget"),
                budget_current_krw=vals[k].get("budget_current"), raw=row.raw,
                **prov(row.lines),
            ))  # fmt: skip
            out.use(row.lines)
            continue
        out.add(
            "budget_items",
            BudgetItem(
                seq=k + 1,
                level=level,
                division=division if level != "bureau" else None,
                parent=names[parent] if parent is not None else None,
                # (a unit's row by its name: "기후정책과 소 계" is 기후정책과's; raw keeps it)
                item=(
                    _own_item(labels[k], division)
                    if level == "item" and row.lines and row.lines[0].no in restarts
                    else labels[k] if level == "item" else own_name
                ),
                currency_unit=unit or "",
                budget_krw=vals[k].get("budget"),
                budget_current_krw=vals[k].get("budget_current"),
                raw=row.raw,
                **prov(row.lines),
            ),
        )
        out.use(row.lines)
        if level == "bureau" and not ctx.bureau and squash(row.label) not in TOTAL_LABELS:
            ctx.bureau = row.label  # (not its 합계 row's label: no unit's name)
    for note_lines in notes.values():
        note = read_note(note_lines, unit)
        if note is not None:
            out.add("budget_notes", note)
            out.use(note_lines)
    del before
    return out
