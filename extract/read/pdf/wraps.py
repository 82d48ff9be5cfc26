"""Where a cell's line was wrapped inside a word: a PDF draws its cells' lines as the
engine broke them, and says whether a break fell between two words only by the space it
draws there (:data:`~extract.read.pdf.base.WRAP_SPACE_PRODUCERS`), by the room the line
left, and by the marks at the break.  :func:`broken_wraps` tells, for each two lines of
a cell, whether the first was broken inside a word, so that the reader joins them.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from extract.read.pdf.base import HANGUL, SPACE_EM, BBox, TextLine, WrapSpace

#: marks a line may end in where it wraps inside a word ("실태조사," / "교육용역준공",
#: "2020.10." / "현재"), and marks the next may start with ("현행" / "(사업별")
_BROKEN_END = frozenset(",.·~-")
_BROKEN_START = frozenset("(「『[<")
#: marks of what follows them ("△운영에 실익이 없어서"): a line never ends in one of its
#: own, so one that does, with no space drawn after it, was wrapped inside a word
_PREFIX_MARKS = frozenset("△▲▴")
#: particles (조사) that follow a word without a space: a line that opens with one alone
#: after a closing bracket goes on the word ("…(종이가 없는 사무실)" / "를 위해 …")
#: (not 이, 도, 만, 가, 과, 의, 은, 나: words of their own too, "이 중", "만 65세")
PARTICLES = frozenset({
    "을", "를", "는", "에", "으로", "에서", "에게", "까지", "부터", "보다", "처럼", "에는",
    "으로서",
})  # fmt: skip
_CLOSING = frozenset(")]」』>")
#: closing quotes, and what follows one without a space: the particles and the quoting
#: endings ("…공간이었다”라고", "…못한다”는", "‘공유서울’의"); a line never opens with one
_CLOSING_QUOTES = frozenset("”’")
QUOTE_PARTICLES = PARTICLES | frozenset({
    "의", "은", "이", "가", "과", "와", "도", "로", "라고", "이라고", "라는", "이라는", "란",
})  # fmt: skip
#: a syllable's width, at least, in its line's heights (a line's mean glyph counts spaces)
SYLLABLE = 0.85
#: a cell's padding is at most this many times the height of its lines
CELL_PADDING = 0.6


#: a line whose gaps to its cell's two sides differ by no more than this (pt) is centred
CENTRED = 1.0


def side_gap(line: TextLine, box: BBox) -> float | None:
    """How near a side of its cell a written line stands; None for a blank or centred one."""
    left, right = line.x0 - box[0], box[2] - line.x1
    if not line.text.strip() or abs(left - right) <= CENTRED:
        return None
    return min(left, right)


def broken_wraps(
    lines: Sequence[TextLine], box: BBox, wraps: WrapSpace = "every", padding: float = 0.0
) -> list[bool]:
    """For each two lines of a cell in a row, whether the first was wrapped inside a word:
    it ends in no drawn space where the engine would have drawn one (``wraps``:
    :data:`~extract.read.pdf.base.WRAP_SPACE_PRODUCERS`), and not even the next line's
    first character (after a mark: its first word) would have fitted after it
    ("기부및사회협력" / "활성화").

    "every": the engine breaks between two letters only inside a word too long for its
    line, so the line is one word, or ends where a mark allows a break inside a bracket
    ("내역(2018~2020.10." / "현재)").  "fitting": the engine breaks between any two
    syllables and draws the space of a wrap between words where it fits, so a line set
    left with room for a space at its end and none drawn was wrapped inside a word
    ("위해서는 2" / "5개").  ``padding``: the least any line of the cell's table stands in
    from a side of its cell."""
    if len(lines) < 2:
        return []
    # the width its lines may take: the cell less its padding on both sides (the widest
    # line's gap to the cell's left side, at most CELL_PADDING of a line's height or the
    # table's padding: lines set centred stand further in), set left or centred
    height = min(ln.bottom - ln.top for ln in lines)
    most = max(CELL_PADDING * height, padding)
    margin = min(max(min(ln.x0 - box[0] for ln in lines), 0.0), most)
    room = box[2] - box[0] - 2 * margin
    out = []
    for i, (a, b) in enumerate(itertools.pairwise(lines)):
        # what would have had to fit: after a letter the next line's first character (a
        # word broken anywhere), after a mark its first word (a break the mark allows)
        glyph = (b.x1 - b.x0) / max(len(b.text), 1)
        at_mark = a.text[-1] in _BROKEN_END or b.text[0] in _BROKEN_START
        marks = (a.text[-1].isalnum() or a.text[-1] in _BROKEN_END) and (
            b.text[0].isalnum() or b.text[0] in _BROKEN_START
        )
        if a.text[-1] in _BROKEN_START and not a.trail:
            out.append(True)  # (an opening bracket holds what follows: "운영 (" / "민간…")
            continue
        first = b.text.split()[0]
        quoted = a.text[-1] in _CLOSING_QUOTES and first in QUOTE_PARTICLES
        if (
            ((a.text[-1] in _CLOSING and first in PARTICLES) or quoted)
            and not a.trail
            and (a.x1 - a.x0) + max(glyph, SYLLABLE * (b.bottom - b.top)) * len(first)
            > room + 0.5
        ):
            out.append(True)  # (a particle never opens a line of its own; the line was full)
            continue
        if wraps == "every" and a.text[-1] in _PREFIX_MARKS and b.text[0].isalnum():
            out.append(not a.trail)  # (the engine draws a space at a wrap between words)
            continue
        if wraps == "every" and "가" <= a.text[-1] <= "힣" and b.text[0] in _BROKEN_START:
            last = i == len(lines) - 2
            out.append(not a.trail and _wrapped_before_bracket(a, b, glyph, room, last))
            continue
        left_set = a.x0 - box[0] <= margin + 0.5
        if wraps == "fitting" and left_set:  # (the room at the end of a line set left)
            end = box[2] - margin - a.x1
            space = SPACE_EM * (a.bottom - a.top)
            if a.text[-1] in _PREFIX_MARKS and b.text[0].isalnum() and end >= space:
                out.append(not a.trail)  # (a space would have been drawn where it fits)
                continue
            broken = space <= end < glyph - 0.5
        else:  # (the room the line left, whether set left or centred)
            if HANGUL.match(b.text):  # (a syllable is as wide as its line is high; the
                glyph = max(glyph, b.bottom - b.top)  # mean counts the narrower spaces)
            need = glyph if a.text[-1].isalnum() else glyph * len(b.text.split()[0])
            # Writer leaves the space of a wrap off a centred line and breaks between any
            # two syllables: a full line of one word was most likely broken inside it (a
            # break falls at a word's end about once in its length), not after a comma
            broken = (
                (len(a.text.split()) == 1 or (at_mark and _closes_bracket(a.text, b.text)))
                # (a unit's name over another's, each one a line: "노인일자리팀" / "노인시설팀"
                # in a narrow column of an org chart, no word broken)
                and not _names_apart(a.text, b.text)
                and (wraps != "fitting" or a.text[-1].isalnum())
                # (two figures, but a year cut by the wrap: "2024.~20" / "27.")
                and (
                    not (a.text[-1].isdigit() and b.text[0].isdigit())
                    or _cut_year(a.text, b.text)
                )
                and (a.x1 - a.x0) + need > room + 0.5
            )
        out.append(not a.trail and marks and broken)
    return out


def _wrapped_before_bracket(
    a: TextLine, b: TextLine, glyph: float, room: float, last: bool = False
) -> bool:
    """Whether an engine that draws a space at every wrap between words broke the line
    before a bracket set tight after a word ("… 집행 현행" / "(사업별 집행률)"; Unicode's
    line breaking allows it after Hangul): the bracket's word would not have fitted on
    the line, and the next line goes on at the line's left.  A paragraph of the text's
    own may start further left ("◦ … ’21년 하반기" / "(지정 이후)"), or where there
    was room; and a bracket alone on the cell's last line is what the genre sets under
    a cell's text (a finding's division in its bracket, a note)."""
    word = b.text.split()[0]
    alone = last and b.text.startswith("(") and b.text.endswith(")") and b.text.count("(") == 1
    return (
        not alone
        and b.x0 >= a.x0 - CENTRED
        and (a.x1 - a.x0) + glyph * len(word) > room + 0.5
    )


#: the endings of a unit's name, one a line in a chart's narrow column
NAME_ENDINGS: tuple[str, ...] = ("팀", "과", "센터", "담당관", "사업소", "연구소", "관리소")

def _names_apart(a: str, b: str) -> bool:
    return a.endswith(NAME_ENDINGS) and b.split()[-1].endswith(NAME_ENDINGS)


_YEAR_HEAD = regex.compile(r"[~.]\s*(\d{1,3})$")
_YEAR_TAIL = regex.compile(r"^(\d{1,3})[.년]")


def _cut_year(a: str, b: str) -> bool:
    """Whether a line ends, after a date's mark, in the first figures of a year the next
    line ends ("2024.~20" / "27.").

    >>> _cut_year("2024.~20", "27."), _cut_year("1,200", "3,400")
    (True, False)
    """
    head, tail = _YEAR_HEAD.search(a), _YEAR_TAIL.match(b)
    return head is not None and tail is not None and len(head[1] + tail[1]) == 4


def _closes_bracket(a: str, b: str) -> bool:
    """Whether ``b`` closes a bracket left open in ``a`` ("내역(2018~2020.10." / "현재)"):
    a line the text broke itself seldom ends inside a bracket (one before a bracket, "…
    하반기" / "(지정 이후)", is as often the text's own as a wrap)."""
    return a.count("(") > a.count(")") and ")" in b.split()[0]
