"""What a line starts with: a heading numeral, a numbered item's number, a bullet.

:func:`read_marker` splits a line into its :class:`Marker` and the text after
it.  The marker's ``kind`` names its form ("roman", "num.dot" for "1.",
"hangul.paren" for "가)", "bullet:□", ...): the outline learns from the
document which kind nests under which, so two reports that use the same
glyphs in another order both read right.

>>> read_marker("Ⅱ. 정책목표")
(Marker(kind='roman', text='Ⅱ.', number='2', ordinal=2), '정책목표')
>>> read_marker("제2장 주요업무 추진계획")
(Marker(kind='roman', text='제2장', number='2', ordinal=2), '주요업무 추진계획')
>>> read_marker("제1절  조직 및 인력")
(Marker(kind='section', text='제1절', number='1', ordinal=1), '조직 및 인력')
>>> read_marker("PART Ⅲ. 2025년 주요업무계획")[0]
Marker(kind='roman', text='PART Ⅲ.', number='3', ordinal=3)
>>> read_marker("1-2   차별화된 관광 콘텐츠")
(Marker(kind='num.dash', text='1-2', number='1-2', ordinal=2), '차별화된 관광 콘텐츠')
>>> read_marker("Ⅱ-1. 대중교통 중심 교통체계 구축")
(Marker(kind='roman.dash', text='Ⅱ-1.', number='1', ordinal=1), '대중교통 중심 교통체계 구축')
>>> read_marker("ㅇ 일반회계 : 세입 161억원")
(Marker(kind='bullet:ㅇ', text='ㅇ', number=None, ordinal=None), '일반회계 : 세입 161억원')
>>> read_marker("2024.11. 2,696,477") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from extract.layout.vocab import (
    APPENDIX_WORDS,
    BULLETS,
    CIRCLED,
    HANGUL_ORDINALS,
    ITEM_WORDS,
    JAMO_ORDINALS,
    LABEL_NOTES,
    LATIN_BULLETS,
    NOTES,
    ROMAN,
    SECTION_WORDS,
    SPACED_BULLETS,
)
from extract.normalize.vocab import COUNT_UNITS, NUMBERED_NOTE_MARKS, RAISED_DIGITS

#: the marker kinds that open a top-level section
TOP_KINDS = frozenset({"roman", "appendix"})
#: the kind of an item a word numbers ("현안 1", "정책방향 2"): ``word:`` and the word
WORD_KIND = "word:"


class Marker(NamedTuple):
    """A line's leading mark: its kind, as printed, its number (if numbered)."""

    kind: str
    text: str
    number: str | None = None
    #: the position the number gives (1 for "1.", "가.", "①", "Ⅰ"; the last part of "1-2")
    ordinal: int | None = None

    @property
    def is_top(self) -> bool:
        return self.kind in TOP_KINDS

    @property
    def is_note(self) -> bool:
        return self.kind.startswith("note:")

    @property
    def is_numbered(self) -> bool:
        return self.number is not None and not self.is_top


