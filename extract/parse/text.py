"""Small text helpers every section parser shares.

* :func:`squash` makes the key used to look words up in the vocabulary;
* :func:`despace` undoes letter-spacing ("사 회 혁 신" -> "사회혁신");
* :func:`tokens` splits a table line into word and number tokens;
* :func:`split_marker` separates a bullet marker from its text;
* :func:`drop_note_marks` takes the marks of a note off the words they are set on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import regex

from extract.document import Line
from extract.layout.markers import read_marker
from extract.layout.vocab import LATIN_BULLETS, SPACED_BULLETS
from extract.normalize.marks import is_mark, without_mark
from extract.normalize.money import COARSE_UNITS
from extract.normalize.spacing import collapse as collapse
from extract.normalize.spacing import despace as despace
from extract.normalize.spacing import squash as squash
from extract.normalize.spacing import words
from extract.normalize.vocab import WHOLE_CHANGE_WORDS
from extract.normalize.wraps import join_wrapped
from extract.parse.vocab import BULLETS

#: a table amount as written: 1,234 / 1234 / △4,500 / -13 ; or a nil cell "-"
_AMOUNT = regex.compile(r"^(?:[△▽-]?\d{1,3}(?:,\d{3})+|[△▽-]?\d+)$")
_NIL = regex.compile(r"^[-－–—]$")
_PERCENT = regex.compile(r"^[△▽-]?\d+(?:\.\d+)?%$")
#: a rate printed without its % under a column that says % ("8.9", "△3.1")
_RATE = regex.compile(r"^[△▽-]?\d+(?:\.\d+)?$")
#: a table amount with a fraction, in a unit that prints one (168.73억원, 157.28백만원:
#: :data:`~extract.normalize.money.COARSE_UNITS`)
_DECIMAL = regex.compile(r"^[△▽-]?\d{1,3}(?:,\d{3})*\.\d+$")
#: a note's mark set on the end of a word ("대상* 운항보조금", "종합점검*"): it points to a
#: note below, and is no letter of the name
_NOTE_MARK = regex.compile(r"(?<=[\p{L}\p{N})」』’”])\*{1,3}+(?=\s|$|[(（,:)）」』’”])")


#: the inside of a bracket of English after a Korean name, its gloss ("Planning & Budget
#: Division"), as a pattern to build others with
GLOSS_WORDS = r"[A-Za-z][A-Za-z &.,'’/-]{0,60}"


def drop_note_marks(text: str) -> str:
    """A name without the note marks set on its words.

    >>> drop_note_marks("운항 항공사 대상* 운항보조금 지원"), drop_note_marks("종합점검**")
    ('운항 항공사 대상 운항보조금 지원', '종합점검')
    >>> drop_note_marks("* 별도 주석"), drop_note_marks("3*4")
    ('* 별도 주석', '3*4')
    >>> drop_note_marks("「야간관광 특화도시 협의체*」 출범")
    '「야간관광 특화도시 협의체」 출범'

    """
    return str(_NOTE_MARK.sub("", text))


@dataclass(frozen=True, slots=True)
class Token:
    """A word or a number of a table line, with the line it came from."""

    text: str
    line: Line

    @property
    def is_amount(self) -> bool:
        return bool(_AMOUNT.match(self.text) or _NIL.match(self.text))

    @property
    def is_nil(self) -> bool:
        return bool(_NIL.match(self.text))

    @property
    def is_percent(self) -> bool:
        return bool(_PERCENT.match(self.text))

    @property
    def is_number(self) -> bool:
        return self.is_amount or self.is_percent


def tokens(lines: Iterable[Line]) -> list[Token]:
    """The words of ``lines`` (:func:`~extract.normalize.spacing.words`), in order; a
    figure without the note's mark on it, a mark read apart after a figure none
    ("42주1)" is 42, "1,652,410 1)" is 1,652,410: :mod:`extract.normalize.marks`)."""
    out: list[Token] = []
    for ln in lines:
        for tok in words(ln.text):
            bare = without_mark(tok)
            if out and out[-1].line is ln and out[-1].is_number and is_mark(tok):
                continue
            out.append(Token(bare if _AMOUNT.match(bare) or _DECIMAL.match(bare) or
                             _PERCENT.match(bare) else tok, ln))  # fmt: skip
    return out


def is_amount(text: str) -> bool:
    return bool(_AMOUNT.match(text) or _NIL.match(text))


def is_rate(word: str) -> bool:
    """A rate, with its % or (under a header that says %) without: "8.9", "△3.1%", or the
    word for an item new this year ("순증": a rate of no figure).

    >>> [is_rate(w) for w in ("8.9", "△3.1", "28.3%", "10", "사업", "순증")]
    [True, True, True, True, False, True]
    """
    return bool(_PERCENT.match(word) or _RATE.match(word)) or word in WHOLE_CHANGE_WORDS


def is_fraction(words: Sequence[str], k: int, unit: str | None) -> bool:
    """Whether ``words[k]`` is an amount with a fraction that is a value: in a unit that
    prints one, and before nothing or another figure (before a word, it is the name's:
    "서울혁신 2.0 플랫폼 운영").

    >>> w = "계 168.73 120.99 △28.3%".split()
    >>> is_fraction(w, 1, "억원"), is_fraction(w, 1, "천원"), is_fraction(["2.0", "명"], 0, "억원")
    (True, False, False)
    """
    if unit not in COARSE_UNITS or not _DECIMAL.match(words[k]):
        return False
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return not nxt or is_amount(nxt) or bool(_PERCENT.match(nxt) or _DECIMAL.match(nxt))


#: bullets that are a letter or a digit too: one only where the outline reads it as one
GUARDED_BULLETS: frozenset[str] = LATIN_BULLETS | SPACED_BULLETS | {"0"}


#: a line that opens with a short label and its colon ("사 업 비 : …", "조치결과 : …")
_LABEL_FIRST = regex.compile(r"^\s*+[^\s:：(（][^:：(（]{0,14}[:：]")


def opens_with_label(text: str) -> bool:
    """Whether a line opens with a short label and its colon: a fact or a field of its
    own, no wrap of the line before it."""
    return _LABEL_FIRST.match(text) is not None


def split_marker(text: str) -> tuple[str | None, str]:
    """``("○", "text")`` for a bulleted line, ``(None, text)`` otherwise.

    A "-" followed by a digit is a negative number or a nil cell, not a
    bullet; "※"/"*" notes count as markers.
    """
    s = text.strip()
    if not s:
        return None, ""
    ch = s[0]
    if ch in BULLETS:
        rest = s[1:]
        if ch in GUARDED_BULLETS and read_marker(s) is None:
            return None, s  # ("oil", "o clock", "ㅁ자형", "0 명": no bullet)
        if ch in "-*" and (not rest or rest[0].isdigit() or rest[:1] == ch):
            return None, s
        return ch, rest.strip()
    return None, s


def join_lines(lines: Sequence[Line]) -> str:
    """Wrapped lines joined with single spaces.

    The text export does not say whether a wrap fell between words or inside
    one; a space keeps both readable, and the raw lines stay in the span.  Where
    the marks at a wrap say (an opening bracket, a comma, a middle dot), no space:
    :func:`~extract.normalize.wraps.join_wrapped`.
    """
    return join_wrapped(ln.text for ln in lines)


def best_runs(
    n: int, m: int, run_score: Callable[[int, int, int], float], max_len: int | None = None
) -> tuple[list[tuple[int, int]], float] | None:
    """Cut items ``0..n`` into ``m`` non-empty runs, in order, with the highest total score.

    ``run_score(start, end, j)`` scores items ``start..end-1`` as run ``j``.
    Returns the runs as ``(start, end)`` and the total, or None when no cut
    fits (``n < m``, or a run would exceed ``max_len`` items); between equal
    totals, earlier runs take more items.
    Dynamic programming, O(n² m) calls of ``run_score``.

    >>> best_runs(4, 2, lambda a, b, j: -abs((b - a) - (1 if j == 0 else 3)))
    ([(0, 1), (1, 4)], 0.0)
    """
    if m == 0 or n < m:
        return None
    neg = float("-inf")
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for j in range(1, m + 1):
        for end in range(j, n - (m - j) + 1):
            for start in range(max(j - 1, end - (max_len or n)), end):
                if best[start][j - 1] == neg:
                    continue
                cand = best[start][j - 1] + run_score(start, end, j - 1)
                if cand >= best[end][j]:  # a tie goes to the later start: earlier runs longer
                    best[end][j], back[end][j] = cand, start
    if best[n][m] == neg:
        return None
    runs: list[tuple[int, int]] = []
    end = n
    for j in range(m, 0, -1):
        start = back[end][j]
        runs.insert(0, (start, end))
        end = start
    return runs, best[n][m]
