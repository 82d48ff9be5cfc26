"""Marks whose glyph the export lost: which kind of marker each one is.

Hancom's PDF export gives every glyph of a symbol font the code U+F000; the reader
tells them apart by font and glyph number (:func:`~extract.read.glyphs.lost_glyph`).
A lost mark is the kind of the bullet set at its place on its page, or the kind its
glyph had elsewhere; glyphs numbered one after another at one place are the numbers of
a list (a divider's boxed ① ② ③); any other is a kind of its own (a ➡ under ㅇ).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

from extract.document import Document
from extract.layout.boxes import is_box
from extract.layout.markers import read_marker, squared_number
from extract.read.glyphs import LOST_GLYPH, is_lost_glyph

#: how close (pt) two bullets' left edges and heights are when they are the same mark
SAME_PLACE = 1.0
SAME_SIZE = 0.5
#: the kind of a run of lost glyphs that each open a list numbered from 1: they are the
#: numbers of a list of their own, lost in the export (a strategy's boxed "1" .. "5")
LOST_NUMBERS = "num.lost"
#: glyphs of one mark number lists when they run from the first glyph this many times,
#: each run this long at least (a, b / a, b, c: the boxed 1-3 of two lists; a run of
#: one is a bullet set again: a / a, b is □ □ ➡, no 1 1 2)
MIN_LOST_RUNS = 2
MIN_LOST_RUN = 2
#: the kind of a glyph told apart that is no other mark (its code follows)
GLYPH_KIND = "bullet:•"


def lost_glyph_kinds(doc: Document) -> dict[int, tuple[str, int | None]]:
    """The marker kind (and number) of each line that starts with a lost glyph.

    It is that of the last bullet before it on its page that starts at the same place,
    in the same size ("□ 향후계획" at a page's foot, its □ lost in the export, is a □ like
    the ones above it).  Lost glyphs set where no bullet of the document is, at one place
    in one size, that each open a list of the same numbers (➊ ➋ ➌) on two pages or more
    of one chapter, number a list of their own (a strategy's boxed number over its ➊
    list), and so do the other lost glyphs there in that chapter.
    """
    out: dict[int, tuple[str, int | None]] = {}
    told: list[tuple[int, str, float, float]] = []  # lines of glyphs told apart
    seen: list[tuple[int, int | None, float, float, str]] = []  # line, page, left, height, kind
    # lost glyphs read so far: page, left, height, kind (None: none known)
    lost: list[tuple[int | None, float, float, str | None]] = []
    # lost lines of no kind on their page: line, left, height, chapter
    pending: list[tuple[int, float, float, int]] = []
    opening = _opening_lists(doc)
    chapter = 0
    for ln in doc.lines:
        box = doc.boxes.get(ln.no)
        read = read_marker(ln.text) if ln.is_content and box is not None else None
        if read is not None and read[0].is_top:
            chapter += 1
        if box is None or read is None or not read[0].kind.startswith("bullet:"):
            continue
        if squared_number(ln.text) is not None:
            continue  # ("□10": a boxed number drawn as a square, no □ bullet of the page)
        height = box[3] - box[1]
        glyph = ln.raw.lstrip()[:1]
        if not is_lost_glyph(glyph):
            seen.append((ln.no, ln.page, box[0], height, read[0].kind))
            continue
        if glyph != LOST_GLYPH:
            told.append((ln.no, glyph, box[0], height))
        # a lost glyph where one was lost before on the page, in the same size, is that
        # one's mark, whatever was set there since ("□ 이용환경" / "○ ..." / "□ 역할 강화":
        # the ○ line's box starts at a space drawn at the margin, where the □ starts)
        twins = [k for p, x, h, k in lost if p == ln.page and _same_mark(x, h, box[0], height)]
        kind = twins[-1] if twins else _kind_on_page(seen, ln.page, box[0], height)
        lost.append((ln.page, box[0], height, kind))
        if kind is not None:
            out[ln.no] = (kind, None)
        else:
            pending.append((ln.no, box[0], height, chapter))
    marks = [(x, h) for _, _, x, h, _ in seen]
    runs: dict[tuple[float, float, int, str], list[int]] = {}  # mark, chapter, numbers
    glyph_of = {no: g for no, g, _, _ in told}
    for no, left, height, ch in pending:
        # (where a bullet of the document is set, only glyphs each of their own are
        # numbers: the same lost glyph again is that bullet's)
        free = not any(_same_mark(x, h, left, height) for x, h in marks)
        if no in opening and (free or no in glyph_of):
            same = [k for k in runs if k[2:] == (ch, opening[no])]
            key = next(
                (k for k in same if _same_mark(k[0], k[1], left, height)),
                (left, height, ch, opening[no]),
            )
            runs.setdefault(key, []).append(no)
    for (left, height, ch, _), lines in runs.items():
        if len({doc.line(no).page for no in lines}) < 2:
            continue
        seen_there = any(_same_mark(x, h, left, height) for x, h in marks)
        if seen_there and len({glyph_of.get(no) for no in lines} - {None}) < len(lines):
            continue
        members = [no for no, x, h, c in pending if c == ch and _same_mark(x, h, left, height)]
        out.update((no, (LOST_NUMBERS, i)) for i, no in enumerate(members, start=1))
    groups = _glyph_groups(told)
    known = _group_kinds(doc, told, groups, seen)
    for no, glyph, *_ in told:
        if no not in out:
            # the bullet a glyph's group stands for where it is set beside one (on every
            # page: one mark is one kind, or the lists it heads would part), else a mark of
            # its own
            out[no] = (known.get(groups[glyph]) or f"{GLYPH_KIND}{groups[glyph]:x}", None)
    return out


def _group_kinds(
    doc: Document,
    told: Sequence[tuple[int, str, float, float]],
    groups: Mapping[str, int],
    seen: Sequence[tuple[int, int | None, float, float, str]],
) -> dict[int, str]:
    """Each glyph group -> the one kind of bullet set on a page at a place where a glyph
    of the group is set, in its size, before or after it (사회복지국 p30: "□ 노년기에 …",
    a □ the export kept, set where the lost □ of "□ 건강한 노후를 위한 …" is): the group
    is that bullet everywhere."""
    on_page: dict[int | None, list[tuple[int, float, float, str]]] = {}
    for q, p, x, h, k in seen:
        on_page.setdefault(p, []).append((q, x, h, k))
    kinds: dict[int, set[str]] = {}
    heads: set[int] = set()  # groups set right over bullets at their place: headings
    for no, glyph, left, height in told:
        group = groups[glyph]
        there = [
            (q, k) for q, x, h, k in on_page.get(doc.line(no).page, ())
            if _same_mark(x, h, left, height)
        ]  # fmt: skip
        after = min((q for q, _ in there if q > no), default=None)
        if after is not None and not _list_between(doc, no, after, left):
            heads.add(group)
        kinds.setdefault(group, set()).update(
            k for q, k in there if _list_between(doc, no, q, left)
        )
    return {g: next(iter(ks)) for g, ks in kinds.items() if len(ks) == 1 and g not in heads}


def _list_between(doc: Document, a: int, b: int, left: float) -> bool:
    """Whether a marked line set right of ``left`` stands between lines ``a`` and ``b``:
    the two marks are one list's, each over items of its own (□ … ㅇ … □), not a heading
    right over the bullets set at its place (a 현안's lost number over its □ lines)."""
    for no in range(min(a, b) + 1, max(a, b)):
        ln = doc.line(no)
        box = doc.boxes.get(ln.no)
        deeper = ln.is_content and box is not None and box[0] > left + SAME_PLACE * 2
        if deeper and read_marker(ln.text) is not None:
            return True
    return False


def _glyph_groups(told: Sequence[tuple[int, str, float, float]]) -> dict[str, int]:
    """Each glyph (of ``told``: line, glyph, left, height) -> the first glyph of its
    group: glyphs set at one place in one size are one mark (a divider's boxed 1, 2, 3,
    whose glyphs the font numbers apart), glyphs that never share a place are marks of
    their own (a ➡ set under the ㅇ a lost □ stands over)."""
    group: dict[int, int] = {}

    def first(code: int) -> int:
        while group.get(code, code) != code:
            code = group[code]
        return code

    places: list[tuple[float, float, int]] = []  # left, height, a glyph set there
    for _, glyph, left, height in told:
        code = ord(glyph)
        there = next((c for x, h, c in places if _same_mark(x, h, left, height)), None)
        if there is None:
            places.append((left, height, code))
            continue
        a, b = first(code), first(there)
        if a != b:
            group[max(a, b)] = min(a, b)
    return {g: first(ord(g)) for _, g, _, _ in told}


def _kind_on_page(
    seen: Sequence[tuple[int, int | None, float, float, str]],
    page: int | None,
    left: float,
    height: float,
) -> str | None:
    """The kind of the last bullet ``seen`` on ``page`` at that place, in that size, that
    a symbol font draws (a lost glyph is never a letter of the text: "➡" set where "ㅇ"
    is, 여성가족국 p41, is no ㅇ)."""
    for _, p, x, h, kind in reversed(seen):
        if p != page:
            return None
        if _same_mark(x, h, left, height):
            return kind if _drawn_by_a_symbol_font(kind) else None
    return None


def _drawn_by_a_symbol_font(kind: str) -> bool:
    """Whether a bullet kind's glyph is a symbol, not a letter of the text (ㅇ, -, ·)."""
    glyph = kind.partition(":")[2][:1]
    return bool(glyph) and not glyph.isascii() and not unicodedata.name(glyph, "").startswith(
        ("HANGUL", "MIDDLE DOT", "KATAKANA MIDDLE DOT")
    )


def _same_mark(left: float, height: float, other_left: float, other_height: float) -> bool:
    return abs(left - other_left) <= SAME_PLACE and abs(height - other_height) <= SAME_SIZE


def _opening_lists(doc: Document) -> dict[int, str]:
    """Lines outside tables (boxes aside) whose next marked line, on the same page, is
    numbered 1 ("➊", "1.", "①"), with the kind of that number."""
    in_tables = {no for g in doc.tables if not is_box(g) for c in g.cells for no in c.lines}
    out: dict[int, str] = {}
    before: list[int] = []  # lines since the last marked one
    for ln in doc.lines:
        if not ln.is_content or ln.no in in_tables:
            continue
        read = read_marker(ln.text)
        if read is None:
            continue
        m = read[0]
        if m.number is not None and m.ordinal == 1 and not m.is_top:
            out.update((no, m.kind) for no in before if doc.line(no).page == ln.page)
        before = [ln.no]
    return out


def lost_list_numbers(doc: Document, kinds: Mapping[int, tuple[str, int | None]]) -> dict[int, int]:
    """The number of each line whose lost glyph is a number of a list: the glyphs of one
    mark (of ``kinds``) that, read in order, run as the same glyphs again and again from
    the first one (a, b / a, b, c: the boxed 1, 2 / 1, 2, 3 of the tasks under two
    headings, each digit a glyph of its own in a font whose codes the export lost).  A
    mark set again (□ □ □) or glyphs in no such order number nothing.

    The numbers name the items; they do not nest them (the kind stays the mark's)."""
    marks: dict[str, list[tuple[int, str]]] = {}  # kind -> its lines and glyphs, in order
    for no, (kind, number) in sorted(kinds.items()):
        if kind.startswith(GLYPH_KIND) and number is None:
            marks.setdefault(kind, []).append((no, doc.line(no).raw.lstrip()[:1]))
    out: dict[int, int] = {}
    for seq in marks.values():
        numbers = glyph_numbers([glyph for _, glyph in seq])
        out.update((no, numbers[glyph]) for no, glyph in seq if glyph in numbers)
    return out


def squared_numbers(
    doc: Document, kinds: Mapping[int, tuple[str, int | None]], numbers: Mapping[int, int]
) -> tuple[dict[int, tuple[str, int | None]], dict[int, int]]:
    """The lines whose number is set on a square ("□10 건전재정 …") that go on a list of
    lost glyphs numbered up to the one before (boxed 1 .. 9, the glyphs of a font the
    export lost; the font has no glyph past ⑨, so Hancom draws a square and the digits):
    each takes the list's kind (``kinds``) and its own number (``numbers``), so that
    □10 is the sibling of 9, not an item under it.  Returns the lines' kinds and numbers.
    A list goes on over its page and the next, up to the next chapter."""
    new_kinds: dict[int, tuple[str, int | None]] = {}
    new_numbers: dict[int, int] = {}
    last: tuple[str, int, int | None] | None = None  # the list's kind, number, page
    for ln in doc.lines:
        if not ln.is_content:
            continue
        if ln.no in numbers and ln.no in kinds:
            last = (kinds[ln.no][0], numbers[ln.no], ln.page)
            continue
        read = read_marker(ln.text)
        if read is None or last is None:
            continue
        if read[0].is_top:
            last = None
            continue
        number = squared_number(ln.text)
        if number == last[1] + 1 and _near_page(ln.page, last[2]):
            new_kinds[ln.no], new_numbers[ln.no] = (last[0], None), number
            last = (last[0], number, ln.page)
    return new_kinds, new_numbers


def _near_page(page: int | None, other: int | None) -> bool:
    return page is not None and other is not None and 0 <= page - other <= 1


def glyph_numbers(glyphs: Sequence[str]) -> dict[str, int]:
    """Each glyph -> its number, where ``glyphs`` (one mark's, in order) run as the same
    glyphs again and again from the first one, each run two long at least; else none.

    >>> glyph_numbers("abaabc"), glyph_numbers("ababc"), glyph_numbers("aab")
    ({}, {'a': 1, 'b': 2, 'c': 3}, {})
    >>> glyph_numbers("abbab")
    {}
    """
    runs: list[list[str]] = []
    for glyph in glyphs:
        if not runs or glyph == glyphs[0]:
            runs.append([])
        runs[-1].append(glyph)
    if len(runs) < MIN_LOST_RUNS:
        return {}
    longest = max(runs, key=len)
    if len(set(longest)) < len(longest):
        return {}  # (a glyph twice in a run: "a b b" is no 1 2 3)
    if not all(len(run) >= MIN_LOST_RUN and run == longest[: len(run)] for run in runs):
        return {}
    return {glyph: i for i, glyph in enumerate(longest, start=1)}