_UNICODE_ROMAN = "".join(k for k in ROMAN if not k.isascii())
#: a chapter's part numbered with its chapter's numeral, "Ⅱ-1." / "Ⅱ-1" / "II-3.": an item
#: numbered by its last part, under its chapter as "1." is
_ROMAN_DASH = re.compile(
    rf"^(?:[{_UNICODE_ROMAN}]|VIII|VII|VI|IV|IX|III|II|I|V|X)\s*[-－]\s*(?P<num>\d{{1,2}})"
    r"(?:[.．)](?=\s|$))?(?![\d.~])(?:\s+|$)"
)
_ROMAN = re.compile(
    rf"^(?P<num>[{_UNICODE_ROMAN}])(?:\s*[.．](?=(?:19|20)\d\d)|\s*[.．]?(?:\s+|(?=[^\s\d-])|$))"
    r"|^(?P<latin>VIII|VII|VI|IV|IX|III|II|I|V|X)\s*[.．](?:\s+|$)"
)
#: a chapter numbered in words, "제1장" / "제 2 장" / "PART 3" / "PART Ⅱ": a chapter
#: numeral as Ⅰ and Ⅱ are
_CHAPTER = re.compile(
    rf"^(?:제\s*(?P<num>\d{{1,2}})\s*장|(?:PART|Part)\s*(?P<part>\d{{1,2}}|[{_UNICODE_ROMAN}]))"
    r"\s*[.:：]?(?:\s+|$)"
)
#: the kind of a chapter's part numbered in words, "제1절" (:data:`SECTION_WORDS`): the
#: level under its chapter, over its items ("1.", "가.")
SECTION_KIND = "section"
_SECTION = re.compile(
    r"^제\s*(?P<num>\d{1,2})\s*(?:" + "|".join(SECTION_WORDS) + r")\s*[.:：]?(?:\s+|$)"
)
#: what a chapter's title never holds: a bracket (a date, an aside) or an article of law
_NOT_A_CHAPTER = re.compile(r"[(（\[]|제\s*\d+\s*[조항호]")
#: longest title of a chapter numbered in words
MAX_CHAPTER_TITLE = 40
#: what a contents entry sets between its title and its page number
_LEADERS = " \t·.…‥"
#: most digits of a contents entry's page number
_PAGE_DIGITS = 3


def _without_page(rest: str) -> str:
    """The title of a contents entry without its leader dots and page number ("일 반 현 황
    ·········· 1"); other text as it is."""
    bare = rest.rstrip()
    stem = bare.rstrip("0123456789")
    if 0 < len(bare) - len(stem) <= _PAGE_DIGITS and stem and stem[-1] in _LEADERS:
        return stem.rstrip(_LEADERS)
    return rest


def _is_chapter_title(rest: str) -> bool:
    """Whether the words after "제3장" or "PART 1" title a chapter, not a line of text
    that starts so ("제3장 주민참여 조항 신설(’25. 3월)", "PART 1 기후위기(4월~6월)").
    A contents entry's leader dots and page number are no part of its title (a long
    run of dots is no long title)."""
    return len(_without_page(rest)) <= MAX_CHAPTER_TITLE and not _NOT_A_CHAPTER.search(rest)


_APPENDIX = re.compile(
    r"^[<\[【〔(]?\s*(?P<word>"
    + "|".join(r"\s*".join(w) for w in APPENDIX_WORDS)
    + r")\s*(?P<num>\d{1,2})?\s*[>\]】〕)]?\s*[.:：)]?(?:\s+|$)"
)
#: what a title opens with after an item's bare number: a letter, an opening quote or
#: bracket, a year before a word ("6 2050 탄소중립 …"), a figure with its word before a word
#: ("3  120다산콜 상담 …", "2 3대 정책 …"; not "3 12명 5명", a row of figures).  The card
#: reader of extract.parse.projects opens its cards' titles so too.
_OPENS = r"(?:[^\W\d_]|[「『\"'‘“(\[【〈《<])"
TITLE_START = (
    rf"(?:{_OPENS}|(?:19|20)\d{{2}}(?:년도?)?\s+{_OPENS}|\d[\d,]*[^\W\d_]\S*\s+{_OPENS})"
)

