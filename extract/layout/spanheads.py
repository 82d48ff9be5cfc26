"""A text table's header set on two or three lines, read by where its words stand.

A layout export prints a header whose cells span two rows on the line between the rows
of the others: a group's name above its columns, the spanning cells' names on the
middle line, the group's columns' names under it::

                                       증감
    세부사업     2025년 예산   2026년 예산
                                       금액     비율(%)
      계          9,877,510    10,249,240   371,730      3.8

:func:`stacked_header` names each value column from the line its name stands on (the
group's name before its columns', "증감 금액"); :func:`grouped_header` reads two groups or
more on the header line itself, each over its columns' names under it ("2025년 | 2026년"
over "사업수 | 금 액 | 사업수 | 금 액"), a header of two rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from extract.document import Line
from extract.layout.cells import is_value
from extract.layout.gapgrid import letter_phrases
from extract.layout.textspans import COLUMN_GAP, SINGLE_LETTER, line_spans

Span = tuple[str, int, int]


def _mid(span: Span) -> float:
    return (span[1] + span[2]) / 2


def _nearest(mid: float, cols: Sequence[tuple[int, int]]) -> int:
    return min(range(len(cols)), key=lambda j: abs(mid - (cols[j][0] + cols[j][1]) / 2))


def _words_only(spans: Sequence[Span]) -> bool:
    return bool(spans) and not any(is_value(w) for w, _, _ in spans)


def stacked_header(
    above: Line | None, head: Sequence[Span], under: Line, cols: Sequence[tuple[int, int]]
) -> tuple[list[str], bool] | None:
    """The names of the value columns ``cols`` where the header line's phrases after its
    label (``head``) name some and the line ``under`` it, of words alone, names the rest,
    each column one name; a line ``above`` of words alone over the columns ``under``
    names is their group's name (with whether it was used).  None for any other lines.

    >>> from extract.document import Line
    >>> rows = ["                       증감", "구분     2025   2026",
    ...         "                    금액   비율"]
    >>> above, head, under = (Line(i, t, t) for i, t in enumerate(rows, 1))
    >>> stacked_header(above, line_spans(head)[1:], under, [(9, 13), (16, 20), (21, 25),
    ...                (27, 31)])
    (['2025', '2026', '증감 금액', '증감 비율'], True)
    """
    found = _stack(above, head, under, cols)
    if found is None:
        return None
    names, low_cols, group, from_above = found
    out = [f"{group} {n}" if group and c in low_cols else n for c, n in enumerate(names)]
    return out, from_above


def stacked_groups(
    above: Line | None, head: Sequence[Span], under: Line, cols: Sequence[tuple[int, int]]
) -> tuple[list[tuple[str, list[str]]], bool] | None:
    """:func:`stacked_header`'s names as a header of two rows where a group's name stands
    over the names under it (on the line ``above`` or the header line: `증  감` over `금 액 |
    비율`, or over `개소` alone): each name of the header line with none under it, the
    group with its names, as :func:`grouped_header` gives them, and whether the group's
    name stood ``above``; None where no group stands over them.

    >>> from extract.document import Line
    >>> rows = ["                       증감", "구분     2025   2026",
    ...         "                    금액   비율"]
    >>> above, head, under = (Line(i, t, t) for i, t in enumerate(rows, 1))
    >>> stacked_groups(above, line_spans(head)[1:], under, [(9, 13), (16, 20), (21, 25),
    ...                (27, 31)])
    ([('2025', []), ('2026', []), ('증감', ['금액', '비율'])], True)
    """
    found = _stack(above, head, under, cols)
    if found is None or not found[2]:
        return None
    names, low_cols, group, from_above = found
    if low_cols != list(range(low_cols[0], low_cols[-1] + 1)):
        return None  # (a group's columns side by side)
    out: list[tuple[str, list[str]]] = []
    for c, name in enumerate(names):
        if c == low_cols[0]:
            out.append((group, [names[n] for n in low_cols]))
        elif c not in low_cols:
            out.append((name, []))
    return out, from_above


_Stack = tuple[list[str], list[int], str, bool]


def _stack(
    above: Line | None, head: Sequence[Span], under: Line, cols: Sequence[tuple[int, int]]
) -> _Stack | None:
    """:func:`stacked_header`'s reading: each column's name, the columns named on the line
    under, their group's name ("" for none), whether it stood ``above``."""
    tops = letter_phrases(list(head))
    lows = column_letters(line_spans(under), cols)
    if not tops or not lows or not _words_only(lows):
        return None
    left, right = cols[_nearest(_mid(lows[0]), cols)], cols[_nearest(_mid(lows[-1]), cols)]
    over = [t for t in tops if left[0] - COLUMN_GAP <= _mid(t) <= right[1] + COLUMN_GAP]
    if (
        len(over) > 1 and len(tops) + len(lows) == len(cols) + len(over)
        and all(SINGLE_LETTER.match(w) for w, _, _ in over)
    ):  # fmt: skip
        # (the group's name justified over its columns, its letters however wide apart:
        # "인      구" over "계 | 남 | 여")
        joined = (" ".join(w for w, _, _ in over), over[0][1], over[-1][2])
        at = tops.index(over[0])
        tops = [*tops[:at], joined, *tops[at + len(over) :]]
        over = [joined]
    if len(lows) == 1 and len(tops) == len(cols):
        return _one_under(tops, lows[0], cols)
    if len(tops) + len(lows) == len(cols) + 1 and len(over) == 1 and len(lows) > 1:
        # (the group's name on the header line itself, over its columns' names under it:
        # "세  대 | 인  구" over "계 | 남 | 여")
        tops = [t for t in tops if t is not over[0]]
        above_name: str | None = over[0][0]
    else:
        above_name = None
    if len(tops) + len(lows) != len(cols):
        return None
    names: list[str | None] = [None] * len(cols)
    low_cols: list[int] = []
    for spans, low in ((tops, False), (lows, True)):
        for span in spans:
            c = _nearest(_mid(span), cols)
            if names[c] is not None:
                return None  # (two names over one column)
            names[c] = span[0]
            if low:
                low_cols.append(c)
    if any(n is None for n in names) or low_cols != sorted(low_cols):
        return None
    group, from_above = above_name or "", False
    if above_name is None and above is not None:
        ups = letter_phrases(line_spans(above))
        lo, hi = cols[min(low_cols)][0], cols[max(low_cols)][1]
        if (
            len(ups) == 1
            and _words_only(ups)
            and lo - 2 * COLUMN_GAP <= _mid(ups[0]) <= hi + 2 * COLUMN_GAP
        ):
            group, from_above = ups[0][0], True
    return [str(n) for n in names], low_cols, group, from_above


