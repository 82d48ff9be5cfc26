"""Glyphs no Unicode can be told for: a simple font (Type 1, TrueType, Type 3) with no
ToUnicode map whose encoding names a glyph with a name that says no character (``/g12``,
``/glyph3``, ``/cid0041``: a subset re-encoded by the exporter, a Type 3 font of drawn
glyphs). pdfminer gives such a code the character of the base encoding (``!``, ``(``,
``/``: garbage that reads as punctuation); the reader reads U+FFFD instead, so the page's
quality counts it as undecodable (a page mostly of them needs OCR) and no record is made
of the garbage.
"""

from __future__ import annotations

from typing import Any

from pdfminer.encodingdb import name2unicode
from pdfminer.pdftypes import dict_value, list_value, resolve1
from pdfminer.psparser import PSLiteral

#: the attribute of a pdfminer font that holds its codes of nameless glyphs
UNMAPPED = "_bogoseo_unmapped"
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
                    codes.add(code)
                code += 1
        return frozenset(codes)
    except Exception:  # a damaged font dictionary: pdfminer reads it as it can
        return frozenset()


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