_NUMBERED: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 1-1, 1-1-2, 1-1., and 1-①, 1-➊ (a circled last part, as some education offices number)
    (
        "num.dash",
        re.compile(
            r"^(?P<num>\d{1,2}(?:-(?:\d{1,2}|[" + "".join(CIRCLED) + r"])){1,2})"
            # (its dot, where it has one, before a space: "1-1. 시민참여예산 …")
            r"(?:\.(?=\s))?(?![\d.~])(?:\s+|$)"
        ),
    ),
    # 1.1, 3.1.1 (decimal numbering, as institutes number): a title after a space, no part
    # after the first 0 ("2.0 버전으로" is a version, "3.5%" a rate)
    (
        "num.decimal",
        re.compile(rf"^(?P<num>[1-9]\d?(?:\.[1-9]\d?){{1,2}})\.?\s+(?={TITLE_START})"),
    ),
    ("num.slash", re.compile(r"^(?P<num>\d{1,2})\s*/(?:\s+(?=[^\d\s])|$)")),  # "1/ 함께 일하고 ..."
    ("num.enclosed", re.compile(r"^[(（](?P<num>\d{1,2})[)）]\s*")),
    ("num.paren", re.compile(r"^(?P<num>\d{1,2})[)）]\s*")),
    # "12. 5." and "1. 31." are dates; "1. 10대 성과" is an item whose title starts with a figure;
    # "10.)" is a date's end wrapped onto its line ("… 전시(’24." / "10.)")
    (
        "num.dot",
        re.compile(
            r"^(?P<num>\d{1,2})\s*[.．](?!\s*\d+\s*(?:[.．~]|$))(?!\s*[)）\]」』>,~])"
            r"(?:\s+|(?=[^\s\d])|$)"
        ),
    ),
    ("hangul.enclosed", re.compile(rf"^[(（](?P<num>[{HANGUL_ORDINALS}])[)）]\s*")),
    ("hangul.paren", re.compile(rf"^(?P<num>[{HANGUL_ORDINALS}])[)）]\s*")),
    # (with no space before a word, as an old export sets its full-width dot: "가．부서별")
    ("hangul.dot", re.compile(rf"^(?P<num>[{HANGUL_ORDINALS}])\s*[.．](?:\s+|$|(?=[가-힣]))")),

    # a number alone before a title ("1  혁신 인재양성 ...", "6 2050 탄소중립 ..."), as card
    # numbers are set
    ("num.bare", re.compile(rf"^(?P<num>\d{{1,2}})(?:\s+(?={TITLE_START})|$)")),
)
#: a consonant and a dot, a level below ① in some plans ("ㄱ. 수요조사 : ’26. 1.~2."; not
#: ㅇ nor ㅁ, which a text sets for ○ and □, with a dot or none)
_JAMO_DOT = re.compile(r"^(?P<num>[ㄱㄴㄷㄹㅂㅅㅈㅊㅋㅌㅍㅎ])[.．]\s+(?=\S)")
#: a Latin letter before a Korean title ("a. 기본 현황", "B. 2025년 추진 계획"): a list
#: some reports letter, and what a text layer that lost a font's map reads for "Ⅰ." ...
#: the kind of a Latin-lettered item
LETTERED = "latin.dot"
_LATIN_DOT = re.compile(r"^(?P<num>[A-Za-z])\s*[.．]\s+(?=[^\W_].*[가-힣])")
#: a boxed number drawn as a square and its digits, where the font has no glyph for it
#: (past 9 of a boxed list: "□10", the digits set over the square with no space)
_SQUARED = re.compile(r"^\s*(?P<mark>[□▢◻❑](?P<num>\d{1,2}))(?:\s+|$)")
_CIRCLED = re.compile("^(?P<num>[" + "".join(CIRCLED) + r"])\s*")
#: "현안1", "현안 2 ...", "과제1", "과제 1-2", "지적 1 : …", "전략목표 2. …": a word and the
#: item's number (a dash number under its theme's; a dot or a colon may follow it), or the
#: word alone
_WORD_NUM = re.compile(
    r"^(?P<open>[\[【<〈《［])?\s*(?P<word>" + "|".join(map(re.escape, ITEM_WORDS)) + ")"
    r"\s*(?P<num>\d{1,2}(?:-\d{1,2}){0,2})?(?:[.．](?=\s))?(?![\d.,\-])(?:\s*[:：](?=\s))?"
    # (or in its brackets, numbered: "[과제 1] 위기가구 발굴", "【과제 2】 …")
    r"(?(open)(?<=\d)\s*[\]】>〉》］])"
    r"(?(open)\s*|(?:\s+|$))"  # (a bracket closes the number, a space after it or not)
)
_NOTE = re.compile(
    r"^(?P<mark>\*{2,}|"
    + "|".join(re.escape(k) for k in sorted(NOTES, key=len, reverse=True))
    + "|" + "|".join(NUMBERED_NOTE_MARKS) + r")\s*"
)
#: what opens a note's text where a label's letter marks it (:data:`LABEL_NOTES`): a
#: figure other than a year ("09:00~18:00", "5일 근무"), and another label of one letter
#: after a comma in it ("한솔군, 부 : 노인회")
_LABELS_TEXT = re.compile(r"^(?!(?:19|20)\d\d\s*[.년])\d|[,，]\s*[가-힣]\s*[:：]")
#: a line that opens with a label of one letter, or of letters each spaced ("토 : 휴무",
#: "주    최 : 한솔군")
_LETTER_LABEL = re.compile(r"^(?P<label>[가-힣](?:\s+[가-힣]){0,3})\s*[:：]")


