"""Lines that a wrap split, joined back: with a space, unless typography says none.

Neither a text export nor a PDF says whether a wrap fell between two words or inside
one; a space keeps both readable.  Some marks say it, whatever the layout engine:
nothing stands between an opening bracket and what it opens, between a word and the
closing bracket, comma or full stop after it, around a middle dot, a tilde or a hyphen
set inside a word ("환경·경제가 융합·" / "순환되는", "’21.3월~" / "12월", "70-" /
"80억씩", "(" / "민간위탁금 포함" / ")"), or between a figure and its unit ("35" /
"건의 회의": a unit stands with a particle or alone).

>>> join_wrapped(["서울혁신파크 운영 (", "민간위탁금 포함", ")"])
'서울혁신파크 운영 (민간위탁금 포함)'
>>> join_wrapped(["갈등유형·", "사례별 교육"])
'갈등유형·사례별 교육'
>>> join_wrapped(["최근 3년간 35", "건의 회의 중"])
'최근 3년간 35건의 회의 중'
>>> join_wrapped(["시도를 했는데, 7", "년차에 접어"]), join_wrapped(["’21. 2", "월~ 12월"])
('시도를 했는데, 7년차에 접어', '’21. 2월~ 12월')
>>> join_wrapped(["불시 조사 비율 3", "0%로 확대"])  # a figure broken before its unit
'불시 조사 비율 30%로 확대'
>>> join_wrapped(["대표과업3", "개방형 플랫폼"])  # a word ending in a digit, a word
'대표과업3 개방형 플랫폼'
>>> join_wrapped(["추진", "’25.上"])  # a year's apostrophe
'추진 ’25.上'
>>> join_wrapped(["연구용역", "’ 최종보고"])  # a quote that closes, as it stands
'연구용역’ 최종보고'
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import regex

from extract.normalize.vocab import (
    COUNT_UNITS,
    MIDDLE_DOTS,
    NUMERAL_UNITS,
    ORG_UNIT_WORDS,
    PERCENT_SIGNS,
    QUOTE_MARKS,
    TILDES,
    UNITS,
)

#: brackets that open: nothing stands between one and what follows it
OPENING = frozenset("(「『[〈《【｛{")
#: brackets and marks that close or end a clause: nothing stands between the word and one
CLOSING = frozenset(")」』]〉》】｝},.?!")
#: quote marks, which open or close as they stand (one glyph does both in reports, and
#: the same glyphs are a year's apostrophe: "’25.")
QUOTES = frozenset((*QUOTE_MARKS, "“", "”", '"'))
#: marks that join two words set tight ("융합·순환", "3월~12월")
JOINERS = frozenset(MIDDLE_DOTS + TILDES)
#: hyphens that join two words or figures set tight ("70-80억씩", "지자체-대학")
HYPHENS = frozenset("-‐‑")
#: particles that may follow a figure's unit ("35건의", "70-80억씩", "2차 개통"); any other
#: syllable after it makes it a word of its own ("대표과업3" / "개방형")
UNIT_TAILS: tuple[str, ...] = (
    "으로", "까지", "부터", "이상", "이하", "미만", "초과", "내외", "가량",
    "의", "씩", "은", "는", "이", "가", "을", "를", "에", "로", "과", "와", "도", "만", "당",
    "째", "간", "여", "중", "차",
)  # fmt: skip
#: words that start with a unit's syllable and a particle's but are words of their own
#: ("비전 2030" / "인간 중심", "’25. 3. 12" / "회의 개최"): no figure's unit
UNIT_LOOKALIKES = frozenset({
    "회의", "동의", "명의", "대여", "부여", "주도", "주로", "인가", "인간", "원가", "차도",
    "종이", "분만", "층간", "대가", "대중", "일가", "원만", "주간", "시기", "분은", "차가",
})  # fmt: skip
_UNIT_WORDS = sorted(
    {*COUNT_UNITS, *UNITS, *NUMERAL_UNITS, *PERCENT_SIGNS, "%p", "월", "여"},
    key=lambda w: (-len(w), w),
)
#: a figure standing alone at a line's end (not a word ending in a digit: "공공기관1"),
#: with one range mark at most (not a code: "1-3-2")
_FIGURE_END = regex.compile(r"(?:^|[\s(\[“”\"‘’'])\d[\d,.]*(?:[~\-]\d[\d,.]*)?$")
#: a figure that is no count of anything: a year ("비전 2030"), a date's day ("’25. 3. 12")
_NO_UNIT = regex.compile(r"(?:^|\D)(?:19|20)\d\d$|\d\.\s+\d{1,2}$|\d\.\d+\.\d{1,2}$")
#: a year and the figure after it: "’21. 2", "2021. 2" (a month, when 월 follows)
_YEAR_DOT = regex.compile(r"(?:[’‘']\d{2}|\d{4})\.\s*\d{1,2}$")
#: a line that starts letter-spaced ("평 생 교 육"): its first letter is no unit
_SPACED = regex.compile(r"^\S\s+\S(?:\s|$)")
#: a unit of the figure before it, alone or with a particle, at a line's start
_UNIT_START = regex.compile(
    "^(?:"
    + "|".join(map(regex.escape, _UNIT_WORDS))
    + ")(?:"
    + "|".join(UNIT_TAILS)
    + r"){0,2}(?![\p{L}\p{N}])"  # (two: "7" / "년차에")
)


#: words that never stand alone in the genre's spacing: a particle or an ending of the word
#: before ("지연으" / "로 금융비용", "강화" / "할 것", "편중" / "되지 않도록"); a line that
#: opens with one after a word's syllable was wrapped inside that word
WORD_TAILS: frozenset[str] = frozenset({
    "로", "으로", "을", "를", "은", "는", "이", "가", "에", "에서", "에게", "의", "와", "과",
    "만", "까지", "부터", "보다", "처럼", "할", "함", "하여", "하고", "하는", "하며", "하게",
    "된", "되는", "되어", "됨", "되고", "되지", "되며", "했다", "하였다", "시킬", "시켜", "지",
})  # fmt: skip
#: the last syllable of a word that ends in a particle or an ending already ("교육을" /
#: "할 수"): the word after it is one of its own
_WORD_ENDS = frozenset("을를은는이가에의로다및등")

#: the rest of a figure a wrap broke, closed by its bracket ("40" / "0)", "12" / ".5%)")
_FIGURE_CLOSES = regex.compile(r"^\d[\d,.]*%?[)）]")
#: a figure whose groups are whole, broken right after one's comma ("자부담 204," / "000천원)")
_GROUP_COMMA_END = regex.compile(r"(?:^|[^\d,.])\d{1,3}(?:,\d{3})*+,$")
#: ... where it closes a list of figures, each after a comma and a space ("1, 5, 9,"):
#: no figure torn, the list goes on
_LISTED = regex.compile(r"\d,[ ]++\d{1,3}(?:,\d{3})*+,$")
#: ... and the group that goes on after the wrap: a figure never opens with a zero ("000천원"),
#: and one that goes on into its unit set tight ("300천원") is the rest of that figure
_GROUP_GOES_ON = regex.compile(r"^(?:(?P<zero>0)\d{2}|\d{3})(?:,\d{3})*+(?![\d,.])")
#: the rest of a rate before its sign ("0%로"; not "2025년", "3팀(16명)": a figure of its own
#: after a page number or a count)
_FIGURE_GOES_ON = regex.compile(r"^\d[\d,.]*(?=%)")
#: the signs a figure opens with
SIGNS = "△▽"


def tight(before: str, after: str) -> bool:
    """Whether a wrap between ``before`` and ``after`` (both stripped, non-empty) fell
    inside a word, as the marks at the wrap say."""
    last, first = before[-1], after[0]
    inside = len(before) > 1 and not before[-2].isspace()
    if last in OPENING or (last in QUOTES and not inside):
        return True  # "(" / "민간위탁금", "과 ‘" / "생태문명"
    if first in CLOSING:
        return True
    if last in JOINERS and inside and (first.isalnum() or first in QUOTES):
        return True  # "보건·" / "복지", "’25.3.~" / "’25.12."
    if first in TILDES and last.isalnum() and len(after) > 1 and after[1].isalnum():
        return True  # "국지도 57호선 한솔" / "~누리 건설" (a dot there may be a bullet's)
    if first in QUOTES:
        # "연구용역" / "’ 최종" closes; "’ 24. 1." (letter-spaced) is a year's apostrophe
        rest = after[1:]
        return not rest or (rest[0].isspace() and not rest.lstrip()[:1].isdigit())
    if last.isdigit() and _unit_follows(before[-24:], after):
        return True  # "최근 3년간 35" / "건의 회의", "사전’ 2" / "차 개통"
    if (last.isdigit() and _FIGURE_CLOSES.match(after)) or (last in SIGNS and first.isdigit()):
        return True  # "이자지원 40" / "0)", "전년 대비 △" / "3.2%)": a figure broken
    if last == ",":
        return figure_torn(before, after)
    if last.isdigit() and (m := _FIGURE_GOES_ON.match(after)):
        return _unit_follows(before[-24:], after[m.end() :])  # "비율 3" / "0%로": a rate broken
    return last in HYPHENS and inside and before[-2].isalnum() and first.isalnum()


def figure_torn(before: str, after: str) -> bool:
    """Whether a wrap between ``before`` and ``after`` broke a figure right after one of
    its groups' commas ("자부담 204," / "000천원)"): the group after it opens with a zero, as
    no figure does, or runs into its unit ("300천원"); not a list of bare figures, "도비
    200," / "300)".

    >>> figure_torn("자부담 204,", "000천원)"), figure_torn("도비 200,", "300)")
    (True, False)
    >>> figure_torn("대상 : 1, 5, 9,", "120개소 점검"), figure_torn("총 1,500, 2,", "000천원")
    (False, True)
    """
    if not before.endswith(",") or not _GROUP_COMMA_END.search(before[-24:]):
        return False
    m = _GROUP_GOES_ON.match(after)
    if m is None or m["zero"] is not None:
        return m is not None  # ("000천원": the rest of a figure, whatever stands before)
    # (a list of figures, the last set apart after a comma and a space, "대상 : 1, 5, 9," /
    # "120개소": the list goes on, no figure torn)
    return not _LISTED.search(before[-24:]) and bool(_UNIT_START.match(after[m.end() :]))


def opens_with_tail(before: str, after: str) -> bool:
    """Whether ``after`` opens with a particle or an ending of the word ``before`` ends
    with ("인가 지연으" / "로 금융비용", "부채관리를 강화" / "할 것"): a wrap inside a word,
    where the engine breaks between any two syllables and draws no space to say so."""
    last = before[-1]
    return "가" <= last <= "힣" and last not in _WORD_ENDS and after.split()[0] in WORD_TAILS


def _unit_follows(before: str, after: str) -> bool:
    """Whether ``after`` starts with the unit of the figure ``before`` ends with."""
    if not _FIGURE_END.search(before) or not _UNIT_START.match(after):
        return False
    word = after.split(maxsplit=1)[0]
    if any(word.startswith(w) for w in UNIT_LOOKALIKES) or _SPACED.match(after):
        return False
    # (a date's figure takes 년, and 월 after a year: "’21. 2" / "월~")
    return not _NO_UNIT.search(before) or after.startswith("년") or (
        after.startswith("월") and bool(_YEAR_DOT.search(before))
    )


def join_wrapped(parts: Iterable[str], whole: Lexicon | None = None) -> str:
    """``parts`` (lines of one paragraph) joined: single spaces, none where :func:`tight`
    says the wrap fell inside a word, or where the words on both sides of it make one
    the document writes whole elsewhere (``whole``); the spaces inside each part
    collapsed.

    >>> lexicon = Lexicon(["장애인가족지원센터는 가족 지원", "(사)부산시각장애인복지연합회"])
    >>> join_wrapped(["장애인가족지원센", "터 운영"], lexicon)
    '장애인가족지원센터 운영'
    >>> join_wrapped(["다이룸자활센터", "관리·운영"], lexicon)
    '다이룸자활센터 관리·운영'
    """
    out = ""
    for part in parts:
        text = " ".join(part.split())
        if not text:
            continue
        if not out:
            out = text
            continue
        glued = tight(out, text) or (whole is not None and whole.spans(out, text))
        out = f"{out}{'' if glued else ' '}{text}"
    return out


#: a run of Hangul at a line's start (at its end: :func:`_hangul_end`, no regex search,
#: which would try every start of a long run)
_HANGUL_START = regex.compile(r"^\p{Hangul}++")
_HANGUL_RUN = regex.compile(r"\p{Hangul}{2,}+")
#: two letters set apart at a line's start or end: a letter-spaced word ("담 당 관"),
#: unless the second is a word of one letter ("터 및 운영")
_LETTERS_START = regex.compile(r"^\S\s++(?![및등외중내]\s)\S(?:\s|$)")
#: nouns of a letter that stand after an ending ("할 것", "할 수"): two letters set apart
#: that are no letter-spaced word ("의 료", "이 행 점 검")
_BOUND_NOUNS = frozenset("것수바데때")
_LETTERS_END = regex.compile(r"(?:^|\s)\S\s++\S$")
#: the particles a word the document writes may end with, longest first
_PARTICLES: tuple[str, ...] = ("으로", "에서", "에게", "를", "을", "는", "은", "이", "가", "의",
                               "에", "와", "과", "도", "로")  # fmt: skip
#: the endings glued after a word's particles (`에서는`, `와의`, `으로서`, `까지도`)
_ENDINGS: tuple[str, ...] = (
    "으로서", "으로써", "까지", "부터", "처럼", "보다", "마다", "로서", "로써", "서", "만", "들",
)  # fmt: skip


def _without_particles(rest: str) -> str:
    """``rest`` with the particles and endings at its end taken off, one after another
    (`에서는` -> ``""``; `회를` -> `회`)."""
    ends = sorted({*_PARTICLES, *_ENDINGS}, key=len, reverse=True)
    while rest:
        cut = next((e for e in ends if rest.endswith(e)), None)
        if cut is None:
            break
        rest = rest[: -len(cut)]
    return rest


_APART = regex.compile(r"(?<!\p{Hangul})(?P<a>\p{Hangul}++)\s++(?P<b>\p{Hangul}++)")


class Lexicon:
    """The Hangul words a document writes, to tell a wrap inside a word from one between
    two: a narrow cell wraps "장애인가족지원센" / "터 운영", and a PDF (Hancom's) draws
    no space either way, but the report writes "장애인가족지원센터" whole elsewhere.  A
    wrap is inside a word where the runs of Hangul on both sides of it, put together,
    start a word of the document (a particle may follow: "지원센터는"), and the document
    never sets the two apart."""

    def __init__(self, texts: Iterable[str], tails: bool = False) -> None:
        #: a line that opens with a word's particle or ending was wrapped inside the word
        #: (:func:`opens_with_tail`): a PDF's cell, never a text export's line
        self.tails = tails
        words: set[str] = set()
        #: run of Hangul -> the runs the document sets after it, a space between
        self._apart: dict[str, set[str]] = {}
        for t in texts:
            words.update(m[0] for m in _HANGUL_RUN.finditer(t))
            for m in _APART.finditer(t, overlapped=True):
                # (and without its particle: "전문가 토론회를" sets 전문가 and 토론회 apart)
                b = m["b"]
                bare = next((b[: -len(p)] for p in _PARTICLES if b.endswith(p)), b)
                self._apart.setdefault(m["a"], set()).update({b, bare} if len(bare) > 1 else {b})
        self._words = sorted(words)

    def starts_a_word(self, run: str) -> bool:
        i = bisect.bisect_left(self._words, run)
        return i < len(self._words) and self._words[i].startswith(run)

    def only_in_unit_names(self, run: str) -> bool:
        """Whether every word that starts with ``run`` is it and a unit's word after it
        ("일자리정책연구팀": a phrase glued to a unit's word, which the text may set apart,
        "일자리 정책연구")."""
        i = bisect.bisect_left(self._words, run)
        found = False
        while i < len(self._words) and self._words[i].startswith(run):
            if self._words[i][len(run) :] not in ORG_UNIT_WORDS:
                return False
            found, i = True, i + 1
        return found

    def spans(self, before: str, after: str) -> bool:
        """Whether a wrap between ``before`` and ``after`` fell inside a word the
        document writes whole (not beside a letter-spaced word: "공공기관" / "담 당 관")."""
        if (
            self.tails
            and len(after) > 1  # (a letter alone on its line: a column letter-spaced)
            and not (_LETTERS_START.match(after) and after.split()[1][0] not in _BOUND_NOUNS)
            and not _LETTERS_END.search(before)
            and opens_with_tail(before, after)
        ):
            return True
        if _LETTERS_START.match(after) or _LETTERS_END.search(before):
            return False
        head, tail = _hangul_end(before), _HANGUL_START.match(after)
        if not head or tail is None:
            return False
        if tail[0] in self._apart.get(head, ()):
            return False  # (a report that writes "전문가 토론회를" and "전문가토론회" says neither)
        if min(len(head), len(tail[0])) > 1 and self.only_in_unit_names(head + tail[0]):
            return False  # (two words on either side, glued only in a unit's name)
        if tail.end() < len(after.rstrip()) and self._has(head) and self._has(tail[0]):
            # (two words the document writes alone, the second ending on its line: a word
            # of both only where the document writes one, alone, before its particles or
            # before another word glued to it; not only before a one-letter suffix, "주민"
            # / "설명 강화" of "주민설명회")
            return self.written(head + tail[0])
        return self.starts_a_word(head + tail[0])

    def _has(self, run: str) -> bool:
        """Whether the document writes ``run`` as a word of its own."""
        i = bisect.bisect_left(self._words, run)
        return i < len(self._words) and self._words[i] == run

    def written(self, run: str) -> bool:
        """Whether the document writes ``run`` as a word, or glued to its particles
        (`청년창업지원센터에서는`, `…와의`) or to a word of two letters or more."""
        i = bisect.bisect_left(self._words, run)
        while i < len(self._words) and self._words[i].startswith(run):
            rest = _without_particles(self._words[i][len(run) :])
            if not rest or len(rest) >= 2:
                return True
            i += 1
        return False



def _hangul_end(text: str) -> str:
    """The run of Hangul syllables ``text`` ends with ("" if none)."""
    i = len(text)
    while i > 0 and "가" <= text[i - 1] <= "힣":
        i -= 1
    return text[i:]
