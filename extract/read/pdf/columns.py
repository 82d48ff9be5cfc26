"""Side-by-side columns: rows that share a gutter are read column by column.

A strategy page sets its strategies in boxes side by side ("촘촘한 맞춤복지" over two
lines of its aim, beside "예방적 복지 강화" over its own), and a list of tasks may run in
two columns ("① … 전략적" / "재원배분" beside "② … 제고 및" / "… 확보").  Read by
baseline, each row runs across every column.  Here a run of rows with a gutter (an x
stretch that no glyph of those rows covers, with ink on both sides) is cut at it, and
each stretch of a row keeps its run and column, so that the reader puts each column's
items together (:func:`extract.read.pdf.regions._blocks`).

Aligned figures ("10,710,051건   80,545천㎡") and labels with their values
("사업내용 : …", "위    치 : …") are no columns: each stretch a column cuts must hold
words (:func:`_wordy`).
"""

from __future__ import annotations

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
#: digits than syllables (a table's figures are no column)
COLUMN_SYLLABLES = 3
#: a stretch right of a gutter opens with no mark of what went before (a label's
#: ":", a closing bracket)
_CONTINUING = frozenset(":;,.)]}」』>·")
#: a stretch left of a gutter that ends in one of these is a label, the stretch right of
#: it its value
_LABEL_ENDS = frozenset(":：")
_SYLLABLE = regex.compile(r"[\uac00-\ud7a3]")
#: a line of a column that opens with one of these starts an item of its own
ITEM_MARK = regex.compile(
    r"^\s*(?:[\ue000-\uf8ff\U000f0000-\U000ffffd•◈❖◆◇■□▪●○◦❍✓✔▶►▷※*ㅇ\-–]"
    r"|[①-⑳➀-➓❶-❿➊-➓]|\d{1,2}[.)]\s)"
)
#: a column set centred: its lines' centres agree within this (x size), their left
#: edges do not (a box's text, "촘촘한 맞춤복지" over "취약계층별 촘촘한")
CENTRED = 0.5
#: Column = (run, column): the run of rows (within one call) and the column in it
Column = tuple[int, int]
#: an x stretch (left, right) no ink of a run of rows covers
Gutter = tuple[float, float]
#: a stretch (left, right) of one row's ink
Span = tuple[float, float]


@dataclass(slots=True)
class _Run:
    rows: list[int]
    spans: list[list[Span]]


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
        if syllables < COLUMN_SYLLABLES or syllables < sum(c.isdigit() for c in text):
            return False
        if i and words[0][0] in _CONTINUING:
            return False
        if i + 1 < len(filled) and words[-1][-1] in _LABEL_ENDS:
            return False  # "사업내용 :" | "한류콘텐츠 …": a label and its value
        if all(len(w) == 1 for w in words):  # letter-spaced: "ㅇ 위    치 : …" is one label
            return False
    return True


def _accepted(run: _Run, rows: Sequence[Sequence[Glyph]], size: float) -> list[Gutter]:
    """The run's gutters if it is a run of columns (else none): each gutter straddled by
    two rows or more, and every straddling row's stretches are text."""
    if len(run.rows) < 2:
        return []
    gutters = _gutters(run.spans, size)
    straddled = [0] * len(gutters)
    for i in run.rows:
        parts = _cut(rows[i], gutters)
        inked = [k for k, p in enumerate(parts) if any(not g.is_space for g in p)]
        if len(inked) < 2:
            continue
        if not _wordy(parts):
            return []
        for k in range(inked[0], inked[-1]):
            straddled[k] += 1
    if not gutters or min(straddled) < 2:
        return []
    columns = [_cut(rows[i], gutters) for i in run.rows]
    if not any(ITEM_MARK.match("".join(g.text for g in p)) for parts in columns for p in parts):
        # no items: only boxes of centred text side by side are columns (each column's
        # lines centred on one x, and some set visibly apart from their left edges); a
        # table drawn with no rules, each row a name and its text, reads row by row
        by_column = [
            [p for parts in columns if (p := _ink(parts[k]))] for k in range(len(gutters) + 1)
        ]
        lines = [c for c in by_column if len(c) >= 2]
        if not lines or not all(_centres_agree(c, size) for c in lines):
            return []
        if not any(_lefts_differ(c, size) for c in lines):
            return []
    return gutters


def _ink(glyphs: Sequence[Glyph]) -> Span | None:
    ink = [g for g in glyphs if not g.is_space]
    return (ink[0].x0, ink[-1].x1) if ink else None


def _centres_agree(stretches: Sequence[Span], size: float) -> bool:
    centres = [(a + b) / 2 for a, b in stretches]
    return max(centres) - min(centres) <= CENTRED * size


def _lefts_differ(stretches: Sequence[Span], size: float) -> bool:
    lefts = [a for a, _ in stretches]
    return max(lefts) - min(lefts) > CENTRED * size


def find_columns(rows: Sequence[Sequence[Glyph]]) -> dict[int, tuple[int, list[Gutter]]]:
    """For each row (index into ``rows``, top-down) that is in a run of columns: the run's
    number and its gutters.  A run starts at a row with a wide gap and goes on with the
    rows set close under it that keep every gutter open."""
    out: dict[int, tuple[int, list[Gutter]]] = {}
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
    for n, run in enumerate(runs):
        size = max((g.size for i in run.rows for g in rows[i] if not g.is_space), default=1.0)
        gutters = _accepted(run, rows, size)
        if gutters:
            out.update({i: (n, gutters) for i in run.rows})
    return out


def split_rows(rows: Sequence[list[Glyph]]) -> list[tuple[list[Glyph], Column | None]]:
    """Each row, or each row of a run of columns cut at the run's gutters: the glyphs of
    each stretch with its (run, column); rows outside runs have no column."""
    columns = find_columns(rows)
    out: list[tuple[list[Glyph], Column | None]] = []
    for i, row in enumerate(rows):
        if i not in columns:
            out.append((row, None))
            continue
        run, gutters = columns[i]
        for k, part in enumerate(_cut(row, gutters)):
            if any(not g.is_space for g in part):
                out.append((part, (run, k)))
    return out
