"""Contents lists inside the body: a divider page lists the items of the part it opens
(복지정책과: "1. … 6.", then item 1 on the next page), and each entry would otherwise be
an item of its own beside the item it names.

The list becomes one ``contents`` node under the divider (its lines are read, not
residue, and not the body: as the report's own table of contents, no figure of it is a
mention), in place of its entries.  The lines set between the divider's title and its
list that no item took (the part's goal in display type, "다함께 행복한, …" / "부산형
복지·돌봄 실현") are the divider's text.

A divider is told by its page: where lines have none (HWPX, HWP and text exports
carry no page breaks here) nothing is folded.  An entry names an item when its words
are that item's title's, or the two begin alike.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from extract.document import Line
from extract.layout.nodes import Node

#: fewest entries a divider lists (one line that repeats a title is a banner)
MIN_ENTRIES = 2
#: fewest letters an entry and a title begin with alike (a short word names nothing)
MIN_SHARED = 8
#: fewest letters of a divider's title that begins its part's title
MIN_TITLE = 4

_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]++")


def fold_divider_contents(root: Node, content: Sequence[Line] = ()) -> None:
    """Fold each contents list of a divider page into one ``contents`` node under the
    node it stands under, with the ``content`` lines between the two that no node holds
    as that node's text."""
    placed = {ln.no for n in root.walk() for ln in n.lines}
    for node in list(root.walk()):
        if node.kind == "root":
            continue  # (the root holds no lines: a list under it is no divider's)
        listed: list[Line] = []
        while (run := _contents_run(node.children)) is not None:
            i, j = run
            toc = contents_of(node.children[i:j], node)
            listed.extend(toc.lines)
            node.children[i:j] = [toc]
        if listed and node.lines:
            # (on the list's page only: a title pages before it has no goal set by it)
            first, last = node.lines[0].no, max(ln.no for ln in listed)
            page = max(listed, key=lambda ln: ln.no).page
            node.lines.extend(
                ln for ln in content
                if first < ln.no < last and ln.no not in placed and ln.page == page
            )
        node.lines.sort(key=lambda ln: ln.no)


def contents_of(entries: Sequence[Node], parent: Node) -> Node:
    """One ``contents`` node under ``parent`` holding the lines of ``entries``."""
    lines = sorted((ln for e in entries for n in e.walk() for ln in n.lines), key=lambda ln: ln.no)
    return Node("contents", None, "", lines, 0, parent)


def merge_part_dividers(root: Node) -> None:
    """A part's divider page ("1/ 함께 일하고 함께 돌보는 양성평등 환경 조성" over the
    entries of its items) before the part's own first page, numbered and titled alike
    ("1 함께 일하고 …"), is that part: its title lines are the part's, and its entries
    the part's first child, a ``contents`` node; not a node beside it with the same
    title."""
    for node in list(root.walk()):
        kids = node.children
        i = 0
        while i + 1 < len(kids):
            divider, part = kids[i], kids[i + 1]
            if _divides(divider, part):
                part.lines = sorted(divider.lines + part.lines, key=lambda ln: ln.no)
                part.head = len(part.lines)
                if divider.children:
                    part.children.insert(0, contents_of(divider.children, part))
                del kids[i]
                continue
            i += 1


def _divides(divider: Node, part: Node) -> bool:
    """Whether ``divider`` is ``part``'s divider page: one page of its own before the
    part's, alike numbered and titled, its children leaves on that page that name the
    part's items in order."""
    a, b = divider.marker, part.marker
    page = _page(divider)
    if a is None or b is None or a.number is None or a.number != b.number or page is None:
        return False
    one, other = sorted((_key_title(divider), _key_title(part)), key=len)
    if divider.tables or len(one) < MIN_TITLE or not other.startswith(one):
        return False  # (a divider may print the part's title short: "당신처럼 애지중지!")
    if _first_page(part) <= page:
        return False
    entries = divider.children
    return all(_leaf(c) and _page(c) == page for c in entries) and (
        not entries or _names_in_order(entries, part.children)
    )


