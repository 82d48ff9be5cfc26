"""A plan's themes and their cards: where each opens and what it is titled.

The plan's chapter is numbered themes ("1. title", a title page that may wrap, or the
table of contents that repeats them), each over its cards: a number standing alone
before the title ("1  혁신 인재양성 …"), or the report's own mark ("① …", "가. …").
:func:`find_themes` -> :func:`find_cards`; :mod:`extract.parse.projects` reads each card.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

import regex

from extract.document import Line
from extract.layout.markers import TITLE_START, read_marker
from extract.layout.tables import Table
from extract.layout.vocab import SERIAL_LABELS
from extract.parse.card_blocks import label_of
from extract.parse.schedule_tables import lists_events
from extract.parse.text import collapse, split_marker, squash

_THEME = regex.compile(r"^\s*(?P<n>\d{1,2})\s*\.\s*(?P<title>.*\p{Hangul}.*)$")
#: a card's number alone before its title, as the outline reads one ("num.bare")
_CARD = regex.compile(rf"^\s*(?P<n>\d{{1,2}})\s+(?P<title>(?={TITLE_START}).*\p{{Hangul}}.*)$")


@dataclass(slots=True)
class Theme:
    no: int
    title: str
    heading: list[Line]
    body: list[Line] = field(default_factory=list)


@dataclass(slots=True)
class Card:
    theme: Theme
    no: int
    title: str
    heading: list[Line]
    body: list[Line] = field(default_factory=list)

    @property
    def project_id(self) -> str:
        return f"{self.theme.no}-{self.no}"


def _runs(cands: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Split theme candidates into runs numbered 1, 2, 3, ..."""
    runs: list[list[tuple[int, int, str]]] = []
    for cand in cands:
        if cand[1] == 1:
            runs.append([cand])
        elif runs and cand[1] == runs[-1][-1][1] + 1:
            runs[-1].append(cand)
    return runs


def find_themes(
    lines: Sequence[Line], drawn: AbstractSet[int] = frozenset()
) -> tuple[list[Theme], list[Line]]:
    """The themes with their bodies, and the table-of-contents lines.

    Theme headings are numbered 1, 2, 3 ...; the table of contents repeats
    that numbering, so of several runs the one followed by cards is taken.
    """
    cands = []
    for i, ln in enumerate(lines):
        m = _THEME.match(ln.text)
        if m and ln.is_content:
            cands.append((i, int(m["n"]), collapse(m["title"])))
    runs = _runs(cands)
    if not runs:
        return [], []

    def has_cards(run: list[tuple[int, int, str]]) -> bool:
        start = run[0][0]
        return any(_CARD.match(ln.text) and ln.is_content for ln in lines[start + 1 :])

    pages = next((r for r in reversed(runs) if has_cards(r)), runs[-1])
    toc_titles = {n: t for r in runs if r is not pages for _, n, t in r}
    themes: list[Theme] = []
    for k, (i, n, title) in enumerate(pages):
        end = pages[k + 1][0] if k + 1 < len(pages) else len(lines)
        head = [lines[i]]
        j = i + 1
        # a theme title page wraps its title: unmarked lines before the first card/bullet
        # (or table: "연번  행 사 명  일 시 …" is none of the title)
        while j < end and lines[j].no not in drawn and (
            not lines[j].is_content
            or (
                split_marker(lines[j].text)[0] is None
                and not _CARD.match(lines[j].text)
                # ("① …", "(1) …": a marked card; "1" alone, its title on the next line)
                and _card_line(lines[j], alone=True) is None
            )
        ):
            if lines[j].is_content:
                head.append(lines[j])
            j += 1
        page_title = collapse(" ".join([title, *(ln.text for ln in head[1:])]))
        toc = toc_titles.get(n)
        themes.append(
            Theme(
                n,
                toc if toc and squash(toc) == squash(page_title) else page_title,
                head,
                list(lines[j:end]),
            )
        )
    first = pages[0][0]
    toc_lines = [ln for ln in lines[:first] if ln.is_content]
    return themes, toc_lines


