"""The bracket that closes a finding's title and names its category and divisions, in the
forms beyond a plain round bracket (:func:`~extract.parse.finding_words.closing_category_units`):
a square one, ``[건의 / 환경정책과]``, ``[시정, 공원녹지과]``, and one of labelled parts,
``(처리요구 : 시정, 소관 : 공원녹지과)``, ``(지적위원 : 김○○ 위원, 소관 : 도로과)``.
"""

from __future__ import annotations

import regex

from extract.parse.finding_words import (
    DIVISION_LABELS,
    closing_category,
    closing_category_units,
    closing_divisions,
    heading_category,
    word_key,
)
from extract.parse.text import despace
from extract.parse.vocab import AUDIT_CATEGORY_LABELS, PERSON_RANKS

#: a square bracket that closes a text (a match starts only where its spaces start)
_CLOSING_SQUARE = regex.compile(r"(?<!\s)\s*+\[(?P<inside>[^\[\]()（）]{1,80}+)\]\s*+$")
#: a bracket that closes a text, whatever it holds
_CLOSING_ROUND = regex.compile(r"(?<!\s)\s*+[(（](?P<inside>[^()（）]{3,80}+)[)）]\s*+$")
#: one labelled part of such a bracket: "소관 : 도로과"
_PART = regex.compile(r"^(?P<label>[^:：]{1,10}+)[:：](?P<value>[^:：]{1,40}+)$")

#: what parts the labelled parts: a comma, or a slash before the next part's label ("(처리
#: 요구 : 주의 / 소관 : 도로과)"; not one between two names, "도로과/교통과")
_SEPARATOR = regex.compile(r"[,，;]|/(?=[^/:：]{1,12}+[:：])")

#: what a bracket gives: the text without it, its category, as worded, and its divisions
Parts = tuple[str, str | None, str | None, list[str]]


def closing_parts(text: str) -> Parts | None:
    """(``text`` without it, the category, as worded, the divisions) of the bracket that
    closes a finding's title and names its category and divisions, in any of its forms;
    None where none does (a square bracket of other words stays the finding's).

    >>> closing_parts("탄소중립 교육 대상 확대 필요 [건의 / 환경정책과]")
    ('탄소중립 교육 대상 확대 필요', 'suggestion', '건의', ['환경정책과'])
    >>> closing_parts("공원 안전점검 미실시 [시정, 공원녹지과]")[1:]
    ('correction', '시정', ['공원녹지과'])
    >>> closing_parts("수거 지연 민원 반복 (처리요구 : 시정, 소관 : 청소행정과)")
    ('수거 지연 민원 반복', 'correction', '시정', ['청소행정과'])
    >>> closing_parts("제설 관리 강화 (처리요구 : 건의 / 소관 : 도로과/교통과)")[1:]
    ('suggestion', '건의', ['도로과', '교통과'])
    >>> closing_parts("도로점용료 부과 누락 (지적위원 : 이○○ 위원, 소관 : 도로과)")
    ('도로점용료 부과 누락', None, None, ['도로과'])
    >>> closing_parts("놀이시설 점검 미실시 (처리요구 : 시정, 소관: 공원녹지과, 기한: ’25.6.)")[1:]
    ('correction', '시정', ['공원녹지과'])
    >>> closing_parts("공가 관리 소홀 (시정요구 / 주거복지팀)")[1:]
    ('correction', '시정요구', ['주거복지팀'])
    >>> closing_parts("사후조사 지연 (담당: 김주무관)")  # an official: no division
    >>> closing_parts("관리 소홀 [붙임 1]"), closing_parts("관리 소홀 (참고 : 3개소)")
    (None, None)
    """
    square = _CLOSING_SQUARE.search(text)
    rounded = f"{text[: square.start()]} ({square['inside'].strip()})" if square else text
    if (parted := closing_category_units(rounded)) is not None:
        return parted
    if (labelled := _labelled(rounded)) is not None:
        return labelled
    if square is None:
        return None  # (a round bracket of a category alone, or of divisions: the caller's)
    if (bracketed := closing_category(rounded)) is not None:
        return bracketed[0], bracketed[1], bracketed[2], []
    rest, units = closing_divisions(rounded)
    return (rest, None, None, units) if units else None


def _labelled(text: str) -> Parts | None:
    """The parts of a closing bracket of labelled parts, each ``label : value``, a comma
    apart: a category's label and a division's (a part of another label aside, a
    member's, a deadline's); None where a part is not labelled so, or none names a
    category or a division."""
    m = _CLOSING_ROUND.search(text)
    if m is None:
        return None
    category: str | None = None
    worded: str | None = None
    units: list[str] = []
    for part in _SEPARATOR.split(m["inside"]):
        p = _PART.match(part.strip())
        if p is None:
            return None
        label, value = word_key(p["label"]), p["value"].strip()
        if label in AUDIT_CATEGORY_LABELS and (kind := heading_category(value)) is not None:
            category, worded = kind, despace(value)
        elif label in DIVISION_LABELS and despace(value).endswith(PERSON_RANKS):
            continue  # an official in charge, "(담당: 김주무관)", aside: no division
        elif label in DIVISION_LABELS:
            _, named = closing_divisions(f"_({value})")
            if not named:
                return None
            units += named
        # (a part of another label, a member's or a deadline's, "기한: ’25.6.", aside)
    if category is None and not units:
        return None
    return text[: m.start()].rstrip(), category, worded, units
