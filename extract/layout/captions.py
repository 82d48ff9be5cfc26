"""Captions of tables: the unit and the reference date a table's caption declares.

* :func:`find_caption` - the "(단위: 백만원)" / "(’25. 1. 19. 기준, 단위: 명)" line
  above, beside or under a table, and a unit declared at the end of the heading line;
* :func:`read_unit`, :func:`unit_declaration`, :func:`read_as_of` - what a caption says;
* :func:`header_unit` - the unit a header path declares ("분담률(%)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import regex

from extract.document import Line
from extract.layout.caption_units import listed_units
from extract.layout.markers import read_marker
from extract.layout.vocab import (
    CONTINUED_MARKS,
    FLOW_ARROWS,
    TITLE_BRACKETS,
)
from extract.normalize import parse_date, parse_unit
from extract.normalize.vocab import (
    AS_OF_LEADS,
    AS_OF_WORDS,
    CLOSE_CLASS,
    CLOSING_BRACKETS,
    OPEN_CLASS,
    OPENING_BRACKETS,
    QUOTE_CLASS,
)

#: longest unit word a caption declares (천㎥/일)
MAX_UNIT_CHARS = 8
#: a label this short between a heading and its table is passed over ("[세입]", "ㅇ 세출")
SHORT_LABEL = 10
#: the brackets a unit is declared in ("(단위: 천원)", "[단위: 억원]", "<단위: 백만원>")
_OPEN = OPEN_CLASS
_CLOSE = CLOSE_CLASS
#: a unit declared at the end of a line: "(단위 : 백만원)", "[단위: 억원]"
_INLINE_UNIT = re.compile(rf"[{_OPEN}]\s*단\s*위\s*[:：][^{_OPEN}{_CLOSE}]{{1,20}}[{_CLOSE}]\s*$")
#: ... or a reference date ("□ 인력 : 정원 84명 / 현원 90명 (‘25. 1. 1. 기준)")
_INLINE_AS_OF = re.compile(
    rf"[{_OPEN}][^{_OPEN}{_CLOSE}]{{3,30}}(?:" + "|".join(AS_OF_WORDS) + rf")\s*[{_CLOSE}]\s*$"
)
#: ... or a reference date after the heading's pointer, with no bracket, letter-spaced
#: as Hancom justifies it, a unit bracket after it ("□ 기  금 ▷ ’25. 1. 1. 기준",
#: "□ 일반·특별회계 ▷ ’ 2 5 . 1 . 1 . 기 준   (단위 : 백만원)")
_TAIL_AS_OF = re.compile(
    r"[" + re.escape("".join(sorted(FLOW_ARROWS))) + r":：]\s*(?P<as_of>" + QUOTE_CLASS
    + r"?\s*\d(?:[\d\s.년월일]|" + QUOTE_CLASS + r"){1,40}?(?:"
    + "|".join(r"\s*".join(w) for w in AS_OF_WORDS)
    + rf"))\s*(?P<unit>[{_OPEN}]\s*단\s*위\s*[:：][^{_OPEN}{_CLOSE}]{{1,20}}[{_CLOSE}])?\s*$"
)
#: the longest note under a table read as its date ("※ ’26. 1. 1. 기준")
SHORT_DATE_NOTE = 24
#: a caption that states a date
_AS_OF_KEYS_RE = re.compile("|".join(r"\s*".join(w) for w in AS_OF_WORDS))
#: lines before or after a table that may be its caption
CAPTION_REACH = 2
#: how many notes under a table ("주1) … 포함", "* …") a note of its date or its source
#: may stand after, at most
NOTES_REACH = 4
_UNIT_DECL = re.compile(rf"단\s*위\s*[:：]?\s*(?P<unit>[^,;{_OPEN}{_CLOSE}]{{1,16}})")
_CAPTION = re.compile(
    r"단\s*위\s*[:：]|기\s*준\s*(?:일\s*)?(?:[,)）]|$)|[(（]\s*기\s*준\s*(?:일(?![가-힣])|\s*[:：])"
    r"|현\s*재\s*[,)）]"
    # (a line that is one angle bracket with a date and 기준 or 현재 in it, as the round
    # ones above: "〈’25. 1. 1. 기준〉"; not "‹평가 기준> 사업성 40점")
    r"|^\s*[<〈《＜‹【［][^()（）\[\]<>〈〉《》＜＞‹›【】［］]*\d[^()（）\[\]<>〈〉《》＜＞‹›【】［］]*"
    r"(?:기\s*준|현\s*재)[^()（）\[\]<>〈〉《》＜＞‹›【】［］]*[>〉》＞›】］]\s*$"
    r"|^\s*[<〈《＜‹【［]\s*기\s*준\s*일(?![가-힣])"
)
#: a caption-like line under a table: its source or a note on the whole table
_SOURCE = re.compile(r"^[\s(<\[]*(?:자료|출처)\s*[:：]")
#: ... or a source named in a bracket of its own: "(통계청 : 부산지역 고용률)"
_BRACKET_SOURCE = re.compile(r"^[(（][^()（）:：]{1,20}[:：][^()（）]{1,40}[)）]$")
#: ... or a legend of the marks of a chart (a table of months): each mark and what it
#: means, "■ : 추진기간  ● : 주요 행사 시기", the first mark drawn as a box, not written
#: (": 추진기간 ● : …"), or two marks told at least
_LEGEND_MARKS = "■□●○◎◆◇▲△★☆▶▷━"
_LEGEND = re.compile(
    rf"^\s*(?:[{_LEGEND_MARKS}]\s*)?[:：][^:：]+(?:[{_LEGEND_MARKS}]\s*[:：][^:：]+)+$"
    rf"|^\s*[:：][^:：]+$|^\s*범\s*례\s*[:：)]"
)


def read_unit(caption: str) -> tuple[str | None, str | None]:
    """(money unit, count unit) a caption declares.

    >>> read_unit("(’25. 1. 19. 기준, 단위: 명)"), read_unit("(단위: 천원, %)")
    ((None, '명'), ('천원', None))
    >>> read_unit("(단위 : 개소, 백만원)")
    ('백만원', '개소')
    """
    money = parse_unit(caption)
    if money:
        return money, next(iter(listed_units(caption)), None)
    m = _UNIT_DECL.search(caption)
    if m:
        # the first unit as printed: 명, 개소, 천명, ㎥/일, 개소/대
        word = "".join(m["unit"].split()).strip(".")
        if word and len(word) <= MAX_UNIT_CHARS and not any(ch.isdigit() for ch in word):
            return None, word
    return None, None




def read_as_of(caption: str, year: int | None = None) -> date | None:
    """The reference date of a caption ("’25. 1. 19. 기준"; a month's, its last day:
    "’24. 12. 기준", "2021. 12. 현재"), its parts split by commas or slashes.

    >>> read_as_of("(’25. 1. 1. 기준 / 단위: 명)"), read_as_of("(기준 : ’24. 12.)")
    (datetime.date(2025, 1, 1), datetime.date(2024, 12, 31))
    >>> read_as_of("2026. 1. 1. 기준(유치원은 ’25.10.1.) [단위: 교, 학급, 명]")
    datetime.date(2026, 1, 1)
    >>> read_as_of("(’25. 1월말 기준)"), read_as_of("(기준일: 2025. 1. 31.)")
    (datetime.date(2025, 1, 31), datetime.date(2025, 1, 31))
    """
    for part in re.split(r"[,，/]", caption.strip(_BRACKETS)):
        word = next((w for w in _AS_OF_KEYS if w in part), None)
        if word is None:
            continue
        before, _, after = part.partition(word)
        # the part without the word; else the date right before it, or right after it, a
        # bracket of its own aside ("2026. 1. 1. 기준(유치원은 ’25.10.1.) [단위: 교")
        for text in (part.replace(word, ""), _OPENS.split(before)[-1], _OPENS.split(after)[0]):
            span = parse_date(text.strip(" :："), year=year)
            if span is None or span.end is None:
                continue
            if span.precision == "day":
                return span.start
            if span.precision == "month" and span.end.replace(day=1) <= span.start:
                return span.end  # one month, or a part of it ("1월말"): its last day
    return None


#: the as-of words, longest first ("기준일: 2021. 1. 31.": not 기준 and a stray 일)
_AS_OF_KEYS = sorted({*AS_OF_WORDS, *AS_OF_LEADS}, key=len, reverse=True)
#: where a bracket opens or closes between a caption's date and the rest
_OPENS = re.compile(rf"[{_OPEN}{_CLOSE}]")
_BRACKETS = OPENING_BRACKETS + CLOSING_BRACKETS + " "


#: a table's title that says it goes on from the page before ("(계속)", "< 부서별 주요기능 >
#: (계속)")
_GOES_ON = "|".join(r"\s*".join(map(re.escape, mark)) for mark in CONTINUED_MARKS)
_CONTINUED = re.compile(
    rf"^\s*(?:[<〈《【\[‹][^<>〈〉《》【】\[\]‹›]{{1,40}}[>〉》】\]›]\s*)?(?:{_GOES_ON})\s*$"
)
#: ... said first or last on its unit's line ("(계속)        (단위 : 천원)")
_MARK_FIRST = re.compile(rf"^\s*(?:{_GOES_ON})\s")
_MARK_LAST = re.compile(rf"\s(?:{_GOES_ON})\s*$")
#: ... each squashed, as a line alone says it
_MARK_KEYS: frozenset[str] = frozenset("".join(mark.split()) for mark in CONTINUED_MARKS)


def says_continued(line: Line) -> bool:
    """A line that only says the table under it goes on from the one above, or the one
    above goes on under it (:data:`CONTINUED_MARKS`: "(계속)", "- 계속 -", "< 위원회 현황 >
    [계속]").

    >>> [says_continued(Line(1, t, t)) for t in ("(계속)", "[ 계 속 ]", "(단위 : 명)")]
    [True, True, False]
    >>> says_continued(Line(1, "- 계속 -     (단위 : 천원)", ""))
    True
    """
    t = " ".join(line.text.split())
    if _CONTINUED.search(t):
        return True
    # (or beside its unit or date again: "[계속]      (단위 : 천원)")
    m = _MARK_FIRST.search(t) or _MARK_LAST.search(t)
    rest = t[: m.start()] + " " + t[m.end() :] if m else ""
    return m is not None and read_marker(rest.strip()) is None and bool(_CAPTION.search(rest))


def group_labels(lines: Sequence[Line]) -> frozenset[int]:
    """The lines among ``lines`` whose continued mark ("【계속】", "- 계속 -") labels a
    group of a list, not a carry over a page: where the list has its counterpart of new
    ones as a label of the same form ("【신규】", "- 신규 -").

    >>> ls = [Line(n, t, t) for n, t in enumerate(("【계속】", "가 1", "【신규】", "나 2"))]
    >>> sorted(group_labels(ls)), group_labels(ls[:2])
    ([0], frozenset())
    """
    said = {"".join(ln.text.split()) for ln in lines}
    return frozenset(
        ln.no for ln in lines
        if (key := "".join(ln.text.split())) in _MARK_KEYS
        and key.replace("계속", "신규") in said
    )  # fmt: skip


def is_caption(line: Line) -> bool:
    """A line that declares a table's unit or date, or that the table goes on from the page
    before, not text of its own."""
    t = " ".join(line.text.split())  # (a text export's "(계속)" set far left of its unit)
    # ("- 계속 -" opens as a dash's item would, and says no more than "(계속)")
    if len(t) > 60:
        return False
    return says_continued(line) or (
        read_marker(t) is None and bool(_CAPTION.search(t) or _SOURCE.match(t))
    )


def _note_body(line: Line) -> str | None:
    """The text of a note after its mark ("※ 2026. 1. 1. 기준" -> "2026. 1. 1. 기준"); None
    for a line that is no note."""
    found = read_marker(line.text.strip())
    return found[1] if found is not None and found[0].kind.startswith("note") else None


def is_date_note(line: Line) -> bool:
    """A note that states a reference date and nothing else ("※ 2026. 1. 1. 기준").

    >>> [is_date_note(Line(1, t, t)) for t in ("※ 2026. 1. 1. 기준", "※ 인원은 현원 기준")]
    [True, False]
    """
    body = _note_body(line)
    if body is None:
        return False
    return len(body) <= SHORT_DATE_NOTE and bool(_CAPTION.search(body)) and (
        read_as_of(body) is not None
    )


#: a note's body that only declares the unit ("※ 단위 : 대", "* 단위: 천원")
_UNIT_NOTE = re.compile(rf"^[{_OPEN}]?\s*단\s*위\s*[:：][^{_OPEN}{_CLOSE}]{{1,30}}[{_CLOSE}]?$")


def is_unit_note(line: Line) -> bool:
    """A note that declares a table's unit and nothing else, set as a caption is, over or
    under its table ("※ 단위 : 대").

    >>> [is_unit_note(Line(1, t, t)) for t in ("※ 단위 : 대", "※ 단위당 단가는 별도")]
    [True, False]
    """
    body = _note_body(line)
    return body is not None and _UNIT_NOTE.match(body.strip()) is not None


def is_title(line: Line) -> bool:
    """A line that is one bracketed title ("< 국립국어원 국어사전 현황 >"): over a table,
    that table's title."""
    t = line.text.strip()
    close = TITLE_BRACKETS.get(t[:1])
    inner = t[1:-1]
    return (
        close is not None and len(t) > 2 and t.endswith(close) and bool(inner.strip())
        and t[0] not in inner and close not in inner and read_marker(t) is None
    )  # fmt: skip


def is_source(line: Line) -> bool:
    """A line under a table that names its source ("(통계청 : 부산지역 고용률)",
    "자료: 통계청"), or tells its marks ("■ : 추진기간  ● : 주요 행사 시기").

    >>> [is_source(Line(1, t, t)) for t in ("■ : 추진기간 ● : 행사 시기", ": 추진기간",
    ...                                      "○ 사업비 : 500백만원", "□ 추진 : 3월")]
    [True, True, False, False]
    """
    t = line.text.strip()
    if _CAPTION.search(t):
        return False  # a unit or a date: the caption of the table under it, maybe
    return bool(_SOURCE.match(t) or _BRACKET_SOURCE.match(t) or _LEGEND.match(t))


def inline_unit(line: Line) -> str | None:
    """A unit declared at the end of a heading line ("□ 예산 ... (단위 : 백만원)"), or
    the date its figures stand at ("□ 인력 : 정원 84명 (‘25. 1. 1. 기준)", "□ 기금 ▷
    ’25. 1. 1. 기준"), or both.

    >>> t = "□ 일반회계 ▷ ’ 2 5 .  1 . 1 . 기 준   (단위 : 백만원)"
    >>> inline_unit(Line(1, t, t))
    '’25.1.1.기준, (단위 : 백만원)'
    """
    tail = _TAIL_AS_OF.search(line.text)
    # its letters closed up, so the date and 기준 read as printed; a date, not a time
    as_of = "".join(tail["as_of"].split()) if tail is not None else ""
    if tail is not None and read_as_of(as_of) is not None:
        return f"{as_of}, {tail['unit']}" if tail["unit"] else as_of
    m = _INLINE_UNIT.search(line.text) or _INLINE_AS_OF.search(line.text)
    return m[0].strip() if m else None


def find_caption(
    grid_lines: Sequence[int],
    lines: Sequence[Line],
    pos: dict[int, int],
    used: set[int],
    in_grids: frozenset[int] = frozenset(),
) -> tuple[list[Line], str | None]:
    """A table's caption: the unit/date lines just above it (or one just under it) and a
    bracketed title over them, a source named just under it, and a unit declared at the
    end of the heading line above it, which stays in the outline.

    ``used`` are the caption lines other tables took; a unit line may sit inside another
    table's cell (a small table drawn in a project's cell has its unit there), a title or
    a source (``in_grids``: the lines of every table) may not.
    """
    if not grid_lines:
        return [], None
    first, last = pos[grid_lines[0]], pos[grid_lines[-1]]
    found: list[Line] = []
    inline: str | None = None
    seen = 0
    for i in range(first - 1, -1, -1):
        ln = lines[i]
        if not ln.is_content or ln.no in grid_lines:
            continue
        seen += 1
        if seen > CAPTION_REACH or ln.no in used:
            break
        if is_caption(ln) or is_unit_note(ln):
            found.append(ln)
            continue
        if is_title(ln) and ln.no not in in_grids and not any(is_title(f) for f in found):
            found.append(ln)  # the title stands over its unit, the heading above it
            continue
        inline = inline_unit(ln)
        if inline is None and len(ln.text.strip()) <= SHORT_LABEL and not found:
            continue  # a short label between the heading and its table ("[세입]")
        break
    unit = any(is_caption(ln) or is_unit_note(ln) for ln in found) or inline is not None
    seen = 0
    for i in range(last + 1, len(lines)):
        ln = lines[i]
        if not ln.is_content or ln.no in grid_lines:
            continue
        seen += 1
        unit_line = (is_caption(ln) or is_unit_note(ln)) and "단위" in ln.text and not unit
        # (a note under the table that gives its date alone: "※ 2026. 1. 1. 기준")
        dated = not any(_AS_OF_KEYS_RE.search(f.text) for f in found) and is_date_note(ln)
        if ln.no not in used and (
            unit_line or dated or (ln.no not in in_grids and is_source(ln))
        ):
            found.append(ln)
        elif seen < NOTES_REACH and _note_body(ln) is not None:
            continue  # (past the table's notes: "주1) … 포함" / "※ 2025.12.31. 기준")
        break
    return sorted(found, key=lambda ln: ln.no), inline


#: a reference date in brackets: "(‘25. 1. 1. 기준)", "(’25.11.30. 기준)"; only a bracket
#: that closes is read, and the date never ends in a space (linear on long runs)
_AS_OF_BRACKET = regex.compile(
    r"[(（](?=[^()（）]*+[)）])\s*+(?P<date>(?:[^()（）]*?(?<!\s))??)\s*+"
    r"(?:기\s*+준|현\s*+재)[^()（）]*+[)）]"
)


def as_of_in(text: str, year: int | None = None) -> date | None:
    """The day a caption or title gives its figures for ("(기준 : ’25. 2. 1. / 단위 : 명)",
    "인력현황 (’25. 1월말 기준)"): :func:`~extract.layout.captions.read_as_of` of the text,
    or of the bracket in it that holds the date."""
    found = read_as_of(text, year)
    if found is None and (m := _AS_OF_BRACKET.search(text)) is not None:
        found = read_as_of(m.group(), year)
    return found
