"""A card's labelled blocks: the label lines ("• 추진방향", "• 예산 집행계획 (단위: 천원)")
that split a card's body into its summary and its blocks, the facts set as labels of their
own, and the nested bullets of a block (:mod:`extract.parse.projects` reads the cards)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

import regex

from extract.document import Line
from extract.layout.markers import read_marker
from extract.layout.marking import in_note_box
from extract.normalize.vocab import AS_OF_LEADS
from extract.normalize.wraps import join_wrapped
from extract.parse.costs import MONEY
from extract.parse.project_facts import INVESTMENT_PLAN_LABELS, labelled
from extract.parse.project_facts import label_kind as fact_kind
from extract.parse.text import collapse, split_marker, squash
from extract.parse.vocab import (
    BLOCK_LABELS,
    BUDGET_BLOCK,
    BULLETS,
    LABEL_MARKERS,
    RESULT_LABELS,
    SCHEDULE_BLOCK,
)
from schemas import Bullet

_UNIT_PART = regex.compile(r"\(\s*단\s*위[^()]*\)")
#: the year a label's block is of, in a bracket closing it ("추진일정 (2026년)", "추진실적
#: (’25년)"), or the day of that year it stands at ("추진실적(’16. 12월말 기준)"): no part
#: of the label; or the years it spans ("추진실적(’15~’16)", "(2015~2016년)": the last's)
LABEL_YEAR = regex.compile(
    r"[(（]\s*+(?:[’‘']?\d{2,4}\s*+(?:년도?)?\s*+[~∼～\-–]\s*+)?"
    r"[’‘']?\d{2,4}\s*+(?:년도?)?\s*+"
    r"(?:[.\s][^()（）]{0,16}?(?:" + "|".join(AS_OF_LEADS) + r")\s*+)?[)）]\s*+$"
)
#: ... or the year that opens it ("2025 추진실적", "’25년 추진실적")
_LEADING_YEAR = regex.compile(
    r"^\s*+[’‘']?+((?:19|20)\d{2}|\d{2}(?=\s*+년))\s*+(?:년도?)?+\s*+(?=\p{Hangul})"
)


def label_year(label: str) -> int | None:
    """The year a block's label says its lines are of ("□ 2025 추진실적" over "○ 2월 : …":
    2025's), opening it or in the bracket closing it; None for a label of no year."""
    m = _LEADING_YEAR.match(label) or LABEL_YEAR.search(label)
    if m is None:
        return None
    # (of a span of years, its last: the months of no year under "추진실적(’15~’16)" are
    # the latest year's, the one nearest the plan)
    digits = regex.findall(r"\d{2,4}", m[0].split(".")[0])
    assert digits
    y = int(digits[-1])
    return y + 2000 if y < 100 else y


#: a line of a label, then a colon and what follows it ("’16년 실적 : …", "추진실적(’16년) : …")
_LINE_LABEL = regex.compile(r"^\s*+(?P<label>[^:：]{2,24}?)\s*+[:：]\s*+(?P<value>\S.*+)$")


def results_label(line: str) -> tuple[int, str] | None:
    """(year, what follows) of a line whose label is a year and a word of results alone
    ("’16년 실적 : 350대 보급 (3월 ~ 11월)", "추진실적(’16년) : …", "’24년 성과 : …"): its
    months are of that year, done; not a label that says more ("’24년 실적 평가 : …",
    "2024년 실적 대비 : …", "’24년 실적 및 ’25년 계획 : …")."""
    m = _LINE_LABEL.match(collapse(line))
    if m is None:
        return None
    label = m["label"]
    year = label_year(label)
    rest = squash(LABEL_YEAR.sub("", _LEADING_YEAR.sub("", label)))
    if year is None or rest not in RESULT_LABELS:
        return None
    return year, m["value"]


#: characters a label text may start with that are not a bullet
_OPENERS = frozenset("(「『<【[\"'‘’“")
#: longest text of a block label line (after the marker, without the unit)
MAX_LABEL_CHARS = 30


def label_of(text: str) -> str | None:
    """The block label of a line such as "• 예산 집행계획 (단위: 천원)", else None.

    The label's bullet is usually a private-use glyph, which an export may
    turn into □, ?, or drop: a known label word after any non-letter mark,
    or alone on its line, is a label too.
    """
    s = text.strip()
    if not s or len(s) > MAX_LABEL_CHARS + 20:  # cheap test first: this runs on every line
        return None
    marker, rest = split_marker(s)
    bare = False
    if marker is None:
        if s[0] in LABEL_MARKERS or not (s[0].isalnum() or s[0] in _OPENERS):
            rest = s[1:].strip()
        else:
            rest, bare = s, True
    elif marker not in LABEL_MARKERS:
        return None
    rest = LABEL_YEAR.sub("", _UNIT_PART.sub("", rest)).strip()
    # (an investment plan's label names the work its table is of after a colon: "□ 중기
    # 투자계획 : 동부순환도로 민자도로 건설")
    head, colon, value = rest.partition(":")
    if colon and not bare and squash(head).endswith(INVESTMENT_PLAN_LABELS) and not MONEY.search(
        value
    ):  # (not "□ 투자계획 : 총 4,200억원 (국비 1,500, …)", the card's cost)
        rest = head.strip()
    if not rest or len(rest) > MAX_LABEL_CHARS:
        return None
    key = squash(rest)
    if bare:  # no mark at all: only a line that is exactly a label word
        return collapse(rest) if key in BLOCK_LABELS else None
    return collapse(rest) if key.endswith(BLOCK_LABELS) else None


