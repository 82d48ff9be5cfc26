"""The lines a budget book's extract (세출예산 사업명세서) sets between its rows in a text
export: each statistical object's 산출기초 under its row (``○ 홍보물 제작 : 5,000원 ×
2,000부 = 10,000천원``, ``- 위원 수당 : 150,000원 × 10명 × 4회 = 6,000천원``) and a
세부사업's sources under its row (``국 120,000 / 시 202,000``, ``시비 84,000``): no rows
of the table (their figures stand in no column) nor wraps of the row after them; and the
programme glyphs of its rows (``▣ 정책사업 / ■ 단위사업 / □ 세부사업``), each its level.

The basis lines' products are held by ``prose.product`` where they stand; the records have
no column for a basis nor for a statistical object's code (its line is an item under its
세부사업, ``201-01 사무관리비``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from extract.document import Line
from extract.parse.budget_book import book_tier
from extract.parse.budget_vocab import BASIS_MARKERS, BOOK_GLYPH_TIERS
from extract.parse.costs import FUNDING_LABELS, is_source
from extract.parse.text import split_marker, squash

#: a basis: what the money is for, a colon, then its sum ending in money
#: ("홍보물 제작 : 5,000원 × 2,000부 = 10,000천원", "축제추진위원회 보조 : 300,000천원")
_BASIS_HEAD = regex.compile(r"^[^:：\d]{1,60}+[:：]")
_MONEY_END = regex.compile(r"\d\s*+(?:천원|백만원|억원|원)\s*+$")
#: a source's share: its word and its figure ("국 120,000", "시비 84,000")
_SHARE = regex.compile(r"^\s*+(?P<w>[^\d\s,]{1,12}+)\s*+[\d][\d,]{0,20}+\s*+(?:천원|백만원)?+\s*+$")
#: the lines a basis may wrap onto after its first
_WRAPS = 2
#: what sets the shares of one line apart (or spaces alone between a figure and the next
#: share, "국비 120,000  시비 202,000")
_BETWEEN = regex.compile(
    r"(?<!\s)\s*+[/·ㆍ]\s*+|[,，]\s++|(?<=\d)\s++(?=[^\d\s,]{1,12}+\s*+\d)"
)
#: a line of shares in a bracket, "(국 120,000 / 시 202,000)": its inside
_BRACKETED = regex.compile(r"^[(（](?P<in>[^()（）]{1,200}+)[)）]$")


def is_basis(text: str) -> bool:
    """A 산출기초 line under an object's row: a bullet or none, what for, its sum in money.

    >>> is_basis("      ○ 홍보물 제작 : 5,000원 × 2,000부 = 10,000천원")
    True
    >>> is_basis("  - 위원 수당 : 150,000원 × 10명 × 4회 = 6,000천원")
    True
    >>> is_basis("  201-01 사무관리비      16,000     14,000      2,000")
    False
    >>> is_basis("  행사 운영 : 500,000원 × 3회 = 1,500천원"), is_basis("  행사 운영 : 1,500천원")
    (True, True)
    >>> is_basis("  기타 : 경상경비      1,000     900     100")
    False
    """
    marker, body = split_marker(text.strip())
    body = body.strip()
    # (or one of no bullet: "홍보물 제작 : 5,000원 × 2,000부 = 10,000천원", "… : 300,000천원")
    return (
        (marker is None or marker in BASIS_MARKERS)
        and _BASIS_HEAD.match(body) is not None
        and _MONEY_END.search(body) is not None
    )


def is_shares(text: str) -> bool:
    """A line of a 세부사업's sources alone, each with its figure.

    >>> [is_shares(t) for t in ("국 120,000 / 시 202,000", "시 84,000", "문화관광과 385,800")]
    [True, True, False]

    (in a bracket, after a bullet and the label of a cost's sources, or spaced apart)

    >>> [is_shares(t) for t in ("(시 84,000)", "- 재원 : 국 120,000 / 시 202,000",
    ...                         "국비 120,000  시비 202,000", "201-01 사무관리비  16,000")]
    [True, True, True, False]
    """
    marker, body = split_marker(text.strip())
    if marker is not None and marker not in BASIS_MARKERS:
        return False
    head, colon, tail = body.replace("：", ":").partition(":")
    if colon and squash(head) in FUNDING_LABELS:
        body = tail.strip()
    inside = _BRACKETED.match(body)
    parts = [p for p in _BETWEEN.split(inside["in"] if inside else body) if p]
    found = [_SHARE.match(p) for p in parts]
    return bool(parts) and all(m is not None and is_source(m["w"]) for m in found)


def glyph_tiers(labels: Sequence[str]) -> list[int | None]:
    """Each row's programme level by its glyph, where the rows use the 정책사업's glyph and
    another level's (a book's, ``▣ … / ■ … / □ …``); else none.

    >>> glyph_tiers(["문화관광과", "▣ 문화예술 진흥", "■ 지역문화", "□ 지역축제"])
    [None, 0, 1, 2]
    >>> glyph_tiers(["□ 지역축제", "□ 관광 홍보"])
    [None, None]
    """
    heads = [label.strip()[:1] for label in labels]
    used = {BOOK_GLYPH_TIERS[h] for h in heads if h in BOOK_GLYPH_TIERS}
    if 0 not in used or len(used) < 2:
        return [None] * len(labels)
    return [BOOK_GLYPH_TIERS.get(h) for h in heads]


def without_glyph(label: str) -> str:
    """The row's name without its level's glyph."""
    text = label.strip()
    return text[1:].strip() if text[:1] in BOOK_GLYPH_TIERS else label


def book_aside(lines: Sequence[Line]) -> list[Line]:
    """The basis and source lines among a table's lines, where its rows are a book's
    (a statistical object's code, or the 정책사업's glyph and another's, opens some)."""
    labels = [ln.text.strip() for ln in lines]
    book = any(book_tier(t.split("  ")[0]) is not None for t in labels) or any(
        t is not None for t in glyph_tiers(labels)
    )
    if not book:
        return []
    aside = [ln for ln in lines if is_basis(ln.text) or is_shares(ln.text)]
    return sorted({*aside, *wrapped_bases(lines, book_row)}, key=lambda ln: ln.no)


def book_row(text: str) -> bool:
    """A line that opens a book's row: a programme's glyph or a statistical object's code."""
    label = text.strip()
    return label[:1] in BOOK_GLYPH_TIERS or book_tier(label.split("  ")[0]) is not None


def _opens_basis(text: str) -> bool:
    """A basis' first line that a narrow cell wrapped before its sum in money (``○ 시스템
    운영 소모품 : 2,500,000원 × 12월 =``): its bullet, or a product's sign, and its head."""
    marker, body = split_marker(text.strip())
    if _BASIS_HEAD.match(body.strip()) is None or _MONEY_END.search(body) is not None:
        return False
    return marker in BASIS_MARKERS or (marker is None and ("×" in body or "=" in body))


def wrapped_bases(lines: Sequence[Line], opens_row: Callable[[str], bool]) -> list[Line]:
    """The lines of a basis a narrow cell wrapped over lines (a PDF's drawn book: ``○ 시스템
    운영 소모품 : 2,500,000원 × 12월 =`` / ``30,000천원``): its first line and those after it
    up to the one that closes its sum in money, none a row's."""
    out: list[Line] = []
    for i, ln in enumerate(lines):
        if not _opens_basis(ln.text):
            continue
        text = ln.text.strip()
        for k in range(i + 1, min(i + 1 + _WRAPS, len(lines))):
            nxt = lines[k].text.strip()
            if opens_row(nxt) or is_basis(nxt) or _opens_basis(nxt):
                break
            text = f"{text} {nxt}"
            if is_basis(text):
                out += lines[i : k + 1]
                break
    return out
