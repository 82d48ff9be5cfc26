"""Character tables for text as HWP and its PDF export leave it.

Two kinds of fixes happen here, both by table (never if-chains):

* folding look-alike characters to one form the parsers know (full-width
  digits, the several middle dots, tildes and dashes) and dropping invisible
  format characters (zero-width, bidi marks: Unicode category Cf);
* mapping private-use glyphs (U+E000-U+F8FF) that Hancom's symbol fonts
  produce to real characters.  Symbol fonts put their glyphs at U+F020-F0FF
  (Wingdings/Symbol code + 0xF000); the export of a glyph whose code is lost
  comes out as U+F000.  Unknown private-use glyphs become a generic bullet.
"""

from __future__ import annotations

import re
import unicodedata

import regex

from extract.normalize.vocab import RAISED_MARK_WORDS

#: the bullet used for a private-use glyph whose meaning is not known
GENERIC_BULLET = "•"
#: the code Hancom's PDF export gives every glyph of a symbol font whose code it lost
LOST_GLYPH = "\uf000"
#: where the glyphs whose code was lost are told apart (plane 15's private use)
_LOST_BASE, _LOST_SPAN = 0xF0000, 0xFFFE

#: known private-use glyphs (Wingdings / Symbol codes + 0xF000, Hancom PUA)
PRIVATE_USE: dict[str, str] = {
    "\uf000": GENERIC_BULLET,  # glyph code lost in export: a bullet in practice
    "\uf06c": "●",  # Wingdings 'l'
    "\uf06d": "❍",  # Wingdings 'm' (a shadowed circle)
    "\uf06e": "■",  # Wingdings 'n'
    "\uf06f": "□",  # Wingdings 'o'
    "\uf071": "❑",  # Wingdings 'q'
    "\uf075": "◆",  # Wingdings 'u'
    "\uf076": "❖",  # Wingdings 'v'
    "\uf09f": "•",  # Wingdings small bullet
    "\uf0a1": "○",  # Wingdings circle
    "\uf0a7": "▪",  # Wingdings small square
    "\uf0a8": "◻",  # Wingdings square
    "\uf0b7": "•",  # Symbol bullet
    "\uf0d8": "➢",  # Wingdings arrowhead
    "\uf0e0": "➔",  # Wingdings arrow
    "\uf0e8": "➔",  # Wingdings arrow
    "\uf0fc": "✓",  # Wingdings check
    "\uf081": "①",  # Wingdings circled digits 1-10
    "\uf082": "②",
    "\uf083": "③",
    "\uf084": "④",
    "\uf085": "⑤",
    "\uf086": "⑥",
    "\uf087": "⑦",
    "\uf088": "⑧",
    "\uf089": "⑨",
    "\uf08a": "⑩",
    "\uf0b4": "·",  # Symbol middle dot (as Hancom uses it)
    # Hancom's Hangul fonts put their own symbols in the supplementary private use area
    **{chr(0xF02B1 + i): chr(0x2460 + i) for i in range(20)},  # circled 1-20: ① ..
    "\U000f0854": "『",  # its double corner brackets
    "\U000f0855": "』",
}

#: fonts of pictures, not letters: a PDF may give their glyphs by their one-byte codes
#: ("m" in Wingdings is ❍), which :func:`dingbat_char` moves to U+F000 + code, where the
#: other exports put them (compared lower-case, without the subset prefix "ABCDEF+")
DINGBAT_FONTS: tuple[str, ...] = ("wingdings", "webdings", "zapfdingbats", "dingbats")

_SUBSET = re.compile(r"^[A-Z]{6}\+")


def dingbat_char(text: str, fontname: str | None) -> str:
    """A character of a dingbat font at its private-use code (U+F000 + its byte), so that
    :data:`PRIVATE_USE` reads it; any other character as it is.

    >>> dingbat_char("m", "INPILL+Wingdings-Regular"), dingbat_char("m", "HYGothic")
    ('\uf06d', 'm')
    """
    if not fontname or len(text) != 1 or not 0x20 < ord(text) <= 0xFF:
        return text
    if not _SUBSET.sub("", fontname).lower().startswith(DINGBAT_FONTS):
        return text
    return chr(0xF000 + ord(text))


