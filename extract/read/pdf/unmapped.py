"""Glyphs no Unicode can be told for: a simple font (Type 1, TrueType, Type 3) with no
ToUnicode map whose encoding names a glyph with a name that says no character (``/g12``,
``/glyph3``, ``/cid0041``: a subset re-encoded by the exporter, a Type 3 font of drawn
glyphs). pdfminer gives such a code the character of the base encoding (``!``, ``(``,
``/``: garbage that reads as punctuation); the reader reads U+FFFD instead, so the page's
quality counts it as undecodable (a page mostly of them needs OCR) and no record is made
of the garbage.

A name that says no character is not always a lost one. An exporter that names each glyph
by its code (``/g48`` at the code 48) kept the codes: the base encoding reads them right
(``0``). And a font whose nameless glyphs stand at codes the base encoding reads as
letters and digits (most of them; none a control code) kept its text's codes too. Only
codes renumbered away from the text (a subset from 1 or 33 on: controls and punctuation
where words should be) are undecodable.
"""

from __future__ import annotations

from typing import Any

import regex
from pdfminer.encodingdb import EncodingDB, name2unicode
from pdfminer.pdftypes import dict_value, list_value, resolve1
from pdfminer.psparser import PSLiteral

#: the attribute of a pdfminer font that holds its codes of nameless glyphs
UNMAPPED = "_bogoseo_unmapped"
#: a glyph named by a number: ``g48``, ``glyph48``, ``cid48``, ``c48``
NUMBERED = regex.compile(r"(?:g|glyph|cid|c|index)(\d{1,5}+)")
#: the share of a font's nameless glyphs the base encoding must read as letters or digits
#: for its reading to be the text's
PLAUSIBLE = 0.75

#: the fonts whose encoding is read from their dictionary (Type 0 fonts map CIDs instead)
SIMPLE_FONTS = frozenset({"Type1", "MMType1", "TrueType", "Type3"})


def unmapped_codes(spec: Any) -> frozenset[int]:
    """The codes of a font dictionary whose glyph names give no character (none when the
    font has a ToUnicode map, which tells them)."""
    try:
        spec = dict_value(spec)
        subtype = spec.get("Subtype")
        if not isinstance(subtype, PSLiteral) or subtype.name not in SIMPLE_FONTS:
            return frozenset()
        if "ToUnicode" in spec:
            return frozenset()
        encoding = resolve1(spec.get("Encoding"))
        if not isinstance(encoding, dict):
            return frozenset()
        codes, code = set(), 0
        for item in list_value(encoding.get("Differences", [])):
            item = resolve1(item)
            if isinstance(item, int):
                code = item
            elif isinstance(item, PSLiteral):
                try:
                    name2unicode(str(item.name))
                except (KeyError, ValueError):
                    number = NUMBERED.fullmatch(str(item.name))
                    if not (number and int(number[1]) == code):  # (named by its code)
                        codes.add(code)
                code += 1
        base = resolve1(encoding.get("BaseEncoding"))
        if codes and _base_plausible(codes, str(base.name) if isinstance(base, PSLiteral) else ""):
            return frozenset()
        return frozenset(codes)
    except Exception:  # a damaged font dictionary: pdfminer reads it as it can
        return frozenset()


def _base_plausible(codes: set[int], base: str) -> bool:
    """Whether the base encoding reads the codes as a text's: no control code among them,
    and most of them letters or digits."""
    table = EncodingDB.get_encoding(base or "StandardEncoding")
    read = [table.get(code, "") for code in codes]
    if any(code < 32 for code in codes):
        return False
    return sum(1 for ch in read if ch.isalnum()) >= PLAUSIBLE * len(codes)


def watch_fonts(rsrcmgr: Any) -> None:
    """Have the resource manager mark each font it makes with its unmapped codes
    (:data:`UNMAPPED`), once per open PDF."""
    if getattr(rsrcmgr, "_bogoseo_watched", False):
        return
    make = rsrcmgr.get_font

    def get_font(objid: object, spec: Any) -> Any:
        font = make(objid, spec)
        if not hasattr(font, UNMAPPED):
            setattr(font, UNMAPPED, unmapped_codes(spec))
        return font

    rsrcmgr.get_font = get_font
    rsrcmgr._bogoseo_watched = True


def unmapped(font: Any, cid: int) -> bool:
    """Whether the glyph ``cid`` of ``font`` has a name that gives no character."""
    codes: frozenset[int] = getattr(font, UNMAPPED, frozenset())
    return cid in codes