def label_kind(label: str) -> str:
    key = squash(label)
    if key.endswith(BUDGET_BLOCK):
        return "budget"
    if key.endswith(SCHEDULE_BLOCK):
        return "schedule"
    return "bullets"


def split_blocks(body: Sequence[Line]) -> tuple[list[Line], list[tuple[str, Line, list[Line]]]]:
    """Lines before the first label (summary), and ``(label, label line, lines)`` blocks."""
    summary: list[Line] = []
    blocks: list[tuple[str, Line, list[Line]]] = []
    for ln in body:
        label = label_of(ln.text) if ln.is_content else None
        if label:
            blocks.append((label, ln, []))
        elif blocks:
            blocks[-1][2].append(ln)
        else:
            summary.append(ln)
    return summary, blocks


#: what a block label line's fact may state: "◇ 소요예산 : 12.5억원" set as the card's labels
_HEAD_FACTS = frozenset({"cost", "period", "division"})


def fact_heads(body: Sequence[Line], blocks: Sequence[tuple[str, Line, list[Line]]]) -> list[Line]:
    """The facts set as block labels of their own, with the labels' mark ("◇ 추진배경" …
    "◇ 소요예산 : 12.5억원"): a label with its value on its line, no block (nor a line of
    the block before it: `□ 소요예산 : …` after the last dated `- …` line of `□ 세부추진계획`
    is no bullet under that line). Their facts: :func:`head_fact`."""
    marks = {c for _, ln, _ in blocks if (c := ln.text.strip()[:1]) and not c.isalnum()}
    out: list[Line] = []
    for ln in body:
        s = ln.text.strip()
        if not ln.is_content or s[:1] not in marks or (s[1:2].isalnum() and s[:1].isalnum()):
            continue
        if label_of(s) is None and _states_fact(head_fact(ln)):
            out.append(ln)
    return out


def head_fact(ln: Line) -> str:
    """A fact head's text, its label's mark off ("소요예산 : 12.5억원")."""
    return ln.text.strip()[1:].strip()


def _states_fact(text: str) -> bool:
    """Whether a line states the work's period, cost or division after its label."""
    return any(fact_kind(it.label, it.value) in _HEAD_FACTS for it in labelled(text))


#: longest label of a part of a block, one level down ("○ 추진일정", "○ 세부 추진일정")
MAX_PART_LABEL_CHARS = 10


def _part_label(text: str) -> str | None:
    """The label a bullet's text is, alone on its line ("추진일정", "추진일정 :"), else None."""
    rest = LABEL_YEAR.sub("", _UNIT_PART.sub("", text)).strip().rstrip(":：").strip()
    key = squash(rest)
    if key in BLOCK_LABELS or (len(key) <= MAX_PART_LABEL_CHARS and key.endswith(BLOCK_LABELS)):
        return collapse(rest)
    return None


def inner_parts(
    lines: Sequence[Line], mark: str | None = None
) -> tuple[list[list[Line]], list[tuple[str, Line, list[Line]]]]:
    """What a block states one level down, as a card does at its top (the 2010s card:
    `□ 세부추진계획` over `○ 사업기간 : ’15.3.~’15.12.`, `○ 사업내용`, `○ 추진일정` over its
    dated `- …` lines, `○ 소요예산 : …`): its top bullets that state a fact (each with its
    wrapped lines), and its top bullets that are a label alone (``(label, label line,
    the lines under it)``). ``mark``: the mark of the block's label."""
    content = [ln for ln in lines if ln.is_content and _note_box(ln) is None]
    if mark and content and content[0].text.strip()[:1] != mark:
        # (a line marked as the block's label is, a label of no word known, `□ 2027년 계획`
        # in `□ 2026년 추진계획`, heads the lines under it: none of this block's parts)
        content = list(takewhile(lambda ln: ln.text.strip()[:1] != mark, content))
    marks = [m for ln in content if (m := split_marker(ln.text)[0]) and _level(m)]
    if not marks:
        return [], []
    top = marks[0]

    def at_top(marker: str) -> bool:
        # (a ring bullet however drawn, ○ ㅇ ◦, is one level)
        return marker == top or _level(marker) == _level(top) == 1

    facts: list[list[Line]] = []
    parts: list[tuple[str, Line, list[Line]]] = []
    fact: list[Line] | None = None
    part: list[Line] | None = None
    for ln in content:
        marker, text = split_marker(ln.text)
        if marker is not None and at_top(marker):
            fact = part = None
            if (label := _part_label(text)) is not None:
                parts.append((label, ln, []))
                part = parts[-1][2]
            elif _states_fact(text):
                fact = [ln]
                facts.append(fact)
            continue
        if fact is not None and marker is None:
            fact.append(ln)  # (its value wrapped onto the next line)
            continue
        fact = None
        if part is not None:
            part.append(ln)
    return facts, parts