def find_cards(
    theme: Theme, after: int = 0, rows: AbstractSet[int] = frozenset()
) -> tuple[list[Card], list[Line]]:
    """The theme's cards (numbered 1, 2, ... in order, or on from ``after``, the last
    number of the theme before: a report may number its cards straight through) and the
    lines before the first.  A card's number stands alone before its title ("1  혁신
    인재양성 …") or is the report's own mark ("① …", "(1) …", "가. …"): the run of card
    lines is :func:`_card_run`'s, else the numbers standing alone in order.  A table's
    row numbered under its serial column (``rows``) opens none: "1 미르군 귀농귀촌 박람회
    …" under 연번 is an event's row."""
    cards: list[Card] = []
    before: list[Line] = []
    run = _card_run(theme, after, rows)
    reads = _card_lines(theme.body, rows)
    titled: set[int] = set()  # (the lines after a card's number alone: its title)
    for i, ln in enumerate(theme.body):
        if i in titled:
            continue
        read = reads.get(i) if run is None or i in run else None
        want = (cards[-1].no + 1,) if cards else (1, after + 1)
        if read is not None and read[0] in want and (run is not None or read[2] == _BARE):
            titled.update(read[3])
            heading = [ln, *(theme.body[j] for j in read[3])]
            cards.append(Card(theme, read[0], collapse(read[1]), heading))
        elif cards:
            cards[-1].body.append(ln)
        else:
            before.append(ln)
    return cards, before


#: words of a theme's title over no cards: its issues or requests ("3. 기타 현안사항")
CARDLESS_THEME_WORDS: tuple[str, ...] = ("현안", "건의", "협조")


def cardless(title: str) -> bool:
    """Whether a theme may have no cards: a list of events, or its issues."""
    return lists_events(title) or any(w in squash(title) for w in CARDLESS_THEME_WORDS)


#: the kind of a card number standing alone before its title ("1  혁신 인재양성 …")
_BARE = "bare"


def serial_table(table: Table) -> bool:
    """A table of rows numbered under a serial column ("연번 | 행 사 명 | 일 시 | …"): its
    numbers are its rows', no cards' (a card drawn as a box, "1 | 혁신 인재양성", is one)."""
    head = [c for c in table.cells if c.row == 0 and c.col == 0]
    return table.n_rows >= 2 and bool(head) and squash(head[0].text).casefold() in SERIAL_LABELS


def _card_line(
    ln: Line, rows: AbstractSet[int] = frozenset(), alone: bool = False
) -> tuple[int, str, str] | None:
    """(ordinal, title, kind of mark) of a content line that may open a card: a number
    standing alone before its title, or a mark that is no chapter's ("① …", "가. …");
    none of a table's ``rows``.  With ``alone``, a mark with no title after it too (its
    title on the next line: "1-1" in a box of its own)."""
    if not ln.is_content or ln.no in rows:
        return None
    m = _CARD.match(ln.text)
    if m is not None and split_marker(m["title"])[0] is None:
        return int(m["n"]), m["title"], _BARE
    read = read_marker(ln.text)
    if read is None or read[0].ordinal is None or read[0].is_top or not (read[1] or alone):
        return None
    return read[0].ordinal, read[1], read[0].kind


def _card_lines(
    body: Sequence[Line], rows: AbstractSet[int] = frozenset()
) -> dict[int, tuple[int, str, str, list[int]]]:
    """The lines of a theme's body (by index) that may open a card, each with its ordinal,
    title, kind of mark and the indexes of the lines after it its title was read from: a
    mark alone on its line ("1-1", the number drawn in a box of its own) is titled by the
    next content line where that one is unmarked and no block's label."""
    out: dict[int, tuple[int, str, str, list[int]]] = {}
    for i, ln in enumerate(body):
        read = _card_line(ln, rows, alone=True)
        if read is None:
            continue
        if read[1]:
            out[i] = (*read, [])
            continue
        j = next((k for k in range(i + 1, len(body)) if body[k].is_content), None)
        if j is not None and body[j].no not in rows and split_marker(body[j].text)[0] is None and (
            not label_of(body[j].text)
        ):
            out[i] = (read[0], body[j].text, read[2], [j])
    return out