#: format characters a PDF draws with a glyph one sees: Hancom's export names its hyphen
#: (the "-" bullet) U+00AD, which, as a soft hyphen, the normalization would drop
DRAWN_FORMAT: dict[str, str] = {"\u00ad": "-"}


def drawn_char(text: str) -> str:
    """A character as a PDF draws it: a drawn format character is the glyph it shows; a
    control character drawn is a space whose font maps it wrongly (NanumSquare's space
    reads U+0001 in Chromium's PDFs), so its words stay apart.

    >>> drawn_char("\u00ad"), drawn_char("가"), drawn_char("\x01")
    ('-', '가', ' ')
    """
    if len(text) == 1 and unicodedata.category(text) == "Cc":
        return " "
    return DRAWN_FORMAT.get(text, text)


#: look-alike characters folded to the one form the parsers use
FOLD: dict[str, str] = {
    # middle dots: the report uses five different ones for the same thing
    "\u00b7": "·",
    "\u2219": "·",
    "\u2024": "·",
    "\u2027": "·",
    "\uff65": "·",
    "\u30fb": "·",
    "\u318d": "·",
    "\u22c5": "·",
    # tildes
    "\u223c": "~",
    "\u301c": "~",
    "\uff5e": "~",
    "\u02dc": "~",
    # dashes and minus signs (△ and ▽ are kept: they mean "decrease")
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2043": "-",  # (the hyphen bullet ⁃, a dash as some offices set it)
    "\u2212": "-",
    "\uff0d": "-",
    # spaces
    "\u00a0": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "\u3000": " ",
    "\t": " ",
}

#: invisible format characters (Unicode category Cf: zero-width space and joiners, bidi
#: marks, embeddings and isolates, the Arabic letter mark, the soft hyphen, the word
#: joiner, the BOM, tags ...) carry no text and break matching: they are dropped from the
#: normalized text (``Line.raw`` keeps them).  Ranges as of Unicode 15.1, a little wider
#: where a later version may add more; a test checks them against ``unicodedata``.
FORMAT_RANGES: tuple[tuple[int, int], ...] = (
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)


def _build_table() -> dict[int, str]:
    table = {ord(k): v for k, v in FOLD.items()}
    for first, last in FORMAT_RANGES:
        table.update(dict.fromkeys(range(first, last + 1), ""))
    # full-width ASCII (digits, letters, punctuation) to ASCII
    for code in range(0xFF01, 0xFF5F):
        table.setdefault(code, chr(code - 0xFEE0))
    table.update({ord(k): v for k, v in PRIVATE_USE.items()})
    # C0/C1 control characters other than tab carry no text
    for code in [*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0)]:
        table.setdefault(code, "")
    return table


_TABLE = _build_table()
# `re`, not `regex`: on a plain character class it is several times faster
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]+")


def _fold(m: re.Match[str]) -> str:
    return m[0].translate(_TABLE)


_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010fffd]")


#: the codes of plane 15 that Hancom's own symbols use (a lost glyph is numbered past them)
_HANCOM_CODES = sorted(ord(k) for k in PRIVATE_USE if ord(k) >= _LOST_BASE)


def _lost_class() -> str:
    """The characters of a glyph the export lost (U+F000, or told apart: :func:`lost_glyph`)
    as a regex class: plane 15 but for the codes of Hancom's own symbols (『, ①), which
    an HWPX or HWP file gives as they are."""
    spans, start = [], _LOST_BASE
    for code in _HANCOM_CODES:
        if code > start:
            spans.append((start, code - 1))
        start = code + 1
    spans.append((start, _LOST_BASE + _LOST_SPAN - 1))
    return "[\uf000" + "".join(f"{chr(a)}-{chr(b)}" for a, b in spans) + "]"