def _level(marker: str | None) -> int | None:
    return None if marker is None else BULLETS.get(marker)


def _note_box(ln: Line) -> str | None:
    """The footnote or endnote a Hangul file's line stands in (``s0/p67/n0``), else None."""
    return (ln.where or "").rsplit("/p", 1)[0] if in_note_box(ln) else None


def read_bullets(lines: Sequence[Line]) -> list[Bullet]:
    """Nested bullets: ○ > - > ·; an unmarked line continues the bullet above it.

    A note (※, *, 주)) hangs under the bullet before it, and so does a Hangul file's
    footnote (its mark not written), its paragraphs one note.
    """
    roots: list[Bullet] = []
    stack: list[Bullet] = []
    last: Bullet | None = None
    box: str | None = None  # (the footnote the last note stands in)
    for ln in lines:
        if not ln.is_content:
            continue
        in_box = _note_box(ln)
        if in_box is not None:
            if in_box == box and last is not None:
                last.text = collapse(f"{last.text} {ln.text.strip()}")
                last.line_end = ln.no
                continue
            note = Bullet(text=ln.text.strip(), level=0, line_start=ln.no, line_end=ln.no)
            (stack[-1].children if stack else roots).append(note)
            # (the footnote's text is whole: a line after it goes on the bullet it notes)
            last, box = note, in_box
            continue
        if box is not None:
            last, box = (stack[-1] if stack else None), None
        marker, text = split_marker(ln.text)
        if marker is None and (read := read_marker(ln.text)) is not None and read[0].is_note:
            marker = "※"  # ("주) …", "주1) …": a note as a ※ one, as printed)
        level = _level(marker)
        if level is None and last is not None:
            last.text = collapse(f"{last.text} {text}")
            last.line_end = ln.no
            continue
        if level == 0:
            # a note hangs under the bullet above it, beside the notes before it:
            # it is not pushed, so notes never nest
            note = Bullet(text=ln.text.strip(), level=0, line_start=ln.no, line_end=ln.no)
            (stack[-1].children if stack else roots).append(note)
            last = note
            continue
        if level is None:
            level = (stack[-1].level + 1) if stack else 1
        node = Bullet(text=text, level=level, line_start=ln.no, line_end=ln.no)
        while stack and stack[-1].level >= level:
            stack.pop()
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
        last = node
    return roots


def summary_text(lines: Sequence[Line]) -> tuple[str, list[Line]]:
    """The card's summary bullets, one per output line; unmarked lines continue."""
    items: list[str] = []
    used: list[Line] = []
    for ln in lines:
        if not ln.is_content:
            continue
        marker, text = split_marker(ln.text)
        s = ln.text.strip()
        if marker is None and s[:1] in LABEL_MARKERS:
            marker, text = s[0], s[1:].strip()
        if marker is None and items:
            items[-1] = join_wrapped([items[-1], text])
        else:
            items.append(collapse(text))
        used.append(ln)
    return "\n".join(items), used


def top_facts(summary: Sequence[Line]) -> list[Line]:
    """The lines before a card's first block that state its period, cost or division after
    their label, each with the lines wrapped after it ("ㅇ 사업기간 : ’14. 3월 ~ ’18. 12월" /
    "ㅇ 사 업 비 : 18,600백만원(국 5,580, 시 13,020)" over "□ 추진실적(’16)"): the card's
    facts, no summary of it."""
    out: list[Line] = []
    fact: list[Line] = []
    for ln in summary:
        if not ln.is_content:
            continue
        marker, text = split_marker(ln.text)
        if marker is not None:
            fact = [ln] if _states_fact(text) else []
        elif fact and not _wraps(fact, ln):
            fact = []  # (a paragraph after it at its margin, "도심 교통약자의 …": the summary)
        if fact:
            out.append(ln)
    return out


def _wraps(fact: Sequence[Line], ln: Line) -> bool:
    """Whether a line with no mark after a fact's continues it: its bracket is still open
    ("사 업 비 : 3,600백만원(국 1,800," / "시 1,800)"), or it is set in past the fact's mark
    in a text that indents its lines (one that does not, a page's, is read as before)."""
    said = " ".join(x.text for x in fact)
    if said.count("(") + said.count("（") > said.count(")") + said.count("）"):
        return True
    mark = _indent(fact[0].text)
    return not mark or _indent(ln.text) > mark


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())
