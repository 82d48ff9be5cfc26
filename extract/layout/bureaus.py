"""A committee's compiled report: several bureaus' reports one after another in one file
(`2025년 주요업무보고` / `- 행정자치위원회 소관 -` over the reports of `기획조정실`, `행정국`
and `시민안전실`), each bureau's opening with a title page of its name alone and an outline
of its own that starts again at Ⅰ (`Ⅰ. 일반현황`, `Ⅱ. 2025 주요업무계획`, `Ⅲ. 현안`).

Each bureau's run of chapters is that bureau's chapter: a heading of its name (its title
page's lines) over them, numbered as the contents number it (`Ⅱ. 행정국 ······ 9`), else
by its place, so that each bureau's parts are read as a report by bureau reads its
chapters (:func:`extract.sections.division_chapter`).  Where the title pages name no bureau
(drawn as pictures), the contents' entries name the runs in order, where they are as many
and each a unit's name.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from extract.document import Line
from extract.layout.markers import Marker, read_marker
from extract.layout.nodes import Node, Outline
from extract.layout.pictured import contents_entries
from extract.layout.vocab import ROMAN
from extract.normalize.spacing import collapse, despace, squash

#: fewest bureaus' runs of chapters that make a compiled report
MIN_BUREAUS = 2
#: most content lines a bureau's title page holds before its first chapter's heading
#: (its name, the report's title again, its date)
TITLE_PAGE_LINES = 6
#: the numerals a bureau's heading takes by its place where the contents give none
_NUMERALS = [k for k, v in sorted(ROMAN.items(), key=lambda kv: kv[1]) if not k.isascii()]


def _run_starts(tops: Sequence[Node]) -> list[int]:
    """The places of the top headings that open a run of chapters numbered from Ⅰ: the
    first chapter, Ⅰ, and each Ⅰ after a chapter numbered more; [] where fewer than
    :data:`MIN_BUREAUS` runs."""
    starts: list[int] = []
    last = 0
    for i, top in enumerate(tops):
        if top.kind != "heading" or top.marker is None or top.marker.ordinal is None:
            continue
        ordinal = top.marker.ordinal
        if ordinal == 1 and (not starts or last > 1):
            starts.append(i)
        elif not starts:
            return []  # (a first chapter numbered on: no run of its own)
        last = ordinal
    return starts if len(starts) >= MIN_BUREAUS else []


def _title_page(
    heading: Node, order: Sequence[Line], where: dict[int, int], unit: Callable[[str], bool]
) -> tuple[str, list[Line]] | None:
    """The bureau a chapter's heading's title page names (its name alone on a line of no
    marker, at most :data:`TITLE_PAGE_LINES` lines before it) and the page's lines from
    that one on; None where none does."""
    first = heading.opening_line()
    if first is None or first.no not in where:
        return None
    at = where[first.no]
    for back in range(at - 1, max(at - 1 - TITLE_PAGE_LINES, -1), -1):
        text = order[back].text.strip()
        if read_marker(text) is not None:
            return None
        name = collapse(despace(text))
        if unit(name):
            return name, list(order[back:at])
    return None


def _with_loose(
    page: tuple[str, list[Line]] | None, heading: Node, loose: Sequence[Line]
) -> tuple[str, list[Line]] | None:
    """A title page's lines with the ``loose`` ones (held by no node) among them, up to
    its chapter's heading."""
    first = heading.opening_line()
    if page is None or not page[1] or first is None:
        return page
    name, held = page
    more = [ln for ln in loose if held[0].no < ln.no < first.no]
    return name, sorted([*held, *more], key=lambda ln: ln.no)


def _take(root: Node, taken: set[int]) -> None:
    """Take the ``taken`` lines out of the nodes that hold them (a node left with no
    line, no item and no table dropped)."""
    for node in list(root.walk()):
        if node is root or not any(ln.no in taken for ln in node.lines):
            continue
        head = sum(1 for ln in node.head_lines if ln.no not in taken)
        node.lines = [ln for ln in node.lines if ln.no not in taken]
        node.head = head
        if not node.lines and not node.children and not node.tables and node.parent:
            node.parent.children.remove(node)


def bureau_chapters(
    outline: Outline,
    unit: Callable[[str], bool],
    lines: Sequence[Line] = (),
    skip: Collection[int] = (),
) -> Outline:
    """The outline with a heading over each bureau's run of chapters in a compiled report
    (``unit``: whether a line names a unit alone); the outline as it is in any other.  The
    content ``lines`` of a title page that no node holds (the report's title again under
    the bureau's name) are its heading's too, but those in ``skip`` (a table's)."""
    root = outline.root
    tops = root.children
    starts = _run_starts(tops)
    if not starts:
        return outline
    order = sorted(outline.line_node.keys())
    held = {ln.no: ln for n in outline.nodes for ln in n.lines}
    seq = [held[no] for no in order]
    where = {ln.no: i for i, ln in enumerate(seq)}
    contents = next((t for t in tops if t.kind == "contents"), None)
    entries = contents_entries(contents) if contents is not None else []
    listed = [(m, squash(t)) for m, t in entries if unit(collapse(despace(t)))]
    pages = [_title_page(tops[i], seq, where, unit) for i in starts]
    if any(p is None for p in pages):
        # (not where the contents list the chapters themselves, "Ⅰ. 자치행정과", a report
        # by division whose 붙임 numbers its own from Ⅰ again)
        chapters = {squash(t.title) for t in tops if t.kind == "heading"}
        if len(listed) != len(starts) or any(name in chapters for _, name in listed):
            return outline
        # (title pages drawn as pictures: the contents name the runs in order)
        pages = [(name, []) for _, name in listed]
    names = [squash(p[0]) for p in pages if p is not None]
    if len(set(names)) < len(names):
        return outline  # (one unit's title page again before its body: one report)
    loose = [ln for ln in lines if ln.is_content and ln.no not in skip
             and ln.no not in outline.line_node]  # fmt: skip
    pages = [_with_loose(p, tops[i], loose) for p, i in zip(pages, starts, strict=True)]
    named = {name: marker for marker, name in listed}
    heads: list[tuple[Marker, str, list[Line]]] = []
    for k, page in enumerate(pages):
        assert page is not None
        name, page_lines = page
        numeral = _NUMERALS[k] if k < len(_NUMERALS) else str(k + 1)
        marker = named.get(squash(name)) or Marker("roman", f"{numeral}.", str(k + 1), k + 1)
        heads.append((marker, name, page_lines))
    opening = [tops[i] for i in starts]
    _take(root, {ln.no for _, _, page in heads for ln in page})
    tops = root.children
    # (a chapter's heading holds a marked line: none of a title page's, none taken)
    firsts = [tops.index(n) for n in opening]
    bureaus: list[Node] = []
    for k, (marker, name, held_lines) in enumerate(heads):
        run = tops[firsts[k] : firsts[k + 1] if k + 1 < len(firsts) else len(tops)]
        head = Node("heading", marker, name, held_lines, 1 if held_lines else 0, root, list(run))
        for n in run:
            n.parent = head
        bureaus.append(head)
    root.children = [*tops[: firsts[0]], *bureaus]
    return Outline.of(root)
