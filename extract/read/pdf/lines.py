"""Characters to lines: baselines, word gaps, vertical words, rotated text, furniture."""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace

from extract.document import Line, LineKind
from extract.read.pdf.base import (
    BASELINE_TOLERANCE,
    HANGUL,
    MARGIN_FRACTION,
    PARALLEL_CHAINS,
    PARALLEL_SPACING,
    SPACE_GAP,
    VERTICAL_ALIGN,
    VERTICAL_GAP,
    VERTICAL_ISOLATION,
    VERTICAL_OVERLAP,
    BBox,
    Glyph,
    TextLine,
)
from extract.read.pdf.columns import split_rows
from extract.read.pdf.marks import SUPERSCRIPT_RISE, SUPERSCRIPT_SIZE, as_mark, marks_in_row
from extract.read.pdf.numbered import numbered_pages, on_every_numbered_page
from extract.read.pdf.pagecolumns import ZONE_RUN, split_glyphs, text_columns
from extract.read.text import PAGE_FOOTER

# --- vertical words ------------------------------------------------------------------


def _baseline_rows(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """Glyphs clustered by baseline (their bottom), each row sorted by x."""
    rows: list[list[Glyph]] = []
    ref, ref_size = -math.inf, 0.0
    for g in sorted(glyphs, key=lambda g: (g.bottom, g.x0)):
        if rows and abs(g.bottom - ref) <= BASELINE_TOLERANCE * g.size:
            rows[-1].append(g)
            if g.size > ref_size:
                # the row's baseline is its biggest glyph's: a small note mark raised
                # before it ("*", "1)") must not move the row's baseline up
                ref, ref_size = g.bottom, g.size
        else:
            rows.append([g])
            ref, ref_size = g.bottom, g.size
    return [sorted(r, key=lambda g: g.x0) for r in rows]


#: a run of at most SUPERSCRIPT_CHARS glyphs, at most SUPERSCRIPT_SIZE of the size of the
#: line it follows and raised off its baseline (by SUPERSCRIPT_RISE of its size), is that
#: line's superscript (a tag such as 신규 or 확대 after a title)
SUPERSCRIPT_CHARS = 12
#: how far (x the superscript's size) below it the baseline of its line can be, at most
SUPERSCRIPT_REACH = 4.0
#: a gap this many glyphs wide parts two superscripts set on one baseline
RUN_GAP = 2.0


def _base_of(
    run: Sequence[Glyph], rows: Sequence[list[Glyph]], home: list[Glyph]
) -> list[Glyph] | None:
    """The row ``run`` (of the row ``home``) is a superscript of: bigger glyphs, the run
    raised off their baseline but not above their top, set right after a glyph of the
    row or right before one ("’23.11.  (가칭)부산여성플라자"), or after a smaller aside
    the row ends in."""
    ink = [g for g in run if not g.is_space]
    if not ink or len(ink) > SUPERSCRIPT_CHARS:
        return None
    size, bottom = max(g.size for g in ink), max(g.bottom for g in ink)
    x0, x1 = min(g.x0 for g in ink), max(g.x1 for g in ink)
    for row in rows:
        big = [g for g in row if not g.is_space and g.size * SUPERSCRIPT_SIZE >= size]
        if row is home or not big:
            continue
        rise = max(g.bottom for g in big) - bottom
        if not (SUPERSCRIPT_RISE * big[0].size <= rise and bottom > min(g.top for g in big)):
            continue
        if any(
            -0.5 * g.size <= x0 - g.x1 <= g.size or -0.5 * g.size <= g.x0 - x1 <= g.size
            for g in big
        ) or _after_aside(x0, row, big[-1]):
            return row
    return None


def _after_aside(x0: float, row: Sequence[Glyph], last_big: Glyph) -> bool:
    """Whether a run starting at ``x0`` is set right after the row's end, where the row's
    big letters run on into a smaller aside ("광역 환승(김해·양산)" with 확대 raised
    after the bracket): no gap wider than a glyph from the last big letter to the end."""
    tail = [g for g in row if not g.is_space and g.x0 >= last_big.x0]
    if len(tail) < 2 or not -0.5 * tail[-1].size <= x0 - tail[-1].x1 <= tail[-1].size:
        return False
    return all(b.x0 - a.x1 <= max(a.size, b.size) for a, b in itertools.pairwise(tail))


def join_superscripts(rows: list[list[Glyph]]) -> list[list[Glyph]]:
    """Rows with each superscript run put where it is set in the text it is raised
    over: "긴급차량 우선 신호체계" with 확대 set small above its end reads
    "긴급차량 우선 신호체계 확대" (on a line of its own it came before it).

    A run of words is a word of its own however close it is set: a space parts it from
    the letters beside it ("3월~11월 매주 수, 비대면"); a bracket, a note mark or the
    decimals of a number stay where they are set ("’(가칭)부산여성플라자", "9개* 분야",
    "349.01").
    """
    live = {id(r) for r in rows}
    by_bottom = sorted(rows, key=_bottom)
    bottoms = [_bottom(r) for r in by_bottom]
    bases: set[int] = set()  # rows that took a superscript: theirs stay
    for row in rows:
        if id(row) in bases:
            continue
        rest: list[Glyph] = []
        for run in _runs(row):
            ink = [g for g in run if not g.is_space]
            low = max((g.bottom for g in ink), default=0.0)
            reach = SUPERSCRIPT_REACH * max((g.size for g in ink), default=0.0)
            near = by_bottom[bisect.bisect_left(bottoms, low) : bisect.bisect_right(
                bottoms, low + reach)]  # fmt: skip
            base = _base_of(run, [r for r in near if id(r) in live], row)
            if base is None:
                rest.extend(run)
                continue
            _insert(run, base)
            bases.add(id(base))
        if rest:
            row[:] = rest
        else:
            live.discard(id(row))
    return [r for r in rows if id(r) in live]


def _bottom(row: Sequence[Glyph]) -> float:
    return max(g.bottom for g in row)


def _runs(row: Sequence[Glyph]) -> list[list[Glyph]]:
    """A row's glyphs in runs parted by gaps wider than RUN_GAP glyphs (two superscripts
    set on one baseline over a line: "숙박시설(생활관) 신축 및 시설물 개선(리모델링)"; a
    letter-spaced tag "신 규" is one)."""
    runs: list[list[Glyph]] = []
    for g in row:
        ink = [h for h in runs[-1] if not h.is_space] if runs else []
        if ink and not g.is_space and g.x0 - ink[-1].x1 > RUN_GAP * max(g.size, ink[-1].size):
            runs.append([g])
        elif runs:
            runs[-1].append(g)
        else:
            runs.append([g])
    return runs


def _insert(run: Sequence[Glyph], base: list[Glyph]) -> None:
    """Put a superscript run into its base row where it is set (see join_superscripts)."""
    ink = sorted((g for g in run if not g.is_space), key=lambda g: g.x0)
    first, end = ink[0], ink[-1]
    at = sum(1 for g in base if g.cx < first.cx)  # (glyphs set over it may overlap)
    before = [g for g in base[:at] if not g.is_space][-1:]
    after = [g for g in base[at:] if not g.is_space][:1]
    if before and at and not base[at - 1].is_space and (mark := as_mark(ink, before[0])):
        base[at:at] = mark  # (a footnote's mark, set close after its word)
        return
    words: list[Glyph] = []
    decimals = first.text.isdigit() and before and before[0].text in ".,"
    if (
        first.text.isalnum()
        and not decimals
        and (not after or (before and before[0].text.isalnum()))
    ):
        space = Glyph(" ", first.x0, first.x0, first.top, first.bottom, first.size)
        # after a letter-spaced word ("희 망 키 움 사 업" 확 대) a double space parts words
        # (extract.parse.text.despace), or the tag would be read as one more letter of it
        words += [space, space] if _letter_spaced(base[:at]) else [space]
    words += ink
    if end.text.isalnum() and after and after[0].text.isalnum():
        words.append(Glyph(" ", end.x1, end.x1, end.top, end.bottom, end.size))
    base[at:at] = words


def _letter_spaced(glyphs: Sequence[Glyph]) -> bool:
    """Whether the last two letters of ``glyphs`` stand apart, each a word of its own."""
    ink = [g for g in glyphs if not g.is_space][-2:]
    if len(ink) < 2 or not all(g.text.isalpha() for g in ink):
        return False
    a, b = ink
    between = glyphs[glyphs.index(a) + 1 : glyphs.index(b)]
    return any(g.is_space for g in between) or b.x0 - a.x1 > SPACE_GAP * b.size


def _cell_of(g: Glyph, cells: Sequence[BBox]) -> BBox | None:
    """The smallest ruled cell the glyph's centre is in."""
    cy = (g.top + g.bottom) / 2
    inside = [c for c in cells if c[0] <= g.cx <= c[2] and c[1] <= cy <= c[3]]
    return min(inside, key=lambda c: (c[2] - c[0]) * (c[3] - c[1])) if inside else None


def find_vertical_words(
    glyphs: Sequence[Glyph], cells: Sequence[BBox] = ()
) -> tuple[list[TextLine], list[Glyph]]:
    """Words written one syllable under the other; returns (words, the other glyphs).

    A glyph can be part of a vertical word when it is a Hangul syllable alone on its line
    (no other glyph within :data:`VERTICAL_ISOLATION` x size to either side) and, inside
    a ruled cell, alone on its line in that cell: a line of a box set justified
    ("관   광   정   책") spreads its syllables apart, but it is still a line.  Such
    glyphs are chained downwards when their centres line up and the gap between them is
    small; a chain of two or more is one word.
    """
    candidates: list[Glyph] = []
    cell_of: dict[int, BBox | None] = {}
    rows = _baseline_rows([g for g in glyphs if g.upright and not g.is_space])
    row_of = {id(g): i for i, row in enumerate(rows) for g in row}

    def clear_between(a: Glyph, b: Glyph, box: BBox) -> bool:
        """Whether no glyph of the cell ``box`` stands in a row between ``a``'s and
        ``b``'s (a cell's centred lines each ending in a syllable broken off a long word,
        "…혁" / "신" / "…운" / "영", are no word spread down the cell)."""
        lo, hi = row_of[id(a)] + 1, row_of[id(b)]
        return not any(box[0] <= g.cx <= box[2] for row in rows[lo:hi] for g in row)

    for row in rows:
        for i, g in enumerate(row):
            if not HANGUL.match(g.text):
                continue
            near = VERTICAL_ISOLATION * g.size
            left_ok = i == 0 or g.x0 - row[i - 1].x1 > near
            right_ok = i == len(row) - 1 or row[i + 1].x0 - g.x1 > near
            if not (left_ok and right_ok):
                continue
            cell = _cell_of(g, cells) if cells else None
            if cell is not None and any(h is not g and cell[0] <= h.cx <= cell[2] for h in row):
                continue
            candidates.append(g)
            cell_of[id(g)] = cell
    if len(candidates) < 2:
        return [], list(glyphs)
    candidates.sort(key=lambda g: (g.top, g.x0))
    used: set[int] = set()
    words: list[TextLine] = []
    taken: set[int] = set()
    chains: list[tuple[list[Glyph], BBox | None]] = []
    for i, g in enumerate(candidates):
        if i in used:
            continue
        chain = [i]
        last = g
        box = cell_of[id(g)]
        for j in range(i + 1, len(candidates)):
            h = candidates[j]
            if j in used:
                continue
            gap = h.top - last.bottom
            lined_up = abs(h.cx - last.cx) <= VERTICAL_ALIGN * last.size
            # a narrow cell may spread its syllables down its height ("공 / 항 / 기 / 획")
            if (
                box is not None
                and cell_of[id(h)] == box
                and lined_up
                and gap >= 0
                and clear_between(last, h, box)
            ):
                chain.append(j)
                last = h
                continue
            if gap > VERTICAL_GAP * last.size:
                if h.top > max(last.bottom + 2 * last.size, box[3] if box else 0):
                    break
                continue
            # (never across a rule: "과" heading a column over its "계" is no word)
            if gap >= -VERTICAL_OVERLAP * last.size and lined_up and cell_of[id(h)] == box:
                chain.append(j)
                last = h
        if len(chain) >= 2:
            used.update(chain)
            chains.append(([candidates[k] for k in chain], box))
    for members in _words_of(chains):
        taken.update(id(m) for m in members)
        words.append(
            TextLine(
                "".join(m.text for m in members),
                min(m.x0 for m in members),
                members[0].top,
                max(m.x1 for m in members),
                members[-1].bottom,
            )
        )
    rest = [g for g in glyphs if id(g) not in taken]
    return words, rest


def _words_of(chains: Sequence[tuple[list[Glyph], BBox | None]]) -> list[list[Glyph]]:
    """The chains that are vertical words: not those outside ruled cells that stand
    :data:`PARALLEL_CHAINS` or more side by side on the same rows, each within
    :data:`PARALLEL_SPACING` sizes of the next (lines set justified, their syllables
    spread apart and stacked over each other's; an org chart's team names stand further
    apart)."""
    free = [members for members, box in chains if box is None]

    def beside(a: list[Glyph], b: list[Glyph]) -> bool:
        return len(a) == len(b) and all(
            abs(g.top - h.top) <= BASELINE_TOLERANCE * g.size for g, h in zip(a, b, strict=True)
        )

    def spread(members: list[Glyph]) -> bool:
        row = sorted((o for o in free if beside(members, o)), key=lambda o: o[0].cx)
        runs: list[list[list[Glyph]]] = []
        for o in row:
            near = runs and o[0].cx - runs[-1][-1][0].cx <= PARALLEL_SPACING * o[0].size
            if near:
                runs[-1].append(o)
            else:
                runs.append([o])
        return any(len(r) >= PARALLEL_CHAINS and any(o is members for o in r) for r in runs)

    return [members for members, box in chains if box is not None or not spread(members)]


# --- lines ---------------------------------------------------------------------------


def chars_to_lines(glyphs: Iterable[Glyph], middle: float | None = None) -> list[TextLine]:
    """Rebuild lines from characters: baseline clusters, x order, spaces at wide gaps.

    Real space characters are kept (letter-spaced "사 회 혁 신", double spaces); a space
    is added only where two non-space glyphs are further apart than :data:`SPACE_GAP` x
    size.  Rows set in side-by-side columns are cut at their gutters, each stretch a line
    that keeps its column (:func:`~extract.read.pdf.columns.split_rows`).  Rotated glyphs
    are read as columns, each the way it runs (:func:`rotated_to_lines`).  ``middle``:
    the page's middle (x), where a page's two text columns part
    (:func:`~extract.read.pdf.pagecolumns.text_columns`).
    """
    upright = [g for g in glyphs if g.upright]
    rotated = [g for g in glyphs if not g.upright]
    rows = _baseline_rows(upright)
    zones = text_columns(rows, middle)
    if not zones:
        return _row_lines(rows) + rotated_to_lines(rotated)
    # (a stretch of the page in two columns: each side's lines of their own, read left
    # side first, as one run of two places)
    rest, parts = split_glyphs(upright, zones)
    lines = _upright_lines(rest)
    for i, left, right in parts:
        for place, side in enumerate((left, right)):
            lines += [replace(ln, column=(ZONE_RUN + i, place)) for ln in _upright_lines(side)]
    return lines + rotated_to_lines(rotated)




def _upright_lines(upright: Sequence[Glyph]) -> list[TextLine]:
    """Lines of upright glyphs (see :func:`chars_to_lines`)."""
    return _row_lines(_baseline_rows(upright))


def _row_lines(rows: list[list[Glyph]]) -> list[TextLine]:
    """Lines of rows of upright glyphs clustered by baseline."""
    lines = []
    for row, column, whole in split_rows(join_superscripts(rows)):
        row = marks_in_row(row)
        track = tracking(whole)
        # (letters spread apart, "한 빛 도  재 정 국": a space drawn between them is the
        # word's end, two spaces as a text export writes it)
        word_end = "  " if _spread(row, track) else " "
        parts: list[str] = []
        prev: Glyph | None = None
        for g in row:
            if (
                prev is not None
                and not prev.is_space
                and not g.is_space
                and (
                    g.x0 - prev.x1 - track * g.size > SPACE_GAP * max(g.size, prev.size)
                    or _two_numbers(prev, g)
                )
            ):
                parts.append(" ")
            parts.append(word_end if g.is_space and g.text == " " else g.text)
            prev = g
        text = "".join(parts).strip()
        if text:
            top, bottom = min(g.top for g in row), max(g.bottom for g in row)
            # (a line indented with spaces, as Hancom draws some, starts at its text)
            ink = [g for g in row if not g.is_space] or row
            lines.append(
                TextLine(text, ink[0].x0, top, ink[-1].x1, bottom, row[-1].is_space, column)
            )
    return lines


#: fewest letters set apart, and their share of a line's letters side by side, that make
#: it a line spread letter by letter
MIN_SPREAD = 3
SPREAD_SHARE = 0.8


def _spread(row: Sequence[Glyph], track: float) -> bool:
    """Whether a row's letters are spread apart with no space drawn between them (a title
    set with wide letter-spacing)."""
    pairs = [(a, b) for a, b in itertools.pairwise(row) if not a.is_space and not b.is_space]
    apart = sum(
        1 for a, b in pairs if b.x0 - a.x1 - track * b.size > SPACE_GAP * max(a.size, b.size)
    )
    return apart >= MIN_SPREAD and apart >= SPREAD_SHARE * len(pairs) and any(
        g.is_space for g in row
    )


def _two_numbers(a: Glyph, b: Glyph) -> bool:
    """Whether two digits set against each other are of two numbers: one set small, as a
    superscript within its line ("1단계(’21~’25" raised over "200칸)": "’25 200칸")."""
    return (
        a.text.isdigit()
        and b.text.isdigit()
        and min(a.size, b.size) < SUPERSCRIPT_SIZE * max(a.size, b.size)
    )


#: letter gaps (of the size) that far apart at most are one even letter-spacing, the
#: widest such spacing, and the share of a line's gaps it holds
EVEN_TRACK = 0.02
MAX_TRACK = 0.5
EVEN_SHARE = 0.75


def tracking(row: Sequence[Glyph]) -> float:
    """The line's usual gap between neighbouring glyphs, as a fraction of the size.

    Hancom's Type 3 fonts report advances wider than the glyphs are set, so letters of
    one word overlap by up to a quarter of the size and a word gap can be as small as
    0.29 size; gaps are measured from this median.  Clamped to [-0.25, 0]: a line of
    wide gaps (letter-spaced) does not raise the bar, unless three quarters of its gaps
    are one even spacing in a line that draws its spaces (a title set with
    letter-spacing: its words are parted by the spaces).  Only letters and digits count:
    the dots of a leader ("평가 ······ 1") are drawn overlapping and would make every
    ordinary letter gap of the line look like a word gap.
    """
    gaps = sorted(
        (b.x0 - a.x1) / max(b.size, 1e-6)
        for a, b in itertools.pairwise(row)
        if a.text.isalnum() and b.text.isalnum()
    )
    if not gaps:
        return 0.0
    mid = gaps[len(gaps) // 2]
    even = sum(abs(g - mid) <= EVEN_TRACK for g in gaps)
    if (
        0 < mid <= MAX_TRACK and len(gaps) >= MIN_SPREAD and even >= EVEN_SHARE * len(gaps)
        and any(g.is_space for g in row)
    ):  # fmt: skip
        # (letters set evenly apart by the line's letter-spacing, "2 0 2 6 년 주 요 업 무"
        # a quarter of the size apart each, its words parted by the spaces it draws: one
        # word's letters, however near the bar)
        return mid
    return max(-0.25, min(0.0, mid))


#: how far apart (x the size) the columns of rotated text may stand and be lines of one
#: block (a cell's words wrapped onto a second column): a paragraph's leading; the next
#: cell's column stands a padding and a rule off
ROTATED_LEADING = 1.0


def rotated_to_lines(glyphs: Sequence[Glyph]) -> list[TextLine]:
    """Rotated text (not upright): columns of glyphs, each read the way it runs.

    Text turned a quarter to rise (a cell written bottom to top, LibreOffice's bt-lr)
    reads from the bottom up, its next line the column to the right; text turned to
    fall reads from the top down, its next line the column to the left; the columns of
    one block (:data:`ROTATED_LEADING`) are one line, as a cell's words are.  Slanted
    glyphs read as columns, top to bottom, each a line.
    """
    out = []
    for turn in sorted({g.turn for g in glyphs}):
        columns: list[list[Glyph]] = []
        for g in sorted((g for g in glyphs if g.turn == turn), key=lambda g: (g.x0, g.top)):
            if columns and abs(columns[-1][0].x0 - g.x0) <= BASELINE_TOLERANCE * g.size:
                columns[-1].append(g)
            else:
                columns.append([g])
        if turn not in (90, 270):
            out += [_rotated_line([sorted(col, key=lambda g: g.top)]) for col in columns]
            continue
        rising = turn == 90
        if not rising:
            columns.reverse()
        block: list[list[Glyph]] = []
        for col in columns:
            col.sort(key=lambda g: -g.bottom if rising else g.top)
            if block and not _one_block(block[-1], col):
                out.append(_rotated_line(block))
                block = []
            block.append(col)
        if block:
            out.append(_rotated_line(block))
    return [ln for ln in out if ln.text]


def _one_block(a: Sequence[Glyph], b: Sequence[Glyph]) -> bool:
    """Whether two neighbouring columns of turned text are lines of one block: a
    paragraph's leading apart, and side by side along their length."""
    size = max(g.size for g in (*a, *b))
    gap = max(min(g.x0 for g in b) - max(g.x1 for g in a),
              min(g.x0 for g in a) - max(g.x1 for g in b))  # fmt: skip
    return (
        gap <= ROTATED_LEADING * size
        and min(g.top for g in a) < max(g.bottom for g in b)
        and min(g.top for g in b) < max(g.bottom for g in a)
    )


def _rotated_line(columns: Sequence[Sequence[Glyph]]) -> TextLine:
    """The line of rotated columns (each in its reading order), a space between two."""
    texts = ["".join(g.text for g in col).strip() for col in columns]
    ink = [g for col in columns for g in col]
    return TextLine(
        " ".join(t for t in texts if t),
        min(g.x0 for g in ink),
        min(g.top for g in ink),
        max(g.x1 for g in ink),
        max(g.bottom for g in ink),
    )


#: the one word of a page left blank for notes ("《MEMO》" at a report's end): furniture
BLANK_PAGE_WORDS: frozenset[str] = frozenset({"memo", "메모"})


def blank_page(texts: Sequence[str]) -> bool:
    """Whether a page's content lines are only the word of a page left blank for notes.

    >>> blank_page(["《MEMO》"]), blank_page(["메 모"]), blank_page(["MEMO", "1. 일정"])
    (True, True, False)
    """
    words = ["".join(ch for ch in t.lower() if ch.isalnum()) for t in texts]
    return len(words) == 1 and words[0] in BLANK_PAGE_WORDS


def classify(line: TextLine, page_height: float) -> LineKind:
    """A page number such as "- 3 -" in the top or bottom margin is furniture."""
    margin = page_height * MARGIN_FRACTION
    in_margin = line.top >= page_height - margin or line.bottom <= margin
    if in_margin and PAGE_FOOTER.match(line.text):
        return LineKind.FURNITURE
    return LineKind.CONTENT


#: how many pages, and what share of the pages with text, a running head must stand on
MIN_HEAD_PAGES = 3
HEAD_PAGE_SHARE = 0.5
#: how far (pt) the same running head may move between pages
HEAD_DRIFT = 2.0
_DIGITS = re.compile(r"\d+")
#: letters a running head has (a line of figures, "1", "1-1", is a task's number)
MIN_HEAD_LETTERS = 2
_LETTER = re.compile(r"[^\W\d_]")
#: what an outline's line opens with (a chapter numeral, a number, a bullet): a heading
#: set at the same place on every page ("Ⅲ. 2025년 주요업무계획" over each slide) is the
#: outline's, never a running head
_OUTLINE_START = re.compile(
    r"^\s*(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]+\s*\.|\d+\s*[.)\-]|[(（]\d+[)）]|"
    r"[□■○●◦▪▫◇◆❍❏❑ㅇ•∙·※*\-–—▶▷►➢➤✔√\uf000])"
)


def _head_pages(lines: Sequence[Line]) -> int:
    """How many pages a running head (or a page's number) must stand on: half the pages
    with text, three at least."""
    pages = {ln.page for ln in lines if ln.is_content}
    return max(MIN_HEAD_PAGES, math.ceil(len(pages) * HEAD_PAGE_SHARE))


#: a page's number printed bare, digits alone ("22" at the foot's right of a slide)
_BARE_NUMBER = re.compile(r"^\s*(\d{1,4})\s*$")


def page_numbers(
    lines: Sequence[Line],
    boxes: Mapping[int, BBox],
    heights: Mapping[int, float],
    in_cells: Collection[int] = (),
) -> set[int]:
    """The numbers of lines that are a page's number printed bare ("3", "22"): digits
    alone, the page's last line in its bottom margin, on pages enough for a running head,
    each number the page's own plus one offset for them all (the cover and the contents
    unnumbered); not a figure a table or a list ends with, nor a card's number boxed at
    the top of each page of one card ("[2]" over its title)."""
    enough = _head_pages(lines)
    by_page: dict[int, list[Line]] = {}
    for ln in lines:
        if ln.is_content and ln.page is not None and ln.no in boxes:
            by_page.setdefault(ln.page, []).append(ln)
    found: dict[int, list[int]] = {}  # offset -> line numbers
    for page, mine in by_page.items():
        height = heights.get(page)
        if height is None:
            continue
        last = mine[-1]
        m = _BARE_NUMBER.match(last.text)
        if m is None or last.no in in_cells or boxes[last.no][1] < height * (1 - MARGIN_FRACTION):
            continue
        found.setdefault(int(m[1]) - page, []).append(last.no)
    best = max(found.values(), key=len, default=[])
    return set(best) if len(best) >= enough else set()


#: what a chapter's title opens with: its numeral (a bullet's words recur at page tops)
_CHAPTER_START = re.compile(r"^\s*(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]+\s*\.)")


def running_heads(
    lines: Sequence[Line],
    boxes: Mapping[int, BBox],
    heights: Mapping[int, float],
    in_cells: Collection[int] = (),
) -> set[int]:
    """The numbers of lines that are a running head or foot: the same words, digits
    aside ("○○국 주요업무보고", "○○국 3"), at the same height in the top or
    bottom margin of half the pages with text at least, three at least, each the page's
    first line or its last.  Not a line of figures ("1-1": a task's number), a line an
    outline's mark opens (a chapter's title set over every page), nor a table's header
    row repeated on every page (in its cells)."""
    pages = {ln.page for ln in lines if ln.is_content}
    enough = _head_pages(lines)
    # (or, in a short report, on every page its number is printed on: two pages at least)
    numbered = numbered_pages(lines)
    if len(pages) < enough and not on_every_numbered_page(numbered, numbered):
        return set()
    placed = [ln for ln in lines if ln.is_content and ln.no in boxes]
    first: dict[int | None, float] = {}
    last: dict[int | None, float] = {}
    for ln in placed:
        top, bottom = boxes[ln.no][1], boxes[ln.no][3]
        first[ln.page] = min(first.get(ln.page, top), top)
        last[ln.page] = max(last.get(ln.page, bottom), bottom)
    spots: dict[str, list[tuple[int, float, int | None]]] = {}
    words = {ln.no: "".join(ln.text.split()) for ln in placed}

    def one_text(nos: Iterable[int]) -> bool:  # (on so few pages, its digits too the same)
        return len({words[n] for n in nos}) == 1

    for ln in placed:
        box, height = boxes[ln.no], heights.get(ln.page or 0)
        if height is None or ln.no in in_cells or _OUTLINE_START.match(ln.text):
            continue
        if len(_LETTER.findall(ln.text)) < MIN_HEAD_LETTERS:
            continue
        margin = height * MARGIN_FRACTION
        head = box[3] <= margin and box[1] <= first[ln.page] + HEAD_DRIFT
        foot = box[1] >= height - margin and box[3] >= last[ln.page] - HEAD_DRIFT
        if head or foot:
            key = _DIGITS.sub("#", " ".join(ln.text.split()))
            spots.setdefault(key, []).append((ln.no, box[1], ln.page))
    out: set[int] = set()
    for at in spots.values():
        for no, top, _ in at:
            near = [(n, page) for n, t, page in at if abs(t - top) <= HEAD_DRIFT]
            same = {page for _, page in near}
            if len(same) >= enough or (
                on_every_numbered_page(same, numbered) and one_text(n for n, _ in near)
            ):
                out.add(no)
    return out | repeated_titles(placed, boxes, heights, first, in_cells)


#: how far down the page (a share of its height) a chapter's title set again over each of
#: its pages may stand: the top margin, or a slide's title bar under it
TITLE_BAR_FRACTION = 0.15


def repeated_titles(
    placed: Sequence[Line],
    boxes: Mapping[int, BBox],
    heights: Mapping[int, float],
    first: Mapping[int | None, float],
    in_cells: Collection[int] = (),
) -> set[int]:
    """The lines that repeat a chapter's title over each of its pages ("Ⅲ. 2026년
    주요업무계획" in the top margin of every page of Ⅲ): the page's first line, opened by a
    chapter's numeral, its words those of an earlier page's first line at the same
    height.  The first stays: it is the chapter's heading where no divider page titled it."""
    seen: dict[str, list[float]] = {}
    out: set[int] = set()
    numeral: str | None = None  # (the last chapter's numeral, wherever its title stood)
    for ln in placed:
        box, height = boxes[ln.no], heights.get(ln.page or 0)
        if height is None or ln.no in in_cells or not _CHAPTER_START.match(ln.text):
            continue
        at_top = box[3] <= height * TITLE_BAR_FRACTION and box[1] <= first[ln.page] + HEAD_DRIFT
        # (a chapter's title: at a page's top, or its numeral with a dot; no line of the
        # body a numeral opens, "Ⅰ단계 착공", "Ⅲ권역(서부산) …")
        titled = at_top or _DOTTED.match(ln.text) is not None
        last, numeral = numeral, (_numeral(ln.text) if titled else None) or numeral
        if not at_top:
            continue
        key = " ".join(ln.text.split())
        tops = seen.setdefault(key, [])
        # (not where another chapter came between: a committee's report of several bureaus
        # numbers each bureau's chapters from Ⅰ again, "Ⅰ. 일반현황" at the top of each)
        if any(abs(t - box[1]) <= HEAD_DRIFT for t in tops) and last in (None, _numeral(key)):
            out.add(ln.no)
        tops.append(box[1])
    return out


#: a chapter's numeral alone, not one of a chapter's part ("Ⅱ-1.")
_NUMERAL = re.compile(r"^\s*(?P<num>[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]++)(?!\s*[-－]\s*\d)")


#: a chapter's numeral and the dot after it ("Ⅲ. 현 안")
_DOTTED = re.compile(r"^\s*(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]++)\s{0,2}+[.．]")


def _numeral(text: str) -> str | None:
    """The chapter numeral a line opens with ("Ⅲ. 현 안" -> Ⅲ); None for a part's ("Ⅱ-1.")."""
    m = _NUMERAL.match(text)
    return m["num"] if m is not None else None
