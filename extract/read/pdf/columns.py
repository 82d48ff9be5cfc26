"""Side-by-side columns: rows that share a gutter are read column by column.

A strategy page sets its strategies in boxes side by side ("촘촘한 맞춤복지" over two
lines of its aim, beside "예방적 복지 강화" over its own), and a list of tasks may run in
two columns ("① … 전략적" / "재원배분" beside "② … 제고 및" / "… 확보").  Read by
baseline, each row runs across every column.  Here a run of rows with a gutter (an x
stretch that no glyph of those rows covers, with ink on both sides) is cut at it, each
column's stretches are grouped into items (:func:`_items`), and each stretch keeps its
run and its item's place in reading order, so that the reader reads each item whole
(:func:`extract.read.pdf.regions._blocks`).

A run is cut only where that changes what is read together (:func:`_gains`): an item
whose text goes on over rows beside another column, or two items side by side on one
row.  Rows that pair a label with its value ("ㅇ (사업내용) | 한류콘텐츠 …", a step and its
date) already read right, row by row.  Aligned figures ("10,710,051건   80,545천㎡"),
labels and their values ("사업내용 : …", "위    치 : …") and a table drawn with no rules
are no columns (:func:`_wordy`, :func:`_boxes_of_text`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from extract.read.pdf.base import Glyph

#: glyphs of a row less than this (x size) apart are one stretch of ink; a wider gap,
#: where the rows above and below leave it empty too, is a gutter
GUTTER = 1.0
#: a row whose top is at most this (x size) below the previous row's bottom goes on
#: with its run
RUN_GAP = 2.0
#: each stretch a gutter cuts off holds at least this many syllables, and no more
#: figures than syllables (a table's figures are no column)
COLUMN_SYLLABLES = 3
#: a stretch right of a gutter opens with no mark of what went before (a label's
#: ":", a closing bracket)
_CONTINUING = frozenset(":;,.)]}」』>·：；，．）〕》】")
#: a stretch left of a gutter that ends in one of these is a label, the stretch right of
#: it its value
_LABEL_ENDS = frozenset(":：")
_SYLLABLE = regex.compile(r"[\uac00-\ud7a3]")
#: a figure, its thousands commas and decimals in it ("9,850", "23.6")
_FIGURE = regex.compile(r"\d++(?:[.,]\d++)*+")
#: a line of a column that opens with one of these starts an item of its own
ITEM_MARK = regex.compile(
    r"^\s*(?:[\ue000-\uf8ff\U000f0000-\U000ffffd•◈❖◆◇■□▪●○◦❍✓✔▶►▷※*ㅇ\-–]"
    r"|[①-⑳➀-➓❶-❿➊-➓]|\d{1,2}[.)]\s)"
)
#: numbers that open an item, as ordinals (to tell a list numbered down each column)
_ORDINAL = regex.compile(r"^\s*(?:(?P<c>[①-⑳❶-❿➊-➓])|(?P<n>\d{1,2})[.)]\s)")
_CIRCLED_BASES = (0x2460, 0x2776, 0x278A)
#: a column set centred: its lines' centres agree within this (x size), their left edges
#: are further apart than LEFT_SHIFT (a box's text, "촘촘한 맞춤복지" over "취약계층별 촘촘한")
CENTRED = 0.5
LEFT_SHIFT = 0.2
#: a column's line set this far (x its height) under the one above starts an item
ITEM_GAP = 1.0
#: boxes of text with no marks: a title row set apart from the lines under it by this
#: many times their own spacing (a table's rows are evenly spaced)
TITLE_GAP = 1.5
#: Column = (run, place): the run of rows (within one call) and the place of the line's
#: item in the run's reading order
Column = tuple[int, int]
#: an x stretch (left, right) no ink of a run of rows covers
Gutter = tuple[float, float]
#: a stretch (left, right) of one row's ink
Span = tuple[float, float]


@dataclass(slots=True)
class _Run:
    rows: list[int]
    spans: list[list[Span]]


@dataclass(slots=True)
class _Stretch:
    """A row's glyphs in one column."""

    row: int
    col: int
    glyphs: list[Glyph]
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def marked(self) -> bool:
        return bool(ITEM_MARK.match(self.text))

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


def _size(run: _Run, rows: Sequence[Sequence[Glyph]]) -> float:
    """The size of the run's biggest glyph (gutters are measured in it)."""
    return max((g.size for i in run.rows for g in rows[i] if not g.is_space), default=1.0)


