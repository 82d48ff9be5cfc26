"""A report's table of contents (보고순서, 목차, 순서): where it starts and where it ends.

The entries are the chapters' titles again, often with their page numbers; the contents
end where the first entry comes again as a heading of the body (:func:`find_contents`).
The entries are kept in the outline as contents, never as the body's nodes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.layout.markers import Marker
from extract.layout.marking import heads_section
from extract.layout.nodes import Marked
from extract.layout.vocab import CONTENTS_TITLES

#: a table-of-contents entry ends in its page number ("Ⅱ. 2024년 주요업무성과 6")
PAGE_REF = re.compile(r"(?<=[\s·.…‥])\d{1,3}\s*$")
_CONTENTS_KEYS = frozenset("".join(t.split()).casefold() for t in CONTENTS_TITLES)


def _is_contents_title(text: str) -> bool:
    return "".join(text.split()).casefold() in _CONTENTS_KEYS


#: longest entry with no number that opens the contents ("총    괄" before "Ⅰ. …")
MAX_UNNUMBERED_ENTRY = 12


def find_contents(items: Sequence[Marked]) -> tuple[int, int] | None:
    """The (start, end) indexes of a table of contents in ``items``, if there is one.

    It starts at a contents title (보고순서, 목차) or at the first of two top
    headings in a row that end in page numbers; it ends before the first top
    heading that does not end in a page number.  Where its first entry has no number
    ("총 괄" before "Ⅰ. 기획감사실"), it ends where that entry comes again.
    """
    found = _find_contents(items)
    if found is None:
        return None
    start, end = found
    first = start + 1
    if (
        first >= end
        or items[first].marker is not None
        or not _is_contents_title(items[start].title)
    ):
        return found
    title = _bare_title(items[first].title)
    if not title or len(title) > MAX_UNNUMBERED_ENTRY:
        return found
    again = next(
        (j for j in range(first + 1, end)
         if items[j].marker is None and _bare_title(items[j].title) == title),
        None,
    )  # fmt: skip
    return (start, again) if again is not None else found


def _find_contents(items: Sequence[Marked]) -> tuple[int, int] | None:
    start = None
    for i, it in enumerate(items):
        if it.marker is None and _is_contents_title(it.title):
            start = i
            break
        if (
            it.marker is not None
            and it.marker.is_top
            and PAGE_REF.search(it.title)
            and any(
                j.marker is not None and j.marker.is_top and PAGE_REF.search(j.title)
                for j in items[i + 1 : i + 4]
            )
        ):
            start = i
            break
    if start is None:
        return None
    met = _entries_met(items, start)
    if met is not None:
        return start, met
    # the body starts where the first entry's heading comes again without its page number
    # or, sooner, at the first heading past the contents' pages (an entry the text layer
    # garbled, "a. 기본현황 1" for "Ⅰ. 기본현황 1", is no heading to meet again)
    past = _past_contents(items, start)
    # (the first entry again, whatever its number: "가. 일반현황" / … / "가. 일 반 현 황";
    # not the first Roman one, which may be the appendix's, "붙임 1.", at the very end)
    entry = next((j for j in range(start, len(items)) if items[j].marker is not None), None)
    if entry is not None:
        mark, first = items[entry].marker, _bare_title(items[entry].title)
        for j in range(entry + 1, len(items) if past is None else past):
            m = items[j].marker
            if (
                m is not None
                and mark is not None
                and _same_number(m, mark)
                and not PAGE_REF.search(items[j].title)
                and _bare_title(items[j].title) == first
            ):
                return start, j
    tops = [j for j in range(start, len(items)) if _is_top(items[j])]
    at = tops[0] if tops else None
    if at is not None:
        first = _bare_title(items[at].title)
        for j in range(at + 1, len(items) if past is None else past):
            it = items[j]
            if (
                it.marker is not None
                and it.marker.is_top
                and not PAGE_REF.search(it.title)
                and _bare_title(it.title) == first
            ):
                return start, j
    if past is not None:
        return start, past
    for j in range(start + 1, len(items)):
        it = items[j]
        if it.marker is not None and it.marker.kind == "roman" and not PAGE_REF.search(it.title):
            return start, j
    # (no heading of the body meets an entry again, its chapters' headings drawn as
    # pictures: the contents end after the run of entries that end in a page number, where
    # the body's items numbered from 1 start again as many times as it lists chapters,
    # each run a chapter: :func:`~extract.layout.pictured.chapters_from_contents`)
    end = start + 1
    while end < len(items) and items[end].marker is not None and PAGE_REF.search(items[end].title):
        end += 1
    chapters = sum(_is_top(it) for it in items[start:end])
    runs = sum(
        it.marker is not None and not it.marker.is_top and it.marker.kind.startswith("num")
        and it.marker.ordinal == 1
        for it in items[end:]
    )  # fmt: skip
    return (start, end) if chapters >= 2 and runs == chapters else None


#: entries with a page number in a row at least, before the run's end tells the body
MIN_ENTRY_RUN = 2


def _entries_met(items: Sequence[Marked], start: int) -> int | None:
    """Where the body starts right after the run of entries that end in a page number: the
    first heading after them, where its title is one of theirs, however either is numbered
    (an OCR'd "1. 일반현황 ···· 1" among "Ⅱ. … ···· 4" entries meets "I. 일 반 현 황"); None
    where the run is short or the heading after it is no entry again."""
    first = start if items[start].marker is not None else start + 1
    end = first
    while end < len(items) and PAGE_REF.search(items[end].title):
        end += 1
    if end - first < MIN_ENTRY_RUN:
        return None
    heading = next((j for j in range(end, len(items)) if items[j].marker is not None), None)
    if heading is None:
        return None
    titles = {_bare_title(it.title) for it in items[first:end]} - {""}
    return heading if _bare_title(items[heading].title) in titles else None


def _past_contents(items: Sequence[Marked], start: int) -> int | None:
    """The first heading (a chapter's or a numbered part's) without a page number on a
    page after the contents' own: the contents title's page and each next page an entry
    with a page number stands on (None where the lines have no pages)."""
    last = items[start].lines[0].page
    if last is None:
        return None
    for j in range(start + 1, len(items)):
        it = items[j]
        page = it.lines[0].page
        if page is None:
            return None
        if PAGE_REF.search(it.title) and page <= last + 1:
            last = max(last, page)
        elif page > last and it.marker is not None and (_is_top(it) or heads_section(it.marker)):
            if not _entry_follows(items, j, page):
                return j
            last = page  # (a page the contents go on over: an entry with its page after)
    return None


def _entry_follows(items: Sequence[Marked], j: int, page: int) -> bool:
    """Whether an entry with a page number follows item ``j`` on its page."""
    for it in items[j + 1 :]:
        if it.lines[0].page != page:
            return False
        if it.marker is not None and PAGE_REF.search(it.title):
            return True
    return False


#: kinds of number that are one number written two ways: an entry "1. 일반현황 … 1" of
#: the contents meets its chapter again as "1 일반현황", its numeral boxed apart
_NUMBER_FAMILY = {"num.bare": "num.dot"}


def _same_number(a: Marker, b: Marker) -> bool:
    """Whether two markers give the same number in the same style, however it is set."""
    def family(m: Marker) -> str:
        kind = m.kind.removesuffix(".boxed")
        return _NUMBER_FAMILY.get(kind, kind)

    return a.number == b.number and family(a) == family(b)


def _is_top(item: Marked) -> bool:
    return item.marker is not None and item.marker.is_top


def _bare_title(title: str) -> str:
    """A contents entry's title without its leader dots and page number, squashed."""
    return "".join(PAGE_REF.sub("", title).rstrip(" ·.…‥").split())