def _key_title(node: Node) -> str:
    return str(_NOT_WORD.sub("", node.title))


def _contents_run(children: list[Node]) -> tuple[int, int] | None:
    """The (start, end) of the first run of children that lists the siblings after it:
    leaves alone on their page (no other child, nor what is under one, on it), of one
    kind of marker, each naming one of the later siblings, in their order, all of them
    on later pages."""
    i = 0
    while i < len(children):
        page = _page(children[i])
        j = i
        while j < len(children) and _leaf(children[j]) and _page(children[j]) == page:
            j += 1
        alone = i == 0 or _last_page(children[i - 1]) < (page or 0)
        if alone and page is not None and j < len(children) and _first_page(children[j]) > page:
            # the entries: the run's last lines of one kind of marker (the divider's
            # goal or subtitle may stand before them)
            k = j
            while k > i and _kind(children[k - 1]) == _kind(children[j - 1]):
                k -= 1
            if j - k >= MIN_ENTRIES and _names_in_order(children[k:j], children[j:]):
                return k, j
        i = max(j, i + 1)
    return None


def _leaf(node: Node) -> bool:
    return not node.children and not node.tables and node.kind in ("item", "bullet")


def _page(node: Node) -> int | None:
    pages = {ln.page for ln in node.lines}
    return pages.pop() if len(pages) == 1 else None


def _kind(node: Node) -> str | None:
    return node.marker.kind if node.marker is not None else None


def _last_page(node: Node) -> int:
    """The last page of the node and everything under it."""
    return max((ln.page or 0 for n in node.walk() for ln in n.lines), default=0)


def _first_page(node: Node) -> int:
    return (node.lines[0].page or 0) if node.lines else 0


def _key(node: Node) -> str:
    return str(_NOT_WORD.sub("", node.text))


def _names(entry: str, title: str) -> bool:
    """Whether the entry's words are the title's, or both begin alike (a divider may
    shorten a title: "내실있는 평가와 환류로 책임경영 유도" for "… 성과창출·책임경영 유도")."""
    if not entry or not title:
        return False
    pairs = zip(entry, title, strict=False)  # (as far as the shorter goes)
    shared = next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(entry), len(title)))
    return shared == len(entry) == len(title) or shared >= MIN_SHARED


#: where a line that lists numbered parts parts them: "1. 조직    2. 인력    3. 예산"
_BEFORE_PART = regex.compile(r"(?<!\s)\s++(?=\d{1,2}\.\s)")
_PART = regex.compile(r"(?P<no>\d{1,2})\.\s*+(?P<title>\S.*+)")


def _entry_keys(entries: Sequence[Node]) -> list[str]:
    """Each entry's words, an entry that lists numbered parts on its line ("1. 조직    2.
    인력    3. 예산", numbered on by one) one a part."""
    out: list[str] = []
    for entry in entries:
        parts = [m for p in _BEFORE_PART.split(entry.text) if (m := _PART.fullmatch(p.strip()))]
        numbers = [int(m["no"]) for m in parts]
        first = numbers[0] if numbers else 0
        if len(parts) >= MIN_ENTRIES and numbers == list(range(first, first + len(parts))):
            out.extend(str(_NOT_WORD.sub("", m["title"])) for m in parts)
        else:
            out.append(_key(entry))
    return out


def _names_in_order(entries: list[Node], later: list[Node]) -> bool:
    """Whether each entry names one of the ``later`` items, in order, each an item with
    something under it (what a divider lists is told in detail after it)."""
    titles = [_key(n) if n.children or n.tables else "" for n in later]  # (once each)
    at = 0
    for key in _entry_keys(entries):
        while at < len(later) and not _names(key, titles[at]):
            at += 1
        if at == len(later):
            return False
        at += 1
    return True