def _notes_text(rest: str) -> bool:
    """Whether the text after a label's letter as a note mark ("주 :") is a note's: not a
    figure (a time, a count), and no other label in it."""
    return _LABELS_TEXT.search(rest) is None


def labelled_alike(marker: Marker, around: Sequence[str]) -> bool:
    """Whether a note marked by a label's letter (:data:`LABEL_NOTES`, "주 :") has a line
    beside it (``around``) that opens with another label of the kind ("토 : 10:00~13:00",
    "주    최 : 한솔군"): a label among labels, no note.

    >>> note = read_marker("주 : 평일 운영")[0]
    >>> labelled_alike(note, ["○ 운영시간", "토 : 10:00~13:00"])
    True
    >>> labelled_alike(note, ["주: 파견 제외"])
    False
    """
    if marker.text not in LABEL_NOTES:
        return False
    own = "".join(marker.text.split()).rstrip(":：")
    for text in around:
        m = _LETTER_LABEL.match(text.strip())
        if m is not None and "".join(m["label"].split()) != own:
            return True
    return False


#: a figure right after a dash or a plus, with nothing but figures after it, is a number
#: ("-1,234", "+3", "- 3 -"), not a bullet ("- 2020년 시범운영한 ..." is)
_SIGNED_FIGURE = re.compile(r"^[-－+]\s?\d[\d,.%\s\-]*$")
#: glyphs that are markers only when a space follows (they also occur inside words)
_NEED_SPACE = frozenset("-－+·")
#: what follows a Latin letter set as a bullet: a space, then no Latin letter
_LATIN_BULLET_REST = re.compile(r"[ \t]{1,8}(?![A-Za-z])\S")
#: ... or a label in brackets: "-(수 도 권) 팝업스토어 운영" (not "-(1,234)", a figure)
_LABEL = re.compile(r"[(（]\s*[^\d\s()（）△▽][^()（）]{0,20}[)）]")
#: ... or, after a dash, a title or quote that opens ("-「부산광역시 청년 기본 조례」")
_OPENING_QUOTES = frozenset("「『‘“")


#: a zero before a space and a word, "0 사업기간 : …": no item is numbered 0, it is ○ as
#: OCR reads it
_OCR_ZERO = re.compile(r"0[ \t]+[가-힣]")

#: what a figure counts or costs when it is not an item's number ("51 건", "3 억원"), or
#: the grade it is when a table's row label is spaced out ("５　급  1  1  -", "6 급이하")
_QUANTITY_WORDS = frozenset(COUNT_UNITS) | {
    "억원", "억", "백만원", "천만원", "천원", "원", "만원", "조원", "급", "급이하", "급이상", "배"
}  # fmt: skip


#: counters of :data:`_QUANTITY_WORDS` that are nouns a title opens with ("3  기업
#: 투자유치 및 산업단지 활성화", "2  세대 공존 …"), not "3 개소 설치", "2 시간 교육"
NOUN_COUNTERS: frozenset[str] = frozenset({"기업", "기관", "단체", "세대"})


_ITEM_HEADS = frozenset(w[0] for w in ITEM_WORDS) | frozenset("[【<〈《［")


