"""A period stated by its start and its length: "2026. 1. 1.부터 3년" (2026-01-01 to
2028-12-31), "’25. 3월부터 6개월간" (March to August 2025), "2026년부터 5년간"; and a
length counted from an event that is no date, "착공 후 24개월", "계약일로부터 6개월" (no
interval: its words kept as written)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import regex

from extract.normalize.dates import DateSpan
from extract.normalize.vocab import (
    DURATION_AFTER_WORDS,
    DURATION_BOUND_WORDS,
    DURATION_CYCLE_WORDS,
    DURATION_SPAN_WORD,
    DURATION_TIMES_WORDS,
    DURATION_UNITS,
    OPEN_WORDS,
)

_UNITS = "|".join(DURATION_UNITS)
#: a length right after an open start: "3년", "6개월간", "24 개월"
#: (or in a bracket, "2026. 1. 1.부터(3년간)"; no bound, cycle or frequency after it: "3년
#: 이상", "5년 단위", "3년 주기", "1일 2회")
_LENGTH = regex.compile(
    rf"\s{{0,3}}+(?P<open>[(（]\s{{0,2}}+)?+(?P<n>\d{{1,3}})\s{{0,2}}+(?P<unit>{_UNITS})"
    rf"(?:\s{{0,2}}+{DURATION_SPAN_WORD})?+(?(open)\s{{0,2}}+[)）])"
    rf"(?![\p{{Hangul}}\d]|\s{{0,2}}+(?:{'|'.join(DURATION_BOUND_WORDS + DURATION_CYCLE_WORDS)})"
    rf"|\s{{0,2}}+\d{{1,3}}\s{{0,2}}+(?:{'|'.join(DURATION_TIMES_WORDS)}))"
)
_AFTER = "|".join(DURATION_AFTER_WORDS)
#: a length counted from an event of words alone: "착공 후 24개월", "계약일로부터 6개월간"
_FROM_EVENT = regex.compile(
    rf"^(?P<event>\p{{Hangul}}[\p{{Hangul}} ]{{0,15}}?)\s{{0,2}}+(?:{_AFTER})\s{{0,2}}+"
    rf"\d{{1,3}}\s{{0,2}}+(?:{_UNITS})(?:\s{{0,2}}+{DURATION_SPAN_WORD})?+$"
)


def _add_months(day: date, months: int) -> date:
    m = day.month - 1 + months
    year, month = day.year + m // 12, m % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def with_length(span: DateSpan, text: str) -> DateSpan:
    """``span``, an open start found in ``text`` ("2026. 1. 1.부터"), closed by the length
    written right after it ("3년"): the day before its start plus the length, or, where the
    start is a month or a year, the last day of the length's last month or year; its raw
    the start and the length.  Any other span as it is.

    >>> from extract.normalize.dates import parse_date
    >>> s = parse_date("2026. 1. 1.부터")
    >>> with_length(s, "2026. 1. 1.부터 3년").end, with_length(s, "2026. 1. 1.부터 3년").raw
    (datetime.date(2028, 12, 31), '2026. 1. 1.부터 3년')
    >>> with_length(parse_date("’25. 3월부터"), "’25. 3월부터 6개월간").end
    datetime.date(2025, 8, 31)
    >>> [with_length(s, t).end for t in ("2026. 1. 1.부터 3년차 사업", "2026. 1. 1.부터 3년 이상")]
    [None, None]
    """
    # (or a length in the bracket the date's reader took with it: "2026. 1. 1.부터(3년간)")
    aside = regex.search(r"[(（]", span.raw)
    head = span.raw[: aside.start()] if aside is not None else span.raw
    if span.end is not None or not head.rstrip().endswith(OPEN_WORDS):
        return span
    at = text.find(span.raw)
    if at < 0:
        return span
    m = _LENGTH.match(text, at + len(span.raw))
    if m is None and aside is not None:
        m = _LENGTH.match(text, at + aside.start())
    if m is None:
        return span
    n, unit = int(m["n"]), DURATION_UNITS[m["unit"]]
    if n == 0:
        return span
    start = span.start
    if unit in ("year", "month"):
        end = _add_months(start, n * 12 if unit == "year" else n) - timedelta(days=1)
    elif unit == "week":
        end = start + timedelta(weeks=n, days=-1)
    else:
        end = start + timedelta(days=n - 1)
    if span.precision == "month":
        end = date(end.year, end.month, calendar.monthrange(end.year, end.month)[1])
    elif span.precision == "year":
        end = date(end.year, 12, 31)
    raw = text[at : m.end()].strip()
    return span.model_copy(update={"end": end, "raw": raw})


def length_from_event(text: str) -> str | None:
    """The words of a length counted from an event that is no date ("착공 후 24개월",
    "계약일로부터 6개월간"), as written; None for any other text.

    >>> length_from_event("착공 후 24개월"), length_from_event("협약 체결 후 3년간")
    ('착공 후 24개월', '협약 체결 후 3년간')
    >>> length_from_event("2025. 3.부터 6개월"), length_from_event("착공 후 조속 추진")
    (None, None)
    """
    t = " ".join(text.split())
    return t if _FROM_EVENT.match(t) else None
