"""Units a table's header words imply, where no bracket states one.

* :func:`measured_unit` - the unit of measure, of those a caption lists, a header that
  names a measure is in ("면적" under "(단위 : 필지, 동, ㎡, 천원)": ㎡);
* :func:`counter_head` - the counter a header names before 수 ("동수": 동, "보급대수": 대);
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
    MONEY_HEADER_ENDINGS,
)

#: a bracket closing a header ("(’25년)", "(A)"), marks and spaces
_CLOSING = re.compile(r"[(（][^()（）]{1,16}[)）]\s*$")
_MARKS = re.compile(r"[\s*※]")
#: letters a counter's noun has before it at least, so that it names a thing of its own
#: ("보급대수", "공동주택 동수"; not "활동수", a word that only ends so)
_NOUN_BEFORE = 2


def without_bracket(header: str) -> str:
    """A header part's words, spaces and marks aside, without a bracket closing it.

    >>> without_bracket("개최 횟수 (’25년)"), without_bracket("위원수")
    ('개최횟수', '위원수')
    """
    return _MARKS.sub("", _CLOSING.sub("", header))


def measured_unit(header: str, units: Sequence[str]) -> str | None:
    """The unit of ``units`` (a caption's list) a header naming a measure is in, a
    multiplier before it too; None for a header that names none.

    >>> measured_unit("면 적", ("필지", "동", "㎡")), measured_unit("연면적", ("천㎡",))
    ('㎡', '천㎡')
    >>> measured_unit("가액", ("필지", "㎡")) is None, measured_unit("면적", ("명",)) is None
    (True, True)
    >>> measured_unit("처리량", ("톤/일",))
    '톤/일'
    """
    bare = without_bracket(header)
    for word, kinds in MEASURE_HEADER_WORDS.items():
        if not bare.endswith(word):
            continue
        for unit in units:
            # (per a unit of time too: "처리량" in "톤/일")
            base = unit.split("/")[0]
            for mult in sorted(MEASURE_MULTIPLIERS, key=len, reverse=True):
                if base.startswith(mult) and base[len(mult) :] in kinds:
                    base = base[len(mult) :]
                    break
            if base in kinds:
                return unit
    return None


def counter_head(header: str) -> str | None:
    """The counter a header part names before 수, its figures' unit ("동수": 동,
    "보급대수": 대, "필지 수": 필지); None for any other header (money recovered,
    "회수", is no count; "활동수" no counter's).

    >>> [counter_head(h) for h in ("동수", "보급 대수", "필지 수", "활동수", "위원수", "가액")]
    ['동', '대', '필지', None, None, None]
    """
    bare = without_bracket(header)
    if not bare.endswith("수") or bare.endswith(MONEY_HEADER_ENDINGS):
        return None
    stem = bare[:-1]
    for counter in HEADED_COUNTERS:
        if stem == counter or (
            stem.endswith(counter) and len(stem) - len(counter) >= _NOUN_BEFORE
        ):
            return counter
    return None


def names_measure(header: str) -> bool:
    """Whether a header part names a measure ("면 적", "연면적", "도로 연장"): its figures
    are no money nor a count the caption states for the table's others.

    >>> [names_measure(h) for h in ("면 적", "연면적(’25년)", "가 액", "면적당 단가")]
    [True, True, False, False]
    """
    bare = without_bracket(header)
    return any(bare.endswith(word) for word in MEASURE_HEADER_WORDS)