def _one_under(
    tops: Sequence[Span], low: Span, cols: Sequence[tuple[int, int]]
) -> _Stack | None:
    """A group on the header line over one column's name alone under it (`증  감` over
    `개소`): each of ``tops`` names its column, the one over ``low`` with it; None where
    the names do not stand one over each column, or ``low`` stands off its column (a
    row's label, set left of the figures)."""
    at = [_nearest(_mid(t), cols) for t in tops]
    c = _nearest(_mid(low), cols)
    left, right = cols[c]
    if at != list(range(len(cols))) or not (
        low[1] <= right + COLUMN_GAP and left - COLUMN_GAP <= low[2]
    ):
        return None
    return [low[0] if n == c else t[0] for n, t in enumerate(tops)], [c], tops[c][0], False


#: the least columns each group on the header line stands over (:func:`grouped_header`)
MIN_GROUP_COLUMNS = 2


def grouped_header(
    head: Sequence[Span], under: Line, cols: Sequence[tuple[int, int]]
) -> list[tuple[str, list[str]]] | None:
    """Two groups or more on the header line itself, each over its columns' names on the
    line ``under`` it (years over what each counts: "2025년 | 2026년" over "사업수 | 금 액 |
    사업수 | 금 액"): each of the header line's phrases after its label (``head``) with the
    names under it, in the columns' order (a name of its own spanning both lines, none).
    None where a phrase stands over one name alone, or the names do not fill ``cols``
    one a column, or a group stands off its columns.

    >>> from extract.document import Line
    >>> t = "     사업수  금액    사업수  금액"
    >>> grouped_header([("2025", 9, 13), ("2026", 25, 29)], Line(2, t, t),
    ...                [(5, 11), (13, 17), (21, 27), (29, 33)])
    [('2025', ['사업수', '금액']), ('2026', ['사업수', '금액'])]
    """
    tops = letter_phrases(list(head))
    lows = column_letters(line_spans(under), cols)
    if len(tops) < 2 or not _words_only(lows):
        return None
    # (each name under the phrase nearest it: a group's names stand on either side of it)
    owner = [min(range(len(tops)), key=lambda t: abs(_mid(tops[t]) - _mid(low))) for low in lows]
    per = Counter(owner)
    groups = [t for t in range(len(tops)) if per[t] >= MIN_GROUP_COLUMNS]
    if len(groups) < 2 or any(n == 1 for n in per.values()) or owner != sorted(owner):
        return None
    out = [(w, [lows[n][0] for n in range(len(lows)) if owner[n] == t])
           for t, (w, _, _) in enumerate(tops)]  # fmt: skip
    # (each name over its own column, in order; each group over the columns of its names)
    placed = [span for t, span in enumerate(tops) if not per[t]] + list(lows)
    at = sorted(placed, key=_mid)
    if len(at) != len(cols) or [_nearest(_mid(s), cols) for s in at] != list(range(len(cols))):
        return None
    for t in groups:
        first = cols[_nearest(_mid(lows[owner.index(t)]), cols)]
        last = cols[_nearest(_mid(lows[len(owner) - 1 - owner[::-1].index(t)]), cols)]
        if not first[0] - COLUMN_GAP <= _mid(tops[t]) <= last[1] + COLUMN_GAP:
            return None
    return out