def _spans(row: Sequence[Glyph]) -> list[Span]:
    """Stretches of ink of a row: glyphs closer than :data:`GUTTER` sizes joined."""
    out: list[list[float]] = []
    for g in row:
        if g.is_space:
            continue
        if out and g.x0 - out[-1][1] <= GUTTER * g.size:
            out[-1][1] = max(out[-1][1], g.x1)
        else:
            out.append([g.x0, g.x1])
    return [(a, b) for a, b in out]


def _gutters(spans: Sequence[Sequence[Span]], size: float) -> list[Gutter]:
    """The x stretches none of the rows' ink covers, between their leftmost and rightmost
    ink, at least :data:`GUTTER` sizes wide."""
    ivs = sorted(s for row in spans for s in row)
    out = []
    end = ivs[0][1]
    for a, b in ivs[1:]:
        if a - end > GUTTER * size:
            out.append((end, a))
        end = max(end, b)
    return out


def _same(old: Sequence[Gutter], new: Sequence[Gutter]) -> bool:
    return len(old) == len(new) and all(
        a2 < b1 and a1 < b2 for (a1, b1), (a2, b2) in zip(old, new, strict=True)
    )


def _cut(row: Sequence[Glyph], gutters: Sequence[Gutter]) -> list[list[Glyph]]:
    """The row's glyphs in each column (spaces go with the column they stand in)."""
    parts: list[list[Glyph]] = [[] for _ in range(len(gutters) + 1)]
    for g in row:
        parts[sum(1 for a, _ in gutters if g.cx > a)].append(g)
    return parts


def _words(glyphs: Sequence[Glyph]) -> list[str]:
    """The glyphs' words (split at space glyphs and at gaps of a third of the size)."""
    words: list[str] = []
    prev: Glyph | None = None
    for g in glyphs:
        if g.is_space:
            prev = None
            continue
        if prev is None or g.x0 - prev.x1 > g.size / 3:
            words.append("")
        words[-1] += g.text
        prev = g
    return words


def _wordy(parts: Sequence[Sequence[Glyph]]) -> bool:
    """Whether a row's stretches on each side of the gutters it straddles are text:
    syllables enough, not figures, not one letter-spaced word, none opening with a mark
    of what went before, and none a label before its value."""
    filled = [_words(p) for p in parts]
    filled = [w for w in filled if w]
    for i, words in enumerate(filled):
        text = "".join(words)
        syllables = len(_SYLLABLE.findall(text))
        if syllables < COLUMN_SYLLABLES or syllables < len(_FIGURE.findall(text)):
            return False
        if i and words[0][0] in _CONTINUING:
            return False
        if i + 1 < len(filled) and words[-1][-1] in _LABEL_ENDS:
            return False  # "사업내용 :" | "한류콘텐츠 …": a label and its value
        if all(len(w) == 1 for w in words):  # letter-spaced: "ㅇ 위    치 : …" is one label
            return False
    return True


def _stretches(
    run: Sequence[int], rows: Sequence[Sequence[Glyph]], gutters: Sequence[Gutter]
) -> list[_Stretch]:
    out = []
    for i in run:
        for k, part in enumerate(_cut(rows[i], gutters)):
            ink = [g for g in part if not g.is_space]
            if ink:
                text = "".join(g.text for g in part).strip()
                top, bottom = min(g.top for g in ink), max(g.bottom for g in ink)
                out.append(_Stretch(i, k, part, text, ink[0].x0, ink[-1].x1, top, bottom))
    return out


def _centred(column: Sequence[_Stretch]) -> bool:
    """Whether a column's lines are set centred: their centres agree, their left edges do
    not (a column of dates or values set left, as long as each other, is none)."""
    size = max(s.height for s in column)
    centres = [(s.x0 + s.x1) / 2 for s in column]
    lefts = [s.x0 for s in column]
    return (
        max(centres) - min(centres) <= CENTRED * size
        and max(lefts) - min(lefts) > LEFT_SHIFT * size
    )


def _items(stretches: Sequence[_Stretch]) -> list[list[_Stretch]]:
    """Each column's stretches, top-down, as items.  A stretch goes on the item above it
    in its column when it opens with no mark, is set close under it (within
    :data:`ITEM_GAP` of its height; within :data:`RUN_GAP` under the run's first row, a
    row of titles) and that item opened with a mark (its text wrapped) or the column is
    set centred (a box's lines); else it starts an item (a label's value on the next row
    is the next value)."""
    first = min(s.row for s in stretches)
    columns: dict[int, list[_Stretch]] = {}
    for s in sorted(stretches, key=lambda s: (s.col, s.top)):
        columns.setdefault(s.col, []).append(s)
    items: list[list[_Stretch]] = []
    for column in columns.values():
        centred = _centred(column)
        for s in column:
            item = items[-1] if items and items[-1][0].col == s.col else None
            if item is not None and not s.marked:
                gap = s.top - item[-1].bottom
                reach = RUN_GAP if item[-1].row == first else ITEM_GAP
                if gap <= reach * s.height and (item[0].marked or centred):
                    item.append(s)
                    continue
            items.append([s])
    return items


