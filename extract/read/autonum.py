"""Numbers Hancom counts and prints itself (번호 넣기), the same from HWPX and HWP 5.

A table's or picture's caption ("<표 1> 예산 현황", "[그림 1] 조직도"), a footnote's or
endnote's own number ("1) ..." at the start of the note) and a page number in a footer
("- 3 -") are typed as text around an automatic number: HWPX ``hp:autoNum`` (``num``,
``numType``; its ``hp:autoNumFormat``'s ``type``, ``userChar``, ``prefixChar``,
``suffixChar``, ``supscript``) inside an ``hp:ctrl``, HWP 5 ``atno`` (after its id, a
UINT32 of properties: the kind in bits 0-3, the number format in bits 4-11, raised in
bit 12; then the number, the user's, prefix and suffix characters, a UINT16 each).
The number is the one the file stores, which Hancom writes as it last counted.

The text is the prefix, the number in its format and the suffix ("1", "1)"); a number
set raised after a word is a note's mark as :func:`extract.read.glyphs.raised_mark`
writes it.  A new number (``hp:newNum``, ``nwno``) and the place of a page number
(``hp:pageNum``, ``pgnp``) print nothing in the flow and are not read here.
"""

from __future__ import annotations

import struct
from typing import Any

from extract.read.glyphs import raised_mark
from extract.read.hwp_tree import NUMBER_FORMATS, Para, format_number

#: the number formats of automatic numbers by their HWP 5 code: those of a numbering,
#: then a character of the user's (0x81; 0x80, four symbols in turn, is read as digits)
USER_CHAR_CODE = 0x81
#: the control id of an automatic number (HWPX ``hp:autoNum``)
AUTO_NUMBER = b"atno"
#: an ``atno`` record's bytes: id, properties, number, user's, prefix, suffix characters
ATNO = struct.Struct("<4sIHHHH")
#: the bits of an ``atno``'s properties: number format (4-11), raised (12)
FORMAT_SHIFT, FORMAT_MASK, RAISED_BIT = 4, 0xFF, 1 << 12


def auto_number(num: int, fmt: str, user: str = "", prefix: str = "", suffix: str = "") -> str:
    """An automatic number as printed: its prefix, the number in ``fmt``, its suffix.

    >>> auto_number(2, "DIGIT", suffix=")"), auto_number(3, "ROMAN_CAPITAL")
    ('2)', 'Ⅲ')
    >>> auto_number(1, "USER_CHAR", user="*")
    '*'
    """
    number = user if fmt == "USER_CHAR" and user else format_number(max(num, 0), fmt)
    return f"{prefix}{number}{suffix}"


def _char(value: str | None) -> str:
    """An attribute holding one character ("" for none)."""
    return (value or "")[:1]


def hwpx_auto_number(el: Any) -> tuple[str, bool]:
    """An ``hp:autoNum``'s text and whether it is set raised."""
    fmt = next((c for c in el if str(c.tag).endswith("autoNumFormat")), None)
    attrs: dict[str, str] = dict(fmt.attrib) if fmt is not None else {}
    try:
        num = int(el.get("num", "1"))
    except ValueError:
        num = 1
    text = auto_number(
        num,
        (attrs.get("type") or "DIGIT").upper(),
        _char(attrs.get("userChar")),
        _char(attrs.get("prefixChar")),
        _char(attrs.get("suffixChar")),
    )
    return text, attrs.get("supscript", "0").lower() in ("1", "true")


def hwp_auto_number(data: bytes) -> tuple[str, bool]:
    """An ``atno`` record's text and whether it is set raised ("" for one cut short)."""
    if len(data) < ATNO.size:
        return "", False
    _, props, num, user, prefix, suffix = ATNO.unpack_from(data)
    code = (props >> FORMAT_SHIFT) & FORMAT_MASK
    fmt = "USER_CHAR" if code == USER_CHAR_CODE else (
        NUMBER_FORMATS[code] if code < len(NUMBER_FORMATS) else "DIGIT"
    )

    def char(unit: int) -> str:
        return chr(unit) if 32 <= unit < 0xD800 or 0xE000 <= unit < 0x10000 else ""

    return auto_number(num, fmt, char(user), char(prefix), char(suffix)), bool(props & RAISED_BIT)


def add_number(para: Para, text: str, raised: bool) -> None:
    """An automatic number added to a paragraph: set raised after a word, a note's mark
    (:func:`extract.read.glyphs.raised_mark`); else its text."""
    para.add_text(raised_mark(text) if raised and para.after_word() else text)