def column_letters(spans: Sequence[Span], cols: Sequence[tuple[int, int]]) -> list[Span]:
    """:func:`~extract.layout.gapgrid.letter_phrases` of a header line whose names are
    spaced out letter by letter as evenly as the names stand apart (`국  비  도  비  국  비`
    under `2025년 | 2026년`): a run of letters that stands over several columns split into
    the letters over each, where each column gets two letters at least (a name); others
    as they are."""
    out: list[Span] = []
    for phrase in letter_phrases(list(spans)):
        letters = [s for s in spans if phrase[1] <= s[1] and s[2] <= phrase[2]]
        at = [_nearest(_mid(s), cols) for s in letters]
        runs = [
            [s for s, c in zip(letters, at, strict=True) if c == col] for col in sorted(set(at))
        ]
        if (
            len(runs) < 2 or at != sorted(at) or any(len(r) < 2 for r in runs)
            or not all(SINGLE_LETTER.match(w) for w, _, _ in letters)
        ):  # fmt: skip
            out.append(phrase)
            continue
        out += [(" ".join(w for w, _, _ in r), r[0][1], r[-1][2]) for r in runs]
    return out


def lower_groups(
    head: Sequence[Span], under: Line, cols: Sequence[tuple[int, int]]
) -> list[tuple[str, list[str]]] | None:
    """The groups of a header whose names stand on the header line, one over each column,
    and their groups' names on the line ``under`` it (`일반회계 | 특별회계 | 일반회계 |
    특별회계` over `2025년 | 2026년`): each name under its group, as :func:`grouped_header`
    gives them; None where a name of the line under stands over fewer than two columns,
    or off them, or the header line's names are not one a column.

    >>> from extract.document import Line
    >>> t = "          2025년            2026년"
    >>> lower_groups([("일반", 5, 9), ("특별", 13, 17), ("일반", 21, 25), ("특별", 29, 33)],
    ...              Line(2, t, t), [(5, 9), (13, 17), (21, 25), (29, 33)])
    [('2025년', ['일반', '특별']), ('2026년', ['일반', '특별'])]
    """
    tops = column_letters(head, cols)
    lows = letter_phrases(line_spans(under))
    if len(tops) != len(cols) or not 2 <= len(lows) < len(cols):
        return None
    if [_nearest(_mid(t), cols) for t in tops] != list(range(len(cols))):
        return None
    owner = [
        min(range(len(lows)), key=lambda n: abs(_mid(lows[n]) - (a + b) / 2)) for a, b in cols
    ]
    if owner != sorted(owner) or set(owner) != set(range(len(lows))):
        return None
    out: list[tuple[str, list[str]]] = []
    for n, (word, a, b) in enumerate(lows):
        mine = [c for c in range(len(cols)) if owner[c] == n]
        left, right = cols[mine[0]][0], cols[mine[-1]][1]
        mid = (a + b) / 2
        if len(mine) < MIN_GROUP_COLUMNS or not left - COLUMN_GAP <= mid <= right + COLUMN_GAP:
            return None
        # (a column left of the first group's names, or right of the last's, that its name
        # is not centred over stands in no group: `계` before `국비 | 도비` under `2025년`)
        before = _off_centre(mid, mine, cols) if n == 0 else []
        after = _off_centre(mid, mine[::-1], cols) if n == len(lows) - 1 else []
        out += [(tops[c][0], []) for c in before]
        out.append((word, [tops[c][0] for c in mine if c not in before and c not in after]))
        out += [(tops[c][0], []) for c in reversed(after)]
    return out


def _off_centre(mid: float, mine: Sequence[int], cols: Sequence[tuple[int, int]]) -> list[int]:
    """The columns at the head of ``mine`` (a group's, from its outer end) that its name,
    standing at ``mid``, is not centred over: those without which the rest are centred
    under it nearer by :data:`COLUMN_GAP` at least, leaving two columns at least."""
    def off(run: Sequence[int]) -> float:
        a, b = sorted((cols[run[0]], cols[run[-1]]))
        return abs(mid - (a[0] + b[1]) / 2)

    out: list[int] = []
    rest = list(mine)
    while len(rest) > MIN_GROUP_COLUMNS and off(rest[1:]) + COLUMN_GAP <= off(rest):
        out.append(rest.pop(0))
    return out