def _gains(items: Sequence[Sequence[_Stretch]], stretches: Sequence[_Stretch]) -> bool:
    """Whether cutting the rows changes what is read together: an item goes on over a row
    that another column also fills (read by rows, its lines would be parted), or two
    items open on one row (read by rows, one line)."""
    rows_filled: dict[int, int] = {}
    for s in stretches:
        rows_filled[s.row] = rows_filled.get(s.row, 0) + 1
    if any(rows_filled[s.row] >= 2 for item in items for s in item[1:]):
        return True
    opened: dict[int, int] = {}
    for item in items:
        if item[0].marked:
            opened[item[0].row] = opened.get(item[0].row, 0) + 1
    return any(n >= 2 for n in opened.values())


def _boxes_of_text(stretches: Sequence[_Stretch]) -> bool:
    """Rows with no marks are columns only as boxes of text side by side: three rows or
    more, the first (the boxes' titles) set apart from the rest by :data:`TITLE_GAP` times
    their spacing.  A table drawn with no rules spaces its rows evenly."""
    rows: dict[int, tuple[float, float]] = {}
    for s in stretches:
        top, bottom = rows.get(s.row, (s.top, s.bottom))
        rows[s.row] = (min(top, s.top), max(bottom, s.bottom))
    spots = sorted(rows.values())
    if len(spots) < 3:
        return False
    gaps = [b[0] - a[1] for a, b in itertools.pairwise(spots)]
    return gaps[0] > TITLE_GAP * max(max(gaps[1:]), 0.0) and gaps[0] > 0


def _ordinal(text: str) -> int | None:
    m = _ORDINAL.match(text)
    if m is None:
        return None
    if m["n"]:
        return int(m["n"])
    code = ord(m["c"])
    base = max(b for b in _CIRCLED_BASES if b <= code)
    return code - base + 1


def _reading_order(items: list[list[_Stretch]]) -> list[list[_Stretch]]:
    """Items in reading order: by their first row, left to right (tasks numbered across
    the columns, "①" "②" over "③" "④"); a list numbered down each column ("①②③" beside
    "④⑤⑥") reads one column after another."""
    across = sorted(items, key=lambda it: (it[0].row, it[0].col))
    down = sorted(items, key=lambda it: (it[0].col, it[0].row))
    numbers = [_ordinal(it[0].text) for it in down]
    if all(n is not None for n in numbers) and numbers == list(
        range(numbers[0] or 0, (numbers[0] or 0) + len(numbers))
    ):
        return down
    return down if _bullet_lists(down) else across


def _bullet_lists(down: Sequence[Sequence[_Stretch]]) -> bool:
    """Whether each column is a list of its own, a hierarchy of bullets: two items or
    more, each opening with a bullet, none with a number, of two kinds of bullet at least
    in each column, the columns' first items of one kind ("○ 사업기간 : …", "○ 추진경과"
    over "- ’24. 3. : …" beside "○ 잔여 토지 보상 …" over "- 미협의 토지 …"): one column
    read after the other, each sub-item under its own.  (Items numbered across, "• 1 …"
    beside "• 2 …"; a grid of items of one kind; notes beside the rows they annotate, "ㅇ
    기구명칭 : …" beside "* UN 전문기관 지정": across.)"""
    columns: dict[int, list[Sequence[_Stretch]]] = {}
    for it in down:
        columns.setdefault(it[0].col, []).append(it)
    if len(columns) < 2:
        return False
    kinds = [[_mark(it[0].text) for it in col] for col in columns.values()]
    return len({k[0] for k in kinds}) == 1 and all(
        len(col) >= 2 and None not in k and len(set(k)) >= 2
        and not any(_numbered(it[0].text) for it in col)
        for col, k in zip(columns.values(), kinds, strict=True)
    )  # fmt: skip


def _mark(text: str) -> str | None:
    """The bullet an item opens with, None for none."""
    m = ITEM_MARK.match(text)
    return m[0].strip() if m else None


#: a number right after an item's mark ("□ 11 지방재정의 …": a list numbered across)
_NUMBER_AFTER = regex.compile(r"^\s*\d{1,2}[.)]?(?=\s)")


def _numbered(text: str) -> bool:
    """Whether an item opens with a number, as its mark or right after it."""
    return _ordinal(text) is not None or bool(_NUMBER_AFTER.match(ITEM_MARK.sub("", text, 1)))