def _mark_runs(
    body: Sequence[Line], rows: AbstractSet[int], alone: bool = False
) -> dict[str, list[list[tuple[int, int]]]]:
    """Kind of mark -> its runs of (index, ordinal) among the lines of a theme's body that
    may open a card (``alone``: marks alone on their lines too).  A number goes on the
    earliest run of its kind that ends one below it."""
    runs: dict[str, list[list[tuple[int, int]]]] = {}
    titled = {} if alone else _card_lines(body, rows)
    for i, ln in enumerate(body):
        read = _card_line(ln, rows, alone) if alone else titled.get(i)
        if read is None:
            continue
        n, _, kind = read[:3]
        seen = runs.setdefault(kind, [])
        open_run = next((r for r in seen if r[-1][1] == n - 1), None)
        if open_run is not None:
            open_run.append((i, n))
        else:
            seen.append([(i, n)])
    return runs


def _card_run(theme: Theme, after: int, rows: AbstractSet[int] = frozenset()) -> set[int] | None:
    """The lines (indexes into the theme's body) that open its cards: a run of one kind
    of mark numbered 1, 2, ... (or on from ``after``), each line with a block of its own
    (□ 추진계획) before the next; of several, the kind met first.  A number goes on the
    earliest run of its kind that ends one below it, so a list inside a card with the
    cards' own mark (② … ① ② … ③) leaves the cards' run whole; a list of the cards before
    them has no blocks between its lines."""
    for run in _blocked_runs(theme, rows):
        if run[0][1] in (1, after + 1):
            return {i for i, _ in run}
    return None


def _blocked_runs(theme: Theme, rows: AbstractSet[int]) -> list[list[tuple[int, int]]]:
    """The runs of marks of the theme's body each of whose lines has a block of its own
    (a labelled line) before the next, kind by kind in the order met."""
    labels = [i for i, ln in enumerate(theme.body) if ln.is_content and label_of(ln.text)]
    out = []
    for kind_runs in _mark_runs(theme.body, rows).values():
        for run in kind_runs:
            ends = [i for i, _ in run[1:]] + [len(theme.body)]
            spans = zip(run, ends, strict=True)
            if all(any(start < j < end for j in labels) for (start, _), end in spans):
                out.append(run)
    return out


def groups_cards(theme: Theme, rows: AbstractSet[int] = frozenset()) -> bool:
    """Whether a run of marks that may open cards groups cards of their own: another run
    in order, as long at least, with a line between each two of its lines ("【 전략 1 】"
    over "1-1" / "해람 올레길 …" and "1-2 …", each with its blocks).  Such a plan is no
    template's: the outline's reader tells its cards."""
    inner = [
        (kind, [i for i, _ in r])
        for kind, rs in _mark_runs(theme.body, rows, alone=True).items() for r in rs
    ]  # fmt: skip
    end = len(theme.body)
    reads = _card_lines(theme.body, rows)
    for run in _blocked_runs(theme, rows):
        outer = [i for i, _ in run]
        kind = reads[outer[0]][2]
        if any(k != kind and len(r) >= len(outer) and _groups_run(outer, r, end)
               for k, r in inner):  # fmt: skip
            return True
    return False


def skips_cards(theme: Theme, rows: AbstractSet[int] = frozenset()) -> bool:
    """Whether the cards of a theme skip a number, a run of the cards' mark with its
    blocks numbered on past the next ("가. …" then "다. …", 나.'s page a picture): the
    reader of runs would take the second for the first's text."""
    runs = _blocked_runs(theme, rows)
    reads = _card_lines(theme.body, rows)
    ends = {(reads[r[0][0]][2], r[-1][1]) for r in runs}
    return any(
        (reads[r[0][0]][2], n) in ends and r[0][1] > n + 1
        # (a mark read so, not a count a line opens with: "3 개 지구 선정")
        and read_marker(theme.body[r[0][0]].text) is not None
        for r in runs for n in range(r[0][1])
    )  # fmt: skip


def _groups_run(outer: Sequence[int], inner: Sequence[int], end: int) -> bool:
    """Whether each line of ``outer`` (indexes) has a line of ``inner`` after it before the
    next, and ``inner`` opens after ``outer``'s first line."""
    ends = [*outer[1:], end]
    return inner[0] > outer[0] and all(
        any(start < i < stop for i in inner) for start, stop in zip(outer, ends, strict=True)
    )
