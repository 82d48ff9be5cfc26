"""Passes over the marked lines before they nest: what each line's marker is, where the
contents are (:mod:`extract.layout.contents`), which lists are overviews, which unit
names say who runs an item, and which kind of marker the document puts under which.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from extract.document import Line
from extract.layout.footnotes import FOOTNOTE_KIND
from extract.layout.markers import (
    LETTERED,
    SECTION_KIND,
    TITLE_START,
    WORD_KIND,
    Marker,
    labelled_alike,
    note_mark,
    read_marker,
)
from extract.layout.nodes import MAX_TITLE_CHARS, Marked, never
from extract.layout.series import decimal_series, lettered_runs
from extract.layout.vocab import (
    BANNER_GLYPHS,
    BULLETS,
    CIRCLED,
    DRAWN_ALONE,
    FLOW_BULLETS,
    FRAME_GLYPHS,
    REPEATED_BULLETS,
)
from extract.normalize.vocab import QUOTE_CLASS, TILDES

#: a strategy number set in a box with a slash ("1/", "2 /"): a marker alone
_SLASH_NUMBER = re.compile(r"^(?P<num>\d{1,2})\s*/\s*$")


#: numbers of a heading that a banner's box glyph may stand before ("□ 3. 부서별 주요업무")
_BANNER_NUMBERS = frozenset({"num.dot", "num.dash", "num.dash3", "hangul.dot"})
#: a line framed by one glyph on both sides (dashes set apart by spaces): a subtitle, not
#: an item of the glyph's list
_FRAMED = re.compile(
    r"^(?:[-–—]\s+\S.*\S\s+[-–—]|(?P<g>["
    + re.escape("".join(sorted(FRAME_GLYPHS - set("-–—"))))
    + r"])\s*\S.*\S\s*(?P=g))$"
)
#: fewest characters of an item set beside another on one line
MIN_COLUMN_CHARS = 4


def _read(ln: Line) -> tuple[Marker, str] | None:
    text = ln.text.strip()
    m = _SLASH_NUMBER.match(text)
    if m:
        n = m["num"]
        return Marker("num.slash", text, n, int(n)), ""
    if text in DRAWN_ALONE:
        return None  # a "+" between a diagram's boxes: drawn, no item
    if text in BULLETS:  # a glyph alone ("-"): outside a table it is a marker, not a nil cell
        return Marker("bullet:" + BULLETS[text], text), ""
    if _FRAMED.match(text):
        return None  # a subtitle framed ("- 외국인 관광객 300만 시대 -", "◈ … 수상내역 ◈")
    found = read_marker(text)
    if found is not None and found[0].text in BANNER_GLYPHS and found[1]:
        # "□ 3. 부서별 주요업무": a banner's box glyph before a heading's number
        inner = read_marker(found[1])
        spaced = text[len(found[0].text) : len(found[0].text) + 1].isspace()
        if inner is not None and inner[0].kind in _BANNER_NUMBERS and inner[1] and spaced:
            return inner
    return found


_FLOW_KINDS = frozenset(f"bullet:{k}" for k in FLOW_BULLETS)


def _goes_on_a_flow(before: Line, line: Line, marker: Marker, flowing: bool) -> bool:
    """An arrow starting a line right under a line that runs through the same arrow
    ("✓ 1단계(…) → 2단계(…)" / "→ 3단계(…)"), or under a line that went on such a flow.
    A line that starts with the arrow itself is an item of a list of arrows ("⇒ 설계 ⇒
    착공" / "⇒ 준공"), and an arrow across a table or after another arrow glyph ("… →
    120억원" / "⇒ 결론") is a mark of its own."""
    if marker.kind not in _FLOW_KINDS or before.no != line.no - 1:
        return False
    glyph, prev = marker.text, before.text.strip()
    return glyph in prev if flowing else glyph in prev[1:] and not prev.startswith(glyph)


def _goes_on_a_run(before: Line, line: Line, marker: Marker) -> bool:
    """A circled number starting a line right under a line whose last circled number, set
    inside it, comes just before it ("□ (관광도시 도약) ➊ …, ➋ …, ➌ …, ➍ …," / "❺ 야간관광
    브랜드 강화"): the run of the line above wraps; no new item."""
    if marker.kind != "circled" or marker.ordinal is None or before.no != line.no - 1:
        return False
    inside = [CIRCLED[ch] for ch in before.text.strip()[1:] if ch in CIRCLED]
    return bool(inside) and inside[-1] == marker.ordinal - 1


#: how a line ends that leaves a date open for the next line to complete: a range's
#: tilde ("○ 사업기간 : ’26. 1. ~" / "12."), a year cut from its month ("’26." / "1.")
_OPEN_DATE_END = re.compile(
    "(?:" + "|".join(map(re.escape, TILDES)) + ")$"
    rf"|(?<![^\s:：(（])(?:{QUOTE_CLASS}\d{{2}}|(?:19|20)\d{{2}})[.．]$"
)
_OPENS_TITLE = re.compile(rf"^{TITLE_START}")


def _completes_a_date(before: Line, line: Line, marker: Marker, rest: str) -> bool:
    """A number read as a marker, with no title after it, at the start of a line right
    under one that leaves a date open ("○ 사업기간 : ’26. 1. ~" / "12."): the wrap of
    that date (the range's end), no item. An item with no title is no item; a title
    after it ("2. 추진계획" under an open-ended "’26. 1. ~") keeps it an item."""
    if not (marker.number or "").isdigit() or before.no != line.no - 1 or before.page != line.page:
        return False
    return not _OPENS_TITLE.match(rest) and _OPEN_DATE_END.search(before.text.rstrip()) is not None


#: the brackets a number's marker may close ("5)", "(12)")
_CLOSES = (")", "）")


def _completes_a_figure(before: Line, line: Line, marker: Marker, rest: str) -> bool:
    """A number read as a marker that closes a bracket, with no title after it, at the
    start of a line right under one whose bracket is open and ends in a figure ("○ 사업비 :
    1,560백만원 (국 468, 도 312, 시 7" / "80)": a narrow column broke the amount): the
    rest of that figure, wrapped, no item."""
    if not (marker.number or "").isdigit() or not marker.text.endswith(_CLOSES):
        return False
    if before.no != line.no - 1 or before.page != line.page or _OPENS_TITLE.match(rest):
        return False
    text = before.text.rstrip()
    opened = max(text.rfind("("), text.rfind("（"))
    return opened > max(text.rfind(")"), text.rfind("）")) and text[-1:].isdigit()


def _title_after(
    lines: Sequence[Line], reads: Sequence[tuple[Marker, str] | None], i: int, marker: Marker
) -> int | None:
    """Where the title of a marker alone on line ``i`` is: the next short unmarked line
    on its page; a top heading looks one line further, past a line too long to be a
    title (a note set beside it), and, set last on its page, takes the next page's first
    line ("붙 임 1" at a page's foot, "세부사업 예산 현황" at the next one's head)."""
    reach = 2 if marker.is_top else 1
    for j in range(i + 1, min(i + 1 + reach, len(lines))):
        nxt = lines[j]
        turned = nxt.page != lines[i].page and not (marker.is_top and j == i + 1)
        if turned or reads[j] is not None or nxt.text.strip() in DRAWN_ALONE:
            return None
        if len(nxt.text.strip()) <= MAX_TITLE_CHARS:
            return j
    return None


#: the numbered kinds an org chart's head counts read as ("(53)" under "원 장")
COUNT_KINDS = frozenset({"num.enclosed", "num.paren"})


def _counts_nothing(marker: Marker, numbers: Mapping[str, int]) -> bool:
    """Whether a bracketed number alone on its line is no item's by its number: it
    neither starts a list nor goes on the last of its kind in the chapter (``numbers``)
    ("(53)" under a chart's "원 장", "(25)" under the next box's name are head counts,
    not items 53 and 25).  The caller asks for a name after it, or before it after a
    count (a chart's last box); a count over a list of its own, "기획예산담당관" / "(4)" /
    "․ 조례", heads that list as before."""
    n = marker.ordinal
    if n is None or marker.kind not in COUNT_KINDS:
        return False
    return n != 1 and numbers.get(kind_key(marker)) != n - 1


def mark_lines(lines: Sequence[Line]) -> list[Marked]:
    """Each line with its marker; a marker alone on its line takes the next line as title."""
    out: list[Marked] = []
    seen: dict[str, int] = {}  # the last number of each word that numbers items
    flowing = False  # the line before went on a flow of arrows
    numbers: dict[str, int] = {}  # the last number read of each numbered kind (a chapter's)
    counted = -2  # the index of the last head count read (its name is the line after it)
    reads = [_read(ln) for ln in lines]  # (each line read once: the next one is looked at too)
    reads = decimal_series(lettered_runs(reads))
    if not any(r is not None and r[0].kind == "roman" and r[0].text[:1] == "제" for r in reads):
        # (a chapter's parts, "제2절", only in a report of chapters so numbered: elsewhere a
        # line opening so is text, "… 조례」 제3장" wrapped onto "제2절 정산 규정 미준수")
        reads = [None if r is not None and r[0].kind == SECTION_KIND else r for r in reads]
    for i, r in enumerate(reads):
        if r is not None and r[0].is_note and labelled_alike(
            r[0], [lines[k].text for k in (i - 1, i + 1) if 0 <= k < len(lines)]
        ):
            reads[i] = None  # ("주 : 평일 09:00~18:00" over "토 : 10:00~13:00": the week's hours)
    for i, ln in enumerate(lines):
        if _opens_a_note_box(ln, lines[i - 1] if i else None):
            # a footnote's or endnote's first line, where the file says it is one (HWP,
            # HWPX): a note under the item before it, never the rest of that item's text
            found = reads[i]
            marker = found[0] if found is not None else Marker(FOOTNOTE_KIND, "")
            rest = found[1] if found is not None else ln.text.strip()
            reads[i] = (marker._replace(kind=FOOTNOTE_KIND), rest)
    i = 0
    while i < len(lines):
        ln = lines[i]
        read = reads[i]
        went_on = read is not None and i > 0 and _goes_on_a_flow(lines[i - 1], ln, read[0], flowing)
        flowing = went_on
        if went_on or (read is not None and i > 0 and _goes_on_a_run(lines[i - 1], ln, read[0])):
            read = None  # "1단계 → 2단계" / "→ 3단계": the flow goes on, no new item
        j = None
        if (
            read is not None
            and not read[1]
            and _counts_nothing(read[0], numbers)
            and (_title_after(lines, reads, i, read[0]) is not None or counted == i - 2)
        ):
            # "원 장" / "(53)" / "기획연수부" / "(25)": a chart's head counts (the last
            # one, no name after it, after a name after a count)
            read = None
            counted = i
        if (
            read is not None
            and i > 0
            # "’26. 1. ~" / "12.": the range's end, wrapped; "(국 468, 도 312, 시 7" /
            # "80)": the amount's rest
            and (
                _completes_a_date(lines[i - 1], ln, *read)
                or _completes_a_figure(lines[i - 1], ln, *read)
            )
            and (read[1] or _title_after(lines, reads, i, read[0]) is None)
        ):
            read = None
        if read is not None:
            marker, rest = read
            if marker.is_top:
                numbers.clear()  # (a chapter's lists are its own)
            elif marker.ordinal is not None:
                numbers[kind_key(marker)] = marker.ordinal
            j = None if rest else _title_after(lines, reads, i, marker)
            if marker.kind.startswith(WORD_KIND):
                if marker.number is None and j is None:
                    read = None  # "현안" alone with no title after it is a word, not a mark
                else:
                    if marker.number is None:
                        # "현안" boxes without their numbers: the first, second, ... of them
                        n = seen.get(marker.kind, 0) + 1
                        marker = marker._replace(number=str(n), ordinal=n)
                    seen[marker.kind] = marker.ordinal or 0
        if read is None:
            out.append(Marked((ln,), None, ln.text.strip()))
            i += 1
            continue
        if j is not None:
            # (the title line may end in a note set flush right: "공동육아 나눔터   * 여성
            # 가족부 소관", its number boxed on the line before)
            title, note = _note_aside(lines[j].text.strip(), lines[j])
            out.append(Marked(tuple(lines[i : j + 1]), marker, title))
            if note is not None:
                out.append(Marked((lines[j],), *note))
            i = j + 1
            continue
        # (a line that wraps onto the next: which column each wrap is cannot be told)
        wrapped = i + 1 < len(lines) and lines[i + 1].page == ln.page and reads[i + 1] is None
        parts = [rest] if wrapped else _columns(marker, rest, ln.raw)
        parts[-1], note = _note_aside(parts[-1], ln)
        out.extend(Marked((ln,), marker, part) for part in parts)
        if note is not None:
            out.append(Marked((ln,), *note))
        i += 1
    return out


#: where a Hangul file's line stands in a footnote or endnote ("s0/p12/n0/p0": note 0 of
#: paragraph 12, its paragraph 0)
_IN_NOTE_BOX = re.compile(r"/n\d+/p\d+$")


def in_note_box(ln: Line) -> bool:
    """A line of a footnote or endnote, where the file says it is one (HWP, HWPX)."""
    return bool(ln.where) and _IN_NOTE_BOX.search(ln.where or "") is not None


def _opens_a_note_box(ln: Line, before: Line | None) -> bool:
    """The first line of a note box (its first paragraph's first line)."""
    where = ln.where or ""
    m = _IN_NOTE_BOX.search(where)
    if m is None or not where.endswith("/p0"):
        return False
    return before is None or before.where != where


def _note_aside(text: str, ln: Line) -> tuple[str, tuple[Marker, str] | None]:
    """An item's text and the note set on its line after it, if any: after a wide gap,
    flush right ("… 회복(‘24.11. 기준)   *아태지역 회복율(85%) 상회"), or on a page after
    one space where the text carries the note's mark; a note of its own under the item."""
    aside = _NOTE_ASIDE.match(text)
    if aside is not None and ln.page is None and "   " not in text[aside.end("item") :]:
        aside = None  # (text typed by hand has double spaces: there a wider gap)
    if aside is None and ln.page is not None:
        # (on a page, where a note is set small after its item; typed text puts a
        # mark inside its sentences: "9개* 분야 지원 * 1차년도")
        aside = _marked_aside(text)
    note = read_marker(aside["note"]) if aside is not None else None
    if (
        aside is None
        or note is None
        or not note[0].is_note
        or not note[1]
        or _UNIT_NOTE.match(note[1])
    ):
        return text, None
    return aside["item"], note


def _marked_aside(text: str) -> re.Match[str] | None:
    """A note set on its item's line after one space, where the item's text before it
    carries the note's mark ("… 민자* 726억원 * LG CNS 컨소시엄": the footnote of 민자*)."""
    m = _NOTE_TIGHT.match(text)
    if m is None:
        return None
    return m if note_mark(len(m["stars"])).search(m["item"]) else None


#: an item's text, a space, a run of asterisks, a space and the note (see _marked_aside)
_NOTE_TIGHT = re.compile(r"^(?P<item>.*?\S)\s(?P<note>(?P<stars>[*＊]+)\s+\S.*)$")
#: a note that states a unit ("※ 단위 : 백만원"): the caption of a table, not a note
_UNIT_NOTE = re.compile(r"^\(?\s*단\s*위\s*[:：]")
#: an item's text, a wide gap (spaces the line keeps), then a note mark and its note
_NOTE_ASIDE = re.compile(r"^(?P<item>.*?\S)\s{2,}(?P<note>(?:\*+|※)\s*\S.*)$")


def _columns(marker: Marker, rest: str, raw: str) -> list[str]:
    """The titles of the items a line holds: one, or one per column where its bullet is
    set again after a space ("◾ (취항일) ’24.10.30. ◾ (운항사) 에어부산", "❖ 하수슬러지 … /
    ❖ 분뇨처리시설 …"), the same glyph as drawn (``raw``: two glyphs the export lost
    both read "•")."""
    glyph = marker.text
    if glyph not in REPEATED_BULLETS or marker.number is not None:
        return [rest]
    parts = [p.strip().removesuffix("/").strip() for p in rest.split(f" {glyph} ")]
    drawn = raw.lstrip()[:1]
    again = len(re.findall(rf"\s{re.escape(drawn)}\s", raw)) if drawn else 0
    if len(parts) < 2 or again != len(parts) - 1:
        return [rest]
    return parts if all(len(p) >= MIN_COLUMN_CHARS for p in parts) else [rest]



def boxed_style(item: Marked, box_of: Mapping[int, int]) -> Marked:
    """A numbered item drawn in a box of its own is another style than the same number
    inline: "➊ 첨단 기술 ..." boxed heads the inline "➊ 스마트 교차로 ..." under it."""
    m = item.marker
    if m is None or m.is_top or m.number is None or item.lines[0].no not in box_of:
        return item
    return Marked(item.lines, m._replace(kind=m.kind + ".boxed"), item.title)


def kind_key(m: Marker) -> str:
    return m.kind


#: the kind of a Roman numeral that numbers inside a chapter (a diagram's, an item's own
#: "Ⅰ", "Ⅱ"), not a chapter
INNER_ROMAN = "roman.inner"
#: numbered kinds that head sections (제1절, 1., 1, 1-1, 1/, 가.): never under a bullet;
#: the smaller numbers (1), (1), ①, 가)) may sit in a bullet's list
HEADING_NUMBERS = frozenset(
    {"num.dot", "num.bare", "num.dash", "num.dash3", "num.decimal", "num.decimal3", "num.slash",
     "hangul.dot", LETTERED, SECTION_KIND}
)


#: numbered kinds that list steps inside a bullet (①, (1), 1), (가), 가)), not sections
STEP_NUMBERS = frozenset(
    {"circled", "num.enclosed", "num.paren", "hangul.enclosed", "hangul.paren"}
)


def _small_list(kind: str) -> bool:
    """A kind of number that lists steps inside a bullet, not one that heads a section
    (1., 1-1, 가.) or names an item ("현안5"); not a title's nor a bullet's."""
    return kind.removesuffix(".boxed") in STEP_NUMBERS


def heads_part(m: Marker) -> bool:
    """An item that names a part of a chapter ("현안4", "1.", "1-1"), not a step (①)."""
    return m.number is not None and not m.is_top and not _small_list(m.kind)


def heads_section(m: Marker) -> bool:
    return m.kind.removesuffix(".boxed") in HEADING_NUMBERS or m.kind == INNER_ROMAN


def open_at(
    kinds: Sequence[str],
    numbered: Sequence[bool],
    m: Marker,
    ordinals: Sequence[int | None] = (),
    offsets: Sequence[float] = (),
    step_lists: bool = False,
) -> int | None:
    """Where the marker's kind is open in the stack, if it is.

    A numbered kind (1., 가), 1-1) is looked for in the whole stack; a bullet only
    below the nearest numbered item (with ``step_lists``, one not itself set in a bullet's
    list): the bullets under each item are a list of their own, so a glyph an overview
    used higher up does not close the item.  Where
    the kind is open twice (a list of ➊ ➋ inside a bullet under item ➊), the item the
    marker's number goes on from ("➋" after the outer "➊", not after the inner "➍")
    is the one; ``ordinals`` gives each stack entry's number.  Where both go on to it
    (an outer "➋" after an inner list of one), the one set nearest where the marker's
    line is set is: ``offsets`` gives each stack entry's distance from it (PDF).
    """
    k = kind_key(m)
    floor = 0
    if m.number is None:
        # (with ``step_lists``, a numbered list set inside a bullet is no item of its own:
        # "○ 내용" / "① 단계" / "○ 내용" goes back to the first ○)
        floor = max(
            (i for i, n in enumerate(numbered)
             if n and not (step_lists and i and not numbered[i - 1] and _small_list(kinds[i]))),
            default=0,
        )  # fmt: skip
    found = [i for i in range(len(kinds) - 1, floor - 1, -1) if kinds[i] == k]
    if len(found) > 1 and m.ordinal is not None and len(ordinals) == len(kinds):
        goes_on = [i for i in found if ordinals[i] is not None and ordinals[i] == m.ordinal - 1]
        if len(goes_on) > 1 and len(offsets) == len(kinds):
            return min(goes_on, key=lambda i: offsets[i])
        if goes_on:
            return goes_on[0]
    return found[0] if found else None


#: shortest title that can tell an overview entry and its detailed item are the same
MIN_OVERVIEW_TITLE = 6


def overview_items(
    items: Sequence[Marked],
    is_appendix: Callable[[str], bool] = never,
    names_role: Callable[[str], bool] = never,
) -> frozenset[int]:
    """Numbered items an overview lists before telling them again in detail: an item
    whose title comes again, later, in another numbered item, in its own chapter or,
    where nothing but numbered items follows it, in any (a 정책목표 page's tasks).  An
    item with bullets under it told again in a later chapter (중점 추진과제 after the
    plan) is the detail.  An appendix that restates the items (a summary table of the
    tasks) tells nothing in detail.  A part titled with a role of the genre in every
    chapter ("2. 주요업무 추진계획" in each division's: ``names_role``) is each chapter's
    own, in another chapter."""
    appended = [False] * len(items)
    inside = False
    for i, it in enumerate(items):
        if it.marker is not None and it.marker.is_top:
            inside = it.marker.kind == "appendix" or is_appendix(it.title)
        appended[i] = inside
    seen: dict[str, int] = {}  # title -> the chapter (its count from the end) it is in
    chapter = 0
    out: set[int] = set()
    for i in range(len(items) - 1, -1, -1):
        it = items[i]
        m = it.marker
        if m is not None and m.is_top:
            chapter += 1
        if m is None or m.is_top or m.number is None or appended[i]:
            continue
        if m.kind == SECTION_KIND:
            continue  # (a chapter's part, "제2절 노인장애인과", heads its items: no entry)
        key = "".join(it.title.split())
        if len(key) < MIN_OVERVIEW_TITLE:
            continue
        if key in seen and (
            seen[key] == chapter or (_lists_only(items, i) and not names_role(it.title))
        ):
            out.add(i)
        else:
            seen[key] = chapter
    return frozenset(out)


def numbered_by_overview(items: Sequence[Marked], tabled: Sequence[Marked] = ()) -> list[Marked]:
    """``items`` with the unmarked title lines that are numbered items whose mark was
    lost (a ⑩ Hancom composes of a circle and "10", which a reader cannot spell) given
    the number of the earlier item whose title theirs begins with (the overview's "➓
    일한만큼 정당한 대우를 받는 공정일터"), where that number goes on the list open before
    them (⑨), in that list's kind, and no later item of that list carries it (else the
    line is text that begins with the next entry's title, a wrapped line).  A line that
    ends as a sentence takes none.  ``tabled``: the marked lines of tables (an overview
    is often one), read as entries."""
    out = list(items)
    entries: list[tuple[str, Marker]] = []  # titles (spaces aside) and marks of numbers
    last: dict[str, Marker] = {}  # kind (a box's style aside) -> the mark last read of it
    order = sorted(
        [(it.lines[0].no, i, it) for i, it in enumerate(items)]
        + [(it.lines[0].no, -1, it) for it in tabled],
        key=lambda x: x[0],
    )
    # (kind, number) -> where items carry it: a line is no lost mark of a number a later
    # item of its list carries (a wrapped line that begins with the next entry's title)
    told: dict[tuple[str, int], list[int]] = {}
    for it in items:
        if it.marker is not None and it.marker.ordinal is not None and not it.marker.is_top:
            told.setdefault((_plain_kind(it.marker), it.marker.ordinal), []).append(
                it.lines[0].no
            )
    for _, i, it in order:
        m = it.marker
        if (
            m is None
            and i >= 0
            and len(it.lines) == 1
            and len(it.title) <= MAX_TITLE_CHARS
            and not _SENTENCE_END.search(it.title)
        ):
            key = "".join(it.title.split())
            entry = next(
                (e for k, e in reversed(entries)
                 if len(k) >= MIN_OVERVIEW_TITLE and key.startswith(k)
                 and (before := last.get(_plain_kind(e))) is not None
                 and before.ordinal == (e.ordinal or 0) - 1
                 and not any(no > it.lines[0].no
                             for no in told.get((_plain_kind(e), e.ordinal or 0), ()))),
                None,
            )  # fmt: skip
            if entry is not None:
                m = last[_plain_kind(entry)]._replace(
                    text=entry.text, number=entry.number, ordinal=entry.ordinal
                )
                out[i] = Marked(it.lines, m, it.title)
        if m is not None and m.number is not None and m.ordinal is not None and not m.is_top:
            entries.append(("".join(it.title.split()), m))
            last[_plain_kind(m)] = m
    return out


#: the end of a sentence, not of a title ("… 교육행정을 펼치겠습니다.", "… 강화함."; a
#: title may end in a noun with 다: "… 부산 바다")
_SENTENCE_END = re.compile(r"(?:습니다|니다)\.?\s*$|[다음임함]\.\s*$")


def _plain_kind(m: Marker) -> str:
    return kind_key(m).removesuffix(".boxed")


def _lists_only(items: Sequence[Marked], i: int) -> bool:
    """Whether the next marked item after ``i`` is numbered (or there is none): item
    ``i`` has no bullets under it."""
    nxt = next(
        (items[j].marker for j in range(i + 1, len(items)) if items[j].marker is not None), None
    )
    return nxt is None or nxt.is_top or nxt.number is not None


def learn_order(
    items: Sequence[Marked],
    overview: frozenset[int] = frozenset(),
    margins: Mapping[int, int] = {},
) -> Counter[tuple[str, str]]:
    """How often kind B opened directly under kind A, in a first plain nesting (with
    ``margins``, the spaces each line opens with in a text that indents its lists, a kind
    first met set left of the open ones opens beside them: "◈ 과제" at the margin after
    "  · 운영방향" is not under it)."""
    edges: Counter[tuple[str, str]] = Counter()
    kinds: list[str] = []
    numbered: list[bool] = []
    indents: list[int] = []
    for index, it in enumerate(items):
        m = it.marker
        if m is None or m.is_note or index in overview:
            continue
        here = margins.get(it.lines[0].no, 0)
        if m.is_top:
            kinds, numbered, indents = [m.kind], [True], [here]
            continue
        at = open_at(kinds, numbered, m)
        if at is not None:
            del kinds[at + 1 :], numbered[at + 1 :], indents[at + 1 :]
        else:
            if heads_section(m):
                while len(kinds) > 1 and not numbered[-1]:
                    kinds.pop()
                    numbered.pop()
                    indents.pop()
            # (and a bullet of another kind set at its very margin, "  ㅇ 사업비 : …" then
            # "  □ 추진실적(’16)": beside it, not under it)
            while len(kinds) > 1 and (
                indents[-1] > here or (margins and indents[-1] == here and not numbered[-1])
            ):
                kinds.pop()
                numbered.pop()
                indents.pop()
            if kinds:
                edges[(kinds[-1], kind_key(m))] += 1
            kinds.append(kind_key(m))
            numbered.append(m.number is not None)
            indents.append(here)
    return edges


def attributions(items: Sequence[Marked], is_unit: Callable[[str], bool]) -> frozenset[int]:
    """Unit names that say who runs the item right above them ("1-1-1 체험 중심
    인성교육" / "초등교육과"): in a chapter where no unit name comes after a bullet
    or a note.  Where one does, the chapter is split by division and the names
    title its parts."""
    out: set[int] = set()
    chapter: set[int] = set()
    mixed = False

    def close() -> None:
        if not mixed:
            out.update(chapter)

    for i, it in enumerate(items):
        m = it.marker
        if m is not None and m.is_top:
            close()
            chapter, mixed = set(), False
            continue
        if m is None and len(it.lines) == 1 and is_unit(it.title):
            j = i - 1  # the nearest marked line above: text between is the title's wrap
            while j >= 0 and items[j].marker is None:
                j -= 1
            before = items[j].marker if j >= 0 else None
            if before is None or before.number is None or before.is_top:
                mixed = True
            chapter.add(i)
    close()
    return frozenset(out)