def _accepted(run: _Run, rows: Sequence[Sequence[Glyph]]) -> list[list[_Stretch]] | None:
    """The run's items in reading order if it is a run of columns (else None): each
    gutter straddled by two rows or more, every straddling row's stretches text, and
    cutting changes what is read together (:func:`_gains`)."""
    if len(run.rows) < 2:
        return None
    size = _size(run, rows)
    gutters = _gutters(run.spans, size)
    if not gutters:
        return None
    stretches = _stretches(run.rows, rows, gutters)
    straddled = [0] * len(gutters)
    for i in run.rows:
        cols = sorted(s.col for s in stretches if s.row == i)
        for k in range(cols[0], cols[-1]):
            straddled[k] += 1
    if min(straddled) < 2:
        return None
    items = _items(stretches)
    if not _gains(items, stretches):
        return None
    if not any(s.marked for s in stretches) and not _boxes_of_text(stretches):
        return None
    return _reading_order(items)


def _candidates(rows: Sequence[Sequence[Glyph]]) -> list[_Run]:
    """Runs of rows that may be columns: each starts at a row with a wide gap and goes
    on with the rows set close under it that keep every gutter open."""
    runs: list[_Run] = []
    cur: _Run | None = None
    bottom = 0.0
    for i, row in enumerate(rows):
        ink = [g for g in row if not g.is_space]
        if not ink:
            continue
        size = max(g.size for g in ink)
        spans = _spans(row)
        top = min(g.top for g in ink)
        if cur is not None and top - bottom <= RUN_GAP * size:
            old = _gutters(cur.spans, size)
            if _same(old, _gutters([*cur.spans, spans], size)):
                cur.rows.append(i)
                cur.spans.append(spans)
                bottom = max(g.bottom for g in ink)
                continue
        if cur is not None:
            runs.append(cur)
        cur = _Run([i], [spans]) if len(spans) >= 2 else None
        bottom = max(g.bottom for g in ink)
    if cur is not None:
        runs.append(cur)
    return runs


def _parts(run: _Run, rows: Sequence[Sequence[Glyph]]) -> list[_Run]:
    """The run, or, where some of its rows straddle its gutters with stretches that are
    no text (a row of short headings over boxes of text, "전략 1 | 전략 2"), the runs
    between those rows."""
    size = _size(run, rows)
    gutters = _gutters(run.spans, size)
    out: list[_Run] = [_Run([], [])]
    for i, spans in zip(run.rows, run.spans, strict=True):
        parts = _cut(rows[i], gutters)
        if sum(1 for p in parts if any(not g.is_space for g in p)) >= 2 and not _wordy(parts):
            out.append(_Run([], []))
            continue
        out[-1].rows.append(i)
        out[-1].spans.append(spans)
    return [r for r in out if r.rows]


def _with_marked_row_above(run: _Run, rows: Sequence[Sequence[Glyph]], used: set[int]) -> None:
    """The row set close above the run, in one of its columns, that opens with a mark (a
    ✓ item whose label, beside the next rows, starts the run) goes in the run."""
    first = run.rows[0]
    if first == 0 or first - 1 in used:
        return
    above = [g for g in rows[first - 1] if not g.is_space]
    below = [g for g in rows[first] if not g.is_space]
    if not above or not below:
        return
    size = max(g.size for g in below)
    spans = _spans(rows[first - 1])
    if min(g.top for g in below) - max(g.bottom for g in above) > RUN_GAP * size:
        return
    if not ITEM_MARK.match("".join(g.text for g in rows[first - 1])):
        return
    if _same(_gutters(run.spans, size), _gutters([spans, *run.spans], size)):
        run.rows.insert(0, first - 1)
        run.spans.insert(0, spans)


def split_rows(
    rows: Sequence[list[Glyph]],
) -> list[tuple[list[Glyph], Column | None, list[Glyph]]]:
    """Each row, or each row of a run of columns cut at the run's gutters: the glyphs of
    each stretch, its (run, place of its item in reading order), and its whole row (a
    row's letter spacing is measured on all of it); rows outside runs have no column."""
    placed: dict[int, list[tuple[list[Glyph], Column]]] = {}
    used: set[int] = set()
    n = 0
    for candidate in _candidates(rows):
        for run in _parts(candidate, rows):
            _with_marked_row_above(run, rows, used)
            items = _accepted(run, rows)
            if items is None:
                continue
            for place, item in enumerate(items):
                for s in item:
                    placed.setdefault(s.row, []).append((s.glyphs, (n, place)))
            used.update(run.rows)
            n += 1
    out: list[tuple[list[Glyph], Column | None, list[Glyph]]] = []
    for i, row in enumerate(rows):
        if i in placed:
            out.extend((part, column, row) for part, column in placed[i])
        else:
            out.append((row, None, row))
    return out