def _is_quantity(rest: str) -> bool:
    words = rest.split()
    if len(words) >= 2 and all(re.fullmatch(r"[가-힣]", w) for w in words):
        return False  # a title spaced out letter by letter: "2  인    력" (not "2인")
    if not words or (word := words[0].rstrip(",.)")) not in _QUANTITY_WORDS:
        return False
    # (a counter that is a noun of its own opens a title where words follow it: "3  기업
    # 투자유치 및 …" is the third item, "3 기업 1,200" a count)
    # (not a wrapped line's count, its bracket closed after it: "2 기관 협력)")
    noun = word in NOUN_COUNTERS and rest.count(")") <= rest.count("(")
    return not (noun and len(words) >= 2 and re.match(r"[가-힣]", words[1]) is not None)


def note_mark(stars: int) -> re.Pattern[str]:
    """Exactly ``stars`` asterisks set right after a word: the mark a note of as many
    asterisks notes ("책방*", "(PSAT)**"; not more asterisks, not a line's own mark).

    >>> [bool(note_mark(1).search(t)) for t in ("책방* 운영", "책방** 운영", "* 주석")]
    [True, False, False]
    """
    return re.compile(rf"(?<=[^\s*＊])[*＊]{{{stars}}}(?![*＊])")


def _ordinal(kind: str, num: str) -> int:
    if kind.startswith("latin"):
        return ord(num.lower()) - ord("a") + 1
    if kind.startswith("hangul"):
        return HANGUL_ORDINALS.index(num) + 1
    if kind.startswith("jamo"):
        return JAMO_ORDINALS.index(num) + 1
    last = re.split(r"[-.]", num)[-1]
    return CIRCLED[last] if last in CIRCLED else int(last)


def squared_number(text: str) -> int | None:
    """The number of a line that opens with a number set on a square ("□10 건전재정 …")."""
    m = _SQUARED.match(text)
    return int(m["num"]) if m else None


def read_squared(text: str, kind: str) -> tuple[Marker, str] | None:
    """``(marker, rest)`` for a line that opens with a number set on a square ("□10
    건전재정 …"), read as a number of the list ``kind`` it goes on (its number is given
    once nested: :func:`extract.layout.lostglyphs.squared_numbers`); else None.  Alone,
    such a line reads as a □ bullet (:func:`read_marker`)."""
    m = _SQUARED.match(text)
    if m is None:
        return None
    return Marker(kind, m["mark"]), text[m.end() :].strip()