_LOST = _lost_class()
_ANY_LOST = re.compile(_LOST)
#: ... between two letters or figures
_LOST_INSIDE = re.compile(f"(?<=[^\\W_]){_LOST}(?=[^\\W_])")
#: ... or two of them around words inside a line, the first after a space and against
#: the word, the last against it and before a space (quotes: "를 ‘교육부(교육청)’ 주도")
_NOT_LOST = f"(?!{_LOST})"
_LOST_QUOTES = re.compile(
    f"(?<=[^\\S\\n]){_LOST}(?=\\w)"  # (after a space on the line: not a line's bullet)
    f"({_NOT_LOST}\\S(?:(?:{_NOT_LOST}[^\\n])*?{_NOT_LOST}\\S)?)"  # (no lost glyph inside)
    f"{_LOST}(?=\\s|$)"
)

#: ... or one set apart between the words of a line, after the first: an arrow, a pointer
#: ("이용 불편 개선 ➡ 모바일 동백패스 도입", "(개발) 90만톤 ‣ 황강복류수"), never a bullet
_LOST_BETWEEN = re.compile(f"(?<=\\S[^\\S\\n]){_LOST}(?=[^\\S\\n]+\\S)")
#: what such a glyph is read as
LOST_ARROW = "➔"
#: the jungseong araea set between two syllables, as Hancom sets a middle dot ("론칭ᆞ
#: 브랜딩", "정ᆞ현원"); with a leading consonant before it, it is Old Hangul's vowel
_ARAEA_DOT = re.compile("(?<=[\uac00-\ud7a3])\u119e(?=[\uac00-\ud7a3])")


def lost_glyph(number: int) -> str:
    """The private-use character of the ``number``-th glyph (from 0, in the order a
    document first draws them) whose code the export lost (all such glyphs read U+F000):
    two marks of a report (□, ➡) stay two.

    >>> lost_glyph(0) != lost_glyph(1), is_private_use(lost_glyph(0))
    (True, True)
    >>> any(normalize_text(lost_glyph(n)) != GENERIC_BULLET for n in range(3000))
    False
    """
    code = _LOST_BASE + number % (_LOST_SPAN - len(_HANCOM_CODES))
    for known in _HANCOM_CODES:  # (never one of Hancom's own symbols: ①, 『)
        if code < known:
            break
        code += 1
    return chr(code)


def is_lost_glyph(ch: str) -> bool:
    """Whether ``ch`` is a glyph whose code the export lost (U+F000, or one told apart)."""
    return ch == LOST_GLYPH or ("\U000f0000" <= ch <= "\U000ffffd" and ch not in PRIVATE_USE)


def is_private_use(ch: str) -> bool:
    return "\ue000" <= ch <= "\uf8ff" or "\U000f0000" <= ch <= "\U0010fffd"


#: a tab: it moves the text on to the next tab stop, a gap wider than a space, and is
#: read as the run of spaces that marks one in text (and in a PDF's lines), so that
#: words of letter-spaced text parted by tabs stay apart ("상 생<tab>가 치" is 상생 가치,
#: :func:`extract.normalize.spacing.despace`); ``Line.raw`` keeps the tab.  The Hangul
#: readers read it so; a text export's tab is a space, as its other spaces are (it may
#: stand for every space of a file: tests/test_hardening.py).
TAB_GAP = "  "


#: a footnote's mark written as superscripts ("기후에너지과¹⁾"; see
#: extract.read.pdf.lines.SUPERSCRIPTS)
_RAISED_MARK = re.compile(r"(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}⁾")  # (set after a word: no note's own)
#: a footnote's mark as typed: its number and the bracket that closes it ("1)")
NOTE_MARK = re.compile(r"\d{1,2}\)")
#: a footnote's mark written as superscripts, as :data:`_RAISED_MARK` finds it
SUPERSCRIPTS = str.maketrans("0123456789)", "⁰¹²³⁴⁵⁶⁷⁸⁹⁾")


