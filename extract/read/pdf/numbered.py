"""The pages a PDF numbers in its margin (`- 3 -`): a running head set on each of them is
one however few they are (a short report of two pages after its cover)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from extract.document import Line, LineKind
from extract.read.text import PAGE_FOOTER

#: how many numbered pages a running head must stand on, each of them, where the pages are
#: too few for a share of them to tell (`MIN_HEAD_PAGES`)
MIN_NUMBERED_PAGES = 2


def numbered_pages(lines: Sequence[Line]) -> set[int]:
    """The pages whose number stands in their margin as furniture (`- 3 -`)."""
    return {
        ln.page
        for ln in lines
        if ln.kind == LineKind.FURNITURE and ln.page is not None and PAGE_FOOTER.match(ln.text)
    }


def on_every_numbered_page(pages: Collection[int | None], numbered: Collection[int]) -> bool:
    """Whether a line set at one height stands on every numbered page, two at least (and
    on no page more than those)."""
    return len(numbered) >= MIN_NUMBERED_PAGES and set(pages) == set(numbered)