def read_marker(text: str) -> tuple[Marker, str] | None:
    """``(marker, rest)`` for a line that starts with a marker, else None.

    ``rest`` is the text after the marker, stripped; it is empty for a marker
    that stands alone on its line (the layout split it from its title).
    """
    s = text.strip()
    if not s:
        return None
    head = s[0]
    if head in ROMAN or head in "IVX":
        m = _ROMAN_DASH.match(s)
        if m:
            num = m["num"]
            return Marker("roman.dash", s[: m.end()].strip(), num, int(num)), s[m.end() :].strip()
        m = _ROMAN.match(s)
        if m:
            num = m["num"] or m["latin"]
            rest = s[m.end() :].strip()
            # ("I" and "V" begin English words: a Latin numeral needs its dot; alone on
            # its line, its title on the next, as a numeral boxed apart from it is read)
            return Marker("roman", s[: m.end()].strip(), str(ROMAN[num]), ROMAN[num]), rest
    if head in "제P":
        m = _CHAPTER.match(s)
        if m and _is_chapter_title(s[m.end() :]):
            num = m["num"] or m["part"]
            n = ROMAN[num] if num in ROMAN else int(num)
            return Marker("roman", s[: m.end()].strip(), str(n), n), s[m.end() :].strip()
        m = _SECTION.match(s)
        if m and _is_chapter_title(s[m.end() :]):
            num = m["num"]
            return Marker(SECTION_KIND, s[: m.end()].strip(), num, int(num)), s[m.end() :].strip()
    if head in "붙부별첨<[【〔(":
        m = _APPENDIX.match(s)
        if m:
            word = "".join(m["word"].split())
            num = m["num"]
            return (
                Marker("appendix", s[: m.end()].strip(), num or APPENDIX_WORDS[word],
                       int(num) if num else None),
                s[m.end() :].strip(),
            )  # fmt: skip
    if head == "0" and _OCR_ZERO.match(s) and not _is_quantity(s[1:]):
        return Marker("bullet:" + BULLETS["o"], head), s[1:].strip()  # (○ as OCR reads it)
    if head.isdigit() or head in "(（":
        for kind, pattern in _NUMBERED:
            m = pattern.match(s)
            if m and kind in ("num.bare", "num.decimal") and _is_quantity(s[m.end() :]):
                return None  # "51 건", "12 억원": a figure wrapped onto its line
            if m and m["num"].lstrip("0") == "":
                return None  # "0)": a figure's last digit wrapped onto its line ("40" / "0)")
            if m:
                if kind == "num.dash" and m["num"].count("-") == 2:
                    kind = "num.dash3"  # 1-1-1 sits under 1-1: a kind of its own
                if kind == "num.decimal" and m["num"].count(".") == 2:
                    kind = "num.decimal3"  # (and 1.1.1 under 1.1)
                return (
                    Marker(kind, s[: m.end()].strip(), m["num"], _ordinal(kind, m["num"])),
                    s[m.end() :].strip(),
                )
    if (found := _JAMO_DOT.match(s)) is not None:
        kind = "jamo.dot"
        return (
            Marker(kind, s[: found.end()].strip(), found["num"], _ordinal(kind, found["num"])),
            s[found.end() :].strip(),
        )
    if head in HANGUL_ORDINALS:
        for kind, pattern in _NUMBERED[4:]:
            m = pattern.match(s)
            if m and (kind != "hangul.dot" or len(s) > m.end()):
                return (
                    Marker(kind, s[: m.end()].strip(), m["num"], _ordinal(kind, m["num"])),
                    s[m.end() :].strip(),
                )
    if head.isascii() and head.isalpha():
        m = _LATIN_DOT.match(s)
        if m:
            kind, num = LETTERED, m["num"]
            return Marker(kind, s[: m.end()].strip(), num, _ordinal(kind, num)), s[m.end() :]
    if head in _ITEM_HEADS:
        m = _WORD_NUM.match(s)
        rest = s[m.end() :].strip() if m else ""
        if m and (m["num"] or (not rest and ITEM_WORDS[m["word"]])) and not _is_quantity(rest):
            num = m["num"]
            kind, text = f"{WORD_KIND}{m['word']}", s[: m.end()].strip()
            return Marker(kind, text, num, _ordinal(kind, num) if num else None), rest
    if head in CIRCLED:
        m = _CIRCLED.match(s)
        if m:
            return Marker("circled", head, str(CIRCLED[head]), CIRCLED[head]), s[m.end() :].strip()
    if head in NOTES or head in RAISED_DIGITS or s.startswith("주"):
        m = _NOTE.match(s)
        if m:
            # (a numbered note, "주1) …", "¹⁾ …": as a ※ note)
            kind = NOTES.get(m["mark"], "*" if m["mark"].startswith("*") else "※")
            rest = s[m.end() :].strip()
            if m["mark"] in LABEL_NOTES and not _notes_text(rest):
                return None  # ("주 : 09:00~18:00": a label, the week's hours)
            return Marker("note:" + kind, m["mark"]), rest
    bullet = BULLETS.get(head)
    if bullet is not None:
        rest = s[1:]
        if head in LATIN_BULLETS and not _LATIN_BULLET_REST.match(rest):
            return None
        if head in SPACED_BULLETS and not rest[:1].isspace():
            return None  # ("ㅁ" in a word, "口座": no bullet)
        if (
            head in _NEED_SPACE
            and rest
            and not rest[0].isspace()
            and not _LABEL.match(rest)
            and not (head in "-－" and rest[0] in _OPENING_QUOTES)
        ):
            return None  # a dash inside a word; but "-(수 도 권) ...", "-「조례」" are bullets
        if head in "-－+" and (_SIGNED_FIGURE.match(s) or rest.strip()[:1] in ("", "-")):
            return None
        if rest.strip() and not any(ch.isalnum() for ch in rest):
            return None  # arrows between a diagram's boxes ("⇨ ⇨ ⇨", "➲ ➲"): no item
        return Marker("bullet:" + bullet, head), rest.strip()
    return None