#: one footnote's mark as typed and set raised: "1)", "(1)", "주1)", "주 1)"
_ONE_MARK = (
    rf"(?:(?:{'|'.join(RAISED_MARK_WORDS)})\s?+)?+(?:\(\s?+)?+\d{{1,2}}+\s?+\)"
)
#: the marks of a raised run: one or several ("1),2)", "1) 2)"), the run's own spaces
#: around them
_RAISED_RUN = regex.compile(rf"\s{{0,2}}+{_ONE_MARK}(?:\s{{0,2}}+[,·]?+\s{{0,2}}+{_ONE_MARK})*+")
_MARK_NUMBER = regex.compile(r"\d{1,2}+")


def raised_mark(text: str) -> str:
    """Text set raised (a superscript) after a word, written as superscripts where it is
    a footnote's mark, "1)" or "12) ", or several ("1),2)"), or one called so ("주1)",
    "(1)"; so that the line's text leaves it out and its raw keeps it, as a PDF's raised
    mark is: :func:`normalize_text`); else as it is. The raised run's spaces before its
    mark go with it (the mark stands after the word).

    >>> raised_mark("1)"), raised_mark("2) "), raised_mark("신규")
    ('¹⁾', '²⁾ ', '신규')
    >>> raised_mark("1),2)"), raised_mark("주1)"), raised_mark(" 1)"), raised_mark("(3)")
    ('¹⁾²⁾', '¹⁾', '¹⁾', '³⁾')
    """
    mark = text.rstrip()
    if not _RAISED_RUN.fullmatch(mark):
        return text
    numbers = _MARK_NUMBER.findall(mark)
    return "".join(f"{n})".translate(SUPERSCRIPTS) for n in numbers) + text[len(mark) :]


def normalize_text(text: str) -> str:
    """Normalize text: NFC, folded look-alikes, no format characters, mapped private-use glyphs.

    Works on one line or on many joined with newlines (newlines are kept).

    >>> normalize_text("\\uf000 추진일정 ’21. 4.∼12.")
    '• 추진일정 ’21. 4.~12.'
    >>> normalize_text("특화된\\uf000일+휴가\\uf000관광")  # between letters: no bullet
    '특화된 일+휴가 관광'
    >>> normalize_text("체계를 \\uf000교육부(교육청)\\uf000 주도 통합")  # quotes: none
    '체계를 교육부(교육청) 주도 통합'
    >>> normalize_text("론칭\\u119e브랜딩 나랏말\\u110a\\u119e미")  # araea: a dot, a vowel
    '론칭·브랜딩 나랏말ᄊᆞ미'
    >>> normalize_text("\\uf000 이용 불편 개선 \\uf000 모바일 도입")  # apart, inside: an arrow
    '• 이용 불편 개선 ➔ 모바일 도입'
    >>> normalize_text("및 \\U000f0854소식지\\U000f0855 발간")  # Hancom's own 『』 (HWPX)
    '및 『소식지』 발간'
    >>> normalize_text("２０２１년 ３월")
    '2021년 3월'
    >>> normalize_text("추진\\u200f일정 \\u2066계\\u2069")
    '추진일정 계'
    """
    if _ANY_LOST.search(text):
        # a lost glyph set between two letters (a quote, an arrow: "특화된‘일+휴가’") is no
        # bullet; what it was is lost, and a space keeps the words apart
        text = _LOST_INSIDE.sub(" ", text)
        text = _LOST_QUOTES.sub(r"\1", text)
        text = _LOST_BETWEEN.sub(LOST_ARROW, text)
    if "⁾" in text:  # (a footnote's mark the PDF reader wrote as superscripts: the raw's)
        text = _RAISED_MARK.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\u119e" in text:  # (the jungseong araea between syllables: a middle dot)
        text = _ARAEA_DOT.sub("·", text)
    # substitute only where a character needs it: most of a report is Hangul,
    # and str.translate would look up every character
    folded = _FOLDABLE.sub(_fold, text)
    if folded != text and not unicodedata.is_normalized("NFC", folded):
        # a dropped mark sat between two characters that compose (decomposed Hangul)
        folded = unicodedata.normalize("NFC", folded)
    text = folded
    # private-use glyphs the table does not know: a bullet in practice
    return _PRIVATE_USE.sub(GENERIC_BULLET, text)
