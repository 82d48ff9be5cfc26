"""The period heads of a chart set as lines in a text export, over one year or more: a
line of heads that starts the year again ("상  하  상  하", "1/4 … 4/4  1/4 … 4/4", "1 … 12
1 … 6") under a line of the years ("2026년            2027년"), each run of heads its
year's (:mod:`extract.parse.line_charts`)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from extract.layout.markers import read_marker
from extract.layout.vocab import YEAR
from extract.normalize import DateSpan, parse_date
from extract.normalize.periods import PERIOD_COLUMN
from extract.parse.vocab import HALF_LETTERS, REMARK_HEADS

#: the longest a task column's label beside a chart's years is (spaces aside: "구분",
#: "추진내용", "세부 추진내용")
MAX_LABEL = 8
#: a year written as a chart's head over its periods ("2026년", "2026", "’27년", "’27")
_YEAR = regex.compile(YEAR + r"년?+")


def column_span(header: str, year: int | None) -> DateSpan | None:
    """The period a column header names: 1/4분기, 1/4, 2분기, 상반기, 3월, 3, 1월~3월."""
    h = "".join(header.split())
    m = PERIOD_COLUMN.match(h)
    if m is not None and m["y"] and (len(m["y"]) == 4 or h[:1] in "’‘'"):
        # a year's column of a plan by stages ("2023 | 2024 | … | 2027")
        y = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
        return parse_date(f"{y}년", year=y)
    if m is None or year is None or m["y"]:
        return None
    if m["q"]:
        return parse_date(f"{year}년 {m['q']}/4분기", year=year)
    if m["h"]:
        return parse_date(f"{year}년 {m['h']}반기", year=year)
    month, last = int(m["m"]), int(m["m2"] or m["m"])
    if not 1 <= month <= last <= 12:
        return None
    return parse_date(f"{year}년 {month}월" + (f"~{last}월" if last > month else ""), year=year)


def head_word(word: str, halves: bool) -> str:
    """A head as :func:`column_span` reads it: a half in one letter its half's name where
    the line's heads are halves so written (``halves``)."""
    return HALF_LETTERS.get(word, word) if halves else word


def _halves(words: Sequence[str]) -> bool:
    """Whether a line's last words (two or more) are halves in one letter ("상  하  상  하"),
    those alone after the task's label."""
    n = 0
    for w in reversed(words):
        if w not in HALF_LETTERS:
            break
        n += 1
    return n >= 2


#: the most words the head of a column of remarks is spaced into ("비 고")
MAX_REMARK_HEAD_WORDS = 3


def remark_head(words: Sequence[str]) -> int:
    """How many of a line's last words spell the head of a chart's column of remarks
    (:data:`REMARK_HEADS`: "… 12  비 고": 2), with words before them; 0 for none."""
    for k in range(min(MAX_REMARK_HEAD_WORDS, len(words) - 1), 0, -1):
        if "".join(words[-k:]) in REMARK_HEADS:
            return k
    return 0


def year_words(text: str) -> list[int]:
    """The years a line of a chart's years over its periods writes after the task
    column's label, if any ("                 2026년          2027년", "구  분   2025년
    2026년"), the head of a column of remarks after them aside ("2026년  2027년  비 고"):
    [] for another line (a title's "□ 2026년 추진일정")."""
    words = text.split()
    words = words[: len(words) - remark_head(words)]
    years: list[int] = []
    for w in reversed(words):
        if not _YEAR.fullmatch(w):
            break
        digits = regex.sub(r"\D", "", w)
        years.append(int(digits) if len(digits) == 4 else 2000 + int(digits))
    years.reverse()
    label = "".join(words[: len(words) - len(years)])
    plain = len(label) <= MAX_LABEL and not any(ch in label for ch in ":：")
    return years if years and plain and read_marker(text) is None else []


def _groups(spans: Sequence[DateSpan]) -> list[list[int]]:
    """The heads (their places) in runs of one year each: a new run where a period goes
    back ("… 11  12  1  2 …")."""
    out: list[list[int]] = [[0]]
    for k, (a, b) in enumerate(itertools.pairwise(spans), start=1):
        if a.start is not None and b.start is not None and b.start > a.start:
            out[-1].append(k)
        else:
            out.append([k])
    return out


def head_spans(
    words: Sequence[str], year: int | None, above: Sequence[int] = (), wrap: bool = True
) -> list[DateSpan]:
    """The periods a line's last words head, in order, each of its year: one run of periods
    of the plan's year, or, where the periods start over ("상 하 상 하", "1 … 12  1 … 6"),
    runs each from the first period of its year (each but the last to the year's last),
    of the years the line ``above`` writes (as many as the runs; else, ``wrap``, the
    plan's and those after it: no other names stand over them); a run of one year's
    periods under that one year too; halves in one letter under their years only. []
    where fewer than two periods head the line, or they go back but not so."""
    halves = bool(above) and _halves(words)
    spans: list[DateSpan] = []
    for w in reversed(words):
        span = column_span(head_word(w, halves), year)
        if span is None or span.start is None:
            break
        spans.append(span)
    spans.reverse()
    if len(spans) < 2:
        return []
    groups = _groups(spans)
    if len(groups) == 1 and len(above) != 1:
        return spans
    if len(groups) > 1 and (not _year_runs(spans, groups) or not (wrap or above)):
        return []
    years = list(above) if len(above) == len(groups) else None
    if years is None or any(b != a + 1 for a, b in itertools.pairwise(years)):
        if year is None or not wrap:
            return []
        years = [year + k for k in range(len(groups))]
    n = len(spans)
    heads = words[len(words) - n :]
    out = []
    for group, y in zip(groups, years, strict=True):
        for k in group:
            span = column_span(head_word(heads[k], halves), y)
            if span is None:
                return []
            out.append(span)
    return out


def _year_runs(spans: Sequence[DateSpan], groups: Sequence[Sequence[int]]) -> bool:
    """Whether runs of periods are years one after another: all of one precision (no
    years), each but the first opening its year, each but the last closing it."""
    if len({s.precision for s in spans}) != 1 or spans[0].precision == "year":
        return False
    for k, group in enumerate(groups):
        first, last = spans[group[0]], spans[group[-1]]
        if first.start is None or last.end is None:
            return False
        if k > 0 and (first.start.month, first.start.day) != (1, 1):
            return False
        if k < len(groups) - 1 and (last.end.month, last.end.day) != (12, 31):
            return False
    return True
