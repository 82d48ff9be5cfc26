"""Units a table's header words imply, where no bracket states one.

* :func:`measured_unit` - the unit of measure, of those a caption lists, a header that
  names a measure is in ("면적" under "(단위 : 필지, 동, ㎡, 천원)": ㎡);
* :func:`counter_head` - the counter a header names before 수 ("동수": 동, "보급 대수": 대);
* :func:`without_bracket` - a header's words without the bracket that closes it
  ("개최 횟수 (’25년)": "개최횟수").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.layout.vocab import (
    HEADED_COUNTERS,
    MEASURE_HEADER_WORDS,
    MEASURE_MULTIPLIERS,
    MEASURE_UNITS,
    MEASURE_WHOLE_WORDS,
    MONEY_HEADER_ENDINGS,
)

#: a bracket closing a header ("(’25년)", "(A)"), marks and spaces
_CLOSING = re.compile(r"[(（][^()（）]{1,16}[)）]\s*$")
_MARKS = re.compile(r"[\s*※]")
_SIGNS = re.compile(r"[*※]")


def without_bracket(header: str) -> str:
    """A header part's words, spaces and marks aside, without a bracket closing it.

    >>> without_bracket("개최 횟수 (’25년)"), without_bracket("위원수")
    ('개최횟수', '위원수')
    """
    return _MARKS.sub("", _CLOSING.sub("", header))


def header_words(header: str) -> list[str]:
    """A header part's words, without a bracket closing it and marks; a header spaced
    letter by letter ("동  수", "연  장") one word.

    >>> header_words("보급 대수"), header_words("동  수"), header_words("도로 연장(㎞)")
    (['보급', '대수'], ['동수'], ['도로', '연장'])
    """
    words = _SIGNS.sub("", _CLOSING.sub("", header)).split()
    return ["".join(words)] if words and all(len(w) == 1 for w in words) else words


def _measure_word(header: str) -> str | None:
    """The word of measure a header names: its words' end ("연면적", "부지 면적"), or,
    for a word that ends others too (MEASURE_WHOLE_WORDS: "먹거리", "계약연장"), its last
    word, that word itself ("도로 연장", "거  리")."""
    words = header_words(header)
    if not words:
        return None
    bare = "".join(words)
    for word in MEASURE_HEADER_WORDS:
        if word in MEASURE_WHOLE_WORDS:
            if words[-1] == word:
                return word
        elif bare.endswith(word):
            return word
    return None


def _base_unit(unit: str) -> str:
    """A unit without the unit of time it is per nor a multiplier ("천㎥/일": "㎥")."""
    base = unit.split("/")[0]
    for mult in sorted(MEASURE_MULTIPLIERS, key=len, reverse=True):
        if base.startswith(mult) and len(base) > len(mult):
            return base[len(mult) :]
    return base


def measured_unit(header: str, units: Sequence[str]) -> str | None:
    """The unit of ``units`` (a caption's list) a header naming a measure is in, a
    multiplier before it too; None for a header that names none.

    >>> measured_unit("면 적", ("필지", "동", "㎡")), measured_unit("연면적", ("천㎡",))
    ('㎡', '천㎡')
    >>> measured_unit("가액", ("필지", "㎡")) is None, measured_unit("면적", ("명",)) is None
    (True, True)
    >>> measured_unit("처리량", ("톤/일",)), measured_unit("도로 연장", ("개소", "㎞"))
    ('톤/일', '㎞')
    >>> measured_unit("먹거리", ("㎞",)) is None, measured_unit("계약연장", ("m",)) is None
    (True, True)
    """
    word = _measure_word(header)
    if word is None:
        return None
    kinds = MEASURE_HEADER_WORDS[word]
    # (per a unit of time too: "처리량" in "톤/일")
    return next((u for u in units if u.split("/")[0] in kinds or _base_unit(u) in kinds), None)


def counter_head(header: str) -> str | None:
    """The counter a header part names before 수, its figures' unit: its last word that
    counter and 수 ("동수", "보급 대수"), or 수 a word after the counter ("필지 수"); None for
    any other header (money recovered, "회수", is no count; "봉사활동수", "이용아동수" end
    so, no counter's).

    >>> [counter_head(h) for h in ("동수", "보급 대수", "필지 수", "동  수", "활동수")]
    ['동', '대', '필지', '동', None]
    >>> [counter_head(h) for h in ("이용아동수", "활동 수", "위원수", "가액")]
    [None, None, None, None]
    """
    words = header_words(header)
    if not words or without_bracket(header).endswith(MONEY_HEADER_ENDINGS):
        return None
    if words[-1] == "수" and len(words) > 1:
        stem = words[-2]
    elif words[-1].endswith("수"):
        stem = words[-1][:-1]
    else:
        return None
    return stem if stem in HEADED_COUNTERS else None


def names_measure(header: str, count: str | None = None) -> bool:
    """Whether a header part names a measure ("면 적", "연면적", "도로 연장"): its figures
    are no money nor a count the caption states for the table's others.  ``count``: the
    count the caption states; a word that names other things too ("연 장", an extension of
    a contract) under a count none of its units ("(단위 : 건)") is no measure but that
    count's.

    >>> [names_measure(h) for h in ("면 적", "연면적(’25년)", "가 액", "면적당 단가")]
    [True, True, False, False]
    >>> [names_measure(h) for h in ("먹거리", "특화거리", "연장")], names_measure("연장", "건")
    ([False, False, True], False)
    """
    word = _measure_word(header)
    if word is None:
        return False
    if word in MEASURE_WHOLE_WORDS and count is not None:
        base = _base_unit(count)
        return base in MEASURE_UNITS or base in MEASURE_HEADER_WORDS[word]
    return True
