"""Chapters titled in brackets with no numeral ("【 일반현황 】", "< 현안사항 >"): where a
report numbers none of its chapters and one of those titles is its general section or its
plan, each such title is a chapter's heading, as "Ⅰ. 일반현황" is."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extract.layout.markers import Marker
from extract.layout.nodes import Marked
from extract.layout.vocab import TITLE_BRACKETS

#: a line that is one title in brackets ("【 일반현황 】"), a contents entry's page number
#: after it perhaps ("【 일반현황 】 ……… 1")
_BRACKETED = re.compile(
    r"^(?P<open>[" + re.escape("".join(TITLE_BRACKETS)) + r"])\s*(?P<inner>[^\s].{0,40}?)\s*"
    r"(?P<close>[" + re.escape("".join(TITLE_BRACKETS.values())) + r"])"
    r"(?P<page>\s*[·.…‥\s]*\d{0,3})$"
)


#: the roles one of the chapters titled in brackets must name for them to be a report's
#: chapters (a press release's "< 프로젝트 취지 및 성과 >" names the results alone)
BRACKETED_CORE_ROLES: frozenset[str] = frozenset({"general", "plans"})


def bracketed_chapters(
    items: Sequence[Marked], role: Callable[[str], str | None]
) -> list[Marked]:
    """A title in brackets alone on its line that names a chapter of the genre ("【 일반현황
    】", "< 현안사항 >", with no numeral): a chapter's heading, as "Ⅰ. 일반현황" is; so is its
    entry in the contents, its page number after it.  Only in a report whose chapters have
    no numerals, one of them its general section or its plan: in one that numbers them,
    such a title heads a part or a group of items ("< 시정요구 : 1건 >" between
    findings)."""
    out = list(items)
    if any(it.marker is not None and it.marker.kind == "roman" for it in items):
        return out
    found: dict[int, tuple[str, Marked]] = {}
    for i, it in enumerate(out):
        m = _BRACKETED.match(it.title) if it.marker is None and len(it.lines) == 1 else None
        if m is None or TITLE_BRACKETS[m["open"]] != m["close"]:
            continue
        if (named := role(m["inner"])) is not None:
            marker = Marker("roman", m["open"] + m["close"])
            found[i] = (named, Marked(it.lines, marker, m["inner"] + m["page"]))
    if BRACKETED_CORE_ROLES & {named for named, _ in found.values()}:
        for i, (_, chapter) in found.items():
            out[i] = chapter
    return out
