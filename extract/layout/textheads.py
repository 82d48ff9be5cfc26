"""The header line of a text table: its row label and its words split into one cell a
value column (:func:`split_header`, at the least cost of joining words that belong
together: letter-spaced words, a year and its word, "4급 이상"), or, where the rows line
up, each word set over the column it stands over (:func:`aligned_header`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from extract.document import Line
from extract.layout.gapgrid import letter_phrases
from extract.layout.lowerheads import YEAR_ALONE
from extract.layout.textrows import TOTALS, squash, value_count
from extract.layout.textspans import COLUMN_GAP, SINGLE_LETTER, line_spans, phrases
from extract.layout.vocab import (
    HEADER_BOUND_WORDS,
    HEADER_LABELS,
    HEADER_SUFFIX_WORDS,
    SPACED_HEADER_WORDS,
)
from extract.normalize.spacing import words

_YEARISH = re.compile(r"^['’‘]?\d{2,4}")


def header_label(tokens: Sequence[str]) -> int:
    """How many leading tokens make the row label of a header line (0: not a header; not
    a one-letter label that a letter-spaced word runs on from: "과 부 족 △2 …" is a row).

    >>> header_label("구 분 계 4급".split()), header_label("과 팀 정원".split())
    (2, 1)
    >>> header_label("과 부 족 △2 △1".split())
    0
    """
    best = 0
    for n in range(1, min(len(tokens), 6) + 1):
        if squash("".join(tokens[:n])) in HEADER_LABELS:
            best = n
    runs_on = (
        best == 1 and len(tokens) > 1 and SINGLE_LETTER.match(tokens[0]) is not None
        and SINGLE_LETTER.match(tokens[1]) is not None
        and tokens[1] not in HEADER_LABELS | TOTALS
    )  # fmt: skip
    return 0 if runs_on else best


def _join_cost(a: str, b: str) -> float:
    if SINGLE_LETTER.match(a) and SINGLE_LETTER.match(b):
        return 0.0  # letter-spaced word: "완 료"
    if b in HEADER_BOUND_WORDS and any(ch.isdigit() for ch in a):
        return 0.0  # "4급 이상", "65세 이상" (not "정상 | 이상": abnormal, a column)
    if _YEARISH.match(a) and not _YEARISH.match(b):
        return 0.3 if b in HEADER_SUFFIX_WORDS else 0.6
    if b in HEADER_SUFFIX_WORDS:
        return 0.6
    return 1.0


def _group_cost(group: Sequence[str]) -> float:
    if len(group) == 1:
        t = group[0]
        return 1.0 if SINGLE_LETTER.match(t) and t not in TOTALS else 0.0
    cost = sum(_join_cost(a, b) for a, b in itertools.pairwise(group))
    if all(SINGLE_LETTER.match(t) for t in group) and "".join(group) not in SPACED_HEADER_WORDS:
        cost += 0.1  # (letters that spell no header word: "사 업 | 량 사 업 비")
    return cost


def split_header(tokens: Sequence[str], k: int) -> list[str] | None:
    """``tokens`` split into ``k`` header cells at the least cost, or None if impossible.

    >>> split_header("’20년 예산 ’21년 예산 증감 증감률".split(), 4)
    ['’20년 예산', '’21년 예산', '증감', '증감률']
    >>> split_header("계 완 료 추진중 검토중 미반영".split(), 5)
    ['계', '완 료', '추진중', '검토중', '미반영']
    >>> split_header("계 4급 이상 5급 6급 이하 공무직".split(), 5)
    ['계', '4급 이상', '5급', '6급 이하', '공무직']
    >>> split_header("구분 점검결과 정상 이상 조치 중".split(), 5)
    ['구분', '점검결과', '정상', '이상', '조치 중']
    >>> split_header("사 업 량 사 업 비".split(), 2)
    ['사 업 량', '사 업 비']
    """
    found = cheapest_split(tokens, k)
    return found[1] if found is not None else None


def cheapest_split(tokens: Sequence[str], k: int) -> tuple[float, list[str]] | None:
    """:func:`split_header` with the cost of its split."""
    n = len(tokens)
    if k <= 0 or n < k:
        return None
    inf = float("inf")
    # best[j][g]: least cost of splitting tokens[:j] into g groups; back[j][g]: last cut
    best = [[inf] * (k + 1) for _ in range(n + 1)]
    back = [[0] * (k + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for j in range(1, n + 1):
        for g in range(1, min(j, k) + 1):
            for i in range(g - 1, j):
                c = best[i][g - 1] + _group_cost(tokens[i:j])
                if c < best[j][g]:
                    best[j][g], back[j][g] = c, i
    if best[n][k] == inf:
        return None
    cuts, j = [], n
    for g in range(k, 0, -1):
        i = back[j][g]
        cuts.append(" ".join(tokens[i:j]))
        j = i
    return best[n][k], cuts[::-1]


def value_columns(
    body: Sequence[Line], k: int, *, label_apart: bool = True
) -> list[tuple[int, int]] | None:
    """Where each of ``k`` value columns stands, where the rows line up: the span of its
    values over every row that fills them, columns apart by :data:`COLUMN_GAP` spaces at
    least in every row (and the label from the first, unless not ``label_apart``: a long
    label a layout export runs up to its first figure); None for rows set with single
    spaces (a Hancom text export)."""
    cols: list[tuple[int, int]] | None = None
    for ln in body:
        ws = line_spans(ln)
        # (a row labelled by its year, "2024년  18,412  39,856", counts its values alone)
        if value_count([w for w, _, _ in ws], False) != k:
            continue
        spans = [(a, b) for _, a, b in ws]
        row = spans[len(spans) - k - 1 :] if len(spans) > k else [(0, 0), *spans]
        gaps = itertools.pairwise(row if label_apart else row[1:])
        if any(b[0] - a[1] < COLUMN_GAP for a, b in gaps):
            return None
        vals = row[1:]
        cols = vals if cols is None else [
            (min(a[0], b[0]), max(a[1], b[1])) for a, b in zip(cols, vals, strict=True)
        ]
    if cols is None or any(b[0] - a[1] < 1 for a, b in itertools.pairwise(cols)):
        return None
    return cols


def aligned_header(head: Line, n_label: int, body: Sequence[Line], k: int) -> list[str] | None:
    """The header's words set over ``k`` value columns of rows that line up, each word in
    the column nearest it ("2 ‧ 3급" over one column, "7급" and "8급" over two); None
    where the rows do not line up or a column would get no word.

    >>> from extract.document import Line
    >>> rows = ["구 분      계    2 ‧ 3급    4급", " 정원     145      1         6",
    ...         " 현원     154      1         6"]
    >>> lines = [Line(i, t, t) for i, t in enumerate(rows, 1)]
    >>> aligned_header(lines[0], 2, lines[1:], 3)
    ['계', '2 ‧ 3급', '4급']
    """
    # (a row whose long label runs up to its first figure lines its figures up still)
    cols = value_columns(body, k, label_apart=False)
    if cols is None:
        return None
    spans = spaced_words(line_spans(head)[n_label:])
    # a header of words one space apart stands over one column ("’28  ’29 이후": "’29 이후"
    # over the last, though "’29" alone is nearer the one before); where that leaves a
    # column with none, each word goes on its own; or a word over each pair of columns
    # (an account over its years: "일 반 회 계" over "2026 | 2025"); first, letters spaced
    # out evenly, further from the next word than from each other, one word ("현  행    개  정":
    # 현행 | 개정, though "개" stands as near the column before as its own)
    return (
        _over_columns(letter_phrases(spans), cols)
        or _over_columns(phrases(spans), cols) or _over_columns(spans, cols)
        or (_over_pairs(phrases(spans), cols) if years_under(body) else None)
    )


def years_under(body: Sequence[Line]) -> bool:
    """Whether the first row under a header is a row of years alone ("2026  2025  2026
    2025"): a sub-header, its columns in pairs under the header's groups."""
    toks = words(body[0].text) if body else []
    return len(toks) >= 2 and all(YEAR_ALONE.match(t) for t in toks)



#: the most columns apart the letters of a header word a text export spaces out to fill
#: its cell stand ("합      계", "증   감")
MAX_SPACED_GAP = 8


def spaced_words(spans: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Letters set apart one by one that spell a header word of :data:`SPACED_HEADER_WORDS`
    joined into it, however wide they are spaced ("합      계", "일 반 회 계"; a justified
    cell of a Hangul export).

    >>> [w for w, _, _ in spaced_words([("합", 0, 2), ("계", 8, 10), ("2026", 20, 24)])]
    ['합 계', '2026']
    """
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(spans):
        j = i
        while (
            j + 1 < len(spans) and j - i + 1 < _LONGEST_SPACED
            and SINGLE_LETTER.match(spans[j + 1][0])
            and spans[j + 1][1] - spans[j][2] <= MAX_SPACED_GAP
        ):  # fmt: skip
            j += 1
        best = max(
            (e for e in range(i + 1, j + 1)
             if "".join(w for w, _, _ in spans[i : e + 1]) in SPACED_HEADER_WORDS
             and _evenly(spans[i : e + 1], spans[e + 1] if e + 1 < len(spans) else None)),
            default=None,
        ) if SINGLE_LETTER.match(spans[i][0]) and j > i else None  # fmt: skip
        if best is None:
            out.append(spans[i])
            i += 1
            continue
        letters = spans[i : best + 1]
        out.append((" ".join(w for w, _, _ in letters), letters[0][1], letters[-1][2]))
        i = best + 1
    return out


#: the letters of the longest word :func:`spaced_words` joins
_LONGEST_SPACED = max(len(w) for w in SPACED_HEADER_WORDS)


def _evenly(
    letters: Sequence[tuple[str, int, int]], after: tuple[str, int, int] | None
) -> bool:
    """Whether the letters of a word stand evenly apart, and further from what follows
    them (``after``) than from each other: one cell's justified word ("사  업      비  중"
    is 사 업 | 비 중, not 사 업 비 | 중)."""
    gaps = [b[1] - a[2] for a, b in itertools.pairwise(letters)]
    if not gaps or max(gaps) - min(gaps) > 1:
        return False
    return after is None or after[1] - letters[-1][2] > max(gaps)


def _over_pairs(
    spans: Sequence[tuple[str, int, int]], cols: Sequence[tuple[int, int]]
) -> list[str] | None:
    """Each phrase over two columns side by side, the pair its middle stands over (a group
    header, "합 계 | 일 반 회 계 | …" over "2026 | 2025" each), as the name of both; None
    where the phrases are not half the columns or stand over no pair of their own."""
    k = len(cols)
    if k % 2 or len(spans) != k // 2:
        return None
    out: list[str] = []
    for n, (word, a, b) in enumerate(spans):
        left, right = cols[2 * n][0], cols[2 * n + 1][1]
        if not left - COLUMN_GAP * 4 <= (a + b) / 2 <= right + COLUMN_GAP:
            return None
        out += [word, word]
    return out


def _over_columns(
    spans: Sequence[tuple[str, int, int]], cols: Sequence[tuple[int, int]]
) -> list[str] | None:
    """Each word (or phrase) in the value column nearest it; None where the words fall out
    of the columns' order or a column gets none."""
    k = len(cols)
    groups: list[list[str]] = [[] for _ in range(k)]
    last = 0
    for word, a, b in spans:
        mid = (a + b) / 2
        c = min(range(k), key=lambda j: abs(mid - (cols[j][0] + cols[j][1]) / 2))
        if c < last:
            return None  # (words out of the columns' order)
        groups[c].append(word)
        last = c
    if not all(groups):
        return None
    return [" ".join(g) for g in groups]
